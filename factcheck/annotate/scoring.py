"""Confidence of a hit: its rule's base moved by the context modifiers that apply.

A rule's modifiers are tried suppressors first (one that applies drops the
hit), sentence-level ones (heading, question, turn, page chrome, sourced)
before span-level ones, each group in the rule's own order; the effects of
the others add up in that order as log-odds (``confidence.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..models.rules import ModifierKind, ModifiersFile, ModifierSpec
from .confidence import with_logit
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
        self._plans: dict[str, _Plan] = {}

    def _plan(self, rule: Rule) -> _Plan:
        plan = self._plans.get(rule.id)
        if plan is None:
            tests = []
            for name, spec, effect in self._orders(rule):
                test = self._tests.get(name)
                if test is None:
                    test = self._tests[name] = self.ctx.test(spec, self.lang)
                tests.append((name, test, effect))
            plan = self._plans[rule.id] = _Plan(rule.base, tuple(tests))
        return plan

    def score(self, hit: Hit) -> Scored | None:
        """``hit`` with its confidence; None when a modifier suppresses it or it falls below the floor."""
        plan = self._plan(hit.rule)
        start, end = hit.anchor
        i = self.ctx.sentence_of(start)
        delta = hit.logit
        applied: list[tuple[str, float]] = []
        for name, test, effect in plan.tests:
            if not test(start, end, i):
                continue
            if effect is None:
                return None
            delta += effect
            applied.append((name, effect))
        conf = with_logit(plan.base, delta)
        if conf < self.floor:
            return None
        return Scored(hit, conf, tuple(applied), modified=delta != 0)

    def score_all(self, hits: Iterable[Hit]) -> list[Scored]:
        """The scored hits among ``hits`` that survive."""
        score = self.score
        return [s for s in map(score, hits) if s is not None]
