"""What the gate prints: the new findings, for people (text) and for tools (JSON)."""

from __future__ import annotations

import io
import json
from collections.abc import Mapping, Sequence

from rich.text import Text

from ..gate.baseline import finding_anchor
from ..gate.match import GateResult
from .located import BaselineState, Located
from .text_format import finding_lines, make_console

__all__ = ["GATE_SCHEMA", "render_gate_json", "render_gate_text"]

GATE_SCHEMA = "factcheck.gate/1"


def _summary(result: GateResult, failing: Sequence[Located]) -> str:
    return (
        f"{len(failing)} new finding{'s' if len(failing) != 1 else ''} · "
        f"{result.count(BaselineState.UPDATED)} updated · "
        f"{result.count(BaselineState.UNCHANGED)} unchanged · "
        f"{len(result.absent)} fixed"
    )


def render_gate_text(
    result: GateResult,
    failing: Sequence[Located],
    texts: Mapping[str, str],
    *,
    color: bool,
    width: int = 100,
    quiet: bool = False,
) -> str:
    """The failing findings with their sentences, then one summary line."""
    buffer = io.StringIO()
    console = make_console(buffer, color=color, width=width)
    current = None
    for item in failing:
        if item.path != current:
            current = item.path
            console.print(Text(item.path, style="bold underline"))
        for line in finding_lines(texts.get(item.path, ""), item.finding):
            console.print(line)
    if not quiet:
        if failing:
            console.print()
        console.print(Text(_summary(result, failing), style="bold red" if failing else "bold green"))
        if result.absent:
            console.print(
                Text(
                    "  fixed findings are still in the baseline; drop them with: "
                    "factcheck baseline --update PATHS",
                    style="dim",
                )
            )
    return buffer.getvalue()


def _item(item: Located) -> dict[str, object]:
    a = item.finding.annotation
    return {
        "path": item.path,
        "state": item.state.value if item.state else None,
        "fp": a.fingerprint,
        "anchor": finding_anchor(a),
        "annotation": a.model_dump(mode="json"),
    }


def render_gate_json(result: GateResult, failing: Sequence[Located]) -> str:
    """The gate's outcome as one JSON object (schema ``factcheck.gate/1``)."""
    fail_ids = {id(i) for i in failing}
    payload = {
        "schema": GATE_SCHEMA,
        "new": [_item(i) for i in failing],
        "below_threshold": [
            _item(i) for i in result.located if i.state is BaselineState.NEW and id(i) not in fail_ids
        ],
        "updated": [_item(i) for i in result.located if i.state is BaselineState.UPDATED],
        "unchanged": result.count(BaselineState.UNCHANGED),
        "absent": [
            {"path": p, "fp": e.fp, "anchor": e.anchor, "rule": e.rule, "excerpt": e.excerpt}
            for p, e in result.absent
        ],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
