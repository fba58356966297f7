"""Offset maps: from positions in a derived text back to the text it came from.

Most transforms keep the length of the text (full-width folding, Traditional →
Simplified), so the map is usually the identity. Where a transform replaces a
stretch by one of another length (``…`` → ``...``), the map records a *piece*;
between pieces, positions shift by a constant. A position strictly inside a
piece maps to the piece's start (for span starts) or end (for span ends), so a
mapped span always covers whole original characters.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

__all__ = ["OffsetMap", "Piece"]


@dataclass(frozen=True)
class Piece:
    """A replaced stretch: derived ``[dst_start, dst_end)`` came from source ``[src_start, src_end)``."""

    dst_start: int
    dst_end: int
    src_start: int
    src_end: int


@dataclass(frozen=True)
class OffsetMap:
    """Maps derived-text offsets to source-text offsets."""

    pieces: Sequence[Piece] = ()
    _dst_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_dst_starts", tuple(p.dst_start for p in self.pieces))

    @property
    def is_identity(self) -> bool:
        """True when every offset maps to itself."""
        return not self.pieces

    def _locate(self, pos: int) -> tuple[Piece | None, int]:
        """The last piece starting at or before ``pos`` and the delta after it."""
        i = bisect_right(self._dst_starts, pos) - 1
        if i < 0:
            return None, 0
        piece = self.pieces[i]
        return piece, piece.src_end - piece.dst_end

    def start(self, pos: int) -> int:
        """Map the start offset of a span."""
        piece, delta = self._locate(pos)
        if piece is not None and pos < piece.dst_end:
            return piece.src_start
        return pos + delta

    def end(self, pos: int) -> int:
        """Map the (exclusive) end offset of a span."""
        piece, delta = self._locate(pos - 1) if pos > 0 else (None, 0)
        if piece is not None and pos <= piece.dst_end:
            return piece.src_end
        return pos + delta

    def then(self, later: OffsetMap) -> OffsetMap:
        """Compose: ``later`` maps a text derived from the one ``self`` maps."""
        if later.is_identity:
            return self
        if self.is_identity:
            return later
        return _ComposedMap(later, self)


class _ComposedMap(OffsetMap):
    """Two maps applied one after the other (rare: both transforms changed lengths)."""

    def __init__(self, first: OffsetMap, second: OffsetMap) -> None:
        super().__init__(pieces=(Piece(0, 0, 0, 0),))  # marks the map as non-identity
        object.__setattr__(self, "_first", first)
        object.__setattr__(self, "_second", second)

    def start(self, pos: int) -> int:
        return self._second.start(self._first.start(pos))  # type: ignore[attr-defined]

    def end(self, pos: int) -> int:
        return self._second.end(self._first.end(pos))  # type: ignore[attr-defined]
