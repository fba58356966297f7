"""Findings placed in their files, with their state in gate mode.

Every multi-file format (SARIF, GitHub annotations, Markdown, HTML) renders a
sequence of :class:`Located` built by :func:`locate` (check mode) or by the gate.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from ..models.report import Report
from .findings import Finding, FindingFilter, findings

__all__ = ["BaselineState", "Located", "Problem", "display_path", "locate"]


class BaselineState(str, Enum):
    """SARIF ``baselineState`` of a result in gate mode."""

    NEW = "new"
    UNCHANGED = "unchanged"
    UPDATED = "updated"
    ABSENT = "absent"


@dataclass(frozen=True)
class Located:
    """A finding in a file; ``state`` is set in gate mode."""

    path: str
    finding: Finding
    state: BaselineState | None = None


@dataclass(frozen=True)
class Problem:
    """An input that could not be checked (it makes the run exit 2)."""

    path: str
    message: str


def display_path(report: Report) -> str:
    """The path a report is shown under (``<stdin>`` for unnamed input)."""
    return report.source.path or "<stdin>"


def locate(reports: Sequence[Report], keep: FindingFilter | None = None) -> list[Located]:
    """Every finding of ``reports`` with its path, in input order then text order."""
    return [Located(display_path(r), f) for r in reports for f in findings(r, keep)]
