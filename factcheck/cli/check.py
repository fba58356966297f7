"""``factcheck check``: read texts, run the pipeline, print the reports."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from typing import TextIO

from . import ExitStatus

__all__ = ["add_arguments", "run", "write_atomic"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``factcheck check``."""
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files to check; '-' reads standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--as-of", type=_date, metavar="DATE",
                        help="document date for relative times (default: the date in the text's header, else today)")
    parser.add_argument("--lang", choices=("zh", "en"), help="language of the text (default: detected)")
    parser.add_argument("--encoding", metavar="NAME", help="decode input with this encoding instead of detecting it")
    parser.add_argument("--max-bytes", type=_positive_int, metavar="N",
                        help="refuse inputs larger than N bytes (default: 50 MiB)")
    parser.add_argument("-o", "--output", metavar="PATH", help="write the report to PATH (atomically) instead of stdout")


def write_atomic(path: str, content: str) -> None:
    """Write ``content`` to ``path`` via a temporary file in the same folder and a rename."""
    import tempfile

    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix=".factcheck-", dir=folder)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Check every file and print (or write) the reports."""
    from ..api import check
    from ..io import DEFAULT_MAX_BYTES, read_text
    from ..report.json_format import render_json
    from ..report.text_format import render_text

    reports = []
    for name in args.files:
        loaded = read_text(name, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES, encoding=args.encoding)
        path = None if name == "-" else name
        report = check(loaded.text, lang=args.lang, as_of=args.as_of, path=path, encoding=loaded.encoding)
        reports.append((report, loaded.text))
    if args.format == "json":
        rendered = render_json([r for r, _ in reports])
    else:
        rendered = render_text(reports)
    if args.output:
        write_atomic(args.output, rendered)
    else:
        (out or sys.stdout).write(rendered)
    return int(ExitStatus.CLEAN)
