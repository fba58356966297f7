"""How figures are written in explanations: readable, and exact to what the data holds.

``format_value(Decimal("9.184E+11"), "USD")`` is ``"918.4 billion USD"``; small values
keep up to four decimals (58.9518 percent), whole numbers get thousands separators.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

__all__ = ["format_number", "format_value"]

_SCALES = [(Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million")]
_PLACES = Decimal("0.0001")


def _plain(value: Decimal) -> str:
    rounded = (
        value.quantize(_PLACES, rounding=ROUND_HALF_EVEN) if value != value.to_integral_value() else value
    )
    text = f"{rounded:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def format_number(value: Decimal) -> str:
    """A number with a magnitude word from a million up (1.817 trillion, 8.34 million)."""
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_plain(value / scale)} {word}"
    return _plain(value)


def format_value(value: Decimal, unit: str) -> str:
    """A number and its unit (a currency's sub-unit read out: USD_cent is "USD cents")."""
    if unit.endswith("_cent"):
        unit = f"{unit[: -len('_cent')]} cents"
    return f"{format_number(value)} {unit}"
