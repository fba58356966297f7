"""Confidence of a hit: its rule's base moved by the context modifiers that apply.

A rule's modifiers are tried suppressors first (one that applies drops the
hit), sentence-level ones (heading, question, turn, page chrome, sourced)
before span-level ones, each group in the rule's own order; the effects of
the others add up in that order as log-odds (``confidence.py``).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..models.rules import ModifierKind, ModifiersFile, ModifierSpec
from .confidence import logit, sigmoid
from .context import DocContext
from .findings import Scored
from .kinds import Hit
from .loader import Rule

__all__ = ["Scorer", "modifier_order"]

#: Modifier kinds answered by the sentence alone.
_SENTENCE_KINDS = frozenset(
    {
        ModifierKind.BOILERPLATE,
        ModifierKind.HEADING,
        ModifierKind.QUESTION,
        ModifierKind.SOURCED,
        ModifierKind.TURN,
    }
)

#: A rule's modifier: name, spec and effect (None suppresses the hit).
Modifier = tuple[str, ModifierSpec, "float | None"]


def modifier_order(rule: Rule, modifiers: ModifiersFile) -> tuple[Modifier, ...]:
    """The modifiers of ``rule`` that can change a hit, in the order they are tried."""
    specs = modifiers.modifiers
    items = [(n, specs[n], None if e == "suppress" else float(e)) for n, e in rule.effects.items()]
    items = [item for item in items if item[2] != 0.0]
    return tuple(sorted(items, key=lambda item: (item[2] is not None, item[1].kind not in _SENTENCE_KINDS)))


@dataclass
class _Plan:
    base: float
    base_logit: float
    tests: tuple[tuple[str, Callable[[int, int, int], bool], float | None], ...]


class Scorer:
    """Scores hits in one document; each modifier's predicate is built once per document."""

    def __init__(
        self,
        ctx: DocContext,
        lang: str,
        modifiers: ModifiersFile,
        orders: Callable[[Rule], tuple[Modifier, ...]],
    ) -> None:
        self.ctx = ctx
        self.lang = lang
        self.floor = modifiers.floor
        self._orders = orders
        self._tests: dict[str, Callable[[int, int, int], bool]] = {}
        self._plans: dict[int, _Plan] = {}

    def _plan(self, rule: Rule) -> _Plan:
        plan = self._plans.get(id(rule))
        if plan is None:
            tests = []
            for name, spec, effect in self._orders(rule):
                test = self._tests.get(name)
                if test is None:
                    test = self._tests[name] = self.ctx.test(spec, self.lang)
                tests.append((name, test, effect))
            plan = self._plans[id(rule)] = _Plan(rule.base, logit(rule.base), tuple(tests))
        return plan

    def score_all(self, hits: Iterable[Hit]) -> list[Scored]:
        """``hits`` with their confidences, less those a modifier suppresses or that fall below the floor."""
        starts, floor = self.ctx.starts, self.floor
        out = []
        rule = plan = None
        for hit in hits:
            if hit.rule is not rule:
                rule = hit.rule
                plan = self._plan(rule)
            assert plan is not None
            start, end = hit.anchor
            i = bisect_right(starts, start) - 1  # DocContext.sentence_of
            if i < 0:
                i = 0
            delta = hit.logit
            applied: tuple[tuple[str, float], ...] = ()
            for name, test, effect in plan.tests:
                if not test(start, end, i):
                    continue
                if effect is None:
                    break
                delta += effect
                applied += ((name, effect),)
            else:
                # with_logit(base, delta), with the base's log-odds worked out once
                conf = plan.base if delta == 0 else sigmoid(plan.base_logit + delta)
                if conf >= floor:
                    out.append(Scored(hit, conf, applied, delta != 0))
        return out
