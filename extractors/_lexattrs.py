"""Faster stand-ins for spaCy's lexical attribute getters, with the same values for every string.

spaCy builds a :class:`~spacy.lexeme.Lexeme` the first time it meets a word, calling some twenty
Python getters on it (``like_num``, ``shape``, ``like_url`` ...). Abstracts bring new words all the
time (names, numbers, rare terms: ~9 per synthetic abstract), and a new lexeme cost ~12 us, half of
it in these getters (measured: ~5 us, ``like_num`` 1.2, ``shape`` 0.8, ``like_url`` 0.6, the quote and
bracket tests ~0.7 together). :func:`fast_lex_attr_getters` replaces the getters that are spaCy's own
functions with equivalents that do the same work in C where spaCy loops in Python: sets instead of
lists and tuples, ``str.isascii``, one ``in`` test, ``bytes.translate`` and a cache of shapes for the shape of
an ASCII word, a cheap test first where most words give False (no dot: no URL, no "@": no e-mail, letters only: a
number only if a number word), and ``str`` methods themselves where spaCy's getter only wraps one (``str.lower``,
``str.isalpha``, ...; session 19: ~5 -> ~2.5 us per new word). A getter that is not spaCy's (another language, a
custom one) is left as it is. The values, and so every token attribute, the NER model's features and the extraction
output, are unchanged
(``tests/extractors/test_lexattrs.py`` compares each stand-in with spaCy's on every word of the sample corpus
and on random strings).
"""

from __future__ import annotations

import operator
import re
import unicodedata
from typing import Any, Callable

import spacy.lang.en.lex_attrs as _en
import spacy.lang.lex_attrs as _base

_NUMBER_WORDS = frozenset(_en._num_words) | frozenset(_en._ordinal_words)


def like_num(text: str) -> bool:
    """``spacy.lang.en.lex_attrs.like_num`` with set look-ups instead of two list scans.

    >>> [like_num(w) for w in ("12", "1,000.5", "3/4", "Ten", "21st", "ten-fold", "-7")]
    [True, True, True, True, True, False, True]
    """
    if text.isalpha():  # (the usual word: of the tests below only the number words can hold)
        return text.lower() in _NUMBER_WORDS
    if text.startswith(("+", "-", "±", "~")):
        text = text[1:]
    text = text.replace(",", "").replace(".", "")
    if text.isdigit():
        return True
    if text.count("/") == 1:
        num, denom = text.split("/")
        if num.isdigit() and denom.isdigit():
            return True
    text_lower = text.lower()
    if text_lower in _NUMBER_WORDS:
        return True
    return text_lower.endswith(("st", "nd", "rd", "th")) and text_lower[:-2].isdigit()


#: ASCII letters and digits to their shape characters (every other ASCII character stands for itself).
_ASCII_SHAPE = bytes.maketrans(
    b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", b"X" * 26 + b"x" * 26 + b"d" * 10)
#: A run of more than four equal shape characters (spaCy's shape keeps four).
_LONG_RUN = re.compile(r"(.)\1{4,}", re.DOTALL)
#: Shapes by the word's translated characters (new words share a few hundred: "xxxxxxxxxxx" -> "xxxx"); bounded.
_SHAPES: dict[bytes, str] = {}
_MAX_SHAPES = 100_000


def word_shape(text: str) -> str:
    """``spacy.lang.lex_attrs.word_shape``: for an ASCII word one ``bytes.translate`` and, for a run of equal
    characters not seen before, one regex, instead of a loop over its characters (other words go to spaCy's
    function).

    >>> [word_shape(w) for w in ("BERT-large", "GPT-3.5", "aaaaaaa", "ImageNet21k", "Ünïcode")]
    ['XXXX-xxxx', 'XXX-d.d', 'xxxx', 'XxxxxXxxddx', 'Xxxxx']
    """
    if len(text) >= 100:
        return "LONG"
    if not text.isascii():
        return _base.word_shape(text)
    chars = text.encode("ascii").translate(_ASCII_SHAPE)
    shape = _SHAPES.get(chars)
    if shape is None:
        shape = _LONG_RUN.sub(r"\1\1\1\1", chars.decode("ascii"))
        if len(_SHAPES) < _MAX_SHAPES:
            _SHAPES[chars] = shape
    return shape


def like_url(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_url`` with ``"." in text`` for its loop over the characters.

    >>> [like_url(w) for w in ("https://x.org", "example.com", "BERT", "e.g.", "a@b.com")]
    [True, True, False, False, False]
    """
    if "." not in text:  # (every test below but the first wants a dot)
        return text.startswith(("http://", "https://"))
    if text.startswith("http://") or text.startswith("https://"):
        return True
    elif text.startswith("www.") and len(text) >= 5:
        return True
    if text[0] == "." or text[-1] == ".":
        return False
    if "@" in text or "." not in text:
        return False
    tld = text.rsplit(".", 1)[1].split(":", 1)[0]
    if tld.endswith("/"):
        return True
    if tld.isalpha() and tld in _base._tlds:
        return True
    return bool(_base.URL_MATCH(text))


def like_email(text: str) -> bool:
    """``spacy.lang.lex_attrs.like_email``: its regex only on strings holding an "@" (each match does)."""
    return "@" in text and _base.like_email(text)


#: ASCII punctuation (Unicode categories P*) and currency signs (Sc).
_ASCII_PUNCT = "".join(c for c in map(chr, range(128)) if unicodedata.category(c).startswith("P"))
_ASCII_CURRENCY = "".join(c for c in map(chr, range(128)) if unicodedata.category(c) == "Sc")


def is_punct(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_punct`` (every character's category P*): for ASCII one ``strip``."""
    if text.isascii():
        return not text.strip(_ASCII_PUNCT)
    return _base.is_punct(text)


def is_currency(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_currency`` (every character's category Sc): for ASCII one ``strip``."""
    if text.isascii():
        return not text.strip(_ASCII_CURRENCY)
    return _base.is_currency(text)


def is_ascii(text: str) -> bool:
    """``spacy.lang.lex_attrs.is_ascii`` (every code point under 128)."""
    return text.isascii()


_BRACKETS = frozenset(("(", ")", "[", "]", "{", "}", "<", ">"))
_QUOTES = frozenset(('"', "'", "`", "«", "»", "‘", "’", "‚", "‛", "“", "”", "„", "‟", "‹", "›", "❮", "❯", "''", "``"))
_LEFT_PUNCT = frozenset(("(", "[", "{", "<", '"', "'", "«", "‘", "‚", "‛", "“", "„", "‟", "‹", "❮", "``"))
_RIGHT_PUNCT = frozenset((")", "]", "}", ">", '"', "'", "»", "’", "”", "›", "❯", "''"))


def is_bracket(text: str) -> bool:
    return text in _BRACKETS


def is_quote(text: str) -> bool:
    return text in _QUOTES


def is_left_punct(text: str) -> bool:
    return text in _LEFT_PUNCT


def is_right_punct(text: str) -> bool:
    return text in _RIGHT_PUNCT


#: spaCy's getter -> its stand-in.
STAND_INS: dict[Callable[[str], Any], Callable[[str], Any]] = {
    _en.like_num: like_num,
    _base.word_shape: word_shape,
    _base.like_url: like_url,
    _base.is_ascii: is_ascii,
    _base.is_bracket: is_bracket,
    _base.is_quote: is_quote,
    _base.is_left_punct: is_left_punct,
    _base.is_right_punct: is_right_punct,
    _base.like_email: like_email,
    _base.is_punct: is_punct,
    _base.is_currency: is_currency,
    # spaCy's getters that wrap one str method or index: the method itself (no Python frame per call)
    _base.lower: str.lower,
    _base.prefix: operator.itemgetter(0),
    _base.suffix: operator.itemgetter(slice(-3, None)),
    _base.is_alpha: str.isalpha,
    _base.is_digit: str.isdigit,
    _base.is_lower: str.islower,
    _base.is_space: str.isspace,
    _base.is_title: str.istitle,
    _base.is_upper: str.isupper,
}


def fast_lex_attr_getters(getters: dict[int, Callable[[str], Any]]) -> dict[int, Callable[[str], Any]]:
    """``getters`` (a Vocab's ``lex_attr_getters``) with each of spaCy's functions listed in :data:`STAND_INS`
    replaced by its stand-in; same keys, same order.

    >>> import spacy
    >>> from spacy.attrs import SHAPE
    >>> fast_lex_attr_getters(spacy.blank("en").vocab.lex_attr_getters)[SHAPE] is word_shape
    True
    """
    return {attr: STAND_INS.get(func, func) for attr, func in getters.items()}


__all__ = ["fast_lex_attr_getters", "STAND_INS"]
