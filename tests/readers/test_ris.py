"""ris: TY ... ER records from a real IEEE export; unterminated records and stray lines."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.ris import parse_ris, read_ris

EXAMPLE = Path(__file__).parent.parent / "data" / "formats" / "ris" / "example.ris"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


def test_ris_real_file_counts():
    records, errors = _split(list(read_ris(EXAMPLE)))
    assert errors == [] and len(records) == 25
    assert all(r.abstract and r.title and r.format == "ris" for r in records)
    assert [r.line for r in records[:3]] == [1, 26, 61]  # the line of each TY (counted on "\n")


def test_ris_fields_and_duplicate_tags():
    first, second, *_ = read_ris(EXAMPLE)
    assert first.title == "The European Approach to the Exascale Challenge"
    assert first.authors == ("G. Kalbe",)  # "AU  - G. Kalbe" appears twice
    assert first.doi == "10.1109/mcse.2018.2884139" and first.id == "doi:10.1109/mcse.2018.2884139"
    assert first.date == "2019" and first.venue == "Computing in Science & Engineering"
    assert second.authors[0] == "M. Bobák" and second.venue.startswith("2019 15th International Conference on eScience")


def test_ris_carriage_returns_do_not_leak():
    for rec in read_ris(EXAMPLE):  # CRLF lines and "\rTY  - CONF" record starts
        assert "\r" not in rec.title + rec.abstract + "".join(rec.authors)


def test_ris_record_without_er_at_end_of_file(tmp_path):
    text = EXAMPLE.read_text(encoding="utf-8")
    cut = text[: text.rindex("ER  - ")]  # drop the last record's terminator
    path = tmp_path / "cut.ris"
    path.write_text(cut, encoding="utf-8")
    records, errors = _split(list(read_ris(path)))
    assert len(records) == 24 and len(errors) == 1
    err = errors[0]
    assert "[E155]" in str(err) and "the file ends first" in str(err) and str(path) in str(err)
    assert err.line == cut.count("\n", 0, cut.rindex("TY  - ")) + 1


def test_ris_record_without_er_before_next_record(tmp_path):
    path = tmp_path / "two.ris"
    path.write_text("TY  - JOUR\nTI  - Open\n\nTY  - JOUR\nTI  - Closed\nAB  - Text.\nER  - \n")
    records, errors = _split(list(read_ris(path)))
    assert [r.title for r in records] == ["Closed"]
    assert "[E155]" in str(errors[0]) and errors[0].line == 1 and "a new TY on line 4" in str(errors[0])


def test_ris_stray_lines_outside_records(tmp_path):
    path = tmp_path / "stray.ris"
    path.write_text("garbage here\nTI  - orphan\nTY  - JOUR\nTI  - Kept\nER  - \nER  - \n")
    records, errors = _split(list(read_ris(path)))
    assert [r.title for r in records] == ["Kept"]
    assert [e.line for e in errors] == [1, 2, 6] and all("[E156]" in str(e) for e in errors)


@pytest.mark.parametrize("text,fields", [
    ("TY  - JOUR\nTI  - A\n  wrapped title\nER  - \n", [("TY", "JOUR"), ("TI", "A wrapped title")]),  # continuation
    ("TY  - JOUR\nAB  -\nER  - \n", [("TY", "JOUR"), ("AB", "")]),  # empty value without trailing space
    ("\ufeffTY  - CONF\r\nER  - \r\n", [("TY", "CONF")]),  # BOM and CRLF
])
def test_ris_parse(text, fields):
    ((_, got, error),) = parse_ris(text)
    assert error is None and got == fields


@pytest.mark.parametrize("value,expected", [("DA  - 2019/05/28/", "2019-05-28"), ("PY  - 2019///", "2019"),
                                            ("Y1  - 1 Jan.-Feb. 2019", "2019"), ("PY  - 2020/07", "2020-07")])
def test_ris_dates(tmp_path, value, expected):
    path = tmp_path / "d.ris"
    path.write_text(f"TY  - JOUR\nTI  - T\n{value}\nER  - \n")
    (rec,) = read_ris(path)
    assert rec.date == expected


def test_ris_detected_plain_and_gzipped(tmp_path):
    assert detect_format(EXAMPLE) == "ris"
    gz = tmp_path / "example.ris.gz"
    gz.write_bytes(gzip.compress(EXAMPLE.read_bytes()))
    assert detect_format(gz) == "ris"
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == 25 and report.skipped == []


def test_ris_strict_makes_an_unclosed_record_fatal(tmp_path):
    path = tmp_path / "open.ris"
    path.write_text("TY  - JOUR\nTI  - Closed\nER  - \nTY  - JOUR\nTI  - Open\n")
    with pytest.raises(RecordError, match=r"\[E155\].*open\.ris:4"):
        list(read_records([path], strict=True))
    assert [r.title for r in read_records([path])] == ["Closed"]  # without strict the valid record is kept


def test_ris_ieee_summary_placeholder_stripped():
    """IEEE's "Summary form only given." placeholder is not part of the abstract."""
    (rec,) = [r for r in read_ris(EXAMPLE) if r.id == "doi:10.1109/ipdps.2013.121"]
    assert rec.abstract.startswith("Compute performance increased by orders of magnitude")
