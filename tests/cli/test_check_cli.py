"""``factcheck check`` end to end: formats, inputs, configuration, output."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from tests.gate.fake_rules import fake_rules  # noqa: F401  (a fixture)

from .helpers import run_cli

MD = """---
title: 12% of nothing
---
# Growth of 3.5%

Exports grew **4.1%** in [the third quarter](https://example.invalid/q3 "66%").
A `7.7%` code span and a reckless claim.

```
99.9% inside a fence
```
"""
HTML = '<p>Prices rose 2.9% &amp; wages 3.1%.</p><script>x = "8.8%"</script><p>A reckless plan.</p>\n'


def _json(out: str) -> dict:
    return json.loads(out)


def test_markdown_skips_markup_with_offsets_into_the_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", "a.md", "--format", "json", cwd=tmp_path)
    report = _json(out)
    spans = [q["span"] for q in report["quantities"]]
    assert [s["text"] for s in spans] == ["3.5%", "4.1%"]
    for s in spans:
        assert MD[s["start"] : s["end"]] == s["text"]
        assert MD.splitlines()[s["line"] - 1][s["column"] - 1 :].startswith(s["text"])
    assert report["source"]["chars"] == len(MD)


def test_html_skips_tags_and_scripts(tmp_path: Path, capsys) -> None:
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", "p.html", "--format", "json", cwd=tmp_path)
    spans = [q["span"] for q in _json(out)["quantities"]]
    assert [s["text"] for s in spans] == ["2.9%", "3.1%"]
    assert all(HTML[s["start"] : s["end"]] == s["text"] for s in spans)


def test_stdin_with_a_filename(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(MD.encode("utf-8"))))
    code, out, _ = run_cli(capsys, "check", "-", "--stdin-filename", "notes/a.md", "--format", "json")
    report = _json(out)
    assert code == 0 and report["source"]["path"] == "notes/a.md"
    assert [q["span"]["text"] for q in report["quantities"]] == ["3.5%", "4.1%"]


def test_folders_are_searched_with_include_and_exclude(tmp_path: Path, capsys) -> None:
    for name in ("a/x.txt", "a/b/y.md", "a/b/z.html", "a/.hidden/h.txt", "a/skip/s.txt", "a/n.csv"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("增長5%。", encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", "a", "--format", "json", "--exclude", "skip", cwd=tmp_path)
    assert [r["source"]["path"] for r in _json(out)["reports"]] == ["a/x.txt", "a/b/y.md", "a/b/z.html"]
    _code, out, _ = run_cli(capsys, "check", "a", "--format", "jsonl", "--include", "*.csv", cwd=tmp_path)
    assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == ["a/n.csv"]


def test_configuration_file_and_flags_win(tmp_path: Path, capsys) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\nformat = "json"\nlang = "en"\n', encoding="utf-8"
    )
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.txt").write_text("增長5%。", encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", "sub/a.txt", cwd=tmp_path)
    assert _json(out)["source"]["lang"] == "en"
    _code, out, _ = run_cli(capsys, "check", "sub/a.txt", "--lang", "zh", "--format", "jsonl", cwd=tmp_path)
    assert json.loads(out)["source"]["lang"] == "zh"
    _code, out, _ = run_cli(capsys, "check", "sub/a.txt", "--no-config", cwd=tmp_path)
    assert out.startswith("sub/a.txt\n")


def test_output_is_written_atomically(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("增長5%。", encoding="utf-8")
    code, out, _ = run_cli(capsys, "check", "a.txt", "-f", "sarif", "-o", "r.sarif", cwd=tmp_path)
    assert code == 0 and out == ""
    assert json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".factcheck-")] == []


@pytest.mark.usefixtures("fake_rules")
@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "sarif", "github", "markdown", "html"])
def test_every_format_shows_the_findings(tmp_path: Path, capsys, fmt: str) -> None:
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    (tmp_path / "p.html").write_text(HTML, encoding="utf-8")
    code, out, _ = run_cli(
        capsys, "check", "a.md", "p.html", "--format", fmt, "--color", "never", cwd=tmp_path
    )
    assert code == 0
    assert out.count("reckless") >= 2, out
    if fmt in ("json", "sarif"):
        json.loads(out)


@pytest.mark.usefixtures("fake_rules")
def test_thresholds_and_only(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.md").write_text(MD, encoding="utf-8")
    _code, out, _ = run_cli(capsys, "check", "a.md", "-f", "json", "--only", "rhetoric", cwd=tmp_path)
    assert {a["kind"] for a in _json(out)["annotations"]} == {"rhetoric"}
    _code, out, _ = run_cli(
        capsys, "check", "a.md", "-f", "json", "--level", "warning", "--only", "claims", cwd=tmp_path
    )
    assert _json(out)["annotations"] == []
    _code, out, _ = run_cli(capsys, "check", "a.md", "-f", "json", "--min-confidence", "0.9", cwd=tmp_path)
    assert _json(out)["annotations"] == []


def test_jobs_give_the_same_output_in_the_same_order(tmp_path: Path, capsys) -> None:
    for i in range(6):
        (tmp_path / f"f{i}.txt").write_text(f"去年增長{i}.5%，今年約{i + 2}%。", encoding="utf-8")
    one = run_cli(capsys, "check", ".", "-f", "jsonl", cwd=tmp_path)
    two = run_cli(capsys, "check", ".", "-f", "jsonl", "--jobs", "2", cwd=tmp_path)
    assert one == two and one[1].count("\n") == 6


@pytest.mark.usefixtures("fake_rules")
def test_also_writes_more_formats_from_one_run(tmp_path: Path, capsys) -> None:
    (tmp_path / "a.txt").write_text("增長5%。", encoding="utf-8")
    code, out, _ = run_cli(
        capsys,
        "check",
        "a.txt",
        "-f",
        "json",
        "--also",
        "sarif=r.sarif",
        "--also",
        "markdown=r.md",
        cwd=tmp_path,
    )
    assert code == 0 and json.loads(out)["source"]["path"] == "a.txt"
    assert json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert (tmp_path / "r.md").read_text(encoding="utf-8").startswith("## factcheck: 0 findings in 1 file")
    code, out, err = run_cli(capsys, "check", "a.txt", "--also", "pdf=x.pdf", cwd=tmp_path)
    assert code == 2 and "expected FORMAT=PATH" in err and err.count("\n") == 1


def test_jsonl_streams_each_report_as_it_is_done(tmp_path: Path, capsys, monkeypatch) -> None:
    from factcheck import scale
    from factcheck.cli import check as check_cli

    for i in range(3):
        (tmp_path / f"f{i}.txt").write_text(f"增長{i}%。", encoding="utf-8")
    events: list[str] = []
    run_one, stream_jsonl = scale._run_one, check_cli._stream_jsonl

    def checked(task, *args):  # type: ignore[no-untyped-def]
        events.append(f"checked {task.path}")
        return run_one(task, *args)

    def wrote(settings, outcome, stream):  # type: ignore[no-untyped-def]
        events.append(f"wrote {outcome.path}")
        stream_jsonl(settings, outcome, stream)

    monkeypatch.setattr(scale, "_run_one", checked)
    monkeypatch.setattr(check_cli, "_stream_jsonl", wrote)
    code, out, _ = run_cli(capsys, "check", ".", "-f", "jsonl", cwd=tmp_path)
    assert code == 0
    assert events == [f"{verb} f{i}.txt" for i in range(3) for verb in ("checked", "wrote")]
    assert [json.loads(line)["source"]["path"] for line in out.splitlines()] == ["f0.txt", "f1.txt", "f2.txt"]
