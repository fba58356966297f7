"""factcheck rules list | show | validate | test | calibrate --check."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.cli import main


def test_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--device", "hedge"]) == 0
    out = capsys.readouterr().out
    assert "hedge.zh.modal" in out and "appeal_to_fear" not in out


def test_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "appeal_to_fear.zh.catastrophe"]) == 0
    out = capsys.readouterr().out
    assert "calibration:" in out and "provenance:" in out and "flags[zh]" in out


def test_show_unknown_rule_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "no.such.rule"]) == 2
    assert "no rule" in capsys.readouterr().err


def test_validate(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "validate"]) == 0
    assert capsys.readouterr().out.startswith("ok: ")


def test_validate_reports_a_broken_pack_on_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "bad.yaml").write_text("schema: factcheck.rules/1\ndevice: nonsense\n", encoding="utf-8")
    assert main(["rules", "validate", "--rules", str(tmp_path)]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "bad.yaml" in err and "device" in err


def test_test_runs_every_example(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", "hedge.zh.modal", "hedge.en.modal"]) == 0
    assert "examples of 2 rules pass" in capsys.readouterr().out


def test_calibrate_check(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "calibrate", "--check", "hedge.zh.modal"]) == 0
    out = capsys.readouterr().out
    assert "hedge.zh.modal" in out and "DRIFT" not in out
