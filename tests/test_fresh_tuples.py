"""benchmarks/fresh_tuples.py and its judgement file: slot accuracy, detokenised slot names, the file's ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import AliasIndex

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def fresh(load_benchmark):
    return load_benchmark("fresh_tuples")


def test_fresh_tuples_slot_accuracy_pairs_the_best_result_with_the_value(fresh):
    gold = [{"value": "91", "method": "BERT", "dataset": "SQuAD", "metric": "F1"},
            {"value": "7", "method": None, "dataset": None, "metric": None}]
    pred = [{"value": "91", "method": "RoBERTa", "dataset": "SQuAD", "metric": "F1"},
            {"value": "91", "method": "BERT", "dataset": None, "metric": "F1"}]
    # the value 7 is not found: no slots counted for it; 91 pairs with the result right on two slots
    assert fresh.slot_accuracy(gold, pred, AliasIndex(), {}) == (2, 3)


def test_fresh_tuples_detokenised_names_read_through_their_bare_names(fresh):
    from kg.evaluate import mention_entities, result_tuple_options

    results = [{"value": "166.5", "metric": "Inception Score (IS)", "method": None, "dataset": None}]
    entities = mention_entities(fresh.result_mentions(results))
    assert ("", "", "is", "166.5") in result_tuple_options(results, AliasIndex(), entities)[0]


def test_fresh_tuples_file_judges_training_records_outside_the_held_out_ids():
    held_out = set((REPO / "tests" / "gold" / "heldout_ids.txt").read_text().split())
    corpus = {json.loads(line)["id"] for line in
              (REPO / "examples" / "train" / "scirex-abstracts-train.jsonl").read_text(encoding="utf-8").splitlines()}
    rows = [json.loads(line) for line in
            (REPO / "benchmarks" / "fresh" / "tuples_scirex_train.jsonl").read_text(encoding="utf-8").splitlines()]
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)) >= 40
    assert not set(ids) & held_out and set(ids) <= corpus
    for r in rows:
        for x in r["results"]:
            assert set(x) <= {"value", "unit", "is_delta", "method", "dataset", "metric", "doubt"}
            assert x["unit"] in ("", "%", "x", "points")
