"""Conformance of every registered reader (rdflib-style: one test, looped over the registry)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.records import PaperRecord
from kg.registry import readers

FORMATS = Path(__file__).parent.parent / "data" / "formats"
EXAMPLES = Path(__file__).parent.parent.parent / "examples" / "hf-papers"
READERS = sorted(readers.get_all())

#: Every real sample this suite owns, and the reader content sniffing must pick for it.
DETECTED = {
    "arxiv-api-atom/id_abc_s0_m100_b79c8dcf6bc3.body.xml": "arxiv-atom",
    "arxiv-api-atom/id_abc_s0_m100_b79c8dcf6bc3.json": "arxiv-atom",
    "arxiv-api-atom/id_astro-ph_0601001_s0_m100_3150dca9dc76.body.xml": "arxiv-atom",
    "arxiv-api-atom/id_astro-ph_0601001_s0_m100_3150dca9dc76.json": "arxiv-atom",
    "arxiv-api-atom/id_list=1111.2011v2.xml": "arxiv-atom",
    "arxiv-api-atom/q_testing_s0_m10_bc5a6c384fe9.body.xml": "arxiv-atom",
    "arxiv-api-atom/q_testing_s0_m10_bc5a6c384fe9.json": "arxiv-atom",
    "arxiv-api-atom/search_query=au:del_maestro.xml": "arxiv-atom",
    "arxiv-oai-pmh/1305.9999.xml": "arxiv-oai",
    "arxiv-oai-pmh/GetRecord.xml": "arxiv-oai",
    "arxiv-oai-pmh/ListRecords.xml": "arxiv-oai",
    "arxiv-oai-pmh/arxiv-physics-hep-ex.xml": "arxiv-oai",
    "arxiv-oai-pmh/arxiv-physics-hep-th.xml": "arxiv-oai",
    "arxiv-oai-pmh/oai_arxiv.xml": "arxiv-oai",
    "arxiv-oai-pmh/sample_arxiv_record.xml": "arxiv-oai",
    "arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json": "arxiv-snapshot",
    "openalex/W2741809807.json": "openalex",
    "openalex/openalex_sample.csv": "openalex",
    "openalex/snapshot/works/updated_date=2023-05-16/part_000": "openalex",
    "openalex/works_search_biodiversity_page1.json": "openalex",
    "semantic-scholar/Paper.json": "semantic-scholar",
    "semantic-scholar/PaperWithNullValues.json": "semantic-scholar",
    "semantic-scholar/test.jsonl": "semantic-scholar",
    "semantic-scholar/test_get_papers_return_not_found.response.json": "semantic-scholar",
    "hf-daily-papers/daily_papers.json": "hf-daily",
}

#: Records each sample gives (the counts of shared/formats/README.md); errors are reported, not counted.
COUNTS = {
    "arxiv-api-atom": 10 + 1 + 10 + 10 + 1 + 1 + 0 + 0,
    "arxiv-oai-pmh": 3 + 3 + 12 + 1 + 30 + 1 + 0,
    "arxiv-kaggle-snapshot": 200,
    "openalex": 15 + 1 + 11 + 8,
    "semantic-scholar": 1 + 0 + 3 + 100,
    "hf-daily-papers": 2,
}


@pytest.mark.parametrize("relative,expected", sorted(DETECTED.items()))
def test_registry_detects_each_sample(relative, expected):
    assert detect_format(FORMATS / relative) == expected


def test_registry_every_sample_is_listed():
    folders = {relative.split("/", 1)[0] for relative in DETECTED}
    on_disk = {str(p.relative_to(FORMATS)) for folder in folders for p in (FORMATS / folder).rglob("*")
               if p.is_file() and p.suffix != ".yaml"}
    assert on_disk == set(DETECTED)


@pytest.mark.parametrize("folder,count", sorted(COUNTS.items()))
def test_registry_counts_per_folder(folder, count):
    report = ReadReport()
    records = list(read_records([FORMATS / folder], report=report))
    assert len(records) == count


def test_registry_mixed_directory_auto_detection():
    """The whole mixed folder (every team's samples) read by sniffing: these readers' records all arrive."""
    from collections import Counter

    report = ReadReport()
    records = list(read_records([FORMATS], report=report))
    mine = {"arxiv-atom": 33, "arxiv-oai": 50, "arxiv-snapshot": 200, "hf-daily": 2, "openalex": 35,
            "semantic-scholar": 104}
    counts = Counter(r.format for r in records)
    assert {name: counts[name] for name in mine} == mine
    messages = [s["message"] for s in report.skipped if any(f"/{folder}/" in s["message"] for folder in COUNTS)]
    codes = sorted(re.match(r"\[(E\d+)\]", m).group(1) for m in messages)
    # the YAML cassette, the S2 null paper and 16 untitled OpenAlex rows, error feed and wrapper, OAI error, batch null
    assert codes == ["E002"] + ["E006"] * 17 + ["E013", "E103", "E104", "E106"]


def test_registry_format_overrides_detection():
    path = FORMATS / "arxiv-kaggle-snapshot" / "arxiv-metadata-oai-snapshot.json"
    records = list(read_records([path], format="jsonl"))  # read as generic records instead
    assert len(records) == 200 and {r.format for r in records} == {"jsonl"}


@pytest.mark.parametrize("name", READERS)
def test_registry_entry_is_complete(name):
    entry = readers.get(name)
    assert entry.description
    assert isinstance(entry.extensions, tuple) and all(e.startswith(".") for e in entry.extensions)
    assert callable(entry.options.get("sniff"))
    assert isinstance(entry.options.get("priority", 0), int)


@pytest.mark.parametrize("name", READERS)
@pytest.mark.parametrize("content", [
    b"",  # empty
    b"\x00\x01\x02\xff" * 64,  # binary
    b"just some words\nand more words\n",  # text of no known format
    b"{\"truncated\": ",  # cut JSON
    b"<?xml version='1.0'?><root><unclosed>",  # cut XML
], ids=["empty", "binary", "prose", "cut-json", "cut-xml"])
def test_registry_reader_survives_garbage(tmp_path, name, content):
    """Whatever it is given, a reader yields records or RecordErrors, or raises a RecordError: nothing else."""
    path = tmp_path / "input.dat"
    path.write_bytes(content)
    try:
        items = list(readers.get(name).func(path))
    except RecordError:
        return
    assert all(isinstance(i, (PaperRecord, RecordError)) for i in items)


@pytest.mark.parametrize("name", READERS)
def test_registry_sniffers_survive_garbage(name, tmp_path):
    sniff = readers.get(name).options["sniff"]
    for head in ("", "\ufeff", "{", "[", "<", "a,b\n", "\x00" * 10):
        assert sniff(head, tmp_path / "x") in (True, False)


def _all_records():
    return list(read_records([FORMATS, EXAMPLES]))


def test_registry_records_are_normalised():
    for rec in _all_records():
        assert re.match(r"^(arxiv:|doi:|title:[0-9a-f]{16}$)", rec.id), rec.id
        assert rec.title == rec.title.strip() and "\n" not in rec.title and "  " not in rec.title
        assert rec.abstract == rec.abstract.strip() and "\n" not in rec.abstract
        assert rec.title or rec.abstract
        assert rec.format in READERS
        assert rec.sources == (f"{rec.source}:{rec.line}",)
        assert rec.doi is None or rec.doi == rec.doi.lower()
        assert rec.arxiv_id is None or not re.search(r"v\d+$", rec.arxiv_id)
        assert rec.date is None or re.match(r"^\d{4}(-\d{2}(-\d{2})?)?$", rec.date)
        assert all(re.match(r"^[a-z_]+$", flag) for flag in rec.flags)


def test_registry_records_round_trip_through_dict():
    for rec in _all_records()[:300]:
        assert PaperRecord.from_dict(rec.to_dict()) == rec
