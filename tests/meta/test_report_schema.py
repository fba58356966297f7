"""The exported JSON Schema of the report stays in sync with the models."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

import factcheck
from factcheck.models import Report

SCHEMA = Path(__file__).resolve().parents[2] / "docs" / "report.schema.json"


def current_schema() -> dict[str, object]:
    return Report.model_json_schema(mode="serialization", by_alias=True)


def test_schema_file_matches_models() -> None:
    on_disk = json.loads(SCHEMA.read_text(encoding="utf-8"))
    assert on_disk == current_schema(), (
        "regenerate with: python -m factcheck.models.schema > docs/report.schema.json"
    )


def test_reports_validate_against_the_schema() -> None:
    report = factcheck.check("美國聯邦債務達36.2兆美元，較去年增加約10%。", as_of="2025-11-08")
    jsonschema.validate(report.model_dump(mode="json"), current_schema())
