"""Run a rule's regex only where a match can start.

Most relation patterns start at a word boundary with a list of trigger
words ("informs|informed|tips off ..."), or with a character's or a
prison's id ("@12", "#3"). Python's ``re`` cannot skip ahead on such a
start, so every pattern costs a scan of the whole text. From the parsed
pattern we read how every match must begin (a whole first word, or its
first letters, up to six, or the sign of an id), and :class:`Scanner`
tries the pattern only at the words of the text that begin that way and
at the signs. A lookbehind for a mark or a line start counts as a word
boundary. The gate is conservative: a pattern whose start we cannot read
(a wildcard, no word boundary) scans the whole text as before, so no match
is ever lost. A whole word is written with a trailing space.

>>> sorted(word_keys(re.compile(r"\\b(?:informs|tips off|è stat[oa]) @\\d+")))
['inform', 'tips ', 'è ']
>>> sorted(word_keys(re.compile(r"(?:#\\d+|\\bprison) , whose")))
['#', 'prison']
>>> sorted(word_keys(re.compile(r"(?:(?<=, )|\\band )takes")))
['and ', 'takes']
>>> word_keys(re.compile(r"(?:he|she) framed")) is None
True
"""
from __future__ import annotations

import re

try:  # the parser behind re.compile; private, so any surprise means "no gate"
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    _p = _c = None

__all__ = ["KEY_LEN", "word_keys", "required_text", "Scanner"]

KEY_LEN = 6
_MAX_KEYS = 256
_WORD = re.compile(r"\w+")
_SIGNS = "@#"  # what opens an id in an abstracted sentence: "@12", "#3"
_SIGN = re.compile(f"[{_SIGNS}]")
_SIGN_KEYS = frozenset(_SIGNS)


class _Open(Exception):
    """The pattern may start somewhere we cannot describe."""


def _word_keys_of(word: str) -> list[str]:
    return [word + " ", *(word[:n] for n in range(1, min(len(word), KEY_LEN) + 1))]


class Scanner:
    """Every match of a list of rules in a text, each gated pattern tried only
    at the word starts its gate admits.

    The matches are those of ``pattern.finditer`` for each pattern of each
    rule, in rule and pattern order: a match must start at a word whose
    keys meet the gate, the candidates are tried left to right, and one
    past the end of a match is where the next is looked for, as ``finditer``
    does. Which patterns a token can start is cached by token, since the
    words of a corpus repeat.
    """

    _CACHE_LIMIT = 200_000

    def __init__(self, rules) -> None:
        self.rules = list(rules)
        # a pattern that opens with an id's sign is left to ``re``, which finds a first
        # character by itself faster than we can try each place
        self._patterns = [(rule, pattern, None if gate and gate <= _SIGN_KEYS else gate)
                          for rule in self.rules for pattern, gate in zip(rule.patterns, rule.gates)]
        # a pattern with no gate is still skipped in a text without the words every match holds
        self._needs = [None if gate is not None else required_text(pattern)
                       for _rule, pattern, gate in self._patterns]
        self._by_key: dict[str, list[int]] = {}
        for n, (_rule, _pattern, gate) in enumerate(self._patterns):
            for key in gate or ():
                self._by_key.setdefault(key, []).append(n)
        self._ungated = frozenset(n for n, (_rule, _pattern, gate) in enumerate(self._patterns) if gate is None)
        self._cache: dict[str, tuple] = {}

    def _hits(self, token: str) -> tuple:
        """(offset, pattern numbers) for each word of ``token`` that opens a gate."""
        out = []
        for m in _WORD.finditer(token):
            nums = {n for key in _word_keys_of(m.group()) for n in self._by_key.get(key, ())}
            if nums:
                out.append((m.start(), tuple(sorted(nums))))
        if "@" in token or "#" in token:
            for m in _SIGN.finditer(token):
                nums = self._by_key.get(m.group())
                if nums:
                    out.append((m.start(), tuple(nums)))
            out.sort()
        return tuple(out)

    def candidates(self, text: str) -> dict[int, list[int]]:
        """Pattern number -> the ascending offsets where it may match."""
        cache = self._cache
        if len(cache) > self._CACHE_LIMIT:
            cache.clear()
        found: dict[int, list[int]] = {}
        pos = 0
        for token in text.split(" "):
            hits = cache.get(token)
            if hits is None:
                hits = cache[token] = self._hits(token)
            for offset, nums in hits:
                for n in nums:
                    found.setdefault(n, []).append(pos + offset)
            pos += len(token) + 1
        return found

    def finditer(self, text: str):
        """(rule, match) for every match, in rule, pattern and text order."""
        found = self.candidates(text)
        patterns = self._patterns
        for n in sorted(self._ungated.union(found)):  # the patterns that may match, in their order
            rule, pattern, gate = patterns[n]
            if gate is None:
                needs = self._needs[n]
                if needs and needs not in text:
                    continue
                for m in pattern.finditer(text):
                    yield rule, m
                continue
            end = 0
            for pos in found[n]:
                if pos < end:
                    continue
                m = pattern.match(text, pos)
                if m is not None:
                    yield rule, m
                    end = max(m.end(), pos + 1)


def word_keys(pattern: re.Pattern) -> frozenset[str] | None:
    """Letters a match of ``pattern`` must start with, or None when unknown."""
    if _p is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        keys = _starts(list(_p.parse(pattern.pattern, pattern.flags).data), "", False)
    except Exception:  # noqa: BLE001 - _Open, or a parser surprise: a gate must never break a rule
        return None
    if not keys or "" in keys or len(keys) > _MAX_KEYS:
        return None
    return frozenset(keys)


def required_text(pattern: re.Pattern, shortest: int = 4) -> str | None:
    """The longest run of plain characters that every match of ``pattern``
    holds, read from its top level (" , with whom " in "{OC} , with whom he
    shares"), or None when there is none of at least ``shortest`` characters.

    >>> required_text(re.compile(r"(?P<o>@\\d+) , with whom (?:he|she) shares"))
    ' , with whom '
    >>> required_text(re.compile(r"(?:a|b)c")) is None
    True
    """
    if _p is None or pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        items = list(_p.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # noqa: BLE001 - a parser surprise means no shortcut, never a lost match
        return None
    best, run = "", ""
    for op, av in items:
        if op is _c.LITERAL:
            run += chr(av)
            continue
        best, run = max(best, run, key=len), ""
    best = max(best, run, key=len)
    return best if len(best) >= shortest else None


def _after_mark(op, av) -> bool:
    """True for a lookbehind that only a mark or the text's start can satisfy:
    "(?<=, )", "(?<=[:;] )", "(?<![^\\n])"."""
    direction, body = av
    items = list(body.data) if hasattr(body, "data") else list(body)
    if direction != -1 or not items:
        return False
    if op is _c.ASSERT_NOT:  # "not after anything but a newline"
        return len(items) == 1 and items[0][0] is _c.NOT_LITERAL and not _WORD.match(chr(items[0][1]))
    last_op, last = items[-1]
    if last_op is _c.LITERAL:
        return not _WORD.match(chr(last))
    return last_op is _c.IN and all(o is _c.LITERAL and not _WORD.match(chr(c)) for o, c in last)


def _char(code: int, prefix: str, bounded: bool) -> str | None:
    """``prefix`` extended by one character, or None where the word ends."""
    c = chr(code)
    if not _WORD.match(c):
        if not prefix:
            raise _Open  # a match that starts on punctuation or a space
        return None
    if not prefix and not bounded:
        raise _Open  # no word boundary before the match: it may start mid-word
    return prefix + c


def _starts(items: list, prefix: str, bounded: bool) -> set[str]:
    """Every way the first KEY_LEN word characters of ``items`` can read."""
    if len(prefix) >= KEY_LEN or not items:
        return {prefix}
    (op, av), rest = items[0], items[1:]
    if op is _c.AT:
        if av in (_c.AT_BOUNDARY, _c.AT_BEGINNING, _c.AT_BEGINNING_STRING) and not prefix:
            return _starts(rest, prefix, True)
        return {prefix + " "} if av is _c.AT_BOUNDARY else {prefix}  # after a letter, \\b ends the word
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        # zero width: the start is what follows, at a word boundary after a mark
        return _starts(rest, prefix, bounded or (not prefix and _after_mark(op, av)))
    if op is _c.LITERAL:
        if not prefix and chr(av) in _SIGNS:
            return {chr(av)}
        nxt = _char(av, prefix, bounded)
        return {prefix + " "} if nxt is None else _starts(rest, nxt, bounded)
    if op is _c.IN:
        if any(o is not _c.LITERAL for o, _ in av) or len(av) > 8:
            if not prefix:
                raise _Open
            return {prefix}
        out: set[str] = set()
        for _, code in av:
            if not prefix and chr(code) in _SIGNS:
                out.add(chr(code))
                continue
            nxt = _char(code, prefix, bounded)
            out |= {prefix + " "} if nxt is None else _starts(rest, nxt, bounded)
        return out
    if op is _c.SUBPATTERN:
        _group, add, _del, body = av
        if add & re.IGNORECASE:
            raise _Open
        return _starts(list(body.data) + rest, prefix, bounded)
    if op is _c.BRANCH:
        out = set()
        for alt in av[1]:
            out |= _starts(list(alt.data) + rest, prefix, bounded)
            if len(out) > _MAX_KEYS:
                raise _Open
        return out
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        low, high, body = av
        once = _starts(list(body.data) + (rest if high == 1 else []), prefix, bounded)
        return once | _starts(rest, prefix, bounded) if low == 0 else once
    if not prefix:
        raise _Open  # any character, a category, a back reference...
    return {prefix}
