"""The jobs behind the commands: extract a batch, build the exports.

Each summary is extracted on its own: one that fails is reported and the
rest of the batch goes on. Output is written atomically.
"""
from __future__ import annotations

import gc
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Iterator

from .extract import Document, extract
from .rdf import triples
from .serialize import atomic_open, write
from .sources import SourceError, read_sources

__all__ = ["Report", "documents", "extract_graph", "build"]


@dataclass
class Report:
    """What a batch did: how many films were written, and what failed."""

    films: int = 0
    characters: int = 0
    relations: int = 0
    errors: list[SourceError] = field(default_factory=list)


@contextmanager
def _few_collections(threshold: int = 20_000) -> Iterator[None]:
    """Run the cycle collector less often: a summary makes thousands of
    short-lived objects and hardly any cycles, so the default (every 700
    allocations) spends time scanning objects that die anyway."""
    old = gc.get_threshold()
    gc.set_threshold(threshold, *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)


def documents(paths, report: Report) -> Iterator[Document]:
    """Every summary in ``paths`` extracted; unreadable or failing ones go to ``report``."""
    with _few_collections():
        for item in read_sources(paths):
            if isinstance(item, SourceError):
                report.errors.append(item)
                continue
            try:
                doc = extract(item.text, item.id, item.source)
            except Exception as err:  # noqa: BLE001 - a defect must not sink the batch; it is reported
                report.errors.append(SourceError(item.source, f"internal error while extracting: {err!r}"))
                continue
            report.films += 1
            report.characters += len(doc.characters)
            report.relations += len(doc.relations)
            yield doc


def _films(paths, report: Report) -> Iterator[list[tuple]]:
    for doc in documents(paths, report):
        yield list(triples(doc))


def extract_graph(paths: list, out: Path | None = None, fmt: str = "turtle",
                  stream: IO[str] | None = None) -> Report:
    """Extract every summary in ``paths`` and write one graph to ``out`` (or ``stream``)."""
    report = Report()
    if out is None:
        write(_films(paths, report), stream or sys.stdout, fmt)
    else:
        with atomic_open(out) as handle:
            write(_films(paths, report), handle, fmt)
    return report


def build(seeds: Path, out_dir: Path) -> Report:
    """The main job: extract ``seeds`` into ``out_dir/graph.ttl``, load it into
    ``out_dir/store`` and write the pages (``index.html``, ``corpus.html``, ``films/``)."""
    from .pages import write_pages
    from .store import GraphStore, build_store

    out_dir = Path(out_dir)
    graph = out_dir / "graph.ttl"
    report = extract_graph([seeds], graph, "turtle")
    build_store(graph, out_dir / "store")
    write_pages(GraphStore.open(out_dir / "store"), out_dir)
    return report
