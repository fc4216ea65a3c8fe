"""openalex: single work, search response, snapshot partition (lazy), web-UI CSV."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.openalex import read_openalex, rebuild_abstract

OPENALEX = Path(__file__).parent.parent / "data" / "formats" / "openalex"
SEARCH = OPENALEX / "works_search_biodiversity_page1.json"
WORK = OPENALEX / "W2741809807.json"
PARTITION = OPENALEX / "snapshot" / "works" / "updated_date=2023-05-16" / "part_000"
CSV = OPENALEX / "openalex_sample.csv"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


@pytest.mark.parametrize("index,expected", [
    ({"b": [1], "a": [0]}, "a b"),  # sorted on position, not on dict order
    ({"a": [0, 2], "b": [1]}, "a b a"),  # a word at several positions
    ({"a": [0], "c": [5]}, "a c"),  # gaps are skipped
    ({"Wiley": [0], "&amp;": [1], "Sons": [2]}, "Wiley & Sons"),  # HTML entities decoded
    ({}, ""),
    (None, ""),
])
def test_openalex_rebuild_abstract(index, expected):
    assert rebuild_abstract(index) == expected


def test_openalex_search_response_counts():
    records, errors = _split(list(read_openalex(SEARCH)))
    assert len(records) == 15 and errors == []
    assert sum(bool(r.abstract) for r in records) == 12
    assert sum("no_abstract" in r.flags for r in records) == 3


def test_openalex_search_gap_and_entity_works():
    by_id = {dict(r.extra)["openalex"]: r for r in read_openalex(SEARCH)}
    gapped = by_id["W336525366"]  # positions 3, 24, 70 ... missing in the index
    assert gapped.abstract.startswith("In recent years, organizations such as Conservation International (CI)")
    assert "  " not in gapped.abstract
    degradation = by_id["W2119164383"].abstract  # "Abstract Acknowledged ... Copyright © 2005 John Wiley & Sons, Ltd."
    assert degradation.startswith("Acknowledged by world leaders") and degradation.endswith("food insecurity.")


def test_openalex_single_work_fields():
    (rec,) = list(read_openalex(WORK))
    assert rec.id == "doi:10.7717/peerj.4375" and rec.doi == "10.7717/peerj.4375"
    assert rec.title.startswith("The state of OA: a large-scale analysis")
    assert rec.authors[:2] == ("Heather Piwowar", "Jason Priem")
    assert rec.date == "2018-02-13" and rec.venue == "PeerJ"
    assert ("openalex", "W2741809807") in rec.extra
    assert rec.abstract.startswith("Despite growing interest in Open Access (OA) to scholarly literature")


def test_openalex_snapshot_partition_rows():
    """27 rows, none with an abstract, 16 with no title: those are E006, the 11 others kept and flagged."""
    report = ReadReport()
    records = list(read_records([PARTITION], report=report))
    assert report.formats == {"openalex": 1}
    assert len(records) == 11 and len(report.skipped) == 16
    assert all(r.flags == ("no_abstract",) for r in records)
    assert all("[E006]" in s["message"] and f"{PARTITION}:" in s["message"] for s in report.skipped)
    assert records[0].line == 1 and records[0].title == "Manufacturers' Literature"
    assert report.flags == {"no_abstract": 11}


def test_openalex_snapshot_gzipped_partition(tmp_path):
    path = tmp_path / "part_000.gz"
    path.write_bytes(gzip.compress(PARTITION.read_bytes()))
    assert detect_format(path) == "openalex"
    assert len(_split(list(read_openalex(path)))[0]) == 11


def test_openalex_snapshot_is_lazy(tmp_path):
    lines = PARTITION.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "part_001"
    path.write_text(lines[0], encoding="utf-8")
    items = read_openalex(path)
    assert next(items).title == "Manufacturers' Literature"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(lines[3])
    assert next(items).title.startswith("Anderson Transition")


def test_openalex_csv_export():
    records, errors = _split(list(read_openalex(CSV)))
    assert len(records) == 8 and errors == []
    assert sum(bool(r.abstract) for r in records) == 5
    first = records[0]
    assert first.title == "bibliometrix : An R-tool for comprehensive science mapping analysis"
    assert first.authors == ("Massimo Aria", "Corrado Cuccurullo")  # "|"-joined column
    assert first.doi == "10.1016/j.joi.2017.08.007" and first.line == 2
    assert first.flags == ("no_abstract",)


def test_openalex_detection():
    for path in (SEARCH, WORK, PARTITION, CSV):
        assert detect_format(path) == "openalex"


def test_openalex_arxiv_location_gives_arxiv_id(tmp_path):
    work = {"id": "https://openalex.org/W1", "title": "T", "doi": None, "authorships": [],
            "locations": [{"landing_page_url": "https://arxiv.org/abs/2106.09685v2"}]}
    path = tmp_path / "w.json"
    path.write_text(json.dumps(work), encoding="utf-8")
    (rec,) = list(read_openalex(path))
    assert rec.id == "arxiv:2106.09685"


def test_openalex_unknown_json_is_e102(tmp_path):
    path = tmp_path / "w.json"
    path.write_text(json.dumps({"id": "https://openalex.org/A5", "display_name": "An author"}), encoding="utf-8")
    (err,) = list(read_openalex(path))
    assert "[E102]" in str(err)


def test_openalex_csv_malformed_row_is_reported_and_skipped(tmp_path):
    import csv

    from kg.readers import ReadReport, read_records

    rows = ['id,display_name,publication_date,abstract,doi',
            'https://openalex.org/W1,Good paper,2020-01-01,An abstract.,',
            'https://openalex.org/W2,Bad row,2020-01-01,' + "x" * 5000 + ',',  # over the field limit set below
            'https://openalex.org/W3,Another paper,2021-01-01,More text.,']
    path = tmp_path / "works.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    report = ReadReport()
    # csv's field limit is process-wide (another reader raises it): set it for this test only
    old_limit = csv.field_size_limit(1000)
    try:
        titles = [r.title for r in read_records([path], format="openalex", report=report)]
    finally:
        csv.field_size_limit(old_limit)
    assert "Good paper" in titles and "Another paper" in titles
    assert [s["line"] for s in report.skipped] == [3]
    assert "[E014]" in report.skipped[0]["message"]
