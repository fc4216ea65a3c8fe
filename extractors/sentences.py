"""Sentence boundaries for abstracts: the ``kg_sentences`` component.

Why rules and not spaCy's ``sentencizer``: the sentencizer splits after every
period token, so ``et al.``, ``e.g.``, ``Fig. 3`` and ``vs.`` end sentences. One
compiled regex over ``doc.text`` finds candidate boundaries (a ``.!?`` followed
by space and a capital, digit or bracket; or a line break, which separates a
record's title from its abstract), and a short list of abbreviations vetoes
false ones. Decimals never match because no space follows their period.
"""

from __future__ import annotations

import bisect
import re

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractors._extensions import SENTENCE_KEYS, doc_text, forget, token_starts

#: Words whose trailing period does not end a sentence (compared lower-cased, without the period).
NON_FINAL_ABBREVIATIONS = frozenset(
    "al e.g i.e fig figs eq eqs tab sec secs cf vs approx resp ref refs no nos vol dr prof st mr ms "
    "ca incl esp viz ex"
    .split()
)

# starts with a character class, so the regex engine skips ahead to candidate punctuation
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\s*)")
# the whole last word: "GSM8K." or "DeiT-B." ends in a capital but is a name, not an initial
_LAST_WORD = re.compile(r"(?<![\w-])([A-Za-z][A-Za-z.]*)\.$")


def find_sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences after the first one start.

    Example:
        >>> find_sentence_starts("Title\\n\\nWe use BERT (Devlin et al. 2019). It works, e.g. on Fig. 2. Done.")
        [7, 41, 67]
        >>> find_sentence_starts("We test on GSM8K. It works, says J. Smith.")
        [18]
    """
    starts = []
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if end >= len(text):
            continue
        if "\n" not in match.group():
            head = text[max(0, match.start() - 12):match.start() + 1]
            word = _LAST_WORD.search(head)
            if word:
                token = word.group(1).lower()
                # a single capital letter is an initial ("J. Smith"), not a sentence end
                if token in NON_FINAL_ABBREVIATIONS or (len(token) == 1 and word.group(1).isupper()):
                    continue
        starts.append(end)
    return starts


#: A sentence longer than this many characters is cut (:func:`cap_sentence_lengths`): no sentence of the
#: example, synthetic or gold abstracts is longer than 1,218, but a full text's table, a reference list or
#: a garbage record can run for megabytes without a sentence end, and the components that read sentences
#: (results, relations, the sentence of every mention's evidence) cost about the square of its length.
MAX_SENTENCE_CHARS = 2000


def cap_sentence_lengths(text: str, starts: list[int], max_chars: int = MAX_SENTENCE_CHARS,
                         token_starts: list[int] | None = None) -> list[int]:
    """``starts`` (sentence starts after the first, ascending) with a cut in every sentence over ``max_chars``.

    A long sentence is cut after the last "; ", else ", ", else space in the second half of its first
    ``max_chars`` characters (the next sentence starts at the following non-space character), again
    until the rest is short enough. Text without a space there is cut at the last of ``token_starts``
    in that half (a sentence starts on a token), else at the next space, if any.

    Example:
        >>> t = "a, b; c d e, f g. Next one."
        >>> cap_sentence_lengths(t, [18], max_chars=10)
        [10, 18]
        >>> cap_sentence_lengths("x" * 30 + " y", [], max_chars=10), cap_sentence_lengths("x" * 30, [], max_chars=10)
        ([31], [])
        >>> cap_sentence_lengths("x" * 30, [], max_chars=10, token_starts=[0, 4, 8, 12, 16, 20, 24, 28])
        [8, 16, 24]
    """
    out: list[int] = []
    bounds = [0, *starts, len(text)]
    for k in range(len(bounds) - 1):
        if k:
            out.append(bounds[k])
        start, end = bounds[k], bounds[k + 1]
        while end - start > max_chars:
            lo, hi = start + max_chars // 2, start + max_chars
            cut = -1
            for sep in ("; ", ", ", " "):
                cut = text.rfind(sep, lo, hi)
                if cut >= 0:
                    cut += len(sep) - 1
                    break
            if cut < 0 and token_starts is not None:
                k = bisect.bisect_right(token_starts, hi) - 1
                if k >= 0 and token_starts[k] > lo:
                    cut = token_starts[k] - 1
            if cut < 0:
                cut = text.find(" ", hi, end)
                if cut < 0:
                    break
            nxt = cut + 1
            while nxt < end and text[nxt].isspace():
                nxt += 1
            if nxt >= end:
                break
            out.append(nxt)
            start = nxt
    return out


class SentenceSplitter:
    """Set ``token.is_sent_start`` from :func:`find_sentence_starts`.

    Reads ``doc.text``; writes ``Token.is_sent_start`` (True on the first token of
    every sentence; others are left unset, which spaCy reads as "inside").
    """

    def __init__(self, name: str = "kg_sentences"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        # One array write instead of ``doc[i].is_sent_start = True`` per sentence: that setter
        # scans every token for a dependency parse each time (a third of this component's time).
        flags = doc.to_array(SENT_START)  # keeps starts set before (idempotent, like the setter)
        flags[0] = 1
        text = doc_text(doc)
        offsets = token_starts(doc) if len(text) > MAX_SENTENCE_CHARS else None
        starts = cap_sentence_lengths(text, find_sentence_starts(text), token_starts=offsets)
        if starts:
            # a boundary falls on a non-space character: inside the token that starts the sentence
            offsets = offsets or token_starts(doc)
            for start in starts:
                i = bisect.bisect_right(offsets, start) - 1
                if i > 0:
                    flags[i] = 1
        doc.from_array([SENT_START], flags)
        forget(doc, SENTENCE_KEYS)  # sentence bounds cached before this would be stale
        return doc


@Language.factory("kg_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Factory of :class:`SentenceSplitter`."""
    return SentenceSplitter(name)
