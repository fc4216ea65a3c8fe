"""kg_sentences: sentence starts for abstracts (abbreviations, initials, decimals and titles)."""

from __future__ import annotations

import pytest
import spacy

from extractors._extensions import sentence_bounds
from extractors.sentences import SentenceSplitter, find_sentence_starts

TEXT = ("MatSci-NLP: A Benchmark\n\nWe use BERT (Devlin et al. 2019) on GSM8K data. It reaches 2.3% more, "
        "e.g. on Fig. 3. J. Smith agrees! Results vs. baselines (Tab. 2) hold.")


def _reference(doc):
    # the per-token setter the component replaced
    doc[0].is_sent_start = True
    for start in find_sentence_starts(doc.text):
        span = doc.char_span(start, len(doc.text), alignment_mode="expand")
        if span is not None and span.start > 0:
            doc[span.start].is_sent_start = True
    return doc


@pytest.mark.parametrize("text", [TEXT, "One sentence only", "A.\n\nB. C", "x"])
def test_sentence_splitter_sets_the_same_starts_as_the_token_setter(nlp, text):
    got = SentenceSplitter()(nlp.make_doc(text))
    expected = _reference(nlp.make_doc(text))
    assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected]
    assert got.to_bytes() == expected.to_bytes()


def test_sentence_splitter_keeps_earlier_starts_and_is_idempotent(nlp):
    doc = nlp.make_doc(TEXT)
    doc[3].is_sent_start = False
    SentenceSplitter()(doc)
    once = [t.is_sent_start for t in doc]
    assert once[3] is False
    SentenceSplitter()(doc)
    assert [t.is_sent_start for t in doc] == once


def test_sentence_splitter_sentences(nlp):
    doc = SentenceSplitter()(nlp.make_doc(TEXT))
    assert [doc.text[s:e].strip() for s, e in sentence_bounds(doc)] == [
        "MatSci-NLP: A Benchmark", "We use BERT (Devlin et al. 2019) on GSM8K data.",
        "It reaches 2.3% more, e.g. on Fig. 3.", "J. Smith agrees!", "Results vs. baselines (Tab. 2) hold."]


def test_sentence_splitter_drops_stale_sentence_bounds():
    nlp = spacy.blank("en")
    doc = nlp.make_doc("One. Two.")
    assert sentence_bounds(doc) == [(0, 9)]  # read before the splitter ran
    SentenceSplitter()(doc)
    assert sentence_bounds(doc) == [(0, 4), (5, 9)]
