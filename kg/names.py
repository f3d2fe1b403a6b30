"""Finding a character by the name a user types.

A name matches a character's label or any of its aliases, ignoring case,
accents and punctuation. A name that fits characters of several films is
not guessed: :class:`AmbiguousName` lists the candidates with their films.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from typing import Iterable

__all__ = ["fold", "Candidate", "NameNotFound", "AmbiguousName", "resolve"]

_NOT_WORD = re.compile(r"[\W_]+")


def fold(text: str) -> str:
    """A name reduced for comparison.

    >>> fold("  Nicolò  D'Amato "), fold("HUGO-PENN")
    ('nicolo d amato', 'hugo penn')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _NOT_WORD.sub(" ", bare.casefold()).strip()


@dataclass(frozen=True, order=True)
class Candidate:
    """A character a name may mean."""

    film: str
    label: str
    iri: str


class NameNotFound(LookupError):
    """No character has this name; the message suggests near ones."""


class AmbiguousName(LookupError):
    """Several characters have this name; ``candidates`` lists them."""

    def __init__(self, name: str, candidates: list[Candidate]):
        self.candidates = sorted(candidates)
        lines = [f'"{name}" may mean {len(self.candidates)} characters; say which film with --film:']
        lines += [f"  {c.label}  (film {c.film})" for c in self.candidates]
        super().__init__("\n".join(lines))


def matches(name: str, names: Iterable[tuple[str, str, str, str]], film: str | None = None) -> list[Candidate]:
    """Every character whose label or alias is ``name``.

    ``names`` holds (iri, label, film, a name of it) rows, the label itself among them.
    """
    key = fold(name)
    found = {Candidate(f, label, iri) for iri, label, f, other in names
             if fold(other) == key and (film is None or f == film)}
    return sorted(found)


def resolve(name: str, names: Iterable[tuple[str, str, str, str]], film: str | None = None) -> Candidate:
    """The one character ``name`` means, or an error that helps the user say it better.

    >>> rows = [("a", "Hugo Penn", "f1", "Hugo Penn"), ("a", "Hugo Penn", "f1", "Penn"),
    ...         ("b", "the warden", "f1", "the warden"), ("c", "the warden", "f2", "the warden")]
    >>> resolve("penn", rows).iri
    'a'
    >>> resolve("The Warden", rows, film="f2").iri
    'c'
    >>> resolve("the warden", rows)
    Traceback (most recent call last):
    ...
    kg.names.AmbiguousName: "the warden" may mean 2 characters; say which film with --film:
      the warden  (film f1)
      the warden  (film f2)
    """
    rows = list(names)
    found = matches(name, rows, film)
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName(name, found)
    where = f" in film {film}" if film else ""
    known = sorted({fold(other) for _, _, f, other in rows if film is None or f == film})
    near = difflib.get_close_matches(fold(name), known, n=5, cutoff=0.75)
    hint = f"; near: {', '.join(near)}" if near else ""
    raise NameNotFound(f'no character is named "{name}"{where}{hint}')
