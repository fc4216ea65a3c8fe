"""Plain frozen values passed between the stages of paperkg.

Every stage takes and returns these, so each can be built by hand in a test and
serialised to JSON Lines between processes (``to_dict``/``from_dict``). Nothing
here imports spaCy, networkx or rdflib.

Offsets in :class:`Mention`, :class:`Result` and :class:`Relation` always index
:attr:`PaperRecord.text`, defined once as ``title + "\\n\\n" + abstract`` (just the
title when there is no abstract, just the abstract when there is no title).
"""

from __future__ import annotations

import dataclasses
import functools
from dataclasses import dataclass, field
from typing import Any, Callable

#: Separator between title and abstract in :attr:`PaperRecord.text`.
TEXT_SEPARATOR = "\n\n"


@dataclass(frozen=True, slots=True)
class PaperRecord:
    """One paper as read from one or more input records.

    Attributes:
        id: stable paper id (see :func:`kg.ids.paper_id`): ``arxiv:<id>``,
            ``doi:<doi>`` or ``title:<sha1 prefix of the normalised title>``.
        title: plain-text title, whitespace normalised ("" when missing).
        abstract: plain-text abstract, whitespace normalised ("" when missing).
        authors: author display names in order.
        date: ISO date ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` (None when unknown).
        doi: lower-cased DOI without ``https://doi.org/``.
        arxiv_id: arXiv id without version (``2301.12597``, ``hep-th/9901001``).
        url: a landing page.
        venue: journal, conference or listing name.
        source: the file the record was read from.
        line: 1-based line number (line formats) or record number (others).
        format: name of the reader that produced it.
        flags: data-quality flags such as ``"no_title"``, ``"no_abstract"``.
        sources: every ``file:line`` this paper was read from (after merging).
        extra: other identifiers (``openalex``, ``pmid``, ``s2``, ``pwc`` ...).
    """

    id: str
    title: str
    abstract: str
    authors: tuple[str, ...] = ()
    date: str | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    url: str | None = None
    venue: str | None = None
    source: str = ""
    line: int | None = None
    format: str = ""
    flags: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    extra: tuple[tuple[str, str], ...] = ()

    @property
    def text(self) -> str:
        """The text every offset indexes: title, blank line, abstract."""
        if self.title and self.abstract:
            return self.title + TEXT_SEPARATOR + self.abstract
        return self.title or self.abstract

    @property
    def abstract_offset(self) -> int:
        """Where the abstract starts in :attr:`text`."""
        if self.title and self.abstract:
            return len(self.title) + len(TEXT_SEPARATOR)
        return 0

    @property
    def location(self) -> str:
        """``file:line`` of this record, for messages."""
        return f"{self.source}:{self.line}" if self.line is not None else self.source

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PaperRecord:
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Mention:
    """A named thing found in a paper's text.

    Attributes:
        paper_id: the paper whose :attr:`PaperRecord.text` the offsets index.
        label: METHOD, DATASET, METRIC or TASK.
        text: the surface form, ``record.text[start:end]``.
        start, end: character offsets into ``record.text``.
        sentence: the sentence containing the mention.
        sentence_start: offset of that sentence in ``record.text``.
        extractor: name of the component that found it (``kg_gazetteer`` ...).
        confidence: in [0, 1].
        entity: canonical name suggested by the extractor (lexicon or
            abbreviation long form), or None to let resolution decide.
        proposed: True when the paper introduces this thing.
    """

    paper_id: str
    label: str
    text: str
    start: int
    end: int
    sentence: str = ""
    sentence_start: int = 0
    extractor: str = ""
    confidence: float = 1.0
    entity: str | None = None
    proposed: bool = False

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Mention:
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Result:
    """A number an abstract reports, with what it measures.

    Attributes:
        value: the parsed number as a decimal string (``"80.74"``), never a float,
            so that exports are exact and deterministic.
        unit: ``"%"``, ``"points"``, ``"x"`` or ``""``.
        raw: the text as written (``"80.74%"``, ``"by 4.9%"``).
        is_delta: True for improvements stated as differences.
        metric, dataset, method: surface forms they are linked to (None if unknown).
        start, end: offsets of the number in ``record.text``.
    """

    paper_id: str
    value: str
    unit: str
    raw: str
    start: int
    end: int
    is_delta: bool = False
    metric: str | None = None
    dataset: str | None = None
    method: str | None = None
    sentence: str = ""
    sentence_start: int = 0
    extractor: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Result:
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Relation:
    """A typed link between two named things, stated in one sentence.

    Attributes:
        relation: one of :data:`RELATIONS` (``based_on``, ``outperforms``,
            ``evaluated_on``, ``used_for``, ``proposes``). For ``proposes`` the
            subject is the paper itself (``subject == ""``).
        subject, object: surface forms, ``record.text[subject_start:subject_end]``.
        subject_label, object_label: METHOD / DATASET / METRIC / TASK.
    """

    paper_id: str
    relation: str
    subject: str
    subject_label: str
    subject_start: int
    subject_end: int
    object: str
    object_label: str
    object_start: int
    object_end: int
    sentence: str = ""
    sentence_start: int = 0
    extractor: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        return _to_dict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Relation:
        return _from_dict(cls, data)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one paper; the unit written to intermediate files."""

    paper_id: str
    mentions: tuple[Mention, ...] = ()
    results: tuple[Result, ...] = ()
    relations: tuple[Relation, ...] = ()
    abbreviations: tuple[tuple[str, str], ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.paper_id,
            "mentions": [m.to_dict() for m in self.mentions],
            "results": [r.to_dict() for r in self.results],
            "relations": [r.to_dict() for r in self.relations],
            "abbreviations": [list(a) for a in self.abbreviations],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        pid = data["id"]
        return cls(
            paper_id=pid,
            mentions=tuple(Mention.from_dict({"paper_id": pid, **m}) for m in data.get("mentions", ())),
            results=tuple(Result.from_dict({"paper_id": pid, **r}) for r in data.get("results", ())),
            relations=tuple(Relation.from_dict({"paper_id": pid, **r}) for r in data.get("relations", ())),
            abbreviations=tuple(tuple(a) for a in data.get("abbreviations", ())),
        )


#: Relation names in Python/JSON form (see kg.vocab for RDF and Neo4j names).
RELATIONS = ("proposes", "based_on", "outperforms", "evaluated_on", "used_for")

#: Span labels.
LABELS = ("METHOD", "DATASET", "METRIC", "TASK")


def _to_dict(obj: Any) -> dict[str, Any]:
    return _dict_maker(type(obj))(obj)


@functools.cache
def _dict_maker(cls: type) -> Callable[[Any], dict[str, Any]]:
    """``to_dict`` of a dataclass: its fields in order, tuples (and tuples of tuples) as lists.

    Generated once per class (as :mod:`dataclasses` generates ``__init__``): a
    loop over the fields with ``getattr`` took twice as long, and every
    extracted mention, result and relation goes through it.
    """
    names = _field_order(cls)
    lines = ["def to_dict(obj):"]
    for i, name in enumerate(names):
        lines.append(f"    v{i} = obj.{name}")
        lines.append(f"    if isinstance(v{i}, tuple): v{i} = [list(v) if isinstance(v, tuple) else v for v in v{i}]")
    lines.append("    return {" + ", ".join(f"{name!r}: v{i}" for i, name in enumerate(names)) + "}")
    namespace: dict[str, Any] = {}
    exec("\n".join(lines), namespace)  # noqa: S102  (code built from the class's own field names)
    return namespace["to_dict"]


@functools.cache
def _positional_maker(cls: type, names: tuple[str, ...]) -> Callable[..., Any]:
    """A constructor taking the fields ``names`` positionally, without the frozen ``__init__``'s overhead.

    For hot loops that build many records (:func:`kg.mentions.doc_to_extraction`):
    a frozen dataclass's ``__init__`` sets each field through
    ``object.__setattr__``; setting the slots directly takes half the time. Fields
    not in ``names`` get their defaults (so a field added later with a default
    needs no change in callers). The caller passes values of the right types.

    Raises:
        TypeError: when a field without a default is not in ``names``, or a name is not a field.

    Example:
        >>> make = _positional_maker(Mention, ("paper_id", "label", "text", "start", "end", "confidence"))
        >>> make("p1", "METHOD", "BERT", 7, 11, 0.5) == Mention("p1", "METHOD", "BERT", 7, 11, confidence=0.5)
        True
    """
    fields = {f.name: f for f in dataclasses.fields(cls)}
    unknown = [name for name in names if name not in fields]
    if unknown:
        raise TypeError(f"{cls.__name__} has no field(s) {unknown}")
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    body = []
    for i, name in enumerate(fields):
        namespace[f"set{i}"] = cls.__dict__[name].__set__  # the slot's member descriptor
        if name in names:
            value = f"a{names.index(name)}"
        elif fields[name].default is not dataclasses.MISSING:
            namespace[f"default{i}"] = fields[name].default
            value = f"default{i}"
        elif fields[name].default_factory is not dataclasses.MISSING:
            namespace[f"factory{i}"] = fields[name].default_factory
            value = f"factory{i}()"
        else:
            raise TypeError(f"{cls.__name__}.{name} has no default and is not in {names}")
        body.append(f"    set{i}(obj, {value})\n")
    args = ", ".join(f"a{i}" for i in range(len(names)))
    exec(f"def make({args}):\n    obj = new(cls)\n{''.join(body)}    return obj\n", namespace)  # noqa: S102
    return namespace["make"]


@functools.cache
def _field_order(cls: type) -> tuple[str, ...]:
    # dataclasses.fields() rebuilds its tuple on every call: a third of to_dict's time.
    return tuple(f.name for f in dataclasses.fields(cls))


@functools.cache
def _field_names(cls: type) -> frozenset[str]:
    # dataclasses.fields() is slow enough to dominate reading millions of records back.
    return frozenset(f.name for f in dataclasses.fields(cls))


def _from_dict(cls: type, data: dict[str, Any]) -> Any:
    names = _field_names(cls)
    kwargs = {}
    for key, value in data.items():
        if key not in names:
            continue
        if isinstance(value, list):
            value = tuple(tuple(v) if isinstance(v, list) else v for v in value)
        kwargs[key] = value
    return cls(**kwargs)
