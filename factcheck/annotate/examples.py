"""Run texts through the engine one rule at a time: rule examples and labelled corpora.

``run_examples`` checks every rule's own ``flag``/``pass`` examples (what
``factcheck rules test`` reports); ``fired`` tells which rules fire on a text,
with or without context modifiers, for calibration.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..extract import extract, prepare
from ..options import CheckOptions
from .engine import Engine

__all__ = ["ExampleResult", "Fired", "fired", "run_examples"]


@dataclass(frozen=True)
class Fired:
    """Rules that fired on a text: all of them, and those whose hit no modifier changed."""

    any: frozenset[str]
    bare: frozenset[str]


def fired(eng: Engine, text: str, lang: str) -> Fired:
    """Which rules fire on ``text`` read as language ``lang``."""
    doc = prepare(text, lang)
    scored, _ = eng.run(doc, extract(doc), (), CheckOptions(lang=lang))  # type: ignore[arg-type]
    return Fired(
        frozenset(s.hit.rule.id for s in scored), frozenset(s.hit.rule.id for s in scored if not s.modified)
    )


@dataclass(frozen=True)
class ExampleResult:
    """One example of one rule: whether the rule behaved as the example says."""

    rule_id: str
    lang: str
    expect: str  # "flag" or "pass"
    text: str
    ok: bool


def run_examples(eng: Engine, rule_ids: Iterable[str] | None = None) -> list[ExampleResult]:
    """Check each rule's ``flag`` examples fire it and its ``pass`` examples do not."""
    wanted = set(rule_ids) if rule_ids is not None else None
    cache: dict[tuple[str, str], Fired] = {}
    out: list[ExampleResult] = []
    for rule in eng.ruleset.rules:
        if wanted is not None and rule.id not in wanted:
            continue
        for lang in rule.languages:
            for expect, texts in (("flag", rule.spec.examples.flag), ("pass", rule.spec.examples.pass_)):
                for text in texts.get(lang, []):
                    key = (text, lang)
                    if key not in cache:
                        cache[key] = fired(eng, text, lang)
                    hit = rule.id in cache[key].any
                    out.append(ExampleResult(rule.id, lang, expect, text, hit == (expect == "flag")))
    return out
