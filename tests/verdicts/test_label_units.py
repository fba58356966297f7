"""The unit a table's column label gives the bare numbers under it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from factcheck.claims.labels import label_unit
from factcheck.models.quantity import QuantityKind as K

CASES = [
    ("贸易顺差（亿美元）", K.CURRENCY, "USD", Decimal("1e8")),
    ("貿易順差（億美元）", K.CURRENCY, "USD", Decimal("1e8")),
    ("Trade balance ($bn)", K.CURRENCY, "USD", Decimal("1e9")),
    ("Reserves (US$ bn)", K.CURRENCY, "USD", Decimal("1e9")),
    ("Debt (USD bn)", K.CURRENCY, "USD", Decimal("1e9")),
    ("名义GDP（万亿元）", K.CURRENCY, "CNY", Decimal("1e12")),
    ("CPI (%)", K.PERCENT, "percent", Decimal(1)),
    ("失业人数（万人）", K.COUNT, "人", Decimal("1e4")),
]


@pytest.mark.parametrize(("label", "kind", "unit", "factor"), CASES, ids=[c[0] for c in CASES])
def test_label_units(label: str, kind: K, unit: str, factor: Decimal) -> None:
    found = label_unit(label)
    assert found is not None
    assert (found.kind, found.unit, found.factor) == (kind, unit, factor)


@pytest.mark.parametrize(
    "label",
    [
        "出口同比（美元计）",  # terms, not a unit
        "GDP (2025)",  # a year
        "Payrolls (thousands)",  # a magnitude with no unit
        "贸易顺差",  # no bracket
        "Trade balance ($bn) in 2025",  # the bracket does not end the label
    ],
)
def test_labels_without_a_unit(label: str) -> None:
    assert label_unit(label) is None
