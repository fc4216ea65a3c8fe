"""The shared per-Doc pre-pass in extractors._extensions: cached token offsets, texts and sentence bounds."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
import spacy

from extractors import _extensions
from extractors._extensions import (
    doc_cache,
    forget,
    sentence_bounds,
    set_span_group,
    span_items,
    token_at,
    token_starts,
    token_texts,
)

TEXTS = [
    "We use  BERT (Devlin et al.) on GSM8K.\n\nIt reaches ~2.3% more.",  # double space: a whitespace token
    "  leading and trailing  ",
    "x",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_token_arrays_equal_token_attributes(nlp, text):
    doc = nlp(text)
    assert token_starts(doc) == [t.idx for t in doc]
    assert token_texts(doc) == [t.text for t in doc]
    assert token_texts(doc, with_ws=True) == [t.text_with_ws for t in doc]
    for t in doc:
        for char in range(t.idx, t.idx + len(t)):
            assert token_at(doc, char) == t.i


@pytest.mark.parametrize("text", [TEXTS[0], "Fig. 3 shows it. We use BERT.  Then (GPT-4) wins."])
def test_sentence_bounds_equal_doc_sents(nlp, text):
    doc = nlp(text)
    assert len(sentence_bounds(doc)) > 1
    assert sentence_bounds(doc) == [(s.start_char, s.end_char) for s in doc.sents]


def test_sentence_bounds_without_sentences_cover_the_text():
    doc = spacy.blank("en")("One. Two ")
    assert sentence_bounds(doc) == [(0, 9)]


def test_doc_cache_is_per_doc_and_recomputed_after_retokenising():
    nlp = spacy.blank("en")
    doc = nlp("Low Rank Adaptation works")
    assert token_texts(doc) == ["Low", "Rank", "Adaptation", "works"]
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:3])
    # the Doc's length changed: the cached arrays are not served stale
    assert token_texts(doc) == ["Low Rank Adaptation", "works"]
    assert doc_cache(doc) is doc_cache(doc)
    assert doc_cache(doc) is not doc_cache(nlp("works"))


def test_forget_drops_a_docs_cached_values():
    doc = spacy.blank("en")("One. Two")
    assert sentence_bounds(doc) == [(0, 8)]
    doc[2].is_sent_start = True
    assert sentence_bounds(doc) == [(0, 8)]  # same length: cached (documented: call forget)
    forget(doc)
    assert sentence_bounds(doc) == [(0, 4), (5, 8)]


def test_doc_cache_entry_goes_with_its_doc():
    doc = spacy.blank("en")("We use BERT.")
    token_starts(doc)
    key = id(doc)
    assert key in _extensions._CACHES
    del doc
    gc.collect()
    assert key not in _extensions._CACHES


def _fresh_items(group):
    return [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in group]


def test_span_items_remembered_by_writers_equal_a_fresh_read():
    """Every group the pipeline wrote through set_span_group reads back as its spans do."""
    from kg.pipeline import make_nlp, pipe_batches
    from kg.readers import read_records

    nlp = make_nlp(model=False)
    texts = [r.text for r in read_records([Path(__file__).parents[2] / "examples" / "hf-papers"])][:40]
    checked = 0
    for docs in pipe_batches(nlp, texts):
        for doc in docs:
            for name in doc.spans:
                hit = doc_cache(doc).get(("kg.span_items", name))
                if hit is not None:
                    assert hit[0] is doc.spans[name]
                    assert hit[2] == _fresh_items(doc.spans[name]) == span_items(doc, name)
                    checked += len(hit[2])
    assert checked > 100  # the entity groups were remembered, not read again


def test_span_items_reads_a_group_written_another_way_and_a_replaced_one(nlp):
    doc = nlp("We use BERT and GPT-4 on GSM8K.")
    doc.spans["x"] = [doc.char_span(7, 11, label="METHOD")]
    assert span_items(doc, "x") == [(7, 11, "METHOD", 2, 3)]
    set_span_group(doc, "x", [doc.char_span(16, 21, label="METHOD")], {"scores": [0.5]})
    assert span_items(doc, "x") == [(16, 21, "METHOD", 4, 5)]
    doc.spans["x"] = [doc.char_span(25, 30, label="DATASET")]  # replaced without set_span_group
    assert span_items(doc, "x") == _fresh_items(doc.spans["x"]) and span_items(doc, "x")[0][:3] == (25, 30, "DATASET")
    doc.spans["x"].append(doc.char_span(7, 11, label="METHOD"))  # changed in place: its length changes
    assert span_items(doc, "x") == _fresh_items(doc.spans["x"])
    assert span_items(doc, "absent") == []


def test_fewer_collections_restores_the_thresholds_even_for_an_abandoned_generator():
    from kg.pipeline import GC_THRESHOLD, make_nlp, pipe_batches

    before = gc.get_threshold()
    batches = pipe_batches(make_nlp(model=False), ["We use BERT.", "On GSM8K."], batch_size=1)
    next(batches)
    assert gc.get_threshold()[0] == max(GC_THRESHOLD, before[0])
    batches.close()
    assert gc.get_threshold() == before
