"""The ontology file and the code agree, and every term is documented in two languages."""
import re

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from conftest import ROOT
from kg.namespaces import KG

ONTOLOGY = Graph().parse(ROOT / "ontology" / "prison-kg.ttl")
NS = str(KG._NS)
DECLARED = {str(s)[len(NS):] for s in ONTOLOGY.subjects(RDF.type, None) if str(s).startswith(NS)}
CODE_TERMS = set(KG.__annotations__)


def test_the_namespace_module_and_the_ontology_declare_the_same_terms():
    assert CODE_TERMS == DECLARED


def test_every_term_the_code_and_rules_use_is_declared():
    used = set()
    for path in list((ROOT / "kg").rglob("*.py")) + list((ROOT / "kg").rglob("*.rq")):
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"\bKG\.([A-Za-z]\w*)", text)) | set(re.findall(r"\bkg:(\w+)", text))
    assert used and used <= DECLARED, used - DECLARED


@pytest.mark.parametrize("term", sorted(DECLARED))
@pytest.mark.parametrize("lang", ["en", "it"])
def test_every_term_has_a_label_and_a_definition_per_language(term, lang):
    node = URIRef(NS + term)
    for prop in (RDFS.label, SKOS.definition):
        values = [o for o in ONTOLOGY.objects(node, prop) if isinstance(o, Literal) and o.language == lang]
        assert values, f"kg:{term} has no {prop.split('#')[-1]}@{lang}"


def test_the_public_data_model_is_there():
    for cls in ("Film", "Character", "Inmate", "Warden", "Guard", "Informer", "Prison"):
        assert (KG[cls], RDF.type, OWL.Class) in ONTOLOGY
    for role in ("Inmate", "Warden", "Guard", "Informer"):
        assert (KG[role], RDFS.subClassOf, KG.Character) in ONTOLOGY
    assert (KG.cellmateOf, RDF.type, OWL.SymmetricProperty) in ONTOLOGY
    assert (KG.cellmateOf, RDF.type, OWL.IrreflexiveProperty) in ONTOLOGY
    for prop, inverse in (("framedBy", "framed"), ("informerOf", "hasInformer"), ("wardenOf", "hasWarden")):
        assert (KG[prop], OWL.inverseOf, KG[inverse]) in ONTOLOGY
    assert (KG.wardenOf, RDFS.range, KG.Prison) in ONTOLOGY


def test_an_undeclared_term_is_an_error():
    with pytest.raises(AttributeError):
        KG.smuggledBy  # noqa: B018
