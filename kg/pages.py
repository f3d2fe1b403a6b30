"""Interactive graph pages: one per film, one of the whole corpus, and an index.

pyvis holds the network (nodes, edges, options) and renders it through our
own template, ``kg/templates/graph.html``, which carries vis-network (the
copy pyvis ships) and its stylesheet inline and links nothing: a page
works from a file with no network. Every string from a summary reaches the
page only as JSON in a script block (``<`` escaped) or through Jinja's
autoescaping, and the page's script puts text into the document with
``textContent`` only, so a name such as ``<img src=x onerror=…>`` is shown,
never run.

Pages are byte-identical for the same graph: nodes and edges are sorted,
and positions come from networkx layouts with a fixed seed, rounded. Past
:data:`PHYSICS_LIMIT` nodes the browser's physics is off and the computed
layout is final.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from pathlib import Path

import networkx as nx
from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup
from pyvis.network import Network

from .network import RELATIONS, by_film, ordered, to_networkx
from .rdf import slug
from .serialize import atomic_open

__all__ = ["ROLE_COLOURS", "RELATION_COLOURS", "write_pages", "film_page", "corpus_page", "page_name",
           "find_page", "PHYSICS_LIMIT"]

TEMPLATES = Path(__file__).resolve().parent / "templates"
VIS = Path(__import__("pyvis").__file__).resolve().parent / "templates" / "lib" / "vis-9.1.2"
PHYSICS_LIMIT = 300
ROLE_ORDER = ("warden", "guard", "informer", "inmate")
ROLE_COLOURS = {"warden": "#c8553d", "guard": "#e0a526", "informer": "#7b4fb5", "inmate": "#2f7fa8",
                "other": "#8d949b", "prison": "#3b4252"}
RELATION_COLOURS = {"framedBy": "#d7263d", "informerOf": "#6a3fa0", "cellmateOf": "#1b998b",
                    "wardenOf": "#36454f"}
RELATION_TEXT = {"framedBy": "framed by", "informerOf": "informer of", "cellmateOf": "cellmate of",
                 "wardenOf": "warden of"}
_ROLE_EVIDENCE = """
SELECT ?n ?role ?sentence ?rule WHERE {
  VALUES (?class ?role) { (kg:Inmate "inmate") (kg:Warden "warden") (kg:Guard "guard") (kg:Informer "informer") }
  ?e rdf:subject ?n ; rdf:predicate rdf:type ; rdf:object ?class ; kg:sentence ?sentence .
  OPTIONAL { ?e kg:rule ?rule }
}"""


class _Ids(list):
    """pyvis keeps node ids in a list and tests membership on every add; this answers in O(1)."""

    def __init__(self):
        super().__init__()
        self._seen: set = set()

    def append(self, item) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item) -> bool:
        return item in self._seen


def _vis_assets() -> dict[str, Markup]:
    js = (VIS / "vis-network.min.js").read_text(encoding="utf-8")
    css = (VIS / "vis-network.css").read_text(encoding="utf-8")
    # a closing tag inside the inlined code would end its element early
    for text, tag in ((js, "script"), (css, "style")):
        if re.search(rf"</{tag}", text, re.IGNORECASE):
            raise ValueError(f"the vis-network {tag} shipped with pyvis contains </{tag}; it cannot be inlined")
    return {"vis_js": Markup(js), "vis_css": Markup(css)}


def page_name(film: str) -> str:
    """The file name of a film's page."""
    return f"{slug(film)}.html"


def _primary_role(roles: list[str]) -> str:
    return next((r for r in ROLE_ORDER if r in roles), "other")


def _layout(graph: nx.MultiDiGraph, nodes: list[str]) -> dict[str, tuple[int, int]]:
    """Positions for ``nodes``: each film laid out by itself (spring, fixed seed), films on a grid."""
    groups = by_film(graph, nodes)
    columns = max(1, math.ceil(math.sqrt(len(groups))))
    radius = lambda size: 60 * math.sqrt(size) + 40  # noqa: E731 - a film's spread grows with its cast
    cell = 2 * radius(max(len(m) for m in groups.values())) + 120
    out = {}
    for i, members in enumerate(groups.values()):
        if len(members) > 1:
            sub = ordered(graph.subgraph(members).to_undirected(as_view=True))
            pos = nx.spring_layout(sub, seed=7, iterations=60, scale=radius(len(members)))
        else:
            pos = {members[0]: (0, 0)}
        ox, oy = (i % columns) * cell, (i // columns) * cell
        for n in members:
            x, y = pos[n]
            out[n] = (int(round(ox + x)), int(round(oy + y)))
    return out


def _facts(graph: nx.MultiDiGraph, roles: dict[str, list[dict]]) -> dict[str, list[dict]]:
    facts: dict[str, list[dict]] = defaultdict(list)
    for s, o, rel, data in sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[2], e[1])):
        fact = {"subject": graph.nodes[s]["label"], "relation": rel, "object": graph.nodes[o]["label"],
                "sentence": data.get("sentence", ""), "confidence": data.get("confidence", 1.0)}
        facts[s].append(fact)
        facts[o].append(fact)
    for n, items in roles.items():
        for item in items:
            facts[n].append({"subject": graph.nodes[n]["label"], "relation": "is a", "object": item["role"],
                             "sentence": item["sentence"], "rule": item["rule"]})
    return facts


def _tooltip(data: dict) -> str:
    lines = [data["label"]]
    if data["kind"] == "prison":
        lines.append("prison")
    if data.get("aliases"):
        lines.append("also: " + ", ".join(data["aliases"]))
    if data.get("actor"):
        lines.append("played by " + data["actor"])
    if data.get("roles"):
        lines.append("roles: " + ", ".join(data["roles"]))
    lines.append("film " + data["film"])
    return "\n".join(lines)


def _network(graph: nx.MultiDiGraph, nodes: list[str], heading: str, roles: dict) -> Network:
    net = Network(height="100%", width="100%", directed=True, heading=heading, cdn_resources="in_line")
    net.node_ids = _Ids()
    members = set(nodes)
    big = len(nodes) > PHYSICS_LIMIT
    positions = _layout(graph, nodes)
    facts = _facts(graph.subgraph(nodes), {n: roles.get(n, []) for n in nodes})
    for n in sorted(nodes):
        d = graph.nodes[n]
        kind = "prison" if d["kind"] == "prison" else _primary_role(d["roles"])
        x, y = positions[n]
        net.add_node(n, label=d["label"], title=_tooltip(d), color=ROLE_COLOURS[kind],
                     shape="square" if d["kind"] == "prison" else "dot", size=14 if d["kind"] == "prison" else 12,
                     x=x, y=y, category=kind, kind=d["kind"], film=d["film"], aliases=d["aliases"],
                     actor=d["actor"], roles=d["roles"], facts=facts.get(n, []))
    edges = sorted((s, o, rel, data) for s, o, rel, data in graph.edges(keys=True, data=True)
                   if s in members and o in members)
    for s, o, rel, data in edges:
        title = f"{graph.nodes[s]['label']} {rel} {graph.nodes[o]['label']}"
        if data.get("sentence"):
            title += "\n\u201c" + " ".join(data["sentence"].split()) + "\u201d"
        net.add_edge(s, o, id=f"{s}|{rel}|{o}", label=rel, relation=rel, title=title,
                     color=RELATION_COLOURS[rel], arrows="" if rel == "cellmateOf" else "to")
    net.options = {
        "physics": {"enabled": not big, "solver": "forceAtlas2Based",
                    "stabilization": {"enabled": True, "iterations": 150}},
        "layout": {"randomSeed": 7, "improvedLayout": False},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big},
        "edges": {"font": {"size": 10, "align": "middle"}, "smooth": False if big else {"type": "dynamic"},
                  "width": 1.5},
        "nodes": {"font": {"size": 13}},
    }
    return net


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True, keep_trailing_newline=True)
    env.globals.update(_vis_assets())
    env.globals["relations"] = [{"name": r, "text": RELATION_TEXT[r], "colour": RELATION_COLOURS[r]}
                                for r in RELATIONS]
    env.globals["roles"] = [{"name": r, "colour": c} for r, c in ROLE_COLOURS.items()]
    env.policies["json.dumps_kwargs"] = {"sort_keys": True, "ensure_ascii": False, "separators": (",", ":")}
    return env


def _render(env: Environment, net: Network, page: dict) -> str:
    net.templateEnv = env
    net.path = "graph.html"
    env.globals["page"] = page
    return net.generate_html()


def _role_evidence(store) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for r in store.query(_ROLE_EVIDENCE):
        out[r["n"].value].append({"role": r["role"].value, "sentence": r["sentence"].value,
                                  "rule": r["rule"].value if r["rule"] else ""})
    for items in out.values():
        items.sort(key=lambda i: (i["role"], i["sentence"]))
    return out


def _counts(graph: nx.MultiDiGraph, nodes: list[str]) -> dict[str, int]:
    """Characters among ``nodes`` and the relations they start (relations never leave a film)."""
    return {"characters": sum(1 for n in nodes if graph.nodes[n]["kind"] == "character"),
            "relations": sum(1 for _ in graph.edges(nodes))}


def _page(graph: nx.MultiDiGraph, nodes: list[str], heading: str, roles: dict, env: Environment,
          index: str) -> str:
    page = {**_counts(graph, nodes), "index": index}
    return _render(env, _network(graph, nodes, heading, roles), page)


def film_page(graph: nx.MultiDiGraph, film: str, roles: dict, env: Environment | None = None) -> str:
    """The HTML page of one film."""
    nodes = [n for n, d in graph.nodes(data=True) if d["film"] == film]
    return _page(graph, nodes, film, roles, env or _environment(), "../index.html")


def corpus_page(graph: nx.MultiDiGraph, roles: dict, env: Environment | None = None, title: str = "All films") -> str:
    """One page with the characters and relations of every film."""
    return _page(graph, list(graph.nodes), title, roles, env or _environment(), "index.html")


def index_page(rows: list[dict], env: Environment) -> str:
    return env.get_template("index.html").render(films=rows, total={
        "films": len(rows), "characters": sum(r["characters"] for r in rows),
        "relations": sum(r["relations"] for r in rows)})


def write_pages(store, out_dir: Path) -> list[Path]:
    """Write ``index.html``, ``corpus.html`` and ``films/<film>.html`` for the graph in ``store``."""
    out_dir = Path(out_dir)
    graph = to_networkx(store)
    roles = _role_evidence(store)
    env = _environment()
    pages, rows = {}, []
    for film, nodes in by_film(graph, graph.nodes).items():
        name = f"films/{page_name(film)}"
        pages[name] = _page(graph, nodes, film, roles, env, "../index.html")
        rows.append({"film": film, "href": name, **_counts(graph, nodes)})
    pages["corpus.html"] = corpus_page(graph, roles, env)
    pages["index.html"] = index_page(rows, env)
    written = []
    for name, text in pages.items():
        with atomic_open(out_dir / name) as handle:
            handle.write(text)
        written.append(out_dir / name)
    return written


def find_page(out_dir: Path, film: str | None = None) -> Path:
    """The page of ``film`` (an identifier or the start of one) in ``out_dir``, or the index."""
    out_dir = Path(out_dir)
    index = out_dir / "index.html"
    if not index.is_file():
        raise LookupError(f"no pages in {out_dir}: run `kg build` to write them")
    if not film:
        return index
    pages = sorted((out_dir / "films").glob("*.html"))
    exact = out_dir / "films" / page_name(film)
    if exact.is_file():
        return exact
    start = slug(film)
    found = [p for p in pages if p.stem.startswith(start)]
    if len(found) == 1:
        return found[0]
    names = ", ".join(p.stem for p in (found or pages)[:10])
    if found:
        raise LookupError(f'"{film}" is the start of {len(found)} films: {names}')
    raise LookupError(f'no page for film "{film}" in {out_dir}; films: {names}')
