"""benchmarks/extract.py --components: per-component CPU time of the rule path (the runs are benchmarks, not tests)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_component_times_cover_every_component_of_the_rule_path(load_benchmark):
    from kg.pipeline import make_nlp

    times = load_benchmark("extract").component_times(["BERT: a model\n\nWe fine-tune BERT on SQuAD and reach 90.1% F1.", ""] * 3)
    assert list(times) == ["make_doc", *make_nlp(model=False).pipe_names, "to_json"]
    assert all(us >= 0 for us in times.values()) and sum(times.values()) > 0


@pytest.mark.slow
def test_components_flag_prints_a_table():
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract.py"), "--components", "-n", "3", "--sample"],
                         capture_output=True, text=True, check=True).stdout
    lines = out.splitlines()
    assert lines[0].startswith("3 sample abstracts, one process")
    assert any(line.startswith("kg_rules") for line in lines) and lines[-1].startswith("total")


@pytest.mark.slow
def test_table_without_the_baseline_shows_no_ratio():
    # --configs without phrasematcher: the "vs baseline" column has nothing to divide by and says "-", not "nanx"
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract.py"), "-n", "3", "--sample", "--jobs", "1",
                          "--configs", "tokenizer", "rule-path"], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in out.splitlines() if line.startswith(("tokenizer ", "rule-path ")) and "/" not in line]
    assert [row[0] for row in rows] == ["tokenizer", "rule-path"] and "nan" not in out
    assert all(row[4] == "-" for row in rows)
    assert "rule-path / tokenizer (1 proc):" in out
