"""hf-listing: the five real listing files, both layouts, page noise, glued Subscribe."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.readers import ReadReport, detect_format, merge_records, read_records
from kg.readers.hf_listing import is_noise, looks_like_abstract, parse_listing, read_hf_listing, sniff_hf_listing

EXAMPLES = Path(__file__).parent.parent.parent / "examples" / "hf-papers"
ABSTRACT = ("We propose a method that does many things well. It is evaluated on three benchmarks and "
            "improves the state of the art by a wide margin on all of them, with fewer parameters. "
            "Code, data and trained models are released so that others can reproduce every number.")


def _write(tmp_path: Path, text: str, name: str = "listing.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_hf_listing_corpus_counts():
    report = ReadReport()
    records = list(read_records([EXAMPLES], report=report))
    assert len(records) == 979
    assert len(merge_records(records)) == 932
    assert report.formats == {"hf-listing": 5}
    assert report.skipped == []
    assert all(r.title and r.abstract for r in records)


@pytest.mark.parametrize("name,count", [
    ("000_c33ede3366bcb84c.txt", 156),  # blank-line layout, "new"/"Subscribe"/date header
    ("001_216e326a59f6f740.txt", 75),
    ("002_8310ea5c5292aef1.txt", 348),  # consecutive-line layout, Subscribe glued to the first title
    ("003_85bc812000b910e7.txt", 86),
    ("004_497d3d275a8de861.txt", 314),
])
def test_hf_listing_per_file_counts(name, count):
    assert len(list(read_hf_listing(EXAMPLES / name))) == count


def test_hf_listing_glued_subscribe_is_cut():
    first = next(read_hf_listing(EXAMPLES / "002_8310ea5c5292aef1.txt"))
    assert first.title == "FLAME: Frozen Large Language Models Enable Data-Efficient Language-Image Pre-training"
    assert first.line == 3
    assert first.abstract.startswith("Language-image pre-training faces significant challenges")


def test_hf_listing_blank_layout_line_numbers_and_date():
    first = next(read_hf_listing(EXAMPLES / "000_c33ede3366bcb84c.txt"))
    assert first.title == "Tackling Vision Language Tasks Through Learning Inner Monologues"
    assert first.line == 11  # the title line, after the five noise lines and the date line
    assert ("listing_date", "Jun 10") in first.extra
    assert first.id.startswith("title:")
    assert first.sources == (f"{EXAMPLES / '000_c33ede3366bcb84c.txt'}:11",)


@pytest.mark.parametrize("line,expected", [
    ("new", True),
    ("Subscribe", True),
    ("Get trending papers in your email inbox!", True),
    ("Get trending papers in your email inbox once a day!", True),
    ("byAK and the research community", True),
    ("Jun 10", True),
    ("Sept 3", True),
    ("News Summarization and Evaluation in the Era of GPT-3", False),
])
def test_hf_listing_is_noise(line, expected):
    assert is_noise(line) is expected


def test_hf_listing_title_without_abstract_is_kept_and_flagged(tmp_path):
    path = _write(tmp_path, f"Paper One\n{ABSTRACT}\nLonely Title\nPaper Three\n{ABSTRACT}\n")
    records = list(read_hf_listing(path))
    assert [(r.title, r.line, r.flags) for r in records] == [
        ("Paper One", 1, ()), ("Lonely Title", 3, ("no_abstract",)), ("Paper Three", 4, ())]


def test_hf_listing_second_paragraph_joins_abstract(tmp_path):
    path = _write(tmp_path, f"Paper One\n\n{ABSTRACT}\n\n{ABSTRACT}\n\nPaper Two\n\n{ABSTRACT}\n")
    records = list(read_hf_listing(path))
    assert len(records) == 2
    assert records[0].abstract == ABSTRACT + " " + ABSTRACT


def test_hf_listing_abstract_without_title_is_flagged(tmp_path):
    path = _write(tmp_path, f"{ABSTRACT}\nPaper Two\n{ABSTRACT}\n")
    records = list(read_hf_listing(path))
    assert records[0].flags == ("no_title",)
    assert records[1].title == "Paper Two"


def test_hf_listing_no_listings_is_an_error(tmp_path):
    path = _write(tmp_path, "new\n\nSubscribe\n")
    (err,) = list(read_hf_listing(path))
    assert "[E101]" in str(err)


def test_hf_listing_looks_like_abstract():
    assert len(ABSTRACT) >= 250
    assert looks_like_abstract(ABSTRACT, "Short Title")
    assert looks_like_abstract("We propose X. It works well on many benchmarks and tasks today.", "X")
    assert not looks_like_abstract("Another Title: With a Colon", "Short Title")


def test_hf_listing_parse_consecutive_layout():
    lines = enumerate(["SubscribeA: first", ABSTRACT, "B: second", ABSTRACT], 1)
    assert [(n, t) for n, t, _, _ in parse_listing(lines)] == [(1, "A: first"), (3, "B: second")]


def test_hf_listing_sniff_detects_both_layouts():
    for name in ("000_c33ede3366bcb84c.txt", "002_8310ea5c5292aef1.txt"):
        assert detect_format(EXAMPLES / name) == "hf-listing"


def test_hf_listing_sniff_without_noise(tmp_path):
    path = _write(tmp_path, f"Paper One\n{ABSTRACT}\nPaper Two\n{ABSTRACT}\n", name="plain.dat")
    assert sniff_hf_listing(path.read_text(), path)


@pytest.mark.parametrize("text", [
    "title,abstract\nA,B\n",  # CSV
    "TY  - JOUR\nTI  - A title\nAB  - " + ABSTRACT + "\nER  - \n",  # RIS
    "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n",  # WoS
    '{"title": "A"}\n',
])
def test_hf_listing_sniff_rejects_other_formats(tmp_path, text):
    assert not sniff_hf_listing(text, tmp_path / "x.txt")


def test_hf_listing_crlf_and_bom(tmp_path):
    path = tmp_path / "windows.txt"
    path.write_bytes(b"\xef\xbb\xbfnew\r\n\r\nSubscribe\r\n\r\nPaper One\r\n\r\n" + ABSTRACT.encode() + b"\r\n")
    (rec,) = list(read_hf_listing(path))
    assert rec.title == "Paper One" and rec.abstract == ABSTRACT and rec.line == 5


def test_hf_listing_gzipped(tmp_path):
    import gzip

    path = tmp_path / "listing.txt.gz"
    path.write_bytes(gzip.compress((EXAMPLES / "001_216e326a59f6f740.txt").read_bytes()))
    assert detect_format(path) == "hf-listing"
    assert len(list(read_hf_listing(path))) == 75
