"""Characters stage: link names to role nouns, cluster mentions into people.

Link rules from the lexicon tie a name to the role noun beside it ("Warden
Silas Greer", "Il direttore di Rocca Salina, Aurelio Marchi", "an inmate
named Hollis Webb"). Names then cluster across the summary by their words
("Hugo Penn", "Penn", "Hugo"), and a role noun with no name becomes a
role-only character ("the warden") that later mentions of the noun join.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate

from .lexicon import OPENING, Lexicon, Rule, load, longer_given_names
from .mentions import Mention, SentenceUnits, Unit
from .text import POSSESSIVE_MARKS

__all__ = ["Character", "Evidence", "cluster", "abstract", "Abstract", "describe"]


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: a sentence, the rule that fired, a confidence."""

    sent: int
    rule: str
    confidence: float


@dataclass
class Character:
    """One person of the story with every way the text names them."""

    id: int
    label: str = ""
    aliases: set[str] = field(default_factory=set)
    actor: str | None = None
    roles: dict[str, Evidence] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    named: bool = False
    modifier: str | None = None
    authority: bool = False
    weak: bool = False  # no sign that the name is a person's; kept only as an argument of a relation

    def add_role(self, role: str, evidence: Evidence) -> None:
        old = self.roles.get(role)
        if old is None or evidence.confidence > old.confidence:
            self.roles[role] = evidence


@dataclass
class Abstract:
    """A sentence as a string of words and ``@id`` placeholders for characters."""

    su: SentenceUnits
    units: list[Unit]
    chars: list[int | None]
    text: str
    offsets: list[int]

    def unit_at(self, pos: int) -> int:
        """Index of the unit that starts at or covers string offset ``pos``."""
        lo, hi = 0, len(self.offsets) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.offsets[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo


def _join(units: list[Unit]) -> tuple[str, list[int]]:
    """The units' texts joined by spaces, and where each starts."""
    texts = [u.text for u in units]
    offsets = list(accumulate([len(t) + 1 for t in texts[:-1]], initial=0)) if texts else []
    return " ".join(texts), offsets


class _UnionFind:
    def __init__(self):
        self.parent: dict[int, int] = {}

    def find(self, x: int) -> int:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def blocking_cues(lex: Lexicon, rule: Rule, before: str) -> list[str]:
    """The kinds of cue in ``before`` (the sentence up to the match) that block ``rule``."""
    return [kind for kind in rule.blocked_by if lex.cue_before(kind, before)]


_KEY = re.compile(r"@([nr])(\d+)")


def _apply_links(sentences: list[SentenceUnits], uf: _UnionFind) -> set[int]:
    """Union the mentions that link rules tie together ("Warden Silas Greer").

    Each link rule runs once over a language's sentences joined by newlines,
    which no pattern crosses. The rules run in file order and a role noun
    ties to one name only: the first rule that ties it wins, so "Rossi , la
    guardia Becker" does not make Rossi and Becker one person.

    Returns the role nouns that a cue kept from their name: "Rex believes
    that Ned is the informer" says the noun of Ned, so it names no one else."""
    bound: dict[int, int] = {}  # role-noun mention -> the name it was tied to
    said_of: set[int] = set()
    by_lang: dict[str, list[str]] = {}
    lexicons = {}
    for su in sentences:
        by_lang.setdefault(su.lex.lang, []).append(" ".join([u.text for u in su.units]))
        lexicons[su.lex.lang] = su.lex
    for lang, texts in by_lang.items():
        lex = lexicons[lang]
        text = "\n".join(texts)
        for rule, m in lex.link_scanner.finditer(text):
            if "\n" in m.group():
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            keys = [(k.group(1), int(k.group(2))) for g in m.groupdict().values() if g for k in _KEY.finditer(g)]
            cues = blocking_cues(lex, rule, text[line_start:m.start()])
            if cues:
                # a cue of meaning says the noun of the name; one of form ("When … ,") says nothing
                if any(kind == "n" for kind, _ in keys) and any(cue != OPENING for cue in cues):
                    said_of.update(i for kind, i in keys if kind == "r")
                continue
            names = [i for kind, i in keys if kind == "n"]
            if any(uf.find(bound.get(i, n)) != uf.find(n) for kind, i in keys if kind == "r" for n in names):
                continue  # the role noun is already some other name's ("la guardia Becker")
            if any(uf.find(bound[r]) == uf.find(n) for r in _nouns_between(m) if r in bound for n in names):
                continue  # the name is the nearer noun's: "una spia del capo delle guardie , il tenente Leo"
            for kind, i in keys:
                if kind == "r" and names:
                    bound.setdefault(i, names[0])
            for _, x in keys[1:]:
                uf.union(keys[0][1], x)
    return said_of


def _nouns_between(m: re.Match) -> set[int]:
    """The role nouns that a link's match holds between its role noun ``a`` and the comma that
    sets off its name ``b``: "@r1 del @r2 , il @n3" gives {2}; not one the rule ties in a group
    of its own ("@r1 is @r2 , @n3", the second noun in ``also``)."""
    groups = m.groupdict()
    if not groups.get("a") or not groups.get("b") or m.start("a") > m.start("b"):
        return set()
    start = m.end("a")
    between = m.string[start:m.start("b")]
    comma = between.rfind(" , ")
    tied = [m.span(g) for g, v in groups.items() if v and g not in ("a", "b")]
    return {int(k.group(2)) for k in _KEY.finditer(between[:max(comma, 0)]) if k.group(1) == "r"
            and not any(s <= start + k.start() < e for s, e in tied)}


def _locative(su: SentenceUnits, k: int) -> bool:
    """True when the unit stands after a preposition of place ("in Chicago", "di Napoli")."""
    prev = su.units[k - 1].text if k else ""
    if k >= 2 and prev[:1].isdigit() and su.units[k - 2].text in su.lex.word("locatives"):
        # a time and a place: "in 1930s Georgia", "in 1971 London , small-time fence Terry";
        # not a time and a person: "in 1943 Rex Keel is arrested", "in 1943 Orso , a lieutenant"
        units = su.units
        return prev.endswith("s") or (k + 2 < len(units) and units[k + 1].text == ","
                                      and units[k + 2].text not in su.lex.word("indefinite_articles"))
    if k >= 2 and prev in su.lex.word("agent_prepositions") and su.units[k - 2].text in su.lex.word("motion_verbs"):
        return True  # "arriva da Perth": where one comes from, not who acts
    if k >= 2 and su.units[k - 2].text in su.lex.word("comitatives"):
        # "insieme a Leo Gori": with someone, not somewhere; but a place near a place: "un villaggio vicino ad Aleppo"
        return k >= 3 and su.units[k - 3].text in su.lex.word("place_nouns")
    if k >= 2 and prev in su.lex.word("aerial_prepositions") and su.units[k - 2].text in su.lex.word("verb_particles"):
        return True  # "shot down over Haiphong", "bails out over France"
    if k >= 2 and prev in su.lex.word("definite_articles") and len(su.units[k].mention.words) == 1:
        return su.units[k - 2].text in su.lex.word("locatives")  # "sinks into the Atlantic"
    # the preposition before the adjective, past an article: "in the English Midlands"
    j = k - 3 if k >= 4 and su.units[k - 2].text in su.lex.word("definite_articles") else k - 2
    if k >= 3 and su.units[j].text in su.lex.word("locatives") and su.units[j].text not in \
            su.lex.word("genitives") and su.units[k - 1].mention is None \
            and (prev.endswith("ern") or _capitalised(su, k - 1)):
        # a place's adjective inside a sentence: "in French Guiana", "in northern Sonora" (not a title
        # after "of": "del Consiglio Giulio Andreotti"; not a time or a place that opens the sentence
        # before its subject: "In June Ned Pryor escapes", "In Libya Ned Pryor meets")
        return True
    # (or a topic, named once in passing: "everything Orlik says at night about Stalin")
    return prev in su.lex.union("locatives", "topic_prepositions")


def _capitalised(su: SentenceUnits, k: int) -> bool:
    """True when the plain word at unit k begins with a capital in the text ("French")."""
    start = su.units[k].start
    return any(t.start == start and t.is_cap for t in su.sentence.tokens)


def _dateline(su: SentenceUnits, k: int) -> bool:
    """True for a name that a sentence of its own gives with a year ("Buenos Aires, 1977.") or
    alone, with no actor to play it ("Nuova Delhi.")."""
    units = su.units
    if k == 0 and len(units) == 2 and units[1].text == "." and units[0].mention.actor is None:
        return True
    # (the name may close a place's name: "Berlino Ovest, 1961.")
    lead = k == 1 and units[0].mention is None and _capitalised(su, 0)
    return (k == 0 or lead) and 3 <= len(units) - k <= 5 and units[k + 1].text == "," \
        and any(u.text.isdigit() and len(u.text) == 4 for u in units[k + 2:])


def cluster(sentences: list[SentenceUnits], mentions: list[Mention]) -> list[Character]:
    """Group mentions into characters and set each ``mention.char``."""
    uf = _UnionFind()
    for m in mentions:
        if m.kind != "prison":
            uf.find(m.id)
    said_of = _apply_links(sentences, uf)
    comps: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind != "prison":
            comps.setdefault(uf.find(m.id), []).append(m)

    # whether each mention stands after a preposition of place, or is what an infinitive acts on
    after_prep: dict[int, bool] = {}
    wanted: set[int] = set()
    for su in sentences:
        units = su.units
        for k in [k for k, u in enumerate(units) if u.mention is not None]:
            possessor = k + 1 < len(units) and units[k + 1].text in POSSESSIVE_MARKS
            after_prep[units[k].mention.id] = (_locative(su, k) or _dateline(su, k)) and not possessor
            if _infinitive_object(su, k):
                wanted.add(units[k].mention.id)
    linked = {uf.find(m.id) for m in mentions if m.kind != "prison"
              and len(comps.get(uf.find(m.id), ())) > 1}

    people: list[dict] = []  # {"full": tuple, "names": set, "nick": set, "comps": [root], "actor": bool}

    def person_for(words: tuple[str, ...], nick: set[str], said: set[str]):
        for p in people:
            if " ".join(p["full"]) in said:
                return p  # a later "Big Ed" is the man first named "'Big Ed' Somers"
        if len(words) >= 2:
            for p in people:
                if p["full"] == words or words in p["names"] or " ".join(words) in p["nick"] \
                        or (words[-1] == p["full"][-1] and words[0] == p["full"][0]) \
                        or p["full"][:len(words)] == words \
                        or p["full"][-len(words):] == words:  # "Dee Dee" of "Dee Dee Walsh", "Lo Russo"
                    return p
            return None
        word = words[0]
        # a first name, a surname, or a middle word of three ("Nick" of "Big Nick Sarto")
        hits = [p for p in people if word in p["nick"] or word in p["full"] or words in p["names"]]
        if not hits:  # the short form of a first name: "Gene" of "Eugene DeBruin"
            longer = longer_given_names().get(word.lower(), frozenset())
            hits = [p for p in people if len(p["full"]) > 1 and p["full"][0].lower() in longer]
        if len(hits) > 1:
            # of two "Breslin"s, the one whose actor the text names is the one the story follows
            hits = [p for p in hits if p["actor"]] if sum(1 for p in hits if p["actor"]) == 1 else hits
        return hits[0] if len(hits) == 1 else ("ambiguous" if hits else None)

    named_comps = [(root, ms) for root, ms in comps.items() if any(m.kind == "name" for m in ms)]
    named_comps.sort(key=lambda rm: (-max(len(m.words) for m in rm[1] if m.kind == "name"), rm[1][0].id))
    comp_person: dict[int, dict] = {}
    for root, ms in named_comps:
        names = [m for m in ms if m.kind == "name"]
        full = max((m.words for m in names), key=len)
        nick = {w for m in names if m.nickname for w in (m.nickname, *m.nickname.split()[-1:])}
        found = person_for(full, nick, {m.nickname for m in names if m.nickname})
        if found == "ambiguous":
            continue
        if found is None:
            found = {"full": full, "names": set(), "nick": set(), "comps": [], "actor": False}
            people.append(found)
        found["nick"] |= nick
        found["names"] |= {m.words for m in names}  # a false name linked to it: "under the name Ugo Sarri"
        found["actor"] = found["actor"] or any(m.actor for m in ms)
        found["comps"].append(root)
        comp_person[root] = found

    chars: list[Character] = []
    char_of_root: dict[int, Character] = {}
    for p in people:
        ms = sorted((m for r in p["comps"] for m in comps[r]), key=lambda m: m.id)
        # (not a name that is all in quotes after a preposition of place: "mandato nella «Zarca»", a
        # block of the prison)
        evidence = any(m.actor or m.honorific or m.kind == "role" or (
            m.nickname and not (after_prep.get(m.id, False) and " ".join(m.words) == m.nickname)) for m in ms) \
            or any(r in linked for r in p["comps"]) \
            or any(not after_prep.get(m.id, False) and not m.weak for m in ms)
        c = Character(len(chars), named=True, weak=not evidence)
        chars.append(c)
        for r in p["comps"]:
            char_of_root[r] = c

    # role-only characters, in document order; later mentions of a noun join the latest holder
    latest: dict[str, Character] = {}
    by_mod: dict[tuple[str, str | None], Character] = {}
    for m in sorted(mentions, key=lambda m: m.id):
        if m.kind == "prison":
            continue
        root = uf.find(m.id)
        if root in char_of_root:
            c = char_of_root[root]
            if m.kind == "role":
                key = m.role.key
                pending = by_mod.get((key, "new"))
                if pending is not None and not pending.named and pending is not c and m.modifier in (None, "new") \
                        and _first_id(pending) < m.id:
                    _merge(pending, c, char_of_root)
                    by_mod[(key, "new")] = c
                elif (unnamed := latest.get(key)) is not None and not unnamed.named and unnamed is not c \
                        and m.modifier is None and _opens_with(m, sentences[m.sent].lex, "definite_articles") \
                        and not _qualified(m, sentences[m.sent]):
                    # "the housemaster" told of before the text names him: "Mr Roach , the housemaster"
                    # (not "il direttore del penitenziario di Rocca Bassa", who may head another prison)
                    _merge(unnamed, c, char_of_root)
                    by_mod[(key, None)] = c
                latest[key] = c
            else:
                for title in m.titles:  # "Captain Brandt": a later "his captain" is him
                    latest[title.key] = c
            m.char = c.id
            c.mentions.append(m)
            continue
        if m.kind != "role" or not (m.role.standalone or m.possessor or m.described
                                    or _rank_pointing_back(m, latest, sentences[m.sent].lex)) \
                or not m.determined or m.id in said_of:
            continue
        if m.id in wanted and _indefinite(m, sentences[m.sent].lex):
            continue  # "accused of plotting to kill a guard": no one the story meets
        key = m.role.key
        if m.modifier:
            c = by_mod.get((key, m.modifier))
            if c is None and m.modifier == "old" and (key, "new") not in by_mod \
                    and not _indefinite(m, sentences[m.sent].lex):
                c = latest.get(key)  # "the former sheriff" after the one sheriff the text named
        elif _indefinite(m, sentences[m.sent].lex):
            c = None  # "an informer is found dead": someone new, not the last informer named
        elif m.indefinite:
            # words between the article and the noun: the holder only if the text called him by this
            # noun ("a grateful warden"), else someone new ("an internal affairs investigator" after
            # "a narcotics detective")
            holder = latest.get(key)
            c = holder if holder is not None and _called(holder, {m.text.lower().split()[-1]}) else None
        else:
            c = _same_noun(m, latest, latest.get(key) or _shortened(m, latest))
        if c is None and m.genitive:
            continue  # "the chaplain's clerk": a chaplain named only through his clerk is no one in the story
        if c is None:
            c = Character(len(chars), modifier=m.modifier)
            chars.append(c)
            by_mod[(key, m.modifier)] = c
        char_of_root[root] = c
        latest[key] = c
        m.char = c.id
        c.mentions.append(m)

    chars = [c for c in chars if c.mentions]
    for new_id, c in enumerate(chars):
        c.id = new_id
        for m in c.mentions:
            m.char = new_id
    for c in chars:
        describe(c)
    return chars


def _shortened(m: Mention, latest: dict[str, Character]) -> Character | None:
    """The holder of the role that ``m``'s noun is short for, when the text named that
    holder with a form holding the noun: "the governor" after "the prison governor"; or the
    one named holder of another role whose longer title the noun opened."""
    words = {w for form in m.role.forms for w in form}
    if m.role.rank:
        # a bare rank: the latest one the text gave it in a longer title ("il capitano" after
        # "il capitano dei carabinieri Bellodi")
        own = set(m.text.lower().split()) & words
        holders = [h for key, h in latest.items() if key != m.role.key and _called(h, own)]
        return max(holders, key=_first_id) if holders else None
    holder = latest.get(m.role.short_for) if m.role.short_for else None
    if holder is not None and _called(holder, words):
        return holder
    # a bare noun that opened the longer title of a named holder of another role: "all'ispettore" after
    # "l'ispettore di polizia penitenziaria Leo Gori", a guard
    noun = m.text.lower().split()[-1]
    holders = {id(h): h for key, h in latest.items() if key != m.role.key and h.named and any(
        x.kind == "role" and x.role.key == key and _opens_title(x, noun)
        for x in h.mentions)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def _opens_title(x: Mention, noun: str) -> bool:
    """True when the noun opens a longer role title that mention ``x`` holds."""
    text = x.text.lower()
    return any(len(form) > 1 and form[0] == noun and " ".join(form) in text for form in x.role.forms)


def _rank_pointing_back(m: Mention, latest: dict[str, Character], lex: Lexicon) -> bool:
    """True for a rank or a title alone that points back to the named one the text gave it:
    "the sergeant" after "Sergeant Lou Fenner"; such a word alone is no one otherwise."""
    holder = latest.get(m.role.key)
    return m.role.rank and holder is not None and holder.named and _opens_with(m, lex, "definite_articles")


def _same_noun(m: Mention, latest: dict[str, Character], holder: Character | None) -> Character | None:
    """Who a definite role noun refers to: the latest ``holder`` of its kind, unless the text
    never called that one by this noun and called another of the same role so: "the keeper"
    is "the principal keeper", not "a guard" struck in between."""
    if holder is None:
        return None
    noun = {m.text.lower().split()[-1]}
    if _called(holder, noun):
        return holder
    others = [h for key, h in latest.items() if h is not holder and _called(h, noun)
              and any(x.role.role == m.role.role for x in h.mentions if x.kind == "role")]
    return max(others, key=_first_id) if others else holder


def _called(holder: Character, words: set[str]) -> bool:
    """True when a role mention of ``holder`` holds one of ``words``."""
    return any(words & set(x.text.lower().split()) for x in holder.mentions if x.kind == "role")


def _opens_with(m: Mention, lex: Lexicon, articles: str) -> bool:
    """True when the mention opens with a word of the list ``articles``: "a guard" and
    "un'informatrice" with "indefinite_articles", "the guard" and "l'agente" with
    "definite_articles"."""
    low = m.text.lower().replace("’", "'")
    return any(low.startswith(a if a.endswith("'") else a + " ") for a in lex.word(articles))


def _indefinite(m: Mention, lex: Lexicon) -> bool:
    return _opens_with(m, lex, "indefinite_articles")


def _infinitive_object(su: SentenceUnits, k: int) -> bool:
    """True when the mention at unit k is what an infinitive or a deed told in passing right before
    it acts on, with no relative clause after it to tell what it does: "plotting to kill a guard", "di
    voler uccidere una guardia", "after striking an overseer" (not "tries to bribe a guard, who …",
    nor what one is: "turns out to be a policeman", "vuole diventare un informatore")."""
    units, lex = su.units, su.lex
    if k < 2 or not units[k - 1].text.isalpha() or not units[k - 1].text.islower():
        return False
    verb, marker = units[k - 1].text, units[k - 2].text
    if verb in lex.word("being_verbs"):
        return False
    endings = lex.endings("infinitive_endings")
    if endings:
        # a language whose infinitives have endings: one after "di", "per", "a", or another infinitive,
        # whole or clipped: "di voler uccidere"
        clipped = lex.endings("clipped_infinitive_endings")
        infinitive = verb.endswith(endings) and (marker in lex.union("infinitive_leads", "infinitive_markers")
                                                 or marker.endswith(endings + clipped))
    else:  # one that marks them by a word: "to kill"; or none, after a verb that takes its object first: "helps
        # Ada call a lawyer"
        infinitive = (marker in lex.word("infinitive_markers") or (
            k >= 3 and units[k - 3].text in lex.word("bare_infinitive_leads")
            and (units[k - 2].mention is not None or marker in ("him", "her", "them")))) \
            and verb not in lex.word("articles")
    # a deed told in passing: "after striking an overseer", "per aver colpito una guardia"
    deed = marker in lex.word("deed_leads") and verb.endswith(lex.endings("gerund_endings") if not endings
                                                              else lex.endings("participle_endings"))
    after = [u.text for u in units[k + 1:k + 3]]
    relative = bool(after) and (after[0] in lex.word("relatives") or after[-1] in lex.word("relatives"))
    return (infinitive or deed) and not relative


def _qualified(m: Mention, su: SentenceUnits) -> bool:
    """True when a preposition follows the role noun: "the warden of Harlan", "il direttore del carcere"."""
    prepositions = su.lex.word("prepositions")
    for k, u in enumerate(su.units[:-1]):
        if u.mention is m:
            return su.units[k + 1].text.lower() in prepositions
    return False


def _first_id(c: Character) -> int:
    return min(m.id for m in c.mentions) if c.mentions else 10 ** 9


def _merge(old: Character, new: Character, char_of_root: dict) -> None:
    """Move every mention of ``old`` into ``new`` (an unnamed role holder later named)."""
    for m in old.mentions:
        new.mentions.append(m)
    old.mentions = []
    for root, c in list(char_of_root.items()):
        if c is old:
            char_of_root[root] = new


def _surface(m: Mention) -> str:
    return " ".join(m.text.split())


def _joined(words: tuple[str, ...]) -> str:
    """A name's words as the text writes them: a space between, none after an elided article ("Nicola
    Dell'Aquila", "Ciro D'Amato")."""
    out = ""
    for w in words:
        out += w if not out or out[-1] in "'’" else f" {w}"
    return out


def describe(c: Character) -> None:
    """Label, aliases, actor, authority and role classes from the mentions."""
    names = [m for m in c.mentions if m.kind == "name"]
    roles = [m for m in c.mentions if m.kind == "role"]
    if names:
        best = max(names, key=lambda m: (len(m.words), -m.id))
        c.label = _joined(best.words)
        if len(c.label) == 1 and best.honorific:
            c.label = f"{best.honorific} {c.label}"  # a letter is no name without its title: "Dr. D"
        c.named = True
    else:
        first = min(roles, key=lambda m: m.id)
        base = first.role.name
        if c.modifier and base.startswith("the "):
            base = f"the {c.modifier} {base[4:]}"
        c.label = base
    for m in names:
        c.aliases.add(_joined(m.words))
        if m.honorific:
            c.aliases.add(f"{m.honorific} {_joined(m.words)}")
        if m.nickname:
            c.aliases.add(m.nickname)
    for m in roles:
        if m.role.alias:
            c.aliases.add(" ".join(m.role.forms[0]))
            c.aliases.add(_surface(m))
    # a bare rank says nothing of the role when a fuller title says what the rank is of:
    # "il capitano" of "il capitano dei carabinieri Bellodi" is no captain of the guards
    titled = {w for m in roles if not m.role.rank for w in m.text.lower().split()}
    for m in c.mentions:
        if m.actor and not c.actor:
            c.actor = m.actor
        c.authority |= m.commands  # telling "Colonel Hollis" is telling an authority
        nouns = [m.role] if m.kind == "role" else m.titles  # "Sgt. Oakes": the honorific's role
        for noun in nouns:
            c.authority |= noun.authority and m.modifier != "old"  # "un ex poliziotto" commands no one
            if noun.role and noun.rank:  # weakest of all: see extract's _settle_weak_roles
                if m.modifier == "old" and m.kind == "role":
                    continue  # "a former captain who runs the betting": a rank held once
                if m.kind != "role" or titled.isdisjoint(m.text.lower().split()[-1:]):
                    c.add_role(noun.role, Evidence(m.sent, f"rank:{noun.key}", 0.6))
            elif noun.role:
                if noun.role == "inmate" and m.kind == "role" and _past(m):
                    continue  # "a former convict named Lew": his time is behind him
                c.add_role(noun.role, Evidence(m.sent, f"noun:{noun.key}", 0.9 if m.kind == "role" else 0.8))
    c.aliases.discard(c.label)
    c.aliases.discard("")


def _past(m: Mention) -> bool:
    """True for a role noun said of a time now past: "a former convict", "un ex detenuto"."""
    return m.modifier == "old" and not _past_modifiers().isdisjoint(m.text.lower().split())


@lru_cache(maxsize=1)
def _past_modifiers() -> frozenset[str]:
    """The words of both languages that put a role in the past (they differ: "former", "ex")."""
    return load("en").word("past_modifiers") | load("it").word("past_modifiers")


def abstract(sentences: list[SentenceUnits]) -> list[Abstract]:
    """Each sentence with its mentions of characters replaced by placeholders:
    ``@3`` for a name of character 3, ``@3~warden`` for a role noun that
    refers to it. Role nouns of no character go back to being words."""
    out = []
    cells = _cell_names(sentences)
    named_last: Mention | None = None  # the latest name of a person, which "the latter" points back to
    for su in sentences:
        units: list[Unit] = []
        chars: list[int | None] = []
        renamed = cells.get(su.lex.lang)
        for n, u in enumerate(su.units):
            m = u.mention
            if m is None and named_last is not None and units and chars[-1] is None and _latter(su, n):
                # "the latter": who was named last
                units[-1] = Unit(f"@{named_last.char}", units[-1].start, u.end, named_last)
                chars[-1] = named_last.char
                continue
            if m is not None and m.kind == "name" and m.char is not None:
                named_last = m
            if renamed and m is None:
                if (u.text,) in renamed:
                    u = Unit(renamed[(u.text,)], u.start, u.end)  # "thrown into the silo": the cell it is
                elif units and chars[-1] is None and (units[-1].text, u.text) in renamed:
                    last = units.pop()  # "shut in the dark house": one word, the cell it is
                    chars.pop()
                    u = Unit(renamed[(last.text, u.text)], last.start, u.end)
            char = m.char if m is not None and m.kind != "prison" else None
            if char is not None and chars and chars[-1] == char:
                last = units[-1]  # "Warden Greer": a title and its name are one unit
                units[-1] = Unit(last.text, last.start, u.end, last.mention)
                continue
            named = _nickname_start(units, chars, char, su.lex) if char is not None and m.kind != "role" else None
            if named is not None:
                last = units[named]  # "Rex detto il Biondo": the name and its nickname are one unit
                units[named:] = [Unit(last.text, last.start, u.end, last.mention)]
                del chars[named + 1:]
                continue
            if char is not None:
                text = f"@{char}~{m.role.key}" if m.kind == "role" else f"@{char}"
                units.append(Unit(text, u.start, u.end, m))
            elif m is not None and m.kind != "prison":
                units.append(Unit(" ".join(m.text.lower().split()), u.start, u.end))
            else:
                units.append(u)
            chars.append(char)
        text, offsets = _join(units)
        out.append(Abstract(su, units, chars, text, offsets))
    return _resolve_descriptions(out)


def _latter(su: SentenceUnits, n: int) -> bool:
    """True where unit ``n`` ends words that point back to the last person named: "the latter",
    "quest'ultimo", and no noun follows to make them an adjective ("the latter half")."""
    units = su.units
    if n == 0 or units[n - 1].mention is not None \
            or f"{units[n - 1].text.lower()} {units[n].text.lower()}" not in su.lex.word("latter"):
        return False
    return n + 1 == len(units) or units[n + 1].text.lower() not in su.lex.word("latter_not_before")


def _nickname_start(units: list[Unit], chars: list[int | None], char: int, lex: Lexicon) -> int | None:
    """The unit of the name that a nickname of the same character follows, past the words
    that introduce it and an article ("Salvatore detto 'o Professore", "Rex , known as the
    Kid"), or None."""
    k = len(units)
    if k and units[k - 1].text in lex.word("articles"):
        k -= 1
    for width in (1, 2):
        intro = " ".join(u.text for u in units[k - width:k]) if k > width else ""
        if intro in lex.word("nickname_intros") and all(c is None for c in chars[k - width:k]):
            name = k - width - 1
            if units[name].text == "," and name and chars[name - 1] == char:
                name -= 1
            return name if chars[name] == char else None
    return None


def _cell_names(sentences: list[SentenceUnits]) -> dict[str, dict[tuple[str, ...], str]]:
    """By language, the words that an apposition calls a cell ("the silo , a pit cell dug into
    the sand", "il pozzo , una cella scavata nella roccia", "the dark house , a windowless
    cell"), one word or an adjective and its noun, each mapped to the language's word for a
    cell, so that the rules read "thrown into the silo together with Ned" as a cell shared."""
    found: dict[str, dict[tuple[str, ...], str]] = {}
    for lex in {su.lex.lang: su.lex for su in sentences}.values():
        # the words that always name a cell: "locked in a casemate with Ned"
        if lex.word("cell_synonyms"):
            found[lex.lang] = {(w,): _cell_word(lex) for w in lex.word("cell_synonyms")}
    for su in sentences:
        lex = su.lex
        nouns = lex.word("cell_nouns")
        texts = [u.text for u in su.units]
        if nouns.isdisjoint(texts):
            continue  # the common case
        word = _cell_word(lex)
        leads = lex.union("definite_articles", "locatives")
        for k in range(2, len(texts) - 2):
            # (after an article, or a preposition that holds one: "nel pozzo , una cella")
            if texts[k] != "," or texts[k + 1] not in lex.word("indefinite_articles"):
                continue
            if texts[k - 2] in leads:
                words = (texts[k - 1],)
            elif k >= 3 and texts[k - 3] in leads and texts[k - 2].isalpha() and su.units[k - 2].mention is None:
                words = (texts[k - 2], texts[k - 1])  # an adjective first: "the dark house"
            else:
                continue
            name = su.units[k - 1]
            if name.mention is not None or not name.text.isalpha() or name.text in nouns:
                continue
            for x in range(k + 2, min(k + 6, len(texts))):
                if texts[x] in nouns:
                    found.setdefault(lex.lang, {})[words] = word
                    break
                if not texts[x].isalpha() or su.units[x].mention is not None:
                    break
    return found


def _cell_word(lex: Lexicon) -> str:
    """The plain word for a cell that the rules read: "cell", "cella"."""
    return min(lex.word("cell_nouns"), key=lambda w: (len(w), w))


def _fused(lex: Lexicon) -> frozenset[str]:
    """The prepositions that hold an article: "al", "del", "dello"."""
    return lex.derived("fused", lambda x: x.word("determiners") & x.word("prepositions"))


def _kin(lex: Lexicon) -> frozenset[str]:
    """The nouns of kin and of one sex that may name a person given before ("lo zio", "the
    widow"), not the plainest ones or a title ("the man", "signora")."""
    return lex.derived("kin", lambda x: x.union("male_words", "female_words") - x.word("generic_persons"))


_BOUNDARY = frozenset({",", ".", ";", ":", "(", ")", '"'})


def _content_word(word: str) -> bool:
    return len(word) > 2 and word.isalpha() and word.islower()


def _descriptions(ab: Abstract) -> list[tuple[str, int, int]]:
    """(word, character, unit) for each word of a description the sentence
    gives a character: "Gus , an aging safecracker ," or "a forger named Abe"."""
    lex, units, chars = ab.su.lex, ab.units, ab.chars
    out = []
    # a rank before a name describes its bearer: "Colonel Hollis", later "the colonel"
    for j, c in enumerate(chars):
        m = units[j].mention if c is not None else None
        if m is not None and m.kind == "name" and m.honorific:
            rank = m.honorific.split()[-1].rstrip(".").lower()
            if len(rank) > 3 and rank not in lex.union("generic_nouns", "not_names"):
                out.append((rank, c, j))
    # the one said to direct a place other than a prison is its director: "la banca , diretta dal commendator
    # Leo Gori", later "il direttore"
    directed = lex.word("directed_participles")
    for j in range(1, len(units) - 2):
        if units[j].text in directed and units[j - 1].text == "," and chars[j + 2] is not None \
                and units[j + 1].text in lex.word("agent_prepositions"):
            out.extend((noun, chars[j + 2], j) for noun in sorted(lex.word("director_nouns")))
    stop = lex.union("prepositions", "articles", "relatives", "coordinators", "possessives",
                     "clause_openers", "determiners", "generic_nouns")
    generic_nouns = lex.word("generic_nouns")
    definite = lex.word("definite_articles")
    n = len(units)

    def describing(x: int) -> bool:  # a word that may describe: "safecracker", "pope"
        return chars[x] is None and _content_word(units[x].text) and units[x].text not in stop

    # a definite noun right before a name that the sentence introduces, with its actor or the hole where
    # the actor was cut: "the old priest Ilarion (Al Moss)", "l'ucraino Mykola (Leo Gori)", "l'anziano ex
    # ministro liberale Iuliu ( )" (not "at the trial Rex")
    ages = generic_nouns | lex.union("old_modifiers", "new_modifiers")
    for j in range(n - 2):
        if units[j].text not in definite or chars[j + 1] is not None:
            continue
        t = _past_plain(units, chars, j, ages)
        shifted = t + 2 < n and chars[t + 1] is None and describing(t)
        if shifted:
            t += 1  # two describing words: "il vecchio pope Ilarion", "ex ministro liberale Iuliu"
        if t + 1 < n and describing(t) and chars[t + 1] is not None and _introduced(ab.su, units[t + 1].mention):
            out.append((units[t].text, chars[t + 1], j))
            if shifted:
                out.append((units[t - 1].text, chars[t + 1], j))
    # a definite noun, perhaps another's, set off before a name: "the prison 's barber , Gus ," is "the barber" later
    # (not a place or an owner after its preposition: "the senior officer on the wing , Miss Gorringe ,")
    places = lex.union("locatives", "genitives")
    for j in range(n - 3):
        if units[j].text not in definite or (j and units[j - 1].text in places):
            continue
        t = j + 3 if j + 3 < n and units[j + 2].text in POSSESSIVE_MARKS and chars[j + 1] is None else j + 1
        if t + 2 < n and describing(t) and units[t + 1].text == "," and chars[t + 2] is not None \
                and units[t + 2].mention is not None and units[t + 2].mention.kind == "name" \
                and (t + 3 == n or units[t + 3].text in _BOUNDARY):
            out.append((units[t].text, chars[t + 2], j))
    # a word of kin before a name, with an article: "nell'officina dello zio , Tan Kok" is "lo zio" later
    # (not the plainest words, "the man", nor a title: "signora")
    kin, fused = _kin(lex), _fused(lex)
    for j in range(n - 2):
        if (units[j].text in definite or units[j].text in fused) and units[j + 1].text in kin \
                and chars[j + 1] is None:
            t = j + 3 if units[j + 2].text == "," and j + 3 < n else j + 2
            if chars[t] is not None and units[t].mention is not None and units[t].mention.kind == "name":
                out.append((units[j + 1].text, chars[t], j))
    indefinite = lex.word("indefinite_articles")
    if indefinite.isdisjoint(ab.text.split(" ")):
        return out
    for j in range(n):
        if units[j].text not in indefinite:
            continue
        words, t = [], _past_plain(units, chars, j, generic_nouns)
        plain = t
        while t < n and len(words) < 4 and describing(t):
            words.append(units[t].text)
            t += 1
        if not words:  # "a boy named Abe", "an old man called Abe": a plain noun only where a name is given
            owner = _named_owner(units, chars, t, lex) if plain > j + 1 else None
            if owner is not None:
                out.append((units[t - 1].text, owner, j))
            continue
        if t >= n:
            continue
        after = units[t].text
        ends = after in _BOUNDARY or after in lex.word("relatives") or after in lex.word("prepositions") \
            or chars[t] is not None
        if j >= 2 and units[j - 1].text == "," and chars[j - 2] is not None and ends \
                and not (j >= 3 and units[j - 3].text in lex.word("genitives")):
            owner = chars[j - 2]  # "Gus , an aging safecracker , ..."; not "the killing of Al , a crime"
        elif after == "," and t + 1 < n and chars[t + 1] is not None and (
                t + 2 >= n or units[t + 2].text in _BOUNDARY):
            owner = chars[t + 1]  # "with an aging safecracker , Gus ,"
        else:
            owner = _named_owner(units, chars, t, lex)
        if owner is not None:
            out.extend((w, owner, j) for w in words)
    return out


def _introduced(su: SentenceUnits, m: Mention | None) -> bool:
    """True when the name mention m is given its actor, or is followed by the parentheses that held one."""
    if m is None:
        return False
    return bool(m.actor) or next((tok.text == "(" for tok in su.sentence.tokens if tok.start >= m.end), False)


def _past_plain(units: list[Unit], chars: list[int | None], j: int, plain: frozenset[str]) -> int:
    """The unit after the (at most two) plain words that follow the article at unit j:
    "a young forger", "an old man"."""
    t = j + 1
    while t < len(units) and t - j <= 2 and chars[t] is None and units[t].text in plain:
        t += 1
    return t


def _named_owner(units: list[Unit], chars: list[int | None], t: int, lex: Lexicon) -> int | None:
    """The character that a word of naming at unit t introduces, perhaps past a short
    complement: "(a forger) named Abe", "(a boy) of sixteen everyone calls Abe"."""
    n = len(units)
    if t + 2 < n and units[t].text in lex.word("prepositions") and chars[t + 1] is None \
            and (_content_word(units[t + 1].text) or units[t + 1].text.isdigit()):
        t += 2
    for width in (1, 2):  # "named Abe", "di nome Rino"
        namer = " ".join(u.text for u in units[t:t + width])
        if namer in lex.word("namers") and t + width < n and chars[t + width] is not None:
            return chars[t + width]
    return None


def _a_place(units: list[Unit], j: int, scene: frozenset[str]) -> bool:
    """True for the noun at unit j after a preposition of place and an article, and
    before no possessive: "saw him at the bank" names a place, whoever was a bank clerk."""
    return j >= 2 and units[j - 2].text in scene and (j + 1 == len(units) or units[j + 1].text not in POSSESSIVE_MARKS)


@lru_cache(maxsize=1)
def _rank_twins() -> dict[tuple[str, str], tuple[str, str]]:
    """A rank's word in the other language, both ways: ("it", "colonnello") to ("en", "colonel"),
    from the Italian rules' ``english_ranks``."""
    out = {}
    for pair in load("it").word("english_ranks"):
        it_word, en_word = pair.split()
        out[("it", it_word)], out[("en", en_word)] = ("en", en_word), ("it", it_word)
    return out


def _resolve_descriptions(abstracts: list[Abstract]) -> list[Abstract]:
    """A later "the safecracker" or "il falsario" stands for the one character
    the summary described with that word; it becomes that character's unit.
    A word that described two characters stands for neither."""
    owners: dict[tuple[str, str], set[int]] = {}
    since: dict[tuple[str, str], tuple[int, int]] = {}
    for i, ab in enumerate(abstracts):
        for word, char, at in _descriptions(ab):
            key = (ab.su.lex.lang, word)
            twin = _rank_twins().get(key)  # "il colonnello Rex Keel" is "the colonel" too
            for k in (key, twin) if twin else (key,):
                owners.setdefault(k, set()).add(char)
                since.setdefault(k, (i, at))
    if not owners:
        return abstracts
    words = {word for _, word in owners}
    out = []
    for i, ab in enumerate(abstracts):
        if words.isdisjoint(ab.text.split(" ")):
            out.append(ab)
            continue
        lex = ab.su.lex
        definite = lex.word("definite_articles")
        scene = lex.word("scene_prepositions")
        fused = _fused(lex)
        ages = lex.union("old_modifiers", "new_modifiers")
        units, chars = list(ab.units), list(ab.chars)
        changed = False
        j = len(units) - 1
        while j >= 1:
            key = (lex.lang, units[j].text)
            who = owners.get(key)
            lead = j - 1  # the article, perhaps before a word of age: "il vecchio ministro"
            if j >= 2 and units[lead].text in ages and chars[lead] is None:
                lead -= 1
            prev = units[lead].text
            if who is not None and len(who) == 1 and chars[j] is None and since[key] < (i, lead) \
                    and (prev in definite or prev in fused) \
                    and not _a_place(units, j, scene):
                char = next(iter(who))
                if j + 1 < len(chars) and chars[j + 1] not in (None, char):
                    j -= 1  # "l'americano Jimmy": the word describes the name after it
                    continue
                first = lead if prev in definite else lead + 1
                units[first:j + 1] = [Unit(f"@{char}", units[first].start, units[j].end)]
                chars[first:j + 1] = [char]
                changed = True
                j = first
            j -= 1
        if changed:
            text, offsets = _join(units)
            ab = Abstract(ab.su, units, chars, text, offsets)
        out.append(ab)
    return out
