"""BibTeX files with abstracts (Zotero, Scopus, Web of Science exports, hand-written .bib).

Parsed by bibtexparser v2 (https://bibtexparser.readthedocs.io/en/main/), which
splits blocks and keeps each entry's start line; field text is then turned into
readable Unicode by :func:`kg.readers._common.clean_latex` (pylatexenc):
accents decoded, brace-protected capitals unprotected (``{Deal} or {No} {Deal}``),
``\\emph{...}`` reduced to its text, math kept between ``$`` with known symbols in
Unicode.

Exporter quirks handled:

* Zotero escapes the user's own LaTeX (``\\${\\textbackslash}beta\\$``); that escaping
  is undone first, so the abstract reads ``$β$`` exactly as the arXiv readers give it.
* Scopus starts the file with a non-BibTeX preamble and writes authors as
  ``D'Ambrosio, A.a , Aria, M.a`` (comma-separated, affiliation letters glued to the
  initials); apostrophes in keys are accepted.
* Web of Science double-braces values (``{{...}}``) and hard-wraps them with a
  3-space indent; its editorials are titled ``{{Untitled}}`` with no abstract and are
  kept, flagged ``no_abstract``.
* A trailing publisher copyright line is removed from abstracts.

An entry that bibtexparser cannot parse yields [E157] with its line; an entry with a
duplicate key or a duplicated field is still read (the first value of a duplicated
field wins). ``line`` is the line of the entry's ``@``.

Lost: keywords, notes, files, references, affiliations, ``@string``/``@preamble``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Iterator

import bibtexparser
from bibtexparser.model import DuplicateBlockKeyBlock, DuplicateFieldKeyBlock, Entry, ParsingFailedBlock

from kg.errors import Errors, RecordError
from kg.ids import normalize_arxiv_id
from kg.readers._common import clean_latex, make_record, open_text
from kg.readers._markup import strip_abstract_heading, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers

# bibtexparser logs each failed block; paperkg reports it as [E157] instead, so keep its log off stderr
# unless the application configures logging (a NullHandler, as the logging HOWTO asks of libraries).
logging.getLogger("bibtexparser").addHandler(logging.NullHandler())

_ENTRY_START = re.compile(r"^\s*@\s*(article|inproceedings|conference|misc|book|incollection|inbook|techreport|"
                          r"phdthesis|mastersthesis|thesis|proceedings|unpublished|online|report|manual|"
                          r"booklet|preprint|software|dataset|electronic|www)\s*[{(]", re.IGNORECASE | re.MULTILINE)
_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
# Zotero's escaping of characters that are special in LaTeX (undone before LaTeX decoding).
_ZOTERO_ESCAPES = [("{\\textbackslash}", "\\"), ("{\\textasciitilde}", "~"), ("{\\textasciicircum}", "^"),
                   ("\\{", "{"), ("\\}", "}"), ("\\$", "$"), ("\\_", "_"), ("\\#", "#")]
_SCOPUS_INITIALS = re.compile(r"^(?:[A-Z][a-z]?\.-?\s*)+[a-z]{0,2}$")
_ARXIV_IN_TEXT = re.compile(r"arXiv:\s*([a-z\-]+(?:\.[A-Z]{2})?/\d{7}|\d{4}\.\d{4,5})(v\d+)?", re.IGNORECASE)


def sniff_bibtex(head: str, path: Path) -> bool:
    """At least one ``@article{``-style entry start at the beginning of a line."""
    return bool(_ENTRY_START.search(head)) and not re.search(r"^TY  - ", head, re.MULTILINE)


@readers.register("bibtex", extensions=(".bib", ".bibtex"), sniff=sniff_bibtex, priority=10,
                  description="BibTeX (.bib) from Zotero, Scopus, Web of Science or by hand")
def read_bibtex(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every entry of a BibTeX file, with the line of its ``@``."""
    path = Path(path)
    text, _ = open_text(path)
    library = bibtexparser.parse_string(text)
    for block in library.blocks:
        line = block.start_line + 1 if block.start_line is not None else None
        if isinstance(block, (DuplicateBlockKeyBlock, DuplicateFieldKeyBlock)):
            entry = block.ignore_error_block
            if isinstance(entry, Entry):
                yield entry_to_record(_fields(entry, enclosed=True), source=path, line=line)
            continue
        if isinstance(block, ParsingFailedBlock):
            error = block.error
            detail = (getattr(error, "abort_reason", "") or str(error or "")).strip() or "syntax error"
            yield RecordError(Errors.E157.format(path=path, line=line, detail=detail), path=str(path), line=line)
            continue
        if isinstance(block, Entry):
            yield entry_to_record(_fields(block, enclosed=False), source=path, line=line)


def _fields(entry: Entry, *, enclosed: bool) -> dict[str, str]:
    """Lower-cased field name -> raw value (first value of a duplicated field)."""
    fields: dict[str, str] = {}
    for field in entry.fields:
        key = field.key.strip().lower()
        if key in fields:
            continue
        value = field.value if isinstance(field.value, str) else str(field.value)
        fields[key] = _unenclose(value) if enclosed else value
    fields["@type"] = entry.entry_type.lower()
    fields["@key"] = entry.key.strip()
    return fields


def _unenclose(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and (value[0], value[-1]) in {("{", "}"), ('"', '"')}:
        return value[1:-1]
    return value


def decode_field(value: str | None) -> str:
    r"""Readable text of a BibTeX field value.

    >>> decode_field("Deal or {No} {Deal}? {End}-to-{End} {Learning}")
    'Deal or No Deal? End-to-End Learning'
    >>> decode_field(r"our \${\textbackslash}beta\$-TCVAE")  # Zotero's escaped math, rendered as one token
    'our β-TCVAE'
    >>> decode_field("{Untitled}")
    'Untitled'
    """
    if not value:
        return ""
    if "{\\textbackslash}" in value:
        for escaped, plain in _ZOTERO_ESCAPES:
            value = value.replace(escaped, plain)
    return clean_latex(value)


def entry_to_record(fields: dict[str, str], *, source: Path | str, line: int | None) -> PaperRecord | RecordError:
    """One parsed entry (field name -> raw value) as a record."""
    title = decode_field(fields.get("title"))
    abstract = strip_copyright(strip_abstract_heading(decode_field(fields.get("abstract"))))
    authors = [decode_field(a) for a in split_bibtex_authors(fields.get("author", ""))]
    venue_raw = fields.get("journal") or fields.get("booktitle") or fields.get("journaltitle") or fields.get("school") \
        or fields.get("institution") or ""
    venue = decode_field(venue_raw)
    if re.match(r"arxiv\b", venue, re.IGNORECASE):
        venue = "arXiv"
    return make_record(
        title=title,
        abstract=abstract,
        source=source,
        line=line,
        format="bibtex",
        authors=[a for a in authors if a],
        date=_date(fields),
        doi=_unenclose(fields.get("doi", "")) or None,
        arxiv_id=_arxiv_id(fields),
        url=_unenclose(fields.get("url", "")) or None,
        venue=venue or None,
        extra=[("bibtex", fields.get("@key", "")), ("wos", _wos_id(fields))],
        clean=False,
    )


def split_bibtex_authors(value: str) -> list[str]:
    """Author names as "First Last", from ``A and B`` (BibTeX) or Scopus's comma list.

    >>> split_bibtex_authors("Lewis, Mike and Dauphin, Yann N. and {Acme Corp}")
    ['Mike Lewis', 'Yann N. Dauphin', '{Acme Corp}']
    >>> split_bibtex_authors("D'Ambrosio, A.a , Aria, M.a , Iorio, C.b ")
    ["A. D'Ambrosio", 'M. Aria', 'C. Iorio']
    >>> split_bibtex_authors("Siciliano, R., D’Ambrosio, A.")
    ['R. Siciliano', 'A. D’Ambrosio']
    """
    value = re.sub(r"\s+", " ", value or "").strip()
    if not value:
        return []
    names = _split_top_level(value, " and ")
    if len(names) == 1 and value.count(",") >= 2:
        names = _scopus_names(value)
    return [_first_last(n) for n in names if n.strip()]


def _split_top_level(value: str, sep: str) -> list[str]:
    parts, depth, start, i = [], 0, 0, 0
    lowered = value.lower()
    while i < len(value):
        ch = value[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and lowered.startswith(sep, i):
            parts.append(value[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(value[start:])
    return [p.strip() for p in parts]


def _scopus_names(value: str) -> list[str]:
    """``Surname, I.a , Surname, I.b`` -> ``["Surname, I.", ...]`` (affiliation letters dropped)."""
    tokens = [t.strip() for t in value.split(",") if t.strip()]
    names: list[str] = []
    for token in tokens:
        if names and _SCOPUS_INITIALS.match(token) and "," not in names[-1]:
            initials = re.sub(r"(\.)[a-z]{1,2}$", r"\1", token)
            names[-1] = f"{names[-1]}, {initials}"
        else:
            names.append(token)
    return names


def _first_last(name: str) -> str:
    name = name.strip()
    if name.startswith("{") and name.endswith("}") and _split_top_level(name[1:-1], ",") == [name[1:-1]]:
        return name
    parts = _split_top_level(name, ",")
    if len(parts) == 2:
        return f"{parts[1]} {parts[0]}".strip()
    if len(parts) == 3:  # "von Last, Jr, First"
        return f"{parts[2]} {parts[0]}, {parts[1]}".strip()
    return name


def _date(fields: dict[str, str]) -> str | None:
    raw_date = _unenclose(fields.get("date", ""))
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", raw_date)
    if match:
        return "-".join(g for g in match.groups() if g)
    year = re.search(r"\d{4}", decode_field(fields.get("year", "")))
    if not year:
        return None
    month = decode_field(fields.get("month", "")).strip().lower()
    number = int(month) if month.isdigit() else _MONTHS.get(month[:3])
    return f"{year.group(0)}-{number:02d}" if number and 1 <= number <= 12 else year.group(0)


def _arxiv_id(fields: dict[str, str]) -> str | None:
    prefix = _unenclose(fields.get("archiveprefix", "") or fields.get("eprinttype", "")).lower()
    eprint = _unenclose(fields.get("eprint", ""))
    if eprint and (prefix == "arxiv" or not prefix):
        found = normalize_arxiv_id(eprint)
        if found:
            return found
    url = _unenclose(fields.get("url", ""))
    if "arxiv.org/" in url:
        found = normalize_arxiv_id(url)
        if found:
            return found
    doi = re.search(r"10\.48550/arxiv\.(\S+)", fields.get("doi", ""), re.IGNORECASE)
    if doi:
        return normalize_arxiv_id(doi.group(1))
    for key in ("journal", "note", "howpublished"):
        match = _ARXIV_IN_TEXT.search(fields.get(key, ""))
        if match:
            return normalize_arxiv_id(match.group(1))
    return None


def _wos_id(fields: dict[str, str]) -> str:
    unique = _unenclose(fields.get("unique-id", ""))
    return unique if unique.upper().startswith(("ISI:", "WOS:")) else ""
