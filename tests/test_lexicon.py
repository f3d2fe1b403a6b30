import pytest

from kg.lexicon import RULE_KINDS, LexiconError, _parse, languages, load


@pytest.mark.parametrize("lang", ["en", "it"])
def test_rule_files_load_with_unique_ids(lang):
    lex = load(lang)
    ids = [r.id for r in lex.rules + lex.links]
    assert len(ids) == len(set(ids)) and all(i.startswith(f"{lang}-") for i in ids)
    assert {r.kind for r in lex.rules} >= {"framedBy", "informerOf", "cellmateOf", "role:inmate"}


def test_every_language_file_is_found():
    assert languages() == ["en", "it"]


GOOD = '''
lang = "xx"
[words]
articles = ["the"]
[[rules]]
id = "xx-one"
kind = "framedBy"
pattern = 'framed by {O}'
'''


@pytest.mark.parametrize("change, message", [
    (("kind = \"framedBy\"", "kind = \"hates\""), "kind 'hates' is not one of"),
    (("'framed by {O}'", "'framed (by {O}'"), "xx-one"),
    (("'framed by {O}'", "'framed by {NOPE}'"), "unknown macro {NOPE}"),
    (("articles", "adjectives"), "unknown list"),
    (("id = \"xx-one\"", "id = \"\""), "needs a non-empty string 'id'"),
    (("lang = \"xx\"", "lang = \"xx\"\nclause_break = '(('"), "clause_break"),
    (("[[rules]]", "[[roles]]\nkey = \"boss\"\nname = \"the boss\"\nforms = [\"boss\"]\nshort_for = \"chief\"\n"
      "[[rules]]"), "short_for 'chief' is no role key"),
    # words each followed by a space, then a space again: the pattern could never match
    (("'framed by {O}'", "'framed (?:[a-z]+ ){1,3}? by {O}'"), "followed by another space"),
])
def test_a_bad_rule_is_rejected_with_its_file_and_id(tmp_path, change, message):
    path = tmp_path / "xx.toml"
    path.write_text(GOOD.replace(*change), encoding="utf-8")
    with pytest.raises(LexiconError, match=message.replace("(", r"\(").replace("{", r"\{")) as err:
        _parse(path)
    assert "xx.toml" in str(err.value)


def test_a_good_rule_file_compiles(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text(GOOD, encoding="utf-8")
    lex = _parse(path)
    assert lex.rules[0].kind in RULE_KINDS and lex.rules[0].patterns[0].search("framed by @3")


def test_broken_toml_is_reported(tmp_path):
    path = tmp_path / "xx.toml"
    path.write_text("lang = ", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid TOML"):
        _parse(path)


def test_known_prisons_are_read_beside_the_rule_file_and_split_as_tokens(tmp_path):
    (tmp_path / "xx.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "known_prisons.txt").write_text("# a comment\nGallows Rock\nSaint Ann's Island\n\n", encoding="utf-8")
    lex = _parse(tmp_path / "xx.toml")
    assert lex.word("known_prisons") == {"gallows rock", "saint ann 's island"}


def test_british_prisons_are_known_prisons_and_british_signs(tmp_path):
    (tmp_path / "xx.toml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "known_prisons.txt").write_text("Gallows Rock\n", encoding="utf-8")
    (tmp_path / "british_prisons.txt").write_text("# Britain\nFenmoor Scrubs\n", encoding="utf-8")
    lex = _parse(tmp_path / "xx.toml")
    assert lex.word("known_prisons") == {"gallows rock", "fenmoor scrubs"}
    assert "fenmoor scrubs" in lex.word("british_signs") and "gallows rock" not in lex.word("british_signs")


def test_every_language_knows_the_shared_prison_names():
    assert "san quentin" in load("en").word("known_prisons") & load("it").word("known_prisons")
