"""The context of a finding: which modifiers of ``rules/modifiers.yaml`` apply to it.

:class:`DocContext` reads a document once — clause marks, quotations, titles,
the positions of every cue set (found with the rules' literals in one
automaton pass), and per sentence whether it is a question, a heading, page
chrome or part of an interview or comment turn — and then gives, for each
modifier, a predicate that tells whether it applies to a span
(:meth:`DocContext.test`). Everything language-specific comes from the
language's cue file (``rules/cues/<lang>.yaml``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from itertools import accumulate

import regex

from ..extract import Document
from ..models.rules import CueFile, Direction, ModifierKind, ModifierSpec, Scope
from .prefilter import finder
from .textmatch import Lexicon

__all__ = ["DocContext", "Positions", "add_cue_sets", "fold_marks"]

_CLOSERS = "」』”’\"')]）】》 \t"
#: What closes a quoted sentence that a speech verb after it may introduce ("…," he said).
_CLOSING_MARKS = frozenset(",.!?")
#: Turn markers are read from the first characters of a sentence (headers are short lines).
_TURN_CHARS = 80
#: What keeps patterns from being joined into one alternation: an inline flag or named group
#: (``(?i``, ``(?P<``), a back-reference or a call to a group (``\1``, ``\g<1>``, ``(?1)``, ``(?&x)``).
_UNJOINABLE = regex.compile(r"\(\?[a-zA-Z^&0-9+-]|\\[1-9]|\\g<")


def _unjoinable(patterns: Iterable[str]) -> bool:
    """Whether ``|``-joining ``patterns`` could match other than trying each of them."""
    return any(_UNJOINABLE.search(p) for p in patterns)


class Positions:
    """Sorted, possibly overlapping ``[start, end)`` spans with range queries."""

    __slots__ = ("reach", "spans", "starts")

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [s for s, _ in self.spans]
        self.reach = list(accumulate((e for _, e in self.spans), max))  # furthest end so far

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """Spans whose start lies in ``[lo, hi)``."""
        return self.spans[bisect_left(self.starts, lo) : bisect_left(self.starts, hi)]

    def covering(self, start: int, end: int) -> tuple[int, int] | None:
        """A span that contains ``[start, end)``, if any (among the eight last starting at or before it)."""
        i = bisect_right(self.starts, start)
        if i == 0 or self.reach[i - 1] < end:  # nothing that starts in time reaches ``end``
            return None
        for s, e in reversed(self.spans[max(0, i - 8) : i]):
            if s <= start and end <= e:
                return s, e
        return None


def fold_marks(text: str, folds: Mapping[str, str]) -> str:
    """``text`` with the one-for-one character folds of a cue file applied (offsets unchanged)."""
    for old, new in folds.items():
        text = text.replace(old, new)
    return text


def add_cue_sets(lexicon: Lexicon, cues: CueFile) -> None:
    """Add every cue set of a language to ``lexicon``; the values are the set names."""
    for name, entries in cues.sets.items():
        for entry in entries:
            lexicon.add(entry, name)


@dataclass(frozen=True, slots=True)
class SentenceInfo:
    """What the engine needs to know about a sentence besides its offsets."""

    question: bool
    heading: bool
    turn: str | None


class DocContext:
    """Modifier lookups over one document."""

    def __init__(
        self, doc: Document, cues: CueFile, text: str, found: Mapping[Hashable, list[tuple[int, int]]]
    ) -> None:
        """``found`` holds the spans of each cue set (by set name) in ``text``."""
        self.doc = doc
        self.text = text
        self.structure = cues.structure
        self.sentences = doc.sentences
        self.starts = [s.start for s in doc.sentences]
        # literal characters only, so the standard library's engine (quicker to list many matches) serves
        marks = re.escape(self.structure.clause_marks)
        self.clause_marks = [m.start() for m in re.finditer(f"[{marks}\n]", self.text)]
        self.cues = {name: Positions(found[name]) for name in cues.sets if name in found}
        self.quotes, self.reported = self._quotes()
        self.titles = Positions(self._pairs(self.structure.title_pairs))
        self.reported_from = self._unquoted_speech()
        self.info = self._sentence_info()
        self.sourced: set[int] = set()
        self._bounds_start = self._bounds_end = -1
        self._bounds = (0, 0)

    # -- layout -------------------------------------------------------------------------------
    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that contains (or precedes) ``pos``."""
        return max(0, bisect_right(self.starts, pos) - 1)

    def clause(self, pos: int) -> tuple[int, int]:
        """``[start, end)`` of the clause around ``pos`` (clause marks and line breaks end clauses)."""
        i = bisect_right(self.clause_marks, pos - 1) - 1
        start = self.clause_marks[i] + 1 if i >= 0 else 0
        j = bisect_left(self.clause_marks, pos)
        end = self.clause_marks[j] if j < len(self.clause_marks) else len(self.text)
        return start, end

    def _pairs(self, pairs: Iterable[tuple[str, str]]) -> list[tuple[int, int]]:
        spans = []
        for open_, close in pairs:
            inner = f"[^{regex.escape(open_)}{regex.escape(close)}\n]"
            body = f"{regex.escape(open_)}{inner}{{1,500}}?{regex.escape(close)}"
            if open_ == close:  # a straight quote: not an apostrophe inside a word
                body = rf"(?<![^\W_]){body}(?![^\W_])"
            spans.extend((m.start(), m.end()) for m in regex.finditer(body, self.text))
        return spans

    def _quotes(self) -> tuple[Positions, Positions]:
        quotes = self._pairs(self.structure.quote_pairs)
        speech = self.cues.get("speech_verbs")
        reported = []
        for s, e in quotes:
            if e - s - 2 >= self.structure.reported_quote_chars or self._introduced(s, e, speech):
                reported.append((s, e))
        return Positions(quotes), Positions(reported)

    def _speech_mark_after(self, end: int) -> bool:
        return self.text[end : end + 6].lstrip().startswith(tuple(self.structure.speech_marks))

    def _introduced(self, start: int, end: int, speech: Positions | None) -> bool:
        if speech is None:
            return False
        gap = self.structure.speech_gap
        before = speech.starting_in(max(0, start - gap - 8), start)
        if any(e <= start and start - e <= gap and self._speech_mark_after(e) for _, e in before):
            return True
        if _CLOSING_MARKS.isdisjoint(self.text[max(start, end - 2) : end + 1]):
            return False
        k = bisect_left(speech.starts, end)  # a speech verb starting within the gap after the quote
        return k < len(speech.starts) and speech.starts[k] < end + gap

    def _unquoted_speech(self) -> dict[int, int]:
        """Sentence index → offset after which the sentence reports someone else's words (X表示，…)."""
        out: dict[int, int] = {}
        speech = self.cues.get("speech_verbs")
        first = self.cues.get("first_person")
        if speech is None:
            return out
        for s, e in speech.spans:
            if not self._speech_mark_after(e):
                continue
            clause_start, _ = self.clause(s)
            if first is not None and first.starting_in(clause_start, s):
                continue
            i = self.sentence_of(s)
            out.setdefault(i, e)
        return out

    def _sentence_info(self) -> list[SentenceInfo]:
        st = self.structure
        kinds = ("question", "answer", "comment")
        turn_res = {
            k: regex.compile("|".join(f"(?:{p})" for p in getattr(st.turns, k)) or "(?!)") for k in kinds
        }
        every = [p for k in kinds for p in getattr(st.turns, k)]
        # one pattern for all turns tells most sentences apart at once (when they can be joined),
        # after a plain search for the strings a turn marker needs tells most of them quicker still
        any_turn = None if _unjoinable(every) else regex.compile("|".join(every) or "(?!)")
        needs = finder(every)
        markers = [regex.compile(p) for p in st.heading_markers]
        if markers and not _unjoinable(st.heading_markers):
            markers = [regex.compile("|".join(st.heading_markers))]  # one search instead of one each
        shared: dict[tuple[bool, bool, str | None], SentenceInfo] = {}
        info: list[SentenceInfo] = []
        turn: str | None = None
        turn_par = -1
        in_comments = False
        for sent in self.sentences:
            body = self.text[sent.start : sent.end]
            stripped = body.rstrip(_CLOSERS)
            question = bool(stripped) and stripped[-1] in st.question_marks
            head = body[:_TURN_CHARS]
            matched = None
            if (needs is None or needs.search(head)) and (any_turn is None or any_turn.search(head)):
                matched = next((k for k, pattern in turn_res.items() if pattern.search(head)), None)
            if matched == "comment":
                in_comments = True
                turn = "comment"
            elif matched is not None:
                turn, turn_par = matched, sent.paragraph
            elif turn in ("question", "answer") and sent.paragraph != turn_par:
                turn = "comment" if in_comments else None
            heading = matched == "comment" or (
                # most sentences end in a sentence ender and so are no heading
                bool(stripped)
                and stripped[-1] not in st.sentence_enders
                and self._heading(sent.start, sent.end, stripped, markers)
            )
            key = (question, heading, turn)
            item = shared.get(key)
            if item is None:
                item = shared[key] = SentenceInfo(question, heading, turn)
            info.append(item)
        return info

    def _heading(self, start: int, end: int, stripped: str, markers: list[regex.Pattern[str]]) -> bool:
        text, st = self.text, self.structure
        if not stripped or stripped[-1] in st.sentence_enders:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line_end = len(text) if line_end < 0 else line_end
        if text[line_start:start].strip() or text[end:line_end].strip():
            return False
        if any(m.search(stripped) for m in markers):
            return True
        return len(stripped) <= st.heading_chars and not any(c in stripped for c in st.heading_breakers)

    # -- modifiers ----------------------------------------------------------------------------
    def test(self, spec: ModifierSpec, lang: str) -> Callable[[int, int, int], bool]:
        """A predicate ``(start, end, sentence index) → bool``: whether ``spec`` applies to the finding
        at ``[start, end)`` in that sentence. The lookups it needs are bound once, here."""
        kind = spec.kind
        info = self.info
        if kind is ModifierKind.BOILERPLATE:
            chrome = [s.boilerplate for s in self.sentences]
            return lambda start, end, i: chrome[i] if chrome else False
        if kind is ModifierKind.HEADING:
            return lambda start, end, i: info[i].heading
        if kind is ModifierKind.QUESTION:
            return lambda start, end, i: info[i].question
        if kind is ModifierKind.TURN:
            turn = spec.turn
            return lambda start, end, i: info[i].turn == turn
        if kind is ModifierKind.TITLE:
            titles = self.titles
            return lambda start, end, i: titles.covering(start, end) is not None
        if kind is ModifierKind.QUOTE:
            if spec.quotes == "any":
                quotes = self.quotes
                return lambda start, end, i: quotes.covering(start, end) is not None
            reported, reported_from = self.reported, self.reported_from
            return lambda start, end, i: (
                reported.covering(start, end) is not None or start >= reported_from.get(i, 1 << 62)
            )
        if kind is ModifierKind.SOURCED:
            return lambda start, end, i: i in self.sourced
        return self._cue_test(spec, lang)

    def _clause_bounds(self, start: int, end: int) -> tuple[int, int]:
        """Start of the clause at ``start`` and end of the clause at ``end - 1`` (the last answer is kept)."""
        if start != self._bounds_start or end != self._bounds_end:
            marks = self.clause_marks  # as clause(start)[0], clause(max(start, end - 1))[1]
            i = bisect_right(marks, start - 1) - 1
            j = bisect_left(marks, max(start, end - 1))
            self._bounds = (marks[i] + 1 if i >= 0 else 0, marks[j] if j < len(marks) else len(self.text))
            self._bounds_start, self._bounds_end = start, end
        return self._bounds

    def _cue_test(self, spec: ModifierSpec, lang: str) -> Callable[[int, int, int], bool]:
        cues = self.cues.get(spec.cues or "")
        if cues is None:
            return lambda start, end, i: False
        spans, starts = cues.spans, cues.starts
        sentences = self.sentences
        by_sentence = spec.scope is Scope.SENTENCE
        clause_bounds = self._clause_bounds
        window = spec.window.get(lang)
        pseudo = self.cues.get(spec.pseudo or "")
        either = spec.direction is Direction.EITHER
        backward = spec.direction is Direction.BACKWARD
        forward = spec.direction is Direction.FORWARD
        inside = self._inside
        # how far before a finding a cue that may count can start: its end is within the window
        reach = None if window is None else window + max((e - s for s, e in spans), default=0)

        def test(start: int, end: int, i: int) -> bool:
            if by_sentence:
                sent = sentences[i]
                lo, hi = sent.start, sent.end
            else:
                lo, hi = clause_bounds(start, end)
            # the starts of the cues that may count: none after the finding's start looking back,
            # none before it looking forward, and within the window's reach if there is one
            first_from = max(lo, start) if forward else lo if reach is None else max(lo, start - reach)
            last_before = min(hi, start) if backward else hi if window is None else min(hi, end + window + 1)
            first = bisect_left(starts, first_from)
            if first == len(starts) or starts[first] >= last_before:
                return False
            for s, e in spans[first : bisect_left(starts, last_before, first)]:
                if e > hi:
                    continue
                if start <= s and e <= end:
                    # part of the finding's own words; a word strictly inside counts only for modifiers
                    # that look both ways (a hedge inside "will probably rise")
                    if either and start < s and e < end and not (pseudo is not None and inside(pseudo, s, e)):
                        return True
                    continue
                before = s < start
                if (backward and not before) or (forward and before):
                    continue
                gap = max(0, start - e) if before else max(0, s - end)
                if window is not None and gap > window:
                    continue
                if pseudo is not None and inside(pseudo, s, e):
                    continue
                return True
            return False

        return test

    @staticmethod
    def _inside(spans: Positions, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e in spans.starting_in(max(0, start - 12), end))
