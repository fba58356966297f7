"""Stage 3: find quantities and time expressions (offsets into the original text)."""

from .document import Document, Extraction, extract, prepare, to_quantity, to_time

__all__ = ["Document", "Extraction", "extract", "prepare", "to_quantity", "to_time"]
