"""The persistent graph store: Oxigraph on disk, filled by ``kg build``.

The asserted triples live in the store's default graph; what the ontology
lets us infer (the other direction of symmetric properties, the inverse of
every ``owl:inverseOf`` pair) is materialised once, at load time, into the
named graph :data:`INFERRED` with SPARQL ``INSERT``. A query sees only the
asserted graph, or with ``infer=True`` the union of both.

rdflib users get the same store through rdflib's API (oxrdflib) with
:meth:`GraphStore.rdflib`; the command line talks to pyoxigraph directly.
"""
from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from .namespaces import BASE, PREFIXES
from .validate import ONTOLOGY_DIR

__all__ = ["GraphStore", "StoreError", "INFERRED", "NAME_INDEX", "NAME_KEY", "NAME_VALUE", "DEFAULT_STORE", "build_store", "inference_updates", "to_rdflib"]

INFERRED = ox.NamedNode(BASE + "graph/inferred")
NAME_INDEX = ox.NamedNode(BASE + "graph/names")
NAME_KEY = ox.NamedNode(BASE + "graph/names#key")
NAME_VALUE = ox.NamedNode(BASE + "graph/names#name")
# The layout of the derived graphs (inferences, name index); a store of another layout is rebuilt, not misread.
_LAYOUT = ox.Quad(NAME_INDEX, ox.NamedNode(BASE + "graph/names#layout"), ox.Literal("2"), NAME_INDEX)
DEFAULT_STORE = Path("exports") / "store"
ONTOLOGY = ONTOLOGY_DIR / "prison-kg.ttl"
_RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
                ".trig": ox.RdfFormat.TRIG, ".jsonld": ox.RdfFormat.JSON_LD, ".rdf": ox.RdfFormat.RDF_XML,
                ".owl": ox.RdfFormat.RDF_XML, ".n3": ox.RdfFormat.N3}


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
_SKOS_ALT_LABEL = ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel")


class StoreError(Exception):
    """A store or data file that cannot be used; the message says which and why."""


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, by its extension (``.gz`` is not read here)."""
    fmt = _RDF_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF format; use one of {', '.join(sorted(_RDF_FORMATS))}")
    return fmt


def inference_updates(ontology: Path = ONTOLOGY) -> list[str]:
    """SPARQL updates that materialise the ontology's symmetric and inverse properties.

    They are read from the ontology, not written by hand: a new
    ``owl:inverseOf`` pair there is inferred here with no code change.
    Only triples not already asserted are inserted.
    """
    onto = ox.Store()
    onto.load(path=str(ontology), format=ox.RdfFormat.TURTLE)
    owl = "http://www.w3.org/2002/07/owl#"
    pairs: set[tuple[str, str]] = set()
    for row in onto.query(f"SELECT ?p ?q WHERE {{ {{ ?p <{owl}inverseOf> ?q }} UNION {{ ?q <{owl}inverseOf> ?p }} }}"):
        pairs.add((row["p"].value, row["q"].value))
    for row in onto.query(f"SELECT ?p WHERE {{ ?p a <{owl}SymmetricProperty> }}"):
        pairs.add((row["p"].value, row["p"].value))
    return [f"INSERT {{ GRAPH <{INFERRED.value}> {{ ?o <{q}> ?s }} }} "
            f"WHERE {{ ?s <{p}> ?o FILTER NOT EXISTS {{ ?o <{q}> ?s }} }}"
            for p, q in sorted(pairs)]


def _materialise(store: ox.Store, timings: dict | None = None) -> None:
    clock = time.perf_counter()
    store.clear_graph(INFERRED)
    for update in inference_updates():
        store.update(update)
    middle = time.perf_counter()
    _index_names(store)
    if timings is not None:
        timings.update(infer=middle - clock, index=time.perf_counter() - middle)


def _index_names(store: ox.Store) -> None:
    """Every distinct name in the graph with its folded form (:func:`kg.names.fold`), in :data:`NAME_INDEX`.

    A name typed by a user is then found by one lookup of its folded form,
    bound as a value, instead of a scan over every label. The index holds
    one entry per distinct name (``_:e NAME_KEY "folded"; NAME_VALUE
    "Name"``), not per character: names repeat across films, so a million
    triples need a few thousand entries. A lookup joins the entry's name to
    the characters labelled or aliased with it.
    """
    from .names import fold

    store.clear_graph(NAME_INDEX)
    names = store.query(f"SELECT DISTINCT ?name WHERE {{ {{ ?s <{_RDFS_LABEL.value}> ?name }} "
                        f"UNION {{ ?s <{_SKOS_ALT_LABEL.value}> ?name }} }}")
    quads = []
    for (name,) in names:
        if isinstance(name, ox.Literal):
            entry = ox.BlankNode()
            quads += [ox.Quad(entry, NAME_KEY, ox.Literal(fold(name.value)), NAME_INDEX),
                      ox.Quad(entry, NAME_VALUE, name, NAME_INDEX)]
    quads.append(_LAYOUT)
    store.bulk_extend(quads)  # no transaction: the store is still private to the build


def to_rdflib(term):
    """A pyoxigraph term as an rdflib one."""
    from rdflib import BNode, Literal, URIRef

    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:  # rdflib writes a plain literal for what RDF 1.1 calls xsd:string
        return Literal(term.value)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


class GraphStore:
    """A graph to query: the persistent store, or RDF files loaded in memory."""

    def __init__(self, store: ox.Store):
        self.ox = store

    @classmethod
    def open(cls, path: Path = DEFAULT_STORE) -> "GraphStore":
        """Open the store ``kg build`` wrote, read-only (other readers may share it)."""
        path = Path(path)
        if not (path / "CURRENT").is_file():
            raise StoreError(f"no graph store at {path}: run `kg build` to make one "
                             f"(or give an RDF file with --data)")
        try:
            store = ox.Store.read_only(str(path))
        except OSError as err:
            raise StoreError(f"{path}: cannot open the graph store: {err}") from None
        if _LAYOUT not in store:
            raise StoreError(f"{path}: this graph store was made by an older version of kg; "
                             f"run `kg build` again to rebuild it")
        return cls(store)

    @classmethod
    def from_files(cls, paths: list[Path]) -> "GraphStore":
        """Load RDF files into a store in memory, and materialise the inferences."""
        store = ox.Store()
        for path in paths:
            fmt = rdf_format(path)
            try:
                store.load(path=str(path), format=fmt)
            except (SyntaxError, OSError, ValueError) as err:
                raise StoreError(f"{path}: cannot read as {fmt.name}: {err}") from None
        _materialise(store)
        return cls(store)

    def graphs(self, infer: bool) -> list:
        """The graphs a query's default graph is made of."""
        return [ox.DefaultGraph(), INFERRED] if infer else [ox.DefaultGraph()]

    def query(self, text: str, bindings: dict | None = None, infer: bool = False):
        """Run a SPARQL query; ``bindings`` are values of projected variables, never query text.

        Raises ``SyntaxError`` with the parser's line and column on a malformed query.
        """
        subs = {ox.Variable(k): v for k, v in (bindings or {}).items()}
        return self.ox.query(text, prefixes=PREFIXES, default_graph=self.graphs(infer),
                             substitutions=subs or None)

    def triples(self, infer: bool = False):
        """Every (subject, predicate, object) of the asserted graph (and the inferred one)."""
        for graph in self.graphs(infer):
            for quad in self.ox.quads_for_pattern(None, None, None, graph):
                yield quad.subject, quad.predicate, quad.object

    def rdflib(self):
        """The same store through rdflib's API: a ``Dataset`` backed by Oxigraph."""
        from oxrdflib import OxigraphStore
        from rdflib import Dataset

        from .namespaces import bind

        dataset = Dataset(store=OxigraphStore(store=self.ox))
        bind(dataset)
        return dataset


def build_store(graph_file: Path, path: Path = DEFAULT_STORE, timings: dict | None = None) -> int:
    """Load ``graph_file`` into a new store at ``path`` and return its number of quads.

    The file is one this project wrote (``kg build``), so it is loaded
    without re-validating every IRI. ``timings``, when given, receives the
    seconds of each step.

    The store is built in a temporary folder beside ``path`` and swapped in
    only when complete, so a failure leaves the previous store as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        clock = time.perf_counter()
        store = ox.Store(str(tmp))
        store.bulk_load(path=str(graph_file), format=rdf_format(graph_file), lenient=True)
        steps = {"load": time.perf_counter() - clock}
        _materialise(store, steps)
        clock = time.perf_counter()
        store.flush()
        steps["flush"] = time.perf_counter() - clock
        if timings is not None:
            timings.update(steps)
        count = len(store)
        del store  # releases the database lock before the folder moves
        old = None
        if path.exists():
            old = Path(tempfile.mkdtemp(prefix=f".{path.name}.old.", dir=path.parent))
            os.replace(path, old / path.name)
        os.replace(tmp, path)
        if old:
            shutil.rmtree(old, ignore_errors=True)
        return count
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
