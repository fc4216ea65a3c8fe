"""Speed rewrites of the context votes and scans (helper S2, session 6) find what the code they replaced found.

:func:`extractors.shapes.context_votes` runs only the right cues that can match the right context's first
character. It is compared here with the code it replaced (every right cue tried) on every name candidate
of 400 example abstracts and hand-made texts, and the skipped cues with hand-made right contexts.
"""

from __future__ import annotations

import pytest

from extractors import shapes


HAND_MADE = [
    "We evaluate on the KAMEL dataset (KD) and GSM8K-XL, a new benchmark. Models such as T0, FLAN and OPT-IML.",
    "datasets (e.g., MMLU, GSM8K) and data sets: SVAMP; test sets including A1 and B2 (the TREC DL (DL19-22)",
    "X-based Y, Z-pretrained W, fine-tuned from V1,\u2009V2 (V3)\nOn Q9, it wins, V4\u00a0dataset; a metric called M1.",
    "the evaluation metric, PATE, outperforms LLaMA-2 and its variants; text from GlotCC, optimizers like AdamW",
    "with 43.1% QAP on COCO, (58.2 PQX), +4.07 EMX & 4 RGX points, 600+ FPX, 8 A100 GPUs, 9.80 dB; nDCGX of 0.48.",
]


def _reference_votes(text: str, start: int, end: int, window: int = 90) -> dict[str, float]:
    """:func:`extractors.shapes.context_votes` as it was before the index (session 5)."""
    votes: dict[str, float] = {}
    left = text[max(0, start - window):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
    # the introductory phrase of a clause subject is read from its sentence's start (n3, session 13)
    sentence = text[:start]
    sentence = sentence[max(sentence.rfind(". "), sentence.rfind("\n")) + 1:]
    sentence = sentence[-(window + 250):] if len(sentence) > window else left
    right = text[end:end + window]
    cut = right.find(". ")
    if cut >= 0:
        right = right[:cut]
    for rx, label, weight in shapes.RIGHT_CUES:
        if rx.match(right) and not (rx is shapes._CONTENT_HEAD_CUE and shapes._MODEL_NAME_END_RE.search(text, start, end)):
            votes[label] = votes.get(label, 0.0) + weight
    for (rx, label, weight), gate in zip(shapes.LEFT_CUES, shapes._LEFT_GATES):
        if gate.search(left) and rx.search(left):
            if rx in (shapes.LEFT_CUES[0][0], shapes.LEFT_CUES[1][0]) and left.endswith((", ", ", the ")) \
                    and shapes._HEAD_COMMA_RE.search(sentence) and shapes._VERB_AFTER_RE.match(right):
                continue
            if rx is shapes.LEFT_CUES[1][0] and shapes._PARAMETER_SIZE_RE.search(text, start, end):
                continue
            votes[label] = votes.get(label, 0.0) + weight
    if shapes._ITEM_END_RE.match(right) and not shapes._PARAMETER_SIZE_RE.search(text, start, end):
        for rx, _, _, label, weight in shapes._ITEM_CUES:
            if rx.search(left):
                votes[label] = votes.get(label, 0.0) + weight
    task = shapes._TASK_AFTER_RE.match(right)
    if task and shapes._TASK_AFTER_NAME_RE.search(text, start, end) and not shapes._DATA_AFTER_TASK_RE.match(right, task.end()):
        votes["DATASET"] = votes.get("DATASET", 0.0) + 1.5
    listed = _reference_list_head(text, start)
    if listed is not None:
        votes[listed] = votes.get(listed, 0.0) + shapes.LIST_HEAD_WEIGHT
    if left.endswith((" on ", " on the ")) and shapes._SCORE_ON_RE.search(left) and not shapes._PARAMETER_SIZE_RE.search(
            text, start, end):
        votes["DATASET"] = votes.get("DATASET", 0.0) + 2.0
    if ((shapes._VALUE_BEFORE_RE.search(left) or (shapes._INTEGER_BEFORE_RE.search(left)
                                                  and shapes._POINTS_AFTER_RE.match(right)))
            and not shapes._PARAMETER_SIZE_RE.search(text, start, end) and text[start:end] not in shapes._UNITS
            and not shapes._MEASURE_AFTER_RE.match(right)):
        votes["METRIC"] = votes.get("METRIC", 0.0) + 2.0
    if shapes._VALUE_AFTER_RE.match(right):
        votes["METRIC"] = votes.get("METRIC", 0.0) + 2.0
    return votes


def _reference_list_head(text: str, start: int, window: int = 240) -> str | None:
    left = text[max(0, start - window):start]
    cut = max(left.rfind(". "), left.rfind("\n"))
    if cut >= 0:
        left = left[cut + 1:]
    m = shapes._LIST_HEAD_RE.search(left)
    if m is None:
        return None
    return "METHOD" if m.group("method") else "DATASET"


@pytest.fixture(scope="module")
def texts(example_abstracts) -> list[str]:
    return example_abstracts + HAND_MADE


def test_context_votes_equal_the_ungated_votes(texts):
    compared = voted = 0
    for text in texts:
        for start, end in shapes.find_name_candidates(text):
            votes = shapes.context_votes(text, start, end)
            expected = _reference_votes(text, start, end)
            assert list(votes.items()) == list(expected.items()), (text[max(0, start - 90):end + 90], votes, expected)
            compared += 1
            voted += bool(votes)
    assert compared > 2000 and voted > 500


RIGHT_CONTEXTS = ["", " dataset", "dataset", " models", "(a) dataset", " (BD) benchmark", "\u2009metrics", "\nmodels",
                  ", which contains 5k ", ", a new benchmark", " and its variants", ", and Qwen backbones", "-based",
                  "-pretrained", " outperforms", ".", ")", "1", "'s model", "é", "Zmodels"]


@pytest.mark.parametrize("right", RIGHT_CONTEXTS)
def test_right_cues_skipped_only_where_they_cannot_match(right):
    kept = shapes._right_cues_for(right[:1])
    assert all(cue[0].match(right) is None for cue in shapes.RIGHT_CUES if cue not in kept)
    assert len(kept) < len(shapes.RIGHT_CUES) or right[:1] == " "


def test_every_right_cue_is_dispatched():
    # _RIGHT_CUES_BY_FIRST names RIGHT_CUES by position: a new cue must be placed there too
    assert len(shapes.RIGHT_CUES) == 15
    placed = {id(c) for cues in (*shapes._RIGHT_CUES_BY_FIRST.values(), shapes._RIGHT_HEAD_CUES) for c in cues}
    assert placed == {id(c) for c in shapes.RIGHT_CUES}


def test_appositive_starts_equal_the_regex(texts):
    for text in texts + ["T\n\n, A (B, (C ,D", "(A (B", ", Z", " (Q"]:
        for pos in {0, max(0, text.find("\n\n")), 1}:
            assert shapes._appositive_starts(text, pos) == [
                m.span() for m in shapes._APPOSITIVE_START_RE.finditer(text, pos)], text
