"""Relations stage: run the lexicon's rules over abstracted sentences.

A rule's pattern may name its arguments with groups: ``s`` and ``o`` capture
characters (``@id``); ``s_subj``, ``s_obj``, ``o_subj`` and ``o_obj`` capture a
pronoun or clitic that fills slot s or o and resolves like a subject or an
object. An argument the pattern leaves out is the
subject found to the left of the match, or the running topic when an
Italian clause has no subject of its own. A negation or plan between the
subject and the match, or hearsay and belief before it, blocks the rule as
the rule's ``blocked_by`` says.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import combinations

from .characters import Abstract, Evidence
from .lexicon import CLAUSE_CUES, CONTRAST, STAFF_ROLES, Lexicon, given_names
from .text import POSSESSIVE_MARKS

__all__ = ["Fact", "find_facts"]

_ID = re.compile(r"@(\d+)")
_PHRASE_OPENERS = (",", ":", ";")  # what may stand before a noun phrase that opens a clause


@dataclass(frozen=True)
class Fact:
    """``s p o`` between characters (``o`` is None for a role), with evidence."""

    s: int
    p: str
    o: int | None
    evidence: Evidence


class _Resolver:
    """Subjects, pronouns and topics over the abstracted sentences of one summary."""

    def __init__(self, abstracts: list[Abstract], weak: set[int] = frozenset()):
        self.abstracts = abstracts
        self.weak = weak  # names that may be places: never a guessed subject or antecedent
        self.gender = _genders(abstracts)
        self.topic_before: list[int | None] = []
        self.last_before: list[int | None] = []  # the subject of the last clause before, if it has its own
        self.last_cell: list[int] = []  # those the last match of a shared cell put together, as the rules go
        topic = last = None
        for ab in abstracts:
            self.topic_before.append(topic)
            self.last_before.append(last if last is not None else topic)
            first = self._first_subject(ab, self.last_before[-1])  # a pronoun keeps whom it stands for
            topic = topic if first is None else first
            last = self._last_clause_subject(ab)

    def _named(self):
        """Each character's mentions in the text, as (mention, character) pairs."""
        return ((u.mention, c) for ab in self.abstracts for u, c in zip(ab.units, ab.chars)
                if c is not None and u.mention is not None)

    @cached_property
    def staff(self) -> set[int]:
        """Those a role noun calls a warden or a guard, whom no pronoun of a shared cell stands
        for; read only when such a pronoun is met."""
        return {c for m, c in self._named() if m.kind == "role" and m.role.role in STAFF_ROLES and not m.role.rank}

    def _last_seen(self, index: int, k: int, c: int) -> int:
        """The sentence where character c is last named before unit k of sentence ``index``; -1 if nowhere."""
        if c in self.abstracts[index].chars[:k]:
            return index
        return next((i for i in range(index - 1, -1, -1) if c in self.abstracts[i].chars), -1)

    @cached_property
    def authorities(self) -> set[int]:
        """Those a role noun or a title calls one in authority (a warden, a guard, a police
        officer), whom one informs; read only when an informer's hearer is a pronoun."""
        return {c for m, c in self._named()
                if m.commands or (m.kind == "role" and (m.role.authority or m.role.role in STAFF_ROLES))}

    @cached_property
    def _characters(self) -> set[int]:
        return {c for ab in self.abstracts for c in ab.chars if c is not None}

    def add_authorities(self, found: set[int]) -> None:
        """Count as in authority those a rule has just made a guard or a warden ("the guards, among
        them Hackett"), for the sentences after."""
        self.authorities.update(found)

    def hearer(self, index: int, k: int, exclude: set[int], nearest: int) -> int:
        """The one an informer's object pronoun at unit k stands for, when the nearest candidate
        is in no authority: one informs someone who can act on it ("the guard torments Ned ;
        another inmate , Rex , gli fa da informatore" is told of the guard). One in authority
        named before the sentence of the nearer one is not taken: "Sullivan calls Armstrong and
        tells him the truth" is not told of the sheriff two sentences back."""
        heard = self.pronoun_object(index, k, exclude | (self._characters - self.authorities), knower=False)
        if heard is not None and self._last_seen(index, k, heard) >= self._last_seen(index, k, nearest):
            return heard
        return nearest

    def _first_subject(self, ab: Abstract, topic: int | None) -> int | None:
        pronouns = ab.su.lex.word("subject_pronouns")
        for j, u in enumerate(ab.units):
            if ab.chars[j] is not None and ab.chars[j] not in self.weak and self.subject_position(ab, j):
                return ab.chars[j]
            if u.text in pronouns and self.subject_position(ab, j, pronoun=True):
                owner = self._opening_possessor(ab, j)
                return topic if owner is None else owner
        return None

    @staticmethod
    def _relative_antecedent(ab: Abstract, k: int) -> int | None:
        """The character a relative clause tells of, for a subject pronoun at k right after its
        relative pronoun, perhaps with a preposition first: Lew in "Lew , with whom he"."""
        lex = ab.su.lex
        if k < 2 or ab.units[k - 1].text not in lex.word("relatives"):
            return None
        j = k - 2
        if j and ab.units[j].text in lex.word("prepositions"):
            j -= 1
        if j and ab.units[j].text == ",":
            j -= 1
        return ab.chars[j] if j >= 0 else None

    def _opening_possessor(self, ab: Abstract, k: int) -> int | None:
        """The one whose kin or helper opens the sentence, a subject that is no character, for
        a subject pronoun at k: "Danny 's public defender talks him into a plea , and he gets
        eight years" is about Danny. The one a relative clause tells of may stand between, the
        pronoun inside that clause: "Ned 's only ally is Lew , with whom he had shared a cell"."""
        units, chars = ab.units, ab.chars
        if k > 3 and chars[0] is not None and chars[0] not in self.weak and units[1].text in POSSESSIVE_MARKS \
                and (chars[2] is None or "~" in units[2].text):
            between = {c for c in chars[3:k] if c is not None}
            if not between or between == {self._relative_antecedent(ab, k)} - {chars[0]}:
                return chars[0]  # the one owned may be a role noun: "Rex 's lawyer"
        return None

    def _sole_possessor(self, ab: Abstract, k: int, other: set[int]) -> int | None:
        """For a possessive pronoun at k, the one character the sentence names before it, as an owner, when the
        sentence's subject is no character: "the film shows Rex 's years in the penitentiary , where his
        cellmate …" is about Rex."""
        if ab.units[k].text not in ab.su.lex.word("possessives"):
            return None
        named = {c for c in ab.chars[:k] if c is not None}
        if len(named) != 1:
            return None
        c = next(iter(named))
        j = ab.chars.index(c)
        owns = j + 1 < len(ab.units) and ab.units[j + 1].text in POSSESSIVE_MARKS
        return c if owns and c not in other and c not in self.weak else None

    def _last_clause_subject(self, ab: Abstract) -> int | None:
        """The subject of a sentence's last main clause when that clause is
        joined by a conjunction and names its own subject: "Long cerca di
        riformarlo e , dopo settimane di isolamento , Tommy accetta le regole"
        gives Tommy, who is then who a next sentence without a subject is about."""
        units, chars = ab.units, ab.chars
        joins = ab.su.lex.word("coordinators")
        for c in range(len(units) - 2, 0, -1):
            if units[c].text not in joins:
                continue
            if chars[c - 1] is not None:
                return None  # "Bugs e Tommy": a list, not two clauses
            j = c + 1
            if units[j].text == ",":  # an aside first: "e , dopo settimane di isolamento ,"
                j = next((i + 1 for i in range(j + 1, min(j + 12, len(units) - 1))
                          if units[i].text == "," and chars[i] is None), len(units))
            if j + 1 < len(units) and chars[j] is not None and chars[j] not in self.weak:
                after = self._relative_aside_end(ab, j) + 1  # "and Jerry , who had only driven them , is"
                if after < len(units) and units[after].text.isalpha() and chars[after] is None:
                    return chars[j]
            return None
        return None

    @staticmethod
    def _relative_aside_end(ab: Abstract, j: int) -> int:
        """The comma that closes a relative clause set off after the character at unit j
        ("Jerry , who had only driven the men to the bank ,"); else j."""
        units = ab.units
        if j + 2 < len(units) and units[j + 1].text == "," and units[j + 2].text in ab.su.lex.word("relatives"):
            return next((i for i in range(j + 3, min(j + 16, len(units))) if units[i].text == ","), j)
        return j

    def subject_position(self, ab: Abstract, j: int, pronoun: bool = False) -> bool:
        lex, units = ab.su.lex, ab.units
        prev = units[j - 1].text if j else ""
        if j + 1 < len(units) and units[j + 1].text in POSSESSIVE_MARKS:
            if not (j + 2 < len(units) and units[j + 2].text in lex.word("henchmen")):
                return False  # but "Kalb 's men planted": his men act for him
        elif prev in lex.word("genitives") and j >= 2 and units[j - 2].text in lex.word("henchmen"):
            start = j - 3 if j >= 3 and units[j - 3].text in lex.word("articles") else j - 2
            return self.subject_position(ab, start, pronoun)  # "gli uomini di Greco nascondono"
        if prev in lex.word("prepositions"):
            return False
        if lex.lang == "en" and j >= 2 and units[j - 2].text in ("who", "which") and ab.chars[j - 1] is None \
                and prev.isalpha() and prev not in lex.union("auxiliaries", "passive_auxiliaries"):
            return False  # the object of a relative clause's verb: "… , who shot Ned and left the gun"
        coordinators = lex.word("coordinators")
        if prev in coordinators and j >= 2 and ab.chars[j - 2] is not None:
            return self.subject_position(ab, j - 2)
        if prev == "," and j >= 2 and ab.chars[j - 2] is not None and ab.chars[j - 2] != ab.chars[j] \
                and (j + 1 >= len(units) or units[j + 1].text in (".", ";", ":", ")")):
            return False  # "parla con la moglie di Dorsey , Irene .": an apposition, not a new subject
        if prev == "," and j >= 2 and j + 2 < len(units) and units[j + 1].text == "," \
                and (ab.chars[j - 2] is not None or units[j - 2].text.isalpha()) \
                and units[j - 2].text not in lex.union("clause_openers", "coordinators", "subordinators") \
                and units[j + 2].text.endswith(lex.endings("gerund_endings")):
            return False  # "fa arrestare il figlio di lui , Jeannot , facendogli trovare": the gerund is the subject's
        leads = lex.union("possessives", "articles")
        mention = units[j].mention
        # a noun that holds its own article has none before it: "that a trusty" is no "that trusty"
        own_lead = mention is not None and mention.text.split()[0].lower() in leads
        if j >= 1 and ab.chars[j - 1] is None and not own_lead and (prev in leads or (
                "~" in units[j].text and prev in lex.word("determiners")  # a role noun: "another inmate"
                and prev not in lex.word("prepositions") and prev not in POSSESSIVE_MARKS)):
            # "after his brother Carl testifies", "that another inmate"
            return self.subject_position(ab, j - 1, pronoun)
        if _noun_before_name(ab, j) != j:
            return self.subject_position(ab, j - 2, pronoun)  # "meets a guard , Hal ,": the phrase's place
        if prev == "," and j + 2 < len(units) and units[j + 1].text == "," \
                and units[j + 2].text in coordinators and _after_preposition(ab, j - 2):
            return False  # "arrestato dal capitano della gendarmeria , Leo , e rinchiuso": an agent's name
        lead = next((x for x in range(j - 1, max(j - 4, 0), -1)
                     if units[x].text in leads or ab.chars[x] is not None or not units[x].text.isalpha()), None)
        if lead is not None and units[lead].text in leads:
            # a described apposition: "favours for Blake , the custody captain :" and "a fourth
            # prisoner , the black marketeer Rex ," stand where their first mention does
            comma = lead - 1
            if comma >= 1 and units[comma].text == "," and ab.chars[comma - 1] is not None \
                    and ab.chars[comma - 1] == ab.chars[j] and ab.chars[comma + 1] is None:
                return self.subject_position(ab, comma - 1, pronoun)
        openers = lex.word("clause_openers")
        if j == 0 or prev in (",", ";", ":", "—", "–") or prev in openers \
                or prev in lex.word("complementizers") \
                or (j >= 2 and f"{units[j - 2].text} {prev}" in openers):
            return True
        if len(prev) == 4 and prev.isdigit() and j >= 2 and units[j - 2].text in lex.word("year_prepositions") \
                and (j == 2 or units[j - 3].text in (",", ";", ":") or units[j - 3].text in openers):
            return True  # after the year that opens the sentence: "In 1961 the Italian journalist Rex is arrested"
        if prev in lex.word("time_words"):
            # after a fronted phrase of time: "and within a week Rex is arrested", "il giorno dopo Ugo fugge"
            x = j - 1
            while x > 0 and j - x < 5 and ab.chars[x - 1] is None and units[x - 1].text.isalpha() \
                    and units[x - 1].text not in openers:
                x -= 1
            return x == 0 or units[x - 1].text in (",", ";", ":") or units[x - 1].text in openers
        if j and ab.chars[j - 1] == ab.chars[j] and not (ab.chars[j] is None and ab.units[j - 1].text[:1] == "#"):
            # "Warden Greer": the title's position counts (a place before a plain word ends the phrase:
            # "Nel carcere di X un altro recluso , Ugo ,")
            return self.subject_position(ab, j - 1, pronoun)
        if j >= 2 and ab.chars[j - 2] == ab.chars[j] and prev in lex.word("namers"):
            return self.subject_position(ab, j - 2, pronoun)  # "a young inmate named Billy": the phrase's
        if prev in lex.word("namers") and _Resolver._named_apposition(ab, j):
            return True
        if self._apposition_of_subject(ab, j):
            return True
        if ab.chars[j] is not None and self._fronted_description(ab, j):
            return True
        if ab.chars[j] is not None and "~" in ab.units[j].text:
            start = _Resolver._phrase_start(ab, j)  # "a young @5~inmate": where the noun phrase starts
            if start is not None:
                return self.subject_position(ab, start, pronoun)
        if ab.chars[j] is not None and self._described_name(ab, j) \
                and not (j + 1 < len(units) and units[j + 1].text in _PHRASE_OPENERS
                         and not self._described_apposition(ab, j + 1)):
            # ", getaway driver Nick Corelli is caught": a name led by its description, then its verb
            # (not ", enraged , attacks Stohl , and": an object; but ": il ricettatore Egon , il vero
            # responsabile , aveva nascosto": a described apposition between name and verb)
            return True
        return not pronoun and all(c is None or c in self.weak for c in ab.chars[:j])

    @staticmethod
    def _fronted_description(ab: Abstract, j: int) -> bool:
        """True for a name that closes a noun phrase of plain words, opened by an article right
        after a colon, a semicolon or the sentence's start, and that a comma and a plain word (the
        verb) follow: ": il vero rapinatore , il suo amico d' infanzia Leo , lo ha accusato"."""
        units, lex = ab.units, ab.su.lex
        if j + 3 >= len(units) or units[j + 1].text != "," or ab.chars[j + 2] is not None \
                or not units[j + 2].text.isalpha():
            return False
        verb = units[j + 2].text
        if verb in lex.word("object_pronouns"):  # a clitic before its verb: "lo ha accusato"
            verb = units[j + 3].text
            if verb not in lex.union("auxiliaries", "copulas"):
                return False  # (not "Leo , la madre di …": an article, then its noun)
        elif verb in lex.union("articles", "prepositions", "coordinators", "relatives"):
            return False
        k = j - 1
        while k >= 0 and j - k <= 10 and ab.chars[k] is None \
                and (units[k].text.isalpha() or units[k].text == "," or units[k].text.endswith("'")):
            k -= 1
        if k >= 0 and units[k].text not in (":", ";"):
            return False
        lead = units[k + 1].text
        return k + 2 < j and lead in lex.word("articles") and "," in (u.text for u in units[k + 1:j])

    @staticmethod
    def _described_apposition(ab: Abstract, j: int) -> bool:
        """True when the comma at unit j opens an apposition led by an article, or an aside led by
        a past participle, that another comma closes before a plain word: ", il vero responsabile ,
        aveva", ", fermato la sera prima , ha fatto"."""
        units, lex = ab.units, ab.su.lex
        if units[j].text != "," or j + 1 >= len(units):
            return False
        lead = units[j + 1].text
        participle = lead.isalpha() and lead.endswith(lex.endings("participle_endings"))
        if lead not in lex.word("articles") and not participle:
            return False
        for i in range(j + 2, min(j + (8 if participle else 6), len(units) - 1)):
            if ab.chars[i] is not None or (not units[i].text.isalpha() and units[i].text != ","):
                return False
            if units[i].text == ",":
                return i > j + 2 and units[i + 1].text.isalpha() and ab.chars[i + 1] is None
        return False

    @staticmethod
    def _phrase_start(ab: Abstract, j: int) -> int | None:
        """The unit after the article that opens the noun phrase whose head is
        the role noun at j, with up to two plain words between ("a young
        inmate"); None when no article opens it."""
        lex = ab.su.lex
        for i in range(j - 1, max(j - 4, -1), -1):
            word = ab.units[i].text
            if ab.chars[i] is not None:
                return None
            if word in lex.word("articles") or word in lex.word("possessives"):
                return i + 1 if i + 1 < j else None
            if word in lex.word("determiners") and word.isalpha() and word not in lex.word("prepositions") \
                    and i + 1 < j:
                return i  # "that another unit prisoner , Tam , has been": where "another" stands
            if not word.isalpha() or word in lex.word("prepositions") or word in lex.word("clause_openers") \
                    or word in lex.word("coordinators"):
                return None
        return None

    @staticmethod
    def _closes_apposition(ab: Abstract, j: int) -> bool:
        """True when a comma after unit j closes a phrase and a plain word (the
        verb) follows it, not a new clause or list: "… Benny , has been"."""
        units = ab.units
        return j + 2 < len(units) and units[j + 1].text == "," and units[j + 2].text.isalpha() \
            and units[j + 2].text not in ab.su.lex.union("clause_openers", "coordinators", "relatives")

    @staticmethod
    def _named_apposition(ab: Abstract, j: int) -> bool:
        """True for a name that closes an apposition right before its verb:
        "one of his men , a weaselly forger named Benny , has been selling"."""
        lex, units = ab.su.lex, ab.units
        if not _Resolver._closes_apposition(ab, j):
            return False
        for i in range(j - 2, max(j - 7, 0), -1):
            word = units[i].text
            if ab.chars[i] is not None or not word.replace("-", "").isalpha():  # "a slow-witted ex-fighter"
                return False
            if word in lex.word("articles"):
                return units[i - 1].text == ","
        return False

    @staticmethod
    def _apposition_of_subject(ab: Abstract, j: int) -> bool:
        """True for a name that closes an apposition to a noun phrase opening a
        clause, right before the clause's verb: "after her lover , the gangster
        Vic , hides", ": il vero ladro , il suo socio Aldo , gli ha infilato"."""
        lex, units = ab.su.lex, ab.units
        if not _Resolver._closes_apposition(ab, j):
            return False
        determiners = lex.union("articles", "possessives")
        i = j - 1
        while i > 0 and i >= j - 3 and ab.chars[i] is None and units[i].text.isalpha() \
                and units[i].text not in determiners:
            i -= 1
        if i > 1 and units[i].text in determiners and units[i - 1].text in determiners:
            i -= 1  # "il suo ex socio"
        if i == j - 1 or units[i].text not in determiners or i < 1 or units[i - 1].text != ",":
            return False  # the apposition: ", the gangster Vic"
        k = i - 2  # the head noun before it, led by a determiner at the clause's start
        while k >= 0 and k >= i - 4 and ab.chars[k] is None and units[k].text.isalpha() \
                and units[k].text not in determiners:
            k -= 1
        return k >= 0 and k < i - 2 and units[k].text in determiners \
            and (k == 0 or units[k - 1].text in (":", ";") or units[k - 1].text in lex.word("clause_openers"))

    def _described_name(self, ab: Abstract, j: int) -> bool:
        """True for a name led by one or two plain words from the start of the
        sentence, a comma (colon, semicolon) or a clause opener, or by an article or possessive
        that opens a clause: "bank clerk Henry", "il tipografo Carlo", "after her
        husband Declan" (a first word taken for a name counts as plain: "Tough
        guy Chuck")."""
        lex = ab.su.lex
        function = lex.union("prepositions", "clause_openers", "coordinators", "relatives",
                             "subject_pronouns", "object_pronouns", "determiners")
        last = j - 3  # two plain words, or a noun of a noun after an article: "il suo compagno di corso Leo"
        for i in range(j - 1, max(j - 6, -1), -1):
            word = ab.units[i].text
            if i == 0 and ab.chars[i] in self.weak:
                return True
            if word in lex.word("genitives") and i == j - 2 and i >= 2 and ab.chars[i - 1] is None \
                    and ab.units[i - 1].text.isalpha() and ab.units[i - 1].text not in function:
                last = j - 5
                continue
            if word in lex.word("articles") or word in lex.word("possessives"):
                # "his former partner Caruso had hidden", "after her husband Declan frames her":
                # a phrase led by its determiner (the article before a possessive: "il suo compagno"),
                # at the start of a clause
                lead = i - 1 if i and word in lex.word("possessives") and ab.units[i - 1].text in lex.word("articles") \
                    else i
                return i < j - 1 and (lead == 0 or ab.units[lead - 1].text in _PHRASE_OPENERS
                                      or ab.units[lead - 1].text in lex.word("clause_openers"))
            if ab.chars[i] is not None or not word.isalpha() or word in function or i == last:
                return False
            before = ab.units[i - 1].text if i else ""
            if last == j - 3 and (i == 0 or before in _PHRASE_OPENERS or before in lex.word("clause_openers")) \
                    and word not in lex.word("person_verbs") and not _Resolver._closes_relative(ab, i - 1):
                return True  # "after union boss Mazur and his lieutenant Doyle set him up" (not "poi colpisce Ugo")
        return False

    @staticmethod
    def _closes_relative(ab: Abstract, c: int) -> bool:
        """True when the comma at unit c closes a relative clause that a comma opened after a
        character, so that the word after it is the character's verb: "Mellor , who takes a
        cut , stops Terry" (not "bank clerk Terry")."""
        if ab.units[c].text != ",":
            return False
        for p in range(c - 1, 0, -1):
            if ab.units[p].text in (",", ";", ":"):
                return ab.units[p].text == "," and ab.units[p + 1].text in ab.su.lex.word("relatives") \
                    and ab.chars[p - 1] is not None
        return False

    def subject_left(self, ab: Abstract, k: int, exclude=()) -> int | None:
        """The nearest character left of unit k that stands where a subject stands.

        A name right before the verb is its subject ("Caruso nasconde"). A
        relative pronoun after a plain noun ("the man who framed him") means
        the clause's subject is that noun, not a character: returns -1. A
        character inside a relative clause that a comma has closed ("Lidia,
        che Anna considerava un'amica, informa") is passed over.
        """
        relatives = ab.su.lex.word("relatives")
        prepositions = ab.su.lex.word("prepositions")
        comma_seen = False
        exclude = set(exclude)
        j = k - 1
        while j >= 0:
            c = ab.chars[j]
            unit = ab.units[j].text
            if c is not None and c not in exclude and (c not in self.weak or j == k - 1):
                prev = ab.units[j - 1].text if j else ""
                adjacent = j == k - 1 and prev not in prepositions and ab.chars[j - 1] != c \
                    and not self._object_before_gerund(ab, j, k)
                if not adjacent and self._after_comma_and(ab, k) and _names_a_prepositions_object(ab, j):
                    j -= 1  # "is put on a landing run by a hard-nosed officer , Lew , and shares": not Lew
                    continue
                if adjacent or self.subject_position(ab, j):
                    rel = self._relative_before(ab, j)
                    if rel is None or not comma_seen or self._only_apposition(ab, j, k) \
                            or self._learnt_subject(ab, rel, j, k):
                        return j
                    j = rel - 1  # skip the closed relative clause
                    continue
            if unit == ",":
                comma_seen = True
            if j and unit in ab.su.lex.word("complementizers") and self._noun_subject_after(ab, j, k) \
                    and ab.units[j - 1].text in ab.su.lex.union("knowing_verbs", "clause_takers"):
                return -1  # "learns that the boy had been passing word": a plain noun is the clause's subject
            if unit in relatives and j:
                before = ab.units[j - 1].text
                if before in ab.su.lex.union("knowing_verbs", "clause_takers") and self._clitic_after_clause(ab, j, k):
                    # what is feared ends where a clause opens with its dative clitic: the verb is the
                    # sentence's own ("per essere sicuro che il ragazzo non parli gli fa trovare")
                    j -= 1
                    continue
                if before in prepositions:
                    # "the warden , to whom he tells": the clause has its own subject after the relative
                    j -= 2
                    continue
                if before in ab.su.lex.word("coordinators"):
                    earlier = self._coordinated_relative(ab, j)
                    if earlier is not None:
                        j = earlier  # "Rex , who works for the police and who later hands": Rex's too
                        continue
                copula = self._cleft_copula(ab, j)
                if copula is not None:
                    return self.subject_left(ab, copula, exclude)  # "Keng is the one who told": Keng
                # (not the antecedent that names a preposition's object, before a verb after ", e": "viene tradito
                # da un compagno , Ettore , che … , e condannato" is about the one betrayed)
                after_and = comma_seen and self._after_comma_and(ab, k)
                if before == "," and j >= 2 and ab.chars[j - 2] is not None and ab.chars[j - 2] not in exclude \
                        and not (after_and and _names_a_prepositions_object(ab, j - 2)):
                    head = _apposition_start(ab, j - 1)
                    if head != j - 1 and ab.units[j - 3].text in ab.su.lex.word("genitives") \
                            and ab.chars[head] not in exclude:
                        return head  # "Amos , l'uomo di fiducia del capitano , che riferisce": Amos
                    return j - 2  # "Quarles , who ... had planted": the antecedent
                head = _apposition_start(ab, j - 1) if before == "," else j - 1
                if head != j - 1 and ab.chars[head] not in exclude:
                    return head  # "Ashe , the surgeon she worked for , who doctored": Ashe, past the description
                # not a place-like name no one acts as: "a nineteen-year-old from Salford who is fitted up"
                place = ab.chars[j - 1] in self.weak and j >= 2 and ab.units[j - 2].text in prepositions
                if ab.chars[j - 1] is not None and ab.chars[j - 1] not in exclude and not place:
                    if not (comma_seen and self._after_comma_and(ab, k)):
                        return j - 1
                    # a verb after ", and" past a relative clause that a comma has closed: the
                    # antecedent is its subject only where it stands as one ("gets to know Rex ,
                    # a lifer who runs the yard , and is celled with Lew": not Rex)
                    j -= 1
                    continue
                # the relative is the verb's subject unless a comma closed its clause; an aside may
                # open right after it: "Bassi , un falsario che , all'insaputa degli altri , riferisce"
                if ab.chars[j - 1] is None and before not in (",", '"') \
                        and (not comma_seen or ab.units[j + 1].text == ","):
                    named = self._described_antecedent(ab, j, exclude)
                    if named is not None:
                        return named  # "Dario , l'uomo che divide con lui la cella": Dario
                    if not comma_seen and not self._number_breaks(ab, j, k):
                        return -1  # an open relative clause whose antecedent is a plain noun
                    if not comma_seen:
                        j -= 1  # the verb agrees with no plural noun: "a list of the youths who come … and says"
                        continue
            if unit == ";" and j:
                # a clause after a semicolon without a subject of its own shares the first clause's:
                # "Rino viene condannato ; lì divide la cella con Dario"
                return next((x for x in range(j) if ab.chars[x] is not None and ab.chars[x] not in exclude
                             and self.subject_position(ab, x)), None)
            j -= 1
        return None

    @staticmethod
    def _coordinated_relative(ab: Abstract, rel: int) -> int | None:
        """The relative pronoun that the one at ``rel``, after "and", is coordinated with: the same
        word earlier in the clause ("who works for the police and who later hands", "che lavora
        per la polizia e che poi consegna"); None where a stop or a character comes first, save one
        who owns a thing ("who is on Lew 's payroll and who rats")."""
        word = ab.units[rel].text
        for x in range(rel - 2, max(rel - 16, -1), -1):
            unit = ab.units[x].text
            if unit == word:
                return x
            if unit in (";", ":", ".") or (ab.chars[x] is not None and ab.units[x + 1].text not in POSSESSIVE_MARKS):
                return None
        return None

    @staticmethod
    def _noun_subject_after(ab: Abstract, rel: int, k: int) -> bool:
        """True when a definite plain noun opens the clause after the "that" at ``rel`` and only
        auxiliaries stand between it and the verb at k: "learns that the boy had been passing word";
        not in a passive, whose subject is a thing and whose victim is the knower: "learns that the
        gun was planted by Lew"."""
        lex = ab.su.lex
        noun = rel + 2
        if noun >= k or not _plain_noun_at(ab, noun, "definite_articles"):
            return False
        stop = lex.union("auxiliaries", "copulas", "relatives", "prepositions", "negators")
        x = noun + 1
        while x < k and x - noun < 3 and ab.chars[x] is None and ab.units[x].text.isalpha() \
                and ab.units[x].text not in stop:
            x += 1
        helpers = lex.union("auxiliaries", "copulas", "passive_auxiliaries")
        if any(ab.chars[y] is not None or ab.units[y].text not in helpers for y in range(x, k)):
            return False
        verb = next((y for y in range(k, len(ab.units)) if ab.units[y].text not in helpers), k)
        passive = any(ab.units[y].text in lex.word("passive_auxiliaries") for y in range(x, verb))
        return not passive or ab.units[verb].text.endswith(lex.endings("gerund_endings"))

    @staticmethod
    def _object_before_gerund(ab: Abstract, j: int, k: int) -> bool:
        """True when the character at unit j, right before the gerund at unit k, is the object
        of an infinitive before it, so that the gerund is the clause subject's: "Carta fa accusare
        Ugo costringendo un servo a mentire" (Carta forces the servant)."""
        lex = ab.su.lex
        word, prev = ab.units[k].text, ab.units[j - 1].text if j else ""
        return word.endswith(lex.endings("gerund_endings")) and ab.chars[j - 1] is None \
            and prev.isalpha() and prev.endswith(lex.endings("infinitive_endings"))

    @staticmethod
    def _learnt_subject(ab: Abstract, rel: int, j: int, k: int) -> bool:
        """True when the character at j, right after a "che" of what someone learns, is the subject
        of the verb at k past a bare aside: "scopre che Tonino , stanco della lotta , passa"."""
        lex = ab.su.lex
        return rel == j - 1 and rel >= 1 and ab.units[rel - 1].text in lex.union("knowing_verbs", "clause_takers") \
            and j + 2 < k and ab.units[j + 1].text == "," and ab.units[k - 1].text == "," \
            and all(ab.chars[x] is None and ab.units[x].text not in (",", ";", ":") for x in range(j + 2, k - 1))

    @staticmethod
    def _clitic_after_clause(ab: Abstract, j: int, k: int) -> bool:
        """True when unit k is a dative clitic right after the verb of a clause that unit j opens:
        "che il ragazzo non parli gli fa" (not "che non gli fa")."""
        lex = ab.su.lex
        return j + 2 < k and ab.units[k].text in lex.word("dative_clitics") \
            and ab.units[k - 1].text.isalpha() and ab.units[k - 1].text not in lex.word("negators")

    @staticmethod
    def _cleft_copula(ab: Abstract, rel: int) -> int | None:
        """The copula before "the one" that the relative pronoun at ``rel`` follows, whose
        subject the relative clause is about: "Keng is the one who told", "Rex was the man
        who framed him"; else None."""
        lex = ab.su.lex
        if rel >= 4 and ab.units[rel - 1].text in lex.word("generic_nouns") \
                and ab.units[rel - 2].text in lex.word("definite_articles") \
                and ab.units[rel - 3].text in lex.word("copulas"):
            return rel - 3
        return None

    @staticmethod
    def _after_comma_and(ab: Abstract, k: int) -> bool:
        """True when the verb at unit k, past its auxiliaries, follows ", and" (", e")."""
        lex = ab.su.lex
        x = k - 1
        while x > 0 and ab.units[x].text in lex.word("auxiliaries"):
            x -= 1
        return x >= 1 and ab.units[x].text in lex.word("coordinators") and ab.units[x - 1].text == ","

    @staticmethod
    def _described_antecedent(ab: Abstract, rel: int, exclude) -> int | None:
        """The character that a described antecedent of the relative pronoun at
        ``rel`` stands for: "Dario , l'uomo che …", "Rex , the old lag who …"
        (an article and at most three plain words after a comma after him); or a role noun
        with its complement: "un confidente della questura che …"."""
        articles = ab.su.lex.word("articles")
        for x in range(rel - 2, max(rel - 6, 0), -1):
            if ab.chars[x] is not None and "~" in ab.units[x].text and ab.chars[x] not in exclude \
                    and ab.units[x + 1].text in ab.su.lex.word("genitives"):
                return x
            if ab.chars[x] is not None or ab.units[x].text == ",":
                return None
            if ab.units[x].text in articles:
                ante = x - 2
                if x >= 2 and ab.units[x - 1].text == "," and ab.chars[ante] is not None \
                        and ab.chars[ante] not in exclude:
                    return ante
                return None
        return None

    @staticmethod
    def _only_apposition(ab: Abstract, j: int, k: int) -> bool:
        """True when the only commas between unit j and unit k enclose a
        description of j: "scoprono che Ivo , un falsario , per mesi ha
        riferito", "che Ivo , l'uomo che divide con lui la cella , passa"
        (not a relative clause closed by a comma)."""
        commas = [x for x in range(j + 1, k) if ab.units[x].text == ","]
        return len(commas) == 2 and commas[0] == j + 1 \
            and ab.units[j + 2].text in ab.su.lex.union("indefinite_articles", "definite_articles") \
            and all(c is None for c in ab.chars[j + 2:commas[1]])

    @staticmethod
    def _relative_before(ab: Abstract, j: int) -> int | None:
        """Index of the relative pronoun that opens the clause holding unit j:
        "che Anna considerava", "who has hated Ned for years"."""
        relatives = ab.su.lex.word("relatives")
        for i in range(j - 1, max(j - 6, -1), -1):
            if ab.units[i].text in relatives:
                return i
            if ab.units[i].text == "," or ab.chars[i] is not None:
                return None
        return None

    def subject(self, index: int, k: int, role: bool = False) -> tuple[list[int], int | None]:
        """Subject characters of the clause at unit k, and the unit where it stands.
        ``role``: the rule gives its subject a role, so that a passive's noun subject is the
        one it is said of ("the gangster is sentenced"), no character the rules know."""
        ab = self.abstracts[index]
        pronouns = ab.su.lex.word("subject_pronouns")
        x = k - 1  # "he goes", "he is sentenced": the pronoun right before the verb or its auxiliaries
        while x > 0 and ab.units[x].text in ab.su.lex.union("auxiliaries", "passive_auxiliaries"):
            x -= 1
        persuaded = self._persuaded(index, k)
        if persuaded is not None:  # "lo convince a raccontare a Rex": the one persuaded tells
            return persuaded
        young = self._young_subject(index, k)
        if young is not None:  # "… offre a Gigi una licenza , e il ragazzo comincia a fare la spia": Gigi
            return [young[0]], young[1]
        plural = self._plural_subject(ab, x)
        if plural is not None:  # "they are locked in the same cell": the last ones named together
            return self._group_subject(index, plural, x + 1), plural
        if x >= 0 and ab.units[x].text in pronouns:
            who = self.pronoun_subject(index, x)
            return ([who] if who is not None else []), x
        span = self._plural_antecedent(ab, x)
        if span is not None:  # "arresta i due uomini , che per salvarsi accusano": those two
            return self._group_subject(index, *span), span[0]
        p = self._pronoun_in_clause(ab, x)
        if p is not None:  # "he walks into the station and tells the police": the clause's own "he"
            who = self.pronoun_subject(index, p)
            return ([who] if who is not None else []), p
        if role and self._passive_noun_subject(ab, k):
            return [], None  # "When Rex arrests Ned , the gangster is sentenced": not Rex, left of the comma
        if self._noun_subject(ab, k) and self._opens_clause(ab, self._noun_head(ab, x) - 1):
            return [], None  # "… : the detectives had pinned the murder on them": no character acts
        if self._henchmen_of_no_one(ab, x):
            return [], None  # "gli uomini del boss gli fanno trovare": the men of one the text never names
        j = self.subject_left(ab, x + 1)  # past the auxiliaries: "a trusty named Grinder has been telling"
        if j == -1:
            return [], None
        if j is not None:
            j = self._not_the_other(ab, j)
            if self._own_relative(ab, j, k):
                return [ab.chars[j]], j
            return self.coordinated(ab, j), j
        if self._noun_subject(ab, k):
            return [], None
        far = self._far_plural_subject(ab, k)
        if far is not None:  # "the two men are chained in the same block and then locked into one cell"
            return self._group_subject(index, *far), far[0]
        for j in range(k - 1, -1, -1):
            if ab.units[j].text in pronouns:
                if self._noun_subject_between(ab, j, k):
                    return [], None  # "he has no idea that the boy was recruited by Rex , and repeats"
                topic = self.topic_before[index]
                return ([topic] if topic is not None else []), j
        # a fronted participle: "Condannato a tre anni, Luca viene rinchiuso"
        comma = next((j for j in range(k, len(ab.units)) if ab.units[j].text == ","), None)
        if comma is not None and all(c is None for c in ab.chars[:k]):
            after = comma + 1
            # not an apposition to the name before the comma: "con Bugs , un detenuto nervoso"
            if after < len(ab.units) and ab.chars[after] is not None and ab.chars[after] != ab.chars[comma - 1]:
                return self.coordinated(ab, after), after
        if all(c is None for c in ab.chars[:k]) \
                and any(u.text in ab.su.lex.word("plural_verbs") for u in ab.units[x + 1:k + 1]):
            group = self.group_before(index, k)  # "Arrestati , vengono condannati": a verb in the plural
            if group:
                return group, 0
        if self._own_noun_opens(ab, k):
            return [], None  # "Two years later his employer recognizes him and turns him in": not the topic
        topic = self.last_before[index]
        return ([topic] if topic is not None else []), 0

    def _young_subject(self, index: int, k: int) -> tuple[int, int] | None:
        """The one that "the boy" or "il ragazzo", opening a clause a few words before the verb at
        unit k, stands for, and where the noun stands: the latest named before it in the sentence
        who is not the earlier clause's subject, nor in authority, nor of the other sex."""
        ab = self.abstracts[index]
        lex = ab.su.lex
        young = lex.word("young_persons")
        h = k - 1
        while h >= 0 and h >= k - 3 and ab.chars[h] is None and ab.units[h].text.isalpha() \
                and ab.units[h].text.islower() and ab.units[h].text not in young:
            h -= 1  # the verbs before the infinitive: "comincia a", "begins to"
        if h < 3 or ab.chars[h] is not None or ab.units[h].text not in young \
                or ab.units[h - 1].text not in lex.word("definite_articles") \
                or not (ab.units[h - 2].text in (",", ";", ":") or ab.units[h - 2].text in lex.word("coordinators")):
            return None
        earlier = self.subject_left(ab, h - 2)
        first = ab.chars[earlier] if earlier is not None and earlier >= 0 else None
        sex = self._sex_of(ab, h)
        for j in range(h - 2, -1, -1):
            c = ab.chars[j]
            if c is not None and c != first and c not in self.weak and c not in self.authorities \
                    and self.gender.get(c, sex) == sex:
                return c, h
        return None

    def _persuaded(self, index: int, k: int) -> tuple[list[int], int] | None:
        """The one a verb of persuading or forcing bends to the infinitive at unit k, and where
        it stands: its object, named ("persuades Ned to tell", "convince Ugo a") or a pronoun
        ("persuades him to", "lo convince a", "convincer lo a"); None when no such verb governs it."""
        ab = self.abstracts[index]
        lex = ab.su.lex
        if k < 3 or ab.units[k - 1].text not in lex.word("infinitive_markers"):
            return None
        verbs, pronouns = lex.word("persuading_verbs"), lex.word("object_pronouns")
        if ab.units[k - 3].text in verbs:  # the object after the verb
            verb, at = k - 3, k - 2
        elif ab.units[k - 2].text in verbs and ab.units[k - 3].text in pronouns:  # a clitic before it
            verb, at = k - 2, k - 3
        else:
            return None
        if ab.chars[at] is not None:
            return [ab.chars[at]], at
        if ab.units[at].text not in pronouns:
            return None
        persuader, _ = self.subject(index, verb)  # never the one who persuades
        who = self.pronoun_object(index, at, set(persuader))
        return ([who] if who is not None else []), at

    @staticmethod
    def _far_plural_subject(ab: Abstract, k: int) -> tuple[int, int] | None:
        """Where a plural subject that an auxiliary follows starts and ends, further left in the
        clause before unit k than the verb it shares ("the two men are chained … and then
        locked"), with no character, semicolon or colon between; None when there is none."""
        lex = ab.su.lex
        verbs = lex.union("auxiliaries", "passive_auxiliaries")
        for j in range(k - 2, -1, -1):
            if ab.chars[j] is not None or ab.units[j].text in (";", ":"):
                return None
            if ab.units[j + 1].text in verbs:
                start = _Resolver._plural_subject(ab, j)
                if start is not None and (start == 0 or ab.units[start - 1].text not in lex.word("prepositions")):
                    return start, j + 1
        return None

    @staticmethod
    def _not_the_other(ab: Abstract, j: int) -> int:
        """The subject that a negated alternative stands after: "it was Marcus , not Dre , who
        had been feeding him", "fu Ugo , non Leo , a tradirlo" are Marcus's and Ugo's."""
        if j >= 3 and ab.units[j - 1].text in ab.su.lex.word("negators") and ab.units[j - 2].text == "," \
                and ab.chars[j - 3] is not None and ab.chars[j - 3] != ab.chars[j] \
                and j + 1 < len(ab.units) and ab.units[j + 1].text == ",":
            return j - 3
        return j

    @staticmethod
    def _number_breaks(ab: Abstract, rel: int, k: int) -> bool:
        """True when the verb at unit k, in the singular, cannot belong to the relative clause
        at unit rel, whose noun and verb are plural: in "gives the police a list of the youths
        who come to his classes and says", "says" is the giver's. For a language whose plural
        nouns and singular verbs end alike ("singular_endings")."""
        lex, units = ab.su.lex, ab.units
        endings = lex.endings("singular_endings")
        if not endings or rel + 1 >= k:
            return False
        noun, verb, own = units[rel - 1].text, units[rel + 1].text, units[k].text

        def marked(word: str) -> bool:
            return len(word) > 3 and word.isalpha() and word.endswith(endings) \
                and not word.endswith(("ss", "us", "is"))
        return marked(noun) and verb.isalpha() and not marked(verb) \
            and not verb.endswith(lex.endings("participle_endings")) \
            and verb not in lex.union("auxiliaries", "copulas") and marked(own)

    @staticmethod
    def _own_relative(ab: Abstract, j: int, k: int) -> bool:
        """True when the verb at unit k stands in a relative clause, in the singular, that
        follows the character at unit j and a description of that character alone: "Ugo e il
        giovane Leo , arrestato per uno scippo , che viene messo" tells of Leo, not Ugo."""
        lex, units = ab.su.lex, ab.units
        if j + 1 >= k or units[j + 1].text != ",":
            return False
        relatives = lex.word("relatives")
        rel = next((i for i in range(j + 3, k) if units[i].text in relatives and units[i - 1].text == ","), None)
        return rel is not None and _apposition_start(ab, rel - 1) == j \
            and not any(u.text in lex.word("plural_verbs") for u in units[rel + 1:k + 1])

    @staticmethod
    def _own_noun_opens(ab: Abstract, k: int) -> bool:
        """True when a possessive or an indefinite article and a plain noun open the sentence
        before unit k, past at most a few words of time ("Two years later his employer …", "A
        French officer turns out to be passing …"), and no character stands before k: that noun
        is the subject, not the one the text was about."""
        lex = ab.su.lex
        words = ab.units[0].text.split() if k else []
        if len(words) > 1 and ab.chars[0] is None and words[0] in lex.word("indefinite_articles") \
                and all(w.isalpha() for w in words) and k >= 3:
            # a role noun of no one, one unit with its article: "a convict called the Rat earns rations by telling"
            return all(c is None for c in ab.chars[1:k]) \
                and not any(u.text in lex.word("copulas") for u in ab.units[1:k])
        for i in range(min(k - 2, 4)):
            text = ab.units[i].text
            if ab.chars[i] is not None or not text.isalpha():
                return False
            if text in lex.word("possessives") or (
                    i == 0 and text in lex.word("indefinite_articles")
                    and ab.units[i + 1].text not in lex.word("time_words")):
                # (an article only as the first word: not "dopo un tentativo di suicidio decide")
                noun = ab.units[i + 1].text
                # its own verb comes before k, and no copula: "il suo unico amico è Stiles , con cui" is
                # about the possessor
                return ab.chars[i + 1] is None and noun.isalpha() and noun.islower() and k >= i + 4 \
                    and noun not in lex.word("subject_pronouns") and all(c is None for c in ab.chars[i + 2:k]) \
                    and not any(u.text in lex.word("copulas") for u in ab.units[i + 2:k])
        return False

    @staticmethod
    def _pronoun_in_clause(ab: Abstract, x: int) -> int | None:
        """A singular subject pronoun left of unit x in the same clause, with no character
        or mark between ("he walks into the station and tells"); not one after a preposition."""
        lex = ab.su.lex
        pronouns, plurals = lex.word("subject_pronouns"), lex.word("plural_subjects")
        for j in range(x, -1, -1):
            text = ab.units[j].text
            if ab.chars[j] is not None or not text.isalpha() or text in lex.word("relatives"):
                return None
            if text in pronouns and text not in plurals:
                return j if j == 0 or ab.units[j - 1].text not in lex.word("prepositions") else None
        return None

    def _group_subject(self, index: int, start: int, stop: int) -> list[int]:
        """The characters that the plural subject in units start..stop of sentence ``index``
        stands for ("they", "the two", "i due uomini"): the last ones named together."""
        ab = self.abstracts[index]
        pair, noun, three = _group_phrase(ab.su.lex, " ".join(u.text for u in ab.units[start:stop]))
        return self.group_before(index, start, pair, noun, three)

    @staticmethod
    def _plural_antecedent(ab: Abstract, x: int) -> tuple[int, int] | None:
        """Where a plural subject ("the two men", "i due uomini") starts and ends, which a
        relative pronoun takes up as the subject of the clause ending at unit x, or None:
        no character, article or mark stands between the relative and x."""
        lex = ab.su.lex
        relatives, articles = lex.word("relatives"), lex.word("articles")
        for r in range(x, max(x - 6, 0), -1):
            if ab.chars[r] is not None or ab.units[r].text in articles or not ab.units[r].text[:1].isalpha():
                return None
            if ab.units[r].text in relatives:
                stop = r - 1 if ab.units[r - 1].text == "," else r
                start = _Resolver._plural_subject(ab, stop - 1) if stop >= 1 else None
                return None if start is None else (start, stop)
        return None

    @staticmethod
    def _plural_subject(ab: Abstract, x: int) -> int | None:
        """The unit that opens a plural subject ending at unit x ("they", "the two",
        "i due"), or None."""
        plurals = ab.su.lex.word("plural_subjects")
        if x < 0 or (ab.units[x].text in ab.su.lex.word("subject_pronouns") and ab.units[x].text not in plurals):
            return None  # "he", "she": no plural
        words = ""
        last = ab.units[x].text
        # a counted group with its noun: "the two friends", "le due amiche"
        counted = last.isalpha() and last not in ab.su.lex.union("subject_pronouns", "prepositions", "articles")
        for start in range(x, max(x - 3, -1), -1):
            if ab.chars[start] is not None:
                return None
            words = f"{ab.units[start].text} {words}" if words else ab.units[start].text
            if words in plurals or (counted and start < x and words[:-len(last) - 1] in plurals):
                return start
        return None

    def group_before(self, index: int, k: int, pair: bool = False, noun: str | None = None,
                     three: bool = False) -> list[int]:
        """The last two or more characters named together before unit k of sentence ``index``.
        ``pair``: the subject stands for two ("the two", "i due"); when neither this sentence
        nor the one before names two together, the last two this sentence names before k are
        meant ("Rex attacks Lew , and both are put in solitary"), else those of the one before.
        ``noun``: the noun of a counted subject ("i due carbonari"), which first looks for the
        group that noun introduced ("i carbonari Ugo e Leo"); a noun other than "men" or "women"
        skips the last two of these sentences. ``three``: the subject counts three ("i tre"), so
        that a pair joined as the objects of a clause is made three by that clause's subject
        ("Rex meets Lew and the old Kit ; the three")."""
        ends = [(i, k if i == index else len(self.abstracts[i].units)) for i in range(index, -1, -1)]
        for i, end in ends if noun else ():
            group = self._group_of_noun(self.abstracts[i], end, noun)
            if group:
                return group
        for i, end in ends[:2]:
            group = self._last_group(self.abstracts[i], end) or (self._opening_group(i) if i < index else [])
            if three and len(group) == 2:
                subject = self._first_subject(self.abstracts[i], self.topic_before[i])
                if subject is not None and subject not in group:
                    group.insert(0, subject)
            if group:
                return group
        # a noun that describes ("the two strangers") means a pair told before, not any two just named
        lex = self.abstracts[index].su.lex
        pairs = lex.word("pair_subjects")
        generic = noun is None or any(p.endswith(f" {noun}") for p in pairs)
        # "the two men" are no woman the text has named: "… his wife Odile … the two men"
        sex = "m" if noun in lex.word("male_groups") else "f" if noun in lex.word("female_groups") else None

        def fits(c: int) -> bool:
            return sex is None or self.gender.get(c, sex) == sex

        for i, end in ends[:2] if pair and generic else ():
            ab = self.abstracts[i]
            named = [c for j, c in enumerate(ab.chars[:end]) if c is not None and c not in self.weak
                     and not self._possessor(ab, j)  # "Joey 's girlfriend": Joey is not meant
                     and fits(c)]
            last = list(dict.fromkeys(reversed(named)))[:2]
            if len(last) == 2:
                return last[::-1]
            if i == index and len(last) == 1 and self._companion_of_topic(index, end):
                return [self.topic_before[index], last[0]]  # "diserta insieme a Leo , e i due": he and Leo
            if i < index and len(last) == 1 and self.topic_before[i] not in (None, last[0]) \
                    and {c for c in ab.chars if c is not None and c not in self.weak and fits(c)} == {last[0]}:
                # the sentence before names one only, with the one it was about: "Rex … . Prende sotto
                # la sua protezione un ragazzo , Leo . I due dividono la cella": Rex and Leo
                return [self.topic_before[i], last[0]]
        for i, end in ends[2:]:
            group = self._last_group(self.abstracts[i], end) or self._opening_group(i)
            if group:
                return group
        return []

    def _opening_group(self, index: int) -> list[int]:
        """The characters a plural subject that opens sentence ``index`` stands for: "the three
        sleep on straw" names the three the sentence before it had put together."""
        ab = self.abstracts[index]
        for stop in range(1, min(4, len(ab.units)) + 1):
            if ab.chars[stop - 1] is not None:
                return []
            if _group_phrase(ab.su.lex, " ".join(u.text for u in ab.units[:stop])) is not None \
                    and ab.units[stop - 1].text not in ab.su.lex.word("plural_objects"):
                return self._group_subject(index, 0, stop)
        return []

    def _companion_of_topic(self, index: int, k: int) -> bool:
        """True when the one character named before unit k stands after a preposition
        in a sentence that names no subject of its own, so that the sentence's subject
        is the topic before it: "diserta insieme a Leo , e i due vengono catturati"."""
        ab, topic = self.abstracts[index], self.topic_before[index]
        at = [j for j, c in enumerate(ab.chars[:k]) if c is not None]
        return topic is not None and bool(at) and all(ab.chars[j] == ab.chars[at[0]] for j in at) \
            and ab.chars[at[0]] != topic and at[0] > 0 \
            and ab.units[at[0] - 1].text in ab.su.lex.word("prepositions") \
            and self._first_subject(ab, None) is None

    def _group_of_noun(self, ab: Abstract, k: int, noun: str) -> list[int]:
        """The last two or more characters joined together right after ``noun`` before unit k:
        "i carbonari Ugo e Leo", "the brothers Rex and Lew"."""
        joins = ab.su.lex.word("coordinators") | {","}
        for j in range(k - 1, 0, -1):
            if ab.units[j - 1].text == noun and ab.chars[j] is not None:
                last = j  # the group's last member: "i carbonari Ugo , il medico , e Leo"
                while (after := _apposition_end(ab, last) + 2) < k and ab.units[after - 1].text in joins \
                        and ab.chars[after] is not None:
                    last = after
                group = [c for c in dict.fromkeys(self.coordinated(ab, last)) if c not in self.weak]
                if len(group) >= 2:
                    return group
        return []

    def _last_group(self, ab: Abstract, k: int) -> list[int]:
        """The last two or more characters joined by "and" / "e" before unit k."""
        for j in range(k - 1, 1, -1):
            join = _join_before(ab, j, words=4)  # "e il giovane ebreo triestino Davide"
            if join is None and ab.units[j - 1].text == ",":
                join = _join_before(ab, j - 1, words=4)  # "and a young Breton sailor , Yann"
            # the member before the join may end an apposition, or follow its description: "with Ned , a forger ,
            # and", "with a cockney pickpocket , Ned , and"
            if ab.chars[j] is not None and join is not None and (
                    ab.chars[_apposition_start(ab, join - 1)] is not None
                    or (ab.units[join - 1].text == "," and _after_description(ab, join - 2))):
                group = [c for c in dict.fromkeys(self.coordinated(ab, j)) if c not in self.weak]
                if len(group) >= 2:
                    return group
        return self._comitative_group(ab, k)

    def _comitative_group(self, ab: Abstract, k: int) -> list[int]:
        """Two characters joined before unit k by a word of company and what it governs: "arrestato
        insieme al padre , l'insegnante Jonas", "taken away together with his son , Ned"."""
        words = ab.su.lex.word("company_words")
        for i in range(k - 1, 0, -1):
            if ab.units[i].text not in words:
                continue
            after = next((j for j in range(i + 1, min(i + 8, k)) if ab.chars[j] is not None), None)
            before = next((j for j in range(i - 1, -1, -1) if ab.chars[j] is not None), None)
            if after is None or before is None:
                return []
            pair = [ab.chars[before], ab.chars[after]]
            return pair if pair[0] != pair[1] and not self.weak.intersection(pair) else []
        return []

    @classmethod
    def _possessor(cls, ab: Abstract, j: int) -> bool:
        """True for a character named as another's owner or a noun's complement:
        "Joey 's girlfriend", "la moglie di Ugo"."""
        return (j + 1 < len(ab.units) and ab.units[j + 1].text in POSSESSIVE_MARKS) or cls._complement(ab, j)

    @staticmethod
    def _noun_subject(ab: Abstract, k: int) -> bool:
        """True when a plain noun after an article stands right before
        the verb at unit k, past active auxiliaries: the subject is that noun,
        no character ("they find that the police had hidden evidence")."""
        lex = ab.su.lex
        if ab.chars[k] is not None:
            return False  # the match opens with a character: "il romano Nedo , con il quale divide"
        y = k
        while y < len(ab.units) and ab.units[y].text in lex.word("auxiliaries"):
            y += 1
        if y < len(ab.units) and ab.units[y].text in lex.word("passive_auxiliaries"):
            return False  # "the coat had been planted by her manager": the one framed is elsewhere
        x = k - 1
        while x >= 0 and ab.units[x].text in lex.word("auxiliaries"):
            x -= 1
        return _plain_noun_at(ab, _Resolver._noun_head(ab, x))

    @staticmethod
    def _noun_head(ab: Abstract, x: int) -> int:
        """The plain noun that a genitive complement ending at unit x hangs on: "killer" of "un
        killer della cosca"; else x."""
        if x >= 3 and not _plain_noun_at(ab, x) and _plain_noun_at(ab, x, "genitives") and _plain_noun_at(ab, x - 2):
            return x - 2
        return x

    @staticmethod
    def _henchmen_of_no_one(ab: Abstract, x: int) -> bool:
        """True when unit x ends "the men of" a plain noun, no character: "gli uomini del boss"."""
        return x >= 2 and ab.units[x - 2].text in ab.su.lex.word("henchmen") and _plain_noun_at(ab, x, "genitives")

    @staticmethod
    def _opens_clause(ab: Abstract, a: int) -> bool:
        """True when unit a opens a clause: the sentence's first unit, or one after a
        colon, a semicolon, "that" or a subordinating word ("when the guards find")."""
        if a <= 0:
            return a == 0  # (a noun that opens the sentence with no article has no unit before it)
        before = ab.units[a - 1].text
        return before in (":", ";") or before in ab.su.lex.union("complementizers", "subordinators")

    @staticmethod
    def _noun_subject_between(ab: Abstract, j: int, k: int) -> bool:
        """True when, between the subject pronoun at unit j and the verb at unit k, a clause of
        what is known or said opens with a plain noun for its subject ("that the boy has been"):
        a verb that follows is that noun's, not the pronoun's."""
        lex = ab.su.lex
        complementizers = lex.word("complementizers")
        return any(ab.units[x].text in complementizers and _plain_noun_at(ab, x + 2)
                   and ab.units[x + 3].text in lex.union("auxiliaries", "passive_auxiliaries")
                   for x in range(j + 1, k - 3))

    @staticmethod
    def _passive_noun_subject(ab: Abstract, k: int) -> bool:
        """True when the passive at unit k ("is sentenced", or "sentenced" after "is")
        has a plain noun after an article for its subject: "the gangster is sentenced"."""
        lex = ab.su.lex
        if ab.chars[k] is not None:
            return False
        passive = lex.word("passive_auxiliaries")
        x = k if ab.units[k].text in passive else k - 1
        if x < 0 or ab.units[x].text not in passive:
            return False
        while x >= 0 and ab.units[x].text in lex.union("auxiliaries", "passive_auxiliaries"):
            x -= 1
        return _plain_noun_at(ab, x)

    @staticmethod
    def coordinated(ab: Abstract, j: int) -> list[int]:
        """The character at unit j and those joined to it by 'and' / 'e' / commas, past an
        apposition ("Ugo , il medico , e Leo")."""
        lex = ab.su.lex
        joins = lex.word("coordinators")
        out = [ab.chars[j]]
        head = _noun_before_name(ab, j)  # where the phrase stands: "Rex and a young convict , Lew , are"
        k = head - 2
        # "Mazur and his lieutenant Doyle set him up", "Gerry , his friend Paul and two others are"
        described = _join_before(ab, head, joins | {","}, words=4)
        if described == head - 1 and ab.units[head - 1].text == ",":
            # the description set off by a comma: "Carrara and his bookkeeper , Stella , railroad her"
            before = _join_before(ab, head - 1, joins, words=4)  # "and a young Breton sailor , Yann"
            described = before if before is not None and before < head - 2 else described
        if described is not None and described < head - 1:
            k = described - 1
        joined = j + 1 < len(ab.units) and ab.units[j + 1].text in joins
        while k >= 0 and (ab.units[k + 1].text in joins or ab.units[k + 1].text == ","):
            sep, k = ab.units[k + 1].text, _apposition_start(ab, k)
            if ab.chars[k] is None and ab.units[k].text == "," and _after_description(ab, k - 1):
                k -= 1  # a name after its description: "a cockney pickpocket , Ned , and a Scot , Lew"
            if ab.chars[k] is None:
                break
            joined = joined or sep in joins
            out.insert(0, ab.chars[k])
            k -= 2
        if not joined:
            out = [ab.chars[j]]  # "to silence Nick , Mercer plants": a comma alone joins no list
        k = _apposition_end(ab, j) + 2
        while k < len(ab.units) and ab.units[k - 1].text in joins:
            k = _past_article(ab, k)  # "Rex , Ned e il timido Lew": an article and a word before the name
            if ab.chars[k] is None:
                break
            out.append(ab.chars[k])
            k = _apposition_end(ab, k) + 2
        return out

    def pronoun_subject(self, index: int, k: int) -> int | None:
        """The one a subject pronoun stands for, never one the text calls of the other sex."""
        ab = self.abstracts[index]
        sex = self._sex_of(ab, k)
        other = {c for c, g in self.gender.items() if sex is not None and g != sex}
        moved = self._moved_there(ab, k)
        if moved is not None:
            # the one just sent somewhere is the one who is there: "the warden has him placed in protective
            # custody , where he shares a cell with Milton" is about him, not the warden
            who = self.pronoun_object(index, moved, set())
            if who is not None and who not in other:
                return who
        # right after a leading subordinate clause: "When Ned learns … , he tips off the warden", also
        # one that opens a clause after a semicolon: "… ; after he hits Rex , he is moved"
        at = next((j + 1 for j in range(k - 1, -1, -1) if ab.units[j].text == ";"), 0)
        start = self._subordinate_opening(ab, at) if k >= at + 4 and ab.units[k - 1].text == "," else None
        lead = self._leading_clause_subject(ab, start, k)
        if lead is not None and lead not in other:
            return lead
        if start is not None and start < k - 1 and ab.units[start].text == ab.units[k].text:
            # the same pronoun opened the clause before: "When he sees a poster for Frankie , he
            # walks in" is about the one the first "he" stands for, not Frankie
            return self.pronoun_subject(index, start)
        # a pronoun inside a relative clause is not the one the clause tells of: in "Lew , with whom
        # he had shared a cell" he is not Lew
        told_of = self._relative_antecedent(ab, k)
        j = self.subject_left(ab, k, exclude=(other | {told_of}) if told_of is not None else other)
        if j == -1:
            return None
        if j is not None:
            outer = self._subject_outside_complement(ab, j, k, other)
            return ab.chars[outer if outer is not None else j]
        owner = self._opening_possessor(ab, k)
        if owner is not None and owner not in other:
            return owner
        owner = self._sole_possessor(ab, k, other)
        if owner is not None:
            return owner
        topic = self.last_before[index]
        if topic in other:  # the last topic of the pronoun's sex, a few sentences back: "Her sweetheart begs
            # her to confess … She lands in a cell" is about her, not him
            return next((c for i in range(index, max(index - 3, -1), -1)
                         for c in (self.last_before[i], self.topic_before[i]) if c is not None and c not in other),
                        None)
        return topic

    @staticmethod
    def _moved_there(ab: Abstract, k: int) -> int | None:
        """The object pronoun of a verb that sends someone to a place, when the subject pronoun at k
        opens a clause of that place: "has him placed in protective custody , where he", "sends him to
        the hole , where he"."""
        if k < 4 or ab.units[k - 1].text not in ("where", "dove") or ab.units[k - 2].text != ",":
            return None
        lex = ab.su.lex
        for x in range(k - 3, max(k - 12, 0), -1):
            text = ab.units[x].text
            if text in (",", ";", ":") or ab.chars[x] is not None:
                return None
            if text in lex.word("object_pronouns") and (ab.units[x - 1].text in lex.word("senders") or (
                    x + 1 < k and ab.units[x - 1].text in lex.word("causatives")
                    and ab.units[x + 1].text in lex.word("sent_participles"))):
                return x
        return None

    def _subject_outside_complement(self, ab: Abstract, j: int, k: int, other: set[int]) -> int | None:
        """For a subject pronoun at k that opens a clause after a comma, when the character found
        at j is the subject of what was said or known before it ("that Ned leads anyone"): the
        subject of the clause that said or knew it, if one stands there. "Rex cannot prove that
        Ned leads anyone , so he hides a gun" is about Rex."""
        units = ab.units
        if j < 2 or units[j - 1].text not in ab.su.lex.word("complementizers") or ab.chars[j - 2] is not None:
            return None
        comma = next((x for x in range(k - 1, j, -1) if units[x].text == ","), None)
        openers = ab.su.lex.word("clause_openers")
        if comma is None or any(units[x].text not in openers for x in range(comma + 1, k)):
            return None
        outer = self.subject_left(ab, j - 1, exclude=other)
        return outer if outer is not None and outer != -1 else None

    def _leading_clause_subject(self, ab: Abstract, start: int | None, k: int) -> int | None:
        """The subject of a subordinate clause that opens the sentence (its first unit
        after the subordinator at ``start``, None when there is none), for a subject
        pronoun at k right after the comma that closes it: "When Ned learns that it was
        Rex who framed him , he tips off the warden" is about Ned, not Rex."""
        j = None if start is None else _Resolver._phrase_char(ab, start, k - 1)
        if j is None or ab.chars[j] in self.weak or not self.subject_position(ab, j):
            return None
        return ab.chars[j]

    @staticmethod
    def _subordinate_opening(ab: Abstract, at: int = 0) -> int | None:
        """The unit after the subordinator that opens the sentence, or the clause that starts at
        unit ``at`` ("After" gives at + 1, "dopo che" at + 2); None when no subordinate clause
        opens there."""
        subordinators = ab.su.lex.word("subordinators")
        units = ab.units
        if len(units) > at and units[at].text in subordinators:
            return at + 1
        if len(units) > at + 1 and f"{units[at].text} {units[at + 1].text}" in subordinators:
            return at + 2
        return None

    @staticmethod
    def _phrase_char(ab: Abstract, start: int, stop: int) -> int | None:
        """The unit of the character that a noun phrase at ``start`` names, past at most two
        articles or possessives and before ``stop``; None when another word comes first."""
        leads = ab.su.lex.union("articles", "possessives")
        for j in range(start, min(start + 3, stop)):
            if ab.chars[j] is not None:
                return j
            if ab.units[j].text not in leads:
                return None
        return None

    def pronoun_topic(self, index: int, k: int, exclude: set[int]) -> int | None:
        """The one a stressed pronoun stands for: the one the story follows, when of the
        pronoun's sex and not in ``exclude`` ("Dario , che divide la cella con lui"), else
        the object pronoun's choice."""
        topic = self.topic_before[index]
        sex = self._sex_of(self.abstracts[index], k)
        if topic is not None and topic not in exclude and (sex is None or self.gender.get(topic, sex) == sex):
            return topic
        return self.pronoun_object(index, k, exclude)

    @staticmethod
    def _sex_of(ab: Abstract, k: int, word: str | None = None) -> str | None:
        """'m' or 'f' for a pronoun of one sex at unit k, or a plain noun of one ("the girl"
        for one named before), else None. ``word``: the pronoun itself, where a verb carries
        it fused ("di averlo visto")."""
        lex = ab.su.lex
        word = word or ab.units[k].text
        if word in lex.union("male_pronouns", "male_words"):
            return "m"
        return "f" if word in lex.union("female_pronouns", "female_words") else None

    @staticmethod
    def _agent(ab: Abstract, j: int) -> bool:
        """True for a character after "da" or "by", or in apposition to one there: "facendo
        sistemare da un confidente , Leo ,", "has a gun planted by Leo"."""
        j = _noun_before_name(ab, j)
        if j < 1 or ab.units[j - 1].text not in ab.su.lex.word("agent_prepositions"):
            return False
        # not where a thing came from: "di aver comprato la droga da Ugo"
        sources = ab.su.lex.word("source_verbs")
        return not any(ab.units[x].text in sources for x in range(max(0, j - 5), j - 1))

    @staticmethod
    def _complement(ab: Abstract, j: int) -> bool:
        """True for a character that completes a plain noun: "the murder of an informer"."""
        return j >= 1 and ab.units[j - 1].text in ab.su.lex.word("genitives") and (j < 2 or ab.chars[j - 2] is None)

    @staticmethod
    def _main_clause_subject(ab: Abstract, k: int) -> int | None:
        """In a sentence that opens with a subordinate clause ("After ... him ,
        Hale is sentenced"), the character that starts the main clause, when
        unit k lies inside the subordinate clause."""
        if _Resolver._subordinate_opening(ab) is None:
            return None
        comma = next((j for j in range(k + 1, len(ab.units)) if ab.units[j].text == ","), None)
        j = None if comma is None else _Resolver._phrase_char(ab, comma + 1, len(ab.units))
        return None if j is None else ab.chars[j]

    @staticmethod
    def _closed_relatives(ab: Abstract, k: int) -> list[tuple[int, int]]:
        """(start, end) units of the relative clauses before unit k that commas
        open and close: ", who hates Renato ,", ", the former sheriff who shot Rex 's partner ,"."""
        relatives = ab.su.lex.word("relatives")
        spans = []
        for i in range(1, k):
            if ab.units[i].text in relatives and (ab.units[i - 1].text == "," or (
                    i >= 2 and ab.chars[i - 1] is not None and ab.units[i - 2].text == ",")):
                end = next((j for j in range(i + 1, k) if ab.units[j].text == ","), None)
                if end is not None:
                    spans.append((i, end))
        return spans

    def _knower(self, index: int, k: int) -> int | None:
        """The subject of a verb of knowing whose "that" clause holds unit k:
        "she understands that …", "Ugo scopre che …"; None when there is none."""
        ab = self.abstracts[index]
        lex = ab.su.lex
        for t in range(k - 1, 0, -1):
            if ab.units[t].text in (";", ":", "."):
                return None
            if ab.units[t].text in lex.word("complementizers") and ab.units[t - 1].text in lex.word("knowing_verbs"):
                who, _ = self.subject(index, t - 1)
                return who[0] if len(who) == 1 else None
        return None

    def pronoun_object(self, index: int, k: int, exclude: set[int], knower: bool = True,
                       word: str | None = None) -> int | None:
        """A him/lo/la: the latest character before it that is not the clause's subject
        and not of the other sex. ``word``: the pronoun, where a verb carries it fused."""
        ab = self.abstracts[index]
        j = self.subject_left(ab, k)
        if j is not None and j >= 0 and _later_clause(ab, ab.offsets[j] + len(ab.units[j].text), ab.offsets[k]):
            j = None  # the subject of an earlier clause: "that Leo deals and that the girls were set up by him"
        exclude = set(exclude) | self.weak | ({ab.chars[j]} if j is not None and j >= 0 else set())
        sex = self._sex_of(ab, k, word)
        if sex is not None:  # never one the text calls of the other sex: "his daughter Ada … out of him"
            exclude |= {c for c, g in self.gender.items() if g != sex}
            noun = ab.units[k].text
            topic = self.topic_before[index]
            if noun in ab.su.lex.union("male_words", "female_words") and topic not in exclude \
                    and self.gender.get(topic) == sex and topic not in ab.chars:
                # a plain noun ("the girl's suitcase") for the one the story follows, who is of its
                # sex and not named in the sentence
                return topic
        relatives = ab.su.lex.word("relatives")
        if j is not None and j >= 0 and any(ab.units[i].text in relatives for i in range(j, k)):
            # inside a relative clause ("learns it from Sykes , who snitches for him"): the subject
            # of the clause that the relative clause hangs on
            outer = self.subject_left(ab, j)
            if outer is not None and outer >= 0 and ab.chars[outer] not in exclude:
                return ab.chars[outer]
        # what someone learns about himself: "she understands that Nick , with Angela 's help , pinned
        # the killing on her" is about her, whoever else the clause names
        learner = self._knower(index, j if j is not None and j >= 0 else k) if knower else None
        if learner is not None and learner not in exclude:
            return learner
        # a noun's complement ("the murder of an informer"), a character inside a closed relative
        # clause ("il capoguardia , che odia Renato , si serve di Luigino : Luigino gli riferisce") or
        # the agent of a deed done for another ("facendo sistemare da Leo una pistola nella sua auto")
        # is the antecedent only when nobody else is
        aside = self._closed_relatives(ab, k)
        found = _latest_plain(ab, k, exclude, lambda i: self._complement(ab, i) or self._agent(ab, i)
                              or any(a < i < b for a, b in aside))
        if found is not None:
            return found
        after = self._main_clause_subject(ab, k)
        if after is not None and after not in exclude:
            return after  # "After Sloane framed him, Hale ...": the pronoun looks ahead
        if index:
            # the sentence before, a noun's complement there only when nobody else is: "Ugo is
            # arrested for the murder of a landowner . … testify against him": Ugo
            prev = self.abstracts[index - 1]
            found = _latest_plain(prev, len(prev.chars), exclude, lambda i: self._complement(prev, i))
            if found is not None:
                return found
        # no one in the sentence before (a scene with no name in it): the one the story follows
        topic = self.topic_before[index]
        return topic if topic not in exclude else None


def _genders(abstracts: list[Abstract]) -> dict[int, str]:
    """Characters whose sex the text tells, "m" or "f": by a noun right before
    the name ("his ex-wife Brenda", "il fratello Carlo"), an honorific ("Mrs.
    Blaine"), a first name given to one sex only, the character's or the
    actor's ("Karen Sisco (Jennifer Lopez)"). One told both ways is left out."""
    found: dict[int, set[str]] = {}
    male_names, female_names = given_names()
    first_names = male_names | female_names
    for ab in abstracts:
        lex = ab.su.lex
        male, female = lex.word("male_words"), lex.word("female_words")
        genitives = lex.word("genitives")
        leads = lex.union("articles", "possessives")
        for j, c in enumerate(ab.chars):
            if c is None or (j and ab.chars[j - 1] == c):
                continue
            m = ab.units[j].mention
            for first in (m.words[0] if m is not None and m.words else None,
                          m.actor.split()[0] if m is not None and m.actor else None):
                if first is not None and first.lower() in first_names:
                    found.setdefault(c, set()).add("m" if first.lower() in male_names else "f")
            words = [m.honorific.split()[0].rstrip(".").lower()] if m is not None and m.honorific else []
            for i in range(j - 1, max(j - 3, -1), -1):
                if ab.chars[i] is not None or not ab.units[i].text.replace("-", "").isalpha() \
                        or ab.units[i].text in genitives:
                    break  # "il fidanzato di Teresa" is Teresa's, and tells nothing of her
                if i == j - 2 and (i == 0 or ab.units[i - 1].text not in leads):
                    break  # a noun two words back opens its phrase: "il fratello maggiore Carlo", not
                    # "Rex 's widow clears Ugo"
                words.append(ab.units[i].text)
            if not words and j > 3 and ab.units[j - 1].text == "," and ab.chars[j - 2] is not None \
                    and "~" not in ab.units[j - 2].text and ab.units[j - 3].text in genitives:
                words.append(ab.units[j - 4].text)  # beside a noun of another: "la moglie di Pavel , Vera"
            for word in words:
                if word in male or word in female:
                    found.setdefault(c, set()).add("m" if word in male else "f")
                    break
    return {c: next(iter(g)) for c, g in found.items() if len(g) == 1}


def _group_phrase(lex, words: str) -> tuple[bool, str | None, bool] | None:
    """(pair, noun, three) for a phrase that stands for the last ones named together, as
    :meth:`_Resolver.group_before` takes them: "them", "they", "the two", "le due amiche",
    "the two strangers" (a counted noun, which may have introduced them); None for any other.
    ``pair``: the phrase stands for two; ``three``: it counts three ("the three", "i tre
    detenuti")."""
    if words in lex.word("plural_objects"):
        return False, None, False
    plurals, pairs = lex.word("plural_subjects"), lex.word("pair_subjects")
    three = not lex.word("trio_words").isdisjoint(words.split())
    head, _, noun = words.rpartition(" ")
    if head not in plurals:
        return (words in pairs, None, three) if words in plurals else None
    return words in pairs or head in pairs, noun, three


def _latest_plain(ab: Abstract, k: int, exclude: set[int], minor: Callable[[int], bool]) -> int | None:
    """The latest character before unit k, not in ``exclude``, that stands at no unit ``minor``
    marks (a noun's complement, an agent); the latest of any kind when all are so; else None."""
    candidates = [i for i in range(k - 1, -1, -1) if ab.chars[i] is not None and ab.chars[i] not in exclude]
    best = next((i for i in candidates if not minor(i)), candidates[0] if candidates else None)
    return None if best is None else ab.chars[best]


def _ids(text: str | None) -> list[int]:
    return [int(x) for x in _ID.findall(text or "")]


class _Local:
    """A match on the whole document, seen from inside its sentence."""

    __slots__ = ("m", "base", "re")

    def __init__(self, m: re.Match, base: int):
        self.m, self.base, self.re = m, base, m.re

    def start(self, group=0) -> int:
        return self.m.start(group) - self.base

    def end(self, group=0) -> int:
        return self.m.end(group) - self.base

    def groupdict(self) -> dict:
        return self.m.groupdict()


def _plain_noun_at(ab: Abstract, x: int, leads: str = "articles") -> bool:
    """True for a lower-case noun at unit x after a word of the list ``leads`` (an article),
    no character, pronoun or word of time ("una notte nasconde": a time, not a subject)."""
    lex = ab.su.lex
    return x >= 1 and ab.chars[x] is None and ab.units[x].text.isalpha() and ab.units[x].text.islower() \
        and ab.units[x - 1].text in lex.word(leads) \
        and ab.units[x].text not in lex.union("subject_pronouns", "time_words")


def _matches(abstracts: list[Abstract]) -> dict[int, list]:
    """Every rule's matches, run once over each language's sentences joined by
    newlines (no pattern crosses one), grouped by sentence."""
    by_sentence: dict[int, list] = {}
    langs: dict[str, list[int]] = {}
    for i, ab in enumerate(abstracts):
        langs.setdefault(ab.su.lex.lang, []).append(i)
    for indexes in langs.values():
        bases, pos = [], 0
        for i in indexes:
            bases.append(pos)
            pos += len(abstracts[i].text) + 1
        text = "\n".join(abstracts[i].text for i in indexes)
        lex = abstracts[indexes[0]].su.lex
        for rule, m in lex.rule_scanner.finditer(text):
            if "\n" in m.group():
                continue
            k = bisect_right(bases, m.start()) - 1
            by_sentence.setdefault(indexes[k], []).append((rule, _Local(m, bases[k])))
    return by_sentence


_STAFF_FACTS = tuple(f"role:{r}" for r in STAFF_ROLES)


def find_facts(abstracts: list[Abstract], weak: set[int] = frozenset()) -> list[Fact]:
    """Every fact the rules find, in sentence order. ``weak`` characters may be
    places: they fill only arguments that a rule names explicitly."""
    resolver = _Resolver(abstracts, weak)
    facts: list[Fact] = []
    matches = _matches(abstracts)
    frames_before: list[Fact] = []  # the frames the sentence before told
    for index, ab in enumerate(abstracts):
        lex = ab.su.lex
        order = lex.rule_order
        found_here = sorted(matches.get(index, []), key=lambda rm: (order[rm[0].id], rm[1].start()))
        plain = [(r, m) for r, m in found_here if r.kind != "instigator"]
        later = [(r, m) for r, m in found_here if r.kind == "instigator"]
        frames: list[tuple[Fact, int]] = []  # a frame and where its match ends
        culprits: list[int] = []  # the ones this sentence shows in the wrong
        for rule, m in _most_specific(plain):
            found = _apply(rule, m, index, ab, resolver)
            facts.extend(found)
            resolver.add_authorities({f.s for f in found if f.p in _STAFF_FACTS})
            shared = [x for f in found if f.p == "cellmateOf" for x in (f.s, f.o)]
            if shared:
                resolver.last_cell = list(dict.fromkeys(shared))
            frames.extend((f, m.end()) for f in found if f.p == "framedBy")
            culprits.extend(f.s for f in found if f.p in ("culprit", "liar"))
        for rule, m in later:
            for who in _ids(m.groupdict().get("o")):
                # the one a culprit acted for: "admits that he lied under oath on Varga's orders" (a frame
                # once the culprit's accusation is found)
                facts.extend(Fact(c, "instigated", who, Evidence(index, rule.id, rule.confidence))
                             for c in dict.fromkeys(culprits) if c != who
                             and not _blocked(rule, ab, m.start(), None, m.end()))
                for f, end in frames:
                    # a cue the frame itself passed ("accuses him falsely") does not undo its instigator
                    if who not in (f.s, f.o) and not _later_clause(ab, end, m.start()) \
                            and not _blocked(rule, ab, m.start(), None, m.end(), since=end if end <= m.start() else 0):
                        facts.append(Fact(f.s, "framedBy", who, Evidence(index, rule.id, rule.confidence)))
                if not frames:
                    facts.extend(_orders_after(resolver, index, rule, m, who, frames_before))
        frames_before = [f for f, _ in frames]
    return facts


def _orders_after(resolver: _Resolver, index: int, rule, m, who: int, before: list[Fact]) -> list[Fact]:
    """The frames of the sentence before, whose framer is the subject of the instigator's clause:
    "Lew "finds" a packet of cocaine under the seat . Lew had put it there himself on the orders of a
    drug boss , Ned" (Ned instigated Lew's frame)."""
    ab = resolver.abstracts[index]
    if not before or _blocked(rule, ab, m.start(), None, m.end()):
        return []
    subjects, unit = resolver.subject(index, ab.unit_at(m.start()))
    if unit is None or ab.chars[unit] is None:
        return []  # the framer must be named as the subject: "Two officers , acting on Rex 's orders ," are not
    return [Fact(f.s, "framedBy", who, Evidence(index, rule.id, rule.confidence))
            for f in before if f.o in subjects and who not in (f.s, f.o)]


def _names_a_prepositions_object(ab: Abstract, j: int) -> bool:
    """True for a name at unit j set off by a comma after a described noun that a preposition
    governs: "run by a hard-nosed officer , Lew ,"."""
    if j < 4 or ab.units[j - 1].text != ",":
        return False
    lex = ab.su.lex
    for i in range(j - 2, max(j - 7, 0), -1):
        unit = ab.units[i].text
        if unit in (",", ";", ":", "(", ")", ".") or ab.chars[i] is not None:
            return False
        if unit in lex.word("articles"):
            return ab.units[i - 1].text in lex.word("prepositions")
    return False


def _apposition_start(ab: Abstract, k: int) -> int:
    """Where the name stands whose apposition unit k closes: "Ugo , il medico ," or
    "Ray , a pickpocket from Harlem ," closed at the second comma gives the unit of the
    name; else k. A description opens with an article or with the character's own role
    noun ("Ashe , the surgeon she worked for ,"), or with a past participle ("Ugo ,
    arrestato per uno scippo ,")."""
    if k < 3 or ab.units[k].text != ",":
        return k
    if ab.units[k - 2].text == "," and ab.chars[k - 1] is not None and ab.chars[k - 3] == ab.chars[k - 1]:
        return k - 3
    lex = ab.su.lex
    articles = lex.word("articles")
    participle = lex.endings("participle_endings")
    for i in range(k - 2, max(k - 14, 0), -1):
        if ab.units[i + 1].text in (";", ":", "(", ")"):
            return k
        if ab.units[i].text == ",":
            named = ab.chars[i - 1] is not None
            opener = ab.units[i + 1].text
            described = opener in articles or ab.chars[i + 1] == ab.chars[i - 1] \
                or (ab.chars[i + 1] is None and len(opener) > 4 and opener.endswith(participle))
            # (a clause with a subject of its own is none: "Ugo , gli racconta che Leo vuole scrivere ,"
            # where "gli" is a pronoun; nor a name that is a noun's complement: "cugino di Leo , lo tormenta ,")
            other = any(c is not None and c != ab.chars[i - 1] for c in ab.chars[i + 2:k])
            if i >= 3 and ab.units[i - 2].text in lex.word("genitives") and ab.chars[i - 3] is None \
                    and ab.units[i - 3].text.isalpha() and ab.units[i - 3].text not in articles:
                return k
            return i - 1 if named and described and not (other and opener not in lex.word("definite_articles")
                                                         and opener not in lex.word("indefinite_articles")) else k
    return k


def _past_article(ab: Abstract, k: int) -> int:
    """The unit of the name after the article at k and at most one plain word: "il timido Lew" gives Lew's
    unit; k itself where no article stands there or no name follows."""
    if ab.chars[k] is not None or ab.units[k].text not in ab.su.lex.word("articles"):
        return k
    for x in (k + 1, k + 2):
        if x >= len(ab.units) or (ab.chars[x] is None and not ab.units[x].text.isalpha()):
            return k
        if ab.chars[x] is not None:
            return x
    return k


def _after_description(ab: Abstract, j: int) -> bool:
    """True for a character at unit j set off after a description that an article opens:
    "with a cockney pickpocket , Ned" (not "hands it over to Ned", nor "hands the letter to Ned")."""
    if j < 2 or ab.chars[j] is None or ab.units[j - 1].text != ",":
        return False
    articles, prepositions = ab.su.lex.word("articles"), ab.su.lex.word("prepositions")
    for i in range(j - 2, max(j - 7, -1), -1):
        if ab.chars[i] is not None or not ab.units[i].text[:1].isalpha() or ab.units[i].text in prepositions:
            return False
        if ab.units[i].text in articles:
            return True
    return False


def _after_preposition(ab: Abstract, x: int) -> bool:
    """True when the plain words that end at unit x open with the preposition of a passive's
    agent, perhaps with an article and an "of" inside: "dal capitano della gendarmeria", "by the
    police captain"."""
    lex = ab.su.lex
    inner = lex.union("genitives", "articles")
    for y in range(x, max(x - 5, 0), -1):
        text = ab.units[y].text
        if ab.chars[y] is not None or not text.isalpha():
            return False
        if text not in inner and text in lex.word("agent_prepositions"):
            return True
    return False


def _noun_before_name(ab: Abstract, j: int) -> int:
    """The unit of the person's own role noun that the name at unit j follows after a comma
    ("a guard , Hal", "un confidente , Leo"), where the phrase stands; else j."""
    if j >= 2 and ab.units[j - 1].text == "," and ab.chars[j - 2] is not None and ab.chars[j - 2] == ab.chars[j]:
        return j - 2
    return j


def _join_before(ab: Abstract, j: int, joins: frozenset[str] | None = None, words: int = 3) -> int | None:
    """The unit of the conjunction that joins the character at unit j to what stands before,
    right before it or before a short description that an article or a possessive opens,
    of up to ``words`` words: "e Leo", "and his lieutenant Doyle", "e il vecchio indio Tata";
    else None."""
    joins = ab.su.lex.word("coordinators") if joins is None else joins
    if ab.units[j - 1].text in joins:
        return j - 1
    leads = ab.su.lex.union("possessives", "articles")
    for lead in range(j - 1, max(j - 1 - words, 1), -1):
        if ab.chars[lead] is not None or not ab.units[lead].text.isalpha():
            return None
        if ab.units[lead].text in leads:
            return lead - 1 if ab.units[lead - 1].text in joins else None
    return None


def _apposition_end(ab: Abstract, j: int) -> int:
    """The comma that closes an apposition of the character at unit j ("Ugo , il medico ,");
    else j."""
    if j + 3 < len(ab.units) and ab.units[j + 1].text == "," and ab.units[j + 3].text == "," \
            and ab.chars[j + 2] is not None and ab.chars[j + 2] == ab.chars[j]:
        return j + 3
    return j


def _later_clause(ab: Abstract, end: int, at: int) -> bool:
    """True when a clause ends between a frame's match (ending at ``end``) and a
    helper named at ``at`` after it: "Ned , who had been framed by Lew , escapes
    with the help of Rex" (Rex helped the escape, not the frame)."""
    # a relative clause closed by its comma after the frame is an aside, not a new clause: "the gun
    # had been put there by Sal , a boss who wanted Tommy out of the way , with the help of Haines"
    return at > end and any(end <= b.end() <= at and not (b.start() >= end and b.group().endswith(", "))
                            for b in ab.su.lex.clause_break.finditer(ab.text, 0, at))


def _explicit(rule, m) -> bool:
    """True for a match that names all its arguments: both ends of a relation, the bearer of a role."""
    names = m.re.groupindex
    slots = "s" if rule.kind.startswith("role:") else "so"
    return all(slot in names or f"{slot}_subj" in names or f"{slot}_obj" in names for slot in slots)


def _most_specific(matches: list) -> list:
    """Drop a match that must guess its subject where a rule naming all its
    arguments matched the same stretch for the same relation or role: "Ugo ,
    un assassino rinchiuso nella cella accanto" is about Ugo, not the clause's subject."""
    explicit = [(r.kind, m.start(), m.end()) for r, m in matches if _explicit(r, m) and not r.beside]
    return [(r, m) for r, m in matches
            if _explicit(r, m) or not any(kind == r.kind and m.start() < end and start < m.end()
                                          for kind, start, end in explicit)]


_PRONOUN_GROUPS = ("s_subj", "s_obj", "s_top", "o_subj", "o_obj", "o_top")


def _apply(rule, m, index: int, ab: Abstract, resolver: _Resolver) -> list[Fact]:
    """The facts one match of one rule gives, or none when a cue blocks it."""
    groups = {k: v for k, v in m.groupdict().items() if v}
    names = m.re.groupindex
    k = ab.unit_at(m.start())
    slots: dict[str, list[int]] = {"s": _ids(groups.get("s")), "o": _ids(groups.get("o"))}
    if "aside" in groups:  # a name inside a description between the members is none of them
        aside = set(_ids(groups["aside"]))
        slots["o"] = [c for c in slots["o"] if c not in aside]
    subject_unit = ab.unit_at(m.start("s")) if groups.get("s") else None
    has = {slot: any(g in names for g in (slot, f"{slot}_subj", f"{slot}_obj", f"{slot}_top", f"{slot}_cell"))
           for slot in "so"}
    found: list[int] = []
    # a relation's missing end is the clause's subject; a role rule that names its bearer needs no other
    role_named = rule.kind.startswith("role:") and (has["s"] or has["o"])
    if rule.subject and not (has["s"] and has["o"]) and not role_named:
        found, subject_unit = resolver.subject(index, k, rule.kind.startswith("role:"))
        named = slots["s" if has["s"] else "o"]
        topic = resolver.topic_before[index]
        if set(found) & set(named) and topic is not None and topic not in named:
            found = [topic]  # "the frame-up was engineered by his partner , Kalb": not Kalb himself
        slots["o" if has["s"] else "s"] = found
    for group in _PRONOUN_GROUPS:
        if group not in groups:
            continue
        slot, mode = group.split("_")
        at = ab.unit_at(m.start(group))
        other = slots["o" if slot == "s" else "s"]
        if mode == "subj":
            who = resolver.pronoun_subject(index, at)
            subject_unit = at
            if who is not None and who in other:
                # no one frames or informs on himself: "Kalb falsely reports that he struck a guard"
                who = resolver.pronoun_object(index, at, set(found) | set(other))
        elif mode == "top":
            exclude = set(found) | set(other)
            if rule.kind == "cellmateOf":
                exclude |= resolver.staff
            who = resolver.pronoun_topic(index, at, exclude)
        elif (plural := _group_phrase(ab.su.lex, groups[group])) is not None:
            slots[slot] = [c for c in resolver.group_before(index, at, *plural) if c not in other]
            continue  # "a third man is put in with them": the last ones named together
        else:
            # the one a knower learns about is the one done to, not the doer: "learns that the girls
            # were set up by him" is not about the learner
            who = resolver.pronoun_object(index, at, set(found) | set(other), knower=slot == "s",
                                          word=groups[group])
            if rule.kind == "informerOf" and slot == "o" and who is not None and who not in resolver.authorities:
                who = resolver.hearer(index, at, set(found) | set(other), who)
        slots[slot] = [who] if who is not None else []
    if "cell_there" in groups and not _ends_in_cell(resolver.abstracts[index - 1] if index else None):
        return []  # "There he meets Ugo" is a cell only after a sentence that ends in one
    if "s_cell" in groups:
        # the cell told of before, and all who were put in it: "nella cella viene messo anche Leo"
        members = resolver.last_cell or [c for c in [resolver.topic_before[index]] if c is not None]
        slots["s"] = [c for c in members if c not in slots["o"]]
    if _blocked(rule, ab, m.start(), subject_unit, m.end()):
        return []
    s_ids, o_ids = slots["s"], slots["o"]
    ev = Evidence(index, rule.id, rule.confidence)
    if rule.kind.startswith("role:") or rule.kind in ("culprit", "liar"):
        return [Fact(c, rule.kind, None, ev) for c in dict.fromkeys(s_ids + o_ids)]
    if rule.kind == "cellmateOf":
        members = [c for c in dict.fromkeys(s_ids + o_ids) if not _complement_in_match(ab, m, c)]
        apart = _one_after_another(ab, m, o_ids)
        return [Fact(a, "cellmateOf", b, ev) for a, b in combinations(members, 2) if {a, b} not in apart]
    out = []
    if rule.hearer_in_authority and s_ids:
        out.extend(Fact(o, "authority", None, ev) for o in dict.fromkeys(o_ids))
    for s in dict.fromkeys(s_ids):
        if not o_ids and rule.kind == "informerOf":
            out.append(Fact(s, "role:informer", None, ev))
        for o in dict.fromkeys(o_ids):
            if s != o:
                out.append(Fact(s, rule.kind, o, ev))
    return out


def _ends_in_cell(ab: Abstract | None, reach: int = 8) -> bool:
    """True when a cell noun stands among the last words of the sentence ``ab``: "… before being
    moved to an overcrowded cell in Ward 209 .", which "There he got to know Ugo" goes on from; or
    its plural ("finiscono in celle diverse", then "Tomas divide la sua con")."""
    if ab is None:
        return False
    cells = ab.su.lex.union("cell_nouns", "cell_plurals")
    return any(u.text in cells for u in ab.units[-reach:])


def _one_after_another(ab: Abstract, m, sharers: list[int]) -> list[set[int]]:
    """Pairs of those a match names one after the other ("shares a cell with Ned , a forger ,
    and later with Lew", "divide la cella con Ugo e poi con Leo"): each shared it with the
    subject, not with each other."""
    sequels = ab.su.lex.phrases("sequels")
    first, last = ab.unit_at(m.start()), ab.unit_at(m.end() - 1)
    words = [u.text for u in ab.units[first:last + 1]]
    turn = next((first + i for i, w in enumerate(words) for form in sequels.get(w, ())
                 if tuple(words[i:i + len(form)]) == form), None)
    if turn is None:
        return []
    before = {ab.chars[j] for j in range(first, turn)} & set(sharers)
    after = {ab.chars[j] for j in range(turn, last + 1)} & set(sharers)
    return [{a, b} for a in before - after for b in after - before]


_NAMED_REACH = 7  # how many units after "un ragazzo di @4" the name that the noun has may come


def _complement_in_match(ab: Abstract, m, char: int) -> bool:
    """True for a name that the match holds only after a preposition, as the complement of a
    noun with an indefinite article that another name then names, before any coordinator or
    preposition: "con due detenuti , Ugo e un ragazzo di Quarto Oggiaro , Leo" lists Ugo and
    Leo; so do "e a un anziano ladro di Rosario , il Tano" and "e con un ragazzo di San José
    che tutti chiamano Leo"."""
    lex = ab.su.lex
    units, chars = ab.units, ab.chars
    stops = lex.union("coordinators", "prepositions")

    def named_after(j: int) -> bool:  # ", Leo", ", il Tano", "che tutti chiamano Leo"
        for x in range(j + 1, min(j + 1 + _NAMED_REACH, len(units))):
            if chars[x] is not None:
                return chars[x] != char
            if units[x].text in stops:
                return False
        return False

    def described(j: int) -> bool:  # "un ragazzo di", "a young boy from"
        for x in range(j - 2, max(j - 5, 0), -1):
            if units[x].text in lex.word("indefinite_articles"):
                return x < j - 2
            if chars[x] is not None or not units[x].text.isalpha():
                return False
        return False

    at = [j for j in range(ab.unit_at(m.start()), ab.unit_at(max(m.end() - 1, m.start())) + 1) if chars[j] == char]
    return bool(at) and all(
        j >= 3 and units[j - 1].text in lex.union("locatives", "genitives") and described(j) and named_after(j)
        for j in at)


# a stretch between two commas that names no one: " , convinto che la guerra sia sbagliata , "; or
# one that may name someone but closes right where the match starts, so that its belief is its
# subject's own: "Nedo viene ripreso e , convinto che le guardie tratteranno Ugo con riguardo , rivela"
_BARE_ASIDE = re.compile(r" , [^,;@#]+? , | , [^,;#]+? , $")
# an aside set off after the subject that opens with a word (a participle, where it has the
# language's ending) and ends right before the match
_PARTICIPLE_ASIDE = re.compile(r"^(@\d+(?:~\w+)?) , ([a-zà-ù]+)\b[^,;@#]*? , $")


def _bare_belief(lex: Lexicon, aside: str) -> bool:
    """True for an aside (see ``_BARE_ASIDE``) that tells what someone believes: the belief
    holds of its own clause, not of what the sentence goes on to tell ("Ned , convinced that
    the war is wrong , tells the colonel …")."""
    words = aside.split()
    return lex.cue_before("belief", aside) and not lex.word("complementizers").isdisjoint(words)


@lru_cache(maxsize=8)
def _not_alternative(negators: frozenset[str]) -> re.Pattern:
    """A negated alternative set off by commas, " , not @5 , ", for a language's ``negators``."""
    words = "|".join(sorted(map(re.escape, negators)))
    return re.compile(rf" , (?:{words}) @\d+(?:~\w+)? , ")


def _blocked(rule, ab: Abstract, at: int, subject_unit: int | None, end: int, since: int = 0) -> bool:
    """Hearsay and belief count anywhere before the match from ``since`` on
    (after the last contrast cue: "in fact", or one inside the match: "the man
    carrying tales to him is actually Penn"); negation and plan only in its
    clause, from the subject (or the last clause break) on."""
    lex = ab.su.lex
    contrast = lex.cues.get(CONTRAST)
    whole = "" if contrast is not None and contrast.search(ab.text, at, end) else ab.text[since:at]
    if "belief" in rule.blocked_by and " , " in whole:
        whole = _BARE_ASIDE.sub(lambda a: " , " if _bare_belief(lex, a.group()) else a.group(), whole)
    start = ab.offsets[subject_unit] if subject_unit is not None and ab.offsets[subject_unit] < at else 0
    clause = ab.text[start:at]
    if " , " in clause:  # a negated alternative negates nothing the subject does: "Marcus , not Dre , who"
        clause = _not_alternative(lex.word("negators")).sub(" , ", clause)
        # nor does a plan or a denial told in a participle's aside: "Ned , promised that his mother will be
        # spared , repeats to the captain"
        clause = _PARTICIPLE_ASIDE.sub(lambda a: f"{a.group(1)} , " if a.group(2).endswith(
            lex.endings("participle_endings")) else a.group(), clause)
    # searched in the whole sentence, so that a break's lookahead sees the words after it, and
    # one that holds the subject counts too ("quando Ugo rifiuta di lavorare , viene chiuso");
    # the last break that ends before the match starts the clause
    for b in lex.clause_break.finditer(ab.text):
        if b.start() >= at:
            break
        if start < b.end() <= at:
            clause = ab.text[b.end():at]
    return any(lex.cue_before(kind, clause if kind in CLAUSE_CUES else whole) for kind in rule.blocked_by)
