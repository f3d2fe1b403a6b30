"""Checking a graph against the SHACL shapes in ``ontology/shapes.ttl``."""
from __future__ import annotations

from pathlib import Path

__all__ = ["ValidationError", "validate", "load_graph", "SHAPES"]

ONTOLOGY_DIR = Path(__file__).resolve().parent.parent / "ontology"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"
_FORMATS = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".jsonld": "json-ld", ".nq": "nquads"}


class ValidationError(ValueError):
    """The graph or the shapes could not be read."""


def load_graph(path: Path):
    """A graph file of any format rdflib reads, chosen by extension; quads are flattened."""
    from rdflib import Dataset, Graph

    fmt = _FORMATS.get(Path(path).suffix.lower(), "turtle")
    try:
        ds = Dataset(default_union=True)
        ds.parse(path, format=fmt)
    except Exception as err:  # noqa: BLE001 - rdflib raises many kinds for bad syntax
        raise ValidationError(f"{path}: cannot parse as {fmt}: {err}") from None
    graph = Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def validate(path: Path, shapes: Path = SHAPES) -> tuple[bool, str]:
    """(conforms, a readable report) for the graph in ``path``."""
    from pyshacl import validate as shacl

    from rdflib import Graph

    data = load_graph(path)
    try:
        shape_graph = Graph().parse(shapes, format="turtle")
    except Exception as err:  # noqa: BLE001
        raise ValidationError(f"{shapes}: cannot parse the shapes: {err}") from None
    conforms, _, text = shacl(data, shacl_graph=shape_graph, ont_graph=None, inference="none",
                              advanced=True, allow_warnings=False)
    return bool(conforms), text
