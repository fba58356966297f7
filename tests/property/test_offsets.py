"""Invariant: every extracted span points into the ORIGINAL text, whatever the input."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.normalize import normalize

# Pieces that exercise full-width forms, Traditional characters, expanding NFKC
# characters (… → ...), numerals, units and dates.
PIECES = [
    "美國聯邦債務達",
    "３６．２兆美元",
    "36.2 兆美元",
    "約",
    "超過",
    "百分之五",
    "１２％",
    "三成",
    "……",
    "…",
    "2025年第三季度",
    "去年",
    "１９２８萬人",
    "，",
    "。",
    "降息100個基點",
    "4.5-4.75%",
    "$4.5 billion",
    "about 40%",
    "two-thirds",
    "Nov. 21, 2025",
    "㎞",
    "½",
    "ﬁ",
    "\u3000",
    " ",
    "\n",
    "聯準會",
    "1.2兆至1.3兆美元",
    "三分之二",
    "20:1",
    "翻番",
    "兩倍多",
    "5兆瓦",
    "壹佰貳拾萬元",
    "2023/11/21",
    "3 /7日",
    "1980-2020年之間",
]

texts = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=6)), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_quantity_spans_point_into_the_original(text: str) -> None:
    for q in factcheck.extract_quantities(text):
        assert text[q.span.start : q.span.end] == q.span.text
        assert q.span.start < q.span.end


@settings(max_examples=300, deadline=None)
@given(texts)
def test_time_spans_point_into_the_original(text: str) -> None:
    for t in factcheck.extract_times(text, as_of="2025-11-08"):
        assert text[t.span.start : t.span.end] == t.span.text
        assert t.start < t.end


def test_a_nul_character_survives_script_folding() -> None:
    """OpenCC drops NUL; the normalised text keeps it, with or without Chinese around it."""
    assert normalize("達１２％\x00３").text == "达12%\x003"
    assert normalize("１２％\x00３").text == "12%\x003"


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_offset_map_round_trips_whole_characters(text: str, data: st.DataObject) -> None:
    norm = normalize(text)
    if not norm.text:
        return
    start = data.draw(st.integers(0, len(norm.text) - 1))
    end = data.draw(st.integers(start + 1, len(norm.text)))
    s, e = norm.orig_span(start, end)
    assert 0 <= s <= e <= len(text)
    # the original stretch normalises to (at least) the normalised stretch
    assert norm.text[start:end] in normalize(text[s:e]).text


CLAIM_PIECES = [
    "美元在全球外匯儲備中的佔比",
    "2025年第二季度",
    "為",
    "56.32%",
    "美國2025財年聯邦赤字",
    "約1.8兆美元",
    "失業率",
    "根據國際貨幣基金組織",
    "，",
    "。",
    "\n",
    "從",
    "降至",
    "下降了2個百分點",
    "中國",
    "GDP成長",
    "5.0%",
    "的",
    "(NDB)",
    "對美出口",
    "下降9.7%",
    "“",
    "”",
    "他說",
    "可能",
    "將",
]
claim_texts = st.lists(st.one_of(st.sampled_from(CLAIM_PIECES), st.text(max_size=4)), max_size=14).map(
    "".join
)


@settings(max_examples=200, deadline=None)
@given(claim_texts)
def test_claim_and_finding_spans_point_into_the_original(text: str) -> None:
    report = factcheck.check(text, as_of="2025-11-08")
    for claim in report.claims:
        for span in (claim.span, claim.quantity.span):
            assert text[span.start : span.end] == span.text
        for term in (claim.metric, claim.entity):
            assert term is None or term.text in text
    for a in report.annotations:
        assert text[a.span.start : a.span.end] == a.span.text
        assert 0.0 <= a.confidence <= 1.0
