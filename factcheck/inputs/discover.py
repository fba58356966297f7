"""Expand the command's path arguments into a sorted list of files.

Files named on the command line are always checked (whatever their suffix);
folders are searched recursively for files matching the include globs and not
the exclude globs. A folder with no matching file is an input error.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Sequence
from pathlib import Path, PurePosixPath

from ..errors import InputError

__all__ = ["DEFAULT_EXCLUDE", "DEFAULT_INCLUDE", "discover"]

#: Files a folder search picks up by default.
DEFAULT_INCLUDE = ("*.txt", "*.text", "*.md", "*.markdown", "*.html", "*.htm")
#: Paths a folder search skips by default (hidden folders, dependencies, build output).
DEFAULT_EXCLUDE = (".*", "node_modules", "__pycache__", "*.egg-info", "build", "dist")


def _matches(rel: PurePosixPath, patterns: Sequence[str]) -> bool:
    """True when ``rel``, its name or any of its parent folders matches a glob."""
    text = rel.as_posix()
    if any(fnmatch.fnmatchcase(text, p) for p in patterns):
        return True
    return any(fnmatch.fnmatchcase(part, p) for part in rel.parts for p in patterns)


def _walk(root: Path, include: Sequence[str], exclude: Sequence[str]) -> list[Path]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        dirs[:] = sorted(
            d for d in dirs if not _matches(PurePosixPath((here / d).relative_to(root).as_posix()), exclude)
        )
        for name in sorted(files):
            rel = PurePosixPath((here / name).relative_to(root).as_posix())
            if _matches(rel, exclude):
                continue
            if any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(rel.as_posix(), p) for p in include):
                found.append(here / name)
    return found


def discover(
    paths: Sequence[str],
    include: Sequence[str] = DEFAULT_INCLUDE,
    exclude: Sequence[str] = DEFAULT_EXCLUDE,
) -> list[str]:
    """Files to check for ``paths`` (``-`` passes through), sorted and without duplicates.

    Named files are kept in the order given; each folder contributes its matches sorted.
    """
    out: list[str] = []
    seen: set[str] = set()
    for name in paths:
        if name == "-":
            found = ["-"]
        else:
            p = Path(name)
            if p.is_dir():
                matches = _walk(p, include, exclude)
                if not matches:
                    globs = ", ".join(include)
                    raise InputError(name, f"folder has no files matching {globs} (see --include/--exclude)")
                found = [str(m) for m in matches]
            elif p.exists() or p.is_symlink():
                found = [name]
            else:
                raise InputError(name, "no such file or folder")
        for f in found:
            key = f if f == "-" else os.path.normpath(f)
            if key not in seen:
                seen.add(key)
                out.append(f)
    return out
