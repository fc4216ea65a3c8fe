"""The assembled pipeline: component conformance, saving and loading, extract_records."""

from __future__ import annotations

from pathlib import Path

import spacy
import pytest

from extractors._extensions import DOC_EXTENSIONS
from extractors.labels import ALL_LABELS
from kg.pipeline import DEFAULT_PIPELINE, extract_records, make_nlp, span_group_of
from kg.records import PaperRecord

TEXT = ("MatSci-NLP: Evaluating Scientific Language Models\n\n"
        "We present MatSci-NLP, a natural language benchmark. We fine-tune BERT and LLaMA-2-7B with "
        "Low-Rank Adaptation (LoRA) on GSM8K and KAMEL and report accuracy and F1 for named entity recognition. "
        "MatSci-NLP outperforms GPT-4 by 4.9% accuracy. Larger models suffer from high latency.")


def _components(nlp):
    return [name for name in DEFAULT_PIPELINE if name in nlp.pipe_names]


def _run_until(nlp, name, text):
    doc = nlp.make_doc(text)
    for pipe_name, proc in nlp.pipeline:
        if pipe_name == name:
            return doc, proc
        doc = proc(doc)
    raise AssertionError(name)


def _snapshot(doc):
    return {key: [(s.start, s.end, s.label_) for s in group] for key, group in doc.spans.items()}


def _extension_snapshot(doc):
    return {name: repr(getattr(doc._, name)) for name in DOC_EXTENSIONS}


@pytest.mark.parametrize("name", [n for n in DEFAULT_PIPELINE if n != "kg_ner"])
def test_component_conformance(nlp, name):
    if name not in nlp.pipe_names:
        pytest.skip(f"{name} is not installed in this pipeline")
    doc, proc = _run_until(nlp, name, TEXT)
    before, extensions = _snapshot(doc), _extension_snapshot(doc)
    doc = proc(doc)
    after = _snapshot(doc)
    own = span_group_of(name)
    # writes only its own span group, and only the custom attributes its factory declares
    changed = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
    assert changed <= ({own} if own else set())
    written = {f"doc._.{k}" for k, v in _extension_snapshot(doc).items() if v != extensions[k]}
    assert written <= set(nlp.get_pipe_meta(name).assigns)
    if own:
        group = doc.spans[own]
        scores = group.attrs.get("scores")
        assert scores is not None and len(scores) == len(group)
        assert all(0.0 <= float(s) <= 1.0 for s in scores)
        assert {s.label_ for s in group} <= set(ALL_LABELS)
    # idempotent: running again gives the same annotations
    again = _snapshot(proc(doc))
    assert again == after


@pytest.mark.parametrize("name", [n for n in DEFAULT_PIPELINE if n != "kg_ner"])
def test_component_empty_doc(nlp, name):
    if name not in nlp.pipe_names:
        pytest.skip(f"{name} is not installed in this pipeline")
    doc = nlp.make_doc("")
    for pipe_name, proc in nlp.pipeline:
        doc = proc(doc)
        if pipe_name == name:
            break
    own = span_group_of(name)
    if own:
        assert len(doc.spans[own]) == 0


def test_make_nlp_order_and_exclude():
    nlp = make_nlp(model=False, exclude=["kg_proposals"])
    assert "kg_proposals" not in nlp.pipe_names
    names = _components(nlp)
    assert names == [n for n in DEFAULT_PIPELINE if n in names]
    assert names.index("kg_merge") > names.index("kg_gazetteer")


def test_make_nlp_spacy_load_roundtrip(nlp, tmp_path):
    nlp.to_disk(tmp_path / "pipeline")
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == nlp.pipe_names
    a, b = nlp(TEXT), loaded(TEXT)
    assert [t.text for t in a] == [t.text for t in b]
    assert [(s.text, s.label_) for s in a.spans["kg_entities"]] == [(s.text, s.label_) for s in b.spans["kg_entities"]]


def test_extract_records_offsets_index_record_text(nlp):
    record = PaperRecord(id="p1", title="MatSci-NLP: Evaluating Scientific Language Models",
                         abstract=TEXT.split("\n\n", 1)[1])
    (extraction,) = list(extract_records(nlp, [record]))
    assert extraction.paper_id == "p1"
    assert extraction.mentions
    for m in extraction.mentions:
        assert record.text[m.start:m.end] == m.text
        assert record.text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
        assert m.start >= m.sentence_start and m.end <= m.sentence_start + len(m.sentence)
        assert 0.0 <= m.confidence <= 1.0
    found = {(m.text, m.label) for m in extraction.mentions}
    assert {("MatSci-NLP", "DATASET"), ("BERT", "METHOD"), ("LLaMA-2-7B", "METHOD"), ("GSM8K", "DATASET"),
            ("accuracy", "METRIC"), ("named entity recognition", "TASK"), ("Low-Rank Adaptation (LoRA)", "METHOD")} <= found
    proposes = {(r.object, r.object_label) for r in extraction.relations if r.relation == "proposes"}
    assert proposes == {("MatSci-NLP", "DATASET")}
    assert ("LoRA", "Low-Rank Adaptation") in extraction.abbreviations


def test_extract_records_reads_typeset_hyphens_as_hyphens(nlp):
    # typeset text writes U+2010 / U+2011 for "-": "ImageNet‐1k" was no dataset (the model typed it METRIC), the
    # surfaces stay as the record writes them
    record = PaperRecord(id="p1", title="", abstract="ZorbNet reaches 91.2% accuracy on ImageNet\u20101k and beats "
                                                     "GPT\u20114 on MMLU.")
    (extraction,) = list(extract_records(nlp, [record]))
    found = {(m.text, m.label, m.entity) for m in extraction.mentions}
    assert {("ImageNet\u20101k", "DATASET", "ImageNet"), ("GPT\u20114", "METHOD", "GPT-4")} <= found
    for m in extraction.mentions:
        assert record.text[m.start:m.end] == m.text


def test_tokenised_text_is_read_with_its_hyphens_joined(nlp):
    """SciREX-style tokenised text ("Fast R - CNN", "CIFAR - 10"): names are found as in plain text, offsets index
    the record's own text, and the joined name is the canonical one; a dash in plain text is left alone."""
    record = PaperRecord(id="t", title="", abstract="We train Fast R - CNN on CIFAR - 10 and reach 93.2 % accuracy .")
    forked = PaperRecord(id="f", title="", abstract="We train Fast R - CNN on CIFAR - 10 , with pre - training .")
    (ex, ex2) = list(extract_records(nlp, [record, forked]))
    found = {(m.text, m.label): m.entity for m in ex.mentions}
    assert found[("CIFAR - 10", "DATASET")] == "CIFAR-10" and found[("Fast R - CNN", "METHOD")]  # the lexicon's name
    for extraction, rec in ((ex, record), (ex2, forked)):
        for m in extraction.mentions:
            assert rec.text[m.start:m.end] == m.text
            assert rec.text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
    assert [record.text[r.start:r.end] for r in ex.results] == ["93.2 %"]
    assert {m.text for m in ex2.mentions} >= {"Fast R - CNN", "CIFAR - 10"}  # "pre - training": joined as well
    assert list(extract_records(nlp, [record, forked], batch_size=1, n_process=2)) == [ex, ex2]  # forked workers
    plain = PaperRecord(id="d", title="", abstract="We propose CPTQuant - a 4-bit method for LLMs .")
    (ex3,) = list(extract_records(nlp, [plain]))  # a hyphen inside a word: " - " is a dash, nothing is joined
    assert all(plain.text[m.start:m.end] == m.text for m in ex3.mentions)


def test_tokenised_text_is_read_as_its_plain_form(nlp):
    """A tokenised text is read with its brackets, commas, full stops, possessives and PTB tokens joined
    ("( QRNNs ) ,", "-LRB- QRNNs -RRB-"): what the pipeline finds is what it finds in the plain text, every offset
    indexes the record's own text (a span ends after "-RRB-"), and ordinary text is never changed."""
    from kg.mentions import joined_tokens

    plain = PaperRecord(id="p", title="Quasi-Recurrent Neural Networks", abstract=(
        "We introduce quasi-recurrent neural networks (QRNNs), an approach to neural sequence modeling. "
        "QRNNs outperform LSTMs on the Penn Treebank, WikiText-2 and IMDb."))
    spaced = PaperRecord(id="s", title="Quasi - Recurrent Neural Networks", abstract=(
        "We introduce quasi - recurrent neural networks ( QRNNs ) , an approach to neural sequence modeling . "
        "QRNNs outperform LSTMs on the Penn Treebank , WikiText - 2 and IMDb ."))
    ptb = PaperRecord(id="b", title="Quasi-Recurrent Neural Networks", abstract=(
        "We introduce quasi-recurrent neural networks -LRB- QRNNs -RRB- , an approach to neural sequence modeling . "
        "The model 's `` gates '' are fast ."))
    got = list(extract_records(nlp, [plain, spaced, ptb]))
    relations = [{(r.relation, r.subject, r.object) for r in ex.relations} for ex in got]
    assert relations[1] == relations[0] and ("proposes", "", "QRNNs") in relations[1]
    # the PTB text states the plain text's used_for, its subject the joined 'long (SHORT)' mention
    assert ("used_for", "quasi-recurrent neural networks (QRNNs)", "neural sequence modeling") in relations[2]
    assert {r for r in relations[2] if r[0] == "used_for"} == {r for r in relations[0] if r[0] == "used_for"}
    for extraction, rec in zip(got, (plain, spaced, ptb)):
        for m in extraction.mentions:
            assert rec.text[m.start:m.end] == m.text
            assert rec.text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
    assert "quasi-recurrent neural networks -LRB- QRNNs -RRB-" in {m.text for m in got[2].mentions}
    assert list(extract_records(nlp, [plain, spaced, ptb], batch_size=1, n_process=2)) == got  # forked workers
    assert joined_tokens(ptb.text)[0].endswith("(QRNNs), an approach to neural sequence modeling. "
                                               "The model's “gates” are fast.")
    # ordinary text: a stray " , " or " ." left by a removed citation, a dash, a spaced bracket in a formula
    for text in ("Similar to , we train on CIFAR10, and ImageNet .", "We focus attention on the Graph500 benchmark .",
                 "Let N S ( y i ) be the neighbours, as in ( 3 ) .", "CPTQuant - a 4-bit method, ( ours ) ."):
        assert joined_tokens(text) is None
    # PTB-style text keeps hyphens inside words: its " - " is a dash, its brackets are joined
    assert joined_tokens("CPTQuant - a 4-bit method ( ours ) .")[0] == "CPTQuant - a 4-bit method (ours)."


def test_pipe_batches_annotates_like_nlp_pipe(nlp):
    """Component-by-component batches give the same extractions as spaCy's nlp.pipe, in order."""
    from kg.mentions import doc_to_extraction
    from kg.pipeline import iter_extractions, pipe_batches
    from kg.readers import read_records

    records = list(read_records([Path(__file__).resolve().parents[2] / "examples" / "hf-papers" / "000_c33ede3366bcb84c.txt"]))[:40]
    records.append(PaperRecord(id="empty", title="", abstract=""))
    texts = [r.text for r in records]
    expected = [doc_to_extraction(doc, r) for doc, r in zip(nlp.pipe(texts, batch_size=7), records)]
    batches = list(pipe_batches(nlp, texts, batch_size=7))
    assert [len(b) for b in batches] == [7] * 5 + [6]
    got = [doc_to_extraction(doc, r) for doc, r in zip((d for b in batches for d in b), records)]
    assert got == expected
    assert any(ex.mentions for ex in got)
    assert [ex for ex, _ in iter_extractions(nlp, records, batch_size=7)] == expected


def test_iter_extractions_forked_workers_match_one_process(nlp, monkeypatch):
    """--jobs N: forked workers give the same extractions, in input order, as one process."""
    import kg.pipeline
    from kg.pipeline import iter_extractions
    from kg.readers import read_records

    records = list(read_records([Path(__file__).resolve().parents[2] / "examples" / "hf-papers" / "000_c33ede3366bcb84c.txt"]))[:30]
    one = list(iter_extractions(nlp, records, batch_size=4))
    assert kg.pipeline._fork_context() is not None  # the test exercises the forked pool, not the fallback
    forked = []
    monkeypatch.setattr(kg.pipeline, "_iter_forked", _spy(kg.pipeline._iter_forked, forked))
    two = list(iter_extractions(nlp, records, batch_size=4, n_process=2))
    assert forked == [True]
    assert [r.id for _, r in two] == [r.id for r in records]
    assert [ex for ex, _ in two] == [ex for ex, _ in one]
    assert kg.pipeline._FORK_NLP is None  # the parent does not keep a second reference to the pipeline


def _die(records):
    import os

    os._exit(3)  # a worker killed mid-batch (the OOM killer)


def test_iter_extractions_worker_death_is_an_error_not_a_hang(nlp, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    import kg.pipeline
    from kg.pipeline import iter_extractions

    monkeypatch.setattr(kg.pipeline, "_extract_batch", _die)  # the forked workers inherit the patch
    records = [PaperRecord(id=f"p{i}", title="We fine-tune BERT.", abstract="") for i in range(8)]
    with pytest.raises(BrokenProcessPool):
        list(iter_extractions(nlp, records, batch_size=2, n_process=2))


def _spy(func, calls):
    def wrapper(*args, **kwargs):
        calls.append(True)
        return func(*args, **kwargs)
    return wrapper


def test_fewer_collections_restores_the_thresholds_when_overlapping_blocks_end_in_any_order():
    import gc

    from kg.pipeline import GC_THRESHOLD, make_nlp, pipe_batches

    before = gc.get_threshold()
    nlp = make_nlp(model=False)
    first = pipe_batches(nlp, ["We use BERT.", "On GSM8K."], batch_size=1)
    second = pipe_batches(nlp, ["We use BERT.", "On GSM8K."], batch_size=1)
    next(first)
    next(second)
    assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])
    first.close()  # the first one opened ends first: the second still runs with few collections
    assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])
    second.close()
    assert gc.get_threshold() == before


@pytest.fixture(scope="module")
def full_nlp():
    """The shipped pipeline with the NER model, whose spans an all-caps title misled most."""
    from extractors.ner import model_available

    if not model_available():
        pytest.skip("no NER model")
    return make_nlp()


@pytest.mark.parametrize("title", ["DEEP RESIDUAL LEARNING FOR IMAGE RECOGNITION",
                                   "A FAST LEARNING ALGORITHM FOR DEEP BELIEF NETS",
                                   "NEURAL MACHINE TRANSLATION BY JOINTLY LEARNING TO ALIGN AND TRANSLATE"])
def test_extract_records_all_caps_title_read_as_title_case(full_nlp, title):
    """A WoS/Scopus title in capitals is read re-cased (no word taken for an acronym), reported as written."""
    nlp = full_nlp
    abstract = "We present a residual learning framework. We obtain 3.57% top-5 error on the ImageNet test set with SVM."
    record = PaperRecord(id="x", title=title, abstract=abstract)
    (ex,) = extract_records(nlp, [record])
    (plain,) = extract_records(nlp, [PaperRecord(id="x", title=title.title(), abstract=abstract)])
    assert all(record.text[m.start:m.end] == m.text for m in ex.mentions)
    assert {(m.label, m.text.casefold()) for m in ex.mentions} == {(m.label, m.text.casefold()) for m in plain.mentions}
    assert not [m for m in ex.mentions if m.label == "METHOD" and m.text.isupper() and m.text != "SVM"]


def _format_record(fmt: str, record_id: str) -> PaperRecord:
    """The first record with ``record_id`` of the real format sample ``tests/data/formats/<fmt>``."""
    from kg.readers import read_records

    path = Path(__file__).parent.parent / "data" / "formats" / fmt
    return next(r for r in read_records([path]) if r.id == record_id)


def test_extract_records_all_caps_title_of_a_real_scopus_record(full_nlp):
    record = _format_record("scopus-csv/scopus_sample.csv", "doi:10.51576/ymd.1815785")  # FROM ALGORITHMS TO ...
    (ex,) = extract_records(full_nlp, [record])
    assert "FROM ALGORITHMS" not in {m.text for m in ex.mentions}
    assert all(record.text[m.start:m.end] == m.text for m in ex.mentions)


@pytest.mark.parametrize("fmt, record_id", [
    ("pubmed-medline/pubmed_result2.txt", "doi:10.1186/1471-2105-7-10"),  # BACKGROUND: ... RESULTS: ...
    ("pubmed-xml/pubmed4.xml", "doi:10.1136/gutjnl-2016-312510"),  # OBJECTIVE: DESIGN: RESULTS: CONCLUSIONS:
    ("semantic-scholar/test.jsonl", "doi:10.1002/pon.3954"),  # Web of Science style: OBJECTIVE This ... METHODS A ...
])
def test_extract_records_structured_abstract_labels_are_no_names(full_nlp, fmt, record_id):
    """Capital section labels of structured abstracts (real PubMed / S2 records) give no mentions."""
    record = _format_record(fmt, record_id)
    (ex,) = extract_records(full_nlp, [record])
    labels = {"BACKGROUND", "OBJECTIVE", "DESIGN", "METHODS", "RESULTS", "CONCLUSION", "CONCLUSIONS"}
    assert not [m.text for m in ex.mentions if m.text in labels]
    assert all(record.text[m.start:m.end] == m.text for m in ex.mentions)
    assert not [r for r in ex.results if r.method in labels]


@pytest.mark.parametrize("fmt, record_id, not_names", [
    # units typed METRIC with their values ("31 kOe", "0.395 TPa, 83.23 GPa") or METHOD ("350-800 mK", "3.49 MeV")
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0119", {"kOe"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0183", {"GPa", "TPa"}),
    ("arxiv-oai-pmh/sample_arxiv_record.xml", "arxiv:1606.07538", {"MeV", "eV2", "x10-5"}),
    # chemical formulas and ions (Gd2Sn2O7, Mg2+), units (mK, mM, pA), quasar catalogue names (HE2347-4342)
    ("arxiv-api-atom/search_query=au:del_maestro.xml", "arxiv:cond-mat/0702661", {"Gd2Sn2O7", "Gd2Ti2O7", "mK"}),
    ("semantic-scholar/test.jsonl", "doi:10.1152/jn.00070.2003", {"Mg2", "mM", "pA"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0187", {"HE2347-4342", "QSOJ23503-4328"}),
])
def test_extract_records_units_formulas_and_sky_positions_are_no_names(full_nlp, fmt, record_id, not_names):
    """Physical units, chemical formulas and catalogue positions in real physics/biology records give no mentions."""
    record = _format_record(fmt, record_id)
    assert all(name in record.text for name in not_names)
    (ex,) = extract_records(full_nlp, [record])
    assert not {m.text for m in ex.mentions} & not_names
    assert not [r for r in ex.results if r.metric in not_names or r.method in not_names]


@pytest.mark.parametrize("fmt, record_id, not_names", [
    # process rates and correlation functions a physics, environment or finance abstract studies, not measures
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0192", {"star formation rate"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0080",
     {"evaporation rates", "relaxation-driven mass-loss rates"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0150", {"spin correlation"}),
    ("semantic-scholar/test.jsonl", "doi:10.1016/j.jenvrad.2015.06.003", {"air dose rates", "dose rates"}),
    # an adjective of the sentence before a nominalisation: no task
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0174", {"controversial extraction"}),
    # title-only records (no abstract) are read as titles, not as passages where the model's spans stand alone
    ("openalex/snapshot/works/updated_date=2023-05-16/part_000", "doi:10.3030/705499", {"House Architecture"}),
    ("openalex/snapshot/works/updated_date=2023-05-16/part_000", "doi:10.3030/658846", {"Closed-Loop Flow Control"}),
    ("semantic-scholar/test.jsonl", "doi:10.1108/jcm.2002.19.1.74.2", {"Commitment‐led", "Customer’s Mind"}),
])
def test_extract_records_physical_rates_and_title_only_records(full_nlp, fmt, record_id, not_names):
    """Real records of tests/data/formats whose named quantities or bare titles gave wrong mentions."""
    record = _format_record(fmt, record_id)
    assert all(name in record.text for name in not_names)
    (ex,) = extract_records(full_nlp, [record])
    assert not {m.text for m in ex.mentions} & not_names
    assert all(record.text[m.start:m.end] == m.text for m in ex.mentions)
    assert all(r.metric not in not_names for r in ex.results)


def test_extract_records_title_only_record_keeps_its_title_names(full_nlp):
    """A record without an abstract is read as a title: its names are still found, offsets index record.text."""
    record = PaperRecord(id="t", title="BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding", abstract="")
    (ex,) = extract_records(full_nlp, [record])
    assert ("METHOD", "BERT") in {(m.label, m.text) for m in ex.mentions}
    assert all(record.text[m.start:m.end] == m.text and m.sentence == record.title for m in ex.mentions)


@pytest.mark.parametrize("fmt, record_id, not_names", [
    # complexity classes and qualified dimensions or kinds are no names
    ("bibtex/savedrecs.bib", "doi:10.1016/s0020-0255(03)00182-8", {"NP-hard"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0189", {"coNP-complete"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0024", {"quasi-2D"}),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0146", {"type-II"}),
    # a front-matter label or the topic of a comparative study before a title's colon is proposed by nobody
    ("ris/example.ris", "doi:10.1109/sc.companion.2012.261", {"Abstract"}),
    ("semantic-scholar/test.jsonl", "doi:10.1002/smll.201570251", {"Electrodes"}),
])
def test_extract_records_complexity_classes_and_title_labels_are_no_names(full_nlp, fmt, record_id, not_names):
    record = _format_record(fmt, record_id)
    assert all(name in record.text for name in not_names)
    (ex,) = extract_records(full_nlp, [record])
    assert not {m.text for m in ex.mentions} & not_names
    assert not [r for r in ex.relations if r.object in not_names]


@pytest.mark.parametrize("fmt, record_id, not_names", [
    # definitions of diseases, organisations, molecules: neither form is a name
    ("semantic-scholar/test.jsonl", "doi:10.1001/jamaoto.2017.0548", {"OCSCC", "oral cavity squamous cell carcinoma (OCSCC)"}),
    ("wos-plaintext/savedrecs.txt", "doi:10.1007/s00330-021-08490-9", {"mTLE-HS"}),
    ("openalex/works_search_biodiversity_page1.json", "title:ea5b0ab44db9dfc3",
     {"CI", "Conservation International (CI)", "Global Environmental Facility (GEF)"}),
    ("semantic-scholar/test.jsonl", "doi:10.1152/jn.00070.2003", {"NMDAR"}),
])
def test_extract_records_definitions_of_diseases_organisations_molecules_are_no_names(full_nlp, fmt, record_id, not_names):
    record = _format_record(fmt, record_id)
    (ex,) = extract_records(full_nlp, [record])
    assert not {m.text for m in ex.mentions} & not_names
    assert "NMDAR" not in not_names or "NMDA receptor" in record.text


def test_non_name_definitions_keep_method_definitions(full_nlp):
    """'Single Shot Detector (SSD)' stays a method; 'Parkinson's disease (PD)' gives no name."""
    record = PaperRecord(id="x", title="Detecting tremor", abstract=(
        "We use a Single Shot Detector (SSD) to detect tremor in patients with Parkinson's disease (PD). "
        "SSD finds PD symptoms with 91% accuracy."))
    (ex,) = extract_records(full_nlp, [record])
    texts = {m.text for m in ex.mentions}
    assert "SSD" in texts and "PD" not in texts


def test_extract_records_plm_appositive_is_a_method(full_nlp):
    """'We present AlephBERT, a large PLM for Modern Hebrew, trained on ... a larger dataset' (a real ACL Anthology
    record): the model-class acronym is the appositive's head, so the proposed name stays a METHOD."""
    record = _format_record("acl-anthology-xml/2022.acl.xml", "doi:10.18653/v1/2022.acl-long.4")
    (ex,) = extract_records(full_nlp, [record])
    assert {m.label for m in ex.mentions if m.text == "AlephBERT"} == {"METHOD"}


@pytest.mark.parametrize("fmt, record_id, not_names, names", [
    # abstracts without a word of machine learning or computing: the rules' and the model's guesses at acronyms
    # (instruments, experiments, genes) are dropped; a technique's definition stays
    ("arxiv-oai-pmh/sample_arxiv_record.xml", "arxiv:1512.07978", {"IceCube", "UHECRs"}, set()),
    ("crossref/test_bulk_doi_search.6.response.json", "doi:10.1101/2024.04.01.587366", {"MLH1", "SNVs", "pegRNA"}, set()),
    ("arxiv-kaggle-snapshot/arxiv-metadata-oai-snapshot.json", "arxiv:0704.0150", {"XXZ"},
     {"density matrix renormalization group (DMRG)"}),
])
def test_extract_records_out_of_domain_guesses(full_nlp, fmt, record_id, not_names, names):
    record = _format_record(fmt, record_id)
    assert all(name in record.text for name in not_names | names)
    (ex,) = extract_records(full_nlp, [record])
    texts = {m.text for m in ex.mentions}
    assert not texts & not_names and names <= texts


def test_out_of_domain_guesses_keep_ml_abstracts(full_nlp):
    """One machine-learning word keeps every guess: the gate is for abstracts of other fields only."""
    abstract = "We measure the QXT flux with the ZorbaNet array. The ZorbaNet pipeline runs on QXT data."
    (gated,) = extract_records(full_nlp, [PaperRecord(id="x", title="Fluxes at ZorbaNet", abstract=abstract)])
    (kept,) = extract_records(full_nlp, [PaperRecord(id="x", title="Fluxes at ZorbaNet",
                                                     abstract=abstract + " A neural model helps.")])
    # (both ways, so that the test fails if the gate drops nothing, or drops the guesses of ML abstracts too)
    assert not [m.text for m in gated.mentions if m.label == "METHOD"]
    assert "ZorbaNet" in {m.text for m in kept.mentions if m.label == "METHOD"}


@pytest.mark.parametrize("fmt, record_id", [
    ("pubmed-xml/pubmed4.xml", "doi:10.1136/gutjnl-2016-312510"),  # "ORs and 95% CIs", "95% CI 1.07 to 2.78"
    ("semantic-scholar/test.jsonl", "doi:10.1001/jamaoto.2017.0548"),  # "44% (95% CI, 34%-55%)"
])
def test_extract_records_confidence_intervals_are_no_measures(full_nlp, fmt, record_id):
    record = _format_record(fmt, record_id)
    assert "95% CI" in record.text
    (ex,) = extract_records(full_nlp, [record])
    assert not [m.text for m in ex.mentions if m.text.startswith("CI")]
    assert not [r for r in ex.results if r.metric and r.metric.startswith("CI")]


@pytest.mark.parametrize("record_id, not_names", [
    ("doi:10.1109/p3hpc51967.2020.00006", {"OpenMP", "SYCL", "x86", "Arm"}),  # "open standards OpenMP and SYCL"
    ("doi:10.1147/jrd.2020.2965881", {"HPC", "High-performance computing (HPC)", "NVLink2"}),
])
def test_extract_records_hpc_fields_standards_hardware_are_no_names(full_nlp, record_id, not_names):
    """Like CUDA, GPU and NLP: a field, a programming standard or a processor family is no method (real IEEE rows)."""
    record = _format_record("ieee-xplore-csv/ieee.csv", record_id)
    (ex,) = extract_records(full_nlp, [record])
    assert not {m.text for m in ex.mentions} & not_names
