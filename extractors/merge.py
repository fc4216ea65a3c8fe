"""Reconcile the spans of every entity finder: the ``kg_merge`` component.

Each finder (``kg_gazetteer``, ``kg_rules``, ``kg_proposals``, ``kg_abbreviations``,
a trained ``kg_ner`` ...) writes its own ``doc.spans[<name>]`` group with aligned
``attrs["scores"]``. This component reads every such group (or a configured
list), so a new finder needs no change here, and writes one consistent set of
non-overlapping entity spans to ``doc.spans["kg_entities"]``.

How spans are combined (all pure, in :func:`merge_candidates`):

1. Each candidate's score is multiplied by its extractor's weight (config
   ``weights``, default 1.0).
2. Candidates with the same boundaries are pooled. Per label, the scores of
   distinct extractors combine by noisy-OR, ``1 - Π(1 - s_i)``: two independent
   finders that agree are more likely right than either alone. The label with
   the highest pooled score wins; a competing label that reaches ``min_score``
   lowers it (``score × (1 - ½·other)``). A label carried from a typed long form
   (:data:`CARRIED_LABEL_EXTRACTORS`) wins over labels no finder reaches ``min_score`` for alone.
   In a title + abstract record the model's agreement lifts another finder's guess under
   ``min_score`` only for the labels of ``model_lifts`` (:data:`MODEL_LIFT_LABELS`).
3. Overlapping pools are resolved greedily by score, then length, then position,
   except that a span yields to a longer same-label span containing it whose score
   is at most :data:`CONTAINMENT_MARGIN` lower (a narrower task, a sized variant);
   a chosen span absorbs half the score of overlapping same-label spans of other
   extractors that reach ``min_score`` themselves (partial agreement: ``LLaMA-2`` inside
   ``LLaMA-2-7B``; two guesses under the threshold do not lift each other).
4. Spans under ``min_score`` are dropped.
5. In a passage (:func:`is_passage`: a text without a title of at most three sentences, e.g. a
   sentence of a paper's body, as in the published sentence corpora), the model leads for the labels of ``model_leads``
   (:func:`model_lead`): its spans stand alone and its boundaries win over a nested or
   overlapping span of the same label. In a title + abstract record the rules lead, as above.
6. In a title + abstract record, the model vetoes weak spans of ``abstract_model_vetoes`` (TASK):
   one scoring under ``veto_below`` (0.6) that no model span of its label overlaps is dropped
   (:func:`model_veto`; ``kg_ner`` sees each such span). ``abstract_model_stands`` and
   ``abstract_model_bounds`` (off) let model-only spans stand and model boundaries win there;
   cross-validation on the tuning sets rejected both (extractors/model/README.md).
7. A TASK span that opens with a setting or domain modifier ("zero-shot text classification", "clinical NER")
   keeps its words and takes the bare task as its canonical name (:func:`bare_setting_tasks`; so does one that any
   other words open before a lexicon task: :func:`known_task_suffix`), so either
   annotation convention finds it and entity resolution links it as a variant of the bare task. A METRIC
   span that opens with a split or aggregate word ("test accuracy", "validation F1", "mean accuracy") likewise
   takes the bare measure (:func:`bare_split_metrics`).
8. In a title + abstract record, a TASK span right after words with which the paper writes it as a longer TASK span
   elsewhere takes them ("Matryoshka Unstructured [Knowledge Editing]"; :func:`written_task_extensions`), and a TASK
   span written before a step or part noun ("a reranking stage", "its token
   generation process") is dropped (:func:`drop_mechanism_tasks`): it names a step of a method, not a task; so is
   one that names a model, an event, a decoding step or a property ("Text-to-Image Diffusion Models", "Speech Emotion
   Recognition Challenge 2024", "during token generation", "improved intent alignment"; :func:`names_no_task`).

The winning extractor is the one with the highest single score for the winning
label; ``proposed`` is true when any contributing span says so; ``entities``
carries a canonical name when a contributing finder gave one.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate
from operator import attrgetter
from dataclasses import dataclass, field
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from extractors._extensions import (doc_extension, doc_text, sentence_bounds, set_span_group, span_items, token_starts,
                                  token_texts)
from extractors._tasks import ABILITY_HEADS, TITLE_GRADING, in_ability_slot
from extractors.labels import ENTITY_LABELS
from extractors.lexicon import PARADIGM, is_paradigm, lexicon_aliases
from extractors.shapes import (_HEAD_WORDS, _TASK_STOP_MODIFIERS, GENERIC_NAMES, GENERIC_TASK_PHRASES, SUFFIX_RE,
                               find_word_occurrences)

OUTPUT_GROUP = "kg_entities"
#: A longer same-label span wins over one it contains unless it scores this much less
#: (``financial sentiment analysis`` over ``sentiment analysis``, ``LLaMA-2-7B`` over ``LLaMA-2``).
CONTAINMENT_MARGIN = 0.25
#: Span groups that are never entity-finder output.
NON_ENTITY_GROUPS = frozenset({OUTPUT_GROUP, "kg_results", "kg_relations"})


@dataclass(slots=True)
class Candidate:
    """One finder's claim: token offsets, label, score, and where it came from."""

    start: int
    end: int
    label: str
    score: float
    extractor: str
    proposed: bool = False
    entity: str | None = None


@dataclass(slots=True)
class Merged:
    """A reconciled entity span (token offsets)."""

    start: int
    end: int
    label: str
    score: float
    extractor: str
    proposed: bool = False
    entity: str | None = None
    support: tuple[str, ...] = field(default=())


#: The sort key of spans by start (a C getter: merge_candidates sorts every paper's spans twice by it).
_START = attrgetter("start")


def noisy_or(scores: Iterable[float]) -> float:
    """Combine independent confidences: ``1 - Π(1 - s)``.

    Example:
        >>> round(noisy_or([0.6, 0.5]), 2)
        0.8
    """
    miss = 1.0
    for s in scores:
        miss *= 1.0 - s
    return 1.0 - miss


#: Finders whose label is carried from elsewhere in the text (a short form takes its typed long form's
#: label): it beats the shape guesses of the other finders when none of them reaches ``min_score`` alone
#: (``masked segment modeling (MSM)``: MSM is a TASK, not the METHOD an all-capitals word looks like).
CARRIED_LABEL_EXTRACTORS = frozenset({"kg_abbreviations"})


#: Sort keys of candidates (C getters): the top one by score then extractor name; the highest scores first (``reverse``,
#: which keeps equal scores in order, as a key of minus the score did).
_SCORE_EXTRACTOR = attrgetter("score", "extractor")
_SCORE = attrgetter("score")


def _pool(cands: list[Candidate], min_score: float = 0.0) -> Merged:
    per_label: dict[str, dict[str, float]] = {}
    for c in cands:
        best = per_label.setdefault(c.label, {})
        best[c.extractor] = max(best.get(c.extractor, 0.0), c.score)
    if len(per_label) == 1:
        # one label (most pools: finders that agree): no other label to weigh, nor a carried one to prefer
        label, by_ex = next(iter(per_label.items()))
        top = max(cands, key=_SCORE_EXTRACTOR)
        entity = next((c.entity for c in sorted(cands, key=_SCORE, reverse=True) if c.entity), None)
        return Merged(top.start, top.end, label, noisy_or(by_ex.values()), top.extractor,
                      proposed=any(c.proposed for c in cands), entity=entity, support=tuple(sorted(by_ex)))
    pooled = {label: noisy_or(by_ex.values()) for label, by_ex in per_label.items()}
    label = max(sorted(pooled), key=pooled.__getitem__)
    carried = {c.label for c in cands if c.extractor in CARRIED_LABEL_EXTRACTORS and c.score >= min_score}
    if len(carried) == 1 and label not in carried and all(
            s < min_score for lab, by_ex in per_label.items() if lab not in carried for s in by_ex.values()):
        # a label carried from a typed long form beats guesses that stand on none of their own
        label = next(iter(carried))
        pooled = {label: pooled[label]}
    # only a competing label that would stand on its own counts against the winner
    others = [v for lab, v in pooled.items() if lab != label and v >= min_score]
    score = pooled[label] * (1.0 - 0.5 * max(others)) if others else pooled[label]
    winners = [c for c in cands if c.label == label]
    top = max(winners, key=_SCORE_EXTRACTOR)
    entity = next((c.entity for c in sorted(winners, key=_SCORE, reverse=True) if c.entity), None)
    return Merged(top.start, top.end, label, score, top.extractor,
                  proposed=any(c.proposed for c in cands), entity=entity,
                  support=tuple(sorted(per_label[label])))


#: Finders whose spans are the statistical model's (their boundaries are learnt from annotated corpora).
MODEL_EXTRACTORS = frozenset({"kg_ner"})
#: Finders whose spans are lexicon entries, written as a whole (``answer accuracy``, ``segmentation accuracy``).
LEXICON_EXTRACTORS = frozenset({"kg_gazetteer"})
#: Tokens that join parts of one name (``MAIN-RAG``, ``Dr. LLaMA``, ``GPT-3.5/4``).
_JOINERS = frozenset({"-", "–", ".", "_", "+", ":"})


def _name_part(word: str) -> bool:
    """True for a token that continues a name: it has a capital or a digit, or it joins name parts."""
    word = word.strip()
    return word in _JOINERS or any(c.isupper() or c.isdigit() for c in word)


def _modifier(word: str) -> bool:
    """True for a lower-case word or joiner (``empirical``, ``zero``, ``-``)."""
    word = word.strip()
    return word in _JOINERS or (word.isalpha() and word.islower())


def _cuts_through(a: Merged, merged: list[Merged], model_extractors: frozenset[str]) -> bool:
    """True when another finder's span crosses a boundary of ``a`` (``Mind Question Answering``
    through ``Theory of Mind``): the longer reading then fights another name."""
    return any(m.start < a.start < m.end < a.end or a.start < m.start < a.end < m.end
               for m in merged if not set(m.support) <= model_extractors)


def _title_word(word: str) -> bool:
    """A capitalised ordinary word (``Reasoning``, ``Hard``): a name part only outside Title Case text."""
    word = word.strip()
    return len(word) > 1 and word[0].isupper() and word[1:].isalpha() and word[1:].islower()


def _in_headline(start: int, end: int, words: list[str]) -> bool:
    """True when the nearest longer words on both sides of ``start:end`` are capitalised too (a Title
    Case title: ``Tools in the CoT Reasoning of Frozen Language Models``)."""
    def near(indices) -> str:
        for i in indices:
            w = words[i].strip()
            if len(w) > 3 and w.isalpha():
                return w
            if "\n" in words[i]:
                break
        return ""
    return all(_title_word(w) for w in (near(range(start - 1, max(-1, start - 4), -1)),
                                        near(range(end, min(len(words), end + 3)))))


#: Function words that join the parts of a title, not of a name: written capitalised (``DialCoT Meets
#: PPO``, ``RAG Via Memory-Inspired ...``) they mark a Title Case title the model span ran across.
_CONNECTIVES = frozenset({"a", "an", "and", "as", "at", "beyond", "by", "for", "from", "in", "into", "meets",
                          "of", "on", "or", "over", "the", "through", "to", "toward", "towards", "under",
                          "versus", "via", "vs", "with", "without"})
#: A setting of a method, not a part of its name (``Switch Transformer top-1``, ``GShard top-2``).
_SETTING = re.compile(r"(?:top|bottom)-?(?:\d+|k)", re.IGNORECASE)


def _not_name_words(extra: list[str]) -> bool:
    """True when the extra words of a longer model span hold a capitalised connective or a setting."""
    return any((w.strip().lower() in _CONNECTIVES and w.strip()[:1].isupper()) or _SETTING.fullmatch(w.strip())
               for w in extra)


def _inside_word(start: int, end: int, words: list[str]) -> bool:
    """True when tokens ``start:end`` begin or end in the middle of a written word (``3.5-MoE`` in
    ``Phi-3.5-MoE``); ``words`` are token texts with their trailing whitespace."""
    def glued(i: int) -> bool:  # token i is written against token i + 1
        return 0 <= i < len(words) - 1 and words[i] == words[i].rstrip() and _name_part(words[i + 1]) \
            and _name_part(words[i]) and not _word_end(i + 1)

    def _word_end(j: int) -> bool:  # a joiner closing the written word: "2011." or "GPT-4:" then a space or the end
        return words[j].strip() in _JOINERS and (j == len(words) - 1 or words[j] != words[j].rstrip())
    return glued(start - 1) or glued(end - 1)


def _overlapping(spans: list[Merged], queries: list[Merged]) -> dict[int, list[Merged]]:
    """For each of ``queries`` (by ``id``), the spans overlapping it, in the order of ``spans``.

    One sweep by start: the spans that start before a query and still run at its start (a list pruned
    as the sweep moves on), and those that start inside it. About linear when few spans cover any one
    token, as finders' spans do.

    Example:
        >>> ms = [Merged(0, 5, "M", 1, "x"), Merged(2, 3, "M", 1, "x"), Merged(4, 6, "M", 1, "x"), Merged(7, 8, "M", 1, "x")]
        >>> [[(m.start, m.end) for m in near] for near in _overlapping(ms, ms[1:3]).values()]
        [[(0, 5), (2, 3)], [(0, 5), (4, 6)]]
    """
    order = sorted(range(len(spans)), key=lambda i: spans[i].start)
    starts = [spans[i].start for i in order]
    out: dict[int, list[Merged]] = {}
    running: list[int] = []
    k = 0
    for q in sorted(queries, key=lambda m: m.start):
        while k < len(order) and starts[k] < q.start:
            running.append(order[k])
            k += 1
        running = [i for i in running if spans[i].end > q.start]
        inside = order[k:bisect_left(starts, q.end, k)]
        out[id(q)] = [spans[i] for i in sorted(running + inside)]
    return out


#: A model span of the key's label does not take in a span of the value's label another finder found: a measure
#: is no part of a dataset's name (``top-1 ImageNet1k``), nor a task written after a benchmark's name (``CoNLL-2005
#: SRL``, "On ConLL-2012 English SRL": the gold writes the benchmark, and the task apart; a task's acronym that opens
#: the name is part of it: ``VQA v2.0``).
_ADDED_LABEL_STOPS = {"METRIC": "DATASET", "DATASET": "TASK"}


def settle_boundaries(merged: list[Merged], words: list[str], *,
                      model_extractors: frozenset[str] = MODEL_EXTRACTORS) -> list[Merged]:
    """Decide boundary disagreements between the model and the other finders (same label, nested spans).

    Both finders found the entity; the evidence decides where it ends:

    - a model span that extends another finder's span by name-shaped tokens only takes the
      whole name (``MAIN-RAG`` over ``RAG``, ``GSM8K-XL`` over ``GSM8K``, ``Chinese SRL`` over
      ``SRL``): a lexicon or rule match inside a longer coined name is a part of it. Not when the
      model span starts or ends inside a written word (``3.5-MoE`` of ``Phi-3.5-MoE``), crosses
      another finder's span, or adds capitalised ordinary words in Title Case text, a capitalised
      connective (``DialCoT Meets``, ``RAG Via ...``) or a setting (``Switch Transformer top-1``: the
      setting is then no METRIC of its own), nor when a METRIC span adds a DATASET another finder
      found (``top-1 ImageNet1k``) or a DATASET span a TASK (``CoNLL-2005 SRL``: the benchmark and its task);
    - a model METRIC inside another finder's METRIC that only adds lower-case words on the left
      takes its own boundary (``accuracy`` in ``actually inhibit accuracy``, ``compression rate``
      in ``optimal compression rate``): rule spans over-extend into the preceding words. Not
      inside a lexicon entry (``answer accuracy``, ``segmentation accuracy``: a metric's whole name).

    The chosen span gets the noisy-OR of both scores and both supports; the other is dropped.
    Measured on the dev gold and the published-corpus held-out splits (see the issue notes).
    A span that comes only from a model finder is one whose support is all model extractors.

    Example:
        >>> words = ["MAIN", "-", "RAG ", "improves ", "actually ", "inhibit ", "accuracy"]
        >>> ms = [Merged(2, 3, "METHOD", 0.9, "kg_gazetteer", support=("kg_gazetteer",)),
        ...       Merged(0, 3, "METHOD", 0.45, "kg_ner", support=("kg_ner",)),
        ...       Merged(4, 7, "METRIC", 0.6, "kg_rules", support=("kg_rules",)),
        ...       Merged(6, 7, "METRIC", 0.45, "kg_ner", support=("kg_ner",))]
        >>> [(m.start, m.end, round(m.score, 3)) for m in settle_boundaries(ms, words)]
        [(0, 3, 0.945), (6, 7, 0.78)]
    """
    if not words:
        return merged
    model = [m for m in merged if m.support and set(m.support) <= model_extractors]
    if not model:
        return merged
    dropped: set[int] = set()
    near_of = _overlapping(merged, model)
    for a in model:
        # every span the loop reads overlaps ``a`` (b nests with it, the others cross or lie inside it):
        # only those are read, in the order of ``merged`` (all of them made a long text quadratic)
        near = near_of[id(a)]
        for b in near:
            if b is a or id(b) in dropped or b.label != a.label or set(b.support) & model_extractors:
                continue
            if (b.start, b.end) == (a.start, a.end) or not (a.start <= b.start and b.end <= a.end
                                                            or b.start <= a.start and a.end <= b.end):
                continue
            if a.start <= b.start and b.end <= a.end:
                extra = words[a.start:b.start] + words[b.end:a.end]
                wins = (all(_name_part(w) for w in extra) and not _cuts_through(a, near, model_extractors)
                        and not _not_name_words(extra)
                        and not (a.label in _ADDED_LABEL_STOPS and any(
                            m.label == _ADDED_LABEL_STOPS[a.label] and not set(m.support) <= model_extractors
                            and a.start <= m.start and m.end <= a.end
                            and (m.start >= b.end or m.end <= b.start and a.label == "METRIC") for m in near))
                        and not _inside_word(a.start, a.end, words)
                        and not (any(_title_word(w) for w in extra) and _in_headline(a.start, a.end, words)))
            else:
                extra = words[b.start:a.start] + words[a.end:b.end]
                wins = (a.label == "METRIC" and a.end == b.end and all(_modifier(w) for w in extra)
                        and not set(b.support) & LEXICON_EXTRACTORS)
            if not wins:
                if a.label == "METHOD" and any(_SETTING.fullmatch(w.strip()) for w in extra):
                    # the setting of a method (``Switch Transformer top-1``) is no METRIC of its own
                    dropped.update(id(m) for m in near if m.label == "METRIC" and a.start <= m.start
                                   and m.end <= a.end and _SETTING.fullmatch("".join(words[m.start:m.end]).strip()))
                continue
            a.score = noisy_or([a.score, b.score])
            a.support = tuple(sorted(set(a.support) | set(b.support)))
            a.proposed = a.proposed or b.proposed
            dropped.add(id(b))
    return [m for m in merged if id(m) not in dropped]


#: Labels for which, in a title + abstract record, the model agreeing with another finder's guess
#: under the threshold lifts it over (noisy-OR). All by default. Leaving TASK out (the rules' lower-case
#: task guesses the model also reads: dev ``causal generation``, ``domain modeling`` wrong, ``generative
#: recommendation`` right) measured dev TASK +0.1, test +1.3, holdout +1.9, but the fresh tuning set
#: dev2 -2.5 and SciREX exact -0.6 (session 4): mixed, so it is not the default.
MODEL_LIFT_LABELS = ("METHOD", "DATASET", "METRIC", "TASK")


def _no_lift(pools: dict[tuple[int, int], list[Candidate]], labels: frozenset[str], min_score: float) -> None:
    """Drop, from each pool, the model's candidates of ``labels`` that only agree with guesses under
    ``min_score`` (so they lift nothing; a model span alone, or with a span that stands, is kept)."""
    for pool in pools.values():
        for label in labels:
            others = [c.score for c in pool if c.label == label and c.extractor not in MODEL_EXTRACTORS]
            if others and max(others) < min_score and any(
                    c.label == label and c.extractor in MODEL_EXTRACTORS for c in pool):
                pool[:] = [c for c in pool if not (c.label == label and c.extractor in MODEL_EXTRACTORS)]


def _without_paradigms_in_names(cands: list[Candidate], min_score: float = 0.5) -> list[Candidate]:
    """The candidates without a training paradigm's lexicon match inside a longer name another finder (not the lexicon,
    not the model) found: "Instruction Tuning" in "MultI-Modal In-Context Instruction Tuning (MIMIC-IT)", the data set a
    paper presents, "Preference Optimization" in "General Preference Optimization (GPO)": a part of the name.

    >>> cs = [Candidate(0, 5, "DATASET", 0.8, "kg_proposals", True), Candidate(3, 5, "METHOD", 0.9, "kg_gazetteer",
    ...       entity="instruction tuning"), Candidate(7, 9, "METHOD", 0.9, "kg_gazetteer", entity="instruction tuning")]
    >>> [(c.start, c.label) for c in _without_paradigms_in_names(cs)]
    [(0, 'DATASET'), (7, 'METHOD')]
    """
    known = lexicon_aliases("METHOD", family=PARADIGM)
    paradigms = [c for c in cands if c.extractor in LEXICON_EXTRACTORS and c.entity is not None
                 and c.entity.lower() in known]
    if not paradigms:
        return cands
    names = [(c.start, c.end) for c in cands if c.extractor not in LEXICON_EXTRACTORS
             and c.extractor not in MODEL_EXTRACTORS and (c.proposed or c.score >= min_score)]
    inside = {id(c) for c in paradigms if any(a <= c.start and c.end <= b and b - a > c.end - c.start for a, b in names)}
    return [c for c in cands if id(c) not in inside] if inside else cands


def merge_candidates(cands: Iterable[Candidate], *, min_score: float = 0.5,
                     words: list[str] | None = None, model_leads: Iterable[str] = (),
                     model_lifts: Iterable[str] | None = None) -> list[Merged]:
    """Non-overlapping merged spans, sorted by start (see the module docstring).

    Example:
        >>> out = merge_candidates([Candidate(0, 1, "METHOD", 0.6, "kg_rules"),
        ...                         Candidate(0, 1, "METHOD", 0.5, "kg_ner"),
        ...                         Candidate(0, 2, "DATASET", 0.3, "kg_ner")])
        >>> [(m.start, m.end, m.label, round(m.score, 2), m.extractor) for m in out]
        [(0, 1, 'METHOD', 0.8, 'kg_rules')]
    """
    cands = list(cands)
    cands = _without_paradigms_in_names(cands, min_score)
    pools: dict[tuple[int, int], list[Candidate]] = {}
    for c in cands:
        if c.label in ENTITY_LABELS and c.end > c.start:
            pools.setdefault((c.start, c.end), []).append(c)
    if model_lifts is not None and not model_leads:
        unlifted = frozenset(ENTITY_LABELS) - frozenset(model_lifts)
        if unlifted:  # (the default lifts every label: nothing to drop)
            _no_lift(pools, unlifted, min_score)
    merged = []
    for _, pool in sorted(pools.items()):
        if len(pool) == 1:
            c = pool[0]
            merged.append(Merged(c.start, c.end, c.label, c.score, c.extractor, c.proposed, c.entity, (c.extractor,)))
        else:
            merged.append(_pool(pool, min_score))
    if words:
        merged = settle_boundaries(merged, words)
    merged.sort(key=lambda m: (-m.score, -(m.end - m.start), m.start))
    # overlapping same-label pairs, found once (a paper has tens of spans, so pairs are cheap)
    overlaps: dict[int, list[Merged]] = {id(m): [] for m in merged}
    by_start = sorted(merged, key=_START)
    for i, a in enumerate(by_start):
        for j in range(i + 1, len(by_start)):  # (not a slice: copying the rest per span was quadratic)
            b = by_start[j]
            if b.start >= a.end:
                break
            if a.label == b.label:
                overlaps[id(a)].append(b)
                overlaps[id(b)].append(a)
    chosen: list[Merged] = []
    taken = bytearray(max((m.end for m in merged), default=0))
    for m in merged:
        if taken.find(1, m.start, m.end) >= 0:  # (any(taken[m.start:m.end]) without the slice)
            continue
        same = overlaps[id(m)]
        # yield only to a container that can stand on its own, else neither would be kept
        if same and any(o.start <= m.start and m.end <= o.end and o.score >= m.score - CONTAINMENT_MARGIN
                        and o.score >= min_score and taken.find(1, o.start, o.end) < 0 for o in same):
            continue
        # partial agreement counts only from a span that stands on its own: two guesses under the
        # threshold do not lift each other (``stochastic modeling`` of the model inside the rules'
        # ``employs stochastic modeling``)
        partial = [o.score for o in same if not set(o.support) <= set(m.support) and o.score >= min_score]
        if partial:
            m.score = noisy_or([m.score, 0.5 * max(partial)])
        if m.score < min_score:
            continue
        chosen.append(m)
        taken[m.start:m.end] = b"\x01" * (m.end - m.start)
    chosen.sort(key=_START)
    if model_leads:
        chosen = model_lead(chosen, [c for c in cands if c.extractor in MODEL_EXTRACTORS], labels=model_leads,
                            words=words,
                            min_score=min_score)
    return chosen


#: Labels the model leads in a passage (see :func:`model_lead`): those its human-annotated sentence
#: corpora label richly (TDMSci: tasks, datasets, metrics; the dataset-mentions corpus). Its METHOD
#: spans learnt from SciREX abstracts and weak labels only, and stay supporters.
MODEL_LEAD_LABELS = ("TASK", "DATASET", "METRIC")
#: What separates a record's title from its abstract in the text (``kg.records.TEXT_SEPARATOR``).
TITLE_SEPARATOR = "\n\n"
#: A passage has at most this many sentences: the published sentence corpora hold one sentence
#: (TDMSci 213 of 213, dataset mentions 679 of 683; the rest two). A longer text without a title is an
#: abstract whose title is missing (``{"id", "text"}`` input, a record without one): the rules lead there,
#: as in every abstract (the model leading added mostly wrong spans on title-less abstracts).
MAX_PASSAGE_SENTENCES = 3


def is_passage(doc: Doc) -> bool:
    """True for a passage: a text without a title of at most :data:`MAX_PASSAGE_SENTENCES` sentences
    (a sentence or two of a paper's body), not a title + abstract record nor a title-less abstract.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> is_passage(nlp("We report BLEU on WMT14.")), is_passage(nlp("FooNet\\n\\nWe propose FooNet."))
    (True, False)
    >>> doc = nlp("A is new. B is old. C is fast. D is slow.")
    >>> for i in (4, 8, 12):
    ...     doc[i].is_sent_start = True
    >>> is_passage(doc)
    False
    """
    return TITLE_SEPARATOR not in doc_text(doc) and len(sentence_bounds(doc)) <= MAX_PASSAGE_SENTENCES


def is_paper_record(doc: Doc, passage: bool | None = None) -> bool:
    """True for a paper's record: a title + abstract text, or an abstract alone in one paragraph (a title-less
    ``{"id", "text"}`` record that is no passage), where the paper-level names a reader lists count; not a passage nor a
    text with line breaks but no blank line (SciREX's ``title\\nsentence . sentence .``), where the published corpora
    mark the written spans. ``passage``: :func:`is_passage` of ``doc`` when known.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> is_paper_record(nlp("FooNet\\n\\nWe propose FooNet.")), is_paper_record(nlp("We report BLEU on WMT14."))
    (True, False)
    >>> doc = nlp("A is new. B is old. C is fast. D is slow.")
    >>> for i in (4, 8, 12):
    ...     doc[i].is_sent_start = True
    >>> is_paper_record(doc), is_paper_record(nlp("A Net\\nA is new . B is old . C is fast . D is slow ."), False)
    (True, False)
    """
    text = doc_text(doc)
    if TITLE_SEPARATOR in text:
        return True
    return not (is_passage(doc) if passage is None else passage) and "\n" not in text


#: Words a name does not end with (a model span that ran past it: ``XSUM and``, ``the results of``).
_OPEN_ENDS = frozenset({"and", "or", "of", "the", "a", "an", "for", "with", "to", "in", "on", "by", "from", "at",
                        "as", "via", "vs", "versus"})


def well_formed(words: list[str]) -> bool:
    """True for tokens that can be a whole name: balanced brackets, not ending in a joiner or a
    function word (``pre-``, ``BERT-``, ``XSUM and``, ``Benchmark (LLM-KICK``).

    >>> well_formed(["word ", "error ", "rate ", "(", "WER", ")"]), well_formed(["XSUM ", "and"])
    (True, False)
    >>> well_formed(["BERT", "-"]), well_formed(["Benchmark ", "(", "LLM-KICK"])
    (False, False)
    """
    text = "".join(words).strip()
    if not text or text.count("(") != text.count(")") or text.count("[") != text.count("]"):
        return False
    last = words[-1].strip()
    return last not in _JOINERS and last.lower() not in _OPEN_ENDS and words[0].strip().lower() not in _OPEN_ENDS - {"a"}


def model_lead(chosen: list[Merged], model: Iterable[Candidate], *, labels: Iterable[str],
               min_score: float = 0.5, words: list[str] | None = None,
               stand_labels: Iterable[str] | None = None, stands=None) -> list[Merged]:
    """The merged spans with the model leading for ``labels`` (used in passages).

    Measured on the published sentence corpora (held-out splits; TDMSci exact 54.2 with the rules
    leading, 61.4 for the model alone), the model's spans are right more often than the rules' on
    running text of papers, where every task, dataset and metric phrase counts, and far less often
    on abstracts, where only named ones do (dev gold: 7 of 98 model-only spans right). So, in a
    passage, for each model span of a label in ``labels``:

    - overlapping no chosen span, it stands alone (score at least ``min_score``);
    - overlapping only chosen spans of its own label, its boundaries win (``BLEU`` in ``BLEU
      scores``, ``relation extraction`` in ``Chinese relation extraction``, ``English Penn
      Treebank`` over ``Penn Treebank``): noisy-OR of the scores, supports joined;
    - overlapping a span of another label, it loses (measured: the other label is right more often), unless
      another model span took that span over (the rules' METRIC ``prediction accuracy``, the model's TASK
      ``prediction`` and METRIC ``accuracy``: both of the model's stand);
    - a span that cannot be a whole name (:func:`well_formed`: ``XSUM and``, ``BERT-``) never leads.

    ``stand_labels`` (default ``labels``) are the labels whose spans may stand alone, and ``stands``
    (a predicate on ``(candidate, words)``) narrows which do (used in abstracts, :func:`abstract_stands`);
    ``labels`` and ``stand_labels`` together are the labels the model leads at all.

    Example:
        >>> chosen = [Merged(0, 2, "METRIC", 0.9, "kg_gazetteer", support=("kg_gazetteer",)),
        ...           Merged(5, 6, "METHOD", 0.8, "kg_rules", support=("kg_rules",))]
        >>> model = [Candidate(0, 1, "METRIC", 0.45, "kg_ner"), Candidate(3, 4, "TASK", 0.45, "kg_ner"),
        ...          Candidate(5, 6, "TASK", 0.45, "kg_ner"), Candidate(7, 8, "METHOD", 0.45, "kg_ner")]
        >>> [(m.start, m.end, m.label, round(m.score, 3), m.extractor)
        ...  for m in model_lead(chosen, model, labels=MODEL_LEAD_LABELS)]
        [(0, 1, 'METRIC', 0.945, 'kg_ner'), (3, 4, 'TASK', 0.5, 'kg_ner'), (5, 6, 'METHOD', 0.8, 'kg_rules')]
    """
    labels = frozenset(labels)
    stand_labels = labels if stand_labels is None else frozenset(stand_labels)
    # the spans so far: the chosen ones and those added here (in start order, as the model spans are
    # read), each sorted by start with its longest length, so that the spans overlapping a model span
    # are found near it (reading them all per model span was quadratic in a long one-sentence passage)
    removed: set[int] = set()
    lists = [_ByStart(chosen), _ByStart([])]

    def lead(c: Candidate, added: _ByStart) -> bool:
        """Let ``c`` stand or take over its own label's spans; False when a span of another label holds it."""
        hit = [m for spans in lists for m in spans.overlapping(c.start, c.end) if id(m) not in removed]
        if any(m.label != c.label for m in hit):
            return False
        if any((m.start, m.end) == (c.start, c.end) for m in hit):
            return True  # already agreed on
        if hit and c.label not in labels:
            return True
        if not hit:
            if c.label in stand_labels and (stands is None or stands(c, words or [])):
                added.append(Merged(c.start, c.end, c.label, max(c.score, min_score), c.extractor, c.proposed,
                                    c.entity, (c.extractor,)))
            return True
        support = tuple(sorted({c.extractor}.union(*(m.support for m in hit))))
        removed.update(id(m) for m in hit)
        added.append(Merged(c.start, c.end, c.label, noisy_or([c.score, max(m.score for m in hit)]), c.extractor,
                            c.proposed or any(m.proposed for m in hit), c.entity, support))
        return True

    held = []
    for c in sorted(model, key=lambda c: (c.start, c.end)):
        if c.label not in labels | stand_labels or c.end <= c.start or (words and not well_formed(words[c.start:c.end])):
            continue
        if not lead(c, lists[1]):
            held.append(c)
    # a model span held by a span of another label that a later model span then took over is read once more:
    # the model's TASK "prediction" in the rules' METRIC "prediction accuracy", which the model's METRIC
    # "accuracy" replaced (TDMSci marks the task and the measure: "prediction", "accuracy")
    if held and removed:
        lists.append(_ByStart([]))
        for c in held:
            lead(c, lists[2])
    # the chosen spans in their order, then the added ones (as a list that the loop edited would hold them)
    out = [m for m in (*chosen, *(m for spans in lists[1:] for m in spans.spans)) if id(m) not in removed]
    out.sort(key=lambda m: m.start)
    return out


#: Labels whose model spans over a coordination of names are split into the names (:func:`split_coordinated_names`).
#: Not TASK: the sentence corpora write an elliptical task coordination as one span ("syntactic and semantic parsing",
#: "Entity Detection and Tracking"), and Title Case words there are no names of their own.
COORDINATION_SPLIT_LABELS = frozenset({"DATASET", "METRIC", "METHOD"})
#: The tokens that join coordinated names.
_COORDINATORS = frozenset({",", "and", "or", ";"})
#: A word a name may hold without being shaped like one alone: "of" in "Labeled Faces of the Wild" is not
#: allowed, so a conjunct with a lower-case word is a name only when the lexicon knows it.
_NAME_WORD_RE = re.compile(r"[A-Z0-9][\w.+'!-]*|[a-z]+[A-Z0-9][\w.+-]*")


#: A number, year, ordinal or size alone ("2015", "7.8B", "13b"; not "20NG"): the elided rest of a name ("KITTI 2012 and 2015", "EXAONE
#: Deep 2.4B and 7.8B"), no name on its own.
_NUMBER_WORD_RE = re.compile(r"\d[\d.,]*(?:[KMBTkmbt]|st|nd|rd|th)?")


def _conjunct_named(words: list[str], label: str) -> bool:
    """True when ``words`` (one conjunct, stripped tokens) are shaped like a name of ``label`` on their own: a
    lexicon alias, or (DATASET) capitalised words and numbers ("Yahoo Music", "IWSLT 2017 De-En", "Netflix"), or
    (METHOD, METRIC) words one of which is an acronym or a mixed-case or numbered word ("BLEU", "GPT-4")."""
    text = " ".join(words)
    if text.lower() in lexicon_aliases():
        return True
    if not all(_NAME_WORD_RE.fullmatch(w) for w in words) or all(_NUMBER_WORD_RE.fullmatch(w) for w in words):
        return False
    return label == "DATASET" or any(_NAME_SHAPED.search(w) for w in words)


#: The plural dataset head nouns names share ("the KITTI 2012 and 2015 datasets").
_PLURAL_HEADS = frozenset({"datasets", "corpora", "benchmarks", "collections", "databases", "treebanks"})


def _before_plural_head(words: list[str], end: int) -> bool:
    """True when the tokens ``words[:end]`` end with a plural dataset head noun or are followed by one."""
    for i in (end - 1, end):
        if 0 <= i < len(words):
            word = words[i].strip().lower()
            if word in _PLURAL_HEADS or word == "sets" and i > 0 and words[i - 1].strip().lower() == "data" \
                    or word == "data" and i + 1 < len(words) and words[i + 1].strip().lower() == "sets":
                return True
    return False


def _edition_shaped(number: str, other: str) -> bool:
    """Whether ``other`` can be the next edition of a name ending in ``number``: both years or versions of one length
    ("2012" / "2015", "14" / "16"), or both short ("7" / "8", "9" / "10"); not a count of other things ("COCO 2017 and 3
    datasets from medicine": three more datasets, no "COCO 3").

    >>> _edition_shaped("2012", "2015"), _edition_shaped("9", "10"), _edition_shaped("2017", "3")
    (True, True, False)
    """
    return len(number) == len(other) or (len(number) <= 2 and len(other) <= 2)


def split_coordinated_names(cands: list[Candidate], words: list[str]) -> list[Candidate]:
    """``cands`` with each model span of :data:`COORDINATION_SPLIT_LABELS` that coordinates names ("SST-2, MRPC and
    QNLI", "the ACE2004, MSNBC and AQUAINT data sets", "BLEU and ROUGE") replaced by one span per name, with the
    model's score: a joined span would be one wrong entity. Only when every conjunct is name-shaped
    (:func:`_conjunct_named`); a leading "the" and a dataset's trailing head noun ("datasets", "data sets") stay out
    of the conjuncts (``kg_mention_spans`` joins a passage's names before one plural head back into one mention span,
    the dataset-mentions corpus's convention, each with its own name). A span that is a known name ("Weather Research
    and Forecast") or holds other words ("PASCAL VOC 2007 and train set", "EXAONE Deep 2.4B and 7.8B") stays as it is; a number after a
    name that ends in one, before a plural head ("the KITTI 2012 and 2015 datasets"), is that name's elided edition
    (entity "KITTI 2015").

    >>> ws = "on the ACE2004 , MSNBC and AQUAINT data sets and Penn Treebank".split()
    >>> c = [Candidate(1, 9, "DATASET", 0.8, "kg_ner"), Candidate(10, 12, "DATASET", 0.9, "kg_gazetteer")]
    >>> [(" ".join(ws[x.start:x.end]), x.extractor) for x in split_coordinated_names(c, ws)]
    [('ACE2004', 'kg_ner'), ('MSNBC', 'kg_ner'), ('AQUAINT', 'kg_ner'), ('Penn Treebank', 'kg_gazetteer')]
    >>> ws = [w + " " for w in "KITTI 2012 and 2015 datasets".split()]  # token texts with their whitespace
    >>> [(x.start, x.end, x.entity) for x in split_coordinated_names([Candidate(0, 5, "DATASET", 0.8, "kg_ner")], ws)]
    [(0, 2, None), (3, 4, 'KITTI 2015')]
    >>> ws = [w + " " for w in "KITTI 2012 and 2015 .".split()]  # no plural head: the mention would lose its one span; left whole
    >>> [(x.start, x.end) for x in split_coordinated_names([Candidate(0, 4, "DATASET", 0.8, "kg_ner")], ws)]
    [(0, 4)]
    """
    out = []
    for c in cands:
        if c.extractor not in MODEL_EXTRACTORS or c.label not in COORDINATION_SPLIT_LABELS or c.end - c.start < 3:
            out.append(c)
            continue
        toks = [w.strip() for w in words[c.start:c.end]]
        if not _COORDINATORS.intersection(toks[1:-1]):
            out.append(c)
            continue
        end = c.end
        if c.label == "DATASET":
            while end - c.start > 1 and toks[end - c.start - 1].lower() in _DATASET_HEAD_ENDS:
                end -= 1
                if end - c.start > 1 and toks[end - c.start - 1].lower() == "data":  # "data sets"
                    end -= 1
        parts, start = [], c.start
        for i in range(c.start, end + 1):
            if i == end or toks[i - c.start] in _COORDINATORS:
                if any(toks[start - c.start:i - c.start]):
                    parts.append((start, i))
                start = i + 1
        trimmed = []
        for s, e in parts:  # no whitespace token ("NGSIM  and KITTI") nor a leading "the" in a conjunct
            while not toks[s - c.start] or toks[s - c.start].lower() == "the" and e - s > 1:
                s += 1
            while not toks[e - 1 - c.start] or c.label == "DATASET" and e - s > 1 and (
                    toks[e - 1 - c.start].lower() in _DATASET_HEAD_ENDS):  # "Shuttle dataset and Ann-thyroid dataset"
                e -= 1
            trimmed.append((s, e))
        parts = trimmed
        joined = " ".join("".join(words[c.start:end]).split()).lower()
        texts = ["".join(words[s:e]).split() for s, e in parts]
        entities: list[str | None] = [None] * len(parts)
        first = texts[0] if parts else []
        if _before_plural_head(words, c.end) and len(first) >= 2 and _NUMBER_WORD_RE.fullmatch(first[-1]):
            # "the KITTI 2012 and 2015 datasets", "TREC 7 and 8 datasets": a number alone after a name ending in one is
            # that name's elided next edition ("KITTI 2015"); only before a plural head noun, so the mention stays one
            # span (kg_mention_spans) and the number's entity is the full name
            stem = first[:-1]
            while len(stem) > 1 and _NUMBER_WORD_RE.fullmatch(stem[-1]):
                stem = stem[:-1]
            for k, words_k in enumerate(texts[1:], 1):
                if words_k and all(_NUMBER_WORD_RE.fullmatch(w) for w in words_k) \
                        and _edition_shaped(first[-1], words_k[-1]):
                    entities[k] = " ".join(stem + words_k)
        if len(parts) < 2 or joined in lexicon_aliases() or not all(
                entity is not None or _conjunct_named(words_k, c.label) for words_k, entity in zip(texts, entities)):
            out.append(c)
            continue
        out.extend(Candidate(s, e, c.label, c.score, c.extractor, c.proposed, entity)
                   for (s, e), entity in zip(parts, entities))
    return out


class _ByStart:
    """Spans in start order with the length of the longest, for :func:`model_lead`'s overlap queries.

    ``append`` takes spans in start order only (model_lead adds them as it reads sorted model spans).
    """

    def __init__(self, spans: list[Merged]):
        self.spans = sorted(spans, key=lambda m: m.start)
        self.starts = [m.start for m in self.spans]
        self.longest = max((m.end - m.start for m in self.spans), default=0)

    def append(self, m: Merged) -> None:
        self.spans.append(m)
        self.starts.append(m.start)
        self.longest = max(self.longest, m.end - m.start)

    def overlapping(self, start: int, end: int) -> list[Merged]:
        # a span starting ``longest`` or more before ``start`` ends by it
        lo, hi = bisect_right(self.starts, start - self.longest), bisect_left(self.starts, end)
        return [m for m in self.spans[lo:hi] if m.end > start]


#: Labels whose model-only spans may stand alone in a title + abstract record when they pass
#: :func:`abstract_stands`, and labels whose model boundaries win over the other finders' in one
#: (``kg_merge`` config ``abstract_model_stands`` / ``abstract_model_bounds``; see the issue notes
#: for the cross-validated choice).
ABSTRACT_MODEL_STANDS: tuple[str, ...] = ()
ABSTRACT_MODEL_BOUNDS: tuple[str, ...] = ()
#: Labels for which, in a title + abstract record, a weak span of the other finders (merged score under
#: :data:`VETO_BELOW`) that the model saw and found nothing of its label in is dropped (:func:`model_veto`;
#: ``kg_ner`` sees every such span: its ``needed_below``). Chosen by cross-validation on the tuning sets.
ABSTRACT_MODEL_VETOES: tuple[str, ...] = ("TASK",)
VETO_BELOW = 0.6
_NAME_SHAPED = re.compile(r"[A-Z].*[A-Z0-9]|[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]")


def model_veto(merged: list[Merged], model: Iterable[Candidate], *, labels: Iterable[str],
               below: float = VETO_BELOW) -> list[Merged]:
    """The merged spans without the weak ones the model disagrees with: a span of ``labels`` scoring
    under ``below``, with no model finder in its support, that no model span of its label overlaps.
    Only meaningful where the model ran over the span (``kg_ner``'s ``needed_below``).

    >>> ms = [Merged(0, 2, "TASK", 0.55, "kg_rules", support=("kg_rules",)),
    ...       Merged(4, 6, "TASK", 0.55, "kg_rules", support=("kg_rules",)),
    ...       Merged(8, 9, "TASK", 0.9, "kg_gazetteer", support=("kg_gazetteer",)),
    ...       Merged(10, 11, "METHOD", 0.55, "kg_rules", support=("kg_rules",))]
    >>> [(m.start, m.label) for m in model_veto(ms, [Candidate(5, 6, "TASK", 0.45, "kg_ner")], labels=["TASK"])]
    [(4, 'TASK'), (8, 'TASK'), (10, 'METHOD')]
    """
    labels = frozenset(labels)
    # per label, the model spans by start with a running maximum of their ends: a model span overlaps
    # ``m`` when one starting before m.end ends after m.start (a scan of all per span was quadratic)
    starts: dict[str, list[int]] = {}
    reach: dict[str, list[int]] = {}
    for c in sorted((c for c in model if c.label in labels), key=lambda c: c.start):
        starts.setdefault(c.label, []).append(c.start)
        ends = reach.setdefault(c.label, [])
        ends.append(max(c.end, ends[-1]) if ends else c.end)

    def seen(m: Merged) -> bool:
        k = bisect_left(starts.get(m.label, ()), m.end)
        return k > 0 and reach[m.label][k - 1] > m.start

    return [m for m in merged if not (
        m.label in labels and m.score < below and not set(m.support) & MODEL_EXTRACTORS and not seen(m))]


def abstract_stands(c: Candidate, words: list[str]) -> bool:
    """True for a model-only span that may stand alone in an abstract: a METHOD or DATASET needs a
    name's shape (two capitals, a capital and a digit, camel case: ``MatSci-NLP``, ``GSM8K``, not
    ``Transformer`` or ``the model``) outside the title; a TASK or METRIC at least two words
    without capitals (``question answering``, not a lone ``accuracy`` guess nor a title phrase).

    >>> words = ["Foo ", "\\n\\n", "We ", "train ", "MatSci-NLP ", "on ", "Transformer ", "for ", "code ", "search"]
    >>> [abstract_stands(Candidate(a, b, lab, 0.45, "kg_ner"), words)
    ...  for a, b, lab in [(4, 5, "METHOD"), (6, 7, "METHOD"), (8, 10, "TASK"), (0, 1, "METHOD")]]
    [True, False, True, False]
    """
    title_end = next((i for i, w in enumerate(words) if "\n\n" in w), -1)
    if c.start <= title_end:
        return False
    text = "".join(words[c.start:c.end]).strip()
    if c.label in ("METHOD", "DATASET"):
        return bool(_NAME_SHAPED.search(text))
    return c.end - c.start >= 2 and text == text.lower()


def _char_bounds(doc: Doc, m: Merged) -> tuple[int, int]:
    """The character offsets of a merged span's tokens in ``doc``."""
    return doc[m.start].idx, _end_char(doc, m)


def _end_char(doc: Doc, m: Merged) -> int:
    """The character offset where a merged span's last token ends in ``doc`` (``_char_bounds(doc, m)[1]``)."""
    last = doc[m.end - 1]
    return last.idx + len(last)


def drop_abilities(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Drop TASK spans that name a general ability in their slot (:func:`extractors._tasks.in_ability_slot`:
    "capabilities in language understanding and generation", "vision and language understanding").

    Only in a title + abstract record: the published sentence corpora annotate such phrases as tasks.
    """
    text = doc_text(doc)  # not doc.text: it joins every token (~4% of the rule path)
    out = []
    for m in merged:
        if m.label == "TASK" and doc[m.end - 1].lower_.endswith(ABILITY_HEADS):
            if in_ability_slot(text, *_char_bounds(doc, m)):
                continue
        out.append(m)
    return out


#: Nouns naming a step or a part of a method: a task phrase written before one modifies it and names no task of
#: the paper ("during its sequential token generation process", "in the solution generation phase", "followed by a
#: reranking stage", "we introduce a reranking strategy", "Denoising mechanisms are applied"). Not "pipeline",
#: "algorithm", "model" or "system": those name the whole method, whose task the phrase is ("an image generation
#: pipeline", "the body text extraction algorithm").
MECHANISM_NOUNS = frozenset("process processes phase phases stage stages mechanism mechanisms strategy strategies".split())


_NEXT_WORD_RE = re.compile(r"[a-z]+", re.I)

#: Heads that make a TASK-looking phrase a model ("Text-to-Image Diffusion Models", "masked language models").
_MODEL_HEADS = frozenset("model models network networks llm llms transformer transformers".split())
#: Heads of an event ("Speech Emotion Recognition Challenge 2024"), before a year.
_EVENT_HEADS = frozenset("challenge competition workshop".split())
#: A model's output units: generating or predicting one is a step of decoding, not a task ("during token generation",
#: "capabilities for embedding generation", "precise label prediction"; not "next token prediction", nor labels as the
#: tail of a hyphenated kind: "multi-label prediction" is a task).
_OUTPUT_UNITS = frozenset("token tokens embedding embeddings label labels solution solutions".split())
_YEAR_RE = re.compile(r"(?:19|20)\d\d\Z")
_WORD_SPLIT_RE = re.compile(r"[\s-]+")
#: Heads of a property a model has or gains, not a task ("improved intent alignment", "text-image alignment",
#: "Question Answering Model Robustness"; GUIDELINES: qualities are no TASK) ...
_PROPERTY_HEADS = frozenset("alignment robustness faithfulness interpretability explainability controllability".split())
#: ... except the alignment of units, a task of its own ("word alignment", "sentence alignment", "entity alignment",
#: "protein structure alignment", "lyrics alignment", and speech-to-text "forced alignment").
_ALIGNED_UNITS = frozenset(
    "word words sentence sentences sequence sequences entity ontology schema face graph network phrase structure lyrics "
    "forced".split())


def names_no_task(name: str) -> bool:
    """Whether a TASK-looking phrase names a model, an event, a decoding step or a property, not a task (a lexicon
    task stays: "face alignment").

    Example:
        >>> [names_no_task(t) for t in ("Text-to-Image Diffusion Models", "token generation", "next token prediction",
        ...     "next-token prediction", "Speech Emotion Recognition Challenge 2024", "image generation")]
        [True, True, False, False, True, False]
        >>> [names_no_task(t) for t in ("intent alignment", "text-image alignment", "word alignment", "face alignment",
        ...     "QA Model Robustness")]
        [True, True, False, False, True]
        >>> [names_no_task(t) for t in ("multi-label prediction", "Multi-Label Prediction", "zero-shot label prediction",
        ...     "multi-token prediction")]
        [False, False, True, True]
    """
    words = [w for w in _WORD_SPLIT_RE.split(name.lower()) if w]
    if not words:
        return False
    if words[-1] in _MODEL_HEADS:
        return True
    if words[-1] in _PROPERTY_HEADS:
        return not (len(words) >= 2 and words[-2] in _ALIGNED_UNITS) and name.lower() not in lexicon_aliases("TASK")
    if len(words) >= 2 and words[-2] in _EVENT_HEADS and _YEAR_RE.match(words[-1]):
        return True
    if len(words) < 2 or words[-1] not in ("generation", "prediction") or words[-2] not in _OUTPUT_UNITS \
            or "next" in words[-3:-2]:
        return False
    # "multi-label prediction": labels as the tail of a hyphenated kind name a task ("multi-token prediction" is
    # still a decoding objective)
    return not (words[-2] in ("label", "labels") and name.lower().split()[-2:-1] != [words[-2]])


def drop_mechanism_tasks(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Drop TASK spans written as the modifier of a step or part of a method (:data:`MECHANISM_NOUNS`), and those
    that name a model, an event, a decoding step or a property (:func:`names_no_task`; not a definition "long
    (SHORT)": "Masked Language Model (MLM) objective" names the objective).

    Only in a title + abstract record (the caller's choice): a sentence corpus may mark the task words of such a
    phrase.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("It slows the token generation process.")
        >>> [d.start for d in drop_mechanism_tasks([Merged(3, 5, "TASK", 0.9, "kg_ner")], doc)]
        []
        >>> doc = spacy.blank("en")("We tune text-to-image diffusion models.")
        >>> [d.start for d in drop_mechanism_tasks([Merged(2, 9, "TASK", 0.9, "kg_ner")], doc)]
        []
    """
    out = []
    if not any(m.label == "TASK" for m in merged):
        return merged
    text, starts = doc_text(doc), token_starts(doc)
    n = len(starts)
    for m in merged:
        if m.label == "TASK":
            if m.end < n:
                following = _NEXT_WORD_RE.match(text, starts[m.end])
                if following and following.group().lower() in MECHANISM_NOUNS:
                    continue
            after = starts[m.end] if m.end < n else len(text)
            name = text[starts[m.start]:after].rstrip()
            if not name.endswith(")") and not text.startswith("(", after) and names_no_task(name):
                continue
        out.append(m)
    return out


#: Premodifiers that set a task's setting, not the task ("zero-shot text classification", "multi-hop numerical
#: reasoning", "cross-lingual summarization"): the span stays as written and its ``entity`` is the bare task
#: (:func:`bare_setting_tasks`), once the rest still ends in a task head.
SETTING_MODIFIERS = frozenset(
    """zero-shot few-shot one-shot k-shot n-shot many-shot multi-shot multi-hop multihop single-hop cross-lingual
    crosslingual multilingual multi-lingual monolingual low-resource long-context open-domain general-domain
    out-of-domain in-domain cross-domain domain-specific multi-turn single-turn unsupervised semi-supervised
    weakly-supervised self-supervised large-scale fine-grained real-time open-ended long-form vision-only
    text-only""".split()
)
#: Premodifiers that name a domain or a length: the rest must be a task the lexicon knows ("clinical named entity
#: recognition", "short question-answering"; "medical image segmentation" is a lexicon task of its own and stays). Not a
#: modality ("multimodal", "video"): it makes another task ("video question answering").
DOMAIN_MODIFIERS = frozenset(
    """medical clinical biomedical legal financial scientific short long""".split()
)


_TASK_HEAD_SET = frozenset(_HEAD_WORDS)
#: One-word tasks a setting modifier may leave besides the lexicon's ("few-shot classification"; not "zero-shot
#: recognition" -> "recognition").
_ONE_WORD_TASKS = frozenset("classification segmentation captioning".split())


def bare_setting_task(name: str) -> str | None:
    """The bare task of a TASK name that opens with setting or domain modifiers, else None.

    A lexicon task stays whole ("open-domain question answering", "zero-shot image classification"); modifiers go
    one at a time, down to the first bare task ("zero-shot cross-lingual transfer" -> "cross-lingual transfer",
    "zero-shot multilingual summarization" -> "multilingual summarization"). After a setting
    modifier (:data:`SETTING_MODIFIERS`) the rest must end in a task head, not be a generic phrase, and be two
    words or a one-word task (:data:`_ONE_WORD_TASKS`); after a domain modifier (:data:`DOMAIN_MODIFIERS`) it must be a lexicon task.

    Example:
        >>> [bare_setting_task(t) for t in ("multi-hop numerical reasoning", "Zero-Shot NLG Evaluation",
        ...     "clinical NER", "open-domain question answering", "zero-shot reasoning", "zero-shot recognition")]
        ['numerical reasoning', None, 'NER', None, None, None]
        >>> bare_setting_task("zero-shot cross-lingual transfer"), bare_setting_task("few-shot classification")
        ('cross-lingual transfer', 'classification')
        >>> bare_setting_task("zero-shot multilingual summarization"), bare_setting_task("zero-shot multilingual NER")
        ('multilingual summarization', 'NER')
    """
    known = lexicon_aliases("TASK")
    if name.lower() in known:
        return None
    words = name.split()
    i = 0
    while i < len(words) - 1:
        modifier = words[i].lower()
        setting = modifier in SETTING_MODIFIERS
        if not setting and modifier not in DOMAIN_MODIFIERS:
            break
        i += 1
        rest = words[i:]
        bare = " ".join(rest)
        lower = bare.lower()
        if lower in known:
            return bare
        head = rest[-1].lower().rsplit("-", 1)[-1]
        if (setting and head in _TASK_HEAD_SET and lower not in GENERIC_TASK_PHRASES
                and rest[0].lower() not in _TASK_STOP_MODIFIERS and (len(rest) >= 2 or lower in _ONE_WORD_TASKS)):
            return bare
    return None


def known_task_suffix(name: str) -> str | None:
    """The longest lexicon task a TASK name ends in, once other words open it, else None: the task the name is a
    variant of ("intrinsic language modeling" -> "language modeling", "Remote Sensing Change Detection" -> "Change
    Detection", "non-autoregressive TTS" -> "TTS"). The rest must be two or more words or an acronym (not "Inverse
    Cloze" -> "Cloze"); a lexicon task stays whole.

    Example:
        >>> [known_task_suffix(t) for t in ("high-resource machine translation", "Knowledge-Based VQA",
        ...     "machine translation", "Inverse Cloze", "zero-shot foo bar")]
        ['machine translation', 'VQA', None, None, None]
    """
    known = lexicon_aliases("TASK")
    if name.lower() in known:
        return None
    words = name.split()
    for i in range(1, len(words)):
        rest = words[i:]
        bare = " ".join(rest)
        if (len(rest) >= 2 or (len(bare) >= 2 and bare.isupper())) and bare.lower() in known:
            return bare
    return None


def bare_setting_tasks(merged: list[Merged], doc: Doc) -> list[Merged]:
    """TASK spans that open with setting or domain modifiers take the bare task as their ``entity``
    (:func:`bare_setting_task`; the span keeps its words): annotators write either "zero-shot text
    classification" or "text classification", and entity resolution links the two as a variant and its family.
    Only spans no finder gave a canonical name, and not a definition's long form ("Short Text Classification (STC)":
    the short form names the whole, and ``kg_mention_spans`` joins the two under the long form's name)."""
    if not any(m.label == "TASK" and m.entity is None and m.end - m.start > 1 for m in merged):
        return merged
    text = doc_text(doc)
    out = []
    for m in merged:
        if m.label == "TASK" and m.entity is None and m.end - m.start > 1:
            start, end = _char_bounds(doc, m)
            if text.startswith("(", end) or text.startswith(" (", end):
                out.append(m)
                continue
            bare = bare_setting_task(text[start:end]) or known_task_suffix(text[start:end])
            if bare is not None:
                m = Merged(m.start, m.end, m.label, m.score, m.extractor, m.proposed, bare, m.support)
        out.append(m)
    return out


#: The extractor of the elided conjuncts' spans (:func:`elided_conjuncts`): entity resolution reads their full names
#: (``kg.resolve.ELIDED_EXTRACTOR``), not a finder's hint.
ELIDED_EXTRACTOR = "kg_merge"
_AFTER_NAMED = ("and ", "or ", ", and ", ", or ")
#: A first conjunct of an elliptical coordination: one word, lower-case (capitalised in a title-cased run), or a
#: compound's first part ("zero-"), then more of them after commas, then "and"/"or" right before the named conjunct.
_ELIDED_LEFT_RE = re.compile(
    r"(?:^|(?<=[\s(\[]))((?:[A-Za-z0-9][\w-]*,\s+){0,4}[A-Za-z0-9][\w-]*),?\s+(?:and|or)\s+\Z")
#: What may stand before the first conjunct: a word that opens a noun phrase, or punctuation.
_ELIDED_OPENERS = frozenset(
    """on in for of across spanning both and or the to between with like including include includes as from over via
    by such e.g. i.e. e.g., i.e., into at among within under covering cover covers encompassing involving namely
    especially particularly mainly either than""".split())
#: First words that make a phrase of their own rather than a conjunct ("training and evaluation", "the model and")
_NOT_CONJUNCT_END_RE = re.compile(r"(?:ing|tion|sion|ment|sis|ness|ity|ies|ers|ors|[^su]s)\Z")
#: ... and of an unhyphenated word ("inference and text generation"; "single-sentence and ..." is a compound modifier).
_NOT_CONJUNCT_WORD_END_RE = re.compile(r"(?:ance|ence)\Z")
#: A named conjunct followed by "and"/"or" and a bare head ("natural language understanding and generation").
_ELIDED_RIGHT_RE = re.compile(r",?\s+(?:and|or)\s+([a-z]+)(?=[\s.,;:)]|\Z)")
#: METHOD heads a two-word conjunct may share ("convolutional and recurrent neural networks" goes by the lexicon).
_METHOD_SHARED_HEADS = frozenset("quantization pruning distillation attention networks network encoders decoders".split())


def _conjunct_word_ok(word: str, *, shaped: bool = True) -> bool:
    """A first conjunct that can premodify the shared head: not a function, grading or setting word, not an acronym
    or a versioned name; with ``shaped``, not a noun of its own shape either (-ing, -tion, -ence, a plural)."""
    low = word.lower()
    if (low in _ELIDED_OPENERS or low in _GRADING_CONJUNCTS or low in SETTING_MODIFIERS or low in DOMAIN_MODIFIERS
            or any(c.isupper() for c in word[1:]) or (any(c.isdigit() for c in word) and len(word) > 2)):
        return False
    return not shaped or word.endswith("-") or not (
        _NOT_CONJUNCT_END_RE.search(low) or ("-" not in low and _NOT_CONJUNCT_WORD_END_RE.search(low)))


_GRADING_CONJUNCTS = TITLE_GRADING | frozenset(
    """a an the our their its this these that more most less other different various several many multiple
    existing prior previous standard small large big new single human""".split())


def _elided_name(first: str, words: list[str], label: str) -> str | None:
    """The full name of the conjunct ``first`` before the named conjunct ``words`` (see :func:`elided_conjuncts`)."""
    known = lexicon_aliases(label)
    joint = "" if first.endswith("-") else " "
    rest = " ".join(words[1:])
    if first.endswith("-"):
        # "zero- and few-shot": the compound's last part is shared
        head = words[0].split("-", 1)[1] if "-" in words[0] else None
        return first + head + (" " + rest if rest else "") if head else None
    long_form, head_form = first + joint + rest, first + joint + words[-1]
    for name in (long_form, head_form):
        if name.lower() in known:
            return name
    if len(words) != 2 or not _conjunct_word_ok(first):
        return None
    heads = _TASK_HEAD_SET if label == "TASK" else _METHOD_SHARED_HEADS
    if words[-1].lower() not in heads or not _conjunct_word_ok(words[0]):
        return None
    return long_form


def elided_conjuncts(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Spans for the elided conjuncts of an elliptical coordination, with their full names as ``entity``
    (GUIDELINES, session 16): "across arithmetic, commonsense and symbolic reasoning datasets" gives "arithmetic"
    (``arithmetic reasoning``) and "commonsense" (``commonsense reasoning``) beside the named "symbolic reasoning";
    "natural language understanding and generation" gives "generation" (``natural language generation``).

    Before a TASK or METHOD span, one-word conjuncts after an opener (a preposition, "both", a comma): the full name
    is the conjunct with the span's words after its first ("image" + "point cloud classification" -> the lexicon's
    "image classification", else "image cloud classification" is no name and the run is left) when the lexicon knows
    it, or, for a two-word span with a task head (a METHOD head: :data:`_METHOD_SHARED_HEADS`), the conjunct and the
    head. After a TASK span, a bare head ("and generation") gives the span's words before its head with it when the
    lexicon knows the name ("machine translation and summarization" gives nothing). Grading, setting and domain
    words are no conjuncts ("efficient and scalable audio understanding", "zero-shot and few-shot learning").
    Only in a paper's record (:func:`is_paper_record`: title + abstract, or an abstract alone in one paragraph; the
    paper-level names a reader lists); the published corpora mark the written spans (SciREX: 2 exact false positives
    when the rule ran on its title-less texts).

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> doc = nlp("Results on arithmetic, commonsense and symbolic reasoning datasets.")
        >>> out = elided_conjuncts([Merged(6, 8, "TASK", 1.0, "kg_gazetteer")], doc)
        >>> [(doc[m.start:m.end].text, m.entity) for m in out]
        [('arithmetic', 'arithmetic reasoning'), ('commonsense', 'commonsense reasoning'), ('symbolic reasoning', None)]
    """
    text = doc_text(doc)
    starts = token_starts(doc)  # one array copy: a span qualifies by the text around it before a Token is made
    n = len(starts)
    added: list[Merged] = []
    taken: list[tuple[int, int]] = []  # the spans' character bounds, sorted: built when a conjunct is to be placed

    def overlaps_taken(a: int, b: int) -> bool:
        if not taken:
            taken.extend(sorted(_char_bounds(doc, x) for x in merged))
        return _overlaps(taken, a, b)

    for m in merged:
        if m.label not in ("TASK", "METHOD"):
            continue
        left = m.end - m.start > 1 and text.endswith((" and ", " or "), 0, starts[m.start])
        right = m.label == "TASK" and m.end < n and text.startswith(_AFTER_NAMED, starts[m.end])
        if not left and not right:
            continue
        start, end = _char_bounds(doc, m)
        left = left and " " in text[start:end]
        name = text[start:end]
        if left:
            match = _ELIDED_LEFT_RE.search(text, max(0, start - 120), start)
            if match:
                opener = text[max(0, match.start(1) - 16):match.start(1)].split()
                opener_ok = not opener or opener[-1].lower() in _ELIDED_OPENERS or opener[-1][-1] in ",;:(" or text[
                    match.start(1) - 2:match.start(1)] == "\n\n"
                titled = name[:1].isupper()
                pos = match.start(1)
                spans = []
                for word in match.group(1).split(","):
                    word_start = text.index(word.strip(), pos)
                    word = word.strip()
                    pos = word_start + len(word)
                    spans.append((word_start, pos, word))
                if opener_ok and all(w[:1].islower() or w[:1].isdigit() or (titled and w[:1].isupper())
                                     for _, _, w in spans) and all(_conjunct_word_ok(w, shaped=False) for _, _, w in spans):
                    words = name.split()
                    for a, b, word in spans:
                        full = _elided_name(word, words, m.label)
                        if full is None or overlaps_taken(a, b):
                            continue
                        span = doc.char_span(a, b)
                        if span is not None:
                            added.append(Merged(span.start, span.end, m.label, m.score, ELIDED_EXTRACTOR, False, full))
        if right:
            hit = _ELIDED_RIGHT_RE.match(text, end)
            words = name.split()
            if hit and len(words) >= 2 and hit.group(1) in _TASK_HEAD_SET and words[-1].lower() in _TASK_HEAD_SET:
                full = " ".join(words[:-1]) + " " + hit.group(1)
                a, b = hit.span(1)
                if full.lower() in lexicon_aliases("TASK") and not overlaps_taken(a, b):
                    span = doc.char_span(a, b)
                    if span is not None:
                        added.append(Merged(span.start, span.end, m.label, m.score, ELIDED_EXTRACTOR, False, full))
    if not added:
        return merged
    return sorted(merged + added, key=lambda x: (x.start, x.end))


def _overlaps(bounds: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` overlaps one of the sorted character ``bounds``."""
    i = bisect_left(bounds, (end, end))
    return any(a < end and start < b for a, b in bounds[max(0, i - 8):i])


#: Words that name the split a measure is taken on ("test accuracy", "validation perplexity", "dev F1"). Not
#: "training" ("training time", "training loss" are measures of their own).
SPLIT_WORDS = frozenset("test testing validation val dev development held-out heldout".split())
#: Words that aggregate a measure ("mean accuracy", "average F1", "overall accuracy"; GUIDELINES "Aggregations of a
#: measure"), as :data:`extractors._metrics._AGGREGATION_WORDS` with "mean", which the rules leave alone.
AGGREGATE_WORDS = frozenset("mean average averaged overall".split())
#: Measures that an aggregate word turns into another named measure ("average precision" is AP, "mean rank" MR,
#: "average recall" AR): kept whole also when the lexicon (ablated) does not know the whole name.
_AGGREGATED_METRICS = frozenset("precision precisions rank recall".split())


def bare_split_metric(name: str) -> str | None:
    """The bare measure of a METRIC name that opens with a split or aggregate word (:data:`SPLIT_WORDS`,
    :data:`AGGREGATE_WORDS`), else None.

    The rest must be a measure the lexicon knows ("test accuracy" -> "accuracy", "validation BLEU" -> "BLEU"); a
    lexicon measure stays whole ("mean average precision", "validation loss", "mean accuracy": entries of their own),
    and so does an aggregate that names another measure ("average precision", "mean rank"). Not top-1/top-5,
    exact-match or macro/micro variants: they are no split or aggregate word.

    Example:
        >>> [bare_split_metric(n) for n in ("test accuracy", "Validation F1", "dev BLEU", "held-out perplexity",
        ...     "test accuracies", "test score", "mean average precision", "validation loss", "average precision",
        ...     "training loss")]
        ['accuracy', 'F1', 'BLEU', 'perplexity', 'accuracies', None, None, None, None, None]
    """
    first, _, rest = name.partition(" ")
    first = first.lower()
    if first not in SPLIT_WORDS and first not in AGGREGATE_WORDS or not rest:
        return None
    known = lexicon_aliases("METRIC")
    low = rest.lower()
    singular = low[:-3] + "y" if low.endswith("ies") else low[:-1] if low.endswith("s") else low
    if name.lower() in known or low not in known and singular not in known:
        return None
    if first in AGGREGATE_WORDS and low in _AGGREGATED_METRICS:
        return None
    return rest


def bare_split_metrics(merged: list[Merged], doc: Doc) -> list[Merged]:
    """METRIC spans that open with a split or aggregate word take the bare measure as their ``entity``
    (:func:`bare_split_metric`; the span keeps its words), as :func:`bare_setting_tasks` does for tasks: a reader
    listing a paper's metrics writes "accuracy" or "test accuracy", and entity resolution links the two as a variant
    and its family. Only spans no finder gave a canonical name (the rules give "average accuracy" its measure), and not
    a definition's long form."""
    if not any(m.label == "METRIC" and m.entity is None and m.end - m.start > 1 for m in merged):
        return merged
    text = doc_text(doc)
    out = []
    for m in merged:
        if m.label == "METRIC" and m.entity is None and m.end - m.start > 1:
            start, end = _char_bounds(doc, m)
            if not (text.startswith("(", end) or text.startswith(" (", end)):
                bare = bare_split_metric(text[start:end])
                if bare is not None:
                    m = Merged(m.start, m.end, m.label, m.score, m.extractor, m.proposed, bare, m.support)
        out.append(m)
    return out


#: Bare measures a task names when written right after it ("face recognition accuracy", "parsing accuracies",
#: "alignment F1 score"): the accuracy of that task, a measure of its own (GUIDELINES: "segmentation accuracy").
_TASK_MEASURES = frozenset({"accuracy", "accuracies", "f1", "f1 score", "f1 scores", "f1-score", "f1-scores"})


def task_measures(merged: list[Merged], doc: Doc) -> list[Merged]:
    """A lower-case TASK span right before a bare accuracy or F1 (:data:`_TASK_MEASURES`) and the measure become one
    METRIC span whose ``entity`` is the measure: "how they affect face recognition accuracy", "improves the re-ID
    accuracy", "improves parsing accuracies" (the fresh SciREX-train abstracts: 7 of 240 papers write one, every one
    the paper's measure). The abstracts' gold keeps a modifier that defines the measure ("segmentation accuracy",
    "visual grounding accuracy"); a reader who writes the measure alone still finds it through the ``entity``. Not in
    the title, and not a capitalised task ("Face Recognition Accuracy" heads a title's list of topics).
    """
    if len(merged) < 2:
        return merged
    title_end = doc_text(doc).find("\n\n")
    out: list[Merged] = []
    skip = False
    for i, m in enumerate(merged):
        if skip:
            skip = False
            continue
        nxt = merged[i + 1] if i + 1 < len(merged) else None
        if (nxt is not None and m.label == "TASK" and nxt.label == "METRIC" and nxt.start == m.end
                and m.end - m.start <= 4 and doc[m.start].idx > title_end and doc[m.start].text[:1].islower()
                and doc[m.end - 1].whitespace_ == " "
                and doc[nxt.start:nxt.end].text.lower() in _TASK_MEASURES):
            entity = nxt.entity or doc[nxt.start:nxt.end].text
            out.append(Merged(m.start, nxt.end, "METRIC", max(m.score, nxt.score), nxt.extractor, False, entity,
                              tuple(dict.fromkeys(m.support + nxt.support))))
            skip = True
            continue
        out.append(m)
    return out


def trim_title_grading(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Title TASK spans of any finder without the grading words they open with (:func:`_without_title_grading`).

    Only in a title + abstract record, like :func:`drop_abilities`.
    """
    title_end = doc_text(doc).find("\n\n")
    return [_without_title_grading(m, doc)
            if m.label == "TASK" and doc[m.start].idx < title_end and doc[m.start].lower_ in TITLE_GRADING else m
            for m in merged]


def _without_title_grading(m: Merged, doc: Doc) -> Merged:
    """A title TASK span without the grading words it opens with ("Fast Listwise Reranking" -> "Listwise
    Reranking", "Personalized Contextual Query Suggestion"), as :func:`extractors._tasks.find_title_tasks` trims
    them; the model's or the lexicon's longer span would otherwise win over the title finder's. At least two
    words stay ("Efficient Recommendation" stays whole)."""
    start = m.start
    # (a word boundary inside what stays: the last token's own trailing space is no second word)
    while (doc[start].lower_ in TITLE_GRADING and doc[start].whitespace_
           and sum(1 for t in doc[start + 1:m.end - 1] if t.whitespace_) >= 1):
        start += 1
    if start == m.start:
        return m
    return Merged(start, m.end, m.label, m.score, m.extractor, m.proposed, None, m.support)


#: A common noun that a name premodifies in a sentence of a paper's body: a part or a user of a resource
#: ("Wikipedia pages", "RTE examples", "WordNet entries"), an evaluation campaign's event ("SemEval task", "CoNLL
#: shared task", "TREC track", "SENSEVAL and SEMEVAL competitions") or a system built on it.
_MODIFIED_NOUN_RE = re.compile(
    r"[ \t]+(?:pages?|articles?|sentences?|examples?|entr(?:y|ies)|titles?|links?|infobox(?:es)?|editors?|edits"
    r"|quer(?:y|ies)|tasks?|shared|tracks?|evaluations?|campaigns?|competitions?|exercises?|workshops?"
    r"|participants?|researchers|community|project|systems?)(?![\w-])")


#: A dataset head a couple of words after that noun: the phrase names the data itself ("the SemEval task 4 dataset",
#: "the CoNLL shared task data set").
_HEAD_AFTER_PART_RE = re.compile(r"(?:[ \t]+[\w-]+){0,2}?[ \t]+(?:datasets?|data[ \t]+sets?|corpus|corpora|benchmarks?)(?![\w-])")


def drop_modifier_datasets(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Drop DATASET spans that premodify a noun of :data:`_MODIFIED_NOUN_RE` ("Wikipedia pages", "SemEval task").

    Only in a passage: the published sentence corpora mark no dataset there (training splits, pipeline with the
    model: TDMSci 0 of 29 such spans right, the dataset-mentions corpus 0 of 18, besides 2 right ones that end in
    a lower-case head noun and are kept), while the hand-made abstracts' gold marks every occurrence of a
    dataset's name ("GLUE tasks", "MMLU scores").
    """
    text = doc_text(doc)
    out = []
    for m in merged:
        # a name with a lower-case head noun is the dataset itself ("the COCOA dataset evaluation"; not "Penn
        # Treebank sentences")
        last = doc[m.end - 1].text
        noun = _MODIFIED_NOUN_RE.match(text, _end_char(doc, m)) if m.label == "DATASET" else None
        if (noun is not None and not (last.islower() and last in _DATASET_HEAD_ENDS)
                and not _HEAD_AFTER_PART_RE.match(text, noun.end())):
            continue
        out.append(m)
    return out


#: Languages whose adjective a paper writes before a dataset's name for the part or the version it uses ("the English
#: MS-MARCO dataset and the Chinese DuReader dataset", "the English-German ParaCrawl corpus", "a French MATH level 5
#: benchmark", "the Dutch Europarl corpus").
_LANGUAGES = (
    "English|Chinese|German|French|Spanish|Japanese|Korean|Arabic|Russian|Italian|Portuguese|Hindi|Vietnamese|Czech|"
    "Romanian|Turkish|Dutch|Polish|Indonesian|Finnish|Swedish|Greek|Hebrew|Persian|Thai|Bengali|Urdu|Swahili|Danish|"
    "Norwegian|Hungarian|Ukrainian|Catalan|Basque|Estonian|Latvian|Lithuanian|Bulgarian|Croatian|Serbian|Slovak|"
    "Slovenian|Tamil|Telugu|Malay|Tagalog|Yoruba|Hausa|Amharic")
_LANGUAGE_PREFIX_RE = re.compile(rf"(?:{_LANGUAGES})(?:[ \t]*[-–][ \t]*(?:{_LANGUAGES}))?[ \t]+(?=[^\s])")


def language_dataset_names(merged: list[Merged], doc: Doc) -> list[Merged]:
    """A DATASET span opening with a language's adjective (or a language pair) before a name takes the name without
    it as its ``entity``: "the English MS-MARCO dataset" names `MS-MARCO`, "the English-German ParaCrawl corpus"
    `ParaCrawl`, as the tuning gold writes "the Dutch Europarl corpus" (`Europarl`) and "a French MATH level 5
    benchmark" (`MATH`). The span keeps its words (the published corpora keep the language inside: SciREX's "English
    MS - MARCO dataset", TDMSci's "English Switchboard test set"). Only before a word shaped as a name (two capitals,
    a capital and a digit, camel case) or a dataset name the lexicon knows, and never when the whole span is a
    lexicon name or already has an entity of its own (`Chinese Treebank`, `English Web Treebank`, "English Gigaword":
    `Gigaword`).
    """
    text = doc_text(doc)
    known = None
    out = []
    for m in merged:
        if m.label == "DATASET" and m.entity is None and doc[m.start].text[:1].isupper():
            a, b = _char_bounds(doc, m)
            prefix = _LANGUAGE_PREFIX_RE.match(text, a, b)
            if prefix is not None:
                if known is None:
                    known = lexicon_aliases("DATASET")
                name = text[prefix.end():b]
                first = name.split(None, 1)[0]
                if text[a:b].lower() not in known and (_NAME_SHAPED.match(first) or name.lower() in known):
                    m = Merged(m.start, m.end, m.label, m.score, m.extractor, m.proposed, name, m.support)
        out.append(m)
    return out


#: "the [one or two words] ACRONYM dataset": the definite article before a task's acronym and a singular dataset head
#: names one dataset the paper uses ("fine-tuning on the NLI dataset", "evaluated on the challenging VQA dataset"); a
#: plural ("four QA benchmarks", "general VQA benchmarks") or an indefinite one ("a QA dataset") stays the task's data.
_THE_BEFORE_RE = re.compile(r"(?:^|[^\w-])[Tt]he(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+\Z")
_SINGULAR_HEAD_AFTER_RE = re.compile(r"[ \t]+(?:dataset|data[ \t]+set|benchmark|corpus)(?![\w-])")
_TASK_ACRONYM_RE = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]\Z")


def task_acronym_datasets(merged: list[Merged], doc: Doc) -> list[Merged]:
    """A TASK span that is an acronym (``NLI``, ``VQA``) written "the ... X dataset" (one dataset head, singular; at
    most two words between the article and the acronym) is a DATASET: the task's standard dataset of that name.

    Only in a title + abstract record (the published sentence corpora are the model's to read).
    """
    text = doc_text(doc)
    out = []
    for m in merged:
        if m.label == "TASK" and m.end - m.start == 1:
            a, b = _char_bounds(doc, m)
            if _TASK_ACRONYM_RE.match(text, a, b) and _SINGULAR_HEAD_AFTER_RE.match(text, b) \
                    and _THE_BEFORE_RE.search(text, max(0, a - 40), a):
                m = Merged(m.start, m.end, "DATASET", m.score, m.extractor, m.proposed, None, m.support)
        out.append(m)
    return out


#: Measures the rules qualify with a word before them ("prediction accuracy", "classification accuracy",
#: "baseline accuracies", "extraction precision").
_QUALIFIED_MEASURES = frozenset("accuracy accuracies precision recall".split())
_PLAIN_WORD = re.compile(r"[a-z]+")


def bare_qualified_measures(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Narrow a METRIC span of the rules written ``<lower-case words> <measure>`` to the measure (:data:`_QUALIFIED_MEASURES`)
    when the model does not support the longer span.

    Only in a passage: the published sentence corpora mark the measure alone and the word before it, when a
    task, as a task ("We measure prediction accuracy": TASK "prediction", METRIC "accuracy"; TDMSci's training
    split, rule path: the measure alone is right 19 times of 28 such spans, the whole span 3), while the hand-made
    abstracts' gold keeps a modifier that defines the measure ("answer accuracy", "segmentation accuracy").
    A hyphenated or capitalised modifier stays ("sentence-level accuracy", "top-5 accuracy").
    """
    out = []
    for m in merged:
        if (m.label == "METRIC" and m.extractor == "kg_rules" and m.end - m.start > 1
                and doc[m.end - 1].lower_ in _QUALIFIED_MEASURES and not set(m.support) & MODEL_EXTRACTORS
                and all(_PLAIN_WORD.fullmatch(t.text) for t in doc[m.start:m.end - 1])):
            m = Merged(m.end - 1, m.end, m.label, m.score, m.extractor, m.proposed, None, m.support)
        out.append(m)
    return out


#: Labels whose spans found by the abbreviation finder alone do not stand in a passage (:func:`drop_lone_defined_forms`).
_LONE_DEFINED_DROPPED = frozenset({"TASK", "METRIC"})


def drop_lone_defined_forms(merged: list[Merged]) -> list[Merged]:
    """Drop TASK and METRIC spans that only ``kg_abbreviations`` supports (no lexicon, rule or model span).

    Only in a passage read with the model (which then saw no such span there): the long form of a ``long (SHORT)`` definition in one sentence of a paper's body is mostly
    an event, a venue or a fragment of a list ("Workshop on Machine Translation (WMT)", "Document Understanding
    Conferences (DUC)", "Automatic Content Extraction (ACE)", "(lf), sentence-level accuracy (lsent)"): on TDMSci's
    training split (held-out ids excluded, pipeline with the model) the dropped spans are TASK 1 right of 6, METRIC
    0 of 4, while such DATASET spans are right 2 of 6 and stay (a corpus is often named so). In an abstract the
    definition is the paper's own term and stays; without the model the abbreviation finder is the only one
    to find many tasks of a sentence (rule path on the same split: TASK 11 right spans lost, none gained).

    >>> m = [Merged(0, 4, "TASK", 0.8, "kg_abbreviations", support=("kg_abbreviations",)),
    ...      Merged(5, 7, "TASK", 0.9, "kg_rules", support=("kg_abbreviations", "kg_rules")),
    ...      Merged(8, 10, "DATASET", 0.8, "kg_abbreviations", support=("kg_abbreviations",))]
    >>> [(x.start, x.label) for x in drop_lone_defined_forms(m)]
    [(5, 'TASK'), (8, 'DATASET')]
    """
    return [m for m in merged if not (m.label in _LONE_DEFINED_DROPPED and m.support == ("kg_abbreviations",))]


def complete_definitions(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Add the missing form of a ``long (SHORT)`` definition when the other form is a mention as it stands.

    GUIDELINES mark an abbreviation and its long form as two names of one alias group, and the span convention
    joins them ("binary neural networks (BNNs)"): on the tuning gold a definition one form of which is annotated
    has both 295 times, one alone 7 times. A finder that types one form only ("BNNs" by the model after
    ``kg_abbreviations`` ran; "Time Reversed Language Models" by a proposal while "TRLMs" reads as a plural class)
    left a mention whose span is neither gold name. The added form takes the label, a score capped at 0.8 and
    ``kg_abbreviations`` as extractor; it is added only where no mention overlaps it, and the present form must be
    exactly the definition's.

    >>> nlp = __import__("spacy").blank("en")
    >>> doc = nlp("We use binary neural networks (BNNs) here.")
    >>> doc._.abbreviations = [(31, 35, 7, 29)]
    >>> out = complete_definitions([Merged(6, 7, "METHOD", 0.9, "kg_ner")], doc)
    >>> [(doc[m.start:m.end].text, m.label, m.score) for m in out]
    [('binary neural networks', 'METHOD', 0.8), ('BNNs', 'METHOD', 0.9)]
    """
    pairs = doc_extension(doc, "abbreviations")
    if not pairs or not merged:
        return merged
    text = doc_text(doc)
    starts = token_starts(doc)

    def tokens(a: int, b: int) -> tuple[int, int] | None:
        # the tokens that span exactly text[a:b] (no Span or Token built: this runs for every definition)
        i = bisect_left(starts, a)
        j = bisect_left(starts, b, i)
        if i == len(starts) or starts[i] != a or j == i or (text[b:starts[j]] if j < len(starts) else text[b:]).strip():
            return None
        return i, j

    by_tokens = {(m.start, m.end): m for m in merged}
    firsts: list[int] = []
    reach: list[int] = []
    added = []
    for s0, s1, l0, l1 in pairs:
        short, long = tokens(s0, s1), tokens(l0, l1)
        if short is None or long is None:
            continue
        for have, want in ((short, long), (long, short)):
            m = by_tokens.get(have)
            if m is None:
                continue
            if not firsts:  # built once, when a definition has a typed form
                order = sorted(by_tokens)
                firsts = [x for x, _ in order]
                reach = list(accumulate((y for _, y in order), max))
            k = bisect_left(firsts, want[1])  # spans starting before the wanted end; one overlaps when it ends after its start
            if not (k and reach[k - 1] > want[0]):
                added.append(Merged(want[0], want[1], m.label, min(m.score, 0.8), "kg_abbreviations"))
            break
    if not added:
        return merged
    return sorted(merged + added, key=lambda m: (m.start, m.end))


#: Last words of a defined long form that name a disease, an organisation, a facility or instrument, or a
#: molecule: what the paper studies, works at or with, never a method, dataset, measure or task ("oral cavity
#: squamous cell carcinoma (OCSCC)", "Conservation International (CI)", "Large Hadron Collider (LHC)", "NMDA
#: receptor (NMDAR)"). Not "detector" or "experiments": "Single Shot Detector (SSD)", "angle resolved
#: photoemission experiments (ARPES)" are methods.
_NON_NAME_KIND_HEADS = frozenset(
    """disease diseases cancer cancers carcinoma carcinomas syndrome disorder disorders tumor tumors tumour tumours
    epilepsy sclerosis infection infections erythematosus diabetes dementia leukemia lymphoma melanoma fibrosis
    hepatitis arthritis pneumonia hypertension
    organization organizations organisation organisations agency foundation institute university ministry council
    association society international administration commission consortium facility facilities
    collider telescope telescopes observatory satellite spectrometer
    receptor receptors acid acids protein proteins gene genes hormone enzyme""".split())


#: Words one of which (lower-cased, as substrings) every machine-learning or computing abstract holds: 977 of the 979
#: listings of examples/hf-papers (the other two are astronomy), against a third of the physics, chemistry,
#: medicine and social-science records of tests/data/formats.
_IN_DOMAIN_CUES = ("model", "learning", "training", "trained", "dataset", "data set", "neural", "algorithm",
                   "benchmark", "classif", "embedding", "transformer", "llm", "network", "software", "comput")
#: Last words of a defined long form that name a technique (its short form stays a METHOD in any domain).
_TECHNIQUE_HEADS = frozenset(
    """method methods approximation microscopy spectroscopy spectrometry theory functional group experiments
    reaction analysis algorithm technique simulation simulations sampling regression imaging tomography
    resonance diffraction scattering calculation calculations""".split())
#: Measures any field reports (they do not make an abstract one of machine learning).
_GENERIC_MEASURES = frozenset("accuracy precision speedup speedups speed-up throughput latency specificity sensitivity".split()) | {
    "execution time", "energy consumption", "mutual information"}
#: The finders whose agreement alone types an unknown name by its shape and the model trained on ML abstracts.
_GUESSING_EXTRACTORS = frozenset({"kg_rules", "kg_ner"})


def out_of_domain_guesses(merged: list[Merged], doc: Doc) -> list[Merged]:
    """In an abstract with none of :data:`_IN_DOMAIN_CUES`, drop the METHOD spans only the shape rules and the model
    found (no lexicon entity, no proposal; a technique's definition stays): there acronyms and coinages name
    instruments, experiments, compounds, organisations and places ("LHC", "BABAR", "IceCube", "CdTe", "NGO",
    "KwaZulu-Natal"), which a model trained on machine-learning abstracts and the rules' default take for methods.
    """
    if not merged:
        return merged
    text = doc_text(doc)
    low = text.lower()
    if any(cue in low for cue in _IN_DOMAIN_CUES) or any(
            m.label != "TASK" and (m.entity is not None or "kg_gazetteer" in m.support)
            and text[slice(*_char_bounds(doc, m))].lower() not in _GENERIC_MEASURES for m in merged):
        return merged  # (a method, dataset or measure of the lexicon's: "report BLEU scores with FooNet")
    kept: set[str] = set()
    longs: dict[str, str] = {}
    for s0, s1, l0, l1 in doc_extension(doc, "abbreviations") or ():
        long = text[l0:l1]
        if long.rsplit(None, 1)[-1].lower() in _TECHNIQUE_HEADS or text.startswith(" method", s1 + 1):
            kept.update((text[s0:s1], long))  # "density matrix renormalization group (DMRG)", "a (FORC) method"
        else:
            longs.setdefault(long, text[s0:s1])
    out, dropped = [], set()
    for m in merged:
        if m.label == "METHOD" and m.entity is None and not m.proposed and m.support \
                and set(m.support) <= _GUESSING_EXTRACTORS:
            a, b = _char_bounds(doc, m)
            if text[a:b] not in kept:
                dropped.add(text[a:b])
                continue
        out.append(m)
    if dropped and longs:
        # the long form of a dropped short form had only the short form's label ("charge density wave (CDW)")
        out = [m for m in out if not (m.label == "METHOD" and m.entity is None and not m.proposed
                                      and longs.get(text[slice(*_char_bounds(doc, m))]) in dropped)]
    return out


def _written(text: str, starts: list[int], a: int, b: int) -> str:
    """The text of tokens ``a`` to ``b`` (``starts``: :func:`token_starts`), without the whitespace after the last."""
    return text[starts[a]:starts[b]].rstrip() if b < len(starts) else text[starts[a]:]


def written_task_extensions(merged: list[Merged], doc: Doc) -> list[Merged]:
    """A TASK span right after up to three words with which the paper writes it as a longer TASK span elsewhere
    takes those words ("Matryoshka Unstructured [Knowledge Editing]" when the abstract has "unstructured knowledge
    editing", "Visually-situated [Language Understanding]", "improves [style transfer]" stays): the paper names its
    task with the modifier, and the bare part alone is no item of it. The span's ``entity`` goes (the longer name
    takes its own, :func:`bare_setting_tasks`). Only into words no other span holds.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Unstructured Knowledge Editing . We study unstructured knowledge editing .")
        >>> spans = [Merged(1, 3, "TASK", 0.9, "kg_gazetteer", entity="knowledge editing"),
        ...          Merged(6, 9, "TASK", 0.8, "kg_rules")]
        >>> [(m.start, m.end, m.entity) for m in written_task_extensions(spans, doc)]
        [(0, 3, None), (6, 9, None)]
    """
    tasks = [m for m in merged if m.label == "TASK"]
    if len(tasks) < 2:
        return merged
    text, starts = doc_text(doc), token_starts(doc)

    def lower(a: int, b: int) -> str:
        return _written(text, starts, a, b).lower()

    names = {lower(m.start, m.end) for m in tasks if m.end - m.start > 1}
    if not names:
        return merged
    taken: set[int] | None = None
    out = []
    for m in merged:
        if m.label == "TASK" and m.start > 0:
            bare = lower(m.start, m.end)
            if any(len(name) > len(bare) and name.endswith(bare) for name in names):
                if taken is None:
                    taken = {i for x in merged for i in range(x.start, x.end)}
                for k in (3, 2, 1):
                    start = m.start - k
                    if start < 0 or any(i in taken for i in range(start, m.start)):
                        continue
                    if any(not w.isalpha() and "-" not in w for w in lower(start, m.start).split()):
                        continue
                    if lower(start, m.end) in names:
                        m = Merged(start, m.end, m.label, m.score, m.extractor, m.proposed, None, m.support)
                        taken.update(range(start, start + k))
                        break
        out.append(m)
    return out


#: How every match of :data:`~extractors.shapes.SUFFIX_RE` starts (a space or hyphen, then a capital, a digit, a letter and
#: a digit or a lower-case size word; or a slash): most METHOD spans are followed by a space and a plain word, which this
#: rejects at once, where SUFFIX_RE tries each of its alternatives (keep the two in step).
_SUFFIX_START_RE = re.compile(r"[ -](?:[A-Z0-9]|[a-z][0-9]|mini|large|base|small|medium|tiny|instruct|chat|turbo)|/")


def sized_method_names(merged: list[Merged], doc: Doc) -> list[Merged]:
    """A METHOD span right before a size or version suffix (:data:`~extractors.shapes.SUFFIX_RE`) takes it, whichever
    finder found the name: the lexicon and the name shapes extend their own names so ("Llama 3.1 8B"), a name found
    by its context alone or by the model did not ("Specifically, Pensez 7B exhibits ...", "our instruction-tuned
    CodeT5+ 16B achieves ..."). The suffix is the variant the paper reports, so its results and relations are that
    name's. Only into words no other span holds; the span keeps its ``entity``, and it is no second proposal when the
    paper proposes the bare name elsewhere ("CodeT5+" proposes the family, "our ... CodeT5+ 16B" is its variant).

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("Specifically , Pensez 7B exhibits gains over Qwen .")
        >>> spans = [Merged(2, 3, "METHOD", 0.8, "kg_proposals"), Merged(7, 8, "METHOD", 0.9, "kg_gazetteer")]
        >>> [(m.start, m.end) for m in sized_method_names(spans, doc)]
        [(2, 4), (7, 8)]
    """
    text, ends = doc_text(doc), None
    out = []
    taken: set[int] = set()
    proposed: Counter[str] = Counter()
    for m in merged:
        if m.label == "METHOD" and m.end < len(doc):
            end_char = _end_char(doc, m)
            suffix = SUFFIX_RE.match(text, end_char) if _SUFFIX_START_RE.match(text, end_char) else None
            if suffix:
                if ends is None:
                    # (each token's end from the cached offsets and texts: no Token built per token)
                    ends = {start + len(word): i + 1 for i, (start, word) in
                            enumerate(zip(token_starts(doc), token_texts(doc)))}
                    taken = {i for x in merged for i in range(x.start, x.end)}
                    proposed = Counter(doc[x.start:x.end].text for x in merged if x.proposed)
                end = ends.get(suffix.end())
                if end is not None and end > m.end and not any(i in taken for i in range(m.end, end)):
                    own = m.proposed and proposed[doc[m.start:m.end].text] == 1  # no other proposed bare name
                    m = Merged(m.start, end, m.label, m.score, m.extractor, own, m.entity, m.support)
                    taken.update(range(m.start, end))
        out.append(m)
    return out


def written_task_suffixes(merged: list[Merged], doc: Doc) -> list[Merged]:
    """A TASK span of three or more words whose last two or more words the paper writes as a TASK span of their own
    takes the longest such part as its ``entity`` (the span keeps its words): "Interactive Remote Sensing Image Change
    Analysis" in a title whose abstract studies "remote sensing image change analysis", "non-trivial entity
    tracking" beside "entity tracking". The paper names the task it works on; the longer span is a variant of it
    (the reverse of :func:`written_task_extensions`, and :func:`known_task_suffix` with the paper's own names for the
    lexicon). A lexicon or setting ``entity`` that is a shorter part of the span gives way ("specialized multi-step
    math reasoning" -> "multi-step math reasoning", not "math reasoning"); a canonical name of another shape stays, and
    a definition's long form ("... (RSICA)") keeps none, as in :func:`bare_setting_tasks`.

    Example:
        >>> import spacy
        >>> doc = spacy.blank("en")("a non-trivial entity tracking model . entity tracking is hard .")
        >>> spans = [Merged(1, 6, "TASK", 0.9, "kg_rules"), Merged(8, 10, "TASK", 0.9, "kg_rules")]
        >>> [(m.start, m.end, m.entity) for m in written_task_suffixes(spans, doc)]
        [(1, 6, 'entity tracking'), (8, 10, None)]
    """
    if sum(1 for m in merged if m.label == "TASK") < 2:
        return merged
    text, starts = doc_text(doc), token_starts(doc)

    def written(m: Merged) -> str:
        return _written(text, starts, m.start, m.end)

    names = {written(m).lower() for m in merged if m.label == "TASK" and m.end - m.start > 1}
    out = []
    for m in merged:
        if m.label == "TASK" and m.end - m.start > 2:
            name = written(m)
            words = name.split(" ")
            after = starts[m.start] + len(name)
            if len(words) >= 3 and not text.startswith(("(", " ("), after):
                low = name.lower()
                entity = m.entity.lower() if m.entity else None
                for i in range(1, len(words) - 1):
                    part = " ".join(words[i:])
                    if part.lower() not in names:
                        continue
                    if entity is None or (low.endswith(" " + entity) and len(entity) < len(part)):
                        m = Merged(m.start, m.end, m.label, m.score, m.extractor, m.proposed, part, m.support)
                    break
        out.append(m)
    return out


def confidence_intervals(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Drop a METRIC "CI" written after a percentage ("44% (95% CI, 34%-55%)", "95% CI 1.07 to 2.78"): a confidence interval, the
    uncertainty of a reported value, not a measure (GUIDELINES; "95% confidence interval" is annotated nowhere).
    ("CIs", "CI 1.07", "OR 1.72" are never names: :func:`extractors.shapes.is_generic_name`.)"""
    text = doc_text(doc)
    if "% CI" not in text:
        return merged
    return [m for m in merged if not (m.label == "METRIC" and doc[m.start].text in ("CI", "CIs")
                                      and text.endswith("% ", 0, doc[m.start].idx))]


def non_name_definitions(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Drop the spans of a definition whose long form names a kind of thing that is never a method, dataset,
    measure or task (:data:`_NON_NAME_KIND_HEADS`): the long form, the short form everywhere, and the whole
    "long (short)"; a span the lexicon links to an entity stays.

    In physics, medicine and social-science abstracts the rules and the model type such acronyms METHOD
    ("OCSCC", "mTLE-HS", "CI", "LHC", "NMDAR"); in the machine-learning corpora they were typed nowhere.
    """
    pairs = doc_extension(doc, "abbreviations")
    if not pairs or not merged:
        return merged
    text = doc_text(doc)
    names: set[str] = set()
    bounds: list[tuple[int, int]] = []
    for s0, s1, l0, l1 in pairs:
        long = text[l0:l1]
        last = long.rsplit(None, 1)[-1].lower() if long.strip() else ""
        if last in _NON_NAME_KIND_HEADS:
            names.update((text[s0:s1], long))
            bounds.append((min(l0, s0), max(l1, s1) + 1))
    if not names:
        return merged
    out = []
    for m in merged:
        a, b = _char_bounds(doc, m)
        if m.entity is None and (text[a:b] in names or any(x <= a and b <= y for x, y in bounds)):
            continue
        out.append(m)
    return out


def defined_task_acronyms(merged: list[Merged], doc: Doc) -> list[Merged]:
    """Add every occurrence of a generic acronym the paper defines for a task or a paradigm it names.

    :data:`extractors.shapes.GENERIC_NAMES` keeps ``MT``, ``IR``, ``NLG`` out of every finder (they
    are fields or ambiguous alone), but a definition written after a TASK span ("Machine Translation
    (MT)", "natural language generation (NLG)") gives the short form that task's meaning in the paper;
    likewise ``ICL``, ``KD``, ``RL`` after a METHOD span of a training paradigm
    (:data:`extractors.lexicon.PARADIGM`: "knowledge distillation (KD)", "reinforcement learning (RL)").
    The new spans take the long form's label and canonical name and the definition's extractor and score
    (capped at 0.8, as carried labels are); an occurrence inside another span is left alone.
    """
    pairs = doc_extension(doc, "abbreviations")
    if not pairs or not merged:
        return merged
    text = doc_text(doc)
    if not any(text[s0:s1] in GENERIC_NAMES for s0, s1, _, _ in pairs):
        return merged  # (no definition gives a generic short form a meaning: the spans below would serve none)
    # each short form once (a later definition of the same one adds nothing: its occurrences are all taken),
    # the TASK spans by end offset, the taken spans sorted with a running maximum of their ends, so that a
    # text defining "MT" hundreds of times stays about linear (it was cubic: 22k characters took > 2 min)
    tasks_by_end: dict[int, list[Merged]] = {}
    for m in merged:
        if m.label == "TASK" or (m.label == "METHOD" and m.entity is not None and is_paradigm(m.entity, text)):
            tasks_by_end.setdefault(_end_char(doc, m), []).append(m)
    done: set[str] = set()
    out = None
    for s0, s1, l0, l1 in pairs:
        short = text[s0:s1]
        if short in done or short not in GENERIC_NAMES:
            continue
        task = next((m for m in tasks_by_end.get(l1, ()) if doc[m.start].idx >= l0
                     and abbreviates(short, text[doc[m.start].idx:l1])), None)
        if task is None:
            continue
        done.add(short)
        taken = sorted(_char_bounds(doc, m) for m in (out or merged))
        starts = [x for x, _ in taken]
        reach = list(accumulate((y for _, y in taken), max))  # reach[k]: the furthest end among taken[:k + 1]
        added = []
        for a, b in find_word_occurrences(text, short):
            span = doc.char_span(a, b)
            k = bisect_left(starts, b)  # taken[:k] start before b; one of them overlaps if it ends after a
            if span is None or (k and reach[k - 1] > a):
                continue
            added.append(Merged(span.start, span.end, task.label, min(task.score, 0.8), task.extractor,
                                entity=task.entity or text[doc[task.start].idx:l1]))
        if added:
            out = sorted((out or merged) + added, key=lambda m: (m.start, m.end))
    return out if out is not None else merged


def collect_candidates(doc: Doc, groups: Iterable[str], weights: dict[str, float]) -> list[Candidate]:
    """Candidates from the named span groups of ``doc`` (missing groups are skipped)."""
    out: list[Candidate] = []
    spans = doc.spans.data  # (the SpanGroups' own dict: its UserDict lookups run in Python)
    for name in groups:
        items = span_items(doc, name)  # ([] for a missing group)
        if not items:
            continue
        attrs = spans[name].attrs
        n = len(items)
        scores = attrs.get("scores") or [1.0] * n
        proposed = attrs.get("proposed") or [False] * n
        entities = attrs.get("entities") or [None] * n
        weight = weights.get(name, 1.0)
        append = out.append
        for (_, _, label, start, end), score, prop, ent in zip(items, scores, proposed, entities):
            score = float(score) * weight
            # ``min(1.0, score)`` without the call (NaN gives 1.0 as min does)
            append(Candidate(start, end, label, score if score < 1.0 else 1.0, name, bool(prop), ent))
    return out


class EntityMerger:
    """Merge entity spans of upstream finders into ``doc.spans["kg_entities"]``.

    Reads ``doc.spans[g]`` for every configured group ``g`` (all groups except
    :data:`NON_ENTITY_GROUPS` when ``groups`` is None) and their ``scores``,
    ``proposed`` and ``entities`` attrs. Writes ``doc.spans["kg_entities"]`` with
    aligned ``attrs["scores"]``, ``attrs["extractors"]``, ``attrs["proposed"]`` and
    ``attrs["entities"]``. In a passage (:func:`is_passage`) the model leads for the
    labels of ``passage_model_leads`` (:func:`model_lead`).
    """

    def __init__(self, name: str = "kg_merge", *, groups: list[str] | None = None,
                 weights: dict[str, float] | None = None, min_score: float = 0.5,
                 passage_model_leads: Iterable[str] = MODEL_LEAD_LABELS,
                 model_lifts: Iterable[str] = MODEL_LIFT_LABELS,
                 abstract_model_stands: Iterable[str] = ABSTRACT_MODEL_STANDS,
                 abstract_model_bounds: Iterable[str] = ABSTRACT_MODEL_BOUNDS,
                 abstract_model_vetoes: Iterable[str] = ABSTRACT_MODEL_VETOES, veto_below: float = VETO_BELOW):
        self.abstract_model_vetoes = tuple(abstract_model_vetoes)
        self.veto_below = veto_below
        self.abstract_model_stands = tuple(abstract_model_stands)
        self.abstract_model_bounds = tuple(abstract_model_bounds)
        self.name = name
        self.groups = list(groups) if groups is not None else None
        self.weights = dict(weights or {})
        self.min_score = min_score
        self.passage_model_leads = tuple(passage_model_leads)
        self.model_lifts = tuple(model_lifts)

    def __call__(self, doc: Doc) -> Doc:
        groups = self.groups if self.groups is not None else sorted(
            g for g in doc.spans if g not in NON_ENTITY_GROUPS)
        passage = is_passage(doc)
        leads = self.passage_model_leads if self.passage_model_leads and passage else ()
        cands = collect_candidates(doc, groups, self.weights)
        # the token texts serve only the model's spans (their boundaries, well-formed names): not needed without one
        model = [c for c in cands if c.extractor in MODEL_EXTRACTORS]
        words = token_texts(doc, with_ws=True) if model else None
        if model:
            cands = split_coordinated_names(cands, words)
            model = [c for c in cands if c.extractor in MODEL_EXTRACTORS]
        merged = merge_candidates(cands, min_score=self.min_score, words=words, model_leads=leads,
                                  model_lifts=self.model_lifts)
        with_model = any(g in doc.spans for g in MODEL_EXTRACTORS)
        if not passage and self.abstract_model_vetoes and with_model:
            merged = model_veto(merged, model,
                                labels=self.abstract_model_vetoes, below=self.veto_below)
        if not passage and (self.abstract_model_stands or self.abstract_model_bounds):
            merged = model_lead(merged, model,
                                labels=self.abstract_model_bounds, stand_labels=self.abstract_model_stands,
                                stands=abstract_stands, words=words, min_score=self.min_score)
        if not passage:
            merged = trim_title_grading(drop_mechanism_tasks(drop_abilities(merged, doc), doc), doc)
            merged = task_measures(out_of_domain_guesses(complete_definitions(merged, doc), doc), doc)
        else:
            merged = bare_qualified_measures(drop_modifier_datasets(merged, doc), doc)
            if with_model:
                merged = drop_lone_defined_forms(merged)
        if not passage:
            merged = written_task_extensions(merged, doc)
        merged = bare_setting_tasks(defined_task_acronyms(non_name_definitions(confidence_intervals(merged, doc), doc),
                                                          doc), doc)
        if not passage:
            merged = task_acronym_datasets(language_dataset_names(written_task_suffixes(merged, doc), doc), doc)
        merged = sized_method_names(bare_split_metrics(merged, doc), doc)
        if is_paper_record(doc, passage):  # the sentence corpora mark the written span only
            merged = elided_conjuncts(merged, doc)
        spans = [Span(doc, m.start, m.end, label=m.label) for m in merged]
        set_span_group(doc, OUTPUT_GROUP, spans, {
            "scores": [round(m.score, 4) for m in merged],
            "extractors": [m.extractor for m in merged],
            "proposed": [m.proposed for m in merged],
            "entities": [m.entity for m in merged],
        })
        return doc


@Language.factory("kg_merge", assigns=["doc.spans"],
                  default_config={"groups": None, "weights": {}, "min_score": 0.5,
                                  "passage_model_leads": list(MODEL_LEAD_LABELS),
                                  "model_lifts": list(MODEL_LIFT_LABELS),
                                  "abstract_model_stands": list(ABSTRACT_MODEL_STANDS),
                                  "abstract_model_bounds": list(ABSTRACT_MODEL_BOUNDS),
                                  "abstract_model_vetoes": list(ABSTRACT_MODEL_VETOES), "veto_below": VETO_BELOW})
def make_entity_merger(nlp: Language, name: str, groups: list[str] | None, weights: dict[str, float],
                       min_score: float, passage_model_leads: list[str], model_lifts: list[str],
                       abstract_model_stands: list[str], abstract_model_bounds: list[str],
                       abstract_model_vetoes: list[str], veto_below: float) -> EntityMerger:
    """Factory of :class:`EntityMerger` (``passage_model_leads``: labels the model leads in a text
    without a title, see :func:`model_lead`, ``[]`` turns that off; ``model_lifts``: labels for which
    the model's agreement lifts another finder's guess under the threshold in an abstract,
    :data:`MODEL_LIFT_LABELS`)."""
    return EntityMerger(name, groups=groups, weights=weights, min_score=min_score,
                        passage_model_leads=passage_model_leads, model_lifts=model_lifts,
                        abstract_model_stands=abstract_model_stands, abstract_model_bounds=abstract_model_bounds,
                        abstract_model_vetoes=abstract_model_vetoes, veto_below=veto_below)


# -- mention spans in the published corpora's convention ----------------------------------------
#: Head nouns a dataset name keeps inside its mention span when they follow it ("the Penn Treebank
#: corpus", "SQuAD dataset", "WMT14 test set"): counted on the training splits, TDMSci keeps them
#: in 136 times of 140, the dataset-mentions corpus 1,393 of 1,393, SciREX 76 of 94.
DATASET_HEADS = (
    "data sets", "data set", "test sets", "test set", "test data", "dev set", "dev sets", "dev data",
    "development set", "development data", "training set", "training data", "evaluation set",
    "evaluation data", "validation set", "test collections", "test collection", "datasets", "dataset", "corpora", "corpus", "treebanks",
    "treebank", "benchmarks", "benchmark", "collections", "collection", "databases", "database", "data",
)
#: The last words of :data:`DATASET_HEADS`.
_DATASET_HEAD_ENDS = frozenset(head.rsplit(" ", 1)[-1] for head in DATASET_HEADS)
_HEAD_AFTER = re.compile(r"[ \t]+(?:" + "|".join(h.replace(" ", r"[ \t]+") for h in DATASET_HEADS) + r")(?![\w-])",
                         re.IGNORECASE)
#: ``long ( SHORT )``: what may stand between a long form and its short form, and after the short form.
_OPEN_PAREN = re.compile(r"[ \t]*\([ \t]*")
_CLOSE_PAREN = re.compile(r"[ \t]*\)")


def abbreviates(short: str, long: str) -> bool:
    """True when ``short`` can abbreviate ``long`` (Schwartz & Hearst 2003): its letters appear in
    ``long`` in order, the first one at the start of a word, and they are fewer than the long
    form's. Digits and symbols are skipped (``BERT4Rec``, ``FAVOR+``).

    >>> abbreviates("WER", "word error rate"), abbreviates("p-gpt", "ParallelGPT")
    (True, True)
    >>> abbreviates("LLaMA-2-70B", "LLaMA-3.1-70B"), abbreviates("HAT", "Transformer")
    (False, False)
    """
    letters = [c for c in short.lower() if c.isalpha()]
    low = long.lower()
    if not letters or len(letters) >= sum(map(str.isalpha, low)):
        return False
    i = len(low)
    for k in range(len(letters) - 1, -1, -1):
        c = letters[k]
        while True:
            i = low.rfind(c, 0, i)
            if i < 0:
                return False
            if k > 0 or i == 0 or not low[i - 1].isalnum():
                break
    return True


@dataclass(slots=True)
class MentionSpan:
    """A mention span in the corpus convention: character offsets, label, and the indices of the
    reconciled entity spans it covers (its first member gives the bare name)."""

    start: int
    end: int
    label: str
    members: tuple[int, ...]
    #: the members are distinct names coordinated before one head noun (:func:`_coordinated_datasets`), not one
    #: name's long and short forms: each keeps its own entity
    coordinated: bool = False


def corpus_spans(text: str, spans: list[tuple[int, int, str]], *,
                 join_labels: frozenset[str] | None = None) -> list[MentionSpan]:
    """Mention spans of ``spans`` (character offsets into ``text``) in the published corpora's convention.

    Rules 1 and 2 hold for the pipeline's output and the hand-made gold (an abstract: rule 3 does not apply):

    1. a DATASET name followed by a head noun (:data:`DATASET_HEADS`: "dataset", "corpus",
       "treebank", "test set", ...) takes it in (every head in a row), unless the head belongs to
       another span;
    2. two spans of one label written ``long (SHORT)``, where SHORT can abbreviate the long form
       (:func:`abbreviates`), become one span ("word error rate (WER)", "statistical machine
       translation (SMT)"): TDMSci's convention (SciREX splits them; the issue's target is TDMSci).
       Only for ``join_labels`` when given (:class:`MentionSpanFinisher`: not METHOD in a passage);
    3. in a passage (``join_labels`` given), DATASET names coordinated before one plural head noun become
       one span, each name a member (:func:`_coordinated_datasets`: the dataset-mentions corpus's convention).

    Spans keep their order; a span covered by no rule is returned as it is. The canonical names
    stay the bare ones (the caller keeps them through ``members``). Applying this twice changes
    nothing more.

    Example:
        >>> t = "We test on the SQuAD dataset and report word error rate (WER)."
        >>> out = corpus_spans(t, [(15, 20, "DATASET"), (40, 55, "METRIC"), (57, 60, "METRIC")])
        >>> [(t[m.start:m.end], m.members) for m in out]
        [('SQuAD dataset', (0,)), ('word error rate (WER)', (1, 2))]
        >>> [(t[m.start:m.end]) for m in corpus_spans(t, [(m.start, m.end, m.label) for m in out])]
        ['SQuAD dataset', 'word error rate (WER)']
    """
    order = sorted(range(len(spans)), key=lambda i: (spans[i][0], spans[i][1]))
    starts = sorted(s for s, _, _ in spans)
    out: list[MentionSpan] = []
    for i in order:
        start, end, label = spans[i]
        while label == "DATASET":  # every head in a row, so that a second pass takes nothing more
            m = _HEAD_AFTER.match(text, end)
            if not m:
                break
            later = bisect_left(starts, end)  # the first span starting at or after the name's end
            if later < len(starts) and starts[later] < m.end():
                break
            end = m.end()
        prev = out[-1] if out else None
        if (prev is not None and prev.label == label and len(prev.members) == 1 and prev.end <= start
                and (join_labels is None or label in join_labels)
                and _OPEN_PAREN.fullmatch(text, prev.end, start) and " " not in text[start:end].strip()
                and end - start < prev.end - prev.start and abbreviates(text[start:end], text[prev.start:prev.end])):
            close = _CLOSE_PAREN.match(text, spans[i][1])
            if close:
                prev.end = close.end()
                prev.members = prev.members + (i,)
                continue
        out.append(MentionSpan(start, end, label, (i,)))
    if join_labels is not None:
        out = _coordinated_datasets(text, out)
    return out


#: The plural head nouns of :data:`DATASET_HEADS` that names coordinated before them share (:func:`_coordinated_datasets`).
#: Not the split nouns ("test sets", "dev sets"), whose coordinations the corpora write apart ("CLC-FCE and JLE test
#: sets" in TDMSci's train split, two spans), nor "data" ("MOCHA and TORGO data", "the Title data and the Question
#: data": apart in both train splits).
_COORDINATED_HEADS = ("datasets", "data sets", "corpora", "benchmarks", "collections", "databases", "treebanks")
#: A plural dataset head noun ending a span: the names before it may share it (:func:`_coordinated_datasets`).
_PLURAL_HEAD_END = re.compile(r"(?:" + "|".join(_COORDINATED_HEADS) + r")$", re.IGNORECASE)
#: What stands between coordinated names.
_COORD_SEP = re.compile(r"(?:,|,? and|,? &|,? or)? (?:the )?")
#: A name that took its own head noun ("the Wikipedia dataset and the ACE corpora") is no member of a coordination.
_HEAD_END = re.compile(r"[ \t](?:" + "|".join(h.replace(" ", r"[ \t]+") for h in DATASET_HEADS) + r")$", re.IGNORECASE)


def _coordinated_datasets(text: str, out: list[MentionSpan]) -> list[MentionSpan]:
    """``out`` with a passage's DATASET names coordinated before one plural head noun as one span ("the IndBAN and
    IndDEV datasets", "ACE2004, MSNBC and AQUAINT data sets"): the dataset-mentions corpus's convention (112 of the
    114 such coordinations in its train split; TDMSci, with few of them, writes most apart). Each name stays a
    member (``coordinated``); a name that took its own head noun is no member.

    Example:
        >>> t = "We test on the ACE2004, MSNBC and AQUAINT data sets and on COCO."
        >>> out = corpus_spans(t, [(15, 22, "DATASET"), (24, 29, "DATASET"), (34, 41, "DATASET"), (59, 63, "DATASET")],
        ...                    join_labels=PASSAGE_JOIN_LABELS)
        >>> [(t[m.start:m.end], m.members, m.coordinated) for m in out]
        [('ACE2004, MSNBC and AQUAINT data sets', (0, 1, 2), True), ('COCO', (3,), False)]
        >>> t = "We train on the Wikipedia dataset and the ACE corpora."
        >>> out = corpus_spans(t, [(16, 25, "DATASET"), (42, 45, "DATASET")], join_labels=PASSAGE_JOIN_LABELS)
        >>> [t[m.start:m.end] for m in out]
        ['Wikipedia dataset', 'ACE corpora']
    """
    result: list[MentionSpan] = []
    for m in out:
        if m.label == "DATASET" and _PLURAL_HEAD_END.search(text, m.start, m.end):
            k = len(result)
            start = m.start
            while k > 0:
                prev = result[k - 1]
                if prev.label != "DATASET" or len(prev.members) != 1 or prev.end > start \
                        or not _COORD_SEP.fullmatch(text, prev.end, start) \
                        or _HEAD_END.search(text, prev.start, prev.end):
                    break
                k -= 1
                start = prev.start
            if k < len(result):
                members = tuple(j for x in result[k:] for j in x.members) + m.members
                del result[k:]
                result.append(MentionSpan(start, m.end, m.label, members, coordinated=True))
                continue
        result.append(m)
    return result


#: The labels whose ``long (SHORT)`` spans a passage joins (:func:`corpus_spans` rule 2): TDMSci's (tasks,
#: datasets, metrics). The sentence corpora that mark methods mark the two forms apart (SciREX: "convolutional
#: neural networks", "CNNs"; SciERC likewise); an abstract joins every label, as the hand-made gold does.
PASSAGE_JOIN_LABELS = frozenset({"TASK", "DATASET", "METRIC"})


class MentionSpanFinisher:
    """Rewrite ``doc.spans["kg_entities"]`` into the published corpora's span convention.

    Runs last, after ``kg_results`` and ``kg_relations`` (they work on the bare names):
    mention spans follow :func:`corpus_spans`, and ``attrs["entities"]`` keeps the bare
    canonical name of every changed span (its own canonical name, else its former text), so
    paper-level entity sets do not change. A joined ``long (SHORT)`` span keeps the long form's
    name, score and extractor; ``proposed`` if either part was. A result or relation argument
    that names one part of a joined span names the joined span (:func:`joined_arguments`): the
    mention stands for both forms, and an argument that is no mention's text would keep one of them.

    Reads ``doc.spans["kg_entities"]``, ``doc._.kg_results`` and ``doc._.kg_relations``; writes
    ``doc.spans["kg_entities"]`` and, where a span was joined, the arguments of ``doc._.kg_results`` and
    ``doc._.kg_relations`` (the relations stated of both parts merged into one, :func:`dedupe_relations`).
    """

    def __init__(self, name: str = "kg_mention_spans"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if OUTPUT_GROUP not in doc.spans or not len(doc.spans[OUTPUT_GROUP]):
            return doc
        group = doc.spans[OUTPUT_GROUP]
        attrs = group.attrs
        text = doc_text(doc)
        spans = [item[:3] for item in span_items(doc, OUTPUT_GROUP)]
        finished = corpus_spans(text, spans, join_labels=PASSAGE_JOIN_LABELS if is_passage(doc) else None)
        if all(len(m.members) == 1 and (m.start, m.end) == spans[m.members[0]][:2] for m in finished):
            return doc
        n = len(group)
        scores = list(attrs.get("scores") or [1.0] * n)
        extractors_ = list(attrs.get("extractors") or [""] * n)
        proposed = list(attrs.get("proposed") or [False] * n)
        entities = list(attrs.get("entities") or [None] * n)
        out_spans, out_attrs = [], {"scores": [], "extractors": [], "proposed": [], "entities": []}
        #: (start, end, label) of each part of a joined ``long (SHORT)`` span -> the joined span's offsets
        joined: dict[tuple[int, int, str], tuple[int, int]] = {}
        for m in finished:
            if m.coordinated:
                # one mention span in the corpus convention per name, each with its own bare name: the graph keeps
                # every coordinated dataset, and results and relations keep naming them
                span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
                for j in m.members:
                    out_spans.append(span if span is not None else group[j])
                    out_attrs["scores"].append(scores[j])
                    out_attrs["extractors"].append(extractors_[j])
                    out_attrs["proposed"].append(proposed[j])
                    out_attrs["entities"].append(entities[j] or text[spans[j][0]:spans[j][1]])
                continue
            first = m.members[0]
            span = doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            if span is None:
                span = group[first]
            changed = (span.start_char, span.end_char) != spans[first][:2]
            out_spans.append(span)
            out_attrs["scores"].append(max(scores[j] for j in m.members))
            out_attrs["extractors"].append(extractors_[first])
            out_attrs["proposed"].append(any(proposed[j] for j in m.members))
            bare = text[spans[first][0]:spans[first][1]]
            out_attrs["entities"].append(entities[first] or (bare if changed else None))
            if len(m.members) > 1:
                for j in m.members:
                    joined[spans[j][0], spans[j][1], m.label] = (span.start_char, span.end_char)
        set_span_group(doc, OUTPUT_GROUP, out_spans, out_attrs)
        if joined:
            underscore = doc._
            if underscore.kg_results:
                underscore.kg_results = joined_arguments(underscore.kg_results, joined, text, RESULT_ARGUMENTS)
            if underscore.kg_relations:
                underscore.kg_relations = dedupe_relations(
                    joined_arguments(underscore.kg_relations, joined, text, RELATION_ARGUMENTS))
        return doc


#: (argument field, its label field or fixed label) of a result and of a relation dict.
RESULT_ARGUMENTS = (("metric", "METRIC"), ("dataset", "DATASET"), ("method", "METHOD"))
RELATION_ARGUMENTS = (("subject", "subject_label"), ("object", "object_label"))


def joined_arguments(items: list[dict], joined: dict[tuple[int, int, str], tuple[int, int]], text: str,
                     arguments: tuple[tuple[str, str], ...]) -> list[dict]:
    """Result or relation dicts whose arguments name a part of a joined ``long (SHORT)`` span
    (``joined``: each part's ``(start, end, label)`` -> the joined span's offsets) rewritten to name the
    joined span: its text and offsets. "Large-scale Language Models Augmented with Medical Textbooks"
    and "LLM-AMT" both become "Large-scale Language Models Augmented with Medical Textbooks (LLM-AMT)",
    the mention whose names are both forms. Other dicts are returned as they are.

    Example:
        >>> t = "We use word error rate (WER) and BLEU."
        >>> rs = [{"metric": "WER", "metric_start": 24, "metric_end": 27, "dataset": None}]
        >>> out = joined_arguments(rs, {(7, 22, "METRIC"): (7, 28), (24, 27, "METRIC"): (7, 28)}, t, RESULT_ARGUMENTS)
        >>> out[0]["metric"], out[0]["metric_start"], out[0]["metric_end"]
        ('word error rate (WER)', 7, 28)
    """
    out = []
    for item in items:
        changed = None
        for field, label in arguments:
            start = item.get(f"{field}_start")
            if start is None or not item.get(field):
                continue
            bounds = joined.get((start, item.get(f"{field}_end"), label if label in ENTITY_LABELS else item.get(label)))
            if bounds is not None:
                changed = changed or dict(item)
                changed[field], changed[f"{field}_start"], changed[f"{field}_end"] = text[bounds[0]:bounds[1]], *bounds
        out.append(changed or item)
    return out


def dedupe_relations(relations: list[dict]) -> list[dict]:
    """Relations without the repeats :func:`joined_arguments` made (one relation stated of the long form
    and of the short form of one joined span), keeping the first with the highest confidence, and
    without a relation of a joined span with itself.

    Example:
        >>> r = {"relation": "based_on", "subject": "A (B)", "subject_start": 0, "subject_end": 5,
        ...      "object": "C", "object_start": 9, "object_end": 10, "confidence": 0.5}
        >>> [x["confidence"] for x in dedupe_relations([r, {**r, "confidence": 0.7}])]
        [0.7]
        >>> dedupe_relations([{**r, "object": "A (B)", "object_start": 0, "object_end": 5}])
        []
    """
    best: dict[tuple, int] = {}
    out: list[dict] = []
    for r in relations:
        if (r["subject_start"], r["subject_end"]) == (r["object_start"], r["object_end"]) and r["subject"]:
            continue
        key = (r["relation"], r["subject_start"], r["subject_end"], r["object_start"], r["object_end"])
        i = best.get(key)
        if i is None:
            best[key] = len(out)
            out.append(r)
        elif r.get("confidence", 0) > out[i].get("confidence", 0):
            out[i] = r
    return out


@Language.factory("kg_mention_spans", assigns=["doc.spans", "doc._.kg_results", "doc._.kg_relations"], default_config={})
def make_mention_span_finisher(nlp: Language, name: str) -> MentionSpanFinisher:
    """Factory of :class:`MentionSpanFinisher`."""
    return MentionSpanFinisher(name)
