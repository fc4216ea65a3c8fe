"""How fast does the HTML export become usable? Our options vs pyvis defaults, in headless chromium.

Builds a seeded synthetic KnowledgeGraph of about 3,000 nodes (papers, entities with
Zipf-distributed mentions, results), writes

- ``ours``: ``exports.html`` with its defaults (precomputed seeded layout, physics off);
- ``ours+physics``: ``exports.html`` with ``physics=True`` (forceAtlas2, 100 stabilisation
  iterations starting from the precomputed layout, then physics off);
- ``pyvis``: a pyvis ``Network`` with the same nodes and edges and pyvis's default options
  (barnesHut physics, 1,000 stabilisation iterations), ``cdn_resources="in_line"``;

opens each in Debian's chromium (headless, every non-file request aborted) and measures the time
from navigation until the network has settled (physics stopped: ``network.physics.stabilized``
with no simulation running, or physics disabled and the first frame drawn). Prints one line per
variant and the ratio pyvis / ours. Also prints the Python time spent on layout and page.

Usage::

    python benchmarks/html_layout.py --nodes 3000 [--timeout 300]
"""

from __future__ import annotations

import argparse
import math
import random
import sys
import tempfile
import time
from pathlib import Path

from kg.graph import KnowledgeGraph

SETTLED_JS = """() => {
  const net = (window.paperkg && window.paperkg.network) || (typeof network !== 'undefined' ? network : null);
  if (!net || !net.physics) return false;
  const ph = net.physics;
  const physicsOff = !(ph.physicsEnabled && ph.options.enabled);
  if (physicsOff) return window.paperkg ? window.paperkg.ready === true : true;
  return ph.stabilized === true && ph.viewFunction === undefined;
}"""


def synthetic_graph(n_nodes: int, *, seed: int = 1) -> KnowledgeGraph:
    """A seeded graph shaped like a build: ~30% papers, ~53% entities, ~17% results."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    n_papers, n_results = int(n_nodes * 0.30), int(n_nodes * 0.17)
    n_entities = n_nodes - n_papers - n_results
    kinds = [("Method", "method", 0.5), ("Dataset", "dataset", 0.25), ("Metric", "metric", 0.1), ("Task", "task", 0.15)]
    entities: dict[str, list[str]] = {}
    for node_type, prefix, share in kinds:
        ids = [f"{prefix}/{prefix}-{i:05d}" for i in range(max(1, int(n_entities * share)))]
        entities[node_type] = ids
    papers = [f"paper/arxiv:2401.{i:05d}" for i in range(n_papers)]

    def zipf(ids: list[str]) -> str:
        return ids[min(len(ids) - 1, int(len(ids) * rng.random() ** 3))]

    mentions: dict[str, set[str]] = {}
    edges = []
    for pid in papers:
        sentence = f"We propose a method for paper {pid} and evaluate it."
        chosen = {zipf(entities[t]) for t in ("Method", "Method", "Dataset", "Dataset", "Metric", "Task")}
        for eid in sorted(chosen):
            mentions.setdefault(eid, set()).add(pid)
            edges.append((pid, eid, "mentions", sentence))
        method = zipf(entities["Method"])
        edges.append((pid, method, "proposes", sentence))
        other = zipf(entities["Method"])
        if other != method:
            edges.append((method, other, rng.choice(["based_on", "outperforms"]), sentence))
        edges.append((method, zipf(entities["Dataset"]), "evaluated_on", sentence))
    for pid in papers:
        kg.add_node(pid, "Paper", label=f"Paper {pid[-5:]}: a study", title=f"Paper {pid[-5:]}: a study",
                    identifier=pid[6:], date="2024-01-15", authors=["A. Author", "B. Author"])
    for node_type, ids in entities.items():
        for eid in ids:
            count = len(mentions.get(eid, ()))
            kg.add_node(eid, node_type, label=eid.split("/")[1], entity_type=node_type.lower(), aliases=[eid.split("/")[1]],
                        paper_count=max(1, count), mention_count=max(1, count))
    for i in range(n_results):
        rid = f"result/{i:016x}"
        pid = papers[i % len(papers)]
        kg.add_node(rid, "Result", label=f"{rng.randint(50, 99)}.{rng.randint(0, 9)}% accuracy", value="80.1", unit="%",
                    paper=pid, sentence="It reaches 80.1% accuracy.", confidence=0.8)
        edges.append((pid, rid, "reports", "It reaches 80.1% accuracy."))
        edges.append((rid, zipf(entities["Method"]), "result_method", "It reaches 80.1% accuracy."))
        edges.append((rid, zipf(entities["Metric"]), "result_metric", "It reaches 80.1% accuracy."))
    seen = set()
    for u, v, rel, sentence in edges:
        if (u, v, rel) in seen:
            continue
        seen.add((u, v, rel))
        paper = u if u.startswith("paper/") else sorted(mentions.get(u, {papers[0]}))[0]
        kg.add_edge(u, v, rel, evidence=[{"paper": paper, "sentence": sentence, "start": 0, "end": 10,
                                           "extractor": "kg_rules", "confidence": 0.9}])
    return kg


def pyvis_default_page(graph: KnowledgeGraph) -> str:
    """The same graph through pyvis with its default options (what a user gets from pyvis alone)."""
    from pyvis.network import Network

    from exports._attrs import hex_color

    net = Network(directed=True, cdn_resources="in_line")
    for node_id, data in graph.sorted_nodes():
        net.add_node(node_id, label=str(data.get("label", node_id)), color=hex_color(data["node_type"]),
                     size=10 + 3 * math.sqrt(int(data.get("paper_count", 1))), title=str(data.get("label", node_id)))
    for u, v, key, _ in graph.sorted_edges():
        net.add_edge(u, v, title=key)
    return net.generate_html()


def measure(browser, path: Path, timeout: float) -> tuple[float | None, int]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith(("file:", "data:")) else r.abort())
    start = time.perf_counter()
    page.goto(path.as_uri(), wait_until="commit", timeout=int(timeout * 1000))
    try:
        page.wait_for_function(SETTLED_JS, timeout=int(timeout * 1000), polling=100)
        elapsed = time.perf_counter() - start
    except Exception:  # timed out: report as not settled
        elapsed = None
    drawn = page.evaluate("() => { const n = (window.paperkg && window.paperkg.network) || network;"
                          " return n.body.nodeIndices.length; }")
    page.close()
    return elapsed, drawn


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=3000)
    parser.add_argument("--timeout", type=float, default=300.0, help="seconds to wait for a variant to settle")
    parser.add_argument("--skip-pyvis", action="store_true")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from exports.html import to_html

    graph = synthetic_graph(args.nodes)
    print(f"graph: {graph.g.number_of_nodes()} nodes, {graph.g.number_of_edges()} edges")
    tmp = Path(tempfile.mkdtemp(prefix="html_layout_"))
    t0 = time.perf_counter()
    (tmp / "ours.html").write_text(to_html(graph), encoding="utf-8")
    print(f"python: to_html (layout + page) {time.perf_counter() - t0:.2f} s")
    (tmp / "ours_physics.html").write_text(to_html(graph, physics=True), encoding="utf-8")
    variants = [("ours", tmp / "ours.html"), ("ours+physics", tmp / "ours_physics.html")]
    if not args.skip_pyvis:
        (tmp / "pyvis.html").write_text(pyvis_default_page(graph), encoding="utf-8")
        variants.append(("pyvis defaults", tmp / "pyvis.html"))
    results = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                                           "--disable-dev-shm-usage"])
        for name, path in variants:
            elapsed, drawn = measure(browser, path, args.timeout)
            results[name] = elapsed
            shown = f"{elapsed:.2f} s" if elapsed is not None else f"> {args.timeout:.0f} s (not settled)"
            print(f"{name:<16} settled in {shown:<28} nodes drawn {drawn}")
        browser.close()
    ours = results["ours"]
    other = results.get("pyvis defaults")
    if ours and not args.skip_pyvis:
        if other:
            print(f"ratio pyvis defaults / ours: {other / ours:.1f}x")
        else:
            print(f"ratio pyvis defaults / ours: > {args.timeout / ours:.1f}x (pyvis did not settle within the timeout)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
