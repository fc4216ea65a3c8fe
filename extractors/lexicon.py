"""The curated lexicon of named methods, datasets, metrics and tasks (package data).

Sources, all under ``extractors/patterns/``:

- ``methods.tsv``, ``datasets.tsv``, ``metrics.tsv``, ``tasks.tsv``: curated by hand
  for paperkg (Apache-2.0, like the code). One entry per line, tab-separated:
  ``canonical name``, aliases separated by ``;``, family/parent (may be empty).
  Lines starting with ``#`` are comments. Written by hand from knowledge of the field; a few names
  also come from the human-annotated training corpora (TDMSci, Apache-2.0; the dataset-mention
  corpus of Heddes et al., CC BY 4.0; SciREX, Apache-2.0: names annotated at least twice, always
  with one label; credited in the README). Common words and names ambiguous in abstracts are left
  out or listed only in a distinctive form ("The Pile", "CUHK Avenue", "ISPRS Potsdam").
- ``pwc_methods.jsonl``: methods derived from the Papers with Code methods list
  (2022 copy), CC BY-SA 4.0 — see ``patterns/LICENSE-pwc.md``. Regenerate it with
  :func:`convert_pwc_methods`.

Case rule, applied per alias by :func:`alias_is_case_sensitive`: acronyms, coined
names and single capitalised words (``BERT``, ``Adam``, ``ImageNet``) match only as
written; lower-case phrases (``accuracy``, ``sentiment analysis``) and phrases
capitalised only at word starts (``Low-Rank Adaptation``) match in any case
(sentence starts, title case).

Loaded once per process via :mod:`importlib.resources`, so an installed wheel finds
the files wherever it lives.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from extractors.labels import DATASET, METHOD, METRIC, TASK

#: Curated TSV file per label.
CURATED_FILES = {METHOD: "methods.tsv", DATASET: "datasets.tsv", METRIC: "metrics.tsv", TASK: "tasks.tsv"}
PWC_FILE = "pwc_methods.jsonl"

#: Single words of the PwC list that are ordinary English in an abstract ("Attention", "Primer").
PWC_COMMON_WORDS = frozenset(
    """inpainting hamburger crossbow siren deflation serf retrace demon jigsaw parallax parrot macaw
    florence chimera involution colorization lookahead procrustes coresets herring accordion apollo
    softmax primer adapter electric synthesizer rendezvous convolution gravity grab ontology heatmap
    tofu hydra blender performer attention dropout metrix morphence phish smish fishr fawkes sscs
    ensembling pruning distillation quantization augmentation regularization normalization
    tokenization pooling clustering embedding embeddings sft base etc fork hope glow arch dime cola abc
    amp gps cam als gee ger hoc gic ctrl ali eru esp hgs""".split()
) | frozenset({"contrastive learning", "early stopping", "dense connections", "exponential decay",
               "experience replay", "feedforward network", "knowledge distillation", "weight decay",
               "causal inference", "gated convolution", "structured state space"})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One named thing: canonical ``name``, ``label``, surface ``aliases`` (including the name)."""

    name: str
    label: str
    aliases: tuple[str, ...]
    parent: str | None = None
    source: str = "curated"
    score: float = 0.9


def alias_is_case_sensitive(alias: str) -> bool:
    """True when ``alias`` must match exactly as written.

    Acronyms, coined names and single capitalised words (``Adam``) are
    case-sensitive; lower-case phrases and multi-word phrases capitalised only
    at word starts (``Low-Rank Adaptation``) match in any case.

    Example:
        >>> [alias_is_case_sensitive(a) for a in ("BERT", "Adam", "sentiment analysis", "Low-Rank Adaptation", "Mask R-CNN")]
        [True, True, False, False, True]
    """
    words = re.split(r"[\s-]+", alias)
    if len(words) == 1:
        return any(c.isupper() for c in alias)
    return any(any(c.isupper() or c.isdigit() for c in w[1:]) for w in words)


def parse_tsv_line(line: str, label: str, *, source: str = "curated") -> LexiconEntry | None:
    """One curated TSV line as an entry (None for blank and comment lines).

    Example:
        >>> parse_tsv_line("LoRA\\tLow-Rank Adaptation; low-rank adaptation\\tadapter", "METHOD")
        LexiconEntry(name='LoRA', label='METHOD', aliases=('LoRA', 'Low-Rank Adaptation', 'low-rank adaptation'), parent='adapter', source='curated', score=0.9)
    """
    line = line.rstrip("\n")
    if not line.strip() or line.lstrip().startswith("#"):
        return None
    cols = line.split("\t")
    name = cols[0].strip()
    aliases = [name] + [a.strip() for a in (cols[1].split(";") if len(cols) > 1 else []) if a.strip()]
    parent = cols[2].strip() if len(cols) > 2 and cols[2].strip() else None
    return LexiconEntry(name, label, tuple(dict.fromkeys(aliases)), parent, source)


def _pwc_score(alias: str) -> float:
    if re.fullmatch(r"[A-Z]{2,4}", alias):
        return 0.65
    if re.search(r"[A-Z].*[A-Z]|\d", alias[1:]) or " " in alias:
        return 0.8
    return 0.6


def convert_pwc_methods(rows: Iterable[dict]) -> Iterator[dict]:
    """Papers with Code method rows -> lexicon JSON objects (deterministic, filtered).

    Drops names that are ordinary English words (:data:`PWC_COMMON_WORDS`) and
    one- or two-character names.

    Example:
        >>> list(convert_pwc_methods([{"name": "PFPNet", "full_name": "Parallel Feature Pyramid Network",
        ...     "url": "https://paperswithcode.com/method/pfpnet", "collections": ["Object Detection Models"]}]))
        [{'name': 'PFPNet', 'label': 'METHOD', 'aliases': ['PFPNet', 'Parallel Feature Pyramid Network'], 'parent': 'Object Detection Models', 'url': 'https://paperswithcode.com/method/pfpnet'}]
    """
    for row in rows:
        name = (row.get("name") or "").strip()
        if len(name) < 3 or name.lower() in PWC_COMMON_WORDS:
            continue
        aliases = [name]
        full = (row.get("full_name") or "").strip()
        if full and full.lower() not in PWC_COMMON_WORDS and full != name:
            aliases.append(full)
        collections = row.get("collections") or []
        yield {"name": name, "label": METHOD, "aliases": aliases,
               "parent": collections[0] if collections else None, "url": row.get("url")}


def _read_text(name: str) -> str:
    return resources.files("extractors").joinpath("patterns", name).read_text(encoding="utf-8")


@functools.lru_cache(maxsize=1)
def load_lexicon() -> tuple[LexiconEntry, ...]:
    """Every lexicon entry: curated files first (they win ties), then PwC methods."""
    entries: list[LexiconEntry] = []
    for label, filename in CURATED_FILES.items():
        for line in _read_text(filename).splitlines():
            entry = parse_tsv_line(line, label)
            if entry is not None:
                entries.append(entry)
    for line in _read_text(PWC_FILE).splitlines():
        if line.strip():
            row = json.loads(line)
            aliases = tuple(row["aliases"])
            entries.append(LexiconEntry(row["name"], row["label"], aliases, row.get("parent"), "pwc",
                                        _pwc_score(row["name"])))
    return tuple(entries)


@functools.lru_cache(maxsize=None)
def lexicon_aliases(label: str | None = None, *, family: str | None = None) -> frozenset[str]:
    """Every alias of the lexicon's ``label`` entries (of every entry when None), lower-cased; with ``family``,
    only those of entries of that family (the TSV's third column: ``PARADIGM``).

    The one cache of alias sets the extractors test names against (the proposals' known names and data sets,
    kg_merge's known tasks, the paradigms): it reads :func:`load_lexicon` at call time, so a replaced lexicon (the
    quality harness' ablations) needs only ``lexicon_aliases.cache_clear()``.

    >>> "gsm8k" in lexicon_aliases(DATASET), "gsm8k" in lexicon_aliases(METHOD), "gsm8k" in lexicon_aliases()
    (True, False, True)
    >>> "knowledge distillation" in lexicon_aliases(METHOD, family=PARADIGM), "lora" in lexicon_aliases(METHOD, family=PARADIGM)
    (True, False)
    """
    return frozenset(alias.lower() for entry in load_lexicon() if (label is None or entry.label == label)
                     and (family is None or entry.parent == family) for alias in entry.aliases)


#: The family of the named training, adaptation and learning paradigms (GUIDELINES, session 15: SFT, ICL, KD, PEFT,
#: RL as a technique, contrastive learning, ...): METHODs, but how a model is made, not a part of it (no ``based_on``
#: from "trained with X" or "a X framework") and never a proposal.
PARADIGM = "paradigm"
#: Short forms of paradigms (those that are no lexicon alias are ambiguous alone: ``FFT`` is also the Fast Fourier
#: Transform, ``SSL`` self- or semi-supervised learning, ``RL`` also the field, ``PT`` Point Transformer): a paper's
#: "long (SHORT)" definition gives them the paradigm's meaning (kg_abbreviations, kg_merge.defined_task_acronyms).
PARADIGM_SHORT_FORMS = frozenset("SFT ICL PEFT FFT KD PTQ QAT RL RLHF RLAIF SSL DA TL MTL CPT CL IL AT PT IT".split())
_SHORT_FORM_AFTER = re.compile(r"\s*\([^()]{1,12}\)\Z")
#: A long form in parentheses right after a short form: "KD (knowledge distillation)".
_LONG_FORM_AFTER = re.compile(r"\s*\(([^()]{3,60})\)")


def is_paradigm(name: str, text: str | None = None) -> bool:
    """True when ``name`` (a mention's text, a defined short form after it allowed) names a paradigm.

    With ``text`` (the paper's text), an ambiguous short form (in :data:`PARADIGM_SHORT_FORMS`, no lexicon alias) is
    one only where the paper defines it by a paradigm's name: "knowledge distillation (KD)", "KD (knowledge
    distillation)"; not "Point Transformer (PT)", nor an undefined "KD".

    >>> [is_paradigm(n) for n in ("Knowledge distillation (KD)", "KD", "supervised fine-tuning", "LoRA", "fine-tuning")]
    [True, True, True, False, False]
    >>> t = "Point Transformer (PT) and knowledge distillation (KD); SFT"
    >>> [is_paradigm(n, t) for n in ("PT", "KD", "SFT", "Point Transformer (PT)", "AT")]
    [False, True, True, False, False]
    """
    known = lexicon_aliases(METHOD, family=PARADIGM)
    if name.lower() in known:
        return True
    core = name
    if name.endswith(")"):
        core = _SHORT_FORM_AFTER.sub("", name).strip()
        if core.lower() in known:
            return True
    if core not in PARADIGM_SHORT_FORMS:
        return False
    return text is None or _defined_as_paradigm(core, text, known)


_FUNCTION_WORDS = frozenset("from with of for by on in the a an via using".split())


def folded_name(name: str) -> str:
    """``name``'s content words, lower-cased, singular and joined without spaces or hyphens: the spelling-blind key
    under which two writings of one paradigm's name agree.

    >>> folded_name("Supervised Fine-Tuning") == folded_name("supervised finetuning")
    True
    >>> folded_name("Reinforcement Learning with Human Feedbacks") == folded_name("reinforcement learning from human feedback")
    True
    >>> folded_name("shrink and fine-tune")
    'shrinkandfinetune'
    """
    words = [w for w in re.findall(r"[^\W_]+", name.lower()) if w not in _FUNCTION_WORDS]
    return "".join(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


@functools.lru_cache(maxsize=1024)
def _defined_as_paradigm(short: str, text: str, known: frozenset[str]) -> bool:
    """Whether ``text`` defines ``short`` by one of the paradigm names ``known``, before or after it in parentheses
    (``known`` is a key, so a replaced lexicon is no stale answer)."""
    names = {folded_name(a) for a in known}
    size = len(short)
    pos = text.find(short)
    while pos >= 0:
        end = pos + size
        if (not pos or not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            if text[pos - 1:pos] == "(" and text[end:end + 1] == ")":
                words = text[max(0, pos - 81):pos - 1].split()[-6:]
                if any(folded_name(" ".join(words[i:])) in names for i in range(len(words))):
                    return True
            after = _LONG_FORM_AFTER.match(text, end)
            if after and folded_name(after.group(1)) in names:
                return True
        pos = text.find(short, pos + 1)
    return False


def write_pwc_lexicon(source: Path, target: Path) -> int:
    """Regenerate ``pwc_methods.jsonl`` from the PwC dump at ``source``; returns the entry count."""
    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda r: (r.get("name") or "").lower())
    out = [json.dumps(obj, ensure_ascii=False, sort_keys=True) for obj in convert_pwc_methods(rows)]
    target.write_text("\n".join(out) + "\n", encoding="utf-8")
    return len(out)
