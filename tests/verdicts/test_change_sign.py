"""A figure after a word of falling is a negative change; the report's quantity carries the sign."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck

AS_OF = dt.date(2025, 11, 8)


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("今年全球GDP可能收缩0.8%。", "0.8%", -0.8),
        ("今年全球GDP可能缩水1.5%。", "1.5%", -1.5),
        ("今年出口可能缩减3%。", "3%", -3),
        ("今年出口可能增长3%。", "3%", 3),
        ("Global output could shrink 0.8% this year.", "0.8%", -0.8),
        ("Exports could rise 3% this year.", "3%", 3),
    ],
)
def test_the_sign_of_a_change_follows_its_verb(text: str, figure: str, value: float) -> None:
    report = factcheck.check(text, as_of=AS_OF)
    claim = next(c for c in report.claims if c.quantity.span.text == figure)
    assert float(claim.quantity.value) == value
