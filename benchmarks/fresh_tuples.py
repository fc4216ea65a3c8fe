"""Score result tuples on a fresh judgement file (``benchmarks/fresh/tuples_*.jsonl``): slot accuracy and tuple F1.

A fresh file holds, per corpus record (by ``id``), the hand-judged ``results`` (value, unit, is_delta, method,
dataset, metric; ``doubt`` marks a tuple whose attribution the judge found arguable), optional ``aliases`` groups
(names the judge accepts as one, e.g. a long and a short form) and a ``note``; the text is read from the corpus file
(``examples/train``, a copy of ``../shared/train``), never copied. The pipeline reads each record as a listing: the
first line is the title, the rest the abstract.

Figures: tuple and value F1 (pooled, as ``paperkg eval`` compares them) and *slot accuracy*: for each gold tuple
whose value the pipeline found, the predicted result with that value agreeing on most slots is paired with it (as
``tuple_slots.py`` pairs them) and each of its three slots is right or wrong; the loss classes are
``tuple_slots.py``'s. ``--no-doubt`` leaves the doubtful tuples out.

Usage (from the repository root)::

    python benchmarks/fresh_tuples.py                      # benchmarks/fresh/tuples_scirex_train.jsonl
    python benchmarks/fresh_tuples.py --show "method empty"
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.evaluate import (  # noqa: E402
    AliasIndex,
    Score,
    _name_keys,
    mention_entities,
    normalize_value,
    result_tuple_options,
    result_tuples,
    result_values,
    score_options,
    score_sets,
)
from tuple_slots import SLOTS, describe_case, slot_cases  # noqa: E402

DEFAULT = ROOT / "benchmarks" / "fresh" / "tuples_scirex_train.jsonl"
CORPUS = ROOT / "examples" / "train" / "scirex-abstracts-train.jsonl"


def slot_accuracy(gold_results, pred_results, aliases: AliasIndex, entities) -> tuple[int, int]:
    """(right, total) slots over the gold tuples whose value a predicted result has.

    Example:
        >>> g = [{"value": "91", "method": "BERT", "dataset": "SQuAD", "metric": "F1"}]
        >>> p = [{"value": "91", "method": "RoBERTa", "dataset": "SQuAD", "metric": "F1"}]
        >>> slot_accuracy(g, p, AliasIndex(), {})
        (2, 3)
    """
    right = total = 0
    kept = [r for r in pred_results if r.get("value") not in (None, "")]
    for t in result_tuples(gold_results, aliases):
        same = [r for r in kept if normalize_value(r.get("value")) == t[3]]
        if not same:
            continue
        ok = [[t[i] in _name_keys(r.get(s), label, aliases, entities) for i, (s, label) in enumerate(SLOTS)]
              for r in same]
        best = max(ok, key=sum)
        right += sum(best)
        total += len(SLOTS)
    return right, total


def result_mentions(results) -> list[dict]:
    """The results' slot names as mentions, so that a name the pipeline detokenised ("CoNLL-2005 SRL", "Inception
    Score (IS)") is read through its bare names (:func:`kg.evaluate.mention_names`) as the corpus's tokenised
    mention text would be ("CoNLL - 2005 SRL" is the mention, so its entity lookup misses the detokenised name).

    Example:
        >>> result_mentions([{"value": "1", "metric": "Inception Score (IS)", "method": None}])
        [{'label': 'METRIC', 'text': 'Inception Score (IS)'}]
    """
    return [{"label": label, "text": r[slot]} for r in results for slot, label in SLOTS if r.get(slot)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", default=str(DEFAULT))
    parser.add_argument("--corpus", default=str(CORPUS))
    parser.add_argument("--no-model", action="store_true", help="rule path only (no trained NER)")
    parser.add_argument("--no-doubt", action="store_true", help="leave out the tuples marked doubt")
    parser.add_argument("--show", metavar="CLASS", help='print the cases of one class, e.g. "method empty"')
    parser.add_argument("--json", metavar="OUT", help="write the figures as JSON")
    args = parser.parse_args(argv)

    from kg.pipeline import extract_records, make_nlp
    from kg.records import PaperRecord

    judged = [json.loads(line) for line in Path(args.file).read_text(encoding="utf-8").splitlines() if line.strip()]
    texts = {}
    for line in Path(args.corpus).read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        texts[rec["id"]] = rec["text"]
    records = []
    for j in judged:
        title, _, abstract = texts[j["id"]].partition("\n")
        records.append(PaperRecord(id=j["id"], title=title, abstract=abstract))
    nlp = make_nlp(model=not args.no_model)
    preds = {ex.paper_id: ex.to_dict() for ex in extract_records(nlp, records, batch_size=64)}

    tuples, values, classes = Score(), Score(), Counter()
    right = total = 0
    for j in judged:
        pred = preds[j["id"]]
        gold = [r for r in j["results"] if not (args.no_doubt and r.get("doubt"))]
        doubtful = {normalize_value(r["value"]) for r in j["results"] if r.get("doubt")}
        aliases = AliasIndex(j.get("aliases", []))
        entities = mention_entities(pred["mentions"] + result_mentions(pred["results"]))
        results = [r for r in pred["results"]
                   if not (args.no_doubt and normalize_value(r.get("value")) in doubtful)]
        truth = result_tuples(gold, aliases)
        tuples += score_options(truth, result_tuple_options(results, aliases, entities))
        values += score_sets(result_values(gold), result_values(results))
        r, t = slot_accuracy(gold, results, aliases, entities)
        right, total = right + r, total + t
        cases = slot_cases(truth, results, aliases, entities)
        classes.update(c for c, _, _ in cases)
        shown = [(t, r) for c, t, r in cases if c == args.show]
        if shown:
            print(f"  [{j['id'][:20]}] {args.show} x{len(shown)}")
            for t, r in shown:
                print(describe_case(args.show, t, r))
    f1 = lambda s: 100 * 2 * s.tp / max(1, 2 * s.tp + s.fp + s.fn)  # noqa: E731
    print(f"{len(judged)} records, {sum(len(j['results']) for j in judged)} judged results"
          f"{' (doubtful left out)' if args.no_doubt else ''}")
    print(f"slot accuracy   {100 * right / max(1, total):5.1f}  ({right}/{total} slots of the tuples whose value is found)")
    print(f"result tuples   {f1(tuples):5.1f}  tp {tuples.tp} fp {tuples.fp} fn {tuples.fn}")
    print(f"result values   {f1(values):5.1f}  tp {values.tp} fp {values.fp} fn {values.fn}")
    print("loss by class:")
    for key, count in classes.most_common():
        print(f"  {key:<18}{count:5}")
    if args.json:
        Path(args.json).write_text(json.dumps({
            "slot_accuracy": [right, total], "tuples": [tuples.tp, tuples.fp, tuples.fn],
            "values": [values.tp, values.fp, values.fn], "classes": dict(classes)}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
