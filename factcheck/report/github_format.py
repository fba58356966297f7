"""GitHub workflow annotations (``::error file=…::message``), capped as GitHub shows them.

GitHub shows 10 errors and 10 warnings per step (ecosystem.md §3), so at most
:data:`CAP` annotations per level are printed, the loudest and most confident
first, followed by one notice saying how many more the SARIF and the step
summary hold.
"""

from __future__ import annotations

from collections.abc import Sequence

from .findings import LEVEL_ORDER, is_problem
from .located import Located

__all__ = ["CAP", "render_github"]

CAP = 10
_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def _data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(value: str) -> str:
    return _data(value).replace(":", "%3A").replace(",", "%2C")


def _line(item: Located) -> str:
    a = item.finding.annotation
    span = a.span
    end_line = span.line + span.text.count("\n")
    props = [f"file={_prop(item.path)}", f"line={span.line}", f"endLine={end_line}"]
    if end_line == span.line:
        props += [f"col={span.column}", f"endColumn={span.column + len(span.text)}"]
    props.append(f"title={_prop(f'{a.rule_id} ({a.confidence:.2f})')}")
    return f"::{_COMMAND[a.level.value]} {','.join(props)}::{_data(a.message)}"


def render_github(items: Sequence[Located]) -> str:
    """Workflow commands for the problems among ``items``, at most :data:`CAP` per level."""
    problems = [i for i in items if is_problem(i.finding.annotation)]
    ranked = sorted(
        problems,
        key=lambda i: (
            -LEVEL_ORDER[i.finding.annotation.level],
            -i.finding.annotation.confidence,
            i.path,
            i.finding.annotation.span.start,
            i.finding.annotation.rule_id,
        ),
    )
    shown: list[Located] = []
    per_level: dict[str, int] = {}
    for item in ranked:
        level = item.finding.annotation.level.value
        if per_level.get(level, 0) < CAP:
            per_level[level] = per_level.get(level, 0) + 1
            shown.append(item)
    shown.sort(key=lambda i: (i.path, i.finding.annotation.span.start, i.finding.annotation.rule_id))
    lines = [_line(i) for i in shown]
    hidden = len(problems) - len(shown)
    if hidden:
        lines.append(
            f"::notice title=factcheck::{hidden} more finding{'s' if hidden != 1 else ''} "
            "not shown here; see the SARIF file or the step summary"
        )
    return "\n".join(lines) + ("\n" if lines else "")
