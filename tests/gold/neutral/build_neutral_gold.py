"""Build ``neutral.jsonl``, the paper-level "neutral" reference, from ``annotations.jsonl``.

``annotations.jsonl`` holds session 14's two blind annotations of 80 tuning papers, copied verbatim from
/work/notes/s14/q1_neutral.jsonl and q2_neutral.jsonl with two keys added in front: ``annotator`` (Q1, Q2)
and, for Q1's records, the ``set`` its paper was drawn from (Q2's records carry it), then session 15's third
(Q3, 4 papers of each of the 10 tuning sets, /work/notes/s15/q3/q3_neutral.jsonl verbatim, written in Q1's form). The annotators wrote
names, not spans, from the issue's definitions alone (SOURCES.md). Each output record is::

    {"id", "text", "source", "annotator", "set", "entities": {label: [name, ...]}, "proposes",
     "results", "relations", "aliases"}

``text`` is the exact text of the gold record with the same id in ``tests/gold/<set>.jsonl`` (so the pipeline
reads what it reads there), ``entities`` the annotated names per label (kg.evaluate scores a record with
``entities`` at paper level only). Q2 wrote alternative names of one entity as ``"long|SHORT"``: the first is
the name and all of them an alias group, and relations as ``type``; values are strings. This is Q2's own
``conv.py`` (/work/notes/s14/q2_scripts/), so the records equal the ``neutral_fmt.jsonl`` Q2 scored with.

Run from the repository root: ``python tests/gold/neutral/build_neutral_gold.py`` (``--check``: exit 1 when
``neutral.jsonl`` differs from what the script would write).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parent
LABELS = ("METHOD", "DATASET", "METRIC", "TASK")


def _first(name: str) -> str:
    return name.split("|")[0]


def convert(row: dict, text: str) -> dict:
    """One annotation row (Q1's or Q2's form) as a gold record with ``text``."""
    aliases = [list(group) for group in row.get("aliases") or ()]
    entities = {}
    for label in LABELS:
        names = row.get(label) or []
        entities[label] = [_first(n) for n in names]
        aliases += [n.split("|") for n in names if "|" in n]
    return {
        "id": row["id"], "text": text, "source": f"tests/gold/{row['set']}.jsonl", "annotator": row["annotator"],
        "set": row["set"], "entities": entities, "proposes": list(row.get("proposes") or ()),
        "results": [{**r, "value": str(r["value"])} for r in row.get("results") or ()],
        "relations": [{"relation": r.get("relation", r.get("type")), "subject": r["subject"], "object": r["object"]}
                      for r in row.get("relations") or ()],
        "aliases": aliases,
    }


def build() -> str:
    """The text of ``neutral.jsonl``."""
    rows = [json.loads(line) for line in (HERE / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    texts: dict[tuple[str, str], str] = {}
    for name in sorted({row["set"] for row in rows}):
        for line in (GOLD / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                texts[name, record["id"]] = record["text"]
    out = [convert(row, texts[row["set"], row["id"]]) for row in rows]
    assert len({r["id"] for r in out}) == len(out), "a paper annotated twice"
    return "".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in out)


def main(argv: list[str]) -> int:
    text = build()
    target = HERE / "neutral.jsonl"
    if "--check" in argv:
        same = target.exists() and target.read_text(encoding="utf-8") == text
        print(f"{target.name}: {'up to date' if same else 'DIFFERS from the build'}")
        return 0 if same else 1
    target.write_text(text, encoding="utf-8")
    print(f"wrote {target} ({text.count(chr(10))} records)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
