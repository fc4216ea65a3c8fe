"""Web of Science plain-text export (``savedrecs.txt``, "Other file formats" -> Plain text).

Field tags: https://webofscience.help.clarivate.com/en-us/Content/export-records.htm.
The file starts ``FN Clarivate Analytics Web of Science`` / ``VR 1.0`` (often after a
UTF-8 BOM); every line is a 2-character tag, a space and a value, and continuation
lines are indented 3 spaces. ``PT`` opens a record, ``ER`` closes it, ``EF`` ends the
file (with or without a final newline).

Continuations of ``AU``/``AF`` are one author per line; those of ``TI``/``AB``/``SO``
are joined with a space. Authors come from ``AF`` (full names, ``Wang, Jingjuan`` ->
``Jingjuan Wang``), else ``AU``. The date is ``PY`` plus ``PD`` (``MAY``, ``DEC 15``,
``JAN-FEB``, ``2026 FEB 25``). The trailing copyright line of ``AB`` is removed. ``line`` is the line
of the record's ``PT``.

A record not closed by ``ER`` yields [E155]; a line that is neither a tag nor a
continuation yields [E156].

Lost: addresses, cited references, counts, subject categories.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import clean_text, first_last, make_record, open_text
from kg.readers._markup import strip_abstract_heading, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers

_TAG = re.compile(r"^([A-Z][A-Z0-9])(?: (.*)|$)")
_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1)}


def sniff_wos(head: str, path: Path) -> bool:
    """``FN `` on the first line, or ``PT J``-style records with ``ER`` lines."""
    text = head.lstrip("\ufeff")
    if re.match(r"FN \S", text) and re.search(r"^(?:VR|PT) ", text, re.MULTILINE):
        return True
    return bool(re.match(r"PT [A-Z]\r?\n", text)) and bool(re.search(r"^(?:AU|TI) ", text, re.MULTILINE))


@readers.register("wos", extensions=(".txt",), sniff=sniff_wos, priority=10,
                  description="Web of Science plain-text export (FN/VR, PT ... ER, EF)")
def read_wos(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every ``PT`` ... ``ER`` record of a Web of Science plain-text export."""
    path = Path(path)
    text, _ = open_text(path)
    for start, fields, error in parse_wos(text, path=path):
        yield error if error is not None else wos_to_record(fields, source=path, line=start)


def parse_wos(text: str, *, path: Path | str = "<string>") -> Iterator[tuple[int, dict[str, list[str]],
                                                                            RecordError | None]]:
    """``(line_of_PT, {tag: [line values]}, error)`` for each record.

    >>> [(n, f) for n, f, e in parse_wos("FN x\\nVR 1.0\\nPT J\\nAU Wang, J\\n   Guo, K\\nER\\nEF")]
    [(3, {'PT': ['J'], 'AU': ['Wang, J', 'Guo, K']})]
    """
    fields: dict[str, list[str]] | None = None
    start = 0
    last_tag = ""
    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r").lstrip("\ufeff") if number == 1 else raw.rstrip("\r")
        if not line.strip():
            continue
        if line.startswith("   ") and fields is not None and last_tag:
            fields[last_tag].append(line.strip())
            continue
        match = _TAG.match(line)
        if not match:
            yield number, {}, RecordError(
                Errors.E156.format(path=path, line=number, fmt="Web of Science", got=line[:60],
                                   expected="'XX value' or a 3-space continuation"), path=str(path), line=number)
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag in ("FN", "VR") and fields is None:
            continue
        if tag == "PT":
            if fields is not None:
                yield start, fields, _unclosed(path, start, f"a new PT on line {number} comes first")
            fields, start, last_tag = {"PT": [value]}, number, "PT"
        elif tag == "ER":
            if fields is not None:
                yield start, fields, None
            fields, last_tag = None, ""
        elif tag == "EF":
            break
        elif fields is None:
            yield number, {}, RecordError(
                Errors.E156.format(path=path, line=number, fmt="Web of Science", got=line[:60],
                                   expected="PT before other tags"), path=str(path), line=number)
        else:
            fields.setdefault(tag, []).append(value)
            last_tag = tag
    if fields is not None:
        yield start, fields, _unclosed(path, start, "the file ends first")


def _unclosed(path: Path | str, start: int, detail: str) -> RecordError:
    return RecordError(Errors.E155.format(path=path, line=start, fmt="Web of Science", end="ER", detail=detail),
                       path=str(path), line=start)


def wos_to_record(fields: dict[str, list[str]], *, source: Path | str, line: int) -> PaperRecord | RecordError:
    """One WoS record (tag -> its lines) as a record."""

    def joined(tag: str) -> str:
        return clean_text(" ".join(fields.get(tag, [])))

    authors = fields.get("AF") or fields.get("AU") or []
    ut = joined("UT")
    return make_record(
        title=joined("TI"),
        abstract=strip_copyright(strip_abstract_heading(joined("AB"))),
        source=source,
        line=line,
        format="wos",
        authors=[first_last(a) for a in authors],
        date=_date(joined("PY"), joined("PD")),
        doi=joined("DI") or None,
        venue=joined("SO") or None,
        url=f"https://www.webofscience.com/wos/woscc/full-record/{ut}" if ut else None,
        extra=[("wos", ut), ("pmid", joined("PM"))],
        clean=False,
    )


def _date(year: str, published: str) -> str | None:
    if not re.fullmatch(r"\d{4}", year):
        return None
    published = re.sub(r"^\d{4}\s+", "", published.upper())  # newer exports: "2026 FEB 25"
    match = re.match(r"([A-Z]{3})[A-Z]*(?:[-/ ][A-Z]{3})?(?:\s+(\d{1,2}))?", published)
    if not match or match.group(1) not in _MONTHS:
        return year
    month = _MONTHS[match.group(1)]
    day = match.group(2)
    if day and 1 <= int(day) <= 31:
        return f"{year}-{month:02d}-{int(day):02d}"
    return f"{year}-{month:02d}"
