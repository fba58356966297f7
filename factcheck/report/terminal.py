"""Terminal conventions: whether to colour, and a progress bar on standard error."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

__all__ = ["PROGRESS_MIN_FILES", "progress", "use_color"]

#: Runs over fewer files than this show no progress bar.
PROGRESS_MIN_FILES = 4


def use_color(choice: str, stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """``always``/``never`` as asked; ``auto`` honours NO_COLOR, FORCE_COLOR, CLICOLOR_FORCE,
    TERM=dumb, then asks whether ``stream`` is a terminal."""
    if choice == "always":
        return True
    if choice == "never":
        return False
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR", "0") not in ("", "0") or env.get("CLICOLOR_FORCE", "0") not in ("", "0"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


@contextmanager
def progress(total: int, stream: TextIO, *, enabled: bool) -> Iterator[Callable[[], None]]:
    """A transient bar on ``stream`` when ``enabled``, it is a TTY and there are enough files;
    yields the function to call once per file done."""
    isatty = getattr(stream, "isatty", None)
    if not enabled or total < PROGRESS_MIN_FILES or not (isatty and isatty()):
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    console = Console(file=stream)
    with Progress(
        TextColumn("checking"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=console,
        transient=True,
    ) as bar:
        task = bar.add_task("check", total=total)
        yield lambda: bar.advance(task)
