"""Match current findings against baseline entries (ecosystem.md §8.2).

Tier 1: per file, the multiset of fingerprints; the surplus over a baseline
entry's count is new, the shortfall is fixed. Tier 2 (off with ``strict``):
a new finding and a fixed entry of the same file whose anchors agree, when
that pairing is one-to-one, are one finding *updated* (its sentence changed,
the phrase survived).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ..report.findings import Finding
from ..report.located import BaselineState, Located
from .baseline import Entry, finding_anchor

__all__ = ["GateResult", "match_file", "match_files"]


@dataclass
class GateResult:
    """Current findings with their states, and the baseline entries no longer found."""

    located: list[Located] = field(default_factory=list)
    absent: list[tuple[str, Entry]] = field(default_factory=list)

    def count(self, state: BaselineState) -> int:
        """How many current findings are in ``state``."""
        return sum(1 for item in self.located if item.state is state)

    def extend(self, other: GateResult) -> None:
        """Add another file's result."""
        self.located.extend(other.located)
        self.absent.extend(other.absent)


def match_file(
    path: str, current: Sequence[Finding], baseline: Sequence[Entry], *, strict: bool
) -> GateResult:
    """States of one file's findings (in text order) against its baseline entries."""
    remaining = Counter({e.fp: e.count for e in baseline})
    by_fp = {e.fp: e for e in baseline}
    states: list[BaselineState] = []
    for finding in current:
        fp = finding.annotation.fingerprint
        if remaining[fp] > 0:
            remaining[fp] -= 1
            states.append(BaselineState.UNCHANGED)
        else:
            states.append(BaselineState.NEW)
    fixed = [(by_fp[fp], n) for fp, n in sorted(remaining.items()) if n > 0]
    absent_units: list[Entry] = [entry for entry, n in fixed for _ in range(n)]
    if not strict:
        new_by_anchor: dict[str, list[int]] = {}
        for i, finding in enumerate(current):
            if states[i] is BaselineState.NEW:
                new_by_anchor.setdefault(finding_anchor(finding.annotation), []).append(i)
        gone_by_anchor = Counter(e.anchor for e in absent_units)
        for key, indices in new_by_anchor.items():
            if len(indices) == 1 and gone_by_anchor[key] == 1:
                states[indices[0]] = BaselineState.UPDATED
                absent_units = [e for e in absent_units if e.anchor != key]
    located = [Located(path, f, s) for f, s in zip(current, states, strict=True)]
    grouped = Counter(absent_units)
    return GateResult(located, [(path, e) for e in sorted(grouped) for _ in range(grouped[e])])


def match_files(
    current: Mapping[str, Sequence[Finding]], baseline: Mapping[str, Sequence[Entry]], *, strict: bool
) -> GateResult:
    """:func:`match_file` for every file in ``current`` (baseline files not in it are ignored)."""
    result = GateResult()
    for path in current:
        result.extend(match_file(path, current[path], baseline.get(path, ()), strict=strict))
    return result
