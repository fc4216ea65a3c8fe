"""kg.store: bulk loading a build's N-Triples into OUT/store atomically, opening it read-only."""

from __future__ import annotations

import time
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import ConfigError, QueryError
from kg.store import NAME_KEY, NAMES_GRAPH, STORE_DIR, create_store, name_key, open_store

FIXTURE = Path(__file__).parent / "data" / "query" / "fixture.ttl"
ID = "https://w3id.org/paperkg/id/"


def write_nt(path: Path, source: Path = FIXTURE) -> Path:
    """The fixture graph as N-Triples (what the builder writes as OUT/graph.nt)."""
    path.write_bytes(ox.serialize(ox.parse(path=str(source)), format=ox.RdfFormat.N_TRIPLES))
    return path


def _norm(term):
    # RocksDB-backed oxigraph stores xsd:decimal by value: "92.0" reads back as "92".
    if isinstance(term, ox.Literal) and term.datatype.value.endswith("#decimal"):
        return ("decimal", Decimal(term.value))
    return term


def parsed(path: Path) -> set:
    return {(q.subject, q.predicate, _norm(q.object)) for q in ox.parse(path=str(path))}


def default_graph(store: ox.Store) -> set:
    return {(q.subject, q.predicate, _norm(q.object)) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def test_create_store_loads_every_triple(tmp_path):
    nt = write_nt(tmp_path / "graph.nt")
    path = create_store(tmp_path, nt)
    assert path == tmp_path / STORE_DIR
    expected = parsed(nt)
    assert default_graph(open_store(tmp_path)) == expected
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "store"]  # no temporary directory left


def test_create_store_loads_a_file_without_its_final_newline(tmp_path):
    """The name index follows graph.nt in one stream: a valid file whose last line has no newline still loads."""
    nt = write_nt(tmp_path / "graph.nt")
    nt.write_bytes(nt.read_bytes().rstrip(b"\n"))
    create_store(tmp_path, nt)
    store = open_store(tmp_path)
    assert default_graph(store) == parsed(nt)
    assert list(store.quads_for_pattern(None, ox.NamedNode(NAME_KEY), None, ox.NamedNode(NAMES_GRAPH)))


def test_create_store_adds_name_index_in_its_own_graph(tmp_path):
    create_store(tmp_path, write_nt(tmp_path / "graph.nt"))
    store = open_store(tmp_path)
    keys = {q.object.value for q in store.quads_for_pattern(ox.NamedNode("https://w3id.org/paperkg/id/method/lora"),
                                                            ox.NamedNode(NAME_KEY), None, ox.NamedNode(NAMES_GRAPH))}
    assert keys == {"lora", "low rank adaptation"}
    assert not list(store.quads_for_pattern(None, ox.NamedNode(NAME_KEY), None, ox.DefaultGraph()))


def test_create_store_replaces_previous_store(tmp_path):
    create_store(tmp_path, write_nt(tmp_path / "graph.nt"))
    small = tmp_path / "small.nt"
    small.write_text('<http://e/a> <http://e/p> "only" .\n', encoding="utf-8")
    create_store(tmp_path, small)
    assert default_graph(open_store(tmp_path)) == {(ox.NamedNode("http://e/a"), ox.NamedNode("http://e/p"), ox.Literal("only"))}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "small.nt", "store"]


def test_create_store_corrupt_file_keeps_previous_store(tmp_path):
    nt = write_nt(tmp_path / "graph.nt")
    create_store(tmp_path, nt)
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://e/a> <http://e/p> "unterminated .\n', encoding="utf-8")
    with pytest.raises(QueryError, match=r"\[E460\].*bad\.nt"):
        create_store(tmp_path, bad)
    assert default_graph(open_store(tmp_path)) == parsed(nt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.nt", "graph.nt", "store"]


def test_create_store_streams_a_graph_larger_than_the_pipe(tmp_path):
    """graph.nt reaches the loader through a pipe, the scan's name index after it: nothing lost at the seams."""
    nt = tmp_path / "graph.nt"
    lines = [f'<{ID}method/m{i}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/paperkg/vocab#Method> .\n'
             f'<{ID}method/m{i}> <http://www.w3.org/2000/01/rdf-schema#label> "Method {i} \\u00e9" .\n' for i in range(4000)]
    nt.write_text("".join(lines), encoding="utf-8")
    assert nt.stat().st_size > 8 * 65536  # several times a pipe's buffer
    create_store(tmp_path, nt)
    store = open_store(tmp_path)
    assert default_graph(store) == parsed(nt)
    keys = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(NAME_KEY), None, ox.NamedNode(NAMES_GRAPH))}
    assert keys == {f"method {i} é" for i in range(4000)}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "store"]  # no pipe, no scan file left


def test_create_store_scan_error_keeps_previous_store(tmp_path, monkeypatch):
    import kg.store

    nt = write_nt(tmp_path / "graph.nt")
    create_store(tmp_path, nt)
    before = _all_quads(tmp_path)

    def broken(*args, **kwargs):
        raise ValueError("the scan failed")

    monkeypatch.setattr(kg.store.Facts, "scan", broken)
    with pytest.raises(QueryError, match=r"\[E460\].*the scan failed"):
        create_store(tmp_path, nt)
    assert _all_quads(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "store"]


def test_create_store_missing_file(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E001\]"):
        create_store(tmp_path, tmp_path / "nope.nt")


def test_open_store_not_a_build_dir(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E020\]"):
        open_store(tmp_path / "missing")
    with pytest.raises(ConfigError, match=r"\[E020\]"):
        open_store(tmp_path)


def test_open_store_build_without_store(tmp_path):
    (tmp_path / "build.json").write_text("{}", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"\[E459\]"):
        open_store(tmp_path)


def test_open_store_read_only_refuses_writes(tmp_path):
    create_store(tmp_path, write_nt(tmp_path / "graph.nt"))
    store = open_store(tmp_path)
    with pytest.raises((OSError, RuntimeError), match="read-write|read-only"):
        store.update('INSERT DATA { <http://e/a> <http://e/p> "x" }')
    assert not list(store.quads_for_pattern(ox.NamedNode("http://e/a"), None, None))


def test_open_store_two_readers_at_once(tmp_path):
    create_store(tmp_path, write_nt(tmp_path / "graph.nt"))
    first, second = open_store(tmp_path), open_store(tmp_path)
    assert len(default_graph(first)) == len(default_graph(second)) > 100


@pytest.mark.parametrize(("text", "key"), [
    ("LoRA", "lora"),                                   # case folded
    ("Low-Rank  Adaptation", "low rank adaptation"),    # punctuation runs become one space
    ("ＧＳＭ８Ｋ", "gsm8k"),                              # NFKC folds full-width forms
    ("arxiv:2106.09685", "arxiv 2106 09685"),           # ids and their bare forms share a key tail
])
def test_name_key(text, key):
    assert name_key(text) == key


def test_derived_graph_is_apart_and_built_from_any_format(tmp_path):
    """The precomputed lists live in their own named graph; a Turtle input gets them too."""
    from kg.store import DERIVED_GRAPH, STORE_VOCAB, top_size

    nt_dir, ttl_dir = tmp_path / "nt", tmp_path / "ttl"
    nt_dir.mkdir()
    create_store(nt_dir, write_nt(nt_dir / "graph.nt"))
    create_store(ttl_dir, FIXTURE)
    lists = []
    for out in (nt_dir, ttl_dir):
        store = open_store(out)
        assert top_size(store) == 100
        derived = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None,
                                                                                       ox.NamedNode(DERIVED_GRAPH))}
        assert not any(q.predicate.value.startswith(STORE_VOCAB) for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
        lists.append(derived)
    assert lists[0] == lists[1] and len(lists[0]) > 20
    lora, qlora_x = (ox.NamedNode(ID + x) for x in ("method/lora", "method/qlora-x"))
    assert (lora, ox.NamedNode(STORE_VOCAB + "lineageDown"), qlora_x) in lists[0]  # transitive: QLoRA-X → QLoRA → LoRA
    assert sorted(p.name for p in ttl_dir.iterdir()) == ["store"]  # the N-Triples dump made for the scan is gone


def test_scan_ntriples_reads_escapes_and_skips_lookalikes(tmp_path):
    from kg.store import scan_ntriples

    label = "http://www.w3.org/2000/01/rdf-schema#label"
    nt = tmp_path / "g.nt"
    nt.write_text(
        f'<http://e/a> <{label}> "say \\"hi\\"\\n\\u00E9t\\u00E9" .\n'
        f'<http://e/b> <http://e/note> "text with > <{label}> inside" .\r\n'
        f'<http://e/c> <{label}> "no newline at the end" .', encoding="utf-8")
    facts = scan_ntriples(nt, (label, "http://e/none"))
    assert facts == {label: [("http://e/a", ('say "hi"\nété', None)), ("http://e/c", ("no newline at the end", None))],
                     "http://e/none": []}


def test_extras_do_not_depend_on_line_order(tmp_path):
    """Names and statements may come before the types and predicates that decide whether they count:
    the name index and the derived lists of a shuffled graph.nt are the same as of the sorted one."""
    import random

    from kg.store import DERIVED_GRAPH, STORE_VOCAB

    lines = write_nt(tmp_path / "graph.nt").read_text(encoding="utf-8").splitlines(keepends=True)
    graphs = []
    for name, order in (("sorted", sorted(lines)), ("shuffled", random.Random(3).sample(lines, len(lines))),
                        ("reversed", sorted(lines, reverse=True))):
        out = tmp_path / name
        out.mkdir()
        (out / "graph.nt").write_text("".join(order), encoding="utf-8")
        create_store(out, out / "graph.nt")
        store = open_store(out)
        graphs.append([{(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(g))}
                       for g in (NAMES_GRAPH, DERIVED_GRAPH)])
        assert sorted(p.name for p in out.iterdir()) == ["graph.nt", "store"]  # no spill or extras file left
    names, derived = graphs[0]
    assert graphs[1] == graphs[2] == graphs[0]
    assert len(names) > 20
    used = {t[1].value[len(STORE_VOCAB):] for t in derived}
    assert {"topEntity", "topOutperforms", "lineageUp", "topMethodOn", "onBoard"} <= used


def test_start_store_loads_in_background_and_wait_moves_it_into_place(tmp_path):
    from kg.store import start_store

    nt = write_nt(tmp_path / "graph.nt")
    with start_store(tmp_path, nt) as loading:
        assert not (tmp_path / STORE_DIR).exists()  # nothing in place before wait()
        assert loading.wait() == tmp_path / STORE_DIR
        with pytest.raises(RuntimeError):
            loading.wait()
    assert default_graph(open_store(tmp_path)) == parsed(nt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "store"]


def test_start_store_abandoned_keeps_previous_store(tmp_path):
    from kg.store import start_store

    nt = write_nt(tmp_path / "graph.nt")
    create_store(tmp_path, nt)
    small = tmp_path / "small.nt"
    small.write_text('<http://e/a> <http://e/p> "only" .\n', encoding="utf-8")
    with pytest.raises(KeyError):
        with start_store(tmp_path, small):
            raise KeyError("the builder failed while the store was loading")
    assert default_graph(open_store(tmp_path)) == parsed(nt)  # the old store, untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.nt", "small.nt", "store"]  # no temporary store left


def test_start_store_corrupt_file_fails_at_wait(tmp_path):
    from kg.store import start_store

    bad = tmp_path / "bad.nt"
    bad.write_text('<http://e/a> <http://e/p> "unterminated .\n', encoding="utf-8")
    with start_store(tmp_path, bad) as loading:
        with pytest.raises(QueryError, match=r"\[E460\]"):
            loading.wait()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.nt"]


def _all_quads(out: Path) -> set:
    return {(q.subject, q.predicate, _norm(q.object), q.graph_name)
            for q in open_store(out).quads_for_pattern(None, None, None, None)}


def test_start_store_in_a_child_process_equals_the_thread(tmp_path):
    from kg.store import ChildStoreLoad, StoreLoad, start_store

    nt = write_nt(tmp_path / "graph.nt")
    stores = {}
    for process in (False, True):
        out = tmp_path / f"process-{process}"
        with start_store(out, nt, process=process) as load:
            assert isinstance(load, ChildStoreLoad if process else StoreLoad)
            assert load.wait() == out / STORE_DIR
        assert sorted(p.name for p in out.iterdir()) == ["store"]  # no temporary directory left
        stores[process] = _all_quads(out)
    assert stores[True] == stores[False]
    assert any(q[3] == ox.NamedNode(NAMES_GRAPH) for q in stores[True])  # name index and top lists came along


def test_start_store_child_process_error_keeps_previous_store(tmp_path):
    from kg.store import start_store

    nt = write_nt(tmp_path / "graph.nt")
    create_store(tmp_path, nt)
    before = _all_quads(tmp_path)
    bad = tmp_path / "bad.nt"
    bad.write_text('<http://e/a> <http://e/p> "unterminated .\n', encoding="utf-8")
    with start_store(tmp_path, bad, process=True) as load:
        with pytest.raises(QueryError, match=r"\[E460\]"):
            load.wait()
    assert _all_quads(tmp_path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.nt", "graph.nt", "store"]


def test_start_store_child_process_closed_unfinished_leaves_nothing(tmp_path):
    from kg.store import start_store

    nt = write_nt(tmp_path / "graph.nt")
    for delay in (0.0, 1.0):  # before the child starts, and most likely while it works
        out = tmp_path / f"out-{delay}"
        with start_store(out, nt, process=True):
            time.sleep(delay)  # an error in the caller before wait(): the child is stopped, its files removed
        assert list(out.iterdir()) == []


def test_start_store_picks_a_child_process_for_large_files(tmp_path, monkeypatch):
    import kg.store
    from kg.store import ChildStoreLoad, StoreLoad, start_store

    nt = write_nt(tmp_path / "graph.nt")
    monkeypatch.setattr(kg.store, "PROCESS_MIN_BYTES", nt.stat().st_size + 1)
    with start_store(tmp_path / "a", nt) as load:
        assert isinstance(load, StoreLoad)
        load.wait()
    monkeypatch.setattr(kg.store, "PROCESS_MIN_BYTES", nt.stat().st_size)
    with start_store(tmp_path / "b", nt) as load:
        assert isinstance(load, ChildStoreLoad)
        load.wait()
    assert _all_quads(tmp_path / "a") == _all_quads(tmp_path / "b")


def test_lineage_lists_are_cut_at_top_k(tmp_path, monkeypatch):
    """Every method's lineage list holds at most TOP_K entries (the closures grow faster than the graph),
    and the name index and the lists, loaded together, are both there."""
    import kg.store
    from kg.store import DERIVED_GRAPH, NAMES_GRAPH, STORE_VOCAB, top_size

    nt = write_nt(tmp_path / "graph.nt")
    counts = {}
    for top in (1, 100):
        monkeypatch.setattr(kg.store, "TOP_K", top)
        out = tmp_path / f"top-{top}"
        create_store(out, nt)
        store = open_store(out)
        assert top_size(store) == top
        per_method = Counter(q.subject.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(DERIVED_GRAPH))
                             if q.predicate.value in (STORE_VOCAB + "lineageUp", STORE_VOCAB + "lineageDown"))
        assert per_method and max(per_method.values()) <= top
        assert next(store.quads_for_pattern(None, None, None, ox.NamedNode(NAMES_GRAPH)), None) is not None
        counts[top] = sum(per_method.values())
        del store
    assert counts[1] < counts[100]  # the fixture has methods with more than one relative


def _lineage_by_closures(up, down, label, papers, top):
    """The lineage lists as first written: every closure in full, its rows sorted, cut at ``top``."""
    from kg.store import _desc_missing_last

    def reach(start, edges):
        seen, todo = set(), list(edges.get(start, ()))
        while todo:
            node = todo.pop()
            if node not in seen:
                seen.add(node)
                todo.extend(edges.get(node, ()))
        return seen

    out = []
    for m in sorted(set(up) | set(down)):
        rows = []
        for direction, edges in ((0, up), (1, down)):
            for e in reach(m, edges) - {m}:
                if e in label:
                    rows.append((direction, e not in edges.get(m, ()), _desc_missing_last(papers.get(e)), label[e], e))
        out += [(m, direction, e) for direction, *_, e in sorted(rows)[:top]]
    return out


@pytest.mark.parametrize("seed", range(40))
def test_lineage_from_group_lists_equals_every_closure(seed):
    """Random link graphs with cycles, self-links, unlabelled nodes, ties and hubs: the per-group lists give
    the rows the full closures give."""
    import random

    from kg.store import _lineage

    rng = random.Random(seed)
    nodes = [f"n{i}" for i in range(rng.randint(2, 60))]
    up: dict[str, set[str]] = {}
    down: dict[str, set[str]] = {}
    for _ in range(rng.randint(1, 150)):
        s = rng.choice(nodes[:5]) if rng.random() < 0.2 else rng.choice(nodes)  # a few hubs
        o = rng.choice(nodes[:5]) if rng.random() < 0.3 else rng.choice(nodes)
        up.setdefault(s, set()).add(o)
        down.setdefault(o, set()).add(s)
    label = {n: rng.choice("ABC") for n in nodes if rng.random() < 0.85}
    papers = {n: rng.randint(1, 4) for n in nodes if rng.random() < 0.7}
    for top in (1, 3, 10, 100):
        assert list(_lineage(up, down, label, papers, top)) == _lineage_by_closures(up, down, label, papers, top)
