"""The gate's steps between checking files and printing: keys, the two baselines, thresholds.

Paths are keyed repo-relative with '/' (relative to the baseline file's folder,
or to the git top folder with ``--since``), so a baseline reads the same on
every machine and from every working folder.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import FactcheckError
from ..io import decode_bytes
from ..models.annotation import Level
from ..options import CheckOptions
from ..report.findings import LEVEL_ORDER, Finding, FindingFilter, findings, is_problem
from ..report.located import BaselineState, Located
from ..scale import Outcome, ReadSettings, Task, run_tasks
from .baseline import Entry, entries_for
from .git import old_texts, renames, repo_root, resolve_revision

__all__ = ["failing", "keyed", "path_key", "since_baseline"]


def path_key(path: str, root: Path) -> str:
    """``path`` relative to ``root`` with '/' (standard input keeps its given name)."""
    if path.startswith("<") or not os.path.exists(path):
        return path.replace(os.sep, "/")
    rel = os.path.relpath(os.path.abspath(path), root)
    return rel.replace(os.sep, "/")


def keyed(outcomes: Sequence[Outcome], root: Path) -> tuple[list[Outcome], dict[str, list[Finding]]]:
    """Outcomes renamed to their keys, and every checked file's findings (unfiltered) by key."""
    renamed = [dataclasses.replace(o, path=path_key(o.path, root)) for o in outcomes]
    current = {o.path: findings(o.report) for o in renamed if o.report is not None}
    return renamed, current


def since_baseline(
    outcomes: Sequence[Outcome],
    rev: str,
    options: CheckOptions,
    read: ReadSettings,
    jobs: int,
) -> tuple[list[Outcome], dict[str, list[Finding]], dict[str, list[Entry]]]:
    """Check each file as it was at ``rev`` (following renames): the keyed outcomes, current
    findings and the baseline that revision gives."""
    start = Path(next((o.path for o in outcomes if os.path.exists(o.path)), "."))
    root = repo_root(start.resolve())
    commit = resolve_revision(root, rev)
    renamed, current = keyed(outcomes, root)
    moved = renames(root, commit)
    old_paths = {key: moved.get(key, key) for key in current}
    blobs = old_texts(root, commit, sorted(set(old_paths.values())))
    pairs: list[tuple[str, Task]] = []
    for key, old in old_paths.items():
        if old in blobs:
            try:
                loaded = decode_bytes(blobs[old], f"{rev}:{old}", read.encoding)
            except FactcheckError:
                continue  # unreadable then: everything in it now is new
            pairs.append((key, Task(old, text=loaded.text, encoding=loaded.encoding)))
    baseline: dict[str, list[Entry]] = {}
    done = run_tasks([t for _, t in pairs], options, read, jobs=jobs)
    for (key, _), outcome in zip(pairs, done, strict=True):
        if outcome.report is not None:
            baseline[key] = entries_for(outcome.report.annotations)
    return renamed, current, baseline


def failing(items: Sequence[Located], keep: FindingFilter, fail_on: Level) -> list[Located]:
    """New findings that pass the thresholds: what fails the gate."""
    return [
        i
        for i in items
        if i.state is BaselineState.NEW
        and is_problem(i.finding.annotation)
        and keep.keeps(i.finding.annotation)
        and LEVEL_ORDER[i.finding.annotation.level] >= LEVEL_ORDER[fail_on]
    ]
