"""The one confidence formula (research/rhetoric.md §e).

* A finding starts from its rule's **base** — the rule's precision measured on
  the labelled corpus and shrunk towards its prior:
  ``base = (TP + α·prior) / (hits + α)``.
* Context adds **log-odds**: ``logit(c) = logit(base) + Σ effects`` of the
  modifiers that apply (and of the rule kind's own evidence, such as a vague
  attribution).
* Overlapping hits of one device **merge** by noisy-OR, ``1 − Π(1 − cᵢ)``,
  capped; hits that matched the same words (one lexicon entry in two rules)
  take the maximum instead, as they are not independent evidence.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

__all__ = ["combine", "logit", "shrunk_precision", "sigmoid", "with_logit"]

_EPS = 1e-3


def logit(p: float) -> float:
    """Log-odds of ``p`` (clamped away from 0 and 1)."""
    p = min(1 - _EPS, max(_EPS, p))
    return math.log(p / (1 - p))


def sigmoid(x: float) -> float:
    """Inverse of :func:`logit`."""
    return 1.0 / (1.0 + math.exp(-x))


def with_logit(base: float, delta: float) -> float:
    """``base`` moved by ``delta`` log-odds."""
    return base if delta == 0 else sigmoid(logit(base) + delta)


def shrunk_precision(true: int, hits: int, prior: float, alpha: float) -> float:
    """``(true + α·prior) / (hits + α)``: precision pulled towards the prior when hits are few."""
    return (true + alpha * prior) / (hits + alpha)


def combine(items: Sequence[tuple[str, str, float]], cap: float) -> float:
    """Merge ``(rule id, matched text, confidence)`` of one device's overlapping hits.

    A rule counts once (its best hit), and rules that matched the same words
    count once (the best of them); what remains combines by noisy-OR, capped.
    """
    per_rule: dict[str, tuple[str, float]] = {}
    for rule_id, matched, conf in items:
        if conf > per_rule.get(rule_id, ("", -1.0))[1]:
            per_rule[rule_id] = (matched, conf)
    per_text: dict[str, float] = {}
    for matched, conf in per_rule.values():
        per_text[matched] = max(conf, per_text.get(matched, 0.0))
    miss = 1.0
    for conf in per_text.values():
        miss *= 1.0 - conf
    strongest = max(per_text.values(), default=0.0)
    return max(min(1.0 - miss, cap), strongest)
