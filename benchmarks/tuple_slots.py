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
    python benchmarks/tuple_slots.py --sets dev9 dev10 --by-kind           # method losses: own name unproposed?
    python benchmarks/tuple_slots.py --reach --no-model --ablate-lexicon rare  # the unseen-name simulation:
        # are the slot losses attribution (the gold name is a predicted mention of the sentence) or names?

``--show CLASS`` prints, per paper, each case of the class: the gold tuple (normalised names), the predicted
result it was paired with and that result's sentence (for ``spurious value``: the predicted tuple; for ``value
missing``: the sentence of the paper that writes the value, see :func:`value_sentence`). It refuses
the untouched holdouts (holdout2 and later): nobody reads their per-paper errors.
"""

from __future__ import annotations

import argparse
import re
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
    mention_names,
    normalize_value,
    predict,
    result_tuple_options,
    result_tuples,
    score_options,
)

SLOTS = (("method", "METHOD"), ("dataset", "DATASET"), ("metric", "METRIC"))


def slot_cases(gold: Iterable[tuple[str, str, str, str]], results: Sequence[Mapping[str, Any]],
               aliases: AliasIndex, entities: Mapping[tuple[str, str], set[str]]) -> list[tuple[str, tuple, Any]]:
    """One paper's tuple losses as ``(class, tuple, predicted result or None)``, gold side first.

    A gold tuple no prediction matches gives ``value missing`` (with None) or one entry per slot the
    best predicted result with its value gets wrong (with that result); a predicted tuple whose value
    no gold result has gives ``spurious value`` (the tuple is the predicted one).

    Example:
        >>> gold = {("bert", "squad", "f1", "91")}
        >>> pred = [{"value": "91", "method": "RoBERTa", "dataset": "SQuAD", "metric": "F1"}]
        >>> [(c, t) for c, t, _ in slot_cases(gold, pred, AliasIndex(), {})]
        [('method wrong', ('bert', 'squad', 'f1', '91'))]
    """
    gold = set(gold)
    kept = [r for r in results if r.get("value") not in (None, "")]
    options = result_tuple_options(kept, aliases, entities)
    hit = set()
    for o in options:
        hit |= set(o) & gold
    out: list[tuple[str, tuple, Any]] = []
    for t in sorted(gold - hit):
        same = [r for r in kept if normalize_value(r.get("value")) == t[3]]
        if not same:
            out.append(("value missing", t, None))
            continue
        best = max(same, key=lambda r: sum(t[i] in _name_keys(r.get(s), label, aliases, entities)
                                           for i, (s, label) in enumerate(SLOTS)))
        for i, (slot, label) in enumerate(SLOTS):
            if t[i] in _name_keys(best.get(slot), label, aliases, entities):
                continue
            out.append((f"{slot} {'empty' if not best.get(slot) else 'extra' if not t[i] else 'wrong'}", t, best))
    values = {t[3] for t in gold}
    seen = set()
    for o, r in zip(options, kept, strict=True):
        if o[0] in seen or set(o) & gold:
            continue
        seen.add(o[0])
        if o[0][3] not in values:
            out.append(("spurious value", o[0], r))
    return out


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
    return Counter(c for c, _, _ in slot_cases(gold, results, aliases, entities))


def method_kind(gold_method: str, gold_proposes: Iterable[str], pred_proposes: Iterable[str], aliases: AliasIndex,
                entities: Mapping[tuple[str, str], set[str]]) -> str:
    """Whose method a method-slot loss is: ``own, not proposed`` (the gold names one of the paper's proposed
    names and the prediction does not propose it: a ``proposes`` recall loss, not a linking one), ``own,
    proposed`` (proposed, yet not linked), ``other`` (a baseline or host model) or ``none`` (gold has no method).

    Example:
        >>> method_kind("vist", ["VIST"], [], AliasIndex(), {})
        'own, not proposed'
        >>> method_kind("vist", ["VIST"], ["VIST"], AliasIndex(), {})
        'own, proposed'
        >>> method_kind("bert", ["VIST"], ["VIST"], AliasIndex(), {}), method_kind("", ["VIST"], [], AliasIndex(), {})
        ('other', 'none')
    """
    if not gold_method:
        return "none"
    if not any(gold_method in _name_keys(p, "METHOD", aliases, entities) for p in gold_proposes):
        return "other"
    if any(gold_method in _name_keys(p, "METHOD", aliases, entities) for p in pred_proposes):
        return "own, proposed"
    return "own, not proposed"


def reach(cls: str, t: tuple, result: Mapping[str, Any] | None, mentions: Iterable[Mapping[str, Any]],
          aliases: AliasIndex) -> str:
    """Where the gold name of an ``empty``/``wrong`` slot loss is among the predicted mentions: ``in sentence`` (a
    mention of the slot's label in the result's sentence has it: an attribution loss), ``elsewhere`` (only in
    another sentence of the paper) or ``not a mention`` (no predicted mention has it: a name or span loss);
    ``""`` for the other classes.

    Example:
        >>> ms = [{"label": "METRIC", "text": "F1", "start": 0, "end": 2}]
        >>> r = {"metric": None, "sentence": "F1 is 91.", "sentence_start": 0}
        >>> reach("metric empty", ("", "", "f1", "91"), r, ms, AliasIndex())
        'in sentence'
        >>> reach("metric empty", ("", "", "bleu", "91"), r, ms, AliasIndex())
        'not a mention'
    """
    slot, _, kind = cls.partition(" ")
    labels = dict(SLOTS)
    if result is None or kind not in ("empty", "wrong") or slot not in labels:
        return ""
    gold = t[[s for s, _ in SLOTS].index(slot)]
    sentence = str(result.get("sentence") or "")
    start = result.get("sentence_start")
    where = ""
    for m in mentions:
        if m.get("label") != labels[slot] or gold not in {aliases.key(n) for n in mention_names(m) if n}:
            continue
        inside = (m.get("start", -1) >= start and m.get("end", -1) <= start + len(sentence) if start is not None
                  else bool(m.get("text")) and m["text"] in sentence)
        if inside:
            return "in sentence"
        where = "elsewhere"
    return where or "not a mention"


def describe_case(cls: str, t: tuple, result: Mapping[str, Any] | None) -> str:
    """Two lines for ``--show``: the tuple (method, dataset, metric, value), then what was predicted and where.

    Example:
        >>> print(describe_case("method wrong", ("bert", "", "f1", "91"),
        ...                     {"method": "RoBERTa", "dataset": None, "metric": "F1",
        ...                      "sentence": "RoBERTa gets 91 F1."}))
            gold m='bert' d='' x='f1' v=91
            pred m='RoBERTa' d=None x='F1' | RoBERTa gets 91 F1.
    """
    spurious = cls == "spurious value"
    head = f"    {'pred' if spurious else 'gold'} m={t[0]!r} d={t[1]!r} x={t[2]!r} v={t[3]}"
    if result is None:
        return head
    sentence = " ".join(str(result.get("sentence") or "").split())[:300]
    if spurious:
        return f"{head} | {sentence}"
    return (f"{head}\n    pred m={result.get('method')!r} d={result.get('dataset')!r} x={result.get('metric')!r}"
            f" | {sentence}")


def value_sentence(text: str, value: str) -> str:
    """The sentence of ``text`` where a gold value that no prediction has is first written ("" when not found).

    ``value`` is the normalised gold value (``normalize_value``: "1.0" is "1"), so the search allows trailing
    zeros after it; the sentence is cut at ". " on either side and shortened to 300 characters, as for the
    predicted side's sentence.

    Example:
        >>> value_sentence("We train it. It gains up to 1.0 dB in PSNR. More follows.", "1")
        'It gains up to 1.0 dB in PSNR.'
        >>> value_sentence("No number here.", "3")
        ''
    """
    m = re.search(rf"(?<![\d.]){re.escape(value)}(?:\.0+)?(?!\d|\.\d)", text)
    if m is None:
        return ""
    start = text.rfind(". ", 0, m.start()) + 1
    end = text.find(". ", m.end())
    end = len(text) if end < 0 else end + 1
    return " ".join(text[start:end].split())[:300]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from quality import SETS

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", nargs="+", choices=sorted(SETS), default=["dev"])
    parser.add_argument("--no-model", action="store_true", help="rule path only (no trained NER)")
    parser.add_argument("--show", metavar="CLASS", help='print the cases of one class, e.g. "dataset empty"')
    parser.add_argument("--by-kind", action="store_true",
                        help="also split the method-slot losses by whose method the gold names (see method_kind)")
    parser.add_argument("--reach", action="store_true",
                        help="also split the empty/wrong slot losses by where the gold name is among the predicted "
                             "mentions (in the sentence, elsewhere, not a mention: see reach)")
    parser.add_argument("--ablate-lexicon", nargs="+", default=[], metavar="KIND",
                        help="unseen-paper simulation as in quality.py (rare, dataset, metric)")
    args = parser.parse_args(argv)
    from kg.train_ner import is_untouched_gold

    untouched = sorted(name for name in args.sets if is_untouched_gold(Path(f"{name}.jsonl")))
    if args.show and untouched:
        parser.error(f"--show prints per-paper errors: not on the untouched sets {untouched}")

    import contextlib

    from kg.pipeline import make_nlp
    from quality import ablate_lexicon, lexicon_replaced

    with contextlib.ExitStack() as stack:
        if args.ablate_lexicon:
            from extractors.lexicon import load_lexicon

            entries, ablation = ablate_lexicon(load_lexicon(), args.ablate_lexicon)
            stack.enter_context(lexicon_replaced(entries))
            print(f"lexicon ablation: {ablation}")
        return _report(args, make_nlp(model=not args.no_model), SETS)


def _report(args: argparse.Namespace, nlp: Any, sets: Mapping[str, Any]) -> int:
    total: Counter = Counter()
    kinds: Counter = Counter()
    reaches: Counter = Counter()
    print(f"{'set':<10}{'tuple F1':>9}{'tp':>5}{'fp':>5}{'fn':>5}")
    for name in args.sets:
        gold = [g for g in load_gold(sets[name]) if g.has_facts]
        predictions = predict(gold, nlp=nlp)
        score = Score()
        for paper in gold:
            pred = predictions[paper.id]
            aliases, entities = AliasIndex(paper.aliases), mention_entities(pred.mentions)
            truth = result_tuples(paper.results, aliases)
            score += score_options(truth, result_tuple_options(pred.results, aliases, entities))
            cases = slot_cases(truth, pred.results, aliases, entities)
            total.update(c for c, _, _ in cases)
            reaches.update(f"{c}: {where}" for c, t, r in cases
                           if (where := reach(c, t, r, pred.mentions, aliases)))
            kinds.update(f"{c} ({method_kind(t[0], paper.proposes, pred.proposes, aliases, entities)})"
                         for c, t, _ in cases if c.startswith("method "))
            shown = [(t, r) for c, t, r in cases if c == args.show]
            if shown:
                print(f"  [{name} {paper.id}] {args.show} x{len(shown)}")
                for t, r in shown:
                    print(describe_case(args.show, t, r))
                    if r is None and args.show == "value missing":
                        print(f"    text | {value_sentence(paper.text, t[3])}")
        f1 = 2 * score.tp / max(1, 2 * score.tp + score.fp + score.fn)
        print(f"{name:<10}{100 * f1:9.1f}{score.tp:5}{score.fp:5}{score.fn:5}")
    print("loss by class (gold tuples not matched; spurious = predicted values no gold result has):")
    for key, count in total.most_common():
        print(f"  {key:<18}{count:5}")
    if args.reach:
        print("empty/wrong slot losses by where the gold name is among the predicted mentions:")
        for key, count in sorted(reaches.items()):
            print(f"  {key:<36}{count:5}")
    if args.by_kind:
        print("method-slot losses by whose method the gold names (own = one of the paper's proposed names):")
        for key, count in kinds.most_common():
            print(f"  {key:<36}{count:5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
