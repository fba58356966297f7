"""Split a normalised text into sentences and paragraphs, marking page chrome.

Boundaries come from the language packs' ``segment`` sections (sentence enders,
closing quotes, English abbreviations) and line breaks; page chrome comes from
their ``boilerplate`` sections. All offsets are into the normalised text, which
the offset map turns into original offsets.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

import regex

from ..lang.pack import LanguagePack, load_packs

__all__ = ["Segmenter", "Sentence", "segmenter"]


#: Lines short enough to be page chrome (prose lines with a full stop never are). The
#: standard engine scans this simple pattern twice as fast as regex.
_SHORT_LINE = re.compile(r"(?m)^[^\n。]{1,120}$")
#: Seconds the page-chrome patterns may take on one line.
CHROME_TIMEOUT = 0.05

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the normalised text: ``[start, end)``, its paragraph and whether it is chrome."""

    start: int
    end: int
    paragraph: int
    boilerplate: bool


def _alternation(items: Sequence[str]) -> str:
    return "|".join(regex.escape(s) for s in sorted(set(items), key=len, reverse=True))


class Segmenter:
    """Sentence splitter compiled from the language packs."""

    def __init__(self, packs: Sequence[LanguagePack]) -> None:
        enders = {e for p in packs for e in p.segment.sentence_enders if e != "."}
        closers = {c for p in packs for c in p.segment.closers}
        abbrevs = {a.lower() for p in packs for a in p.segment.abbreviations}
        ender_class = "".join(regex.escape(e) for e in sorted(enders))
        closer_class = "".join(regex.escape(c) for c in sorted(closers))
        classes = sorted({c for p in packs for c in p.segment.ender_classes})
        pictures = (
            rf"|(?P<pic>(?:{'|'.join(classes)})+[{closer_class}]*)(?=[ \t\u3000]+\S)" if classes else ""
        )
        marks = sorted({m for p in packs for m in p.segment.trailing_marks})
        trailing = f"(?:{'|'.join(marks)})*" if marks else ""
        self._boundary = regex.compile(
            rf"(?P<end>[{ender_class}]+[{closer_class}]*{trailing})"
            rf"{pictures}"
            r"|(?P<nl>\n)"
            rf"|(?P<dot>(?<=[A-Za-z0-9%)\]{closer_class}]{{1}})\.[{closer_class}]*{trailing})(?=\s+[\"“‘(\[]?[A-Z0-9])"
        )
        self._abbrev = regex.compile(
            r"(?:^|[\s(])(?:" + _alternation(sorted(abbrevs)) + r"|[A-Za-z])$", regex.IGNORECASE
        )
        patterns = [pat for p in packs for pat in p.boilerplate.line_patterns]
        self._chrome = (
            regex.compile("(?:" + "|".join(f"(?:{p})" for p in patterns) + ")") if patterns else None
        )
        self._blank = regex.compile(r"[ \t\u3000\r]*$")

    def is_chrome(self, line: str) -> bool:
        """True when a whole line is page chrome (view counters, forum headers, navigation)."""
        stripped = line.strip()
        if not stripped or self._chrome is None or len(stripped) > 120 or "。" in stripped:
            return False
        try:
            return self._chrome.fullmatch(stripped, timeout=CHROME_TIMEOUT) is not None
        except TimeoutError:
            # on a loaded machine even a short line may run out of time: keep it as text, as the
            # rule engine keeps a hit whose exception pattern ran out of time
            log.warning("page-chrome patterns ran out of time on a line; it is kept as text")
            return False

    def chrome_lines(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of every line that is page chrome (without splitting sentences)."""
        if self._chrome is None:
            return []
        return [m.span() for m in _SHORT_LINE.finditer(text) if self.is_chrome(m.group())]

    def split(self, text: str) -> list[Sentence]:
        """Split ``text`` into sentences (leading and trailing whitespace trimmed)."""
        out: list[Sentence] = []
        paragraph = 0
        start = 0
        line_start = 0
        line_chrome = self.is_chrome(text[: text.find("\n") if "\n" in text else len(text)])
        for m in self._boundary.finditer(text):
            kind = m.lastgroup
            if kind == "dot" and self._abbrev.search(text, max(0, m.start() - 12), m.start()):
                continue
            if kind == "nl":
                nl = m.start()
                if self._joins_next_line(text, nl):
                    continue
                self._add(out, text, start, nl, paragraph, line_chrome)
                start = nl + 1
                line_start = nl + 1
                next_nl = text.find("\n", line_start)
                line = text[line_start : next_nl if next_nl >= 0 else len(text)]
                if self._blank.match(line):
                    paragraph += 1 if out and out[-1].paragraph == paragraph else 0
                line_chrome = self.is_chrome(line)
                continue
            self._add(out, text, start, m.end(), paragraph, line_chrome)
            start = m.end()
        self._add(out, text, start, len(text), paragraph, line_chrome)
        return out

    @staticmethod
    def _joins_next_line(text: str, nl: int) -> bool:
        """A hard-wrapped English line continues on the next line."""
        if nl == 0 or nl + 1 >= len(text):
            return False
        before, after = text[nl - 1], text[nl + 1]
        return (
            (before.isascii() and (before.isalpha() or before in ",;-"))
            and after.isascii()
            and after.islower()
        )

    @staticmethod
    def _add(out: list[Sentence], text: str, start: int, end: int, paragraph: int, chrome: bool) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(start, end, paragraph, chrome))


@cache
def segmenter() -> Segmenter:
    """The segmenter built from the bundled language packs."""
    return Segmenter(load_packs())
