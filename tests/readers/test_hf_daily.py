"""hf-daily: the Hugging Face daily_papers API response."""

from __future__ import annotations

import json
from pathlib import Path

from kg.readers import detect_format, merge_records
from kg.readers.hf_daily import read_hf_daily

DAILY = Path(__file__).parent.parent / "data" / "formats" / "hf-daily-papers" / "daily_papers.json"


def test_hf_daily_records():
    records = list(read_hf_daily(DAILY))
    assert len(records) == 2
    first = records[0]
    assert first.id == "arxiv:2410.17243" and first.line == 1
    assert "\n" not in first.title and first.title.endswith("Scaling for Contrastive Loss")  # unwrapped
    assert first.abstract.startswith("Contrastive loss is a powerful approach")
    assert first.authors[:2] == ("Zesen Cheng", "Hang Zhang")
    assert first.date == "2024-10-22"


def test_hf_daily_detected():
    assert detect_format(DAILY) == "hf-daily"


def test_hf_daily_merges_with_arxiv_record(tmp_path):
    from kg.readers.generic import read_jsonl

    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"arxiv_id": "2410.17243v1", "title": "Other title", "abstract": "Short."}) + "\n")
    merged = merge_records(list(read_hf_daily(DAILY)) + list(read_jsonl(path)))
    assert len(merged) == 2
    assert len(merged[0].sources) == 2 or len(merged[1].sources) == 2


def test_hf_daily_bare_paper_object(tmp_path):
    path = tmp_path / "paper.json"
    path.write_text(json.dumps({"id": "2410.16251", "title": "T", "summary": "S.", "authors": [{"name": "A"}]}))
    (rec,) = list(read_hf_daily(path))
    assert rec.id == "arxiv:2410.16251" and rec.authors == ("A",)
