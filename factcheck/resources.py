"""Locate the bundled data folders, from an installed wheel or from a checkout.

A wheel carries ``rules/`` and ``reference_data/`` as ``factcheck/_bundled/...``;
a checkout (or an editable install) has them at the repository root.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["data_root", "reference_data_dir", "rules_dir"]

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def data_root(name: str) -> Path:
    """Return the directory holding the bundled data folder ``name``."""
    for candidate in (_PACKAGE_DIR / "_bundled" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled data folder {name!r} not found next to {_PACKAGE_DIR}")


def rules_dir() -> Path:
    """The bundled ``rules/`` folder."""
    return data_root("rules")


def reference_data_dir() -> Path:
    """The bundled ``reference_data/`` folder."""
    return data_root("reference_data")
