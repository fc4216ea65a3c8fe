"""Tests of kg/evaluate.py, the gold files in tests/gold/ and `paperkg eval`.

Scoring is checked on tiny hand-made gold/prediction pairs whose P/R/F1 are worked out by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.cli import app
from kg.errors import ConfigError
from kg.evaluate import (
    AliasIndex,
    bare_names,
    Prediction,
    Score,
    evaluate,
    gold_from_dict,
    load_gold,
    load_predictions,
    normalize_name,
    normalize_unit,
    normalize_value,
    offset_map,
    relation_triples,
    remap_span,
    result_tuples,
    result_values,
    paper_errors,
    score_name_sets,
    score_spans,
    score_spans_overlap,
)
from kg.records import LABELS

GOLD_DIR = Path(__file__).parent / "gold"
ROOT = Path(__file__).parent.parent

TEXT = "FinBERT: sentiment analysis\n\nFinBERT, based on BERT, beats ULMFit on FiQA with 86.1% accuracy (+4.5 points)."


def _span(text: str, needle: str, label: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return {"start": start, "end": start + len(needle), "label": label, "text": needle}


GOLD = {
    "id": "p1",
    "text": TEXT,
    "mentions": [
        _span(TEXT, "FinBERT", "METHOD"),
        _span(TEXT, "sentiment analysis", "TASK"),
        _span(TEXT, "FinBERT", "METHOD", 1),
        _span(TEXT, "BERT", "METHOD", 2),
        _span(TEXT, "ULMFit", "METHOD"),
        _span(TEXT, "FiQA", "DATASET"),
        _span(TEXT, "accuracy", "METRIC"),
    ],
    "proposes": ["FinBERT"],
    "results": [
        {"value": "86.1", "unit": "%", "is_delta": False, "metric": "accuracy", "dataset": "FiQA", "method": "FinBERT"},
        {"value": "4.5", "unit": "points", "is_delta": True, "metric": "accuracy", "dataset": "FiQA", "method": "FinBERT"},
    ],
    "relations": [
        {"relation": "based_on", "subject": "FinBERT", "object": "BERT"},
        {"relation": "outperforms", "subject": "FinBERT", "object": "ULMFit"},
        {"relation": "evaluated_on", "subject": "FinBERT", "object": "FiQA"},
    ],
}


def _pred(**kw) -> dict:
    base = {"id": "p1", "mentions": [], "results": [], "relations": []}
    base.update(kw)
    return base


# --- normalisation --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "a, b",
    [
        ("Vision Transformers", "vision-transformer"),  # case, hyphen/space, plural
        ("LLaMA-2-7B", "Llama 2 7B"),  # version separators
        ("accuracies", "Accuracy"),  # -ies plural
        ("GSM8K", "gsm8k"),  # casefold only
        ("pre-training", "pretraining"),  # hyphen removed entirely
        ("“CLIP”", "CLIP"),  # NFKC + edge punctuation
        ("WMT'14", "WMT14"),  # apostrophe dropped, as entity resolution drops it
        ("ViTs", "ViT"),  # mixed-case plural
    ],
)
def test_normalize_name_equal(a, b):
    assert normalize_name(a) == normalize_name(b)


@pytest.mark.parametrize("names", [
    ("WMT'14", "WMT14", "wmt 14"), ("Llama's", "Llama"), ("BLIP-2", "BLIP2"), ("GPT\u20133.5", "GPT-3.5"),
    ("LLMs", "LLM"), ("Dr. LLaMA", "Dr LLaMA"), ("mR$^2$AG", "mR^2AG"), ("Enron data set", "Enron dataset"),
])
def test_normalize_name_joins_what_resolution_joins(names):
    """Scoring never splits names entity resolution makes one node (the scorer once kept apostrophes:
    gold "WMT'14" never matched the resolved entity WMT14)."""
    from kg.resolve import normalize_name as resolution_key

    assert len({resolution_key(n) for n in names}) == 1
    assert len({normalize_name(n) for n in names}) == 1


@pytest.mark.parametrize(
    "a, b",
    [
        ("GPT-4", "GPT-3"),  # versions differ
        ("BERT", "RoBERTa"),  # different models
        ("loss", "los"),  # "ss" is not a plural
        ("F1", "F1@5"),
    ],
)
def test_normalize_name_different(a, b):
    assert normalize_name(a) != normalize_name(b)


def test_normalize_value_and_unit():
    assert normalize_value("81.50") == normalize_value("81.5") == "81.5"
    assert normalize_value("1,000") == "1000"
    assert normalize_unit("pp") == normalize_unit("points") == "points"
    assert normalize_unit("×") == "x"
    assert normalize_unit("%") != normalize_unit("")
    assert normalize_unit("% points") == normalize_unit("percentage point") == "points"


@pytest.mark.parametrize("unit", ["fps", "dB", "ms", "FPS", "frames per second"])
def test_normalize_unit_outside_the_schema_is_no_unit(unit):
    # GUIDELINES write physical units into the metric, not the unit: "45 frames per second" is (45, "") with the
    # metric "frames per second"; a gold by another hand that writes (45, "fps") must match the same number.
    assert normalize_unit(unit) == normalize_unit("") == ""


# --- mention level ------------------------------------------------------------------------------
def test_score_spans_exact_known_counts():
    gold = [("d", 0, 4, "METHOD"), ("d", 10, 15, "METHOD"), ("d", 20, 25, "TASK")]
    pred = [("d", 0, 4, "METHOD"), ("d", 10, 14, "METHOD"), ("d", 20, 25, "METHOD")]
    s = score_spans(gold, pred, labels=["METHOD", "TASK"])
    assert s["METHOD"] == Score(tp=1, fp=2, fn=1)
    assert s["TASK"] == Score(tp=0, fp=0, fn=1)
    assert s["METHOD"].precision == pytest.approx(1 / 3)
    assert s["METHOD"].recall == pytest.approx(1 / 2)
    assert s["METHOD"].f1 == pytest.approx(0.4)


def test_score_spans_ignores_labels_the_corpus_does_not_annotate():
    gold = [("d", 0, 4, "DATASET")]
    pred = [("d", 0, 4, "DATASET"), ("d", 6, 9, "METHOD")]
    s = score_spans(gold, pred, labels=["DATASET"])
    assert set(s) == {"DATASET"}
    assert s["DATASET"] == Score(1, 0, 0)


def test_score_spans_overlap_matches_each_gold_once():
    gold = [("d", 0, 10, "TASK"), ("d", 20, 30, "TASK")]
    pred = [("d", 2, 8, "TASK"), ("d", 5, 12, "TASK"), ("d", 40, 45, "TASK")]
    assert score_spans_overlap(gold, pred, labels=["TASK"])["TASK"] == Score(tp=1, fp=2, fn=1)


def test_score_spans_other_document_does_not_match():
    assert score_spans([("a", 0, 4, "METHOD")], [("b", 0, 4, "METHOD")], labels=["METHOD"])["METHOD"] == Score(0, 1, 1)


# --- paper level --------------------------------------------------------------------------------
def test_alias_groups_count_once():
    idx = AliasIndex([["SCM", "Self-Controlled Memory"]])
    # both names of one gold entity: one tp, no fp; ChatGPT missed
    assert score_name_sets(["SCM", "ChatGPT"], ["Self-Controlled Memory", "SCM"], aliases=idx) == Score(1, 0, 1)
    # without the alias group the long form is a false positive
    assert score_name_sets(["SCM", "ChatGPT"], ["Self-Controlled Memory", "SCM"]) == Score(1, 1, 1)


def test_result_values_value_and_unit():
    gold = result_values(GOLD["results"])
    assert result_values([{"value": "86.10", "unit": "%"}]) <= gold
    assert not result_values([{"value": "86.1", "unit": ""}]) & gold  # unit matters
    assert not result_values([{"value": "4.5", "unit": "%"}]) & gold


def test_result_tuples_need_all_four():
    idx = AliasIndex()
    gold = result_tuples(GOLD["results"], idx)
    good = result_tuples([{"value": "86.1", "metric": "Accuracy", "dataset": "fiqa", "method": "FinBERT"}], idx)
    no_dataset = result_tuples([{"value": "86.1", "metric": "accuracy", "dataset": None, "method": "FinBERT"}], idx)
    assert good <= gold
    assert not no_dataset & gold


def test_relation_triples_skip_proposes_and_normalise():
    got = relation_triples([{"relation": "proposes", "subject": "", "object": "X"},
                            {"relation": "based_on", "subject": "Fin-BERT", "object": "BERTs"}], AliasIndex())
    assert got == {("based_on", "finbert", "bert")}


def test_prediction_proposes_from_flags_and_relations():
    p = Prediction.from_dict(_pred(mentions=[{"start": 0, "end": 7, "label": "METHOD", "text": "FinBERT",
                                              "proposed": True}],
                                   relations=[{"relation": "proposes", "subject": "", "object": "FiQA-X"}]))
    assert p.proposes == ("FiQA-X", "FinBERT")


# --- evaluate() end to end on the hand-made pair ----------------------------------------------------
def test_evaluate_perfect_prediction_scores_one():
    gold = [gold_from_dict(GOLD)]
    report = evaluate(gold, {"p1": Prediction.from_dict(_pred(**{k: GOLD[k] for k in ("mentions", "results",
                                                                                       "relations", "proposes")}))})
    assert report["mention"]["exact"]["micro"]["f1"] == 1.0
    assert report["paper"]["entities"]["micro"]["f1"] == 1.0
    for fact in ("proposes", "result_values", "result_tuples", "relations"):
        assert report["paper"]["facts"][fact]["f1"] == 1.0, fact


def test_evaluate_partial_prediction_known_figures():
    t = TEXT
    pred = _pred(
        mentions=[
            _span(t, "FinBERT", "METHOD") | {"proposed": True},  # tp
            _span(t, "FinBERT", "METHOD", 1),  # tp
            _span(t, "ULMFit on FiQA", "METHOD"),  # fp (wrong span), ULMFit and FiQA missed
            _span(t, "accuracy", "METRIC"),  # tp
            _span(t, "sentiment", "TASK"),  # fp exact, overlap tp
        ],
        results=[{"value": "86.1", "unit": "%", "metric": "accuracy", "dataset": None, "method": "FinBERT"},
                 {"value": "4.5", "unit": "%", "metric": "accuracy", "dataset": "FiQA", "method": "FinBERT"}],
        relations=[{"relation": "based_on", "subject": "FinBERT", "object": "BERT"},
                   {"relation": "outperforms", "subject": "ULMFit", "object": "FinBERT"}],
    )
    report = evaluate([gold_from_dict(GOLD)], {"p1": Prediction.from_dict(pred)})
    exact = report["mention"]["exact"]
    # METHOD: gold 4 (FinBERT x2, BERT, ULMFit), pred 3 -> tp 2, fp 1, fn 2
    assert (exact["METHOD"]["tp"], exact["METHOD"]["fp"], exact["METHOD"]["fn"]) == (2, 1, 2)
    assert exact["METHOD"]["f1"] == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5), abs=1e-4)
    assert exact["DATASET"]["recall"] == 0.0
    assert exact["TASK"]["f1"] == 0.0
    assert report["mention"]["overlap"]["TASK"]["f1"] == 1.0
    # micro: tp 3 (FinBERT x2, accuracy), fp 2, fn 4 (BERT, ULMFit, FiQA, sentiment analysis)
    assert (exact["micro"]["tp"], exact["micro"]["fp"], exact["micro"]["fn"]) == (3, 2, 4)
    ent = report["paper"]["entities"]
    # METHOD set: gold {finbert, bert, ulmfit}; pred {finbert, "ulmfit on fiqa"} -> tp1 fp1 fn2
    assert (ent["METHOD"]["tp"], ent["METHOD"]["fp"], ent["METHOD"]["fn"]) == (1, 1, 2)
    assert ent["macro_f1"] == pytest.approx((0.4 + 0.0 + 1.0 + 0.0) / 4, abs=1e-4)
    facts = report["paper"]["facts"]
    assert facts["proposes"]["f1"] == 1.0
    assert (facts["result_values"]["tp"], facts["result_values"]["fp"], facts["result_values"]["fn"]) == (1, 1, 1)
    # tuples ignore the unit: (FinBERT, FiQA, accuracy, 4.5) matches, the 86.1 one lacks its dataset
    assert (facts["result_tuples"]["tp"], facts["result_tuples"]["fp"], facts["result_tuples"]["fn"]) == (1, 1, 1)
    assert (facts["relations"]["tp"], facts["relations"]["fp"], facts["relations"]["fn"]) == (1, 1, 2)
    assert report["paper"]["relations"]["outperforms"]["f1"] == 0.0


def test_results_and_relations_accept_the_canonical_entity_of_their_mentions():
    # "F1 scores" is the METRIC mention's surface, resolved to the entity "F1" the gold names;
    # the relation's object "Llama-3.1-8B" resolves to "Llama 3"
    text = "X\n\nOur X model is distilled from Llama-3.1-8B and reaches F1 scores of 0.48 on OWASP."
    gold = gold_from_dict({"id": "p", "text": text, "proposes": ["X"],
                           "results": [{"value": "0.48", "metric": "F1", "dataset": "OWASP", "method": "X"}],
                           "relations": [{"relation": "based_on", "subject": "X", "object": "Llama 3"}]})
    mentions = [_span(text, "F1 scores", "METRIC") | {"entity": "F1"},
                _span(text, "Llama-3.1-8B", "METHOD") | {"entity": "Llama 3"}]
    results = [{"value": "0.48", "metric": "F1 scores", "dataset": "OWASP", "method": "X"},
               {"value": "0.480", "metric": "F1", "dataset": "OWASP", "method": "X"},  # same tuple twice: one tp
               {"value": "0.48", "metric": "precision", "dataset": "OWASP", "method": "X"}]
    relations = [{"relation": "based_on", "subject": "X", "subject_label": "METHOD", "object": "Llama-3.1-8B",
                  "object_label": "METHOD"}]
    pred = Prediction.from_dict({"id": "p", "mentions": mentions, "results": results, "relations": relations})
    facts = evaluate([gold], {"p": pred}, level="paper")["paper"]["facts"]
    assert (facts["result_tuples"]["tp"], facts["result_tuples"]["fp"], facts["result_tuples"]["fn"]) == (1, 1, 0)
    assert (facts["relations"]["tp"], facts["relations"]["fp"], facts["relations"]["fn"]) == (1, 0, 0)
    assert "relations" not in (paper_errors([gold], {"p": pred}) or [{"missed": {}}])[0]["missed"]
    # without the entity on the mention the surface form alone does not match
    bare = Prediction.from_dict({"id": "p", "results": results[:1], "relations": relations})
    facts = evaluate([gold], {"p": bare}, level="paper")["paper"]["facts"]
    assert (facts["result_tuples"]["tp"], facts["relations"]["tp"]) == (0, 0)


def test_a_dataset_span_with_a_family_entity_names_its_own_words():
    # kg_mention_spans extends "ImageNet-1k" to "ImageNet-1k dataset"; the gazetteer's entity is the family
    # "ImageNet": the paper-level name is "ImageNet-1k", not the span with its head noun (nor the family)
    text = "X\n\nWe train on the ImageNet-1k dataset and the MSCOCO test set."
    gold = gold_from_dict({"id": "p", "text": text, "mentions": [
        _span(text, "ImageNet-1k dataset", "DATASET") | {"entity": "ImageNet-1k"},
        _span(text, "MSCOCO test set", "DATASET") | {"entity": "MSCOCO"}]})
    pred = Prediction.from_dict({"id": "p", "mentions": [
        _span(text, "ImageNet-1k dataset", "DATASET") | {"entity": "ImageNet"},
        _span(text, "MSCOCO test set", "DATASET") | {"entity": "COCO"}]})
    s = evaluate([gold], {"p": pred}, level="paper")["paper"]["entities"]["DATASET"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)


def test_a_dataset_long_form_named_by_its_short_form_names_its_own_words():
    # the lexicon names "Labeled Faces in the Wild" by its short form LFW; kg_mention_spans adds the head noun: the
    # paper-level name is the long form the paper writes, not the span with its head noun
    text = "X\n\nWe test on the Labeled Faces in the Wild dataset and the Toronto Face datasets."
    gold = gold_from_dict({"id": "p", "text": text, "mentions": [
        _span(text, "Labeled Faces in the Wild dataset", "DATASET") | {"entity": "Labeled Faces in the Wild"},
        _span(text, "Toronto Face datasets", "DATASET") | {"entity": "Toronto Face"}]})
    pred = Prediction.from_dict({"id": "p", "mentions": [
        _span(text, "Labeled Faces in the Wild dataset", "DATASET") | {"entity": "LFW"},
        _span(text, "Toronto Face datasets", "DATASET") | {"entity": "TFD"}]})
    s = evaluate([gold], {"p": pred}, level="paper")["paper"]["entities"]["DATASET"]
    assert (s["tp"], s["fp"], s["fn"]) == (2, 0, 0)


def test_evaluate_missing_prediction_counts_as_empty():
    report = evaluate([gold_from_dict(GOLD)], {})
    assert report["predicted"] == 0
    assert report["mention"]["exact"]["micro"]["recall"] == 0.0
    assert report["paper"]["facts"]["relations"]["fn"] == 3


def test_evaluate_corpus_records_score_only_their_labels():
    gold = gold_from_dict({"id": "s", "text": "We use SQuAD with BERT.", "labels": ["DATASET"],
                           "mentions": [{"start": 7, "end": 12, "label": "DATASET"}]})
    pred = Prediction.from_dict({"id": "s", "mentions": [{"start": 7, "end": 12, "label": "DATASET"},
                                                        {"start": 18, "end": 22, "label": "METHOD"}]})
    report = evaluate([gold], {"s": pred})
    assert list(k for k in report["mention"]["exact"] if k in LABELS) == ["DATASET"]
    assert report["mention"]["exact"]["micro"]["precision"] == 1.0
    assert "facts" not in report["paper"]


def test_evaluate_realigns_predictions_on_whitespace_normalised_text():
    pred = _pred(text=TEXT.replace("\n\n", " "))
    flat = pred["text"]
    pred["mentions"] = [_span(flat, "FiQA", "DATASET")]
    report = evaluate([gold_from_dict(GOLD)], {"p1": Prediction.from_dict(pred)})
    assert report["mention"]["exact"]["DATASET"]["f1"] == 1.0


def test_offset_map_rejects_different_text():
    assert offset_map("BERT wins", "BERT loses") is None
    positions = offset_map("a  b", "a b")
    assert remap_span(3, 4, positions) == (2, 3)


def test_evaluate_rejects_unknown_level():
    with pytest.raises(ValueError):
        evaluate([], {}, level="sentence")


# --- loading ------------------------------------------------------------------------------------
def _write(tmp_path: Path, name: str, lines: list[str]) -> Path:
    path = tmp_path / name
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def test_load_gold_bad_json_names_file_and_line(tmp_path):
    path = _write(tmp_path, "g.jsonl", [json.dumps(GOLD), "{not json"])
    with pytest.raises(ConfigError, match=r"\[E270\] .*g\.jsonl:2"):
        load_gold(path)


def test_load_gold_wrong_offsets(tmp_path):
    bad = dict(GOLD, mentions=[{"start": 0, "end": 6, "label": "METHOD", "text": "FinBERT"}])
    with pytest.raises(ConfigError, match=r"\[E272\] .*g\.jsonl:1"):
        load_gold(_write(tmp_path, "g.jsonl", [json.dumps(bad)]))


def test_load_gold_unknown_label(tmp_path):
    bad = dict(GOLD, mentions=[{"start": 0, "end": 7, "label": "MODEL", "text": "FinBERT"}])
    with pytest.raises(ConfigError, match=r"\[E273\]"):
        load_gold(_write(tmp_path, "g.jsonl", [json.dumps(bad)]))


def test_load_gold_empty_file(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E274\]"):
        load_gold(_write(tmp_path, "g.jsonl", [""]))


def test_load_predictions_needs_id(tmp_path):
    with pytest.raises(ConfigError, match=r"\[E271\] .*'id'"):
        load_predictions(_write(tmp_path, "p.jsonl", [json.dumps({"mentions": []})]))


# --- the gold files -------------------------------------------------------------------------------
def _rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD_DIR / name).read_text(encoding="utf-8").splitlines() if line.strip()]


#: Every hand-made gold set of tests/gold and the papers it holds at least (dev6 and dev7: exactly, below).
HF_GOLD_MINIMUM = {"dev.jsonl": 40, "test.jsonl": 10, "holdout.jsonl": 30, "holdout2.jsonl": 40, "dev2.jsonl": 60,
                   "dev3.jsonl": 60, "holdout3.jsonl": 40, "dev4.jsonl": 60, "dev5.jsonl": 60, "holdout4.jsonl": 40,
                   "holdout5.jsonl": 40,
                   "holdout6.jsonl": 44,
                   "holdout7.jsonl": 60,
                   "dev6.jsonl": 60, "dev7.jsonl": 60, "dev8.jsonl": 60, "dev9.jsonl": 60,
                   "dev10.jsonl": 60}


def test_gold_hf_sets_are_all_listed():
    """A new hand-made set (every tests/gold/*.jsonl but the published corpora's heldout_*) is checked below."""
    on_disk = {p.name for p in GOLD_DIR.glob("*.jsonl") if not p.name.startswith("heldout_")}
    assert on_disk == set(HF_GOLD_MINIMUM)


@pytest.mark.parametrize("name, minimum", sorted(HF_GOLD_MINIMUM.items()))
def test_gold_hf_files_are_valid(name, minimum):
    rows = _rows(name)
    assert len(rows) >= minimum
    papers = load_gold(GOLD_DIR / name)  # validates offsets and labels
    assert len({p.id for p in papers}) == len(papers)
    for row, paper in zip(rows, papers):
        assert paper.has_facts
        names = {n for m in row["mentions"] for n in bare_names(m)}  # spans in the corpus convention
        for r in row["relations"]:
            assert {r["subject"], r["object"]} <= names, (row["source"], r)
        for r in row["results"]:
            assert {r[k] for k in ("metric", "dataset", "method") if r[k]} <= names, (row["source"], r)


def test_gold_dev6_and_dev7_are_complete():
    assert [len(_rows(name)) for name in ("dev6.jsonl", "dev7.jsonl")] == [60, 60]


def test_gold_sets_are_disjoint_and_not_held_out():
    """No paper is in two hand-made sets, nor among the published corpora's held-out ids."""
    ids = {name: {r["id"] for r in _rows(name)} for name in HF_GOLD_MINIMUM}
    held_out = set((GOLD_DIR / "heldout_ids.txt").read_text(encoding="utf-8").split())
    names = sorted(ids)
    for i, name in enumerate(names):
        assert not ids[name] & held_out, name
        for other in names[i + 1:]:
            assert not ids[name] & ids[other], (name, other)


#: Gold sets of format-sample records (tests/data/formats) instead of examples/hf-papers listings.
FORMAT_GOLD = ("holdout7.jsonl",)


def test_gold_text_is_what_the_hf_reader_produces():
    from kg.readers import read_records

    records = {r.id: r for r in read_records([ROOT / "examples" / "hf-papers"])}
    for name in HF_GOLD_MINIMUM:
        if name in FORMAT_GOLD:
            continue
        for row in _rows(name):
            assert records[row["id"]].text == row["text"], row["source"]


@pytest.mark.parametrize("name", FORMAT_GOLD)
def test_gold_text_is_what_the_format_readers_produce(name):
    """A format-sample gold record's id and text are those of the record its source names (file:line)."""
    from kg.readers import read_records

    hf_titles = {" ".join(r.title.casefold().split()) for r in read_records([ROOT / "examples" / "hf-papers"])}
    for row in _rows(name):
        path, line = row["source"].removeprefix("shared/formats/").rsplit(":", 1)
        found = [r for r in read_records([ROOT / "tests" / "data" / "formats" / path]) if r.line == int(line)]
        assert [(r.id, r.text) for r in found][:1] == [(row["id"], row["text"])], row["source"]
        assert " ".join(found[0].title.casefold().split()) not in hf_titles, row["source"]  # a new population


@pytest.mark.parametrize("corpus, labels", [("tdmsci", ["DATASET", "METRIC", "TASK"]),
                                            ("scirex", ["METHOD", "DATASET", "METRIC", "TASK"]),
                                            ("dsnames", ["DATASET"])])
def test_heldout_files_are_valid_and_listed(corpus, labels):
    papers = load_gold(GOLD_DIR / f"heldout_{corpus}.jsonl")
    assert len(papers) > 40
    listed = set((GOLD_DIR / "heldout_ids.txt").read_text(encoding="utf-8").split())
    for p in papers:
        assert list(p.labels) == labels
        assert p.id in listed
        assert not p.has_facts


# --- CLI --------------------------------------------------------------------------------------------
runner = CliRunner()


def test_cli_eval_with_pred_file(tmp_path):
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    pred = _write(tmp_path, "pred.jsonl", [json.dumps(_pred(mentions=[_span(TEXT, "FiQA", "DATASET")]))])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 0, result.output
    assert "DATASET         100.0  100.0  100.0" in result.output
    assert "result_tuples" in result.output and "macro F1" in result.output


def test_cli_eval_json_level_mention(tmp_path):
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    pred = _write(tmp_path, "pred.jsonl", [json.dumps(_pred())])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--level", "mention", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert "paper" not in report
    assert report["mention"]["exact"]["micro"]["fn"] == len(GOLD["mentions"])


def test_cli_eval_pred_ids_do_not_match(tmp_path):
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    pred = _write(tmp_path, "pred.jsonl", [json.dumps(dict(_pred(), id="other"))])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred)])
    assert result.exit_code == 1
    assert "[E275]" in result.output and "pred.jsonl" in result.output


def test_cli_eval_missing_gold_file(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 1
    assert "[E001]" in result.output


def test_cli_eval_bad_level(tmp_path):
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    result = runner.invoke(app, ["eval", str(gold), "--level", "sentence"])
    assert result.exit_code == 1
    assert "[E003]" in result.output


def test_cli_eval_runs_the_pipeline(tmp_path):
    pytest.importorskip("kg.pipeline")
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    result = runner.invoke(app, ["eval", str(gold), "--no-model", "--quiet", "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["predicted"] == 1
    # the lexicon knows BERT: something of the gold must be found
    assert report["paper"]["entities"]["micro"]["tp"] >= 1


def test_paper_entities_accept_the_predicted_canonical_name():
    # "translation" alone is not the gold name, but the extractor's canonical entity name is
    gold = gold_from_dict({"id": "m", "text": "We study machine translation.", "proposes": [],
                           "mentions": [{"start": 9, "end": 28, "label": "TASK"}]})
    pred = Prediction.from_dict({"id": "m", "mentions": [
        {"start": 17, "end": 28, "label": "TASK", "text": "translation", "entity": "machine translation"},
        {"start": 0, "end": 2, "label": "TASK", "text": "We", "entity": None}]})
    ent = evaluate([gold], {"m": pred}, level="paper")["paper"]["entities"]["TASK"]
    assert (ent["tp"], ent["fp"], ent["fn"]) == (1, 1, 0)


def test_paper_errors_lists_misses_and_spurious_items():
    from kg.evaluate import paper_errors

    pred = _pred(mentions=[_span(TEXT, "FinBERT", "METHOD") | {"proposed": True}, _span(TEXT, "FiQA", "METHOD")],
                 results=[{"value": "86.10", "unit": "%"}, {"value": "3", "unit": "x"}],
                 relations=[{"relation": "based_on", "subject": "FinBERT", "object": "BERT"}])
    errors = paper_errors([gold_from_dict(GOLD)], {"p1": Prediction.from_dict(pred)})
    assert len(errors) == 1
    missed, spurious = errors[0]["missed"], errors[0]["spurious"]
    assert missed["METHOD"] == ["BERT", "ULMFit"]
    assert missed["DATASET"] == ["FiQA"] and spurious["METHOD"] == ["FiQA"]
    assert missed["results"] == ["4.5 points"] and spurious["results"] == ["3 x"]
    assert missed["relations"] == ["evaluated_on(FinBERT, FiQA)", "outperforms(FinBERT, ULMFit)"]
    assert "proposes" not in missed and "proposes" not in spurious


def test_paper_errors_empty_for_perfect_prediction():
    from kg.evaluate import paper_errors

    pred = Prediction.from_dict(_pred(**{k: GOLD[k] for k in ("mentions", "results", "relations", "proposes")}))
    assert paper_errors([gold_from_dict(GOLD)], {"p1": pred}) == []


def test_cli_eval_errors_flag(tmp_path):
    gold = _write(tmp_path, "gold.jsonl", [json.dumps(GOLD)])
    pred = _write(tmp_path, "pred.jsonl", [json.dumps(_pred(mentions=[_span(TEXT, "FiQA", "DATASET")]))])
    result = runner.invoke(app, ["eval", str(gold), "--pred", str(pred), "--errors", "--level", "paper"])
    assert result.exit_code == 0, result.output
    assert "  - METHOD: BERT | FinBERT | ULMFit" in result.output


def test_a_record_with_entities_is_scored_by_those_names_at_paper_level_only():
    """tests/gold/neutral's form: names without spans (some not in the text), no mention-level figures."""
    gold = [gold_from_dict({"id": "a", "text": "We fine-tune BERT on math and commonsense reasoning.", "proposes": [],
                            "entities": {"METHOD": ["BERT", "fine-tuning"], "TASK": ["math reasoning"]},
                            "results": [], "relations": [], "aliases": []})]
    pred = {"a": Prediction.from_dict({"id": "a", "mentions": [
        {"start": 13, "end": 17, "label": "METHOD", "text": "BERT"},
        {"start": 18, "end": 20, "label": "DATASET", "text": "on"}]})}
    report = evaluate(gold, pred)
    entities = report["paper"]["entities"]
    assert (entities["METHOD"]["tp"], entities["METHOD"]["fn"], entities["TASK"]["fn"]) == (1, 1, 1)
    assert (entities["DATASET"]["fp"], entities["DATASET"]["fn"]) == (1, 0)  # a label not listed has no names
    assert report["mention"]["exact"]["micro"]["tp"] + report["mention"]["exact"]["micro"]["fp"] == 0  # skipped
    missed = paper_errors(gold, pred)[0]["missed"]
    assert missed["METHOD"] == ["fine-tuning"] and missed["TASK"] == ["math reasoning"]
    for bad, code in (({"METHOD": "BERT"}, "E277"), ({"MODEL": ["BERT"]}, "E273"), ({"TASK": [""]}, "E277")):
        with pytest.raises(ConfigError, match=code):
            gold_from_dict({"id": "a", "text": "x", "proposes": [], "entities": bad})
