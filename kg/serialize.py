"""Writing triples: streaming Turtle and N-Triples, and rdflib for the rest.

Turtle and N-Triples are written film by film, sorted within each film, so
output is byte-identical from run to run and memory stays flat however
large the corpus. JSON-LD and TriG go through rdflib (TriG puts each film in
a named graph of its own). Output files are written to a temporary file and
renamed, so a failure never leaves half a file.
"""
from __future__ import annotations

import os
import re
import tempfile
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import IO, Iterable

from rdflib import BNode, Dataset, Literal, URIRef

from .namespaces import PREFIXES, XSD, bind

__all__ = ["FORMATS", "nt_term", "write", "atomic_open"]

FORMATS = {"turtle": ".ttl", "nt": ".nt", "jsonld": ".jsonld", "trig": ".trig"}
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00-\x1f\x7f]')
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$|^[0-9][A-Za-z0-9_-]*$")
_SHORT = {XSD.integer: re.compile(r"^[+-]?\d+$"), XSD.decimal: re.compile(r"^[+-]?\d*\.\d+$")}


def _escape(text: str) -> str:
    def sub(m: re.Match) -> str:
        ch = m.group()
        return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"
    return _NEEDS_ESCAPE.sub(sub, text)


_IRI_FORBIDDEN = re.compile(r'[\x00-\x20<>"{}|^`\\]')


@lru_cache(maxsize=4096)  # the ontology's IRIs repeat; a film's own ones soon stop
def _iri(uri: str) -> str:
    # IRIs are minted from slugs, but escape what N-Triples forbids all the same
    if _IRI_FORBIDDEN.search(uri) is None:
        return f"<{uri}>"
    return "<" + _IRI_FORBIDDEN.sub(lambda m: f"\\u{ord(m.group()):04X}", uri) + ">"


def nt_term(term) -> str:
    """A term in N-Triples syntax."""
    if isinstance(term, URIRef):
        return _iri(str(term))
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        body = f'"{_escape(str(term))}"'
        if term.language:
            return f"{body}@{term.language}"
        if term.datatype and str(term.datatype) != str(XSD.string):
            return f"{body}^^{_iri(str(term.datatype))}"
        return body
    raise TypeError(f"not an RDF term: {term!r}")


@lru_cache(maxsize=4096)  # predicates, classes and the film at hand come back all the time
def _qname(uri: str) -> str | None:
    best = None
    for prefix, ns in PREFIXES.items():
        if uri.startswith(ns) and _LOCAL.match(uri[len(ns):]) and (best is None or len(ns) > len(best[1])):
            best = (prefix, ns)
    return f"{best[0]}:{uri[len(best[1]):]}" if best else None


def _ttl_term(term, predicate: bool = False) -> str:
    if isinstance(term, URIRef):
        if predicate and str(term) == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type":
            return "a"
        return _qname(str(term)) or _iri(str(term))
    if isinstance(term, Literal) and term.datatype in _SHORT and _SHORT[term.datatype].match(str(term)):
        return str(term)
    if isinstance(term, Literal) and term.datatype and not term.language and str(term.datatype) != str(XSD.string):
        return f'"{_escape(str(term))}"^^{_ttl_term(term.datatype)}'
    return nt_term(term)


def _sort_key(term) -> tuple:
    return (type(term).__name__, str(term), str(getattr(term, "datatype", "") or ""))


def _turtle_block(triples: list[tuple]) -> str:
    by_subject: dict = {}
    for s, p, o in triples:
        by_subject.setdefault(s, {}).setdefault(p, set()).add(o)
    lines = []
    for s in sorted(by_subject, key=_sort_key):
        preds = by_subject[s]
        order = sorted(preds, key=lambda p: (str(p) != "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", str(p)))
        parts = []
        for p in order:
            objs = ", ".join(_ttl_term(o) for o in sorted(preds[p], key=_sort_key))
            parts.append(f"{_ttl_term(p, predicate=True)} {objs}")
        lines.append(f"{_ttl_term(s)} " + " ;\n    ".join(parts) + " .\n")
    return "\n".join(lines)


def _write_turtle(films: Iterable[list[tuple]], out: IO[str]) -> None:
    for prefix, ns in PREFIXES.items():
        out.write(f"@prefix {prefix}: <{ns}> .\n")
    for triples in films:
        out.write("\n")
        out.write(_turtle_block(triples))


def _write_nt(films: Iterable[list[tuple]], out: IO[str]) -> None:
    for triples in films:
        rows = sorted({f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in triples})
        out.writelines(rows)


def _write_rdflib(films: Iterable[list[tuple]], out: IO[str], fmt: str) -> None:
    ds = Dataset()
    bind(ds)
    for triples in films:
        if not triples:
            continue
        graph = ds.graph(triples[0][0]) if fmt == "trig" else ds.default_graph
        for t in triples:
            graph.add(t)
    if fmt == "trig":
        out.write(ds.serialize(format="trig"))
    else:
        out.write(ds.serialize(format="json-ld", sort_keys=True, indent=1))


def write(films: Iterable[list[tuple]], out: IO[str], fmt: str = "turtle") -> None:
    """Write the triples of each film (an iterable of lists) in ``fmt``."""
    if fmt == "turtle":
        _write_turtle(films, out)
    elif fmt == "nt":
        _write_nt(films, out)
    elif fmt in ("jsonld", "trig"):
        _write_rdflib(films, out, fmt)
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")


@contextmanager
def atomic_open(path: Path):
    """Open ``path`` for writing through a temporary file renamed on success."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            yield out
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # as an ordinary write would have made it
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
