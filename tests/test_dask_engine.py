"""The Dask engine (``paperkg build --engine dask``): a real LocalCluster, same bytes as the local engine."""

from __future__ import annotations

import functools
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


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The same corpus built by the three engines back to back (small chunks: several tasks per worker)."""
    base = tmp_path_factory.mktemp("engines")
    options = dict(progress=False, chunk_size=4, exports=["json", "ntriples"], model=False)
    build(INPUTS, base / "serial", workers=1, **options)
    build(INPUTS, base / "pool", workers=2, **options)
    build(INPUTS, base / "dask", workers=2, engine="dask", **options)
    return base


def test_dask_engine_outputs_byte_identical_to_one_worker(builds):
    dask, serial = _files(builds / "dask"), _files(builds / "serial")
    assert len([n for n in dask if n.startswith("extractions/part-")]) > 4
    assert sorted(dask) == sorted(serial)
    for name in serial:
        assert dask[name] == serial[name], name


def test_dask_engine_outputs_byte_identical_to_process_pool(builds):
    assert _files(builds / "dask") == _files(builds / "pool")


def test_dask_engine_finds_entities(builds):
    # Not an empty graph that would trivially be identical.
    nt = (builds / "dask" / "graph.nt").read_text(encoding="utf-8")
    assert "/id/method/" in nt and "/id/dataset/" in nt


def test_dask_engine_records_engine_in_timings_only(builds):
    import json

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
