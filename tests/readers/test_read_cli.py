"""`paperkg read`: exit codes, stderr messages naming file and line, files written."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app

EXAMPLES = Path(__file__).parent.parent.parent / "examples" / "hf-papers"
FORMATS = Path(__file__).parent.parent / "data" / "formats"
GOOD = {"title": "A good paper", "abstract": "It has an abstract."}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def _jsonl(path: Path, lines: list[str]) -> Path:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_read_cli_ok_writes_merged_jsonl(runner, tmp_path):
    out = tmp_path / "papers.jsonl"
    result = runner.invoke(app, ["read", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert "979 records read from 5 files, 932 papers, 0 skipped" in result.stderr
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 932
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids)


def test_read_cli_stdout_and_quiet(runner, tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD)])
    result = runner.invoke(app, ["read", str(path), "--quiet"])
    assert result.exit_code == 0
    assert result.stderr == ""
    assert json.loads(result.stdout)["title"] == "A good paper"


def test_read_cli_bad_record_skipped_with_file_and_line(runner, tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD), "{oops", json.dumps(GOOD | {"title": "Second"})])
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 0
    assert f"skipped: [E004] {path}:2: invalid JSON" in result.stderr
    assert len(result.stdout.splitlines()) == 2


def test_read_cli_strict_exits_1(runner, tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD), "{oops"])
    result = runner.invoke(app, ["read", str(path), "--strict"])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: [E004] {path}:2:")


def test_read_cli_missing_path_exits_1(runner, tmp_path):
    result = runner.invoke(app, ["read", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "Error: [E001]" in result.stderr and "nope.jsonl" in result.stderr


def test_read_cli_nothing_readable_exits_1(runner, tmp_path):
    path = tmp_path / "blob.bin"
    path.write_bytes(b"\x00\x01" * 100)
    result = runner.invoke(app, ["read", str(path)])
    assert result.exit_code == 1
    assert "[E009]" in result.stderr and "Error: [E107]" in result.stderr


def test_read_cli_error_feed_exits_1(runner):
    result = runner.invoke(app, ["read", str(FORMATS / "arxiv-api-atom" / "id_abc_s0_m100_b79c8dcf6bc3.body.xml")])
    assert result.exit_code == 1
    assert "[E013]" in result.stderr and "incorrect id format for abc" in result.stderr


@pytest.mark.parametrize("args", [
    ["read"],  # no input
    ["read", "x.jsonl", "--format", "no-such-reader"],
    ["read", "x.jsonl", "--no-such-option"],
])
def test_read_cli_usage_errors_exit_2(runner, args):
    result = runner.invoke(app, args)
    assert result.exit_code == 2


def test_read_cli_format_overrides_detection(runner, tmp_path):
    path = tmp_path / "records.txt"  # no telling extension, content is JSON Lines
    _jsonl(path, [json.dumps(GOOD)])
    result = runner.invoke(app, ["read", str(path), "--format", "jsonl", "-q"])
    assert result.exit_code == 0 and json.loads(result.stdout)["format"] == "jsonl"


def test_read_cli_max_record_bytes(runner, tmp_path):
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD | {"abstract": "x" * 5000}), json.dumps(GOOD)])
    result = runner.invoke(app, ["read", str(path), "--max-record-bytes", "2048"])
    assert result.exit_code == 0
    assert "[E015]" in result.stderr and "line 1" in result.stderr
    assert len(result.stdout.splitlines()) == 1


def test_read_cli_real_process_exit_codes(tmp_path):
    """The console entry point, as a user runs it: python -m kg."""
    good = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD)])
    ok = subprocess.run([sys.executable, "-m", "kg", "read", str(good), "-q"], capture_output=True, text=True)
    assert ok.returncode == 0 and json.loads(ok.stdout)["title"] == "A good paper"
    bad = subprocess.run([sys.executable, "-m", "kg", "read", str(tmp_path / "missing")], capture_output=True, text=True)
    assert bad.returncode == 1 and "Error: [E001]" in bad.stderr
    usage = subprocess.run([sys.executable, "-m", "kg", "read", str(good), "--format", "nope"], capture_output=True, text=True)
    assert usage.returncode == 2


def test_read_cli_max_record_bytes_does_not_leak(runner, tmp_path):
    from kg.readers import _common

    before = _common.MAX_LINE_BYTES
    path = _jsonl(tmp_path / "r.jsonl", [json.dumps(GOOD)])
    runner.invoke(app, ["read", str(path), "--max-record-bytes", "2048", "-q"])
    assert _common.MAX_LINE_BYTES == before
