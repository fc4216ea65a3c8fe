"""Flatten graph attributes to the scalars that XML graph formats (GraphML, GEXF) accept.

Why a shared helper: GraphML takes only str/int/float/bool, both formats reject
``None``, networkx reads a GEXF list as dynamic ``(value, start, end)`` triples, and
both writers consume some attribute names (``id``, ``key``, ``label``, ``pid``,
``start``, ``end``, ``viz``). One function turns a node or edge attribute dict into
scalars under safe names, so every XML exporter loses the same, documented things:

- lists become one string joined with :data:`LIST_SEPARATOR` (``" | "``);
- ``None``, empty strings and empty lists are dropped (the attribute is absent);
- an edge's ``evidence`` list becomes ``evidence_count``, ``evidence_papers``,
  ``extractors`` and the first ``evidence_sentence``; offsets of evidence are lost;
- reserved names are renamed (``start`` → ``start_offset``, ``end`` → ``end_offset``,
  any other reserved ``x`` → ``kg_x``); ``label`` is kept apart as the display label;
- characters XML 1.0 cannot carry (C0 controls other than tab/newline/CR, lone
  surrogates, U+FFFE/U+FFFF) become U+FFFD.

Node colours per type live here too, so Gephi and HTML exports look alike, and
:func:`write_output`, so every file exporter reports an unwritable file the same way.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Iterable

from kg.errors import Errors, ExportError

LIST_SEPARATOR = " | "

#: Attribute names the XML writers (and Gephi) take over.
RESERVED = frozenset({"id", "key", "label", "pid", "start", "end", "viz"})
_RENAMES = {"start": "start_offset", "end": "end_offset"}

#: Colour per node type (RGB), shared by GEXF ``viz:color`` and the HTML legend.
TYPE_COLORS: dict[str, tuple[int, int, int]] = {
    "Paper": (120, 144, 156),
    "Method": (31, 119, 180),
    "Dataset": (44, 160, 44),
    "Metric": (255, 127, 14),
    "Task": (148, 103, 189),
    "Result": (214, 39, 40),
}
DEFAULT_COLOR = (127, 127, 127)

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with the characters XML 1.0 forbids replaced by U+FFFD.

    >>> xml_safe("a\\x00b\\tc")
    'a\\ufffdb\\tc'
    """
    return _XML_BAD.sub("\ufffd", text)


def safe_name(name: str) -> str:
    """The attribute name to write for ``name``.

    >>> safe_name("start"), safe_name("id"), safe_name("paper_count")
    ('start_offset', 'kg_id', 'paper_count')
    """
    if name in RESERVED:
        return _RENAMES.get(name, f"kg_{name}")
    return name


def scalar(value: Any) -> str | int | float | bool | None:
    """One XML-safe scalar for ``value``, or None when it should be dropped.

    >>> scalar(["LoRA", "Low-Rank Adaptation"])
    'LoRA | Low-Rank Adaptation'
    >>> scalar(""), scalar([]), scalar(None), scalar(3), scalar(True)
    (None, None, None, 3, True)
    """
    if value is None:
        return None
    if isinstance(value, bool | int | float):
        return value
    if isinstance(value, list | tuple | set | frozenset):
        items = [str(scalar(v)) for v in value if scalar(v) is not None]
        return xml_safe(LIST_SEPARATOR.join(items)) if items else None
    text = xml_safe(str(value))
    return text or None


def flatten_node(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Scalar attributes of a node under safe names, sorted by name; ``label`` excluded.

    >>> flatten_node({"label": "x", "aliases": ["a", "b"], "start": 3, "doi": None})
    {'aliases': 'a | b', 'start_offset': 3}
    """
    out = {}
    for name in sorted(attrs):
        if name == "label":
            continue
        value = scalar(attrs[name])
        if value is not None:
            out[safe_name(name)] = value
    return dict(sorted(out.items()))


def flatten_edge(attrs: dict[str, Any]) -> dict[str, str | int | float | bool]:
    """Scalar attributes of an edge: relation, support, confidence and an evidence summary.

    >>> flatten_edge({"relation": "mentions", "support": 1, "confidence": 0.9,
    ...               "evidence": [{"paper": "paper/a", "sentence": "S.", "extractor": "kg_rules"}]})
    {'confidence': 0.9, 'evidence_count': 1, 'evidence_papers': 'paper/a', 'evidence_sentence': 'S.', 'extractors': 'kg_rules', 'relation': 'mentions', 'support': 1}
    """
    plain = {k: v for k, v in attrs.items() if k != "evidence"}
    evidence = list(attrs.get("evidence") or ())
    if evidence:
        plain["evidence_count"] = len(evidence)
        plain["evidence_papers"] = _unique(e.get("paper") for e in evidence)
        plain["extractors"] = _unique(e.get("extractor") for e in evidence)
        plain["evidence_sentence"] = first_sentence(evidence)
    return flatten_node(plain)


def first_sentence(evidence: Iterable[dict[str, Any]]) -> str | None:
    """The first non-empty evidence sentence (evidence lists are sorted), or None.

    >>> first_sentence([{"sentence": ""}, {"sentence": "We propose X."}])
    'We propose X.'
    """
    for item in evidence:
        if item.get("sentence"):
            return str(item["sentence"])
    return None


def value_type(values: Iterable[Any]) -> str:
    """The narrowest attribute type holding every value: ``boolean``, ``long``, ``double`` or ``string``.

    GraphML ``attr.type``, GEXF attribute ``type`` and ``neo4j-admin`` header
    types all use these names.

    >>> value_type([1, 2]), value_type([1, 0.5]), value_type([False]), value_type(["a", 1])
    ('long', 'double', 'boolean', 'string')
    """
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds <= {int}:
        return "long"
    if kinds <= {int, float}:
        return "double"
    return "string"


def column_types(rows: Iterable[dict[str, Any]],
                 type_of: Callable[[list[Any]], str] = value_type) -> dict[str, str]:
    """``{name: type}`` for every attribute name in ``rows``, sorted by name.

    >>> column_types([{"b": 1, "a": "x"}, {"b": 0.5}])
    {'a': 'string', 'b': 'double'}
    """
    values: dict[str, list[Any]] = {}
    for row in rows:
        for name, value in row.items():
            values.setdefault(name, []).append(value)
    return {name: type_of(vals) for name, vals in sorted(values.items())}


def typed_text(value: Any, attr_type: str) -> str:
    """How an XML format writes ``value`` declared as ``attr_type``.

    >>> typed_text(True, "boolean"), typed_text(3, "double"), typed_text(3, "long")
    ('true', '3.0', '3')
    """
    if attr_type == "boolean":
        return "true" if value else "false"
    if attr_type == "double":
        return repr(float(value))
    return str(value)


def display_label(node_id: str, attrs: dict[str, Any]) -> str:
    """A non-empty display label: the ``label`` attribute, else the node id.

    >>> display_label("method/x", {"label": ""})
    'method/x'
    """
    label = scalar(attrs.get("label"))
    return str(label) if label not in (None, "") else node_id


def hex_color(node_type: str) -> str:
    """CSS hex colour of a node type.

    >>> hex_color("Method")
    '#1f77b4'
    """
    return "#%02x%02x%02x" % TYPE_COLORS.get(node_type, DEFAULT_COLOR)


def write_output(path: Path, text: str, name: str) -> Path:
    """Write ``text`` to ``path`` as UTF-8 with ``\\n`` line ends, creating its folder.

    Raises:
        ExportError: [E400] naming the exporter ``name`` when the file cannot be written.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
    except OSError as err:
        raise ExportError(Errors.E400.format(name=name, path=path, detail=err)) from err
    return path


def _unique(values: Iterable[Any]) -> list[str]:
    seen: list[str] = []
    for value in values:
        if value and str(value) not in seen:
            seen.append(str(value))
    return seen
