"""Named training paradigms are METHODs (GUIDELINES 210782d, 0024eec; session 15).

SFT, instruction tuning, ICL, PEFT, KD, PTQ, QAT, RL as a technique, contrastive learning ... are found from the
lexicon (family ``paradigm``), their ambiguous short forms only from the paper's own "long (SHORT)" definition; they
are never a proposal, never a result's method, and ``based_on`` one only on an explicit derivation. Real texts are
records of the tuning gold (``tests/gold``), whose session-15 pass marks the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractors.lexicon import is_paradigm

GOLD = Path(__file__).resolve().parent.parent / "gold"


def _gold_text(gold_set: str, paper_id: str) -> str:
    with (GOLD / f"{gold_set}.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            if record["id"] == paper_id:
                return record["text"]
    raise KeyError(paper_id)


def _methods(doc) -> list[str]:
    return [s.text for s in doc.spans["kg_entities"] if s.label_ == "METHOD"]


def _relations(doc) -> set[tuple[str, str, str]]:
    return {(r["relation"], r["subject"], r["object"]) for r in doc._.kg_relations}


def test_named_paradigms_are_methods_and_bare_process_nouns_are_not(nlp):
    doc = nlp("Tuning Study\n\nWe compare supervised fine-tuning, instruction-tuning, parameter-efficient fine-tuning "
              "and post-training quantization with knowledge distillation, contrastive learning and data "
              "augmentation. Plain fine-tuning, pre-training, quantization, pruning and distillation are no names.")
    methods = {m.lower() for m in _methods(doc)}
    assert {"supervised fine-tuning", "instruction-tuning", "parameter-efficient fine-tuning",
            "post-training quantization", "knowledge distillation", "contrastive learning",
            "data augmentation"} <= methods
    assert not methods & {"fine-tuning", "pre-training", "quantization", "pruning", "distillation"}


def test_ambiguous_short_forms_only_where_the_paper_defines_them(nlp):
    defined = nlp("Distilled Agents\n\nWe use knowledge distillation (KD) and in-context learning (ICL). KD helps and "
                  "ICL helps. We train policies with reinforcement learning (RL); RL improves them.")
    assert {"KD", "ICL", "RL"} <= set(_methods(defined))
    undefined = nlp("Another Study\n\nKD helps and ICL helps. The RL community grows.")
    assert not {"KD", "ICL", "RL"} & set(_methods(undefined))


def test_a_short_form_the_paper_gives_another_meaning_is_not_the_lexicon_paradigm(nlp):
    text = _gold_text("dev7", "title:a9750dadfbfd38af")  # "'shrink and fine-tune' (SFT)"
    doc = nlp(text)
    entities = doc.spans["kg_entities"].attrs["entities"]
    assert all(name != "supervised fine-tuning" for span, name in zip(doc.spans["kg_entities"], entities)
               if span.text == "SFT")


def test_issue3_a_short_form_defined_by_another_spelling_of_its_paradigm_keeps_it(nlp):
    # "with" for "from", a plural: the same paradigm written otherwise, not another meaning
    for long in ("reinforcement learning with human feedback", "Reinforcement Learning from Human Feedbacks"):
        doc = nlp(f"Aligned Models\n\nWe align models with {long} (RLHF). RLHF improves them.")
        assert _methods(doc).count("RLHF") == 2


def test_a_paradigm_inside_a_proposed_name_is_part_of_it(nlp):
    doc = nlp(_gold_text("holdout", "title:e33cefbe63b4a8c5"))  # MIMIC-IT, "MultI-Modal In-Context Instruction Tuning"
    group = doc.spans["kg_entities"]
    proposed = {span.text for span, flag in zip(group, group.attrs["proposed"]) if flag}
    assert "MultI-Modal In-Context Instruction Tuning (MIMIC-IT)" in proposed


def test_no_paradigm_is_a_result_method(nlp):
    doc = nlp(_gold_text("dev5", "title:a170d9ae6ae7334f"))  # "38% and 82% (respectively) of the ICL improvements"
    methods = {r["method"] for r in doc._.kg_results}
    assert not any(m and is_paradigm(m) for m in methods)
    assert "Mamba-2" in methods


@pytest.mark.parametrize("paper_set, paper_id, expected", [
    # "Our approach is based on new structured pruning and knowledge distillation techniques" (explicit)
    ("dev", "title:b6dc66af96fa9f7a", {("based_on", "ZipLM", "knowledge distillation"),
                                       ("based_on", "ZipLM", "structured pruning")}),
    # "a novel additive learning algorithm based on reinforcement learning (RL)" (the argument names the joined
    # 'long (SHORT)' mention, as kg_mention_spans writes it)
    ("dev2", "title:b3c9c877477b9fab", {("based_on", "Selective Token Generation", "reinforcement learning (RL)")}),
])
def test_based_on_a_paradigm_on_an_explicit_derivation(nlp, paper_set, paper_id, expected):
    assert expected <= _relations(nlp(_gold_text(paper_set, paper_id)))


@pytest.mark.parametrize("text", [
    "FooNet: Fast Models\n\nWe present FooNet, a new PEFT architecture that reparameterizes updates.",
    "FooNet: Fast Models\n\nWe incorporate FooNet within a knowledge distillation setup.",
    "FooNet: Fast Models\n\nFooNet-7B surpasses BarChat-70B, the best open-access RLHF-based model.",
    "FooNet: Inductive Knowledge Distillation with Search\n\nWe present FooNet.",
])
def test_no_based_on_a_paradigm_a_method_is_trained_with_or_a_kind_of(nlp, text):
    assert not {r for r in _relations(nlp(text)) if r[0] == "based_on" and is_paradigm(r[2])}


def test_outperforms_a_paradigm_but_not_a_class_of_its_methods_nor_its_absence(nlp):
    doc = nlp("FooNet: Fast Models\n\nFooNet outperforms full fine-tuning on GLUE. FooNet consistently outperforms "
              "existing PEFT methods. Models trained with FooNet are better than models trained without data "
              "augmentation.")
    outperforms = {r[2] for r in _relations(doc) if r[0] == "outperforms"}
    assert "full fine-tuning" in outperforms
    assert not outperforms & {"PEFT", "data augmentation"}


def test_issue3_outperforms_a_paradigm_after_an_instrument_of_the_subject(nlp):
    # "with" governs the subject's LoRA, not the compared SFT: the comparison verb lies between them
    doc = nlp("FooNet: Fast Models\n\nWe propose FooNet. FooNet with LoRA outperforms SFT on GSM8K.")
    assert ("outperforms", "FooNet", "SFT") in _relations(doc)


def test_a_paradigm_named_as_the_means_leaves_the_statement_to_the_own_method(nlp):
    # "We demonstrate, through targeted supervised fine-tuning (SFT) on only 2,000 carefully selected samples,
    # significant improvements in mathematical reasoning."
    relations = _relations(nlp(_gold_text("dev", "title:ef6a0826e4a632b3")))
    assert ("used_for", "Pensez", "mathematical reasoning") in relations


def test_issue3_an_ambiguous_short_form_is_a_paradigm_only_where_the_paper_defines_it_so(nlp):
    # PT, AT, CL, IT ... are short forms of paradigms only beside one ("prompt tuning (PT)" is not even one: a named PEFT
    # method); "Point Transformer (PT)" is a model another can be a variant of and a number's method
    doc = nlp("FooNet: Points\n\nPoint Transformer (PT) is strong. We present FooNet, a PT variant for point clouds. "
              "In our tests, PT reaches 70.4% mIoU on S3DIS.")
    assert ("based_on", "FooNet", "PT") in _relations(doc)
    assert [r["method"] for r in doc._.kg_results] == ["PT"]
    defined = nlp("FooNet: Points\n\nAdversarial training (AT) is strong. We present FooNet, an AT variant for point "
                  "clouds. In our tests, AT reaches 70.4% mIoU on S3DIS.")
    assert not {r for r in _relations(defined) if r[0] == "based_on" and r[2] == "AT"}
    assert "AT" not in [r["method"] for r in defined._.kg_results]

