"""Errors that factcheck raises for bad input or bad data.

    FactcheckError                 every error meant for a user (CLI: one line, exit 2)
    ├── InputError                 unreadable, binary, empty, undecodable or oversized input
    ├── DataFileError              a rule, language-pack or reference-data file is malformed
    │   ├── RuleFileError          ... in rules/
    │   ├── RefdataError           ... in reference_data/ or a user's --refdata package
    │   ├── ConfigError            ... a factcheck.toml / [tool.factcheck] configuration
    │   └── BaselineError          ... a .factcheck-baseline.json
    └── UsageError                 a bad option or combination of options
        └── RevisionError          a git revision that cannot be read (--since)

A traceback means a bug; everything a user can cause is one of these.
"""

from __future__ import annotations

from pathlib import Path

__all__ = [
    "BaselineError",
    "ConfigError",
    "DataFileError",
    "FactcheckError",
    "InputError",
    "RefdataError",
    "RevisionError",
    "RuleFileError",
    "UsageError",
]


class FactcheckError(Exception):
    """Base class of every error that is the user's to fix."""


class InputError(FactcheckError):
    """An input text cannot be read as text."""

    def __init__(self, path: str | Path | None, message: str) -> None:
        self.path = str(path) if path is not None else None
        self.message = message
        where = self.path if self.path is not None else "<stdin>"
        super().__init__(f"{where}: {message}")


class UsageError(FactcheckError):
    """An option or argument is invalid."""


class DataFileError(FactcheckError):
    """A data file is malformed; the message names file, line, item and field."""

    def __init__(
        self,
        path: str | Path,
        message: str,
        *,
        line: int | None = None,
        item: str | None = None,
        field: str | None = None,
    ) -> None:
        self.path = str(path)
        self.line = line
        self.item = item
        self.field = field
        self.message = message
        parts = [f"{self.path}:{line}" if line else self.path]
        if item:
            parts.append(item)
        if field:
            parts.append(field)
        parts.append(message)
        super().__init__(": ".join(parts))


class RuleFileError(DataFileError):
    """A file under rules/ (or a user's --rules pack) is malformed."""


class RefdataError(DataFileError):
    """A reference-data package is malformed or inconsistent."""


class ConfigError(DataFileError):
    """A configuration file (factcheck.toml, .factcheck.toml, pyproject.toml) is malformed."""


class BaselineError(DataFileError):
    """A baseline file is malformed or of an unknown schema."""


class RevisionError(UsageError):
    """A git revision given to ``--since`` cannot be read."""
