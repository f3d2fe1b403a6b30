#!/usr/bin/env python3
"""Query speed on a graph of a million triples or more: Oxigraph store against rdflib's memory store.

    python bench/bench_query.py [--size 6000] [--synth PATH] [--runs 5] [--cap 120]

Makes a corpus with ../shared/corpora/synth.py (seed 0), extracts it to
N-Triples (both cached in bench/data), then prints: the time to load the
store (with the inferences materialised), the time of every named query
(median of --runs, all rows fetched) in the Oxigraph store and, once, in
rdflib's in-memory store with the ratio, the time of `kg graph central`,
and the cold-start time of `kg query` on a store of the seeds.
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

from kg.network import centrality, to_networkx  # noqa: E402
from kg.sparql import QueryTimeout, bind, named_queries, run_with_timeout  # noqa: E402
from kg.store import GraphStore, build_store  # noqa: E402


def graph_file(size: int, synth: Path) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    corpus = DATA / f"synth-{size}.tsv"
    if not corpus.exists():
        subprocess.run([sys.executable, str(synth), str(size), str(corpus), "--seed", "0"], check=True)
    nt = DATA / f"synth-{size}.nt"
    if not nt.exists():
        subprocess.run([sys.executable, "-m", "kg.cli", "extract", str(corpus), "-f", "nt", "-o", str(nt)],
                       check=True, cwd=ROOT)
    return nt


def timed(fn, runs: int) -> tuple[float, object]:
    times, out = [], None
    for _ in range(runs):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=6000, help="summaries in the corpus")
    ap.add_argument("--synth", type=Path, default=ROOT.parent / "shared" / "corpora" / "synth.py")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cap", type=float, default=120, help="seconds allowed per rdflib query")
    args = ap.parse_args()

    nt = graph_file(args.size, args.synth)
    triples = sum(1 for _ in nt.open("rb"))
    print(f"graph: {nt.name}, {triples:,} triples from {args.size:,} summaries")

    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    start = time.perf_counter()
    steps: dict = {}
    build_store(nt, work / "store", steps)
    load = time.perf_counter() - start
    store = GraphStore.open(work / "store")
    print(f"build the Oxigraph store on disk: {load:.2f} s in all: bulk load {steps['load']:.2f} s, "
          f"inference {steps['infer']:.2f} s, name index {steps['index']:.2f} s, flush {steps['flush']:.2f} s")
    whole: dict = {}
    build_store(nt, work / "store-whole", whole, workers=1)
    print(f"  (the same file loaded whole, by one parser: bulk load {whole['load']:.2f} s)")

    from rdflib import Graph
    start = time.perf_counter()
    memory = Graph()
    memory.parse(nt, format="nt")
    print(f"load into rdflib's memory store: {time.perf_counter() - start:.2f} s")

    character = next(iter(store.query("SELECT ?c WHERE { ?c kg:framedBy ?x } LIMIT 1")))["c"].value
    name = next(iter(store.query(f"SELECT ?l WHERE {{ <{character}> rdfs:label ?l }}")))["l"].value
    film = next(iter(store.query(f"SELECT ?id WHERE {{ <{character}> kg:appearsIn/dcterms:identifier ?id }}")))["id"]
    seconds, _ = timed(lambda: bind(named_queries()["facts"], {"character": name, "film": film.value}, store), args.runs)
    print(f"finding a character by name (folded-name index): {seconds * 1000:.1f} ms")

    print(f"\n{'named query':22} {'rows':>7} {'oxigraph':>10} {'one film':>9} {'rdflib':>10} {'ratio':>7}")
    import pyoxigraph as ox
    from rdflib import URIRef
    for nq in named_queries().values():
        bindings = {"character": ox.NamedNode(character)} if "character" in nq.params else {}
        seconds, count = timed(lambda: len(list(store.query(nq.text, bindings))), args.runs)
        one = ""
        if "film" in nq.params:
            one_film, _ = timed(lambda: len(list(store.query(nq.text, {"film": film}))), args.runs)
            one = f"{one_film * 1000:7.1f}ms"
        rdflib_bindings = {k: URIRef(v.value) for k, v in bindings.items()}
        try:
            slow = float(run_with_timeout(
                lambda: str(timed(lambda: len(list(memory.query(nq.text, initBindings=rdflib_bindings))), 1)[0]),
                args.cap))
            other, ratio = f"{slow * 1000:8.0f}ms", f"{slow / seconds:6.0f}x"
        except QueryTimeout:
            other, ratio = f">{args.cap:.0f} s", f">{args.cap / seconds:5.0f}x"
        except Exception as err:  # noqa: BLE001 - rdflib's engine fails on some valid queries; say so
            other, ratio = "fails", type(err).__name__
        print(f"{nq.name:22} {count:7,} {seconds * 1000:8.1f}ms {one:>9} {other:>10} {ratio:>7}")

    start = time.perf_counter()
    graph = to_networkx(store, evidence=False)  # what `kg graph central` reads
    built = time.perf_counter() - start
    seconds, rows = timed(lambda: centrality(graph), 1)
    print(f"\nkg graph central: {built + seconds:.2f} s "
          f"(networkx graph {built:.2f} s, {graph.number_of_nodes():,} nodes; centrality {seconds:.2f} s)")
    seconds, _ = timed(lambda: to_networkx(store), 1)
    print(f"networkx graph with the evidence of every edge (path, chains, exports): {seconds:.2f} s")
    seconds, _ = timed(lambda: centrality(to_networkx(store, film=film.value), film.value), args.runs)
    print(f"kg graph central --film (one film's graph and its centrality): {seconds * 1000:.1f} ms")

    seeds = work / "seeds-exports"
    subprocess.run([str(Path(sys.executable).parent / "kg"), "build", str(ROOT / "seeds"), "--out", str(seeds)],
                   check=True, capture_output=True)
    cold = []
    for _ in range(args.runs):
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "kg"), "query", "--name", "framed",
                        "--store", str(seeds / "store")], check=True, capture_output=True)
        cold.append(time.perf_counter() - start)
    print(f"kg query --name framed on the seeds store, cold process: {statistics.median(cold):.2f} s (median)")


if __name__ == "__main__":
    main()
