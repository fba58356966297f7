"""Find names of indicators and entities in a normalised text, in one pass.

Every name and alias of the reference data (all three scripts and English) is
folded the way texts are (width, Traditional → Simplified, case) and put in an
Aho-Corasick automaton; one pass over the text yields every mention with the
indicator or entity it names. Latin names must stand as whole words.

Chinese noun phrases take an optional 的 and a bracketed acronym anywhere
(外国官方持有美债的比例, 新开发银行(NDB)累计贷款), English ones an optional
possessive (the dollar's share): these are left out of names and text alike
before matching, and offsets are mapped back.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import ahocorasick
import regex
from rapidfuzz import fuzz, process
from rapidfuzz.distance import ScoreAlignment

from ..annotate.textmatch import windows_around
from ..lang.pack import load_packs
from ..normalize.text import fold_width, to_simplified
from ..refdata import RefData

__all__ = ["OPTIONAL_PIECES", "TermIndex", "TermMention", "term_index"]


@dataclass(frozen=True, slots=True)
class TermMention:
    """A name of an indicator or entity at normalised ``[start, end)``."""

    start: int
    end: int
    kind: str  # "indicator", "entity", or "qualified" (an indicator's name after its own entity)
    id: str
    surface: str


#: Approximate matching: names at least this long, at least this similar (rapidfuzz partial ratio).
FUZZY_MIN_CHARS = 8
FUZZY_CUTOFF = 90
FUZZY_LIMIT = 4
#: Each word of an approximately matched Latin name must be written in it at least this similar
#: (labour/labor, non-farm/nonfarm), so that a name is never matched without one of its words.
FUZZY_WORD_CUTOFF = 80
#: Chinese names compared approximately: at least this long, written within this many
#: characters of their length.
#: An elliptical name (开采量 for 稀土开采量, refining for rare earth refining): the shortest Han
#: ending, the shortest first Latin word of an ending, and how many indicators' names an ending may
#: end at most to stand for one of them.
ELLIPSIS_MIN_HAN = 3
ELLIPSIS_MIN_LATIN = 5
ELLIPSIS_MAX_INDICATORS = 1
HAN_FUZZY_MIN_CHARS = 8
HAN_FUZZY_SLACK = 3
_LATIN_WORD = regex.compile(r"[a-z]{3,}")
#: A number in a name (U-3, 16-24): never spelt approximately, so an approximately matched
#: name must have it written (our unemployment rate is not the U-3 unemployment rate).
_NUMBER_IN_NAME = regex.compile(r"\d+")

#: Left out of names and texts before matching: the particle 的, a bracketed acronym, the
#: English possessive (the dollar's share of reserves = the dollar share of reserves;
#: foreigners' share = foreigners share) and the one space many writers put between Han and
#: Latin letters (核心 CPI = 核心CPI, CPI 同比 = CPI同比; a wider gap parts a table's columns).
_OPTIONAL = regex.compile(
    r"的|[(（][ \t]*[A-Za-z][A-Za-z0-9&.\-]{1,9}[ \t]*[)）]"
    r"|(?<=[A-Za-z])['’]s(?![A-Za-z])|(?<=[A-Za-z]s)['’](?![A-Za-z])"
    r"|(?<=\p{Han})[ \u3000](?=[A-Za-z])|(?<=[A-Za-z])[ \u3000](?=\p{Han})"
)


OPTIONAL_PIECES = _OPTIONAL.pattern

#: Dashes and hyphens are one character for matching (16—24岁 is 16-24岁); one for one, so
#: offsets do not move.
_DASHES = str.maketrans(dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d", "-"))
#: A hyphen between Latin letters is a space for matching (rare-earth mining is rare earth
#: mining, year-on-year is year on year); one for one, so offsets do not move.
_WORD_HYPHEN = regex.compile(r"(?<=[a-z])-(?=[a-z])")


def _for_matching(text: str) -> str:
    """``text`` lower-cased (unless that changes its length) with dashes folded, offsets kept."""
    lowered = text.lower()
    return _fold_dashes(lowered if len(lowered) == len(text) else text)


def _whole_words(window: str, where: ScoreAlignment) -> str:
    """The words of ``window`` that an alignment covers, each whole (the alignment may begin or
    end inside one: *s unemployement rate* in *us unemployement rate*)."""
    a, b = where.dest_start, where.dest_end
    while a > 0 and window[a - 1].isalnum():
        a -= 1
    while b < len(window) and window[b].isalnum():
        b += 1
    return window[a:b]


def _fold_dashes(lowered: str) -> str:
    folded = lowered.translate(_DASHES)
    return _WORD_HYPHEN.sub(" ", folded) if "-" in folded else folded


def fold(text: str) -> str:
    """Fold a name the way texts are folded for matching (lower-cased Latin letters, no 的)."""
    folded, _ = fold_width(text)
    simplified, _ = to_simplified(folded)
    lowered = _fold_dashes(simplified.lower())
    compact = _OPTIONAL.sub("", lowered)
    return compact or lowered


class _Compact:
    """``text`` without its optional pieces, with the map from compact offsets back to ``text``."""

    def __init__(
        self, text: str, optional: regex.Pattern[str] = _OPTIONAL, left_out: Sequence[tuple[int, int]] = ()
    ) -> None:
        pieces: list[str] = []
        self.starts: list[int] = [0]  # compact offsets where a kept run begins
        self.shifts: list[int] = [0]  # original minus compact offset within that run
        last = 0
        removed = 0
        spans = sorted([m.span() for m in optional.finditer(text)] + list(left_out))
        for start, end in spans:
            start = max(start, last)
            if end <= start:
                continue  # inside a piece already left out
            pieces.append(text[last:start])
            removed += end - start
            last = end
            self.starts.append(end - removed)
            self.shifts.append(removed)
        pieces.append(text[last:])
        self.text = "".join(pieces)

    def original(self, pos: int, *, end: bool = False) -> int:
        """The offset in the original text of compact ``pos`` (``end``: an exclusive end)."""
        if end:
            return self.original(pos - 1) + 1 if pos > 0 else 0
        i = bisect_right(self.starts, pos) - 1
        return pos + self.shifts[i]


def _is_word(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


class TermIndex:
    """An automaton over every indicator and entity name of a reference-data set."""

    def __init__(self, refdata: RefData) -> None:
        table: dict[str, set[tuple[str, str]]] = defaultdict(set)
        #: (folded name, indicator) of the names only the indicator's default entity uses
        self.own_names: set[tuple[str, str]] = set()
        for ind in refdata.indicators.values():
            for name in [ind.names.en, ind.names.zh_hans, ind.names.zh_hant, *ind.aliases.all()]:
                if name.strip():
                    table[fold(name.strip())].add(("indicator", ind.id))
            for name in ind.entity_aliases.all():  # names only after the indicator's own entity
                if name.strip():
                    table[fold(name.strip())].add(("qualified", ind.id))
            for name in ind.own_names.all():  # names that also say whose figure it is
                if name.strip():
                    table[fold(name.strip())].add(("indicator", ind.id))
                    self.own_names.add((fold(name.strip()), ind.id))
        for ent in refdata.entities.values():
            for name in [ent.names.en, ent.names.zh_hans, ent.names.zh_hant, *ent.aliases.all()]:
                if name.strip():
                    table[fold(name.strip())].add(("entity", ent.id))
        self._series_entities: dict[str, set[str]] = defaultdict(set)
        for indicator, entity in refdata.series:
            self._series_entities[indicator].add(entity)
        # goods & services is goods and services: every Latin name with "and" also stands with "&"
        for key in [k for k in table if " and " in k]:
            table[key.replace(" and ", " & ")] |= table[key]
        # 外汇存底 is 外汇储备: every name also stands with each variant of a word it holds
        for group in _name_variants():
            for key in [k for k in table if any(w in k for w in group)]:
                for word in [w for w in group if w in key]:
                    for other in group:
                        if other != word:
                            table[key.replace(word, other)] |= table[key]
        self._automaton = ahocorasick.Automaton()
        for key, targets in table.items():
            if len(key) >= 2 or not key.isascii():
                self._automaton.add_word(key, (key, tuple(sorted(targets))))
        self._automaton.make_automaton()
        self._ellipses = _ellipses(table)
        self._longest = max((len(key) for key in table), default=0)  # the reach of a name
        self.aliases: dict[str, list[str]] = defaultdict(list)
        for key, targets in table.items():
            for kind, ident in targets:
                if kind == "indicator":
                    self.aliases[ident].append(key)
        # Latin indicator names for approximate matching (labour/labor, non-farm/nonfarm): long
        # enough to be specific, and free of entity names (US national debt must not match
        # Japan's national debt)
        entity_keys = sorted(
            (k for k, targets in table.items() if any(kind == "entity" for kind, _ in targets)),
            key=lambda k: (-len(k), k),
        )
        names_an_entity = regex.compile(
            "|".join(rf"(?<![a-z]){regex.escape(e)}(?![a-z])" for e in entity_keys) or "(?!)"
        )
        self._fuzzy_names: list[str] = []
        self._fuzzy_ids: list[tuple[str, ...]] = []
        for key, targets in sorted(table.items()):
            ids = tuple(sorted(i for kind, i in targets if kind == "indicator"))
            if not ids or not key.isascii() or len(key) < FUZZY_MIN_CHARS:
                continue
            if names_an_entity.search(key):
                continue
            self._fuzzy_names.append(key)
            self._fuzzy_ids.append(ids)
        # Long Chinese names written with a word more or less (美元在全球已分配外汇储备中的份额),
        # indexed by their first two characters: the modifier that tells 美元 from 欧元 must match
        self._han_by_head: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for key, targets in sorted(table.items()):
            ids = tuple(sorted(i for kind, i in targets if kind == "indicator"))
            if ids and len(key) >= HAN_FUZZY_MIN_CHARS and not key.isascii():
                self._han_by_head[key[:2]].append((key, ids))
        heads = sorted(self._han_by_head, key=lambda h: (-len(h), h))
        self._heads = regex.compile("|".join(regex.escape(h) for h in heads) or "(?!)")

    def _approximate_han(self, text: str, start: int, window: str) -> list[tuple[TermMention, float]]:
        found = []
        for head in self._heads.finditer(window, overlapped=True):
            i = head.start()
            for name, ids in self._han_by_head.get(window[i : i + 2], ()):
                tail = name[-2:]
                stop = window.find(tail, i + len(name) - HAN_FUZZY_SLACK, i + len(name) + HAN_FUZZY_SLACK)
                if stop < 0:
                    continue
                written = _OPTIONAL.sub("", window[i : stop + 2])  # names are folded without 的
                if written == name:
                    continue  # found exactly already
                if self._names_other_entity(written, name, ids):
                    continue  # 美元在日本外汇储备中的份额 is not the world's
                score = fuzz.ratio(name, written)
                if score >= FUZZY_CUTOFF:
                    a, b = start + i, start + stop + 2
                    found += [
                        (TermMention(a, b, "indicator", ident, text[a:b]), score / 100) for ident in ids
                    ]
        return found

    def _names_other_entity(self, written: str, name: str, ids: tuple[str, ...]) -> bool:
        """``written`` holds an entity name that ``name`` does not, and that is not the entity
        of the indicators' own series (全球 in a name of the world's reserve shares is fine)."""
        own = {e for i in ids for e in self._series_entities.get(i, ())}
        for _, (key, targets) in self._automaton.iter(written):
            if len(key) < 2 or key in name:
                continue
            named = {i for kind, i in targets if kind == "entity"}
            if named and not named <= own:
                return True
        return False

    def spanning(self, text: str, gap: int) -> list[TermMention]:
        """Indicator names in a short ``text`` that start before ``gap`` and end after it."""
        lowered = text.lower()
        found = []
        for end_index, (key, targets) in self._automaton.iter(lowered):
            start = end_index + 1 - len(key)
            if start < gap <= end_index:
                found += [
                    TermMention(start, end_index + 1, kind, i, text[start : end_index + 1])
                    for kind, i in targets
                    if kind == "indicator"
                ]
        return found

    def elliptical(self, text: str, start: int, end: int, names: list[TermMention]) -> list[TermMention]:
        """Indicator names in ``text[start:end]`` (a sentence) written without their first words,
        with which another name among ``names`` (the sentence's) begins before them (稀土精炼产量
        92%、开采量62%: 开采量 is 稀土开采量; 62% of rare-earth mining and 92% of refining: refining is
        rare earth refining). Only an ending that belongs to the names of at most
        ELLIPSIS_MAX_INDICATORS indicators counts."""
        if self._ellipses is None or not names:
            return []
        automaton, parts = self._ellipses
        lowered = _for_matching(text[start:end])
        folded = [(t.end, fold(t.surface)) for t in names]
        found = []
        for end_index, ending in automaton.iter(lowered):
            a = end_index + 1 - len(ending)
            b = end_index + 1
            if _is_word(ending[0]) and a > 0 and _is_word(lowered[a - 1]):
                continue
            if _is_word(ending[-1]) and b < len(lowered) and _is_word(lowered[b]):
                continue
            ids = sorted(
                {
                    ident
                    for head, ident in parts[ending]
                    if any(e <= start + a and name.startswith(head) for e, name in folded)
                }
            )
            found += [
                TermMention(start + a, start + b, "indicator", i, text[start + a : start + b]) for i in ids
            ]
        return found

    def approximate(self, text: str, start: int, end: int) -> list[tuple[TermMention, float]]:
        """Indicator names written approximately in ``text[start:end]``, with their similarity
        (0–1): Latin spelling variants (labour force, non-farm payrolls), and long Chinese names
        with a word more or less that begin and end as written (美元在全球已分配外汇储备中的份额)."""
        window = text[start:end].lower()
        found = self._approximate_han(text, start, window)
        if len(_LATIN_WORD.findall(window)) < 2:
            return found
        for name, score, index in process.extract(
            window, self._fuzzy_names, scorer=fuzz.partial_ratio, score_cutoff=FUZZY_CUTOFF, limit=FUZZY_LIMIT
        ):
            where = fuzz.partial_ratio_alignment(name, window)
            written = window[where.dest_start : where.dest_end]
            # every word of the name is written (youth unemployment rate is not "the unemployment rate")
            if any(fuzz.partial_ratio(w, written) < FUZZY_WORD_CUTOFF for w in _LATIN_WORD.findall(name)):
                continue
            numbers_written = _NUMBER_IN_NAME.findall(_whole_words(window, where))
            if not set(_NUMBER_IN_NAME.findall(name)) <= set(numbers_written):
                continue
            a, b = start + where.dest_start, start + where.dest_end
            for ident in self._fuzzy_ids[index]:
                found.append((TermMention(a, b, "indicator", ident, text[a:b]), score / 100))
        return found

    def _names_in(
        self,
        text: str,
        lowered: str,
        compact: _Compact,
        short_before: frozenset[str],
        short_after: frozenset[str],
        short_not_in: regex.Pattern[str] | None,
    ) -> list[TermMention]:
        """Every name matched in ``compact`` (``lowered`` with pieces left out), at offsets of ``text``."""
        haystack = compact.text
        found: list[TermMention] = []
        for end_index, (key, targets) in self._automaton.iter(haystack):
            c_end = end_index + 1
            c_start = c_end - len(key)
            # a Latin name stands as a whole word in the text as written (全球GDP的37%: the 的 left
            # out for matching does not glue GDP to 37)
            start, end = compact.original(c_start), compact.original(c_end, end=True)
            if _is_word(key[0]) and start > 0 and _is_word(lowered[start - 1]):
                continue
            if _is_word(key[-1]) and end < len(lowered) and _is_word(lowered[end]):
                continue
            if len(key) == 1 and (
                not (
                    (c_start > 0 and haystack[c_start - 1] in short_before)
                    or (c_end < len(haystack) and haystack[c_end] in short_after)
                )
                or _inside_word(short_not_in, haystack, c_start)
            ):
                continue
            for kind, ident in targets:
                found.append(TermMention(start, end, kind, ident, text[start:end]))
        return found

    def find(
        self,
        text: str,
        short_before: frozenset[str] = frozenset(),
        short_after: frozenset[str] = frozenset(),
        short_not_in: regex.Pattern[str] | None = None,
        inserts: regex.Pattern[str] | None = None,
        left_out: Sequence[tuple[int, int]] = (),
    ) -> list[TermMention]:
        """Every name in normalised ``text``; overlapping shorter names inside longer ones are dropped.

        A one-character name counts only after a character of ``short_before`` or before
        one of ``short_after`` (对美, 美债), and never inside a word of ``short_not_in``
        (在华尔街 is not 在华). ``inserts``, when given, replaces the pieces left out of the text
        (not of the names) before matching: phrases a writer may insert inside a name (出口按美元计
        同比增长 is 出口同比增长). ``left_out`` are further ``[start, end)`` spans of ``text`` left
        out the same way (a time written inside a name: GDP二季度增长 is GDP增长).
        """
        lowered = _for_matching(text)
        optional = inserts or _OPTIONAL
        found = self._names_in(
            text, lowered, _Compact(lowered, optional), short_before, short_after, short_not_in
        )
        # a name across a piece left out (GDP二季度增长), besides those written whole (国内生产总值
        # 比上年增长, whose 上年 is a time too): searched for only around the pieces; where a name
        # is written whole, the names read without its pieces stand for nothing else
        whole = {(t.start, t.end, t.kind) for t in found}
        for lo, hi in windows_around(left_out, self._longest, len(text)):
            pieces = [(a - lo, b - lo) for a, b in left_out if lo <= a and b <= hi]
            found += [
                TermMention(t.start + lo, t.end + lo, t.kind, t.id, t.surface)
                for t in self._names_in(
                    text[lo:hi],
                    lowered[lo:hi],
                    _Compact(lowered[lo:hi], optional, pieces),
                    short_before,
                    short_after,
                    short_not_in,
                )
                if any(t.start < a and b < t.end for a, b in pieces)
                and (t.start + lo, t.end + lo, t.kind) not in whole
            ]
        found.sort(key=lambda t: (t.start, -(t.end - t.start)))
        kept: list[TermMention] = []
        for term in found:
            # a shorter name inside a longer one of its kind, or any name inside an entity's longer
            # name (欧元 in 欧元区), is part of that name
            if any(
                k.start <= term.start
                and term.end <= k.end
                and (k.end - k.start) > (term.end - term.start)
                and (k.kind == term.kind or k.kind == "entity")
                for k in kept[-6:]
            ):
                continue
            kept.append(term)
        return kept


def _ellipses(
    table: dict[str, set[tuple[str, str]]],
) -> tuple[ahocorasick.Automaton, dict[str, list[tuple[str, str]]]] | None:
    """The endings of indicator names that stand for the whole name after its first words
    (`TermIndex.elliptical`): of a Han name, its last ELLIPSIS_MIN_HAN characters or more after at
    least two; of a Latin name, its last words from one of ELLIPSIS_MIN_LATIN letters or more.
    An ending that is itself a name, or that ends the names of more than
    ELLIPSIS_MAX_INDICATORS indicators (同比增长), stands for none."""
    parts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key, targets in table.items():
        ids = [i for kind, i in targets if kind == "indicator"]
        if not ids:
            continue
        if key.isascii():
            words = key.split(" ")
            splits = [
                (" ".join(words[:i]), " ".join(words[i:]))
                for i in range(1, len(words))
                if len(words[i]) >= ELLIPSIS_MIN_LATIN and words[i].isalpha()
            ]
        else:
            splits = [(key[:i], key[i:]) for i in range(2, len(key) - ELLIPSIS_MIN_HAN + 1)]
        for head, ending in splits:
            parts[ending] += [(head, i) for i in ids]
    kept = {
        ending: heads
        for ending, heads in parts.items()
        if ending not in table and len({i for _, i in heads}) <= ELLIPSIS_MAX_INDICATORS
    }
    if not kept:
        return None
    automaton = ahocorasick.Automaton()
    for ending in kept:
        automaton.add_word(ending, ending)
    automaton.make_automaton()
    return automaton, kept


def _inside_word(words: regex.Pattern[str] | None, text: str, pos: int) -> bool:
    """``text[pos]`` lies inside one of ``words`` (tried from up to five characters before)."""
    if words is None:
        return False
    for start in range(max(0, pos - 5), pos + 1):
        m = words.match(text, start)
        if m is not None and m.start() <= pos < m.end():
            return True
    return False


def _name_variants() -> list[list[str]]:
    """The groups of interchangeable words in names (`name_variants`), folded as names are."""
    return [[fold(w) for w in group] for p in load_packs() for group in p.claims.name_variants]


def term_index(refdata: RefData) -> TermIndex:
    """The automaton of ``refdata`` (built once per reference-data set and kept on it)."""
    index = refdata.__dict__.get("_term_index")
    if index is None:
        index = TermIndex(refdata)
        refdata.__dict__["_term_index"] = index
    return index
