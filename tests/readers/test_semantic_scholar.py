"""semantic-scholar: Graph API objects, batch arrays with nulls, the old S2 corpus JSONL."""

from __future__ import annotations

import json
from pathlib import Path

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.semantic_scholar import read_semantic_scholar

S2 = Path(__file__).parent.parent / "data" / "formats" / "semantic-scholar"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


def test_semantic_scholar_paper_object():
    (rec,) = list(read_semantic_scholar(S2 / "Paper.json"))  # citations/references are links, not records
    assert rec.title == "Computing Machinery and Intelligence"
    assert rec.id == "doi:10.1093/mind/lix.236.433"  # DOI lower-cased
    assert rec.authors == ("A. Turing",) and rec.date == "1950-10-01"
    assert ("s2", "2d5673caa9e6af3a7b82a43f19ee920992db07ad") in rec.extra
    assert "“Can machines think?”♣" in rec.abstract  # \uXXXX escapes decoded


def test_semantic_scholar_null_values_paper_is_e006():
    (err,) = list(read_semantic_scholar(S2 / "PaperWithNullValues.json"))
    assert isinstance(err, RecordError) and "[E006]" in str(err)


def test_semantic_scholar_batch_keeps_positions():
    records, errors = _split(list(read_semantic_scholar(S2 / "test_get_papers_return_not_found.response.json")))
    assert len(records) == 3
    assert [r.line for r in records] == [2, 3, 4]  # positions in the request
    (err,) = errors
    assert "[E104]" in str(err) and "record 1" in str(err)
    assert records[0].title == "How Much Should We Trust Differences-in-Differences Estimates?"


def test_semantic_scholar_corpus_jsonl():
    records, errors = _split(list(read_semantic_scholar(S2 / "test.jsonl")))
    assert len(records) == 100 and errors == []
    assert sum("no_abstract" in r.flags for r in records) == 39
    assert records[0].title.startswith("熱帯地域における農業振興と環境保全")
    assert records[0].authors == ("佐藤 正仁", "大野 芳和") and records[0].date == "1993"
    assert [r.line for r in records[:3]] == [1, 2, 3]


def test_semantic_scholar_search_page(tmp_path):
    page = {"total": 2, "offset": 0, "data": [{"paperId": "a" * 40, "title": "One", "abstract": None},
                                               {"paperId": "b" * 40, "title": "Two", "abstract": "Text.",
                                                "externalIds": {"ArXiv": "2106.09685"}}]}
    path = tmp_path / "search.json"
    path.write_text(json.dumps(page, indent=2), encoding="utf-8")
    records = list(read_semantic_scholar(path))
    assert [r.title for r in records] == ["One", "Two"]
    assert records[0].flags == ("no_abstract",) and records[1].id == "arxiv:2106.09685"


def test_semantic_scholar_detection_and_report():
    report = ReadReport()
    records = list(read_records([S2 / "Paper.json", S2 / "PaperWithNullValues.json", S2 / "test.jsonl",
                                 S2 / "test_get_papers_return_not_found.response.json"], report=report))
    assert report.formats == {"semantic-scholar": 4}
    assert len(records) == 104 and len(report.skipped) == 2


def test_semantic_scholar_cassette_yaml_is_not_claimed():
    import pytest

    with pytest.raises(RecordError, match=r"\[E002\]"):
        detect_format(S2 / "test_get_papers_return_not_found.yaml")


def test_semantic_scholar_abstract_boilerplate_stripped():
    """Publisher notices and glued "Abstract" headings in S2 abstracts go, as in the other readers."""
    path = Path(__file__).parent.parent / "data" / "formats" / "semantic-scholar" / "test.jsonl"
    by_id = {r.id: r.abstract for r in read_semantic_scholar(path)}
    assert by_id["doi:10.1115/gt2010-22974"].endswith("LCOE penalty for CCS costs are explored.")  # ".Copyright © 2010 by ASME"
    assert by_id["doi:10.1002/pon.3954"].endswith("future interventions for CRC survivors.")  # "Copyright © 2015 John Wiley"
    assert by_id["doi:10.1002/asi.v57:9"].endswith("the validity of the proposed scenario.")  # "© 2006 Wiley Periodicals"
    assert by_id["doi:10.1603/me10071"].startswith("Male reproductive success")  # "ABSTRACT Male ..."
    assert by_id["doi:10.1016/s0346-251x(00)00009-9"].startswith("This study investigated")  # "Abstract This study ..."
