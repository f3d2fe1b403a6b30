"""Shared fixtures: the development corpus and a small gold comparison."""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
DEV = DATA / "dev"
ROOT = Path(__file__).resolve().parent.parent


def norm(name: str) -> str:
    """A name compared loosely: no accents, case, punctuation or leading article."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = re.sub(r"[^\w]+", " ", text).split()
    if len(words) > 1 and words[0] in {"the", "a", "an", "il", "lo", "la", "l", "un", "una"}:
        words = words[1:]
    return " ".join(w for w in words if w not in {"capt", "sgt", "dr"}) or " ".join(words)


def gold_relations(gold: dict) -> set[tuple]:
    out = set()
    for r in gold["relations"]:
        s, o = r["s"], r["o"]
        if r["p"] == "cellmateOf":
            s, o = sorted([s, o])
        out.add((s, r["p"], o))
    return out


def doc_relations(doc, gold: dict) -> set[tuple]:
    """The document's relations with gold names in place of labels (unknown: '?label')."""
    names = {}
    for c in gold["characters"]:
        for n in [c["name"], *c.get("aliases", [])]:
            names.setdefault(norm(n), c["name"])
    prisons = {}
    for p in gold.get("prisons", []):
        for n in [p["name"], *p.get("aliases", [])] if p["name"] else []:
            prisons[norm(n)] = p["name"]

    def who(c):
        for label in [c.label, *sorted(c.aliases)]:
            if norm(label) in names:
                return names[norm(label)]
        return f"?{c.label}"

    out = set()
    for f in doc.relations:
        s = who(doc.characters[f.s])
        if f.p == "wardenOf":
            p = doc.prisons[f.o]
            o = prisons.get(norm(p.label or ""), None) if p.label else None
        else:
            o = who(doc.characters[f.o])
        if f.p == "cellmateOf":
            s, o = sorted([s, o])
        out.add((s, f.p, o))
    return out


def read_corpus(folder: Path) -> list[tuple[str, str, dict]]:
    """(stem, text, gold) for every summary of a folder with a ``gold/`` beside its texts."""
    out = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        out.append((gold_file.stem, (folder / f"{gold_file.stem}.txt").read_text(encoding="utf-8"), gold))
    return out


@pytest.fixture(scope="session")
def dev_corpus() -> list[tuple[str, str, dict]]:
    """(stem, text, gold) for every summary of the development corpus."""
    return read_corpus(DEV)


@pytest.fixture(scope="session")
def own_corpus() -> list[tuple[str, str, dict]]:
    """(stem, text, gold) for the summaries written for these tests."""
    return read_corpus(DATA / "own")


@pytest.fixture(scope="session")
def dev_graph(tmp_path_factory) -> Path:
    """The development corpus extracted into Turtle."""
    from kg.pipeline import extract_graph

    out = tmp_path_factory.mktemp("dev") / "graph.ttl"
    report = extract_graph([DEV], out)
    assert not report.errors
    return out


@pytest.fixture(scope="session")
def dev_store(dev_graph) -> Path:
    """A graph store built from the development corpus, as ``kg build`` builds one."""
    from kg.store import build_store

    path = dev_graph.parent / "store"
    build_store(dev_graph, path)
    return path
