"""JSON Lines: one report per line, written as each file is done (the scale-out format)."""

from __future__ import annotations

import json

from ..models.report import Report

__all__ = ["render_jsonl_line"]


def render_jsonl_line(report: Report) -> str:
    """``report`` as one line of JSON (the same object ``--format json`` prints), newline-terminated."""
    return (
        json.dumps(report.model_dump(mode="json", by_alias=True), ensure_ascii=False, separators=(",", ":"))
        + "\n"
    )
