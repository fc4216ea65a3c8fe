"""Plain entity tuples and sentence context shared by ``kg_results`` and ``kg_relations``.

Both components read ``doc.spans["kg_entities"]`` and ``doc.sents`` once, turn
them into plain tuples (:class:`Ent`, ``(start, end)`` sentence bounds) and then
work on strings with compiled regexes: no per-token loops, and every helper
here is a pure function testable on one-line inputs.

Heuristics shared by both (syntax-free, on purpose: no parser in the pipeline):

- *coordination*: entities separated only by ``,``/``and``/``or``/``/`` form a
  list ("on A, B and C");
- *comparison objects*: a METHOD right after "than", "over", "compared to",
  "outperforms", "such as" ... is something the subject is compared with, never
  the subject itself;
- *the paper's own method*: "our model/approach", "we", "the proposed method"
  refer to the entity the paper proposes (an entity span with ``proposed=True``).
"""

from __future__ import annotations

import functools
from bisect import bisect_left
import re
from collections.abc import Sequence
from typing import NamedTuple

from extractors._extensions import doc_cache, doc_text, sentence_bounds, span_items
from extractors._regex import GatedPattern
from extractors.lexicon import is_paradigm

#: Span group written by kg_merge and read by kg_results / kg_relations.
ENTITY_GROUP = "kg_entities"


class Ent(NamedTuple):
    """An entity span as plain values (offsets index ``doc.text``)."""

    start: int
    end: int
    label: str
    text: str
    proposed: bool = False


def entities_from_doc(doc, text: str | None = None) -> list[Ent]:
    """Read ``doc.spans["kg_entities"]`` into sorted :class:`Ent` tuples (empty when absent).

    Entity texts are sliced from ``text`` (the Doc's text, read through
    :func:`doc_text` when not given): ``Span.text`` joins tokens on every access.
    """
    if ENTITY_GROUP not in doc.spans:
        return []
    group = doc.spans[ENTITY_GROUP]
    if text is None:
        text = doc_text(doc)
    proposed = group.attrs.get("proposed") if hasattr(group, "attrs") else None
    n_flags = len(proposed) if proposed is not None else 0
    out = []
    for i, (start, end, label, _, _) in enumerate(span_items(doc, ENTITY_GROUP)):
        out.append(Ent(start, end, label, text[start:end], bool(proposed[i]) if i < n_flags else False))
    out.sort()
    return out


def sentences_from_doc(doc) -> list[tuple[int, int]]:
    """Character bounds of the Doc's sentences (the whole text when none are set; computed once per Doc)."""
    if not len(doc):
        return []
    return sentence_bounds(doc)


def doc_context(doc) -> tuple[str, list[tuple[int, int]], list[Ent]]:
    """``(text, sentence bounds, sorted entities)`` of a Doc, read once for both components.

    The second reader of the same Doc gets the first one's lists, from the Doc's
    :func:`~extractors._extensions.doc_cache` (so also when a whole batch passes
    ``kg_results`` before ``kg_relations`` sees its first Doc). The cache is
    checked against the Doc's length and the entity group's identity and length,
    so a changed Doc is read again. Callers must not mutate the lists.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("We use BERT.")
        >>> doc.spans[ENTITY_GROUP] = [doc.char_span(7, 11, label="METHOD")]
        >>> text, sents, ents = doc_context(doc)
        >>> sents, ents, doc_context(doc)[2] is ents
        ([(0, 12)], [Ent(start=7, end=11, label='METHOD', text='BERT', proposed=False)], True)
    """
    group = doc.spans[ENTITY_GROUP] if ENTITY_GROUP in doc.spans else None
    key = (len(doc), len(group) if group is not None else -1)
    cache = doc_cache(doc)
    cached = cache.get("kg.doc_context")
    if cached is not None and cached[0] is group and cached[1] == key:
        return cached[2]
    text = doc_text(doc)
    value = (text, sentences_from_doc(doc), entities_from_doc(doc, text))
    cache["kg.doc_context"] = (group, key, value)
    return value


def entities_in(entities: Sequence[Ent], start: int, end: int) -> list[Ent]:
    """The entities lying inside ``[start, end)`` (entities must be sorted).

    Found by bisection from the first entity starting at ``start``: a scan of all entities per
    sentence made a text of many sentences quadratic (a 40k-character list of one-line records
    took 4 s in kg_relations).

    Example:
        >>> es = sorted([Ent(0, 4, "METHOD", "BERT"), Ent(5, 8, "METHOD", "GPT"), Ent(7, 12, "TASK", "x"), Ent(12, 12, "TASK", "")])
        >>> [e.text for e in entities_in(es, 5, 12)], [e.text for e in entities_in(es, 1, 8)]
        (['GPT', 'x', ''], ['GPT'])
    """
    # the entities starting in [start, end], found by comparing tuples in C: (start,) sorts before every Ent starting
    # at ``start`` (a shorter tuple first) and after every one starting before it
    lo, hi = bisect_left(entities, (start,)), bisect_left(entities, (end + 1,))
    return [e for e in entities[lo:hi] if e.end <= end]


_COORD_GAP = re.compile(
    r"\s*(?:,\s*(?:and\s+|or\s+|as\s+well\s+as\s+)?|and\s+|or\s+|&\s*|/\s*|as\s+well\s+as\s+|plus\s+|vs\.?\s+)"
    r"(?:the\s+)?\Z|\s*/\s*\Z",
    re.IGNORECASE,
)
#: A parenthetical between list items: "A (x%), B (y%) and C".
_PAREN = re.compile(r"\s*\([^()]{0,60}\)")


def is_coordination(gap: str) -> bool:
    """True when ``gap`` only joins two list items.

    Example:
        >>> [is_coordination(g) for g in (", ", " and ", ", and the ", " on ", " (82.1%), ")]
        [True, True, True, False, True]
    """
    return bool(_COORD_GAP.match(_PAREN.sub("", gap) if "(" in gap else gap))


def coordination_chains(text: str, ents: Sequence[Ent]) -> list[list[Ent]]:
    """Split sorted entities into lists joined by coordination (same label only).

    Example:
        >>> t = "on GSM8K, MATH and MMLU with BERT"
        >>> es = [Ent(3, 8, "DATASET", "GSM8K"), Ent(10, 14, "DATASET", "MATH"),
        ...       Ent(19, 23, "DATASET", "MMLU"), Ent(29, 33, "METHOD", "BERT")]
        >>> [[e.text for e in c] for c in coordination_chains(t, es)]
        [['GSM8K', 'MATH', 'MMLU'], ['BERT']]
        >>> t = "for binary detection (BCD), semantic detection (SCD), and damage assessment"
        >>> es = [Ent(4, 20, "TASK", "binary detection"), Ent(22, 25, "TASK", "BCD"),
        ...       Ent(28, 46, "TASK", "semantic detection"), Ent(48, 51, "TASK", "SCD"),
        ...       Ent(58, 75, "TASK", "damage assessment")]
        >>> [[e.text for e in c] for c in coordination_chains(t, es)]
        [['binary detection', 'semantic detection', 'damage assessment'], ['BCD'], ['SCD']]
    """
    chains: list[list[Ent]] = []
    asides: list[list[Ent]] = []
    for e in ents:
        if chains:
            last = chains[-1][-1]
            if last.label == e.label and e.start >= last.end and is_coordination(text[last.end:e.start]):
                chains[-1].append(e)
                continue
            if text.find("(", last.end, e.start) != -1 and _PAREN_OPEN.fullmatch(text, last.end, e.start) \
                    and _PAREN_CLOSE.match(text, e.end):
                # "binary change detection (BCD), semantic change detection (SCD)": a short form in parentheses
                # belongs to the item before it, and the list goes on after it
                asides.append([e])
                continue
        chains.append([e])
    if asides:
        chains = sorted(chains + asides, key=lambda c: c[0].start)
    # "Compared to X, Y improves": two items joined by a bare comma are not a list
    out: list[list[Ent]] = []
    for chain in chains:
        if len(chain) == 2 and _BARE_COMMA.fullmatch(text[chain[0].end:chain[1].start]):
            out += [[chain[0]], [chain[1]]]
        else:
            out.append(chain)
    return out


_BARE_COMMA = re.compile(r"\s*,\s*")
_PAREN_OPEN = re.compile(r"\s*\(\s*")
_PAREN_CLOSE = re.compile(r"\s*\)")


def chain_of(chains: Sequence[Sequence[Ent]], ent: Ent) -> Sequence[Ent]:
    """The chain holding ``ent`` (a one-item list when it is in none)."""
    for chain in chains:
        if ent in chain:
            return chain
    return [ent]


#: An entity glued to a training participle describes the name after it ("the WIT-400M-trained CLIP").
TRAINED_MODIFIER = re.compile(r"-(?:trained|pretrained|pre-trained|finetuned|fine-tuned|tuned|initiali[sz]ed)\b",
                              re.IGNORECASE)


_COMPARISON_BEFORE = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|outstrip\w*|"
    r"than|over|compared\s+(?:to|with|against)|comparison\s+(?:to|with)|relative\s+to|against|vs\.?|versus|"
    r"unlike|baselines?|match(?:es|ed|ing)?|rivals?|rivaling|behind|trails?|trailing|"
    r"(?:comparable|competitive)\s+(?:(?:performance|results|accuracy|quality)\s+)?(?:to|with)|"
    r"on\s+par\s+with|close\s+to)"
    r"\s+(?:\(?(?:[\w-]+|such\s+as|like|including|e\.g\.,?|i\.e\.,?),?\s+){0,5}?\Z",
    re.IGNORECASE,
)
#: The same for an ASCII text's lower-case copy (the same matches: ASCII letters fold alike; ~2x faster than the
#: case-insensitive scan, which tries every position of the window).
_COMPARISON_BEFORE_LOWER = re.compile(_COMPARISON_BEFORE.pattern)


def comparison_objects(text: str, ents: Sequence[Ent], chains: Sequence[Sequence[Ent]], start: int) -> set[Ent]:
    """Entities that follow a comparison cue (and the lists they head).

    ``start`` is where the sentence begins, so a cue is never looked for
    across a sentence boundary.

    Example:
        >>> t = "BLIP-2 outperforms Flamingo and PaLI on VQAv2"
        >>> es = [Ent(0, 6, "METHOD", "BLIP-2"), Ent(19, 27, "METHOD", "Flamingo"),
        ...       Ent(32, 36, "METHOD", "PaLI"), Ent(40, 45, "DATASET", "VQAv2")]
        >>> sorted(e.text for e in comparison_objects(t, es, coordination_chains(t, es), 0))
        ['Flamingo', 'PaLI']
        >>> t = "FLAME surpasses the WIT-400M-trained CLIP"
        >>> es = [Ent(0, 5, "METHOD", "FLAME"), Ent(20, 28, "DATASET", "WIT-400M"), Ent(37, 41, "METHOD", "CLIP")]
        >>> sorted(e.text for e in comparison_objects(t, es, coordination_chains(t, es), 0))
        ['CLIP', 'WIT-400M']
    """
    out: set[Ent] = set()
    prev_end = start
    low = _ascii_lower(text)
    source, cue_before = (text, _COMPARISON_BEFORE.search) if low is None else (low, _COMPARISON_BEFORE_LOWER.search)
    for e in ents:
        window_start = max(start, prev_end, e.start - 60)
        if not (text.startswith("-", e.end) and TRAINED_MODIFIER.match(text, e.end)) and e.label != "METRIC":
            # ("surpasses the WIT-400M-trained CLIP": the dataset only describes the compared model; in
            # "competitive accuracy to a Llemma-34B" the measure sits between the cue and the name)
            prev_end = max(prev_end, e.end)
        if e in out:
            continue
        if cue_before(source[window_start:e.start]):
            chain = chain_of(chains, e)
            out.update(chain[chain.index(e):] if e in chain else [e])
    return out



def with_short_forms(text: str, ents: Sequence[Ent], compared: set[Ent]) -> set[Ent]:
    """``compared`` plus the short form in parentheses right after a compared entity of its label
    ("compared to Bidirectional Language Models (BiLMs), exhibiting a 23% lower accuracy", "surpasses vision
    transformers (ViTs) and convolutional networks (CNNs)"), for results and relations alike.

    Example:
        >>> t = "weaker compared to Bidirectional LMs (BiLMs), with 23% lower accuracy"
        >>> es = [Ent(19, 36, "METHOD", "Bidirectional LMs"), Ent(38, 43, "METHOD", "BiLMs")]
        >>> sorted(e.text for e in with_short_forms(t, es, {es[0]}))
        ['BiLMs', 'Bidirectional LMs']
    """
    if not compared:
        return compared
    out = set(compared)
    for prev, e in zip(ents, ents[1:]):
        if prev in out and e.label == prev.label and _PAREN_OPEN.fullmatch(text, prev.end, e.start) \
                and text.startswith(")", e.end):
            out.add(e)
    return out

_OWN_WORK = re.compile(
    r"\b(?:(?:our|the\s+proposed)\s+(?:(?!(?:that|which|shows?|demonstrates?|reveals?|suggests?|indicates?|is|are|"
    r"was|were|and|or|than|to|of|on|in|with|for|by)\b)[\w-]+\s+){0,3}?|(?:this|the\s+resulting)\s+(?:[\w-]+\s+){0,2}?)"
    r"(?:method|model|approach|framework|system|architecture|pipeline|technique|algorithm|agent|network|"
    r"variant|solution|recipe|strategy|detector|classifier|retriever|scheme|paradigm)s?\b|\bours\b|\bwe\b",
    re.IGNORECASE,
)
#: "..., it outperforms X": "it" opening a clause before a result verb is the paper's method (not
#: "enabling it to outperform", where "it" is whatever was enabled). Where the clause opens is checked
#: in Python: lookbehinds at the head of a pattern make the scan try every position (four times slower).
_IT_SUBJECT = re.compile(
    r"it(?=\s+(?:(?:also|further|still|consistently|significantly|substantially|even|can|could|clearly|thus|"
    r"therefore)\s+)*(?:outperform|surpass|beat|exceed|achiev|improv|reach|obtain|attain|yield|deliver|lead|reduc|"
    r"speed|accelerat|match|rival|sets?\b|shows?\b))",
    re.IGNORECASE,
)
#: The same two patterns for text already lower-cased (a third faster than matching case-insensitively);
#: the first tried only where one of its opening words begins (:class:`GatedPattern`, ~2x faster on a whole text).
_OWN_WORK_LOWER = GatedPattern(re.compile(_OWN_WORK.pattern),
                               re.compile(r"ours?\b|this\b|we\b|the\s+(?:proposed|resulting)"))
_IT_SUBJECT_LOWER = re.compile(_IT_SUBJECT.pattern)


@functools.lru_cache(maxsize=64)
def _ascii_lower(text: str) -> str | None:
    """``text.lower()`` when ``text`` is ASCII (where ``re.IGNORECASE`` and lower-casing agree letter by letter), else
    None (cached: the results finder asks about every sentence of a text)."""
    return text.lower() if text.isascii() else None


def own_work_mentions(text: str, start: int, end: int, *, lowered: bool = False) -> list[tuple[int, int]]:
    """Where ``text[start:end]`` refers to the paper's own method ("our model", "we", "..., it achieves").

    ``lowered`` says ``text`` is already lower-case (same offsets).

    Example:
        >>> own_work_mentions("Our approach beats BERT.", 0, 24)
        [(0, 12)]
        >>> own_work_mentions("our approach beats bert.", 0, 24, lowered=True)
        [(0, 12)]
        >>> t = "Our resource-efficient dual-mask training framework and our scheme win."
        >>> [t[a:b] for a, b in own_work_mentions(t, 0, len(t))]
        ['Our resource-efficient dual-mask training framework', 'our scheme']
        >>> own_work_mentions("Our results show that model size matters.", 0, 41)  # a clause, not a name
        []
        >>> t = "On GPT2, it outperforms DistilGPT2. It reaches 80%. X enables it to outperform Y."
        >>> [t[a:b] for a, b in own_work_mentions(t, 0, len(t))]
        ['it', 'It']
    """
    if not lowered:
        low = _ascii_lower(text)
        if low is not None:
            # the same spans: an ASCII text's lower-case copy keeps every offset, and the lower-case patterns scan
            # it ~3x faster than the case-insensitive ones scan the text (those try every position)
            text, lowered = low, True
    own, it = (_OWN_WORK_LOWER, _IT_SUBJECT_LOWER) if lowered else (_OWN_WORK, _IT_SUBJECT)
    out = [m.span() for m in own.finditer(text, start, end)]
    for m in it.finditer(text, start, end):
        p = m.start()
        if p == 0 or text[p - 1] == "\n" or (p >= 2 and text[p - 1].isspace() and text[p - 2] in ",;:."):
            out.append(m.span())
    if len(out) > 1:
        out.sort()
    return out


_TITLE_HEAD = re.compile(r"\s*(?::|\s+-{1,2}\s|\s+[–—]\s)")


def _fold(name: str) -> str:
    """A name lower-cased with hyphens as spaces, to see one name inside another."""
    return name.lower().replace("-", " ")


def proposed_method(ents: Sequence[Ent], text: str = "") -> Ent | None:
    """The paper's own method: the first proposed METHOD (else the first proposed entity).

    When no entity is flagged as proposed, a METHOD that opens the text and is
    followed by a colon or dash (the title "DeepSRGM -- Sequence ...") stands in.

    Example:
        >>> t = "DeepSRGM -- Raga Recognition. We use LSTM."
        >>> proposed_method([Ent(0, 8, "METHOD", "DeepSRGM"), Ent(37, 41, "METHOD", "LSTM")], t).text
        'DeepSRGM'
    """
    first = None
    wholes = None
    for e in ents:
        if e.proposed:
            if e.label == "METHOD":
                if wholes is None:
                    wholes = [_fold(x.text) for x in ents if x.proposed and x.label == "METHOD"]
                key = _fold(e.text)
                if " " not in e.text or not any(key in w and key != w for w in wholes):
                    return e
                # "Furthest Reasoning" of "Furthest-Reasoning-with-Plan-Assessment (FuRePA)": a part of several words
                # the whole's name holds (the title may name the part first; "Moto" of "Moto-GPT" is the whole)
                continue
            first = first or e
    if first is None and wholes:
        first = next(e for e in ents if e.proposed and e.label == "METHOD")
    if first is None and ents and text:
        head = ents[0]
        if head.label == "METHOD" and not text[:head.start].strip() and _TITLE_HEAD.match(text, head.end):
            return head
    return first


#: Verbs (and verb-ish words) that show an entity is the subject of a result statement.
_SUBJECT_AFTER = re.compile(
    r"\s*(?:\([^()]{0,60}\)\s*)?(?:,[^,;]{1,80},\s*)?"
    r"(?:(?:also|further|still|consistently|significantly|substantially|considerably|clearly|even|now|only|"
    r"can|could|may|might|would|will|then|thus|therefore|largely|remarkably|notably|greatly|dramatically|"
    r"not\s+only|models?|model's|'s)\s+)*"
    r"(?:(?:(?!(?:while|whereas|than|but|which|that|when|with|versus|vs|unlike|compared)\b)[\w.-]+\s+){1,5}?"
    r"(?:can|could|will|would|may|consistently|significantly|also)\s+)?"
    r"(?:achiev|reach|obtain|attain|scor|yield|get|improv|outperform|surpass|beat|exceed|set|establish|"
    r"deliver|show|demonstrat|provid|has\b|have\b|is\b|are\b|was\b|were\b|record|gain|boost|increas|reduc|"
    r"lead|rank|perform|match|retain|preserv|maintain|prun|sav|run|attain|exhibit|produc|outstrip|"
    r"top|enhanc|lift|rais|cut|lower|speed|accelerat|compress|close|narrow|rival|excel|represent)",
    re.IGNORECASE,
)


def is_subject_like(text: str, ent: Ent, end: int) -> bool:
    """True when ``ent`` is directly followed by a result/comparison verb ("X achieves")."""
    return bool(_SUBJECT_AFTER.match(text, ent.end, end))


#: A training paradigm named as the means or the setting of something else: "models utilizing self-supervised
#: learning", "through targeted supervised fine-tuning (SFT)", "experiments using continued pre-training", "trained
#: with RL", "complementary to many state-of-the-art PEFT methods" (a preposition or a verb of use, then at most two
#: lower-case modifiers; not "of": "the effectiveness of SFT" is SFT's).
_PARADIGM_MEANS_BEFORE = re.compile(
    r"\b(?:using|utili[sz]ing|leveraging|employing|applying|adopting|with|without|via|through|by|after|during|under|"
    r"within|to|from|in|on|for|over|against)\s+(?:(?:the|a|an|our)\s+)?(?:[a-z][\w-]*\s+){0,2}\Z",
    re.IGNORECASE,
)


#: A paradigm's name as the modifier of a noun: "state-of-the-art in-context learning results", "SFT data", "the
#: ICL improvements of ...": what is spoken of is the noun.
_PARADIGM_MODIFIES = re.compile(
    r"(?:\s*\([^()]{1,12}\))?[\s-]+(?:results?|performances?|improvements?|gains?|data|datasets?|settings?|setups?|"
    r"regimes?|stages?|phases?|examples?|demonstrations?|capabilit(?:y|ies)|abilit(?:y|ies)|objectives?|loss(?:es)?|"
    r"samples?|pairs?|corp(?:us|ora)|process(?:es)?|pipelines?|budgets?|steps?|accuracy|scores?|"
    r"experiments?|literature|research|community)\b",
    re.IGNORECASE,
)
_WORD_START = re.compile(r"(?<![\w-])[\w-]")


def is_paradigm_means(text: str, ent: Ent, floor: int = 0) -> bool:
    """True when ``ent`` names a training paradigm (:func:`extractors.lexicon.is_paradigm`) used as the means or the
    setting of the statement ("BERT models utilizing self-supervised learning outperformed ...") or as the modifier of
    a noun ("new in-context learning results"): not what the statement is about.

    Example:
        >>> t = "BERT models utilizing self-supervised learning outperformed it. SFT outperforms KD."
        >>> is_paradigm_means(t, Ent(22, 46, "METHOD", "self-supervised learning")), is_paradigm_means(t, Ent(64, 67, "METHOD", "SFT"))
        (True, False)
        >>> t = "We show, through targeted supervised fine-tuning (SFT) on 2k samples, gains."
        >>> is_paradigm_means(t, Ent(50, 53, "METHOD", "SFT"))
        True
        >>> t = "showcasing how diversity and distribution in supervised fine-tuning (SFT) may enhance"
        >>> is_paradigm_means(t, Ent(69, 72, "METHOD", "SFT"))
        True
        >>> t = "establishing new in-context learning results and gains over GPT-3.5"
        >>> is_paradigm_means(t, Ent(17, 36, "METHOD", "in-context learning"))
        True
    """
    if ent.label != "METHOD" or not is_paradigm(ent.text, text):
        return False
    if _PARADIGM_MODIFIES.match(text, ent.end):
        return True
    if text[ent.start - 1:ent.start] != "(":
        return bool(_PARADIGM_MEANS_BEFORE.search(text, max(floor, ent.start - 60), ent.start))
    # the short form of a long form used as a means ("through targeted supervised fine-tuning (SFT)"): the long
    # form is one of the last one to three words before the parenthesis
    paren = ent.start - 1
    while paren > floor and text[paren - 1] == " ":
        paren -= 1
    starts = [m.start() for m in _WORD_START.finditer(text, max(floor, paren - 50), paren)][-3:]
    return any(_PARADIGM_MEANS_BEFORE.search(text, max(floor, a - 60), a) for a in starts)
