"""What a pattern tells before it is run: where in a text it can match.

    required(r"绝对(?:值|优势)")            # frozenset({'绝对值', '绝对优势'})
    required(r"(?:不|非)\\s?(?:一定|必然)")  # frozenset({'一定', '必然'}): longer than 不, 非
    required(r"[\\p{Han}]{2}")              # None: nothing can be said
    local_width(r"绝对[^。]{0,8}")          # 10
    local_width(r"绝对(?!值)")              # None: a lookahead reads past the match

:func:`required` gives strings one of which every match contains: a window of
text without any of them cannot hold a match, so the pattern need not be run
there. :func:`local_width` gives the longest a match can be when nothing
after its end decides whether or where it ends; such a pattern finds the same
match in a window around a place as in the whole text, as long as the match
fits. :func:`finder` searches for the strings of several patterns at once.
The pattern is read with the standard
library's parser, which understands the syntax the ``regex`` module shares
with ``re``; anything it reads differently or not at all (``\\p{…}``, fuzzy
``{e<=1}``, nested sets) gives ``None``. Only caseless strings (Han
characters, digits, punctuation) are returned, so that a plain search for
them finds every place the pattern could match, whatever its case flags.
"""

from __future__ import annotations

import re
import sys
import warnings
from collections.abc import Iterable, Sequence
from typing import Any

if sys.version_info >= (3, 11):
    from re import _constants as sre_constants
    from re import _parser as sre_parse
else:  # pragma: no cover - Python 3.10
    import sre_constants
    import sre_parse

__all__ = ["finder", "local_width", "required"]

_C = sre_constants
#: Most strings a requirement may list,
MAX_STRINGS = 16
#: and most times a repeated part is spelt out in them (没有? is 没 or 没有).
MAX_TIMES = 3
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT, getattr(_C, "POSSESSIVE_REPEAT", _C.MAX_REPEAT)}
#: A brace that is no counted repeat is a letter to ``re`` but may be fuzzy matching to ``regex``.
_BRACES = {ord("{"), ord("}")}
#: Assertions that read the text after the place they stand at.
_LOOKING_AHEAD = {
    _C.AT_END,
    _C.AT_END_LINE,
    _C.AT_END_STRING,
    _C.AT_BOUNDARY,
    _C.AT_NON_BOUNDARY,
    _C.AT_LOC_BOUNDARY,
    _C.AT_LOC_NON_BOUNDARY,
    _C.AT_UNI_BOUNDARY,
    _C.AT_UNI_NON_BOUNDARY,
}
#: Constructs that commit to a first way of matching, which may run past a window that a later one fits.
_COMMITTING = {getattr(_C, name) for name in ("ATOMIC_GROUP", "POSSESSIVE_REPEAT") if hasattr(_C, name)}

Strings = frozenset[str]


class _Unreadable(Exception):
    """The two parsers may read the pattern differently."""


def _caseless(s: str) -> bool:
    """Whether case folding leaves every character of ``s`` alone (and no case variant matches it)."""
    return all(c.lower() == c == c.upper() and c not in "’‘" for c in s)


def _best(options: Iterable[Strings | None]) -> Strings | None:
    """The most selective requirement: the longest shortest string, then the fewest strings."""
    found = [o for o in options if o and all(s and _caseless(s) for s in o)]
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
    if op in _REPEATS:
        low, high, body = av
        found = _exact_sequence(body) if high <= MAX_TIMES else None
        if found is None:
            return None
        out = set()
        strings = frozenset([""])
        for times in range(high + 1):  # body repeated 0, 1, … high times
            if times >= low:
                out |= strings
            if times < high:
                strings = frozenset(a + b for a in strings for b in found)
            if len(out) + len(strings) > MAX_STRINGS:
                return None
        return frozenset(out)
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


def _parse(pattern: str) -> Any:
    """The standard library's reading of ``pattern``, or None where it may differ from ``regex``'s."""
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "possible nested set" and the like: read differently by ``regex``
        try:
            parsed = sre_parse.parse(pattern)
        except (Exception, Warning):
            return None
    return None if parsed.state.flags & _C.SRE_FLAG_VERBOSE else parsed


def required(pattern: str) -> Strings | None:
    """Caseless strings one of which every match of ``pattern`` contains, or None if unknown."""
    parsed = _parse(pattern)
    if parsed is None:
        return None
    try:
        return _sequence(parsed)
    except _Unreadable:
        return None


def finder(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """A pattern that finds, in any text where one of ``patterns`` matches, one of the strings
    :func:`required` by that match; None if some pattern requires none.

    It is a plain alternation for the standard library's engine, which runs it
    over a short window in a fraction of the time of one ``regex`` call with a
    time limit; a window where it finds nothing holds no match of ``patterns``.
    """
    strings: set[str] = set()
    for pattern in patterns:
        found = required(pattern)
        if found is None:
            return None
        strings |= found
    if not strings:
        return None
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=len, reverse=True)))


def _inner(op: Any, av: Any) -> list[Any]:
    """The sequences an item holds."""
    if op is _C.SUBPATTERN:
        return [av[-1]]
    if op is _C.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op in (_C.ASSERT, _C.ASSERT_NOT):
        return [av[1]]
    if op is _C.GROUPREF_EXISTS:
        return [b for b in av[1:] if b is not None]
    return []


def _local(items: Any) -> bool:
    """Whether nothing in ``items`` reads past the end of what it matches or commits early."""
    for op, av in items:
        if op in _COMMITTING or (op is _C.LITERAL and av in _BRACES):
            return False
        if (op is _C.AT and av in _LOOKING_AHEAD) or (op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] > 0):
            return False
        if not all(_local(inner) for inner in _inner(op, av)):
            return False
    return True


def local_width(pattern: str) -> int | None:
    """The most characters a match of ``pattern`` can span, if bounded and if whether the pattern
    matches at a place, and how far, never depends on the text after the match; else None."""
    parsed = _parse(pattern)
    if parsed is None or not _local(parsed):
        return None
    _, high = parsed.getwidth()
    return high if high < _C.MAXREPEAT else None
