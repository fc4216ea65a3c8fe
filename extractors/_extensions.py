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

The shared pre-pass: plain per-Doc values several components need, each computed
once per Doc and kept in :func:`doc_cache` (a process-local dict that lives as long
as its Doc, never serialised with it): :func:`token_starts`, :func:`token_texts`
and :func:`token_at` (token offsets and texts without creating a ``Token`` object
per token) and :func:`sentence_bounds` (character bounds of ``doc.sents``). Each
cached value is checked against the Doc's length (as :func:`doc_text` is): a
component that retokenises a Doc makes them be computed again. A component that
changes sentence starts after another one read :func:`sentence_bounds` must call
:func:`forget` on the Doc.
"""

from __future__ import annotations

import bisect
import functools
import weakref
from typing import Iterable

from spacy.attrs import IDX, SPACY
from spacy.tokens import Doc, SpanGroup

DOC_EXTENSIONS = ("abbreviations", "kg_results", "kg_relations")

_TEXT_KEY = ("kg", "text")


def remember_text(doc: Doc, text: str) -> None:
    """Cache ``text`` as ``doc``'s text (the tokenizer calls this with its input)."""
    doc.user_data[_TEXT_KEY] = (len(doc), text)


def _extension_key(name: str) -> tuple[str, str, None, None]:
    # where spaCy's Underscore keeps a Doc extension's value in ``doc.user_data``
    return ("._.", name, None, None)


_EXTENSION_KEYS = {name: _extension_key(name) for name in DOC_EXTENSIONS}


def doc_extension(doc: Doc, name: str):
    """``doc._.<name>`` for one of :data:`DOC_EXTENSIONS`, read where spaCy's ``Underscore`` reads it
    (``doc.user_data``; None when unset, their default) without building the ``Underscore`` object (~2 us a read).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> doc_extension(doc, "kg_results") is None
        True
        >>> doc._.kg_results = [{"value": 1}]
        >>> doc_extension(doc, "kg_results") is doc._.kg_results
        True
    """
    return doc.user_data.get(_EXTENSION_KEYS[name])


def set_doc_extension(doc: Doc, name: str, value) -> None:
    """``doc._.<name> = value`` for one of :data:`DOC_EXTENSIONS`, stored where spaCy's ``Underscore`` stores it.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> set_doc_extension(doc, "abbreviations", [(0, 2, 3, 6)])
        >>> doc._.abbreviations
        [(0, 2, 3, 6)]
    """
    doc.user_data[_EXTENSION_KEYS[name]] = value


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


#: Per-Doc scratch dicts by ``id(doc)``: ``(weakref to the Doc, dict)``; an entry goes with its Doc.
_CACHES: dict[int, tuple[weakref.ref, dict]] = {}
#: Entries kept at most: Docs a caller holds beyond a batch are recomputed, never served stale.
_MAX_CACHES = 4096


def doc_cache(doc: Doc) -> dict:
    """A scratch dict private to this process for ``doc``, dropped when the Doc is freed.

    For values computed from a Doc that several components read (sentence
    bounds, token offsets, the entity tuples of :func:`extractors._spans.doc_context`).
    Unlike ``doc.user_data`` it is never serialised (``Doc.to_bytes``, ``nlp.pipe``
    with several processes), so it may hold any object. Keys are namespaced by
    their owner; each value should carry what it was computed from and be
    checked before use.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> doc_cache(doc) is doc_cache(doc), doc_cache(doc) is doc_cache(spacy.blank("en")("x"))
        (True, False)
    """
    key = id(doc)
    entry = _CACHES.get(key)
    if entry is not None and entry[0]() is doc:
        return entry[1]
    if len(_CACHES) >= _MAX_CACHES:
        _CACHES.clear()
    cache: dict = {}
    _CACHES[key] = (weakref.ref(doc, functools.partial(_drop_cache, key)), cache)
    return cache


def _drop_cache(key: int, ref: weakref.ref) -> None:
    # weakref callback of a freed Doc: its id may be reused from now on
    entry = _CACHES.get(key)
    if entry is not None and entry[0] is ref:
        del _CACHES[key]


#: Cached values that depend on sentence starts (dropped by ``forget(doc, SENTENCE_KEYS)``).
SENTENCE_KEYS = ("kg.sentence_bounds", "kg.doc_context")


def forget(doc: Doc, keys: Iterable[str] | None = None) -> None:
    """Drop cached pre-pass values of ``doc``: all of them, or only ``keys``.

    Call it after changing a Doc's tokens or sentence starts in place
    (``kg_sentences`` drops :data:`SENTENCE_KEYS`).
    """
    entry = _CACHES.get(id(doc))
    if entry is None or entry[0]() is not doc:
        return
    if keys is None:
        del _CACHES[id(doc)]
        return
    for key in keys:
        entry[1].pop(key, None)


def token_starts(doc: Doc) -> list[int]:
    """Character offset of every token (``[t.idx for t in doc]`` in one array copy).

    Example:
        >>> import spacy
        >>> token_starts(spacy.blank("en")("We use BERT."))
        [0, 3, 7, 11]
    """
    cache = doc_cache(doc)
    hit = cache.get("kg.token_starts")
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    starts = doc.to_array(IDX).tolist() if len(doc) else []
    cache["kg.token_starts"] = (len(doc), starts)
    return starts


def token_texts(doc: Doc, *, with_ws: bool = False) -> list[str]:
    """Every token's text (or ``text_with_ws``), sliced from the cached text.

    About half the cost of ``[t.text_with_ws for t in doc]``, which builds a
    ``Token`` per token. Callers must not mutate the list.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use  BERT.")
        >>> token_texts(doc), token_texts(doc, with_ws=True) == [t.text_with_ws for t in doc]
        (['We', 'use', ' ', 'BERT', '.'], True)
    """
    cache = doc_cache(doc)
    key = "kg.token_texts_ws" if with_ws else "kg.token_texts"
    hit = cache.get(key)
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    text = doc_text(doc)
    starts = token_starts(doc)
    ends = starts[1:]
    ends.append(len(text))
    if with_ws:
        words = [text[a:b] for a, b in zip(starts, ends)]
    else:
        # a token's text ends where its trailing space (one character, or none) begins
        words = [text[a:b - ws] for a, b, ws in zip(starts, ends, _trailing_spaces(doc))]
    cache[key] = (len(doc), words)
    return words


def _trailing_spaces(doc: Doc) -> list[int]:
    return doc.to_array(SPACY).tolist()


def token_at(doc: Doc, char: int) -> int:
    """Index of the token holding character ``char`` (the token before it when ``char`` is a space).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> [token_at(doc, c) for c in (0, 2, 3, 9, 11)]
        [0, 0, 1, 2, 3]
    """
    return max(0, bisect.bisect_right(token_starts(doc), char) - 1)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """``(start_char, end_char)`` of every sentence of ``doc.sents`` (the whole text when none are set).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("One. Two")
        >>> doc[2].is_sent_start = True
        >>> sentence_bounds(doc)
        [(0, 4), (5, 8)]
    """
    cache = doc_cache(doc)
    hit = cache.get("kg.sentence_bounds")
    if hit is not None and hit[0] == len(doc):
        return hit[1]
    if not len(doc):
        bounds = []
    elif doc.has_annotation("SENT_START"):
        bounds = [(s.start_char, s.end_char) for s in doc.sents]
    else:
        bounds = [(0, len(doc_text(doc)))]
    cache["kg.sentence_bounds"] = (len(doc), bounds)
    return bounds


#: The plain values of one span: ``(start_char, end_char, label, start, end)`` (token indices last).
SpanItem = tuple[int, int, str, int, int]


def span_items(doc: Doc, name: str) -> list[SpanItem]:
    """``(start_char, end_char, label_, start, end)`` of every span of ``doc.spans[name]`` ([] when absent).

    Read once per group object (or remembered by :func:`set_span_group` when the
    group was written), so no ``Span`` is built again. Callers must not mutate the list.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> doc.spans["x"] = [doc.char_span(7, 11, label="METHOD")]
        >>> span_items(doc, "x"), span_items(doc, "absent")
        ([(7, 11, 'METHOD', 2, 3)], [])
    """
    group = doc.spans.data.get(name)  # (the SpanGroups' own dict: its UserDict lookups run in Python)
    if group is None:
        return []
    cache = doc_cache(doc)
    key = ("kg.span_items", name)
    hit = cache.get(key)
    if hit is not None and hit[0] is group and hit[1] == len(group):
        return hit[2]
    items = [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in group]
    cache[key] = (group, len(group), items)
    return items


def set_span_group(doc: Doc, name: str, spans: list, attrs: dict | None = None) -> SpanGroup:
    """``doc.spans[name] = SpanGroup(doc, name=name, spans=spans, attrs=attrs)``, remembering the spans' values.

    Reading the values off the ``Span`` objects the caller built costs a fraction of
    building them again when another component reads the group (see :func:`span_items`).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> group = set_span_group(doc, "x", [doc.char_span(7, 11, label="METHOD")], {"scores": [0.9]})
        >>> doc.spans["x"] is group, group.attrs, span_items(doc, "x")
        (True, {'scores': [0.9]}, [(7, 11, 'METHOD', 2, 3)])
    """
    group = SpanGroup(doc, name=name, spans=spans, attrs=attrs)
    doc.spans[name] = group
    doc_cache(doc)[("kg.span_items", name)] = (
        group, len(group), [(s.start_char, s.end_char, s.label_, s.start, s.end) for s in spans])
    return group


def register_extensions() -> None:
    """(Re-)register every custom attribute; safe to call any number of times."""
    for name in DOC_EXTENSIONS:
        Doc.set_extension(name, default=None, force=True)


register_extensions()
