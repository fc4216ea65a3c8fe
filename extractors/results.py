"""Reported numbers -> RESULT spans linked to a metric, a dataset and a method.

Why rules: abstracts state results in a few recurring shapes ("<metric> of
<num>", "<num> <metric> on <dataset>", "<method> achieves <num>", "by <num>",
lists aligned by "respectively"), and every shape can be recognised from the
sentence text plus the entity spans ``kg_merge`` already found, without a
parser. Numbers come from :func:`extractors._numbers.find_numbers`; this module
decides which are results and links each to the nearest fitting entity:

- **metric**: a METRIC right after the number ("84.56% accuracy", "1.7% higher
  accuracy") or right before it, joined by connector words ("F1 score of 0.91",
  "accuracy by 4.9%", "accuracies of 80.74%, 92.36%, and 82.25%");
- **dataset**: "<num> ... on/in/across <dataset>" after the number, else a
  preceding "on <dataset>" in the same clause ("on PACS, improvements of 7.3%");
- **method**: "for/with/using <method>" after the number, else the subject of
  the sentence (a METHOD directly followed by a verb such as "achieves"), else
  "our model"/"we" -> the paper's proposed method, else the first METHOD of the
  clause that is not a comparison object ("than X", "outperforms X"). A change the
  sentence gives the paper's method ("our approach improves Llama's accuracy from the
  original 0% to around 70%") puts the target under that method and the source under the
  base it starts from (or none: an unnamed baseline). A compared method (and its short
  form in parentheses) is never a number's method, not even through "respectively".
- **lists**: numbers joined by commas/"and" share what is linked to the list;
  with "respectively" (or "on A and B" right after the list) they are aligned
  one-to-one with an equally long list of datasets, methods or metrics.
- **ranges and compared pairs**: "2x to 5x", "a 1.7% to 6% drop", "ranging from 9.7% to
  12.2%", "3.4~10%" are ranges (one group; a change needs "from X to Y"); in "96% vs. 61%"
  the value after "vs." is the compared method's.

A bare number without a unit is a result only next to a metric ("nDCG of
0.48"), after a result verb ("achieves 0.91") or as the target of a change
("34.4 rightarrow 37.9", "from 79.4 to 86.7": the source is skipped).
Proportions ("50% of the training set") are skipped unless a result verb
("retains 97% of ...") precedes them; what the method removes or saves ("can prune up
to 30% of layers", "reduce 81.4% of the original length") and how often an outcome
happens ("only 8.8% of the time") are results even when nothing else ties them. ``confidence`` grows with how complete
the (value, metric, dataset, method) tuple is.

Reads ``doc.spans["kg_entities"]`` and ``doc.sents``; writes
``doc.spans["kg_results"]`` (label RESULT over the number, ``attrs["scores"]``
aligned) and ``doc._.kg_results`` (one dict per result, same order).

The module's second component, ``kg_efficiency`` (:class:`EfficiencyFilter`), runs
right after and drops from ``doc.spans["kg_entities"]`` the efficiency METRICs the
paper neither measures nor claims for its own work: whether one is measured depends on
the results, so the decision waits for them (GUIDELINES "Efficiency measures").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from extractors._extensions import doc_extension, set_doc_extension, set_span_group, span_items
from extractors._metrics import is_efficiency_name, unmeasured_efficiency
from extractors._numbers import Number, find_numbers
from extractors._regex import GatedPattern
from extractors.abbreviations import best_long_form
from extractors._spans import (
    ENTITY_GROUP,
    Ent,
    _ascii_lower,
    chain_of,
    comparison_objects,
    coordination_chains,
    doc_context,
    entities_in,
    is_coordination,
    is_subject_like,
    own_work_mentions,
    proposed_method,
    with_short_forms,
)
from extractors.labels import DATASET, METHOD, METRIC, RESULT, TASK
from extractors.lexicon import is_paradigm

if not Doc.has_extension("kg_results"):
    Doc.set_extension("kg_results", default=None, force=True)

#: Keys of every result dict, in order.
RESULT_KEYS = (
    "value", "unit", "raw", "start", "end", "is_delta",
    "metric", "metric_start", "metric_end",
    "dataset", "dataset_start", "dataset_end",
    "method", "method_start", "method_end",
    "confidence",
)

_TOKEN = re.compile(r"[^\W\d_][\w'’-]*|\d[\w.-]*|[^\w\s]")

_CONNECT = frozenset(
    "of by is was were are be reaches reached reaching reach achieves achieved achieving achieve to at from "
    "with around about approximately roughly nearly almost over above up more than less only just an a the "
    "average mean overall score scores value improves improved improving improve improvement improvements "
    "increases increased increase decrease decreased gain gains drop drops boost boosts margin relative "
    "reduction reductions degradation degradations decline declines enhancement enhancements rise "
    "absolute obtains obtained attains attained yields yielded records recorded sets set new high highest "
    "best top state-of-the-art sota its their our ( ) : = , ~ > < ≈ ≥ ≤ respectively original initial".split()
)
_AFTER_METRIC = frozenset(
    "absolute relative average mean overall higher lower better worse improvement improvements gain gains "
    "increase increases decrease reduction drop boost in of on the a an zero-shot few-shot one-shot "
    "5-shot 0-shot test top-1 top-5 macro micro weighted exact match fewer less more reduced reduction lower "
    "faster speedup speed-up times".split()
)
_AFTER_DATASET = frozenset(
    "on in across over for at of the a an both its their all test dev validation set sets split splits "
    "benchmark benchmarks dataset datasets subset subsets task tasks zero-shot few-shot average "
    "respectively absolute relative improvement improvements gain gains higher better accuracy , ( )".split()
)
_AFTER_METHOD = frozenset(
    "for with using by of on in the a an fine-tuned finetuned our base our pretrained pre-trained "
    "zero-shot few-shot prompting , ( )".split()
)
#: Evaluation settings that may sit between a number and its metric ("68.2% top-1 accuracy").
_SETTING = re.compile(r"(?:top-\d+|\d+-shot|zero-shot|few-shot|one-shot|\d+-way|k-shot|in-domain|out-of-domain|cross-domain)")
_METHOD_CUE = frozenset("for with using by".split())
_DATASET_CUE = frozenset("on in across over for at".split())
_COMPARISON_WORDS = frozenset("than compared versus vs vs. against over relative baseline baselines unlike".split())

_ARROW = re.compile(r"\s*(?:→|->|-->|⟶|=>|\$?\\?(?:right)?arrow\$?|\$?\\to\$?|\\rightarrow)\s*\Z", re.IGNORECASE)
_TO = re.compile(r"\s*(?:(?:down|up)\s+)?to\s*(?:(?:around|about|approximately|nearly|almost|roughly|over|above|more\s+than)\s+|~\s*)?\Z")
_FROM_BEFORE = re.compile(r"(?:\bfrom(?:\s+(?:the\s+|an?\s+)?(?:original|initial|baseline|base|vanilla))?|\()\s*\Z")
_RANGE_BEFORE = re.compile(r"\b(?:between|ranging|range|ranges|varying|varies|vary)\s+(?:from\s+)?\Z", re.IGNORECASE)
#: "2x to 5x", "a 1.7% to 6% drop", "3.4~10%": the second end of a range (a change needs "from": see ``_TO``).
_RANGE_GAP = re.compile(r"\s*(?:to|~)\s*\Z")
#: "improves accuracy by 2.1% to 85.3%": after "by" the change comes first, then the level it reaches (no range).
_BY_CHANGE_BEFORE = re.compile(
    r"\bby\s+(?:(?:up\s+to|over|about|around|approximately|nearly|almost|roughly|more\s+than|at\s+least)\s+"
    r"|[~>≥≈]\s*)*\Z", re.IGNORECASE)
#: "GSM8K: 96% vs. 61%", "4% mIoU (50.1 vs. 46.1)": the own value, then the compared method's.
_VS_GAP = re.compile(r"\s*(?:vs\.?|versus)\s*\Z", re.IGNORECASE)
_NUM_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|/\s*)(?:\(respectively\)\s*)?\Z|\s*/\s*\Z")
_PROPORTION_AFTER = re.compile(r"\s*(?:\)\s*)?of\s+(?!(?:accuracy|performance)\b)", re.IGNORECASE)
#: "only using ~10% of their trainable parameters", "only takes up 10% of embedding size": a saving the
#: method achieves (a result), unlike "0.1% of the data" (a setting).
_SAVING_OF = re.compile(
    r"\s*(?:\)\s*)?of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:parameters|params|weights|size|memory|compute|FLOPs|cost)\b", re.IGNORECASE)
#: "8.8% of the time": how often an outcome happens is a result, not a share of some data.
_OF_THE_TIME = re.compile(r"\s*of\s+the\s+time\b", re.IGNORECASE)
#: "can reduce 81.4% of the original length", "prunes 21% of the parameters", "can skip 25-30% of FFN blocks": what the
#: method removes or saves is its outcome (a capability), unlike the share of data a setting uses ("using 0.1% of the data").
_REMOVED_BEFORE = re.compile(
    r"\b(?:reduc(?:e|es|ing)|sav(?:e|es|ing)|prun(?:e|es|ing)|skip(?:s|ping)?|cut(?:s|ting)?|eliminat(?:e|es|ing)|"
    r"remov(?:e|es|ing))\s+(?:(?:of\s+)?the\s+(?:first|last)\s+)?"
    r"(?:(?:up\s+to|over|about|around|approximately|nearly|roughly|more\s+than|only|just|as\s+much\s+as)\s+|[~>≈]\s*)*\Z",
    re.IGNORECASE)
#: Who removes: a capability ("can prune", "could skip") or the method itself ("FFN-SkipLLM prunes", "while
#: reducing up to 45%", "the large variant prunes 21%"), not a setting the authors choose ("We remove 10% of the training data", "by removing").
_REMOVER_MODAL = re.compile(r"\b(?:can|could|may|might)\s+(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_REMOVER_COORDINATED = re.compile(r"(?:,\s*|\band\s+)(?:(?:also|further)\s+)?\Z", re.IGNORECASE)
_REMOVER_OWN = re.compile(
    r"\b(?:(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,2}|(?:the|this|each|both)\s+(?:[\w-]+\s+){0,2}"
    r"(?:method|model|approach|framework|variant|technique|algorithm|system|strategy|pruner)s?\s+)"
    r"(?:(?:also|further|only|still)\s+)?\Z", re.IGNORECASE)
_REMOVER_SETTING_ING = re.compile(r"\b(?:by|after|when|before|through|via|with|we)\s+\Z", re.IGNORECASE)
_REMOVER_ADVERB = re.compile(r"\s*(?:(?:[\w-]+ly|also|further|then)\s+)?\Z")
_MODAL_WORD = re.compile(r"\b(?:can|could|may|might)\b", re.IGNORECASE)
_WE = re.compile(r"\bwe\b", re.IGNORECASE)
_ONLY_BEFORE = re.compile(r"\bonly\b[^.;,\d]{0,25}\Z", re.IGNORECASE)
#: Sizes and settings ("20 times larger", "75% sparsity", "0.1% of the data") are not results; savings
#: ("35% smaller", "40% less compute", "90% fewer parameters") are.
_NOT_RESULT_AFTER = re.compile(
    r"\s*(?:larger|bigger|more\s+(?:trainable\s+)?(?:parameters|params|weights|data|compute)|(?:fewer|less)\s+data|"
    r"the\s+size|(?:of\s+(?:the\s+|its\s+)?)?(?:trainable\s+)?(?:parameters|params|weights)|"
    r"sparsity|sparse|pruning\s+ratio|masking|mask\s+ratio|dropout|noise|of\s+(?:the\s+)?(?:training\s+)?"
    r"(?:data|dataset|parameters|weights|tokens|compute|budget|samples|examples)|"
    # "50-1000 times more tokens", "2.6x/745x the amount of data", "~0.3% tokens of extended training",
    # "95% confidence interval", "down to 2 bits": data amounts, confidence levels and bit-widths
    r"more\s+(?:training\s+)?tokens|the\s+amount\s+of|tokens\s+of|confidence|CI|C\.I\.|bits?|bpw)\b",
    re.IGNORECASE,
)
#: "under 5 representative sparsity ratios (70%, 75%, 80%)", "at pruning rates of 50% and 70%": settings named first.
_SETTING_BEFORE = re.compile(
    r"\b(?:sparsity|pruning|masking|mask|dropout|sampling|learning|noise|drop|compression|poisoning|passing)\s+"
    r"(?:ratios?|rates?|levels?|scores?|thresholds?)"
    r"\s*(?:of\s+|\(\s*|:\s*|=\s*|,\s*|such\s+as\s+)?(?:up\s+to\s+|as\s+high\s+as\s+)?\Z",
    re.IGNORECASE,
)
#: "Despite being over 1,000 times smaller", "although it is 3x to 5x smaller": the concession that sets up a result.
_CONCESSIVE_BEFORE = re.compile(
    r"\b(?:despite|although|though)\s+(?:being|it\s+is|they\s+are|it's|having)\s+"
    r"(?:(?:over|about|approximately|nearly|around|roughly|up\s+to|only|more\s+than|almost)\s+|[~>≈]\s*)*\Z",
    re.IGNORECASE)
#: The size words such a concession grants (GUIDELINES: a size, decided on the neutral set); a speed or cost granted
#: the same way ("despite being 2.5x faster, X loses only ...") is the paper's outcome and stays a result.
_CONCESSIVE_SIZE_AFTER = re.compile(r"\s*(?:smaller|larger|bigger|fewer|less)\b", re.IGNORECASE)
_RESULT_VERB_BEFORE = re.compile(
    r"\b(?:achiev|reach|retain|recover|preserv|maintain|match|obtain|attain|keep|score|yield|get|record|hit|clos|solv|"
    r"narrow|bridg)\w*"
    r"\s+(?:[\w-]+\s+){0,3}\Z",
    re.IGNORECASE,
)
_VALUE_VERB_BEFORE = re.compile(
    r"\b(?:achiev|reach|obtain|attain|scor|yield|record|hit|get)\w*\s+(?:an?\s+|the\s+)?"
    r"(?:(?:average|mean|overall|score|of|up|to|over|about|around|approximately|nearly)\s+)*\Z",
    re.IGNORECASE,
)
_DELTA_BEFORE = re.compile(
    r"(?:\bby|\b(?:improv|gain|increas|boost|margin|gap|differen|reduc|drop|decreas|degrad|uplift|"
    r"enhanc|speed-?up|accelerat|sav(?:e|es|ed|ing)\b)\w*\s+(?:(?!to\b|from\b)[\w-]+\s+){0,2}?(?:of\s+)?"
    r"(?:(?:ranging|varying)\s+from\s+|between\s+)?)"
    r"\s*\(?\s*(?:(?:up\s+to|over|more\s+than|less\s+than|about|around|approximately|nearly|almost|roughly|"
    r"as\s+(?:much|high|large|small|little|low|many|few|far)\s+as|"
    r"at\s+least|at\s+most|an\s+average\s+of|on\s+average|average|only|just|a|an)\s+|[~>≥≈<]\s*)*\Z",
    re.IGNORECASE,
)
_DELTA_AFTER = re.compile(
    r"\s*(?:\)\s*)?(?:(?!(?:of|on|in|for|to|the|and|than|with|at|by)\b)[\w-]+\s+){0,3}?"
    r"(?:improvements?|gains?|increases?|boosts?|reductions?|drops?|decreases?|declines?|degradations?|"
    r"higher|lower|better|worse|more|less|fewer|faster|slower|smaller|larger|speed-?ups?|advantages?|margins?|"
    r"lift|uplift|jump|rise|enhancements?|absolute\s+improvement)\b",
    re.IGNORECASE,
)
#: "9.4% on A and 9.5% on B": the second number continues the first one's statement.
_AND_BEFORE = re.compile(
    r"(?:[^,;.]|\.\d){0,60}?(?:\)\s*)?(?:\band\s+|,\s*(?:and\s+)?)(?:by\s+)?"
    r"(?:(?:up\s+to|over|about|around|nearly|almost|roughly|approximately|more\s+than|at\s+least|an?)\s+|[~>≥≈]\s*)*\Z",
    re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+\Z", re.IGNORECASE)
_BY_FACTOR_BEFORE = re.compile(r"\bby\s+(?:a\s+)?factors?\s+of\s+(?:[\w~]+\s+){0,2}\Z", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|\b(?:while|whereas|but)\b|,\s*(?:which|and\s+(?:it|we|they))\b", re.IGNORECASE)
_RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
#: The two for an ASCII text's lower-case copy (:func:`_ascii_lower`: the same matches, ASCII letters fold alike),
#: tried only where a match can start (the case-insensitive scans try every position: ~2x and ~3.5x as slow).
_CLAUSE_BREAK_LOWER = GatedPattern(re.compile(_CLAUSE_BREAK.pattern), re.compile(r"[;,wb]"))
_RESPECTIVELY_LOWER = GatedPattern(re.compile(_RESPECTIVELY.pattern), re.compile("respectively"))


def _respectively(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` says "respectively" (``_RESPECTIVELY.search``)."""
    low = _ascii_lower(text)
    if low is None:
        return _RESPECTIVELY.search(text, start, end) is not None
    return _RESPECTIVELY_LOWER.search(low, start, end) is not None
_DIGIT = re.compile(r"\d")


def _first_digit(text: str, start: int) -> int:
    """Where the first digit (``\\d``) at or after ``start`` stands (``len(text)``: none).

    On an ASCII text, ten ``str.find`` (each a C scan for one character, stopping at the best so far) take ~2/3 of the
    time of the regex, which tests every character.

    Example:
        >>> [_first_digit(t, 2) for t in ("a 3 b 1", "ab c", "ab ٣")]
        [2, 4, 3]
    """
    if not text.isascii():
        m = _DIGIT.search(text, start)
        return m.start() if m is not None else len(text)
    find, first = text.find, len(text)
    for d in "0123456789":
        i = find(d, start, first)
        if i != -1:
            first = i
    return first


def _gap_ok(
    text: str,
    a: int,
    b: int,
    ents: Sequence[Ent],
    allowed: frozenset[str],
    *,
    placeholders: Sequence[str],
    max_tokens: int = 8,
    max_unknown: int = 0,
    need: frozenset[str] | None = None,
) -> bool:
    """True when ``text[a:b]`` holds only allowed words and entities with allowed labels."""
    if b < a:
        return False
    if b - a > 90:
        return False
    pieces = []
    cursor = a
    for e in ents:
        if e.end <= a or e.start >= b:
            continue
        if e.start < a or e.end > b or e.label not in placeholders:
            return False
        pieces.append(text[cursor:e.start])
        cursor = e.end
    pieces.append(text[cursor:b])
    tokens = [t.lower() for piece in pieces for t in _TOKEN.findall(piece)]
    if len(tokens) > max_tokens:
        return False
    unknown = 0
    for t in tokens:
        if t in allowed or _SETTING.fullmatch(t):
            continue
        if t in _COMPARISON_WORDS or not t[0].isalpha():
            return False
        unknown += 1
        if unknown > max_unknown:
            return False
    if need is not None and not any(t in need for t in tokens):
        return False
    return True


def _clause_bounds(text: str, s_start: int, s_end: int) -> list[tuple[int, int]]:
    bounds = []
    cursor = s_start
    low = _ascii_lower(text)
    breaks = (_CLAUSE_BREAK.finditer(text, s_start, s_end) if low is None
              else _CLAUSE_BREAK_LOWER.finditer(low, s_start, s_end))
    for m in breaks:
        bounds.append((cursor, m.start()))
        cursor = m.end()
    bounds.append((cursor, s_end))
    return bounds


def _clause_of(bounds: Sequence[tuple[int, int]], pos: int) -> tuple[int, int]:
    for a, b in bounds:
        if a <= pos < b:
            return a, b
    return bounds[-1]


#: "by 27% (relative) in MRR@10", "2.1 points (absolute)": a qualifier of the number, not a break before its metric.
_QUALIFIER_AFTER = re.compile(r"\s*\(\s*(?:relative|absolute|abs\.?|rel\.?)\s*\)", re.IGNORECASE)
#: "2+ points over the previous best result in the top-20 retrieval accuracy", "3.1% higher than BERT in F1": what
#: the number is compared with, between it and "in <metric>" (words and METHOD names only, no number of its own).
_COMPARED_BEFORE_IN = re.compile(
    r"\s*(?:(?:higher|better|lower|more|less|improvements?|gains?|increases?)\s+)?(?:over|than)\s+"
    r"(?:[^\s,;:()\[\]]+\s+){1,6}?(?=in\s)", re.IGNORECASE)


def _without_entities(text: str, start: int, end: int, ents: Sequence[Ent]) -> str:
    """``text[start:end]`` with the entities inside it left out."""
    out, cursor = [], start
    for e in sorted(ents, key=lambda e: e.start):
        if e.start >= start and e.end <= end:
            out.append(text[cursor:e.start])
            cursor = e.end
    out.append(text[cursor:end])
    return "".join(out)


#: Words that end a "<number> ... <metric>" stretch even when one unknown word is allowed.
_NOT_MODIFIER = re.compile(r"(?:and|or|but|while|with|than|whereas|which|that|to|from)\Z")


def _metric_after(text: str, n: Number, ents: Sequence[Ent], limit: int, *, loose: bool = False) -> Ent | None:
    """The METRIC right after a number ("84.56% accuracy", "1.7% higher accuracy").

    ``loose`` allows one more word that is not a joining word, for a number no metric
    precedes: "a 2.5x reduction in pre-training FLOPs", "15x model compression ratio". A parenthesised
    "(relative)" or "(absolute)" after the number qualifies it and is passed over: "by 27% (relative) in MRR@10".

    Example:
        >>> t = "a 2.5x reduction in pre-training FLOPs"
        >>> es = [Ent(33, 38, METRIC, "FLOPs")]
        >>> n = Number(2, 6, "2.5", "x", False, False)
        >>> _metric_after(t, n, es, len(t)), _metric_after(t, n, es, len(t), loose=True).text
        (None, 'FLOPs')
    """
    start = q.end() if (q := _QUALIFIER_AFTER.match(text, n.end)) else n.end
    if (c := _COMPARED_BEFORE_IN.match(text, start, limit)) is not None \
            and not any(e.label != METHOD and e.start < c.end() and e.end > start for e in ents) \
            and not _DIGIT.search(_without_entities(text, start, c.end(), ents)):
        start = c.end()  # "gains of 2+ points over the previous best result in the top-20 retrieval accuracy"
    for e in ents:
        if e.start < n.end or e.start > limit:
            continue
        if e.label == METRIC:
            if _gap_ok(text, start, e.start, ents, _AFTER_METRIC, placeholders=(DATASET,), max_tokens=5):
                return e
            if loose and not any(_NOT_MODIFIER.match(t.lower()) for t in _TOKEN.findall(text, start, e.start)) \
                    and _gap_ok(text, start, e.start, ents, _AFTER_METRIC, placeholders=(DATASET,), max_tokens=5,
                                max_unknown=1):
                return e
            return None
    return None


def _metric_before(text: str, first: Number, ents: Sequence[Ent], floor: int) -> Ent | None:
    for e in reversed(ents):
        if e.end > first.start or e.start < floor:
            continue
        if e.label == METRIC:
            if _gap_ok(text, e.end, first.start, ents, _CONNECT | _DATASET_CUE,
                       placeholders=(DATASET, METHOD), max_tokens=9):
                return e
            return None
    return None


#: "increases accuracy ...", "an increase in accuracy ...": the metric a later number changes.
_CHANGE_BEFORE_METRIC = re.compile(
    r"\b(?:increas|improv|boost|rais|enhanc|reduc|decreas|lower|gain|drop|cut|degrad)\w*\s+(?:in\s+|of\s+)?"
    r"(?:the\s+|its\s+|their\s+)?\Z",
    re.IGNORECASE,
)
_NO_BREAK = re.compile(r"[;\d]|\b(?:while|whereas|but|than)\b", re.IGNORECASE)


def _changed_metric(text: str, first: Number, ents: Sequence[Ent], floor: int) -> Ent | None:
    """The METRIC a change verb or noun names before the number ("A2C increases accuracy for X by up to 47%").

    Example:
        >>> t = "It shows an increase in accuracy of the base model up to 20% on AIME."
        >>> _changed_metric(t, Number(57, 60, "20", "%", False, False), [Ent(24, 32, "METRIC", "accuracy")], 0).text
        'accuracy'
    """
    for e in reversed(ents):
        if e.end > first.start or e.start < floor:
            continue
        if e.label != METRIC:
            continue
        if first.start - e.end <= 80 and _CHANGE_BEFORE_METRIC.search(text, max(floor, e.start - 30), e.start) \
                and not _NO_BREAK.search(text, e.end, first.start):
            return e
        return None
    return None


def _dataset_after(text: str, last: Number, ents: Sequence[Ent], limit: int, floor: int) -> Ent | None:
    for e in ents:
        if e.start < last.end or e.start > limit:
            continue
        if e.label == DATASET:
            gap = text[last.end:e.start]
            if _LIST_INTRO.search(gap) or _compared_over(text, floor, e.start, e.end):
                return None
            if _gap_ok(text, last.end, e.start, ents, _AFTER_DATASET | _AFTER_METRIC,
                       placeholders=(METRIC, METHOD, TASK), max_tokens=9, max_unknown=2, need=_DATASET_CUE) or \
                    _gap_ok(text, last.end, e.start, ents, _AFTER_METRIC, placeholders=(METRIC,), max_tokens=2):
                return e
            return None
    return None


#: "a performance improvement ranging from 9.7% to 12.2% over Wikipedia augmentation": after a change, "over" names
#: what the change is measured against (a baseline or setting), not the data it is measured on.
_OVER_BEFORE = re.compile(r"\bover\s+(?:the\s+)?\Z", re.IGNORECASE)
_CHANGE_WORD = re.compile(
    r"\b(?:improv\w*|gains?|increases?|boosts?|better|higher|lower|advantages?|margins?|outperform\w*)\b",
    re.IGNORECASE)


#: "over the CIFAR-100 baseline", "over HumanEval and MBPP baselines": the data the change is measured on.
_BASELINE_AFTER = re.compile(r"(?:\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)[\w.+-]+){0,3}\s+baselines?\b", re.IGNORECASE)


def _compared_over(text: str, floor: int, start: int, end: int) -> bool:
    """Whether a dataset at ``text[start:end]`` follows "over" after a change named since ``floor`` (the compared
    setting: "an improvement of 9.7% over Wikipedia augmentation"); not when it names the baseline's data ("a 2.4%
    improvement over the CIFAR-100 baseline", "by 5.2% over HumanEval and MBPP baselines": where it is measured).

    Example:
        >>> t = "an improvement from 9.7% to 12.2% over Wikipedia augmentation; 80% over GSM8K"
        >>> w, g = t.index("Wikipedia"), t.index("GSM8K")
        >>> _compared_over(t, 0, w, w + 9), _compared_over(t, 52, g, g + 5)
        (True, False)
        >>> t = "a 2.4% improvement over the CIFAR-100 baseline"
        >>> _compared_over(t, 0, t.index("CIFAR"), t.index(" baseline"))
        False
    """
    return _OVER_BEFORE.search(text, max(floor, start - 12), start) is not None \
        and _CHANGE_WORD.search(text, floor, start) is not None \
        and _BASELINE_AFTER.match(text, end) is None


_ON_BEFORE = re.compile(r"\b(?:on|in|across|over|for|at|of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
#: "answer variations from the TruthfulQA benchmark", "evaluations such as the NLI stress test": a dataset
#: introduced this way is the number's only when it is not one of a list ("such as A and B").
_EXAMPLE_BEFORE = re.compile(r"\b(?:from|such\s+as|including|like)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
#: A list of examples after the number ("on average over benchmarks like A, B, C") is not its dataset.
#: ("average" only as "on average" / "average over": "by 15.4% average performance on the GLUE benchmark" names its dataset)
_LIST_INTRO = re.compile(r"\b(?:like|such\s+as|including|e\.g\.|on\s+average|average\s+(?:over|across))\b", re.IGNORECASE)


def _dataset_before(text: str, first: Number, ents: Sequence[Ent], floor: int, claimed: set[Ent]) -> Ent | None:
    for e in reversed(ents):
        if e.end > first.start or e.start < floor:
            continue
        if e.label == DATASET and e not in claimed:
            if _TRAINED_ON_BEFORE.search(text, max(floor, e.start - 60), e.start):
                continue  # "By pretraining on the same ImageNet21k, ...": the training data, not where it is measured
            if _ON_BEFORE.search(text, max(floor, e.start - 36), e.start):
                return e
            if _EXAMPLE_BEFORE.search(text, max(floor, e.start - 36), e.start) and not _in_list(text, e, ents):
                return e
            if _scored_on(text, e, first, ents):
                return e
    return None


#: "By pretraining on the same ImageNet21k, ... achieves 87.3% on ImageNet ILSVRC2012": a dataset named after this is
#: what a model is pre-trained on, not what a number is measured on (unlike "training ResNet-50 on ImageNet" or
#: "finetuning on ImageNet ..., our best models obtain 89.2%", where the training data is the benchmark's). Words
#: between the verb and "on" are its object ("pre-training ViT on JFT"); "pretrained" before a word is an adjective
#: ("pretrained LLMs evaluated on GSM8K", "pretrained ResNet-50 backbones on COCO"): no pre-training data follows.
_TRAINED_ON_BEFORE = re.compile(
    r"\bpre-?train(?:ed\s+|(?:ing)?\s+(?:(?!on\b|with\b)[\w-]+\s+){0,3})"
    r"(?:on|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}\Z", re.IGNORECASE)
_SCORE_NOUN = re.compile(r"\b(?:scores?|performance|results?)\b", re.IGNORECASE)


def _scored_on(text: str, e: Ent, first: Number, ents: Sequence[Ent]) -> bool:
    """True when the dataset names the score the number is ("a RewardBench score of 85.15",
    "an MMLU accuracy of 70%"): a metric or a score noun, joined by connector words.

    Example:
        >>> t = "achieving a RewardBench score of 85.15"
        >>> _scored_on(t, Ent(12, 23, DATASET, "RewardBench"), Number(33, 38, "85.15", "", False, False), [])
        True
        >>> t = "on RewardBench, URPO reaches 85.15"
        >>> _scored_on(t, Ent(3, 14, DATASET, "RewardBench"), Number(29, 34, "85.15", "", False, False), [])
        False
    """
    if first.start - e.end > 40:
        return False
    gap_metric = any(x.label == METRIC and e.end <= x.start and x.end <= first.start for x in ents)
    if not gap_metric and not _SCORE_NOUN.search(text, e.end, first.start):
        return False
    return _gap_ok(text, e.end, first.start, ents, _CONNECT, placeholders=(METRIC,), max_tokens=6, max_unknown=1)


def _in_list(text: str, e: Ent, ents: Sequence[Ent]) -> bool:
    """True when another entity of ``e``'s label is coordinated with it ("A and B", "A, B")."""
    i = ents.index(e)
    before = ents[i - 1] if i > 0 else None
    after = ents[i + 1] if i + 1 < len(ents) else None
    return (before is not None and before.label == e.label and is_coordination(text[before.end:e.start])) or \
        (after is not None and after.label == e.label and is_coordination(text[e.end:after.start]))


def _method_after(text: str, last: Number, ents: Sequence[Ent], limit: int) -> Ent | None:
    for e in ents:
        if e.start < last.end or e.start > limit:
            continue
        if e.label == METHOD:
            if _gap_ok(text, last.end, e.start, ents, _AFTER_METHOD | _AFTER_METRIC | _AFTER_DATASET,
                       placeholders=(METRIC, DATASET), max_tokens=10, max_unknown=1, need=_METHOD_CUE):
                return e
            return None
    return None


#: "the previous best IS of 52.52 and FID of 18.65", "the prior state of the art of 80.1": a value the sentence gives
#: the earlier best (a change of it, "outperforms the previous best by 3%", is the subject's).
_PREVIOUS_BEST_VALUE = re.compile(
    r"\b(?:previous(?:ly)?|prior|former)\s+(?:best|state-of-the-art|state\s+of\s+the\s+art|sota|record)"
    r"(?:\s+(?:published|reported|results?|scores?))?\s+(?:(?!by\b)[^\s;,.]+\s+){0,3}?(?:of|is|was|=|:)\s*"
    r"(?:[\d.]+\s*%?\s*(?:,\s*(?:and\s+)?|and\s+)(?:(?!by\b)[^\s;,.]+\s+){0,3}?(?:of|is|was|=|:)\s*)*"
    r"(?:(?:about|around|only|just)\s+|~\s*)?\Z", re.IGNORECASE)


#: What may stand between a method's name and its number in parentheses: "LoRA (42.30%)", "LoRA (acc. 42.3)".
_PAREN_AFTER_NAME = re.compile(r"\s*\(\s*(?:[A-Za-z][\w@.\-]*\s*(?:[:=]|of)?\s*)?")


def _method_in_parentheses(text: str, first: Number, ents: Sequence[Ent]) -> Ent | None:
    """The METHOD whose own number this is, written in parentheses right after its name.

    >>> t = "surpassing LoRA (42.30%)"
    >>> _method_in_parentheses(t, Number(17, 23, "42.30", "%", False, False), [Ent(11, 15, METHOD, "LoRA")]).text
    'LoRA'
    """
    for e in ents:
        if e.label == METHOD and e.end <= first.start and _PAREN_AFTER_NAME.fullmatch(text, e.end, first.start):
            return e
    return None


#: A name (capitalised or with a digit) and an opening parenthesis right before a number: "Full FT (49.05%".
_NAME_PAREN_BEFORE = re.compile(r"(?<![\w.-])(?=[\w.-]*[A-Z0-9])[A-Za-z][\w.-]*\s*\(\s*\Z")
#: ... unless the name is an item of a list after a data preposition: "achieving the best results on ZorbBench (71.3%)
#: and QuixSet (64.2%)" names where the subject is measured, not whom it beats ("over" is not one: "improves over
#: LoRA (42.3%) and Full FT (49.1%)" names the compared).
_DATA_LIST_BEFORE_NAME = re.compile(r"\b(?:on|across)\s+(?:the\s+)?(?:[\w.-]+\s*\([^()]*\)\s*,?\s*(?:and\s+)?)*\Z")
#: A comparison named before a list of compared things: "surpassing", "outperforming", "compared to", "than".
_COMPARED_LIST_BEFORE = re.compile(
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|than|"
    r"compared\s+(?:to|with|against)|versus|vs\.?)\s", re.IGNORECASE)


def _baseline_in_parentheses(text: str, first: Number, ents: Sequence[Ent], c_start: int) -> bool:
    """Whether the number is written in parentheses right after a compared name that is no METHOD mention
    ("surpassing LoRA (42.30%), Full FT (49.05%)": a baseline's value, whoever the sentence's subject is).

    Example:
        >>> t = "SORSA achieved 56.03%, surpassing LoRA (42.30%), Full FT (49.05%)."
        >>> _baseline_in_parentheses(t, Number(58, 63, "49.05", "%", False, False), [], 0)
        True
        >>> t = "SORSA achieved state-of-the-art results (56.03%)."
        >>> _baseline_in_parentheses(t, Number(41, 46, "56.03", "%", False, False), [], 0)
        False
        >>> t = "SORSA surpasses LoRA, with the best results on FooSet (56.0%) and BarSet (49.1%)."
        >>> _baseline_in_parentheses(t, Number(74, 78, "49.1", "%", False, False), [], 0)
        False
    """
    floor = max(c_start, first.start - 120)
    if not (name := _NAME_PAREN_BEFORE.search(text, max(floor, first.start - 40), first.start)):
        return False
    if _DATA_LIST_BEFORE_NAME.search(text, max(floor, name.start() - 80), name.start()):
        return False  # "on FooSet (56.0%) and BarSet (49.1%)": where the subject is measured
    if any(e.end <= first.start <= e.end + 4 and e.start >= floor for e in ents):
        return False  # the name is a mention: its own rule links it ("LoRA (42.30%)", "GSM8K (63%)")
    return _COMPARED_LIST_BEFORE.search(text, floor, first.start) is not None


#: What may stand between a dataset's name and the number it labels: "GSM8K (63%)", "JEEBench: 80%", "MMLU = 70.1",
#: "ADE20K (mIoU 50.1)".
_LABEL_AFTER_DATASET = re.compile(r"\s*(?:\s|\(\s*(?:[A-Za-z][\w@.\-]*\s*(?:[:=]|of)?\s*)?|[:=]\s*)")


def _dataset_labelling(text: str, first: Number, ents: Sequence[Ent]) -> Ent | None:
    """The DATASET whose number this is, written right after its name in parentheses or after a colon.

    >>> t = "on GSM8K (96%), JEEBench: 80%"
    >>> _dataset_labelling(t, Number(26, 28, "80", "%", False, False),
    ...                    [Ent(3, 8, DATASET, "GSM8K"), Ent(16, 24, DATASET, "JEEBench")]).text
    'JEEBench'
    """
    for e in reversed(ents):
        if e.end <= first.start:
            if e.label == DATASET and _LABEL_AFTER_DATASET.fullmatch(text, e.end, first.start):
                return e
            return None
    return None


def _aligned(text: str, group: Sequence[Number], chains: Sequence[Sequence[Ent]], label: str,
             s_start: int, s_end: int, respectively: bool) -> Sequence[Ent] | None:
    """An equally long list of ``label`` entities the numbers map onto, if any."""
    k = len(group)
    if k < 2:
        return None
    best = None
    for chain in chains:
        if len(chain) != k or chain[0].label != label:
            continue
        if respectively:
            dist = min(abs(chain[0].start - group[-1].end), abs(group[0].start - chain[-1].end))
            if best is None or dist < best[0]:
                best = (dist, chain)
        elif chain[0].start >= group[-1].end and re.fullmatch(
            r"\s*(?:on|in|across|for)\s+(?:the\s+)?", text[group[-1].end:chain[0].start], re.IGNORECASE
        ):
            return chain
    return best[1] if best else None


def _is_delta(text: str, n: Number, floor: int, ceiling: int) -> bool:
    if n.signed:
        return True
    if _DELTA_BEFORE.search(text, max(floor, n.start - 60), n.start):
        return True
    if n.unit == "x" and _BY_FACTOR_BEFORE.search(text, max(floor, n.start - 40), n.start):
        return True  # "reducing the number of parameters by a factor of 20"
    return bool(_DELTA_AFTER.match(text, n.end, min(ceiling, n.end + 50)))


def _confidence(unit: str, accepted_by: str, metric: Ent | None, dataset: Ent | None, method: Ent | None,
                weak_method: bool | None) -> float:
    base = {"%": 0.5, "points": 0.5, "x": 0.4}.get(unit, 0.45)
    if accepted_by == "target":
        base = max(base, 0.5)
    score = base + (0.2 if metric else 0.0) + (0.15 if dataset else 0.0)
    if method:
        score += 0.1 if weak_method is False else 0.05
    return round(min(score, 0.95), 2)


def _entity_fields(prefix: str, e: Ent | None) -> dict[str, Any]:
    if e is None:
        return {prefix: None, f"{prefix}_start": None, f"{prefix}_end": None}
    return {prefix: e.text, f"{prefix}_start": e.start, f"{prefix}_end": e.end}


def find_results(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent]) -> list[dict[str, Any]]:
    """Find the results stated in ``text`` (pure; offsets index ``text``).

    Args:
        text: the document text.
        sentences: ``(start, end)`` character bounds of its sentences.
        entities: sorted entity spans (labels METHOD, DATASET, METRIC, TASK).

    Returns:
        One dict per result with the keys of :data:`RESULT_KEYS`, in text order.

    Example:
        >>> t = "BERT reaches an F1 score of 0.91 on SQuAD."
        >>> es = [Ent(0, 4, "METHOD", "BERT"), Ent(16, 24, "METRIC", "F1 score"), Ent(36, 41, "DATASET", "SQuAD")]
        >>> r = find_results(t, [(0, len(t))], es)[0]
        >>> (r["value"], r["unit"], r["metric"], r["dataset"], r["method"], r["is_delta"], r["confidence"])
        ('0.91', '', 'F1 score', 'SQuAD', 'BERT', False, 0.9)
    """
    # a training paradigm (SFT, ICL, KD ...: how a model is made) is no result's method: the gold of every set holds
    # none ("SFT reaches 41.2%" is rare; "BERT models utilizing self-supervised learning outperformed ... by 7.1%",
    # "the ICL improvements of Mamba-2 ... to 132%" are common), so the numbers link as if it were not named
    entities = sorted(e for e in entities if e.label != METHOD or not is_paradigm(e.text, text))
    own = proposed_method(entities, text)
    # a number no sentence word ties to a method defaults to the paper's method, but only when the
    # paper proposes one: "the three distilled models ... ~35% smaller" is about all of them
    sole = own is not None and _distinct_names({e.text for e in entities if e.proposed and e.label == METHOD}) <= 1
    out: list[dict[str, Any]] = []
    previous: tuple[int, int] | None = None
    # the first digit at or after ``searched`` (len(text): none): one scan for the sentences in a row without one
    searched, digit = -1, -1
    for s_start, s_end in sentences:
        if s_start < searched or digit < s_start:
            searched, digit = s_start, _first_digit(text, s_start)
        if digit >= s_end:  # no digit in the sentence
            previous = (s_start, s_end)
            continue
        ents = entities_in(entities, s_start, s_end)
        nums = [n for n in find_numbers(text, s_start, s_end)
                if not any(e.start < n.end and n.start < e.end for e in ents)]
        if nums:
            it = _previous_subject(text, entities, previous, own) if text.startswith("It ", s_start) else None
            out.extend(_sentence_results(text, s_start, s_end, ents, nums, own, sole, it))
        previous = (s_start, s_end)
    complete_restatements(out)
    return out


def _previous_subject(text: str, entities: Sequence[Ent], previous: tuple[int, int] | None,
                      own: Ent | None) -> Ent | None:
    """What a sentence-initial "It" stands for: the previous sentence's acting METHOD when it is the paper's
    own (proposed, or a variant named after it: "ResNLS-5 outperforms vanilla CNN ... It also demonstrates
    at least a 20% improvement").

    Example:
        >>> t = "ResNLS-5 outperforms CNN. It also shows a 20% gain."
        >>> _previous_subject(t, [Ent(0, 8, METHOD, "ResNLS-5"), Ent(21, 24, METHOD, "CNN")], (0, 25),
        ...                   Ent(40, 46, METHOD, "ResNLS", True)).text
        'ResNLS-5'
    """
    if previous is None or own is None or own.label != METHOD:
        return None
    for e in entities_in(entities, *previous):
        if e.label == METHOD:
            if (e.proposed or e.text.startswith(own.text)) and is_subject_like(text, e, previous[1]):
                return e
            return None
    return None


def _distinct_names(names: set[str]) -> int:
    """How many things the names stand for: a name inside another ("LLaRP" in "... Policy (LLaRP)") is the same.

    A short form and the long form it abbreviates are one thing too ("HFT" and "Half Fine-Tuning", written
    as two spans when the paper defines the short form).

    Example:
        >>> _distinct_names({"HFT", "Half Fine-Tuning", "Half Fine-Tuning (HFT)"})
        1
        >>> _distinct_names({"BiPFT", "Binary Pretrained Foundation Transformer"})
        1
        >>> _distinct_names({"Distil-BERT-base-ro", "DistilMulti-BERT"})
        2
    """
    lows = sorted({n.casefold() for n in names}, key=len)
    group = list(range(len(lows)))

    def root(i: int) -> int:
        while group[i] != i:
            i = group[i]
        return i

    shorts = {n.casefold(): n for n in names if " " not in n and sum(c.isupper() for c in n) >= 2}
    for i, short in enumerate(lows):
        for j in range(i + 1, len(lows)):
            if short in lows[j] or (short in shorts and " " in lows[j]
                                    and best_long_form(shorts[short], lows[j]) == lows[j]):
                group[root(j)] = root(i)
    return len({root(i) for i in range(len(lows))})


def complete_restatements(results: list[dict[str, Any]]) -> None:
    """Fill a result's missing metric/dataset/method from the same number stated elsewhere.

    Abstracts often repeat a headline number ("achieves 86.81% on GSM8k" ...
    "achieves 86.81% pass@1"); each statement carries part of the tuple. A
    field is filled only when every other statement of the number agrees on it.

    Example:
        >>> rs = [{"value": "86.81", "unit": "%", "metric": None, "metric_start": None, "metric_end": None,
        ...        "dataset": "GSM8k", "dataset_start": 5, "dataset_end": 10, "confidence": 0.7},
        ...       {"value": "86.81", "unit": "%", "metric": "pass@1", "metric_start": 40, "metric_end": 46,
        ...        "dataset": None, "dataset_start": None, "dataset_end": None, "confidence": 0.7}]
        >>> complete_restatements(rs)
        >>> [(r["metric"], r["dataset"], r["confidence"]) for r in rs]
        [('pass@1', 'GSM8k', 0.8), ('pass@1', 'GSM8k', 0.8)]
    """
    by_value: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for r in results:
        by_value.setdefault((r["value"], r["unit"]), []).append(r)
    for same in by_value.values():
        if len(same) < 2:
            continue
        fields = ("metric", "dataset", "method")
        if any(len({r[f] for r in same if r.get(f)}) > 1 for f in fields):
            continue  # the same number measures different things: not a restatement
        for field in fields:
            known = {r[field] for r in same if r.get(field)}
            if len(known) != 1:
                continue
            source = next(r for r in same if r.get(field))
            for r in same:
                if not r.get(field):
                    r[field] = source[field]
                    r[f"{field}_start"] = source[f"{field}_start"]
                    r[f"{field}_end"] = source[f"{field}_end"]
                    r["confidence"] = round(min(0.95, r["confidence"] + 0.1), 2)


class _OwnWork:
    """``own_work_mentions(text, s_start, end)`` for many ``end`` in one sentence, in about linear time.

    The sentence is scanned once; a query keeps the mentions that end well before ``end`` (``_OWN_TAIL``
    characters: more than a mention and its look-ahead span) and rescans only the rest, from a point no
    mention crosses, so it returns what the bounded scan returns (tests/extractors/test_results.py
    compares them at every number of the gold abstracts). Per-group bounded scans made a long sentence
    with many numbers quadratic ("can prune up to 30% of layers," x300).

    Example:
        >>> t = "Our model prunes 30% of layers; it reduces 20% of heads and our method saves 10%."
        >>> idx = _OwnWork(t, 0, len(t))
        >>> all(idx.upto(e) == own_work_mentions(t, 0, e) for e in range(len(t) + 1))
        True
    """

    def __init__(self, text: str, s_start: int, s_end: int) -> None:
        self.text, self.s_start, self.s_end = text, s_start, s_end
        self.full: list[tuple[int, int]] | None = None  # the sentence's mentions, scanned when first needed
        self.ends: list[int] = []

    def upto(self, end: int) -> list[tuple[int, int]]:
        q = max(self.s_start, end - _OWN_TAIL)
        if q == self.s_start:
            # no mention ends by the sentence's start (none is empty): the bounded scan is the answer (most numbers
            # stand within _OWN_TAIL characters of their sentence's start, so most sentences never need the full scan)
            return own_work_mentions(self.text, q, end)
        if self.full is None:
            self.full = own_work_mentions(self.text, self.s_start, self.s_end)
            self.ends = [b for _, b in self.full]
        k = bisect_right(self.ends, q)  # mentions ending by q (the list is sorted by start, and so by end)
        if k < len(self.full) and self.full[k][0] < q:
            q = self.full[k][0]  # a mention crossing q: rescan from its start
        return self.full[:k] + own_work_mentions(self.text, q, end)


_OWN_TAIL = 200


def _removed_by_method(text: str, s_start: int, verb: int, ents: list[Ent]) -> bool:
    """Whether the removal verb at ``verb`` states what the method can remove (an outcome), not a setting.

    Example:
        >>> t = "FFN-SkipLLM can skip 25% of FFN blocks. We skip 25% of tokens during training."
        >>> _removed_by_method(t, 0, t.index("skip"), []), _removed_by_method(t, 40, t.rindex("skip"), [])
        (True, False)
    """
    before = max(s_start, verb - 150)
    if _REMOVER_MODAL.search(text, max(s_start, verb - 40), verb) or _REMOVER_OWN.search(text, before, verb):
        return True
    if any(e.label == METHOD and before <= e.end <= verb and _REMOVER_ADVERB.match(text, e.end, verb) for e in ents):
        return True  # "FFN-SkipLLM prunes 21% of the parameters"
    if text[verb:verb + 20].split(" ", 1)[0].lower().endswith("ing"):
        return not _REMOVER_SETTING_ING.search(text, max(s_start, verb - 10), verb)  # "while reducing up to 45%"
    if _REMOVER_COORDINATED.search(text, max(s_start, verb - 12), verb):
        # "can reduce 81.4% of the original length ... and save 80.1% of budget overheads"
        modal = None
        for modal in _MODAL_WORD.finditer(text, before, verb):
            pass
        return modal is not None and not _WE.search(text, modal.end(), verb)
    return False


def _sentence_results(text: str, s_start: int, s_end: int, ents: list[Ent], nums: list[Number],
                      own: Ent | None, sole: bool = True, it: Ent | None = None) -> list[dict[str, Any]]:
    # 1. which numbers are results, and how we know
    skip: set[int] = set()
    accepted: dict[int, str] = {}
    for i, n in enumerate(nums):
        if i + 1 < len(nums):
            gap = text[n.end:nums[i + 1].start]
            if _ARROW.match(gap) or (
                _TO.match(gap) and _FROM_BEFORE.search(text, max(s_start, n.start - 24), n.start)
                and not _RANGE_BEFORE.search(text, max(s_start, n.start - 30), n.start)
            ):
                accepted[i] = "source"
                accepted[i + 1] = "target"

    # 2. lists of numbers
    groups: list[list[int]] = []
    comparison: tuple[list[list[Ent]], set[Ent]] | None = None  # found early only for a sentence with "A vs. B"
    for i, n in enumerate(nums):
        if i in skip:
            continue
        if groups and groups[-1][-1] == i - 1 and _VS_GAP.match(text[nums[i - 1].end:n.start]):
            # "outperforming Gemini on GSM8K: 96% vs. 61%": a pair only when the compared method comes first;
            # in "FooNet achieves 96% vs. 61% for GPT-4" each number keeps its own method
            if comparison is None:
                comparison = _chains_and_compared(text, ents, s_start)
            if any(e.label == METHOD and e.end <= nums[groups[-1][0]].start for e in comparison[1]):
                groups[-1].append(i)
                continue
        # "by 1.1 points and 24.54 BLEU on B": a number with its unit and a bare one with its own measure after it are
        # two statements (a list writes its unit on every item or once after the last: "57 and 79 points"; an item
        # without a measure after it is the list's with its unit left out: "by 8.4% and 6.1 on A and B, respectively")
        unit_then_bare = i > 0 and bool(nums[i - 1].unit) and not n.unit and any(
            e.label == METRIC and e.start >= n.end and not text[n.end:e.start].strip() for e in ents)
        if groups and groups[-1][-1] == i - 1 and (
            (_NUM_LIST_GAP.match(text[nums[i - 1].end:n.start]) and not unit_then_bare)
            or (n.is_range and nums[i - 1].is_range and nums[i - 1].end <= n.start <= nums[i - 1].end + 3)
            or (accepted.get(i) == "target" and accepted.get(i - 1) == "source")
            or (i not in accepted and _RANGE_GAP.match(text[nums[i - 1].end:n.start])
                and not (nums[i - 1].unit and n.unit and nums[i - 1].unit != n.unit)
                and not (n.unit != "x"  # "speeds it up by 2x to 5x" stays a range: a factor is no level
                         and _BY_CHANGE_BEFORE.search(text, max(s_start, nums[i - 1].start - 30), nums[i - 1].start)))
        ):
            groups[-1].append(i)
        else:
            groups.append([i])

    # a proportion ("50% of the data") is not a result unless a result verb governs the list
    kept = []
    outcomes: set[int] = set()
    for group in groups:
        first, last = nums[group[0]], nums[group[-1]]
        removed = last.unit == "%" and _REMOVED_BEFORE.search(text, max(s_start, first.start - 40), first.start)
        if last.unit == "%" and (_OF_THE_TIME.match(text, last.end, s_end)
                                 or (removed and _removed_by_method(text, s_start, removed.start(), ents))):
            kept.append(group)  # "fool our model only 8.8% of the time", "can prune up to 30% of layers": outcomes
            outcomes.update(group)
            continue
        if _NOT_RESULT_AFTER.match(text, last.end, s_end) \
                or _SETTING_BEFORE.search(text, max(s_start, first.start - 40), first.start):
            continue
        if _CONCESSIVE_SIZE_AFTER.match(text, last.end, s_end) \
                and _CONCESSIVE_BEFORE.search(text, max(s_start, first.start - 50), first.start):
            continue  # "despite being 35 times smaller, X outperforms ...": a size granted, not an outcome reported
        if last.unit == "%" and _PROPORTION_AFTER.match(text, last.end, s_end) and not _RESULT_VERB_BEFORE.search(
            text, max(s_start, first.start - 50), first.start
        ) and not (_SAVING_OF.match(text, last.end, s_end) and _ONLY_BEFORE.search(text, max(s_start, first.start - 30),
                                                                                    first.start)):
            continue
        if last.unit == "%" and _PROPORTION_AFTER.match(text, last.end, s_end):
            outcomes.update(group)  # "solved 20% of the tasks", "retains 97% of its performance": an outcome
        kept.append(group)
    groups = kept
    if not groups:
        return []  # most sentences with a number report none (sizes, settings, proportions)
    chains, compared = comparison or _chains_and_compared(text, ents, s_start)
    clauses = _clause_bounds(text, s_start, s_end)
    own_work = _OwnWork(text, s_start, s_end)

    respectively = _respectively(text, s_start, s_end)
    low = text[s_start:s_end].lower()
    previous_cue = "previous" in low or "prior" in low or "former" in low  # the gate of _PREVIOUS_BEST_VALUE
    claimed: set[Ent] = set()
    results: list[dict[str, Any]] = []
    previous_metric: tuple[Ent, str, tuple[int, int]] | None = None
    previous_metric_end = s_start
    previous_delta: tuple[str, int] | None = None
    # "F1 scores of 0.79 on A, 0.86 on B, and 0.89 on C": (end of the dataset, metric, unit) of the last pair
    pair: tuple[int, Ent, str] | None = None
    for gi, group in enumerate(groups):
        members = [nums[i] for i in group]
        if members[-1].unit and len(members) > 1:
            # "57 and 79 points", "1.9 and 2.5%": the unit is written once for the list
            members = [n if n.unit else n._replace(unit=members[-1].unit) for n in members]
        first, last = members[0], members[-1]
        c_start, c_end = _clause_of(clauses, first.start)
        next_start = nums[groups[gi + 1][0]].start if gi + 1 < len(groups) else s_end
        prev_end = nums[groups[gi - 1][-1]].end if gi > 0 else s_start
        limit = min(next_start, c_end)
        group_metric_before = _metric_before(text, first, ents, max(c_start, prev_end))
        changed_metric = None if group_metric_before else _changed_metric(text, first, ents, max(c_start, prev_end))
        group_metric_before = group_metric_before or changed_metric
        if group_metric_before is None and pair is not None and pair[2] == first.unit and pair[0] <= first.start \
                and _PAIR_GAP.fullmatch(text, pair[0], first.start):
            group_metric_before = pair[1]
        pair = None
        after_metrics = [_metric_after(text, n, ents, limit, loose=group_metric_before is None) for n in members]
        if after_metrics[-1] is None and group_metric_before is not None and _OWN_MEASURE_AFTER.match(text, last.end) \
                and _metric_before(text, first, ents, max(c_start, prev_end)) is group_metric_before \
                and not _VALUE_GAP.fullmatch(text, group_metric_before.end, first.start):
            # "AlexNet-level accuracy with 50x fewer parameters": a comparative and a noun after the number name
            # its own measure; the metric before it belongs to another statement
            group_metric_before = None
        if after_metrics[-1] is not None:
            # "2-11% improvement in answer accuracy", "57 and 79 points in F1": written once after the list
            after_metrics = [m or after_metrics[-1] for m in after_metrics]

        # acceptance
        why = []
        for i, n in zip(group, members, strict=True):
            if i in accepted:
                why.append(accepted[i])
            elif n.unit:
                why.append("unit")
            elif group_metric_before or after_metrics[members.index(n)]:
                why.append("metric")
            elif "." in text[n.start:n.end] and _VALUE_VERB_BEFORE.search(text, max(s_start, n.start - 40), n.start):
                why.append("verb")
            else:
                why.append("")
        if any(why):
            why = [w or "list" for w in why]
        else:
            continue

        d_aligned = _aligned(text, members, chains, DATASET, s_start, s_end, respectively)
        # "speedups compared to prior accelerators ANT and OliVe, respectively": the compared list is what the
        # numbers are measured against, not whose numbers they are
        m_aligned = _aligned(text, members, [c for c in chains if not compared.intersection(c)], METHOD, s_start,
                             s_end, respectively) if respectively else None
        x_aligned = _aligned(text, members, chains, METRIC, s_start, s_end, respectively) if respectively else None
        group_dataset = None
        if d_aligned is None:
            # "on GSM8K (96%), JEEBench (80%)": a dataset labelling the number is its own, claimed by no other
            group_dataset = _dataset_labelling(text, first, ents)
            if group_dataset is not None:
                pass
            elif (group_dataset := _dataset_after(text, last, ents, limit, max(c_start, prev_end))) is not None:
                claimed.add(group_dataset)
            else:
                group_dataset = _dataset_before(text, first, ents, max(c_start, s_start), claimed)
        group_method = None if m_aligned else (_method_in_parentheses(text, first, ents)
                                               or _method_after(text, last, ents, limit))
        weak_method: bool | None = False
        subject_path = False
        if m_aligned is None and group_method is None and _baseline_in_parentheses(text, first, ents, c_start):
            # "surpassing LoRA (42.30%), Full FT (49.05%), and PiSSA (53.07%)": the value of a compared
            # baseline the sentence names (a METHOD or not), never the subject's
            weak_method = True
        elif m_aligned is None and group_method is None:
            group_method, weak_method = _subject_method(text, first, ents, compared, own, c_start, s_start, sole,
                                                        chains, own_work)
            if it is not None and group_method is own:
                group_method, weak_method = it, False  # "It also demonstrates ...": the previous sentence's subject
            subject_path = group_method is not None

        own_change: tuple[Ent, int] | tuple[()] | None = None
        # "improvements of 0.27% and 2.4%", "a 2-11% improvement": the list states one kind of number
        group_delta = len(members) > 1 and (
            _is_delta(text, first, max(c_start, prev_end), first.end)
            or bool(_DELTA_AFTER.match(text, last.end, min(limit, last.end + 50)))
        )
        for k, (n, reason) in enumerate(zip(members, why, strict=True)):
            metric = after_metrics[k] or group_metric_before
            if x_aligned:
                metric = x_aligned[k]
            # "3.8% higher accuracy at 3.5x speed", "a 2.6x FLOPs reduction, 5.1x parameter reduction": a ratio
            # followed by a measure noun that is no METRIC mention names its own measure, not the one before it
            own_ratio = (n.unit == "x" and after_metrics[k] is None and not x_aligned
                         and _RATIO_OWN_NOUN.match(text, n.end) is not None)
            if own_ratio:
                metric, previous_metric = None, None
            carried = False
            if (metric is None and not own_ratio and previous_metric and _same_scale(previous_metric[1], n.unit)
                    and previous_metric[2] == (c_start, c_end)
                    and not _OWN_MEASURE_AFTER.match(text, last.end)
                    and not _names_own_measure(text, n.end, ents)
                    and (k > 0 or (_carries_metric(text, previous_metric_end, n)
                                   and not _OWN_MEASURE_BY.search(text, previous_metric_end, n.start)))):
                metric, carried = previous_metric[0], True
            dataset = d_aligned[k] if d_aligned else group_dataset
            if carried and dataset is None and results and results[-1]["dataset"] is not None \
                    and results[-1]["metric_start"] == metric.start and results[-1]["end"] >= c_start:
                # "achieves an 86.54% overall accuracy on ScienceQA, improving the best published result by 11.37%":
                # the measure carried over from the clause's previous number is on the same dataset
                dataset = next((e for e in ents if e.start == results[-1]["dataset_start"]), None)
            if respectively and d_aligned is None and m_aligned is None and x_aligned is None and k > 0 \
                    and reason != "target" and (dataset is None or _coordinated(text, dataset, ents)):
                # "88.1% and 97% on D and its subset, respectively": D belongs to one number only (not "the WMT 15
                # translation tasks English-German and English-Russian ... by 1.1 and 1.3 BLEU, respectively":
                # what the numbers align with is in D)
                dataset = None
            method = m_aligned[k] if m_aligned else group_method
            if subject_path and previous_cue \
                    and _PREVIOUS_BEST_VALUE.search(text, max(c_start, n.start - 90), n.start):
                # "our models achieve an IS of 166.5 ..., improving over the previous best IS of 52.52 and FID of
                # 18.65": the value of the unnamed earlier best, not the subject's
                method = None
            if k > 0 and _VS_GAP.match(text, members[k - 1].end, n.start):
                # "outperforming Gemini 2.0 Flash on GSM8K: 96% vs. 61%": the value after "vs." is the compared one's
                method = next((e for e in reversed(ents) if e in compared and e.label == METHOD
                               and e.end <= first.start), None)
            if reason in ("list",) and metric is None and not n.unit:
                continue
            if metric is not None:
                previous_metric = (metric, n.unit, (c_start, c_end))
                previous_metric_end = n.end
            if reason in ("source", "target"):
                delta = False  # "from 79.4% to 86.7%": both are values, the change is implied
            else:
                delta = group_delta or (changed_metric is not None and metric is changed_metric) or \
                    _is_delta(text, n, max(c_start, prev_end), limit)
                if (not delta and previous_delta is not None and previous_delta[0] == n.unit
                        and previous_delta[1] >= c_start and _AND_BEFORE.match(text[previous_delta[1]:n.start])):
                    delta = True
                previous_delta = (n.unit, n.end) if delta else None
            raw_start = n.start
            if delta and _BY_BEFORE.search(text, max(s_start, n.start - 4), n.start):
                raw_start = text.rindex("by", max(s_start, n.start - 4), n.start)
            if not (delta or metric or dataset or (method is not None and weak_method is not None)
                    or group[k] in outcomes or own_ratio):
                # tied to nothing in its sentence: a background statistic, not a result
                continue
            if method is not None and method.label != METHOD:
                # "our framework improves ... by 29.1%" in a paper that proposes only a benchmark (WikiDYK):
                # a result of the paper's work, with no method named
                method = None
            if reason in ("source", "target"):
                if own_change is None:
                    own_change = _own_change_method(text, s_start, first.start, ents, own, compared, own_work)
                if own_change:
                    # "our approach improves Llama's accuracy from 0% to 70%": the change is the paper's method's,
                    # the source the value of the base it starts from (named, or an unnamed baseline)
                    own_ent, said_end = own_change
                    if reason == "target":
                        method = own_ent
                    elif method is None or method.proposed or method.text == own_ent.text:
                        method = next((e for e in reversed(ents) if said_end <= e.start and e.end <= first.start
                                       and e.label == METHOD and not e.proposed and e.text != own_ent.text
                                       and e not in compared), None)
            elif delta and method is not None and method.start > n.end and not method.proposed and not m_aligned:
                # "the proposed method improves ... (e.g., +4.19 F1 in StreamingQA with Llama-2-7b)": the gain is
                # the paper's method's; the model after the number only hosts it
                if own_change is None:
                    own_change = _own_change_method(text, s_start, first.start, ents, own, compared, own_work)
                if own_change:
                    method = own_change[0]
            result = {
                "value": n.value,
                "unit": n.unit,
                "raw": text[raw_start:n.end],
                "start": n.start,
                "end": n.end,
                "is_delta": delta,
                **_entity_fields("metric", metric),
                **_entity_fields("dataset", dataset),
                **_entity_fields("method", method),
                "confidence": _confidence(n.unit, reason, metric, dataset, method, weak_method),
            }
            results.append(result)
            if k == len(members) - 1 and metric is not None and dataset is not None and dataset.start > n.end \
                    and d_aligned is None:
                pair = (dataset.end, metric, n.unit)
            elif k == len(members) - 1 and metric is not None and dataset is None \
                    and (purpose := _FOR_PURPOSE.match(text, n.end, limit)) is not None:
                # "an average RougeL score of 85.5 for planning and 96.5 for calling": the next number of the pair
                pair = (purpose.end(), metric, n.unit)
    share_trailing_metric(text, results, ents)
    if not respectively:
        share_trailing_dataset(text, results, ents)
    share_clause_dataset(text, clauses, results, ents)
    share_following_measure(text, results)
    share_sentence_metric(text, s_start, s_end, results, ents)
    share_absolute_measure(text, s_start, s_end, results, ents)
    return results


#: "at the cost of 1% model performance degradation": words before the change noun name the changed measure, which
#: is no METRIC mention; the metric of the clause's earlier number does not carry over to it.
_OWN_CHANGE_NOUN = re.compile(
    r"\s*(?:(?!(?:and|or|on|in|of|for|with|to|than|over|the|a|an|absolute|relative|average|overall)\b)[a-z][\w-]*\s+)"
    r"{1,3}(?:degradation|drop|improvement|gain|boost|increase|decrease|reduction|loss|decline)s?\b")


def _own_change_noun(text: str, end: int, ents: Sequence[Ent]) -> bool:
    """Whether the words after a number name a changed measure that is no METRIC mention ("1% model performance
    degradation"), unlike a METRIC's change ("an 11.2% accuracy improvement").

    Example:
        >>> t = "at the cost of 1% model performance degradation, an 11.2% accuracy improvement"
        >>> _own_change_noun(t, 17, []), _own_change_noun(t, 61, [Ent(62, 70, METRIC, "accuracy")])
        (True, False)
    """
    m = _OWN_CHANGE_NOUN.match(text, end)
    return m is not None and not any(e.label == METRIC and end <= e.start < m.end() for e in ents)


#: "at 3.5x speed", "5.1x parameter reduction", "2x memory savings": a ratio's own measure noun right after it.
_RATIO_OWN_NOUN = re.compile(
    r"\s*(?:(?!(?:and|or|but|while|with|than|to|in|of|on|for|the|a|an)\b)[a-z][a-z-]*\s+)?"
    r"(?:speed|throughput|memory|reduction|savings?|compression|acceleration|cost)\b")


#: "a 20% reduction in computational consumption", "40x fewer training tokens": the number names its own measure.
_OWN_MEASURE_NOUN = re.compile(
    r"\s*(?:[a-z-]+\s+){0,2}?(?:reduction|improvement|increase|decrease|gain|drop|saving|savings|boost)s?\s+(?:in|of)\s+"
    r"(?!(?:the\s+|its\s+|their\s+)?(?:accuracy|performance|score|scores)\b)[a-z]",
    re.IGNORECASE,
)


def _names_own_measure(text: str, end: int, ents: Sequence[Ent], *, change_noun: bool = True) -> bool:
    """Whether the words after a number (from ``end``) name the number's own measure, so that a metric written
    elsewhere in the sentence is not its: a size or speed ("35% smaller", "3x faster"), a comparative and a noun ("50x
    fewer parameters"), a change of something ("a 20% reduction in computational consumption"), a share of the
    parameters ("1% of the trainable parameters") or, with ``change_noun``, a change of a measure that is no METRIC
    mention ("1% model performance degradation"). The one test of the metric-sharing passes (sentence, absolute
    value, trailing list); a ratio's measure noun (:data:`_RATIO_OWN_NOUN`: "3.5x speed") is tested where it applies.

    Example:
        >>> t = "it is 35% smaller, with a 20% reduction in FLOPs and 1% performance degradation; 2% better"
        >>> [_names_own_measure(t, t.index(n) + len(n), []) for n in ("35%", "20%", "1%", "2%")]
        [True, True, True, False]
    """
    return bool(_SIZE_AFTER.match(text, end) or _OWN_MEASURE_AFTER.match(text, end)
                or _OWN_MEASURE_NOUN.match(text, end) or _OWN_MEASURE_PARAMS.match(text, end)) \
        or (change_noun and _own_change_noun(text, end, ents))


#: The rest of a range after its first number ("2-8x").
_RANGE_REST = re.compile(r"\s*(?:-|–|~|to)\s*\d[\d.]*\s*(?:%|x|×|times)?")
#: "fewer than 1% additional trainable parameters", "~10% of their trainable parameters": a size, not the metric's.
_OWN_MEASURE_PARAMS = re.compile(
    r"\s*(?:of\s+)?(?:the\s+|its\s+|their\s+)?(?:additional\s+|extra\s+)?(?:trainable\s+)?(?:parameters|params|weights)\b",
    re.IGNORECASE)
#: "a boost in accuracy but at a significant cost": a contrast between the metric and the number.
_CONTRAST = re.compile(r";|\b(?:but|while|whereas)\b", re.IGNORECASE)
#: "54M FLOPs inference cost": the metric is the unit of a number before it (a setting).
_NUMBER_BEFORE = re.compile(r"\d[\d.,]*\s*[KMBT%x]?\s*\Z")


def share_sentence_metric(text: str, s_start: int, s_end: int, results: list[dict[str, Any]], ents: Sequence[Ent]) -> None:
    """Give a result with no metric the one measure its sentence names before it.

    "we measure and compare latency to find a 21%-42% gain", "74% top-1 accuracy, which is 3.1% better
    than ...", "a substantial enhancement in ... accuracy ..., exhibiting an improvement ranging from
    11.4% to 13.2%": the number is of the only metric named before it. Not when another metric follows
    the number in the sentence, when the number names its own measure ("a 20% reduction in
    computational consumption", "5.5-times memory-saving"), nor when the metric's own numbers have another
    unit ("perplexity decreased from 9.64 to 7.23, ... an additional 20% reduction").

    Example:
        >>> t = "we measure latency and find a 21% gain"
        >>> es = [Ent(11, 18, METRIC, "latency")]
        >>> rs = [{"start": 30, "end": 33, "unit": "%", "metric": None, "metric_start": None, "metric_end": None,
        ...        "confidence": 0.5}]
        >>> share_sentence_metric(t, 0, len(t), rs, es)
        >>> rs[0]["metric"], rs[0]["confidence"]
        ('latency', 0.6)
    """
    if _respectively(text, s_start, s_end):
        return  # "improves overall rankings and top-k precision by 10% and 38%, respectively": aligned, not shared
    starts = {r["start"] for r in results}
    for r in results:
        if r["metric"] is not None:
            continue
        end = r["end"]
        if (rest := _RANGE_REST.match(text, end)) is not None:
            end = rest.end()  # "a 2-8x longer sequence length": what follows the range's end
        before = [e for e in ents if e.label == METRIC and e.end <= r["start"]
                  and not _CONTRAST.search(text, e.end, r["start"])
                  and not ((b := _NUMBER_BEFORE.search(text, s_start, e.start)) and b.start() not in starts)]
        if not before or _distinct_names({e.text for e in before}) != 1:
            continue
        if any(e.label == METRIC and e.start >= r["end"] and e.end <= s_end for e in ents):
            continue
        m = before[-1]
        if _names_own_measure(text, end, ents) and not (_SPEED_AFTER.match(text, end) and "speed" in m.text.casefold()):
            # "we measure accuracy and find FooNet is 35% smaller": a size of its own, no accuracy (but "DSI is
            # evaluated for speedups ...: DSI is 1.29x faster than SI" is of the speed-up the sentence names)
            continue
        if _NEW_PREDICATE.search(text, m.end, r["start"]) or _OWN_MEASURE_BY.search(text, m.end, r["start"]):
            continue  # "improves training speed by 25%, and reduces the number of parameters by 4%"
        if r["unit"] == "x" and "speed" not in m.text.casefold():
            continue  # "a better FID score and reducing the training compute by up to 2.3x": ratios name their own measure
        if any(o["metric"] is not None and o["metric"].casefold() == m.text.casefold()
               and not _same_scale(o["unit"], r["unit"]) for o in results):
            continue
        r["metric"], r["metric_start"], r["metric_end"] = m.text, m.start, m.end
        r["confidence"] = round(min(0.95, r["confidence"] + 0.1), 2)


#: Between a value and the change stated next to it: a new statement ("; while whereas but", ", and achieves"),
#: a concession, or a new predicate with its own object ends the value's measure.
_ABSOLUTE_BREAK = re.compile(
    r"[;]|\b(?:while|whereas|but|without|despite|except|unlike|respectively)\b"
    r"|,\s*(?:and\s+)?(?:also\s+)?(?:achiev|reach|obtain|attain|sets?\b|yield|record|reduc|sav|cut|lower)\w*",
    re.IGNORECASE)


def share_absolute_measure(text: str, s_start: int, s_end: int, results: list[dict[str, Any]],
                           ents: Sequence[Ent]) -> None:
    """Give a change stated right after a value the value's metric, and its dataset when the measure is one.

    "a top-20 retrieval accuracy of 84 on Natural Questions, an improvement of 5 points over BM25", "84.3%
    accuracy on ImageNet, a 5.2% improvement over ResNet-50", "58.8% accuracy on the MATH dataset with PaLM
    2-L, an 11.2% accuracy improvement over ...": the change is of the value's measure on the value's data
    (GUIDELINES: the slots the sentence ties the number to; the tuning gold fills them for such changes).
    Only for the result right before the change, with a compatible unit (equal, or "points" of a bare or
    % value), no other METRIC or DATASET between them, no new statement or predicate between them, and a
    change that does not name a measure of its own ("5x faster", "a 40% reduction in FLOPs"). The dataset
    goes with the metric only: "outperforming ViT by 2.0% accuracy" after "87.3% top-1 accuracy on ImageNet"
    names its own measure and keeps no dataset, as the gold has it. Two more shapes of the same statement: a list
    of changes after one value ("22.5 BLEU points in WMT 2014, 5.5 points more than A, and 0.5 points more than
    B": each change of the same unit takes what the first took), and "points" after a value with a dataset and no
    metric written ("85.2% on MMLU, 3.1 points higher than GPT-4": the dataset). "improving over X by 2 BLEU" is
    no new predicate (:data:`_NEW_PREDICATE`): "over" names what the change is measured against.

    Example:
        >>> t = "it reaches an accuracy of 84 on NQ, an improvement of 5 points over BM25"
        >>> es = [Ent(14, 22, METRIC, "accuracy"), Ent(32, 34, DATASET, "NQ"), Ent(70, 74, METHOD, "BM25")]
        >>> rs = [{"start": 26, "end": 28, "unit": "", "is_delta": False, "metric": "accuracy", "metric_start": 14,
        ...        "metric_end": 22, "dataset": "NQ", "dataset_start": 32, "dataset_end": 34, "confidence": 0.8},
        ...       {"start": 54, "end": 62, "unit": "points", "is_delta": True, "metric": None, "metric_start": None,
        ...        "metric_end": None, "dataset": None, "dataset_start": None, "dataset_end": None,
        ...        "confidence": 0.5}]
        >>> share_absolute_measure(t, 0, len(t), rs, es)
        >>> rs[1]["metric"], rs[1]["dataset"], rs[1]["confidence"]
        ('accuracy', 'NQ', 0.7)
    """
    source: dict[int, dict[str, Any]] = {}  # a change that took a value's measure -> that value
    for prev, r in zip(results, results[1:]):
        value = source.get(id(prev)) if prev["is_delta"] else prev
        if not r["is_delta"] or value is None or prev["end"] > r["start"]:
            continue
        if value["metric"] is None and (value["dataset"] is None or r["unit"] != "points"):
            continue
        if r["metric"] is not None and r["dataset"] is not None:
            continue
        if not _same_scale(value["unit"], r["unit"]) or (prev is not value and prev["unit"] != r["unit"]):
            continue
        if r["metric"] is not None and (value["metric"] is None or r["metric_start"] != value["metric_start"]
                                        and r["metric"].casefold() != value["metric"].casefold()):
            continue  # "by 2.0% accuracy" after "87.3% top-1 accuracy": a measure of its own
        own = {prev.get("metric_start"), prev.get("dataset_start"), prev.get("method_start")}
        if any(e.label in (METRIC, DATASET) and prev["end"] <= e.start and e.end <= r["start"]
               and e.start not in own for e in ents):
            continue
        if _ABSOLUTE_BREAK.search(text, prev["end"], r["start"]) or _NEW_PREDICATE.search(text, prev["end"], r["start"]):
            continue
        end = r["end"]
        if (rest := _RANGE_REST.match(text, end)) is not None:
            end = rest.end()
        if _names_own_measure(text, end, ents, change_noun=r["metric"] is None):
            # "a 40% reduction in training time", "3x faster": a measure of its own, known or not ("1% model
            # performance degradation" only when the change has no metric yet: "81.2% accuracy on ImageNet, a
            # 3.1% performance gain" already measures the accuracy, on the value's data)
            continue
        if r["metric"] is None and any(e.label == METRIC and e.start >= end and e.end <= s_end for e in ents):
            continue
        gained = 0.0
        if r["metric"] is None and value["metric"] is not None:
            r["metric"], r["metric_start"], r["metric_end"] = value["metric"], value["metric_start"], value["metric_end"]
            gained += 0.1
        if r["dataset"] is None and value["dataset"] is not None:
            r["dataset"], r["dataset_start"], r["dataset_end"] = (value["dataset"], value["dataset_start"],
                                                                  value["dataset_end"])
            gained += 0.1
        r["confidence"] = round(min(0.95, r["confidence"] + gained), 2)
        source[id(r)] = value


#: What joins a metric to its own value ("accuracy of", "F1 score is", "accuracy: "): the number is the metric's.
_VALUE_GAP = re.compile(r"\s*(?:scores?\s+)?(?:of|is|was|=|:|reaches|reached)?\s*(?:about|around|only|just|~)?\s*")
#: "a 2-8x longer sequence length": a comparative and a noun after the number name its own measure.
_OWN_MEASURE_AFTER = re.compile(
    r"\s*(?:longer|shorter|larger|smaller|bigger|fewer|less|more|lower|higher|wider|deeper|cheaper)\s+"
    r"(?!than\b|and\b|or\b|in\b|on\b)[a-z]",
    re.IGNORECASE,
)
#: "reducing GPU memory by 41% and latency during training by 17%", "improving EAGLE-2 by 9.5% and its acceptance
#: length by 25%": the second number has a measure of its own, named between "and" and "by".
_OWN_MEASURE_BY = re.compile(
    r"\band\s+(?!by\b)(?:its\s+|the\s+|their\s+)?[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,5}?\s+by\s+"
    r"(?:[~≈>]\s*|(?:up\s+to|about|around|over|nearly|approximately|more\s+than|roughly)\s+)*\Z")
#: ", and reduces the number of parameters by": a new predicate with its own object between two numbers.
_NEW_PREDICATE = re.compile(
    r"(?:,|\band\b|\bwhile\b)\s+(?:also\s+|further\s+)?(?:reduc|increas|improv|decreas|cut|lower|speed|boost|rais|"
    r"accelerat|sav|shrink|compress|enhanc)\w*\s+(?:up\s+)?(?:the\s+|its\s+|their\s+)?"
    r"(?!(?:by|best|previous|prior|state|sota|baselines?|performance|results?|scores?|the|its|their|over|upon)\b)[a-z]",
    re.IGNORECASE,
)


def _same_scale(unit: str, other: str) -> bool:
    """Whether numbers with these units can be of one measure: equal units, or "points" of a bare or % score.

    "a top-20 retrieval accuracy of 84, an improvement of 5 points", "84.3% accuracy ..., 2.1 points higher":
    points are the scale of the score itself (GUIDELINES write "points" only where the text says so).

    Example:
        >>> _same_scale("", "points"), _same_scale("%", "points"), _same_scale("%", "x"), _same_scale("", "%")
        (True, True, False, False)
    """
    return unit == other or (other == "points" and unit in ("", "%")) or (unit == "points" and other in ("", "%"))


def _carries_metric(text: str, prev_end: int, n: Number) -> bool:
    """Whether the metric of the previous number of the clause (ending at ``prev_end``) carries over to ``n``.

    It does over a list ("accuracy of 80% on A, 82% on B"), not over a new predicate with its own
    object ("training speed by 25%, and reduces the number of parameters by approximately 4%"). (Nor
    does it reach a list naming its own measure, "a 2-8x longer sequence length": the caller checks.)

    Example:
        >>> t = "speed by 25%, and reduces the number of parameters by 4%"
        >>> _carries_metric(t, 12, Number(52, 54, "4", "%", False, False))
        False
        >>> t = "accuracy of 80% on A, 82% on B"
        >>> _carries_metric(t, 15, Number(22, 25, "82", "%", False, False))
        True
    """
    return not _NEW_PREDICATE.search(text, prev_end, n.start)


#: Words between two "<metric> by <number>" / "<number> in <metric>" statements of one list.
_PAIR_JOIN = frozenset("and & by in of , ( ) its their the".split())


def share_trailing_dataset(text: str, results: list[dict[str, Any]], ents: Sequence[Ent]) -> None:
    """Give a dataset named after the last of several number/metric pairs to the pairs before it.

    "improves Hits@1 by 1.6% and F1 by 4.7% on WebQSP" and "improvements of 4.8% in
    Hits@1 and 2.1% in F1 on CWQ": the dataset closes the whole list, but only the
    number next to it sees it. A result takes its right neighbour's dataset when it has
    none, the neighbour's dataset follows the neighbour's number, and only metrics and
    joining words stand between the two numbers.

    Example:
        >>> t = "it improves Hits@1 by 1.6% and F1 by 4.7% on WebQSP"
        >>> es = [Ent(12, 18, METRIC, "Hits@1"), Ent(31, 33, METRIC, "F1"), Ent(45, 51, DATASET, "WebQSP")]
        >>> rs = [{"start": 22, "end": 26, "dataset": None, "dataset_start": None, "dataset_end": None,
        ...        "confidence": 0.7},
        ...       {"start": 37, "end": 41, "dataset": "WebQSP", "dataset_start": 45, "dataset_end": 51,
        ...        "confidence": 0.85}]
        >>> share_trailing_dataset(t, rs, es)
        >>> rs[0]["dataset"], rs[0]["confidence"]
        ('WebQSP', 0.85)
    """
    for i in range(len(results) - 2, -1, -1):
        r, nxt = results[i], results[i + 1]
        if r["dataset"] is not None or nxt["dataset"] is None or nxt["dataset_start"] < nxt["end"]:
            continue
        if r.get("is_delta") and not nxt.get("is_delta"):
            continue  # "outperforming the state of the art by 1.1 points and 24.54 BLEU on B": a new statement
        if not _gap_ok(text, r["end"], nxt["start"], ents, _PAIR_JOIN, placeholders=(METRIC,), max_tokens=6):
            continue
        r["dataset"], r["dataset_start"], r["dataset_end"] = nxt["dataset"], nxt["dataset_start"], nxt["dataset_end"]
        r["confidence"] = round(min(0.95, r["confidence"] + 0.15), 2)


#: Words between two "<method> by <number>" items of one compared list: "LLaMa-2 7B by 27.6% points, and math specialised
#: LLMs such as Minerva 8B by", "... in GSM8k" (the prepositions of a setting).
_LIST_ITEM_JOIN = frozenset("and & by , ( ) its their the such as points on in for of at over".split())


#: "by 1%, which amounts to a 5% reduction in error rate", "a 2-point gain, i.e., a 10% relative error reduction": the
#: second number restates the change in another measure; it closes no list.
_RESTATED = re.compile(r"\b(?:which|that|i\.e\.|i\.\s*e\.|corresponding|equivalent|amounting|translating)\b",
                       re.IGNORECASE)


def share_trailing_metric(text: str, results: list[dict[str, Any]], ents: Sequence[Ent]) -> None:
    """Give a metric named after the last change of a list to the changes before it.

    "outperformed A by 28.4% points, B by 27.6% points, and C by 3.0% points in GSM8k test accuracy", "(27.9%
    zero-shot, and 46.0% few-shot absolute accuracy improvement)": the measure closes the whole list, but only the
    number next to it sees it (the mirror of :func:`share_trailing_dataset`). A result takes its right neighbour's
    metric when it has none, the neighbour's metric is written after the neighbour's number, both are changes with
    one unit, the result names no measure of its own ("1.12 times memory reduction and 3.24 times speed gains",
    "74% smaller") and only names, settings and joining words (at most four unknown) stand between the two numbers.

    Example:
        >>> t = "it beats A by 2.1% points, B by 3.0% points in test accuracy"
        >>> es = [Ent(9, 10, METHOD, "A"), Ent(27, 28, METHOD, "B"), Ent(47, 60, METRIC, "test accuracy")]
        >>> rs = [{"start": 14, "end": 25, "unit": "points", "is_delta": True, "metric": None, "metric_start": None,
        ...        "metric_end": None, "confidence": 0.5},
        ...       {"start": 32, "end": 43, "unit": "points", "is_delta": True, "metric": "test accuracy",
        ...        "metric_start": 47, "metric_end": 60, "confidence": 0.7}]
        >>> share_trailing_metric(t, rs, es)
        >>> rs[0]["metric"], rs[0]["confidence"]
        ('test accuracy', 0.6)
    """
    for i in range(len(results) - 2, -1, -1):
        r, nxt = results[i], results[i + 1]
        if r["metric"] is not None or nxt["metric"] is None or nxt["metric_start"] < nxt["end"] \
                or not (r["is_delta"] and nxt["is_delta"]) or r["unit"] != nxt["unit"]:
            continue
        end = r["end"]
        if _names_own_measure(text, end, ents) or _RATIO_OWN_NOUN.match(text, end):
            continue  # "1.12 times memory reduction and 3.24 times speed gains": a measure of its own
        if (own := _OWN_MEASURE_BY.search(text, r["end"], nxt["start"])) is not None and not any(
                e.label == METHOD and own.start() <= e.start and e.end <= own.end() for e in ents):
            continue  # "reduces cost by 40% and improves results by 3.0% in accuracy": a new measure, not a list
        if not _gap_ok(text, r["end"], nxt["start"], ents, _LIST_ITEM_JOIN,
                       placeholders=(METHOD, DATASET, TASK), max_tokens=12, max_unknown=4) \
                or _RESTATED.search(text, r["end"], nxt["start"]):
            continue
        r["metric"], r["metric_start"], r["metric_end"] = nxt["metric"], nxt["metric_start"], nxt["metric_end"]
        r["confidence"] = round(min(0.95, r["confidence"] + 0.1), 2)


#: What keeps a dataset named later in the clause from a number: a concession or negation ("without performance
#: degradation on MT-Bench") or a new statement with its own value (", and achieves 98.04% on FOLIO").
_CLAUSE_DATASET_BREAK = re.compile(
    r"\b(?:without|despite|except|unlike)\b|,\s*and\s+(?:also\s+)?(?:achiev|reach|obtain|attain|surpass|outperform|"
    r"sets?\b|yield|record)\w*", re.IGNORECASE)
#: "35 times smaller", "2.4x faster": a size or speed, which the gold ties to no dataset.
_SIZE_AFTER = re.compile(r"\s*(?:smaller|faster|larger|bigger|cheaper|fewer|less|slower)\b", re.IGNORECASE)
#: "1.29x faster": the speed words of :data:`_SIZE_AFTER`.
_SPEED_AFTER = re.compile(r"\s*(?:faster|slower)\b", re.IGNORECASE)
#: "on D and its subset", "on A and B": the dataset opens a list the number is aligned with, not shared by.
_LIST_AFTER = re.compile(
    r"\s*(?:dataset|benchmark|corpus)?\s*(?:(?:and|&)\s+(?:its|their|the|on|in|[A-Z])|,\s*[A-Z][\w-]*\s*(?:,|and\b))")


def share_clause_dataset(text: str, clauses: Sequence[tuple[int, int]], results: list[dict[str, Any]],
                         ents: Sequence[Ent]) -> None:
    """Give a result with no dataset the one dataset its clause names after it.

    "enhance the empirical privacy by 62% at the cost of 1% model performance degradation on the Stanford
    Sentiment Treebank dataset", "we train a one-step diffusion model with an FID of 5.02 ..., outperforming the
    previous state-of-the-art (FID=6.47, 19.4M parameters) on CIFAR10": the evaluation dataset closes the clause
    and holds for each number in it. Only when the clause names exactly one dataset (by name), after the number,
    not across a concession ("without ... on MT-Bench") or a new statement with its own value (", and achieves
    98.04% on FOLIO"), not for sizes and speeds ("35 times smaller"), and not when the dataset opens a list
    ("on D and its subset").

    Example:
        >>> t = "it can enhance privacy by 62% at the cost of 1% degradation on the SST dataset."
        >>> es = [Ent(62, 65, DATASET, "SST")]
        >>> rs = [{"start": 26, "end": 29, "dataset": None, "dataset_start": None, "dataset_end": None,
        ...        "confidence": 0.5}, {"start": 45, "end": 47, "dataset": None, "dataset_start": None,
        ...        "dataset_end": None, "confidence": 0.5}]
        >>> share_clause_dataset(t, [(0, len(t))], rs, es)
        >>> [(r["dataset"], r["confidence"]) for r in rs]
        [('SST', 0.65), ('SST', 0.65)]
    """
    for r in results:
        if r["dataset"] is not None or _SIZE_AFTER.match(text, r["end"]):
            continue
        c_start, c_end = _clause_of(clauses, r["start"])
        named = [e for e in ents if e.label == DATASET and c_start <= e.start and e.end <= c_end]
        if not named or len({e.text.casefold() for e in named}) != 1 or named[0].start < r["end"]:
            continue
        d = named[0]
        if _CLAUSE_DATASET_BREAK.search(text, r["end"], d.start) or _LIST_AFTER.match(text, d.end) \
                or _TRAINED_ON_BEFORE.search(text, max(c_start, d.start - 60), d.start) \
                or _compared_over(text, c_start, d.start, d.end):
            continue
        r["dataset"], r["dataset_start"], r["dataset_end"] = d.text, d.start, d.end
        r["confidence"] = round(min(0.95, r["confidence"] + 0.15), 2)


#: "by 4.0% achieving 43.1% mAP": a gain whose value the same clause states next.
_THEN_VALUE = re.compile(r"\s*,?\s*(?:and\s+)?(?:achiev|reach|attain|obtain)\w*\s+(?:an?\s+|the\s+)?\Z", re.IGNORECASE)


def share_following_measure(text: str, results: list[dict[str, Any]]) -> None:
    """Give a gain with no metric the metric and dataset of the value stated right after it.

    "surpass state-of-the-art by 4.0% achieving 43.1% mAP on the COCO dataset": the gain and the
    value are of one measure on one dataset.

    Example:
        >>> t = "surpass the state of the art by 4.0% achieving 43.1% mAP on COCO"
        >>> rs = [{"start": 32, "end": 36, "unit": "%", "is_delta": True, "metric": None, "metric_start": None,
        ...        "metric_end": None, "dataset": None, "dataset_start": None, "dataset_end": None, "confidence": 0.5},
        ...       {"start": 47, "end": 52, "unit": "%", "is_delta": False, "metric": "mAP", "metric_start": 53,
        ...        "metric_end": 56, "dataset": "COCO", "dataset_start": 60, "dataset_end": 64, "confidence": 0.85}]
        >>> share_following_measure(t, rs)
        >>> rs[0]["metric"], rs[0]["dataset"], rs[0]["confidence"]
        ('mAP', 'COCO', 0.85)
    """
    for r, nxt in zip(results, results[1:]):
        if not r["is_delta"] or r["metric"] is not None or nxt["is_delta"] or nxt["metric"] is None \
                or r["unit"] != nxt["unit"] or not _THEN_VALUE.fullmatch(text, r["end"], nxt["start"]):
            continue
        r["metric"], r["metric_start"], r["metric_end"] = nxt["metric"], nxt["metric_start"], nxt["metric_end"]
        if r["dataset"] is None:
            r["dataset"], r["dataset_start"], r["dataset_end"] = nxt["dataset"], nxt["dataset_start"], nxt["dataset_end"]
        r["confidence"] = round(min(0.95, r["confidence"] + 0.2 + (0.15 if r["dataset"] else 0.0)), 2)


#: "85.5 for planning": a number qualified by what it was measured for.
_FOR_PURPOSE = re.compile(r"\s+for\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?(?=\s*(?:,\s*)?and\s)")
#: What joins two "<number> on <dataset>" pairs of one list.
_PAIR_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|;\s*)")


def _own_change_method(text: str, s_start: int, pos: int, ents: Sequence[Ent], own: Ent | None,
                       compared: set[Ent],
                       own_work: _OwnWork | None = None) -> tuple[Ent, int] | tuple[()]:
    """The paper's method when the sentence before ``pos`` says it made a change ("our approach improves",
    "RAPID ... achieving improvements (e.g., from 39.33 to 42.83 ...)") and where that mention ends, else ``()``.

    Example:
        >>> t = "Our approach improves Llama's accuracy from 0% to 70%."
        >>> es = [Ent(0, 4, METHOD, "BICO", True), Ent(22, 27, METHOD, "Llama")]
        >>> own, end = _own_change_method(t, 0, 39, es[1:], es[0], set())
        >>> own.text, end
        ('BICO', 12)
    """
    if own is None or own.label != METHOD:
        return ()
    named = [e for e in ents if e.end <= pos and e.label == METHOD and e.proposed and e not in compared]
    said = own_work.upto(pos) if own_work is not None else own_work_mentions(text, s_start, pos)
    if said and (not named or said[-1][0] > named[-1].end):
        return own, said[-1][1]
    return (named[-1], named[-1].end) if named else ()




def _chains_and_compared(text: str, ents: list[Ent], s_start: int) -> tuple[list[list[Ent]], set[Ent]]:
    """A sentence's coordination chains and the entities it compares against (with their short forms)."""
    chains = coordination_chains(text, ents)
    return chains, with_short_forms(text, ents, comparison_objects(text, ents, chains, s_start))


#: "Chameleon, powered by GPT-4, achieves 86.54% ..., improving ... by 11.37%": a name followed by a comma and the
#: predicate closes an interjection about the subject; it is not the subject of a later verb.
_CLOSES_INTERJECTION = re.compile(
    r",\s*(?:also\s+|further\s+)?(?:achiev|reach|obtain|attain|improv|outperform|surpass|yield|deliver|show|"
    r"demonstrat|exhibit|set)\w*\b", re.IGNORECASE)
#: "BERT, which we fine-tune, achieves": the own-work mention sits in a relative clause.
#: A name coordinated with what follows it ("D and its subset", "D, E").
_COORDINATED_AFTER = re.compile(
    r"(?:\s+(?:dataset|benchmark|corpus|test\s+set|set|split)s?\b)?\s*(?:(?:,\s*)?(?:and|or|&)\b|,)\s*",
    re.IGNORECASE)


def _coordinated(text: str, e: Ent, ents: Sequence[Ent]) -> bool:
    """``e`` is coordinated with what follows it: "and"/"or" ("D and its subset", "the D dataset and its subset"), or
    a comma before another name of
    its label ("D, E"; not the comma closing "On D, the model ...").

    Example:
        >>> t = "on D and its subset; On D, we; on D, E"
        >>> es = [Ent(i, i + 1, DATASET, t[i]) for i, c in enumerate(t) if c in "DE"]
        >>> [_coordinated(t, e, es) for e in es[:3]]
        [True, False, True]
    """
    m = _COORDINATED_AFTER.match(text, e.end)
    if m is None:
        return False
    if "," not in m.group() or re.search(r"\b(?:and|or)\b|&", m.group()):
        return True
    return any(o.start == m.end() and o.label == e.label for o in ents)
_RELATIVE_BEFORE = re.compile(r"(?:\b(?:which|whom|who)|,\s*that)\s+\Z", re.IGNORECASE)


#: "our largest model, FooNet-70B, which ...": a name in apposition right after the own-work mention.
_APPOSITION_NAME = re.compile(r"\s*,\s*\Z")
#: A sized or lettered variant's name ("ViT-G", "FooNet-70B", "BERT-Large", "Llama 2 7B"), not a bare family ("MoE").
_VARIANT_NAME = re.compile(r"\d|[\w)]-[A-Za-z]")


def _named_own_work(text: str, own_span: tuple[int, int], ents: Sequence[Ent], compared: set[Ent],
                    before: int) -> Ent | None:
    """The model the own-work mention names: a variant's name inside it ("The resulting ViT-G model, which attains
    90.94%") or in apposition right after it ("Our largest model, FooNet-70B, which achieves 85.1%"), not a name it
    is built on ("our BERT-based model") nor a bare family ("our MoE achieves": the paper's own method).

    Example:
        >>> t = "The resulting ViT-G model, which attains 90.94%"
        >>> _named_own_work(t, (0, 25), [Ent(14, 19, METHOD, "ViT-G")], set(), 41).text
        'ViT-G'
        >>> t = "our BERT-based model reaches 90%"
        >>> _named_own_work(t, (0, 20), [Ent(4, 8, METHOD, "BERT")], set(), 29) is None
        True
    """
    a, b = own_span
    for e in ents:
        if e.label != METHOD or e in compared or e.end > before or not _VARIANT_NAME.search(e.text):
            continue
        inside = a <= e.start and e.end <= b and not text.startswith("-", e.end)
        apposed = e.start >= b and _APPOSITION_NAME.fullmatch(text, b, e.start) is not None \
            and text.startswith(",", e.end)
        if inside or apposed:
            return e
    return None


def _subject_method(text: str, first: Number, ents: Sequence[Ent], compared: set[Ent], own: Ent | None,
                    c_start: int, s_start: int, sole: bool = True,
                    chains: Sequence[Sequence[Ent]] = (), own_work: _OwnWork | None = None) -> tuple[Ent | None, bool]:
    """The method a result belongs to when nothing follows the number.

    Returns ``(entity, weak)``; ``weak`` is None when the entity is only the
    paper's proposed method by default (nothing in the sentence points to it).
    """
    subject = None
    for e in reversed(ents):
        if e.end <= first.start and e.label == METHOD and e not in compared and is_subject_like(text, e, first.start) \
                and not _CLOSES_INTERJECTION.match(text, e.end, first.start):
            subject = e
            break
    own_pos = own_work.upto(first.start) if own_work is not None else own_work_mentions(text, s_start, first.start)
    if own is not None and own_pos and (subject is None or own_pos[-1][0] > subject.end):
        named = _named_own_work(text, own_pos[-1], ents, compared, first.start)
        return (named, False) if named is not None else (own, False)
    # "... GShard top-2 gating of prior work and find that our method improves ... by 2x": when the paper's
    # method is unknown, a method named before the sentence turns to "our method" is not the one the
    # number is about ("it" may well be that method: "GemFilter ... it achieves"; "with GPT-4 we get")
    strong = [m for m in own_pos if text[m[0]:m[1]].lower() not in ("it", "we")
              and not _RELATIVE_BEFORE.search(text, max(s_start, m[0] - 8), m[0])] if own is None else []
    if strong and (named := _named_own_work(text, strong[-1], ents, compared, first.start)) is not None:
        return named, False
    floor = strong[-1][1] if strong else c_start
    if strong and subject is not None and subject.start < floor:
        subject = None
    if subject is not None:
        return subject, False
    # "Experiments on the LLaMA-3.1 and Qwen2.5 backbones demonstrate that RAPID ..., achieving ... 2x speedups":
    # the paper's own method named in the clause is what the number is about, not the models it ran on
    mine = [e for e in ents if floor <= e.start and c_start <= e.start and e.end <= first.start and e.label == METHOD
            and e.proposed and e not in compared]
    if mine:
        return mine[-1], True
    for e in ents:
        if floor <= e.start and c_start <= e.start and e.end <= first.start and e.label == METHOD \
                and e not in compared:
            if len(chain_of(chains, e)) > 1:
                # "fine-tuning of LLaMA 3.1, LLaMA 3.2 and Gemma 2 resulted in a 17.4% improvement": the
                # number is about all of them (or their setting), not the first one
                break
            return e, True
    # an abstract's numbers are about the paper's own method unless the sentence names another
    if sole and own is not None and own.label == METHOD and not any(
        e.label == METHOD and e not in compared and not e.proposed and e.text != own.text for e in ents
    ):
        return own, None
    return None, False


class ResultFinder:
    """Find results in a Doc.

    Reads ``doc.spans["kg_entities"]`` and sentence boundaries; writes
    ``doc.spans[name]`` (RESULT spans over the numbers, ``attrs["scores"]``)
    and ``doc._.kg_results`` (dicts, see :data:`RESULT_KEYS`). Running it
    twice gives the same annotations.
    """

    def __init__(self, name: str = "kg_results") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        results = find_results(*doc_context(doc))
        spans, scores = [], []
        for r in results:
            span = doc.char_span(r["start"], r["end"], label=RESULT, alignment_mode="expand")
            if span is not None:
                spans.append(span)
                scores.append(r["confidence"])
        doc.spans[self.name] = SpanGroup(doc, name=self.name, spans=spans, attrs={"scores": scores})
        set_doc_extension(doc, "kg_results", results)
        return doc


def drop_unmeasured_efficiency(doc: Doc, results: Sequence[dict]) -> None:
    """Drop from ``doc.spans["kg_entities"]`` the efficiency METRICs the paper neither measures nor claims for its own
    work (GUIDELINES "Efficiency measures", decided per paper: :func:`extractors._metrics.unmeasured_efficiency`; the
    paper's proposed names are its own work's subjects).

    A measure a result names as its metric is measured, so no result loses its metric; the relations, which run
    after (the ``kg_efficiency`` component calls this between ``kg_results`` and ``kg_relations``), never see a
    dropped span. Proposed measures stay.

    Example:
        >>> import spacy
        >>> nlp = spacy.blank("en")
        >>> _ = nlp.add_pipe("sentencizer")  # the claim test reads one sentence
        >>> doc = nlp("Models have high latency. Ours cuts latency by 2x. Its memory footprint is small.")
        >>> doc.spans[ENTITY_GROUP] = [doc.char_span(s, e, label=METRIC) for s, e in ((17, 24), (36, 43), (55, 71))]
        >>> drop_unmeasured_efficiency(doc, [])
        >>> [s.text for s in doc.spans[ENTITY_GROUP]]
        ['latency', 'latency']
    """
    if ENTITY_GROUP not in doc.spans:
        return
    text, sentences, ents = doc_context(doc)
    items = span_items(doc, ENTITY_GROUP)
    group = doc.spans[ENTITY_GROUP]
    proposed = group.attrs.get("proposed") or [False] * len(items)
    measures = [(s, e) for (s, e, label, _, _), p in zip(items, proposed)
                if label == METRIC and not p and is_efficiency_name(text[s:e])]
    if not measures:
        return
    measured = {(r["metric_start"], r["metric_end"]) for r in results if r.get("metric_start") is not None}
    same = [((s0, s1), (l0, l1)) for s0, s1, l0, l1 in (doc_extension(doc, "abbreviations") or ())]
    own = [(e.start, e.end) for e in ents if e.proposed]
    drop = set(unmeasured_efficiency(text, sentences, measures, measured=measured, same=same, own=own))
    if not drop:
        return
    keep = [i for i, item in enumerate(items) if item[2] != METRIC or (item[0], item[1]) not in drop]
    attrs = {key: [values[i] for i in keep] if isinstance(values, list) and len(values) == len(items) else values
             for key, values in group.attrs.items()}
    set_span_group(doc, ENTITY_GROUP, [group[i] for i in keep], attrs)


@Language.factory(
    "kg_results",
    assigns=["doc.spans", "doc._.kg_results"],
    requires=["doc.sents"],
    default_config={},
)
def make_result_finder(nlp: Language, name: str) -> ResultFinder:
    """Factory of :class:`ResultFinder` (spaCy ``nlp.add_pipe("kg_results")``)."""
    return ResultFinder(name)


class EfficiencyFilter:
    """Drop the efficiency METRICs the paper neither measures nor claims for its own work
    (:func:`drop_unmeasured_efficiency`).

    Reads ``doc.spans["kg_entities"]`` (its ``proposed`` attrs: the own work's names), ``doc._.kg_results`` (a
    result's metric is measured), ``doc._.abbreviations`` and sentence boundaries; writes ``doc.spans["kg_entities"]`` (its spans and aligned attrs less the dropped
    METRICs). It runs after ``kg_results``, which needs every measure to link its numbers, and before
    ``kg_relations``, so no relation names a dropped measure. Running it twice gives the same annotations.
    """

    def __init__(self, name: str = "kg_efficiency") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        drop_unmeasured_efficiency(doc, doc_extension(doc, "kg_results") or ())
        return doc


@Language.factory("kg_efficiency", assigns=["doc.spans"], requires=["doc.sents"], default_config={})
def make_efficiency_filter(nlp: Language, name: str) -> EfficiencyFilter:
    """Factory of :class:`EfficiencyFilter` (spaCy ``nlp.add_pipe("kg_efficiency")``)."""
    return EfficiencyFilter(name)
