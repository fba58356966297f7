"""The device catalogue in docs/devices.md, generated from the rule packs.

    python -m tests.annotate.devices_doc     rewrite the generated part of docs/devices.md

test_devices_doc.py fails when the catalogue no longer matches the packs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from factcheck.annotate.engine import load_engine
from factcheck.models.rules import DEVICES

from ..docsync import replace_section, section

DOC = Path(__file__).resolve().parents[2] / "docs" / "devices.md"
BEGIN = "<!-- generated from rules/rhetoric: begin (python -m tests.annotate.devices_doc) -->"
END = "<!-- generated from rules/rhetoric: end -->"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def generate() -> str:
    """The generated section (without the markers)."""
    ruleset = load_engine().ruleset
    packs = {pack.device: pack for pack in ruleset.packs.values()}
    out: list[str] = []
    for device in DEVICES:
        pack = packs[device]
        rules = [r for r in ruleset.rules if r.device == device]
        out += [f"### `{device}`", "", _cell(pack.description), ""]
        out += ["| rule | kind | level | base | measured on | source |", "|---|---|---|---|---|---|"]
        for r in rules:
            cal = r.spec.confidence.calibration
            measured = f"{cal.hits} hits, {cal.correct} correct" if cal else "not measured"
            out.append(
                f"| `{r.id}` | {r.kind.value} | {r.level.value} | {r.base:.2f} | {measured} | "
                f"{_cell(r.spec.provenance.source)} |"
            )
        out.append("")
        for lang in ("zh", "en"):
            flags = [t for r in rules for t in r.spec.examples.flag.get(lang, [])][:2]
            passes = [t for r in rules for t in r.spec.examples.pass_.get(lang, [])][:2]
            if flags:
                out.append(f"- flagged ({lang}): " + " · ".join(flags))
            if passes:
                out.append(f"- not flagged ({lang}): " + " · ".join(passes))
        out.append("")
    return "\n".join(out)


def current() -> str:
    """The generated section as it is in docs/devices.md."""
    return section(DOC, BEGIN, END)


def write() -> None:
    """Replace the generated section of docs/devices.md."""
    replace_section(DOC, BEGIN, END, f"{generate().strip()}\n\n")


if __name__ == "__main__":
    write()
    sys.stdout.write(f"wrote {DOC}\n")
