"""Generate N realistic synthetic abstracts for scale benchmarks.

Abstracts are made by recombining sentences and titles of the sample corpus
(``examples/hf-papers``) with fresh ids and varied entity names, so that caches
keyed on text cannot fake speed: each abstract draws 5–9 sentences from the
whole corpus and replaces the coined names it contains (acronyms, CamelCase,
versioned names such as ``LLaMA-2-7B``) with freshly generated ones, kept
consistent within the abstract. Output is JSON Lines in paperkg's generic record
format (``id``, ``title``, ``abstract``, ``date``), gzipped when the output name
ends in ``.gz``. The same ``--seed`` gives the same file.

Usage::

    python benchmarks/make_corpus.py 100000 -o /tmp/corpus-100k.jsonl.gz
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO / "examples" / "hf-papers"

# A coined name: mixed case with an inner capital or digit, or an acronym, optionally versioned.
_NAME = re.compile(r"\b(?:[A-Z][a-z]*[A-Z][A-Za-z]*|[A-Z]{2,}[a-z]*|[A-Za-z]+[0-9][A-Za-z0-9]*)(?:-[A-Za-z0-9.]+)*\b")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_STOP_NAMES = {"We", "In", "The", "Our", "This", "To", "On", "For", "AI", "I", "II", "III", "A", "An"}

_SYLLABLES = ["ka", "lo", "mi", "ra", "ve", "to", "zen", "qu", "dri", "fa", "lu", "sor", "pex", "vi", "nor", "tal", "gem",
              "xi", "bo", "cy", "dax", "el", "fy", "ha", "jo", "ky", "mo", "ny", "py", "ru", "sy", "ux", "wa", "yo"]
_SUFFIXES = ["", "", "", "Net", "Former", "GPT", "LM", "BERT", "QA", "Bench", "-7B", "-13B", "-v2", "-XL", "-Base", "++"]


def load_corpus(source: Path) -> tuple[list[str], list[str]]:
    """Titles and sentences of the sample corpus, read with paperkg's own reader."""
    from kg.readers import merge_records, read_records

    records = merge_records(read_records([source]))
    titles = [r.title for r in records if r.title]
    sentences = [s.strip() for r in records for s in _SENT.split(r.abstract) if len(s.strip()) > 20]
    if not titles or not sentences:
        raise SystemExit(f"no records found under {source}")
    return titles, sentences


def fresh_name(rng: random.Random, original: str) -> str:
    """A new coined name with the rough shape of ``original``."""
    stem = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))
    if original.isupper() or sum(c.isupper() for c in original) > 1:
        stem = stem.upper() if rng.random() < 0.5 else stem[:1].upper() + stem[1:-1] + stem[-1:].upper()
    else:
        stem = stem.capitalize()
    return stem + rng.choice(_SUFFIXES)


def vary_names(text: str, mapping: dict[str, str], rng: random.Random) -> str:
    def sub(match: re.Match) -> str:
        name = match.group(0)
        if name in _STOP_NAMES:
            return name
        if name not in mapping:
            mapping[name] = fresh_name(rng, name)
        return mapping[name]

    return _NAME.sub(sub, text)


def generate(n: int, titles: list[str], sentences: list[str], *, seed: int = 0):
    """Yield ``n`` record dicts."""
    rng = random.Random(seed)
    for i in range(n):
        mapping: dict[str, str] = {}
        title = vary_names(rng.choice(titles), mapping, rng)
        body = " ".join(vary_names(rng.choice(sentences), mapping, rng) for _ in range(rng.randint(5, 9)))
        year, month, day = 2018 + rng.randint(0, 7), rng.randint(1, 12), rng.randint(1, 28)
        yield {"id": f"synth-{seed}-{i:08d}", "title": title, "abstract": body, "date": f"{year}-{month:02d}-{day:02d}"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of abstracts")
    parser.add_argument("-o", "--out", type=Path, required=True, help="output .jsonl or .jsonl.gz")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE, help="corpus to recombine")
    args = parser.parse_args(argv)
    titles, sentences = load_corpus(args.source)
    opener = gzip.open if args.out.suffix == ".gz" else open
    tmp = args.out.with_name(args.out.name + ".tmp")
    with opener(tmp, "wt", encoding="utf-8") as fh:
        for rec in generate(args.n, titles, sentences, seed=args.seed):
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    tmp.replace(args.out)
    print(f"wrote {args.n} abstracts to {args.out} ({args.out.stat().st_size / 1e6:.1f} MB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
