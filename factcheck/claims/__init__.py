"""Stage 4: assemble claims (figure + metric + entity + period + attribution + modality)."""

from .assemble import Draft, assemble
from .build import check_claims

__all__ = ["Draft", "assemble", "check_claims"]
