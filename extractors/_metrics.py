"""When a measure word names a measure the paper evaluates, and measures a number names.

Abstracts name efficiency measures and losses in passing as often as they report them: "stringent
throughput and latency requirements", "GPU memory constraints" name a kind of requirement, "distillation
via KL divergence", "cross-entropy training", "MSE regression" name a training objective. Neither is a
measure the paper evaluates (GUIDELINES: METRIC is a named evaluation measure). And a number attached
to a noun makes that noun the measure it reports, with its modifiers: "10-100x less annotation cost",
"1.24-2.01x end-to-end speedup", "saves 56 times operations and 28 times memory", "an 86.54% overall
accuracy" (the modifiers name the measure; a comparative between number and noun does not). An
efficiency measure (latency, memory usage, FLOPs, speedup, ...) is a measure only where the paper
measures it or claims it for its own work, decided per paper like the cost compounds: a value or a change
reported for it, an axis its evaluation measures or compares on, a claim about the paper's own method, model
or findings, quantified or not ("our method significantly reduces memory usage"), or the title; not a
background use (:func:`unmeasured_efficiency`, applied by :mod:`extractors.results`).

Pure functions over the record text, used by :mod:`extractors.gazetteer` (which lexicon hits are no
measure), :mod:`extractors.rules` (measures a number names) and :mod:`extractors.results` (efficiency
measures the paper does not measure). Each is cheap: a few anchored regex matches per metric hit, and
one scan for a number with a unit per text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from itertools import accumulate

from extractors._regex import GatedPattern, cue_index_positions, cue_starts, match_at, needle_starts, register_cues, starts_word
from extractors.shapes import _CLOSED_CLASS, _METRIC_STOP, _is_plural_or_verb, register_whole_words, whole_word_spans

# --- a measure named as a premodifier of another noun ------------------------------------------
#: Nouns a measure word premodifies without being the measure: "latency requirements", "memory constraints".
_PREMODIFIED_NOUNS = (r"(?:requirements?|constraints?|budgets?|limits?|limitations?|bounds?|demands?|guarantees?|"
                      r"regimes?|scenarios?|choices?|objectives?)\b")
_PREMODIFIED_NOUN_AFTER_RE = re.compile(r"\s+" + _PREMODIFIED_NOUNS)
#: Coordinated measure words share the noun ("throughput and latency requirements"); bounded: no quadratic scan of
#: a long list. The members are captured so that a function word ("latency, which limits") ends the list.
_SHARED_NOUN_AFTER_RE = re.compile(
    r"((?:(?:,\s*|,?\s+(?:and|or)\s+)[a-z][\w-]*(?:\s+[a-z][\w-]*)?){1,8})\s+" + _PREMODIFIED_NOUNS)
_MEMBER_WORD_RE = re.compile(r"[a-z][\w-]*")


def is_premodifier_use(text: str, start: int, end: int) -> bool:
    """True when the efficiency measure at ``text[start:end]`` premodifies a noun that is no measure.

    "latency requirements", "GPU memory constraints", "the training time choice" name a kind of
    requirement or choice; in a list the noun is shared ("throughput and latency requirements") when the
    measure is one word. A measure of two words or more is a whole noun phrase, listed with others rather than
    sharing their noun: "balloons inference time and memory requirements", "decreasing memory usage and
    computational demands", "high memory usage, and inherent limitation of ..."; so is a list a function word
    ends ("long inference latency, which limits their deployment").

    Example:
        >>> t = "stringent throughput and latency requirements; GPU memory constraints; reduces latency by 2x"
        >>> [is_premodifier_use(t, t.index(w), t.index(w) + len(w)) for w in ("throughput", "latency", "GPU memory")]
        [True, True, True]
        >>> i = t.rindex("latency"); is_premodifier_use(t, i, i + 7)
        False
        >>> t = "balloons inference time and memory requirements; latency, which limits its use"
        >>> [is_premodifier_use(t, t.index(w), t.index(w) + len(w)) for w in ("inference time", "latency")]
        [False, False]
    """
    if _PREMODIFIED_NOUN_AFTER_RE.match(text, end):
        return True
    if " " in text[start:end]:
        return False
    shared = _SHARED_NOUN_AFTER_RE.match(text, end)
    return bool(shared) and not any(w in _CLOSED_CLASS and w not in ("and", "or")
                                    for w in _MEMBER_WORD_RE.findall(shared.group(1)))


#: Modifiers of "precision" that make it numeric precision: "weight precision", "activation precision".
_NUMERIC_PRECISION_MODIFIERS = frozenset("weight weights activation activations parameter bit arithmetic".split())


def is_passing_phrase(text: str, start: int, end: int) -> bool:
    """True when a measure phrase found by its head (``proxy production latency``) is no measure evaluated.

    It premodifies another noun (:func:`is_premodifier_use`: "under proxy production latency constraints"),
    or its head is numeric precision ("low weight precision").

    Example:
        >>> t = "under proxy production latency constraints; at low weight precision; the answer accuracy"
        >>> [is_passing_phrase(t, t.index(w), t.index(w) + len(w))
        ...  for w in ("proxy production latency", "weight precision", "answer accuracy")]
        [True, True, False]
    """
    words = text[start:end].split()
    if words[-1] == "precision" and words[0].lower() in _NUMERIC_PRECISION_MODIFIERS:
        return True
    return is_premodifier_use(text, start, end)


# --- precision named without the measure's companions ---------------------------------------------------
#: Measures "precision" is reported with: "precision and recall", "accuracy, precision, and the Jaccard Index",
#: "balancing precision, query latency, and ...". A lone "precision" is mostly numeric precision or exactness:
#: "optimizes precision layer-wise", "quantized values of lower precision", "the precision it demands",
#: "Emphasizing speed and precision" (tuning gold: 0 of 7 such uses marked).
_PRECISION_PARTNERS = (r"(?:recall|F1|F-1|F-?scores?|F-?measure|accuracy|accuracies|AUC|AUROC|AUPRC|mAP|IoU|"
                       r"specificity|sensitivity|latency|Jaccard|Dice|MRR|nDCG|exact match)")
_LIST_SEP = r"(?:\s*[,/;]\s*(?:and\s+|or\s+)?|\s+(?:and|or|&|vs\.?|versus)\s+)"
#: "precision and recall", "precision, query latency": a partner measure after it (one modifier allowed).
_PARTNER_AFTER_RE = re.compile(rf"(?:\s*\([^()]{{1,20}}\))?{_LIST_SEP}(?:the\s+)?(?:[\w-]+\s+)?{_PRECISION_PARTNERS}\b",
                               re.IGNORECASE)
#: "accuracy, precision", "F1 score 86.97%, precision": a partner measure (with its value) before it.
_PARTNER_BEFORE_RE = re.compile(
    rf"(?<![\w-]){_PRECISION_PARTNERS}(?:\s+scores?)?(?:\s*\(?[0-9][0-9.,]*\s*%?\)?)?{_LIST_SEP}(?:the\s+)?$",
    re.IGNORECASE)
#: "precision 87.71%", "precision of 0.91", "precision (90.2%)", "precision by 31-42%", "Precision Omega = 0.28".
_VALUE_AFTER_RE = re.compile(r"(?: [A-Z][\w-]*)?\s*(?:[:=(]|of|is|was|by|from|at|reaches|reached)?\s*(?:up to |about |around |over |"
                             r"nearly |only |~|≈)?[0-9]")
#: "by 7.1% in precision", "a 5% higher precision", "+3 points of precision"; the number starts its token: the digits
#: of a number format ("FP16 precision", "with bfloat16 precision") are no value.
_VALUE_BEFORE_RE = re.compile(r"(?<![A-Za-z0-9_])[0-9][0-9.,]*(?:%|\\%| ?points?| ?pp)?\s+"
                              r"(?:(?:higher|lower|better|more|absolute|relative)\s+)?(?:(?:in|of|on)\s+)?(?:the\s+)?$")


#: "recall" named as a measure somewhere in the sentence of a lone "precision": "higher recall at a consistently
#: high level of precision", "high precision is important, while low recall may be tolerated", "emphasizes precision
#: over recall", "maximum recall; ... maintain high precision" (TDMSci train: 7 such sentences, all the measure; no
#: sentence of numeric precision names recall). A measure word or a value before it, or a value, a list or a
#: comparison after it; "recall from memory", "to recall items" are the verb.
_SENTENCE_RECALL_RE = re.compile(
    r"(?<![\w-])(?:high|higher|highest|low|lower|lowest|good|better|best|maximum|maximal|perfect|"
    r"improved?|improves|improving|boost(?:s|ed|ing)?|increased?|increases|in|on|and|of|with|over|at|"
    r"[0-9][0-9.,]*\s*%?)\s+recall(?![\w-])"
    r"|(?<![\w-])recall(?:\s*[,;]|\s+(?:and|or|at|of|by|from\s+[0-9]|while|is|was|are|were|scores?|rates?)\b)",
    re.IGNORECASE)
#: Where the sentence of a word ends, on either side (a full stop, question or exclamation mark before a space).
_SENTENCE_STOP_RE = re.compile(r"[.!?]\s")


def _sentence_bounds(text: str, start: int, end: int, reach: int = 300) -> tuple[int, int]:
    """The start and end of the sentence around ``text[start:end]``, at most ``reach`` characters either side."""
    lo = max(0, start - reach)
    left = lo
    for stop in _SENTENCE_STOP_RE.finditer(text, lo, start):
        left = stop.end()
    right = _SENTENCE_STOP_RE.search(text, end, min(len(text), end + reach))
    return left, right.start() + 1 if right else min(len(text), end + reach)


def is_unreported_precision(text: str, start: int, end: int) -> bool:
    """True when the word "precision" at ``text[start:end]`` is no measure: neither listed with a measure it is
    reported with (recall, F1, accuracy, ...) nor given a value, and its sentence names no recall measure.

    Example:
        >>> t = ("improves the precision and recall. accuracy, precision, and the Jaccard Index. precision 87.71%. "
        ...      "by 7.1% in precision. improve precision by 31-42%. quantized values of lower precision. "
        ...      "Emphasizing speed and precision over comprehensiveness. the precision it demands. "
        ...      "trained in FP16 precision. with bfloat16 precision. a 5% higher precision")
        >>> starts = [i for i in range(len(t)) if t.startswith("precision", i)]
        >>> [is_unreported_precision(t, s, s + 9) for s in starts]
        [False, False, False, False, False, True, True, True, True, True, False]
        >>> t = ("It achieves higher recall at a consistently high level of precision. It keeps high precision. "
        ...      "It emphasizes precision over recall. Models recall facts at lower precision.")
        >>> [is_unreported_precision(t, s, s + 9) for s in [i for i in range(len(t)) if t.startswith("precision", i)]]
        [False, True, False, True]
    """
    if text[start:end].lower() != "precision":
        return False
    if (_PARTNER_AFTER_RE.match(text, end) or _VALUE_AFTER_RE.match(text, end)
            or _PARTNER_BEFORE_RE.search(text, max(0, start - 50), start)
            or _VALUE_BEFORE_RE.search(text, max(0, start - 30), start)):
        return False
    if "recall" not in text and "Recall" not in text:
        return True
    left, right = _sentence_bounds(text, start, end)
    return not _SENTENCE_RECALL_RE.search(text, left, right)


# --- plural forms of a measure's name ---------------------------------------------------------
#: A multi-word name's last word, lower-case ("memory footprint", "training time", "success rate").
_LAST_WORD_RE = re.compile(r"[ -]([a-z]{3,})$")
#: An acronym measure ("FID", "WER", "PSNR"); two letters are too ambiguous ("APs", "EMs").
_ACRONYM_MEASURE_RE = re.compile(r"[A-Z]{3,6}")
#: A Title Case name's last measure noun after another capitalised word ("Inception Score", "Chamfer Distance").
_TITLE_CASE_END_RE = re.compile(r"[A-Z][A-Za-z]* (?:Score|Distance|Rate|Ratio|Error)$")
#: Last words without a plural that names the measure: "recalls" is the verb.
_NO_PLURAL = frozenset({"recall"})


def measure_plural(name: str) -> str:
    """The plural a paper writes for the measure ``name`` ("memory footprints", "FIDs"), or ``""``.

    Multi-word names with a lower-case last word and acronyms of three to six capitals; one-word
    lower-case names are listed with their plurals where they have one ("accuracies", "latencies").

    Example:
        >>> [measure_plural(n) for n in ("memory footprint", "training time", "success rate", "inference latency",
        ...                              "FID", "exact match", "F1", "accuracy", "macro recall", "ROUGE-1",
        ...                              "frames per second", "bits-per-byte", "time-to-first-token", "FLOPS", "QPS",
        ...                              "Inception Score", "Chamfer Distance", "Exact Match")]
        ['memory footprints', 'training times', 'success rates', 'inference latencies', 'FIDs', '', '', '', '', '', '', '', '', '', '', 'Inception scores', 'Chamfer distances', '']
    """
    if any(w in name for w in (" per ", " of ", " over ", " under ", " to ", " by ", "-per-", "-to-")):
        return ""  # "frames per second", "area under the curve", "bits-per-byte": the plural is inside
    if name.endswith("S") and name.isupper():
        return ""  # "FLOPS", "QPS": already a plural or a rate
    if _TITLE_CASE_END_RE.search(name):  # "Inception Score" -> "Inception scores", as papers write the plural
        before, _, word = name.rpartition(" ")
        name = f"{before} {word.lower()}"
    last = _LAST_WORD_RE.search(name)
    if last:
        word = last.group(1)
        if word in _NO_PLURAL or word.endswith(("s", "ch", "sh", "x", "z")):
            return ""
        if word.endswith("y") and word[-2] not in "aeiou":
            return name[:-1] + "ies"
        return name + "s"
    return name + "s" if _ACRONYM_MEASURE_RE.fullmatch(name) else ""


# --- a loss named as a training objective -------------------------------------------------------
#: Measures that are also training objectives.
_LOSS_NAMES = frozenset({"mse", "rmse", "mae", "log loss", "cross-entropy", "cross entropy", "kl divergence",
                         "kullback-leibler divergence", "mutual information", "log-likelihood", "log likelihood",
                         "mmd", "maximum mean discrepancy"})
_LOSS_ENDINGS = ("loss", "divergence", "entropy", "squared error", "absolute error")
#: "via KL divergence", "trained using cross-entropy", "minimizing the MSE", "with cross-entropy".
_OBJECTIVE_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:via|using|through|with|minimi[sz](?:e|es|ed|ing)|maximi[sz](?:e|es|ed|ing)|optimi[sz](?:e|es|ed|ing)|on)"
    r"\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE)
#: "MSE regression", "cross-entropy training", "KL divergence term", "a KL divergence loss".
_OBJECTIVE_AFTER_RE = re.compile(
    r"[\s-]+(?:regression|training|objectives?|terms?|minimi[sz]ation|regulari[sz]ation|penalty|penalties|"
    r"functions?|loss(?:es)?|optimi[sz]ation|fine-tuning|distillation|constraints?)\b"
    # "uses the maximum mean discrepancy (MMD) as the loss function" (the long form, and the short form before ")")
    r"|\)?(?:\s*\([^()]{1,12}\))?\s+as\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:loss|objective|criterion|regulari[sz]er)\b",
    re.IGNORECASE)
#: A loss named by its kind or as new ("a novel training loss", "an auxiliary training loss", "contrastive pre-training
#: losses", "the masked pre-training loss"): an objective the paper trains with, not a measure it reports.
_OBJECTIVE_KIND_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:novel|new|auxiliary|additional|extra|proposed|custom|masked|contrastive|adversarial|joint|combined|"
    r"weighted|hybrid)\s+$", re.IGNORECASE)


def is_loss_name(word: str) -> bool:
    """True when ``word`` names a loss or divergence that models are also trained on.

    Example:
        >>> [is_loss_name(w) for w in ("MSE", "KL divergence", "training loss", "accuracy", "perplexity")]
        [True, True, True, False, False]
    """
    lower = word.lower()
    return lower in _LOSS_NAMES or lower.endswith(_LOSS_ENDINGS)


def is_objective_use(text: str, start: int, end: int) -> bool:
    """True when the loss at ``text[start:end]`` is named as a training objective, not a reported measure.

    Example:
        >>> t = "distillation via KL divergence; conventional cross-entropy training; MSE regression; an MSE of 0.2"
        >>> [is_objective_use(t, s, s + len(w)) for w, s in (("KL divergence", 17), ("cross-entropy", 45),
        ...                                                   ("MSE", 69), ("MSE", 88))]
        [True, True, True, False]
        >>> t = ("InfoGAN maximizes the mutual information between codes; current log-likelihood training methods; "
        ...      "it uses the maximum mean discrepancy (MMD) as the loss function; a negative log-likelihood of 3.77")
        >>> [is_objective_use(t, t.index(w), t.index(w) + len(w)) for w in ("mutual information", "log-likelihood",
        ...                                                                  "maximum mean discrepancy")]
        [True, True, True]
        >>> is_objective_use(t, t.rindex("log-likelihood"), t.rindex("log-likelihood") + 14)
        False
        >>> t = "an auxiliary training loss; the lower training loss"
        >>> [is_objective_use(t, i, i + 13) for i in (t.index("training loss"), t.rindex("training loss"))]
        [True, False]
    """
    name = text[start:end]
    if not is_loss_name(name[:-2] if name.endswith("losses") else name):  # "minimizing the training losses"
        return False
    return bool(_OBJECTIVE_BEFORE_RE.search(text, max(0, start - 16), start) or _OBJECTIVE_AFTER_RE.match(text, end)
                or _OBJECTIVE_KIND_BEFORE_RE.search(text, max(0, start - 16), start))


# --- a time measure after a change noun ---------------------------------------------------------
#: "a 30% reduction in training time", "2x speedup in inference time": the time is what changed, not a setting.
_CHANGE_BEFORE_RE = re.compile(
    r"(?:reductions?|increases?|decreases?|improvements?|speed-?ups?|gains?|savings?|drops?|cuts?|"
    r"differences?|[0-9]%|[0-9][x×]|times|faster|slower|lower|higher|less|more|fewer)\s+in\s+(?:the\s+)?$",
    re.IGNORECASE)


def after_a_change(text: str, start: int) -> bool:
    """True when ``text[start:]`` follows a change noun and "in" ("a 30% reduction in training time").

    Example:
        >>> t = "an approximately 30% reduction in training time; at inference time"
        >>> after_a_change(t, t.index("training")), after_a_change(t, t.index("inference"))
        (True, False)
    """
    return bool(_CHANGE_BEFORE_RE.search(text, max(0, start - 24), start))


# --- a count named without its number ----------------------------------------------------------------
#: Counts that are a measure only where a number is reported for them (GUIDELINES: "model size" is marked only
#: with its number): "maintaining a reduced parameter count", "increasing both parameter count and data" are none.
_COUNT_MEASURES = ("parameter count", "parameter counts")
#: "parameter count of 7B", "parameter count (1.3B)", "parameter count by 40%", "parameter count: 110M".
_COUNT_NUMBER_AFTER_RE = re.compile(
    r"\s*(?:\(|of|by|from|to|is|was|=|:)?\s*(?:up to |about |around |approximately |only |nearly |just |~|<|>|≈)?[0-9]")
#: "a 40% smaller parameter count", "a 3x reduction in parameter count", "7B parameter count".
_COUNT_NUMBER_BEFORE_RE = re.compile(
    r"[0-9](?:\.[0-9]+)?\s*(?:%|\\%|x|×|-fold| times|[KMBT])?\s+(?:(?:less|lower|smaller|fewer|reduced|higher|larger|"
    r"more|reduction in|decrease in|increase in|drop in|savings in)\s+)?(?:the\s+|total\s+)?$")


def is_unreported_count(text: str, start: int, end: int) -> bool:
    """True when the count at ``text[start:end]`` ("parameter count") is named without a number reported for it.

    Example:
        >>> t = ("while maintaining a reduced parameter count; a 40% smaller parameter count; "
        ...      "it cuts the parameter count by 3x; a parameter count of 1.3B")
        >>> starts = [i for i in range(len(t)) if t.startswith("parameter count", i)]
        >>> [is_unreported_count(t, s, s + 15) for s in starts]
        [True, False, False, False]
    """
    if text[start:end].lower() not in _COUNT_MEASURES:
        return False
    return not (_COUNT_NUMBER_AFTER_RE.match(text, end)
                or _COUNT_NUMBER_BEFORE_RE.search(text, max(0, start - 40), start))


# --- measures a number names ------------------------------------------------------------------
#: A number with a ratio or percent unit, then at most one comparative ("16% fewer", "5times higher",
#: "10-100x less", "56 times", "86.54%"). A count without a unit ("12 operations") names no measure.
#: (The number is tried at the first of its digits only, the look-behind after that digit, and its digit runs are
#: possessive: nothing after a run can start with a digit, so the matches are those of "[0-9]+(?:\.[0-9]+)?..."
#: tried at every digit, found in half the time.)
_QUANTITY_RE = re.compile(
    r"[0-9](?<![0-9][0-9])[0-9]*+(?:\.[0-9]++)?(?:\s*[-–]\s*[0-9]++(?:\.[0-9]++)?)?\s*(?:%|\\%|[x×X](?![\w-])|"
    r"\s?times\b|-fold\b|[KMGT]B\b)"
    r"(?:\s+(?:less|fewer|lower|higher|more|greater|smaller|larger|faster|better|reduced|increased|"
    r"improved|reduction\s+in|increase\s+in|improvement\s+in|gain\s+in))?\s+")
#: Nouns a number names as the reported measure, with their modifiers: measure heads and resources saved.
#: Not "compute": "trained with 40% less compute" names the budget a model was trained with.
_QUANTIFIED_HEADS = frozenset(
    """accuracy accuracies cost costs speedup speedups speed-up speed-ups memory operations latency
    throughput time ratio size error""".split())
#: Lower-case modifiers between the number and the head ("annotation", "end-to-end", "overall").
_QUANTIFIED_WORD_RE = re.compile(r"[a-z][a-z-]*[a-z]")
#: Words after the number that are no modifier of a measure ("30% of the data", "40% without significant
#: accuracy loss"): the metric phrase finder's stop words, but for "overall" and "average", which name a
#: measure of their own after a number ("an 86.54% overall accuracy").
_NOT_MODIFIERS = (_METRIC_STOP - {"overall", "average", "model"}) | frozenset(
    """than over up about around nearly almost worse""".split())
#: Nouns a resource word premodifies after a number: "2.7times memory compression gain", "1.12 times memory
#: reduction" report the compression or the reduction, not the memory; coordinated words share the noun
#: ("20% memory and time costs").
#: After "N% error": a tolerance ("a 5% error margin", "10% error bars", "5% error tolerance").
_ERROR_BOUND_AFTER_RE = re.compile(r" (?:margins?|bars?|tolerances?|bounds?|into)\b")
#: Modifiers of an error that a study puts into its data ("with 20% label error", "10% annotation error").
_ERROR_SETTING_MODIFIERS = frozenset({"label", "labeling", "labelling", "annotation", "noise", "measurement"})
#: Before "N% error": an error a study puts into its data, a setting ("we inject 10% error into the labels").
_ERROR_SETTING_BEFORE_RE = re.compile(r"\b(?:inject|injects|injected|injecting|introduce|introduces|introduced|"
                                      r"introducing|add|adds|added|adding|simulate|simulates|simulated|simulating)"
                                      r"(?: up to| about| around| only)? $")
_MODIFIED_AFTER_RE = re.compile(
    r"(?: (?:and|or) [a-z]+)? (?:reductions?|compression|gains?|savings?|improvements?|overheads?|footprints?|"
    r"usage|consumption|costs?|budgets?|requirements?|constraints?|efficiency|bandwidth|access|traffic|bound)\b")


def _is_modifier(word: str) -> bool:
    """A word that may modify a measure after a number: no stop word, adverb, gerund or participle.

    Example:
        >>> [_is_modifier(w) for w in ("annotation", "end-to-end", "overall", "without", "fine-tuning", "reduced")]
        [True, True, True, False, False, False]
    """
    return not (word in _NOT_MODIFIERS or word.endswith(("ing", "ive", "ous", "ful", "less", "able", "ly", "est"))
                or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed")))


def find_quantified_measures(text: str) -> list[tuple[int, int]]:
    """Measures a number with a ratio or percent unit names, with the modifiers between them.

    "10-100x less annotation cost" -> ``annotation cost``, "1.24-2.01x end-to-end speedup" ->
    ``end-to-end speedup``, "56 times operations and 28 times memory" -> ``operations``, ``memory``,
    "an 86.54% overall accuracy" -> ``overall accuracy``. At most two modifier words; a head must
    follow them (:data:`_QUANTIFIED_HEADS`), so "30% of the data" and "4-bit weights" name nothing.

    Example:
        >>> t = ("with 10-100x less annotation cost; 1.24-2.01x end-to-end speedup; saves 56 times operations "
        ...      "and 28 times memory; an 86.54% overall accuracy; 30% of the data; 2x larger models; "
        ...      "20-40% without significant accuracy loss; 1.12 times memory reduction; 20% memory and time costs; "
        ...      "15x model compression ratio, <0.5MB model size, 2x model parameters, a GPU with 80GB memory; "
        ...      "3.57% error, a 10% reduction in error")
        >>> [t[s:e] for s, e in find_quantified_measures(t)]
        ['annotation cost', 'end-to-end speedup', 'operations', 'memory', 'overall accuracy', 'model compression ratio', 'model size', 'error', 'error']
    """
    # every unit _QUANTITY_RE accepts has one of these characters ("%", "x"/"X"/"×", "times", "-fold", "[KMGT]B")
    if not any(c in text for c in ("%", "x", "X", "×", "B", "times", "fold")):
        return []
    out = []
    for m in _QUANTITY_RE.finditer(text):
        # the word boundary is checked here: a look-behind first would stop the engine's fast scan for a digit
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
            continue
        pos = m.end()
        words = []
        for _ in range(3):
            w = _QUANTIFIED_WORD_RE.match(text, pos)
            if w is None:
                break
            words.append((w.start(), w.end()))
            if w.group() in _QUANTIFIED_HEADS:
                break
            if not _is_modifier(w.group()) or not text.startswith(" ", w.end()):
                words = []
                break
            pos = w.end() + 1
        if not words:
            continue
        head = text[words[-1][0]:words[-1][1]]
        after = words[-1][1]
        if head not in _QUANTIFIED_HEADS or (after < len(text) and (text[after].isalnum() or text[after] in "-_")):
            continue
        if _MODIFIED_AFTER_RE.match(text, after):
            continue
        if m.group().rstrip()[-1] == "B" and head != "size":
            continue  # "a GPU with 80GB memory" is hardware, "<0.5MB model size" a measure
        if head == "error" and (text.endswith("within ", 0, m.start()) or _ERROR_BOUND_AFTER_RE.match(text, after)
                                or _ERROR_SETTING_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
                                or text[words[0][0]:words[0][1]] in _ERROR_SETTING_MODIFIERS):
            continue  # "within 5% error", "a 5% error margin", "inject 10% label error": a tolerance or a setting
        out.append((words[0][0], after))
    return out


# --- a measure aggregated over tasks or runs, or taken in a setting -------------------------------------
#: Words that aggregate a measure without defining another one: "average accuracy", "overall accuracy", "task
#: accuracy" report accuracy, averaged (GUIDELINES "Aggregations of a measure": the measure alone). Not "mean": "mean
#: average precision", "mean IoU" are names of their own (lexicon entries), and the metric phrase rules stop at "mean".
_AGGREGATION_WORDS = frozenset({"average", "averaged", "overall", "task"})
#: Settings a measure is taken in without becoming another one: "zero-shot accuracy" is accuracy, zero-shot.
_SETTING_WORDS = frozenset({"zero-shot", "few-shot", "one-shot"})
#: Measures that "average" turns into another named measure ("average precision" is AP).
_AGGREGATED_NAMES = frozenset({"precision", "precisions"})


def aggregated_measure(phrase: str) -> str | None:
    """The measure an aggregated measure phrase or a measure taken in a setting reports ("average accuracy",
    "task accuracy", "zero-shot accuracy" -> ``accuracy``), or None.

    The phrase keeps its words (a reader of the paper sees "average accuracy"); the measure is its
    canonical name, so either convention of naming it finds it, and :mod:`kg.resolve` makes the phrase's
    node a ``variant_of`` the measure's (metric/average-accuracy -> metric/accuracy), as for a model's size.

    Example:
        >>> [aggregated_measure(p) for p in ("average accuracy", "Overall accuracy", "average success rate",
        ...                                  "average precision", "answer accuracy", "average", "task accuracy",
        ...                                  "zero-shot top-1 accuracy", "Few-shot F1", "overall precision")]
        ['accuracy', 'accuracy', 'success rate', None, None, None, 'accuracy', 'top-1 accuracy', 'F1', 'precision']
    """
    first, _, rest = phrase.partition(" ")
    first = first.lower()
    if first not in _AGGREGATION_WORDS and first not in _SETTING_WORDS or not rest:
        return None
    if first in ("average", "averaged") and rest.lower() in _AGGREGATED_NAMES:
        return None  # "average precision" is AP ("overall precision", "zero-shot precision" are precision)
    return rest


#: The aggregation or setting word right before a known measure ("task accuracy", "zero-shot top-1 accuracy").
_QUALIFIER_BEFORE_RE = re.compile(rf"(?<![\w-])(?:{'|'.join(sorted(_AGGREGATION_WORDS | _SETTING_WORDS))}) $",
                                  re.IGNORECASE)


def find_qualified_measures(text: str, measures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Known measures (lexicon hits) with the aggregation or setting word before them: "task accuracy", "zero-shot
    top-1 accuracy", "an average Dice score" (:func:`aggregated_measure` gives their measure). The metric phrase rules
    stop at "task" and "zero-shot" and know only a few heads ("average accuracy"). The mention keeps the word, as
    the older annotations do, and its entity is the measure, as GUIDELINES say (1c5d9a1's convention).

    Example:
        >>> t = "improves task accuracy and 82.0 zero-shot top-1 accuracy, not multi-task accuracy"
        >>> ms = [(t.index("accuracy"), t.index("accuracy") + 8), (t.index("top-1"), t.index(", not")),
        ...       (t.rindex("accuracy"), len(t))]
        >>> [t[s:e] for s, e in find_qualified_measures(t, ms)]
        ['task accuracy', 'zero-shot top-1 accuracy']
    """
    out = []
    for start, end in measures:
        m = _QUALIFIER_BEFORE_RE.search(text, max(0, start - 10), start)
        if m:
            out.append((m.start(), end))
    return out


# --- compound measures the sentence reports -----------------------------------------------------
#: Heads of compound measures that name a measure only where the sentence reports it: "computational cost" is
#: mostly a background worry ("incur high computational costs"), a measure in "reducing inference cost by up to
#: 90%" or "in terms of model performance, computational cost, and memory cost".
_REPORTED_HEADS = ("cost", "costs", "model size", "compression ratio", "demand", "demands", "token usage",
                   "resource usage")
register_whole_words(_REPORTED_HEADS)  # whole_word_spans reads them from the shared cue scan
#: The head's modifiers: one or two lower-case words ("inference", "computational", "memory", "model").
_REPORTED_MODIFIER_RE = re.compile(r"(?:[a-z][a-z-]*[a-z] ){1,2}$")
_REPORTED_MODIFIER_STOP = (_NOT_MODIFIERS - {"model"}) | frozenset(
    """high low huge large small significant substantial prohibitive extra additional excessive heavy massive
    overall total lower higher reduced increased same different various""".split())
#: "... cost by up to 90%", "... cost of 3.2 GPU hours": the number reported for it.
_NUMBER_AFTER_RE = re.compile(r" (?:by|of) (?:up to |about |around |approximately |over |more than |nearly |only |~|<|>)?"
                              r"[0-9]")
#: "in terms of A, B, and <measure>", "at different levels of <measure>", "a reduction of 28% in <measure>".
_REPORTED_BEFORE_RE = re.compile(
    r"(?:\bin terms of (?:[\w-]+(?: [\w-]+){0,2}, (?:and |or )?)*|\blevels of |[0-9]%? in |"
    r"\b(?:smaller|larger|lower|higher|less|fewer|reduced) )$")
_COMPARED_AFTER_RE = re.compile(r" (?:compared (?:to|with)|than|relative to)\b")


def find_reported_measures(text: str) -> list[tuple[int, int]]:
    """Compound measures (``inference cost``, ``model size``) in a sentence that reports them.

    The head (a cost, a model size, a compression ratio, a demand) with its one or two lower-case
    modifiers is a measure when a number is reported for it ("reducing inference cost by up to 90%"),
    it is listed after "in terms of", named after "levels of" or "N% in", or compared ("a significantly
    smaller model size compared to existing methods"). Named in passing ("high computational costs")
    it is no measure.

    Example:
        >>> t = ("while reducing inference cost by up to 90%; in terms of model performance, computational cost, "
        ...      "and memory cost; at different levels of computational cost; a smaller model size compared to "
        ...      "existing methods; they incur high computational costs; a reduction of 28% in computational demand; "
        ...      "we scale it to a model size of 7B parameters")
        >>> [t[s:e] for s, e in find_reported_measures(t)]
        ['inference cost', 'computational cost', 'memory cost', 'computational cost', 'model size', 'computational demand']
    """
    if "cost" not in text and "size" not in text and "ratio" not in text and "demand" not in text and "usage" not in text:
        return []
    out = []
    for head_start, end in whole_word_spans(text, _REPORTED_HEADS):
        head = text[head_start:end]
        if head.startswith(("model", "compression", "token", "resource")):
            start = head_start
        else:
            mods = _REPORTED_MODIFIER_RE.search(text, max(0, head_start - 40), head_start)
            if mods is None:
                continue
            words = mods.group().split()
            while words and (words[0] in _REPORTED_MODIFIER_STOP or not _is_modifier(words[0])):
                words = words[1:]
            if not words or any(w in _REPORTED_MODIFIER_STOP or not _is_modifier(w) for w in words):
                continue
            start = head_start - len(" ".join(words)) - 1
        if head == "model size" and text.startswith(" of", end):
            # "scale one architecture to a model size of 7B parameters": a setting
            if _reported_before(text, start, end):
                out.append((start, end))
        elif _reported_at(text, start, end):
            out.append((start, end))
    return out


def _reported_before(text: str, start: int, end: int, floor: int = 0, compared: bool = True) -> bool:
    """The cost rule's cues before a measure at ``text[start:end]``: listed after "in terms of", named after "levels of"
    or "N% in", or after a comparative when compared ("a smaller model size compared to"; not when ``compared`` is
    False); not before ``floor``."""
    before = _REPORTED_BEFORE_RE.search(text, max(floor, start - 80), start)
    if not before:
        return False
    if not before.group().rstrip().endswith(("smaller", "larger", "lower", "higher", "less", "fewer", "reduced")):
        return True
    return compared and bool(_COMPARED_AFTER_RE.match(text, end))


def _reported_at(text: str, start: int, end: int, floor: int = 0, compared: bool = True) -> bool:
    """The cost rule (:func:`find_reported_measures`) for the measure at ``text[start:end]``: a number reported for it
    ("... cost by up to 90%", "... of 3.2 GPU hours") or a cue before it (:func:`_reported_before`)."""
    return bool(_NUMBER_AFTER_RE.match(text, end)) or _reported_before(text, start, end, floor, compared)


# --- measures a change is reported for --------------------------------------------------------------
#: The number after "by", "over" or "of": "by up to 12.33%", "over 90%", "of 1.8x" (matched at the word's end).
_CHANGE_NUMBER_RE = re.compile(r"(?:up to |about |around |approximately |over |more than |nearly |only |almost |"
                               r"roughly |at least |as much as |an average of |on average |~|≈)?[0-9]")
_CHANGE_VERB = (r"(?:improv|reduc|increas|boost|enhanc|lower|cut|decreas|rais|lift|shrink|slash|accelerat)"
                r"(?:es|ed|ing|e|s)?")
#: Before " by N"/" over N": "muKE improves edit efficacy", "reduces storage requirements", "reduces inference
#: tokens": the measure is the verb's object (at most a determiner first). Searched in a window ending at the anchor.
_VERB_OBJECT_BEFORE_RE = re.compile(
    rf"(?<![\w-]){_CHANGE_VERB} (?:the |its |their |our )?(?P<np>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z]){{1,2}}),?$")
#: Before " by N": "latency is reduced", "the attack success rate drops": the measure is the subject.
_SUBJECT_BEFORE_RE = re.compile(
    r" (?:(?:is|are|was|were|can be|could be) )?(?:improved|reduced|increased|decreased|lowered|cut|boosted|"
    r"improves|increases|decreases|drops|dropped|rises|rose|falls|fell|grows|grew)$")
#: Before " in ": "a 20% reduction", "2x improvement": the measure follows "in".
_CHANGE_BEFORE_IN_RE = re.compile(
    r"[0-9](?:%|\\%|x|×| times| percent| points)? (?:relative |absolute |average |overall )?"
    r"(?:reductions?|improvements?|increases?|decreases?|gains?|drops?|savings?|speed-?ups?)$")
_IN_DETERMINER_RE = re.compile(r"(?:the |their |its )?")
#: Literal gate of the two regexes above: the change noun's last letters.
_CHANGE_NOUN_ENDINGS = tuple(f"{w}{s}" for w in ("reduction", "improvement", "increase", "decrease", "gain", "drop",
                                                  "saving", "speedup", "speed-up", "degradation") for s in ("", "s"))
#: Before " of N": "compute cost savings", "a throughput improvement": the measure premodifies the change.
_CHANGE_BEFORE_OF_RE = re.compile(
    r" (?:improvements?|reductions?|gains?|savings?|increases?|decreases?|drops?|degradations?)$")
#: Heads that name what a method is good at, not a measure ("zero-shot performance", "generation quality"), and
#: nouns that are no measure after a change verb ("accelerates inference", "the number of parameters").
_NOT_CHANGED_MEASURE_HEADS = frozenset(
    """performance performances efficiency effectiveness results result outcomes inference training quality
    capability capabilities ability abilities robustness generalization generalisation understanding reasoning
    number amount parameters model models method methods baseline baselines state-of-the-art art gap gaps margin
    margins data tasks task""".split())
#: Adjectives that describe the change or the size of a measure rather than name it.
_CHANGE_ADJECTIVES = frozenset(
    """high low huge large small significant substantial prohibitive extra additional excessive heavy massive
    overall total lower higher reduced increased same different various further notable considerable dramatic
    remarkable marked slight minimal maximum minimum average relative absolute""".split())


#: Verbs of reporting a result in their base form, which no measure's name holds ("We obtain memory savings of 50%",
#: "we achieve memory savings of 2x": the measure is "memory", not "obtain memory"); the closed class has the rest
#: (provide, offer, deliver, attain, reach ...).
_RESULT_VERBS = frozenset(
    "achieve obtain yield enable bring show demonstrate report observe get realize realise see exhibit produce".split())


def _measure_word(word: str) -> bool:
    """A word that may be part of a measure's name ("storage", "requirements", "training"; not "the", "high").

    Example:
        >>> [_measure_word(w) for w in ("storage", "training", "edit", "the", "high", "greatly", "improved", "6")]
        [True, True, True, False, False, False, False, False]
        >>> [_measure_word(w) for w in ("obtain", "achieve", "memory")]
        [False, False, True]
    """
    return (bool(_QUANTIFIED_WORD_RE.fullmatch(word)) and word not in _CLOSED_CLASS and word not in _CHANGE_ADJECTIVES
            and word not in _RESULT_VERBS
            and not word.endswith("ly") and not (len(word) > 4 and word.endswith("ed") and not word.endswith("eed")))


def _changed_measure(text: str, words: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The measure among ``words`` (their spans, in text order, nearest the change last or first as given).

    Two or three words that may name a measure, its head no generic quality or count (:data:`_NOT_CHANGED_MEASURE_HEADS`)
    and no gerund ("knowledge mining").
    """
    if not 2 <= len(words) <= 3:
        return None
    head = text[words[-1][0]:words[-1][1]]
    if head in _NOT_CHANGED_MEASURE_HEADS or head.endswith("ing") or words[0][0] > 0 and text[words[0][0] - 1] == "-":
        return None
    return words[0][0], words[-1][1]


def _words_before(text: str, end: int, limit: int = 3) -> list[tuple[int, int]]:
    """Spans of the measure words right before ``end`` (space-separated, nearest last), at most ``limit``."""
    out: list[tuple[int, int]] = []
    pos = end
    while len(out) < limit:
        start = text.rfind(" ", 0, pos) + 1
        if not _measure_word(text[start:pos]):
            break
        out.insert(0, (start, pos))
        if start == 0 or text[start - 1] != " ":
            break
        pos = start - 1
    if out and out[0][0] > 0 and text[out[0][0] - 1] == " " and pos > 0 and _measure_word(
            text[text.rfind(" ", 0, pos) + 1:pos]):
        return []  # a longer phrase: not clearly the measure
    return out


def _words_after(text: str, start: int, limit: int = 3, end: int | None = None) -> list[tuple[int, int]]:
    """Spans of the measure words from ``start`` on (space-separated, up to ``end``), at most ``limit``."""
    out: list[tuple[int, int]] = []
    pos = start
    while len(out) < limit:
        m = _QUANTIFIED_WORD_RE.match(text, pos, len(text) if end is None else end)
        if m is None or not _measure_word(m.group()) or (m.end() < len(text) and text[m.end()] not in " ,.;:)"):
            break
        out.append(m.span())
        if not text.startswith(" ", m.end()):
            break
        pos = m.end() + 1
    return out


def find_changed_measures(text: str) -> list[tuple[int, int]]:
    """Measures a number reports a change in, named by two or three lower-case words whatever they are.

    "muKE improves edit efficacy by up to 12.33%", "reduces storage requirements by nearly 50%", "the attack
    success rate drops by 20%", "a 20% reduction in computational consumption", "compute cost savings of 1.8x":
    a reported change names the measure that changed. Generic qualities and counts ("improves zero-shot
    performance by 9.4%", "reduces the number of parameters by 4%"), one-word objects ("accelerates inference
    by 50%") and gerunds ("accelerating large-scale knowledge mining by 20x") are none.

    Example:
        >>> t = ("muKE improves edit efficacy by up to 12.33%; it reduces storage requirements by nearly 50% and "
        ...      "the attack success rate drops by 20%; an additional 20% reduction in computational consumption "
        ...      "compared to X; compute cost savings of 1.8x; improves zeroshot performance by 9.4%; reduces the "
        ...      "number of parameters by 4%; accelerates inference by 50%")
        >>> [t[s:e] for s, e in find_changed_measures(t)]
        ['edit efficacy', 'storage requirements', 'attack success rate', 'computational consumption', 'compute cost']
    """
    out = []
    for anchor in (" by ", " over "):
        pos = text.find(anchor)
        while pos >= 0:
            if _CHANGE_NUMBER_RE.match(text, pos + len(anchor)):
                m = _VERB_OBJECT_BEFORE_RE.search(text, max(0, pos - 70), pos)
                if m:
                    found = _changed_measure(text, _words_after(text, m.start("np"), end=m.end("np")))
                    if found and found[1] == m.end("np"):
                        out.append(found)
                elif anchor == " by ":
                    m = _SUBJECT_BEFORE_RE.search(text, max(0, pos - 30), pos)
                    found = m and _changed_measure(text, _words_before(text, m.start()))
                    if found:
                        out.append(found)
            pos = text.find(anchor, pos + 1)
    pos = text.find(" in ")
    while pos >= 0:
        if text.endswith(_CHANGE_NOUN_ENDINGS, 0, pos) and _CHANGE_BEFORE_IN_RE.search(text, max(0, pos - 40), pos):
            words = _words_after(text, _IN_DETERMINER_RE.match(text, pos + 4).end())
            found = _changed_measure(text, words)
            if found and (found[1] == len(text) or text[found[1]] != " " or not _measure_word(
                    text[found[1] + 1:].split(" ", 1)[0].rstrip(",.;:)"))):
                out.append(found)
        pos = text.find(" in ", pos + 1)
    pos = text.find(" of ")
    while pos >= 0:
        if text.endswith(_CHANGE_NOUN_ENDINGS, 0, pos) and _CHANGE_NUMBER_RE.match(text, pos + 4):
            m = _CHANGE_BEFORE_OF_RE.search(text, max(0, pos - 14), pos)
            words = _words_before(text, m.start()) if m else []
            # a plural or a verb's "s" ends a clause before the premodifiers: "Our experiments show gains of 2%" (none),
            # "It yields compute cost savings of 1.8x" ("compute cost")
            verbs = [i for i, (a, b) in enumerate(words) if _is_plural_or_verb(text[a:b])]
            found = _changed_measure(text, words[verbs[-1] + 1:] if verbs else words)
            if found:
                out.append(found)
        pos = text.find(" of ", pos + 1)
    return sorted(set(out))


#: "a new metric called the bias factor, which ...": a lower-case measure the paper names (capitalised names are
#: typed by the rules' context votes).
_NAMED_MEASURE_RE = GatedPattern(re.compile(
    r"\b(?:metrics?|measures?)(?:,? (?:called|named|termed|dubbed)) (?:the )?"
    r"(?P<name>[a-z][a-z-]*[a-z](?: [a-z][a-z-]*[a-z]){0,2})(?=[,.;:)]| \(| which\b| that\b| to\b| for\b| as\b)"
), re.compile("metric|measure"))  # tried only where the words begin (a scan in C), not at every position


def find_named_measures(text: str) -> list[tuple[int, int]]:
    """Lower-case measures named after "metric/measure called/named/termed/dubbed".

    Example:
        >>> t = "Additionally, we propose a new metric called the bias factor, which evaluates the biases."
        >>> [t[s:e] for s, e in find_named_measures(t)]
        ['bias factor']
    """
    if "metric" not in text and "measure" not in text:
        return []
    return [m.span("name") for m in _NAMED_MEASURE_RE.finditer(text)]


# --- bare "speed" named as a measure --------------------------------------------------------------
#: "speed" with no noun before it ("inference speed", "training speed" are lexicon measures): a measure when an
#: adjective rates it ("fast speed", "an order of magnitude faster speed", "the best speed"), when a claim keeps it
#: ("without compromising the speed") or when it is listed with a measure ("both in accuracy (+4-point mAP) and
#: speed", "along the dimensions of accuracy, speed, and ease of training", "tradeoffs between performance and
#: speed", "improvements in quality and speed"). SciREX-train abstracts: 8 such uses, all the paper's measure (the
#: efficiency component then keeps only what the paper measures or claims for its own work). Not "speed up",
#: "the speed of light / convergence", "Emphasizing speed and precision" (no rating, no measure partner: precision).
_BARE_SPEED_RE = re.compile(r"(?<![\w-])[Ss]peeds?(?![\w-])(?! (?:up|of)\b)")
#: Where a word "speed" may start, read from the shared cue scan (no scan of its own).
_SPEED_CUES = ("speed", "Speed")
register_cues(_SPEED_CUES)
_SPEED_RATED_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:fast|faster|fastest|high|higher|highest|best|better|superior|competitive|comparable|real-time|"
    r"(?:compromising|sacrificing|losing|hurting|affecting)(?: the)?)\s+$", re.IGNORECASE)
_SPEED_PARTNERS = r"(?:accuracy|accuracies|quality|performance|recall|efficiency|memory|latency|cost|robustness|mAP)"
_SPEED_PARTNER_BEFORE_RE = re.compile(
    rf"(?<![\w-]){_SPEED_PARTNERS}(?:\s*\([^()]{{0,40}}\))?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?$")
_SPEED_PARTNER_AFTER_RE = re.compile(
    rf"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)(?:the\s+)?{_SPEED_PARTNERS}(?![\w-])")
#: The words before a bare "speed" listed before its partner ("in speed and accuracy", "both speed and memory"):
#: not a noun that makes another measure of it ("inference speed and memory reduction").
_SPEED_LEAD_BEFORE_RE = re.compile(r"(?:^|[.;:,(]\s*|(?<![\w-])(?:in|of|on|for|both|between|and|with|the|its|their|our)\s+)$")


def find_bare_speeds(text: str) -> list[tuple[int, int]]:
    """Spans of a bare "speed" named as a measure: rated, kept by a claim, or listed with a measure.

    Example:
        >>> t = ("It achieves fast speed. It is better both in accuracy (+4-point mAP) and speed. Speed and accuracy "
        ...      "improve. It improves inference speed and memory reduction. Emphasizing speed and precision helps. "
        ...      "It speeds up training at the speed of light, without compromising the speed.")
        >>> [(s, t[s:e]) for s, e in find_bare_speeds(t)]
        [(17, 'speed'), (73, 'speed'), (80, 'Speed'), (267, 'speed')]
    """
    out = []
    for m in match_at(_BARE_SPEED_RE, text, cue_starts(text, _SPEED_CUES)):
        start, end = m.span()
        window = max(0, start - 60)
        if (_SPEED_RATED_BEFORE_RE.search(text, max(0, start - 30), start)
                or _SPEED_PARTNER_BEFORE_RE.search(text, window, start)
                or (_SPEED_PARTNER_AFTER_RE.match(text, end) and _SPEED_LEAD_BEFORE_RE.search(text, max(0, start - 12), start))):
            out.append((start, end))
    return out


# --- evaluation criteria listed with measures -----------------------------------------------------
#: Criterion nouns that are a measure when a modifier names what is judged and the list holds measures.
_CRITERION_HEADS = ("correctness", "consistency", "coverage", "faithfulness", "fluency", "coherence", "relevance",
                    "informativeness", "factuality", "readability", "validity")
register_whole_words(_CRITERION_HEADS)  # whole_word_spans reads them from the shared cue scan
#: One or two lower-case words right before a criterion noun (searched with the noun's start as end position).
_MODIFIERS_BEFORE_RE = re.compile(r"(?<![\w-])(?:[a-z][a-z-]*[a-z] ){1,2}$")
_LIST_SEP_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
#: The one lower-case word right before an efficiency compound's head ("model" of "model size").
_MODIFIER_BEFORE_RE = re.compile(r"(?<![\w-])([a-z][a-z-]*[a-z]) $")
#: A list's separator in :func:`find_listed_criteria`, a slash too ("lower latency/token consumption").
_LISTED_SEP_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+|\s*/\s*")
#: Efficiency compounds that are a measure when listed with measures ("their model size and inference latency",
#: "O(L log L) in time complexity and memory usage", "lower latency/token consumption"), and the modifiers that make
#: them one (None: any): "batch size", "vocabulary size", "sample complexity of the problem" name settings or theory.
_EFFICIENCY_HEADS = {"size": frozenset({"model", "memory", "storage", "index", "checkpoint"}),
                     "complexity": frozenset({"time", "space", "memory", "computational", "inference"}),
                     "consumption": None}


#: The words of :data:`_REPORTED_MODIFIER_STOP` that say nothing of what a criterion judges ("test" does: "test
#: correctness"); a constant, not a set difference on every call.
_CRITERION_MODIFIER_STOP = _REPORTED_MODIFIER_STOP - {"test"}


def _names_criterion(word: str) -> bool:
    """A word that may say what a criterion judges ("test", "syntactic"; not "the", "high", "strongly").

    Example:
        >>> [_names_criterion(w) for w in ("test", "syntactic", "the", "high", "strongly", "improved")]
        [True, True, False, False, False, False]
    """
    return not (word in _CLOSED_CLASS or word in _CRITERION_MODIFIER_STOP or word.endswith("ly")
                or (len(word) > 4 and word.endswith("ed") and not word.endswith("eed")))


def _overlaps_any(spans: list[tuple[int, int]]):
    """A test of whether ``(start, end)`` overlaps one of ``spans``, by bisection over the spans sorted by start with
    the running maximum of their ends (a scan of every span per test was quadratic in a long text's lists)."""
    ordered = sorted(spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))

    def overlaps(start: int, end: int) -> bool:
        i = bisect_left(starts, end)  # the spans that start before ``end``; one of them ends after ``start``?
        return i > 0 and reach[i - 1] > start

    return overlaps


def _separator_window_before(text: str, pos: int) -> int:
    """Where a list separator (:data:`_LISTED_SEP_RE`) that ends at ``pos`` may start: at or after this."""
    for skip in ("space", "word", "space", "mark", "space"):
        if skip == "space":
            while pos > 0 and text[pos - 1].isspace():
                pos -= 1
        elif skip == "word":
            pos -= 3 if text.endswith("and", 0, pos) else 2 if text.endswith("or", 0, pos) else 0
        elif pos > 0 and text[pos - 1] in ",/":
            pos -= 1
    return pos


def _separator_window_after(text: str, pos: int) -> int:
    """Where a list separator that starts at ``pos`` may end: at or before this."""
    n = len(text)
    for skip in ("space", "mark", "space", "word", "space"):
        if skip == "space":
            while pos < n and text[pos].isspace():
                pos += 1
        elif skip == "word":
            pos += 3 if text.startswith("and", pos) else 2 if text.startswith("or", pos) else 0
        elif pos < n and text[pos] in ",/":
            pos += 1
    return pos


def find_listed_criteria(text: str, measures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Compound criteria (``compilation correctness``) listed next to measures, directly or through other criteria.

    "five aspects of test cases: syntactic correctness, compilation correctness, test correctness, code
    coverage rate, and defect detection rate": the list holds measures, so its criteria are measures too.
    Alone ("verify the answer correctness") a criterion is none.

    Example:
        >>> t = "aspects: syntactic correctness, compilation correctness, code coverage rate; the answer correctness"
        >>> [t[s:e] for s, e in find_listed_criteria(t, [(t.index("code"), t.index(";"))])]
        ['syntactic correctness', 'compilation correctness']
    """
    if not measures:
        return []
    found = []
    overlaps_measure = _overlaps_any(measures)
    for head, end in whole_word_spans(text, _CRITERION_HEADS):
        mods = _MODIFIERS_BEFORE_RE.search(text, max(0, head - 60), head)
        if mods is None:
            continue
        words = mods.group().split()
        while words and not _names_criterion(words[0]):
            words = words[1:]
        if words and all(_names_criterion(w) for w in words):
            start = head - len(" ".join(words)) - 1
            if not overlaps_measure(start, end):  # "code coverage" of "code coverage rate"
                found.append((start, end))
    for head, end in whole_word_spans(text, tuple(_EFFICIENCY_HEADS)):
        mod = _MODIFIER_BEFORE_RE.search(text, max(0, head - 24), head)
        allowed = _EFFICIENCY_HEADS[text[head:end]]
        if mod and (mod.group(1) in allowed if allowed is not None else _names_criterion(mod.group(1))):
            if not overlaps_measure(mod.start(), end):
                found.append((mod.start(), end))
    # the criteria a separator joins to a measure, or to a criterion so joined: each span is read once, its neighbours
    # looked up by where a separator can reach (a pass over every criterion and anchor per round was cubic)
    by_end: dict[int, list[tuple[int, int]]] = {}
    by_start: dict[int, list[tuple[int, int]]] = {}
    for span in dict.fromkeys(found):
        by_end.setdefault(span[1], []).append(span)
        by_start.setdefault(span[0], []).append(span)
    out: set[tuple[int, int]] = set()
    anchors = list(measures)
    while anchors:
        a, b = anchors.pop()
        for pos in range(_separator_window_before(text, a), a):
            for span in by_end.get(pos, ()):
                if span not in out and _LISTED_SEP_RE.fullmatch(text, pos, a):
                    out.add(span)
                    anchors.append(span)
        for pos in range(b + 1, _separator_window_after(text, b) + 1):
            for span in by_start.get(pos, ()):
                if span not in out and _LISTED_SEP_RE.fullmatch(text, b, pos):
                    out.add(span)
                    anchors.append(span)
    return sorted(out)


# --- quality criteria an evaluation is made on --------------------------------------------------------
#: Criterion nouns without a quality suffix ("fluency" and "consistency" have one; "realism" has none).
_CRITERION_WORDS = frozenset(
    """fluency coherence relevance faithfulness helpfulness harmlessness correctness diversity naturalness realism
    fidelity factuality informativeness plausibility consistency validity clarity timeliness conciseness
    comprehensiveness readability truthfulness honesty engagingness specificity creativity novelty usefulness
    toxicity grammaticality adequacy intelligibility coverage""".split())
_QUALITY_SUFFIXES = ("ness", "ity", "ance", "ence", "cy")
#: Quality-shaped nouns that name no evaluation criterion (GUIDELINES: "performance", "efficiency" are generic) or
#: name a property of data, systems and settings ("quantity", "privacy", "complexity").
_NOT_CRITERIA = frozenset(
    """performance performances efficiency effectiveness quality capability capabilities ability abilities robustness
    generalization generalisation scalability applicability interpretability explainability complexity convergence
    competence importance significance evidence inference difference existence presence dependence occurrence
    reference sequence experience confidence frequency relevancy dependency redundancy transparency privacy security
    quantity capacity modality variety entity community identity activity priority majority reality opportunity
    utility density sparsity availability flexibility adaptability usability affordability compliance governance
    maintenance variance distance instance balance guidance alignment latency accuracy perplexity""".split())
#: Measures a criteria list may hold besides criteria ("accuracy, fluency and diversity"); they are found elsewhere.
_LISTED_MEASURE_HEADS = ("accuracy", "accuracies", "latency", "perplexity", "precision", "recall", "score", "scores",
                         "rate", "rates", "error", "errors")
#: Words an evaluation context is written with; one must occur before any regex runs.
#: Every cue of :data:`_CRITERIA_CUE_RE` holds one of these words as a word start; the cue starts at the word (offset
#: 0) or a fixed number of characters before it ("in terms of", "with respect to"), so the cue regex is tried only
#: there (:func:`_cue_starts`), not at every position.
#: One gate serves several cue words ("rat": rated, rating, rate; "scor": scored, score): each is a pass over the text.
_CRITERIA_GATES = (("terms of", (-3,)), ("respect to", (-5,)), ("regard to", (-5, -3)), ("rat", (0,)), ("scor", (0,)),
                   ("judge", (0,)), ("grade", (0,)), ("human evaluation", (0,)), ("outperform", (0,)), ("surpass", (0,)),
                   ("improvement", (0,)), ("increase", (0,)), ("gain", (0,)), ("difference", (0,)), ("assess", (0,)),
                   ("properties", (0,)))
#: Nouns that end a counted cue ("along three dimensions", "across 5 key metrics") besides starting one ("metrics of").
_COUNTED_GATES = ("metrics", "criteria", "dimensions", "aspects", "axes")
register_cues([gate for gate, _ in _CRITERIA_GATES] + list(_COUNTED_GATES))  # found by the shared cue scan
#: The prepositions a counted cue starts with (at a word start: after a space, "(", a newline or the text start), and
#: how far before its noun it can start.
_COUNTED_STARTS = ("along ", "across ", "on ", "in ", "over ")
_CUE_BEFORE = 60
#: The cue a list of criteria follows (:func:`_single_criterion_cue` says which need two members or more).
_CRITERIA_CUE_RE = re.compile(
    r"(?:\bin terms of|\bwith (?:respect|regard) to (?:(?:their|its|the) )?|\bin regard to (?:(?:their|its|the) )?|"
    r"\b(?:rated|scored|judged|graded) (?:on|for|by|in)|\bratings? (?:for|of|on)|\bhuman evaluations? (?:of|on)|"
    r"\b(?:along|across|on|in|over) (?:the )?(?:two|three|four|five|six|seven|eight|several|multiple|various|"
    r"different|[2-9]) (?:key |main |quality |evaluation |distinct )?(?:dimensions|aspects|criteria|axes|metrics)"
    r"(?: of| such as| including| like| \(|:| --| —|,)?|"
    r"\b(?:metrics|dimensions|aspects|axes|properties) (?:of|such as|including|like)|\bcriteria (?:of|including)|"
    r"\b(?:metrics|criteria|dimensions|aspects|axes):|"
    r"\b(?:improvements?|differences?|gains?|increases?) in|"
    r"\b(?:outperform(?:s|ed|ing)?|surpass(?:es|ed|ing)?) (?:[\w-]+ ){1,4}?in(?! terms)|"
    r"\b(?:grade|rate|score|judge)[sd]? (?:the |their |its )?[\w-]+(?:,[^,.;]{1,60},)? on|"
    r"\bassess(?:es|ed)? (?:[A-Z][\w-]*'s?|their|its) )\s*")
#: A number with its unit right before a change noun: "a 9% increase in correctness" names one criterion.
_NUMBER_BEFORE_CHANGE_RE = re.compile(r"[0-9](?:%|\\%|x|×| times| points)? (?:\w+ )?$")
#: A sentence that evaluates something: one criterion after "in terms of" is then an evaluation criterion.
_EVALUATION_WORDS = ("human evaluation", "judge", "rated", "rating", "annotator", "raters", "evaluators", "human")
_CRITERION_WORD_RE = re.compile(r"[a-z][a-z-]*[a-z]")
_MEMBER_END_RE = re.compile(r"$|[,.;:)]| \(| --| —| (?:and|or)\b")


def _is_criterion(word: str) -> bool:
    """A noun that names a quality judged in an evaluation ("fluency", "conciseness", "timeliness").

    Example:
        >>> [_is_criterion(w) for w in ("fluency", "conciseness", "realism", "performance", "privacy", "accuracy")]
        [True, True, True, False, False, False]
    """
    return word not in _NOT_CRITERIA and (word in _CRITERION_WORDS or word.endswith(_QUALITY_SUFFIXES))


def _criteria_list(text: str, pos: int) -> list[list[tuple[int, int]]] | None:
    """The members of a list starting at ``pos`` (each its word spans), or None when one does not parse.

    A member is one to three lower-case words ending before punctuation, a separator or a function word
    ("consistency in answering ..." gives ``consistency``); the member joined by "and"/"or" is the last.

    Example:
        >>> t = "on creativity, meaningfulness, and consistency, assigning scores out of 10"
        >>> [[t[s:e] for s, e in m] for m in _criteria_list(t, 3)]
        [['creativity'], ['meaningfulness'], ['consistency']]
    """
    members: list[list[tuple[int, int]]] = []
    last = False
    while True:
        words: list[tuple[int, int]] = []
        p = pos
        while len(words) < 3:
            m = _CRITERION_WORD_RE.match(text, p)
            if m is None or m.group() in ("and", "or"):
                break
            words.append(m.span())
            if _MEMBER_END_RE.match(text, m.end()):
                break
            if not text.startswith(" ", m.end()):
                words = []
                break
            following = _CRITERION_WORD_RE.match(text, m.end() + 1)
            if following and following.group() in _CLOSED_CLASS and m.group() not in _CLOSED_CLASS:
                break
            p = m.end() + 1
        if not words or not (_MEMBER_END_RE.match(text, words[-1][1]) or text.startswith(" ", words[-1][1])):
            return None
        members.append(words)
        sep = _LIST_SEP_RE.match(text, words[-1][1])
        if last or sep is None:
            break
        last = bool(re.search(r"\b(?:and|or)\s+$", sep.group()))
        pos = sep.end()
    if len(members) > 1 and not last:
        return None
    return members


def find_evaluated_criteria(text: str) -> list[tuple[int, int]]:
    """Quality criteria listed where the text says what an evaluation judges.

    "automatic metrics along three dimensions -- fluency, correctness, and citation quality", "across metrics of
    comprehensiveness, conciseness, factual correctness, and fluency", "outperform their counterparts in feedback
    quality, clarity, and timeliness", "human evaluations show X outperforms Y in terms of validity", "scores for the
    answer with respect to its correctness and faithfulness": a list after an
    evaluation cue whose members are all quality nouns (:func:`_is_criterion`, or "X quality" with its modifier) or
    measures. One modifier stays ("factual correctness"). Generic qualities ("performance", "quality" alone,
    "efficiency") and data or system properties ("in terms of quantity, diversity, and creativity", "privacy") spoil
    the list; a single criterion needs a strong cue ("rated on", "in terms of" in a sentence about human judges, "a
    9% increase in").

    Example:
        >>> t = ("We build automatic metrics along three dimensions -- fluency, correctness, and citation quality -- and "
        ...      "more. Models outperform their counterparts in feedback quality, clarity, and timeliness. Human "
        ...      "evaluations show it beats them in terms of validity (up to 32%). It lags in terms of reliability. "
        ...      "Data are limited in terms of quantity, diversity, and creativity. It improves performance and fluency.")
        >>> [t[s:e] for s, e in find_evaluated_criteria(t)]
        ['fluency', 'correctness', 'citation quality', 'feedback quality', 'clarity', 'timeliness', 'validity']
    """
    out: list[tuple[int, int]] = []
    for cue in _cues(text):
        members = _criteria_list(text, cue.end())
        if not members:
            continue
        found: list[tuple[int, int]] = []
        for words in members:
            names = [text[s:e] for s, e in words]
            while len(names) > 1 and (names[0] in _CLOSED_CLASS or names[0] in _CHANGE_ADJECTIVES):
                names, words = names[1:], words[1:]
            head = names[-1]
            if head.endswith(_LISTED_MEASURE_HEADS):
                continue  # "false positive rate": a measure, found (or not) by the metric phrase rules
            if len(names) > 2 or any(not _names_criterion(w) for w in names[:-1]):
                break
            if not (_is_criterion(head) or (head == "quality" and len(names) == 2)):
                break
            found.append((words[0][0], words[-1][1]))
        else:
            if found and (len(members) > 1 or _single_criterion_cue(text, cue)):
                out.extend(found)
    return sorted(set(out))


def _word_rfind(text: str, word: str, start: int, end: int) -> int:
    """The last place in ``text[start:end]`` where ``word`` begins a word ("in " not in "within "), else -1."""
    pos = text.rfind(word, start, end)
    while pos >= 0 and not starts_word(text, pos):
        pos = text.rfind(word, start, pos)
    return pos


def _cue_starts(text: str) -> list[int]:
    """Where a cue of :data:`_CRITERIA_CUE_RE` can start: at a gate word or its fixed offset before it
    (:data:`_CRITERIA_GATES`), and at the preposition nearest before a counted noun (:data:`_COUNTED_GATES`).

    Example:
        >>> t = "no cue here; we rate it in terms of speed along three key dimensions: a"
        >>> [t[i:i + 6] for i in _cue_starts(t)]
        ['rate i', 'in ter', 'along ', 'dimens']
        >>> u = "(along three dimensions)"
        >>> [u[i:i + 6] for i in _cue_starts(u)]
        ['along ', 'dimens']
    """
    starts: set[int] = set()
    found = cue_index_positions(text)  # every gate is a registered cue: its word starts, from the shared scan
    for gate, offsets in _CRITERIA_GATES:
        for pos in found.get(gate, ()):
            starts.update(pos + off for off in offsets if pos + off >= 0)
    for pos in cue_starts(text, _COUNTED_GATES):
        starts.add(pos)
        prep = max(_word_rfind(text, w, max(0, pos - _CUE_BEFORE), pos) for w in _COUNTED_STARTS)
        if prep >= 0:
            starts.add(prep)
    return sorted(starts)


def _cues(text: str) -> list[re.Match]:
    """The matches ``_CRITERIA_CUE_RE.finditer(text)`` gives, tried only where a cue can start (:func:`_cue_starts`).

    Example:
        >>> t = "Raters judged the summaries on fluency and coherence; we report it in terms of speed."
        >>> [m.group() for m in _cues(t)] == [m.group() for m in _CRITERIA_CUE_RE.finditer(t)]
        True
    """
    out = []
    end = 0
    for start in _cue_starts(text):
        if start < end:
            continue  # inside the last cue: the scan goes on after it
        m = _CRITERIA_CUE_RE.match(text, start)
        if m:
            out.append(m)
            end = m.end()
    return out


def _single_criterion_cue(text: str, cue: re.Match) -> bool:
    """True when ``cue`` names what is evaluated strongly enough for a list of one criterion.

    "rated on", "ratings for", "human evaluation of", "a 9% increase in", and "in terms of" in a sentence
    about human judges; never a cue that counts dimensions or names a list of properties.

    Example:
        >>> t = "Human raters prefer it in terms of validity. It lags in terms of reliability. A 9% increase in realism."
        >>> [_single_criterion_cue(t, m) for m in _CRITERIA_CUE_RE.finditer(t)]
        [True, False, True]
    """
    words = cue.group().split()
    if words[0] in ("rated", "scored", "judged", "graded", "rating", "ratings") or words[:2] == ["human", "evaluation"] \
            or words[:2] == ["human", "evaluations"]:
        return True
    if words[:2] in (["in", "terms"], ["with", "respect"], ["with", "regard"], ["in", "regard"]):
        start = max(text.rfind(". ", 0, cue.start()), 0)
        stop = text.find(". ", cue.end())
        sentence = text[start:stop if stop >= 0 else len(text)].lower()
        return any(w in sentence for w in _EVALUATION_WORDS)
    if words[0].startswith(("improvement", "difference", "gain", "increase")):
        return bool(_NUMBER_BEFORE_CHANGE_RE.search(text, max(0, cue.start() - 16), cue.start()))
    return False


# --- efficiency measures the paper measures (the cost rule, decided per paper) -------------------------------
#: Last words of an efficiency measure's name (GUIDELINES "Efficiency measures": latency, throughput, memory
#: usage/footprint/consumption, inference/training time or speed, FLOPs, speedup, FPS, energy).
_EFFICIENCY_LAST = frozenset("""latency latencies throughput throughputs speed speeds speedup speedups speed-up
    speed-ups time times runtime runtimes memory flops gflops tflops mflops pflops macs gmacs fps energy""".split())
#: "memory usage", "GPU memory consumption", "energy use": a resource's usage.
_USAGE_LAST = frozenset("usage usages footprint footprints consumption use".split())
_USAGE_RESOURCES = frozenset("memory energy power gpu vram ram cpu".split())
_EFFICIENCY_RATE_RE = re.compile(r"(?:frames|tokens|images|samples|queries|requests) per second|tokens/s\b|"
                                 r"gpu[- ]hours?\b|time[- ]to[- ]first[- ]token|\bttft\b|\btpot\b")


def is_efficiency_name(name: str) -> bool:
    """True when the measure ``name`` is an efficiency measure (GUIDELINES: METRIC only when the paper measures it).

    Example:
        >>> [is_efficiency_name(n) for n in ("inference latency", "GPU memory consumption", "FLOPs", "speed-ups", "FPS",
        ...                                  "tokens per second", "training times", "accuracy", "time complexity",
        ...                                  "inference cost", "acceptance rate", "memory")]
        [True, True, True, True, True, True, True, False, False, False, False, True]
    """
    low = name.lower()
    words = low.split()
    if not words:
        return False
    if words[-1] in _EFFICIENCY_LAST:
        return True
    if words[-1] in _USAGE_LAST:
        return any(w in _USAGE_RESOURCES for w in words[:-1])
    return bool(_EFFICIENCY_RATE_RE.search(low))


def efficiency_key(name: str) -> str:
    """The measure an efficiency measure's name stands for, whatever its number and spelling ("speed-ups" ->
    ``speedup``): the memory a model takes ("GPU memory", "memory footprints" -> ``memory``) and the time it takes
    ("inference latencies", "decoding speed" -> ``time``; "training times" -> ``training time``) are one measure each,
    as the gold annotators read them (a background "inference speed" is marked where "inference latency" is measured).

    Example:
        >>> [efficiency_key(n) for n in ("Inference Latencies", "speed-ups", "wall clock speedup", "FLOPS", "training times",
        ...                              "GPU memory usage", "memory footprints", "training speed", "decoding speeds")]
        ['time', 'speedup', 'wall-clock speedup', 'flops', 'training time', 'memory', 'memory', 'training time', 'time']
    """
    low = " ".join(name.lower().split()).replace("speed-up", "speedup").replace("wall clock", "wall-clock")
    words = low.split()
    if "memory" in words:
        return "memory"  # "GPU memory", "memory usage", "memory footprints": one measure, the memory a model takes
    if words[-1] in ("latency", "latencies", "time", "times", "speed", "speeds", "runtime", "runtimes"):
        # "inference latency" measured as "inference speed", "inference times" as "3.5x speed": one quantity, the time
        # a model takes, in training or in inference
        return "training time" if "training" in words else "time"
    if low.endswith("ies"):
        return low[:-3] + "y"
    if low.endswith(("times", "speeds", "speedups", "footprints", "throughputs", "runtimes", "usages")):
        return low[:-1]
    return low


#: Connector words between a measure and the number reported for it: "latency of 62 ms", "speedup of up to 2.12x",
#: "is also improved by a factor of 1.9x", "decrease inference latency up to 4.5x", "training time decreased by 14%",
#: "an inference speed (FPS) of 24", "latency during the training process by 17%", "by a remarkable four times".
_EFF_NUMBER_AFTER_RE = re.compile(
    r"(?:\s*\([^()]{1,20}\))?(?:\s+(?:during|in|for|on|at|under|with)(?: the)?(?: [\w-]+){1,2}(?= by ))?"
    r"(?:\s*[(:=]\s*|(?:\s+(?:is|are|was|were|also|further|can|be|been|reduced|decreased|increased|improved|lowered|"
    r"drops?|dropped|falls?|fell|rises?|rose|reaches|reached|remains|up|down|to|by|of|at|from|a|factor|around|about|"
    r"approximately|nearly|only|over|more|less|than|under|below|within|just|roughly|almost|an?|remarkable|impressive|"
    r"notable|striking)){1,6}\s+)"
    r"(?:[~<>≈]\s*)?(?:[0-9]|(?:two|three|four|five|six|seven|eight|nine|ten|twice|half)\b)")
#: A number with its unit before the measure, at most a comparative, a change noun and "in", or modifiers between:
#: "16% fewer FLOPs", "54M FLOPs", "62 ms latency", "5times higher throughput", "600+ FPS", "less than 1GB GPU
#: memory", "a 4-5x and 20-25x increase in inference speed", "2.6x FLOPs reduction", "consuming twice the GPU memory"
#: (units of other fields' hardware papers too: "a 30 µs latency", "512 MiB memory", "40 nJ energy").
_EFF_NUMBER_BEFORE_RE = re.compile(
    r"(?:(?<![\w.])[0-9][0-9.,]*(?:[x×]?\s*[-–~]\s*[0-9][0-9.,]*)?(?:\s*(?:%|\\%|[x×X](?![\w-])|-fold|-?times|[KMGTP]i?B|"
    r"[KMGTP]|ns|[µμu]s|ms|s|sec|seconds|mins?|minutes|h|hours|days|[mkM]?W|[mnµμk]?J|k?Wh|billion|million|thousand|"
    r"trillion)|\+)?|"
    r"\b(?:twice|half|double|triple|proportional|linear|quadratic)|"
    r"\bO\([^()]{1,20}\) in (?:[\w-]+ ){0,2}(?:and|or))"
    r"\s*(?:\s(?:less|fewer|lower|higher|more|greater|smaller|larger|faster|slower|better|reduced|increased|improved|"
    r"average|overall|total|peak|the|of|reductions?|increases?|improvements?|decreases?|gains?|savings?|"
    r"speed-?ups?|drops?|in))*(?:\s(?:memory|time|latency|speed|compute|computation|storage|energy)\s(?:and|or))?\s$")
#: A list of measures ending right before the measure ("accuracy, latency and ", "the ").
_LIST_BEFORE = r"(?:(?:the|their|its|both) )?(?:[\w-]+(?: [\w-]+){0,2}(?:, (?:and |or )?| and | or | ?/ ?))*(?:[\w-]+ ){0,2}"
#: An evaluation that measures or compares on the measure: "we measure and compare latency", "report throughput and
#: time-to-first-token", "benchmark ... on latency", "the trade-off between accuracy and inference time",
#: "in terms of accuracy-versus-speedup".
_EFF_AXIS_BEFORE_RE = re.compile(
    r"(?:\b(?:measur|evaluat|report|benchmark|compar|profil|analy[sz]|quantif|assess|examin|stud|investigat)\w*"
    r"(?: and (?:measur|evaluat|report|compar|analy[sz])\w*)? " + _LIST_BEFORE +
    r"|\b(?:benchmark|evaluat|compar|assess|test|validat)\w*\b[^.;:]{0,60}? (?:on|in|across|by|for) " + _LIST_BEFORE +
    r"|\btrade-?offs? (?:between|among|of|in|for) " + _LIST_BEFORE +
    r"|\bin terms of " + _LIST_BEFORE +
    r"|[\w-]+[ -](?:versus|vs\.?)[ -]"
    r")$", re.IGNORECASE)
#: Literals one of which every match of :data:`_EFF_AXIS_BEFORE_RE` holds (a cheap test before the regex's search).
_AXIS_CUES = ("measur", "evaluat", "report", "benchmark", "compar", "profil", "analy", "quantif", "assess", "examin",
              "stud", "investigat", "test", "validat", "trade", "terms of", "versus", "vs")
_EFF_AXIS_AFTER_RE = re.compile(r"(?:[ -](?:versus|vs\.?)[ -]|(?:[ -][\w-]+)?[ -]trade-?offs?\b|[ -]pareto)",
                                re.IGNORECASE)


def is_measured_efficiency(text: str, start: int, end: int, *, floor: int = 0, ceiling: int | None = None) -> bool:
    """True when the sentence reports a value or a change for the efficiency measure at ``text[start:end]`` or names
    it as an axis the evaluation measures or compares on (GUIDELINES "Efficiency measures": the cost rule,
    :func:`_reported_at`, with the value cues of efficiency measures); ``floor`` and ``ceiling`` bound the sentence.
    Named in passing it is none: background, an unquantified claim or comparison ("a higher inference speed than
    other models": the cost rule's compared comparative does not count here, as the session-15 gold passes read it).

    Example:
        >>> t = ("reduces latency by 35%; 2.1x higher throughput; at 45 FPS; with 54M FLOPs; a speedup of 4.17x; "
        ...      "in terms of accuracy, latency and memory usage; we measure throughput and time-to-first-token; "
        ...      "the trade-off between accuracy and inference time; a higher inference speed than other models; "
        ...      "exorbitant memory footprints; privacy concerns, latency, and cost; significantly reduces memory "
        ...      "usage; with faster training times")
        >>> names = ("latency", "throughput", "FPS", "FLOPs", "speedup", "latency", "memory usage", "throughput",
        ...          "inference time", "inference speed", "memory footprints", "latency", "memory usage",
        ...          "training times")
        >>> pos, out = 0, []
        >>> for n in names:
        ...     pos = t.index(n, pos); out.append(is_measured_efficiency(t, pos, pos + len(n))); pos += len(n)
        >>> out
        [True, True, True, True, True, True, True, True, True, False, False, False, False, False]
    """
    ceiling = len(text) if ceiling is None else ceiling
    window = text[:ceiling]
    if (_reported_at(window, start, end, floor, compared=False) or _EFF_NUMBER_AFTER_RE.match(window, end)
            or _EFF_NUMBER_BEFORE_RE.search(text, max(floor, start - 45), start)):
        return True
    lo = max(floor, start - 90)
    before = text[lo:start].lower()
    return bool((any(cue in before for cue in _AXIS_CUES) and _EFF_AXIS_BEFORE_RE.search(text, lo, start))
                or _EFF_AXIS_AFTER_RE.match(window, end))


#: Words that name the memory or the time a model takes, or its throughput or FLOPs, wherever a value is reported for
#: them, also outside a measure's name: "a 5.5-times memory-saving", "saving over 20% memory and time costs", "training
#: 5x-11x faster", "at 3.5x speed", "by more than twice in runtime" (lower-case literals, found with ``str.find``).
_FAMILY_WORDS = {"memory": "memory", "runtime": "time", "time": "time", "latency": "time", "latencies": "time",
                 "speed": "time", "speeds": "time", "faster": "time", "throughput": "throughput", "flops": "flops"}
#: "time complexity", "time-series", "time step": no time a model takes.
_NOT_TIME_AFTER_RE = re.compile(r"[- ](?:complexity|series|steps?)\b")
_TRAINING_BEFORE_RE = re.compile(r"\btrain", re.IGNORECASE)


def _valued_families(text: str) -> set[str]:
    """The measures (:func:`efficiency_key`: ``memory``, ``time``, ``training time``, ``throughput``, ``flops``) the
    text reports a value for in any words (:data:`_FAMILY_WORDS`).

    Example:
        >>> sorted(_valued_families("It achieves a 5.5-times memory-saving and trains 5x-11x faster; at 3.5x speed."))
        ['memory', 'time', 'training time']
        >>> sorted(_valued_families("It is O(L log L) in time complexity and memory usage; lower latency, 2 times."))
        ['memory']
    """
    out: set[str] = set()
    low = text.lower()
    n = len(low)
    for word, family in _FAMILY_WORDS.items():
        size = len(word)
        pos = low.find(word)
        while pos >= 0:
            end = pos + size
            if ((not pos or not low[pos - 1].isalnum()) and (end >= n or not (low[end].isalnum() or low[end] == "_"))
                    and not (word == "time" and _NOT_TIME_AFTER_RE.match(low, end))
                    and (_EFF_NUMBER_BEFORE_RE.search(text, max(0, pos - 45), pos)
                         or _EFF_NUMBER_AFTER_RE.match(text, end))):
                if family != "time":
                    out.add(family)
                    break
                # the clause of the word: "training" before a ";", a "," or a sentence end is another clause's
                before = max(0, pos - 25)
                before = max(before, *(low.rfind(sep, before, pos) for sep in (";", ",", ". ")))
                out.add("training time" if _TRAINING_BEFORE_RE.search(low, before, pos) else "time")
            pos = low.find(word, pos + 1)
    return out


#: The paper's own voice before a claim about its work (the proposals component's own-voice cues): "we", "our",
#: "this paper", "the proposed", "the resulting", "allows us", and what its experiments show ("our findings show",
#: "experimental results demonstrate", "extensive experiments show"). "We show that" is the own voice, so a claim
#: word must follow ("we further show that DKPLM has a higher inference speed").
_OWN_CLAIM_ANCHOR_RE = re.compile(
    r"\b(?:we|our|ours|this (?:paper|work|study)|the (?:proposed|resulting)|(?P<us>(?:allow|enable|let)s? us)|"
    r"(?P<finding>(?:results|experiments|findings|evaluations?)(?: [\w-]+)? "
    r"(?:show|demonstrate|indicate|reveal|confirm|verify)(?:s|ed)?(?: that)?))\b", re.IGNORECASE)
#: Literals one of which every match of :data:`_OWN_CLAIM_ANCHOR_RE` holds (lower-case).
_OWN_CLAIM_CUES = ("we", "our", "this ", "the proposed", "the resulting", " us", "show", "demonstrat", "indicat",
                   "reveal", "confirm", "verif")
#: A claim between the own voice and the measure: a verb that says what the work does to or with it, or a
#: preposition that ties it to the work ("reduces memory consumption", "with similar or smaller latency", "at
#: minimal additional latency", "without increasing inference time", "allows us near-constant inference time").
_OWN_CLAIM_VERB_RE = re.compile(
    r"\b(?:achiev|attain|reduc|lower|decreas|cut|sav(?:e|es|ed|ing)\b|accelerat|speed|improv|enhanc|boost|increas|"
    r"maintain|preserv|retain|deliver|offer|provid|enabl|allow|exhibit|eliminat|minimi[sz]|bring|yield|"
    r"outperform|surpass|match|with\b|at\b|without\b|us\b|less\b|fewer\b|lower\b|smaller\b|faster\b|higher\b|"
    r"better\b|minimal\b|negligible\b|comparable\b|similar\b)", re.IGNORECASE)
#: Background inside an own sentence: a technique in general ("focusing on quantization, a technique that reduces
#: memory consumption") ...
_OWN_CLAIM_TECHNIQUE_RE = re.compile(r", (?:an? |the )?(?:[\w-]+ ){0,2}techniques? (?:that|which)\b", re.IGNORECASE)
#: ... other work as the subject of what the paper observes or shows ("we observe that existing KV cache methods
#: reduce memory usage", "our analysis shows that prior methods increase memory footprint") ...
_OWN_CLAIM_OTHER_WORK_RE = re.compile(
    r"\bthat (?:(?:most|many|some) )?(?:existing|prior|previous|conventional|traditional|earlier|mainstream|popular|"
    r"current|other)\b|\bthat the (?:existing|prior|previous|conventional|traditional|earlier|mainstream|popular)\b",
    re.IGNORECASE)
#: ... and what the work takes up or lists, a claim only after it: a survey's list of considerations ("delve into
#: other essential considerations, such as efficiency, cost, and latency"), a problem ("we address the challenge of
#: high latency"; "we tackle these issues and achieve lower latency" claims it), a fixed budget ("we train on GPUs
#: with limited memory").
_OWN_CLAIM_TOPIC_RE = re.compile(
    r"\bsuch as\b|\be\.g\.|\bconsiderations?\b|\b(?:challenges?|issues?|problems?|bottlenecks?|limitations?)\b|"
    r"\bsuffer\w*|\bhinder\w*|\bdue to\b|\b(?:limited|constrained|fixed|given)\b|\bbudgets?\b", re.IGNORECASE)
#: A fixed budget right before the measure ("with Limited Memory", "under a given memory budget"): no claim, also
#: in the title.
_BUDGET_BEFORE_RE = re.compile(r"\b(?:limited|constrained|fixed|given)(?: [\w-]+)? $", re.IGNORECASE)
#: The object of "speeds" or "speedups" used as a verb ("speedups inference by 4.2 times", "speeds up decoding").
_SPEED_VERB_RE = re.compile(r" (?:up|inference|training|decoding|generation|the|a|an|it|them)\b")
#: A purpose the own work serves, opening the sentence before the measure ("To further reduce the training time,
#: LightSeq features ...", "To cut latency, we ...").
_OWN_PURPOSE_RE = re.compile(r"\s*(?:To|In order to) (?:further )?(?:reduce|lower|cut|improve|accelerate|speed up|"
                             r"minimi[sz]e|decrease|save)\b")


#: An anaphoric own subject opening a sentence that follows one in the paper's own voice ("This study introduces
#: three modifications ... These variants achieve comparable performance while benefiting from ... faster training
#: times", "We propose X. This design allows ..."): a demonstrative and a noun of the work, or a bare "This"/"It"
#: whose verb is a claim ("This allows", "It also reduces").
_OWN_ANAPHOR_RE = re.compile(
    r"\s*(?:\(\w\)\s*)?(?:(?:Moreover|Furthermore|Additionally|In addition|Notably|Importantly|As a result|"
    r"Consequently|Thus|Hence|Therefore|Overall|Specifically|In particular),? )?"
    r"(?:(?:These|This|Such|Both|All three|All these|Each of these) (?:[\w-]+ ){0,2}?"
    r"(?:variants?|models?|methods?|approach(?:es)?|frameworks?|designs?|techniques?|strateg(?:y|ies)|systems?|"
    r"architectures?|modifications?|components?|modules?|mechanisms?|pipelines?|algorithms?|schemes?|solutions?|"
    r"innovations?|optimi[sz]ations?|procedures?|paradigms?)\b|"
    r"(?:This|It|They)(?= (?:(?:also|further|thus|therefore|then|thereby|additionally) )?(?:allows?|enables?|"
    r"reduces?|lowers?|cuts?|achieves?|accelerates?|speeds? up|saves?|improves?|leads? to|results? in|yields?|"
    r"brings?|offers?|provides?|delivers?)\b))")
#: Little or no cost of the own method, right before the measure, in a sentence after the paper introduced its work
#: ("preventing long-term error accumulation at minimal additional latency", "with negligible extra memory"; not a
#: little cost among other costs, "minimal computation and latency", which blind readers left out), as a cost the work
#: incurs ("at", "with", "incurring", "adds" before it; not a requirement: "real-time applications require minimal
#: latency").
_OWN_NEGLIGIBLE_RE = re.compile(
    r"\b(?:at|with|for|incurring|incurs?|adding|adds?|introducing|introduces?|costing|costs?)(?: only| just| a)? "
    r"(?:minimal|negligible|little|marginal|no|zero|nearly no|almost no)(?: (?:additional|extra|added))? $",
    re.IGNORECASE)
#: Other work anywhere before a little-cost phrase: no own claim ("Prior methods run at minimal additional latency").
_OTHER_WORK_RE = re.compile(r"\b(?:existing|prior|previous|conventional|traditional|earlier|other)\b", re.IGNORECASE)


def is_own_efficiency_claim(text: str, start: int, end: int, *, floor: int = 0, ceiling: int | None = None,
                            own: Sequence[tuple[int, int]] = (), follows_own: bool = False,
                            introduced: bool = False) -> bool:
    """True when the sentence ``text[floor:ceiling]`` claims the efficiency measure at ``text[start:end]`` for the
    paper's own method, model, system or findings, quantified or not (GUIDELINES "Efficiency measures", 9bb7ed0): the
    own voice (:data:`_OWN_CLAIM_ANCHOR_RE`) or one of the paper's proposed names (``own``: their spans) before it,
    between them no technique in general (:data:`_OWN_CLAIM_TECHNIQUE_RE`), no other work as the subject of what the
    paper observes or shows (:data:`_OWN_CLAIM_OTHER_WORK_RE`) and a claim (:data:`_OWN_CLAIM_VERB_RE`;
    what the experiments show is one) after the last topic, problem or budget (:data:`_OWN_CLAIM_TOPIC_RE`); or a
    purpose of the work opening the sentence ("To further reduce the training time, LightSeq features ..."). Two more
    from the sentences before (:func:`unmeasured_efficiency` decides them): ``follows_own`` (the sentence before
    introduces the paper's work) lets an anaphoric subject opening the sentence stand for it (:data:`_OWN_ANAPHOR_RE`:
    "These variants achieve ... faster training times", "This allows ..."), and ``introduced`` (an earlier sentence
    did) lets a little-cost phrase right before the measure claim it (:data:`_OWN_NEGLIGIBLE_RE`: "the KV cache is
    calibrated in a single forward pass, preventing error accumulation at minimal additional latency"), not after
    other work (:data:`_OTHER_WORK_RE`).

    Example:
        >>> t = ("Our method significantly reduces memory usage. GEB-1.3B achieves commendable inference times. Our "
        ...      "findings show that X substantially improves inference speed. LLMs suffer from high latency. We "
        ...      "delve into other considerations, such as efficiency, cost, and latency. This paper focuses on "
        ...      "quantization, a technique that reduces memory consumption. To reduce training time, GEB-1.3B uses Y. "
        ...      "We observe that existing methods reduce memory usage.")
        >>> names = ("memory usage", "inference times", "inference speed", "latency", "latency", "memory consumption",
        ...          "training time", "memory usage")
        >>> own = [(m.start(), m.end()) for m in re.finditer("GEB-1.3B", t)]
        >>> ends = [m.end() for m in re.finditer("[.] ", t)] + [len(t)]
        >>> sentences = list(zip([0] + ends[:-1], ends))
        >>> pos, out = 0, []
        >>> for n in names:
        ...     pos = t.index(n, pos)
        ...     a, b = next(s for s in sentences if s[0] <= pos < s[1])
        ...     out.append(is_own_efficiency_claim(t, pos, pos + len(n), floor=a, ceiling=b, own=own)); pos += len(n)
        >>> out
        [True, True, True, False, False, False, True, False]
        >>> t = "These variants achieve faster training times. It runs at minimal additional latency."
        >>> [is_own_efficiency_claim(t, 30, 44, floor=0, ceiling=45, follows_own=f) for f in (False, True)]
        [False, True]
        >>> [is_own_efficiency_claim(t, 76, 83, floor=46, ceiling=84, introduced=f) for f in (False, True)]
        [False, True]
    """
    ceiling = len(text) if ceiling is None else ceiling
    if _SPEED_VERB_RE.match(text, end) and text[start:end].lower().endswith(("speeds", "speedups", "speed-ups")):
        return False  # "our method speedups inference by 4.2 times": a verb, the claim's measure is the speedup's
    before = text[floor:start]
    low = before.lower()
    anchor, finding = -1, False
    if any(cue in low for cue in _OWN_CLAIM_CUES):
        for m in _OWN_CLAIM_ANCHOR_RE.finditer(before):
            # "allows us" is itself the claim, what the experiments show is one
            at = m.start() if m.group("us") else m.end()
            if at >= anchor:
                anchor, finding = at, m.group("finding") is not None
    for s, e in own:
        if floor <= s and e <= start and e - floor > anchor:
            anchor, finding = e - floor, False
    if anchor < 0 and follows_own:
        m = _OWN_ANAPHOR_RE.match(before)
        if m:
            anchor = m.end()
    if anchor < 0 and introduced and _OWN_NEGLIGIBLE_RE.search(before, max(0, len(before) - 60)):
        return not (_OTHER_WORK_RE.search(before) or _OWN_CLAIM_TECHNIQUE_RE.search(before))
    if anchor >= 0:
        between = before[anchor:]
        # "experiments show that existing methods ...": the finding's "that" is the anchor's own last word
        shown = "that" if finding and before[:anchor].lower().endswith("that") else ""
        if _OWN_CLAIM_TECHNIQUE_RE.search(between) or _OWN_CLAIM_OTHER_WORK_RE.search(shown + between):
            return False
        topic = None
        for topic in _OWN_CLAIM_TOPIC_RE.finditer(between):
            pass
        if topic is not None:
            return bool(_OWN_CLAIM_VERB_RE.search(between, topic.end()))
        return finding or bool(_OWN_CLAIM_VERB_RE.search(between))
    if _OWN_PURPOSE_RE.match(before):
        after = text[end:ceiling]
        comma = after.find(",")
        if comma >= 0:
            tail = after[comma:]
            return (bool(_OWN_CLAIM_ANCHOR_RE.search(tail))
                    or any(start < s and e <= ceiling and s - end >= comma for s, e in own))
    return False


#: Words that name the memory, the time or the throughput of the paper's own work in a claim, also outside a measure's
#: name: "WKVQuant achieves almost comparable memory savings", "delivers notable improvements in inference speed and
#: memory reduction" (lower-case; "memory" only before a noun of its quantity, not "memory-efficient", "memory
#: requirements").
_CLAIMED_FAMILY_RE = re.compile(
    r"(?:(?P<memory>memory(?= (?:savings?|reductions?|usage|footprints?|consumption|efficiency)\b))|"
    r"(?P<time>(?:speeds?|latency|latencies|runtimes?)(?![\w-])|"
    r"faster (?=(?:inference|decoding|generation|training)\b)|(?:inference|decoding|generation) speed-?ups?\b)|"
    r"(?P<throughput>throughputs?)(?![\w-]))")
#: Literals at which :data:`_CLAIMED_FAMILY_RE` is tried (word starts, lower-case).
_CLAIMED_FAMILY_CUES = ("memory", "speed", "latenc", "runtime", "throughput", "faster", "inference", "decoding",
                        "generation")


def _claimed_families(text: str, sentences: list[tuple[int, int]], own: list[tuple[int, int]]) -> set[str]:
    """The measures (``memory``, ``time``, ``training time``, ``throughput``) the text claims for the paper's own work
    in any words (:data:`_CLAIMED_FAMILY_RE`, :func:`is_own_efficiency_claim`).

    Example:
        >>> t = "LLMs need much memory. Experiments show that WKVQuant achieves comparable memory savings."
        >>> sorted(_claimed_families(t, [(0, 22), (23, len(t))], []))
        ['memory']
    """
    out: set[str] = set()
    low = text.lower()
    positions = needle_starts(low, _CLAIMED_FAMILY_CUES)
    if not positions:
        return out
    starts = [a for a, _ in sentences]
    for m in match_at(_CLAIMED_FAMILY_RE, low, positions):
        family = m.lastgroup
        if family in out and family != "time":
            continue
        i = bisect_left(starts, m.start() + 1) - 1
        floor, ceiling = sentences[i] if i >= 0 else (0, len(text))
        if is_own_efficiency_claim(text, m.start(), m.end(), floor=floor, ceiling=ceiling, own=own):
            if family == "time":
                before = max(floor, m.start() - 25)
                training = _TRAINING_BEFORE_RE.search(low, before, m.start()) or low.startswith("training", m.end())
                family = "training time" if training else "time"
            out.add(family)
    return out


def unmeasured_efficiency(text: str, sentences: list[tuple[int, int]], measures: list[tuple[int, int]], *,
                          measured: AbstractSet[tuple[int, int]] = frozenset(),
                          same: Sequence[tuple[tuple[int, int], tuple[int, int]]] = (),
                          own: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The efficiency measures among ``measures`` (METRIC spans, their names :func:`is_efficiency_name`) the paper
    does not measure: none of the spans of their measure (:func:`efficiency_key`) is in ``measured`` (the spans a
    result names as its metric) nor :func:`is_measured_efficiency` in its sentence, none is in the title (the text up
    to its first blank line) nor claimed for the paper's own work (:func:`is_own_efficiency_claim`; ``own``: the spans
    of the paper's proposed names). Per paper (GUIDELINES): a measure that qualifies in one sentence keeps every
    mention. ``same`` pairs spans that name one measure (a long form and its short form: "frames per second (FPS)").

    Example:
        >>> t = "Models have high latency. Ours cuts latency by 2x. Its memory footprint is small."
        >>> spans = [(t.index("latency"), t.index("latency") + 7), (t.rindex("latency"), t.rindex("latency") + 7),
        ...          (t.index("memory"), t.index("memory") + 16)]
        >>> [t[s:e] for s, e in unmeasured_efficiency(t, [(0, 25), (26, 50), (51, len(t))], spans)]
        ['memory footprint']
        >>> t = "Low Latency X\\n\\nModels have high latency. Our model needs less memory."
        >>> spans = [(t.index("Latency"), t.index("Latency") + 7), (t.index("latency"), t.index("latency") + 7),
        ...          (t.index("memory"), t.index("memory") + 6)]
        >>> unmeasured_efficiency(t, [(0, 13), (15, 40), (41, len(t))], spans)
        []
    """
    if not measures:
        return []
    keys = {span: efficiency_key(text[span[0]:span[1]]) for span in measures}
    joined: dict[str, str] = {}
    for a, b in same:
        if a in keys and b in keys:
            ka, kb = keys[a], keys[b]
            if ka != kb:
                joined[max(ka, kb)] = min(ka, kb)
    for span, key in keys.items():
        while key in joined:
            key = joined[key]
        keys[span] = key
    starts = [s for s, _ in sentences]
    title_end = text.find("\n\n")
    done: set[str] = set()
    for span in sorted(measures):
        key = keys[span]
        if key in done:
            continue
        if span in measured:
            done.add(key)
            continue
        i = bisect_left(starts, span[0] + 1) - 1
        floor, ceiling = sentences[i] if i >= 0 else (0, len(text))
        if (is_measured_efficiency(text, span[0], span[1], floor=floor, ceiling=ceiling)
                or (span[1] <= title_end and not _BUDGET_BEFORE_RE.search(text, max(0, span[0] - 30), span[0]))
                or is_own_efficiency_claim(text, span[0], span[1], floor=floor, ceiling=ceiling, own=own)):
            done.add(key)  # measured, named by the title, or claimed for the paper's own work
    if any(key not in done for key in keys.values()):
        done |= _valued_families(text)
    if any(key not in done for key in keys.values()):
        done |= _claimed_families(text, sentences, own)
    if any(key not in done for key in keys.values()):
        done |= _claimed_in_context(text, sentences, measures, keys, done, own, title_end)
    return [span for span in measures if keys[span] not in done]


#: The paper introducing its own work ("we propose EasySpec", "This study introduces three modifications", "motivates
#: us to propose the weak-to-strong jailbreaking attack"; lower-case), not what it studies or observes ("we study
#: LLMs", "we observe that ...").
_OWN_INTRO_RE = re.compile(r"\b(?:we|us|our|this (?:paper|work|study|article))\b[^.;:]{0,60}?\b(?:propos|introduc|"
                           r"present|develop|design|devis|buil[dt]|construct|creat)\w*")
#: Literals one of which every match of :data:`_OWN_INTRO_RE` holds (lower-case).
_OWN_INTRO_CUES = ("propos", "introduc", "present", "develop", "design", "devis", "buil", "construct", "creat")
#: ... whose object is a survey of others' work or a resource to test it, not a method of its own ("This paper presents
#: a comprehensive survey of KV cache compression. These methods reduce memory usage ...", "We build a benchmark of
#: serving systems. These systems ..."): the work an anaphor then names is the others'.
_NOT_OWN_INTRO_OBJECT_RE = re.compile(
    r"\s+(?:an?|the|our|this)?\s*(?:[\w-]+\s+){0,2}?(?:survey|review|overview|taxonomy|tutorial|benchmark|dataset|"
    r"corpus|comparison|evaluation|leaderboard|suite)s?\b")


def _own_sentences(text: str, sentences: list[tuple[int, int]], own: Sequence[tuple[int, int]],
                   title_end: int) -> list[bool]:
    """Per sentence, whether it introduces the paper's own work (:data:`_OWN_INTRO_RE`) or names one of the paper's
    proposed names (``own``); the title's sentences never do."""
    starts = [a for a, _ in sentences]
    flags = [False] * len(sentences)
    for s, _ in own:
        i = bisect_left(starts, s + 1) - 1
        if i >= 0:
            flags[i] = True
    for i, (a, b) in enumerate(sentences):
        if b <= title_end:
            flags[i] = False
        elif not flags[i]:
            low = text[a:b].lower()
            intro = _OWN_INTRO_RE.search(low) if any(cue in low for cue in _OWN_INTRO_CUES) else None
            flags[i] = intro is not None and not _NOT_OWN_INTRO_OBJECT_RE.match(low, intro.end())
    return flags


def _claimed_in_context(text: str, sentences: list[tuple[int, int]], measures: list[tuple[int, int]],
                        keys: dict[tuple[int, int], str], done: set[str], own: Sequence[tuple[int, int]],
                        title_end: int) -> set[str]:
    """The measures claimed for the paper's own work through the sentences before theirs: an anaphoric own subject
    after a sentence in the own voice ("This study introduces ... These variants achieve ... faster training times")
    or a little-cost phrase once the paper has introduced its work ("at minimal additional latency")."""
    flags: list[bool] = []
    starts = [a for a, _ in sentences]
    out: set[str] = set()
    for span in measures:
        key = keys[span]
        if key in done or key in out:
            continue
        i = bisect_left(starts, span[0] + 1) - 1
        if i <= 0:
            continue
        floor, ceiling = sentences[i]
        if floor < title_end or not (_OWN_ANAPHOR_RE.match(text, floor, span[0])
                                     or _OWN_NEGLIGIBLE_RE.search(text, max(floor, span[0] - 60), span[0])):
            continue  # neither form: the sentences before cannot make it a claim
        flags = flags or _own_sentences(text, sentences, own, title_end)
        if is_own_efficiency_claim(text, span[0], span[1], floor=floor, ceiling=ceiling, own=own,
                                   follows_own=flags[i - 1], introduced=any(flags[:i])):
            out.add(key)
    return out


__all__ = ["aggregated_measure", "find_bare_speeds", "efficiency_key", "is_efficiency_name", "is_own_efficiency_claim", "is_measured_efficiency", "unmeasured_efficiency", "find_qualified_measures", "find_evaluated_criteria", "is_unreported_count", "find_listed_criteria", "find_named_measures", "find_reported_measures", "is_premodifier_use", "is_unreported_precision", "is_passing_phrase", "is_loss_name", "is_objective_use", "after_a_change", "find_quantified_measures"]
