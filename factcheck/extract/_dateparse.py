"""dateparser, loaded on first use, for English month-name dates (Nov. 21, 2025).

dateparser parses the date once our patterns have found it; relative parts
resolve against the anchor date we pass, never against the clock.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

__all__ = ["parse_english_date"]


@cache
def _parser() -> Any:
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    )


def parse_english_date(text: str, anchor: dt.date, year: int | None) -> dt.date | None:
    """The calendar day ``text`` names; ``year`` fills a missing year."""
    base = dt.datetime(year or anchor.year, anchor.month if year is None else 6, 15)  # noqa: DTZ001
    cleaned = text.strip().removeprefix("on ").removeprefix("On ")
    try:
        data = _parser().get_date_data(cleaned, date_formats=None)
        found = data.date_obj if data is not None else None
        if found is None:
            from dateparser import parse

            found = parse(
                cleaned,
                languages=["en"],
                settings={"RELATIVE_BASE": base, "PREFER_DATES_FROM": "current_period"},
            )
    except (ValueError, OverflowError):
        return None
    if found is None:
        return None
    day = found.date()
    if year is not None and str(day.year) not in cleaned:
        try:
            day = day.replace(year=year)
        except ValueError:
            return None
    return day
