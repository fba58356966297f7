"""Reports built by hand, so formats and the gate are tested without the rule packs.

``build(text, marks)`` runs the real pipeline for figures and times, then adds an
annotation for each mark: a phrase of ``text`` with its kind, rule and level.
Fingerprints are real fp/1 fingerprints over the sentence around the phrase.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from factcheck.gate.fingerprint import fingerprint
from factcheck.models import Annotation, Claim, Reference, Report, Span, Verdict
from factcheck.models.annotation import AnnotationKind, Level
from factcheck.models.verdict import VerdictStatus
from factcheck.report.findings import sentence_around
from factcheck.segment import LineIndex


@dataclass(frozen=True)
class Mark:
    """A finding to put on ``phrase`` (its ``nth`` occurrence)."""

    phrase: str
    kind: str = "rhetoric"
    rule: str = "rhetoric.loaded_language"
    device: str | None = "loaded_language"
    level: str = "warning"
    confidence: float = 0.8
    nth: int = 0
    reference: Decimal | None = None  # for claims: the reference value


def span_of(text: str, phrase: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    line, column = LineIndex(text).line_col(start)
    return Span(start=start, end=start + len(phrase), text=phrase, line=line, column=column)


def _claim(text: str, span: Span, mark: Mark, index: int) -> Claim:
    from factcheck.models import Quantity
    from factcheck.models.quantity import QuantityKind

    s, e = sentence_around(text, span.start, span.end)
    line, column = LineIndex(text).line_col(s)
    sentence = Span(start=s, end=e, text=text[s:e], line=line, column=column)
    status = VerdictStatus(mark.rule.removeprefix("claim."))
    reference = Reference(
        table="observations/us_fiscal.csv",
        indicator="federal_debt",
        entity="USA",
        period="2025-09",
        value=mark.reference or Decimal("37.6"),
        unit="trillion USD",
        published=dt.date(2025, 10, 2),
        source="US Treasury, Debt to the Penny",
        url="https://fiscaldata.treasury.gov/",
        refdata="factcheck-core@0.1.0",
    )
    verdict = Verdict(
        status=status,
        confidence=mark.confidence,
        reference=reference,
        explanation=f"stated {span.text}; reference {reference.value} {reference.unit}",
    )
    quantity = Quantity(span=span, kind=QuantityKind.NUMBER, value=Decimal(1))
    return Claim(id=f"c{index}", span=sentence, quantity=quantity, verdict=verdict)


def base_report(
    text: str,
    *,
    path: str | None = None,
    encoding: str | None = None,
    as_of: dt.date | None = None,
    lang: str | None = None,
) -> Report:
    """Figures and times from the real extractors, and no findings (the rule engine is not run)."""
    import hashlib

    from factcheck import __version__
    from factcheck.extract import extract, prepare, to_quantity, to_time
    from factcheck.models import SourceInfo, Summary

    doc = prepare(text, lang, as_of, today=dt.date(2025, 11, 8))
    found = extract(doc)
    quantities = [to_quantity(doc, q) for q in found.quantities]
    times = [to_time(doc, t) for t in found.times]
    source = SourceInfo(
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        lang=doc.lang,
        script=doc.script,
        as_of=doc.as_of,
        as_of_source=doc.as_of_source,
        encoding=encoding,
        chars=len(text),
    )
    return Report(
        tool_version=__version__,
        source=source,
        quantities=quantities,
        times=times,
        summary=Summary(quantities=len(quantities), times=len(times)),
    )


def build(
    text: str, marks: list[Mark], path: str | None = "article.txt", as_of: str = "2025-11-08"
) -> Report:
    base = base_report(text, path=path, encoding="utf-8", as_of=dt.date.fromisoformat(as_of))
    annotations, claims = [], []
    for i, mark in enumerate(marks):
        span = span_of(text, mark.phrase, mark.nth)
        s, e = sentence_around(text, span.start, span.end)
        fp = fingerprint(mark.kind, mark.rule, span.text, text[s:e])
        annotations.append(
            Annotation(
                kind=AnnotationKind(mark.kind),
                device=mark.device,
                rule_id=mark.rule,
                span=span,
                confidence=mark.confidence,
                level=Level(mark.level),
                message=f"{mark.device or mark.rule}: {span.text}",
                fingerprint=fp,
                evidence=[f"base {mark.confidence}"],
            )
        )
        if mark.kind == "claim":
            claims.append(_claim(text, span, mark, i))
    return base.model_copy(update={"annotations": annotations, "claims": claims})


ZH_TEXT = (
    "美國政府喪心病狂地舉債，聯邦債務已突破36.2兆美元。\n"
    "專家指出，這種做法絕對不可能持續。\n\n"
    "去年赤字約1.8兆美元。"
)
ZH_MARKS = [
    Mark("喪心病狂"),
    Mark("36.2兆美元", kind="claim", rule="claim.contradicted", device=None, level="error", confidence=0.9),
    Mark(
        "專家指出",
        rule="rhetoric.anonymous_authority",
        device="anonymous_authority",
        level="info",
        confidence=0.6,
    ),
    Mark("絕對不可能", rule="rhetoric.absolute_certainty", device="absolute_certainty", confidence=0.7),
]
