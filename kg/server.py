"""A read-only SPARQL 1.1 Protocol endpoint over a build's store (``paperkg serve OUT``).

Spec: https://www.w3.org/TR/sparql11-protocol/ (query operation only). ``GET /sparql?query=``,
``POST`` with ``application/x-www-form-urlencoded`` (``query=``) or ``application/sparql-query``.
The answer format follows the ``Accept`` header (or a ``format=`` parameter): SPARQL results
JSON, XML, CSV or TSV for SELECT and ASK; Turtle, N-Triples, RDF/XML or JSON-LD for CONSTRUCT
and DESCRIBE. Every response carries ``Access-Control-Allow-Origin: *`` so browser clients such
as YASGUI can use it, and ``OPTIONS`` answers CORS preflights.

Refused: updates (an ``update=`` parameter, ``application/sparql-update`` bodies, or an update
sent as a query) with 403; ``SERVICE`` with 400 (queries never reach the network); bodies over
1 MiB with 413. The store is opened read-only in any case.

**Timeouts.** pyoxigraph cannot interrupt a running query, and a thread blocked in Rust cannot be
stopped, so each query runs in one of a few long-lived *worker processes* (``multiprocessing``,
spawn context, each holding its own read-only store). The HTTP thread waits up to ``timeout``
seconds for the answer; past that it kills the worker (SIGKILL is safe for a read-only RocksDB
instance), answers 503 with [E457], and a fresh worker replaces the dead one in the background.
Waiting for a free worker counts against the same deadline. The HTTP side is the standard
library's ``ThreadingHTTPServer``: fine for a local endpoint, not hardened for the open internet
(bind to localhost, the default).
"""

from __future__ import annotations

import multiprocessing
import queue
import signal
import sys
import threading
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import resource_tracker
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from kg.errors import ConfigError, Errors, KGError, QueryError
from kg.query import GRAPH_FORMATS, RESULT_FORMATS, check_query, is_update
from kg.store import store_path

__all__ = ["make_server", "negotiate", "SparqlServer", "QueryPool", "MEDIA_TYPES"]

#: Output format name → media type written in Content-Type.
MEDIA_TYPES: dict[str, str] = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "jsonld": "application/ld+json",
}
#: Media types (and aliases) a client may ask for → output format.
_ACCEPTED: dict[str, str] = {
    **{v: k for k, v in MEDIA_TYPES.items()},
    "application/json": "json", "text/javascript": "json", "application/javascript": "json",
    "application/xml": "xml", "text/xml": "xml",
    "application/x-turtle": "turtle", "application/turtle": "turtle", "text/n3": "turtle",
    "text/plain": "nt",
    "application/json+ld": "jsonld",
}
_FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                 "nt": "nt", "ntriples": "nt", "n-triples": "nt", "rdfxml": "rdfxml", "rdf": "rdfxml", "jsonld": "jsonld",
                 "json-ld": "jsonld"}
MAX_BODY = 1 << 20


def negotiate(accept: str | None, kind: str, format_param: str | None = None) -> str:
    """The output format for a result of ``kind`` ("select", "ask" or "graph").

    An explicit ``format=`` parameter wins; otherwise the acceptable media type with the highest
    q-value (first listed on ties) that applies to this kind; otherwise JSON for SELECT and ASK,
    Turtle for graphs.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", "select")
    'xml'
    >>> negotiate("application/sparql-results+json", "graph")
    'turtle'
    >>> negotiate("*/*", "ask")
    'json'
    """
    allowed = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
    if format_param and _FORMAT_PARAM.get(format_param.lower()) in allowed:
        return _FORMAT_PARAM[format_param.lower()]
    choices = []
    for i, part in enumerate((accept or "").split(",")):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            if param.startswith("q="):
                try:
                    q = float(param[2:])
                except ValueError:
                    q = 0.0
        choices.append((-q, i, media.lower()))
    for neg_q, _, media in sorted(choices):
        if neg_q < 0 and _ACCEPTED.get(media) in allowed:
            return _ACCEPTED[media]
    return "turtle" if kind == "graph" else "json"


# ---------------------------------------------------------------------------------------------
# worker processes
def _worker_main(conn, store_dir: str) -> None:
    """Worker loop: open the store read-only, then answer (query, accept, format) requests.

    Ctrl-C is the parent's business (it kills its workers); a worker whose parent is gone
    (the pipe is closed) returns quietly instead of printing a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _serve_requests(conn, store_dir)
    except (EOFError, OSError):  # BrokenPipeError included: the parent stopped
        return


def _serve_requests(conn, store_dir: str) -> None:
    from kg.query import format_result, run_query
    from kg.store import open_store

    try:
        store = open_store(Path(store_dir).parent)
    except KGError as err:
        conn.send(("error", str(err)))
        return
    conn.send(("ready", ""))
    while True:
        request = conn.recv()
        text, accept, format_param = request
        try:
            result = run_query(store, text)
            fmt = negotiate(accept, result.kind, format_param)
            body = format_result(result, fmt).encode("utf-8")
            conn.send((200, MEDIA_TYPES[fmt], body))
        except QueryError as err:
            message = str(err)
            status = 403 if message.startswith("[E458]") else 500 if message.startswith("[E462]") else 400
            conn.send((status, "text/plain; charset=utf-8", message.encode("utf-8")))
        except Exception as err:  # a bug: report it to the client instead of killing the worker
            conn.send((500, "text/plain; charset=utf-8", f"internal error: {err!r}".encode("utf-8")))


class _Worker:
    def __init__(self, ctx, store_dir: str):
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(child, store_dir), daemon=True)
        # the child inherits an ignored (and blocked) SIGINT, so Ctrl-C during its start-up
        # (importing the package) does not print its traceback. The parent blocks SIGINT
        # meanwhile instead of only ignoring it: a Ctrl-C that lands in this window stays
        # pending (Linux never discards a blocked signal) and is delivered to the restored
        # handler on unblocking, so it is not lost. Only the main thread may change handlers.
        # The resource tracker is started first, outside the window: starting it unblocks
        # SIGINT while ours is ignored, which would discard a Ctrl-C pending there.
        main = threading.current_thread() is threading.main_thread()
        previous = None
        if main:
            resource_tracker.ensure_running()
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
            previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            self.process.start()
        finally:
            if main:
                signal.signal(signal.SIGINT, previous)
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise QueryError(Errors.E461.format(path="store", detail="query worker did not start in time"))
        status, detail = self.conn.recv()
        if status != "ready":
            self.kill()
            raise QueryError(detail)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class QueryPool:
    """Worker processes that each hold a read-only store; a query past its deadline kills its worker."""

    def __init__(self, store_dir: Path, *, workers: int = 2, start_timeout: float = 120.0):
        self.store_dir = str(store_dir)
        self.ctx = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.start_timeout = start_timeout
        self.closed = False
        started = [_Worker(self.ctx, self.store_dir) for _ in range(workers)]
        try:
            for worker in started:
                worker.wait_ready(start_timeout)
        except BaseException:
            for worker in started:
                worker.kill()
            raise
        for worker in started:
            self.idle.put(worker)
        self.size = workers

    def execute(self, text: str, accept: str | None, format_param: str | None, timeout: float) -> tuple[int, str, bytes]:
        """(status, content type, body) of one query; raises QueryError [E457] past ``timeout`` seconds."""
        deadline = time.monotonic() + timeout
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise QueryError(Errors.E457.format(seconds=timeout)) from None
        try:
            worker.conn.send((text, accept, format_param))
            if worker.conn.poll(max(0.0, deadline - time.monotonic())):
                answer = worker.conn.recv()
                self.idle.put(worker)
                return answer
        except (EOFError, OSError, BrokenPipeError):
            pass  # the worker died (a crash in the engine): replace it, report a timeout-like failure
        worker.kill()
        self._replace()
        raise QueryError(Errors.E457.format(seconds=timeout))

    def _replace(self) -> None:
        def start() -> None:
            if self.closed:
                return
            worker = _Worker(self.ctx, self.store_dir)
            try:
                worker.wait_ready(self.start_timeout)
            except QueryError:
                return
            if self.closed:
                worker.kill()
            else:
                self.idle.put(worker)

        threading.Thread(target=start, name="paperkg-worker-restart", daemon=True).start()

    def close(self) -> None:
        self.closed = True
        while True:
            try:
                self.idle.get_nowait().kill()
            except queue.Empty:
                break


# ---------------------------------------------------------------------------------------------
# HTTP
class SparqlServer(ThreadingHTTPServer):
    """``ThreadingHTTPServer`` holding the query pool and settings; ``url`` is the endpoint."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, address: tuple[str, int], pool: QueryPool, *, timeout: float, log: bool):
        super().__init__(address, _Handler)
        self.pool = pool
        self.query_timeout = timeout
        self.log = log

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def close(self) -> None:
        self.server_close()
        self.pool.close()


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "paperkg-sparql"

    # -- plumbing ------------------------------------------------------------------------
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002  (http.server's signature)
        if self.server.log:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _send(self, status: int, content_type: str, body: bytes, *, head: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        self.end_headers()
        if not head:
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _path_ok(self) -> bool:
        path = urlsplit(self.path).path.rstrip("/")
        if path in ("", "/sparql"):
            return True
        self._text(404, f"Not found: the SPARQL endpoint is {self.server.url}")
        return False

    # -- methods -------------------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802
        self.send_response(204)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        if not self._path_ok():
            return
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if "query" not in params and "update" not in params:
            self._text(200, f"paperkg read-only SPARQL endpoint. Send a query: GET or POST {self.server.url}?query=...")
            return
        self._answer(params)

    def do_POST(self) -> None:  # noqa: N802
        if not self._path_ok():
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._text(413, f"Request body over {MAX_BODY} bytes.")
            self.close_connection = True
            return
        body = self.rfile.read(length).decode("utf-8", errors="replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(urlsplit(self.path).query, keep_blank_values=True)
        if content_type == "application/sparql-query":
            params["query"] = [body]
        elif content_type == "application/sparql-update":
            params["update"] = [body]
        elif content_type in ("application/x-www-form-urlencoded", ""):
            for key, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(key, []).extend(values)
        else:
            self._text(415, "Send application/x-www-form-urlencoded or application/sparql-query.")
            return
        self._answer(params)

    def _answer(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            self._text(403, Errors.E458)
            return
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._text(400, "Give exactly one non-empty query parameter.")
            return
        text = queries[0]
        try:
            if is_update(text):
                raise QueryError(Errors.E458)
            check_query(text)
            status, content_type, body = self.server.pool.execute(
                text, self.headers.get("Accept"), (params.get("format") or [None])[0], self.server.query_timeout)
        except QueryError as err:
            message = str(err)
            status = 403 if message.startswith("[E458]") else 503 if message.startswith("[E457]") else 400
            self._text(status, message)
            return
        if content_type.startswith("text/") and "charset" not in content_type:
            content_type += "; charset=utf-8"
        self._send(status, content_type, body)


def make_server(build_dir: Path, *, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                workers: int = 2, log: bool = True) -> SparqlServer:
    """A ready :class:`SparqlServer` over ``build_dir``'s store (call ``serve_forever()``, then ``close()``).

    Raises:
        ConfigError: [E020]/[E459] no store, [E021] port taken; QueryError [E461] if the workers cannot open it.
    """
    pool = QueryPool(store_path(build_dir), workers=workers)
    try:
        return SparqlServer((host, port), pool, timeout=timeout, log=log)
    except OSError as err:
        pool.close()
        raise ConfigError(Errors.E021.format(detail=f"Cannot listen on {host}:{port}: {err}. Pick another --port.")) from err

