"""Write and build a made-up reference package for tests (example.org values, never statistics)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from factcheck.refdata.build import build

NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
#: The one source every made-up row cites.
SOURCES = """\
id,publisher,dataset,url,license,note
test_src,Test publisher,Test dataset,https://example.org/data,,
"""
ROWS_HEADER = "indicator,entity,period,value,unit,unit_mult,published,source_id,url,note\n"


def made_up_package(root: Path, indicators: str, entities: str, rows: str) -> Path:
    """Write ``root`` as a package named "mine" with these files and build it."""
    files = {
        "indicators.yaml": indicators,
        "entities.yaml": entities,
        "sources.csv": SOURCES,
        "observations/test.csv": rows,
    }
    for rel, text in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text, encoding="utf-8")
    build(root, now=NOW, message="A test package.", name="mine")
    return root
