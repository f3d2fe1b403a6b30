"""The RDF stage and its serializers."""
import io

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.compare import isomorphic

from kg.extract import extract
from kg.namespaces import KG, RDF, RDFS
from kg.rdf import film_iri, slug, triples
from kg.serialize import write

TEXT = ('Dorsey (Vera Lindholm) shares a cell with "Rocco" O\'Hara. Dorsey informs the warden of the '
        'plan. Fenwick is framed by Dorsey. <img src=x onerror=alert(1)> Nicolò Dà is sentenced.')


def graph_of(fmt: str, docs) -> Graph:
    out = io.StringIO()
    write([list(triples(d)) for d in docs], out, fmt)
    ds = Dataset(default_union=True)
    ds.parse(data=out.getvalue(), format={"turtle": "turtle", "nt": "nt", "jsonld": "json-ld",
                                           "trig": "trig"}[fmt])
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


@pytest.mark.parametrize("text", ["Hugo Penn", "<img src=x onerror=alert(1)>", 'a "quoted" name', "Nicolò",
                                  "x" * 300, "", "日本語"])
def test_slugs_are_safe_and_stable(text):
    s = slug(text)
    assert s == slug(text) and s and len(s) <= 70
    assert all(c.isalnum() or c == "-" for c in s) and s.isascii()


def test_same_name_same_film_same_iri_and_other_films_differ():
    def characters(film):
        return {str(s) for s, p, o in triples(extract(TEXT, film)) if p == RDF.type and o == KG.Character}

    a1, a2, b = characters("film-a"), characters("film-a"), characters("film-b")
    assert len(a1) >= 4 and a1 == a2 and not (a1 & b)
    assert str(film_iri("film a/b")) == "https://w3id.org/prison-kg/film/film-a-b"


@pytest.mark.parametrize("fmt", ["nt", "jsonld", "trig"])
def test_every_format_holds_the_same_graph_as_turtle(fmt):
    docs = [extract(TEXT, "one"), extract("Lomax is a stool pigeon for Capt. Hadley.", "two")]
    assert isomorphic(graph_of("turtle", docs), graph_of(fmt, docs))


def test_output_is_byte_identical_from_run_to_run():
    runs = []
    for _ in range(2):
        out = io.StringIO()
        write([list(triples(extract(TEXT, "one")))], out, "turtle")
        runs.append(out.getvalue())
    assert runs[0] == runs[1]


def test_names_with_quotes_html_and_accents_survive_as_literals():
    g = graph_of("turtle", [extract(TEXT, "one")])
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert "Nicolò Dà" in labels and any("O'Hara" in x for x in labels)


def test_every_relation_has_evidence_quoting_its_sentence():
    doc = extract(TEXT, "one")
    g = graph_of("turtle", [doc])
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/prison-kg/ontology#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o ?sentence ?start ?end ?rule ?conf WHERE {
            ?s ?p ?o . FILTER (?p IN (kg:framedBy, kg:informerOf, kg:cellmateOf, kg:wardenOf))
            OPTIONAL { ?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?sentence ;
                       kg:startOffset ?start ; kg:endOffset ?end ; kg:rule ?rule ; kg:confidence ?conf } }"""))
    assert len(rows) == len(doc.relations) >= 3
    for row in rows:
        assert row.sentence is not None, row
        assert TEXT[int(row.start):int(row.end)] == str(row.sentence)
        assert 0 < float(row.conf) <= 1 and str(row.rule)


def test_roles_are_classes_with_evidence_and_actors_are_not_characters():
    g = graph_of("turtle", [extract(TEXT, "one")])
    dorsey = next(g.subjects(RDFS.label, Literal("Dorsey")))
    assert (dorsey, RDF.type, KG.Informer) in g and (dorsey, RDF.type, KG.Character) in g
    actor = next(g.objects(dorsey, KG.playedBy))
    assert (actor, RDF.type, KG.Actor) in g and (actor, KG.appearsIn, None) not in g
    assert next(g.subjects(RDF.object, KG.Informer)) is not None
