"""Relations between named things, from the sentence that states them.

Why rules: an abstract states a relation with a small set of cue phrases
("outperforms", "is built upon", "evaluated on", "for <task>"), and the
arguments are entity spans ``kg_merge`` already found. Compiled cue regexes over
the sentence text plus the sorted spans find them without a parser.

Relations and their cues (subject -> object):

- ``based_on`` (METHOD -> METHOD): "X extends / builds on / is built upon /
  is based on / is fine-tuned from / is distilled from / is initialised from /
  combines / is a variant of / evolves from / is powered by Y", "X ... by fine-tuning Y", "Y-based X",
  "Y-powered X", "a Y(-)distilled X",
  "X, a Y-based model", "a Y model called / namely X", in the sentence presenting the paper's method
  "we propose X, an approach ... constructing a sparse MoE model based on Y" (X, not the kind it names), "we fine-tune Y to obtain X", "X is composed of / consists of /
  comprises Y and Z" (existing methods), a proposal to each named part of its own it is made of (GUIDELINES' own
  named components: "X consists of / comprises / includes / integrates A and B", "X, including A and B", "X has two
  components: A and B", "we propose three techniques: A, B and C", "A and B, which together comprise our X"; not its
  size variants, other work's parts or a compared baseline), and for
  the paper's own method "X (, which) leverages Y"; and, when the paper names one method of its own, the parts
  it says in its own voice that method takes ("we use / employ / integrate Y", "This work uses Y", "X uses Y",
  "using Y as the backbone"; not a tool or data source: "we use GPT-4 to generate") and the learning algorithm it
  trains with ("we optimize ... using PPO", "used for DPO");
- ``outperforms`` (METHOD -> METHOD): "X outperforms / surpasses / beats /
  exceeds Y", "X performs better than Y", "X achieves higher ... than Y",
  "X improves over Y", "compared to Y, X improves ...", "X is faster than Y",
  "a 2x speed-up over Y", "X needs 4.7x less / fewer ... than Y", "X saves ... compared with
  baselines including Y and Z";
- ``evaluated_on`` (METHOD -> DATASET): "X is evaluated / tested on D",
  "experiments on D", "X achieves ... on D" (a sentence about results; never
  "trained on D", nor an evaluation word in a training phrase "the task is trained on"),
  "across A and B variants on D" (the models right before "on D", unless compared),
  "On D, X improves ..." (a sentence opening on "In / On / Across D": the method that follows),
  "on 45 complex tasks from D, X boosts ...", "X achieves ... on unseen problems in D", "we evaluate fifteen
  LLMs (from A, B and C series) on D", "Benchmarking X on D, we ...";
- ``used_for`` (METHOD -> TASK): "X for T", "X, a framework for T", "X is a model for T",
  "X is designed / used / applied to T", "apply X to T", "T using X", "X ... in various tasks, including
  T1 and T2" (the paper's method; not "X struggles on tasks such as T"), "For / In T, X ...", "When applied
  to T, X ...", and for the
  paper's own method "X / our model achieves strong results in T", "X excels at T"; "X, a model
  ... that specializes in T", "X, a method ..., focusing on T" (any method). A dataset
  "for T" is read the same way but not emitted: the relation is a method's (as
  the issue and the gold guidelines define it). In a paper that names its own
  method only that method's ``used_for`` is kept: "BERT for NER" there is
  background or a baseline (45 of the 47 gold ``used_for`` of dev and holdout
  have a proposed subject).

The subject is the nearest METHOD before the cue that is not itself compared
with ("than X", "outperforms X"); "our model", "we", "the proposed method" stand
for the paper's proposed method (an entity with ``proposed=True``), which may
be mentioned in another sentence, so its offsets then point there. Objects
extend over coordinated lists ("on A, B and C" gives three relations). A cue
under negation or doubt ("does not outperform", "whether X outperforms") is
ignored. Each relation carries the confidence of its pattern.

Reads ``doc.spans["kg_entities"]`` and ``doc.sents``; writes
``doc._.kg_relations`` (one dict per relation, keys :data:`RELATION_KEYS`).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from functools import cached_property
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from extractors._extensions import doc_extension, set_doc_extension
from extractors._spans import (
    _COMPARISON_BEFORE,
    _PAREN_CLOSE,
    _ascii_lower,
    TRAINED_MODIFIER,
    Ent,
    chain_of,
    comparison_objects,
    coordination_chains,
    doc_context,
    entities_in,
    is_paradigm_means,
    is_subject_like,
    own_work_mentions,
    proposed_method,
    with_short_forms,
)
from extractors.labels import DATASET, METHOD, TASK
from extractors.lexicon import is_paradigm

if not Doc.has_extension("kg_relations"):
    Doc.set_extension("kg_relations", default=None, force=True)

#: Keys of every relation dict, in order.
RELATION_KEYS = (
    "relation", "subject", "subject_label", "subject_start", "subject_end",
    "object", "object_label", "object_start", "object_end", "confidence",
)

#: Confidence of each pattern.
CONFIDENCE = {
    "based_on_verb": 0.75,
    "based_on_reverse": 0.7,
    "based_on_suffix": 0.6,
    "outperforms_verb": 0.8,
    "outperforms_comparative": 0.65,
    "outperforms_compared": 0.55,
    "evaluated_on_explicit": 0.75,
    "evaluated_on_results": 0.55,
    "evaluated_on_default": 0.45,
    "evaluated_on_result": 0.5,
    "evaluated_on_own_benchmark": 0.4,
    "evaluated_on_own_results": 0.4,
    "used_for_own_evaluations": 0.4,
    "used_for_gap": 0.6,
    "used_for_apposition": 0.65,
    "used_for_reverse": 0.5,
    "used_for_evaluated": 0.55,
    "used_for_title": 0.6,
    "used_for_title_own": 0.5,
    "used_for_own": 0.55,
    "used_for_modifier": 0.6,
    "used_for_achieves": 0.5,
    "based_on_apposition": 0.55,
    "based_on_title": 0.5,
    "based_on_name": 0.45,
    "based_on_composed": 0.6,
    "based_on_leverages": 0.5,
    "based_on_own_part": 0.5,
    "based_on_applied_to": 0.5,
    "based_on_own_component": 0.5,
    "used_for_specializes": 0.55,
    "used_for_examples": 0.45,
    "used_for_opening": 0.45,
}

_I = re.IGNORECASE

_NEGATED = re.compile(
    # "not only X but also Y" affirms X: no negation
    r"\b(?:not(?!\s+(?:only|just|merely|simply)\b)|n't|never|no\s+longer|fails?\s+to|failed\s+to|cannot|unable\s+to|"
    r"rarely|hardly|whether|if)"
    r"\s+(?:[\w-]+\s+){0,2}\Z",
    _I,
)

# Cue patterns run on the lower-cased text, anchored where one of their keywords
# starts (found with str.find): far faster than scanning every position with a
# large alternation, which matters at thousands of abstracts per second.
_BASED_ON = re.compile(
    r"(?:extends|extending|builds\s+(?:up)?on|building\s+(?:up)?on|built\s+(?:up)?on(?:\s+top\s+of)?|based\s+on|"
    r"evolv(?:es|ed|ing)\s+from|"
    r"(?:fine-?tuned|distilled|derived|adapted|initiali[sz]ed)\s+(?:version\s+|variant\s+|model\s+)?(?:from|of)\b|"
    r"initiali[sz]ed\s+with|fine-?tunes|distill?s|combines|combining|"
    r"(?:variant|extension|version|adaptation|modification|generali[sz]ation|successor)\s+of|extension\s+to|"
    r"(?<=by\s)(?:fine-?tuning|distill?ing|extending|adapting|initiali[sz]ing\s+(?:from|with)|building\s+(?:up)?on|"
    r"continu(?:ing|ally)\s+(?:pre-?)?training|further\s+(?:pre-?)?training)|inherits\s+from|on\s+top\s+of|powered\s+by)\b"
)
_BASED_ON_KEYS = ("exten", "build", "built", "based", "evolv", "fine", "distil", "derived", "adapt", "initiali", "combin",
                  "variant", "version", "modification", "generali", "successor", "inherits", "on top", "continu",
                  "further", "powered")
_BASED_ON_REVERSE_VERB = re.compile(
    r"(?:fine-?tun(?:e|es|ed|ing)|distill?(?:s|ed|ing)?|initiali[sz](?:e|es|ed|ing)|adapt(?:s|ed|ing)?|"
    r"compress(?:es|ed|ing)?|prun(?:e|es|ed|ing)|quantiz(?:e|es|ed|ing)|upcycl(?:e|es|ed|ing)|"
    r"extend(?:s|ed|ing)?|(?:further|continu(?:e|ed|ing))\s+(?:pre-?)?train(?:s|ed|ing)?)\b"
)
_BASED_ON_REVERSE_KEYS = ("fine", "distil", "initiali", "adapt", "extend", "further", "continu", "compress", "prun",
                          "quantiz", "upcycl")
_BASED_ON_REVERSE_RESULT = re.compile(
    r"\s*(?:[^.;]{0,60}?)\b(?:to\s+(?:obtain|produce|create|build|get|derive|yield|develop)|into|resulting\s+in|"
    r"yielding|producing|obtaining|creating|(?:,\s*)?(?:called|named|dubbed|termed)|"
    r"(?:and|to)\s+(?:call|name|dub|term)\s+(?:it|the\s+result(?:ing\s+model)?))\s+(?:[\w-]+\s+){0,3}?\Z",
    _I,
)
_BASED_SUFFIX = re.compile(r"(?:-(?:based|initiali[sz]ed|derived|style|powered|distilled)|\s(?:powered|distilled))\s+", _I)
#: "X, a Y-based model" (not "X, a model that outperforms Y-based agents": a clause between).
_BASED_SUFFIX_APPOSITION = re.compile(
    r",?\s*(?:a|an|the)\s+(?:(?!(?:that|which|who|than|over|outperform\w*|surpass\w*|beats?|unlike)\b)[\w-]+\s+){0,3}?\Z",
    _I)

_OUTPERFORMS = re.compile(
    r"(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?|exceed(?:s|ed|ing)?|outstrip(?:s|ped|ping)?|"
    r"outdo(?:es|ing)?|outclass(?:es|ed|ing)?|improv(?:es|ed|ing)\s+(?:(?:up)?on|over)|superior\s+to)\b"
)
_OUTPERFORMS_KEYS = ("outperform", "surpass", "beat", "exceed", "outstrip", "outdo", "outclass", "improv", "superior")
_COMPARATIVE = re.compile(
    r"(?:better|higher|superior|stronger|greater|faster|more\s+accurate|more\s+robust|lower\s+(?:error|perplexity|loss)|"
    r"(?:less|fewer)(?!\s+(?:well|accurate|effective|robust|capable|reliable|stable|efficient|"
    r"competitive|performant|likely|often)\b))"
    r"\b(?:(?!\bthan\b)[^.;,]){0,60}?\bthan\b"
)
_COMPARATIVE_KEYS = ("better", "higher", "superior", "stronger", "greater", "faster", "more accurate", "more robust",
                     "lower", "less", "fewer")
_COMPARED = re.compile(r"(?:compared\s+(?:to|with)|relative\s+to|over|against|vs\.?|versus)\s+")
_COMPARED_KEYS = ("compared", "relative", "over", "against", "vs", "versus")
#: How far from a comparison ("compared to Y") its gain ("improves", "higher", "faster") may be stated.
#: (" gains", " gain " or " gain" before punctuation, not " gain": "have gained popularity, they often compromise
#: performance compared to Y" is none)
_IMPROVEMENT_REACH = 80
_IMPROVEMENT_KEYS = ("improv", " gains", " gain ", " gain.", " gain,", " gain;", " gain)", "boost", "outperform",
                     "better", "higher", "increase", "surpass", "superior", "speedup", "speed-up", "faster", " save",
                     " saving", " less ", " fewer ", "effectiveness of")


def _lower_same_length(text: str) -> str:
    """``text.lower()``, keeping every offset (a few characters lower-case to two)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def find_cues(low: str, keys: tuple[str, ...], pattern: re.Pattern[str],
              starts: dict[str, list[int]] | None = None) -> list[tuple[int, int]]:
    """Where ``pattern`` matches ``low`` at a word start holding one of ``keys``.

    ``starts`` caches the word-start positions of each key across calls.

    Example:
        >>> find_cues("x outperforms y; z beats w", ("outperform", "beat"), _OUTPERFORMS)
        [(2, 13), (19, 24)]
    """
    starts = {} if starts is None else starts
    for key in keys:
        positions = starts.get(key)
        if positions is None:
            positions = []
            i = low.find(key)
            while i != -1:
                if i == 0 or not low[i - 1].isalnum():
                    positions.append(i)
                i = low.find(key, i + 1)
            starts[key] = positions
    return _cues_at(low, keys, pattern, starts)


def _cues_at(low: str, keys: tuple[str, ...], pattern: re.Pattern[str],
             starts: Mapping[str, list[int]]) -> list[tuple[int, int]]:
    """Where ``pattern`` matches ``low`` at the positions ``starts`` gives for ``keys`` (a key it lacks has none)."""
    hits = set()
    for key in keys:
        for i in starts.get(key, ()):
            m = pattern.match(low, i)
            if m is not None:
                hits.add(m.span())
    return sorted(hits)


_EVAL_CUE = re.compile(
    r"\b(?:evaluat\w*|experiment\w*|results?|achiev\w*|outperform\w*|perform\w*|accura\w*|scor\w*|benchmark\w*|"
    r"surpass\w*|test\w*|reach\w*|obtain\w*|improv\w*|state-of-the-art|sota|gains?|attain\w*|yield\w*|sets?)\b",
    _I,
)
_ON_BEFORE = re.compile(
    r"\b(?P<verb>[\w-]+\s+)?(?:on|across|over)\s+"
    r"(?:(?:the|a|an|both|all|several|multiple|various|diverse|popular|standard|public|challenging|widely-used|"
    r"well-known|benchmark|benchmarks|datasets?|tasks?|including|such\s+as|like|namely|two|three|four|five|six|"
    r"seven|eight|nine|ten|\d+|[\w-]+-(?:domain|source|hop|scale|shot))\s+|:\s*)*"
    # "on 45 complex tasks from BIG-Bench", "on unseen problems in HumanEval": the tasks are drawn from the dataset
    r"(?:(?:[\w-]+\s+){0,4}?(?:tasks?|problems|subsets?|splits?|questions|instances|prompts)\s+(?:from|in|of)\s+"
    r"(?:the\s+)?)?\Z",
    _I,
)
#: "evaluated on", "experiments on", "experimental / empirical results on", "performance on", "tasks on" (anchored at
#: the first word).
_EVALUATION = re.compile(
    r"(?:experiments?|experimental|experimented|empiric(?:al|ally)|evaluat\w*|test(?:s|ed|ing)?|results?|"
    r"benchmark(?:s|ed|ing)?|performance|perform(?:s|ed)?|accurac(?:y|ies)|scores?|tasks?|validat\w*)\s*,?\s+(?:(?:[\w-]+(?:\.\d+)?,?\s+){0,3}?|"
    r"(?:[\w-]+(?:\.\d+)?,\s+){1,4}(?:and\s+)?[\w-]+(?:\.\d+)?\s+)(?:on|across|over|in)\s"
)
_TASK_EVALUATION = re.compile(r"(?:experiment|empiric|evaluat|test)")
_DESCRIBES_DATA = re.compile(r"\s+(?:benchmarks?|datasets?|corpus|corpora|data|suites?)\b", _I)
_EVALUATION_KEYS = ("experiment", "empiric", "evaluat", "test", "result", "benchmark", "perform", "accura", "score",
                    "task", "validat")
_TRAINED_ON = re.compile(
    r"\b(?:pre-?trained|trained|fine-?tuned|finetuned|learned|learnt|built|constructed|collected|distilled|tuned|"
    r"instruction-tuned|annotated)\s+(?:[\w-]+\s+){0,2}?(?:on|with|from|using)\s+(?:[\w-]+\s+){0,3}?\Z|"
    # the noun: "By pretraining on the same ImageNet21k", "post-training on CRAB improves", "pre-training methods on
    # the large-scale C4 dataset"; a participle with a manner phrase: "trained in supervised manner on the D dataset"
    r"\b(?:(?:pre-?|post-?)?training|fine-?tuning|finetuning)\s+(?:(?:methods?|recipes?|stages?)\s+)?on\s+"
    r"(?:[\w-]+\s+){0,3}?\Z|"
    # the gerund with the models it trains: "when training state-of-the-art models on Farzi Data"
    r"\b(?:(?:pre-?|post-?)?training|fine-?tuning|finetuning)\s+(?:[\w-]+\s+){0,2}?(?:models?|networks?|LLMs?|LMs?|"
    r"transformers?|classifiers?|students?)\s+on\s+(?:[\w-]+\s+){0,3}?\Z|"
    r"\btrained\s+in\s+(?:a\s+)?(?:[\w-]+\s+){0,2}?(?:manner|fashion|way|setting)\s+on\s+(?:[\w-]+\s+){0,3}?\Z|"
    # the source domain of an adaptation or transfer: "We evaluate X on Cityscapes by adapting from GTAV and SYNTHIA"
    # (not its target after "to": "when adapting from GTA5 to Cityscapes")
    r"\b(?:adapt(?:s|ing|ed)?|transfer(?:s|ring|red)?)\s+(?:[\w-]+\s+){0,2}?from\s+(?:(?!to\b)[\w-]+\s+){0,3}?\Z",
    _I,
)
_EXPLICIT_EVAL_BEFORE = re.compile(
    r"\b(?:evaluat\w*|test(?:s|ed|ing)?|benchmark(?:s|ed|ing)?|validat\w*|assess\w*|experiments?|results?)\b"
    r"[^.;]{0,40}\Z",
    _I,
)

_USED_FOR_GAP = re.compile(
    r"\s*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:is|are|was|were|can\s+be|could\s+be|has\s+been|have\s+been|being)\s+)?"
    r"(?:(?:specifically|primarily|mainly|widely|commonly|successfully|originally|also|particularly|explicitly|"
    r"effectively|further)\s+)?"
    r"(?:(?:designed|tailored|developed|proposed|used|applied|trained|optimi[sz]ed|fine-?tuned|built|intended|"
    r"adapted|employed|suitable|introduced|created|constructed|curated|collected|specialized|specialised|dedicated|"
    r"useful|effective|leveraged|utili[sz]ed|customi[sz]ed)\s+)?"
    r"(?:for|to|towards)\s+(?:the\s+|a\s+|an\s+)?(?:(?:tasks?|problems?)\s+of\s+)?(?:[\w-]+\s+)?\Z",
    _I,
)
_USED_FOR_APPOSITION = re.compile(
    r"\s*(?:,\s*|\s(?:is|are|was|were)\s+)(?:a|an|the|our)\s+(?:[\w-]+\s+){0,4}?(?:dataset|benchmark|corpus|model|method|framework|approach|system|"
    r"architecture|technique|algorithm|pipeline|suite|toolkit|library|collection|resource|network|agent|tool)s?\s+"
    r"(?:(?:designed|tailored|developed|built|intended|specifically)\s+)*(?:for|to)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z",
    _I,
)
_APPLY_BEFORE = re.compile(
    r"\b(?:apply(?:ing)?|applies|applied|use|uses|used|using|employ(?:s|ed|ing)?|adopt(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|"
    r"utili[sz](?:e|es|ed|ing))\s+(?:the\s+|a\s+|an\s+)?\Z",
    _I,
)
#: "TEAL achieves substantial improvements in multi-modal understanding", "X excels at T": the paper's method
#: shown to work for a task.
_USED_FOR_ACHIEVES = re.compile(
    r"\s+(?:(?:also|further|consistently|significantly)\s+)?"
    r"(?:achiev|obtain|show|demonstrat|deliver|yield|exhibit|attain|excel|perform|set)\w*\s+"
    r"(?:(?:a|an|the|new|strong|remarkable|substantial|significant|superior|state-of-the-art|sota|competitive|excellent|"
    r"impressive|consistent|notable|good|great|better|large|well|best|leading|promising|robust)\s+){0,3}"
    r"(?:(?:results?|performance|improvements?|gains?|accuracy|capabilit(?:y|ies)|abilit(?:y|ies)|state\s+of\s+the\s+art)"
    r"\s+)?(?:in|on|at|for|across)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z",
    _I,
)
_USED_FOR_REVERSE = re.compile(
    r"\s*(?:using|with|via|through|by\s+using|by\s+means\s+of|leveraging|employing|based\s+on)\s+(?:the\s+|a\s+|an\s+)?\Z",
    _I,
)

_RESPECTIVELY = re.compile(r"\brespectively\b", _I)

_EVALUATED_ON_KEYS = (" on ", " across ", " over ")
#: "In the Needle test, our models achieved perfect accuracy": a sentence opening on a dataset.
_IN_OPENING = re.compile(r"\s*in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?\Z", _I)
_IN_START = re.compile(r"\s*(?:in|on|across)\s", _I)

#: "X is (mainly) composed of Y and Z", "X consists of ... Y": a model assembled from existing ones.
_COMPOSED_OF = re.compile(r"(?:(?:composed|made\s+up|built\s+up)\s+of|consists?\s+of|comprises)\s")
_COMPOSED_OF_KEYS = ("compos", "made up", "built up", "consist", "compris")

#: "We present X, which leverages Y", "X leverages the Y architecture": the paper's method built on Y.
_LEVERAGES = re.compile(r"leverag(?:es|ing)\s")
_LEVERAGES_KEYS = ("leverag",)

#: Cue kind -> (keywords, anchored pattern).
_CUES = {
    "leverages": (_LEVERAGES_KEYS, _LEVERAGES),
    "based_on": (_BASED_ON_KEYS, _BASED_ON),
    "composed_of": (_COMPOSED_OF_KEYS, _COMPOSED_OF),
    "based_on_reverse": (_BASED_ON_REVERSE_KEYS, _BASED_ON_REVERSE_VERB),
    "outperforms": (_OUTPERFORMS_KEYS, _OUTPERFORMS),
    "comparative": (_COMPARATIVE_KEYS, _COMPARATIVE),
    "compared": (_COMPARED_KEYS, _COMPARED),
    "evaluation": (_EVALUATION_KEYS, _EVALUATION),
}

_MAX_ARG_GAP = 80


def _trie_alternation(keys: Sequence[str]) -> str:
    """A regex alternation of ``keys`` shaped as a trie (each branch decided by one character), matching the
    longest key at a position.

    Example:
        >>> _trie_alternation(("exten", "extend", "evolv"))
        'e(?:volv|xten(?:d)?)'
    """
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, dict]) -> str:
        alternatives = [re.escape(ch) + build(node[ch]) for ch in sorted(node) if ch]
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return build(trie)


_CUE_KEYS = tuple(sorted({key for keys, _ in _CUES.values() for key in keys}))
_CUE_KEY_TRIE = _trie_alternation(_CUE_KEYS)
#: Every cue keyword at a word start, in one scan of the text (68 ``str.find`` scans of an abstract took ~1.6x as
#: long): the keyword right after a character that is no letter or digit. Opening on that character class lets the
#: engine skip in C to the candidates (a space, a bracket ...); the look-behind ``(?<![^\W_])`` it replaces made the
#: scan try the whole trie at every position, ~1.4x as long. A keyword at the scan's start is tried by
#: :data:`_CUE_KEY_AT`.
_CUE_KEY_RE = re.compile(r"[\W_](" + _CUE_KEY_TRIE + ")")
_CUE_KEY_AT = re.compile("(" + _CUE_KEY_TRIE + ")")
#: The keywords that also start where one matched (its prefixes among the keywords, itself included).
_CUE_KEY_PREFIXES = {key: tuple(k for k in _CUE_KEYS if key.startswith(k)) for key in _CUE_KEYS}
_CUE_KEY_LONGEST = max(map(len, _CUE_KEYS))
#: The cue kinds each keyword opens.
_CUE_KEY_KINDS = {key: tuple(kind for kind, (keys, _) in _CUES.items() if key in keys) for key in _CUE_KEYS}


def cue_key_starts(low: str, start: int = 0, end: int | None = None) -> dict[str, list[int]]:
    """The word-start positions in ``[start, end)`` of the cue keywords, as :func:`find_cues` finds them (its
    ``starts``; a keyword not there is absent).

    Example:
        >>> starts = cue_key_starts("it extends bert; more accurate than x")
        >>> starts["exten"], starts["extend"], starts["more accurate"], starts["accura"], "build" in starts
        ([3], [3], [17], [22], False)
        >>> cue_key_starts("it extends bert; more accurate than x", 4, 21)  # a keyword is read whole
        {'more accurate': [17]}
    """
    end = len(low) if end is None else end
    starts: dict[str, list[int]] = {}
    search = _CUE_KEY_RE.search
    # a keyword that starts before ``end`` is read whole (the scan may look past ``end`` by a keyword's length)
    limit = min(len(low), end + _CUE_KEY_LONGEST)
    m = None
    if start < end and (start == 0 or not low[start - 1].isalnum()):
        m = _CUE_KEY_AT.match(low, start, limit)  # a word starting the range (the scan finds those after a character)
    if m is None:
        m = search(low, start, limit)
    while m is not None:
        i = m.start(1)
        if i >= end:
            break
        key = m.group(1)
        for k in _CUE_KEY_PREFIXES[key]:
            positions = starts.get(k)
            if positions is None:
                starts[k] = [i]
            else:
                positions.append(i)
        # a keyword of letters only holds no other word start; "more accurate" holds "accura" (its space at i + 4)
        m = search(low, m.end() if key.isalnum() else i, limit)
    return starts


def _relation(relation: str, subj: Ent, obj: Ent, pattern: str) -> dict[str, Any]:
    return {
        "relation": relation,
        "subject": subj.text,
        "subject_label": subj.label,
        "subject_start": subj.start,
        "subject_end": subj.end,
        "object": obj.text,
        "object_label": obj.label,
        "object_start": obj.start,
        "object_end": obj.end,
        "confidence": CONFIDENCE[pattern],
    }


class _DocCues:
    """The cue spans of each kind in a document's sentences, found on first request (sorted by start).

    A sentence's keywords are found when it first asks for a cue (:func:`cue_key_starts` over its own
    characters): under half the characters of an abstract lie in sentences that can state a relation.
    """

    def __init__(self, low: str):
        self.low = low
        #: (start, end) of a sentence -> cue kind -> the word starts of its keywords there
        self.starts: dict[tuple[int, int], dict[str, set[int]]] = {}

    def within(self, kind: str, start: int, end: int) -> list[tuple[int, int]]:
        """The cues of ``kind`` that start inside ``[start, end)``."""
        kinds = self.starts.get((start, end))
        if kinds is None:
            # each keyword's positions filed under the kinds it opens, once per sentence (most of a sentence's
            # asks are about a kind none of its keywords opens)
            kinds = self.starts[(start, end)] = {}
            for key, found in cue_key_starts(self.low, start, end).items():
                for k in _CUE_KEY_KINDS[key]:
                    at = kinds.get(k)
                    if at is None:
                        kinds[k] = set(found)
                    else:
                        at.update(found)
        # :func:`_cues_at` over the keywords found here (a sentence holds a few of a kind's 1-21), each position
        # matched once (the match depends on the position only)
        positions = kinds.get(kind)
        if not positions:
            return []
        match, low = _CUES[kind][1].match, self.low
        hits = set()
        for i in positions:
            m = match(low, i)
            if m is not None:
                hits.add(m.span())
        return sorted(hits)


class _Sentence:
    """One sentence's text window, entities and derived context (each computed when first used)."""

    def __init__(self, text: str, low: str, cues: _DocCues, start: int, end: int,
                 ents: list[Ent], own: Ent | None, own_mentions: list[tuple[int, int]] | None = None):
        self.text = text
        self.low = low
        self._doc_cues = cues
        self.cues: dict[str, list[tuple[int, int]]] = {}
        self.start = start
        self.end = end
        self.ents = ents
        self.own = own
        if own is None:
            self.own_mentions = []
        elif own_mentions is None:
            self.own_mentions = own_work_mentions(text, start, end)
        else:
            self.own_mentions = [m for m in own_mentions if start <= m[0] and m[1] <= end]
        self.is_title = start == 0 and 0 <= text.find("\n\n") <= end

    @cached_property
    def chains(self) -> list[list[Ent]]:
        return coordination_chains(self.text, self.ents)

    @cached_property
    def compared(self) -> set[Ent]:
        # "surpasses vision transformers(ViTs) and convolutional neural networks(CNNs)": a short form in
        # parentheses right after a compared name is compared too
        return with_short_forms(self.text, self.ents, comparison_objects(self.text, self.ents, self.chains, self.start))

    @cached_property
    def modifiers(self) -> set[Ent]:
        return _modifiers(self.text, self.ents)

    @cached_property
    def based_objects(self) -> set[Ent]:
        """ "X, a model based on Y, achieves ...": Y is not what achieves."""
        return {o for c in self.cue_spans("based_on") for o in self.objects_after(c[1], (METHOD,), max_gap=30)}

    @cached_property
    def oblique(self) -> set[Ent]:
        return _oblique(self.text, self.ents, self.chains, self.start)

    def cue_spans(self, kind: str) -> list[tuple[int, int]]:
        """The cues of ``kind`` found in this sentence."""
        spans = self.cues.get(kind)
        if spans is None:
            spans = self.cues[kind] = self._doc_cues.within(kind, self.start, self.end)
        return spans

    def mentions_any(self, keys: tuple[str, ...]) -> bool:
        """Cheap pre-filter: does the sentence contain one of these lower-case substrings?"""
        find, a, b = self.low.find, self.start, self.end
        for k in keys:  # (a loop: a generator in any() took ~1.5x as long over the up to 21 keys)
            if find(k, a, b) != -1:
                return True
        return False

    def negated(self, pos: int) -> bool:
        return bool(_NEGATED.search(self.text, max(self.start, pos - 40), pos))

    def subject_before(self, pos: int, labels: tuple[str, ...] = (METHOD,), *, allow_compared: bool = False,
                       reach: int = 200) -> Ent | None:
        """The subject of a cue at ``pos``: the nearest fitting entity before it, or the paper's own method."""
        floor = max(self.start, pos - reach)
        for stop in (";",):
            cut = self.text.rfind(stop, floor, pos)
            if cut >= 0:
                floor = cut + 1
        subject = None
        for e in reversed(self.ents):
            if e.end > pos or e.start < floor:
                continue
            if e.label in labels and e not in self.modifiers and e not in self.based_objects and \
                    e not in self.oblique and (allow_compared or e not in self.compared) \
                    and not is_paradigm_means(self.text, e, self.start):
                subject = e
                break
        if subject is not None and subject.label == METHOD:
            subject = self._instrument(subject, pos) or subject
        own = [m for m in self.own_mentions if floor <= m[0] and m[1] <= pos]
        if self.own is not None and own and (subject is None or own[-1][0] > subject.end):
            if not (self.low.startswith("we", own[-1][0]) and own[-1][1] - own[-1][0] == 2
                    and _WE_THAT.match(self.text, own[-1][1], pos)):
                return self.own
            # "We find that smaller finetuned decoders surpass ...": "we" only reports; what follows "that" is the
            # statement's subject (an unnamed one here)
        return subject

    def _instrument(self, subject: Ent, pos: int) -> Ent | None:
        """The paper's own method applied to ``subject`` before ``pos`` ("LLaMA2-7B using MD outperforms"):
        the proposed method is what the statement is about, the base model only hosts it."""
        for e in self.ents:
            if e.start < subject.end or e.end > pos:
                continue
            if e.label == METHOD and (e.proposed or (self.own is not None and e.text == self.own.text)) \
                    and _INSTRUMENT_BEFORE.search(self.text, max(subject.end, e.start - 30), e.start) \
                    and not _CLAUSE_GAP.search(self.text, subject.end, e.start):
                return e
        return None

    def subjects_before(self, pos: int, *, allow_compared: bool = False, reach: int = 200) -> list[Ent]:
        """Like :meth:`subject_before`, extended to the list the subject ends ("A and B outperform")."""
        subject = self.subject_before(pos, allow_compared=allow_compared, reach=reach)
        if subject is None:
            return []
        chain = chain_of(self.chains, subject)
        if subject in chain and chain[-1] == subject:
            return [e for e in chain if e not in self.modifiers]
        return [subject]

    def subject_after(self, pos: int) -> Ent | None:
        """A sentence-initial phrase ("Experiments on D show that X outperforms"): the METHOD that follows."""
        for e in self.ents:
            if e.start < pos or e.label != METHOD:
                continue
            if e in self.compared or e in self.modifiers or e in self.based_objects \
                    or is_paradigm_means(self.text, e, self.start):
                continue
            return e if is_subject_like(self.text, e, self.end) else None
        for m in self.own_mentions:
            if m[0] >= pos and self.own is not None:
                return self.own
        return None

    def objects_after(self, pos: int, labels: tuple[str, ...], *, max_gap: int = _MAX_ARG_GAP,
                      stop: re.Pattern[str] | None = None, modifiers_out: bool = False) -> list[Ent]:
        """The first fitting entity after ``pos`` (and the list it heads)."""
        for e in self.ents:
            if e.start < pos:
                continue
            if e.start - pos > max_gap:
                return []
            gap = self.text[pos:e.start]
            if any(c in gap for c in ".;") or (stop is not None and stop.search(gap)):
                return []
            if e.label not in labels and self.text.startswith("-", e.end) and TRAINED_MODIFIER.match(self.text, e.end):
                continue  # "surpasses the WIT-400M-trained CLIP": the dataset describes the object
            if e.label in labels:
                if modifiers_out and e in self.modifiers and _NAME_MODIFIER.match(self.text, _suffix_start(self.text, e.end)):
                    # "outperforms GPT-style Transformer LMs", "surpasses BERT-based baselines": the name only
                    # describes what is compared (the head right after it, when it is named)
                    continue
                chain = chain_of(self.chains, e)
                return list(chain[chain.index(e):]) if e in chain else [e]
            return []
        return []


#: "X is a Y model", "X, a Y model", "X, a new set of Y models": Y describes X (X is based on Y).
_PREDICATE_GAP = re.compile(
    r"\s*(?:,|\s(?:is|was|are)\s+)\s*(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:set|family|suite|series|collection)\s+of\s+(?:[\w-]+\s+)?)?\Z", _I)
#: "a Y model called X", "a Y framework, namely X": X is the new model of Y's kind.
_NAMED_AS_GAP = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:model|framework|method|approach|architecture|variant|network|system|algorithm|technique|"
    r"backbone|version|agent)s?\s*,?\s*(?:namely|called|termed|dubbed|named|so-called|coined)\s+(?:as\s+)?", _I)
#: "SNN-based FSL approaches", "GPT-style Transformer LMs": the name before a plural kind only says what kind of
#: (unnamed) things the phrase means.
#: (Not "models": "LLaMA-based Vicuna models" are Vicuna.)
_KIND_PLURAL_AFTER = re.compile(r"\s+(?:approaches|methods|techniques|frameworks|paradigms|algorithms|LMs|LLMs)\b", _I)
_MODEL_NOUN = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:model|variant|version|checkpoint|backbone|architecture|derivative|student|model,)s?\b", _I
)


#: "Transformer layers", "BERT embeddings": the entity names a part, the phrase is not the method.
_PART_NOUN = re.compile(
    r"\s+(?:layers?|blocks?|weights|backbones?|encoders?|decoders?|embeddings?|heads?|tokenizers?|features?|"
    r"representations?|outputs?|logits|activations?|checkpoints?|parameters|modules?)\b",
    _I,
)


#: A preposition right before an entity makes it an instrument or a setting ("using X", "with X"), not a subject.
#: "variants of X", "both formulations of X", "the effectiveness of X, surpassing ...": the entity after "of" still
#: names what acts.
_OF_HEAD_BEFORE = re.compile(
    r"\b(?:variants?|versions?|formulations?|configurations?|instantiations?|implementations?|models?|sizes?|"
    r"effectiveness|efficacy|superiority|performance|robustness|generality)\s+of\s+"
    r"(?:the\s+|our\s+|the\s+proposed\s+)?\Z",
    _I,
)
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:using|with|via|through|from|of|on|in|for|by|to|into|under|without|within|across|over|than|against|"
    r"between|among|per|upon|onto|towards?)\s+(?:the\s+|a\s+|an\s+)?\Z",
    _I,
)


_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:using|with|via|plus|equipped\s+with|enhanced\s+(?:with|by)|augmented\s+with|trained\s+with|"
    r"fine-?tuned\s+with)\s+(?:the\s+|our\s+)?\Z",
    _I,
)
#: "we show / find / observe that <a noun phrase> ..." (not "we show that we", "that it", "that our model").
_WE_THAT = re.compile(r"\s+(?:[\w-]+\s+){1,2}that\s*,?\s+(?!(?:we|it|ours?|this|the\s+proposed|the\s+resulting)\b)"
                      r"[^,;]{3,}\Z|"
                      # a claim about the field, commas and all: "we argue that under constrained resources, training
                      # a smaller model from scratch can outperform ..."
                      r"\s+(?:also\s+)?(?:argue|hypothesi[sz]e|conjecture|posit|believe|observe|find|found)\s+that\s*,?\s+"
                      r"(?!(?:we|it|ours?|this|the\s+proposed|the\s+resulting)\b)[^;]{3,}\Z", _I)
_CLAUSE_GAP = re.compile(r"[;:]|\b(?:while|whereas|but|which|than)\b", _I)
#: An entity in parentheses right after another: "for LLaMA-3.1-70B (LLaMA-2-70B)".
_PAREN_OPEN = re.compile(r"\s*\(\s*\Z")


def _abbreviates(short: str, long: str) -> bool:
    """True when the capitals and digits of ``short`` appear in order in ``long`` (an abbreviation, not a variant).

    Example:
        >>> _abbreviates("LS-LLaMA", "Label Supervised LLaMA"), _abbreviates("LLaMA-2-70B", "LLaMA-3.1-70B")
        (True, False)
    """
    marks = [c for c in long if c.isupper() or c.isdigit()]
    i = 0
    for c in short:
        if c.isupper() or c.isdigit():
            while i < len(marks) and marks[i] != c:
                i += 1
            if i == len(marks):
                return False
            i += 1
    return True


def _short_form_of(short: str, long: str) -> bool:
    """Whether ``short`` is a capitalised short form of ``long``: two capitals at least, and its capitals and digits
    in order in ``long`` (:func:`_abbreviates`).

    Example:
        >>> _short_form_of("LWC", "Learnable Weight Clipping"), _short_form_of("Lora", "Low Rank Adaptation")
        (True, False)
    """
    return sum(c.isupper() for c in short) >= 2 and _abbreviates(short, long)


def _oblique(text: str, ents: Sequence[Ent], chains: Sequence[Sequence[Ent]], start: int) -> set[Ent]:
    """Entities (and the lists they head) that follow a preposition, and those in parentheses after them."""
    out: set[Ent] = set()
    prev = None
    for e in ents:
        if e not in out and (
            (_PREPOSITION_BEFORE.search(text, max(start, e.start - 16), e.start)
             and not _OF_HEAD_BEFORE.search(text, max(start, e.start - 40), e.start))
            or (prev in out and prev.end <= e.start and _PAREN_OPEN.match(text, prev.end, e.start)
                and not _abbreviates(e.text, prev.text))
        ):
            chain = chain_of(chains, e)
            out.update(chain[chain.index(e):] if e in chain else [e])
        prev = e
    return out


#: "BERT-based models", "GPT-style LMs", "AlexNet-level accuracy": a name glued to a modifier suffix describes the next word.
_NAME_MODIFIER = re.compile(r"-(?:based|style|like|level|sized?|scale|class|powered|initiali[sz]ed|derived|distilled)\b", _I)
#: "AlexNet-level accuracy", "GPT-4-like quality", "BERT-sized models": the name only measures something else.
_LEVEL_SUFFIX = re.compile(r"-(?:level|like|sized?|scale|class|quality|grade)\b", _I)


def _modifiers(text: str, ents: Sequence[Ent]) -> set[Ent]:
    """Entities that only describe another one ("BERT-based", "AlexNet-level", "X is a LLaMA-7B model"): never
    subjects."""
    out = set()
    for i, e in enumerate(ents):
        end = _suffix_start(text, e.end)
        if _BASED_SUFFIX.match(text, end) or _PART_NOUN.match(text, e.end) or _LEVEL_SUFFIX.match(text, end) or (
            i > 0 and _is_predicate_model(text, ents[i - 1], e)
        ):
            out.add(e)
    return out


#: A short form in brackets glued to a modifier suffix: "(SAE)-based".
_SHORT_FORM_BEFORE_SUFFIX = re.compile(r"\s*\([^()\s]{1,15}\)(?=-)")


def _suffix_start(text: str, end: int) -> int:
    """Where a modifier suffix of the name ending at ``end`` would start: after a short form in brackets glued to it
    ("sparse autoencoder (SAE)-based approaches"), or after the bracket the short form itself closes ("(SAE)-based").

    Example:
        >>> t = "surpassing sparse autoencoder (SAE)-based approaches"
        >>> t[_suffix_start(t, 29):], t[_suffix_start(t, 34):]
        ('-based approaches', '-based approaches')
    """
    if text.startswith(")-", end):
        return end + 1
    if text.startswith(" (", end) or text.startswith("(", end):
        bracket = _SHORT_FORM_BEFORE_SUFFIX.match(text, end)
        if bracket is not None:
            return bracket.end()
    return end


#: An architecture named by its kind noun ("generative adversarial network", "fully convolutional network", "CNN",
#: "LSTM"): "X is a Y" needs no model noun after it.
_ARCHITECTURE_NAME = re.compile(r"(?:\bnetworks?|\bnets?|autoencoders?|\b(?-i:CNN|RNN|GAN|LSTM|GRU|VAE)s?)\Z", _I)
#: ... when the noun phrase ends there: "InfoGAN is a generative adversarial network that also maximizes ...".
_PHRASE_END = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:[,.;]|\Z|(?:that|which|whose|with|for|to)\b)", _I)


def _is_predicate_model(text: str, x: Ent, y: Ent) -> bool:
    """ "X is a Y model", "X, a Y variant", "X is a Y network that ...": Y describes what X is built from."""
    return x.label == y.label == METHOD and bool(_PREDICATE_GAP.fullmatch(text[x.end:y.start])) \
        and (bool(_MODEL_NOUN.match(text, y.end))
             or bool(_ARCHITECTURE_NAME.search(y.text)) and bool(_PHRASE_END.match(text, y.end))) \
        and not _BASED_SUFFIX.match(text, y.end)


#: (A subordinate clause's opener ends the object list too: "X outperforms previous work since this extends Y" has
#: no outperforms X -> Y.)
_OBJECT_STOP = re.compile(r"\b(?:on|by|across|in|at|while|with|for|when|which|despite|under|using|through|since|because|"
                          r"although|though|whereas|thereby|thus|hence|and\s+(?:is|are|achieves?))\b", _I)


def find_relations(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                   results: Sequence[Mapping[str, Any]] | None = None) -> list[dict[str, Any]]:
    """Find relations stated in ``text`` (pure; offsets index ``text``).

    Args:
        text: the document text.
        sentences: ``(start, end)`` bounds of its sentences.
        entities: entity spans (labels METHOD, DATASET, METRIC, TASK).
        results: the results ``kg_results`` found (optional): one that ties a
            METHOD and a DATASET to a number states that the method was
            evaluated on the dataset ("X reaches 80% on D").

    Returns:
        One dict per relation (keys :data:`RELATION_KEYS`), deduplicated, in text order.

    Example:
        >>> t = "BLIP-2 outperforms Flamingo on VQAv2."
        >>> es = [Ent(0, 6, "METHOD", "BLIP-2"), Ent(19, 27, "METHOD", "Flamingo"), Ent(31, 36, "DATASET", "VQAv2")]
        >>> [(r["relation"], r["subject"], r["object"]) for r in find_relations(t, [(0, len(t))], es)]
        [('outperforms', 'BLIP-2', 'Flamingo'), ('evaluated_on', 'BLIP-2', 'VQAv2')]
    """
    low = _lower_same_length(text)
    entities = _own_name_tails(text, low, entities)
    entities = [*entities, *_title_echoes(text, low, entities)]
    entities = sorted([*entities, *_task_echoes(text, low, entities)])
    own = proposed_method(entities, text)
    cues = _DocCues(low)
    own_mentions = own_work_mentions(low, 0, len(low), lowered=True) if own is not None else None
    own_starts = [m[0] for m in own_mentions] if own_mentions else []
    found: dict[tuple[str, int, int, int, int], dict[str, Any]] = {}
    for s_start, s_end in sentences:
        ents = entities_in(entities, s_start, s_end)
        if len(ents) < 2 and not (ents and own is not None):
            continue
        if len(ents) == 1 and not _lone_entity_may_relate(low, s_start, s_end, ents[0], own_starts):
            continue
        # (the own-work mentions that start in the sentence: _Sentence filtering all of them per sentence was quadratic)
        sent = _Sentence(text, low, cues, s_start, s_end, ents, own, own_mentions if own_mentions is None else
                         own_mentions[bisect_left(own_starts, s_start):bisect_right(own_starts, s_end)])
        for rel in _sentence_relations(sent):
            if rel["subject_start"] == rel["object_start"] or rel["subject"] == rel["object"]:
                continue
            key = (rel["relation"], rel["subject_start"], rel["subject_end"], rel["object_start"], rel["object_end"])
            if key not in found or found[key]["confidence"] < rel["confidence"]:
                found[key] = rel
    for rel in _results_evaluated_on(results or (), entities, text, sentences) + _own_benchmarks(text, entities, own) \
            + _own_evaluations(text, sentences, entities, own) + _own_task_evaluations(text, sentences, entities, own) \
            + _title_own_tasks(text, entities, own) + _named_after(entities, text) \
            + _own_parts(text, low, sentences, entities, own) \
            + _applied_bases(text, low, sentences, entities, own) \
            + _own_components(text, low, sentences, entities, own) \
            + _own_introduced_parts(text, low, sentences, entities, own) \
            + _title_means(text, entities, own):
        key = (rel["relation"], rel["subject_start"], rel["subject_end"], rel["object_start"], rel["object_end"])
        found.setdefault(key, rel)
    # "our mini models surpass BERT" in a paper whose only proposal is its dataset (CrisisHelpOffer): the own-work
    # default stands for the paper's first proposal, which may be a DATASET; these relations are a METHOD's
    rels = [r for r in found.values() if r["relation"] not in _METHOD_SUBJECT_RELATIONS or r["subject_label"] == METHOD]
    if any(r["relation"] in ("based_on", "outperforms") for r in rels):
        rels = [r for r in rels if not _paradigm_aside(text, sentences, r)]
    # a paradigm named as the means or setting of the statement is not what is evaluated or applied ("complementary
    # to many state-of-the-art PEFT methods on the VTAB-1k benchmark")
    rels = [r for r in rels if r["relation"] not in ("evaluated_on", "used_for") or r["subject_label"] != METHOD
            or not is_paradigm(r["subject"], text)
            or not is_paradigm_means(text, Ent(r["subject_start"], r["subject_end"], METHOD, r["subject"]))]
    named = _named_pairs(text, entities)
    if named:
        # "a framework based on dynamic Task Decomposition and Agent Generation (TDAG)", "LLMs with RASG ... surpass
        # ... without RASG": a name and its own short form are one method, neither built on nor beating the other
        rels = [r for r in rels if r["relation"] not in _SELF_PAIR_RELATIONS
                or ((r["subject"], r["object"]) not in named and (r["object"], r["subject"]) not in named)]
    # two writings of one name are one method ("different from most traditional uses of CNNs, our networks ..." after
    # "Convolutional Neural Networks (CNN)"): a plural ending or a short form written with the other, not a relation
    rels = [r for r in rels if r["relation"] not in _SELF_PAIR_RELATIONS
            or not _writes_one_name(_with_short_form(text, r["subject"], r["subject_end"]),
                                    _with_short_form(text, r["object"], r["object_end"]))]
    # a field is no task a method is used for (GUIDELINES: fields are not TASK): "Few-Shot Learning for Clinical
    # Natural Language Processing Using Siamese Neural Networks"
    rels = [r for r in rels if r["relation"] != "used_for" or not _FIELD_NAME.search(r["object"])]
    own_names = {e.text for e in entities if e.proposed}
    if own is not None and own_names:
        # a paper that names its own method states what that method is for; "fine-tuned BERT for NER" in
        # its background or baselines is no used_for the reader would list
        # (a variant named after the paper's method is its own too: "H2OVL-Mississippi-0.8B")
        # (and the long form the paper defines for its own short form: "Optical Flow Estimation using a Spatial
        # Pyramid Network" in the title of a paper proposing "our Spatial Pyramid Network (SPyNet)")
        rels = [r for r in rels if r["relation"] != "used_for" or r["subject"] in own_names
                or any(len(n) >= 4 and r["subject"].startswith(n) for n in own_names)
                or _defines_own_short_form(text, r["subject"], own_names)]
    return sorted(rels, key=lambda r: (min(r["subject_start"], r["object_start"]), r["object_start"],
                                                  r["relation"], r["subject_start"]))


_OWN_INTRODUCES = re.compile(
    r"\b(?:we|this\s+(?:paper|work))\s+(?:(?:also|further|additionally|then|first|specifically|newly)\s+)*"
    r"(?:introduces?|proposes?|develops?|designs?|incorporates?|devises?)\s+"
    r"(?:(?:an?|the|novel|new|simple|effective|efficient|lightweight)\s+)*", _I)


#: ... not a way of making data (GUIDELINES based_on: a method whose product is data is no part of the model).
_MAKES_DATA_AFTER = re.compile(r"\b(?:generat\w*|synthesi[sz]\w*|creat\w*|construct\w*|collect\w*|annotat\w*)\s+"
                               r"(?:[\w&-]+\s+){0,4}?(?:data|datasets?|samples|examples|q&as|questions|instructions|"
                               r"pairs|corpus|corpora)\b", _I)


#: The sentence elaborates on the method: it opens on a connective ("Specifically, we incorporate ...", "Second, we
#: introduce ...") or the verb has an adverb of addition ("we further introduce", "we also propose").
_ELABORATION_BEFORE = re.compile(
    r"\s*(?:(?:more\s+)?specifically|additionally|in\s+addition|moreover|furthermore|further|besides|in\s+particular|"
    r"first(?:ly)?|second(?:ly)?|third(?:ly)?|finally|then|to\s+[^,.;]{3,80}),\s*", _I)
_ELABORATION_ADVERB = re.compile(r"\s(?:also|further|additionally|then)\s", _I)
#: What a part is (GUIDELINES' own named components: a module, mechanism, loss, stage ...): the last word of its name
#: ("past-only quantization", "Lightning Attention") or the noun after it ("the Query Ladder adapter (QLadder)").
_PART_KINDS = (r"(?:modules?|mechanisms?|loss(?:es)?|layers?|blocks?|units?|strateg(?:y|ies)|techniques?|schemes?|"
               r"attention|components?|adapters?|quantization|regularization|distillation|encoders?|decoders?|heads?|"
               r"branch(?:es)?|gates?|gating|pooling|embeddings?|normalization|operators?|kernels?|stages?)")
_PART_KIND_END = re.compile(r"\b" + _PART_KINDS + r"(?:\s*\([^()]*\))?\Z", _I)
_PART_KIND_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?)?" + _PART_KINDS + r"\b",
                              _I)
#: ... nor a whole system of its own: "We then propose Y, a PTQ framework".
_WHOLE_KIND_AFTER = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,3}?"
                               r"(?:frameworks?|models?|systems?|architectures?|pipelines?|agents?)\b", _I)


def _sentence_at(sentences: Sequence[tuple[int, int]], pos: int, default: tuple[int, int]) -> tuple[int, int]:
    """The bounds of the sentence holding the character ``pos`` (``default`` when none does: a position in a gap).

    >>> _sentence_at([(0, 10), (11, 20)], 12, (-1, -1)), _sentence_at([(0, 10), (11, 20)], 10, (-1, -1))
    ((11, 20), (-1, -1))
    """
    return next(((a, b) for a, b in sentences if a <= pos < b), default)


def _own_introduced_parts(text: str, low: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                          own: Ent | None) -> list[dict[str, Any]]:
    """``based_on`` from the paper's headline method to a named part the paper then introduces in its own voice
    ("we propose WKVQuant, a PTQ framework ... Specifically, we incorporate past-only quantization ...")."""
    if own is None or own.label != METHOD or not own.proposed:
        return []
    body = text.find("\n\n") + 1
    first = next((e for e in entities if e.start >= body and e.proposed and e.label == METHOD
                   and (e.text == own.text or _same_name(e.text, own.text))), None)
    if first is None:
        return []
    sent_end = _sentence_at(sentences, first.start, (first.end, first.end))[1]
    out = []
    starts = [e.start for e in entities]
    for m in _OWN_INTRODUCES.finditer(text, sent_end):
        k = bisect_left(starts, m.end())
        if k >= len(entities):
            break
        a = _sentence_at(sentences, m.start(), (m.start(), m.start()))[0]
        if not (_ELABORATION_BEFORE.fullmatch(text, a, m.start()) or _ELABORATION_ADVERB.search(m.group())):
            continue  # a part is introduced as an elaboration of the method ("Specifically, we ...", "we also ...")
        y = entities[k]
        if y.start != m.end() or y.label != METHOD or not y.proposed or _one_name(y.text, own.text) \
                or _same_name(y.text, own.text):
            continue
        if not (_PART_KIND_END.search(y.text) or _PART_KIND_AFTER.match(text, y.end)):
            continue  # a part names its kind (GUIDELINES: a module, mechanism, loss, stage ...)
        if _WHOLE_KIND_AFTER.match(text, y.end):
            continue  # "We then propose FooQuant, a PTQ framework": another whole, not a part of the first
        if _MAKES_DATA_AFTER.search(text, y.end, _sentence_at(sentences, y.start, (len(text), len(text)))[1]):
            continue  # "We further introduce Time Series Evol-Instruct, a novel approach that generates diverse Q&As"
        out.append(_relation("based_on", own, y, "based_on_own_component"))
    return out


def _own_name_key(name: str) -> str:
    """A proposed name compared with a phrase: lower case, hyphens as spaces, a short form in brackets and a plural
    ending dropped ("wide residual networks (WRNs)" -> "wide residual network")."""
    key = re.sub(r"\s*\([^()]*\)\s*\Z", "", name).lower().replace("-", " ")
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


def _own_name_tails(text: str, low: str, entities: Sequence[Ent]) -> list[Ent]:
    """The entities, a METHOD that ends the paper's own lower-case name written in full taken as that name: in "a
    simple 16-layer-deep wide residual network outperforms ..." after "We call the resulting network structures wide
    residual networks (WRNs)", the mention "residual network" is the proposal's tail, and what the sentence says is of
    "wide residual network" (the paper's method), not of residual networks.

    Example:
        >>> t = "We call them wide residual networks (WRNs). A wide residual network wins."
        >>> es = [Ent(13, 42, "METHOD", "wide residual networks (WRNs)", True), Ent(51, 67, "METHOD", "residual network")]
        >>> [(e.text, e.proposed) for e in _own_name_tails(t, t.lower(), es)]
        [('wide residual networks (WRNs)', True), ('wide residual network', True)]
    """
    owns = {}
    for e in entities:
        if e.proposed and e.label == METHOD and " " in e.text.strip():
            key = _own_name_key(e.text)
            if key.count(" ") >= 1:
                owns.setdefault(key, e)
    if not owns:
        return list(entities)
    out = []
    for e in entities:
        if e.label == METHOD and not e.proposed and e.text.islower():
            # (a lower-case tail only: "CLIP" in "robust CLIP" is the model Robust CLIP builds on)
            tail = _own_name_key(e.text)
            for key in owns:
                if key != tail and key.endswith(" " + tail):
                    start = e.start - (len(key) - len(tail))
                    if start >= 0 and _own_name_key(low[start:e.end]) == key and (start == 0 or not low[start - 1].isalnum()):
                        e = Ent(start, e.end, METHOD, text[start:e.end], True)
                        break
        out.append(e)
    return out


def _defines_own_short_form(text: str, name: str, own_names: set[str]) -> bool:
    """Whether the text defines ``name`` (in any case) as the long form of one of the paper's proposed short names.

    Example:
        >>> _defines_own_short_form("Our Spatial Pyramid Network (SPyNet) is fast.", "Spatial Pyramid Network", {"SPyNet"})
        True
        >>> _defines_own_short_form("Our Spatial Pyramid Network is fast.", "Spatial Pyramid Network", {"SPyNet"})
        False
    """
    if len(name.split()) < 2:
        return False
    return any(re.search(re.escape(name) + r"\s*\(\s*" + re.escape(n) + r"\s*\)", text, re.IGNORECASE)
               for n in own_names if n and n != name)


#: A research field, not a task: "natural language processing", "clinical NLP", "computer vision".
_FIELD_NAME = re.compile(r"(?:^|\s)(?:natural\s+language\s+processing|NLP|computer\s+vision|machine\s+learning|"
                         r"artificial\s+intelligence|deep\s+learning)(?:\s*\([^()]*\))?\Z", _I)


#: An explicit derivation right before a training paradigm: "X extends contrastive learning with ...", "X combines
#: KD and PEFT", "an algorithm based on reinforcement learning", "based on new structured pruning and knowledge
#: distillation techniques" (the cue, then at most five words without a preposition).
_PARADIGM_DERIVATION_BEFORE = re.compile(
    r"\b(?:extends?|extending|extension\s+of|builds?\s+(?:up)?on|building\s+(?:up)?on|built\s+(?:up)?on(?:\s+top\s+of)?|"
    r"based\s+on|combines?|combining|combination\s+of|integrates?|integrating|incorporates?|incorporating|"
    r"unif(?:y|ies|ying))\s+(?:(?!(?:within|in|into|with|for|to|of|via|using|through|by|as|from|during|after)\b)"
    r"[\w-]+,?\s+){0,5}?\Z",
    _I,
)


#: "models trained without data augmentation", "than models tuned with RL": the paradigm is how the compared models were
#: made, not the compared method. The words between are modifiers, not the comparison ("FooNet with LoRA outperforms
#: SFT": "with" governs LoRA).
_PARADIGM_INSTRUMENT_BEFORE = re.compile(
    r"\b(?:with|without|using|via|through|by|utili[sz]ing|leveraging)\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?!(?:outperform|surpass|beat|exceed|than|over|against|versus|vs|compared|relative)\w*\b)[a-z][\w-]*\s+){0,2}\Z",
    _I)
#: "outperforming existing PEFT methods", "previous structural pruning techniques": a class of other work's methods,
#: not the paradigm itself (the gold passes marked none of these as outperforms; "outperforms full fine-tuning",
#: "than integer quantization methods" they did).
_PARADIGM_CLASS_BEFORE = re.compile(
    r"\b(?:existing|previous|prior|state-of-the-art|sota|other|conventional|traditional|current|popular|mainstream)\s+"
    r"(?:[\w-]+\s+){0,2}\Z", _I)
_PARADIGM_CLASS_AFTER = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:methods|techniques|approaches|baselines|algorithms)\b",
                                   _I)


def _paradigm_aside(text: str, sentences: Sequence[tuple[int, int]], r: dict[str, Any]) -> bool:
    """Whether a ``based_on`` or ``outperforms`` relation with a training paradigm is not one (GUIDELINES, session 15):
    ``based_on`` a paradigm without an explicit derivation (:func:`_derived_from_paradigm`) or from one (a paradigm is
    no model built on another); ``outperforms`` a paradigm the compared models were made with or a class of other
    work's methods (:data:`_PARADIGM_INSTRUMENT_BEFORE`, :data:`_PARADIGM_CLASS_BEFORE`)."""
    if r["relation"] == "based_on":
        if r["subject_label"] == METHOD and is_paradigm(r["subject"], text):
            return True
        return is_paradigm(r["object"], text) and not _derived_from_paradigm(text, sentences, r["object_start"])
    if r["relation"] != "outperforms" or not is_paradigm(r["object"], text):
        return False
    start, end = r["object_start"], r["object_end"]
    return bool(_PARADIGM_INSTRUMENT_BEFORE.search(text, max(0, start - 50), start)
                or (_PARADIGM_CLASS_BEFORE.search(text, max(0, start - 50), start)
                    and _PARADIGM_CLASS_AFTER.match(text, end)))


def _derived_from_paradigm(text: str, sentences: Sequence[tuple[int, int]], start: int) -> bool:
    """Whether the training paradigm at ``start`` follows an explicit derivation cue in its sentence
    (GUIDELINES: a method trained with, tuned by or described as a kind of a paradigm, "fine-tuned with SFT", "a
    knowledge distillation framework", "an RLHF-based model", is not ``based_on`` it; "X extends / combines /
    is based on Y" is).

    Example:
        >>> t = "We incorporate it within a knowledge distillation setup. X combines knowledge distillation and PEFT."
        >>> [_derived_from_paradigm(t, [(0, 56), (57, len(t))], t.find(w, at)) for w, at in (("knowledge", 0),
        ...                                                                                  ("knowledge", 57), ("PEFT", 0))]
        [False, True, True]
    """
    k = bisect_right(sentences, (start, len(text))) - 1
    floor = max(sentences[k][0] if k >= 0 else 0, start - 100)
    return bool(_PARADIGM_DERIVATION_BEFORE.search(text, floor, start))


_SELF_PAIR_RELATIONS = ("based_on", "outperforms")
_METHOD_SUBJECT_RELATIONS = ("outperforms", "evaluated_on")
#: Between a METHOD and the name it is given right after it: "Task Decomposition and Agent Generation (TDAG)",
#: "a Band-Split RoPE Transformer (called BS-RoFormer)".
_NAMED_PAIR_GAP = re.compile(r"\s*\(\s*(?:(?:called|termed|dubbed|named|i\.e\.,?|or|aka)\s+)?")


def _named_pairs(text: str, entities: Sequence[Ent]) -> set[tuple[str, str]]:
    """(name, short name) of each METHOD followed by another METHOD in parentheses that closes right after it.

    Example:
        >>> t = "based on a Band-Split RoPE Transformer (called BS-RoFormer)."
        >>> sorted(_named_pairs(t, [Ent(11, 38, "METHOD", t[11:38]), Ent(47, 58, "METHOD", t[47:58])]))
        [('Band-Split RoPE Transformer', 'BS-RoFormer')]
    """
    out = set()
    prev = None
    for e in entities:
        if prev is not None and e.label == prev.label == METHOD and e.start > prev.end \
                and text.find("(", prev.end, e.start) != -1 and _NAMED_PAIR_GAP.fullmatch(text, prev.end, e.start) \
                and _PAREN_CLOSE.match(text, e.end):
            out.add((prev.text, e.text))
        if prev is None or e.end > prev.end:
            prev = e
    return out


_WRITTEN_WITH_SHORT = re.compile(r"(.*?)\s*\(([^()]+)\)\s*\Z")
_SHORT_FORM_WRITTEN_AFTER = re.compile(r"\s*\([^()]{1,15}\)")


def _with_short_form(text: str, name: str, end: int) -> str:
    """A mention's text with the short form in parentheses written right after it ("Convolutional Neural Networks
    (CNN)"), if any."""
    m = _SHORT_FORM_WRITTEN_AFTER.match(text, end)
    return name + m.group() if m is not None and not name.endswith(")") else name


#: A plural ending, written lower-case after a letter ("CNNs", "Transformers"; not the S of "CLIPS", "MTS").
_PLURAL_END = re.compile(r"(?<=[A-Za-z])e?s\Z")


def _writes_one_name(a: str, b: str) -> bool:
    """Whether two mention texts write one name: the same words but for a plural ending, or one is the long or the
    short form the other writes with it.

    Example:
        >>> _writes_one_name("CNNs", "Convolutional Neural Networks (CNN)"), _writes_one_name("LSTMs", "LSTM")
        (True, True)
        >>> _writes_one_name("Stacked GANs", "GANs"), _writes_one_name("PT-SNN", "Siamese Neural Network (SNN)")
        (False, False)
        >>> _writes_one_name("LLaMA (7B)", "Falcon (7B)"), _writes_one_name("CLIPS", "CLIP")
        (False, False)
    """
    def forms(name: str) -> set[str]:
        m = _WRITTEN_WITH_SHORT.match(name)
        # (only a short form of the name: "LLaMA (7B)" and "Falcon (7B)" are two models)
        short = m is not None and _short_form_of(m.group(2), m.group(1))
        return {_PLURAL_END.sub("", f.strip()).casefold() for f in ((name, m.group(1), m.group(2)) if short else (name,))}
    return not forms(a).isdisjoint(forms(b))


#: A one-word name is a name by a digit or two capitals ("Swin3D", "ImageNet"), not "Language" nor "lAnguage".
_INNER_CAPITAL = re.compile(r"[0-9]|[A-Z].*[A-Z]")


_ECHO_LABELS = frozenset((METHOD, DATASET, TASK))


def _title_echoes(text: str, low: str, entities: Sequence[Ent]) -> list[Ent]:
    """Title words that repeat a name the abstract marks, as entities of the title.

    A title in Title Case often goes unmarked where the abstract marks the same words ("Swin3D: A
    Pretrained Transformer Backbone for 3D Indoor Scene Understanding" and "a pretrained 3D backbone ...
    for 3D indoor scene understanding"); the title states what the paper's method is for, so its
    relations need the name there. Each abstract name (METHOD, DATASET, TASK of several words or with a
    capital or digit inside; longest first, whole words, case aside) is looked for in the title where no entity lies; it keeps its label and its
    ``proposed`` flag. ``low`` is ``text`` lower-cased (same offsets).

    Example:
        >>> t = "Swin3D: Backbone for 3D Scene Understanding\\n\\nWe study 3D scene understanding."
        >>> es = [Ent(0, 6, "METHOD", "Swin3D", True), Ent(54, 76, "TASK", "3D scene understanding")]
        >>> [(e.start, e.text) for e in _title_echoes(t, t.lower(), es)]
        [(21, '3D Scene Understanding')]
    """
    cut = low.find("\n\n")
    if cut <= 0:
        return []
    taken = [(e.start, e.end) for e in entities if e.start < cut]
    names: dict[str, Ent] = {}
    for e in entities:
        if e.start < cut or e.label not in _ECHO_LABELS:
            continue
        key = low[e.start:e.end]
        known = names.get(key)
        if known is None:
            # (the title test first: it fails for most names, and is cheaper than the regex)
            if len(key) >= 3 and low.find(key, 0, cut) != -1 and (" " in key or _INNER_CAPITAL.search(e.text)):
                names[key] = e
        elif e.proposed and not known.proposed:
            names[key] = e
    out = []
    for key in sorted(names, key=len, reverse=True):
        i = low.find(key, 0, cut)
        while i != -1:
            j = i + len(key)
            if (i == 0 or not (low[i - 1].isalnum() or low[i - 1] == "-")) \
                    and (j >= cut or not (low[j].isalnum() or low[j] == "-")) \
                    and not any(a < j and i < b for a, b in taken):
                e = names[key]
                out.append(Ent(i, j, e.label, text[i:j], e.proposed))
                taken.append((i, j))
            i = low.find(key, j, cut)
    return out


def _task_echoes(text: str, low: str, entities: Sequence[Ent]) -> list[Ent]:
    """Abstract words that repeat a task name of several words marked elsewhere, where no entity lies.

    "At the core of Deep Research is knowledge mining, ... We introduce Falconer, a collaborative framework ...
    for scalable knowledge mining": the second mention states what the method is for. Whole words, case aside.

    Example:
        >>> t = "Knowledge mining is hard. We introduce X for scalable knowledge mining."
        >>> [(e.start, e.text) for e in _task_echoes(t, t.lower(), [Ent(0, 16, "TASK", "Knowledge mining")])]
        [(54, 'knowledge mining')]
    """
    names = {low[e.start:e.end] for e in entities if e.label == TASK and " " in e.text}
    if not names:
        return []
    cut = low.find("\n\n") + 1  # the abstract (the whole text without a title)
    # the characters the entities and echoes take (and where an empty span sits), so that an echo's
    # overlap test reads its own characters, not every taken span (quadratic in a long text)
    taken, points = bytearray(len(low) + 1), bytearray(len(low) + 1)
    for e in entities:
        if e.start < e.end:
            taken[e.start:e.end] = b"\x01" * (e.end - e.start)
        elif 0 <= e.start <= len(low):
            points[e.start] = 1  # overlaps a span it lies strictly inside
    out = []
    for key in sorted(names, key=lambda k: (-len(k), k)):  # longest first, then by text: never set order
        i = low.find(key, cut)
        while i != -1:
            j = i + len(key)
            if not (i > 0 and (low[i - 1].isalnum() or low[i - 1] == "-")) and (j >= len(low) or not (low[j].isalnum() or low[j] == "-")) \
                    and taken.find(1, i, j) < 0 and points.find(1, i + 1, j) < 0:
                out.append(Ent(i, j, TASK, text[i:j]))
                taken[i:j] = b"\x01" * (j - i)
            i = low.find(key, j)
    return out


def _lone_entity_may_relate(low: str, start: int, end: int, e: Ent, own_starts: Sequence[int]) -> bool:
    """Whether a sentence naming one entity can relate it to the paper's own method (a cheap necessary test).

    With one entity the other argument can only be the paper's method, which every pattern reaches
    through an own-work mention in the sentence ("our model outperforms X", "we evaluate on D"),
    except the default of an experiments phrase ("Extensive experiments on D show ...").

    Example:
        >>> low = "results are strong. extensive experiments on d show gains."
        >>> _lone_entity_may_relate(low, 0, 19, Ent(0, 7, "DATASET", "results"), [])
        False
        >>> _lone_entity_may_relate(low, 20, 58, Ent(45, 46, "DATASET", "d"), [])
        True
        >>> _lone_entity_may_relate(low, 0, 19, Ent(0, 7, "METHOD", "results"), [3])
        True
    """
    i = bisect_left(own_starts, start)
    if i < len(own_starts) and own_starts[i] < end:
        return True
    return e.label in (DATASET, TASK) and any(low.find(k, start, end) != -1 for k in ("experiment", "evaluat", "test"))


def _results_evaluated_on(results: Sequence[Mapping[str, Any]], entities: Sequence[Ent], text: str = "",
                          sentences: Sequence[tuple[int, int]] = ()) -> list[dict[str, Any]]:
    """``evaluated_on`` from results tying a METHOD and a DATASET to a number, except a compared baseline's
    number ("On the MATH benchmark, ... SORSA achieved 10.36% accuracy, outperforming LoRA (5.50%) and PiSSA
    (7.44%)": the paper's evaluation, of which the baselines are the background; a baseline is named as
    evaluated only where a sentence says so).

    Example:
        >>> es = [Ent(0, 4, "METHOD", "BERT"), Ent(20, 25, "DATASET", "SQuAD")]
        >>> r = {"method": "BERT", "method_start": 0, "method_end": 4, "dataset": "SQuAD", "dataset_start": 20,
        ...      "dataset_end": 25}
        >>> [(x["subject"], x["object"], x["confidence"]) for x in _results_evaluated_on([r], es)]
        [('BERT', 'SQuAD', 0.5)]
    """
    if not results:
        return []
    by_span = {(e.start, e.end, e.label): e for e in entities}
    starts: list[int] = []
    out = []
    for r in results:
        if not r.get("method") or not r.get("dataset"):
            continue
        subj = by_span.get((r.get("method_start"), r.get("method_end"), METHOD))
        obj = by_span.get((r.get("dataset_start"), r.get("dataset_end"), DATASET))
        if subj is None or obj is None:
            continue
        if text and sentences:
            starts = starts or [a for a, _ in sentences]
            if _compared_in_sentence(text, sentences, starts, entities, subj):
                continue
        if text and _TRAINED_ON.search(text, max(0, obj.start - 60), obj.start):
            continue  # "By pretraining on the same ImageNet21k, X achieves 87.3% on ImageNet": training data
        out.append(_relation("evaluated_on", subj, obj, "evaluated_on_result"))
    return out


def _compared_in_sentence(text: str, sentences: Sequence[tuple[int, int]], starts: Sequence[int],
                          entities: Sequence[Ent], e: Ent) -> bool:
    """Whether ``e`` is a comparison object in its sentence ("outperforming LoRA (5.50%)", "surpasses Swin-T");
    ``starts`` are the sentences' start offsets."""
    i = bisect_right(starts, e.start) - 1
    if i < 0:
        return False
    a, b = sentences[i]
    if not a <= e.start < b:
        return False
    ents = entities_in(entities, a, b)
    return e in comparison_objects(text, ents, coordination_chains(text, ents), a)


#: A benchmark by its name ("ItineraryBench", "Tele-Eval", "MMToM-QA" is not one by name) ...
_BENCHMARK_NAME = re.compile(r"bench|eval|arena", _I)
#: ... or by what the abstract says of it, near one of its mentions.
_BENCHMARK_CONTEXT = re.compile(
    r"\bbenchmarks?\b|\btest\s*(?:bed|suite)s?\b|\bevaluation\s+(?:suite|set|dataset|framework|system)s?\b|"
    r"\b(?:to|for)\s+(?:evaluat|assess|measur|test|benchmark)\w*|\b(?:evaluates?|assess(?:es)?|measures?)\b", _I)
#: Data the paper trains on is not what it evaluates on.
_TRAINING_CONTEXT = re.compile(
    r"\b(?:train|fine-?tun|instruction-?tun|pre-?train|distill?)\w*\s+(?:[\w-]+\s+){0,3}?(?:data|dataset|corpus|set)\b|"
    r"\b(?:data|dataset|corpus)\s+(?:[\w-]+\s+){0,2}?(?:for|to)\s+(?:train|fine-?tun|instruction-?tun|pre-?train)",
    _I)


def _own_benchmarks(text: str, entities: Sequence[Ent], own: Ent | None) -> list[dict[str, Any]]:
    """``evaluated_on`` from the paper's own method to a benchmark the same paper introduces.

    A paper that proposes both a method and a benchmark ("we introduce ItineraryBench ...
    we propose TDAG") evaluates the method on it, though it rarely says so in one sentence.
    A proposed DATASET counts as a benchmark by its name (``*Bench*``, ``*Eval*``, ``*Arena*``)
    or when a sentence with one of its mentions calls it a benchmark or says it evaluates,
    assesses or measures; never when that sentence presents it as training data. The method
    must be named first: a paper that opens with its benchmark ("PPTC Benchmark: ...") is
    about the benchmark, and a method it proposes later is most often a baseline or an
    extraction error. A benchmark whose name shares its first six letters with the method's
    is the same artifact under another name (WebLINX / WEBLINX, DataComp-LM / DCLM benchmark).

    Example:
        >>> t = "TDAG: agents. We introduce ItineraryBench, a benchmark for travel planning. We train on TDAG-Data."
        >>> es = [Ent(0, 4, "METHOD", "TDAG", True), Ent(27, 41, "DATASET", "ItineraryBench", True),
        ...       Ent(89, 98, "DATASET", "TDAG-Data", True)]
        >>> [(r["subject"], r["object"]) for r in _own_benchmarks(t, es, es[0])]
        [('TDAG', 'ItineraryBench')]
        >>> t = "DCLM: data. We present DataComp-LM and the DCLM benchmark to measure data curation."
        >>> es = [Ent(23, 34, "METHOD", "DataComp-LM", True), Ent(43, 57, "DATASET", "DCLM benchmark", True)]
        >>> _own_benchmarks(t, es, es[0])
        []
    """
    if own is None or own.label != METHOD:
        return []
    by_text: dict[str, list[Ent]] = {}
    for e in entities:
        if e.label == DATASET:
            by_text.setdefault(e.text, []).append(e)
    out = []
    for name, mentions in by_text.items():
        if not any(e.proposed for e in mentions) or mentions[0].start < own.start or _same_family(name, own.text) \
                or (sum(c.isupper() or c.isdigit() for c in name.split()[0]) > 1
                    and _abbreviates(name.split()[0], own.text)):
            continue
        windows = [_sentence_around(text, e) for e in mentions]
        if any(_TRAINING_CONTEXT.search(text, max(0, e.start - 60), e.end + 60) for e in mentions):
            continue
        if any(_TRAINED_ON.search(text, max(0, e.start - 60), e.start) for e in mentions):
            continue  # "post-training on CRAB improves ...": the paper's training data (GUIDELINES evaluated_on)
        if _BENCHMARK_NAME.search(name) or any(_BENCHMARK_CONTEXT.search(w) for w in windows):
            out.append(_relation("evaluated_on", own, mentions[0], "evaluated_on_own_benchmark"))
    return out


#: A sentence that reports or describes an evaluation ...
_EVALUATION_SENTENCE = re.compile(
    r"\b(?:experiment|evaluat|result|achiev|outperform|surpass|accura|score|benchmark|perform(?!ing\b)|state-of-the-art|sota|"
    r"improv|test)|\d%", _I)
#: ... and not one about training data ("pre-trained on D", "a corpus", "fine-tuning on D").
_TRAINING_SENTENCE = re.compile(r"\b(?:pre-?train|train|fine-?tun|distill|corpus|corpora|collect|crawl|scrap)", _I)
_OWN_VOICE = re.compile(r"\b(?:we|our)\b", _I)
#: The same on an ASCII text's lower-case copy, from the non-word character before the word: opening on a class lets
#: the engine skip in C to the candidates (the case-insensitive ``\b`` made it try every position, ~3x as long).
_OWN_VOICE_AFTER_LOWER = re.compile(r"\W(?:we|our)\b")
_OWN_VOICE_LOWER = re.compile(r"(?:we|our)\b")


def _own_voice(text: str, start: int, end: int) -> int:
    """Where ``_OWN_VOICE.search(text, start, end)`` matches first (-1: nowhere).

    Example:
        >>> [_own_voice(t, 0, len(t)) for t in ("Here, we go", "We go", "Ours", "Elsewhere our", "in_our")]
        [6, 0, -1, 10, -1]
        >>> _own_voice("answer our", 4, 10), _own_voice("answer our", 6, 9)
        (7, -1)
    """
    low = _ascii_lower(text)
    if low is None:
        m = _OWN_VOICE.search(text, start, end)
        return -1 if m is None else m.start()
    if start == 0 and _OWN_VOICE_LOWER.match(low, 0, end):
        return 0
    # (a word at ``start`` > 0 follows the character at start - 1, as ``\b`` reads it there)
    m = _OWN_VOICE_AFTER_LOWER.search(low, max(0, start - 1), end)
    return -1 if m is None else m.start() + 1
#: The two for an ASCII text's lower-case copy (the same matches, case-insensitive patterns try every position: ~2x
#: as slow).
_EVALUATION_SENTENCE_LOWER = re.compile(_EVALUATION_SENTENCE.pattern)
_TRAINING_SENTENCE_LOWER = re.compile(_TRAINING_SENTENCE.pattern)


def _own_evaluation_sentences(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                              label: str) -> Iterator[tuple[int, int, list[Ent]]]:
    """The sentences where the abstract may report its own evaluation, with their entities, when they name a
    ``label`` entity (a DATASET the paper does not propose, or any TASK).

    The abstract's background comes first: a sentence counts only after the body first names a proposed
    entity or speaks as "we"/"our" (the floor shared by :func:`_own_evaluations` and
    :func:`_own_task_evaluations`).

    Example:
        >>> t = "X\\n\\nModels do well on GLUE. We propose X. X does well on PACS."
        >>> es = [Ent(20, 24, "DATASET", "GLUE"), Ent(37, 38, "METHOD", "X", True), Ent(55, 59, "DATASET", "PACS")]
        >>> [(a, b, [e.text for e in ents]) for a, b, ents in
        ...  _own_evaluation_sentences(t, [(3, 25), (26, 39), (40, 60)], es, DATASET)]
        [(40, 60, ['PACS'])]
    """
    body = text.find("\n\n")
    body = body + 2 if body >= 0 else 0
    floor = next((e.start for e in entities if e.proposed and e.start >= body), len(text))
    voice = _own_voice(text, body, floor)
    if voice >= 0:
        floor = voice
    for s_start, s_end in sentences:
        if s_end <= floor:
            continue
        ents = entities_in(entities, s_start, s_end)
        if any(e.label == label and not (label == DATASET and e.proposed) for e in ents):
            yield s_start, s_end, ents


def _plain_evaluation(text: str, start: int, end: int, ents: Sequence[Ent], compared_ok: bool = False,
                      training_ok: bool = False, claim_ok: bool = False) -> bool:
    """Whether a sentence reports an evaluation of the paper's own work only: it talks about evaluation or
    results, names no METHOD the paper does not propose (the statement may be that method's) and does not
    speak of training or training data (with ``training_ok`` it may: a task the own method is trained or fine-tuned
    for is a task it is applied to, GUIDELINES used_for)."""
    low = _ascii_lower(text)
    if low is None:
        low, training, evaluation = text, _TRAINING_SENTENCE, _EVALUATION_SENTENCE
    else:
        training, evaluation = _TRAINING_SENTENCE_LOWER, _EVALUATION_SENTENCE_LOWER
    if not evaluation.search(low, start, end) and not (claim_ok and _TASK_CLAIM.search(text, start, end)
                                                       and not _CLAIM_OF_OTHERS.search(text, start, end)
                                                       and _speaks_of_own(text, start, end, ents)):
        return False
    if not training_ok and training.search(low, start, end):
        return False
    # (a training paradigm the statement names as its means is no other method's: "we demonstrate, through targeted
    # supervised fine-tuning (SFT) ..., significant improvements in mathematical reasoning")
    others = [e for e in ents if e.label == METHOD and not e.proposed and not is_paradigm_means(text, e, start)]
    if not others:
        return True
    if not compared_ok and not all(is_paradigm(e.text, text) for e in others):
        # (a paradigm the own method is compared with, "consistently outperforming existing PEFT methods", leaves
        # the statement the own method's)
        return False
    compared = with_short_forms(text, ents, comparison_objects(text, ents, coordination_chains(text, ents), start))
    return all(e in compared for e in others)


#: A dataset (or the list it is in) is named as where something is measured: after a preposition or a list
#: opener ("on the X", "across A and B", "benchmarks: A, B", "tasks (including A, B)", "problems (GSM8K)") ...
_DATA_ROLE_BEFORE = re.compile(
    r"(?:\b(?:on|across|against|from|over|in|of|using|with|including|like|such\s+as|to)\b|[:(]|"
    r"\b(?:benchmarks?|datasets?|sets?|suites?|corpus|corpora)\s*,)\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?\Z|"
    r"\b(?:benchmarks?|datasets?|sets?|suites?|corpus|corpora)\s+\Z",
    _I)
#: ... but not data named as what a method augments, pre-trains or distils with ("over Wikipedia augmentation").
_DATA_AS_RESOURCE_AFTER = re.compile(r"\s+(?:augmentation|augmented|pre-?training|distillation)\b(?!\s+(?:benchmarks?|tasks?))",
                                     _I)
#: ... or by a data head noun right after it ("the PubMedQA dataset", "BIG-bench tasks").
_DATA_HEAD_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:benchmarks?|datasets?|data\b|corpus|suites?|sets?\b|tasks?\b)", _I)


def _own_evaluations(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                     own: Ent | None) -> list[dict[str, Any]]:
    """``evaluated_on`` from the paper's own method to each dataset an evaluation sentence of its own work names.

    In the gold of every hand-made set, 97% of the relations have the paper's proposed method as subject
    and 82% of (proposed method, dataset) pairs are ``evaluated_on``: an abstract reports its own results
    on the datasets it names, in phrasings no cue list covers ("State-of-the-art results are achieved on
    three major benchmarks: PACS, VisDA-C, and DomainNet-126", "Benchmarked against the MTEB, X shows").
    A sentence counts when it talks about evaluation or results, names no other (non-proposed) METHOD (then
    the statement may be that method's), does not speak of training data, names the dataset where something is
    measured (after "on / across / from / including ...", or with a head noun "the X benchmark": not "still
    lack robust ToM capacity", "HPC code"), and does not come before the
    abstract first names the own method or speaks as "we"/"our" (the background opening: "LMs perform
    well on standardized coding benchmarks but struggle with ... SWE-Bench"). Datasets the paper proposes
    are left to :func:`_own_benchmarks`. The subject is the proposed method the sentence names, when it names one
    (a variant or another of the paper's models: :func:`_named_own`).

    Example:
        >>> t = ("X: a method\\n\\nModels do well on GLUE. We propose X. "
        ...      "State-of-the-art results are achieved on PACS and VisDA-C. We pre-train on C4.")
        >>> es = [Ent(0, 1, "METHOD", "X", True), Ent(31, 35, "DATASET", "GLUE"), Ent(48, 49, "METHOD", "X", True),
        ...       Ent(92, 96, "DATASET", "PACS"), Ent(101, 108, "DATASET", "VisDA-C"), Ent(126, 128, "DATASET", "C4")]
        >>> ss = [(0, 11), (13, 36), (37, 50), (51, 109), (110, 129)]
        >>> [(r["subject"], r["object"]) for r in _own_evaluations(t, ss, es, es[0])]
        [('X', 'PACS'), ('X', 'VisDA-C')]
    """
    if own is None or own.label != METHOD or not any(e.label == DATASET and not e.proposed for e in entities):
        return []
    out = []
    for s_start, s_end, ents in _own_evaluation_sentences(text, sentences, entities, DATASET):
        if not _plain_evaluation(text, s_start, s_end, ents, compared_ok=True):
            continue
        chains = coordination_chains(text, ents)
        for e in ents:
            if e.label != DATASET or e.proposed:
                continue
            first = chain_of(chains, e)[0]
            if _DATA_AS_RESOURCE_AFTER.match(text, e.end):
                continue  # "an improvement ... over Wikipedia augmentation": the data as a resource of a method
            if _TRAINED_ON.search(text, max(s_start, first.start - 60), first.start):
                continue  # "We evaluate X on Cityscapes by adapting from GTAV and SYNTHIA": the training data
            if _DATA_ROLE_BEFORE.search(text, max(s_start, first.start - 40), first.start) \
                    or _DATA_HEAD_AFTER.match(text, e.end):
                out.append(_relation("evaluated_on", _named_own(text, ents, e, own), e, "evaluated_on_own_results"))
    return out


#: A proposed name the sentence contrasts with the one it speaks about ("Unlike FooNet-L, FooNet-S achieves ...").
_CONTRASTED_BEFORE = re.compile(r"\b(?:unlike|compared\s+(?:to|with)|in\s+contrast\s+to|than|versus|vs\.?|relative\s+to)"
                                r"\s+(?:the\s+)?\Z", _I)


def _named_own(text: str, ents: Sequence[Ent], e: Ent, own: Ent) -> Ent:
    """The subject of an own-evaluation sentence's statement about ``e``: the proposed METHOD the sentence names,
    the first before ``e``, else the first after it ("We evaluate HyperT5 on P3" in the HyperTuning paper,
    "LS-unLLaMA achieves ... in NER", "Evaluated on SWE-Bench-Verified, EvoScale enables ..."), else the paper's
    method ``own`` ("State-of-the-art results are achieved on PACS"). A name the sentence contrasts with another
    ("Unlike FooNet-L, FooNet-S achieves 80% on ImageNet") is not the subject (:data:`_CONTRASTED_BEFORE`).

    Example:
        >>> own, v = Ent(0, 11, "METHOD", "HyperTuning", True), Ent(30, 37, "METHOD", "HyperT5", True)
        >>> _named_own("", [v, Ent(41, 43, "DATASET", "P3")], Ent(41, 43, "DATASET", "P3"), own).text
        'HyperT5'
        >>> _named_own("", [Ent(50, 54, "DATASET", "PACS")], Ent(50, 54, "DATASET", "PACS"), own).text
        'HyperTuning'
        >>> t = "Unlike FooNet-L, FooNet-S achieves 80% on ImageNet."
        >>> es = [Ent(7, 15, "METHOD", "FooNet-L", True), Ent(17, 25, "METHOD", "FooNet-S", True)]
        >>> _named_own(t, es, Ent(42, 50, "DATASET", "ImageNet"), own).text
        'FooNet-S'
    """
    named = [x for x in ents if x.label == METHOD and x.proposed
             and not _CONTRASTED_BEFORE.search(text, max(0, x.start - 30), x.start)]
    before = [x for x in named if x.end <= e.start]
    return before[0] if before else next((x for x in named if x.start >= e.end), own)


#: A sentence that shows the own method working on a task without an evaluation word ("We verify the proposed method
#: on a practical problem: T", "We demonstrate the effectiveness of our approach on T1 and T2 tasks", "X is
#: effective for tasks such as T").
_TASK_CLAIM = re.compile(
    r"\b(?:verif(?:y|ies|ied)|validat(?:e|es|ed)|effectiveness|efficacy|superiority"
    r"|(?:is|are|be|being|was|were|proves?|proved|proven)\s+(?:[a-z]+ly\s+)?effective\s+(?:in|for|on|at|across)"
    r")\b", _I)
#: ... but not a sentence that tells of others' work ("We verify that existing methods fail on T", "Many works verify
#: that attention helps in T", "Prior studies have questioned the effectiveness of pre-training on T"): the claim is
#: theirs. Not what the own method is compared with ("the superiority of our approach over existing methods on T") or
#: applied to ("verify X's efficacy in extending the usable context window for existing models").
_CLAIM_OF_OTHERS = re.compile(
    r"\bet\s+al\b|(?<!over )(?<!than )(?<!with )(?<!against )(?<!to )(?<!for )(?<!outperforms )(?<!outperforming )"
    r"(?<!surpasses )(?<!surpassing )\b(?:prior|previous|earlier|recent|existing|related|past|other|many|several|"
    r"numerous|most)\s+(?:works?|studies|research|methods|approaches|efforts|literature|models|systems)\b", _I)
#: "the proposed ...", "its", "their": words of a claim about the own work (see :func:`_speaks_of_own`).
_OWN_CLAIM_WORD = re.compile(r"\b(?:(?:the|this)\s+proposed|its|their)\b", _I)


def _speaks_of_own(text: str, start: int, end: int, ents: Sequence[Ent]) -> bool:
    """Whether a sentence speaks of the paper's own work: "we / our / its", "the proposed ...", or a proposed METHOD's
    name; a claim word alone is no evaluation of it ("The effectiveness of such approaches for T is well known").

    Example:
        >>> t = "The effectiveness of such approaches for image classification is well known."
        >>> _speaks_of_own(t, 0, len(t), []), _speaks_of_own("We verify the method on T.", 0, 26, [])
        (False, True)
    """
    return (_own_voice(text, start, end) >= 0 or _OWN_CLAIM_WORD.search(text, start, end) is not None
            or any(e.label == METHOD and e.proposed for e in ents))


#: A task named where something is measured: after a preposition or list opener ("on A and B", "across
#: tasks such as A", "tasks: A, B") ...
_TASK_ROLE_BEFORE = re.compile(
    r"(?:\b(?:on|across|in|for|including|like|such\s+as|namely|encompassing|spanning)\b|[:(])\s*(?:the\s+)?"
    r"(?:[\w-]+\s+){0,2}?\Z|\btasks\s*,\s*\Z"
    # "on the memory-demanding task of T", "the problem of T", "results on vision tasks, i.e., T1, T2" (not a training
    # objective: "BERT, whose pre-training task of masked language modeling ...", "the pretext task of T")
    r"|(?<!training\s)(?<!pretext\s)(?<!auxiliary\s)(?<!proxy\s)\b(?:tasks?|problems?)\s+of\s+(?:the\s+)?\Z"
    r"|\bi\.\s?e\.\s*,?\s*\Z", _I)
#: ... or with a task head noun after it ("the summarization task", "QA and NLI tasks").
_TASK_HEAD_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:tasks?|problems?|benchmarks|datasets)\b", _I)
#: ... but not a task describing the data: inside a list opened after a data noun ("10 datasets (covering T, ...").
_DATA_LIST_BEFORE = re.compile(r"\b(?:benchmarks?|datasets?|corpora|suites?)\s*\([^()]*\Z", _I)
#: ... or as the next item of a list whose earlier task was taken: a bare comma or "and" after it or after the data
#: it is measured on ("machine translation on IWSLT and WMT, and summarization on XSUM"), a describing word or two
#: before the item ("tasks such as phone book lookup, long paragraph question-answering, and infilling").
_TASK_LIST_GOES_ON = re.compile(
    r"(?:\s+(?:on|in)\s+[^.;:()]{1,80}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?!(?:and|or|but|while|whereas|with|without|on|in|for|to|of|by|than|unlike|against|versus|vs|over|"
    r"compared|outperform\w*|surpass\w*|the|a|an|its|their|our)\b)[a-z][\w-]*\s+){0,2}", _I)
#: ... nor a task word naming one dataset ("the Commonsense Reasoning benchmark", "T data"); the plural is where
#: the method is measured ("on two numerical reasoning benchmarks", "across four QA benchmarks").
_NAMES_DATA_AFTER = re.compile(r"\s+(?:benchmark|dataset|corpus|data|suite)\b", _I)


def _own_task_evaluations(text: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                          own: Ent | None) -> list[dict[str, Any]]:
    """``used_for`` from the paper's own method to each task an evaluation sentence of its own work names.

    The task twin of :func:`_own_evaluations`: "Experiments on image captioning, image-text retrieval and
    visual question answering show that NEVLP ...", "evaluation on three open-domain medical
    question-answering tasks reveals ...": the tasks a paper evaluates its own method on are what it is
    for. Same sentence tests (about evaluation or results, or a sentence that verifies or validates the method on a
    task or shows it effective there: :data:`_TASK_CLAIM`; no other non-proposed METHOD except one the own method is
    compared with, "Our model outperforms BERTurk ... for the NER task", after the abstract first
    speaks of its own work; a training word does not stop it: a task the method is trained or fine-tuned for is one it
    is applied to, unless the method named before is a baseline: "outperforms BERT, a model pre-trained for machine
    translation, on ..."); the task stands where something is measured ("on / across
    / for / such as T", "T tasks", "on two T benchmarks (A and B)": the GUIDELINES count a task the method is evaluated
    on as what it is used for; "T benchmarks / datasets", "tasks, T1 and T2", "scenarios encompassing T"; the next
    item of such a list after the data of the one before or a describing word or two, "T1 on D1 and D2, and T2 on
    D3", "tasks such as T1, long paragraph T2, and T3": :data:`_TASK_LIST_GOES_ON`), not as what
    the data covers ("10 datasets (covering T, ...)") nor as the name of one dataset ("the Commonsense Reasoning
    benchmark", "T data").
    The subject is the proposed method the sentence names, when it names one (:func:`_named_own`), except a sized
    variant of another proposed name ("VAN-B6", "CodeT5+ 16B"): the variant reports a number, the family is what is
    used for the task (the paper's method stays the subject).

    Example:
        >>> t = ("X: a method\\n\\nLMs do well on translation. We propose X. "
        ...      "Experiments on summarization and question answering show gains.")
        >>> es = [Ent(0, 1, "METHOD", "X", True), Ent(28, 39, "TASK", "translation"), Ent(52, 53, "METHOD", "X", True),
        ...       Ent(70, 83, "TASK", "summarization"), Ent(88, 106, "TASK", "question answering")]
        >>> ss = [(0, 11), (13, 40), (41, 54), (55, 118)]
        >>> [(r["subject"], r["object"]) for r in _own_task_evaluations(t, ss, es, es[0])]
        [('X', 'summarization'), ('X', 'question answering')]
    """
    if own is None or own.label != METHOD or not any(e.label == TASK for e in entities):
        return []
    families = {e.text for e in entities if e.label == METHOD and e.proposed and len(e.text) >= 3}
    plural = _distinct_own(entities)
    out = []
    for s_start, s_end, ents in _own_evaluation_sentences(text, sentences, entities, TASK):
        if not _plain_evaluation(text, s_start, s_end, ents, compared_ok=True, training_ok=True, claim_ok=True):
            continue
        if _introduces_own_data(text, s_start, s_end, ents):
            continue  # "we introduce ItineraryBench in the context of travel planning": the tasks the data is about
        chains = coordination_chains(text, ents)
        listed = None  # the last task taken: "T1 on D1 and D2, and T2 on D3" goes on with its list
        taken: set[Ent] = set()
        for e in ents:
            if e.label != TASK:
                continue
            first = chain_of(chains, e)[0]
            last = chain_of(chains, e)[-1]
            if _NAMES_DATA_AFTER.match(text, last.end) or _DATA_LIST_BEFORE.search(text, max(s_start, first.start - 60),
                                                                                   first.start):
                continue  # "on the Commonsense Reasoning benchmark", "10 datasets (covering T, ...)"
            if _DATA_PURPOSE_BEFORE.search(text, max(s_start, first.start - 60), first.start):
                continue  # "on PTB, a treebank originally built for language modeling": what the data was made for
            made = _MADE_FOR_BEFORE.search(text, max(s_start, first.start - 60), first.start)
            if made and not max((x for x in ents if x.label == METHOD and x.end <= made.start()), key=lambda x: x.start,
                                default=own).proposed:
                continue  # "outperforms BERT, a model pre-trained for machine translation": what the baseline is for
            if _TASK_ROLE_BEFORE.search(text, max(s_start, first.start - 40), first.start) \
                    or _TASK_HEAD_AFTER.match(text, last.end) \
                    or first in taken or (listed is not None and listed.end < first.start
                                          and _TASK_LIST_GOES_ON.fullmatch(text, listed.end, first.start)
                                          and all(x.label == DATASET for x in ents
                                                  if listed.end <= x.start and x.end <= first.start)):
                listed = e
                taken.add(e)
                named = _named_own(text, ents, e, own)
                if any(c in "- " and named.text[:i] in families for i, c in enumerate(named.text) if i >= 3):
                    named = own  # "VAN-B6 achieves ... for panoptic segmentation": the family is what it is for
                if named is own and plural and _PLURAL_OWN.search(text, s_start, s_end):
                    # "We evaluate both pre-trained models on ...", "These variants achieve ...": each of them
                    out += [_relation("used_for", x, e, "used_for_own_evaluations") for x in plural]
                    continue
                out.append(_relation("used_for", named, e, "used_for_own_evaluations"))
    return out


def _introduces_own_data(text: str, start: int, end: int, ents: Sequence[Ent]) -> bool:
    """Whether the sentence presents a dataset or benchmark of the paper's own ("we introduce ItineraryBench in the
    context of travel planning", "We also release FooQA, a benchmark for T") and names no proposed METHOD: its tasks are
    what the data covers, not what the method is evaluated on.

    Example:
        >>> t = "In response, we introduce ItineraryBench in the context of travel planning."
        >>> _introduces_own_data(t, 0, len(t), [Ent(26, 40, "DATASET", "ItineraryBench", True),
        ...                                      Ent(60, 75, "TASK", "travel planning")])
        True
    """
    if any(e.label == METHOD and e.proposed for e in ents):
        return False
    head = _PROPOSAL_BEFORE.search(text, start, end)
    if head is None or _OWN_METHOD_WORDS.search(text, start, end):
        return False
    # the named data, or an unnamed one: "we introduce a general measure of semantic consistency"
    return any(e.label == DATASET and e.proposed and e.start >= head.end() for e in ents) \
        or bool(_DATA_KIND_AFTER.match(text, head.end(), end))


#: An unnamed dataset or measure as the object of the proposal verb.
_DATA_KIND_AFTER = re.compile(r"(?:an?|the|two|three)\s+(?:(?!(?:that|which|for|to|with|and|or)\b)[\w-]+\s+){0,3}?"
                              r"(?:measures?|metrics?|datasets?|benchmarks?|corpus|corpora|suites?|testbeds?|collections?)"
                              r"(?![\w-])", _I)


#: The own method referred to without its name ("our method", "the proposed approach").
_OWN_METHOD_WORDS = re.compile(r"\b(?:our|the\s+proposed)\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|framework|system|"
                               r"technique|algorithm|agent|pipeline)s?\b", _I)


#: "a treebank originally built for T", "a benchmark designed for T": the task a dataset was made for.
_DATA_PURPOSE_BEFORE = re.compile(
    r"\b(?:datasets?|corpus|corpora|benchmarks?|treebanks?|collections?|suites?|testbeds?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:built|designed|created|collected|curated|constructed|proposed|introduced|developed|intended|tailored)\s+"
    r"(?:specifically\s+)?(?:for|to\s+evaluate|to\s+study)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?\Z", _I)
#: "pre-trained for T", "a model designed for T", "pre-trained on the task of T": the task a model was trained or made
#: for, the baseline's when the method named before it is one the own method is compared with.
_MADE_FOR_BEFORE = re.compile(
    r"\b(?:pre-?trained|trained|fine-?tuned|designed|built|developed|tailored|specialized|optimized|intended)\s+"
    r"(?:specifically\s+|primarily\s+|mainly\s+|originally\s+)?"
    r"(?:for|on\s+(?:the\s+|a\s+)?(?:tasks?|objectives?)\s+of)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?\Z", _I)
_PLURAL_OWN = re.compile(r"\b(?:both|these|the\s+(?:two|three|proposed))\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:models|methods|approaches|variants|architectures)\b", _I)


def _distinct_own(entities: Sequence[Ent]) -> list[Ent]:
    """The paper's proposed METHODs when it proposes two to five distinct ones (no name inside another; a long form and
    its short form are one method, named by the first: "Pre-Trained SNN (PT-SNN) and SNN with Second-Order Embeddings
    (SOE-SNN)" are two).

    Example:
        >>> es = [Ent(0, 15, METHOD, "Pre-Trained SNN", True), Ent(17, 23, METHOD, "PT-SNN", True),
        ...       Ent(29, 36, METHOD, "SOE-SNN", True)]
        >>> [e.text for e in _distinct_own(es)]
        ['Pre-Trained SNN', 'SOE-SNN']
    """
    firsts: dict[str, Ent] = {}
    for e in entities:
        if e.label == METHOD and e.proposed:
            firsts.setdefault(e.text.casefold(), e)
    keys = list(firsts)
    out: list[Ent] = []
    for k in keys:
        if any(k != o and (k in o or o in k) for o in keys):
            continue
        if not any(_abbreviates(firsts[k].text, x.text) or _abbreviates(x.text, firsts[k].text) for x in out):
            out.append(firsts[k])
    return out if 2 <= len(out) <= 5 else []


#: "for / towards (Scalable) T" in a title.
_TITLE_OWN_FOR = re.compile(r"\b(?:for|towards)\s+(?:[\w-]+\s+){0,2}?\Z", _I)
#: ... not what data, a measure or a survey is for ("Datasets for Question Answering: A Survey", "Evaluation Metrics
#: for Machine Translation", "Scaling Laws for Neural Machine Translation"): no method is.
_TITLE_NOT_METHOD_FOR = re.compile(
    r"\b(?:datasets?|benchmarks?|corpus|corpora|resources?|metrics?|measures?|laws|surveys?|reviews?|annotations?|"
    r"leaderboards?|testbeds?|suites?|collections?|lessons|guidelines?)\s+(?:for|towards)\s+(?:[\w-]+\s+){0,2}?\Z", _I)


def _title_own_tasks(text: str, entities: Sequence[Ent], own: Ent | None) -> list[dict[str, Any]]:
    """``used_for`` from the paper's own method to a task its title says the work is for, when the title does not
    name the method ("Learning Transferable Architectures for Scalable Image Recognition" (NASNet), "Specializing
    Smaller Language Models towards Multi-Step Reasoning"): the title states what the paper's method is for (a title
    naming the method is read by the title patterns of :func:`_used_for`).

    Example:
        >>> t = "Learning Architectures for Scalable Image Recognition\\n\\nWe propose NASNet."
        >>> es = [Ent(36, 53, "TASK", "Image Recognition"), Ent(66, 72, "METHOD", "NASNet", True)]
        >>> [(r["subject"], r["object"]) for r in _title_own_tasks(t, es, es[1])]
        [('NASNet', 'Image Recognition')]
    """
    end = text.find("\n\n")
    if own is None or own.label != METHOD or not own.proposed or end <= 0:
        return []
    title = [e for e in entities if e.end <= end]
    if any(e.proposed and e.label == METHOD for e in title):
        return []
    return [_relation("used_for", own, t, "used_for_title_own") for t in title
            if t.label == TASK and _TITLE_OWN_FOR.search(text, max(0, t.start - 40), t.start)
            and not _TITLE_NOT_METHOD_FOR.search(text, max(0, t.start - 60), t.start)]


#: The paper speaking of its own method taking a named part: "we use LRPE", "we integrate gradient low-rank
#: projection into our approach", "our approach employs Y", "This work uses the recently presented Y technique".
_PART_VERBS = (r"(?:use|uses|employ|employs|adopt|adopts|integrate|integrates|incorporate|incorporates|utili[sz]es?|"
               r"leverage|leverages|harness|harnesses|build\s+(?:up)?on|builds\s+(?:up)?on)\s+")
#: The paper's own voice right before the verb (matched on the lower-case text where "we" / "our" / "this" starts:
#: str.find for those is ~10x cheaper than a regex scan of the text).
_OWN_PART_VERB = re.compile(
    r"(?:we|our\s+(?:[\w-]+\s+){0,2}?(?:method|model|approach|framework|system|architecture|pipeline)s?|"
    r"this\s+(?:work|paper|study))\s+(?:(?:also|further|additionally|then|first|instead|specifically|mainly|simply|"
    r"directly|newly|explicitly)\s+)*" + _PART_VERBS)
_OWN_VOICE_STARTS = ("we ", "our ", "this ")
#: After the method's name: "X uses Y", "X (short) employs Y", "X, which integrates Y".
_NAMED_PART_VERB = re.compile(r"\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:which|that)\s+|\s+)(?:also\s+|further\s+|additionally\s+)?"
                              + _PART_VERBS)
#: "using Y as the backbone": the role a part plays in the method ...
_AS_PART_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?as\s+(?:the|a|an|our|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:backbones?|base\s+(?:model|LLM|LM|language\s+model|network|architecture)s?|foundation\s+models?|encoders?|"
    r"decoders?|retrievers?|predictors?|polic(?:y|ies)|teachers?|LLMs?|language\s+models?)\b", _I)
#: ... after a verb of use: "using / with / adopting (the large language model) Y".
_AS_PART_BEFORE = re.compile(
    r"\b(?:using|uses?|used|with|adopting|adopts?|employing|employs?|taking|takes?|choosing|chooses?|leveraging|"
    r"utili[sz]ing)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.-]+\s+){0,4}?\Z", _I)
#: A reinforcement or preference learning algorithm by its name's shape: "PPO", "DPO", "GRPO", "Direct Preference
#: Optimization", "REINFORCE".
_LEARNING_ALGORITHM = re.compile(r"\A(?-i:[A-Z]{0,3}PO|REINFORCE)\Z|(?:policy|preference)\s+optimi[sz]ation\Z", _I)
#: A named parameter-efficient method whose modules a model is trained as or made of (GUIDELINES based_on, adapter
#: modules): "LoRA", "QLoRA", "DoRA", "low-rank adaptation", "low-rank adapters", "prefix tuning", "P-Tuning v2", "IA3"
#: (not the paradigm names: PEFT, prompt tuning).
_ADAPTER_METHOD = re.compile(
    r"\A(?-i:(?:Q|Ada|Lo|Do|Ve)?(?:LoRA|DoRA|VeRA)s?\+?|IA3|\(IA\)3|\(IA\)\^3)\Z|\Alow-rank\s+adapt(?:at)?ion\b|"
    r"\Alow-rank\s+adapters?\Z|\Aprefix[- ]tuning\Z|\AP-tuning(?:\s+v2)?\Z", _I)
#: ... named as what the model is tuned with or as the modules it trains: "fine-tunes ... via LoRA", "finetuned by
#: Low-Rank Adaptation (LoRA)", "recovered through tuning techniques, LoRA", "jointly fine-tune a low-rank adaption
#: (LoRA) module"; made of them: "into / in a set of low-rank adapters", a listed component "(2) a shape-aware mixture
#: of LoRAs" (after a preposition or a list mark, not "we evaluate a set of LoRA variants").
_TUNED_WITH_BEFORE = re.compile(
    r"\b(?:using|with|via|through|by|adopting|employing|applying)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:than|over|against|to|and|or)\b)[\w-]+,?\s+){0,3}?(?:of\s+)?\(?\Z|"
    r"\b(?:fine-?tun\w*|finetun\w*|train\w*|learn\w*)\s+(?:a|an|the|its|their|several|multiple)\s+(?:[\w-]+\s+){0,2}?\Z|"
    r"(?:\b(?:into|in|of|as|with)\s+|[:;)]\s*)(?:a|an)\s+(?:[\w-]+\s+)?(?:set|collection|mixture|pool|bank|library)\s+of\s+"
    r"(?:[\w-]+\s+)?\Z", _I)
_FOR_TRAINING_AFTER = re.compile(r"\s+for\s+(?:the\s+)?(?:fine-?tuning|finetuning|training)\b", _I)
_MODULE_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:modules?|adapters?|layers?|weights|parameters)\b", _I)
#: ... not as what the method works beside ("FooNet is compatible with LoRA", "can be combined with LoRA", "orthogonal
#: to LoRA") ...
_BESIDE_BEFORE = re.compile(r"\b(?:compatible|combined|combinable|complementary|orthogonal|alongside|together)\s+"
                            r"(?:with|to)\s+(?:[\w-]+,?\s+){0,3}?\(?\Z", _I)
#: ... and the model tuned is not another named model: "We evaluate FooNet on LLaMA models fine-tuned with LoRA" (the
#: base models are tuned, GUIDELINES' applied-to rule; "we fine-tune LLaMA with LoRA to obtain X" names X's tuning).
_TUNED_MODEL_AFTER = re.compile(r"(?:\s+(?:models?|variants?|checkpoints?|backbones?))?\s+(?:that\s+(?:is|are|was|were)\s+)?"
                                r"(?:\w+ly\s+)?(?:fine-?tuned|finetuned|tuned|trained|adapted)\b", _I)
#: ... unless the phrase describes the own model: "LS-Foo, a LLaMA model fine-tuned with LoRA".
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?\Z", _I)
#: ... named as what the method is trained with (not as a baseline, nor as other work's: :data:`_COMPARED_NEAR`).
_TRAINED_WITH_BEFORE = re.compile(
    r"\b(?:using|with|via|through|by|used\s+for|adopting|employing|applying)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?!(?:than|over|against|to|and|or)\b)[\w-]+\s+){0,3}?(?:of\s+)?\Z", _I)
_COMPARED_NEAR = re.compile(r"\b(?:than|compar(?:e|es|ed|ing)|versus|vs\.?|unlike|outperform\w*|surpass\w*|baselines?|over|"
                            r"instead\s+of|rather\s+than|alternative|such\s+as|including|existing|prior|previous|"
                            r"conventional|standard|traditional)\b", _I)
#: What may stand between the verb and the part: an article and a few describing words, no preposition or clause.
_OWN_PART_GAP = re.compile(
    r"(?:(?!(?:to|for|of|on|in|with|from|by|as|and|or|that|which|data|outputs?|responses?)\b)[\w-]+\s+){0,5}?", _I)
#: The part is a tool or a data source, not a part: "we use GPT-4 to generate ...", "as a judge", "GPT-4 outputs".
_OWN_PART_TOOL_AFTER = re.compile(
    r"\s*(?:\([^()]{0,30}\)\s*)?(?:(?:only|solely|merely|just|mainly)\s+)?(?:(?:-?generated|outputs?|responses?|annotations?|data|dataset|api|prompts?|"
    r"predictions?|labels?)\b|to\s+(?:automatically\s+)?(?:generate|annotate|label|create|produce|synthesi[sz]e|evaluate|"
    r"judge|score|rate|assess|filter|rewrite|translate|collect|construct|simulate|extract|compare|curate|paraphrase|"
    r"bootstrap|back-translate|distill)|"
    r"as\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:judges?|evaluators?|annotators?|critics?|graders?|raters?|scorers?|baselines?|oracles?)\b|"
    r"for\s+(?:comparison|evaluation|annotation|data)\b|"
    # "We adopt the DCGAN for sample generation": it makes the training data ("Stable Diffusion for image generation"
    # in an image-editing method is a part of it: images only as augmentation)
    r"for\s+(?:the\s+)?(?:[\w-]+\s+)?(?:(?:samples?|data|examples?|instances?)\s+(?:generation|synthesis|augmentation)|"
    r"images?\s+augmentation)\b)", _I)


def _own_parts(text: str, low: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
               own: Ent | None) -> list[dict[str, Any]]:
    """``based_on`` from the paper's one named method to an existing METHOD the paper says it uses as a part
    ("We integrate these selective SSMs into a simplified end-to-end neural network architecture" (Mamba), "This work
    uses the recently presented 3D Gaussian Splatting technique" (D3GA), "we use a dense passage retriever"), the
    model it runs on ("using the large language model LLaMA-7B as a predictor" (LLMZip)), the learning algorithm it
    trains with ("we optimize the model's reasoning path selection through the PPO algorithm" (DialCoT)) and the
    parameter-efficient method whose modules it is trained as ("The model is finetuned by Low-Rank Adaptation (LoRA)"
    (LS-LLaMA), "jointly fine-tune a low-rank adaption (LoRA) module" (mPLUG-Owl): GUIDELINES, adapter modules).

    Own voice ("we", "our approach", "this work" right before the verb) or the method's name as the subject: the
    sentence need not name the method.
    Not when the paper names several methods of its own (which one takes the part is unsaid) nor none, and not a
    tool or a data source ("we use GPT-4 to generate", "as a judge", "ChatGPT outputs").

    Example:
        >>> t = "TransNormerLLM\\n\\nWe propose TransNormerLLM. Specifically, we use LRPE to avoid dilution."
        >>> es = [Ent(0, 14, "METHOD", "TransNormerLLM", True), Ent(27, 41, "METHOD", "TransNormerLLM", True),
        ...       Ent(64, 68, "METHOD", "LRPE")]
        >>> [(r["subject"], r["object"]) for r in _own_parts(t, t.lower(), [(0, 14), (16, 41), (42, len(t))], es, es[0])]
        [('TransNormerLLM', 'LRPE')]
    """
    if own is None or own.label != METHOD or not own.proposed:
        return []
    names = {e.text for e in entities if e.proposed and e.label == METHOD}
    same = {n for n in names if n == own.text or _same_name(n, own.text)}
    if len(same) < len(names) and not _titled(text, own):
        return []
    out = []
    body = text.find("\n\n") + 1
    verbs = []
    for stem in _OWN_VOICE_STARTS:
        i = low.find(stem, body)
        while i != -1:
            if i == 0 or not low[i - 1].isalnum():
                m = _OWN_PART_VERB.match(low, i)
                if m is not None:
                    verbs.append(m.span())
            i = low.find(stem, i + 3)
    # "X uses Y", "X, which employs Y": the method's own name as the subject
    verbs += [(e.start, m.end()) for e in entities if e.proposed and e.text in same and e.start >= body
              and e.label == METHOD and (m := _NAMED_PART_VERB.match(low, e.end)) is not None]
    for m_start, m_end in sorted(verbs):
        y = next((e for e in entities if e.start >= m_end), None)
        if y is None or y.start - m_end > 60 or y.label != METHOD or y.proposed or _same_name(y.text, own.text):
            continue
        if not _OWN_PART_GAP.fullmatch(text, m_end, y.start) or _NEGATED.search(text, max(0, m_start - 30), m_start):
            continue
        if _OWN_PART_TOOL_AFTER.match(text, y.end):
            continue
        out.append(_relation("based_on", own, y, "based_on_own_part"))
    as_role = low.find(" as ", body) != -1
    # where the abstract first names its method (background comes before it)
    first_own = next((e.start for e in entities if e.start >= body and e.proposed and e.text in same), len(text))
    named_short: set[Ent] = set()
    sentence_starts = [a for a, _ in sentences]
    for y in entities:
        if y.start < body or y.label != METHOD or y.proposed:
            continue
        if _LEARNING_ALGORITHM.search(y.text):
            # "we optimize ... using the Proximal Policy Optimization (PPO) algorithm", "optimized by a single GRPO
            # loop", "then used for direct preference optimization (DPO)": the learning algorithm the method trains with
            # (not "We compare X with PPO and DPO", "Existing methods optimized via DPO overfit"), once the abstract has
            # named its method or in a sentence about it: "RLHF with PPO is unstable" before "We propose X" is background
            if _TRAINED_WITH_BEFORE.search(text, max(body, y.start - 50), y.start) \
                    and not _COMPARED_NEAR.search(text, max(body, y.start - 60), y.start) \
                    and (y.start > first_own or _about_own(text, low, sentences, entities, same, y)):
                out.append(_relation("based_on", own, y, "based_on_own_part"))
        elif y not in named_short and _ADAPTER_METHOD.search(y.text) and not is_paradigm(y.text, text):
            # "The model is finetuned by Low-Rank Adaptation (LoRA)", "jointly fine-tune a low-rank adaption (LoRA)
            # module": the modules of a parameter-efficient method the own model is trained as (GUIDELINES based_on,
            # adapter modules), in a sentence after the method is named or about it; not a method compared with LoRA.
            # A short form in parentheses names it (the name readers write) and ends the phrase.
            short = next((e for e in entities if e.start > y.end and e.label == METHOD
                          and _PAREN_OPEN.fullmatch(text, y.end, e.start) and _PAREN_CLOSE.match(text, e.end)), None)
            if short is not None:
                named_short.add(short)
            end = _PAREN_CLOSE.match(text, short.end).end() if short is not None else y.end
            m = _TUNED_WITH_BEFORE.search(text, max(body, y.start - 60), y.start)
            i = bisect_right(sentence_starts, y.start) - 1
            lo = max(body, sentence_starts[i] if i >= 0 else 0, y.start - 80)
            base = next((e for e in reversed(entities) if e.label == METHOD and not e.proposed and lo <= e.start < y.start
                         and _TUNED_MODEL_AFTER.match(text, e.end)
                         and not _APPOSITIVE_BEFORE.search(text, max(lo, e.start - 30), e.start)), None)
            # "we propose a method comprising two components: low-rank adaptation for training ...": the purpose
            # after the name says so in a sentence about the paper's method
            if (m is not None and (not m.group().lower().startswith(("fine", "train", "learn")) or _MODULE_AFTER.match(text, end))
                    and (y.start > first_own or _about_own(text, low, sentences, entities, same, y))
                    or _FOR_TRAINING_AFTER.match(text, end) and _about_own(text, low, sentences, entities, same, y)) \
                    and not _COMPARED_NEAR.search(text, max(body, y.start - 60), y.start) \
                    and base is None and not _BESIDE_BEFORE.search(text, lo, y.start):
                out.append(_relation("based_on", own, short if short is not None else y, "based_on_own_part"))
        elif as_role and _AS_PART_AFTER.match(text, y.end) \
                and _AS_PART_BEFORE.search(text, max(body, y.start - 50), y.start) and not _same_name(y.text, own.text):
            # "using GPT-4o as the backbone", "using the large language model LLaMA-7B as a predictor", in a sentence
            # about the paper's method (its name or its own voice), not of other work ("Prior work uses BERT as the
            # backbone, but we ...", "Unlike previous methods that use BERT as the encoder, X ...")
            if not _COMPARED_NEAR.search(text, max(body, y.start - 60), y.start) \
                    and _about_own(text, low, sentences, entities, same, y):
                out.append(_relation("based_on", own, y, "based_on_own_part"))
    return out


#: The named model the paper's own method is applied to in its own experiments (GUIDELINES based_on, applied-to base
#: model, session 16): "Experiments on the Qwen2.5-7B model", "we apply proxy-tuning to Llama2-70B", "QLLM quantizes
#: the 4-bit LLaMA-2-70B", "allows us to fine-tune LLaMa2-7B", "using the Llama3.2 model", "sparsity into a 1.3B
#: parameter GPT-3 XL model", "the layers of GPT2-medium", "We evaluate LightSeq on Llama-7B" (the cue, then at most
#: three describing words: an article, a size, a bit width).
_APPLIED_TO_CUE = re.compile(
    r"(?:\bexperiments?\s+(?:(?:conducted|performed|carried\s+out)\s+)?(?:on|with)|"
    r"\bevaluat(?:e|es|ed|ing)\s+(?:(?!(?:based|built|trained|fine-?tuned|pre-?trained)\b)[\w-]+\s+){1,2}?on|"
    r"\bappl(?:y|ies|ying|ied)\s+(?:[\w-]+\s+){0,3}?to|"
    r"\b(?:fine-?tunes?|fine-?tuning|finetunes?|finetuning|quantiz(?:es?|ing)|prun(?:es?|ing)|compress(?:es|ing)?|"
    r"boosts?|boosting)|"
    r"\bsparsity\s+into|\busing\s+the|\blayers\s+of|"
    r"\b(?:boost|improv|enhanc)(?:es|ed|ing|s|e)?\s+the\s+performance\s+of|\bresults\s+with|"
    r"\bdistill(?:s|ed|ing)?\s+(?:(?:[\w.-]+|\([^()]{1,20}\))\s+){0,5}?(?:into|to)|\b(?:pre-?)?train(?:s|ing)?)\s+", _I)
#: ... then at most three describing words (an article, a size, a bit width) before the model; never "from", which
#: names a source ("training signals from GPT-4", "training prompts from GPT-4": the data's model, not the base).
_APPLIED_TO_GAP = re.compile(
    r"(?:(?:the|a|an)\s+)?(?:(?!(?:than|over|against|versus|vs|and|or|with|for|on|to|of|in|by|from)\b)[\w.%-]+\s+){0,3}"
    # "on large-scale open source models such as OPT-175B": a model noun, then the named model as its example;
    # "boosts the performance of the advanced multi-task LLM, FLAN-T5": the model in apposition to its kind
    r"(?:(?:models|LLMs)\s+(?:such\s+as|like|e\.g\.,?|including)\s+|(?:LLM|model|backbone)s?,\s+)?", _I)
_APPLIED_TO_BEFORE = re.compile(_APPLIED_TO_CUE.pattern + _APPLIED_TO_GAP.pattern + r"\Z", _I)
#: "pre-training BERT_BASE": a comparison may come right before it ("outperforms previous pre-training models like").
_TRAIN_CUE = re.compile(r"(?:pre-?)?train", _I)
#: "models such as CLIP, ALIGN, and a ViT-G": the example opens a list of three or more (a survey of settings).
_EXAMPLE_CUE_END = re.compile(r"(?:such\s+as|like|e\.g\.,?|including)\s+\Z", _I)
_LIST_OF_THREE_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s*[^,.;()]{1,40},\s*(?:and|or)\b", _I)
_APPLIED_TO_KEYS = ("experiment", "evaluat", "appl", "tun", "quantiz", "prun", "compress", "boost", "sparsity",
                    "using the", "layers of", "performance of", "results with", "distill", "train")
#: "LLaMA-1 and LLaMA-2", "GPT2-medium (355M) and GPT-2-large (770M)": a second model coordinated with the first.
_COORDINATED = re.compile(r"(?:\s*\([^()]{1,20}\))?(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?", _I)
#: "using the Llama3.2 model": a bare "using the" only before a model noun; "Llama 2 7B adapted using SORSA".
_MODEL_NOUN_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:models?|backbones?|LLMs?|networks?)\b", _I)
_ADAPTED_WITH = re.compile(r"\s+(?:adapted|fine-?tuned|finetuned|quantized|pruned|compressed)\s+(?:using|with|by|via)\s+",
                           _I)
#: A comparison between the cue and the model: the model is a baseline ("outperforms baseline methods using ...").
_APPLIED_COMPARED = re.compile(r"\b(?:than|outperform\w*|surpass\w*|compared|versus|vs\.?|unlike|whereas|baselines?|"
                               r"existing|prior|previous|instead|rather)\b", _I)


def _applied_bases(text: str, low: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                   own: Ent | None) -> list[dict[str, Any]]:
    """``based_on`` from the paper's one named method to the named model(s) a sentence about it says its own
    experiments apply it to, train, tune, compress or start from (GUIDELINES based_on, applied-to base model:
    "Experiments on the Qwen2.5-7B model demonstrate URPO's superiority", "Llama 2 7B adapted using SORSA").

    The sentence names the method or speaks in the paper's own voice, after the abstract first names the method; at
    most two such models in it (a list of three or more is a survey of settings: none); not a model the method is
    compared with, nor a tool the method runs ("as a judge", "to generate"); not for a method whose product is data
    (its title or first sentence about it says "data" or "dataset": MetaSynth's synthetic data trains the model), nor
    in a paper whose title presents an evaluation, a benchmark or a study.

    Example:
        >>> t = "URPO: A Framework\\n\\nWe propose URPO. Experiments on the Qwen2.5-7B model demonstrate URPO's superiority."
        >>> es = [Ent(0, 4, "METHOD", "URPO", True), Ent(30, 34, "METHOD", "URPO", True),
        ...       Ent(55, 65, "METHOD", "Qwen2.5-7B"), Ent(87, 91, "METHOD", "URPO", True)]
        >>> [(r["subject"], r["object"]) for r in _applied_bases(t, t.lower(), [(0, 17), (19, 35), (36, len(t))], es, es[0])]
        [('URPO', 'Qwen2.5-7B')]
    """
    if own is None or own.label != METHOD or not own.proposed:
        return []
    body = text.find("\n\n") + 1
    sentence_starts = [s[0] for s in sentences]
    starts = [e.start for e in entities]
    # the sentences holding a cue right before a model (cheap tests first: most abstracts have none)
    found: dict[int, list[Ent]] = {}
    for j, y in enumerate(entities):
        if y.start < body or y.label != METHOD or y.proposed:
            continue
        i = bisect_right(sentence_starts, y.start) - 1
        a, b = sentences[i] if i >= 0 else (body, len(text))
        bases = found.get(i)
        if bases and _COORDINATED.fullmatch(text, bases[-1].end, y.start):
            # "experiments on LLaMA-1 and LLaMA-2"
            bases.append(y)
            continue
        lo = max(a, y.start - 70)
        window = low[lo:y.start]
        m = _APPLIED_TO_BEFORE.search(text, lo, y.start) if any(k in window for k in _APPLIED_TO_KEYS) else None
        noun = _MODEL_NOUN_AFTER.match(text, y.end)
        if m is not None and not (m.group().lower().startswith("using") and noun is None) \
                and not _APPLIED_COMPARED.search(text, max(a, m.start() - 30) if _TRAIN_CUE.match(m.group()) else m.start(),
                                                 y.start) \
                and not _OWN_PART_TOOL_AFTER.match(text, noun.end() if noun else y.end) \
                and not (_TRAIN_CUE.match(m.group()) and y.text.casefold() in _GENERIC_PARTS) \
                and not (_EXAMPLE_CUE_END.search(m.group()) and _LIST_OF_THREE_AFTER.match(text, y.end)):
            # (the tool phrase may follow the model noun: "using the GPT-4 model as a judge")
            found.setdefault(i, []).append(y)
            continue
        # "Llama 2 7B adapted using SORSA": the own method's name right after the model
        m = _ADAPTED_WITH.match(text, y.end)
        if m is not None and j + 1 < len(entities) and entities[j + 1].start == m.end() and entities[j + 1].proposed:
            found.setdefault(i, []).append(y)
    if not found:
        return []
    names = {e.text for e in entities if e.proposed and e.label == METHOD}
    same = {n for n in names if n == own.text or _same_name(n, own.text)}
    # "Retrieval-Augmented Speculative Decoding (RAPID)": a short form written right after the name is the same method
    same |= {n for n in names - same if any(f"{m} ({n})" in text or f"{n} ({m})" in text for m in same)}
    if len(same) < len(names) and not _titled(text, own):
        return []
    # background comes before the abstract first names the method (a method named in the title only: the abstract)
    first_own = next((e.start for e in entities if e.start >= body and e.proposed and e.text in same), body)
    first_sentence = _sentence_at(sentences, first_own, (first_own, first_own))
    if _DATA_PRODUCT.search(text, 0, max(body, 0)) or _DATA_PRODUCT.search(text, *first_sentence) \
            or _STUDY_TITLE.search(text, 0, max(body, 0)):
        return []
    kind = text[:max(body, 0)] + " " + text[first_sentence[0]:first_sentence[1]]
    if _AROUND_MODEL_KIND.search(kind) and not _ON_MODEL_KIND.search(kind):
        return []  # "We propose FooPrompt, a prompting strategy. Experiments on GPT-4 show ...": not acting on GPT-4
    out = []
    for i, bases in sorted(found.items()):
        a, b = sentences[i] if i >= 0 else (body, len(text))
        if b <= first_own:
            continue
        bases = [y for y in bases if not _same_name(y.text, own.text) and not is_paradigm(y.text, text)]
        if bases and len({y.text for y in bases}) <= 2 and (
                any(e.proposed and a <= e.start < b and e.text in same for e in entities_in(entities, a, b))
                or own_work_mentions(low, a, b, lowered=True)):
            out += [_relation("based_on", own, y, "based_on_applied_to") for y in bases]
    return out


#: A paper whose named work is an evaluation or a study, not a method: "MAPLE: Multilingual Evaluation of Parameter
#: Efficient Finetuning" (its "we finetune the LLaMA-7B and Mistral-7B models" is the study's setting).
_STUDY_TITLE = re.compile(r"\b(?:evaluation|evaluating|benchmark\w*|survey|study|studies|analysis\s+of)\b", _I)
#: A method whose product is data: "synthetic data generation", "data selection", "a dataset".
_DATA_PRODUCT = re.compile(r"\b(?:synthetic\s+data|data\s+(?:generation|selection|synthesis|augmentation)|datasets?|corpus)\b",
                           _I)
#: A method that works around the model rather than on it (GUIDELINES' applied-to line covers training, tuning,
#: compression, decoding, steering and initialisation methods; not dynamic tokenization): a prompting strategy, a
#: retrieval pipeline, a tokenizer, an agent, in its title or first sentence about it, unless that also names a way of
#: training or tuning ("prompt tuning", "retrieval-augmented fine-tuning").
_AROUND_MODEL_KIND = re.compile(r"\b(?:prompt(?:s|ing)?|retriev\w*|RAG|tokeni[sz]\w*|agents?|agentic|in-context|"
                                r"chain-of-thought)\b", _I)
_ON_MODEL_KIND = re.compile(r"\b(?:tun\w*|train\w*|fine-?tun\w*|finetun\w*|distill\w*|quantiz\w*|prun\w*|"
                            r"compress\w*|decod\w*|steer\w*|adapt\w*|optimi[sz]\w*|align\w*|merg\w*)", _I)


#: A proposal and the parts it is made of: "X consists of / comprises / is composed of / contains / includes /
#: integrates / incorporates / combines A and B", "X, including A and B", "X has two components: A and B".
#: "two components / three stages / two novel techniques": the parts are listed next.
_COUNT = (r"(?:two|three|four|five|six|several|multiple)\s+(?:[\w-]+\s+){0,4}?"
          r"(?:components?|modules?|stages?|parts?|mechanisms?|techniques?|innovations?|designs?|blocks?|steps?|"
          r"phases?|sub-?networks?|sub-?models?|agents?|losses|objectives|branches|strategies|characteristics|"
          r"features|operations)\b")
#: "we propose / introduce three techniques: A, B and C", "we propose a method comprising two components": the paper
#: presenting its method's parts (not "we use / compare two strategies").
_OWN_COUNT_CUE = re.compile(r"propos|introduc|present|design|develop|devis|compris|consist", _I)
_COUNT_AFTER = re.compile(r"(?:(?:new|novel|key|main|core)\s+)?" + _COUNT, _I)
_COMPONENT_CUE = re.compile(
    r"\b(?:consist(?:s|ing)?\s+of|compris(?:es|ing|e|ed\s+of)|composed\s+of|made\s+up\s+of|contain(?:s|ing)?|"
    r"includ(?:es|ing|e)|integrat(?:es|ing|e)|incorporat(?:es|ing|e)|combin(?:es|ing|e)|"
    r"(?P<verb>introduces|employs|uses|adopts|utili[sz]es|leverages|features|has)|"
    r"(?:have|with|featuring|involves?|involving|rel(?:y|ies|ying)\s+on|introduces?|introduced|uses?|employs?|"
    r"propose[sd]?|present(?:s|ed)?|design(?:s|ed)?|develop(?:s|ed)?|devise[sd]?)(?=\s+(?:[\w-]+\s+)?_COUNT_))\s+"
    .replace("_COUNT_", _COUNT), _I)
#: The cues that name the parts themselves ("consists of", "two components"): the sentence's own proposal may be the
#: subject further back ("we present X, which ... through plug-and-play modules, comprised of a Hybrid Textbook
#: Retriever ...").
_STRONG_COMPONENT_CUE = re.compile(r"consist|compris|composed|made|have|with|featuring|involv|rel|introduce\s|use\s|employ\s",
                                   _I)
_COUNT_WORDS = ("two ", "three ", "four ", "five ", "six ", "several ", "multiple ")
_COMPONENT_KEYS = ("consist", "compris", "composed", "made up", "contain", "includ", "integrat", "incorporat",
                   "combin", "introduces", "employs", "uses", "adopts", "utili", "leverages", "features", "has ",
                   *_COUNT_WORDS)
#: One scan of the lower-case text for them all and "which" (the reverse form); no look-behind: sre skips the
#: positions whose first letter starts no key.
_COMPONENT_KEY_RE = re.compile(_trie_alternation((*_COMPONENT_KEYS, "which")))

#: Between the proposal and the cue: its short form, an apposition naming its kind ("PatchRec, a multi-grained patch
#: training method consisting of"), a relative pronoun or a copula; "including" only right after a comma.
_COMPONENT_SUBJECT_GAP = re.compile(
    r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:an?|the)\s+(?:(?!(?:that|which|to|for|of|on|in|with|than|over)\b)[\w-]+\s+)"
    r"{0,6}?(?:method|framework|model|architecture|approach|system|pipeline|network|technique|algorithm|agent|"
    r"paradigm|module|mechanism|scheme|strategy|recipe|family|suite|solution|design|procedure|process)s?\s*)?"
    r"(?:,\s*(?:which|that)\s+|\s+(?:which|that)\s+|\s+(?:is|are)\s+|,\s*|\s+)"
    r"(?:mainly\s+|primarily\s+|also\s+|further\s+|essentially\s+|mostly\s+|thus\s+|then\s+)?\Z", _I)
#: Where the list of parts ends: another clause, a comparison.
_COMPONENT_LIST_END = re.compile(r"[;.]\s|\b(?:than|outperform\w*|surpass\w*|compared|versus|unlike|while|whereas|but|"
                                 r"achiev\w*|demonstrat\w*|show(?:s|ed|n)?|results?\s+in|leads?\s+to)\b", _I)
#: An enumerated list of parts right after the cue ("two novel techniques: (1) ...") and its next item after a ';'.
_ENUMERATED = re.compile(r"(?:[\w-]+\s+){0,5}?[\w-]*\s*:?\s*\(?(?:1|i|a)\)\s", _I)
_NEXT_ITEM = re.compile(r"\s*(?:and\s+)?\(?(?:[2-9]|i{2,3}|iv|v|[b-e])\)\s", _I)
#: What a part's name may follow: the list's start, a separator, an enumerator, an article and a few describing words,
#: or an opening bracket ("an attached module (Plan Assessor)").
_COMPONENT_BEFORE = re.compile(
    r"(?:[,:(]|\band|\bor|\bwith|\bnamely|\bincluding|\bi\.e\.,?|\(?(?:[1-9]|i{1,3}|iv|[a-d])\))\s*"
    r"(?:(?:an?|the|our|its|their|novel|new|proposed)\s+(?:(?!(?:that|which|to|for|of|on|in|with|by|from)\b)[\w-]+\s+){0,4}?)?\Z"
    r"|(?:[,:(]|\band|\bor|\bwith)?\s*(?:an?|the)\s+(?:(?!(?:that|which|to|for|of|on|in|with|by|from)\b)[\w-]+\s+){0,4}?\(?\Z", _I)
#: The reverse: "we propose A and B, which together comprise our X framework".
_COMPONENTS_FORM = re.compile(r"which\s+(?:together\s+|jointly\s+)?(?:comprise|constitute|form|make\s+up)\s+"
                              r"(?:our|the)\s+(?:proposed\s+|new\s+|novel\s+)?", _I)
_COMPONENTS_FORM_KEYS = ("comprise ", "constitute ", "form ", "make up ")


def _own_components(text: str, low: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent],
                    own: Ent | None) -> list[dict[str, Any]]:
    """``based_on`` from a proposal to each named part it is made of (GUIDELINES' own named components): "OmniQuant
    comprises two innovative components including Learnable Weight Clipping (LWC) and Learnable Equivalent
    Transformation (LET)", "VT-LVLM-AR comprises a Video-to-Event Mapper (VTEM) that ...", "FuRePA, including an
    improved framework (Furthest Reasoning) and an attached module (Plan Assessor)", "PatchRec, a ... method consisting
    of two stages: (1) Patch Pre-training ... and (2) Patch Fine-tuning", "we propose Annealing Reflow and Flow-Guided
    Distillation, which together comprise our SlimFlow framework".

    The subject is a proposed METHOD right before the cue (its short form, an apposition naming its kind or a relative
    pronoun between; "X uses / introduces / features / has A" only so), "our method / framework ..." for the paper's
    method, the paper's method in the sentence presenting it ("we present X, which ... modules, comprised of A"), or
    in its own voice before a count of parts ("we further propose three new techniques, including A, B and C"). The
    parts are proposed METHODs written as names (a capital or a digit: not "a memory stream"; after a count of
    parts, the listed proposed names in lower case too) or names defined here with their short form ("a Global
    Memory Unit (GMU)"), each at the head of a list item after the cue, before another clause or a comparison. Not
    two names of one thing, nor the proposal's own size or instruct variant (one name inside the other), nor a part
    other work is said to have ("Unlike MedusaNet, which comprises ..."), nor a compared baseline ("outperforms
    baselines, including A"). Cost: the cue words are looked for only in sentences holding a possible part.

    Example:
        >>> t = "OmniQuant comprises two parts: Weight Clipping (WC) and Equivalent Transformation (ET)."
        >>> es = [Ent(0, 9, "METHOD", "OmniQuant", True), Ent(31, 51, "METHOD", "Weight Clipping (WC)", True),
        ...       Ent(56, 86, "METHOD", "Equivalent Transformation (ET)", True)]
        >>> [(r["subject"], r["object"]) for r in _own_components(t, t.lower(), [(0, len(t))], es, es[0])]
        [('OmniQuant', 'Weight Clipping (WC)'), ('OmniQuant', 'Equivalent Transformation (ET)')]
    """
    if own is None or not any(e.proposed and e.label == METHOD for e in entities):
        return []
    body = text.find("\n\n") + 1
    # cheap first: the sentences holding a part to find (a proposed name other than the method's, or one defined with
    # its short form) or the reverse form ("which together comprise our X"); the cues are looked for there only
    sent_starts = [a for a, _ in sentences]
    where = {bisect_right(sent_starts, e.start) - 1 for e in entities
             if e.label == METHOD and e.start >= body and e.text != own.text
             and ((e.proposed and not _one_name(e.text, own.text))
                  or (text.startswith(" (", e.end) and _introduced(text, e)))}
    for k in _COMPONENTS_FORM_KEYS:
        i = low.find(k, body)
        while i != -1:
            where.add(bisect_right(sent_starts, i) - 1)
            i = low.find(k, i + len(k))
    found: dict[tuple[int, int], re.Match[str]] = {}
    which = []
    for k in sorted(where):
        if k < 0:
            continue
        a, b = sentences[k]
        for km in _COMPONENT_KEY_RE.finditer(low, max(a, body), b):
            i, key = km.start(), km.group()
            if key == "which":
                which.append(i)
            elif key in _COUNT_WORDS:
                # "relies on two novel techniques": the verb before the count
                found.update((m.span(), m) for m in _COMPONENT_CUE.finditer(text, max(a, i - 30), min(b, i + 80))
                             if m.end() <= i + len(key))
            elif (m := _COMPONENT_CUE.match(text, i, b)) is not None:
                found[m.span()] = m
    if not found and not which:
        return []
    out: list[dict[str, Any]] = []
    starts = [e.start for e in entities]
    by_sentence: dict[int, list[re.Match[str]]] = {}
    for span in sorted(found):
        by_sentence.setdefault(bisect_right(sent_starts, span[0]) - 1, []).append(found[span])
    for w in which:
        by_sentence.setdefault(bisect_right(sent_starts, w) - 1, [])
    for k in sorted(by_sentence):
        if k < 0:
            continue
        a, b = sentences[k]
        ents = [e for e in entities[bisect_left(starts, a):bisect_left(starts, b)] if e.end <= b]
        if not any(e.label == METHOD for e in ents):
            continue
        for m in by_sentence[k]:
            if m.end() > b:
                continue
            c_start, c_end = m.span()
            subj = next((e for e in reversed(ents) if e.end <= c_start), None)
            subjects: list[Ent] = []
            if subj is not None and subj.label == METHOD and subj.proposed \
                    and _COMPONENT_SUBJECT_GAP.fullmatch(text, subj.end, c_start) \
                    and not (low.startswith("includ", c_start) and text.rfind(",", subj.end, c_start) == -1):
                # "we propose Polyhistor and Polyhistor-Lite, consisting of": each of a list of proposals
                chain = chain_of(coordination_chains(text, [e for e in ents if e.end <= subj.end]), subj)
                subjects = [e for e in chain if e.label == METHOD and e.proposed] if chain[-1] is subj else [subj]
            elif m.group("verb") and not _COUNT_AFTER.match(text, c_end):
                continue  # "X introduces / uses A": only right after the proposal's name
            elif _COUNT_AFTER.match(text, c_end) and _OWN_COUNT_CUE.match(text, c_start) \
                    and own.label == METHOD and own.proposed \
                    and own.start < c_start and any(low.startswith("we", x[0]) for x in
                                                    own_work_mentions(low, a, c_start, lowered=True)):
                # "we (further) propose three new techniques, including A, B and C": the parts of the paper's method
                # (named before this sentence or in it), not when the method itself is listed
                subjects = [own]
            elif own.label == METHOD and own.proposed and not low.startswith("includ", c_start) \
                    and any(_COMPONENT_SUBJECT_GAP.fullmatch(text, x[1], c_start) and not low.startswith("we", x[0])
                            for x in own_work_mentions(low, max(a, c_start - 80), c_start, lowered=True)):
                subjects = [own]  # "Our framework consists of"
            elif _STRONG_COMPONENT_CUE.match(text, c_start):
                # the sentence presenting the proposal: "we present X, which ... modules, comprised of A ..."
                first = next((e for e in ents if e.end <= c_start and e.label == METHOD), None)
                if first is not None and first.proposed and (first.text == own.text or _same_name(first.text, own.text)) \
                        and not any(e.label == METHOD and not e.proposed for e in ents if first.end <= e.start < c_start) \
                        and not _COMPARED_NEAR.search(text, first.end, c_start):
                    subjects = [first]
            if not subjects or _NEGATED.search(text, max(a, c_start - 30), c_start):
                continue
            if subjects == [own] and any(_one_name(e.text, own.text) for e in ents if e.start >= c_end):
                continue  # "we propose two methods: X and X-Lite"
            stop = _COMPONENT_LIST_END.search(text, c_end, b)
            if _ENUMERATED.match(text, c_end):
                # "two stages: (1) A ...; (2) B ...": the enumeration goes on after a semicolon
                while stop is not None and stop.group() in ("; ", ";\n") and _NEXT_ITEM.match(text, stop.end()):
                    stop = _COMPONENT_LIST_END.search(text, stop.end(), b)
            end = min(stop.start() if stop else b, c_end + 300)
            prev = c_end
            for o in ents:
                if o.start < c_end or o.end > end:
                    continue
                if o.label == METHOD and (o.proposed or _introduced(text, o)) \
                        and (_NAME_LIKE.search(o.text) or (o.proposed and _COUNT_AFTER.match(text, c_end))) \
                        and (not text[max(prev, o.start - 60):o.start].strip()
                             or _COMPONENT_BEFORE.search(text, max(prev, o.start - 60), o.start)) \
                        and not _one_name(o.text, own.text):
                    out += [_relation("based_on", x, o, "based_on_own_component") for x in subjects
                            if not _one_name(o.text, x.text)]
                prev = o.end
        # "we propose A and B, which together comprise our SlimFlow framework"
        for w in which[bisect_left(which, a):bisect_left(which, b)]:
            m = _COMPONENTS_FORM.match(text, w)
            if m is None:
                continue
            subj = next((e for e in ents if e.start >= m.end()), None)
            last = next((e for e in reversed(ents) if e.end <= m.start()), None)
            if subj is None or subj.start > m.end() + 2 or subj.label != METHOD or not subj.proposed or last is None \
                    or not re.fullmatch(r"\s*,?\s*", text[last.end:m.start()]):
                continue
            chain = coordination_chains(text, [e for e in ents if e.end <= m.start()])
            out += [_relation("based_on", subj, o, "based_on_own_component") for o in chain_of(chain, last)
                    if o.label == METHOD and _NAME_LIKE.search(o.text) and not _one_name(o.text, subj.text)]
    return out


#: A title "X: ... with / via / using Y": the named technique the paper's method works by ("SlimFlow: Training Smaller
#: One-Step Diffusion Models with Rectified Flow", "Mobile V-MoEs: Scaling Down Vision Transformers via Sparse
#: Mixture-of-Experts"): the cue, then an article and at most two describing words.
_TITLE_MEANS_BEFORE = re.compile(
    r"\b(?:with|via|using)\s+(?:(?:an?|the)\s+)?(?:(?!(?:of|for|on|in|to|from|and|or|its|their|our)\b)[\w-]+\s+){0,2}?\Z", _I)
#: ... not a way to make data ("via Generative Data Augmentation", "via LLM-Annotated Data") ...
_TITLE_MEANS_DATA = re.compile(r"\b(?:data|dataset|corpus|annotat\w*|synthetic)\b", _I)
#: ... nor after a word of comparison or of use beside ("Closing the Gap with GPT-4", "On Par with Y", "Comparable
#: Performance with Y", "Competing with Y", "Compatible with LoRA"; cf. :data:`_BESIDE_BEFORE`); "Bridging the Gap
#: with Y" names the means.
_TITLE_MEANS_COMPARED = re.compile(
    r"\b(?:(?:clos|narrow|shrink)\w*\s+the\s+(?:[\w-]+\s+)?gap|par|parity|compet\w*|compar\w*|rival\w*|compatible|"
    r"combined|combinable|complementary|orthogonal|alongside|together)\s+(?:[\w-]+\s+){0,2}?\Z", _I)
#: ... not a generic model phrase ("with Large Language Models", "via LLMs").
_TITLE_MEANS_GENERIC = re.compile(r"(?:\b(?:large\s+)?(?:language|foundation|vision)\s+models?|\bL?LMs?|\bMLLMs?|\bVLMs?)\Z", _I)


def _spells_out(name: str, long: str) -> bool:
    """Whether ``long`` may spell ``name`` out: the same first letter, and the name's letters and digits in order in it
    ("FineQuant" / "Fine-Grained Weight-Only Quantization", "COIL" / "Contextualized Inverted List", "MoM" /
    "Mixture-of-Memories"; not "MixLoRA" / "Mixture of Experts", which has no "l").

    Example:
        >>> _spells_out("FineQuant", "Fine-Grained Weight-Only Quantization"), _spells_out("COIL", "Contextualized Inverted List")
        (True, True)
        >>> _spells_out("MixLoRA", "Mixture of Experts"), _spells_out("SlimFlow", "Rectified Flow")
        (False, False)
    """
    short = [c for c in name.casefold() if c.isalnum()]
    rest = iter(c for c in long.casefold() if c.isalnum())
    return bool(short) and long[:1].casefold() == short[0] and all(c in rest for c in short)


def _title_means(text: str, entities: Sequence[Ent], own: Ent | None) -> list[dict[str, Any]]:
    """``based_on`` from the paper's method named at the head of its title to the named METHOD the title says it works
    with, via or using: the blind annotators of the neutral set linked the named technique of 5 of the 7 titles
    "... with / via Y" there (Mobile V-MoE -> sparse Mixture-of-Experts, 8-bit optimizers -> block-wise quantization,
    SlimFlow -> rectified flow, LOL -> contrastive decoding, Bactrian-X -> LoRA; not BiPFT's "Low-rank Estimation",
    Dr. LLaMA's "Generative Data Augmentation"). Not the method's own long form ("FineQuant: ... with Fine-Grained Weight-Only
    Quantization", "COIL: ... with Contextualized Inverted List"), a generic model phrase ("with Large Language
    Models"), a training paradigm ("via Instruction Tuning"; a prompting technique such as Chain-of-Thought is linked),
    what the title compares X with or uses beside it ("Closing the Gap with GPT-4", "Compatible with LoRA") nor a tool
    ("Using GPT-4 as an Annotator").

    Example:
        >>> t = "SlimFlow: Training Small Models with Rectified Flow\\n\\nWe propose SlimFlow."
        >>> es = [Ent(0, 8, "METHOD", "SlimFlow", True), Ent(37, 51, "METHOD", "Rectified Flow")]
        >>> [(r["subject"], r["object"]) for r in _title_means(t, es, es[0])]
        [('SlimFlow', 'Rectified Flow')]
    """
    title_end = text.find("\n\n")
    if own is None or title_end <= 0 or not entities:
        return []
    x = entities[0]
    if x.label != METHOD or not x.proposed or text[:x.start].strip() or not _TITLE_HEAD_GAP.match(text, x.end, title_end) \
            or not (x.text == own.text or _same_name(x.text, own.text)):
        return []
    out = []
    prev = None
    for y in entities[1:]:
        if y.end > title_end:
            break
        if y.label != METHOD or y.proposed or _one_name(y.text, x.text) or _spells_out(x.text, y.text) \
                or _TITLE_MEANS_GENERIC.search(y.text) or is_paradigm(y.text, text) \
                or _TITLE_MEANS_DATA.search(y.text) or _DATA_AFTER.match(text, y.end) \
                or _OWN_PART_TOOL_AFTER.match(text, y.end):  # "Using GPT-4 as an Annotator": a tool
            continue
        cue = _TITLE_MEANS_BEFORE.search(text, max(x.end, y.start - 40), y.start)
        if cue is not None and _TITLE_MEANS_COMPARED.search(text, max(x.end, cue.start() - 40), cue.start()):
            continue  # "Closing the Gap with GPT-4", "Compatible with LoRA": what X is measured against or used beside
        if cue is not None or prev is not None and _COORDINATED.fullmatch(text, prev.end, y.start):
            out.append(_relation("based_on", x, y, "based_on_title"))
            prev = y
    return out


def _introduced(text: str, e: Ent) -> bool:
    """A name the text defines here, with its short form, on its first occurrence: "a Global Memory Unit (GMU)" (the
    proposal flag may miss a part named after "with")."""
    return bool(_DEFINED_SHORT_FORM.match(text, e.end)) and text.find(e.text) == e.start


_DEFINED_SHORT_FORM = re.compile(r"\s*\([A-Za-z0-9-]{2,12}\)")


def _fold_name(name: str) -> str:
    """A name without its bracketed short form, case-folded, hyphens as spaces."""
    if "(" in name:
        name = _BRACKETED.sub("", name)
    return name.casefold().replace("-", " ").strip()


_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _one_name(part: str, whole: str) -> bool:
    """Whether ``part`` is another name of ``whole`` or its variant, not a part of it: one is the other's short form
    ("LWC" of "Learnable Weight Clipping"), or holds the other ("Polyhistor-Lite" of "Polyhistor", "X-7B-Instruct");
    a part of several words inside the whole's long name is a part ("Plan Assessor" of
    "Furthest-Reasoning-with-Plan-Assessment").

    Example:
        >>> _one_name("Polyhistor-Lite", "Polyhistor"), _one_name("Plan Assessor", "Plan-Assessment Net (PAN)")
        (True, False)
    """
    fp, fw = (_fold_name(part), _fold_name(whole))
    if fw in fp or (fp in fw and " " not in fp):
        return True
    return any(" " not in x and _short_form_of(x, z)
               for x, z in ((part, whole), (whole, part)))


def _about_own(text: str, low: str, sentences: Sequence[tuple[int, int]], entities: Sequence[Ent], same: set[str],
               y: Ent) -> bool:
    """Whether the sentence holding ``y`` speaks of the paper's own method: its own voice or one of its names."""
    i = bisect_right(sentences, (y.start, len(text))) - 1
    a, b = sentences[i] if i >= 0 else (0, len(text))
    return bool(own_work_mentions(low, a, b, lowered=True)) or any(
        e.proposed and a <= e.start < b and e.text in same for e in entities)


def _titled(text: str, own: Ent) -> bool:
    """Whether the title opens with the method's name ("TransNormerLLM: A Faster ..."): the paper's headline method,
    whatever else it names (its parts: "Additionally, we propose Lightning Attention")."""
    return not text[:own.start].strip() and own.end < text.find("\n\n") and bool(_TITLE_HEAD_GAP.match(text, own.end))


def _same_name(a: str, b: str) -> bool:
    """One name of the paper's own method and another for it: a short form, its expansion, or one inside the other."""
    fa, fb = a.casefold(), b.casefold()
    return fa in fb or fb in fa or any(_short_form_of(x, z)
                                       for x, z in ((a, b), (b, a)))


_NAME_PARTS = re.compile(r"[\s\-_/]+")
#: Architecture and technique names too generic to be what a titled model is built on ("VIOLET: End-to-End
#: Video-Language Transformers", "DialCoT Meets PPO").
_GENERIC_PARTS = frozenset(
    "moe rag llm llms lm lms transformer transformers cnn cnns rnn rnns gnn gnns mlp gan gans vae vaes "
    "attention agent agents model models net network networks cot icl".split()
) | {"retrieval augmented generation", "chain of thought", "in context learning", "mixture of experts"}
#: ... of which a name built from one is a kind of it (GUIDELINES, "A name containing its base": "MAIN-RAG", a RAG
#: framework; "task-MoE"; "Dialogue-guided Chain-of-Thought"; "Binary Pretrained Foundation Transformer"), unless the
#: name is a family member's ("Phi-mini-MoE" made from "Phi 3.5-MoE") ...
_NAMEABLE_TECHNIQUES = frozenset({"moe", "rag", "transformer", "transformers", "cot", "retrieval augmented generation",
                                  "chain of thought", "mixture of experts"})
#: ... the other generic parts never name what X is.
_GENERIC_NAME_PARTS = _GENERIC_PARTS - _NAMEABLE_TECHNIQUES


#: A name saying what it does to another model names its target, not its base ("CLIP-Attack", "LLaMA-Eval",
#: "GPT-Watermark").
_TARGET_PARTS = frozenset("attack attacks jailbreak jailbreaks probe probing eval evals bench audit detector detect "
                          "judge hack backdoor poison poisoning watermark watermarking".split())
#: A span holding two names or a sentence break is not one new name ("DeepSeek vs. o3-mini", "X Meets Y").
_NOT_ONE_NAME = re.compile(r"\n|\bvs\.?\s|\bmeets\b|\bunlike\b|[.:;]\s", _I)
#: A base name has a capital or a digit ("CLIP", "Longformer", "PaLI"); several capitalised plain words name a
#: technique ("Sequence Parallelism" in "Heterogeneity-Adaptive Sequence Parallelism"), not a model to build on ...
_NAME_LIKE = re.compile(r"[A-Z0-9]")
_TITLE_WORDS = re.compile(r"[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)+")
#: ... and does not end in a modifier ("LM-Guided", "CoT-Driven", "MultiModal Large").
_MODIFIER_END = re.compile(r"(?:ed|al|ing|ive|large|small|based|driven|aware|free)\Z")


def _named_after(entities: Sequence[Ent], text: str = "") -> list[dict[str, Any]]:
    """``based_on`` from a proposed method named after an existing one ("Robust CLIP", "Q-BERT", "SA-SRRW").

    The existing method must be a METHOD the paper mentions and does not propose itself
    (so "Polyhistor-Lite" is not based on the paper's own "Polyhistor"), its name a run of
    whole parts of the new name; the longest such name is taken. A generic technique or
    architecture ("MoE", "RAG", "Transformer") is taken ("MAIN-RAG", "task-MoE"), but not by a
    family member ("Phi-mini-MoE" when "Phi 3.5-MoE" is named), and a bare "LLM" or "model"
    never is, nor plain Title Case words ("Sequence Parallelism") unless the paper gives them a
    short form ("Low-Rank Adaptation (LoRA)" is the base of "flexible low rank adaptation").

    Example:
        >>> es = [Ent(0, 11, "METHOD", "Robust CLIP", True), Ent(20, 24, "METHOD", "CLIP"),
        ...       Ent(30, 35, "METHOD", "Q-BERT", True), Ent(40, 44, "METHOD", "BERT"),
        ...       Ent(50, 62, "METHOD", "Phi-mini-MoE", True), Ent(70, 73, "METHOD", "MoE"),
        ...       Ent(80, 91, "METHOD", "Phi 3.5-MoE"), Ent(100, 108, "METHOD", "MAIN-RAG", True),
        ...       Ent(110, 113, "METHOD", "RAG"), Ent(120, 132, "METHOD", "Sequence LLM", True),
        ...       Ent(140, 143, "METHOD", "LLM")]
        >>> for r in _named_after(es):
        ...     print(r["subject"], "->", r["object"])
        Robust CLIP -> CLIP
        Q-BERT -> BERT
        MAIN-RAG -> RAG
    """
    proposed: dict[str, Ent] = {}
    for e in entities:
        if e.label == METHOD and e.proposed:
            proposed.setdefault(e.text, e)
    # a base is a run of fewer parts than the new name: a name of one part (most) has none, so the known names
    # are read only when some proposed name has two or more
    named = []
    for name, x in proposed.items():
        parts = [t for t in _NAME_PARTS.split(name.casefold()) if t]
        if len(parts) >= 2 and not _NOT_ONE_NAME.search(name) and _TARGET_PARTS.isdisjoint(parts):
            named.append((name, x, parts))
    if not named:
        return []
    most = max(len(parts) for _, _, parts in named)
    known: dict[str, tuple[Ent, list[str]]] = {}
    # the short form of the paper's own long name is its own too ("TRLM" of "Time Reversed Language Models"; not
    # "CLIP" of "Robust CLIP": the capitals must be the long name's all)
    own_short = {m for name in proposed if " " in name and len(m := _capitals(name)) >= 2}
    for e in entities:
        if e.label == METHOD and e.text not in proposed and e.text not in known \
                and (not own_short or _capitals(e.text) not in own_short):
            y_parts = [t for t in _NAME_PARTS.split(e.text.casefold()) if t]
            if y_parts and len(y_parts) < most and " ".join(y_parts) not in _GENERIC_NAME_PARTS and len(e.text) >= 3 \
                    and _NAME_LIKE.search(e.text) and not _MODIFIER_END.search(y_parts[-1]) \
                    and (not _TITLE_WORDS.fullmatch(e.text) or _defines_short_form(text, e)):
                known[e.text] = (e, y_parts)
    # the known names by their parts, each new name's shorter runs looked up (a scan of every known name per new name
    # was quadratic in a long text's names): the longest known name, of equal lengths the first the text gives
    by_parts: dict[tuple[str, ...], list[tuple[int, int, Ent]]] = {}
    for order, (other, (y, y_parts)) in enumerate(known.items()):
        by_parts.setdefault(tuple(y_parts), []).append((-len(other), order, y))
    families: set[str] | None = None
    out = []
    for _, x, parts in named:
        found = [(c, " ".join(parts[i:i + k]) in _GENERIC_PARTS) for k in range(1, len(parts))
                 for i in range(len(parts) - k + 1) for c in by_parts.get(tuple(parts[i:i + k]), ())]
        if any(generic for _, generic in found):
            if families is None:
                # the first parts of the other METHOD names of two or more parts: a new name opening with one is a
                # family member ("Phi-mini-MoE" of "Phi 3.5-MoE"), its generic part ("MoE") no base
                families = {_NAME_PARTS.split(e.text.casefold(), 1)[0] for e in entities
                            if e.label == METHOD and e.text not in proposed and _NAME_PARTS.search(e.text)}
            if parts[0] in families:
                found = [(c, generic) for c, generic in found if not generic]
        found = [c for c, _ in found]
        if found:
            out.append(_relation("based_on", x, min(found, key=lambda c: c[:2])[2], "based_on_name"))
    return out


_SHORT_FORM = re.compile(r"\s*\(\s*([A-Za-z][\w-]{1,15})\s*\)")


def _capitals(name: str) -> str:
    """The capitals and digits of a name, in order ("TRLM" for "Time Reversed Language Models")."""
    return "".join(c for c in name if c.isupper() or c.isdigit())


def _defines_short_form(text: str, e: Ent) -> bool:
    """True when ``e`` is a long form followed by its short form ("Low-Rank Adaptation (LoRA)"): a named method,
    not a technique written in Title Case.

    Example:
        >>> t = "Low-Rank Adaptation (LoRA) and Sequence Parallelism (our SP)"
        >>> _defines_short_form(t, Ent(0, 19, "METHOD", t[:19])), _defines_short_form(t, Ent(31, 51, "METHOD", t[31:51]))
        (True, False)
    """
    m = _SHORT_FORM.match(text, e.end)
    return m is not None and _short_form_of(m.group(1), e.text)


def _same_family(a: str, b: str) -> bool:
    """True when two names share their first six letters or digits, case aside.

    Example:
        >>> _same_family("WEBLINX", "WebLINX"), _same_family("Tele-Eval", "Tele-LLMs")
        (True, False)
    """
    a_key = "".join(ch for ch in a.casefold() if ch.isalnum())[:6]
    b_key = "".join(ch for ch in b.casefold() if ch.isalnum())[:6]
    return len(a_key) == 6 and a_key == b_key


def _sentence_around(text: str, e: Ent) -> str:
    """The sentence-ish stretch holding ``e`` (cut at '. ' within 200 characters either side)."""
    start = text.rfind(". ", max(0, e.start - 200), e.start)
    end = text.find(". ", e.end, e.end + 200)
    return text[start + 1 if start >= 0 else max(0, e.start - 200):end if end >= 0 else e.end + 200]


def _sentence_relations(s: _Sentence) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    labels = {e.label for e in s.ents}
    if METHOD in labels or s.own is not None:
        out += _based_on(s)
        out += _composed_of(s)
        out += _leverages(s)
        out += _outperforms(s)
    if (DATASET in labels and (s.mentions_any(_EVALUATED_ON_KEYS) or _IN_START.match(s.low, s.start))) \
            or (TASK in labels and s.cue_spans("evaluation")):
        out += _evaluated_on(s)
    if DATASET in labels and METHOD in labels and s.mentions_any(_EVALUATES_MODELS_KEYS):
        out += _evaluates_models(s)
    if DATASET in labels and s.mentions_any(_CHALLENGE_KEYS):
        out += _challenge_entries(s)
    if TASK in labels:
        out += _used_for(s)
        out += _specializes_in(s)
        out += _task_examples(s)
        out += _task_opening(s)
        out += _outperforms_on_task(s)
    return _not_beaten_evaluated(s.text, out)


def _not_beaten_evaluated(text: str, rels: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``rels`` where an ``evaluated_on`` whose subject the same sentence says is outperformed (or is the short form
    in brackets right after such a name) is the winner's: a compared baseline is no evaluated method (GUIDELINES
    evaluated_on), "X surpasses ... reinforcement learning (RL) approaches on the MiniWoB++ benchmark" evaluates X on it,
    as "X surpasses Y approaches on D" does.

    Example:
        >>> t = "X surpasses Y (Z) approaches on D."
        >>> rels = [{"relation": "outperforms", "subject": "X", "subject_start": 0, "subject_end": 1, "object": "Y",
        ...          "object_start": 12, "object_end": 13, "subject_label": "METHOD"},
        ...         {"relation": "evaluated_on", "subject": "Z", "subject_start": 15, "subject_end": 16, "object": "D",
        ...          "object_start": 32, "object_end": 33, "subject_label": "METHOD"}]
        >>> [(r["relation"], r["subject"], r["object"]) for r in _not_beaten_evaluated(t, rels)]
        [('outperforms', 'X', 'Y'), ('evaluated_on', 'X', 'D')]
    """
    wins = [r for r in rels if r["relation"] == "outperforms"]
    if not wins or not any(r["relation"] == "evaluated_on" for r in rels):
        return rels
    winners = {(r["subject_start"], r["subject_end"]) for r in wins}

    def winner_over(r: dict[str, Any]) -> dict[str, Any] | None:
        span = (r["subject_start"], r["subject_end"])
        if span in winners:
            return None
        for w in wins:
            end = w["object_end"]
            if (w["object_start"], end) == span:
                return w
            # the short form in brackets after a beaten name: "reinforcement learning (RL)"
            if end <= span[0] and _PAREN_OPEN.fullmatch(text, end, span[0]) and text.startswith(")", span[1]):
                return w
        return None

    out = []
    for r in rels:
        w = winner_over(r) if r["relation"] == "evaluated_on" else None
        if w is not None:
            r = {**r, **{k: w[k] for k in ("subject", "subject_label", "subject_start", "subject_end")}}
        out.append(r)
    return out


#: "We evaluate fifteen popular LLMs (from ChatGPT, DeepSeek, Claude, and Gemini series) on D", "we benchmark
#: A, B and C across D": the models a sentence says "we" evaluate, then the data they are evaluated on.
_EVALUATES_MODELS = re.compile(
    r"\bwe\s+(?:also\s+|further\s+|then\s+|systematically\s+|extensively\s+|comprehensively\s+)?"
    r"(?:evaluat(?:e|ed)|benchmark(?:ed)?|test(?:ed)?|assess(?:ed)?)\s", _I)
_EVALUATES_MODELS_KEYS = ("we evaluat", "we benchmark", "we test", "we assess", "we also ", "we further ",
                          "we then ", "we systematically ", "we extensively ", "we comprehensively ",
                          "benchmarking ", "evaluating ", "testing ")
#: "Benchmarking a smaller version of BS-RoFormer on MUSDB18HQ, we achieve ...": the same at a sentence's start.
_EVALUATING_OPENING = re.compile(r"\s*(?:benchmarking|evaluating|testing)\s", _I)
#: "... on (the) (newly constructed) D": the data right after the models.
_EVALUATES_MODELS_ON = re.compile(r"\s+(?:on|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?\Z", _I)
#: an instrument or a training source between the models and "on D" ends the models: "we evaluate X using Y on D"
_EVALUATES_MODELS_STOP = re.compile(r"\b(?:using|with|via|by|through|trained|fine-?tuned|pre-?trained|than|against|"
                                    r"over|to|in|on|for|across)\b", _I)


def _evaluates_models(s: _Sentence) -> list[dict[str, Any]]:
    """``evaluated_on`` from the models a sentence says "we" evaluate to the data named after them ("We evaluate
    fifteen popular LLMs (from ChatGPT, DeepSeek, Claude, and Gemini series) on DMind Benchmark"): a benchmark
    paper's evaluated models, which the short evaluation phrase of :func:`_evaluated_on` ("evaluate X on D",
    three words at most) does not reach. Every METHOD between the verb and "on D" is evaluated; nothing else may
    stand there, nor an instrument, training or comparison word ("we evaluate X using Y on D", "we test X
    fine-tuned on A on B", "we evaluate X against Y on D": then "on D" is not plainly theirs)."""
    out: list[dict[str, Any]] = []
    opening = _EVALUATING_OPENING.match(s.text, s.start, s.end)
    for m in [opening] if opening else _EVALUATES_MODELS.finditer(s.text, s.start, s.end):
        if s.negated(m.start()):
            continue
        d = next((e for e in s.ents if e.start >= m.end() and e.label == DATASET), None)
        if d is None or d.start - m.end() > 200:
            continue
        on = _EVALUATES_MODELS_ON.search(s.text, m.end(), d.start)
        if on is None or ";" in s.text[m.end():on.start()]:
            continue
        models = [e for e in s.ents if m.end() <= e.start and e.end <= on.start() and e.label == METHOD]
        if not models or any(e.label != METHOD for e in s.ents if m.end() <= e.start and e.end <= on.start()):
            continue
        if _EVALUATES_MODELS_STOP.search(s.text, m.end(), on.start()):
            continue
        chain = chain_of(s.chains, d)
        items = [x for x in (chain[chain.index(d):] if d in chain else [d]) if x.label == DATASET]
        out += [_relation("evaluated_on", x, y, "evaluated_on_explicit") for x in models for y in items]
    return out


_CHALLENGE_KEYS = ("won ", "wins ", "winner", "winning entr", "entry to", "entry in", "entries to", "entries in")
#: A competition the method took part in is data it was evaluated on (GUIDELINES evaluated_on): "we won the ISBI cell
#: tracking challenge 2015", "the winner of the localization task of ILSVRC2013", "the foundations of our entry to the
#: ILSVRC 2016 classification task" (the cue, then an article and at most five words, no comparison).
_CHALLENGE_BEFORE = re.compile(
    r"\b(?:won|wins|winners?\s+of|(?:winning\s+)?entr(?:y|ies)\s+(?:to|in))\s+(?:the\s+)?"
    r"(?:(?!(?:than|over|against|with|by|and|or|since|after|before|from|in|at|for|on|to)\b)[\w-]+\s+){0,5}?\Z", _I)
#: ... or the competition named first: "In ILSVRC and COCO 2015 competitions, Faster R-CNN and RPN are the
#: foundations of the 1st-place winning entries in several tracks."
_CHALLENGE_AFTER = re.compile(r"\s+(?:competitions?|challenges?)\s*,\s+", _I)
_WINNING_ENTRY = re.compile(r"\bwinn(?:ing|ers?)\b", _I)


def _challenge_entries(s: _Sentence) -> list[dict[str, Any]]:
    """``evaluated_on`` from a method to the competition (a DATASET) it won or entered: the subject before the cue
    (the paper's own method in its own voice: "we won the ISBI cell tracking challenge 2015"), or the METHODs that
    follow "In D competitions," in a sentence saying they won."""
    out: list[dict[str, Any]] = []
    for i, d in enumerate(s.ents):
        if d.label != DATASET:
            continue
        cue = _CHALLENGE_BEFORE.search(s.text, max(s.start, d.start - 60), d.start)
        if cue is not None and not s.negated(cue.start()):
            subjects = s.subjects_before(cue.start())
        elif (_CHALLENGE_AFTER.match(s.text, chain_of(s.chains, d)[-1].end if d in chain_of(s.chains, d) else d.end)
              and _IN_START.match(s.low, s.start) and _WINNING_ENTRY.search(s.text, d.end, s.end)):
            subjects = s.objects_after(d.end, (METHOD,), max_gap=40)
        else:
            continue
        chain = chain_of(s.chains, d)
        items = [x for x in (chain[chain.index(d):] if d in chain else [d]) if x.label == DATASET]
        if cue is None:
            items = [x for x in (chain if d in chain else [d]) if x.label == DATASET]
        out += [_relation("evaluated_on", x, y, "evaluated_on_explicit") for x in subjects if x.label == METHOD
                for y in items]
    return out


#: A sentence opening on the task it reports about: "In / For / On / Across (the) T (tasks (of D)),", "When applied to T,".
_TASK_OPENING_BEFORE = re.compile(
    r"\s*(?:in|for|on|across|when\s+(?:applied|evaluated|tested|used|fine-?tuned|adapted)\s+(?:to|on|for|in))\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?", _I)
_TASK_OPENING_AFTER = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?:(?:tasks?|problems?)(?:\s+(?:of|from|in)\s+(?:the\s+)?[\w-]+)?\s*)?,\s*", _I)


def _task_opening(s: _Sentence) -> list[dict[str, Any]]:
    """``used_for`` from a sentence that opens on the task it reports about to the method that acts in it ("For
    medical conversation summarization and care plan generation, DERA shows significant improvement", "In
    controlled-sentiment generation and summarization, we use ...": the paper's own method; "When applied to
    semantic segmentation, dense vision transformers set ..."), the task twin of the "On D, X improves" opening of
    :func:`_evaluated_on`."""
    first = next((e for e in s.ents if e.label == TASK), None)
    if first is None or not _TASK_OPENING_BEFORE.fullmatch(s.text, s.start, first.start):
        return []
    chain = chain_of(s.chains, first)
    items = [x for x in (chain[chain.index(first):] if first in chain else [first]) if x.label == TASK]
    after = _TASK_OPENING_AFTER.match(s.text, items[-1].end, s.end)
    if after is None or s.negated(after.end()):
        return []
    subj = s.subject_after(after.end())
    if subj is None and s.own is not None and any(m[0] == after.end() for m in s.own_mentions):
        subj = s.own  # "In T, we use ..."
    if subj is None or subj.label != METHOD:
        return []
    return [_relation("used_for", subj, x, "used_for_opening") for x in items]


#: "in various tasks, including A, B", "for remote sensing tasks, in particular A and B", "on NLP tasks (A, B and
#: C)": tasks named as the examples of what something is done on or for (not training objectives: "pre-training
#: tasks, including masked segment modeling").
_TASK_EXAMPLES_BEFORE = re.compile(
    r"(?<!pretraining\s)(?<!pre-training\s)(?<!pretext\s)(?<!auxiliary\s)(?<!training\s)"
    r"\b(?:tasks?|applications|domains|scenarios|problems)\s*(?:,\s*)?(?:\(\s*|:\s*|(?:including|such\s+as|like|namely|e\.g\.,?|in\s+particular|particularly|"
    r"especially|specifically)\s+)(?:the\s+)?\Z", _I)


#: "X still struggles on tasks such as program repair", "fails in domains like ...": where it falls short, not
#: what it is for.
_SHORTCOMING_BEFORE = re.compile(
    r"\b(?:struggl\w*|fail\w*|falls?\s+short|fell\s+short|limited|poorly|underperform\w*|lags?|lagging|"
    r"suffers?)\b[^.;]{0,50}\Z", _I)


def _task_examples(s: _Sentence) -> list[dict[str, Any]]:
    """``used_for`` from the paper's own method to the tasks a sentence lists as examples ("VAN surpasses similar
    size vision transformers in various tasks, including image classification, object detection ...", "we
    propose RS-CapRet, a method for remote sensing tasks, in particular image captioning and text-image
    retrieval"): the subject is what the sentence is about before the list (:meth:`_Sentence.subject_before`:
    not a compared or instrument name), and only a proposed one."""
    out: list[dict[str, Any]] = []
    if not s.mentions_any(("task", "applications", "domains", "scenarios", "problems")):
        return out
    done: set[Ent] = set()
    for t in s.ents:
        if t.label != TASK or t in done:
            continue
        cue = _TASK_EXAMPLES_BEFORE.search(s.text, max(s.start, t.start - 40), t.start)
        if cue is None or s.negated(cue.start()) \
                or _SHORTCOMING_BEFORE.search(s.text, max(s.start, cue.start() - 60), cue.start()):
            continue
        chain = chain_of(s.chains, t)
        items = [x for x in (chain[chain.index(t):] if t in chain else [t]) if x.label == TASK]
        done.update(items)
        subj = s.subject_before(cue.start())
        if subj is not None and subj.label == METHOD and subj.proposed:
            out += [_relation("used_for", subj, x, "used_for_examples") for x in items]
    return out


#: "a model ... that specializes in T", "X excels in T", "a method ..., focusing on T tasks".
_SPECIALIZES_BEFORE = re.compile(
    r"\b(?:speciali[sz](?:es|ed|ing)|excels?|excelling|focus(?:es|ed|ing)?)\s+(?:in|on|at)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z",
    _I,
)
_SPECIALIZES_KEYS = ("speciali", "excel", "focus")


def _specializes_in(s: _Sentence) -> list[dict[str, Any]]:
    """``used_for`` from "X (, a model ... that) specializes in / excels in / focusing on T"."""
    out: list[dict[str, Any]] = []
    if not s.mentions_any(_SPECIALIZES_KEYS):
        return out
    for t in s.ents:
        if t.label != TASK:
            continue
        cue = _SPECIALIZES_BEFORE.search(s.text, max(s.start, t.start - 50), t.start)
        if cue is None or s.negated(cue.start()):
            continue
        subj = s.subject_before(cue.start(), reach=120)
        if subj is not None and subj.label == METHOD:
            chain = chain_of(s.chains, t)
            out += [_relation("used_for", subj, x, "used_for_specializes")
                    for x in (chain[chain.index(t):] if t in chain else [t])]
    return out


#: "built upon GPT-4 outputs", "a benchmark based on GPT-4 judgments": data a model made, not the model; "Based on
#: visual inspection, Inception scores and ...": a measure named after a model ("Inception score", "GPT-4 scores").
_DATA_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?(?:-?generated|outputs?|responses?|annotations?|judg(?:e)?ments?|"
                         r"predictions?|labels?|prompts?|data|scores?)\b", _I)
#: "Building on the success of Y", "based on the idea of Y": inspiration, not a part (GUIDELINES: "inspired by Y").
_INSPIRATION_BEFORE = re.compile(
    r"\b(?:success(?:es)?|ideas?|insights?|progress|advances?|advancements?|intuitions?|spirit|popularity)\s+"
    r"(?:of|in|behind)\s+(?:the\s+)?(?:[\w.-]+\s+){0,2}?\Z", _I)
#: "X ... compared against models built on Y", "X outperforms existing methods based on Y": other work's kind.
#: ("We compare against detectors built on Y", "We evaluate models based on Y", "X outperforms the baselines based on Y",
#: "Unlike the ones based on Y, our model ...": after a comparison or evaluation word any plural names the compared
#: kind; not a word that only ends in s: "its", "this", "was", "analysis", "corpus": "X outperforms previous work
#: since this extends Y" is X's make.)
_OTHER_KIND_BEFORE_CUE = re.compile(
    r"(?:\b(?:against|than|over|with|to|unlike|existing|prior|previous|other|traditional|conventional)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:models|methods|approaches|systems|works|baselines|architectures|techniques|frameworks|LLMs|LMs|variants|"
    r"networks)|"
    r"\b(?:against|than|unlike|versus|existing|prior|previous|other|traditional|conventional|evaluat(?:e|es|ed|ing)|"
    r"compar(?:e|es|ed|ing)|benchmark(?:s|ed|ing)?|outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?|beat(?:s|ing)?)\s+"
    r"(?:[\w-]+\s+){0,3}?(?-i:(?!(?:its|was|has|does|his|hers|ours|theirs|yours|whereas|always|perhaps|sometimes|"
    r"besides|towards|afterwards|bias|alias|canvas|atlas|yes|chaos|ethos)\b)[a-z][a-z-]+(?<![siu])s)|"
    r"\b(?:the\s+ones|those))\s+(?:(?:that|which)\s+(?:are|were)\s+)?\Z", _I)
#: "... based on Y as a baseline": what the paper compares with.
_AS_BASELINE_AFTER = re.compile(r"\s*(?:\([^()]{0,30}\)\s*)?,?\s+as\s+(?:an?|the|our|its)\s+(?:[\w-]+\s+){0,2}?baselines?\b",
                                _I)
#: ", which are based on Y": the relative pronoun right before the cue; its antecedent is the name before the comma.
_RELATIVE_BEFORE_CUE = re.compile(r",\s*(?:which|that)\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?"
                                  r"(?:also\s+|further\s+)?\Z", _I)
#: "extends the context window of Y": Y is what the method is applied to, not what it extends (GUIDELINES); "extends
#: the architecture / encoder of Y" extends Y itself.
_OF_BEFORE = re.compile(r"\b(?!(?:architecture|encoder|decoder|backbone|design|structure|framework)s?\s)[\w-]+\s+"
                        r"of\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w.-]+\s+){0,2}?\Z", _I)


def _based_on(s: _Sentence) -> list[dict[str, Any]]:
    out = []
    for c_start, c_end in s.cue_spans("based_on"):
        if s.negated(c_start):
            continue
        # "X, which is fine-tuned from Y": the subject of a derivation is close to its cue
        subjects = s.subjects_before(c_start, allow_compared=True, reach=80)
        objs = [o for o in s.objects_after(c_end, (METHOD,), stop=_OBJECT_STOP)
                if not _DATA_AFTER.match(s.text, o.end) and not _INSPIRATION_BEFORE.search(s.text, c_end, o.start)
                and not (s.text.startswith(("exten", "Exten"), c_start) and _OF_BEFORE.search(s.text, c_end, o.start))]
        if objs:
            named = _proposal_subject(s, c_start, objs[-1].end)
            if named is not None and all(e.start > named.end and _KIND_NOUN_AFTER.match(s.text, e.end)
                                         for e in subjects):
                # "we propose X, an approach aimed at constructing a sparse MoE model based on Y", "we propose X,
                # which leverages NAS to design models based on Y", "a network based on Y, namely X"
                subjects = [named]
        other_kind = _OTHER_KIND_BEFORE_CUE.search(s.text, max(s.start, subjects[-1].end) if subjects else s.start, c_start)
        if objs and _AS_BASELINE_AFTER.match(s.text, objs[-1].end):
            objs = []  # "We train a detector based on Y as a baseline": the compared model's make, not the method's
        if subjects and (other_kind or (
                subjects[-1].start >= s.start
                and (rel := _RELATIVE_BEFORE_CUE.search(s.text, subjects[-1].end, c_start)) is not None
                and any(subjects[-1].end <= e.start and e.end <= rel.start() for e in s.ents))):
            # "compared against models built on T5": the cue tells of other work's models; "evaluated on LLaMA-2
            # and Mistral, which are based on Y": of the names before the relative pronoun, not of an earlier named
            # subject ("We propose X, a new model, which is based on Y" and the paper's own voice, "We present a
            # hybrid architecture, which combines Y", still are)
            subjects = []
        if not subjects and objs and s.own is not None and other_kind is None \
                and any(m[0] > objs[-1].end for m in s.own_mentions):
            # "Building upon Y, we ..." / "Based on Y, our model ..." (not "Unlike the ones based on Y, our model ...")
            subjects = [s.own]
        out += [_relation("based_on", subj, o, "based_on_verb") for subj in subjects if subj.label == METHOD
                for o in objs]
    # "we fine-tune Y to obtain X"
    for c_start, c_end in s.cue_spans("based_on_reverse"):
        bases = s.objects_after(c_end, (METHOD,), max_gap=30, stop=_OBJECT_STOP)
        if not bases or s.negated(c_start):
            continue
        for e in s.ents:
            if e.start <= bases[-1].end or e.label != METHOD:
                continue
            if _BASED_ON_REVERSE_RESULT.match(s.text[bases[-1].end:e.start]):
                out += [_relation("based_on", e, b, "based_on_reverse") for b in bases]
            break
    # "Y-based X", "X, a Y-based model"
    for i, e in enumerate(s.ents):
        if e.label != METHOD:
            continue
        suffix = _BASED_SUFFIX.match(s.text, e.end, s.end)
        if not suffix:
            continue
        nxt = s.ents[i + 1] if i + 1 < len(s.ents) else None
        if nxt is not None and nxt.label == METHOD and 0 <= nxt.start - suffix.end() <= 25 and \
                re.fullmatch(r"(?:[\w-]+\s*,?\s+)?", s.text[suffix.end():nxt.start]):
            if _KIND_PLURAL_AFTER.match(s.text, nxt.end):
                continue
            out.append(_relation("based_on", nxt, e, "based_on_suffix"))
            continue
        prev = s.ents[i - 1] if i > 0 else None
        if prev is not None and prev.label == METHOD and _BASED_SUFFIX_APPOSITION.fullmatch(s.text[prev.end:e.start]):
            out.append(_relation("based_on", prev, e, "based_on_suffix"))
    # "X is a Y model", "X, a Y variant"
    for i, e in enumerate(s.ents):
        if i > 0 and _is_predicate_model(s.text, s.ents[i - 1], e):
            out.append(_relation("based_on", s.ents[i - 1], e, "based_on_suffix"))
    # "a novel contrastive decoding framework termed LOL", "a Turkish BERT model, namely BERTurk"
    for i in range(len(s.ents) - 1):
        y, x = s.ents[i], s.ents[i + 1]
        if x.label == y.label == METHOD and x.text != y.text and _NAMED_AS_GAP.fullmatch(s.text, y.end, x.start) \
                and not _BASED_SUFFIX.match(s.text, y.end):
            out.append(_relation("based_on", x, y, "based_on_suffix"))
    # "We present X, a recursive composition augmented Y that ..."
    for i in range(1, len(s.ents)):
        x, y = s.ents[i - 1], s.ents[i]
        if x.label == y.label == METHOD and _APPOSITION_GAP.fullmatch(s.text[x.end:y.start]) and y not in s.modifiers \
                and _APPOSITION_END.match(s.text, y.end, s.end) and not _is_expansion(x.text, y.text):
            out.append(_relation("based_on", x, y, "based_on_apposition"))
    # title "X: Layer-Parallel Y for ..."
    head = _title_head(s)
    if head is not None:
        for y in s.ents:
            if y.start >= head[1] and y.label == METHOD and head[0].label == METHOD:
                if _TITLE_VARIANT_GAP.fullmatch(s.text[head[0].end:y.start]) and not _is_expansion(head[0].text, y.text) \
                        and _is_title_base(s, y, head[1]):
                    out.append(_relation("based_on", head[0], y, "based_on_title"))
                break
        # "Q-BERT: Hessian Based Ultra Low Precision Quantization of BERT", "X: Compressing Y for ..."
        if head[0].label == METHOD:
            out += [_relation("based_on", head[0], y, "based_on_title") for y in s.ents
                    if y.start >= head[1] and y.label == METHOD and y.text != head[0].text
                    and _TITLE_DERIVED_BEFORE.search(s.text, max(head[1], y.start - 40), y.start)]
    return out


#: "we propose / this work introduces ...": a sentence presenting the paper's method.
_PROPOSAL_BEFORE = re.compile(
    r"\b(?:we|this\s+(?:paper|work|study))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:propos|introduc|present|develop|design|build|creat|releas|construct)\w*\s", _I)
#: "a Y model based on Z, namely X" / "..., called X".
_NAMED_AFTER = re.compile(r"\s*,?\s*(?:namely|called|termed|dubbed|named|so-called)\s+(?:as\s+)?", _I)
#: A name used as the kind of a described thing ("a sparse MoE model"), not as what acts.
_KIND_NOUN_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:model|framework|method|approach|architecture|network|system|algorithm|technique)s?\b", _I)


def _proposal_subject(s: _Sentence, cue: int, objects_end: int) -> Ent | None:
    """The proposed METHOD a sentence presents, when a derivation cue at ``cue`` describes it: named after
    "we propose / introduce / present ..." before the cue (no ";" between), or right after the
    objects ("a network based on LKA, namely VAN")."""
    m = _NAMED_AFTER.match(s.text, objects_end, s.end)
    if m is not None:
        x = next((e for e in s.ents if e.start >= m.end()), None)
        if x is not None and x.start == m.end() and x.label == METHOD:
            return x
    if not any(e.proposed for e in s.ents):
        return None
    head = _PROPOSAL_BEFORE.search(s.text, s.start, cue)
    if head is None:
        return None
    x = next((e for e in s.ents if head.end() <= e.start and e.label == METHOD), None)
    if x is None or not x.proposed or x.end > cue or ";" in s.text[x.end:cue]:
        return None
    return x


#: "comprises a Video-to-Event Mapper (VTEM)": a part introduced with an article is the paper's new component.
_NEW_PART_BEFORE = re.compile(r"\b(?:an?)\s+\Z", _I)


def _composed_of(s: _Sentence) -> list[dict[str, Any]]:
    """ "The proposed model, ResNLS, is mainly composed of two neural architectures, ResNet and LSTM":
    ``based_on`` each existing METHOD the subject is assembled from (its own new parts, proposed
    names, are :func:`_own_components`')."""
    out = []
    for c_start, c_end in s.cue_spans("composed_of"):
        if s.negated(c_start):
            continue
        subjects = s.subjects_before(c_start, allow_compared=True, reach=80)
        if not subjects:
            continue
        objs = [o for o in s.objects_after(c_end, (METHOD,), stop=_OBJECT_STOP)
                if not o.proposed and not _NEW_PART_BEFORE.search(s.text, max(s.start, o.start - 4), o.start)]
        out += [_relation("based_on", subj, o, "based_on_composed") for subj in subjects if subj.label == METHOD
                for o in objs]
    return out


#: Between the paper's method and "leverages": nothing but its short form and a relative pronoun.
_LEVERAGES_GAP = re.compile(r"\s*\)?\s*(?:\([^()]{1,30}\)\s*)?(?:,\s*(?:which|that)\s+|\s+)(?:also\s+|further\s+|effectively\s+)?\Z",
                            _I)


def _leverages(s: _Sentence) -> list[dict[str, Any]]:
    """ "We present RAPID, which leverages RAG for ...", "BiMediX2 leverages the Llama3.1 architecture":
    the paper's own method (a proposed name right before the verb) is built on an existing METHOD
    right after it. Only the proposed method: "X leverages Y" of other work is background."""
    out: list[dict[str, Any]] = []
    if not any(e.proposed for e in s.ents):
        return out  # cheap: no own method in the sentence, no cue lookup
    for c_start, c_end in s.cue_spans("leverages"):
        subj = next((e for e in reversed(s.ents) if e.end <= c_start), None)
        if subj is None or subj.label != METHOD or not subj.proposed \
                or not _LEVERAGES_GAP.fullmatch(s.text, subj.end, c_start):
            continue
        # (not a tool or a data source: "X leverages GPT-4 to generate instruction data")
        objs = [o for o in s.objects_after(c_end, (METHOD,), max_gap=12, stop=_OBJECT_STOP)
                if not o.proposed and not _OWN_PART_TOOL_AFTER.match(s.text, o.end)]
        out += [_relation("based_on", subj, o, "based_on_leverages") for o in objs]
    return out


_APPOSITION_GAP = re.compile(
    r",\s*(?:a|an)\s+(?:(?!(?:that|which|who|to|of|for|with|and|or|in|on|by|from|enables?|allows?|uses?|using)\b)"
    r"[\w-]+\s+){1,5}?",
    _I,
)
_APPOSITION_END = re.compile(r"\s*(?:$|[,.;]|that\b|which\b|with\b|for\b|to\b|trained\b|designed\b)", _I)
_TITLE_HEAD_GAP = re.compile(r"\s*(?::|\s[-–—])\s+")
#: "X: Layer-Parallel Y": modifiers only (a gerund, "X: Advancing Y", says what X does to Y).
_TITLE_VARIANT_GAP = re.compile(
    r"\s*(?::|\s[-–—])\s+(?:(?:an?|the)\s+)?"
    r"(?:(?![\w-]*ing\b|(?:of|beyond|for|via|with|towards?|on|in|to|from|through|against|versus|vs|and|or|is|are|"
    r"survey|review|study|analysis|benchmark)\b)[\w-]+\s+){0,2}?",
    _I,
)
#: What may follow the base in "X: Compact Y ...": the title goes on ("for", ",", end) or names Y's models;
#: "LLMOps Pipeline", "AlexNet-level accuracy", "Multi-Head Attention is ..." use Y as a modifier or a subject.
_TITLE_BASE_AFTER = re.compile(
    r"\s*(?:\Z|[,:;.!?()\n]|(?:for|with|via|on|in|to|using|through|at|and|from|towards?|under|without|by)\b|"
    r"(?:models?|variants?|versions?|family|series|checkpoints?)\b)",
    _I,
)
_ARTICLES = re.compile(r"\b(?:an?|the)\b", _I)
#: Architecture names too generic to be a titled model's base ("VIOLET: End-to-End Video-Language Transformers").
_GENERIC_TITLE_BASES = _GENERIC_PARTS | {"multi head attention", "self attention", "state space model",
                                         "state space models", "ssm", "ssms"}


def _is_title_base(s: _Sentence, y: Ent, rest: int) -> bool:
    """Whether the METHOD ``y`` after a title head's modifiers names what the head is a variant of.

    A Title Case phrase opening the rest of the title (at ``rest``) is the subtitle saying what the
    head is ("SpecTr: Fast Speculative Decoding via ...", "Satori-SWE: Evolutionary Test-Time Scaling").

    Example:
        >>> t = "EasySpec: Layer-Parallel Speculative Decoding for GPUs"
        >>> s = _Sentence(t, t.lower(), _DocCues(t.lower()), 0, len(t), [], None)
        >>> _is_title_base(s, Ent(25, 45, "METHOD", "Speculative Decoding"), 10)
        True
        >>> _is_title_base(s, Ent(10, 45, "METHOD", "Layer-Parallel Speculative Decoding"), 10)
        False
        >>> t = "LlamaDuo: LLMOps Pipeline for Migration"
        >>> s = _Sentence(t, t.lower(), _DocCues(t.lower()), 0, len(t), [], None)
        >>> _is_title_base(s, Ent(10, 16, "METHOD", "LLMOps"), 10)
        False
    """
    if _TITLE_WORDS.fullmatch(y.text) and not _ARTICLES.sub("", s.text[rest:y.start]).strip():
        return False
    if " ".join(t for t in _NAME_PARTS.split(y.text.casefold()) if t) in _GENERIC_TITLE_BASES:
        return False
    return bool(_TITLE_BASE_AFTER.match(s.text, y.end, s.end))


#: A title word saying the head is made from the next model: "Quantization of Y", "Compressing Y", "Adjusting Y for
#: Turkish" (RoBERTurk), "Scaling Down Y via ..." (Mobile V-MoEs).
_TITLE_DERIVED_BEFORE = re.compile(
    r"\b(?:(?:quantization|compression|distillation|pruning|sparsification|adaptation|fine-?tuning|extension)\s+of|"
    r"(?:quantiz|compress|distill?|prun|sparsif|fine-?tun|extend|adapt|adjust)(?:e|es|ed|ing)?|scal(?:e|es|ing)\s+down)"
    r"\s+(?:the\s+|a\s+)?\Z",
    _I,
)


def _title_head(s: _Sentence) -> tuple[Ent, int] | None:
    """In a title "X: ...", the entity X and where the rest of the title starts."""
    if not s.is_title or not s.ents:
        return None
    first = s.ents[0]
    if s.text[s.start:first.start].strip():
        return None
    m = _TITLE_HEAD_GAP.match(s.text, first.end, s.end)
    return (first, m.end()) if m else None


def _is_expansion(short: str, long: str) -> bool:
    """True when ``long`` may spell out ``short`` (same first letter): "LoRA" / "Low-Rank Adaptation".

    Example:
        >>> _is_expansion("LoRA", "Low-Rank Adaptation"), _is_expansion("EasySpec", "Speculative Decoding")
        (True, False)
    """
    return bool(short) and bool(long) and short[0].lower() == long[0].lower() and len(long) > len(short)


_EXAMPLES_AFTER = re.compile(r"[^.;]*?\b(?P<intro>like|such\s+as|including|e\.g\.,?|namely)\s+(?:the\s+)?", _I)


def _outperforms(s: _Sentence) -> list[dict[str, Any]]:
    out = []
    for c_start, c_end in s.cue_spans("outperforms"):
        if s.negated(c_start):
            continue
        subjects = s.subjects_before(c_start)
        objects = s.objects_after(c_end, (METHOD,), stop=_OBJECT_STOP, max_gap=100, modifiers_out=True)
        examples = _EXAMPLES_AFTER.match(s.text, c_end, min(s.end, c_end + 100))
        if examples is not None and not _OBJECT_STOP.search(s.text, c_end, examples.start("intro")) and (
                not objects or objects[0].start < examples.start("intro")):
            # "outperforms all prior BERT-base compression techniques like CoFi, MiniLM and TinyBERT": the
            # examples are the compared methods, a name inside the general phrase only describes them
            objects = s.objects_after(examples.end(), (METHOD,), stop=_OBJECT_STOP, max_gap=5) or objects
        if not objects:
            # "surpassing the state-of-the-art text retrieval model, NV-Embed-v1": a general phrase, then its name
            named = _GENERAL_THEN_NAME.match(s.text, c_end, min(s.end, c_end + 100))
            if named is not None:
                objects = s.objects_after(named.end(), (METHOD,), max_gap=0)
        objects = _listed_after(s, objects)
        out += [_relation("outperforms", subj, o, "outperforms_verb") for subj in subjects for o in objects]
    for c_start, c_end in s.cue_spans("comparative"):
        if s.negated(c_start):
            continue
        subj = s.subject_before(c_start)
        if subj is None:
            continue
        objects = s.objects_after(c_end, (METHOD,), stop=_OBJECT_STOP, max_gap=60, modifiers_out=True) \
            or _compared_examples(s, c_end)
        out += [_relation("outperforms", subj, o, "outperforms_comparative") for o in _listed_after(s, objects)]
    compared = s.cue_spans("compared")
    if compared and (s.mentions_any(_IMPROVEMENT_KEYS) or s.mentions_any(("reduction",))):
        for c_start, c_end in compared:
            objs = s.objects_after(c_end, (METHOD,), stop=_OBJECT_STOP, max_gap=40, modifiers_out=True) \
                or _compared_examples(s, c_end)
            if not objs or s.negated(c_start):
                continue
            a, b = max(s.start, c_start - _IMPROVEMENT_REACH), min(s.end, objs[-1].end + _IMPROVEMENT_REACH)
            if not any(s.low.find(k, a, b) != -1 for k in _IMPROVEMENT_KEYS) \
                    and s.low.find("reduction", max(s.start, c_start - 30), c_start) == -1:
                # "When compared to A and B, X's models demonstrate notable proficiency, underscoring the
                # effectiveness of ...": the gain is stated next to the comparison, not anywhere in the sentence
                # ("a 3.3x parameter reduction over Y" is one, "experiments over Y ... a 40% reduction" is not)
                continue
            subj = s.subject_before(c_start)
            if subj is None:
                # "Compared to Y, X improves ...": the subject follows the comparison
                for e in s.ents:
                    if e.start > objs[-1].end and e.label == METHOD and e not in s.compared:
                        # only a subject that acts ("X improves"), not "(Z)" naming the compared one again
                        subj = e if is_subject_like(s.text, e, s.end) else None
                        break
            if subj is None and s.own is not None and s.own_mentions:
                subj = s.own
            if subj is not None:
                out += [_relation("outperforms", subj, o, "outperforms_compared") for o in objs]
    return out


#: "compared with baselines including learning from scratch, StackBERT and MSLT", "than previous policy gradient
#: methods (e.g., PPO": a general phrase, then examples.
_COMPARED_EXAMPLES = re.compile(
    r"\s*(?:the\s+|other\s+|several\s+|existing\s+|strong\s+|prior\s+|previous\s+|state-of-the-art\s+)*"
    r"(?:(?!(?:and|or|on|in|for|with|by|than)\b)[\w-]+\s+){0,3}?"
    r"(?:baselines?|methods?|models?|approaches|techniques|systems|alternatives|works?|llms|lms)\s*,?\s*\(?"
    r"(?:including|such\s+as|like|e\.g\.,?|namely)\s+(?:[^.;]{0,50}?,\s*)?",
    _I,
)
#: "surpassing the state-of-the-art text retrieval model, NV-Embed-v1": one compared thing, described, then named.
_GENERAL_THEN_NAME = re.compile(
    r"\s*(?:the|a|an|its)\s+(?:(?!(?:and|or|on|in|for|with|by|than|while|which|that)\b)[\w-]+\s+){0,6}?"
    r"(?:model|method|baseline|approach|system|framework|algorithm|network|teacher|counterpart|llm|lm)\s*,\s*",
    _I,
)
#: Between two compared names: the margin of the first ("A by 28.4% points, B by 27.6% points and C"), or the comma
#: of an examples list closed by a parenthesis ("(e.g., Llama 3.3 70B, GPT-4o)").
_BY_MARGIN_GAP = re.compile(
    r"\s+by\s+(?:over\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|approximately\s+|roughly\s+)?"
    r"\d[\d.,]*\s*(?:%|x|×)?(?:\s+(?!(?:and|or|on|in|than|while|which|that|respectively)\b)[\w%-]+){0,5}?"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)",
    _I,
)
_EXAMPLES_COMMA_GAP = re.compile(r"\s*,\s*")
#: What follows a compared name a margin list goes on with: its own margin, or the list's next separator or end.
_LISTED_NEXT = re.compile(r"\s+by\s+(?:over\s+|up\s+to\s+|about\s+|around\s+|nearly\s+|almost\s+|approximately\s+|"
                          r"roughly\s+)?\d|\s*(?:[,;:.)]|(?:and|or)\b|\Z)", _I)
_EXAMPLES_OPEN = re.compile(r"\(\s*(?:e\.g\.|i\.e\.|such\s+as|including|like)\s*,?\s*\Z", _I)


def _listed_after(s: _Sentence, objects: list[Ent]) -> list[Ent]:
    """``objects`` extended over the compared names that follow them where the list is broken by each one's
    margin ("outperforms A by 28.4% points, B by 27.6% points, and C by 35.3% points") or is a bare comma list in
    an examples parenthesis ("LLMs (e.g., Llama 3.3 70B, GPT-4o)"), which :func:`coordination_chains` splits.

    Example:
        >>> t = "X beats A by 2.1% points, B by 3% and C by 1.5 BLEU on D."
        >>> es = [Ent(0, 1, "METHOD", "X"), Ent(8, 9, "METHOD", "A"), Ent(26, 27, "METHOD", "B"),
        ...       Ent(38, 39, "METHOD", "C"), Ent(55, 56, "DATASET", "D")]
        >>> s = _Sentence(t, t.lower(), _DocCues(t.lower()), 0, len(t), es, None)
        >>> [e.text for e in _listed_after(s, [es[1]])]
        ['A', 'B', 'C']
    """
    if not objects:
        return objects
    out = list(objects)
    in_examples = None
    i = bisect_left(s.ents, out[-1]) + 1
    while i < len(s.ents):
        last, nxt = out[-1], s.ents[i]
        i += 1
        if nxt.start < last.end or nxt in out:
            continue
        if nxt.label != METHOD:
            continue  # "GPT-3.5 by over 6 points in F1 and GPT-4": the metric is part of the margin
        if nxt.start - last.end > 80:
            break
        margin = _BY_MARGIN_GAP.fullmatch(s.text, last.end, nxt.start)
        if margin and not margin.group().rstrip().endswith((" and", " or")) \
                and not _LISTED_NEXT.match(s.text, nxt.end, s.end):
            break  # "outperforms GPT-4 by 2.1%, Llama-2 achieves only 30%": a new clause's subject, not a compared name
        if not margin:
            if not _EXAMPLES_COMMA_GAP.fullmatch(s.text, last.end, nxt.start):
                break
            if in_examples is None:
                close = s.text.find(")", nxt.end, s.end)
                in_examples = close != -1 and s.text.find("(", out[0].start, close) == -1 \
                    and bool(_EXAMPLES_OPEN.search(s.text, max(s.start, out[0].start - 20), out[0].start))
            if not in_examples:
                break
        chain = chain_of(s.chains, nxt)
        out += [e for e in (chain[chain.index(nxt):] if nxt in chain else [nxt]) if e not in out]
        i = bisect_left(s.ents, out[-1]) + 1
    return out


def _compared_examples(s: _Sentence, pos: int) -> list[Ent]:
    """The named examples of a general phrase after a comparison cue (see :data:`_COMPARED_EXAMPLES`)."""
    m = _COMPARED_EXAMPLES.match(s.text, pos, s.end)
    if m is None:
        return []
    return s.objects_after(m.end(), (METHOD,), stop=_OBJECT_STOP, max_gap=5)


_TRAINING_IN_PHRASE = re.compile(r"\b(?:pre-?trained|trained|fine-?tuned|finetuned|distilled)\b", _I)
#: Between a list of models and "on D": a head noun at most ("o1-mini and o3-mini variants on the Omni-MATH benchmark").
_MODEL_HEAD_GAP = re.compile(
    r"\s*(?:(?:models?|variants?|versions?|backbones?|checkpoints?|baselines?|llms|systems?)\s*)?", _I)


def _models_right_before(s: _Sentence, head: re.Match[str]) -> list[Ent]:
    """The METHOD list that an "on D" phrase (``head``, from :data:`_ON_BEFORE`) directly follows, if any;
    never a compared one ("X outperforms A and B on D": A and B are compared there, not evaluated)."""
    verb_end = head.start("verb") if head.group("verb") else head.start()
    start = head.end("verb") if head.group("verb") and _MODEL_HEAD_GAP.fullmatch(head.group("verb")) else verb_end
    last = next((e for e in reversed(s.ents) if e.end <= start), None)
    if last is None or last.label != METHOD or last in s.compared or last in s.modifiers \
            or is_paradigm_means(s.text, last, s.start) \
            or not _MODEL_HEAD_GAP.fullmatch(s.text, last.end, head.start("verb") if head.group("verb") else start):
        return []
    chain = chain_of(s.chains, last)
    models = list(chain) if last in chain and chain[-1] == last else [last]
    if _COMPARISON_BEFORE.search(s.text, max(s.start, models[0].start - 60), models[0].start):
        return []  # "competitive accuracy to a Llemma-34B model on MATH500" (a metric between cue and name)
    return [m for m in models if m not in s.compared]


#: A comparison word after the evaluation phrase, and a data name with no place word of its own after it.
_COMPARED_SINCE = re.compile(
    r"\b(?:outperform\w*|surpass\w*|beat(?:s|ing)?|exceed\w*|outstrip\w*|outdo\w*|outclass\w*|than|"
    r"compared\s+(?:to|with)|versus|vs\.?)\b", _I)
_WHERE_BEFORE = re.compile(r"\b(?:on|in|across|over|at|with)\s+(?:[\w-]+\s+){0,3}?\Z", _I)


def _evaluated_on(s: _Sentence) -> list[dict[str, Any]]:
    """METHOD -> DATASET after an evaluation phrase; TASKs there give ``used_for``."""
    out = []
    done: set[Ent] = set()
    phrases = s.cue_spans("evaluation")
    for e in s.ents:
        if e.label not in (DATASET, TASK) or e in done:
            continue
        phrase = next((p for p in reversed(phrases) if p[1] <= e.start), None)
        if e.label == TASK and phrase is not None and not _TASK_EVALUATION.match(s.low, phrase[0]):
            # "evaluate its performance across T": of the phrases ending together, the one with the evaluation verb
            phrase = next((p for p in phrases if p[1] == phrase[1] and _TASK_EVALUATION.match(s.low, p[0])), phrase)
        if phrase is not None and _TRAINING_IN_PHRASE.search(s.text, phrase[0], phrase[1]):
            phrase = None  # "the pretraining task is trained on ... CommonCrawl": training, not evaluation
        if e.label == TASK and (phrase is None or not _TASK_EVALUATION.match(s.low, phrase[0])
                                or _DESCRIBES_DATA.match(s.text, e.end)
                                or s.text.rfind("(", phrase[0], e.start) > s.text.rfind(")", phrase[0], e.start)):
            # a task is "evaluated on" only after an explicit evaluation verb, and
            # "numerical reasoning benchmarks" names data, not the task the method is for, nor do the
            # tasks in "experiments on 10 datasets (covering classification, ...)"
            continue
        head = (_ON_BEFORE.search(s.text, max(s.start, e.start - 80), e.start)
                or _IN_OPENING.match(s.text, s.start, e.start)) if e.label == DATASET else None
        if phrase is None and (head is None or not _EVAL_CUE.search(s.text, s.start, s.end)):
            continue
        if head is None and phrase is not None and e.label == DATASET \
                and _COMPARED_SINCE.search(s.text, phrase[1], e.start) \
                and not _WHERE_BEFORE.search(s.text, max(s.start, e.start - 60), e.start):
            continue  # "results on the COCO benchmark, surpassing all entries including those from the COCO 2016
            # challenge winners": the data describes what is compared
        anchor = phrase[0] if phrase is not None else head.start()
        if ";" in s.text[anchor:e.start]:
            continue
        before = s.text[max(s.start, e.start - 60):e.start]
        trained = _TRAINED_ON.search(before)
        if trained and (phrase is None or trained.start() + max(s.start, e.start - 60) > phrase[1]):
            continue
        chain = chain_of(s.chains, e)
        items = list(chain[chain.index(e):]) if e in chain else [e]
        done.update(items)
        if s.negated(anchor):
            continue
        inside = [m for m in s.ents if phrase is not None and phrase[0] <= m.start and m.end <= phrase[1]
                  and m.label == METHOD and m not in s.compared]
        # "we evaluate X on D": the method sits inside the phrase; "across o1-mini and o3-mini variants on D":
        # the models right before "on D"
        subjects = inside or (_models_right_before(s, head) if head is not None and phrase is None
                              and head.re is _ON_BEFORE else []) \
            or s.subjects_before(anchor)
        if not subjects:
            after = s.subject_after(items[-1].end)
            subjects = [after] if after is not None else []
        default = False
        if not subjects and e.label == DATASET and phrase is not None and s.own is not None and s.own.label == METHOD \
                and _TASK_EVALUATION.match(s.low, phrase[0]):
            # "Extensive experiments on A and B show ...": a paper's experiments evaluate its own method
            subjects, default = [s.own], True
        if default:
            pattern = "evaluated_on_default"
        elif phrase is not None:
            pattern = "evaluated_on_explicit"
        else:
            explicit = _EXPLICIT_EVAL_BEFORE.search(s.text, max(s.start, head.start() - 40), head.end())
            pattern = "evaluated_on_explicit" if explicit else "evaluated_on_results"
        for subj in subjects:
            if e.label == DATASET:
                out += [_relation("evaluated_on", subj, d, pattern) for d in items]
            elif not _DATA_PURPOSE_BEFORE.search(s.text, max(s.start, items[0].start - 60), items[0].start):
                # (not "on PTB, a treebank originally built for language modeling": the data's task)
                out += [_relation("used_for", subj, t, "used_for_evaluated") for t in items]
    return out


#: "on / across / in (the) (various) T (tasks)": where a comparison is won.
_WON_ON_BEFORE = re.compile(
    r"\b(?:on|across|in)\s+(?:the\s+|both\s+|all\s+|several\s+|multiple\s+|various\s+|diverse\s+|\d+\s+|two\s+|three\s+|"
    r"four\s+|five\s+|downstream\s+)*(?:[\w-]+\s+)?\Z", _I)


def _outperforms_on_task(s: _Sentence) -> list[dict[str, Any]]:
    """``used_for`` from the paper's method to the task on which a sentence says it outperforms others ("X
    outperforms GPT-4 and LLaMA on code generation", "our model surpasses prior methods across T1 and T2 tasks"):
    the task twin of "X outperforms Y on D" (:func:`_evaluated_on`), whose task branch wants an evaluation verb;
    the subject before the cue must be a proposed METHOD (not a compared one), and the task no one dataset's name
    ("on the T benchmark")."""
    out: list[dict[str, Any]] = []
    cues = s.cue_spans("outperforms")
    if not cues:
        return out
    done: set[Ent] = set()
    for t in s.ents:
        if t.label != TASK or t in done or t in s.compared:
            continue
        cue = next((c for c in reversed(cues) if c[1] <= t.start), None)
        if cue is None or t.start - cue[1] > 120 or ";" in s.text[cue[1]:t.start] or s.negated(cue[0]):
            continue
        chain = chain_of(s.chains, t)
        items = [x for x in (chain[chain.index(t):] if t in chain else [t]) if x.label == TASK]
        done.update(items)
        if not _WON_ON_BEFORE.search(s.text, max(cue[1], t.start - 50), t.start) \
                or _NAMES_DATA_AFTER.match(s.text, items[-1].end):
            continue
        subj = s.subject_before(cue[0])
        if subj is None or subj.label != METHOD or not (subj.proposed or subj is s.own):
            continue
        out += [_relation("used_for", subj, x, "used_for_evaluated") for x in items]
    return out


def _used_for(s: _Sentence) -> list[dict[str, Any]]:
    out = []
    ents = s.ents
    for i, x in enumerate(ents):
        if x.label not in (METHOD, DATASET):
            continue
        for t in ents[i + 1:]:
            if t.start - x.end > 90:
                break
            if t.label == x.label:
                continue
            if t.label != TASK:
                if t.label in (METHOD, DATASET):
                    break
                continue
            gap = s.text[x.end:t.start]
            if "(" in gap or ")" in gap:
                # "Binary Pretrained Foundation Transformer (BiPFT) for NLU": the short form is the same name
                gap = _SHORT_FORM_AFTER.sub("", gap, count=1)
            chain = chain_of(s.chains, t)
            tasks = _counted_tasks(s, list(chain[chain.index(t):]) if t in chain else [t])
            pattern = None
            if _USED_FOR_APPOSITION.fullmatch(gap):
                pattern = "used_for_apposition"
            elif x.proposed and _USED_FOR_ACHIEVES.match(gap):
                pattern = "used_for_achieves"
            elif _USED_FOR_GAP.fullmatch(gap) and (
                not gap.strip().lower().startswith("to")
                or _APPLY_BEFORE.search(s.text, max(s.start, x.start - 30), x.start)
            ):
                pattern = "used_for_gap"
            if pattern is not None:
                x_chain = chain_of(s.chains, x)
                users = list(x_chain[:x_chain.index(x) + 1]) if x in x_chain else [x]
                if len(users) > 1 and len(tasks) > 1 and _RESPECTIVELY.search(s.text, s.start, s.end):
                    # "A, B and C for T1, T2 and T3, respectively": pairwise; when a name of the longer list
                    # was not found, the first ones still pair up (a missed last name is the common case)
                    out += [_relation("used_for", u, task, pattern) for u, task in zip(users, tasks)]
                else:
                    out += [_relation("used_for", u, task, pattern) for u in users for task in tasks]
            break
    for i, t in enumerate(ents):
        if t.label != TASK or i + 1 >= len(ents):
            continue
        x = ents[i + 1]
        if x.label == METHOD and _USED_FOR_REVERSE.fullmatch(s.text[t.end:x.start]):
            out.append(_relation("used_for", x, t, "used_for_reverse"))
        elif x.label in (METHOD, DATASET) and _TASK_MODIFIER_GAP.fullmatch(s.text[t.end:x.start]):
            # "a new Tool Learning method Chain-of-Tools", "the sentiment analysis benchmark X"
            out.append(_relation("used_for", x, t, "used_for_modifier"))
    # title "X: ... for T" / "X: T with ..."
    head = _title_head(s)
    if head is not None and head[0].label in (METHOD, DATASET) and not _title_names_no_method(s.text, head[1], ents):
        for t in ents:
            if t.label == TASK and t.start >= head[1] and (
                t.start == head[1] or _TITLE_FOR.search(s.text, max(head[1], t.start - 40), t.start)
                or _TITLE_TASK_MODIFIERS.fullmatch(s.text, head[1], t.start)
            ):
                if _TITLE_BASED_ON_BEFORE.search(s.text, max(head[1], t.start - 60), t.start):
                    continue  # "TDAG: A Multi-Agent Framework based on Dynamic Task Decomposition": what X is built on
                out.append(_relation("used_for", head[0], t, "used_for_title"))
    # "We introduce Falconer, a collaborative framework that combines ... for scalable knowledge mining", "we propose
    # a key-element-informed instruction tuning for summarization, so-called KEITSum", "we introduce FIRST, a novel
    # listwise LLM reranking approach"
    out += _proposal_used_for(s)
    # "we propose a deep learning based approach to T"
    if s.own is not None and s.own_mentions:
        for t in ents:
            if t.label == TASK and _OWN_APPROACH_FOR.search(s.text, max(s.start, t.start - 100), t.start):
                out.append(_relation("used_for", s.own, t, "used_for_own"))
            elif t.label == TASK and _APPLY_IT_BEFORE.search(s.text, max(s.start, t.start - 60), t.start):
                # "we demonstrate the generality of proxy-tuning by applying it for domain adaptation"
                out.append(_relation("used_for", s.own, t, "used_for_own"))
            elif t.label == TASK and s.own.proposed and any(
                    m[1] <= t.start and _USED_FOR_ACHIEVES.match(s.text[m[1]:t.start]) for m in s.own_mentions):
                # "our model achieves state-of-the-art results in T"
                out.append(_relation("used_for", s.own, t, "used_for_achieves"))
    return [r for r in out if r["subject_label"] == METHOD]


#: "on 5 video question answering tasks and 4 text-to-video retrieval tasks": a head noun and a count between tasks.
_COUNTED_TASK_GAP = re.compile(
    r"\s+(?:tasks?|problems|benchmarks?|settings?)\s*(?:,\s*(?:and\s+)?|and\s+|or\s+|as\s+well\s+as\s+)"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|multiple|various)\s+(?:[\w-]+\s+)?", _I)


def _counted_tasks(s: _Sentence, tasks: list[Ent]) -> list[Ent]:
    """``tasks`` extended over further TASKs joined as "T1 tasks and 4 T2 tasks" (one word may modify each)."""
    last = tasks[-1]
    for e in s.ents:
        if e.start < last.end:
            continue
        if e.label != TASK or not _COUNTED_TASK_GAP.fullmatch(s.text, last.end, e.start):
            break
        tasks.append(e)
        last = e
    return tasks


#: "for / to / towards (scalable) T" inside the sentence presenting the paper's method.
_PROPOSAL_FOR_BEFORE = re.compile(r"\b(?:for|to|towards)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+)?\Z", _I)
#: "a listwise LLM reranking approach": the task names the kind of the presented method.
_TASK_KIND_AFTER = re.compile(r"\s+(?:approach|framework|method|model|system|agent|pipeline|algorithm|technique)s?\b",
                              _I)


def _proposal_used_for(s: _Sentence) -> list[dict[str, Any]]:
    """``used_for`` from the sentence presenting the paper's method ("we propose / introduce / present ... X"):
    a TASK after the proposal verb that the method is "for / to / towards", or that names the method's kind
    ("a ... reranking approach"), wherever the name stands in the sentence, unless another (not proposed) METHOD
    stands between them."""
    if not any(e.proposed for e in s.ents) or not s.mentions_any(("we ", "this ")):
        return []
    head = _PROPOSAL_BEFORE.search(s.text, s.start, s.end)
    if head is None:
        return []
    x = next((e for e in s.ents if e.start >= head.end() and e.label == METHOD and e.proposed), None)
    if x is None:
        return []
    out = []
    for t in s.ents:
        if t.label != TASK or t.start < head.end() or ";" in s.text[head.end():t.start]:
            continue
        a, b = (x.end, t.start) if t.start > x.end else (t.end, x.start)
        if any(a <= e.start and e.end <= b and e.label == METHOD and not e.proposed for e in s.ents):
            continue  # "X, which uses BERT for T": the nearer name is what serves T
        if _PROPOSAL_FOR_BEFORE.search(s.text, max(head.end(), t.start - 40), t.start) \
                or (t.start > x.end and _TASK_KIND_AFTER.match(s.text, t.end, s.end)):
            out.append(_relation("used_for", x, t, "used_for_own"))
    return out


#: A parenthesised short form right after a name (or the closing parenthesis after the short form itself).
_SHORT_FORM_AFTER = re.compile(r"\A\s*(?:\([^()]{1,30}\)|\))")
_TASK_MODIFIER_GAP = re.compile(
    r"\s+(?:method|model|framework|approach|system|algorithm|architecture|technique|benchmark|dataset|corpus|"
    r"toolkit|agent|pipeline)s?\s*(?:,\s*|called\s+|named\s+|dubbed\s+|termed\s+)?", _I
)
#: "X: Unsupervised sentence-pair modelling ...": the task named first in the title after a few modifiers.
_TITLE_TASK_MODIFIERS = re.compile(r"(?:(?:an?|the)\s+)?(?:(?!(?:and|or|with|of|via|through|using|by)\b)[\w-]+\s+){0,2}", _I)
_TITLE_FOR = re.compile(r"\b(?:for|to|towards|in|on)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?\Z", _I)
#: "X: Survey of ...", "X: Mutual Information Scaling Law for T": the title's name is a survey's or a law's, no method's.
_TITLE_NOT_A_METHOD = re.compile(r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?(?:surveys?|reviews?|overview|tutorial|"
                                 r"scaling\s+laws?|position\s+paper)(?![\w-])", _I)


def _title_names_no_method(text: str, rest: int, ents: Sequence[Ent]) -> bool:
    """Whether a title "X: ..." whose rest starts at ``rest`` names a survey or a law (:data:`_TITLE_NOT_A_METHOD`),
    not a method: the survey or review word must not be part of a TASK ("ZorbSum: Review Summarization with LLMs",
    "ZorbRev: Automated Code Review for Pull Requests" name methods for those tasks).

    Example:
        >>> t = "Zorb-360: Survey of State Space Models"
        >>> _title_names_no_method(t, 10, [Ent(0, 8, "METHOD", "Zorb-360")])
        True
        >>> t = "ZorbSum: Review Summarization with LLMs"
        >>> _title_names_no_method(t, 9, [Ent(0, 7, "METHOD", "ZorbSum"), Ent(9, 29, "TASK", "Review Summarization")])
        False
    """
    m = _TITLE_NOT_A_METHOD.match(text, rest)
    return m is not None and not any(e.label == TASK and e.start < m.end() <= e.end for e in ents)


#: "X: A Framework based on T": the title names what X is built on, not what it is for.
_TITLE_BASED_ON_BEFORE = re.compile(
    r"\b(?:based|built|grounded|founded|relying)\s+(?:up)?on\s+(?:the\s+|an?\s+)?"
    r"(?:(?!(?:for|to|towards|in|on|of|with|via)\b)[\w-]+\s+){0,3}?\Z", _I)
#: "by applying it for T", "apply our method to T": the paper's method put to a task.
_APPLY_IT_BEFORE = re.compile(
    r"\bappl(?:y|ies|ied|ying)\s+(?:it|them|our\s+(?:[\w-]+\s+)?(?:method|model|approach|framework|system)s?)\s+"
    r"(?:to|for|in)\s+(?:the\s+)?(?:[\w-]+\s+)?\Z", _I)
_OWN_APPROACH_FOR = re.compile(
    r"\b(?:we|our)\b[^.;]{0,60}?\b(?:approach|method|model|framework|system|architecture|technique|algorithm|"
    r"pipeline|network|solution)s?\s+(?:for|to|towards)\s+(?:the\s+)?(?:(?:task|problem)\s+of\s+)?\Z",
    _I,
)


class RelationFinder:
    """Find relations in a Doc.

    Reads ``doc.spans["kg_entities"]`` and sentence boundaries; writes
    ``doc._.kg_relations`` (dicts, see :data:`RELATION_KEYS`). Running it twice
    gives the same annotations.
    """

    def __init__(self, name: str = "kg_relations") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        set_doc_extension(doc, "kg_relations", find_relations(*doc_context(doc), results=doc_extension(doc, "kg_results")))
        return doc


@Language.factory(
    "kg_relations",
    assigns=["doc._.kg_relations"],
    requires=["doc.sents"],
    default_config={},
)
def make_relation_finder(nlp: Language, name: str) -> RelationFinder:
    """Factory of :class:`RelationFinder` (spaCy ``nlp.add_pipe("kg_relations")``)."""
    return RelationFinder(name)
