"""A stand-in annotator for gate tests: a tiny lexicon and a one-row reference table.

It takes the real extractors (figures, times, document date) and adds findings
the way the rule engine and the claim checker do: rhetoric annotations for the
lexicon's phrases and a claim annotation for every figure (``claim.contradicted``
when the figure is in :data:`WRONG`, else ``claim.supported``), each with a real
fp/1 fingerprint over its sentence. The gate's logic is tested with it; the
tests in test_gate_real.py run the same scenarios through the real rules.
"""

from __future__ import annotations

import pytest

from factcheck import pipeline
from factcheck.gate.fingerprint import fingerprint
from factcheck.models import Annotation
from factcheck.models.annotation import AnnotationKind, Level
from factcheck.report.findings import sentence_around
from factcheck.segment import LineIndex

LEXICON = {
    "喪心病狂": "loaded_language",
    "丧心病狂": "loaded_language",
    "絕對不可能": "absolute_certainty",
    "绝对不可能": "absolute_certainty",
    "reckless": "loaded_language",
    "disaster": "exaggeration",
}
WRONG = {"7.5%", "9.9%"}


def _annotation(
    text: str, lines: LineIndex, start: int, end: int, kind: str, rule: str, device: str | None, level: Level
) -> Annotation:
    from factcheck.models import Span

    s, e = sentence_around(text, start, end)
    line, column = lines.line_col(start)
    span = Span(start=start, end=end, text=text[start:end], line=line, column=column)
    return Annotation(
        kind=AnnotationKind(kind),
        device=device,
        rule_id=rule,
        span=span,
        confidence=0.8,
        level=level,
        message=f"{device or rule}: {span.text}",
        fingerprint=fingerprint(kind, rule, span.text, text[s:e]),
    )


def annotate(report, text):  # type: ignore[no-untyped-def]
    lines = LineIndex(text)
    found = []
    for phrase, device in LEXICON.items():
        pos = text.find(phrase)
        while pos >= 0:
            found.append(
                _annotation(
                    text,
                    lines,
                    pos,
                    pos + len(phrase),
                    "rhetoric",
                    f"rhetoric.{device}",
                    device,
                    Level.WARNING,
                )
            )
            pos = text.find(phrase, pos + 1)
    for q in report.quantities:
        status = "contradicted" if q.span.text in WRONG else "supported"
        found.append(
            _annotation(
                text,
                lines,
                q.span.start,
                q.span.end,
                "claim",
                f"claim.{status}",
                None,
                Level.ERROR if status == "contradicted" else Level.INFO,
            )
        )
    return report.model_copy(update={"annotations": sorted(found, key=lambda a: a.span.start)})


@pytest.fixture
def fake_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every check in this process use the stand-in annotator."""
    from tests.report.synthetic import base_report

    def run(text, options, *, path=None, encoding=None, today=None):  # type: ignore[no-untyped-def]
        report = base_report(text, path=path, encoding=encoding, as_of=options.as_of, lang=options.lang)
        return annotate(report, text)

    monkeypatch.setattr(pipeline, "run", run)
