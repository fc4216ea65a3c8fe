"""RIS tagged records (``TY  - JOUR`` ... ``ER  - ``) from reference managers and IEEE/Scopus exports.

Spec: https://en.wikipedia.org/wiki/RIS_(file_format) (the RefMan spec is no longer
online). Every line is ``XX  - value``: a two-character tag, two spaces, a hyphen,
a space. ``TY`` opens a record and ``ER`` closes it; a record cannot be split on
blank lines alone. Lines that are not tags continue the field before them.

Repeated tags are kept in order (``AU`` repeated with the same name is read once).
Dates come from ``DA``/``PY``/``Y1`` (``2019/05/28/``; free text such as
``1 Jan.-Feb. 2019`` gives its year). Lines are counted on ``\\n`` (a stray ``\\r``
is whitespace), and ``line`` is the line of the record's ``TY``.

A record not closed by ``ER`` (a new ``TY`` comes first, or the file ends) yields
[E155] and is skipped: its fields may be cut. A line outside any record that is not
blank yields [E156].

Lost: keywords, notes, pages, ISSNs.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import clean_text, make_record, open_text
from kg.readers._markup import Tagged, markup_to_text, strip_abstract_heading, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers

_TAG = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*)|\s*$)")
_DATE = re.compile(r"^(\d{4})(?:[/-](\d{1,2}))?(?:[/-](\d{1,2}))?")


def sniff_ris(head: str, path: Path) -> bool:
    """A ``TY  - `` line (optionally after a BOM or a stray carriage return)."""
    return bool(re.search(r"^[\ufeff\r]*TY  - \S", head, re.MULTILINE))


@readers.register("ris", extensions=(".ris",), sniff=sniff_ris, priority=10,
                  description="RIS tagged records (TY ... ER)")
def read_ris(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every ``TY`` ... ``ER`` record of a RIS file."""
    path = Path(path)
    text, _ = open_text(path)
    for start, fields, error in parse_ris(text, path=path):
        yield error if error is not None else ris_to_record(fields, source=path, line=start)


def parse_ris(text: str, *, path: Path | str = "<string>") -> Iterator[Tagged]:
    """``(line_of_TY, [(tag, value), ...], error)`` for each record of RIS text.

    >>> [(n, f) for n, f, e in parse_ris("TY  - JOUR\\nTI  - A\\n  title\\nER  - \\n")]
    [(1, [('TY', 'JOUR'), ('TI', 'A title')])]
    """
    fields: list[tuple[str, str]] | None = None
    start = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip("\r\ufeff")
        match = _TAG.match(line)
        if match:
            tag, value = match.group(1), (match.group(2) or "").strip()
            if tag == "TY":
                if fields is not None:
                    yield start, fields, _unclosed(path, start, f"a new TY on line {number} comes first")
                fields, start = [("TY", value)], number
            elif tag == "ER":
                if fields is None:
                    yield number, [], RecordError(
                        Errors.E156.format(path=path, line=number, fmt="RIS", got=line,
                                           expected="ER after a TY record"),
                        path=str(path), line=number)
                else:
                    yield start, fields, None
                fields = None
            elif fields is None:
                yield number, [], RecordError(
                    Errors.E156.format(path=path, line=number, fmt="RIS", got=line[:60],
                                       expected="TY before other tags"),
                    path=str(path), line=number)
            else:
                fields.append((tag, value))
        elif line.strip():
            if fields:
                tag, value = fields[-1]
                fields[-1] = (tag, f"{value} {line.strip()}".strip())
            else:
                yield number, [], RecordError(
                    Errors.E156.format(path=path, line=number, fmt="RIS", got=line[:60], expected="'XX  - value'"),
                    path=str(path), line=number)
    if fields is not None:
        yield start, fields, _unclosed(path, start, "the file ends first")


def _unclosed(path: Path | str, start: int, detail: str) -> RecordError:
    return RecordError(Errors.E155.format(path=path, line=start, fmt="RIS", end="ER  - ", detail=detail),
                       path=str(path), line=start)


def ris_to_record(fields: list[tuple[str, str]], *, source: Path | str, line: int) -> PaperRecord | RecordError:
    """One RIS record (its ``(tag, value)`` pairs) as a record."""
    tags: dict[str, list[str]] = {}
    for tag, value in fields:
        if value:
            tags.setdefault(tag, []).append(value)

    def first(*names: str) -> str:
        for name in names:
            if tags.get(name):
                return tags[name][0]
        return ""

    authors = list(dict.fromkeys(tags.get("AU", []) + tags.get("A1", [])))
    abstract = markup_to_text(" ".join(tags.get("AB") or tags.get("N2") or []))
    return make_record(
        title=clean_text(first("TI", "T1", "CT", "BT")),
        abstract=strip_copyright(strip_abstract_heading(abstract)),
        source=source,
        line=line,
        format="ris",
        authors=[_author(a) for a in authors],
        date=_date(first("DA"), first("PY"), first("Y1")),
        doi=first("DO") or _doi_in(tags.get("UR", []) + tags.get("L3", [])),
        url=first("UR") or None,
        venue=first("T2", "JO", "JF", "JA", "T3") or None,
        extra=[("ris_id", first("ID", "AN"))],
        clean=False,
    )


def _author(name: str) -> str:
    """RIS writes ``Last, First`` (spec) or ``F. Last`` (IEEE); both become ``First Last``."""
    name = clean_text(name)
    if name.count(",") == 1:
        last, first = (p.strip() for p in name.split(","))
        return f"{first} {last}".strip()
    return name


def _doi_in(values: list[str]) -> str | None:
    for value in values:
        if "doi.org/" in value:
            return value
    return None


def _date(*candidates: str) -> str | None:
    for value in candidates:
        match = _DATE.match(value.strip())
        if match:
            year, month, day = match.groups()
            if month and 1 <= int(month) <= 12:
                if day and 1 <= int(day) <= 31:
                    return f"{year}-{int(month):02d}-{int(day):02d}"
                return f"{year}-{int(month):02d}"
            return year
        year = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", value)
        if year:
            return year.group(1)
    return None
