"""A per-user cache of parsed reference-data packages, so start-up skips parsing.

An entry is keyed by the sha256 of everything the parse depends on: the
package's name and version, each resource's name and the sha256 of its bytes,
the source of the parsing modules, and the Python, pydantic and factcheck
versions. Changing any data
file or any parsing code therefore misses the cache; nothing is ever written
into a package folder.

The folder is ``$FACTCHECK_CACHE_DIR/refdata`` when that variable is set,
else the platform's user cache folder (``~/.cache/factcheck/refdata`` on
Linux). ``FACTCHECK_NO_CACHE=1`` turns the cache off. A cache that cannot be
read or written is ignored: the package is parsed as if there were none.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from functools import cache
from pathlib import Path
from typing import Any

__all__ = ["cache_dir", "cache_key", "read", "write"]

#: Bump when the layout of a cache entry changes.
FORMAT = "refdata-cache/1"
#: Entries kept after a write (the newest by modification time).
KEEP = 16
_PARSERS = ("model.py", "periods.py", "tables.py", "package.py", "cache.py")


def cache_dir() -> Path | None:
    """Where entries live, or None when caching is off."""
    if os.environ.get("FACTCHECK_NO_CACHE", "") not in ("", "0"):
        return None
    explicit = os.environ.get("FACTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit) / "refdata"
    if sys.platform == "win32":
        base = (
            Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / "factcheck" / "Cache"
        )
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches" / "factcheck"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"
    return base / "refdata"


@cache
def _code_fingerprint() -> str | None:
    import pydantic

    from .._version import __version__

    digest = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}|{pydantic.VERSION}|{__version__}".encode())
    here = Path(__file__).parent
    try:
        for name in _PARSERS:
            digest.update((here / name).read_bytes())
    except OSError:
        return None
    return digest.hexdigest()


def cache_key(label: str, resources: list[tuple[str, str]]) -> str | None:
    """The key of a package: its ``name@version`` and ``(name, sha256 of the bytes)`` of each resource."""
    code = _code_fingerprint()
    if code is None:
        return None
    text = "|".join([code, label, *(f"{name}={digest}" for name, digest in resources)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def read(key: str | None) -> Any | None:
    """The entry stored under ``key``, or None (missing, unreadable or caching off)."""
    folder = cache_dir()
    if key is None or folder is None:
        return None
    try:
        data = (folder / f"{key}.pickle").read_bytes()
        return pickle.loads(data)
    except Exception:  # a missing or damaged entry is a miss, never an error
        return None


def write(key: str | None, payload: Any) -> None:
    """Store ``payload`` under ``key`` atomically; failures are ignored."""
    folder = cache_dir()
    if key is None or folder is None:
        return
    temporary: str | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile(dir=folder, prefix=".tmp-", suffix=".part", delete=False) as handle:
            temporary = handle.name
            handle.write(pickle.dumps(payload, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(temporary, folder / f"{key}.pickle")
        temporary = None
        _prune(folder)
    except Exception:  # a read-only or full disk only costs speed
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _prune(folder: Path) -> None:
    entries = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in entries[KEEP:]:
        stale.unlink(missing_ok=True)
