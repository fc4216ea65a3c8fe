"""Find lexicon names: the ``kg_gazetteer`` component.

Why one lower-cased :class:`~spacy.matcher.PhraseMatcher`: a single pass over
the ``LOWER`` attribute finds every alias in any case; case-sensitive aliases
(acronyms, coined names, see :func:`extractors.lexicon.alias_is_case_sensitive`)
are then kept only when the matched text equals a listed surface form. That is
one matcher pass instead of two (``ORTH`` + ``LOWER``), and the per-match check is
a dictionary lookup. A generic architecture used as a premodifier
(``Transformer-based``) is not a mention; a size or version written after a
model name (``Llama 3.1 8B``, ``GPT-3 XL``) extends it. Overlapping matches keep the longest (``BLIP-2`` over
``BLIP``, ``ROUGE-L`` over ``ROUGE``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from extractors._extensions import doc_text, set_span_group, token_starts
from extractors._metrics import (after_a_change, is_objective_use, is_premodifier_use, is_unreported_count,
                                 is_unreported_precision, measure_plural)
from extractors.abbreviations import doc_abbreviations, overrides_lexicon
from extractors.lexicon import PARADIGM, LexiconEntry, alias_is_case_sensitive, folded_name, load_lexicon
from extractors.labels import DATASET, METHOD, METRIC, TASK
from extractors.shapes import DIRECTED_METRIC_RE, SUFFIX_RE, is_generic_compound, list_relabel
from extractors.tokenizer import uncached


#: "full-precision weights", "4-bit precision", "mixed precision training": numeric precision, not the metric.
_NUMERIC_BEFORE_RE = re.compile(
    r"(?:\blow-|\b(?:full|half|mixed|single|double|ultra[- ]low|reduced|arbitrary|numerical|numeric|"
    r"floating[- ]point|fixed[- ]point|machine|\d+[- ]?bits?|bits?|FP\d+|BF16|INT\d+|weights?|activations?)[- ])$",
    re.IGNORECASE,
)
_NUMERIC_AFTER_RE = re.compile(
    r"[- ](?:formats?|weights?|arithmetic|floating|quantization|quantisation|training|inference|levels?|"
    r"integers?|bits?|activations?|models?|baselines?)\b"
    # "very low precision (e.g., 4 bits and 3 bits)"
    r"|\s*\((?:e\.g\.|i\.e\.|such as)?,?\s*(?:(?:FP|INT|BF)[0-9]+|[0-9]+[- ]?bits?\b)",
    re.IGNORECASE,
)


#: A hyphen joining the hit to a longer word it is part of: before it ("log-perplexity", "Tiny-BERT"), or after it
#: a name going on ("AlphaFold-Multimer", "GPT-3.5-Turbo-16k", "AR-LSAT", "gpt-4-turbo", "OPT-IML").
_JOINED_BEFORE_RE = re.compile(r"[A-Za-z0-9]-$")
_COMPARISON_BEFORE_RE = re.compile(r"\w-(?:vs\.?|versus)-$")
_COMPARISON_AFTER_RE = re.compile(r"-(?:vs\.?|versus)-\w")
_NAME_GOES_ON_RE = re.compile(r"-(?:[A-Z0-9]|[a-z]+[0-9])")
#: After a measure or a task any hyphenated word makes a compound ("recall-intensive", "accuracy-driven",
#: "OCR-free"); a number after the hyphen is the measure's own variant ("BLEU-4", "ROUGE-1"), and "F1-score" the measure.
_WORD_GOES_ON_RE = re.compile(r"-(?!scores?\b)[A-Za-z]")


def is_part_of_longer_word(text: str, start: int, end: int, label: str) -> bool:
    """True when the lexicon hit ``text[start:end]`` is only a piece of a longer hyphenated word.

    Such a hit is not a mention: the longer written name is (another finder types it), or the
    word is a compound of another kind ("recall-intensive" is no recall measure). A comparison
    ("compression-vs-accuracy", "accuracy-versus-speedup") joins two words that stay mentions.

    Example:
        >>> t = "AlphaFold-Multimer; log-perplexity; recall-intensive tasks; a BERT-based model; BLEU-4"
        >>> [is_part_of_longer_word(t, s, e, lab) for s, e, lab in
        ...  [(0, 9, "METHOD"), (24, 34, "METRIC"), (36, 42, "METRIC"), (62, 66, "METHOD"), (80, 84, "METRIC")]]
        [True, True, True, False, False]
        >>> t = "compression-vs-accuracy results; accuracy-versus-speedup"
        >>> is_part_of_longer_word(t, 15, 23, "METRIC"), is_part_of_longer_word(t, 33, 41, "METRIC")
        (False, False)
    """
    # both patterns before the hit end in a hyphen (at the hit, or before a newline there, where ``$`` matches too):
    # most hits have neither, and skip the searches
    before = text[start - 1] if start > 0 else ""
    if (before in ("-", "\n") and _COMPARISON_BEFORE_RE.search(text, max(0, start - 9), start)) \
            or _COMPARISON_AFTER_RE.match(text, end):
        return False
    if before == "-" and start > 1 and _JOINED_BEFORE_RE.match(text, start - 2, start):
        return True
    if text.startswith("-", end):
        rx = _NAME_GOES_ON_RE if label in (METHOD, DATASET) else _WORD_GOES_ON_RE
        return bool(rx.match(text, end))
    return False


_WORD_BEFORE_RE = re.compile(r"[A-Za-z]+-$")
#: A capitalised name and a size or a year in one word: "OPT-125M", "ImageNet21k", "COCO2014" (no look-behind:
#: the word start is checked on the few matches, which is cheaper than at every capital). The name takes its
#: letters possessively (``++``): what follows it is no letter, so a match holds the whole run of letters, and
#: a capital whose run is not followed by a size fails at once instead of giving its letters back one by one.
_SIZED_NAME_RE = re.compile(r"(?P<name>[A-Z][A-Za-z]++)-?(?:[0-9]+(?:\.[0-9]+)?[kKMBT]|(?:19|20)[0-9]{2})(?![\w-])")


def _word_end(text: str, start: int, end: int) -> int:
    space = text.find(" ", start, end)
    return end if space < 0 else space


def _written_phrase(doc: Doc, text: str, start: int, end: int, label: str) -> Span | None:
    """A lower-case measure or task of several words written with a hyphenated first word: the whole phrase.

    "pre-training loss", "cross-domain generalization", "Long-Text Generation" are the phrases the
    text names (a single word such as "log-perplexity" or "back-translation" is another word).
    """
    if label in (METHOD, DATASET) or " " not in text[start:end] or text.startswith("-", end):
        return None
    m = _WORD_BEFORE_RE.search(text, max(0, start - 20), start)
    if m is None:
        return None
    return doc.char_span(m.start(), end)


def is_numeric_precision(text: str, start: int, end: int) -> bool:
    """True when the word ``precision`` at ``text[start:end]`` means numeric precision.

    Example:
        >>> t = "full-precision weights; a precision of 91.2; 4-bit precision; precision and recall"
        >>> [is_numeric_precision(t, i, i + 9) for i in (5, 26, 51, 62)]
        [True, False, True, False]
        >>> t = "low-precision formats; low precision and recall"
        >>> [is_numeric_precision(t, i, i + 9) for i in (4, 26)]
        [True, False]
        >>> t = "to very low precision (e.g., 4 bits and 3 bits); at low weight precision; precision (90.2%) and recall"
        >>> [is_numeric_precision(t, t.index("precision", i), t.index("precision", i) + 9) for i in (0, 50, 70)]
        [True, True, False]
    """
    if text[start:end].lower() != "precision":
        return False
    return bool(_NUMERIC_BEFORE_RE.search(text, max(0, start - 24), start)
                or _NUMERIC_AFTER_RE.match(text, end))


#: "used to recall items", "can recall", "recall from a list", "recall then generate", "recall Harry Potter":
#: the verb (or the memory sense), not the measure.
_RECALL_VERB_BEFORE_RE = re.compile(
    r"(?<![\w-])(?:to|can|cannot|could|must|may|might|will|would|should|not|never|better|able to)\s+$", re.IGNORECASE)
_RECALL_VERB_AFTER_RE = re.compile(
    r"\s+(?:from|then|the|a|an|their|its|his|her|these|those|items?|information|knowledge|facts?|"
    r"details?|previously|past)\b|\s+[A-Z][a-z]+\b(?![@\d-])")
#: A time measure named as a setting: "at inference time", "during training time", "at test time".
_TIME_SETTING_BEFORE_RE = re.compile(r"(?<![\w-])(?:at|during|in|on|by)\s+(?:the\s+)?$", re.IGNORECASE)
#: ... or as a premodifier of another noun ("inference time efficiency", "inference time computational challenges").
_TIME_MODIFIER_AFTER_RE = re.compile(
    r"[\s-]+(?:efficiency|compute|computation|computational|scaling|costs?|budgets?|techniques?|methods?|"
    r"interventions?|optimi[sz]ations?|adaptation|search|steering|settings?|regimes?)\b")


#: "FPS" is frames per second with a number ("30 FPS", "600+ FPS", "an FPS of 24"), a comparison ("higher FPS") or a
#: speed it abbreviates ("inference speed (FPS)"); alone it is as often farthest point sampling ("We use FPS to
#: downsample the point cloud") or a game genre ("FPS games").
_FPS_MEASURE_BEFORE_RE = re.compile(
    r"(?:[0-9][0-9.,]*\+?\s*|\b(?:higher|lower|faster|more|fewer|real-time|average|mean|peak|high|low)\s+|"
    r"(?:speed|rate|throughput|second|seconds)\s*\(\s*)$", re.IGNORECASE)
_FPS_MEASURE_AFTER_RE = re.compile(r"\s*(?:\)|(?:of|=|:|is|was|at|by|above|over)?\s*[~≈>]?\s*[0-9])")


#: Capitalised words around a hit, and a short form in parentheses after them.
_CAPITALISED_BEFORE_RE = re.compile(r"(?:[A-Z][\w-]* ){1,4}$")
_CAPITALISED_AFTER_RE = re.compile(r"(?P<words>(?: [A-Z][\w-]*){0,4}) \((?P<short>[A-Za-z][A-Za-z0-9-]{1,9})\)")


def inside_defined_long_form(text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is a word inside a longer capitalised long form defined by its short form.

    "Model FLOPS Utilization (MFU)" names a measure of its own: FLOPS inside it is no mention (the
    abbreviation finder types the long form). The short form must start with the long form's first letter.

    Example:
        >>> t = "resulting in low Model FLOPS Utilization (MFU). We report FLOPS (F) and Word Error Rate (WER)."
        >>> [inside_defined_long_form(t, t.index(w), t.index(w) + len(w)) for w in ("FLOPS", "Word Error Rate")]
        [True, False]
    """
    after = _CAPITALISED_AFTER_RE.match(text, end)
    if after is None:
        return False
    before = _CAPITALISED_BEFORE_RE.search(text, max(0, start - 60), start)
    if before is None and not after.group("words"):
        return False  # the hit is the whole long form
    first = before.group()[0] if before else text[start]
    return first.lower() == after.group("short")[0].lower()


def is_not_a_measure(text: str, start: int, end: int) -> bool:
    """True when the metric word at ``text[start:end]`` is used in another sense than the measure.

    Numeric precision (``4-bit precision``, :func:`is_numeric_precision`), ``recall`` as a verb or
    as remembering (``used to recall items``, ``recall from a list``), and a time measure named as
    a setting or a premodifier (``at inference time``, ``inference time efficiency``).

    Example:
        >>> t = "It learns to recall items; precision and recall of 90%; recall from memory; at inference time."
        >>> [is_not_a_measure(t, s, s + len(w)) for w in ("recall", "precision", "inference time")
        ...  for s in [i for i in range(len(t)) if t.startswith(w, i)]]
        [True, False, True, False, True]
        >>> t = "It improves accuracy without increasing inference time; inference time efficiency."
        >>> [is_not_a_measure(t, s, s + 14) for s in (40, 56)]
        [False, True]
        >>> t = "We use FPS to downsample points; it runs at 600+ FPS, higher FPS than X, inference speed (FPS) of 24"
        >>> [is_not_a_measure(t, s, s + 3) for s in [i for i in range(len(t)) if t.startswith("FPS", i)]]
        [True, False, False, False]
    """
    word = text[start:end].lower()
    if word == "precision":
        return is_numeric_precision(text, start, end)
    if word == "recall":
        return bool(_RECALL_VERB_BEFORE_RE.search(text, max(0, start - 12), start)
                    or _RECALL_VERB_AFTER_RE.match(text, end))
    if word == "fps":
        return not (_FPS_MEASURE_BEFORE_RE.search(text, max(0, start - 24), start) or _FPS_MEASURE_AFTER_RE.match(text, end))
    if word.endswith(" time"):
        # "a 30% reduction in training time" names what changed, not a setting
        return bool((_TIME_SETTING_BEFORE_RE.search(text, max(0, start - 12), start) and not after_a_change(text, start))
                    or _TIME_MODIFIER_AFTER_RE.match(text, end))
    return False


def is_passing_measure(text: str, start: int, end: int, entry: LexiconEntry) -> bool:
    """True when the lexicon measure at ``text[start:end]`` is named in passing, not as a measure evaluated.

    An efficiency measure premodifying another noun ("latency requirements", "GPU memory constraints",
    :func:`extractors._metrics.is_premodifier_use`) and a loss named as a training objective
    ("distillation via KL divergence", "MSE regression", :func:`extractors._metrics.is_objective_use`), and a
    count named without its number ("a reduced parameter count", :func:`extractors._metrics.is_unreported_count`),
    and "precision" named neither with the measures it is reported with nor with a value ("optimizes precision
    layer-wise", :func:`extractors._metrics.is_unreported_precision`).

    Example:
        >>> e = LexiconEntry("latency", METRIC, ("latency",), "efficiency")
        >>> t = "stringent latency requirements; lower latency"
        >>> is_passing_measure(t, 10, 17, e), is_passing_measure(t, 38, 45, e)
        (True, False)
    """
    if entry.parent == "efficiency" and (is_premodifier_use(text, start, end) or is_unreported_count(text, start, end)):
        return True
    if is_unreported_precision(text, start, end):
        return True
    return is_objective_use(text, start, end)


#: A gerund with an object is the verb, not the task: "iteratively denoising random Gaussian noise",
#: "re-ranking multiple forward generations", "by forecasting long-term vessel trajectories".
_GERUND_OBJECT_RE = re.compile(
    r" (?:a|an|the|their|its|his|her|this|these|those|multiple|several|many|all|each|both|some|any|random|"
    r"noisy|long-term|short-term)\b")


def is_not_a_task(text: str, start: int, end: int) -> bool:
    """True when the task word at ``text[start:end]`` is used in another sense than the task.

    A direction before a measure (``text-to-image recall@1``: the measure names the direction) and a
    one-word gerund with an object (``denoising random noise``, ``re-ranking multiple generations``).

    Example:
        >>> t = "by 34.6% in text-to-image recall@1; iteratively denoising random noise; denoising and text-to-image tasks"
        >>> [is_not_a_task(t, s, s + len(w)) for w, s in (("text-to-image", 12), ("denoising", 48), ("denoising", 72),
        ...                                                ("text-to-image", 86))]
        [True, True, False, False]
    """
    if "-to-" in text[start:end]:
        m = DIRECTED_METRIC_RE.match(text, start)
        return m is not None and m.end() > end
    word = text[start:end]
    return word.endswith("ing") and " " not in word and bool(_GERUND_OBJECT_RE.match(text, end))


@dataclass(frozen=True, slots=True)
class _Candidate:
    entry: LexiconEntry
    surface: str
    case_sensitive: bool
    #: offsets of the characters that must be written as in ``surface``: those of its words holding a
    #: capital letter (``F1`` in ``F1 score``); its lower-case words match in any case (``F1 Score``)
    exact: tuple[int, ...] = ()
    #: a CamelCase coinage written with only its first capital ("Imagenet", "Wikitext-103"), else ""
    capitalised: str = ""

    def matches(self, text: str) -> bool:
        """True when ``text`` (equal to ``surface`` but for case) writes this alias as it must be written.

        Example:
            >>> c = _candidate(None, "F1 score")
            >>> [c.matches(t) for t in ("F1 score", "F1 Score", "F1 SCORE", "f1 score")]
            [True, True, True, False]
            >>> c = _candidate(None, "ImageNet")
            >>> [c.matches(t) for t in ("ImageNet", "Imagenet", "imagenet", "IMAGENET")]
            [True, True, False, False]
        """
        if not self.case_sensitive or text == self.surface or text == self.capitalised:
            return True
        if len(text) != len(self.surface):
            return False
        surface = self.surface
        return all(text[i] == surface[i] for i in self.exact)


_WORD_RE = re.compile(r"[^\s-]+")
#: The typographic apostrophe (U+2019) that typeset text writes for the lexicon's "'".
_RIGHT_QUOTE = "\u2019"
#: The multiplication sign that typeset text writes for the lexicon's "x" of a product ("Mixtral 8×7B",
#: "ImageNet 256×256"), and where it stands: between two digits.
_TIMES = "\u00d7"
_PRODUCT_X_RE = re.compile(r"(?<=[0-9])x(?=[0-9])")
_PRODUCT_TIMES_RE = re.compile(r"(?<=[0-9])\u00d7(?=[0-9])")


def _candidate(entry: LexiconEntry | None, alias: str) -> _Candidate:
    sensitive = alias_is_case_sensitive(alias)
    exact = tuple(i for w in _WORD_RE.finditer(alias) if w.group() != w.group().lower()
                  for i in range(w.start(), w.end())) if sensitive else ()
    return _Candidate(entry, alias, sensitive, exact, capitalised_variant(alias))


#: One word of capitalised parts (CamelCase: "ImageNet", not "TuckER" or "RoBERTa"), maybe a hyphenated suffix.
_CAMEL_COINAGE_RE = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:-[0-9A-Za-z.]+)*")


def capitalised_variant(alias: str) -> str:
    """How a CamelCase coinage is often written with its inner capitals dropped, or ``""``.

    Authors write "Imagenet" and "Wikitext-103" for ImageNet and WikiText-103: the same distinctive name.
    Only one-word coinages of six or more characters made of capitalised parts (not acronyms such as
    "BERT", mixed forms such as "TuckER" whose "Tucker" is another method, nor short names such as "PaLM").

    Example:
        >>> [capitalised_variant(a) for a in ("ImageNet", "WikiText-103", "BERT", "PaLM", "RoBERTa", "TuckER", "Mask R-CNN")]
        ['Imagenet', 'Wikitext-103', '', '', '', '', '']
    """
    if len(alias) < 6 or not _CAMEL_COINAGE_RE.fullmatch(alias):
        return ""
    variant = alias[0] + alias[1:].lower()
    return variant if variant != alias else ""


class Gazetteer:
    """Label every lexicon alias in a Doc.

    Reads the tokens; writes ``doc.spans[name]`` with ``attrs["scores"]`` (lexicon
    confidence per entry) and ``attrs["entities"]`` (canonical names), aligned.
    """

    def __init__(self, nlp: Language, name: str = "kg_gazetteer", *, min_score: float = 0.0,
                 entries: tuple[LexiconEntry, ...] | None = None):
        self.name = name
        self.min_score = min_score
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.candidates: dict[str, list[_Candidate]] = {}
        patterns: dict[str, set[str]] = {}
        for entry in load_lexicon() if entries is None else entries:
            if entry.score < min_score:
                continue
            aliases = entry.aliases
            if entry.label == METRIC:  # "memory footprints", "training times", "FIDs": the measure's plural
                aliases = aliases + tuple(p for p in map(measure_plural, aliases) if p)
            for alias in aliases:
                key = alias.lower()
                cands = self.candidates.setdefault(key, [])
                if any(c.surface == alias for c in cands):
                    continue
                cands.append(_candidate(entry, alias))
                patterns.setdefault(key, {key}).add(alias)
        # spaCy's suffix rules depend on case ("GSM8K" -> "GSM8" "K", "gsm8k" stays whole), so
        # every distinct tokenisation of an alias becomes a pattern.
        # Tokenised without the tokenizer's chunk cache: thousands of aliases would fill it.
        tokenizer = nlp.tokenizer
        with uncached(tokenizer):
            for key, forms in sorted(patterns.items()):
                docs = {}
                for form in sorted(forms):
                    doc = tokenizer(form)
                    docs.setdefault(tuple(t.lower_ for t in doc), doc)
                    if "'" in form:  # "WMT’14", "Hub5’00", "Cohen’s kappa": typeset with a right single quote
                        doc = tokenizer(form.replace("'", _RIGHT_QUOTE))
                        docs.setdefault(tuple(t.lower_ for t in doc), doc)
                    if _PRODUCT_X_RE.search(form):  # "Mixtral 8×7B": a product typeset with a multiplication sign
                        doc = tokenizer(_PRODUCT_X_RE.sub(_TIMES, form))
                        docs.setdefault(tuple(t.lower_ for t in doc), doc)
                self.matcher.add(key, list(docs.values()))
        self._strings = nlp.vocab.strings

    def find(self, doc: Doc) -> tuple[list[Span], list[float], list[str]]:
        """Spans, scores and canonical names of lexicon aliases in ``doc`` (pure)."""
        return self.find_with_inner(doc)[:3]

    def find_with_inner(self, doc: Doc) -> tuple[list[Span], list[float], list[str], list[tuple[int, int, str, float]]]:
        """:meth:`find`, and the hits that are only pieces of longer words as ``(start_char, end_char, label, score)``."""
        # (start, end, label, candidate, start_char, end_char): token and character offsets of each hit kept
        found: list[tuple[int, int, str, _Candidate, int, int]] = []
        inner: list[tuple[int, int, str, float]] = []
        strings = self._strings
        full_text = doc_text(doc)
        offsets = token_starts(doc)
        for match_id, start, end in self.matcher(doc):
            key = strings[match_id]
            # the span's offsets without building it (``doc[start:end]`` cost ~7 us, a Token ~2)
            last = doc[end - 1]
            start_char, end_char = offsets[start], last.idx + len(last)
            text = full_text[start_char:end_char]  # ``span.text`` joins the tokens again
            if _RIGHT_QUOTE in text:  # an alias's apostrophe typeset as a right single quote (see __init__)
                text = text.replace(_RIGHT_QUOTE, "'")
            if _TIMES in text:  # a product's "x" typeset as a multiplication sign (see __init__)
                text = _PRODUCT_TIMES_RE.sub("x", text)
            best = None
            for cand in self.candidates[key]:
                if not cand.matches(text):
                    continue
                if best is None or cand.entry.score > best.entry.score:
                    best = cand
            if best is None:
                continue
            label = list_relabel(full_text, start_char, best.entry.label)  # "LLMs such as FLAN": a model
            if label == METRIC and (is_not_a_measure(full_text, start_char, end_char)
                                    or inside_defined_long_form(full_text, start_char, end_char)):
                continue
            if label == METRIC and is_passing_measure(full_text, start_char, end_char, best.entry):
                # no mention, but a known name: the rules must not take "MSE" in "MSE regression" for a new name
                inner.append((start_char, end_char, label, best.entry.score))
                continue
            if label == TASK and is_not_a_task(full_text, start_char, end_char):
                continue
            if not is_generic_compound(full_text, start_char, end_char):
                if label == METHOD:
                    # a size or version written after a known model is part of its name (Llama 3.1 8B)
                    suffix = SUFFIX_RE.match(full_text, end_char)
                    if suffix:
                        longer = doc.char_span(start_char, suffix.end())
                        if longer is not None:
                            end, end_char = longer.end, longer.end_char
                if is_part_of_longer_word(full_text, start_char, end_char, label):
                    wider = _written_phrase(doc, full_text, start_char, end_char, label)
                    if wider is None:
                        # not a mention; the rules still see the known name (up to the word's end) in their candidate
                        inner.append((start_char, _word_end(full_text, start_char, end_char), label, best.entry.score))
                        continue
                    start, start_char = wider.start, wider.start_char
                found.append((start, end, label, best, start_char, end_char))
        inner.extend(self._sized_names(full_text, found, doc))
        # the last candidate of a span names it, the first one labels it (as the SpanGroup did before)
        by_span = {(start, end): c for start, end, _, c, _, _ in found}
        kept = _longest_first(found)
        redefined = self._redefined(doc, full_text, kept, by_span)
        if redefined:
            kept = [k for k in kept if full_text[k[4]:k[5]] not in redefined]
        spans = [Span(doc, start, end, label=label) for start, end, label, _, _, _ in kept]
        scores = [by_span[(start, end)].entry.score for start, end, _, _, _, _ in kept]
        names = [by_span[(start, end)].entry.name for start, end, _, _, _, _ in kept]
        return spans, scores, names, inner

    def _sized_names(self, text: str, found: list[tuple], doc: Doc) -> list[tuple[int, int, str, float]]:
        """Lexicon names written in one word with a size or year ("OPT-125M", "ImageNet21k", "COCO2014").

        The tokenizer keeps such a word whole, so the matcher cannot see the name inside it; it is
        returned like a piece of a longer word, for the rules to extend or type the whole word.
        """
        covered = {start_char for _, _, _, _, start_char, _ in found}
        out = []
        for m in _SIZED_NAME_RE.finditer(text):
            before = text[m.start() - 1:m.start()]
            if m.start() in covered or before.isalnum() or before in ("-", "_"):
                continue
            prefix = m.group("name")
            best = None
            for cand in self.candidates.get(prefix.lower(), ()):
                if not cand.matches(prefix):
                    continue
                if best is None or cand.entry.score > best.entry.score:
                    best = cand
            if best is not None:
                out.append((m.start(), m.start() + len(prefix), best.entry.label, best.entry.score))
        return out

    def _redefined(self, doc: Doc, text: str, kept: list[tuple], by_span: dict) -> set[str]:
        """Short forms the paper defines with another meaning than the lexicon's ("Math Stack Exchange (MSE)").

        Only hits written in parentheses are short forms being defined, so most papers skip the search.
        """
        defined = {}
        for start, end, label, _, start_char, end_char in kept:
            if text.startswith(")", end_char) and text[start_char - 1:start_char] == "(":
                defined[(start_char, end_char)] = by_span[(start, end)].entry
        out = set()
        if not defined:
            return out
        # one search of the whole text: each parenthesis is read within its own sentence, so a
        # definition is the one the sentence alone gives (a search per hit was quadratic, cubic on a
        # text repeating "(RoBERTa)": 20k characters took 6 minutes)
        by_short: dict[int, tuple[int, int, int, int]] = {}
        for pair in doc_abbreviations(doc):  # (found once per Doc: kg_abbreviations reads them too)
            by_short.setdefault(pair[0], pair)
        for (start_char, end_char), entry in defined.items():
            pair = by_short.get(start_char)
            if pair is None:
                continue
            s0, s1, l0, l1 = pair
            long = text[l0:l1]
            long_cands = self.candidates.get(long.lower())
            long_label = max(long_cands, key=lambda c: c.entry.score).entry.label if long_cands else None
            if overrides_lexicon(text[s0:s1], long, entry.label, entry.aliases, long_label) or (
                    entry.parent == PARADIGM and folded_name(long) not in {folded_name(a) for a in entry.aliases}):
                # (a paradigm's short form means it only beside one of its own long forms, in any spelling:
                # "shrink and fine-tune (SFT)" is no supervised fine-tuning, "reinforcement learning with human
                # feedback (RLHF)" is RLHF)
                out.add(text[s0:s1])
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans, scores, names, inner = self.find_with_inner(doc)
        set_span_group(doc, self.name, spans, {"scores": scores, "entities": names, "inner": inner})
        return doc


def _longest_first(found: list[tuple]) -> list[tuple]:
    """:func:`spacy.util.filter_spans` on ``(start, end, ...)`` tuples: no overlaps, longest (then first) wins.

    The same choice, order and tie-breaking as ``filter_spans``, without building
    a ``Span`` for every match first.

    Example:
        >>> _longest_first([(0, 1, "a"), (0, 2, "b"), (1, 3, "c"), (3, 4, "d"), (3, 4, "e")])
        [(0, 2, 'b'), (3, 4, 'd')]
    """
    ordered = sorted(found, key=lambda f: (f[1] - f[0], -f[0]), reverse=True)
    kept = []
    seen: set[int] = set()
    for item in ordered:
        start, end = item[0], item[1]
        if start not in seen and end - 1 not in seen:
            kept.append(item)
            seen.update(range(start, end))
    kept.sort(key=lambda f: f[0])
    return kept


@Language.factory("kg_gazetteer", assigns=["doc.spans"], default_config={"min_score": 0.0})
def make_gazetteer(nlp: Language, name: str, min_score: float) -> Gazetteer:
    """Factory of :class:`Gazetteer` over :func:`extractors.lexicon.load_lexicon`."""
    return Gazetteer(nlp, name, min_score=min_score)
