"""Every custom Doc/Span attribute of paperkg, registered once (``force=True``).

Components and :mod:`kg.mentions` import this module instead of calling
``set_extension`` themselves, so that one place lists what the pipeline adds
to a Doc and re-importing never fails.

Doc attributes (each holds one type only, never a mix):

- ``doc._.abbreviations``: list of ``(short_start, short_end, long_start, long_end)``
  character offsets of Schwartz–Hearst definitions (written by ``kg_abbreviations``).
- ``doc._.kg_results``: list of result dicts (written by ``kg_results``).
- ``doc._.kg_relations``: list of relation dicts (written by ``kg_relations``).

:func:`doc_text` is the cached ``doc.text`` every component should read.
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = ("abbreviations", "kg_results", "kg_relations")

_TEXT_KEY = ("kg", "text")


def remember_text(doc: Doc, text: str) -> None:
    """Cache ``text`` as ``doc``'s text (the tokenizer calls this with its input)."""
    doc.user_data[_TEXT_KEY] = (len(doc), text)


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc and cached in ``doc.user_data``.

    ``Doc.text`` joins every token on each access (about as costly as a whole
    rule component on an abstract), so components read the text through this.
    The cache is checked against the Doc's length, so a retokenised Doc never
    sees a stale text.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> doc_text(doc) == doc.text
        True
    """
    cached = doc.user_data.get(_TEXT_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    text = doc.text
    doc.user_data[_TEXT_KEY] = (len(doc), text)
    return text


def register_extensions() -> None:
    """(Re-)register every custom attribute; safe to call any number of times."""
    for name in DOC_EXTENSIONS:
        Doc.set_extension(name, default=None, force=True)


register_extensions()
