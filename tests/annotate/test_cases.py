"""The behaviour table in cases.yaml: devices that must fire and devices that must stay silent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import factcheck

CASES = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))


def _id(case: dict[str, Any]) -> str:
    return f"{case['lang']}:{case['text'][:20]}"


@pytest.mark.parametrize("case", CASES, ids=_id)
def test_case(case: dict[str, Any]) -> None:
    report = factcheck.check(case["text"], lang=case["lang"])
    found = {a.device for a in report.annotations}
    why = case.get("trap") or case.get("note") or ""
    for device in case.get("fires", []):
        assert device in found, f"{device} did not fire ({why}); found {sorted(found)}"
    for device in case.get("silent", []):
        hits = [(a.span.text, a.rule_id, a.evidence) for a in report.annotations if a.device == device]
        assert not hits, f"{device} fired ({why}): {hits}"


def test_every_case_checks_something() -> None:
    for case in CASES:
        assert case.get("fires") or case.get("silent"), _id(case)
