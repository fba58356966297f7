"""Run the command in-process with captured output."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcheck.cli import main


def run_cli(capsys: pytest.CaptureFixture[str], *args: str, cwd: Path | None = None) -> tuple[int, str, str]:
    capsys.readouterr()
    old = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        code = main(list(args))
    finally:
        os.chdir(old)
    out, err = capsys.readouterr()
    return code, out, err
