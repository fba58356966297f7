"""The baseline file (``.factcheck-baseline.json``, schema ``factcheck.baseline/1``).

Deterministic and merge-friendly: files sorted by path, entries by (rule, fp),
identical findings counted rather than listed, no line numbers, timestamps or
versions. ``excerpt`` is for reviewers and never compared. The file holds every
finding the rules produced; thresholds apply after the diff.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from ..errors import BaselineError
from ..models.annotation import Annotation
from .fingerprint import FINGERPRINT_VERSION, anchor

__all__ = [
    "BASELINE_NAME",
    "BASELINE_SCHEMA",
    "Entry",
    "dump_baseline",
    "entries_for",
    "read_baseline",
    "write_baseline",
]

BASELINE_NAME = ".factcheck-baseline.json"
BASELINE_SCHEMA = "factcheck.baseline/1"
_EXCERPT = 40


@dataclass(frozen=True, order=True)
class Entry:
    """Identical findings of one file: their rule, fingerprint, anchor and how many there are."""

    rule: str
    fp: str
    anchor: str
    count: int
    excerpt: str = ""


def finding_anchor(annotation: Annotation) -> str:
    """The tier-2 anchor of an annotation."""
    return anchor(annotation.kind.value, annotation.rule_id, annotation.span.text)


def entries_for(annotations: Iterable[Annotation]) -> list[Entry]:
    """Baseline entries of one file's annotations, sorted."""
    grouped: dict[tuple[str, str], list[Annotation]] = {}
    for a in annotations:
        grouped.setdefault((a.rule_id, a.fingerprint), []).append(a)
    out = []
    for (rule, fp), group in grouped.items():
        first = min(group, key=lambda a: a.span.start)
        out.append(
            Entry(rule, fp, finding_anchor(first), len(group), " ".join(first.span.text.split())[:_EXCERPT])
        )
    return sorted(out)


def dump_baseline(files: Mapping[str, list[Entry]]) -> str:
    """The baseline file's text for ``files`` (path → entries); files without entries are left out."""
    payload = {
        "schema": BASELINE_SCHEMA,
        "fingerprint": FINGERPRINT_VERSION,
        "files": {
            path: [
                {"fp": e.fp, "anchor": e.anchor, "rule": e.rule, "count": e.count, "excerpt": e.excerpt}
                for e in sorted(entries)
            ]
            for path, entries in sorted(files.items())
            if entries
        },
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def _entry(path: Path, file: str, raw: object) -> Entry:
    if not isinstance(raw, dict):
        raise BaselineError(path, "entry is not an object", item=file)
    try:
        count = raw.get("count", 1)
        if not isinstance(count, int) or count < 1:
            raise BaselineError(path, "must be a positive whole number", item=file, field="count")
        fields = {k: raw[k] for k in ("rule", "fp", "anchor")}
    except KeyError as exc:
        raise BaselineError(path, "missing", item=file, field=str(exc.args[0])) from None
    for key, value in fields.items():
        if not isinstance(value, str) or not value:
            raise BaselineError(path, "must be a non-empty string", item=file, field=key)
    return Entry(fields["rule"], fields["fp"], fields["anchor"], count, str(raw.get("excerpt", "")))


def read_baseline(path: Path) -> dict[str, list[Entry]]:
    """Read a baseline file; a missing, malformed or foreign file is a :class:`BaselineError`."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(path, "no such baseline (create it with: factcheck baseline PATHS)") from None
    except json.JSONDecodeError as exc:
        raise BaselineError(path, f"not valid JSON: {exc.msg}", line=exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BaselineError(path, f"cannot read: {exc}") from None
    if not isinstance(data, dict):
        raise BaselineError(path, "not a baseline object")
    if data.get("schema") != BASELINE_SCHEMA:
        raise BaselineError(
            path, f"unknown schema {data.get('schema')!r} (expected {BASELINE_SCHEMA!r})", field="schema"
        )
    if data.get("fingerprint") != FINGERPRINT_VERSION:
        raise BaselineError(
            path,
            f"unknown fingerprint version {data.get('fingerprint')!r} "
            f"(expected {FINGERPRINT_VERSION!r}; re-create the baseline)",
            field="fingerprint",
        )
    files = data.get("files")
    if not isinstance(files, dict):
        raise BaselineError(path, "must be an object of path → entries", field="files")
    out: dict[str, list[Entry]] = {}
    for file, entries in files.items():
        if not isinstance(entries, list):
            raise BaselineError(path, "must be a list of entries", item=file)
        out[file] = [_entry(path, file, e) for e in entries]
    return out


def write_baseline(path: Path, files: Mapping[str, list[Entry]]) -> None:
    """Write the baseline atomically."""
    from ..report.atomic import write_atomic

    write_atomic(str(path), dump_baseline(files))
