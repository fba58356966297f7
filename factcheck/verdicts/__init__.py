"""Stage 5: check claims against reference data, and figures against each other."""

from .consistency import inconsistencies
from .verdict import Checker, judge

__all__ = ["Checker", "inconsistencies", "judge"]
