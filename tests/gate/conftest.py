"""Fixtures of the gate tests: a temporary git repository of articles."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from factcheck.cli import main

from .fake_rules import fake_rules  # noqa: F401  (a fixture)

ZH = """2025年11月8日

財政部門上月公布的數據顯示，赤字率為3.2%。
這種喪心病狂的支出方式，絕對不可能持續下去。

各方對此看法不一。
另一方面，出口增長了4.1%，略高於市場預期。
"""

EN = """# Budget notes

The deficit reached 6.4% of GDP in 2024, according to the budget office.
This reckless plan will end in disaster.

Exports grew 2.1% over the year.
```
code block: a reckless 8.8% that is never checked
```
"""

HTML = """<html><head><title>Prices</title><script>var s = "reckless 5.5%";</script></head>
<body><p>Inflation was 2.9% in <b>March</b>.</p>
<p>Critics call the policy reckless.</p></body></html>
"""


class Repo:
    """A git repository in a temporary folder, with the command run inside it."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def git(self, *args: str) -> str:
        env = {
            **os.environ,
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.invalid",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.invalid",
        }
        done = subprocess.run(
            ["git", *args], cwd=self.root, env=env, capture_output=True, text=True, check=True
        )
        return done.stdout

    def write(self, name: str, text: str) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    def read(self, name: str) -> str:
        return (self.root / name).read_text(encoding="utf-8")

    def commit(self, message: str) -> None:
        self.git("add", "-A")
        self.git("commit", "-q", "-m", message)

    def run(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        old = os.getcwd()
        os.chdir(self.root)
        try:
            code = main(list(args))
        finally:
            os.chdir(old)
        out, err = capsys.readouterr()
        return code, out, err

    def gate(self, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict]:
        code, out, err = self.run(capsys, "gate", *args, "--format", "json", "--as-of", "2025-11-08")
        assert code in (0, 1), err
        return code, json.loads(out)


@pytest.fixture
def repo(tmp_path: Path) -> Iterator[Repo]:
    r = Repo(tmp_path)
    r.git("init", "-q")
    r.write("articles/zh/deficit.txt", ZH)
    r.write("articles/en/budget.md", EN)
    r.write("articles/en/prices.html", HTML)
    r.commit("articles")
    yield r
