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
        starts = find_sentence_starts(doc_text(doc))
        if starts:
            # a boundary falls on a non-space character: inside the token that starts the sentence
            offsets = token_starts(doc)
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
