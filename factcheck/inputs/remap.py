"""Move a report made on extracted prose back onto the original (marked-up) text."""

from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel

from ..models.report import Report
from ..models.span import Span
from ..segment import LineIndex
from .markup import Extracted

__all__ = ["remap_report"]


def _remap(value: Any, fix: Any) -> Any:
    if isinstance(value, Span):
        return fix(value)
    if isinstance(value, BaseModel):
        updates = {}
        for name in type(value).model_fields:
            old = getattr(value, name)
            new = _remap(old, fix)
            if new is not old:
                updates[name] = new
        return value.model_copy(update=updates) if updates else value
    if isinstance(value, list):
        items = [_remap(v, fix) for v in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value


def remap_report(report: Report, extracted: Extracted, original: str) -> Report:
    """``report`` (made on ``extracted.text``) with every span pointing into ``original``."""
    lines = LineIndex(original)

    def fix(span: Span) -> Span:
        start, end = extracted.span(span.start, span.end)
        line, column = lines.line_col(start)
        return Span.model_construct(start=start, end=end, text=original[start:end], line=line, column=column)

    moved = _remap(report, fix)
    source = moved.source.model_copy(
        update={
            "sha256": hashlib.sha256(original.encode("utf-8")).hexdigest(),
            "chars": len(original),
        }
    )
    return moved.model_copy(update={"source": source})
