"""RDF stage: a :class:`~kg.extract.Document` as triples of rdflib terms.

IRIs are stable: a film's comes from its identifier, a character's from the
film and its label, so the same name in the same film always gets the same
IRI. Every fact (relations and roles) has a reified ``kg:Evidence`` node
with the sentence, its offsets in the source, the rule and a confidence.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from rdflib import Literal, URIRef

from .extract import Document
from .namespaces import BASE, DCTERMS, KG, PROV, RDF, RDFS, SKOS, XSD

__all__ = ["slug", "film_iri", "triples", "ROLE_CLASSES"]

ROLE_CLASSES = {"inmate": KG.Inmate, "warden": KG.Warden, "guard": KG.Guard, "informer": KG.Informer}
PROPERTIES = {"framedBy": KG.framedBy, "informerOf": KG.informerOf, "cellmateOf": KG.cellmateOf,
              "wardenOf": KG.wardenOf}
_NOT_SLUG = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """A safe, stable IRI segment for any text.

    >>> slug("Hugo Penn"), slug("Nicolò D'Amato"), slug("<img src=x>")[:7]
    ('hugo-penn', 'nicolo-d-amato', 'img-src')
    >>> slug("!!!").startswith("x-")
    True
    """
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = _NOT_SLUG.sub("-", ascii_).strip("-")
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    if not out:
        return f"x-{digest}"
    if len(out) > 60:
        return f"{out[:60].rstrip('-')}-{digest}"
    return out


def film_iri(doc_id: str) -> URIRef:
    return URIRef(f"{BASE}film/{slug(doc_id)}")


@lru_cache(maxsize=8192)
def _small(value: int | str) -> Literal:
    """An offset or a rule id as a literal; they recur across facts and films."""
    return Literal(value)


@lru_cache(maxsize=64)
def _confidence(value: float) -> Literal:
    return Literal(Decimal(f"{value:.2f}"), datatype=XSD.decimal)


def _evidence(doc: Document, film: URIRef, s: URIRef, p: URIRef, o: URIRef, ev):
    key = f"{s}|{p}|{o}".encode("utf-8")
    node = URIRef(f"{film}/evidence/{hashlib.sha1(key).hexdigest()[:16]}")
    start, end = doc.sentence_span(ev.sent)
    yield node, RDF.type, KG.Evidence
    yield node, RDF.subject, s
    yield node, RDF.predicate, p
    yield node, RDF.object, o
    yield node, KG.sentence, Literal(doc.text.source[start:end])
    yield node, KG.startOffset, _small(start)
    yield node, KG.endOffset, _small(end)
    yield node, KG.rule, _small(ev.rule)
    yield node, KG.confidence, _confidence(ev.confidence)
    yield node, PROV.wasDerivedFrom, film


def _names(doc: Document) -> tuple[dict[int, URIRef], dict[int, URIRef]]:
    """IRIs of characters and prisons, unique within the film."""
    film = film_iri(doc.id)
    used: set[str] = set()

    def mint(kind: str, text: str) -> URIRef:
        base = f"{film}/{kind}/{slug(text)}"
        iri, n = base, 2
        while iri in used:
            iri, n = f"{base}-{n}", n + 1
        used.add(iri)
        return URIRef(iri)

    chars = {c.id: mint("character", c.label) for c in doc.characters}
    prisons = {p.id: mint("prison", p.label or "unnamed") for p in doc.prisons}
    return chars, prisons


def triples(doc: Document):
    """Every triple of one film, in a stable order."""
    film = film_iri(doc.id)
    yield film, RDF.type, KG.Film
    yield film, DCTERMS.identifier, Literal(doc.id)
    yield film, RDFS.label, Literal(doc.id)
    yield film, DCTERMS.language, Literal(doc.lang)
    if doc.source:
        yield film, DCTERMS.source, Literal(doc.source)
    chars, prisons = _names(doc)
    used_prisons = {f.o for f in doc.relations if f.p == "wardenOf"} | {p.id for p in doc.prisons if p.label}
    for c in doc.characters:
        node = chars[c.id]
        yield node, RDF.type, KG.Character
        yield node, RDFS.label, Literal(c.label)
        yield node, KG.appearsIn, film
        for alias in sorted(c.aliases):
            yield node, SKOS.altLabel, Literal(alias)
        if c.actor:
            actor = URIRef(f"{BASE}actor/{slug(c.actor)}")
            yield node, KG.playedBy, actor
            yield actor, RDF.type, KG.Actor
            yield actor, RDFS.label, Literal(c.actor)
        for role, ev in sorted(c.roles.items()):
            cls = ROLE_CLASSES[role]
            yield node, RDF.type, cls
            yield from _evidence(doc, film, node, RDF.type, cls, ev)
    for p in doc.prisons:
        if p.id not in used_prisons:
            continue
        node = prisons[p.id]
        yield node, RDF.type, KG.Prison
        yield node, KG.appearsIn, film
        if p.label:
            yield node, RDFS.label, Literal(p.label)
        for alias in sorted(p.aliases):
            yield node, SKOS.altLabel, Literal(alias)
    for f in doc.relations:
        s = chars[f.s]
        prop = PROPERTIES[f.p]
        o = prisons[f.o] if f.p == "wardenOf" else chars[f.o]
        yield s, prop, o
        yield from _evidence(doc, film, s, prop, o, f.evidence)
