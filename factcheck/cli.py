"""The ``factcheck`` command.

    factcheck [check] FILE|- [--format text|json] [--as-of DATE] [--lang zh|en]
    factcheck --version

Exit codes: 0 success, 1 findings (gate modes), 2 usage or input error. Every
error a user can cause is one line on stderr, never a traceback. Heavy modules
are imported only after the arguments are parsed, so ``--version`` and
``--help`` start fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence
from enum import IntEnum
from typing import TextIO

from ._version import __version__

__all__ = ["ExitStatus", "main"]


class ExitStatus(IntEnum):
    """Process exit codes."""

    CLEAN = 0
    FINDINGS = 1
    USAGE_OR_INPUT_ERROR = 2


_SUBCOMMANDS = ("check",)


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"factcheck: error: {message} (see factcheck --help)\n")
        raise SystemExit(ExitStatus.USAGE_OR_INPUT_ERROR)


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


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``factcheck check`` (the default command)."""
    parser = _Parser(
        prog="factcheck",
        description="Extract and check figures, dates and rhetoric in Chinese and English commentary.",
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    parser.add_argument("files", nargs="+", metavar="FILE", help="text files to check; '-' reads standard input")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    parser.add_argument("--as-of", type=_date, metavar="DATE",
                        help="document date for relative times (default: the date in the text's header, else today)")
    parser.add_argument("--lang", choices=("zh", "en"), help="language of the text (default: detected)")
    parser.add_argument("--encoding", metavar="NAME", help="decode input with this encoding instead of detecting it")
    parser.add_argument("--max-bytes", type=_positive_int, metavar="N",
                        help="refuse inputs larger than N bytes (default: 50 MiB)")
    parser.add_argument("-o", "--output", metavar="PATH", help="write the report to PATH (atomically) instead of stdout")
    return parser


def _write_atomic(path: str, content: str) -> None:
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


def _run_check(args: argparse.Namespace, out: TextIO) -> ExitStatus:
    from .api import check
    from .io import DEFAULT_MAX_BYTES, read_text
    from .report.json_format import render_json
    from .report.text_format import render_text

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
        _write_atomic(args.output, rendered)
    else:
        out.write(rendered)
    return ExitStatus.CLEAN


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``factcheck`` command; returns the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list and args_list[0] in _SUBCOMMANDS:
        args_list = args_list[1:]
    parser = build_parser()
    try:
        args = parser.parse_args(args_list)
    except SystemExit as exc:
        return int(exc.code or 0)
    from .errors import FactcheckError

    try:
        return int(_run_check(args, sys.stdout))
    except FactcheckError as exc:
        sys.stderr.write(f"factcheck: error: {exc}\n")
        return int(ExitStatus.USAGE_OR_INPUT_ERROR)
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        return int(ExitStatus.CLEAN)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
