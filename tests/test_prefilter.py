"""The rule prefilter skips only patterns that cannot match."""
import re

import pytest

from kg.characters import abstract
from kg.lexicon import languages, load
from kg.mentions import find_mentions
from kg.prefilter import text_keys, word_keys
from kg.text import analyse


@pytest.mark.parametrize("pattern, keys", [
    (r"\bframed by", {"framed"}),
    (r"\b(?:is|was) (?:framed|set up)", {"is ", "was "}),
    (r"\b(?:(?:he|she) )?informs", {"he ", "she ", "inform"}),
    (r"\bcell ?mates?\b", {"cell ", "cellma"}),
    (r"\bcompagn[oa] di", {"compag"}),
    (r"\b(?:l' |dell' )uomo", {"l ", "dell "}),
])
def test_word_keys_read_how_a_match_begins(pattern, keys):
    assert word_keys(re.compile(pattern)) == keys


@pytest.mark.parametrize("pattern", [
    r"@\d+ frames @\d+",       # starts on a character id
    r"(?:is|was) framed",      # no word boundary: "this framed" would match
    r"\b[a-z]+ly framed",      # a letter class too wide to list
    r"\b(?:framed)?",          # may match nothing
    r"(?i)\bframed",           # case folded
])
def test_patterns_with_an_unreadable_start_are_never_skipped(pattern):
    assert word_keys(re.compile(pattern)) is None


def test_a_gated_rule_finds_exactly_what_the_plain_pattern_finds(dev_corpus):
    """Over the dev corpus's abstracted sentences, every rule of every language."""
    texts: dict[str, list[str]] = {}
    for _stem, text, _gold in dev_corpus:
        units, _ = find_mentions(analyse(text))
        for ab in abstract(units):
            texts.setdefault(ab.su.lex.lang, []).append(ab.text)
    checked = 0
    for lang in languages():
        joined = "\n".join(texts.get(lang, []))
        keys = text_keys(joined)
        for rule in load(lang).rules:
            plain = [m.span() for p in rule.patterns for m in p.finditer(joined)]
            gated = [m.span() for m in rule.finditer(joined, keys)]
            assert gated == plain, rule.id
            checked += len(plain)
    assert checked > 30  # the corpus does exercise the rules
