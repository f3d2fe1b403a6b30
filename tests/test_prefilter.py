"""The rule prefilter skips only places where a pattern cannot match."""
import re

import pytest

from kg.characters import _join, abstract
from kg.lexicon import languages, load
from kg.mentions import find_mentions
from kg.prefilter import Scanner, required_text, word_keys
from kg.text import analyse


@pytest.mark.parametrize("pattern, keys", [
    (r"\bframed by", {"framed"}),
    (r"\b(?:is|was) (?:framed|set up)", {"is ", "was "}),
    (r"\b(?:(?:he|she) )?informs", {"he ", "she ", "inform"}),
    (r"\bcell ?mates?\b", {"cell ", "cellma"}),
    (r"\bcompagn[oa] di", {"compag"}),
    (r"\b(?:l' |dell' )uomo", {"l ", "dell "}),
    (r"@\d+ frames @\d+", {"@"}),                     # an id's sign
    (r"(?:#\d+|\bprison) , whose", {"#", "prison"}),
    (r"(?:(?<=, )|\band )takes", {"and ", "takes"}),  # after a mark, a word starts
    (r"(?<![^\n])becomes", {"become"}),                # at a line's start
])
def test_word_keys_read_how_a_match_begins(pattern, keys):
    assert word_keys(re.compile(pattern)) == keys


@pytest.mark.parametrize("pattern", [
    r"(?<=a)framed",           # after a letter: mid-word
    r"(?:is|was) framed",      # no word boundary: "this framed" would match
    r"\b[a-z]+ly framed",      # a letter class too wide to list
    r"\b(?:framed)?",          # may match nothing
    r"(?i)\bframed",           # case folded
])
def test_patterns_with_an_unreadable_start_are_never_skipped(pattern):
    assert word_keys(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern, text", [
    (r"(?P<o>@\d+(?: , @\d+)*) , with whom (?:he|she) shares", " , with whom "),
    (r"@\d+ (?:was|is) the one who", " the one who"),
    (r"(?:@\d+ )?cell ?mates", "mates"),       # the optional parts are not required
    (r"@\d+ ?(?:is|was) ?@\d+", None),         # no run of four
    (r"@\d+ (?:framed|set up) @\d+", None),   # only alternatives
    (r"(?i)@\d+ framed", None),               # case folded
])
def test_required_text_is_what_every_match_holds(pattern, text):
    assert required_text(re.compile(pattern)) == text


def test_an_ungated_pattern_is_skipped_only_where_its_required_text_is_missing():
    from kg.lexicon import Rule
    rule = Rule("demo", "cellmateOf", (re.compile(r"@\d+(?: , @\d+)* , with whom he shares"),), 1.0, ())
    assert rule.gates == (frozenset({"@"}),)  # a sign alone: left to re, which finds it faster
    text = "@1 , @2 , with whom he shares ; @3 , with whom she shares"
    assert [m.span() for _, m in Scanner([rule]).finditer(text)] == [(0, 29)]
    assert list(Scanner([rule]).finditer("@1 , @2 , whom he shares")) == []


def test_a_pattern_gated_on_a_sign_and_a_word_finds_both_starts():
    from kg.lexicon import Rule
    rule = Rule("demo", "role:warden", (re.compile(r"(?:#\d+|\bprison) , whose (?P<s>@\d+)"),), 1.0, ())
    assert rule.gates == (frozenset({"#", "prison"}),)
    text = "the prison , whose @1 rules\n#2 , whose @3 ; no#4 , whose @5"
    found = [m.group("s") for _, m in Scanner([rule]).finditer(text)]
    assert found == [m.group("s") for m in rule.patterns[0].finditer(text)] == ["@1", "@3", "@5"]


def test_a_gated_rule_finds_exactly_what_the_plain_pattern_finds(dev_corpus):
    """Over the dev corpus, every relation rule on the abstracted sentences and
    every link rule on the sentences with names and role nouns as ids."""
    rule_texts: dict[str, list[str]] = {}
    link_texts: dict[str, list[str]] = {}
    for _stem, text, _gold in dev_corpus:
        units, _ = find_mentions(analyse(text))
        for su in units:
            link_texts.setdefault(su.lex.lang, []).append(_join(su.units)[0])
        for ab in abstract(units):
            rule_texts.setdefault(ab.su.lex.lang, []).append(ab.text)
    checked = {"rules": 0, "links": 0}
    for lang in languages():
        lex = load(lang)
        for kind, rules, texts in (("rules", lex.rules, rule_texts), ("links", lex.links, link_texts)):
            joined = "\n".join(texts.get(lang, []))
            plain = [(rule.id, m.span()) for rule in rules for p in rule.patterns for m in p.finditer(joined)]
            gated = [(rule.id, m.span()) for rule, m in Scanner(rules).finditer(joined)]
            assert gated == plain
            checked[kind] += len(plain)
    assert checked["rules"] > 30 and checked["links"] > 10  # the corpus does exercise both


def test_the_scanner_tries_a_pattern_only_after_the_last_match_ends():
    """Overlapping candidates: finditer semantics, leftmost and non-overlapping."""
    from kg.lexicon import Rule
    rule = Rule("demo", "framedBy", (re.compile(r"\bframed(?: framed)?"),), 1.0, ())
    text = "framed framed framed x framedly"
    assert [m.span() for _, m in Scanner([rule]).finditer(text)] == \
        [m.span() for m in rule.patterns[0].finditer(text)] == [(0, 13), (14, 20), (23, 29)]
    assert list(Scanner([rule]).finditer("nothing here")) == []
