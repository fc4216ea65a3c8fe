"""kg_merge: agreement, label conflicts, overlaps, containment, any number of upstream groups."""

from __future__ import annotations

from spacy.tokens import SpanGroup

from extractors.merge import Candidate, EntityMerger, merge_candidates, noisy_or


def _out(merged):
    return [(m.start, m.end, m.label, round(m.score, 3), m.extractor) for m in merged]


def test_merge_agreement_boosts():
    # two extractors agreeing on one span combine by noisy-OR
    out = merge_candidates([Candidate(0, 1, "METHOD", 0.6, "kg_rules"), Candidate(0, 1, "METHOD", 0.5, "kg_ner")])
    assert _out(out) == [(0, 1, "METHOD", 0.8, "kg_rules")]


def test_merge_same_extractor_does_not_boost():
    out = merge_candidates([Candidate(0, 1, "METHOD", 0.6, "kg_rules"), Candidate(0, 1, "METHOD", 0.6, "kg_rules")])
    assert _out(out) == [(0, 1, "METHOD", 0.6, "kg_rules")]


def test_merge_label_conflict_lowers_score():
    out = merge_candidates([Candidate(0, 1, "DATASET", 0.9, "kg_gazetteer"), Candidate(0, 1, "METHOD", 0.6, "kg_rules")])
    assert _out(out) == [(0, 1, "DATASET", 0.63, "kg_gazetteer")]


def test_merge_threshold_drops_weak_spans():
    assert merge_candidates([Candidate(0, 1, "METHOD", 0.45, "kg_rules")]) == []


def test_merge_overlap_keeps_best():
    out = merge_candidates([Candidate(0, 2, "METHOD", 0.6, "kg_rules"), Candidate(1, 3, "DATASET", 0.9, "kg_gazetteer")])
    assert _out(out) == [(1, 3, "DATASET", 0.9, "kg_gazetteer")]


def test_merge_containment_prefers_longer_same_label():
    # "financial sentiment analysis" (rules, 0.8) over "sentiment analysis" (lexicon, 0.9)
    out = merge_candidates([Candidate(1, 3, "TASK", 0.9, "kg_gazetteer"), Candidate(0, 3, "TASK", 0.8, "kg_rules")])
    assert [(m.start, m.end) for m in out] == [(0, 3)]
    assert out[0].score > 0.8  # partial agreement of the contained span


def test_merge_proposed_and_entity_flow_through():
    out = merge_candidates([Candidate(0, 1, "METHOD", 0.9, "kg_gazetteer", entity="LoRA"),
                            Candidate(0, 1, "METHOD", 0.85, "kg_proposals", proposed=True)])
    assert out[0].proposed and out[0].entity == "LoRA"


def test_noisy_or_bounds():
    assert noisy_or([]) == 0.0 and noisy_or([1.0, 0.2]) == 1.0


def test_merger_reads_any_upstream_group(make_doc):
    # a future finder (kg_ner) plugs in by writing its own group; weights scale it
    doc = make_doc("We use FooNet on BarSet.")
    doc.spans["kg_ner"] = SpanGroup(doc, name="kg_ner", spans=[doc.char_span(7, 13, label="METHOD")],
                                    attrs={"scores": [0.7]})
    doc.spans["kg_custom"] = SpanGroup(doc, name="kg_custom", spans=[doc.char_span(17, 23, label="DATASET")],
                                       attrs={"scores": [0.6]})
    doc = EntityMerger(weights={"kg_custom": 0.5})(doc)
    group = doc.spans["kg_entities"]
    assert [(s.text, s.label_) for s in group] == [("FooNet", "METHOD")]
    assert group.attrs["extractors"] == ["kg_ner"]
    doc = EntityMerger(groups=["kg_custom"])(doc)
    assert [s.text for s in doc.spans["kg_entities"]] == ["BarSet"]
