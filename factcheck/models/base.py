"""Shared pieces of the data models: the frozen base class and the number type."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, ConfigDict, PlainSerializer

__all__ = ["FrozenModel", "Number", "number_to_json"]


def number_to_json(value: Decimal) -> float | int:
    """Serialise a Decimal as a JSON number (an int when it is integral and exact)."""
    if value == value.to_integral_value() and abs(value) < 2**53:
        return int(value)
    return float(value)


#: A decimal number that keeps the precision the text stated (``Decimal("56.2")``)
#: and serialises as a plain JSON number.
Number = Annotated[Decimal, PlainSerializer(number_to_json, return_type=float, when_used="json")]


class FrozenModel(BaseModel):
    """Base of every public model: immutable, no unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)
