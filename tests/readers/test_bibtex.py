"""bibtex: Zotero, Scopus and Web of Science exports; LaTeX to readable text; broken entries."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.bibtex import decode_field, read_bibtex, split_bibtex_authors

BIBTEX = Path(__file__).parent.parent / "data" / "formats" / "bibtex"
ZOTERO = BIBTEX / "zotero.bib"
SCOPUS = BIBTEX / "scopus.bib"
WOS = BIBTEX / "savedrecs.bib"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


@pytest.mark.parametrize("path,count,with_abstract", [(ZOTERO, 45, 42), (SCOPUS, 8, 8), (WOS, 20, 17)])
def test_bibtex_real_files_counts(path, count, with_abstract):
    records, errors = _split(list(read_bibtex(path)))
    assert errors == [] and len(records) == count
    assert sum(bool(r.abstract) for r in records) == with_abstract
    assert sum("no_abstract" in r.flags for r in records) == count - with_abstract


@pytest.mark.parametrize("path", [ZOTERO, SCOPUS, WOS])
def test_bibtex_text_is_plain(path):
    for rec in read_bibtex(path):
        for text in (rec.title, rec.abstract, *rec.authors):
            assert "textbackslash" not in text and "{{" not in text and "  " not in text
        for text in (rec.title, *rec.authors):
            assert "{" not in text and "}" not in text and "\\" not in text


def test_bibtex_escaped_braces_are_literal_text():
    # savedrecs.bib writes the formula as max\{W(x)\textbackslash{}x is an element of V'\}
    (rec,) = [r for r in read_bibtex(WOS) if "bottleneck" in r.title]
    assert "max{W(x)\\x is an element of V'}" in rec.abstract


@pytest.mark.parametrize("path,first_line", [(ZOTERO, 2), (SCOPUS, 4), (WOS, 2)])
def test_bibtex_line_is_the_entry_start(path, first_line):
    # zotero.bib starts with a blank line; scopus.bib with a 3-line non-BibTeX preamble
    assert next(iter(read_bibtex(path))).line == first_line


def test_bibtex_zotero_quirks():
    by_key = {dict(r.extra)["bibtex"]: r for r in read_bibtex(ZOTERO)}
    deal = by_key["lewis_deal_2017"]
    assert deal.title == "Deal or No Deal? End-to-End Learning for Negotiation Dialogues"  # {No} {Deal} unprotected
    assert deal.arxiv_id == "1706.05125" and deal.id == "arxiv:1706.05125" and deal.date == "2017-06"
    assert deal.authors[:2] == ("Mike Lewis", "Denis Yarats") and deal.venue == "arXiv"
    tcvae = next(r for r in by_key.values() if "TCVAE" in r.abstract)
    assert "motivate our β-TCVAE (Total Correlation" in tcvae.abstract  # \${\textbackslash}beta\$ rendered
    comp = next(r for r in by_key.values() if "a property known as" in r.abstract)
    assert "a property known as compositionality. In this paper" in comp.abstract  # {\textbackslash}emph\{...\}
    assert by_key["omidshafiei_-_2019"].abstract.startswith("We introduce α-Rank")  # raw UTF-8 kept


def test_bibtex_scopus_quirks():
    records = list(read_bibtex(SCOPUS))
    first = records[0]
    assert dict(first.extra)["bibtex"] == "D'Ambrosio20171339"  # apostrophe in the key
    assert first.authors == ("A. D'Ambrosio", "M. Aria", "C. Iorio", "R. Siciliano")  # affiliation letters gone
    assert first.abstract.endswith("using simulated data as well as a real-world case studies.")
    assert all("©" not in r.abstract for r in records)  # "© 2016 Elsevier Ltd" stripped
    assert first.doi == "10.1016/j.eswa.2016.10.021" and first.date == "2017"


def test_bibtex_wos_quirks():
    records = list(read_bibtex(WOS))
    untitled = records[0]
    assert untitled.title == "Untitled" and untitled.abstract == "" and "no_abstract" in untitled.flags
    aqsim = records[1]
    assert aqsim.title == "The framework for approximate queries on simulation data"  # {{...}} unwrapped
    assert aqsim.doi == "10.1016/s0020-0255(03)00185-3"  # lower-cased
    assert aqsim.abstract.endswith("generic enough to handle more than just simulation data.")  # (C) line gone
    assert "query and analyze a large volume" in aqsim.abstract  # 3-space hard wrap joined
    assert aqsim.date == "2003-12" and aqsim.venue == "INFORMATION SCIENCES"
    assert dict(aqsim.extra)["wos"] == "ISI:000186671900002"
    assert all("(C)" not in r.abstract and "All rights reserved" not in r.abstract for r in records)


def test_bibtex_broken_entry_reported_and_others_kept(tmp_path):
    path = tmp_path / "broken.bib"
    path.write_text("@article{a,\n  title = {First},\n}\n\n@article{b,\n  title = {Never closed,\n  year = 2020\n\n"
                    "@article{c, title={Third}, abstract={Text.}}\n")
    records, errors = _split(list(read_bibtex(path)))
    assert [r.title for r in records] == ["First", "Third"]
    assert len(errors) == 1 and "[E157]" in str(errors[0]) and errors[0].line == 5 and str(path) in str(errors[0])


def test_bibtex_duplicate_keys_and_fields_keep_the_entry(tmp_path):
    path = tmp_path / "dup.bib"
    path.write_text("@article{a, title={One}}\n@article{a, title={Two}}\n@misc{c, title={Three}, title={Again}}\n")
    records, errors = _split(list(read_bibtex(path)))
    assert errors == [] and [r.title for r in records] == ["One", "Two", "Three"]


def test_bibtex_entry_without_title_or_abstract_is_an_error(tmp_path):
    path = tmp_path / "empty.bib"
    path.write_text("@article{x, year={2020}}\n")
    (err,) = read_bibtex(path)
    assert isinstance(err, RecordError) and "[E006]" in str(err) and err.line == 1


@pytest.mark.parametrize("raw,expected", [
    ("Deal or {No} {Deal}?", "Deal or No Deal?"),  # brace-protected capitals
    (r"Schr{\"o}dinger and Erd\H{o}s", "Schrödinger and Erdős"),  # accents
    (r"\${\textbackslash}alpha\$ and {\textbackslash}emph\{x\}", "α and x"),  # Zotero-escaped LaTeX
    (r"improves 12.5\% \& more", "improves 12.5% & more"),  # escaped specials
    ("{Untitled}", "Untitled"),  # WoS double braces (outer pair removed by the parser)
    ("line one\n   line two", "line one line two"),  # WoS hard wrap
])
def test_bibtex_decode_field(raw, expected):
    assert decode_field(raw) == expected


@pytest.mark.parametrize("raw,expected", [
    ("Lewis, Mike and Yarats, Denis", ["Mike Lewis", "Denis Yarats"]),
    ("Mike Lewis AND Denis Yarats", ["Mike Lewis", "Denis Yarats"]),
    ("{Google Brain} and van der Berg, Jan", ["{Google Brain}", "Jan van der Berg"]),  # braces protect "and"
    ("Lee, B and Critchlow, T\n   and Abdulla, G", ["B Lee", "T Critchlow", "G Abdulla"]),  # WoS wrap
    ("Della Corte, V.a , Aria, M.b , Del Gaudio, G.a ", ["V. Della Corte", "M. Aria", "G. Del Gaudio"]),  # Scopus
    ("", []),
])
def test_bibtex_split_authors(raw, expected):
    assert split_bibtex_authors(raw) == expected


@pytest.mark.parametrize("path", [ZOTERO, SCOPUS, WOS])
def test_bibtex_detected_plain_and_gzipped(tmp_path, path):
    assert detect_format(path) == "bibtex"
    gz = tmp_path / (path.name + ".gz")
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert detect_format(gz) == "bibtex"
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == len(list(read_bibtex(path))) and report.skipped == []
