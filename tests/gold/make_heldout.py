"""Carve deterministic held-out splits out of the shared training corpora, in the gold form.

/work/shared/train holds only the training splits of TDMSci, SciREX (abstracts) and the
dataset-mentions corpus. A record is held out when the first 8 hex digits of sha1(id), read as
an integer, fall in the lowest 15% (``int(h, 16) % 10000 < 1500``): stable across runs, machines
and Python versions (no ``hash()``). This script writes

- ``heldout_<corpus>.jsonl``: ``{"id", "source", "text", "labels", "mentions"}`` where ``labels``
  lists the labels that corpus annotates (only those are scored);
- ``heldout_ids.txt``: every held-out id, one per line, sorted: the NER training must skip them.

Run from the repository root: ``python tests/gold/make_heldout.py [/work/shared/train]``.
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent
#: corpus file -> (output name, labels the corpus annotates)
CORPORA = {
    "tdmsci-train.jsonl": ("tdmsci", ["DATASET", "METRIC", "TASK"]),
    "scirex-abstracts-train.jsonl": ("scirex", ["METHOD", "DATASET", "METRIC", "TASK"]),
    "dataset-mentions-train.jsonl": ("dsnames", ["DATASET"]),
}
HELDOUT_PER_10000 = 1500


def is_heldout(record_id: str) -> bool:
    """True for the stable 15% of ids held out from training.

    >>> is_heldout("tdmsci-train-0001") in (True, False)
    True
    """
    return int(hashlib.sha1(record_id.encode("utf-8")).hexdigest()[:8], 16) % 10000 < HELDOUT_PER_10000


def convert(row: dict, labels: list[str]) -> dict:
    text = row["text"]
    mentions = []
    for e in row["entities"]:
        label = (e.get("kg_label") or "").upper()
        if label not in labels:
            continue
        if text[e["start"]:e["end"]] != e["text"]:
            raise SystemExit(f"{row['id']}: offsets do not match {e['text']!r}")
        mentions.append({"start": e["start"], "end": e["end"], "label": label, "text": e["text"]})
    mentions.sort(key=lambda m: (m["start"], m["end"], m["label"]))
    return {"id": row["id"], "source": row["source"], "text": text, "labels": labels, "mentions": mentions}


def main(train_dir: Path) -> None:
    ids = []
    for file, (name, labels) in CORPORA.items():
        rows = [json.loads(line) for line in (train_dir / file).open(encoding="utf-8") if line.strip()]
        held = [convert(r, labels) for r in rows if is_heldout(r["id"])]
        held.sort(key=lambda r: r["id"])
        out = HERE / f"heldout_{name}.jsonl"
        with out.open("w", encoding="utf-8") as fh:
            for r in held:
                fh.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
        ids += [r["id"] for r in held]
        print(f"{out.name}: {len(held)} of {len(rows)} records, {sum(len(r['mentions']) for r in held)} mentions")
    (HERE / "heldout_ids.txt").write_text("".join(i + "\n" for i in sorted(ids)), encoding="utf-8")
    print(f"heldout_ids.txt: {len(ids)} ids")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/shared/train"))
