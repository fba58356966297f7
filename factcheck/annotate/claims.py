"""The conditional kind: a check-worthy claim needs an attribution in its evidence window.

A sentence makes a check-worthy claim when it holds a trigger of the rule: a
quantity of the listed kinds, one of the rule's cues or patterns (causal verbs,
future markers, record words), or a finding of one of the listed devices
(absolute certainty, overgeneralisation …). The claim is supported when a
strong attribution cue sits in the same statement (sentences joined by a
semicolon), or when an anaphoric cue there (数据显示, the report) points back at
a strong cue in the window; a strong cue only in the window (the previous
sentences of the paragraph, research/rhetoric.md §b.3) or a vague one changes
the score by the rule's ``carried`` and ``weak`` effects. Claims assembled by
the claim stage are used when present: an attributed claim, or one the
checker matched to reference data (supported or imprecise, §b.5; contradicted,
period mismatch or not yet published, which carry their own finding), removes
its quantity from the triggers.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..extract.quantities import QuantityMention
from ..models.claim import Claim
from ..models.verdict import VerdictStatus
from .attribution import AttributionCue, Strength
from .context import DocContext
from .kinds import Hit
from .loader import Rule

__all__ = ["Evidence", "open_quantities", "supported_quantities", "unsupported"]

#: Verdicts that checked a figure against the reference data: the claim has its own finding,
#: so the figure is not reported again as an unsupported assertion.
_VERIFIED = {
    VerdictStatus.SUPPORTED,
    VerdictStatus.IMPRECISE,
    VerdictStatus.CONTRADICTED,
    VerdictStatus.PERIOD_MISMATCH,
    VerdictStatus.NOT_YET_PUBLISHED,
}
#: Triggers of one rule tried per sentence (the sentence is reported once; later triggers rarely change it).
MAX_TRIGGERS = 4


class Evidence:
    """Attribution cues by sentence, and the statements (semicolon-joined sentence runs)."""

    def __init__(self, ctx: DocContext, by_sentence: Mapping[int, Sequence[AttributionCue]]) -> None:
        self.by_sentence = by_sentence
        self._text, self._sentences = ctx.text, ctx.sentences
        self._soft = ctx.structure.soft_enders
        self._statements: dict[int, tuple[int, int]] = {}
        self._cued = sorted(i for i, found in by_sentence.items() if found)  # sentences with a cue

    @classmethod
    def build(cls, ctx: DocContext, cues: Iterable[AttributionCue]) -> Evidence:
        """Group ``cues`` by sentence; statements are worked out when asked for."""
        by_sentence: dict[int, list[AttributionCue]] = defaultdict(list)
        for cue in cues:
            by_sentence[ctx.sentence_of(cue.start)].append(cue)
        return cls(ctx, by_sentence)

    def _joins_next(self, i: int) -> bool:
        """Whether sentence ``i`` ends in a soft ender and the next one goes on in its paragraph."""
        sentences = self._sentences
        if not self._soft or i + 1 >= len(sentences):
            return False
        sent = sentences[i]
        last = sent.end  # after the sentence's last character that is not whitespace
        while last > sent.start and self._text[last - 1].isspace():
            last -= 1
        # an empty sentence counts as ending in one ("" is in every string)
        ends_soft = last == sent.start or self._text[last - 1] in self._soft
        return ends_soft and sentences[i + 1].paragraph == sent.paragraph

    def statement(self, i: int) -> tuple[int, int]:
        """First and last sentence of the statement that sentence ``i`` belongs to."""
        found = self._statements.get(i)
        if found is None:
            first, last = i, i
            while first > 0 and self._joins_next(first - 1):
                first -= 1
            while self._joins_next(last):
                last += 1
            found = self._statements[i] = (first, last)
        return found

    def any_between(self, first: int, last: int) -> bool:
        """Whether a sentence from ``first`` to ``last`` (inclusive) has a cue."""
        k = bisect_left(self._cued, first)
        return k < len(self._cued) and self._cued[k] <= last

    def cues_in(self, indices: Iterable[int]) -> list[AttributionCue]:
        """Cues of the given sentences."""
        return [c for i in indices for c in self.by_sentence.get(i, ())]


def supported_quantities(claims: Sequence[Claim], ctx: DocContext) -> set[int]:
    """Original start offsets of quantities whose claim is attributed or verified."""
    out = set()
    for claim in claims:
        verified = claim.verdict is not None and claim.verdict.status in _VERIFIED
        if claim.attribution is not None or verified:
            out.add(claim.quantity.span.start)
    return out


def _window(ctx: DocContext, ev: Evidence, i: int, before: int, max_chars: int) -> list[int]:
    first, _ = ev.statement(i)
    sent = ctx.sentences[first]
    out = []
    j = first - 1
    while j >= 0 and len(out) < before:
        prev = ctx.sentences[j]
        if prev.paragraph != sent.paragraph or sent.start - prev.end > max_chars or prev.boilerplate:
            break
        out.append(j)
        j -= 1
    return out


def _attribution(ctx: DocContext, ev: Evidence, rule: Rule, i: int) -> tuple[str, float | str | None]:
    """('supported'|'carried'|'weak'|'none', effect) for the claim in sentence ``i``."""
    spec = rule.spec.conditional
    assert spec is not None
    first, last = ev.statement(i)
    if not ev.any_between(first - spec.before, last):  # the window is at most ``before`` sentences
        return "none", None
    here = ev.cues_in(range(first, last + 1))
    window = ev.cues_in(_window(ctx, ev, i, spec.before, spec.max_chars))
    strong_here = any(c.strength is Strength.STRONG for c in here)
    strong_window = any(c.strength is Strength.STRONG for c in window)
    if strong_here or (strong_window and any(c.anaphoric for c in here)):
        return "supported", "suppress"
    if strong_window:
        return "carried", spec.carried
    if here or window:
        return "weak", spec.weak
    return "none", None


def _list_number(ctx: DocContext, q: QuantityMention) -> bool:
    """A number that opens its sentence, followed by a space or a list mark (``13 銀行業…``, ``2) …``)."""
    sent = ctx.sentences[ctx.sentence_of(q.start)]
    if ctx.text[sent.start : q.start].strip():
        return False
    digits = q.start
    while digits < q.end and ctx.text[digits].isdigit():
        digits += 1
    return digits > q.start and digits < len(ctx.text) and ctx.text[digits] in " \t).、"


def open_quantities(
    ctx: DocContext, quantities: Sequence[QuantityMention], supported: set[int]
) -> list[tuple[str, QuantityMention]]:
    """``(kind, quantity)`` of the quantities that can trigger a rule: neither list numbers nor the
    figures of attributed or verified claims (``supported``, original start offsets)."""
    orig_span = ctx.doc.norm.orig_span
    return [
        (q.kind.value, q)
        for q in quantities
        if not _list_number(ctx, q) and orig_span(q.start, q.end)[0] not in supported
    ]


def unsupported(
    rule: Rule,
    ctx: DocContext,
    ev: Evidence,
    quantities: Sequence[tuple[str, QuantityMention]],
    cue_hits: Sequence[Hit],
    device_hits: Mapping[str, Sequence[Hit]],
) -> list[Hit]:
    """Hits of a conditional rule: one per trigger, spanning the trigger's sentence.

    ``quantities`` come from :func:`open_quantities`.
    """
    spec = rule.spec.conditional
    assert spec is not None
    triggers: list[tuple[int, int]] = []
    kinds = set(spec.quantity_kinds)
    excluded = set(spec.exclude_units)
    for kind, q in quantities:
        if kind not in kinds or (kind == "count" and q.value < spec.min_count) or q.unit in excluded:
            continue
        triggers.append((q.start, q.end))
    triggers.extend((h.start, h.end) for h in cue_hits)
    for device in spec.devices:
        triggers.extend((h.start, h.end) for h in device_hits.get(device, ()))
    out: list[Hit] = []
    verdicts: dict[int, tuple[str, float | str | None]] = {}
    per_sentence: dict[int, int] = defaultdict(int)
    text, sentences, starts = ctx.text, ctx.sentences, ctx.starts
    for span in sorted(set(triggers)):
        s, e = span
        i = max(0, bisect_right(starts, s) - 1)  # DocContext.sentence_of
        per_sentence[i] += 1
        if per_sentence[i] > MAX_TRIGGERS:
            continue
        if i not in verdicts:
            verdicts[i] = _attribution(ctx, ev, rule, i)
        state, effect = verdicts[i]
        if effect == "suppress":
            continue
        sent = sentences[i]
        if isinstance(effect, float) and effect:
            note = f"{state} attribution {effect:+.1f}"
            out.append(Hit(rule, sent.start, sent.end, span, text[s:e], effect, (note,)))
        else:
            out.append(Hit(rule, sent.start, sent.end, span, text[s:e]))
    return out
