"""Print the JSON Schema of the report: ``python -m factcheck.models.schema > docs/report.schema.json``."""

from __future__ import annotations

import json
import sys

from .report import Report


def report_schema() -> dict[str, object]:
    """The JSON Schema of :class:`Report` as serialised (what ``--format json`` prints)."""
    return Report.model_json_schema(mode="serialization", by_alias=True)


def main() -> None:
    """Write the schema to standard output."""
    sys.stdout.write(json.dumps(report_schema(), ensure_ascii=False, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
