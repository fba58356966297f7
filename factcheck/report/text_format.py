"""The plain-text report for people: a header per file, then figures and times in text order."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..models.quantity import Quantity
from ..models.report import Report
from ..models.time import TimeExpression

__all__ = ["format_number", "render_text"]


def format_number(value: Decimal | None) -> str:
    """A decimal without exponent notation or trailing zeros (3.62E+13 → 36200000000000)."""
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _quantity_line(q: Quantity) -> str:
    if q.low is not None and q.high is not None:
        amount = f"{format_number(q.low)}–{format_number(q.high)}"
    else:
        amount = format_number(q.value)
    unit = f" {q.unit}" if q.unit else ""
    qualifier = "" if q.qualifier.value == "exact" else f" ({q.qualifier.value})"
    return f"  {q.span.line}:{q.span.column}  {q.span.text}  → {q.kind.value} {amount}{unit}{qualifier}"


def _time_line(t: TimeExpression) -> str:
    rel = f" (relative to {t.anchor})" if t.relative and t.anchor else ""
    return f"  {t.span.line}:{t.span.column}  {t.span.text}  → {t.granularity.value} [{t.start}, {t.end}){rel}"


def render_text(reports: Sequence[tuple[Report, str]]) -> str:
    """Render reports with the texts they came from."""
    out: list[str] = []
    for report, _text in reports:
        src = report.source
        name = src.path or "<stdin>"
        out.append(f"{name}")
        out.append(
            f"  language {src.lang}{'/' + src.script if src.script else ''}, document date {src.as_of} "
            f"({src.as_of_source.value}), {src.chars:,} characters"
        )
        out.append(f"figures ({len(report.quantities)}):")
        out.extend(_quantity_line(q) for q in report.quantities)
        out.append(f"times ({len(report.times)}):")
        out.extend(_time_line(t) for t in report.times)
        out.append("")
    return "\n".join(out)
