"""pubmed (efetch XML) and medline (nbib text): real files, safe XML parsing, structured abstracts, errors."""

from __future__ import annotations

import gzip
import http.server
import re
import threading
from pathlib import Path

import pytest

from kg.errors import RecordError
from kg.readers import ReadReport, detect_format, read_records
from kg.readers.pubmed import parse_medline, read_medline, read_pubmed

DATA = Path(__file__).parent.parent / "data" / "formats"
PUBMED2 = DATA / "pubmed-xml" / "pubmed2.xml"
PUBMED4 = DATA / "pubmed-xml" / "pubmed4.xml"
PUBMED6 = DATA / "pubmed-xml" / "pubmed6.xml"
MEDLINE = DATA / "pubmed-medline" / "pubmed_result2.txt"


def _split(items):
    return ([i for i in items if not isinstance(i, RecordError)], [i for i in items if isinstance(i, RecordError)])


def _article(title: str, abstract: str = "<AbstractText>Text.</AbstractText>", pmid: str = "1") -> str:
    return (f"<PubmedArticle><MedlineCitation><PMID>{pmid}</PMID><Article><Journal><Title>J</Title></Journal>"
            f"<ArticleTitle>{title}</ArticleTitle><Abstract>{abstract}</Abstract></Article></MedlineCitation>"
            f"</PubmedArticle>")


@pytest.mark.parametrize("path,count,line", [(PUBMED2, 2, 4), (PUBMED4, 1, 4), (PUBMED6, 1, 4)])
def test_pubmed_real_files_counts(path, count, line):
    records, errors = _split(list(read_pubmed(path)))
    assert errors == [] and len(records) == count
    assert all(r.abstract and r.title and r.format == "pubmed" and r.line == line for r in records)


def test_pubmed_fields():
    first, second = read_pubmed(PUBMED2)
    assert first.id == "doi:10.1006/cryo.2001.2328" and ("pmid", "11748933") in first.extra
    assert first.title.startswith("Is cryopreservation a homogeneous process?")
    assert first.authors[0] == "A R Taddei" and first.venue == "Cryobiology" and first.date == "2001-06"
    assert first.url == "https://pubmed.ncbi.nlm.nih.gov/11748933/"
    assert second.doi == "10.1006/jmre.2001.2429"  # from PubmedData/ArticleIdList


def test_pubmed_copyright_information_is_not_abstract():
    first, _ = read_pubmed(PUBMED2)
    assert "Copyright" not in first.abstract
    assert first.abstract.endswith("the process of sperm damage.")


def test_pubmed_structured_abstract_keeps_labels():
    (rec,) = read_pubmed(PUBMED4)
    assert rec.abstract.startswith("OBJECTIVE: Telomere shortening occurs")
    for label in (" DESIGN: We measured", " RESULTS: Shorter prediagnostic", " CONCLUSIONS: Prediagnostic"):
        assert label in rec.abstract


@pytest.mark.parametrize("path,fragment", [
    (PUBMED4, "reverse transcriptase (TERT) gene region"),  # <i>TERT</i>
    (PUBMED4, "ptrend=0.048"),  # p<sub>trend</sub>: glued, no gap
    (PUBMED4, "linkage disequilibrium r2<0.25"),  # <sup>2</sup> and &lt;
    (PUBMED6, "maximal oxygen uptake ( V\u0307O2max ) 67.6"),  # MathML: V with dot above, O2max
    (PUBMED6, "velocity at MLSS (VMLSS) more accurate"),  # <sub>V</sub>MLSS
])
def test_pubmed_inline_markup_and_mathml_to_text(path, fragment):
    (rec,) = read_pubmed(path)
    assert fragment in rec.abstract
    assert not re.search(r"</?[a-z]", rec.abstract) and "mml" not in rec.abstract


def test_pubmed_character_references_decoded(tmp_path):
    path = tmp_path / "a.xml"
    path.write_text(f'<?xml version="1.0" ?>\n<PubmedArticleSet>{_article("Universit&#xe0; degli Studi")}'
                    f"</PubmedArticleSet>")
    (rec,) = read_pubmed(path)
    assert rec.title == "Università degli Studi"


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self):  # noqa: N802 (http.server's naming)
        _Recorder.hits.append(self.path)
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b'<!ENTITY remote "FETCHED">')

    def log_message(self, *args):
        pass


def test_pubmed_never_fetches_the_dtd_or_external_entities(tmp_path):
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        secret = tmp_path / "secret.txt"
        secret.write_text("LOCALSECRET")
        path = tmp_path / "xxe.xml"
        path.write_text(
            f'<?xml version="1.0" ?>\n<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle//EN" "{url}/pubmed.dtd" [\n'
            f'<!ENTITY secret SYSTEM "{url}/secret.txt">\n<!ENTITY local SYSTEM "{secret.as_uri()}">]>\n'
            f"<PubmedArticleSet>{_article('Title &secret; &local; end')}</PubmedArticleSet>")
        records, errors = _split(list(read_pubmed(path)))
    finally:
        server.shutdown()
        server.server_close()
    assert _Recorder.hits == []
    assert errors == [] and len(records) == 1
    assert "FETCHED" not in records[0].title and "LOCALSECRET" not in records[0].title
    assert records[0].title.startswith("Title")


def test_pubmed_truncated_file_keeps_complete_articles(tmp_path):
    text = PUBMED4.read_text()
    body = text[text.index("<PubmedArticle>"):text.index("</PubmedArticleSet>")]
    path = tmp_path / "cut.xml"
    path.write_text(text[:text.index("</PubmedArticleSet>")] + body[: len(body) // 2])
    records, errors = _split(list(read_pubmed(path)))
    assert len(records) == 1 and len(errors) == 1
    message = str(errors[0])
    assert "[E152]" in message and "after 1 complete record" in message and str(path) in message
    assert errors[0].line is not None and errors[0].line > 800


def test_pubmed_other_root_element_is_an_error(tmp_path):
    path = tmp_path / "esearch.xml"
    path.write_text("<eSearchResult><Count>0</Count></eSearchResult>")
    records, errors = _split(list(read_pubmed(path)))
    assert records == [] and "[E153]" in str(errors[0]) and "<eSearchResult>" in str(errors[0])


def test_pubmed_article_without_citation_is_reported(tmp_path):
    path = tmp_path / "odd.xml"
    path.write_text(f"<PubmedArticleSet><PubmedArticle><PubmedData/></PubmedArticle>{_article('Kept')}</PubmedArticleSet>")
    records, errors = _split(list(read_pubmed(path)))
    assert [r.title for r in records] == ["Kept"] and "[E154]" in str(errors[0])


# --- MEDLINE -------------------------------------------------------------------------------------


def test_medline_real_file():
    records, errors = _split(list(read_medline(MEDLINE)))
    assert errors == [] and len(records) == 4
    assert [r.line for r in records] == [2, 67, 127, 192]  # the line of each "PMID-"
    assert [dict(r.extra)["pmid"] for r in records] == ["16403221", "16377612", "14871861", "14630660"]
    assert all(r.abstract and r.format == "medline" for r in records)


def test_medline_continuations_and_labels():
    first, second, *_ = read_medline(MEDLINE)
    assert second.title == "GenomeDiagram: a python package for the visualization of large-scale genomic data."
    assert first.abstract.startswith("BACKGROUND: Benchmarking algorithms in structural bioinformatics often involves the")
    assert " RESULTS: We have designed" in first.abstract and "  " not in first.abstract
    assert first.authors == ("James A Casbon", "Gavin E Crooks", "Mansoor A S Saqi")
    assert first.doi == "10.1186/1471-2105-7-10" and first.date == "2006"
    assert second.date == "2006-03-01"


def test_medline_bad_line_and_missing_pmid(tmp_path):
    path = tmp_path / "bad.nbib"
    path.write_text("PMID- 1\nTI  - Good\nAB  - Text.\n\nTI  - No pmid\n\nPMID- 3\nthis is not a field\nTI  - X\n")
    records, errors = _split(list(read_medline(path)))
    assert [r.title for r in records] == ["Good"]
    assert "[E154]" in str(errors[0]) and errors[0].line == 5
    assert "[E156]" in str(errors[1]) and errors[1].line == 8


def test_medline_parse_joins_six_space_continuations():
    (start, fields, error), = parse_medline("PMID- 9\nAB  - one\n      two\n")
    assert (start, error) == (1, None) and fields == [("PMID", "9"), ("AB", "one two")]


@pytest.mark.parametrize("path,name", [(PUBMED2, "pubmed"), (PUBMED4, "pubmed"), (PUBMED6, "pubmed"),
                                       (MEDLINE, "medline")])
def test_pubmed_detected_plain_and_gzipped(tmp_path, path, name):
    assert detect_format(path) == name
    gz = tmp_path / (path.name + ".gz")
    gz.write_bytes(gzip.compress(path.read_bytes()))
    assert detect_format(gz) == name
    report = ReadReport()
    assert len(list(read_records([gz], report=report))) == len(list(read_records([path])))
    assert report.skipped == []
