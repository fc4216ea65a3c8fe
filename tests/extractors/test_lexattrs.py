"""The lexical attribute stand-ins (extractors._lexattrs) give spaCy's values for every string."""

from __future__ import annotations

import random

import pytest
import spacy
import spacy.lang.en.lex_attrs as en
import spacy.lang.lex_attrs as base

from extractors._lexattrs import STAND_INS, fast_lex_attr_getters
from kg.pipeline import make_nlp


def _words() -> list[str]:
    """Every word of the sample corpus (split on spaces and as our tokenizer cuts it), and random strings."""
    from kg.readers import read_records
    from tests.conftest import REPO

    nlp = spacy.blank("en")
    words: set[str] = set()
    for record in read_records([REPO / "examples" / "hf-papers"]):
        words.update(record.text.split())
        words.update(t.text for t in nlp.make_doc(record.text))
    rng = random.Random(0)
    alphabet = "aZ09.,:/@-+~±'\"`()[]<>{}«»‘’“”$€% \n_xXdé1²½٣ßİ"
    for _ in range(30_000):
        words.add("".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))))
    words.update(("a" * 120, "x" * 99, "A" * 5, "11111111", "http://x", "www.a", "www.", ".com", "a.b.",
                  "21st", "ten", "Twentieth", "1/2", "1/2/3", "+1,000.5", "3rd", "th"))
    return sorted(words)


WORDS = _words()


@pytest.mark.parametrize("spacy_func", list(STAND_INS), ids=lambda f: f.__name__)
def test_stand_in_equals_spacy(spacy_func):
    stand_in = STAND_INS[spacy_func]
    assert [stand_in(w) for w in WORDS] == [spacy_func(w) for w in WORDS]


def test_pipeline_vocab_uses_stand_ins():
    getters = make_nlp(model=False).vocab.lex_attr_getters
    plain = spacy.blank("en").vocab.lex_attr_getters
    assert list(getters) == list(plain)
    assert en.like_num not in getters.values() and base.word_shape not in getters.values()
    assert fast_lex_attr_getters(plain).keys() == plain.keys()


def test_new_lexemes_same_attributes():
    """A new word's lexeme in our pipeline's vocab has every attribute of spaCy's plain English vocab."""
    ours, plain = make_nlp(model=False).vocab, spacy.blank("en").vocab
    names = ("lower_", "norm_", "prefix_", "suffix_", "shape_", "is_alpha", "is_ascii", "is_digit", "is_lower",
             "is_upper", "is_title", "is_punct", "is_space", "is_bracket", "is_quote", "is_left_punct",
             "is_right_punct", "is_currency", "like_url", "like_num", "like_email", "is_stop", "lang_")
    for word in WORDS[::7]:
        a, b = ours[word], plain[word]
        assert [getattr(a, n) for n in names] == [getattr(b, n) for n in names], word
