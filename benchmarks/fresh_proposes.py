"""Proposes P/R/F1 on a fresh judgement file (benchmarks/fresh/proposes_*.jsonl) against its corpus.

A judgement line is ``{"id", "proposes": [names], "aliases": [[names of one thing]], "grey": [names], "note"}``
(see benchmarks/fresh/README.md). ``grey`` names are convention grey zones (lower-case descriptive proposals,
title-only phrases): a prediction of one is neither right nor wrong, so it is dropped before scoring.

The corpus text is the published corpus's (SciREX: title, one newline, abstract, tokenised with spaces around
punctuation). It is read as a paper is: title + blank line + abstract (``PaperRecord.text``), so the title rules
see the title. ``--detok`` also undoes the tokenisation ("BERT , which" -> "BERT, which", "state - of - the - art"
-> "state-of-the-art"): the difference between the two runs is what the tokenisation alone costs.

Usage (from the repository root)::

    python benchmarks/fresh_proposes.py                       # rule path + model, tokenised text
    python benchmarks/fresh_proposes.py --detok --show        # detokenised, print each miss and false positive
    python benchmarks/fresh_proposes.py --no-model --corpus /work/shared/train/scirex-abstracts-train.jsonl
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

JUDGED = ROOT / "benchmarks" / "fresh" / "proposes_scirex_train.jsonl"
CORPUS_CANDIDATES = (ROOT.parent / "shared" / "train" / "scirex-abstracts-train.jsonl",
                     Path("/work/shared/train/scirex-abstracts-train.jsonl"))

_SPACE_BEFORE = re.compile(r" (?=[,.;:?!)\]’”%])")
_SPACE_AFTER = re.compile(r"(?<=[(\[“‘]) ")
_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")


def detokenise(text: str) -> str:
    """Undo the corpus tokenisation's spaces around punctuation and inside hyphenated words.

    Example:
        >>> detokenise("BERT , which ( i.e. , state - of - the - art ) wins 5 % .")
        'BERT, which (i.e., state-of-the-art) wins 5%.'
    """
    return _HYPHEN.sub("-", _SPACE_AFTER.sub("", _SPACE_BEFORE.sub("", text)))


def paper_text(text: str, *, detok: bool = False) -> str:
    """The corpus text (title, newline, abstract) as a paper's text: title + blank line + abstract."""
    from kg.records import TEXT_SEPARATOR

    title, _, abstract = text.partition("\n")
    if detok:
        title, abstract = detokenise(title), detokenise(abstract)
    return title + TEXT_SEPARATOR + abstract if abstract.strip() else title


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--judged", type=Path, default=JUDGED)
    parser.add_argument("--corpus", type=Path, default=None, help="the corpus JSONL the judged ids come from")
    parser.add_argument("--no-model", action="store_true", help="rule path only")
    parser.add_argument("--detok", action="store_true", help="undo the corpus tokenisation first")
    parser.add_argument("--show", action="store_true", help="print each record's misses and false positives")
    args = parser.parse_args(argv)
    corpus = args.corpus or next((p for p in CORPUS_CANDIDATES if p.exists()), CORPUS_CANDIDATES[0])

    from kg.evaluate import AliasIndex, Score, gold_from_dict, predict, score_name_sets, _proposed_names
    from kg.pipeline import make_nlp

    judged = [json.loads(line) for line in args.judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {j["id"] for j in judged}
    texts = {}
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in wanted:
                texts[rec["id"]] = paper_text(rec["text"], detok=args.detok)
    gold = [gold_from_dict({"id": j["id"], "text": texts[j["id"]], "proposes": j["proposes"],
                            "aliases": j.get("aliases", [])}) for j in judged]
    nlp = make_nlp(model=not args.no_model)
    predictions = predict(gold, nlp=nlp)
    total = Score()
    for j, paper in zip(judged, gold):
        idx = AliasIndex(paper.aliases)
        grey = {idx.key(n) for n in j.get("grey", ())}
        pred = [names for names in _proposed_names(predictions[paper.id])
                if not any(idx.key(n) in grey for n in (names if isinstance(names, tuple) else (names,)) if n)]
        s = score_name_sets(paper.proposes, pred, aliases=idx)
        total += s
        if args.show and (s.fp or s.fn):
            gold_keys = {idx.key(n) for n in paper.proposes}
            got = {idx.key(n) for names in pred for n in names if n}
            missed = [n for n in paper.proposes if idx.key(n) not in got]
            spurious = [names[0] for names in pred if not any(idx.key(n) in gold_keys for n in names if n)]
            print(f"{paper.id[:28]}  missed {missed}  spurious {spurious}  | {paper.text.splitlines()[0][:70]}")
    p = total.tp / (total.tp + total.fp) if total.tp + total.fp else 0.0
    r = total.tp / (total.tp + total.fn) if total.tp + total.fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{args.judged.name}: {len(judged)} records, {'detokenised' if args.detok else 'tokenised'}, "
          f"pipeline {'without' if args.no_model else 'with'} the NER model")
    print(f"proposes  P {100 * p:.1f}  R {100 * r:.1f}  F1 {100 * f:.1f}  (tp {total.tp} fp {total.fp} fn {total.fn})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
