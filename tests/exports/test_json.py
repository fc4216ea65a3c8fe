"""Node-link JSON export: rebuilds the same graph in networkx; deterministic; nothing lost."""

from __future__ import annotations

import json

import networkx as nx

from exports.json import to_json, write_json


def test_json_rebuilds_in_networkx(graph):
    g = nx.node_link_graph(json.loads(to_json(graph)))
    assert isinstance(g, nx.MultiDiGraph)
    assert sorted(g.nodes) == sorted(graph.g.nodes)
    assert sorted(g.edges(keys=True)) == sorted(graph.g.edges(keys=True))


def test_json_keeps_lists_and_evidence(graph):
    g = nx.node_link_graph(json.loads(to_json(graph)))
    assert g.nodes["method/lora"]["aliases"] == ["LoRA", "Low-Rank Adaptation", "low-rank adaptation"]
    evidence = g.edges["method/blip-2", "method/flamingo-80b", "outperforms"]["evidence"]
    assert evidence[0]["sentence"].startswith("BLIP-2 outperforms") and evidence[0]["start"] == 0


def test_json_hostile_strings_round_trip(hostile_graph):
    g = nx.node_link_graph(json.loads(to_json(hostile_graph)))
    for node_id, data in hostile_graph.sorted_nodes():
        assert g.nodes[node_id] == data


def test_json_write_is_deterministic_utf8(graph, tmp_path):
    a = write_json(graph, tmp_path / "a")[0].read_bytes()
    b = write_json(graph, tmp_path / "b")[0].read_bytes()
    assert a == b and a.endswith(b"}\n")
    a.decode("utf-8")
