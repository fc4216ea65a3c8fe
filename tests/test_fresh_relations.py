"""benchmarks/fresh_relations.py: scoring a fresh judgement file (optional triples neutral, tokenised mentions)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def fresh(load_benchmark):
    return load_benchmark("fresh_relations")


JUDGED = {"used_for": [["LSRO", "person re-identification"], ["LSRO", "bird recognition"]],
          "optional": [["LSRO", "sample generation"]],
          "aliases": [["LSRO", "label smoothing regularization for outliers"]]}


def _rel(subject, obj, start=0, end=0):
    return {"relation": "used_for", "subject": subject, "subject_label": "METHOD", "subject_start": start,
            "subject_end": end, "object": obj, "object_label": "TASK", "sentence": "s"}


def test_fresh_relations_optional_is_neutral(fresh):
    rels = [_rel("LSRO", "person re-identification"), _rel("LSRO", "sample generation"), _rel("LSRO", "parsing")]
    score, fps, fns = fresh.score_paper(JUDGED, rels, [], "used_for")
    assert (score.tp, score.fp, score.fn) == (1, 1, 1)
    assert [f[1] for f in fps] == ["parsing"]


def test_fresh_relations_tokenised_mention_names(fresh):
    # the relation names the joined form, the mention the corpus's tokens: its short form still counts
    mention = {"label": "METHOD", "text": "label smoothing regularization for outliers ( LSRO )", "start": 5, "end": 57}
    rels = [_rel("label smoothing regularization for outliers (LSRO)", "bird recognition", 5, 57)]
    score, _, _ = fresh.score_paper(JUDGED, rels, [mention], "used_for")
    assert score.tp == 1
