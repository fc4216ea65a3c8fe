"""The knowledge graph: a networkx ``MultiDiGraph`` with typed nodes and evidence-carrying edges.

This module fixes the data model every exporter and the query store read. It
holds no extraction or resolution logic (see :mod:`kg.resolve`, :mod:`kg.builder`).

Nodes (id → attributes; ids are stable strings, see :mod:`kg.ids`):

- ``paper/<paper id>`` — ``node_type="Paper"``, ``label`` (title), ``title``,
  ``abstract``, ``identifier`` (the paper id), optional ``date``, ``doi``,
  ``arxiv_id``, ``url``, ``venue``; ``authors`` and ``sources`` (lists).
- ``method/<slug>``, ``dataset/<slug>``, ``metric/<slug>``, ``task/<slug>`` —
  ``node_type`` ("Method", "Dataset", "Metric", "Task"), ``entity_type`` (lower
  case), ``label`` (canonical name), ``aliases`` (sorted list, every surface form
  seen), ``paper_count`` (papers mentioning it), ``mention_count``.
- ``result/<hash>`` — ``node_type="Result"``, ``label`` (e.g. "80.74% accuracy"),
  ``value`` (decimal string), ``unit``, ``raw``, ``is_delta``, ``paper`` (paper
  node id), and its evidence: ``sentence``, ``start``, ``end``, ``extractor``,
  ``confidence``.

Edges (u, v, key=relation) with attributes ``relation`` (same as key),
``support`` (number of distinct papers stating it), ``confidence`` (aggregated,
in [0, 1]) and ``evidence`` (list of dicts ``{paper, sentence, start, end,
extractor, confidence}``, sorted). Relations: see :data:`EDGE_RELATIONS`.

Attributes never use the names ``id`` or ``key`` (GraphML and GEXF take them over).
Absent optional values are simply not set (never ``None``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

NODE_TYPES = ("Paper", "Method", "Dataset", "Metric", "Task", "Result")
ENTITY_TYPES = ("method", "dataset", "metric", "task")

#: Relation name → (source node types, target node types).
EDGE_RELATIONS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "mentions": (("Paper",), ("Method", "Dataset", "Metric", "Task")),
    "proposes": (("Paper",), ("Method", "Dataset", "Metric", "Task")),
    "based_on": (("Method", "Dataset"), ("Method", "Dataset")),
    "outperforms": (("Method",), ("Method",)),
    "evaluated_on": (("Method",), ("Dataset",)),
    "used_for": (("Method", "Dataset"), ("Task",)),
    "variant_of": (("Method", "Dataset", "Metric", "Task"), ("Method", "Dataset", "Metric", "Task")),
    "reports": (("Paper",), ("Result",)),
    "result_method": (("Result",), ("Method",)),
    "result_dataset": (("Result",), ("Dataset",)),
    "result_metric": (("Result",), ("Metric",)),
}

#: Format version of ``graph.json``.
GRAPH_FORMAT_VERSION = 1


class KnowledgeGraph:
    """Typed wrapper over a ``networkx.MultiDiGraph``.

    Insert in sorted id order (``build_graph`` does), so that every writer's
    output is deterministic; :meth:`sorted_nodes` and :meth:`sorted_edges` give a
    canonical order regardless.
    """

    def __init__(self, graph: nx.MultiDiGraph | None = None):
        self.g: nx.MultiDiGraph = graph if graph is not None else nx.MultiDiGraph()

    # -- construction -------------------------------------------------
    def add_node(self, node_id: str, node_type: str, **attrs: Any) -> None:
        if node_type not in NODE_TYPES:
            raise ValueError(f"unknown node type {node_type!r}")
        clean = {k: v for k, v in attrs.items() if v is not None and k not in ("id", "key")}
        self.g.add_node(node_id, node_type=node_type, **clean)

    def add_edge(
        self,
        u: str,
        v: str,
        relation: str,
        *,
        evidence: list[dict] | None = None,
        support: int | None = None,
        confidence: float | None = None,
    ) -> None:
        """Add (or update) the single ``relation`` edge from ``u`` to ``v``."""
        if relation not in EDGE_RELATIONS:
            raise ValueError(f"unknown relation {relation!r}")
        evidence = sorted(evidence or [], key=_evidence_key)
        if support is None:
            support = len({e.get("paper") for e in evidence}) or 1
        if confidence is None:
            confidence = aggregate_confidence([e.get("confidence", 1.0) for e in evidence]) if evidence else 1.0
        self.g.add_edge(u, v, key=relation, relation=relation, support=support,
                        confidence=round(float(confidence), 4), evidence=evidence)

    # -- access -------------------------------------------------------
    def node(self, node_id: str) -> dict[str, Any]:
        return self.g.nodes[node_id]

    def sorted_nodes(self, node_type: str | None = None) -> Iterator[tuple[str, dict[str, Any]]]:
        for node_id in sorted(self.g.nodes):
            data = self.g.nodes[node_id]
            if node_type is None or data.get("node_type") == node_type:
                yield node_id, data

    def sorted_edges(self, relation: str | None = None) -> Iterator[tuple[str, str, str, dict[str, Any]]]:
        for u, v, key in sorted(self.g.edges(keys=True)):
            if relation is None or key == relation:
                yield u, v, key, self.g.edges[u, v, key]

    def papers(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return self.sorted_nodes("Paper")

    def entities(self) -> Iterator[tuple[str, dict[str, Any]]]:
        for node_id, data in self.sorted_nodes():
            if data.get("node_type") in ("Method", "Dataset", "Metric", "Task"):
                yield node_id, data

    def results(self) -> Iterator[tuple[str, dict[str, Any]]]:
        return self.sorted_nodes("Result")

    def find(self, label: str, node_type: str | None = None) -> str | None:
        """Node id whose label or alias equals ``label`` (case-insensitive), or None."""
        want = label.casefold()
        for node_id, data in self.sorted_nodes(node_type):
            if data.get("label", "").casefold() == want or any(a.casefold() == want for a in data.get("aliases", ())):
                return node_id
        return None

    def __len__(self) -> int:
        return self.g.number_of_nodes()

    def counts(self) -> dict[str, dict[str, int]]:
        nodes: dict[str, int] = {}
        for _, data in self.g.nodes(data=True):
            nodes[data["node_type"]] = nodes.get(data["node_type"], 0) + 1
        edges: dict[str, int] = {}
        for _, _, key in self.g.edges(keys=True):
            edges[key] = edges.get(key, 0) + 1
        return {"nodes": dict(sorted(nodes.items())), "edges": dict(sorted(edges.items()))}

    # -- persistence --------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Canonical node-link form (sorted), the content of ``graph.json``."""
        return {
            "format": "paperkg-graph",
            "version": GRAPH_FORMAT_VERSION,
            "nodes": [{"id": n, **_sorted_attrs(d)} for n, d in self.sorted_nodes()],
            "edges": [{"source": u, "target": v, "relation": k, **_sorted_attrs({a: b for a, b in d.items() if a != "relation"})}
                      for u, v, k, d in self.sorted_edges()],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> KnowledgeGraph:
        kg = cls()
        for node in data["nodes"]:
            attrs = dict(node)
            node_id = attrs.pop("id")
            kg.g.add_node(node_id, **attrs)
        for edge in data["edges"]:
            attrs = dict(edge)
            u, v, rel = attrs.pop("source"), attrs.pop("target"), attrs.pop("relation")
            kg.g.add_edge(u, v, key=rel, relation=rel, **attrs)
        return kg

    def save(self, path: Path) -> Path:
        """Write ``graph.json`` atomically (temporary name, then rename), streamed piece by piece."""
        path = Path(path)
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for piece in self.iter_json():
                fh.write(piece)
        tmp.replace(path)
        return path

    def iter_json(self) -> Iterator[str]:
        """The text of ``graph.json`` in pieces: exactly ``dumps_canonical(self.to_dict())``, without
        holding the whole document in memory (large builds).

        >>> kg = KnowledgeGraph(); kg.add_node("task/vqa", "Task", label="VQA")
        >>> "".join(kg.iter_json()) == dumps_canonical(kg.to_dict())
        True
        """
        edges = ({"source": u, "target": v, "relation": k, **_sorted_attrs({a: b for a, b in d.items() if a != "relation"})}
                 for u, v, k, d in self.sorted_edges())
        nodes = ({"id": n, **_sorted_attrs(d)} for n, d in self.sorted_nodes())
        yield "{\n"
        yield from _json_array("edges", edges)
        yield ' "format": "paperkg-graph",\n'
        yield from _json_array("nodes", nodes)
        yield f' "version": {GRAPH_FORMAT_VERSION}\n}}\n'

    @classmethod
    def load(cls, path: Path) -> KnowledgeGraph:
        return cls.from_dict(json.loads(Path(path).read_text(encoding="utf-8")))


def aggregate_confidence(values: list[float]) -> float:
    """Noisy-OR of independent pieces of evidence.

    >>> aggregate_confidence([0.5, 0.5])
    0.75
    """
    p = 1.0
    for v in values:
        p *= 1.0 - max(0.0, min(1.0, float(v)))
    return round(1.0 - p, 4)


def dumps_canonical(data: Any) -> str:
    """JSON with sorted keys, UTF-8 kept, one trailing newline: byte-stable."""
    return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1) + "\n"


def _json_array(key: str, items: Iterator[dict[str, Any]]) -> Iterator[str]:
    """``"key": [...],`` as :func:`dumps_canonical` indents it one level deep."""
    first = True
    for item in items:
        text = json.dumps(item, ensure_ascii=False, sort_keys=True, indent=1).replace("\n", "\n  ")
        yield (f' "{key}": [\n  ' if first else ",\n  ") + text
        first = False
    yield f' "{key}": [],\n' if first else "\n ],\n"


def _sorted_attrs(d: dict[str, Any]) -> dict[str, Any]:
    return {k: d[k] for k in sorted(d)}


def _evidence_key(e: dict) -> tuple:
    return (str(e.get("paper", "")), int(e.get("start", 0) or 0), int(e.get("end", 0) or 0), str(e.get("extractor", "")),
            str(e.get("sentence", "")))
