"""RDF exports: Turtle, N-Triples, JSON-LD and RDF/XML in the paperkg vocabulary.

Specs: RDF 1.1 Turtle (https://www.w3.org/TR/turtle/), N-Triples
(https://www.w3.org/TR/n-triples/), JSON-LD 1.1 (https://www.w3.org/TR/json-ld11/),
RDF/XML (https://www.w3.org/TR/rdf-syntax-grammar/). Vocabulary: ``schemas/ontology.ttl``,
validated by ``schemas/shapes.ttl``; see :mod:`kg.vocab` and CONTRACTS.md.

One function, :func:`iter_triples`, says what the graph means in RDF; every format
is a serialisation of it. Terms are plain values there (an IRI is a ``str``, a
literal a ``(lexical, datatype)`` tuple), so that :func:`write_ntriples` streams
sorted lines without building an :class:`rdflib.Graph` (an external merge sort
keeps memory bounded on million-paper builds). :func:`to_rdf` builds the rdflib
graph the other formats, SPARQL in memory and the tests use.

Determinism: IRIs come from node ids (:func:`kg.ids.iri`) and content hashes,
never blank nodes; literals are canonical (decimals without exponent or trailing
zeros); N-Triples lines are sorted and unique; the rdflib graph is filled in sorted
order (its memory store keeps insertion order, its Turtle writer sorts) and the
JSON-LD is re-sorted after rdflib writes it.

What is lost: the order of authors (``dcterms:creator`` values are a set);
``mentions`` edges keep no evidence in RDF (only ``proposes`` and entity-to-entity
edges are reified with theirs); attributes outside the vocabulary.
"""

from __future__ import annotations

import datetime
import functools
import heapq
import json
import os
import re
import tempfile
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, Iterable, Iterator, Union

from rdflib import Graph, Literal, URIRef

from kg.errors import Errors, ExportError
from kg.graph import KnowledgeGraph
from kg.ids import ID_BASE, iri, short_hash
from kg.registry import exporters
from kg.vocab import NODE_CLASSES, PKG, PREFIXES, RELATIONS, REIFIED_RELATIONS, evidence_iri, statement_iri

__all__ = [
    "iter_triples", "to_rdf", "iter_ntriples", "write_ntriples", "to_turtle", "iter_turtle", "to_jsonld", "to_rdfxml",
    "write_turtle", "write_jsonld", "write_rdfxml", "write_ntriples_export", "decimal_lexical", "ntriples_line",
    "node_ntriples", "edge_ntriples",
]

RDF = PREFIXES["rdf"]
RDFS = PREFIXES["rdfs"]
XSD = PREFIXES["xsd"]
DCTERMS = PREFIXES["dcterms"]
SKOS = PREFIXES["skos"]
PROV = PREFIXES["prov"]
SCHEMA = PREFIXES["schema"]

#: A literal: (lexical form, datatype IRI or None for xsd:string).
Lit = tuple[str, Union[str, None]]
#: An object term: an IRI (str) or a literal.
Term = Union[str, Lit]

_TYPE = RDF + "type"
_INT = XSD + "integer"
_DEC = XSD + "decimal"
_BOOL = XSD + "boolean"


# ----------------------------------------------------------------------------------------------
# Literals
def decimal_lexical(value: Any) -> str | None:
    """Canonical ``xsd:decimal`` lexical form of a number or decimal string, or None if it is not one.

    >>> decimal_lexical("80.740"), decimal_lexical(0.9), decimal_lexical("1e3"), decimal_lexical("-0")
    ('80.74', '0.9', '1000.0', '0.0')
    >>> decimal_lexical("n/a") is None
    True
    """
    if isinstance(value, bool):
        return None
    try:
        dec = Decimal(str(value).strip())
    except (InvalidOperation, ValueError):
        return None
    if not dec.is_finite():
        return None
    if dec == 0:
        return "0.0"
    text = format(dec, "f")
    if "." in text:
        text = text.rstrip("0")
        if text.endswith("."):
            text += "0"
    else:
        text += ".0"
    return text


def _date_literal(value: str) -> Lit | None:
    value = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            datetime.date.fromisoformat(value)
            return value, XSD + "date"
        if re.fullmatch(r"\d{4}-\d{2}", value) and 1 <= int(value[5:]) <= 12:
            return value, XSD + "gYearMonth"
        if re.fullmatch(r"\d{4}", value):
            return value, XSD + "gYear"
    except ValueError:
        return None
    return None


def _str(value: Any) -> Lit:
    return str(value), None


def _int(value: Any) -> Lit | None:
    try:
        return str(int(value)), _INT
    except (TypeError, ValueError):
        return None


def _dec(value: Any) -> Lit | None:
    lex = decimal_lexical(value)
    return (lex, _DEC) if lex is not None else None


def _bool(value: Any) -> Lit:
    return ("true" if value else "false"), _BOOL


# ----------------------------------------------------------------------------------------------
# The meaning: graph -> triples
def iter_triples(graph: KnowledgeGraph) -> Iterator[tuple[str, str, Term]]:
    """Every triple of ``graph`` in the paperkg vocabulary (may repeat shared evidence triples).

    Subjects and predicates are IRIs (``str``); objects are IRIs or ``(lexical, datatype)``.

    >>> from kg.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph()
    >>> kg.add_node("method/lora", "Method", label="LoRA", aliases=["LoRA"], paper_count=1, mention_count=1)
    >>> sorted(p.rsplit("#", 1)[-1] for _, p, _ in iter_triples(kg))
    ['altLabel', 'label', 'mentionCount', 'paperCount', 'type']
    """
    for node_id, data in graph.sorted_nodes():
        yield from _node_triples(node_id, data)
    for u, v, rel, data in graph.sorted_edges():
        yield from _edge_triples(u, v, rel, data)


#: The vocabulary terms the triples use, as plain strings (rdflib's DefinedNamespace lookups are slow).
_PK = {name: str(getattr(PKG, name)) for name in ['Evidence', 'arxivId', 'confidence', 'doi', 'endOffset', 'evidence', 'extractor', 'isDelta', 'mentionCount', 'paperCount', 'rawValue', 'sentence', 'source', 'startOffset', 'support', 'unit', 'value', 'venue']}
#: Node IRIs repeat (a paper in each evidence, an entity in each mention): cache their percent-encoding.
_iri = functools.lru_cache(maxsize=1 << 18)(iri)
_RELATION_IRIS = {name: str(term.rdf) for name, term in RELATIONS.items()}
_REIFIED = frozenset(REIFIED_RELATIONS)


def _node_triples(node_id: str, data: dict[str, Any]) -> Iterator[tuple[str, str, Term]]:
    s = _iri(node_id)
    node_type = data.get("node_type")
    cls = NODE_CLASSES.get(node_type)
    if cls is None:
        return
    yield s, _TYPE, str(cls)
    if "label" in data:
        yield s, RDFS + "label", _str(data["label"])
    if node_type == "Paper":
        for attr, pred in (("title", DCTERMS + "title"), ("abstract", DCTERMS + "abstract"),
                           ("identifier", DCTERMS + "identifier"), ("arxiv_id", _PK["arxivId"]),
                           ("doi", _PK["doi"]), ("venue", _PK["venue"])):
            if attr in data:
                yield s, pred, _str(data[attr])
        if data.get("url"):
            yield s, SCHEMA + "url", (str(data["url"]), XSD + "anyURI")
        if data.get("date"):
            lit = _date_literal(str(data["date"]))
            if lit:
                yield s, DCTERMS + "issued", lit
        for author in data.get("authors", ()):
            yield s, DCTERMS + "creator", _str(author)
        for source in data.get("sources", ()):
            yield s, _PK["source"], _str(source)
    elif node_type == "Result":
        value = _dec(data.get("value"))
        if value:
            yield s, _PK["value"], value
        for attr, pred in (("unit", _PK["unit"]), ("raw", _PK["rawValue"])):
            if attr in data:
                yield s, pred, _str(data[attr])
        if "is_delta" in data:
            yield s, _PK["isDelta"], _bool(data["is_delta"])
        yield from _evidence_props(s, data)
    else:
        for alias in data.get("aliases", ()):
            yield s, SKOS + "altLabel", _str(alias)
        for attr, pred in (("paper_count", _PK["paperCount"]), ("mention_count", _PK["mentionCount"])):
            lit = _int(data.get(attr))
            if lit:
                yield s, pred, lit


def _evidence_props(s: str, ev: dict[str, Any]) -> Iterator[tuple[str, str, Term]]:
    if ev.get("paper"):
        yield s, PROV + "wasDerivedFrom", _iri(str(ev["paper"]))
    if "sentence" in ev:
        yield s, _PK["sentence"], _str(ev["sentence"])
    for attr, pred in (("start", _PK["startOffset"]), ("end", _PK["endOffset"])):
        lit = _int(ev.get(attr))
        if lit:
            yield s, pred, lit
    if ev.get("extractor") is not None:
        yield s, _PK["extractor"], _str(ev["extractor"])
    conf = _dec(ev.get("confidence"))
    if conf:
        yield s, _PK["confidence"], conf


def _edge_triples(u: str, v: str, rel: str, data: dict[str, Any]) -> Iterator[tuple[str, str, Term]]:
    term = RELATIONS.get(rel)
    if term is None:
        return
    s, p, o = _iri(u), str(term.rdf), _iri(v)
    yield s, p, o
    if rel not in REIFIED_RELATIONS:
        return
    st = str(statement_iri(s, p, o))
    yield st, _TYPE, RDF + "Statement"
    yield st, RDF + "subject", s
    yield st, RDF + "predicate", p
    yield st, RDF + "object", o
    support = _int(data.get("support", 1))
    if support:
        yield st, _PK["support"], support
    conf = _dec(data.get("confidence", 1.0))
    if conf:
        yield st, _PK["confidence"], conf
    for ev in data.get("evidence", ()):
        if ev.get("paper"):
            yield st, PROV + "wasDerivedFrom", _iri(str(ev["paper"]))
        ev_iri = str(evidence_iri(ev))
        yield st, _PK["evidence"], ev_iri
        yield ev_iri, _TYPE, _PK["Evidence"]
        yield from _evidence_props(ev_iri, ev)


# ----------------------------------------------------------------------------------------------
# rdflib graph and the formats rdflib writes
def _rdflib_term(term: Term) -> URIRef | Literal:
    if isinstance(term, str):
        return URIRef(term)
    lex, dt = term
    return Literal(lex, datatype=URIRef(dt)) if dt else Literal(lex)


def new_rdflib_graph() -> Graph:
    """An empty rdflib graph with the paperkg prefixes bound (and no others)."""
    g = Graph(bind_namespaces="none")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    return g


def to_rdf(graph: KnowledgeGraph) -> Graph:
    """The graph as an :class:`rdflib.Graph`, triples added in sorted order.

    >>> from kg.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph()
    >>> kg.add_node("task/vqa", "Task", label="VQA", aliases=["VQA"], paper_count=1, mention_count=2)
    >>> len(to_rdf(kg))
    5
    """
    g = new_rdflib_graph()
    for s, p, o in sorted(set(iter_triples(graph)), key=_triple_key):
        g.add((URIRef(s), URIRef(p), _rdflib_term(o)))
    return g


def _triple_key(t: tuple[str, str, Term]) -> tuple:
    s, p, o = t
    return (s, p, (0, o, "") if isinstance(o, str) else (1, o[0], o[1] or ""))


def to_turtle(graph: KnowledgeGraph) -> str:
    r"""Turtle with the paperkg prefixes: one block per subject, subjects and properties sorted.

    >>> from kg.graph import KnowledgeGraph
    >>> kg = KnowledgeGraph()
    >>> kg.add_node("task/vqa", "Task", label="VQA", aliases=["VQA", 'say "hi"'], paper_count=1, mention_count=2)
    >>> print(to_turtle(kg).split("\n\n")[1])
    <https://w3id.org/paperkg/id/task/vqa> a pkg:Task ;
        rdfs:label "VQA" ;
        skos:altLabel "VQA", "say \"hi\"" ;
        pkg:mentionCount "2"^^xsd:integer ;
        pkg:paperCount "1"^^xsd:integer .
    <BLANKLINE>
    """
    return "".join(iter_turtle(graph))


#: Prefixes written in Turtle (``id:`` is left out: node ids hold "/" and ":", which prefixed names cannot).
_TTL_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}
_PN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")


def _ttl_iri(iri_text: str) -> str:
    for prefix, ns in _TTL_PREFIXES.items():
        if iri_text.startswith(ns) and _PN_LOCAL.fullmatch(iri_text[len(ns):]):
            return f"{prefix}:{iri_text[len(ns):]}"
    return f"<{iri_text}>"


def _ttl_object(nt_object: str) -> str:
    # N-Triples terms are valid Turtle; only IRIs and datatypes get prefixed names.
    if nt_object.startswith("<"):
        return _ttl_iri(nt_object[1:-1])
    if nt_object.endswith(">") and '"^^<' in nt_object:
        lexical, _, datatype = nt_object.rpartition("^^<")
        return f"{lexical}^^{_ttl_iri(datatype[:-1])}"
    return nt_object


def iter_turtle(graph: KnowledgeGraph, *, buffer_lines: int = 500_000) -> Iterator[str]:
    """Turtle text in pieces, from the sorted N-Triples stream (bounded memory, deterministic)."""
    for prefix, ns in _TTL_PREFIXES.items():
        yield f"@prefix {prefix}: <{ns}> .\n"
    subject = predicate = None
    for line in iter_ntriples(graph, buffer_lines=buffer_lines):
        s_end = line.index("> <")
        s, rest = line[1:s_end], line[s_end + 3:]
        p_end = rest.index("> ")
        p, o = rest[:p_end], rest[p_end + 2:-3]
        obj = _ttl_object(o)
        if s != subject:
            if subject is not None:
                yield " .\n"
            yield f"\n<{s}> {'a' if p == _TYPE else _ttl_iri(p)} {obj}"
            subject, predicate = s, p
        elif p != predicate:
            yield f" ;\n    {'a' if p == _TYPE else _ttl_iri(p)} {obj}"
            predicate = p
        else:
            yield f", {obj}"
    if subject is not None:
        yield " .\n"


def to_rdfxml(graph: KnowledgeGraph) -> str:
    """RDF/XML, one ``rdf:Description`` per subject, subjects and properties sorted.

    Written directly from :func:`iter_triples` (rdflib's RDF/XML writer orders
    subjects by hash). Carriage returns are written as ``&#13;`` so that XML
    line-end normalisation does not turn ``\\r\\n`` into ``\\n`` on parsing; characters
    XML 1.0 cannot hold at all (C0 controls other than tab and newlines) become U+FFFD.
    """
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF']
    for prefix, ns in PREFIXES.items():
        if prefix != "id":
            out.append(f'\n   xmlns:{prefix}="{_xml_attr(ns)}"')
    out.append(">\n")
    current = None
    for s, p, o in sorted(set(iter_triples(graph)), key=_triple_key):
        if s != current:
            if current is not None:
                out.append("  </rdf:Description>\n")
            out.append(f'  <rdf:Description rdf:about="{_xml_attr(s)}">\n')
            current = s
        qname = _qname(p)
        if isinstance(o, str):
            out.append(f'    <{qname} rdf:resource="{_xml_attr(o)}"/>\n')
        else:
            lex, dt = o
            dt_attr = f' rdf:datatype="{_xml_attr(dt)}"' if dt else ""
            out.append(f"    <{qname}{dt_attr}>{_xml_text(lex)}</{qname}>\n")
    if current is not None:
        out.append("  </rdf:Description>\n")
    out.append("</rdf:RDF>\n")
    return "".join(out)


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_text(text: str) -> str:
    text = _XML_INVALID.sub("\ufffd", text)
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def _xml_attr(text: str) -> str:
    return _xml_text(text).replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")


def _qname(predicate: str) -> str:
    for prefix, ns in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        local = predicate[len(ns):]
        if predicate.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w.\-]*", local):
            return f"{prefix}:{local}"
    raise ExportError(Errors.E040.format(name="rdfxml", detail=f"no XML name for property {predicate!r}"))


def to_jsonld(graph: KnowledgeGraph) -> str:
    """JSON-LD 1.1 with ``schemas/context.jsonld`` embedded: one sorted node object per subject.

    Written directly from :func:`iter_triples` (rdflib's JSON-LD writer drops empty
    strings from multi-valued properties). A property uses its context term when
    there is one, and its value is compact when the term's type coercion fits it,
    else an explicit ``{"@id"}``/``{"@value", "@type"}`` object.
    """
    from schemas import read_text

    context = json.loads(read_text("context.jsonld"))["@context"]
    terms, prefixes = _context_terms(context)
    nodes: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for s, p, o in sorted(set(iter_triples(graph)), key=_triple_key):
        if current is None or current["@id"] != s:
            current = {"@id": s}
            nodes.append(current)
        if p == _TYPE and isinstance(o, str):
            current.setdefault("@type", []).append(_curie(o, prefixes))
            continue
        key, value = _jsonld_entry(p, o, terms, prefixes)
        current.setdefault(key, []).append(value)
    for node in nodes:
        for key, values in node.items():
            if isinstance(values, list) and len(values) == 1:
                node[key] = values[0]
    data = {"@context": context, "@graph": nodes}
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _context_terms(context: dict[str, Any]) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("/", "#"))}

    def expand(value: str) -> str:
        prefix, _, rest = value.partition(":")
        return prefixes[prefix] + rest if prefix in prefixes else value

    terms: dict[str, tuple[str, str | None]] = {}
    for term, definition in context.items():
        if term in prefixes:
            continue
        if isinstance(definition, str):
            terms[expand(definition)] = (term, None)
        else:
            coercion = definition.get("@type")
            terms[expand(definition["@id"])] = (term, coercion if coercion == "@id" else expand(coercion) if coercion else None)
    return terms, prefixes


def _curie(value: str, prefixes: dict[str, str]) -> str:
    for prefix in ("pkg", "rdf", "rdfs", "skos", "prov", "dcterms", "schema", "mls", "xsd"):
        ns = prefixes.get(prefix)
        if ns and value.startswith(ns) and re.fullmatch(r"[A-Za-z_][\w\-]*", value[len(ns):]):
            return f"{prefix}:{value[len(ns):]}"
    return value


def _jsonld_entry(p: str, o: Term, terms: dict[str, tuple[str, str | None]], prefixes: dict[str, str]) -> tuple[str, Any]:
    term, coercion = terms.get(p, (_curie(p, prefixes), None))
    if isinstance(o, str):
        return term, (o if coercion == "@id" else {"@id": o})
    lex, dt = o
    if (dt or None) == coercion:
        return term, lex
    if dt is None:
        return term, {"@value": lex}
    return term, {"@value": lex, "@type": _curie(dt, prefixes)}


def _final_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"


# ----------------------------------------------------------------------------------------------
# N-Triples, streamed
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f\ud800-\udfff]')


def _escape_char(match: re.Match) -> str:
    ch = match.group(0)
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def _nt_term(term: Term) -> str:
    if isinstance(term, str):
        return f"<{term}>"
    lex, dt = term
    text = '"' + _NEEDS_ESCAPE.sub(_escape_char, lex) + '"'
    return f"{text}^^<{dt}>" if dt else text


def ntriples_line(s: str, p: str, o: Term) -> str:
    r"""One N-Triples line (with its newline).

    >>> ntriples_line("https://x/s", "https://x/p", ('say "hi"\n', None))
    '<https://x/s> <https://x/p> "say \\"hi\\"\\n" .\n'
    """
    return f"<{s}> <{p}> {_nt_term(o)} .\n"


# Streaming builds write millions of these lines: node_ntriples and edge_ntriples format them
# directly (the same lines as ntriples_line over _node_triples/_edge_triples, which the tests
# check on every node and edge of the hostile graph), caching what repeats: the escaped
# sentence of each piece of evidence, confidence decimals, predicate terms, evidence IRIs.
_P_TYPE = f"<{_TYPE}>"
_P_DERIVED = f"<{PROV}wasDerivedFrom>"
_P_SENTENCE, _P_START, _P_END, _P_EXTRACTOR, _P_CONFIDENCE, _P_EVIDENCE, _P_SUPPORT = (
    f"<{_PK[name]}>" for name in ("sentence", "startOffset", "endOffset", "extractor", "confidence", "evidence", "support"))
_STATEMENT_LINES = (f"<{_TYPE}> <{RDF}Statement>", f"<{RDF}subject>", f"<{RDF}predicate>", f"<{RDF}object>")
_EVIDENCE_TYPE = f"<{_TYPE}> <{_PK['Evidence']}> .\n"
_FLOAT_TAIL = f'"^^<{_DEC}>'
_INT_TAIL = f'"^^<{_INT}>'


@functools.lru_cache(maxsize=1 << 16)
def _short_literal(lex: str) -> str:
    """``_nt_term((lex, None))`` of a string that repeats (a sentence, an extractor name)."""
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, lex) + '"'


@functools.lru_cache(maxsize=1 << 14)
def _float_decimal(value: float) -> str | None:
    lex = decimal_lexical(value)
    return None if lex is None else f'"{lex}{_FLOAT_TAIL}'


def _decimal_term(value: Any) -> str | None:
    """``_nt_term(_dec(value))``, or None where ``_dec`` gives no literal."""
    if type(value) is float:
        return _float_decimal(value)
    lit = _dec(value)
    return None if lit is None else _nt_term(lit)


def _integer_term(value: Any) -> str | None:
    """``_nt_term(_int(value))``, or None where ``_int`` gives no literal."""
    if type(value) is int:
        return f'"{value}{_INT_TAIL}'
    lit = _int(value)
    return None if lit is None else _nt_term(lit)


_EVIDENCE_KEYS = ("confidence", "end", "extractor", "paper", "sentence", "start")
_encode_json_str = json.encoder.encode_basestring  # type: ignore[attr-defined]  # what json.dumps(ensure_ascii=False) uses


def _evidence_iri(ev: dict[str, Any]) -> str:
    """``str(kg.vocab.evidence_iri(ev))``; the JSON of the builder's evidence shape is written without json.dumps.

    >>> ev = {"paper": "paper/p", "sentence": 'A "b"\\n', "start": 0, "end": 4, "extractor": "kg_rules", "confidence": 0.9}
    >>> _evidence_iri(ev) == str(evidence_iri(ev))
    True
    """
    conf, start, end = ev.get("confidence"), ev.get("start"), ev.get("end")
    if (len(ev) != 6 or type(conf) is not float or conf != conf or conf in (float("inf"), float("-inf"))
            or type(start) is not int or type(end) is not int or type(ev.get("extractor")) is not str
            or type(ev.get("paper")) is not str or type(ev.get("sentence")) is not str):
        return str(evidence_iri(ev))
    text = (f'{{"confidence": {float.__repr__(conf)}, "end": {end}, "extractor": {_encode_json_str(ev["extractor"])}, '
            f'"paper": {_encode_json_str(ev["paper"])}, "sentence": {_encode_json_str(ev["sentence"])}, "start": {start}}}')
    return f"{ID_BASE}evidence/{short_hash(text)}"


def _evidence_lines(s: str, ev: dict[str, Any], out: list[str]) -> None:
    """The lines of ``_evidence_props`` for the subject term ``s`` (``<iri>``), appended to ``out``."""
    if ev.get("paper"):
        out.append(f"{s} {_P_DERIVED} <{_iri(str(ev['paper']))}> .\n")
    if "sentence" in ev:
        out.append(f"{s} {_P_SENTENCE} {_short_literal(str(ev['sentence']))} .\n")
    start, end = _integer_term(ev.get("start")), _integer_term(ev.get("end"))
    if start:
        out.append(f"{s} {_P_START} {start} .\n")
    if end:
        out.append(f"{s} {_P_END} {end} .\n")
    if ev.get("extractor") is not None:
        out.append(f"{s} {_P_EXTRACTOR} {_short_literal(str(ev['extractor']))} .\n")
    conf = _decimal_term(ev.get("confidence"))
    if conf:
        out.append(f"{s} {_P_CONFIDENCE} {conf} .\n")


def node_ntriples(node_id: str, data: dict[str, Any]) -> list[str]:
    """The N-Triples lines of one node (``data``: its graph attributes, with ``node_type``), unsorted.

    Streaming builds write these per node instead of walking a whole :class:`KnowledgeGraph`.

    >>> data = {"node_type": "Result", "label": "80.1 F1", "value": "80.10", "unit": "%", "raw": "80.1", "is_delta": False,
    ...         "paper": "paper/p", "sentence": "We get 80.1 F1.", "start": 7, "end": 11, "extractor": "kg_results",
    ...         "confidence": 0.8}
    >>> sorted(node_ntriples("result/r", data)) == sorted(ntriples_line(*t) for t in _node_triples("result/r", data))
    True
    """
    if data.get("node_type") != "Result":
        return [ntriples_line(s, p, o) for s, p, o in _node_triples(node_id, data)]
    out: list[str] = []
    s = f"<{_iri(node_id)}>"
    for subject, p, o in _node_triples(node_id, {k: v for k, v in data.items() if k not in _EVIDENCE_KEYS}):
        out.append(ntriples_line(subject, p, o))
    _evidence_lines(s, data, out)
    return out


def edge_ntriples(u: str, v: str, relation: str, data: dict[str, Any]) -> list[str]:
    """The N-Triples lines of one edge (``data``: support, confidence, evidence), unsorted, maybe repeated.

    >>> edge_ntriples("paper/p", "method/lora", "mentions", {}) == [ntriples_line(*t) for t in _edge_triples("paper/p", "method/lora", "mentions", {})]
    True
    >>> data = {"support": 1, "confidence": 0.9, "evidence": [{"paper": "paper/p", "sentence": "We propose LoRA.",
    ...         "start": 11, "end": 15, "extractor": "kg_rules", "confidence": 0.9}]}
    >>> edge_ntriples("paper/p", "method/lora", "proposes", data) == [ntriples_line(*t) for t in _edge_triples("paper/p", "method/lora", "proposes", data)]
    True
    """
    rel = _RELATION_IRIS.get(relation)
    if rel is None:
        return []
    su, so = _iri(u), _iri(v)
    s, p, o = f"<{su}>", f"<{rel}>", f"<{so}>"
    out = [f"{s} {p} {o} .\n"]
    if relation not in _REIFIED:  # one direct triple (most edges)
        return out
    st = f"<{ID_BASE}statement/{short_hash(f'{su}|{rel}|{so}')}>"  # kg.vocab.statement_iri's IRI, as a string
    a, subject, predicate, obj = _STATEMENT_LINES
    out += [f"{st} {a} .\n", f"{st} {subject} {s} .\n", f"{st} {predicate} {p} .\n", f"{st} {obj} {o} .\n"]
    support = _integer_term(data.get("support", 1))
    if support:
        out.append(f"{st} {_P_SUPPORT} {support} .\n")
    conf = _decimal_term(data.get("confidence", 1.0))
    if conf:
        out.append(f"{st} {_P_CONFIDENCE} {conf} .\n")
    for ev in data.get("evidence", ()):
        if ev.get("paper"):
            out.append(f"{st} {_P_DERIVED} <{_iri(str(ev['paper']))}> .\n")
        e = f"<{_evidence_iri(ev)}>"
        out.append(f"{st} {_P_EVIDENCE} {e} .\n")
        out.append(f"{e} {_EVIDENCE_TYPE}")
        _evidence_lines(e, ev, out)
    return out


def iter_ntriples(graph: KnowledgeGraph, *, buffer_lines: int = 500_000) -> Iterator[str]:
    """Sorted, unique N-Triples lines of ``graph``, without building an rdflib graph.

    At most ``buffer_lines`` lines are held in memory; more are sorted in runs
    spilled to temporary files and merged.
    """
    return _sorted_unique((ntriples_line(s, p, o) for s, p, o in iter_triples(graph)), buffer_lines=buffer_lines)


def write_ntriples(graph: KnowledgeGraph, path: Path | str, *, buffer_lines: int = 500_000) -> Path:
    """Write sorted N-Triples to ``path`` atomically (temporary name, then rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
        for line in _sorted_unique((ntriples_line(s, p, o) for s, p, o in iter_triples(graph)), buffer_lines=buffer_lines):
            fh.write(line)
    os.replace(tmp, path)
    return path


def _sorted_unique(lines: Iterable[str], *, buffer_lines: int = 500_000) -> Iterator[str]:
    with tempfile.TemporaryDirectory(prefix="paperkg-nt-") as tmpdir:
        runs: list[Path] = []
        buf: list[str] = []
        for line in lines:
            buf.append(line)
            if len(buf) >= buffer_lines:
                run = Path(tmpdir) / f"run-{len(runs):05d}.nt"
                buf.sort()
                run.write_text("".join(buf), encoding="utf-8", newline="\n")
                runs.append(run)
                buf = []
        buf.sort()
        handles = [open(r, encoding="utf-8", newline="\n") for r in runs]
        try:
            previous = None
            for line in heapq.merge(buf, *handles) if handles else buf:
                if line != previous:
                    yield line
                    previous = line
        finally:
            for fh in handles:
                fh.close()


# ----------------------------------------------------------------------------------------------
# Registered exporters
def _write_text(out_dir: Path, name: str, text: str, fmt: str) -> list[Path]:
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(text, encoding="utf-8", newline="\n")
        os.replace(tmp, path)
    except OSError as err:
        raise ExportError(Errors.E040.format(name=fmt, detail=err)) from err
    return [path]


@exporters.register("turtle", description="RDF Turtle in the paperkg vocabulary (prefixes bound, no blank nodes)")
def write_turtle(graph: KnowledgeGraph, out_dir: Path, **options: Any) -> list[Path]:
    """Write ``graph.ttl`` (streamed)."""
    out_dir = Path(out_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        path = out_dir / "graph.ttl"
        tmp = path.with_name(path.name + ".tmp")
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            for piece in iter_turtle(graph):
                fh.write(piece)
        os.replace(tmp, path)
    except OSError as err:
        raise ExportError(Errors.E040.format(name="turtle", detail=err)) from err
    return [path]


@exporters.register("ntriples", description="RDF N-Triples, sorted and streamed (for bulk loaders)")
def write_ntriples_export(graph: KnowledgeGraph, out_dir: Path, **options: Any) -> list[Path]:
    """Write ``graph.nt``."""
    try:
        return [write_ntriples(graph, Path(out_dir) / "graph.nt")]
    except OSError as err:
        raise ExportError(Errors.E040.format(name="ntriples", detail=err)) from err


@exporters.register("jsonld", description="JSON-LD with the paperkg context (schemas/context.jsonld) embedded")
def write_jsonld(graph: KnowledgeGraph, out_dir: Path, **options: Any) -> list[Path]:
    """Write ``graph.jsonld``."""
    return _write_text(out_dir, "graph.jsonld", to_jsonld(graph), "jsonld")


@exporters.register("rdfxml", description="RDF/XML for tools that read only XML (Protégé, older stores)")
def write_rdfxml(graph: KnowledgeGraph, out_dir: Path, **options: Any) -> list[Path]:
    """Write ``graph.rdf``."""
    return _write_text(out_dir, "graph.rdf", to_rdfxml(graph), "rdfxml")
