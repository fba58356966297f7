"""Verdicts: what the reference data says about a claim.

For a claim matched to an indicator and an entity, the checker takes the
reference rows of the claimed period (or the latest period published by the
document date when the text names none), picks each period's vintage known
at the document date, and compares:

* **supported**: a reference value lies within what the figure claims (its own
  precision and qualifier, see :mod:`factcheck.verdicts.tolerance`);
* **imprecise**: near it (within 5%) but outside;
* **period_mismatch**: the figure fits another period of the series (a June
  figure called July, the latest quarter relabelled as the next);
* **not_yet_published**: the claimed period was released after the document date;
* **forecast**: the claim is about a period not over at the document date;
* **contradicted**: a strong match says otherwise;
* **unverifiable**: no reference, or a match too weak to judge — never
  contradicted on a weak match.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

import regex

from ..extract.timeresolve import add_years
from ..models.base import trusted
from ..models.claim import Modality
from ..models.quantity import Qualifier, QuantityKind
from ..models.time import Granularity
from ..models.verdict import Reference, Verdict, VerdictStatus
from ..refdata import Indicator, Observation, RefData
from .tolerance import BOUND_QUALIFIERS, IMPRECISE_SHARE, Interval, claim_interval, half_unit, relative_gap
from .wording import format_number, format_value

if TYPE_CHECKING:  # the claims stage imports this module
    from ..claims.assemble import Draft


__all__ = ["Checker", "judge"]

S = VerdictStatus
#: Below this match score (metric × entity) a claim is not judged.
MATCH_THRESHOLD = 0.7
#: Days a report of a decision may come after it (a time zone, a morning-after report).
DECISION_DAYS = 2
#: Days from the end of a period to its first release when the indicator does not say.
DEFAULT_RELEASE_LAG = {
    "daily": 1,
    "event": 0,
    "monthly": 45,
    "quarterly": 100,
    "annual": 200,
    "fiscal_year": 60,
    "academic_year": 500,
}
#: How many periods away another period may lie to count as the one a figure really belongs
#: to (the last quarter's figure called this quarter's); further away, a match is chance.
MISMATCH_PERIODS = 3
#: A period whose only row was released after the document date counts as out by then (a later
#: revision) only this long after its usual release: a release may slip (November 2025's jobs
#: report, due early December, came on the 16th), and a figure cannot fit a period not yet out.
RELEASE_SLIP = dt.timedelta(days=31)
#: A row released more than this long after its series' usual release is taken for a later report
#: of the figure, not its first release, when judging whether the text could have known it: China's
#: youth rate for October 2024, out on 20 November, is in the data from a report of 18 December.
FIRST_RELEASE_SLIP = dt.timedelta(days=14)
_LATIN_WORD = regex.compile(r"[A-Za-z]+")
_HAN_RUN = regex.compile(r"\p{Han}+")
#: Days between a day a text gives and an event series' row that may still be the figure's (a
#: policy move's day and the estimate of it made the day after), and the confidence kept then.
EVENT_SLACK_DAYS = 2
EVENT_SLACK_FACTOR = 0.85
#: How much earlier than its usual interval after the last one a series' next estimate may come.
ESTIMATE_SLIP = dt.timedelta(days=7)
#: A figure given without a period may be any of the periods released this many days
#: before the latest one (a writer's "now" is often a release or two old, and a figure of the
#: same month a year before, 去年同期, often has no time of its own: a year of months or
#: quarters; of a yearly series, the latest year and the one before, never older); for an
#: event series, any value in effect this long before the document date.
RECENT_DAYS = {
    "daily": 31,
    "event": 366,
    "monthly": 366,
    "quarterly": 366,
    "annual": 550,
    "fiscal_year": 550,
    "academic_year": 550,
}
#: The ends of a set range (a target range) are read to this precision, whatever digits they show.
RANGE_END_PRECISION = Decimal("0.01")
#: The longest length of one period of a frequency, in days (a year-to-date row still moves on
#: by a month); daily series are sparse and events irregular: no next period is expected of them.
PERIOD_DAYS = {"monthly": 31, "quarterly": 92, "annual": 366, "fiscal_year": 366, "academic_year": 366}
#: A figure further than this factor from every reference value is about something else, unless
#: its metric is named in its own clause (score ≥ OWN_CLAUSE): then it is simply wrong.
OWN_CLAUSE = 0.95
#: A rise or fall this many times smaller than every value of a year-on-year (annualised) series,
#: with no word of a year before (of annualising), may be the change from the period before (over
#: the period itself): CPI rose 0.4% against 3.7% over the year; US GDP grew 0.7% against 2.8%.
SLOWER_PACE_FACTOR = Decimal(3)
PLAUSIBLE_FACTOR = Decimal(5)
#: How far an amount named directly may be from every value of its series and still be judged.
SCALE_FACTOR = Decimal(10) ** 6
#: A flow amount more than this share of a year's periods times every value of a monthly or
#: quarterly series (a $1 trillion surplus against monthly surpluses near $90 billion) is a
#: total over several periods the text does not give, not a misstated period's value.
SUMMED_SHARE = Decimal("0.5")
#: Periods in a year of the frequencies SUMMED_SHARE applies to.
PERIODS_PER_YEAR = {"monthly": 12, "quarterly": 4}
#: An amount written to this many units of its last digit or more (5766億, $881 billion) may have been
#: cut off rather than rounded: it allows up to one unit above it.
TRUNCATED_FROM = 100
#: A figure for an unreleased period this close to a released one is that one relabelled.
RELABEL_SHARE = Decimal("0.01")
#: Confidence kept when the only vintage at hand was released after the document date.
LATER_VINTAGE_FACTOR = 0.85
#: Confidence factor for a level read at one sub-period of the claimed span (a month of a year).
LEVEL_FACTOR = 0.9
#: Confidence factor for a figure of the fiscal year just over, which a relative time may also name.
FISCAL_READING_FACTOR = 0.85
#: How long into a new fiscal year *the fiscal year* may still name the one just over.
FISCAL_NEWS_DAYS = 92
#: A figure for a period after the last one published is out of reach when it lies further from
#: the last value than REACH_MARGIN times the series' fastest move per period (log) plus
#: REACH_FLOOR, per period ahead; only series of amounts or counts with REACH_MIN_ROWS values.
REACH_MARGIN = 3
REACH_FLOOR = 0.1
REACH_MIN_ROWS = 10
REACH_FACTOR = 0.7
#: Kinds of series whose change over a span can be worked out from two of their values.
SPAN_CHANGE_KINDS = frozenset({"count", "currency", "measure"})
#: Confidence factor for a rate of change worked out from two values of a series.
SPAN_CHANGE_FACTOR = 0.85
#: Kinds of figure that state an amount: after a word of rising or falling, a difference of levels.
_AMOUNTS = frozenset({QuantityKind.CURRENCY, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.NUMBER})
#: Series a difference of consecutive values is read from: levels (any frequency) and yearly flows.
_YEARLY = frozenset({"annual", "fiscal_year", "academic_year"})
#: Series whose values so far in a period can be checked before it ends (levels by day, decisions).
_SO_FAR = frozenset({"daily", "event"})
#: Kinds that state a change of a level in points.
_POINTS = frozenset({QuantityKind.PERCENTAGE_POINT, QuantityKind.BASIS_POINT})
#: First month of an academic year when the indicator does not say.
ACADEMIC_YEAR_START = 7
#: Series whose years straddle calendar years.
_SPLIT_YEARS = frozenset({"fiscal_year", "academic_year"})
#: How reference rows relate to the claimed period.
EXACT, INSIDE, OVERLAP, RECENT, CUMULATIVE = "exact", "inside", "overlap", "recent", "cumulative"
#: A level series (``stock``) published for every sub-period of the claimed span: each is a reading.
LEVEL = "level"


@dataclass(frozen=True)
class _Candidate:
    obs: Observation
    # "published", "later" (a revision released after the document date), "unpublished",
    # "earlier" (an estimate the document date's row revised)
    vintage: str


@dataclass(frozen=True)
class Checker:
    """The reference data and the labels a verdict cites."""

    refdata: RefData
    _known: dict[tuple[str, str, dt.date], dict[str, _Candidate]] = field(default_factory=dict, repr=False)
    _name_words: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def name_words(self, indicator: Indicator) -> set[str]:
        """The words of every name of ``indicator`` (see :func:`_name_words`; computed once)."""
        words = self._name_words.get(indicator.id)
        if words is None:
            words = self._name_words[indicator.id] = {
                w for a in indicator.aliases.all() for w in _name_words(a)
            }
        return words

    def candidates(self, indicator: Indicator, entity: str, as_of: dt.date) -> dict[str, _Candidate]:
        """Per period of one series, the vintage known at ``as_of`` (computed once per series and date)."""
        key = (indicator.id, entity, as_of)
        found = self._known.get(key)
        if found is None:
            found = _vintages(self.refdata.observations(indicator.id, entity), as_of, indicator)
            self._known[key] = found
        return found

    def reference(self, obs: Observation) -> Reference:
        source = self.refdata.sources.get(obs.source_id)
        name = f"{source.publisher}: {source.dataset}" if source else obs.source_id
        return trusted(
            Reference,
            {
                "table": obs.table,
                "indicator": obs.indicator,
                "entity": obs.entity,
                "period": obs.period,
                "value": obs.value,
                "unit": obs.unit,
                "published": obs.published,
                "source": name,
                "url": obs.url,
                "refdata": obs.package,
            },
        )


def _verdict_of(
    *, status: VerdictStatus, confidence: float, explanation: str, reference: Reference | None = None
) -> Verdict:
    """A verdict from values this module computed (valid by construction)."""
    return trusted(
        Verdict,
        {
            "status": status,
            "confidence": min(1.0, max(0.0, confidence)),
            "reference": reference,
            "explanation": explanation,
        },
    )


#: Statuses a revision may explain: against a later revision of a growth rate, a figure that
#: differs may be the first release.
_REVISED_AWAY = frozenset({S.CONTRADICTED, S.IMPRECISE, S.PERIOD_MISMATCH})

#: How many days before a series' usual release lag a period's figure may already be out
#: (see `_behind`).
EARLY_RELEASE_DAYS = 7


def _lag(indicator: Indicator) -> dt.timedelta:
    days = indicator.release_lag_days
    if days is None:
        days = DEFAULT_RELEASE_LAG.get(indicator.frequency, 120)
    return dt.timedelta(days=days)


def _vintages(rows: list[Observation], as_of: dt.date, indicator: Indicator) -> dict[str, _Candidate]:
    """Per period, the row known at ``as_of`` (or the earliest later vintage of a period long released)."""
    by_period: dict[str, list[Observation]] = {}
    for row in rows:
        by_period.setdefault(row.period, []).append(row)
    out: dict[str, _Candidate] = {}
    for period, items in by_period.items():
        known = [r for r in items if r.published <= as_of]
        if known:
            out[period] = _Candidate(max(known, key=lambda r: r.published), "published")
        elif items[0].end + _lag(indicator) <= as_of:
            out[period] = _Candidate(min(items, key=lambda r: r.published), "later")
        else:
            out[period] = _Candidate(min(items, key=lambda r: r.published), "unpublished")
    return out


def _in_period(
    cands: dict[str, _Candidate],
    start: dt.date,
    end: dt.date,
    indicator: Indicator,
    as_of: dt.date | None = None,
) -> tuple[list[_Candidate], str]:
    """Rows that state the claimed period, and whether they state it exactly.

    Exact: the same period; for event series, the values in effect during it; for
    daily series (levels), the days inside it. Level: for a stock series published for
    every sub-period of the span, each sub-period is a reading of it. Otherwise the rows inside the period
    (a year claimed, months published) or overlapping it (a month claimed, quarters
    published) only approximate it: they may support a figure, never contradict it.
    """
    items = sorted(cands.values(), key=lambda c: c.obs.start)
    if indicator.frequency == "event":
        before = [c for c in items if c.obs.start < start]
        during = [c for c in items if start <= c.obs.start < end]
        return ([before[-1]] if before else []) + during, EXACT
    exact = [c for c in items if c.obs.start == start and c.obs.end == end]
    if exact:
        return exact, EXACT
    if as_of is not None and abs((end - as_of).days) <= 1:
        # 今年以来, so far this year: the latest span from the same start released by then
        so_far = [
            c
            for c in items
            if c.obs.start == start
            and c.obs.end <= end
            and (c.obs.end - c.obs.start).days > 31  # a span to date, not the first month alone
            and c.vintage != "unpublished"
        ]
        latest = max(so_far, key=lambda c: c.obs.end) if so_far else None
        if latest is not None and _latest_due(latest, indicator, as_of):
            return [latest], EXACT
    if indicator.frequency in _SPLIT_YEARS and _calendar_year(start, end):
        # "2024年赤字", "degrees in 1980": the fiscal or academic year that ends in that calendar year
        ending = [
            c
            for c in items
            if start < c.obs.end <= end + dt.timedelta(days=1) and (c.obs.end - c.obs.start).days >= 360
        ]
        if ending:
            return ending, EXACT
    if indicator.target:
        # 12月…仍低于5.5%左右的年度控制目标: a year's target holds for each part of that year
        covering = [c for c in items if c.obs.start <= start and end <= c.obs.end]
        if covering:
            return covering, EXACT
    cumulative = [c for c in items if c.obs.end == end and c.obs.start < start and _from_year_start(c.obs)]
    if cumulative and (end - start).days <= 31:
        # a month's figure against a January-to-month series (出口前5个月 quoted as 5月)
        return cumulative, CUMULATIVE
    inside = [c for c in items if start <= c.obs.start and c.obs.end <= end]
    if inside and _summed_to_date(cands):
        # 上半年对美出口下降9.7% against January to May: a shorter span summed from the same start
        # is another sum, not an approximation of the text's
        inside = [c for c in inside if c.obs.start != start]
    if inside:
        if indicator.frequency == "daily":
            return inside, EXACT
        if indicator.stock and _covers(inside, (start, end)):
            # 1980年制造业就业1928万人: a level for a year is the level at some moment of it
            return inside, LEVEL
        return inside, INSIDE
    return [c for c in items if c.obs.start < end and start < c.obs.end], OVERLAP


def _from_year_start(obs: Observation) -> bool:
    """A January-to-date period spanning more than a month."""
    return obs.start.month == 1 and obs.start.day == 1 and (obs.end - obs.start).days > 31


def _period_end(period: tuple[dt.date, dt.date], indicator: Indicator) -> dt.date:
    """When the claimed period ends, in the series' own years: a calendar year of a fiscal or
    academic series is the year that ends in it (FY2025 ends on 1 October 2025)."""
    if indicator.frequency in _SPLIT_YEARS and _calendar_year(*period):
        month = indicator.fiscal_year_start or ACADEMIC_YEAR_START
        return dt.date(period[0].year, month, 1) if month > 1 else period[1]
    return period[1]


def _calendar_year(start: dt.date, end: dt.date) -> bool:
    return start.month == 1 and start.day == 1 and end == dt.date(start.year + 1, 1, 1)


def _released_by(cands: dict[str, _Candidate], as_of: dt.date) -> list[_Candidate]:
    """The periods released by the document date, oldest first."""
    return sorted(
        (c for c in cands.values() if c.vintage != "unpublished" and c.obs.start <= as_of),
        key=lambda c: (c.obs.end, c.obs.start),
    )


def _latest_then(cands: dict[str, _Candidate], day: dt.date) -> _Candidate | None:
    """The row a writer on ``day`` had as the latest of its series: of the periods over and
    released by then, the last."""
    out = [c for c in cands.values() if c.obs.end <= day and c.obs.published <= day]
    return max(out, key=lambda c: c.obs.end) if out else None


def _recent(cands: dict[str, _Candidate], as_of: dt.date, indicator: Indicator) -> list[_Candidate]:
    """For a figure given without a period ("now", "currently"): the periods released in the
    window before the document date that a writer could have taken as the latest, latest last."""
    released = _released_by(cands, as_of)
    if not released:
        return []
    if indicator.frequency == "event":
        return released[-1:]
    window = dt.timedelta(days=RECENT_DAYS.get(indicator.frequency, 366))
    latest_end = released[-1].obs.end
    if indicator.discontinued_after is not None and latest_end + window < as_of:
        return []  # a series stopped long before the text: its "now" is some other series'
    return [c for c in released if c.obs.end > latest_end - window]


def _from_now_on(draft: Draft, period: tuple[dt.date, dt.date], as_of: dt.date) -> bool:
    """A span written from the document date on (十年内 with a forward look, the next decade)."""
    return draft.time is not None and draft.time.granularity == Granularity.RANGE and period[0] >= as_of


def _revisable(draft: Draft, interval: Interval, obs: Observation, indicator: Indicator) -> bool:
    """A revision could have moved the first release of ``obs`` to it from a value the figure
    allows: within the indicator's ``revision_size``, or within IMPRECISE_SHARE without one."""
    value = _compare_value(draft, obs)
    if indicator.revision_size is not None:
        return interval.distance(value) <= indicator.revision_size
    return relative_gap(interval, value) <= IMPRECISE_SHARE


def _within_revision(
    draft: Draft, interval: Interval, released: list[_Candidate], indicator: Indicator
) -> _Candidate | None:
    """The period's only rows are revisions released after the document date and the figure is
    close enough to one that a revision could explain the gap: what was first published may
    have been the figure."""
    if not released or any(c.vintage != "later" for c in released):
        return None
    close = [c for c in released if _revisable(draft, interval, c.obs, indicator)]
    return close[0] if close else None


def _set_by(rows: list[Observation], period: tuple[dt.date, dt.date], as_of: dt.date) -> bool:
    """A target for ``period`` was announced by ``as_of`` (a coming year's target set in advance)."""
    return any(r.start < period[1] and period[0] < r.end and r.published <= as_of for r in rows)


def _claimed_interval(draft: Draft, indicator: Indicator) -> Interval:
    """The values the figure allows; a range against a series of one end of a range (the Fed's
    target range, 4%-4.25%) is that end only, so that both ends are checked, and exactly: the
    ends of a set range are the figures as written (4% is 4.00, not 3.5–4.5)."""
    if indicator.range_end is not None and draft.low is not None and draft.high is not None:
        end = draft.low if indicator.range_end == "low" else draft.high
        return claim_interval(end, Qualifier.EXACT, RANGE_END_PRECISION)
    qualifier = draft.mention.qualifier
    if (
        indicator.target
        and (draft.goal_worded or draft.expectation_word)
        and draft.low is None
        and draft.high is None
        and draft.mention.core_start == draft.mention.start
        and qualifier in (Qualifier.APPROX, Qualifier.MORE_THAN, Qualifier.AT_LEAST)
    ):
        # 1100万人以上的新增就业目标, 目标是2%左右: 以上 or 左右 written after a goal's number is the
        # goal's own wording (1200万人以上, 5%左右), so the number is the goal's value, not a bound or
        # an approximation of it; a bound written before it (首次低于3%), or below one (下调至3%以下),
        # still bounds it
        qualifier = Qualifier.EXACT
    interval = claim_interval(draft.value, qualifier, draft.precision, draft.low, draft.high)
    unit = draft.precision
    if (
        draft.mention.kind in _AMOUNTS
        and draft.mention.qualifier == Qualifier.EXACT
        and unit is not None
        and unit > 0
        and abs(draft.value) / unit >= TRUNCATED_FROM
    ):
        # 外匯存底5766億美元 for 5766.77億: a figure of many digits may be cut off, not rounded
        if draft.value >= 0:
            return Interval(interval.low, draft.value + unit)
        return Interval(draft.value - unit, interval.high)
    return interval


def _behind(latest: _Candidate, as_of: dt.date, indicator: Indicator) -> int:
    """How many periods after ``latest`` would have been released by ``as_of``: a figure given
    without a period may be about one the reference data does not hold yet. Series of sparse days
    and of events have no next period to expect."""
    step = PERIOD_DAYS.get(indicator.frequency)
    if step is None:
        return 0
    # the usual lag is the series' (`release_lag_days`); some countries publish sooner (China's
    # CPI about ten days after the month, the US's about two weeks): a period may be out up to
    # EARLY_RELEASE_DAYS before it, and never sooner than half of it
    lag = _lag(indicator)
    soonest = max(lag / 2, lag - dt.timedelta(days=EARLY_RELEASE_DAYS))
    return max(0, (as_of - soonest - latest.obs.end).days // step)


def _max_step(rows: list[Observation]) -> float | None:
    """The fastest the series has moved in one period (log), over consecutive released rows."""
    if len(rows) < 2 or any(o.value <= 0 for o in rows):
        return None
    length = rows[-1].end - rows[-1].start
    return max(
        abs(math.log(b.value / a.value)) / max(1.0, (b.start - a.start) / length) for a, b in pairwise(rows)
    )


def _out_of_reach(
    interval: Interval,
    recent: list[_Candidate],
    cands: dict[str, _Candidate],
    indicator: Indicator,
    periods: int,
) -> bool:
    """A level the series could not have reached from its recent values in ``periods`` periods
    (REACH_MARGIN times its fastest move per period plus REACH_FLOOR, per period): wrong whichever
    later period it is about. Rates of change can swing any way from one period to the next."""
    if indicator.change:
        return False
    step = _max_step([c.obs for c in _released_rows(cands)])
    if step is None or any(c.obs.value <= 0 for c in recent):
        return False
    reach = (REACH_MARGIN * step + REACH_FLOOR) * periods
    low = min(c.obs.value for c in recent) * Decimal(math.exp(-reach))
    high = max(c.obs.value for c in recent) * Decimal(math.exp(reach))
    return (interval.low is not None and interval.low > high) or (
        interval.high is not None and interval.high < low
    )


def _recent_window(cands: dict[str, _Candidate], as_of: dt.date, indicator: Indicator) -> list[_Candidate]:
    """Every period released in the window before the document date (for events, each value in
    effect during it), oldest first."""
    released = _released_by(cands, as_of)
    window = dt.timedelta(days=RECENT_DAYS.get(indicator.frequency, 366))
    before = [c for c in released if c.obs.start < as_of - window]
    inside = [c for c in released if c.obs.start >= as_of - window]
    if indicator.frequency == "event" and before:
        inside = [before[-1], *inside]  # the value in effect when the window opened
    return inside


def _compare_value(draft: Draft, obs: Observation) -> Decimal:
    """The reference value in the claim's terms (a deficit is the negated balance). A row
    rounded more coarsely than the figure (134.9 trillion against 1349084亿) stands for every
    value that rounds to it: the one nearest the figure is compared."""
    value = -obs.value if draft.deficit and obs.value < 0 < draft.value else obs.value
    if obs.rounding is not None and draft.precision is not None and draft.precision < obs.rounding:
        half = obs.rounding / 2
        return min(max(draft.value, value - half), value + half)
    return value


def _fmt(value: Decimal, unit: str) -> str:
    return format_value(value, unit)


def judge(
    draft: Draft,
    checker: Checker,
    as_of: dt.date,
    claim_period: tuple[dt.date, dt.date] | None,
    *,
    one_of_several: bool = False,
) -> Verdict:
    """The verdict on one claim.

    ``one_of_several``: the metric's name covers several series and this is one reading;
    a cumulative (year-to-date) reading whose row disagrees then counts as contradicted,
    since the other readings are judged too.
    """
    refdata = checker.refdata
    if draft.metric is None:
        wrong_currency = _wrong_currency(draft, checker, as_of, claim_period)
        if wrong_currency is not None:
            return wrong_currency
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.9,
            explanation="No reference series matches what this figure measures.",
        )
    indicator = refdata.indicators[draft.metric.id]
    match = draft.metric_score * (draft.entity_score if draft.entity_id else 0.0)
    if draft.entity_id is None or match < MATCH_THRESHOLD:
        what = indicator.names.en
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=round(0.9 - match * 0.3, 2),
            explanation=f"The figure may be about {what}, but whose figure it is, or which "
            "series it belongs to, is not clear enough to judge.",
        )
    if draft.denied:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"The text says {indicator.names.en} has not reached this level "
            f"({draft.denied}): it states no value of the series, so it is not checked.",
        )
    if draft.expectation and not indicator.target:
        return _verdict_of(
            status=S.FORECAST,
            confidence=0.75,
            explanation="The figure is an expectation or a goal the text reports, not a released "
            f"{indicator.names.en} figure; it is not checked against released values.",
        )
    rows = refdata.observations(indicator.id, draft.entity_id)
    entity = refdata.entities[draft.entity_id].names.en
    if not rows:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.85,
            explanation=f"No reference rows for {indicator.names.en} of {entity}.",
        )
    if (
        indicator.target
        and claim_period is None
        and draft.modality == Modality.FORECAST
        and not _set_by(rows, (as_of, as_of + dt.timedelta(days=1)), as_of)
    ):
        # Beijing is expected to set a growth target of around 5%, before this year's is set: the
        # coming target, not the last one
        return _verdict_of(
            status=S.FORECAST,
            confidence=0.75,
            explanation=f"The text looks ahead to a {indicator.names.en} not yet set at the document date "
            f"({as_of}); it is not checked against the last one.",
        )
    if (
        draft.mention.kind in _POINTS
        and claim_period is not None
        and claim_period[0] <= as_of < claim_period[1]
        and draft.modality in (Modality.FORECAST, Modality.HEDGED)
    ):
        # 点阵图仍显示今年可能降息3码: a change over a period not over, stated as a guess or a
        # forecast, is about the whole period, not the part of it gone by
        return _verdict_of(
            status=S.FORECAST,
            confidence=0.7,
            explanation=f"The text gives a change of {indicator.names.en} over a period not over at the "
            f"document date ({as_of}) as a forecast or a guess; forecasts are not checked.",
        )
    if draft.mention.kind in _POINTS and draft.base == "revision":
        return _revision(draft, checker, as_of, claim_period, match)
    if draft.mention.kind in _POINTS and not (claim_period is not None and claim_period[0] > as_of):
        return _level_change(draft, checker, as_of, claim_period, match)
    if (
        indicator.target
        and claim_period is not None
        and claim_period[1] > as_of
        and not any(r.start < claim_period[1] and claim_period[0] < r.end for r in rows)
    ):
        # 全年達到5%目標 in November 2023, with no 2023 target in the data: set in March or not,
        # the data cannot say
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"The reference data has no {indicator.names.en} of {entity} for the period "
            "the text names.",
        )
    if claim_period is not None and (
        # a period after the document date, or a span from it on (十年内, over the next decade)
        (not indicator.target and (claim_period[0] > as_of or _from_now_on(draft, claim_period, as_of)))
        # a target for a period not over, not yet announced at the document date
        or (indicator.target and claim_period[1] > as_of and not _set_by(rows, claim_period, as_of))
    ):
        what = (
            f"a target for a period not over and not yet set at the document date ({as_of})"
            if indicator.target
            else f"a period that starts after the document date ({as_of})"
            if claim_period[0] > as_of
            else f"a span that runs from the document date ({as_of}) into the future"
        )
        return _verdict_of(status=S.FORECAST, confidence=0.8, explanation=f"The figure is about {what}.")
    if not indicator.target and (
        (
            draft.modality == Modality.FORECAST
            and (
                claim_period is None
                or claim_period[1] > as_of
                # 4月尚未公布，我们预计在5.1%左右: a period over but not yet published, forecast; a row
                # out on the document's own day is one a forecast of it was written before (第二季GDP
                # 初值將在今晚公布，市場預估約成長0.5%)
                or not _published_for(
                    checker, indicator, draft.entity_id, claim_period, as_of - dt.timedelta(days=1)
                )
            )
        )
        or (
            # 8月青年失业率可能突破18% before August's figure is out: a guess, as a forecast is
            draft.modality == Modality.HEDGED
            and claim_period is not None
            and (
                not _published_for(checker, indicator, draft.entity_id, claim_period, as_of)
                # could hit 7% by the end of the year: a guess at the level a span still running ends at
                or (_level_at_end(draft) and claim_period[1] > as_of + dt.timedelta(days=1))
            )
        )
    ):
        return _verdict_of(
            status=S.FORECAST,
            confidence=0.7,
            explanation="The text states the figure as a forecast; forecasts are not checked.",
        )
    if draft.is_change and draft.mention.kind == QuantityKind.PERCENT and not indicator.change:
        return _span_change(draft, checker, as_of, claim_period, match)
    if draft.is_change and draft.mention.kind in _AMOUNTS and not indicator.change:
        return _level_difference(draft, checker, as_of, claim_period, match)
    cands = checker.candidates(indicator, draft.entity_id, as_of)
    exact_span = claim_period is not None and any(
        (c.obs.start, c.obs.end) == claim_period for c in cands.values()
    )
    read_at_end = claim_period is not None and not exact_span and _level_over_span(draft, indicator, cands)
    if read_at_end:
        # 四年至今…达到1160万人: a level reached over a span is the level at its end
        mode = RECENT
        if indicator.frequency in PERIOD_DAYS and not indicator.target and claim_period[1] < as_of:
            stated = _at_span_end(cands, claim_period, indicator, as_of)
        else:
            stated = _recent(cands, min(as_of, claim_period[1] - dt.timedelta(days=1)), indicator)
        if _summed_to_date(cands):
            # a series summed to date is read on the span itself (1-11月已突破1万亿美元 is no value
            # of a whole earlier year, of one month, or of January to October), or for a span to
            # the document date (so far this year), on the latest span from the same start
            to_date = abs((claim_period[1] - as_of).days) <= 1
            same_span = [
                c
                for c in stated
                if c.obs.start == claim_period[0]
                and (c.obs.end == claim_period[1] or (to_date and _latest_due(c, indicator, as_of)))
            ]
            stated = same_span or (stated if to_date else [])
            if not stated:
                return _verdict_of(
                    status=S.UNVERIFIABLE,
                    confidence=0.75,
                    explanation=f"The reference data has no {indicator.names.en} of {entity} summed over "
                    f"the span the text gives ({claim_period[0]} to {claim_period[1]}).",
                )
    elif claim_period is not None:
        stated, mode = _in_period(cands, *claim_period, indicator, as_of)
    else:
        stated, mode = _recent(cands, as_of, indicator), RECENT
    if (
        claim_period is not None
        and _period_end(claim_period, indicator) > as_of
        and mode != RECENT
        and not indicator.target
        and indicator.frequency not in _SO_FAR
        and not any(c.obs.end <= as_of or c.vintage == "published" for c in stated)
    ):
        return _verdict_of(
            status=S.FORECAST,
            confidence=0.75,
            explanation=f"The period the figure is about is not over at the document date ({as_of}); "
            "a figure for it is an estimate or a forecast.",
        )
    interval = _claimed_interval(draft, indicator)
    confidence_scale = 0.9 if draft.assumed_unit else 1.0
    if mode == LEVEL:  # read at one sub-period of the span
        confidence_scale *= LEVEL_FACTOR
    released = [c for c in stated if c.vintage != "unpublished"]
    hit = [c for c in released if interval.contains(_compare_value(draft, c.obs))]
    if hit and draft.mention.qualifier in BOUND_QUALIFIERS and not _plausible(draft, [c.obs for c in hit]):
        # 平均每个美国人背了11万多美元的债 against the $38 trillion debt: a bound the value clears by
        # orders of magnitude says nothing of it; the figure is about something else
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The figure bounds {indicator.names.en} of {entity} from a value more than "
            f"{format_number(PLAUSIBLE_FACTOR)}× away from it; it is probably about something else.",
        )
    if (
        not hit
        and indicator.frequency == "event"
        and draft.reached
        and claim_period is not None
        and mode != RECENT
        and _period_end(claim_period, indicator) > as_of
    ):
        # 聯準會10月底降到3.75%至4% in a text of 23 October: a move to the level may still come in the
        # period (a level said to hold, the range is 5% this month, is the one in effect)
        return _verdict_of(
            status=S.FORECAST,
            confidence=0.7,
            explanation=f"The period the figure is about is not over at the document date ({as_of}), and "
            f"a decision on {indicator.names.en} may still come in it; a figure for it is a forecast.",
        )
    if hit and (
        mode in (EXACT, RECENT, LEVEL)
        or (mode != CUMULATIVE and len(hit) == len(stated) and _not_summed(indicator))
    ):
        verdict = _verdict(
            S.SUPPORTED,
            # the latest fitting reading: of the decisions in effect during a month, the one made in it
            hit[-1] if mode == RECENT or indicator.frequency == "event" else hit[0],
            draft,
            checker,
            match * confidence_scale,
            interval,
            as_of,
        )
        return _level_note(verdict, stated, draft) if mode == LEVEL else verdict
    if (
        not hit
        and mode == EXACT
        and claim_period is not None
        and draft.time is not None
        and draft.time.as_of_then
    ):
        # core inflation was running at 3.3 percent at this time last year: the reading then latest
        then = _latest_then(cands, claim_period[1] - dt.timedelta(days=1))
        if then is not None and interval.contains(_compare_value(draft, then.obs)):
            verdict = _verdict(S.SUPPORTED, then, draft, checker, match * confidence_scale, interval, as_of)
            note = (
                f" The text gives the time the figure was current ({claim_period[0]:%Y-%m}); this was "
                "the latest reading published by then."
            )
            return verdict.model_copy(update={"explanation": verdict.explanation + note})
    if mode == RECENT and claim_period is None and draft.reached_after is not None:
        # 由4月中旬高峰的28%回落至17.8%: the end of a change from a dated start is some value
        # reached since that start, not necessarily the latest
        since = [c for c in _released_by(cands, as_of) if c.obs.end > draft.reached_after]
        fits = [c for c in since if interval.contains(_compare_value(draft, c.obs))]
        if fits:
            return _verdict(S.SUPPORTED, fits[-1], draft, checker, match * confidence_scale, interval, as_of)
    if mode == RECENT and claim_period is None and draft.past:
        # 此前维持在4.25%-4.5%, from the 5.25%-5.50% range it held: some earlier value, not the latest
        earlier = _recent_window(cands, as_of, indicator)
        fits = [c for c in earlier if interval.contains(_compare_value(draft, c.obs))]
        if fits:
            return _verdict(S.SUPPORTED, fits[-1], draft, checker, match * confidence_scale, interval, as_of)
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The text places the figure in the past without saying when; no "
            f"{indicator.names.en} value of {entity} in effect in the year before {as_of} matches it, "
            "but an older one may.",
        )
    behind = (
        _behind(released[-1], as_of, indicator) if mode == RECENT and claim_period is None and released else 0
    )
    if behind and not _out_of_reach(interval, released, cands, indicator, behind):
        latest = released[-1].obs
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.75,
            reference=checker.reference(latest),
            explanation=f"The text gives no period, and the reference data stops at {latest.period} "
            f"({_fmt(latest.value, latest.unit)}, released {latest.published}), a period or more before "
            f"the latest a writer could have seen on {as_of}; the figure may be about a later one.",
        )
    revised = _within_revision(draft, interval, released, indicator)
    if revised is not None:
        size = indicator.revision_size
        within = (
            f"{IMPRECISE_SHARE:.0%}"
            if size is None
            else f"{format_number(size)} points (the most a revision moves it)"
            if revised.obs.unit == "percent"
            else f"{_fmt(size, revised.obs.unit)} (the most a revision moves it)"
        )
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            reference=checker.reference(revised.obs),
            explanation=f"The only {indicator.names.en} row of {entity} for {revised.obs.period} "
            f"({_fmt(revised.obs.value, revised.obs.unit)}) was released on {revised.obs.published}, "
            f"after the document date {as_of}; the figure is within {within} of it, a gap "
            "a revision can make, so the value first published cannot be told from it.",
        )
    other = _other_periods(cands, claim_period, stated, as_of, indicator)
    # a name found less directly, or a bare number (no unit, its scale unwritten: aged 16 to 24
    # near "labor force"), is held to the series' scale
    loose = draft.metric_score < OWN_CLAUSE or (
        draft.mention.kind == QuantityKind.NUMBER and draft.mention.unit is None
    )
    # an amount a million times away from every value (one dollar against the federal budget) is
    # not a value of the series however directly it was named: no misstatement of scale goes so far
    amount = draft.mention.kind in _AMOUNTS and draft.mention.kind != QuantityKind.NUMBER
    factor = PLAUSIBLE_FACTOR if loose else SCALE_FACTOR
    if (loose or amount) and not _plausible(draft, [c.obs for c in (stated or other)], factor):
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The figure is more than {format_number(factor)}× away from every "
            f"{indicator.names.en} value of {entity} for that period; it is probably about something else.",
        )
    per_year = PERIODS_PER_YEAR.get(indicator.frequency)
    if (
        amount
        and per_year is not None
        and not indicator.stock
        and (stated or other)
        and all(
            abs(draft.value) > abs(_compare_value(draft, c.obs)) * per_year * SUMMED_SHARE
            for c in (stated or other)
        )
    ):
        # China's exports rebound in November as the trade surplus tops $1 trillion: the year's
        # surplus so far, not November's
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The figure is more than {format_number(per_year * SUMMED_SHARE)}× every "
            f"{indicator.frequency} {indicator.names.en} value of {entity} for that period; it is "
            "probably a total over several periods, which the text does not give.",
        )
    slower = _slower_pace(draft, indicator, [c.obs for c in (stated or other)])
    if slower is not None:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The figure is less than 1/{format_number(SLOWER_PACE_FACTOR)} of every "
            f"{indicator.names.en} value of {entity} for that period, and {slower}.",
        )
    if mode == CUMULATIVE:
        return _cumulative(draft, checker, match * confidence_scale, interval, as_of, stated, one_of_several)
    if mode in (INSIDE, OVERLAP) and stated:
        return _approximate_period(
            draft, checker, match * confidence_scale, interval, as_of, stated, mode, claim_period
        )
    fits_other = [c for c in other if interval.contains(_compare_value(draft, c.obs))]
    next_day = _event_next_to(draft, indicator, claim_period, stated, fits_other, interval, as_of)
    if next_day is not None:
        # 到4月9号暂缓部分关税…之后，最新估算约27%: the estimate of the day after the one named
        verdict = _verdict(S.SUPPORTED, next_day, draft, checker, match * EVENT_SLACK_FACTOR, interval, as_of)
        return verdict.model_copy(
            update={
                "explanation": f"{verdict.explanation} The row is of {next_day.obs.period}, within "
                f"{EVENT_SLACK_DAYS} days of the day the text names ({claim_period[0]}): the estimate made "  # type: ignore[index]
                "after a move may be dated a day later."
            }
        )
    if not released and not fits_other and claim_period is not None:
        beyond = _beyond_reach(draft, checker, cands, claim_period, interval, match)
        if beyond is not None:
            return beyond
    if stated and not released:
        # a figure at (or a hair from) the last published period, given for one not yet out; not a
        # revision released after the document date, which the writer did not see either
        known = [c for c in other if c.vintage == "published"]
        near_other = [c for c in fits_other if c.vintage == "published"]
        if any(interval.contains(_compare_value(draft, c.obs)) for c in stated):
            # 5月份出口约3161亿美元 on the day customs released it, against a row whose release date
            # is an upper bound: the text has the period's own value, so it is misdated by nothing
            near_other = []
        elif not near_other and draft.mention.qualifier not in BOUND_QUALIFIERS:
            # a bound is met or not: debt that topped $38 trillion this month is no hair-width misdating
            # of $37.64 trillion at the end of the last
            near_other = [
                c for c in known if relative_gap(interval, _compare_value(draft, c.obs)) <= RELABEL_SHARE
            ][-1:]
        if near_other:
            return _verdict(
                S.PERIOD_MISMATCH, near_other[-1], draft, checker, match, interval, as_of, stated[0]
            )
        early = _early_first_release(stated[0], indicator, as_of)
        if early is not None:
            return early
        return _verdict(S.NOT_YET_PUBLISHED, stated[0], draft, checker, match, interval, as_of)
    latest = earliest = None
    if fits_other and not stated and claim_period is not None and cands:
        latest = max(cands.values(), key=lambda c: c.obs.start).obs
        earliest = min(cands.values(), key=lambda c: c.obs.start).obs
    if (
        latest is not None
        and earliest is not None
        and claim_period is not None
        and (
            (indicator.discontinued_after is None and claim_period[0] > latest.start)
            or claim_period[1] <= earliest.start
        )
    ):
        # 12月为5.1% when the data stops at October's 5.1%, or 2022年10月CPI上涨2.1% when it starts
        # in 2023: no row for the period says nothing of which period the figure fits better
        other_obs = _closest(fits_other, claim_period).obs
        edge = (
            f"its latest is {latest.period}"
            if claim_period[0] > latest.start
            else f"its earliest is {earliest.period}"
        )
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The reference data has no {indicator.names.en} row of {entity} for the period "
            f"the text names ({edge}); the figure matches {other_obs.period} "
            f"({_fmt(other_obs.value, other_obs.unit)}), which says nothing of the period the text names.",
        )
    if (
        fits_other
        and not stated
        and claim_period is not None
        and not draft.from_shared
        and any(c.obs.start >= claim_period[1] for c in cands.values())
        and any(c.obs.start < claim_period[0] for c in cands.values())
    ):
        # October's unemployment rate, never published (a shutdown), or a row the data lacks: a
        # period with rows on both sides and none of its own says nothing of the figure
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"The reference data has no {indicator.names.en} row of {entity} for the period "
            "the text names, though it has rows before and after it; the figure is not checked.",
        )
    if draft.from_shared and claim_period is not None:
        # 今年CPI目标从3%下修到2%: the from-end of a change written after its time is the value
        # the period before had, which the text does not name
        previous = _previous_row(other, claim_period)
        if previous is not None and previous in fits_other:
            return _verdict(S.SUPPORTED, previous, draft, checker, match, interval, as_of)
        if not stated or not any(interval.contains(_compare_value(draft, c.obs)) for c in stated):
            return _verdict_of(
                status=S.UNVERIFIABLE,
                confidence=0.7,
                explanation="The figure is where a change started, the value of a period before the one "
                "the text names; the text does not say which, so it is not checked.",
            )
    within = [c for c in fits_other if read_at_end and _inside(c, claim_period)]
    if within and not draft.reached:
        # 年初时CPI升幅只有1.4% (January's, in a span of January and February read at its end): the
        # level of a period the span holds is one the text's words cover, only less sharply
        verdict = _verdict(S.SUPPORTED, within[-1], draft, checker, match * LEVEL_FACTOR, interval, as_of)
        return verdict.model_copy(
            update={
                "explanation": f"{verdict.explanation} The row is of {within[-1].obs.period}, inside the "
                "span the text names; the level at the span's end differs."
            }
        )
    fiscal = _fiscal_alternative(draft, indicator, as_of)
    closing = [c for c in fits_other if fiscal is not None and _closes(c, fiscal)]
    if closing:
        # total receipts rose to $5.235 trillion last year, said in November 2025: the fiscal year
        # over by then (FY2025) is as much "last year" as the one ending in the calendar year before
        verdict = _verdict(
            S.SUPPORTED, closing[-1], draft, checker, match * FISCAL_READING_FACTOR, interval, as_of
        )
        return verdict.model_copy(
            update={
                "explanation": f"{verdict.explanation} The text's time, written {as_of}, may also name the "
                f"fiscal year that ended on {fiscal[1] - dt.timedelta(days=1)}, which the row is of."  # type: ignore[index]
            }
        )
    if fits_other:
        return _verdict(
            S.PERIOD_MISMATCH,
            _closest(fits_other, claim_period),
            draft,
            checker,
            match,
            interval,
            as_of,
            released[-1] if released else None,
        )
    if not released:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"No {indicator.names.en} figure of {entity} for that period.",
        )
    upcoming = (
        _next_release(cands, released)
        # a setting's next move is a future decision, not a figure out later (a range the Fed set in
        # December, given for its October move, is wrong)
        if claim_period is None and mode == RECENT and indicator.frequency in PERIOD_DAYS
        else None
    )
    if upcoming is not None and interval.contains(_compare_value(draft, upcoming.obs)):
        # youth unemployment is still 16.1%, four days before November's 16.1% came out: the figure
        # of the period after the latest released, which the text gives before its release
        return _verdict(S.NOT_YET_PUBLISHED, upcoming, draft, checker, match, interval, as_of)
    year_off = _year_off(draft, cands, claim_period, interval, as_of)
    if year_off is not None and released:
        # 2023年经济增长1.4%，1月CPI年增1.8% in February 2024: a month whose year the text carried
        # from another figure's may be of the year after (or before), the latest released
        return _not_faulted(
            checker,
            released[-1].obs,
            f"The text does not write the year of its period but carries it from an earlier time; the "
            f"figure fits {year_off.obs.period} ({_fmt(year_off.obs.value, year_off.obs.unit)}), the same "
            "period a year away, so it is not faulted.",
            cited=year_off.obs,
        )
    best = min(released, key=lambda c: relative_gap(interval, _compare_value(draft, c.obs)))
    earlier = _earlier_estimate(draft, checker, best, interval, as_of)
    if earlier is not None:
        return _verdict(S.SUPPORTED, earlier, draft, checker, match, interval, as_of, best)
    later = _later_estimate(draft, checker, best, interval, as_of)
    if later is not None:
        return _not_faulted(
            checker,
            best.obs,
            f"The text's figure is the estimate released on {later.published}, after the document date "
            f"{as_of}; an estimate between the two, which the reference data lacks, may have given it "
            "first, so it is not faulted.",
            released=True,
            cited=later,
        )
    bracketing = _bracketing_estimate(draft, checker, indicator, best, interval, as_of)
    if bracketing is not None:
        return _not_faulted(
            checker,
            best.obs,
            f"The text's figure lies between this estimate and the one released on {bracketing.published}, "
            f"after the document date {as_of}; the estimate due between them, which the reference data "
            "lacks, may have given it, so it is not faulted.",
            released=True,
            cited=bracketing,
        )
    if _unsigned_fall(draft, indicator, interval, _compare_value(draft, best.obs)):
        return _not_faulted(
            checker,
            best.obs,
            "The text's figure has the size of that fall, but no word or sign of the text says which way "
            "it moved, so it is not faulted.",
        )
    if relative_gap(interval, _compare_value(draft, best.obs)) <= IMPRECISE_SHARE:
        due = _estimate_due(draft, checker, indicator, best, as_of)
        if due is not None:
            return _not_faulted(
                checker,
                best.obs,
                f"The next estimate of that period was due about {due}, before the document date {as_of}, "
                "and the reference data lacks it; the text's figure, close to this one, may be that "
                "estimate's, so it is not faulted.",
                released=True,
            )
        verdict = _verdict(S.IMPRECISE, best, draft, checker, match * confidence_scale, interval, as_of)
    else:
        if draft.year_ago_beside and indicator.change_base == "year_ago":
            return _not_faulted(
                checker,
                best.obs,
                "The text names no base for this change, and gives the change from a year before "
                "for another figure of the series in the paragraph: this may be a change from the "
                "period before, so it is not faulted.",
            )
        other = _other_series_fit(draft, checker, indicator, best.obs, claim_period, interval)
        if other is not None:
            return _not_faulted(
                checker,
                best.obs,
                f"That is not the text's figure, but {checker.refdata.indicators[other.indicator].names.en} "
                f"for {other.period} is ({_fmt(other.value, other.unit)}), which the text's words may mean, "
                "so it is not faulted.",
            )
        verdict = _verdict(S.CONTRADICTED, best, draft, checker, match * confidence_scale, interval, as_of)
    return _level_note(verdict, stated, draft) if mode == LEVEL else verdict


def _year_off(
    draft: Draft,
    cands: dict[str, _Candidate],
    claim_period: tuple[dt.date, dt.date] | None,
    interval: Interval,
    as_of: dt.date,
) -> _Candidate | None:
    """A released row the figure fits for the claimed period a year later or earlier, when the
    text carried the period's year from another time instead of writing it."""
    if claim_period is None or draft.time is None or not draft.time.year_carried:
        return None
    shifted = {(add_years(claim_period[0], step), add_years(claim_period[1], step)) for step in (1, -1)}
    fits = [
        c
        for c in cands.values()
        if (c.obs.start, c.obs.end) in shifted
        and c.vintage == "published"
        and c.obs.published <= as_of
        and interval.contains(_compare_value(draft, c.obs))
    ]
    return fits[-1] if fits else None


def _not_faulted(
    checker: Checker, row: Observation, why: str, *, released: bool = False, cited: Observation | None = None
) -> Verdict:
    """`unverifiable`, after the row the figure was read against (``cited``, if given, is the row the
    verdict cites): the value, perhaps its release date, then ``why`` the figure is not faulted."""
    indicator = checker.refdata.indicators[row.indicator]
    entity = checker.refdata.entities[row.entity].names.en
    when = f" (released {row.published})" if released else ""
    return _verdict_of(
        status=S.UNVERIFIABLE,
        confidence=0.7,
        reference=checker.reference(cited or row),
        explanation=f"{indicator.names.en}, {entity}, {row.period}: {_fmt(row.value, row.unit)}{when}. {why}",
    )


def _name_words(name: str) -> set[str]:
    """The words of a series' name, to tell whether two names share one: Latin words of four
    letters or more, case-folded, and each pair of Han characters next to each other (赤字)."""
    words = {w.lower() for w in _LATIN_WORD.findall(name) if len(w) >= 4}
    for run in _HAN_RUN.findall(name):
        words |= {run[i : i + 2] for i in range(len(run) - 1)}
    return words


def _other_series_fit(
    draft: Draft,
    checker: Checker,
    indicator: Indicator,
    row: Observation,
    claim_period: tuple[dt.date, dt.date] | None,
    interval: Interval,
) -> Observation | None:
    """*The annual deficit barely moved — $901.5 billion last year* under a heading on trade: an
    amount that the series read contradicts but another series of the entity, in the same unit and
    for the same span, holds to its stated precision is more likely that series' than wrong. A
    rate or a bound may match another series by chance; an amount to four digits seldom does."""
    if (
        draft.mention.kind not in _AMOUNTS
        or draft.entity_id is None
        or draft.mention.qualifier in BOUND_QUALIFIERS  # a bound is met by many values
    ):
        return None
    span = claim_period or (row.start, row.end)
    refdata = checker.refdata
    said = _name_words(draft.metric.surface if draft.metric is not None else "")
    for other in refdata.indicators.values():
        if other.id == indicator.id or other.unit != indicator.unit or other.target:
            continue
        if not said & checker.name_words(other):
            continue  # …and whose names share a word with the text's (deficit: the trade deficit)
        for r in refdata.observations(other.id, draft.entity_id):
            shared = (min(r.end, span[1]) - max(r.start, span[0])).days
            if shared * 2 >= min((r.end - r.start).days, (span[1] - span[0]).days) > 0 and interval.contains(
                _compare_value(draft, r)
            ):
                return r
    return None


def _event_next_to(
    draft: Draft,
    indicator: Indicator,
    claim_period: tuple[dt.date, dt.date] | None,
    stated: list[_Candidate],
    fits_other: list[_Candidate],
    interval: Interval,
    as_of: dt.date,
) -> _Candidate | None:
    """For a series dated by events (estimates on the day of each policy move), a figure given
    for a day that fits no row of that day but one within EVENT_SLACK_DAYS of it, published by the
    document date: the text's day is the move's, the row's the estimate's (or a time zone away)."""
    if (
        indicator.frequency != "event"
        or claim_period is None
        or (claim_period[1] - claim_period[0]).days != 1
    ):
        return None
    if any(interval.contains(_compare_value(draft, c.obs)) for c in stated):
        return None
    near = [
        c
        for c in fits_other
        if c.obs.published <= as_of and abs((c.obs.start - claim_period[0]).days) <= EVENT_SLACK_DAYS
    ]
    return min(near, key=lambda c: abs((c.obs.start - claim_period[0]).days)) if near else None


def _estimate_due(
    draft: Draft, checker: Checker, indicator: Indicator, known: _Candidate, as_of: dt.date
) -> dt.date | None:
    """When the next estimate of ``known``'s period (a series of successive estimates: the
    indicator's ``estimate_interval_days``) was due by the document date and the reference data has
    none released between ``known`` and that date: the day it was due; None otherwise."""
    if indicator.estimate_interval_days is None or known.vintage != "published" or draft.entity_id is None:
        return None
    due = known.obs.published + dt.timedelta(days=indicator.estimate_interval_days)
    if due - ESTIMATE_SLIP > as_of:
        return None
    rows = checker.refdata.observations(known.obs.indicator, draft.entity_id)
    if any(r.period == known.obs.period and known.obs.published < r.published <= as_of for r in rows):
        return None
    return due


def _earlier_estimate(
    draft: Draft, checker: Checker, latest: _Candidate, interval: Interval, as_of: dt.date
) -> _Candidate | None:
    """An estimate of the period released before the row known at the document date, which the
    figure matches (第3季GDP初值年化成长2.8%, the advance estimate, on the day the third estimate
    revised it to 3.1%): the figure was the official one, so it is not contradicted."""
    fits = [
        r
        for r in _estimates_fitting(draft, checker, latest, interval)
        if r.published < latest.obs.published and r.published <= as_of
    ]
    return _Candidate(max(fits, key=lambda r: r.published), "earlier") if fits else None


def _estimates_fitting(
    draft: Draft, checker: Checker, known: _Candidate, interval: Interval
) -> list[Observation]:
    """The rows of ``known``'s period (every estimate of it) that the figure matches, when
    ``known`` is the row published by the document date."""
    if known.vintage != "published" or draft.entity_id is None:
        return []
    rows = checker.refdata.observations(known.obs.indicator, draft.entity_id)
    return [r for r in rows if r.period == known.obs.period and interval.contains(_compare_value(draft, r))]


def _early_first_release(stated: _Candidate, indicator: Indicator, as_of: dt.date) -> Verdict | None:
    """The row of the text's period is a later vintage (released well after the series' usual lag),
    and the document is dated within EARLY_RELEASE_DAYS of when a first release usually comes: that
    first release, which the data lacks, may well have been out (the US jobless rate of September,
    out on 4 October, in a text of 5 October, against a row of two years later). Unverifiable, not
    "not yet published"; None otherwise."""
    obs = stated.obs
    usual = obs.end + _lag(indicator)
    if obs.published <= usual + FIRST_RELEASE_SLIP or as_of < usual - dt.timedelta(days=EARLY_RELEASE_DAYS):
        return None
    return _verdict_of(
        status=S.UNVERIFIABLE,
        confidence=0.7,
        explanation=f"The reference row for {obs.period} is a later vintage (released {obs.published}); "
        f"the first release, usually out about {_lag(indicator).days} days after the period, may have been "
        f"out by the document date ({as_of}), and the reference data does not have it.",
    )


def _published_for(
    checker: Checker,
    indicator: Indicator,
    entity: str | None,
    period: tuple[dt.date, dt.date],
    as_of: dt.date,
) -> bool:
    """A row of ``period`` (or one inside it) was out by ``as_of``, by the vintages known then
    (released, or a later revision of a period long released: a row's release date may be a
    later source's)."""
    cands = checker.candidates(indicator, entity, as_of) if entity is not None else {}
    if not cands or period[0] < min(c.obs.start for c in cands.values()):
        return True  # no series to tell from, or a period before it starts: as if published
    # the year's deficit, likely around $900 billion, with its months out and not the year: the
    # period's own row, where the series has one, decides
    own = [c for c in cands.values() if c.obs.start == period[0] and c.obs.end == period[1]]
    return any(
        period[0] <= c.obs.start and c.obs.end <= period[1] and c.vintage != "unpublished"
        for c in (own or cands.values())
    )


def _later_estimate(
    draft: Draft, checker: Checker, known: _Candidate, interval: Interval, as_of: dt.date
) -> Observation | None:
    """An estimate of the period released after the document date that the figure matches, when
    the one known then does not (二季度GDP按年率增长3.0% on 20 September, between the advance 2.8%
    and the third estimate 3.0% of 26 September: the second estimate of 29 August, which the data
    lacks, said 3.0%). A misstatement seldom lands on a later revision; an unlisted estimate often does."""
    fits = [r for r in _estimates_fitting(draft, checker, known, interval) if r.published > as_of]
    return min(fits, key=lambda r: r.published) if fits else None


def _bracketing_estimate(
    draft: Draft,
    checker: Checker,
    indicator: Indicator,
    known: _Candidate,
    interval: Interval,
    as_of: dt.date,
) -> Observation | None:
    """A later estimate of the period, released after the document date, such that the figure lies
    between it and the one known then, when the estimate due between them is missing from the data
    (三季度GDP修正值2.9% on 20 December, between the advance 2.6% and the third estimate 3.2% of 22
    December: the second estimate of 30 November said 2.9%)."""
    if _estimate_due(draft, checker, indicator, known, as_of) is None:
        return None
    value = _compare_value(draft, known.obs)
    rows = checker.refdata.observations(known.obs.indicator, draft.entity_id)  # type: ignore[arg-type]
    later = sorted(
        (r for r in rows if r.period == known.obs.period and r.published > as_of), key=lambda r: r.published
    )
    for row in later:
        low, high = sorted((value, _compare_value(draft, row)))
        if interval.reaches(low, high):
            return row
    return None


def _unsigned_fall(draft: Draft, indicator: Indicator, interval: Interval, value: Decimal) -> bool:
    """A change the text gives as a bare size (shipments were off 20%, with a word for falling the
    rules do not know) that a fall of the reference row matches: the sign was read, not written."""
    return bool(
        indicator.change
        and not draft.direction_stated
        and draft.value > 0 > value
        and interval.contains(-value)
    )


def _not_summed(indicator: Indicator) -> bool:
    """Values of shorter periods that a longer period repeats rather than adds up: rates, shares,
    indices and levels (a month of 50,000 hires is not a year of 50,000)."""
    return indicator.stock or indicator.kind not in ("count", "currency", "measure")


def _level_note(verdict: Verdict, stated: list[_Candidate], draft: Draft) -> Verdict:
    """Say that a level series was read at its closest sub-period, and the range it took."""
    values = [_compare_value(draft, c.obs) for c in stated]
    unit = stated[0].obs.unit
    grain = stated[0].obs.granularity.value
    note = (
        f" A level for a longer span is read at its closest {grain}; over the span it ranged "
        f"from {_fmt(min(values), unit)} to {_fmt(max(values), unit)}."
    )
    return verdict.model_copy(update={"explanation": verdict.explanation + note})


def _at_span_end(
    cands: dict[str, _Candidate], period: tuple[dt.date, dt.date], indicator: Indicator, as_of: dt.date
) -> list[_Candidate]:
    """In a series of every month (quarter, year), the level at the end of a past span: that of
    the period ending with it (2019-2023: 2023's; 10月底: October's). A span ending well inside a
    period (前三季 of a yearly series), or whose last period has no row though later ones have
    (October's, never published), has none; a span of several periods with no row at its end yet,
    the latest released before, if a later one was not yet due at ``as_of`` (2025年底 in January
    2026 is December's, which the data may lack, not October's)."""
    step = dt.timedelta(days=PERIOD_DAYS[indicator.frequency])
    rows = sorted(cands.values(), key=lambda c: c.obs.start)
    last_day = period[1] - dt.timedelta(days=1)
    holding = [c for c in rows if c.obs.start <= last_day < c.obs.end]
    ending = [c for c in holding if c.obs.end - period[1] <= max(dt.timedelta(days=3), step / 10)]
    if any(c.vintage == "unpublished" for c in ending):
        # 1到2月的失业率 five days before February's came out: the level at the end, not yet released
        return ending
    holding = [c for c in holding if c.vintage != "unpublished"]
    ending = [c for c in ending if c.vintage != "unpublished"]
    if ending or holding:
        return ending
    released = [c for c in rows if c.vintage != "unpublished"]
    if period[1] - period[0] < step or any(c.obs.start > last_day for c in released):
        return []
    before = [c for c in released if c.obs.end <= period[1]]
    return [c for c in before[-1:] if _latest_due(c, indicator, as_of)]


def _latest_due(cand: _Candidate, indicator: Indicator, as_of: dt.date) -> bool:
    """The row is the latest of its series a text of ``as_of`` could quote: the next period's row
    was not yet due (its period over, plus the release lag). So far this year, said in December, is
    not January to May because the data lacks the months since."""
    step = PERIOD_DAYS.get(indicator.frequency)
    if step is None:
        return True
    return as_of - cand.obs.end <= dt.timedelta(days=step) + _lag(indicator)


def _level_at_end(draft: Draft) -> bool:
    """A level (not a change) governed by a span of time (过去四年, 2019-2023): the level at its end."""
    return draft.time is not None and draft.time.granularity == Granularity.RANGE and not draft.is_change


def _summed_to_date(cands: dict[str, _Candidate]) -> bool:
    """The series has spans of several lengths from one start: values summed from the start of a
    year to each month (January to September, January to October…)."""
    starts = Counter(c.obs.start for c in cands.values() if c.obs.granularity == Granularity.RANGE)
    return any(n > 1 for n in starts.values())


def _level_over_span(draft: Draft, indicator: Indicator, cands: dict[str, _Candidate]) -> bool:
    """A level over a span is the level at its end, except a setting (an event series: the rate
    in effect) which holds through the span (处于5.25%-5.5% from July 2023 to September 2024), and
    a flow of single periods, which over a span is a sum (前三季度国内生产总值1015036亿元 is no
    year's GDP) unless a word of reaching says it is the end's (四年至今…达到1160万人). A series
    summed to date (the deficit so far this fiscal year) is read at the span's end. A rate of change
    over a span written as its periods (1-2月CPI是-0.1%) covers them all: it is no one period's."""
    return (
        _level_at_end(draft)
        and not draft.averaged  # 1至9月…平均值为5.3%: the mean of the span's periods
        and not (indicator.change and draft.time is not None and draft.time.whole_periods)
        and indicator.frequency != "event"
        and (
            _not_summed(indicator)
            or draft.reached
            or any(c.obs.granularity == Granularity.RANGE for c in cands.values())
        )
    )


def _slower_pace(draft: Draft, indicator: Indicator, rows: list[Observation]) -> str | None:
    """Why a rise or fall far below every value of the series (by SLOWER_PACE_FACTOR, of the same
    sign) may be another measure of the change, which the data does not hold, as likely as a wrong
    figure: one from the period before, for a series of changes from a year before whose change
    from the period before is quoted as often (`previous_period_quoted`: CPI rose 0.4% in
    September), its clause saying nothing of a year before; or one not at a yearly pace, for an
    annualised series, its clause saying nothing of annualising (US GDP grew 0.7% in Q3)."""
    if not draft.is_change or not rows:
        return None
    if indicator.previous_period_quoted and not draft.year_ago_said:
        why = "the text does not say the change is from a year before: it may be one from the period before"
    elif indicator.annualised and not draft.annualising_said:
        why = "the text does not say the change is at a yearly pace: it may be the one over the period itself"
    else:
        return None
    value = draft.value
    slower = all(
        abs(value) * SLOWER_PACE_FACTOR < abs(ref) and (value >= 0) == (ref >= 0)
        for ref in (_compare_value(draft, obs) for obs in rows)
    )
    return why if slower else None


def _plausible(draft: Draft, rows: list[Observation], factor: Decimal = PLAUSIBLE_FACTOR) -> bool:
    """The figure is within ``factor`` of some value of the series (same sign)."""
    if not rows:
        return True  # nothing to compare with: no reason to doubt the match
    value = abs(draft.value)
    for obs in rows:
        ref = abs(_compare_value(draft, obs))
        if ref == 0 or value == 0:
            return True
        if ref / factor <= value <= ref * factor:
            return True
    return False


def _stated_base_end(draft: Draft, start: dt.date) -> dt.date:
    """Where a change of a setting is measured from: the end of the base the text names, when
    that ends by ``start`` (the day or period the change is said of), else ``start``."""
    base = draft.base_period
    return base[1] if draft.base == "stated" and base is not None and base[1] <= start else start


def _level_change(
    draft: Draft, checker: Checker, as_of: dt.date, period: tuple[dt.date, dt.date] | None, match: float
) -> Verdict:
    """降息100个基点 in 2024, 失业率上升0.2个百分点: a change in points against the series' level
    before the period and at its end (or at the document date, for a period not over)."""
    indicator = checker.refdata.indicators[draft.metric.id]  # type: ignore[union-attr]
    cands = checker.candidates(indicator, draft.entity_id or "", as_of)
    rows = sorted(
        (c for c in cands.values() if c.vintage != "unpublished" and c.obs.start <= as_of),
        key=lambda c: (c.obs.start, c.obs.end),
    )
    decision = None if draft.cumulative else _decision_of_day(draft, indicator, rows, period, as_of)
    undated = period is None  # read against the decision nearest the document date, if any
    if decision is not None:
        # 12月11日…下调25个基点, a headline's 降息50个基点: the change made at the decision of the
        # day (or of a day or two before, a time zone or a morning report away)
        until = [c for c in rows if c.obs.start <= decision.obs.start]
        period = (decision.obs.start, decision.obs.start + dt.timedelta(days=1))
        # 12月10日降到3.50%—3.75%，比2024年底低了75个基点: from the setting in force at the end of
        # the base the text names, not from the decision before
        before = [c for c in rows if c.obs.start < _stated_base_end(draft, period[0])]
    setting_year_ago = decision is None and indicator.frequency == "event" and draft.base == "year_ago"
    if period is None and setting_year_ago:  # 目标区间比一年前低0.75个百分点: now against a year before
        period = (as_of, as_of + dt.timedelta(days=1))
    if period is None:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"A change of {indicator.names.en} in points needs the span it happened over; "
            "the text gives none.",
        )
    end_at = min(period[1], as_of + dt.timedelta(days=1))
    if setting_year_ago:
        # the setting at the period's end against the one in force a year before, whatever moves
        # came between (lower than a year ago by 0.75 points: three cuts, not the last one)
        before = [c for c in rows if c.obs.start < _year_before(end_at)]
        until = [c for c in rows if c.obs.start < end_at]
    elif decision is None and indicator.frequency == "event":
        # lower than at the end of 2024 by 0.75 points: from the setting in force then
        before = [c for c in rows if c.obs.start < _stated_base_end(draft, period[0])]
        until = [c for c in rows if c.obs.start < end_at]
    elif decision is None:
        before = [c for c in rows if c.obs.end <= period[0]]
        until = [c for c in rows if c.obs.end <= end_at]
    within = [c for c in until if c.obs.start >= period[0] and c.obs.end <= period[1]]
    if draft.cumulative and indicator.frequency == "event" and len(within) < 2:
        # 9月累计降息50个基点 read against September alone: a sum of several moves over a period
        # that holds one decision means the period was read wrongly, not that the sum is wrong
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.75,
            explanation=f"The text calls the change cumulative, but the period read for it holds "
            f"{'one decision' if within else 'no decision'} of {indicator.names.en}; the span it sums "
            "over is not clear.",
        )
    # a span the series has a row of its own for (上半年…比一季度加快1.0个百分点: the half's row), with
    # a base the text names: that row is the change's end, not the last period inside the span
    exact = [c for c in within if (c.obs.start, c.obs.end) == (period[0], period[1])]
    if indicator.frequency != "event" and exact and draft.base in ("year_ago", "stated"):
        base = (
            (_year_before(period[0]), _year_before(period[1]))
            if draft.base == "year_ago"
            else draft.base_period
        )
        if any((c.obs.start, c.obs.end) == base for c in rows):
            within = until = exact
    # one period of the series (9月份…下降0.1个百分点): the change is from the base the text names
    single = indicator.frequency != "event" and len({(c.obs.start, c.obs.end) for c in within}) == 1
    lacking = "before or at the end of the period"
    if not single and len(within) > 1 and draft.base == "year_ago":
        # 前三季度…平均值为5.1%，比上年同期下降0.2个百分点: the span against the same span a year
        # before compares two averages, not the series' values at the span's ends
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.75,
            explanation=f"The change compares {indicator.names.en} over several periods with the same "
            "periods a year before (their averages or totals), which the reference data does not hold.",
        )
    if single and draft.base in ("year_ago", "stated"):
        start, end = within[-1].obs.start, within[-1].obs.end
        if draft.base == "year_ago":
            start, end = _year_before(start), _year_before(end)
        else:
            start, end = draft.base_period  # type: ignore[misc]
        before = [c for c in rows if (c.obs.start, c.obs.end) == (start, end)][-1:]
        lacking = "for the period the change is measured from"
    if not before or not until or until[-1] is before[-1]:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.75,
            explanation=f"The reference data lacks {indicator.names.en} {lacking}.",
        )
    first, last = before[-1], until[-1]
    change = last.obs.value - first.obs.value
    claimed, interval = _points_claimed(draft)
    moved = (
        f"{indicator.names.en}: {_fmt(first.obs.value, first.obs.unit)} ({first.obs.period}) to "
        f"{_fmt(last.obs.value, last.obs.unit)} ({last.obs.period}, released {last.obs.published}), "
        f"a change of {format_number(change)} percentage points ({format_number(change * 100)} basis points)."
    )
    gap = relative_gap(interval, abs(change)) if change else Decimal(1)
    # 自2022年3月開始、累計525個基點的升息循環 read to a document date after the first cut: with
    # moves both ways in the span, the text's total may count its own direction's moves only
    steps = [b.obs.value - a.obs.value for a, b in zip([first, *within], within, strict=False)]
    both_ways = indicator.frequency == "event" and any(s > 0 for s in steps) and any(s < 0 for s in steps)
    one_way = sum(s for s in steps if (s < 0) == (draft.value < 0))
    if both_ways and not interval.contains(abs(change)) and interval.contains(abs(one_way)):
        return _verdict_of(
            status=S.SUPPORTED,
            confidence=round(0.5 + 0.35 * match, 2),
            reference=checker.reference(last.obs),
            explanation=f"{moved} The moves in that span go both ways; those in the text's direction add "
            f"up to {format_number(abs(one_way))} points, as the text says.",
        )
    if interval.contains(abs(change)):
        status, confidence, tail = S.SUPPORTED, 0.55 + 0.4 * match, "The text's change agrees."
    elif "later" in (first.vintage, last.vintage):
        # 美国10月失业率为3.7%，较9月上升0.2个百分点, 增速比2022年加快2.2个百分点 against rows revised
        # years later: the change known when the text was written may differ, by a little or more
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            reference=checker.reference(last.obs),
            explanation=f"{moved} The text says {format_number(claimed)} points; these are later "
            "revisions, so the change known at the time may differ.",
        )
    elif gap <= IMPRECISE_SHARE:
        status, confidence, tail = (
            S.IMPRECISE,
            0.5 + 0.3 * match,
            f"The text's change is off by {float(gap):.1%}.",
        )
    elif single and draft.base is None:
        # with no base written, the period before is a guess (the move may be from a year before)
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.6,
            explanation=f"{moved} The text says {format_number(claimed)} points but not what the change "
            "is measured from; against the period before it does not fit.",
        )
    elif both_ways:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.65,
            explanation=f"{moved} The moves in that span go both ways; the text's "
            f"{format_number(claimed)} points may count some of them only.",
        )
    elif undated and claimed > abs(change):
        # 为何联储局减息1厘之后…: a change with no time of its own, larger than the latest decision's,
        # may sum several moves; that decision alone does not fault it
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.65,
            explanation=f"{moved} The text gives no time for its {format_number(claimed)} points; they "
            "may sum several moves, so the latest decision alone does not fault them.",
        )
    else:
        confidence = (0.5 + 0.45 * min(1.0, float(gap) / 0.3)) * match
        status, tail = S.CONTRADICTED, f"The text says {format_number(claimed)} points."
    return _verdict_of(
        status=status,
        confidence=round(min(confidence, 0.97), 2),
        reference=checker.reference(last.obs),
        explanation=f"{moved} {tail}",
    )


def _points_claimed(draft: Draft) -> tuple[Decimal, Interval]:
    """A change in points (or basis points) as the size in points it claims, and the interval
    of sizes it allows."""
    scale = Decimal(100) if draft.mention.kind == QuantityKind.BASIS_POINT else Decimal(1)
    claimed = abs(draft.value) / scale
    precision = None if draft.precision is None else draft.precision / scale
    return claimed, claim_interval(claimed, draft.mention.qualifier, precision)


def _revision(
    draft: Draft, checker: Checker, as_of: dt.date, period: tuple[dt.date, dt.date] | None, match: float
) -> Verdict:
    """较上月概估的7.64%再上调0.57个百分点: a change in points from an earlier estimate of the same
    period, against the two latest releases of that period's row by the document date. A revision
    that does not fit is not faulted: the text may count from an estimate the data does not hold."""
    indicator = checker.refdata.indicators[draft.metric.id]  # type: ignore[union-attr]
    rows = [
        o
        for o in checker.refdata.observations(indicator.id, draft.entity_id or "")
        if period is not None and period[0] <= o.start and o.end <= period[1] and o.published <= as_of
    ]
    # one period's releases (a span holding several periods is no revision of one)
    one_period = len({(o.start, o.end) for o in rows}) == 1
    releases = sorted(rows, key=lambda o: o.published) if one_period else []
    if len(releases) < 2:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.75,
            explanation=f"The change is a revision of {indicator.names.en} from an earlier estimate of "
            "the same period; the reference data holds no two releases of that period by the document "
            "date.",
        )
    first, last = releases[-2], releases[-1]
    change = last.value - first.value
    claimed, interval = _points_claimed(draft)
    moved = (
        f"{indicator.names.en}, {first.period}: {_fmt(first.value, first.unit)} (released "
        f"{first.published}) revised to {_fmt(last.value, last.unit)} (released {last.published}), a "
        f"revision of {format_number(change)} percentage points."
    )
    if change and interval.contains(abs(change)):
        return _verdict_of(
            status=S.SUPPORTED,
            confidence=round(0.55 + 0.4 * match, 2),
            reference=checker.reference(last),
            explanation=f"{moved} The text's revision agrees.",
        )
    return _verdict_of(
        status=S.UNVERIFIABLE,
        confidence=0.7,
        reference=checker.reference(last),
        explanation=f"{moved} The text says {format_number(claimed)} points; it may "
        "count from an estimate the reference data does not hold.",
    )


def _decision_of_day(
    draft: Draft,
    indicator: Indicator,
    rows: list[_Candidate],
    period: tuple[dt.date, dt.date] | None,
    as_of: dt.date,
) -> _Candidate | None:
    """For a series of decisions, a change said of one day (or, asserted with no period, of the
    document date): the decision made on that day or at most DECISION_DAYS before it."""
    if indicator.frequency != "event" or not rows:
        return None
    if period is None:
        if draft.modality != Modality.ASSERTION or draft.expectation:
            return None
        period = (as_of, as_of + dt.timedelta(days=1))
    if (period[1] - period[0]).days != 1:
        return None
    latest = [c for c in rows if c.obs.start < period[1]]
    if not latest or (period[0] - latest[-1].obs.start).days > DECISION_DAYS:
        return None
    return latest[-1]


def _year_before(day: dt.date) -> dt.date:
    """The same day a year earlier (29 February: the 28th)."""
    return day.replace(
        year=day.year - 1, day=min(day.day, 28) if (day.month, day.day) == (2, 29) else day.day
    )


def _released_rows(cands: dict[str, _Candidate]) -> list[_Candidate]:
    """Released rows of the series' most common granularity (its years, or its quarters), in order."""
    released = [c for c in cands.values() if c.vintage != "unpublished"]
    if not released:
        return []
    grain = Counter(c.obs.granularity for c in released).most_common(1)[0][0]
    return sorted((c for c in released if c.obs.granularity == grain), key=lambda c: c.obs.start)


def _beyond_reach(
    draft: Draft,
    checker: Checker,
    cands: dict[str, _Candidate],
    period: tuple[dt.date, dt.date],
    interval: Interval,
    match: float,
) -> Verdict | None:
    """美国2023年有420万本科毕业生 when 2022-23 is not out and 2021-22 was 2.0 million: a figure
    for a period after the last one published that the series could not reach from there, at
    REACH_MARGIN times the fastest it has ever moved (per period, in log terms) plus
    REACH_FLOOR, is contradicted. Only for amounts and counts with a long history."""
    indicator = checker.refdata.indicators[draft.metric.id]  # type: ignore[union-attr]
    if indicator.kind not in SPAN_CHANGE_KINDS or indicator.change:
        return None
    rows = [c.obs for c in _released_rows(cands)]
    step = _max_step(rows)
    if len(rows) < REACH_MIN_ROWS or step is None:
        return None
    latest = rows[-1]
    ahead = (_period_end(period, indicator) - latest.end) / (latest.end - latest.start)
    if ahead <= 0 or ahead > MISMATCH_PERIODS:
        return None
    reach = (REACH_MARGIN * step + REACH_FLOOR) * math.ceil(ahead)
    low, high = latest.value * Decimal(math.exp(-reach)), latest.value * Decimal(math.exp(reach))
    if (interval.low is not None and interval.low > high) or (
        interval.high is not None and interval.high < low
    ):
        entity = checker.refdata.entities[latest.entity].names.en
        return _verdict_of(
            status=S.CONTRADICTED,
            confidence=match * REACH_FACTOR,
            reference=checker.reference(latest),
            explanation=f"No {indicator.names.en} figure of {entity} for that period was out by the "
            f"document date; the latest, {latest.period}, was {_fmt(latest.value, latest.unit)} "
            f"(released {latest.published}). In {len(rows)} published periods the series never moved "
            f"more than {step * 100:.1f}% (log) in one, so {_fmt(draft.value, latest.unit)} is "
            f"out of reach (beyond {_fmt(low, latest.unit)}–{_fmt(high, latest.unit)}).",
        )
    return None


def _span_change(
    draft: Draft, checker: Checker, as_of: dt.date, period: tuple[dt.date, dt.date] | None, match: float
) -> Verdict:
    """四年至今增加40%: a rate of change of a series of amounts or counts over a span, worked out
    from the series' values in the periods holding the span's first and last days."""
    indicator = checker.refdata.indicators[draft.metric.id]  # type: ignore[union-attr]
    rows = _released_rows(checker.candidates(indicator, draft.entity_id, as_of))  # type: ignore[arg-type]
    if period is None or not rows:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"A change of {indicator.names.en} needs the span it is over.",
        )

    def holding(day: dt.date) -> _Candidate | None:
        return next((c for c in rows if c.obs.start <= day < c.obs.end), None)

    first = holding(period[0])
    last = holding(min(period[1], as_of) - dt.timedelta(days=1))
    if first is None or last is None or first is last or first.obs.value == 0:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"The change needs {indicator.names.en} at both ends of the span "
            f"({period[0]} to {period[1]}); the reference data does not have both.",
        )
    change = (last.obs.value / first.obs.value - 1) * 100
    interval = claim_interval(draft.value, draft.mention.qualifier, draft.precision, draft.low, draft.high)
    worked_out = (
        f"{_two_ends(indicator.names.en, first, last)}: "
        f"a change of {format_number(change.quantize(Decimal('0.1')))}%."
    )
    said = f"{format_number(draft.value)}%"
    return _worked_out_verdict(checker, interval, change, said, worked_out, last.obs, match, revised=False)


def _two_ends(name: str, first: _Candidate, last: _Candidate) -> str:
    """The two values a change is worked out from, as the explanation gives them."""
    return (
        f"{name}: {first.obs.period} {_fmt(first.obs.value, first.obs.unit)} "
        f"(released {first.obs.published}), {last.obs.period} {_fmt(last.obs.value, last.obs.unit)} "
        f"(released {last.obs.published})"
    )


def _worked_out_verdict(
    checker: Checker,
    interval: Interval,
    change: Decimal,
    said: str,
    worked_out: str,
    cited: Observation,
    match: float,
    *,
    revised: bool,
    slack: Decimal = Decimal(0),
) -> Verdict:
    """The verdict on a change worked out from two values of a series (``revised``: either is a
    vintage released after the document date, so a disagreement is not a contradiction; ``slack``:
    how far the rows' own rounding may move the change, which can only make it agree)."""
    if interval.distance(change) <= slack:
        status, verdict_text = S.SUPPORTED, f"The text's {said} agrees."
    elif revised:
        status, verdict_text = (
            S.UNVERIFIABLE,
            f"The text says {said}; these are later revisions, so the change known at the time may differ.",
        )
    elif relative_gap(interval, change) <= IMPRECISE_SHARE:
        status, verdict_text = S.IMPRECISE, f"The text's {said} is close but not within its own precision."
    else:
        status, verdict_text = S.CONTRADICTED, f"The text says {said}."
    return _verdict_of(
        status=status,
        confidence=match * SPAN_CHANGE_FACTOR,
        reference=checker.reference(cited),
        explanation=f"{worked_out} {verdict_text}",
    )


def _level_difference(
    draft: Draft, checker: Checker, as_of: dt.date, period: tuple[dt.date, dt.date] | None, match: float
) -> Verdict:
    """美国国债2024年增加了2.2万亿美元, payrolls fell by 12,000 in August: a rise or fall of an
    amount, worked out as the difference of the series' values at the end of the period and at
    the end of the one before it (over a span written as such, at the span's two ends). Only for
    levels and yearly flows (a month's exports "up $20 billion" may be on the month or the year).
    A difference of revised values is not the one known when the text was written: it can
    support the text, never contradict it."""
    indicator = checker.refdata.indicators[draft.metric.id]  # type: ignore[union-attr]
    name = indicator.names.en
    if not (indicator.stock or indicator.frequency in _YEARLY):
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"A rise or fall of {name}, a flow within the year, needs the period it is "
            "measured against (the month before, or the same month a year before).",
        )
    rows = _released_rows(checker.candidates(indicator, draft.entity_id, as_of))  # type: ignore[arg-type]

    def at(day: dt.date) -> _Candidate | None:
        """The latest row that starts on or before ``day``; for a series of periods, only one that
        covers it (高校毕业生909万人，同比增加35万人 with no row for the year before: not 2019's)."""
        found = next((c for c in reversed(rows) if c.obs.start <= day), None)
        if found is not None and indicator.frequency not in _SO_FAR and found.obs.end <= day:
            return None
        return found

    if period is None or not rows:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"A change of {name} needs the period it is over.",
        )
    stated_base = draft.base == "stated" and draft.base_period is not None
    if not stated_base and (period[1] - period[0]).days <= 1 and indicator.frequency == "daily":
        # 总资产至10月22日当周缩水2.3万亿美元: a change at a day is measured from a day the text
        # does not give (the week before? the peak?)
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.75,
            explanation=f"A change of {name} at one day needs the day it is measured from, which "
            "the text does not give.",
        )
    over_span = draft.time is not None and draft.time.granularity == Granularity.RANGE
    # a period not over whose own row is out (2026届 graduates, estimated in November 2025): that row
    own = [c for c in rows if (c.obs.start, c.obs.end) == period]
    last = own[-1] if own else at(min(period[1], as_of) - dt.timedelta(days=1))
    interval = claim_interval(draft.value, draft.mention.qualifier, draft.precision, draft.low, draft.high)
    if stated_base:  # 较2022年4月缩水: from the level at the end of the base period the text names
        first = at(draft.base_period[1] - dt.timedelta(days=1))  # type: ignore[index]
        if draft.base_vague and last is not None and first is not None:
            # 较年初上升653亿美元: a part of a period names a moment somewhere in it, from the level
            # just before it (the end of December) to its end; the level that fits the text best
            start = draft.base_period[0]  # type: ignore[index]
            levels = [at(start - dt.timedelta(days=1))] + [
                c for c in rows if start <= c.obs.start and c.obs.end <= first.obs.end
            ]
            first = min(
                (c for c in levels if c is not None and c is not last),
                key=lambda c: interval.distance(last.obs.value - c.obs.value),
                default=first,
            )
    elif draft.base == "year_ago" and last is not None:  # down 83,000 from a year earlier
        first = at(_year_before(last.obs.start))
    else:
        first = at(period[0] if over_span else period[0] - dt.timedelta(days=1))
    middle = period[0] + (period[1] - period[0]) / 2  # the end level must be from the period's second half
    if first is None or last is None or first is last or last.obs.end < middle:
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.8,
            explanation=f"The change needs {name} at both ends of the period ({period[0]} to "
            f"{period[1]}); the reference data does not have both.",
        )
    change = last.obs.value - first.obs.value
    # 比1月末的31845亿美元下降了512亿美元 against rows stored as 3184.5 and 3.133 (trillion): the
    # difference is known only to the rounding of the rows as stored
    slack = half_unit(first.obs.value) + half_unit(last.obs.value)
    worked_out = f"{_two_ends(name, first, last)}: a change of {_fmt(change, last.obs.unit)}."
    if draft.deficit and first.obs.value < 0 and last.obs.value < 0:
        # a deficit that shrank by 42 billion is a balance that rose by 42 billion
        change = -change
        worked_out = f"{_two_ends(name, first, last)}: the deficit changed by {_fmt(change, last.obs.unit)}."
    said = _fmt(draft.value, last.obs.unit)
    revised = "later" in (first.vintage, last.vintage)
    return _worked_out_verdict(
        checker, interval, change, said, worked_out, last.obs, match, revised=revised, slack=slack
    )


def _cumulative(
    draft: Draft,
    checker: Checker,
    match: float,
    interval: Interval,
    as_of: dt.date,
    stated: list[_Candidate],
    one_of_several: bool,
) -> Verdict:
    """A month's figure read against the January-to-month figure of a cumulative series."""
    released = [c for c in stated if c.vintage != "unpublished"]
    if not released:
        return _verdict(S.NOT_YET_PUBLISHED, stated[0], draft, checker, match, interval, as_of)
    hit = [c for c in released if interval.contains(_compare_value(draft, c.obs))]
    months = f"{released[0].obs.start:%B}–{(released[0].obs.end - dt.timedelta(days=1)):%B %Y}"
    if hit:
        verdict = _verdict(S.PERIOD_MISMATCH, hit[0], draft, checker, match, interval, as_of)
        return verdict.model_copy(
            update={
                "explanation": verdict.explanation.replace(
                    "fits this other period", f"is the cumulative figure for {months}, not the month's own"
                )
            }
        )
    if one_of_several:
        best = released[0]
        return _verdict(S.CONTRADICTED, best, draft, checker, match, interval, as_of)
    return _verdict_of(
        status=S.UNVERIFIABLE,
        confidence=0.75,
        explanation=f"The reference data has only the cumulative figure for {months} "
        f"({_fmt(released[0].obs.value, released[0].obs.unit)}); the month's own figure "
        "is not in it.",
    )


def _covers(rows: list[_Candidate], period: tuple[dt.date, dt.date]) -> bool:
    """The rows' periods tile ``period`` with no gap (every month of the year is there)."""
    spans = sorted({(c.obs.start, c.obs.end) for c in rows})
    reached = period[0]
    for start, end in spans:
        if start > reached:
            return False
        reached = max(reached, end)
    return reached >= period[1]


def _approximate_period(
    draft: Draft,
    checker: Checker,
    match: float,
    interval: Interval,
    as_of: dt.date,
    stated: list[_Candidate],
    mode: str,
    period: tuple[dt.date, dt.date] | None,
) -> Verdict:
    """A figure for a span the series does not publish (a year of a monthly series).

    A rate or share that every sub-period of the span contradicts on the same side (and by
    more than the imprecise band) cannot be right for the whole span either: a year's
    average, or its last month, lies between them. The reference data must hold every
    sub-period (all twelve months of the year); anything else is unverifiable.
    """
    indicator = checker.refdata.indicators[stated[0].obs.indicator]
    entity = checker.refdata.entities[stated[0].obs.entity].names.en
    released = [c for c in stated if c.vintage != "unpublished"]
    mean = None
    if draft.averaged and mode == INSIDE and period is not None:
        mean = _agreeing_mean(draft, interval, stated, period)
    if mean is not None:
        last = stated[-1]
        verdict = _verdict(S.SUPPORTED, last, draft, checker, match * 0.9, interval, as_of)
        shown = _fmt(mean.quantize(Decimal("0.001")), last.obs.unit)
        return verdict.model_copy(
            update={
                "explanation": f"{indicator.names.en}, {entity}: the mean of the {len(stated)} "
                f"{last.obs.granularity.value} values from {stated[0].obs.period} to {last.obs.period} "
                f"(the last released {last.obs.published}) is {shown}. "
                f"The text's average of {_fmt(draft.value, last.obs.unit)} agrees."
            }
        )
    if (
        mode == INSIDE
        and indicator.unit == "percent"
        and released
        and len(released) == len(stated)
        and period is not None
        and _covers(released, period)
    ):
        values = [_compare_value(draft, c.obs) for c in released]
        below = interval.low is not None and all(v < interval.low for v in values)
        above = interval.high is not None and all(v > interval.high for v in values)
        far = all(relative_gap(interval, v) > IMPRECISE_SHARE for v in values)
        if (below or above) and far:
            nearest = min(released, key=lambda c: relative_gap(interval, _compare_value(draft, c.obs)))
            low, high = min(values), max(values)
            verdict = _verdict(S.CONTRADICTED, nearest, draft, checker, match * 0.85, interval, as_of)
            return verdict.model_copy(
                update={
                    "explanation": verdict.explanation
                    + (
                        f" Every {nearest.obs.granularity.value} of the period lies between "
                        f"{_fmt(low, nearest.obs.unit)} "
                        f"and {_fmt(high, nearest.obs.unit)}."
                    )
                }
            )
    grain = stated[0].obs.granularity.value
    return _verdict_of(
        status=S.UNVERIFIABLE,
        confidence=0.75,
        explanation=f"The reference data has {indicator.names.en} of {entity} by {grain}, "
        "not for the period the text gives; a figure for a different span "
        "cannot be judged against it.",
    )


def _agreeing_mean(
    draft: Draft, interval: Interval, stated: list[_Candidate], period: tuple[dt.date, dt.date]
) -> Decimal | None:
    """The mean of every period of a span (1至9月…平均值为5.3%), each released by the document
    date, when it agrees with the figure as exactly as the rows' rounding allows; else None.
    The rounding errors of n rows mostly cancel in their mean: it may stray from the mean of the
    unrounded values by half a rounding step over √n (2024's twelve months average 5.117%: an
    average of 5.2% does not agree, one of 5.1% does)."""
    if any(c.vintage != "published" for c in stated) or not _covers(stated, period):
        return None
    values = [_compare_value(draft, c.obs) for c in stated]
    mean = sum(values, Decimal(0)) / len(values)
    slack = max((c.obs.rounding or Decimal(0)) / 2 for c in stated) / Decimal(len(values)).sqrt()
    return mean if interval.contains(mean) or interval.distance(mean) <= slack else None


def _previous_row(other: list[_Candidate], period: tuple[dt.date, dt.date]) -> _Candidate | None:
    """The released row of the period right before ``period``."""
    before = [c for c in other if c.obs.start < period[0]]
    return max(before, key=lambda c: c.obs.start) if before else None


def _fiscal_alternative(draft: Draft, indicator: Indicator, as_of: dt.date) -> tuple[dt.date, dt.date] | None:
    """The fiscal year just over that a relative time may name as well as the one it resolved to:
    *last year* (去年), for a fiscal-year series, written after the fiscal year ending in the
    document's calendar year has closed (November 2025: FY2024 by the calendar, or FY2025); *the
    fiscal year*, written in the first quarter of a new one (November 2025: FY2026, or FY2025 whose
    accounts are then the news). None when the time is neither."""
    time = draft.time
    if time is None or not time.relative or time.anchor is None:
        return None
    if time.granularity == Granularity.FISCAL_YEAR:
        if time.begin <= as_of < time.begin + dt.timedelta(days=FISCAL_NEWS_DAYS):
            return time.begin.replace(year=time.begin.year - 1), time.begin
        return None
    month = indicator.fiscal_year_start
    if (
        indicator.frequency != "fiscal_year"
        or not month
        or month == 1
        or time.granularity != Granularity.YEAR
        or time.begin.year != time.anchor.year - 1
    ):
        return None
    ended = dt.date(time.anchor.year, month, 1)
    return (ended.replace(year=ended.year - 1), ended) if ended <= as_of else None


def _closes(cand: _Candidate, period: tuple[dt.date, dt.date]) -> bool:
    """The candidate is ``period`` itself, or a reading of a level in its last days."""
    obs = cand.obs
    if (obs.start, obs.end) == period:
        return True
    return (
        obs.end - obs.start <= dt.timedelta(days=1)
        and period[1] - dt.timedelta(days=4) <= obs.start < period[1]
    )


def _next_release(cands: dict[str, _Candidate], released: list[_Candidate]) -> _Candidate | None:
    """The first period after the latest released, whose row came out after the document date."""
    if not released:
        return None
    last_end = max(c.obs.end for c in released)
    coming = [c for c in cands.values() if c.vintage == "unpublished" and c.obs.start >= last_end]
    return min(coming, key=lambda c: c.obs.start) if coming else None


def _inside(cand: _Candidate, period: tuple[dt.date, dt.date] | None) -> bool:
    """The candidate's period lies within ``period``."""
    return period is not None and period[0] <= cand.obs.start and cand.obs.end <= period[1]


def _closest(cands: list[_Candidate], period: tuple[dt.date, dt.date] | None) -> _Candidate:
    if period is None:
        return cands[-1]
    return min(cands, key=lambda c: abs((c.obs.start - period[0]).days))


def _other_periods(
    cands: dict[str, _Candidate],
    period: tuple[dt.date, dt.date] | None,
    stated: list[_Candidate],
    as_of: dt.date,
    indicator: Indicator,
) -> list[_Candidate]:
    """Released rows of nearby periods (same granularity) other than the stated ones; for
    event series (decisions), the decisions just before and after the stated ones."""
    stated_periods = {c.obs.period for c in stated}
    if indicator.frequency == "event" and stated:
        events = sorted(
            (c for c in cands.values() if c.vintage != "unpublished" and c.obs.start <= as_of),
            key=lambda c: c.obs.start,
        )
        where = [i for i, c in enumerate(events) if c.obs.period in stated_periods]
        if not where:
            return []
        lo, hi = max(0, where[0] - MISMATCH_PERIODS), where[-1] + 1 + MISMATCH_PERIODS
        if period is None:  # an undated figure may be any value in effect in the year before
            since = as_of - dt.timedelta(days=RECENT_DAYS["event"])
            lo = min(lo, next((i for i, c in enumerate(events) if c.obs.start >= since), lo))
        return [c for c in events[lo:hi] if c.obs.period not in stated_periods]
    if stated:
        granularity = stated[0].obs.granularity
        centre = period[0] if period else stated[0].obs.start
    elif period is not None and cands:
        # no row for the claimed period: other periods of the series' own length
        granularity = Counter(c.obs.granularity for c in cands.values()).most_common(1)[0][0]
        sample = next(c.obs for c in cands.values() if c.obs.granularity == granularity)
        claimed, usual = (period[1] - period[0]).days, (sample.end - sample.start).days
        if not usual * 0.8 <= claimed <= usual * 1.25:
            return []
        centre = period[0]
    else:
        return []
    sample = (
        stated[0].obs if stated else next(c.obs for c in cands.values() if c.obs.granularity == granularity)
    )
    window = (sample.end - sample.start) * MISMATCH_PERIODS + dt.timedelta(days=1)
    return sorted(
        (
            c
            for c in cands.values()
            if c.obs.period not in stated_periods
            and c.vintage != "unpublished"
            and (c.vintage != "later" or c.obs.end + _lag(indicator) + RELEASE_SLIP <= as_of)
            and c.obs.granularity == granularity
            and abs(c.obs.start - centre) <= window
            and c.obs.start <= as_of
        ),
        key=lambda c: c.obs.start,
    )


def _wrong_currency(
    draft: Draft, checker: Checker, as_of: dt.date, period: tuple[dt.date, dt.date] | None
) -> Verdict | None:
    """中沙500亿美元互换 when the swap line is 500亿 yuan: the right number in the wrong currency. A
    bound (18塊多: more than 18) names no number that could be right."""
    if (
        draft.mention.kind != QuantityKind.CURRENCY
        or not draft.entity_id
        or draft.mention.qualifier in BOUND_QUALIFIERS
    ):
        return None
    refdata = checker.refdata
    interval = claim_interval(draft.value, draft.mention.qualifier, draft.precision, draft.low, draft.high)
    for ident in draft.candidates:
        indicator = refdata.indicators[ident]
        if indicator.kind != "currency" or indicator.unit == draft.mention.unit:
            continue
        cands = checker.candidates(indicator, draft.entity_id, as_of)
        stated, mode = (
            _in_period(cands, *period, indicator) if period else (_recent(cands, as_of, indicator), RECENT)
        )
        for c in stated if mode in (EXACT, RECENT) else []:
            if c.vintage != "unpublished" and interval.contains(c.obs.value):
                return _verdict_of(
                    status=S.CONTRADICTED,
                    confidence=0.7,
                    reference=checker.reference(c.obs),
                    explanation=f"{indicator.names.en}: {_fmt(c.obs.value, c.obs.unit)} ({c.obs.period}). "
                    "The "
                    f"number is right but the currency is {c.obs.unit}, not {draft.mention.unit}.",
                )
    return None


def _offset(draft: Draft, reference: Decimal, unit: str, gap: Decimal) -> str:
    """How far a faulted figure is from the reference value, in the figure's own terms: points for
    a rate in percent (-0.2% against 0: 0.2 points below it), else a share of the value (1.2
    trillion against 992 billion: 21% above it); for a range or bound, the gap to its edge."""
    if draft.mention.qualifier not in (Qualifier.EXACT, Qualifier.APPROX):
        return f"{float(gap):.0%} away"
    diff = draft.value - reference
    side = "above" if diff > 0 else "below"
    if unit == "percent":
        return f"{format_number(abs(diff))} points {side} it"
    if reference == 0:
        return f"{float(gap):.0%} away"
    share = abs(diff) / abs(reference)
    if draft.mention.qualifier == Qualifier.APPROX:
        return f"{float(share):.0%} {side} it, {float(gap):.0%} beyond what an approximate figure allows"
    return f"{float(share):.0%} {side} it"


def _verdict(
    status: VerdictStatus,
    cand: _Candidate,
    draft: Draft,
    checker: Checker,
    match: float,
    interval: Interval,
    as_of: dt.date,
    stated: _Candidate | None = None,
) -> Verdict:
    obs = cand.obs
    indicator = checker.refdata.indicators[obs.indicator]
    entity = checker.refdata.entities[obs.entity].names.en
    value = _fmt(obs.value, obs.unit)
    said = _fmt(draft.value, obs.unit)
    if draft.mention.qualifier == Qualifier.RANGE and draft.low is not None and draft.high is not None:
        said = f"{format_number(draft.low)}–{_fmt(draft.high, obs.unit)}"
        if indicator.range_end is not None:  # checked end for end
            end = draft.low if indicator.range_end == "low" else draft.high
            said += f" (its {indicator.range_end} end, {_fmt(end, obs.unit)})"
    elif draft.mention.qualifier != Qualifier.EXACT:
        said = f"{draft.mention.qualifier.value.replace('_', ' ')} {said}"
    head = f"{indicator.names.en}, {entity}, {obs.period}: {value} (released {obs.published})"
    if (
        status in _REVISED_AWAY
        and indicator.change
        and cand.vintage == "later"
        and (stated is None or stated.vintage == "later")
        and (indicator.revision_size is None or _revisable(draft, interval, obs, indicator))
    ):
        # US growth of 5.7% in 2021 (the first estimate) against the World Bank's later 6.06%: a
        # growth rate is revised after its first release, which the data lacks, so a figure off
        # from a later revision may be the first release
        return _verdict_of(
            status=S.UNVERIFIABLE,
            confidence=0.7,
            explanation=f"{head}, a later revision; the first release is not in the reference data, "
            f"and growth rates are revised after it: the text's {said} may be the first release, so "
            f"it is not judged {status.value.replace('_', ' ')}.",
        )
    vintage = (
        " (a later revision; the first release is not in the reference data)"
        if cand.vintage == "later"
        else ""
    )
    if cand.vintage == "earlier" and stated is not None:
        vintage = (
            f" (an earlier estimate: the release of {stated.obs.published} revised it to "
            f"{_fmt(stated.obs.value, stated.obs.unit)})"
        )
    gap = relative_gap(interval, _compare_value(draft, obs))
    if status == S.SUPPORTED:
        confidence, tail = 0.55 + 0.4 * match, f"The text's {said} agrees."
    elif status == S.IMPRECISE:
        confidence, tail = 0.5 + 0.3 * match, f"The text's {said} is close but off by {float(gap):.1%}."
        reference = _compare_value(draft, obs)
        if draft.mention.qualifier == Qualifier.APPROX and reference:
            # the gap above is measured from the widened interval; say how far the figure itself is
            off = (draft.value - reference) / abs(reference)
            tail = (
                f"The text's {said} is {abs(float(off)):.1%} {'above' if off > 0 else 'below'} it, "
                f"{float(gap):.1%} beyond what an approximate figure allows."
            )
    elif status == S.PERIOD_MISMATCH:
        named = "the period the text names" if draft.time is not None else "the latest period"
        other = f"; for {named} ({stated.obs.period}) " if stated else ""
        if stated is not None and stated.vintage == "unpublished":
            other += (
                f"the figure was released only on {stated.obs.published}, after the document date {as_of}"
            )
        elif stated is not None:
            other += f"it is {_fmt(stated.obs.value, stated.obs.unit)}"
        confidence, tail = 0.45 + 0.35 * match, f"The text's {said} fits this other period{other}."
    elif status == S.NOT_YET_PUBLISHED:
        confidence = 0.5 + 0.3 * match
        tail = (
            f"The text's {said} is about a period whose earliest row in the reference data was "
            f"released on {obs.published}, "
            f"after the document date {as_of}."
        )
    else:
        confidence = (0.5 + 0.45 * min(1.0, float(gap) / 0.3)) * match
        tail = f"The text says {said}, {_offset(draft, _compare_value(draft, obs), obs.unit, gap)}."
    if (
        cand.vintage == "later"
    ):  # a revision released after the document date may differ from what the writer saw
        confidence *= LATER_VINTAGE_FACTOR
    return _verdict_of(
        status=status,
        confidence=round(min(confidence, 0.97), 2),
        reference=checker.reference(obs),
        explanation=f"{head}{vintage}. {tail}",
    )


def claim_period(draft: Draft) -> tuple[dt.date, dt.date] | None:
    """The period a claim is about: its governing time expression, or None (the latest)."""
    if draft.time is None:
        return None
    begin, until = draft.time.begin, draft.time.until
    if draft.earlier == "year":  # $1.82 trillion a year earlier
        return _year_before(begin), _year_before(until)
    if draft.earlier == "period":  # 4.2% a month earlier: one period of the time's own length back
        return begin - (until - begin), begin
    if draft.after_event:  # 12月降息后…3.50%-3.75%: the state after the period's decision
        return until - dt.timedelta(days=1), until
    return begin, until


__all__ += ["claim_period"]
