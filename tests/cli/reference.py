"""The command reference in docs/cli.md, generated from the argument parsers.

    python -m tests.cli.reference          rewrite the generated part of docs/cli.md

The part between the ``generated`` markers is a table per subcommand; the test
in test_cli_reference.py fails when it no longer matches the parsers.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from factcheck.cli import SUBCOMMANDS, _parser

from ..docsync import replace_section, section

DOC = Path(__file__).resolve().parents[2] / "docs" / "cli.md"
BEGIN = "<!-- generated from the parsers: begin (python -m tests.cli.reference) -->"
END = "<!-- generated from the parsers: end -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _row(action: argparse.Action) -> str:
    if action.option_strings:
        names = ", ".join(f"`{o}`" for o in action.option_strings)
    else:
        names = f"`{action.metavar or action.dest}`"
    if action.choices:
        value = " \\| ".join(f"`{c}`" for c in action.choices)
    elif action.nargs == 0:
        value = ""
    else:
        value = f"`{action.metavar or action.dest.upper()}`"
    return f"| {names} | {value} | {_cell(action.help or '')} |"


def generate() -> str:
    """The generated section (without the markers)."""
    out: list[str] = []
    for name, (_, summary) in SUBCOMMANDS.items():
        parser, _module = _parser(name)
        out += [f"### `factcheck {name}`", "", f"{summary[:1].upper()}{summary[1:]}.", ""]
        out += ["| option | value | meaning |", "|---|---|---|"]
        out += [
            _row(a)
            for a in parser._actions
            if a.help != argparse.SUPPRESS and a.dest not in ("help", "version")
        ]
        out.append("")
    return "\n".join(out)


def current() -> str:
    """The generated section as it is in docs/cli.md."""
    return section(DOC, BEGIN, END)


def write() -> None:
    """Replace the generated section of docs/cli.md."""
    replace_section(DOC, BEGIN, END, f"{generate().strip()}\n\n")


if __name__ == "__main__":
    write()
    sys.stdout.write(f"wrote {DOC}\n")
