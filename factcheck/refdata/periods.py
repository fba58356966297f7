"""Periods of reference observations: ``2025``, ``2025-Q3``, ``2025-H1``, ``2025-07``,
``2025-07-31``, ``FY2025`` and explicit ``YYYY-MM-DD/YYYY-MM-DD`` intervals (end exclusive)."""

from __future__ import annotations

import datetime as dt
import re

from ..models.time import Granularity

__all__ = ["PERIOD_PATTERN", "parse_period"]

#: The period grammar (``re`` suffices and is already loaded at start-up).
PERIOD_PATTERN = (
    r"(?P<year>\d{4})(?:-(?:Q(?P<q>[1-4])|H(?P<h>[12])|(?P<m>\d{2})(?:-(?P<d>\d{2}))?))?"
    r"|FY(?P<fy>\d{4})"
    r"|(?P<a>\d{4}-\d{2}-\d{2})/(?P<b>\d{4}-\d{2}-\d{2})"
)
_PERIOD = re.compile(PERIOD_PATTERN)


def _add_months(d: dt.date, months: int) -> dt.date:
    index = d.year * 12 + d.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def parse_period(text: str, fiscal_year_start: int | None = None) -> tuple[dt.date, dt.date, Granularity]:
    """``[start, end)`` and granularity of a period string; ``ValueError`` when it is not one."""
    m = _PERIOD.fullmatch(text.strip())
    if m is None:
        raise ValueError(
            f"not a period: {text!r} (expected 2025, 2025-Q3, 2025-H1, 2025-07, 2025-07-31, FY2025 "
            "or YYYY-MM-DD/YYYY-MM-DD)"
        )
    if m.group("fy"):
        start_month = fiscal_year_start or 10
        year = int(m.group("fy"))
        start = dt.date(year - 1 if start_month != 1 else year, start_month, 1)
        return start, _add_months(start, 12), Granularity.FISCAL_YEAR
    if m.group("a"):
        a, b = dt.date.fromisoformat(m.group("a")), dt.date.fromisoformat(m.group("b"))
        if b <= a:
            raise ValueError(f"interval ends before it starts: {text!r}")
        return a, b, Granularity.RANGE
    year = int(m.group("year"))
    if m.group("q"):
        start = dt.date(year, 3 * (int(m.group("q")) - 1) + 1, 1)
        return start, _add_months(start, 3), Granularity.QUARTER
    if m.group("h"):
        start = dt.date(year, 1 if m.group("h") == "1" else 7, 1)
        return start, _add_months(start, 6), Granularity.HALF
    if m.group("d"):
        day = dt.date(year, int(m.group("m")), int(m.group("d")))
        return day, day + dt.timedelta(days=1), Granularity.DAY
    if m.group("m"):
        start = dt.date(year, int(m.group("m")), 1)
        return start, _add_months(start, 1), Granularity.MONTH
    return dt.date(year, 1, 1), dt.date(year + 1, 1, 1), Granularity.YEAR
