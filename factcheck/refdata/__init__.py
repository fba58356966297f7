"""Reference data: versioned packages of official statistics, each value citing its source."""

from .model import Entity, Indicator, Observation, Source
from .package import RefData, RefPackage, load_package, load_refdata
from .periods import parse_period

__all__ = [
    "Entity",
    "Indicator",
    "Observation",
    "RefData",
    "RefPackage",
    "Source",
    "load_package",
    "load_refdata",
    "parse_period",
]
