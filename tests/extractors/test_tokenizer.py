"""Tokenizer and sentence rules for scientific text."""

from __future__ import annotations

import pytest

from extractors.sentences import find_sentence_starts


@pytest.mark.parametrize("text, expected", [
    ("~2.3%", ["~", "2.3", "%"]),                      # approximate number splits into sign, number, unit
    ("≈5x faster", ["≈", "5", "x", "faster"]),         # multiplier split off a number
    ("BLIP-2", ["BLIP-2"]),                             # version suffix stays on the name
    ("pass@1", ["pass@1"]),                             # metric at k is one token
    ("Llama-2-7B", ["Llama-2", "-", "7B"]),             # sized model: pieces align with the name
    ("GPT-3.5-Turbo", ["GPT-3.5", "-", "Turbo"]),
    ("F1-score", ["F1", "-", "score"]),
    ("systems(CADx)", ["systems", "(", "CADx", ")"]),   # bracket glued to a word
    ("on LAION-5B.", ["on", "LAION-5B", "."]),           # sentence-final period after a sized name
    ("in mIoU. MoE.", ["in", "mIoU", ".", "MoE", "."]),   # ... and after a mixed-case name ending in a capital
    ("U.S. Ph.D.", ["U.S.", "Ph.D."]),                   # dotted abbreviations stay whole
    ("J. Smith", ["J.", "Smith"]),                       # initials stay
    ("(ICL): they", ["(", "ICL", ")", ":", "they"]),     # no emoticons: a bracket and a colon
    ("8) and :3", ["8", ")", "and", ":", "3"]),
])
def test_tokenizer_cases(make_doc, text, expected):
    assert [t.text for t in make_doc(text)] == expected


@pytest.mark.parametrize("name", ["BLIP-2", "GPT-3.5-Turbo", "Llama-2-7B", "pass@1", "F1-score", "MatSci-NLP"])
def test_tokenizer_names_align(make_doc, name):
    text = f"We use {name}, then stop."
    doc = make_doc(text)
    assert doc.char_span(7, 7 + len(name)) is not None


@pytest.mark.parametrize("text, expected", [
    # no split after et al., e.g., i.e., Fig., vs. or inside decimals
    ("We follow Smith et al. (2020) closely. Then we stop.", ["We follow Smith et al. (2020) closely.", "Then we stop."]),
    ("Tasks, e.g. QA, i.e. reading. Done.", ["Tasks, e.g. QA, i.e. reading.", "Done."]),
    ("See Fig. 3 for details. Done.", ["See Fig. 3 for details.", "Done."]),
    ("BERT vs. GPT wins 2.3 points. Done.", ["BERT vs. GPT wins 2.3 points.", "Done."]),
    # a title is its own sentence
    ("A Title: With Colon\n\nThe abstract starts. It ends.", ["A Title: With Colon", "The abstract starts.", "It ends."]),
])
def test_sentences_cases(nlp, text, expected):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected


def test_find_sentence_starts_initials():
    # "J. Smith": a single capital before a period is an initial
    assert find_sentence_starts("Proposed by J. Smith in 2020. It works.") == [30]


def test_tokenizer_cache_size_is_configurable_and_uncached_restores_it():
    import spacy

    from extractors.tokenizer import DEFAULT_CACHE_SIZE, uncached

    config = {"nlp": {"tokenizer": {"@tokenizers": "kg.scientific_tokenizer.v1", "max_cache_size": 5}}}
    nlp = spacy.blank("en", config=config)
    assert nlp.tokenizer.max_cache_size == 5
    default = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.scientific_tokenizer.v1"}}})
    assert default.tokenizer.max_cache_size == DEFAULT_CACHE_SIZE
    with pytest.raises(RuntimeError), uncached(nlp.tokenizer):
        assert nlp.tokenizer.tokenizer.max_cache_size == 0
        raise RuntimeError
    assert nlp.tokenizer.max_cache_size == 5
    assert [t.text for t in nlp("BLIP-2 and GPT-3.5-Turbo")] == ["BLIP-2", "and", "GPT-3.5", "-", "Turbo"]


def test_gazetteer_leaves_the_tokenizer_cache_size_alone(nlp):
    from extractors.tokenizer import DEFAULT_CACHE_SIZE

    assert nlp.tokenizer.max_cache_size == DEFAULT_CACHE_SIZE
