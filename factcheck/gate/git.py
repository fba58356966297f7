"""Read files as they were at a git revision, following renames (``gate --since REV``)."""

from __future__ import annotations

import subprocess
from collections.abc import Sequence
from pathlib import Path

from ..errors import RevisionError

__all__ = ["old_texts", "renames", "repo_root", "resolve_revision"]

_SHALLOW_HINT = (
    "; in a shallow clone fetch more history (GitHub Actions: actions/checkout with fetch-depth: 0)"
)


def _git(args: Sequence[str], cwd: Path, *, data: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(["git", *args], cwd=cwd, input=data, capture_output=True, check=False)
    except FileNotFoundError:
        raise RevisionError("--since needs git, which is not installed") from None


def repo_root(start: Path) -> Path:
    """The top folder of the git work tree holding ``start``."""
    folder = start if start.is_dir() else start.parent
    done = _git(["rev-parse", "--show-toplevel"], folder)
    if done.returncode != 0:
        raise RevisionError(f"{start}: not inside a git repository (--since needs one)")
    return Path(done.stdout.decode().strip())


def resolve_revision(root: Path, rev: str) -> str:
    """The commit id of ``rev``; a revision that does not exist is a :class:`RevisionError`."""
    if rev.startswith("-"):
        raise RevisionError(f"revision {rev!r} not found")
    done = _git(["rev-parse", "--verify", "--quiet", f"{rev}^{{commit}}"], root)
    if done.returncode != 0:
        shallow = _git(["rev-parse", "--is-shallow-repository"], root).stdout.decode().strip() == "true"
        raise RevisionError(
            f"revision {rev!r} not found{_SHALLOW_HINT if shallow else ''}"
            f"{'' if shallow else ' (is it fetched? a shallow clone lacks older commits)'}"
        )
    return done.stdout.decode().strip()


def renames(root: Path, commit: str) -> dict[str, str]:
    """Current path → path at ``commit`` for files renamed since then (work tree included)."""
    done = _git(["diff", "--find-renames", "--name-status", "-z", commit, "--"], root)
    if done.returncode != 0:
        raise RevisionError(f"cannot compare with {commit[:12]}: {done.stderr.decode().strip()}")
    fields = done.stdout.decode("utf-8", "surrogateescape").split("\0")
    out: dict[str, str] = {}
    i = 0
    while i < len(fields) and fields[i]:
        status = fields[i]
        if status.startswith(("R", "C")):
            out[fields[i + 2]] = fields[i + 1]
            i += 3
        else:
            i += 2
    return out


def old_texts(root: Path, commit: str, paths: Sequence[str]) -> dict[str, bytes]:
    """The bytes of each repo-relative path at ``commit``; paths absent there are left out."""
    if not paths:
        return {}
    request = "".join(f"{commit}:{p}\n" for p in paths).encode("utf-8")
    done = _git(["cat-file", "--batch"], root, data=request)
    if done.returncode != 0:
        raise RevisionError(f"cannot read files at {commit[:12]}: {done.stderr.decode().strip()}")
    out: dict[str, bytes] = {}
    data, pos = done.stdout, 0
    for p in paths:
        end = data.index(b"\n", pos)
        header = data[pos:end].decode("utf-8", "replace").split()
        pos = end + 1
        if len(header) == 3:
            size = int(header[2])
            if header[1] == "blob":
                out[p] = data[pos : pos + size]
            pos += size + 1
    return out
