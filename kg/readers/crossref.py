"""Crossref REST API works (``api.crossref.org/works``) with JATS abstracts.

Spec: https://api.crossref.org/swagger-ui/index.html and
https://github.com/CrossRef/rest-api-doc/blob/master/api_format.md.

Accepted layouts: the API envelope ``{status, message-type, message}`` around one
``work`` or a ``work-list`` (``message.items``); a bare work object; a list of works;
and the public data file layout ``{"items": [...]}``. Any other ``message-type``
(an error, a member, a journal) holds no works and is reported, not read as zero
papers.

The ``abstract`` is a JATS XML *fragment* that uses the ``jats:`` prefix without
declaring it; it is parsed leniently (:func:`kg.readers._markup.markup_to_text`):
a leading "Abstract" heading is dropped, section headings become labels
("Objective: ..."), and a space is put back where Crossref lost it around inline
tags (``targeting<jats:italic>SMARCB1</jats:italic>for``). A work without an
abstract is kept and flagged ``no_abstract``. ``line`` is the work's position
(1-based) in the response, since JSON gives no useful line.

Lost: references, funders, licences, subjects and every other field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import make_record, open_text, parse_json
from kg.readers._markup import markup_to_text, strip_copyright
from kg.records import PaperRecord
from kg.registry import readers

_WORK_KEYS = re.compile(r'"(?:reference-count|is-referenced-by-count|content-domain|short-container-title)"')
_ENVELOPE = re.compile(r'"message-type"\s*:\s*"(?:work|work-list)"')


def sniff_crossref(head: str, path: Path) -> bool:
    """A Crossref envelope (``"message-type": "work"``) or a bare work with Crossref's own keys."""
    text = head.lstrip()
    if not text.startswith(("{", "[")):
        return False
    return bool(_ENVELOPE.search(head)) or (len(set(_WORK_KEYS.findall(head))) >= 2 and '"DOI"' in head)


@readers.register("crossref", extensions=(".json",), sniff=sniff_crossref, priority=10,
                  description="Crossref REST API works / work-list JSON (JATS abstracts)")
def read_crossref(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Every work in a Crossref response or data file."""
    path = Path(path)
    text, _ = open_text(path)
    try:
        works = _works(parse_json(text, path), path)
    except RecordError as err:
        yield err
        return
    for number, work in enumerate(works, start=1):
        if not isinstance(work, dict):
            yield RecordError(Errors.E151.format(path=path, line=number, got=type(work).__name__),
                              path=str(path), line=number)
            continue
        yield work_to_record(work, source=path, line=number)


def _works(data: Any, path: Path) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise RecordError(Errors.E150.format(path=path, detail=f"top-level JSON {type(data).__name__}"), path=str(path))
    if "message-type" in data or "message" in data:
        kind = data.get("message-type")
        message = data.get("message")
        if data.get("status") not in (None, "ok") or kind not in ("work", "work-list"):
            detail = f"status {data.get('status')!r}, message-type {kind!r}"
            if isinstance(message, list) and message and isinstance(message[0], dict):
                detail += ": " + "; ".join(str(m.get("message", m)) for m in message)
            raise RecordError(Errors.E150.format(path=path, detail=detail), path=str(path))
        if kind == "work":
            return [message]
        items = message.get("items") if isinstance(message, dict) else None
        if not isinstance(items, list):
            raise RecordError(Errors.E150.format(path=path, detail="a work-list without message.items"), path=str(path))
        return items
    if isinstance(data.get("items"), list):
        return data["items"]
    if "DOI" in data or "title" in data:
        return [data]
    raise RecordError(Errors.E150.format(path=path, detail="a JSON object with no DOI, title or items"),
                      path=str(path))


def work_to_record(work: dict[str, Any], *, source: Path | str, line: int | None) -> PaperRecord | RecordError:
    """One Crossref work as a :class:`PaperRecord` (or a RecordError when it has no title and no abstract)."""
    title = " ".join(markup_to_text(t, space_inline=True) for t in _as_list(work.get("title"))[:1])
    subtitle = _first(work.get("subtitle"))
    if title and subtitle and subtitle.lower() not in title.lower():
        title = f"{title}: {markup_to_text(subtitle, space_inline=True)}"
    abstract = strip_copyright(markup_to_text(work.get("abstract"), space_inline=True))
    authors = [_author_name(a) for a in _as_list(work.get("author")) if isinstance(a, dict)]
    venue = _first(work.get("container-title")) or _first(work.get("institution"), key="name") \
        or _first(work.get("group-title")) or work.get("publisher")
    return make_record(
        title=title,
        abstract=abstract,
        source=source,
        line=line,
        format="crossref",
        authors=[a for a in authors if a],
        date=_date(work),
        doi=work.get("DOI"),
        url=work.get("URL") or None,
        venue=venue,
        clean=False,
    )


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _first(value: Any, *, key: str | None = None) -> str | None:
    for item in _as_list(value):
        if key is not None:
            item = item.get(key) if isinstance(item, dict) else None
        if isinstance(item, str) and item.strip():
            return item.strip()
    return None


def _author_name(author: dict[str, Any]) -> str:
    if author.get("name"):  # an organisation or a consortium
        return str(author["name"])
    return " ".join(str(p) for p in (author.get("given"), author.get("family")) if p)


def _date(work: dict[str, Any]) -> str | None:
    """ISO date from the first of Crossref's date objects that has ``date-parts``."""
    for key in ("issued", "published", "published-print", "published-online", "posted", "created"):
        parts = (work.get(key) or {}).get("date-parts") if isinstance(work.get(key), dict) else None
        if not parts or not parts[0] or parts[0][0] is None:
            continue
        values = [int(p) for p in parts[0][:3] if p is not None]
        return "-".join([f"{values[0]:04d}"] + [f"{v:02d}" for v in values[1:]])
    return None
