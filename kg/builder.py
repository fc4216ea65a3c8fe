"""Build a knowledge graph: records -> extractions -> resolution -> graph -> build directory.

:func:`build_graph` is the pure core (records and extractions in, a
:class:`~kg.graph.KnowledgeGraph` out). :func:`build` runs the whole pipeline into
a documented build directory and is designed to stream (issue "Scale"):

1. **Read and merge** lazily: records are spilled in sorted runs and merged by
   paper id (an external merge sort), so only one run is in memory; the result is
   ``papers.jsonl``, sorted by id.
2. **Extract in chunks** of ``chunk_size`` papers (in ``papers.jsonl`` order) into
   ``extractions/part-NNNNN.jsonl``, each written atomically (temporary name,
   then rename). ``workers > 1`` uses a process pool whose workers build the spaCy
   pipeline once (pool initializer) and return plain dicts. Each line carries the
   SHA-1 of the text it was extracted from, so ``--resume`` skips finished chunks
   and ``--into`` re-extracts only new or changed papers.
3. **Resolve** (:mod:`kg.resolve`) and **assemble** by streaming over the parts twice. The
   first pass (collecting the resolution's evidence) runs in the main process during
   extraction, on each part as it is written (only parts reused whole are read back after).
   The second pass writes each batch's graph.json elements and N-Triples lines as sorted run
   files (gzip-compressed on large builds, :data:`RUN_COMPRESS_MIN_PAPERS`), merged at the write.
4. **Write** ``graph.nt`` (sorted, streamed), then ``graph.json`` while the query store
   (``kg.store.start_store``, when available) bulk-loads graph.nt in the background (a
   child process on large builds, so its name-index scan runs beside graph.json too); exporters that stream from the build's files (``ntriples``, ``neo4j``) also
   run during the load, the others after it; every registered exporter writes into
   ``exports/<name>/``; then ``build.json``. ``store_s`` in timings.json is the wait
   for the load after the work it overlapped. Timings and run statistics, which vary
   between runs, go to ``timings.json`` only, so every other file is byte-identical
   for the same inputs — and a build made with ``--into`` equals the one-shot build
   over all its inputs.

Directory layout (see CONTRACTS.md and ``schemas/build.schema.json``)::

    OUT/build.json  papers.jsonl  extractions/  graph.json  graph.nt  store/  exports/  timings.json
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import hashlib
import heapq
import itertools
import json
import operator
import os
import shutil
import tempfile
import time
from collections import Counter, defaultdict, deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from kg.errors import ConfigError, Errors, ExportError, KGError, Warnings
from kg.graph import (EDGE_RELATIONS, GRAPH_FORMAT_VERSION, KnowledgeGraph, _evidence_key, aggregate_confidence,
                      dumps_canonical)
from kg.ids import short_hash
from kg.records import Extraction, Mention, PaperRecord, Relation, Result, _positional_maker
from kg.resolve import Resolution, Resolver

__all__ = ["BuildReport", "build", "build_graph", "export_build", "load_graph", "make_extractor", "BUILD_FORMAT_VERSION",
           "DEFAULT_CHUNK_SIZE"]

BUILD_FORMAT_VERSION = 1
DEFAULT_CHUNK_SIZE = 1000
#: Records held in memory per sorted run while merging.
MERGE_RUN_SIZE = 100_000
#: At most this many papers give evidence to one variant_of edge.
VARIANT_EVIDENCE_PAPERS = 5

PAPERS = "papers.jsonl"
EXTRACTIONS = "extractions"
MANIFEST = "manifest.json"

_TYPE_OF = {"method": "Method", "dataset": "Dataset", "metric": "Metric", "task": "Task"}


# ----------------------------------------------------------------------------------------------
# The report
@dataclass
class BuildReport:
    """What a build read, made and wrote. ``to_dict`` is the content of ``build.json``."""

    inputs: list[str] = field(default_factory=list)
    read: dict[str, Any] = field(default_factory=dict)
    papers: int = 0
    chunks: int = 0
    chunk_size: int = DEFAULT_CHUNK_SIZE
    pipeline: dict[str, Any] = field(default_factory=dict)
    graph: dict[str, Any] = field(default_factory=dict)
    resolution: dict[str, int] = field(default_factory=dict)
    exports: dict[str, list[str]] = field(default_factory=dict)
    store: str | None = None
    versions: dict[str, str] = field(default_factory=dict)
    #: Not deterministic (times, reuse counts): written to timings.json, not build.json.
    timings: dict[str, Any] = field(default_factory=dict)
    #: Notes for the terminal (e.g. exporters skipped on a very large build); not in build.json.
    messages: list[str] = field(default_factory=list)

    @property
    def records_read(self) -> int:
        return int(self.read.get("records", 0))

    @property
    def skipped(self) -> list[dict]:
        return list(self.read.get("skipped_records", []))

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": "paperkg-build",
            "version": BUILD_FORMAT_VERSION,
            "inputs": self.inputs,
            "read": self.read,
            "papers": self.papers,
            "chunks": {"count": self.chunks, "size": self.chunk_size},
            "pipeline": self.pipeline,
            "graph": self.graph,
            "resolution": self.resolution,
            "exports": self.exports,
            "store": self.store,
            "versions": self.versions,
        }

    def summary(self) -> str:
        """One line for the terminal."""
        nodes = self.graph.get("nodes", {})
        edges = self.graph.get("edges", {})
        return (f"{self.records_read} listings read, {self.papers} papers, {len(self.skipped)} skipped; "
                f"{sum(nodes.values())} nodes ({', '.join(f'{v} {k}' for k, v in nodes.items())}), "
                f"{sum(edges.values())} edges")


# ----------------------------------------------------------------------------------------------
# The pure core: records + extractions -> graph
def _paper_node(rec: PaperRecord) -> tuple[str, dict[str, Any]]:
    attrs: dict[str, Any] = {
        "label": rec.title or rec.id,
        "title": rec.title,
        "abstract": rec.abstract,
        "identifier": rec.id,
        "date": rec.date,
        "doi": rec.doi,
        "arxiv_id": rec.arxiv_id,
        "url": rec.url,
        "venue": rec.venue,
        "authors": list(rec.authors),
        "sources": list(rec.sources or ((rec.location,) if rec.source else ())),
    }
    return f"paper/{rec.id}", {k: v for k, v in attrs.items() if v is not None}


def _make_evidence(paper: str, sentence: str, start: int, end: int, extractor: str, confidence: float) -> dict[str, Any]:
    return {"paper": paper, "sentence": sentence, "start": int(start), "end": int(end), "extractor": extractor,
            "confidence": round(float(confidence), 4)}


def _fits(relation: str, source_type: str | None, target_type: str | None) -> bool:
    sources, targets = EDGE_RELATIONS[relation]
    return source_type in sources and target_type in targets


@dataclass
class _PaperParts:
    """What one paper adds to the graph: its own nodes and edges, and its share of the global tables."""

    paper: str
    attrs: dict[str, Any]
    #: result node id -> attributes
    results: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: (paper or result node, target, relation) -> evidence; edges only this paper states.
    local_edges: dict[tuple[str, str, str], list[dict]] = field(default_factory=lambda: defaultdict(list))
    #: entity-to-entity relations ((u, v, relation), evidence), in reading order.
    relations: list[tuple[tuple[str, str, str], dict]] = field(default_factory=list)
    #: entity node -> evidence of its first mention in this paper.
    mentioned: dict[str, dict] = field(default_factory=dict)
    mention_counts: Counter = field(default_factory=Counter)
    unresolved_mentions: int = 0
    dropped_relations: int = 0


def _paper_parts(res: Resolution, rec: PaperRecord, ex: Extraction | None) -> _PaperParts:
    """Resolve one paper's extraction into its nodes, edges and contributions (a pure function)."""
    paper, attrs = _paper_node(rec)
    parts = _PaperParts(paper, attrs)
    if ex is None:
        return parts
    edges = parts.local_edges
    local = res.local_abbreviations(ex)
    # Mentions of one sentence share one string object (memory on large builds).
    sentences: dict[str, str] = {}

    def _evidence(paper: str, sentence: str, *args: Any) -> dict[str, Any]:
        return _make_evidence(paper, sentences.setdefault(sentence, sentence), *args)

    def node_type(node_id: str) -> str | None:
        entity = res.entities.get(node_id)
        return _TYPE_OF.get(entity.entity_type) if entity else None

    by_span: dict[tuple[int, int], str] = {}
    by_text: dict[str, str] = {}
    mentioned = parts.mentioned
    for m in ex.mentions:
        node = res.resolve_mention(m, local)
        if node is None:
            parts.unresolved_mentions += 1
            continue
        by_span.setdefault((m.start, m.end), node)
        by_text.setdefault(m.text, node)
        ev = _evidence(paper, m.sentence, m.start, m.end, m.extractor, m.confidence)
        edges[(paper, node, "mentions")].append(ev)
        parts.mention_counts[node] += 1
        if node not in mentioned:
            mentioned[node] = ev
        if m.proposed:
            edges[(paper, node, "proposes")].append(ev)

    def find(text: str, start: int | None, end: int | None) -> str | None:
        node = by_span.get((start, end)) if start is not None else None
        return node or by_text.get(text) or (res.resolve(text, local=local) if text else None)

    for r in ex.relations:
        obj = find(r.object, r.object_start, r.object_end)
        if r.relation == "proposes":
            if obj is None:
                parts.dropped_relations += 1
                continue
            ev = _evidence(paper, r.sentence, r.object_start, r.object_end, r.extractor, r.confidence)
            edges[(paper, obj, "proposes")].append(ev)
            edges[(paper, obj, "mentions")]  # a proposed entity is mentioned too
            continue
        subj = find(r.subject, r.subject_start, r.subject_end)
        if (r.relation not in EDGE_RELATIONS or subj is None or obj is None or subj == obj
                or not _fits(r.relation, node_type(subj), node_type(obj))):
            parts.dropped_relations += 1
            continue
        start, end = min(r.subject_start, r.object_start), max(r.subject_end, r.object_end)
        parts.relations.append(((subj, obj, r.relation), _evidence(paper, r.sentence, start, end, r.extractor, r.confidence)))

    for result in ex.results:
        node = f"result/{short_hash(f'{rec.id}|{result.start}|{result.end}|{result.raw}')}"
        links = {}
        for rel, text, wanted in (("result_method", result.method, "Method"), ("result_dataset", result.dataset, "Dataset"),
                                  ("result_metric", result.metric, "Metric")):
            target = find(text, None, None) if text else None
            if target and node_type(target) == wanted:
                links[rel] = target
        value = f"{'+' if result.is_delta else ''}{result.value}{result.unit}"
        metric = res.entities[links["result_metric"]].label if "result_metric" in links else (result.metric or "")
        dataset = res.entities[links["result_dataset"]].label if "result_dataset" in links else (result.dataset or "")
        label = " ".join(p for p in (value, metric, f"on {dataset}" if dataset else "") if p)
        parts.results[node] = {"label": label, "value": result.value, "unit": result.unit, "raw": result.raw,
                               "is_delta": bool(result.is_delta), "paper": paper, "sentence": result.sentence,
                               "start": result.start, "end": result.end, "extractor": result.extractor,
                               "confidence": round(float(result.confidence), 4)}
        ev = _evidence(paper, result.sentence, result.start, result.end, result.extractor, result.confidence)
        edges[(paper, node, "reports")].append(ev)
        for rel, target in links.items():
            edges[(node, target, rel)].append(ev)
    return parts


def _local_edge_evidence(parts: _PaperParts) -> Iterator[tuple[tuple[str, str, str], list[dict]]]:
    """The paper's own edges with their evidence, a proposed-only mention taking the proposal's evidence."""
    edges = parts.local_edges
    for key, evidence in edges.items():
        if key[2] == "mentions" and not evidence:
            evidence = list(edges.get((key[0], key[1], "proposes"), []))
        yield key, evidence


class _Globals:
    """The cross-paper tables: mention and paper counts, variant evidence, entity-to-entity relations."""

    def __init__(self, resolution: Resolution):
        self.res = resolution
        self.relations: dict[tuple[str, str, str], list[dict]] = defaultdict(list)
        self.entity_papers: Counter = Counter()
        self.entity_mentions: Counter = Counter()
        self.variant_evidence: dict[str, list[dict]] = defaultdict(list)
        #: Only variants need their first papers' evidence (memory: one entry per child, not per entity).
        self.children = {child for child, _ in resolution.variants}
        self.stats: Counter = Counter()

    def add(self, parts: _PaperParts, *, relations: bool = True) -> None:
        """Count one paper; ``relations=False``: its entity-to-entity relations are kept elsewhere (spilled)."""
        if relations:
            for key, ev in parts.relations:
                self.relations[key].append(ev)
        self.entity_mentions.update(parts.mention_counts)
        for node, ev in parts.mentioned.items():
            self.entity_papers[node] += 1
            if node in self.children and len(self.variant_evidence[node]) < VARIANT_EVIDENCE_PAPERS:
                self.variant_evidence[node].append({**ev, "extractor": "kg_resolve"})
        self.stats["unresolved_mentions"] += parts.unresolved_mentions
        self.stats["dropped_relations"] += parts.dropped_relations

    def keep(self) -> set[str]:
        """Entities that become nodes: mentioned ones, and families of mentioned variants."""
        variant_parents = {parent for _, parent in self.res.variants}
        return {n for n in self.res.entities if self.entity_mentions[n] or n in variant_parents}

    def entity_nodes(self, keep: set[str]) -> Iterator[tuple[str, str, dict[str, Any]]]:
        for node in sorted(keep):
            e = self.res.entities[node]
            yield node, _TYPE_OF[e.entity_type], {
                "label": e.label, "entity_type": e.entity_type, "aliases": list(e.aliases),
                "paper_count": self.entity_papers[node], "mention_count": self.entity_mentions[node]}

    def global_edges(self, keep: set[str]) -> dict[tuple[str, str, str], tuple[list[dict], int | None]]:
        """(u, v, relation) -> (evidence, support or None) of the edges between entities."""
        edges: dict[tuple[str, str, str], tuple[list[dict], int | None]] = {
            key: (evidence, None) for key, evidence in self.relations.items() if key[0] in keep and key[1] in keep}
        edges.update(self.variant_edges(keep))
        return edges

    def variant_edges(self, keep: set[str]) -> dict[tuple[str, str, str], tuple[list[dict], int]]:
        """The variant_of edges between kept entities (they replace a relation of the same key)."""
        return {(child, parent, "variant_of"): (self.variant_evidence.get(child, []), max(1, self.entity_papers[child]))
                for child, parent in self.res.variants if child in keep and parent in keep}


class _Assembler:
    """Accumulates a whole graph in memory (the pure core :func:`build_graph`; small inputs)."""

    def __init__(self, resolution: Resolution):
        self.res = resolution
        self.globals = _Globals(resolution)
        self.papers: dict[str, dict[str, Any]] = {}
        self.results: dict[str, dict[str, Any]] = {}
        self.edges: dict[tuple[str, str, str], list[dict]] = {}

    @property
    def stats(self) -> Counter:
        return self.globals.stats

    def add(self, rec: PaperRecord, ex: Extraction | None) -> None:
        parts = _paper_parts(self.res, rec, ex)
        self.papers[parts.paper] = parts.attrs
        self.results.update(parts.results)
        for key, evidence in _local_edge_evidence(parts):
            self.edges.setdefault(key, []).extend(evidence)
        self.globals.add(parts)

    def graph(self) -> KnowledgeGraph:
        kg = KnowledgeGraph()
        keep = self.globals.keep()
        nodes: list[tuple[str, str, dict[str, Any]]] = []
        nodes += [(p, "Paper", a) for p, a in self.papers.items()]
        nodes += [(r, "Result", a) for r, a in self.results.items()]
        nodes += list(self.globals.entity_nodes(keep))
        for node_id, node_type, attrs in sorted(nodes, key=lambda n: n[0]):
            kg.add_node(node_id, node_type, **attrs)
        edges: dict[tuple[str, str, str], tuple[list[dict], int | None]] = {
            key: (evidence, None) for key, evidence in self.edges.items()}
        edges.update(self.globals.global_edges(keep))
        for (u, v, rel) in sorted(edges):
            if u not in kg.g or v not in kg.g:
                continue
            evidence, support = edges[(u, v, rel)]
            kg.add_edge(u, v, rel, evidence=evidence, support=support)
        return kg


def build_graph(
    records: Iterable[PaperRecord],
    extractions: Iterable[Extraction],
    *,
    resolution: Resolution | None = None,
) -> KnowledgeGraph:
    """The knowledge graph of ``records`` and their ``extractions`` (matched by paper id).

    Args:
        records: merged paper records.
        extractions: one per record (missing ones are fine: the paper has no entities).
        resolution: decisions of a previous resolution pass (streaming builds
            resolve first); computed from ``extractions`` when None.

    Example:
        >>> from kg.records import Extraction, Mention, PaperRecord
        >>> rec = PaperRecord("arxiv:2301.12597", "BLIP-2", "BLIP-2 beats BLIP.")
        >>> ms = (Mention(rec.id, "METHOD", "BLIP-2", 0, 6), Mention(rec.id, "METHOD", "BLIP", 21, 25))
        >>> kg = build_graph([rec], [Extraction(rec.id, mentions=ms)])
        >>> [k for _, _, k, _ in kg.sorted_edges()]
        ['variant_of', 'mentions', 'mentions']
    """
    extractions = list(extractions)
    if resolution is None:
        resolution = Resolver().add_all(extractions).finalize()
    by_id = {e.paper_id: e for e in extractions}
    assembler = _Assembler(resolution)
    for rec in sorted(records, key=lambda r: r.id):
        assembler.add(rec, by_id.get(rec.id))
    return assembler.graph()


# ----------------------------------------------------------------------------------------------
# Reading part files back
@functools.cache
def _record_reader(cls: type) -> Callable[[dict[str, Any]], Any]:
    """``cls.from_dict`` for the dicts :meth:`Extraction.to_dict` writes (every field, scalars only).

    Such a dict is built with the generated positional constructor
    (:func:`kg.records._positional_maker`) in one call; any other dict (fields missing,
    extra keys) goes through ``cls.from_dict``. Part files hold millions of mentions and
    this was a tenth of the assembly's time.
    """
    names = tuple(f.name for f in dataclasses.fields(cls))
    keys, make, values = frozenset(names), _positional_maker(cls, names), operator.itemgetter(*names)

    def read(data: dict[str, Any]) -> Any:
        return make(*values(data)) if data.keys() == keys else cls.from_dict(data)

    return read


def _read_extraction(data: dict[str, Any], *, mentions_only: bool = False) -> Extraction:
    """:meth:`Extraction.from_dict` of a part-file line (only mentions and abbreviations when ``mentions_only``).

    >>> from kg.records import Mention, Relation
    >>> ex = Extraction("p1", mentions=(Mention("p1", "METHOD", "BERT", 0, 4, proposed=True),),
    ...                 relations=(Relation("p1", "based_on", "A", "METHOD", 0, 1, "B", "METHOD", 2, 3),),
    ...                 abbreviations=(("LM", "language model"),))
    >>> _read_extraction(ex.to_dict()) == ex == Extraction.from_dict(ex.to_dict())
    True
    >>> _read_extraction({"id": "p1", "mentions": [{"label": "TASK", "text": "QA", "start": 0, "end": 2}]}).mentions
    (Mention(paper_id='p1', label='TASK', text='QA', start=0, end=2, sentence='', sentence_start=0, extractor='', confidence=1.0, entity=None, proposed=False),)
    """
    pid = data["id"]

    def read(cls: type, items: Any) -> tuple:
        fast = _record_reader(cls)
        return tuple(fast(d) if "paper_id" in d else cls.from_dict({"paper_id": pid, **d}) for d in items)

    return Extraction(
        paper_id=pid,
        mentions=read(Mention, data.get("mentions", ())),
        results=() if mentions_only else read(Result, data.get("results", ())),
        relations=() if mentions_only else read(Relation, data.get("relations", ())),
        abbreviations=tuple(tuple(a) for a in data.get("abbreviations", ())),
    )


# ----------------------------------------------------------------------------------------------
# Streaming assembly: sorted runs per batch of papers, merged into graph.json and graph.nt
#: Characters of sorted lines held per output before a run is spilled to disk.
RUN_BUDGET_CHARS = 48_000_000
#: zlib level of compressed run files. Sorted N-Triples and graph.json lines shrink to about a sixth at
#: level 1 (10k abstracts: 182 -> 29 MiB of runs), for about 0.9 CPU s more per 10k abstracts in the
#: process merging them (session 6, ``benchmarks/results/build_s6.txt``).
RUN_COMPRESSLEVEL = 1
#: From this many papers on, assembly compresses its run files: at 1M abstracts they would otherwise take
#: about 18 GB of disk next to the outputs while they are merged; below, the disk is cheaper than the CPU.
RUN_COMPRESS_MIN_PAPERS = 100_000
#: Above this many papers, the default exporters (which need the whole graph in memory) are skipped.
EXPORT_GRAPH_MAX_PAPERS = 100_000
#: Exporters that stream from the build's files instead of the in-memory graph (:func:`write_exports`).
_STREAMED_EXPORTS = {"ntriples", "neo4j"}


class _Runs:
    """Lines sorted in runs spilled to ``directory``, merged on demand (an external merge sort)."""

    def __init__(self, directory: Path, name: str, budget: int | None = None, *, compress: bool = False):
        # name: unique per process and output; compress: gzip the spilled files (_open_run)
        self.directory, self.name, self.budget = directory, name, budget or RUN_BUDGET_CHARS
        self.suffix = ".gz" if compress else ""
        self.paths: list[Path] = []
        self.buffer: list[str] = []
        self.size = 0

    def add(self, line: str) -> None:
        self.buffer.append(line)
        self.size += len(line)
        if self.size >= self.budget:
            self.spill()

    def extend(self, lines: list[str]) -> None:
        self.buffer.extend(lines)
        self.size += sum(map(len, lines))
        if self.size >= self.budget:
            self.spill()

    def spill(self) -> None:
        if not self.buffer:
            return
        self.buffer.sort()
        path = self.directory / f"{self.name}-{len(self.paths):05d}{self.suffix}"
        with _open_run(path, "w") as fh:
            fh.writelines(self.buffer)
        self.paths.append(path)
        self.buffer, self.size = [], 0

    def disk_bytes(self) -> int:
        """Bytes of the spilled run files."""
        return sum(p.stat().st_size for p in self.paths)

    def merged(self, *, unique: bool = False) -> Iterator[str]:
        """Every line added, in order (once each when ``unique``); run files are deleted afterwards."""
        for block in self.merged_blocks(unique=unique):
            yield from block

    def merged_blocks(self, *, unique: bool = False) -> Iterator[list[str]]:
        """:meth:`merged` in sorted blocks of lines (:func:`_merge_blocks`); run files are deleted afterwards."""
        self.buffer.sort()
        buffer = self.buffer
        handles = [_open_run(p, "r") for p in self.paths]
        try:
            sources = [(buffer[i:i + _MERGE_BLOCK_LINES] for i in range(0, len(buffer), _MERGE_BLOCK_LINES))]
            sources += [iter(functools.partial(fh.readlines, _MERGE_BLOCK_CHARS), []) for fh in handles]
            previous = None
            for block in _merge_blocks(sources):
                if unique:
                    block = list(dict.fromkeys(block))  # sorted: only neighbours can be equal
                    if block[0] == previous:
                        del block[0]
                    if not block:
                        continue
                    previous = block[-1]
                yield block
        finally:
            for fh in handles:
                fh.close()
            for p in self.paths:
                p.unlink(missing_ok=True)
            self.buffer, self.paths = [], []


#: Characters read from each run file at a time by :meth:`_Runs.merged_blocks` (at 1M abstracts a merge reads
#: about 200 runs at once: ~50 MB of lines held), and lines of the in-memory run per block.
_MERGE_BLOCK_CHARS = 1 << 18
_MERGE_BLOCK_LINES = 2048


def _next_block(blocks: Iterator[list[str]]) -> list[str] | None:
    """The run's next non-empty block, or None at its end (an empty block is no end of its run)."""
    return next((block for block in blocks if block), None)


def _merge_blocks(sources: list[Iterator[list[str]]]) -> Iterator[list[str]]:
    """Merge sorted runs, each given as blocks (sorted lists) of lines, into sorted, non-empty blocks.

    Each step takes from every run its lines up to the smallest last line of the runs' current
    blocks (no later line of any run sorts before it) and sorts them together: bisection, slices
    and timsort's merge of the sorted pieces run in C, where ``heapq.merge`` took a Python step per
    line (about half of writing graph.nt and graph.json).

    >>> runs = [["a", "c", "e"], ["b", "c"], ["d", "f"]]
    >>> [b for b in _merge_blocks([iter([r[:2], r[2:]]) for r in runs])]
    [['a', 'b', 'c', 'c'], ['d', 'e'], ['f']]
    """
    heads: list[list] = []  # [current block, position in it, the run's further blocks]
    for blocks in sources:
        block = _next_block(blocks)
        if block is not None:
            heads.append([block, 0, blocks])
    while heads:
        if len(heads) == 1:
            block, pos, blocks = heads[0]
            yield block[pos:]
            for block in blocks:
                if block:
                    yield block
            return
        bound = min(head[0][-1] for head in heads)
        out: list[str] = []
        for head in heads:
            block, pos = head[0], head[1]
            end = bisect.bisect_right(block, bound, pos)
            if end > pos:
                out += block[pos:end]
                if end == len(block):
                    head[0], end = _next_block(head[2]), 0
                head[1] = end
        heads = [head for head in heads if head[0] is not None]
        out.sort()
        yield out


def _open_run(path: Path, mode: str) -> Any:
    """A run file as text (``mode`` "r" or "w"): gzip-compressed at :data:`RUN_COMPRESSLEVEL` when named ``*.gz``.

    >>> import tempfile
    >>> with tempfile.TemporaryDirectory() as d:
    ...     with _open_run(Path(d) / "r.gz", "w") as fh:
    ...         _ = fh.write("a\\x1eb\\n\\u00e9\\n")
    ...     with _open_run(Path(d) / "r.gz", "r") as fh:
    ...         fh.read() == "a\\x1eb\\n\\u00e9\\n"
    True
    """
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, mode + "t", encoding="utf-8", newline="\n", compresslevel=RUN_COMPRESSLEVEL)
    return open(path, mode, encoding="utf-8", newline="\n")


def _json_item(item: dict[str, Any]) -> str:
    """One element of a graph.json array as :func:`dumps_canonical` indents it, on one line (newlines as \\x1e).

    >>> _json_item({"b": [1, {"c": "x\\ny"}], "a": {}})
    '{\\x1e "a": {},\\x1e "b": [\\x1e  1,\\x1e  {\\x1e   "c": "x\\\\ny"\\x1e  }\\x1e ]\\x1e}'
    """
    return _pretty(item, "\x1e")


_encode_str = json.encoder.encode_basestring  # type: ignore[attr-defined]  # C accelerated, ensure_ascii=False


def _pretty(obj: Any, newline: str) -> str:
    """``json.dumps(obj, ensure_ascii=False, sort_keys=True, indent=1)`` with ``newline`` for line breaks.

    A specialised writer: the standard library's indenting encoder is pure Python and was
    most of the time spent writing graph.json.
    """
    if isinstance(obj, str):
        return _encode_str(obj)
    if isinstance(obj, dict):
        if not obj:
            return "{}"
        inner = newline + " "
        return "{" + inner + ("," + inner).join(
            _encode_str(k) + ": " + (_encode_str(v) if type(v := obj[k]) is str else _pretty(v, inner))
            for k in sorted(obj)) + newline + "}"
    if isinstance(obj, list):
        if not obj:
            return "[]"
        inner = newline + " "
        return "[" + inner + ("," + inner).join(_encode_str(v) if type(v) is str else _pretty(v, inner)
                                                for v in obj) + newline + "]"
    if obj is True:
        return "true"
    if obj is False:
        return "false"
    if obj is None:
        return "null"
    if isinstance(obj, int):
        return int.__repr__(obj)
    if isinstance(obj, float) and obj == obj and obj not in (float("inf"), float("-inf")):
        return float.__repr__(obj)
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


_EVIDENCE_KEYS = frozenset(("confidence", "end", "extractor", "paper", "sentence", "start"))


def _evidence_json(ev: dict[str, Any], nl: str) -> str:
    """:func:`_pretty` of one evidence dict (the shape every builder evidence has), written without recursion."""
    conf, start, end = ev.get("confidence"), ev.get("start"), ev.get("end")
    if (ev.keys() != _EVIDENCE_KEYS or type(conf) is not float or conf != conf or conf in (float("inf"), float("-inf"))
            or type(start) is not int or type(end) is not int or type(ev["extractor"]) is not str
            or type(ev["paper"]) is not str or type(ev["sentence"]) is not str):
        return _pretty(ev, nl)
    i = nl + " "
    return (f'{{{i}"confidence": {float.__repr__(conf)},{i}"end": {end},{i}"extractor": {_encode_short(ev["extractor"])},'
            f'{i}"paper": {_encode_short(ev["paper"])},{i}"sentence": {_encode_short(ev["sentence"])},{i}"start": {start}{nl}}}')


#: JSON of strings that repeat in evidence (each sentence, paper id and extractor name is written once per mention).
_encode_short = functools.lru_cache(maxsize=1 << 16)(_encode_str)


def _edge_json(u: str, v: str, rel: str, data: dict[str, Any]) -> str:
    """:func:`_json_item` of a graph.json edge ``{"source", "target", "relation", **data}``.

    >>> data = {"support": 1, "confidence": 0.9, "evidence": [{"paper": "paper/p", "sentence": "S\\n", "start": 0,
    ...         "end": 4, "extractor": "x", "confidence": 0.9}]}
    >>> _edge_json("paper/p", "method/lora", "mentions", data) == _json_item({"source": "paper/p", "target": "method/lora",
    ...                                                                       "relation": "mentions", **data})
    True
    """
    conf, support = data["confidence"], data["support"]
    if len(data) != 3 or type(conf) is not float or conf != conf or type(support) is not int:
        return _json_item({"source": u, "target": v, "relation": rel, **data})
    i1, i2 = "\x1e ", "\x1e  "
    evidence = data["evidence"]
    evs = ("[" + i2 + ("," + i2).join(_evidence_json(ev, i2) for ev in evidence) + i1 + "]") if evidence else "[]"
    return (f'{{{i1}"confidence": {float.__repr__(conf)},{i1}"evidence": {evs},{i1}"relation": {_encode_str(rel)},'
            f'{i1}"source": {_encode_str(u)},{i1}"support": {support},{i1}"target": {_encode_str(v)}\x1e}}')


def _edge_key(u: str, v: str, rel: str) -> str:
    # "\x01" and "\x00" sort before every character of an id, so string order is tuple order.
    return f"{u}\x01{v}\x01{rel}"


def _edge_data(evidence: list[dict], support: int | None) -> dict[str, Any]:
    """The attributes :meth:`KnowledgeGraph.add_edge` gives an edge."""
    evidence = sorted(evidence, key=_evidence_key)
    if support is None:
        support = len({e.get("paper") for e in evidence}) or 1
    confidence = aggregate_confidence([e.get("confidence", 1.0) for e in evidence]) if evidence else 1.0
    return {"support": support, "confidence": round(float(confidence), 4), "evidence": evidence}


class _StreamWriter:
    """Turns nodes and edges into sorted runs of graph.json elements and N-Triples lines, and counts them."""

    def __init__(self, directory: Path, prefix: str = "", *, compress: bool = False):
        from exports.rdf import edge_ntriples, node_ntriples

        self._node_nt, self._edge_nt = node_ntriples, edge_ntriples
        self.nodes = _Runs(directory, f"{prefix}nodes", compress=compress)
        self.edges = _Runs(directory, f"{prefix}edges", compress=compress)
        self.triples = _Runs(directory, f"{prefix}triples", compress=compress)
        self.node_counts: Counter = Counter()
        self.edge_counts: Counter = Counter()

    def node(self, node_id: str, node_type: str, attrs: dict[str, Any]) -> None:
        data = {"node_type": node_type, **{k: v for k, v in attrs.items() if v is not None and k not in ("id", "key")}}
        self.nodes.add(f"{node_id}\x00{_json_item({'id': node_id, **data})}\n")
        self.triples.extend(self._node_nt(node_id, data))
        self.node_counts[node_type] += 1

    def edge(self, u: str, v: str, rel: str, evidence: list[dict], support: int | None = None) -> None:
        data = _edge_data(evidence, support)
        self.edges.add(f"{_edge_key(u, v, rel)}\x00{_edge_json(u, v, rel, data)}\n")
        self.triples.extend(self._edge_nt(u, v, rel, data))
        self.edge_counts[rel] += 1

    def counts(self) -> dict[str, dict[str, int]]:
        return {"nodes": dict(sorted(self.node_counts.items())), "edges": dict(sorted(self.edge_counts.items()))}

    def write_graph_json(self, path: Path) -> None:
        """graph.json, byte for byte :meth:`KnowledgeGraph.save` of the same graph (atomically)."""
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("{\n")
            for name, runs in (("edges", self.edges), ("nodes", self.nodes)):
                first = True
                for block in runs.merged_blocks():
                    # A block at a time: one join, one replace and one write for some thousand elements.
                    text = ",\n  ".join([line[line.index("\x00") + 1:-1] for line in block]).replace("\x1e", "\n  ")
                    fh.write((f' "{name}": [\n  ' if first else ",\n  ") + text)
                    first = False
                fh.write(f' "{name}": [],\n' if first else "\n ],\n")
                if name == "edges":
                    fh.write(' "format": "paperkg-graph",\n')
            fh.write(f' "version": {GRAPH_FORMAT_VERSION}\n}}\n')
        os.replace(tmp, path)

    def write_ntriples(self, path: Path) -> Path:
        """graph.nt: sorted, unique lines (atomically)."""
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for block in self.triples.merged_blocks(unique=True):
                fh.writelines(block)
        os.replace(tmp, path)
        return path


class _StreamAssembler:
    """Assembles the graph paper by paper without holding the papers.

    Only the global tables stay in memory (:class:`_Globals`: counts and variant evidence,
    one entry per entity). Each paper's own nodes and edges (paper, results, mentions,
    proposes, reports, result links) go straight to sorted runs, and so does the evidence of
    its entity-to-entity relations (:attr:`relations`, merged by key in :meth:`finish`) —
    except edges to an entity that may end up without a node (one only ever named through a
    relation or a result, never mentioned), which wait in memory until the counts are known (rare).
    """

    def __init__(self, resolution: Resolution, directory: Path, prefix: str = "", *, compress: bool = False):
        self.res = resolution
        self.globals = _Globals(resolution)
        self.out = _StreamWriter(directory, prefix, compress=compress)
        #: One line per evidence of an entity-to-entity relation: ``u\x01v\x01rel\x00paper\x00n\x00evidence JSON``
        #: (``n``: its place among the paper's relations, so a merged group keeps the order they were read in).
        #: In memory these lists grew with N (about 0.7 relations per paper, each with its sentence).
        self.relations = _Runs(directory, f"{prefix}relations", compress=compress)
        variant_parents = {parent for _, parent in resolution.variants}
        # Entities that will certainly be nodes: a mentioned (attested) entity is mentioned by
        # the same mention at assembly; families are kept whatever their counts.
        self.sure = {n for n, e in resolution.entities.items() if e.attested} | variant_parents
        self.pending: list[tuple[str, str, str, list[dict]]] = []

    def add(self, rec: PaperRecord, ex: Extraction | None) -> None:
        parts = _paper_parts(self.res, rec, ex)
        self.out.node(parts.paper, "Paper", parts.attrs)
        for node, attrs in parts.results.items():
            self.out.node(node, "Result", attrs)
        for (u, v, rel), evidence in _local_edge_evidence(parts):
            if v.startswith("result/") or v in self.sure:
                self.out.edge(u, v, rel, evidence)
            else:
                self.pending.append((u, v, rel, evidence))
        for n, ((u, v, rel), ev) in enumerate(parts.relations):
            self.relations.add(f"{_edge_key(u, v, rel)}\x00{parts.paper}\x00{n:06d}\x00{json.dumps(ev, ensure_ascii=False)}\n")
        self.globals.add(parts, relations=False)

    def partial(self) -> dict[str, Any]:
        """Everything this assembler made, for :meth:`absorb` in another process: run files and tables."""
        runs = {}
        for name in ("nodes", "edges", "triples", "relations"):
            r = self.relations if name == "relations" else getattr(self.out, name)
            r.spill()
            runs[name] = [str(p) for p in r.paths]
            r.paths = []
        g = self.globals
        return {"runs": runs, "node_counts": self.out.node_counts, "edge_counts": self.out.edge_counts,
                "pending": self.pending, "entity_papers": g.entity_papers,
                "entity_mentions": g.entity_mentions, "variant_evidence": dict(g.variant_evidence), "stats": g.stats}

    def absorb(self, part: dict[str, Any]) -> None:
        """Add the :meth:`partial` of the next batch of papers (batches absorbed in paper order)."""
        for name, paths in part["runs"].items():
            (self.relations if name == "relations" else getattr(self.out, name)).paths.extend(Path(p) for p in paths)
        self.out.node_counts.update(part["node_counts"])
        self.out.edge_counts.update(part["edge_counts"])
        self.pending.extend(part["pending"])
        g = self.globals
        g.entity_papers.update(part["entity_papers"])
        g.entity_mentions.update(part["entity_mentions"])
        for node, evidence in part["variant_evidence"].items():
            kept = g.variant_evidence[node]
            kept.extend(evidence[:VARIANT_EVIDENCE_PAPERS - len(kept)])
        g.stats.update(part["stats"])

    def finish(self) -> set[str]:
        """Write the global nodes and edges into the runs; return the entities kept."""
        keep = self.globals.keep()
        missing = self.sure - keep
        if missing:  # an invariant of resolution: say so loudly rather than write a dangling edge
            raise KGError(Errors.E355.format(nodes=", ".join(sorted(missing)[:5])))
        for node, node_type, attrs in self.globals.entity_nodes(keep):
            self.out.node(node, node_type, attrs)
        for u, v, rel, evidence in self.pending:
            if v in keep:
                self.out.edge(u, v, rel, evidence)
        self.pending = []
        variants = self.globals.variant_edges(keep)
        for key, evidence in self._merged_relations():
            if key[0] in keep and key[1] in keep and key not in variants:
                self.out.edge(*key, evidence)
        for (u, v, rel), (evidence, support) in sorted(variants.items()):
            self.out.edge(u, v, rel, evidence, support)
        return keep

    def _merged_relations(self) -> Iterator[tuple[tuple[str, str, str], list[dict]]]:
        """((u, v, relation), evidence in reading order) of each entity-to-entity relation, from the runs."""
        group, evidence = None, []
        for line in self.relations.merged():
            key, _, _, data = line.split("\x00", 3)
            if key != group:
                if evidence:
                    yield tuple(group.split("\x01")), evidence  # type: ignore[union-attr,misc]
                group, evidence = key, []
            evidence.append(json.loads(data))
        if evidence:
            yield tuple(group.split("\x01")), evidence  # type: ignore[union-attr,misc]

    def release(self) -> None:
        """Drop the resolution and the tables once :meth:`finish` wrote them: only the runs are left to merge
        (the write and the query store's load then run without them in memory)."""
        self.res = self.globals = None  # type: ignore[assignment]
        self.sure = set()


#: Extraction chunks per resolution/assembly task (one process handles a batch at a time).
ASSEMBLY_BATCH_CHUNKS = 5

_WORKER_RESOLUTION: Resolution | None = None


def _resolve_parts(parts: list[str]) -> Resolver:
    """Pass 1 over some part files: the evidence they hold (resolvers of batches merge into one).

    :meth:`Resolver.add` reads an extraction's mentions and abbreviations only, so results and
    relations are not built here (about a third of the time spent making Extraction objects);
    ``tests/test_builder.py`` checks the outcome equals :func:`kg.resolve.resolve_extractions`.
    """
    resolver = Resolver()
    for part in parts:
        for _, data in _iter_jsonl(Path(part)):
            resolver.add(_read_extraction(data, mentions_only=True))
    return resolver


def _init_assembly(resolution: Resolution) -> None:
    global _WORKER_RESOLUTION
    _WORKER_RESOLUTION = resolution


def _assemble_batch(out: str, tmpdir: str, batch: int, chunks: list[tuple[int, int, int]],
                    compress: bool = False) -> dict[str, Any]:
    """Pass 2 over a batch of chunks ``(index, byte offset in papers.jsonl, count)``: sorted runs + tables."""
    if _WORKER_RESOLUTION is None:
        raise RuntimeError("assembly worker used without its initializer")
    root = Path(out)
    assembler = _StreamAssembler(_WORKER_RESOLUTION, Path(tmpdir), prefix=f"b{batch:05d}-", compress=compress)
    for index, offset, count in chunks:
        records = _read_chunk(root / PAPERS, offset, count)
        part = _part_path(root / EXTRACTIONS, index)
        extractions = (_read_extraction(d) for _, d in _iter_jsonl(part)) if part.is_file() else iter(())
        for rec, ex in _zip_by_id(records, extractions):
            assembler.add(rec, ex)
    return assembler.partial()


def _batches(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)]


def _pool(workers: int, initializer: Callable | None = None, initargs: tuple = ()):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=initializer, initargs=initargs)


def resolve_build(out: Path, *, workers: int = 1, resolver: Resolver | None = None,
                  skip: set[int] | frozenset[int] = frozenset()) -> Resolution:
    """Pass 1: resolve every mention of the build in ``out`` (part files in batches over ``workers`` processes).

    ``resolver`` already holds the parts numbered in ``skip`` (the build resolves each part
    as extraction writes it); only the others are read. The outcome does not depend on the
    order parts are added in (:class:`kg.resolve.Resolver` decides by sorted keys and counts).
    """
    done = {_part_path(Path(out) / EXTRACTIONS, i).name for i in skip}
    paths = [p for p in _part_paths(Path(out) / EXTRACTIONS) if p.name not in done]
    batches = _batches([str(p) for p in paths], ASSEMBLY_BATCH_CHUNKS)
    resolver = resolver if resolver is not None else Resolver()
    if workers <= 1 or len(batches) <= 1:
        for batch in batches:
            resolver.merge(_resolve_parts(batch))
    else:
        with _pool(min(workers, len(batches))) as pool:
            for part in pool.map(_resolve_parts, batches):
                resolver.merge(part)
    return resolver.finalize()


def assemble_build(out: Path, resolution: Resolution, tmpdir: Path, *, chunk_size: int = DEFAULT_CHUNK_SIZE,
                   workers: int = 1, compress: bool | None = None) -> _StreamAssembler:
    """Pass 2: every paper's nodes and edges into sorted runs under ``tmpdir`` (batches over ``workers``
    processes, absorbed in paper order), then the global nodes and edges. Ready to write.

    ``compress``: gzip the run files (default: from :data:`RUN_COMPRESS_MIN_PAPERS` papers on)."""
    out = Path(out)
    chunks = [(i, offset, count) for i, (offset, count) in enumerate(_chunk_offsets(out / PAPERS, chunk_size))]
    if compress is None:
        compress = sum(count for _, _, count in chunks) >= RUN_COMPRESS_MIN_PAPERS
    batches = _batches(chunks, ASSEMBLY_BATCH_CHUNKS)
    assembler = _StreamAssembler(resolution, tmpdir, compress=compress)
    if workers <= 1 or len(batches) <= 1:
        _init_assembly(resolution)
        try:
            for number, batch in enumerate(batches):
                assembler.absorb(_assemble_batch(str(out), str(tmpdir), number, batch, compress))
        finally:
            _init_assembly(None)  # type: ignore[arg-type]
    else:
        with _pool(min(workers, len(batches)), _init_assembly, (resolution.for_assembly(),)) as pool:
            for part in pool.map(_assemble_batch, itertools.repeat(str(out)), itertools.repeat(str(tmpdir)),
                                 itertools.count(), batches, itertools.repeat(compress)):
                assembler.absorb(part)
    assembler.finish()
    return assembler


# ----------------------------------------------------------------------------------------------
# Extraction: a picklable factory run once per worker
def make_extractor(model: bool = True) -> Callable[[list[PaperRecord]], list[Extraction]]:
    """A function extracting a list of records with the default spaCy pipeline (built once)."""
    from kg.pipeline import extract_records, make_nlp

    nlp = make_nlp(model=model)

    def extract(records: list[PaperRecord]) -> list[Extraction]:
        return list(extract_records(nlp, records, batch_size=64))

    return extract


def pipeline_fingerprint(factory: Callable[..., Any]) -> dict[str, Any]:
    """What decides extraction output, so that reused chunks come from the same pipeline."""
    import kg

    name = getattr(factory, "__qualname__", None) or repr(factory)
    if isinstance(factory, functools.partial):
        name = f"{factory.func.__module__}.{factory.func.__qualname__}{sorted(factory.keywords.items())}"
    components: list[str] = []
    try:
        from kg.pipeline import DEFAULT_PIPELINE

        components = list(DEFAULT_PIPELINE)
    except ImportError:
        pass
    text = json.dumps([kg.__version__, name, components, _code_digest()], sort_keys=True)
    return {"components": components, "fingerprint": short_hash(text)}


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """SHA-1 over the extraction code, lexicons and model files: reuse only what this code would produce."""
    digest = hashlib.sha1()
    roots: list[Path] = []
    try:
        import extractors

        roots.append(Path(extractors.__file__).parent)
    except ImportError:
        pass
    here = Path(__file__).parent
    files = [here / "pipeline.py", here / "mentions.py", here / "records.py"]
    for root in roots:
        files += [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts]
    for path in sorted(files):
        if path.is_file():
            # Named from its package (kg/…, extractors/…): the same code hashes the same wherever it is installed.
            base = next((r.parent for r in (here, *roots) if path.is_relative_to(r)), path.parent)
            digest.update(path.relative_to(base).as_posix().encode("utf-8", "surrogateescape"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


_WORKER_EXTRACT: Callable[[list[PaperRecord]], list[Extraction]] | None = None


def _init_worker(factory: Callable[[], Callable]) -> None:
    global _WORKER_EXTRACT
    _WORKER_EXTRACT = factory()


def _extract_chunk(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    recs = [PaperRecord.from_dict(r) for r in records]
    if _WORKER_EXTRACT is None:
        raise RuntimeError("worker used without its initializer")
    return [e.to_dict() for e in _WORKER_EXTRACT(recs)]


def _text_sha1(rec: PaperRecord) -> str:
    return hashlib.sha1(rec.text.encode("utf-8")).hexdigest()


# ----------------------------------------------------------------------------------------------
# Files
def _write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8", newline="\n")
    os.replace(tmp, path)


def _record_line(rec: PaperRecord) -> str:
    return json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"


def _iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    with open(path, encoding="utf-8") as fh:
        for number, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                yield number, json.loads(line)
            except json.JSONDecodeError as err:
                raise ConfigError(Errors.E304.format(path=path, line=number, detail=err)) from err


def iter_papers(out_dir: Path) -> Iterator[PaperRecord]:
    """The merged records of a build, in id order."""
    for _, data in _iter_jsonl(Path(out_dir) / PAPERS):
        yield PaperRecord.from_dict(data)


def iter_extractions(out_dir: Path) -> Iterator[Extraction]:
    """The extractions of a build, part after part (id order)."""
    for part in _part_paths(Path(out_dir) / EXTRACTIONS):
        for _, data in _iter_jsonl(part):
            yield Extraction.from_dict(data)


def _part_paths(directory: Path) -> list[Path]:
    return sorted(directory.glob("part-*.jsonl")) if directory.is_dir() else []


def _part_path(directory: Path, index: int) -> Path:
    return directory / f"part-{index:05d}.jsonl"


def merge_to_jsonl(records: Iterable[PaperRecord], path: Path, *, run_size: int = MERGE_RUN_SIZE) -> int:
    """Merge ``records`` by paper id into sorted JSON Lines at ``path`` (atomically); return the paper count.

    An external merge sort: runs of ``run_size`` records are sorted and spilled to
    temporary files, then merged; records of one id are merged in the order read
    (:func:`kg.readers.merge_records` semantics).
    """
    from kg.readers import merge_records

    count = 0
    tmp = path.with_name(path.name + ".tmp")
    with tempfile.TemporaryDirectory(prefix="paperkg-merge-", dir=path.parent) as tmpdir:
        runs: list[Path] = []
        buf: list[str] = []

        def spill() -> None:
            buf.sort()
            # Plain text, not gzip: the runs hold the corpus once (1.7 GB at 1M abstracts, beside tens of GB of
            # outputs), and compressing and reading them back was a fifth of the read's CPU at 10 runs.
            run = Path(tmpdir) / f"run-{len(runs):05d}"  # only past run_size records: a large input
            with _open_run(run, "w") as fh:
                fh.writelines(buf)
            runs.append(run)
            buf.clear()

        for seq, rec in enumerate(records):
            # "id TAB seq TAB json": string order is (id, read order) since ids hold no control characters.
            buf.append(f"{rec.id}\t{seq:012d}\t{json.dumps(rec.to_dict(), ensure_ascii=False, sort_keys=True)}\n")
            if len(buf) >= run_size:
                spill()
        buf.sort()
        handles = [_open_run(r, "r") for r in runs]
        try:
            with open(tmp, "w", encoding="utf-8", newline="\n") as out:
                group: list[str] = []
                group_id = None

                def flush() -> None:
                    # One record: its line is already canonical (the common case; no parse, no re-encode).
                    out.write(group[0] if len(group) == 1 else
                              _record_line(merge_records(PaperRecord.from_dict(json.loads(d)) for d in group)[0]))

                for line in heapq.merge(buf, *handles):
                    pid, _, data = line.split("\t", 2)
                    if pid != group_id and group:
                        flush()
                        count += 1
                        group = []
                    group_id = pid
                    group.append(data)
                if group:
                    flush()
                    count += 1
        finally:
            for fh in handles:
                fh.close()
    os.replace(tmp, path)
    return count


def _combine_read_reports(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    if not old:
        return new
    out = dict(new)
    for key in ("files", "records"):
        out[key] = int(old.get(key, 0)) + int(new.get(key, 0))
    for key in ("formats", "flags"):
        merged = Counter(old.get(key, {}))
        merged.update(new.get(key, {}))
        out[key] = dict(sorted(merged.items()))
    out["per_file"] = dict(sorted({**old.get("per_file", {}), **new.get("per_file", {})}.items()))
    out["skipped_records"] = list(old.get("skipped_records", [])) + list(new.get("skipped_records", []))
    out["skipped"] = len(out["skipped_records"])
    out["warnings"] = list(old.get("warnings", [])) + list(new.get("warnings", []))
    return out


# ----------------------------------------------------------------------------------------------
# Chunked extraction with reuse
class _Cache:
    """Where each paper's previous extraction line is: id -> (part, byte offset, text sha1)."""

    def __init__(self, directory: Path):
        self.index: dict[str, tuple[Path, int, str]] = {}
        self.parts: dict[Path, list[str]] = {}
        for part in _part_paths(directory):
            ids = []
            with open(part, "rb") as fh:
                offset = 0
                for raw in fh:
                    try:
                        data = json.loads(raw)
                        self.index[data["id"]] = (part, offset, data.get("text_sha1", ""))
                        ids.append(data["id"])
                    except (json.JSONDecodeError, KeyError, TypeError):
                        pass
                    offset += len(raw)
            self.parts[part] = ids

    def line(self, rec: PaperRecord, sha: str) -> str | None:
        hit = self.index.get(rec.id)
        if not hit or hit[2] != sha:
            return None
        part, offset, _ = hit
        try:
            with open(part, "rb") as fh:
                fh.seek(offset)
                raw = fh.readline().decode("utf-8")
            if json.loads(raw).get("id") != rec.id:
                return None
        except (OSError, ValueError):
            return None
        return raw if raw.endswith("\n") else raw + "\n"

    def finished(self, part: Path, records: Sequence[PaperRecord], shas: Sequence[str]) -> bool:
        """Whether ``part`` already holds exactly these papers extracted from these texts."""
        if self.parts.get(part) != [r.id for r in records]:
            return False
        return all(self.index[r.id][2] == sha for r, sha in zip(records, shas))


def _chunk_offsets(path: Path, size: int) -> list[tuple[int, int]]:
    """(byte offset, record count) of each chunk of ``size`` lines in ``path``."""
    chunks: list[tuple[int, int]] = []
    with open(path, "rb") as fh:
        offset = 0
        count = 0
        start = 0
        for raw in fh:
            if count == 0:
                start = offset
            count += 1
            offset += len(raw)
            if count == size:
                chunks.append((start, count))
                count = 0
        if count:
            chunks.append((start, count))
    return chunks


def _read_chunk(path: Path, offset: int, count: int) -> list[PaperRecord]:
    with open(path, "rb") as fh:
        fh.seek(offset)
        return [PaperRecord.from_dict(json.loads(fh.readline())) for _ in range(count)]


def _extraction_line(data: dict[str, Any], sha: str) -> str:
    return json.dumps({**data, "text_sha1": sha}, ensure_ascii=False, sort_keys=True) + "\n"


def _extract_all(out: Path, *, factory: Callable[[], Callable], workers: int, chunk_size: int, reuse: bool,
                 fingerprint: dict[str, Any], progress: Any, engine: str = "local",
                 scheduler: str | None = None, resolver: Resolver | None = None,
                 resolved: set[int] | None = None) -> dict[str, int]:
    """Extract every chunk of ``papers.jsonl`` into its part file (reusing finished ones when ``reuse``).

    With ``resolver``, each part written is also added to it (pass 1 of the resolution, from the
    dicts in hand, while the workers extract the next chunks) and its index goes into ``resolved``;
    parts reused whole are not read here.
    """
    directory = out / EXTRACTIONS
    directory.mkdir(parents=True, exist_ok=True)
    manifest_path = directory / MANIFEST
    manifest = {"chunk_size": chunk_size, "fingerprint": fingerprint["fingerprint"]}
    if reuse and manifest_path.exists():
        try:
            reuse = json.loads(manifest_path.read_text(encoding="utf-8")) == manifest
        except ValueError:
            reuse = False
    else:
        reuse = False
    if not reuse:
        # Parts of another pipeline (or of nothing known) must not survive an interrupted build.
        for stale in _part_paths(directory):
            stale.unlink()
    _write_atomic(manifest_path, dumps_canonical(manifest))
    cache = _Cache(directory) if reuse else None
    chunks = _chunk_offsets(out / PAPERS, chunk_size)
    stats = Counter(chunks=len(chunks))
    total = sum(c for _, c in chunks)
    task = progress.add_task("extracting", total=total) if progress else None

    # Descending order keeps reuse safe while parts are rewritten in place: papers only get
    # added, so a paper of chunk j was in an old chunk <= j, never in a later one.
    # Chunks are read lazily, so memory holds only the chunks in flight, not the corpus (flat in N).
    def chunks_to_do() -> Iterator[tuple[int, list[PaperRecord], list[str], dict[str, str]]]:
        for index in reversed(range(len(chunks))):
            records = _read_chunk(out / PAPERS, *chunks[index])
            shas = [_text_sha1(r) for r in records]
            part = _part_path(directory, index)
            if cache is not None and cache.finished(part, records, shas):
                stats["reused_chunks"] += 1
                stats["reused_papers"] += len(records)
                if progress:
                    progress.advance(task, len(records))
                continue
            cached: dict[str, str] = {}
            if cache is not None:
                for rec, sha in zip(records, shas):
                    line = cache.line(rec, sha)
                    if line is not None:
                        cached[rec.id] = line
            stats["reused_papers"] += len(cached)
            yield index, records, shas, cached

    remaining = chunks_to_do()
    first = list(itertools.islice(remaining, 2))
    pending = itertools.chain(first, remaining)

    def write(index: int, records: list[PaperRecord], shas: list[str], cached: dict[str, str],
              fresh: list[dict[str, Any]]) -> None:
        by_id = {d["id"]: d for d in fresh}
        lines = []
        for rec, sha in zip(records, shas):
            if rec.id in cached:
                lines.append(cached[rec.id])
            else:
                lines.append(_extraction_line(by_id.get(rec.id) or Extraction(rec.id).to_dict(), sha))
        _write_atomic(_part_path(directory, index), "".join(lines))
        if resolver is not None:
            for rec in records:
                data = by_id.get(rec.id) or (json.loads(cached[rec.id]) if rec.id in cached else None)
                if data is not None:
                    resolver.add(_read_extraction(data, mentions_only=True))
            if resolved is not None:
                resolved.add(index)
        stats["extracted_papers"] += len(fresh)
        if progress:
            progress.advance(task, len(records))

    def todo(records: list[PaperRecord], cached: dict[str, str]) -> list[dict[str, Any]]:
        return [r.to_dict() for r in records if r.id not in cached]

    if engine == "local" and (workers <= 1 or len(first) <= 1):
        extract = None
        for index, records, shas, cached in pending:
            missing = todo(records, cached)
            fresh: list[dict[str, Any]] = []
            if missing:
                if extract is None:
                    try:
                        extract = factory()
                    except Exception as err:  # the pipeline is another package: report, don't crash
                        raise ConfigError(Errors.E302.format(detail=err)) from err
                fresh = _run_extract(extract, missing, index, records)
            write(index, records, shas, cached, fresh)
    else:
        def make_pool() -> Any:
            if engine == "dask":
                from kg.dask_engine import DaskExecutor

                return DaskExecutor(scheduler=scheduler, workers=workers, initializer=_init_worker, initargs=(factory,))
            return _extraction_pool(workers, factory)

        # The local pool is replaced every WORKER_RECYCLE_CHUNKS chunks submitted: a worker's memory grows
        # with the words and names it has seen, a new one starts from the loaded pipeline (memory flat in N).
        recycle = WORKER_RECYCLE_CHUNKS if engine == "local" else 0
        futures: deque = deque()

        def drain() -> None:
            future, index, records, shas, cached = futures.popleft()
            try:
                fresh = future.result() if future is not None else []
            except Exception as err:
                raise ConfigError(Errors.E303.format(chunk=index, first=records[0].id, last=records[-1].id,
                                                     detail=err)) from err
            write(index, records, shas, cached, fresh)

        pending = iter(pending)
        more = True
        while more:
            more = False
            with make_pool() as pool:
                # A bounded window of chunks in flight: workers stay busy, memory stays flat in N.
                window = 2 * getattr(pool, "parallelism", workers)
                submitted = 0
                for index, records, shas, cached in pending:
                    missing = todo(records, cached)
                    futures.append((pool.submit(_extract_chunk, missing) if missing else None, index, records, shas,
                                    cached))
                    submitted += bool(missing)
                    while len(futures) > window:
                        drain()
                    if recycle and submitted >= recycle:
                        following = next(pending, None)  # a new pool only for chunks still to come
                        if following is not None:
                            pending = itertools.chain([following], pending)
                            more = True
                            stats["pool_restarts"] += 1
                        break
                while futures:
                    drain()

    for stale in _part_paths(directory)[len(chunks):]:
        stale.unlink()
    for leftover in directory.glob("*.tmp"):
        leftover.unlink()
    return dict(stats)


#: Chunks a local extraction pool is given before it is replaced by a new one (0: never). Measured (session 6):
#: a worker grows ~2 MiB per 1,000 abstracts of the synthetic corpus (new words and names), ~1 GiB each at 1M;
#: 200 chunks (~100k abstracts per worker on 2 workers) bound that to ~0.2 GiB, for a pipeline load and a
#: drained window per restart. A new pool, not ``max_tasks_per_child``: that can hang on Python 3.11-3.13
#: (cpython gh-115634).
WORKER_RECYCLE_CHUNKS = 200


def _extraction_pool(workers: int, factory: Callable[[], Callable]) -> Any:
    """A process pool whose workers build the pipeline once (``spawn``: no state copied from this process)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_init_worker, initargs=(factory,))


def _run_extract(extract: Callable, missing: list[dict[str, Any]], index: int, records: list[PaperRecord]) -> list[dict]:
    try:
        return [e.to_dict() for e in extract([PaperRecord.from_dict(r) for r in missing])]
    except KGError:
        raise
    except Exception as err:
        raise ConfigError(Errors.E303.format(chunk=index, first=records[0].id, last=records[-1].id, detail=err)) from err


# ----------------------------------------------------------------------------------------------
# The build
def _versions() -> dict[str, str]:
    from importlib import metadata

    import kg

    out = {"paperkg": kg.__version__}
    for dist in ("spacy", "networkx", "rdflib", "pyoxigraph"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    return out


def _make_progress(enabled: bool):
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description:<12}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=Console(stderr=True), transient=False)


def build(
    inputs: Sequence[Path | str],
    out: Path | str,
    *,
    format: str | None = None,
    strict: bool = False,
    into: bool = False,
    workers: int | None = None,
    resume: bool = False,
    exports: Sequence[str] | None = None,
    progress: bool = True,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    extractor: Callable[[], Callable[[list[PaperRecord]], list[Extraction]]] | None = None,
    model: bool = True,
    store: bool = True,
    engine: str = "local",
    scheduler: str | None = None,
) -> BuildReport:
    """Build (or extend) the build directory ``out`` from ``inputs``.

    Args:
        inputs: files or directories of paper records (any registered format).
        out: the build directory.
        format: reader name; detected per file when None.
        strict: stop at the first malformed record.
        into: add ``inputs`` to the existing build in ``out``; the result equals a
            one-shot build over the previous inputs followed by these.
        workers: extraction processes (default: every core).
        resume: keep finished extraction chunks of an interrupted build.
        exports: exporter names to write into ``out/exports/<name>/`` (default: every
            registered exporter; ``[]`` for none).
        progress: rich progress bars on stderr.
        chunk_size: papers per extraction part.
        extractor: picklable factory returning ``extract(records) -> extractions``
            (default: :func:`make_extractor` with ``model``).
        model: use the trained NER component when ``extractor`` is None.
        store: load the query store (``kg.store``) when it is installed.
        engine: ``"local"`` (a process pool of ``workers``) or ``"dask"``
            (:mod:`kg.dask_engine`); both write byte-identical outputs.
        scheduler: with ``engine="dask"``, the address of a running Dask scheduler
            (``tcp://HOST:8786``); a ``LocalCluster`` of ``workers`` processes when None.

    Raises:
        RecordError: under ``strict``, for the first malformed record.
        ConfigError: bad options, not a build directory (``into``), pipeline errors.
        ExportError: an exporter failed.
    """
    from kg.readers import ReadReport, read_records
    from kg.registry import exporters as registry

    t0 = time.perf_counter()
    out = Path(out)
    workers = (os.cpu_count() or 1) if workers is None else workers
    if workers < 1:
        raise ConfigError(Errors.E301.format(value=workers))
    if engine not in ("local", "dask"):
        raise ConfigError(Errors.E353.format(value=engine, choices="local, dask"))
    if scheduler and engine != "dask":
        raise ConfigError(Errors.E354.format(scheduler=scheduler))
    export_names = list(registry.get_all()) if exports is None else list(exports)
    for name in export_names:
        registry.get(name)  # unknown names fail before any work
    factory = extractor or functools.partial(make_extractor, model=model)
    fingerprint = pipeline_fingerprint(factory)

    previous: dict[str, Any] = {}
    if into:
        if not (out / "build.json").is_file() or not (out / PAPERS).is_file():
            raise ConfigError(Errors.E300.format(path=out))
        previous = json.loads((out / "build.json").read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    if not into and not resume:
        for stale in ("build.json", "timings.json"):
            if (out / stale).exists():
                (out / stale).unlink()

    report = BuildReport(chunk_size=chunk_size, versions=_versions())
    report.inputs = list(previous.get("inputs", [])) + [str(p) for p in inputs]
    timings: dict[str, Any] = {"workers": workers, "engine": engine}
    bar = _make_progress(progress)
    if bar:
        bar.start()
    try:
        # 1. read + merge
        read_report = ReadReport()
        t = time.perf_counter()
        new_records = read_records(inputs, format=format, strict=strict, report=read_report)
        if into:
            # The merge reads every record before it replaces papers.jsonl, so it may read the old file.
            report.papers = merge_to_jsonl(_chain(iter_papers(out), new_records), out / PAPERS)
        else:
            report.papers = merge_to_jsonl(new_records, out / PAPERS)
        report.read = _combine_read_reports(previous.get("read", {}), read_report.to_dict())
        timings["read_s"] = round(time.perf_counter() - t, 3)

        # 2. extract (and resolution's pass 1 over each part as it is written)
        t = time.perf_counter()
        resolver, resolved = Resolver(), set()
        stats = _extract_all(out, factory=factory, workers=workers, chunk_size=chunk_size, reuse=into or resume,
                             fingerprint=fingerprint, progress=bar, engine=engine, scheduler=scheduler,
                             resolver=resolver, resolved=resolved)
        report.chunks = stats.get("chunks", 0)
        report.pipeline = fingerprint
        timings.update({k: v for k, v in stats.items() if k != "chunks"})
        timings["extract_s"] = round(time.perf_counter() - t, 3)

        timings["exporters_s"] = {}
        if exports is None and report.papers > EXPORT_GRAPH_MAX_PAPERS:
            skipped = [n for n in export_names if n not in _STREAMED_EXPORTS]
            export_names = [n for n in export_names if n in _STREAMED_EXPORTS]
            if skipped:
                report.messages.append(Warnings.W300.format(papers=report.papers, limit=EXPORT_GRAPH_MAX_PAPERS,
                                                             names=", ".join(skipped), out=out))
                timings["exports_skipped"] = skipped
        # Exporters that stream from the build's files run while the store is still loading; one that
        # loads the whole graph runs after the load, so the two never hold their memory at once.
        exports_during_load = all(name in _STREAMED_EXPORTS for name in export_names)

        with contextlib.ExitStack() as pending:  # an error anywhere below still stops and removes the load
            # 3. resolve (pass 1 over the parts), 4. assemble (pass 2) straight into sorted runs
            t = time.perf_counter()
            resolution = resolve_build(out, workers=workers, resolver=resolver, skip=resolved)
            del resolver
            timings["resolve_s"] = round(time.perf_counter() - t, 3)
            t = time.perf_counter()
            for stale in out.glob("paperkg-assemble-*"):  # runs of a killed build
                shutil.rmtree(stale, ignore_errors=True)
            with tempfile.TemporaryDirectory(prefix="paperkg-assemble-", dir=out) as tmpdir:
                assembler = assemble_build(out, resolution, Path(tmpdir), chunk_size=chunk_size, workers=workers)
                del resolution
                report.graph = assembler.out.counts()
                stats = assembler.globals.stats
                assembler.release()
                report.resolution = {"entities": sum(report.graph["nodes"].get(t, 0) for t in _TYPE_OF.values()),
                                     "variants": report.graph["edges"].get("variant_of", 0),
                                     "unresolved_mentions": stats["unresolved_mentions"],
                                     "dropped_relations": stats["dropped_relations"]}
                timings["assemble_s"] = round(time.perf_counter() - t, 3)
                timings["runs_bytes"] = sum(getattr(assembler.out, name).disk_bytes()
                                            for name in ("nodes", "edges", "triples"))

                # 5. write: merge the runs (graph.nt, then graph.json; each run file is deleted once merged).
                # The store loads graph.nt in the background (kg.store.start_store) from here on.
                t = time.perf_counter()
                nt = assembler.out.write_ntriples(out / "graph.nt")
                loading = _start_store(out, nt) if store else None
                if loading is not None:
                    pending.enter_context(loading)
                assembler.out.write_graph_json(out / "graph.json")
                del assembler
                timings["write_s"] = round(time.perf_counter() - t, 3)

            def finish_store() -> None:
                # store_s: the wait for the load after the work it overlapped
                started = time.perf_counter()
                report.store = Path(loading.wait()).relative_to(out).as_posix() if loading is not None else None
                timings["store_s"] = round(time.perf_counter() - started, 3)

            if not exports_during_load:
                finish_store()
            t = time.perf_counter()
            report.exports = write_exports(functools.partial(load_graph, out), out, export_names, progress=bar,
                                           timings=timings["exporters_s"])
            timings["exports_s"] = round(time.perf_counter() - t, 3)
            if exports_during_load:
                finish_store()
    finally:
        if bar:
            bar.stop()
    _write_atomic(out / "build.json", dumps_canonical(report.to_dict()))
    timings["total_s"] = round(time.perf_counter() - t0, 3)
    report.timings = timings
    _write_atomic(out / "timings.json", dumps_canonical(timings))
    return report


def _chain(*iterables: Iterable[PaperRecord]) -> Iterator[PaperRecord]:
    for it in iterables:
        yield from it


def _zip_by_id(records: Iterable[PaperRecord], extractions: Iterable[Extraction]) -> Iterator[tuple[PaperRecord, Extraction | None]]:
    """Pair sorted records with sorted extractions (both in papers.jsonl order)."""
    it = iter(extractions)
    pending = next(it, None)
    for rec in records:
        while pending is not None and pending.paper_id < rec.id:
            pending = next(it, None)
        if pending is not None and pending.paper_id == rec.id:
            yield rec, pending
            pending = next(it, None)
        else:
            yield rec, None


def _start_store(out: Path, nt: Path) -> Any:
    """The query store's background load of ``nt`` (``kg.store.start_store``), or None without pyoxigraph."""
    try:
        from kg.store import start_store
    except ImportError:
        return None
    return start_store(out, nt)


def write_exports(graph: KnowledgeGraph | Callable[[], KnowledgeGraph], out: Path, names: Sequence[str], *,
                  progress: Any = None, timings: dict[str, float] | None = None) -> dict[str, list[str]]:
    """Run each named exporter into ``out/exports/<name>/``; return the files written (relative to ``out``).

    ``graph`` may be a function returning it: the whole graph is then loaded only if an
    exporter needs it. Until then ``ntriples`` is a copy of the build's sorted ``graph.nt`` and
    ``neo4j`` is streamed from its ``graph.json`` (:mod:`exports.neo4j_stream`, the same bytes).
    ``timings`` (if given) receives the seconds each exporter took.
    """
    from kg.registry import exporters as registry

    written: dict[str, list[str]] = {}
    task = progress.add_task("exporting", total=len(names)) if progress and names else None
    loaded: list[KnowledgeGraph] = [graph] if isinstance(graph, KnowledgeGraph) else []
    for name in names:
        entry = registry.get(name)
        target = out / "exports" / name
        if target.exists():
            shutil.rmtree(target)
        started = time.perf_counter()
        try:
            if name == "ntriples" and not loaded and (out / "graph.nt").is_file():
                target.mkdir(parents=True)
                tmp = target / "graph.nt.tmp"
                shutil.copyfile(out / "graph.nt", tmp)
                paths = [tmp.replace(target / "graph.nt")]
            elif name == "neo4j" and not loaded and (out / "graph.json").is_file():
                from exports.neo4j_stream import write_neo4j_streamed

                paths = write_neo4j_streamed(out / "graph.json", target)
            else:
                if not loaded:
                    loaded.append(graph())  # type: ignore[operator]
                paths = entry.func(loaded[0], target)
        except ExportError:
            raise
        except Exception as err:  # an exporter bug must name the exporter, not look like ours
            raise ExportError(Errors.E305.format(name=name, path=target, detail=f"{type(err).__name__}: {err}")) from err
        written[name] = sorted(Path(p).resolve().relative_to(out.resolve()).as_posix() for p in paths or ())
        if timings is not None:
            timings[name] = round(time.perf_counter() - started, 3)
        if task is not None:
            progress.advance(task)
    return written


def export_build(build_dir: Path | str, names: Sequence[str], *, out: Path | str | None = None,
                 options: dict[str, Any] | None = None) -> list[Path]:
    """Run the exporters ``names`` on the build in ``build_dir`` (``paperkg export``); the files written.

    Each writes into ``out`` (one exporter), ``out/<name>`` (several) or
    ``build_dir/exports/<name>`` (no ``out``). ``options`` go to every exporter. As in the
    build, the whole graph is loaded only if an exporter needs it: ``neo4j`` (with at most a
    ``batch_size`` option) streams from ``graph.json`` (:mod:`exports.neo4j_stream`) and
    ``ntriples`` (no options) copies the build's sorted ``graph.nt``; both are byte for byte
    what the in-memory exporters write.

    Raises:
        ConfigError: [E020] if ``build_dir`` is not a build directory; [E003] for an unknown exporter.
        ExportError: an exporter failed ([E040] names it when it raised something else).
    """
    from kg.registry import exporters as registry

    build_dir = Path(build_dir)
    options = dict(options or {})
    entries = [registry.get(name) for name in names]
    if not (build_dir / "graph.json").is_file():
        raise ConfigError(Errors.E020.format(path=build_dir, missing="graph.json"))
    loaded: list[KnowledgeGraph] = []
    written: list[Path] = []
    for entry in entries:
        target = Path(out) if (out and len(entries) == 1) else (Path(out) / entry.name if out else
                                                                build_dir / "exports" / entry.name)
        try:
            if entry.name == "neo4j" and not loaded and set(options) <= {"batch_size"}:
                from exports.neo4j_stream import write_neo4j_streamed

                written += write_neo4j_streamed(build_dir / "graph.json", target, **options)
            elif entry.name == "ntriples" and not loaded and not options and (build_dir / "graph.nt").is_file():
                target.mkdir(parents=True, exist_ok=True)
                tmp = target / "graph.nt.tmp"
                shutil.copyfile(build_dir / "graph.nt", tmp)
                written.append(tmp.replace(target / "graph.nt"))
            else:
                if not loaded:
                    loaded.append(load_graph(build_dir))
                written += entry.func(loaded[0], target, **options)
        except KGError:
            raise
        except Exception as err:  # name the exporter that failed
            raise ExportError(Errors.E040.format(name=entry.name, detail=f"{type(err).__name__}: {err}")) from err
    return written


def load_graph(out_dir: Path | str) -> KnowledgeGraph:
    """The graph of a build directory.

    Raises:
        ConfigError: [E020] if ``out_dir`` holds no ``graph.json``.
    """
    out_dir = Path(out_dir)
    path = out_dir / "graph.json"
    if not path.is_file():
        raise ConfigError(Errors.E020.format(path=out_dir, missing="graph.json"))
    return KnowledgeGraph.load(path)


def load_report(out_dir: Path | str) -> dict[str, Any]:
    """``build.json`` of a build directory (raises ConfigError [E020] if missing)."""
    path = Path(out_dir) / "build.json"
    if not path.is_file():
        raise ConfigError(Errors.E020.format(path=out_dir, missing="build.json"))
    return json.loads(path.read_text(encoding="utf-8"))

