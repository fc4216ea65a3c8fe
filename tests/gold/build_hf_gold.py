"""Build tests/gold/dev.jsonl and test.jsonl from the hand annotations in hf_annotations.py.

The holdout sets (``hf_annotations_holdout.py`` and ``hf_annotations_holdout2.py``, kept apart: nobody tunes on
them) are written to holdout.jsonl and holdout2.jsonl.
The second tuning set (``hf_annotations_dev2.py``, session 4) is written to dev2.jsonl.
The third tuning set (``hf_annotations_dev3.py``, session 5) is written to dev3.jsonl.
The fourth tuning set (``hf_annotations_dev4.py``, session 6; also training data for the NER model) is
written to dev4.jsonl.
The third untouched set (``hf_annotations_holdout3.py``, session 5; nobody tunes on it) is written to
holdout3.jsonl.
The fourth untouched set (``hf_annotations_holdout4.py``, session 6; nobody tunes or trains on it) is written to
holdout4.jsonl.
The fifth untouched set (``hf_annotations_holdout5.py``, session 7; nobody tunes or trains on it) is written to
holdout5.jsonl.
The sixth untouched set (``hf_annotations_holdout6.py``, session 8; nobody tunes or trains on it) is written to
holdout6.jsonl.
The fifth tuning set (``hf_annotations_dev5.py``, session 6; also training data of the NER model) is written to
dev5.jsonl.
The sixth tuning set (``hf_annotations_dev6.py``, session 6; also training data of the NER model) is written to
dev6.jsonl.
The seventh tuning set (``hf_annotations_dev7.py``, session 6; also training data of the NER model) is written to
dev7.jsonl.
The eighth tuning set (``hf_annotations_dev8.py``, session 7; also training data of the NER model) is written to
dev8.jsonl.
The ninth tuning set (``hf_annotations_dev9.py``, session 7; held out of session 7's NER training as its acceptance
check) is written to dev9.jsonl.
The tenth tuning set (``hf_annotations_dev10.py``, session 7; also training data of the NER model) is written to
dev10.jsonl.
The ninth untouched set (``hf_annotations_holdout7.py``, session 9) annotates format-sample records, not listings:
``build_holdout7_gold.py`` writes it with :func:`annotate`.

The annotations name each paper by listing file and line (examples/hf-papers) and list, per label,
the surface strings of its mentions. This script rebuilds the text exactly as the hf-listing reader
defines it (clean title + "\\n\\n" + clean abstract), finds every occurrence of each string at word
boundaries (longest first, no overlaps, never inside a URL), and checks that every proposes / result /
relation argument is one of the paper's annotated mentions. The mention spans are then put into the
published corpora's span convention by the same rule the pipeline's ``kg_mention_spans`` applies
(:func:`extractors.merge.corpus_spans`: a dataset name takes a following head noun, "SQuAD dataset";
``long (SHORT)`` of one label is one span); a changed span keeps its bare annotated name as
``entity`` (paper-level names, proposes, results and relations use the bare names). An entry's ``E`` list marks the
elided conjuncts of an elliptical coordination (GUIDELINES, session 16): ``(surface, full name, label key)``, the
surface usually ``"on [arithmetic] and commonsense reasoning"``; the span keeps the full name as ``entity``, and
relations may name it by that name. Run from the
repository root:

    python tests/gold/build_hf_gold.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from hf_annotations import PAPERS  # noqa: E402
from hf_annotations_holdout import PAPERS_HOLDOUT  # noqa: E402
from hf_annotations_holdout2 import PAPERS_HOLDOUT2  # noqa: E402
from hf_annotations_dev2 import PAPERS_DEV2  # noqa: E402
from hf_annotations_dev3 import PAPERS_DEV3  # noqa: E402
from hf_annotations_dev4 import PAPERS_DEV4  # noqa: E402
from hf_annotations_holdout3 import PAPERS_HOLDOUT3  # noqa: E402
from hf_annotations_holdout4 import PAPERS_HOLDOUT4  # noqa: E402
from hf_annotations_holdout5 import PAPERS_HOLDOUT5  # noqa: E402
from hf_annotations_holdout6 import PAPERS_HOLDOUT6  # noqa: E402
from hf_annotations_dev5 import PAPERS_DEV5  # noqa: E402
from hf_annotations_dev6 import PAPERS_DEV6  # noqa: E402
from hf_annotations_dev7 import PAPERS_DEV7  # noqa: E402
from hf_annotations_dev8 import PAPERS_DEV8  # noqa: E402
from hf_annotations_dev9 import PAPERS_DEV9  # noqa: E402
from hf_annotations_dev10 import PAPERS_DEV10  # noqa: E402

from extractors.merge import corpus_spans  # noqa: E402
from kg.evaluate import is_elided_conjunct  # noqa: E402
from kg.ids import paper_id  # noqa: E402
from kg.readers._common import clean_text  # noqa: E402

LISTINGS = ROOT / "examples" / "hf-papers"
LABEL_KEYS = {"M": "METHOD", "D": "DATASET", "X": "METRIC", "T": "TASK"}
URL = re.compile(r"https?://\S+")


def listing_paper(file: str, line: int) -> tuple[str, str]:
    """(title, abstract) of the paper whose title is on ``line`` of ``file``; abstract = next non-blank line."""
    lines = (LISTINGS / file).read_text(encoding="utf-8").split("\n")
    title = lines[line - 1]
    if title.startswith("Subscribe") and len(title) > len("Subscribe"):
        title = title[len("Subscribe"):]
    k = line
    while not lines[k].strip():
        k += 1
    return clean_text(title), clean_text(lines[k])


def find_spans(text: str, surface: str) -> list[tuple[int, int]]:
    """Occurrences of ``surface`` at word boundaries; ``a [b] c`` marks span b inside context a b c."""
    if "[" in surface:
        pre, rest = surface.split("[", 1)
        mid, post = rest.split("]", 1)
    else:
        pre, mid, post = "", surface, ""
    pattern = r"(?<![A-Za-z0-9])" + re.escape(pre + mid + post) + r"(?![A-Za-z0-9])"
    return [(m.start() + len(pre), m.start() + len(pre) + len(mid)) for m in re.finditer(pattern, text)]


def build(entry: dict) -> dict:
    title, abstract = listing_paper(entry["file"], entry["line"])
    text = title + "\n\n" + abstract
    return {
        "id": paper_id(title=title),
        "source": f"examples/hf-papers/{entry['file']}:{entry['line']}",
        "text": text,
        **annotate(entry, text, f"{entry['file']}:{entry['line']}"),
    }


def annotate(entry: dict, text: str, where: str) -> dict:
    """Mentions (corpus span convention), proposes, results, relations and aliases of ``entry`` over ``text``.

    Every proposes / result / relation / alias argument must be one of the annotated mentions; ``where`` names the
    paper in the error raised otherwise.
    """
    urls = [m.span() for m in URL.finditer(text)]
    taken: list[tuple[int, int]] = [span for surface in entry.get("N", ()) for span in find_spans(text, surface)]
    mentions = []
    for surface, name, key in entry.get("E", ()):  # elided conjuncts (GUIDELINES, session 16): the span, its full name
        spans = find_spans(text, surface)
        if not spans:
            raise SystemExit(f"{where}: {surface!r} not found")
        for start, end in spans:
            if not is_elided_conjunct(text[start:end], name):
                raise SystemExit(f"{where}: {name!r} does not complete {text[start:end]!r}")
            taken.append((start, end))
            mentions.append({"start": start, "end": end, "label": LABEL_KEYS[key], "text": text[start:end],
                             "entity": name})
    wanted = [(s, LABEL_KEYS[k]) for k in LABEL_KEYS for s in entry.get(k, ())]
    wanted.sort(key=lambda sl: -len(re.sub(r"[\[\]]", "", sl[0])))
    for surface, label in wanted:
        spans = find_spans(text, surface)
        if not spans:
            raise SystemExit(f"{where}: {surface!r} not found")
        for start, end in spans:
            if any(s < end and start < e for s, e in taken + urls):
                continue
            taken.append((start, end))
            mentions.append({"start": start, "end": end, "label": label, "text": text[start:end]})
    mentions.sort(key=lambda m: (m["start"], m["end"]))
    names = {m["text"] for m in mentions} | {m["entity"] for m in mentions if "entity" in m}
    for name in entry.get("P", ()):
        for alias in name.split("|"):
            if alias not in names:
                raise SystemExit(f"{where}: proposes {alias!r} is not a mention")
    results = []
    for value, unit, is_delta, metric, dataset, method in entry.get("R", ()):
        for arg in (metric, dataset, method):
            if arg is not None and arg not in names:
                raise SystemExit(f"{where}: result argument {arg!r} is not a mention")
        if value not in text:
            raise SystemExit(f"{where}: result value {value!r} not in text")
        results.append({"value": value, "unit": unit, "is_delta": is_delta,
                        "metric": metric, "dataset": dataset, "method": method})
    relations = []
    for relation, subject, obj in entry.get("L", ()):
        for arg in (subject, obj):
            if arg not in names:
                raise SystemExit(f"{where}: relation argument {arg!r} is not a mention")
        relations.append({"relation": relation, "subject": subject, "object": obj})
    for group in entry.get("A", ()):
        for alias in group:
            if alias not in names:
                raise SystemExit(f"{where}: alias {alias!r} is not a mention")
    mentions = corpus_convention(text, mentions)
    return {
        "mentions": mentions,
        "proposes": [p.split("|")[0] for p in entry.get("P", ())],
        "results": results,
        "relations": relations,
        "aliases": [list(g) for g in entry.get("A", ())],
    }


def corpus_convention(text: str, mentions: list[dict]) -> list[dict]:
    """Mentions in the published corpora's span convention (see the module docstring); sorted."""
    out = []
    for m in corpus_spans(text, [(x["start"], x["end"], x["label"]) for x in mentions]):
        first = mentions[m.members[0]]
        mention = {"start": m.start, "end": m.end, "label": m.label, "text": text[m.start:m.end]}
        if "entity" in first:
            mention["entity"] = first["entity"]
        elif (m.start, m.end) != (first["start"], first["end"]):
            mention["entity"] = first["text"]
        out.append(mention)
    return out


def main() -> None:
    out = {"dev": [], "test": [], "holdout": [], "holdout2": [], "dev2": [], "dev3": [], "dev4": [], "holdout3": [],
           "holdout4": [], "holdout5": [], "holdout6": [], "dev5": [], "dev6": [], "dev7": [], "dev8": [], "dev9": [], "dev10": []}
    for entry in (PAPERS + PAPERS_HOLDOUT + PAPERS_HOLDOUT2 + PAPERS_DEV2 + PAPERS_DEV3 + PAPERS_DEV4 + PAPERS_HOLDOUT3 + PAPERS_HOLDOUT4
                  + PAPERS_HOLDOUT5 + PAPERS_HOLDOUT6
                  + PAPERS_DEV5 + PAPERS_DEV6 + PAPERS_DEV7 + PAPERS_DEV8 + PAPERS_DEV9 + PAPERS_DEV10):
        out[entry["split"]].append(build(entry))
    for split, rows in out.items():
        write_split(Path(__file__).parent / f"{split}.jsonl", rows)


def write_split(path: Path, rows: list[dict]) -> None:
    """Write one gold split as JSON Lines, after checking every mention's offsets index its text."""
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            for m in row["mentions"]:
                if row["text"][m["start"]:m["end"]] != m["text"]:
                    raise SystemExit(f"{row['source']}: offsets of {m['text']!r} do not index the text")
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{path.name}: {len(rows)} papers, {sum(len(r['mentions']) for r in rows)} mentions")


if __name__ == "__main__":
    main()
