"""Score the pipeline's relations against a fresh judgement file of ``benchmarks/fresh/`` (SciREX-train abstracts).

A judgement file holds one JSON object per line, keyed by the corpus ``id``: the triples a reader judged by
``tests/gold/GUIDELINES.md`` (``used_for`` as ``[[subject, object], ...]``), ``optional`` triples (borderline
calls: predicting one is no false positive, missing one no false negative), the record's ``aliases`` groups and a
``note``. The corpus text is read from ``--corpus`` (default the team's ``/work/shared/train/``; the title is the first line), never copied into the
judgement file. Names are compared as ``paperkg eval`` compares them (:mod:`kg.evaluate`: normalised, alias-mapped, a
mention's canonical entity accepted).

Usage (from the repository root)::

    python benchmarks/fresh_relations.py benchmarks/fresh/used_for_scirex_train.jsonl
    python benchmarks/fresh_relations.py benchmarks/fresh/used_for_scirex_train.jsonl --show   # every fp and fn
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import AliasIndex, Score, mention_entities, relation_triple_options  # noqa: E402

CORPUS = Path("/work/shared/train/scirex-abstracts-train.jsonl")


def _as_written(mentions: list[dict], relations: list[dict]) -> list[dict]:
    """The mentions, each also under the text a relation names it by: the corpus writes space-separated tokens
    ("multiplicative LSTM ( mLSTM )") and a relation names its arguments in their joined form."""
    by_offsets = {(m["start"], m["end"], m["label"]): m for m in mentions}
    out = list(mentions)
    for r in relations:
        for side in ("subject", "object"):
            m = by_offsets.get((r.get(f"{side}_start"), r.get(f"{side}_end"), r.get(f"{side}_label")))
            if m is not None and m["text"] != r[side]:
                out.append({**m, "text": r[side]})
    return out


def score_paper(judged: dict, relations: list[dict], mentions: list[dict], relation: str
                ) -> tuple[Score, list[tuple], list[tuple]]:
    """One paper's (score, false positives, false negatives) for ``relation``; optional triples are neutral."""
    aliases = AliasIndex(judged.get("aliases", []))
    gold = {(relation, aliases.key(s), aliases.key(o)) for s, o in judged.get(relation, [])}
    optional = {(relation, aliases.key(s), aliases.key(o)) for s, o in judged.get("optional", [])}
    preds = [r for r in relations if r.get("relation") == relation]
    entities = mention_entities(_as_written(mentions, preds))
    hit: set = set()
    fps: list[tuple] = []
    seen: set = set()
    for rel, options in zip(preds, relation_triple_options(preds, aliases, entities)):
        if not options or options[0] in seen:
            continue
        seen.add(options[0])
        found = set(options) & gold
        if found:
            hit |= found
        elif not set(options) & optional:
            fps.append((rel["subject"], rel["object"], rel.get("sentence", "")))
    fns = sorted(gold - hit)
    return Score(len(hit), len(fps), len(fns)), fps, fns


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("judgements", type=Path)
    parser.add_argument("--relation", default="used_for")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the corpus the ids index")
    parser.add_argument("--no-model", action="store_true", help="rule path only")
    parser.add_argument("--show", action="store_true", help="print every false positive and negative")
    args = parser.parse_args(argv)

    from kg.pipeline import extract_records, make_nlp
    from kg.records import PaperRecord

    judged = {}
    for line in args.judgements.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            judged[item["id"]] = item
    records = []
    with args.corpus.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            if rec["id"] in judged:
                title, _, abstract = rec["text"].partition("\n")
                records.append(PaperRecord(id=rec["id"], title=title, abstract=abstract))
    nlp = make_nlp(model=not args.no_model)
    total = Score(0, 0, 0)
    for ex in extract_records(nlp, records):
        data = ex.to_dict()
        score, fps, fns = score_paper(judged[data["id"]], data["relations"], data["mentions"], args.relation)
        total = total + score
        if args.show and (fps or fns):
            print(f"== {data['id']}  ({judged[data['id']].get('note', '')})")
            for subject, obj, sentence in fps:
                print(f"  FP {subject} -> {obj}   | {sentence[:140]}")
            for _, subject, obj in fns:
                print(f"  FN {subject} -> {obj}")
    print(f"{args.relation}: {len(records)} records  P {100 * total.precision:.1f}  R {100 * total.recall:.1f}  "
          f"F1 {100 * total.f1:.1f}  (tp {total.tp}, fp {total.fp}, fn {total.fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
