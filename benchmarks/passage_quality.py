"""Quality without a title: the gold sets read as users often feed them (``{"id", "text"}``, the abstract only).

``paperkg extract`` reads a plain JSON Lines record ``{"id", "text"}`` as an abstract without a title, and a text
without a title of at most three sentences is a passage (``kg_merge.is_passage``: the NER model leads there). This
script scores the tuning gold read that way against the same gold, and splits the loss in two:

- the **title's own share** (expected): names, proposals and relations the title alone states, and the title-only
  rules (the name before a title's colon, "X for Y" titles);
- **behaviour** (a bug unless the title legitimately informs it): the same abstract sentence extracted differently
  with and without the title.

For each set (the title-less view: :func:`untitled_view`, the text after the title separator with the gold mentions
inside it shifted; title mentions dropped, paper-level facts kept: a fact only the title supports is fair to lose):

- ``titled``: the pipeline on the full gold text, scored against the full gold (``quality.py``'s figure);
- ``abstract``: the same titled run with its mentions outside the abstract dropped and the rest shifted
  (:func:`abstract_part`), scored against the title-less view: what the titled pipeline says about the abstract;
- ``untitled``: the pipeline on the title-less text, scored against the title-less view.

``abstract`` and ``untitled`` read the same sentences against the same gold, so their difference at mention level
and in the entity sets is behaviour; ``titled`` -> ``abstract`` is the title's share. ``--diffs`` prints, per
record of the tuning sets, the mention spans that differ between ``abstract`` and ``untitled`` (``+`` only without
the title, ``-`` only with it; ``ok`` when the gold holds the span) and the proposals that differ.

Usage (from the repository root)::

    python benchmarks/passage_quality.py --sets dev dev2 dev3 test holdout dev4 dev5 dev6 dev7 dev8 --quiet
    python benchmarks/passage_quality.py --sets dev --no-model --diffs
    python benchmarks/passage_quality.py --sets dev9 dev10 --quiet   # transfer sets: summary only, no --diffs

Transfer sets (dev9, dev10) may be scored for the summary only; the untouched holdouts and the published held-out
splits are refused (they are sentences: ``quality.py`` already reads them as passages).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import time
from pathlib import Path
from typing import Mapping, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from kg.evaluate import AliasIndex, GoldPaper, Prediction, evaluate, load_gold, mention_names, predict  # noqa: E402
from quality import PAPER_TARGETS, SETS, paper_f1  # noqa: E402

#: What separates a gold text's title from its abstract (``kg.records.TEXT_SEPARATOR``).
SEPARATOR = "\n\n"
#: Sets this script reads: the tuning sets (``--diffs`` allowed) and the transfer sets (summary only).
TUNING = ("dev", "dev2", "dev3", "test", "holdout", "dev4", "dev5", "dev6", "dev7", "dev8")
TRANSFER = ("dev9", "dev10")
FIGURES = (*PAPER_TARGETS, "mention exact")


def title_offset(text: str) -> int:
    """Where the abstract starts in a title + abstract text (0 when the text has no title).

    >>> title_offset("FooNet: a net\\n\\nWe propose FooNet."), title_offset("We propose FooNet.")
    (15, 0)
    """
    title, sep, abstract = text.partition(SEPARATOR)
    return len(title) + len(sep) if sep and title and abstract else 0


def untitled_view(gold: Sequence[GoldPaper]) -> list[GoldPaper]:
    """Each gold record without its title: the abstract as the text, the gold mentions inside it shifted, those of
    the title dropped; proposes, results, relations and alias groups kept (the paper's facts do not change).

    >>> from kg.evaluate import gold_from_dict
    >>> g = gold_from_dict({"id": "a", "text": "FooNet\\n\\nFooNet beats BERT.", "proposes": ["FooNet"],
    ...     "mentions": [{"start": 0, "end": 6, "label": "METHOD"}, {"start": 8, "end": 14, "label": "METHOD"},
    ...                  {"start": 21, "end": 25, "label": "METHOD"}]})
    >>> [(p.text, [(m["start"], m["text"]) for m in p.mentions], p.proposes) for p in untitled_view([g])]
    [('FooNet beats BERT.', [(0, 'FooNet'), (13, 'BERT')], ('FooNet',))]
    """
    out = []
    for paper in gold:
        a = title_offset(paper.text)
        mentions = tuple({**m, "start": m["start"] - a, "end": m["end"] - a} for m in paper.mentions if m["start"] >= a)
        out.append(dataclasses.replace(paper, text=paper.text[a:], mentions=mentions))
    return out


def abstract_part(pred: Prediction, offset: int) -> Prediction:
    """``pred`` (of a title + abstract text) with only its mentions in the abstract, shifted to index the abstract;
    results, relations and proposals kept.

    >>> p = Prediction.from_dict({"id": "a", "text": "FooNet\\n\\nFooNet wins.", "mentions": [
    ...     {"start": 0, "end": 6, "label": "METHOD", "text": "FooNet", "proposed": True},
    ...     {"start": 8, "end": 14, "label": "METHOD", "text": "FooNet"}]})
    >>> q = abstract_part(p, 8)
    >>> [(m["start"], m["end"]) for m in q.mentions], q.text, q.proposes
    ([(0, 6)], 'FooNet wins.', ('FooNet',))
    """
    mentions = tuple({**m, "start": m["start"] - offset, "end": m["end"] - offset} for m in pred.mentions
                     if m.get("start") is not None and m["start"] >= offset)
    text = pred.text[offset:] if pred.text is not None else None
    return dataclasses.replace(pred, mentions=mentions, text=text)


def mention_changes(gold: Sequence[GoldPaper], before: Mapping[str, Prediction],
                    after: Mapping[str, Prediction]) -> list[tuple[str, str, str, str, bool]]:
    """The mention spans ``after`` holds and ``before`` does not (``+``) and the reverse (``-``), as ``(id, sign,
    label, text, in_gold)`` in text order per record (both predictions on each gold record's text).

    >>> from kg.evaluate import gold_from_dict
    >>> g = [gold_from_dict({"id": "a", "text": "BERT on SQuAD", "mentions": [{"start": 0, "end": 4, "label": "METHOD"}]})]
    >>> b = {"a": Prediction.from_dict({"id": "a", "mentions": [{"start": 0, "end": 4, "label": "METHOD"}]})}
    >>> a = {"a": Prediction.from_dict({"id": "a", "mentions": [{"start": 8, "end": 13, "label": "DATASET"}]})}
    >>> mention_changes(g, b, a)
    [('a', '-', 'METHOD', 'BERT', True), ('a', '+', 'DATASET', 'SQuAD', False)]
    """
    out = []
    for paper in gold:
        spans = {k: {(m["start"], m["end"], m.get("label")) for m in p.mentions if m.get("start") is not None}
                 for k, p in (("-", before.get(paper.id)), ("+", after.get(paper.id))) if p is not None}
        spans.setdefault("-", set())
        spans.setdefault("+", set())
        gold_spans = {(m["start"], m["end"], m["label"]) for m in paper.mentions}
        changed = [(s, "-") for s in spans["-"] - spans["+"]] + [(s, "+") for s in spans["+"] - spans["-"]]
        for (start, end, label), sign in sorted(changed, key=lambda c: (c[0][0], c[0][1], c[1])):
            out.append((paper.id, sign, label, paper.text[start:end], (start, end, label) in gold_spans))
    return out


def figures(report: Mapping) -> dict[str, float]:
    """The summary figures of one ``evaluate`` report (paper-level F1 and mention exact F1), in percent."""
    out = {k: 100 * v for k, v in paper_f1(report).items()}
    if "mention" in report:
        out["mention exact"] = 100 * report["mention"]["exact"]["micro"]["f1"]
    return out


def score_set(gold: Sequence[GoldPaper], nlp) -> tuple[dict, dict, list]:
    """The three reports of one set (``titled``, ``abstract``, ``untitled``: see the module docstring) and the
    untitled view's :func:`mention_changes` from ``abstract`` to ``untitled``."""
    view = untitled_view(gold)
    titled = predict(gold, nlp=nlp)
    untitled = predict(view, nlp=nlp)
    abstract = {p.id: abstract_part(titled[p.id], title_offset(p.text)) for p in gold if p.id in titled}
    reports = {"titled": evaluate(gold, titled), "abstract": evaluate(view, abstract),
               "untitled": evaluate(view, untitled)}
    proposals = []
    for paper in view:
        before = proposed_keys(paper, abstract.get(paper.id))
        after = proposed_keys(paper, untitled.get(paper.id))
        for sign, names in (("-", before.keys() - after.keys()), ("+", after.keys() - before.keys())):
            for key in sorted(names, key=str):
                name, in_gold = (before if sign == "-" else after)[key]
                proposals.append((paper.id, sign, name, name in paper.text, in_gold))
    return reports, mention_changes(view, abstract, untitled), proposals


def proposed_keys(paper: GoldPaper, pred: Prediction | None) -> dict:
    """The proposals of ``pred`` as the scorer matches them: ``{key: (name, in_gold)}``, a gold proposal's key when one
    of a proposal's names (its long or short form, its entity) matches it, else its first name's.

    >>> from kg.evaluate import gold_from_dict
    >>> g = gold_from_dict({"id": "a", "text": "x", "proposes": ["Big Little Decoder"]})
    >>> p = Prediction.from_dict({"id": "a", "mentions": [{"start": 0, "end": 1, "label": "METHOD",
    ...     "text": "Big Little Decoder (BiLD)", "proposed": True}, {"label": "METHOD", "text": "Foo", "proposed": True}]})
    >>> sorted(proposed_keys(g, p).values())
    [('Big Little Decoder', True), ('Foo', False)]
    """
    if pred is None:
        return {}
    idx = AliasIndex(paper.aliases)
    gold = {idx.key(g): g for g in paper.proposes or ()}
    names = {m.get("text"): mention_names(m) for m in pred.mentions if m.get("proposed") and m.get("text")}
    out = {}
    for proposed in pred.proposes:
        keys = [idx.key(n) for n in names.get(proposed, (proposed,)) if n and idx.key(n)]
        hit = next((k for k in keys if k in gold), None)
        if hit is not None:
            out[hit] = (gold[hit], True)
        elif keys:
            out.setdefault(keys[0], (proposed, False))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=(*TUNING, *TRANSFER), default=list(TUNING[:5]))
    parser.add_argument("--no-model", action="store_true", help="rule path only (no trained NER)")
    parser.add_argument("--diffs", action="store_true",
                        help="print the mention spans and proposals that differ with and without the title "
                             "(tuning sets only)")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args(argv)
    if args.diffs and set(args.sets) & set(TRANSFER):
        raise SystemExit("--diffs reads records: the transfer sets dev9/dev10 are scored for the summary only")
    from kg.pipeline import make_nlp

    nlp = make_nlp(model=not args.no_model)
    out: dict[str, dict] = {}
    for name in args.sets:
        gold = load_gold(SETS[name])
        t0 = time.perf_counter()
        reports, changes, proposals = score_set(gold, nlp)
        out[name] = {k: figures(r) for k, r in reports.items()}
        right = sum(1 for c in changes if c[4])
        out[name]["changes"] = {"spans": len(changes), "added_right": sum(1 for c in changes if c[1] == "+" and c[4]),
                                "added_wrong": sum(1 for c in changes if c[1] == "+" and not c[4]),
                                "lost_right": sum(1 for c in changes if c[1] == "-" and c[4]),
                                "lost_wrong": sum(1 for c in changes if c[1] == "-" and not c[4]),
                                "proposals_lost": sum(1 for p in proposals if p[1] == "-"),
                                "proposals_gained": sum(1 for p in proposals if p[1] == "+")}
        if not args.quiet:
            print(f"== {name} ({len(gold)} records, {time.perf_counter() - t0:.1f} s): {len(changes)} abstract spans "
                  f"differ ({right} of them gold)")
        if args.diffs:
            for paper_id, sign, label, text, in_gold in changes:
                print(f"  {paper_id}  {sign} {label:<8} {text!r}{'  ok' if in_gold else ''}")
            for paper_id, sign, pname, in_text, in_gold in proposals:
                print(f"  {paper_id}  {sign} proposes {pname!r}{'' if in_text else '  (not in the abstract)'}"
                      f"{'  ok' if in_gold else ''}")
    print(f"== summary (F1; pipeline {'without' if args.no_model else 'with'} the NER model): "
          "titled / abstract part of the titled run / untitled")
    print(f"  {'figure':<16}" + "".join(f"{n:>20}" for n in out))
    for key in FIGURES:
        row = f"  {key:<16}"
        for figs in out.values():
            cells = [figs[k].get(key) for k in ("titled", "abstract", "untitled")]
            row += f"{' '.join('   -' if c is None else f'{c:5.1f}' for c in cells):>20}"
        print(row)
    row = f"  {'spans +ok/+x/-ok/-x':<16}"
    for figs in out.values():
        c = figs["changes"]
        row += f"{c['added_right']}/{c['added_wrong']}/{c['lost_right']}/{c['lost_wrong']}".rjust(20)
    print(row)
    row = f"  {'proposals -/+':<16}"
    for figs in out.values():
        row += f"{figs['changes']['proposals_lost']}/{figs['changes']['proposals_gained']}".rjust(20)
    print(row)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
