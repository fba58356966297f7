"""Reading prose out of Markdown and HTML: what is kept, what is skipped, where it came from."""

from __future__ import annotations

import pytest

from factcheck.inputs import extract_html, extract_markdown, markup_kind


def _check_origin(source: str, extracted) -> None:  # type: ignore[no-untyped-def]
    for i, ch in enumerate(extracted.text):
        if not ch.isspace():
            assert source[extracted.origin[i]] == ch or source[extracted.origin[i]] == "&", (i, ch)


@pytest.mark.parametrize(
    ("source", "prose"),
    [
        ("這種喪心\n病狂的做法。\n", "這種喪心病狂的做法。\n"),  # a soft break between CJK characters
        ("The deficit reached\n6.4% of GDP.\n", "The deficit reached 6.4% of GDP.\n"),
        ("# 標題\n正文。\n", "標題\n\n正文。\n"),  # a heading stays its own sentence
        ("- 第一項\n- 第二項\n  續行\n", "第一項\n第二項續行\n"),
        ("| 指標 | 數值 |\n|---|---|\n| 債務 | 36兆 |\n", "  指標   數值  \n\n  債務   36兆  \n"),
        ("hard  \nbreak\n", "hard  \nbreak\n"),
        (
            "---\ntitle: 12%\n---\n正文**加粗**與`代碼`和[連結](http://x.invalid)。\n",
            "\n\n\n正文加粗與和連結。\n",
        ),
        ("前文\n\n```\n99%\n```\n\n    縮排代碼 5%\n\n後文\n", "前文\n\n\n\n\n\n\n\n後文\n"),
        ("A <!-- 77% --> B ![圖](x.png) \\*C\\*\n", "A              B 圖 *C*\n"),
    ],
)
def test_markdown_prose(source: str, prose: str) -> None:
    extracted = extract_markdown(source)
    assert extracted.text == prose
    assert len(extracted.origin) == len(extracted.text)
    _check_origin(source, extracted)


def test_html_prose_entities_and_skipped_elements() -> None:
    source = (
        "<html><head><title>T 55%</title><style>p{}</style></head><body>\n"
        "<h1>價格</h1><p>上漲&nbsp;2.9%&amp;工資<b>3.1%</b>。</p><code>66%</code>"
        "<script>var x = '88%';</script><p>A&#39;s plan<br>next</p></body></html>"
    )
    extracted = extract_html(source)
    text = extracted.text
    assert "55%" not in text and "66%" not in text and "88%" not in text and "p{}" not in text
    assert "上漲\xa02.9%&工資3.1%。" in text and "A's plan\nnext" in text
    assert text.index("價格") < text.index("上漲") and "價格\n" in text
    start = text.index("2.9%")
    s, e = extracted.span(start, start + 4)
    assert source[s:e] == "2.9%"
    amp = text.index("&")
    assert source[extracted.span(amp, amp + 1)[0] :].startswith("&amp;")


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("a.md", "markdown"),
        ("A.MARKDOWN", "markdown"),
        ("x.htm", "html"),
        ("x.html", "html"),
        ("x.txt", "text"),
        (None, "text"),
        ("README", "text"),
    ],
)
def test_markup_kind_by_suffix(path: str | None, kind: str) -> None:
    assert markup_kind(path) == kind
