"""Each SHACL shape against valid and invalid example graphs, and the real exports."""
from pathlib import Path

import pytest

from conftest import ROOT
from kg.validate import ValidationError, validate

HERE = Path(__file__).parent / "shapes"


@pytest.mark.parametrize("path", sorted((HERE / "valid").glob("*.ttl")), ids=lambda p: p.stem)
def test_valid_examples_conform(path):
    conforms, report = validate(path)
    assert conforms, report


@pytest.mark.parametrize("path", sorted((HERE / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_invalid_examples_are_caught(path):
    conforms, report = validate(path)
    assert not conforms, f"{path.name} should violate a shape"
    assert "Constraint Violation" in report


def test_the_committed_exports_conform():
    conforms, report = validate(ROOT / "exports" / "graph.ttl")
    assert conforms, report


def test_an_unreadable_graph_is_an_error_that_names_the_file(tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is <not turtle", encoding="utf-8")
    with pytest.raises(ValidationError, match="bad.ttl"):
        validate(bad)
