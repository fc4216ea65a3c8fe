"""DATASET vs METHOD for names no lexicon knows: context, lists and shape (kg_rules, kg_merge)."""

from __future__ import annotations

import pytest

from extractors.rules import find_rule_entities


def _typed(text: str, known=None) -> list[tuple[str, str]]:
    return [(text[s:e], lab) for s, e, lab, _ in find_rule_entities(text, known)]


@pytest.mark.parametrize("text, absent", [
    # a hyphenated word that says what the data is names no dataset
    ("We analyse the syntactic diversity of LLM-generated datasets.", "LLM-generated"),
    ("We pre-trained MonoCoder on an HPC-specific dataset of C programs.", "HPC-specific"),
])
def test_described_data_is_no_dataset(text, absent):
    assert not any(t.startswith(absent) and lab == "DATASET" for t, lab in _typed(text))


def test_named_dataset_before_noun_still_found():
    assert ("Kaggle MBTI", "DATASET") in _typed("We use the Kaggle MBTI dataset for training.")
