"""Reading speed and memory of the line readers on a large synthetic arXiv snapshot.

Makes an arXiv-snapshot-shaped JSON Lines file by repeating the 200 real rows of
``tests/data/formats/arxiv-kaggle-snapshot`` with fresh ids, reads it with
``read_records`` (auto-detected, lazily), and prints records per second and the peak
resident memory, which must not grow with the file (the real snapshot is about 4 GB).
Also times the five hf-papers listings.

Usage: python benchmarks/read_speed.py [--rows 100000] [--workdir /tmp/paperkg-bench]
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from kg.readers import ReadReport, merge_records, read_records

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "formats" / "arxiv-kaggle-snapshot" / "arxiv-metadata-oai-snapshot.json"


def make_snapshot(path: Path, rows: int) -> int:
    """Write ``rows`` snapshot lines to ``path``; returns its size in bytes."""
    sample = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    with path.open("w", encoding="utf-8") as fh:
        for i in range(rows):
            row = dict(sample[i % len(sample)])
            row["id"] = f"{9000 + i // 99999:04d}.{i % 99999:05d}"
            fh.write(json.dumps(row) + "\n")
    return path.stat().st_size


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--workdir", type=Path, default=Path("/tmp/paperkg-bench"))
    args = parser.parse_args()
    args.workdir.mkdir(parents=True, exist_ok=True)
    path = args.workdir / "arxiv-metadata-oai-snapshot.json"
    size = make_snapshot(path, args.rows)
    before = peak_rss_mb()
    start = time.perf_counter()
    report = ReadReport()
    count = sum(1 for _ in read_records([path], report=report))
    seconds = time.perf_counter() - start
    print(f"arxiv-snapshot: {count} records ({size / 1e6:.0f} MB) in {seconds:.1f} s = {count / seconds:,.0f} records/s; "
          f"peak RSS {peak_rss_mb():.0f} MB (before reading {before:.0f} MB)")
    start = time.perf_counter()
    records = list(read_records([ROOT / "examples" / "hf-papers"]))
    papers = merge_records(records)
    seconds = time.perf_counter() - start
    print(f"hf-listing: {len(records)} listings, {len(papers)} papers in {seconds:.2f} s")


if __name__ == "__main__":
    main()
