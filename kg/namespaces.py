"""The project's vocabulary in one place: namespaces, prefixes and terms.

``KG`` is a closed namespace: using a term that ``ontology/prison-kg.ttl``
does not declare raises ``AttributeError`` (a test checks the two agree).
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SDO, SKOS, XSD, DefinedNamespace

__all__ = ["KG", "BASE", "PREFIXES", "DCTERMS", "OWL", "PROV", "RDF", "RDFS", "SDO", "SKOS", "XSD",
           "bind"]

BASE = "https://w3id.org/prison-kg/"


class KG(DefinedNamespace):
    """Terms of the prison-kg ontology."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    Film: URIRef
    Character: URIRef
    Inmate: URIRef
    Warden: URIRef
    Guard: URIRef
    Informer: URIRef
    Prison: URIRef
    Actor: URIRef
    Evidence: URIRef

    framedBy: URIRef
    framed: URIRef
    informerOf: URIRef
    hasInformer: URIRef
    cellmateOf: URIRef
    wardenOf: URIRef
    hasWarden: URIRef
    appearsIn: URIRef
    playedBy: URIRef
    sentence: URIRef
    startOffset: URIRef
    endOffset: URIRef
    rule: URIRef
    confidence: URIRef


PREFIXES = {
    "kg": str(KG._NS),
    "film": BASE + "film/",
    "actor": BASE + "actor/",
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "schema": str(SDO),
}


def bind(graph) -> None:
    """Bind the project's prefixes on an rdflib graph or store."""
    for prefix, uri in PREFIXES.items():
        graph.bind(prefix, uri, override=True)
