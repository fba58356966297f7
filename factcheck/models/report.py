"""The report: everything factcheck found in one text."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Literal

from pydantic import Field

from .annotation import Annotation
from .base import FrozenModel
from .claim import Claim
from .quantity import Quantity
from .time import TimeExpression

__all__ = ["AsOfSource", "RefdataInfo", "Report", "SourceInfo", "Summary"]

REPORT_SCHEMA = "factcheck.report/1"


class AsOfSource(str, Enum):
    """Where the document date came from."""

    GIVEN = "given"
    DETECTED = "detected"
    TODAY = "today"


class RefdataInfo(FrozenModel):
    """A reference-data package used for the run."""

    name: str
    version: str
    sha256: str
    overrides: int = Field(default=0, description="rows of earlier packages this package replaces")


class SourceInfo(FrozenModel):
    """The checked text."""

    path: str | None = None
    sha256: str
    lang: str = Field(description="zh or en")
    script: str | None = Field(default=None, description="hans, hant or latin")
    as_of: dt.date = Field(description="document date used to resolve relative times")
    as_of_source: AsOfSource
    encoding: str | None = Field(default=None, description="encoding the file was decoded from")
    chars: int = Field(ge=0)


class Summary(FrozenModel):
    """Counts over the report."""

    quantities: int = 0
    times: int = 0
    claims: int = 0
    verdicts: dict[str, int] = Field(default_factory=dict)
    annotations: int = 0
    devices: dict[str, int] = Field(default_factory=dict)


class Report(FrozenModel):
    """The result of checking one text (``--format json`` prints exactly this)."""

    schema_: Literal["factcheck.report/1"] = Field(default=REPORT_SCHEMA, alias="schema")
    tool_version: str
    refdata: list[RefdataInfo] = Field(default_factory=list)
    source: SourceInfo
    quantities: list[Quantity] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    annotations: list[Annotation] = Field(default_factory=list)
    summary: Summary = Field(default_factory=Summary)

    model_config = FrozenModel.model_config | {"populate_by_name": True, "serialize_by_alias": True}
