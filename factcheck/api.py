"""The public functions: extract_quantities, extract_times, check."""

from __future__ import annotations

import datetime as dt
import hashlib

from ._version import __version__
from .extract import extract, prepare, to_quantity, to_time
from .models import Quantity, Report, SourceInfo, Summary, TimeExpression

__all__ = ["check", "extract_quantities", "extract_times"]


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value  # type: ignore[return-value]
    if isinstance(value, dt.datetime):
        return value.date()
    return dt.date.fromisoformat(str(value)[:10])


def _lang(value: str | None) -> str | None:
    if value is None:
        return None
    code = value.lower().split("-")[0].split("_")[0]
    if code not in ("zh", "en"):
        raise ValueError(f"unsupported language {value!r}: use 'zh', 'en' or None to detect")
    return code


def extract_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every figure in ``text``: numbers, percents, points, currencies, multiples, fractions,
    ratios, counts and measures, with spans into ``text``."""
    doc = prepare(text, _lang(lang))
    found = extract(doc)
    return [to_quantity(doc, q) for q in found.quantities]


def extract_times(text: str, as_of: dt.date | str | None = None) -> list[TimeExpression]:
    """Every date and period in ``text``, resolved to ``[start, end)`` against the document date
    (``as_of``; else the date in the text's header; else today)."""
    doc = prepare(text, None, _as_date(as_of))
    found = extract(doc)
    return [to_time(doc, t) for t in found.times]


def check(
    text: str,
    lang: str | None = None,
    as_of: dt.date | str | None = None,
    refdata: object | None = None,
    *,
    path: str | None = None,
    encoding: str | None = None,
) -> Report:
    """Check ``text``: extract its figures and times and build the report."""
    del refdata  # reference data is consulted by the checker stage
    doc = prepare(text, _lang(lang), _as_date(as_of))
    found = extract(doc)
    quantities = [to_quantity(doc, q) for q in found.quantities]
    times = [to_time(doc, t) for t in found.times]
    source = SourceInfo(
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        lang=doc.lang,
        script=doc.script,
        as_of=doc.as_of,
        as_of_source=doc.as_of_source,
        encoding=encoding,
        chars=len(text),
    )
    summary = Summary(quantities=len(quantities), times=len(times))
    return Report(tool_version=__version__, source=source, quantities=quantities, times=times, summary=summary)
