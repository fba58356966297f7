"""Turn drafts into public Claim models with verdicts, and findings for the report."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from ..annotate.attribution import find_attributions, to_attribution
from ..extract import Document, Extraction, to_quantity, to_time
from ..extract.times import TimeMention, time_grammar
from ..gate.fingerprint import fingerprints
from ..models import (
    Annotation,
    AnnotationKind,
    Claim,
    Level,
    Quantity,
    QuantityKind,
    Span,
    Term,
    TimeExpression,
    Verdict,
    VerdictStatus,
)
from ..models.base import trusted
from ..models.claim import Modality
from ..refdata import RefData
from ..refdata.periods import parse_period
from ..verdicts.consistency import inconsistencies
from ..verdicts.tolerance import IMPRECISE_SHARE, claim_interval
from ..verdicts.verdict import PERIOD_DAYS, Checker, claim_period, judge
from ..verdicts.wording import format_value
from .assemble import Draft, assemble
from .cues import claim_cues

__all__ = ["ClaimResults", "check_claims"]

S = VerdictStatus
#: Findings shown for claims: how loudly each verdict is reported.
LEVELS = {
    S.CONTRADICTED: Level.ERROR,
    S.IMPRECISE: Level.WARNING,
    S.PERIOD_MISMATCH: Level.WARNING,
    S.NOT_YET_PUBLISHED: Level.WARNING,
    S.SUPPORTED: Level.INFO,
    S.FORECAST: Level.INFO,
}

#: The one-line message of a claim finding; the verdict's explanation gives the figures.
HEADLINES = {
    S.CONTRADICTED: "The reference data says otherwise.",
    S.IMPRECISE: "Close to the reference value, but outside the precision the text states.",
    S.PERIOD_MISMATCH: "The figure belongs to another period than the one the text gives.",
    S.NOT_YET_PUBLISHED: "The figure is about a period not yet released at the document date.",
    S.SUPPORTED: "The reference data agrees.",
    S.FORECAST: "A forecast or target: not checked against released figures.",
}


@dataclass(frozen=True)
class ClaimResults:
    """Claims with verdicts, and the findings they produce."""

    claims: list[Claim]
    annotations: list[Annotation]


#: An annotation's fields but its fingerprint, the fingerprint's inputs, and related spans.
_Finding = tuple[dict[str, object], tuple[str, str, str, str], list[Span]]


def _quantity(doc: Document, d: Draft, quantities: Sequence[Quantity] | None) -> Quantity:
    q = quantities[d.index] if quantities is not None else to_quantity(doc, d.mention)
    if d.value != d.mention.value * d.factor:  # signed (a fall, a deficit); in the text's own unit
        f = d.factor
        q = q.model_copy(
            update={
                "value": d.value / f,
                "low": None if d.low is None else d.low / f,
                "high": None if d.high is None else d.high / f,
            }
        )
    return q


def _sentence_text(doc: Document, d: Draft) -> str:
    s, e = doc.norm.orig_span(d.sentence.start, d.sentence.end)
    return doc.original[s:e]


def _term(doc: Document, term: object | None, ident: str | None, score: float) -> Term | None:
    if ident is None:
        return None
    text = ""
    if term is not None:
        s, e = doc.norm.orig_span(term.start, term.end)  # type: ignore[attr-defined]
        text = doc.original[s:e]
    return trusted(Term, {"text": text, "id": ident, "score": round(score, 2)})


def _change_claim(doc: Document, before: Draft, after: Draft, claims: dict[int, Claim]) -> Claim:
    a, b = claims[before.index], claims[after.index]
    kind = QuantityKind.PERCENTAGE_POINT if after.mention.kind == QuantityKind.PERCENT else after.mention.kind
    unit = "percentage_point" if kind == QuantityKind.PERCENTAGE_POINT else after.mention.unit
    span = doc.span(before.mention.start, after.mention.end)
    change = after.value - before.value
    quantity = Quantity.model_construct(
        span=span,
        kind=kind,
        value=change,
        low=None,
        high=None,
        unit=unit,
        qualifier=after.mention.qualifier,
        precision=None,
    )
    statuses = {a.verdict.status if a.verdict else None, b.verdict.status if b.verdict else None}
    if statuses == {S.SUPPORTED}:
        verdict = Verdict(
            status=S.SUPPORTED, confidence=0.8, explanation="Both ends of the change are supported."
        )
    elif S.CONTRADICTED in statuses:
        verdict = Verdict(
            status=S.CONTRADICTED,
            confidence=0.6,
            explanation="An end of the change is contradicted by the reference data.",
        )
    else:
        verdict = Verdict(
            status=S.UNVERIFIABLE,
            confidence=0.6,
            explanation="The change is as good as its two ends; they could not both be confirmed.",
        )
    return Claim.model_construct(
        id=f"{b.id}-change",
        span=b.span,
        quantity=quantity,
        time=b.time,
        metric=b.metric,
        entity=b.entity,
        attribution=b.attribution,
        modality=b.modality,
        change_of=[a.id, b.id],
        verdict=verdict,
    )


def _finding(doc: Document, d: Draft, claim: Claim) -> _Finding | None:
    verdict = claim.verdict
    if verdict is None or verdict.status not in LEVELS or claim.change_of:
        return None
    rule = f"claim.{verdict.status.value}"
    values = {
        "kind": AnnotationKind.CLAIM,
        "device": None,
        "rule_id": rule,
        "span": claim.quantity.span,
        "confidence": verdict.confidence,
        "level": LEVELS[verdict.status],
        "message": HEADLINES[verdict.status],
    }
    return values, ("claim", rule, claim.quantity.span.text, _sentence_text(doc, d)), []


def _annotations(findings: list[_Finding]) -> list[Annotation]:
    """The findings as annotations, their fingerprints worked out together (each text folded once)."""
    prints = fingerprints([key for _, key, _ in findings])
    return [
        trusted(Annotation, {**values, "fingerprint": fp, "evidence": [], "related": related})
        for (values, _, related), fp in zip(findings, prints, strict=True)
    ]


#: When a name covers several series, the verdict kept is the most favourable to the text:
#: a figure that fits any reading of its words is not wrong.
_FAVOUR = [
    S.SUPPORTED,
    S.FORECAST,
    S.PERIOD_MISMATCH,
    S.NOT_YET_PUBLISHED,
    S.IMPRECISE,
    S.UNVERIFIABLE,
    S.CONTRADICTED,
]


def _best_verdict(
    d: Draft, checker: Checker, as_of: date, period: tuple[date, date] | None
) -> tuple[Verdict, str | None]:
    """The verdict and the indicator it was reached on: of a name that covers several
    series (exports: in dollars or in yuan), the reading that fits best."""
    if len(d.alternatives) < 2:
        return judge(d, checker, as_of, period), d.metric.id if d.metric else None
    verdicts = [
        (judge(replace(d, metric=t), checker, as_of, period, one_of_several=True), t.id)
        for t in d.alternatives
    ]
    # a reading whose series has only periods longer than the text's (a year's growth for 首三季)
    # cannot hold the figure at all: it shields no other reading from its verdict
    # nor does a reading of a series whose every period is shorter than the text's (the deficit
    # of a whole fiscal year against a series of fiscal years to date), nor a reading of a series
    # its publisher stopped before the text's period
    fitting = [
        v
        for v in verdicts
        if not _wrong_span(checker, v, d.entity_id, period)
        and not _ended(checker, v, period)
        and not _not_begun(checker, v, period)
        and not _ruled_out_to_date(checker, v, d, period, verdicts)
    ]
    verdicts = fitting or verdicts
    # a reading of a series never above another (debt held by the public, under gross debt) shields
    # no figure that the other series contradicts from below: the figure is above both
    verdicts = [v for v in verdicts if not _above_its_ceiling(checker, d, v, verdicts)] or verdicts
    if period is not None and any(_has_row_for(checker, v[1], d.entity_id, period, as_of) for v in verdicts):
        # a reading with a row for the text's very period (a quarter's growth) sets aside one that
        # agrees with the figure only through a longer row holding it (the whole year's growth)
        verdicts = [
            v
            for v in verdicts
            if not (v[0].status in (S.SUPPORTED, S.IMPRECISE) and _holds_period(checker, v, period))
        ] or verdicts
    indicators = checker.refdata.indicators
    ends = [v for v in verdicts if indicators[v[1]].range_end is not None]
    if d.low is not None and d.high is not None and len({indicators[v[1]].range_end for v in ends}) == 2:
        # a range against the two ends of a set range (4%-4.25%): both ends must hold, so the
        # reading of the end that fits worse decides
        return max(ends, key=lambda v: _FAVOUR.index(v[0].status))
    # of readings that fare alike, one whose row spans the text's period (a quarter's growth
    # against the quarterly series, not the year that holds the quarter)
    verdict, metric_id = min(
        verdicts, key=lambda v: (_FAVOUR.index(v[0].status), not _spans_period(checker, v, period))
    )
    if verdict.reference is None and d.metric is not None:
        # with no row to show for it, the reading is the name's own best match
        own = [v for v in verdicts if v[1] == d.metric.id and v[0].status == verdict.status]
        return own[0] if own else (verdict, d.metric.id)
    return verdict, metric_id


def _above_its_ceiling(
    checker: Checker, d: Draft, reading: tuple[Verdict, str], verdicts: list[tuple[Verdict, str]]
) -> bool:
    """The reading's series is never above another (`never_above`) whose reading contradicts the
    figure, and every value the figure allows is above that reading's reference value."""
    ceiling = checker.refdata.indicators[reading[1]].never_above
    if ceiling is None or reading[0].status in (S.SUPPORTED, S.CONTRADICTED):
        return False
    allowed = claim_interval(d.value, d.mention.qualifier, d.precision, d.low, d.high)
    return allowed.low is not None and any(
        ident == ceiling
        and verdict.status == S.CONTRADICTED
        and verdict.reference is not None
        and allowed.low > Decimal(str(verdict.reference.value))
        for verdict, ident in verdicts
    )


def _row_period(checker: Checker, reading: tuple[Verdict, str]) -> tuple[date, date] | None:
    """The period of the row a reading's verdict cites, if any."""
    reference = reading[0].reference
    if reference is None:
        return None
    start, end, _ = parse_period(reference.period, checker.refdata.indicators[reading[1]].fiscal_year_start)
    return start, end


def _spans_period(checker: Checker, reading: tuple[Verdict, str], period: tuple[date, date] | None) -> bool:
    """The reading's row covers exactly the text's period."""
    return period is not None and _row_period(checker, reading) == period


def _has_row_for(
    checker: Checker, indicator: str, entity: str | None, period: tuple[date, date], as_of: date
) -> bool:
    """The series has a row for exactly ``period``, released by ``as_of``."""
    return entity is not None and any(
        (r.start, r.end) == period and r.published <= as_of
        for r in checker.refdata.observations(indicator, entity)
    )


def _holds_period(checker: Checker, reading: tuple[Verdict, str], period: tuple[date, date] | None) -> bool:
    """The reading's row is longer than the text's period and holds it."""
    row = _row_period(checker, reading)
    return (
        period is not None
        and row is not None
        and row != period
        and row[0] <= period[0]
        and period[1] <= row[1]
    )


#: The shortest span of the text's period for which a coarser series' reading is set aside.
MIN_SPAN_DAYS = 58


def _wrong_span(
    checker: Checker, reading: tuple[Verdict, str], entity: str | None, period: tuple[date, date] | None
) -> bool:
    """The reading found no row, and every row of its series spans more than the text's period
    (首三季 against a series of whole years) or every row less (a whole fiscal year against a
    series of months to date), the period itself at least two months long."""
    verdict, indicator = reading
    if verdict.status != S.UNVERIFIABLE or verdict.reference is not None or period is None or entity is None:
        return False
    span = (period[1] - period[0]).days
    if span < MIN_SPAN_DAYS:
        return False  # a day or a week: often a date of release, not the figure's period
    lengths = [(r.end - r.start).days for r in checker.refdata.observations(indicator, entity)]
    return bool(lengths) and (all(n > span + 3 for n in lengths) or all(n < span - 3 for n in lengths))


def _ruled_out_to_date(
    checker: Checker,
    reading: tuple[Verdict, str],
    d: Draft,
    period: tuple[date, date] | None,
    verdicts: list[tuple[Verdict, str]],
) -> bool:
    """A month's figure read as a change summed from January (8月出口增长7.4% as January to
    August) whose row is missing, when that change is bounded and the figure lies outside it:
    the change from January to a month is a weighted mean of the change from January to the month
    before and the month's own change, so it lies between the two, and both are in the data (the
    first in the reading's series, the second in another reading's, in the same terms)."""
    verdict, indicator = reading
    if verdict.status != S.UNVERIFIABLE or verdict.reference is not None:
        return False
    if period is None or d.entity_id is None:
        return False
    start, end = period
    if start.day != 1 or start.month == 1 or not 28 <= (end - start).days <= 31:
        return False
    refdata = checker.refdata
    terms = refdata.indicators[indicator].terms
    before = [
        r.value
        for r in refdata.observations(indicator, d.entity_id)
        if r.start == date(start.year, 1, 1) and r.end == start
    ]
    month = [
        v.reference.value  # type: ignore[union-attr]
        for v, other in verdicts
        if other != indicator
        and refdata.indicators[other].terms == terms
        and _spans_period(checker, (v, other), period)
    ]
    if not before or not month:
        return False
    low, high = min(before[-1], month[0]), max(before[-1], month[0])
    claimed = claim_interval(d.value, d.mention.qualifier, d.precision, d.low, d.high)
    margin = max(abs(low), abs(high)) * IMPRECISE_SHARE
    below = claimed.high is not None and claimed.high < low - margin
    above = claimed.low is not None and claimed.low > high + margin
    return below or above


def _ended(checker: Checker, reading: tuple[Verdict, str], period: tuple[date, date] | None) -> bool:
    """The reading found no row, and its series was discontinued before the text's period began
    (the youth unemployment rate including students, stopped after 2023-06, for 2025-09)."""
    verdict, indicator = reading
    last = checker.refdata.indicators[indicator].discontinued_after
    if verdict.status != S.UNVERIFIABLE or verdict.reference is not None or period is None or last is None:
        return False
    fiscal = checker.refdata.indicators[indicator].fiscal_year_start
    return parse_period(last, fiscal)[1] <= period[0]


def _not_begun(checker: Checker, reading: tuple[Verdict, str], period: tuple[date, date] | None) -> bool:
    """The reading found no row, and its series begins after the text's period ends (the youth
    unemployment rate excluding students, first released for 2023-12, for 2023-05)."""
    verdict, indicator = reading
    first = checker.refdata.indicators[indicator].first_period
    if verdict.status != S.UNVERIFIABLE or verdict.reference is not None or period is None or first is None:
        return False
    fiscal = checker.refdata.indicators[indicator].fiscal_year_start
    return period[1] <= parse_period(first, fiscal)[0]


def _against_ends(d: Draft, verdict: Verdict, claims: dict[int, Claim], checker: Checker) -> Verdict:
    """A change written right after its from-to pair (fell from 12.69 million to 12.59 million, a
    drop of about 108,000) is the pair's difference: when both ends are supported, it is judged
    against the difference of the two figures as written (within their rounding), not against
    the series over some other span: it agrees, or it is contradicted."""
    a, b = d.ends  # type: ignore[misc]
    ends = [claims.get(a.index), claims.get(b.index)]
    if any(c is None or c.verdict is None or c.verdict.status != S.SUPPORTED for c in ends):
        return verdict
    low_a, high_a = _bounds(a)
    low_b, high_b = _bounds(b)
    magnitude = abs(d.value)
    lowest, highest = (
        min(abs(low_b - high_a), abs(high_b - low_a)),
        max(abs(low_b - high_a), abs(high_b - low_a)),
    )
    if low_b - high_a < 0 < high_b - low_a:
        lowest = Decimal(0)
    interval = claim_interval(magnitude, d.mention.qualifier, d.precision, None, None)
    fits = (interval.low is None or interval.low <= highest) and (
        interval.high is None or lowest <= interval.high
    )
    unit = checker.refdata.indicators[d.metric.id].unit if d.metric is not None else ""
    worked = (
        f"The change is the difference of the two figures written before it ({format_value(a.value, unit)} "
        f"to {format_value(b.value, unit)}), both supported"
    )
    if fits:
        return trusted(
            Verdict,
            {
                "status": S.SUPPORTED,
                "confidence": 0.8,
                "reference": ends[1].verdict.reference,  # type: ignore[union-attr]
                "explanation": f"{worked}; the text's {format_value(magnitude, unit)} agrees with it.",
            },
        )
    return trusted(
        Verdict,
        {
            "status": S.CONTRADICTED,
            "confidence": 0.7,
            "reference": ends[1].verdict.reference,  # type: ignore[union-attr]
            "explanation": f"{worked}: a change of {format_value(lowest, unit)} to "
            f"{format_value(highest, unit)} as they are rounded. "
            f"The text says {format_value(magnitude, unit)}.",
        },
    )


def _bounds(d: Draft) -> tuple[Decimal, Decimal]:
    """The values a figure as written allows (its precision and qualifier)."""
    interval = claim_interval(d.value, d.mention.qualifier, d.precision, d.low, d.high)
    return (
        interval.low if interval.low is not None else d.value,
        interval.high if interval.high is not None else d.value,
    )


#: Verdicts that fault a figure: a reading that is not sure of the figure's subject or mood may
#: support it but never give one of these (not_yet_published says the writer could not have known
#: the figure: of an assumed country, China's May CPI read as the US's, it faults it wrongly).
_FAULTING = frozenset({S.CONTRADICTED, S.IMPRECISE, S.PERIOD_MISMATCH, S.NOT_YET_PUBLISHED})
#: Kinds of a move in points.
_POINTS = frozenset({QuantityKind.PERCENTAGE_POINT, QuantityKind.BASIS_POINT})
#: How far before a figure a word saying it was since revised (此前估计的) may start.
SUPERSEDED_REACH = 28


def _unless_asked(doc: Document, d: Draft, verdict: Verdict) -> Verdict:
    """A figure in a question (is the national debt $37 trillion or $29 trillion?) is asked
    about, not stated: it may be supported, never faulted."""
    if verdict.status not in _FAULTING:
        return verdict
    ending = doc.norm.text[d.sentence.start : d.sentence.end].rstrip()
    if not ending or ending[-1] not in claim_cues().question_marks or _premise(doc.norm.text, d):
        return verdict
    return _withheld(verdict, "The figure is asked about in a question, not stated; as a statement it")


def _unless_conditional(doc: Document, d: Draft, verdict: Verdict) -> Verdict:
    """A figure stated under a condition (若如期降息，将降至3.50%-3.75%; *if the Fed cuts, the range
    would fall to…*) says what would follow, not what is: it may be supported, never faulted. A
    bracketed aside in such a sentence states a fact (…可能引爆债务危机(联邦债务/GDP已超130%))."""
    if verdict.status not in _FAULTING:
        return verdict
    if d.modality != Modality.CONDITIONAL or doc.norm.text[d.clause[0] - 1 : d.clause[0]] in ("(", "（"):
        return verdict
    return _withheld(verdict, "The figure is stated under a condition, not as a fact; as a statement it")


def _unless_forecast(d: Draft, verdict: Verdict, refdata: RefData) -> Verdict:
    """A figure the text states as a forecast or a hope (预计全年出口增速在5%—6%，顺差有望突破1.1万亿美元)
    of a period the data has: what was expected, or a period read a year off, not a statement of the
    released value; it may be supported, never faulted. A goal read as its target series (失业率控制在
    4.5%左右) states the target set, which is faulted like any value."""
    if verdict.status not in _FAULTING or d.modality != Modality.FORECAST:
        return verdict
    if d.metric is not None and refdata.indicators[d.metric.id].target:
        return verdict
    return _withheld(
        verdict, "The text states the figure as a forecast, not as a released value; as a statement it"
    )


def _unless_stated_apart(d: Draft, verdict: Verdict, sentence: list[Draft], checker: Checker) -> Verdict:
    """A figure said to fit another period of its series, when its sentence gives that period's
    own, different figure of the series apart (今年第二季…59.2%，较去年底的59.0%微升): the writer
    knows that period's value, so the figure is no misdated one; it is not faulted as one."""
    if verdict.status != S.PERIOD_MISMATCH or verdict.reference is None:
        return verdict
    indicator = checker.refdata.indicators.get(verdict.reference.indicator)
    if indicator is None:
        return verdict
    _, end, _ = parse_period(verdict.reference.period, indicator.fiscal_year_start)
    for other in sentence:
        if other is d or other.is_change != d.is_change or other.mention.kind != d.mention.kind:
            continue
        if other.value == d.value:
            continue  # 4月20.4% → 5月20.4%: the same value for both, the later one wrong
        # …its series, or no series read (较去年底的59.0%: a base's figure the name was not given to)
        readings = {t.id for t in other.alternatives} | ({other.metric.id} if other.metric else set())
        # …of that period, or one ending with it (去年底 for the fourth quarter)
        said = claim_period(other)
        if (
            (not readings or indicator.id in readings)
            and said is not None
            and said[1] == end
            and said[0] < end
        ):
            return _withheld(
                verdict, "The text gives the figure of that other period apart; as a misdated figure it"
            )
    return verdict


def _unless_borrowed_span(d: Draft, verdict: Verdict, sentence: list[Draft], checker: Checker) -> Verdict:
    """A level at a moment (a stock: debt outstanding) whose own clause gives no time, dated by a
    span written earlier in the sentence for a figure of another series (2024財年赤字1.83兆美元，
    聯邦債務總額超過36兆美元), may be the level at the document date as well as at a moment of
    that span: it may be supported but not faulted. So may a setting (a policy rate) dated by any
    period of another series' figure (2月CPI同比6.0%，…，联邦基金利率4.75%-5.00%)."""
    if verdict.status not in _FAULTING or d.time is None or d.metric is None:
        return verdict
    indicator = checker.refdata.indicators.get(d.metric.id)
    setting = indicator is not None and indicator.frequency == "event"
    if indicator is None or not (indicator.stock or setting) or d.time.end > d.clause[0]:
        return verdict
    if not setting and (d.time.until - d.time.begin).days <= PERIOD_DAYS["quarterly"]:
        return verdict  # a span no longer than a quarter: the level at its end is read without doubt
    other = next(
        (
            o
            for o in sentence
            if o is not d
            and o.metric is not None
            and o.metric.id != d.metric.id
            and d.time.end <= o.mention.start < d.clause[0]
        ),
        None,
    )
    if other is None:
        return verdict
    named = checker.refdata.indicators[other.metric.id].names.en  # type: ignore[union-attr]
    return _withheld(
        verdict,
        f"The figure's clause gives no time; read at the period written for the {named} before it, it",
    )


def _unless_averaged_apart(d: Draft, verdict: Verdict) -> Verdict:
    """An average whose own clause names no period (二季度3.0%，一季度-0.5%，两个季度平均下来1%多) is
    over periods the text gave before, not the last one written: it may be supported but not faulted."""
    if verdict.status not in _FAULTING or not d.averaged_apart:
        return verdict
    return _withheld(
        verdict,
        "The figure is an average, and its clause names no period; read at the period written before it, it",
    )


def _unless_named_period(doc: Document, d: Draft, verdict: Verdict) -> Verdict:
    """A period known only by a name (疫情前, *pre-pandemic*, `named_periods`) has loose bounds:
    a row inside them may support the figure, none outside them faults it (3.9% *before COVID*
    is December 2018's, before COVID too)."""
    if verdict.status not in _FAULTING or d.time is None:
        return verdict
    written = doc.norm.text[d.time.start : d.time.end].lower()
    if written not in time_grammar().tables.named_periods:
        return verdict
    return _withheld(
        verdict, "The figure's period is known by a name whose bounds are loose; read as the span given it"
    )


def _unless_superseded(doc: Document, d: Draft, verdict: Verdict) -> Verdict:
    """A figure the text gives as an estimate since revised (比此前估计的1.3%明显上修, *the previously
    reported 1.3%*) is not the period's value, and the data may not keep every estimate: it may be
    supported, never faulted."""
    if verdict.status not in _FAULTING:
        return verdict
    start = d.mention.core_start  # 此前估计的1.3%: the qualifier 估计的 is the word's end
    lo = max(d.clause[0], start - SUPERSEDED_REACH)
    if claim_cues().superseded.search(doc.norm.text, lo, start) is not None:
        return _withheld(
            verdict, "The text gives the figure as an earlier estimate, since revised; as the value it"
        )
    if claim_cues().revised_to.search(doc.norm.text, lo, start) is not None:
        # 后在二读中上修至5.2%: a revision between the releases the data keeps may have given it
        return _withheld(
            verdict,
            "The text gives the figure as a revised estimate, which the reference data may not keep; it",
        )
    return verdict


def _unless_dropped_reading(d: Draft, verdict: Verdict) -> Verdict:
    """The figure's name reads as a narrower variety the data has no series of for its entity
    (核心CPI of 核心CPI年增1.2% for Taiwan): it is of that, so the wider series the data has
    (CPI年增) neither supports nor faults it."""
    if verdict.status not in (*_FAULTING, S.SUPPORTED) or d.dropped_reading is None:
        return verdict
    return _withheld(
        verdict,
        f"The figure's name reads as {d.dropped_reading}, of which the reference data has no series "
        "for its entity; read as the wider series it has, it",
    )


def _premise(text: str, d: Draft) -> bool:
    """The figure's clause states what the question goes on to ask about: it asks nothing itself
    (no `question_words`), a later clause does, or none does and only the last clause carries the
    question mark's rise (…8月出口年增7.0%，算是撐住了，…今年大概會破兩成？), and the next clause
    offers no other answer (还是, *or*)."""
    cues = claim_cues()
    lo, hi = d.clause
    if hi >= d.sentence.end - 1 or cues.question_word.search(text, lo, hi):
        return False
    if cues.question_alternative.match(text, hi + 1, d.sentence.end):
        return False
    return cues.question_word.search(text, hi, d.sentence.end) is not None or (
        cues.question_word.search(text, d.sentence.start, d.sentence.end) is None
    )


def _unless_carried(d: Draft, verdict: Verdict) -> Verdict:
    """A name carried from an earlier sentence, with no word in the figure's own sentence that
    refers back to it (`anaphors`: 这一比例, *the rate*, *it*), may support a figure but not fault
    it: the figure may well be about something its sentence names in words the data lacks."""
    if verdict.status not in _FAULTING or not d.carried or d.refers_back:
        return verdict
    return _withheld(
        verdict,
        "The figure's sentence does not say what it measures; read as the "
        f"{d.metric.surface if d.metric else 'series'} of an earlier sentence it",
    )


def _unless_assumed(d: Draft, verdict: Verdict, refdata: RefData) -> Verdict:
    """An entity taken from what the whole text is about, with none named near the figure, may
    support a figure but not fault it: the paragraph may have turned to another country (a
    Taiwan transcript about the Fed turning to 國內 CPI, an editorial's paragraph on China)."""
    if verdict.status not in _FAULTING:
        return verdict
    if not (d.entity_assumed or (d.turned_away is not None and d.turned_away())):
        return verdict
    entity = refdata.entities[d.entity_id].names.en if d.entity_id is not None else ""
    return _withheld(
        verdict,
        f"The figure's sentence names no country; read as a figure of {entity}, which the text "
        "names elsewhere, it",
    )


def _withheld(verdict: Verdict, why: str) -> Verdict:
    """``verdict`` made unverifiable, its row kept and its status told after ``why``."""
    return trusted(
        Verdict,
        {
            "status": S.UNVERIFIABLE,
            "confidence": 0.7,
            "reference": verdict.reference,
            "explanation": f"{why} would be {verdict.status.value}: {verdict.explanation}",
        },
    )


def check_claims(
    doc: Document,
    found: Extraction,
    refdata: RefData,
    quantities: Sequence[Quantity] | None = None,
    times: Sequence[TimeExpression] | None = None,
) -> ClaimResults:
    """Assemble, check and report the claims of one document.

    ``quantities`` and ``times``, when given, are ``found``'s mentions already turned into
    report models (in the same order): they are reused rather than built again.
    """
    time_models = dict(zip(found.times, times, strict=True)) if times is not None else {}
    sentence_spans: dict[int, Span] = {}

    def sentence_span(d: Draft) -> Span:
        span = sentence_spans.get(d.sentence.start)
        if span is None:
            span = sentence_spans[d.sentence.start] = doc.span(d.sentence.start, d.sentence.end)
        return span

    def time_model(t: TimeMention) -> TimeExpression:
        model = time_models.get(t)
        return model if model is not None else to_time(doc, t)

    cues = find_attributions(doc.norm.text)
    drafts = assemble(doc, found, refdata, cues)
    checker = Checker(refdata)
    by_index = {d.index: d for d in drafts}
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.start, []).append(d)
    claims: dict[int, Claim] = {}
    findings: list[_Finding] = []
    ordered: list[Claim] = []
    for d in drafts:
        period = claim_period(d)
        as_of = doc.anchors.at(d.mention.start)
        verdict, metric_id = _best_verdict(d, checker, as_of, period)
        verdict = _unless_carried(d, verdict)
        verdict = _unless_assumed(d, verdict, refdata)
        verdict = _unless_asked(doc, d, verdict)
        verdict = _unless_conditional(doc, d, verdict)
        verdict = _unless_forecast(d, verdict, refdata)
        verdict = _unless_named_period(doc, d, verdict)
        verdict = _unless_superseded(doc, d, verdict)
        verdict = _unless_dropped_reading(d, verdict)
        verdict = _unless_stated_apart(d, verdict, by_sentence[d.sentence.start], checker)
        verdict = _unless_borrowed_span(d, verdict, by_sentence[d.sentence.start], checker)
        verdict = _unless_averaged_apart(d, verdict)
        if d.averaged and d.mention.kind in _POINTS and verdict.status in _FAULTING:
            # 上半年平均为5.3%，比一季度下降0.2个百分点: a move between averages the data does not hold
            verdict = _withheld(
                verdict, "The figure is a move of an average over several periods; as a move of the series it"
            )
        if (
            d.earlier_value
            and d.time is not None
            and d.time.end <= d.clause[0]
            and verdict.status in _FAULTING
        ):
            # 一季度GDP增长2.0%，高于此前的1.3%: an earlier value (an earlier estimate, or the period
            # before) of a time the text leaves unsaid, not one of the period another figure states
            verdict = _withheld(
                verdict,
                "The text gives the figure as an earlier value, without its time; as of the period read it",
            )
        if d.undated_span and verdict.status in _FAULTING:
            # A decade earlier, …: the period is a span from a time the sentence does not give
            verdict = _withheld(
                verdict,
                "The text dates the figure a span from a time it does not give; as of the period read it",
            )
        if d.held_run and verdict.status in _FAULTING:
            # 结束连续数月持平在5.2%的走势: the level of a run of periods, not of the one read for it
            verdict = _withheld(
                verdict, "The figure is a level held over several periods; as one period's it"
            )
        if d.each_move and verdict.status in _FAULTING:
            # four straight 75bp moves, 连续第四次加息75个基点: each move's size, not one move's or a total
            verdict = _withheld(
                verdict, "The figure is the size of each of several moves; as one move or a total it"
            )
        if d.ends is not None:
            verdict = _against_ends(d, verdict, claims, checker)
        claim = trusted(
            Claim,
            {
                "id": f"c{d.index}",
                "span": sentence_span(d),
                "quantity": _quantity(doc, d, quantities),
                "time": time_model(d.time) if d.time is not None else None,
                "metric": _term(doc, d.metric, metric_id, d.metric_score),
                "entity": _term(doc, d.entity_term, d.entity_id, d.entity_score),
                "attribution": to_attribution(doc, d.attribution) if d.attribution is not None else None,
                "modality": d.modality,
                "change_of": [],
                "verdict": verdict,
            },
        )
        claims[d.index] = claim
        ordered.append(claim)
        finding = _finding(doc, d, claim)
        if finding is not None:
            findings.append(finding)
        if d.change_of and d.change_of[0] in claims:
            ordered.append(_change_claim(doc, by_index[d.change_of[0]], d, claims))
    durations = [q for q in found.quantities if q.kind == QuantityKind.DURATION]
    for issue in inconsistencies(drafts, doc.norm.text, claim_cues(), durations):
        last = issue.drafts[-1]
        span = doc.span(last.mention.start, last.mention.end)
        related = [doc.span(x.mention.start, x.mention.end) for x in issue.drafts[:-1]]
        values = {
            "kind": AnnotationKind.INCONSISTENCY,
            "device": None,
            "rule_id": issue.rule,
            "span": span,
            "confidence": 0.8,
            "level": Level.WARNING,
            "message": issue.message,
        }
        findings.append(
            (values, ("inconsistency", issue.rule, span.text, _sentence_text(doc, last)), related)
        )
    annotations = _annotations(findings)
    annotations.sort(key=lambda a: (a.span.start, a.rule_id))
    return ClaimResults(ordered, annotations)
