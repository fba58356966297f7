"""The matching rule kinds: lexicon, pattern, sequence and question.

A language's rules are compiled once into a :class:`Matchers`: their literals
(lexicon cues, question cues, sequence parts, the trigger cues of conditional
rules, and the strings every match of a pattern contains) go into the
language's one Aho-Corasick lexicon, which also holds the context's cue sets
and is scanned once per document, and each regular expression is compiled
once. :meth:`Matchers.hits` turns the lexicon's spans and the pattern matches
into raw :class:`Hit`\\ s, less those an exception pattern covers; the engine
then applies the modifiers. A pattern whose matches are short and contain one
of known strings is searched only around those strings, where they are rare
enough (:func:`~.textmatch.search_near`).
Repetition and conditional rules work on these hits (``repetition.py``,
``claims.py``).
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import regex

from ..models.rules import RuleKind
from .context import DocContext
from .loader import Rule
from .prefilter import finder, local_width, required
from .textmatch import Lexicon, PatternTimeout, search_all, search_near

__all__ = ["Hit", "Matchers"]

log = logging.getLogger(__name__)

#: Characters around a hit that exception patterns see.
EXCEPTION_CONTEXT = 24
#: A pattern is searched near the strings its matches contain when they occur at most once in this
#: many characters (a search around each costs about what searching this much text does).
NEAR_SPACING = 500


@dataclass(slots=True)
class Hit:
    """A rule match: the reported span, where its context is read, and what the kind adds."""

    rule: Rule
    start: int
    end: int
    anchor: tuple[int, int]
    matched: str
    logit: float = 0.0
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Compiled:
    rule: Rule
    patterns: tuple[regex.Pattern[str], ...]
    widths: tuple[int | None, ...]  # per pattern: the longest match, when it is searched near its strings
    exceptions: regex.Pattern[str] | None
    needs: re.Pattern[str] | None  # finds the strings without which no exception matches


_LEADING_FLAGS = regex.compile(r"^\(\?([a-zA-Z]+)\)")


def _union(patterns: Sequence[str]) -> regex.Pattern[str] | None:
    """One pattern matching any of ``patterns`` (a leading ``(?i)`` becomes a scoped ``(?i:…)``)."""
    if not patterns:
        return None
    parts = []
    for p in patterns:
        m = _LEADING_FLAGS.match(p)
        parts.append(f"(?{m.group(1)}:{p[m.end() :]})" if m else f"(?:{p})")
    return regex.compile("|".join(parts))


def _longest(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Leftmost-longest, non-overlapping selection of ``spans``."""
    out: list[tuple[int, int]] = []
    for span in sorted(set(spans)):  # by start, the shorter first
        if out and out[-1][0] == span[0]:
            out[-1] = span  # a longer span where the last one chosen starts
        elif not out or span[0] >= out[-1][1]:
            out.append(span)
    return out


class Matchers:
    """The compiled matchers of one language's rules."""

    def __init__(self, rules: Sequence[Rule], lang: str, lexicon: Lexicon) -> None:
        """Compile ``rules``; their literals go into ``lexicon``, valued ``(rule id, role, index)``."""
        self.lang = lang
        self.lexicon = lexicon
        self.compiled: dict[str, _Compiled] = {}
        for rule in rules:
            spec = rule.spec
            for entry in spec.cues.get(lang, []):
                self.lexicon.add(entry, (rule.id, "cue", 0))
            for i, seq in enumerate(spec.sequences.get(lang, [])):
                for entry in seq.first:
                    self.lexicon.add(entry, (rule.id, "first", i))
                for entry in seq.then:
                    self.lexicon.add(entry, (rule.id, "then", i))
            patterns = spec.patterns.get(lang, [])
            widths = []
            for i, pattern in enumerate(patterns):
                strings, width = required(pattern), local_width(pattern)
                if strings is None or width is None:
                    strings, width = frozenset(), None
                for entry in strings:
                    self.lexicon.add(entry, (rule.id, "near", i), anywhere=True)
                widths.append(width)
            exceptions = spec.exceptions.get(lang, [])
            self.compiled[rule.id] = _Compiled(
                rule,
                tuple(regex.compile(p) for p in patterns),
                tuple(widths),
                _union(exceptions),
                finder(exceptions),
            )

    def hits(
        self,
        ctx: DocContext,
        found: Mapping[Hashable, list[tuple[int, int]]],
        active: set[str],
        timed_out: set[str],
    ) -> dict[str, list[Hit]]:
        """Raw hits of the active lexicon, pattern, sequence and question rules, and the cue and
        pattern matches of conditional rules (their claim triggers), by rule id.

        ``found`` holds the lexicon's spans by value (:meth:`Lexicon.spans`).
        """
        text = ctx.text
        cues: dict[str, list[tuple[int, int]]] = defaultdict(list)
        parts: dict[tuple[str, int], dict[str, list[tuple[int, int]]]] = defaultdict(
            lambda: defaultdict(list)
        )
        near: dict[tuple[str, int], list[tuple[int, int]]] = {}  # where a pattern's strings are
        for value, spans in found.items():
            if not isinstance(value, tuple):
                continue  # a cue set of the context
            rule_id, role, index = value
            if rule_id not in active:
                continue
            if role == "cue":
                cues[rule_id].extend(spans)
            elif role == "near":
                near[(rule_id, index)] = spans
            else:
                parts[(rule_id, index)][role].extend(spans)
        for rule_id, comp in self.compiled.items():
            if rule_id not in active or not comp.patterns:
                continue
            try:
                for i, (pattern, width) in enumerate(zip(comp.patterns, comp.widths, strict=True)):
                    places = near.get((rule_id, i), [])
                    if width is not None and len(places) * NEAR_SPACING <= len(text):
                        matches = search_near(pattern, text, sorted(s for s, _ in places), width)
                    else:
                        matches = search_all(pattern, text)
                    for m in matches:
                        span = m.span("cue") if "cue" in pattern.groupindex and m.group("cue") else m.span()
                        if span[1] > span[0]:
                            cues[rule_id].append(span)
            except PatternTimeout:
                log.warning(
                    "rule %s: a pattern ran out of time and the rule was switched off for this text", rule_id
                )
                timed_out.add(rule_id)
                cues.pop(rule_id, None)
        out: dict[str, list[Hit]] = defaultdict(list)
        for rule_id, spans in cues.items():
            rule = self.compiled[rule_id].rule
            asks = rule.kind is RuleKind.QUESTION and rule.spec.require_question
            found_here = out[rule_id]
            for span in _longest(spans):
                s, e = span
                if asks and not ctx.info[ctx.sentence_of(s)].question:
                    continue
                found_here.append(Hit(rule, s, e, span, text[s:e]))
        for (rule_id, index), found in parts.items():
            rule = self.compiled[rule_id].rule
            max_gap = rule.spec.sequences[self.lang][index].max_gap
            out[rule_id].extend(
                self._pairs(ctx, rule, found.get("first", []), found.get("then", []), max_gap)
            )
        return {rid: self._unexcepted(rid, hs, text) for rid, hs in out.items()}

    @staticmethod
    def _pairs(
        ctx: DocContext, rule: Rule, firsts: list[tuple[int, int]], thens: list[tuple[int, int]], max_gap: int
    ) -> list[Hit]:
        out = []
        used_until = -1
        thens = sorted(thens)
        for fs, fe in sorted(firsts):
            if fs < used_until:
                continue
            sentence = ctx.sentences[ctx.sentence_of(fs)]
            # the first "then" in (start, end) order that starts within the gap and ends in the sentence
            k = bisect_left(thens, (fe,))
            while k < len(thens) and thens[k][0] <= fe + max_gap:
                te = thens[k][1]
                if te <= sentence.end:
                    out.append(Hit(rule, fs, te, (fs, te), ctx.text[fs:te]))
                    used_until = te
                    break
                k += 1
        return out

    def _unexcepted(self, rule_id: str, hits: list[Hit], text: str) -> list[Hit]:
        """``hits`` less those an exception pattern of their rule overlaps."""
        comp = self.compiled[rule_id]
        pattern, needs = comp.exceptions, comp.needs
        if pattern is None:
            return hits
        n = len(text)
        out = []
        for hit in hits:
            start, end = hit.start, hit.end
            lo, hi = max(0, start - EXCEPTION_CONTEXT), min(n, end + EXCEPTION_CONTEXT)
            if needs is not None and needs.search(text, lo, hi) is None:
                out.append(hit)  # no exception can match in the window
                continue
            try:
                excepted = any(
                    m.start() < end and m.end() > start
                    for m in pattern.finditer(text, lo, hi, overlapped=True, timeout=0.05)
                )
            except TimeoutError:
                log.warning("rule %s: an exception pattern ran out of time", rule_id)
                excepted = False
            if not excepted:
                out.append(hit)
        return out
