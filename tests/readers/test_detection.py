"""Auto-detection over the mixed samples folder, for the crossref/pubmed/medline/bibtex/ris/wos/CSV/acl/pwc readers."""

from __future__ import annotations

import gzip
import re
import shutil
from collections import Counter
from pathlib import Path

import pytest

from kg.readers import ReadReport, detect_format, read_records

FORMATS = Path(__file__).parent.parent / "data" / "formats"

#: Records each reader gives from the samples (the counts of shared/formats/README.md).
EXPECTED = {"crossref": 5, "pubmed": 4, "medline": 4, "bibtex": 45 + 8 + 20, "ris": 25, "wos": 5 + 8,
            "scopus-csv": 5 + 8, "ieee-csv": 10, "lens-csv": 8, "acl-anthology": 6, "pwc": 50 + 1}
FOLDERS = {"crossref": "crossref", "pubmed": "pubmed-xml", "medline": "pubmed-medline", "bibtex": "bibtex",
           "ris": "ris", "wos": "wos-plaintext", "scopus-csv": "scopus-csv", "ieee-csv": "ieee-xplore-csv",
           "lens-csv": "lens-csv", "acl-anthology": "acl-anthology-xml", "pwc": "papers-with-code"}


@pytest.mark.parametrize("path,name", [(p, name) for name, folder in sorted(FOLDERS.items())
                                       for p in sorted((FORMATS / folder).iterdir())], ids=lambda v: getattr(v, "name", v))
def test_detection_each_sample(path, name):
    assert detect_format(path) == name


def _counts(root: Path) -> tuple[Counter, list[str]]:
    report = ReadReport()
    counts = Counter(r.format for r in read_records([root], report=report))
    messages = [s["message"] for s in report.skipped if any(f"/{f}/" in s["message"] for f in FOLDERS.values())]
    return counts, messages


def test_detection_mixed_folder():
    """Every team's samples in one folder, read by sniffing alone: each of these readers gets exactly its files."""
    counts, messages = _counts(FORMATS)
    assert {name: counts[name] for name in EXPECTED} == EXPECTED
    # only the three Papers with Code responses that hold no papers are reported
    assert sorted(re.match(r"\[(E\d+)\]", m).group(1) for m in messages) == ["E160"] * 3


def test_detection_mixed_folder_gzipped(tmp_path):
    for folder in FOLDERS.values():
        for path in (FORMATS / folder).iterdir():
            target = tmp_path / folder / (path.name + ".gz")
            target.parent.mkdir(exist_ok=True)
            with open(path, "rb") as src, gzip.open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
    counts, messages = _counts(tmp_path)
    assert {name: counts[name] for name in EXPECTED} == EXPECTED
    assert len(messages) == 3
