"""Users' own reference packages: unit conversion through pint, currencies kept apart,
and a later package overriding the bundled one (visible in the report).

The package written here is test data: made-up indicators and values at example.org,
never statistics.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck

from .packages import ROWS_HEADER, made_up_package

INDICATORS = """\
- id: test_power_use
  unit: kilowatt_hour
  kind: measure
  frequency: annual
  names: {en: Test power use, zh-Hans: 测试用电量, zh-Hant: 測試用電量}
  aliases:
    en: [test power use]
  default_entity: XLD
- id: test_fund_size
  unit: USD
  kind: currency
  frequency: annual
  names: {en: Test fund size, zh-Hans: 测试基金规模, zh-Hant: 測試基金規模}
  default_entity: XLD
- id: cofer_usd_share
  unit: percent
  kind: percent
  frequency: quarterly
  fixed_entity: true
  names: {en: USD share of allocated foreign-exchange reserves, zh-Hans: 美元在已分配外汇储备中的份额,
          zh-Hant: 美元在已分配外匯儲備中的份額}
"""

ENTITIES = """\
- id: XLD
  kind: aggregate
  names: {en: Testland, zh-Hans: 测试国, zh-Hant: 測試國}
- id: WLD
  kind: aggregate
  names: {en: World, zh-Hans: 全球, zh-Hant: 全球}
"""

ROWS = (
    ROWS_HEADER
    + """\
test_power_use,XLD,2024,9.85,kilowatt_hour,12,2025-01-20,test_src,https://example.org/data/1,
test_fund_size,XLD,2024,50,USD,9,2025-01-20,test_src,https://example.org/data/2,
cofer_usd_share,WLD,2025-Q2,70,percent,0,2025-10-01,test_src,https://example.org/data/3,overrides bundled
"""
)


@pytest.fixture
def package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))
    return made_up_package(tmp_path / "mine", INDICATORS, ENTITIES, ROWS)


def _verdict(report: factcheck.Report, figure: str) -> factcheck.Verdict:
    claim = next(c for c in report.claims if c.quantity.span.text == figure)
    assert claim.verdict is not None
    return claim.verdict


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("2024年测试国的测试用电量为98500亿千瓦时。", "98500亿千瓦时"),
        ("Testland's test power use was 9,850 TWh in 2024.", "9,850 TWh"),
        ("Testland's test power use was 9.85 trillion kWh in 2024.", "9.85 trillion kWh"),
    ],
)
def test_measures_convert_to_the_indicators_unit(package: Path, text: str, figure: str) -> None:
    report = factcheck.check(text, as_of="2025-06-01", refdata=[package])
    verdict = _verdict(report, figure)
    assert verdict.status.value == "supported", verdict.explanation
    assert verdict.reference is not None and verdict.reference.indicator == "test_power_use"


def test_a_wrong_measure_is_contradicted_after_conversion(package: Path) -> None:
    report = factcheck.check("2024年测试国的测试用电量为5万亿千瓦时。", as_of="2025-06-01", refdata=[package])
    assert _verdict(report, "5万亿千瓦时").status.value == "contradicted"


def test_currencies_never_convert(package: Path) -> None:
    """30 billion yuan is not checked against a dollar series: that would take an FX row."""
    report = factcheck.check(
        "2024年测试国的测试基金规模为300亿元人民币。", as_of="2025-06-01", refdata=[package]
    )
    verdict = _verdict(report, "300亿元人民币")
    assert verdict.status.value == "unverifiable", verdict.explanation


def test_the_right_number_in_the_wrong_currency_is_contradicted(package: Path) -> None:
    report = factcheck.check(
        "2024年测试国的测试基金规模为500亿元人民币。", as_of="2025-06-01", refdata=[package]
    )
    verdict = _verdict(report, "500亿元人民币")
    assert verdict.status.value == "contradicted" and "currency" in verdict.explanation


def test_a_later_package_overrides_the_bundled_rows_and_says_so(package: Path) -> None:
    text = "2025年第二季度美元在全球外汇储备中的占比为70%。"
    report = factcheck.check(text, as_of="2025-11-08", refdata=[package])
    verdict = _verdict(report, "70%")
    assert verdict.status.value == "supported" and verdict.reference is not None
    assert verdict.reference.refdata.startswith("mine@")
    mine = [r for r in report.refdata if r.name == "mine"]
    assert mine and mine[0].overrides == 1
    bundled = factcheck.check(text, as_of="2025-11-08")
    assert _verdict(bundled, "70%").status.value == "contradicted"
