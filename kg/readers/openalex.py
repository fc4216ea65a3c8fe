"""OpenAlex works (https://docs.openalex.org/api-entities/works/work-object).

Four shapes are read, all with the format name ``openalex``:

- a single work (``/works/W...``), one JSON object;
- a search response ``{"meta": {...}, "results": [works]}`` (``meta.next_cursor`` pages);
- snapshot partitions (``works/updated_date=.../part_000``, JSON Lines, no extension,
  maybe gzipped), read lazily line by line;
- the web-UI CSV export (dotted column names, ``|``-joined multi-values).

Abstracts are rebuilt from ``abstract_inverted_index`` (``{word: [positions]}``) by
sorting on position; missing positions are skipped, HTML entities decoded, a null
or missing index gives no abstract. Only the stable fields are used: ``id``,
``doi``, ``title``/``display_name``, ``publication_date``/``_year``,
``authorships[].author.display_name``, ``primary_location``/``locations``. A work with
a title but no abstract is kept and flagged ``no_abstract``; a work with neither
(16 of the 27 rows of the 2023 snapshot sample) is a RecordError [E006]. An arXiv
landing page among the locations gives the arXiv id, so the work merges with its
arXiv record. The OpenAlex id is kept as ``extra`` ``openalex``.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any, Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import (
    clean_text,
    iter_csv_cells,
    iter_json_lines,
    iter_lines,
    load_json,
    make_record,
    normalize_date,
    open_text,
    split_authors,
)
from kg.readers._markup import strip_abstract_heading, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers

_HTML_TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>]*)?/?>")
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/([^\s?#]+?)(?:\.pdf)?$", re.IGNORECASE)


def rebuild_abstract(index: dict[str, list[int]] | None) -> str:
    """The abstract text from an OpenAlex inverted index, words in position order.

    >>> rebuild_abstract({"world": [1], "Hello": [0], "again": [5], "&amp;": [2]})
    'Hello world & again'
    >>> rebuild_abstract(None)
    ''
    """
    if not index:
        return ""
    positions: dict[int, str] = {}
    for word, places in index.items():
        for place in places or ():
            if isinstance(place, int):
                positions[place] = word
    text = " ".join(positions[p] for p in sorted(positions))
    return clean_text(_HTML_TAG.sub(" ", text))


def _short_id(value: Any) -> str | None:
    if not value:
        return None
    return str(value).rstrip("/").rsplit("/", 1)[-1]


def _arxiv_from_locations(work: dict) -> str | None:
    for loc in [work.get("primary_location")] + list(work.get("locations") or []):
        if isinstance(loc, dict):
            for key in ("landing_page_url", "pdf_url"):
                match = _ARXIV_URL.search(str(loc.get(key) or ""))
                if match:
                    return match.group(1)
    return None


def work_to_record(work: dict, *, path: Path, line: int | None) -> PaperRecord | RecordError:
    """A record from one OpenAlex work object."""
    if not isinstance(work, dict):
        return RecordError(Errors.E005.format(path=path, line=line, got=type(work).__name__), path=str(path), line=line)
    authors = []
    for authorship in work.get("authorships") or ():
        author = (authorship or {}).get("author") or {}
        authors.append(author.get("display_name") or authorship.get("raw_author_name") or "")
    primary = work.get("primary_location") or {}
    source = primary.get("source") or {}
    openalex_id = _short_id(work.get("id"))
    return make_record(
        title=work.get("title") or work.get("display_name"),
        abstract=strip_copyright(strip_abstract_heading(rebuild_abstract(work.get("abstract_inverted_index")))),
        source=path,
        line=line,
        format="openalex",
        authors=authors,
        date=normalize_date(work.get("publication_date")) or normalize_date(work.get("publication_year")),
        doi=work.get("doi") or (work.get("ids") or {}).get("doi"),
        arxiv_id=_arxiv_from_locations(work),
        url=primary.get("landing_page_url") or work.get("doi") or work.get("id"),
        venue=source.get("display_name"),
        extra=[("openalex", openalex_id)] if openalex_id else (),
    )


def _works_in(doc: Any, path: Path, line: int | None) -> Iterator[PaperRecord | RecordError]:
    if isinstance(doc, dict) and isinstance(doc.get("results"), list):
        for index, work in enumerate(doc["results"], start=1):
            # one-line responses: the record number within results is the useful locator
            yield work_to_record(work, path=path, line=index if line in (None, 1) else line)
    elif isinstance(doc, dict) and str(doc.get("id", "")).startswith("https://openalex.org/W"):
        yield work_to_record(doc, path=path, line=line or 1)
    else:
        yield RecordError(Errors.E102.format(path=path, what=f"line {line}" if line else "the JSON document",
                                             expected="an OpenAlex work or a {meta, results} search response"),
                          path=str(path), line=line)


# ----------------------------------------------------------------------------------------------
def sniff_openalex(head: str, path: Path) -> bool:
    """OpenAlex works JSON (object, search response or snapshot lines) or the web-UI CSV."""
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith("{"):
        return '"https://openalex.org/W' in head and ('"authorships"' in head or '"display_name"' in head
                                                       or '"abstract_inverted_index"' in head)
    if text.startswith('"id"') or text.startswith("id,"):
        first = text.split("\n", 1)[0]
        return "display_name" in first and "https://openalex.org/W" in head
    return False


@readers.register("openalex", extensions=(".json", ".jsonl", ".csv"), sniff=sniff_openalex, priority=10,
                  description="OpenAlex works: single work, search response, snapshot partitions (lazy), web-UI CSV")
def read_openalex(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Works of one OpenAlex file, whichever of the four shapes it has."""
    first = ""
    for _, text in iter_lines(path):
        if isinstance(text, RecordError) or text.strip():
            first = text if isinstance(text, str) else ""
            break
    if first.lstrip("\ufeff").startswith('"id"') or first.startswith("id,"):
        yield from _read_csv(path)
        return
    try:
        json.loads(first)
        one_per_line = True
    except ValueError:
        one_per_line = False
    if one_per_line:  # snapshot partitions, and one-line works or responses: lazily
        for number, obj in iter_json_lines(path):
            if isinstance(obj, RecordError):
                yield obj
            else:
                yield from _works_in(obj, path, number)
        return
    yield from _works_in(load_json(path), path, None)


def _read_csv(path: Path) -> Iterator[PaperRecord | RecordError]:
    text, _ = open_text(path)
    reader = csv.reader(text.splitlines(keepends=True))
    header = [h.strip() for h in next(reader)]
    for item in iter_csv_cells(reader, header, path):
        if isinstance(item, RecordError):
            yield item
            continue
        line, cells = item
        doi = cells.get("doi") or None
        openalex_id = _short_id(cells.get("id"))
        yield make_record(
            title=cells.get("display_name") or cells.get("title"),
            abstract=strip_copyright(strip_abstract_heading(cells.get("abstract"))),
            source=path,
            line=line,
            format="openalex",
            authors=split_authors(cells.get("authorships.author.display_name")),
            date=normalize_date(cells.get("publication_date")) or normalize_date(cells.get("publication_year")),
            doi=doi,
            url=doi or cells.get("id") or None,
            venue=cells.get("primary_location.source.display_name"),
            extra=[("openalex", openalex_id)] if openalex_id else (),
        )
