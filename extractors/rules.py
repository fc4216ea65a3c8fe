"""Find names no lexicon knows, by shape and context: the ``kg_rules`` component.

Why rules: most names in abstracts are new (a paper's own model, a variant, a new
benchmark), and they are recognisable by their shape (:mod:`extractors.shapes`):
acronyms, CamelCase coinages, letters mixed with digits, version and size
suffixes. Their type comes from context, pooled over every occurrence of the
same surface form in the paper (a name is typed once per paper, so "evaluated on
KAMEL" and "KAMEL contains 1k questions" vote together), then from coordination
with a typed name ("GSM8K-XL, FuncQA and KAMEL" inherit DATASET from a list that
holds a known dataset). Without a cue a coined name is a METHOD, the most common
case, with a low confidence.

It also finds lower-case task phrases by their head noun (``scene graph
generation``) and measures named by a modifier (``answer accuracy``).

Confidences (calibrated on the development gold, see ``benchmarks/``): a bare
acronym without cue 0.45 (below ``kg_merge``'s default threshold: an acronym
alone is as often a field, a unit or an organisation), a coinage without cue
0.55, plus 0.08 per unit of cue weight up to 0.85; an extension of a lexicon
name by a size or version (``GPT-3 XL``) 0.8; task phrases 0.55, metric phrases 0.55.
"""

from __future__ import annotations

import bisect
import itertools
import re
from itertools import accumulate

from spacy.language import Language
from spacy.tokens import Doc

from extractors._extensions import doc_text, set_span_group, span_items
from extractors._longforms import defined_as_task, defined_by_common_phrase, long_form_pieces
from extractors._metrics import (
    aggregated_measure,
    find_bare_speeds,
    find_changed_measures,
    find_evaluated_criteria,
    find_listed_criteria,
    find_named_measures,
    find_qualified_measures,
    find_quantified_measures,
    find_reported_measures,
    is_passing_phrase,
)
from extractors._tasks import find_task_list_members, find_task_of_phrases, find_title_tasks, trim_leading_verb
from extractors.labels import DATASET, ENTITY_LABELS, METHOD, METRIC, TASK
from extractors.shapes import (
    DATASET_SHAPE_RE,
    GENERIC_NAMES,
    context_votes,
    has_count_shape,
    find_capitalised_methods,
    find_appositive_methods,
    find_capitalised_datasets,
    find_metric_phrases,
    find_name_candidates,
    is_generic_pair_name,
    find_named_datasets,
    find_plain_dataset_words,
    find_short_dataset_names,
    find_task_phrases,
    task_phrase_score,
    GENERIC_TASK_PHRASES,
    SUFFIX_RE,
    is_generic_compound,
    is_task_modifier,
    list_head_label,
    list_opener_ends,
    _LIST_METHOD_HEADS,
)

_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9]*s?$")
#: A version after a known dataset name: v/V and a number, or after a space one digit and a point
#: ("SQuAD 2.0"), never a score ("StrategyQA 58.9").
_DATASET_VERSION_RE = re.compile(r"(?:[ -][vV][0-9]+(?:\.[0-9]+)*|-[0-9]+(?:\.[0-9]+)*| [0-9]\.[0-9]+)(?![\w@.])")
_LIST_SEP_RE = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*/\s*")

Found = tuple[int, int, str, float]


#: A parameter count written after a name and a space ("LLEMMA 7B", "Mixtral 8x7B", "OPT 125M"): a released model's size.
_SPACED_SIZE_RE = re.compile(r" [0-9]+(?:\.[0-9]+)?(?:[x×][0-9]+)?[BM]$")
#: A model's version or size ending a name ("Qwen2.5", "LLaMA-1", "GPT-4", "Mistral-7B"): one digit or a parameter
#: count after a hyphen or space, not a dataset's count or year ("CIFAR-10", "WMT-2014", "ImageNet-1K", "YFCC15M").
_MODEL_END_RE = re.compile(r"(?:[A-Za-z][-. ]?[0-9](?:\.[0-9]+)?|[- ][0-9]+(?:\.[0-9]+)?[BM])$")
#: A name whose last part is "score" names a measure whatever its context (``BERTScore``, ``GLUEscore``, ``F1-score``,
#: ``MoverScore``): a coinage ends in the measure word as a benchmark's ends in "Bench" (:data:`DATASET_SHAPE_RE`).
METRIC_SHAPE_RE = re.compile(r"(?:[A-Za-z0-9]-?|-)(?:Score|score|SCORE)s?$")


def _base_score(surface: str) -> float:
    """0.45 for a bare acronym, 0.55 for a name with a hyphenated part or a parameter count ("LLEMMA 7B").

    Example:
        >>> [_base_score(s) for s in ("LLEMMA", "LLEMMA 7B", "LLEMMA-7B", "WMT 2014", "Minerva")]
        [0.45, 0.55, 0.55, 0.45, 0.55]
    """
    core = surface.split()[0].split("-")[0]
    return 0.45 if _ACRONYM_RE.match(core) and "-" not in surface and not _SPACED_SIZE_RE.search(surface) else 0.55


def _top_label(votes: dict[str, float], surface: str) -> str:
    """The label with the most votes; a METHOD / DATASET tie goes to METHOD when the name ends in a model's version
    or size ("experiments on the LLaMA-3.1 and Qwen2.5 backbones"), else to DATASET ("On YFCC15M, FLAME ...").

    Example:
        >>> [_top_label({"DATASET": 1.5, "METHOD": 1.5}, s) for s in ("Qwen2.5", "LLaMA-1", "YFCC15M", "CIFAR-10")]
        ['METHOD', 'METHOD', 'DATASET', 'DATASET']
        >>> _top_label({"DATASET": 1.0, "METHOD": 2.0}, "XSUM"), _top_label({"METRIC": 1.0, "TASK": 1.0}, "X")
        ('METHOD', 'METRIC')
    """
    label = max(sorted(votes), key=votes.get)
    if label == DATASET and votes.get(METHOD) == votes[DATASET] and _MODEL_END_RE.search(surface):
        return METHOD
    return label


def find_rule_entities(text: str, known: list[Found] | None = None, inner: list[Found] | None = None) -> list[Found]:
    """Names by shape and context, task phrases and metric phrases, as char spans.

    Args:
        text: the document text.
        known: spans another finder already typed ``(start, end, label, score)``;
            candidates overlapping them are left to that finder, except a size or
            version extension (``GPT-3 XL`` of ``GPT-3``), and they type lists.
        inner: known names that are only pieces of longer written words (the gazetteer's
            ``attrs["inner"]``): like ``known``, but never extended by a modifier on their own.

    Returns:
        ``(start, end, label, score)`` tuples sorted by start.

    Example:
        >>> t = "We evaluate Chain-of-Tools on GSM8K-XL, FuncQA and KAMEL. Chain-of-Tools beats GPT-3 XL."
        >>> [(t[s:e], lab) for s, e, lab, _ in find_rule_entities(t, [(79, 84, "METHOD", 0.9)])]
        [('Chain-of-Tools', 'METHOD'), ('GSM8K-XL', 'DATASET'), ('FuncQA', 'DATASET'), ('KAMEL', 'DATASET'), ('Chain-of-Tools', 'METHOD'), ('GPT-3 XL', 'METHOD')]
    """
    whole = list(known or [])
    known = sorted(whole + list(inner or []))
    known_starts = [k[0] for k in known]
    out: list[Found] = []
    by_surface: dict[str, list[tuple[int, int]]] = {}
    extensions: list[Found] = []
    compounds: dict[tuple[int, int], str] = {}
    named: list[tuple[int, int]] = []
    for start, end in find_named_datasets(text):
        inside = _overlapping(known, known_starts, start, end)
        if any(k[2] != DATASET or (k[0], k[1]) == (start, end) or not (start <= k[0] and k[1] <= end) for k in inside):
            continue
        named.append((start, end))
    named_starts = [n[0] for n in named]
    before_dataset_noun: set[tuple[int, int]] = set()
    candidates = find_name_candidates(text, sized_words=True)
    pieces = long_form_pieces(text, candidates)  # "LArge", "Domain-spEcific" of BLADE's long form: no names
    for start, end in candidates:
        if (start, end) in pieces:
            continue
        i = bisect.bisect_right(named_starts, start) - 1
        if i >= 0 and named[i][0] <= start and end <= named[i][1]:
            if (start, end) != named[i]:
                continue  # "MBTI" of "Kaggle MBTI dataset": the whole phrase is the name
            named.pop(i)
            named_starts.pop(i)
            before_dataset_noun.add((start, end))
        inside = _overlapping(known, known_starts, start, end)
        if inside:
            k = inside[0]
            if any(not (start <= o[0] and o[1] <= end) for o in inside) or (k[0], k[1]) == (start, end):
                continue
            if len(inside) == 1 and k[0] == start and SUFFIX_RE.fullmatch(text, k[1], end):
                extensions.append((start, end, k[2], 0.8))
                continue
            if not is_generic_pair_name(text[start:end]):
                # a new compound around a known name (MAIN-RAG, GSM8K-XL): typed below, known label as a vote;
                # a coinage ending in a task's acronym is a benchmark, not the task ("Encyclopedic-VQA", "NASA-QA");
                # a generic known word says nothing of the model it names ("MT" of "MT-NLG", "LM" of "Megatron-LM")
                shaped = k[2] == TASK and DATASET_SHAPE_RE.search(text, start, end)
                compounds[(start, end)] = DATASET if shaped else k[2]
                continue
        by_surface.setdefault(text[start:end], []).append((start, end))
    for (start, end) in compounds:
        by_surface.setdefault(text[start:end], []).append((start, end))
    votes: dict[str, dict[str, float]] = {}
    for surface, occurrences in by_surface.items():
        acc: dict[str, float] = {}
        if DATASET_SHAPE_RE.search(surface) or (
                # a known model before the count makes it a context length ("Mistral-7B-v0.2-40k", "Claude-100k")
                has_count_shape(surface) and all(compounds.get(o) != METHOD for o in occurrences)):
            acc[DATASET] = 2.0
        elif METRIC_SHAPE_RE.search(surface):
            acc[METRIC] = 2.0
        for start, end in occurrences:
            for label, weight in context_votes(text, start, end).items():
                acc[label] = acc.get(label, 0.0) + weight
            if (start, end) in compounds:
                acc[compounds[(start, end)]] = acc.get(compounds[(start, end)], 0.0) + 1.0
            if (start, end) in before_dataset_noun:
                acc[DATASET] = acc.get(DATASET, 0.0) + 2.0
        votes[surface] = acc
    for k in known:
        if k[2] == DATASET:
            version = _DATASET_VERSION_RE.match(text, k[1])
            if version and not any(x[0] == k[0] and x[1] == version.end() for x in extensions):
                # "Natural Instructions V2", "SQuAD v1", "ImageNet-v2": the version is part of the dataset's name
                extensions.append((k[0], version.end(), DATASET, 0.8))
    extensions.extend(_task_extensions(text, whole))
    extensions.extend(_underscore_sizes(text, extensions))
    free = _free_of(known)
    extensions.extend(_dataset_subsets(text, known, free))
    typed = [(s, e, lab) for s, e, lab, _ in known] + [(s, e, lab) for s, e, lab, _ in extensions]
    labels = {surface: _top_label(v, surface) if v else None for surface, v in votes.items()}
    for surface, occurrences in by_surface.items():
        for start, end in occurrences:
            if labels[surface]:
                typed.append((start, end, labels[surface]))
    typed.sort()
    typed_starts = [t[0] for t in typed]
    listed, plain_members = _list_labels(text, typed, by_surface, labels)
    for surface, occurrences in by_surface.items():
        coord = _coordination_label(text, occurrences, typed, typed_starts)
        if coord is None and labels[surface] is None:
            # an untyped name further down a list whose typed names agree ("SST-2, MNLI, CoNLL-03, and SQuAD")
            coord = next((listed[o] for o in occurrences if o in listed), None)
        if coord is not None:
            votes[surface][coord] = votes[surface].get(coord, 0.0) + 1.5
    for surface, occurrences in by_surface.items():
        v = votes[surface]
        label = _top_label(v, surface) if v else METHOD
        weight = v.get(label, 0.0) - 0.5 * sum(w for lab, w in v.items() if lab != label)
        score = min(0.85, _base_score(surface) + 0.08 * max(0.0, weight))
        if label == METRIC and not v:
            continue
        if label == DATASET and any(defined_by_common_phrase(text, s, e) for s, e in occurrences):
            continue  # "math word problem (MWP)", "knowledge bases (KBs)": a concept's short form, no dataset
        if label == DATASET and not DATASET_SHAPE_RE.search(surface) \
                and any(defined_as_task(text, s, e) for s, e in occurrences):
            continue  # "Audio Description (AD)": "AD datasets" are the task's data, AD no dataset's name
        out.extend((s, e, label, round(score, 3)) for s, e in occurrences)
    out = _with_subsets(text, out, free)
    out.extend(extensions)
    out.extend((s, e, DATASET, 0.7) for s, e in named)
    task_phrases = [(trim_leading_verb(text, s, e), e) for s, e in find_task_phrases(text)]
    out.extend(_phrases(text, known, known_starts, task_phrases, TASK))
    out.extend(_title_tasks(text, known, known_starts, out))
    out.extend(_task_of_phrases(text, known, known_starts, out))
    out.extend(_task_list_members(text, known, known_starts, out))
    metric_phrases = [(s, e) for s, e in find_metric_phrases(text) if not is_passing_phrase(text, s, e)]
    out = _rates_over_tasks(text, out, _phrases(text, known, known_starts, metric_phrases, METRIC))
    qualified = find_qualified_measures(text, [(s, e) for s, e, lab, _ in whole if lab == METRIC])
    out.extend(_phrases(text, known, known_starts, _outside_metrics(qualified, out), METRIC))
    out.extend(_quantified_measures(text, known, known_starts, out))
    out.extend(_reported_measures(text, known, known_starts, out))
    out.extend(_listed_criteria(text, known, known_starts, out))
    out.extend(_phrases(text, known, known_starts, find_capitalised_methods(text), METHOD))
    out.extend((s, e, lab, max(sc, 0.7)) for s, e, lab, sc in
               _phrases(text, known, known_starts, find_appositive_methods(text), METHOD))
    out.extend(_capitalised_datasets(text, known, known_starts))
    out.extend(_plain_dataset_words(text, known, known_starts, out))
    out.extend(_short_dataset_names(text, known, known_starts, out))
    plain_members.extend(_headed_plain_members(text, known, out))
    if plain_members:  # a plain list member another rule found already keeps that rule's reading ("Flickr")
        out.extend(p for p in plain_members if not any(f[0] < p[1] and p[0] < f[1] for f in out))
    return _drop_generic_compounds(text, sorted(out))


#: Capitalised plain words after a known dataset that name its subset ("MMLU Medical Genetics exam", "COCO
#: Captions"): one to three, ending before a lower-case word or punctuation.
_SUBSET_WORDS_RE = re.compile(r"(?: [A-Z][a-z]+){1,3}(?= [a-z(]|[,.;:)]|$)")


_SUBSET_STOP_WORDS = frozenset("Leaderboard Benchmark Benchmarks Dataset Datasets Corpus Challenge Test Set Suite "
                                "Arena Treebank Collection Data Split Subset Track Task Tasks".split())


def _dataset_subsets(text: str, known: list[Found], free) -> list[Found]:
    """A known dataset and the capitalised words after it that name its subset, score 0.8.

    Only in the abstract (a title capitalises every word), and not over another known name (``free``:
    :func:`_free_of` of ``known``).

    Example:
        >>> t = "Title On MMLU Data\\n\\nWe score 69.0% on the MMLU Medical Genetics exam and 80% on MMLU. On MMLU GPT wins."
        >>> k = [(t.index(w, 25), t.index(w, 25) + 4, "DATASET", 0.9) for w in ("MMLU",)] + [(9, 13, "DATASET", 0.9)]
        >>> [t[s:e] for s, e, _, _ in _dataset_subsets(t, k, _free_of(k))]
        ['MMLU Medical Genetics']
    """
    body = text.find("\n\n")
    out = []
    for start, end, label, _ in known:
        if label != DATASET or start < body:
            continue
        if (subset := _subset_end(text, end, free)) is not None:
            out.append((start, subset, DATASET, 0.8))
        elif (code := _KNOWN_CODE_WORDS_RE.match(text, end)) is not None and free(end, code.end()) and (
                not code.group().rsplit(" ", 1)[1].isalpha() or _AFTER_LETTER_CODE_RE.match(text, code.end())):
            out.append((start, code.end(), DATASET, 0.8))  # "TREC DL 2020", "ImageNet ILSVRC2012"
    return out


#: The code words that go on a known dataset's name (:data:`_CODE_WORDS_RE` without a capitalised word with a number:
#: "S3DIS Area5", "ArqMATH3 Task1" name a split of the known dataset, which the gold writes as the dataset).
_KNOWN_CODE_WORDS_RE = re.compile(r"(?: (?:[A-Z][A-Z0-9+]+|(?:19|20)[0-9]{2}))+(?= [a-z(]|[,.;:)]|$)")

#: What may follow a known dataset's code words when the last is letters only ("LFW BLUFR and MegaFace", "PTB WSJ.",
#: "KITTI MOTS sequences"): a boundary, a conjunction, a data noun or a noun of the data's units. Before "by" or a
#: verb the capitals are no part of the name: a measure or a method ("improves ImageNet ZFD by 2.1 points", "on GLUE
#: ZNLU improves accuracy").
_AFTER_LETTER_CODE_RE = re.compile(
    r"[,.;:)]|$| \(| (?:and|or|dataset|benchmark|corpus|split|subset|set|test|track|protocol|leaderboard|task|"
    r"sequence|image|video|question|quer(?:y|ie)|passage|document|sample|clip|scene)s?\b")


def _subset_end(text: str, end: int, free) -> int | None:
    """Where the capitalised subset words after a dataset name ending at ``end`` end (:data:`_SUBSET_WORDS_RE`), or
    None: none, a head noun among them ("the AlpacaEval Leaderboard": the name is the one before), or over a known
    name (``free``: :func:`_free_of`)."""
    m = _SUBSET_WORDS_RE.match(text, end)
    if m is None or not free(end, m.end()) or not _SUBSET_STOP_WORDS.isdisjoint(m.group().split()):
        return None
    return m.end()


def _free_of(known: list[Found]):
    """A test ``free(a, b)``: no span of ``known`` overlaps ``text[a:b]`` (bisection over the starts, with the running
    maximum of the ends for spans that start before ``a``: long texts stay linear).

    Example:
        >>> free = _free_of([(0, 4, "DATASET", 0.9), (10, 12, "METRIC", 0.9)])
        >>> free(4, 10), free(4, 11), free(3, 6)
        (True, False, False)
    """
    spans = sorted((k[0], k[1]) for k in known)
    starts = [a for a, _ in spans]
    reach = list(itertools.accumulate((b for _, b in spans), max))

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_left(starts, a)
        return not (i and reach[i - 1] > a) and (i == len(starts) or starts[i] >= b)
    return free


def _with_subsets(text: str, found: list[Found], free) -> list[Found]:
    """``found`` with each name the rules type DATASET extended by the subset words after it that a known dataset
    takes (:func:`_dataset_subsets`: "BigBench Hard", "CVEFixes Java", "MMLU Medical Genetics exam"), else by the
    capitals, numbered words or year that end its name in the abstract (:data:`_CODE_WORDS_RE`: "MS MARCO"; not over
    a known name: "COCO AP"; ``free``: :func:`_free_of` of the known names).

    Example:
        >>> t = "Title\\n\\nWe beat it on benchmarks like ZorbBench Hard and QuixQA."
        >>> [t[s:e] for s, e, _, _ in _with_subsets(t, [(t.index("Zorb"), t.index(" Hard"), "DATASET", 0.8)], _free_of([]))]
        ['ZorbBench Hard']
    """
    if not any(f[2] == DATASET for f in found):
        return found
    body = text.find("\n\n")
    ends: dict[int, int] = {}
    for s, e, lab, _ in found:
        if lab != DATASET or s < body:
            continue
        if (subset := _subset_end(text, e, free)) is not None:
            ends[s] = subset
        elif (code := _CODE_WORDS_RE.match(text, e)) is not None and free(e, code.end()):
            ends[s] = code.end()  # "MS MARCO", "TREC DL 2020", "NTU RGB+D", "ArqMATH3 Task1"
    out = [(s, ends[s], lab, sc) if lab == DATASET and s in ends else (s, e, lab, sc) for s, e, lab, sc in found]
    grown = sorted((s, ends[s]) for s, e, lab, _ in found if lab == DATASET and s in ends)
    starts = [g[0] for g in grown]
    # a name the extension took in ("MARCO" of "MS MARCO") goes
    return [f for f in out if not ((i := bisect.bisect_left(starts, f[0]) - 1) >= 0 and f[1] <= grown[i][1])]


#: Capitals, a word with a number or a year after a name the rules type DATASET: the rest of its name ("MS MARCO",
#: "TREC DL 2020", "NTU RGB+D", "ImageNet ILSVRC2012", "ArqMATH3 Task1"), ending before a lower-case word or punctuation.
_CODE_WORDS_RE = re.compile(r"(?: (?:[A-Z][A-Z0-9+]+|[A-Z][a-z]*[0-9]+|(?:19|20)[0-9]{2}))+(?= [a-z(]|[,.;:)]|$)")


#: A model name and its size joined by an underscore, as configurations are written ("BERT_BASE", "GPT_LARGE").
_UNDERSCORE_SIZE_RE = re.compile(
    r"(?<![\w/.@-])[A-Z][A-Za-z0-9]*[A-Z0-9][A-Za-z0-9]*_(?:BASE|LARGE|SMALL|TINY|MINI|MEDIUM|XL|XXL|Base|Large|Small|"
    r"Tiny|Mini|Medium|base|large|small|tiny|mini|medium)(?![\w/-])(?!\.\w)"
)


def _underscore_sizes(text: str, found: list[Found]) -> list[Found]:
    """Model names with an underscore-joined size (``BERT_BASE``): METHODs, like ``BERT-base``.

    Example:
        >>> t = "from BERT_BASE to BERT_LARGE; see my_file_base, https://x.org/GPT_BASE and GPT_BASE."
        >>> [t[s:e] for s, e, _, _ in _underscore_sizes(t, [])]
        ['BERT_BASE', 'BERT_LARGE', 'GPT_BASE']
    """
    if "_" not in text:  # most abstracts: the regex's scan of every capitalised word costs ~40 us
        return []
    taken = {(s, e) for s, e, _, _ in found}
    return [(m.start(), m.end(), METHOD, 0.8) for m in _UNDERSCORE_SIZE_RE.finditer(text) if m.span() not in taken]


#: A hyphenated modifier right before a known task ("single-doc QA", "multiple-choice question-answering").
_HYPHENATED_BEFORE_RE = re.compile(r"(?<![\w-])([A-Za-z][a-z]*(?:-[A-Za-z][a-z]*)+) $")


def _task_extensions(text: str, known: list[Found]) -> list[Found]:
    """A known task and the hyphenated modifier before it that names a narrower task.

    The modifier may not grade or qualify (``high-quality``, ``task-specific``, ``LLM-based``;
    see :func:`extractors.shapes.is_task_modifier`) nor be capitalised (in a title it is as often a
    property of the paper's method: ``Linear-Time Sequence Modeling``, ``One-Step Text Generation``).

    Example:
        >>> t = "areas including single-doc QA, multi-doc QA and state-of-the-art QA"
        >>> [t[s:e] for s, e, _, _ in _task_extensions(t, [(27, 29, "TASK", 0.9), (41, 43, "TASK", 0.9), (65, 67, "TASK", 0.9)])]
        ['single-doc QA', 'multi-doc QA']
    """
    out = []
    for start, end, label, _ in known:
        if label != TASK or start < 3 or text[start - 1] != " ":
            continue
        lo = max(0, start - 40)
        if text.find("-", max(lo, text.rfind(" ", lo, start - 1) + 1), start - 1) < 0:
            continue  # no hyphen in the word before the task: a cheap test before the regex's scan of the window
        m = _HYPHENATED_BEFORE_RE.search(text, lo, start)
        if (m is None or not m.group(1)[0].islower() or not is_task_modifier(m.group(1))
                or m.group(1).startswith("well-")):  # "well-established code generation": a grade
            continue
        out.append((m.start(1), end, TASK, 0.8))
    return out


def _task_of_phrases(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Tasks named after "the task of" (:func:`extractors._tasks.find_task_of_phrases`), score 0.7.

    A task the phrase finder already found in the same words keeps its boundaries.

    Example:
        >>> t = "We evaluate summarization and a new task of summary expansion."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _task_of_phrases(t, [], [], [])]
        [('summary expansion', 'TASK', 0.7)]
    """
    spans = _outside(find_task_of_phrases(text), found, TASK)
    return [(s, e, lab, max(score, 0.7)) for s, e, lab, score in _phrases(text, known, starts, spans, TASK)]


def _task_list_members(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Lower-case members of a list the text calls tasks (:func:`extractors._tasks.find_task_list_members`), 0.7.

    A task another finder already found in the same words keeps its boundaries.

    Example:
        >>> t = "We test three tasks, namely text reading, clustering and key points generation."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _task_list_members(t, [], [], [])]
        [('text reading', 'TASK', 0.7), ('clustering', 'TASK', 0.7), ('key points generation', 'TASK', 0.7)]
    """
    spans = _outside(find_task_list_members(text), found, TASK)
    return [(s, e, lab, max(score, 0.7)) for s, e, lab, score in _phrases(text, known, starts, spans, TASK)]


def _title_tasks(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Title Case tasks a title names after "for", "on", "into" or a gerund (:func:`extractors._tasks.find_title_tasks`).

    The title's grammar is a strong cue, so they score 0.7 (a lexicon task they extend, 0.8). Where the
    phrase finder already found a task in the same words, its boundaries stand ("Bidirectional
    Arabic-English Translation" stays "Arabic-English Translation").

    Example:
        >>> t = "ResNLS: An Improved Model for Stock Price Forecasting\\n\\nWe forecast prices."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _title_tasks(t, [], [], [])]
        [('Stock Price Forecasting', 'TASK', 0.7)]
    """
    spans = _outside(find_title_tasks(text), found, TASK)
    return [(s, e, lab, max(score, 0.7)) for s, e, lab, score in _phrases(text, known, starts, spans, TASK)]


def _rates_over_tasks(text: str, found: list[Found], metrics: list[Found]) -> list[Found]:
    """``found`` and the measure phrases ``metrics``, where a rate wins over the task phrase it holds.

    "defect detection rate", "fault detection rate": a rate is no measure without its modifier, so the
    modifier that looks like a task ("defect detection") names the measure, not a task the paper works
    on. The task phrase is dropped and the rate scores 0.75 (the model, which sees "defect detection" alone,
    would otherwise win the overlap).

    Example:
        >>> t = "code coverage rate, and defect detection rate."
        >>> found = [(24, 40, "TASK", 0.6)]
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _rates_over_tasks(t, found, [(0, 18, "METRIC", 0.55), (24, 45, "METRIC", 0.55)])]
        [('code coverage rate', 'METRIC', 0.55), ('defect detection rate', 'METRIC', 0.75)]
    """
    out = list(found)
    for i, (start, end, label, score) in enumerate(metrics):
        if not text.endswith((" rate", " rates"), start, end):
            continue
        inside = [f for f in out if f[2] == TASK and start <= f[0] and f[1] < end]
        if inside:
            out = [f for f in out if f not in inside]
            metrics[i] = (start, end, label, max(score, 0.75))
    return out + metrics


def _quantified_measures(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Measures a number names (:func:`extractors._metrics.find_quantified_measures`), score 0.75.

    The number says the paper reports the measure, so its modifiers are part of it ("10-100x less
    annotation cost", "1.24-2.01x end-to-end speedup"); a metric phrase already found in the same
    words keeps its boundaries.

    Example:
        >>> t = "It needs 10-100x less annotation cost and gives a 2x end-to-end speedup."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _quantified_measures(t, [], [], [])]
        [('annotation cost', 'METRIC', 0.75), ('end-to-end speedup', 'METRIC', 0.75)]
    """
    spans = _outside_metrics(find_quantified_measures(text), found)
    return [(s, e, lab, max(score, 0.75)) for s, e, lab, score in _phrases(text, known, starts, spans, METRIC)]


def _capitalised_datasets(text: str, known: list[Found], starts: list[int]) -> list[Found]:
    """Capitalised names ending in a dataset noun (:func:`extractors.shapes.find_capitalised_datasets`), score 0.7.

    Example:
        >>> t = "Title\\n\\nModels excel on the Polish Medical Leaderboard."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _capitalised_datasets(t, [], [])]
        [('Polish Medical Leaderboard', 'DATASET', 0.7)]
    """
    # a known name with a head word after it ("AlpacaEval Leaderboard") stays the known name
    spans = [(s, e) for s, e in find_capitalised_datasets(text) if not _overlapping(known, starts, s, e)]
    return [(s, e, lab, max(score, 0.7)) for s, e, lab, score in _phrases(text, known, starts, spans, DATASET)]


def _plain_dataset_words(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Plain capitalised words their context names datasets (:func:`extractors.shapes.find_plain_dataset_words`),
    scored as a coinage with its cue (0.55 + 0.08 per unit of DATASET vote), where no finder found anything.

    Example:
        >>> t = "Title\\n\\nWe evaluate on Books and Arxiv, not on English."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _plain_dataset_words(t, [], [], [])]
        [('Books', 'DATASET', 0.67), ('Arxiv', 'DATASET', 0.67)]
    """
    return _scored_as_datasets(text, find_plain_dataset_words(text), known, starts, found)


def _short_dataset_names(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Short letter-digit names their context makes datasets (:func:`extractors.shapes.find_short_dataset_names`: "data
    from C4", "evaluate on P3, MetaICL and ..."), scored like a plain dataset word, where no finder found anything.

    Example:
        >>> t = "Title\\n\\nWe select data from C4 and train T5 models."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _short_dataset_names(t, [], [], [])]
        [('C4', 'DATASET', 0.67)]
    """
    return _scored_as_datasets(text, find_short_dataset_names(text), known, starts, found)


def _scored_as_datasets(text: str, spans: list[tuple[int, int]], known: list[Found], starts: list[int],
                        found: list[Found]) -> list[Found]:
    """``spans`` no known name overlaps and no finder found, as DATASETs scored like a coinage with its cue (0.55 +
    0.08 per unit of DATASET vote, at most 0.85): the plain dataset words and the short dataset names."""
    out = []
    outside = set(_outside(spans, found))
    for s, e in spans:
        if _overlapping(known, starts, s, e) or (s, e) not in outside:
            continue
        weight = context_votes(text, s, e).get(DATASET, 0.0)
        out.append((s, e, DATASET, round(min(0.85, 0.55 + 0.08 * weight), 3)))
    return out


def _reported_measures(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Compound measures the sentence reports (:func:`extractors._metrics.find_reported_measures`) and
    lower-case measures the paper names (:func:`extractors._metrics.find_named_measures`) and measures a number
    reports a change in (:func:`extractors._metrics.find_changed_measures`), score 0.7.

    Example:
        >>> t = "It reduces inference cost by up to 90% but incurs high computational costs."
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _reported_measures(t, [], [], [])]
        [('inference cost', 'METRIC', 0.7)]
        >>> t = "muKE improves edit efficacy by up to 12.33%, improving task accuracy by over 20%."
        >>> known = [(t.index("accuracy"), t.index("accuracy") + 8, "METRIC", 0.9)]
        >>> [t[s:e] for s, e, _, _ in _reported_measures(t, known, [known[0][0]], [])]
        ['edit efficacy']
    """
    # a changed measure is new words: it never widens a lexicon measure ("improving task accuracy by 20%")
    changed = [(s, e) for s, e in find_changed_measures(text) if not _overlapping(known, starts, s, e)]
    spans = _outside_metrics(sorted(set(find_reported_measures(text) + find_named_measures(text) + changed
                                        + find_bare_speeds(text))), found)
    return [(s, e, lab, max(score, 0.7)) for s, e, lab, score in _phrases(text, known, starts, spans, METRIC)]


def _outside_metrics(spans: list[tuple[int, int]], found: list[Found]) -> list[tuple[int, int]]:
    """The spans that overlap no METRIC already found (a metric phrase found there keeps its boundaries).

    Example:
        >>> _outside_metrics([(0, 5), (10, 15)], [(3, 8, "METRIC", 0.6), (10, 12, "TASK", 0.6)])
        [(10, 15)]
    """
    return _outside(spans, found, METRIC)


def _outside(spans: list[tuple[int, int]], found: list[Found], label: str | None = None) -> list[tuple[int, int]]:
    """The spans that overlap no span of ``found`` (of ``label``, when given), in their order.

    ``not any(f[0] < e and s < f[1] for f in found)`` by bisection over ``found`` sorted by start with a
    running maximum of the ends: a scan of every found span per span was quadratic in a long text.

    Example:
        >>> _outside([(0, 5), (10, 15), (20, 22)], [(3, 8, "METRIC", 0.6), (10, 12, "TASK", 0.6), (21, 21, "TASK", 0.5)])
        []
        >>> _outside([(0, 5), (10, 15), (20, 22)], [(3, 8, "METRIC", 0.6), (10, 12, "TASK", 0.6)], "METRIC")
        [(10, 15), (20, 22)]
    """
    spans = list(spans)
    taken = sorted((f[0], f[1]) for f in found if label is None or f[2] == label) if spans else []
    if not taken:
        return spans
    starts = [a for a, _ in taken]
    reach = list(accumulate((b for _, b in taken), max))  # reach[k]: the furthest end among taken[:k + 1]
    out = []
    for s, e in spans:
        k = bisect.bisect_left(starts, e)  # taken[:k] start before e; one of them overlaps if it ends after s
        if not (k and reach[k - 1] > s):
            out.append((s, e))
    return out


def _listed_criteria(text: str, known: list[Found], starts: list[int], found: list[Found]) -> list[Found]:
    """Compound criteria listed with measures (:func:`extractors._metrics.find_listed_criteria`) and quality
    criteria an evaluation judges (:func:`extractors._metrics.find_evaluated_criteria`), score 0.7.

    Example:
        >>> t = "five aspects: syntactic correctness, test correctness, and code coverage rate."
        >>> rate = (t.index("code"), t.index("rate") + 4, "METRIC", 0.55)
        >>> [(t[s:e], lab, sc) for s, e, lab, sc in _listed_criteria(t, [], [], [rate])]
        [('syntactic correctness', 'METRIC', 0.7), ('test correctness', 'METRIC', 0.7)]
        >>> t = "Raters compare them across metrics of conciseness, factual correctness, and accuracy."
        >>> acc = (t.index("accuracy"), t.index("accuracy") + 8, "METRIC", 0.9)
        >>> [t[s:e] for s, e, _, _ in _listed_criteria(t, [acc], [acc[0]], [])]
        ['conciseness', 'factual correctness']
    """
    measures = sorted((f[0], f[1]) for f in known + found if f[2] == METRIC)
    listed = find_listed_criteria(text, measures)
    spans = sorted(set(listed) | set(_outside_metrics(find_evaluated_criteria(text), known + found)))
    return [(s, e, lab, max(score, 0.7)) for s, e, lab, score in _phrases(text, known, starts, spans, METRIC)]


def _overlapping(known: list[Found], starts: list[int], start: int, end: int) -> list[Found]:
    """Known spans overlapping ``[start, end)``; ``known`` sorted by start, ``starts`` its start offsets."""
    out = []
    i = bisect.bisect_left(starts, end) - 1
    # known spans may nest, so look back a few spans rather than stopping at the first miss
    for k in known[max(0, i - 8):i + 1]:
        if k[0] < end and start < k[1]:
            out.append(k)
    return out


def _phrases(text: str, known: list[Found], starts: list[int], spans: list[tuple[int, int]], label: str) -> list[Found]:
    out = []
    for start, end in spans:
        phrase = text[start:end].lower()
        if phrase in GENERIC_TASK_PHRASES:
            continue
        overlapping = _overlapping(known, starts, start, end)
        if any(k[2] != label or not (start <= k[0] and k[1] <= end) for k in overlapping):
            continue
        if any(k[0] == start and k[1] == end for k in overlapping):
            continue
        # a phrase that extends a known name of the same label is a narrower task/measure
        if overlapping:
            score = 0.8
        elif label == TASK:
            score = task_phrase_score(text, start, end)
        else:
            score = 0.55
        out.append((start, end, label, score))
    return out


def _coordination_label(text: str, occurrences: list[tuple[int, int]], typed: list[tuple[int, int, str]],
                        starts: list[int]) -> str | None:
    """The label of a typed name next to an occurrence in a list ("A, B and C"), or None.

    The comma after a sentence's opening phrase joins no list ("On ImageNet-1K, NViT-Base achieves ...", "To improve
    accuracy, FooNet uses ...").

    Example:
        >>> t = "On ImageNet-1K, NViT-Base achieves 80%. We use ImageNet-1K, NViT-Base and X."
        >>> typed = [(3, 14, "DATASET"), (47, 58, "DATASET")]
        >>> [_coordination_label(t, [(s, s + 9)], typed, [3, 47]) for s in (16, 60)]
        [None, 'DATASET']
    """
    for start, end in occurrences:
        i = bisect.bisect_left(starts, end)
        # the next typed span after the occurrence, and the closest one ending before it
        if i < len(typed) and typed[i][0] - end <= 8 and _LIST_SEP_RE.fullmatch(text, end, typed[i][0]) \
                and not (text[end] == "," and _opening_phrase(text, start)):
            return typed[i][2]
        for s, e, lab in reversed(typed[max(0, i - 8):i]):
            if e <= start:
                if start - e <= 8 and _LIST_SEP_RE.fullmatch(text, e, start) \
                        and not (text[e] == "," and _opening_phrase(text, s)):
                    return lab
                break
    return None


#: A sentence's opening preposition, right before a name: "On ImageNet-1K, X ...", "Unlike the SAEs, X ..."; or its
#: opening purpose: "To reduce latency, X ...", "To further improve the accuracy, X ...".
_OPENING_PREPOSITION_RE = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:(?:On|In|For|Across|Over|Under|Unlike|Like|Compared (?:to|with)|Beyond|Besides|Against|"
    r"After|Through|Via|From|At|With|Using|Among|Relative to|Similar to|Apart from)(?: the| both| all)?|"
    r"(?:To|In order to)(?: [a-z][\w-]*){1,3}) $")


def _opening_phrase(text: str, start: int) -> bool:
    """True when the name at ``start`` is the object of a sentence's opening preposition ("On YFCC15M, ...")."""
    return text[start - 1:start] == " " and _OPENING_PREPOSITION_RE.search(text, max(0, start - 30), start) is not None


#: A plain capitalised word or a short letters-and-digits name (neither is name-shaped alone: "Alpaca", "Habitat",
#: "T0", "P3") joined to a list by a separator, after the list's last member or before its first; the capitalised
#: word may be a Title-Case hyphenated compound of up to three words, which no finder takes either ("Bert-Base",
#: "Max-Margin", "Group-Query-Attention": session 18, tuning gold METHODs in lists of typed names).
_PLAIN_MEMBER = r"(?:[A-Z][a-z]{2,}(?:-[A-Z][a-z]+){0,2}|[A-Z]{1,2}[0-9]{1,2})"
#: Not the first word of a longer capitalised name ("Diagnol State Spaces"), nor a sentence's first word ("Specifically, ").
_PLAIN_NEXT_RE = re.compile(
    rf"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)({_PLAIN_MEMBER})(?![\w@/-]|\.\w|\s+[A-Z0-9])")
_PLAIN_BEFORE_RE = re.compile(
    rf"(?<![\w@/.-])({_PLAIN_MEMBER})(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$")
#: How a list separator (:data:`_LIST_SEP_RE`) can end before a member and start after one.
_SEPARATOR_ENDS = (", ", ",", " and ", " or ", " & ", ",\n")
_SEPARATOR_STARTS = (",", " and ", " or ", " & ", "\nand ", "\nor ")
#: A sentence's first word ("Specifically, ..."; not after "e.g." or "i.e."; the text's first word is one too: an abstract
#: given without its title, "Recently, ChatGPT has ...").
_SENTENCE_START_RE = re.compile(r"(?:(?<!e\.g)(?<!i\.e)[.!?:;]\s+|\n)$")
#: Capitalised words that stand in lists of names without being one (languages, the abstract's own words).
_NOT_PLAIN_MEMBERS = frozenset("""English Chinese Japanese Korean French German Spanish Italian Portuguese Russian Arabic
    Hindi Vietnamese Thai Indonesian Turkish Dutch Polish Swahili Bengali Urdu Persian Hebrew Greek Latin Czech Finnish
    Swedish Ukrainian Tamil Telugu Yoruba Amharic Hausa Malay Filipino Africa Asia Europe America China India Japan
    Python Java Rust Linux Windows Android Wikipedia Reddit Twitter Table Figure Section Appendix Our Ours The This
    These Both Each Then Finally However Moreover Furthermore Additionally Experiments Results""".split())


#: The word before a plain member that makes it part of a longer phrase: a capitalised word ("Street View Text",
#: "a frozen Large Language Model") or a determiner ("the Attention and MLP activations").
_PLAIN_PHRASE_BEFORE_RE = re.compile(r"(?:\b[A-Z][\w.-]*|\b(?:[Tt]he|an?|our|their|its|this|these|each|every)) $")


def _plain_member(text: str, start: int, end: int, body: int) -> bool:
    word = text[start:end]
    return (start >= body and word not in _NOT_PLAIN_MEMBERS and word not in GENERIC_NAMES
            and not _PLAIN_PHRASE_BEFORE_RE.search(text, max(0, start - 30), start))


def _list_labels(text: str, typed: list[tuple[int, int, str]], by_surface: dict[str, list[tuple[int, int]]],
                 labels: dict[str, str | None]) -> tuple[dict[tuple[int, int], str], list[Found]]:
    """Lists of names ("A, B, C and D") whose typed members all have one label, read whole.

    :func:`_coordination_label` reads only a typed neighbour, so a list breaks at its first untyped
    name. Here a list's members are typed spans and untyped name candidates joined by
    :data:`_LIST_SEP_RE` (at most 8 characters apart), extended at either end by plain capitalised
    words and short letters-and-digits names (:data:`_PLAIN_MEMBER`, in the abstract only). Returns the
    label the typed members share for every untyped candidate of such a list, and the plain members of
    a list of METHODs or DATASETs as found names (score 0.6). Lists whose typed members disagree, or with
    none typed, give nothing.

    Example:
        >>> t = "T\\n\\non SST-2, MNLI, CoNLL-03, and SQuAD; LLaMA, Alpaca and Vicuna; on Spider and CoSQL. Specifically, the Attention and Street View Text and BERT."
        >>> typed = [(t.index("SQuAD"), t.index("SQuAD") + 5, "DATASET"), (t.index("LLaMA"), t.index("LLaMA") + 5, "METHOD"),
        ...          (t.index("CoSQL"), t.index("CoSQL") + 5, "DATASET")]
        >>> occ = {w: [(t.index(w), t.index(w) + len(w))] for w in ("SST-2", "MNLI", "CoNLL-03")}
        >>> listed, plain = _list_labels(t, typed, occ, dict.fromkeys(occ))
        >>> sorted((t[s:e], lab) for (s, e), lab in listed.items())
        [('CoNLL-03', 'DATASET'), ('MNLI', 'DATASET'), ('SST-2', 'DATASET')]
        >>> [(t[s:e], lab) for s, e, lab, _ in plain]
        [('Alpaca', 'METHOD'), ('Vicuna', 'METHOD'), ('Spider', 'DATASET')]
    """
    body = text.find("\n\n")
    body = body + 2 if body >= 0 else 0
    items = sorted([(s, e, lab) for s, e, lab in typed] +
                   [(s, e, None) for surface, occ in by_surface.items() if labels[surface] is None for s, e in occ])
    listed: dict[tuple[int, int], str] = {}
    plain: list[Found] = []
    chain: list[tuple[int, int, str | None]] = []
    weak: list[tuple[int, int]] = []
    previous_end = 0

    def close() -> None:
        if len(chain) + len(weak) < 2:
            return
        found = {lab for _, _, lab in chain if lab is not None}
        if len(found) == 1:
            label = found.pop()
            listed.update(((s, e), label) for s, e, lab in chain if lab is None)
            if label in (METHOD, DATASET):
                plain.extend((s, e, label, 0.6) for s, e in weak)

    def extend_before(start: int) -> None:
        while text.endswith(_SEPARATOR_ENDS, 0, start):  # a cheap test first: most names follow no separator
            m = _PLAIN_BEFORE_RE.search(text, max(previous_end, body, start - 30), start)
            if m is None or not _plain_member(text, m.start(1), m.end(1), body) or not m.start(1) or (
                    _SENTENCE_START_RE.search(text, max(0, m.start(1) - 6), m.start(1))):
                return
            weak.append(m.span(1))
            start = m.start(1)

    def opening_comma(end: int, after: int) -> bool:
        # "In LLaMA, Attention is ...", "For BERT, Pre-Training ...": the comma ends a sentence's opening phrase when
        # no separator follows the next word ("In LLaMA, Alpaca and Vicuna, ..." is a list)
        return (len(chain) == 1 and not weak and text.startswith(",", end) and not text.startswith(_SEPARATOR_STARTS, after)
                and _opening_phrase(text, chain[0][0]))

    for item in items:
        if chain:
            last_end = max(chain[-1][1], weak[-1][1] if weak and weak[-1][0] > chain[-1][0] else 0)
            if item[0] < chain[-1][1]:
                continue  # overlaps the last member (a known name inside a longer one)
            while item[0] - last_end > 8 or not _LIST_SEP_RE.fullmatch(text, last_end, item[0]):
                m = _PLAIN_NEXT_RE.match(text, last_end) if text.startswith(_SEPARATOR_STARTS, last_end) else None
                if m is None or m.end() > item[0] or not _plain_member(text, m.start(1), m.end(1), body) or (
                        opening_comma(last_end, m.end(1))):
                    break
                weak.append(m.span(1))
                last_end = m.end(1)
            else:
                chain.append(item)
                continue
            close()
            previous_end = last_end
        chain, weak = [item], []
        extend_before(item[0])
    if chain:
        last_end = chain[-1][1]
        while text.startswith(_SEPARATOR_STARTS, last_end) and (m := _PLAIN_NEXT_RE.match(text, last_end)) and _plain_member(text, m.start(1), m.end(1), body) and not opening_comma(last_end, m.end(1)):
            weak.append(m.span(1))
            last_end = m.end(1)
        close()
    plain.sort()
    return listed, plain


#: A plain member right after a list opener or a separator (:data:`_PLAIN_MEMBER`, as :data:`_PLAIN_NEXT_RE` reads it).
_HEADED_PLAIN_RE = re.compile(rf"(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+| ?)({_PLAIN_MEMBER})(?![\w@/-]|\.\w|\s+[A-Z0-9])")
#: A lower-case word between such a member and the list's next separator is a noun the member modifies: the item is
#: a longer phrase ("strongly correlated systems: Frohlich polaron, Rashba-Pekar exciton-polaron", "feature detectors,
#: such as Gabor filters [14]"; not "systems such as BM25 rely on ...").
_HEADED_MEMBER_NOUN_RE = re.compile(r"\s+[a-z][\w-]*(?:\s*[,;:.)\[(]|\s+(?:and|or)\s)")
_PLAIN_MEMBER_RE = re.compile(_PLAIN_MEMBER)
#: A parenthesis of names right after a METHOD list head ("two state-of-the-art algorithms (Edge-Popup and Biprop)"); not
#: "frameworks" or "systems", which hold software there as often ("deep learning frameworks (Pytorch and Tensorflow)").
_METHOD_HEAD_BEFORE_RE = re.compile(
    r"\b(?:%s)$" % "|".join(h for h in _LIST_METHOD_HEADS.split("|") if h not in ("frameworks", "systems")))
#: :data:`extractors.shapes.GENERIC_NAMES` in any case ("Pytorch", "Tensorflow", "Keras" written as the paper spells them).
_GENERIC_NAMES_FOLDED = frozenset(name.casefold() for name in GENERIC_NAMES)
#: A method noun right after a member: the list's members are the kinds that noun is ("approaches such as
#: Statistical and Neural methods", "including Supervised and Hybrid ones"), none a name.
_KIND_NOUN_AFTER_RE = re.compile(
    rf"\s+(?:{_LIST_METHOD_HEADS}|model|method|approach|technique|algorithm|architecture|network|system|ones?)\b")
#: The last part of an adjectival compound: "Rule-Based", "Context-Aware", "Training-Free" describe, never name.
_ADJECTIVE_PART_RE = re.compile(
    r"-(?:Based|Aware|Free|Driven|Guided|Level|Wise|Specific|Agnostic|Style|Like|Only|Oriented|Centric|Dependent|"
    r"Independent)\Z")


def _headed_plain_members(text: str, known: list[Found], found: list[Found]) -> list[Found]:
    """Plain members of a list its head noun types METHOD, score 0.6 ("parameter-efficient tuning methods such as
    Adapter and Lora", "rival techniques such as Focus, which ...", "two algorithms (Edge-Popup and Biprop)").

    :func:`_list_labels` types plain members (:data:`_PLAIN_MEMBER`) only beside a typed member, and no finder
    takes a plain word alone. Here the plain members right after a list opener whose head is a METHOD noun
    (:func:`list_head_label`: "methods such as", "models, including", "algorithms (e.g.") are typed up to the
    first other item, and so is a parenthesis right after such a head whose every part is a plain member or a
    typed name. Only METHOD heads (a dataset head's plain words are left to the dataset rules); in the abstract
    only, with :func:`_plain_member`'s guards (no language, sentence's first word or determiner before), and no
    generic name in any case ("Pytorch").

    Example:
        >>> t = "T\\n\\nWe compare with parameter-efficient tuning methods such as Adapter and Lora on GLUE."
        >>> [t[s:e] for s, e, _, _ in _headed_plain_members(t, [], [])]
        ['Adapter', 'Lora']
    """
    body = text.find("\n\n")
    body = body + 2 if body >= 0 else 0
    out: list[Found] = []
    taken = known + found
    # the taken spans sorted, the furthest end among the first k + 1 and their bounds, built at their first use: a
    # scan of every taken span per member was quadratic in a long text's lists
    starts: list[int] = []
    reach: list[int] = []
    bounds: set[tuple[int, int]] | None = None

    def taken_bounds() -> set[tuple[int, int]]:
        nonlocal bounds
        if bounds is None:
            bounds = {(k[0], k[1]) for k in taken}
            ordered = sorted(bounds)
            starts[:] = [a for a, _ in ordered]
            reach[:] = accumulate((b for _, b in ordered), max)
        return bounds

    def overlaps_taken(s: int, e: int) -> bool:
        taken_bounds()
        k = bisect.bisect_left(starts, e)  # the taken spans that start before e; one of them ends after s?
        return k > 0 and reach[k - 1] > s

    for end in list_opener_ends(text):
        if end < body or not text[end:end + 3].lstrip(" ,")[:1].isupper():
            continue  # a cheap test first: most openers are followed by no capital
        pos, members = end, []
        while (m := _HEADED_PLAIN_RE.match(text, pos)) is not None:
            s, e = m.span(1)
            if _KIND_NOUN_AFTER_RE.match(text, e) or _ADJECTIVE_PART_RE.search(text, s, e):
                members = []  # "such as Rule-Based, Statistical and Neural methods": kinds of methods, no names
                break
            if not _plain_member(text, s, e, body) or text[s:e].casefold() in _GENERIC_NAMES_FOLDED \
                    or overlaps_taken(s, e) or _HEADED_MEMBER_NOUN_RE.match(text, e):
                break
            if list_head_label(text, s) != METHOD:
                break
            members.append((s, e, METHOD, 0.6))
            pos = e
        out.extend(members)
    paren = text.find(" (", body)
    while paren >= 0:
        start, paren = paren + 2, text.find(" (", paren + 2)
        close = text.find(")", start, start + 81)
        if text[start - 3] != "s" or close < 0 or "(" in text[start:close] or not _METHOD_HEAD_BEFORE_RE.search(
                text, max(0, start - 30), start - 2):  # every head noun ends in "s": a cheap test first
            continue
        parts, pos = [], start
        for sep in _LIST_SEP_RE.finditer(text, start, close):
            parts.append((pos, sep.start()))
            pos = sep.end()
        parts.append((pos, close))
        plain = [(s, e) for s, e in parts if _PLAIN_MEMBER_RE.fullmatch(text, s, e) and _plain_member(text, s, e, body)
                 and text[s:e].casefold() not in _GENERIC_NAMES_FOLDED and not _ADJECTIVE_PART_RE.search(text, s, e)
                 and not overlaps_taken(s, e)]
        if len(parts) >= 2 and all((s, e) in plain or (s, e) in taken_bounds() for s, e in parts):
            out.extend((s, e, METHOD, 0.6) for s, e in plain)  # "two state-of-the-art algorithms (Edge-Popup and Biprop)"
    return out


def _drop_generic_compounds(text: str, found: list[Found]) -> list[Found]:
    return [f for f in found if not is_generic_compound(text, f[0], f[1])]


class RuleFinder:
    """Type names by shape and context (see :func:`find_rule_entities`).

    Reads ``doc.text`` and the spans of the groups in ``known_groups`` (default
    ``kg_gazetteer``); writes ``doc.spans[name]`` with aligned ``attrs["scores"]`` and ``attrs["entities"]``
    (the measure an aggregated measure phrase reports, :func:`extractors._metrics.aggregated_measure`, else None).
    """

    def __init__(self, name: str = "kg_rules", *, known_groups: tuple[str, ...] = ("kg_gazetteer",)):
        self.name = name
        self.known_groups = tuple(known_groups)

    def __call__(self, doc: Doc) -> Doc:
        known: list[Found] = []
        inner: list[Found] = []
        for group_name in self.known_groups:
            if group_name in doc.spans:
                group = doc.spans[group_name]
                scores = group.attrs.get("scores") or [1.0] * len(group)
                known.extend((s, e, lab, float(sc)) for (s, e, lab, _, _), sc in zip(span_items(doc, group_name), scores))
                # lexicon names inside longer hyphenated words (no mentions): still a label vote for the longer name
                inner.extend((int(s), int(e), str(lab), float(sc)) for s, e, lab, sc in group.attrs.get("inner", ()))
        spans, scores, entities = [], [], []
        text = doc_text(doc)
        for start, end, label, score in find_rule_entities(text, known, inner):
            span = doc.char_span(start, end, label=label)
            if span is not None and label in ENTITY_LABELS:
                spans.append(span)
                scores.append(score)
                # "average accuracy" names accuracy, averaged: its canonical name is the measure
                entities.append(aggregated_measure(text[start:end]) if label == METRIC else None)
        set_span_group(doc, self.name, spans, {"scores": scores, "entities": entities})
        return doc


@Language.factory("kg_rules", assigns=["doc.spans"], requires=[],
                  default_config={"known_groups": ["kg_gazetteer"]})
def make_rule_finder(nlp: Language, name: str, known_groups: list[str]) -> RuleFinder:
    """Factory of :class:`RuleFinder`."""
    return RuleFinder(name, known_groups=tuple(known_groups))


__all__ = ["RuleFinder", "find_rule_entities", "DATASET", "METHOD", "METRIC", "TASK"]
