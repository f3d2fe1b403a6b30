#!/usr/bin/env python3
"""Extraction throughput and memory on a synthetic corpus.

    python bench/bench_extract.py [--sizes 1000,5000] [--synth PATH]

Makes corpora with ../shared/corpora/synth.py (seed 0), then, for each size,
runs one extraction in a fresh process on one core and prints summaries per
second, words per second and peak memory: extraction alone, and extraction
plus writing N-Triples. Peak memory should not grow with the corpus.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "bench" / "data"

CHILD = r"""
import json, resource, sys, time
from kg.pipeline import Report, documents, extract_graph
from kg.sources import read_sources, Summary
path, mode = sys.argv[1], sys.argv[2]
words = sum(len(item.text.split()) for item in read_sources([path]) if isinstance(item, Summary))
report = Report()
start = time.perf_counter()
if mode == "extract":
    for _doc in documents([path], report):
        pass
else:  # what `kg extract --format nt` does, written to /dev/null
    with open("/dev/null", "w") as out:
        report = extract_graph([path], None, "nt", stream=out)
seconds = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"docs": report.films, "words": words, "seconds": seconds, "peak_mb": peak}))
"""

def corpus(size: int, synth: Path) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"synth-{size}.tsv"
    if not path.exists():
        subprocess.run([sys.executable, str(synth), str(size), str(path), "--seed", "0"], check=True)
    return path


def measure(path: Path, mode: str) -> dict:
    env = dict(os.environ, PYTHONHASHSEED="0")
    cmd = [sys.executable, "-c", CHILD, str(path), mode]
    if sys.platform.startswith("linux"):
        cmd = ["taskset", "-c", "0", *cmd]  # one core
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env, cwd=ROOT)
    return json.loads(out.stdout)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,5000")
    ap.add_argument("--synth", type=Path, default=ROOT.parent / "shared" / "corpora" / "synth.py")
    args = ap.parse_args()
    if not args.synth.exists():
        print(f"synth.py not found at {args.synth}; pass --synth PATH", file=sys.stderr)
        return 2
    print(f"{'corpus':>8} {'mode':>14} {'summ/s':>9} {'words/s':>10} {'peak MB':>8} {'seconds':>8}")
    for size in (int(s) for s in args.sizes.split(",")):
        path = corpus(size, args.synth)
        for mode in ("extract", "extract+nt"):
            r = measure(path, mode)
            print(f"{r['docs']:>8} {mode:>14} {r['docs'] / r['seconds']:>9.0f} "
                  f"{r['words'] / r['seconds']:>10.0f} {r['peak_mb']:>8.1f} {r['seconds']:>8.2f}")
    t0 = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "kg"), "--help"], check=True, capture_output=True)
    print(f"kg --help: {time.perf_counter() - t0:.3f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
