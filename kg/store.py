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

import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox

from kg.errors import ConfigError, Errors, QueryError
from kg.ids import ID_BASE, VOCAB, normalize_title

STORE_DIR = "store"
#: Named graph holding the store's name index (the default graph is exactly the build's graph).
NAMES_GRAPH = ID_BASE + "graph/names"
#: Predicate of the name index: entity or paper → :func:`name_key` of each of its names.
NAME_KEY = VOCAB + "nameKey"

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
        store.bulk_extend(list(_name_index(store)))
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


def _name_index(store: ox.Store):
    """Quads of the name index: one ``pkg:nameKey`` per distinct key of each entity and paper.

    Why: matching a name case-insensitively with ``LCASE`` in SPARQL decodes every label of the
    class (seconds at 10M triples); an exact lookup of a precomputed key is an index seek.
    """
    graph, predicate, default = ox.NamedNode(NAMES_GRAPH), ox.NamedNode(NAME_KEY), ox.DefaultGraph()
    # range scans only (one per class, one per name predicate): point lookups per entity cost 100x more
    classes_of: dict = {}
    for cls in _NAME_PREDICATES:
        for quad in store.quads_for_pattern(None, ox.NamedNode(_RDF_TYPE), ox.NamedNode(VOCAB + cls), default):
            classes_of.setdefault(quad.subject, set()).add(cls)
    keys: dict = {}
    for p in sorted({p for predicates in _NAME_PREDICATES.values() for p in predicates}):
        wanted = {cls for cls, predicates in _NAME_PREDICATES.items() if p in predicates}
        for quad in store.quads_for_pattern(None, ox.NamedNode(p), None, default):
            if classes_of.get(quad.subject, set()) & wanted and isinstance(quad.object, ox.Literal):
                if key := name_key(quad.object.value):
                    keys.setdefault(quad.subject, set()).add(key)
    for subject in sorted(keys, key=lambda node: node.value):
        for key in sorted(keys[subject]):
            yield ox.Quad(subject, predicate, ox.Literal(key), graph)


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
