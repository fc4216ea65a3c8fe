"""wos: Web of Science plain-text exports (FN/VR header, BOM, 3-space continuations, ER/EF)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.wos import parse_wos, read_wos

WOS = Path(__file__).parent.parent / "data" / "formats" / "wos-plaintext"
SAVEDRECS = WOS / "savedrecs.txt"
SAMPLE = WOS / "wos_sample.txt"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


@pytest.mark.parametrize("path,count,with_abstract,lines", [
    (SAVEDRECS, 5, 5, [3, 102, 304, 459, 579]),  # BOM, ends "ER\n\nEF" without a final newline
    (SAMPLE, 8, 7, [3, 94, 177, 297, 365, 423, 491, 590]),  # ends "ER\nEF\n"
])
def test_wos_real_files_counts(path, count, with_abstract, lines):
    records, errors = _split(list(read_wos(path)))
    assert errors == [] and len(records) == count
    assert sum(bool(r.abstract) for r in records) == with_abstract
    assert [r.line for r in records] == lines  # the line of each PT


def test_wos_fields():
    first = next(iter(read_wos(SAVEDRECS)))
    # TI continues over three lines
    assert first.title == ("Individual [F-18]FDG PET and functional MRI based on simultaneous PET/MRI may predict "
                           "seizure recurrence after temporal lobe epilepsy surgery")
    assert first.authors[:3] == ("Jingjuan Wang", "Kun Guo", "Bixiao Cui")  # AF full names, one per line
    assert first.doi == "10.1007/s00330-021-08490-9" and first.date == "2022-06" and first.venue == "EUROPEAN RADIOLOGY"
    assert dict(first.extra) == {"wos": "WOS:000742291700001", "pmid": "35024947"}
    assert first.abstract.startswith("Objectives To investigate the individual measures")


@pytest.mark.parametrize("path,index,date", [
    (SAVEDRECS, 3, "2022-12-01"),  # PD DEC 1
    (SAMPLE, 0, "2026-02-25"),  # PD 2026 FEB 25
    (SAMPLE, 1, "2022"),  # no PD
])
def test_wos_dates(path, index, date):
    assert list(read_wos(path))[index].date == date


def test_wos_localized_export_reads():
    # savedrecs.txt came from a Chinese-language interface: RP holds "(通讯作者)，"
    assert "通讯作者" in SAVEDRECS.read_text(encoding="utf-8-sig")
    assert len(list(read_wos(SAVEDRECS))) == 5


def test_wos_record_without_abstract_is_kept_and_flagged():
    rec = list(read_wos(SAMPLE))[4]
    assert rec.title.startswith("Comment on") and rec.abstract == "" and "no_abstract" in rec.flags


def test_wos_copyright_line_stripped(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI A title\nAB We study things.\n"
                    "   (C) 2003 Elsevier Inc. All rights reserved.\nER\nEF\n")
    (rec,) = read_wos(path)
    assert rec.abstract == "We study things."


def test_wos_missing_er_and_bad_lines(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI Open\nPT J\nTI Closed\nAB Text.\nER\n"
                    "bad line here\nPT J\nTI Cut off\n")
    records, errors = _split(list(read_wos(path)))
    assert [r.title for r in records] == ["Closed"]
    assert [(e.line, str(e)[:6]) for e in errors] == [(3, "[E155]"), (9, "[E156]"), (10, "[E155]")]
    assert "the file ends first" in str(errors[2]) and str(path) in str(errors[2])


def test_wos_parse_continuations():
    ((start, fields, error),) = parse_wos("PT J\nAU Wang, J\n   Guo, K\nTI A long\n   title\nER\n")
    assert (start, error) == (1, None)
    assert fields == {"PT": ["J"], "AU": ["Wang, J", "Guo, K"], "TI": ["A long", "title"]}


@pytest.mark.parametrize("path", [SAVEDRECS, SAMPLE])
def test_wos_detected_plain_and_gzipped(tmp_path, path):
    assert detect_format(path) == "wos"
    gz = tmp_path / (path.name + ".gz")
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert detect_format(gz) == "wos"
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == len(list(read_wos(path))) and report.skipped == []
