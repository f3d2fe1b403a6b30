"""Skip a rule's regex when the text cannot hold a match.

Most relation patterns start at a word boundary with a list of trigger
words ("informs|informed|tips off ..."). Python's ``re`` cannot skip ahead
on such a start, so every pattern costs a scan of the whole text. From the
parsed pattern we read how every match must begin (a whole first word, or
its first letters, up to six) and run the pattern only when some word of
the text begins that way. The test is conservative: a pattern whose start
we cannot read (a character id, a wildcard, no word boundary) always runs,
so skipping never loses a match. A whole word is written with a trailing
space.

>>> sorted(word_keys(re.compile(r"\\b(?:informs|tips off|è stat[oa]) @\\d+")))
['inform', 'tips ', 'è ']
>>> word_keys(re.compile(r"@\\d+ framed")) is None
True
>>> {"inform", "tips "} <= text_keys("he informs @2 and tips @3")
True
"""
from __future__ import annotations

import re

try:  # the parser behind re.compile; private, so any surprise means "no gate"
    from re import _constants as _c, _parser as _p
except ImportError:  # pragma: no cover - Python < 3.11
    _p = _c = None

__all__ = ["KEY_LEN", "word_keys", "text_keys"]

KEY_LEN = 6
_MAX_KEYS = 256
_WORD = re.compile(r"\w+")


class _Open(Exception):
    """The pattern may start somewhere we cannot describe."""


def text_keys(text: str) -> set[str]:
    """Every word of ``text`` whole (with a trailing space) and its first one
    to KEY_LEN letters."""
    keys = set()
    for w in set(_WORD.findall(text)):
        keys.add(w + " ")
        keys.update(w[:n] for n in range(1, KEY_LEN + 1))
    return keys


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
        return _starts(rest, prefix, bounded)  # zero width: the start is what follows
    if op is _c.LITERAL:
        nxt = _char(av, prefix, bounded)
        return {prefix + " "} if nxt is None else _starts(rest, nxt, bounded)
    if op is _c.IN:
        if any(o is not _c.LITERAL for o, _ in av) or len(av) > 8:
            if not prefix:
                raise _Open
            return {prefix}
        out: set[str] = set()
        for _, code in av:
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
