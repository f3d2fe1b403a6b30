"""kg query: the store, named queries, parameters, formats, inference and errors."""
import csv
import io
import json

import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from conftest import DATA, DEV, ROOT, gold_relations, norm
from kg.cli import main
from kg.namespaces import KG, RDFS
from kg.sparql import named_queries
from kg.store import GraphStore, StoreError, build_store, inference_pairs

SMALL = DATA / "network.ttl"


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args, **kw: runner.invoke(main, [str(a) for a in args], catch_exceptions=False, **kw)


def rows(result) -> list[dict]:
    assert result.exit_code == 0, result.output
    return list(csv.DictReader(io.StringIO(result.output)))


def labelled_pairs(path, prop) -> set[tuple[str, str]]:
    g = Graph().parse(path)
    label = lambda n: str(g.value(n, RDFS.label))  # noqa: E731
    return {(label(s), label(o)) for s, o in g.subject_objects(prop)}


def test_every_named_query_says_what_it_answers_and_runs(run, dev_store):
    queries = named_queries()
    assert {"framed", "informers", "cellmates", "wardens", "informer-and-framed", "betrayals",
            "facts"} <= set(queries)
    for name, q in queries.items():
        assert q.doc and q.text.lstrip().startswith("#")
        args = ["--param", "character=Silas Greer"] if name == "facts" else []
        result = run("query", "--name", name, *args, "--store", dev_store, "--format", "csv")
        assert result.exit_code == 0, (name, result.output)
    listing = run("query", "--list").output
    assert all(f"{name}: {q.doc}" in listing for name, q in queries.items())


@pytest.mark.parametrize("name, prop, columns", [
    ("framed", KG.framedBy, ("victim", "framer")),
    ("informers", KG.informerOf, ("informer", "reportsTo")),
])
def test_named_queries_give_back_every_fact_of_the_seeds_graph(run, name, prop, columns):
    graph = ROOT / "exports" / "graph.ttl"
    expected = labelled_pairs(graph, prop)
    assert expected
    found = rows(run("query", "--name", name, "--data", graph, "--format", "csv"))
    assert {(r[columns[0]], r[columns[1]]) for r in found} == expected
    assert all(r["sentence"] for r in found)


def test_cellmates_come_once_per_pair_and_wardens_with_their_prison(run, dev_graph):
    pairs = {tuple(sorted(p)) for p in labelled_pairs(dev_graph, KG.cellmateOf)}
    found = rows(run("query", "--name", "cellmates", "--data", dev_graph, "--format", "csv"))
    assert len(found) == len(pairs) and {tuple(sorted((r["one"], r["other"]))) for r in found} == pairs
    wardens = rows(run("query", "--name", "wardens", "--data", dev_graph, "--format", "csv"))
    assert {r["warden"] for r in wardens} == {w for w, _ in labelled_pairs(dev_graph, KG.wardenOf)}


def test_the_gold_frames_of_the_dev_corpus_come_back(run, dev_store, dev_corpus):
    found = rows(run("query", "--name", "framed", "--store", dev_store, "--format", "csv"))
    got = {(r["film"], norm(r["victim"]), norm(r["framer"])) for r in found}
    gold = {(stem, norm(s), norm(o)) for stem, _, g in dev_corpus
            for s, p, o in gold_relations(g) if p == "framedBy"}
    # two dev summaries keep known misses (an ambiguous surname, a chain of events): 15 of 18
    assert len(gold & got) / len(gold) >= 0.8


def test_film_parameter_narrows_to_one_film(run, dev_store):
    every = rows(run("query", "--name", "framed", "--store", dev_store, "--format", "csv"))
    film = every[0]["film"]
    some = rows(run("query", "--name", "framed", "--param", f"film={film}", "--store", dev_store,
                    "--format", "csv"))
    assert some and {r["film"] for r in some} == {film} and len(some) < len(every)


@pytest.mark.parametrize("value", ['x" } ; DROP ALL ; #', "dev01_en' || true", '"} UNION { ?s ?p ?o }'])
def test_parameters_that_try_to_inject_sparql_are_plain_values(run, dev_store, value):
    before = len(GraphStore.open(dev_store).ox)
    result = run("query", "--name", "framed", "--param", f"film={value}", "--store", dev_store)
    assert result.exit_code == 0 and "(no results)" in result.output
    result = run("query", "--name", "facts", "--param", f"character={value}", "--store", dev_store)
    assert result.exit_code == 1 and "no character is named" in result.output
    assert len(GraphStore.open(dev_store).ox) == before


def test_a_character_parameter_resolves_names_and_aliases(run):
    found = rows(run("query", "--name", "facts", "--param", "character=nicolo ferri", "--data", SMALL,
                     "--format", "csv"))
    assert found and {r["sentence"] for r in found} == {"Ferri plants a knife under Penn's bunk."}
    assert {(r["subject"], r["property"], r["object"]) for r in found} == {
        ("Hugo Penn", "framedBy", "Nicolò Ferri")}


def test_a_misspelt_character_gets_the_near_names(run):
    result = run("query", "--name", "facts", "--param", "character=Nicolo Feri", "--data", SMALL)
    assert result.exit_code == 1 and "near: nicolo ferri" in result.output


def test_the_name_index_holds_each_distinct_name_once_and_finds_every_bearer(dev_store):
    from kg.sparql import character_names
    from kg.store import NAME_INDEX, NAME_KEY

    store = GraphStore.open(dev_store)
    keys = [q.object.value for q in store.ox.quads_for_pattern(None, NAME_KEY, None, NAME_INDEX)]
    names = {r[0].value for r in store.query("SELECT DISTINCT ?n WHERE { ?c rdfs:label|skos:altLabel ?n }")}
    assert len(keys) == len(names)
    # every character is found by each of its names, in any case and with stray punctuation
    every = store.query("SELECT ?c ?n WHERE { ?c a kg:Character ; rdfs:label|skos:altLabel ?n }")
    for c, n in ((r[0].value, r[1].value) for r in every):
        assert c in {row[0] for row in character_names(store, f" {n.upper()}! ")}


def test_an_ambiguous_character_lists_candidates_and_film_settles_it(run):
    result = run("query", "--name", "facts", "--param", "character=The Warden", "--data", SMALL)
    assert result.exit_code == 1 and "film f1" in result.output and "film f2" in result.output
    result = run("query", "--name", "facts", "--param", "character=the warden", "--param", "film=f1",
                 "--data", SMALL)
    assert result.exit_code == 0


def test_parameter_mistakes_are_explained(run, dev_store):
    result = run("query", "--name", "facts", "--store", dev_store)
    assert result.exit_code == 1 and "needs --param character" in result.output
    result = run("query", "--name", "framed", "--param", "who=x", "--store", dev_store)
    assert result.exit_code == 1 and "takes no parameter who" in result.output
    result = run("query", "--name", "nosuch", "--store", dev_store)
    assert result.exit_code == 1 and "framed" in result.output
    result = run("query", "SELECT * WHERE { ?s ?p ?o }", "--param", "a=b", "--store", dev_store)
    assert result.exit_code == 2


def test_a_malformed_query_gets_the_parsers_line_and_column(run, dev_store):
    result = run("query", "SELECT ?a WHERE {\n  ?a kg:framedBy \n}", "--store", dev_store)
    assert result.exit_code == 1
    assert "malformed query" in result.output and "3:1" in result.output


def test_a_missing_store_says_how_to_build_it(run, tmp_path):
    result = run("query", "--name", "framed", "--store", tmp_path / "nothing")
    assert result.exit_code == 1 and "kg build" in result.output


def test_a_long_query_is_stopped_by_the_timeout(run, dev_store):
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = run("query", heavy, "--store", dev_store, "--timeout", "0.5")
    assert result.exit_code == 1 and "stopped after 0.5 s" in result.output
    quick = run("query", "ASK { ?a kg:framedBy ?b }", "--store", dev_store, "--timeout", "30")
    assert quick.exit_code == 0 and quick.output == "yes\n"


def test_result_formats(run, dev_store):
    q = "SELECT ?v ?f WHERE { ?v kg:framedBy ?f } ORDER BY ?v ?f"
    as_json = json.loads(run("query", q, "--store", dev_store, "--format", "json").output)
    assert as_json["head"]["vars"] == ["v", "f"] and as_json["results"]["bindings"]
    tsv = run("query", q, "--store", dev_store, "--format", "tsv").output.splitlines()
    assert tsv[0] == "?v\t?f" and tsv[1].startswith("<https://w3id.org/prison-kg/film/")
    table = run("query", q, "--store", dev_store).output.splitlines()
    assert table[0].split() == ["v", "f"] and set(table[1]) <= {"─", " "}
    assert table[-1] == f"({len(as_json['results']['bindings'])} rows)"
    turtle = run("query", "CONSTRUCT WHERE { ?v kg:framedBy ?f }", "--store", dev_store).output
    assert len(Graph().parse(data=turtle, format="turtle")) == len(as_json["results"]["bindings"])


def test_query_from_a_file_and_from_standard_input(run, dev_store, tmp_path):
    file = tmp_path / "q.rq"
    file.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?v kg:framedBy ?f }", encoding="utf-8")
    a = run("query", "-f", file, "--store", dev_store, "--format", "csv").output
    b = run("query", "-", "--store", dev_store, "--format", "csv", input=file.read_text()).output
    assert a == b and int(a.splitlines()[1]) > 0


def test_infer_adds_the_other_direction_and_the_inverses(run):
    q = "SELECT ?a ?b WHERE { ?a kg:cellmateOf ?b }"
    plain = rows(run("query", q, "--data", SMALL, "--format", "csv"))
    inferred = rows(run("query", q, "--data", SMALL, "--format", "csv", "--infer"))
    assert len(plain) == 1 and len(inferred) == 2
    q = "SELECT ?w ?i WHERE { ?w kg:hasInformer ?i }"
    assert rows(run("query", q, "--data", SMALL, "--format", "csv")) == []
    assert len(rows(run("query", q, "--data", SMALL, "--format", "csv", "--infer"))) == 2


def test_inference_is_read_from_the_ontology():
    pairs = set(inference_pairs())
    for p, q in (("framedBy", "framed"), ("informerOf", "hasInformer"), ("wardenOf", "hasWarden")):
        assert (str(KG[p]), str(KG[q])) in pairs and (str(KG[q]), str(KG[p])) in pairs
    assert (str(KG.cellmateOf), str(KG.cellmateOf)) in pairs


def test_store_is_replaced_whole_or_not_at_all(tmp_path):
    path = tmp_path / "store"
    count = build_store(SMALL, path)
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(SyntaxError):
        build_store(bad, path)
    assert len(GraphStore.open(path).ox) == count
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_store_of_an_older_layout_asks_for_a_rebuild(tmp_path):
    import pyoxigraph

    from kg.store import NAME_INDEX

    path = tmp_path / "store"
    build_store(SMALL, path)
    assert GraphStore.open(path).query("ASK { ?c a kg:Character }")
    writable = pyoxigraph.Store(str(path))
    writable.clear_graph(NAME_INDEX)  # as a store from before the index had its present layout
    del writable
    with pytest.raises(StoreError, match="older version of kg.*kg build"):
        GraphStore.open(path)


def test_unreadable_data_files_are_named(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("<a> <b> .", encoding="utf-8")
    with pytest.raises(StoreError, match="broken.ttl"):
        GraphStore.from_files([bad])
    with pytest.raises(StoreError, match="unknown RDF format"):
        GraphStore.from_files([DEV / "dev01_en.txt"])


def test_the_store_through_rdflibs_api(dev_store):
    dataset = GraphStore.open(dev_store).rdflib()
    result = list(dataset.query("SELECT ?v ?f WHERE { ?v kg:framedBy ?f }"))
    assert result and all(isinstance(v, URIRef) for row in result for v in row)


def test_kg_build_fills_the_store(run, tmp_path):
    out = tmp_path / "exports"
    assert run("build", DEV, "--out", out).exit_code == 0
    result = run("query", "--name", "betrayals", "--store", out / "store", "--format", "csv")
    films = rows(result)
    assert films and int(films[0]["betrayals"]) >= int(films[-1]["betrayals"])


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("nt", "nt"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_export_from_the_store_keeps_every_triple(run, dev_store, dev_graph, tmp_path, fmt, parser):
    from rdflib import Dataset

    out = tmp_path / f"graph.{fmt}"
    assert run("export", "--format", fmt, "-o", out, "--store", dev_store).exit_code == 0
    exported = Dataset()
    exported.parse(out, format=parser)
    def value(term):  # the store keeps values: "0.90"^^xsd:decimal comes back as "0.9"
        return (type(term).__name__, term.toPython(), str(getattr(term, "datatype", "") or ""))

    triples = {tuple(map(value, q[:3])) for q in exported.quads((None, None, None, None))}
    assert triples == {tuple(map(value, t)) for t in Graph().parse(dev_graph)}


def test_export_with_inferences_adds_the_inverse_facts(run, tmp_path):
    out = tmp_path / "g.nt"
    assert run("export", "--format", "nt", "--infer", "--data", SMALL, "-o", out).exit_code == 0
    graph = Graph().parse(out, format="nt")
    assert len(list(graph.subject_objects(KG.hasInformer))) == 2
    assert len(list(graph.subject_objects(KG.cellmateOf))) == 2
