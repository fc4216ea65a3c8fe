"""crossref: work and work-list envelopes, JATS abstracts to plain text, errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.crossref import read_crossref, work_to_record

CROSSREF = Path(__file__).parent.parent / "data" / "formats" / "crossref"
CHEMCROW = CROSSREF / "test_bulk_doi_search.8.response.json"
BIORXIV = CROSSREF / "test_bulk_doi_search.6.response.json"
PNAS = CROSSREF / "test_doi_search_paper_attributes4.3.response.json"
WORK_LIST = CROSSREF / "test_bulk_title_search.0.response.json"
NO_ABSTRACT = CROSSREF / "test_bulk_doi_search.9.response.json"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


@pytest.mark.parametrize("path,doi,with_abstract", [
    (CHEMCROW, "10.1038/s42256-024-00832-8", True),
    (BIORXIV, "10.1101/2024.04.01.587366", True),
    (PNAS, "10.1073/pnas.1414271111", True),
    (WORK_LIST, "10.1093/jamiaopen/ooae021", True),  # message-type work-list, one item
    (NO_ABSTRACT, "10.1023/a:1007154515475", False),
])
def test_crossref_real_files_one_work_each(path, doi, with_abstract):
    records, errors = _split(list(read_crossref(path)))
    assert errors == [] and len(records) == 1
    rec = records[0]
    assert rec.doi == doi and rec.id == f"doi:{doi}"
    assert bool(rec.abstract) is with_abstract
    assert ("no_abstract" in rec.flags) is (not with_abstract)
    assert rec.source == str(path) and rec.line == 1 and rec.format == "crossref"


@pytest.mark.parametrize("path", sorted(CROSSREF.iterdir()))
def test_crossref_abstract_has_no_markup(path):
    for rec in read_crossref(path):
        assert "<" not in rec.abstract and "jats" not in rec.abstract
        assert "  " not in rec.abstract and rec.abstract == rec.abstract.strip()


@pytest.mark.parametrize("path,start", [
    (CHEMCROW, "Large language models (LLMs) have shown"),  # "<jats:title>Abstract</jats:title>" dropped
    (BIORXIV, "Understanding the effects of rare genetic variants"),  # "ABSTRACT" heading dropped
    (PNAS, "Significance: The inadequate mechanical properties"),  # a real section name stays, as a label
    (WORK_LIST, "Objective: To automate scientific claim verification using PubMed abstracts. Materials and Methods: We"),
])
def test_crossref_jats_headings(path, start):
    (rec,) = read_crossref(path)
    assert rec.abstract.startswith(start)


def test_crossref_structured_sections_become_labels():
    (rec,) = read_crossref(WORK_LIST)
    assert " Results: In the evaluation of label prediction accuracy" in rec.abstract
    assert " Conclusion: CliVER demonstrates" in rec.abstract
    assert "189 648 PubMed abstracts" in rec.abstract  # the no-break space became a space


def test_crossref_inline_tags_lost_spaces_restored():
    (rec,) = read_crossref(BIORXIV)
    # the deposit reads "targeting<jats:italic>SMARCB1</jats:italic>for"
    assert "pegRNAs targeting SMARCB1 for editing" in rec.abstract
    assert "variants in MLH1 via 6-thioguanine" in rec.abstract


def test_crossref_fields():
    (rec,) = read_crossref(CHEMCROW)
    assert rec.title == "Augmenting large language models with chemistry tools"
    assert rec.authors[:2] == ("Andres M. Bran", "Sam Cox")
    assert rec.date == "2024-05-08" and rec.venue == "Nature Machine Intelligence"
    assert rec.url == "https://doi.org/10.1038/s42256-024-00832-8"


def test_crossref_partial_date_and_posted_content_venue():
    (old,) = read_crossref(NO_ABSTRACT)
    assert old.date == "2001-02"  # date-parts [[2001, 2]]: no day
    (preprint,) = read_crossref(BIORXIV)
    assert preprint.venue == "bioRxiv"  # posted-content has no container-title


def test_crossref_bare_work_list_and_data_file_layouts(tmp_path):
    work = json.loads(CHEMCROW.read_text())["message"]
    for name, doc in [("bare.json", work), ("list.json", [work, work]), ("items.json", {"items": [work]})]:
        path = tmp_path / name
        path.write_text(json.dumps(doc))
        records, errors = _split(list(read_crossref(path)))
        assert errors == [] and records and all(r.doi == "10.1038/s42256-024-00832-8" for r in records)
    assert [r.line for r in read_crossref(tmp_path / "list.json")] == [1, 2]


@pytest.mark.parametrize("doc,needle", [
    ({"status": "failed", "message-type": "validation-failure",
      "message": [{"type": "parameter-not-allowed", "message": "This route does not support rowz"}]},
     "This route does not support rowz"),
    ({"status": "ok", "message-type": "member", "message": {"id": 78}}, "'member'"),
    ({"status": "ok", "message-type": "work-list", "message": {"total-results": 0}}, "without message.items"),
])
def test_crossref_non_work_response_is_an_error(tmp_path, doc, needle):
    path = tmp_path / "resp.json"
    path.write_text(json.dumps(doc))
    records, errors = _split(list(read_crossref(path)))
    assert records == [] and len(errors) == 1
    assert "[E150]" in str(errors[0]) and needle in str(errors[0]) and str(path) in str(errors[0])


def test_crossref_item_not_an_object_is_reported_with_its_position(tmp_path):
    work = json.loads(CHEMCROW.read_text())["message"]
    path = tmp_path / "list.json"
    path.write_text(json.dumps({"status": "ok", "message-type": "work-list", "message": {"items": [work, None, work]}}))
    records, errors = _split(list(read_crossref(path)))
    assert len(records) == 2 and len(errors) == 1
    assert "[E151]" in str(errors[0]) and errors[0].line == 2


def test_crossref_truncated_json_names_the_line(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(WORK_LIST.read_text()[:5000])
    records, errors = _split(list(read_crossref(path)))
    assert records == [] and len(errors) == 1
    assert "[E004]" in str(errors[0]) and errors[0].line is not None


def test_crossref_work_without_title_or_abstract_is_an_error():
    err = work_to_record({"DOI": "10.1/x"}, source="f.json", line=3)
    assert isinstance(err, RecordError) and "[E006]" in str(err) and "f.json:3" in str(err)


@pytest.mark.parametrize("path", sorted(CROSSREF.iterdir()))
def test_crossref_detected_plain_and_gzipped(tmp_path, path):
    assert detect_format(path) == "crossref"
    gz = tmp_path / (path.name + ".gz")
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert detect_format(gz) == "crossref"
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == 1 and report.skipped == []
