"""What values a stated figure allows, from its own precision and qualifier.

56.2% means [56.15, 56.25]: half a unit in the last stated digit. Approximate
words widen the interval; 超過/more than and 不足/less than are one-sided bounds;
a range allows its whole span. "Imprecise" is a looser band around that
interval: the figure is near the reference but not within what it claims.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..models.quantity import Qualifier

__all__ = ["Interval", "claim_interval", "half_unit", "relative_gap", "rounding_unit"]

#: Widening of "approximately" figures: a share of the value, on top of the rounding
#: (约3万亿 allows 3万亿 ± (0.5万亿 + 5%)) ...
APPROX_SHARE = Decimal("0.05")
#: ... but no more than this many units of the last digit written: a writer who gives three
#: significant digits (约1.83万亿) means a value near them, not anything within 5% (1.775万亿).
APPROX_UNITS = 2
#: Characters that write a decimal point (the figure's digits are all significant).
DECIMAL_MARKS = (".", "点", "點", "．")
#: Band around the claimed interval within which a figure counts as imprecise, not wrong.
IMPRECISE_SHARE = Decimal("0.05")
#: Most a bound may be short of its threshold: half a unit of its last digit, but no more than
#: this share of it (topped $1 trillion is not met by $0.97 trillion; 超过130% allows 129.5%).
BOUND_SHARE = Decimal("0.005")


@dataclass(frozen=True)
class Interval:
    """``[low, high]``; ``None`` is unbounded."""

    low: Decimal | None
    high: Decimal | None

    def contains(self, value: Decimal) -> bool:
        """Whether ``value`` lies within the interval."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def reaches(self, low: Decimal, high: Decimal) -> bool:
        """Whether the interval shares a value with ``[low, high]``."""
        return (self.low is None or self.low <= high) and (self.high is None or self.high >= low)

    def distance(self, value: Decimal) -> Decimal:
        """How far ``value`` lies outside the interval (0 inside)."""
        if self.low is not None and value < self.low:
            return self.low - value
        if self.high is not None and value > self.high:
            return value - self.high
        return Decimal(0)


def rounding_unit(value: Decimal, precision: Decimal | None, written: str) -> Decimal | None:
    """The unit a figure was rounded to, from the unit of its last written digit.

    Trailing zeros of a whole number are not significant (1160万 is rounded to 10万,
    800万 to 100万, 2000美元 to 1000): writers round to them. A written decimal point makes
    every digit significant (4.0% is rounded to 0.1).
    """
    if precision is None or precision <= 0 or any(mark in written for mark in DECIMAL_MARKS):
        return precision
    digits = (abs(value) / precision).to_integral_value()
    while digits and digits % 10 == 0:
        digits /= 10
        precision *= 10
    return precision


#: Qualifiers that state a bound (more than, at most), not a value.
BOUND_QUALIFIERS = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST)


def half_unit(value: Decimal, precision: Decimal | None = None) -> Decimal:
    """Half the rounding unit: of ``precision``, else of the last digit ``value`` is written with."""
    if precision is not None and precision > 0:
        return precision / 2
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(exponent) / 2 if isinstance(exponent, int) else Decimal(0)


def claim_interval(
    value: Decimal,
    qualifier: Qualifier,
    precision: Decimal | None,
    low: Decimal | None = None,
    high: Decimal | None = None,
) -> Interval:
    """The values a stated figure allows."""
    half = half_unit(value, precision)
    if qualifier == Qualifier.RANGE and low is not None and high is not None:
        return Interval(min(low, high) - half, max(low, high) + half)
    if qualifier == Qualifier.APPROX:
        spread = (
            half + min(abs(value) * APPROX_SHARE, 2 * half * APPROX_UNITS)
            if half
            else abs(value) * APPROX_SHARE
        )
        return Interval(value - spread, value + spread)
    if qualifier in BOUND_QUALIFIERS:
        # a bound at zero (at or below 0%, 负增长) is zero: 0.2% is not below it
        half = min(half, abs(value) * BOUND_SHARE)
    if value < 0 and qualifier in BOUND_QUALIFIERS:
        # a bound on a fall's size (lost more than 100,000 jobs, 降幅不足1%): the bound is on the
        # magnitude the text wrote, so "more than" reaches further below zero
        if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
            return Interval(None, value + half)
        return Interval(value - half, Decimal(0))
    if qualifier in (Qualifier.MORE_THAN, Qualifier.AT_LEAST):
        return Interval(value - half, None)
    if qualifier in (Qualifier.LESS_THAN, Qualifier.AT_MOST):
        return Interval(None, value + half)
    return Interval(value - half, value + half)


def relative_gap(interval: Interval, reference: Decimal) -> Decimal:
    """How far the reference lies outside the claimed interval, relative to the reference."""
    gap = interval.distance(reference)
    if gap == 0:
        return Decimal(0)
    scale = abs(reference) if reference != 0 else Decimal(1)
    return gap / scale
