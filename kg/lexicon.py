"""Rules and lexicons as data: one TOML file per language in ``kg/rules/``.

A file holds word lists, role nouns, cue patterns, macros, link rules (which
tie a name to a role noun) and relation rules. Everything is checked on
load; a bad entry raises :class:`LexiconError` quoting the entry's id and
what is wrong with it. Adding a language is adding a file.
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .prefilter import Scanner, word_keys
from .text import token_texts

__all__ = ["LexiconError", "RoleNoun", "Rule", "Lexicon", "load", "languages", "given_names", "RULES_DIR",
           "STAFF_ROLES"]

RULES_DIR = Path(__file__).parent / "rules"
RELATIONS = ("framedBy", "informerOf", "cellmateOf", "wardenOf")
ROLES = ("inmate", "warden", "guard", "informer")
STAFF_ROLES = ("warden", "guard")  # the roles of a prison's staff
# "predicate": a role noun said of the clause's subject ("he becomes an informer"), which names no one else
RULE_KINDS = RELATIONS + tuple(f"role:{r}" for r in ROLES) \
    + ("instigator", "predicate", "successor", "accusation", "culprit", "liar")
CUE_KINDS = ("negation", "plan", "hearsay", "belief", "suspicion")
# a cue of form, not of meaning, which a rule names to be blocked by it but which no rule gets by default:
# the sentence so far is a subordinate clause still open ("When Ned is hurt by Rex" before ", the warden
# gives him leave"), so the name at its end is no apposition of the subject after the comma
OPENING = "opening"
# cues that count only inside the clause of a match; the others reach over the sentence before it
CLAUSE_CUES = ("negation", "plan", OPENING)
# cues of what the text holds true after a belief: "they believe Owen grassed; in fact the informer was Dougie"
CONTRAST = "contrast"
WORD_LISTS = ("articles", "indefinite_articles", "personal_events", "prepositions", "locatives", "subject_pronouns",
              "object_pronouns", "possessives", "relatives", "person_relatives", "clause_openers", "subordinators",
              "honorifics", "nickname_intros", "determiners", "coordinators", "particles", "not_names", "org_heads",
              "org_leads", "prison_heads", "bare_qualifiers", "place_prepositions", "negators", "destinations",
              "male_groups", "female_groups", "police_bodies", "clause_takers", "dative_clitics", "prison_modifiers",
              "prison_nouns", "new_modifiers", "old_modifiers", "past_modifiers", "definite_articles", "namers",
              "vague_namers", "generic_nouns", "genitives", "prison_tails", "henchmen", "interrogatives", "copulas",
              "known_prisons", "prison_signs", "cell_plurals", "cell_nouns", "cell_synonyms", "prison_inmates",
              "held_homes", "dependants", "name_words", "temporal_words", "place_followers", "fellows",
              "dropped_leads", "posts", "leading_particles", "auxiliaries", "passive_auxiliaries", "command_titles",
              "prison_leads", "male_words", "female_words", "male_pronouns", "female_pronouns", "british_signs",
              "plural_subjects", "pair_subjects", "plural_objects", "quantifiers", "verb_like_roles", "verb_markers",
              "verb_role_forms", "year_prepositions", "bare_infinitive_leads", "complementizers", "knowing_verbs",
              "plural_articles", "name_suffixes", "credit_intros", "credit_studio_links", "credit_bys", "cast_leads",
              "cast_as", "cast_withs", "film_nouns", "place_leads", "fortress_leads", "time_words", "place_nouns",
              "plural_verbs", "time_prepositions", "era_nouns", "place_names", "given_name_forms", "disguises",
              "comitatives", "body_nouns", "day_tails", "prison_houses", "prison_of_heads", "prison_namers",
              "person_verbs", "gerund_endings", "infinitive_endings", "participle_endings", "work_nouns",
              "prison_qualifiers", "qualified_heads", "male_names", "female_names", "verb_particles", "actor_leads",
              "place_tails", "prison_parts", "skill_verbs", "foreign_prison_names", "setting_leads",
              "directed_participles", "director_nouns", "told_heads", "trio_words", "building_tails",
              "agent_prepositions", "source_verbs", "motion_verbs", "generic_persons", "scene_prepositions",
              "infinitive_markers", "deed_leads", "dispatch_verbs", "where_words", "topic_prepositions",
              "singular_endings", "young_persons", "persuading_verbs", "sequels", "vessel_words", "being_verbs",
              "company_words", "armed_services", "aerial_prepositions", "infinitive_leads", "foreign_prison_leads",
              "clipped_infinitive_endings", "calling_endings", "british_films", "english_ranks", "place_particles",
              "film_pronouns", "latter", "latter_not_before", "street_nouns", "senders", "causatives",
              "sent_participles")
_MACRO = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")
# Built-in macros: the subject and object of a rule, and a run of coordinated mentions.
_BUILTIN = {
    "S": r"(?P<s>@\d+(?:~\w+)?)",
    "O": r"(?P<o>@\d+(?:~\w+)?)",
    "M": r"@\d+(?:~\w+)?",
    "N": r"@n\d+",
    "R": r"(?>@r\d+(?:~\w+)?)",  # atomic: a role noun is never read as a shorter one
    "P": r"#\d+",
}


class LexiconError(ValueError):
    """A rule file that cannot be used, with the file and entry named."""


@dataclass(frozen=True)
class RoleNoun:
    """A noun that names a person by role: 'warden', 'il direttore', 'stool pigeon'."""

    key: str
    name: str
    role: str | None
    forms: tuple[tuple[str, ...], ...]
    standalone: bool
    title: bool
    authority: bool
    alias: bool
    not_followed_by: re.Pattern | None
    rank: bool = False  # a rank others hold too ("captain"): its role yields to any other
    short_for: str | None = None  # the key of a role a bare mention may stand for ("governor": warden)
    # a calling outside a prison's staff: a rank does not make its holder a guard ("a narcotics
    # detective, Sgt. Dale Kowalski"; "the prison doctor, Captain Lew Hatch")
    outside_staff: bool = False
    # the words before the noun that make it another calling: "a school security officer"
    not_preceded_by: re.Pattern | None = None
    longest_first: tuple[tuple[str, ...], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        # the forms tried longest first; forms[0] stays the canonical one
        object.__setattr__(self, "longest_first", tuple(sorted(self.forms, key=len, reverse=True)))


@dataclass(frozen=True)
class Rule:
    """A pattern over an abstracted sentence and what it means when it matches."""

    id: str
    kind: str
    patterns: tuple[re.Pattern, ...]
    confidence: float
    blocked_by: tuple[str, ...]
    source: str = ""
    subject: bool = True
    gates: tuple[frozenset[str] | None, ...] = ()
    # a match naming both ends that does not take the place of one that guesses an end over the
    # same words: the witness paid to lie frames beside the clause's subject who paid him
    beside: bool = False
    # the verb itself says that the one told is in authority: one snitches or grasses to a guard, never to a
    # friend, so "grasses to Mr. Hatch" makes Hatch one to inform, whatever else the text calls him
    hearer_in_authority: bool = False

    def __post_init__(self) -> None:
        if not self.gates:
            object.__setattr__(self, "gates", tuple(word_keys(p) for p in self.patterns))


@dataclass
class Lexicon:
    """Everything one language's file declares."""

    lang: str
    words: dict[str, frozenset[str]]
    roles: list[RoleNoun]
    cues: dict[str, re.Pattern]
    links: list[Rule]
    rules: list[Rule]
    clause_break: re.Pattern
    # first word -> each noun with a form that opens with it, and those forms longest first;
    # the nouns with the longest forms first
    role_index: dict[str, tuple[tuple[RoleNoun, tuple[tuple[str, ...], ...]], ...]] = field(init=False, repr=False)
    rule_scanner: Scanner = field(init=False, repr=False)
    link_scanner: Scanner = field(init=False, repr=False)
    rule_order: dict[str, int] = field(init=False, repr=False)
    prison_first: frozenset[str] = field(init=False, repr=False)  # first words of the prison nouns
    known_prison_first: frozenset[str] = field(init=False, repr=False)  # first words of the known prisons
    known_prison_articled: dict[str, str] = field(init=False, repr=False)
    credit_first: frozenset[str] = field(init=False, repr=False)  # words that may open an actor's credit
    _unions: dict[tuple[str, ...], frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    _phrases: dict[str, dict] = field(default_factory=dict, repr=False, compare=False)
    _endings: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False, compare=False)
    _derived: dict[str, frozenset[str]] = field(default_factory=dict, repr=False, compare=False)
    plain_words: set[str] = field(default_factory=set, repr=False, compare=False)  # words found to start no mention

    def __post_init__(self) -> None:
        self.rule_order = {r.id: n for n, r in enumerate(self.rules)}
        self.prison_first = frozenset(n.split()[0] for n in self.word("prison_nouns"))
        self.known_prison_first = frozenset(n.split()[0] for n in self.word("known_prisons"))
        self.credit_first = self.word("cast_leads") | frozenset(n.split()[0] for n in self.word("credit_bys"))
        # the names that open with an article, by the word after it: "Le Nuove" after "alle"
        articled = [n.split(" ", 1) for n in self.word("known_prisons") if " " in n]
        self.known_prison_articled = {rest.split()[0]: article for article, rest in articled
                                      if article in self.word("articles")}
        self.rule_scanner = Scanner(self.rules)
        self.link_scanner = Scanner(self.links)
        by_first: dict[str, list[RoleNoun]] = {}
        for noun in self.roles:
            for form in noun.forms:
                by_first.setdefault(form[0], [])
                if noun not in by_first[form[0]]:
                    by_first[form[0]].append(noun)
        self.role_index = {
            first: tuple((noun, tuple(f for f in noun.longest_first if f[0] == first))
                         for noun in sorted(nouns, key=lambda n: -max(len(f) for f in n.forms)))
            for first, nouns in by_first.items()}

    def cue_before(self, kind: str, before: str) -> bool:
        """True when a cue of ``kind`` stands in ``before``; a belief, a suspicion or
        hearsay counts only after the last contrast cue ("in fact", "in realtà") and the
        last semicolon, which ends what was believed or said ("he suspects that they plan
        a break ; so Rex becomes his informer")."""
        cue = self.cues.get(kind)
        if cue is None:
            return False
        if kind not in CLAUSE_CUES:
            contrast = self.cues.get(CONTRAST)
            ends = [m.end() for m in contrast.finditer(before)] if contrast is not None else []
            if ends:
                before = before[ends[-1]:]
            semicolon = before.rfind(" ; ")
            if semicolon >= 0:
                before = before[semicolon + 3:]
        return cue.search(before) is not None

    def word(self, name: str) -> frozenset[str]:
        """A word list by name; an undeclared list is empty."""
        try:
            return self.words[name]
        except KeyError:
            self.words[name] = frozenset()
            return self.words[name]

    def role_named(self, key: str) -> RoleNoun:
        """The first role noun declared with ``key``."""
        return next(n for n in self.roles if n.key == key)

    def any_phrase_in(self, words: list[str], *names: str) -> bool:
        """True when a word or phrase of the lists ``names`` stands in ``words``, lower-cased
        tokens: "hm prison" in [..., "hm", "prison", "fenwick", ...]."""
        return any(tuple(words[i:i + len(form)]) == form
                   for by_first in map(self.phrases, names)
                   for i, w in enumerate(words) if w in by_first for form in by_first[w])

    def phrases(self, name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
        """The phrases of list ``name`` as word tuples by first word, longest first
        (computed once): "regimental" -> (("regimental", "sergeant", "major"),)."""
        if name not in self._phrases:
            by_first: dict[str, list[tuple[str, ...]]] = {}
            for phrase in self.word(name):
                words = tuple(token_texts(phrase))  # as the text is split: "majesty 's"
                by_first.setdefault(words[0], []).append(words)
            self._phrases[name] = {first: tuple(sorted(forms, key=lambda f: (-len(f), f)))
                                   for first, forms in by_first.items()}
        return self._phrases[name]

    def endings(self, name: str) -> tuple[str, ...]:
        """A list of word endings as a tuple for ``str.endswith`` (computed once): "gerund_endings"."""
        if name not in self._endings:
            self._endings[name] = tuple(sorted(self.word(name)))
        return self._endings[name]

    def derived(self, key: str, make: Callable[[Lexicon], frozenset[str]]) -> frozenset[str]:
        """A word set made from this lexicon's lists by ``make``, computed once under ``key``."""
        if key not in self._derived:
            self._derived[key] = make(self)
        return self._derived[key]

    def union(self, *names: str) -> frozenset[str]:
        """The words of several lists (computed once per combination)."""
        if names not in self._unions:
            self._unions[names] = frozenset().union(*(self.word(n) for n in names))
        return self._unions[names]


def _fail(path: Path, entry: str, problem: str) -> LexiconError:
    return LexiconError(f"{path.name}: {entry}: {problem}")


def _expand(pattern: str, macros: dict[str, str], path: Path, entry: str) -> str:
    def sub(m: re.Match) -> str:
        name = m.group(1)
        if name in _BUILTIN:
            return _BUILTIN[name]
        if name not in macros:
            raise _fail(path, entry, f"unknown macro {{{name}}} in {pattern!r}")
        return macros[name]

    for _ in range(5):  # macros may use macros
        new = _MACRO.sub(sub, pattern)
        if new == pattern:
            break
        pattern = new
    return pattern


# a space, the end of a group repeated or made optional, then a space again: "(?:{W} ){1,4}? to"
_DOUBLED_SPACE = re.compile(r"(?<!\\) \)(?:\{\d*,?\d*\}|[*+?])\??\)* (?![?*+{|)])")


def _rules(items: list, macros: dict, path: Path, section: str, kinds: tuple,
           defaults: dict | None = None) -> list[Rule]:
    out, seen = [], set()
    for n, item in enumerate(items):
        entry = f"{section}[{n}] {item.get('id', '?')!r}"
        if not isinstance(item.get("id"), str) or not item["id"]:
            raise _fail(path, entry, "needs a non-empty string 'id'")
        sources = item.get("pattern")
        sources = [sources] if isinstance(sources, str) else sources
        if not sources or not all(isinstance(p, str) and p for p in sources):
            raise _fail(path, entry, "needs 'pattern': a string or a list of strings")
        if item["id"] in seen:
            raise _fail(path, entry, "duplicate id")
        seen.add(item["id"])
        kind = item.get("kind", "same" if section == "links" else None)
        if kind not in kinds:
            raise _fail(path, entry, f"kind {kind!r} is not one of {', '.join(kinds)}")
        confidence = item.get("confidence", 0.9)
        if not isinstance(confidence, (int, float)) or not 0 < confidence <= 1:
            raise _fail(path, entry, f"confidence {confidence!r} is not in (0, 1]")
        blocked = tuple(item.get("blocked_by", (defaults or {}).get(kind, CUE_KINDS)))
        if bad := [b for b in blocked if b not in CUE_KINDS + (OPENING,)]:
            raise _fail(path, entry, f"unknown cue kinds {bad}")
        compiled = []
        for source in sources:
            try:
                compiled.append(re.compile(_expand(source, macros, path, entry)))
            except re.error as err:
                raise _fail(path, entry, f"bad pattern {source!r}: {err}") from None
            if doubled := _DOUBLED_SPACE.search(compiled[-1].pattern):
                # text is joined by single spaces, so a group ending in one and a space after it never match
                raise _fail(path, entry, f"a group that ends in a space is followed by another space, which "
                                         f"no text has: {doubled.group()!r} in {source!r}")
            if section == "links" and not {"a", "b"} <= set(compiled[-1].groupindex):
                raise _fail(path, entry, f"a link pattern needs groups a and b: {source!r}")
        out.append(Rule(item["id"], kind, tuple(compiled), float(confidence), blocked,
                        " | ".join(sources), bool(item.get("subject", True)), beside=bool(item.get("beside", False)),
                        hearer_in_authority=bool(item.get("hearer_in_authority", False))))
    return out


def _roles(items: list, path: Path) -> list[RoleNoun]:
    out = []
    for n, item in enumerate(items):
        entry = f"roles[{n}] {item.get('key', '?')!r}"
        if not item.get("key") or not item.get("forms") or not item.get("name"):
            raise _fail(path, entry, "needs 'key', 'name' and 'forms'")
        if item.get("role") not in (None, *ROLES):
            raise _fail(path, entry, f"role {item['role']!r} is not one of {', '.join(ROLES)}")
        follow = item.get("not_followed_by")
        try:
            follow_re = re.compile(follow, re.IGNORECASE) if follow else None  # "la Guardia Nazionale"
        except re.error as err:
            raise _fail(path, entry, f"bad not_followed_by: {err}") from None
        before = item.get("not_preceded_by")
        try:
            before_re = re.compile(before, re.IGNORECASE) if before else None
        except re.error as err:
            raise _fail(path, entry, f"bad not_preceded_by: {err}") from None
        # split as the text is: "u.s. marshal" is u . s . marshal, "state's attorney" state 's attorney
        forms = tuple(tuple(w.lower().replace("’", "'") for w in token_texts(f)) for f in item["forms"])
        out.append(RoleNoun(item["key"], item["name"], item.get("role"), forms,
                            bool(item.get("standalone", True)), bool(item.get("title", False)),
                            bool(item.get("authority", False)), bool(item.get("alias", True)),
                            follow_re, bool(item.get("rank", False)), item.get("short_for"),
                            bool(item.get("outside_staff", False)), before_re))
    keys = {noun.key for noun in out}
    for n, noun in enumerate(out):
        if noun.short_for is not None and noun.short_for not in keys:
            raise _fail(path, f"roles[{n}] {noun.key!r}", f"short_for {noun.short_for!r} is no role key here")
    return out


def _parse(path: Path) -> Lexicon:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise LexiconError(f"{path.name}: not valid TOML: {err}") from None
    lang = data.get("lang")
    if not isinstance(lang, str) or not lang:
        raise _fail(path, "lang", "missing")
    words = {}
    for name, values in data.get("words", {}).items():
        if name not in WORD_LISTS:
            raise _fail(path, f"words.{name}", f"unknown list (known: {', '.join(WORD_LISTS)})")
        words[name] = frozenset(v.lower() for v in values)
    british = _prison_names(path.parent / "british_prisons.txt")
    words["known_prisons"] = words.get("known_prisons", frozenset()) | british \
        | _prison_names(path.parent / "known_prisons.txt")
    words["british_signs"] = words.get("british_signs", frozenset()) | british
    macros = {k: str(v) for k, v in data.get("macros", {}).items()}
    for name, values in words.items():  # a word list is a macro too: {PERSON_VERBS} for person_verbs
        longest_first = sorted(values, key=lambda w: (-len(w), w))
        macros.setdefault(name.upper(), "(?:" + "|".join(re.escape(w) for w in longest_first) + ")")
    cues = {}
    for kind, patterns in data.get("cues", {}).items():
        if kind not in CUE_KINDS + (CONTRAST, OPENING):
            known = ", ".join(CUE_KINDS + (CONTRAST, OPENING))
            raise _fail(path, f"cues.{kind}", f"unknown cue kind (known: {known})")
        joined = "|".join(f"(?:{_expand(p, macros, path, f'cues.{kind}')})" for p in patterns)
        try:
            cues[kind] = re.compile(joined)
        except re.error as err:
            raise _fail(path, f"cues.{kind}", f"bad pattern: {err}") from None
    defaults = data.get("blocked_by", {})
    for kind, cues_named in defaults.items():
        if kind not in RULE_KINDS or any(c not in CUE_KINDS for c in cues_named):
            raise _fail(path, f"blocked_by.{kind}", "unknown rule kind or cue kind")
    links = _rules(data.get("links", []), macros, path, "links", ("same",))
    rules = _rules(data.get("rules", []), macros, path, "rules", RULE_KINDS, defaults)
    try:
        clause_break = re.compile(_expand(data.get("clause_break", "(?!)"), macros, path, "clause_break"))
    except re.error as err:
        raise _fail(path, "clause_break", f"bad pattern: {err}") from None
    return Lexicon(lang, words, _roles(data.get("roles", []), path), cues, links, rules, clause_break)


@lru_cache(maxsize=None)
def _prison_names(path: Path) -> frozenset[str]:
    """The prison names of a list such as ``known_prisons.txt``, lower-cased and split
    as the tokenizer splits them ("devil 's island", "château d' if")."""
    if not path.exists():
        return frozenset()
    names = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            names.add(" ".join(token_texts(line.lower().replace("’", "'"))))
    return frozenset(names)


def languages(directory: Path = RULES_DIR) -> list[str]:
    return sorted(p.stem for p in directory.glob("*.toml"))


@lru_cache(maxsize=None)
def longer_given_names() -> dict[str, frozenset[str]]:
    """Each short form of a given name and the full names it stands for, from every
    language's lexicon: names cross languages, and an Italian summary of an American
    film calls Lucas "Luke" too."""
    forms: dict[str, set[str]] = {}
    for lang in languages():
        for short, pairs in load(lang).phrases("given_name_forms").items():
            forms.setdefault(short, set()).update(pair[1] for pair in pairs)
    return {short: frozenset(full) for short, full in forms.items()}


@lru_cache(maxsize=None)
def given_names() -> tuple[frozenset[str], frozenset[str]]:
    """The given names of men and of women, from every language's lexicon: a name is a man's
    or a woman's whatever the language of the text it stands in."""
    lexicons = [load(lang) for lang in languages()]
    return (frozenset().union(*(lex.word("male_names") for lex in lexicons)),
            frozenset().union(*(lex.word("female_names") for lex in lexicons)))


@lru_cache(maxsize=None)
def load(lang: str, directory: Path = RULES_DIR) -> Lexicon:
    """The lexicon for ``lang`` ('en', 'it', ...), parsed and checked once."""
    path = directory / f"{lang}.toml"
    if not path.exists():
        raise LexiconError(f"no rule file for language {lang!r} in {directory}")
    return _parse(path)
