"""The tables of docs/supported-forms.md, generated from the extraction corpora.

    python -m tests.extract.forms_doc     rewrite the generated part of docs/supported-forms.md

Every "one value, many surfaces" case of tests/corpus/quantities/ and
tests/corpus/times/ becomes a row: its surfaces and the value they all yield.
The corpus tests check those values; test_forms_doc.py fails when the document
no longer matches the corpora, so the page shows only what is tested.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from ..docsync import replace_section, section

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "supported-forms.md"
CORPUS = ROOT / "tests" / "corpus"
BEGIN = "<!-- generated from tests/corpus: begin (python -m tests.extract.forms_doc) -->"
END = "<!-- generated from tests/corpus: end -->"

LANGUAGES = (("zh_hans", "zh-Hans"), ("zh_hant", "zh-Hant"), ("en", "en"))
QUANTITY_KINDS = (
    "number",
    "percent",
    "percentage_point",
    "basis_point",
    "currency",
    "multiple",
    "fraction",
    "ratio",
    "count",
    "measure",
    "duration",
)
GRANULARITIES = (
    "day",
    "week",
    "month",
    "quarter",
    "half",
    "year",
    "fiscal_year",
    "decade",
    "century",
    "range",
)


def _ordered(known: tuple[str, ...], found: set[str]) -> list[str]:
    """The known names in their order, then any the corpora use that are not listed (none is dropped)."""
    return [*known, *sorted(found - set(known))]


def _items(folder: str, stem: str) -> list[dict[str, Any]]:
    path = CORPUS / folder / f"{stem}.yaml"
    items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    return [item for item in items if "texts" in item and not item.get("xfail")]


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _surfaces(texts: list[str]) -> str:
    return " · ".join(f"`{_cell(t)}`" if t.strip() == t else f"`{_cell(t)!r}`" for t in texts)


def _number(value: Any) -> str:
    d = Decimal(str(value))
    if d == d.to_integral_value() and abs(d) < Decimal("1e7"):
        return f"{int(d):,}"
    if abs(d) >= Decimal("1e7"):
        mantissa, _, exponent = f"{float(d):.6g}".partition("e")
        return f"{mantissa}e{int(exponent)}"
    return format(d.normalize(), ",f")


def _quantity_value(expect: dict[str, Any]) -> str:
    if "low" in expect and "high" in expect:
        value = f"{_number(expect['low'])} – {_number(expect['high'])}"
    else:
        value = _number(expect["value"])
    unit = expect.get("unit")
    out = f"{value} {unit}" if unit else value
    qualifier = expect.get("qualifier", "exact")
    return out if qualifier == "exact" else f"{out} ({qualifier})"


def _time_value(item: dict[str, Any]) -> str:
    expect = item["expect"]
    return f"[{expect['start']}, {expect['end']})"


def _section(title: str, rows: list[tuple[str, str, str]], headers: tuple[str, str, str]) -> list[str]:
    if not rows:
        return []
    out = [f"### {title}", "", f"| {headers[0]} | {headers[1]} | {headers[2]} |", "|---|---|---|"]
    out += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    return [*out, ""]


def generate() -> str:
    """The generated section (without the markers)."""
    out = ["## Quantities", ""]
    quantities = {stem: _items("quantities", stem) for stem, _ in LANGUAGES}
    kinds = {item["expect"].get("kind") for items in quantities.values() for item in items}
    for kind in _ordered(QUANTITY_KINDS, kinds):
        rows = [
            (label, _surfaces(item["texts"]), _quantity_value(item["expect"]))
            for stem, label in LANGUAGES
            for item in quantities[stem]
            if item["expect"].get("kind") == kind
        ]
        out += _section(f"`{kind}`", rows, ("language", "surfaces", "value"))
    out += ["## Times", "", "Relative expressions resolve against the document date in the last column.", ""]
    times = {stem: _items("times", stem) for stem, _ in LANGUAGES}
    granularities = {item["expect"].get("granularity") for items in times.values() for item in items}
    for granularity in _ordered(GRANULARITIES, granularities):
        rows = [
            (label, _surfaces(item["texts"]), f"{_time_value(item)} as of {item.get('as_of')}")
            for stem, label in LANGUAGES
            for item in times[stem]
            if item["expect"].get("granularity") == granularity
        ]
        out += _section(f"`{granularity}`", rows, ("language", "surfaces", "[start, end)"))
    return "\n".join(out).rstrip("\n") + "\n"


def current() -> str:
    """The generated section as it is in docs/supported-forms.md."""
    return section(DOC, BEGIN, END)


def write() -> None:
    """Replace the generated section of docs/supported-forms.md."""
    replace_section(DOC, BEGIN, END, f"{generate()}\n")


if __name__ == "__main__":
    write()
    sys.stdout.write(f"wrote {DOC.relative_to(ROOT)}\n")
