"""The paperkg RDF vocabulary and the one table that names each relation in every output.

:class:`PKG` is a closed :class:`rdflib.namespace.DefinedNamespace` mirroring
``schemas/ontology.ttl`` (a typo such as ``PKG.basedon`` raises instead of minting
a new term); ``tests/test_vocab.py`` checks both directions against the ontology.

:data:`RELATIONS` maps each relation's Python/JSON name (the edge key in
:class:`kg.graph.KnowledgeGraph`) to its RDF property and its Neo4j relationship
type, so that exporters and the query store never spell a relation themselves::

    >>> RELATIONS["based_on"].rdf == PKG.basedOn
    True
    >>> RELATIONS["result_metric"].neo4j
    'MEASURED_BY'
    >>> relation_for_rdf(PKG.evaluatedOn).name
    'evaluated_on'

IRIs of reified statements and evidence nodes are content hashes (no counters, no
blank nodes), see :func:`statement_iri` and :func:`evidence_iri`.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

from kg.ids import ID_BASE, VOCAB, short_hash

__all__ = [
    "PKG", "MLS", "SCHEMA", "ID", "RelationTerm", "RELATIONS", "NODE_CLASSES", "ENTITY_RELATIONS",
    "REIFIED_RELATIONS", "PREFIXES", "relation_for_rdf", "relation_for_neo4j", "statement_iri", "evidence_iri",
]


class PKG(DefinedNamespace):
    """paperkg vocabulary ``https://w3id.org/paperkg/vocab#`` (see ``schemas/ontology.ttl``)."""

    _fail = True
    _NS = Namespace(VOCAB)

    # classes
    Paper: URIRef
    Entity: URIRef
    Method: URIRef
    Dataset: URIRef
    Metric: URIRef
    Task: URIRef
    Result: URIRef
    Evidence: URIRef

    # paper -> entity / result
    mentions: URIRef
    proposes: URIRef
    reports: URIRef
    # entity -> entity
    basedOn: URIRef
    outperforms: URIRef
    evaluatedOn: URIRef
    usedFor: URIRef
    variantOf: URIRef
    # result -> entity
    method: URIRef
    dataset: URIRef
    metric: URIRef
    # statements
    support: URIRef
    evidence: URIRef
    # datatype properties
    arxivId: URIRef
    doi: URIRef
    venue: URIRef
    source: URIRef
    paperCount: URIRef
    mentionCount: URIRef
    value: URIRef
    unit: URIRef
    rawValue: URIRef
    isDelta: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    extractor: URIRef
    confidence: URIRef


#: W3C ML Schema.
MLS = Namespace("http://www.w3.org/ns/mls#")
#: schema.org (https, as schema.org publishes it).
SCHEMA = Namespace("https://schema.org/")
#: Instances.
ID = Namespace(ID_BASE)

#: Prefixes bound in every RDF output, in this order.
PREFIXES: dict[str, str] = {
    "pkg": VOCAB,
    "id": ID_BASE,
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "schema": "https://schema.org/",
    "mls": "http://www.w3.org/ns/mls#",
}


class RelationTerm(NamedTuple):
    """One relation as named in Python/JSON, RDF and Neo4j."""

    name: str
    rdf: URIRef
    neo4j: str


#: The relation mapping table (edge key -> names everywhere else).
RELATIONS: dict[str, RelationTerm] = {
    t.name: t
    for t in (
        RelationTerm("mentions", PKG.mentions, "MENTIONS"),
        RelationTerm("proposes", PKG.proposes, "PROPOSES"),
        RelationTerm("based_on", PKG.basedOn, "BASED_ON"),
        RelationTerm("outperforms", PKG.outperforms, "OUTPERFORMS"),
        RelationTerm("evaluated_on", PKG.evaluatedOn, "EVALUATED_ON"),
        RelationTerm("used_for", PKG.usedFor, "USED_FOR"),
        RelationTerm("variant_of", PKG.variantOf, "VARIANT_OF"),
        RelationTerm("reports", PKG.reports, "REPORTS"),
        RelationTerm("result_method", PKG.method, "FOR_METHOD"),
        RelationTerm("result_dataset", PKG.dataset, "ON_DATASET"),
        RelationTerm("result_metric", PKG.metric, "MEASURED_BY"),
    )
}

#: Entity-to-entity relations (direct triple + reified statement in RDF).
ENTITY_RELATIONS = ("based_on", "outperforms", "evaluated_on", "used_for", "variant_of")

#: Relations whose edges are reified as ``rdf:Statement`` with support, confidence and evidence.
REIFIED_RELATIONS = ("proposes",) + ENTITY_RELATIONS

#: ``node_type`` attribute -> RDF class.
NODE_CLASSES: dict[str, URIRef] = {
    "Paper": PKG.Paper,
    "Method": PKG.Method,
    "Dataset": PKG.Dataset,
    "Metric": PKG.Metric,
    "Task": PKG.Task,
    "Result": PKG.Result,
}

_BY_RDF = {t.rdf: t for t in RELATIONS.values()}
_BY_NEO4J = {t.neo4j: t for t in RELATIONS.values()}


def relation_for_rdf(term: URIRef | str) -> RelationTerm:
    """The relation whose RDF property is ``term``; raises ``KeyError`` if none."""
    return _BY_RDF[URIRef(str(term))]


def relation_for_neo4j(rel_type: str) -> RelationTerm:
    """The relation whose Neo4j type is ``rel_type``; raises ``KeyError`` if none.

    >>> relation_for_neo4j("VARIANT_OF").name
    'variant_of'
    """
    return _BY_NEO4J[rel_type]


def statement_iri(subject: str, predicate: str, obj: str) -> URIRef:
    """IRI of the reified statement of the triple (full IRIs as strings).

    >>> str(statement_iri("s", "p", "o"))
    'https://w3id.org/paperkg/id/statement/6db8e6feda716626'
    """
    return URIRef(f"{ID_BASE}statement/{short_hash(f'{subject}|{predicate}|{obj}')}")


def evidence_iri(evidence: dict[str, Any]) -> URIRef:
    """IRI of an evidence node: a hash of its canonical JSON, so equal evidence is one node.

    >>> str(evidence_iri({"paper": "paper/arxiv:1", "start": 0, "end": 4})).startswith(ID_BASE + "evidence/")
    True
    """
    text = json.dumps(evidence, sort_keys=True, ensure_ascii=False)
    return URIRef(f"{ID_BASE}evidence/{short_hash(text)}")
