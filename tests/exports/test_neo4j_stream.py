"""exports.neo4j_stream: the Neo4j bundle streamed from graph.json is the in-memory exporter's, byte for byte."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from exports.neo4j import write_neo4j
from exports.neo4j_stream import iter_graph_json, write_neo4j_streamed
from kg.errors import ExportError
from kg.graph import KnowledgeGraph


def _files(paths: list[Path], root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in paths}


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
@pytest.mark.parametrize("batch_size", [1, 2, 1000])
def test_streamed_equals_in_memory(request, tmp_path, fixture, batch_size):
    graph: KnowledgeGraph = request.getfixturevalue(fixture)
    graph_json = graph.save(tmp_path / "graph.json")
    expected = _files(write_neo4j(graph, tmp_path / "mem", batch_size=batch_size), tmp_path / "mem")
    got = _files(write_neo4j_streamed(graph_json, tmp_path / "stream", batch_size=batch_size), tmp_path / "stream")
    assert got == expected
    assert sorted(p.relative_to(tmp_path / "stream").as_posix() for p in (tmp_path / "stream").rglob("*")
                  if p.is_file()) == sorted(expected)  # no temporary file left behind


def test_iter_graph_json_reads_canonical_and_other_layouts(tmp_path, hostile_graph):
    data = hostile_graph.to_dict()
    canonical = hostile_graph.save(tmp_path / "graph.json")
    compact = tmp_path / "compact.json"
    compact.write_text(json.dumps(data), encoding="utf-8")
    expected = [("edges", e) for e in data["edges"]] + [("nodes", n) for n in data["nodes"]]
    assert list(iter_graph_json(canonical)) == expected
    assert list(iter_graph_json(compact)) == expected


def test_iter_graph_json_empty_graph(tmp_path):
    path = KnowledgeGraph().save(tmp_path / "graph.json")
    assert list(iter_graph_json(path)) == []
    files = _files(write_neo4j_streamed(path, tmp_path / "stream"), tmp_path / "stream")
    assert files == _files(write_neo4j(KnowledgeGraph(), tmp_path / "mem"), tmp_path / "mem")


def test_streamed_refuses_ids_that_do_not_name_their_type(tmp_path):
    kg = KnowledgeGraph()
    kg.add_node("paper/a", "Paper", label="A")
    kg.add_node("lora", "Method", label="LoRA")
    kg.add_edge("paper/a", "lora", "mentions")
    with pytest.raises(ExportError, match=r"\[E790\].*'lora'"):
        write_neo4j_streamed(kg.save(tmp_path / "graph.json"), tmp_path / "out")


def test_streamed_bad_batch_size(tmp_path, graph):
    with pytest.raises(ExportError, match=r"\[E405\]"):
        write_neo4j_streamed(graph.save(tmp_path / "graph.json"), tmp_path / "out", batch_size=0)
