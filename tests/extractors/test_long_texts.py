"""Long and repetitive texts (a full text, a garbage record) cost about linear time in every component.

Each test runs one adversarial 200k-character text under a generous CPU budget (seconds, where the
linear code takes a fraction of one): the quadratic forms these tests were written against took minutes
(a text repeating "(RoBERTa)" took 6 minutes at 20k characters in kg_gazetteer) and fail here when
the budget runs out instead of hanging the suite. The budget is CPU time of this process, so a loaded
machine does not make the tests flaky.
"""

from __future__ import annotations

import random
import signal
from contextlib import contextmanager

import pytest

from extractors.abbreviations import find_abbreviations
from extractors.merge import (Candidate, Merged, _overlapping, merge_candidates, model_lead, model_veto,
                              settle_boundaries)
from extractors.shapes import find_word_occurrences, find_words_occurrences

N = 200_000


class OverBudget(Exception):
    pass


@contextmanager
def cpu_budget(seconds: float):
    """Raise :class:`OverBudget` once this process has spent ``seconds`` of CPU inside the block."""
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum, frame):
        raise OverBudget(f"over the {seconds} s CPU budget")

    old = signal.signal(signal.SIGPROF, expire)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, old)


def repeat(pattern: str, n: int = N) -> str:
    return (pattern * (n // len(pattern) + 1))[:n]


@pytest.mark.parametrize("pattern", [
    "in math word problem (MWP) solving over knowledge bases (KBs) and ",  # no sentence end at all
    "(ab)",  # no space: one word of 200k characters before every parenthesis
    "BERT (a b) ",  # "SHORT (long form)" candidates
    "x" * 30 + " (a b c) " + "y.z-" * 10 + "(c d)",
])
def test_find_abbreviations_is_linear(pattern):
    text = repeat(pattern)
    with cpu_budget(10):
        pairs = find_abbreviations(text)
    if "MWP" in pattern:
        assert len(pairs) >= 2 * (N // len(pattern))


def test_a_long_form_is_at_most_max_long_form_chars():
    from extractors.abbreviations import MAX_LONG_FORM_CHARS

    long = "Very " + "Long" * (MAX_LONG_FORM_CHARS // 4) + " Name"
    assert find_abbreviations(f"We use {long} (VLN) here.") == []
    assert find_abbreviations("We use Very Long Name (VLN) here.") == [(23, 26, 7, 21)]


def test_find_words_occurrences_equals_one_search_per_word(example_abstracts):
    random.seed(1)
    for text in example_abstracts[:100] + ["A-1 A-12 (A-1) xA-1 A-1. A-1.2 _A-1 A-1_ A-1-b ﬁA ﬁA A A A"]:
        words = {text[i:i + random.randint(1, 8)].strip() or "a" for i in random.sample(range(len(text)), 15)}
        words |= {"A-1", "A", "ﬁA", "LLM", "LLMs", "-x", "(A"}
        found = find_words_occurrences(text, sorted(words))
        assert found == {w: find_word_occurrences(text, w) for w in words}, text


def test_find_words_occurrences_of_many_words_is_linear():
    words = [f"A-{i}" for i in range(20_000)]
    text = repeat(" ".join(words) + " ")
    with cpu_budget(10):
        found = find_words_occurrences(text, words)
    assert found["A-17"] == find_word_occurrences(text, "A-17")


def _model_and_rule_spans(n_tokens: int) -> tuple[list[Merged], list[str]]:
    words = ["precision ", "of ", "lower ", "precision ", ", "] * (n_tokens // 5)
    merged = []
    for i in range(0, len(words), 5):
        merged.append(Merged(i, i + 1, "METRIC", 0.45, "kg_ner", support=("kg_ner",)))
        merged.append(Merged(i + 2, i + 4, "METRIC", 0.6, "kg_rules", support=("kg_rules",)))
        merged.append(Merged(i + 3, i + 4, "METRIC", 0.45, "kg_ner", support=("kg_ner",)))
    merged.sort(key=lambda m: (m.start, m.end))
    return merged, words


def test_settle_boundaries_is_linear():
    # 40k characters of "precision ... lower precision," took 0.97 s (review V10): every model span read
    # every span of the text; 200k characters' worth of spans took minutes
    merged, words = _model_and_rule_spans(N // 5)
    with cpu_budget(10):
        out = settle_boundaries(merged, words)
    # the model's "precision" inside the rules' "lower precision" takes its own boundary
    assert len(out) == 2 * len(merged) // 3 and {(m.end - m.start) for m in out} == {1}


def test_merge_candidates_is_linear():
    merged, words = _model_and_rule_spans(N // 5)
    cands = [Candidate(m.start, m.end, m.label, m.score, m.extractor) for m in merged]
    with cpu_budget(10):
        out = merge_candidates(cands, words=words)
    # the lone model guesses (0.45) are under the threshold; "precision" of "lower precision" stands
    assert len(out) == len(merged) // 3 and {(m.end - m.start) for m in out} == {1}


def test_model_lead_and_veto_are_linear():
    # a record without a title of one long sentence is a passage, where the model leads: each model span
    # read every chosen span, and model_veto every model span per weak span
    n = N // 5
    chosen = [Merged(i, i + 2, "TASK", 0.55, "kg_rules", support=("kg_rules",)) for i in range(0, n, 4)]
    model = [Candidate(i, i + 1, "TASK", 0.45, "kg_ner") for i in range(1, n, 8)]
    model += [Candidate(i, i + 1, "DATASET", 0.45, "kg_ner") for i in range(3, n, 4)]
    with cpu_budget(10):
        led = model_lead(chosen, model, labels=["TASK", "DATASET"])
        vetoed = model_veto(chosen, model, labels=["TASK"])
    assert len(led) == len(chosen) + n // 4 and sum(m.extractor == "kg_ner" for m in led) == n // 4 + n // 8
    assert len(vetoed) == n // 8


def test_overlapping_spans_equal_the_plain_scan():
    random.seed(2)
    for _ in range(300):
        spans = []
        for _ in range(random.randint(0, 20)):
            s = random.randint(0, 30)
            spans.append(Merged(s, s + random.randint(1, 8), "METHOD", 0.5, "x"))
        queries = random.sample(spans, min(len(spans), 5))
        near = _overlapping(spans, queries)
        for q in queries:
            assert near[id(q)] == [m for m in spans if m.start < q.end and q.start < m.end]


@pytest.mark.parametrize("pattern", [
    "(RoBERTa) ",  # a lexicon name defined again and again in one sentence: was cubic in kg_gazetteer
    "BERT BERT-L GPT-4 RoBERTa (RoBERTa) LLM LLMs ",
    "in math word problem (MWP) solving over knowledge bases (KBs) and ",  # kg_abbreviations: a search per definition
    "alpha beta gamma (ABG) and delta epsilon zeta (DEZ) and ",
])
def test_rule_pipeline_is_linear_on_repeated_definitions(nlp, pattern):
    text = repeat(pattern)  # the rule path's own cost is 1-3 s per 100k characters of such text
    with cpu_budget(40):
        doc = nlp(text)
    assert len(doc.spans["kg_entities"]) > 0 or len(doc._.abbreviations) > 1000


def test_rule_pipeline_is_linear_on_many_distinct_definitions(nlp):
    random.seed(3)
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    parts = []
    while sum(map(len, parts)) < N:
        a = "".join(random.choice(letters) for _ in range(3))
        parts.append(f"{a[0].lower()}lpha {a[1].lower()}eta {a[2].lower()}amma detection ({a}) and {a} ")
    with cpu_budget(40):
        doc = nlp("".join(parts))
    assert len(doc._.abbreviations) > 1000


def test_a_long_sentence_is_cut_into_bounded_sentences(nlp):
    # a text without a sentence end (a table, a garbage record) was one sentence: kg_results and kg_relations
    # read every entity of a sentence per number or entity in it, and every mention's evidence held it all
    from extractors._extensions import sentence_bounds
    from extractors.sentences import MAX_SENTENCE_CHARS

    for pattern in ("BERT on SQuAD with F1 and GPT-4 on MMLU with accuracy, ", "(ab)" * 10 + "x"):
        text = "A Title\n\n" + repeat(pattern)
        with cpu_budget(40):
            doc = nlp(text)
        bounds = sentence_bounds(doc)
        assert len(bounds) > N // MAX_SENTENCE_CHARS and max(b - a for a, b in bounds) <= MAX_SENTENCE_CHARS


def test_many_one_line_records_are_linear(nlp):
    # thousands of short sentences: entities_in scanned every entity of the text per sentence
    text = repeat("BERT\nGPT\n(x)\n")
    with cpu_budget(20):
        doc = nlp(text)
    assert len(doc.spans["kg_entities"]) > 1000


def test_task_echoes_are_linear():
    from extractors._spans import Ent
    from extractors.relations import _task_echoes

    # every other "x y" marked: each echo's overlap test read every taken span
    text = "Title\n\n" + repeat("x y ")
    ents = [Ent(i, i + 3, "TASK", "x y") for i in range(7, len(text) - 3, 8)]
    with cpu_budget(5):
        echoes = _task_echoes(text, text.lower(), ents)
    assert len(echoes) in (len(ents) - 1, len(ents)) and all(text[e.start:e.end] == "x y" for e in echoes)


def test_a_text_over_max_length_is_read_in_part(nlp):
    from kg.pipeline import pipe_batches

    limit = nlp.max_length
    nlp.max_length = 2000
    try:
        with pytest.warns(UserWarning, match="W004"):
            docs = next(pipe_batches(nlp, ["We use BERT on SQuAD. " * 200, "Short."]))
    finally:
        nlp.max_length = limit
    assert len(docs[0].text) <= 2000 and docs[0].text.startswith("We use BERT") and docs[1].text == "Short."


def test_rule_entities_are_linear_on_long_lists_of_irregular_names():
    # every irregularly capitalised name was tested against every acronym of the text, and every span of the
    # rules' later steps against every span found before (400k characters of this took 12 s)
    from extractors.rules import find_rule_entities

    pattern = "We evaluate fifteen popular LLMs (from ChatGPT, DeepSeek, Claude, and Gemini series) on DMind Benchmark "
    text = "Title\n\n" + repeat(pattern, 2 * N)
    with cpu_budget(5):
        found = find_rule_entities(text, [], [])
    assert len(found) > 10_000


def test_dataset_subsets_and_name_endings_are_linear():
    # a known or rules-typed dataset's subset words ("MMLU Medical Genetics") and name endings ("MS MARCO") were
    # checked against every known span of the text (800k characters of this took ~8 s)
    import re

    from extractors.rules import find_rule_entities

    pattern = "We score 69.0% on the MMLU Medical Genetics exam and 45.1 on QREC DL 2020 here. "
    text = "Title\n\n" + repeat(pattern, 4 * N)
    known = [(m.start(), m.end(), "DATASET", 0.9) for m in re.finditer("MMLU", text)]
    with cpu_budget(2):
        found = find_rule_entities(text, known, [])
    assert sum(text[s:e] == "MMLU Medical Genetics" for s, e, _, _ in found) > 3000
    assert sum(text[s:e] == "QREC DL 2020" for s, e, _, _ in found) > 3000


def test_proposals_read_a_long_sentence_of_namings_linearly():
    # "referred to as" (4fef347) searched its sentence from the start for a phenomenon word per occurrence
    from extractors.proposals import find_proposals

    text = "Title\n\n" + repeat("This process is referred to as self-injection; ")
    with cpu_budget(5):
        found = find_proposals(text)
    assert len(found) > 1000


def test_proposals_are_linear_in_the_number_of_proposed_names():
    # every proposed name was searched over the whole text (its occurrences, _described_as_data, the "name-" test
    # and _variant_re): 2,229 names in 80k characters took 0.44 s, 1 MB ~70 s
    from extractors.proposals import find_proposals

    rnd = random.Random(0)
    parts = ["Many Names\n\n"]
    while sum(map(len, parts)) < N:
        name = "Q" + "".join(rnd.choice("abcdefghijk") for _ in range(5)) + "Net"
        parts.append(f"We propose {name}, a new model. {name}-2 improves on {name}+ and uses a corpus. ")
    text = "".join(parts)[:N]
    with cpu_budget(5):
        found = find_proposals(text)
    names = {text[s:e] for s, e, _, _ in found}
    assert len(names) > 6000 and any(n.endswith("-2") for n in names) and any(n.endswith("+") for n in names)


def test_proposal_components_are_linear_in_the_number_of_proposed_names():
    # _component_names searched every proposed name in the subject of every composition cue ('X consists of')
    from extractors.proposals import find_proposals

    rnd = random.Random(0)
    parts = ["Many Names\n\n"]
    while sum(map(len, parts)) < 3 * N:
        name = "Q" + "".join(rnd.choice("abcdefghijk") for _ in range(5))
        parts.append(f"We propose {name}, a new model. {name} consists of Big Parts. ")
    text = "".join(parts)[:3 * N]
    with cpu_budget(4):
        found = find_proposals(text)
    assert sum(text[s:e] == "Big Parts" for s, e, _, _ in found) > 9000


@pytest.mark.parametrize("pattern", [
    "FooNet, a novel framework that we use and ",  # the authorship verb searched from the sentence start per name
    "a method termed Foo Bar (FB) and ",  # "we/our" searched from the sentence start per naming cue
    "FooNet consists of Big Parts and ",  # the composition cue's subject read whole per cue
    "our FooNet consists of Big Parts and ",
    "FooNet introduces Big Parts and ",
    "and name it FooNet and ",  # "we" searched from the sentence start per "and name it"
    "the model is good, introducing FooNet and ",  # ... per participle
    "{name} achieves more; ",  # a citation searched from the sentence start per acting name
])
def test_proposals_read_one_long_sentence_linearly(pattern):
    # one sentence of 200k characters without ". ": each cue searched its sentence from the start (V12's review:
    # 100k characters took 2-10 s)
    from extractors.proposals import find_proposals

    rnd = random.Random(0)
    parts = ["Title\n\n"]
    while sum(map(len, parts)) < N:
        parts.append(pattern.format(name="Q" + "".join(rnd.choice("abcdefghijk") for _ in range(5)) + "Net"))
    text = "".join(parts)[:N]
    with cpu_budget(2):
        find_proposals(text)


def test_long_subjects_are_tested_as_their_slices(example_abstracts, monkeypatch):
    # _component_names reads a subject over _LONG_SUBJECT characters through _LongSubjects: forced on every subject, it
    # gives what the slice tests give (glued words, names with a trailing "+", a "data ," before the cue ...)
    import extractors.proposals as proposals

    rnd = random.Random(3)
    words = ["we", "Our", "The proposed", "FooNet", "BarNet+", "FooNet-2", "datasets", "data ,", "consists of",
             "comprising", "features", "introduces", "two components", "Big Parts", "Weight Clipping (WC)", "x.y", ",",
             "(", ")", "-", "the", "of", "\n"]
    texts = example_abstracts[:150] + ["".join(rnd.choice(words) + rnd.choice([" ", " ", "", "  "])
                                               for _ in range(rnd.choice([30, 300]))) for _ in range(300)]
    names = ["FooNet", "BarNet+", "FooNet-2", "Big Parts", "WC", "(x)", "Zeta", "Foo Bar", "x", "LLM", "GPT-4"]
    for text in texts:
        own = rnd.sample(names, rnd.choice([1, 3, 9, 11]))
        monkeypatch.setattr(proposals, "_LONG_SUBJECT", 10 ** 9)
        whole = proposals._component_names(text, own)
        monkeypatch.setattr(proposals, "_LONG_SUBJECT", 0)
        assert proposals._component_names(text, own) == whole, (text, own)


def test_cutoff_measures_are_linear():
    # 9ce73c1's test of each "nDCG@10" against every measure span found before it was quadratic (review: 160k
    # characters 2.3 s in kg_rules; find_rule_entities at 400k 3.7 -> 0.34 s)
    from extractors.rules import find_rule_entities

    text = "Title\n\n" + repeat("We report nDCG@10, R@100, Hits@1 and Recall@K on BEIR, text-to-image recall@1, ", 2 * N)
    with cpu_budget(2):
        found = find_rule_entities(text, [], [])
    assert sum(text[s:e] == "nDCG@10" for s, e, _, _ in found) > 4000


def test_named_after_is_linear_in_the_names():
    # every proposed name was compared with every known METHOD name (review: a long text's thousands of names)
    from extractors.relations import Ent, _named_after

    rnd = random.Random(0)
    ents, pos = [], 0
    for i in range(6000):
        base = "Q" + "".join(rnd.choice("abcdefghijk") for _ in range(6))
        for text, proposed in ((f"Fast-{base}", True), (base, False)):
            ents.append(Ent(pos, pos + len(text), "METHOD", text, proposed))
            pos += len(text) + 2
    with cpu_budget(2):
        found = _named_after(ents)
    assert len(found) > 5000
