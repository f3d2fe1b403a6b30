"""SPARQL over the graph: named queries, safe parameters, results as text.

Named queries are ``.rq`` files in ``kg/queries``. The first comment line
says what a query answers; ``# @param NAME KIND [optional]: what it is``
lines declare its parameters. A parameter is a variable the query
projects; its value is handed to the engine as a binding of that variable
(an RDF term), never spliced into the query text, so a value such as
``x" } DROP ALL #`` is only ever a string that matches nothing. A
``character`` parameter is a name resolved through labels and aliases
(:mod:`kg.names`) to the character's IRI; a ``text`` parameter is a plain
string.
"""
from __future__ import annotations

import difflib
import json
import multiprocessing
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pyoxigraph as ox

from .names import fold, resolve
from .namespaces import PREFIXES
from .store import NAME_INDEX, NAME_KEY, NAME_PROPERTIES, NAME_VALUE

__all__ = ["NamedQuery", "QueryError", "QueryTimeout", "named_queries", "named_query", "bind",
           "render", "run_with_timeout", "RESULT_FORMATS", "character_names", "near_names"]

QUERY_DIR = Path(__file__).resolve().parent / "queries"
RESULT_FORMATS = ("table", "csv", "tsv", "json")
_PARAM = re.compile(r"^#\s*@param\s+(\w+)\s+(character|text)(\s+optional)?\s*:\s*(.*)$")
_OX_RESULTS = {"csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
               "json": ox.QueryResultsFormat.JSON}
_INDEX = f"""
SELECT ?name ?key WHERE {{
  GRAPH <{NAME_INDEX.value}> {{ ?entry <{NAME_KEY.value}> ?key ; <{NAME_VALUE.value}> ?name }}
}}"""
_CHARACTER = """
SELECT ?c ?label ?film WHERE {
  ?c a kg:Character ; rdfs:label ?label ; kg:appearsIn ?movie . ?movie dcterms:identifier ?film
}"""


class QueryError(Exception):
    """A query or its parameters cannot be run; the message says why."""


class QueryTimeout(QueryError):
    """The query ran longer than it was allowed to."""


@dataclass(frozen=True)
class Param:
    name: str
    kind: str
    optional: bool
    doc: str


@dataclass(frozen=True)
class NamedQuery:
    name: str
    doc: str
    text: str
    params: dict[str, Param] = field(default_factory=dict)


def _parse(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    doc, params = "", {}
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = _PARAM.match(line)
        if m:
            params[m[1]] = Param(m[1], m[2], bool(m[3]), m[4].strip())
        elif not doc:
            doc = line.lstrip("# ").strip()
    return NamedQuery(path.stem, doc, text, params)


def named_queries() -> dict[str, NamedQuery]:
    """Every named query, by name."""
    return {p.stem: _parse(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def named_query(name: str) -> NamedQuery:
    queries = named_queries()
    if name not in queries:
        raise QueryError(f"no named query {name!r}; the named queries are: {', '.join(queries)}")
    return queries[name]


def character_names(store, name: str) -> list[tuple[str, str, str, str]]:
    """(iri, label, film, folded name) rows for the characters called ``name``.

    A name is looked up through the store's index of folded names (the
    folded name bound as a value, so the user's text never enters the
    query); the names found lead to their bearers by pattern lookups, and
    each bearer that is a character to its label and film. One query
    joining all three is planned from the wrong end and takes seconds on a
    large store.
    """
    key = fold(name)
    rows = set()
    for found, _ in store.query(_INDEX, {"key": ox.Literal(key)}):
        bearers = {q.subject for p in NAME_PROPERTIES
                   for q in store.ox.quads_for_pattern(None, p, found, ox.DefaultGraph())}
        for bearer in bearers:
            rows.update((c.value, label.value, film.value, key)
                        for c, label, film in store.query(_CHARACTER, {"c": bearer}))
    return sorted(rows)


def near_names(store, name: str, limit: int = 50) -> list[tuple[str, str, str, str]]:
    """Rows as :func:`character_names` gives, for the indexed names closest to ``name``.

    Only the distinct names are compared (a few thousand on a store of a
    million triples), and only the closest are followed to their characters.
    """
    keys = sorted({key.value for _, key in store.query(_INDEX)})
    close = difflib.get_close_matches(fold(name), keys, n=limit, cutoff=0.75)
    return [row for key in close for row in character_names(store, key)]


def bind(query: NamedQuery, given: dict[str, str], store) -> dict:
    """Check the user's ``--param`` values against ``query`` and turn them into RDF terms.

    ``film`` also narrows the search for a character parameter when the
    query itself has no ``film`` parameter.
    """
    allowed = set(query.params)
    if any(p.kind == "character" for p in query.params.values()):
        allowed.add("film")
    extra = sorted(set(given) - allowed)
    if extra:
        raise QueryError(f"query {query.name} takes no parameter {', '.join(extra)}; "
                         f"its parameters: {', '.join(query.params) or 'none'}")
    bindings = {}
    for p in query.params.values():
        if p.name not in given:
            if not p.optional:
                raise QueryError(f"query {query.name} needs --param {p.name}=… ({p.doc})")
            continue
        value = given[p.name]
        if p.kind == "character":
            rows = character_names(store, value) or near_names(store, value)  # for suggestions
            try:
                found = resolve(value, rows, given.get("film"))
            except LookupError as err:
                raise QueryError(str(err)) from None
            bindings[p.name] = ox.NamedNode(found.iri)
        else:
            bindings[p.name] = ox.Literal(value)
    return bindings


def short(term) -> str:
    """A term as a person reads it in a table: a literal's text, an IRI with a prefix."""
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        best = max((ns for ns in PREFIXES.values() if term.value.startswith(ns)), key=len, default=None)
        if best is None:
            return f"<{term.value}>"
        prefix = next(p for p, ns in PREFIXES.items() if ns == best)
        return f"{prefix}:{term.value[len(best):]}"
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def _table(variables: list[str], rows: list[list[str]], width: int | None) -> str:
    if not rows:
        return "(no results)\n"
    cap = None
    if width:
        cap = max(12, (width - 2 * (len(variables) - 1)) // max(1, len(variables)))
    cells = [[" ".join(c.split()) for c in row] for row in rows]
    if cap:
        cells = [[c if len(c) <= cap else c[:cap - 1] + "…" for c in row] for row in cells]
    sizes = [max(len(v), *(len(r[i]) for r in cells)) for i, v in enumerate(variables)]
    lines = ["  ".join(v.ljust(s) for v, s in zip(variables, sizes)).rstrip(),
             "  ".join("─" * s for s in sizes)]
    lines += ["  ".join(c.ljust(s) for c, s in zip(row, sizes)).rstrip() for row in cells]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _turtle(triples) -> str:
    import io

    from .serialize import write
    from .store import to_rdflib

    out = io.StringIO()
    rows = [tuple(to_rdflib(t) for t in (tr.subject, tr.predicate, tr.object)) for tr in triples]
    write([rows] if rows else [], out, "turtle")
    return out.getvalue()


def render(result, fmt: str = "table", width: int | None = None) -> str:
    """Query results as text: an aligned table, CSV, TSV or SPARQL JSON; triples as Turtle."""
    if isinstance(result, ox.QueryTriples):
        return _turtle(result)
    if isinstance(result, ox.QueryBoolean):
        if fmt == "table":
            return f"{'yes' if bool(result) else 'no'}\n"
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": bool(result)}) + "\n"
        return f"{'true' if bool(result) else 'false'}\n"
    if fmt == "table":
        variables = [v.value for v in result.variables]
        rows = [[short(sol[v]) for v in variables] for sol in result]
        return _table(variables, rows, width)
    if fmt not in _OX_RESULTS:
        raise QueryError(f"unknown result format {fmt!r}; choose one of {', '.join(RESULT_FORMATS)}")
    return result.serialize(format=_OX_RESULTS[fmt]).decode("utf-8")


def terminal_width() -> int:
    return shutil.get_terminal_size((120, 24)).columns


def _child(job: Callable[[], str], conn) -> None:
    try:
        conn.send(("ok", job()))
    except BaseException as err:  # noqa: BLE001 - handed to the parent, which reports it
        conn.send(("error", err))
    finally:
        conn.close()


def run_with_timeout(job: Callable[[], str], seconds: float | None) -> str:
    """Run ``job`` and return its text; with ``seconds``, in a child process that is stopped on time.

    The engine evaluates a query in native code that cannot be interrupted
    from Python, so a time limit needs a process of its own.
    """
    if not seconds:
        return job()
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(job, send), daemon=True)
    proc.start()
    send.close()
    try:
        if not receive.poll(seconds):
            raise QueryTimeout(f"query stopped after {seconds:g} s (--timeout)")
        status, value = receive.recv()
    except EOFError:
        raise QueryError("the query process ended without an answer") from None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
    if status == "error":
        raise value
    return value
