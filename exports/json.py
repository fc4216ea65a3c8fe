"""Node-link JSON for web tools (D3, Cytoscape.js, vis-network) and notebooks.

The layout is networkx's node-link format (https://networkx.org/documentation/stable/
reference/readwrite/generated/networkx.readwrite.json_graph.node_link_data.html),
so ``networkx.node_link_graph(json.load(f))`` rebuilds a ``MultiDiGraph``:
``{"directed": true, "multigraph": true, "graph": {...}, "nodes": [{"id": ...}],
"edges": [{"source", "target", "key", ...}]}``. Edge ``key`` is the relation.

Nothing is lost: lists and evidence dicts are kept as JSON. Output is
deterministic: nodes and edges sorted, keys sorted, UTF-8, one final newline.
Unlike ``graph.json`` (the build's own canonical file), this file follows the
networkx layout that third-party tools expect.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from exports._attrs import write_output
from kg.graph import GRAPH_FORMAT_VERSION, KnowledgeGraph
from kg.registry import exporters


def to_node_link(graph: KnowledgeGraph) -> dict[str, Any]:
    """The graph as a node-link dict (sorted).

    >>> kg = KnowledgeGraph(); kg.add_node("method/lora", "Method", label="LoRA")
    >>> to_node_link(kg)["nodes"]
    [{'id': 'method/lora', 'label': 'LoRA', 'node_type': 'Method'}]
    """
    nodes = [{"id": node_id, **{k: data[k] for k in sorted(data)}} for node_id, data in graph.sorted_nodes()]
    edges = [{"source": u, "target": v, "key": key, **{k: data[k] for k in sorted(data)}}
             for u, v, key, data in graph.sorted_edges()]
    return {
        "directed": True,
        "multigraph": True,
        "graph": {"name": "paperkg", "format": "paperkg-node-link", "version": GRAPH_FORMAT_VERSION,
                  "counts": graph.counts()},
        "nodes": nodes,
        "edges": edges,
    }


def to_json(graph: KnowledgeGraph) -> str:
    """The node-link JSON text (sorted keys, UTF-8 kept, final newline).

    >>> to_json(KnowledgeGraph()).endswith("}\\n")
    True
    """
    return json.dumps(to_node_link(graph), ensure_ascii=False, sort_keys=True, indent=1) + "\n"


@exporters.register("json", description="Node-link JSON (networkx layout) for web tools and notebooks")
def write_json(graph: KnowledgeGraph, out_dir: Path, **options: Any) -> list[Path]:
    """Write ``graph.nodelink.json`` into ``out_dir``.

    Raises:
        ExportError: if the file cannot be written.
    """
    return [write_output(Path(out_dir) / "graph.nodelink.json", to_json(graph), "json")]
