"""`paperkg extract` on {"id", "text"} input: offsets index the text exactly as given."""

import json

from typer.testing import CliRunner

from kg.cli import app


def test_extract_text_input_kept_verbatim(tmp_path):
    text = "BLIP-2  outperforms Flamingo80B\tby 8.7%\n\non zero-shot VQAv2 ($\\alpha$ &amp; more)."
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s-1", "text": text}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["extract", str(src), "-o", str(out), "--no-model", "-q"])
    assert result.exit_code == 0, result.output
    row = json.loads(out.read_text(encoding="utf-8"))
    assert row["id"] == "s-1"
    assert row["text"] == text
    assert row["mentions"], "expected at least BLIP-2 and VQAv2"
    for m in row["mentions"]:
        assert text[m["start"]:m["end"]] == m["text"]


def test_extract_dash_means_stdout(tmp_path, monkeypatch):
    """`-o -` writes the JSON lines to standard output, not to a file named "-"."""
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "s-2", "text": "We evaluate LoRA on GSM8K."}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["extract", str(src), "-o", "-", "--no-model", "-q"])
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "-").exists()
    assert json.loads(result.stdout.splitlines()[0])["id"] == "s-2"
