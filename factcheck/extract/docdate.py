"""The document's own date, and the dated sections inside it.

The date is read from the header lines (a publication stamp such as
"2023/11/21 00:06", "时间: 2025-11-08", "2025年11月21日美國東部時間"). Later
lines that stamp a section of their own (a postscript "【後註五,2024/03/05】",
a reader comment headed by its timestamp) re-anchor the relative expressions
that follow them.
"""

from __future__ import annotations

import datetime as dt

import regex

from .timeresolve import add_months, common_era_year, whole_number
from .times import Anchors, TimeGrammar

__all__ = ["detect_document_date", "section_anchors"]


def _number(raw: str | None, g: TimeGrammar) -> int | None:
    return whole_number(raw, g.tables)


def _year(m, g: TimeGrammar) -> int | None:  # type: ignore[no-untyped-def]
    """The stamp's year in the common era (a 民国 year counts from its era)."""
    return common_era_year(m.group("year").strip(), g.tables.eras, lambda raw: _number(raw, g))


def _date(m, g: TimeGrammar) -> dt.date | None:  # type: ignore[no-untyped-def]
    month = _number(m.group("month"), g) if m.groupdict().get("month") else 1
    day = _number(m.group("day"), g)
    year = _year(m, g)
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(m, g: TimeGrammar) -> int | None:  # type: ignore[no-untyped-def]
    raw = m.groupdict().get("month")
    if raw:
        return _number(raw, g)
    text = m.group()
    for name, number in sorted(g.tables.month_names.items(), key=lambda kv: -len(kv[0])):
        if name in text.lower():
            return number
    return None


def _header_end(text: str, lines: int) -> int:
    pos = 0
    for _ in range(lines):
        nl = text.find("\n", pos)
        if nl < 0:
            return len(text)
        pos = nl + 1
    return pos


#: Text kept before a date when looking for its label.
_LABEL_WINDOW = 16
_HAN = regex.compile(r"\p{Han}")
_LATIN = regex.compile(r"[A-Za-z]")
_NUMBER = regex.compile(r"\d+")
_NEWLINE = regex.compile(r"\n")
_TIME_OF_DAY = regex.compile(r"[^\n]{0,24}?\d{1,2}[:：]\d{2}")  # used with match(): anchored at its start


def detect_document_date(text: str, g: TimeGrammar) -> tuple[dt.date | None, int]:
    """The date stamped in the header of normalised ``text`` (or None), and where the header ends:
    after the stamp's line when there is one, else after ``header_lines`` lines.

    A date after a publication label (时间:, Published) or followed by a time of day is
    a stamp and may sit anywhere in the first ``stamp_lines`` lines; a bare date counts
    only in the first ``header_lines``. Dates after an excluded label (加入时间:,
    Joined) are skipped. The strongest, then the earliest, wins. With none there, a stamp
    in the last ``footer_lines`` lines (编辑于 2025-10-23 21:47) dates the document.
    """
    end = _header_end(text, g.header_lines)
    stamp_end = _header_end(text, max(g.stamp_lines, g.header_lines))
    found = _stamp(text, g, 0, stamp_end, end)
    if found is None and g.footer_lines > 0:
        footer = _footer_start(text, g.footer_lines)
        if footer >= stamp_end:
            date = _stamp(text, g, footer, len(text), footer, labelled_only=True)
            return (date[0] if date is not None else None), end
    return found if found is not None else (None, end)


def _footer_start(text: str, lines: int) -> int:
    """Where the last ``lines`` lines of ``text`` that hold anything begin."""
    starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
    filled = [a for a, b in zip(starts, [*starts[1:], len(text) + 1], strict=True) if text[a : b - 1].strip()]
    return filled[-lines] if len(filled) >= lines else 0


def _stamp(
    text: str, g: TimeGrammar, lo: int, hi: int, end: int, *, labelled_only: bool = False
) -> tuple[dt.date, int] | None:
    """The strongest, then the earliest, stamp in ``text[lo:hi]`` (a bare date only before
    ``end``), and where its line ends."""
    best: tuple[int, int, dt.date] | None = None
    readings: dict[int, set[dt.date]] = {}  # every date read at a position (10/09/2024: two)
    for pattern in g.header_patterns:
        for m in pattern.finditer(text, lo, hi):
            month, year = _month_number(m, g), _year(m, g)
            month_only = "day" not in m.re.groupindex  # June 2024 on a line of its own
            day_number = None if month_only else _number(m.group("day"), g)
            if month is None or year is None or (day_number is None and not month_only):
                continue
            try:
                # a month alone dates the document at its last day: what came out in it is out
                day = (
                    add_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)
                    if day_number is None
                    else dt.date(year, month, day_number)
                )
            except ValueError:
                continue
            line_start = text.rfind("\n", 0, m.start()) + 1
            before = text[max(line_start, m.start() - _LABEL_WINDOW) : m.start()]
            if g.excluded_label.search(before):
                continue
            labelled = bool(g.stamp_label.search(before)) or bool(_TIME_OF_DAY.match(text, m.end()))
            if not labelled and (labelled_only or m.start() >= end):
                continue
            key = (2 if month_only else 0 if labelled else 1, m.start())  # a full date wins
            readings.setdefault(m.start(), set()).add(day)
            if best is None or key < best[:2]:
                best = (*key, day)
    if best is None:
        return None
    line_end = text.find("\n", best[1])
    date, stop = best[2], len(text) if line_end < 0 else line_end
    if len(readings[best[1]]) > 1:
        line_start = text.rfind("\n", 0, best[1]) + 1
        date = _disambiguated(text[line_start:stop], text[best[1] : stop], readings[best[1]], g)
    return date, stop if line_end < 0 else stop + 1


def _disambiguated(line: str, stamp: str, dates: set[dt.date], g: TimeGrammar) -> dt.date:
    """Of the dates a ``stamp`` (the rest of its ``line`` from the date on) reads as (10/09/2024:
    9 October or 10 September), the one whose day of the week the line names (Wednesday), else
    month first in an English line (as American pages write it), else day first (as Hong Kong
    forums do)."""
    for pattern in g.patterns:
        if pattern.resolver != "weekday":
            continue
        for m in pattern.pattern.finditer(line):
            name = m.group("weekday")
            number = g.tables.weekdays.get(name) or g.tables.weekdays.get(name.lower())
            named = [d for d in dates if d.isoweekday() == number]
            if len(named) == 1:
                return named[0]
    month_first = _LATIN.search(line) is not None and not _HAN.search(line)
    first = int(_NUMBER.search(stamp).group())  # type: ignore[union-attr]  # a stamp opens with a number
    return next(
        (d for d in sorted(dates) if (d.month == first) == month_first),
        min(dates),
    )


def section_anchors(text: str, g: TimeGrammar, default: dt.date, header_end: int) -> Anchors:
    """Anchors for relative expressions: ``default`` until the first dated section after the header."""
    found: list[tuple[int, dt.date]] = []
    for pattern in g.section_stamps:
        for m in pattern.finditer(text, header_end):
            day = _date(m, g)
            if day is not None:
                found.append((m.start(), day))
    found.sort()
    return Anchors(default, tuple(p for p, _ in found), tuple(d for _, d in found))
