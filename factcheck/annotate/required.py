"""What every match of a pattern must contain: literal strings to look for before running it.

    required(r"绝对(?:值|优势)")            # frozenset({'绝对值', '绝对优势'})
    required(r"(?:不|非)\\s?(?:一定|必然)")  # frozenset({'一定', '必然'}): longer than 不, 非
    required(r"[\\p{Han}]{2}")              # None: nothing can be said

A window of text without any of the strings cannot hold a match, so the
pattern need not be run there. The pattern is read with the standard
library's parser, which understands the syntax the ``regex`` module shares
with ``re``; anything it reads differently or not at all (``\\p{…}``, fuzzy
``{e<=1}``, nested sets) gives ``None``. Only caseless strings (Han
characters, digits, punctuation) are returned, so that a plain search for
them finds every place the pattern could match, whatever its case flags.
"""

from __future__ import annotations

import sys
import warnings
from collections.abc import Iterable
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

__all__ = ["required"]

_C = sre_constants
#: Most strings a requirement may list.
MAX_STRINGS = 16
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
#: A brace that is no counted repeat is a letter to ``re`` but may be fuzzy matching to ``regex``.
_BRACES = {ord("{"), ord("}")}

Strings = frozenset[str]


class _Unreadable(Exception):
    """The two parsers may read the pattern differently."""


def _caseless(s: str) -> bool:
    """Whether case folding leaves every character of ``s`` alone (and no case variant matches it)."""
    return all(c.lower() == c == c.upper() and c not in "’‘" for c in s)


def _best(options: Iterable[Strings | None]) -> Strings | None:
    """The most selective requirement: the longest shortest string, then the fewest strings."""
    found = [o for o in options if o and all(_caseless(s) for s in o)]
    return min(found, key=lambda o: (-min(map(len, o)), len(o)), default=None)


def _exact(op: Any, av: Any) -> Strings | None:
    """The strings an item matches, when it matches one of a few fixed strings."""
    if op is _C.LITERAL:
        if av in _BRACES:
            raise _Unreadable
        return frozenset([chr(av)])
    if op is _C.IN:
        if len(av) > MAX_STRINGS or any(o is not _C.LITERAL for o, _ in av):
            return None
        return frozenset(chr(a) for _, a in av)
    if op is _C.SUBPATTERN:
        return _exact_sequence(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _exact_sequence(branch)
            if found is None:
                return None
            out |= found
        return frozenset(out) if len(out) <= MAX_STRINGS else None
    return None


def _exact_sequence(items: Any) -> Strings | None:
    strings = frozenset([""])
    for op, av in items:
        found = _exact(op, av)
        if found is None or len(strings) * len(found) > MAX_STRINGS:
            return None
        strings = frozenset(a + b for a in strings for b in found)
    return strings


def _sequence(items: Any) -> Strings | None:
    """Every item of a sequence is part of the match, so any one's requirement is the sequence's;
    runs of items that match fixed strings are joined into longer ones."""
    options: list[Strings | None] = []
    run = frozenset([""])
    for op, av in items:
        found = _exact(op, av)
        if found is not None and len(run) * len(found) <= MAX_STRINGS:
            run = frozenset(a + b for a in run for b in found)
            continue
        options.append(run)
        options.append(_item(op, av))
        run = found if found is not None else frozenset([""])
    options.append(run)
    return _best(o for o in options if o != frozenset([""]))


def _item(op: Any, av: Any) -> Strings | None:
    found = _exact(op, av)
    if found is not None:
        return found
    if op is _C.SUBPATTERN:
        return _sequence(av[-1])
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch)
            if found is None:
                return None  # one alternative without a requirement: the whole has none
            out |= found
        return frozenset(out)
    if op in _REPEATS:
        low, _, body = av
        return _sequence(body) if low >= 1 else None
    return None  # anchors, lookarounds, wildcards, categories, back-references: no literal


def required(pattern: str) -> Strings | None:
    """Caseless strings one of which every match of ``pattern`` contains, or None if unknown."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "possible nested set" and the like: read differently by ``regex``
        try:
            parsed = sre_parse.parse(pattern)
        except (Exception, Warning):
            return None
    if parsed.state.flags & _C.SRE_FLAG_VERBOSE:
        return None
    try:
        return _sequence(parsed)
    except _Unreadable:
        return None
