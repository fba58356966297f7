"""Numeric mentions: a value, its kind, unit and qualifier."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from .base import FrozenModel, Number
from .span import Span

__all__ = ["Qualifier", "Quantity", "QuantityKind"]


class QuantityKind(str, Enum):
    """What a figure measures."""

    NUMBER = "number"
    PERCENT = "percent"
    PERCENTAGE_POINT = "percentage_point"
    BASIS_POINT = "basis_point"
    CURRENCY = "currency"
    MULTIPLE = "multiple"
    FRACTION = "fraction"
    RATIO = "ratio"
    COUNT = "count"
    MEASURE = "measure"
    DURATION = "duration"


class Qualifier(str, Enum):
    """How the stated value bounds the true one."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"


class Quantity(FrozenModel):
    """A figure found in the text.

    Percent values are in percent units (56.2, not 0.562); currency values are in
    whole units (36.2兆美元 → 3.62e13 USD); ranges set ``low`` and ``high`` and
    ``value`` = ``low``.
    """

    span: Span
    kind: QuantityKind
    value: Number
    low: Number | None = None
    high: Number | None = None
    unit: str | None = Field(
        default=None,
        description="pint-style unit name (percent, USD, barrel …), or the counted noun for counts; "
        "null for a bare number",
    )
    qualifier: Qualifier = Qualifier.EXACT
    precision: Number | None = Field(
        default=None,
        description="the place value of the last digit the text stated, in value units "
        "(56.2 → 0.1; 1928萬 → 10000)",
    )
