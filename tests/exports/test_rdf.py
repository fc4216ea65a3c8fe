"""RDF exports checked with real tools: rdflib round trips, pyshacl, pyoxigraph."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pyshacl
import pytest
import rdflib
from rdflib.compare import isomorphic

from exports.rdf import (
    decimal_lexical, iter_ntriples, to_rdf, write_jsonld, write_ntriples, write_ntriples_export, write_rdfxml,
    write_turtle,
)
from kg.errors import ExportError
from kg.registry import exporters
from schemas import path as schema_path

REPO = Path(__file__).resolve().parents[2]
WRITERS = {
    "turtle": (write_turtle, "graph.ttl", "turtle"),
    "ntriples": (write_ntriples_export, "graph.nt", "nt"),
    "jsonld": (write_jsonld, "graph.jsonld", "json-ld"),
    "rdfxml": (write_rdfxml, "graph.rdf", "xml"),
}


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return rdflib.Graph().parse(schema_path("shapes.ttl"))


def _write_and_parse(name, kg, tmp_path) -> tuple[Path, rdflib.Graph]:
    writer, filename, fmt = WRITERS[name]
    paths = writer(kg, tmp_path)
    assert paths == [tmp_path / filename]
    return paths[0], rdflib.Graph().parse(paths[0], format=fmt)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_rdf_exporters_are_registered(name):
    assert exporters.get(name).func is WRITERS[name][0]


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_rdf_export_parses_back_isomorphic(name, fixture, tmp_path, request):
    kg = request.getfixturevalue(fixture)
    _, parsed = _write_and_parse(name, kg, tmp_path)
    assert len(parsed) == len(to_rdf(kg))
    assert isomorphic(parsed, to_rdf(kg))


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
@pytest.mark.parametrize("name", sorted(WRITERS))
def test_rdf_export_conforms_to_shapes(name, fixture, tmp_path, request, shapes):
    _, parsed = _write_and_parse(name, request.getfixturevalue(fixture), tmp_path)
    conforms, _, text = pyshacl.validate(parsed, shacl_graph=shapes)
    assert conforms, text


def test_rdf_shapes_reject_broken_graph(graph, shapes):
    graph.g.nodes["method/lora"]["paper_count"] = "many"  # not an integer
    graph.add_edge("method/lora", "dataset/vqav2", "outperforms")  # a method cannot outperform a dataset
    conforms, _, text = pyshacl.validate(to_rdf(graph), shacl_graph=shapes)
    assert not conforms
    assert "paperCount" in text and "outperforms" in text


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_rdf_has_no_blank_nodes(fixture, request):
    g = to_rdf(request.getfixturevalue(fixture))
    assert not any(isinstance(term, rdflib.BNode) for triple in g for term in triple)


def test_rdf_hostile_strings_survive_every_format(hostile_graph, tmp_path):
    titles = [data["title"] for _, data in hostile_graph.papers()]
    for name in WRITERS:
        _, parsed = _write_and_parse(name, hostile_graph, tmp_path / name)
        literals = {str(o) for o in parsed.objects() if isinstance(o, rdflib.Literal)}
        for text in titles:
            assert text in literals, (name, text)


def test_rdf_ntriples_loads_into_pyoxigraph(graph, tmp_path):
    nt = write_ntriples(graph, tmp_path / "graph.nt")
    store = pyoxigraph.Store()
    store.bulk_load(path=str(nt), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(store) == len(to_rdf(graph))
    rows = list(store.query(
        'PREFIX pkg: <https://w3id.org/paperkg/vocab#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> '
        'SELECT ?m WHERE { ?p pkg:proposes ?e . ?e rdfs:label ?m } ORDER BY ?m'))
    assert [row["m"].value for row in rows] == ["BLIP-2", "LoRA"]


def test_rdf_reified_statement_carries_support_and_evidence(graph):
    g = to_rdf(graph)
    rows = list(g.query("""
        PREFIX pkg: <https://w3id.org/paperkg/vocab#> PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?support ?sentence ?paper WHERE {
          ?st rdf:subject ?s ; rdf:predicate pkg:outperforms ; rdf:object ?o ; pkg:support ?support ;
              prov:wasDerivedFrom ?paper ; pkg:evidence ?ev .
          ?ev pkg:sentence ?sentence .
          ?s pkg:outperforms ?o .
        }"""))
    assert len(rows) == 1
    assert int(rows[0][0]) == 1
    assert rows[0][1].startswith("BLIP-2 outperforms")
    assert str(rows[0][2]).endswith("paper/arxiv:2301.12597")


def test_rdf_ntriples_lines_sorted_unique_with_final_newline(graph, tmp_path):
    text = write_ntriples(graph, tmp_path / "g.nt").read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    assert text.endswith("\n")
    assert lines == sorted(set(lines))


def test_rdf_ntriples_external_sort_matches_in_memory(hostile_graph, tmp_path):
    small = write_ntriples(hostile_graph, tmp_path / "small.nt", buffer_lines=7).read_bytes()
    big = write_ntriples(hostile_graph, tmp_path / "big.nt").read_bytes()
    assert small == big
    assert "".join(iter_ntriples(hostile_graph)).encode("utf-8") == big


def test_rdf_jsonld_embeds_the_context_file(graph, tmp_path):
    import json

    (path,) = write_jsonld(graph, tmp_path)
    context = json.loads(schema_path("context.jsonld").read_text(encoding="utf-8"))["@context"]
    assert json.loads(path.read_text(encoding="utf-8"))["@context"] == context


def test_rdf_exports_byte_identical_across_processes(tmp_path):
    # Different hash seeds shuffle set and dict-of-set orders: output must not depend on them.
    script = (
        "import sys; sys.path.insert(0, 'tests'); from pathlib import Path; from conftest import build_hostile_graph, "
        "build_small_graph; from exports.rdf import write_turtle, write_ntriples_export, write_jsonld, write_rdfxml\n"
        "for i, kg in enumerate((build_small_graph(), build_hostile_graph())):\n"
        "    for w in (write_turtle, write_ntriples_export, write_jsonld, write_rdfxml): w(kg, Path(sys.argv[1]) / str(i))\n"
    )
    outputs = []
    for seed in ("1", "2"):
        out = tmp_path / seed
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-c", script, str(out)], cwd=REPO, env=env, check=True)
        outputs.append({p.relative_to(out): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert len(outputs[0]) == 8
    assert outputs[0] == outputs[1]


def test_rdf_export_failure_is_export_error(graph, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=r"\[E040\]"):
        write_turtle(graph, blocker)


@pytest.mark.parametrize(
    "value,expected",
    [
        ("80.74", "80.74"),  # already canonical
        ("80.740", "80.74"),  # trailing zero dropped
        ("5", "5.0"),  # integers get one decimal
        (0.1, "0.1"),  # floats through their shortest repr
        ("1E-3", "0.001"),  # no exponent in xsd:decimal
        ("-0.00", "0.0"),  # one zero
        ("NaN", None),  # not a decimal
        ("8.7%", None),  # units are not part of the value
    ],
)
def test_rdf_decimal_lexical(value, expected):
    assert decimal_lexical(value) == expected


def test_rdf_turtle_readable_by_rdflib_from_bytes(graph, tmp_path):
    (path,) = write_turtle(graph, tmp_path)
    g = rdflib.Graph().parse(io.BytesIO(path.read_bytes()), format="turtle")
    assert (None, rdflib.RDF.type, rdflib.URIRef("https://w3id.org/paperkg/vocab#Paper")) in g


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_rdf_streamed_lines_equal_the_triples(fixture, request):
    """node_ntriples/edge_ntriples (the builder's fast path) write exactly the lines of the generic triples."""
    from exports.rdf import _edge_triples, _node_triples, edge_ntriples, node_ntriples, ntriples_line

    kg = request.getfixturevalue(fixture)
    for node_id, data in kg.sorted_nodes():
        assert sorted(node_ntriples(node_id, data)) == sorted(ntriples_line(*t) for t in _node_triples(node_id, data))
    for u, v, rel, data in kg.sorted_edges():
        assert edge_ntriples(u, v, rel, data) == [ntriples_line(*t) for t in _edge_triples(u, v, rel, data)]


@pytest.mark.parametrize("evidence", [
    {"paper": "paper/p", "sentence": 'say "hi"\n\u2028\x00', "start": 0, "end": 4, "extractor": "kg_rules", "confidence": 0.5},
    {"paper": "paper/p", "sentence": "S", "start": 0, "end": 4, "extractor": "kg_rules", "confidence": 1},
    {"paper": "paper/p", "sentence": "S", "start": 0, "end": 4, "extractor": "kg_rules", "confidence": float("nan")},
    {"paper": "", "sentence": "S", "start": "3", "end": None, "extractor": None, "confidence": "0.50"},
    {"paper": "paper/p", "sentence": "S", "start": True, "end": 2.0, "extractor": "x", "confidence": 0.25, "more": 1},
    {"sentence": "S"},
])
def test_rdf_streamed_lines_odd_evidence(evidence):
    from exports.rdf import _edge_triples, _node_triples, edge_ntriples, node_ntriples, ntriples_line

    for support, confidence in ((1, 0.5), (2.0, "0.75"), (None, None)):
        data = {"support": support, "confidence": confidence, "evidence": [evidence, evidence]}
        for rel in ("proposes", "based_on", "mentions", "no_such_relation"):
            assert edge_ntriples("paper/p", "method/m x", rel, data) == [
                ntriples_line(*t) for t in _edge_triples("paper/p", "method/m x", rel, data)]
    node = {"node_type": "Result", "label": "r", "value": "1.50", "unit": "%", "is_delta": True, **evidence}
    assert sorted(node_ntriples("result/r", node)) == sorted(ntriples_line(*t) for t in _node_triples("result/r", node))
