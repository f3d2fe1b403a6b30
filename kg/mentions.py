"""Mentions stage: names, role nouns, prisons and actors found in the tokens.

Each sentence becomes a list of :class:`Unit` (a word, or a mention that
stands for several words). Parenthesised text after a mention is its actor
("Dorsey (Vera Lindholm)") and never a mention itself.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from .lexicon import Lexicon, RoleNoun, given_names, languages, load
from .text import POSSESSIVE_MARKS, Sentence, Text, Token

__all__ = ["Mention", "Unit", "SentenceUnits", "find_mentions"]

_QUOTES = frozenset({'"', "“", "”", "«", "»"})
_QUOTES_COLON = _QUOTES | {":"}
_OPENERS = _QUOTES | {":", "(", "-", "–"}  # what may stand before a sentence's first word
# Latin letters, with the accented ones of Latin-1 and of the Extended-A, Extended-B and Extended
# Additional blocks ("Sosič", "Łukasz", the "ư" of "Trương", "Nguyễn"); in those blocks capitals and small
# letters alternate, so a class takes the whole block and the token's own is_cap tells a capital
_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏḀ-ỿ"
_LOWER = "a-zß-öø-ÿĀ-ɏḀ-ỿ"
_LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ɏḀ-ỿ"
# a capital first, some lower case, and a capital after any hyphen: "Jean-Paul", not "Ex-boxer"
# (a short lower-case word may stand between capitalised parts: "Saint-Laurent-du-Maroni", "Aix-en-Provence")
_NAME_CHARS = re.compile(rf"^[{_UPPER}](?=.*[{_LOWER}])[{_LETTER}'’.]*"
                         rf"(?:-(?:[{_LOWER}]{{1,4}}-)?[{_UPPER}][{_LETTER}'’.]*)*$")
# the endings of the words for a town's or a land's people: "Glaswegian", "Milanese", "Muscovite"
_DEMONYM_ENDINGS = ("ian", "ean", "ese", "ite")
# a given name with lower-case syllables after a hyphen: "Ka-yiu", "Yun-fat" (never alone the first word
# of a name: "Ex-boxer Sam Dorsey", "U-boat")
_HYPHEN_NAME = re.compile(rf"^[{_UPPER}][{_LOWER}]+(?:-[{_LOWER}]+)+$")
# a surname with the Arabic article written before it in lower case: "al-Jundi", "el-Masri"
_ARTICLED_NAME = re.compile(rf"(?:al|el|ad|ar|as|at|az|an|ash|ud|ul)-[{_UPPER}][\w'-]*$")
# a place's name with a number after a hyphen, as camps are named: "Perm-36"
_NUMBERED_NAME = re.compile(rf"^[{_UPPER}][{_LOWER}]+-\d+$")
_ACTOR_WORD = re.compile(rf"^(?:[{_UPPER}][\w'’-]*\.?|[a-z]{{1,3}}|[A-Z]\.|-)$")
# a verb and the pronoun joined to it: "incastrarlo", "riferendogli", and the clipped "dirgli", "farla" (not the
# nouns of sellers, which end as a gerund with its pronoun would: "pescivendolo", "fruttivendola")
_CLITIC = re.compile(r"^(?!\w*vendol[oaie]$)(\w{3,}?(?:ar|er|ir)|\w{2,}?(?:ando|endo)|dir|far|dar)(lo|la|li|le|gli)$")


@dataclass(slots=True)
class Mention:
    """A stretch of a sentence that refers to a person or a prison."""

    id: int
    sent: int
    kind: str  # "name", "role" or "prison"
    start: int
    end: int
    text: str
    words: tuple[str, ...] = ()  # name tokens without titles and nickname
    nickname: str | None = None  # of a prison: another name the sentence gives the prison it named before
    titles: list[RoleNoun] = field(default_factory=list)
    honorific: str | None = None
    role: RoleNoun | None = None
    modifier: str | None = None  # "new" or "old" for a role noun
    actor: str | None = None
    char: int | None = None
    weak: bool = False  # a lone first word of a sentence: a name only if a relation needs it
    determined: bool = True  # a role noun with an article or a possessive: it can name someone
    indefinite: bool = False  # a role noun led by "a" or "un", perhaps past words: "an internal affairs investigator"
    possessor: bool = False  # "a convict's death" is one person's; "a convict's uniform" is no one's
    described: bool = False  # a noun that a relative clause of persons follows: "the spy who tells…"
    genitive: bool = False  # named only as someone's owner: "the chaplain's clerk", "the judge's wife"
    commands: bool = False  # an honorific of command: "Colonel Hollis", "il colonnello Müller"


@dataclass(slots=True)
class Unit:
    """A word, punctuation mark or mention in an abstracted sentence."""

    text: str
    start: int
    end: int
    mention: Mention | None = None


@dataclass
class SentenceUnits:
    """A sentence as units, with the lexicon of its language."""

    sentence: Sentence
    lex: Lexicon
    units: list[Unit]


def _police_names(units: list[Unit], sent: Sentence, lex: Lexicon) -> list[Unit]:
    """The units with a police force's capitalised name made the one word for the police
    that ends it, so that the rules read "tipped off the Dublin Metropolitan Police" as
    tipping off the police."""
    bodies = lex.word("police_bodies")
    if bodies.isdisjoint(sent.lowers):
        return units  # the common case
    caps = {t.start for t in sent.tokens if t.is_cap}
    articles = lex.word("articles")
    out: list[Unit] = []
    for u in units:
        if u.mention is None and u.text in bodies and u.start in caps:
            k = len(out)
            while k and out[k - 1].mention is None and out[k - 1].start in caps \
                    and out[k - 1].text.isalpha() and out[k - 1].text not in articles:
                k -= 1
            if k < len(out):
                u = Unit(u.text, out[k].start, u.end)
                del out[k:]
        out.append(u)
    return out


def _paren_end(tokens, i: int) -> int:
    """Index after a parenthesis opened at ``i``; an unclosed one (wiki residue
    such as "([[Emil Tarr  warns") ends at a comma, a double space or 4 words."""
    for j in range(i + 1, min(i + 60, len(tokens))):
        if tokens[j].text == ")":
            return j + 1
        if tokens[j].text == "(":
            break
    for j in range(i + 1, min(i + 13, len(tokens))):
        if tokens[j].text in ",;." and j - i > 1:
            return j
    return min(i + 5, len(tokens))


def _actor(tokens, i: int, end: int, text: str, leads: frozenset[str] = frozenset()) -> str | None:
    """The actor named inside a parenthesis, if it looks like a name. ``leads``: words that
    may come before the name, saying the actor plays another part too ("also played by")."""
    inner = [t for t in tokens[i + 1:end] if t.text != ")"]
    if tokens[end - 1].text != ")":  # unclosed: the name ends at a double space
        for k in range(1, len(inner)):
            if "  " in text[inner[k - 1].end:inner[k].start]:
                inner = inner[:k]
                break
    if inner and not inner[0].is_cap and leads:
        n = next((n for n in (3, 2, 1) if len(inner) > n
                  and " ".join(t.lower for t in inner[:n]) in leads), 0)
        inner = inner[n:]
    if not inner or not inner[0].is_cap:
        return None
    # the full stop of an initial or an abbreviation belongs to the name: "Miguel A. Núñez Jr.";
    # a nickname in quotes too: 'Randall "Tex" Cobb'
    words = [t for k, t in enumerate(inner)
             if t.text != "." or not k or not inner[k - 1].is_cap or len(inner[k - 1].text) > 3]
    quoted = [t for t in words if t.text in _QUOTES]
    words = [t for t in words if t.text not in _QUOTES]
    if len(words) > 5 or len(quoted) % 2 or not all(_ACTOR_WORD.match(t.text) for t in words):
        return None
    return text[inner[0].start:inner[-1].end]


def _paired_actors(actor: str, units: list[Unit], owner: Mention, lex: Lexicon) -> list[tuple[Mention, str]]:
    """Who plays whom when a parenthesis names two actors: "Chuck and Bobby (Ada Brill and
    Leo Gori)" pairs them in order; [] when the parenthesis does not name two, and the
    pair alone when it names two after one person, which leaves that person without one."""
    for joiner in lex.word("coordinators"):
        parts = actor.split(f" {joiner} ")
        if len(parts) == 2 and all(p[:1].isupper() for p in parts):
            if len(units) >= 3 and units[-1].mention is owner and units[-2].text in lex.word("coordinators"):
                first = units[-3].mention
                if first is not None and first.kind in ("name", "role") and first.actor is None:
                    return [(first, parts[0]), (owner, parts[1])]
            return [(owner, "")]
    return []


def _actor_owner(units: list[Unit], lex: Lexicon) -> Mention | None:
    """The person a parenthesis follows: the last mention, looking past a prison
    named after a role ("Il direttore del carcere di Val Nera (Leo Gori)",
    "The governor of the borstal (Rex Keel)")."""
    skip = lex.union("prepositions", "articles", "prison_heads", "prison_nouns")
    for u in reversed(units[-5:]):
        m = u.mention
        if m is not None and m.kind in ("name", "role"):
            return m
        if not (m is not None and m.kind == "prison") and u.text not in skip:
            return None
    return None


def _actor_run(toks, lex: Lexicon, k: int) -> int | None:
    """End of an actor's name written out in the text from k, of one to five words, with
    lower-case particles inside it ("Alberto de Mendoza"); None when no capital opens one."""
    if k >= len(toks) or not toks[k].is_cap or not _ACTOR_WORD.match(toks[k].text):
        return None
    particles = lex.union("particles", "leading_particles")
    j = k + 1
    while j < len(toks) and j - k < 5 and (
            (toks[j].is_cap and _ACTOR_WORD.match(toks[j].text))
            or (toks[j].lower in particles and j + 1 < len(toks) and toks[j + 1].is_cap)):
        j += 1
    return j


def _credits(toks, lex: Lexicon) -> tuple[dict[int, tuple[int, str | None]], dict[int, str]]:
    """Actors a sentence credits outside parentheses. Returns the spans of words that name
    them, {start: (end, actor)}, where ``actor`` is set when it plays the person before the
    span ("Ned Pryor , played by Rex Keel"); and the parts, {start of the part: actor}, for
    "stars Rex Keel as Ned Pryor , and Al Moss as Lew Hatch"."""
    spans: dict[int, tuple[int, str | None]] = {}
    parts: dict[int, str] = {}
    for i in range(len(toks)):
        if toks[i].lower not in lex.credit_first:
            continue  # the common case
        width = _phrase_width(toks, lex, "credit_bys", i)
        if width:
            end = _actor_run(toks, lex, i + width)
            if end is not None:
                spans[i] = (end, " ".join(t.text for t in toks[i + width:end]))
            continue
        if toks[i].lower not in lex.word("cast_leads"):
            continue
        k, part = i + 1, None
        bullet = i == 0 and toks[i].text == "*"  # a line of a cast list: "* Rex Keel as Ned", "* Rex Keel: Ned"
        while k is not None:
            end = _actor_run(toks, lex, k)
            width = _phrase_width(toks, lex, "cast_as", end) if end is not None else 0
            if bullet and not width and end is not None and end < len(toks) and toks[end].text == ":":
                width = 1
            if not width:
                break
            part = end + width
            if part >= len(toks) or not (toks[part].is_cap or toks[part].lower in lex.word("articles")):
                break
            spans[k] = (part, None)
            parts[part] = " ".join(t.text for t in toks[k:end])
            # the next pair of the list, after a comma or "and": ", and Al Moss as Lew Hatch"
            k = None
            for j in range(part + 1, min(part + 12, len(toks) - 1)):
                if toks[j].text in ".;:":
                    break
                if toks[j].text == "," or toks[j].lower in lex.word("coordinators"):
                    nxt = j + 2 if toks[j + 1].lower in lex.word("coordinators") else j + 1
                    run = _actor_run(toks, lex, nxt)
                    if run is not None and _phrase_width(toks, lex, "cast_as", run):
                        k = nxt
                        break
        if part is not None:
            spans.update(_cast_tail(toks, lex, part))
    return spans, parts


def _cast_tail(toks, lex: Lexicon, part: int) -> dict[int, tuple[int, None]]:
    """The actors listed without parts after the pairs of a cast: "stars Rex Keel as Ned
    Pryor , a miner , with Al Moss and Ada Brill ." The list must run to the sentence's end,
    names joined by commas and "and" only; else no span."""
    withs, joins = lex.word("cast_withs"), lex.word("coordinators")
    k = next((j + 1 for j in range(part + 1, len(toks) - 1)
              if toks[j].lower in withs and toks[j - 1].text == ","), None)
    spans: dict[int, tuple[int, None]] = {}
    while k is not None and k < len(toks):
        end = _actor_run(toks, lex, k)
        if end is None:
            return {}
        spans[k] = (end, None)
        if end >= len(toks) or toks[end].text in ".;":
            return spans
        if toks[end].text != "," and toks[end].lower not in joins:
            return {}
        k = end + 1
        if toks[end].text == "," and k < len(toks) and toks[k].lower in joins:
            k += 1  # ", and Ada Brill"
    return {}


def _credit_owner(units: list[Unit], lex: Lexicon) -> Mention | None:
    """The person a credit outside parentheses follows: "Ned Pryor , played by", "Ned
    Pryor , who is played by", "Ned Pryor , a typesetter played by"."""
    k = len(units)
    links = lex.union("copulas", "relatives")
    while k and units[k - 1].mention is None and (units[k - 1].text == "," or units[k - 1].text in links):
        k -= 1
    if k and units[k - 1].mention is None:  # an apposition with its article: ", a train driver"
        j = k
        while j and k - j < 4 and units[j - 1].mention is None and units[j - 1].text.isalpha() \
                and units[j - 1].text not in lex.word("articles"):
            j -= 1
        if not (j >= 3 and units[j - 1].text in lex.word("articles") and units[j - 2].text == ","):
            return None
        k = j - 2
    m = units[k - 1].mention if k else None
    return m if m is not None and m.kind in ("name", "role") else None


def _plain_words(lex: Lexicon) -> set[str]:
    """The lexicon's cache of lower-case words known to be plain; bounded."""
    cache = lex.plain_words
    if len(cache) > 200_000:
        cache.clear()
    return cache


@lru_cache(maxsize=1)
def _any_not_names() -> frozenset[str]:
    """The words that name no one in any language: a title in one language may sit in a sentence of the other."""
    return frozenset().union(*(load(lang).word("not_names") for lang in languages()))


def _phrase_width(toks: list[Token], lex: Lexicon, name: str, i: int) -> int:
    """How many words the longest phrase of list ``name`` at i holds, a word still
    following it ("Regimental Sergeant Major Hatch": 3 for the honorifics), or 0 (also past the last word)."""
    if i >= len(toks):
        return 0
    for words in lex.phrases(name).get(toks[i].lower, ()):
        n = len(words)
        if i + n < len(toks) and (n == 1 or tuple(t.lower for t in toks[i:i + n]) == words):
            return n
    if "-" in toks[i].lower and i + 1 < len(toks):
        # a title joined to the body it belongs to: "SS-Hauptsturmführer Ernst Keller"
        last = toks[i].lower.rsplit("-", 1)[1]
        if any(len(words) == 1 for words in lex.phrases(name).get(last, ())):
            return 1
    return 0


def _particle_inside_name(toks: list[Token], lex: Lexicon, k: int) -> bool:
    """True for a particle at k that a place's name goes on after ("Rocca di Papa", "San Lorenzo al
    Monte"), not one that opens the town after a prison's name ("istituto di rieducazione Moresco
    di Torino")."""
    return toks[k].lower in lex.union("particles", "place_particles") and k + 1 < len(toks) and toks[k + 1].is_cap \
        and toks[k + 1].lower not in lex.word("place_names")


def _film_qualifier(sent: Sentence, lex: Lexicon, k: int) -> bool:
    """True for capitals between a film's year and its noun, which tell where it was made:
    "a 1979 West German drama film", "a 2004 Hong Kong action film"."""
    toks = sent.tokens
    j = k
    while j > 0 and toks[j - 1].is_cap:
        j -= 1
    if j < 2 or not (len(toks[j - 1].text) == 4 and toks[j - 1].text.isdigit()) \
            or toks[j - 2].lower not in lex.word("indefinite_articles"):
        return False
    films = lex.word("film_nouns")
    return any(t.lower in films for t in toks[k + 1:k + 5])


def _phrase_before(toks: list[Token], phrases: frozenset[str], k: int) -> bool:
    """True when one of ``phrases``, of up to three words, ends right before token k:
    "directed by", "named", "posing as"."""
    if not k or toks[k - 1].lower not in _last_words(phrases):
        return False  # the common case
    return any(n <= k and " ".join(t.lower for t in toks[k - n:k]) in phrases for n in (1, 2, 3))


@lru_cache(maxsize=64)
def _last_words(phrases: frozenset[str]) -> frozenset[str]:
    """The words that end ``phrases`` (computed once per list)."""
    return frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


class _Finder:
    """Finds mentions in one summary."""

    def __init__(self, text: Text):
        self.text = text
        self.mentions: list[Mention] = []
        self.lexicons = {lang: load(lang) for lang in {s.lang for s in text.sentences}}
        # Capitalised words seen inside sentences, and lower-case words seen anywhere:
        # a capitalised first word of a sentence is a name only if it is seen inside one.
        # A quote before a word hides whether it opens a sentence, unless a name stands before
        # the quote: 'Eddie "Slim" Kowalski' shows that "Slim" is a name.
        self.inner_caps = Counter(t.text for s in text.sentences
                                  for before, prev, t in zip([None, *s.tokens], s.tokens, s.tokens[1:])
                                  if t.is_cap and (prev.text not in _QUOTES_COLON
                                                   or (prev.text in _QUOTES and before is not None
                                                       and before.is_cap)))
        self.lower_words = {t.text for s in text.sentences for t in s.tokens if not t.is_cap}
        self.hyphen_names: set[str] = set()
        self.initial_names: set[str] = set()  # names of initials alone, "J.D.", once an actor followed one
        self.prison_names: set[str] = set()
        # role nouns the text used in another sense ("il direttore del quotidiano"), by role and word:
        # a later bare use of that word is that sense too, until the text uses its role form ("il
        # direttore del carcere"); another word of the same role keeps the role ("un sorvegliante dello
        # stabilimento ... la guardia")
        self.other_sense: set[tuple[str, str]] = set()
        self.prison_spans: dict[tuple[int, int], int] = {}  # (sentence, token) -> end of a prison name
        self.prison_nicknames: set[tuple[int, int]] = set()  # the spans that name the prison named before
        self.title_ends: dict[int, int | None] = {}  # sentence -> end of the film's title it opens with
        self.cores: list[list[str]] = []
        self.prison_first = {lang: lex.prison_first for lang, lex in self.lexicons.items()}
        # the lower-case words a prison's name may open with: a prison noun's, or a fortress's
        # ("il forte di Jilava", where the sentence tells of cells)
        self.prison_starts = {lang: lex.prison_first | lex.union("fortress_leads", "foreign_prison_leads")
                              for lang, lex in self.lexicons.items()}
        self.plain = {lang: _plain_words(lex) for lang, lex in self.lexicons.items()}
        # a British prison ("HM Prison", "warders", "borstal") is headed by its governor, so a
        # bare "the governor" there is the warden, whoever the text first calls so
        self.british = any(lex.any_phrase_in(text.words, "british_signs") for lex in self.lexicons.values()) \
            or any(_british_film(sent, self.lexicons[sent.lang]) for sent in text.sentences[:2])

    def find_prisons(self, sent: Sentence) -> None:
        """Learn the prison names of a sentence, so that a short form seen earlier is known."""
        lex = self.lexicons[sent.lang]
        starts = self.prison_starts[sent.lang]
        for i in [k for k, tok in enumerate(sent.tokens) if tok.is_cap or tok.lower in starts]:
            end = self.prison_run(sent, lex, i)
            if end and not self._ends_film_title(sent, lex, i, end):
                toks = sent.tokens
                self.prison_spans[(sent.index, i)] = end
                self.prison_names.add(self.text.cleaned[toks[i].start:toks[end - 1].end])
        self._prison_nicknames(sent, lex)
        self._quoted_prison_nickname(sent, lex)

    def _ends_film_title(self, sent: Sentence, lex: Lexicon, i: int, end: int) -> bool:
        """True for a prison's name at i, after capitals only, that ends the title the sentence opens
        with: "Hell's Gate Territorial Prison is a 1949 Western film" names no prison of the story."""
        return i < 6 and all(t.is_cap or t.text in POSSESSIVE_MARKS for t in sent.tokens[:i]) \
            and end == self._opening_title_end(sent, lex)

    def _opening_title_end(self, sent: Sentence, lex: Lexicon) -> int | None:
        """End of the title that opens the sentence, where the sentence calls it a film: capitals,
        perhaps with numbers, possessives and small words among them ("Hard Time at Westmoor is a
        1978 film", "Hell's Gate Territorial Prison is a 1949 Western film"); else None. Found once
        for each sentence."""
        if sent.index not in self.title_ends:
            toks = sent.tokens
            small = lex.union("prepositions", "articles", "coordinators", "particles")
            k = 0
            while k < min(len(toks), 12) and (toks[k].is_cap or toks[k].text.isdigit()
                                              or toks[k].text in POSSESSIVE_MARKS or toks[k].lower in small):
                k += 1
            self.title_ends[sent.index] = k if k and toks[k - 1].is_cap and self._film_title(sent, lex, k) else None
        return self.title_ends[sent.index]

    def _prison_nicknames(self, sent: Sentence, lex: Lexicon) -> None:
        """Learn the name a sentence gives a prison it has just named: "the jail its prisoners
        call the Tombs", "Hoa Lo , che i prigionieri chiamano per scherno Hanoi Hilton", perhaps
        in quotes ("che i prigionieri chiamano « Oranjehotel »")."""
        toks = sent.tokens
        namers = lex.word("prison_namers")
        if lex.phrases("prison_namers").keys().isdisjoint(sent.lowers):
            return  # the common case
        ends = [end for (s, _k), end in self.prison_spans.items() if s == sent.index]
        ends += [k + 1 for k, t in enumerate(toks) if t.lower in lex.word("prison_nouns")]
        # a noun of two words: "a clandestine detention center known as La Perla"
        ends += [k + 2 for k in range(len(toks) - 1)
                 if f"{toks[k].lower} {toks[k + 1].lower}" in lex.word("prison_nouns")]
        if not ends:
            return
        for k, tok in enumerate(toks):
            if not tok.is_cap or not k or toks[k - 1].is_cap or (sent.index, k) in self.prison_spans:
                continue
            back = k - 1 if toks[k - 1].lower in lex.word("definite_articles") else k
            if back > 1 and toks[back - 1].text in _QUOTES:
                back -= 1  # the name in quotes: "che i prigionieri chiamano « il Pozzo »"
            for v in (back, back - 1, back - 2):  # a word or two may come between: "per scherno"
                if v < 2 or not all(t.text.isalpha() and not t.is_cap for t in toks[v:back]):
                    break
                # nothing between but a clause's words: not "Val Nera un detenuto chiamato Nedo", nor a
                # person's full name ("l'agente penitenziario Leo Gori , detto Baiano")
                if _phrase_before(toks, namers, v) and any(
                        0 <= v - 1 - e <= 5 and all(t.text not in ".;:" and t.lower not in lex.role_index
                                                    and t.lower not in lex.word("indefinite_articles")
                                                    and not (t.is_cap and toks[x + 1].is_cap)
                                                    for x, t in enumerate(toks[e:v], e)) for e in ends):
                    end = _caps_end(toks, k)
                    self.prison_spans[(sent.index, k)] = end
                    self.prison_nicknames.add((sent.index, k))
                    self.prison_names.add(self.text.cleaned[tok.start:toks[end - 1].end])
                    break

    def _quoted_prison_nickname(self, sent: Sentence, lex: Lexicon) -> None:
        """Learn the quoted name that an apposition gives a prison just named: "Lecumberri
        Palace , the notorious " Black Palace " ,"."""
        toks = sent.tokens
        if _QUOTES.isdisjoint(sent.lowers):
            return  # the common case
        ends = [self.prison_spans[(sent.index, k)] for k in range(len(toks)) if (sent.index, k) in self.prison_spans]
        for end in ends:  # the sentence's own prison names, not every one the text has had
            if end + 3 >= len(toks) or toks[end].text != "," \
                    or toks[end + 1].lower not in lex.word("definite_articles"):
                continue
            j = end + 2
            while j < len(toks) and j - end < 5 and toks[j].text.isalpha() and not toks[j].is_cap:
                j += 1  # "the notorious", "the so-called"
            if j + 1 < len(toks) and toks[j].text in _QUOTES and toks[j + 1].is_cap:
                stop = _caps_end(toks, j + 1)
                if stop < len(toks) and toks[stop].text in _QUOTES:
                    self.prison_spans[(sent.index, j + 1)] = stop
                    self.prison_nicknames.add((sent.index, j + 1))
                    self.prison_names.add(self.text.cleaned[toks[j + 1].start:toks[stop - 1].end])

    def prison_cores(self) -> None:
        """The capitalised words of each prison name, longest names first, for short forms; then
        the names without a word of place that opens them ("Devoto" of "Villa Devoto")."""
        cores = [[w for w in name.split() if w[:1].isupper()]
                 for name in sorted(self.prison_names, key=lambda n: (-len(n), n))]
        leads = frozenset().union(*(lex.word("dropped_leads") for lex in self.lexicons.values()))
        self.cores = cores + [core[1:] for core in cores if len(core) > 1 and core[0].lower() in leads]

    def add(self, sent: Sentence, kind: str, first: int, last: int, **kw) -> Mention:
        toks = sent.tokens
        m = Mention(len(self.mentions), sent.index, kind, toks[first].start, toks[last - 1].end,
                    self.text.cleaned[toks[first].start:toks[last - 1].end], **kw)
        self.mentions.append(m)
        return m

    # -- role nouns ---------------------------------------------------------
    @staticmethod
    def _role_form(lex: Lexicon, lowers: list[str], i: int) -> bool:
        """True when the word at i opens a role noun of two words or more: "Prison Officer"."""
        return any(len(form) > 1 and tuple(lowers[i:i + len(form)]) == form
                   for _noun, forms in lex.role_index.get(lowers[i], ()) for form in forms)

    def role_at(self, sent: Sentence, lex: Lexicon, i: int) -> tuple[RoleNoun, int] | None:
        toks = sent.tokens
        nouns = lex.role_index.get(toks[i].lower)
        if nouns is None:
            return None  # the common case
        if i and toks[i].lower in lex.word("verb_like_roles") and toks[i - 1].lower in lex.word("verb_markers"):
            return None  # a verb: "to convict Ned", "agrees to spy"
        if toks[i].lower in lex.word("verb_role_forms") and i + 1 < len(toks) \
                and (toks[i + 1].is_cap or toks[i + 1].lower in lex.word("articles")) \
                and not (i and toks[i - 1].lower in lex.union("articles", "prepositions", "possessives")):
            return None  # a verb with its object: "Leo spia Ugo", "spia i compagni"
        lowers = sent.lowers
        best = None  # the longest form of any noun: "comandante del campo" before "comandante"
        for noun, forms in nouns:
            for form in forms:
                n = len(form)
                if best is not None and n <= best[1] - i:
                    break
                if n > 1 and (i + 1 >= len(lowers) or lowers[i + 1] != form[1] or tuple(lowers[i:i + n]) != form):
                    continue
                if noun.not_followed_by and i + n < len(toks):
                    rest = self.text.cleaned[toks[i + n - 1].end:toks[i + n - 1].end + 60]
                    if noun.not_followed_by.match(rest):
                        self.other_sense.add((noun.key, lowers[i]))
                        continue
                if noun.not_preceded_by and i and noun.not_preceded_by.search(
                        self.text.cleaned[max(0, toks[i].start - 40):toks[i].start]):
                    self.other_sense.add((noun.key, lowers[i]))
                    continue
                best = (noun, i + n)
                break
        if best is not None and best[0].role == "warden" and best[1] - i == 1 and self._someone_s_head(sent, lex, i):
            self.other_sense.add((best[0].key, lowers[i]))  # "il direttore" after it is the same man
            return None
        if best is not None and best[0].role == "warden" and best[1] - i == 1 \
                and any(at < (sent.index, i) for at in self.directed_elsewhere) \
                and not self._of_prison(sent, lex, best[1]) and not self._where_prison(sent, lex, i):
            # "la banca , diretta dal commendator Gori … il direttore accusa": the bank's man, no warden
            self.other_sense.add((best[0].key, lowers[i]))
            return None
        if best is not None and (sense := (best[0].key, lowers[i])) in self.other_sense:
            # the same word only: "un sorvegliante dello stabilimento" leaves "la guardia" a guard
            if best[1] - i == 1 and not self._of_prison(sent, lex, best[1]) and not self._where_prison(sent, lex, i):
                return None  # "il direttore del quotidiano ... il direttore": the same man, no warden
            # "il direttore del carcere", "il carcere di Valnera , dove il direttore": the prison's from now on
            self.other_sense.discard(sense)
        if best is not None and best[0].short_for and i >= 2 and toks[i - 1].text in POSSESSIVE_MARKS \
                and (sent.index, i - 2) not in self.prison_spans \
                and toks[i - 2].lower not in lex.union("prison_nouns", "prison_heads", "prison_tails"):
            return None  # the head of something else: "the home 's director", not a prison's
        if best is not None and best[0].short_for and (self.british or self._of_prison(sent, lex, best[1])
                                                       or self._where_prison(sent, lex, i)):
            return lex.role_named(best[0].short_for), best[1]
        return best

    def _someone_s_head(self, sent: Sentence, lex: Lexicon, i: int) -> bool:
        """True for a head's noun at i after a possessive, before the text has named a prison or
        used a word for one: "il giornalista Nikos … il suo direttore" is his editor, no warden."""
        return i > 0 and sent.tokens[i - 1].lower in lex.word("possessives") \
            and (sent.index, i) <= min([*self.prison_spans, self.first_prison_word])

    @cached_property
    def directed_elsewhere(self) -> list[tuple[int, int]]:
        """(sentence, token) of each participle that says who directs something other than a prison, after a
        comma: "la filiale della banca , diretta dal commendator Leo Gori" (not "il carcere di Valnera , diretto
        dal cavalier Ugo Sarri", nor a film "diretto da" its maker, which no comma sets off)."""
        out = []
        for sent in self.text.sentences:
            lex = self.lexicons[sent.lang]
            toks = sent.tokens
            directed = lex.word("directed_participles")
            if not directed or directed.isdisjoint(sent.lowers):
                continue
            signs = lex.union("prison_nouns", "prison_heads", "prison_signs", "film_nouns")
            for k, tok in enumerate(toks):
                if tok.lower not in directed or k < 2 or toks[k - 1].text != "," or k + 1 >= len(toks) \
                        or toks[k + 1].lower not in lex.word("agent_prepositions"):
                    continue
                start = next((j + 1 for j in range(k - 2, -1, -1) if toks[j].text in ",;:"), 0)
                if not any(t.lower in signs or (sent.index, j) in self.prison_spans
                           for j, t in enumerate(toks[start:k - 1], start)):
                    out.append((sent.index, k))
        return out

    @cached_property
    def first_prison_word(self) -> tuple[int, int]:
        """(sentence, token) of the first word for a prison, a cell or inmates the text uses, or
        past its end when there is none."""
        for sent in self.text.sentences:
            signs = self.lexicons[sent.lang].union("prison_nouns", "prison_heads", "prison_signs")
            for k, tok in enumerate(sent.tokens):
                if tok.lower in signs:
                    return sent.index, k
        return len(self.text.sentences), 0

    def _where_prison(self, sent: Sentence, lex: Lexicon, i: int) -> bool:
        """True when the noun at i opens a clause of place right after a prison's name or noun:
        "the Cândido Mendes penal colony on Ilha Grande , where the director , Colonel Falcão ,", also with a
        word between the article and the noun: "where the military governor , Colonel Hatch ,"; or the main
        clause of a sentence that opens in the prison: "In the prison of Porto Longone , the director ,"."""
        toks = sent.tokens
        if i > 4 and toks[i - 1].text.isalpha() and toks[i - 1].text.islower() \
                and toks[i - 1].lower not in lex.word("definite_articles") \
                and toks[i - 2].lower in lex.word("definite_articles"):
            i -= 1  # "the military governor": past the one word before the noun
        nouns = lex.union("prison_nouns", "prison_heads", "prison_tails")
        if 3 <= i <= 10 and toks[i - 1].lower in lex.word("definite_articles") and toks[i - 2].text == "," \
                and toks[0].lower in lex.word("locatives") \
                and all(t.text.isalpha() or t.text in "'’" for t in toks[1:i - 2]):
            # a sentence that opens in the prison: "In the prison of Porto Longone , the director , Dr. Rex ,"
            return any((sent.index, k) in self.prison_spans or toks[k].lower in nouns for k in range(1, i - 2))
        if i < 4 or toks[i - 1].lower not in lex.word("definite_articles") \
                or toks[i - 2].lower not in lex.word("where_words") or toks[i - 3].text != ",":
            return False
        return any((sent.index, k) in self.prison_spans or toks[k].lower in nouns for k in range(max(0, i - 10), i - 3))

    def _of_prison(self, sent: Sentence, lex: Lexicon, end: int) -> bool:
        """True when "of" and a prison's name, or a word for a prison, follow the noun ending at
        ``end``: "the governor of Durham" or "il governatore del carcere" heads a prison, not a state."""
        toks = sent.tokens
        if end + 1 >= len(toks) or toks[end].lower not in lex.word("genitives"):
            return False
        k = end + 2 if toks[end + 1].lower in lex.word("definite_articles") and end + 2 < len(toks) else end + 1
        return (sent.index, k) in self.prison_spans or bool(self._prison_alias(sent, k)) \
            or bool(self._known_prison(sent, lex, k)) or toks[k].lower in lex.word("prison_nouns")

    def _determiner(self, sent: Sentence, lex: Lexicon, i: int) -> str | None:
        """The determiner before the noun at i, past adjectives but no preposition or mark."""
        dets = lex.union("articles", "possessives", "determiners")
        stop = lex.word("prepositions")
        for k in range(i - 1, max(-1, i - 1 - (4 if lex.lang == "en" else 2)), -1):
            low = sent.tokens[k].lower
            if low in lex.word("quantifiers"):
                return None  # "sends each detective a tip", "a ogni detenuto": anyone of the kind
            if low in dets:
                return low
            if low in stop or not low[:1].isalpha():
                return None
        return None

    @staticmethod
    def _after_time_preposition(sent: Sentence, lex: Lexicon, k: int) -> bool:
        """True for the word right after "during" or "during the", and for the words of a run of
        capitals after "during the" up to a word that names a time: "During Prohibition Stan…",
        "During the Emergency", "during the Bhopal Disaster" (not "Durante la Liberazione Ugo Sarri")."""
        toks = sent.tokens
        if k and toks[k - 1].lower in lex.word("time_prepositions"):
            return True
        first = k
        while first and toks[first - 1].is_cap:
            first -= 1
        if first < 2 or toks[first - 1].lower not in lex.word("articles") \
                or toks[first - 2].lower not in lex.word("time_prepositions"):
            return False
        if k == first:
            return True
        end = k
        while end < len(toks) and toks[end].is_cap and toks[end].lower not in lex.word("era_nouns"):
            end += 1
        return end < len(toks) and toks[end].is_cap  # an era's word at or after k ends the time's name

    # -- names ---------------------------------------------------------------
    def is_name_word(self, sent: Sentence, lex: Lexicon, k: int, in_run: bool = False) -> bool | str:
        """True for a word of a name, "weak" for a first word of a sentence that
        may be a name (kept only if a relation needs it), False otherwise."""
        tok = sent.tokens[k]
        if not tok.is_cap:
            return False
        if "-" in tok.text and _any_not_names().issuperset(tok.lower.split("-")):
            return False  # "a French-American film": every part is no name, in either language
        if not _NAME_CHARS.match(tok.text):
            return tok.text in self.hyphen_names or bool((in_run or self._played_alone(sent, k))
                                                         and _HYPHEN_NAME.match(tok.text))
        low = tok.lower
        if low in lex.word("prepositions") and k and sent.tokens[k - 1].text not in _OPENERS \
                and k + 1 < len(sent.tokens) and (sent.tokens[k + 1].text == "(" or (
                    sent.tokens[k + 1].is_cap and _NAME_CHARS.match(sent.tokens[k + 1].text))):
            # "la guardia Nello Corsi", "Lady Di (Ada Brill)": a capital inside a sentence, before
            # a name or an actor, makes a name of a preposition
            return True
        if low in lex.union("articles", "prepositions", "subject_pronouns", "possessives"):
            return False
        if self._after_time_preposition(sent, lex, k) and not self._owner_run(sent, k):
            return False  # an era, not a person: "During Prohibition Stan…" (but "during Rex's trial")
        if k and low in lex.word("day_tails") and sent.tokens[k - 1].is_cap \
                and sent.tokens[k - 1].lower in lex.word("not_names"):
            return False  # the day of a feast or a week: "Christmas Eve", "Easter Sunday"
        if low in lex.union("not_names", "place_names"):
            # but "Tonino Russo": a capitalised word right after a name is a surname (not after a lone
            # surname of a name an actor plays: "teaches Hayama English slang", after "Kenji Hayama (…)")
            return bool(in_run and k and sent.tokens[k - 1].is_cap and not self._lone_surname(sent, k - 1)) \
                or self._first_name_of(sent, lex, k) \
                or self._after_namer(sent, lex, k) \
                or ((tok.text in self.word_names or tok.text in self.played_last_words) and k > 0
                    and sent.tokens[k - 1].text not in _OPENERS) \
                or tok.text in self.played_names
        if not in_run and self._named_after_place(sent, lex, k):
            return False  # a body or a building that a place's name opens: "the Chicago Ledger", "Dublin Castle"
        initial = k == 0 or sent.tokens[k - 1].text in _OPENERS
        if not in_run and not initial and (self._attributive(sent, lex, k) or _film_qualifier(sent, lex, k)
                                           or _place_before_title(sent, lex, k)):
            return False
        if not in_run and _paired_qualifier(sent, lex, k):  # (the second after a dash, which opens a clause)
            return False
        if in_run or not initial or self.inner_caps[tok.text]:
            return True
        # a first word is a name when its actor or a known name follows it
        nxt = sent.tokens[k + 1] if k + 1 < len(sent.tokens) else None
        if nxt is None or low in self.lower_words:
            return False
        if nxt.text == "(" or nxt.text in _QUOTES or (
                nxt.is_cap and self.inner_caps[nxt.text] > 0 and nxt.lower not in lex.word("not_names")):
            return True
        if nxt.lower in lex.word("coordinators") and k + 3 < len(sent.tokens) and sent.tokens[k + 2].is_cap \
                and sent.tokens[k + 3].text == "(" and sent.tokens[k + 2].lower not in lex.word("not_names"):
            return True  # two names, then their actors: "Chuck and Bobby (Ada Brill and Leo Gori)"
        if not nxt.is_cap and nxt.lower in lex.word("particles") and k + 3 < len(sent.tokens) \
                and sent.tokens[k + 2].is_cap and sent.tokens[k + 3].text == "(":
            return True  # a surname with its particle, then the actor: "Giulia di Sante (Ada Brill)"
        if nxt.text in POSSESSIVE_MARKS and tok.text in self.first_names:
            return True  # the first word of a full name met before: "Rex 's only ally", after "Rex Keel"
        if nxt.text == "," and (self._described_opener(sent, lex, k) or (
                k + 2 < len(sent.tokens) and sent.tokens[k + 2].lower in lex.word("person_relatives"))):
            return True
        # a name is followed by its verb; a verb that opens a sentence by its object or a preposition
        # ("Locked up as the condemned man , Ernest protests": a verb and its particle)
        function_words = lex.union("articles", "prepositions", "possessives", "clause_openers", "object_pronouns",
                                   "verb_particles")
        if nxt.is_cap or nxt.lower in function_words or not nxt.text[:1].isalpha():
            return False
        return "weak"

    def _named_after_place(self, sent: Sentence, lex: Lexicon, k: int) -> bool:
        """True for a capitalised word at k right after a place's name that the two make a name
        of: after "the" ("the Chicago Ledger , a daily"), or where the capitals end at a mark or a
        function word ("an agent of Dublin Castle ,"), not at a verb ("In Chicago Rex meets Ned"),
        and no full name or actor makes a person of it ("In Libya Ned Pryor meets")."""
        toks = sent.tokens
        if not k or not toks[k - 1].is_cap or toks[k - 1].lower not in lex.word("place_names") \
                or toks[k].text in self.first_names or self._played_alone(sent, k):
            return False
        if k > 1 and toks[k - 2].lower in lex.word("definite_articles"):
            return True
        return _caps_end(toks, k) == k + 1 and self._bare_place(toks, lex, k)  # the word ends the capitals

    def _played_alone(self, sent: Sentence, k: int) -> bool:
        """True for a word that an actor in parentheses follows: "his daughter Ye-seung (Kal
        So-won)" makes a name of the hyphenated word."""
        toks = sent.tokens
        return k + 1 < len(toks) and toks[k + 1].text == "(" \
            and _actor(toks, k + 1, _paren_end(toks, k + 1), self.text.cleaned) is not None

    def _attributive(self, sent: Sentence, lex: Lexicon, k: int) -> bool:
        """True for a word of a people that qualifies the plain word after it, in a phrase an
        indefinite article opens: "a cheerful Glaswegian burglar", "a Milanese tailor", or of a
        creed or a party the text writes nowhere else: "an ex-Social Democrat deputy". A
        person's name takes no "a" ("a certain Rex" names him; "a fellow inmate Rex" is an
        apposition, as a role noun stands between)."""
        toks = sent.tokens
        if k + 2 < len(toks) and toks[k + 1].text == "," and toks[k + 2].is_cap and not toks[k].lower.endswith("s"):
            # or the people a name after the comma belongs to: "a young Somali , Abdi Warsame"
            return self._after_indefinite(toks, lex, k)
        if not (toks[k].lower.endswith(_DEMONYM_ENDINGS) or self.capital_pairs[(None, toks[k].text)] == 1) \
                or k + 1 >= len(toks) or toks[k + 1].is_cap or not toks[k + 1].text.isalpha():
            return False
        return self._after_indefinite(toks, lex, k)

    @staticmethod
    def _after_indefinite(toks: list, lex: Lexicon, k: int) -> bool:
        """True when an indefinite article stands before the word at k, past at most two plain
        words that are no role noun of one word or word of naming: "a cheerful Glaswegian"."""
        for j in range(k - 1, max(k - 4, -1), -1):
            low = toks[j].lower
            if low in lex.word("indefinite_articles"):
                return True
            if toks[j].is_cap or not low.replace("-", "").isalpha() \
                    or any(len(form) == 1 for _noun, forms in lex.role_index.get(low, ()) for form in forms) \
                    or low in lex.union("namers", "vague_namers", "prepositions", "coordinators",
                                        "clause_openers", "object_pronouns", "copulas"):
                return False
        return False

    @staticmethod
    def _after_namer(sent: Sentence, lex: Lexicon, k: int) -> bool:
        """True for a word that a word of naming introduces, which is a name whatever else
        it may mean: "a convict named Dutch", "un detenuto di nome Lunedì"."""
        return _phrase_before(sent.tokens, lex.word("namers"), k)

    @staticmethod
    def _owner_run(sent: Sentence, k: int) -> bool:
        """True when the capitalised words from k on end in a possessive: "Rex Keel 's"."""
        toks = sent.tokens
        k = _caps_end(toks, k)
        return k < len(toks) and toks[k].text in POSSESSIVE_MARKS

    @staticmethod
    def _described_opener(sent: Sentence, lex: Lexicon, k: int) -> bool:
        """True for a first word that an apposition describes as a person:
        "Unger , a convict who keeps…", "Hype , un detenuto che fa…", "Hadley , the
        chief of the guards , …", "Orsini , a prisoner from another cell" (not
        "Suddenly , a guard who…", "Intanto , un detenuto che…")."""
        toks, low = sent.tokens, sent.tokens[k].lower
        if low.endswith(("ly", "mente")) or low in lex.union("clause_openers", "subordinators", "coordinators"):
            return False
        if k + 3 >= len(toks) or toks[k + 2].lower not in lex.union("indefinite_articles", "definite_articles"):
            return False
        for head in (k + 3, k + 4):  # "a convict", "a young convict"
            if head + 1 < len(toks) and toks[head].lower in lex.role_index:
                after = toks[head + 1]
                return after.lower in lex.word("relatives") or after.text == "," \
                    or after.lower in lex.word("prepositions")  # "Orsini , a prisoner from another cell"
        return False

    @cached_property
    def _played_pairs(self) -> list[tuple[Token, Token, Lexicon]]:
        """Two capitalised words that an actor in parentheses follows, with the sentence's
        lexicon: "Natale Sciacca (Claudio Amendola)", "Guglielmo Piazza (Leo Gori)"."""
        found = []
        for sent in self.text.sentences:
            toks, lex = sent.tokens, self.lexicons[sent.lang]
            for k in range(len(toks) - 2):
                if toks[k + 2].text == "(" and toks[k].is_cap and toks[k + 1].is_cap \
                        and _NAME_CHARS.match(toks[k].text) and _NAME_CHARS.match(toks[k + 1].text) \
                        and _actor(toks, k + 2, _paren_end(toks, k + 2), self.text.cleaned):
                    found.append((toks[k], toks[k + 1], lex))
        return found

    @cached_property
    def played_names(self) -> set[str]:
        """Common words ("Natale", "June") or places ("Missouri") that open a two-word name an
        actor plays: "Natale Sciacca (Claudio Amendola)" makes "Natale" a name wherever it stands."""
        return {first.text for first, _last, lex in self._played_pairs  # not a joining word: "But Maggie (…)"
                if first.lower in lex.union("not_names", "place_names")
                and first.lower not in lex.union("clause_openers", "subordinators", "coordinators")}

    def _lone_surname(self, sent: Sentence, k: int) -> bool:
        """True for the word at k, with no capitalised word before it, that ends a two-word
        name an actor plays: "Hayama" alone after "Kenji Hayama (Tatsuya Nakadai)"."""
        return (k == 0 or not sent.tokens[k - 1].is_cap) and sent.tokens[k].text in self._played_seconds

    @cached_property
    def _played_seconds(self) -> frozenset[str]:
        """The second words of the two-word names actors play."""
        return frozenset(last.text for _first, last, _lex in self._played_pairs)

    @cached_property
    def played_surnames(self) -> set[str]:
        """Words of places or bodies ("Piazza", "Park") that end a name an actor plays:
        "Guglielmo Piazza (Leo Gori)" makes a lone "Piazza" a surname, not a square."""
        return self._played_last("org_heads")

    @cached_property
    def played_last_words(self) -> set[str]:
        """Common words ("Russo", "Tedesco") that end a two-word name an actor plays: "Tina Russo
        (Carlotta Natoli)" makes a lone "Russo" inside a sentence a surname ("all'ispettrice Russo")."""
        return self._played_last("not_names", "place_names")

    def _played_last(self, *lists: str) -> set[str]:
        """The second words of the played pairs that stand in the word lists ``lists``."""
        return {last.text for _first, last, lex in self._played_pairs if last.lower in lex.union(*lists)}

    @cached_property
    def word_names(self) -> set[str]:
        """Words such as "June" that the summary uses as a first name: one
        given a description inside a sentence, "with June , an older woman"
        (not "in June , a riot breaks out")."""
        found = set()
        for sent in self.text.sentences:
            lex = self.lexicons[sent.lang]
            words = lex.word("name_words")
            if not words:
                continue
            toks = sent.tokens
            for k in range(1, len(toks) - 2):
                if toks[k].is_cap and toks[k].lower in words and toks[k + 1].text == "," \
                        and toks[k + 2].lower in lex.word("indefinite_articles") \
                        and toks[k - 1].lower not in lex.word("temporal_words"):
                    found.add(toks[k].text)
        return found

    def _first_name_of(self, sent: Sentence, lex: Lexicon, k: int) -> bool:
        """True for a word that is also a common word ("June", "Otto") used as the
        first name of a surname after it, inside a sentence: "and June Roberts",
        "l'ispettore generale Otto von Selchow", not "in June Roberts" or "the Christmas
        Eve party"."""
        toks = sent.tokens
        if k == 0 or k + 1 >= len(toks) or toks[k - 1].text in _OPENERS or toks[k - 1].is_cap:
            return False
        before = toks[k - 1].lower
        if before in lex.union("articles", "locatives", "determiners", "possessives", "time_words") \
                or not (before.isalpha() or before == ","):
            return False  # (not a decade either: "negli anni Trenta Rex Ellis")
        j = k + 1
        if j + 1 < len(toks) and not toks[j].is_cap and toks[j].lower in lex.word("particles"):
            j += 1  # the surname's particle: "Otto von Selchow"
        nxt = toks[j]
        return (nxt.is_cap and bool(_NAME_CHARS.match(nxt.text))
                and nxt.lower not in lex.union("not_names", "honorifics", "org_heads", "day_tails")
                and nxt.lower not in lex.role_index
                and not (j + 1 < len(toks) and toks[j + 1].is_cap))

    def name_at(self, sent: Sentence, lex: Lexicon, i: int):
        """A name run starting at i: (end index, name words, nickname, honorific, weak) or None.
        No name words means a run of capitalised words that names no one ("a Georgia chain gang")."""
        toks = sent.tokens
        j, words, nickname, honorific, weak = i, [], None, None, False
        if lex.lang == "it" and i and toks[i].is_cap and toks[i - 1].lower in lex.word("determiners") \
                and toks[i - 1].lower in lex.word("prepositions") and i + 2 < len(toks) \
                and toks[i + 1].is_cap and toks[i + 2].is_cap and _NAME_CHARS.match(toks[i + 1].text) \
                and self.capital_pairs[(None, toks[i + 1].text)] > self.capital_pairs[(toks[i].text, toks[i + 1].text)]:
            # no one's name takes an article in Italian: the word after it is a body's or a place's, and a
            # person's name follows where its first word stands elsewhere too ("l'operaio della Fiat Renzo Gallo
            # … Renzo")
            return i + 1, [], None, None, False
        # an honorific such as "Capt." or "Dr." or "Father", or of several words: "Squadron Leader"
        width = _phrase_width(toks, lex, "honorifics", i)
        while width and toks[i + width].is_cap and (more := _phrase_width(toks, lex, "honorifics", i + width)):
            width += more  # two titles: "Detective Sergeant Hatch"
        if width:
            k = i + width + (toks[i + width].text == ".")
            if k < len(toks) and (toks[k].is_cap or toks[k].text in _QUOTES
                                  or toks[k].lower in lex.word("leading_particles")):
                honorific = self.text.cleaned[toks[i].start:toks[k - 1].end]
                j = k
        while j < len(toks):
            tok = toks[j]
            if tok.text in _QUOTES and j + 2 < len(toks):
                # a quoted nickname: "Doc", "lo Sfregiato"
                close = next((c for c in range(j + 1, min(j + 5, len(toks))) if toks[c].text in _QUOTES), None)
                inner = toks[j + 1:close] if close else []
                caps = [t for t in inner if t.is_cap]
                if close and caps and all(_nickname_word(t, lex) for t in inner) \
                        and (words or (close + 1 < len(toks) and self.is_name_word(sent, lex, close + 1))
                             or j == i):
                    nickname = self.text.cleaned[inner[0].start:inner[-1].end]
                    j = close + 1
                    continue
                break
            if self._initial(sent, lex, j):  # "J.J. Sefton", "H. Lee Sarokin"
                if words and words[-1].endswith(".") and toks[j - 1].end == tok.start:
                    words[-1] += tok.text + "."  # "J.J." is one word
                else:
                    words.append(tok.text + ".")
                j += 2
                continue
            if honorific and not words and len(tok.text) == 1 and tok.text.isupper() and not _is_initial(toks, j):
                words.append(tok.text)  # a letter for a name, after a title: "Dr. D", "Mr. T"
                j += 1
                break
            kind = self.is_name_word(sent, lex, j, in_run=bool(words or nickname))
            if kind and not (words and self.role_at(sent, lex, j)):
                words.append(tok.text)
                if _HYPHEN_NAME.match(tok.text) and (words[:-1] or self._played_alone(sent, j)):
                    self.hyphen_names.add(tok.text)  # "Lo Ka-yiu … Ka-yiu gives in": known alone from now on
                weak = weak if words[:-1] else kind == "weak"
                j += 1
                if weak:
                    break  # an unconfirmed first word stands alone
                continue
            if words and _ARTICLED_NAME.match(tok.text):
                words.append(tok.text)  # an Arabic article joined to a surname: "Faisal al-Jundi"
                j += 1
                continue
            if len(words) >= 2 and _generation(tok, lex):
                words.append(tok.text)  # "Nelson Biederman III" is not his son "Nelson Biederman IV"
                j += 1
                break
            if words and tok.lower in lex.word("particles") and j + 1 < len(toks) \
                    and self.is_name_word(sent, lex, j + 1, in_run=True):
                words.append(tok.text)
                j += 1
                continue
            if not words and not tok.is_cap and tok.lower in lex.word("leading_particles") and j + 1 < len(toks) \
                    and toks[j + 1].is_cap and self.is_name_word(sent, lex, j + 1, in_run=True):
                words.append(tok.lower)  # "il colonnello von Scherer"; "'O Lupo" opening a sentence
                j += 1
                continue
            if not words and tok.is_cap and tok.lower in lex.word("particles") and j + 1 < len(toks) \
                    and (tok.lower, toks[j + 1].text) in self.particle_surnames:
                # "Lo Russo costringe Marco", after "Nunzio Lo Russo"; "Von Scherer ride" is von Scherer
                words.append(tok.lower if tok.lower in lex.word("leading_particles") else tok.text)
                j += 1
                continue
            break
        # "Corrado Ventura, detto "il Biondo"": the nickname belongs to the name before it
        if words and not nickname:
            introduced = self._introduced_nickname(toks, lex, j)
            if introduced:
                nickname, j = introduced
            elif j + 2 < len(toks) and toks[j + 2].text == "(" and toks[j].lower in lex.word("definite_articles") \
                    and not toks[j].is_cap and toks[j + 1].is_cap and _NAME_CHARS.match(toks[j + 1].text):
                # an epithet with its article, then the actor: "Sammy il Turco (Ugo Gori)"
                nickname, j = self.text.cleaned[toks[j].start:toks[j + 1].end], j + 2
        if not words and nickname:
            words = [w for w in nickname.split() if w[:1].isupper()]
        if not words:
            return None
        if i and not honorific and not nickname and (toks[i - 1].lower in lex.word("indefinite_articles")
                                                     or toks[i - 1].text in POSSESSIVE_MARKS) \
                and j < len(toks) and toks[j].text[:1].islower():
            # a place or a kind used as an adjective: "a São Paulo prison", "the prison's Muay Thai team"
            return j, (), None, None, False
        weak = weak and not nickname and not honorific and not (j < len(toks) and toks[j].text == "(")
        if len(words) == 2 and j == i + 2 and not honorific and not nickname and self._two_names(toks, i):
            return i + 1, (words[0],), None, None, weak  # "At Angola Marcus shares a cell": a place, then him
        return j, tuple(words), nickname, honorific, weak

    @staticmethod
    def _adjective_before(sent: Sentence, lex: Lexicon, i: int, end: int, units: list, lead: frozenset) -> bool:
        """True when a plain word stands between a word of ``lead`` (a definite article or a
        possessive) and the role noun at i, as its adjective: "to the sadistic warden", "the
        German security officer". Not a word that may be a verb in the present ("the
        safecracker informs Warden Sloat"), nor before a title that a name follows."""
        toks = sent.tokens
        k = i - 1
        if k < 1 or not units or units[-1].mention is not None or units[-1].start != toks[k].start \
                or (end < len(toks) and toks[end].is_cap):
            return False
        low = toks[k].lower
        closed = lex.union("prepositions", "coordinators", "relatives", "auxiliaries", "copulas", "articles",
                           "passive_auxiliaries", "subject_pronouns", "object_pronouns", "clause_openers",
                           "subordinators", "negators", "quantifiers", "determiners", "verb_particles",
                           "new_modifiers", "old_modifiers")
        if not low.replace("-", "").isalpha() or low in closed or low in lead \
                or (low.endswith("s") and not low.endswith(("ous", "ss", "less"))):
            return False
        before = units[-2] if len(units) > 1 else None
        return toks[k - 1].lower in lead and before is not None and before.mention is None \
            and before.start == toks[k - 1].start

    def _capitalised_noun(self, toks: list, lex: Lexicon, i: int, role: tuple, named: tuple) -> bool:
        """True for a role noun alone after "the", written with a capital, that ``name_at`` read
        as a name: "keeps the Captain posted" (unless the text has made it someone's name:
        "diretto dal Capitano ( ) … il Capitano")."""
        return named[0] == i + 1 and role[1] == i + 1 and i > 0 \
            and toks[i - 1].lower in lex.word("definite_articles") and not named[2] and not named[3] \
            and not any(m.kind == "name" and m.words == named[1] for m in self.mentions)

    def _described_name(self, sent: Sentence, lex: Lexicon, i: int, named: tuple, role) -> bool:
        """True when the capitalised first word of a sentence, at i, describes the name after
        it rather than opening it: "Safecracker Eddie Marsh", "Convict Rocky Sullivan". It
        is a role noun that is no title, or a word the text writes in lower case elsewhere,
        or one it never writes again while it names the rest without it ("Eddie")."""
        toks = sent.tokens
        words = named[1]
        if (i and toks[i - 1].text not in _OPENERS) or named[2] or named[3] or len(words) < 2 \
                or words[0] != toks[i].text or i + 1 >= len(toks) or toks[i + 1].text != words[1]:
            return False
        if role:
            return not role[0].title and role[1] == i + 1
        first, second = toks[i].text, words[1]
        given = given_names()
        if len(words) < 3 or any(first.lower() in names for names in given):
            return False
        pairs = self.capital_pairs
        return first.lower() in self.lower_words or self._lone_opener(toks[i]) and (
            pairs[(None, second)] > pairs[(first, second)]
            # a word for a calling before a given name, or before a name whose surname the text
            # uses alone: "Bookkeeper Arthur Purslow", "Schoolteacher Eoin Dineen … Dineen", said once
            or (first.lower().endswith(lex.endings("calling_endings"))
                and (any(second.lower() in names for names in given)
                     or (len(words) == 3 and pairs[(None, words[-1])] > 0))))

    def _two_names(self, toks: list, i: int) -> bool:
        """True when the two capitalised words at i are two names side by side, not one name:
        the pair stands nowhere else, the first word stands elsewhere apart and opens no
        longer name, and the second opens a longer name elsewhere ("At Angola Marcus shares",
        with "in Angola" and "Marcus Bell" elsewhere). An actor after them makes them one."""
        if i + 2 < len(toks) and toks[i + 2].text == "(":
            return False
        first, second = toks[i].text, toks[i + 1].text
        pairs, openers = self.capital_pairs, self.name_openers
        alone_elsewhere = pairs[(None, first)] > pairs[(toks[i - 1].text if i else "", first)]
        return pairs[(first, second)] == 1 and alone_elsewhere and openers[first] == 1 \
            and openers[second] > 0 and pairs[(None, second)] > 1

    @cached_property
    def name_openers(self) -> Counter:
        """How often each word stands right before a capitalised word: "Marcus" of "Marcus Bell"."""
        out: Counter = Counter()
        for (prev, _word), n in self.capital_pairs.items():
            if prev:
                out[prev] += n
        return out

    def _quoted_in_parenthesis(self, toks: list[Token], i: int, end: int) -> str | None:
        """The capitalised words, one to three, that stand quoted alone in the parenthesis
        opened at i and closed before end: the nickname of the name before it; else None."""
        inner = toks[i + 2:end - 2]
        if end - i < 5 or toks[end - 1].text != ")" or toks[i + 1].text not in _QUOTES \
                or toks[end - 2].text not in _QUOTES or not 1 <= len(inner) <= 3 \
                or not inner[0].is_cap or any(t.text in _QUOTES for t in inner):
            return None
        return self.text.cleaned[inner[0].start:inner[-1].end]

    def _introduced_nickname(self, toks: list[Token], lex: Lexicon, j: int) -> tuple[str, int] | None:
        """A quoted nickname that a word such as "detto" introduces at j (past a comma),
        and the index after its closing quote; else None."""
        if j + 3 >= len(toks):
            return None
        k = j + (toks[j].text == ",")
        width = _phrase_width(toks, lex, "nickname_intros", k)  # "detto", "known as"
        k += width - 1
        if not width or k + 1 >= len(toks) or toks[k + 1].text not in _QUOTES:
            return None
        close = next((c for c in range(k + 2, min(k + 6, len(toks))) if toks[c].text in _QUOTES), None)
        inner = toks[k + 2:close] if close else []
        if not any(t.is_cap for t in inner):
            return None
        return self.text.cleaned[inner[0].start:inner[-1].end], close + 1

    def _initial(self, sent: Sentence, lex: Lexicon, j: int) -> bool:
        """True for an initial that opens a name: a capital letter and its
        full stop, then another initial or a word of a name ("J.J. Sefton", "H. Lee");
        or one of a name made of initials alone, known by the actor after it ("J.D.
        (William Forsythe)") and then wherever it stands."""
        toks = sent.tokens
        if not _is_initial(toks, j):
            return False
        end = j + 2  # past the initials that follow: "J.J.", "J. J."
        while _is_initial(toks, end):
            end += 2
        if end < len(toks) and self.is_name_word(sent, lex, end, in_run=True):
            return True
        start = j
        while start >= 2 and _is_initial(toks, start - 2):
            start -= 2
        if end - start < 4:
            return False
        text = self.text.cleaned[toks[start].start:toks[end - 1].end]
        if end < len(toks) and toks[end].text == "(":
            self.initial_names.add(text)
        return text in self.initial_names

    @staticmethod
    def _place_sent_to(sent: Sentence, lex: Lexicon, i: int) -> int | None:
        """End of the capitalised name of a place one is sent to when the clause after it tells
        of the prison or the cells there: "is sent to Lipari , where the old castle has been
        turned into a prison", "viene trasferito a Ponza , dove le celle". Else None."""
        toks = sent.tokens
        if i < 2 or not toks[i].is_cap or toks[i - 1].lower not in lex.word("destinations") \
                or toks[i - 2].lower not in lex.word("dispatch_verbs"):
            return None
        end = _caps_end(toks, i)
        if end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].lower not in lex.word("where_words"):
            return None
        signs = lex.union("prison_nouns", "prison_heads", "cell_nouns", "cell_plurals")
        for tok in toks[end + 2:end + 16]:
            if tok.text in ".;:":
                return None
            if tok.lower in signs:
                return end
        return None

    def prison_run(self, sent: Sentence, lex: Lexicon, i: int) -> int | None:
        """End of a prison name at i: "Blackmoor Prison", "carcere di Rocca Nera"."""
        toks = sent.tokens
        if not toks[i].is_cap and toks[i].lower not in self.prison_starts[lex.lang]:
            return None
        if i and i + 1 < len(toks) and toks[i].is_cap and toks[i].text.isupper() and toks[i + 1].text.isdigit() \
                and toks[i - 1].lower in lex.union("prison_heads", "prison_tails"):
            return i + 2  # a code after the noun: "the prisoner-of-war camp PG 57"
        end = self._place_sent_to(sent, lex, i)
        if end:
            return end
        named = _phrase_width(toks, lex, "foreign_prison_names", i)
        if named and toks[i].is_cap:  # "Casa de Detenção", perhaps of a place: "Casa de Detenção de São Paulo"
            j = i + named
            if j + 1 < len(toks) and toks[j].lower in lex.word("particles") and toks[j + 1].is_cap:
                j = _caps_end(toks, j + 1)
            return j
        lead = _phrase_width(toks, lex, "prison_leads", i)  # "Stalag 17", "HMP Brixton", "HM Prison Maze"
        if not lead and toks[i].is_cap and toks[i].lower in lex.word("fortress_leads") \
                and _tells_of_prison(sent, lex):
            lead = 1  # "nella stessa cella di Castel Sant'Angelo", "a cell at Fort Dunmore"
        foreign = not lead and toks[i].lower in lex.word("foreign_prison_leads") \
            and i + 2 < len(toks) and toks[i + 1].lower in lex.word("particles") and toks[i + 2].is_cap
        if foreign:
            lead = 2  # "Penal de Libertad", "Cárcel de Villa Devoto", "the penal de Santa Inés"
        if lead:
            j = i + lead
            while j < len(toks) and (toks[j].is_cap or toks[j].text[:1].isdigit()):
                j += 1
            if foreign and j < len(toks) and toks[j].text == "(" and j - i - lead >= 3:
                j -= 2  # a full name and its actor after the place: "At the Penal de Libertad Rex Keel (…)"
            if j > i + lead:
                return j
        # English style: capitalised words ending in a prison head
        j = i if toks[i].lower not in lex.word("prepositions") else len(toks)  # not "At Blackmoor Prison"
        while j < len(toks) and toks[j].is_cap and toks[j].lower not in lex.word("articles"):
            if j + 2 < len(toks) and toks[j].lower in lex.word("prison_houses") and toks[j + 1].lower == "of" \
                    and toks[j + 2].is_cap and toks[j + 2].lower in lex.word("prison_of_heads"):
                return j + 3  # "Manhattan House of Detention", "the House of Correction"
            head = toks[j].lower in lex.word("prison_heads") or (
                # "Oakridge Correctional" with no head after it
                j > i and toks[j].lower in lex.word("bare_qualifiers")
                and not (j + 1 < len(toks) and toks[j + 1].is_cap)) or (
                # "Glades Correctional Institution", "Harlan Detention Center"
                j > i and toks[j].lower in lex.word("qualified_heads")
                and toks[j - 1].lower in lex.word("prison_qualifiers")) or (
                # a farm or a camp of a county or a state: "the Tallahatchie County Farm", also for whom
                # it holds: "the Coldwater County Women's Farm"
                j > i + 1 and toks[j].lower in lex.word("prison_tails")
                and _held_by_state(toks, lex, j)) or (
                # a fortress or a unit ends a prison's name where the sentence tells of inmates:
                # "Colditz Castle", "the Ellis Unit" (not a part of one: "the Special Unit of the prison")
                j > i and toks[j].lower in lex.union("fortress_leads", "told_heads") and _tells_of_prison(sent, lex)
                and not (j + 1 < len(toks) and toks[j + 1].lower in lex.word("genitives")))
            # "Wilkinson Home for Boys": a home or a school is a prison only by whom it holds
            if (head or toks[j].lower in lex.word("held_homes")) and j > i:
                while head and j + 1 < len(toks) and toks[j + 1].is_cap \
                        and toks[j + 1].lower in lex.word("prison_tails"):
                    j += 1  # "Blackwater Prison Farm"
                if head and j + 2 < len(toks) and toks[j + 1].lower == "and" and toks[j + 2].is_cap:
                    k = _caps_end(toks, j + 2)  # a second noun of the same place: "Iwahig Prison and Penal Farm"
                    if toks[k - 1].lower in lex.union("prison_heads", "prison_tails"):
                        j = k - 1
                if j + 1 < len(toks) and toks[j + 1].lower == "for":  # "Harlow State Reformatory for Women"
                    held = j + 2
                    while held < len(toks) and toks[held].is_cap and toks[held].lower in lex.word("prison_inmates"):
                        held += 1
                    if held > j + 2:
                        return held
                if head and not (j + 1 < len(toks) and toks[j + 1].is_cap and self._role_form(lex, sent.lowers, j)):
                    return j + 1  # (not a title: "Senior Prison Officer Hatch")
            j += 1
            if j + 1 < len(toks) and toks[j].text in POSSESSIVE_MARKS and toks[j + 1].is_cap:
                j += 1  # "Clarkston Women's Reformatory"
        # capitalised words before a prison noun in lower case: "the Changi prison camp", "fifteen
        # years in Stonewall penitentiary" (a preposition stands for the article there)
        if i and i < j < len(toks) \
                and (toks[i - 1].lower == "the" or toks[i - 1].lower in lex.word("place_prepositions")) \
                and not any(t.lower in lex.word("not_names") for t in toks[i:j]):
            # (past whom it holds: "the Fairview women 's reformatory")
            held = j + 2 if j + 2 < len(toks) and toks[j + 1].text in POSSESSIVE_MARKS \
                and toks[j].lower in lex.word("prison_inmates") else j
            if any(" ".join(t.text for t in toks[held:held + n]) in lex.word("prison_nouns") for n in (1, 2)):
                return j
        end = self._known_prison(sent, lex, i)
        if end:
            return end
        # a name that an apposition calls a prison: "Delta Farm, a brutal prison plantation,"
        if toks[i].is_cap and (i == 0 or not toks[i - 1].is_cap):
            end = self._named_by_apposition(sent, lex, i)
            if end:
                return end
        # Italian style: a prison noun, "di", capitalised words; or a fortress's noun where the sentence
        # tells of cells or inmates ("portato nel forte di Jilava , viene gettato in cella")
        fortress = toks[i].lower in lex.word("fortress_leads") and i + 1 < len(toks) \
            and toks[i + 1].lower in ("di", "of") and _tells_of_prison(sent, lex)
        if toks[i].lower not in self.prison_first[lex.lang] and not fortress:
            return None
        # the first word of a prison's noun before a well-known prison's name: "nel campo di Sachsenhausen"
        known_after = i + 2 < len(toks) and toks[i + 1].lower in ("di", "of") \
            and bool(self._known_prison(sent, lex, i + 2, alone=False))
        for n in (3, 2, 1):
            noun = " ".join(t.lower for t in toks[i:i + n])
            if noun not in lex.word("prison_nouns") and not (n == 1 and (fortress or known_after)):
                continue
            k = i + n + 1  # "carcere di Rocca Nera"
            after = toks[i + n] if i + n < len(toks) else None
            if after is not None and after.text.isdigit():
                # a camp's number: "campo di prigionia 78", "campo di prigionia 78 di Monte Verde"
                # (its place then read as any other's); not a count: "nel carcere 300 detenuti"
                nxt = toks[i + n + 1] if i + n + 1 < len(toks) else None
                if nxt is None or not nxt.text[:1].isalpha():
                    return i + n + 1
                if nxt.lower not in ("di", "of"):
                    return None
                k = i + n + 2
            elif i + n + 2 < len(toks) and (toks[i + n + 1].lower in ("di", "of") or toks[i + n + 1].lower
                                          in lex.word("genitives")) and after.text.isalpha() \
                    and after.text.islower() and after.lower not in lex.union("genitives", "prepositions"):
                # an adjective between: "prigione femminile di Bang Kwang", "prigione militare del Cherche-Midi"
                k = i + n + 2
            elif i + n + 3 < len(toks) and toks[i + n].lower in lex.word("genitives"):
                # "penitenziario dell'isola di Santa Croce", "penitenziario di massima sicurezza di Stonehaven"
                for width in (1, 2, 3):
                    words = toks[i + n + 1:i + n + 1 + width]
                    if i + n + width + 2 < len(toks) and all(t.text.isalpha() and t.text.islower() for t in words) \
                            and toks[i + n + 1 + width].lower in ("di", "of"):
                        k = i + n + width + 2
                        break
            if k - 1 >= len(toks):
                continue  # the noun ends the sentence, with no name after it: "as the director of the prison"
            # "carcere di Rocca Nera", "carcere dell'Ucciardone", "the penal colony at Saint-Laurent", "the prison
            # camp on Goli Otok"
            of = toks[k - 1].lower in ("di", "of") or (k <= i + n + 2 and toks[k - 1].lower in lex.word("genitives")) \
                or (k == i + n + 1 and toks[k - 1].lower in ("at", "on") and i and toks[i - 1].lower == "the")
            if of and k + 1 < len(toks) and toks[k - 1].lower in ("at", "on") and toks[k].lower == "the" \
                    and toks[k + 1].is_cap:
                k += 1  # "the penal colony on the Islas Marías": the article is none of the name
            if n > 1 and not of and k - 1 < len(toks) and toks[k - 1].is_cap and self._bare_place(toks, lex, k - 1):
                # a noun of two words or more names the place right after it: "istituto penale minorile Malaspina"
                k, of = k - 1, True
            elif n == 1 and lex.lang == "it" and not of and k - 1 < len(toks) \
                    and self._lone_place(toks, lex, k - 1):
                # so does one word, with a name the text uses nowhere else: "al riformatorio Ferrante Aporti ,"
                # (not "nel carcere Ugo , che …", where Ugo is someone met elsewhere too)
                k, of = k - 1, True
            # a name may open with its own article: "carcere di La Mesa", "carcere di Le Nuove"
            own_article = k + 1 < len(toks) and toks[k].is_cap and toks[k].lower in lex.word("articles") \
                and toks[k + 1].is_cap and _NAME_CHARS.match(toks[k + 1].text)
            # or with the street it stands in, in lower case: "carcere di via Tasso"
            street = k + 1 < len(toks) and not toks[k].is_cap and toks[k].lower in lex.word("street_nouns") \
                and toks[k + 1].is_cap and _NAME_CHARS.match(toks[k + 1].text) is not None
            if k < len(toks) and of and (self.is_name_word(sent, lex, k) or own_article or street
                                         or (toks[k].is_cap and toks[k].lower in lex.word("place_names"))):
                known = self._known_prison(sent, lex, k, alone=False)
                if known:
                    return known  # "nel carcere di San Vittore Bruno finisce in cella": the name ends there
                start = k
                k += street
                while k < len(toks) and (toks[k].is_cap or _particle_inside_name(toks, lex, k)):
                    k += 1
                return self._person_after_place(toks, start, k)
        return None

    def _lone_place(self, toks: list, lex: Lexicon, k: int) -> bool:
        """True for capitals at k, right after a prison noun of one word, that name a place: a
        name the text uses nowhere else, no title or role, no actor after it, ending as a place's
        name does ("al riformatorio Ferrante Aporti , Franco")."""
        tok = toks[k]
        if not tok.is_cap or tok.lower in lex.role_index or tok.lower in lex.word("honorifics") \
                or not self._bare_place(toks, lex, k):
            return False
        end = _caps_end(toks, k)
        # the sentence or its clause ends there, or the clause's subject follows after a comma
        # ("… Ferrante Aporti , Franco viene"), or "dove" ("nel carcere La Picota , dove"), not a
        # description ("in carcere Ugo , un ladro , e Leo")
        ends = end == len(toks) or toks[end].text in (".", ";", ":") or toks[end].lower == "dove" or (
            toks[end].text == "," and end + 1 < len(toks) and (toks[end + 1].lower == "dove" or (
                toks[end + 1].is_cap and toks[end + 1].lower not in lex.word("articles"))))
        pairs = self.capital_pairs
        return ends and pairs[(None, tok.text)] == pairs[(toks[k - 1].text, tok.text)]

    @staticmethod
    def _bare_place(toks: list, lex: Lexicon, k: int) -> bool:
        """True when the capitals at k, right after a prison noun, end at a mark or a
        function word, as a place's name does ("istituto penale minorile Malaspina ,
        dove"), not at a verb, as a subject does ("nella casa circondariale Ugo incontra"), nor at
        an actor's parentheses ("In the state penitentiary Rex Keel (Al Moss) draws a cell")."""
        end = _caps_end(toks, k)
        return end == len(toks) or (not toks[end].text[:1].isalpha() and toks[end].text != "(") \
            or toks[end].lower in lex.union("prepositions", "articles", "relatives", "coordinators")

    def _person_after_place(self, toks: list, start: int, end: int) -> int:
        """End of a place's name in the capitalised run start..end, cut before a
        closing name of a person that an actor follows, or that the summary also uses
        apart from this place: "nel carcere di Val Nera Ugo Sarri fa…" when "Ugo" or
        the pair "Ugo Sarri" stands elsewhere, "nel carcere di Val Nera Ugo divide…"
        when only "Ugo" does ("Santa Maria Capua Vetere" stays whole)."""
        if end - start < 2:
            return end
        if end - start > 2 and end < len(toks) and toks[end].text == "(" \
                and any(first is toks[end - 2] for first, _last, _lex in self._played_pairs):
            return end - 2  # a name and its actor: "nel carcere di Trani Lea Sarri (Jo Ray) viene…"
        pairs = self.capital_pairs

        def apart(k: int) -> bool:  # the word stands elsewhere after another word than here
            return pairs[(None, toks[k].text)] > pairs[(toks[k - 1].text, toks[k].text)]

        last = toks[end - 1].text
        if end - start == 2:  # "nel carcere di Trani Giulia viene…" when "Giulia" opens "Giulia Ferrante"
            # (or "della Lubjanka Kogan viene…" when "Kogan" closes a name an actor follows)
            closes = any(last == played.text for _first, played, _lex in self._played_pairs)
            return end - 1 if apart(end - 1) and (self.name_openers[last] > 0 or closes) else end
        before = toks[end - 2].text
        if before[:1] in "'’":
            return end  # a place's name goes on past an elided article: "supercarcere di Badu 'e Carros"
        # the pair stands elsewhere than after this place's own words ("Capua Vetere" after "Santa Maria"
        # each time is still the place)
        if pairs[(before, last)] > max(1, pairs[(toks[end - 3].text, before)]) or apart(end - 2) and (
                not apart(end - 1) or self.name_openers[before] > pairs[(before, last)]):
            # (not when both words stand elsewhere alone and the first opens no other name: the
            # first closes the place, "nel carcere di El Frontón Julio viene" after "Frontón is a film")
            return end - 2
        if not apart(end - 1):
            return end
        # the last word opens a longer name elsewhere: a first name, alone here ("Ugo"); else a
        # surname after its first name ("Sarri" of "Ugo Sarri")
        return end - 1 if self.name_openers[last] > 0 else end - 2

    @cached_property
    def capital_pairs(self) -> Counter:
        """How often each capitalised word stands in the text, under (None, word), and
        right after each word, under (previous word, word); "" at a sentence's start.
        Only capitalised words are counted as the second of a pair, so a capitalised
        word that comes first in one is followed somewhere by another ("Ugo Sarri")."""
        out: Counter = Counter()
        for s in self.text.sentences:
            for prev, t in zip([None, *s.tokens], s.tokens):
                if t.is_cap:
                    out[(None, t.text)] += 1
                    out[(prev.text if prev is not None else "", t.text)] += 1
        return out

    @cached_property
    def particle_surnames(self) -> set[tuple[str, str]]:
        """Surnames led by a capitalised particle after a first name ("Nunzio Lo
        Russo") or by a particle in lower case ("von Scherer"), as (particle,
        word) pairs: such a surname may open a sentence."""
        pairs = set()
        for s in self.text.sentences:
            particles = self.lexicons[s.lang].word("particles")
            leading = self.lexicons[s.lang].word("leading_particles")
            for prev, t, nxt in zip(s.tokens, s.tokens[1:], s.tokens[2:]):
                if prev.is_cap and t.is_cap and nxt.is_cap and t.lower in particles and prev.text.isalpha():
                    pairs.add((t.lower, nxt.text))
                elif not t.is_cap and nxt.is_cap and t.lower in leading:
                    pairs.add((t.lower, nxt.text))  # "il colonnello von Scherer", later "Von Scherer ride"
        return pairs

    @cached_property
    def first_names(self) -> set[str]:
        """First words of full names: "Terry Blunt is sentenced" makes "Terry" a
        first name (read only when a well-known prison's name is met)."""
        common = frozenset().union(*(lex.union("not_names", "articles", "prepositions", "honorifics")
                                     for lex in self.lexicons.values()))
        found = {t.text for s in self.text.sentences
                 for k, (prev, t, nxt) in enumerate(zip([None, *s.tokens], s.tokens, s.tokens[1:]))
                 if t.is_cap and nxt.is_cap and t.lower not in common
                 and (prev is None or (not prev.is_cap and prev.text.isalpha())
                      or (k == 1 and self._lone_opener(prev)))}  # (past a description: "Safecracker Eddie Marsh")
        # and a nickname in quotes inside a full name: "Totò" of 'Salvatore "Totò" Amitrano'
        found.update(t.text for s in self.text.sentences
                     for a, q, t, q2, b in zip(s.tokens, s.tokens[1:], s.tokens[2:], s.tokens[3:], s.tokens[4:])
                     if a.is_cap and t.is_cap and b.is_cap and q.text in _QUOTES and q2.text in _QUOTES)
        return found

    def _lone_opener(self, tok: Token) -> bool:
        """True for a capitalised first word of a sentence that the text writes in lower
        case elsewhere or never again: the description of "Safecracker Eddie Marsh"."""
        return tok.text.lower() in self.lower_words or self.capital_pairs[(None, tok.text)] == 1

    def _known_prison(self, sent: Sentence, lex: Lexicon, i: int, alone: bool = True) -> int | None:
        """End of a well-known prison's bare name at i ("sent to Alcatraz", "A Joliet").
        ``alone``: only when no name word stands just before or after it ("Jim Holloway"),
        unless the word after is a first name the text uses ("At Brixton Terry shares a cell"), or a
        name the text uses elsewhere after other words ("A San Vittore Pessina divide" after "Franco
        Pessina")."""
        toks = sent.tokens
        if not toks[i].is_cap:
            return None
        article = lex.known_prison_articled.get(toks[i].lower)
        if article is not None and i and toks[i - 1].lower != article and toks[i - 1].lower.endswith(article):
            lead = f"{article} "  # the article fused with a preposition: "alle Nuove" for "Le Nuove"
        elif toks[i].lower in lex.known_prison_first:
            lead = ""
        else:
            return None  # the common case, asked of every capitalised word
        if alone and i and toks[i - 1].is_cap and toks[i - 1].lower not in lex.union("prepositions", "articles"):
            return None
        titled = (i > 0 and toks[i - 1].lower in lex.word("honorifics")) \
            or (i > 1 and toks[i - 1].text == "." and toks[i - 2].lower in lex.word("honorifics"))
        if titled:
            return None  # "Sgt. Folsom" is a person
        for n in (3, 2, 1):
            end = i + n
            if end <= len(toks) and lead + " ".join(t.lower for t in toks[i:end]) in lex.word("known_prisons"):
                if end < len(toks) and toks[end].is_cap and toks[end].lower in lex.union("building_tails",
                                                                                          "prison_tails"):
                    end += 1  # the building's word may end the name: "Lecumberri Palace", "Parchman Farm"
                pairs = self.capital_pairs
                elsewhere = end < len(toks) \
                    and pairs[(None, toks[end].text)] > pairs[(toks[end - 1].text, toks[end].text)]
                if alone and end < len(toks) and toks[end].text not in self.first_names and not elsewhere \
                        and (toks[end].is_cap or toks[end].text == "(") \
                        and not self._full_name_after_place(sent, lex, i, end):
                    return None
                return end
        return None

    @staticmethod
    def _full_name_after_place(sent: Sentence, lex: Lexicon, i: int, end: int) -> bool:
        """True when a preposition leads the prison's name at i and a full name of
        two plain capitalised words follows it: "At Dartmoor Arthur Penn reads"."""
        toks = sent.tokens
        if not i or toks[i - 1].lower not in lex.word("prepositions") or end + 2 > len(toks):
            return False
        prison_words = lex.union("prison_heads", "prison_modifiers", "prison_tails", "prison_nouns",
                                 "prison_inmates", "honorifics")
        after = toks[end:end + 2]
        return all(t.is_cap and t.text.isalpha() and t.lower not in prison_words for t in after) \
            and (end + 2 == len(toks) or not toks[end + 2].is_cap)

    def _named_by_apposition(self, sent: Sentence, lex: Lexicon, i: int) -> int | None:
        """End of a run of capitalised words at i followed by ", a ... <prison noun>"
        and a mark: "Delta Farm , a brutal prison plantation ." (not "Ned , a prison guard"),
        or by cells in the plural: "i Piombi , le celle sotto il tetto"."""
        toks = sent.tokens
        j = i
        # a capital abbreviation may open the name: "MS One , a maximum-security prison in orbit"
        while j < len(toks) and toks[j].is_cap and (_NAME_CHARS.match(toks[j].text)
                                                    or _NUMBERED_NAME.match(toks[j].text)
                                                    or (toks[j].text.isalpha() and toks[j].text.isupper())):
            j += 1
        if j > i and j < len(toks) and toks[j].text.isdigit():
            j += 1  # a number after the name: "Campo 78 , a prisoner-of-war camp run by"
        if j == i or j + 2 >= len(toks) or toks[j].text != "," or toks[j + 1].lower not in lex.word("articles"):
            return None
        nouns = lex.word("prison_nouns")
        for k in range(j + 3, min(j + 7, len(toks))):
            mark = toks[k].text in ",.;:)"
            # "Camp Green Lake , a detention camp in the desert"
            if mark or toks[k].lower in lex.union("place_followers", "prepositions"):
                words = [t.lower for t in toks[j + 2:k] if t.text not in _QUOTES]  # 'the "re-education" camp'
                if any(self.role_at(sent, lex, x) for x in range(j + 2, k)):
                    return None  # "Vincenzo , il direttore del carcere ,": a person's role
                if words[-1] in nouns or " ".join(words[-2:]) in nouns or words[-1] in lex.word("cell_plurals"):
                    return j  # "Gateway , a maximum-security prison run by", "i Piombi , le celle sotto"
                if len(words) >= 2 and words[-1] in lex.word("prison_heads") \
                        and (words[-2].endswith("security") or words[-2] in lex.word("prison_qualifiers")):
                    return j  # a head that needs its qualifier: "Clearwater Camp , a minimum-security facility"
                if lex.lang == "it" and (words[0] in nouns or " ".join(words[:2]) in nouns):
                    return j  # the noun before its adjectives: "Tazmamart , un carcere segreto nel deserto"
                if mark or toks[k].lower in lex.word("genitives"):
                    return None  # (a prison after "of" is the head's complement: "Ugo , l'ufficiale della prigione")
        return None

    # -- one sentence -------------------------------------------------------------
    def sentence(self, sent: Sentence) -> SentenceUnits:
        lex = self.lexicons[sent.lang]
        toks, text = sent.tokens, self.text.cleaned
        units: list[Unit] = []
        plain = self.plain[sent.lang]
        append = units.append
        i, n = 0, len(toks)
        credits, parts = _credits(toks, lex) if self._may_credit(sent, lex) else ({}, {})
        while i < n:
            tok = toks[i]
            if credits and i in credits:  # an actor named outside parentheses is no character
                end, actor = credits[i]
                owner = _credit_owner(units, lex) if actor else None
                if owner is not None and owner.actor is None:
                    owner.actor = actor
                units.extend(Unit(t.lower, t.start, t.end) for t in toks[i:end])
                i = end
                continue
            if not tok.is_cap and (tok.lower in plain or self._learn_plain(lex, plain, tok.lower)):
                append(Unit(tok.lower, tok.start, tok.end))  # a plain word: the common case
                i += 1
                continue
            if tok.text == "(":
                end = _paren_end(toks, i)
                actor = _actor(toks, i, end, text, lex.union("actor_leads", "credit_bys"))
                owner = _actor_owner(units, lex)
                if actor and owner is not None and owner.actor is None:
                    owner.actor = actor
                    for person, played_by in _paired_actors(actor, units, owner, lex):
                        person.actor = played_by or None
                if not actor and owner is not None and owner.kind == "name" and not owner.nickname:
                    owner.nickname = self._quoted_in_parenthesis(toks, i, end)  # 'Peter Kovac ("Peto")'
                i = end
                introduced = self._introduced_nickname(toks, lex, end) if owner is not None else None
                if introduced and owner.kind == "name" and not owner.nickname:
                    owner.nickname, i = introduced  # "Jan (Ned Pryor), detto "l'Attrice""
                    units.extend(Unit(t.lower, t.start, t.end) for t in toks[end:i])
                continue
            if tok.text in _QUOTES:
                # the quote that opens a prison's nickname, perhaps with an article inside it: « il Pozzo »
                inner = next((n for n in (1, 2) if (sent.index, i + n) in self.prison_nicknames), None)
                if inner is not None:
                    append(Unit(tok.text, tok.start, tok.end))
                    units.extend(Unit(t.lower, t.start, t.end) for t in toks[i + 1:i + inner])
                    i += inner
                    continue
            end = self.prison_spans.get((sent.index, i))
            if end:
                m = self.add(sent, "prison", i, end)
                if (sent.index, i) in self.prison_nicknames:
                    m.nickname = m.text  # another name of the prison named before it in the sentence
                units.append(Unit(f"#{m.id}", m.start, m.end, m))
                i = end
                continue
            end = self._prison_alias(sent, i)
            if end:
                m = self.add(sent, "prison", i, end)
                units.append(Unit(f"#{m.id}", m.start, m.end, m))
                i = end
                continue
            role = self.role_at(sent, lex, i)
            named = self.name_at(sent, lex, i) if (tok.is_cap or tok.text in _QUOTES
                                                  or tok.lower in lex.word("honorifics")
                                                  or tok.lower in lex.word("leading_particles")) else None
            if role and named is not None and (not named[1] or self._capitalised_noun(toks, lex, i, role, named)):
                named = None  # "a Guard who…": the role noun, not an adjective's words
            if named and self._described_name(sent, lex, i, named, role):
                if not role:  # "Safecracker Eddie Marsh (…)": a plain word, then his name
                    units.append(Unit(tok.lower, tok.start, tok.end))
                    i += 1
                    continue
                named = None  # "Convict Rocky Sullivan": the role noun, then his name
            if role and (self._asked_about(sent, lex, i, role[1]) or self._pretended(sent, lex, i)):
                units.extend(Unit(t.lower, t.start, t.end) for t in toks[i:role[1]])
                i = role[1]
                continue
            if role and _forces_rank(toks, lex, i, role[0]) and role[1] < len(toks) and toks[role[1]].is_cap:
                role = None  # a name follows the forces' rank, and takes it as its honorific
            if role and i < 2 and self._film_title(sent, lex, role[1]):
                role = None  # a title the sentence calls a film: "Il confidente è un film del 1968"
            if role and (not named or not tok.is_cap or role[0].title):
                noun, end = role
                prev = toks[i - 1].lower if i else ""
                prev2 = toks[i - 2].lower if i > 1 else ""
                modifier = ("new" if {prev, prev2} & lex.word("new_modifiers") else
                            "old" if {prev, prev2} & lex.word("old_modifiers") else None)
                # "l'elezione a governatore": a bare noun names no one; "the often drunk prison
                # doctor" and "dal direttore" do
                determiner = self._determiner(sent, lex, i)
                determined = determiner is not None or (end < len(toks) and toks[end].text == "(")
                # the mention takes in its article, possessive and modifier: "il suo nuovo direttore"
                first = i
                lead = lex.union("articles", "possessives", "new_modifiers", "old_modifiers")
                adjective = self._adjective_before(sent, lex, i, end, units,
                                                   lex.union("definite_articles", "possessives"))
                if adjective:  # and a plain adjective after the article: "to the sadistic warden"
                    units.pop()
                    first -= 1
                while first > 0 and units and units[-1].mention is None and toks[first - 1].lower in lead \
                        and units[-1].start == toks[first - 1].start:
                    units.pop()
                    first -= 1
                # (its text, an alias, leaves the adjective out: "the sadistic guard" is "guard")
                m = self.add(sent, "role", i if adjective else first, end, role=noun, modifier=modifier,
                             determined=determined)
                m.indefinite = determiner in lex.word("indefinite_articles")
                m.actor = parts.get(first) if parts else None  # "stars Rex Keel as the warden"
                owns = end + 1 < len(toks) and toks[end].text in POSSESSIVE_MARKS
                m.possessor = owns and toks[end + 1].lower in lex.word("personal_events")
                # "the chaplain's clerk", "moglie di un medico": named only through one's own
                m.genitive = (owns and toks[end + 1].lower in lex.word("dependants")) or (
                    first > 1 and toks[first - 1].lower in lex.word("genitives")
                    and toks[first - 2].lower in lex.word("dependants"))
                m.described = end < len(toks) and toks[end].lower in lex.word("person_relatives")
                units.append(Unit(f"@r{m.id}~{noun.key}", toks[first].start, m.end, m))
                i = end
                continue
            if named:
                end, words, nickname, honorific, weak = named
                no_one = self._no_one_end(sent, lex, i, named)
                if no_one:  # capitalised words that name no person: plain words
                    units.extend(Unit(t.lower, t.start, t.end) for t in toks[i:no_one])
                    i = no_one
                    continue
                if end + 1 < len(toks) and toks[end].text == "." and toks[end - 1].lower in ("jr", "sr"):
                    end += 1  # the full stop of "Ned Pryor Jr. (Kirk Douglas)" is the name's
                title = self.role_at(sent, lex, i) if honorific else None
                if title and _forces_rank(toks, lex, i, title[0]):
                    title = None
                m = self.add(sent, "name", i, end, words=words, nickname=nickname, honorific=honorific,
                             weak=weak, titles=[title[0]] if title else [],
                             commands=(bool(honorific)
                                       and honorific.split()[-1].rstrip(".").lower() in lex.word("command_titles"))
                             or _commander_of_body(toks, lex, i))
                m.actor = parts.get(i) if parts else None  # "stars Rex Keel as Ned Pryor"
                units.append(Unit(f"@n{m.id}", m.start, m.end, m))
                i = end
                continue
            clitic = _CLITIC.match(tok.lower) if sent.lang == "it" else None
            if clitic:
                cut = tok.start + len(clitic.group(1))
                units.append(Unit(clitic.group(1), tok.start, cut))
                units.append(Unit(clitic.group(2), cut, tok.end))
            else:
                units.append(Unit(tok.lower, tok.start, tok.end))
            i += 1
        return SentenceUnits(sent, lex, _police_names(units, sent, lex))

    @staticmethod
    def _may_credit(sent: Sentence, lex: Lexicon) -> bool:
        """True when the sentence holds a word that may credit an actor outside parentheses
        ("played", "stars"), so that only such sentences are searched for credits."""
        return not lex.credit_first.isdisjoint(sent.lowers)

    @staticmethod
    def _asked_about(sent: Sentence, lex: Lexicon, i: int, end: int) -> bool:
        """True for a role noun in an indirect question, which names no one new:
        "learns who the real informer is", "scopre chi sia la spia"."""
        toks = sent.tokens
        k = i - 1
        if k >= 0 and toks[k].lower not in lex.word("articles") and toks[k].text.islower():
            k -= 1  # an adjective: "the real informer"
        if k < 1 or toks[k].lower not in lex.word("articles"):
            return False
        copulas = lex.word("copulas")
        if toks[k - 1].lower in lex.word("interrogatives"):  # "who the informer is"
            return end < len(toks) and (toks[end].lower in copulas or (
                end + 1 < len(toks) and f"{toks[end].lower} {toks[end + 1].lower}" in copulas))
        # "chi sia la spia"
        return k >= 2 and toks[k - 2].lower in lex.word("interrogatives") and toks[k - 1].lower in copulas

    @staticmethod
    def _pretended(sent: Sentence, lex: Lexicon, i: int) -> bool:
        """True for a role noun that someone only seems to hold, or a post no one holds yet,
        which names no one: "posing as a policeman", "travestito da guardia", "a post as a turnkey"."""
        toks = sent.tokens
        k = i - 1 if i and toks[i - 1].lower in lex.word("articles") else i
        return _phrase_before(toks, lex.union("disguises", "posts"), k)

    def _learn_plain(self, lex: Lexicon, plain: set[str], low: str) -> bool:
        """True for a lower-case word that can start no mention: no role noun,
        prison noun, honorific, particle of a name, quote, parenthesis or Italian clitic verb.
        Such a word joins ``plain``, the language's set of known plain words."""
        if low in lex.role_index or low in self.prison_first[lex.lang] or low in lex.word("honorifics") \
                or low in lex.word("leading_particles") or low in _QUOTES or low == "(" \
                or (lex.lang == "it" and _CLITIC.match(low)):
            return False
        plain.add(low)
        return True

    def _prison_alias(self, sent: Sentence, i: int) -> int | None:
        """End of a known prison's short name ("Harrow Creek" for "Harrow Creek
        State Penitentiary") starting at i, when no other capital follows it; or, after a
        preposition, when only the surname of a full name the text uses follows it ("At Sarah
        Cove Mulqueen is chained", who is "Patrick Mulqueen" elsewhere)."""
        toks = sent.tokens
        if not toks[i].is_cap:
            return None
        after_preposition = i > 0 and toks[i - 1].lower in self.lexicons[sent.lang].word("prepositions")
        for core in self.cores:
            for n in range(len(core), 0, -1):
                end = i + n
                if [t.text for t in toks[i:end]] != core[:n]:
                    continue
                if end == len(toks) or not toks[end].is_cap:
                    return end
                alone = end + 1 == len(toks) or not toks[end + 1].is_cap
                if (n > 1 or n == len(core)) and after_preposition and alone and toks[end].text in self.surnames \
                        and toks[end].text not in self.first_names:
                    return end
        return None

    @cached_property
    def surnames(self) -> set[str]:
        """Last words of full names of two plain capitalised words: "Patrick Mulqueen is sent"
        makes "Mulqueen" a surname (read only when a prison's short name is met)."""
        common = frozenset().union(*(lex.union("not_names", "articles", "prepositions", "honorifics", "prison_heads",
                                               "prison_tails", "prison_nouns") for lex in self.lexicons.values()))
        return {t.text for s in self.text.sentences
                for prev, first, t, nxt in zip([None, None, *s.tokens], [None, *s.tokens], s.tokens,
                                               [*s.tokens[1:], None])
                if t.is_cap and first is not None and first.is_cap and first.text in self.first_names
                and (prev is None or not prev.is_cap) and (nxt is None or not nxt.is_cap) and t.lower not in common}

    def _no_one_end(self, sent: Sentence, lex: Lexicon, i: int, named: tuple) -> int | None:
        """End of the capitalised words at i when the name run ``named`` found there names
        no person; else None: no name words at all, a company ("Banton Construction Co."),
        a body named head first ("Corte Penale Speciale", "Court of Appeal"), a place with a
        possessive ("Hell's Kitchen"), a body named by a role noun ("the Coast Guard"), a group
        or a place after "the", a family after a plural article ("i Corleonesi")."""
        end, words, nickname, honorific, _weak = named
        toks = sent.tokens
        played = end < len(toks) and toks[end].text == "("  # "Ugo Piazza (actor)" is a person
        surname = len(words) == 1 and words[0] in self.played_surnames  # "Piazza" of "Ugo Piazza (actor)"
        run = " ".join(words).lower()
        police = lex.word("police_bodies")
        if not words or (not (played or surname) and self._is_org(sent, lex, end)) \
                or (not played and (run in police or (i and f"{toks[i - 1].lower} {run}" in police))) \
                or (not played and len(words) > 1 and words[0].lower() in lex.word("org_leads")) \
                or self._credited(sent, lex, i) \
                or self._film_title(sent, lex, end) or i < (self._opening_title_end(sent, lex) or 0):
            return end
        # (not the surname of a name an actor plays: "nel carcere del castello Amalfi divide")
        if not played and not honorific and not (len(words) == 1 and words[0] in self._played_seconds) \
                and self._place_named(sent, lex, i, words):
            return end
        if not played and not honorific and not nickname and self._called_a_body(sent, lex, end):
            return end
        after = toks[end + 1] if end + 1 < len(toks) else None
        if not honorific and not nickname and end < len(toks) and toks[end].is_cap \
                and toks[end].lower in lex.role_index and not (after and (after.is_cap or after.text == ".")):
            return end + 1  # a body named by a capitalised role noun: "the Coast Guard", "the National Guard"
        place = self._genitive_place_end(sent, lex, end)
        if place:
            return place
        if not played and not honorific and _phrase_before(toks, lex.word("setting_leads"), i):
            return end  # where a film is set: "Set in São Paulo 's overcrowded Casa de Detenção"
        if played or honorific or not i:
            return None
        if toks[i - 1].lower in lex.word("skill_verbs"):
            return end  # a skill or a tongue: "learns Muay Thai from a guard"
        if len(words) == 1 and end < len(toks) and toks[end].text[:1].isdigit() \
                and words[0].lower() in lex.union("prison_nouns", "prison_tails", "cell_nouns", "prison_parts"):
            return end  # a part of a prison by its number: "in Camp 9", "nel Braccio 4", "Wing 4"
        if len(words) == 1 and _lettered_part(toks, lex, i, end):
            return end  # a part of a prison by its letter: "a cell on D Wing", "B-Block", "Wing C"
        if not nickname and (self._plural_band(sent, lex, i, end)
                             or (len(words) > 1 and self._group_name(sent, lex, i))):
            return end
        if nickname and len(words) == 1 and toks[i].text in _QUOTES and self._plural_band(sent, lex, i + 1, i + 2):
            return end  # a group in quotes: 'keeps the "Cominformists" apart'
        if toks[i - 1].lower in lex.word("plural_articles"):
            return end  # a family or a gang: "i Corleonesi"
        if not nickname and end < len(toks) and toks[end].lower in lex.union("place_tails", "body_nouns") \
                and _after_article(toks, lex, i):
            return end  # a part of a town or a body: "the Brera quarter", "the rival Ochoa cartel"
        return None

    @staticmethod
    def _called_a_body(sent: Sentence, lex: Lexicon, end: int) -> bool:
        """True for a name that the apposition after it calls a group: "Prima Linea , un
        gruppo armato", "Black Hand , a gang of extortionists" (not "a gang leader": the
        noun must end its phrase, or be followed by a word, as Italian puts adjectives)."""
        toks = sent.tokens
        if end + 2 >= len(toks) or toks[end].text != "," or toks[end + 1].lower not in lex.word("indefinite_articles"):
            return False
        for k in (end + 2, end + 3):
            if k < len(toks) and toks[k].lower in lex.word("body_nouns"):
                after = toks[k + 1] if k + 1 < len(toks) else None
                return after is None or not after.text[:1].isalpha() or lex.lang != "en" \
                    or after.lower in lex.union("genitives", "relatives", "prepositions")
        return False

    @staticmethod
    def _place_named(sent: Sentence, lex: Lexicon, i: int, words: tuple) -> bool:
        """True for a name that a word of places opens or leads: "Fort Knox", "Stato
        Pontificio" (whose "Stato" is no name word), "il fiume Kwai"; or a work's title after
        its noun: "the show American Maniacs"."""
        toks = sent.tokens
        prev = toks[i - 1] if i else None
        if i >= 3 and not prev.is_cap and toks[i - 2].lower in lex.word("genitives") \
                and toks[i - 3].lower in lex.word("fellows"):
            return False  # one of a person's fellows, not a street: "il suo compagno di corso Leo"
        if i >= 2 and prev.lower in lex.word("articles") and toks[i - 2].lower in lex.word("work_nouns"):
            return True  # a title with its own article: "il quotidiano La Prensa"
        return (len(words) > 1 and words[0].lower() in lex.word("place_leads")) or (prev is not None and (
            prev.lower in lex.word("place_leads") if prev.is_cap
            else prev.lower in lex.union("place_nouns", "work_nouns")))

    @staticmethod
    def _film_title(sent: Sentence, lex: Lexicon, end: int) -> bool:
        """True for capitals that the sentence calls a film of a year: "Death Warrant is a
        1990 action film", "Brokedown Palace è un film del 1999" (not "Ugo is a film critic"),
        perhaps with its title in another language between brackets first."""
        toks = sent.tokens
        if end < len(toks) and toks[end].text == "(":  # the original title: "Snow Wall (雪の壁) is a 1966 film"
            close = next((k for k in range(end + 1, min(end + 16, len(toks))) if toks[k].text == ")"), None)
            end = close + 1 if close is not None else end
        # (a machine translation may drop the article: "Anchieta Island is Brazilian film of 1979")
        article = end + 1 < len(toks) and toks[end + 1].lower in lex.word("indefinite_articles")
        window = toks[end + 1 + article:end + 8]
        return end + 2 < len(toks) and toks[end].lower in lex.word("copulas") \
            and not lex.word("film_nouns").isdisjoint(t.lower for t in window) \
            and _has_year(window)

    @staticmethod
    def _credited(sent: Sentence, lex: Lexicon, i: int) -> bool:
        """True for a name in a film's credits, in a sentence about the film: right after
        "directed by" or "starring", or later in a list they open ("a film starring Ugo
        Sarri , Ada Brill and Leo Brai"), or the studio after them ("directed by Ugo Sarri for Lion
        Pictures"), or after "with" past a film of a year ("a 1938 film , with Ugo Sarri")."""
        toks, credits, joins = sent.tokens, lex.word("credit_intros"), lex.word("coordinators")
        particles = lex.word("particles")
        j = i
        # to the start of a name with particles inside it: "diretto da Clemente de la Cerda"
        while j > 1 and toks[j - 1].lower in particles and (toks[j - 2].is_cap or toks[j - 2].lower in particles):
            j -= 1
            while j > 0 and toks[j - 1].is_cap:
                j -= 1
        while j > 0:
            if _phrase_before(toks, credits, j):  # in a sentence about the film: "It stars Ugo Sarri"
                return _film_before(toks, lex, j) or toks[0].lower in lex.word("film_pronouns")
            if j >= 2 and toks[j - 1].lower in lex.word("cast_withs") and toks[j - 2].text in ",)" \
                    and _film_before(toks, lex, j) and _has_year(toks[:j]):
                return True  # the cast after the film of a year: "è un film del 1938 diretto da …, con Ugo Sarri"
            if toks[j - 1].text != "," and toks[j - 1].lower not in joins \
                    and toks[j - 1].lower not in lex.word("credit_studio_links"):
                return False
            j -= 1
            while j > 0 and toks[j - 1].text == ",":
                j -= 1  # the separators a cut name leaves side by side: "Ugo Sarri , [[ ]] e Ada Brill"
            start = j
            while j > 0:
                if toks[j - 1].is_cap or toks[j - 1].text in ".-":
                    j -= 1
                elif j >= 2 and toks[j - 1].text == ")" and toks[j - 2].text == "(":
                    j -= 2  # the empty brackets of a cut name: "starring ( ) , Ada Brill", "Ugo ( ) for Lion Pictures"
                else:
                    break
            if j == start:
                return False
        return False

    def _genitive_place_end(self, sent: Sentence, lex: Lexicon, end: int) -> int | None:
        """End of a name such as "Hell's Kitchen" when the name run ending at ``end`` is
        followed by "'s" and a capitalised word that is no title, role or name with an
        actor; else None. A person's name seldom stands right after a possessive."""
        toks = sent.tokens
        if end + 1 >= len(toks) or toks[end].text not in POSSESSIVE_MARKS or not toks[end + 1].is_cap:
            return None
        nxt = toks[end + 1].lower
        if nxt in lex.role_index or nxt in lex.word("honorifics") or nxt in lex.word("not_names"):
            return None
        j = end + 1
        while j < len(toks) and toks[j].is_cap and _NAME_CHARS.match(toks[j].text):
            j += 1
        return None if j < len(toks) and toks[j].text == "(" else j

    @staticmethod
    def _group_name(sent: Sentence, lex: Lexicon, i: int) -> bool:
        """True for a name of several words right after "the": a gang, a party or a
        place ("the Aryan Vanguard", "the Mojave Desert"), not a person."""
        toks = sent.tokens
        return toks[i - 1].lower in lex.word("definite_articles") and not toks[i - 1].is_cap

    @staticmethod
    def _plural_band(sent: Sentence, lex: Lexicon, i: int, end: int) -> bool:
        """True for one capitalised plural after "the", perhaps in quotes: a band or a family ("the
        Outsiders raid the shore", "the Anglins", 'the "Cominformists"'), or after a band's noun and "of",
        perhaps past an adjective of nation ("a group of Irish Volunteers"), never one person. Only where the
        article does not tell the number: "la Stokes" is one woman."""
        toks = sent.tokens
        word = toks[i].lower
        k = i - 2 if i > 1 and toks[i - 1].text in _QUOTES else i - 1  # 'the "Cominformists"'
        if k > 1 and toks[k].is_cap and toks[k - 1].lower == "of":
            k -= 1  # "a group of Irish Volunteers"
        lead = toks[k].lower in lex.word("definite_articles") and (k == 0 or not toks[k].is_cap) \
            or (k > 0 and toks[k].lower == "of" and toks[k - 1].lower in lex.word("body_nouns"))
        return end == i + 1 and not lex.word("plural_articles") and lead and len(word) > 4 and word.endswith("s") \
            and not word.endswith(("ss", "us", "is", "ys", "os"))

    @staticmethod
    def _is_org(sent: Sentence, lex: Lexicon, end: int) -> bool:
        """True for a name ending in a company's or a place's head word ("Banton Construction
        Co.", "Hyde Park")."""
        toks = sent.tokens
        last = end - 1
        if last and _generation(toks[last], lex):
            last -= 1  # "World War II" is no one
        return toks[last].lower in lex.word("org_heads")


def _british_film(sent: Sentence, lex: Lexicon) -> bool:
    """True for a sentence about a British film of a year: "a 1957 British crime drama film",
    "un film italo-britannico del 1989". A word for the film's country stands near its noun."""
    toks, films, british = sent.tokens, lex.word("film_nouns"), lex.word("british_films")
    if not _has_year(toks):
        return False
    return any(t.lower in films and any(british.intersection(w.lower.split("-")) for w in toks[max(0, k - 4):k + 3])
               for k, t in enumerate(toks))


def _film_before(toks: list[Token], lex: Lexicon, j: int) -> bool:
    """True when a word for a film stands before token j: the sentence speaks of the film."""
    return not lex.word("film_nouns").isdisjoint(t.lower for t in toks[:j])


def _has_year(toks: list[Token]) -> bool:
    """True when a year of four digits stands among the tokens: the film sentence's "a 1938 film"."""
    return any(len(t.text) == 4 and t.text.isdigit() for t in toks)


def _forces_rank(toks: list[Token], lex: Lexicon, i: int, noun: RoleNoun) -> bool:
    """True when the rank at token i follows the name of an armed service, and so is no rank of
    the prison's: "Air Force captain Roy Haskell" is no captain of the guards."""
    return noun.rank and i > 0 and toks[i - 1].lower in lex.word("armed_services")


def find_mentions(text: Text) -> tuple[list[SentenceUnits], list[Mention]]:
    """Every sentence as units, and every mention found."""
    finder = _Finder(text)
    # prisons first, so that a short name used before the full one is known ("Harrow Creek")
    for sent in text.sentences:
        finder.find_prisons(sent)
    finder.prison_cores()
    units = [finder.sentence(sent) for sent in text.sentences]
    return units, finder.mentions


def _place_before_title(sent: Sentence, lex: Lexicon, k: int) -> bool:
    """True for one capitalised word between a definite article and a plain noun that a name
    follows: a place or a creed that qualifies the noun, "the Cluj historian Ioan", not a person."""
    toks = sent.tokens
    if k < 1 or k + 2 >= len(toks) or toks[k - 1].lower not in lex.word("definite_articles"):
        return False
    noun, name = toks[k + 1], toks[k + 2]
    return noun.text.isalpha() and noun.text.islower() and noun.lower not in lex.union(
        "articles", "prepositions", "coordinators", "clause_openers", "copulas", "auxiliaries", "particles") \
        and name.is_cap and _NAME_CHARS.match(name.text) is not None and name.lower not in lex.word("not_names")


_DASHES = frozenset({"-", "–", "—"})


def _paired_qualifier(sent: Sentence, lex: Lexicon, k: int) -> bool:
    """True for either of two capitalised words joined by a dash between a definite article and
    a plain noun: "the Tito–Stalin split", "the Nixon–Mao meeting" name an event, not people."""
    toks = sent.tokens
    first = k - 2 if k >= 2 and toks[k - 1].text in _DASHES else k
    if first < 1 or first + 3 >= len(toks) or toks[first + 1].text not in _DASHES \
            or toks[first - 1].lower not in lex.word("definite_articles"):
        return False
    second, noun = toks[first + 2], toks[first + 3]
    return toks[first].is_cap and second.is_cap and noun.text.isalpha() and noun.text.islower()


def _lettered_part(toks: list[Token], lex: Lexicon, i: int, end: int) -> bool:
    """True for the one capitalised word at i that is a part of a prison named by a letter
    before it, a letter after it, or a letter joined to it: "D Wing", "Block C", "B-Wing"."""
    parts = lex.word("prison_parts")
    word = toks[i].lower
    lead, _, tail = word.rpartition("-")
    if lead and len(lead) == 1 and lead.isalpha() and tail in parts:
        return True

    def letter(tok: Token) -> bool:
        return len(tok.text) == 1 and tok.text.isupper()

    return word in parts and ((i and letter(toks[i - 1])) or (end < len(toks) and letter(toks[end])))


def _held_by_state(toks: list[Token], lex: Lexicon, j: int) -> bool:
    """True when a county or a state stands before the tail at j, past whom it holds ("County Women 's")."""
    if j > 2 and toks[j - 1].text in POSSESSIVE_MARKS and toks[j - 2].lower in lex.word("prison_inmates"):
        j -= 2
    return toks[j - 1].lower in lex.word("prison_modifiers")


def _tells_of_prison(sent: Sentence, lex: Lexicon) -> bool:
    """True when the sentence speaks of cells or inmates ("prison_signs")."""
    return lex.any_phrase_in(sent.lowers, "prison_signs")


def _after_article(toks: list[Token], lex: Lexicon, i: int) -> bool:
    """True when a definite article stands right before i, or before one lower-case
    word that does: "the Brera quarter", "the rival Ochoa cartel"."""
    k = i - 1
    if k > 0 and toks[k].text.isalpha() and toks[k].text.islower() \
            and toks[k].lower not in lex.word("definite_articles"):
        k -= 1
    return toks[k].lower in lex.word("definite_articles") and not toks[k].is_cap


def _caps_end(toks: list[Token], k: int) -> int:
    """Where the run of capitalised words from k ends."""
    while k < len(toks) and toks[k].is_cap:
        k += 1
    return k


def _commander_of_body(toks: list[Token], lex: Lexicon, i: int) -> bool:
    """True when a title of command and the body it is held in stand before the name at i: "il
    colonnello della Securitate Radu Dumitrescu", "the major of the NKVD Orlov"."""
    links = lex.union("articles", "genitives")
    k = i - 1
    for _ in range(2):  # the body, in one or two words
        if k < 3 or not toks[k].text[:1].isalpha() or toks[k].lower in links:
            return False
        k -= 1
        if toks[k].lower in lex.word("articles") and toks[k - 1].lower in lex.word("genitives"):
            k -= 1  # "of the"
        if toks[k].lower in lex.word("genitives"):
            return toks[k - 1].lower in lex.word("command_titles")
    return False


def _is_initial(toks: list[Token], j: int) -> bool:
    """True for a capital letter with its full stop right after it, at j."""
    return j + 1 < len(toks) and len(toks[j].text) == 1 and toks[j].text.isupper() \
        and toks[j + 1].text == "." and toks[j + 1].start == toks[j].end


def _generation(tok: Token, lex: Lexicon) -> bool:
    """True for a generation written in capitals after a surname: the "III" of "Nelson Biederman III"."""
    return tok.text.isupper() and tok.lower in lex.word("name_suffixes")


def _nickname_word(tok: Token, lex: Lexicon) -> bool:
    """A word of a quoted nickname: a capitalised word, an article, or an elided
    dialect article ("Peppe «'u Surciu» Lanza")."""
    return tok.is_cap or tok.lower in lex.word("articles") or tok.text in ("'", "’") \
        or (len(tok.text) <= 2 and tok.text.isalpha()) or tok.lower in lex.word("leading_particles")
