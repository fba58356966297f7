"""Configuration files: ``factcheck.toml``, ``.factcheck.toml`` or ``[tool.factcheck]`` in pyproject.toml.

The nearest file wins, searching upwards from the first path argument (or the
working folder) and stopping at the repository root; a pyproject.toml without
a ``[tool.factcheck]`` table is passed over. Keys are the long command-line
options (``min-confidence`` or ``min_confidence``); flags given on the command
line win over the file. Paths in the file are relative to the file's folder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .errors import ConfigError

__all__ = ["CONFIG_NAMES", "FileConfig", "find_config", "load_config"]

#: File names looked for in each folder, in order.
CONFIG_NAMES = ("factcheck.toml", ".factcheck.toml", "pyproject.toml")

Format = Literal["text", "json", "jsonl", "sarif", "github", "markdown", "html"]
LevelName = Literal["info", "warning", "error"]


class FileConfig(BaseModel):
    """Every option a configuration file may set (the same names as the command's long options)."""

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        populate_by_name=True,
        alias_generator=lambda name: name.replace("_", "-"),
    )

    format: Format | None = None
    output: Path | None = None
    also: list[str] | None = None
    lang: Literal["zh", "en"] | None = None
    as_of: str | None = None
    encoding: str | None = None
    max_bytes: int | None = Field(default=None, gt=0)
    rules: list[Path] | None = None
    refdata: list[Path] | None = None
    disable: list[str] | None = None
    min_confidence: float | None = Field(default=None, ge=0.0, le=1.0)
    level: LevelName | None = None
    only: Literal["claims", "rhetoric"] | None = None
    jobs: int | Literal["auto"] | None = None
    color: Literal["auto", "always", "never"] | None = None
    quiet: bool | None = None
    include: list[str] | None = None
    exclude: list[str] | None = None
    exit_zero: bool | None = None
    baseline: Path | None = None
    fail_on: LevelName | None = None
    strict: bool | None = None
    include_supported: bool | None = None
    stdin_filename: str | None = None
    since: str | None = None
    update: bool | None = None

    def resolved(self, folder: Path) -> FileConfig:
        """A copy with relative paths made relative to ``folder`` (the file's folder)."""

        def fix(p: Path) -> Path:
            return p if p.is_absolute() else folder / p

        updates: dict[str, Any] = {}
        for name in ("output", "baseline"):
            if getattr(self, name) is not None:
                updates[name] = fix(getattr(self, name))
        for name in ("rules", "refdata"):
            if getattr(self, name) is not None:
                updates[name] = [fix(p) for p in getattr(self, name)]
        return self.model_copy(update=updates)


def _toml(path: Path) -> dict[str, Any]:
    try:
        import tomllib
    except ImportError:  # Python 3.10
        try:
            import tomli as tomllib  # type: ignore[no-redef]
        except ImportError:
            raise ConfigError(path, "reading TOML needs Python 3.11 or the tomli package") from None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        where = re.search(r"\(at line (\d+)", str(exc))
        line = int(where.group(1)) if where else None
        raise ConfigError(path, f"not valid TOML: {str(exc).split(' (at ')[0]}", line=line) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read: {exc}") from None


def _table(path: Path) -> dict[str, Any] | None:
    data = _toml(path)
    if path.name != "pyproject.toml":
        return data
    table = data.get("tool", {}).get("factcheck") if isinstance(data.get("tool"), dict) else None
    if table is not None and not isinstance(table, dict):
        raise ConfigError(path, "[tool.factcheck] must be a table")
    return table


def find_config(start: Path) -> Path | None:
    """The nearest configuration file at or above ``start``, not above the repository root."""
    folder = start.resolve()
    if not folder.is_dir():
        folder = folder.parent
    for here in (folder, *folder.parents):
        for name in CONFIG_NAMES:
            candidate = here / name
            if candidate.is_file() and (name != "pyproject.toml" or _table(candidate) is not None):
                return candidate
        if (here / ".git").exists():
            return None
    return None


def load_config(path: Path) -> FileConfig:
    """Read and validate the configuration in ``path``; errors name the file and the key."""
    table = _table(path)
    if table is None:
        raise ConfigError(path, "has no [tool.factcheck] table")
    try:
        config = FileConfig.model_validate(table)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"]) or None
        message = "unknown option" if err["type"] == "extra_forbidden" else err["msg"]
        raise ConfigError(path, message, field=key) from None
    return config.resolved(path.parent)
