"""Interactive HTML: one self-contained page (vis-network through pyvis) that works with no network.

pyvis assembles the vis-network nodes, edges and options; the page itself comes from
our own Jinja2 template (``assets/template.html``, autoescaped), because pyvis's
template loads Bootstrap from a CDN even in ``in_line`` mode and its ``local`` mode
points the CSS at a CDN. vis-network 9.1.2 (JS + CSS, copied from the pyvis wheel,
see ``assets/NOTICE``) and our script ``assets/app.js`` are inlined: the page makes
no request at all.

What the page offers: colour and legend per node type (the legend checkboxes
filter by type), node size by paper count, a minimum-support filter on edges, a
search box over labels and aliases, and tooltips with the evidence sentence and
paper titles. A focused view (``focus``, ``depth``, ``max_nodes``) draws only the
neighbourhood of one node, or the ``max_nodes`` best-connected nodes, for graphs
too large to draw whole; by default at most :data:`DEFAULT_MAX_NODES` nodes are
drawn (the page says "N of M nodes").

Speed: positions are precomputed (a seeded Fruchterman-Reingold layout in numpy)
and physics is off, so even 3,000 nodes draw in about a second instead of
settling for minutes (``benchmarks/html_layout.py`` measures it). ``physics=True``
keeps vis-network's physics on, starting from those positions.

Safety: every string from the papers reaches the page as data, never as markup.
The graph travels as JSON in a ``<script type="application/json">`` block with
``<``, ``>``, ``&``, U+2028 and U+2029 escaped as ``\\uXXXX`` (so ``</script>`` in a
title cannot close the block), and ``app.js`` builds tooltips with
``textContent`` (vis-network would render a ``title`` string as HTML).

What is lost: only the first evidence sentence and at most
:data:`MAX_TIP_PAPERS` paper titles per tooltip; aliases beyond the tooltip are
searchable but not shown; nodes outside a focused view.
"""

from __future__ import annotations

import json
import math
from collections import deque
from pathlib import Path
from typing import Any

import jinja2
import numpy as np
from pyvis.network import Network

from exports._attrs import first_sentence, hex_color, write_output
from kg.errors import Errors, ExportError
from kg.graph import NODE_TYPES, KnowledgeGraph
from kg.registry import exporters

MAX_TIP_PAPERS = 5
#: Above this many nodes, each layout step repels every node from a seeded random half of them.
EXACT_REPULSION_NODES = 800
GRAVITY = 2.0
#: Default cap on drawn nodes: vis-network stays responsive up to a few thousand.
DEFAULT_MAX_NODES = 3000
ASSETS = Path(__file__).parent / "assets"
LAYOUT_SEED = 7
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _asset(name: str) -> str:
    return (ASSETS / name).read_text(encoding="utf-8")


def script_json(data: Any) -> str:
    """JSON that is safe inside ``<script>``: ``<``, ``>``, ``&``, U+2028/9 escaped.

    >>> script_json({"t": "</script><b>&"})
    '{"t": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e\\\\u0026"}'
    """
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, allow_nan=False)
    return "".join(_JSON_ESCAPES.get(c, c) for c in text)


# -- which nodes to draw -------------------------------------------------------------------------
def select_nodes(graph: KnowledgeGraph, *, focus: str | None = None, depth: int = 2,
                 max_nodes: int | None = None) -> list[str]:
    """Node ids to draw: the whole graph, or the ``depth``-neighbourhood of ``focus``; at most ``max_nodes``.

    ``focus`` is a label, an alias or a node id. Neighbours are ranked by distance,
    then degree; without a focus, ``max_nodes`` keeps the best-connected nodes.

    Raises:
        ExportError: if ``focus`` matches nothing [E404] or an option is out of range [E405].

    >>> from kg.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph()
    >>> for n in ("a", "b", "c"): kg.add_node(f"method/{n}", "Method", label=n.upper())
    >>> kg.add_edge("method/a", "method/b", "based_on"); kg.add_edge("method/b", "method/c", "based_on")
    >>> select_nodes(kg, focus="A", depth=1)
    ['method/a', 'method/b']
    """
    if not isinstance(depth, int) or isinstance(depth, bool) or depth < 0:
        raise ExportError(Errors.E405.format(name="html", option="depth", expected="an integer >= 0", value=depth))
    if max_nodes is not None and (not isinstance(max_nodes, int) or isinstance(max_nodes, bool) or max_nodes < 1):
        raise ExportError(Errors.E405.format(name="html", option="max_nodes", expected="an integer >= 1", value=max_nodes))
    g = graph.g
    if focus is None:
        chosen = sorted(g.nodes)
        if max_nodes is not None and len(chosen) > max_nodes:
            chosen = sorted(sorted(chosen, key=lambda n: (-g.degree(n), n))[:max_nodes])
        return chosen
    center = focus if focus in g else graph.find(focus)
    if center is None:
        raise ExportError(Errors.E404.format(name="html", focus=focus))
    undirected = g.to_undirected(as_view=True)
    dist = {center: 0}
    queue = deque([center])
    while queue:
        node = queue.popleft()
        if dist[node] == depth:
            continue
        for nb in sorted(undirected.neighbors(node)):
            if nb not in dist:
                dist[nb] = dist[node] + 1
                queue.append(nb)
    ranked = sorted(dist, key=lambda n: (dist[n], -g.degree(n), n))
    if max_nodes is not None:
        ranked = ranked[:max_nodes]
    return sorted(ranked)


# -- layout ----------------------------------------------------------------------------------------
def spring_positions(nodes: list[str], edges: list[tuple[str, str]], *, seed: int = LAYOUT_SEED,
                     iterations: int = 60) -> dict[str, tuple[float, float]]:
    """Seeded Fruchterman-Reingold positions in pixels (numpy only; networkx needs scipy for big graphs).

    Deterministic: same input, same output. The repulsion sum ``Σ_j w_ij (p_i - p_j)``
    with ``w_ij = k² / d_ij²`` is computed as ``p_i Σ_j w_ij - W p`` over row blocks, so
    each iteration is a few dense array operations and one small matrix product. Above
    :data:`EXACT_REPULSION_NODES` nodes each iteration sums over a seeded random sample
    of :data:`EXACT_REPULSION_NODES` / 2 nodes (scaled up), which keeps 3,000 nodes
    around a second.

    >>> pos = spring_positions(["a", "b", "c"], [("a", "b")])
    >>> sorted(pos) == ["a", "b", "c"] and pos == spring_positions(["a", "b", "c"], [("a", "b")])
    True
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)) - 0.5
    pairs = np.array([(index[u], index[v]) for u, v in edges if u in index and v in index and u != v], dtype=np.int64)
    pairs = pairs.reshape(-1, 2)
    k = 1.0 / math.sqrt(n)
    k2 = k * k
    floor = 1e-4 * k2
    temperature = 0.1
    cooling = temperature / (iterations + 1)
    sample = n if n <= EXACT_REPULSION_NODES else EXACT_REPULSION_NODES // 2
    scale_rep = n / sample
    block = max(1, 4_000_000 // sample)
    for _ in range(iterations):
        anchors = pos if sample == n else pos[np.sort(rng.choice(n, size=sample, replace=False))]
        sq_a = (anchors ** 2).sum(axis=1)
        sq = (pos ** 2).sum(axis=1)
        disp = np.empty_like(pos)
        for start in range(0, n, block):
            stop = min(n, start + block)
            d2 = sq[start:stop, None] + sq_a[None, :] - 2.0 * (pos[start:stop] @ anchors.T)
            # a node's distance to itself (or a twin) is ~0: the floor caps that term, and
            # p_i * w_ii - w_ii * p_i cancels it out of the sum anyway.
            w = k2 / np.maximum(d2, floor)
            disp[start:stop] = scale_rep * (pos[start:stop] * w.sum(axis=1)[:, None] - w @ anchors)
        if len(pairs):
            delta = pos[pairs[:, 0]] - pos[pairs[:, 1]]
            dist = np.sqrt(np.maximum((delta ** 2).sum(axis=1), floor))
            force = delta * (dist / k)[:, None]
            np.add.at(disp, pairs[:, 0], -force)
            np.add.at(disp, pairs[:, 1], force)
        # Gravity (as in ForceAtlas2) keeps small components and isolated nodes near the
        # main one instead of on a far ring that would shrink everything else on screen.
        disp -= GRAVITY * pos
        length = np.sqrt(np.maximum((disp ** 2).sum(axis=1), 1e-12))
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
        temperature -= cooling
    pos -= pos.mean(axis=0)
    span = float(np.quantile(np.sqrt((pos ** 2).sum(axis=1)), 0.98)) or 1.0
    scale = 90.0 * math.sqrt(n) / span
    return {node: (round(float(pos[i, 0]) * scale, 1), round(float(pos[i, 1]) * scale, 1)) for node, i in index.items()}


# -- tooltips and vis items ---------------------------------------------------------------------
def _titles(graph: KnowledgeGraph, paper_ids: list[str]) -> tuple[list[str], int]:
    titles = []
    for pid in sorted(set(paper_ids)):
        data = graph.g.nodes.get(pid, {})
        titles.append(str(data.get("title") or data.get("label") or pid))
    return titles[:MAX_TIP_PAPERS], max(0, len(titles) - MAX_TIP_PAPERS)


def node_size(node_type: str, paper_count: int) -> float:
    """Drawn size of a node: grows with the square root of its paper count.

    >>> node_size("Method", 1), node_size("Method", 9), node_size("Result", 1)
    (14.0, 26.0, 8.0)
    """
    if node_type == "Result":
        return 8.0
    return round(8.0 + 6.0 * math.sqrt(max(1, paper_count)), 1)


def _node_tip(graph: KnowledgeGraph, node_id: str, data: dict[str, Any]) -> dict[str, Any]:
    node_type = data.get("node_type", "")
    heading = str(data.get("label") or node_id)
    tip: dict[str, Any] = {"heading": heading, "kind": node_type}
    if node_type == "Paper":
        lines = [str(data["identifier"])] if data.get("identifier") else []
        if data.get("date"):
            lines.append(str(data["date"]))
        if data.get("authors"):
            authors = [str(a) for a in data["authors"]]
            lines.append(", ".join(authors[:3]) + (" et al." if len(authors) > 3 else ""))
        tip["lines"] = lines
        return tip
    if node_type == "Result":
        tip["sentence"] = str(data.get("sentence") or "")
        tip["papers"], tip["more"] = _titles(graph, [data["paper"]] if data.get("paper") else [])
        return tip
    papers, evidence = [], []
    for u, _, key, edata in sorted(graph.g.in_edges(node_id, keys=True, data=True)):
        if key in ("mentions", "proposes"):
            papers.append(u)
            evidence.extend(edata.get("evidence") or ())
    aliases = [str(a) for a in data.get("aliases", ()) if str(a) != heading]
    tip["kind"] = f"{node_type} · {data.get('paper_count', len(set(papers)))} paper(s)"
    tip["lines"] = ["Also: " + ", ".join(aliases[:8])] if aliases else []
    tip["sentence"] = first_sentence(evidence) or ""
    tip["papers"], tip["more"] = _titles(graph, papers)
    return tip


def _edge_tip(graph: KnowledgeGraph, u: str, v: str, key: str, data: dict[str, Any]) -> dict[str, Any]:
    evidence = list(data.get("evidence") or ())
    titles, more = _titles(graph, [str(e["paper"]) for e in evidence if e.get("paper")])
    heading = f"{graph.g.nodes[u].get('label') or u} — {key.replace('_', ' ')} → {graph.g.nodes[v].get('label') or v}"
    return {"heading": heading, "kind": f"support {data.get('support', 1)} · confidence {data.get('confidence', '')}",
            "sentence": first_sentence(evidence) or "", "papers": titles, "more": more}


def vis_options(*, physics: bool, large: bool) -> dict[str, Any]:
    """vis-network options: precomputed positions, no physics unless asked, light drawing for large graphs."""
    return {
        "autoResize": True,
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "physics": {"enabled": physics, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": physics, "iterations": 100, "updateInterval": 25}},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": large, "hideEdgesOnZoom": large,
                        "navigationButtons": False, "multiselect": False},
        "nodes": {"shape": "dot", "borderWidth": 1, "font": {"size": 14, "strokeWidth": 3, "strokeColor": "#ffffff"}},
        "edges": {"arrows": {"to": {"enabled": True, "scaleFactor": 0.4}}, "smooth": False,
                  "color": {"color": "#b8b8b8", "highlight": "#444444", "hover": "#666666"}, "width": 1},
    }


def to_vis_data(graph: KnowledgeGraph, *, focus: str | None = None, depth: int = 2, max_nodes: int | None = DEFAULT_MAX_NODES,
                physics: bool = False) -> dict[str, Any]:
    """The data the page draws: ``{"nodes", "edges", "options", "summary", "legend", "max_support"}``, built with pyvis."""
    chosen = select_nodes(graph, focus=focus, depth=depth, max_nodes=max_nodes)
    keep = set(chosen)
    edge_list = [(u, v, key, data) for u, v, key, data in graph.sorted_edges() if u in keep and v in keep]
    positions = spring_positions(chosen, [(u, v) for u, v, _, _ in edge_list])
    net = Network(directed=True, height="100%", width="100%")
    for node_id in chosen:
        data = graph.g.nodes[node_id]
        node_type = str(data.get("node_type", ""))
        label = str(data.get("label") or node_id)
        names = sorted({label.lower(), node_id.lower(), *(str(a).lower() for a in data.get("aliases", ()))})
        x, y = positions[node_id]
        net.add_node(node_id, label=label, color=hex_color(node_type), size=node_size(node_type, int(data.get("paper_count", 1))),
                     x=x, y=y, kgType=node_type, kgNames=names, tip=_node_tip(graph, node_id, data))
    for i, (u, v, key, data) in enumerate(edge_list):
        support = int(data.get("support", 1))
        net.add_edge(u, v, id=f"e{i}", kgRelation=key, kgSupport=support, width=round(1.0 + math.log2(support), 2),
                     tip=_edge_tip(graph, u, v, key, data))
    nodes, edges = net.nodes, net.edges
    counts: dict[str, int] = {}
    for node in nodes:
        counts[node["kgType"]] = counts.get(node["kgType"], 0) + 1
    legend = [{"type": t, "color": hex_color(t), "count": counts[t]} for t in NODE_TYPES if t in counts]
    total = graph.g.number_of_nodes()
    summary = f"{len(nodes)} nodes, {len(edges)} edges"
    if len(nodes) < total:
        summary += f" (of {total} nodes"
        summary += f"; focus {focus!r}, depth {depth})" if focus else f"; the {len(nodes)} best connected)"
    return {"nodes": nodes, "edges": edges, "options": vis_options(physics=physics, large=len(nodes) > 500),
            "summary": summary, "legend": legend, "max_support": max([e["kgSupport"] for e in edges], default=1)}


def to_html(graph: KnowledgeGraph, *, focus: str | None = None, depth: int = 2, max_nodes: int | None = DEFAULT_MAX_NODES,
            physics: bool = False, title: str = "paperkg knowledge graph") -> str:
    """The self-contained page as a string.

    Raises:
        ExportError: on a bad ``focus`` [E404] or option [E405].

    >>> from kg.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph(); kg.add_node("method/x", "Method", label="</script><b>")
    >>> page = to_html(kg)
    >>> "</script><b>" in page, "\\\\u003c/script\\\\u003e" in page, 'src="http' in page or 'href="http' in page
    (False, True, False)
    """
    data = to_vis_data(graph, focus=focus, depth=depth, max_nodes=max_nodes, physics=physics)
    env = jinja2.Environment(autoescape=True, keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    page = env.from_string(_asset("template.html")).render(
        title=title, summary=data["summary"], legend=data["legend"], max_support=data["max_support"],
        vis_css=_asset("vis-network.css"), vis_js=_asset("vis-network.min.js"), app_js=_asset("app.js"),
        data_json=script_json({"nodes": data["nodes"], "edges": data["edges"], "options": data["options"]}),
    )
    return page if page.endswith("\n") else page + "\n"


@exporters.register("html", description="Interactive offline HTML page (vis-network): search, type/support filters, focus view")
def write_html(graph: KnowledgeGraph, out_dir: Path, *, focus: str | None = None, depth: int = 2,
               max_nodes: int | None = DEFAULT_MAX_NODES, physics: bool = False, **options: Any) -> list[Path]:
    """Write ``graph.html`` into ``out_dir``.

    Args:
        graph: the graph to draw.
        out_dir: output folder.
        focus: draw only the neighbourhood of this label, alias or node id.
        depth: neighbourhood radius for ``focus``.
        max_nodes: draw at most this many nodes (default :data:`DEFAULT_MAX_NODES`; None for all).
        physics: keep vis-network's physics running (default: precomputed layout only).

    Raises:
        ExportError: on a bad option or if the file cannot be written.
    """
    text = to_html(graph, focus=focus, depth=depth, max_nodes=max_nodes, physics=physics)
    return [write_output(Path(out_dir) / "graph.html", text, "html")]
