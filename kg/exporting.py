"""``kg export``: the graph of a store in RDF formats, or as GraphML and GEXF.

RDF comes out sorted film by film (byte-identical for the same graph):
N-Triples as Oxigraph writes each line, Turtle through the same writer as
``kg extract``, JSON-LD and TriG through rdflib. GraphML and GEXF are
networkx's writers over :func:`kg.network.to_networkx`, with list
attributes joined into text.
"""
from __future__ import annotations

from collections import defaultdict
from typing import IO

import pyoxigraph as ox

from .namespaces import BASE
from .serialize import FORMATS as RDF_FORMATS, write
from .store import GraphStore, to_rdflib

__all__ = ["export", "FORMATS"]

FORMATS = (*RDF_FORMATS, "graphml", "gexf")
_FILMS = BASE + "film/"


def _film_of(subject: str) -> str:
    """The film a subject belongs to, from its IRI ("" for shared things such as actors)."""
    if not subject.startswith(_FILMS):
        return ""
    return subject[len(_FILMS):].split("/", 1)[0]


def films(store: GraphStore, infer: bool = False) -> list[list[tuple]]:
    """The store's triples as rdflib terms, one list per film (shared subjects first)."""
    groups: dict[str, list[tuple]] = defaultdict(list)
    for s, p, o in store.triples(infer):
        groups[_film_of(s.value)].append((to_rdflib(s), to_rdflib(p), to_rdflib(o)))
    return [groups[key] for key in sorted(groups)]


def _write_nt(store: GraphStore, out: IO[str], infer: bool) -> None:
    """N-Triples straight from the store's own writer, then grouped by film and sorted.

    Nothing passes through rdflib's terms, which takes a million triples
    from over half a minute to a few seconds.
    """
    lines: set[str] = set()
    for graph in store.graphs(infer):
        lines.update(store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=graph).decode("utf-8").splitlines())
    groups: dict[str, list[str]] = defaultdict(list)
    for line in lines:
        subject = line[1:line.index(">")] if line.startswith("<") else ""
        groups[_film_of(subject)].append(line)
    for key in sorted(groups):
        out.writelines(line + "\n" for line in sorted(groups[key]))


def export(store: GraphStore, fmt: str, out: IO[str], infer: bool = False) -> None:
    """Write the graph of ``store`` to ``out`` in ``fmt``."""
    if fmt in ("graphml", "gexf"):
        import networkx as nx

        from .network import for_export, to_networkx

        graph = for_export(to_networkx(store))
        lines = nx.generate_graphml(graph) if fmt == "graphml" else nx.generate_gexf(graph)
        for line in lines:
            out.write(line + "\n")
        return
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "nt":
        _write_nt(store, out, infer)
        return
    write(films(store, infer), out, fmt)
