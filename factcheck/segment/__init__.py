"""Stage 2: sentences, paragraphs, page chrome, and line/column numbers."""

from .bullets import BULLETS, bullet_lead
from .lines import LineIndex
from .sentences import Segmenter, Sentence, segmenter

__all__ = ["BULLETS", "LineIndex", "Segmenter", "Sentence", "bullet_lead", "segmenter"]
