"""Shared pieces of the data models: the frozen base class and the number type."""

from __future__ import annotations

from decimal import Decimal
from functools import cache
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, ConfigDict, PlainSerializer

__all__ = ["FrozenModel", "Number", "number_to_json", "trusted"]


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


M = TypeVar("M", bound=BaseModel)


@cache
def _plain(cls: type[BaseModel]) -> bool:
    """Whether ``model_construct`` of ``cls`` only stores the given values (no hooks, aliases, extras)."""
    return (
        not cls.__pydantic_post_init__
        and not cls.__pydantic_root_model__
        and cls.model_config.get("extra") != "allow"
        and all(f.alias is None and f.validation_alias is None for f in cls.model_fields.values())
    )


def trusted(cls: type[M], values: dict[str, Any]) -> M:
    """``cls.model_construct(**values)`` for already valid ``values`` of every field, in field order.

    For models with no hooks, aliases or extras the object is set up directly, without
    ``model_construct``'s per-field loop: the stages build tens of thousands of these per
    long text, from data they produced themselves.
    """
    if not _plain(cls):
        return cls.model_construct(**values)
    obj = cls.__new__(cls)
    object.__setattr__(obj, "__dict__", values)
    object.__setattr__(obj, "__pydantic_fields_set__", set(values))
    object.__setattr__(obj, "__pydantic_extra__", None)
    object.__setattr__(obj, "__pydantic_private__", None)
    return obj
