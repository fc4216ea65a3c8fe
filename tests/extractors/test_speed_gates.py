"""Cheap gates in front of rule regexes (helper S, session 5) find exactly what the ungated code finds.

Each gate is a substring test a regex's match needs ("_" for model_BASE sizes, "ask of " / "asks of " for
"the task of X") or a per-candidate test the later check applies anyway (irregular capitals before a long
form's acronyms are read). If someone changes a regex so that it matches without the gate's substring,
these comparisons over the example abstracts and hand-made texts fail.
"""

from __future__ import annotations

import pytest

from extractors import _longforms, _tasks, rules
from extractors.shapes import find_name_candidates


HAND_MADE = [
    "We fine-tune BERT_BASE and GPT_LARGE; see my_file_base.",
    "the Task of summary expansion and the tasks of code repair; a task of predicting tokens",
    "We present BLADE, which enhances Black-box LArge language models with small Domain-spEcific models.",
    "BIdirectional Casual language modeling Optimization (BICO) and VIdeO-LanguagE (VIOLET)",
    "Nothing to see here.",
]


@pytest.fixture(scope="module")
def texts(example_abstracts) -> list[str]:
    return example_abstracts + HAND_MADE


def test_underscore_gate_finds_what_the_regex_finds(texts):
    for text in texts:
        found = rules._underscore_sizes(text, [])
        expected = [(m.start(), m.end(), "METHOD", 0.8) for m in rules._UNDERSCORE_SIZE_RE.finditer(text)]
        assert found == expected, text
    assert rules._underscore_sizes(HAND_MADE[0], []) != []


def test_task_of_gate_needs_only_what_the_regex_needs(texts):
    for text in texts:
        if "ask of " not in text and "asks of " not in text:
            assert not _tasks._TASK_OF_RE.search(text), text
    t = HAND_MADE[1]
    assert [t[s:e] for s, e in _tasks.find_task_of_phrases(t)] == ["summary expansion", "code repair"]


def test_long_form_pieces_equal_the_ungated_test(texts):
    for text in texts:
        spans = find_name_candidates(text)
        acronyms = _longforms._acronym_letters(text)
        expected = {(s, e) for s, e in spans if acronyms and _longforms.is_long_form_piece(text[s:e], acronyms)}
        assert _longforms.long_form_pieces(text, spans) == expected, text
    t = HAND_MADE[2]
    assert sorted(t[s:e] for s, e in _longforms.long_form_pieces(t, find_name_candidates(t))) == [
        "Domain-spEcific", "LArge"]


# --- gates of the review (session 5): each is compared with the regex it guards -----------------------

GATED_TEXTS = [
    "It scores 86.5% on the CodeContest and 35.3% on HumanEval.",
    "We use three benchmarks (i.e., GSM8K, MATH and SVAMP) and models (e.g., GPT-4).",
    "It reaches a 10X end-to-end speedup and a 0.5MB model size.",
    "Next, it reaches a 10X end-to-end speedup.",
]


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_score_on_gate_needs_only_what_the_regex_needs(text):
    from extractors.shapes import _SCORE_ON_RE
    for i in range(1, len(text)):
        left = text[:i]
        if _SCORE_ON_RE.search(left):
            assert left.endswith((" on ", " on the ")), left


def test_list_head_gate_needs_only_what_the_regex_needs(texts):
    from extractors import shapes
    for text in [*texts[:200], *GATED_TEXTS]:
        for m in shapes._LIST_HEAD_RE.finditer(text):
            assert shapes._LIST_HEAD_GATE_RE.search(text, m.start(), m.end()), text[m.start():m.end()]
    t = GATED_TEXTS[1]
    assert shapes.list_head_label(t, t.index("SVAMP")) == "DATASET"


LEFT_CUE_TEXTS = [
    "datasets (e.g., MMLU, GSM8K) and data sets: SVAMP; test sets including A1 and B2; the QA pairs X1",
    "results on the A2, B3 or C4; fine-tuned on the D5; text from the E6; On F7, it wins. We propose a G8.",
    "It outperforms the strong H9, surpassing prior I1 and J2; distilled from K3; initialised with L4; vs. M5",
    "the TREC Deep Learning datasets (DL19-22) and knowledge bases such as N6; evaluation sets, namely O7",
    "summarization on XSUM and CNN/DailyMail, translation on the IWSLT 2017 De-En, WMT14, or P2 tasks on Q3.",
    "reasoning tasks including BBH, GSM8k, and FOLIO; problems (e.g., R4 or S5); tasks: T6; tasks such as the U7",
]


def test_left_cue_endings_hold_wherever_the_cue_matches(texts):
    from extractors import shapes
    matched = 0
    for text in [*texts[:150], *GATED_TEXTS, *LEFT_CUE_TEXTS]:
        for start in range(1, len(text)):
            if not text[start].isalnum() or text[start - 1].isalnum():
                continue
            left = text[max(0, start - 90):start]
            cut = max(left.rfind(". "), left.rfind("\n"))
            if cut >= 0:
                left = left[cut + 1:]
            for (rx, _, _), endings in zip(shapes.LEFT_CUES, shapes._LEFT_ENDINGS):
                if endings is not None and rx.search(left):
                    matched += 1
                    assert left.endswith(endings), (rx.pattern[:40], left)
            for rx, gates, endings, _, _ in shapes._ITEM_CUES:
                if rx.search(left):
                    matched += 1
                    assert left.endswith(endings) and any(g in left for g in gates), (rx.pattern[:40], left)
    assert matched > 1000


def test_list_head_search_starts_within_reach_of_the_opener(texts):
    from extractors import shapes
    for text in [*texts[:150], *GATED_TEXTS, *LEFT_CUE_TEXTS]:
        for m in shapes._LIST_HEAD_RE.finditer(text):
            words = [m.group().find(w) for w in (*shapes._LIST_OPENER_WORDS, ":")]
            assert 0 <= min(p for p in words if p >= 0) <= shapes._LIST_HEAD_REACH, m.group()
    t = LEFT_CUE_TEXTS[3]
    assert [shapes.list_head_label(t, t.index(w)) for w in ("TREC", "N6", "O7")] == [None, "DATASET", "DATASET"]


def test_list_item_endings_hold_wherever_a_list_head_matches(texts):
    from extractors import shapes
    matched = 0
    for text in [*texts[:300], *GATED_TEXTS, *LEFT_CUE_TEXTS]:
        for start in range(1, len(text)):
            if not text[start].isalnum() or text[start - 1].isalnum():
                continue  # a word start, as every name is
            left = text[max(0, start - 240):start]
            left = left[max(left.rfind(". "), left.rfind("\n")) + 1:]
            if shapes._LIST_HEAD_RE.search(left):
                matched += 1
                assert text.endswith(shapes._LIST_ITEM_BEFORE, 0, start), left[-40:]
    assert matched > 150
    t = "models such as A, B and C; benchmarks (X, Y and Z) or datasets, e.g., the W"
    assert [shapes.list_head_label(t, t.index(w)) for w in "ABCYZW"] == ["METHOD"] * 3 + ["DATASET"] * 3


def test_counted_tasks_gate_needs_only_what_the_regex_needs(texts):
    from extractors import _tasks
    for text in [*texts, *HAND_MADE, "We study four tasks, namely A and B; 3 new coding task, e.g. x"]:
        for m in _tasks._COUNTED_TASKS_RE.finditer(text):
            assert "task, " in m.group() or "tasks, " in m.group(), m.group()
    t = "8 chemistry tasks, including 1) name prediction, 2) yield prediction."
    assert [t[s:e] for s, e in _tasks.find_task_list_members(t)] == ["name prediction", "yield prediction"]


def test_task_cue_endings_hold_wherever_the_cue_matches(texts):
    from extractors import shapes
    matched = 0
    for text in [*texts[:150], "for \n", "\n", "tasks of \n", "applications to\n", "x\n\n", "problems, the "]:
        for start in range(len(text) + 1):
            left = text[max(0, start - 30):start]
            if shapes._TASK_CUE_LEFT_RE.search(left):
                matched += 1
                assert not left or left.endswith(shapes._TASK_CUE_LEFT_ENDINGS), left
            if shapes._TASK_LIST_CUE_RE.search(left):
                assert left.endswith(shapes._TASK_LIST_CUE_ENDINGS), left
    assert matched > 1000


def _reference_own_work(text: str, start: int, end: int) -> list[tuple[int, int]]:
    from extractors import _spans
    out = [m.span() for m in _spans._OWN_WORK.finditer(text, start, end)]
    for m in _spans._IT_SUBJECT.finditer(text, start, end):
        p = m.start()
        if p == 0 or text[p - 1] == "\n" or (p >= 2 and text[p - 1].isspace() and text[p - 2] in ",;:."):
            out.append(m.span())
    return sorted(out)


def test_own_work_on_a_lower_case_copy_equals_the_case_insensitive_scan(texts):
    from extractors._spans import own_work_mentions
    found = 0
    for text in [*texts[:300], "OUR Model wins. It Outperforms X; THIS approach, ours, and We. \u0130t beats Y."]:
        for start, end in ((0, len(text)), (len(text) // 3, len(text)), (5, len(text) // 2)):
            spans = own_work_mentions(text, start, end)
            assert spans == _reference_own_work(text, start, end), text
            found += len(spans)
    assert found > 300


def test_quantity_gate_needs_only_what_the_regex_needs(texts):
    from extractors import _metrics
    for text in [*texts, *GATED_TEXTS]:
        if _metrics._QUANTITY_RE.search(text):
            assert _metrics.find_quantified_measures(text) is not None
            assert any(c in text for c in ("%", "x", "X", "×", "B", "times", "fold")), text
    spans = [GATED_TEXTS[2][s:e] for s, e in _metrics.find_quantified_measures(GATED_TEXTS[2])]
    assert spans == ["end-to-end speedup", "model size"]


def test_a_score_on_the_name_votes_dataset_like_a_score_on_name():
    from extractors.shapes import context_votes
    t = GATED_TEXTS[0]
    for name in ("CodeContest", "HumanEval"):
        start = t.index(name)
        assert context_votes(t, start, start + len(name)).get("DATASET", 0.0) >= 2.0, name


# --- session 8 (helper S): scans that skip in C to where a match can start --------------------------

def _gated_patterns():
    """Every module-level :class:`~extractors._regex.GatedPattern` of the extractors package."""
    import importlib
    import pkgutil

    import extractors
    from extractors._regex import GatedPattern

    found = {}
    for info in pkgutil.iter_modules(extractors.__path__):
        module = importlib.import_module(f"extractors.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, GatedPattern):
                found.setdefault(id(value), (f"{info.name}.{name}", value))
    return sorted(found.values(), key=lambda item: item[0])


GATED_EDGE_TEXTS = [
    "tasks: a, b; subtasks such as x; sub-tasks including y; multitasks, like z; Tasks of note",
    "the tasks (e.g. NER) such as tagging, and the tasks of parsing",
    "task", "", "tasksubtask: sub-task: sub task of x",
]


def test_gated_patterns_scan_like_their_plain_regex(texts):
    patterns = _gated_patterns()
    assert "_tasks._TASK_LIST_OPENER_RE" in [name for name, _ in patterns]
    for name, gated in patterns:
        for text in [*texts, *GATED_EDGE_TEXTS, *(t.lower() for t in texts[:100])]:
            assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.regex.finditer(text)], name
            for pos, endpos in ((0, len(text)), (7, len(text) // 2)):
                a, b = gated.search(text, pos, endpos), gated.regex.search(text, pos, endpos)
                assert (a and a.span()) == (b and b.span()), (name, pos, endpos)


def test_a_gated_pattern_refuses_one_that_matches_nothing():
    import re

    from extractors._regex import GatedPattern

    with pytest.raises(ValueError):
        GatedPattern(re.compile(r"(?:tasks?)?"), re.compile("task"))


def test_acronym_scan_equals_the_word_start_form(texts):
    import re

    plain = re.compile(r"(?<![\w-])[A-Z][A-Za-z]*[A-Z](?![\w-])")
    for text in [*texts, "BICO-X aBCD ABC_ (VIOLET) -ABC ABC- A", "ABC"]:
        assert [m.span() for m in _longforms._ACRONYM_RE.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_last_word_before_a_parenthesis_equals_the_plain_search(texts):
    import re

    from extractors.abbreviations import _last_word_start

    plain = re.compile(r"([A-Za-z0-9][\w\-.]*)\s*$")
    befores = [text[max(0, i - 120):i] for text in texts[:200] for i in range(0, len(text), 23)]
    befores += ["_" * 80, "a" + "_" * 80, "x " + "-" * 50 + "a", "a" * 100 + "  ", "ab " + "c" * 60 + "\n", ""]
    for before in befores:
        end = len(before.rstrip())
        start, b = _last_word_start(before, 0, end), plain.search(before)
        assert ((start, end) if start >= 0 else None) == (b.span(1) if b else None), before


def test_no_component_joins_the_doc_text_again():
    """``doc.text`` joins every token on each access (~4% of the rule path where kg_merge read it once
    per Doc): code downstream of the tokenizer reads ``extractors._extensions.doc_text(doc)``."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    files = [*sorted((root / "extractors").glob("*.py")), root / "kg" / "mentions.py", root / "kg" / "pipeline.py"]
    offenders = []
    for path in files:
        if path.name == "_extensions.py":  # doc_text itself
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr in ("text", "text_with_ws")
                    and isinstance(node.value, ast.Name) and node.value.id == "doc"):
                offenders.append(f"{path.name}:{node.lineno}")
    assert not offenders


CUE_EDGE_TEXTS = [
    "Models were compared (along three dimensions: fluency, coherence and relevance).",
    "Human raters judged the outputs\nacross five key metrics: accuracy, clarity and tone.",
    "in four aspects: speed, cost and safety.",
    "over 5 criteria, within three dimensions of quality; rated on helpfulness and harmlessness.",
    "[on multiple axes such as speed and memory] and it outperforms GPT-4 in reasoning.",
]


def test_criteria_cues_equal_the_plain_regex(texts):
    # _cues tries _CRITERIA_CUE_RE only where _cue_starts says a cue can start; a counted cue may open after
    # "(", a newline or at the text start, not only after a space (review V8)
    from extractors._metrics import _CRITERIA_CUE_RE, _cues
    for text in texts + CUE_EDGE_TEXTS + [t.lower() for t in texts]:
        assert [m.span() for m in _cues(text)] == [m.span() for m in _CRITERIA_CUE_RE.finditer(text)], text
    assert [m.group().strip() for m in _cues(CUE_EDGE_TEXTS[0])] == ["along three dimensions:"]


@pytest.mark.parametrize("text, name, dataset", [
    ("summarization on XSUM and CNN/DailyMail.", "XSUM", True),
    ("machine translation on IWSLT 2017 De-En and WMT 2014 De-En, and", "WMT 2014 De-En", True),
    ("reasoning tasks including BBH, GSM8k, and FOLIO demonstrate", "GSM8k", True),
    ("text classification tasks (including SQuAD, QNLI, and TREC).", "TREC", True),
    ("diverse reasoning problems, including GSM8K, GSM-Hard, MATH, SVAMP", "MATH", True),
    # a name inside a phrase is no item of the list; a clause after a dataset is no list of it
    ("with two tasks: JapaneseEnglish word alignment with", "JapaneseEnglish", False),
    ("summarization on news articles, ORacle improves", "ORacle", False),
    ("we apply pruning on LLaMA-2 and", "LLaMA-2", False),
])
def test_items_after_a_task_on_or_a_task_list_vote_dataset(text, name, dataset):
    from extractors.shapes import context_votes
    start = text.index(name)
    assert (context_votes(text, start, start + len(name)).get("DATASET", 0.0) > 0) is dataset
