"""arxiv-atom, arxiv-oai and arxiv-snapshot on the real sample files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, read_records
from kg.readers.arxiv import read_arxiv_atom, read_arxiv_oai, read_arxiv_snapshot, split_raw_authors

FORMATS = Path(__file__).parent.parent / "data" / "formats"
ATOM = FORMATS / "arxiv-api-atom"
OAI = FORMATS / "arxiv-oai-pmh"
SNAPSHOT = FORMATS / "arxiv-kaggle-snapshot" / "arxiv-metadata-oai-snapshot.json"


def _split(items):
    records = [i for i in items if not isinstance(i, RecordError)]
    errors = [i for i in items if isinstance(i, RecordError)]
    return records, errors


@pytest.mark.parametrize("name,count", [
    ("search_query=au:del_maestro.xml", 10),  # classic 2016 feed, namespaces declared per element
    ("id_list=1111.2011v2.xml", 1),
    ("q_testing_s0_m10_bc5a6c384fe9.body.xml", 10),  # 2026 generation
    ("q_testing_s0_m10_bc5a6c384fe9.json", 10),  # arxiv.py wrapper {url, status_code, body}
    ("id_astro-ph_0601001_s0_m100_3150dca9dc76.body.xml", 1),
    ("id_astro-ph_0601001_s0_m100_3150dca9dc76.json", 1),
])
def test_arxiv_atom_counts(name, count):
    records, errors = _split(list(read_arxiv_atom(ATOM / name)))
    assert len(records) == count and errors == []


def test_arxiv_atom_error_feed_is_e013():
    path = ATOM / "id_abc_s0_m100_b79c8dcf6bc3.body.xml"
    (err,) = list(read_arxiv_atom(path))
    assert isinstance(err, RecordError)
    assert "[E013]" in str(err) and str(path) in str(err) and "incorrect id format for abc" in str(err)


def test_arxiv_atom_error_wrapper_is_e106_with_status():
    (err,) = list(read_arxiv_atom(ATOM / "id_abc_s0_m100_b79c8dcf6bc3.json"))
    assert "[E106]" in str(err) and "HTTP 400" in str(err) and "incorrect id format for abc" in str(err)


def test_arxiv_atom_error_feed_under_strict_is_fatal():
    with pytest.raises(RecordError, match=r"\[E013\]"):
        list(read_records([ATOM / "id_abc_s0_m100_b79c8dcf6bc3.body.xml"], strict=True))


def test_arxiv_atom_fields_classic():
    records = list(read_arxiv_atom(ATOM / "search_query=au:del_maestro.xml"))
    first = records[0]
    assert first.id == "arxiv:1201.4869" and first.arxiv_id == "1201.4869"
    assert first.title == "A Luttinger Liquid Core Inside Helium-4 Filled Nanopores"
    assert first.abstract.startswith("As helium-4 is cooled below 2.17 K it undergoes")
    assert "\n" not in first.abstract and "  " not in first.abstract
    assert first.doi == "10.1142/s021797921244002x"
    assert first.date == "2012-01-23" and first.authors == ("Adrian Del Maestro",)
    assert first.line == 10  # the <entry> line
    old_style = [r for r in records if "/" in r.arxiv_id]
    assert {r.arxiv_id for r in old_style} >= {"cond-mat/0412498"}
    assert all("\n" not in r.title for r in records)  # wrapped titles joined


def test_arxiv_atom_wrapper_and_body_agree():
    from_json = list(read_arxiv_atom(ATOM / "q_testing_s0_m10_bc5a6c384fe9.json"))
    from_xml = list(read_arxiv_atom(ATOM / "q_testing_s0_m10_bc5a6c384fe9.body.xml"))
    assert [(r.id, r.title, r.abstract) for r in from_json] == [(r.id, r.title, r.abstract) for r in from_xml]


def test_arxiv_atom_entities_decoded():
    text = " ".join(r.abstract for r in read_arxiv_atom(ATOM / "id_astro-ph_0601001_s0_m100_3150dca9dc76.body.xml"))
    assert "Gould & Morgan" in text and "&amp;" not in text


@pytest.mark.parametrize("name,count", [
    ("arxiv-physics-hep-ex.xml", 3),
    ("arxiv-physics-hep-th.xml", 3),
    ("sample_arxiv_record.xml", 12),  # first <arXiv> has no xmlns
    ("oai_arxiv.xml", 1),  # pretty-printed
    ("ListRecords.xml", 30),  # arXivRaw
    ("GetRecord.xml", 1),  # arXivRaw
])
def test_arxiv_oai_counts(name, count):
    records, errors = _split(list(read_arxiv_oai(OAI / name)))
    assert len(records) == count and errors == []
    assert all(r.title and r.abstract and r.arxiv_id for r in records)


def test_arxiv_oai_error_response_is_e103():
    (err,) = list(read_arxiv_oai(OAI / "1305.9999.xml"))
    assert "[E103]" in str(err) and "idDoesNotExist" in str(err) and "1305.9999" in str(err)


def test_arxiv_oai_no_xmlns_record_is_read():
    first = next(read_arxiv_oai(OAI / "sample_arxiv_record.xml"))
    assert first.arxiv_id == "1601.03238"
    assert first.authors[:2] == ("Planck Collaboration", "Jieci Wang")  # keyname only, then forenames keyname
    assert first.date == "2016-01-13" and first.doi == "10.1103/physrevd.93.016005"


def test_arxiv_oai_raw_authors_and_version_date():
    (rec,) = list(read_arxiv_oai(OAI / "GetRecord.xml"))
    assert rec.authors == ("Carl Lagoze", "Herbert Van de Sompel", "Michael L. Nelson", "Simeon Warner",
                           "Robert Sanderson", "Pete Johnston")
    assert rec.date == "2008-04-14"  # v1 date, RFC 2822
    assert rec.title == "Object Re-Use & Exchange: A Resource-Centric Approach"
    assert rec.abstract.startswith("The OAI Object Reuse and Exchange (OAI-ORE) framework recasts the repository-centric")


def test_arxiv_oai_list_records_first():
    first = next(read_arxiv_oai(OAI / "ListRecords.xml"))
    assert first.arxiv_id == "0803.4354" and first.date == "2008-03-30" and first.line == 7


def test_arxiv_snapshot_count_and_first_record():
    records, errors = _split(list(read_arxiv_snapshot(SNAPSHOT)))
    assert len(records) == 200 and errors == []
    first = records[0]
    assert first.id == "arxiv:0704.0001" and first.line == 1
    assert first.title == "Calculation of prompt diphoton production cross sections at Tevatron and LHC energies"
    assert first.authors[0] == "C. Balázs"
    assert first.doi == "10.1103/physrevd.76.013009" and first.date == "2007-04-02"
    assert first.venue == "Phys.Rev.D76:013009,2007"
    assert all(r.abstract == r.abstract.strip() and "\n" not in r.abstract for r in records)


def test_arxiv_snapshot_math_titles_stay_readable():
    titles = [r.title for r in read_arxiv_snapshot(SNAPSHOT)]
    assert sum("$" in t for t in titles) == 6  # 8 before one-token formulas were rendered
    assert "From dyadic $Λ_{α}$ to $Λ_{α}$" in titles
    assert "p-adic Limit of Weakly Holomorphic Modular Forms of Half Integral Weight" in titles


def test_arxiv_snapshot_simple_math_rendered():
    """Single-token formulas read as rendered text; real formulas keep their TeX."""
    text = " ".join(r.text for r in read_arxiv_snapshot(SNAPSHOT))
    for rendered in ("p-adic Limit", "k-intersection bodies", "(k,ℓ)-sparse", "quasi-C-reducible"):
        assert rendered in text, rendered
    for kept in ("From dyadic $Λ_{α}$", "times, $T_1$ and $T_2$", "Cu$_{3}$(CO$_{3}$)"):  # symbols stay TeX
        assert kept in text, kept


def test_arxiv_snapshot_latex_accents_in_raw_authors(tmp_path):
    row = json.loads(SNAPSHOT.read_text(encoding="utf-8").splitlines()[0])
    row.pop("authors_parsed")
    path = tmp_path / "snap.json"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    (rec,) = list(read_arxiv_snapshot(path))
    assert rec.authors[0] == "C. Balázs"


def test_arxiv_snapshot_old_style_id(tmp_path):
    path = tmp_path / "snap.json"
    path.write_text(json.dumps({"id": "hep-th/9901001", "title": "T", "abstract": "  A\n  b.\n", "versions": [],
                                "update_date": "2008-02-03", "authors": "A. B and C. D"}) + "\n", encoding="utf-8")
    (rec,) = list(read_arxiv_snapshot(path))
    assert rec.id == "arxiv:hep-th/9901001" and rec.abstract == "A b." and rec.date == "2008-02-03"
    assert rec.authors == ("A. B", "C. D")


def test_arxiv_snapshot_is_lazy(tmp_path):
    lines = SNAPSHOT.read_text(encoding="utf-8").splitlines(keepends=True)
    path = tmp_path / "snap.json"
    path.write_text(lines[0], encoding="utf-8")
    items = read_arxiv_snapshot(path)
    assert next(items).arxiv_id == "0704.0001"
    with path.open("a", encoding="utf-8") as fh:
        fh.write(lines[1])
    assert next(items).arxiv_id == "0704.0002"


@pytest.mark.parametrize("text,expected", [
    ("Igor A. Zaliznyak and John M. Tranquada", ["Igor A. Zaliznyak", "John M. Tranquada"]),
    ("A. S. Mishchenko (1 and 2) and N. Nagaosa (1 and 3) ((1) CREST, Japan)", ["A. S. Mishchenko", "N. Nagaosa"]),
    (r"C. Bal\'azs, E. L. Berger", ["C. Balázs", "E. L. Berger"]),
])
def test_arxiv_split_raw_authors(text, expected):
    assert split_raw_authors(text) == expected


def test_arxiv_all_samples_through_read_records():
    report = ReadReport()
    records = list(read_records([ATOM, OAI, SNAPSHOT], report=report))
    assert report.formats == {"arxiv-atom": 8, "arxiv-oai": 7, "arxiv-snapshot": 1}
    assert len(records) == 33 + 50 + 200
    assert sorted(s["message"][:6] for s in report.skipped) == ["[E013]", "[E103]", "[E106]"]


@pytest.mark.parametrize("text,expected", [
    (r"C. Bal\'azs", "C. Balázs"),  # accent macro
    (r"{\em Schr\"odinger} \c{c} \'{e}", "Schrödinger ç é"),  # braced accents, font switch
    (r"{\o}ystein \ss \l{}od\'z", "øystein ß łodź"),  # letter macros
    (r"Calculation of $\Lambda_{\alpha}$", "Calculation of $Λ_{α}$"),  # math kept, symbols to Unicode
    (r"$H^{p,q}(\mathbb{R}^n)$", r"$H^{p,q}(\mathbb{R}^n)$"),  # grouping braces kept in math
    (r"$\Q(\sqrt{5})$", r"$\Q(\sqrt{5})$"),  # unknown macro: math left as written
    (r"costs $5 million and $10", "costs $5 million and $10"),  # money is not math
    (r"from $10-$20 per hour", r"from $10-$20 per hour"),  # nor a price range
    (r"an F$_1$ of $93.1\%$ with a $k$-NN, top-$5$", "an F1 of 93.1% with a k-NN, top-5"),  # simple math rendered
    (r"$\sim$3x faster on En$\to$De, R$^2$ and $10^{-5}$", "∼3x faster on En→De, R² and 10⁻⁵"),  # symbols, superscripts
    (r"$\ell_1$ and $L_2$ at $150\,$GeV", "ℓ1 and L2 at 150 GeV"),  # norms, TeX spaces
    (r"$m_t$, Cu$_3$, $4N$, $x^T$, $O(n \log n)$", r"$m_t$, Cu$_3$, $4N$, $x^T$, $O(n \log n)$"),  # symbols: TeX kept
    ("vote-k gains 12.9%/11.4% on ~10 tasks", "vote-k gains 12.9%/11.4% on ~10 tasks"),  # % is not a comment
    (r"Gould & Morgan \cite{gm03}", "Gould & Morgan"),  # & literal, citation dropped
    (r"we compare on \benchmark", "we compare on benchmark"),  # author macro keeps its name
    (r"``geometrical'' order", "“geometrical” order"),  # TeX quotes
    (r"\textbf{Bold \emph{nested}} x", "Bold nested x"),  # nested markup stripped
    ("https://github.com/a_b/c~d#x {y}", "https://github.com/a_b/c~d#x y"),  # URLs verbatim
    ("  hard\n  wrapped\n", "hard wrapped"),  # whitespace normalised
])
def test_arxiv_clean_latex(text, expected):
    from kg.readers._common import clean_latex

    assert clean_latex(text) == expected
