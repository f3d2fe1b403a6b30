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
import re
import shutil
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef

from .namespaces import BASE, PREFIXES
from .validate import ONTOLOGY_DIR

__all__ = ["GraphStore", "StoreError", "INFERRED", "NAME_INDEX", "NAME_KEY", "NAME_VALUE", "NAME_PROPERTIES",
           "DEFAULT_STORE", "build_store", "inference_pairs", "to_rdflib"]

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
# the properties that give a thing its names: what the name index reads and a lookup follows back
NAME_PROPERTIES = (ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"),
                   ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"))


class StoreError(Exception):
    """A store or data file that cannot be used; the message says which and why."""


def rdf_format(path: Path) -> ox.RdfFormat:
    """The RDF format of a file, by its extension (``.gz`` is not read here)."""
    fmt = _RDF_FORMATS.get(Path(path).suffix.lower())
    if fmt is None:
        raise StoreError(f"{path}: unknown RDF format; use one of {', '.join(sorted(_RDF_FORMATS))}")
    return fmt


def inference_pairs(ontology: Path = ONTOLOGY) -> list[tuple[str, str]]:
    """(p, q) pairs such that ``s p o`` entails ``o q s``: the ontology's inverse and symmetric properties.

    They are read from the ontology, not written by hand: a new
    ``owl:inverseOf`` pair there is inferred with no code change.
    """
    onto = ox.Store()
    onto.load(path=str(ontology), format=ox.RdfFormat.TURTLE)
    owl = "http://www.w3.org/2002/07/owl#"
    pairs: set[tuple[str, str]] = set()
    for row in onto.query(f"SELECT ?p ?q WHERE {{ {{ ?p <{owl}inverseOf> ?q }} UNION {{ ?q <{owl}inverseOf> ?p }} }}"):
        pairs.add((row["p"].value, row["q"].value))
    for row in onto.query(f"SELECT ?p WHERE {{ ?p a <{owl}SymmetricProperty> }}"):
        pairs.add((row["p"].value, row["p"].value))
    return sorted(pairs)


def _materialise(store: ox.Store, timings: dict | None = None) -> None:
    """Write the inferred graph and the name index.

    Each property's triples are read by one scan, and ``o q s`` is added
    for every ``s p o`` unless already asserted: the same result as a
    SPARQL ``INSERT … WHERE { ?s p ?o FILTER NOT EXISTS { ?o q ?s } }``
    per pair, in a third of the time on a million triples.
    """
    clock = time.perf_counter()
    store.clear_graph(INFERRED)
    asserted: dict[str, set] = {}

    def pairs_of(prop: str) -> set:
        if prop not in asserted:
            asserted[prop] = {(r[0], r[1]) for r in store.query(f"SELECT ?s ?o WHERE {{ ?s <{prop}> ?o }}")}
        return asserted[prop]

    inferred = set()
    for p, q in inference_pairs():
        predicate, known = ox.NamedNode(q), pairs_of(q)
        inferred.update(ox.Quad(o, predicate, s, INFERRED) for s, o in pairs_of(p)
                        if (o, s) not in known and not isinstance(o, ox.Literal))  # a literal is no subject
    store.bulk_extend(inferred)
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
    union = " UNION ".join(f"{{ ?s <{p.value}> ?name }}" for p in NAME_PROPERTIES)
    names = store.query(f"SELECT DISTINCT ?name WHERE {{ {union} }}")
    quads = []
    for (name,) in names:
        if isinstance(name, ox.Literal):
            entry = ox.BlankNode()
            quads += [ox.Quad(entry, NAME_KEY, ox.Literal(fold(name.value)), NAME_INDEX),
                      ox.Quad(entry, NAME_VALUE, name, NAME_INDEX)]
    quads.append(_LAYOUT)
    store.bulk_extend(quads)  # no transaction: the store is still private to the build


@lru_cache(maxsize=4096)  # classes, predicates and the film at hand come back again and again
def _uri(value: str) -> URIRef:
    return URIRef(value)


def to_rdflib(term):
    """A pyoxigraph term as an rdflib one."""
    if isinstance(term, ox.NamedNode):
        return _uri(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    if term.datatype.value == _XSD_STRING:  # rdflib writes a plain literal for what RDF 1.1 calls xsd:string
        return Literal(term.value)
    return Literal(term.value, datatype=_uri(term.datatype.value))


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


_LATER_DIRECTIVE = re.compile(rb"\n[ \t]*(?:@prefix|@base|prefix|base)\b", re.IGNORECASE)
_HEADER_LINE = re.compile(rb"[ \t]*(?:#[^\n]*|(?:@prefix|@base)[^\n]*\.[ \t]*|(?:prefix|base)[^\n]*)?\n",
                          re.IGNORECASE)
_SPLIT_MIN = 1 << 20  # below a megabyte one parser is quick enough


def split_for_loading(data: bytes, fmt: ox.RdfFormat, parts: int) -> list[bytes]:
    """``data`` cut into up to ``parts`` pieces that each parse alone to their share of the triples.

    Loading the pieces side by side uses every core; one bulk load parses
    on a single one. N-Triples and N-Quads are cut at line ends. Turtle is
    cut at blank lines, each piece led by the file's directives, and only
    when every directive is at the head of the file: a cut inside a
    statement leaves the piece before it unfinished, which fails to parse
    (the caller then loads the file whole). Data with blank node labels is
    never cut, as a label names one node only within one document.
    """
    if parts < 2 or len(data) < _SPLIT_MIN or b"_:" in data:
        return [data]
    if fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS):
        head, separator, start = b"", b"\n", 0
    elif fmt == ox.RdfFormat.TURTLE:
        start = 0
        while (line := _HEADER_LINE.match(data, start)) and line.end() > start:
            start = line.end()
        head, separator = data[:start], b"\n\n"
        if _LATER_DIRECTIVE.search(data, max(start - 1, 0)):
            return [data]
    else:
        return [data]
    cuts = [start]
    for i in range(1, parts):
        cut = data.find(separator, max(cuts[-1], start + (len(data) - start) * i // parts))
        if cut < 0:
            break
        cuts.append(cut + len(separator))
    cuts.append(len(data))
    return [head + data[a:b] for a, b in zip(cuts, cuts[1:]) if data[a:b].strip()]


def _load(store: ox.Store, graph_file: Path, fmt: ox.RdfFormat, workers: int | None) -> bool:
    """Bulk-load ``graph_file``, in pieces side by side where it can be cut; False if a piece failed."""
    cores = workers or min(os.cpu_count() or 1, 8)
    parts = [b""]
    if cores > 1 and Path(graph_file).stat().st_size >= _SPLIT_MIN:
        parts = split_for_loading(Path(graph_file).read_bytes(), fmt, cores)
    if len(parts) == 1:
        store.bulk_load(path=str(graph_file), format=fmt, lenient=True)
        return True
    with ThreadPoolExecutor(len(parts)) as pool:  # the loader releases the GIL while it parses
        jobs = [pool.submit(store.bulk_load, part, format=fmt, lenient=True) for part in parts]
        return all(job.exception() is None for job in jobs)


def build_store(graph_file: Path, path: Path = DEFAULT_STORE, timings: dict | None = None,
                workers: int | None = None) -> int:
    """Load ``graph_file`` into a new store at ``path`` and return its number of quads.

    The file is one this project wrote (``kg build``), so it is loaded
    without re-validating every IRI. ``timings``, when given, receives the
    seconds of each step. ``workers`` is how many pieces are loaded side by
    side (by default one per core, at most 8; see :func:`split_for_loading`).

    The store is built in a temporary folder beside ``path`` and swapped in
    only when complete, so a failure leaves the previous store as it was.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    try:
        clock = time.perf_counter()
        fmt = rdf_format(graph_file)
        store = ox.Store(str(tmp))
        if not _load(store, graph_file, fmt, workers):
            # a piece did not parse: start again with the file whole, whose error names the right line
            del store
            shutil.rmtree(tmp)
            store = ox.Store(str(tmp))
            store.bulk_load(path=str(graph_file), format=fmt, lenient=True)
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
