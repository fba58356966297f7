"""Unit conversion between a figure and an indicator: currencies by their sub-units, measures by pint."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import pytest

from factcheck.claims.units import conversion_factor


@pytest.mark.parametrize(
    ("source", "target", "factor"),
    [
        ("USD", "USD", Decimal(1)),
        ("USD", "USD_cent", Decimal(100)),
        ("USD_cent", "USD", Decimal("0.01")),
        ("CNY_jiao", "CNY", Decimal("0.1")),
        ("USD", "CNY", None),  # another currency takes an FX row
        ("USD_cent", "CNY_jiao", None),
        ("gigawatt_hour", "kilowatt_hour", Decimal(1_000_000)),
        ("barrel", "kilowatt_hour", None),
    ],
)
def test_conversion_factor(source: str, target: str, factor: Decimal | None) -> None:
    got = conversion_factor(source, target)
    if factor is None:
        assert got is None
    else:
        assert got is not None and abs(got - factor) < Decimal("1e-9") * factor


def test_money_converts_without_loading_pint() -> None:
    """A dollar figure against a series in US cents needs no unit registry (pint costs ~0.4 s to load)."""
    code = (
        "import sys; from factcheck.claims.units import conversion_factor as c; "
        "assert c('USD', 'USD_cent') == 100 and c('EUR', 'USD') is None; print('pint' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
