"""The ``factcheck`` command: a dispatcher over subcommand modules.

    factcheck [check] PATHS...        check texts (the default subcommand)
    factcheck --version

Each subcommand is a module of this package with ``add_arguments(parser)`` and
``run(args) -> int``, registered in :data:`SUBCOMMANDS`. Exit codes: 0 success,
1 findings (gate modes), 2 usage or input error; every error a user can cause
is one line on stderr, never a traceback. Heavy modules are imported only after
the arguments are parsed, so ``--version`` and ``--help`` start fast.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from enum import IntEnum

from .._version import __version__

__all__ = ["SUBCOMMANDS", "ExitStatus", "main"]


class ExitStatus(IntEnum):
    """Process exit codes."""

    CLEAN = 0
    FINDINGS = 1
    USAGE_OR_INPUT_ERROR = 2


#: subcommand name → (module, one-line help). ``check`` is the default.
SUBCOMMANDS: dict[str, tuple[str, str]] = {
    "check": ("factcheck.cli.check", "check texts for figures, claims and rhetoric (default)"),
    "baseline": ("factcheck.cli.baseline", "record the current findings in the baseline file"),
    "gate": (
        "factcheck.cli.gate",
        "fail only on findings not in the baseline (or added since a git revision)",
    ),
    "rules": ("factcheck.cli.rules", "list, show, validate, test and calibrate the rule packs"),
    "refdata": ("factcheck.cli.refdata", "list, show, validate, build and import reference-data packages"),
}


class Parser(argparse.ArgumentParser):
    """argparse that reports usage errors on one line with exit code 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"{self.prog}: error: {message} (see --help)\n")
        raise SystemExit(ExitStatus.USAGE_OR_INPUT_ERROR)


def _parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module_name, description = SUBCOMMANDS[name]
    module = importlib.import_module(module_name)
    prog = "factcheck" if name == "check" else f"factcheck {name}"
    epilog = None
    if name == "check":
        others = [f"  factcheck {n:10s} {h}" for n, (_, h) in SUBCOMMANDS.items() if n != "check"]
        epilog = "other commands:\n" + "\n".join(others) if others else None
    parser = Parser(
        prog=prog,
        description=description,
        epilog=epilog,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    module.add_arguments(parser)  # type: ignore[attr-defined]
    return parser, module


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``factcheck`` command; returns the exit status."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in ("--version", "-V"):
        sys.stdout.write(f"factcheck {__version__}\n")
        return int(ExitStatus.CLEAN)
    name = args[0] if args and args[0] in SUBCOMMANDS else "check"
    if args and args[0] == name:
        args = args[1:]
    parser, module = _parser(name)
    try:
        namespace = parser.parse_args(args)
    except SystemExit as exc:
        return int(exc.code or 0)
    from ..errors import FactcheckError

    try:
        return int(module.run(namespace))  # type: ignore[attr-defined]
    except FactcheckError as exc:
        sys.stderr.write(f"factcheck: error: {exc}\n")
        return int(ExitStatus.USAGE_OR_INPUT_ERROR)
    except KeyboardInterrupt:
        sys.stderr.write("factcheck: interrupted\n")
        return 130
    except BrokenPipeError:
        return int(ExitStatus.CLEAN)
