"""A package's ``CHANGELOG.md``: one entry per version, newest first.

    ## 0.2.0 (2026-12-01)

    ### Added
    - New table observations/wdi_gdp.csv: ...

Sections follow the Data Package Version recipe: **Changed** for MAJOR
(layout: fields renamed, added or retyped), **Added** for MINOR (new tables
or newly published periods), **Corrected** for PATCH (fixed values or
metadata).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from .model import Observation
from .package import RefPackage

__all__ = ["CHANGELOG", "SECTIONS", "add_entry", "entry", "series_lines", "versions"]

CHANGELOG = "CHANGELOG.md"
#: The section an entry gets by default for each kind of version bump.
SECTIONS = {"major": "Changed", "minor": "Added", "patch": "Corrected"}
_VERSION = re.compile(r"^## +v?(\d+\.\d+\.\d+)\b", re.MULTILINE)


def versions(text: str) -> list[str]:
    """The versions that have an entry, in file order."""
    return _VERSION.findall(text)


def _header(name: str) -> str:
    return (
        f"# Changelog: {name}\n\n"
        "One entry per version of this reference-data package, newest first. MAJOR changes the\n"
        "table layout, MINOR adds data (new tables, newly published periods), PATCH corrects\n"
        "values or metadata. `factcheck refdata build DIR --bump PART --message TEXT` writes an\n"
        "entry for each new version.\n"
    )


def series_lines(observations: Iterable[Observation], package: RefPackage) -> list[str]:
    """One line per indicator: its name, entities, first and last period, row count and sources."""
    by_indicator: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        by_indicator[obs.indicator].append(obs)
    lines = []
    for ident, rows in by_indicator.items():
        rows.sort(key=lambda o: (o.start, o.end))
        entities = ", ".join(sorted({o.entity for o in rows}))
        sources = ", ".join(sorted({o.source_id for o in rows}))
        span = (
            rows[0].period if rows[0].period == rows[-1].period else f"{rows[0].period} to {rows[-1].period}"
        )
        name = package.indicators[ident].names.en
        count = f"{len(rows)} row{'s' if len(rows) != 1 else ''}"
        lines.append(f"`{ident}` ({name}): {entities}; {span}; {count}; sources {sources}")
    return lines


def entry(version: str, date: str, section: str, items: list[str]) -> str:
    """The Markdown of one version's entry."""
    bullets = "\n".join(f"- {item}" for item in items)
    return f"## {version} ({date})\n\n### {section}\n\n{bullets}\n"


def add_entry(text: str | None, name: str, block: str) -> str:
    """``text`` (a CHANGELOG, or None for a new one) with ``block`` inserted above the newest entry."""
    if text is None or not text.strip():
        return f"{_header(name)}\n{block}"
    match = _VERSION.search(text)
    if match is None:
        return f"{text.rstrip()}\n\n{block}"
    return f"{text[: match.start()]}{block}\n{text[match.start() :]}"


def read(root: Path) -> str | None:
    """The CHANGELOG text of the package in ``root``, or None when it has none."""
    try:
        return (root / CHANGELOG).read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
