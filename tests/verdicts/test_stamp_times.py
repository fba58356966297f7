"""A reply's posting stamp (11/10 21:40) is a date, but it dates no figure."""

from __future__ import annotations

import factcheck


def test_a_posting_stamp_dates_no_figure() -> None:
    text = (
        "時間 Mon Nov 10 21:33:05 2025\n\n推 reader: 聯準會把利率降到3.75%~4%了                 11/10 21:40\n"
    )
    report = factcheck.check(text)
    stamps = [t for t in report.times if t.span.text.startswith("11/10")]
    assert stamps, "the stamp is still a time"
    claim = next(c for c in report.claims if c.quantity.span.text.startswith("3.75"))
    assert claim.time is None or not claim.time.span.text.startswith("11/10")
