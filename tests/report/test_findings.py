"""The shared view of findings: order, filters, claims, sentences, profile."""

from __future__ import annotations

from factcheck.models.annotation import Level
from factcheck.report.findings import FindingFilter, findings, profile, select, sentence_around

from .synthetic import ZH_MARKS, ZH_TEXT, build


def test_findings_in_text_order_with_claims_attached() -> None:
    got = findings(build(ZH_TEXT, list(reversed(ZH_MARKS))))
    assert [f.annotation.span.text for f in got] == ["喪心病狂", "36.2兆美元", "專家指出", "絕對不可能"]
    claim = got[1]
    assert claim.claim is not None and claim.label == "contradicted"
    assert got[0].claim is None and got[0].label == "loaded_language"


def test_filters_confidence_level_and_only() -> None:
    report = build(ZH_TEXT, ZH_MARKS)
    assert len(findings(report, FindingFilter(min_confidence=0.75))) == 2
    assert [f.kind for f in findings(report, FindingFilter(level=Level.ERROR))] == ["claim"]
    assert {f.kind for f in findings(report, FindingFilter(only="rhetoric"))} == {"rhetoric"}
    assert {f.kind for f in findings(report, FindingFilter(only="claims"))} == {"claim"}


def test_select_recounts_the_summary() -> None:
    report = select(build(ZH_TEXT, ZH_MARKS), FindingFilter(only="rhetoric"))
    assert report.claims == [] and report.summary.annotations == 3
    assert report.summary.devices == {"absolute_certainty": 1, "anonymous_authority": 1, "loaded_language": 1}


def test_sentence_around_stops_at_enders_and_paragraphs() -> None:
    start = ZH_TEXT.index("絕對")
    s, e = sentence_around(ZH_TEXT, start, start + 2)
    assert ZH_TEXT[s:e] == "專家指出，這種做法絕對不可能持續。"
    text = "First one. The reckless plan failed. Last."
    s, e = sentence_around(text, text.index("reckless"), text.index("reckless") + 8)
    assert text[s:e] == "The reckless plan failed."


def test_profile_counts_per_thousand_characters() -> None:
    p = profile(build(ZH_TEXT, ZH_MARKS))
    assert p["rhetoric"] == 3 and p["claims"] == 1 and p["checked"] == 1
    assert p["rhetoric_per_1000"] == round(3000 / len(ZH_TEXT), 1)
