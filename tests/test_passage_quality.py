"""benchmarks/passage_quality.py: the title-less view of the gold and its bookkeeping (the runs are benchmarks)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def passage_quality(load_benchmark):
    return load_benchmark("passage_quality")


def test_untitled_view_keeps_every_abstract_mention_on_its_text(passage_quality):
    from kg.evaluate import load_gold

    gold = load_gold(passage_quality.SETS["dev"])
    view = passage_quality.untitled_view(gold)
    assert len(view) == len(gold)
    for paper, untitled in zip(gold, view):
        a = passage_quality.title_offset(paper.text)
        assert a > 0 and "\n\n" not in untitled.text and untitled.text == paper.text[a:]
        assert [m["text"] for m in untitled.mentions] == [m["text"] for m in paper.mentions if m["start"] >= a]
        assert all(untitled.text[m["start"]:m["end"]] == m["text"] for m in untitled.mentions)
        assert (untitled.proposes, untitled.relations, untitled.results) == (paper.proposes, paper.relations,
                                                                              paper.results)


def test_abstract_part_of_a_titled_prediction_indexes_the_abstract(passage_quality):
    from kg.evaluate import Prediction

    text = "FooNet for QA\n\nFooNet answers questions."
    pred = Prediction.from_dict({"id": "a", "text": text, "mentions": [
        {"start": 0, "end": 6, "label": "METHOD", "text": "FooNet"},
        {"start": 15, "end": 21, "label": "METHOD", "text": "FooNet"}]})
    part = passage_quality.abstract_part(pred, passage_quality.title_offset(text))
    assert [(m["start"], m["end"]) for m in part.mentions] == [(0, 6)] and part.text == "FooNet answers questions."


def test_transfer_sets_give_no_record_diffs(passage_quality):
    with pytest.raises(SystemExit):
        passage_quality.main(["--sets", "dev9", "--diffs"])
    with pytest.raises(SystemExit):
        passage_quality.main(["--sets", "holdout2"])  # untouched sets are no choice
