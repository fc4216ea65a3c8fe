"""The Dask engine (``paperkg build --engine dask``): a real LocalCluster, same bytes as the local engine."""

from __future__ import annotations

import functools
import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.builder import build
from kg.cli import app
from kg.dask_engine import DaskExecutor
from kg.errors import ConfigError

DATA = Path(__file__).parent / "data" / "corpus"
INPUTS = [DATA / "listing-a.txt", DATA / "listing-b.txt"]
#: timings.json differs between runs by design; the store is a RocksDB directory (checked by its own tests).
SKIP = {"timings.json"}


def _files(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name not in SKIP and p.relative_to(out).parts[0] != "store"}


ENGINES = {"serial": ["--workers", "1"], "pool": ["--workers", "2"], "dask": ["--workers", "2", "--engine", "dask"]}


def _cli_build(out: Path, *args: str, inputs=INPUTS) -> None:
    # A fresh process per build: each imports the extraction code as it is on disk now, as its
    # workers do (an in-process build would mix the test process's imports with the disk's code).
    subprocess.run([sys.executable, "-m", "kg", "build", *map(str, inputs), "-o", str(out), "-q", "--no-model",
                    "--chunk-size", "4", "--exports", "json", "--exports", "ntriples", *args], check=True)


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The same corpus built by the three engines back to back (small chunks: several tasks per worker)."""
    base = tmp_path_factory.mktemp("engines")
    for _attempt in range(2):
        for name, args in ENGINES.items():
            _cli_build(base / name, *args)
        manifests = {(base / name / "extractions" / "manifest.json").read_text() for name in ENGINES}
        if len(manifests) == 1:
            return base
    pytest.skip("the extraction code changed on disk between the builds (pipeline fingerprints differ)")


def test_dask_engine_outputs_byte_identical_to_one_worker(builds):
    dask, serial = _files(builds / "dask"), _files(builds / "serial")
    assert len([n for n in dask if n.startswith("extractions/part-")]) > 4
    assert sorted(dask) == sorted(serial)
    for name in serial:
        assert dask[name] == serial[name], name


def test_dask_engine_outputs_byte_identical_to_process_pool(builds):
    assert _files(builds / "dask") == _files(builds / "pool")


@pytest.mark.slow
def test_dask_engine_into_equals_one_shot(builds, tmp_path):
    # --into rewrites parts in place while later chunks still read cached lines from old parts,
    # with several chunks in flight: the result must still equal the one-shot build.
    _cli_build(tmp_path / "inc", "--workers", "2", inputs=INPUTS[:1])
    subprocess.run([sys.executable, "-m", "kg", "build", str(INPUTS[1]), "--into", str(tmp_path / "inc"), "-q",
                    "--no-model", "--chunk-size", "4", "--exports", "json", "--exports", "ntriples", "--workers", "2",
                    "--engine", "dask"], check=True)
    if (tmp_path / "inc" / "extractions" / "manifest.json").read_text() != \
            (builds / "serial" / "extractions" / "manifest.json").read_text():
        pytest.skip("the extraction code changed on disk between the builds (pipeline fingerprints differ)")
    assert json.loads((tmp_path / "inc" / "timings.json").read_text())["reused_papers"] > 0
    assert _files(tmp_path / "inc") == _files(builds / "serial")


def test_dask_engine_finds_entities(builds):
    # Not an empty graph that would trivially be identical.
    nt = (builds / "dask" / "graph.nt").read_text(encoding="utf-8")
    assert "/id/method/" in nt and "/id/dataset/" in nt


def test_dask_engine_records_engine_in_timings_only(builds):
    assert json.loads((builds / "dask" / "timings.json").read_text())["engine"] == "dask"
    assert "dask" not in (builds / "dask" / "build.json").read_text()


def test_dask_engine_runs_initializer_once_per_worker_process():
    # The builder's initializer builds the spaCy pipeline; a cheap importable one counts the same way.
    import os

    with DaskExecutor(workers=2, initializer=os.getpid) as pool:
        pids = [pool.submit(os.getpid).result() for _ in range(12)]
        runs = pool.client.run(lambda: __import__("kg.dask_engine").dask_engine._INIT["runs"])
        workers = pool.client.run(lambda: __import__("os").getpid())
    assert set(pids) <= set(workers.values()) and len(set(workers.values())) == 2
    # Every worker process that ran a task ran the initializer exactly once (not once per task).
    assert set(runs.values()) <= {0, 1} and sum(runs.values()) == len(set(pids))


def test_dask_engine_pipeline_error_names_the_chunk(tmp_path):
    # An importable factory that fails on the worker (int("no pipeline") raises ValueError).
    with pytest.raises(ConfigError, match=r"\[E303\] Extraction failed in chunk .*no pipeline"):
        build(INPUTS, tmp_path / "out", progress=False, workers=2, engine="dask", chunk_size=8, exports=[],
              extractor=functools.partial(int, "no pipeline"))


def test_dask_engine_unreachable_scheduler_is_e351():
    with pytest.raises(ConfigError, match=r"\[E351\]"):
        with DaskExecutor(scheduler="tcp://127.0.0.1:9", timeout="2s"):
            pass


@pytest.mark.parametrize(("args", "code"), [
    (["--engine", "spark"], "E353"),
    (["--scheduler", "tcp://127.0.0.1:8786"], "E354"),
])
def test_dask_engine_cli_option_errors(args, code, tmp_path):
    result = CliRunner().invoke(app, ["build", *map(str, INPUTS), "-o", str(tmp_path / "out"), "-q", *args])
    assert result.exit_code == 1
    assert f"[{code}]" in result.stderr


def test_dask_local_cluster_starts_beside_another_on_port_8787():
    """A second cluster on the machine (another build, a parallel test) holds the scheduler's default
    HTTP port 8787: ours binds a free port instead of warning (pytest turns warnings into errors)."""
    import socket

    holder = socket.socket()
    try:
        try:
            holder.bind(("0.0.0.0", 8787))
            holder.listen()
        except OSError:
            pass  # already held by something else: the same situation
        with DaskExecutor(workers=1) as executor:
            assert executor.cluster.scheduler.http_server.port != 8787
    finally:
        holder.close()
