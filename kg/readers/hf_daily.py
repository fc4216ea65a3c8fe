"""Hugging Face daily papers API responses (``huggingface.co/api/daily_papers``).

A top-level JSON array; each item has a nested ``paper`` object (``id`` = arXiv id,
``title`` with arXiv's hard wraps, ``summary`` = abstract, ``authors[{name, ...}]``,
``publishedAt``) and item-level fields (an unwrapped ``title``, ``publishedAt``,
``numComments``, ``submittedBy``...). Newer responses add ``ai_summary``,
``ai_keywords``, ``organization`` and more; they are ignored. A bare paper object
(``/api/papers/<id>``) is read too.

The item's unwrapped title is preferred; the id comes from the arXiv id, so these
records merge with the same paper read from a listing or from arXiv. Each record's
``line`` is its 1-based position in the array. Lost: upvotes, comments, thumbnails,
the AI summary.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import clean_latex, iter_json_array, load_json, make_record, normalize_date, open_text
from kg.records import PaperRecord
from kg.registry import readers


def item_to_record(item: Any, *, path: Path, line: int) -> PaperRecord | RecordError:
    """A record from one daily-papers item (or a bare paper object)."""
    if not isinstance(item, dict):
        return RecordError(Errors.E005.format(path=path, line=line, got=type(item).__name__), path=str(path), line=line)
    paper = item.get("paper") if isinstance(item.get("paper"), dict) else item
    arxiv_id = paper.get("id")
    return make_record(
        title=clean_latex(item.get("title") or paper.get("title")),
        abstract=clean_latex(paper.get("summary")),
        source=path,
        line=line,
        format="hf-daily",
        authors=[(a or {}).get("name") or "" for a in paper.get("authors") or () if not (a or {}).get("hidden")],
        date=normalize_date(paper.get("publishedAt") or item.get("publishedAt")),
        arxiv_id=str(arxiv_id) if arxiv_id else None,
        url=f"https://huggingface.co/papers/{arxiv_id}" if arxiv_id else None,
        clean=False,
    )


def sniff_hf_daily(head: str, path: Path) -> bool:
    """A JSON array of items with a nested ``paper`` object holding a ``summary``."""
    text = head.lstrip("\ufeff \t\r\n")
    return bool(re.match(r'\[\s*\{\s*"paper"\s*:\s*\{', text)) or (
        text.startswith("[") and '"paper":' in text[:2000].replace(" ", "") and '"summary"' in head
        and '"publishedAt"' in head)


@readers.register("hf-daily", extensions=(".json",), sniff=sniff_hf_daily, priority=10,
                  description="Hugging Face daily_papers API JSON (array of {paper: {...}} items)")
def read_hf_daily(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Papers of one daily-papers response, in array order."""
    text, _ = open_text(path)
    if text.lstrip().startswith("["):
        for position, (_, item) in enumerate(iter_json_array(text, path), start=1):
            yield item if isinstance(item, RecordError) else item_to_record(item, path=path, line=position)
        return
    yield item_to_record(load_json(path), path=path, line=1)
