"""Markdown for pull-request comments and step summaries: counts, then a table of findings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from .findings import is_problem
from .located import BaselineState, Located, Problem

__all__ = ["MAX_ROWS", "render_markdown"]

#: Rows shown before the table is cut (GitHub caps a step summary at 1 MiB).
MAX_ROWS = 200


def _cell(text: str, limit: int = 120) -> str:
    flat = " ".join(text.split())
    if len(flat) > limit:
        flat = flat[: limit - 1] + "…"
    return flat.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;").replace("`", "'")


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {n}" for k, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))) or "none"


def _row(item: Located) -> str:
    a = item.finding.annotation
    ref = ""
    claim = item.finding.claim
    if claim is not None and claim.verdict is not None and claim.verdict.reference is not None:
        r = claim.verdict.reference
        ref = f" — reference {r.value} {r.unit} ({r.period}, {r.source})"
    return (
        f"| `{_cell(item.path)}` | {a.span.line}:{a.span.column} | {a.kind.value} · "
        f"**{_cell(item.finding.label)}** | {a.confidence:.2f} | {_cell(a.span.text, 60)} | "
        f"{_cell(a.message + ref)} |"
    )


def render_markdown(
    items: Sequence[Located],
    problems: Sequence[Problem] = (),
    *,
    files: int,
    gate: bool = False,
    absent: int = 0,
) -> str:
    """A Markdown report of ``items`` over ``files`` files (in gate mode: the new ones in the table)."""
    problems_only = [i for i in items if is_problem(i.finding.annotation)]
    shown = [i for i in problems_only if i.state in (None, BaselineState.NEW)] if gate else problems_only
    title = (
        f"{len(shown)} new finding{'s' if len(shown) != 1 else ''}"
        if gate
        else f"{len(shown)} finding{'s' if len(shown) != 1 else ''}"
    )
    out = [f"## factcheck: {title} in {files} file{'s' if files != 1 else ''}", ""]
    if gate:
        states = Counter(i.state.value for i in problems_only if i.state is not None)
        out += [
            f"New {states.get('new', 0)} · updated {states.get('updated', 0)} · "
            f"unchanged (in baseline) {states.get('unchanged', 0)} · fixed {absent}",
            "",
        ]
    verdicts = Counter(i.finding.label for i in shown if i.finding.kind == "claim")
    devices = Counter(i.finding.label for i in shown if i.finding.kind != "claim")
    out += [f"- Verdicts: {_counts(verdicts)}", f"- Devices and other findings: {_counts(devices)}", ""]
    if problems:
        out += ["### Inputs that could not be checked", ""]
        out += [f"- `{_cell(p.path)}`: {_cell(p.message, 200)}" for p in problems] + [""]
    if shown:
        out += ["| File | Line | Finding | Confidence | Text | Details |", "|---|---|---|---|---|---|"]
        out += [_row(i) for i in shown[:MAX_ROWS]]
        if len(shown) > MAX_ROWS:
            out.append(f"\n{len(shown) - MAX_ROWS} more findings are in the SARIF and JSON reports.")
        out.append("")
    return "\n".join(out) + "\n"
