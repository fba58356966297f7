"""``factcheck gate``: fail (exit 1) only on findings that are not in the baseline.

    factcheck gate PATHS [--baseline FILE]     compare with a baseline file
    factcheck gate PATHS --since REV           compare with the same files at a git revision

Thresholds (``--fail-on``, ``--min-confidence``, ``--level``, ``--only``) apply
after the comparison, so the baseline holds everything. The gate never writes
the baseline.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import ExitStatus
from .check import add_input_arguments, add_output_arguments

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``factcheck gate``."""
    add_input_arguments(parser)
    add_output_arguments(parser)
    gate = parser.add_argument_group("gate")
    mode = gate.add_mutually_exclusive_group()
    mode.add_argument(
        "--baseline",
        metavar="FILE",
        help="baseline to compare with (default: .factcheck-baseline.json in the working folder)",
    )
    mode.add_argument(
        "--since",
        metavar="REV",
        help="compare with the same files at git revision REV (renames followed) instead of a baseline",
    )
    gate.add_argument(
        "--fail-on",
        choices=("info", "warning", "error"),
        help="fail on new findings of this level or louder (default: info, i.e. any)",
    )
    gate.add_argument(
        "--strict",
        action="store_true",
        default=None,
        help="no 'updated' matching (an edited sentence makes its findings new), and fail when "
        "baseline entries are no longer found",
    )
    gate.add_argument(
        "--exit-zero",
        action="store_true",
        default=None,
        help="exit 0 even when there are new findings (input errors still exit 2)",
    )


def run(args: argparse.Namespace) -> int:
    """Compare the inputs' findings with the baseline and report the new ones."""
    from ..gate.baseline import BASELINE_NAME, read_baseline
    from ..gate.match import match_files
    from ..gate.session import failing, keyed, since_baseline
    from ..models.annotation import Level
    from ..report.emit import emit_gate, finding_filter
    from ..scale import ReadSettings, resolve_jobs
    from .check import check_options, check_outcomes, settings_from

    settings = settings_from(args)
    since = settings.get("since")
    baseline_path = Path(str(settings.get("baseline", BASELINE_NAME)))
    baseline_entries = None if since else read_baseline(baseline_path)
    outcomes = check_outcomes(settings, sys.stderr)
    errors = [o for o in outcomes if o.error]
    if since:
        read = ReadSettings(int(settings.get("max_bytes", 50 * 1024 * 1024)), settings.get("encoding"))  # type: ignore[call-overload, arg-type]
        outcomes, current, baseline = since_baseline(
            outcomes, str(since), check_options(settings), read, resolve_jobs(settings.get("jobs"))
        )  # type: ignore[arg-type]
    else:
        outcomes, current = keyed(outcomes, baseline_path.resolve().parent)
        baseline = baseline_entries or {}
    strict = bool(settings.get("strict", False))
    result = match_files(current, baseline, strict=strict)
    fails = failing(result.located, finding_filter(settings), Level(str(settings.get("fail_on", "info"))))
    for o in errors:
        sys.stderr.write(f"factcheck: error: {o.error}\n")
    emit_gate(settings, result, fails, outcomes)
    if errors:
        return int(ExitStatus.USAGE_OR_INPUT_ERROR)
    if settings.get("exit_zero"):
        return int(ExitStatus.CLEAN)
    return int(ExitStatus.FINDINGS if fails or (strict and result.absent) else ExitStatus.CLEAN)
