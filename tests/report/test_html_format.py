"""The HTML page, read without a browser: every finding is highlighted at its text."""

from __future__ import annotations

import json
from html.parser import HTMLParser

from factcheck.report.html_format import render_html
from factcheck.report.located import locate

from .synthetic import ZH_MARKS, ZH_TEXT, Mark, build


class _Pieces(HTMLParser):
    """Collect the text of every highlighted piece per finding id, and the embedded data."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[list[str]] = []
        self.pieces: dict[str, str] = {}
        self.data = ""
        self._in_data = False
        self.text = ""
        self._in_pre = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "span" and "data-f" in a:
            self.stack.append((a["data-f"] or "").split())
        elif tag == "span":
            self.stack.append([])
        self._in_data = tag == "script" and a.get("id") == "findings-data"
        self._in_pre = self._in_pre or tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag == "span":
            self.stack.pop()
        if tag == "pre":
            self._in_pre = False
        self._in_data = False

    def handle_data(self, data: str) -> None:
        if self._in_data:
            self.data += data
        if self._in_pre:
            self.text += data
        for fid in self.stack[-1] if self.stack else []:
            self.pieces[fid] = self.pieces.get(fid, "") + data


def _parse(page: str) -> _Pieces:
    parser = _Pieces()
    parser.feed(page)
    return parser


def test_every_finding_is_highlighted_at_its_text() -> None:
    text = ZH_TEXT + "\n<b>美國</b>政府喪心病狂 & 無恥。"
    marks = [
        *ZH_MARKS,
        Mark("喪心病狂", nth=1),
        Mark("政府喪心病狂 & 無恥", rule="rhetoric.name_calling", device="name_calling"),
    ]
    report = build(text, marks)
    parsed = _parse(render_html([(report, text, locate([report]))]))
    data = json.loads(parsed.data)
    assert parsed.text == text
    assert len(data) == len(marks)
    for f in data:
        assert parsed.pieces[f["id"]] == f["text"] == text[f["start"] : f["end"]]


def test_page_is_self_contained_with_filters_and_chart() -> None:
    report = build(ZH_TEXT, ZH_MARKS)
    page = render_html([(report, ZH_TEXT, locate([report]))])
    assert "http://" not in page.replace("http://www.w3.org", "")
    assert 'src="' not in page and "<link" not in page
    assert 'id="kind-filters"' in page and 'id="min-conf"' in page
    assert page.count('<svg class="chart"') == 2
    assert "</script>" not in page.split('id="findings-data">')[1].split("</script>")[0]
