"""Sentence boundaries for abstracts: the ``kg_sentences`` component.

Why rules and not spaCy's ``sentencizer``: the sentencizer splits after every
period token, so ``et al.``, ``e.g.``, ``Fig. 3`` and ``vs.`` end sentences. One
compiled regex over ``doc.text`` finds candidate boundaries (a ``.!?`` followed
by space and a capital, digit or bracket; or a line break, which separates a
record's title from its abstract), and a short list of abbreviations vetoes
false ones. Decimals never match because no space follows their period.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from extractors._extensions import doc_text

#: Words whose trailing period does not end a sentence (compared lower-cased, without the period).
NON_FINAL_ABBREVIATIONS = frozenset(
    "al e.g i.e fig figs eq eqs tab sec secs cf vs approx resp ref refs no nos vol dr prof st mr ms "
    "ca incl esp viz ex"
    .split()
)

# starts with a character class, so the regex engine skips ahead to candidate punctuation
_BOUNDARY = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'’”)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\s*)")
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def find_sentence_starts(text: str) -> list[int]:
    """Character offsets where sentences after the first one start.

    Example:
        >>> find_sentence_starts("Title\\n\\nWe use BERT (Devlin et al. 2019). It works, e.g. on Fig. 2. Done.")
        [7, 41, 67]
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
        doc[0].is_sent_start = True
        text = doc_text(doc)
        text_len = len(text)
        for start in find_sentence_starts(text):
            span = doc.char_span(start, text_len, alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        return doc


@Language.factory("kg_sentences", assigns=["token.is_sent_start"])
def make_sentence_splitter(nlp: Language, name: str) -> SentenceSplitter:
    """Factory of :class:`SentenceSplitter`."""
    return SentenceSplitter(name)
