"""The kg command: help, messages, exit codes and the files it writes."""
import pytest
from click.testing import CliRunner
from rdflib import Graph

import kg.pipeline
from conftest import DEV, ROOT
from kg.cli import main

GOOD = "Dorsey (Vera Lindholm) shares a cell with Rocco. Fenwick is framed by Dorsey."


@pytest.fixture
def run():
    runner = CliRunner()
    return lambda *args: runner.invoke(main, [str(a) for a in args], catch_exceptions=False)


@pytest.mark.parametrize("command", [[], *([c] for c in main.commands)])
def test_every_command_has_help_with_an_example(run, command):
    result = run(*command, "--help")
    assert result.exit_code == 0 and "Example" in result.output


def test_extract_writes_turtle_to_standard_output(run, tmp_path):
    (tmp_path / "film.txt").write_text(GOOD, encoding="utf-8")
    result = run("extract", tmp_path / "film.txt")
    assert result.exit_code == 0
    g = Graph().parse(data=result.stdout, format="turtle")
    assert len(g) > 20


@pytest.mark.parametrize("fmt, parser", [("nt", "nt"), ("jsonld", "json-ld"), ("trig", "trig")])
def test_extract_writes_each_format_to_a_file(run, tmp_path, fmt, parser):
    (tmp_path / "film.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "deep" / f"graph.{fmt}"
    result = run("extract", tmp_path / "film.txt", "-o", out, "--format", fmt)
    assert result.exit_code == 0 and "1 films" in result.output
    from rdflib import Dataset
    assert len(Dataset().parse(out, format=parser)) > 0


def test_bad_files_are_named_exit_1_and_the_rest_is_written(run, tmp_path):
    (tmp_path / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "c_binary.txt").write_bytes(b"\x00\x01\x02 binary")
    (tmp_path / "d_latin1.txt").write_bytes("Nicolò è condannato. Dorsey informa il direttore.".encode("latin-1"))
    out = tmp_path / "graph.ttl"
    result = run("extract", tmp_path, "-o", out)
    assert result.exit_code == 1
    assert "b_empty.txt: empty file" in result.output and "c_binary.txt: binary" in result.output
    g = Graph().parse(out)
    ids = {str(o) for o in g.objects(None, g.namespace_manager.expand_curie("dcterms:identifier"))}
    assert ids == {"a_good", "d_latin1"}


def test_a_failure_while_writing_leaves_no_half_file(run, tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    out = tmp_path / "graph.ttl"
    out.write_text("previous contents", encoding="utf-8")
    calls = []

    def failing(doc):
        calls.append(doc.id)
        if len(calls) == 2:
            raise OSError("disk full")
        return original(doc)

    original = kg.pipeline.triples
    monkeypatch.setattr(kg.pipeline, "triples", failing)
    with pytest.raises(OSError):
        run("extract", tmp_path, "-o", out)
    assert out.read_text(encoding="utf-8") == "previous contents"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_missing_input_is_reported(run, tmp_path):
    result = run("extract", tmp_path / "nope.txt")
    assert result.exit_code == 1 and "nope.txt: no such file or folder" in result.output


def test_build_rebuilds_the_committed_exports_byte_for_byte(run, tmp_path):
    result = run("build", ROOT / "seeds", "--out", tmp_path)
    assert result.exit_code == 0 and "3 films" in result.output
    assert (tmp_path / "graph.ttl").read_bytes() == (ROOT / "exports" / "graph.ttl").read_bytes()
    pages = [p.relative_to(ROOT / "exports") for p in (ROOT / "exports").rglob("*.html")]
    assert len(pages) == 5  # index, corpus and one page per seed
    for page in pages:
        assert (tmp_path / page).read_bytes() == (ROOT / "exports" / page).read_bytes(), page


def test_build_needs_a_folder(run, tmp_path):
    result = CliRunner().invoke(main, ["build", str(tmp_path / "missing")])
    assert result.exit_code != 0 and "missing" in result.output


def test_validate_exit_codes(run, tmp_path):
    good = tmp_path / "g.ttl"
    assert run("extract", DEV / "dev01_en.txt", "-o", good).exit_code == 0
    assert run("validate", good).exit_code == 0
    bad = ROOT / "tests" / "shapes" / "invalid" / "relation-across-films.ttl"
    result = run("validate", bad)
    assert result.exit_code == 1 and "different films" in result.output


def test_validate_reports_unparseable_files(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix broken", encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(bad)])
    assert result.exit_code == 1 and "bad.ttl" in result.output


def test_a_one_megabyte_summary_is_extracted(run, tmp_path):
    texts = " ".join(p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt")))
    big = (texts + " ") * (1_000_000 // len(texts) + 1)
    (tmp_path / "big.txt").write_text(big[:1_000_000], encoding="utf-8")
    out = tmp_path / "big.ttl"
    result = run("extract", tmp_path / "big.txt", "-o", out)
    assert result.exit_code == 0
    assert len(Graph().parse(out)) > 100


def test_the_formats_the_command_offers_are_the_librarys():
    from kg import cli, exporting, serialize

    assert cli.FORMATS == tuple(serialize.FORMATS)
    assert cli.EXPORT_FORMATS == exporting.FORMATS
