"""Graph questions with networkx, on a hand-made graph and on the development corpus."""
import json

import networkx as nx
import pyoxigraph
import pytest
from click.testing import CliRunner

from conftest import DATA
from kg import network
from kg.cli import main
from kg.names import AmbiguousName, NameNotFound
from kg.store import GraphStore

SMALL = DATA / "network.ttl"
F1 = "https://w3id.org/prison-kg/film/f1/character/"


@pytest.fixture(scope="module")
def graph():
    return network.to_networkx(GraphStore.from_files([SMALL]))


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_nodes_and_typed_edges_with_attributes(graph):
    assert graph.number_of_nodes() == 10  # 9 characters and a prison
    assert graph.number_of_edges() == 9
    hugo = graph.nodes[F1 + "hugo-penn"]
    assert hugo == {"kind": "character", "label": "Hugo Penn", "film": "f1", "aliases": ["Penn"],
                    "roles": ["inmate"], "actor": ""}
    edge = graph.get_edge_data(F1 + "hugo-penn", F1 + "nicolo-ferri")["framedBy"]
    assert edge["sentence"].startswith("Ferri plants") and edge["confidence"] == 0.9


def test_an_edge_carries_its_most_confident_evidence():
    extra = """
@prefix kg: <https://w3id.org/prison-kg/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
<https://w3id.org/prison-kg/evidence/extra> rdf:subject <%shugo-penn> ; rdf:predicate kg:framedBy ;
    rdf:object <%snicolo-ferri> ; kg:sentence "Ferri is surely the one behind it." ; kg:confidence 0.95 .
""" % (F1, F1)
    store = GraphStore.from_files([SMALL])
    store.ox.load(extra.encode(), format=pyoxigraph.RdfFormat.TURTLE)
    edge = network.to_networkx(store).get_edge_data(F1 + "hugo-penn", F1 + "nicolo-ferri")["framedBy"]
    assert edge["sentence"] == "Ferri is surely the one behind it." and edge["confidence"] == 0.95


def test_without_evidence_the_edges_are_the_same_but_bare(graph):
    bare = network.to_networkx(GraphStore.from_files([SMALL]), evidence=False)
    assert list(bare.nodes(data=True)) == list(graph.nodes(data=True))
    assert list(bare.edges(keys=True)) == list(graph.edges(keys=True))
    assert {d["sentence"] for _, _, d in bare.edges(data=True)} == {""}


def test_one_films_graph_is_that_film_of_the_whole_graph(dev_store):
    store = GraphStore.open(dev_store)
    whole = network.to_networkx(store)
    films = sorted({d["film"] for _, d in whole.nodes(data=True)})
    assert len(films) > 5
    for film in films:
        part = network.to_networkx(store, film=film)
        members = [n for n, d in whole.nodes(data=True) if d["film"] == film]
        assert list(part.nodes(data=True)) == [(n, whole.nodes[n]) for n in members]
        edges = sorted(whole.subgraph(members).edges(keys=True, data=True), key=lambda e: e[:3])
        assert list(part.edges(keys=True, data=True)) == edges
    assert network.to_networkx(store, film="no-such-film").number_of_nodes() == 0


def test_names_resolve_ignoring_case_and_accents(graph):
    assert network.find(graph, "NICOLO FERRI") == F1 + "nicolo-ferri"
    assert network.find(graph, "penn") == F1 + "hugo-penn"


def test_an_ambiguous_name_lists_the_candidates_with_their_films(graph):
    with pytest.raises(AmbiguousName) as err:
        network.find(graph, "The Warden")
    assert "film f1" in str(err.value) and "film f2" in str(err.value)
    assert network.find(graph, "the warden", film="f2").endswith("f2/character/the-warden")


def test_an_unknown_name_suggests_near_ones(graph):
    with pytest.raises(NameNotFound, match="milo stark"):
        network.find(graph, "Milo Stork")


def test_a_pair_is_settled_by_the_film_both_share(graph):
    a, b = network.find_pair(graph, "the warden", "Hugo Penn")
    assert a == F1 + "the-warden"


def test_shortest_path_reads_as_relations_in_their_own_direction(graph):
    a, b = network.find_pair(graph, "Hugo Penn", "the warden")
    paths = network.shortest_paths(graph, a, b)
    assert [[network.describe_step(graph, s) for s in p] for p in paths] == [
        ["Hugo Penn framedBy Nicolò Ferri", "Nicolò Ferri informerOf the warden"]]
    assert paths[0][0].sentence.startswith("Ferri plants")


def test_no_path_between_unlinked_characters(graph):
    assert network.shortest_paths(graph, F1 + "hugo-penn", F1 + "loner") == []


def test_centrality_ranks_the_broker_first(graph):
    rows = network.centrality(graph, film="f1")
    # by hand: Stark and Ferri each lie on the shortest paths of 3 of the 10 pairs of the 5 others
    assert [(r["character"], r["betweenness"], r["degree"]) for r in rows[:3]] == [
        ("Milo Stark", 0.3, 3), ("Nicolò Ferri", 0.3, 3), ("Hugo Penn", 0.0, 2)]
    assert "Loner" not in {r["character"] for r in rows}


def test_factions_join_allies_and_list_frames_across(graph):
    groups = network.factions(graph, film="f1")
    members = {tuple(g["members"]) for g in groups}
    # cellmates on one side; the co-framers of Milo Stark, with the authority Ferri informs, on the other
    assert ("Hugo Penn", "Milo Stark") in members
    framers = next(g for g in groups if "Nicolò Ferri" in g["members"])
    assert set(framers["members"]) == {"Ada Vos", "Nicolò Ferri", "the warden"}
    assert "Nicolò Ferri framed Hugo Penn" in framers["frames"]


def test_chains_follow_betrayals_and_cycles_come_round(graph):
    chains = network.chains(graph)
    described = [[network.describe_step(graph, s) for s in c] for c in chains]
    assert ["Hugo Penn framedBy Nicolò Ferri", "Nicolò Ferri informerOf the warden"] in described
    cycles = network.cycles(graph)
    assert [[network.describe_step(graph, s) for s in c] for c in cycles] == [
        ["Ivo Lund framedBy Rhea Moss", "Rhea Moss framedBy Ivo Lund"]]


def test_stats_count_per_film_and_overall(graph):
    numbers = network.stats(graph)
    f1 = numbers["films"]["f1"]
    assert (f1["characters"], f1["prisons"], f1["framedBy"], f1["wardenOf"]) == (6, 1, 3, 1)
    assert numbers["overall"]["films"] == 2 and numbers["overall"]["characters"] == 9
    assert f1["degrees"][0] == 1  # the loner


def test_graphml_and_gexf_exports_read_back(run, tmp_path):
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        out = tmp_path / f"g.{fmt}"
        result = run("export", "--data", SMALL, "--format", fmt, "-o", out)
        assert result.exit_code == 0, result.output
        back = reader(out)
        assert back.number_of_nodes() == 10 and back.number_of_edges() == 9


def test_graph_commands_on_the_command_line(run):
    result = run("graph", "path", "penn", "the warden", "--data", SMALL)
    assert result.exit_code == 0
    assert "Hugo Penn framedBy Nicolò Ferri" in result.output and "“Ferri plants" in result.output
    result = run("graph", "path", "the warden", "Rhea Moss", "--film", "f1", "--data", SMALL)
    assert result.exit_code == 1 and 'no character is named "Rhea Moss" in film f1' in result.output
    result = run("graph", "central", "--film", "f1", "--format", "json", "--data", SMALL)
    assert [r["character"] for r in json.loads(result.output)][:2] == ["Milo Stark", "Nicolò Ferri"]
    result = run("graph", "chains", "--data", SMALL)
    assert "cycles: 1" in result.output
    result = run("graph", "stats", "--data", SMALL)
    assert result.output.splitlines()[-1].startswith("overall")


@pytest.mark.parametrize("command", sorted(main.commands["graph"].commands))
def test_every_graph_command_has_help_with_an_example(run, command):
    result = run("graph", command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_a_path_between_two_characters_of_a_dev_film(run, dev_store):
    graph = network.to_networkx(GraphStore.open(dev_store))
    linked = [(s, o) for s, o, rel in graph.edges(keys=True) if rel == "framedBy"]
    assert linked
    victim, framer = linked[0]
    # go through names as a user would, and back through the path
    a = graph.nodes[victim]["label"]
    b = graph.nodes[framer]["label"]
    film = graph.nodes[victim]["film"]
    result = run("graph", "path", a, b, "--film", film, "--store", dev_store)
    assert result.exit_code == 0 and f"{a} framedBy {b}" in result.output
