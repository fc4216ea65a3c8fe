"""The shipped NER model and its kg_ner component."""

from __future__ import annotations

import spacy
import pytest

from extractors.labels import ENTITY_LABELS
from extractors.ner import DEFAULT_CONFIDENCE, NERFinder, default_model_path, model_available, score_span, trim_span
from kg.pipeline import make_nlp
from kg.train_ner import is_name_shaped

# Sentences whose names no lexicon or rule table could know (invented here).
UNSEEN = [
    ("We evaluate Quorvex on the Blandish-QA benchmark and report accuracy.", {"Quorvex", "Blandish-QA"}),
    ("Our model, ZentaNet, outperforms Trivolo on the PraxisSum dataset.", {"ZentaNet", "Trivolo", "PraxisSum"}),
    ("Experiments on the KelpCorpus show that FarnBERT improves F1 by 3 points.", {"KelpCorpus", "FarnBERT"}),
    ("We introduce MorrowLM, a language model trained on the Vexa-10M corpus.", {"MorrowLM", "Vexa-10M"}),
    ("Results on Glimmer-VQA and DuskCaps confirm that PlinthViT generalises.", {"Glimmer-VQA", "DuskCaps", "PlinthViT"}),
]


@pytest.fixture(scope="module")
def ner_nlp():
    return make_nlp(model=True)


def test_ner_model_is_shipped_as_package_data():
    assert model_available(), f"no model at {default_model_path()}; run `paperkg train-ner`"


def test_ner_component_is_in_the_default_pipeline(ner_nlp):
    assert "kg_ner" in ner_nlp.pipe_names
    assert ner_nlp.pipe_names.index("kg_ner") < ner_nlp.pipe_names.index("kg_merge")


def test_ner_writes_only_its_group_with_aligned_scores(ner_nlp):
    doc = ner_nlp.make_doc(UNSEEN[1][0])
    before = set(doc.spans)
    doc = ner_nlp.get_pipe("kg_ner")(doc)
    assert set(doc.spans) - before == {"kg_ner"}
    group = doc.spans["kg_ner"]
    assert len(group.attrs["scores"]) == len(group)
    assert all(s.label_ in ENTITY_LABELS for s in group)
    assert all(0.0 <= x <= 1.0 for x in group.attrs["scores"])


def test_ner_handles_empty_doc(ner_nlp):
    doc = ner_nlp.get_pipe("kg_ner")(ner_nlp.make_doc(""))
    assert len(doc.spans["kg_ner"]) == 0


def test_ner_is_idempotent(ner_nlp):
    pipe = ner_nlp.get_pipe("kg_ner")
    doc = pipe(ner_nlp.make_doc(UNSEEN[0][0]))
    first = [(s.start, s.end, s.label_) for s in doc.spans["kg_ner"]]
    doc = pipe(doc)
    assert [(s.start, s.end, s.label_) for s in doc.spans["kg_ner"]] == first


def test_ner_pipe_matches_call(ner_nlp):
    pipe = ner_nlp.get_pipe("kg_ner")
    texts = [t for t, _ in UNSEEN] + [""]
    single = [pipe(ner_nlp.make_doc(t)) for t in texts]
    batched = list(pipe.pipe((ner_nlp.make_doc(t) for t in texts), batch_size=2))
    one = [[(s.start, s.end, s.label_) for s in d.spans["kg_ner"]] for d in single]
    batch = [[(s.start, s.end, s.label_) for s in d.spans["kg_ner"]] for d in batched]
    assert one == batch


def test_ner_finds_names_no_lexicon_knows(ner_nlp):
    pipe = ner_nlp.get_pipe("kg_ner")
    wanted = found = 0
    for text, names in UNSEEN:
        doc = pipe(ner_nlp.make_doc(text))
        got = {s.text for s in doc.spans["kg_ner"]}
        wanted += len(names)
        found += len(names & got)
    assert found / wanted >= 0.6, f"the model found {found} of {wanted} unseen names"


def test_ner_adds_recall_through_the_pipeline(ner_nlp):
    rules = make_nlp(model=False)
    with_model = without = 0
    for text, names in UNSEEN:
        doc_model, doc_rules = ner_nlp(text), rules(text)
        with_model += len(names & {s.text for s in doc_model.spans["kg_entities"]})
        without += len(names & {s.text for s in doc_rules.spans["kg_entities"]})
    assert with_model >= without


def test_ner_saved_pipeline_loads_with_spacy_load(ner_nlp, tmp_path):
    ner_nlp.to_disk(tmp_path / "pipe")
    loaded = spacy.load(tmp_path / "pipe")
    text = UNSEEN[2][0]
    a, b = loaded(text), ner_nlp(text)
    assert [(s.text, s.label_) for s in a.spans["kg_ner"]] == [(s.text, s.label_) for s in b.spans["kg_ner"]]


@pytest.mark.parametrize("label,text,expected", [
    ("METHOD", "MatSci-NLP", 0.45),      # alone under the merge threshold: counts when a rule agrees
    ("METHOD", "attention mechanism", 0.3),  # lower-case method: needs another finder to agree
    ("DATASET", "web data", 0.3),
    ("TASK", "sentiment analysis", 0.45),    # tasks are lower-case phrases
])
def test_ner_score_span(label, text, expected):
    assert score_span(label, text, DEFAULT_CONFIDENCE) == expected


@pytest.mark.parametrize("words,label,expected", [
    (["CodeSearchNet", "dataset"], "DATASET", (0, 1)),   # head noun left out, as the guidelines say
    (["MS", "MARCO"], "DATASET", (0, 2)),
    (["the", "GLUE", "benchmark", ","], "DATASET", (1, 2)),
    (["web", "dataset"], "DATASET", (0, 2)),             # no name left without the head: keep as is
    (["BERT", "model"], "METHOD", (0, 1)),
])
def test_ner_trim_span(words, label, expected):
    assert trim_span(words, label) == expected


@pytest.mark.parametrize("token,expected", [("BERT", True), ("GPT-4", True), ("MatSci", True), ("R2A", True),
                                            ("accuracy", False), ("The", False), ("2023", False)])
def test_train_name_shape(token, expected):
    assert is_name_shaped(token) is expected


def test_train_score_model_counts_only_annotated_labels(ner_nlp):
    from kg.train_ner import TrainingText, score_model

    model = spacy.load(default_model_path())
    text = "We evaluate on the SQuAD dataset."
    # the source annotates TASK only: whatever the model says about datasets is not scored
    item = TrainingText("t1", "test", text, (), frozenset({"TASK"}))
    report = score_model(model, [item])
    assert set(report) == {"TASK", "micro", "macro_f1"}
    assert report["TASK"]["tp"] == 0 and report["TASK"]["fn"] == 0


def _three_sentences(nlp):
    """An abstract record's text (a title, a blank line, three sentences) and its three sentences."""
    text = "Quorvex and ZentaNet\n\n" + UNSEEN[0][0] + " " + UNSEEN[1][0] + " " + UNSEEN[3][0]
    doc = nlp.make_doc(text)
    nlp.get_pipe("kg_sentences")(doc)
    sents = list(doc.sents)
    assert sents[0].text.strip() == "Quorvex and ZentaNet"
    return doc, sents[1:]


def test_ner_runs_only_on_sentences_with_candidates(ner_nlp):
    """gate="candidates": with other finders' spans present, the model sees only their sentences; alone, the whole Doc."""
    from spacy.tokens import SpanGroup

    pipe = NERFinder(ner_nlp, gate="candidates", window=-1)
    doc, sents = _three_sentences(ner_nlp)
    assert len(sents) == 3
    assert pipe.regions(doc) == [(0, len(doc))]          # no finder ran: everything
    cand = sents[1][2:3]                                  # one candidate in the second sentence
    doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=[cand])
    assert pipe.regions(doc) == [(sents[1].start, sents[1].end)]
    pipe(doc)
    assert doc.spans["kg_ner"] and all(sents[1].start <= s.start and s.end <= sents[1].end for s in doc.spans["kg_ner"])
    whole = NERFinder(ner_nlp, gate="all")(ner_nlp.make_doc(doc.text))
    in_second = [(s.start, s.end, s.label_) for s in whole.spans["kg_ner"]
                 if sents[1].start <= s.start and s.end <= sents[1].end]
    assert [(s.start, s.end, s.label_) for s in doc.spans["kg_ner"]] == in_second


def test_ner_needed_gate_skips_sentences_the_other_finders_settled(ner_nlp):
    """The default gate: a sentence whose candidates are confident, alone and not next to a name-shaped
    word is skipped; an uncertain candidate, a conflict or a possible longer name brings its sentence in."""
    from spacy.tokens import Span, SpanGroup

    assert ner_nlp.get_pipe("kg_ner").gate == "needed"
    pipe = NERFinder(ner_nlp, window=-1)                      # whole sentences
    doc, sents = _three_sentences(ner_nlp)
    # "We evaluate Quorvex on the Blandish-QA benchmark and report accuracy." / "Our model, ZentaNet, ..."
    accuracy = next(t.i for t in sents[0] if t.text == "accuracy")
    zenta = next(t.i for t in sents[1] if t.text == "ZentaNet")
    language = next(t.i for t in sents[2] if t.text == "language")

    def rules(*spans, scores):
        doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=[Span(doc, a, b, label=label) for a, b, label in spans],
                                          attrs={"scores": list(scores)})

    rules((accuracy, accuracy + 1, "METRIC"), (zenta, zenta + 1, "METHOD"), scores=(0.9, 0.9))
    assert pipe.regions(doc) == []                         # both settled: the model does not run
    pipe(doc)
    assert len(doc.spans["kg_ner"]) == 0
    rules((accuracy, accuracy + 1, "METRIC"), (zenta, zenta + 1, "METHOD"), scores=(0.9, 0.4))
    assert pipe.regions(doc) == [(sents[1].start, sents[1].end)]   # ZentaNet under the threshold
    rules((accuracy, accuracy + 1, "METRIC"), (zenta, zenta + 1, "METHOD"), (zenta, zenta + 1, "DATASET"),
          scores=(0.9, 0.9, 0.9))
    assert pipe.regions(doc) == [(sents[1].start, sents[1].end)]   # two labels for one span
    rules((language, language + 2, "METHOD"), scores=(0.9,))       # "a language model trained": no name next to it
    assert pipe.regions(doc) == []
    blandish = next(t.i for t in sents[0] if t.text == "QA")        # "Blandish - QA": a name may go on
    rules((blandish, blandish + 1, "DATASET"), scores=(0.9,))
    assert pipe.regions(doc) == [(sents[0].start, sents[0].end)]
    # the default window: 8 tokens on each side of the span, within its sentence
    assert ner_nlp.get_pipe("kg_ner").window == 8
    assert ner_nlp.get_pipe("kg_ner").regions(doc) == [(max(sents[0].start, blandish - 8), min(sents[0].end, blandish + 9))]
    pipe(doc)
    assert all(sents[0].start <= s.start and s.end <= sents[0].end for s in doc.spans["kg_ner"])


def test_ner_passage_gate_runs_the_model_on_a_text_without_title(ner_nlp):
    """A passage (no title + blank line: a sentence of a paper, as in the published corpora) uses
    passage_gate, "all" by default: kg_merge lets the model lead there, so it must see every token."""
    from spacy.tokens import Span, SpanGroup

    pipe = ner_nlp.get_pipe("kg_ner")
    assert pipe.passage_gate == "all"
    for text, expected in ((UNSEEN[3][0], "all"), ("MorrowLM: a Model\n\n" + UNSEEN[3][0], "needed")):
        doc = ner_nlp.make_doc(text)
        ner_nlp.get_pipe("kg_sentences")(doc)
        model = next(t.i for t in doc if t.text == "language")       # "a language model trained"
        doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=[Span(doc, model, model + 2, "METHOD")],
                                          attrs={"scores": [0.9]})
        assert pipe.regions(doc) == ([(0, len(doc))] if expected == "all" else [])


def test_ner_runs_after_every_other_finder():
    """kg_ner's gate reads the other finders' spans, so it comes after all of them (kg_abbreviations too),
    and kg_abbreviations' output does not depend on model spans (they never reach its min_source_score)."""
    from kg.pipeline import DEFAULT_PIPELINE

    finders = DEFAULT_PIPELINE[:DEFAULT_PIPELINE.index("kg_merge")]
    assert finders[-1] == "kg_ner" and "kg_abbreviations" in finders
    nlp = make_nlp(model=True)
    text = ("Multi-Agent Filtering Retrieval-Augmented Generation (MAIN-RAG) beats speculative inference (SI). "
            "MAIN-RAG is faster than SI on Theory of Mind (ToM) tasks.")
    doc = nlp.make_doc(text)
    for name in nlp.pipe_names[:nlp.pipe_names.index("kg_abbreviations")]:
        doc = nlp.get_pipe(name)(doc)
    before = nlp.get_pipe("kg_abbreviations")(doc)
    spans = [(s.start, s.end, s.label_) for s in before.spans["kg_abbreviations"]]
    assert spans
    NERFinder(nlp, gate="all")(doc)
    assert doc.spans["kg_ner"]
    after = nlp.get_pipe("kg_abbreviations")(doc)
    assert [(s.start, s.end, s.label_) for s in after.spans["kg_abbreviations"]] == spans


def test_ner_gating_can_be_turned_off(ner_nlp):
    # a title + abstract record (a passage runs whole whatever ``gate`` says): with no candidate
    # the needed gate runs nothing, gate="all" the whole Doc
    doc = ner_nlp.make_doc("FooNet\n\n" + UNSEEN[0][0])
    doc.spans["kg_rules"] = [doc[0:1]]
    assert NERFinder(ner_nlp, gate="all").regions(doc) == [(0, len(doc))]
    assert NERFinder(ner_nlp, gate="needed").regions(doc) != [(0, len(doc))]
    nlp = spacy.blank("en")
    nlp.add_pipe("kg_ner", config={"gate": "all"})
    assert nlp.get_pipe("kg_ner").gate == "all"


def test_ner_unknown_gate_is_a_config_error():
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match=r"\[E785\].*'sometimes'"):
        spacy.blank("en").add_pipe("kg_ner", config={"gate": "sometimes"})


def test_needed_spans_include_weak_tasks_the_merge_may_veto():
    import spacy
    from spacy.tokens import SpanGroup

    from extractors.ner import DEFAULT_NEEDED_BELOW, needed_spans
    from extractors.merge import ABSTRACT_MODEL_VETOES, VETO_BELOW

    # kg_ner looks at every span kg_merge's veto may drop: one threshold, set in extractors.merge
    assert DEFAULT_NEEDED_BELOW == {label: VETO_BELOW for label in ABSTRACT_MODEL_VETOES} == {"TASK": 0.6}
    doc = spacy.blank("en")("We study causal generation and report accuracy here .")
    task, metric = doc[2:4], doc[6:7]
    task.label_, metric.label_ = "TASK", "METRIC"
    doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=[task, metric], attrs={"scores": [0.55, 0.55]})
    assert [doc[a:b].text for a, b in needed_spans(doc, ["kg_rules"])] == []
    assert [doc[a:b].text for a, b in needed_spans(doc, ["kg_rules"], needed_below={"TASK": 0.6})] == \
        ["causal generation"]


def test_needed_spans_see_an_overlap_with_any_earlier_candidate():
    from spacy.tokens import SpanGroup

    from extractors.ner import needed_spans

    # 'tree' overlaps the long span that starts first, not the candidate just before it
    doc = spacy.blank("en")("we use the graph tree model in a graph tree model here and there")
    spans = [doc[2:6], doc[3:4], doc[4:5], doc[9:10], doc[13:14]]
    for span, label in zip(spans, ("METHOD", "METHOD", "METHOD", "METHOD", "METHOD")):
        span.label_ = label
    doc.spans["kg_rules"] = SpanGroup(doc, name="kg_rules", spans=spans, attrs={"scores": [0.9] * 5})
    assert [doc[a:b].text for a, b in needed_spans(doc, ["kg_rules"])] == ["the graph tree model", "graph", "tree"]


def test_ner_spans_match_the_model_entities_on_the_parent_tokens(ner_nlp):
    # model Docs are built from the parent's lexeme ids: the found spans sit on the parent's tokens, with
    # the text the parent has there (including a whitespace token and a token the tokenizer split)
    from extractors.ner import NERFinder

    finder = NERFinder(ner_nlp, gate="all")
    doc = ner_nlp.make_doc("We evaluate  Quorvex-2 on the Blandish-QA benchmark (BQA) and report accuracy.")
    finder(doc)
    found = [(s.text, s.label_) for s in doc.spans["kg_ner"]]
    assert found and all(s.doc is doc and s.text == doc.text[s.start_char:s.end_char] for s in doc.spans["kg_ner"])
    assert len(doc.spans["kg_ner"].attrs["scores"]) == len(found)
    assert any("Blandish-QA" in text for text, _ in found)


def test_run_model_predicts_as_the_model_pipes(ner_nlp):
    # one predict + set_annotations per component over many Docs: the entities of the model's own pipe
    from extractors.ner import NERFinder, run_model

    model = NERFinder(ner_nlp).model
    texts = [text for text, _ in UNSEEN] + ["We fine-tune BERT on SQuAD .", "No names here at all ."]
    piped = [[(e.start, e.end, e.label_) for e in d.ents] for d in model.pipe(texts, batch_size=2)]
    docs = run_model(model, [model.make_doc(t) for t in texts])
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in docs] == piped
    assert any(piped) and run_model(model, []) == []


def test_alnum_pattern_is_str_isalnum_for_every_character():
    import sys

    from extractors.ner import _ALNUM

    assert [c for c in map(chr, range(sys.maxunicode + 1)) if (_ALNUM.match(c) is not None) != c.isalnum()] == []


def test_embedding_cache_predicts_as_the_tok2vec(ner_nlp):
    # the cached embedding half gives the tok2vec's own arrays, bit for bit: rows first seen, rows met
    # again in another batch, and (cache full) rows embedded anew beside the kept ones
    import numpy

    from extractors.ner import EmbeddingCache, run_model

    finder = NERFinder(ner_nlp)
    tok2vec = finder.model.get_pipe("tok2vec")
    assert isinstance(finder._embedding_cache, EmbeddingCache) and EmbeddingCache.fits(tok2vec.model)
    texts = [text for text, _ in UNSEEN] + ["We fine-tune BERT on SQuAD .", "x", "BERT BERT BERT"]
    for cache in (EmbeddingCache(tok2vec.model), EmbeddingCache(tok2vec.model, max_rows=8)):
        for batch in (texts[:3], texts, texts[::-1], [texts[5]]):
            docs = [finder.model.make_doc(t) for t in batch]
            expected, got = tok2vec.predict(docs), cache.predict(docs)
            assert len(got) == len(expected)
            assert all(g.dtype == e.dtype and numpy.array_equal(g, e) for g, e in zip(got, expected))
        assert len(cache.rows) <= cache.max_rows
    docs = [finder.model.make_doc(t) for t in texts]
    plain = [[(e.start, e.end, e.label_) for e in d.ents] for d in run_model(finder.model, docs)]
    docs = [finder.model.make_doc(t) for t in texts]
    cached = run_model(finder.model, docs, EmbeddingCache(tok2vec.model))
    assert [[(e.start, e.end, e.label_) for e in d.ents] for d in cached] == plain and any(plain)
