"""1-based line and column numbers for offsets into a text."""

from __future__ import annotations

from bisect import bisect_right

import regex

__all__ = ["LineIndex"]

_NEWLINE = regex.compile(r"\n")


class LineIndex:
    """Offsets of line starts, for turning a character offset into (line, column)."""

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        self._starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        i = bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i] + 1

    def line_start(self, line: int) -> int:
        """Offset of the first character of 1-based ``line``."""
        return self._starts[line - 1]

    @property
    def count(self) -> int:
        """Number of lines."""
        return len(self._starts)
