"""Findings shown to the reader: rhetoric, unsupported assertions, inconsistencies, claims."""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from .base import FrozenModel
from .span import Span

__all__ = ["Annotation", "AnnotationKind", "Level"]


class AnnotationKind(str, Enum):
    """What sort of finding an annotation is."""

    RHETORIC = "rhetoric"
    UNSUPPORTED_ASSERTION = "unsupported_assertion"
    INCONSISTENCY = "inconsistency"
    CLAIM = "claim"


class Level(str, Enum):
    """How loudly a finding is reported (SARIF note / warning / error)."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class Annotation(FrozenModel):
    """One finding over a span of the original text."""

    kind: AnnotationKind
    device: str | None = Field(default=None, description="rhetorical device id, for rhetoric findings")
    rule_id: str
    span: Span
    confidence: float = Field(ge=0.0, le=1.0)
    level: Level
    message: str
    fingerprint: str = Field(description="line-independent fingerprint (fp/1)")
    evidence: list[str] = Field(default_factory=list, description="how the confidence was reached")
    related: list[Span] = Field(default_factory=list, description="other spans involved (inconsistencies)")
