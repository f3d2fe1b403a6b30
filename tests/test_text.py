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
])
def test_tokens_split_possessives_and_elisions(text, tokens):
    assert [t.text for t in analyse(text).sentences[0].tokens] == tokens
