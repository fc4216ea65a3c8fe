"""Ontology, SHACL shapes, JSON schemas, JSON-LD context and named SPARQL queries.

Found through :mod:`importlib.resources`, so an installed wheel finds them too.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def path(name: str) -> Path:
    """Path of a schema file shipped in this package, e.g. ``path("ontology.ttl")``."""
    ref = resources.files(__name__).joinpath(name)
    return Path(str(ref))


def read_text(name: str) -> str:
    """Text of a schema file shipped in this package."""
    return resources.files(__name__).joinpath(name).read_text(encoding="utf-8")
