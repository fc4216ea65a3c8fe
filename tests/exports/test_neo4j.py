"""Neo4j export: the CSV bundle follows neo4j-admin's documented header rules; the Cypher really runs.

No Neo4j server can run here, so the Cypher (script and push statements) is executed on a real
openCypher engine, FalkorDB (falkordblite, embedded). The driver call path of ``push_neo4j`` is
checked with a recording fake driver and against an unreachable port with the real driver.
"""

from __future__ import annotations

import csv
import io
import re
import socket
from pathlib import Path

import pytest

from exports.neo4j import (
    ARRAY_DELIMITER,
    cypher_literal,
    cypher_statements,
    edge_query,
    node_query,
    push_neo4j,
    to_cypher,
    to_import_csvs,
    write_neo4j,
)
from kg.errors import ExportError
from kg.graph import NODE_TYPES

falkordb = pytest.importorskip("redislite.falkordb_client", reason="falkordblite (an embedded openCypher engine) is not installed")

# -- neo4j-admin import rules (Operations Manual, "Import" > "CSV header format") ----------------
# Header entries are `name:type`, `:ID`/`name:ID(group)`, `:LABEL`, `:START_ID`, `:END_ID`, `:TYPE`,
# `:IGNORE`; property types: int long float double boolean byte short char string point date
# localtime time localdatetime datetime duration, each optionally an array with `[]`.
TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
         "localtime", "time", "localdatetime", "datetime", "duration"}
FIELD = re.compile(r"^(?P<name>[^:]*)(?::(?P<kind>[A-Za-z_]+)(?:\((?P<group>[^)]*)\))?(?P<array>\[\])?)?$")
IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def check_header(header: list[str], *, relationship: bool) -> dict[str, str]:
    """Check one CSV header against the documented rules; return {property: type}."""
    specials: list[str] = []
    props: dict[str, str] = {}
    for entry in header:
        m = FIELD.match(entry)
        assert m, f"malformed header entry {entry!r}"
        name, kind = m["name"], m["kind"]
        if kind in ("ID", "LABEL", "START_ID", "END_ID", "TYPE", "IGNORE"):
            assert not m["array"], entry
            specials.append(kind)
            if kind == "ID" and name:
                props[name] = "string"
            else:
                assert name == "", f"{entry!r}: only :ID may carry a property name"
            continue
        assert kind is None or kind.lower() in TYPES, f"unknown type in {entry!r}"
        assert IDENT.match(name), f"property name {name!r} must be a plain identifier"
        assert name not in props, f"duplicate property {name!r}"
        props[name] = (kind or "string").lower() + (m["array"] or "")
    if relationship:
        assert sorted(specials) == ["END_ID", "START_ID", "TYPE"], header
    else:
        assert specials.count("ID") == 1 and specials.count("LABEL") <= 1, header
        assert not {"START_ID", "END_ID", "TYPE"} & set(specials)
    return props


def parse_cell(text: str, prop_type: str):
    if prop_type.endswith("[]"):
        return text.split(ARRAY_DELIMITER)
    return {"long": int, "int": int, "double": float, "float": float,
            "boolean": lambda t: {"true": True, "false": False}[t]}.get(prop_type, str)(text)


def read_bundle(files: dict[str, str]):
    nodes, rels = {}, []
    for rel_path, text in files.items():
        assert text.endswith("\n")
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=",", quotechar='"', doublequote=True, strict=True))
        header, body = rows[0], rows[1:]
        is_rel = rel_path.startswith("import/relationships/")
        types = check_header(header, relationship=is_rel)
        for row in body:
            assert len(row) == len(header), f"{rel_path}: {row}"
            record = dict(zip(header, row))
            props = {name.split(":")[0]: parse_cell(value, types[name.split(":")[0]])
                     for name, value in record.items() if name.split(":")[0] and value != ""}
            if is_rel:
                assert IDENT.match(record[":TYPE"])
                rels.append((record[":START_ID"], record[":END_ID"], record[":TYPE"], props))
            else:
                assert IDENT.match(record[":LABEL"])
                node_id = record["id:ID"]
                assert node_id not in nodes, f"duplicate :ID {node_id!r} (one global id space)"
                nodes[node_id] = (record[":LABEL"], props)
    return nodes, rels


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_neo4j_csv_bundle_follows_import_rules(fixture, request):
    kg = request.getfixturevalue(fixture)
    nodes, rels = read_bundle(to_import_csvs(kg))
    assert set(nodes) == set(kg.g.nodes)
    assert len(rels) == kg.g.number_of_edges()
    for start, end, _type, _props in rels:
        assert start in nodes and end in nodes, "every relationship end must be a declared :ID"


def test_neo4j_csv_values_parse_back_exactly(hostile_graph):
    nodes, rels = read_bundle(to_import_csvs(hostile_graph))
    label, props = nodes["method/hostile-4"]
    assert label == "Method" and props["label"] == "line\nbreak\r\nand\ttab"
    assert nodes["paper/title:hostile03"][1]["authors"] == ["quote ' and \" and `backtick`", "O'Brien"]
    assert nodes["paper/title:hostile02"][1]["title"] == '"}) DETACH DELETE n //'
    assert {t for _, _, t, _ in rels} == {"MENTIONS", "BASED_ON"}


def test_neo4j_csv_typed_columns(graph):
    nodes, rels = read_bundle(to_import_csvs(graph))
    assert nodes["method/lora"][1]["paper_count"] == 1
    assert nodes["result/0123456789abcdef"][1]["is_delta"] is True
    header = to_import_csvs(graph)["import/nodes/Method.csv"].splitlines()[0]
    assert header.startswith("id:ID,:LABEL,") and "aliases:string[]" in header and "paper_count:long" in header
    outperforms = [p for s, e, t, p in rels if t == "OUTPERFORMS"][0]
    assert outperforms["confidence"] == 0.8 and outperforms["support"] == 1


def test_neo4j_readme_has_exact_import_command(graph, tmp_path):
    paths = write_neo4j(graph, tmp_path)
    readme = (tmp_path / "README.md").read_text(encoding="utf-8")
    command = next(line for line in readme.splitlines() if line.startswith("neo4j-admin database import full"))
    for p in paths:
        rel = p.relative_to(tmp_path).as_posix()
        if rel.startswith("import/nodes/"):
            assert f"--nodes={rel}" in command
        elif rel.startswith("import/relationships/"):
            assert f"--relationships={rel}" in command
    assert "--multiline-fields=true" in command and f'--array-delimiter="{ARRAY_DELIMITER}"' in command


def test_neo4j_write_is_deterministic(graph, tmp_path):
    a = {p.relative_to(tmp_path / "a"): p.read_bytes() for p in write_neo4j(graph, tmp_path / "a")}
    b = {p.relative_to(tmp_path / "b"): p.read_bytes() for p in write_neo4j(graph, tmp_path / "b")}
    assert a == b


def test_neo4j_bad_batch_size_is_e405(graph, tmp_path):
    with pytest.raises(ExportError, match=r"\[E405\]"):
        write_neo4j(graph, tmp_path, batch_size=0)


# -- the Cypher, executed by a real openCypher engine --------------------------------------------
@pytest.fixture(scope="module")
def falkor(tmp_path_factory):
    db = falkordb.FalkorDB(str(tmp_path_factory.mktemp("falkordb") / "kg.db"))
    yield db
    db.close()


_counter = iter(range(10_000))


@pytest.fixture
def fgraph(falkor):
    return falkor.select_graph(f"g{next(_counter)}")


def _counts(g) -> tuple[dict[str, int], dict[str, int]]:
    labels = {row[0]: row[1] for row in g.query("MATCH (n) RETURN labels(n)[0], count(n)").result_set}
    types = {row[0]: row[1] for row in g.query("MATCH ()-[r]->() RETURN type(r), count(r)").result_set}
    return labels, types


def _expected(kg) -> tuple[dict[str, int], dict[str, int]]:
    from exports.neo4j import relationship_type

    counts = kg.counts()
    return counts["nodes"], {relationship_type(k): v for k, v in counts["edges"].items()}


def run_script(g, script: str, falkordb_constraints: str) -> int:
    """Run import.cypher as cypher-shell would: `:param rows => LIT` sets $rows, `STMT;` runs with it.

    The CREATE CONSTRAINT lines are replaced by the FalkorDB variant, as the README says.
    """
    statements = 0
    for line in falkordb_constraints.split("\n"):
        if line and not line.startswith("//"):
            g.query(line.rstrip(";"))
    rows = None
    for line in script.split("\n"):  # cypher-shell ends commands at \n only
        if not line or line.startswith("//") or line.startswith("CREATE CONSTRAINT"):
            continue
        if line.startswith(":param rows => "):
            # cypher-shell evaluates the right-hand side as a Cypher expression; so does this.
            rows = g.query("RETURN " + line[len(":param rows => "):]).result_set[0][0]
            continue
        assert line.endswith(";") and "$rows" in line
        g.query(line.rstrip(";"), {"rows": rows})
        statements += 1
    return statements


def test_neo4j_script_loads_in_falkordb_with_counts_and_traversals(graph, fgraph, tmp_path):
    from exports.neo4j import falkordb_constraints

    run_script(fgraph, to_cypher(graph, batch_size=3), falkordb_constraints(graph))
    assert _counts(fgraph) == _expected(graph)
    proposed = fgraph.query("MATCH (p:Paper)-[:PROPOSES]->(m:Method) RETURN p.arxiv_id, m.label ORDER BY m.label").result_set
    assert proposed == [["2301.12597", "BLIP-2"], ["2106.09685", "LoRA"]]
    two_hops = fgraph.query("MATCH (r:Result)-[:FOR_METHOD]->(m:Method)-[:OUTPERFORMS]->(o:Method) "
                            "RETURN r.value, m.label, o.label").result_set
    assert two_hops == [["8.7", "BLIP-2", "Flamingo-80B"]]
    lora = fgraph.query("MATCH (m:Method {id: 'method/lora'}) RETURN m.aliases, m.paper_count").result_set
    assert lora == [[["LoRA", "Low-Rank Adaptation", "low-rank adaptation"], 1]]


def test_neo4j_script_is_idempotent_in_falkordb(graph, fgraph):
    from exports.neo4j import falkordb_constraints

    run_script(fgraph, to_cypher(graph), falkordb_constraints(graph))
    with pytest.raises(Exception, match="already indexed"):
        run_script(fgraph, to_cypher(graph), falkordb_constraints(graph))
    run_script(fgraph, to_cypher(graph), "")
    assert _counts(fgraph) == _expected(graph)


def test_neo4j_hostile_graph_injection_is_inert_in_falkordb(hostile_graph, fgraph):
    from exports.neo4j import falkordb_constraints

    run_script(fgraph, to_cypher(hostile_graph, batch_size=4), falkordb_constraints(hostile_graph))
    assert _counts(fgraph) == _expected(hostile_graph)
    got = {row[0]: row[1] for row in fgraph.query("MATCH (n:Method) RETURN n.id, n.label").result_set}
    for node_id, data in hostile_graph.sorted_nodes("Method"):
        assert got[node_id] == data["label"]
    assert got["method/hostile-2"] == '"}) DETACH DELETE n //'
    title = fgraph.query("MATCH (p:Paper {id: 'paper/title:hostile05'}) RETURN p.title").result_set[0][0]
    assert title == "unicode: Ünïcødé — 数据集 🚀 \u2028 sep"


@pytest.mark.parametrize("value", ["a'b", 'q"q', "back\\slash", "nl\nx\r\ny\tz", "\u2028\u2029\x85\x01\x1f\x0b", "数据 🚀",
                                   "", ["x", "y'"], {"odd key": 1, "ok": True, "f": 0.25}])
def test_neo4j_cypher_literal_round_trips_through_cypher_engine(value, fgraph):
    assert fgraph.query("RETURN " + cypher_literal(value)).result_set[0][0] == value


def test_neo4j_falkordb_unique_constraint_variant_works(graph, fgraph):
    from exports.neo4j import falkordb_constraints

    run_script(fgraph, to_cypher(graph), falkordb_constraints(graph))
    fgraph.create_node_unique_constraint("Method", "id")
    for _ in range(50):
        status = [c for c in fgraph.list_constraints() if c["label"] == "Method"]
        if status and status[0]["status"] == "OPERATIONAL":
            break
        import time

        time.sleep(0.05)
    with pytest.raises(Exception, match="(?i)unique"):
        fgraph.query("CREATE (:Method {id: 'method/lora'})")


# -- push_neo4j ----------------------------------------------------------------------------------
class FalkorDriver:
    """Adapter giving FalkorDB the neo4j driver surface push_neo4j uses (session/run/execute_write)."""

    def __init__(self, g):
        self.g, self.calls = g, []

    def verify_connectivity(self):
        self.g.query("RETURN 1")

    def session(self, **kwargs):
        self.calls.append(("session", kwargs))
        return self

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def run(self, query, params=None):
        self.calls.append(("run", query, params))
        label = re.fullmatch(r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE", query)
        if label:  # the documented FalkorDB variant of the constraint (IF NOT EXISTS semantics)
            try:
                self.g.query(f"CREATE INDEX FOR (n:{label[1]}) ON (n.id)")
            except Exception as err:
                if "already indexed" not in str(err):
                    raise
        else:
            self.g.query(query, params or {})
        return self

    def consume(self):
        return None

    def execute_write(self, fn, *args):
        self.calls.append(("execute_write",))
        return fn(self, *args)


def test_push_neo4j_loads_falkordb_in_batches(graph, fgraph):
    driver = FalkorDriver(fgraph)
    counts = push_neo4j(graph, uri="bolt://unused", password="x", batch_size=2, driver=driver)
    assert counts["nodes"] == graph.g.number_of_nodes() and counts["relationships"] == graph.g.number_of_edges()
    assert _counts(fgraph) == _expected(graph)
    data_runs = [c for c in driver.calls if c[0] == "run" and c[2]]
    assert data_runs and all(len(c[2]["rows"]) <= 2 for c in data_runs)


def test_push_neo4j_is_idempotent(graph, fgraph):
    driver = FalkorDriver(fgraph)
    push_neo4j(graph, uri="bolt://unused", password="x", driver=driver)
    before = fgraph.query("MATCH (n) RETURN n.id, properties(n) ORDER BY n.id").result_set
    push_neo4j(graph, uri="bolt://unused", password="x", driver=driver)
    assert _counts(fgraph) == _expected(graph)
    assert fgraph.query("MATCH (n) RETURN n.id, properties(n) ORDER BY n.id").result_set == before


def test_push_neo4j_sends_only_parameterised_fixed_queries(hostile_graph, fgraph):
    driver = FalkorDriver(fgraph)
    push_neo4j(hostile_graph, uri="bolt://unused", password="x", database="kg", batch_size=3, driver=driver)
    assert ("session", {"database": "kg"}) in driver.calls
    allowed = {node_query(label) for label in NODE_TYPES}
    allowed |= {s.query for s in cypher_statements(hostile_graph)}
    for call in driver.calls:
        if call[0] != "run":
            continue
        _, query, params = call
        assert query in allowed
        assert "DETACH" not in query and "hostile" not in query
        if params:
            assert set(params) == {"rows"}
    assert fgraph.query("MATCH (n) RETURN count(n)").result_set[0][0] == hostile_graph.g.number_of_nodes()
    assert edge_query("based_on", "Method", "Method") in allowed


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_push_neo4j_unreachable_server_is_e401(graph):
    with pytest.raises(ExportError, match=r"\[E401\] Cannot reach Neo4j"):
        push_neo4j(graph, uri=f"bolt://127.0.0.1:{_free_port()}", password="x")


def test_push_neo4j_bad_uri_is_e401(graph):
    with pytest.raises(ExportError, match=r"\[E401\]"):
        push_neo4j(graph, uri="nosuch://example.invalid", password="x")


def test_neo4j_script_files_listed(graph, tmp_path):
    names = sorted(p.relative_to(tmp_path).as_posix() for p in write_neo4j(graph, tmp_path))
    assert "cypher/import.cypher" in names and "cypher/constraints.falkordb.cypher" in names and "README.md" in names
    assert Path(tmp_path / "cypher/import.cypher").read_text(encoding="utf-8").count("\nCREATE CONSTRAINT") == len(graph.counts()["nodes"])


# -- the `paperkg push neo4j` command ------------------------------------------------------------
def _build_dir(kg, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    out.mkdir()
    kg.save(out / "graph.json")
    return out


def test_cli_push_neo4j_unreachable_exits_1_with_message(graph, tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    port = _free_port()
    result = CliRunner().invoke(app, ["push", "neo4j", str(_build_dir(graph, tmp_path)), "--uri", f"bolt://127.0.0.1:{port}",
                                      "--user", "neo4j", "--password", "x"])
    assert result.exit_code == 1
    assert f"Error: [E401] Cannot reach Neo4j at 'bolt://127.0.0.1:{port}'" in result.stderr


def test_cli_push_neo4j_needs_a_password(graph, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.delenv("NEO4J_PASSWORD", raising=False)
    result = CliRunner().invoke(app, ["push", "neo4j", str(_build_dir(graph, tmp_path))])
    assert result.exit_code == 1 and "[E406]" in result.stderr


def test_cli_push_neo4j_reads_password_from_env(graph, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from kg.cli import app

    monkeypatch.setenv("NEO4J_PASSWORD", "from-env")
    result = CliRunner().invoke(app, ["push", "neo4j", str(_build_dir(graph, tmp_path)), "--uri", f"bolt://127.0.0.1:{_free_port()}"])
    assert result.exit_code == 1 and "[E401]" in result.stderr and "[E406]" not in result.stderr


def test_cli_push_neo4j_not_a_build_dir(tmp_path):
    from typer.testing import CliRunner

    from kg.cli import app

    result = CliRunner().invoke(app, ["push", "neo4j", str(tmp_path), "--password", "x"])
    assert result.exit_code == 1 and "[E020]" in result.stderr
