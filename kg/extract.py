"""The extractor: one summary in, its characters, prisons and facts out.

>>> doc = extract("Dorsey (Vera Lindholm) shares a cell with Rocco. Dorsey informs the warden.", "demo")
>>> sorted(c.label for c in doc.characters)
['Dorsey', 'Rocco', 'the warden']
>>> sorted((doc.characters[f.s].label, f.p, doc.characters[f.o].label) for f in doc.relations
...        if f.p != "wardenOf")
[('Dorsey', 'cellmateOf', 'Rocco'), ('Dorsey', 'informerOf', 'the warden')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .characters import Character, Evidence, abstract, cluster, describe
from .lexicon import STAFF_ROLES, load
from .mentions import Mention, find_mentions
from .relations import Fact, find_facts
from .text import ELISION, POSSESSIVE_MARKS, Text, analyse

__all__ = ["Prison", "Document", "extract"]

RELATIONS = ("framedBy", "informerOf", "cellmateOf")


@dataclass
class Prison:
    """A prison of the story; ``label`` is None for an unnamed one."""

    id: int
    label: str | None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class Document:
    """Everything extracted from one summary."""

    id: str
    text: Text
    characters: list[Character]
    prisons: list[Prison]
    relations: list[Fact]  # framedBy, informerOf, cellmateOf between characters; wardenOf to prisons
    source: str = ""

    @property
    def lang(self) -> str:
        return self.text.lang

    def sentence_span(self, index: int) -> tuple[int, int]:
        s = self.text.sentences[index]
        return s.start, s.end


# the space after an elided article that ``_prisons`` split off
_AFTER_ELISION = re.compile(r"(?<=['’]) ")


def _prisons(mentions: list[Mention], generic: frozenset[str]) -> list[Prison]:
    """Prison mentions grouped by the capitalised core of their names, without
    the ``generic`` words ("Stonegate" of "Stonegate Prison"), but with the small
    words inside it ("Casal del Marmo" of "carcere minorile di Casal del Marmo")."""
    groups: dict[str, Prison] = {}
    order: list[Prison] = []
    last: dict[int, Prison] = {}  # sentence -> the prison it named last
    for m in mentions:
        if m.kind != "prison":
            continue
        if m.nickname and m.sent in last:  # "Hoa Lo , che i prigionieri chiamano Hanoi Hilton"
            last[m.sent].mentions.append(m)
            last[m.sent].aliases.add(m.text)
            continue
        # an elided article is a word of its own: "supercarcere dell' Asinara"
        words = ELISION.sub(r"\1 ", m.text).split()
        # whom the prison holds is no part of its core: "Eastmoor Correctional" of "Eastmoor
        # Correctional Facility for Women"
        cut = next((i for i in range(1, len(words) - 1) if words[i].lower() in generic
                    and words[i - 1][:1].isupper() and words[i + 1].islower()), len(words))
        caps = [i for i, w in enumerate(words[:cut]) if w[:1].isupper() and w.lower() not in generic]
        core = " ".join(w for i, w in enumerate(words) if i in caps
                        or (caps and caps[0] < i < caps[-1] and w.islower()))
        core = _AFTER_ELISION.sub("", core)  # the elision glued back: "Château d'If"
        key = core.lower() or m.text.lower()
        # a short form met first is the same prison: "Cedar Ridge", then "Cedar Ridge Correctional Facility"
        p = groups.get(key) or next((q for q in order if key and any(key in a.lower() for a in q.aliases)), None) \
            or next((q for k, q in groups.items() if k and key.startswith(k + " ")), None)
        if p is None:
            p = Prison(len(order), None)
            groups[key] = p
            order.append(p)
        p.mentions.append(m)
        p.aliases.add(" ".join(m.text.split()))
        if core:
            p.aliases.add(core)
        last[m.sent] = p
    for p in order:
        p.label = max(p.aliases, key=lambda a: (len(a.split()), len(a), a))
        p.aliases.discard(p.label)
    return order


def _best(facts: list[Fact]) -> list[Fact]:
    """One fact per (s, p, o), the most confident; cellmateOf is unordered."""
    best: dict[tuple, Fact] = {}
    for f in facts:
        key = (min(f.s, f.o), f.p, max(f.s, f.o)) if f.p == "cellmateOf" else (f.s, f.p, f.o)
        if key not in best or f.evidence.confidence > best[key].evidence.confidence:
            best[key] = f
    return list(best.values())


_STAFF = frozenset(STAFF_ROLES)


def _is_staff(c: Character) -> bool:
    return not _STAFF.isdisjoint(c.roles)


def _is_authority(c: Character) -> bool:
    return c.authority or _is_staff(c)


@lru_cache(maxsize=16)
def _generic_prison_words(langs: tuple[str, ...]) -> frozenset[str]:
    """The words of a prison's name that are no part of its core, for the languages of a text: its
    heads and modifiers ("Prison", "State"), and whom it holds as a possessive ("Women's" of
    "Millbrook Women's Reformatory")."""
    lexicons = [load(lang) for lang in langs]
    heads = {w for lex in lexicons for w in lex.word("prison_heads") | lex.word("prison_modifiers")}
    held = {w + mark for lex in lexicons for w in lex.word("prison_inmates") for mark in POSSESSIVE_MARKS}
    return frozenset(heads | held)


def _wardens(text: Text, doc_chars: list[Character], prisons: list[Prison]) -> tuple[list[Fact], list[Prison]]:
    """wardenOf for every warden: the prison named beside the warden, else the story's main one."""
    facts = []
    unnamed = None
    for c in doc_chars:
        if "warden" not in c.roles:
            continue
        ev = c.roles["warden"]
        target = None
        for m in sorted(c.mentions, key=lambda m: m.id):
            near = [p for p in prisons for pm in p.mentions
                    if pm.sent == m.sent and not _sent_there(text, doc_chars, c, m, pm)]
            if near:
                target = min(near, key=lambda p: min(abs(pm.start - m.start) for pm in p.mentions
                                                     if pm.sent == m.sent))
                ev = Evidence(m.sent, "warden-of:prison-in-sentence", 0.9)
                break
        if target is None:
            target = _story_prison(text, prisons, c)
            if target is None:
                if unnamed is None:
                    unnamed = Prison(len(prisons), None)
                target = unnamed
            ev = Evidence(ev.sent, "warden-of:story-prison", min(ev.confidence, 0.8))
        facts.append(Fact(c.id, "wardenOf", target.id, ev))
    return facts, prisons + ([unnamed] if unnamed else [])


def _sent_there(text: Text, doc_chars: list[Character], warden: Character, m: Mention, pm: Mention) -> bool:
    """True when the prison ``pm`` is where the warden of mention ``m`` sends someone else, not
    his own: after him in the sentence, led by a preposition of a move's goal, with another
    person between ("has Voke transferred and Shadwell shipped out to Parkhurst")."""
    if pm.start < m.end:
        return False
    before = text.cleaned[m.end:pm.start].split()
    lex = load(text.sentences[pm.sent].lang)
    if not before or ELISION.sub(r"\1 ", before[-1]).split()[0].lower() not in lex.word("destinations"):
        return False
    return any(o is not warden and om.sent == m.sent and m.end <= om.start < pm.start
               for o in doc_chars for om in o.mentions)


def _story_prison(text: Text, prisons: list[Prison], warden: Character) -> Prison | None:
    """The prison a warden named with none beside him heads: the one the text names most;
    of several named as often, the last named before the warden appears ("sentenced to die at
    Sing Sing ... moved to Dannemora ... the warden"), else the first. A vessel the prisoners
    only travel in is none ("shipped to Valnera aboard the prison ship Aurora") while
    there is another."""
    prisons = [p for p in prisons if not all(_aboard(text, pm) for pm in p.mentions)] or prisons
    if not prisons:
        return None
    most = max(len(p.mentions) for p in prisons)
    tied = [p for p in prisons if len(p.mentions) == most]
    first = min(m.id for m in warden.mentions)
    before = [(pm.id, p) for p in tied for pm in p.mentions if pm.id < first]
    return max(before, key=lambda seen: seen[0])[1] if before else tied[0]


def _aboard(text: Text, pm: Mention) -> bool:
    """True for a prison mention led by a word of travelling in it: "aboard the prison ship"."""
    before = text.cleaned[max(0, pm.start - 30):pm.start].lower().split()[-3:]
    return not load(text.sentences[pm.sent].lang).word("vessel_words").isdisjoint(before)


_WEAK = 0.6  # the confidence of a role that yields to any other sign
_ACCUSED = 0.75  # the confidence of a frame pieced together from an accusation and the accuser's guilt
_PLACES = ("warden", "guard", "inmate")  # the roles one seldom holds together
_INFORMS_STAFF = "inmate:informs-prison-staff"  # the weak sign of a prisoner: telling the staff


def _settle_weak_roles(chars: list[Character]) -> None:
    """A weak sign of a role holds only when nothing says otherwise: a rank such as
    "captain" (a captain who is the warden, or among the prisoners of war, is no
    guard), being moved to a prison (a warden is transferred too), informing the staff;
    and no one who informs is of the staff by a rank alone ("the stooge is Captain Lew
    Hatch", "it is Captain Vanni who passes the names to Major Fraser")."""
    for c in chars:
        for role, ev in list(c.roles.items()):
            # a rank yields even to another weak sign: "il capitano delle SS …, che comanda il carcere"
            rank = ev.rule.startswith("rank:")
            if role in _PLACES and ev.confidence <= _WEAK \
                    and any(c.roles[r].confidence > _WEAK or (rank and not c.roles[r].rule.startswith("rank:"))
                            for r in _PLACES if r != role and r in c.roles):
                del c.roles[role]
            elif role in _STAFF and ev.confidence <= _WEAK and ("informer" in c.roles or _outsider(c)):
                del c.roles[role]
            elif role == "inmate" and ev.rule == _INFORMS_STAFF and _outsider(c):
                del c.roles[role]  # the chaplain who tells the director what he hears is no prisoner


def _outsider(c: Character) -> bool:
    """True when the text calls the character by a noun of a calling outside the prison's staff
    (the role nouns marked ``outside_staff``)."""
    return any(m.kind == "role" and m.role.outside_staff for m in c.mentions)


def _staff_by_rank(c: Character) -> bool:
    """True when every staff role of the character rests on a weak sign, such as a rank
    that prisoners of war hold too ("Captain Vanni, the senior Italian officer")."""
    return all(c.roles[r].confidence <= _WEAK for r in _STAFF if r in c.roles)


def _called_informer(c: Character) -> bool:
    """True when the text calls the character an informer by a noun ("the stooge")."""
    ev = c.roles.get("informer")
    return ev is not None and ev.rule.startswith("noun:")


def _folds(chars: list[Character], facts: list[Fact]) -> dict[int, int]:
    """The characters that are someone else, each mapped to that one: a role-only
    character that a predicate says of someone ("Rex is arrested. He becomes an
    informer for the warden"), and the lone role-only warden (see ``_lone_warden``)."""
    into: dict[int, int] = {}

    def root(c: int) -> int:
        while c in into:  # a chain of predicates ends at someone named or unfolded
            c = into[c]
        return c

    for f in facts:
        # only a holder the predicate introduces: "he becomes the warden" after another warden is no fold;
        # a name only where the predicate gives it ("takes the name Money"), not one with a role of its own
        if f.p == "predicate" and (not chars[f.o].named or all(m.kind == "name" for m in chars[f.o].mentions)) \
                and f.o not in into and root(f.s) != f.o \
                and min(m.sent for m in chars[f.o].mentions) == f.evidence.sent:
            into[f.o] = root(f.s)
    lone = _lone_warden(chars, facts)
    if lone is not None and lone[0] not in into and lone[1] not in into:
        into[lone[0]] = lone[1]
    return {old: root(new) for old, new in into.items()}


def _fold(chars: list[Character], facts: list[Fact], into: dict[int, int]) -> list[Fact]:
    """Give each folded character's mentions, role and facts to the one it is; the
    predicates have done their work and go."""
    for old, new in sorted(into.items()):
        target = chars[new]
        for m in chars[old].mentions:
            m.char = new
            target.mentions.append(m)
        chars[old].mentions = []
        describe(target)
    renamed = []
    for f in facts:
        if f.p == "predicate":
            continue
        s, o = into.get(f.s, f.s), (into.get(f.o, f.o) if f.o is not None else None)
        if s != o:
            renamed.append(Fact(s, f.p, o, f.evidence))
    return renamed


def _lone_warden(chars: list[Character], facts: list[Fact]) -> tuple[int, int] | None:
    """The role-only warden and the one named person a rule makes the warden, when the
    story has one of each: "the governor hands the prison to Rex Keel … so as to ruin the
    warden" speaks of Keel twice. Several of either, or a "new" or "old" warden, fold nothing."""
    heads = {f.s for f in facts if f.p == "role:warden" and chars[f.s].named}
    nouns = [c.id for c in chars if not c.named and c.mentions and "warden" in c.roles
             and c.modifier is None and all(m.kind == "role" for m in c.mentions)]
    titled = [c for c in chars if c.named and "warden" in c.roles]
    if len(heads) != 1 or len(nouns) != 1 or titled:
        return None
    return nouns[0], heads.pop()


# the rules that make one the informer of someone named ("spia per conto di Ugo", "an informant for Lew"): whom he
# serves says whether he is one
_SPY_FOR = frozenset({"it-spy-to", "it-informer-of", "en-informer-for", "en-possessed-informer"})
_NOT_RELATIONS = frozenset({"successor", "accusation", "culprit", "liar", "instigated", "authority"})


def _accused_by_the_culprit(facts: list[Fact]) -> list[Fact]:
    """A frame told in two steps: one accuses another, and the text says, before or after,
    that the deed was the accuser's own ("Tapley tells the police he saw Cormac by the
    warehouse … The blaze was Tapley's own work"), or that the accuser lied or was pressed into
    it (a "liar"); whoever the accuser acted for frames too ("… admits that he lied under oath
    on Varga's orders")."""
    culprits = {f.s for f in facts if f.p in ("culprit", "liar")}
    behind: dict[int, list[Fact]] = {}  # the culprit, and those he acted for
    for f in facts:
        if f.p == "instigated":
            behind.setdefault(f.s, []).append(f)
    out = []
    for f in facts:
        if f.p == "accusation" and f.o in culprits and f.s != f.o:
            out.append(Fact(f.s, "framedBy", f.o, Evidence(f.evidence.sent, "framed:accused-by-the-culprit", _ACCUSED)))
            out.extend(Fact(f.s, "framedBy", g.o, Evidence(g.evidence.sent, "framed:accused-by-the-culprit", _ACCUSED))
                       for g in behind.get(f.o, ()) if g.o != f.s)
    return out


def _succeed(chars: list[Character], facts: list[Fact]) -> None:
    """One appointed to succeed a warden or a guard takes the post: "Lopeman is appointed to
    succeed him", "prende il posto del direttore"."""
    for f in facts:
        if f.p == "successor":
            for role in sorted(_STAFF.intersection(chars[f.o].roles)):
                chars[f.s].add_role(role, f.evidence)


def _drop_weak(chars: list[Character], facts: list[Fact],
               gone: set[int] = frozenset()) -> tuple[list[Character], list[Fact]]:
    """Drop names with no sign of being a person unless a relation needs them, and
    the characters in ``gone``; renumber what is left."""
    needed = {x for f in facts if not f.p.startswith("role:") for x in (f.s, f.o)}
    kept = [c for c in chars if c.id not in gone and (not c.weak or c.id in needed)]
    new = {c.id: i for i, c in enumerate(kept)}
    for c in chars:
        c.id = new.get(c.id, -1)
        for m in c.mentions:
            m.char = c.id if c.id >= 0 else None
    facts = [Fact(new[f.s], f.p, None if f.o is None else new[f.o], f.evidence) for f in facts
             if f.s in new and (f.o is None or f.o in new)]  # ids in ``new`` are the old ones
    return kept, facts


def _prison_story(text: Text) -> bool:
    """True when the summary speaks of a prison at all: a prison, a cell or inmates."""
    return any(load(lang).any_phrase_in(text.words, "prison_nouns", "prison_heads", "prison_signs")
               for lang in {s.lang for s in text.sentences})


def extract(source: str, doc_id: str, source_name: str = "") -> Document:
    """Extract one summary. ``doc_id`` becomes the film's identifier."""
    text = analyse(source)
    units, mentions = find_mentions(text)
    chars = cluster(units, mentions)
    abstracts = abstract(units)
    facts = find_facts(abstracts, {c.id for c in chars if c.weak})
    into = _folds(chars, facts)
    facts = _fold(chars, facts, into)
    chars, facts = _drop_weak(chars, facts, set(into))
    relations: list[Fact] = []
    for f in facts:
        if f.p.startswith("role:"):
            chars[f.s].add_role(f.p[5:], f.evidence)
        elif f.p == "authority":
            chars[f.s].authority = True  # told by a verb that means informing: "grasses to Mr. Hatch"
        elif f.p not in _NOT_RELATIONS:
            relations.append(f)
    relations.extend(_accused_by_the_culprit(facts))
    culprits = {f.s for f in facts if f.p == "culprit"}
    # the one the text calls the real culprit was not framed for it: "when Wes is caught, he testifies against
    # Oakes to save himself", where Oakes is the real killer
    relations = [f for f in relations if f.p != "framedBy" or f.s not in culprits]
    _succeed(chars, facts)
    _settle_weak_roles(chars)  # a captain among the prisoners is none of the staff when he informs
    kept = []
    for f in _best(relations):
        s, o = chars[f.s], chars[f.o]
        if f.p == "informerOf":
            if not _is_authority(o):
                said = s.roles.get("informer")
                if f.evidence.rule in _SPY_FOR and said is not None and said.sent == f.evidence.sent:
                    # one who spies for someone who is no authority ("fa la spia per conto di Ruffini", a crook) is
                    # no informer either, when that sentence alone calls him one
                    del s.roles["informer"]
                continue  # telling a friend, a lawyer or a newspaper is not informing
            if _is_staff(s) and not _called_informer(s) \
                    and (not _staff_by_rank(s) or (_is_staff(o) and not _staff_by_rank(o))):
                # a guard reporting to the warden does his job; he informs on no one (but one who is
                # staff by a rank alone informs when he tells an officer outside the staff, or one whose
                # place on it rests on a rank too: "il capitano Ugo rivela al maresciallo Leo i nomi")
                continue
            s.add_role("informer", f.evidence)
        if f.p == "cellmateOf":
            s.add_role("inmate", f.evidence)
            o.add_role("inmate", f.evidence)
        kept.append(f)
    for f in kept:
        if f.p == "informerOf" and _is_staff(chars[f.o]):
            chars[f.s].add_role("inmate", Evidence(f.evidence.sent, _INFORMS_STAFF, _WEAK))
    _settle_weak_roles(chars)
    prisons = _prisons(mentions, _generic_prison_words(tuple(sorted({s.lang for s in text.sentences}))))
    if not prisons and not _prison_story(text):
        for c in chars:  # a building's "superintendent" is no warden, an army sergeant no guard
            c.roles.pop("warden", None)
            c.roles.pop("guard", None)
    warden_facts, prisons = _wardens(text, chars, prisons)
    kept.extend(warden_facts)
    kept.sort(key=lambda f: (f.evidence.sent, f.p, f.s, -1 if f.o is None else f.o))
    return Document(doc_id, text, chars, prisons, kept, source_name)
