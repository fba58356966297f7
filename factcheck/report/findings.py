"""One view of a report's findings for every format: filtering, ordering, context.

A *finding* is an annotation (rhetoric, unsupported assertion, inconsistency or
claim verdict) together with the claim it speaks about, when there is one.
Formats never re-derive this: they iterate :func:`findings` and render.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

import regex

from ..models.annotation import Annotation, AnnotationKind, Level
from ..models.claim import Claim
from ..models.report import Report

__all__ = [
    "LEVEL_ORDER",
    "Finding",
    "FindingFilter",
    "findings",
    "is_problem",
    "profile",
    "select",
    "sentence_around",
]

#: Levels from quietest to loudest.
LEVEL_ORDER: dict[Level, int] = {Level.INFO: 0, Level.WARNING: 1, Level.ERROR: 2}

_CLAIM_KINDS = frozenset({AnnotationKind.CLAIM, AnnotationKind.INCONSISTENCY})
_RHETORIC_KINDS = frozenset({AnnotationKind.RHETORIC, AnnotationKind.UNSUPPORTED_ASSERTION})


@dataclass(frozen=True)
class Finding:
    """An annotation with the claim it is about (claim annotations only)."""

    annotation: Annotation
    claim: Claim | None = None

    @property
    def kind(self) -> str:
        """rhetoric, unsupported_assertion, inconsistency or claim."""
        return self.annotation.kind.value

    @property
    def label(self) -> str:
        """The device for rhetoric, the verdict status for claims, else the rule id."""
        a = self.annotation
        if a.device:
            return a.device
        if self.claim is not None and self.claim.verdict is not None:
            return self.claim.verdict.status.value
        if a.kind is AnnotationKind.CLAIM and a.rule_id.startswith("claim."):
            return a.rule_id.removeprefix("claim.")
        return a.rule_id


@dataclass(frozen=True)
class FindingFilter:
    """Thresholds applied to findings (after the diff, in gate mode)."""

    min_confidence: float = 0.0
    level: Level | None = None
    only: Literal["claims", "rhetoric"] | None = None

    def keeps(self, annotation: Annotation) -> bool:
        """True when ``annotation`` passes every threshold."""
        if annotation.confidence < self.min_confidence:
            return False
        if self.level is not None and LEVEL_ORDER[annotation.level] < LEVEL_ORDER[self.level]:
            return False
        if self.only == "claims":
            return annotation.kind in _CLAIM_KINDS
        if self.only == "rhetoric":
            return annotation.kind in _RHETORIC_KINDS
        return True


def is_problem(annotation: Annotation) -> bool:
    """False for findings that report agreement (a supported claim): shown, never gated."""
    return not (annotation.kind is AnnotationKind.CLAIM and annotation.rule_id == "claim.supported")


def _claim_for(annotation: Annotation, claims: Iterable[Claim]) -> Claim | None:
    if annotation.kind is not AnnotationKind.CLAIM:
        return None
    best: Claim | None = None
    for claim in claims:
        q = claim.quantity.span
        if q.start == annotation.span.start and q.end == annotation.span.end:
            return claim
        overlaps = q.start < annotation.span.end and annotation.span.start < q.end
        inside = claim.span.start <= annotation.span.start and annotation.span.end <= claim.span.end
        status = claim.verdict.status.value if claim.verdict else None
        if best is None and (overlaps or inside) and annotation.rule_id == f"claim.{status}":
            best = claim
    return best


def _order(a: Annotation) -> tuple[int, int, str, str]:
    return (a.span.start, a.span.end, a.rule_id, a.fingerprint)


def findings(report: Report, keep: FindingFilter | None = None) -> list[Finding]:
    """The report's findings in text order, optionally filtered."""
    chosen = [a for a in report.annotations if keep is None or keep.keeps(a)]
    return [Finding(a, _claim_for(a, report.claims)) for a in sorted(chosen, key=_order)]


def select(report: Report, keep: FindingFilter) -> Report:
    """A copy of ``report`` holding only the annotations (and claims) ``keep`` lets through."""
    annotations = [a for a in report.annotations if keep.keeps(a)]
    claims = [] if keep.only == "rhetoric" else list(report.claims)
    devices = Counter(a.device for a in annotations if a.device)
    verdicts = Counter(c.verdict.status.value for c in claims if c.verdict is not None)
    summary = report.summary.model_copy(
        update={
            "annotations": len(annotations),
            "devices": dict(sorted(devices.items())),
            "claims": len(claims),
            "verdicts": dict(sorted(verdicts.items())),
        }
    )
    return report.model_copy(update={"annotations": annotations, "claims": claims, "summary": summary})


@cache
def _sentence_end() -> regex.Pattern[str]:
    from ..lang.pack import load_packs

    enders = {e for p in load_packs() for e in p.segment.sentence_enders}
    closers = {c for p in load_packs() for c in p.segment.closers}
    ender_class = "".join(regex.escape(e) for e in sorted(enders | {"."}))
    closer_class = "".join(regex.escape(c) for c in sorted(closers))
    return regex.compile(
        rf"[{ender_class}]+[{closer_class}]*(?=\s|$)|[{ender_class}]+(?=[^\x00-\x7f])|\n\s*\n"
    )


def sentence_around(text: str, start: int, end: int, limit: int = 240) -> tuple[int, int]:
    """``[s, e)`` of the sentence of ``text`` holding ``[start, end)``, at most ``limit`` characters."""
    pattern = _sentence_end()
    s = max(0, start - limit)
    for m in pattern.finditer(text, s, start):
        s = m.end()
    m = pattern.search(text, max(s, end - 1))  # a span may end with its sentence's own ender
    e = m.end() if m else len(text)
    e = min(e, end + limit)
    while s < start and text[s].isspace():
        s += 1
    while e > end and text[e - 1].isspace():
        e -= 1
    return s, e


def profile(report: Report) -> dict[str, float | int | list[tuple[str, int]]]:
    """An overall profile of the text: counts and densities per 1,000 characters."""
    chars = max(report.source.chars, 1)
    rhetoric = [a for a in report.annotations if a.kind in _RHETORIC_KINDS]
    # checked: the reference data had something to say (not unverifiable)
    checked = [c for c in report.claims if c.verdict is not None and c.verdict.status.value != "unverifiable"]
    devices = Counter(a.device or a.rule_id for a in rhetoric)
    supported = sum(1 for c in checked if c.verdict is not None and c.verdict.status.value == "supported")
    return {
        "figures": len(report.quantities),
        "figures_per_1000": round(len(report.quantities) * 1000 / chars, 1),
        "claims": len(report.claims),
        "checked": len(checked),
        "supported": supported,
        "rhetoric": len(rhetoric),
        "rhetoric_per_1000": round(len(rhetoric) * 1000 / chars, 1),
        "top_devices": sorted(devices.items(), key=lambda kv: (-kv[1], kv[0]))[:3],
    }
