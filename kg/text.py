"""Text stage: clean a summary, split it into sentences and tokens, tell languages.

Cleaning never changes the length of the text: markup is overwritten with
spaces, so every offset computed later points into the source summary as
the user gave it.

>>> doc = analyse("Dorsey (Vera Lindholm) viene condannato. He is angry.")
>>> [s.lang for s in doc.sentences]
['it', 'en']
>>> doc.sentences[0].tokens[0].text
'Dorsey'
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

__all__ = ["ELISION", "POSSESSIVE_MARKS", "Token", "Sentence", "Text", "clean", "analyse", "token_texts"]

# Wiki residue: links [[target|shown]], templates {{...}}, <ref> notes, bold/italic quotes.
_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_REF = re.compile(r"<ref[^>]*/>|<ref[^>]*>.*?</ref>", re.S | re.I)
_BREAK = re.compile(r"<br\s*/?>", re.I)
_LINK_TARGET = re.compile(r"\[\[(?:[^\[\]|]*\|)")
# Bold marks the title of the article's subject, a work and no person: "'''Go West''' is a film".
_BOLD_TITLE = re.compile(r"'''(?!')[^\n]{1,120}?(?<!')'''(?!')")
# A section heading: "== Plot ==", "=== Cast ===".
_HEADING = re.compile(r"={2,}[^=\n]{1,80}?={2,}")
_MARKUP = re.compile(r"\[\[|\]\]|'''+|''(?=\w)|(?<=\w)''|[\r\t\f\v\u00a0\u200b]")


# Each pattern with strings one of which every match contains.
_CLEANERS = (
    (_TEMPLATE, ("{{",)),
    (_REF, ("<",)),
    (_BREAK, ("<",)),
    (_LINK_TARGET, ("[[",)),
    (_BOLD_TITLE, ("'''",)),
    (_HEADING, ("==",)),
    (_MARKUP, ("[[", "]]", "''", "\r", "\t", "\f", "\v", "\u00a0", "\u200b")),
)


def _blank(match: re.Match) -> str:
    return " " * (match.end() - match.start())


def clean(text: str) -> str:
    """Overwrite wiki and layout residue with spaces, keeping every offset.

    >>> clean("doctor ([[Emil Tarr  warns")
    'doctor (  Emil Tarr  warns'
    >>> len(clean("a [[Link|shown]] b")) == len("a [[Link|shown]] b")
    True
    >>> clean("'''Go West''' is a film")
    '              is a film'
    >>> clean("a film. == Plot == Rex")
    'a film.            Rex'
    """
    for pattern, signs in _CLEANERS:
        if any(sign in text for sign in signs):  # most summaries have no markup at all
            text = pattern.sub(_blank, text)
    return text


# The English possessive as a token of its own, with either apostrophe: "Rex 's", "Rex ’s".
POSSESSIVE_MARKS = ("'s", "’s")
# The Italian words that elide before a vowel: "l'uomo", "dell'Asinara", "d'If".
_ELIDED = r"(?i:dell|nell|sull|dall|all|coll|quest|quell|anch|senz|tutt|dov|com|un|l|d|c|s|m|t|v|n)['’]"
# An elided word right before the word it joins, which a name's words may hold too: "dell'Asinara".
ELISION = re.compile(rf"\b({_ELIDED})(?=\w)(?!s\b)")
# Tokens: words (with inner hyphens), the English possessive, other marks.
# An Italian elision such as "l'uomo" gives "l'" and "uomo".
_TOKEN = re.compile(
    r"\w++(?![-‐'’])"                         # a plain word, the common case (no backtracking)
    # only a word followed by an apostrophe and a letter can be one of these
    r"|(?=\w+['’]\w)(?:[A-Z][’'][A-Z]\w+"    # O'Brien, D'Amato
    r"|Sant['’][A-Z]\w+"                     # Sant'Angelo, Sant'Anna: a saint's name is one word
    r"|[A-Z][a-z]*n['’]t(?= [A-Z])"           # Can't in a nickname: "Can't Get Right"
    rf"|{_ELIDED}(?=\w)(?!s\b)"             # not an English possessive: "Dell's", "Nell's"
    r"|[A-Z]\w+['’](?!(?:ll|re|ve)\b)[a-zà-ÿ]\w+)"  # a transliterated name: Terent'ev, Vasil'evič
    r"|(?<!\w)['’][oaeOAE](?= [A-Z])"      # a Neapolitan article in a nickname: 'o Lione
    r"|(?<!\w)(?:[Zz]u|[Zz]a|[Cc]ompa|[Ff]ra)['’](?= [A-Z]|$)"  # a title cut short: zu' Masino, fra' Serafino
    r"|\w+(?:[-‐]\w+)*"                        # words, with inner hyphens
    r"|['’]s\b|\.\.\.|…|[^\w\s]")
_ABBREV = frozenset(
    "capt cap sgt lt col gen dr mr mrs ms st jr sr prof rev fr mt co inc ltd vs ca no sig dott avv ing transl "
    "atty".split())
_NEWLINE = re.compile(r"\n")
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "»"})
_ENDERS = frozenset({".", "!", "?", "…", "..."})
_EN_WORDS = frozenset(
    "the an and of to is was his her he she who that with for in on at by from "
    "but when after while are were has have had been their they him them into "
    "which this as it not only be its out up about over then there what would "
    "cell prison jail warden inmate inmates guard guards cellmate escape".split())
_IT_WORDS = frozenset(
    "il lo la i gli le un una uno di del della dei degli delle che e è non per con "
    "da dal dalla nel nella sul sulla al alla ai alle si viene suo sua loro lui lei "
    "come ma anche quando dove dopo mentre poi ha sono era ad tutti tutto soprattutto "
    "più molto già però ancora sempre mai ne ci questo questa quello quella cui "
    "essere stato stata fa dello degli nei negli sua suoi sue perché così "
    "cella carcere prigione detenuto detenuti direttore guardia guardie compagno evasione".split())


class Token:
    """A token with its character offsets in the summary."""

    __slots__ = ("text", "start", "end", "lower", "is_cap")

    def __init__(self, text: str, start: int, end: int):
        self.text = text
        self.start = start
        self.end = end
        self.lower = text.lower().replace("’", "'")
        self.is_cap = text[:1].isupper()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


@dataclass
class Sentence:
    """A sentence: its tokens, offsets and language ('en' or 'it')."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    lang: str = "en"

    @cached_property
    def lowers(self) -> list[str]:
        """The tokens lower-cased."""
        return [t.lower for t in self.tokens]


@dataclass
class Text:
    """A cleaned summary split into sentences."""

    source: str
    cleaned: str
    sentences: list[Sentence] = field(default_factory=list)

    @cached_property
    def words(self) -> list[str]:
        """Every token of the summary, lower-cased, in order."""
        return [w for s in self.sentences for w in s.lowers]

    @property
    def lang(self) -> str:
        """'en', 'it' or 'mixed', from the languages of the sentences."""
        langs = {s.lang for s in self.sentences}
        return langs.pop() if len(langs) == 1 else ("mixed" if langs else "en")


def _is_boundary(tokens: list[Token], i: int, text: str) -> bool:
    """True when tokens[i] (a sentence-ending mark) ends a sentence."""
    tok = tokens[i]
    if tok.text not in _ENDERS:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.text == ".":
        prev = tokens[i - 1] if i else None
        if prev is not None and prev.end == tok.start:
            word = prev.lower
            if word in _ABBREV or (len(prev.text) == 1 and prev.is_cap):
                return False  # "Capt. Quarles", "J. Tarr"
    if nxt is None:
        return True
    return not nxt.text[:1].islower()


def _language(tokens: list[Token]) -> str | None:
    """'en' or 'it' by the function words of a sentence, or None when they tie. Words in
    parentheses count only to break a tie: a title given in the other language
    ("Scrubs (Dietro le sbarre di Londra) is a 1962 British film") is no sign of it."""
    en, it = _language_votes(tokens)
    if any(t.text == "(" for t in tokens):
        inside = []  # the words inside parentheses, read again only when a sentence has some
        depth = 0
        for t in tokens:
            if t.text == "(":
                depth += 1
            elif t.text == ")":
                depth = max(depth - 1, 0)
            elif depth:
                inside.append(t)
        en_in, it_in = _language_votes(inside)
        if en - en_in != it - it_in:
            en, it = en - en_in, it - it_in
    if en == it:
        return None
    return "en" if en > it else "it"


def _language_votes(tokens: list[Token]) -> tuple[int, int]:
    """The English and the Italian function words among ``tokens``, an elision counting twice."""
    en = it = 0
    for t in tokens:
        low = t.lower
        if low in _EN_WORDS:
            en += 1
        elif low in _IT_WORDS:
            it += 1
        elif low.endswith("'") and len(low) <= 6:
            it += 2  # an elision (l', dell', un') is a strong sign of Italian
    return en, it


def _tokens(cleaned: str) -> list[Token]:
    """The tokens of ``cleaned``; lower-cased in one go when that keeps offsets."""
    lowered = cleaned.lower().replace("’", "'")
    if len(lowered) != len(cleaned):  # a letter whose lower case is longer ("İ")
        return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(cleaned)]
    tokens = []
    new = Token.__new__
    for m in _TOKEN.finditer(cleaned):
        start, end = m.span()
        tok = new(Token)
        tok.text, tok.start, tok.end = cleaned[start:end], start, end
        tok.lower, tok.is_cap = lowered[start:end], cleaned[start].isupper()
        tokens.append(tok)
    return tokens


def token_texts(text: str) -> list[str]:
    """The tokens of ``text`` as strings: "Devil's Island" gives Devil, 's, Island."""
    return _TOKEN.findall(text)


def _break_candidates(tokens: list[Token], cleaned: str) -> list[int]:
    """Indexes of the tokens a sentence may end on: marks that can end one,
    tokens before a line break, and the last token."""
    found = {i for i, tok in enumerate(tokens) if tok.text in _ENDERS}
    if "\n" in cleaned:
        starts = [t.start for t in tokens]
        for m in _NEWLINE.finditer(cleaned):
            i = bisect_right(starts, m.start()) - 1
            if 0 <= i < len(tokens) - 1:
                found.add(i)
    if tokens:
        found.add(len(tokens) - 1)
    return sorted(found)


def analyse(source: str) -> Text:
    """Clean ``source``, tokenize it and split it into sentences with languages."""
    cleaned = clean(source)
    tokens = _tokens(cleaned)
    sentences: list[Sentence] = []
    begin = 0
    for i in _break_candidates(tokens, cleaned):
        tok = tokens[i]
        newline = i + 1 < len(tokens) and "\n" in cleaned[tok.end:tokens[i + 1].start]
        if _is_boundary(tokens, i, cleaned) or newline or i == len(tokens) - 1:
            end = i + 1
            while end < len(tokens) and tokens[end].text in _CLOSERS and tokens[end].text != "'" \
                    and "\n" not in cleaned[tokens[end - 1].end:tokens[end].start]:
                end += 1  # a closing quote or bracket stays with its sentence
            if end > begin:
                for part in _language_turns(tokens[begin:end]):
                    sentences.append(Sentence(len(sentences), part[0].start, part[-1].end, part))
            begin = end
    _assign_languages(sentences)
    return Text(source, cleaned, sentences)


def _language_turns(tokens: list[Token]) -> list[list[Token]]:
    """The tokens of a sentence, cut after a semicolon where the text turns from one language to the
    other, each side clearly in its own ("Il capo delle guardie odia Johnny ; the warden , Ed , is a
    religious man"); most sentences come back whole."""
    if not any(t.text == ";" for t in tokens):
        return [tokens]
    parts, start = [], 0
    for i, t in enumerate(tokens):
        if t.text == ";" and i + 1 < len(tokens):
            parts.append(tokens[start:i + 1])
            start = i + 1
    parts.append(tokens[start:])
    out = [parts[0]]
    for part in parts[1:]:
        before, after = _clear_language(out[-1]), _clear_language(part)
        if before and after and before != after:
            out.append(part)
        else:
            out[-1] = out[-1] + part
    return out


def _clear_language(tokens: list[Token]) -> str | None:
    """'en' or 'it' where the function words of ``tokens`` lean two or more to one side."""
    en, it = _language_votes(tokens)
    return "en" if en >= it + 2 else "it" if it >= en + 2 else None


def _assign_languages(sentences: list[Sentence]) -> None:
    """Each sentence's language; an undecided one takes its neighbours'."""
    guesses = [_language(s.tokens) for s in sentences]
    known = [g for g in guesses if g]
    default = max(("en", "it"), key=known.count) if known else "en"
    last = None
    for sentence, guess in zip(sentences, guesses):
        sentence.lang = guess or last or default
        last = sentence.lang
