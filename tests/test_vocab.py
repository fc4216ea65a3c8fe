"""kg/vocab.py agrees with schemas/ontology.ttl, and the relation table with the graph model."""

from __future__ import annotations

import re

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from kg.graph import EDGE_RELATIONS, NODE_TYPES
from kg.vocab import MLS, NODE_CLASSES, PKG, RELATIONS, SCHEMA, relation_for_neo4j, relation_for_rdf
from schemas import path

VOCAB = str(PKG._NS)


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    return rdflib.Graph().parse(path("ontology.ttl"))


def _declared(ontology: rdflib.Graph) -> set[str]:
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s) for kind in kinds for s in ontology.subjects(RDF.type, kind) if str(s).startswith(VOCAB)}


def test_vocab_every_pkg_term_is_declared_in_ontology(ontology):
    terms = {VOCAB + name for name in PKG.__annotations__}
    assert terms - _declared(ontology) == set()


def test_vocab_every_ontology_term_is_in_pkg(ontology):
    terms = {VOCAB + name for name in PKG.__annotations__}
    assert _declared(ontology) - terms == set()


def test_vocab_every_term_has_label_and_comment(ontology):
    for term in _declared(ontology):
        assert ontology.value(rdflib.URIRef(term), RDFS.label) is not None, term
        assert ontology.value(rdflib.URIRef(term), RDFS.comment) is not None, term


def test_vocab_pkg_is_closed():
    with pytest.raises(AttributeError):
        PKG.basedon  # noqa: B018 - a typo must fail, not mint a term


def test_vocab_relation_table_covers_graph_relations():
    assert set(RELATIONS) == set(EDGE_RELATIONS)


@pytest.mark.parametrize(
    "name,rdf,neo4j",
    [
        ("mentions", "mentions", "MENTIONS"),
        ("proposes", "proposes", "PROPOSES"),
        ("based_on", "basedOn", "BASED_ON"),
        ("outperforms", "outperforms", "OUTPERFORMS"),
        ("evaluated_on", "evaluatedOn", "EVALUATED_ON"),
        ("used_for", "usedFor", "USED_FOR"),
        ("variant_of", "variantOf", "VARIANT_OF"),
        ("reports", "reports", "REPORTS"),
        ("result_method", "method", "FOR_METHOD"),
        ("result_dataset", "dataset", "ON_DATASET"),
        ("result_metric", "metric", "MEASURED_BY"),
    ],
)
def test_vocab_relation_table_matches_contract(ontology, name, rdf, neo4j):
    term = RELATIONS[name]
    assert term.rdf == rdflib.URIRef(VOCAB + rdf)
    assert term.neo4j == neo4j
    assert (term.rdf, RDF.type, OWL.ObjectProperty) in ontology
    assert relation_for_rdf(term.rdf).name == name
    assert relation_for_neo4j(neo4j).name == name


def test_vocab_neo4j_types_are_unique_upper_snake():
    types = [t.neo4j for t in RELATIONS.values()]
    assert len(set(types)) == len(types)
    assert all(re.fullmatch(r"[A-Z][A-Z_]*", t) for t in types)


@pytest.mark.parametrize(
    "cls,parent",
    [
        (PKG.Paper, SCHEMA.ScholarlyArticle),
        (PKG.Method, MLS.Algorithm),
        (PKG.Dataset, MLS.Dataset),
        (PKG.Dataset, SCHEMA.Dataset),
        (PKG.Metric, MLS.EvaluationMeasure),
        (PKG.Task, MLS.Task),
        (PKG.Result, MLS.ModelEvaluation),
    ],
)
def test_vocab_classes_map_to_ml_schema_and_schema_org(ontology, cls, parent):
    assert (cls, RDFS.subClassOf, parent) in ontology


def test_vocab_node_classes_cover_node_types(ontology):
    assert set(NODE_CLASSES) == set(NODE_TYPES)
    for cls in NODE_CLASSES.values():
        assert (cls, RDF.type, OWL.Class) in ontology
