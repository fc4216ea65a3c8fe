"""GEXF 1.3 for Gephi (https://gexf.net/schema.html), Gephi-ready and deterministic.

Written directly with lxml rather than through ``networkx.write_gexf``, which
reads list attributes as dynamic values, writes today's date, an
``xsi:schemaLocation`` the RelaxNG schema rejects and an empty ``graph name``.
The output validates against the normative RelaxNG schema ``gexf.rng`` (the GEXF
1.3 XSDs reject every ``viz`` element).

Gephi-ready: every node has a ``label`` and a ``type`` attribute (Paper, Method,
Dataset, Metric, Task, Result; partition on it), ``paper_count`` and
``mention_count`` are integers (rank node size on them), ``viz:color`` follows
the node type (:data:`exports._attrs.TYPE_COLORS`) and ``viz:size`` grows with the
degree. Edges have ``kind`` = relation, so Gephi keeps parallel edges of different
relations, ``label`` = relation and ``weight`` = support.

The ``lastmodifieddate`` is pinned: the ``date`` option, else the latest paper
date in the graph, else 2000-01-01, so two runs are byte-identical.

What is lost or renamed (see :mod:`exports._attrs`): lists are joined with
``" | "``; empty values are dropped; ``node_type`` is written as ``type``; Result
``start``/``end`` become ``start_offset``/``end_offset``; an edge's evidence list
is summarised (count, papers, extractors, first sentence) and its offsets are lost.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from lxml import etree

from exports._attrs import (
    DEFAULT_COLOR,
    TYPE_COLORS,
    column_types,
    display_label,
    flatten_edge,
    flatten_node,
    typed_text,
    write_output,
)
from kg.errors import Errors, ExportError
from kg.graph import KnowledgeGraph
from kg.registry import exporters

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"
FALLBACK_DATE = "2000-01-01"
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def pinned_date(graph: KnowledgeGraph) -> str:
    """The latest paper date of the graph as ``YYYY-MM-DD`` (missing parts = 01), else 2000-01-01.

    >>> kg = KnowledgeGraph(); kg.add_node("paper/a", "Paper", date="2023-05"); pinned_date(kg)
    '2023-05-01'
    """
    best = ""
    for _, data in graph.papers():
        match = _DATE.match(str(data.get("date", "")))
        if match:
            year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
            best = max(best, f"{year}-{month}-{day}")
    return best or FALLBACK_DATE


def node_size(degree: int) -> float:
    """``viz:size`` of a node: 4 plus 4 × √degree, rounded to 2 decimals.

    >>> node_size(0), node_size(4)
    (4.0, 12.0)
    """
    return round(4.0 + 4.0 * math.sqrt(degree), 2)


def _declare(parent: etree._Element, cls: str, rows: list[dict[str, Any]]) -> dict[str, tuple[str, str]]:
    attributes = etree.SubElement(parent, f"{{{GEXF_NS}}}attributes", {"class": cls, "mode": "static"})
    declared = {}
    for name, attr_type in column_types(rows).items():
        declared[name] = (name, attr_type)
        etree.SubElement(attributes, f"{{{GEXF_NS}}}attribute", {"id": name, "title": name, "type": attr_type})
    return declared


def _attvalues(parent: etree._Element, row: dict[str, Any], declared: dict[str, tuple[str, str]]) -> None:
    if not row:
        return
    holder = etree.SubElement(parent, f"{{{GEXF_NS}}}attvalues")
    for name, value in row.items():
        attr_id, attr_type = declared[name]
        etree.SubElement(holder, f"{{{GEXF_NS}}}attvalue", {"for": attr_id, "value": typed_text(value, attr_type)})


def to_gexf(graph: KnowledgeGraph, *, date: str | None = None) -> str:
    """The whole graph as a GEXF 1.3 document (UTF-8 text, final newline).

    Args:
        graph: the graph to write.
        date: ``lastmodifieddate`` (YYYY-MM-DD); default :func:`pinned_date`.

    Raises:
        ExportError: if ``date`` is not a YYYY-MM-DD date.

    >>> kg = KnowledgeGraph(); kg.add_node("method/lora", "Method", label="LoRA")
    >>> '<node id="method/lora" label="LoRA">' in to_gexf(kg, date="2024-01-01")
    True
    """
    if date is None:
        date = pinned_date(graph)
    elif not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(date)):
        raise ExportError(Errors.E405.format(name="gexf", option="date", expected="a YYYY-MM-DD date", value=date))
    nodes = []
    for node_id, data in graph.sorted_nodes():
        attrs = dict(data)
        attrs["type"] = attrs.pop("node_type", "")
        nodes.append((node_id, display_label(node_id, data), flatten_node(attrs), data.get("node_type", "")))
    edges = [(u, v, key, flatten_edge(data), data.get("support", 1)) for u, v, key, data in graph.sorted_edges()]

    root = etree.Element(f"{{{GEXF_NS}}}gexf", {"version": "1.3"}, nsmap={None: GEXF_NS, "viz": VIZ_NS})
    meta = etree.SubElement(root, f"{{{GEXF_NS}}}meta", {"lastmodifieddate": date})
    etree.SubElement(meta, f"{{{GEXF_NS}}}creator").text = "paperkg"
    etree.SubElement(meta, f"{{{GEXF_NS}}}description").text = "Knowledge graph of methods, datasets, metrics, tasks and results from paper abstracts"
    g = etree.SubElement(root, f"{{{GEXF_NS}}}graph", {"defaultedgetype": "directed", "mode": "static"})
    node_attrs = _declare(g, "node", [row for _, _, row, _ in nodes])
    edge_attrs = _declare(g, "edge", [row for _, _, _, row, _ in edges])
    nodes_el = etree.SubElement(g, f"{{{GEXF_NS}}}nodes", {"count": str(len(nodes))})
    for node_id, label, row, node_type in nodes:
        el = etree.SubElement(nodes_el, f"{{{GEXF_NS}}}node", {"id": node_id, "label": label})
        _attvalues(el, row, node_attrs)
        r, gr, b = TYPE_COLORS.get(node_type, DEFAULT_COLOR)
        etree.SubElement(el, f"{{{VIZ_NS}}}color", {"r": str(r), "g": str(gr), "b": str(b)})
        etree.SubElement(el, f"{{{VIZ_NS}}}size", {"value": repr(node_size(graph.g.degree(node_id)))})
    edges_el = etree.SubElement(g, f"{{{GEXF_NS}}}edges", {"count": str(len(edges))})
    for i, (u, v, key, row, support) in enumerate(edges):
        el = etree.SubElement(edges_el, f"{{{GEXF_NS}}}edge", {"id": str(i), "source": u, "target": v, "label": key,
                                                              "kind": key, "weight": repr(float(support))})
        _attvalues(el, row, edge_attrs)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


@exporters.register("gexf", description="GEXF 1.3 for Gephi (colour per type, size by degree; validates with gexf.rng)")
def write_gexf(graph: KnowledgeGraph, out_dir: Path, *, date: str | None = None, **options: Any) -> list[Path]:
    """Write ``graph.gexf`` into ``out_dir``.

    Raises:
        ExportError: if the file cannot be written or ``date`` is malformed.
    """
    text = to_gexf(graph, date=date)
    return [write_output(Path(out_dir) / "graph.gexf", text, "gexf")]
