"""Claims: a figure with what it measures, whose it is, when, and who says so."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from .base import FrozenModel
from .quantity import Quantity
from .span import Span
from .time import TimeExpression
from .verdict import Verdict

__all__ = ["Attribution", "Claim", "Modality", "Term"]


class Modality(str, Enum):
    """How the text puts the claim forward."""

    ASSERTION = "assertion"
    FORECAST = "forecast"
    HEDGED = "hedged"
    QUOTED = "quoted"
    CONDITIONAL = "conditional"


class Term(FrozenModel):
    """A metric or entity named in the text, matched to a reference id when possible."""

    text: str = Field(description="the words in the text that name it")
    id: str | None = Field(default=None, description="indicator or entity id in the reference data")
    score: float = Field(default=0.0, ge=0.0, le=1.0, description="match score of text → id")


class Attribution(FrozenModel):
    """The source a claim is credited to."""

    span: Span
    source: str | None = Field(description="the named source, or null for a vague one (據報導, some say)")
    strength: str = Field(description="strong | weak")


class Claim(FrozenModel):
    """A checkable statement built around one quantity."""

    id: str
    span: Span = Field(description="the sentence the claim is in")
    quantity: Quantity
    time: TimeExpression | None = None
    metric: Term | None = None
    entity: Term | None = None
    attribution: Attribution | None = None
    modality: Modality = Modality.ASSERTION
    change_of: list[str] = Field(
        default_factory=list, description="for a change claim: ids of the before and after claims"
    )
    verdict: Verdict | None = None
