"""Two indicator flags of the reference format, on a made-up package:

- ``stock``: a level series (people employed, debt outstanding) published by month is
  read for a year at any of its months; a flow series is not;
- ``entity_aliases``: a name that means the indicator only after the indicator's own
  entity in the same clause (美联储维持高利率, the Fed kept its key rate).

The package written here is test data: made-up indicators and values at example.org,
never statistics.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck

from .packages import ROWS_HEADER, made_up_package

INDICATORS = """\
- id: test_staff_level
  unit: person
  kind: count
  frequency: monthly
  stock: true
  default_entity: XLD
  names: {en: Test staff level, zh-Hans: 测试员工人数, zh-Hant: 測試員工人數}
  aliases:
    en: [test staff level]
- id: test_hires
  unit: person
  kind: count
  frequency: monthly
  default_entity: XLD
  names: {en: Test hires, zh-Hans: 测试招聘人数, zh-Hant: 測試招聘人數}
  aliases:
    en: [test hires]
- id: test_key_rate
  unit: percent
  kind: percent
  frequency: annual
  fixed_entity: true
  default_entity: XCB
  names: {en: Test key rate, zh-Hans: 测试基准利率, zh-Hant: 測試基準利率}
  entity_aliases:
    en: [key rate]
    zh-Hans: [高利率]
    zh-Hant: [高利率]
- id: test_bloc_output_share
  unit: percent
  kind: percent
  frequency: annual
  fixed_entity: true
  default_entity: XBL
  names:
    en: Test Bloc share of world output
    zh-Hans: 测试集团占全球产出比重
    zh-Hant: 測試集團佔全球產出比重
  entity_aliases:
    en: [world GDP]
    zh-Hans: [GDP]
    zh-Hant: [GDP]
"""

ENTITIES = """\
- id: XLD
  kind: aggregate
  names: {en: Testland, zh-Hans: 测试国, zh-Hant: 測試國}
- id: XCB
  kind: central_bank
  names: {en: Test Reserve, zh-Hans: 测试储备局, zh-Hant: 測試儲備局}
  aliases:
    en: [the Test Reserve]
- id: XBL
  kind: aggregate
  names: {en: Test Bloc, zh-Hans: 测试集团, zh-Hant: 測試集團}
- id: XCT
  kind: country
  names: {en: Quizland, zh-Hans: 测验国, zh-Hant: 測驗國}
- id: WLD
  kind: aggregate
  names: {en: World, zh-Hans: 全球, zh-Hant: 全球}
"""

_MONTHS = [f"2020-{m:02d}" for m in range(1, 13)]
ROWS = (
    ROWS_HEADER
    + "".join(
        # staff level falls from 1,200 to 1,090 thousand over 2020; hires are 50 thousand a month
        f"test_staff_level,XLD,{p},{1200 - 10 * i},person,3,2021-02-01,test_src,https://example.org/l/{i},\n"
        f"test_hires,XLD,{p},50,person,3,2021-02-01,test_src,https://example.org/h/{i},\n"
        for i, p in enumerate(_MONTHS)
    )
    + "test_key_rate,XCB,2024,5.5,percent,0,2025-01-10,test_src,https://example.org/r/1,\n"
    + "test_bloc_output_share,XBL,2024,30,percent,0,2025-01-10,test_src,https://example.org/b/1,\n"
)


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return made_up_package(tmp_path_factory.mktemp("levels") / "mine", INDICATORS, ENTITIES, ROWS)


@pytest.fixture(autouse=True)
def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))


def _status(package: Path, text: str, figure: str) -> factcheck.Verdict:
    report = factcheck.check(text, as_of="2025-06-01", refdata=[package])
    claim = next(c for c in report.claims if c.quantity.span.text == figure)
    assert claim.verdict is not None
    return claim.verdict


@pytest.mark.parametrize(
    ("text", "figure", "status"),
    [
        # any month of the year is a reading of a level: 1,150 thousand was the level in June
        ("2020年测试国的测试员工人数为115万人。", "115万人", "supported"),
        ("Testland's test staff level was 1.2 million in 2020.", "1.2 million", "supported"),
        ("測試國2020年測試員工人數約109萬人。", "約109萬人", "supported"),
        # off every month of the year by more than the imprecise band
        ("2020年测试国的测试员工人数为300万人。", "300万人", "contradicted"),
        # just below the lowest month
        ("2020年测试国的测试员工人数为106万人。", "106万人", "imprecise"),
    ],
)
def test_a_level_for_a_year_is_read_at_its_months(package: Path, text: str, figure: str, status: str) -> None:
    verdict = _status(package, text, figure)
    assert verdict.status.value == status, verdict.explanation
    assert "ranged from" in verdict.explanation


def test_a_flow_for_a_year_is_not_read_at_one_month(package: Path) -> None:
    """50 thousand hires a month is not 50 thousand in the year."""
    verdict = _status(package, "2020年测试国的测试招聘人数为5万人。", "5万人")
    assert verdict.status.value == "unverifiable", verdict.explanation


def test_a_level_for_a_year_not_fully_published_stays_unverifiable(package: Path) -> None:
    verdict = _status(package, "2021年测试国的测试员工人数为115万人。", "115万人")
    assert verdict.status.value == "unverifiable", verdict.explanation


@pytest.mark.parametrize(
    ("text", "figure", "status", "indicator"),
    [
        # the name after the central bank's own name in the clause
        ("2024年测试储备局维持高利率(5.5%),市场承压。", "5.5%", "supported", "test_key_rate"),
        ("2024年測試儲備局維持高利率(4%),市場承壓。", "4%", "contradicted", "test_key_rate"),
        ("In 2024 the Test Reserve held its key rate at 5.5%.", "5.5%", "supported", "test_key_rate"),
        # the name joined right after the figure (的, of), the bloc named before it
        ("2024年测试集团覆盖全球约30%的GDP。", "约30%", "supported", "test_bloc_output_share"),
        ("2024年測試集團覆蓋全球50%的GDP。", "50%", "contradicted", "test_bloc_output_share"),
        (
            "In 2024 the Test Bloc accounted for 30% of world GDP.",
            "30%",
            "supported",
            "test_bloc_output_share",
        ),
    ],
)
def test_a_name_after_its_own_entity_means_the_indicator(
    package: Path, text: str, figure: str, status: str, indicator: str
) -> None:
    verdict = _status(package, text, figure)
    assert verdict.status.value == status, verdict.explanation
    assert verdict.reference is not None and verdict.reference.indicator == indicator


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no entity, another entity, or the entity only in another clause
        ("2024年维持高利率(4%),市场承压。", "4%"),
        ("2024年测试国维持高利率(4%),市场承压。", "4%"),
        ("2024年测试储备局表态,银行维持高利率(4%)。", "4%"),
        ("In 2024 banks kept a key rate of 4%, the Test Reserve said.", "4%"),
        ("2024年全球约50%的GDP来自服务业。", "约50%"),  # no bloc named
        ("2024年测试集团里测验国占GDP的50%。", "50%"),  # a country between: its share, not the bloc's
        ("2024年测试集团覆盖全球50%的人口。", "50%"),  # a word that is not the indicator's
    ],
)
def test_a_name_without_its_own_entity_before_it_means_nothing(package: Path, text: str, figure: str) -> None:
    verdict = _status(package, text, figure)
    assert verdict.status.value == "unverifiable", verdict.explanation
