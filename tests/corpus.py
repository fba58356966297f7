"""Load the YAML test corpora in tests/corpus/ into pytest parameters.

Corpus files are lists of cases (see the header of each file):

* ``expect`` + ``texts``: one value, many surfaces; each text alone yields
  exactly one item spanning the whole text;
* ``text`` + ``quantities`` / ``times``: a sentence with all its items, in order;
* ``text`` + ``expect_none``: no item of the listed kinds.

``xfail: "reason"`` marks a known gap (the reason is mandatory).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import yaml

CORPUS = Path(__file__).parent / "corpus"


@dataclass(frozen=True)
class Case:
    """One text with what must be found in it."""

    file: str
    index: int
    text: str
    expected: list[dict[str, Any]] | None  # None: check only expect_none
    whole: bool = False  # the single expected item spans the whole text
    expect_none: list[str] = field(default_factory=list)
    as_of: Any = None
    xfail: str | None = None

    @property
    def id(self) -> str:
        return f"{self.file}#{self.index}:{self.text[:24]}"


def load_cases(folder: str, key: str) -> Iterator[Case]:
    """Cases of every YAML file in ``tests/corpus/<folder>``; ``key`` is quantities or times."""
    for path in sorted((CORPUS / folder).glob("*.yaml")):
        items = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for index, item in enumerate(items):
            common = {
                "file": f"{folder}/{path.stem}",
                "index": index,
                "as_of": item.get("as_of"),
                "xfail": item.get("xfail"),
            }
            if "texts" in item:
                for text in item["texts"]:
                    yield Case(text=text, expected=[item["expect"]], whole=True, **common)
            elif key in item:
                yield Case(text=item["text"], expected=item[key] or [], **common)
            elif "expect_none" in item:
                yield Case(text=item["text"], expected=None, expect_none=item["expect_none"], **common)
            elif "quantities" in item or "times" in item:
                yield Case(text=item["text"], expected=[], **common)


def params(cases: Iterator[Case]) -> list[Any]:
    """pytest parameters with readable ids and strict xfail marks."""
    out = []
    for case in cases:
        marks = [pytest.mark.xfail(reason=case.xfail, strict=True)] if case.xfail else []
        out.append(pytest.param(case, id=case.id, marks=marks))
    return out


def lang_of(case: Case) -> str:
    """The language a corpus file is written in (from its name)."""
    return "en" if case.file.endswith("/en") else "zh"


def close(a: float, b: float, rel: float) -> bool:
    """Numbers equal within a relative tolerance."""
    return a == b or abs(a - b) <= rel * max(abs(a), abs(b))
