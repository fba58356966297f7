"""Time expressions resolved to ISO intervals."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field

from .base import FrozenModel
from .span import Span

__all__ = ["Granularity", "TimeExpression"]


class Granularity(str, Enum):
    """The size of the period a time expression names."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    FISCAL_YEAR = "fiscal_year"
    DECADE = "decade"
    CENTURY = "century"
    RANGE = "range"


class TimeExpression(FrozenModel):
    """A date or period mentioned in the text: ``[start, end)`` with a granularity."""

    span: Span
    start: dt.date
    end: dt.date = Field(description="exclusive end date")
    granularity: Granularity
    relative: bool = Field(default=False, description="resolved against an anchor date (今年, last month …)")
    anchor: dt.date | None = Field(
        default=None, description="the date a relative expression was resolved against"
    )
