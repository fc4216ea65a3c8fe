"""GraphML export: valid against the official GraphML XSD, readable by networkx, Gephi-ready."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx
import pytest
import xmlschema

from exports.graphml import nmtoken, to_graphml, write_graphml
from kg.errors import ExportError

XSD = Path(__file__).parent.parent / "data" / "xsd" / "graphml" / "graphml.xsd"


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(XSD))


def _read(text: str) -> nx.MultiDiGraph:
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")), force_multigraph=True)


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_graphml_validates_against_official_xsd(fixture, request, schema):
    schema.validate(io.BytesIO(to_graphml(request.getfixturevalue(fixture)).encode("utf-8")))


def test_graphml_xsd_rejects_raw_slash_ids(schema):
    # Why the ids are escaped: the schema really checks xs:NMTOKEN node ids.
    bad = to_graphml_text_with_id("method/lora")
    with pytest.raises(xmlschema.XMLSchemaValidationError):
        schema.validate(io.BytesIO(bad.encode()))


def to_graphml_text_with_id(node_id: str) -> str:
    return ('<?xml version="1.0"?><graphml xmlns="http://graphml.graphdrawing.org/xmlns">'
            f'<graph edgedefault="directed"><node id="{node_id}"/></graph></graphml>')


def test_graphml_round_trips_through_networkx(graph):
    g = _read(to_graphml(graph))
    assert g.number_of_nodes() == graph.g.number_of_nodes()
    assert g.number_of_edges() == graph.g.number_of_edges()
    by_id = {data["node_id"]: data for _, data in g.nodes(data=True)}
    assert set(by_id) == set(graph.g.nodes)
    lora = by_id["method/lora"]
    assert lora["label"] == "LoRA" and lora["type"] == "Method"
    assert lora["aliases"] == "LoRA | Low-Rank Adaptation | low-rank adaptation"
    assert lora["paper_count"] == 1 and isinstance(lora["paper_count"], int)
    result = by_id["result/0123456789abcdef"]
    assert result["is_delta"] is True and result["start_offset"] == 38 and "start" not in result


def test_graphml_every_node_has_label_and_type_and_no_none(graph, hostile_graph):
    for kg in (graph, hostile_graph):
        for _, data in _read(to_graphml(kg)).nodes(data=True):
            assert data["label"] and data["type"]
            assert all(v is not None and v != "" for v in data.values())


def test_graphml_edges_carry_support_confidence_and_evidence(graph):
    g = _read(to_graphml(graph))
    n = {data["node_id"]: node for node, data in g.nodes(data=True)}
    edges = [d for _, _, d in g.edges(n["method/blip-2"], data=True) if d["relation"] == "outperforms"]
    assert len(edges) == 1
    edge = edges[0]
    assert edge["support"] == 1 and edge["weight"] == 1.0 and edge["confidence"] == 0.8
    assert edge["evidence_sentence"].startswith("BLIP-2 outperforms Flamingo80B")
    assert edge["evidence_papers"] == "paper/arxiv:2301.12597"


def test_graphml_hostile_strings_survive_exactly(hostile_graph):
    g = _read(to_graphml(hostile_graph))
    labels = {data["node_id"]: data["label"] for _, data in g.nodes(data=True)}
    for node_id, data in hostile_graph.sorted_nodes():
        assert labels[node_id] == (data["label"] or node_id)
    assert labels["method/hostile-4"] == "line\nbreak\r\nand\ttab"


@pytest.mark.parametrize("node_id", ["method/lora", "paper/doi:10.1/a b", "task/x_y", "dataset/数据"])
def test_graphml_nmtoken_is_injective_and_valid(node_id):
    token = nmtoken(node_id)
    assert all(c.isascii() and (c.isalnum() or c in ".:-_") for c in token)
    assert token != nmtoken(node_id + "_")


def test_graphml_write_is_deterministic(graph, tmp_path):
    a = write_graphml(graph, tmp_path / "a")[0].read_bytes()
    b = write_graphml(graph, tmp_path / "b")[0].read_bytes()
    assert a == b and a.endswith(b"\n")


def test_graphml_unwritable_dir_raises_e400(graph, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(ExportError, match=r"\[E400\]"):
        write_graphml(graph, blocker / "sub")
