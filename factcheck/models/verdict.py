"""Verdicts on claims and the reference rows they rest on."""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import Field

from .base import FrozenModel, Number

__all__ = ["Reference", "Verdict", "VerdictStatus"]


class VerdictStatus(str, Enum):
    """The outcome of checking a claim against reference data."""

    SUPPORTED = "supported"
    IMPRECISE = "imprecise"
    CONTRADICTED = "contradicted"
    PERIOD_MISMATCH = "period_mismatch"
    NOT_YET_PUBLISHED = "not_yet_published"
    FORECAST = "forecast"
    UNVERIFIABLE = "unverifiable"


class Reference(FrozenModel):
    """One reference observation, with where it came from."""

    table: str = Field(description="the resource (table) of the reference package")
    indicator: str
    entity: str
    period: str
    value: Number
    unit: str
    published: dt.date = Field(description="release date of this value (its vintage)")
    source: str = Field(description="publisher and dataset")
    url: str
    refdata: str = Field(description="package name@version the row comes from")


class Verdict(FrozenModel):
    """What the reference data says about a claim."""

    status: VerdictStatus
    confidence: float = Field(ge=0.0, le=1.0)
    reference: Reference | None = None
    explanation: str
