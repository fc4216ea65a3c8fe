"""Hostile inputs: every valid record is kept, every bad one is named by file and line."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, read_records
from kg.readers._common import iter_lines

GOOD = {"title": "A good paper", "abstract": "It has an abstract."}


def _read(paths, **kwargs):
    report = ReadReport()
    records = list(read_records(paths, report=report, **kwargs))
    return records, report


def _jsonl(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    path.write_bytes("".join(line + "\n" for line in lines).encode(encoding))
    return path


def test_hostile_truncated_json_line(tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD), '{"title": "Cut", "abstr', json.dumps(GOOD)])
    records, report = _read([path])
    assert len(records) == 2
    (skip,) = report.skipped
    assert skip["message"].startswith(f"[E004] {path}:2: invalid JSON")
    assert skip["line"] == 2


def test_hostile_truncated_json_array_keeps_earlier_items(tmp_path):
    path = tmp_path / "r.json"
    path.write_text('[\n{"title": "One"},\n{"title": "Two"},\n{"title": "Thr', encoding="utf-8")
    records, report = _read([path])
    assert [r.title for r in records] == ["One", "Two"]
    assert "[E004]" in report.skipped[0]["message"] and report.skipped[0]["line"] == 4


def test_hostile_latin1_file(tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps({"title": "Café au lait", "abstract": "Señor."}, ensure_ascii=False)],
                  encoding="latin-1")
    records, report = _read([path])
    assert records[0].title == "Café au lait" and records[0].abstract == "Señor."
    assert any("[W003]" in w for w in report.warnings)


def test_hostile_latin1_csv(tmp_path):
    path = tmp_path / "r.csv"
    path.write_bytes("title,abstract\nNaïve Bayes,Très bien.\n".encode("latin-1"))
    records, _ = _read([path])
    assert records[0].title == "Naïve Bayes"


@pytest.mark.parametrize("name,content", [
    ("r.jsonl", json.dumps(GOOD) + "\n"),
    ("r.csv", "title,abstract\nA good paper,It has an abstract.\n"),
    ("r.json", json.dumps([GOOD])),
])
def test_hostile_utf8_bom(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(b"\xef\xbb\xbf" + content.encode("utf-8"))
    records, report = _read([path])
    assert [r.title for r in records] == ["A good paper"]
    assert report.skipped == [] and report.warnings == []


def test_hostile_csv_extra_columns(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("title,abstract\nA,B\n\"C\",D,E\nF,G\n", encoding="utf-8")
    records, report = _read([path])
    assert [r.title for r in records] == ["A", "F"]
    assert report.skipped[0]["message"].startswith(f"[E010] {path}:3: CSV row has 3 fields but the header has 2")


def test_hostile_empty_file(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_bytes(b"")
    records, report = _read([path])
    assert records == [] and "[E007]" in report.skipped[0]["message"]
    with pytest.raises(RecordError, match=r"\[E007\]"):
        _read([path], strict=True)


def test_hostile_whitespace_only_file(tmp_path):
    path = tmp_path / "blank.txt"
    path.write_text("\n\n   \n", encoding="utf-8")
    _, report = _read([path])
    assert "[E007]" in report.skipped[0]["message"]


@pytest.mark.parametrize("record,flag", [
    ({"title": "Only a title"}, "no_abstract"),
    ({"abstract": "Only an abstract, no title."}, "no_title"),
    ({"title": "Null abstract", "abstract": None}, "no_abstract"),
])
def test_hostile_missing_title_or_abstract_is_kept_and_flagged(tmp_path, record, flag):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(record)])
    records, report = _read([path])
    assert records[0].flags == (flag,)
    assert report.flags == {flag: 1}


def test_hostile_neither_title_nor_abstract_is_e006(tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps({"id": "x", "title": "  "}), json.dumps(GOOD)])
    records, report = _read([path])
    assert len(records) == 1
    assert report.skipped[0]["message"].startswith(f"[E006] {path}:1:")



@pytest.mark.parametrize("record", [{"text": "   "}, {"id": "d", "text": "\n\n"}, {"text": "%%% !!! ..."},
                                    {"title": "?!", "abstract": "--"}])
def test_hostile_record_without_words_is_e017_not_a_crash(tmp_path, record):
    # plain {"id", "text"} lines keep their text as given, so whitespace or punctuation alone reached the
    # id function, which raised ValueError out of `paperkg extract`
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(record), json.dumps(GOOD)])
    records, report = _read([path])
    assert len(records) == 1
    assert report.skipped[0]["message"].startswith(f"[E017] {path}:1:")


def test_hostile_punctuation_title_with_an_abstract_is_kept(tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps({"title": "?!", "abstract": "We propose LoRA-X for GSM8K."})])
    records, report = _read([path])
    assert len(records) == 1 and not report.skipped
    assert records[0].title == "?!" and records[0].id.startswith("title:")

def _write_long_line(path: Path, size: int) -> None:
    """One JSON record whose abstract makes the line ``size`` bytes, then a normal record."""
    head = '{"title": "Huge", "abstract": "'
    tail = '"}\n'
    chunk = "word " * 200_000  # 1 MB
    remaining = size - len(head) - len(tail)
    with path.open("w", encoding="utf-8") as fh:
        fh.write(head)
        while remaining > 0:
            piece = chunk[:remaining]
            fh.write(piece)
            remaining -= len(piece)
        fh.write(tail)
        fh.write(json.dumps(GOOD) + "\n")


def test_hostile_50mb_line_over_limit_is_skipped_in_bounded_memory(tmp_path):
    path = tmp_path / "huge.jsonl"
    _write_long_line(path, 50 * 1024 * 1024)
    tracemalloc.start()
    try:
        items = list(iter_lines(path, max_bytes=1024 * 1024))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (number, err), (number2, text) = items
    assert isinstance(err, RecordError) and number == 1 and "[E015]" in str(err) and "line 1" in str(err)
    assert number2 == 2 and json.loads(text) == GOOD
    assert peak < 8 * 1024 * 1024  # never holds the 50 MB line


def test_hostile_50mb_line_under_default_limit_is_read(tmp_path):
    path = tmp_path / "huge.jsonl"
    _write_long_line(path, 50 * 1024 * 1024)
    records, report = _read([path])
    assert [r.title for r in records] == ["Huge", "A good paper"]
    assert len(records[0].abstract) > 49 * 1024 * 1024 and report.skipped == []


def test_hostile_50mb_line_without_newline_in_a_listing(tmp_path):
    path = tmp_path / "listing.txt"
    path.write_bytes(b"x" * (50 * 1024 * 1024))
    records, report = _read([path], format="hf-listing")
    (record,) = records  # read, not hung: one untitled "abstract", flagged
    assert record.flags == ("no_title",) and len(record.abstract) == 50 * 1024 * 1024
    assert report.skipped == []


def test_hostile_binary_file(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40)
    records, report = _read([path])
    assert records == [] and "[E009]" in report.skipped[0]["message"]
    with pytest.raises(RecordError, match=r"\[E009\]"):
        _read([path], strict=True)


def test_hostile_binary_file_with_forced_format(tmp_path):
    path = tmp_path / "blob.jsonl"
    path.write_bytes(b"\x00\x01\x02" * 1000 + b"\n" + json.dumps(GOOD).encode() + b"\n")
    records, report = _read([path], format="jsonl")
    assert [r.title for r in records] == ["A good paper"]
    assert "[E009]" in report.skipped[0]["message"]


def test_hostile_missing_path(tmp_path):
    missing = tmp_path / "nope.jsonl"
    records, report = _read([missing])
    assert records == [] and report.skipped[0]["message"].startswith(f"[E001] {missing}: no such file")
    with pytest.raises(RecordError, match=r"\[E001\]"):
        _read([missing], strict=True)


def test_hostile_strict_stops_at_first_bad_record(tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD), "{bad", json.dumps({"title": 5})])
    seen = []
    with pytest.raises(RecordError, match=r"\[E004\].*r\.jsonl:2"):
        for record in read_records([path], strict=True):
            seen.append(record)
    assert len(seen) == 1


def test_hostile_gzip_input(tmp_path):
    path = tmp_path / "r.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps(GOOD) + "\n").encode()))
    records, report = _read([path])
    assert report.formats == {"jsonl": 1} and records[0].title == "A good paper"


def test_hostile_malformed_xml(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_text('<?xml version="1.0"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><id>http://arxiv.org/api/x</id>'
                    "<entry><title>Cut", encoding="utf-8")
    records, report = _read([path])
    assert records == [] and "[E011]" in report.skipped[0]["message"] and str(path) in report.skipped[0]["message"]


def test_hostile_xml_external_entity_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    path = tmp_path / "oai.xml"
    path.write_text(f'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file://{secret}">]>\n'
                    '<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords><record><metadata>'
                    '<arXiv xmlns="http://arxiv.org/OAI/arXiv/"><id>1234.5678</id><title>T &e;</title>'
                    "<abstract>A.</abstract></arXiv></metadata></record></ListRecords></OAI-PMH>", encoding="utf-8")
    records, _ = _read([path])
    assert all("TOPSECRET" not in r.title for r in records)
