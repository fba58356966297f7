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
    # a full stop after a closing quote (American quotes, British punctuation) ends the sentence too
    ('The target is "around 5%". Growth was 5.2%.', ['The target is "around 5%".', "Growth was 5.2%."]),
    # an emoji followed by a space and more text stands where a full stop would
    (
        "利率降至3.50%-3.75%🔥 这是9月之后第三次降息。",
        ["利率降至3.50%-3.75%🔥", "这是9月之后第三次降息。"],
    ),
    ("Rates fell to 3.5% 📉 Markets cheered.", ["Rates fell to 3.5% 📉", "Markets cheered."]),
    # …but not one that ends the text or touches the next word
    ("通胀回落😅", ["通胀回落😅"]),
    ("利率😅下降了", ["利率😅下降了"]),
    # a footnote's number after a sentence's end belongs to that sentence
    (
        "Growth was 5.2% in 2023.[1] In 2024 it was 5.0%.[2][3] Exports rose.",
        ["Growth was 5.2% in 2023.[1]", "In 2024 it was 5.0%.[2][3]", "Exports rose."],
    ),
    ("经济增长5.2%。[1]2025年增长5.0%。", ["经济增长5.2%。[1]", "2025年增长5.0%。"]),
    # …but a bracket that opens the next sentence is no footnote
    ("Prices rose. [Editor's note] Wages fell.", ["Prices rose.", "[Editor's note] Wages fell."]),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:20] for c in CASES])
def test_sentences(text: str, expected: list[str]) -> None:
    sentences = segmenter().split(text)
    assert [text[s.start : s.end] for s in sentences] == expected


def test_a_chrome_pattern_out_of_time_keeps_the_line_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    seg = segmenter()

    class Slow:
        def fullmatch(self, *args: object, **kwargs: object) -> None:
            raise TimeoutError("regex timed out")

    monkeypatch.setattr(seg, "_chrome", Slow())
    assert seg.is_chrome("浏览 104,564") is False
    assert seg.chrome_lines("浏览 104,564\n不到500人") == []
