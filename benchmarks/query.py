"""Benchmark: the named questions on our store (pyoxigraph) against rdflib's in-memory Graph.

Generates synthetic graphs with ``benchmarks/make_graph.py`` (about 10 million triples by
default, and a smaller one for rdflib), loads them into the build store (``kg.store.create_store``,
the same code ``paperkg build`` runs) and into ``rdflib.Graph``, then runs every named question
``--runs`` times and prints the median wall time of each (resolving names, running the query and
materialising every row), with the rdflib/store ratio on the graph both engines loaded. rdflib runs
each question from the graph alone (``precomputed=False``): the precomputed top lists live in the
store's own named graph.

rdflib needs about 1.5 GB of RAM and a minute or two per million triples to load, so by default it
gets the small graph only (``--rdflib-papers``, about 1M triples); the store runs on both sizes.
Both sizes are printed. Rows counted by both engines on the same graph must agree (checked).

Usage::

    python benchmarks/query.py                       # 10M-triple store, 1M-triple comparison
    python benchmarks/query.py --papers 7250 --rdflib-papers 725 --runs 3   # a quick run
    python benchmarks/query.py --reuse               # keep graphs and stores from an earlier run
    python benchmarks/query.py --reuse-graphs        # keep the graphs, load the stores again

Timings on a shared machine move with its load; the load average is printed with the figures.
"""

from __future__ import annotations

import argparse
import os
import platform
import signal
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import make_graph  # noqa: E402

from kg.query import prepare_named_query, run_query  # noqa: E402
from kg.store import create_store, open_store  # noqa: E402

#: (question, arguments): popular names first (the heaviest answers), then typical ones.
CASES: list[tuple[str, dict[str, str]]] = [
    ("leaderboard", {"dataset": "GSM8K", "metric": "accuracy"}),
    ("leaderboard", {"dataset": "ImageNet", "metric": "perplexity"}),
    ("datasets-of", {"method": "LoRA"}),
    ("datasets-of", {"method": "bert"}),
    ("methods-on", {"dataset": "gsm8k"}),
    ("methods-on", {"dataset": "SQuAD"}),
    ("lineage", {"method": "BERT"}),
    ("lineage", {"method": "QLoRA"}),
    ("outperforms", {"method": "LoRA"}),
    ("outperforms", {}),
    ("proposed-by", {"paper": "arxiv:1901.00012"}),
    ("proposed-by", {}),
    ("co-mentions", {"entity": "LoRA"}),
    ("co-mentions", {"entity": "WikiText-103"}),
    ("top", {}),
    ("top", {"type": "dataset", "n": "100"}),
]


def _graph(workdir: Path, papers: int, reuse: bool) -> tuple[Path, int]:
    nt = workdir / f"graph-{papers}.nt"
    if reuse and nt.exists():
        with nt.open("rb") as fh:
            return nt, sum(1 for _ in fh)
    with nt.open("w", encoding="utf-8", newline="\n") as out:
        n = make_graph.generate(out, papers=papers)
    return nt, n


def _store(workdir: Path, nt: Path, papers: int, reuse: bool) -> tuple[Path, float | None]:
    out = workdir / f"build-{papers}"
    if reuse and (out / "store").is_dir():
        return out, None
    started = time.perf_counter()
    create_store(out, nt)
    return out, time.perf_counter() - started


def _median(fn, runs: int, cap_s: float) -> tuple[float, int, int]:
    """Median seconds of ``fn()`` over ``runs`` runs (fewer if one run exceeds ``cap_s``), rows, runs done."""
    times, rows = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        rows = fn()
        times.append(time.perf_counter() - started)
        if times[-1] > cap_s:
            break
    return statistics.median(times), rows, len(times)


def _give_up(signum, frame):
    raise TimeoutError


def _label(name: str, args: dict[str, str]) -> str:
    return name + ("(" + ", ".join(f"{k}={v}" for k, v in args.items()) + ")" if args else "()")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--papers", type=int, default=72500, help="papers in the big graph (72500: ~10M triples)")
    parser.add_argument("--rdflib-papers", type=int, default=7250, help="papers in the graph rdflib loads (7250: ~1M)")
    parser.add_argument("--runs", type=int, default=5, help="runs per question (median reported)")
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/paperkg-query-bench"))
    parser.add_argument("--reuse", action="store_true", help="reuse graphs and stores already in --workdir")
    parser.add_argument("--reuse-graphs", action="store_true", help="reuse the graphs in --workdir, load the stores again")
    parser.add_argument("--no-rdflib", action="store_true", help="skip rdflib")
    parser.add_argument("--rdflib-timeout", type=int, default=120, help="give up on an rdflib question after this many seconds")
    args = parser.parse_args(argv)
    args.workdir.mkdir(parents=True, exist_ok=True)

    started = time.perf_counter()
    sum(range(10_000_000))
    print(f"# paperkg query benchmark  python {platform.python_version()}  {os.cpu_count()} cpus  "
          f"load average {os.getloadavg()[0]:.1f} at start; a 10M-step Python loop took "
          f"{time.perf_counter() - started:.2f} s (about 0.2 s on an idle machine)", flush=True)
    big_nt, big_n = _graph(args.workdir, args.papers, args.reuse or args.reuse_graphs)
    small_nt, small_n = _graph(args.workdir, args.rdflib_papers, args.reuse or args.reuse_graphs)
    big_dir, big_load = _store(args.workdir, big_nt, args.papers, args.reuse)
    small_dir, small_load = _store(args.workdir, small_nt, args.rdflib_papers, args.reuse)
    fmt_load = (lambda s: "reused" if s is None else f"{s:.1f} s")
    print(f"big graph:   {big_n:>10,} triples ({args.papers} papers)  store load {fmt_load(big_load)}")
    print(f"small graph: {small_n:>10,} triples ({args.rdflib_papers} papers)  store load {fmt_load(small_load)}")
    big, small = open_store(big_dir), open_store(small_dir)

    rdf_graph = None
    if not args.no_rdflib:
        import rdflib

        started = time.perf_counter()
        rdf_graph = rdflib.Dataset()  # a dataset: the questions name the store's derived graph (empty here)
        rdf_graph.parse(str(small_nt), format="nt")
        print(f"rdflib Graph load of the small graph: {time.perf_counter() - started:.1f} s ({len(rdf_graph):,} triples)")
    print(flush=True)

    header = (f"{'question':<44} {'rows':>7} {'store ' + _size(big_n):>12} | {'rows':>6} {'store ' + _size(small_n):>11}"
              f" {'rdflib ' + _size(small_n):>12} {'ratio':>8}")
    print(header)
    print("-" * len(header))
    worst = 0.0
    for name, qargs in CASES:
        def on_store(store=big, name=name, qargs=qargs):
            return len(run_query(store, prepare_named_query(store, name, qargs)))

        try:
            big_t, big_rows, _ = _median(on_store, args.runs, 30)
            small_t, small_rows, _ = _median(lambda: on_store(small), args.runs, 30)
        except Exception as err:  # a name the small graph lacks, etc.: report, go on
            print(f"{_label(name, qargs):<44} error: {err}")
            continue
        worst = max(worst, big_t)
        line = f"{_label(name, qargs):<44} {big_rows:>7} {big_t * 1000:>9.0f} ms | {small_rows:>6} {small_t * 1000:>8.0f} ms"
        if rdf_graph is not None:
            # rdflib holds the graph only: the query reads it alone (the store's precomputed lists are ours)
            text = prepare_named_query(small, name, qargs, precomputed=False)
            signal.signal(signal.SIGALRM, _give_up)
            signal.alarm(args.rdflib_timeout)  # rdflib is pure Python: the alarm interrupts it
            try:
                rdf_t, rdf_rows, runs = _median(lambda text=text: sum(1 for _ in rdf_graph.query(text)), args.runs, 20)
            except TimeoutError:
                line += f" {'> ' + str(args.rdflib_timeout) + ' s':>12} {'> ' + f'{args.rdflib_timeout / small_t:.0f}':>7}x"
            else:
                check = "" if rdf_rows == small_rows else f"  ROW COUNT DIFFERS: rdflib {rdf_rows}"
                line += f" {rdf_t * 1000:>9.0f} ms {rdf_t / small_t:>7.1f}x{'' if runs == args.runs else f' ({runs} run)'}{check}"
            finally:
                signal.alarm(0)
        print(line, flush=True)
    print(f"\nslowest question on the {_size(big_n)} store: {worst * 1000:.0f} ms (median of {args.runs});"
          f" load average {os.getloadavg()[0]:.1f} at the end")
    return 0


def _size(n: int) -> str:
    return f"{n / 1e6:.1f}M" if n >= 1e6 else f"{n / 1e3:.0f}k"


if __name__ == "__main__":
    raise SystemExit(main())
