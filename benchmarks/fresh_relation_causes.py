"""Relation recall on fresh material: the pipeline against hand judgements in ``benchmarks/fresh/``.

The test bed is SciREX's training split (``../shared/train/scirex-abstracts-train.jsonl``) outside the held-out
ids of ``tests/gold/heldout_ids.txt``: abstracts no rule was written from (until one is) and no gold set holds.
SciREX distributes its text tokenised ("state - of - the - art", "ResNet - like", "( RNN )"); a paper's text is
not, so the record is detokenised (:func:`detokenise`) and split at its first line break into title and abstract
before the pipeline reads it, and the judgements name things as the detokenised text writes them.

A judgement file is one JSON object per line, ``{"id", "proposes": [...], "based_on": [[subject, object], ...],
"evaluated_on": [[subject, object], ...], "aliases": [[name, name, ...], ...], "note"?}`` (by GUIDELINES.md).
Names are compared by :func:`kg.evaluate.normalize_name` within the record's alias groups. Each missed gold triple
is put down to its first cause of four (``--causes``):

- ``subject``: the subject is a name the paper proposes and the pipeline does not find it proposed (own-voice
  relations need the proposal) -- or the subject is not among the predicted mentions at all;
- ``object``: the object is not among the predicted mentions;
- ``direction``: the reversed triple is predicted;
- ``phrasing``: both names are found, the relation is not (a phrasing no rule covers).

Usage (from the repository root)::

    python benchmarks/fresh_relation_causes.py --dump 0 90              # the texts and the pipeline's relations, to judge
    python benchmarks/fresh_relation_causes.py --judged benchmarks/fresh/relations_scirex_train.jsonl --causes
    python benchmarks/fresh_relation_causes.py --judged F --no-model --json out.json   # the rule path; figures to a file
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "train" / "scirex-abstracts-train.jsonl"
if not CORPUS.exists():
    CORPUS = Path("/work/shared/train/scirex-abstracts-train.jsonl")
HELDOUT_IDS = ROOT / "tests" / "gold" / "heldout_ids.txt"
RELATIONS = ("based_on", "evaluated_on")

_HYPHEN = re.compile(r"(?<=\w) - (?=\w)")
_EN_DASH = re.compile(r"(?<=[A-Za-z]) \u2013 (?=[A-Za-z])")
_BEFORE = re.compile(r" ([,.;:?!%)\]]|'s\b|n't\b|'re\b|'ve\b)")
_AFTER = re.compile(r"([(\[]) ")
_QUOTES = re.compile(r"`` ?| ?''")


def detokenise(text: str) -> str:
    """SciREX's tokenised text as a paper writes it (hyphens, punctuation and brackets joined).

    >>> detokenise("a state - of - the - art ResNet - like model ( FRRN ) , on Cityscapes .")
    'a state-of-the-art ResNet-like model (FRRN), on Cityscapes.'
    >>> detokenise("`` deep '' nets 's 5 %")
    '"deep" nets\\'s 5%'
    """
    text = _EN_DASH.sub("\u2013", _HYPHEN.sub("-", text))
    text = _QUOTES.sub('"', text)
    text = _AFTER.sub(r"\1", text)
    return _BEFORE.sub(r"\1", text)


def fresh_records(start: int = 0, stop: int | None = None) -> list[dict]:
    """The SciREX-train records outside the held-out ids, in file order, ``[start:stop]``, detokenised.

    Each is ``{"id", "title", "abstract"}``: the title is the first line.
    """
    held = set(HELDOUT_IDS.read_text(encoding="utf-8").split())
    out = []
    with CORPUS.open(encoding="utf-8") as fh:
        for line in fh:
            r = json.loads(line)
            if r["id"] in held:
                continue
            title, _, abstract = detokenise(r["text"]).partition("\n")
            out.append({"id": r["id"], "title": title.strip(), "abstract": abstract.replace("\n", " ").strip()})
    return out[start:stop]


def run(records: list[dict], *, model: bool) -> dict[str, dict]:
    """The pipeline's extraction (``to_dict`` form) of each record, by id."""
    from kg.pipeline import extract_records, make_nlp
    from kg.records import PaperRecord

    nlp = make_nlp(model=model)
    recs = [PaperRecord(id=r["id"], title=r["title"], abstract=r["abstract"]) for r in records]
    return {ex.paper_id: ex.to_dict() for ex in extract_records(nlp, recs)}


class Names:
    """A record's alias groups: one key per group (:func:`kg.evaluate.normalize_name` of its first name)."""

    def __init__(self, groups):
        from kg.evaluate import normalize_name

        self.norm = normalize_name
        self.map: dict[str, str] = {}
        for group in groups or ():
            keys = [normalize_name(n) for n in group]
            for k in keys:
                self.map[k] = keys[0]

    def key(self, name: str | None) -> str:
        k = self.norm(name)
        return self.map.get(k, k)


def predicted(ex: dict, names: Names) -> tuple[dict[str, set], set[str], set[str]]:
    """(triples by relation, mention keys, proposed keys) of one extraction; a mention's ``entity`` counts too."""
    mention_keys = set()
    canon: dict[str, set[str]] = {}
    for m in ex.get("mentions", ()):
        keys = {names.key(m.get("text"))}
        if m.get("entity"):
            keys.add(names.key(m["entity"]))
        mention_keys |= keys
        canon.setdefault(names.key(m.get("text")), set()).update(keys)
    proposed = {names.key(r.get("object")) for r in ex.get("relations", ()) if r.get("relation") == "proposes"}
    proposed |= {names.key(m.get("text")) for m in ex.get("mentions", ()) if m.get("proposed")}
    triples: dict[str, set] = {rel: set() for rel in RELATIONS}
    for r in ex.get("relations", ()):
        if r.get("relation") in triples:
            s, o = names.key(r.get("subject")), names.key(r.get("object"))
            triples[r["relation"]].add(frozenset((s2, o2) for s2 in canon.get(s, {s}) | {s}
                                                 for o2 in canon.get(o, {o}) | {o}))
    return triples, mention_keys, proposed


def score(judged: list[dict], extractions: dict[str, dict]) -> dict:
    """Per relation: tp, fp, fn, the misses by cause and the listed misses and false positives."""
    out = {rel: {"tp": 0, "fp": 0, "fn": 0, "causes": {}, "missed": [], "spurious": []} for rel in RELATIONS}
    for j in judged:
        names = Names(j.get("aliases"))
        ex = extractions[j["id"]]
        triples, mention_keys, proposed = predicted(ex, names)
        gold_proposed = {names.key(p) for p in j.get("proposes", ())}
        for rel in RELATIONS:
            gold = {(names.key(s), names.key(o)): (s, o) for s, o in j.get(rel, ())}
            hit = set()
            for options in triples[rel]:
                found = options & gold.keys()
                if found:
                    hit |= found
                else:
                    out[rel]["fp"] += 1
                    s, o = sorted(options)[0]
                    out[rel]["spurious"].append((j["id"], s, o))
            out[rel]["tp"] += len(hit)
            for key, (s, o) in gold.items():
                if key in hit:
                    continue
                out[rel]["fn"] += 1
                if key[0] in gold_proposed and key[0] not in proposed or key[0] not in mention_keys:
                    cause = "subject"
                elif key[1] not in mention_keys:
                    cause = "object"
                elif any((key[1], key[0]) in options for options in triples[rel]):
                    cause = "direction"
                else:
                    cause = "phrasing"
                out[rel]["causes"][cause] = out[rel]["causes"].get(cause, 0) + 1
                out[rel]["missed"].append((j["id"], s, o, cause))
    return out


def dump(records: list[dict], extractions: dict[str, dict]) -> None:
    for i, r in enumerate(records):
        ex = extractions[r["id"]]
        print(f"=== [{i}] {r['id']}\nTITLE: {r['title']}\n{r['abstract']}")
        print("  proposes:", sorted({m["text"] for m in ex.get("mentions", ()) if m.get("proposed")}
                                    | {r["object"] for r in ex.get("relations", ()) if r["relation"] == "proposes"}))
        by_label: dict[str, list[str]] = {}
        for m in ex.get("mentions", ()):
            if m["label"] in ("METHOD", "DATASET") and m["text"] not in by_label.setdefault(m["label"], []):
                by_label[m["label"]].append(m["text"])
        for label, names in by_label.items():
            print(f"  {label}:", names)
        for rel in ex.get("relations", ()):
            if rel["relation"] in RELATIONS:
                print(f"  {rel['relation']}: {rel['subject']} -> {rel['object']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dump", nargs=2, type=int, metavar=("START", "STOP"), help="print texts and predictions")
    ap.add_argument("--judged", type=Path, help="a judgement file of benchmarks/fresh/")
    ap.add_argument("--no-model", action="store_true", help="the rule path only")
    ap.add_argument("--causes", action="store_true", help="list each miss with its cause and each false positive")
    ap.add_argument("--json", type=Path, help="write the figures here")
    args = ap.parse_args(argv)
    if args.dump:
        records = fresh_records(*args.dump)
        dump(records, run(records, model=not args.no_model))
        return 0
    if not args.judged:
        ap.error("give --judged FILE or --dump START STOP")
    judged = [json.loads(line) for line in args.judged.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {j["id"] for j in judged}
    records = [r for r in fresh_records() if r["id"] in wanted]
    figures = score(judged, run(records, model=not args.no_model))
    for rel, f in figures.items():
        tp, fp, fn = f["tp"], f["fp"], f["fn"]
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"{rel:13s} tp {tp:3d} fp {fp:3d} fn {fn:3d}  P {100 * p:5.1f} R {100 * rc:5.1f} F1 {100 * f1:5.1f}"
              f"  misses by cause: {json.dumps(f['causes'], sort_keys=True)}")
        if args.causes:
            for miss in f["missed"]:
                print("   miss", *miss)
            for spur in f["spurious"]:
                print("   fp  ", *spur)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
