"""Errors and warnings of paperkg, with codes, spaCy-style.

Every message says where, what, and how to fix. The CLI catches :class:`KGError`
only (printed as ``Error: ...`` on stderr, exit code 1); anything else is a bug
and keeps its traceback.
"""

from __future__ import annotations


class Errors:
    """Message catalogue. Format with ``.format(...)``; values shown with ``!r``."""

    E001 = "[E001] {path}: no such file or directory. Check the path."
    E002 = "[E002] {path}: cannot detect the format. Pass --format (one of: {choices})."
    E003 = "[E003] Unknown {kind} {name!r}. Choose one of: {choices}."
    E004 = "[E004] {path}:{line}: invalid JSON: {detail}. Fix the record, or drop --strict to skip it."
    E005 = "[E005] {path}:{line}: record is not a JSON object (got {got}). Each record must be an object."
    E006 = "[E006] {path}:{line}: record has neither a title nor an abstract. Add one, or drop --strict to skip it."
    E007 = "[E007] {path}: file is empty."
    E008 = "[E008] {path}: not valid UTF-8 text at byte {offset}; read it as Latin-1. Re-encode the file as UTF-8 to silence this."
    E009 = "[E009] {path}: looks like a binary file ({detail}). Pass a text, XML, JSON or CSV file."
    E010 = "[E010] {path}:{line}: CSV row has {got} fields but the header has {expected}. Fix the quoting, or drop --strict to skip the row."
    E011 = "[E011] {path}: malformed XML: {detail}."
    E012 = "[E012] {path}:{line}: record has no {field!r}. Add it, or drop --strict to skip the record."
    E013 = "[E013] {path}: the API returned an error instead of papers: {detail}."
    E014 = "[E014] {path}:{line}: {detail}"
    E015 = "[E015] {path}: line {line} is {size} bytes, over the limit of {limit}. Split the record or raise --max-record-bytes."
    E016 = "[E016] {path}: {detail}"
    E020 = "[E020] {path}: not a paperkg build directory (no {missing}). Run `paperkg build INPUT -o {path}` first."
    E021 = "[E021] {detail}"
    E030 = "[E030] SPARQL syntax error: {detail}"
    E031 = "[E031] Unknown named query {name!r}. Run `paperkg query --list` to see them."
    E032 = "[E032] Named query {name!r} needs argument {arg!r}: pass --arg {arg}=VALUE."
    E040 = "[E040] Export {name!r} failed: {detail}"
    E050 = "[E050] {detail}"


class Warnings:
    """Warning catalogue."""

    W001 = "[W001] {path}:{line}: record has no title; kept and flagged."
    W002 = "[W002] {path}:{line}: record has no abstract; kept and flagged."
    W003 = "[W003] {path}: not valid UTF-8; decoded as Latin-1."


class KGError(Exception):
    """Base class of every error paperkg reports to a user."""


class RecordError(KGError):
    """A malformed input record (or file). Skipped and reported unless strict."""

    def __init__(self, message: str, *, path: str = "", line: int | None = None, record_id: str | None = None):
        super().__init__(message)
        self.path = path
        self.line = line
        self.record_id = record_id


class ConfigError(KGError):
    """Bad options, unknown names, missing build directories."""


class ExportError(KGError):
    """An exporter could not write its output."""


class QueryError(KGError):
    """A query failed (syntax, unknown name, missing argument, timeout)."""
