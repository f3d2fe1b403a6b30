import pytest

from kg.text import analyse, clean


@pytest.mark.parametrize("raw", [
    "The weary camp doctor ([[Emil Tarr  warns that",
    "a [[Link|shown text]] and {{cite web|x=1}} here<ref>note</ref>.",
    "line one\r\nline two\ttab",
])
def test_clean_keeps_every_offset(raw):
    cleaned = clean(raw)
    assert len(cleaned) == len(raw)
    assert "[[" not in cleaned and "{{" not in cleaned and "\r" not in cleaned


@pytest.mark.parametrize("raw, gone", [
    ("a note<REF name=x>hidden</REF> ends", "hidden"),
    ("a break<BR/>here", "BR"),
    ("'" * 3 + "bold" + "'" * 3 + " words", "'"),
])
def test_clean_finds_markup_in_any_case(raw, gone):
    assert gone not in clean(raw)


def test_lower_case_tokens_keep_their_offsets_past_a_letter_that_lowers_long():
    doc = analyse("İlker frames Dorsey. Then Dorsey escapes.")  # "İ".lower() is two characters
    tokens = [t for s in doc.sentences for t in s.tokens]
    assert [t.text for t in tokens][:3] == ["İlker", "frames", "Dorsey"]
    assert all(t.lower == t.text.lower() for t in tokens)
    assert len(doc.sentences) == 2


def test_a_sentence_ends_at_a_line_break_without_a_full_stop():
    doc = analyse("Dorsey is jailed\n\nRocco escapes\nThe end.")
    assert [len(s.tokens) for s in doc.sentences] == [3, 2, 3]


def test_clean_shows_the_linked_text_not_the_target():
    assert clean("a [[Link|shown]] b").split() == ["a", "shown", "b"]


@pytest.mark.parametrize("text, count", [
    ("Capt. Quarles is a sadist. He learns the plan.", 2),
    ("Il commissario... decide di arrestarlo. Poi fugge.", 2),
    ("Dr. Lionel Amberly (Coyne) operates. Sgt. Oakes watches.", 2),
    ("First paragraph ends here\nSecond paragraph", 2),
])
def test_sentences_split_on_ends_not_on_abbreviations(text, count):
    assert len(analyse(text).sentences) == count


def test_sentence_offsets_point_into_the_source():
    source = "Dorsey (Vera Lindholm) is sent to prison.  Fenwick  escapes."
    doc = analyse(source)
    for s in doc.sentences:
        assert source[s.start:s.end].strip() == source[s.start:s.end]
    assert source[doc.sentences[1].start:doc.sentences[1].end] == "Fenwick  escapes."


def test_languages_are_told_per_sentence():
    doc = analyse("Dorsey viene messo in una cella con Rocco e Fenwick. "
                  "Lomax is a stool pigeon for the captain of the guards.")
    assert [s.lang for s in doc.sentences] == ["it", "en"]
    assert doc.lang == "mixed"


@pytest.mark.parametrize("text, tokens", [
    ("Quarles's instigation", ["Quarles", "'s", "instigation"]),
    ("l'uomo dell'anno", ["l'", "uomo", "dell'", "anno"]),
    ("O'Brien arrives", ["O'Brien", "arrives"]),
    ("D'Amato e un'idea nell’ex-carcere", ["D'Amato", "e", "un'", "idea", "nell’", "ex-carcere"]),
    ("a well-known con-man's scam", ["a", "well-known", "con-man", "'s", "scam"]),
    # an English name that reads like an Italian elided article still takes the possessive
    ("into Dell's knapsack", ["into", "Dell", "'s", "knapsack"]),
    ("Nell’s cell", ["Nell", "’s", "cell"]),
])
def test_tokens_split_possessives_and_elisions(text, tokens):
    assert [t.text for t in analyse(text).sentences[0].tokens] == tokens


def test_a_sentence_that_turns_language_at_a_semicolon_is_read_in_two():
    text = analyse("Il capo delle guardie, il sergente Lew Hatch, odia Rex Keel; the warden, Ned Pryor, is a religious "
                   "man who opposes the death penalty. Rex ride con la guardia; Ned piange nella cella.")
    assert [(s.lang, s.tokens[0].text) for s in text.sentences] == [("it", "Il"), ("en", "the"), ("it", "Rex")]
