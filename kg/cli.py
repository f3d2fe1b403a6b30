"""The ``kg`` command: a thin layer over the library.

Every command parses its arguments, calls one library function and turns
the library's errors into messages and exit codes. Heavy modules are
imported inside the commands, so ``kg --help`` answers at once.
"""
from __future__ import annotations

from pathlib import Path

import click

FORMATS = ("turtle", "nt", "jsonld", "trig")  # as kg.serialize.FORMATS, kept here so --help imports no rdflib


def _report_errors(report) -> None:
    for err in report.errors:
        click.echo(f"error: {err}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="prison-kg")
def main() -> None:
    """prison-kg: plot summaries of prison films in, a knowledge graph out.

    Example:

        kg build && kg extract seeds/ -o graph.ttl
    """


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="turtle", show_default=True)
def extract(paths, output, fmt) -> None:
    """Extract characters and relations from summaries into RDF.

    PATHS are text files, folders of .txt files, or corpus files with one
    summary a line (ID<TAB>TEXT, or JSON Lines with id and text).

    Example:

        kg extract seeds/ ../shared/corpus/dev -o out/graph.ttl
    """
    from .pipeline import extract_graph

    report = extract_graph(list(paths), output, fmt)
    _report_errors(report)
    if output:
        click.echo(f"{output}: {report.films} films, {report.characters} characters, "
                   f"{report.relations} relations", err=True)
    if report.errors:
        raise SystemExit(1)


@main.command()
@click.argument("seeds", required=False, default="seeds", type=click.Path(file_okay=False, path_type=Path))
@click.option("--out", "out_dir", default="exports", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="Folder for the exports.")
def build(seeds, out_dir) -> None:
    """Extract SEEDS (default seeds/) and write the exports (default exports/).

    Example:

        kg build seeds --out exports
    """
    from .pipeline import build as run

    if not seeds.is_dir():
        raise click.ClickException(f"{seeds}: no such folder")
    report = run(seeds, out_dir)
    _report_errors(report)
    click.echo(f"{out_dir / 'graph.ttl'}: {report.films} films, {report.characters} characters, "
               f"{report.relations} relations")
    if report.errors:
        raise SystemExit(1)


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def validate(file) -> None:
    """Check a graph against the SHACL shapes of ontology/shapes.ttl.

    Exits 1 and prints each violation when the graph does not conform.

    Example:

        kg validate exports/graph.ttl
    """
    from .validate import ValidationError, validate as check

    try:
        conforms, text = check(file)
    except ValidationError as err:
        raise click.ClickException(str(err)) from None
    if conforms:
        click.echo(f"{file}: conforms")
        return
    click.echo(text)
    raise SystemExit(1)


def _params(pairs: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise click.BadParameter(f"{pair!r} is not NAME=VALUE", param_hint="--param")
        out[name.strip()] = value
    return out


def _open_graph(store: Path, data: tuple[Path, ...]):
    from .store import GraphStore

    return GraphStore.from_files(list(data)) if data else GraphStore.open(store)


_STORE_OPTIONS = [
    click.option("--store", type=click.Path(file_okay=False, path_type=Path), default="exports/store",
                 show_default=True, help="The graph store that kg build fills."),
    click.option("--data", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
                 help="An RDF file to use instead of the store (.ttl, .nt, .trig, .jsonld, …); repeatable."),
]


def _store_options(func):
    for option in reversed(_STORE_OPTIONS):
        func = option(func)
    return func


@main.command()
@click.argument("query", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the query from a .rq file.")
@click.option("-n", "--name", help="Run a named query (see --list).")
@click.option("-l", "--list", "list_", is_flag=True, help="List the named queries and their parameters.")
@click.option("-p", "--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A named query's parameter, bound as a value (never pasted into the query).")
@_store_options
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Result format (SPARQL 1.1 CSV, TSV and JSON); CONSTRUCT gives Turtle.")
@click.option("--infer", is_flag=True, help="Also see the inverse and symmetric facts the ontology implies.")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), metavar="SECONDS",
              help="Stop the query after this many seconds.")
def query(query, query_file, name, list_, params, store, data, fmt, infer, timeout) -> None:
    """Ask the graph a SPARQL question.

    QUERY is the text of a query ('-' reads it from standard input); or use
    --file, or --name for one of the named queries. Prefixes kg:, rdfs:,
    skos:, dcterms:, prov: and the others of the data model are predeclared.

    Examples:

        kg query --name framed

        kg query --name facts --param character="Hugo Penn"

        kg query 'SELECT ?a ?b WHERE { ?a kg:cellmateOf ?b }' --infer --format csv
    """
    import sys

    from .sparql import QueryError, bind, named_queries, named_query, render, run_with_timeout, terminal_width
    from .store import StoreError

    if list_:
        for nq in named_queries().values():
            click.echo(f"{nq.name}: {nq.doc}")
            for p in nq.params.values():
                click.echo(f"    --param {p.name}=…  {p.doc}{' (optional)' if p.optional else ''}")
        return
    given = sum(x is not None for x in (query, query_file, name))
    if given != 1:
        raise click.UsageError("give one of QUERY, --file or --name (or --list)")
    named = None
    if name:
        try:
            named = named_query(name)
        except QueryError as err:
            raise click.ClickException(str(err)) from None
        text, origin = named.text, f"named query {name}"
    elif query_file:
        text, origin = query_file.read_text(encoding="utf-8"), str(query_file)
    else:
        text, origin = (sys.stdin.read() if query == "-" else query), "query"
    values = _params(params)
    if values and named is None:
        raise click.UsageError("--param works with --name; write values into your own query")
    width = terminal_width() if fmt == "table" and sys.stdout.isatty() else None

    def job() -> str:
        graph = _open_graph(store, data)
        bindings = bind(named, values, graph) if named else {}
        return render(graph.query(text, bindings, infer=infer), fmt, width)

    try:
        out = run_with_timeout(job, timeout)
    except SyntaxError as err:
        raise click.ClickException(f"{origin}: malformed query: {err}") from None
    except (QueryError, StoreError) as err:
        raise click.ClickException(str(err)) from None
    except (OSError, RuntimeError, ValueError) as err:
        raise click.ClickException(f"{origin}: the query failed: {err}") from None
    click.echo(out, nl=False)


def _network(store: Path, data: tuple[Path, ...], film: str | None, evidence: bool = False):
    """The networkx graph of the store (or files): one film's part when ``film`` is given."""
    from .network import to_networkx
    from .store import StoreError

    try:
        return to_networkx(_open_graph(store, data), film=film, evidence=evidence)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


def _emit(rows, fmt: str, text) -> None:
    import json

    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    else:
        text(rows)


_FILM_OPTION = click.option("--film", metavar="ID", help="Only this film (its identifier).")
_FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
                              show_default=True)


@main.group()
def graph() -> None:
    """Graph questions answered with networkx: paths, centrality, factions, chains, numbers.

    Names resolve through labels and aliases, whatever their case or
    accents; a name that fits several characters lists them.

    Example:

        kg graph path "Hugo Penn" "the warden"
    """


@graph.command()
@click.argument("a")
@click.argument("b")
@_FILM_OPTION
@click.option("--limit", default=5, show_default=True, help="At most this many paths.")
@_store_options
def path(a, b, film, limit, store, data) -> None:
    """The shortest chains of relations between characters A and B.

    Example:

        kg graph path "Hugo Penn" "Silas Greer"
    """
    from .network import describe_step, find_pair, shortest_paths

    g = _network(store, data, film, evidence=True)
    try:
        source, target = find_pair(g, a, b, film)
    except LookupError as err:
        raise click.ClickException(str(err)) from None
    paths = shortest_paths(g, source, target, limit)
    if not paths:
        click.echo(f"no chain of relations links {g.nodes[source]['label']} and {g.nodes[target]['label']}")
        raise SystemExit(1)
    for i, steps in enumerate(paths, 1):
        click.echo(f"path {i} ({len(steps)} step{'s' if len(steps) > 1 else ''}, film {g.nodes[source]['film']}):")
        for step in steps:
            click.echo(f"  {describe_step(g, step)}")
            if step.sentence:
                click.echo(f"      \u201c{' '.join(step.sentence.split())}\u201d")


@graph.command()
@_FILM_OPTION
@click.option("--top", default=10, show_default=True, help="How many characters to show (0: all).")
@_FORMAT_OPTION
@_store_options
def central(film, top, fmt, store, data) -> None:
    """Characters ranked by centrality: betweenness within their film, then degree.

    Example:

        kg graph central --top 5
    """
    from .network import centrality

    rows = centrality(_network(store, data, film), film)
    rows = rows[:top] if top else rows

    def text(rows):
        if not rows:
            click.echo("(no character has a relation)")
        for i, r in enumerate(rows, 1):
            click.echo(f"{i:>3}. {r['character']}  (film {r['film']})  "
                       f"betweenness {r['betweenness']:.3f}  degree {r['degree']}")
    _emit(rows, fmt, text)


@graph.command()
@_FILM_OPTION
@_FORMAT_OPTION
@_store_options
def factions(film, fmt, store, data) -> None:
    """Communities of allies (cellmates, informers and those they inform, co-framers).

    Example:

        kg graph factions --film dev01_en
    """
    from .network import factions as find_factions

    rows = find_factions(_network(store, data, film), film)

    def text(rows):
        if not rows:
            click.echo("(no factions: no character has an ally)")
        for r in rows:
            click.echo(f"film {r['film']}: {', '.join(r['members'])}")
            for attack in r["frames"]:
                click.echo(f"    {attack}")
    _emit(rows, fmt, text)


@graph.command()
@_FILM_OPTION
@_FORMAT_OPTION
@_store_options
def chains(film, fmt, store, data) -> None:
    """Betrayal chains (framedBy and informerOf followed on) and cycles.

    Example:

        kg graph chains
    """
    from .network import chains as find_chains, cycles, describe_step

    g = _network(store, data, film, evidence=True)
    found = {"chains": find_chains(g, film), "cycles": cycles(g, film)}
    rows = {kind: [[{"source": g.nodes[s.source]["label"], "relation": s.relation,
                     "target": g.nodes[s.target]["label"], "film": g.nodes[s.source]["film"],
                     "sentence": s.sentence} for s in steps] for steps in items]
            for kind, items in found.items()}

    def text(_):
        for kind, items in found.items():
            click.echo(f"{kind}: {len(items)}")
            for steps in items:
                click.echo(f"  film {g.nodes[steps[0].source]['film']}: "
                           + ", then ".join(describe_step(g, s) for s in steps))
    _emit(rows, fmt, text)


@graph.command()
@_FILM_OPTION
@_FORMAT_OPTION
@_store_options
def stats(film, fmt, store, data) -> None:
    """Counts per film and overall: characters, relations, density, degrees.

    Example:

        kg graph stats --format json
    """
    from .network import RELATIONS, stats as count

    numbers = count(_network(store, data, film), film)

    def text(numbers):
        rows = [*numbers["films"].items(), ("overall", numbers["overall"])]
        head = ["film", "characters", "prisons", *RELATIONS, "density", "degrees"]
        table = [[name, *(str(n[k]) for k in head[1:-1]),
                  " ".join(f"{d}:{c}" for d, c in n["degrees"].items())] for name, n in rows]
        sizes = [max(len(h), *(len(r[i]) for r in table)) for i, h in enumerate(head)]
        for r in [head, *table]:
            click.echo("  ".join(c.ljust(s) for c, s in zip(r, sizes)).rstrip())
    _emit(numbers, fmt, text)


EXPORT_FORMATS = (*FORMATS, "graphml", "gexf")  # as kg.exporting.FORMATS


@main.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="turtle", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="File to write (default: standard output).")
@click.option("--infer", is_flag=True, help="Include the inverse and symmetric facts (RDF formats).")
@_store_options
def export(fmt, output, infer, store, data) -> None:
    """Export the graph: RDF formats from the store, GraphML or GEXF for Gephi and Cytoscape.

    Example:

        kg export --format graphml -o exports/graph.graphml
    """
    import sys

    from .exporting import export as run
    from .store import StoreError

    try:
        graph = _open_graph(store, data)
        if output:
            from .serialize import atomic_open

            with atomic_open(output) as handle:
                run(graph, fmt, handle, infer)
            click.echo(f"{output}: {fmt}", err=True)
        else:
            run(graph, fmt, sys.stdout, infer)
    except StoreError as err:
        raise click.ClickException(str(err)) from None


@main.command("open")
@click.argument("film", required=False)
@click.option("--out", "out_dir", default="exports", show_default=True,
              type=click.Path(file_okay=False, path_type=Path), help="The folder kg build wrote.")
@click.option("--print", "print_only", is_flag=True, help="Print the page's path instead of opening it.")
def open_page(film, out_dir, print_only) -> None:
    """Open the index of films, or FILM's page, in your web browser.

    FILM is a film's identifier or the start of one.

    Example:

        kg open dev01_en
    """
    import webbrowser

    from .pages import find_page

    try:
        page = find_page(out_dir, film)
    except LookupError as err:
        raise click.ClickException(str(err)) from None
    if print_only:
        click.echo(page)
        return
    if not webbrowser.open(page.resolve().as_uri()):
        click.echo(f"no web browser found; open this file: {page}")
        return
    click.echo(f"opened {page}")


if __name__ == "__main__":
    main()
