"""Shared fixtures of the extractor tests."""

from __future__ import annotations

from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "hf-papers"


@pytest.fixture(scope="session")
def example_abstracts() -> list[str]:
    """The texts of the first 400 example-corpus records (read once per test process): the real abstracts
    the speed rewrites are compared with their plain code on."""
    from kg.readers import read_records

    return [r.text for r in read_records([EXAMPLES])][:400]
