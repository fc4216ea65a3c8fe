"""Schwartz & Hearst (2003) as pure functions, and the kg_abbreviations component."""

from __future__ import annotations

import pytest

from extractors.abbreviations import best_long_form, find_abbreviations, is_short_form, label_long_form


@pytest.mark.parametrize("short, long, expected", [
    ("HMM", "hidden Markov model", "hidden Markov model"),                 # every word's initial
    ("ERD", "Early rumor detection", "Early rumor detection"),
    ("LoRA", "we use Low-Rank Adaptation", "Low-Rank Adaptation"),         # letters inside words, shortest suffix
    ("MAIN-RAG", "Multi-Agent Filtering Retrieval-Augmented Generation", "Multi-Agent Filtering Retrieval-Augmented Generation"),
    ("NLP", "large models", None),                                         # characters missing
    ("TTS", "the text-to-speech", "text-to-speech"),                       # first character must start a word
])
def test_best_long_form(short, long, expected):
    assert best_long_form(short, long) == expected


@pytest.mark.parametrize("candidate, expected", [
    ("IMMO", True),
    ("MT-NLG", True),
    ("2023", False),          # no letter
    ("a", False),             # too short
    ("see Table 2 below", False),   # more than two words
    ("(x)", False),           # does not start with a letter or digit
    ("e.g.", False),          # Latin abbreviations
    ("i.e.", False),
    ("cf.", False),
    ("ii", False),            # lower-case roman numerals enumerate (session 18 TSK)
    ("iii", False),
    ("iv", False),
    ("II", True),
    ("vit", True),
])
def test_is_short_form(candidate, expected):
    assert is_short_form(candidate) is expected


@pytest.mark.parametrize("text, expected", [
    ("Inner Monologue Multi-Modal Optimization (IMMO) is new.", [("IMMO", "Inner Monologue Multi-Modal Optimization")]),
    ("in the gray zone (CP) scheme", []),                                 # no long form
    ("We use LoRA (Low-Rank Adaptation) here.", [("LoRA", "Low-Rank Adaptation")]),   # short form first
    ("results (see Table 2) and (2023)", []),
    ("large language models (LLMs, e.g. GPT)", [("LLMs", "large language models")]),
    # a Latin abbreviation opening the parenthesis is no short form (examples/hf-papers, BooookScore)
    ("existing book-length summarization datasets (e.g., BookSum) are", []),
    ("the generation models (i.e., GPT-4 and Gemini)", []),
    # a kind noun the short form spells no letter of is not in the long form (GUIDELINES: no head nouns)
    ("we propose an Efficient Prompt Tuning method (EPT) by", [("EPT", "Efficient Prompt Tuning")]),
    ("outperforms the token-level MoE model (token-MoE) by", [("token-MoE", "token-level MoE")]),
    ("structured state space models (SSMs) and a language model (LM)",
     [("SSMs", "state space models"), ("LM", "language model")]),
    # an enumerator is no short form: "(iii)" gave the TASK '(ii) speaker tagging, and (iii)' (examples/hf-papers)
    ("three tasks: (i) post-ASR transcription correction, (ii) speaker tagging, and (iii) emotion recognition.", []),
    ("gradients are (i) costly, (ii) incompatible with back-propagation, and (iv) slow.", []),
    # a reported value is no part of a long form (SF letters matched from "report ... Affective Faces")
    ("We report 80.2% on the Affective Faces (RAF) database.", []),
])
def test_find_abbreviations(text, expected):
    assert [(text[a:b], text[c:d]) for a, b, c, d in find_abbreviations(text)] == expected


@pytest.mark.parametrize("long, expected", [
    ("early rumor detection", "TASK"),
    ("Knowledge-Intensive Compressed LLM Benchmark", "DATASET"),
    ("Dense Passage Retriever", "METHOD"),
    ("Colorectal Cancer", None),
    ("convection parameterization", None),
    ("Model FLOPS Utilization", "METRIC"),            # a Title Case measure (examples/hf-papers)
    ("Average Dependency Distance", "METRIC"),
    ("simulated trial and error", None),
])
def test_label_long_form(long, expected):
    assert label_long_form(long) == expected


def test_abbreviations_component_carries_labels(nlp):
    text = "We fine-tune with Low-Rank Adaptation (LoRA). LoRA is cheap. Early rumor detection (ERD) matters; ERD is hard."
    doc = nlp(text)
    assert doc._.abbreviations and len(doc._.abbreviations) == 2
    # the long forms were typed by other finders; their labels reach every short form
    group = doc.spans["kg_abbreviations"]
    found = [(s.text, s.label_) for s in group]
    assert found == [("LoRA", "METHOD"), ("LoRA", "METHOD"), ("ERD", "TASK"), ("ERD", "TASK")]
    entities = {(s.text, s.label_) for s in doc.spans["kg_entities"]}
    # the final kg_mention_spans writes "long (SHORT)" as one span (the published corpora's convention)
    assert {("LoRA", "METHOD"), ("ERD", "TASK"), ("Early rumor detection (ERD)", "TASK")} <= entities


def test_abbreviations_component_types_by_head(nlp):
    # neither form known: a dataset head noun types both, and every later short form
    text = "Models fail on the Tiny Reasoning Benchmark (TRB). Scores on TRB are low."
    doc = nlp(text)
    found = {(s.text, s.label_) for s in doc.spans["kg_abbreviations"]}
    assert found == {("Tiny Reasoning Benchmark", "DATASET"), ("TRB", "DATASET")}


def test_abbreviations_component_types_by_a_title_case_data_noun(nlp):
    # the data noun after the short form types both forms, capitalised as in a name (SciREX-train abstract)
    text = "We report 80.2% on the validation set of Real-World Affective Faces (RAF) Database. RAF is hard."
    doc = nlp(text)
    found = {(s.text, s.label_) for s in doc.spans["kg_abbreviations"]}
    assert found == {("Real-World Affective Faces", "DATASET"), ("RAF", "DATASET")}


def test_abbreviations_component_long_form_typed_in_part(nlp):
    # the lexicon knows "Long Short-Term Memory"; the defined long form is the whole phrase
    text = "We use Bidirectional Long Short-Term Memory (BLSTM) networks. BLSTM helps."
    doc = nlp(text)
    found = {(s.text, s.label_) for s in doc.spans["kg_abbreviations"]}
    assert found == {("Bidirectional Long Short-Term Memory", "METHOD"), ("BLSTM", "METHOD")}


@pytest.mark.parametrize("short, long", [
    ("MAIN-RAG", "we propose Multi-Agent Filtering Retrieval-Augmented Generation"),
    ("ERD", "Early rumor detection"),
    ("NLP", "large models"),
    ("SIS", "İstanbul sign set"),  # 'İ' lower-cases to two characters: the character-by-character path
    ("ßC", "große Corpus"),
    ("ab", "xa-b ab"),
    ("A1", "an alpha 1"),
])
def test_best_long_form_matches_the_reference_loop(short, long):
    from extractors.abbreviations import _best_long_form_slow

    assert best_long_form(short, long) == _best_long_form_slow(short, long)


def test_abbreviations_component_types_a_named_measure(nlp):
    doc = nlp("Long sequences result in low Model FLOPS Utilization (MFU). We reach an MFU of 52.30%.")
    # the long form and its short form are one mention in the corpus convention (kg_mention_spans)
    assert [(s.text, s.label_) for s in doc.spans["kg_entities"] if "MFU" in s.text] == [
        ("Model FLOPS Utilization (MFU)", "METRIC"), ("MFU", "METRIC")]


@pytest.mark.parametrize("text, long, short", [
    # issue 3: a dataset noun after the short form types both forms when neither is known
    ("We tag the Penn Treebank WSJ corpus and the Zorbian Dependencies (ZD) dataset (27 languages).",
     "Zorbian Dependencies", "ZD"),
    ("Digits come from the Quixian Street View House Number (QSVHN) database.", "Quixian Street View House Number", "QSVHN"),
])
def test_abbreviations_component_types_by_dataset_noun_after_short_form(nlp, text, long, short):
    doc = nlp(text)
    found = {(s.text, s.label_) for s in doc.spans["kg_abbreviations"]}
    assert {(long, "DATASET"), (short, "DATASET")} <= found


def test_abbreviations_component_model_head_before_dataset_noun_stays_a_method(nlp):
    # "datasets" after a model's short form are data about the model: the model stays no DATASET
    doc = nlp("This survey explores the Zorbian Language Model (ZLM) datasets used for training.")
    assert not any(s.label_ == "DATASET" and "ZLM" in s.text for s in doc.spans["kg_entities"])


def test_abbreviations_component_types_the_titles_long_form(nlp):
    # the title writes the name the abstract then defines (SciREX-train: "Optical Flow Estimation using a Spatial
    # Pyramid Network" before "our Spatial Pyramid Network (SPyNet)"): the title's occurrence takes its label too
    text = "Optical Flow Estimation using a Zorb Pyramid Network\n\nWe present our zorb pyramid network (ZPyNet). ZPyNet is small."
    doc = nlp(text)
    found = {(s.start_char, s.text, s.label_) for s in doc.spans["kg_abbreviations"]}
    assert (32, "Zorb Pyramid Network", "METHOD") in found


def test_abbreviations_component_leaves_an_abstract_without_title_alone(nlp):
    # a passage has no title: an earlier occurrence of the long form is not typed by this rule
    text = "Results of a Zorb Pyramid Network. We present our Zorb Pyramid Network (ZPyNet)."
    doc = nlp(text)
    assert text.index("Zorb") not in {s.start_char for s in doc.spans["kg_abbreviations"]}
