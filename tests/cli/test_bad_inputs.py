"""Every bad input gives one clear line on stderr and exit 2 (the table in docs/cli.md)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from .helpers import run_cli


def _setup(tmp: Path, case: str) -> list[str]:
    if case == "missing file":
        return ["check", str(tmp / "nope.txt")]
    if case == "folder without matches":
        (tmp / "d").mkdir()
        (tmp / "d" / "notes.pdf").write_bytes(b"%PDF")
        return ["check", str(tmp / "d")]
    if case == "binary":
        (tmp / "b.txt").write_bytes(bytes(range(256)) * 4)
        return ["check", str(tmp / "b.txt")]
    if case == "empty":
        (tmp / "e.txt").write_bytes(b"")
        return ["check", str(tmp / "e.txt")]
    if case == "undecodable":
        (tmp / "u.txt").write_bytes("價格".encode("big5") + b"\xff\xfe\xfa\x81\x39" * 50 + b"\x80")
        return ["check", str(tmp / "u.txt")]
    if case == "over the size limit":
        (tmp / "big.txt").write_text("增長5%。" * 100, encoding="utf-8")
        (tmp / "factcheck.toml").write_text("max-bytes = 100\n", encoding="utf-8")
        return ["check", str(tmp / "big.txt")]
    if case == "malformed config":
        (tmp / "a.txt").write_text("增長5%。", encoding="utf-8")
        (tmp / "factcheck.toml").write_text("min-confidence = 2\n", encoding="utf-8")
        return ["check", str(tmp / "a.txt")]
    if case == "config not TOML":
        (tmp / "a.txt").write_text("增長5%。", encoding="utf-8")
        (tmp / "pyproject.toml").write_text("[tool.factcheck\nformat = 'json'\n", encoding="utf-8")
        return ["check", str(tmp / "a.txt")]
    if case == "malformed baseline":
        (tmp / "a.txt").write_text("增長5%。", encoding="utf-8")
        (tmp / "b.json").write_text(
            '{"schema": "factcheck.baseline/1", "fingerprint": "fp/1", "files": {"a.txt": [{"fp": 1}]}}'
        )
        return ["gate", str(tmp / "a.txt"), "--baseline", str(tmp / "b.json")]
    if case == "unknown revision":
        subprocess.run(["git", "init", "-q"], cwd=tmp, check=True)
        (tmp / "a.txt").write_text("增長5%。", encoding="utf-8")
        return ["gate", str(tmp / "a.txt"), "--since", "v9.9"]
    raise AssertionError(case)


CASES = {
    "missing file": "nope.txt: no such file or folder",
    "folder without matches": "d: folder has no files matching *.txt",
    "binary": "b.txt: looks like a binary file, not text",
    "empty": "e.txt: file is empty",
    "undecodable": "u.txt: cannot decode as UTF-8, UTF-16, GB18030 or Big5",
    "over the size limit": "big.txt: is 1,100 bytes, over the limit of 100 (raise --max-bytes)",
    "malformed config": "factcheck.toml: min-confidence: Input should be less than or equal to 1",
    "config not TOML": "pyproject.toml:1: not valid TOML",
    "malformed baseline": "b.json: a.txt: rule: missing",
    "unknown revision": "revision 'v9.9' not found",
}


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    args = _setup(tmp_path, case)
    code, out, err = run_cli(capsys, *args, cwd=tmp_path)
    assert code == 2
    assert err.count("\n") == 1, err
    assert err.startswith("factcheck: error: ") and CASES[case] in err, err
    assert "Traceback" not in err and out == ""


def test_the_docs_table_lists_every_case() -> None:
    doc = (Path(__file__).resolve().parents[2] / "docs" / "cli.md").read_text(encoding="utf-8")
    for case, message in CASES.items():
        assert f"| {case} |" in doc, case
        assert message.split(": ", 1)[-1][:30] in doc, message
