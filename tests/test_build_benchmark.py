"""benchmarks/build.py's bookkeeping: a run records the commit it started from (the runs are benchmarks, not tests)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest


@pytest.mark.parametrize("moved", [False, True])
def test_a_run_records_the_commit_it_started_from(load_benchmark, monkeypatch, tmp_path: Path, capsys, moved: bool):
    build = load_benchmark("build")
    commits = iter(["aaaaaaa", "bbbbbbb" if moved else "aaaaaaa", "bbbbbbb" if moved else "aaaaaaa"])
    monkeypatch.setattr(build, "git_commit", lambda: next(commits))
    out = tmp_path / "results.json"
    assert build.main(["--sizes", "30", "--configs", "1-worker", "--no-model", "--corpus-dir", str(tmp_path),
                       "--json", str(out)]) in (0, None)
    run = json.loads(out.read_text())["runs"][0]
    assert run["n"] == 30 and run["papers"] == 30
    assert run["commit"] == "aaaaaaa"
    if moved:
        assert run["commit_end"] == "bbbbbbb"
        assert "the tree moved from aaaaaaa to bbbbbbb" in capsys.readouterr().err
    else:
        assert "commit_end" not in run
