"""arXiv metadata in its three common shapes: API Atom feeds, OAI-PMH XML, the Kaggle snapshot.

- ``arxiv-atom``: responses of ``export.arxiv.org/api/query`` (Atom 1.0, spec:
  https://info.arxiv.org/help/api/user-manual.html), both the classic (2016) and the
  2026 generation, and arxiv.py's JSON test wrapper ``{url, status_code, body}``.
  An error feed (an entry titled ``Error`` whose id is ``.../api/errors#...``, or a
  wrapper status other than 200) is a :class:`RecordError` [E013]/[E106] naming the
  file and the error text, never zero papers in silence.
- ``arxiv-oai``: OAI-PMH responses (https://www.openarchives.org/OAI/openarchivesprotocol.html)
  with ``metadataPrefix`` ``arXiv`` (structured authors, ``created``) or ``arXivRaw``
  (free-text authors, RFC 2822 version dates). Elements are matched by local name,
  so a metadata block that forgot its ``xmlns`` (it lands in the OAI namespace) is
  still read. An ``<error code=...>`` response is [E103]; deleted records are skipped.
- ``arxiv-snapshot``: Kaggle's ``arxiv-metadata-oai-snapshot.json``, JSON Lines,
  read lazily line by line (the real file is about 4 GB).

Text goes through :func:`~kg.readers._common.clean_latex` (accents decoded, math
kept readable, one-token formulas such as ``F$_1$`` rendered, hard wraps joined); arXiv ids lose their version, DOIs are
lower-cased. Lost: categories, comments, licences, versions after the first.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import (
    clean_latex,
    first_json_line,
    iter_json_lines,
    local_name,
    make_record,
    normalize_date,
    parse_xml,
    read_bytes,
    xml_text,
)
from kg.records import PaperRecord
from kg.registry import readers

ATOM = "http://www.w3.org/2005/Atom"
ARXIV_ATOM = "http://arxiv.org/schemas/atom"


def _children(element, name: str) -> list:
    return [c for c in element if local_name(c) == name]


def _child(element, name: str):
    for c in element:
        if local_name(c) == name:
            return c
    return None


def _child_text(element, name: str) -> str:
    return xml_text(_child(element, name)).strip()


# ----------------------------------------------------------------------------------------------
# Atom


def sniff_arxiv_atom(head: str, path: Path) -> bool:
    """An Atom feed from the arXiv API, or arxiv.py's JSON wrapper around one."""
    if head.lstrip().startswith("{"):
        return '"status_code"' in head and '"body"' in head and "<feed" in head
    return "<feed" in head and ATOM in head and ("arxiv.org" in head)


@readers.register("arxiv-atom", extensions=(".xml", ".atom"), sniff=sniff_arxiv_atom, priority=10,
                  description="arXiv API Atom responses (and arxiv.py {url,status_code,body} wrappers)")
def read_arxiv_atom(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Papers of one arXiv API response; each record's ``line`` is its ``<entry>``'s line."""
    data = read_bytes(path)
    if data.lstrip()[:1] == b"{":
        try:
            wrapper = json.loads(data.decode("utf-8-sig"))
        except ValueError as err:
            raise RecordError(Errors.E004.format(path=path, line=getattr(err, "lineno", 1), detail=str(err)),
                              path=str(path)) from err
        body = wrapper.get("body") or ""
        status = wrapper.get("status_code")
        if status not in (None, 200):
            detail = _feed_error(parse_xml(body.encode("utf-8"), path)) if "<feed" in body else body[:200]
            yield RecordError(Errors.E106.format(path=path, status=status, url=wrapper.get("url", "?"),
                                                 detail=detail or "no error text"), path=str(path))
            return
        data = body.encode("utf-8")
    root = parse_xml(data, path)
    if local_name(root) != "feed":
        raise RecordError(Errors.E102.format(path=path, what="the XML document", expected="an Atom <feed>"),
                          path=str(path))
    entries = _children(root, "entry")
    error = _feed_error(root)
    if error:
        yield RecordError(Errors.E013.format(path=path, detail=error), path=str(path))
        return
    for entry in entries:
        yield _atom_record(entry, path)


def _feed_error(root) -> str | None:
    for entry in _children(root, "entry"):
        if "/api/errors" in _child_text(entry, "id") or _child_text(entry, "title") == "Error":
            return _child_text(entry, "summary") or _child_text(entry, "id")
    return None


def _atom_record(entry, path: Path) -> PaperRecord | RecordError:
    url = None
    for link in _children(entry, "link"):
        if link.get("rel") == "alternate":
            url = link.get("href")
    authors = [_child_text(a, "name") for a in _children(entry, "author")]
    return make_record(
        title=clean_latex(_child_text(entry, "title")),
        abstract=clean_latex(_child_text(entry, "summary")),
        source=path,
        line=entry.sourceline,
        format="arxiv-atom",
        authors=authors,
        date=normalize_date(_child_text(entry, "published") or _child_text(entry, "updated")),
        doi=_child_text(entry, "doi") or None,
        arxiv_id=_child_text(entry, "id"),
        url=url,
        venue=clean_latex(_child_text(entry, "journal_ref")) or None,
        clean=False,
    )


# ----------------------------------------------------------------------------------------------
# OAI-PMH


def sniff_arxiv_oai(head: str, path: Path) -> bool:
    """An OAI-PMH response (with arXiv metadata or an error)."""
    return "<OAI-PMH" in head and "openarchives.org/OAI/2.0" in head


@readers.register("arxiv-oai", extensions=(".xml",), sniff=sniff_arxiv_oai, priority=10,
                  description="arXiv OAI-PMH responses, metadataPrefix arXiv or arXivRaw")
def read_arxiv_oai(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Papers of one OAI-PMH response; each record's ``line`` is its ``<record>``'s line."""
    root = parse_xml(read_bytes(path), path)
    for element in root.iter():
        if local_name(element) == "error":
            yield RecordError(Errors.E103.format(path=path, code=element.get("code", "?"),
                                                 detail=" ".join(xml_text(element).split())), path=str(path))
            return
    count = 0
    for record in (e for e in root.iter() if local_name(e) == "record"):
        header = _child(record, "header")
        if header is not None and header.get("status") == "deleted":
            continue
        metadata = _child(record, "metadata")
        block = next(iter(metadata), None) if metadata is not None else None
        if block is None or local_name(block) not in ("arXiv", "arXivRaw"):
            got = local_name(block) if block is not None else "nothing"
            yield RecordError(Errors.E014.format(path=path, line=record.sourceline,
                                                 detail=f"OAI record has {got!r} metadata; expected arXiv or arXivRaw."),
                              path=str(path), line=record.sourceline)
            continue
        count += 1
        yield _oai_record(block, record.sourceline, path)
    if count == 0:
        yield RecordError(Errors.E102.format(path=path, what="the OAI-PMH response",
                                             expected="<record> elements with arXiv or arXivRaw metadata"), path=str(path))


def _oai_record(block, line: int, path: Path) -> PaperRecord | RecordError:
    if local_name(block) == "arXiv":
        authors = []
        for author in _children(_child(block, "authors") if _child(block, "authors") is not None else block, "author"):
            parts = [_child_text(author, "forenames"), _child_text(author, "keyname"), _child_text(author, "suffix")]
            authors.append(clean_latex(" ".join(p for p in parts if p)))
        date = _child_text(block, "created") or None
    else:
        authors = split_raw_authors(_child_text(block, "authors"))
        versions = _children(block, "version")
        date = _child_text(versions[0], "date") if versions else None
    return make_record(
        title=clean_latex(_child_text(block, "title")),
        abstract=clean_latex(_child_text(block, "abstract")),
        source=path,
        line=line,
        format="arxiv-oai",
        authors=authors,
        date=normalize_date(date),
        doi=_child_text(block, "doi") or None,
        arxiv_id=_child_text(block, "id"),
        url=f"https://arxiv.org/abs/{_child_text(block, 'id')}" if _child_text(block, "id") else None,
        venue=clean_latex(_child_text(block, "journal-ref")) or None,
        clean=False,
    )


def split_raw_authors(text: str) -> list[str]:
    """Names from a free-text arXiv author list (commas and "and", inline affiliations dropped).

    >>> split_raw_authors("Carl Lagoze, Herbert Van de Sompel,\\n  Pete Johnston")
    ['Carl Lagoze', 'Herbert Van de Sompel', 'Pete Johnston']
    >>> split_raw_authors("A. S. Mishchenko (1 and 2) and N. Nagaosa (1 and 3) ((1) CREST, Japan)")
    ['A. S. Mishchenko', 'N. Nagaosa']
    """
    text = clean_latex(text)
    previous = None
    while previous != text:  # nested parentheses hold affiliations and footnote numbers
        previous, text = text, re.sub(r"\([^()]*\)", " ", text)
    names = re.split(r"\s*,\s*|\s+and\s+|\s*;\s*", text)
    return [" ".join(n.split()) for n in names if n.strip()]


# ----------------------------------------------------------------------------------------------
# Kaggle snapshot


def sniff_arxiv_snapshot(head: str, path: Path) -> bool:
    """JSON Lines whose objects carry the snapshot's ``versions``/``update_date``/``authors_parsed``."""
    first = head.lstrip("\ufeff").split("\n", 1)[0]
    if not first.startswith("{"):
        return False
    obj = first_json_line(head)
    keys = set(obj) if obj else set(re.findall(r'"([a-z_\-]+)"\s*:', first))
    return "id" in keys and bool(keys & {"authors_parsed", "update_date"})


@readers.register("arxiv-snapshot", extensions=(".json", ".jsonl"), sniff=sniff_arxiv_snapshot, priority=10,
                  description="Kaggle arXiv metadata snapshot (arxiv-metadata-oai-snapshot.json, JSON Lines), read lazily")
def read_arxiv_snapshot(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Papers of the snapshot, one per line, lazily; ``line`` is the line number."""
    for number, obj in iter_json_lines(path):
        if isinstance(obj, RecordError):
            yield obj
            continue
        yield _snapshot_record(obj, number, path)


def _snapshot_record(obj: dict, line: int, path: Path) -> PaperRecord | RecordError:
    parsed = obj.get("authors_parsed")
    if isinstance(parsed, list) and parsed:
        authors = []
        for entry in parsed:
            if not isinstance(entry, list) or not entry:
                continue
            last = entry[0] or ""
            first = entry[1] if len(entry) > 1 else ""
            suffix = entry[2] if len(entry) > 2 else ""
            authors.append(clean_latex(" ".join(p for p in (first, last, suffix) if p)))
    else:
        authors = split_raw_authors(obj.get("authors") or "")
    versions = obj.get("versions") or []
    created = versions[0].get("created") if versions and isinstance(versions[0], dict) else None
    arxiv_id = obj.get("id")
    return make_record(
        title=clean_latex(obj.get("title")),
        abstract=clean_latex(obj.get("abstract")),
        source=path,
        line=line,
        format="arxiv-snapshot",
        authors=authors,
        date=normalize_date(created) or normalize_date(obj.get("update_date")),
        doi=obj.get("doi"),
        arxiv_id=str(arxiv_id) if arxiv_id else None,
        url=f"https://arxiv.org/abs/{arxiv_id}" if arxiv_id else None,
        venue=clean_latex(obj.get("journal-ref")) or None,
        clean=False,
    )
