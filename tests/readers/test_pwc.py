"""pwc: Papers with Code API paper list / paper object; list responses that hold no papers are errors."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.pwc import read_pwc

PWC = Path(__file__).parent.parent / "data" / "formats" / "papers-with-code"
LIST = PWC / "paper_list_response.json"
GET = PWC / "paper_get_response.json"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


def test_pwc_paper_list():
    records, errors = _split(list(read_pwc(LIST)))
    assert errors == [] and len(records) == 50
    assert all(r.abstract and r.format == "pwc" for r in records)
    assert sum(r.arxiv_id is None for r in records) == 6
    assert [r.line for r in records[:3]] == [1, 2, 3]  # position in "results"
    first = records[0]
    assert dict(first.extra)["pwc"] == "neural-networks-and-physical-systems-with" and first.date == "1982-01-15"
    assert first.id.startswith("title:")  # no arXiv id, no DOI: the title decides


def test_pwc_paper_get():
    (rec,) = read_pwc(GET)
    assert rec.id == "arxiv:1406.2661" and rec.arxiv_id == "1406.2661"
    assert dict(rec.extra) == {"pwc": "generative-adversarial-networks"}
    assert rec.title == "Generative Adversarial Networks" and rec.date == "2014-06-10"
    assert rec.authors[0] == "Ian J. Goodfellow" and rec.url == "https://arxiv.org/abs/1406.2661v1"


@pytest.mark.parametrize("name,needle", [
    ("paper_method_list_response.json", "methods (GET /papers/{id}/methods/)"),
    ("paper_result_list.json", "evaluation results (GET /papers/{id}/results/)"),
    ("paper_task_list_response.json", "the page is empty"),
])
def test_pwc_responses_without_papers_are_errors(name, needle):
    path = PWC / name
    records, errors = _split(list(read_pwc(path)))
    assert records == [] and len(errors) == 1
    assert "[E160]" in str(errors[0]) and needle in str(errors[0]) and str(path) in str(errors[0])
    report = ReadReport()
    assert list(read_records([path], report=report)) == [] and len(report.skipped) == 1


def test_pwc_dump_layout_and_arxiv_from_url(tmp_path):
    # papers-with-abstracts.json, written from the documented schema (no real sample exists)
    dump = [{"paper_url": "https://paperswithcode.com/paper/attention-is-all-you-need", "arxiv_id": None,
             "title": "Attention Is All You Need", "abstract": "The dominant models ...",
             "url_abs": "http://arxiv.org/abs/1706.03762v5", "url_pdf": "http://arxiv.org/pdf/1706.03762v5.pdf",
             "authors": ["Ashish Vaswani"], "date": "2017-06-12", "tasks": ["Machine Translation"], "methods": []}]
    path = tmp_path / "papers-with-abstracts.json"
    path.write_text(json.dumps(dump))
    (rec,) = read_pwc(path)
    assert rec.arxiv_id == "1706.03762" and dict(rec.extra)["pwc"] == "attention-is-all-you-need"
    assert rec.date == "2017-06-12"


def test_pwc_list_item_that_is_not_a_paper(tmp_path):
    page = json.loads(LIST.read_text())
    page["results"] = page["results"][:2] + [{"id": "x", "name": "Task"}]
    path = tmp_path / "page.json"
    path.write_text(json.dumps(page))
    records, errors = _split(list(read_pwc(path)))
    assert len(records) == 2 and "[E154]" in str(errors[0]) and errors[0].line == 3


def test_pwc_truncated_json(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text(LIST.read_text()[:3000])
    (err,) = read_pwc(path)
    assert isinstance(err, RecordError) and "[E004]" in str(err) and err.line is not None


@pytest.mark.parametrize("path", sorted(PWC.iterdir()))
def test_pwc_detected_plain_and_gzipped(tmp_path, path):
    assert detect_format(path) == "pwc"
    gz = tmp_path / (path.name + ".gz")
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert detect_format(gz) == "pwc"


def test_pwc_strict_makes_a_response_without_papers_fatal():
    with pytest.raises(RecordError, match=r"\[E160\]"):
        list(read_records([PWC / "paper_method_list_response.json"], strict=True))
