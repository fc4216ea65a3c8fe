"""Read paper records from files in the formats people have.

Each reader is one module in this package, registered by name in
:data:`kg.registry.readers` with the file extensions it claims and a ``sniff``
function that recognises its content::

    @readers.register("jsonl", extensions=(".jsonl",), sniff=sniff_jsonl, priority=0)
    def read_jsonl(path: Path) -> Iterator[PaperRecord | RecordError]: ...

A reader yields records, and a :class:`~kg.errors.RecordError` (not raised) for
each malformed record, so that one bad record never costs the valid ones.
:func:`read_records` walks files, directories and ``.gz``, picks the reader
(``format`` overrides detection), reports bad records in a :class:`ReadReport`
and, under ``strict``, raises the first one.
"""

from __future__ import annotations

import gzip
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from kg.errors import ConfigError, Errors, RecordError, Warnings
from kg.records import PaperRecord
from kg.registry import readers

from kg.readers._common import SNIFF_BYTES, decode, iter_lines

__all__ = ["ReadReport", "read_records", "detect_format", "iter_files", "iter_lines", "merge_records", "readers"]

#: Files skipped when walking a directory.
_IGNORED_NAMES = {"README.md", "README", "LICENSE", ".DS_Store"}


@dataclass
class ReadReport:
    """What reading saw: counts per file and format, and every skipped record."""

    files: int = 0
    records: int = 0
    formats: Counter = field(default_factory=Counter)
    per_file: dict[str, int] = field(default_factory=dict)
    skipped: list[dict] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    flags: Counter = field(default_factory=Counter)

    def skip(self, err: RecordError) -> None:
        self.skipped.append({"path": err.path, "line": err.line, "message": str(err)})

    def to_dict(self) -> dict:
        return {
            "files": self.files,
            "records": self.records,
            "formats": dict(sorted(self.formats.items())),
            "per_file": dict(sorted(self.per_file.items())),
            "skipped": len(self.skipped),
            "skipped_records": self.skipped,
            "warnings": self.warnings,
            "flags": dict(sorted(self.flags.items())),
        }


def iter_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files under ``paths`` (directories walked recursively, sorted), in a stable order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.name not in _IGNORED_NAMES and not child.name.startswith("."):
                    yield child
        elif path.exists():
            yield path
        else:
            raise RecordError(Errors.E001.format(path=path), path=str(path))


def _first_block(path: Path) -> bytes:
    """The first :data:`SNIFF_BYTES` of ``path``, gunzipped when it starts with the gzip magic."""
    with open(path, "rb") as fh:
        data = fh.read(SNIFF_BYTES)
    if data[:2] == b"\x1f\x8b":
        with gzip.open(path, "rb") as fh:
            data = fh.read(SNIFF_BYTES)
    return data


def _head(path: Path) -> str:
    data = _first_block(path)
    text, _ = decode(data, path) if data.strip() else ("", [])
    return text


def _is_utf8(path: Path) -> bool:
    """Whether the first block of ``path`` (gunzipped) is UTF-8; a character cut by the block end is fine."""
    data = _first_block(path)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as err:
        return err.start >= len(data) - 3 and err.reason == "unexpected end of data"
    return True


def _suffixes(path: Path) -> list[str]:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes


def detect_format(path: Path) -> str:
    """Name of the reader for ``path``, from its content and extension.

    Every reader's ``sniff(head, path)`` is asked; among those that accept, the
    highest ``priority`` wins, and a reader claiming the file's extension wins
    a tie. Raises :class:`RecordError` when nothing accepts the file.
    """
    head = _head(path)
    if not head.strip():
        raise RecordError(Errors.E007.format(path=path), path=str(path))
    suffix = (_suffixes(path) or [""])[-1]
    candidates = []
    for name, entry in readers.get_all().items():
        sniff: Callable[[str, Path], bool] | None = entry.options.get("sniff")
        if sniff is None:
            continue
        try:
            accepted = sniff(head, path)
        except Exception:  # a sniffer must never break detection of other formats
            accepted = False
        if accepted:
            priority = entry.options.get("priority", 0)
            candidates.append((priority, suffix in entry.extensions, name))
    if not candidates:
        choices = ", ".join(sorted(readers.get_all()))
        raise RecordError(Errors.E002.format(path=path, choices=choices), path=str(path))
    candidates.sort(key=lambda c: (-c[0], not c[1], c[2]))
    return candidates[0][2]


def read_records(
    paths: Iterable[Path | str],
    *,
    format: str | None = None,
    strict: bool = False,
    report: ReadReport | None = None,
) -> Iterator[PaperRecord]:
    """Every valid record in ``paths``, lazily, in file order.

    Args:
        paths: files or directories (walked recursively); ``.gz`` is read transparently.
        format: a registered reader name; detected per file when None.
        strict: raise the first :class:`RecordError` instead of skipping it.
        report: collects counts and skipped records.

    Raises:
        RecordError: under ``strict``, for the first malformed record or file.
        ConfigError: for an unknown ``format``.
    """
    report = report if report is not None else ReadReport()
    if format is not None and format not in readers:
        raise ConfigError(Errors.E003.format(kind="format", name=format, choices=", ".join(sorted(readers.get_all()))))
    for path in _iter_files_reporting(paths, report, strict):
        try:
            name = format or detect_format(path)
        except RecordError as err:
            if strict:
                raise
            report.skip(err)
            continue
        report.files += 1
        report.formats[name] += 1
        if not _is_utf8(path):
            report.warnings.append(Warnings.W003.format(path=path))
        count = 0
        try:
            for item in readers.get(name).func(path):
                if isinstance(item, RecordError):
                    if strict:
                        raise item
                    report.skip(item)
                    continue
                count += 1
                report.records += 1
                for flag in item.flags:
                    report.flags[flag] += 1
                yield item
        except RecordError as err:
            if strict:
                raise
            report.skip(err)
        report.per_file[str(path)] = count


def _iter_files_reporting(paths: Iterable[Path | str], report: ReadReport, strict: bool) -> Iterator[Path]:
    for raw in paths:
        try:
            yield from iter_files([raw])
        except RecordError as err:
            if strict:
                raise
            report.skip(err)


def merge_records(records: Iterable[PaperRecord]) -> list[PaperRecord]:
    """One record per paper, sorted by id; sources of duplicates are kept.

    Records with the same id merge first. Then a record known only by its DOI joins
    the one arXiv record carrying that DOI (or whose arXiv DOI ``10.48550/arxiv.<id>``
    it is), and a record known only by its title (a listing) joins the one record
    with an arXiv id or DOI and the same normalised title, so the same paper read
    from a listing, OpenAlex and arXiv ends as one record under its strongest id.
    An ambiguous match (two candidates) is left unmerged.

    The first record seen supplies each field; later ones fill fields it lacks
    (a longer abstract wins, so that a listing's truncated copy does not hide the
    full one).
    """
    from kg.ids import normalize_title

    merged: dict[str, PaperRecord] = {}
    for rec in records:
        old = merged.get(rec.id)
        merged[rec.id] = rec if old is None else _merge_pair(old, rec)

    by_doi: dict[str, set[str]] = {}
    for pid, rec in merged.items():
        if pid.startswith("arxiv:"):
            if rec.doi:
                by_doi.setdefault(rec.doi, set()).add(pid)
            by_doi.setdefault(f"10.48550/arxiv.{rec.arxiv_id}", set()).add(pid)
    for pid in [k for k in merged if k.startswith("doi:")]:
        targets = by_doi.get(pid[4:], set())
        if len(targets) == 1:
            (target,) = targets
            merged[target] = _merge_pair(merged[target], merged.pop(pid))

    by_title: dict[str, set[str]] = {}
    for pid, rec in merged.items():
        if not pid.startswith("title:") and rec.title:
            by_title.setdefault(normalize_title(rec.title), set()).add(pid)
    for pid in [k for k in merged if k.startswith("title:")]:
        rec = merged[pid]
        targets = by_title.get(normalize_title(rec.title), set()) if rec.title else set()
        if len(targets) == 1:
            (target,) = targets
            merged[target] = _merge_pair(merged[target], merged.pop(pid))
    return [merged[k] for k in sorted(merged)]


def _merge_pair(a: PaperRecord, b: PaperRecord) -> PaperRecord:
    from dataclasses import replace

    abstract = a.abstract if len(a.abstract) >= len(b.abstract) else b.abstract
    title = a.title or b.title
    flags = tuple(f for f in a.flags if not ((f == "no_abstract" and abstract) or (f == "no_title" and title)))
    return replace(
        a,
        title=title,
        abstract=abstract,
        authors=a.authors or b.authors,
        date=a.date or b.date,
        doi=a.doi or b.doi,
        arxiv_id=a.arxiv_id or b.arxiv_id,
        url=a.url or b.url,
        venue=a.venue or b.venue,
        flags=flags,
        sources=tuple(dict.fromkeys(a.sources + b.sources)),
        extra=tuple(sorted(set(a.extra) | set(b.extra))),
    )


def _import_builtin_readers() -> None:
    import importlib
    import pkgutil

    for mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_")):
        importlib.import_module(f"{__name__}.{mod}")


_import_builtin_readers()
del sys
