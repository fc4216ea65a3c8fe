"""GEXF 1.3 export: valid against gexf.rng, readable by networkx, Gephi-ready, deterministic."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from exports._attrs import TYPE_COLORS
from exports.gexf import pinned_date, to_gexf, write_gexf
from kg.errors import ExportError
from kg.graph import KnowledgeGraph

RNG = Path(__file__).parent.parent / "data" / "xsd" / "gexf1.3" / "gexf.rng"


@pytest.fixture(scope="module")
def relaxng() -> etree.RelaxNG:
    return etree.RelaxNG(file=str(RNG))


def _read(text: str) -> nx.Graph:
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_gexf_validates_against_relaxng(fixture, request, relaxng):
    doc = etree.fromstring(to_gexf(request.getfixturevalue(fixture)).encode("utf-8"))
    assert relaxng.validate(doc), relaxng.error_log


def test_gexf_relaxng_rejects_networkx_output(graph, relaxng):
    # The schema is strict enough to catch what networkx writes (schemaLocation, graph name).
    buf = io.BytesIO()
    nx.write_gexf(nx.DiGraph([("a", "b")]), buf, version="1.2draft")
    assert not relaxng.validate(etree.fromstring(buf.getvalue()))


def test_gexf_every_node_has_label_type_colour_and_size(graph):
    g = _read(to_gexf(graph))
    assert g.number_of_nodes() == graph.g.number_of_nodes()
    for node, data in g.nodes(data=True):
        node_type = graph.node(node)["node_type"]
        assert data["label"] and data["type"] == node_type
        color = data["viz"]["color"]
        assert (color["r"], color["g"], color["b"]) == TYPE_COLORS[node_type]
        assert data["viz"]["size"] > 0


def test_gexf_size_grows_with_degree(graph):
    g = _read(to_gexf(graph))
    sizes = {n: d["viz"]["size"] for n, d in g.nodes(data=True)}
    assert sizes["method/blip-2"] > sizes["method/lora"] > sizes["task/visual-question-answering"]


def test_gexf_lists_are_scalar_strings_not_dynamic_values(graph):
    data = _read(to_gexf(graph)).nodes["method/lora"]
    assert data["aliases"] == "LoRA | Low-Rank Adaptation | low-rank adaptation"
    assert data["paper_count"] == 1


def test_gexf_keeps_parallel_edges_of_different_relations(graph):
    g = _read(to_gexf(graph))
    assert g.is_multigraph()
    relations = sorted(d["relation"] for _, _, d in g.edges("paper/arxiv:2106.09685", data=True))
    assert relations == ["mentions", "proposes"]
    assert g.number_of_edges() == graph.g.number_of_edges()


def test_gexf_date_is_pinned_to_latest_paper(graph):
    assert pinned_date(graph) == "2023-01-30"
    assert 'lastmodifieddate="2023-01-30"' in to_gexf(graph)
    assert pinned_date(KnowledgeGraph()) == "2000-01-01"


def test_gexf_date_option_is_checked(graph):
    assert 'lastmodifieddate="2024-02-29"' in to_gexf(graph, date="2024-02-29")
    with pytest.raises(ExportError, match=r"\[E405\]"):
        to_gexf(graph, date="yesterday")


def test_gexf_hostile_labels_survive_exactly(hostile_graph):
    g = _read(to_gexf(hostile_graph))
    assert g.nodes["method/hostile-0"]["label"] == "</script><script>alert(1)</script>"
    assert g.nodes["method/hostile-2"]["label"] == '"}) DETACH DELETE n //'
    assert g.nodes["paper/title:hostile03"]["title"] == "quote ' and \" and `backtick`"


def test_gexf_write_is_deterministic(graph, tmp_path):
    a = write_gexf(graph, tmp_path / "a")[0].read_bytes()
    b = write_gexf(graph, tmp_path / "b")[0].read_bytes()
    assert a == b and a.endswith(b"\n")
