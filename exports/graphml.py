"""GraphML for Gephi, yEd, Cytoscape and networkx (http://graphml.graphdrawing.org/specification.html).

Written directly with lxml, so the output is deterministic (sorted nodes, edges and
keys; no dates) and valid against the official GraphML 1.0 XSD, which networkx's
writer does not guarantee: GraphML ids must be ``xs:NMTOKEN`` and our node ids
contain ``/``. Gephi reads a data key named ``label`` as the node label and
``weight`` as the edge weight.

What is lost or renamed (see :mod:`exports._attrs`):

- node ids are escaped to NMTOKENs (``method/lora`` → ``method_2f_lora``, every
  character outside ``[A-Za-z0-9.:-]`` becomes ``_<hex>_``); the original id is the
  ``node_id`` data value; ``node_type`` is written as ``type``;
- lists are joined with ``" | "``; empty and absent values are not written;
- an edge's evidence list is summarised (``evidence_count``, ``evidence_papers``,
  ``extractors``, first ``evidence_sentence``); evidence offsets are lost;
- edges get ``weight`` = support and the ids ``e0``, ``e1``… in sorted order.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lxml import etree

from exports._attrs import column_types, display_label, flatten_edge, flatten_node, typed_text, write_output
from kg.graph import KnowledgeGraph
from kg.registry import exporters

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"


def nmtoken(node_id: str) -> str:
    """A reversible ``xs:NMTOKEN`` spelling of a node id.

    >>> nmtoken("method/lora"), nmtoken("paper/doi:10.1/a b"), nmtoken("task/x_y")
    ('method_2f_lora', 'paper_2f_doi:10.1_2f_a_20_b', 'task_2f_x_5f_y')
    """
    return "".join(c if (c.isascii() and (c.isalnum() or c in ".:-")) else f"_{ord(c):x}_" for c in node_id)


def _rows(graph: KnowledgeGraph) -> tuple[list, list]:
    nodes = []
    for node_id, data in graph.sorted_nodes():
        attrs = dict(data)
        attrs["type"] = attrs.pop("node_type", "")
        flat = flatten_node(attrs)
        flat["label"] = display_label(node_id, data)
        flat["node_id"] = node_id
        nodes.append((node_id, dict(sorted(flat.items()))))
    edges = []
    for u, v, _key, data in graph.sorted_edges():
        flat = flatten_edge(data)
        flat["weight"] = float(data.get("support", 1))
        edges.append((u, v, dict(sorted(flat.items()))))
    return nodes, edges


def to_graphml(graph: KnowledgeGraph) -> str:
    """The whole graph as a GraphML document (UTF-8 text, final newline).

    >>> kg = KnowledgeGraph(); kg.add_node("method/lora", "Method", label="LoRA")
    >>> 'id="method_2f_lora"' in to_graphml(kg)
    True
    """
    nodes, edges = _rows(graph)
    node_keys, edge_keys = column_types(r for _, r in nodes), column_types(r for _, _, r in edges)
    root = etree.Element(f"{{{GRAPHML_NS}}}graphml", nsmap={None: GRAPHML_NS, "xsi": XSI_NS})
    root.set(f"{{{XSI_NS}}}schemaLocation", SCHEMA_LOCATION)
    key_ids = {}
    for domain, keys in (("node", node_keys), ("edge", edge_keys)):
        for name, attr_type in keys.items():
            key_id = f"{domain[0]}_{nmtoken(name)}"
            key_ids[domain, name] = key_id
            etree.SubElement(root, f"{{{GRAPHML_NS}}}key", {"id": key_id, "for": domain, "attr.name": name,
                                                            "attr.type": attr_type})
    g = etree.SubElement(root, f"{{{GRAPHML_NS}}}graph", {"id": "paperkg", "edgedefault": "directed"})
    for node_id, row in nodes:
        el = etree.SubElement(g, f"{{{GRAPHML_NS}}}node", {"id": nmtoken(node_id)})
        for name, value in row.items():
            etree.SubElement(el, f"{{{GRAPHML_NS}}}data", {"key": key_ids["node", name]}).text = typed_text(value, node_keys[name])
    for i, (u, v, row) in enumerate(edges):
        el = etree.SubElement(g, f"{{{GRAPHML_NS}}}edge", {"id": f"e{i}", "source": nmtoken(u), "target": nmtoken(v)})
        for name, value in row.items():
            etree.SubElement(el, f"{{{GRAPHML_NS}}}data", {"key": key_ids["edge", name]}).text = typed_text(value, edge_keys[name])
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


@exporters.register("graphml", description="GraphML for Gephi, yEd, Cytoscape (validates against the GraphML XSD)")
def write_graphml(graph: KnowledgeGraph, out_dir: Path, **options: Any) -> list[Path]:
    """Write ``graph.graphml`` into ``out_dir``.

    Raises:
        ExportError: if the file cannot be written.
    """
    return [write_output(Path(out_dir) / "graph.graphml", to_graphml(graph), "graphml")]
