"""Unit compatibility between a figure and an indicator, through factcheck's pint registry.

A measure converts to the indicator's unit when pint can convert it (GWh → kWh,
million barrels → barrels, 亩 → hectares). Currencies are separate dimensions in the
registry, so a dollar figure never converts to yuan: that takes an FX row, and the
reference data would have to supply it. A currency and its sub-units (USD_cent,
CNY_jiao) convert by the factors ``rules/units/factcheck_units.txt`` defines, read
without pint; pint is imported only when a measure meets an indicator in another unit.
"""

from __future__ import annotations

from decimal import Decimal
from functools import cache, lru_cache

import regex

__all__ = ["conversion_factor"]

#: A currency sub-unit's definition line: ``USD_cent = 0.01 USD``.
_SUBUNIT = regex.compile(r"^([A-Z]{3}_\w+)\s*=\s*([0-9.]+)\s+([A-Z]{3})\b", regex.MULTILINE)


@cache
def _currency_units() -> dict[str, tuple[str, Decimal]]:
    """Each currency sub-unit of the units file, with its currency and its value in it."""
    from ..resources import rules_dir

    text = (rules_dir() / "units" / "factcheck_units.txt").read_text(encoding="utf-8")
    return {m[1]: (m[3], Decimal(m[2])) for m in _SUBUNIT.finditer(text)}


def _in_currency(unit: str) -> tuple[str, Decimal] | None:
    """``unit`` as (currency, value in it) when it is a currency code or one of its sub-units."""
    if len(unit) == 3 and unit.isupper() and unit.isalpha():
        return unit, Decimal(1)
    return _currency_units().get(unit)


@lru_cache(maxsize=1024)
def conversion_factor(source: str, target: str) -> Decimal | None:
    """How many ``target`` units one ``source`` unit is, or None when they do not convert."""
    if source == target:
        return Decimal(1)
    money = _in_currency(source), _in_currency(target)
    if money[0] is not None and money[1] is not None:  # no pint for money: 0.12 USD is 12 USD_cent
        (a, a_value), (b, b_value) = money
        return a_value / b_value if a == b else None
    import pint

    from ..refdata.checks import unit_registry

    registry = unit_registry()
    try:
        magnitude = registry.Quantity(1, source).to(target).magnitude
    except (pint.errors.PintError, ValueError, AttributeError, TypeError, KeyError):
        return None
    return Decimal(repr(float(magnitude)))
