"""From scored hits to public annotations.

One device's overlapping findings merge into one annotation: the best hit
gives the rule, level and message, the confidences combine
(:func:`~factcheck.annotate.confidence.combine`), and the evidence lists the
merged hits. Spans are mapped to the original text and each annotation gets
its fp/1 fingerprint.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from operator import attrgetter, itemgetter

from ..extract import Document
from ..gate.fingerprint import fingerprints
from ..models.annotation import Annotation, AnnotationKind, Level
from ..models.base import trusted
from ..models.span import Span
from .confidence import combine
from .kinds import Hit
from .loader import Rule

__all__ = ["Scored", "to_annotations"]

_UA = "unsupported_assertion"


@dataclass(slots=True)
class Scored:
    """A hit with its confidence and the evidence for it."""

    hit: Hit
    confidence: float
    applied: tuple[tuple[str, float], ...]  # the modifiers that changed the base, with their effects
    modified: bool  # a modifier or the kind's own evidence changed the base

    @property
    def evidence(self) -> list[str]:
        """How the confidence was reached, in words."""
        rule = self.hit.rule
        return [
            f"base {rule.base:.2f} ({rule.id})",
            *self.hit.notes,
            *(f"{name} {effect:+.1f}" for name, effect in self.applied),
        ]


_by_start = attrgetter("hit.start")
_by_end = attrgetter("hit.end")


def _clusters(scored: list[Scored]) -> list[tuple[str, list[Scored]]]:
    """Each device's findings, grouped into runs of overlapping spans."""
    by_device: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_device[s.hit.rule.device].append(s)
    clusters: list[tuple[str, list[Scored]]] = []
    for device, items in by_device.items():
        items.sort(key=_by_end, reverse=True)  # by start, the longer first (both sorts keep ties in order)
        items.sort(key=_by_start)
        cluster: list[Scored] = []
        end = -1
        for s in items:
            hit = s.hit
            if cluster and hit.start >= end:
                clusters.append((device, cluster))
                cluster, end = [], -1
            cluster.append(s)
            if hit.end > end:
                end = hit.end
        if cluster:
            clusters.append((device, cluster))
    return clusters


_by_confidence = attrgetter("confidence")


def _combined(cluster: list[Scored], cap: float) -> float:
    """The confidence of a cluster of two or more findings."""
    return combine([(s.hit.rule.id, s.hit.matched.lower(), s.confidence) for s in cluster], cap)


#: What an annotation takes from its rule: id, first line of evidence, level, message, whether
#: the message quotes the match, kind, and the kind's value (for the fingerprint).
_RuleWords = tuple[str, str, Level, str, bool, AnnotationKind, str]


class _Texts:
    """Words of the evidence and messages, formatted once per rule or set of modifier effects."""

    def __init__(self) -> None:
        self.rules: dict[int, _RuleWords] = {}
        self.effects: dict[tuple[tuple[str, float], ...], tuple[str, ...]] = {}

    def rule(self, rule: Rule) -> _RuleWords:
        """What an annotation of ``rule`` takes from it (kept in :attr:`rules` by the rule's id())."""
        message = rule.spec.message
        kind = AnnotationKind.UNSUPPORTED_ASSERTION if rule.device == _UA else AnnotationKind.RHETORIC
        found = (
            rule.id,
            f"base {rule.base:.2f} ({rule.id})",
            rule.level,
            message,
            "{match}" in message,
            kind,
            kind.value,
        )
        self.rules[id(rule)] = found
        return found

    def effect_lines(self, applied: tuple[tuple[str, float], ...]) -> tuple[str, ...]:
        """The modifiers' lines of evidence (kept in :attr:`effects`)."""
        lines = self.effects[applied] = tuple(f"{name} {effect:+.1f}" for name, effect in applied)
        return lines


def to_annotations(doc: Document, scored: list[Scored], cap: float) -> list[Annotation]:
    """Annotations of ``scored`` (each device's overlapping findings merged), sorted by span."""
    texts = _Texts()
    rules, effects = texts.rules, texts.effects
    original, line_col = doc.original, doc.lines.line_col
    orig_span = None if doc.norm.offsets.is_identity else doc.norm.orig_span
    sentences = doc.sentences
    sentence_starts = [x.start for x in sentences]
    sentence_texts: dict[int, str] = {}  # original text of a sentence, by index
    rows = []  # (sort key, the annotation's fields waiting for the fingerprint)
    findings = []  # what the fingerprint is made of
    for device, cluster in _clusters(scored):
        if len(cluster) == 1:
            best = cluster[0]
            hit = best.hit
            start, end = hit.start, hit.end
            # combine() of one finding, without building its tables: max(min(1 - (1 - c), cap), c)
            conf = 1.0 - (1.0 - best.confidence)
            if conf > cap:
                conf = cap
            if best.confidence > conf:
                conf = best.confidence
        else:
            best = max(cluster, key=_by_confidence)
            hit = best.hit
            start = min(s.hit.start for s in cluster)
            end = max(s.hit.end for s in cluster)
            conf = _combined(cluster, cap)
        rule = hit.rule
        words = rules.get(id(rule)) or texts.rule(rule)
        rule_id, base, level, message, quotes_match, kind, kind_value = words
        applied = best.applied
        lines = effects.get(applied) if applied else ()
        if lines is None:
            lines = texts.effect_lines(applied)
        evidence = [base, *hit.notes, *lines]
        if len(cluster) > 1:
            evidence += [f"merged {o.hit.rule.id} {o.confidence:.2f}" for o in cluster if o is not best]
            evidence.append(f"combined {conf:.2f}")
        s, e = (start, end) if orig_span is None else orig_span(start, end)  # the span, as Document.span
        line, column = line_col(s)
        span_text = original[s:e]
        span = trusted(Span, {"start": s, "end": e, "text": span_text, "line": line, "column": column})
        if quotes_match:
            ms, me = hit.anchor if orig_span is None else orig_span(*hit.anchor)
            message = message.replace("{match}", original[ms:me])
        i = bisect_right(sentence_starts, hit.start) - 1
        if i < 0:
            i = 0
        sentence_text = sentence_texts.get(i)
        if sentence_text is None:
            sentence = sentences[i]
            ss, se = (
                (sentence.start, sentence.end)
                if orig_span is None
                else orig_span(sentence.start, sentence.end)
            )
            sentence_text = sentence_texts[i] = original[ss:se]
        rows.append(
            (
                (s, e, device),
                {
                    "kind": kind,
                    "device": device,
                    "rule_id": rule_id,
                    "span": span,
                    "confidence": round(conf, 3),
                    "level": level,
                    "message": message,
                    "fingerprint": "",
                    "evidence": evidence,
                    "related": [],
                },
            )
        )
        findings.append((kind_value, rule_id, span_text, sentence_text))
    for (_, fields), fp in zip(rows, fingerprints(findings), strict=True):
        fields["fingerprint"] = fp
    rows.sort(key=itemgetter(0))
    return [trusted(Annotation, fields) for _, fields in rows]
