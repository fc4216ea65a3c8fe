"""Build the spaCy pipeline that extracts named things from paper text.

``make_nlp`` starts from ``spacy.blank("en")`` with the scientific tokenizer
(:mod:`extractors.tokenizer`) and adds the components of :data:`DEFAULT_PIPELINE`
in order. Every component is a registered factory in :mod:`extractors`, so a
pipeline saved with ``nlp.to_disk`` loads back with ``spacy.load`` once
``extractors`` is imported (``import kg.pipeline`` does that).

Components not yet available in this installation (a finder still being
written, or ``kg_ner`` without its trained model) are skipped, so the rule path
always works.
"""

from __future__ import annotations

import gc
import re
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator

import spacy
from spacy.tokens import Doc
from spacy.util import minibatch

import extractors  # noqa: F401  (registers every factory)
from kg.errors import Warnings
from kg.mentions import doc_to_extraction, joined_tokens, restore_offsets
from kg.records import TEXT_SEPARATOR, Extraction, PaperRecord

if TYPE_CHECKING:
    from kg.readers import ReadReport

#: Component factory names, in pipeline order. Entity finders come before
#: ``kg_merge``; ``kg_results`` and ``kg_relations`` read only ``kg_entities``.
DEFAULT_PIPELINE: tuple[str, ...] = (
    "kg_sentences",
    "kg_gazetteer",
    "kg_rules",
    "kg_proposals",
    "kg_abbreviations",
    "kg_ner",  # last finder: it runs only where the others' spans leave a decision to it
    "kg_merge",
    "kg_results",
    "kg_efficiency",  # drops the efficiency METRICs the paper neither measures nor claims (needs kg_results' results)
    "kg_relations",
    "kg_mention_spans",
)

#: Components that need a trained model (skipped by ``make_nlp(model=False)``).
MODEL_COMPONENTS = frozenset({"kg_ner"})

#: The span group each component writes (None: it writes no span group).
SPAN_GROUPS: dict[str, str | None] = {
    "kg_sentences": None,
    "kg_merge": "kg_entities",
    "kg_efficiency": "kg_entities",
    "kg_relations": None,
    "kg_mention_spans": "kg_entities",
}

TOKENIZER_CONFIG = {"nlp": {"tokenizer": {"@tokenizers": "kg.scientific_tokenizer.v1"}}}


def span_group_of(component: str) -> str | None:
    """The ``doc.spans`` key a component writes (its own name unless listed in :data:`SPAN_GROUPS`).

    Example:
        >>> span_group_of("kg_gazetteer"), span_group_of("kg_merge")
        ('kg_gazetteer', 'kg_entities')
    """
    return SPAN_GROUPS.get(component, component)


def make_nlp(*, model: bool = True, exclude: Iterable[str] = ()) -> spacy.Language:
    """The extraction pipeline on ``spacy.blank("en")``.

    Args:
        model: include components that need a trained model (``kg_ner``).
        exclude: component names to leave out.

    Example:
        >>> nlp = make_nlp(model=False)
        >>> "kg_merge" in nlp.pipe_names
        True
    """
    nlp = spacy.blank("en", config=TOKENIZER_CONFIG)
    skip = set(exclude)
    if not model:
        skip |= MODEL_COMPONENTS
    for name in DEFAULT_PIPELINE:
        if name in skip or not nlp.has_factory(name):
            continue
        if name in MODEL_COMPONENTS and not _model_available(name):
            continue
        nlp.add_pipe(name)
    return nlp


def _model_available(name: str) -> bool:
    try:
        from extractors import ner  # type: ignore[attr-defined]
    except ImportError:
        return False
    check = getattr(ner, "model_available", None)
    return bool(check()) if callable(check) else True


def extract_records(nlp: spacy.Language, records: Iterable[PaperRecord], *, batch_size: int = 64,
                    n_process: int = 1) -> Iterator[Extraction]:
    """Run ``nlp`` over records and yield one :class:`Extraction` per record, in order.

    Offsets in the extractions index ``record.text`` (title, blank line, abstract).
    """
    for extraction, _ in iter_extractions(nlp, records, batch_size=batch_size, n_process=n_process):
        yield extraction


def pipe_batches(nlp: spacy.Language, texts: Iterable[str], *, batch_size: int = 64) -> Iterator[list[Doc]]:
    """Process ``texts`` in batches, one component at a time over each batch; yield each batch's Docs.

    The same annotations as ``nlp.pipe`` with one process, faster: ``nlp.pipe``
    chains the components as generators, so each Doc goes through all of them
    before the next Doc starts, and every component's code, regexes and tables
    are evicted from the CPU caches by the others once per Doc. Running one
    component over a whole batch keeps them warm (measured: a quarter of the
    rule path's time). Components with a ``pipe`` method (``kg_ner``) get the
    batch at once. The garbage collector runs rarely meanwhile (:func:`fewer_collections`).

    Example:
        >>> nlp = make_nlp(model=False)
        >>> [[len(d) for d in batch] for batch in pipe_batches(nlp, ["We use BERT.", "", "Hi"], batch_size=2)]
        [[4, 0], [1]]
    """
    pipeline = [(proc, getattr(proc, "pipe", None)) for _, proc in nlp.pipeline]
    make_doc = nlp.make_doc
    limit = nlp.max_length
    with fewer_collections():
        for batch in minibatch(texts, batch_size):
            docs = [make_doc(text if len(text) <= limit else within_max_length(text, limit)) for text in batch]
            for proc, pipe in pipeline:
                if pipe is not None:
                    docs = list(pipe(docs, batch_size=batch_size))
                else:
                    docs = [proc(doc) for doc in docs]
            yield docs


#: Title words written in lower case when a capitalised title is re-cased (not first, not after a colon).
_TITLE_SMALL_WORDS = frozenset(
    "a an the and or nor but of for to in on at by via from with without into onto over under as vs is are be "
    "its their our using based".split())
_WORD = re.compile(r"[^\W_]+")
_VOWEL = re.compile(r"[AEIOUY]")


def recased_title(text: str) -> str:
    """``text`` with an ALL-CAPS title re-cased as a Title Case title, same length and offsets.

    Web of Science, Scopus and older indexes store many titles in capitals, and every
    word of ``DEEP RESIDUAL LEARNING FOR IMAGE RECOGNITION`` then looks like an acronym
    or a name to the extractors (METHOD 'DEEP RESIDUAL LEARNING', 'SUPPORT-VECTOR').
    A word takes the casing the abstract gives it when the abstract writes it with a
    capital (``ImageNet``, ``BERT``, ``LSTMs``); a word without a vowel stays capitals
    (``SVM``, ``CNN``, ``NLP``); small words are lower case except first and after a
    colon; the rest is capitalised. Only words whose re-cased form has the same
    length change, so every offset into the record's text stays valid. Text without
    an all-caps title (the title is what comes before the first blank line) is
    returned as it is.

    >>> recased_title("DEEP LEARNING FOR IMAGENET: A STUDY OF SVM\\n\\nWe train on ImageNet.")
    'Deep Learning for ImageNet: A Study of SVM\\n\\nWe train on ImageNet.'
    >>> recased_title("BERT\\n\\nx"), recased_title("Deep Learning\\n\\nx")
    ('BERT\\n\\nx', 'Deep Learning\\n\\nx')
    """
    end = text.find("\n\n")
    title = text if end < 0 else text[:end]
    if not title.isupper() or sum(len(w) > 2 and w.isalpha() for w in title.split()) < 3:
        return text
    abstract = "" if end < 0 else text[end + 2:]
    casings: dict[str, str] = {}
    if abstract:
        for match in _WORD.finditer(abstract):
            word = match.group()
            if not word.islower():
                casings.setdefault(word.casefold(), word)
    out: list[str] = []
    pos = 0
    first = True
    for match in _WORD.finditer(title):
        word = match.group()
        gap = title[pos:match.start()]
        if ":" in gap or "?" in gap or "." in gap:
            first = True
        folded = word.casefold()
        if folded in casings:
            new = casings[folded]
        elif not word.isalpha() or not _VOWEL.search(word):
            new = word  # 'SVM', 'GPT-3' pieces, numbers: kept as written
        elif folded in _TITLE_SMALL_WORDS and not first and "-" not in gap[-1:]:
            new = folded
        else:
            new = word[0] + word[1:].lower()
        out.append(gap)
        out.append(new if len(new) == len(word) else word)
        pos = match.end()
        first = False
    out.append(title[pos:])
    return "".join(out) + ("" if end < 0 else text[end:])


#: Words of the section labels of structured abstracts (PubMed, Scopus, Web of Science, medical and
#: bioinformatics journals): "BACKGROUND:", "MATERIALS AND METHODS:", "AVAILABILITY AND IMPLEMENTATION:".
_LABEL_WORDS = frozenset(
    "BACKGROUND BACKGROUNDS CONTEXT INTRODUCTION MOTIVATION OBJECTIVE OBJECTIVES AIM AIMS PURPOSE PURPOSES GOAL GOALS "
    "HYPOTHESIS METHOD METHODS METHODOLOGY MATERIALS MATERIAL APPROACH DESIGN SETTING SETTINGS PARTICIPANTS PATIENTS "
    "SUBJECTS INTERVENTION INTERVENTIONS MEASUREMENTS MAIN OUTCOME OUTCOMES MEASURES RESULT RESULTS FINDINGS "
    "CONCLUSION CONCLUSIONS DISCUSSION INTERPRETATION SIGNIFICANCE IMPORTANCE RELEVANCE IMPLICATIONS LIMITATIONS "
    "SUMMARY ABSTRACT AVAILABILITY IMPLEMENTATION CONTACT SUPPLEMENTARY INFORMATION DATA SOURCES SOURCE STUDY "
    "SELECTION EXTRACTION SYNTHESIS EVIDENCE ACQUISITION REVIEW CLINICAL PRACTICAL ORIGINALITY VALUE "
    "AND OF".split())
#: A label: capital words ending before ":" (or before a space and a capital at the very start of the abstract).
_LABEL_TAIL = re.compile(r"(?:^|(?<=[\s.]))([A-Z]{2,}(?: [A-Z]{2,}){0,3})$")


#: A colon-less label after a sentence end, before a capitalised word (used once the abstract opens with one).
_BARE_LABEL = re.compile(r"(?<=[.!?] )([A-Z]{2,}(?: [A-Z]{2,}){0,3})(?= [A-Z])")


def _label_at(text: str, end: int) -> tuple[int, int] | None:
    """The span of a structured-abstract label ending at ``end``, when the words before it are one."""
    head = text[max(0, end - 48):end]
    match = _LABEL_TAIL.search(head)
    if match is None:
        return None
    words = match.group(1).split()
    if not all(w in _LABEL_WORDS for w in words) or words[0] in ("AND", "OF") or words[-1] in ("AND", "OF"):
        return None
    start = end - len(head) + match.start(1)
    before = text[:start].rstrip(" ")
    if before and before[-1] not in ".!?\n:":
        return None  # inside a sentence: a name, not a section label
    return start, end


def recased_labels(text: str) -> str:
    """``text`` with the capital section labels of a structured abstract re-cased, same length.

    ``BACKGROUND: ... METHODS: We trained ... RESULTS: ...`` gave METHOD mentions
    'BACKGROUND', 'METHODS', 'RESULTS', and 'RESULTS' as the method of a result; the
    same labels written ``Background:`` give none. A label is one to four words of
    :data:`_LABEL_WORDS` in capitals, starting the text or a sentence, followed by a
    colon; Web of Science's colon-less labels (``OBJECTIVE This article ... RESULTS We``)
    count when the abstract opens with one. The title is never touched (``AIM: Let
    Any ...`` names a method).

    >>> recased_labels("T\\n\\nBACKGROUND: Skin. MATERIALS AND METHODS: We use CNN: RESULTS: AUC.")
    'T\\n\\nBackground: Skin. Materials and methods: We use CNN: Results: AUC.'
    >>> recased_labels("AIM: A MODEL\\n\\nOBJECTIVE This article reviews GLUE. RESULTS We use BERT: it works.")
    'AIM: A MODEL\\n\\nObjective This article reviews GLUE. Results We use BERT: it works.'
    >>> recased_labels("T\\n\\nWe use it. RESULTS We use BERT. GLUE BENCHMARK We win.")
    'T\\n\\nWe use it. RESULTS We use BERT. GLUE BENCHMARK We win.'
    """
    start = text.find("\n\n") + 2
    if start < 2:
        return text  # no abstract; a title's "AIM: ..." names a method
    spans: list[tuple[int, int]] = []
    colon = text.find(":", start)
    while colon >= 0:
        span = _label_at(text, colon)
        if span is not None and span[0] >= start:
            spans.append(span)
        colon = text.find(":", colon + 1)
    space = text.find(" ", start, start + 50)
    if space > start and text[space + 1:space + 2].isupper():
        span = _label_at(text, space)
        if span is not None and span[0] == start:
            # Web of Science drops the colons: "OBJECTIVE To ... METHODS We ... RESULTS The ..."
            spans.append(span)
            for match in _BARE_LABEL.finditer(text, span[1]):
                if all(w in _LABEL_WORDS for w in match.group(1).split()):
                    spans.append(match.span(1))
    if not spans:
        return text
    chars = list(text)
    for label_start, label_end in spans:
        label = text[label_start:label_end]
        chars[label_start:label_end] = label[0] + label[1:].lower()
    return "".join(chars)


#: Typeset hyphens (U+2010 hyphen, U+2011 non-breaking hyphen) read as the ASCII hyphen every rule, lexicon alias
#: and name shape is written with ("ImageNet‐1k", "GPT‑4"): one character for one, so offsets stay valid.
_TYPESET_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def reading_text(text: str) -> str:
    """The text the extractors read for a record's ``text``: same length, capitals that are no names re-cased,
    typeset hyphens read as "-".

    See :func:`recased_title` and :func:`recased_labels`; offsets into the record's text stay valid, and
    :func:`kg.mentions.doc_to_extraction` reports surfaces as the record writes them.

    Example:
        >>> reading_text("ImageNet\u20101k and GPT\u20114")
        'ImageNet-1k and GPT-4'
    """
    if "\u2010" in text or "\u2011" in text:
        text = text.translate(_TYPESET_HYPHENS)
    return recased_labels(recased_title(text))


def within_max_length(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` characters, after its last space or line break in the second half.

    spaCy refuses a text longer than ``nlp.max_length`` (1,000,000 by default) with a ValueError, which
    stopped a whole extraction or build at one oversized record (a book, a garbage record). The pipeline
    reads the first ``limit`` characters instead, with warning W004; the offsets of what it finds still
    index the record's text.

    Example:
        >>> import warnings
        >>> with warnings.catch_warnings(record=True) as caught:
        ...     warnings.simplefilter("always")
        ...     within_max_length("one two three four", 12), within_max_length("x" * 20, 12)
        ('one two ', 'xxxxxxxxxxxx')
        >>> caught[0].message.args[0][:7]
        '[W004] '
    """
    if len(text) <= limit:
        return text
    cut = max(text.rfind(" ", 0, limit), text.rfind("\n", 0, limit)) + 1
    kept = text[:cut if cut > limit // 2 else limit]
    warnings.warn(Warnings.W004.format(length=len(text), limit=limit, kept=len(kept)), stacklevel=2)
    return kept


#: Young-generation threshold of the cyclic garbage collector while extracting (Python's default: 700).
GC_THRESHOLD = 50_000
#: Open :func:`fewer_collections` blocks, and the thresholds before the first of them opened.
_blocks_open = 0
_thresholds_before: tuple[int, ...] = ()


def _raise_gc_threshold(threshold: int) -> None:
    """Set the collector's first threshold to at least ``threshold`` (0, the collector disabled by
    thresholds, is left so)."""
    old = gc.get_threshold()
    if old[0] and old[0] < threshold:
        gc.set_threshold(threshold, *old[1:])


@contextmanager
def fewer_collections(threshold: int = GC_THRESHOLD) -> Iterator[None]:
    """Run the cyclic garbage collector rarely inside the block (its first threshold at least ``threshold``).

    Extraction frees its objects by reference counting (a Doc has no reference cycle), but it
    allocates many container objects and keeps a few per abstract (caches), so the collector's
    default threshold ran a collection every few dozen abstracts, each scanning the objects that
    survived the last: ~5% of the rule path's CPU (measured with ``gc.callbacks`` over 4,000
    synthetic abstracts: 155 us per abstract at 700, none at 50,000). Garbage in cycles is still
    collected, once the allocations outnumber the frees by ``threshold``. The previous thresholds
    come back when the last open block ends (for a generator: when it is exhausted or closed), in
    whatever order overlapping blocks (two extraction generators) end; a block opened inside
    another keeps the outer block's threshold.

    Example:
        >>> import gc
        >>> before = gc.get_threshold()
        >>> with fewer_collections(100_000):
        ...     gc.get_threshold()[0]
        100000
        >>> gc.get_threshold() == before
        True
    """
    global _blocks_open, _thresholds_before
    if not _blocks_open:  # the outermost block saves and, when the last one ends, restores
        _thresholds_before = gc.get_threshold()
        _raise_gc_threshold(threshold)
    _blocks_open += 1
    try:
        yield
    finally:
        _blocks_open -= 1
        if not _blocks_open:
            gc.set_threshold(*_thresholds_before)


def iter_extractions(nlp: spacy.Language, records: Iterable[PaperRecord], *, batch_size: int = 64,
                     n_process: int = 1) -> Iterator[tuple[Extraction, PaperRecord]]:
    """Like :func:`extract_records`, pairing each extraction with its record.

    With one process the Docs come from :func:`pipe_batches` (same annotations as
    ``nlp.pipe``, faster). With more, ``n_process`` worker processes forked from
    this one (each with this ``nlp``) run :func:`pipe_batches` on batches of
    records and send back plain :class:`~kg.records.Extraction` values, never
    Docs; results come back in input order, and at most ``2 * n_process``
    batches are in flight, so memory stays flat on a stream of any length.
    (spaCy's ``nlp.pipe(n_process=...)`` serialises every Doc back to the parent
    and was slower than one process here; it remains the fallback where
    ``fork`` is unavailable or the process already runs threads.) The garbage
    collector runs rarely while the records are extracted (:func:`fewer_collections`).
    """
    with fewer_collections():
        yield from _iter_extractions(nlp, records, batch_size=batch_size, n_process=n_process)


def _iter_extractions(nlp: spacy.Language, records: Iterable[PaperRecord], *, batch_size: int,
                      n_process: int) -> Iterator[tuple[Extraction, PaperRecord]]:
    if n_process != 1:
        context = _fork_context()
        if context is not None:
            yield from _iter_forked(context, nlp, records, batch_size=batch_size, n_process=n_process)
            return
        pairs = ((text, (r, joined)) for r in records for text, joined in (_reading(r),))
        for doc, (record, joined) in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=n_process):
            yield _extraction(doc, record, joined), record
        return
    for records_batch in minibatch(records, batch_size):
        yield from zip(_extract_records(nlp, records_batch), records_batch)


def _reading(record: PaperRecord) -> tuple[str, tuple[str, list[int]] | None]:
    """What the extractors read for ``record`` (:func:`reading_text` of its text, with its tokens joined
    first: :func:`kg.mentions.joined_tokens`), and the dropped characters to map the offsets back with, or None."""
    joined = joined_tokens(record.text)
    text = reading_text(joined[0] if joined else record.text)
    if record.title and not record.abstract:
        # a record with a title and no abstract (a third of OpenAlex's and Semantic Scholar's) is read as a title,
        # not as a passage of a paper's body (kg_merge.is_passage: a title-less text of at most three sentences,
        # where the model's spans stand alone): "House Architecture and Heritage in modern Crete" made
        # "House Architecture" a DATASET
        text += TEXT_SEPARATOR
    return text, joined


def _extraction(doc: Doc, record: PaperRecord, joined: tuple[str, list[int]] | None) -> Extraction:
    """``doc``'s extraction, its offsets mapped back onto ``record.text`` when the Doc read the text with its
    tokens joined (:func:`kg.mentions.joined_tokens`)."""
    extraction = doc_to_extraction(doc, record)
    return restore_offsets(extraction, record.text, joined[1]) if joined else extraction


def _extract_records(nlp: spacy.Language, records: list[PaperRecord]) -> list[Extraction]:
    """One batch of records to extractions in this process (one :func:`pipe_batches` batch)."""
    reads = [_reading(r) for r in records]
    docs = next(pipe_batches(nlp, [text for text, _ in reads], batch_size=len(records)))
    return [_extraction(doc, record, joined) for doc, record, (_, joined) in zip(docs, records, reads)]


def _fork_context():
    """The ``fork`` multiprocessing context, or None where forking is unavailable or unsafe (threads running)."""
    import multiprocessing
    import threading

    if threading.active_count() > 1:  # a forked child would inherit locks held by the other threads
        return None
    try:
        return multiprocessing.get_context("fork")
    except ValueError:
        return None


#: The pipeline of a forked extraction worker (set by :func:`_set_fork_nlp` in the worker).
_FORK_NLP: spacy.Language | None = None


def _set_fork_nlp(nlp: spacy.Language) -> None:
    """Worker initializer: a forked child gets the parent's pipeline object as it is (fork pickles nothing)."""
    global _FORK_NLP
    _FORK_NLP = nlp
    _raise_gc_threshold(GC_THRESHOLD)  # the worker only extracts, for good (see fewer_collections)


def _extract_batch(records: list[PaperRecord]) -> list[Extraction]:
    """Worker side of :func:`_iter_forked`: one batch of records to extractions."""
    return _extract_records(_FORK_NLP, records)


def _iter_forked(context, nlp: spacy.Language, records: Iterable[PaperRecord], *, batch_size: int,
                 n_process: int) -> Iterator[tuple[Extraction, PaperRecord]]:
    """Batches over ``n_process`` forked workers, in input order, at most 2 batches per worker in flight.

    A ProcessPoolExecutor, not a multiprocessing Pool: a worker that dies (the OOM killer) raises
    BrokenProcessPool here instead of leaving the parent waiting for ever. With the fork context it
    forks every worker at the first submit, before its manager thread starts.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(n_process, mp_context=context, initializer=_set_fork_nlp, initargs=(nlp,)) as pool:
        pending: deque = deque()
        for batch in minibatch(records, batch_size):
            pending.append((batch, pool.submit(_extract_batch, batch)))
            if len(pending) >= 2 * n_process:
                batch, result = pending.popleft()
                yield from zip(result.result(), batch)
        while pending:
            batch, result = pending.popleft()
            yield from zip(result.result(), batch)


def write_extractions(
    inputs: Iterable[Path | str],
    *,
    out: Path | None = None,
    format: str | None = None,
    model: bool = True,
    jobs: int = 1,
    strict: bool = False,
    progress: bool = False,
    batch_size: int = 64,
    report: ReadReport | None = None,
) -> tuple[int, float]:
    """Read records, extract, and write one JSON line per record (``paperkg extract``).

    Records keep their input order; each line carries the input's own id (a generic
    record's ``input_id``) when it had one, else the paper id, and the ``text`` the
    offsets index. Malformed records are skipped and noted in ``report``; when every record was
    malformed the run fails ([E107]) and ``out`` is left as it was. A file ``out``
    is written under a temporary name and renamed when complete, so a failed run never
    leaves a partial file in its place.

    Returns:
        (records written, seconds spent).

    Raises:
        RecordError: under ``strict``, for the first malformed record.
        KGError: [E200] when ``out`` cannot be written.
    """
    import os
    import sys
    import time

    from kg.errors import Errors, KGError, RecordError
    from kg.mentions import extraction_to_json, json_line
    from kg.readers import read_records

    inputs = list(inputs)
    records = read_records(inputs, format=format, strict=strict, report=report)
    nlp = make_nlp(model=model)
    started = time.perf_counter()
    partial = out.with_name(f".{out.name}.partial") if out is not None else None
    try:
        fh = open(partial, "w", encoding="utf-8", newline="\n") if partial is not None else sys.stdout
    except OSError as err:
        raise KGError(Errors.E200.format(path=out, detail=err.strerror or err)) from err
    count = 0
    status = _Progress(progress)
    done = False
    try:
        for extraction, record in iter_extractions(nlp, records, batch_size=batch_size, n_process=jobs):
            obj = extraction_to_json(extraction, record_id=dict(record.extra).get("input_id", record.id),
                                     text=record.text)
            fh.write(json_line(obj) + "\n")
            count += 1
            status.update(count)
        if not count and report is not None and report.skipped:
            raise RecordError(Errors.E107.format(inputs=len(inputs), skipped=len(report.skipped)))
        done = True
    finally:
        status.close()
        if partial is not None:
            fh.close()
            if done:
                os.replace(partial, out)
            else:
                partial.unlink(missing_ok=True)
    return count, time.perf_counter() - started


class _Progress:
    """A one-line record counter on stderr (rich), updated at most every 256 records."""

    def __init__(self, enabled: bool):
        self.console = None
        if enabled:
            from rich.console import Console

            self.console = Console(stderr=True)
            self.status = self.console.status("extracting ...")

    def update(self, count: int) -> None:
        # started with the first record, not before: its refresh thread would keep
        # --jobs from forking its workers (see iter_extractions)
        if self.console is not None and count == 1:
            self.status.start()
        if self.console is not None and count % 256 == 0:
            self.status.update(f"extracting ... {count} records")

    def close(self) -> None:
        if self.console is not None:
            self.status.stop()
