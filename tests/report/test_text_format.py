"""The human report: header, findings in order with their sentences, summary, colour."""

from __future__ import annotations

from factcheck.report.findings import FindingFilter
from factcheck.report.text_format import render_text

from .synthetic import ZH_MARKS, ZH_TEXT, build


def test_header_findings_summary_and_profile() -> None:
    out = render_text([(build(ZH_TEXT, ZH_MARKS), ZH_TEXT)])
    lines = out.splitlines()
    assert lines[0] == "article.txt"
    assert "language zh/hant" in lines[1] and "document date 2025-11-08 (given)" in lines[1]
    assert "reference " in lines[1]
    order = [
        out.index(p)
        for p in (
            "1:5  rhetoric  loaded_language",
            "1:20  claim  contradicted",
            "2:1  rhetoric  anonymous_authority",
            "2:10  rhetoric  absolute_certainty",
        )
    ]
    assert order == sorted(order)
    assert "美國政府喪心病狂地舉債，聯邦債務已突破36.2兆美元。" in out
    assert "reference: 37.6 trillion USD for federal_debt / USA, period 2025-09" in out
    assert "US Treasury, Debt to the Penny" in out and "https://fiscaldata.treasury.gov/" in out
    assert "verdicts: contradicted 1" in out
    assert "devices: absolute_certainty 1, anonymous_authority 1, loaded_language 1" in out
    assert "profile: " in out and "3 rhetoric findings" in out
    assert "\x1b[" not in out


def test_colour_highlights_the_span() -> None:
    out = render_text([(build(ZH_TEXT, ZH_MARKS), ZH_TEXT)], color=True)
    assert "\x1b[" in out
    # the phrase is styled on its own, inside its plain sentence
    assert "地舉債" in out and "\x1b[1;7;35m喪心病狂\x1b[0m" in out


def test_filters_and_quiet() -> None:
    report = build(ZH_TEXT, ZH_MARKS)
    out = render_text([(report, ZH_TEXT)], keep=FindingFilter(min_confidence=0.75), quiet=True)
    assert "loaded_language" in out and "anonymous_authority" not in out and "summary" not in out
    clean = build("今天天氣很好。", [])
    assert render_text([(clean, "今天天氣很好。")], quiet=True) == ""
    assert "no findings" in render_text([(clean, "今天天氣很好。")])
