"""Build tests/gold/holdout7.jsonl from the hand annotations in hf_annotations_holdout7.py.

holdout7 (session 9) annotates records of the real metadata samples (``tests/data/formats``, byte-identical copies of
``/work/shared/formats``) instead of examples/hf-papers listings, so each paper is read with ``kg.readers`` from its
format file and found by the paper id the reader gives it (the richest abstract when a file holds the id twice). The
gold ``text`` is ``PaperRecord.text`` (title + "\\n\\n" + abstract) and ``id`` the record's id, embedded in the .jsonl
because CI has no /work/shared; ``source`` is ``shared/formats/<file>:<record line>``. Mentions, proposes, results,
relations and aliases are checked and put into the corpus span convention by the same code as every other gold set
(:func:`build_hf_gold.annotate`). Only holdout7.jsonl is written. Run from the repository root:

    python tests/gold/build_holdout7_gold.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from build_hf_gold import annotate, write_split  # noqa: E402
from hf_annotations_holdout7 import PAPERS_HOLDOUT7  # noqa: E402

from kg.readers import read_records  # noqa: E402

FORMATS = ROOT / "tests" / "data" / "formats"
OUT = Path(__file__).parent / "holdout7.jsonl"


def format_record(fmt: str, record_id: str):
    """The record of ``FORMATS/fmt`` whose paper id is ``record_id`` (the longest abstract among repeats)."""
    found = [r for r in read_records([FORMATS / fmt]) if r.id == record_id]
    if not found:
        raise SystemExit(f"{fmt}: no record {record_id!r}")
    return max(found, key=lambda r: len(r.abstract))


def build(entry: dict) -> dict:
    record = format_record(entry["fmt"], entry["record"])
    return {
        "id": record.id,
        "source": f"shared/formats/{entry['fmt']}:{record.line}",
        "text": record.text,
        **annotate(entry, record.text, f"{entry['fmt']} {entry['record']}"),
    }


def main() -> None:
    rows = [build(entry) for entry in PAPERS_HOLDOUT7]
    if len({r["id"] for r in rows}) != len(rows):
        raise SystemExit("holdout7: a paper is annotated twice")
    write_split(OUT, rows)


if __name__ == "__main__":
    main()
