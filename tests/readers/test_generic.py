"""Generic jsonl/json/csv/tsv records checked against schemas/record.schema.json."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.generic import read_csv, read_json, read_jsonl, read_tsv, record_validator, validate_record

FULL = {"id": "r1", "title": "LoRA: Low-Rank Adaptation of Large Language Models",
        "abstract": "We propose Low-Rank Adaptation, or LoRA.", "authors": ["Edward J. Hu", "Yelong Shen"],
        "date": "2021-06-17", "doi": "10.48550/ARXIV.2106.09685", "arxiv_id": "2106.09685v2",
        "url": "https://arxiv.org/abs/2106.09685", "venue": "ICLR 2022"}


def _jsonl(tmp_path: Path, rows: list, name: str = "records.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in rows), encoding="utf-8")
    return path


def test_generic_schema_is_valid_draft_2020_12():
    assert record_validator().schema["$schema"].endswith("2020-12/schema")


def test_generic_jsonl_all_fields(tmp_path):
    (rec,) = list(read_jsonl(_jsonl(tmp_path, [FULL])))
    assert rec.id == "arxiv:2106.09685"
    assert rec.arxiv_id == "2106.09685"  # version dropped
    assert rec.doi == "10.48550/arxiv.2106.09685"  # lower-cased
    assert rec.authors == ("Edward J. Hu", "Yelong Shen")
    assert rec.date == "2021-06-17"
    assert rec.venue == "ICLR 2022"
    assert rec.url == "https://arxiv.org/abs/2106.09685"
    assert ("input_id", "r1") in rec.extra
    assert rec.line == 1 and rec.format == "jsonl"


def test_generic_text_field_is_an_abstract_without_title(tmp_path):
    (rec,) = list(read_jsonl(_jsonl(tmp_path, [{"id": "doc-7", "text": "BLIP-2 outperforms Flamingo80B."}])))
    assert rec.title == "" and rec.abstract == "BLIP-2 outperforms Flamingo80B."
    assert rec.flags == ("no_title",)
    assert ("input_id", "doc-7") in rec.extra


@pytest.mark.parametrize("record,where", [
    ({"title": 3}, "title"),  # wrong type
    ({"title": "T", "authors": [1, 2]}, "authors"),  # authors must be strings
    ({"title": "T", "date": "June 2020"}, "date"),  # not ISO
])
def test_generic_schema_violation_is_e100_with_line(tmp_path, record, where):
    path = _jsonl(tmp_path, [FULL, record, FULL])
    items = list(read_jsonl(path))
    assert isinstance(items[1], RecordError)
    assert "[E100]" in str(items[1]) and f"{path}:2" in str(items[1]) and where in str(items[1])
    assert not isinstance(items[0], RecordError) and not isinstance(items[2], RecordError)


@pytest.mark.parametrize("record,expected", [
    ({"title": "T"}, None),
    ({"title": "T", "authors": "A; B", "date": 2020}, None),
    ({"title": 3}, "title: 3 is not of type 'string', 'null'"),
])
def test_generic_validate_record(record, expected):
    assert validate_record(record) == expected


def test_generic_jsonl_is_lazy(tmp_path):
    path = _jsonl(tmp_path, [FULL])
    items = read_jsonl(path)
    assert next(items).line == 1
    with path.open("a", encoding="utf-8") as fh:  # a line added after reading began is still seen
        fh.write(json.dumps({"title": "Appended later"}) + "\n")
    assert next(items).title == "Appended later"


def test_generic_json_array_lines(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([FULL, {"title": "Second paper"}], indent=2), encoding="utf-8")
    records = list(read_json(path))
    assert [r.title for r in records] == [FULL["title"], "Second paper"]
    assert records[0].line == 2 and records[1].line > records[0].line  # the line each object starts on


def test_generic_json_records_wrapper_and_single_object(tmp_path):
    wrapped = tmp_path / "wrapped.json"
    wrapped.write_text(json.dumps({"records": [FULL, FULL]}), encoding="utf-8")
    single = tmp_path / "single.json"
    single.write_text(json.dumps(FULL), encoding="utf-8")
    assert len(list(read_json(wrapped))) == 2
    assert len(list(read_json(single))) == 1


def test_generic_json_holding_json_lines_is_read_as_lines(tmp_path):
    path = _jsonl(tmp_path, [FULL, {"title": "B"}], name="lines.json")
    assert [r.line for r in read_json(path)] == [1, 2]


def test_generic_csv_rows_and_authors(tmp_path):
    path = tmp_path / "records.csv"
    path.write_text('id,title,abstract,authors,date\n1,"A, title","An ""abstract""",Ann A|Bob B,2020-01\n'
                    '2,"Multi\nline title",text,,\n', encoding="utf-8")
    records = list(read_csv(path))
    assert [(r.title, r.line) for r in records] == [("A, title", 2), ("Multi line title", 3)]
    assert records[0].abstract == 'An "abstract"'
    assert records[0].authors == ("Ann A", "Bob B") and records[0].date == "2020-01"


def test_generic_csv_extra_columns_is_e010(tmp_path):
    path = tmp_path / "records.csv"
    path.write_text("id,title,abstract\n1,A,B\n2,C,D,surplus\n3,E,F\n", encoding="utf-8")
    items = list(read_csv(path))
    assert "[E010]" in str(items[1]) and f"{path}:3" in str(items[1])
    assert [i.title for i in items if not isinstance(i, RecordError)] == ["A", "E"]


def test_generic_tsv(tmp_path):
    path = tmp_path / "records.tsv"
    path.write_text("title\tabstract\nA paper\tIts abstract, with commas.\n", encoding="utf-8")
    (rec,) = list(read_tsv(path))
    assert rec.abstract == "Its abstract, with commas." and rec.format == "tsv"


@pytest.mark.parametrize("name,content,expected", [
    ("a.jsonl", json.dumps(FULL) + "\n" + json.dumps(FULL) + "\n", "jsonl"),
    ("a.json", json.dumps([FULL], indent=1), "json"),
    ("a.csv", "title,abstract\nA,B\n", "csv"),
    ("a.tsv", "title\tabstract\nA\tB\n", "tsv"),
    ("a.data", json.dumps(FULL) + "\n" + json.dumps(FULL) + "\n", "jsonl"),  # content, not extension
])
def test_generic_detection(tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert detect_format(path) == expected


def test_generic_latex_is_cleaned(tmp_path):
    path = _jsonl(tmp_path, [{"title": r"Calculation of $\Lambda_{\alpha}$", "abstract": r"By C. Bal\'azs, 12.9% \emph{better}.",
                              "authors": [r"C. Bal\'azs"]}])
    (rec,) = list(read_jsonl(path))
    assert rec.title == "Calculation of $Λ_{α}$"
    assert rec.abstract == "By C. Balázs, 12.9% better."
    assert rec.authors == ("C. Balázs",)


def test_generic_report_counts(tmp_path):
    path = _jsonl(tmp_path, [FULL, "{broken", {"title": "B"}])
    report = ReadReport()
    records = list(read_records([path], report=report))
    assert len(records) == 2 and report.records == 2 and len(report.skipped) == 1
    assert report.skipped[0]["line"] == 2


def _records(tmp_path, rows, name):
    return list(read_jsonl(_jsonl(tmp_path, rows, name=name)))


def test_generic_merge_same_id_keeps_sources(tmp_path):
    from kg.readers import merge_records

    a = _records(tmp_path, [FULL], "a.jsonl")
    b = _records(tmp_path, [FULL | {"abstract": FULL["abstract"] + " Longer copy."}], "b.jsonl")
    (rec,) = merge_records(a + b)
    assert rec.abstract.endswith("Longer copy.")  # the longer abstract wins
    assert rec.sources == (f"{tmp_path / 'a.jsonl'}:1", f"{tmp_path / 'b.jsonl'}:1")


def test_generic_merge_listing_title_joins_arxiv_record(tmp_path):
    from kg.readers import merge_records

    listing = _records(tmp_path, [{"title": "LoRA:  low-rank ADAPTATION of Large Language Models", "abstract": "x"}],
                       "listing.jsonl")
    arxiv = _records(tmp_path, [{"arxiv_id": "2106.09685", "title": FULL["title"], "abstract": FULL["abstract"]}],
                     "arxiv.jsonl")
    (rec,) = merge_records(listing + arxiv)
    assert rec.id == "arxiv:2106.09685" and len(rec.sources) == 2


def test_generic_merge_doi_record_joins_arxiv_record(tmp_path):
    from kg.readers import merge_records

    crossref_like = _records(tmp_path, [{"doi": "10.1000/ABC", "title": "Other wording", "abstract": "y"}], "c.jsonl")
    arxiv = _records(tmp_path, [{"arxiv_id": "2106.09685", "doi": "10.1000/abc", "title": "T", "abstract": "z"}],
                     "a.jsonl")
    arxiv_doi = _records(tmp_path, [{"doi": "https://doi.org/10.48550/arXiv.2106.09685", "title": "T2"}], "d.jsonl")
    (rec,) = merge_records(crossref_like + arxiv + arxiv_doi)
    assert rec.id == "arxiv:2106.09685" and len(rec.sources) == 3


def test_generic_merge_ambiguous_title_is_left_alone(tmp_path):
    from kg.readers import merge_records

    rows = [{"arxiv_id": "2101.00001", "title": "Survey"}, {"arxiv_id": "2101.00002", "title": "Survey"}]
    listing = _records(tmp_path, [{"title": "Survey", "abstract": "x"}], "l.jsonl")
    merged = merge_records(_records(tmp_path, rows, "a.jsonl") + listing)
    assert len(merged) == 3


def test_generic_extract_style_text_is_kept_verbatim(tmp_path):
    """Extract-style input is scored against the caller's own text: offsets must index it unchanged."""
    text = "BLIP-2  outperforms\nFlamingo80B by 8.7% on $\\alpha$."
    (rec,) = list(read_jsonl(_jsonl(tmp_path, [{"id": "doc-1", "text": text}])))
    assert rec.text == text and ("input_id", "doc-1") in rec.extra
