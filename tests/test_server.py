"""kg.server: a real HTTP endpoint on a free port, queried with SPARQLWrapper and urllib."""

from __future__ import annotations

import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from SPARQLWrapper import CSV, JSON, POST, TURTLE, XML, SPARQLWrapper

from kg.server import make_server, negotiate
from kg.store import create_store

FIXTURE = Path(__file__).parent / "data" / "query" / "fixture.ttl"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    nt = out / "graph.nt"
    nt.write_bytes(ox.serialize(ox.parse(path=str(FIXTURE)), format=ox.RdfFormat.N_TRIPLES))
    create_store(out, nt)
    server = make_server(out, port=0, timeout=2.0, workers=2, log=False)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.url
    server.shutdown()
    server.close()


def http(url, *, data: bytes | None = None, headers: dict | None = None, method: str | None = None):
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as err:
        return err.code, dict(err.headers), err.read().decode("utf-8")


def test_sparqlwrapper_select_json(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX pkg: <https://w3id.org/paperkg/vocab#> "
                    "SELECT ?l WHERE { ?m a pkg:Method ; rdfs:label ?l } ORDER BY ?l")
    client.setReturnFormat(JSON)
    data = client.query().convert()
    assert [b["l"]["value"] for b in data["results"]["bindings"]] == [
        "BERT", "DoRA", "GPT-4", "Llama-2", "LoRA", "QLoRA", "QLoRA-X", "RoBERTa"]


def test_sparqlwrapper_post_xml(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery("SELECT ?s WHERE { ?s pkg:proposes <https://w3id.org/paperkg/id/method/dora> }")
    client.setReturnFormat(XML)
    document = client.query().convert()  # an xml.dom.minidom Document
    uris = [node.firstChild.data for node in document.getElementsByTagName("uri")]
    assert uris == ["https://w3id.org/paperkg/id/paper/arxiv:2402.09353"]


def test_sparqlwrapper_ask_and_construct(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("ASK { ?m pkg:basedOn ?b }")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client = SPARQLWrapper(endpoint)
    client.setQuery("CONSTRUCT { ?m pkg:basedOn ?b } WHERE { ?m pkg:basedOn ?b }")
    client.setReturnFormat(TURTLE)
    graph_text = client.query().convert()
    triples = list(ox.parse(graph_text, ox.RdfFormat.TURTLE))
    assert len(triples) == 3


def test_sparqlwrapper_construct_default_rdfxml(endpoint):
    """SPARQLWrapper asks CONSTRUCT results as RDF/XML by default and parses them with rdflib."""
    client = SPARQLWrapper(endpoint)
    client.setQuery("CONSTRUCT { ?m pkg:variantOf ?b } WHERE { ?m pkg:variantOf ?b }")
    client.setReturnFormat(XML)
    graph = client.query().convert()
    assert len(graph) == 1


def test_sparqlwrapper_csv(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setQuery("SELECT ?l WHERE { ?t a pkg:Task ; rdfs:label ?l }")
    client.setReturnFormat(CSV)
    assert client.query().convert().decode() == "l\r\nmath reasoning\r\n"


def test_sparqlwrapper_insert_data_refused(endpoint):
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery('INSERT DATA { <http://e/a> <http://e/p> "x" }')  # SPARQLWrapper sends it as update=
    with pytest.raises(Exception, match="403|Forbidden|read-only|E458"):
        client.query()
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK { <http://e/a> ?p ?o }"}),
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200 and json.loads(body)["boolean"] is False


@pytest.mark.parametrize(("params", "body", "content_type"), [
    ({"update": 'INSERT DATA { <http://e/a> <http://e/p> "x" }'}, None, None),
    ({"query": 'INSERT DATA { <http://e/a> <http://e/p> "x" }'}, None, None),
    ({}, b'INSERT DATA { <http://e/a> <http://e/p> "x" }', "application/sparql-update"),
    ({}, b"DROP ALL", "application/sparql-query"),
])
def test_updates_refused_403(endpoint, params, body, content_type):
    url = endpoint + ("?" + urllib.parse.urlencode(params) if params else "")
    status, _, text = http(url, data=body, headers={"Content-Type": content_type} if content_type else {})
    assert status == 403 and "[E458]" in text


@pytest.mark.parametrize(("accept", "media", "results_format"), [
    ("application/sparql-results+json", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/csv", "text/csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", "text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ("text/html;q=0.9, text/csv;q=0.1, application/sparql-results+xml;q=0.5", "application/sparql-results+xml",
     ox.QueryResultsFormat.XML),
    ("*/*", "application/sparql-results+json", ox.QueryResultsFormat.JSON),
])
def test_content_negotiation_get(endpoint, accept, media, results_format):
    query = "SELECT ?d WHERE { ?d a pkg:Dataset } ORDER BY ?d"
    status, headers, body = http(endpoint + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
    assert status == 200
    assert headers["Content-Type"].startswith(media)
    assert headers["Access-Control-Allow-Origin"] == "*"
    if results_format == ox.QueryResultsFormat.CSV:  # lossy: pyoxigraph will not parse it back
        rows = body.split("\r\n")[1:-1]
    else:
        rows = [s[0].value for s in ox.parse_query_results(body.encode(), results_format)]
    assert rows == [f"https://w3id.org/paperkg/id/dataset/{d}" for d in ("glue", "gsm8k", "wikitext-103")]


def test_post_form_and_direct(endpoint):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?p a pkg:Paper }"
    for data, content_type in ((urllib.parse.urlencode({"query": query}).encode(), "application/x-www-form-urlencoded"),
                               (query.encode(), "application/sparql-query")):
        status, _, body = http(endpoint, data=data, headers={"Content-Type": content_type,
                                                             "Accept": "application/sparql-results+json"})
        assert status == 200
        assert json.loads(body)["results"]["bindings"][0]["n"]["value"] == "5"


def test_construct_negotiation(endpoint):
    query = "CONSTRUCT WHERE { ?m pkg:variantOf ?b }"
    for accept, rdf_format in (("text/turtle", ox.RdfFormat.TURTLE), ("application/n-triples", ox.RdfFormat.N_TRIPLES),
                               ("application/ld+json", ox.RdfFormat.JSON_LD)):
        status, headers, body = http(endpoint + "?" + urllib.parse.urlencode({"query": query}), headers={"Accept": accept})
        assert status == 200 and headers["Content-Type"].startswith(accept)
        assert len(list(ox.parse(body, rdf_format))) == 1


def test_syntax_error_400(endpoint):
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "SELECT * WHERE {\n ?s ?p \n}"}))
    assert status == 400 and "[E450]" in body and "line 3" in body


def test_service_refused(endpoint):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": query}))
    assert status == 400 and "[E464]" in body


def test_cors_preflight_and_info(endpoint):
    status, headers, _ = http(endpoint, method="OPTIONS", headers={"Origin": "http://yasgui.example",
                                                                   "Access-Control-Request-Method": "POST"})
    assert status == 204
    assert headers["Access-Control-Allow-Origin"] == "*" and "POST" in headers["Access-Control-Allow-Methods"]
    status, _, body = http(endpoint)
    assert status == 200 and "SPARQL endpoint" in body
    assert http(endpoint.replace("/sparql", "/elsewhere"))[0] == 404


def test_timeout_stops_query_and_endpoint_recovers(endpoint):
    started = time.monotonic()
    status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": SLOW}))
    elapsed = time.monotonic() - started
    assert status == 503 and "[E457]" in body
    assert elapsed < 15  # the 2 s deadline, not the minutes the query would take
    # the killed worker is replaced; the endpoint keeps answering (both workers, in turn)
    for _ in range(4):
        status, _, body = http(endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"}),
                               headers={"Accept": "application/sparql-results+json"})
        assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize(("accept", "kind", "fmt"), [
    (None, "select", "json"), (None, "graph", "turtle"), ("text/turtle", "select", "json"),
    ("application/sparql-results+json", "graph", "turtle"), ("application/rdf+xml", "graph", "rdfxml"),
    ("text/csv;q=0.2, text/tab-separated-values", "select", "tsv"), ("application/json", "ask", "json"),
])
def test_negotiate(accept, kind, fmt):
    assert negotiate(accept, kind) == fmt


def test_negotiate_format_parameter_wins():
    assert negotiate("application/sparql-results+json", "select", "csv") == "csv"
    assert negotiate(None, "graph", "ntriples") == "nt"


def _default_sigint() -> None:
    """In the child, before exec: SIGINT back to its default action.

    A shell without job control starts background jobs with SIGINT ignored, and an ignored
    signal stays ignored across exec (Python then installs no KeyboardInterrupt handler), so a
    test suite launched as ``cmd &`` would otherwise see ``paperkg serve`` ignore Ctrl-C.
    """
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_serve(tmp_path, *, workers: int, **popen_options):
    """``paperkg serve`` as a subprocess on a free port over a store of the fixture graph (stderr piped)."""
    import os
    import subprocess
    import sys

    out = tmp_path / "build"
    out.mkdir()
    nt = out / "graph.nt"
    nt.write_bytes(ox.serialize(ox.parse(path=str(FIXTURE)), format=ox.RdfFormat.N_TRIPLES))
    create_store(out, nt)
    return subprocess.Popen([sys.executable, "-m", "kg", "serve", str(out), "--port", "0", "--workers", str(workers),
                             "-q"], stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"},
                            preexec_fn=_default_sigint, **popen_options)


def test_paperkg_serve_command(tmp_path):
    """`paperkg serve` as a user runs it: a subprocess on a free port, stopped with SIGINT."""
    import signal

    proc = _start_serve(tmp_path, workers=1)
    try:
        line = proc.stderr.readline()
        assert line.startswith("SPARQL endpoint: http://127.0.0.1:"), line
        url = line.split()[2]
        status, _, body = http(url + "?" + urllib.parse.urlencode({"query": "SELECT ?t WHERE { ?p dcterms:title ?t } "
                                                                            "ORDER BY ?t LIMIT 1"}),
                               headers={"Accept": "text/csv"})
        assert status == 200 and body == "t\r\nDoRA: Weight-Decomposed Low-Rank Adaptation\r\n"
    finally:
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    assert "Traceback" not in proc.stderr.read()


@pytest.mark.parametrize("when", ["starting", "serving"])
def test_paperkg_serve_ctrl_c_is_quiet(tmp_path, when):
    """Ctrl-C (SIGINT to the whole process group, as a terminal sends it) while the workers start
    or while serving: no traceback from the command or its worker processes."""
    import os
    import signal

    proc = _start_serve(tmp_path, workers=2, start_new_session=True)
    try:
        if when == "serving":
            assert proc.stderr.readline().startswith("SPARQL endpoint:")
        else:  # the command is up (its import done) and its workers are importing theirs
            deadline = time.monotonic() + 30
            while len([p for p in Path("/proc").glob("[0-9]*") if _parent(p) == proc.pid]) < 1:
                assert time.monotonic() < deadline, "no worker process started"
                time.sleep(0.02)
        os.killpg(proc.pid, signal.SIGINT)
        err = proc.communicate(timeout=60)[1]
    finally:
        if proc.poll() is None:
            proc.kill()
    assert "Traceback" not in err and "Error" not in err, err
    assert proc.returncode in (0, 130)


def _parent(proc_dir: Path) -> int | None:
    try:
        return int((proc_dir / "stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError, IndexError):
        return None
