"""Benchmark ``paperkg build`` at scale: abstracts per second, peak memory, output sizes.

For each corpus size N (``--sizes``, default 10k and 100k; 1M on request) and each
engine configuration (``--configs``: ``1-worker``, ``all-cores``, ``dask``), this
script generates (once, cached) a synthetic corpus with ``benchmarks/make_corpus.py``,
runs ``python -m kg build CORPUS -o OUT`` in a subprocess, and samples the resident
memory of the whole process tree (the build, its worker processes, Dask's nanny and
workers) every ``--interval`` seconds with psutil. RSS is summed over processes, so
pages shared between them count more than once: the figure is an upper bound.

Each run reports: wall seconds, abstracts/s over the whole build and over the
extraction phase alone, the build's own phase timings (``timings.json``), peak RSS
overall and per phase (read, extract, then everything after extraction: resolution,
assembly, graph.json, N-Triples, store, exports), output sizes, and the machine's load
average (this machine is shared: read the throughput with it). Results are printed
as a table with the scaling curve (milliseconds per abstract and peak memory against
N, with a linear fit extrapolated to 1M), and merged into ``--json``
(``benchmarks/results/build.json``: one entry per size, configuration and model
setting, newest wins).

The default build is what issue "Scale" targets: all extractors, resolution,
N-Triples and the query store, no exporters (``--exports`` adds them all).
The trained NER component runs by default (it is one of the extractors, and the most
expensive one); ``--no-model`` measures the rules alone.

Usage::

    python benchmarks/build.py                       # 10k and 100k, three configurations
    python benchmarks/build.py --sizes 10000 --configs all-cores dask
    python benchmarks/build.py --sizes 1000000 --configs all-cores   # about two hours here (2026-11)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "build.json"
CONFIGS = {
    "1-worker": ["--workers", "1"],
    "all-cores": ["--workers", str(os.cpu_count() or 1)],
    "dask": ["--workers", str(os.cpu_count() or 1), "--engine", "dask"],
}
#: Seconds between two samples of the build directory's size on disk.
DISK_EVERY = 5.0
#: Phases of timings.json, in the order the build runs them.
PHASES = ("read_s", "extract_s", "resolve_s", "assemble_s", "write_s", "store_s", "exports_s")


class TreeSampler:
    """Samples the summed RSS of a process and all its descendants in a thread."""

    def __init__(self, pid: int, interval: float, disk: Path | None = None):
        self.root = psutil.Process(pid)
        self.interval = interval
        #: The build directory, whose size (temporary files included) is sampled every ``DISK_EVERY`` seconds.
        self.disk, self.disk_peak, self._disk_at = disk, 0, float("-inf")
        self.samples: list[tuple[float, int]] = []
        #: (time, {pid: user+system CPU seconds}) per sample, for CPU use per phase.
        self.cpu: list[tuple[float, dict[int, float]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> tuple[int, dict[int, float]]:
        total, cpu = 0, {}
        try:
            procs = [self.root, *self.root.children(recursive=True)]
        except psutil.Error:
            return 0, {}
        for proc in procs:
            try:
                with proc.oneshot():
                    total += proc.memory_info().rss
                    times = proc.cpu_times()
                    cpu[proc.pid] = times.user + times.system
            except psutil.Error:
                pass  # a worker that just ended
        return total, cpu

    def _run(self) -> None:
        start = time.perf_counter()
        while not self._stop.is_set():
            rss, cpu = self._sample()
            now = time.perf_counter() - start
            self.samples.append((now, rss))
            self.cpu.append((now, cpu))
            if self.disk is not None and now - self._disk_at >= DISK_EVERY:
                self._disk_at = now
                try:
                    self.disk_peak = max(self.disk_peak, dir_size(self.disk))
                except OSError:
                    pass  # a file renamed or deleted during the walk
            self._stop.wait(self.interval)

    def cpu_seconds(self, start: float = 0.0, end: float = float("inf"), *, root_only: bool = False) -> float:
        """CPU seconds the process tree (or the build process alone) used between ``start`` and ``end``
        (sampled: a lower bound)."""
        window = [c for t, c in self.cpu if start <= t <= end]
        if not window:
            return 0.0
        before = next((c for t, c in reversed(self.cpu) if t < start), {})
        last: dict[int, float] = {}
        for c in window:
            last.update(c)
        return sum(v - before.get(pid, 0.0) for pid, v in last.items() if not root_only or pid == self.root.pid)

    def __enter__(self) -> TreeSampler:
        self._thread.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._stop.set()
        self._thread.join()

    def peak(self, start: float = 0.0, end: float = float("inf")) -> int:
        return max((rss for t, rss in self.samples if start <= t <= end), default=0)


def corpus_path(n: int, directory: Path, seed: int) -> Path:
    """The synthetic corpus of ``n`` abstracts (generated on first use)."""
    path = directory / f"corpus-{n}-seed{seed}.jsonl.gz"
    if not path.exists():
        directory.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, str(REPO / "benchmarks" / "make_corpus.py"), str(n), "-o", str(path),
                        "--seed", str(seed)], check=True)
    return path


def dir_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else 0


def model_installed() -> bool:
    """Whether the trained NER component would run (``make_nlp(model=True)`` includes it)."""
    code = "from kg.pipeline import make_nlp; print('kg_ner' in make_nlp(model=True).pipe_names)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    return out.stdout.strip() == "True"


def run_build(corpus: Path, out: Path, n: int, config: str, *, model: bool, exports: bool, interval: float,
              chunk_size: int, resume: bool = False) -> dict[str, Any]:
    cmd = [sys.executable, "-m", "kg", "build", str(corpus), "-o", str(out), "-q", "--chunk-size", str(chunk_size),
           *CONFIGS[config]]
    if resume:
        cmd.append("--resume")
    if not model:
        cmd.append("--no-model")
    if not exports:
        cmd.append("--no-exports")
    load_before = os.getloadavg()
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, stderr=subprocess.PIPE, text=True)
    with TreeSampler(proc.pid, interval, disk=out) as sampler:
        _, stderr = proc.communicate()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu_total = (after.ru_utime + after.ru_stime) - (usage.ru_utime + usage.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"build failed ({' '.join(cmd)}):\n{stderr}")
    timings = json.loads((out / "timings.json").read_text())
    report = json.loads((out / "build.json").read_text())
    # Phase windows on the sampler's clock: the build starts after imports, so anchor the
    # phases at the end of the run (total_s before the process exits).
    offset = max(0.0, wall - float(timings.get("total_s", wall)))
    bounds, t = {}, offset
    for phase in PHASES:
        bounds[phase] = (t, t + float(timings.get(phase, 0.0)))
        t += float(timings.get(phase, 0.0))
    extract_end = bounds["extract_s"][1]
    papers = int(report.get("papers", n))
    extract_s = float(timings.get("extract_s", 0.0)) or wall
    return {
        "n": n,
        "config": config,
        "engine": timings.get("engine", "local"),
        "workers": timings.get("workers"),
        "model": model,
        "exports": exports,
        "resumed": resume,
        "chunk_size": chunk_size,
        "papers": papers,
        "wall_s": round(wall, 2),
        "abstracts_per_s": round(papers / wall, 2),
        "extract_abstracts_per_s": round(papers / extract_s, 2),
        "ms_per_abstract": round(1000 * wall / papers, 3),
        # CPU time does not depend on what else the machine runs: the load-independent cost.
        "cpu_s": round(cpu_total, 1),
        "cpu_ms_per_abstract": round(1000 * cpu_total / papers, 3),
        "cpu_s_by_phase": {
            "extract": round(sampler.cpu_seconds(*bounds["extract_s"]), 1),
            # the build process itself while its workers extract (reading chunks, writing parts, resolution's
            # first pass): what it takes from the workers on a machine with as many cores as workers
            "extract_main": round(sampler.cpu_seconds(*bounds["extract_s"], root_only=True), 1),
            "after_extract": round(sampler.cpu_seconds(extract_end), 1),
        },
        "timings": {k: v for k, v in timings.items() if k.endswith("_s") and not isinstance(v, dict)},
        # bytes of assembly's sorted run files (compressed on large builds) before the write merges them
        "runs_bytes": timings.get("runs_bytes"),
        "peak_rss_mib": round(sampler.peak() / 2**20, 1),
        "peak_rss_mib_by_phase": {
            "read": round(sampler.peak(*bounds["read_s"]) / 2**20, 1),
            "extract": round(sampler.peak(*bounds["extract_s"]) / 2**20, 1),
            "after_extract": round(sampler.peak(extract_end) / 2**20, 1),
        },
        # peak size of the build directory during the run (parts, sorted runs, store temporaries), sampled
        "peak_disk_mib": round(sampler.disk_peak / 2**20, 1),
        "sizes_bytes": {name: dir_size(out / name) for name in
                        ("papers.jsonl", "extractions", "graph.json", "graph.nt", "store", "exports")},
        "graph": report.get("graph", {}),
        "loadavg_before": [round(x, 2) for x in load_before],
        "loadavg_after": [round(x, 2) for x in os.getloadavg()],
        "cpus": os.cpu_count(),
        "when": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    }


def git_commit() -> str | None:
    """The commit the benchmarked code is at (results of older code stay in the JSON file)."""
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip() or None
    except (OSError, subprocess.CalledProcessError):
        return None


def fit(xs: list[float], ys: list[float]) -> tuple[float, float] | None:
    """Least-squares line ``y = a + b x`` (None with fewer than two distinct x)."""
    if len(set(xs)) < 2:
        return None
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)
    return my - b * mx, b


def format_table(runs: list[dict[str, Any]]) -> str:
    head = (f"{'N':>9} {'config':<10} {'model':<5} {'wall s':>8} {'abst/s':>8} {'extr/s':>8} {'ms/abst':>8} "
            f"{'cpu ms/a':>8} {'peak MiB':>9} {'extr MiB':>9} {'post MiB':>9} {'nt MB':>8} {'store MB':>9} {'load':>5}")
    lines = [head, "-" * len(head)]
    for r in sorted(runs, key=lambda r: (r["model"], r["config"], r["n"])):
        ph = r["peak_rss_mib_by_phase"]
        lines.append(f"{r['n']:>9} {r['config']:<10} {str(r['model']):<5} {r['wall_s']:>8.1f} {r['abstracts_per_s']:>8.1f} "
                     f"{r['extract_abstracts_per_s']:>8.1f} {r['ms_per_abstract']:>8.2f} {r.get('cpu_ms_per_abstract', 0):>8.2f} "
                     f"{r['peak_rss_mib']:>9.0f} "
                     f"{ph['extract']:>9.0f} {ph['after_extract']:>9.0f} {r['sizes_bytes']['graph.nt'] / 1e6:>8.1f} "
                     f"{r['sizes_bytes']['store'] / 1e6:>9.1f} {r['loadavg_before'][0]:>5.1f}")
    return "\n".join(lines)


def scaling(runs: list[dict[str, Any]], target: int = 1_000_000) -> list[str]:
    """The scaling curve per configuration, with a linear extrapolation to ``target``."""
    lines = []
    groups: dict[tuple[str, bool], list[dict]] = {}
    for r in runs:
        groups.setdefault((r["config"], r["model"]), []).append(r)
    for (config, model), rs in sorted(groups.items()):
        rs.sort(key=lambda r: r["n"])
        curve = ", ".join(f"N={r['n']}: {r['ms_per_abstract']:.2f} ms/abstract, extract peak "
                          f"{r['peak_rss_mib_by_phase']['extract']:.0f} MiB, total peak {r['peak_rss_mib']:.0f} MiB"
                          for r in rs)
        lines.append(f"{config} (model={model}): {curve}")
        t = fit([r["n"] for r in rs], [r["wall_s"] for r in rs])
        m = fit([r["n"] for r in rs], [r["peak_rss_mib"] for r in rs])
        me = fit([r["n"] for r in rs], [r["peak_rss_mib_by_phase"]["extract"] for r in rs])
        if t and m and me:
            lines.append(f"  linear fit: wall = {t[0]:.0f} s + {1000 * t[1]:.2f} ms x N -> {target:,}: "
                         f"{(t[0] + t[1] * target) / 60:.0f} min; peak = {m[0]:.0f} MiB + {m[1] * 1000:.2f} MiB per 1k "
                         f"-> {(m[0] + m[1] * target) / 1024:.1f} GiB; extraction peak grows "
                         f"{me[1] * 1000:.3f} MiB per 1k abstracts")
        last = rs[-1]
        if "cpu_s_by_phase" in last:
            # On an idle machine: the extraction CPU spread over the workers, the rest on one core (an upper
            # bound: resolution and assembly use every worker too; merging, the store and the read do not).
            workers = int(last.get("workers") or 1)
            extract_cpu = last["cpu_s_by_phase"]["extract"] / last["papers"]
            rest_cpu = max(0.0, last["cpu_s"] / last["papers"] - extract_cpu)
            lines.append(f"  CPU at N={last['n']}: {1000 * extract_cpu:.2f} ms/abstract extracting, {1000 * rest_cpu:.2f} "
                         f"ms/abstract for the rest; an idle {workers}-worker machine would need at most about "
                         f"{(extract_cpu / workers + rest_cpu) * target / 60:.0f} min for {target:,}")
    by = {(r["n"], r["config"], r["model"]): r for r in runs}
    for (n, config, model), r in sorted(by.items()):
        if config == "dask" and (n, "all-cores", model) in by:
            local = by[(n, "all-cores", model)]["extract_abstracts_per_s"]
            lines.append(f"dask vs all-cores extraction throughput at N={n} (model={model}): "
                         f"{r['extract_abstracts_per_s'] / local:.2f}x")
    return lines


def merge_results(path: Path, runs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    old = json.loads(path.read_text()).get("runs", []) if path.exists() else []
    key = lambda r: (r["n"], r["config"], r["model"], r.get("exports", False))  # noqa: E731
    merged = {key(r): r for r in old}
    merged.update({key(r): r for r in runs})
    return sorted(merged.values(), key=lambda r: (r["model"], r["config"], r["n"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000], help="corpus sizes N")
    parser.add_argument("--configs", nargs="+", choices=sorted(CONFIGS), default=list(CONFIGS))
    model = parser.add_mutually_exclusive_group()
    model.add_argument("--model", dest="model", action="store_true", help="keep the trained NER component (default: the issue's targets are for all extractors)")
    model.add_argument("--no-model", dest="model", action="store_false", help="rules only")
    parser.set_defaults(model=True)
    parser.add_argument("--exports", action="store_true", help="also run every exporter")
    parser.add_argument("--chunk-size", type=int, default=1000)
    parser.add_argument("--corpus-dir", type=Path, default=Path(tempfile.gettempdir()) / "paperkg-bench")
    parser.add_argument("--work-dir", type=Path, default=None, help="where builds go (default: a temporary directory)")
    parser.add_argument("--keep", action="store_true", help="keep the build directories")
    parser.add_argument("--post-only", action="store_true",
                        help="re-run kept builds in --work-dir with --resume: extraction is reused, so the run measures "
                             "the phases after it (results are printed, not merged into --json). Resolution then reads "
                             "every part back; a fresh build resolves each part during extraction instead")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--interval", type=float, default=0.5, help="seconds between memory samples")
    parser.add_argument("--json", type=Path, default=RESULTS, help="results file (merged, newest wins)")
    args = parser.parse_args(argv)

    if args.model and not model_installed():
        print("note: --model given but the trained NER model is not installed; the build runs rules only",
              file=sys.stderr)
    if args.post_only and not args.work_dir:
        parser.error("--post-only needs --work-dir (the kept builds to re-run)")
    work = args.work_dir or Path(tempfile.mkdtemp(prefix="paperkg-bench-"))
    runs = []
    # The commit the run starts from: worker processes started later (the pool is renewed every
    # WORKER_RECYCLE_CHUNKS chunks, assembly and the store start after extraction) import whatever the tree
    # holds then, so a tree that moves during a run is reported, not hidden (benchmark a fixed worktree).
    commit = git_commit()
    for n in args.sizes:
        corpus = corpus_path(n, args.corpus_dir, args.seed)
        for config in args.configs:
            out = work / f"build-{n}-{config}"
            print(f"building N={n} with {config} ...", file=sys.stderr, flush=True)
            run = run_build(corpus, out, n, config, model=args.model, exports=args.exports, interval=args.interval,
                            chunk_size=args.chunk_size, resume=args.post_only)
            run["model_installed"] = model_installed() if args.model else None
            run["commit"] = commit
            if git_commit() != commit:
                run["commit_end"] = git_commit()
                print(f"warning: the tree moved from {commit} to {run['commit_end']} during this run; processes started "
                      "after the move ran the newer code", file=sys.stderr, flush=True)
            runs.append(run)
            print(format_table([run]).splitlines()[-1], file=sys.stderr, flush=True)
            cpu = run["cpu_s_by_phase"]
            print("    phases (s): " + ", ".join(f"{p[:-2]} {run['timings'].get(p, 0):.1f}" for p in PHASES)
                  + f"; peak after extraction {run['peak_rss_mib_by_phase']['after_extract']:.0f} MiB"
                  + f"; CPU s extracting {cpu['extract']:.1f} (build process {cpu['extract_main']:.1f}), after "
                  + f"{cpu['after_extract']:.1f}; peak disk {run['peak_disk_mib']:.0f} MiB"
                  + f" (sorted runs {(run['runs_bytes'] or 0) / 2**20:.0f} MiB)",
                  file=sys.stderr, flush=True)
            if args.post_only:
                continue
            if not args.keep:
                import shutil

                shutil.rmtree(out, ignore_errors=True)
            args.json.parent.mkdir(parents=True, exist_ok=True)
            everything = merge_results(args.json, [run])
            args.json.write_text(json.dumps({"benchmark": "paperkg build", "runs": everything}, indent=1) + "\n")
    print(format_table(runs))
    if args.post_only:
        return 0
    everything = json.loads(args.json.read_text())["runs"]
    print()
    print("Scaling (all results in " + str(args.json) + "):")
    for line in scaling([r for r in everything if r.get("exports", False) == args.exports]):
        print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
