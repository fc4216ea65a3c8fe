"""Neo4j: an offline ``neo4j-admin`` import bundle, a Cypher script, and a live push with the driver.

Three ways into Neo4j, all carrying the same nodes, relationships and properties:

1. ``import/`` — CSV files for ``neo4j-admin database import full``
   (https://neo4j.com/docs/operations-manual/current/tools/neo4j-admin/neo4j-admin-import/):
   one node file per label (header ``id:ID,:LABEL,name:type…``) and one relationship
   file per type (``:START_ID,:END_ID,:TYPE,…``), typed headers (``long``, ``double``,
   ``boolean``, ``string``, ``string[]``), every string quoted with ``"`` doubled inside,
   newlines kept inside quotes (the command passes ``--multiline-fields=true``).
   ``README.md`` holds the exact command.
2. ``cypher/import.cypher`` — for ``cypher-shell -f``: uniqueness constraints
   (``CREATE CONSTRAINT … IF NOT EXISTS FOR (n:Label) REQUIRE n.id IS UNIQUE``),
   then for each batch a ``:param rows => [...]`` line and the fixed statement
   ``UNWIND $rows AS row MERGE (n:Label {id: row.id}) SET n += row.props``. Data only
   ever travels as parameters; statements are built from our fixed vocabulary
   (labels, relationship types), never from data. ``cypher/constraints.falkordb.cypher``
   is the FalkorDB variant of the constraint statements (FalkorDB has no
   ``CREATE CONSTRAINT``: a Cypher range index, then ``GRAPH.CONSTRAINT CREATE``).
3. :func:`push_neo4j` — the same statements and batches through the official
   ``neo4j`` driver; MERGE makes it idempotent (pushing twice changes nothing).

Node properties are the graph attributes (lists stay lists, ``node_type`` becomes
the label); ``id`` is the paperkg node id, unique per label. Relationship
properties: ``support``, ``confidence``, ``evidence_count``, ``evidence_papers``,
``extractors`` and the first ``evidence_sentence``.

What is lost: evidence offsets, per-evidence confidences and all but the first
evidence sentence (the RDF export keeps them); empty strings and empty lists are
not written. In the CSV bundle only, a ``;`` inside a list element becomes ``,``
because ``neo4j-admin`` has no escape for its array delimiter.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from exports._attrs import column_types, first_sentence, value_type, write_output
from kg.errors import Errors, ExportError
from kg.graph import EDGE_RELATIONS, NODE_TYPES, KnowledgeGraph
from kg.registry import exporters
from kg.vocab import RELATIONS

ARRAY_DELIMITER = ";"
DEFAULT_BATCH_SIZE = 1000
_IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def relationship_type(relation: str) -> str:
    """The Neo4j relationship type of a paperkg relation (from the one table in :mod:`kg.vocab`).

    >>> relationship_type("result_method")
    'FOR_METHOD'
    """
    return RELATIONS[relation].neo4j


# -- rows: the one place that turns graph attributes into Neo4j properties ----------------------
def _prop(value: Any) -> Any:
    if isinstance(value, bool | int):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(v) for v in value if v is not None and str(v) != ""]
        return items or None
    text = "" if value is None else str(value)
    return text or None


def node_properties(attrs: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties of a node: scalars and string lists, no nulls, no empties, sorted.

    >>> node_properties({"node_type": "Method", "label": "LoRA", "aliases": ["LoRA", ""], "doi": ""})
    {'aliases': ['LoRA'], 'label': 'LoRA'}
    """
    props = {}
    for name in sorted(attrs):
        if name in ("node_type", "id"):
            continue
        value = _prop(attrs[name])
        if value is not None:
            props[name] = value
    return props


def edge_properties(attrs: dict[str, Any]) -> dict[str, Any]:
    """Neo4j properties of a relationship: support, confidence and an evidence summary.

    >>> edge_properties({"relation": "mentions", "support": 1, "confidence": 0.9,
    ...                  "evidence": [{"paper": "paper/a", "sentence": "S.", "extractor": "kg_rules"}]})
    {'confidence': 0.9, 'evidence_count': 1, 'evidence_papers': ['paper/a'], 'evidence_sentence': 'S.', 'extractors': ['kg_rules'], 'support': 1}
    """
    evidence = list(attrs.get("evidence") or ())
    plain: dict[str, Any] = {"support": attrs.get("support"), "confidence": attrs.get("confidence")}
    if evidence:
        plain["evidence_count"] = len(evidence)
        plain["evidence_papers"] = sorted({str(e["paper"]) for e in evidence if e.get("paper")})
        plain["extractors"] = sorted({str(e["extractor"]) for e in evidence if e.get("extractor")})
        plain["evidence_sentence"] = first_sentence(evidence)
    return node_properties(plain)


@dataclass(frozen=True)
class Statement:
    """One parameterised Cypher statement and its parameters (``rows``), or a schema statement."""

    query: str
    rows: list[dict[str, Any]] | None
    what: str

    @property
    def params(self) -> dict[str, Any]:
        return {} if self.rows is None else {"rows": self.rows}


def node_rows(graph: KnowledgeGraph) -> dict[str, list[dict[str, Any]]]:
    """``{label: [{"id", "props"}, ...]}`` in sorted order, labels in :data:`NODE_TYPES` order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for node_id, data in graph.sorted_nodes():
        out.setdefault(data["node_type"], []).append({"id": node_id, "props": node_properties(data)})
    return {label: out[label] for label in NODE_TYPES if label in out}


def edge_rows(graph: KnowledgeGraph) -> dict[tuple[str, str, str], list[dict[str, Any]]]:
    """``{(relation, start label, end label): [{"start", "end", "props"}, ...]}``, sorted."""
    out: dict[tuple[str, str, str], list[dict[str, Any]]] = {}
    for u, v, key, data in graph.sorted_edges():
        group = (key, graph.node(u)["node_type"], graph.node(v)["node_type"])
        out.setdefault(group, []).append({"start": u, "end": v, "props": edge_properties(data)})
    order = list(EDGE_RELATIONS)
    return {k: out[k] for k in sorted(out, key=lambda k: (order.index(k[0]), k[1], k[2]))}


def constraint_statements(graph: KnowledgeGraph, *, dialect: str = "neo4j") -> list[str]:
    """Uniqueness constraints on ``id`` for every label present.

    ``dialect="neo4j"`` gives Neo4j 5 ``CREATE CONSTRAINT``; ``"falkordb"`` gives the
    range index FalkorDB needs (its unique constraint is the ``GRAPH.CONSTRAINT``
    command, listed as a comment by :func:`falkordb_constraints`).

    >>> kg = KnowledgeGraph(); kg.add_node("method/a", "Method")
    >>> constraint_statements(kg)
    ['CREATE CONSTRAINT paperkg_method_id IF NOT EXISTS FOR (n:Method) REQUIRE n.id IS UNIQUE']
    >>> constraint_statements(kg, dialect="falkordb")
    ['CREATE INDEX FOR (n:Method) ON (n.id)']
    """
    return _constraints(list(node_rows(graph)), dialect)


def _constraints(labels: list[str], dialect: str) -> list[str]:
    if dialect == "neo4j":
        return [f"CREATE CONSTRAINT paperkg_{label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
                for label in labels]
    if dialect == "falkordb":
        return [f"CREATE INDEX FOR (n:{label}) ON (n.id)" for label in labels]
    raise ValueError(f"unknown dialect {dialect!r}; use 'neo4j' or 'falkordb'")


def node_query(label: str) -> str:
    """The MERGE statement for one label (the label comes from our fixed vocabulary).

    >>> node_query("Paper")
    'UNWIND $rows AS row MERGE (n:Paper {id: row.id}) SET n += row.props'
    """
    if label not in NODE_TYPES:
        raise ValueError(f"unknown label {label!r}")
    return f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n += row.props"


def edge_query(relation: str, start_label: str, end_label: str) -> str:
    """The MERGE statement for one relationship type between two labels.

    >>> edge_query("mentions", "Paper", "Method")
    'UNWIND $rows AS row MATCH (a:Paper {id: row.start}) MATCH (b:Method {id: row.end}) MERGE (a)-[r:MENTIONS]->(b) SET r += row.props'
    """
    if start_label not in NODE_TYPES or end_label not in NODE_TYPES:
        raise ValueError(f"unknown label in {start_label!r}, {end_label!r}")
    rel_type = relationship_type(relation)
    return (f"UNWIND $rows AS row MATCH (a:{start_label} {{id: row.start}}) MATCH (b:{end_label} {{id: row.end}}) "
            f"MERGE (a)-[r:{rel_type}]->(b) SET r += row.props")


def cypher_statements(graph: KnowledgeGraph, *, batch_size: int = DEFAULT_BATCH_SIZE,
                      dialect: str = "neo4j") -> Iterator[Statement]:
    """Every statement of an import, in order: constraints, node batches, relationship batches.

    Raises:
        ValueError: if ``batch_size`` is not a positive integer.
    """
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive integer, got {batch_size!r}")
    for query in constraint_statements(graph, dialect=dialect):
        yield Statement(query, None, "constraint")
    for label, rows in node_rows(graph).items():
        for i in range(0, len(rows), batch_size):
            yield Statement(node_query(label), rows[i:i + batch_size], batch_label(label, None, None, i, batch_size, len(rows)))
    for (relation, a, b), rows in edge_rows(graph).items():
        for i in range(0, len(rows), batch_size):
            yield Statement(edge_query(relation, a, b), rows[i:i + batch_size], batch_label(relation, a, b, i, batch_size, len(rows)))


def batch_label(name: str, start_label: str | None, end_label: str | None, i: int, batch_size: int, total: int) -> str:
    """What a batch holds (the comment above it in import.cypher): a node label, or a relation between two labels.

    >>> batch_label("Paper", None, None, 1000, 1000, 1500), batch_label("mentions", "Paper", "Method", 0, 1000, 2)
    ('Paper nodes 1001-1500', 'MENTIONS Paper->Method 1-2')
    """
    rows = f"{i + 1}-{min(i + batch_size, total)}"
    if start_label is None:
        return f"{name} nodes {rows}"
    return f"{relationship_type(name)} {start_label}->{end_label} {rows}"


# -- Cypher literals, for cypher-shell's :param lines -------------------------------------------
_ESCAPES = {"\\": "\\\\", "'": "\\'", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
#: :data:`_ESCAPES`, and NUL as ``\\u0000``, for ``str.translate`` (a loop over characters was most of the export's time).
_TRANSLATION = {ord(ch): escaped for ch, escaped in _ESCAPES.items()} | {0: "\\u0000"}


def cypher_literal(value: Any) -> str:
    """A Cypher literal for a parameter value, on one line.

    Used only on the right-hand side of ``:param rows => ...``, which cypher-shell
    evaluates as a value; statements never contain data. Only the escapes that both
    Neo4j and FalkorDB decode are used (``\\n \\r \\t \\b \\f \\\\ \\'``); every other
    character is written as itself (FalkorDB does not decode ``\\uXXXX``), except
    NUL, which becomes ``\\u0000`` (Neo4j only; FalkorDB cannot hold NUL).

    >>> cypher_literal({"id": "a'b", "props": {"n": 1, "tags": ["x\\ny"], "ok": True}})
    "{id: 'a\\\\'b', props: {n: 1, tags: ['x\\\\ny'], ok: true}}"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"cannot write non-finite float {value!r}")
        return repr(value)
    if isinstance(value, str):
        return "'" + value.translate(_TRANSLATION) + "'"
    if isinstance(value, dict):
        parts = []
        for key, item in value.items():
            key = str(key)
            name = key if _IDENT.match(key) else "`" + key.replace("`", "``") + "`"
            parts.append(f"{name}: {cypher_literal(item)}")
        return "{" + ", ".join(parts) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")


#: The comment lines opening ``cypher/import.cypher``.
CYPHER_HEADER = (
    "// paperkg import script for cypher-shell (Neo4j 5):",
    "//   cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f import.cypher",
    "// Data travels only as the $rows parameter; every statement is MERGE, so re-running is safe.",
    "// FalkorDB: run constraints.falkordb.cypher instead of the CREATE CONSTRAINT lines.",
)


def to_cypher(graph: KnowledgeGraph, *, batch_size: int = DEFAULT_BATCH_SIZE) -> str:
    """The cypher-shell script: constraints, then ``:param rows => [...]`` + fixed statement per batch.

    >>> kg = KnowledgeGraph(); kg.add_node("method/a", "Method", label="A")
    >>> print(to_cypher(kg).splitlines()[-2])
    :param rows => [{id: 'method/a', props: {label: 'A'}}]
    """
    lines = list(CYPHER_HEADER)
    for stmt in cypher_statements(graph, batch_size=batch_size):
        if stmt.rows is None:
            lines.append(stmt.query + ";")
        else:
            lines.append(f"// {stmt.what}")
            lines.append(":param rows => " + cypher_literal(stmt.rows))
            lines.append(stmt.query + ";")
    return "\n".join(lines) + "\n"


def falkordb_constraints(graph: KnowledgeGraph, *, graph_name: str = "paperkg") -> str:
    """The FalkorDB variant of the constraint statements (a Cypher index + a GRAPH.CONSTRAINT command).

    >>> kg = KnowledgeGraph(); kg.add_node("task/a", "Task")
    >>> print(falkordb_constraints(kg).splitlines()[-2])
    CREATE INDEX FOR (n:Task) ON (n.id);
    """
    return _falkordb_text(list(node_rows(graph)), graph_name)


def _falkordb_text(labels: list[str], graph_name: str = "paperkg") -> str:
    lines = [
        "// FalkorDB variant of the constraint statements of import.cypher.",
        "// FalkorDB has no CREATE CONSTRAINT ... REQUIRE: create a range index on id (Cypher, below),",
        "// then the unique constraint with the FalkorDB command (redis-cli; not Cypher), e.g.",
    ]
    for label in labels:
        lines.append(f"//   GRAPH.CONSTRAINT CREATE {graph_name} UNIQUE NODE {label} PROPERTIES 1 id")
    lines.append("// (falkordb-py: graph.create_node_unique_constraint(label, 'id')). The MERGE statements are unchanged.")
    for query in _constraints(labels, "falkordb"):
        lines.append(query + ";")
    lines.append("// end")
    return "\n".join(lines) + "\n"


# -- the neo4j-admin CSV bundle ------------------------------------------------------------------
def csv_type(values: list[Any]) -> str:
    """The ``neo4j-admin import`` header type of a column.

    >>> csv_type([1, 2]), csv_type([0.5, 1]), csv_type([True]), csv_type([["a"]]), csv_type(["a", 1])
    ('long', 'double', 'boolean', 'string[]', 'string')
    """
    if {type(v) for v in values} == {list}:
        return "string[]"
    return value_type(values)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _cell(value: Any, col_type: str) -> str:
    if value is None:
        return ""
    if col_type == "boolean":
        return "true" if value else "false"
    if col_type in ("long", "double"):
        return repr(float(value)) if col_type == "double" else str(value)
    if col_type == "string[]":
        return _quote(ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, ",") for v in value))
    if isinstance(value, list):
        value = ARRAY_DELIMITER.join(value)
    return _quote(str(value))


def _csv(header: list[str], rows: list[list[str]]) -> str:
    return "".join(",".join(cells) + "\n" for cells in [header, *rows])


def to_import_csvs(graph: KnowledgeGraph) -> dict[str, str]:
    """``{relative path: CSV text}`` of the ``neo4j-admin database import full`` bundle.

    >>> kg = KnowledgeGraph(); kg.add_node("method/a", "Method", label='5" screen', paper_count=2)
    >>> print(to_import_csvs(kg)["import/nodes/Method.csv"], end="")
    id:ID,:LABEL,label:string,paper_count:long
    "method/a","Method","5"" screen",2
    """
    files: dict[str, str] = {}
    for label, rows in node_rows(graph).items():
        cols = column_types((r["props"] for r in rows), csv_type)
        header = ["id:ID", ":LABEL", *(f"{name}:{t}" for name, t in cols.items())]
        body = [[_quote(r["id"]), _quote(label), *(_cell(r["props"].get(n), t) for n, t in cols.items())] for r in rows]
        files[f"import/nodes/{label}.csv"] = _csv(header, body)
    by_type: dict[str, list[dict[str, Any]]] = {}
    for (relation, _a, _b), rows in edge_rows(graph).items():
        by_type.setdefault(relationship_type(relation), []).extend(rows)
    for rel_type, rows in by_type.items():
        rows = sorted(rows, key=lambda r: (r["start"], r["end"]))
        cols = column_types((r["props"] for r in rows), csv_type)
        header = [":START_ID", ":END_ID", ":TYPE", *(f"{name}:{t}" for name, t in cols.items())]
        body = [[_quote(r["start"]), _quote(r["end"]), _quote(rel_type), *(_cell(r["props"].get(n), t) for n, t in cols.items())]
                for r in rows]
        files[f"import/relationships/{rel_type}.csv"] = _csv(header, body)
    return files


def import_command(paths: list[str], *, database: str = "neo4j") -> str:
    """The exact ``neo4j-admin`` command for the bundle (run from the bundle's folder).

    >>> import_command(["import/nodes/Paper.csv", "import/relationships/MENTIONS.csv"])
    'neo4j-admin database import full --nodes=import/nodes/Paper.csv --relationships=import/relationships/MENTIONS.csv --delimiter="," --array-delimiter=";" --quote=\\'"\\' --multiline-fields=true --overwrite-destination=true neo4j'
    """
    parts = ["neo4j-admin database import full"]
    parts += [f"--nodes={p}" for p in paths if p.startswith("import/nodes/")]
    parts += [f"--relationships={p}" for p in paths if p.startswith("import/relationships/")]
    parts += ['--delimiter=","', f'--array-delimiter="{ARRAY_DELIMITER}"', "--quote='\"'", "--multiline-fields=true",
              "--overwrite-destination=true", database]
    return " ".join(parts)


def _readme(counts: dict[str, dict[str, int]], csv_paths: list[str], batch_size: int) -> str:
    node_lines = "\n".join(f"| {label} | {n} |" for label, n in counts["nodes"].items())
    edge_lines = "\n".join(f"| {relationship_type(rel)} | {n} |" for rel, n in counts["edges"].items())
    return f"""# paperkg → Neo4j

Generated by `paperkg export --to neo4j`. Three ways to load the same graph:

## 1. Offline bulk import (empty database, server stopped)

Copy this folder next to your Neo4j installation (or `cd` into it) and run:

```
{import_command(csv_paths)}
```

Headers are typed (`long`, `double`, `boolean`, `string`, `string[]`); lists use `{ARRAY_DELIMITER}` as
array delimiter (a `{ARRAY_DELIMITER}` inside a list element was written as `,`); strings are
quoted and may span lines, hence `--multiline-fields=true`. Node ids (`id:ID`) share one global id
space and are stored as the `id` property. Then create the constraints of `cypher/import.cypher`
(the `CREATE CONSTRAINT` lines).

## 2. Cypher script (running server)

```
cypher-shell -a bolt://localhost:7687 -u neo4j -p PASSWORD -f cypher/import.cypher
```

Uniqueness constraints first, then batches of {batch_size} rows: each batch is a `:param rows => [...]`
line followed by a fixed `UNWIND $rows AS row MERGE ... SET n += row.props` statement. Data is
never spliced into a statement. Re-running it is safe (MERGE). For FalkorDB use
`cypher/constraints.falkordb.cypher` in place of the `CREATE CONSTRAINT` lines.

## 3. Push from paperkg

```
paperkg push neo4j BUILD_DIR --uri bolt://localhost:7687 --user neo4j   # password from NEO4J_PASSWORD
```

## Contents

| Label | Nodes |
|---|---|
{node_lines}

| Relationship type | Relationships |
|---|---|
{edge_lines}
"""


@exporters.register("neo4j", description="Neo4j: neo4j-admin CSV import bundle + parameterised Cypher script (+ README)")
def write_neo4j(graph: KnowledgeGraph, out_dir: Path, *, batch_size: int = DEFAULT_BATCH_SIZE, **options: Any) -> list[Path]:
    """Write the import bundle, the Cypher scripts and ``README.md`` into ``out_dir``.

    Raises:
        ExportError: if a file cannot be written or ``batch_size`` is not positive.
    """
    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ExportError(Errors.E405.format(name="neo4j", option="batch_size", expected="a positive integer", value=batch_size))
    out_dir = Path(out_dir)
    files = to_import_csvs(graph)
    csv_paths = list(files)
    files["cypher/import.cypher"] = to_cypher(graph, batch_size=batch_size)
    files["cypher/constraints.falkordb.cypher"] = falkordb_constraints(graph)
    files["README.md"] = _readme(graph.counts(), csv_paths, batch_size)
    return [write_output(out_dir / rel, text, "neo4j") for rel, text in files.items()]


# -- push with the official driver --------------------------------------------------------------
def _run_rows(tx: Any, query: str, params: dict[str, Any]) -> None:
    tx.run(query, params).consume()


def push_neo4j(graph: KnowledgeGraph, *, uri: str, user: str = "neo4j", password: str | None = None,
               database: str | None = None, batch_size: int = DEFAULT_BATCH_SIZE, driver: Any = None) -> dict[str, int]:
    """Push the graph into a running Neo4j with the official driver, in batches; idempotent (MERGE).

    Args:
        graph: the graph to push.
        uri: ``bolt://`` or ``neo4j://`` URI of the server.
        user: user name.
        password: password.
        database: target database (default: the server's default).
        batch_size: rows per ``UNWIND`` statement.
        driver: an open driver to use instead of creating one (tests pass adapters); not closed here.

    Returns:
        Counts pushed: ``{"nodes", "relationships", "statements"}``.

    Raises:
        ExportError: the server is unreachable [E401], refuses the credentials [E402] or a
            statement fails [E403].
    """
    import neo4j
    from neo4j import exceptions as nx4

    if not isinstance(batch_size, int) or isinstance(batch_size, bool) or batch_size < 1:
        raise ExportError(Errors.E405.format(name="neo4j", option="batch_size", expected="a positive integer", value=batch_size))
    own = driver is None
    if own:
        try:
            driver = neo4j.GraphDatabase.driver(uri, auth=(user, password or ""))
        except (ValueError, nx4.ConfigurationError) as err:
            raise ExportError(Errors.E401.format(uri=uri, detail=err)) from err
    try:
        try:
            driver.verify_connectivity()
        except nx4.AuthError as err:
            raise ExportError(Errors.E402.format(uri=uri, user=user, detail=err)) from err
        except (nx4.ServiceUnavailable, nx4.DriverError, nx4.Neo4jError, OSError) as err:
            raise ExportError(Errors.E401.format(uri=uri, detail=err)) from err
        counts = {"nodes": 0, "relationships": 0, "statements": 0}
        session_args = {"database": database} if database else {}
        with driver.session(**session_args) as session:
            for index, stmt in enumerate(cypher_statements(graph, batch_size=batch_size), start=1):
                try:
                    if stmt.rows is None:
                        session.run(stmt.query).consume()
                    else:
                        session.execute_write(_run_rows, stmt.query, stmt.params)
                except (nx4.Neo4jError, nx4.DriverError) as err:
                    raise ExportError(Errors.E403.format(index=index, what=stmt.what, detail=err)) from err
                counts["statements"] += 1
                if stmt.rows is not None:
                    counts["relationships" if "start" in stmt.rows[0] else "nodes"] += len(stmt.rows)
        return counts
    finally:
        if own:
            driver.close()
