"""Unit compatibility between a figure and an indicator, through factcheck's pint registry.

A measure converts to the indicator's unit when pint can convert it (GWh → kWh,
million barrels → barrels, 亩 → hectares). Currencies are separate dimensions in the
registry, so a dollar figure never converts to yuan: that takes an FX row, and the
reference data would have to supply it. pint is imported only when a measure meets
an indicator in another unit.
"""

from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

__all__ = ["conversion_factor"]


@lru_cache(maxsize=1024)
def conversion_factor(source: str, target: str) -> Decimal | None:
    """How many ``target`` units one ``source`` unit is, or None when they do not convert."""
    if source == target:
        return Decimal(1)
    import pint

    from ..refdata.checks import unit_registry

    registry = unit_registry()
    try:
        magnitude = registry.Quantity(1, source).to(target).magnitude
    except (pint.errors.PintError, ValueError, AttributeError, TypeError, KeyError):
        return None
    return Decimal(repr(float(magnitude)))
