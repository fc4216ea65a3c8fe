"""Statistics of a knowledge graph: what it holds, and where resolution may have gone wrong.

``paperkg stats OUT`` prints them. Besides counts per node and edge type and the
most-mentioned entities, it lists **suspicious merges**: entities whose aliases
fall into groups that share no word and are not abbreviations of each other
(``ChatGPT`` and ``GPT-3.5`` in one node), which is where a lexicon alias or an
abbreviation vote most likely joined two things. Pure functions over a
:class:`~kg.graph.KnowledgeGraph`; the CLI only formats.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any

from kg.graph import ENTITY_TYPES, KnowledgeGraph
from kg.resolve import depluralize, is_abbreviation, normalize_name

__all__ = ["alias_groups", "compute_stats", "format_stats"]

_STOP = frozenset({"a", "an", "and", "for", "from", "in", "of", "on", "the", "to", "with", "via", "by"})


def _words(alias: str) -> set[str]:
    text = re.sub(r"(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", depluralize(alias))
    return {w for w in re.findall(r"[a-z]+", text.casefold()) if len(w) >= 2 and w not in _STOP}


def _related(a: str, b: str) -> bool:
    if normalize_name(a) == normalize_name(b):
        return True
    if _words(a) & _words(b):
        return True
    if SequenceMatcher(None, normalize_name(a), normalize_name(b), autojunk=False).ratio() >= 0.85:
        return True  # a spelling variant ("summarisation"/"summarization")
    return is_abbreviation(a, b) or is_abbreviation(b, a)


def alias_groups(aliases: list[str]) -> list[list[str]]:
    """Aliases grouped by relatedness (shared word, same normalised name, abbreviation); sorted.

    One group is a coherent node; two or more suggest a suspicious merge.

    >>> alias_groups(["LoRA", "Low-Rank Adaptation", "low-rank adaptation"])
    [['LoRA', 'Low-Rank Adaptation', 'low-rank adaptation']]
    >>> alias_groups(["ChatGPT", "GPT-3.5", "GPT3.5"])
    [['ChatGPT'], ['GPT-3.5', 'GPT3.5']]
    """
    parent = {a: a for a in aliases}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, a in enumerate(aliases):
        for b in aliases[i + 1:]:
            if find(a) != find(b) and _related(a, b):
                ra, rb = sorted((find(a), find(b)))
                parent[rb] = ra
    groups: dict[str, list[str]] = {}
    for a in aliases:
        groups.setdefault(find(a), []).append(a)
    return sorted((sorted(g) for g in groups.values()), key=lambda g: (g[0].casefold(), g))


def compute_stats(graph: KnowledgeGraph, *, top: int = 10) -> dict[str, Any]:
    """Counts, top entities per type, entities with most aliases, suspicious merges.

    Example:
        >>> from kg.graph import KnowledgeGraph
        >>> kg = KnowledgeGraph()
        >>> kg.add_node("method/gpt-3-5", "Method", label="GPT-3.5", entity_type="method",
        ...             aliases=["ChatGPT", "GPT-3.5"], paper_count=3, mention_count=4)
        >>> compute_stats(kg)["suspicious_merges"][0]["groups"]
        [['ChatGPT'], ['GPT-3.5']]
    """
    counts = graph.counts()
    entities = list(graph.entities())
    top_entities: dict[str, list[dict[str, Any]]] = {}
    for entity_type in ENTITY_TYPES:
        of_type = [(n, d) for n, d in entities if d.get("entity_type") == entity_type]
        of_type.sort(key=lambda nd: (-int(nd[1].get("paper_count", 0)), -int(nd[1].get("mention_count", 0)), nd[0]))
        top_entities[entity_type] = [_entity_row(n, d) for n, d in of_type[:top]]
    by_aliases = sorted(entities, key=lambda nd: (-len(nd[1].get("aliases", [])), nd[0]))
    most_aliases = [{**_entity_row(n, d), "aliases": list(d.get("aliases", []))} for n, d in by_aliases[:top]]
    suspicious = []
    for node_id, data in entities:
        groups = alias_groups(list(data.get("aliases", [])))
        if len(groups) > 1:
            suspicious.append({**_entity_row(node_id, data), "groups": groups})
    suspicious.sort(key=lambda s: (-s["paper_count"], s["id"]))
    return {
        "nodes": counts["nodes"],
        "edges": counts["edges"],
        "top_entities": top_entities,
        "most_aliases": most_aliases,
        "suspicious_merges": suspicious,
    }


def _entity_row(node_id: str, data: dict[str, Any]) -> dict[str, Any]:
    return {"id": node_id, "label": data.get("label", ""), "paper_count": int(data.get("paper_count", 0)),
            "mention_count": int(data.get("mention_count", 0))}


def format_stats(stats: dict[str, Any], *, top: int = 10) -> str:
    """The statistics as plain-text tables (what ``paperkg stats`` prints)."""
    lines = ["Nodes"]
    lines += [f"  {k:<16} {v:>8}" for k, v in stats["nodes"].items()]
    lines.append(f"  {'total':<16} {sum(stats['nodes'].values()):>8}")
    lines.append("Edges")
    lines += [f"  {k:<16} {v:>8}" for k, v in stats["edges"].items()]
    lines.append(f"  {'total':<16} {sum(stats['edges'].values()):>8}")
    for entity_type, rows in stats["top_entities"].items():
        lines.append(f"Most mentioned {entity_type}s (papers, mentions)")
        lines += [f"  {r['paper_count']:>6} {r['mention_count']:>6}  {r['label']}" for r in rows] or ["  (none)"]
    lines.append("Most aliases")
    lines += [f"  {len(r['aliases']):>4}  {r['label']}: {', '.join(r['aliases'])}" for r in stats["most_aliases"]]
    suspicious = stats["suspicious_merges"]
    lines.append(f"Suspicious merges ({len(suspicious)}: aliases in unrelated groups)")
    for row in suspicious[:top]:
        groups = " | ".join(", ".join(g) for g in row["groups"])
        lines.append(f"  {row['id']} ({row['paper_count']} papers): {groups}")
    if len(suspicious) > top:
        lines.append(f"  ... {len(suspicious) - top} more (--top or --json for all)")
    return "\n".join(lines) + "\n"
