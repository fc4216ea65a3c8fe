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

:func:`start_store` does the same in the background (a thread, or on large files a child
process, :class:`ChildStoreLoad`), so the caller can write other files meanwhile (the builder
writes graph.json and the streamed exports).

:func:`open_store` opens it read-only (the default): queries cannot change the build, several
processes (``paperkg query``, every worker of ``paperkg serve``) may read it at once. Rebuild while
a server is running only after stopping the server: RocksDB read-only instances do not follow
files replaced underneath them.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import heapq
import os
import re
import shutil
import tempfile
import threading
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
#: Entries kept per top list: a named question asked for at most this many rows reads only them (more rows:
#: the same answer from the graph alone, slower). 100 covers every named question's default ``n``. Why not
#: more: a lineage list holds up to TOP_K entries for EVERY method with a basedOn/variantOf link, and those
#: closures grow with the corpus (a few cycles join a giant component), so at 500 the lists grew faster than
#: the graph: 30k lines at 10k abstracts, 696k at 30k (the graph tripled); 161k at 100 (session 7,
#: ``benchmarks/results/build_s7.txt``). Each named-graph quad costs ~6 index entries in the store.
TOP_K = 100
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
    precomputed top lists (:data:`DERIVED_GRAPH`), both computed from the N-Triples text by
    :meth:`Facts.scan` (other formats are first loaded, then dumped back as N-Triples), written to a
    pipe after the graph and bulk-loaded with it in one load while the scan runs (:meth:`StoreLoad._load_once`;
    other formats: a second load): the Python side holds only the facts the lists use (tens of bytes a
    triple), never the lines. The same as ``start_store(...).wait()``.

    Args:
        out_dir: The build directory; created if missing.
        ntriples_path: The graph, normally ``OUT/graph.nt``.

    Returns:
        The path of the store directory.

    Raises:
        QueryError: [E460] if the file cannot be parsed or loaded (the previous store, if any, is kept).
        ConfigError: [E001] if ``ntriples_path`` does not exist.
    """
    with start_store(out_dir, ntriples_path, process=False) as load:
        return load.wait()


#: Above this size of graph.nt, :func:`start_store` loads in a child process by default (below it the
#: process's start-up, about half a second, costs more than it saves).
PROCESS_MIN_BYTES = 32 << 20


def start_store(out_dir: Path, ntriples_path: Path, *, process: bool | None = None) -> "StoreLoad | ChildStoreLoad":
    """Start bulk-loading ``ntriples_path`` into ``OUT/store`` in the background; ``wait()`` ends it.

    Why a thread: pyoxigraph's ``bulk_load`` parses and writes in Rust without holding
    Python's lock, so the caller can go on with Python work (the builder writes graph.json)
    while it runs. N-Triples input is loaded through a pipe while it is scanned (name index and top
    lists, :meth:`Facts.scan`), and the scan's lines follow it in the same bulk load, never compacted
    (:meth:`StoreLoad._load_once`: a second load made RocksDB compact the store ~1.4x bigger); other
    formats are loaded, dumped back as N-Triples, scanned and get a second load.

    Why a child process (``process=True``; the default above :data:`PROCESS_MIN_BYTES`): in a
    thread, the scan is Python and waits for the caller's own Python work (graph.json) to
    end, on one core; in a child (:class:`ChildStoreLoad`), scan, top lists and load all run
    beside the caller's work, on the second core.
    Use it as a context manager (or call ``close()``) so an error in between
    still stops the load and removes the half-loaded directory.

    Raises:
        ConfigError: [E001] if ``ntriples_path`` does not exist.
    """
    ntriples_path = Path(ntriples_path)
    if process is None:
        process = ntriples_path.is_file() and ntriples_path.stat().st_size >= PROCESS_MIN_BYTES
    return (ChildStoreLoad if process else StoreLoad)(Path(out_dir), ntriples_path)


def _swap_into_place(tmp: Path, out_dir: Path) -> Path:
    """Move the loaded store ``tmp`` to ``OUT/store`` (two renames; the old store is deleted after)."""
    target = out_dir / STORE_DIR
    old = None
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=".store-old-", dir=out_dir))
        os.replace(target, old / STORE_DIR)
    os.replace(tmp, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return target


class StoreLoad:
    """A store being loaded into a temporary directory next to ``OUT/store`` (see :func:`start_store`)."""

    def __init__(self, out_dir: Path, ntriples_path: Path, *, tmp: Path | None = None):
        if not ntriples_path.is_file():
            raise ConfigError(Errors.E001.format(path=ntriples_path))
        out_dir.mkdir(parents=True, exist_ok=True)
        self.out_dir, self.ntriples_path = out_dir, ntriples_path
        self.format = ox.RdfFormat.from_extension(ntriples_path.suffix.lstrip(".")) or ox.RdfFormat.N_TRIPLES
        self.tmp: Path | None = tmp or Path(tempfile.mkdtemp(prefix=".store-tmp-", dir=out_dir))
        self.error: BaseException | None = None
        try:
            self.store: ox.Store | None = ox.Store(str(self.tmp))
        except BaseException:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise
        #: N-Triples input: the thread scans, then loads graph.nt, the name index and the top lists in ONE
        #: bulk load, never compacted (see :meth:`_load_once`); other formats load, then get a second load.
        self.one_load = self.format == ox.RdfFormat.N_TRIPLES
        self._thread = threading.Thread(target=self._load, name="paperkg-store-load", daemon=True)
        self._thread.start()

    def _load(self) -> None:
        try:
            if self.one_load:
                self._load_once()
            else:
                self.store.bulk_load(path=str(self.ntriples_path), format=self.format)  # type: ignore[union-attr]
        except BaseException as err:  # re-raised by wait() in the caller's thread
            self.error = err

    def _load_once(self) -> None:
        """Bulk-load graph.nt, the name index and the top lists as ONE N-Quads stream, fed through a pipe.

        Why one load and no compaction: a second bulk load into a non-empty store ingests files that
        overlap the first ones, and the compaction that follows (or ``optimize()``) rewrites the store
        about 1.4x bigger. Measured at 30k abstracts (``benchmarks/results/build_s7.txt``): 287-306 MB
        instead of 399, about a fifth less CPU, the same answers about as fast.

        Why a pipe (a FIFO next to the store): the loader reads graph.nt from it while :meth:`Facts.scan`
        reads the same file and computes the name index and the top lists in another thread; they
        follow graph.nt in the pipe once ready. So the scan runs beside the load (pyoxigraph parses and
        writes without holding Python's lock), and graph.nt is never copied (it was, once, into a
        temporary N-Quads file: + graph.nt of disk). The price: the scan's facts and the loader's
        buffers are in memory at the same time (``benchmarks/results/build_s8.txt``).
        """
        tmp = self.tmp
        fifo = tmp.parent / f"{tmp.name}.all.nq"  # type: ignore[union-attr]
        extra = tmp.parent / f"{tmp.name}.extra.nq"  # type: ignore[union-attr]
        os.mkfifo(fifo)
        scanned = threading.Event()
        errors: list[BaseException] = []

        def scan() -> None:  # names and top lists into `extra`, while graph.nt streams into the loader
            try:
                with open(extra, "w", encoding="utf-8", newline="\n") as fh:
                    facts = Facts.scan(self.ntriples_path, _InGraph(fh, NAMES_GRAPH), work_dir=self.out_dir)
                    _InGraph(fh, DERIVED_GRAPH).writelines(derived_lines(facts))
            except BaseException as err:
                errors.append(err)
            finally:
                scanned.set()

        def feed() -> None:  # graph.nt, then the scan's lines, into the pipe
            try:
                with open(fifo, "wb") as out:  # opens once the loader opened the other end
                    with open(self.ntriples_path, "rb") as src:
                        shutil.copyfileobj(src, out, 1 << 22)
                        if src.tell():  # a valid file may lack its final newline: the scan's lines need one
                            src.seek(-1, os.SEEK_END)
                            if src.read(1) != b"\n":
                                out.write(b"\n")
                    scanned.wait()
                    if not errors:
                        with open(extra, "rb") as src:
                            shutil.copyfileobj(src, out, 1 << 22)
            except BrokenPipeError:
                pass  # the loader stopped reading: its own error says why
            except BaseException as err:
                errors.append(err)

        threads = [threading.Thread(target=scan, name="paperkg-store-scan", daemon=True),
                   threading.Thread(target=feed, name="paperkg-store-feed", daemon=True)]
        try:
            for thread in threads:
                thread.start()
            try:
                self.store.bulk_load(path=str(fifo), format=ox.RdfFormat.N_QUADS)  # type: ignore[union-attr]
            finally:
                # The feeder may still wait for a reader (the loader failed before opening the pipe): one that
                # opens and closes at once lets it fail with BrokenPipeError instead of waiting forever.
                if threads[1].is_alive():
                    with contextlib.suppress(OSError):
                        os.close(os.open(fifo, os.O_RDONLY | os.O_NONBLOCK))
                for thread in threads:
                    thread.join()
            if errors:
                raise errors[0]
        finally:
            fifo.unlink(missing_ok=True)
            extra.unlink(missing_ok=True)

    def _joined(self) -> None:
        self._thread.join()
        if self.error is not None:
            raise self.error

    def wait(self) -> Path:
        """Finish the load (name index, top lists, compaction) and move the store into place; its path.

        Raises:
            QueryError: [E460] if the file cannot be parsed or loaded (the previous store, if any, is kept).
        """
        return _swap_into_place(self.finish(), self.out_dir)

    def finish(self) -> Path:
        """Finish the load (name index, top lists, compaction); the loaded store's temporary directory.

        Raises:
            QueryError: [E460] if the file cannot be parsed or loaded (the temporary directory is removed).
        """
        if self.tmp is None:
            raise RuntimeError("StoreLoad.wait() called twice")
        tmp, store, ntriples_path = self.tmp, self.store, self.ntriples_path
        try:
            if self.one_load:
                self._joined()
                store.flush()
                self.store = store = None  # closes RocksDB before the directory moves
                self.tmp = None
                return tmp
            source = ntriples_path
            if self.format != ox.RdfFormat.N_TRIPLES:  # the scan reads N-Triples lines: write the loaded graph as such
                self._joined()
                source = tmp.parent / (tmp.name + ".nt")
                store.dump(str(source), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            # The name index and the top lists go into ONE N-Quads file and one second bulk load: every bulk
            # load into a non-empty store ingests files that overlap the ones there, which RocksDB then
            # compacts (10k-30k abstracts: two loads made a store 16% bigger than one, for more CPU).
            extra = tmp.parent / f"{tmp.name}.extra.nq"
            try:
                with open(extra, "w", encoding="utf-8") as fh:  # while the thread is loading the same file
                    facts = Facts.scan(source, _InGraph(fh, NAMES_GRAPH), work_dir=self.out_dir)
                    _InGraph(fh, DERIVED_GRAPH).writelines(derived_lines(facts))
                del facts  # the second load holds no Python facts
                self._joined()
                store.bulk_load(path=str(extra), format=ox.RdfFormat.N_QUADS)
            finally:
                for path in (extra,) + ((source,) if source != ntriples_path else ()):
                    path.unlink(missing_ok=True)
            store.flush()
            store.optimize()
            self.store = store = None  # closes RocksDB before the directory moves
        except (SyntaxError, OSError, ValueError) as err:
            store = None  # the local reference too: RocksDB closes before close() removes its directory
            self.close()
            raise QueryError(Errors.E460.format(path=ntriples_path, detail=err)) from err
        except BaseException:
            store = None
            self.close()
            raise
        self.tmp = None
        return tmp

    def close(self) -> None:
        """Abandon an unfinished load: wait for the thread, remove the temporary store (no-op after :meth:`wait`).

        pyoxigraph cannot cancel a bulk load, so this (and a Ctrl-C during the build) waits for it to end.
        """
        self._thread.join()
        self.store = None
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None

    def __enter__(self) -> StoreLoad:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class _InGraph:
    r"""A text file taking N-Triples lines and writing them as N-Quads lines of named graph ``graph``.

    Every line written ends with `` .\n`` and holds no other newline (literals escape theirs).

    >>> import io
    >>> out = io.StringIO()
    >>> _InGraph(out, "http://g").write('<a> <b> "x .y" .\n<a> <b> <c> .\n')
    >>> out.getvalue()
    '<a> <b> "x .y" <http://g> .\n<a> <b> <c> <http://g> .\n'
    """

    def __init__(self, fh, graph: str):
        self._fh, self._end = fh, f" <{graph}> .\n"

    def write(self, text: str) -> None:
        self._fh.write(text.replace(" .\n", self._end))

    def writelines(self, texts) -> None:
        for text in texts:
            self.write(text)


def _load_in_child(out_dir: str, ntriples_path: str, tmp: str, conn) -> None:
    """The child of :class:`ChildStoreLoad`: load into ``tmp``, send ``None`` or the error, exit."""
    try:
        StoreLoad(Path(out_dir), Path(ntriples_path), tmp=Path(tmp)).finish()
        conn.send(None)
    except BaseException as err:  # sent to the parent, which raises it
        try:
            conn.send(err)
        except Exception:  # an unpicklable error: its message is enough
            conn.send(QueryError(Errors.E460.format(path=ntriples_path, detail=f"{type(err).__name__}: {err}")))
    finally:
        conn.close()


class ChildStoreLoad:
    """:class:`StoreLoad` run in a child process (``spawn``), so all of it runs beside the caller's Python work.

    The parent keeps only the temporary directory's name: :meth:`wait` joins the child,
    raises its error if it had one, and moves the store into place; :meth:`close`
    stops an unfinished child (``terminate``: a half-written RocksDB directory is removed anyway).
    """

    def __init__(self, out_dir: Path, ntriples_path: Path):
        import multiprocessing

        if not ntriples_path.is_file():
            raise ConfigError(Errors.E001.format(path=ntriples_path))
        out_dir.mkdir(parents=True, exist_ok=True)
        self.out_dir, self.ntriples_path = out_dir, ntriples_path
        self.tmp: Path | None = Path(tempfile.mkdtemp(prefix=".store-tmp-", dir=out_dir))
        ctx = multiprocessing.get_context("spawn")
        self._conn, child = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(target=_load_in_child, name="paperkg-store-load",
                                 args=(str(out_dir), str(ntriples_path), str(self.tmp), child))
        try:
            self._proc.start()
        except BaseException:
            shutil.rmtree(self.tmp, ignore_errors=True)
            raise
        finally:
            child.close()

    def wait(self) -> Path:
        """Wait for the child, then move the store into place; its path.

        Raises:
            QueryError: [E460] if the file cannot be parsed or loaded, or the child died
                (the previous store, if any, is kept).
        """
        if self.tmp is None:
            raise RuntimeError("ChildStoreLoad.wait() called twice")
        try:
            error = self._conn.recv()
        except EOFError:  # the child ended without a word (killed, out of memory)
            self._proc.join()
            error = QueryError(Errors.E460.format(path=self.ntriples_path,
                                                  detail=f"the loading process exited with code {self._proc.exitcode}"))
        self._proc.join()
        if error is not None:
            self.close()
            raise error
        tmp, self.tmp = self.tmp, None
        return _swap_into_place(tmp, self.out_dir)

    def close(self) -> None:
        """Abandon an unfinished load: stop the child, remove the temporary store (no-op after :meth:`wait`)."""
        killed = self._proc.is_alive()
        if killed:
            self._proc.terminate()
        self._proc.join()
        self._conn.close()
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            # A killed child leaves its work files (name index, top lists, the scan's spill) next to the store.
            leftovers = [*self.out_dir.glob(glob.escape(self.tmp.name) + ".*")]
            leftovers += self.out_dir.glob(".store-scan-*.nt") if killed else []
            for path in leftovers:
                path.unlink(missing_ok=True)
            self.tmp = None

    def __enter__(self) -> ChildStoreLoad:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# ---------------------------------------------------------------------------------------------
# Scanning the N-Triples text: the facts the name index and the top lists need
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
_DCT = "http://purl.org/dc/terms/"
#: Predicates whose triples :meth:`Facts.scan` reads (and :func:`scan_ntriples` collects).
SCANNED = (
    _RDF_TYPE, _RDFS_LABEL, _SKOS_ALT, _DCT + "identifier", _DCT + "title", _DCT + "issued", VOCAB + "arxivId",
    VOCAB + "doi", VOCAB + "paperCount", VOCAB + "mentionCount", VOCAB + "proposes", VOCAB + "basedOn", VOCAB + "variantOf",
    _RDF + "subject", _RDF + "predicate", _RDF + "object", VOCAB + "support", VOCAB + "reports",
    VOCAB + "dataset", VOCAB + "metric", VOCAB + "method", VOCAB + "value", VOCAB + "isDelta",
    "http://www.w3.org/ns/prov#wasDerivedFrom",
)
_CLASSES = tuple(VOCAB + c for c in ("Paper", "Method", "Dataset", "Metric", "Task"))
_CHUNK = 4 << 20  # bytes read at a time: the block, its copy and its lines are held at once
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


def _matching_lines(path: Path, predicates) -> Iterator[tuple[str, bytes, int, int]]:
    """``(predicate, line, i, j)`` for each line of ``predicates`` (subject ``line[1:i]``, object ``line[j + 2:]``).

    ``rdf:type`` keeps the paperkg classes only and ``rdf:predicate`` only ``pkg:outperforms`` and
    ``pkg:evaluatedOn``; subjects must be IRIs.
    """
    wanted = {p.encode("utf-8"): p for p in predicates}
    keep_object = {_RDF_TYPE: {f"<{c}> .".encode() for c in _CLASSES},
                   _RDF + "predicate": {f"<{VOCAB}{p}> .".encode() for p in ("outperforms", "evaluatedOn")}}
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
                yield predicate, line, i, j
            if not block:
                return


def _fact(line: bytes, i: int, j: int) -> tuple[str, object]:
    """The ``(subject, object)`` of a line found by :func:`_matching_lines` (object as :func:`_object`)."""
    raw = line[j + 2:].decode("utf-8").rstrip()
    raw = raw[:-1].rstrip() if raw.endswith(".") else raw
    return _unescape(line[1:i].decode("utf-8")), _object(raw)


def scan_ntriples(path: Path, predicates: tuple[str, ...] = SCANNED) -> dict[str, list[tuple[str, object]]]:
    """``{predicate: [(subject, object), ...]}`` for the triples of ``predicates`` in an N-Triples file.

    Why not read the loaded store: decoding a term read from RocksDB costs a dictionary lookup
    (tens of microseconds), so reading a million triples back takes a minute; one pass over the
    file's lines takes about a microsecond a line. Objects are parsed by :func:`_object`;
    ``rdf:type`` keeps the paperkg classes only and ``rdf:predicate`` only ``pkg:outperforms`` and
    ``pkg:evaluatedOn``. Holds every fact in memory: for small graphs and tests; :func:`create_store`
    streams through :class:`Facts` instead.
    """
    out: dict[str, list[tuple[str, object]]] = {p: [] for p in predicates}
    for predicate, line, i, j in _matching_lines(path, predicates):
        out[predicate].append(_fact(line, i, j))
    return out


_PROV_DERIVED = "http://www.w3.org/ns/prov#wasDerivedFrom"
#: Predicates read in the second pass, from the spill file: their facts matter only for some subjects
#: (entities and papers of the right class, statements of the right predicate), known after the first pass.
_SECOND_PASS = (_RDFS_LABEL, _SKOS_ALT, _DCT + "identifier", _DCT + "title", VOCAB + "arxivId", VOCAB + "doi",
                _RDF + "subject", _RDF + "object", VOCAB + "support", _PROV_DERIVED)
_CLASS_BIT = {c: 1 << n for n, c in enumerate(_CLASSES)}
#: Name predicate → bit mask of the classes whose names it gives (:data:`_NAME_PREDICATES`).
_NAME_MASK = {p: sum(_CLASS_BIT[VOCAB + c] for c, ps in _NAME_PREDICATES.items() if p in ps)
              for ps in _NAME_PREDICATES.values() for p in ps}
_ONE = ("dataset", "metric", "method", "value", "isDelta")
#: Class bits of the entity classes (Method, Dataset, Metric, Task): the subjects whose labels the lists use.
_ENTITY_BITS = sum(_CLASS_BIT[c] for c in _CLASSES[1:])


class Facts:
    """The facts of a graph the name index and the derived lists use, and nothing else.

    Why a class and two passes: holding every ``(subject, object)`` of two dozen predicates costs
    about 100 bytes a triple (a gigabyte per 10M triples). This keeps one entry per entity, paper
    and result, and per *statement* only for ``pkg:outperforms``/``pkg:evaluatedOn`` ones: the first
    pass (:meth:`scan`) reads the graph and copies the lines whose use depends on what comes later
    (names, ``rdf:subject``/``rdf:object``, support, provenance) to a spill file; the second pass
    reads that file once the classes and the statements' predicates are known. Names are written
    straight to the name index file, never held. Every IRI is held once (interned). The values are
    exactly those the former list-of-tuples scan gave (same last-wins/min/max rules).

    Measured (peak RSS of scan + derived lines, ``benchmarks/make_graph.py`` graphs): 1.9M triples
    474 → 112 MiB, 5.7M 881 → 235 MiB, 19M 2,852 → 709 MiB (about 36 MiB per million triples
    now, 150 before); a real 10k-abstract graph.nt (0.7M triples) 308 → 73 MiB. The bulk load
    itself (pyoxigraph, before this) levels off: 1.1, 1.5, 1.7 GiB at those sizes.
    """

    def __init__(self) -> None:
        self._iris: dict[str, str] = {}
        self.classes: dict[str, int] = {}               # subject → bit mask of its paperkg classes
        self.label: dict[str, str] = {}                 # least rdfs:label literal of each entity
        self.papers: dict[str, int] = {}
        self.mentions: dict[str, int] = {}
        self.issued: dict[str, str] = {}
        self.proposals: set[tuple[str, str]] = set()
        self.up: dict[str, set[str]] = {}
        self.down: dict[str, set[str]] = {}
        self.outperforms: set[str] = set()
        self.evaluated: set[str] = set()
        self.subject: dict[str, object] = {}            # statement → rdf:subject (wanted statements only)
        self.object: dict[str, object] = {}
        self.support: dict[str, int] = {}               # pkg:outperforms statements only
        self.derived_from: list[tuple[str, str]] = []   # (pkg:evaluatedOn statement, paper)
        self.one: dict[str, dict[str, object]] = {p: {} for p in _ONE}
        self.identifier: dict[str, str] = {}
        self.reporters: dict[str, tuple[str, ...]] = {}   # result → its papers (a tuple: most have one)

    def _iri(self, text):
        return self._iris.setdefault(text, text) if isinstance(text, str) else text

    @classmethod
    def scan(cls, path: Path, names_out, *, work_dir: Path | None = None) -> "Facts":
        """Read an N-Triples file in two passes; write the name index lines to ``names_out`` (a text file).

        The spill file of the first pass is a temporary file in ``work_dir`` (default: the system's).
        """
        facts = cls()
        fd, name = tempfile.mkstemp(prefix=".store-scan-", suffix=".nt", dir=work_dir)
        os.close(fd)
        spill = Path(name)
        try:
            second = {p.encode("utf-8") for p in _SECOND_PASS}
            with open(spill, "wb") as fh:
                for predicate, line, i, j in _matching_lines(path, SCANNED):
                    if line[i + 3:j] in second:
                        fh.write(line + b"\n")
                    else:
                        facts._first(predicate, *_fact(line, i, j))
            facts._second(spill, names_out)
        finally:
            spill.unlink(missing_ok=True)
        facts._iris = {}
        return facts

    def _first(self, p: str, s: str, o) -> None:
        lit = isinstance(o, tuple)
        s, o = self._iri(s), self._iri(o)
        if p == _RDF_TYPE:
            self.classes[s] = self.classes.get(s, 0) | _CLASS_BIT[o]
        elif p in (VOCAB + "paperCount", VOCAB + "mentionCount"):
            if lit and o[0].lstrip("-").isdigit():
                (self.papers if p == VOCAB + "paperCount" else self.mentions)[s] = int(o[0])
        elif p == _DCT + "issued":
            if lit:
                self.issued[s] = max(self.issued.get(s, o[0]), o[0])
        elif p == VOCAB + "proposes":
            if not lit:
                self.proposals.add((s, o))
        elif p in (VOCAB + "basedOn", VOCAB + "variantOf"):
            if not lit:
                self.up.setdefault(s, set()).add(o)
                self.down.setdefault(o, set()).add(s)
        elif p == _RDF + "predicate":
            (self.outperforms if o == VOCAB + "outperforms" else self.evaluated).add(s)
        elif p == VOCAB + "reports":
            if not lit and s not in (known := self.reporters.get(o, ())):
                self.reporters[o] = (*known, s)
        elif p.startswith(VOCAB) and p[len(VOCAB):] in _ONE:
            self.one[p[len(VOCAB):]][s] = (o[0],) if lit else o

    def _second(self, spill: Path, names_out) -> None:
        last, seen = None, set()  # name keys already written for the current subject (lines of a node are adjacent)
        for p, line, i, j in _matching_lines(spill, _SECOND_PASS):
            s, o = _fact(line, i, j)
            lit = isinstance(o, tuple)
            if p in _NAME_MASK:
                # Labels of entities only: the lists name no paper or result by its label (memory: titles).
                if (p == _RDFS_LABEL and lit and self.classes.get(s, 0) & _ENTITY_BITS
                        and (s not in self.label or o[0] < self.label[s])):
                    self.label[self._iri(s)] = o[0]
                if p == _DCT + "identifier" and lit:
                    self.identifier[self._iri(s)] = o[0]
                if lit and self.classes.get(s, 0) & _NAME_MASK[p] and (key := name_key(o[0])):
                    if s != last:
                        last, seen = s, set()
                    if key not in seen:
                        seen.add(key)
                        names_out.write(f"<{s}> <{NAME_KEY}> {_nt_string(key)} .\n")
            elif p == _RDF + "subject" or p == _RDF + "object":
                if s in self.outperforms or s in self.evaluated:
                    (self.subject if p == _RDF + "subject" else self.object)[self._iri(s)] = self._iri(o)
            elif p == VOCAB + "support":
                if s in self.outperforms and lit and o[0].lstrip("-").isdigit():
                    self.support[self._iri(s)] = int(o[0])
            elif s in self.evaluated and not lit:  # prov:wasDerivedFrom
                self.derived_from.append((self._iri(s), self._iri(o)))

    def typed(self, cls: str) -> set[str]:
        bit = _CLASS_BIT[cls]
        return {s for s, mask in self.classes.items() if mask & bit}



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


def derived_lines(facts: Facts, *, top: int | None = None) -> Iterator[str]:
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
    label, papers, mentions = facts.label, facts.papers, facts.mentions
    yield f"<{STORE_VOCAB}lists> <{TOP_SIZE}> \"{top}\"^^<{_XSD}integer> .\n"

    # top: entities per class
    for cls in _CLASSES[1:]:
        members = [e for e in facts.typed(cls) if e in papers and e in label]
        for e in _top(members, lambda e: (-papers[e], _desc_missing_last(mentions.get(e)), e), top):
            yield f"{_iri(e)} <{STORE_VOCAB}topEntity> <{cls}> .\n"

    # proposed-by: most recent proposals
    issued = facts.issued
    proposals = sorted(facts.proposals)
    proposals.sort(key=lambda pe: (pe[0] in issued, issued.get(pe[0], "")), reverse=True)  # stable: ties keep (p, e)
    for p, e in proposals[:top]:
        yield f"{_iri(p)} <{STORE_VOCAB}recentlyProposes> {_iri(e)} .\n"

    # outperforms: best-supported statements, overall and per method
    subject, obj, support = facts.subject, facts.object, facts.support
    statements = sorted(st for st in facts.outperforms if st in support)
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
    del statements, by_method  # each section frees its working sets before the next builds its own

    # lineage: transitive pkg:basedOn / pkg:variantOf in both directions
    for m, direction, e in _lineage(facts.up, facts.down, label, papers, top):
        yield f"{_iri(m)} <{STORE_VOCAB}{'lineageDown' if direction else 'lineageUp'}> {_iri(e)} .\n"

    one, identifier, reporters = facts.one, facts.identifier, facts.reporters

    # methods-on / datasets-of: (method, dataset) pairs, by supporting papers then results
    evaluated = facts.evaluated
    pair_papers: dict[tuple[str, str], set[str]] = {}
    pair_results: dict[tuple[str, str], set[str]] = {}
    stated = {st: (subject.get(st), obj.get(st)) for st in evaluated}
    for st, paper in facts.derived_from:
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
    del pair_papers, pair_results, on_dataset, of_method, members

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


def _lineage(up: dict[str, set[str]], down: dict[str, set[str]], label: dict[str, str], papers: dict[str, int],
             top: int) -> Iterator[tuple[str, int, str]]:
    """``(m, direction, e)`` of each lineage list, in list order: for every linked ``m`` the first ``top`` rows
    of (direction, not a direct link, most papers, label, e) over the labelled ``e`` reachable from ``m``
    (``up``: direction 0; ``down``: 1), ``m`` itself excluded.

    Why not every closure: once links join a large strongly connected group, every member's closure is the
    whole group and what it reaches; listing each closure costs methods x closure (15M entries at 100k
    abstracts, growing with the square of the group). The closure's first ``top + 1`` entries
    (:func:`_closure_tops`, once per group) are enough: ``m``'s direct links are listed first anyway, so
    the rest are the closure's first entries that are neither ``m`` nor a direct link.

    >>> up = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}}
    >>> label, papers = {x: x.upper() for x in "abcd"}, {"d": 5}
    >>> [(m, e) for m, _, e in _lineage(up, {}, label, papers, 2)]
    [('a', 'b'), ('a', 'd'), ('b', 'c'), ('b', 'd'), ('c', 'd'), ('c', 'a')]
    """
    def key(e: str) -> tuple:
        return _desc_missing_last(papers.get(e)), label[e], e

    tops = (_closure_tops(up, label, key, top + 1), _closure_tops(down, label, key, top + 1))
    for m in sorted(set(up) | set(down)):
        rows: list[tuple[int, str]] = []
        for direction, edges in ((0, up), (1, down)):
            direct = heapq.nsmallest(top, (e for e in edges.get(m, ()) if e != m and e in label), key=key)
            rows += [(direction, e) for e in direct]
            if len(direct) < top:  # every direct link is in `direct`: the rest come from the closure's first entries
                skip = {m, *direct}
                rows += [(direction, e) for e in tops[direction](m) if e not in skip][:top - len(direct)]
        for direction, e in rows[:top]:
            yield m, direction, e


def _closure_tops(edges: dict[str, set[str]], label: dict[str, str], key, size: int):
    """A function ``m -> the first size labelled nodes (by key) reachable from m in one or more steps``.

    Strongly connected groups (Tarjan's algorithm, without recursion) share one list; a group's list
    is made from its members (on a cycle, each reaches itself) and the lists and members of the groups
    it links to, which Tarjan's algorithm completes before it.

    >>> edges = {"a": {"b"}, "b": {"a", "c"}, "c": set()}
    >>> tops = _closure_tops(edges, {"a": "A", "b": "B", "c": "C"}, lambda e: e, 5)
    >>> tops("a"), tops("c"), tops("z")
    (['a', 'b', 'c'], [], [])
    """
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    group: dict[str, int] = {}
    lists: list[list[str]] = []
    stack: list[str] = []
    on_stack: set[str] = set()
    for root in sorted(edges):
        if root in index:
            continue
        index[root] = low[root] = len(index)
        stack.append(root)
        on_stack.add(root)
        work = [(root, iter(edges.get(root, ())))]
        while work:
            v, links = work[-1]
            for w in links:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on_stack.add(w)
                    work.append((w, iter(edges.get(w, ()))))
                    break
                if w in on_stack:
                    low[v] = min(low[v], index[w])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[v])
                if low[v] != index[v]:
                    continue
                number, members = len(lists), []
                while True:
                    w = stack.pop()
                    on_stack.discard(w)
                    group[w] = number
                    members.append(w)
                    if w == v:
                        break
                found: set[str] = set()
                if len(members) > 1 or v in edges.get(v, ()):
                    found.update(x for x in members if x in label)
                for x in members:
                    for w in edges.get(x, ()):
                        if group[w] != number:
                            found.update(lists[group[w]])
                            if w in label:
                                found.add(w)
                lists.append(heapq.nsmallest(size, found, key=key))
    return lambda m: lists[group[m]] if m in group else []


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
