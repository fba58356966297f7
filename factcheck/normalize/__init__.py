"""Stage 1: fold width and script for matching, with offsets back to the original."""

from .offsets import OffsetMap, Piece
from .text import NormalizedText, fold_width, normalize, to_simplified

__all__ = ["NormalizedText", "OffsetMap", "Piece", "fold_width", "normalize", "to_simplified"]
