"""Semantic Scholar papers: Graph API objects, batch arrays, search pages, the old S2 corpus JSONL.

- Graph API paper objects (https://api.semanticscholar.org/api-docs/graph): camelCase
  ``paperId``, ``externalIds{DOI, ArXiv, ...}``, ``abstract`` (may be null), ``year``,
  ``publicationDate``, ``authors[{authorId, name}]``, ``venue``/``journal``/``publicationVenue``.
  Nested ``citations``/``references`` are links to other papers, not the corpus, and are
  not read as records.
- ``POST /paper/batch`` answers: a JSON array positional with the requested ids, with
  ``null`` for an unknown id; each null is reported [E104] with its 1-based position.
- search pages ``{"total", "offset", "data": [...]}``.
- the old S2 Open Research Corpus bulk format (JSON Lines: ``id``, ``title``,
  ``paperAbstract`` ``""`` when missing, ``authors[{name, ids}]``, ``year``, ``doi``,
  ``venue``/``journalName``), read lazily.

The id comes from the arXiv id in ``externalIds``, else the DOI, else the title; the S2
paper id is kept as ``extra`` ``s2`` and the corpus id as ``s2_corpus``. Lost: tldr,
embeddings, citation counts, fields of study.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import (
    first_json_line,
    iter_json_array,
    iter_json_lines,
    iter_lines,
    load_json,
    make_record,
    normalize_date,
    open_text,
)
from kg.readers._markup import strip_abstract_heading, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers


def paper_to_record(paper: dict, *, path: Path, line: int | None) -> PaperRecord | RecordError:
    """A record from one Graph API paper object or one S2 corpus line."""
    if "paperAbstract" in paper or "inCitations" in paper:
        return _corpus_record(paper, path=path, line=line)
    external = paper.get("externalIds") or {}
    journal = paper.get("journal") or {}
    venue_obj = paper.get("publicationVenue") or {}
    extra = [("s2", paper.get("paperId")), ("s2_corpus", paper.get("corpusId") or external.get("CorpusId"))]
    return make_record(
        title=paper.get("title"),
        abstract=strip_copyright(strip_abstract_heading(paper.get("abstract"))),
        source=path,
        line=line,
        format="semantic-scholar",
        authors=[(a or {}).get("name") or "" for a in paper.get("authors") or ()],
        date=normalize_date(paper.get("publicationDate")) or normalize_date(paper.get("year")),
        doi=external.get("DOI"),
        arxiv_id=external.get("ArXiv"),
        url=paper.get("url"),
        venue=paper.get("venue") or journal.get("name") or venue_obj.get("name"),
        extra=[(k, v) for k, v in extra if v],
    )


def _corpus_record(paper: dict, *, path: Path, line: int | None) -> PaperRecord | RecordError:
    return make_record(
        title=paper.get("title"),
        abstract=strip_copyright(strip_abstract_heading(paper.get("paperAbstract"))),
        source=path,
        line=line,
        format="semantic-scholar",
        authors=[(a or {}).get("name") or "" for a in paper.get("authors") or ()],
        date=normalize_date(paper.get("year")),
        doi=paper.get("doi") or None,
        url=paper.get("s2Url") or None,
        venue=paper.get("venue") or paper.get("journalName") or None,
        extra=[("s2", paper.get("id"))] if paper.get("id") else (),
    )


def _papers_in(doc: Any, path: Path, line: int | None) -> Iterator[PaperRecord | RecordError]:
    if isinstance(doc, dict) and isinstance(doc.get("data"), list):
        for index, item in enumerate(doc["data"], start=1):
            yield from _papers_in(item, path, index)
    elif isinstance(doc, dict):
        yield paper_to_record(doc, path=path, line=line)
    elif doc is None:
        yield RecordError(Errors.E104.format(path=path, index=line), path=str(path), line=line)
    else:
        yield RecordError(Errors.E005.format(path=path, line=line, got=type(doc).__name__), path=str(path), line=line)


def sniff_semantic_scholar(head: str, path: Path) -> bool:
    """Graph API JSON (``"paperId"``) or the S2 corpus JSON Lines (``paperAbstract``/``inCitations``)."""
    text = head.lstrip("\ufeff \t\r\n")
    if not text[:1] in ("{", "["):
        return False
    if '"paperId"' in head[:4096]:
        return True
    obj = first_json_line(head)
    first = text.split("\n", 1)[0]
    return (obj is not None and ("paperAbstract" in obj or "inCitations" in obj)) or (
        '"paperAbstract"' in first and '"inCitations"' in first)


@readers.register("semantic-scholar", extensions=(".json", ".jsonl"), sniff=sniff_semantic_scholar, priority=10,
                  description="Semantic Scholar Graph API papers, batch arrays (nulls reported), search pages, S2 corpus JSONL")
def read_semantic_scholar(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Papers of one Semantic Scholar file; ``line`` is the line (JSON Lines) or the array position."""
    first = ""
    for _, text in iter_lines(path):
        if isinstance(text, str) and text.strip():
            first = text.strip()
            break
    lines_mode = False
    if first.startswith("{"):
        try:
            json.loads(first)
            lines_mode = True
        except ValueError:
            lines_mode = False
    if lines_mode:
        for number, obj in iter_json_lines(path):
            if isinstance(obj, RecordError):
                yield obj
            else:
                yield from _papers_in(obj, path, number)
        return
    if first.startswith("["):
        text, _ = open_text(path)
        for position, (_, item) in enumerate(iter_json_array(text, path), start=1):
            if isinstance(item, RecordError):
                yield item
                continue
            yield from _papers_in(item, path, position)
        return
    yield from _papers_in(load_json(path), path, 1)
