"""paperkg: offline, evidence-backed knowledge graphs from research-paper abstracts.

Public API (imported lazily so that ``import kg`` stays cheap)::

    from kg import read_records, make_nlp, build_graph, KnowledgeGraph
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

__all__ = ["read_records", "merge_records", "make_nlp", "build_graph", "KnowledgeGraph", "PaperRecord", "__version__"]

_LAZY = {
    "read_records": ("kg.readers", "read_records"),
    "merge_records": ("kg.readers", "merge_records"),
    "make_nlp": ("kg.pipeline", "make_nlp"),
    "build_graph": ("kg.builder", "build_graph"),
    "KnowledgeGraph": ("kg.graph", "KnowledgeGraph"),
    "PaperRecord": ("kg.records", "PaperRecord"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
