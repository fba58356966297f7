"""Sentence segmentation: a table of texts and the sentences they split into."""

from __future__ import annotations

import pytest

from factcheck.segment import segmenter

CASES = [
    # Chinese enders; a closing quote stays with its sentence
    ("出口增长5.9%。进口下降1.2%！", ["出口增长5.9%。", "进口下降1.2%！"]),
    ("他说：“降息了。”随后离场。", ["他说：“降息了。”", "随后离场。"]),
    # a line break ends a sentence
    ("第一行\n第二行", ["第一行", "第二行"]),
    # English: a full stop before a capital; not after an abbreviation or inside a number
    ("Prices rose 2.9%. Wages rose too.", ["Prices rose 2.9%.", "Wages rose too."]),
    ("The U.S. economy grew 3.8 percent.", ["The U.S. economy grew 3.8 percent."]),
    # an emoji followed by a space and more text stands where a full stop would
    (
        "利率降至3.50%-3.75%🔥 这是9月之后第三次降息。",
        ["利率降至3.50%-3.75%🔥", "这是9月之后第三次降息。"],
    ),
    ("Rates fell to 3.5% 📉 Markets cheered.", ["Rates fell to 3.5% 📉", "Markets cheered."]),
    # …but not one that ends the text or touches the next word
    ("通胀回落😅", ["通胀回落😅"]),
    ("利率😅下降了", ["利率😅下降了"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:20] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    sentences = segmenter().split(text)
    assert [text[s.start : s.end] for s in sentences] == expected
