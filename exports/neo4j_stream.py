"""The Neo4j export of a build, streamed from its ``graph.json`` instead of an in-memory graph.

:func:`exports.neo4j.write_neo4j` needs the whole :class:`~kg.graph.KnowledgeGraph` in memory,
which above ~100k papers costs more than the rest of the build (the builder skips such
exporters there, W300). :func:`write_neo4j_streamed` writes the same files, byte for byte,
from the build's ``graph.json`` (:func:`iter_graph_json`: one node or edge at a time), holding
only per-label column types and counts in memory:

1. One pass over ``graph.json``: each node's and edge's Neo4j properties (the functions of
   :mod:`exports.neo4j`) go as JSON lines to a temporary file per label and per
   ``(relation, start label, end label)`` group (the Cypher batches), while the column types of
   every CSV file are collected. Each edge is written once.
2. The CSV files, ``cypher/import.cypher`` (batches cut from the group files),
   ``constraints.falkordb.cypher`` and ``README.md`` are written from those files; a
   relationship CSV is the merge (:func:`heapq.merge` by ``(source, target)``) of its relation's
   group files.

Order: graph.json lists edges sorted by ``(source, target, relation)`` and nodes by id, which is
the order the in-memory exporter sorts into, so appending in reading order is enough (and the
group files of one relation, each in that order, merge back into it). Edges
come before nodes in graph.json, so an edge's end labels are read from the node ids
(``paper/…`` → Paper, the convention of :mod:`kg.ids`); each node then checks its id agrees
with its type, and a graph that breaks the convention fails with [E790] (export it with
``write_neo4j`` instead).
"""

from __future__ import annotations

import heapq
import itertools
import json
import operator
import tempfile
from collections import Counter
from pathlib import Path
from typing import IO, Any, Iterator

from exports.neo4j import (CYPHER_HEADER, DEFAULT_BATCH_SIZE, _cell, _constraints, _falkordb_text, _quote, _readme,
                           batch_label, csv_type, cypher_literal, edge_properties, edge_query, node_properties, node_query,
                           relationship_type)
from kg.errors import Errors, ExportError
from kg.graph import EDGE_RELATIONS, NODE_TYPES

__all__ = ["iter_graph_json", "write_neo4j_streamed", "node_type_of"]

_PREFIX_TYPES = {t.lower(): t for t in NODE_TYPES}


def node_type_of(node_id: str) -> str | None:
    """The node type a paperkg node id names by its prefix, or None.

    >>> node_type_of("method/lora"), node_type_of("result/0123456789abcdef"), node_type_of("x")
    ('Method', 'Result', None)
    """
    prefix, sep, _ = node_id.partition("/")
    return _PREFIX_TYPES.get(prefix) if sep else None


def iter_graph_json(path: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    """``("edges" | "nodes", item)`` for every element of a ``graph.json``, one at a time, in file order.

    A graph.json as :meth:`KnowledgeGraph.save` and the builder write it (``indent=1``: each
    element opens with a line ``  {`` and closes with ``  }``; JSON strings hold no raw line
    breaks) is read element by element; any other layout is parsed whole.
    """
    with open(path, encoding="utf-8", newline="\n") as fh:
        head = fh.readline() + fh.readline()
        if head not in ('{\n "edges": [\n', '{\n "edges": [],\n'):
            fh.seek(0)
            data = json.load(fh)
            for section in ("edges", "nodes"):
                for item in data.get(section, ()):
                    yield section, item
            return
        section = "edges" if head.endswith("[\n") else None
        buf: list[str] = []
        for line in fh:
            if buf:
                buf.append(line)
                if line.startswith("  }"):
                    text = "".join(buf).rstrip()
                    yield section, json.loads(text[:-1] if text.endswith(",") else text)  # type: ignore[misc]
                    buf = []
            elif line.startswith("  {"):
                buf.append(line)
            elif line.startswith(' "'):
                name = line[2:line.index('"', 2)]
                section = name if line.rstrip().endswith("[") else None


class _Lines:
    """Temporary JSON-lines files by key, appended to in reading order."""

    def __init__(self, directory: Path, prefix: str):
        self.directory, self.prefix = directory, prefix
        self.handles: dict[Any, IO[str]] = {}
        self.paths: dict[Any, Path] = {}

    def add(self, key: Any, row: Any) -> None:
        fh = self.handles.get(key)
        if fh is None:
            path = self.directory / f"{self.prefix}-{len(self.paths):04d}.jsonl"
            self.paths[key] = path
            fh = self.handles[key] = open(path, "w", encoding="utf-8", newline="\n")
        fh.write(json.dumps(row, ensure_ascii=False) + "\n")

    def close(self) -> None:
        for fh in self.handles.values():
            fh.close()

    def rows(self, key: Any) -> Iterator[Any]:
        with open(self.paths[key], encoding="utf-8", newline="\n") as fh:
            for line in fh:
                yield json.loads(line)


def _types(kinds: dict[str, set[type]]) -> dict[str, str]:
    """:func:`exports._attrs.column_types` from the set of Python types seen per column (all it depends on)."""
    examples = {bool: True, int: 0, float: 0.0, str: "", list: []}
    return {name: csv_type([examples.get(k, "") for k in sorted(ks, key=lambda k: k.__name__)])
            for name, ks in sorted(kinds.items())}


def _count_kinds(kinds: dict[str, set[type]], props: dict[str, Any]) -> None:
    for name, value in props.items():
        kinds.setdefault(name, set()).add(type(value))


def write_neo4j_streamed(graph_json: Path, out_dir: Path, *, batch_size: int = DEFAULT_BATCH_SIZE) -> list[Path]:
    """:func:`exports.neo4j.write_neo4j` of the graph in ``graph_json``, without loading the graph.

    Raises:
        ExportError: [E405] for a bad ``batch_size``; [E790] if a node id does not name its type;
            [E400] if a file cannot be written.
    """
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ExportError(Errors.E405.format(name="neo4j", option="batch_size", expected="a positive integer", value=batch_size))
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(prefix=".neo4j-", dir=out_dir) as tmp:
            return _write(Path(graph_json), out_dir, Path(tmp), batch_size)
    except OSError as err:
        raise ExportError(Errors.E400.format(name="neo4j", path=out_dir, detail=err)) from err


def _write(graph_json: Path, out_dir: Path, tmp: Path, batch_size: int) -> list[Path]:
    nodes, groups = _Lines(tmp, "n"), _Lines(tmp, "g")
    node_kinds: dict[str, dict[str, set[type]]] = {}
    edge_kinds: dict[str, dict[str, set[type]]] = {}
    node_counts: Counter = Counter()
    edge_counts: Counter = Counter()
    group_counts: Counter = Counter()
    try:
        for section, item in iter_graph_json(graph_json):
            if section == "nodes":
                node_id, label = item.pop("id"), item.get("node_type")
                if node_type_of(node_id) != label:
                    raise ExportError(Errors.E790.format(node=node_id, node_type=label, path=graph_json))
                props = node_properties(item)
                nodes.add(label, [node_id, props])
                _count_kinds(node_kinds.setdefault(label, {}), props)
                node_counts[label] += 1
            elif section == "edges":
                u, v, rel = item.pop("source"), item.pop("target"), item.pop("relation")
                props = edge_properties(item)
                _count_kinds(edge_kinds.setdefault(relationship_type(rel), {}), props)
                group = (rel, node_type_of(u), node_type_of(v))
                groups.add(group, [u, v, props])
                group_counts[group] += 1
                edge_counts[rel] += 1
    finally:
        for lines in (nodes, groups):
            lines.close()

    written: list[Path] = []
    labels = [label for label in NODE_TYPES if label in node_counts]

    def out(rel: str) -> IO[str]:
        path = out_dir / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        written.append(path)
        return open(path, "w", encoding="utf-8", newline="\n")

    csv_paths: list[str] = []
    for label in labels:
        cols = _types(node_kinds[label])
        rel = f"import/nodes/{label}.csv"
        csv_paths.append(rel)
        with out(rel) as fh:
            fh.write(",".join(["id:ID", ":LABEL", *(f"{name}:{t}" for name, t in cols.items())]) + "\n")
            for node_id, props in nodes.rows(label):
                fh.write(",".join([_quote(node_id), _quote(label), *(_cell(props.get(n), t) for n, t in cols.items())]) + "\n")
    order = list(EDGE_RELATIONS)
    group_order = sorted(group_counts, key=lambda k: (order.index(k[0]), k[1], k[2]))
    relations = list(dict.fromkeys(g[0] for g in group_order))
    for relation in relations:
        rel_type = relationship_type(relation)
        cols = _types(edge_kinds[rel_type])
        rel = f"import/relationships/{rel_type}.csv"
        csv_paths.append(rel)
        # One relation's edges in graph.json order: its groups' rows merged (no edge repeats a (source, target)).
        rows = heapq.merge(*(groups.rows(g) for g in group_order if g[0] == relation), key=_ends)
        with out(rel) as fh:
            fh.write(",".join([":START_ID", ":END_ID", ":TYPE", *(f"{name}:{t}" for name, t in cols.items())]) + "\n")
            for u, v, props in rows:
                fh.write(",".join([_quote(u), _quote(v), _quote(rel_type), *(_cell(props.get(n), t) for n, t in cols.items())]) + "\n")

    with out("cypher/import.cypher") as fh:
        fh.write("".join(line + "\n" for line in CYPHER_HEADER))
        fh.write("".join(query + ";\n" for query in _constraints(labels, "neo4j")))
        for label in labels:
            rows = ({"id": node_id, "props": props} for node_id, props in nodes.rows(label))
            _write_batches(fh, rows, node_query(label), (label, None, None), node_counts[label], batch_size)
        for group in group_order:
            rows = ({"start": u, "end": v, "props": props} for u, v, props in groups.rows(group))
            _write_batches(fh, rows, edge_query(*group), group, group_counts[group], batch_size)
    with out("cypher/constraints.falkordb.cypher") as fh:
        fh.write(_falkordb_text(labels))
    with out("README.md") as fh:
        fh.write(_readme({"nodes": dict(sorted(node_counts.items())), "edges": dict(sorted(edge_counts.items()))},
                         csv_paths, batch_size))
    return written


_ends = operator.itemgetter(0, 1)


def _write_batches(fh: IO[str], rows: Iterator[dict[str, Any]], query: str, what: tuple[str, str | None, str | None],
                   total: int, batch_size: int) -> None:
    """``// what``, ``:param rows => [...]`` and the statement for each batch, as :func:`exports.neo4j.to_cypher`."""
    for i in range(0, total, batch_size):
        batch = list(itertools.islice(rows, batch_size))
        fh.write(f"// {batch_label(*what, i, batch_size, total)}\n:param rows => {cypher_literal(batch)}\n{query};\n")
