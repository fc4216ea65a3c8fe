"""Shared fixtures: hand-built graphs (so exporter tests don't depend on extractors) and small corpora."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kg.graph import KnowledgeGraph

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent
SHARED = REPO.parent / "shared"


def _ev(paper: str, sentence: str, start: int = 0, end: int = 0, extractor: str = "kg_rules", confidence: float = 0.9):
    return {"paper": paper, "sentence": sentence, "start": start, "end": end, "extractor": extractor, "confidence": confidence}


def build_small_graph() -> KnowledgeGraph:
    """Two papers, a handful of entities, one result and every relation type."""
    kg = KnowledgeGraph()
    p1, p2 = "paper/arxiv:2106.09685", "paper/arxiv:2301.12597"
    s1 = "We propose Low-Rank Adaptation, or LoRA, which freezes the pre-trained model weights."
    s2 = "BLIP-2 outperforms Flamingo80B by 8.7% on zero-shot VQAv2."
    kg.add_node(p1, "Paper", label="LoRA: Low-Rank Adaptation of Large Language Models",
                title="LoRA: Low-Rank Adaptation of Large Language Models", abstract=s1,
                identifier="arxiv:2106.09685", arxiv_id="2106.09685", date="2021-06-17",
                authors=["Edward J. Hu", "Yelong Shen"], sources=["examples/a.txt:3"])
    kg.add_node(p2, "Paper", label="BLIP-2: Bootstrapping Language-Image Pre-training",
                title="BLIP-2: Bootstrapping Language-Image Pre-training", abstract=s2,
                identifier="arxiv:2301.12597", arxiv_id="2301.12597", date="2023-01-30",
                authors=["Junnan Li"], sources=["examples/b.txt:9"])
    kg.add_node("method/lora", "Method", label="LoRA", entity_type="method",
                aliases=["LoRA", "Low-Rank Adaptation", "low-rank adaptation"], paper_count=1, mention_count=2)
    kg.add_node("method/blip-2", "Method", label="BLIP-2", entity_type="method", aliases=["BLIP-2", "BLIP2"],
                paper_count=1, mention_count=3)
    kg.add_node("method/blip", "Method", label="BLIP", entity_type="method", aliases=["BLIP"], paper_count=1, mention_count=1)
    kg.add_node("method/flamingo-80b", "Method", label="Flamingo-80B", entity_type="method", aliases=["Flamingo80B"],
                paper_count=1, mention_count=1)
    kg.add_node("dataset/vqav2", "Dataset", label="VQAv2", entity_type="dataset", aliases=["VQAv2"], paper_count=1,
                mention_count=1)
    kg.add_node("metric/accuracy", "Metric", label="accuracy", entity_type="metric", aliases=["accuracy"], paper_count=1,
                mention_count=1)
    kg.add_node("task/visual-question-answering", "Task", label="visual question answering", entity_type="task",
                aliases=["visual question answering", "VQA"], paper_count=1, mention_count=1)
    kg.add_node("result/0123456789abcdef", "Result", label="+8.7% accuracy on VQAv2", value="8.7", unit="%",
                raw="by 8.7%", is_delta=True, paper=p2, sentence=s2, start=38, end=45, extractor="kg_results",
                confidence=0.8)
    kg.add_edge(p1, "method/lora", "mentions", evidence=[_ev(p1, s1, 11, 32)])
    kg.add_edge(p1, "method/lora", "proposes", evidence=[_ev(p1, s1, 11, 32, "kg_proposals", 0.95)])
    for node in ("method/blip-2", "method/flamingo-80b", "dataset/vqav2", "metric/accuracy"):
        kg.add_edge(p2, node, "mentions", evidence=[_ev(p2, s2)])
    kg.add_edge(p2, "method/blip-2", "proposes", evidence=[_ev(p2, s2, 0, 6, "kg_proposals", 0.95)])
    kg.add_edge("method/blip-2", "method/flamingo-80b", "outperforms", evidence=[_ev(p2, s2, 0, 33, "kg_relations", 0.8)])
    kg.add_edge("method/blip-2", "dataset/vqav2", "evaluated_on", evidence=[_ev(p2, s2, 0, 57, "kg_relations", 0.7)])
    kg.add_edge("method/blip-2", "method/blip", "variant_of", evidence=[_ev(p2, s2, 0, 6, "kg_resolve", 0.9)])
    kg.add_edge("method/blip-2", "task/visual-question-answering", "used_for", evidence=[_ev(p2, s2, 0, 57, "kg_relations", 0.6)])
    kg.add_edge("method/lora", "method/blip", "based_on", evidence=[_ev(p1, s1, 0, 10, "kg_relations", 0.5)])
    kg.add_edge(p2, "result/0123456789abcdef", "reports", evidence=[_ev(p2, s2, 38, 45, "kg_results", 0.8)])
    kg.add_edge("result/0123456789abcdef", "method/blip-2", "result_method", evidence=[_ev(p2, s2, 0, 6, "kg_results", 0.8)])
    kg.add_edge("result/0123456789abcdef", "dataset/vqav2", "result_dataset", evidence=[_ev(p2, s2, 49, 57, "kg_results", 0.8)])
    kg.add_edge("result/0123456789abcdef", "metric/accuracy", "result_metric", evidence=[_ev(p2, s2, 0, 0, "kg_results", 0.8)])
    return kg


HOSTILE_STRINGS = [
    '</script><script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '"}) DETACH DELETE n //',
    "quote ' and \" and `backtick`",
    "line\nbreak\r\nand\ttab",
    "unicode: Ünïcødé — 数据集 🚀 \u2028 sep",
    "",
    "back\\slash & ampersand ]]> cdata",
]


def build_hostile_graph() -> KnowledgeGraph:
    """Every string attribute a user's data could break an output with."""
    kg = KnowledgeGraph()
    for i, text in enumerate(HOSTILE_STRINGS):
        pid = f"paper/title:hostile{i:02d}"
        kg.add_node(pid, "Paper", label=text or "untitled", title=text, abstract=f"{text} abstract", identifier=f"title:hostile{i:02d}",
                    authors=[text, "O'Brien"], sources=[f"in{i}.jsonl:{i + 1}"])
        eid = f"method/hostile-{i}"
        kg.add_node(eid, "Method", label=text or "-", entity_type="method", aliases=[text, f"{text}x"], paper_count=1,
                    mention_count=1)
        kg.add_edge(pid, eid, "mentions", evidence=[_ev(pid, text, 0, len(text))])
        if i:
            kg.add_edge(eid, f"method/hostile-{i - 1}", "based_on", evidence=[_ev(pid, text, 0, len(text))])
    return kg


@pytest.fixture
def graph() -> KnowledgeGraph:
    return build_small_graph()


@pytest.fixture
def hostile_graph() -> KnowledgeGraph:
    return build_hostile_graph()


@pytest.fixture(scope="session")
def nlp():
    """The rule pipeline (``make_nlp(model=False)`` on ``spacy.blank("en")``), built once per session."""
    from kg.pipeline import make_nlp

    return make_nlp(model=False)


@pytest.fixture
def make_doc(nlp):
    """Tokenise a text with the pipeline's tokenizer, without running components."""
    return nlp.make_doc


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The team's shared data folder (formats, corpus, train); tests use copies in tests/data when they can."""
    return SHARED


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA


def load_benchmark_script(stem: str) -> ModuleType:
    """``benchmarks/<stem>.py`` as a module (benchmarks are scripts, not a package), with ``benchmarks/`` on
    ``sys.path`` while it runs so it can import its sibling scripts."""
    bench = REPO / "benchmarks"
    spec = importlib.util.spec_from_file_location(f"bench_{stem}", bench / f"{stem}.py")
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(bench))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(bench))
    return module


@pytest.fixture(scope="session")
def load_benchmark():
    """:func:`load_benchmark_script`, for tests of the benchmark scripts' helpers."""
    return load_benchmark_script
