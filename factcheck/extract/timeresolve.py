"""Resolvers: turn the named groups of a time pattern into an ISO interval.

The set of resolvers is closed (patterns in ``rules/lang/*/times.yaml`` name
one of :data:`RESOLVERS`); the words they read (relative words, parts of a
year, month names) come from the packs. Every resolver is a pure function of
the match groups and a :class:`TimeContext`; none reads the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import TYPE_CHECKING

from ..models.time import Granularity

if TYPE_CHECKING:
    from ..lang.pack import Era

__all__ = ["RESOLVERS", "Resolved", "TimeContext", "TimeTables", "add_months", "add_years"]

G = Granularity

#: How many months a period of each length spans, for the reading before it (前值).
_STEP_MONTHS: dict[Granularity, int] = {G.MONTH: 1, G.QUARTER: 3, G.HALF: 6, G.YEAR: 12}

#: The length of period a relative word's unit names, for the words that refer back to one.
_UNIT_LENGTH: dict[str, Granularity] = {
    "fiscal_year": G.FISCAL_YEAR,
    "quarter": G.QUARTER,
    "month": G.MONTH,
}
#: The stated periods a same-unit anaphoric word (上月, 上季度) may count from, by its unit.
_NO_LONGER_THAN: dict[str, frozenset[Granularity]] = {
    "month": frozenset({G.DAY, G.MONTH}),
    "quarter": frozenset({G.DAY, G.MONTH, G.QUARTER}),
}


@dataclass(frozen=True)
class Resolved:
    """A resolved interval: ``[start, end)``, its granularity, and whether it used the anchor."""

    start: dt.date
    end: dt.date
    granularity: Granularity
    relative: bool = False
    explicit_year: bool = False


@dataclass(frozen=True)
class TimeTables:
    """Word tables the resolvers read, merged from the language packs."""

    relative_words: Mapping[str, tuple[str, int]]
    year_parts: Mapping[str, tuple[int, int]]
    month_parts: Mapping[str, tuple[int, int]]
    decade_parts: Mapping[str, tuple[int, int]]
    period_units: Mapping[str, str]
    month_names: Mapping[str, int]
    ordinal_words: Mapping[str, int]
    decade_words: Mapping[str, int]
    weekdays: Mapping[str, int]
    weekday_weeks: Mapping[str, int]
    century_words: Mapping[str, int]
    eras: tuple[Era, ...]
    parse_number: Callable[[str], Decimal | None]
    fiscal_year_start: int = 10
    anaphoric: frozenset[str] = frozenset()  # relative words counted from a stated period
    anaphoric_only: frozenset[str] = frozenset()  # … and no time without one
    anaphoric_across: frozenset[str] = frozenset()  # … that may count from an earlier sentence
    anaphoric_across_only: frozenset[str] = frozenset()  # … and no time without a period before
    anaphoric_same_unit: frozenset[str] = frozenset()  # … from a stated period no longer than theirs
    named_periods: Mapping[str, tuple[dt.date, dt.date]] = field(default_factory=dict)  # 疫情前


@dataclass(frozen=True)
class TimeContext:
    """What a resolver may use besides its groups."""

    anchor: dt.date
    year: int  # the year an expression without one belongs to (context or anchor)
    month: int  # the month a day without one belongs to (context or anchor)
    future: bool  # the sentence looks forward (for 三年内)
    tables: TimeTables
    previous_year: int | None = None  # the year of a stated year just before (for 该年, 同年)
    stated_last_day: dt.date | None = None  # last day of a period stated earlier in the sentence
    stated_granularity: Granularity | None = None  # … and how long that period is
    nearby_last_day: dt.date | None = None  # … stated shortly before, in any sentence
    nearby_by_length: Mapping[Granularity, dt.date] = field(default_factory=dict)  # … of each length
    # … of a whole year a relative word (去年, last year) named earlier in the same sentence
    relative_year_last_day: dt.date | None = None


Groups = Mapping[str, str | None]


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months, on the first of the month."""
    index = d.year * 12 + (d.month - 1) + months
    return dt.date(index // 12, index % 12 + 1, 1)


def add_years(d: dt.date, years: int) -> dt.date:
    """``d`` moved by whole years (29 February to 28 February)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def whole_number(value: str | None, tables: TimeTables) -> int | None:
    """A whole number written in digits or Chinese numerals (2024, 二〇二四, 十一), else None."""
    if value is None:
        return None
    value = value.strip()
    if value.isdigit():
        return int(value)
    parsed = tables.parse_number(value)
    if parsed is None or parsed != parsed.to_integral_value():
        return None
    return int(parsed)


def _int(value: str | None, ctx: TimeContext) -> int | None:
    return whole_number(value, ctx.tables)


_CN_MONTHS = {"正": 1, "冬": 11, "腊": 12}


def _month(groups: Groups, ctx: TimeContext) -> int | None:
    name = groups.get("monthname")
    if name:
        return ctx.tables.month_names.get(name.lower().rstrip("."))
    raw = groups.get("month")
    if raw in _CN_MONTHS:
        return _CN_MONTHS[raw]  # type: ignore[index]
    month = _int(raw, ctx)
    return month if month is not None and 1 <= month <= 12 else None


def _day(raw: str | None, ctx: TimeContext) -> int | None:
    if raw is None:
        return None
    raw = raw.removeprefix("初")
    return _int(raw, ctx)


def _year(groups: Groups, ctx: TimeContext) -> tuple[int, bool] | None:
    """The year of the expression and whether the text stated it."""
    raw = groups.get("year")
    if raw:
        year = _stated_year(raw.strip(), ctx)
        return None if year is None else (year, True)
    rel = groups.get("rel")
    if rel:
        spec = ctx.tables.relative_words.get(rel)
        if spec and spec[0] == "year":
            return ctx.anchor.year + spec[1], False
    return ctx.year, False


def common_era_year(raw: str, eras: Sequence[Era], parse: Callable[[str], int | None]) -> int | None:
    """A year as written: after an era's name (民国114) or bare in an era's range (114) it
    counts from the era; two digits are this century's or, from 70, the last (FY25, 98年)."""
    for era in eras:
        for word in era.words:
            if raw.startswith(word):
                year = parse(raw[len(word) :].strip())
                return None if year is None else year + era.offset
    year = parse(raw)
    if year is None:
        return None
    for era in eras:
        if era.bare_years and era.bare_years[0] <= year <= era.bare_years[1]:
            return year + era.offset
    if year < 100:
        year += 2000 if year < 70 else 1900
    return year


def _stated_year(raw: str, ctx: TimeContext) -> int | None:
    return common_era_year(raw, ctx.tables.eras, lambda value: _int(value, ctx))


_RELATIVE_MONTHS = {"本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1}


def _date(groups: Groups, ctx: TimeContext) -> Resolved | None:
    found = _year(groups, ctx)
    day = _day(groups.get("day"), ctx)
    relmonth = groups.get("relmonth")
    if relmonth is not None:  # 本月十日
        spec = ctx.tables.relative_words.get(relmonth)
        first = add_months(ctx.anchor.replace(day=1), spec[1] if spec else _RELATIVE_MONTHS.get(relmonth, 0))
        found, month = (first.year, False), first.month
    elif groups.get("month") is None and groups.get("monthname") is None:  # 29日: the month in context
        month = ctx.month
    else:
        month = _month(groups, ctx)
    if found is None or month is None or day is None:
        return None
    try:
        start = dt.date(found[0], month, day)
    except ValueError:
        if relmonth is not None or found[1]:
            return None
        if groups.get("month") is not None or groups.get("monthname") is not None:
            # 2月29日 without a year in a text of 2017: the latest earlier year that has the day
            for back in range(1, 9):
                try:
                    start = dt.date(found[0] - back, month, day)
                    break
                except ValueError:
                    continue
            else:
                return None
            return Resolved(start, start + dt.timedelta(days=1), G.DAY, True, False)
        # 29日 in a text of 10 February: the month in context has no such day, so the
        # latest month before it that has one (29 January).
        first = dt.date(found[0], month, 1)
        for _ in range(11):
            first = add_months(first, -1)
            try:
                start = first.replace(day=day)
                break
            except ValueError:
                continue
        else:
            return None
    return Resolved(start, start + dt.timedelta(days=1), G.DAY, not found[1], found[1])


def _day_range(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """Jan. 27-28, 2026, March 17–18: a run of days of one month."""
    first = _date(groups, ctx)
    last = _day(groups.get("day2"), ctx)
    if first is None or last is None or last <= first.start.day:
        return None
    try:
        end = first.start.replace(day=last) + dt.timedelta(days=1)
    except ValueError:
        return None
    return Resolved(first.start, end, G.RANGE, first.relative, first.explicit_year)


def _month_period(groups: Groups, ctx: TimeContext) -> Resolved | None:
    found = _year(groups, ctx)
    month = _month(groups, ctx)
    if found is None or month is None:
        return None
    start = dt.date(found[0], month, 1)
    end = add_months(start, 1)
    part = " ".join((groups.get("part") or "").split())
    if part.lower() in ctx.tables.month_parts:
        part = part.lower()
    if part and part in ctx.tables.month_parts:
        first, last = ctx.tables.month_parts[part]
        part_start = start.replace(day=first)
        part_end = end if last > 28 else start.replace(day=last)
        return Resolved(part_start, part_end, G.RANGE, not found[1], found[1])
    return Resolved(start, end, G.MONTH, not found[1], found[1])


def _year_period(groups: Groups, ctx: TimeContext) -> Resolved | None:
    found = _year(groups, ctx)
    if found is None or not found[1]:
        return None
    return Resolved(dt.date(found[0], 1, 1), dt.date(found[0] + 1, 1, 1), G.YEAR, False, True)


def _ordinal(raw: str | None, ctx: TimeContext) -> int | None:
    if raw is None:
        return None
    return ctx.tables.ordinal_words.get(raw.lower())


def _quarter(groups: Groups, ctx: TimeContext) -> Resolved | None:
    found = _year(groups, ctx)
    q = _ordinal(groups.get("ordq"), ctx) or _int(groups.get("quarter"), ctx)
    if found is None or q is None or not 1 <= q <= 4:
        return None
    start = dt.date(found[0], 3 * (q - 1) + 1, 1)
    return Resolved(start, add_months(start, 3), G.QUARTER, not found[1], found[1])


def _fiscal_year_of(d: dt.date, start_month: int) -> int:
    return d.year + 1 if d.month >= start_month and start_month != 1 else d.year


def _fiscal_quarter(groups: Groups, ctx: TimeContext) -> Resolved | None:
    fy_start = ctx.tables.fiscal_year_start
    q = _int(groups.get("quarter"), ctx)
    if q is None or not 1 <= q <= 4:
        return None
    raw = groups.get("year")
    if raw:
        fy = _int(raw, ctx)
        relative = False
    else:
        offset = {"本": 0, "上": -1, "上一": -1, "下": 1, "下一": 1}.get(groups.get("rel") or "本", 0)
        fy = _fiscal_year_of(ctx.anchor, fy_start) + offset
        relative = True
    if fy is None:
        return None
    first = dt.date(fy - 1 if fy_start != 1 else fy, fy_start, 1)
    start = add_months(first, 3 * (q - 1))
    return Resolved(start, add_months(start, 3), G.QUARTER, relative, not relative)


def _half(groups: Groups, ctx: TimeContext) -> Resolved | None:
    found = _year(groups, ctx)
    raw = groups.get("half") or ""
    half = {"上": 1, "前": 1, "1": 1, "下": 2, "后": 2, "2": 2}.get(raw)
    if half is None and groups.get("ordh"):
        half = 1 if groups["ordh"].lower() in ("first", "1st") else 2  # type: ignore[union-attr]
    if found is None or half is None:
        return None
    start = dt.date(found[0], 1 if half == 1 else 7, 1)
    return Resolved(start, add_months(start, 6), G.HALF, not found[1], found[1])


def _fiscal_year(groups: Groups, ctx: TimeContext) -> Resolved | None:
    found = _year(groups, ctx)
    if found is None:
        return None
    fy_start = ctx.tables.fiscal_year_start
    first = dt.date(found[0] - 1 if fy_start != 1 else found[0], fy_start, 1)
    return Resolved(first, add_months(first, 12), G.FISCAL_YEAR, not found[1], found[1])


def _fiscal_year_ended(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """*the fiscal year that ended Sept. 30*, *the just-completed fiscal year*: the latest fiscal
    year over by the anchor (or the one ending in the stated year). A month named is its last
    month (the fiscal year that ended in June); else the pack's fiscal calendar decides."""
    named = groups.get("monthname") or groups.get("month")
    last = _month(groups, ctx) if named else None
    if named and last is None:
        return None
    next_start = ctx.tables.fiscal_year_start if last is None else last % 12 + 1
    found = _year(groups, ctx) if groups.get("year") else None
    if found is not None:
        end = add_months(dt.date(found[0], last or (next_start - 2) % 12 + 1, 1), 1)
    else:
        end = dt.date(ctx.anchor.year, next_start, 1)
        if end > ctx.anchor:
            end = dt.date(ctx.anchor.year - 1, next_start, 1)
    return Resolved(add_months(end, -12), end, G.FISCAL_YEAR, found is None, found is not None)


def _decade_start(raw: str, century: int | None, ctx: TimeContext) -> int | None:
    value = ctx.tables.decade_words.get(raw.lower()) if raw else None
    if value is None:
        value = _int(raw, ctx)
    if value is None:
        return None
    if value >= 1000:
        return value
    if century is not None:
        return (century - 1) * 100 + value
    candidates = [c + value for c in (1900, 2000) if c + value <= ctx.anchor.year]
    return max(candidates) if candidates else 1900 + value


def _century_number(groups: Groups, ctx: TimeContext) -> int | None:
    raw = groups.get("century")
    if raw:
        named = ctx.tables.century_words.get(regex_space(raw.lower()))
        return named if named is not None else _int(raw, ctx)
    rel = groups.get("rel")
    spec = ctx.tables.relative_words.get(rel or "") or ctx.tables.relative_words.get((rel or "") + "世纪")
    if spec and spec[0] == "century":
        return ctx.anchor.year // 100 + 1 + spec[1]
    return None


def regex_space(text: str) -> str:
    """Collapse runs of whitespace and hyphens to one space (twenty-first → twenty first)."""
    return " ".join(text.replace("-", " ").split())


def _decade(groups: Groups, ctx: TimeContext) -> Resolved | None:
    century = _century_number(groups, ctx)
    first = _decade_start(groups.get("decade") or "", century, ctx)
    if first is None or first % 10:
        return None
    part = groups.get("part")
    if part:
        span = ctx.tables.decade_parts.get(part.lower())
        if span:
            return Resolved(
                dt.date(first + span[0], 1, 1), dt.date(first + span[1], 1, 1), G.RANGE, False, True
            )
    return Resolved(dt.date(first, 1, 1), dt.date(first + 10, 1, 1), G.DECADE, False, True)


def _century(groups: Groups, ctx: TimeContext) -> Resolved | None:
    century = _century_number(groups, ctx)
    if century is None or not 1 <= century <= 22:
        return None
    first = (century - 1) * 100
    part = groups.get("part")
    spans = {"初": (0, 20), "上半叶": (0, 50), "中": (40, 60), "下半叶": (50, 100), "末": (80, 100)}
    if part in spans:
        a, b = spans[part]  # type: ignore[index]
        return Resolved(dt.date(first + a, 1, 1), dt.date(first + b, 1, 1), G.RANGE, False, True)
    return Resolved(dt.date(first, 1, 1), dt.date(first + 100, 1, 1), G.CENTURY, False, True)


def _year_range(groups: Groups, ctx: TimeContext) -> Resolved | None:
    y1, y2 = _int(groups.get("y1"), ctx), _int(groups.get("y2"), ctx)
    if y1 is None or y2 is None or not 0 < y2 - y1 <= 200:
        return None
    return Resolved(dt.date(y1, 1, 1), dt.date(y2 + 1, 1, 1), G.RANGE, False, True)


#: The first month of an academic year (the degrees-conferred series run July to June).
ACADEMIC_YEAR_START = 7


def _split_year(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """2021-22, the 2021-22 academic year: two consecutive years written as one period; an
    academic year runs July to June, else both calendar years."""
    year, yy = _int(groups.get("year"), ctx), _int(groups.get("yy"), ctx)
    if year is None or yy is None or (year + 1) % 100 != yy:
        return None
    if groups.get("academic"):
        start = dt.date(year, ACADEMIC_YEAR_START, 1)
        return Resolved(start, start.replace(year=year + 1), G.RANGE, False, True)
    return Resolved(dt.date(year, 1, 1), dt.date(year + 2, 1, 1), G.RANGE, False, True)


def _part_of_year(year: int, part: str | None, ctx: TimeContext) -> tuple[dt.date, dt.date] | None:
    if part is None:
        return None
    span = ctx.tables.year_parts.get(part) or ctx.tables.year_parts.get(part.lower())
    if span is None:
        return None
    start = dt.date(year, span[0], 1)
    end = dt.date(year + 1, 1, 1) if span[1] > 12 else dt.date(year, span[1], 1)
    return start, end


def _year_part(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """2025年底, 年末: part of a year; written alone, of the year of a period stated nearby, as 全年
    is (…四季度增长5.2%。全年…，年末城镇调查失业率为4.6% in a bulletin of March 2026: 2025's end)."""
    found = _year(groups, ctx)
    alone = not (groups.get("year") or groups.get("rel") or ctx.future)  # by year-end…will: this one
    # …cut three times last year, leaving the range at 3.50%–3.75% at year-end: last year's end
    nearby = ctx.relative_year_last_day or ctx.nearby_last_day
    if found is not None and alone and nearby is not None:
        found = (nearby.year, False)
    if found is None:
        return None
    part = groups.get("part")
    span = _part_of_year(found[0], part, ctx) or _part_of_year(
        found[0], regex_space((part or "").lower()), ctx
    )
    if span is None:
        return None
    return Resolved(span[0], span[1], G.RANGE, not found[1], found[1])


def _relative_part(groups: Groups, ctx: TimeContext) -> Resolved | None:
    spec = ctx.tables.relative_words.get(groups.get("rel") or "")
    if spec is None or spec[0] != "year":
        return None
    span = _part_of_year(ctx.anchor.year + spec[1], groups.get("part"), ctx)
    if span is None:
        return None
    return Resolved(span[0], span[1], G.RANGE, True)


def _counted_from(word: str, unit: str, ctx: TimeContext, same: bool = False) -> dt.date | None:
    """The day a relative ``word`` of ``unit`` counts from: the document's date, or the last day of
    a period stated before it when the word refers back; None when it must and none was stated.
    A ``same`` word (全年, *that year*: the period referred to itself, not one before it) refers to
    a year its sentence named by a relative word (去年经济增长5%，全年CPI上涨0.2%: last year)."""
    key = word.lower()
    if ctx.stated_last_day is not None and key in ctx.tables.anaphoric_only:
        return ctx.stated_last_day  # 2024年全年: the period its own sentence just stated
    if same and ctx.relative_year_last_day is not None and key in ctx.tables.anaphoric_across:
        return ctx.relative_year_last_day
    if ctx.nearby_last_day is not None and key in ctx.tables.anaphoric_across:
        # …$881 billion in FY2025. A decade ago…; today…. Debt was $37.64 trillion at the end of
        # the fiscal year: FY2025, the period of its own length stated shortly before
        same_length = ctx.nearby_by_length.get(_UNIT_LENGTH.get(unit))  # type: ignore[arg-type]
        return same_length or ctx.nearby_last_day  # 9月出口增长8.3%。当月贸易顺差…: September
    if ctx.stated_last_day is not None and key in ctx.tables.anaphoric:
        return ctx.stated_last_day  # 2025财年…较上一财年: the fiscal year before FY2025
    if not same and unit == "year" and ctx.relative_year_last_day is not None and key in ctx.tables.anaphoric:
        # 去年城镇调查失业率平均为5.2%，比上年有所下降: the year before last year (a shorter unit,
        # *last year… the previous month*, does not count from a whole year)
        return ctx.relative_year_last_day
    if (
        ctx.stated_last_day is not None
        and key in ctx.tables.anaphoric_same_unit
        and ctx.stated_granularity in _NO_LONGER_THAN.get(unit, ())
    ):
        return ctx.stated_last_day  # 10月CPI上涨0.2%，上月为下降0.3%: September
    if key in ctx.tables.anaphoric_only or key in ctx.tables.anaphoric_across_only:
        return None
    return ctx.anchor


def _relative(groups: Groups, ctx: TimeContext) -> Resolved | None:
    word = groups.get("rel") or ""
    spec = ctx.tables.relative_words.get(word) or ctx.tables.relative_words.get(word.lower())
    if spec is None:
        return None
    unit, offset = spec
    a = _counted_from(word, unit, ctx, same=offset == 0 and unit == "year")
    if a is None:
        return None
    if unit == "previous":  # 前值: the period before the one the sentence states, of its length
        step = _STEP_MONTHS.get(ctx.stated_granularity) if ctx.stated_last_day else None  # type: ignore[arg-type]
        if step is None:
            return None
        end = add_months(ctx.stated_last_day.replace(day=1), 1 - step)  # type: ignore[union-attr]
        return Resolved(add_months(end, -step), end, ctx.stated_granularity, True)  # type: ignore[arg-type]
    if unit == "year":
        return Resolved(dt.date(a.year + offset, 1, 1), dt.date(a.year + offset + 1, 1, 1), G.YEAR, True)
    if unit == "month":
        start = add_months(a.replace(day=1), offset)
        return Resolved(start, add_months(start, 1), G.MONTH, True)
    if unit == "quarter":
        start = add_months(dt.date(a.year, 3 * ((a.month - 1) // 3) + 1, 1), 3 * offset)
        return Resolved(start, add_months(start, 3), G.QUARTER, True)
    if unit == "week":
        start = a - dt.timedelta(days=a.weekday()) + dt.timedelta(weeks=offset)
        return Resolved(start, start + dt.timedelta(days=7), G.WEEK, True)
    if unit == "day":
        start = a + dt.timedelta(days=offset)
        return Resolved(start, start + dt.timedelta(days=1), G.DAY, True)
    if unit == "century":
        first = (a.year // 100 + offset) * 100
        return Resolved(dt.date(first, 1, 1), dt.date(first + 100, 1, 1), G.CENTURY, True)
    if unit == "fiscal_year":
        fy = _fiscal_year_of(a, ctx.tables.fiscal_year_start) + offset
        first = dt.date(fy - 1 if ctx.tables.fiscal_year_start != 1 else fy, ctx.tables.fiscal_year_start, 1)
        return Resolved(first, add_months(first, 12), G.FISCAL_YEAR, True)
    return None


def _span(n: int, unit: str) -> Callable[[dt.date, int], dt.date] | None:
    months = {"year": 12 * n, "quarter": 3 * n, "month": n, "decade": 120 * n}
    if unit in months:
        return lambda d, sign: _add_months_keep_day(d, sign * months[unit])
    days = {"week": 7 * n, "day": n}
    if unit in days:
        return lambda d, sign: d + dt.timedelta(days=sign * days[unit])
    return None


def _add_months_keep_day(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + (d.month - 1) + months
    year, month = index // 12, index % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise ValueError(d)  # pragma: no cover


def _counted(groups: Groups, ctx: TimeContext, sign: int) -> Resolved | None:
    n = _int(groups.get("n"), ctx) if groups.get("n") else 1
    unit_word = groups.get("unit") or ""
    unit = ctx.tables.period_units.get(unit_word) or ctx.tables.period_units.get(unit_word.lower())
    if n is None or unit is None or n <= 0 or n > 1000:
        return None
    move = _span(n, unit)
    if move is None:
        return None
    a = ctx.anchor
    if sign < 0:
        return Resolved(move(a, -1), a, G.RANGE, True)
    return Resolved(a, move(a, 1), G.RANGE, True)


def _past_n(groups: Groups, ctx: TimeContext) -> Resolved | None:
    return _counted(groups, ctx, -1)


def _future_n(groups: Groups, ctx: TimeContext) -> Resolved | None:
    return _counted(groups, ctx, 1)


def _within_n(groups: Groups, ctx: TimeContext) -> Resolved | None:
    return _counted(groups, ctx, 1 if ctx.future else -1)


def _since(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """自2019年以来, 2019年至今, 今年以来, since March 2024, since September (the latest September
    begun): from the start of that period to the anchor."""
    if groups.get("ytd"):  # 年初至今, 今年年初以来: from the start of the anchor's year
        start = dt.date(ctx.anchor.year, 1, 1)
        return Resolved(start, ctx.anchor, G.RANGE, True) if start < ctx.anchor else None
    if groups.get("rel"):
        period = _relative(groups, ctx)
        if period is None:
            return None
        start, explicit = period.start, False
        month = _month(groups, ctx) if groups.get("month") or groups.get("monthname") else None
        if month is not None and period.granularity == G.YEAR:  # 去年9月以来, since July of last year
            start = start.replace(month=month)
    else:
        found = _year(groups, ctx)
        has_month = bool(groups.get("month") or groups.get("monthname"))
        if found is None or not (found[1] or has_month):
            return None
        month = _month(groups, ctx) if has_month else 1
        part = " ".join((groups.get("part") or "").lower().split())
        day = _day(groups.get("day"), ctx) or ctx.tables.month_parts.get(part, (1, 0))[0]
        if part and not has_month:  # since early 2024: from the start of that part of the year
            span = _part_of_year(found[0], part, ctx)
            month, day = (span[0].month, 1) if span is not None else (None, 1)
        if month is None:
            return None
        try:
            start = dt.date(found[0], month, day)
        except ValueError:
            return None
        if not found[1] and start >= ctx.anchor:  # since September, 9月以来: the latest one past
            start = start.replace(year=start.year - 1)
        explicit = found[1]
    if start >= ctx.anchor:
        return None
    return Resolved(start, ctx.anchor, G.RANGE, True, explicit)


def _later(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """十年后, 三个月后, *ten years from now*: the period that many units after the anchor's (its
    year is the count's, never moved back as a yearless month's may be)."""
    found = _ago(groups, ctx, sign=1)
    return None if found is None else replace(found, explicit_year=True)


def _ago(groups: Groups, ctx: TimeContext, sign: int = -1) -> Resolved | None:
    """三年前, 一个月前, two weeks ago: the period that many units before the anchor's (after it,
    with ``sign`` 1)."""
    n = _int(groups.get("n"), ctx) if groups.get("n") else 1
    unit_word = groups.get("unit") or ""
    unit = ctx.tables.period_units.get(unit_word) or ctx.tables.period_units.get(unit_word.lower())
    if n is None or unit is None or not 0 < n <= 5000:
        return None
    a = ctx.anchor
    if unit == "decade":  # a decade ago: the year ten years back, as 十年前
        unit, n = "year", 10 * n
    n = -sign * n  # counted back (ago) below; forward for a period after the anchor
    if n < 0 and unit == "year" and a.year - n > 9999:
        return None
    if unit == "year":
        if a.year - n < 1:
            return None
        return Resolved(dt.date(a.year - n, 1, 1), dt.date(a.year - n + 1, 1, 1), G.YEAR, True)
    if unit == "month":
        start = add_months(a.replace(day=1), -n)
        return Resolved(start, add_months(start, 1), G.MONTH, True)
    if unit == "quarter":
        start = add_months(dt.date(a.year, 3 * ((a.month - 1) // 3) + 1, 1), -3 * n)
        return Resolved(start, add_months(start, 3), G.QUARTER, True)
    if unit == "week":
        start = a - dt.timedelta(days=a.weekday(), weeks=n)
        return Resolved(start, start + dt.timedelta(days=7), G.WEEK, True)
    if unit == "day":
        start = a - dt.timedelta(days=n)
        return Resolved(start, start + dt.timedelta(days=1), G.DAY, True)
    return None


def _context_year(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """该年底, 同年, that year: the year stated just before, or nothing (not the anchor's)."""
    if ctx.previous_year is None:
        return None
    year = ctx.previous_year
    part = groups.get("part")
    if part:
        span = _part_of_year(year, part, ctx)
        return None if span is None else Resolved(span[0], span[1], G.RANGE, True)
    return Resolved(dt.date(year, 1, 1), dt.date(year + 1, 1, 1), G.YEAR, True)


def _weekday(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """星期一, 上周三, 这个星期五, on Wednesday: a day of the anchor's week (or the week before or
    after); a bare weekday after the anchor, in a sentence that does not look forward, is the
    week before's (a report's *on Friday* is the Friday past)."""
    name = groups.get("weekday") or ""
    day = ctx.tables.weekdays.get(name) or ctx.tables.weekdays.get(name.lower())
    if day is None:
        return None
    rel = (groups.get("rel") or "").rstrip("个").strip()
    weeks = ctx.tables.weekday_weeks.get(rel, ctx.tables.weekday_weeks.get(rel.lower(), 0))
    monday = ctx.anchor - dt.timedelta(days=ctx.anchor.weekday()) + dt.timedelta(weeks=weeks)
    start = monday + dt.timedelta(days=day - 1)
    if not rel and start > ctx.anchor and not ctx.future:
        start -= dt.timedelta(weeks=1)  # 周五公布, announced on Friday: the last one, in a report
    return Resolved(start, start + dt.timedelta(days=1), G.DAY, True)


def _month_range(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """1-9月, January to September 2025: a run of months of one year."""
    first = _month_period(groups, ctx)
    last_month = _month({"month": groups.get("month2"), "monthname": groups.get("monthname2")}, ctx)
    if first is None or last_month is None or last_month <= first.start.month:
        return None
    end = add_months(dt.date(first.start.year, last_month, 1), 1)
    return Resolved(first.start, end, G.RANGE, first.relative, first.explicit_year)


def _year_to_month(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """Year to date through September: the months of one year from January to the one named."""
    month = _month_period(groups, ctx)
    if month is None or month.start.month == 1:
        return month
    start = dt.date(month.start.year, 1, 1)
    return Resolved(start, month.end, G.RANGE, month.relative, month.explicit_year)


def _first_n(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """前三季度, 今年前10个月, the first nine months of 2025: the year's first N months or quarters;
    the first seven months of this fiscal year, 2025财年前7个月: the fiscal year's. With group
    ``last`` (2023年最后三个月, the final two quarters of last year), the year's last ones."""
    n = _int(groups.get("n"), ctx)
    unit_word = groups.get("unit") or ""
    unit = ctx.tables.period_units.get(unit_word) or ctx.tables.period_units.get(unit_word.lower())
    months = {"month": 1, "quarter": 3}.get(unit or "")
    if n is None or months is None or not 1 <= n * months < 12:
        return None
    if groups.get("fy") or groups.get("fyrel"):
        fiscal = _fiscal_start(groups, ctx)
        if fiscal is None:
            return None
        start, relative = fiscal
        explicit = not relative
    else:
        found = _year(groups, ctx)
        if found is None:
            return None
        start, relative, explicit = dt.date(found[0], 1, 1), not found[1], found[1]
    if groups.get("last"):
        start = add_months(start, 12 - n * months)
    return Resolved(start, add_months(start, n * months), G.RANGE, relative, explicit)


def _fiscal_start(groups: Groups, ctx: TimeContext) -> tuple[dt.date, bool] | None:
    """The first day of the fiscal year named by group ``fy`` (a year) or ``fyrel`` (a relative
    word such as this fiscal year, 本财年), and whether it was named relatively."""
    fy_start = ctx.tables.fiscal_year_start
    word = groups.get("fyrel")
    if word:
        word = regex_space(word.lower())
        spec = ctx.tables.relative_words.get(word)
        counted_from = _counted_from(word, "fiscal_year", ctx)
        if spec is None or spec[0] != "fiscal_year" or counted_from is None:
            return None
        fy, relative = _fiscal_year_of(counted_from, fy_start) + spec[1], True
    else:
        fy, relative = _int(groups.get("fy"), ctx), False  # type: ignore[assignment]
        if fy is None:
            return None
    return dt.date(fy - 1 if fy_start != 1 else fy, fy_start, 1), relative


def _dateparser(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """Month-name dates, resolved by dateparser relative to the anchor."""
    text = groups.get("_text") or ""
    from ._dateparse import parse_english_date

    day = parse_english_date(text, ctx.anchor, ctx.year if not groups.get("year") else None)
    if day is None:
        return None
    return Resolved(day, day + dt.timedelta(days=1), G.DAY, not groups.get("year"), bool(groups.get("year")))


def _turn_of_century(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """*the turn of the century*, 世纪之交: the years either side of the last century's start
    (from 2025: 1999 to 2001)."""
    first = ctx.anchor.year // 100 * 100
    return Resolved(dt.date(first - 1, 1, 1), dt.date(first + 2, 1, 1), G.RANGE, True)


def _same_time_last_year(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """去年此时, *this time last year*: the anchor's month a year before; its year carries to the
    months after it in the sentence (回顧去年此時，美國6月CPI年增率為5.4%: June of last year)."""
    start = dt.date(ctx.anchor.year - 1, ctx.anchor.month, 1)
    return Resolved(start, add_months(start, 1), G.MONTH, True, True)


def _named_period(groups: Groups, ctx: TimeContext) -> Resolved | None:
    """疫情前, *pre-pandemic*: a period known by a name (`named_periods`), the same in every text;
    with a month after it (疫情前2月), that month's last occurrence within the period."""
    word = groups.get("named") or ""
    span = ctx.tables.named_periods.get(word) or ctx.tables.named_periods.get(word.lower())
    if span is None:
        return None
    month = _month(groups, ctx) if groups.get("month") else None
    if month is not None:
        last = span[1] - dt.timedelta(days=1)
        start = dt.date(last.year if month <= last.month else last.year - 1, month, 1)
        if start < span[0]:
            return None
        return Resolved(start, add_months(start, 1), G.MONTH, False, True)
    return Resolved(span[0], span[1], G.RANGE, False, True)


RESOLVERS: dict[str, Callable[[Groups, TimeContext], Resolved | None]] = {
    "turn_of_century": _turn_of_century,
    "named_period": _named_period,
    "later": _later,
    "same_time_last_year": _same_time_last_year,
    "date": _date,
    "month": _month_period,
    "year": _year_period,
    "quarter": _quarter,
    "fiscal_quarter": _fiscal_quarter,
    "half": _half,
    "fiscal_year": _fiscal_year,
    "fiscal_year_ended": _fiscal_year_ended,
    "decade": _decade,
    "century": _century,
    "year_range": _year_range,
    "split_year": _split_year,
    "year_part": _year_part,
    "relative_part": _relative_part,
    "relative": _relative,
    "past_n": _past_n,
    "future_n": _future_n,
    "within_n": _within_n,
    "month_range": _month_range,
    "day_range": _day_range,
    "year_to_month": _year_to_month,
    "first_n": _first_n,
    "weekday": _weekday,
    "since": _since,
    "ago": _ago,
    "context_year": _context_year,
    "dateparser": _dateparser,
}
