"""Internal consistency: a text that contradicts itself.

* the same metric, entity and period stated twice with values that cannot both
  be right (their claimed intervals do not overlap);
* a stated change against the stated before and after values
  (从59%降至56.2%，下降2.8个百分点);
* the arithmetic of per-day figures, shares and totals (:mod:`.arithmetic`).
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING

from ..extract.quantities import QuantityMention
from ..models.quantity import QuantityKind
from .arithmetic import arithmetic_inconsistencies
from .tolerance import Interval, claim_interval

if TYPE_CHECKING:  # the claims stage imports this module
    from ..claims.assemble import Draft
    from ..claims.cues import ClaimCues


__all__ = ["Inconsistency", "inconsistencies"]

#: A restatement names its metric in the figure's own clause, and its entity in its sentence
#: (or the metric implies it): 出口对美下降9.7%，但总体增长6% states two different figures.
RESTATED_METRIC = 0.95
RESTATED_ENTITY = 0.85


class Inconsistency:
    """Two (or three) figures of one text that disagree, and why."""

    __slots__ = ("drafts", "message", "rule")

    def __init__(self, rule: str, drafts: tuple[Draft, ...], message: str) -> None:
        self.rule, self.drafts, self.message = rule, drafts, message


def _interval(d: Draft) -> Interval:
    return claim_interval(d.value, d.mention.qualifier, d.precision, d.low, d.high)


def _overlap(a: Interval, b: Interval) -> bool:
    low = max((x for x in (a.low, b.low) if x is not None), default=None)
    high = min((x for x in (a.high, b.high) if x is not None), default=None)
    return low is None or high is None or low <= high


def _period_key(d: Draft) -> tuple[object, object] | None:
    if d.time is not None:
        return d.time.begin, d.time.until
    return ("now", None) if d.current else None


def _restatements(drafts: list[Draft]) -> list[Inconsistency]:
    groups: dict[tuple[object, ...], list[Draft]] = defaultdict(list)
    for d in drafts:
        key = _period_key(d)
        if d.metric is None or d.entity_id is None or key is None or d.change_of or d.expectation:
            continue  # a goal or an expectation (2%目標) is no statement of the value
        if d.from_shared:
            continue  # …slowed to 4.1 percent from 4.3 percent: the from-end is the period before's
        if d.metric_score < RESTATED_METRIC or d.entity_score < RESTATED_ENTITY:
            continue  # a metric or entity carried over from elsewhere is not a restatement
        # a change (narrowed by $42 billion) and a level (to $1.78 trillion) are not the same figure;
        # nor are a name that may mean several series and one that means a single one of them
        # (the trade deficit, the goods deficit)
        readings = frozenset(t.id for t in d.alternatives) or frozenset({d.metric.id})
        # a value a year or a period before the time read (a table's year-ago column) is another period's
        groups[(readings, d.entity_id, key, d.earlier, d.mention.kind, d.mention.unit, d.is_change)].append(d)
    out = []
    for items in groups.values():
        for first, second in pairwise(items):
            if not _overlap(_interval(first), _interval(second)):
                out.append(
                    Inconsistency(
                        "inconsistency.restated",
                        (first, second),
                        f"The same figure is given twice with different values: "
                        f"{first.surface} and {second.surface}.",
                    )
                )
    return out


def _stated_changes(drafts: list[Draft]) -> list[Inconsistency]:
    """A change in points stated right after a from-to pair must equal after − before."""
    out = []
    by_index = {d.index: d for d in drafts}
    for i, d in enumerate(drafts):
        if not d.change_of:
            continue
        before = by_index.get(d.change_of[0])
        if before is None:
            continue
        for stated in drafts[i + 1 : i + 3]:
            if stated.sentence is not d.sentence or stated.mention.kind != QuantityKind.PERCENTAGE_POINT:
                continue
            implied = d.value - before.value
            interval = _interval(stated)
            if not (interval.contains(implied) or (interval.contains(-implied) and stated.value > 0)):
                out.append(
                    Inconsistency(
                        "inconsistency.change",
                        (before, d, stated),
                        f"From {before.surface} to {d.surface} is a change of "
                        f"{_points(implied)} points, not {stated.surface}.",
                    )
                )
            break
    return out


def _points(value: Decimal) -> str:
    text = format(value, "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def inconsistencies(
    drafts: list[Draft],
    text: str = "",
    cues: ClaimCues | None = None,
    durations: list[QuantityMention] | None = None,
) -> list[Inconsistency]:
    """Every pair (or triple) of figures in a text that disagree."""
    found = _restatements(drafts) + _stated_changes(drafts)
    if cues is not None:
        found += [
            Inconsistency(rule, involved, message)
            for rule, involved, message in arithmetic_inconsistencies(text, cues, drafts, durations or [])
        ]
    return found
