"""Rebuild a package: recompute ``datapackage.json`` from the files and record the version in CHANGELOG.md.

A resource whose bytes changed needs a version bump (``--bump``) and a
CHANGELOG message: that is how every report's ``refdata`` version keeps
naming exactly one set of values. Both files are written atomically, and only
after the whole package has validated.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import RefdataError, UsageError
from . import changelog
from .descriptor import describe, draft
from .package import DESCRIPTOR, RefPackage, load_with_descriptor, package_sha256, read_descriptor

__all__ = ["BUMPS", "BuildResult", "build", "bump_version", "write_atomic"]

BUMPS = ("major", "minor", "patch")
FIRST_VERSION = "0.1.0"
_SEMVER = re.compile(r"^(\d+)\.(\d+)\.(\d+)$")


def bump_version(version: str, part: str) -> str:
    """``version`` with its ``part`` (major, minor or patch) incremented and the parts after it reset."""
    match = _SEMVER.match(version)
    if match is None:
        raise UsageError(f"version {version!r} is not MAJOR.MINOR.PATCH")
    major, minor, patch = (int(x) for x in match.groups())
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise UsageError(f"unknown version part {part!r} (expected one of {', '.join(BUMPS)})")


def write_atomic(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` in one step (a temporary file in the same folder, then a rename).

    The file keeps its permissions; a new file gets ``rw-r--r--``.
    """
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
    with tempfile.NamedTemporaryFile(
        "w",
        encoding="utf-8",
        newline="\n",
        dir=path.parent,
        prefix=f".{path.name}.",
        suffix=".part",
        delete=False,
    ) as handle:
        handle.write(text)
    try:
        os.chmod(handle.name, mode)
        os.replace(handle.name, path)
    except OSError:
        Path(handle.name).unlink(missing_ok=True)
        raise


def package_name(root: Path) -> str:
    """A Frictionless package name derived from a folder name."""
    name = re.sub(r"[^a-z0-9._-]+", "-", root.resolve().name.lower()).strip("-.")
    return name or "refdata"


@dataclass(frozen=True)
class BuildResult:
    """What :func:`build` did."""

    package: RefPackage
    previous: str | None  # the version before, None for a new package
    changed: list[str]  # resource paths added, removed or changed
    entry: str | None  # the CHANGELOG entry written, if any


def _hashes(descriptor: dict[str, Any]) -> dict[str, str]:
    return {r.get("path"): r.get("hash") for r in descriptor.get("resources", []) if isinstance(r, dict)}


def build(
    root: str | Path,
    *,
    bump: str | None = None,
    message: str | None = None,
    section: str | None = None,
    name: str | None = None,
    now: dt.datetime | None = None,
) -> BuildResult:
    """Recompute the descriptor of the package in ``root``; with ``bump``, start a new version.

    Raises :class:`~factcheck.errors.RefdataError` when the data is invalid or
    changed without ``bump``, and :class:`~factcheck.errors.UsageError` for a
    bump without a message.
    """
    folder = Path(root)
    if not folder.is_dir():
        raise RefdataError(folder, "not a folder")
    stamp = (
        (now or dt.datetime.now(dt.timezone.utc)).astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    )
    old = read_descriptor(folder) if (folder / DESCRIPTOR).exists() else None
    if bump is not None and not (message or "").strip():
        raise UsageError("--bump needs --message: the CHANGELOG entry saying what changed")
    if bump is not None and old is None:
        raise UsageError(
            f"{folder} has no {DESCRIPTOR} yet: build it once without --bump (version {FIRST_VERSION})"
        )
    base: dict[str, Any] = (
        dict(old) if old else {"name": name or package_name(folder), "version": FIRST_VERSION}
    )
    base.setdefault("created", stamp)
    if name and old is None:
        base["name"] = name
    new = draft(folder, base)
    before, after = _hashes(old or {}), _hashes(new)
    changed = sorted(p for p in before.keys() | after.keys() if before.get(p) != after.get(p))
    if old is not None and changed and bump is None:
        raise RefdataError(
            folder / DESCRIPTOR,
            f"{', '.join(changed)} changed since version {old['version']}: "
            "give --bump (patch: corrections, minor: new data, major: layout) and --message",
            field="version",
        )
    if bump is not None:
        new["version"] = bump_version(str(base["version"]), bump)
        new["created"] = stamp
    package = load_with_descriptor(folder, new)
    final = describe(new, package)
    package.descriptor, package.sha256 = final, package_sha256(final)
    text = changelog.read(folder)
    block = None
    if new["version"] not in changelog.versions(text or ""):
        items = [message.strip()] if message and message.strip() else []
        fresh = set(after) - set(before) if text else set(after)
        tables = {
            r["name"]
            for r in new["resources"]
            if r["path"] in fresh and r["path"].startswith("observations/")
        }
        rows = [o for o in package.observations if o.table in tables]
        items += changelog.series_lines(rows, package)
        if not items:
            raise UsageError(f"CHANGELOG.md has no entry for {new['version']}: give --message")
        heading = section or (changelog.SECTIONS[bump] if bump else "Added")
        block = changelog.entry(str(new["version"]), str(new["created"])[:10], heading, items)
        write_atomic(folder / changelog.CHANGELOG, changelog.add_entry(text, str(new["name"]), block))
    elif bump is not None:
        raise UsageError(f"CHANGELOG.md already has an entry for {new['version']}")
    write_atomic(folder / DESCRIPTOR, json.dumps(final, indent=2, ensure_ascii=False) + "\n")
    return BuildResult(package, old["version"] if old else None, changed, block)
