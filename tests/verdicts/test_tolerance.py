"""What a stated figure allows: rounding, approximation and bounds."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from factcheck.models.quantity import Qualifier as Q
from factcheck.verdicts.tolerance import claim_interval

CASES = [
    # value, qualifier, precision, inside, outside
    (D("56.2"), Q.EXACT, D("0.1"), [D("56.15"), D("56.25")], [D("56.1"), D("56.3")]),
    (D("130"), Q.MORE_THAN, D("1"), [D("129.5"), D("300")], [D("129.4")]),
    # a one-digit threshold is not half a unit of its digit short: $0.97 trillion has not topped $1 trillion
    (D("1E12"), Q.MORE_THAN, D("1E12"), [D("0.995E12"), D("1.2E12")], [D("0.97E12"), D("0.5E12")]),
    (D("30"), Q.LESS_THAN, D("1"), [D("13"), D("30.15")], [D("30.2"), D("31")]),
    (D("3E12"), Q.APPROX, D("1E12"), [D("2.4E12"), D("3.6E12")], [D("2.3E12"), D("3.7E12")]),
    # more digits, a closer value: 约1.83万亿 allows two units of its last digit past its rounding, not 5%
    (D("1.83E12"), Q.APPROX, D("0.01E12"), [D("1.806E12"), D("1.854E12")], [D("1.80E12"), D("1.775E12")]),
    # a bound at zero is zero: 0.2% is not at or below 0%
    (D("0"), Q.AT_MOST, D("1"), [D("0"), D("-0.3")], [D("0.2")]),
    (D("0"), Q.MORE_THAN, D("1"), [D("0"), D("0.1")], [D("-0.2")]),
]


@pytest.mark.parametrize(("value", "qualifier", "precision", "inside", "outside"), CASES)
def test_claim_interval(value, qualifier, precision, inside, outside) -> None:
    interval = claim_interval(value, qualifier, precision)
    for v in inside:
        assert interval.contains(v), (v, interval)
    for v in outside:
        assert not interval.contains(v), (v, interval)
