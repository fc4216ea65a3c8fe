"""benchmarks/quality.py: the harness's argument handling (the runs themselves are benchmarks, not tests)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def quality(load_benchmark):
    return load_benchmark("quality")


def test_settings_are_component_attribute_json(quality):
    assert quality.parse_setting("kg_merge.passage_model_leads=[]") == ("kg_merge", "passage_model_leads", [])
    assert quality.parse_setting('kg_ner.gate="all"') == ("kg_ner", "gate", "all")
    for bad in ("kg_merge=1", "passage_model_leads=[]", "kg_merge.min_score=0.5.5"):
        with pytest.raises(SystemExit):
            quality.parse_setting(bad)


def test_untouched_sets_are_scored_only_when_named(quality):
    assert "holdout2" in quality.SETS and "holdout2" not in quality.DEFAULT_SETS
    assert "holdout3" in quality.SETS and "holdout3" not in quality.DEFAULT_SETS
    assert {"dev", "test", "holdout", "tdmsci", "scirex", "dsnames"} <= set(quality.DEFAULT_SETS)
    assert all(quality.SETS[name].parent.name == "gold" for name in quality.SETS)
