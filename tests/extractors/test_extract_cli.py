"""`paperkg extract` end to end on small real files."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from kg.cli import app

runner = CliRunner()

LISTING = Path(__file__).resolve().parent.parent.parent / "examples" / "hf-papers" / "000_c33ede3366bcb84c.txt"


def test_extract_plain_jsonl_keeps_ids_and_offsets(tmp_path):
    src = tmp_path / "in.jsonl"
    rows = [{"id": "a1", "text": "We fine-tune BERT on GSM8K and report accuracy."},
            {"id": "a2", "text": "We propose SelfCP, a compression method. SelfCP beats LoRA."}]
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-model", "--quiet"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert [line["id"] for line in lines] == ["a1", "a2"]
    for line in lines:
        assert set(line) >= {"id", "text", "mentions", "results", "relations"}
        for m in line["mentions"]:
            assert set(m) == {"start", "end", "label", "text", "entity", "extractor", "confidence", "proposed"}
            assert line["text"][m["start"]:m["end"]] == m["text"]
    assert {(m["text"], m["label"]) for m in lines[0]["mentions"]} == {
        ("BERT", "METHOD"), ("GSM8K", "DATASET"), ("accuracy", "METRIC")}
    assert {(m["text"], m["proposed"]) for m in lines[1]["mentions"]} >= {("SelfCP", True), ("LoRA", False)}
    assert any(r["relation"] == "proposes" and r["object"] == "SelfCP" for r in lines[1]["relations"])
    assert result.output == ""  # --quiet


def test_extract_listing_to_stdout(tmp_path):
    result = runner.invoke(app, ["extract", str(LISTING), "--no-model", "--quiet"])
    assert result.exit_code == 0
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) > 50
    matsci = next(line for line in lines if line["text"].startswith("MatSci-NLP:"))
    assert "\n\n" in matsci["text"]  # title, blank line, abstract
    assert ("MatSci-NLP", "DATASET", True) in {(m["text"], m["label"], m["proposed"]) for m in matsci["mentions"]}


def test_extract_missing_file_is_an_error(tmp_path):
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.jsonl"), "-o", str(tmp_path / "o.jsonl"), "--strict"])
    assert result.exit_code == 1
    assert "Error:" in result.output


def test_extract_unwritable_output(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "BERT"}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "missing" / "o.jsonl"), "--no-model"])
    assert result.exit_code == 1
    assert "[E200]" in result.output


def test_extract_reports_malformed_records_and_keeps_the_valid_ones(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "We fine-tune BERT on GSM8K."}\n'
                   '{"id": "b", "text": ""}\n'
                   'not json\n'
                   '{"id": "c", "text": "LoRA on MMLU."}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-model", "--quiet"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()] == ["a", "c"]
    # skipped records are errors: named by file and line on stderr even under --quiet
    assert "[E006] " + str(src) + ":2:" in result.stderr
    assert "[E004] " + str(src) + ":3:" in result.stderr
    assert result.stdout == ""
    assert not list(tmp_path.glob(".*partial"))

    strict = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "strict.jsonl"), "--no-model", "--strict"])
    assert strict.exit_code == 1
    assert "[E006] " + str(src) + ":2:" in strict.stderr
    assert not (tmp_path / "strict.jsonl").exists()  # no partial output left in place
    assert not list(tmp_path.glob(".*partial"))


def test_extract_all_records_malformed_is_an_error(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "b", "text": ""}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(tmp_path / "o.jsonl"), "--no-model", "--quiet"])
    assert result.exit_code == 1
    assert "[E107]" in result.stderr


def test_extract_results_and_relations_name_their_arguments_canonically(tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"id": "a", "text": "We evaluate BERT on the SQuAD dataset and report an F1 score "
                                                  "of 91.2% and a Word Error Rate of 3.1 with SelfCP."}) + "\n",
                   encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-model", "--quiet"])
    assert result.exit_code == 0, result.output
    line = json.loads(out.read_text(encoding="utf-8"))
    f1 = next(r for r in line["results"] if r["value"] == "91.2")
    # the surface as written stays; the canonical entity of each argument is added beside it
    assert (f1["metric"], f1["metric_entity"]) == ("F1 score", "F1")
    assert (f1["dataset"], f1["dataset_entity"]) == ("SQuAD", "SQuAD")  # bare name of "SQuAD dataset"
    wer = next(r for r in line["results"] if r["value"] == "3.1")
    assert (wer["metric"], wer["metric_entity"]) == ("Word Error Rate", "WER")
    evaluated = next(r for r in line["relations"] if r["relation"] == "evaluated_on")
    assert (evaluated["subject_entity"], evaluated["object_entity"]) == ("BERT", "SQuAD")
    for r in line["results"]:
        if r["method"] == "SelfCP":  # a name no lexicon knows has no canonical entity
            assert r["method_entity"] is None


def test_extract_all_malformed_keeps_the_previous_output(tmp_path):
    src = tmp_path / "in.jsonl"
    out = tmp_path / "o.jsonl"
    out.write_text("previous good output\n", encoding="utf-8")
    src.write_text('{"id": "b", "text": ""}\n', encoding="utf-8")
    result = runner.invoke(app, ["extract", str(src), "-o", str(out), "--no-model", "--quiet"])
    assert result.exit_code == 1
    assert "[E006]" in result.stderr and "[E107]" in result.stderr
    assert out.read_text(encoding="utf-8") == "previous good output\n"
    assert not list(tmp_path.glob(".*partial"))
