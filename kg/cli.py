"""The ``kg`` command: a thin layer over the library.

Every command parses its arguments, calls one library function and turns
the library's errors into messages and exit codes. Heavy modules are
imported inside the commands, so ``kg --help`` answers at once.
"""
from __future__ import annotations

from pathlib import Path

import click

FORMATS = ("turtle", "nt", "jsonld", "trig")


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


if __name__ == "__main__":
    main()
