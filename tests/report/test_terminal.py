"""Colour and progress follow the terminal conventions."""

from __future__ import annotations

import io

import pytest

from factcheck.report.terminal import PROGRESS_MIN_FILES, progress, use_color


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("choice", "env", "tty", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"NO_COLOR": ""}, True, True),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
        ("auto", {"FORCE_COLOR": "0"}, False, False),
        ("auto", {"CLICOLOR_FORCE": "1"}, False, True),
        ("auto", {"TERM": "dumb"}, True, False),
    ],
)
def test_use_color(choice: str, env: dict[str, str], tty: bool, expected: bool) -> None:
    stream = _Tty() if tty else io.StringIO()
    assert use_color(choice, stream, env) is expected


def test_progress_only_on_a_terminal_with_enough_files() -> None:
    for stream, total, enabled, shown in [
        (_Tty(), PROGRESS_MIN_FILES, True, True),
        (_Tty(), PROGRESS_MIN_FILES - 1, True, False),
        (io.StringIO(), 50, True, False),
        (_Tty(), 50, False, False),
    ]:
        with progress(total, stream, enabled=enabled) as step:
            for _ in range(total):
                step()
        assert bool(stream.getvalue()) is shown, (total, enabled)
