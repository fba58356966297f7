"""The generated section of a docs page: the text between two marker lines.

The doc generators (``python -m tests.<area>.<name>``) rewrite it; their tests compare
it with what the code generates now.
"""

from __future__ import annotations

from pathlib import Path


def section(doc: Path, begin: str, end: str) -> str:
    """The generated section of ``doc`` as it is, without blank lines around it."""
    text = doc.read_text(encoding="utf-8")
    return text.split(begin, 1)[1].split(end, 1)[0].strip("\n") + "\n"


def replace_section(doc: Path, begin: str, end: str, body: str) -> None:
    """Put ``body`` between the markers of ``doc``, a blank line after the first."""
    text = doc.read_text(encoding="utf-8")
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    doc.write_text(f"{head}{begin}\n\n{body}{end}{tail}", encoding="utf-8")
