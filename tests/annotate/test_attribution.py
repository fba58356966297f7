"""find_attributions: strong, weak and anaphoric cues, with spans and sources."""

from __future__ import annotations

import pytest

from factcheck.annotate.attribution import Strength, find_attributions, to_attribution
from factcheck.extract import prepare
from factcheck.normalize import normalize

# text, expected strongest strength (None: no cue), a source the cues must name (or None)
CASES = [
    ("根据国家统计局数据，上月工业增加值同比增长5.4%。", Strength.STRONG, "国家统计局"),
    ("据国家统计局，上月工业增加值同比增长5.4%。", Strength.STRONG, "国家统计局"),
    ("據主計總處，第三季經濟成長率為7.64%。", Strength.STRONG, "主计总处"),
    ("據台灣主計總處，第三季經濟成長率為7.64%。", Strength.STRONG, "台湾主计总处"),
    ("据此推算，明年赤字率约为4%。", None, None),
    ("彭博社報導，日本政府正考慮追加經濟對策。", Strength.STRONG, "彭博社"),
    ("华峰电子在年报中披露，去年研发投入为12亿元。", Strength.STRONG, "华峰电子"),
    ("今年前三季度新增专项债3.6万亿元（来源：财政部）。", Strength.STRONG, None),
    ("其储备份额降至56.2%(IMF数据)。", Strength.STRONG, "IMF"),
    ("來自JP Morgan研究報告，參見《How Much Debt Does China Have?》。", Strength.STRONG, None),
    (
        "Payrolls rose by 175,000, according to the Bureau of Labor Statistics.",
        Strength.STRONG,
        "the Bureau of Labor Statistics",
    ),
    ("Unemployment could rise to 5.5%, the OECD projected.", Strength.STRONG, "the OECD"),
    ("据悉，该集团正与债权人商讨展期。", Strength.WEAK, None),
    ("业内人士指出，房价明年将上涨。", Strength.WEAK, None),
    ("一些经济学家认为，美元将贬值。", Strength.WEAK, None),
    ("Experts believe the dollar will lose its status.", Strength.WEAK, None),
    ("據報導，該行將裁員兩千人。", Strength.WEAK, None),  # 據報導 → 据报导: the regional variant is listed
    ("聯準會表示，將維持利率不變。", Strength.STRONG, "联准会"),  # 聯準會 → 联准会, never 美联储
    ("换句话说，美元会继续贬值。", None, None),
    ("美元会继续贬值。", None, None),
]


@pytest.mark.parametrize("text,strength,source", CASES, ids=[c[0][:16] for c in CASES])
def test_cues(text: str, strength: Strength | None, source: str | None) -> None:
    norm = normalize(text).text
    cues = find_attributions(norm)
    if strength is None:
        assert not cues, cues
        return
    strengths = {c.strength for c in cues}
    expected = Strength.STRONG if Strength.STRONG in strengths else Strength.WEAK
    assert expected is strength, cues
    if source is not None:
        assert source in {c.source for c in cues}, cues
    for c in cues:
        assert 0 <= c.start < c.end <= len(norm)


def test_anaphoric_cue_is_weak_and_marked() -> None:
    norm = normalize("数据显示，三季度GDP同比增长4.6%。").text
    cues = find_attributions(norm)
    assert any(c.anaphoric and c.strength is Strength.WEAK for c in cues), cues


def test_to_attribution_maps_to_the_original_text() -> None:
    text = "彭博社報導，日本政府正考慮追加經濟對策。"
    doc = prepare(text)
    cue = next(c for c in find_attributions(doc.norm.text) if c.source)
    model = to_attribution(doc, cue)
    assert text[model.span.start : model.span.end] == model.span.text
    assert model.strength == "strong" and model.source == "彭博社"
