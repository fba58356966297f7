"""Options of a check run, passed whole to the pipeline stages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

__all__ = ["CheckOptions"]


class CheckOptions(BaseModel):
    """Everything a caller can set about a run (the CLI maps its flags and config here)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    lang: Literal["zh", "en"] | None = Field(default=None, description="language; None detects it")
    as_of: dt.date | None = Field(default=None, description="document date; None detects it from the header")
    refdata_dirs: tuple[Path, ...] = Field(
        default=(), description="extra reference-data packages (later wins)"
    )
    rule_dirs: tuple[Path, ...] = Field(default=(), description="extra rule packs")
    disable: tuple[str, ...] = Field(default=(), description="rule ids or device ids to switch off")
    min_confidence: float = Field(
        default=0.0, ge=0.0, le=1.0, description="drop findings below this confidence"
    )
    only: Literal["claims", "rhetoric"] | None = Field(default=None, description="restrict the findings")
