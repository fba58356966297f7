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


def _clusters(scored: list[Scored]) -> list[tuple[str, list[Scored]]]:
    """Each device's findings, grouped into runs of overlapping spans."""
    by_device: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_device[s.hit.rule.device].append(s)
    clusters: list[tuple[str, list[Scored]]] = []
    for device, items in by_device.items():
        items.sort(key=lambda s: (s.hit.start, -s.hit.end))
        cluster: list[Scored] = []
        end = -1
        for s in items:
            if cluster and s.hit.start >= end:
                clusters.append((device, cluster))
                cluster, end = [], -1
            cluster.append(s)
            end = max(end, s.hit.end)
        if cluster:
            clusters.append((device, cluster))
    return clusters


_by_confidence = attrgetter("confidence")


def _confidence(cluster: list[Scored], cap: float) -> float:
    if len(cluster) == 1:  # combine() of one finding, without building its tables
        conf = cluster[0].confidence
        return max(min(1.0 - (1.0 - conf), cap), conf)
    return combine([(s.hit.rule.id, s.hit.matched.lower(), s.confidence) for s in cluster], cap)


class _Texts:
    """Words of the evidence and messages, formatted once per rule or modifier effect."""

    def __init__(self) -> None:
        self._rules: dict[int, tuple[str, str, Level, str, bool]] = {}
        self._effects: dict[tuple[str, float], str] = {}

    def rule(self, rule: Rule) -> tuple[str, str, Level, str, bool]:
        """Id, first evidence line, level, message and whether the message quotes the match."""
        found = self._rules.get(id(rule))
        if found is None:
            message = rule.spec.message
            found = (rule.id, f"base {rule.base:.2f} ({rule.id})", rule.level, message, "{match}" in message)
            self._rules[id(rule)] = found
        return found

    def effect(self, name: str, effect: float) -> str:
        """A modifier's line of evidence."""
        text = self._effects.get((name, effect))
        if text is None:
            text = self._effects[(name, effect)] = f"{name} {effect:+.1f}"
        return text


def to_annotations(doc: Document, scored: list[Scored], cap: float) -> list[Annotation]:
    """Annotations of ``scored`` (each device's overlapping findings merged), sorted by span."""
    texts = _Texts()
    original, orig_span, line_col = doc.original, doc.norm.orig_span, doc.lines.line_col
    sentences = doc.sentences
    sentence_starts = [x.start for x in sentences]
    sentence_texts: dict[int, str] = {}  # original text of a sentence, by index
    rows = []  # (sort key, the annotation's fields waiting for the fingerprint)
    findings = []  # what the fingerprint is made of
    for device, cluster in _clusters(scored):
        if len(cluster) == 1:
            best = cluster[0]
            start, end = best.hit.start, best.hit.end
        else:
            best = max(cluster, key=_by_confidence)
            start = min(s.hit.start for s in cluster)
            end = max(s.hit.end for s in cluster)
        hit = best.hit
        rule_id, base, level, message, quotes_match = texts.rule(hit.rule)
        evidence = [base, *hit.notes]
        for name, effect in best.applied:
            evidence.append(texts.effect(name, effect))
        conf = _confidence(cluster, cap)
        if len(cluster) > 1:
            evidence += [f"merged {o.hit.rule.id} {o.confidence:.2f}" for o in cluster if o is not best]
            evidence.append(f"combined {conf:.2f}")
        s, e = orig_span(start, end)  # the span, as Document.span
        line, column = line_col(s)
        span = trusted(Span, {"start": s, "end": e, "text": original[s:e], "line": line, "column": column})
        kind = AnnotationKind.UNSUPPORTED_ASSERTION if device == _UA else AnnotationKind.RHETORIC
        if quotes_match:
            ms, me = orig_span(*hit.anchor)
            message = message.replace("{match}", original[ms:me])
        i = max(0, bisect_right(sentence_starts, hit.start) - 1)
        sentence_text = sentence_texts.get(i)
        if sentence_text is None:
            ss, se = orig_span(sentences[i].start, sentences[i].end)
            sentence_text = sentence_texts[i] = original[ss:se]
        fields = {
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
        }
        rows.append(((s, e, device), fields))
        findings.append((kind.value, rule_id, span.text, sentence_text))
    for (_, fields), fp in zip(rows, fingerprints(findings), strict=True):
        fields["fingerprint"] = fp
    rows.sort(key=itemgetter(0))
    return [trusted(Annotation, fields) for _, fields in rows]
