"""Graph assembly and the build directory: determinism, --into == one-shot, --resume, CLI, real corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from kg.builder import build, build_graph, iter_extractions, load_graph
from kg.cli import app
from kg.errors import ConfigError, ExportError
from kg.records import Extraction, Mention, PaperRecord, Relation, Result
from kg.registry import Entry, exporters
from schemas import path as schema_path

DATA = Path(__file__).parent / "data" / "corpus"
A, B = DATA / "listing-a.txt", DATA / "listing-b.txt"
#: Files whose content legitimately differs between runs.
NONDETERMINISTIC = {"timings.json"}


# ----------------------------------------------------------------------------------------------
# A tiny deterministic extractor, so build-machinery tests don't depend on the spaCy pipeline.
NAMES = ["Low-Rank Adaptation", "LoRA", "DyLoRA", "LLaMA-2", "LLaMa", "LLaMA", "GPT-4", "BLIP-2", "BLIP", "PaLM",
         "CLIP", "VideoQA", "MatSci-NLP"]


#: When set, the fake extractor fails after this many calls (an interrupted build).
FAIL_AFTER: list[int] = []


def fake_extractor_factory():
    pattern = re.compile("|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)))

    calls = []

    def extract(records):
        calls.append(1)
        if FAIL_AFTER and len(calls) > FAIL_AFTER[0]:
            raise RuntimeError("worker killed")
        out = []
        for rec in records:
            mentions = tuple(Mention(rec.id, "DATASET" if m.group(0) in ("VideoQA", "MatSci-NLP") else "METHOD", m.group(0),
                                     m.start(), m.end(), sentence=rec.text[:80], extractor="fake") for m in pattern.finditer(rec.text))
            out.append(Extraction(rec.id, mentions=mentions))
        return out

    return extract




def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in NONDETERMINISTIC and "store" not in p.relative_to(out).parts[:1]}


def _fake_build(inputs, out, **kw):
    kw.setdefault("exports", [])
    kw.setdefault("workers", 1)
    return build(inputs, out, progress=False, extractor=fake_extractor_factory, **kw)


# ----------------------------------------------------------------------------------------------
# build_graph: the pure core
def _rec(pid: str, text: str) -> PaperRecord:
    return PaperRecord(pid, text, "")


def test_builder_graph_aggregates_relation_support_across_papers():
    s = "BLIP-2 outperforms Flamingo."
    recs = [_rec("arxiv:1", s), _rec("arxiv:2", s)]
    exs = []
    for r in recs:
        ms = (Mention(r.id, "METHOD", "BLIP-2", 0, 6, sentence=s), Mention(r.id, "METHOD", "Flamingo", 19, 27, sentence=s))
        rel = Relation(r.id, "outperforms", "BLIP-2", "METHOD", 0, 6, "Flamingo", "METHOD", 19, 27, sentence=s,
                       extractor="kg_relations", confidence=0.5)
        exs.append(Extraction(r.id, mentions=ms, relations=(rel,)))
    kg = build_graph(recs, exs)
    edge = kg.g.edges["method/blip-2", "method/flamingo", "outperforms"]
    assert edge["support"] == 2
    assert edge["confidence"] == 0.75  # noisy-OR of 0.5 and 0.5
    assert [e["paper"] for e in edge["evidence"]] == ["paper/arxiv:1", "paper/arxiv:2"]
    assert kg.node("method/blip-2")["paper_count"] == 2


def test_builder_graph_results_and_proposes():
    text = "We propose LoRA. LoRA reaches 80.5% accuracy on GLUE."
    rec = _rec("arxiv:3", text)
    ms = (Mention(rec.id, "METHOD", "LoRA", 11, 15, proposed=True), Mention(rec.id, "METHOD", "LoRA", 17, 21),
          Mention(rec.id, "METRIC", "accuracy", 37, 45), Mention(rec.id, "DATASET", "GLUE", 49, 53))
    res = Result(rec.id, "80.5", "%", "80.5%", 31, 36, metric="accuracy", dataset="GLUE", method="LoRA", extractor="kg_results")
    kg = build_graph([rec], [Extraction(rec.id, mentions=ms, results=(res,))])
    (result_id, result), = list(kg.results())
    assert result["label"] == "80.5% accuracy on GLUE"
    assert {k for _, _, k, _ in kg.sorted_edges() if _ == _} >= {"proposes", "mentions", "reports", "result_method",
                                                                 "result_dataset", "result_metric"}
    assert kg.g.has_edge("paper/arxiv:3", "method/lora", "proposes")
    assert kg.node("method/lora")["mention_count"] == 2
    assert kg.g.has_edge(result_id, "dataset/glue", "result_dataset")


def test_builder_graph_drops_relation_of_wrong_types():
    s = "GLUE outperforms BERT."
    rec = _rec("arxiv:4", s)
    ms = (Mention(rec.id, "DATASET", "GLUE", 0, 4), Mention(rec.id, "METHOD", "BERT", 17, 21))
    rel = Relation(rec.id, "outperforms", "GLUE", "DATASET", 0, 4, "BERT", "METHOD", 17, 21)
    kg = build_graph([rec], [Extraction(rec.id, mentions=ms, relations=(rel,))])
    assert list(kg.sorted_edges("outperforms")) == []


# ----------------------------------------------------------------------------------------------
# The build directory (hand-made extractor)
def test_builder_writes_documented_directory(tmp_path):
    report = _fake_build([A, B], tmp_path / "out")
    out = tmp_path / "out"
    for name in ("build.json", "papers.jsonl", "graph.json", "graph.nt", "timings.json", "extractions/part-00000.jsonl"):
        assert (out / name).is_file(), name
    assert report.records_read == 19 and report.papers == 18
    jsonschema.validate(json.loads((out / "build.json").read_text()), json.loads(schema_path("build.schema.json").read_text()))
    jsonschema.validate(json.loads((out / "graph.json").read_text()), json.loads(schema_path("graph.schema.json").read_text()))
    ids = [json.loads(line)["id"] for line in (out / "papers.jsonl").read_text().splitlines()]
    assert ids == sorted(ids)
    lines = (out / "graph.nt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines))


def test_builder_two_runs_byte_identical(tmp_path):
    _fake_build([A, B], tmp_path / "one", chunk_size=4)
    _fake_build([A, B], tmp_path / "two", chunk_size=4)
    first, second = _files(tmp_path / "one"), _files(tmp_path / "two")
    assert len(first) > 8
    assert first == second


def test_builder_into_equals_one_shot(tmp_path):
    _fake_build([A, B], tmp_path / "oneshot", chunk_size=4)
    _fake_build([A], tmp_path / "incremental", chunk_size=4)
    _fake_build([B], tmp_path / "incremental", chunk_size=4, into=True)
    one, inc = _files(tmp_path / "oneshot"), _files(tmp_path / "incremental")
    assert sorted(one) == sorted(inc)
    for name in one:
        assert one[name] == inc[name], name


def test_builder_into_reextracts_only_new_papers(tmp_path):
    _fake_build([A], tmp_path / "out", chunk_size=4)
    report = _fake_build([B], tmp_path / "out", chunk_size=4, into=True)
    assert report.timings["extracted_papers"] == 10  # B's 11 listings hold one paper A already had
    assert report.timings["reused_papers"] == 8


def test_builder_into_needs_a_build(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E300\]"):
        _fake_build([B], tmp_path / "nothing", into=True)


def test_builder_resume_after_interrupted_extraction(tmp_path):
    out = tmp_path / "out"
    FAIL_AFTER.append(2)
    try:
        with pytest.raises(ConfigError, match=r"\[E303\]"):
            _fake_build([A, B], out, chunk_size=4)
    finally:
        FAIL_AFTER.clear()
    finished = sorted(p.name for p in (out / "extractions").glob("part-*.jsonl"))
    assert len(finished) == 2 and not list((out / "extractions").glob("*.tmp"))
    report = _fake_build([A, B], out, chunk_size=4, resume=True)
    assert report.timings["reused_chunks"] == 2
    _fake_build([A, B], tmp_path / "fresh", chunk_size=4)
    assert _files(out) == _files(tmp_path / "fresh")


def test_builder_resume_ignores_chunks_of_other_texts(tmp_path):
    out = tmp_path / "out"
    _fake_build([A, B], out, chunk_size=4)
    part = out / "extractions" / "part-00001.jsonl"
    lines = part.read_text().splitlines(keepends=True)
    lines[0] = json.dumps({**json.loads(lines[0]), "text_sha1": "0" * 40, "mentions": []}) + "\n"
    part.write_text("".join(lines))
    report = _fake_build([A, B], out, chunk_size=4, resume=True)
    assert report.timings["extracted_papers"] == 1
    _fake_build([A, B], tmp_path / "fresh", chunk_size=4)
    assert _files(out) == _files(tmp_path / "fresh")


def test_builder_exporter_failure_is_export_error(tmp_path, monkeypatch):
    def boom(graph, out_dir, **options):
        raise ValueError("disk on fire")

    monkeypatch.setitem(exporters._entries, "boom", Entry("boom", boom, "fails"))
    with pytest.raises(ExportError, match=r"\[E305\].*'boom'.*disk on fire"):
        _fake_build([A], tmp_path / "out", exports=["boom"])


def test_builder_writes_requested_exports(tmp_path):
    report = _fake_build([A], tmp_path / "out", exports=["turtle", "ntriples"])
    assert report.exports == {"ntriples": ["exports/ntriples/graph.nt"], "turtle": ["exports/turtle/graph.ttl"]}
    assert (tmp_path / "out" / "exports" / "ntriples" / "graph.nt").read_bytes() == (tmp_path / "out" / "graph.nt").read_bytes()


def test_builder_load_graph_needs_a_build(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E020\]"):
        load_graph(tmp_path)


def test_builder_extractions_round_trip(tmp_path):
    _fake_build([A, B], tmp_path / "out", chunk_size=4)
    extractions = list(iter_extractions(tmp_path / "out"))
    assert len(extractions) == 18
    assert [e.paper_id for e in extractions] == sorted(e.paper_id for e in extractions)


# ----------------------------------------------------------------------------------------------
# The real pipeline, end to end
@pytest.fixture(scope="module")
def real_builds(tmp_path_factory):
    base = tmp_path_factory.mktemp("real")
    build([A, B], base / "oneshot", progress=False, workers=1)
    build([A], base / "incremental", progress=False, workers=1)
    build([B], base / "incremental", progress=False, workers=1, into=True)
    return base


def test_builder_real_pipeline_into_equals_one_shot_with_every_export(real_builds):
    one, inc = _files(real_builds / "oneshot"), _files(real_builds / "incremental")
    assert any(name.startswith("exports/") for name in one)
    assert sorted(one) == sorted(inc)
    for name in one:
        assert one[name] == inc[name], name


def test_builder_real_pipeline_runs_every_registered_exporter(real_builds):
    report = json.loads((real_builds / "oneshot" / "build.json").read_text())
    assert sorted(report["exports"]) == sorted(exporters.get_all())
    assert report["store"] == "store"


def test_builder_real_pipeline_two_workers_same_bytes(tmp_path):
    # Both builds run as fresh processes, so both use the extraction code as it is on disk now.
    import subprocess
    import sys

    for _attempt in range(2):
        for name, workers in (("pool", "2"), ("serial", "1")):
            subprocess.run([sys.executable, "-m", "kg", "build", str(A), str(B), "-o", str(tmp_path / name), "--workers",
                            workers, "--chunk-size", "5", "--no-exports", "-q"], check=True)
        manifests = {(tmp_path / n / "extractions" / "manifest.json").read_text() for n in ("pool", "serial")}
        if len(manifests) == 1:
            break
    else:
        pytest.skip("the extraction code changed on disk between the two builds (pipeline fingerprints differ)")
    assert json.loads((tmp_path / "pool" / "timings.json").read_text())["workers"] == 2
    assert _files(tmp_path / "pool") == _files(tmp_path / "serial")


def test_builder_worker_pool_replaced_same_bytes(tmp_path, monkeypatch):
    """A local pool is replaced every WORKER_RECYCLE_CHUNKS chunks; the build's files do not change."""
    import functools

    import kg.builder as builder

    pools = []
    original = builder._extraction_pool
    monkeypatch.setattr(builder, "WORKER_RECYCLE_CHUNKS", 3)
    monkeypatch.setattr(builder, "_extraction_pool", lambda *a: pools.append(1) or original(*a))
    factory = functools.partial(builder.make_extractor, model=False)
    kw = dict(progress=False, exports=[], chunk_size=2, extractor=factory, store=False)
    report = build([A, B], tmp_path / "pool", workers=2, **kw)
    chunks = report.chunks
    assert chunks > 6 and len(pools) == -(-chunks // 3)  # a new pool per 3 chunks
    assert json.loads((tmp_path / "pool" / "timings.json").read_text())["pool_restarts"] == len(pools) - 1
    build([A, B], tmp_path / "serial", workers=1, **kw)
    assert _files(tmp_path / "pool") == _files(tmp_path / "serial")


def test_builder_real_pipeline_outputs_match_schemas(real_builds):
    out = real_builds / "oneshot"
    jsonschema.validate(json.loads((out / "build.json").read_text()), json.loads(schema_path("build.schema.json").read_text()))
    jsonschema.validate(json.loads((out / "graph.json").read_text()), json.loads(schema_path("graph.schema.json").read_text()))


def test_builder_cli_byte_identical_across_processes(tmp_path):
    # A new process has a new hash seed: nothing may depend on set or dict-of-hash order.
    import os
    import subprocess
    import sys

    for _attempt in range(2):
        outputs = []
        for seed in ("1", "2"):
            out = tmp_path / seed
            env = {**os.environ, "PYTHONHASHSEED": seed}
            subprocess.run([sys.executable, "-m", "kg", "build", str(A), str(B), "-o", str(out), "--workers", "1",
                            "--exports", "turtle", "--exports", "jsonld", "-q"], env=env, check=True)
            outputs.append(_files(out))
        if outputs[0]["extractions/manifest.json"] == outputs[1]["extractions/manifest.json"]:
            break
    else:
        pytest.skip("the extraction code changed on disk between the two builds (pipeline fingerprints differ)")
    assert outputs[0] == outputs[1]


def test_builder_real_pipeline_resolves_blip2(real_builds):
    kg = load_graph(real_builds / "oneshot")
    assert kg.find("BLIP-2") and kg.find("BLIP-2") != kg.find("BLIP")


# ----------------------------------------------------------------------------------------------
# CLI
def test_builder_cli_build_stats_export(tmp_path):
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(A), str(B), "-o", str(out), "--no-exports", "-q", "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert (out / "graph.nt").is_file()
    result = runner.invoke(app, ["stats", str(out)])
    assert result.exit_code == 0 and "Paper" in result.stdout and "Suspicious merges" in result.stdout
    result = runner.invoke(app, ["stats", str(out), "--json"])
    assert json.loads(result.stdout)["nodes"]["Paper"] == 18
    result = runner.invoke(app, ["export", str(out), "--to", "turtle", "-o", str(tmp_path / "ttl")])
    assert result.exit_code == 0, result.output
    assert (tmp_path / "ttl" / "graph.ttl").is_file()


def test_builder_cli_export_streams_neo4j_and_ntriples(tmp_path, hostile_graph, monkeypatch):
    """`paperkg export --to neo4j --to ntriples` on a build never loads the graph and writes the in-memory bytes."""
    from exports.neo4j import write_neo4j
    from exports.rdf import write_ntriples

    build_dir = tmp_path / "build"
    build_dir.mkdir()
    hostile_graph.save(build_dir / "graph.json")
    write_ntriples(hostile_graph, build_dir / "graph.nt")
    expected = {}
    for name, writer in (("neo4j", lambda d: write_neo4j(hostile_graph, d, batch_size=2)),
                         ("ntriples", lambda d: [write_ntriples(hostile_graph, d / "graph.nt")])):
        expected[name] = {p.relative_to(tmp_path / "mem" / name).as_posix(): p.read_bytes()
                          for p in writer(tmp_path / "mem" / name)}

    def no_loading(*args, **kwargs):
        raise AssertionError("the graph was loaded")

    monkeypatch.setattr("kg.builder.load_graph", no_loading)
    result = CliRunner().invoke(app, ["export", str(build_dir), "--to", "neo4j", "-O", "batch_size=2"])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(app, ["export", str(build_dir), "--to", "ntriples", "-q"])
    assert result.exit_code == 0, result.output
    for name, files in expected.items():
        root = build_dir / "exports" / name
        assert {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()} == files
    # an exporter that needs the graph loads it (here: the patched loader says so)
    result = CliRunner().invoke(app, ["export", str(build_dir), "--to", "neo4j", "--to", "graphml", "-o", str(tmp_path / "x")])
    assert result.exit_code == 1 and "the graph was loaded" in result.output


@pytest.mark.parametrize(
    "args,code",
    [
        (["build", str(A)], "E307"),  # no output directory
        (["build", str(A), "-o", "x", "--into", "y"], "E306"),  # both
        (["build", str(A), "--into", "{tmp}/none"], "E300"),  # not a build
        (["build", str(A), "-o", "{tmp}/o", "--exports", "nope"], "E003"),  # unknown exporter
        (["stats", "{tmp}"], "E020"),  # not a build
        (["export", "{tmp}", "--to", "turtle"], "E020"),
    ],
)
def test_builder_cli_errors(args, code, tmp_path):
    result = CliRunner().invoke(app, [a.replace("{tmp}", str(tmp_path)) for a in args])
    assert result.exit_code == 1
    assert f"[{code}]" in result.output


# ----------------------------------------------------------------------------------------------
@pytest.mark.slow
def test_issue4_sample_corpus_examples_resolve_and_rdf_conforms(tmp_path):
    repo = Path(__file__).resolve().parent.parent
    report = build([repo / "examples" / "hf-papers"], tmp_path / "out", progress=False, exports=["turtle"])
    assert report.records_read == 979
    assert report.papers == 932
    kg = load_graph(tmp_path / "out")
    assert kg.find("LoRA") == kg.find("Low-Rank Adaptation") == kg.find("low-rank adaptation")
    assert kg.find("Llama 2") == kg.find("LLaMA-2")
    assert kg.find("LLaMA") != kg.find("LLaMA-2")
    assert kg.find("BERT") != kg.find("RoBERTa")
    assert kg.g.has_edge(kg.find("LLaMA-2"), kg.find("LLaMA"), "variant_of")
    assert kg.g.has_edge(kg.find("BLIP-2"), kg.find("BLIP"), "variant_of")
    assert kg.g.has_edge(kg.find("LLaMA-2-7B"), kg.find("LLaMA-2"), "variant_of")
    assert kg.find("ResNet-50") != kg.find("ResNet")
    import pyshacl
    import rdflib

    shapes = rdflib.Graph().parse(schema_path("shapes.ttl"))
    data = rdflib.Graph().parse(tmp_path / "out" / "exports" / "turtle" / "graph.ttl")
    conforms, _, text = pyshacl.validate(data, shacl_graph=shapes)
    assert conforms, text[:2000]


# ----------------------------------------------------------------------------------------------
def title_as_method_factory():
    """Every paper mentions its own title as a METHOD: hostile titles become hostile entity names."""

    def extract(records):
        return [Extraction(r.id, mentions=(Mention(r.id, "METHOD", r.title, 0, len(r.title), sentence=r.title,
                                                   extractor="fake"),) if r.title.strip() else ()) for r in records]

    return extract


def test_builder_hostile_records_make_valid_rdf(tmp_path, hostile_graph):
    import pyshacl
    import rdflib

    hostile = [data["title"] for _, data in hostile_graph.papers()]  # the strings of conftest.HOSTILE_STRINGS

    corpus = tmp_path / "hostile.jsonl"
    rows = [{"id": f"h{i}", "title": text or "untitled", "abstract": f"{text} abstract {i}", "authors": [text, "O'Brien"]}
            for i, text in enumerate(hostile)]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    build([corpus], out, progress=False, workers=1, extractor=title_as_method_factory,
          exports=["turtle", "ntriples", "jsonld", "rdfxml"])
    shapes = rdflib.Graph().parse(schema_path("shapes.ttl"))
    graphs = {}
    for name, (filename, fmt) in {"turtle": ("graph.ttl", "turtle"), "ntriples": ("graph.nt", "nt"),
                                  "jsonld": ("graph.jsonld", "json-ld"), "rdfxml": ("graph.rdf", "xml")}.items():
        graphs[name] = rdflib.Graph().parse(out / "exports" / name / filename, format=fmt)
        conforms, _, text = pyshacl.validate(graphs[name], shacl_graph=shapes)
        assert conforms, (name, text[:1000])
    from rdflib.compare import isomorphic

    assert all(isomorphic(graphs["ntriples"], g) for g in graphs.values())
    labels = {str(o) for o in graphs["turtle"].objects(None, rdflib.RDFS.label)}
    titles = {json.loads(line)["title"] for line in (out / "papers.jsonl").read_text(encoding="utf-8").splitlines()}
    assert "</script><script>alert(1)</script>" in titles
    assert titles <= labels  # every title as the reader left it, as paper label and as entity label


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_builder_graph_json_is_streamed_canonically(fixture, request, tmp_path):
    from kg.graph import KnowledgeGraph, dumps_canonical

    kg = request.getfixturevalue(fixture)
    path = kg.save(tmp_path / "graph.json")
    assert path.read_text(encoding="utf-8") == dumps_canonical(kg.to_dict())
    assert KnowledgeGraph.load(path).to_dict() == kg.to_dict()


# ----------------------------------------------------------------------------------------------
# Streaming assembly: the same bytes as the in-memory graph, whatever the runs and batches
def _hand_resolution():
    from kg.resolve import Resolution, ResolvedEntity

    entities = {
        "method/lora": ResolvedEntity("method/lora", "LoRA", "method", ("LoRA", "Low-Rank Adaptation"), ("lora",)),
        "method/llama": ResolvedEntity("method/llama", "LLaMA", "method", ("LLaMA",), ("llama",), attested=False),
        "method/llama-2": ResolvedEntity("method/llama-2", "LLaMA-2", "method", ("LLaMA-2",), ("llama2",)),
        # Never mentioned, no variant: edges to it are dropped ...
        "method/orphan": ResolvedEntity("method/orphan", "Orphan", "method", ("Orphan",), ("orphan",), attested=False),
        # ... unless a mention the resolver did not count (an unknown label) names it.
        "method/late": ResolvedEntity("method/late", "Late", "method", ("Late",), ("late",), attested=False),
        "dataset/glue": ResolvedEntity("dataset/glue", "GLUE", "dataset", ("GLUE",), ("glue",)),
        "metric/accuracy": ResolvedEntity("metric/accuracy", "accuracy", "metric", ("accuracy",), ("accuracy",)),
    }
    key_to_node = {k: n for n, e in entities.items() for k in e.keys}
    return Resolution(entities, key_to_node, [("method/llama-2", "method/llama")])


def _hand_corpus():
    hostile = 'say "hi"\n\t\\ \u2028 </script> \x1e é'
    recs, exs = [], []
    for i in range(7):
        pid = f"arxiv:2301.{i:05d}"
        sentence = f"Sentence {i}: LoRA beats LLaMA-2 on GLUE. {hostile if i % 2 else ''}"
        recs.append(PaperRecord(pid, f"Title {i} {hostile}", sentence, authors=("A. B", hostile)))
        ms = [Mention(pid, "METHOD", "LoRA", 13, 17, sentence=sentence, extractor="kg_rules", confidence=0.8,
                      proposed=i % 3 == 0),
              Mention(pid, "METHOD", "LLaMA-2", 24, 31, sentence=sentence, extractor="kg_gazetteer", confidence=0.9),
              Mention(pid, "DATASET", "GLUE", 35, 39, sentence=sentence, extractor="kg_gazetteer"),
              Mention(pid, "METRIC", "accuracy", 46, 54, sentence=sentence, extractor="kg_rules")]
        if i == 5:
            ms.append(Mention(pid, "OTHER", "Late", 0, 4, sentence=sentence, extractor="kg_rules"))
        rels = [Relation(pid, "outperforms", "LoRA", "METHOD", 13, 17, "LLaMA-2", "METHOD", 24, 31, sentence=sentence,
                         extractor="kg_relations", confidence=0.5 + i / 100),
                Relation(pid, "evaluated_on", "LoRA", "METHOD", 13, 17, "GLUE", "DATASET", 35, 39, sentence=sentence,
                         extractor="kg_relations"),
                Relation(pid, "outperforms", "GLUE", "DATASET", 35, 39, "LoRA", "METHOD", 13, 17),  # wrong types
                Relation(pid, "proposes", "", "", 0, 0, "Orphan", "METHOD", 0, 6, sentence=sentence),
                Relation(pid, "proposes", "", "", 0, 0, "Late", "METHOD", 0, 4, sentence=sentence),
                Relation(pid, "proposes", "", "", 0, 0, "LLaMA", "METHOD", 0, 5, sentence=sentence),
                # the same span read twice: evidence equal but for confidence keeps its reading order
                Relation(pid, "based_on", "LoRA", "METHOD", 13, 17, "LLaMA-2", "METHOD", 24, 31, sentence=sentence,
                         extractor="kg_relations", confidence=0.95),
                Relation(pid, "based_on", "LoRA", "METHOD", 13, 17, "LLaMA-2", "METHOD", 24, 31, sentence=sentence,
                         extractor="kg_relations", confidence=0.5),
                # a stated variant_of the resolution also links: the resolution's edge replaces it
                Relation(pid, "variant_of", "LLaMA-2", "METHOD", 24, 31, "LLaMA", "METHOD", 24, 29, sentence=sentence,
                         extractor="kg_relations", confidence=0.6)]
        results = [Result(pid, "80.5", "%", "80.5%", 40, 45, metric="accuracy", dataset="GLUE", method="Orphan",
                          sentence=sentence, extractor="kg_results", confidence=0.7)] * (1 + i % 2)  # a repeated span
        exs.append(Extraction(pid, mentions=tuple(ms), relations=tuple(rels), results=tuple(results)))
    return recs, exs


@pytest.mark.parametrize("budget,compress", [(100, True), (100, False), (10**8, True)])
def test_builder_stream_assembly_equals_in_memory_graph(tmp_path, monkeypatch, budget, compress):
    import kg.builder as builder
    from exports.rdf import write_ntriples

    monkeypatch.setattr(builder, "RUN_BUDGET_CHARS", budget)
    res = _hand_resolution()
    recs, exs = _hand_corpus()
    memory = build_graph(recs, exs, resolution=res)
    assert "method/late" in memory.g and "method/orphan" not in memory.g and "method/llama" in memory.g
    assert memory.g.has_edge("paper/arxiv:2301.00005", "method/late", "proposes")
    used = memory.g.edges["method/lora", "method/llama-2", "based_on"]["evidence"]
    assert [e["confidence"] for e in used[:2]] == [0.95, 0.5]  # a tie of _evidence_key: reading order
    assert memory.g.edges["method/llama-2", "method/llama", "variant_of"]["evidence"][0]["extractor"] == "kg_resolve"

    runs = tmp_path / "runs"
    runs.mkdir()
    stream = builder._StreamAssembler(res, runs, compress=compress)
    for rec, ex in zip(recs, exs):
        stream.add(rec, ex)
    stream.finish()
    assert stream.out.counts() == memory.counts()
    stream.out.write_graph_json(tmp_path / "graph.json")
    stream.out.write_ntriples(tmp_path / "graph.nt")
    assert list(runs.iterdir()) == []  # runs are deleted once merged
    assert (tmp_path / "graph.json").read_bytes() == memory.save(tmp_path / "memory.json").read_bytes()
    assert (tmp_path / "graph.nt").read_bytes() == write_ntriples(memory, tmp_path / "memory.nt").read_bytes()


@pytest.mark.parametrize("fixture", ["graph", "hostile_graph"])
def test_builder_json_writer_equals_json_dumps(fixture, request):
    from kg.builder import _edge_json, _json_item

    data = request.getfixturevalue(fixture).to_dict()
    for item in data["nodes"] + data["edges"]:
        assert _json_item(item).replace("\x1e", "\n") == json.dumps(item, ensure_ascii=False, sort_keys=True, indent=1)
    for edge in data["edges"]:
        rest = {k: v for k, v in edge.items() if k not in ("source", "target", "relation")}
        assert _edge_json(edge["source"], edge["target"], edge["relation"], rest) == _json_item(edge)


def test_builder_resolution_during_extraction_equals_two_passes(tmp_path, monkeypatch):
    """The build resolves each part as extraction writes it (in descending chunk order, reused
    parts read back after): the same resolution as reading every part in order."""
    import kg.builder as builder
    from kg.resolve import Resolver

    seen = {}
    original = builder.resolve_build

    def spy(out, **kw):
        seen["skip"] = set(kw.get("skip", ()))
        seen["resolution"] = resolution = original(out, **kw)
        return resolution

    monkeypatch.setattr(builder, "resolve_build", spy)
    out = tmp_path / "out"
    _fake_build([A, B], out, chunk_size=2)
    assert seen["skip"] == set(range(9))  # every part resolved while it was written
    assert seen["resolution"] == original(out, workers=1)
    # --resume with every chunk finished: nothing was extracted, every part is read back
    _fake_build([A, B], out, chunk_size=2, resume=True)
    assert seen["skip"] == set() and seen["resolution"] == original(out, workers=1)
    # a resolver holding some parts, the others read: the same decisions
    parts = builder._part_paths(out / "extractions")
    partial = Resolver()
    for part in parts[5:]:
        partial.merge(builder._resolve_parts([str(part)]))
    assert original(out, resolver=partial, skip={5, 6, 7, 8}) == original(out, workers=2)


def test_builder_parallel_assembly_same_bytes(tmp_path, monkeypatch):
    import kg.builder as builder

    out = tmp_path / "out"
    _fake_build([A, B], out, chunk_size=2)
    monkeypatch.setattr(builder, "ASSEMBLY_BATCH_CHUNKS", 2)  # 9 chunks: 5 batches over 2 processes
    resolution = builder.resolve_build(out, workers=2)
    assert resolution == builder.resolve_build(out, workers=1)
    # Pass 1 builds mentions and abbreviations only: the same decisions as from whole extractions.
    from kg.resolve import resolve_extractions

    assert resolution == resolve_extractions(builder.iter_extractions(out))
    runs = tmp_path / "runs"
    runs.mkdir()
    # Compressed runs (a large build's) in the workers give the bytes of the build's plain runs.
    assembler = builder.assemble_build(out, resolution, runs, chunk_size=2, workers=2, compress=True)
    assert assembler.out.triples.paths and all(p.suffix == ".gz" for p in assembler.out.triples.paths)
    assembler.out.write_graph_json(tmp_path / "graph.json")
    assembler.out.write_ntriples(tmp_path / "graph.nt")
    assert (tmp_path / "graph.json").read_bytes() == (out / "graph.json").read_bytes()
    assert (tmp_path / "graph.nt").read_bytes() == (out / "graph.nt").read_bytes()
    assert assembler.out.counts() == json.loads((out / "build.json").read_text())["graph"]


def test_builder_merge_to_jsonl_runs_same_bytes(tmp_path):
    """Records spilled in sorted runs merge into the file one in-memory run gives."""
    from kg.builder import merge_to_jsonl

    recs = [PaperRecord(f"arxiv:{n % 7}", f"Title {n} \u00e9\u2028", f"Abstract {n}\nline") for n in range(30)]
    one, many = tmp_path / "one.jsonl", tmp_path / "many.jsonl"
    assert merge_to_jsonl(recs, one) == merge_to_jsonl(recs, many, run_size=4) == 7
    assert many.read_bytes() == one.read_bytes()
    assert [json.loads(line)["id"] for line in one.read_bytes().splitlines()] == \
        sorted(f"arxiv:{n}" for n in range(7))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.jsonl", "one.jsonl"]  # runs removed


@pytest.mark.parametrize("seed", range(4))
def test_builder_runs_merge_in_blocks_same_lines(tmp_path, monkeypatch, seed):
    """The block merge of sorted runs (plain and gzip, tiny blocks) gives the lines sorted() gives, duplicates
    across runs and blocks included, and removes them under ``unique``."""
    import random

    import kg.builder as builder

    rng = random.Random(seed)
    monkeypatch.setattr(builder, "_MERGE_BLOCK_CHARS", rng.choice([1, 7, 50]))
    monkeypatch.setattr(builder, "_MERGE_BLOCK_LINES", rng.choice([1, 3, 10]))
    words = [f"{rng.choice('ab')}{rng.randrange(40)}\x00\u00e9\x1e" for _ in range(60)]
    lines = [f"{rng.choice(words)}{rng.choice(['', 'x', 'yy'])}\n" for _ in range(400)]
    for unique in (False, True):
        runs = builder._Runs(tmp_path, f"r{unique}", budget=rng.randrange(20, 400), compress=bool(seed % 2))
        for line in lines:
            runs.add(line)
        assert len(runs.paths) > 1
        expected = sorted(set(lines)) if unique else sorted(lines)
        assert list(runs.merged(unique=unique)) == expected
    assert not list(tmp_path.iterdir())


def test_merge_blocks_empty_blocks_anywhere():
    """An empty block, first or later, ends no run (every run's lines are merged)."""
    import random

    from kg.builder import _merge_blocks

    rng = random.Random(0)
    for _ in range(500):
        runs = [sorted(rng.choice("abcdxyz") for _ in range(rng.randrange(12))) for _ in range(rng.randint(1, 5))]
        sources = []
        for run in runs:
            blocks, i = [], 0
            while i < len(run) or rng.random() < 0.3:
                k = rng.randrange(4)
                blocks.append(run[i:i + k])
                i += k
            sources.append(iter(blocks))
        out = list(_merge_blocks(sources))
        assert all(out) and [x for b in out for x in b] == sorted(x for run in runs for x in run)


def test_builder_large_build_skips_whole_graph_exporters(tmp_path, monkeypatch):
    import kg.builder as builder

    monkeypatch.setattr(builder, "EXPORT_GRAPH_MAX_PAPERS", 5)
    out = tmp_path / "out"
    report = _fake_build([A], out, exports=None)
    # N-Triples streams from graph.nt and Neo4j from graph.json; the others would need the whole graph in memory.
    assert sorted(report.exports) == ["neo4j", "ntriples"]
    assert (out / "exports" / "ntriples" / "graph.nt").read_bytes() == (out / "graph.nt").read_bytes()
    from exports.neo4j import write_neo4j

    expected = tmp_path / "neo4j-in-memory"
    paths = write_neo4j(builder.load_graph(out), expected)
    assert report.exports["neo4j"] == sorted(f"exports/neo4j/{p.relative_to(expected).as_posix()}" for p in paths)
    for path in paths:
        assert (out / "exports" / "neo4j" / path.relative_to(expected)).read_bytes() == path.read_bytes()
    assert len(report.messages) == 1 and "[W300]" in report.messages[0] and "turtle" in report.messages[0]
    assert "neo4j" not in report.messages[0]
    assert "exports_skipped" in json.loads((out / "timings.json").read_text())
    # Asked for by name, an exporter runs whatever the size.
    report = _fake_build([A], tmp_path / "asked", exports=["turtle"])
    assert report.exports == {"turtle": ["exports/turtle/graph.ttl"]} and not report.messages


@pytest.mark.parametrize("compress", [True, False])
def test_builder_runs_spill_and_merge_in_order(tmp_path, compress):
    import gzip

    from kg.builder import _Runs

    runs = _Runs(tmp_path, "t", budget=10, compress=compress)
    lines = [f"{n % 7}-{n}\x1e\u00e9\u2028\n" for n in range(40)] + ["0-0\n"]
    for line in lines:
        runs.add(line)
    assert len(runs.paths) > 3
    # Compressed runs are gzip files any tool reads; plain ones are the lines as they are.
    first = runs.paths[0]
    text = gzip.decompress(first.read_bytes()) if compress else first.read_bytes()
    assert first.name.endswith(".gz") == compress
    assert text.decode("utf-8") == "".join(sorted(lines[:text.count(b"\n")]))  # the first lines added, sorted
    assert runs.disk_bytes() == sum(p.stat().st_size for p in runs.paths) > 0
    assert list(runs.merged()) == sorted(lines)
    assert list(tmp_path.iterdir()) == []
    for line in lines:
        runs.add(line)
    assert list(runs.merged(unique=True)) == sorted(set(lines))
