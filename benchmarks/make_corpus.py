"""Generate N realistic synthetic abstracts for scale benchmarks.

Abstracts are made by recombining sentences and titles of the sample corpus
(``examples/hf-papers``) with fresh ids and varied entity names, so that caches
keyed on text or id cannot fake speed:

- each record gets a fresh, unique arXiv id (``YYMM.NNNNN``, spread over 2015-2025,
  unique up to 13 million records) and a matching date, so records never merge
  (the sample has fewer than a thousand titles: without ids, title-keyed merging
  would fold a million abstracts into a few thousand papers);
- each abstract draws 5-9 sentences from the whole corpus;
- each coined name it contains (acronyms, CamelCase, versioned names such as
  ``LLaMA-2-7B``) is, consistently within the abstract, kept (40 %: known names such
  as BERT, ImageNet or BLEU stay as frequent as in real abstracts), replaced by a
  name from a shared pool drawn with a Zipf-like law whose size grows as
  ``sqrt(N)`` (40 %: recurring new methods, as in a real corpus, where entity
  vocabulary grows sub-linearly), or replaced by a fresh name (20 %: the long tail);
- titles without a coined name get a ``Name:`` prefix, so titles stay distinct;
- 1-8 authors from a pool of generated names.

Output is JSON Lines in paperkg's generic record format (``id``, ``arxiv_id``,
``title``, ``abstract``, ``authors``, ``date``), gzipped when the output name ends
in ``.gz``. It is written as it is generated (memory does not grow with N), and the
same ``--seed`` gives the same file.

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


KEEP, POOL = 0.4, 0.4  # share of names kept / drawn from the shared pool (the rest are fresh)
_FIRST = ["Ana", "Wei", "Li", "Omar", "Sofia", "Kenji", "Maria", "Yuki", "Ravi", "Elena", "Jonas", "Chen", "Priya",
          "Lucas", "Amir", "Hana", "Tomas", "Ines", "Mei", "David", "Zara", "Ivan", "Noor", "Paul"]
_MONTHS = [(year, month) for year in range(2015, 2026) for month in range(1, 13)]


def vary_names(text: str, mapping: dict[str, str], rng: random.Random, pool: "NamePool | None" = None) -> str:
    """Replace the coined names of ``text``, consistently through ``mapping`` (one abstract)."""

    def sub(match: re.Match) -> str:
        name = match.group(0)
        if name in _STOP_NAMES:
            return name
        if name not in mapping:
            draw = rng.random()
            if pool is None:
                mapping[name] = fresh_name(rng, name)
            elif draw < KEEP:
                mapping[name] = name
            elif draw < KEEP + POOL:
                mapping[name] = pool.draw(rng, name)
            else:
                mapping[name] = fresh_name(rng, name)
        return mapping[name]

    return _NAME.sub(sub, text)


class NamePool:
    """Recurring coined names: rank ``k`` is drawn with probability falling like ``1/k``.

    The pool holds ``size`` names (it grows with the corpus, ``size = 20 * sqrt(n)``);
    the name of rank ``k`` depends only on the seed, ``k`` and the shape of the name it
    replaces, so the same rank is the same entity everywhere.
    """

    def __init__(self, seed: int, size: int):
        self.seed, self.size = seed, max(10, size)
        self.names: dict[tuple[int, bool], str] = {}

    def draw(self, rng: random.Random, original: str) -> str:
        rank = int(self.size ** rng.random()) - 1  # log-uniform rank: a Zipf(1)-like law
        upper = original.isupper() or sum(c.isupper() for c in original) > 1
        key = (rank, upper)
        if key not in self.names:
            self.names[key] = fresh_name(random.Random(f"{self.seed}:{rank}"), "ABC" if upper else "Abc")
        return self.names[key]


def arxiv_id(i: int, seed: int = 0) -> tuple[str, str]:
    """A unique arXiv id (``YYMM.NNNNN``) for record ``i`` and the month it names (``YYYY-MM``)."""
    year, month = _MONTHS[i % len(_MONTHS)]
    number = (i // len(_MONTHS) + seed * 7919) % 100_000
    return f"{year % 100:02d}{month:02d}.{number:05d}", f"{year}-{month:02d}"


def generate(n: int, titles: list[str], sentences: list[str], *, seed: int = 0):
    """Yield ``n`` record dicts."""
    if n > len(_MONTHS) * 100_000:
        raise SystemExit(f"at most {len(_MONTHS) * 100_000} records have distinct arXiv ids")
    rng = random.Random(seed)
    pool = NamePool(seed, int(20 * n ** 0.5))
    for i in range(n):
        mapping: dict[str, str] = {}
        title = vary_names(rng.choice(titles), mapping, rng, pool)
        if not mapping or all(k == v for k, v in mapping.items()):
            title = f"{fresh_name(rng, 'Abc')}: {title}"
        body = " ".join(vary_names(rng.choice(sentences), mapping, rng, pool) for _ in range(rng.randint(5, 9)))
        aid, month = arxiv_id(i, seed)
        authors = [f"{rng.choice(_FIRST)} {''.join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()}"
                   for _ in range(rng.randint(1, 8))]
        yield {"id": f"synth-{seed}-{i:08d}", "arxiv_id": aid, "title": title, "abstract": body,
               "authors": authors, "date": f"{month}-{rng.randint(1, 28):02d}"}


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
