"""Attribution cues: who a statement is credited to, and how checkably.

    from factcheck.annotate.attribution import find_attributions, to_attribution

    for cue in find_attributions(doc.norm.text):      # normalised offsets, sorted by start
        cue.start, cue.end, cue.source, cue.strength    # Strength.STRONG | Strength.WEAK
    claim_attribution = to_attribution(doc, cue)        # the public Attribution model

A **strong** cue names a checkable source (根据国家统计局数据, 彭博社报道, the IMF
said, a cited 《title》, a URL, (IMF数据)). A **weak** cue points at nobody in
particular (据悉, 有人说, 业内人士, some say, experts believe). An **anaphoric**
cue (数据显示, 其中, the report) refers back to a source named just before: it is
returned as weak with ``anaphoric=True``, and a caller that finds a strong cue
in the preceding sentences may treat it as strong.

The cues are data in ``rules/lang/<code>/attribution.yaml``; the patterns of
every language pack are applied together, so a Chinese article citing
"according to Bloomberg" is read correctly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import Enum
from functools import cache, lru_cache

import regex

from ..extract import Document
from ..lang.pack import load_packs
from ..models.claim import Attribution
from ..models.rules import AttributionSection, compose
from .context import fold_marks
from .loader import load_rules
from .textmatch import (
    CALL_TIMEOUT,
    Lexicon,
    PatternTimeout,
    alternation,
    fold_case,
    is_word_char,
    search_all,
    windows_around,
)

__all__ = ["AttributionCue", "Strength", "find_attributions", "to_attribution"]

log = logging.getLogger(__name__)


class Strength(str, Enum):
    """How checkable an attribution is."""

    STRONG = "strong"
    WEAK = "weak"


@dataclass(frozen=True, slots=True)
class AttributionCue:
    """An attribution cue at normalised offsets ``[start, end)``."""

    start: int
    end: int
    source: str | None
    strength: Strength
    cue: str
    anaphoric: bool = False


def _bounded(entries: list[str]) -> str:
    parts = []
    for entry in sorted(set(entries), key=len, reverse=True):
        left = r"(?<![A-Za-z0-9])" if is_word_char(entry[0]) else ""
        right = r"(?![A-Za-z0-9])" if is_word_char(entry[-1]) else ""
        parts.append(f"{left}{regex.escape(entry)}{right}")
    return "|".join(parts) or "(?!)"


_Compiled = tuple[str, regex.Pattern[str], str | None, int]


@dataclass(frozen=True)
class _Matcher:
    strong: tuple[_Compiled, ...]
    weak: tuple[_Compiled, ...]
    lexicon: Lexicon
    anchors: Lexicon
    vague: regex.Pattern[str]
    not_sources: tuple[str, ...]
    folds: dict[str, str]


@cache
def _matcher() -> _Matcher:
    sections: list[AttributionSection] = [p.attribution for p in load_packs()]
    fragments = {
        "sources": alternation([s for sec in sections for s in sec.sources]) or "(?!)",
        "verbs": alternation([s for sec in sections for s in sec.verbs]) or "(?!)",
        "nouns": alternation([s for sec in sections for s in sec.nouns]) or "(?!)",
    }

    def build(attr: str) -> tuple[_Compiled, ...]:
        return tuple(
            (p.name, regex.compile(compose(p.regex, fragments), regex.MULTILINE), p.anchor, p.reach)
            for sec in sections
            for p in getattr(sec, attr)
        )

    anchors = Lexicon()
    for sec in sections:
        for name in ("sources", "verbs", "nouns"):
            for entry in getattr(sec, name):
                anchors.add(entry, name)

    lex = Lexicon()
    for sec in sections:
        for entry in sec.weak:
            lex.add(entry, "weak")
        for entry in sec.anaphora:
            lex.add(entry, "anaphora")
    vague = [w for sec in sections for w in (*sec.vague, *sec.nouns)]
    not_sources = tuple(fold_case(w) for sec in sections for w in sec.not_sources)
    folds = {k: v for cue_file in load_rules().cues.values() for k, v in cue_file.structure.folds.items()}
    return _Matcher(
        build("strong_patterns"),
        build("weak_patterns"),
        lex,
        anchors,
        regex.compile(_bounded(vague), regex.IGNORECASE),
        not_sources,
        folds,
    )


def _named(source: str, vague: regex.Pattern[str]) -> bool:
    """True when ``source`` names someone: something is left after removing vague words."""
    rest = vague.sub("", source)
    return sum(1 for c in rest if c.isalnum()) >= 2


def _scan(
    patterns: tuple[_Compiled, ...], text: str, anchors: dict[str, list[tuple[int, int]]]
) -> list[tuple[str, regex.Match[str]]]:
    out = []
    for name, pattern, anchor, reach in patterns:
        try:
            if anchor is None:
                out.extend((name, m) for m in search_all(pattern, text))
                continue
            seen: set[tuple[int, int]] = set()
            for lo, hi in windows_around(anchors.get(anchor, []), reach, len(text)):
                for m in pattern.finditer(text, lo, hi, timeout=CALL_TIMEOUT):
                    if m.span() not in seen:
                        seen.add(m.span())
                        out.append((name, m))
        except (PatternTimeout, TimeoutError):
            log.warning("attribution pattern %r timed out and was skipped", name)
    return out


def find_attributions(text: str) -> list[AttributionCue]:
    """Attribution cues in a normalised text (``Document.norm.text``), sorted by start offset.

    The last few texts' results are kept, so claim assembly and annotation can
    both ask for the cues of one document at the cost of one scan.
    """
    return list(_find(text))


@lru_cache(maxsize=2)
def _find(text: str) -> tuple[AttributionCue, ...]:
    m = _matcher()
    text = fold_marks(text, m.folds)
    folded = fold_case(text)
    anchors: dict[str, list[tuple[int, int]]] = {}
    for hit in m.anchors.find(folded):
        anchors.setdefault(str(hit.value), []).append((hit.start, hit.end))
    cues: list[AttributionCue] = []
    for name, match in _scan(m.strong, text, anchors):
        source = match.groupdict().get("source")
        source = source.strip().rstrip(".,;:") if source else None
        if source and fold_case(source).startswith(m.not_sources):
            continue
        strong = source is None or _named(source, m.vague)
        strength = Strength.STRONG if strong else Strength.WEAK
        start = match.start()
        if source is not None and 0 <= match.start("source") < start:  # captured in a lookbehind
            start = match.start("source")
        cues.append(AttributionCue(start, match.end(), source, strength, name))
    for name, match in _scan(m.weak, text, anchors):
        cues.append(AttributionCue(match.start(), match.end(), None, Strength.WEAK, name))
    for hit in m.lexicon.find(folded):
        anaphoric = hit.value == "anaphora"
        cues.append(AttributionCue(hit.start, hit.end, None, Strength.WEAK, str(hit.value), anaphoric))
    cues.sort(key=lambda c: (c.start, c.end))
    return tuple(cues)


def to_attribution(doc: Document, cue: AttributionCue) -> Attribution:
    """The public :class:`~factcheck.models.Attribution` of a cue (span in the original text)."""
    return Attribution(span=doc.span(cue.start, cue.end), source=cue.source, strength=cue.strength.value)
