"""The shared per-Doc pre-pass in extractors._extensions: cached token offsets, texts and sentence bounds."""

from __future__ import annotations

import gc

import pytest
import spacy

from extractors import _extensions
from extractors._extensions import doc_cache, forget, sentence_bounds, token_at, token_starts, token_texts

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
