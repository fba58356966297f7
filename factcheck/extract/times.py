"""Find time expressions in a normalised text and resolve them to ISO intervals.

Patterns come from ``rules/lang/*/times.yaml`` and are compiled into one
alternation; each names a resolver (:mod:`factcheck.extract.timeresolve`).
An expression without a year takes the year of an earlier expression in the
same sentence, else the anchor's. Relative expressions resolve against the
anchor in force at their position: the document date, or the date stamp of
the dated section (postscript, reader comment) they sit in. Neighbours joined
by 至/到/-/to become ranges.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import cache, cached_property

import regex

from ..lang.pack import LanguagePack, load_packs
from ..models.time import Granularity
from ..segment.bullets import bullet_lead
from .grammar import alternation, quantity_grammar
from .numerals import parse_cjk, parse_english
from .quantities import ISLAND_GAP, latin_islands
from .timeresolve import RESOLVERS, Resolved, TimeContext, TimeTables

__all__ = ["Anchors", "TimeGrammar", "TimeMention", "scan_times", "time_grammar"]

#: Resolvers whose one match is a range and may take a "from"/"从" opener into its span.
_SPANNING = frozenset({"year_range", "month_range"})
#: Resolvers whose span is written as its first and last periods or as a count of periods from a
#: start (1-2月, Q1-Q3, 2019-2023, 前三季度).
_WHOLE_PERIODS = frozenset({"year_range", "month_range", "first_n"})
#: Resolvers of a moment at which a figure was current rather than the period it is for (this time
#: last year, 去年此时): the figure may be the latest reading published then.
_AS_OF_THEN = frozenset({"same_time_last_year"})
_SLOT = regex.compile(r"\{([A-Za-z_]\w*)\}")


@dataclass(frozen=True, slots=True)
class TimeMention:
    """A resolved time expression in the normalised text."""

    start: int
    end: int
    begin: dt.date
    until: dt.date
    granularity: Granularity
    relative: bool
    anchor: dt.date | None
    #: the year was not written but carried from a whole year written earlier in the sentence
    #: (2023年经济增长1.4%，1月CPI…)
    year_carried: bool = False
    #: the span is written as its first and last periods, or as a count of periods (1-2月, Q1-Q3,
    #: 2024年10月至2025年2月, 前三季度): a rate over it covers them all, not the last one alone
    whole_periods: bool = False
    #: the time is a moment a figure was current at, not the period it measures (*core inflation
    #: ran at 3.3% this time last year*): the latest reading published by then fits it too
    as_of_then: bool = False


@dataclass(frozen=True)
class Anchors:
    """The date relative expressions resolve against, by position: a default and dated sections."""

    default: dt.date
    positions: tuple[int, ...] = ()
    dates: tuple[dt.date, ...] = ()

    def at(self, pos: int) -> dt.date:
        """The anchor in force at normalised offset ``pos``."""
        i = bisect_right(self.positions, pos) - 1
        return self.dates[i] if i >= 0 else self.default


@dataclass(frozen=True)
class CompiledTimePattern:
    """One time pattern, its resolver, and the anchor words that locate it (empty: scan everywhere)."""

    pattern: regex.Pattern[str]
    resolver: str
    anchors: tuple[str, ...]
    listed: bool = False  # see TimePattern.listed
    reported: bool = True  # see TimePattern.reported


@dataclass(frozen=True)
class TimeGrammar:
    """The compiled time patterns and the resolvers' tables."""

    patterns: tuple[CompiledTimePattern, ...]
    anchor_scan: regex.Pattern[str]  # the anchor words written as given
    anchor_scan_folded: regex.Pattern[str]  # …and the Latin ones matched in any case
    anchor_prefixes: dict[str, tuple[str, ...]]
    anchor_patterns: dict[str, regex.Pattern[str]]
    tables: TimeTables
    connectors: regex.Pattern[str]
    paired: regex.Pattern[str]
    openers: regex.Pattern[str]
    closers: regex.Pattern[str]
    base_marker: regex.Pattern[str]  # ends right before a time: 比(8月), up from (August)
    release_after: regex.Pattern[str]  # starts right after a time: (10月)公布, a release date
    event_before: regex.Pattern[str]  # ends right before a span counted from an event: 疫情一来(一个月内)
    record_since_after: regex.Pattern[str]  # starts right after a time: (2021年3月)之后最低, a record's start
    figure_base_before: regex.Pattern[str]  # ends right before a time: (rose 3.0%) from (June 2022)
    record_since_before: regex.Pattern[str]  # ends right before a time: (the biggest drop) since (March)
    month_before: regex.Pattern[str]  # opens a month's name: last (September), a month before the document's
    base_word: regex.Pattern[str]  # … anywhere: (down from) a 4.3% pace (in the third quarter)
    base_figure: regex.Pattern[str]  # a base word, a figure, then the time: compared with 8.3% in (September)
    then_before: regex.Pattern[str]  # 当时 shortly before a time, in its sentence: 当时美国(7月)
    peak_before: regex.Pattern[str]  # ends right before a time: the peak reached in (June)
    peak_after: regex.Pattern[str]  # starts right after a time: (去年6月)9.1%的高点
    from_word: regex.Pattern[str]  # a range opener anywhere: 从(2022年高峰), from (a peak in 2022)
    change_to: regex.Pattern[str]  # a change's to-word: (缩减)至, to
    future_cues: regex.Pattern[str]
    future_cues_not: regex.Pattern[str]  # a future cue inside one of these does not look forward
    sentence_end: re.Pattern[str]  # a one-character class: the standard engine scans it faster
    header_patterns: tuple[regex.Pattern[str], ...]
    section_stamps: tuple[regex.Pattern[str], ...]
    header_lines: int
    stamp_lines: int
    footer_lines: int
    stamp_label: regex.Pattern[str]  # ends right before a date: a publication label
    excluded_label: regex.Pattern[str]  # ends right before a date: a profile's date


def _fill(pattern: str, fragments: dict[str, str]) -> str:
    def sub(m: regex.Match[str]) -> str:
        name = m.group(1)
        if name not in fragments:
            raise ValueError(f"unknown fragment {{{name}}} in time pattern")
        return fragments[name]

    for _ in range(4):  # fragments may refer to fragments
        filled = _SLOT.sub(sub, pattern)
        if filled == pattern:
            break
        pattern = filled
    return pattern


def _folds(word: str) -> bool:
    """Lower-case Latin anchor words match in any case."""
    return word.isascii() and word.islower()


def _within_island(word: str) -> bool:
    """A case-folded anchor word lies inside the Latin island (:func:`latin_islands`) of its
    letters wherever it is written: few enough characters before its first letter and after its
    last one (*1990s* is anchored on ``0s``)."""
    letters = [i for i, ch in enumerate(word) if ch.isalpha()]
    return letters[0] <= ISLAND_GAP and len(word) - 1 - letters[-1] <= ISLAND_GAP


def _number_parser():  # type: ignore[no-untyped-def]
    g = quantity_grammar()

    def parse(text: str) -> Decimal | None:
        parsed = parse_cjk(text, g.cjk)
        if parsed is None and text.isascii():
            parsed = parse_english(text.lower().replace("-", " ").split(), g.english)
        if parsed is None:  # 百年前: a place unit alone counts one of it
            unit = g.cjk.small_units.get(text) or g.cjk.large_units.get(text)
            return Decimal(unit) if unit else None
        return parsed.value

    return parse


def build_time_grammar(packs: Sequence[LanguagePack]) -> TimeGrammar:
    """Compile the time patterns of ``packs`` into one grammar."""
    qg = quantity_grammar()
    numeral_chars = regex.escape(
        "".join(sorted(set(qg.cjk.digits) | set(qg.cjk.small_units) | set(qg.cjk.large_units)))
    )
    compiled: list[CompiledTimePattern] = []
    anchor_patterns: dict[str, regex.Pattern[str]] = {}
    headers: list[regex.Pattern[str]] = []
    stamps: list[regex.Pattern[str]] = []
    for pack in sorted(packs, key=lambda p: -p.times.priority):
        t = pack.times
        fragments = dict(t.fragments)
        fragments["cnnum"] = (
            rf"(?:\d+|[{numeral_chars}]+|(?i:one|two|three|four|five|six|seven|eight|nine|ten))"
        )
        fragments["era"] = alternation([w for era in t.eras for w in era.words]) if t.eras else "(?!)"
        # words with a pattern of their own (年内, 前值) are left out of the shared list
        shared = [w for w in t.relative_words if w not in t.relative_words_own_pattern]
        fragments["relative_words"] = alternation(shared, ignore_case=any(k.isascii() for k in shared))
        named = list(t.named_periods)
        fragments["named_periods"] = alternation(named, ignore_case=True) if named else "(?!)"
        for p in t.patterns:
            keys = []
            for a in p.anchor:
                if _SLOT.fullmatch(a):
                    source = _fill(a, fragments)
                    anchor_patterns.setdefault(source, regex.compile(rf"(?<!\d){source}(?!\d)"))
                    keys.append(source)
                else:
                    keys.append(a)
            compiled.append(
                CompiledTimePattern(
                    regex.compile(_fill(p.regex, fragments)), p.resolve, tuple(keys), p.listed, p.reported
                )
            )
        headers += [regex.compile(_fill(h, fragments)) for h in t.header_patterns]
        stamps += [regex.compile(_fill(s, fragments), regex.MULTILINE) for s in t.section_stamps]
    tables = TimeTables(
        relative_words={k: v for p in packs for k, v in p.times.relative_words.items()},
        year_parts={k: v for p in packs for k, v in p.times.year_parts.items()},
        named_periods={k.lower(): v for p in packs for k, v in p.times.named_periods.items()},
        month_parts={k: v for p in packs for k, v in p.times.month_parts.items()},
        decade_parts={k: v for p in packs for k, v in p.times.decade_parts.items()},
        period_units={k: v for p in packs for k, v in p.times.period_units.items()},
        month_names={k: v for p in packs for k, v in p.times.month_names.items()},
        ordinal_words={k: v for p in packs for k, v in p.times.ordinal_words.items()},
        decade_words={k: v for p in packs for k, v in p.times.decade_words.items()},
        weekdays={k: v for p in packs for k, v in p.times.weekdays.items()},
        weekday_weeks={k: v for p in packs for k, v in p.times.weekday_weeks.items()},
        century_words={k: v for p in packs for k, v in p.times.century_words.items()},
        eras=tuple(e for p in packs for e in p.times.eras),
        parse_number=_number_parser(),
        anaphoric=frozenset(
            w.lower() for p in packs for w in (*p.times.anaphoric_words, *p.times.anaphoric_only)
        ),
        anaphoric_only=frozenset(w.lower() for p in packs for w in p.times.anaphoric_only),
        anaphoric_across=frozenset(w.lower() for p in packs for w in p.times.anaphoric_across),
        anaphoric_across_only=frozenset(w.lower() for p in packs for w in p.times.anaphoric_across_only),
        anaphoric_same_unit=frozenset(w.lower() for p in packs for w in p.times.anaphoric_same_unit),
    )
    connectors = [c for p in packs for c in p.times.range_connectors]
    paired = [c for p in packs for c in p.times.paired_connectors]
    openers = [c for p in packs for c in p.times.range_openers]
    bases = [c for p in packs for c in p.times.base_markers]
    figure_bases = [c for p in packs for c in p.times.base_figure_before]
    then_words = [c for p in packs for c in p.times.then_words]
    releases = [c for p in packs for c in p.times.release_after]
    since_words = [w for p in packs for w in p.times.record_since_before]
    month_before_words = [w for p in packs for w in p.times.month_before_words]
    events = [c for p in packs for c in p.times.event_before]
    closers = [c for p in packs for c in p.times.range_closers]
    cues = [c for p in packs for c in p.times.future_cues]
    cues_not = [c for p in packs for c in p.times.future_cues_not]
    # A year carries over within a sentence, across clauses (；) but not past 。 or a line break.
    enders = "".join(re.escape(e) for p in packs for e in p.segment.sentence_enders if e not in ";；…")
    words = sorted(
        {k for c in compiled for k in c.anchors if k not in anchor_patterns}, key=len, reverse=True
    )
    exact = [w for w in words if not _folds(w)]
    folded = [w for w in words if _folds(w)]
    outside = [w for w in folded if not _within_island(w)]
    if outside:
        raise ValueError(f"case-folded time anchors reach too far from their letters: {outside}")
    # A found word stands for every anchor word inside it (世纪 holds 纪).
    prefixes = {w: tuple(v for v in words if v in w) for w in words}
    return TimeGrammar(
        patterns=tuple(compiled),
        anchor_scan=regex.compile(alternation(exact, word_boundary=False) if exact else "(?!)"),
        anchor_scan_folded=regex.compile(
            alternation(folded, word_boundary=False, ignore_case=True) if folded else "(?!)"
        ),
        anchor_prefixes=prefixes,
        anchor_patterns=anchor_patterns,
        tables=tables,
        connectors=regex.compile(rf"[ \t]*(?:{alternation(connectors, ignore_case=True)})[ \t]*\Z"),
        paired=regex.compile(rf"[ \t]*(?:{alternation(paired, ignore_case=True)})[ \t]*\Z"),
        openers=regex.compile(rf"(?:{alternation(openers, ignore_case=True)})[ \t]*\Z"),
        closers=regex.compile(rf"[ \t]*(?:{alternation(closers)})"),
        base_marker=regex.compile(
            rf"(?:{alternation(bases, ignore_case=True)})[ \t]*\Z" if bases else "(?!)"
        ),
        base_word=regex.compile(alternation(bases, ignore_case=True)),
        then_before=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(then_words, ignore_case=True)})(?![A-Za-z])"
            rf"[^.。!！?？;；\n\d]{{0,{_THEN_REACH}}}\Z"
            if then_words
            else "(?!)"
        ),
        base_figure=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(figure_bases, ignore_case=True)})(?![A-Za-z])[^\d]*\d"
            if figure_bases
            else "(?!)"
        ),
        release_after=regex.compile(
            rf"[ \t]*(?:{alternation(releases, ignore_case=True)})" if releases else "(?!)"
        ),
        peak_before=regex.compile(
            "|".join(f"(?:{r})\\Z" for p in packs for r in p.times.peak_time_before) or "(?!)",
            regex.IGNORECASE,
        ),
        peak_after=regex.compile(
            "|".join(f"(?:{r})" for p in packs for r in p.times.peak_time_after) or "(?!)",
            regex.IGNORECASE,
        ),
        record_since_after=regex.compile(
            "|".join(f"(?:{r})" for p in packs for r in p.times.record_since_after) or "(?!)",
            regex.IGNORECASE,
        ),
        event_before=regex.compile(
            rf"(?:{alternation(events, ignore_case=True)})[ \t,，]*\Z" if events else "(?!)"
        ),
        record_since_before=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(since_words, ignore_case=True)})[ \t]+\Z"
            if since_words
            else "(?!)"
        ),
        month_before=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(month_before_words, ignore_case=True)})[ \t]+(?=[A-Za-z])"
            if month_before_words
            else "(?!)"
        ),
        figure_base_before=regex.compile(
            "|".join(f"(?:{r})\\Z" for p in packs for r in p.times.figure_base_before) or "(?!)",
            regex.IGNORECASE,
        ),
        from_word=regex.compile(alternation(openers, ignore_case=True)),
        change_to=regex.compile(
            alternation([c for p in packs for c in p.times.change_to_words], ignore_case=True)
        ),
        future_cues=regex.compile(alternation(cues, ignore_case=True)),
        future_cues_not=regex.compile("|".join(f"(?:{c})" for c in cues_not) or "(?!)"),
        sentence_end=re.compile(rf"[{enders}\n]"),
        header_patterns=tuple(headers),
        section_stamps=tuple(stamps),
        header_lines=max((p.times.header_lines for p in packs), default=12),
        stamp_lines=max((p.times.stamp_lines for p in packs), default=30),
        footer_lines=max((p.times.footer_lines for p in packs), default=0),
        stamp_label=regex.compile(
            rf"(?:{alternation([w for p in packs for w in p.times.stamp_labels], ignore_case=True)})"
            r"[ \t]*[:：]?[ \t]*\Z"
        ),
        excluded_label=regex.compile(
            rf"(?:{alternation([w for p in packs for w in p.times.excluded_labels], ignore_case=True)})"
            r"[ \t]*[:：]?[ \t]*\Z"
        ),
    )


@cache
def time_grammar() -> TimeGrammar:
    """The time grammar of the bundled language packs (compiled once)."""
    return build_time_grammar(load_packs())


#: Characters searched around each anchor: longer than any time expression.
_WINDOW = 32
#: How far back a stated year is what 该年/同年 ("that year") refers to.
_STATED_REACH = 300
#: Longest line of a list a label line opens (一季度　4.5%), and the ends a list line never has.
_LIST_LINE_CHARS = 30
_LINE_ENDERS = "。！？.!?"
#: A heading line: at most this long, with none of these marks (a sentence's commas and stops).
_HEADING_CHARS = 40
_HEADING_BREAKS = "，,。；;！？!?"
#: A yearless period starting more than this many days after the document date is last year's.
LAST_YEAR_AFTER_DAYS = 31
#: …and a yearless day more than this many: a day ahead is often a date set in advance (a meeting,
#: a deadline: *the program ends on Dec. 1*), a month or quarter ahead seldom a statistic's period.
LAST_YEAR_AFTER_DAYS_FOR_DAYS = 92
#: How far before a time a comparison word (比, *down from*) may make it the comparison's base.
_BASE_REACH = 40
#: The most characters between a word for "at that time" (当时) and the yearless time it dates,
#: and from the time stated before it whose year it gives.
_THEN_REACH = 8
_THEN_YEAR_REACH = 160
#: The most characters from a word of comparison, over the figure it compares with, to that
#: figure's time (*compared with an 8.3 percent increase in* September).
_FIGURE_BASE_REACH = 80
#: Days of the shortest year: a period ahead shorter than this dates the yearless periods after it.
_YEAR_DAYS = 365
#: Longest clause that may be a topic alone (下半年，…), with no digit in it.
_TOPIC_CHARS = 6
_CLAUSE_BREAK = re.compile(r"[，,;；。!?！？\n]|\.(?!\d)")
#: A yearless quarter or half that began fewer than this many days before the document date has
#: no figures yet: one stated as fact, in a sentence that does not look forward, is last year's.
BEGUN_DAYS = 31
_BEGUN_LATELY = frozenset({Granularity.QUARTER, Granularity.HALF, Granularity.FISCAL_YEAR})
#: Parts of a year that take the year of a relative year's part before them in the sentence.
_CARRIED_PARTS = frozenset({Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.DAY})
_YEARLESS = frozenset(
    {Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.DAY, Granularity.FISCAL_YEAR}
)
#: Periods an anaphoric word (上一财年, 当月, the previous year) may count from.
_STATED_PERIODS = frozenset(
    {
        Granularity.RANGE,  # 前10个月…，全年: that year
        Granularity.DAY,
        Granularity.MONTH,
        Granularity.QUARTER,
        Granularity.HALF,
        Granularity.YEAR,
        Granularity.FISCAL_YEAR,
    }
)


#: Granularities whose stated year is no year for the months after them (a range spans several;
#: 1930年代以来最高，4月中旬…: April is no April of the 1930s).
_NO_YEAR_CONTEXT = frozenset({Granularity.RANGE, Granularity.DECADE, Granularity.CENTURY})


def _gives_year(resolved: Resolved) -> bool:
    """A period with a stated year gives that year to the dates after it, unless it is longer
    than a year; a range does so only inside one year, past its start and short of its end
    (spring 2023, mid-2024; not 2018年至2023年间, not 2020年初, which often opens a span to now —
    2020年初疫情爆发以来 —, and not 2024年底, after which the next year's months follow)."""
    if resolved.granularity != Granularity.RANGE:
        return resolved.granularity not in _NO_YEAR_CONTEXT
    return resolved.end.year == resolved.start.year and resolved.end.month > 1 and resolved.start.month > 1


#: Resolvers of spans counted from the document date (近三年来, since 2019, within two years):
#: no period a text reports, which words for "that period" in later sentences could mean.
_TO_NOW = frozenset({"past_n", "future_n", "within_n", "since"})


def _from_now(resolver: str, m: regex.Match[str]) -> bool:
    """The period is counted from the document date, not reported by the text: a span to or from
    now (`_TO_NOW`), or a part of a year named without its year (年末收官有力)."""
    if resolver in _TO_NOW:
        return True
    return resolver == "year_part" and not _has_group(m, "year")


def _has_group(m: regex.Match[str], *names: str) -> bool:
    """The pattern has one of the named groups and the match filled it."""
    return any(g in m.re.groupindex and m.group(g) for g in names)


def _relative_word(m: regex.Match[str]) -> bool:
    """The expression is a word relative to now or to another time (去年, 上月, last year)."""
    return _has_group(m, "rel", "relmonth")


def _names_part(m: regex.Match[str]) -> bool:
    """The expression names a month, day, quarter or half of its year (去年12月 does, 去年 does not): a
    period stated in part, which anaphoric words after it may count from."""
    return _has_group(m, "month", "monthname", "day", "quarter", "half")


def _year_earlier(resolved: Resolved, years: int = -1) -> Resolved:
    """The same period a year earlier, or ``years`` years away (a 29 February stays where it is)."""
    try:
        start, end = (
            resolved.start.replace(year=resolved.start.year + years),
            resolved.end.replace(year=resolved.end.year + years),
        )
    except ValueError:
        return resolved
    return Resolved(start, end, resolved.granularity, resolved.relative, resolved.explicit_year)


def _windows(positions, n: int) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Merge ±_WINDOW neighbourhoods of anchor positions into disjoint windows."""
    out: list[tuple[int, int]] = []
    for p in positions:
        ws, we = max(0, p - _WINDOW), min(n, p + _WINDOW)
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], we)
        else:
            out.append((ws, we))
    return out


def _merge_windows(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for ws, we in sorted(spans):
        if out and ws <= out[-1][1]:
            out[-1] = (out[-1][0], max(we, out[-1][1]))
        else:
            out.append((ws, we))
    return out


def _groups(m: regex.Match[str]) -> dict[str, str | None]:
    groups = {k: v for k, v in m.groupdict().items() if v is not None and not k.startswith("_t")}
    groups["_text"] = m.group()
    return groups


class _Scan:
    def __init__(
        self, g: TimeGrammar, text: str, anchors: Anchors, islands: list[tuple[int, int]] | None = None
    ) -> None:
        self.g, self.text, self.anchors = g, text, anchors
        self.islands = latin_islands(text) if islands is None else islands
        self._label_ends: dict[int, int] = {}  # by a stated year's position: the list its line labels
        # a point between digits (4.7%) is a decimal point, not a full stop
        self.ends = [
            i
            for i in (m.start() for m in g.sentence_end.finditer(text))
            if not (
                text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
            )
        ]

    def _nearby(
        self, stated: list[tuple[dt.date, int, Granularity]], pos: int
    ) -> tuple[dt.date | None, dict[Granularity, dt.date]]:
        """The period "that month" (当月, *the year*) at ``pos`` refers to: of the periods stated
        shortly before, those of the nearest sentence that has any, the latest of them (11月出口
        增长5.9%，10月为-1.1%；当月出口额…: November, the month reported, not the one looked back on).
        Also, by length, the same for the periods of each length: *the fiscal year* refers to the
        fiscal year stated shortly before, though a decade was named since."""
        recent = []
        for item in reversed(stated):
            if pos - item[1] > _STATED_REACH:
                break
            recent.append(item)
        if not recent:
            return None, {}
        nearest = recent[0][1]
        by_length: dict[Granularity, tuple[dt.date, int]] = {}
        for day, at, length in recent:
            first = by_length.get(length)
            if first is None:
                by_length[length] = (day, at)
            elif self._same_sentence(at, first[1]) and day > first[0]:
                by_length[length] = (day, first[1])
        latest = max(day for day, at, _ in recent if self._same_sentence(at, nearest))
        return latest, {length: day for length, (day, _) in by_length.items()}

    def _relative_year(
        self,
        stated: list[tuple[dt.date, int, Granularity]],
        relative_year: tuple[dt.date, int] | None,
        pos: int,
    ) -> dt.date | None:
        """The last day of a whole year named by a relative word (去年, *last year*) earlier in the
        sentence of ``pos`` with no period stated since, else None."""
        if (
            relative_year is not None
            and self._same_sentence(relative_year[1], pos)
            and not (stated and relative_year[1] < stated[-1][1] <= pos)
        ):
            return relative_year[0]
        return None

    @cached_property
    def _headings(self) -> list[int]:
        """Starts of the heading lines: short lines with no clause or sentence mark (▍第一阶段：
        姗姗来迟的起步（2022年3月—5月）), after a blank line or at the text's start."""
        out = []
        at = 0
        text = self.text
        previous_blank = True
        while at <= len(text):
            stop = text.find("\n", at)
            stop = len(text) if stop < 0 else stop
            line = text[at:stop].strip()
            if (
                line
                and previous_blank
                and len(line) <= _HEADING_CHARS
                and not any(c in line for c in _HEADING_BREAKS)
            ):
                out.append(at)
            previous_blank = not line
            at = stop + 1
        return out

    def _heading_at(self, pos: int) -> int | None:
        """The start of the heading line holding ``pos``, or None."""
        line_start = self.text.rfind("\n", 0, pos) + 1
        i = bisect_left(self._headings, line_start)
        return line_start if i < len(self._headings) and self._headings[i] == line_start else None

    def _heading_holds_no_figure(self, heading: int, start: int, end: int) -> bool:
        """The time at ``[start, end)`` closes the heading line at ``heading`` (…连续四次75个基点
        （2022年6月—11月）), or the line has no digit outside it: a line of a list (2021年7月　16.2%)
        is no heading of a section."""
        stop = self.text.find("\n", heading)
        stop = len(self.text) if stop < 0 else stop
        if not self.text[end:stop].strip(" \t\u3000)）】]"):
            return True
        return not any(c.isdigit() for c in self.text[heading:start] + self.text[end:stop])

    def _heading_before(self, pos: int) -> int | None:
        """The start of the last heading line before ``pos`` (the section ``pos`` is in)."""
        i = bisect_right(self._headings, pos)
        return self._headings[i - 1] if i else None

    def _ends_in_colon(self, line_start: int) -> bool:
        """The line starting at ``line_start`` ends in a colon."""
        stop = self.text.find("\n", line_start)
        return self.text[line_start : len(self.text) if stop < 0 else stop].rstrip().endswith((":", "："))

    def _label_block_end(self, pos: int) -> int:
        """Where the list ends that the line of ``pos`` labels, when that line ends in a colon
        (2023年各季度GDP同比增速： / 一季度 4.5% / 二季度 6.3%): the year stated in a label is its
        lines' too. The list is the short lines after it, with at most one blank line first; -1
        when the line labels none."""
        found = self._label_ends.get(pos)
        if found is not None:
            return found
        text = self.text
        end = text.find("\n", pos)
        block = -1
        if end > 0 and text[text.rfind("\n", 0, pos) + 1 : end].rstrip().endswith((":", "：")):
            at, blanks, lines = end + 1, 0, 0
            while at < len(text):
                stop = text.find("\n", at)
                stop = len(text) if stop < 0 else stop
                line = text[at:stop].strip()
                if not line:
                    blanks += 1
                    if lines or blanks > 1:
                        break
                elif len(line) > _LIST_LINE_CHARS or line[-1] in _LINE_ENDERS:
                    break
                else:
                    lines += 1
                    block = stop
                at = stop + 1
        self._label_ends[pos] = block
        return block

    def _same_sentence(self, a: int, b: int) -> bool:
        i = bisect_left(self.ends, a)
        return i >= len(self.ends) or self.ends[i] >= b

    def _future(self, pos: int) -> bool:
        """The clause of ``pos`` looks forward (预计12月出口将继续增长; not 12月CPI年增3.4%，市场
        押注3月降息, whose cue is another clause's)."""
        i = bisect_left(self.ends, pos)
        start = self.ends[i - 1] + 1 if i > 0 else 0
        end = self.ends[i] if i < len(self.ends) else len(self.text)
        for found in _CLAUSE_BREAK.finditer(self.text, start, pos):
            start = found.end()
        sentence_end = end
        found = _CLAUSE_BREAK.search(self.text, pos, end)
        if found is not None:
            end = found.start()
            if end - start <= _TOPIC_CHARS and not any(ch.isdigit() for ch in self.text[start:end]):
                # 下半年，我们预计…: a clause that is only a time is the topic of the next one
                found = _CLAUSE_BREAK.search(self.text, found.end(), sentence_end)
                end = sentence_end if found is None else found.start()
        if self._looks_forward(self.text, start, end):
            return True
        # 下半年，我们预计： / - 出口：三季度出口增速或回落至2%—3%: the lead line of its bulleted list
        lead = bullet_lead(self.text, pos)
        return lead is not None and self._looks_forward(lead, 0, len(lead))

    def _looks_forward(self, text: str, start: int, end: int) -> bool:
        """``text[start:end]`` holds a future cue that is not part of a word excepted from it."""
        excluded = [m.span() for m in self.g.future_cues_not.finditer(text, start, end)]
        return any(
            not any(a <= m.start() and m.end() <= b for a, b in excluded)
            for m in self.g.future_cues.finditer(text, start, end)
        )

    def _of_last_year(
        self, resolved: Resolved, m: regex.Match[str], anchor: dt.date, pos: int, nearby: bool
    ) -> bool:
        """A month, quarter, half, day or part of a year written without a year that would start
        more than LAST_YEAR_AFTER_DAYS after the document date, or a quarter or half that began
        less than BEGUN_DAYS before it, in a sentence that does not look forward, is last year's
        (*in December* in a January article, 第四季度 in February, 一季度 on 19 January, *at
        year-end* in June when no period stated nearby gives the year)."""
        if resolved.explicit_year:
            return False
        last_day = resolved.end - dt.timedelta(days=1)
        if resolved.granularity == Granularity.RANGE and (resolved.start.year, resolved.start.month) == (
            last_day.year,
            last_day.month,
        ):
            # late October, 11月中旬: part of a month, judged as the month
            if (resolved.start.replace(day=1) - anchor).days <= LAST_YEAR_AFTER_DAYS:
                return False
        elif (
            resolved.granularity == Granularity.RANGE
            and _has_group(m, "fyrel")
            and 0 <= (anchor - resolved.start).days < BEGUN_DAYS
        ):
            # the first ten months of the fiscal year, on 17 October: a fiscal year begun days ago
            # has no such figures yet; stated as fact, they are the year before's
            return not self._future(pos) or self._compared_with(pos)
        elif resolved.granularity == Granularity.RANGE:
            if resolved.start.month == 1 and resolved.start.day == 1 and resolved.start <= anchor:
                # 前三季度, 前10个月 in January: the year's first months, not yet over by far, are last year's
                if (resolved.end - anchor).days <= LAST_YEAR_AFTER_DAYS:
                    return False
            elif (
                nearby
                or last_day.year != resolved.start.year
                or (resolved.start - anchor).days <= LAST_YEAR_AFTER_DAYS
            ):
                return False  # …unlike a part of a year well after the document date (year-end in June)
        elif resolved.granularity not in _YEARLESS:
            return False
        elif resolved.granularity in _BEGUN_LATELY and 0 <= (anchor - resolved.start).days < BEGUN_DAYS:
            # 一季度国内生产总值同比增长5.4% on 19 January, *debt stood at $37.64 trillion at the end
            # of the fiscal year* on 28 October: no figure for this one yet (a relative quarter, 本季度,
            # is not last year's: only a year's length moves back by a year)
            if _relative_word(m) and resolved.granularity != Granularity.FISCAL_YEAR:
                return False
            return not self._future(pos) or self._compared_with(pos)
        elif (resolved.start - anchor).days <= (
            LAST_YEAR_AFTER_DAYS_FOR_DAYS if resolved.granularity == Granularity.DAY else LAST_YEAR_AFTER_DAYS
        ):
            return False
        if _relative_word(m):
            return False  # 明年3月: the year is stated by a relative word
        return not self._future(pos) or self._compared_with(pos)

    def _clause_start(self, pos: int, reach: int = _BASE_REACH) -> int:
        """Where the clause of ``pos`` begins, looking back at most ``reach`` characters."""
        start = max(0, pos - reach)
        for found in _CLAUSE_BREAK.finditer(self.text, start, pos):
            start = found.end()
        return start

    def _from_end(self, pos: int) -> bool:
        """A change's from-word (从, *from*) stands before ``pos`` in its clause."""
        return self.g.from_word.search(self.text, self._clause_start(pos), pos) is not None

    def _right_after_from(self, pos: int) -> bool:
        """A change's from-word (从, *from*) stands right before ``pos``."""
        opener = self.g.from_word.search(self.text, max(0, pos - 6), pos)
        return opener is not None and not self.text[opener.end() : pos].strip()

    def _then_year(
        self,
        pos: int,
        year_ctx: tuple[int, int] | None,
        period_ctx: tuple[dt.date, int, Granularity] | None,
    ) -> int | None:
        """The year of the time last stated before ``pos`` (a written year, or any period), when a
        word for "at that time" (`then_words`: 当时) stands shortly before ``pos``."""
        if not self.g.then_before.search(self.text, max(0, pos - _THEN_REACH - 8), pos):
            return None
        stated = [(year_ctx[1], year_ctx[0])] if year_ctx is not None else []
        if period_ctx is not None:
            stated.append((period_ctx[1], period_ctx[0].year))
        near = [(at, year) for at, year in stated if 0 < pos - at <= _THEN_YEAR_REACH]
        return max(near)[1] if near else None

    def _figure_base(self, pos: int) -> bool:
        """The time at ``pos`` dates a figure its clause compares with (`base_figure_before`:
        *compared with an 8.3 percent increase in September*)."""
        return (
            self.g.base_figure.search(self.text, self._clause_start(pos, _FIGURE_BASE_REACH), pos) is not None
        )

    def _compared_with(self, pos: int) -> bool:
        """The time at ``pos`` is the base of a comparison in its clause (*expect 1%, down from a
        4.3% pace in the third quarter*): a period already past, though the sentence looks forward."""
        return self.g.base_word.search(self.text, self._clause_start(pos), pos) is not None

    def _anchor_windows(self) -> dict[str, list[tuple[int, int]]]:
        """Windows around every anchor word, found in one pass over the text."""
        text, n = self.text, len(self.text)
        positions: dict[str, list[int]] = {}
        prefixes = self.g.anchor_prefixes
        # overlapped: one anchor may start inside another (是年 and 年内 in 已是年内第五次)
        exact = list(self.g.anchor_scan.finditer(text, overlapped=True))
        # A word written as given wins where a case-folded one starts too (H before *half*); the
        # case-folded words are Latin, so they are looked for only around Latin words.
        taken = {m.start() for m in exact}
        folded = [
            m
            for ws, we in self.islands
            for m in self.g.anchor_scan_folded.finditer(text, ws, we, overlapped=True)
            if m.start() not in taken
        ]
        for m in exact + folded:
            found = m.group()
            key = found if found in prefixes else found.lower()
            for word in prefixes.get(key, (key,)):
                positions.setdefault(word, []).append(m.start())
        for source, pattern in self.g.anchor_patterns.items():
            positions[source] = [m.start() for m in pattern.finditer(text)]
        return {word: _windows(sorted(pos), n) for word, pos in positions.items()}

    def _matches(self) -> list[tuple[int, int, int, regex.Match[str]]]:
        """Every match of every pattern near its anchors, leftmost-longest, earlier pattern on ties."""
        text, n = self.text, len(self.text)
        windows = self._anchor_windows()
        found: list[tuple[int, int, int, regex.Match[str]]] = []
        merged: dict[tuple[str, ...], list[tuple[int, int]]] = {}  # patterns often share their anchors
        for index, p in enumerate(self.g.patterns):
            if p.anchors:
                spans = merged.get(p.anchors)
                if spans is None:
                    spans = merged[p.anchors] = _merge_windows(
                        [w for a in p.anchors for w in windows.get(a, ())]
                    )
            else:
                spans = [(0, n)]
            for ws, we in spans:
                for m in p.pattern.finditer(text, ws, we):
                    if m.end() > m.start():
                        found.append((m.start(), m.start() - m.end(), index, m))
        found.sort(key=lambda item: item[:3])
        chosen: list[tuple[int, int, int, regex.Match[str]]] = []
        last_end = -1
        for item in found:
            if item[0] >= last_end:
                chosen.append(item)
                last_end = item[0] - item[1]
        return chosen

    def run(self) -> list[TimeMention]:
        out: list[TimeMention] = []
        moved_back: set[int] = set()  # indices in out of times moved to last year (not yet begun)
        yearless: set[int] = set()  # …of times whose year the text gives nowhere
        year_ctx: tuple[int, int] | None = None  # (year, position)
        year_ctx_written = False  # …given by a whole year written out (2023年), not a relative word or a part
        # where the period that gave year_ctx starts, when a relative word named it (去年第四季)
        relative_carrier: tuple[dt.date, dt.date] | None = None
        carrier_from = False  # …and a change's from-word stands right before it (从去年6月)
        from_end_at: int | None = None  # position of a year that is a change's starting point
        stated: tuple[int, int] | None = None  # (year, end) of the last stated year, for 该年
        month_ctx: tuple[int, int] | None = None  # (month, position)
        # (last day, position, length) of a stated period
        period_ctx: tuple[dt.date, int, Granularity] | None = None
        # … of the stated periods longer than a day, with their lengths
        data_ctx: list[tuple[dt.date, int, Granularity]] = []
        # (last day, position) of a whole year named by a relative word (去年, last year)
        relative_year: tuple[dt.date, int] | None = None
        # (last day, end, length) of a comparison's base (比2024年)
        base_ctx: tuple[dt.date, int, Granularity] | None = None
        # (year, heading start) of a heading line that states one year: the year of its section
        section_year: tuple[int, int] | None = None
        # (start, end, position, in a clause that looks forward) of the last period shorter than a
        # year stated that is not over at the document date: not begun, or in such a clause
        ahead: tuple[dt.date, dt.date, int, bool] | None = None
        for start, _, index, m in self._matches():
            pattern = self.g.patterns[index]
            resolver = pattern.resolver
            if resolver == "within_n" and self.g.event_before.search(self.text, max(0, start - 12), start):
                continue  # 疫情一来一个月内: counted from an event the text does not date, not from now
            end = m.end()
            anchor = self.anchors.at(start)
            year, year_from_context = anchor.year, False
            carried = False  # the year comes from a whole year written earlier in the sentence
            then_dated = False  # …or from the time last stated, after a word for "at that time"
            if (
                year_ctx is not None
                and (self._same_sentence(year_ctx[1], start) or start < self._label_block_end(year_ctx[1]))
                # 从2022年高峰…缩减至11月中旬: not past the to-word of a change that starts in that year
                and not (
                    from_end_at == year_ctx[1] and self.g.change_to.search(self.text, from_end_at, start)
                )
            ):
                year, year_from_context = year_ctx[0], True
                carried = year_ctx_written
            elif (then := self._then_year(start, year_ctx, period_ctx)) is not None:
                # 一直加到去年7月…！当时美国7月CPI还在3.2%: the July of then, last year's
                year, year_from_context, then_dated = then, True, True
            elif section_year is not None and self._heading_before(start) == section_year[1]:
                # ▍第一阶段（2022年3月—5月） / 5月4日，美联储加息50个基点: a heading's year is its section's
                year, year_from_context = section_year[0], True
            month = anchor.month
            if month_ctx is not None and self._same_sentence(month_ctx[1], start):
                month = month_ctx[0]
            future = self._future(start) if resolver in ("within_n", "weekday", "year_part") else False
            previous = stated[0] if stated is not None and 0 <= start - stated[1] <= _STATED_REACH else None
            stated_period = (
                base_ctx[::2]  # 比2024年全年: the base's own whole year
                if base_ctx is not None and 0 <= start - base_ctx[1] <= 1
                else period_ctx[::2]
                if period_ctx is not None and self._same_sentence(period_ctx[1], start)
                else None
            )
            nearby, nearby_by_length = self._nearby(data_ctx, start)
            if (
                period_ctx is not None
                and period_ctx[2] == Granularity.DAY
                and self._same_sentence(period_ctx[1], start)
                and not any(period_ctx[1] < at < start for _, at, _ in data_ctx[-3:])
            ):
                # $37.64 trillion on September 30, 2025, up $2.2 trillion during the fiscal year: the
                # one holding the day its sentence states, not one stated in an earlier sentence
                nearby, nearby_by_length = period_ctx[0], {}
            ctx = TimeContext(
                anchor=anchor,
                year=year,
                month=month,
                future=future,
                tables=self.g.tables,
                previous_year=previous,
                stated_last_day=stated_period[0] if stated_period else None,
                stated_granularity=stated_period[1] if stated_period else None,
                nearby_last_day=nearby,
                nearby_by_length=nearby_by_length,
                relative_year_last_day=self._relative_year(data_ctx, relative_year, start),
            )
            resolved = RESOLVERS[resolver](_groups(m), ctx)
            if resolved is None:
                continue
            if (
                not year_from_context
                # 预计今年年底前还会再降息…，也就是说到12月: not inside a period ahead stated earlier in
                # the sentence; 三季度GDP增速或放缓至4.8%，四季度进一步降至4.5%: nor right after one a
                # clause looking forward states
                and not (
                    ahead is not None
                    and self._same_sentence(ahead[2], start)
                    and (resolved.end <= ahead[1] or (ahead[3] and resolved.start == ahead[1]))
                )
                # only a part of a year written alone takes its year from a period stated nearby;
                # a run of months does not (2024 stated, then *the October-December quarter*)
                and self._of_last_year(
                    resolved, m, anchor, start, ctx.nearby_last_day is not None and resolver == "year_part"
                )
            ):
                if resolved.start > anchor:  # not yet begun, not only begun lately
                    moved_back.add(len(out))
                resolved = _year_earlier(resolved)
            elif (
                year_from_context
                and not then_dated
                and relative_carrier is not None
                and resolved.granularity in _CARRIED_PARTS
                and not resolved.explicit_year
                and not _relative_word(m)
                and (
                    (later := _year_earlier(resolved, 1)).end <= anchor
                    # 去年四季度GDP增长5.2%…，四季度增速有望回到5%以上: the part named again in a
                    # clause looking forward is this year's, begun or ahead
                    or ((resolved.start, resolved.end) == relative_carrier and self._future(start))
                )
                and (
                    (
                        resolved.end <= relative_carrier[0]
                        and (
                            dt.timedelta(0)
                            <= later.start - relative_carrier[1]
                            < relative_carrier[0] - resolved.end
                            # 从去年6月9.1%的高点下来，但2月CPI仍达6.4%: after where a change started,
                            # the story moves on; the earlier month is the next year's
                            or carrier_from
                        )
                    )
                    # the peak in June of last year, but up from 3.0 percent in June: the part the
                    # relative word named, named again without it, is another one, this year's
                    or (resolved.start, resolved.end) == relative_carrier
                )
            ):
                # 美国去年第四季GDP季增年率为3.2%，2月失业率为3.9%: a part of the year before the
                # relative year's part it follows, over by the document date and nearer that part a
                # year on, is this year's (but 回顾去年此时，美国6月CPI…: June of last year), and so
                # are the bare parts after it (…in June and 3.2 percent in July)
                resolved = later
                year_ctx, relative_carrier = (later.start.year, start), None
                year_ctx_written = False
            if (
                resolved.granularity == Granularity.MONTH
                and not resolved.explicit_year
                and not year_from_context
                and resolved.start <= anchor < resolved.end
                and self.g.month_before.match(self.text, start)
            ):
                resolved = _year_earlier(resolved)  # last September, written in September
            if resolved.end > anchor and (resolved.end - resolved.start).days < _YEAR_DAYS:
                forward = self._future(start)
                if resolved.start > anchor or forward:
                    ahead = (resolved.start, resolved.end, start, forward)
            # the biggest drop since February 2020, when…: a record's start sets no context
            record_start = self.g.record_since_before.search(self.text, max(0, start - 10), start) is not None
            if resolver in _SPANNING:
                opener = self.g.openers.search(self.text, max(0, start - 10), start)
                if opener is not None:
                    start = opener.start()
            if (
                (resolved.granularity == Granularity.YEAR and not _relative_word(m))
                or (resolved.explicit_year and _gives_year(resolved))
                or pattern.listed  # 去年上、下半年: 下半年 is last year's too
                # 去年7月也是17.1%，8月还冲到18.8%: a month of a relative year names its year, and so
                # does a half (去年下半年出口增速较高，7月、8月…: last year's July and August)
                or (
                    _relative_word(m)
                    and _names_part(m)
                    and resolved.granularity in (Granularity.MONTH, Granularity.QUARTER, Granularity.HALF)
                )
            ):
                # a stated year carries to the dates after it in the sentence; a relative one (last
                # year: grew 5% last year, but prices fell in February) does not
                # a fiscal year is named by the year it ends in (fiscal 2025, which ended Sept. 30)
                named = (
                    (resolved.end - dt.timedelta(days=1)).year
                    if resolved.granularity == Granularity.FISCAL_YEAR
                    else resolved.start.year
                )
                if (
                    not self.g.record_since_after.match(self.text, end)
                    and not self.g.figure_base_before.search(self.text, max(0, start - 24), start)
                    and not self._figure_base(start)
                    and not record_start
                ):
                    # 2021年3月之后最低，2月系3.1%: a record's starting point names no year for later
                    # times, nor does a change's base (rose 3.0% from June 2022, down from 4% in May;
                    # down from $1.31tn in 2021, stood at $1.13tn in March: this year's March)
                    year_ctx = (named, start)
                    year_ctx_written = resolved.granularity == Granularity.YEAR and not resolved.relative
                relative_carrier = (
                    (resolved.start, resolved.end) if _relative_word(m) and _names_part(m) else None
                )
                carrier_from = relative_carrier is not None and self._right_after_from(start)
                # 从2022年高峰约9兆美元，缩减至11月中旬的6.58兆美元: the whole year a change starts
                # from is no year for the period it reaches
                # …nor is a relative part a change starts from (已从去年4月…的峰值缩减至6月初: this June)
                from_end_at = (
                    start
                    if (resolved.granularity == Granularity.YEAR and self._from_end(start)) or carrier_from
                    else None
                )
                if not resolved.relative:
                    stated = (resolved.start.year, end)
            if resolved.granularity in (Granularity.MONTH, Granularity.DAY):
                month_ctx = (resolved.start.month, start)
            if (
                year_ctx is not None
                and _relative_word(m)
                and resolved.start.month == 1
                and resolved.start.day == 1
                and resolved.granularity in (Granularity.YEAR, Granularity.RANGE)
                and resolved.start.year != year_ctx[0]
            ):
                # 去年4月…6.1%；今年以来，这一数字从2月的5.6%…: a relative year (or the span from its
                # start) names another year than the one stated before, whose hold on bare months ends
                year_ctx, relative_carrier = None, None
                year_ctx_written = False
            if (
                resolved.granularity == Granularity.YEAR
                and _relative_word(m)
                and not self.g.base_marker.search(self.text, max(0, start - 12), start)
            ):
                relative_year = (resolved.end - dt.timedelta(days=1), start)
            if (
                resolved.granularity in _STATED_PERIODS
                and (not _relative_word(m) or _names_part(m))
                and not record_start
                # 去年出口下跌4.6%，是2016年以來首次…；全年貿易順差: a span to now is no period later
                # words count from
                and resolver not in _TO_NOW
            ):
                last_day = resolved.end - dt.timedelta(days=1)
                if self.g.base_marker.search(self.text, max(0, start - 12), start) or self._figure_base(
                    start
                ):
                    # 比8月的4.4%, compared with an 8.3 percent increase in September: no period
                    # later words count from
                    base_ctx = (last_day, end, resolved.granularity)
                elif self._right_after_from(start) and _relative_word(m):
                    # 美国7月失业率…，CPI从去年6月9.1%的高点回落…，但美联储上个月…: a relative change's
                    # start is no period later words count from, nor is one stated before it (上个月
                    # is the document's last month)
                    period_ctx = None
                elif self.g.peak_before.search(
                    self.text, max(0, start - 32), start
                ) or self.g.peak_after.match(self.text, end):
                    pass  # the 9.1% peak reached in June of last year: a peak's date, no period reported
                else:
                    period_ctx = (last_day, start, resolved.granularity)
                    if (
                        resolved.granularity != Granularity.DAY
                        and pattern.reported
                        and resolved.start <= anchor  # 2026 in an article of 2025 is no period reported
                        and not _from_now(resolver, m)
                        # 降幅从5月的34.5%收窄至16.1%。当月…: a change's start is no period reported
                        and not self._right_after_from(start)
                        # 去年10月公布的2025财年决算…。上一财年: nor is a release date
                        and not self.g.release_after.match(self.text, end)
                    ):
                        data_ctx.append((last_day, start, resolved.granularity))
            elif (
                resolved.granularity in _STATED_PERIODS
                and resolved.granularity != Granularity.DAY
                and "rel" in m.re.groupindex
                and (m.group("rel") or "").lower() in self.g.tables.anaphoric_across
                # 失业率…，比上年有所下降。全年CPI…; up from 4.8% the previous year: a comparison's
                # base is no period reported
                and not self.g.base_marker.search(self.text, max(0, start - 12), start)
                and not self._figure_base(start)
            ):
                # 当月, 全年: the period just reported, named again; later words may refer to it
                data_ctx.append((resolved.end - dt.timedelta(days=1), start, resolved.granularity))
            if (
                resolved.explicit_year
                and resolved.granularity != Granularity.DAY  # a stamp (2023年12月16日 08:30) heads nothing
                and resolved.start.year == (resolved.end - dt.timedelta(days=1)).year
                and (heading := self._heading_at(start)) is not None
                and self._heading_holds_no_figure(heading, start, end)
                # SEP对2024年的预测： leads a list (see _label_block_end), not a section
                and not self._ends_in_colon(heading)
            ):
                section_year = (resolved.start.year, heading)
            if not year_from_context and not resolved.explicit_year and not _relative_word(m):
                yearless.add(len(out))
            carried = carried and not resolved.explicit_year and not _relative_word(m)
            out.append(
                _mention(
                    start, end, resolved, anchor, carried, resolver in _WHOLE_PERIODS, resolver in _AS_OF_THEN
                )
            )
            if len(out) - 1 in moved_back:
                for j in self._listed_back(out, len(out) - 1, moved_back, yearless):
                    # …and the stated periods later words refer to (第一季…第四季。全年) follow
                    moved = out[j]
                    last_day = moved.until - dt.timedelta(days=1)
                    data_ctx = [(last_day, p, g) if p == moved.start else (d, p, g) for d, p, g in data_ctx]
                    if period_ctx is not None and period_ctx[1] == moved.start:
                        period_ctx = (last_day, period_ctx[1], period_ctx[2])
        return self._join(out)

    def _listed_back(self, out: list[TimeMention], i: int, moved: set[int], yearless: set[int]) -> list[int]:
        """第一季5.4%、第二季5.2%、第三季4.8% on 25 February: quarters (halves) written without a
        year in a sentence, one right after another, are of one year; when a later one (at ``i``)
        is last year's (not yet begun), so is the one right before it, though it has begun. The
        indices of the times moved."""
        later = out[i]
        changed: list[int] = []
        if later.granularity not in _BEGUN_LATELY:
            return changed
        for j in range(i - 1, -1, -1):
            earlier = out[j]
            if not self._same_sentence(earlier.start, later.start):
                break
            if j not in yearless or j in moved or earlier.granularity != later.granularity:
                continue
            shifted = _year_earlier(
                Resolved(earlier.begin, earlier.until, earlier.granularity, earlier.relative)
            )
            if shifted.end != later.begin:
                break  # only the one right before (not 1.6% in the first quarter, down from the fourth)
            out[j] = replace(earlier, begin=shifted.start, until=shifted.end)
            moved.add(j)
            changed.append(j)
            later = out[j]
        return changed

    def _join(self, items: list[TimeMention]) -> list[TimeMention]:
        out: list[TimeMention] = []
        i = 0
        while i < len(items):
            a = items[i]
            if i + 1 < len(items):
                b = items[i + 1]
                opener = self.g.openers.search(self.text, max(0, a.start - 10), a.start)
                closer = self.g.closers.match(self.text, b.end)
                joined = (
                    a.end <= b.start
                    and b.start - a.end <= 10
                    and (
                        self.g.connectors.match(self.text, a.end, b.start)
                        or (
                            (opener is not None or closer is not None)
                            and self.g.paired.match(self.text, a.end, b.start)
                        )
                    )
                )
                if joined and b.begin > a.begin and b.until > a.until:
                    end = b.end
                    close = self.g.closers.match(self.text, end)
                    if close is not None:
                        end = close.end()
                    start = opener.start() if opener is not None else a.start
                    out.append(
                        TimeMention(
                            start,
                            end,
                            a.begin,
                            b.until,
                            Granularity.RANGE,
                            a.relative or b.relative,
                            a.anchor,
                            whole_periods=a.granularity != Granularity.DAY,
                        )
                    )
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out


def _mention(
    start: int,
    end: int,
    r: Resolved,
    anchor: dt.date,
    carried: bool = False,
    whole_periods: bool = False,
    as_of_then: bool = False,
) -> TimeMention:
    return TimeMention(
        start,
        end,
        r.start,
        r.end,
        r.granularity,
        r.relative,
        anchor if r.relative else None,
        carried,
        whole_periods and r.granularity == Granularity.RANGE,
        as_of_then,
    )


def scan_times(
    g: TimeGrammar, text: str, anchors: Anchors, islands: list[tuple[int, int]] | None = None
) -> list[TimeMention]:
    """Every time expression in normalised ``text``, resolved, in text order.

    ``islands`` are the text's stretches of Latin words (:func:`latin_islands`), when the caller
    has them already.
    """
    return _Scan(g, text, anchors, islands).run()
