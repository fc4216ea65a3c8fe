"""Entity resolution: mentions become canonical entities, one node per thing.

Why this approach: names of methods and datasets vary in spelling far more than in
meaning (``Llama 2``/``LLaMA-2``/``llama2``, ``BLIP-2``/``BLIP2``), while a small
change of letters or digits is a different thing (``BERT``/``RoBERTa``,
``LLaMA``/``LLaMA-2``, ``ResNet-50``/``ResNet-101``). So identity is decided only
by evidence that two strings name the same thing, never by shared words:

1. **Normalisation** (:func:`normalize_name`): Unicode NFKC, case folding, unicode
   dashes, and separators (space, hyphen, underscore, slash) removed — except between
   two digits, where one ``-`` stays (``LLaMA-2-7B`` is ``llama2-7b``, not ``llama27b``);
   the last word singular (``LLMs``, ``Transformers``).
2. **Abbreviations**: ``(short, long)`` pairs a paper defines
   (:attr:`Extraction.abbreviations`, and mentions written ``long (SHORT)``) apply
   inside that paper; across the corpus a short form means the long form most
   papers define for it (a majority vote), so ``SR`` defined once as "success rate"
   does not drag "super-resolution" into it.
3. **Lexicon aliases**: :attr:`Mention.entity`, the canonical name an extractor
   knew. A canonical name that is a *part* of the mention (``DINOv2`` → ``DINO``,
   ``mBERT`` → ``BERT``) names the family, not the thing: it becomes a ``variant_of``
   parent instead of an identity.
4. **Corpus-wide votes**: the entity type is the label most mentions give; the
   display name is the lexicon's canonical name, else the most frequent spelling.

Versions and sizes are their own nodes, linked by ``variant_of`` to the nearest
*attested* family (seen as a mention, or known to the lexicon):
``LLaMA-2-7B`` → ``LLaMA-2`` → ``LLaMA``; ``BLIP-2`` → ``BLIP``; an unseen
family is never invented (``GPT-3.5-Turbo`` → ``GPT-3.5`` only if the corpus
names ``GPT-3.5``).

Node ids are ``<entity type>/<slug of the display name>``: content-derived, no
counters, no ``hash()``. Resolution is two passes over the extractions
(:class:`Resolver` collects counts, :meth:`Resolver.finalize` decides), so it
streams over partitioned intermediate files and its result does not depend on
the order extractions arrive in.
"""

from __future__ import annotations

import dataclasses
import functools
import os
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable

from kg.ids import short_hash
from kg.records import LABELS, Extraction, Mention

__all__ = [
    "normalize_name", "depluralize", "slugify", "split_inline_abbreviation", "is_abbreviation", "variant_parents",
    "ResolvedEntity", "Resolution", "Resolver", "resolve_extractions",
]

_DASHES = re.compile("[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d]")
_SEPARATORS = re.compile(r"[\s\-_/:,;'\"`\u00b7]+")
_KEEP = re.compile(r"[^\w.+#@\x00]")
# Patterns of the helpers below, compiled once (they run for every mention of a build).
_LAST_WORD = re.compile(r"([A-Za-z0-9]+)$")
_POSSESSIVE = re.compile(r"'s$")
_DIGIT_SEPARATOR = re.compile(r"(?<=\d)[\s\-_/:]+(?=\d)")
_LOOSE_DOT = re.compile(r"\.(?!\d)|(?<!\d)\.")
_INLINE_ABBREVIATION = re.compile(r"\s*(.+?)\s*\(\s*([^()]+?)\s*\)\s*")
_COMPONENT = re.compile(r"[^\s\-_/:]+")
_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z])(?=\d)")
_DOTTED_NUMBER = re.compile(r"\d+(?:\.\d+)*")
_NON_WORD = re.compile(r"[\W_]")
_LETTER = re.compile(r"[A-Za-z]")
_ACRONYM_PLURAL = re.compile(r"^([A-Z][A-Z0-9]*[A-Z0-9])s$")
_WORD_PLURAL = re.compile(r"^[A-Za-z][a-z]{2,}s$")
_NOT_PLURAL_ENDINGS = ("ss", "us", "is", "as", "os", "ics", "ness")

#: Words that turn a name into a sized or tuned edition of a family (``BERT-base``, ``GPT-3.5-Turbo``).
EDITION_WORDS = frozenset({
    "base", "large", "small", "medium", "tiny", "mini", "nano", "huge", "giant", "xl", "xxl", "xxxl", "turbo",
    "instruct", "chat", "pro", "ultra", "lite", "plus", "max",
})
_VERSION = re.compile(r"^(?:v?\d+(?:\.\d+)*[a-z]{0,2}|\d+x\d+[a-z]?|[sblhgm])$", re.IGNORECASE)


# ----------------------------------------------------------------------------------------------
# Pure helpers
def depluralize(text: str) -> str:
    """``text`` with its last word made singular, when that is safe.

    >>> [depluralize(t) for t in ("LLMs", "Vision Transformers", "strategies", "ResNets", "loss", "analysis", "Atlas")]
    ['LLM', 'Vision Transformer', 'strategy', 'ResNets', 'loss', 'analysis', 'Atlas']
    """
    match = _LAST_WORD.search(text)
    if not match:
        return text
    word = match.group(1)
    head = text[: match.start(1)]
    acronym = _ACRONYM_PLURAL.match(word)
    if acronym and len(acronym.group(1)) >= 2:
        return head + acronym.group(1)
    if not _WORD_PLURAL.match(word) or len(word) < 4 or word.lower().endswith(_NOT_PLURAL_ENDINGS):
        return text
    lower = word.lower()
    if lower.endswith("ies") and len(word) > 4:
        return head + word[:-3] + "y"
    if lower.endswith(("sses", "xes", "ches", "shes")):
        return head + word[:-2]
    return head + word[:-1]


@functools.lru_cache(maxsize=1 << 20)
def normalize_name(text: str) -> str:
    """The identity key of a name: spellings of one name share it, different names don't.

    >>> [normalize_name(t) for t in ("Llama 2", "LLaMA-2", "BLIP2", "LLaMA-2-7B", "Low-Rank Adaptation", "GPT\u20133.5")]
    ['llama2', 'llama2', 'blip2', 'llama2-7b', 'lowrankadaptation', 'gpt3.5']
    >>> normalize_name("ResNet-50") == normalize_name("ResNet-101")
    False
    """
    text = unicodedata.normalize("NFKC", text).strip()
    text = _DASHES.sub("-", text)
    text = _POSSESSIVE.sub("", text)
    text = depluralize(text).casefold()
    # Keep one "-" between two digit runs split by a separator ("2 7b"), drop every other separator.
    text = _DIGIT_SEPARATOR.sub("\x00", text)
    text = _SEPARATORS.sub("", text)
    text = _KEEP.sub("", text).replace("\x00", "-")
    text = _LOOSE_DOT.sub("", text)
    return text


def slugify(text: str) -> str:
    """URL- and IRI-friendly slug of a display name (letters of every script kept).

    >>> [slugify(t) for t in ("LoRA", "LLaMA-2 7B", "GPT-3.5", "C++", "数据集")]
    ['lora', 'llama-2-7b', 'gpt-3-5', 'c-plus-plus', '数据集']
    """
    text = unicodedata.normalize("NFKC", text).replace("+", " plus ").replace("#", " sharp ").casefold()
    return re.sub(r"[\W_]+", "-", text).strip("-")


def is_abbreviation(short: str, long: str) -> bool:
    """Whether ``short`` abbreviates ``long`` (Schwartz & Hearst 2003: characters in order, first at a word start).

    >>> is_abbreviation("LoRA", "Low-Rank Adaptation"), is_abbreviation("PEFT", "parameter-efficient fine-tuning")
    (True, True)
    >>> is_abbreviation("BERT", "RoBERTa"), is_abbreviation("QA", "machine translation")
    (False, False)

    A digit of the short form that the long form does not write is a count or a version, skipped as
    ``extractors.merge.abbreviates`` (the span joiner) skips it, so the two forms it joined are one entity:

    >>> is_abbreviation("A2C", "Ask-to-Choose"), is_abbreviation("E2P", "Embedding-to-Prefix")
    (True, True)

    A trailing number is a size, a version or a year of a variant, not of its family's long form:

    >>> is_abbreviation("ResNet50", "Residual Network"), is_abbreviation("GPT4", "Generative Pre-trained Transformer")
    (False, False)
    """
    if _abbreviates(short.lower(), long.lower(), alnum=True):
        return True
    # only a digit inside the short form ("A2C", "2DMSE") or an exponent ("MoE^2"); a trailing number is a size, a
    # version or a year ("ResNet50", "GPT4", "SDX23"): the variant is not its family's long form
    core = short.rstrip("0123456789")
    return (any(c.isdigit() for c in core) or core.endswith("^")) and _abbreviates(short.lower(), long.lower(), alnum=False)


def _abbreviates(short: str, lf: str, *, alnum: bool) -> bool:
    s = [c for c in short if (c.isalnum() if alnum else c.isalpha())]
    if len(s) < 2 or len(lf) <= len(short):
        return False
    s_idx, l_idx = len(s) - 1, len(lf) - 1
    while s_idx >= 0:
        c = s[s_idx]
        while l_idx >= 0 and (lf[l_idx] != c or (s_idx == 0 and l_idx > 0 and lf[l_idx - 1].isalnum())):
            l_idx -= 1
        if l_idx < 0:
            return False
        s_idx -= 1
        l_idx -= 1
    return True


@functools.lru_cache(maxsize=1 << 18)
def split_inline_abbreviation(text: str) -> tuple[str, str] | None:
    """``(long, short)`` for a mention written ``long form (SHORT)`` or ``SHORT (long form)``, else None.

    >>> split_inline_abbreviation("low-rank adaptation (LoRA)")
    ('low-rank adaptation', 'LoRA')
    >>> split_inline_abbreviation("BLIP-2 (ours)") is None
    True
    """
    match = _INLINE_ABBREVIATION.fullmatch(text)
    if not match:
        return None
    outer, inner = match.group(1), match.group(2)
    if is_abbreviation(inner, outer):
        return outer, inner
    if is_abbreviation(outer, inner):
        return inner, outer
    return None


def _component_starts(name: str) -> list[int]:
    """Start offsets of the name's components: words, and digit runs glued to letters (``BLIP2``, ``DINOv2``)."""
    starts: list[int] = []
    for word in _COMPONENT.finditer(name):
        starts.append(word.start())
        text = word.group(0)
        for boundary in _LETTER_DIGIT.finditer(text):
            pos = boundary.start()
            if text[pos - 1] in "xX" and pos >= 2 and text[pos - 2].isdigit():
                continue  # "8x7B" is one size
            # "DINOv2", "VQAv2": the version starts at the "v".
            if text[pos - 1] in "vV" and pos >= 2 and text[pos - 2].isalpha() and _DOTTED_NUMBER.fullmatch(text[pos:]):
                pos -= 1
            starts.append(word.start() + pos)
    return sorted(set(starts))


def variant_parents(name: str) -> list[str]:
    """Family names of a versioned or sized name, nearest first (never the name itself).

    Only trailing components that look like a version (``2``, ``3.5``, ``v2``), a size
    (``7B``, ``8x7B``, ``L``) or an edition word (``base``, ``Turbo``) are stripped.

    >>> variant_parents("LLaMA-2-7B"), variant_parents("BLIP2"), variant_parents("GPT-3.5-Turbo")
    (['LLaMA-2', 'LLaMA'], ['BLIP'], ['GPT-3.5', 'GPT'])
    >>> variant_parents("DINOv2"), variant_parents("Flamingo80B"), variant_parents("RoBERTa"), variant_parents("T5")
    (['DINO'], ['Flamingo'], [], [])
    """
    name = name.strip()
    starts = _component_starts(name)
    parents: list[str] = []
    end = len(name)
    for start in reversed(starts[1:]):
        component = name[start:end].strip(" -_/:")
        if not (_VERSION.match(component) or component.lower() in EDITION_WORDS):
            break
        parent = name[:start].rstrip(" -_/:")
        if len(_NON_WORD.sub("", parent)) < 2 or not _LETTER.search(parent):
            break
        parents.append(parent)
        end = start
    return parents


# ----------------------------------------------------------------------------------------------
# Results
@dataclass(frozen=True)
class ResolvedEntity:
    """One canonical entity: what becomes a node."""

    node_id: str
    label: str
    entity_type: str
    aliases: tuple[str, ...]
    keys: tuple[str, ...] = ()
    attested: bool = True


@dataclass
class Resolution:
    """The decisions of resolution: key -> entity, and variant links. Resolves mentions of any paper."""

    entities: dict[str, ResolvedEntity] = field(default_factory=dict)
    key_to_node: dict[str, str] = field(default_factory=dict)
    #: (child node id, parent node id), sorted.
    variants: list[tuple[str, str]] = field(default_factory=list)

    def for_assembly(self) -> Resolution:
        """The same decisions without each entity's aliases and keys, which only the final entity nodes need:
        what assembly workers receive (pickled once per worker) and hold.

        >>> from kg.records import Extraction, Mention
        >>> r = Resolver(); r.add(Extraction("p", mentions=(Mention("p", "METHOD", "Llama 2", 0, 7),))); res = r.finalize()
        >>> slim = res.for_assembly()
        >>> slim.entities["method/llama-2"].aliases, slim.resolve("LLaMA-2") == res.resolve("LLaMA-2") == "method/llama-2"
        ((), True)
        """
        entities = {node: dataclasses.replace(e, aliases=(), keys=()) for node, e in self.entities.items()}
        return Resolution(entities, self.key_to_node, self.variants)

    def local_abbreviations(self, extraction: Extraction) -> dict[str, str]:
        """short key -> long key for the abbreviations ``extraction``'s paper defines."""
        return _local_abbreviations(extraction)

    def resolve(self, text: str, *, hint: str | None = None, local: dict[str, str] | None = None) -> str | None:
        """Node id of the entity ``text`` names in a paper (``local``: its abbreviations), or None."""
        key = _effective_key(text, hint, local or {})
        node = self.key_to_node.get(key)
        if node is None and key != normalize_name(text):
            node = self.key_to_node.get(normalize_name(text))
        return node

    def resolve_mention(self, mention: Mention, local: dict[str, str] | None = None) -> str | None:
        """Node id of the entity ``mention`` refers to, or None."""
        return self.resolve(mention_name(mention), hint=mention.entity, local=local)


def _local_abbreviations(extraction: Extraction) -> dict[str, str]:
    local: dict[str, str] = {}
    pairs = list(extraction.abbreviations)
    for m in extraction.mentions:
        inline = split_inline_abbreviation(m.text)
        if inline:
            pairs.append((inline[1], inline[0]))
    for short, long in sorted(pairs):
        s_key, l_key = normalize_name(short), normalize_name(long)
        if s_key and l_key and s_key != l_key and s_key not in local:
            local[s_key] = l_key
    return local


#: The lower-case words closing a span after its name ("dataset", "test set"), as ``kg_mention_spans`` adds them.
_LOWER_TAIL_RE = re.compile(r"(?:[ \t]+[a-z]+)+$")
#: A dataset's head noun closing a span, as ``kg_mention_spans`` adds it (``extractors.merge.DATASET_HEADS``).
_DATASET_HEAD_TAIL_RE = re.compile(
    r"[ \t]+(?:datasets?|data[ \t]+sets?|corpus|corpora|treebanks?|benchmarks?|collections?|databases?|data"
    r"|(?:test|dev|development|training|evaluation|validation)[ \t]+(?:sets?|data)|test[ \t]+collections?)$")


def is_elided_conjunct(text: str, entity: str) -> bool:
    """True when ``entity`` completes the span ``text`` by whole words: the conjunct of an elliptical
    coordination, whose shared words are written once ("[arithmetic], commonsense and symbolic reasoning":
    "arithmetic reasoning"; "natural language understanding and [generation]": "natural language generation";
    "[zero-] and few-shot": "zero-shot"). Such a span names its full name (GUIDELINES, session 16): the scorer reads a gold span so, and
    resolution a span ``kg_merge`` made for it (:func:`mention_name`).

    Example:
        >>> is_elided_conjunct("arithmetic", "arithmetic reasoning"), is_elided_conjunct("generation", "natural language generation")
        (True, True)
        >>> is_elided_conjunct("zero-", "zero-shot"), is_elided_conjunct("SQuAD dataset", "SQuAD"), is_elided_conjunct("GPT", "GPT-4")
        (True, False, False)
    """
    if len(entity) <= len(text) or not text.strip():
        return False
    if entity.startswith(text):
        return text.endswith("-") or entity[len(text)] == " "
    return entity.endswith(text) and entity[-len(text) - 1] == " "


#: The extractor of the spans ``kg_merge`` adds itself: the elided conjuncts of an elliptical coordination.
ELIDED_EXTRACTOR = "kg_merge"


def mention_name(mention: Mention) -> str:
    """The text resolution reads for ``mention``: its surface, or the full name of an elided conjunct (a span
    ``kg_merge`` made for "arithmetic" of "arithmetic and commonsense reasoning", entity "arithmetic reasoning"). A
    finder's hint that completes a span ("translation", hint "machine translation") stays a hint only.

    Example:
        >>> mention_name(Mention("p", "TASK", "arithmetic", 0, 10, extractor="kg_merge", entity="arithmetic reasoning"))
        'arithmetic reasoning'
        >>> mention_name(Mention("p", "TASK", "translation", 0, 11, extractor="kg_gazetteer", entity="machine translation"))
        'translation'
    """
    if mention.extractor == ELIDED_EXTRACTOR and mention.entity and is_elided_conjunct(mention.text, mention.entity):
        return mention.entity
    return mention.text


def bare_text(text: str, hint: str | None) -> str:
    """A mention's name without the published corpora's span convention (``kg_mention_spans``):
    a span that extends its canonical ``hint`` by lower-case words (a dataset's head noun,
    "SQuAD dataset") names the hint, and a name other than its hint before a dataset's head noun (a long form the
    lexicon names by its short form: "Labeled Faces in the Wild dataset", ``LFW``) names the words before the head; a span whose hint is a family name inside its name
    ("ImageNet" of "ImageNet-1k dataset", "COCO" of "MSCOCO dataset") names the words before the
    lower-case ones, and so does a span whose hint is the same name spelt otherwise ("BIG-Bench" of "BIG-bench
    benchmark", "SST-2" of "SST2 datasets": the words keep the paper's spelling). ``long (SHORT)`` spans are
    read by :func:`split_inline_abbreviation`.

    Example:
        >>> bare_text("SQuAD dataset", "SQuAD"), bare_text("DINOv2", "DINO"), bare_text("BERT", None)
        ('SQuAD', 'DINOv2', 'BERT')
        >>> bare_text("ImageNet-1k dataset", "ImageNet"), bare_text("MSCOCO test set", "COCO")
        ('ImageNet-1k', 'MSCOCO')
        >>> bare_text("BIG-bench benchmark", "BIG-Bench"), bare_text("SST2 datasets", "SST-2")
        ('BIG-bench', 'SST2')
        >>> bare_text("word error rate", "WER"), bare_text("COCO", "MSCOCO")
        ('word error rate', 'COCO')
        >>> bare_text("Labeled Faces in the Wild dataset", "LFW"), bare_text("Toronto Face datasets", "TFD")
        ('Labeled Faces in the Wild', 'Toronto Face')
        >>> bare_text("reading comprehension data", "RC"), bare_text("the Gap", "GAP")
        ('reading comprehension data', 'the Gap')
    """
    if not hint or text == hint:
        return text
    if text.startswith(hint) and text[len(hint):len(hint) + 1].isspace() and text[len(hint):].strip().islower():
        return hint
    tail = _LOWER_TAIL_RE.search(text) if text[-1:].islower() else None
    if tail is not None and (hint in text[:tail.start()] or normalize_name(text[:tail.start()]) == normalize_name(hint)):
        return text[:tail.start()]
    head = _DATASET_HEAD_TAIL_RE.search(text, 1) if tail is not None else None
    if head is not None and not text[:head.start()].islower():
        return text[:head.start()]  # a long form named by its short form: "Labeled Faces in the Wild dataset", LFW
    return text


def _hint_kind(key: str, hint_key: str) -> str:
    """``identity``, ``family`` (the hint is a part of the name) or ``ignore`` (the name is a part of the hint)."""
    if not hint_key or hint_key == key:
        return "identity"
    if len(hint_key) >= 2 and hint_key in key:
        return "family"
    if key in hint_key:
        return "ignore"
    return "identity"


def _effective_key(text: str, hint: str | None, local: dict[str, str]) -> str:
    text = bare_text(text, hint)
    inline = split_inline_abbreviation(text)
    if inline:
        text = inline[0]
    key = normalize_name(text)
    if key in local:
        return local[key]
    if hint:
        hint_key = normalize_name(hint)
        if _hint_kind(key, hint_key) == "identity":
            return hint_key
    return key


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def add(self, x: str) -> None:
        self.parent.setdefault(x, x)

    def find(self, x: str) -> str:
        self.add(x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key becomes the root, so the result does not depend on union order.
            ra, rb = sorted((ra, rb))
            self.parent[rb] = ra


def _same_expansion(a: str, b: str) -> bool:
    """Whether two long forms are spellings of one expansion: word by word equal or sharing a 5-letter stem.

    >>> _same_expansion("low-rank adapters", "Low-Rank Adaptation"), _same_expansion("speaker recognition", "speech recognition")
    (True, False)
    """
    wa = re.findall(r"[a-z0-9]+", depluralize(a).casefold())
    wb = re.findall(r"[a-z0-9]+", depluralize(b).casefold())
    if "".join(wa) == "".join(wb):
        return True
    if len(wa) != len(wb) or not wa:
        return False
    return all(x == y or len(os.path.commonprefix([x, y])) >= 5 for x, y in zip(wa, wb))


def _cluster_spellings(votes: Counter, forms: dict[str, Counter]) -> dict[str, list[str]]:
    """Group long-form keys that spell one expansion (see :func:`_same_expansion`), most voted first.

    >>> votes = Counter({"lowrankadaptation": 5, "lowrankadapter": 1, "successrate": 1})
    >>> _cluster_spellings(votes, {"lowrankadapter": Counter({"low-rank adapters": 1}), "lowrankadaptation": Counter({"low-rank adaptation": 5})})
    {'lowrankadaptation': ['lowrankadaptation', 'lowrankadapter'], 'successrate': ['successrate']}
    """

    def form(key: str) -> str:
        seen = forms.get(key)
        return sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if seen else key

    clusters: dict[str, list[str]] = {}
    for key, _ in sorted(votes.items(), key=lambda kv: (-kv[1], kv[0])):
        for rep, members in clusters.items():
            if _same_expansion(form(rep), form(key)):
                members.append(key)
                break
        else:
            clusters[key] = [key]
    return clusters


def _majority(votes: Counter) -> str | None:
    """The most voted key if it beats every other strictly, else None."""
    ranked = sorted(votes.items(), key=lambda kv: (-kv[1], kv[0]))
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


class Resolver:
    """Collects corpus-wide evidence over extractions (pass 1); :meth:`finalize` decides.

    Example:
        >>> from kg.records import Extraction, Mention
        >>> ms = [Mention("p1", "METHOD", t, 0, len(t)) for t in ("LLaMA-2", "Llama 2", "LLaMA", "LLaMA-2-7B")]
        >>> r = Resolver(); r.add(Extraction("p1", mentions=tuple(ms))); res = r.finalize()
        >>> sorted(res.entities)
        ['method/llama', 'method/llama-2', 'method/llama-2-7b']
        >>> res.variants
        [('method/llama-2', 'method/llama'), ('method/llama-2-7b', 'method/llama-2')]
    """

    def __init__(self) -> None:
        self.forms: dict[str, Counter] = defaultdict(Counter)  # effective key -> surface form counts
        self.labels: dict[str, Counter] = defaultdict(Counter)  # effective key -> label votes
        self.hint_votes: dict[str, Counter] = defaultdict(Counter)  # surface key -> identity hint keys
        self.family_hints: dict[str, Counter] = defaultdict(Counter)  # effective key -> family hint keys
        self.hint_names: dict[str, Counter] = defaultdict(Counter)  # hint key -> canonical names
        self.abbreviations: dict[str, Counter] = defaultdict(Counter)  # short key -> long keys
        self.abbreviation_forms: dict[str, Counter] = defaultdict(Counter)  # key -> forms seen in definitions

    def add(self, extraction: Extraction) -> None:
        """Count the evidence of one paper."""
        local = _local_abbreviations(extraction)
        for short_key, long_key in local.items():
            self.abbreviations[short_key][long_key] += 1
        for short, long in extraction.abbreviations:
            self.abbreviation_forms[normalize_name(short)][short] += 1
            self.abbreviation_forms[normalize_name(long)][long] += 1
        for m in extraction.mentions:
            if m.label not in LABELS or not m.text.strip():
                continue
            text = bare_text(mention_name(m), m.entity)
            key = _effective_key(text, m.entity, local)
            if not key:
                continue
            self.forms[key][(split_inline_abbreviation(text) or (text,))[0]] += 1
            self.labels[key][m.label] += 1
            surface_key = normalize_name((split_inline_abbreviation(text) or (text,))[0])
            if m.entity:
                hint_key = normalize_name(m.entity)
                kind = _hint_kind(surface_key, hint_key)
                if kind == "identity":
                    self.hint_votes[surface_key][hint_key] += 1
                    self.hint_names[hint_key][m.entity] += 1
                elif kind == "family":
                    self.family_hints[key][hint_key] += 1
                    self.hint_names[hint_key][m.entity] += 1

    def add_all(self, extractions: Iterable[Extraction]) -> Resolver:
        for extraction in extractions:
            self.add(extraction)
        return self

    def merge(self, other: Resolver) -> Resolver:
        """Add the evidence ``other`` collected (resolvers of disjoint partitions combine into one).

        >>> from kg.records import Extraction, Mention
        >>> parts = [Extraction(p, mentions=(Mention(p, "METHOD", t, 0, len(t)),)) for p, t in (("a", "LLaMA-2"), ("b", "Llama 2"))]
        >>> one = Resolver().add_all(parts[:1]).merge(Resolver().add_all(parts[1:]))
        >>> one.finalize() == Resolver().add_all(parts).finalize()
        True
        """
        for name in ("forms", "labels", "hint_votes", "family_hints", "hint_names", "abbreviations", "abbreviation_forms"):
            mine, theirs = getattr(self, name), getattr(other, name)
            for key, counts in theirs.items():
                mine[key].update(counts)
        return self

    # -- decisions ------------------------------------------------------------------------------
    def finalize(self) -> Resolution:
        """Merge keys into entities, vote types and names, mint ids, link variants."""
        uf = _UnionFind()
        for key in self.forms:
            uf.add(key)
        for key, votes in sorted(self.hint_votes.items()):
            target = _majority(votes)
            if target and target != key:
                uf.union(key, target)
        for short, votes in sorted(self.abbreviations.items()):
            # Spellings of one expansion ("low-rank adaptation"/"low-rank adaption") are one thing;
            # different expansions of one short form ("SR") are not.
            clusters = _cluster_spellings(votes, self.abbreviation_forms)
            for members in clusters.values():
                for member in members[1:]:
                    uf.union(members[0], member)
            cluster_votes = Counter({rep: sum(votes[m] for m in members) for rep, members in clusters.items()})
            target = _majority(cluster_votes)
            if target and short in self.forms and target != short and short not in target:
                uf.union(short, target)

        groups: dict[str, list[str]] = defaultdict(list)
        for key in sorted(uf.parent):
            groups[uf.find(key)].append(key)

        # A group is an entity when something was mentioned under it.
        entities_by_root: dict[str, dict] = {}
        for root, keys in groups.items():
            forms = Counter()
            labels = Counter()
            names = Counter()
            for key in keys:
                forms.update(self.forms.get(key, {}))
                labels.update(self.labels.get(key, {}))
                names.update(self.hint_names.get(key, {}))
            if not forms:
                continue
            entities_by_root[root] = {"keys": keys, "forms": forms, "labels": labels, "names": names}

        # Families known only from the lexicon (DINOv2 -> DINO with no mention of DINO) are attested too.
        family_only: dict[str, Counter] = defaultdict(Counter)
        for root, info in entities_by_root.items():
            for key in info["keys"]:
                for hint_key in self.family_hints.get(key, {}):
                    hroot = uf.find(hint_key)
                    if hroot not in entities_by_root:
                        family_only[hroot].update(info["labels"])
        for hroot, labels in family_only.items():
            keys = groups.get(hroot, [hroot])
            names = Counter()
            for key in keys:
                names.update(self.hint_names.get(key, {}))
            entities_by_root[hroot] = {"keys": keys, "forms": Counter(), "labels": labels, "names": names,
                                       "attested": False}

        # Display name, type, aliases; then ids (collisions get a content hash suffix).
        drafts = []
        for root in sorted(entities_by_root):
            info = entities_by_root[root]
            label = _choose_label(info["names"], info["forms"])
            entity_type = _choose_type(info["labels"])
            aliases = set(info["forms"]) | {label}
            for key in info["keys"]:
                aliases |= set(self.abbreviation_forms.get(key, {}))
            drafts.append((root, label, entity_type, tuple(sorted(a for a in aliases if a.strip())), info))
        # On a slug collision the most mentioned entity keeps the plain slug; the others get a content hash.
        plain: dict[tuple[str, str], str] = {}
        for root, label, entity_type, _, info in sorted(drafts, key=lambda d: (-sum(d[4]["forms"].values()), d[0])):
            plain.setdefault((entity_type, slugify(label)), root)
        resolution = Resolution()
        root_to_node: dict[str, str] = {}
        for root, label, entity_type, aliases, info in drafts:
            slug = slugify(label) or "x"
            if plain[(entity_type, slugify(label))] != root or slug == "x":
                slug = f"{slug}-{short_hash(root, 8)}"
            node_id = f"{entity_type}/{slug}"
            root_to_node[root] = node_id
            resolution.entities[node_id] = ResolvedEntity(node_id, label, entity_type, aliases, tuple(info["keys"]),
                                                          info.get("attested", True))
        for key in uf.parent:
            node = root_to_node.get(uf.find(key))
            if node:
                resolution.key_to_node[key] = node
        for root, node in root_to_node.items():
            resolution.key_to_node.setdefault(root, node)
        resolution.variants = self._variants(resolution, entities_by_root, root_to_node, uf)
        return resolution

    def _variants(self, resolution: Resolution, entities_by_root: dict, root_to_node: dict[str, str],
                  uf: _UnionFind) -> list[tuple[str, str]]:
        links: dict[str, str] = {}
        for root in sorted(entities_by_root):
            info = entities_by_root[root]
            child = root_to_node[root]
            entity = resolution.entities[child]
            candidates: list[tuple[int, int, str]] = []
            names = [entity.label] + [a for a in entity.aliases if a != entity.label]
            for order, name in enumerate(names):
                for depth, parent_name in enumerate(variant_parents(name)):
                    parent = resolution.key_to_node.get(normalize_name(parent_name))
                    if parent and parent != child:
                        candidates.append((depth, order, parent))
                        break
            for key in info["keys"]:
                for hint_key in sorted(self.family_hints.get(key, {})):
                    parent = root_to_node.get(uf.find(hint_key))
                    if parent and parent != child:
                        candidates.append((0, len(names), parent))
            for _, _, parent in sorted(candidates):
                if resolution.entities[parent].entity_type != entity.entity_type:
                    continue
                if _reaches(links, parent, child):
                    continue
                links[child] = parent
                break
        return sorted(links.items())


def _reaches(links: dict[str, str], start: str, target: str) -> bool:
    seen = set()
    node = start
    while node in links and node not in seen:
        seen.add(node)
        node = links[node]
        if node == target:
            return True
    return start == target


def _choose_label(names: Counter, forms: Counter) -> str:
    if names:
        return sorted(names.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    # A name is singular: plural spellings count for their singular ("LLMs" for "LLM").
    singular = Counter()
    for form, count in forms.items():
        singular[depluralize(form)] += count
    # Most frequent spelling; ties prefer capitals (as authors write names), then separators ("BLIP-2" over "BLIP2").
    return sorted(singular.items(), key=lambda kv: (-kv[1], kv[0] == kv[0].lower(), -len(kv[0]), kv[0]))[0][0]


def _choose_type(labels: Counter) -> str:
    if not labels:
        return "method"
    order = {label: i for i, label in enumerate(LABELS)}
    best = sorted(labels.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99)))[0][0]
    return best.lower()


def resolve_extractions(extractions: Iterable[Extraction]) -> Resolution:
    """Resolve every mention of ``extractions`` (one pass to collect, then decide)."""
    return Resolver().add_all(extractions).finalize()
