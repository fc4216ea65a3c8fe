"""Helpers every reader shares: opening files, cleaning text, making records.

``open_text`` handles ``.gz``, a UTF-8 BOM, Latin-1 fallback and binary files once,
so readers only parse. ``make_record`` turns parsed fields into a
:class:`~kg.records.PaperRecord` with a stable id, cleaned text and flags, or a
:class:`~kg.errors.RecordError` when the record has neither title nor abstract.
"""

from __future__ import annotations

import gzip
import html
import re
import unicodedata
from pathlib import Path
from typing import Iterable

from kg.errors import Errors, RecordError
from kg.ids import normalize_arxiv_id, normalize_doi, paper_id
from kg.records import PaperRecord

#: Bytes read to sniff a file's format.
SNIFF_BYTES = 65536


def read_bytes(path: Path) -> bytes:
    """All bytes of ``path``, gunzipped when it ends in ``.gz`` (or starts with the gzip magic)."""
    with open(path, "rb") as fh:
        head = fh.read(2)
    if head == b"\x1f\x8b":
        with gzip.open(path, "rb") as fh:
            return fh.read()
    return path.read_bytes()


def decode(data: bytes, path: Path) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (BOM stripped), falling back to Latin-1.

    Returns the text and a list of warnings. Raises :class:`RecordError` for
    binary data (NUL bytes in the first block).
    """
    warnings: list[str] = []
    sample = data[:8192]
    if b"\x00" in sample:
        raise RecordError(Errors.E009.format(path=path, detail="NUL bytes in the first 8 KiB"), path=str(path))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        warnings.append(Errors.E008.format(path=path, offset=err.start))
        text = data.decode("latin-1")
    return text, warnings


def open_text(path: Path) -> tuple[str, list[str]]:
    """The whole text of a (possibly gzipped) file and decoding warnings."""
    if not path.exists():
        raise RecordError(Errors.E001.format(path=path), path=str(path))
    data = read_bytes(path)
    if not data.strip():
        raise RecordError(Errors.E007.format(path=path), path=str(path))
    return decode(data, path)


_WS = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]+>")


def clean_text(text: str | None, *, strip_tags: bool = False) -> str:
    """Plain text: HTML entities decoded, optional tags removed, whitespace collapsed.

    >>> clean_text("  Hello\\n   world &amp; more ")
    'Hello world & more'
    >>> clean_text("<jats:p>A <i>b</i></jats:p>", strip_tags=True)
    'A b'
    """
    if not text:
        return ""
    if strip_tags:
        text = _TAG.sub(" ", text)
        text = re.sub(r"\s+([,.;:)])", r"\1", text)
    text = html.unescape(text)
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00a0", " ")
    return _WS.sub(" ", text).strip()


def make_record(
    *,
    title: str | None,
    abstract: str | None,
    source: Path | str,
    line: int | None,
    format: str,
    authors: Iterable[str] = (),
    date: str | None = None,
    doi: str | None = None,
    arxiv_id: str | None = None,
    url: str | None = None,
    venue: str | None = None,
    extra: Iterable[tuple[str, str]] = (),
    clean: bool = True,
) -> PaperRecord | RecordError:
    """Build a record from parsed fields; a RecordError when it has no title and no abstract."""
    if clean:
        title = clean_text(title)
        abstract = clean_text(abstract)
    title = title or ""
    abstract = abstract or ""
    source = str(source)
    if not title and not abstract:
        return RecordError(Errors.E006.format(path=source, line=line), path=source, line=line)
    norm_arxiv = normalize_arxiv_id(arxiv_id)
    norm_doi = normalize_doi(doi)
    pid = paper_id(arxiv_id=norm_arxiv, doi=norm_doi, title=title or abstract[:200])
    flags = []
    if not title:
        flags.append("no_title")
    if not abstract:
        flags.append("no_abstract")
    loc = f"{source}:{line}" if line is not None else source
    return PaperRecord(
        id=pid,
        title=title,
        abstract=abstract,
        authors=tuple(a for a in (clean_text(a) for a in authors) if a),
        date=date or None,
        doi=norm_doi,
        arxiv_id=norm_arxiv,
        url=url or None,
        venue=clean_text(venue) or None,
        source=source,
        line=line,
        format=format,
        flags=tuple(flags),
        sources=(loc,),
        extra=tuple(sorted((k, str(v)) for k, v in extra if v)),
    )
