"""Stage 2: sentences, paragraphs, page chrome, and line/column numbers."""

from .lines import LineIndex
from .sentences import Segmenter, Sentence, segmenter

__all__ = ["LineIndex", "Segmenter", "Sentence", "segmenter"]
