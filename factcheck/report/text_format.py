"""The human report: a header per file, findings in text order, a summary and a profile.

Rendered with rich into a string, so the same function serves a terminal (with
colour), a file (without) and the golden tests.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Sequence
from decimal import Decimal

from rich.console import Console
from rich.text import Text

from ..models.report import Report
from ..verdicts.wording import format_value
from .findings import Finding, FindingFilter, findings, profile, sentence_around

__all__ = ["KIND_STYLES", "finding_lines", "format_number", "make_console", "render_text"]

#: Colour of each finding kind (shared with the HTML report's palette names).
KIND_STYLES = {
    "rhetoric": "magenta",
    "unsupported_assertion": "yellow",
    "inconsistency": "cyan",
    "claim": "blue",
}
_STATUS_STYLES = {
    "supported": "green",
    "contradicted": "bold red",
    "imprecise": "yellow",
    "period_mismatch": "yellow",
}
_LEVEL_STYLES = {"error": "bold red", "warning": "yellow", "info": "dim"}


def format_number(value: Decimal | None) -> str:
    """A decimal without exponent notation or trailing zeros (3.62E+13 → 36200000000000)."""
    if value is None:
        return ""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def _header(report: Report) -> list[Text]:
    src = report.source
    lang = f"{src.lang}/{src.script}" if src.script else src.lang
    refdata = ", ".join(f"{r.name} {r.version}" for r in report.refdata) or "none loaded"
    head = Text(src.path or "<stdin>", style="bold underline")
    info = Text.assemble(
        "  language ",
        (lang, "bold"),
        " · document date ",
        (str(src.as_of), "bold"),
        f" ({src.as_of_source.value})",
        " · reference ",
        (refdata, "bold"),
        f" · {src.chars:,} characters",
    )
    return [head, info]


def _sentence(text: str, finding: Finding) -> Text:
    span = finding.annotation.span
    s, e = sentence_around(text, span.start, span.end)
    style = f"bold reverse {KIND_STYLES.get(finding.kind, 'white')}"
    flat = [
        piece.replace("\n", " ")
        for piece in (text[s : span.start], text[span.start : span.end], text[span.end : e])
    ]
    return Text.assemble("      ", flat[0], (flat[1], style), flat[2])


def _reference_line(finding: Finding) -> Text | None:
    claim = finding.claim
    if claim is None or claim.verdict is None or claim.verdict.reference is None:
        return None
    ref = claim.verdict.reference
    return Text.assemble(
        "      reference: ",
        (format_value(ref.value, ref.unit), "bold"),
        f" for {ref.indicator} / {ref.entity}, period ",
        (ref.period, "bold"),
        f" (published {ref.published}; {ref.source}; {ref.url}; {ref.refdata})",
    )


def finding_lines(text: str, finding: Finding) -> list[Text]:
    a = finding.annotation
    label_style = _STATUS_STYLES.get(finding.label, KIND_STYLES.get(finding.kind, ""))
    lines = [
        Text.assemble(
            f"  {a.span.line}:{a.span.column}  ",
            (finding.kind, KIND_STYLES.get(finding.kind, "")),
            "" if finding.label == finding.kind else "  ",
            ("" if finding.label == finding.kind else finding.label, label_style),
            f"  confidence {a.confidence:.2f}  ",
            (a.level.value, _LEVEL_STYLES[a.level.value]),
            "  ",
            (a.rule_id, "dim"),
        ),
        _sentence(text, finding),
        Text(f"      {a.message}"),
    ]
    if finding.claim is not None and finding.claim.verdict is not None and finding.claim.verdict.explanation:
        lines.append(Text(f"      {finding.claim.verdict.explanation}", style="italic"))
    ref = _reference_line(finding)
    if ref is not None:
        lines.append(ref)
    return lines


def _counts(title: str, counter: Counter[str]) -> Text:
    parts = ", ".join(f"{name} {n}" for name, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))
    return Text(f"  {title}: {parts or 'none'}")


def _summary(report: Report, shown: list[Finding]) -> list[Text]:
    verdicts = Counter(f.label for f in shown if f.kind == "claim")
    devices = Counter(f.label for f in shown if f.kind in ("rhetoric", "unsupported_assertion"))
    other = Counter(f.label for f in shown if f.kind == "inconsistency")
    p = profile(report)
    top = ", ".join(f"{d} ×{n}" for d, n in p["top_devices"]) or "none"  # type: ignore[union-attr]
    lines = [
        Text(f"  summary: {len(shown)} finding{'s' if len(shown) != 1 else ''}", style="bold"),
        _counts("verdicts", verdicts),
        _counts("devices", devices),
    ]
    if other:
        lines.append(_counts("inconsistencies", other))
    lines.append(
        Text(
            f"  profile: {p['figures']} figures ({p['figures_per_1000']} per 1,000 characters), "
            f"{p['claims']} claims ({p['checked']} checked, {p['supported']} supported), "
            f"{p['rhetoric']} rhetoric findings ({p['rhetoric_per_1000']} per 1,000 characters); "
            f"most frequent: {top}"
        )
    )
    return lines


def make_console(buffer: io.StringIO, *, color: bool, width: int) -> Console:
    """A rich console writing to ``buffer``, with or without colour."""
    return Console(
        file=buffer,
        width=width,
        force_terminal=color,
        no_color=not color,
        color_system="standard" if color else None,
        highlight=False,
        emoji=False,
        soft_wrap=True,
    )


def render_text(
    reports: Sequence[tuple[Report, str]],
    *,
    color: bool = False,
    width: int = 100,
    keep: FindingFilter | None = None,
    quiet: bool = False,
) -> str:
    """Render ``(report, original text)`` pairs for people; ``quiet`` prints findings only."""
    buffer = io.StringIO()
    console = make_console(buffer, color=color, width=width)
    for report, text in reports:
        shown = findings(report, keep)
        if quiet and not shown:
            continue
        for line in _header(report) if not quiet else [Text(report.source.path or "<stdin>", style="bold")]:
            console.print(line)
        if not quiet:
            console.print()
        for finding in shown:
            for line in finding_lines(text, finding):
                console.print(line)
        if not shown and not quiet:
            console.print(Text("  no findings", style="green"))
        if not quiet:
            console.print()
            for line in _summary(report, shown):
                console.print(line)
        console.print()
    return buffer.getvalue()
