"""Literal and pattern matching over a whole text: the building blocks of every rule kind.

* :class:`Lexicon` compiles literal entries (any number, any language) into one
  Aho-Corasick automaton and finds them case-insensitively. An entry whose
  first or last character is a Latin letter or digit must sit on a word
  boundary there (``may`` does not match ``mayor``); Han characters need none.
  A trailing ``*`` lifts the right boundary (``plunder*`` matches
  ``plundered``). An entry added ``anywhere`` is found wherever it occurs.
* :func:`search_all` runs a compiled pattern over a text in chunks, with a
  time limit on every call, so one pathological pattern cannot hang a run.
  :func:`search_near` finds the same matches by searching only around the
  places where a string that every match contains occurs.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections import Counter
from collections.abc import Hashable, Iterator, Sequence
from typing import NamedTuple

import ahocorasick
import regex

__all__ = [
    "CALL_TIMEOUT",
    "Lexicon",
    "LexiconHit",
    "PatternTimeout",
    "alternation",
    "fold_case",
    "is_word_char",
    "search_all",
    "search_near",
    "windows_around",
]

log = logging.getLogger(__name__)

#: Time limit of one pattern call, in seconds.
CALL_TIMEOUT = 0.25
#: Characters per pattern call; chunks end at a line break where possible.
CHUNK = 65536
#: Texts from this length on are scanned with an automaton ordered for them (:meth:`Lexicon.spans`).
ORDERED_FROM = 100_000
#: About this many characters of such a text are sampled to order it,
SAMPLE = 20_000
#: and the most frequent this many go first (past a few hundred, each adds more than it saves).
FIRST_CHARS = 300
#: What the automaton holds for a key: its length, its values with their word-boundary flags,
#: whether any value needs a boundary, and the value indices without and with one.
_Value = tuple[Hashable, bool, bool]  # value, boundary needed on the left, on the right
_Payload = tuple[int, tuple[_Value, ...], bool, tuple[int, ...], tuple[tuple[int, bool, bool], ...]]
#: A placeholder's payload: no length, no values.
_NOTHING: _Payload = (0, (), False, (), ())


class PatternTimeout(Exception):
    """A pattern took longer than its time limit."""


def _is_han(ch: str) -> bool:
    return (
        "\u2e80" <= ch <= "\u9fff"
        or "\uf900" <= ch <= "\ufaff"
        or ch >= "\U00020000"
        or "\u3040" <= ch <= "\u30ff"
    )


def is_word_char(ch: str) -> bool:
    """A letter or digit of an alphabetic script (Han characters are not word characters here)."""
    return ch.isalnum() and not _is_han(ch)


def fold_case(text: str) -> str:
    """Lower-case ``text`` without changing its length (so offsets stay valid); ’ and ‘ become '."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(c.lower()[:1] or c for c in text)
    return lowered.replace("’", "'").replace("‘", "'")


class LexiconHit(NamedTuple):
    """A lexicon entry found at ``[start, end)``; ``value`` is what the entry was registered with."""

    start: int
    end: int
    value: Hashable


class Lexicon:
    """Many literal entries, found in one pass."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._values: dict[str, list[_Value]] = {}
        self._entries: list[tuple[str, _Payload]] = []
        self._built = False

    def add(self, entry: str, value: Hashable, *, anywhere: bool = False) -> None:
        """Register ``entry`` (case-insensitive) with ``value``; several values may share an entry.

        ``anywhere``: no word boundaries, and a final ``*`` is a character like any other.
        """
        prefix = entry.endswith("*") and not anywhere
        key = fold_case(entry[:-1] if prefix else entry)
        if not key:
            return
        left = is_word_char(key[0]) and not anywhere
        right = is_word_char(key[-1]) and not prefix and not anywhere
        self._values.setdefault(key, []).append((value, left, right))

    def __len__(self) -> int:
        return len(self._values)

    def build(self) -> None:
        """Compile the entries added so far (done on first use; call it to do it at a chosen time)."""
        if self._built:
            return
        index: dict[Hashable, int] = {}
        for values in self._values.values():
            for value, _, _ in values:
                index.setdefault(value, len(index))
        self._by_index = list(index)
        self._entries = []
        for key, values in self._values.items():
            bounded = any(left or right for _, left, right in values)
            plain = tuple(index[v] for v, left, right in values if not (left or right))
            checked = tuple((index[v], left, right) for v, left, right in values if left or right)
            self._entries.append((key, (len(key), tuple(values), bounded, plain, checked)))
        self._automaton = self._compile(())
        self._built = True

    def _compile(self, first: Sequence[str]) -> ahocorasick.Automaton:
        """An automaton of the entries whose root lists the characters ``first`` first, in that order."""
        automaton = ahocorasick.Automaton()
        for ch in first:  # a placeholder puts ``ch`` at the root; an entry of the same key replaces it
            automaton.add_word(ch + "\x00", _NOTHING)
        for key, payload in self._entries:
            automaton.add_word(key, payload)
        if self._entries:
            automaton.make_automaton()
        return automaton

    def _automaton_for(self, folded: str) -> ahocorasick.Automaton:
        """The automaton to scan ``folded`` with.

        pyahocorasick finds a node's child by trying its children in the order
        they were added. At the root, with hundreds of first characters, that
        is most of a scan's cost, since the scan comes back to the root at
        nearly every character, and a character that starts no entry is
        compared with all of them. A long text gets an automaton of its own
        whose root lists the most frequent characters of a sample of the text
        first, in order of frequency (the matches are the same).
        """
        if len(folded) < ORDERED_FROM:
            return self._automaton
        sample = Counter(folded[:: max(1, len(folded) // SAMPLE)])
        return self._compile([ch for ch, _ in sample.most_common(FIRST_CHARS)])

    def find(self, folded: str) -> Iterator[LexiconHit]:
        """Every match in ``folded`` (a :func:`fold_case`-d text), in order of end offset."""
        if not self._built:
            self.build()
        if not self._values:
            return
        n = len(folded)
        for end_index, (length, values, bounded, _, _) in self._automaton_for(folded).iter(folded):
            end = end_index + 1
            start = end - length
            if not bounded:
                for value, _, _ in values:
                    yield LexiconHit(start, end, value)
                continue
            before_ok = start == 0 or not is_word_char(folded[start - 1])
            after_ok = end >= n or not is_word_char(folded[end])
            for value, left, right in values:
                if (before_ok or not left) and (after_ok or not right):
                    yield LexiconHit(start, end, value)

    def spans(self, folded: str) -> dict[Hashable, list[tuple[int, int]]]:
        """The ``[start, end)`` of every match in ``folded``, by value (each list in order of end offset).

        The same matches as :meth:`find`, collected in one loop without a hit object each.
        """
        if not self._built:
            self.build()
        if not self._values:
            return {}
        found: list[list[tuple[int, int]]] = [[] for _ in self._by_index]
        n = len(folded)
        for end_index, (length, _, _, plain, checked) in self._automaton_for(folded).iter(folded):
            end = end_index + 1
            start = end - length
            span = (start, end)
            for i in plain:
                found[i].append(span)
            if checked:
                before_ok = start == 0 or not is_word_char(folded[start - 1])
                after_ok = end >= n or not is_word_char(folded[end])
                for i, left, right in checked:
                    if (before_ok or not left) and (after_ok or not right):
                        found[i].append(span)
        return {value: spans for value, spans in zip(self._by_index, found, strict=True) if spans}


def _chunks(text: str, size: int) -> Iterator[tuple[int, int]]:
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            cut = text.rfind("\n", start + size // 2, end)
            end = cut + 1 if cut > 0 else end
        yield start, end
        start = end


def search_all(
    pattern: regex.Pattern[str], text: str, *, timeout: float = CALL_TIMEOUT, chunk: int = CHUNK
) -> list[regex.Match[str]]:
    """All matches of ``pattern`` in ``text``; raises :class:`PatternTimeout` when a call runs out of time.

    The text is searched in chunks that end at line breaks, so no match spans a
    chunk boundary in ordinary prose, and every call has its own time limit.
    """
    out: list[regex.Match[str]] = []
    for start, end in _chunks(text, chunk):
        try:
            out.extend(pattern.finditer(text, start, end, timeout=timeout))
        except TimeoutError:
            raise PatternTimeout(pattern.pattern) from None
    return out


def search_near(
    pattern: regex.Pattern[str],
    text: str,
    places: Sequence[int],
    width: int,
    *,
    timeout: float = CALL_TIMEOUT,
    chunk: int = CHUNK,
) -> list[regex.Match[str]]:
    """The matches :func:`search_all` finds, searching only around ``places``.

    For a pattern whose every match contains a string that starts at one of
    ``places`` (sorted), spans at most ``width`` characters and does not depend
    on the text after it (:mod:`.prefilter`). From where the last match ended,
    the next match can only start within ``width`` before the next place; a
    search of the window ``width`` either side of that place finds it there,
    the same as a search of the whole chunk would, if it starts at or before
    the place; otherwise no match starts before the place, and the search moves
    past it.
    """
    out: list[regex.Match[str]] = []
    for start, end in _chunks(text, chunk):
        pos = start
        k = bisect_left(places, pos)
        while k < len(places) and places[k] < end:
            place = places[k]
            try:
                m = pattern.search(text, max(pos, place - width), min(end, place + width), timeout=timeout)
            except TimeoutError:
                raise PatternTimeout(pattern.pattern) from None
            if m is not None and m.start() <= place:
                out.append(m)
                pos = m.end()  # not empty: it holds the string at a place
            else:
                pos = place + 1
            k = bisect_left(places, pos, k)
    return out


def windows_around(spans: Sequence[tuple[int, int]], reach: int, n: int) -> list[tuple[int, int]]:
    """The stretches ``reach`` characters either side of ``spans``, merged, within ``[0, n)``."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        lo, hi = max(0, a - reach), min(n, b + reach)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def alternation(entries: Sequence[str]) -> str:
    """A regex alternation of literal ``entries``, longest first."""
    return "|".join(regex.escape(e) for e in sorted(set(entries), key=len, reverse=True))
