"""Arithmetic a text implies: per-day figures, shares and totals against the figures they come from.

* a per-day figure against a total and its span (全年支出2.9万亿美元，相当于每天近80亿美元);
* a share against its numerator and denominator (1299万人，占总劳动力1.6亿人的18.1%);
* parts against their total (总额41.8万亿元，其中出口23.8万亿元、进口20万亿元): parts may
  leave something out, so only parts that add up to more than the total are reported.

Every check compares intervals (each figure's own precision and qualifier), with a
slack for the rounding writers do in derived figures; figures are compared as written
(units and magnitudes equal), never across currencies.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..extract.quantities import QuantityMention
from ..extract.times import TimeMention
from ..models.quantity import QuantityKind
from .tolerance import Interval, claim_interval
from .wording import format_number

if TYPE_CHECKING:  # the claims stage imports this module
    from ..claims.assemble import Draft
    from ..claims.cues import ClaimCues


__all__ = ["arithmetic_inconsistencies"]

K = QuantityKind
#: Derived figures (per day, shares) are often rounded loosely: this much relative slack is allowed.
DERIVED_SLACK = Decimal("0.1")
#: Days in a duration unit.
UNIT_DAYS = {
    "year": Decimal(365),
    "quarter": Decimal("91.25"),
    "month": Decimal("30.4"),
    "week": Decimal(7),
    "day": Decimal(1),
}
#: Kinds whose figures add up.
_ADDITIVE = {K.CURRENCY, K.COUNT, K.NUMBER, K.MEASURE}
#: Characters just before a figure in which its cue (每天, 占, 其中) is looked for.
_CUE_WINDOW = 8


def _interval(d: Draft) -> Interval:
    m = d.mention
    return claim_interval(m.value, m.qualifier, d.precision, m.low, m.high)


def _widen(i: Interval, share: Decimal) -> Interval:
    low = None if i.low is None else i.low - abs(i.low) * share
    high = None if i.high is None else i.high + abs(i.high) * share
    return Interval(low, high)


def _same_measure(a: Draft, b: Draft) -> bool:
    return (
        a.mention.kind == b.mention.kind and a.mention.unit == b.mention.unit and a.mention.kind in _ADDITIVE
    )


def _comparable(part: Draft, whole: Draft) -> bool:
    """A part and its whole: the same measure, or a count and a bare number (13 million people
    of 160 million)."""
    if _same_measure(part, whole):
        return True
    kinds = {part.mention.kind, whole.mention.kind}
    bare = [d for d in (part, whole) if d.mention.kind == K.NUMBER and d.mention.unit is None]
    return bool(bare) and kinds <= {K.COUNT, K.NUMBER}


def _fmt(value: Decimal) -> str:
    """3 significant digits, with a magnitude word for large values (7.95 billion)."""
    return format_number(Decimal(f"{float(value):.3g}"))


def _cue_before(text: str, cue, d: Draft) -> bool:  # type: ignore[no-untyped-def]
    return bool(cue.search(text, max(d.clause[0], d.mention.start - _CUE_WINDOW), d.mention.start))


def _cue_around(text: str, cue, d: Draft) -> bool:  # type: ignore[no-untyped-def]
    """每天80亿美元 and $8 billion a day: the cue right before or right after the figure."""
    after = cue.match(text, d.mention.end, min(d.clause[1], d.mention.end + _CUE_WINDOW))
    if after is None:
        after = cue.match(text, d.mention.end + 1, min(d.clause[1], d.mention.end + _CUE_WINDOW))
    return _cue_before(text, cue, d) or after is not None


class _Arithmetic:
    def __init__(
        self, text: str, cues: ClaimCues, drafts: list[Draft], durations: list[QuantityMention]
    ) -> None:
        self.text, self.cues, self.drafts, self.durations = text, cues, drafts, durations

    def _span_days(self, total: Draft, per_day: Draft) -> Decimal | None:
        """The span a total covers: a duration or span word before the per-day figure, else the
        total's period."""
        sentence = per_day.sentence
        lo = min(total.sentence.start, sentence.start)
        durations = [
            q for q in self.durations if lo <= q.start < per_day.mention.start and q.unit in UNIT_DAYS
        ]
        if durations:
            q = durations[-1]
            return q.value * UNIT_DAYS[q.unit]  # type: ignore[index]
        words = list(self.cues.span_days.finditer(self.text, lo, per_day.mention.start))
        if words:
            return Decimal(self.cues.span_day_counts[words[-1].group().lower()])
        time: TimeMention | None = total.time
        if time is not None and time.granularity.value in (
            "year",
            "fiscal_year",
            "quarter",
            "month",
            "half",
            "week",
            "range",
        ):
            return Decimal((time.until - time.begin).days)
        return None

    def per_day(self) -> list[tuple[str, tuple[Draft, ...], str]]:
        out = []
        for i, d in enumerate(self.drafts):
            if not _cue_around(self.text, self.cues.per_day, d):
                continue
            totals = [
                t
                for t in self.drafts[max(0, i - 4) : i]
                if _same_measure(t, d)
                and t.sentence.paragraph == d.sentence.paragraph
                and abs(t.mention.value) > abs(d.mention.value) * 2
                and not _cue_around(self.text, self.cues.per_day, t)
            ]
            if not totals:
                continue
            total = totals[-1]
            days = self._span_days(total, d)
            if not days:
                continue
            implied = total.mention.value / days
            if not _widen(_interval(d), DERIVED_SLACK).contains(implied):
                out.append(
                    (
                        "inconsistency.per_day",
                        (total, d),
                        f"{total.surface} over {_fmt(days)} days is about {_fmt(implied)} a day, "
                        f"not {d.surface}.",
                    )
                )
        return out

    def shares(self) -> list[tuple[str, tuple[Draft, ...], str]]:
        """占总劳动力1.6亿人的18.1%: the part before the share word, the whole after it."""
        out = []
        for i, s in enumerate(self.drafts):
            if s.mention.kind != K.PERCENT:
                continue
            here = [
                d
                for d in self.drafts[max(0, i - 4) : i + 3]
                if d is not s and d.sentence is s.sentence and d.mention.kind in _ADDITIVE
            ]
            cues = list(self.cues.share.finditer(self.text, s.clause[0], s.mention.start))
            if cues:  # 占总劳动力1.6亿人的18.1%
                parts = [d for d in here if d.mention.end <= cues[-1].start()]
                wholes = [d for d in here if cues[-1].end() <= d.mention.start < s.mention.start]
            elif self.cues.share_after.match(
                self.text, s.mention.end
            ):  # 8.1% of a labor force of 160 million
                parts = [d for d in here if d.mention.end <= s.mention.start]
                wholes = [d for d in here if s.mention.end <= d.mention.start < s.clause[1]][:1]
            else:
                continue
            if not parts or len(wholes) != 1 or not _comparable(parts[-1], wholes[0]):
                continue
            numerator, denominator = parts[-1], wholes[0]
            n, t = _interval(numerator), _interval(denominator)
            if None in (n.low, n.high, t.low, t.high) or t.low <= 0:  # type: ignore[operator]
                continue
            low, high = n.low / t.high * 100, n.high / t.low * 100  # type: ignore[operator]
            stated = _widen(_interval(s), DERIVED_SLACK)
            if (stated.high is not None and low > stated.high) or (
                stated.low is not None and high < stated.low
            ):
                implied = numerator.mention.value / denominator.mention.value * 100
                out.append(
                    (
                        "inconsistency.share",
                        (numerator, denominator, s),
                        f"{numerator.surface} of {denominator.surface} is {_fmt(implied)}%, not {s.surface}.",
                    )
                )
        return out

    def totals(self) -> list[tuple[str, tuple[Draft, ...], str]]:
        out = []
        for i, total in enumerate(self.drafts):
            if total.mention.kind not in _ADDITIVE:
                continue
            cue = self.cues.parts.search(self.text, total.mention.end, total.sentence.end)
            if cue is None:
                continue
            parts = [
                d
                for d in self.drafts[i + 1 : i + 8]
                if d.sentence is total.sentence and d.mention.start >= cue.end() and _same_measure(d, total)
            ]
            if len(parts) < 2:
                continue
            lows = [_interval(p).low for p in parts]
            ceiling = _interval(total).high
            if ceiling is None or any(x is None for x in lows):
                continue
            added = sum(lows, Decimal(0))  # type: ignore[arg-type]
            if added > ceiling:
                listed = " + ".join(p.surface for p in parts)
                out.append(
                    (
                        "inconsistency.total",
                        (total, *parts),
                        f"The parts ({listed}) add up to more than the total {total.surface}.",
                    )
                )
        return out


def arithmetic_inconsistencies(
    text: str, cues: ClaimCues, drafts: list[Draft], durations: list[QuantityMention]
) -> list[tuple[str, tuple[Draft, ...], str]]:
    """(rule id, the figures involved, message) for each implied sum that does not add up."""
    checks = _Arithmetic(text, cues, drafts, durations)
    return checks.per_day() + checks.shares() + checks.totals()
