"""The pre-commit hooks and the composite GitHub Action."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from .conftest import Repo

ROOT = Path(__file__).resolve().parents[2]


def test_pre_commit_hooks_are_batch_safe_and_never_write() -> None:
    hooks = {
        h["id"]: h for h in yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    }
    gate = hooks["factcheck"]
    assert gate["entry"].split()[:2] == ["factcheck", "gate"] and gate["language"] == "python"
    assert gate["require_serial"] is True and "pass_filenames" not in gate
    assert set(gate["types_or"]) == {"markdown", "plain-text", "html"}
    assert hooks["factcheck-baseline"]["stages"] == ["manual"]


def test_action_passes_inputs_through_the_environment_only() -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    for step in action["runs"]["steps"]:
        assert "${{" not in step["run"], step["id"]
    assert {"paths", "baseline", "since", "sarif", "version", "args"} <= set(action["inputs"])


@pytest.mark.usefixtures("fake_rules")
def test_action_gate_step_writes_annotations_sarif_and_summary(
    repo: Repo, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Run the Action's gate step as the runner would (the install step replaced by this venv)."""
    code, _, err = repo.run(capsys, "baseline", "articles", "--as-of", "2025-11-08")
    assert code == 0, err
    repo.write(
        "articles/en/budget.md", repo.read("articles/en/budget.md") + "\nA reckless forecast of 7.5%.\n"
    )
    runner = tmp_path / "runner"
    (runner / "factcheck-venv" / "bin").mkdir(parents=True)
    os.symlink(Path(sys.executable).parent / "factcheck", runner / "factcheck-venv" / "bin" / "factcheck")
    step = next(
        s
        for s in yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))["runs"]["steps"]
        if s["id"] == "gate"
    )
    env = {
        **os.environ,
        "RUNNER_TEMP": str(runner),
        "GITHUB_OUTPUT": str(tmp_path / "out"),
        "GITHUB_STEP_SUMMARY": str(tmp_path / "summary.md"),
        "FC_PATHS": "articles",
        "FC_BASELINE": ".factcheck-baseline.json",
        "FC_SINCE": "",
        "FC_SARIF": str(tmp_path / "f.sarif"),
        "FC_ARGS": "--as-of 2025-11-08",
    }
    done = subprocess.run(["bash", "-c", step["run"]], cwd=repo.root, env=env, capture_output=True, text=True)
    # the subprocess runs the real rules, not the stand-in: it must at least run cleanly and report
    assert done.returncode in (0, 1), done.stderr
    assert (tmp_path / "out").read_text() == f"exit-code={done.returncode}\n"
    assert (tmp_path / "summary.md").read_text(encoding="utf-8").startswith("## factcheck: ")
    assert '"version": "2.1.0"' in (tmp_path / "f.sarif").read_text(encoding="utf-8")
