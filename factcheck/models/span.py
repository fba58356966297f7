"""A stretch of the ORIGINAL input text."""

from __future__ import annotations

from pydantic import Field

from .base import FrozenModel

__all__ = ["Span"]


class Span(FrozenModel):
    """Character offsets into the original text (end exclusive) with 1-based line and column.

    Invariant: ``original_text[span.start:span.end] == span.text``.
    """

    start: int = Field(ge=0, description="offset of the first character (code points)")
    end: int = Field(ge=0, description="offset after the last character (exclusive)")
    text: str = Field(description="the original text of the span")
    line: int = Field(ge=1, description="1-based line of the first character")
    column: int = Field(ge=1, description="1-based column (code points) of the first character")
