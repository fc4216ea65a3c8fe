"""benchmarks/tuple_slots.py: the loss-by-slot classes, the ``--show`` lines and its refusal of untouched sets."""

from __future__ import annotations

import pytest

from kg.evaluate import AliasIndex, mention_entities, result_tuples


@pytest.fixture(scope="module")
def slots(load_benchmark):
    return load_benchmark("tuple_slots")


GOLD = [
    {"value": "90.94", "unit": "%", "method": "ViT-G", "dataset": "ImageNet", "metric": "top-1 accuracy"},
    {"value": "62", "unit": "%", "method": "SAP", "dataset": "SST", "metric": "empirical privacy"},
    {"value": "10", "unit": "x", "method": None, "dataset": None, "metric": "annotation cost"},
    {"value": "48.8", "unit": "", "method": "VAN-B2", "dataset": "COCO", "metric": "AP"},
    {"value": "5.7", "unit": "%", "method": "VIST", "dataset": None, "metric": None},
]
PRED = [
    {"value": "90.94", "unit": "%", "method": "model soups", "dataset": "ImageNet", "metric": "top-1 accuracy",
     "sentence": "The resulting ViT-G model, which attains 90.94% top-1 accuracy on ImageNet, achieved a new state."},
    {"value": "62", "unit": "%", "method": None, "dataset": "SST", "metric": "empirical privacy", "sentence": "s2"},
    {"value": "10", "unit": "x", "method": "vote-k", "dataset": None, "metric": "annotation cost", "sentence": "s3"},
    {"value": "5.7", "unit": "%", "method": "VIST", "dataset": None, "metric": None, "sentence": "s4"},
    {"value": "3", "unit": "%", "method": None, "dataset": None, "metric": None, "sentence": "a background statistic"},
]


def test_each_gold_tuple_is_classed_by_the_slots_its_best_prediction_misses(slots):
    aliases = AliasIndex()
    cases = slots.slot_cases(result_tuples(GOLD, aliases), PRED, aliases, mention_entities([]))
    classes = sorted(c for c, _, _ in cases)
    assert classes == ["method empty", "method extra", "method wrong", "spurious value", "value missing"]
    by_class = {c: (t, r) for c, t, r in cases}
    assert by_class["method wrong"][0] == ("vitg", "imagenet", "top1accuracy", "90.94")
    assert by_class["method wrong"][1]["method"] == "model soups"
    assert by_class["value missing"] == (("vanb2", "coco", "ap", "48.8"), None)
    assert by_class["spurious value"][0][3] == "3"
    assert slots.slot_losses(result_tuples(GOLD, aliases), PRED, aliases, {}) == {c: 1 for c in classes}


def test_a_mentions_canonical_entity_counts_as_the_slot(slots):
    aliases = AliasIndex()
    gold = result_tuples([{"value": "0.48", "metric": "F1", "method": "GPT-4"}], aliases)
    pred = [{"value": "0.48", "metric": "F1 scores", "method": "GPT-4"}]
    entities = mention_entities([{"label": "METRIC", "text": "F1 scores", "entity": "F1"}])
    assert slots.slot_cases(gold, pred, aliases, entities) == []
    assert [c for c, _, _ in slots.slot_cases(gold, pred, aliases, {})] == ["metric wrong"]


def test_show_lines_give_the_gold_tuple_the_prediction_and_its_sentence(slots):
    aliases = AliasIndex()
    cases = slots.slot_cases(result_tuples(GOLD, aliases), PRED, aliases, {})
    text = slots.describe_case(*next(c for c in cases if c[0] == "method wrong"))
    gold_line, pred_line = text.splitlines()
    assert "m='vitg'" in gold_line and "v=90.94" in gold_line
    assert "m='model soups'" in pred_line and "The resulting ViT-G model" in pred_line
    assert slots.describe_case(*next(c for c in cases if c[0] == "value missing")).count("\n") == 0
    spurious = slots.describe_case(*next(c for c in cases if c[0] == "spurious value"))
    assert spurious.startswith("    pred ") and "a background statistic" in spurious


def test_a_missing_value_is_shown_with_the_gold_sentence_that_states_it(slots):
    # "value missing" has no predicted result, so --show prints where the paper writes the value:
    # the normalised gold value ("1" for "1.0"), not inside another number ("21", "1.25")
    text = "FooNet uses 21 layers and reaches 1.25 FID. It gains up to 1.0 dB in PSNR. It runs at 1 GHz."
    assert slots.value_sentence(text, "1") == "It gains up to 1.0 dB in PSNR."
    assert slots.value_sentence(text, "1.25") == "FooNet uses 21 layers and reaches 1.25 FID."
    assert slots.value_sentence(text, "7") == ""


@pytest.mark.parametrize("sets", [["holdout2"], ["dev", "holdout5"], ["holdout7"]])
def test_show_refuses_the_untouched_sets(slots, sets, capsys):
    with pytest.raises(SystemExit):
        slots.main(["--sets", *sets, "--show", "method wrong"])
    assert "untouched" in capsys.readouterr().err


def test_method_losses_are_split_by_whose_method_the_gold_names(slots):
    # the gold's own proposed name missing from the predicted proposes is a proposes loss, not a linking one
    aliases = AliasIndex()
    assert slots.method_kind("vist", ["VIST"], [], aliases, {}) == "own, not proposed"
    assert slots.method_kind("vist", ["VIST"], ["VIST"], aliases, {}) == "own, proposed"
    assert slots.method_kind("bert", ["VIST"], ["VIST"], aliases, {}) == "other"
    assert slots.method_kind("", ["VIST"], [], aliases, {}) == "none"


def test_reach_splits_attribution_from_name_losses(slots):
    mentions = [{"label": "METHOD", "text": "ViT-G", "start": 14, "end": 19},
                {"label": "METHOD", "text": "model soups", "start": 200, "end": 211}]
    pred = dict(PRED[0], sentence_start=0)
    t = ("vitg", "imagenet", "top1accuracy", "90.94")
    assert slots.reach("method wrong", t, pred, mentions, AliasIndex()) == "in sentence"
    assert slots.reach("method wrong", t, pred, mentions[1:], AliasIndex()) == "not a mention"
    moved = [dict(mentions[0], start=300, end=305)]
    assert slots.reach("method wrong", t, pred, moved, AliasIndex()) == "elsewhere"
    assert slots.reach("method extra", t, pred, mentions, AliasIndex()) == ""
