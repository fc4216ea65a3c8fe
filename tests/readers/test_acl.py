"""acl-anthology: collection XML with <fixed-case>, Anthology ids, truncated files."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.acl import anthology_id, read_acl

ACL = Path(__file__).parent.parent / "data" / "formats" / "acl-anthology-xml" / "2022.acl.xml"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


def test_acl_real_file_counts_and_ids():
    records, errors = _split(list(read_acl(ACL)))
    assert errors == [] and len(records) == 6  # <frontmatter> is not a paper
    assert [dict(r.extra)["acl"] for r in records] == [f"2022.acl-long.{n}" for n in range(1, 7)]
    assert [r.line for r in records] == [20, 33, 45, 59, 74, 88]  # the line of each <paper>
    assert all(r.abstract and r.format == "acl-anthology" for r in records)


def test_acl_fields():
    first, *_ = read_acl(ACL)
    assert first.title == "AdapLeR: Speeding up Inference by Adaptive Length Reduction"  # <fixed-case> removed
    assert first.authors == ("Ali Modarressi", "Hosein Mohebbi", "Mohammad Taher Pilehvar")
    assert first.doi == "10.18653/v1/2022.acl-long.1" and first.id == "doi:10.18653/v1/2022.acl-long.1"
    assert first.date == "2022-05" and first.url == "https://aclanthology.org/2022.acl-long.1"
    assert first.venue == ("Proceedings of the 60th Annual Meeting of the Association for Computational "
                           "Linguistics (Volume 1: Long Papers)")


def test_acl_fixed_case_diacritics_and_curly_quotes():
    by_id = {dict(r.extra)["acl"]: r for r in read_acl(ACL)}
    assert by_id["2022.acl-long.4"].title.startswith("AlephBERT: Language Model Pre-training")
    assert "Răzvan-Alexandru Smădu" in by_id["2022.acl-long.6"].authors
    assert any("“what the annualized rate of re" in r.abstract for r in by_id.values())


def test_acl_tex_math_and_url_in_abstract(tmp_path):
    path = tmp_path / "c.xml"
    path.write_text('<collection id="2023.x"><volume id="main"><meta><year>2023</year></meta><paper id="7">'
                    "<title>Gains of <fixed-case>NLP</fixed-case></title><abstract>We get <tex-math>\\alpha</tex-math>"
                    " at <url>https://x.org</url>.</abstract></paper></volume></collection>")
    (rec,) = read_acl(path)
    assert rec.title == "Gains of NLP" and rec.abstract == "We get $\\alpha$ at https://x.org."
    assert dict(rec.extra)["acl"] == "2023.x-main.7" and rec.date == "2023"


def test_acl_paper_without_abstract_is_kept_and_flagged(tmp_path):
    path = tmp_path / "c.xml"
    path.write_text('<collection id="P18"><volume id="1"><paper id="1"><title>Only a title</title></paper>'
                    "</volume></collection>")
    (rec,) = read_acl(path)
    assert "no_abstract" in rec.flags and dict(rec.extra)["acl"] == "P18-1001"


def test_acl_truncated_file_keeps_complete_papers(tmp_path):
    text = ACL.read_text(encoding="utf-8")
    path = tmp_path / "cut.xml"
    path.write_text(text[: text.index('<paper id="3">') + 200], encoding="utf-8")
    records, errors = _split(list(read_acl(path)))
    assert len(records) == 2 and len(errors) == 1
    assert "[E152]" in str(errors[0]) and "after 2 complete record" in str(errors[0]) and errors[0].line >= 45


def test_acl_other_root_is_an_error(tmp_path):
    path = tmp_path / "x.xml"
    path.write_text("<volume id='x'/>")
    (err,) = read_acl(path)
    assert isinstance(err, RecordError) and "[E153]" in str(err) and "<collection>" in str(err)


@pytest.mark.parametrize("collection,volume,paper,expected", [
    ("2022.acl", "long", "1", "2022.acl-long.1"),  # new-style ids
    ("2020.emnlp", "main", "123", "2020.emnlp-main.123"),
    ("P18", "1", "1", "P18-1001"),  # old-style ids pad the paper number
    ("W16", "55", "2", "W16-5502"),
])
def test_acl_anthology_id(collection, volume, paper, expected):
    assert anthology_id(collection, volume, paper) == expected


def test_acl_detected_plain_and_gzipped(tmp_path):
    assert detect_format(ACL) == "acl-anthology"
    gz = tmp_path / "2022.acl.xml.gz"
    gz.write_bytes(gzip.compress(ACL.read_bytes()))
    assert detect_format(gz) == "acl-anthology"
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == 6 and report.skipped == []
