"""The document date read from a text's header, and dated sections inside it."""

from __future__ import annotations

import datetime as dt

import pytest

import factcheck
from factcheck.extract import prepare

D = dt.date

HEADERS = [
    ("2023/11/21 00:06\n美国经济增长放缓。", D(2023, 11, 21)),
    ("时间: 2025-11-08\n美国经济增长放缓。", D(2025, 11, 8)),
    ("2025年11月21日美國東部時間\n美國經濟成長放緩。", D(2025, 11, 21)),
    ("Published Nov. 3, 2025\nThe economy slowed.", D(2025, 11, 3)),
    # a comma between the month and the year, as Hong Kong pages print it
    ("ECONOMY\nPublished: 6:45pm, 20 Oct, 2025\nGrowth slowed.", D(2025, 10, 20)),
    ("SLUG: JOBS\nAIR DATE: 12/16/2025   TRT: 1:50\nThe jobless rate rose.", D(2025, 12, 16)),
    ("Posted 16/12/2025\nThe jobless rate rose.", D(2025, 12, 16)),
    # month and day, then the year and a time of day, as Dcard stamps a post
    ("Dcard　投資理財版\n發文時間：6月22日 2024 22:13\n今年失業率回落。", D(2024, 6, 22)),
    # dotted, month first or day first, read when the day is past 12
    ("Wed, 01.14.2026 | Read time: 5 min\nInflation came in flat.", D(2026, 1, 14)),
    ("Posted 14.01.2026\nInflation came in flat.", D(2026, 1, 14)),
    # a two-digit year, month first, after a release or date label only
    ("Senate Budget Committee\nFOR IMMEDIATE RELEASE: 10.17.25\nThe deficit fell.", D(2025, 10, 17)),
    ("Date: 3/5/24\nThe deficit fell.", D(2024, 3, 5)),
    # a month and a year alone on a line (a policy brief's cover): the month's last day
    ("POLICY BRIEF No. 24-11\nCenter for Trade\nJune 2024\n\nJobs rose.", D(2024, 6, 30)),
    # both numbers may be a month: the weekday named decides, else month first in English
    ("Air date: 10/09/2024 (Wednesday)\nThe Fed cut rates.", D(2024, 10, 9)),
    ("Air date: 10/09/2024 (Tuesday)\nThe Fed cut rates.", D(2024, 9, 10)),
    ("Posted 10/09/2024\nThe Fed cut rates.", D(2024, 10, 9)),
    ("發表於 10/09/2024 22:15\n聯準會減息。", D(2024, 9, 10)),
    ("發布日期：民國114年10月14日\n上月失業率為3.4%。", D(2025, 10, 14)),
    ("114/10/14 記者報導\n上月失業率為3.4%。", D(2025, 10, 14)),
    ("播出日期：二〇二四年十一月二十日（星期三）晚上七時半\n聯儲局減息。", D(2024, 11, 20)),
    ("二〇二五年一月十九日\n国家统计局发布数据。", D(2025, 1, 19)),
    # a masthead writing zero as a white circle (○, U+25CB), as Hong Kong and Taiwan papers do
    ("《經濟評論》　二○二一年十一月二十日（星期六）\n聯儲局維持利率不變。", D(2021, 11, 20)),
    ("樓主：打工仔　　發表於 12-11-2021 22:15\n\n琴晚美國公布十月CPI。", D(2021, 11, 12)),
    (
        "作者 someone (某人)\n看板 Stock\n標題 [請益] 美債\n"
        "時間 Mon Nov 10 21:33:05 2025\n\n上個月美債突破38兆美元。",
        D(2025, 11, 10),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADERS, ids=[h[0].split("\n")[0][:24] for h in HEADERS])
def test_the_header_dates_the_document(text: str, expected: dt.date) -> None:
    doc = prepare(text)
    assert doc.as_of == expected
    assert doc.as_of_source.value == "detected"


FILLER = "\n\n".join(f"第{i}段：美债问题需要长期观察。" for i in range(40))

FOOTERS = [
    # a Q&A answer stamped only at its foot
    (f"问题：美债会不会爆雷？\n\n{FILLER}\n\n编辑于 2025-10-23 21:47・IP 属地上海\n", D(2025, 10, 23)),
    (f"Will the debt blow up?\n\n{FILLER}\n\nPosted on 2025-10-23\n", D(2025, 10, 23)),
    # a stamp with a time of day counts below the header's first lines too
    ("\n".join(["讨论区"] * 14) + "\n2024-06-22 22:13\n今年失业率回落。", D(2024, 6, 22)),
]


@pytest.mark.parametrize(("text", "expected"), FOOTERS, ids=["zh-footer", "en-footer", "time-of-day"])
def test_a_stamp_at_the_foot_or_with_a_time_dates_the_document(text: str, expected: dt.date) -> None:
    doc = prepare(text)
    assert doc.as_of == expected
    assert doc.as_of_source.value == "detected"


def test_a_bare_date_at_the_foot_does_not_date_the_document() -> None:
    doc = prepare(f"问题：美债会不会爆雷？\n\n{FILLER}\n\n参考：2019-03-01\n", today=D(2026, 1, 5))
    assert doc.as_of == D(2026, 1, 5)
    assert doc.as_of_source.value == "today"


def test_a_profile_date_is_not_the_document_date() -> None:
    doc = prepare("加入时间: 2019-03-01\n文章: 1219\n今年经济增长放缓。", as_of=None)
    assert doc.as_of != D(2019, 3, 1)


def test_given_date_overrides_the_header() -> None:
    doc = prepare("时间: 2025-11-08\n今年经济增长放缓。", as_of=D(2024, 1, 1))
    assert doc.as_of == D(2024, 1, 1) and doc.as_of_source.value == "given"


@pytest.mark.parametrize(
    "stamp",
    ["【後註五,2024/03/05】", "後記（2024年3月5日）：", "后记 2024-03-05："],
)
def test_a_dated_postscript_reanchors_what_follows(stamp: str) -> None:
    text = f"2023/11/21 00:06\n去年經濟成長放緩。\n\n{stamp}\n去年的數字已經公布。"
    found = factcheck.extract_times(text)
    last_year = [t for t in found if t.span.text == "去年"]
    assert [t.start for t in last_year] == [D(2022, 1, 1), D(2023, 1, 1)]
