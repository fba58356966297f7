"""The verdict corpus: claims in tests/corpus/verdicts/*.yaml against the bundled reference data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

import factcheck

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "verdicts"


@dataclass(frozen=True)
class VerdictCase:
    """One text, its document date, and the verdicts and findings it must get."""

    file: str
    index: int
    text: str
    as_of: dt.date
    expect: list[dict[str, Any]]
    findings: list[str]
    lang: str | None
    not_claims: list[str]  # figures (exact text) that are no claim at all

    @property
    def id(self) -> str:
        return f"{self.file}#{self.index}:{self.text[:24]}"


CASE_KEYS = {"text", "as_of", "expect", "findings", "lang", "not_claims", "note"}  # note: for readers
EXPECT_KEYS = {
    "figure",
    "status",
    "indicator",
    "entity",
    "period",
    "subject",
    "modality",
    "attribution",
    "source",
    "explains",
}


def load() -> list[VerdictCase]:
    """Every case of the corpus; a key the test does not know is an error, not a silent pass."""
    cases = []
    for path in sorted(CORPUS.glob("*.yaml")):
        for i, raw in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            unknown = set(raw) - CASE_KEYS | {k for want in raw.get("expect", []) for k in want} - EXPECT_KEYS
            if unknown:
                raise ValueError(f"{path.name} case {i}: unknown keys {sorted(unknown)}")
            as_of = raw["as_of"] if isinstance(raw["as_of"], dt.date) else dt.date.fromisoformat(raw["as_of"])
            cases.append(
                VerdictCase(
                    path.stem,
                    i,
                    raw["text"],
                    as_of,
                    raw.get("expect", []),
                    raw.get("findings", []),
                    raw.get("lang"),
                    raw.get("not_claims", []),
                )
            )
    return cases


CASES = load()


def _claim_for(report: factcheck.Report, figure: str) -> factcheck.Claim:
    matching = [c for c in report.claims if c.quantity.span.text == figure and not c.change_of]
    assert matching, f"no claim for {figure!r}; claims: {[c.quantity.span.text for c in report.claims]}"
    return matching[0]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_verdicts(case: VerdictCase) -> None:
    report = factcheck.check(case.text, as_of=case.as_of, lang=case.lang)
    for want in case.expect:
        claim = _claim_for(report, str(want["figure"]))
        verdict = claim.verdict
        assert verdict is not None
        assert verdict.status.value == want["status"], verdict.explanation
        assert 0.0 <= verdict.confidence <= 1.0
        ref = verdict.reference
        if want["status"] != "unverifiable" and want["status"] != "forecast":
            assert ref is not None, "a verdict on the data cites the row it used"
            assert ref.url.startswith("http") and ref.source and ref.published
        if ref is not None and claim.metric is not None:
            assert claim.metric.id == ref.indicator, "the claim names the series its verdict rests on"
        for key in ("indicator", "entity", "period"):
            if key in want:
                assert ref is not None and getattr(ref, key) == str(want[key]), (
                    key,
                    ref,
                    verdict.explanation,
                )
        if "explains" in want:  # words the explanation must hold
            assert str(want["explains"]) in verdict.explanation, verdict.explanation
        if "subject" in want:  # whose figure the claim says it is, with or without a reference row
            assert claim.entity is not None and claim.entity.id == want["subject"], claim.entity
        if "modality" in want:
            assert claim.modality.value == want["modality"]
        if "attribution" in want:  # strong, weak or none; optionally the source named
            got = claim.attribution
            assert (str(getattr(got.strength, "value", got.strength)) if got else "none") == want[
                "attribution"
            ], got
            if "source" in want:
                assert got is not None and got.source == want["source"]
    for figure in case.not_claims:
        assert not [c for c in report.claims if figure in c.quantity.span.text], f"{figure!r} is no claim"
    rules = sorted({a.rule_id for a in report.annotations if a.kind.value == "inconsistency"})
    assert rules == sorted(case.findings)


def test_every_status_is_covered() -> None:
    statuses = {w["status"] for c in CASES for w in c.expect}
    assert statuses == {s.value for s in factcheck.VerdictStatus}


def test_every_qualifier_is_covered() -> None:
    """Each qualifier a figure can carry is checked by at least one case."""
    seen = set()
    for case in CASES:
        report = factcheck.check(case.text, as_of=case.as_of, lang=case.lang)
        wanted = {str(w["figure"]) for w in case.expect}
        seen |= {c.quantity.qualifier.value for c in report.claims if c.quantity.span.text in wanted}
    assert seen == {q.value for q in factcheck.Qualifier}
