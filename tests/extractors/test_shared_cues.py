"""The shared cue scan (helper S6, session 12) finds what each finder's own scan found.

:func:`extractors._regex.cue_starts` reads the word-start positions of registered literals from one regex
scan per text; the finders that read it (kg_proposals' needles, the task head words, the criteria gates,
the whole-word heads, the dataset nouns, the task list openers, the "we name" verbs) are compared here
with the code they replaced, on the example abstracts, hand-made texts and random soups of the literals
(prefixes of one another, hyphens, underscores, suffixes of titles).
"""

from __future__ import annotations

import random

import pytest

from extractors import _metrics, _regex, _tasks, proposals, shapes
from extractors._regex import cue_starts, cue_suffix, needle_starts

HAND_MADE = [
    "We call it X and we term it Y; which we name Z. Our proposed model, the proposed X, achieves 2x.",
    "Object detection, pre-parsing, re-ranking and Question Answering-based parsing_ parsing.",
    "rated on fluency in terms of coherence, along three dimensions: a rating; generate; (rat",
    "the dataset, datasets, test sets, a testset_ and corpora; subtask sub-task tasks such as QA",
    "Title: We Name\n\nwe name it X, and call it Y; they denote Z. error rates, F1-score, accuracy-based",
]


def _soups(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = sorted(_regex._CUES) + ["x", "_", "-", "(", "We", "Net", "answer", "é", "9", "\n\n"]
    seps = ["", " ", " ", "-", ".", "_", "s", "\n\n", "("]
    return ["".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 40))) for _ in range(n)]


@pytest.fixture(scope="module")
def texts(example_abstracts) -> list[str]:
    return example_abstracts + HAND_MADE + _soups(1500, 12)


def _whole_word_spans(text, words):
    """:func:`extractors.shapes.whole_word_spans` by str.find, as before the shared scan."""
    out = []
    n = len(text)
    for word in words:
        pos = text.find(word)
        while pos >= 0:
            end = pos + len(word)
            if (not pos or not (text[pos - 1].isalnum() or text[pos - 1] in "_-")) and (
                    end >= n or not (text[end].isalnum() or text[end] in "_-")):
                out.append((pos, end))
            pos = text.find(word, pos + 1)
    return sorted(out)


def _dataset_noun_starts(text):
    out = []
    n = len(text)
    for noun, plural in shapes._DATASET_NOUNS:
        pos = text.find(" " + noun)
        while pos >= 0:
            end = pos + 1 + len(noun)
            if plural and end < n and text[end] == "s":
                end += 1
            if end >= n or not (text[end].isalnum() or text[end] == "_"):
                out.append(pos + 1)
            pos = text.find(" " + noun, pos + 1)
    return sorted(out)


def _we_name_starts(body):
    out = []
    for verb in proposals._WE_NAME_VERBS:
        pos = body.find(verb)
        while pos >= 0:
            for subject in ("we", "We", "and"):
                start = pos - len(subject)
                if body.startswith(subject, start) and (start == 0 or not body[start - 1].isalnum()):
                    out.append(start)
            pos = body.find(verb, pos + 1)
    return sorted(out)


def _criteria_cue_starts(text):
    starts = set()
    for gate, offsets in _metrics._CRITERIA_GATES:
        for pos in needle_starts(text, (gate,)):
            starts.update(pos + off for off in offsets if pos + off >= 0)
    for pos in needle_starts(text, _metrics._COUNTED_GATES):
        starts.add(pos)
        prep = max(_metrics._word_rfind(text, w, max(0, pos - _metrics._CUE_BEFORE), pos)
                   for w in _metrics._COUNTED_STARTS)
        if prep >= 0:
            starts.add(prep)
    return sorted(starts)


def test_cue_starts_equal_needle_starts(texts):
    cues = sorted(_regex._CUES)
    groups = [(c,) for c in cues] + [tuple(cues[i::7]) for i in range(7)] + [("we ", "unregistered ")]
    for text in texts:
        cut = text.find("\n\n")
        body = cue_suffix(text, cut) if cut > 0 else text
        for group in groups:
            assert cue_starts(text, group) == needle_starts(text, group), (group, text)
            assert cue_starts(body, group) == needle_starts(body, group), (group, body)


def test_finders_read_the_scan_as_their_own_scans_found(texts):
    for text in texts:
        assert shapes._task_heads(text) == [m.span() for m in shapes.TASK_HEAD_RE.finditer(text)], text
        for words in shapes._WHOLE_WORD_CUES:
            assert shapes.whole_word_spans(text, words) == _whole_word_spans(text, words), (words, text)
        assert shapes._dataset_noun_starts(text) == _dataset_noun_starts(text), text
        assert proposals._we_name_starts(text) == _we_name_starts(text), text
        assert _metrics._cue_starts(text) == _criteria_cue_starts(text), text
        openers = _tasks._TASK_LIST_OPENER_RE
        assert {m.end() for m in _regex.match_at(openers.regex, text, cue_starts(text, _tasks._OPENER_CUES))} == \
            {m.end() for m in openers.finditer(text)}, text


def test_literals_must_start_a_word():
    with pytest.raises(ValueError):
        _regex.register_cues([" name "])
