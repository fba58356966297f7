"""The JSON format: exactly the report model (several files: a run object)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..models.report import Report

__all__ = ["RUN_SCHEMA", "render_json"]

RUN_SCHEMA = "factcheck.run/1"


def render_json(reports: Sequence[Report]) -> str:
    """One report as its model dump; several as ``{"schema": "factcheck.run/1", "reports": [...]}``."""
    dumped = [r.model_dump(mode="json", by_alias=True) for r in reports]
    payload: object = dumped[0] if len(dumped) == 1 else {"schema": RUN_SCHEMA, "reports": dumped}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
