"""Graph questions with networkx: paths, centrality, factions, chains, numbers.

:func:`to_networkx` turns the RDF graph into a ``MultiDiGraph``: characters
and prisons are nodes (IRIs as keys; label, film, roles, aliases and actor
as attributes), the four relations are edges keyed by their name, with the
evidence sentence and confidence. Every other function is a plain function
of that graph, so it serves the command line and Python alike.
"""
from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from dataclasses import dataclass

import networkx as nx
from pyoxigraph import Literal

from .names import AmbiguousName, Candidate, NameNotFound, matches, resolve

__all__ = ["RELATIONS", "to_networkx", "character_names", "find", "find_pair", "shortest_paths",
           "describe_step", "centrality", "factions", "chains", "cycles", "stats", "for_export", "by_film",
           "ordered", "Step", "Candidate", "NameNotFound", "AmbiguousName"]

RELATIONS = ("framedBy", "informerOf", "cellmateOf", "wardenOf")
BETRAYALS = ("framedBy", "informerOf")
_KG = "https://w3id.org/prison-kg/ontology#"

_CLASSES = {_KG + "Character": "character", _KG + "Prison": "prison"}
_ROLE_CLASSES = {_KG + "Inmate": "inmate", _KG + "Warden": "warden", _KG + "Guard": "guard",
                 _KG + "Informer": "informer"}
_RELATION_VALUES = "kg:framedBy kg:informerOf kg:cellmateOf kg:wardenOf"
_TYPES = ("?s a ?o", "o", "kg:Character kg:Prison kg:Inmate kg:Warden kg:Guard kg:Informer")
_EDGES = ("?s ?p ?o", "p", _RELATION_VALUES)
_EVIDENCE = ("?e rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; kg:sentence ?text "
             "OPTIONAL { ?e kg:confidence ?conf }", "p", _RELATION_VALUES)


def _rows(store, where: str | tuple[str, str, str], film: str | None, *names: str):
    """The ``names`` columns of the solutions of ``where``, as plain strings (None when unbound).

    ``where`` is a pattern, or (pattern, variable, values) to keep the
    solutions whose variable is one of the values. Each pattern reads one
    or a few predicates; they are joined in Python, which on a store of a
    million triples is faster than one query that joins them all. With
    ``film``, only solutions whose ``?s`` appears in that film are read.
    """
    restrict = ""
    if not isinstance(where, str):
        where, var, values = where
        # Oxigraph starts from VALUES: right for a whole scan, wrong when the film narrows it
        if film is None:
            where = f"VALUES ?{var} {{ {values} }} {where}"
        else:
            restrict = f" FILTER(?{var} IN ({', '.join(values.split())}))"
    head = " ".join("?" + n for n in names)
    if film is None:
        solutions = store.query(f"SELECT {head} WHERE {{ {where}{restrict} }}")
    else:
        solutions = store.query(f"SELECT {head} ?film WHERE {{ ?in dcterms:identifier ?film . "
                                f"?s kg:appearsIn ?in . {where}{restrict} }}", {"film": Literal(film)})
    if len(names) == 2:
        for r in solutions:
            yield r[0].value, r[1].value
    else:
        for r in solutions:
            yield tuple(None if t is None else t.value for t in r)[:len(names)]


def to_networkx(store, film: str | None = None, evidence: bool = True) -> nx.MultiDiGraph:
    """The characters and relations of a :class:`~kg.store.GraphStore` as a ``MultiDiGraph``.

    ``film`` keeps one film (its identifier) and reads only its part of the
    store. ``evidence=False`` leaves out the sentence and confidence of each
    edge, which centrality, factions and numbers do not need and which cost
    the most to read.

    Where a node has several labels (or an actor several names) the first
    in sorted order is kept, and an edge gets the sentence of its most
    confident evidence, so the same graph gives the same networkx graph
    (and the same exports) every time; nodes and edges are added sorted.
    """
    films = dict(_rows(store, "?s dcterms:identifier ?id", None, "s", "id"))
    kinds: dict[str, str] = {}
    roles: dict[str, list[str]] = defaultdict(list)
    for s, cls in _rows(store, _TYPES, film, "s", "o"):
        if cls in _CLASSES:
            kinds[s] = _CLASSES[cls]
        else:
            roles[s].append(_ROLE_CLASSES[cls])
    appears = {s: films[f] for s, f in _rows(store, "?s kg:appearsIn ?o", film, "s", "o") if s in kinds and f in films}

    def values(where: str) -> dict[str, list[str]]:
        found: dict[str, list[str]] = defaultdict(list)
        for s, value in sorted(_rows(store, where, film, "s", "o")):
            if s in appears:
                found[s].append(value)
        return found

    labels, aliases = values("?s rdfs:label ?o"), values("?s skos:altLabel ?o")
    actors = values("?s kg:playedBy/rdfs:label ?o")
    graph = nx.MultiDiGraph()
    graph.add_nodes_from(
        (iri, {"kind": kind, "label": labels[iri][0] if iri in labels else "(unnamed prison)",
               "film": appears[iri], "aliases": aliases.get(iri, []) if kind == "character" else [],
               "roles": sorted(roles.get(iri, ())), "actor": actors[iri][0] if iri in actors else ""})
        for iri, kind in sorted((iri, kinds[iri]) for iri in appears))
    best: dict[tuple[str, str, str], tuple[float, str]] = {}  # (-confidence, sentence): least is best
    if evidence:
        for s, p, o, text, conf in _rows(store, _EVIDENCE, film, "s", "p", "o", "text", "conf"):
            rank = (-float(conf) if conf is not None else -1.0, text)
            best[s, p, o] = min(best.get((s, p, o), rank), rank)
    edges = sorted((s, o, p[len(_KG):], *best.get((s, p, o), (-1.0, "")))
                   for s, p, o in _rows(store, _EDGES, film, "s", "p", "o") if s in appears and o in appears)
    graph.add_edges_from((s, o, rel, {"relation": rel, "sentence": sentence, "confidence": -negated})
                         for s, o, rel, negated, sentence in edges)
    return graph


def character_names(graph: nx.MultiDiGraph) -> list[tuple[str, str, str, str]]:
    """(iri, label, film, name) rows for :mod:`kg.names`."""
    rows = []
    for n, d in graph.nodes(data=True):
        if d["kind"] == "character":
            rows.extend((n, d["label"], d["film"], name) for name in [d["label"], *d["aliases"]])
    return rows


def find(graph: nx.MultiDiGraph, name: str, film: str | None = None) -> str:
    """The node ``name`` means (label or alias, any case or accents); raises a ``LookupError``."""
    return resolve(name, character_names(graph), film).iri


def find_pair(graph: nx.MultiDiGraph, a: str, b: str, film: str | None = None) -> tuple[str, str]:
    """Two characters by name; when a name fits several films, the film both share decides."""
    rows = character_names(graph)
    found_a, found_b = matches(a, rows, film), matches(b, rows, film)
    for name, found in ((a, found_a), (b, found_b)):
        if not found:
            resolve(name, rows, film)  # raises NameNotFound with suggestions
    shared = {c.film for c in found_a} & {c.film for c in found_b}
    if len(found_a) > 1 or len(found_b) > 1:
        if len(shared) == 1:
            (only,) = shared
            found_a = [c for c in found_a if c.film == only]
            found_b = [c for c in found_b if c.film == only]
    for name, found in ((a, found_a), (b, found_b)):
        if len(found) > 1:
            raise AmbiguousName(name, found)
    return found_a[0].iri, found_b[0].iri


@dataclass(frozen=True)
class Step:
    """One relation on a path, in its own direction."""

    source: str
    relation: str
    target: str
    sentence: str


def _steps(graph: nx.MultiDiGraph, u: str, v: str) -> list[Step]:
    out = []
    for s, o in ((u, v), (v, u)):
        for rel, data in sorted((graph.get_edge_data(s, o) or {}).items()):
            out.append(Step(s, rel, o, data.get("sentence", "")))
    return out


def shortest_paths(graph: nx.MultiDiGraph, a: str, b: str, limit: int = 5) -> list[list[Step]]:
    """The shortest chains of relations between two nodes, whatever their direction.

    Each path is a list of steps; where two nodes are linked by several
    relations, the first in name order stands for them.
    """
    if a == b:
        return []
    undirected = nx.Graph(graph.to_undirected(as_view=True))
    try:
        paths = list(itertools.islice(nx.all_shortest_paths(undirected, a, b), limit))
    except nx.NetworkXNoPath:
        return []
    return [[_steps(graph, u, v)[0] for u, v in zip(path, path[1:])] for path in sorted(paths)]


def describe_step(graph: nx.MultiDiGraph, step: Step) -> str:
    """A step as a sentence: "Hugo Penn framedBy Warden Greer"."""
    return f"{graph.nodes[step.source]['label']} {step.relation} {graph.nodes[step.target]['label']}"


def by_film(graph: nx.MultiDiGraph, nodes) -> dict[str, list[str]]:
    """``nodes`` grouped by film, films and nodes in sorted order."""
    groups: dict[str, list[str]] = defaultdict(list)
    for n in nodes:
        groups[graph.nodes[n]["film"]].append(n)
    return {film: sorted(groups[film]) for film in sorted(groups)}


def _films(graph: nx.MultiDiGraph, film: str | None) -> dict[str, list[str]]:
    """The characters of every film (or of ``film``), grouped by film."""
    return by_film(graph, (n for n, d in graph.nodes(data=True)
                           if d["kind"] == "character" and (film is None or d["film"] == film)))


def ordered(graph, cls=nx.Graph):
    """A copy of ``graph`` (or a view) as ``cls`` with nodes and edges in sorted order.

    networkx views of a subgraph iterate in set order, which changes from
    process to process; seeded algorithms need a fixed order to give the
    same answer every run.
    """
    out = cls()
    out.add_nodes_from(sorted(graph.nodes))
    edges = graph.edges(data=True)
    if not graph.is_directed():
        edges = ((*sorted((u, v)), d) for u, v, d in edges)
    out.add_edges_from(sorted(edges, key=lambda e: (e[0], e[1])))
    return out


def _people(graph: nx.MultiDiGraph, members: list[str]) -> nx.Graph:
    """The characters of ``members`` and the relations among them, as a simple undirected graph."""
    return ordered(graph.subgraph(members).to_undirected(as_view=True))


def centrality(graph: nx.MultiDiGraph, film: str | None = None) -> list[dict]:
    """Characters ranked by how much of their film's web runs through them.

    Betweenness (normalised within each film, so films of any size compare)
    ranks first, then degree (the number of relations). Characters with no
    relation are left out.
    """
    rows = []
    for film_id, members in _films(graph, film).items():
        people = _people(graph, members)
        between = nx.betweenness_centrality(people, normalized=True)
        for n in members:
            degree = graph.degree(n)
            if degree:
                rows.append({"film": film_id, "character": graph.nodes[n]["label"], "iri": n,
                             "betweenness": round(between.get(n, 0.0), 4), "degree": degree})
    rows.sort(key=lambda r: (-r["betweenness"], -r["degree"], r["film"], r["character"]))
    return rows


def factions(graph: nx.MultiDiGraph, film: str | None = None) -> list[dict]:
    """Groups of characters on one side, and who frames across the lines.

    Characters are allies when they are cellmates, when one informs for the
    other, or when they framed the same victim; framing is an attack, not
    a tie. Factions are the communities (Louvain, fixed seed) of that
    alliance graph, per film; characters with no ally are left out.
    """
    out = []
    for film_id, members in _films(graph, film).items():
        allies = nx.Graph()
        framers: dict[str, set[str]] = defaultdict(set)
        ties = []
        for s, o, rel in sorted(graph.subgraph(members).edges(keys=True)):
            if rel in ("cellmateOf", "informerOf"):
                ties.append((s, o))
            elif rel == "framedBy":
                framers[s].add(o)
        for group in framers.values():
            ties.extend(itertools.combinations(sorted(group), 2))
        for x, y in ties:
            allies.add_edge(x, y, weight=allies.get_edge_data(x, y, {"weight": 0})["weight"] + 1)
        if not allies:
            continue
        allies = ordered(allies)  # node order fixed before the seeded search
        groups = nx.community.louvain_communities(allies, weight="weight", seed=7)
        groups = sorted((sorted(g) for g in groups if len(g) > 1), key=lambda g: (-len(g), g))
        side = {n: i for i, g in enumerate(groups) for n in g}
        for i, group in enumerate(groups):
            attacks = sorted({(graph.nodes[framer]["label"], graph.nodes[victim]["label"])
                              for victim in members for framer in framers.get(victim, ())
                              if side.get(framer) == i and side.get(victim) != i})
            out.append({"film": film_id, "members": [graph.nodes[n]["label"] for n in group],
                        "frames": [f"{f} framed {v}" for f, v in attacks]})
    return out


def _betrayal_graph(graph: nx.MultiDiGraph, film: str | None) -> nx.DiGraph:
    keep = {n for nodes in _films(graph, film).values() for n in nodes}
    betrayal = nx.DiGraph()
    for s, o, rel in sorted(graph.edges(keys=True)):
        if rel in BETRAYALS and s in keep and o in keep:
            betrayal.add_edge(s, o, relation=rel)
    return ordered(betrayal, nx.DiGraph)


def _betrayal_steps(graph: nx.MultiDiGraph, betrayal: nx.DiGraph, pairs) -> list[Step]:
    steps = []
    for u, v in pairs:
        rel = betrayal.edges[u, v]["relation"]
        steps.append(Step(u, rel, v, graph.get_edge_data(u, v)[rel]["sentence"]))
    return steps


def chains(graph: nx.MultiDiGraph, film: str | None = None, limit: int = 1000) -> list[list[Step]]:
    """Betrayal chains: framedBy and informerOf followed on, two steps or more.

    "A framedBy B, B informerOf C" is a chain. Only maximal chains are
    listed (each from a node nothing leads to, to one that leads nowhere);
    cycles are :func:`cycles`.
    """
    betrayal = _betrayal_graph(graph, film)
    starts = [n for n in betrayal if betrayal.in_degree(n) == 0]
    ends = {n for n in betrayal if betrayal.out_degree(n) == 0}
    found = []
    for start in starts:
        for path in nx.all_simple_paths(betrayal, start, ends):
            if len(path) >= 3:
                found.append(_betrayal_steps(graph, betrayal, zip(path, path[1:])))
            if len(found) >= limit:
                return found
    return found


def cycles(graph: nx.MultiDiGraph, film: str | None = None, limit: int = 1000) -> list[list[Step]]:
    """Betrayals that come back round: A framedBy B … framedBy A."""
    betrayal = _betrayal_graph(graph, film)
    out = []
    for cycle in itertools.islice(nx.simple_cycles(betrayal), limit):
        first = cycle.index(min(cycle))
        cycle = cycle[first:] + cycle[:first]
        out.append(_betrayal_steps(graph, betrayal, zip(cycle, cycle[1:] + cycle[:1])))
    return sorted(out, key=lambda c: [s.source for s in c])


def stats(graph: nx.MultiDiGraph, film: str | None = None) -> dict:
    """Counts per film and overall: characters, prisons, relations by kind, density, degrees."""
    def numbers(members: list[str], prisons: int) -> dict:
        relations = Counter(rel for _, _, rel in graph.edges(members, keys=True))
        people = _people(graph, members)
        degrees = Counter(d for _, d in people.degree())
        return {"characters": len(members), "prisons": prisons,
                "relations": sum(relations.values()),
                **{rel: relations.get(rel, 0) for rel in RELATIONS},
                "density": round(nx.density(people), 4),
                "degrees": dict(sorted(degrees.items()))}

    prisons = Counter(d["film"] for _, d in graph.nodes(data=True) if d["kind"] == "prison")
    films = _films(graph, film)
    per_film = {f: numbers(m, prisons.get(f, 0)) for f, m in films.items()}
    everyone = [n for m in films.values() for n in m]
    overall = numbers(everyone, sum(prisons.get(f, 0) for f in per_film))
    overall["films"] = len(per_film)
    return {"films": per_film, "overall": overall}


def for_export(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML and GEXF can hold: lists become "; "-joined text."""
    out = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        out.add_node(n, **{k: "; ".join(v) if isinstance(v, list) else v for k, v in d.items()})
    for s, o, k, d in graph.edges(keys=True, data=True):
        out.add_edge(s, o, key=k, **d)
    return out

