"""Turn an annotated spaCy Doc into an :class:`~kg.records.Extraction`.

This is the only code downstream of spaCy that reads Doc/Span objects: after it,
the Doc is dropped and every stage works on plain records. It reads

- ``doc.spans["kg_entities"]`` (written by ``kg_merge``) with its aligned
  ``scores``, ``extractors``, ``proposed`` and ``entities`` attrs -> :class:`Mention`;
- ``doc._.kg_results`` (list of dicts, ``kg_results``) -> :class:`Result`;
- ``doc._.kg_relations`` (list of dicts, ``kg_relations``) -> :class:`Relation`;
- ``proposed`` flags -> one ``proposes`` :class:`Relation` per distinct proposed
  name (subject ``""``: the paper itself);
- ``doc._.abbreviations`` (offset quadruples) -> ``(short, long)`` string pairs.

Sentences come from ``doc.sents``; the sentence text is stripped of surrounding
whitespace and ``sentence_start`` is its offset in ``doc.text``. Offsets index
``doc.text``, which the pipeline receives as ``record.text``.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import json
import re
from typing import Any, Callable, Iterable

from spacy.tokens import Doc

from extractors._extensions import doc_extension, doc_text, sentence_bounds, span_items  # (registers doc._ attributes)
from extractors.labels import ENTITY_LABELS
from kg.records import TEXT_SEPARATOR, Extraction, Mention, PaperRecord, Relation, Result, _positional_maker

ENTITY_GROUP = "kg_entities"


class _Sentences:
    """Sentence lookup by character offset (bounds read once per Doc, each sentence stripped when first asked for)."""

    def __init__(self, doc: Doc, text: str):
        self.text = text
        self.bounds: list[tuple[int, int]] = []
        if not len(doc):
            self.starts: list[int] = []
        elif doc.has_annotation("SENT_START"):
            self.bounds = sentence_bounds(doc)
        else:
            whole = doc[:]
            self.bounds = [(whole.start_char, whole.end_char)]
        self.starts = [start for start, _ in self.bounds]
        self.items: list[tuple[str, int] | None] = [None] * len(self.bounds)

    def at(self, offset: int) -> tuple[str, int]:
        if not self.starts:
            return "", 0
        i = max(0, bisect.bisect_right(self.starts, offset) - 1)
        item = self.items[i]
        if item is None:
            start_char, end_char = self.bounds[i]
            # sliced from the text, not ``sent.text`` (which joins the tokens again)
            raw = self.text[start_char:end_char]
            stripped = raw.strip()
            item = self.items[i] = (stripped, start_char + len(raw) - len(raw.lstrip()) if stripped else
                                    start_char + len(raw))
        return item


_MENTION = _positional_maker(Mention, ("paper_id", "label", "text", "start", "end", "sentence", "sentence_start",
                                        "extractor", "confidence", "entity", "proposed"))
_RELATION = _positional_maker(Relation, (
    "paper_id", "relation", "subject", "subject_label", "subject_start", "subject_end", "object", "object_label",
    "object_start", "object_end", "sentence", "sentence_start", "extractor", "confidence"))
_EXTRACTION = _positional_maker(Extraction, ("paper_id", "mentions", "results", "relations", "abbreviations"))
_RESULT = _positional_maker(Result, (
    "paper_id", "value", "unit", "raw", "start", "end", "is_delta", "metric", "dataset", "method", "sentence",
    "sentence_start", "extractor", "confidence"))


def doc_to_extraction(doc: Doc, record: PaperRecord | None = None, *, paper_id: str | None = None) -> Extraction:
    """Everything the pipeline found in ``doc``, as plain records.

    Args:
        doc: a Doc processed by :func:`kg.pipeline.make_nlp`'s pipeline.
        record: the record whose ``text`` the Doc was built from (its id is used).
        paper_id: id to use when there is no record.
    """
    pid = record.id if record is not None else (paper_id or "")
    text = doc_text(doc)
    if record is not None and len(record.text) == len(text):
        text = record.text  # a re-cased title (kg.pipeline.recased_title): surfaces as the record writes them
    elif record is not None and not record.abstract and len(text) == len(record.text) + len(TEXT_SEPARATOR):
        text = record.text + TEXT_SEPARATOR  # a title-only record, read as a title (kg.pipeline._reading)
    sents = _Sentences(doc, text)
    at = sents.at
    mentions: list[Mention] = []
    relations: list[Relation] = []
    if ENTITY_GROUP in doc.spans:
        group = doc.spans[ENTITY_GROUP]
        n = len(group)
        attrs = group.attrs
        scores = attrs.get("scores") or [1.0] * n
        extractors_ = attrs.get("extractors") or [""] * n
        proposed = attrs.get("proposed") or [False] * n
        entities = attrs.get("entities") or [None] * n
        # plain values once per span; surface texts sliced from the text (``Span.text`` joins tokens)
        spans = [item[:3] for item in span_items(doc, ENTITY_GROUP)]
        surfaces = [text[start:end] for start, end, _ in spans]
        proposed_texts = {surface for surface, p in zip(surfaces, proposed) if p}
        seen_proposals: set[str] = set()
        for (start, end, label), surface, score, extractor, prop, entity in zip(
                spans, surfaces, scores, extractors_, proposed, entities):
            sentence, sentence_start = at(start)
            confidence = round(float(score), 4)
            mentions.append(_MENTION(pid, label, surface, start, end, sentence, sentence_start, extractor,
                                     confidence, entity, bool(prop) or surface in proposed_texts))
            if prop and surface not in seen_proposals:
                seen_proposals.add(surface)
                relations.append(_RELATION(pid, "proposes", "", "", 0, 0, surface, label, start, end, sentence,
                                           sentence_start, "kg_proposals", confidence))
    # (doc._.X read without building spaCy's Underscore object: doc_extension)
    results = [_result(pid, item, at) for item in (doc_extension(doc, "kg_results") or ())]
    relations.extend(_relation(pid, item, at) for item in (doc_extension(doc, "kg_relations") or ()))
    abbreviations = tuple(
        (text[s0:s1], text[l0:l1]) for s0, s1, l0, l1 in (doc_extension(doc, "abbreviations") or ())
    )
    return _EXTRACTION(pid, tuple(mentions), tuple(results), tuple(relations), abbreviations)


def _result(pid: str, item: dict[str, Any], at: Callable[[int], tuple[str, int]]) -> Result:
    get = item.get
    start = int(item["start"])
    sentence, sentence_start = at(start)
    return _RESULT(pid, str(item["value"]), get("unit") or "", get("raw") or "", start, int(item["end"]),
                   bool(get("is_delta", False)), get("metric"), get("dataset"), get("method"), sentence,
                   sentence_start, get("extractor") or "kg_results", round(float(get("confidence", 1.0)), 4))


def _relation(pid: str, item: dict[str, Any], at: Callable[[int], tuple[str, int]]) -> Relation:
    # The object is always in the stating sentence; the subject may be the paper's proposed method
    # standing in for "our model", named in an earlier sentence.
    get = item.get
    object_start = int(get("object_start", 0))
    sentence, sentence_start = at(object_start)
    return _RELATION(pid, item["relation"], get("subject") or "", get("subject_label") or "",
                     int(get("subject_start", 0)), int(get("subject_end", 0)), get("object") or "",
                     get("object_label") or "", object_start, int(get("object_end", 0)), sentence, sentence_start,
                     get("extractor") or "kg_relations", round(float(get("confidence", 1.0)), 4))


#: Mention fields written by ``paperkg extract`` (the issue's output format).
MENTION_FIELDS = ("start", "end", "label", "text", "entity", "extractor", "confidence", "proposed")


#: ``json.dumps(obj, ensure_ascii=False)`` for an object :func:`extraction_to_json` built: the same text without the
#: check for circular containers (a tree of fresh dicts and lists has none), ~8% faster.
json_line = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def extraction_to_json(extraction: Extraction, *, record_id: str | None = None, text: str | None = None) -> dict[str, Any]:
    """The JSON object ``paperkg extract`` writes for one record.

    Args:
        extraction: what the pipeline found.
        record_id: the id to write (the input's own id when it had one); default the paper id.
        text: the text the offsets index, written as ``"text"`` when given.

    Example:
        >>> ex = Extraction("p1", mentions=(Mention("p1", "METHOD", "BERT", 7, 11, extractor="kg_gazetteer"),))
        >>> extraction_to_json(ex, text="We use BERT.")["mentions"]
        [{'start': 7, 'end': 11, 'label': 'METHOD', 'text': 'BERT', 'entity': None, 'extractor': 'kg_gazetteer', 'confidence': 1.0, 'proposed': False}]
    """
    out: dict[str, Any] = {"id": record_id if record_id is not None else extraction.paper_id}
    if text is not None:
        out["text"] = text
    out["mentions"] = [_mention_dict(m) for m in extraction.mentions]
    entities = _canonical_names(extraction.mentions) if extraction.results or extraction.relations else {}
    out["results"] = [_with_entities(_result_dict(r), entities, _RESULT_ARGUMENTS) for r in extraction.results]
    out["relations"] = [_with_entities(_relation_dict(r), entities, _RELATION_ARGUMENTS)
                        for r in extraction.relations]
    out["abbreviations"] = [{"short": s, "long": lf} for s, lf in extraction.abbreviations]
    return out


#: (argument field, its label field or fixed label, the field that gets the canonical name).
_RESULT_ARGUMENTS = (("metric", "METRIC", "metric_entity"), ("dataset", "DATASET", "dataset_entity"),
                     ("method", "METHOD", "method_entity"))
_RELATION_ARGUMENTS = (("subject", "subject_label", "subject_entity"), ("object", "object_label", "object_entity"))


def _canonical_names(mentions: Iterable[Mention]) -> dict[tuple[str, str], str]:
    """(label, surface) -> canonical entity, for every mention the lexicon or an abbreviation named.

    A mention in the published span convention ("SQuAD dataset", entity "SQuAD") is also found by its
    bare name, which is how results and relations name their arguments. The first mention wins.
    """
    names: dict[tuple[str, str], str] = {}
    for m in mentions:
        if m.entity:
            names.setdefault((m.label, m.text), m.entity)
            names.setdefault((m.label, m.entity), m.entity)
    return names


def _with_entities(data: dict[str, Any], names: dict[tuple[str, str], str],
                   arguments: tuple[tuple[str, str, str], ...]) -> dict[str, Any]:
    """Add the canonical entity of each named argument (None when it is a name no lexicon knows)."""
    for field, label, target in arguments:
        surface = data.get(field)
        if label not in ENTITY_LABELS:
            label = data.get(label) or ""
        data[target] = names.get((label, surface)) if surface else None
    return data


def _fields_dict(names: tuple[str, ...]) -> Callable[[Any], dict[str, Any]]:
    """``lambda obj: {name: obj.<name> for name in names}``, generated as one dict display: 2.5x as fast as
    ``dict(zip(names, attrgetter(*names)(obj)))`` (every extracted mention goes through it).

    Example:
        >>> _fields_dict(("text", "start"))(Mention("p1", "METHOD", "BERT", 7, 11))
        {'text': 'BERT', 'start': 7}
    """
    namespace: dict[str, Any] = {}
    exec("def to_dict(obj):\n    return {" + ", ".join(f"{name!r}: obj.{name}" for name in names) + "}\n",  # noqa: S102
         namespace)  # (code built from the module's own field names)
    return namespace["to_dict"]


_mention_dict = _fields_dict(MENTION_FIELDS)
#: ``to_dict()`` of a result or relation without its ``paper_id``, in the same key order (their fields are all
#: scalars, so ``to_dict``'s tuple-to-list step has nothing to do): 2.5x as fast as ``to_dict()`` and a ``pop``.
_result_dict = _fields_dict(tuple(f.name for f in dataclasses.fields(Result) if f.name != "paper_id"))
_relation_dict = _fields_dict(tuple(f.name for f in dataclasses.fields(Relation) if f.name != "paper_id"))


# -- tokenised text (SciREX as distributed: "CIFAR - 10 , Fast R - CNN .") ----------------------------
#: A hyphen written as a token of its own between a letter and a letter or digit ("CIFAR - 10", "state - of - the -
#: art", "3 - D", "LLaMA - 2 - 70B"); not between two numbers ("4.5 - 11" is a range).
_SPACED_HYPHEN = r"(?<=[A-Za-z]) - (?=[A-Za-z0-9])|(?<=[0-9]) - (?=[0-9.]*[A-Za-z])"
#: A space before a comma, a full stop or a closing bracket: text written as space-separated tokens.
_TOKENISED_RE = re.compile(r" (?<=\w )[,.;:)](?: |$)")  # led by the space: 6x as fast as r"\w [,.;:)]..."
#: Any hyphen written inside a word ("pre-trained"): text that was not tokenised.
_JOINED_HYPHEN_RE = re.compile(r"[A-Za-z0-9]-[A-Za-z0-9]")
_SPACED_HYPHEN_RE = re.compile(_SPACED_HYPHEN)
#: How a tokenised text (or sentence) ends.
_SPACED_ENDS = (" .", " ?", " !", " . ", " .\n")
#: Tokens only a tokenised text writes: a bracket spaced from what it encloses ("( QRNNs )"), PTB's brackets and
#: quotes, a possessive or "n't" split from its word.
_TOKEN_MARK_RE = re.compile(r"\( [^()\n]* \)|-LRB-|-LSB-|``|\w (?:['’]s|n't) ")
#: A word with a comma, semicolon or bracket written against it ("networks,", "(QRNNs)"; not "1,000"): not a
#: tokenised text.
_ATTACHED_RE = re.compile(r"[A-Za-z0-9](?:[;)\]]|,(?!\d))|[(\[][A-Za-z0-9]")

#: The token joins a tokenised text is read with (:func:`joined_tokens`), each a pattern matching a space it drops.
TOKEN_JOINS: dict[str, str] = {
    # "( QRNNs )", "[ 12 ]": brackets against what they enclose (the short-form and "(called X)" rules)
    "bracket": r"(?:(?<=[(\[])|(?<=-LRB-)|(?<=-LSB-)) (?=\S)|(?<=\S) (?=[)\]]|-RRB-|-RSB-)",
    # "A , B and C .": commas, semicolons, colons, full stops, ? and ! against the word before them
    "punct": r"(?<=\S) (?=[,;:.?!](?: |\n|$))",
    # "BERT 's", "do n't" (’s as well)
    "clitic": r"(?<=\w) (?=(?:['’](?:s|re|ve|ll|d|m)|n't)(?: |$))",
    # “ quoted ” / ‘ quoted ’ / `` quoted '': the quotes against the quoted words, PTB's as “ and ”
    "quote": r"(?:(?<=[“‘])|(?<=``)) (?=\S)|(?<=\S) (?=(?:[”’]|'')(?: |$))",
}
#: PTB's bracket and quote tokens ("-LRB- QRNNs -RRB-", "`` x ''"), read as the characters they stand for (with
#: the other joins only).
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}", "``": "“", "''": "”"}
_PTB_CLOSE = frozenset({"-RRB-", "-RSB-", "-RCB-", "''"})


@functools.lru_cache(maxsize=8)
def _join_re(kinds: tuple[str, ...], hyphens: bool) -> re.Pattern:
    """One pattern for the joins ``kinds`` (and the hyphens, and PTB's tokens with any other join)."""
    parts = [f"(?:{TOKEN_JOINS[k]})" for k in kinds]
    if hyphens:
        parts.append(_SPACED_HYPHEN)
    if kinds:
        parts.append("|".join(re.escape(t) for t in _PTB))
    return re.compile("|".join(parts))


def joined_tokens(text: str) -> tuple[str, list[int]] | None:
    """The text of a tokenised record read with its tokens joined again, and where it lost characters; None for
    other text.

    Some corpora distribute their text as space-separated tokens (SciREX: "Fast R - CNN on CIFAR - 10 .",
    "quasi - recurrent neural networks ( QRNNs ) , an approach"; PTB-style "-LRB- QRNNs -RRB-", "`` x ''");
    the lexicon, the name shapes and the rules know "Fast R-CNN", "CIFAR-10", "networks (QRNNs), an". A text
    counts as tokenised when it has a space before a comma, full stop, colon or closing bracket; its hyphens
    are joined only when no hyphen is written inside a word anywhere (a text that writes "pre-trained" uses
    " - " as a dash: "CPTQuant - a method"), the other tokens (:data:`TOKEN_JOINS`) only when no comma,
    semicolon or bracket is written against a word anywhere (an ordinary text with a stray " ," left by a
    removed citation stays as it is; "1,000" is no such comma) and the text writes something only a tokenised
    text writes: a spaced hyphen it joins, "( X )", a PTB token, a split "'s" (PTB-style text keeps "pre-trained"
    whole: its brackets are joined, its " - " stays a dash). Only the first two tests (substring tests) run on
    most ordinary text. The pipeline then reads the joined text and :func:`restore_offsets`
    maps what it found back onto the record's own text. The list gives, in order, the offset in the joined
    text of the character that followed each character dropped (one entry per character).

    >>> joined_tokens("We use CIFAR - 10 and Fast R - CNN .")
    ('We use CIFAR-10 and Fast R-CNN.', [12, 13, 26, 27, 30])
    >>> joined_tokens("quasi - recurrent networks ( QRNNs ) , BERT 's -LRB- x -RRB- .")[0]
    "quasi-recurrent networks (QRNNs), BERT's (x)."
    >>> joined_tokens("We use CIFAR-10 ( a dataset ) ."), joined_tokens("CPTQuant - a method.")
    (('We use CIFAR-10 (a dataset).', [17, 26, 27]), None)
    >>> joined_tokens("Results ( see [ 3 ] ) , and more, ."), joined_tokens("A CPTQuant - a (4-bit) method .")
    (None, None)
    """
    hyphens = " - " in text and not _JOINED_HYPHEN_RE.search(text)  # ordinary text: an in-word hyphen comes soon
    if not (hyphens or text.endswith(_SPACED_ENDS) or " , " in text):  # each ``in`` scans the text: two at most
        return None
    attached = _ATTACHED_RE.search(text) is not None  # ordinary text: within its first words
    if (attached and not hyphens) or not _TOKENISED_RE.search(text):
        return None
    hyphens = hyphens and _SPACED_HYPHEN_RE.search(text) is not None
    kinds = () if attached or not (hyphens or _TOKEN_MARK_RE.search(text)) else tuple(TOKEN_JOINS)
    if not hyphens and not kinds:
        return None
    out: list[str] = []
    gaps: list[int] = []
    last = 0
    size = 0  # length of the joined text so far
    for m in _join_re(kinds, hyphens).finditer(text):
        out.append(text[last:m.start()])
        size += m.start() - last
        token = m.group()
        kept = _PTB.get(token) or token.strip()
        if kept:
            # the kept character stands for the first non-space one, a closing PTB token's for its last one (so that
            # a span's end maps after "-RRB-")
            first = len(token) - len(token.lstrip()) + (len(token) - 1 if token in _PTB_CLOSE else 0)
            gaps.extend([size] * first)
            out.append(kept)
            size += 1
            gaps.extend([size] * (len(token) - first - 1))
        else:
            gaps.extend([size] * len(token))
        last = m.end()
    if not gaps:
        return None
    out.append(text[last:])
    return "".join(out), gaps


def restore_offsets(extraction: Extraction, text: str, gaps: list[int]) -> Extraction:
    """``extraction`` (offsets into the joined text of :func:`joined_tokens`) with offsets into ``text``.

    Surfaces and sentences become slices of ``text`` again ("CIFAR - 10"); a mention whose surface changed
    keeps the joined one as its canonical name unless it has one ("CIFAR-10"), so the graph names the thing
    as it is written elsewhere. Relation subjects/objects and result links stay names (the joined forms).

    >>> from kg.records import Mention
    >>> t = "We use CIFAR - 10 ."
    >>> new, at = joined_tokens(t)
    >>> ex = Extraction("p", mentions=(Mention("p", "DATASET", "CIFAR-10", 7, 15, new, 0),))
    >>> m = restore_offsets(ex, t, at).mentions[0]
    >>> (m.text, m.start, m.end, m.entity, m.sentence)
    ('CIFAR - 10', 7, 17, 'CIFAR-10', 'We use CIFAR - 10 .')
    """
    def start(o: int) -> int:  # the joined text's character ``o`` follows every gap at or before it
        return o + bisect.bisect_right(gaps, o)

    def end(o: int) -> int:
        return start(o - 1) + 1 if o > 0 else 0

    def sentence(s: str, o: int) -> tuple[str, int]:
        a = start(o)
        return (text[a:end(o + len(s))] if s else s), a

    mentions = []
    for m in extraction.mentions:
        a, b = start(m.start), end(m.end)
        surface = text[a:b]
        s, ss = sentence(m.sentence, m.sentence_start)
        mentions.append(dataclasses.replace(m, text=surface, start=a, end=b, sentence=s, sentence_start=ss,
                                            entity=m.entity or (m.text if surface != m.text else None)))
    results = []
    for r in extraction.results:
        s, ss = sentence(r.sentence, r.sentence_start)
        results.append(dataclasses.replace(r, start=start(r.start), end=end(r.end), sentence=s, sentence_start=ss))
    relations = []
    for r in extraction.relations:
        s, ss = sentence(r.sentence, r.sentence_start)
        relations.append(dataclasses.replace(
            r, subject_start=start(r.subject_start), subject_end=end(r.subject_end) if r.subject_end else 0,
            object_start=start(r.object_start), object_end=end(r.object_end) if r.object_end else 0,
            sentence=s, sentence_start=ss))
    return dataclasses.replace(extraction, mentions=tuple(mentions), results=tuple(results),
                               relations=tuple(relations))
