"""Prepare a text for extraction, and turn internal mentions into public models.

A :class:`Document` holds the original text, its normalised form with the
offset map, the sentences, the language, the document date and the anchors of
dated sections. Every span leaves this module mapped to the ORIGINAL text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property

from ..lang.detect import detect_lang, detect_script
from ..models.base import trusted
from ..models.quantity import Quantity
from ..models.report import AsOfSource
from ..models.span import Span
from ..models.time import TimeExpression
from ..normalize import NormalizedText, normalize
from ..segment import LineIndex, Sentence, segmenter
from .docdate import detect_document_date, section_anchors
from .grammar import quantity_grammar
from .quantities import Intervals, QuantityMention, latin_islands, scan_quantities
from .times import Anchors, TimeMention, scan_times, time_grammar

__all__ = ["Document", "Extraction", "extract", "prepare", "to_quantity", "to_time"]


@dataclass(frozen=True)
class Document:
    """A text ready for the extractors."""

    norm: NormalizedText
    lang: str
    script: str
    as_of: dt.date
    as_of_source: AsOfSource
    anchors: Anchors

    @cached_property
    def sentences(self) -> tuple[Sentence, ...]:
        """Sentences of the normalised text (computed on first use)."""
        return tuple(segmenter().split(self.norm.text))

    @cached_property
    def chrome(self) -> tuple[tuple[int, int], ...]:
        """Normalised spans of page-chrome lines (view counters, forum headers)."""
        if "sentences" in self.__dict__:
            return tuple((s.start, s.end) for s in self.sentences if s.boilerplate)
        return tuple(segmenter().chrome_lines(self.norm.text))

    @property
    def original(self) -> str:
        """The text as given."""
        return self.norm.original

    @cached_property
    def lines(self) -> LineIndex:
        """Line starts of the original text."""
        return LineIndex(self.original)

    def span(self, start: int, end: int) -> Span:
        """A :class:`Span` of the original text for the normalised ``[start, end)``."""
        s, e = self.norm.orig_span(start, end)
        line, column = self.lines.line_col(s)
        return trusted(
            Span, {"start": s, "end": e, "text": self.original[s:e], "line": line, "column": column}
        )


def prepare(
    text: str, lang: str | None = None, as_of: dt.date | None = None, *, today: dt.date | None = None
) -> Document:
    """Normalise, segment, and date ``text``.

    ``as_of`` wins over a date found in the header; with neither, ``today`` is
    used (the caller decides what today is).
    """
    norm = normalize(text)
    g = time_grammar()
    detected, header_end = detect_document_date(norm.text, g)
    if as_of is not None:
        date, source = as_of, AsOfSource.GIVEN
    elif detected is not None:
        date, source = detected, AsOfSource.DETECTED
    else:
        date, source = today or dt.date.today(), AsOfSource.TODAY  # noqa: DTZ011 - the API boundary decides
    anchors = section_anchors(norm.text, g, date, header_end)
    return Document(
        norm=norm,
        lang=lang or detect_lang(norm.text),
        script=detect_script(norm.text, norm.changed_script),
        as_of=date,
        as_of_source=source,
        anchors=anchors,
    )


@dataclass(frozen=True)
class Extraction:
    """Everything the extractors found, in normalised offsets."""

    quantities: tuple[QuantityMention, ...]
    times: tuple[TimeMention, ...]


def extract(doc: Document) -> Extraction:
    """Run the time and quantity scans over ``doc`` (times first: they block quantities)."""
    text = doc.norm.text
    islands = latin_islands(text)  # both scans look for Latin words only around these
    times = scan_times(time_grammar(), text, doc.anchors, islands)
    g = quantity_grammar()
    skipped = list(doc.chrome)
    if "://" in text or "www." in text or "@" in text:
        skipped += [m.span() for pattern in g.skip_spans for m in pattern.finditer(text)]
    unread = Intervals(skipped)
    times = [t for t in times if not unread.overlaps(t.start, t.end)]
    blocked = Intervals([(t.start, t.end) for t in times] + skipped)
    quantities = scan_quantities(g, text, blocked, doc.lang, islands)
    return Extraction(tuple(quantities), tuple(times))


def to_quantity(doc: Document, q: QuantityMention) -> Quantity:
    """The public model of a quantity mention."""
    return trusted(
        Quantity,
        {
            "span": doc.span(q.start, q.end),
            "kind": q.kind,
            "value": q.value,
            "low": q.low,
            "high": q.high,
            "unit": q.unit,
            "qualifier": q.qualifier,
            "precision": q.precision,
        },
    )


def to_time(doc: Document, t: TimeMention) -> TimeExpression:
    """The public model of a time mention."""
    return trusted(
        TimeExpression,
        {
            "span": doc.span(t.start, t.end),
            "start": t.begin,
            "end": t.until,
            "granularity": t.granularity,
            "relative": t.relative,
            "anchor": t.anchor,
        },
    )
