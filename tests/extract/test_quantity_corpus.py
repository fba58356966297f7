"""The quantity corpus: every surface in tests/corpus/quantities and negative."""

from __future__ import annotations

from typing import Any

import pytest

import factcheck
from tests.corpus import Case, close, lang_of, load_cases, params

QUANTITY_CASES = params(load_cases("quantities", "quantities"))
NEGATIVE_CASES = params(load_cases("negative", "quantities"))


def _describe(q: factcheck.Quantity) -> dict[str, Any]:
    return {
        "span": q.span.text,
        "kind": q.kind.value,
        "value": float(q.value),
        "low": None if q.low is None else float(q.low),
        "high": None if q.high is None else float(q.high),
        "unit": q.unit,
        "qualifier": q.qualifier.value,
    }


def _mismatches(got: dict[str, Any], want: dict[str, Any]) -> list[str]:
    problems = []
    rel = 1e-4 if want.get("kind") in ("fraction", "ratio") else 1e-6
    for key in ("value", "low", "high"):
        if key in want and (got[key] is None or not close(got[key], float(want[key]), rel)):
            problems.append(f"{key} {got[key]} != {want[key]}")
    for key in ("kind", "unit", "span"):
        if key in want and got[key] != want[key]:
            problems.append(f"{key} {got[key]!r} != {want[key]!r}")
    if got["qualifier"] != want.get("qualifier", "exact"):
        problems.append(f"qualifier {got['qualifier']} != {want.get('qualifier', 'exact')}")
    return problems


def check_case(case: Case) -> None:
    found = factcheck.extract_quantities(case.text, lang=lang_of(case))
    text = case.text
    for q in found:
        assert text[q.span.start : q.span.end] == q.span.text
    got = [_describe(q) for q in found]
    if case.expected is None:
        bad = [g for g in got if g["kind"] in case.expect_none]
        assert not bad, f"unexpected {bad}"
        return
    if case.whole:
        assert len(got) == 1, f"want one quantity, got {got}"
        want = dict(case.expected[0], span=text.strip())
        problems = _mismatches(got[0], want)
        assert not problems, f"{problems}; got {got[0]}"
        return
    assert [g["span"] for g in got] == [w["span"] for w in case.expected], f"got {got}"
    for g, w in zip(got, case.expected, strict=True):
        problems = _mismatches(g, w)
        assert not problems, f"{w['span']}: {problems}"


@pytest.mark.parametrize("case", QUANTITY_CASES)
def test_quantities(case: Case) -> None:
    check_case(case)


@pytest.mark.parametrize("case", NEGATIVE_CASES)
def test_negatives(case: Case) -> None:
    check_case(case)
