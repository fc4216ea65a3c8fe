"""Tokenizer rules for scientific abstracts, registered as ``kg.scientific_tokenizer.v1``.

Why adapt spaCy's English tokenizer rather than write one: its exceptions and
punctuation rules are good and fast (Cython); scientific text needs only a few
changes, so we add them to the defaults:

- ``~2.3%`` and ``≈5x`` split into ``~``/``≈``, the number, and the unit, so a
  result finder sees a clean number token.
- a multiplier ``x``/``×`` after digits is split off (``2.3x`` -> ``2.3``, ``x``).
- a bracket glued to a word is split off (``systems(CADx)``), so the name inside aligns.
- model names keep their version suffix together where spaCy already does
  (``BLIP-2``, ``Llama-2``, ``pass@1``, ``top-1``); where spaCy splits on a hyphen
  followed by a letter (``GPT-3.5-Turbo``, ``MatSci-NLP``, ``F1-score``), the
  pieces are separate tokens whose span is still exactly the name, so every
  character-offset match aligns with token boundaries.

The tokenizer is registered in spaCy's ``tokenizers`` registry so that a saved
pipeline records it in its config and ``spacy.load`` rebuilds it (with this
package imported).

Speed: spaCy caches the tokens of each whitespace-separated chunk, but only the
first ``max_cache_size`` chunks it sees (no eviction). Two things keep that cache
useful here: components that tokenise their patterns at load time (the
gazetteer's thousands of aliases) do it under :func:`uncached`, so the cache is
left for the text; and the cache holds :data:`DEFAULT_CACHE_SIZE` chunks instead
of spaCy's 10,000, which abstracts outgrow within a few hundred papers (measured
on synthetic abstracts: 0.51 ms per abstract with 10,000, 0.22 ms with 30,000 or
more; the cache costs well under 100 bytes per chunk).

Chunks the cache does not hold (every new name, most of an abstract's punctuated words) go
through spaCy's affix rules, which call Python regexes; spaCy's URL regex is tried on each of them
and their rests (~10 per abstract, ~1.2 us each), so it runs only on strings holding a ``.``, which
each of its matches does (:class:`DotGatedMatch`, ~0.1 us otherwise). The suffix regex (85
alternatives, ~3.6 us per call, ~22 calls per abstract) is the larger cost; searching only a chunk's
tail gained ~15% per call (chunks are short), too little to ship.
"""

from __future__ import annotations

import functools
import re
from contextlib import contextmanager
from typing import Iterator

import spacy
from spacy.lang.en import English
from spacy.lang.tokenizer_exceptions import URL_MATCH
from spacy.tokenizer import Tokenizer
from spacy.util import compile_prefix_regex, compile_suffix_regex

from extractors._extensions import remember_text

#: Extra prefixes: approximate signs before a number.
EXTRA_PREFIXES = (r"~", r"≈", r"±", r"∼")
#: Extra infixes: a bracket glued to a word (``systems(CADx``), so names inside align.
EXTRA_INFIXES = (r"(?<=[A-Za-z0-9])[(\[](?=[A-Za-z0-9])", r"(?<=[A-Za-z0-9])[)\]](?=[A-Za-z])")
#: Extra suffixes: a multiplier after a number (``2.3x``); a sentence-final period after a
#: digit-and-capital name (``GSM8K.``, ``LAION-5B.``), which spaCy keeps as an initial otherwise.
EXTRA_SUFFIXES = (r"(?<=[0-9])[x×]", r"(?<=[0-9][A-Z])\.")
#: Chunks (whitespace-separated strings) whose tokens the tokenizer caches; spaCy's default is 10,000.
DEFAULT_CACHE_SIZE = 100_000


class DotGatedMatch:
    """``regex.match`` of spaCy's URL regex, run only on strings holding a ``.`` (each of its matches does:
    a host name's dots or an IP address's). ``pattern`` is the regex's, for serialisation.

    Example:
        >>> from spacy.lang.tokenizer_exceptions import URL_MATCH
        >>> match = DotGatedMatch(URL_MATCH.__self__).match
        >>> [bool(match(s)) for s in ("https://x.org/a", "example.com", "localhost", "BERT-2")]
        [True, True, False, False]
    """

    def __init__(self, regex: re.Pattern[str]):
        self.regex = regex
        self.pattern = regex.pattern

    def match(self, string: str):
        return self.regex.match(string) if "." in string else None

    def __reduce__(self):
        return (DotGatedMatch, (self.regex,))


def speed_up_url_match(tokenizer: Tokenizer) -> None:
    """Put :class:`DotGatedMatch` in place of ``tokenizer``'s URL match when it is spaCy's URL regex.

    Example:
        >>> import spacy
        >>> tok = create_scientific_tokenizer(spacy.blank("en")).tokenizer
        >>> type(tok.url_match.__self__).__name__
        'DotGatedMatch'
    """
    url = getattr(tokenizer.url_match, "__self__", None)
    if isinstance(url, re.Pattern) and url.pattern == URL_MATCH.__self__.pattern:
        tokenizer.url_match = DotGatedMatch(url).match


class ScientificTokenizer:
    """A spaCy :class:`~spacy.tokenizer.Tokenizer` that also remembers each Doc's text.

    ``Doc.text`` re-joins every token on each access, which costs as much as a
    rule component on an abstract; the input string is the same text, so the
    tokenizer stores it (see :func:`extractors._extensions.doc_text`). Everything
    else (``explain``, serialisation, ``pipe``) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer: Tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str):
        doc = self.tokenizer(text)
        remember_text(doc, text)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not yet set (unpickling): avoid recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def to_disk(self, path, **kwargs):
        return self.tokenizer.to_disk(path, **kwargs)

    def from_disk(self, path, **kwargs):
        self.tokenizer.from_disk(path, **kwargs)
        speed_up_url_match(self.tokenizer)  # loading compiles the plain regex again
        return self

    def to_bytes(self, **kwargs):
        return self.tokenizer.to_bytes(**kwargs)

    def from_bytes(self, data, **kwargs):
        self.tokenizer.from_bytes(data, **kwargs)
        speed_up_url_match(self.tokenizer)
        return self


@contextmanager
def uncached(tokenizer) -> Iterator[None]:
    """Tokenise without filling the tokenizer's chunk cache (for patterns built at load time).

    spaCy's cache never evicts, so chunks tokenised while building a component
    (lexicon aliases) would take the places of the text's frequent words.
    Works on a :class:`ScientificTokenizer` or a plain spaCy ``Tokenizer``.

    Example:
        >>> import spacy
        >>> tok = spacy.blank("en").tokenizer
        >>> with uncached(tok):
        ...     _ = tok("BLIP-2")
        >>> tok.max_cache_size
        10000
    """
    inner = getattr(tokenizer, "tokenizer", tokenizer)
    size = getattr(inner, "max_cache_size", None)
    if size is None:  # not a spaCy Tokenizer: nothing to protect
        yield
        return
    inner.max_cache_size = 0
    try:
        yield
    finally:
        inner.max_cache_size = size


def create_scientific_tokenizer(nlp: spacy.Language, max_cache_size: int = DEFAULT_CACHE_SIZE) -> ScientificTokenizer:
    """spaCy's English tokenizer with the scientific additions above.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en", config={"nlp": {"tokenizer": {"@tokenizers": "kg.scientific_tokenizer.v1"}}})
        >>> [t.text for t in nlp("~2.3% on BLIP-2")]
        ['~', '2.3', '%', 'on', 'BLIP-2']
    """
    defaults = English.Defaults
    prefixes = list(EXTRA_PREFIXES) + list(defaults.prefixes)
    suffixes = list(defaults.suffixes) + list(EXTRA_SUFFIXES)
    tokenizer = Tokenizer(
        nlp.vocab,
        rules=dict(defaults.tokenizer_exceptions),
        prefix_search=compile_prefix_regex(prefixes).search,
        suffix_search=compile_suffix_regex(suffixes).search,
        infix_finditer=spacy.util.compile_infix_regex(list(defaults.infixes) + list(EXTRA_INFIXES)).finditer,
        token_match=defaults.token_match,
        url_match=defaults.url_match,
        max_cache_size=max_cache_size,
    )
    speed_up_url_match(tokenizer)
    return ScientificTokenizer(tokenizer)


@spacy.registry.tokenizers("kg.scientific_tokenizer.v1")
def make_scientific_tokenizer(max_cache_size: int = DEFAULT_CACHE_SIZE):
    """Registry entry: returns the tokenizer factory spaCy calls with the ``nlp``.

    ``max_cache_size``: chunks whose tokens are cached (see the module docstring).
    """
    return functools.partial(create_scientific_tokenizer, max_cache_size=max_cache_size)
