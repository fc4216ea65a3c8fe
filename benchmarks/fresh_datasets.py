"""Paper-level DATASET precision/recall on a fresh hand judgement of SciREX-train abstracts.

The judgement file (``benchmarks/fresh/datasets_scirex_train.jsonl``) holds, per judged id, ``{"id", "DATASET":
[names], "aliases": [[name, ...]]}``: the dataset names the abstract names by ``tests/gold/GUIDELINES.md`` (named
datasets, benchmarks, corpora, challenges, knowledge bases used as data; no head nouns, no language adjective before
a name) and the alias groups among them. The text is read from ``/work/shared/train/scirex-abstracts-train.jsonl``
and put back into an abstract's shape by :func:`fresh_metric.detokenize`, as the product reads it. Scoring is
:func:`kg.evaluate.evaluate` at paper level, as ``quality.py`` scores entity sets (names normalised, an alias group
counted once). ``--ablate-lexicon dataset`` (with ``--no-model``) is the unseen-name simulation of ``quality.py``.

Usage (from the repository root)::

    python benchmarks/fresh_datasets.py                       # with the NER model, as shipped
    python benchmarks/fresh_datasets.py --no-model --ablate-lexicon dataset --errors   # unseen names; misses, extras
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

JUDGED = ROOT / "benchmarks" / "fresh" / "datasets_scirex_train.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--no-model", action="store_true", help="rule path only")
    parser.add_argument("--ablate-lexicon", nargs="+", default=[], metavar="KIND",
                        help="unseen-name simulation (quality.py's: rare, dataset, metric)")
    parser.add_argument("--errors", action="store_true", help="print each paper's misses and false positives")
    args = parser.parse_args(argv)
    from fresh_metric import fresh_records
    from kg.evaluate import evaluate, gold_from_dict, paper_errors, predict
    from kg.records import TEXT_SEPARATOR
    import quality

    judged = [json.loads(line) for line in args.judged.open(encoding="utf-8") if line.strip()]
    records = {r["id"]: r for r in fresh_records()}
    gold = [gold_from_dict({"id": j["id"], "labels": ["DATASET"], "entities": {"DATASET": j["DATASET"]},
                            "aliases": j.get("aliases", []),
                            "text": records[j["id"]]["title"] + TEXT_SEPARATOR + records[j["id"]]["abstract"]})
            for j in judged]
    with contextlib.ExitStack() as stack:
        if args.ablate_lexicon:
            from extractors.lexicon import load_lexicon

            entries, what = quality.ablate_lexicon(load_lexicon(), args.ablate_lexicon)
            stack.enter_context(quality.lexicon_replaced(entries))
            print(f"lexicon ablation: {what}")
        from kg.pipeline import make_nlp

        predictions = predict(gold, nlp=make_nlp(model=not args.no_model))
    s = evaluate(gold, predictions, level="paper")["paper"]["entities"]["DATASET"]
    print(f"{args.judged.name}: {len(gold)} papers, DATASET paper level P {100 * s['precision']:.1f} "
          f"R {100 * s['recall']:.1f} F1 {100 * s['f1']:.1f} (tp {s['tp']} fp {s['fp']} fn {s['fn']})")
    if args.errors:
        for err in paper_errors(gold, predictions):
            missed, extra = err["missed"].get("DATASET", []), err["spurious"].get("DATASET", [])
            if missed or extra:
                print(f"  {err['id'][:19]}  missed {missed}  false positives {extra}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
