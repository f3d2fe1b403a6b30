"""Building the store: loading a file in pieces side by side gives the same store as loading it whole."""
import pyoxigraph as ox
import pytest

from kg import store as store_module
from kg.store import GraphStore, build_store, split_for_loading


def _quads(data: bytes, fmt: ox.RdfFormat) -> set:
    return set(ox.parse(data, format=fmt))


def _pieces_parse_to_the_whole(data: bytes, fmt: ox.RdfFormat, parts: int) -> list[bytes]:
    pieces = split_for_loading(data, fmt, parts)
    union = set()
    for piece in pieces:
        union |= _quads(piece, fmt)
    assert union == _quads(data, fmt)
    return pieces


@pytest.fixture
def no_minimum(monkeypatch):
    monkeypatch.setattr(store_module, "_SPLIT_MIN", 0)


@pytest.mark.parametrize("parts", [2, 3, 7])
def test_our_turtle_is_cut_at_statements_with_the_prefixes_on_every_piece(dev_graph, no_minimum, parts):
    data = dev_graph.read_bytes()
    pieces = _pieces_parse_to_the_whole(data, ox.RdfFormat.TURTLE, parts)
    assert len(pieces) == parts
    assert all(piece.startswith(b"@prefix kg:") for piece in pieces)


def test_n_triples_are_cut_at_line_ends(dev_graph, no_minimum):
    nt = ox.serialize(ox.parse(dev_graph.read_bytes(), format=ox.RdfFormat.TURTLE), format=ox.RdfFormat.N_TRIPLES)
    pieces = _pieces_parse_to_the_whole(nt, ox.RdfFormat.N_TRIPLES, 4)
    assert len(pieces) == 4 and all(piece.endswith(b" .\n") for piece in pieces)


@pytest.mark.parametrize("text", [
    # a blank node label means one node only within one document
    "@prefix ex: <http://example.org/> .\n\nex:a ex:p _:x .\n\n_:x ex:q ex:b .\n\nex:c ex:p ex:d .\n",
    # a prefix declared after the head would be missing from the pieces before it
    "@prefix ex: <http://example.org/> .\n\nex:a ex:p ex:b .\n\n@prefix ex: <http://example.com/> .\n\nex:c ex:p ex:d .\n",
])
def test_turtle_that_cannot_be_cut_safely_is_kept_whole(text, no_minimum):
    data = text.encode()
    assert split_for_loading(data, ox.RdfFormat.TURTLE, 2) == [data]


def test_a_small_file_or_one_core_is_loaded_whole(dev_graph):
    data = dev_graph.read_bytes()
    assert len(data) < store_module._SPLIT_MIN  # the development corpus is small
    assert split_for_loading(data, ox.RdfFormat.TURTLE, 4) == [data]
    big = b"<a:x> <a:p> <a:y> .\n" * 100_000
    assert len(big) > store_module._SPLIT_MIN
    assert split_for_loading(big, ox.RdfFormat.N_TRIPLES, 1) == [big]
    assert len(split_for_loading(big, ox.RdfFormat.N_TRIPLES, 2)) == 2


def test_a_cut_inside_a_statement_falls_back_to_loading_the_file_whole(tmp_path, no_minimum):
    # blank lines inside statements: every cut lands mid-statement and the piece before it fails to parse
    statements = [f"<http://example.org/s{i}> <http://example.org/p>\n\n    \"{i}\" ." for i in range(50)]
    graph = tmp_path / "odd.ttl"
    graph.write_text("\n".join(statements) + "\n", encoding="utf-8")
    assert len(split_for_loading(graph.read_bytes(), ox.RdfFormat.TURTLE, 2)) == 2
    build_store(graph, tmp_path / "store")
    store = GraphStore.open(tmp_path / "store")
    assert len(list(store.triples())) == 50


def test_a_syntax_error_is_reported_at_its_line_in_the_whole_file(tmp_path, no_minimum):
    lines = [f"<http://example.org/s{i}> <http://example.org/p> \"{i}\" ." for i in range(40)]
    lines[30] = "<http://example.org/broken> <http://example.org/p> ."
    graph = tmp_path / "bad.nt"
    graph.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SyntaxError, match="line 31"):
        build_store(graph, tmp_path / "store")
    assert not (tmp_path / "store").exists()


def test_a_store_loaded_in_pieces_equals_one_loaded_whole(dev_graph, tmp_path, monkeypatch):
    whole = build_store(dev_graph, tmp_path / "whole")
    monkeypatch.setattr(store_module, "_SPLIT_MIN", 0)
    pieces = build_store(dev_graph, tmp_path / "pieces", workers=3)
    assert pieces == whole
    a, b = (set(GraphStore.open(tmp_path / name).ox) for name in ("whole", "pieces"))
    blank = lambda q: isinstance(q.subject, ox.BlankNode)  # noqa: E731 - the name index's entries
    assert {q for q in a if not blank(q)} == {q for q in b if not blank(q)}


def test_a_relation_to_a_literal_is_kept_but_not_turned_round(tmp_path):
    graph = tmp_path / "odd.ttl"
    graph.write_text("@prefix kg: <https://w3id.org/prison-kg/ontology#> .\n"
                     "<http://example.org/a> kg:framedBy \"somebody\", <http://example.org/b> .\n",
                     encoding="utf-8")
    store = GraphStore.from_files([graph])
    rows = {(r[0].value, r[1].value) for r in store.query("SELECT ?s ?o WHERE { ?s kg:framed ?o }", infer=True)}
    assert rows == {("http://example.org/b", "http://example.org/a")}
    assert len(list(store.triples())) == 2
