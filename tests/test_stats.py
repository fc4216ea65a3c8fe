"""paperkg stats: counts, top entities, aliases and suspicious merges."""

from __future__ import annotations

import pytest

from kg.graph import KnowledgeGraph
from kg.stats import alias_groups, compute_stats, format_stats


@pytest.mark.parametrize(
    "aliases",
    [
        ["LoRA", "Low-Rank Adaptation", "low-rank adaptation"],  # abbreviation + spellings
        ["BLIP-2", "BLIP2"],  # same normalised name
        ["Llama 2", "LLaMA-2", "Llama2"],  # same normalised name
        ["VQA", "visual question answering"],  # abbreviation
        ["Vision Transformer", "vision transformers", "ViT"],  # plural + abbreviation
        ["summarisation", "summarization"],  # British and American spelling
    ],
)
def test_stats_coherent_aliases_form_one_group(aliases):
    assert len(alias_groups(aliases)) == 1


@pytest.mark.parametrize(
    "aliases,groups",
    [
        (["ChatGPT", "GPT-3.5"], [["ChatGPT"], ["GPT-3.5"]]),  # no shared word, no abbreviation
        (["ImageNet", "ILSVRC2012"], [["ILSVRC2012"], ["ImageNet"]]),  # a synonym stats cannot confirm
        (["SR", "super-resolution", "success rate"], [["SR", "success rate", "super-resolution"]]),  # linked via SR
    ],
)
def test_stats_alias_groups(aliases, groups):
    assert alias_groups(aliases) == groups


def test_stats_counts_and_top_entities(graph):
    stats = compute_stats(graph, top=2)
    assert stats["nodes"]["Paper"] == 2
    assert stats["edges"]["mentions"] == 5
    assert [r["label"] for r in stats["top_entities"]["method"]] == ["BLIP-2", "LoRA"]  # ties on papers broken by mentions
    assert len(stats["top_entities"]["method"]) == 2
    assert stats["most_aliases"][0]["label"] == "LoRA"


def test_stats_flags_suspicious_merge_and_not_coherent_ones(graph):
    graph.add_node("method/gpt-3-5", "Method", label="GPT-3.5", entity_type="method", aliases=["ChatGPT", "GPT-3.5"],
                   paper_count=5, mention_count=9)
    flagged = {row["id"] for row in compute_stats(graph)["suspicious_merges"]}
    assert flagged == {"method/gpt-3-5"}


def test_stats_format_lists_every_section(graph):
    text = format_stats(compute_stats(graph))
    for heading in ("Nodes", "Edges", "Most mentioned methods", "Most aliases", "Suspicious merges"):
        assert heading in text
    assert text.endswith("\n")


def test_stats_empty_graph():
    stats = compute_stats(KnowledgeGraph())
    assert stats["nodes"] == {} and stats["suspicious_merges"] == []
    assert "Nodes" in format_stats(stats)
