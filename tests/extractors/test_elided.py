"""Elliptical coordination (GUIDELINES, session 16): each conjunct of "arithmetic, commonsense and symbolic reasoning"
is a mention whose entity is its full name, scored and resolved as that name."""

from __future__ import annotations

import pytest

from kg.evaluate import Prediction, bare_names, evaluate, gold_from_dict
from kg.pipeline import extract_records
from kg.records import Extraction, Mention, PaperRecord
from kg.resolve import Resolver

TITLE = "FooNet: Distilling Reasoning into Small Models"


def _extract(nlp, abstract: str, title: str = TITLE) -> Extraction:
    (ex,) = list(extract_records(nlp, [PaperRecord(id="p1", title=title, abstract=abstract)]))
    return ex


def _elided(ex: Extraction) -> dict[str, str | None]:
    return {m.text: m.entity for m in ex.mentions if m.extractor == "kg_merge"}


@pytest.mark.parametrize(
    "abstract, expected",
    [
        ("We propose FooNet. FooNet improves accuracy across arithmetic, commonsense and symbolic reasoning datasets.",
         {"arithmetic": "arithmetic reasoning", "commonsense": "commonsense reasoning"}),
        ("We propose FooNet. FooNet achieves state-of-the-art results on arithmetic and commonsense reasoning "
         "benchmarks.", {"arithmetic": "arithmetic reasoning"}),
        # the lexicon's name with the shared head, not the span's middle words ("image cloud classification")
        ("We propose FooNet. It helps on many tasks (e.g., image and point cloud classification).",
         {"image": "image classification"}),
        # a bare head after a named task ("natural language understanding and generation")
        ("We propose FooNet. FooNet improves natural language understanding and generation tasks in Malay.",
         {"generation": "natural language generation"}),
    ],
)
def test_elided_conjuncts_get_their_full_names(nlp, abstract, expected):
    assert _elided(_extract(nlp, abstract)) == expected


@pytest.mark.parametrize(
    "abstract",
    [
        # grading and setting words are no conjuncts
        "We propose FooNet for efficient and scalable audio understanding.",
        "We propose FooNet. It is evaluated in zero-shot and few-shot text classification settings.",
        # a noun phrase of its own before "and" ("synthetic noise"), a word after a modifier
        "We propose FooNet. We test it on synthetic noise and cross-lingual transfer.",
        # a bare head the lexicon does not name with the task's words ("machine summarization")
        "We propose FooNet. FooNet helps machine translation and summarization.",
    ],
)
def test_no_elided_conjunct_outside_a_coordination_of_names(nlp, abstract):
    assert _elided(_extract(nlp, abstract)) == {}


def test_elided_conjuncts_only_in_a_paper_record(nlp):
    # a sentence of a published corpus (no title): its annotators mark the written span only
    (ex,) = list(extract_records(nlp, [PaperRecord(id="p1", title="", abstract=(
        "Results on arithmetic and commonsense reasoning benchmarks improve."))]))
    assert _elided(ex) == {}


@pytest.mark.parametrize("abstract", [
    # an abstract given without its title ({"id", "text"} input): a paper's record all the same (it was read as a
    # corpus sentence: the conjuncts were lost whenever the title was)
    "We propose FooNet. It distils reasoning into small models. It is cheap. FooNet achieves the best results on "
    "arithmetic and commonsense reasoning benchmarks.",
])
def test_elided_conjuncts_in_an_abstract_without_its_title(nlp, abstract):
    assert _elided(_extract(nlp, abstract, title="")) == {"arithmetic": "arithmetic reasoning"}


def test_no_elided_conjuncts_in_a_text_with_line_breaks_but_no_title(nlp):
    # SciREX's layout ("title\nsentence . sentence ."): its annotators mark the written span only
    (ex,) = list(extract_records(nlp, [PaperRecord(id="p1", title="", abstract=(
        "Distilling Reasoning\nWe propose FooNet . It is cheap . It is small . FooNet achieves the best results on "
        "arithmetic and commonsense reasoning benchmarks ."))]))
    assert _elided(ex) == {}


def test_elided_conjunct_is_scored_and_resolved_as_its_full_name(nlp):
    abstract = "We propose FooNet. FooNet achieves the best results on arithmetic and commonsense reasoning benchmarks."
    ex = _extract(nlp, abstract)
    text = TITLE + "\n\n" + abstract
    start = text.index("arithmetic")
    gold = gold_from_dict({"id": "p1", "text": text, "mentions": [
        {"start": start, "end": start + 10, "label": "TASK", "entity": "arithmetic reasoning"},
        {"start": start + 15, "end": start + 36, "label": "TASK"}]})
    assert set(gold.names("TASK")) == {"arithmetic reasoning", "commonsense reasoning"}
    pred = Prediction.from_dict({"id": "p1", "mentions": [m.to_dict() for m in ex.mentions]})
    report = evaluate([gold], {"p1": pred})
    assert report["paper"]["entities"]["TASK"]["recall"] == 1.0
    res = Resolver().add_all([ex]).finalize()
    node = res.resolve_mention(next(m for m in ex.mentions if m.text == "arithmetic"))
    assert res.entities[node].label == "arithmetic reasoning"


def test_a_finders_completing_hint_stays_a_hint():
    # the lexicon's "machine translation" for "translation" is no elided conjunct: resolution keeps the text
    m = Mention("p1", "TASK", "translation", 0, 11, extractor="kg_gazetteer", entity="machine translation")
    res = Resolver().add_all([Extraction("p1", mentions=(m,))]).finalize()
    assert res.entities[res.resolve_mention(m)].label == "translation"
    assert bare_names({"text": "translation", "entity": "machine translation"}) == ("machine translation",)
