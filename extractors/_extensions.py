"""Every custom Doc/Span attribute of paperkg, registered once (``force=True``).

Components and :mod:`kg.mentions` import this module instead of calling
``set_extension`` themselves, so that one place lists what the pipeline adds
to a Doc and re-importing never fails.

Doc attributes (each holds one type only, never a mix):

- ``doc._.abbreviations``: list of ``(short_start, short_end, long_start, long_end)``
  character offsets of Schwartz–Hearst definitions (written by ``kg_abbreviations``).
- ``doc._.kg_results``: list of result dicts (written by ``kg_results``).
- ``doc._.kg_relations``: list of relation dicts (written by ``kg_relations``).
"""

from __future__ import annotations

from spacy.tokens import Doc

DOC_EXTENSIONS = ("abbreviations", "kg_results", "kg_relations")


def register_extensions() -> None:
    """(Re-)register every custom attribute; safe to call any number of times."""
    for name in DOC_EXTENSIONS:
        Doc.set_extension(name, default=None, force=True)


register_extensions()
