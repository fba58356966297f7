"""The public functions: extract_quantities, extract_times, check."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path

from . import pipeline
from .extract import Document, Extraction, extract, prepare, to_quantity, to_time
from .models import Quantity, Report, TimeExpression
from .options import CheckOptions

__all__ = ["check", "extract_quantities", "extract_times"]


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
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


@lru_cache(maxsize=2)
def _extracted(
    text: str, lang: str | None, as_of: dt.date | None, today: dt.date
) -> tuple[Document, Extraction]:
    """Prepare and extract once per text: extract_quantities and extract_times on the same
    text share the work."""
    doc = prepare(text, lang, as_of, today=today)
    return doc, extract(doc)


def extract_quantities(text: str, lang: str | None = None) -> list[Quantity]:
    """Every figure in ``text``: numbers, percents, points, currencies, multiples, fractions,
    ratios, counts and measures, with spans into ``text``."""
    doc, found = _extracted(text, _lang(lang), None, dt.date.today())  # noqa: DTZ011 - API boundary
    return [to_quantity(doc, q) for q in found.quantities]


def extract_times(text: str, as_of: dt.date | str | None = None) -> list[TimeExpression]:
    """Every date and period in ``text``, resolved to ``[start, end)`` against the document date
    (``as_of``; else the date in the text's header; else today)."""
    doc, found = _extracted(text, None, _as_date(as_of), dt.date.today())  # noqa: DTZ011 - API boundary
    return [to_time(doc, t) for t in found.times]


def check(
    text: str,
    lang: str | None = None,
    as_of: dt.date | str | None = None,
    refdata: object | None = None,
    *,
    options: CheckOptions | None = None,
    path: str | None = None,
    encoding: str | None = None,
) -> Report:
    """Check ``text``: its figures and times, claims with verdicts, and rhetoric annotations.

    ``refdata`` is a reference-data folder or a sequence of them (later ones win);
    ``options`` carries everything else a run can set, and its fields are
    overridden by the explicit ``lang``/``as_of``/``refdata`` arguments.
    """
    opts = options or CheckOptions()
    updates: dict[str, object] = {}
    if lang is not None:
        updates["lang"] = _lang(lang)
    if as_of is not None:
        updates["as_of"] = _as_date(as_of)
    if refdata is not None:
        dirs = [refdata] if isinstance(refdata, (str, Path)) else list(refdata)  # type: ignore[call-overload]
        updates["refdata_dirs"] = tuple(Path(d) for d in dirs)
    if updates:
        opts = opts.model_copy(update=updates)
    return pipeline.run(text, opts, path=path, encoding=encoding)
