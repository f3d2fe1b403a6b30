#!/usr/bin/env python3
"""Time to first draw of the graph pages in headless Chromium, and their sizes.

    python bench/bench_pages.py [--synth PATH] [--runs 5]

Builds the seeds' pages, and corpus pages of about 1,000 and 5,000
characters from a corpus made by ../shared/corpora/synth.py (seed 0), then
loads each page from its file in headless Chromium (network off) and prints
the time from navigation to the network's first drawing (median of --runs),
the time to write the page, and its size.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import browser  # noqa: E402
from kg.network import to_networkx  # noqa: E402
from kg.pages import corpus_page, write_pages  # noqa: E402
from kg.pipeline import extract_graph  # noqa: E402
from kg.serialize import atomic_open  # noqa: E402
from kg.store import GraphStore, build_store  # noqa: E402


def first_draw(driver, page: Path, runs: int) -> float:
    times = []
    for _ in range(runs):
        driver.get("about:blank")
        driver.get(page.resolve().as_uri())
        times.append(browser.wait_for_draw(driver, timeout=120))
    return statistics.median(times)


def corpus_of(characters: int, synth: Path, work: Path) -> tuple[Path, int, float]:
    """A corpus page with about ``characters`` characters: (page, characters, seconds to write it)."""
    DATA.mkdir(parents=True, exist_ok=True)
    source = DATA / "synth-1000.tsv"
    if not source.exists():
        subprocess.run([sys.executable, str(synth), "1000", str(source), "--seed", "0"], check=True)
    lines = source.read_text(encoding="utf-8").splitlines()
    taken, graph = 0, None
    for size in range(characters // 10, len(lines) + 1, max(1, characters // 100)):
        part = work / f"part-{characters}.tsv"
        part.write_text("\n".join(lines[:size]) + "\n", encoding="utf-8")
        report = extract_graph([part], work / f"part-{characters}.ttl")
        if report.characters >= characters:
            taken = report.characters
            break
    build_store(work / f"part-{characters}.ttl", work / f"store-{characters}")
    store = GraphStore.open(work / f"store-{characters}")
    start = time.perf_counter()
    graph = to_networkx(store)
    text = corpus_page(graph, {}, title=f"{taken} characters")
    page = work / f"corpus-{characters}.html"
    with atomic_open(page) as handle:
        handle.write(text)
    return page, taken, time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--synth", type=Path, default=ROOT.parent / "shared" / "corpora" / "synth.py")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    why = browser.missing()
    if why:
        sys.exit(why)
    work = Path(tempfile.mkdtemp(prefix="kg-bench-pages-"))
    seeds = work / "seeds"
    extract_graph([ROOT / "seeds"], seeds / "graph.ttl")
    build_store(seeds / "graph.ttl", seeds / "store")
    start = time.perf_counter()
    write_pages(GraphStore.open(seeds / "store"), seeds)
    print(f"pages of the seeds written in {time.perf_counter() - start:.2f} s")
    film = sorted((seeds / "films").glob("*.html"))[1]
    pages = [(f"film page ({film.stem})", film, None)]
    for n in (1000, 5000):
        page, taken, seconds = corpus_of(n, args.synth, work)
        pages.append((f"corpus page, {taken:,} characters", page, seconds))
    print(f"\n{'page':38} {'size':>9} {'written':>9} {'first draw':>11}")
    with browser.chromium() as driver:
        for name, page, seconds in pages:
            draw = first_draw(driver, page, args.runs)
            written = f"{seconds:.2f} s" if seconds is not None else ""
            print(f"{name:38} {page.stat().st_size / 1e6:7.2f}MB {written:>9} {draw / 1000:9.2f} s")
    print(f"\n(first draw: ms from navigation to vis-network's first afterDrawing event, median of {args.runs})")


if __name__ == "__main__":
    main()
