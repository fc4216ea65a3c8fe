"""spaCy components of paperkg; importing this package registers every factory.

Each component is one module with a ``make_*`` factory registered under a
``kg_*`` name. :func:`kg.pipeline.make_nlp` assembles them on ``spacy.blank("en")``.
"""

import importlib
import pkgutil

from extractors.labels import ALL_LABELS, ENTITY_LABELS

__all__ = ["ALL_LABELS", "ENTITY_LABELS"]

for _mod in sorted(m.name for m in pkgutil.iter_modules(__path__) if not m.name.startswith("_") and m.name != "labels"):
    importlib.import_module(f"{__name__}.{_mod}")
