"""Generic paper records: JSON Lines, JSON, CSV and TSV with paperkg's own field names.

Fields (``schemas/record.schema.json``): ``id``, ``title``, ``abstract``, ``authors``,
``date``, ``doi``, ``arxiv_id``, ``url``, ``venue``; ``text`` is accepted for
extract-style input (``{"id": ..., "text": ...}``) and read, byte for byte (no
cleaning, so offsets index the caller's text), as an abstract without title. Each record is checked against the JSON schema (jsonschema) before it is
used; a record that does not match is reported with its file and line [E100] and
skipped, the others are kept.

The paper id comes from ``arxiv_id``, else ``doi``, else the normalised title (see
:func:`kg.ids.paper_id`); a given ``id`` is kept as ``extra`` ``input_id``. Text is
cleaned with :func:`~kg.readers._common.clean_latex`. JSON Lines are read lazily,
line by line; JSON, CSV and TSV files are read whole. Unknown fields are ignored.
"""

from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

from kg.errors import Errors, RecordError
from kg.readers._common import (
    clean_latex,
    first_json_line,
    iter_csv_cells,
    iter_json_array,
    iter_json_lines,
    make_record,
    normalize_date,
    open_text,
    split_authors,
)
from kg.records import PaperRecord
from kg.registry import readers

#: The fields a generic record may carry.
FIELDS = ("id", "title", "abstract", "text", "authors", "date", "doi", "arxiv_id", "url", "venue")


@lru_cache(maxsize=1)
def record_validator():
    """The jsonschema validator of ``schemas/record.schema.json``."""
    from jsonschema import Draft202012Validator

    import schemas

    schema = json.loads(schemas.read_text("record.schema.json"))
    Draft202012Validator.check_schema(schema)
    return Draft202012Validator(schema)


def validate_record(obj: dict) -> str | None:
    """The first schema violation of ``obj`` as a short message, or None when it is valid.

    >>> validate_record({"title": "T", "authors": ["A"]}) is None
    True
    >>> validate_record({"title": 3})
    "title: 3 is not of type 'string', 'null'"
    """
    if _plainly_valid(obj):  # the schema's checks in plain Python: jsonschema was 60 % of reading JSON Lines
        return None
    errors = sorted(record_validator().iter_errors(obj), key=lambda e: list(e.path))
    if not errors:
        return None
    err = errors[0]
    where = "/".join(str(p) for p in err.path) or "record"
    return f"{where}: {err.message}"


_STRING_FIELDS = ("title", "abstract", "text", "doi", "arxiv_id", "url", "venue")
_DATE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?([T ].*)?)?$")


def _plainly_valid(obj: Any) -> bool:
    """True only when ``obj`` certainly satisfies ``record.schema.json`` (False: ask jsonschema).

    >>> cases = [{"title": "T", "authors": ["A"], "date": "2023-01-02", "id": 3}, {"id": True}, {"date": 99},
    ...          {"date": "May 2023"}, {"authors": ["A", 1]}, {"title": None, "abstract": "x", "authors": "A; B"}]
    >>> [_plainly_valid(c) for c in cases] == [not list(record_validator().iter_errors(c)) for c in cases]
    True
    """
    if type(obj) is not dict:
        return False
    for name in _STRING_FIELDS:
        value = obj.get(name)
        if value is not None and type(value) is not str:
            return False
    pid = obj.get("id")
    if pid is not None and type(pid) not in (str, int):
        return False
    authors = obj.get("authors")
    if authors is not None and type(authors) is not str and not (
            type(authors) is list and all(type(a) is str for a in authors)):
        return False
    date = obj.get("date")
    if date is None:
        return True
    if type(date) is int:
        return 1000 <= date <= 9999
    return type(date) is str and _DATE.search(date) is not None


def record_from_mapping(obj: dict, *, path: Path, line: int | None, format: str) -> PaperRecord | RecordError:
    """A record from one generic mapping, or the RecordError saying what is wrong with it."""
    problem = validate_record(obj)
    if problem is not None:
        return RecordError(Errors.E100.format(path=path, line=line, detail=problem), path=str(path), line=line,
                           record_id=str(obj.get("id")) if obj.get("id") is not None else None)
    title = obj.get("title")
    abstract = obj.get("abstract")
    verbatim = not title and not abstract and bool(obj.get("text"))
    extra = [("input_id", str(obj["id"]))] if obj.get("id") not in (None, "") else []
    return make_record(
        # Extract-style input keeps ``text`` byte for byte: callers score our offsets against it.
        title=clean_latex(title),
        abstract=obj["text"] if verbatim else clean_latex(abstract),
        source=path,
        line=line,
        format=format,
        authors=[clean_latex(a) for a in split_authors(obj.get("authors"))],
        date=normalize_date(obj.get("date")),
        doi=obj.get("doi") or None,
        arxiv_id=obj.get("arxiv_id") or None,
        url=obj.get("url") or None,
        venue=obj.get("venue") or None,
        extra=extra,
        clean=False,
    )


def _has_fields(obj: Any) -> bool:
    return isinstance(obj, dict) and any(k in obj for k in ("title", "abstract", "text"))


# ----------------------------------------------------------------------------------------------
def sniff_jsonl(head: str, path: Path) -> bool:
    """JSON objects one per line, the first with a ``title``, ``abstract`` or ``text``."""
    lines = [ln for ln in head.splitlines() if ln.strip()]
    return bool(lines) and lines[0].lstrip("\ufeff").startswith("{") and _has_fields(first_json_line(head)) and (
        len(lines) == 1 or lines[1].lstrip().startswith("{"))


@readers.register("jsonl", extensions=(".jsonl", ".ndjson"), sniff=sniff_jsonl, priority=0,
                  description="generic records, one JSON object per line (schemas/record.schema.json)")
def read_jsonl(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of a JSON Lines file, lazily, each with its line number."""
    for number, obj in iter_json_lines(path):
        if isinstance(obj, RecordError):
            yield obj
            continue
        yield record_from_mapping(obj, path=path, line=number, format="jsonl")


# ----------------------------------------------------------------------------------------------
def sniff_json(head: str, path: Path) -> bool:
    """A JSON array of (or a single) object with paperkg field names."""
    text = head.lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return bool(re.match(r"\[\s*\{", text)) and bool(re.search(r'"(?:title|abstract|text)"\s*:', text[:4096]))
    if text.startswith("{"):
        return bool(re.search(r'"(?:title|abstract|text)"\s*:', text[:4096])) and not sniff_jsonl(head, path)
    return False


@readers.register("json", extensions=(".json",), sniff=sniff_json, priority=0,
                  description="generic records: a JSON array of objects, {\"records\": [...]}, or one object")
def read_json(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of a JSON document; each carries the line its object starts on.

    A ``.json`` file that holds JSON Lines is read as JSON Lines.
    """
    text, _ = open_text(path)
    body = text.lstrip()
    if body.startswith("["):
        for number, obj in iter_json_array(text, path):
            yield _item(obj, path, number)
        return
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":
            yield from read_jsonl(path)
            return
        yield RecordError(Errors.E004.format(path=path, line=err.lineno, detail=f"{err.msg} at column {err.colno}"),
                          path=str(path), line=err.lineno)
        return
    if isinstance(doc, dict) and isinstance(doc.get("records"), list):
        for index, obj in enumerate(doc["records"], start=1):
            yield _item(obj, path, index)
    elif isinstance(doc, dict):
        yield _item(doc, path, 1)
    else:
        yield RecordError(Errors.E102.format(path=path, what="the JSON document",
                                             expected="an object, an array of objects or {\"records\": [...]}"),
                          path=str(path))


def _item(obj: Any, path: Path, number: int) -> PaperRecord | RecordError:
    if isinstance(obj, RecordError):
        return obj
    if not isinstance(obj, dict):
        return RecordError(Errors.E005.format(path=path, line=number, got=type(obj).__name__), path=str(path), line=number)
    return record_from_mapping(obj, path=path, line=number, format="json")


# ----------------------------------------------------------------------------------------------
def _header_fields(head: str, delimiter: str) -> list[str]:
    lines = head.lstrip("\ufeff").splitlines()
    if not lines or "\x00" in lines[0]:
        return []
    return [f.strip() for f in next(csv.reader([lines[0]], delimiter=delimiter), [])]


def _sniff_delimited(head: str, delimiter: str) -> bool:
    # Field names exactly as in the schema (lower case): vendor exports with "Title" or
    # "Source title" columns belong to their own readers.
    fields = _header_fields(head, delimiter)
    return len(fields) >= 2 and bool(set(fields) & {"title", "abstract", "text"})


def sniff_csv(head: str, path: Path) -> bool:
    """A comma-separated header naming paperkg fields (``title``, ``abstract`` ...)."""
    return _sniff_delimited(head, ",")


def sniff_tsv(head: str, path: Path) -> bool:
    """A tab-separated header naming paperkg fields."""
    return _sniff_delimited(head, "\t")


def read_delimited(path: Path, *, delimiter: str, format: str) -> Iterator[PaperRecord | RecordError]:
    """Records of a CSV/TSV file whose header names the fields; rows are numbered by their first line."""
    text, _ = open_text(path)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    try:
        header = next(reader)
    except StopIteration:
        yield RecordError(Errors.E007.format(path=path), path=str(path))
        return
    names = [h.strip().lower() for h in header]
    for item in iter_csv_cells(reader, names, path):
        if isinstance(item, RecordError):
            yield item
            continue
        line, cells = item
        obj = {k: v for k, v in cells.items() if k in FIELDS and v.strip()}
        yield record_from_mapping(obj, path=path, line=line, format=format)


@readers.register("csv", extensions=(".csv",), sniff=sniff_csv, priority=0,
                  description="generic records, comma-separated with a header of paperkg field names")
def read_csv(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of a CSV file (authors joined by ``;`` or ``|``)."""
    return read_delimited(path, delimiter=",", format="csv")


@readers.register("tsv", extensions=(".tsv", ".tab"), sniff=sniff_tsv, priority=0,
                  description="generic records, tab-separated with a header of paperkg field names")
def read_tsv(path: Path) -> Iterator[PaperRecord | RecordError]:
    """Records of a TSV file (authors joined by ``;`` or ``|``)."""
    return read_delimited(path, delimiter="\t", format="tsv")
