"""The time corpus: every expression in tests/corpus/times, resolved against its as_of."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

import factcheck
from tests.corpus import Case, load_cases, params

TIME_CASES = params(load_cases("times", "times"))


def _describe(t: factcheck.TimeExpression) -> dict[str, Any]:
    return {"span": t.span.text, "start": t.start, "end": t.end, "granularity": t.granularity.value}


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


@pytest.mark.parametrize("case", TIME_CASES)
def test_times(case: Case) -> None:
    found = factcheck.extract_times(case.text, as_of=case.as_of)
    for t in found:
        assert case.text[t.span.start : t.span.end] == t.span.text
    got = [_describe(t) for t in found]
    wanted = case.expected or []
    if case.whole:
        assert len(got) == 1, f"want one time, got {got}"
        wanted = [dict(wanted[0], span=case.text.strip())]
    assert [g["span"] for g in got] == [w["span"] for w in wanted], f"got {got}"
    for g, w in zip(got, wanted, strict=True):
        for key in ("start", "end"):
            if key in w:
                assert g[key] == _as_date(w[key]), f"{w['span']}: {key} {g[key]} != {w[key]}"
        if "granularity" in w:
            assert g["granularity"] == w["granularity"], f"{w['span']}: granularity {g['granularity']}"
