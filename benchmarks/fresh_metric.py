"""Paper-level METRIC precision/recall on a fresh hand judgement of SciREX-train abstracts.

The SciREX training split in ``/work/shared/train/scirex-abstracts-train.jsonl`` (outside
``tests/gold/heldout_ids.txt``) is text no rule was written from. Its text is tokenised as distributed
(``state - of - the - art``, ``F1 - score ( % )``); :func:`detokenize` puts it back into the shape of a
real abstract (the shape the product reads) and splits the title from the abstract, so the pipeline sees a
title + abstract record. The judgement file (``benchmarks/fresh/metric_scirex_train.jsonl``) holds, per
judged id, the METRIC names the abstract names as measures by ``tests/gold/GUIDELINES.md`` (an item may be
a list: one measure's alias group, "word error rate" and "WER"). Scoring is :func:`kg.evaluate.score_name_sets`,
as ``quality.py`` scores paper-level entity sets.

Usage (from the repository root)::

    python benchmarks/fresh_metric.py                    # with the NER model; P/R/F1 over the judged ids
    python benchmarks/fresh_metric.py --no-model --errors  # rule path, and every miss / false positive
    python benchmarks/fresh_metric.py --dump OUT.jsonl   # every train abstract's text and predicted METRICs
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TRAIN = Path("/work/shared/train/scirex-abstracts-train.jsonl")
HELDOUT = ROOT / "tests" / "gold" / "heldout_ids.txt"
JUDGED = ROOT / "benchmarks" / "fresh" / "metric_scirex_train.jsonl"

_DETOK = [
    (re.compile(r" ([,.;:?!%)\]])"), r"\1"),
    (re.compile(r"([(\[]) "), r"\1"),
    (re.compile(r"(?<=\S) - (?=\S)"), "-"),
    (re.compile(r" ' s\b"), "'s"),
    (re.compile(r" n't\b"), "n't"),
    (re.compile(r"`` | ''"), '"'),
]


def detokenize(text: str) -> str:
    """SciREX's tokenised text as an abstract would write it (spaces before punctuation and inside
    brackets and hyphenated words go).

    >>> detokenize("state - of - the - art F1 - score ( 91.2 % ) on SQuAD , and BLEU .")
    'state-of-the-art F1-score (91.2%) on SQuAD, and BLEU.'
    """
    for pattern, repl in _DETOK:
        text = pattern.sub(repl, text)
    return text


def fresh_records(path: Path = TRAIN) -> list[dict]:
    """The SciREX-train abstracts outside the held-out ids: ``{"id", "title", "abstract", "spans"}``
    (``spans``: the corpus's own Metric span texts, a hint only)."""
    heldout = set(HELDOUT.read_text().split())
    out = []
    for line in path.read_text().splitlines():
        row = json.loads(line)
        if row["id"] in heldout:
            continue
        title, _, abstract = row["text"].partition("\n")
        spans = sorted({e["text"] for e in row.get("entities", []) if e.get("label") == "Metric"})
        out.append({"id": row["id"], "title": detokenize(title.strip()), "abstract": detokenize(abstract.strip()),
                    "spans": spans})
    return out


def predict_metrics(records: list[dict], *, model: bool) -> dict[str, list[tuple[str, ...]]]:
    """The METRIC mentions' names (:func:`kg.evaluate.mention_names`) the pipeline predicts per id."""
    from kg.evaluate import mention_names
    from kg.pipeline import extract_records, make_nlp
    from kg.records import PaperRecord

    nlp = make_nlp(model=model)
    papers = [PaperRecord(id=r["id"], title=r["title"], abstract=r["abstract"]) for r in records]
    out = {}
    for ex in extract_records(nlp, papers):
        data = ex.to_dict()
        out[ex.paper_id] = [mention_names(m) for m in data["mentions"] if m.get("label") == "METRIC"]
    return out


def score(judged: dict[str, dict], pred: dict[str, list[tuple[str, ...]]]) -> tuple[list[int], list[dict]]:
    """Pooled (tp, fp, fn) over the judged ids and each paper's misses and false positives."""
    from kg.evaluate import AliasIndex, score_name_sets

    total = [0, 0, 0]
    errors = []
    for pid, row in judged.items():
        groups = [item if isinstance(item, list) else [item] for item in row["metrics"]]
        idx = AliasIndex(groups)
        gold = [group[0] for group in groups]
        readings = pred.get(pid, [])
        s = score_name_sets(gold, readings, aliases=idx)
        total[0] += s.tp
        total[1] += s.fp
        total[2] += s.fn
        gold_keys = {idx.key(g) for g in gold}
        pred_keys = [{idx.key(n) for n in names if n} for names in readings]
        missed = [g for g in gold if not any(idx.key(g) in keys for keys in pred_keys)]
        wrong = sorted({names[0] for names, keys in zip(readings, pred_keys) if not keys & gold_keys})
        if missed or wrong:
            errors.append({"id": pid, "missed": missed, "false": wrong})
    return total, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--no-model", action="store_true", help="rule path only")
    parser.add_argument("--judged", type=Path, default=JUDGED, help="the judgement file")
    parser.add_argument("--errors", action="store_true", help="print each paper's misses and false positives")
    parser.add_argument("--dump", type=Path, help="write every record's text and predicted METRICs here")
    args = parser.parse_args(argv)
    records = fresh_records()
    pred = predict_metrics(records, model=not args.no_model)
    if args.dump:
        with args.dump.open("w") as fh:
            for r in records:
                names = sorted({names[0] for names in pred.get(r["id"], [])})
                fh.write(json.dumps({**r, "pred": names}) + "\n")
    if not args.judged.exists():
        print(f"{len(records)} records; no judgement file {args.judged}")
        return 0
    judged = {}
    for line in args.judged.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            judged[row["id"]] = row
    (tp, fp, fn), errors = score(judged, pred)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    mode = "rule path" if args.no_model else "with model"
    print(f"METRIC on {len(judged)} judged SciREX-train abstracts ({mode}): "
          f"tp {tp} fp {fp} fn {fn}  P {100 * p:.1f}  R {100 * r:.1f}  F1 {100 * f:.1f}")
    if args.errors:
        for e in errors:
            print(f"{e['id'][7:19]}  missed {e['missed']}  false {e['false']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
