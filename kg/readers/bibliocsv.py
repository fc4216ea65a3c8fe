"""CSV exports of bibliographic databases: Scopus (``scopus-csv``), IEEE Xplore (``ieee-csv``), Lens.org (``lens-csv``).

Each database has its own column names (described by a :class:`CsvLayout`); the
reading is shared. The file is decoded once (BOM and gzip handled by
``open_text``) and parsed by :mod:`csv`, which copes with quoted and unquoted
headers, doubled quotes and newlines inside quoted fields; ``line`` is the line
on which a row starts.

**Rows whose field count differs from the header.** A real Scopus file mixes
export layouts: its header has 45 columns but later rows have 46, with one column
inserted in the middle, so mapping by position silently shifts ``Document Type``,
``Language`` and the rest. Such a row is realigned, never read blindly
(:func:`realign_row`): every placement of the extra (or missing) fields as one
contiguous block is tried, and each placement is scored by how many columns then
hold values of their known shape (a 4-digit ``Year``, a DOI, an ``EID`` like
``2-s2.0-…``, a ``Document Type`` from Scopus's list, prose in ``Abstract`` ...).
The row is kept, flagged ``columns_realigned`` (counted in the read report), only
when it is off by at most :data:`MAX_SHIFT` fields, the best placement leaves at
most one validated column out of shape, and every best-scoring placement gives the
same values for the fields paperkg reads (title, abstract, authors, year, DOI ...).
Otherwise it yields [E158] naming the file, the row's line and why: a row with an
unquoted comma in its title (ambiguous), a broken quote that merged rows, or a cut
last row is reported, never misread.

Other quirks: Scopus's ``[No abstract available]`` placeholder is no abstract;
``Author full names`` (``Aria, Massimo (7003568296)``) is preferred to ``Authors``
(``Aria M.``); a trailing publisher copyright line is removed from abstracts; Lens
abstracts can hold JATS tags, which are stripped; Lens writes ``NA`` for a missing
PMID.

Lost: keywords, references, affiliations, funding, citation counts.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterator, Mapping, Sequence

from kg.errors import Errors, RecordError
from kg.readers._common import clean_text, iter_csv_rows, make_record, open_text
from kg.readers._markup import markup_to_text, strip_abstract_heading, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers

Validator = Callable[[str], bool]

#: Flag put on a record whose row was realigned to the header.
REALIGNED_FLAG = "columns_realigned"
#: Most fields a row may be off by and still be realigned (export layouts add a column or two).
MAX_SHIFT = 3
#: Most validated columns the best placement may leave out of shape.
MAX_FAILURES = 1
#: Longest CSV field accepted (Scopus ``References`` run to tens of kB, far beyond csv's 128 KiB default in bulk).
MAX_FIELD = 64 * 1024 * 1024


def _regex(pattern: str, *, required: bool = False) -> Validator:
    """A validator: the whole value matches ``pattern``; empty or ``NA`` passes unless ``required``."""
    compiled = re.compile(pattern, re.DOTALL)

    def check(value: str) -> bool:
        value = value.strip()
        return bool(compiled.fullmatch(value)) or (not required and value in ("", "NA"))

    return check


def _prose(value: str) -> bool:
    value = value.strip()
    return value == "[No abstract available]" or (len(value) >= 40 and value.count(" ") >= 5 and not _is_list(value))


def _is_list(value: str) -> bool:
    parts = [p for p in value.split(";") if p.strip()]
    return len(parts) >= 2 and all(len(p) < 100 for p in parts)


def _term_list(value: str) -> bool:
    return not value.strip() or all(len(p) < 150 for p in value.split(";"))


_SURNAME_INITIALS = re.compile(r"[^,]+ (?:[A-Z][a-z]?\.-?\s?)+")
_YEAR = _regex(r"\d{4}", required=True)
_DOI = _regex(r"(?:10\.\d{4,9}/\S+)?")
_URL = _regex(r"(?:https?://\S+(?:\s+https?://\S+)*)?")
_COUNT = _regex(r"\d*")
_SHORT = _regex(r"[\w.\-/ :]{0,30}")


@dataclass(frozen=True)
class CsvLayout:
    """Where one database's CSV export keeps each field, and what its columns look like."""

    name: str
    required: tuple[str, ...]
    title: str
    abstract: str
    authors: tuple[str, ...]
    year: str
    doi: str
    date: str = ""
    venue: str = ""
    url: str = ""
    ids: tuple[tuple[str, str], ...] = ()
    validators: Mapping[str, Validator] = field(default_factory=dict)

    def fields_read(self) -> list[str]:
        return [c for c in (self.title, self.abstract, *self.authors, self.year, self.doi, self.date, self.venue,
                            self.url, *(c for _, c in self.ids)) if c]


SCOPUS = CsvLayout(
    name="scopus-csv",
    required=("Authors", "Title", "Source title"),
    title="Title", abstract="Abstract", authors=("Author full names", "Authors"), year="Year", doi="DOI",
    venue="Source title", url="Link", ids=(("scopus", "EID"), ("pmid", "PubMed ID")),
    validators={
        "Author(s) ID": _regex(r"[\d;\s]*(?:\[No author id available\])?"),
        "Year": _YEAR, "Volume": _SHORT, "Issue": _SHORT, "Art. No.": _SHORT, "Page start": _SHORT,
        "Page end": _SHORT, "Page count": _COUNT, "Cited by": _COUNT, "DOI": _DOI,
        "Link": _regex(r"(?:https?://www\.scopus\.com/\S+)?"), "Abstract": _prose,
        "Author Keywords": _term_list, "Index Keywords": _term_list,
        "References": lambda v: not v.strip() or bool(re.search(r"\(\d{4}\)", v)),
        "Correspondence Address": _regex(r"(?:[^;()]+;.*)?"),
        "ISSN": _regex(r"(?:[\dX]{8}(?:[;,\s]+[\dX]{8})*)?"), "ISBN": _regex(r"[\dX;,\s-]*"),
        "CODEN": _regex(r"[A-Z0-9]{0,6}"), "PubMed ID": _COUNT,
        "Language of Original Document": _regex(r"(?:[A-Z][a-z]+(?:;\s*[A-Z][a-z]+)*)?"),
        "Document Type": _regex(r"(?:Article|Review|Conference Paper|Book Chapter|Book|Editorial|Letter|Note|"
                                r"Erratum|Short Survey|Conference Review|Data Paper|Retracted|Article in Press|"
                                r"Abstract Report|Report|Undefined)?"),
        "Publication Stage": _regex(r"(?:Final|Article in Press)?"),
        "Open Access": _regex(r"(?:.*Open Access.*)?"), "Source": _regex(r"Scopus", required=True),
        "EID": _regex(r"2-s2\.0-\d+", required=True),
    },
)

IEEE = CsvLayout(
    name="ieee-csv",
    required=("Document Title", "Authors", "Publication Title"),
    title="Document Title", abstract="Abstract", authors=("Authors",), year="Publication Year", doi="DOI",
    venue="Publication Title", url="PDF Link",
    validators={
        "Date Added To Xplore": _regex(r"(?:\d{1,2} \w{3,9}\.? \d{4})?"), "Publication Year": _YEAR,
        "Volume": _SHORT, "Issue": _SHORT, "Start Page": _SHORT, "End Page": _SHORT, "Abstract": _prose,
        "ISSN": _regex(r"(?:[\dX]{4}-?[\dX]{4}(?:[;,\s]+[\dX]{4}-?[\dX]{4})*)?"), "ISBNs": _regex(r"[\dX;,\s-]*"),
        "DOI": _DOI, "PDF Link": _URL, "Author Keywords": _term_list, "IEEE Terms": _term_list,
        "Article Citation Count": _COUNT, "Patent Citation Count": _COUNT, "Reference Count": _COUNT,
        "Online Date": _regex(r"(?:\d{1,2} \w{3,9}\.? \d{4})?"),
        "Document Identifier": _regex(r"(?:IEEE .*|[A-Z][\w ]*)?"),
    },
)

LENS = CsvLayout(
    name="lens-csv",
    required=("Lens ID", "Title"),
    title="Title", abstract="Abstract", authors=("Author/s",), year="Publication Year", doi="DOI",
    date="Date Published", venue="Source Title", ids=(("lens", "Lens ID"), ("pmid", "PMID"), ("pmc", "PMCID")),
    validators={
        "Lens ID": _regex(r"(?:[\dX]{3}-){4}[\dX]{3}", required=True),
        "Date Published": _regex(r"(?:\d{4}-\d{2}-\d{2})?"),
        "Publication Year": _YEAR, "Publication Type": _regex(r"[a-z ]{0,40}"),
        "ISSNs": _regex(r"(?:[\dXx]{8}(?:[;,\s]+[\dXx]{8})*)?"), "Abstract": _prose, "Volume": _SHORT,
        "Issue Number": _SHORT, "Start Page": _SHORT, "End Page": _SHORT, "Fields of Study": _term_list,
        "Keywords": _term_list, "MeSH Terms": _term_list, "External URL": _URL, "PMID": _regex(r"(?:\d+|NA)?"),
        "DOI": _DOI, "Microsoft Academic ID": _regex(r"\d+(?:;\s*\d+)*"), "PMCID": _regex(r"(?:PMC\d+|NA)?"),
        "Citing Patents Count": _COUNT, "Citing Works Count": _COUNT,
        "Is Open Access": _regex(r"(?:true|false|TRUE|FALSE|True|False)?"),
    },
)

LAYOUTS = {layout.name: layout for layout in (SCOPUS, IEEE, LENS)}


# ---------------------------------------------------------------------------------------------
# Realigning rows


def realign_row(header: Sequence[str], row: Sequence[str], *, validators: Mapping[str, Validator],
                needed: Sequence[str], max_shift: int = MAX_SHIFT,
                max_failures: int = MAX_FAILURES) -> tuple[dict[str, str] | None, str]:
    """Map a row whose field count differs from the header onto the header's columns.

    Every placement of the surplus (or missing) fields as one contiguous block is
    scored by how many validated columns then hold a value of their shape. The row
    is accepted only when it is off by at most ``max_shift`` fields (a changed export
    layout, not a broken quote merging two rows or a truncated file), the best
    placement leaves at most ``max_failures`` validated columns out of shape, and all
    best placements agree on the ``needed`` columns. Returns ``(mapping, "")``, or
    ``(None, detail)`` saying why not.

    Example:
        >>> header = ["Title", "Year", "Note", "EID"]
        >>> checks = {"Year": _YEAR, "EID": _regex(r"2-s2\\.0-\\d+", required=True)}
        >>> realign_row(header, ["T", "2020", "a", "b", "2-s2.0-1"], validators=checks, needed=["Title", "Year"])
        ({'Title': 'T', 'Year': '2020', 'Note': 'b', 'EID': '2-s2.0-1'}, '')
        >>> realign_row(header, ["T1", "T2", "2020", "n", "2-s2.0-1"], validators=checks, needed=["Title"])[1]
        "'Title' could be 'T2' or 'T1'"
    """
    extra = len(row) - len(header)
    if extra == 0:
        return dict(zip(header, row)), ""
    if abs(extra) > max_shift:
        return None, f"off by {abs(extra)}, too many for a changed export layout (a broken quote or a cut file?)"
    missing = max(0, -extra)
    candidates: list[tuple[int, dict[str, str]]] = []
    for split in range(0, len(header) - missing + 1):
        mapping = dict(zip(header[:split], row[:split]))
        if extra > 0:
            mapping.update(zip(header[split:], row[split + extra:]))
        else:
            mapping.update({name: "" for name in header[split:split + missing]})
            mapping.update(zip(header[split + missing:], row[split:]))
        score = sum(1 for name, check in validators.items() if name in mapping and check(mapping[name]))
        candidates.append((score, mapping))
    best = max(score for score, _ in candidates)
    winners = [mapping for score, mapping in candidates if score == best]
    failing = [name for name, check in validators.items() if name in winners[0] and not check(winners[0][name])]
    if len(failing) > max_failures:
        return None, f"no placement fits the columns {', '.join(map(repr, failing))} (a broken quote or a cut file?)"
    ambiguous = []
    for name in needed:
        values = list(dict.fromkeys(m.get(name, "") for m in winners))
        if len(values) > 1:
            shown = " or ".join(repr(v[:40]) for v in values[:3])
            ambiguous.append(f"{name!r} could be {shown}")
    if ambiguous:
        return None, "; ".join(ambiguous)
    return winners[0], ""


# ---------------------------------------------------------------------------------------------
# Reading


def _header(head: str) -> list[str]:
    text = head.lstrip("\ufeff")
    first = text.split("\n", 1)[0].rstrip("\r")
    return [f.strip() for f in next(csv.reader([first]), [])]


def _sniffer(layout: CsvLayout, *also: Sequence[str]) -> Callable[[str, Path], bool]:
    def sniff(head: str, path: Path) -> bool:
        columns = set(_header(head))
        return all(c in columns for c in layout.required) and all(any(c in columns for c in group) for group in also)

    sniff.__doc__ = f"A CSV header with the {layout.name} columns {', '.join(layout.required)}."
    return sniff


sniff_scopus_csv = _sniffer(SCOPUS, ("EID", "Link", "Abbreviated Source Title"))
sniff_ieee_csv = _sniffer(IEEE, ("PDF Link", "IEEE Terms", "Document Identifier"))
sniff_lens_csv = _sniffer(LENS, ("Author/s", "Source Title"))


def read_bibliographic_csv(path: Path, layout: CsvLayout) -> Iterator[PaperRecord | RecordError]:
    """Records of a database CSV export described by ``layout``."""
    path = Path(path)
    text, _ = open_text(path)
    if csv.field_size_limit() < MAX_FIELD:
        csv.field_size_limit(min(MAX_FIELD, sys.maxsize))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        return
    missing = [c for c in layout.required if c not in header]
    if missing:
        yield RecordError(Errors.E159.format(path=path, missing=", ".join(map(repr, missing)), fmt=layout.name),
                          path=str(path), line=1)
        return
    needed = [c for c in layout.fields_read() if c in header]
    for start, row in iter_csv_rows(reader):
        if isinstance(row, csv.Error):
            yield RecordError(Errors.E014.format(path=path, line=start, detail=f"CSV syntax error: {row}"),
                              path=str(path), line=start)
            return
        mapping, detail = realign_row(header, row, validators=layout.validators, needed=needed)
        if mapping is None:
            yield RecordError(Errors.E158.format(path=path, line=start, got=len(row), expected=len(header),
                                                 detail=detail), path=str(path), line=start)
            continue
        record = row_to_record(mapping, layout, source=path, line=start)
        if len(row) != len(header) and isinstance(record, PaperRecord):
            record = replace(record, flags=record.flags + (REALIGNED_FLAG,))
        yield record


_ORIGINAL_TITLE = re.compile(r"(?<=\S); \[[^\[\]]{8,}\]$")


def row_to_record(row: Mapping[str, str], layout: CsvLayout, *, source: Path | str,
                  line: int) -> PaperRecord | RecordError:
    """One CSV row (column name -> value) as a record."""

    def get(column: str) -> str:
        value = (row.get(column) or "").strip() if column else ""
        return "" if value in ("NA", "[No abstract available]", "[No title available]") else value

    abstract = strip_copyright(strip_abstract_heading(markup_to_text(get(layout.abstract))))
    authors: list[str] = []
    for column in layout.authors:
        authors = split_csv_authors(get(column))
        if authors:
            break
    date = None
    if layout.date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", get(layout.date)):
        date = get(layout.date)
    elif re.fullmatch(r"\d{4}", get(layout.year)):
        date = get(layout.year)
    url = get(layout.url) or None
    extra = [(key, get(column)) for key, column in layout.ids]
    if layout is IEEE:
        number = re.search(r"arnumber=(\d+)", url or "")
        if number:
            extra.append(("ieee", number.group(1)))
            url = f"https://ieeexplore.ieee.org/document/{number.group(1)}"
    if layout is LENS and get("Lens ID"):
        url = f"https://www.lens.org/{get('Lens ID')}"
    title = markup_to_text(get(layout.title))
    if layout is SCOPUS:
        # Scopus appends a non-English paper's original title: "English title; [Título original]"
        title = _ORIGINAL_TITLE.sub("", title)
    return make_record(
        title=title,
        abstract=abstract,
        source=source,
        line=line,
        format=layout.name,
        authors=authors,
        date=date,
        doi=get(layout.doi) or None,
        url=url,
        venue=get(layout.venue) or None,
        extra=extra,
        clean=False,
    )


def split_csv_authors(value: str) -> list[str]:
    """Author names from a database's author column.

    >>> split_csv_authors("Liu, Fengyuan (60410297700); Li, Chunyun (58862216200)")
    ['Fengyuan Liu', 'Chunyun Li']
    >>> split_csv_authors("Phillips J.C., Braun R., Wang W.")
    ['Phillips J.C.', 'Braun R.', 'Wang W.']
    >>> split_csv_authors("Abdullah, Saleh M. (37071912100)")
    ['Saleh M. Abdullah']
    >>> split_csv_authors("P. Kogge; J. Shalf")
    ['P. Kogge', 'J. Shalf']
    """
    value = clean_text(value)
    if not value or value.startswith("[No author"):
        return []
    if ";" in value:
        parts = value.split(";")
    else:  # old Scopus exports: "Phillips J.C., Braun R."; a single "Aria, Massimo" stays whole
        parts = value.split(", ")
        if not all(_SURNAME_INITIALS.fullmatch(p.strip()) for p in parts):
            parts = [value]
    names = []
    for part in parts:
        part = re.sub(r"\s*\(\d+\)\s*$", "", part).strip()
        if part.count(",") == 1:
            last, first = (p.strip() for p in part.split(","))
            part = f"{first} {last}".strip()
        if part:
            names.append(part)
    return names


@readers.register("scopus-csv", extensions=(".csv",), sniff=sniff_scopus_csv, priority=10,
                  description="Scopus CSV export")
def read_scopus_csv(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of a Scopus CSV export (mixed 45/46-column layouts realigned)."""
    return read_bibliographic_csv(path, SCOPUS)


@readers.register("ieee-csv", extensions=(".csv",), sniff=sniff_ieee_csv, priority=10,
                  description="IEEE Xplore CSV export")
def read_ieee_csv(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of an IEEE Xplore CSV export."""
    return read_bibliographic_csv(path, IEEE)


@readers.register("lens-csv", extensions=(".csv",), sniff=sniff_lens_csv, priority=10,
                  description="Lens.org scholarly works CSV export")
def read_lens_csv(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of a Lens.org CSV export."""
    return read_bibliographic_csv(path, LENS)
