"""Papers with Code (``pwc``): REST API v1 paper responses and the papers-with-abstracts dump.

API: https://paperswithcode.com/api/v1/docs/ (the site closed in 2025; saved
responses and dumps remain). Accepted layouts: a paginated list
``{count, next, previous, results: [paper, ...]}`` (``GET /papers/``), one paper
object (``GET /papers/{id}/``), and a JSON array of papers (the
``papers-with-abstracts.json`` dump, whose objects add ``paper_url``, ``date``,
``tasks`` and ``methods``; written from the documented schema, since no real dump
sample exists to test against).

A paper is keyed by its slug ``id`` (``generative-adversarial-networks``), kept as
the ``pwc`` identifier; ``arxiv_id`` may be null. ``line`` is the paper's position
in the response.

The other list endpoints (``/papers/{id}/methods/``, ``/results/``, ``/tasks/``)
share the envelope but hold no papers: reading one is an [E160] error naming what
it holds, as is an empty page; it is never read as zero papers. A list item that
is not a paper yields [E154].

Lost: conference/proceeding slugs, PDF links, tasks and methods of dump records.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from kg.errors import Errors, RecordError
from kg.ids import normalize_arxiv_id
from kg.readers._common import clean_latex, make_record, open_text, parse_json
from kg.records import PaperRecord
from kg.registry import readers

_ENVELOPE = re.compile(r'^\s*\{\s*"count"\s*:\s*\d+\s*,\s*"next"\s*:', re.DOTALL)
_PAPER_KEYS = ("url_abs", "arxiv_id", "paper_url", "url_pdf", "proceeding")
# What a non-paper item of the shared envelope is, recognised by its own keys.
_KINDS = (
    ({"methodology", "metrics"}, "evaluation results (GET /papers/{id}/results/)"),
    ({"full_name", "description"}, "methods (GET /papers/{id}/methods/)"),
    ({"name", "description"}, "tasks (GET /papers/{id}/tasks/)"),
    ({"url", "owner", "framework"}, "code repositories (GET /papers/{id}/repositories/)"),
)


def sniff_pwc(head: str, path: Path) -> bool:
    """A PwC paginated envelope (``{"count": .., "next": ..``) or a paper object with PwC's own keys."""
    text = head.lstrip("\ufeff \t\r\n")
    if _ENVELOPE.match(text):
        return True
    if not text.startswith(("{", "[")):
        return False
    keys = set(re.findall(r'"(url_abs|url_pdf|arxiv_id|nips_id|proceeding|conference_url_abs|paper_url)"\s*:', head))
    return len(keys) >= 3


@readers.register("pwc", extensions=(".json",), sniff=sniff_pwc, priority=10,
                  description="Papers with Code API paper list / paper object / papers-with-abstracts dump")
def read_pwc(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every paper of a Papers with Code response or dump."""
    path = Path(path)
    text, _ = open_text(path)
    try:
        data = parse_json(text, path)
    except RecordError as err:
        yield err
        return
    if isinstance(data, dict) and isinstance(data.get("results"), list):
        items = data["results"]
        if not items:
            yield RecordError(Errors.E160.format(path=path, detail=f"the page is empty (count {data.get('count')!r})."),
                              path=str(path))
            return
        if not any(_is_paper(i) for i in items):
            yield RecordError(Errors.E160.format(path=path, detail=f"it lists {_kind(items)}."), path=str(path))
            return
    elif isinstance(data, dict):
        items = [data]
        if not _is_paper(data):
            yield RecordError(Errors.E160.format(path=path, detail=f"it is one of {_kind(items)}."), path=str(path))
            return
    elif isinstance(data, list):
        items = data
    else:
        detail = f"top-level JSON {type(data).__name__}."
        yield RecordError(Errors.E160.format(path=path, detail=detail), path=str(path))
        return
    for number, item in enumerate(items, start=1):
        if not _is_paper(item):
            yield RecordError(Errors.E154.format(path=path, line=number, fmt="Papers with Code",
                                                 field="paper fields (title, url_abs/arxiv_id)"),
                              path=str(path), line=number)
            continue
        yield paper_to_record(item, source=path, line=number)


def _is_paper(item: Any) -> bool:
    return isinstance(item, dict) and "title" in item and any(k in item for k in _PAPER_KEYS)


def _kind(items: list[Any]) -> str:
    keys = set().union(*(i.keys() for i in items if isinstance(i, dict))) if items else set()
    for needed, kind in _KINDS:
        if needed <= keys:
            return kind
    return "objects that are not papers (keys: " + ", ".join(sorted(keys)[:8]) + ")"


def paper_to_record(paper: dict[str, Any], *, source: Path | str, line: int | None) -> PaperRecord | RecordError:
    """One PwC paper object as a record."""
    url = paper.get("url_abs") or paper.get("paper_url") or None
    arxiv = paper.get("arxiv_id") or (normalize_arxiv_id(url) if url and "arxiv.org/" in url else None)
    authors = paper.get("authors") or []
    return make_record(
        title=clean_latex(paper.get("title") or ""),
        abstract=clean_latex(paper.get("abstract") or ""),
        source=source,
        line=line,
        format="pwc",
        authors=[a for a in authors if isinstance(a, str)],
        date=_date(paper.get("published") or paper.get("date")),
        arxiv_id=arxiv,
        url=url,
        extra=[("pwc", paper.get("id") or _slug(paper.get("paper_url")))],
        clean=False,
    )


def _slug(url: str | None) -> str:
    match = re.search(r"paperswithcode\.com/paper/([^/?#]+)", url or "")
    return match.group(1) if match else ""


def _date(value: Any) -> str | None:
    match = re.match(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value or ""))
    return "-".join(g for g in match.groups() if g) if match else None
