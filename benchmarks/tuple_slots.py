"""Where result-tuple F1 is lost, by slot: run the pipeline on gold sets and pair gold and predicted tuples by value.

A gold (method, dataset, metric, value) tuple no prediction matches is counted once: ``value missing`` when no
predicted result has its value, else against the predicted result with that value that agrees on most slots,
one count per slot it gets wrong — ``empty`` (predicted none, gold names one), ``extra`` (predicted one, gold
none) or ``wrong`` (both name one, different). A predicted tuple no gold tuple matches is a ``spurious value``
when no gold result has its value (else its loss is already counted on the gold side). Names are compared as
``paperkg eval`` compares them (:mod:`kg.evaluate`: normalised, alias-mapped, a mention's canonical entity
accepted).

Usage (from the repository root)::

    python benchmarks/tuple_slots.py --sets dev dev2 dev3 test holdout dev4 dev5 dev6 dev7 dev8
    python benchmarks/tuple_slots.py --sets dev8 --show "method wrong"     # list the cases of one class

Never run it on the untouched holdouts (holdout2 and later): it prints per-paper errors with ``--show``.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import (  # noqa: E402
    AliasIndex,
    Score,
    _name_keys,
    load_gold,
    mention_entities,
    normalize_value,
    predict,
    result_tuple_options,
    result_tuples,
    score_options,
)

SLOTS = (("method", "METHOD"), ("dataset", "DATASET"), ("metric", "METRIC"))


def slot_losses(gold: Iterable[tuple[str, str, str, str]], results: Sequence[Mapping[str, Any]],
                aliases: AliasIndex, entities: Mapping[tuple[str, str], set[str]]) -> Counter:
    """Count one paper's tuple losses by class (see the module docstring).

    Example:
        >>> gold = {("bert", "squad", "f1", "91"), ("", "", "", "5")}
        >>> pred = [{"value": "91", "method": "BERT", "dataset": None, "metric": "F1"},
        ...         {"value": "7", "method": None, "dataset": None, "metric": None}]
        >>> sorted(slot_losses(gold, pred, AliasIndex(), {}).items())
        [('dataset empty', 1), ('spurious value', 1), ('value missing', 1)]
    """
    gold = set(gold)
    kept = [r for r in results if r.get("value") not in (None, "")]
    options = result_tuple_options(kept, aliases, entities)
    hit = set()
    for o in options:
        hit |= set(o) & gold
    out: Counter = Counter()
    for t in sorted(gold - hit):
        same = [r for r in kept if normalize_value(r.get("value")) == t[3]]
        if not same:
            out["value missing"] += 1
            continue
        best = max(same, key=lambda r: sum(t[i] in _name_keys(r.get(s), label, aliases, entities)
                                           for i, (s, label) in enumerate(SLOTS)))
        for i, (slot, label) in enumerate(SLOTS):
            if t[i] in _name_keys(best.get(slot), label, aliases, entities):
                continue
            out[f"{slot} {'empty' if not best.get(slot) else 'extra' if not t[i] else 'wrong'}"] += 1
    values = {t[3] for t in gold}
    seen = set()
    for o in options:
        if o[0] in seen or set(o) & gold:
            continue
        seen.add(o[0])
        if o[0][3] not in values:
            out["spurious value"] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quality import SETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["dev"])
    parser.add_argument("--no-model", action="store_true", help="rule path only (no trained NER)")
    parser.add_argument("--show", metavar="CLASS", help='print the cases of one class, e.g. "dataset empty"')
    args = parser.parse_args(argv)

    from kg.pipeline import make_nlp

    nlp = make_nlp(model=not args.no_model)
    total: Counter = Counter()
    print(f"{'set':<10}{'tuple F1':>9}{'tp':>5}{'fp':>5}{'fn':>5}")
    for name in args.sets:
        gold = [g for g in load_gold(SETS[name]) if g.has_facts]
        predictions = predict(gold, nlp=nlp)
        score = Score()
        for paper in gold:
            pred = predictions[paper.id]
            aliases, entities = AliasIndex(paper.aliases), mention_entities(pred.mentions)
            truth = result_tuples(paper.results, aliases)
            score += score_options(truth, result_tuple_options(pred.results, aliases, entities))
            losses = slot_losses(truth, pred.results, aliases, entities)
            total.update(losses)
            if args.show and losses.get(args.show):
                print(f"  [{name} {paper.id}] {args.show} x{losses[args.show]}")
        f1 = 2 * score.tp / max(1, 2 * score.tp + score.fp + score.fn)
        print(f"{name:<10}{100 * f1:9.1f}{score.tp:5}{score.fp:5}{score.fn:5}")
    print("loss by class (gold tuples not matched; spurious = predicted values no gold result has):")
    for key, count in total.most_common():
        print(f"  {key:<18}{count:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
