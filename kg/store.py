"""The embedded, persistent SPARQL store of a build: ``OUT/store/`` (pyoxigraph on RocksDB).

Why pyoxigraph: it answers SPARQL 1.1 over millions of triples from disk in milliseconds to
seconds, with no server to run, while rdflib's in-memory ``Graph`` needs minutes and gigabytes to
load the same data (``benchmarks/query.py`` measures both). rdflib stays for serialisation and
small in-memory work (``exports/rdf.py``).

:func:`create_store` bulk-loads the build's N-Triples into a temporary directory next to the
target and then renames it into place, so a reader never sees a half-loaded store and a failed
load leaves the previous store untouched. After the load it adds a small *name index* in its own
named graph (:data:`NAMES_GRAPH`): the normalised key of every label, alias, title and id, so
that named queries find "lora" or "low rank adaptation" with one index seek instead of
lower-casing every label of the graph. The default graph stays exactly the build's graph. The swap of an existing store is two renames (old out
of the way, new in), then the old one is deleted; a crash between them leaves ``store/`` absent
and the old store in ``.store-old-*``, never a mixed one.

:func:`open_store` opens it read-only (the default): queries cannot change the build, several
processes (``paperkg query``, every worker of ``paperkg serve``) may read it at once. Rebuild while
a server is running only after stopping the server: RocksDB read-only instances do not follow
files replaced underneath them.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from kg.errors import ConfigError, Errors, QueryError
from kg.ids import ID_BASE, VOCAB, normalize_title

STORE_DIR = "store"
#: Named graph holding the store's name index (the default graph is exactly the build's graph).
NAMES_GRAPH = ID_BASE + "graph/names"
#: Predicate of the name index: entity or paper → :func:`name_key` of each of its names.
NAME_KEY = VOCAB + "nameKey"
#: Named graph holding the precomputed top lists of the named questions (:func:`derived_lines`).
DERIVED_GRAPH = ID_BASE + "graph/derived"
#: Namespace of the store-only terms of the derived graph (never in graph.nt or the RDF exports).
STORE_VOCAB = "https://w3id.org/paperkg/store#"
#: ``pks:lists pks:topSize N``: the length of every precomputed top list.
TOP_SIZE = STORE_VOCAB + "topSize"
#: Entries kept per top list: a named question asked for at most this many rows reads only them.
TOP_K = 500
_XSD = "http://www.w3.org/2001/XMLSchema#"

_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_NAME_PREDICATES = {
    "Method": ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"),
    "Dataset": ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"),
    "Metric": ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"),
    "Task": ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"),
    "Paper": ("http://purl.org/dc/terms/identifier", "http://purl.org/dc/terms/title", VOCAB + "arxivId", VOCAB + "doi"),
}


def name_key(text: str) -> str:
    """The lookup key of a name: NFKC, case-folded, punctuation runs as one space.

    >>> name_key("Low-Rank  Adaptation") == name_key("low rank adaptation")
    True
    """
    return normalize_title(text)


def create_store(out_dir: Path, ntriples_path: Path) -> Path:
    """Bulk-load an RDF file (N-Triples, or any format named by its extension) into ``OUT/store``.

    After the build's triples, the store gets its name index (:data:`NAMES_GRAPH`) and its
    precomputed top lists (:data:`DERIVED_GRAPH`), both computed by one scan of the N-Triples
    text (:func:`scan_ntriples`; other formats are first dumped back as N-Triples).

    Args:
        out_dir: The build directory; created if missing.
        ntriples_path: The graph, normally ``OUT/graph.nt``.

    Returns:
        The path of the store directory.

    Raises:
        QueryError: [E460] if the file cannot be parsed or loaded (the previous store, if any, is kept).
        ConfigError: [E001] if ``ntriples_path`` does not exist.
    """
    out_dir, ntriples_path = Path(out_dir), Path(ntriples_path)
    if not ntriples_path.is_file():
        raise ConfigError(Errors.E001.format(path=ntriples_path))
    out_dir.mkdir(parents=True, exist_ok=True)
    fmt = ox.RdfFormat.from_extension(ntriples_path.suffix.lstrip(".")) or ox.RdfFormat.N_TRIPLES
    target = out_dir / STORE_DIR
    tmp = Path(tempfile.mkdtemp(prefix=".store-tmp-", dir=out_dir))
    try:
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(ntriples_path), format=fmt)
        source = ntriples_path
        if fmt != ox.RdfFormat.N_TRIPLES:  # the scan reads N-Triples lines: write the loaded graph as such
            source = tmp.parent / (tmp.name + ".nt")
            store.dump(str(source), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
        try:
            facts = scan_ntriples(source)
        finally:
            if source != ntriples_path:
                source.unlink(missing_ok=True)
        for graph, lines in ((NAMES_GRAPH, name_index_lines(facts)), (DERIVED_GRAPH, derived_lines(facts))):
            data = "".join(lines).encode("utf-8")
            if data:
                store.bulk_load(input=data, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
        store.flush()
        store.optimize()
        del store  # closes RocksDB before the directory moves
    except (SyntaxError, OSError, ValueError) as err:
        shutil.rmtree(tmp, ignore_errors=True)
        raise QueryError(Errors.E460.format(path=ntriples_path, detail=err)) from err
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".store-old-", dir=out_dir))
        os.replace(target, old / STORE_DIR)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


# ---------------------------------------------------------------------------------------------
# One scan of the N-Triples text: the facts the name index and the top lists need
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_DCT = "http://purl.org/dc/terms/"
#: Predicates whose triples :func:`scan_ntriples` collects.
SCANNED = (
    _RDF_TYPE, _RDFS_LABEL, _SKOS_ALT, _DCT + "identifier", _DCT + "title", _DCT + "issued", VOCAB + "arxivId",
    VOCAB + "doi", VOCAB + "paperCount", VOCAB + "mentionCount", VOCAB + "proposes", VOCAB + "basedOn", VOCAB + "variantOf",
    _RDF + "subject", _RDF + "predicate", _RDF + "object", VOCAB + "support", VOCAB + "reports",
    VOCAB + "dataset", VOCAB + "metric", VOCAB + "method", VOCAB + "value", VOCAB + "isDelta",
    "http://www.w3.org/ns/prov#wasDerivedFrom",
)
_CLASSES = tuple(VOCAB + c for c in ("Paper", "Method", "Dataset", "Metric", "Task"))
_CHUNK = 64 << 20
_ECHAR = re.compile(r"\\(?:u([0-9A-Fa-f]{4})|U([0-9A-Fa-f]{8})|(.))")
_ESCAPES = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(text: str) -> str:
    r"""The value of an N-Triples string or IRI body: ``\n``, ``\"``, ``\uXXXX`` decoded.

    >>> _unescape(r'say \"hi\"\n\u00e9')
    'say "hi"\né'
    """
    if "\\" not in text:
        return text
    return _ECHAR.sub(lambda m: chr(int(m[1] or m[2], 16)) if (m[1] or m[2]) else _ESCAPES.get(m[3], m[3]), text)


def _object(raw: str):
    """An N-Triples object: an IRI as ``str``, a literal as ``(lexical form, datatype or None)``.

    >>> _object('<http://e/a>'), _object('"5"^^<http://www.w3.org/2001/XMLSchema#integer>'), _object('"x"@en')
    ('http://e/a', ('5', 'http://www.w3.org/2001/XMLSchema#integer'), ('x', None))
    """
    if raw.startswith("<"):
        return _unescape(raw[1:-1])
    if raw.startswith("_:"):
        return raw
    end = raw.rfind('"')
    rest = raw[end + 1:]
    return _unescape(raw[1:end]), (rest[3:-1] if rest.startswith("^^<") else None)


def scan_ntriples(path: Path, predicates: tuple[str, ...] = SCANNED) -> dict[str, list[tuple[str, object]]]:
    """``{predicate: [(subject, object), ...]}`` for the triples of ``predicates`` in an N-Triples file.

    Why not read the loaded store: decoding a term read from RocksDB costs a dictionary lookup
    (tens of microseconds), so reading a million triples back takes a minute; one pass over the
    file's lines takes about a microsecond a line. Objects are parsed by :func:`_object`;
    ``rdf:type`` keeps the paperkg classes only and ``rdf:predicate`` only ``pkg:outperforms`` and
    ``pkg:evaluatedOn``.
    """
    wanted = {p.encode("utf-8"): p for p in predicates}
    keep_object = {_RDF_TYPE: {f"<{c}> .".encode() for c in _CLASSES},
                   _RDF + "predicate": {f"<{VOCAB}{p}> .".encode() for p in ("outperforms", "evaluatedOn")}}
    out: dict[str, list[tuple[str, object]]] = {p: [] for p in predicates}
    with open(path, "rb") as fh:
        tail = b""
        while True:
            block = fh.read(_CHUNK)
            lines = (tail + block).split(b"\n")
            tail = lines.pop() if block else b""
            for line in lines:
                i = line.find(b"> <")
                j = line.find(b"> ", i + 3)
                predicate = wanted.get(line[i + 3:j])
                if predicate is None or i < 1 or line[0] != 60:  # 60: "<"
                    continue
                keep = keep_object.get(predicate)
                if keep is not None and line[j + 2:].rstrip() not in keep:
                    continue
                raw = line[j + 2:].decode("utf-8").rstrip()
                raw = raw[:-1].rstrip() if raw.endswith(".") else raw
                out[predicate].append((_unescape(line[1:i].decode("utf-8")), _object(raw)))
            if not block:
                return out


def name_index_lines(facts: dict) -> Iterator[str]:
    """N-Triples lines of the name index: one ``pkg:nameKey`` per distinct key of each entity and paper.

    Why: matching a name case-insensitively with ``LCASE`` in SPARQL decodes every label of the
    class (seconds at 10M triples); an exact lookup of a precomputed key is an index seek.
    """
    classes_of: dict[str, set[str]] = {}
    for subject, cls in facts[_RDF_TYPE]:
        classes_of.setdefault(subject, set()).add(cls[len(VOCAB):])
    keys: dict[str, set[str]] = {}
    for p in sorted({p for predicates in _NAME_PREDICATES.values() for p in predicates}):
        wanted = {cls for cls, predicates in _NAME_PREDICATES.items() if p in predicates}
        for subject, obj in facts[p]:
            if not wanted.isdisjoint(classes_of.get(subject, ())) and isinstance(obj, tuple) and (key := name_key(obj[0])):
                keys.setdefault(subject, set()).add(key)
    for subject in sorted(keys):
        for key in sorted(keys[subject]):
            yield f"<{subject}> <{NAME_KEY}> {_nt_string(key)} .\n"


def _nt_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r") + '"'


# ---------------------------------------------------------------------------------------------
# Precomputed top lists (the derived graph)
_LOWER_IS_BETTER = ("perplexity", "ppl", "wer", "cer", "fid", "loss", "latency", "mae", "mse", "rmse", "bpc",
                    "bits per byte")


def lower_is_better(metric_label: str) -> bool:
    """Whether a metric ranks ascending: the rule ``schemas/queries/leaderboard.rq`` applies too.

    >>> lower_is_better("Perplexity"), lower_is_better("word error rate"), lower_is_better("accuracy")
    (True, True, False)
    """
    key = metric_label.lower()
    return key in _LOWER_IS_BETTER or "error" in key


def _top(items: list, key, limit: int) -> list:
    return sorted(items, key=key)[:limit]


def _desc_missing_last(value):
    """Sort key part: SPARQL ``DESC(?x)`` puts numbers high to low and unbound values last."""
    return (1, 0) if value is None else (0, -value)


def derived_lines(facts: dict, *, top: int | None = None) -> Iterator[str]:
    """N-Triples lines of the derived graph: for each named question, the first ``top`` entries.

    Each list holds the entries a named question would keep, in the same total order as its
    sub-select (``ORDER BY`` with every tie broken), cut at ``top`` (:data:`TOP_K`). The query
    then starts from at most ``top`` entries instead of every entry of the graph. Lists:

    - ``e pks:topEntity pkg:Method`` (and Dataset, Metric, Task): most papers first, then most
      mentions, then IRI (``top``, the order of ``paperkg stats``).
    - ``p pks:recentlyProposes e``: latest ``dcterms:issued`` first (undated last), then paper, entity (``proposed-by``).
    - ``st pks:topOutperforms m``: best-supported ``pkg:outperforms`` statements naming ``m`` as
      winner or loser, and ``st pks:topOutperforms pks:all`` overall (``outperforms``).
    - ``m pks:lineageUp e`` / ``m pks:lineageDown e``: what ``m`` builds on / what builds on ``m``
      through ``pkg:basedOn``/``pkg:variantOf`` chains, direct links first, then most papers (``lineage``).
    - ``b pks:dataset d ; pks:metric x`` and ``r pks:onBoard b``: a (dataset, metric) leaderboard's best
      results, excluding improvements (``leaderboard``).
    - ``pair pks:method m ; pks:dataset d ; pks:papers N ; pks:results K`` with ``pair pks:topMethodOn d``
      and/or ``pair pks:topDatasetOf m``: the best-supported methods evaluated on ``d``
      (``methods-on``) and datasets ``m`` is evaluated on (``datasets-of``): papers stating it
      (``pkg:evaluatedOn`` provenance) or reporting a result of ``m`` on ``d``, then results.
    """
    top = TOP_K if top is None else top
    label: dict[str, str] = {}
    for s, o in facts[_RDFS_LABEL]:
        if isinstance(o, tuple) and (s not in label or o[0] < label[s]):
            label[s] = o[0]
    papers, mentions = (
        {s: int(o[0]) for s, o in facts[VOCAB + p] if isinstance(o, tuple) and o[0].lstrip("-").isdigit()}
        for p in ("paperCount", "mentionCount"))
    yield f"<{STORE_VOCAB}lists> <{TOP_SIZE}> \"{top}\"^^<{_XSD}integer> .\n"

    # top: entities per class
    typed: dict[str, list[str]] = {}
    for s, cls in facts[_RDF_TYPE]:
        typed.setdefault(cls, []).append(s)
    for cls in _CLASSES[1:]:
        members = [e for e in set(typed.get(cls, ())) if e in papers and e in label]
        for e in _top(members, lambda e: (-papers[e], _desc_missing_last(mentions.get(e)), e), top):
            yield f"{_iri(e)} <{STORE_VOCAB}topEntity> <{cls}> .\n"

    # proposed-by: most recent proposals
    issued: dict[str, str] = {}
    for s, o in facts[_DCT + "issued"]:
        if isinstance(o, tuple):
            issued[s] = max(issued.get(s, o[0]), o[0])
    proposals = sorted(set((p, e) for p, e in facts[VOCAB + "proposes"] if isinstance(e, str)))
    proposals.sort(key=lambda pe: (pe[0] in issued, issued.get(pe[0], "")), reverse=True)  # stable: ties keep (p, e)
    for p, e in proposals[:top]:
        yield f"{_iri(p)} <{STORE_VOCAB}recentlyProposes> {_iri(e)} .\n"

    # outperforms: best-supported statements, overall and per method
    subject, obj = dict(facts[_RDF + "subject"]), dict(facts[_RDF + "object"])
    support = {s: int(o[0]) for s, o in facts[VOCAB + "support"] if isinstance(o, tuple) and o[0].lstrip("-").isdigit()}
    statements = sorted({st for st, p in facts[_RDF + "predicate"] if p == VOCAB + "outperforms" and st in support})
    by_method: dict[str, list[str]] = {}
    for st in statements:
        for m in {subject.get(st), obj.get(st)} - {None}:
            if isinstance(m, str):
                by_method.setdefault(m, []).append(st)
    rank = (lambda st: (-support[st], st))
    for st in _top(statements, rank, top):
        yield f"{_iri(st)} <{STORE_VOCAB}topOutperforms> <{STORE_VOCAB}all> .\n"
    for m in sorted(by_method):
        for st in _top(by_method[m], rank, top):
            yield f"{_iri(st)} <{STORE_VOCAB}topOutperforms> {_iri(m)} .\n"

    # lineage: transitive pkg:basedOn / pkg:variantOf in both directions
    up: dict[str, set[str]] = {}
    down: dict[str, set[str]] = {}
    for p in (VOCAB + "basedOn", VOCAB + "variantOf"):
        for a, b in facts[p]:
            if isinstance(b, str):
                up.setdefault(a, set()).add(b)
                down.setdefault(b, set()).add(a)
    for m in sorted(set(up) | set(down)):
        rows = []
        for direction, edges in ((0, up), (1, down)):
            for e in _reach(m, edges) - {m}:
                if e in label:
                    rows.append((direction, e not in edges.get(m, ()), _desc_missing_last(papers.get(e)), label[e], e))
        for direction, *_, e in _top(rows, lambda row: row, top):
            yield f"{_iri(m)} <{STORE_VOCAB}{'lineageDown' if direction else 'lineageUp'}> {_iri(e)} .\n"

    one = {p: dict(facts[VOCAB + p]) for p in ("dataset", "metric", "method", "value", "isDelta")}
    identifier = {s: o[0] for s, o in facts[_DCT + "identifier"] if isinstance(o, tuple)}
    reporters: dict[str, set[str]] = {}
    for p, r in facts[VOCAB + "reports"]:
        if isinstance(r, str):
            reporters.setdefault(r, set()).add(p)

    # methods-on / datasets-of: (method, dataset) pairs, by supporting papers then results
    evaluated = {st for st, p in facts[_RDF + "predicate"] if p == VOCAB + "evaluatedOn"}
    pair_papers: dict[tuple[str, str], set[str]] = {}
    pair_results: dict[tuple[str, str], set[str]] = {}
    stated = {st: (subject.get(st), obj.get(st)) for st in evaluated}
    for st, paper in facts["http://www.w3.org/ns/prov#wasDerivedFrom"]:
        if st in stated and isinstance(paper, str) and all(isinstance(x, str) for x in stated[st]):
            pair_papers.setdefault(stated[st], set()).add(paper)
    for r, m in one["method"].items():
        d = one["dataset"].get(r)
        if isinstance(m, str) and isinstance(d, str) and r in reporters:
            pair_papers.setdefault((m, d), set()).update(reporters[r])
            pair_results.setdefault((m, d), set()).add(r)
    on_dataset: dict[str, list] = {}
    of_method: dict[str, list] = {}
    for (m, d), found in pair_papers.items():
        row = (-len(found), -len(pair_results.get((m, d), ())))
        if m in label:
            on_dataset.setdefault(d, []).append((*row, label[m], m))
        if d in label:
            of_method.setdefault(m, []).append((*row, label[d], d))
    members: dict[tuple[str, str], list[str]] = {}
    for d in sorted(on_dataset):
        for *_, m in _top(on_dataset[d], lambda row: row, top):
            members.setdefault((m, d), []).append(f"<{STORE_VOCAB}topMethodOn> {_iri(d)}")
    for m in sorted(of_method):
        for *_, d in _top(of_method[m], lambda row: row, top):
            members.setdefault((m, d), []).append(f"<{STORE_VOCAB}topDatasetOf> {_iri(m)}")
    for (m, d) in sorted(members):
        pair = _iri(f"{ID_BASE}derived/pair/{hashlib.sha1(f'{m}|{d}'.encode()).hexdigest()[:16]}")
        yield (f"{pair} <{STORE_VOCAB}method> {_iri(m)} .\n{pair} <{STORE_VOCAB}dataset> {_iri(d)} .\n"
               f"{pair} <{STORE_VOCAB}papers> \"{len(pair_papers[(m, d)])}\"^^<{_XSD}integer> .\n"
               f"{pair} <{STORE_VOCAB}results> \"{len(pair_results.get((m, d), ()))}\"^^<{_XSD}integer> .\n")
        for member in members[(m, d)]:
            yield f"{pair} {member} .\n"

    # leaderboard: best results of each (dataset, metric)
    paper_of: dict[str, str] = {}
    for r, papers_of_r in reporters.items():
        ids = [identifier[p] for p in papers_of_r if p in identifier]
        if ids:
            paper_of[r] = min(ids)
    boards: dict[tuple[str, str], list] = {}
    for r, value in one["value"].items():
        d, x, delta = one["dataset"].get(r), one["metric"].get(r), one["isDelta"].get(r)
        if not (isinstance(d, str) and isinstance(x, str) and isinstance(value, tuple) and r in paper_of and x in label):
            continue
        if isinstance(delta, tuple) and delta[0] in ("true", "1"):
            continue
        try:
            number = Decimal(value[0])
        except InvalidOperation:
            continue
        method = label.get(one["method"].get(r)) if isinstance(one["method"].get(r), str) else None
        score = number if lower_is_better(label[x]) else -number
        boards.setdefault((d, x), []).append((score, paper_of[r], (method is not None, method or ""), r))
    for d, x in sorted(boards):
        board = f"{ID_BASE}derived/board/{hashlib.sha1(f'{d}|{x}'.encode()).hexdigest()[:16]}"
        yield f"{_iri(board)} <{STORE_VOCAB}dataset> {_iri(d)} .\n{_iri(board)} <{STORE_VOCAB}metric> {_iri(x)} .\n"
        for *_, r in _top(boards[(d, x)], lambda row: row, top):
            yield f"{_iri(r)} <{STORE_VOCAB}onBoard> {_iri(board)} .\n"


def _reach(start: str, edges: dict[str, set[str]]) -> set[str]:
    """Every node reachable from ``start`` in one or more steps (cycles are fine)."""
    seen: set[str] = set()
    todo = list(edges.get(start, ()))
    while todo:
        node = todo.pop()
        if node not in seen:
            seen.add(node)
            todo.extend(edges.get(node, ()))
    return seen


_IRI_UNSAFE = re.compile(r'[\x00-\x20<>"{}|^`\\]')


def _iri(text: str) -> str:
    """An IRI as an N-Triples term, unsafe characters written as ``\\uXXXX``."""
    return "<" + _IRI_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04X}", text) + ">"


def top_size(store: ox.Store) -> int:
    """How many entries each precomputed top list holds (0: the store has none, e.g. loaded by other means)."""
    for quad in store.quads_for_pattern(ox.NamedNode(STORE_VOCAB + "lists"), ox.NamedNode(TOP_SIZE), None,
                                        ox.NamedNode(DERIVED_GRAPH)):
        return int(quad.object.value)
    return 0


def store_path(out_dir: Path) -> Path:
    """The store directory of a build, checked to exist.

    Raises:
        ConfigError: [E020] if ``out_dir`` is not a build directory, [E459] if it has no store.
    """
    out_dir = Path(out_dir)
    target = out_dir / STORE_DIR
    if target.is_dir() and any(target.iterdir()):
        return target
    if not out_dir.is_dir() or not (out_dir / "build.json").is_file() and not (out_dir / "graph.nt").is_file():
        raise ConfigError(Errors.E020.format(path=out_dir, missing="store/ nor build.json"))
    raise ConfigError(Errors.E459.format(path=out_dir, missing=f"{STORE_DIR}/", out=out_dir))


def open_store(out_dir: Path, *, read_only: bool = True) -> ox.Store:
    """Open the query store of a build.

    Args:
        out_dir: The build directory (holding ``store/``).
        read_only: Open a read-only instance (default), safe to share between processes.

    Raises:
        ConfigError: [E020]/[E459] if there is no store, [E461] if RocksDB refuses to open it.
    """
    target = store_path(out_dir)
    try:
        return ox.Store.read_only(str(target)) if read_only else ox.Store(str(target))
    except OSError as err:
        raise ConfigError(Errors.E461.format(path=target, detail=err)) from err
