"""scopus-csv, ieee-csv, lens-csv: real exports, the 45/46-column Scopus file, rows that cannot be realigned."""

from __future__ import annotations

import csv
import gzip
import io
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.bibliocsv import (
    REALIGNED_FLAG, SCOPUS, read_ieee_csv, read_lens_csv, read_scopus_csv, realign_row, split_csv_authors,
)

DATA = Path(__file__).parent.parent / "data" / "formats"
SCOPUS_CSV = DATA / "scopus-csv" / "scopus.csv"
SCOPUS_SAMPLE = DATA / "scopus-csv" / "scopus_sample.csv"
IEEE_CSV = DATA / "ieee-xplore-csv" / "ieee.csv"
LENS_CSV = DATA / "lens-csv" / "lens_sample.csv"
READERS = {"scopus-csv": read_scopus_csv, "ieee-csv": read_ieee_csv, "lens-csv": read_lens_csv}


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


def _rows(path: Path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def _write(path: Path, rows: list[list[str]]) -> Path:
    buffer = io.StringIO()
    csv.writer(buffer).writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


@pytest.mark.parametrize("path,name,count", [
    (SCOPUS_CSV, "scopus-csv", 5), (SCOPUS_SAMPLE, "scopus-csv", 8), (IEEE_CSV, "ieee-csv", 10),
    (LENS_CSV, "lens-csv", 8),
])
def test_bibliocsv_real_files_counts(path, name, count):
    records, errors = _split(list(READERS[name](path)))
    assert errors == [] and len(records) == count
    assert all(r.title and r.abstract and r.doi and r.format == name for r in records)
    assert all("©" not in r.abstract and "<" not in r.abstract for r in records)


def test_bibliocsv_scopus_mixed_layout_rows_are_realigned():
    records = list(read_scopus_csv(SCOPUS_CSV))
    # the header has 45 columns; the rows starting on lines 4, 6 and 7 have 46
    assert [(r.line, REALIGNED_FLAG in r.flags) for r in records] == [
        (2, False), (3, False), (4, True), (6, True), (7, True)]
    third = records[2]
    assert third.title.startswith("Petri nets and ODEs as complementary methods")
    assert third.doi == "10.1038/s41598-022-04849-0" and third.date == "2022" and third.venue == "Scientific Reports"
    # fields right of the inserted column come from their true place, not shifted by one
    assert dict(third.extra) == {"scopus": "2-s2.0-85123480963", "pmid": "35064163"}
    assert third.abstract.startswith("Intracellular processes are cascades of biochemical reactions")
    report = ReadReport()
    list(read_records([SCOPUS_CSV], report=report))
    assert report.flags[REALIGNED_FLAG] == 3


def test_bibliocsv_scopus_fields():
    first = next(iter(read_scopus_csv(SCOPUS_CSV)))  # the file starts with a BOM
    assert first.authors[:2] == ("Phillips J.C.", "Braun R.")
    assert first.abstract.endswith("NAMD is distributed free of charge with source code at www.ks.uiuc.edu.")
    sample = next(iter(read_scopus_csv(SCOPUS_SAMPLE)))
    assert sample.authors[:2] == ("Fengyuan Liu", "Chunyun Li")  # "Author full names" without Scopus ids


def test_bibliocsv_copyright_and_licence_tails_removed():
    tails = [r.abstract[-40:] for r in read_scopus_csv(SCOPUS_SAMPLE)]
    assert not any("©" in t or "Creative Commons" in t or "All rights reserved" in t for t in tails)
    mutated = [r for r in read_scopus_csv(SCOPUS_CSV) if "Petri net formalism" in r.title][0]
    assert mutated.abstract.endswith("semi-quantitative Petri net model.")  # "Copyright: © 2022 ..." gone


def test_bibliocsv_no_abstract_placeholder(tmp_path):
    rows = _rows(SCOPUS_SAMPLE)[:2]
    rows[1][rows[0].index("Abstract")] = "[No abstract available]"
    (rec,) = read_scopus_csv(_write(tmp_path / "s.csv", rows))
    assert rec.abstract == "" and "no_abstract" in rec.flags


def test_bibliocsv_ieee_fields():
    first, second, *_ = read_ieee_csv(IEEE_CSV)
    assert first.title == "Exascale Computing Trends: Adjusting to the \"New Normal\"' for Computer Architecture"
    assert first.authors == ("P. Kogge", "J. Shalf") and first.date == "2013"
    assert first.url == "https://ieeexplore.ieee.org/document/6634083" and ("ieee", "6634083") in first.extra
    assert second.authors[2] == "J. -P. Nominé"


def test_bibliocsv_lens_fields():
    records = list(read_lens_csv(LENS_CSV))
    first = records[0]
    assert dict(first.extra) == {"lens": "000-360-106-493-122", "pmid": "33251087", "pmc": "PMC7680653"}
    assert first.date == "2020-11-22" and first.url == "https://www.lens.org/000-360-106-493-122"
    assert records[1].extra == (("lens", "000-367-630-842-001"),)  # PMID "NA" is no PMID
    assert records[2].abstract.startswith("Worldwide scientific publications")  # <jats:p> stripped
    assert records[6].abstract.startswith("This article maps")  # glued "Abstract " heading removed
    assert any("La’Treall Maddox" in r.authors for r in records)  # curly apostrophe kept


def test_bibliocsv_row_with_extra_field_in_title_is_reported(tmp_path):
    header, row, *rest = _rows(IEEE_CSV)
    broken = row[:]
    broken[0:1] = ["Exascale Computing Trends", " Adjusting to the New Normal"]  # an unquoted comma
    path = _write(tmp_path / "ieee.csv", [header, broken, *rest])
    records, errors = _split(list(read_ieee_csv(path)))
    assert len(records) == 9 and len(errors) == 1
    message = str(errors[0])
    assert "[E158]" in message and f"{path}:2:" in message and "31 fields but the header has 30" in message
    assert "'Document Title' could be" in message


def test_bibliocsv_row_with_extra_trailing_field_is_realigned(tmp_path):
    header, *rows = _rows(LENS_CSV)
    rows[0] = rows[0] + ["stray"]
    rows[1] = rows[1][:-1]  # and one row short of a field
    records, errors = _split(list(read_lens_csv(_write(tmp_path / "lens.csv", [header, *rows]))))
    assert errors == [] and len(records) == 8
    assert [REALIGNED_FLAG in r.flags for r in records[:3]] == [True, True, False]
    assert records[0].doi == "10.1007/s10669-020-09792-x"


def test_bibliocsv_cut_file_last_row_is_reported(tmp_path):
    text = SCOPUS_SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "cut.csv"
    path.write_text(text[: int(len(text) * 0.95)], encoding="utf-8")
    records, errors = _split(list(read_scopus_csv(path)))
    assert len(records) == 7 and len(errors) == 1
    assert "[E158]" in str(errors[0]) and f"{path}:9:" in str(errors[0]) and "too many" in str(errors[0])


def test_bibliocsv_broken_quote_merging_rows_is_reported(tmp_path):
    text = IEEE_CSV.read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[2] = lines[2].replace('"European HPC Landscape"', '"European HPC Landscape', 1)  # quote never closed
    path = tmp_path / "ieee.csv"
    path.write_text("\n".join(lines), encoding="utf-8")
    records, errors = _split(list(read_ieee_csv(path)))
    assert errors and all("[E158]" in str(e) for e in errors)
    assert all(r.title != "European HPC Landscape" for r in records)
    assert records[0].title.startswith("Exascale Computing Trends")  # the row before the break is kept


def test_bibliocsv_row_missing_its_anchor_columns_is_reported(tmp_path):
    header, row, *_ = _rows(SCOPUS_CSV)
    path = _write(tmp_path / "s.csv", [header, row[:-2]])  # EID and Source lost
    (err,) = read_scopus_csv(path)
    assert isinstance(err, RecordError) and "[E158]" in str(err) and "'Source', 'EID'" in str(err)


def test_bibliocsv_missing_columns_with_forced_format(tmp_path):
    path = tmp_path / "lens.csv"
    path.write_text("Title,Abstract\nA,B\n")
    (err,) = read_lens_csv(path)
    assert "[E159]" in str(err) and "'Lens ID'" in str(err)


@pytest.mark.parametrize("row,expected_year,ambiguous", [
    (["T", "2020", "x", "2-s2.0-1"], "2020", False),  # same length: by position
    (["T", "2020", "x", "extra", "2-s2.0-1"], "2020", False),  # one inserted column after Year
    (["T", "extra", "2020", "x", "2-s2.0-1"], "2020", True),  # the Title is ambiguous: 'T' or 'extra'
    (["T", "2020", "2-s2.0-1"], "2020", False),  # one column missing
])
def test_bibliocsv_realign_row(row, expected_year, ambiguous):
    header = ["Title", "Year", "Note", "EID"]
    validators = {"Year": SCOPUS.validators["Year"], "EID": SCOPUS.validators["EID"]}
    mapping, detail = realign_row(header, row, validators=validators, needed=["Title", "Year"])
    if ambiguous:
        assert mapping is None and "'Title' could be" in detail
    else:
        assert mapping["Year"] == expected_year and mapping["Title"] == "T" and mapping["EID"] == "2-s2.0-1"


def test_bibliocsv_realign_real_scopus_row_places_the_insert():
    header, _, _, row, *_ = _rows(SCOPUS_CSV)
    mapping, detail = realign_row(header, row, validators=SCOPUS.validators, needed=SCOPUS.fields_read())
    assert detail == ""
    assert mapping["Document Type"] == "Article" and mapping["Language of Original Document"] == "English"
    assert mapping["Source"] == "Scopus" and mapping["References"].startswith("Edelstein-Keshet, L.")


@pytest.mark.parametrize("raw,expected", [
    ("Aria M.; Cuccurullo C.", ["Aria M.", "Cuccurullo C."]),
    ("Aria, Massimo (7003568296); Cuccurullo, Corrado (6506425727)", ["Massimo Aria", "Corrado Cuccurullo"]),
    ("Phillips J.C., Braun R.", ["Phillips J.C.", "Braun R."]),
    ("Aria, Massimo", ["Massimo Aria"]),  # one author, not two
    ("[No author name available]", []),
])
def test_bibliocsv_split_authors(raw, expected):
    assert split_csv_authors(raw) == expected


@pytest.mark.parametrize("path,name", [(SCOPUS_CSV, "scopus-csv"), (SCOPUS_SAMPLE, "scopus-csv"),
                                       (IEEE_CSV, "ieee-csv"), (LENS_CSV, "lens-csv")])
def test_bibliocsv_detected_plain_and_gzipped(tmp_path, path, name):
    assert detect_format(path) == name
    gz = tmp_path / (path.name + ".gz")
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert detect_format(gz) == name
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == len(list(READERS[name](path))) and report.skipped == []



def test_bibliocsv_original_title_and_bilingual_abstract():
    """Scopus's appended original-language title and Lens's tagged bilingual abstract keep only the English."""
    scopus = {r.id: r for r in read_records([SCOPUS_SAMPLE])}
    title = scopus["doi:10.51576/ymd.1815785"].title
    assert title.startswith("FROM ALGORITHMS TO ACOUSTICS") and title.endswith("DESIGN INTERSECTION")  # "; [ALGORİTMALARDAN ...]"
    lens = {r.id: r for r in read_records([LENS_CSV])}
    abstract = lens["doi:10.46661/revmetodoscuanteconempresa.3298"].abstract  # "espanolEste articulo ... EnglishThis document"
    assert abstract.startswith("This document provides a bibliometric analysis") and "articulo" not in abstract
