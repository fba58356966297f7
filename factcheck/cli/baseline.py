"""``factcheck baseline``: record the current findings so the gate fails only on new ones.

    factcheck baseline PATHS             write the baseline for PATHS (replacing the file)
    factcheck baseline --update PATHS    replace only the entries of PATHS, keep the rest

It prints what it added and removed: recording a finding accepts it.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from . import ExitStatus
from .check import add_input_arguments

__all__ = ["add_arguments", "run"]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``factcheck baseline``."""
    add_input_arguments(parser)
    group = parser.add_argument_group("baseline")
    group.add_argument(
        "--baseline",
        metavar="FILE",
        help="the baseline file (default: .factcheck-baseline.json in the working folder)",
    )
    group.add_argument(
        "--update",
        action="store_true",
        default=None,
        help="replace only the entries of the given paths and keep the others",
    )
    group.add_argument("-q", "--quiet", action="store_true", default=None, help="print only the counts")


def _units(files: dict[str, list]) -> Counter[tuple[str, str, str, str, str]]:  # type: ignore[type-arg]
    return Counter(
        {
            (path, e.rule, e.anchor, e.fp, e.excerpt): e.count
            for path, entries in files.items()
            for e in entries
        }
    )


def _pair_updates(added: Counter, removed: Counter) -> Counter:  # type: ignore[type-arg]
    """Take out of ``added`` and ``removed`` the findings whose sentence changed but phrase stayed."""
    updated: Counter = Counter()  # type: ignore[type-arg]
    for key in sorted(added):
        twin = next((k for k in sorted(removed) if k[:3] == key[:3]), None)
        if twin is not None:
            n = min(added[key], removed[twin])
            updated[key] += n
            added[key] -= n
            removed[twin] -= n
            added += Counter()
            removed += Counter()
    return updated


def _under(key: str, folders: list[str]) -> bool:
    return any(f in ("", ".") or key == f or key.startswith(f.rstrip("/") + "/") for f in folders)


def run(args: argparse.Namespace) -> int:
    """Check the inputs and write their findings to the baseline file."""
    from ..gate.baseline import BASELINE_NAME, entries_for, read_baseline, write_baseline
    from ..gate.session import keyed, path_key
    from .check import check_outcomes, settings_from

    settings = settings_from(args)
    path = Path(str(settings.get("baseline", BASELINE_NAME)))
    root = path.resolve().parent
    old = read_baseline(path) if path.exists() else {}
    outcomes = check_outcomes(settings, sys.stderr)
    errors = [o for o in outcomes if o.error]
    if errors:
        for o in errors:
            sys.stderr.write(f"factcheck: error: {o.error}\n")
        sys.stderr.write("factcheck: baseline not written\n")
        return int(ExitStatus.USAGE_OR_INPUT_ERROR)
    outcomes, _ = keyed(outcomes, root)
    checked = {o.path: entries_for(o.report.annotations) for o in outcomes if o.report is not None}
    if settings.get("update"):
        folders = [path_key(p, root) for p in settings.paths if Path(p).is_dir()]
        new = {k: v for k, v in old.items() if k not in checked and not _under(k, folders)}
        new.update(checked)
    else:
        new = checked
    write_baseline(path, new)
    before, after = _units(old), _units(new)
    added, removed = after - before, before - after
    updated = _pair_updates(added, removed)
    out = sys.stdout
    if not settings.get("quiet"):
        for sign, counter in (("+", added), ("-", removed), ("~", updated)):
            for (file, rule, _anchor, _fp, excerpt), n in sorted(counter.items()):
                if n > 0:
                    out.write(f"{sign} {file}: {rule} «{excerpt}»{f' ×{n}' if n > 1 else ''}\n")
    out.write(
        f"{path}: +{sum(added.values())} added, -{sum(removed.values())} removed, "
        f"~{sum(updated.values())} updated (sentence edited), "
        f"{sum(after.values())} in {len([f for f in new if new[f]])} files\n"
    )
    return int(ExitStatus.CLEAN)
