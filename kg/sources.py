"""Reading summaries: text files, folders of them, and corpus files.

A corpus file holds one summary a line, ``ID<TAB>TEXT`` (the CMU Movie
Summary Corpus format) or JSON Lines with ``id`` and ``text``; either may be
gzipped. Bytes are decoded as UTF-8 (with or without a BOM), falling back
to Windows-1252 and Latin-1. A file that cannot be used is reported as a
:class:`SourceError` naming the file and the problem; the others go on.
"""
from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

__all__ = ["Summary", "SourceError", "read_sources", "decode"]

CORPUS_SUFFIXES = (".tsv", ".tab", ".jsonl", ".ndjson")


@dataclass(frozen=True)
class Summary:
    """One plot summary: its identifier, its text and where it came from."""

    id: str
    text: str
    source: str


@dataclass(frozen=True)
class SourceError:
    """A file (or a line of a corpus) that could not be read, and why."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"


def decode(data: bytes) -> str:
    """Text from bytes: UTF-8 (a BOM is dropped), else Windows-1252, else Latin-1.

    Raises ValueError for binary data.

    >>> decode("città".encode("cp1252")), decode(b"\\xef\\xbb\\xbfDorsey")
    ('città', 'Dorsey')
    """
    if b"\x00" in data[:65536]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _is_gzip(path: Path) -> bool:
    with path.open("rb") as f:
        return f.read(2) == b"\x1f\x8b"


def _open(path: Path):
    return gzip.open(path, "rb") if _is_gzip(path) else path.open("rb")


def _looks_like_corpus(path: Path, head: str) -> bool:
    name = path.name.removesuffix(".gz")
    if name.endswith(CORPUS_SUFFIXES):
        return True
    lines = [line for line in head.splitlines()[:20] if line.strip()]
    return len(lines) > 1 and all("\t" in line and line.split("\t", 1)[0].strip() for line in lines)


def _record(path: Path, number: int, line: str, jsonl: bool) -> tuple[str, str] | SourceError:
    where = f"{path}:{number}"
    if jsonl:
        try:
            record = json.loads(line)
            doc_id, body = str(record["id"]), record["text"]
        except (json.JSONDecodeError, KeyError, TypeError) as err:
            return SourceError(where, f"not a JSON object with 'id' and 'text' ({err})")
        if not isinstance(body, str):
            return SourceError(where, "'text' is not a string")
    else:
        doc_id, tab, body = line.partition("\t")
        doc_id = doc_id.strip()
        if not tab:
            return SourceError(where, "no TAB between the identifier and the text")
    if not doc_id or not body.strip():
        return SourceError(where, "empty identifier or text")
    return doc_id, body


def _corpus(path: Path) -> Iterator[Summary | SourceError]:
    """One summary a line, read as a stream so that memory stays flat."""
    jsonl = path.name.removesuffix(".gz").endswith((".jsonl", ".ndjson"))
    seen: set[str] = set()
    try:
        with _open(path) as stream:
            for number, raw in enumerate(stream, 1):
                try:
                    line = decode(raw).rstrip("\r\n")
                except ValueError as err:
                    yield SourceError(f"{path}:{number}", str(err))
                    continue
                if not line.strip():
                    continue
                got = _record(path, number, line, jsonl)
                if isinstance(got, SourceError):
                    yield got
                    continue
                doc_id, body = got
                if doc_id in seen:
                    yield SourceError(f"{path}:{number}", f"identifier {doc_id!r} repeats an earlier line; skipped")
                    continue
                seen.add(doc_id)
                yield Summary(doc_id, body, f"{path.name}#{doc_id}")
    except (OSError, EOFError) as err:
        yield SourceError(str(path), f"cannot read further: {err}")


def _file(path: Path) -> Iterator[Summary | SourceError]:
    try:
        with _open(path) as stream:
            head_bytes = stream.read(65536)
        head = decode(head_bytes)
    except (OSError, EOFError) as err:
        problem = f"broken gzip file: {err}" if _is_gzip(path) else f"cannot read: {err}"
        yield SourceError(str(path), problem)
        return
    except ValueError as err:
        yield SourceError(str(path), str(err))
        return
    if _looks_like_corpus(path, head):
        yield from _corpus(path)
        return
    try:
        with _open(path) as stream:
            text = decode(stream.read())
    except (OSError, EOFError, ValueError) as err:
        yield SourceError(str(path), f"cannot read: {err}")
        return
    if not text.strip():
        yield SourceError(str(path), "empty file")
        return
    stem = path.name.removesuffix(".gz")
    stem = stem.rsplit(".", 1)[0] if "." in stem else stem
    yield Summary(stem, text, path.name)


def read_sources(paths: list[str | Path]) -> Iterator[Summary | SourceError]:
    """Every summary in ``paths`` (files, folders of ``.txt``, corpus files), in order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix in (".txt", ".gz"))
            if not files:
                yield SourceError(str(path), "folder holds no .txt files")
            for f in files:
                yield from _file(f)
        elif path.exists():
            yield from _file(path)
        else:
            yield SourceError(str(path), "no such file or folder")
