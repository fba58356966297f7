"""GitHub workflow annotations (escaped, capped) and the Markdown summary."""

from __future__ import annotations

from factcheck.report.github_format import CAP, render_github
from factcheck.report.located import BaselineState, Located, locate
from factcheck.report.markdown_format import render_markdown

from .synthetic import ZH_MARKS, ZH_TEXT, Mark, build


def test_annotation_lines_are_escaped_and_located() -> None:
    text = "Costs: 50%, and a reckless, dangerous plan.\n"
    report = build(text, [Mark("reckless, dangerous")], path="dir/a,b:c.md")
    line = render_github(locate([report])).strip()
    assert line.startswith("::warning file=dir/a%2Cb%3Ac.md,line=1,endLine=1,col=19,endColumn=38,")
    assert "title=rhetoric.loaded_language (0.80)::loaded_language: reckless, dangerous" in line


def test_cap_per_level_then_a_notice() -> None:
    text = "".join(f"Plan {i} is reckless.\n" for i in range(CAP + 5))
    report = build(text, [Mark("reckless", nth=i) for i in range(CAP + 5)])
    lines = render_github(locate([report])).splitlines()
    assert sum(line.startswith("::warning") for line in lines) == CAP
    assert lines[-1].startswith("::notice title=factcheck::5 more findings not shown")


def test_markdown_table_escapes_cells_and_counts() -> None:
    text = "A | reckless | plan.\n"
    report = build(text, [Mark("reckless")], path="a.md")
    md = render_markdown(locate([report]), files=1)
    assert md.startswith("## factcheck: 1 finding in 1 file")
    assert "| `a.md` | 1:5 | rhetoric · **loaded_language** | 0.80 | reckless |" in md
    assert "- Devices and other findings: loaded_language 1" in md


def test_markdown_gate_mode_lists_only_new() -> None:
    report = build(ZH_TEXT, ZH_MARKS)
    items = locate([report])
    gated = [
        Located(i.path, i.finding, BaselineState.NEW if n == 0 else BaselineState.UNCHANGED)
        for n, i in enumerate(items)
    ]
    md = render_markdown(gated, files=1, gate=True, absent=2)
    assert md.startswith("## factcheck: 1 new finding in 1 file")
    assert "New 1 · updated 0 · unchanged (in baseline) 3 · fixed 2" in md
    assert md.count("| `article.txt` |") == 1
