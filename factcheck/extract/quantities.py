"""Find quantities in a normalised text: value, kind, unit, qualifier, span.

The scan finds number cores (numeral runs, English number words, a few whole
words) with the grammar's patterns. For each core it reads the prefix
(currency sign, qualifier word) and the suffix (scale, unit, trailing
qualifier) with anchored patterns, and the compound forms around it (sub-units,
a unit and a half); then a second pass joins neighbours into one number
(4 thousand 3 hundred and 21) and into ranges (30%至35%, 4.5-4.75%, between X
and Y).
Offsets here are into the normalised text; :mod:`factcheck.extract.document`
maps them to the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal, DivisionByZero, InvalidOperation

import regex

from ..models.quantity import Qualifier, QuantityKind
from .grammar import QuantityGrammar
from .numerals import ParsedNumber, parse_arabic, parse_cjk, parse_english

__all__ = ["ISLAND_GAP", "Intervals", "QuantityMention", "latin_islands", "scan_quantities"]

_K = QuantityKind
_HAN = regex.compile(r"\p{Han}")
_SLASH = regex.compile(r"\s*[/／]\s*")
_RATIO_SPLIT = regex.compile(r"\s*(?:[:：]|比)\s*")
_DOLLAR_HEAD = regex.compile(r"[\s.$]")
_LATIN_NEAR = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-+(/&.#")
_ARABIC_CHARS = frozenset("0123456789.,")
_LIST_AFTER = regex.compile(r"[ \t]*[)）、.．]")
_LIST_AFTER_FIRST = frozenset(" \t)）、.．")
_SPACES = frozenset(" \u00a0\u202f")
_WORD_SPLIT = regex.compile(r"[\s\-]+")
_LATIN_WORD = regex.compile(r"[A-Za-z]+")
_WORD_BEFORE = regex.compile(r"[A-Za-z]+\Z")
ISLAND_GAP = 4


def latin_islands(text: str) -> list[tuple[int, int]]:
    """Stretches of ``text`` holding Latin words (neighbours within a few characters merged)."""
    out: list[tuple[int, int]] = []
    for m in _LATIN_WORD.finditer(text):
        s, e = m.span()
        if out and s - out[-1][1] <= ISLAND_GAP:
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return [(max(0, s - ISLAND_GAP), min(len(text), e + ISLAND_GAP)) for s, e in out]


_ARABIC_ONLY = re.compile(r"-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?")


def _parse_run(raw: str, g: QuantityGrammar) -> ParsedNumber | None:
    """Parse a numeral run; plain Arabic numbers take a fast path (digits alone, the fastest)."""
    if raw.isascii():
        if raw.isdigit():
            return ParsedNumber(Decimal(raw))
        if _ARABIC_ONLY.fullmatch(raw):
            value = parse_arabic(raw)
            return ParsedNumber(value) if value is not None else None
    return parse_cjk(raw, g.cjk)


_NEXT_WORD = regex.compile(r"[ \t]+([A-Za-z]+)")
_OF_NEXT = regex.compile(r"[ \t]+(?i:of)\b")
_WORD_NEXT = regex.compile(r"[ \t]+[A-Za-z]{3}")
_RANGE_FIRST = frozenset("至到-~～ \t")
_RANGE_NEXT = regex.compile(r"[ \t]*(?:至|到|-|~|～)[ \t]*")
_CLOCK_CONTEXT = 15
_LIST_REACH = 3000  # how far a numbered paragraph's neighbours are looked for
_FRACTION_PLACES = Decimal("1E-12")
_UNIT_GROUPS = (
    "pp",
    "bp",
    "pct",
    "pm",
    "mult",
    "tenth",
    "disc",
    "cur",
    "amb",
    "meas",
    "sdur",
    "dur",
    "smeas",
    "cls",
    "hnoun",
    "enword",
)


@dataclass(frozen=True, slots=True)
class QuantityMention:
    """A quantity found in the normalised text (offsets into it)."""

    start: int
    end: int
    kind: QuantityKind
    value: Decimal
    unit: str | None = None
    qualifier: Qualifier = Qualifier.EXACT
    low: Decimal | None = None
    high: Decimal | None = None
    precision: Decimal | None = None
    scale: Decimal | None = None  # a trailing magnitude a range's low end may share (5至10万)
    core_start: int = 0
    core_end: int = 0
    generic_unit: bool = False  # the currency came from a generic word (元), not a named currency
    unit_before: bool = False  # the unit was written before the number ($1.2, 百分之四点二五)


class Intervals:
    """Sorted, non-nested ``[start, end)`` intervals with overlap and containment queries."""

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(merged[-1][1], e))
            else:
                merged.append((s, e))
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` shares a character with an interval."""
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start

    def contains(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies inside one interval."""
        i = bisect_right(self._starts, start) - 1
        return i >= 0 and self._ends[i] >= end


def _precision(value: Decimal) -> Decimal | None:
    exp = value.as_tuple().exponent
    if not isinstance(exp, int):
        return None
    return Decimal(1).scaleb(exp)


_han_chars: dict[str, bool] = {}


def _is_han(ch: str) -> bool:
    """Whether ``ch`` is a Han character (memoised: the same few thousand characters recur)."""
    known = _han_chars.get(ch)
    if known is None:
        known = _han_chars[ch] = bool(ch) and _HAN.match(ch) is not None
    return known


class _Scanner:
    """One scan of one text (holds the per-text state)."""

    def __init__(
        self,
        g: QuantityGrammar,
        text: str,
        blocked: Intervals,
        lang: str,
        islands: list[tuple[int, int]] | None = None,
    ) -> None:
        self.g = g
        self.text = text
        self.islands = latin_islands(text) if islands is None else islands
        self.lang = lang
        self.blocked = blocked
        self._suffix_cache: dict[int, re.Match[str] | None] = {}
        self._last_end = 0  # end of the last mention: words before it are not this figure's
        self._paragraph_numbers: tuple[list[int], list[int]] | None = None
        chars = g.not_numbers_chars
        self._near = (chars["han"], chars["digits"], chars["latin"])
        self._special_after = (
            g.core_triggers["fraction"] | g.core_triggers["ratio"] | _SPACES | {"/", "／", "^"}
        )

    # ----------------------------------------------------------- cores
    def _cores(self) -> list[tuple[int, int, str, regex.Match[str]]]:
        """Number cores in text order: numeral runs, English number words, 半, multiple words."""
        g, text = self.g, self.text
        found = [(m.start(), m.end(), "run", m) for m in g.run_rx.finditer(text)]
        for ws, we in self.islands:
            found += [(m.start(), m.end(), "en", m) for m in g.en_rx.finditer(text, ws, we)]
            found += [(m.start(), m.end(), "mword", m) for m in g.mword_rx.finditer(text, ws, we)]
            if g.point_fraction_rx is not None:
                found += [
                    (m.start(), m.end(), "fpoint", m) for m in g.point_fraction_rx.finditer(text, ws, we)
                ]
        if "半" in text:
            found += [(m.start(), m.end(), "half", m) for m in g.half_rx.finditer(text)]
        if g.point_fraction_han_rx is not None and any(w in text for w in g.point_fraction_han_words):
            found += [(m.start(), m.end(), "fpoint", m) for m in g.point_fraction_han_rx.finditer(text)]
        if any(
            w[:1] in text for w in g.multiple_words if not w.isascii()
        ):  # Latin ones: in the islands above
            found += [(m.start(), m.end(), "mword", m) for m in g.mword_han_rx.finditer(text)]
        found.sort(key=lambda item: (item[0], -item[1]))
        return found

    def run(self) -> list[QuantityMention]:
        out: list[QuantityMention] = []
        text = self.text
        last_end = 0
        for s, e, kind, m in self._cores():
            if s < last_end and kind == "en" and last_end == self._last_end < e:
                # 3 hundred and one: "hundred and one" starts in the figure before; the rest is read
                found = self.g.en_rx.search(text, last_end, e)
                if found is None:
                    continue
                s, e, m = found.start(), found.end(), found
            elif s < last_end:
                continue
            last_end = e
            while e > s and text[e - 1] in " \t":
                e -= 1
            if e <= s or self.blocked.overlaps(s, e):
                continue
            cut = self._word_after(s, e)
            if cut is not None:  # 1267万一路滑落: 一 starts the word 一路, it adds no thousand
                e = cut
            mention = self._mention(kind, m, s, e)
            if mention is not None and mention.kind == _K.CURRENCY:
                mention = self._with_subunits(mention)
            if mention is not None and not self._excluded(mention.core_start, mention.core_end):
                out.append(mention)
                last_end = max(last_end, mention.end)
                self._last_end = mention.end
        return _join_ranges(self.g, text, _join_scaled(self.g, text, out))

    def _word_after(self, s: int, e: int) -> int | None:
        """Where a word that is no figure (一路, 一些) begins right after a magnitude (万, 千) at the
        end of a Han numeral run and reaches past it."""
        pattern = self.g.not_numbers_han
        if pattern is None or self.text[s:e].isascii():
            return None
        for m in pattern.finditer(self.text, max(s + 1, e - 2), min(len(self.text), e + 8), overlapped=True):
            before = self.text[m.start() - 1]
            if s < m.start() < e < m.end() and (
                before in self.g.cjk.large_units or before in self.g.cjk.small_units
            ):
                return m.start()
        return None

    def _excluded(self, s: int, e: int) -> bool:
        """Inside a word that is not a figure (一些, GPT-4.5, 标普500), or list numbering (一、 2) )."""
        g, text = self.g, self.text
        before = text[s - 1] if s else ""
        if before == " " and s >= 2:
            before = text[s - 2]  # iPhone 15, 标普 500
        after = text[e] if e < len(text) else ""
        core = text[s:e]
        near_han, near_digits, _ = self._near
        if not core.isascii():
            if (before in near_han or after in near_han or e - s > 1) and self._covered(
                g.not_numbers_han, 8, s, e
            ):
                return True
            if (before in near_digits or after in near_digits) and self._covered(
                g.not_numbers_digits, 8, s, e
            ):
                return True
        elif (before in near_digits or after in near_digits) and self._covered(
            g.not_numbers_digits, 12, s, e
        ):
            return True
        # An Arabic number (3, 36.2, 1,234) is inside a name or code only when a letter or
        # a sign touches it; a word number (one, ten) can be one by itself.
        if (
            before in _LATIN_NEAR
            or after in _LATIN_NEAR
            or (core.isascii() and not _ARABIC_CHARS.issuperset(core))
        ) and self._covered(g.not_numbers_latin, 20, s, e):
            return True
        if g.list_marker is not None and after in _LIST_AFTER_FIRST and _LIST_AFTER.match(text, e):
            for m in g.list_marker.finditer(text, max(0, s - 4), min(len(text), e + 3)):
                if m.start() <= s < m.end():  # 1) opens the figure; 23:1) ends with one
                    return True
        if after in " \t" and core.isdigit() and _line_start(text, s):
            return self._numbered_paragraph(s, int(core))
        return False

    def _numbered_paragraph(self, s: int, n: int) -> bool:
        """A paragraph opened by ``n`` and a space, with one opened by n-1 or n+1 near it: a list."""
        pattern = self.g.numbered_paragraph
        if pattern is None or not pattern.match(self.text, self.text.rfind("\n", 0, s) + 1):
            return False
        if self._paragraph_numbers is None:  # found once per text, on the first candidate
            found = [(m.start(), int(m.group().strip())) for m in pattern.finditer(self.text)]
            self._paragraph_numbers = ([p for p, _ in found], [v for _, v in found])
        starts, numbers = self._paragraph_numbers
        lo = bisect_right(starts, s - _LIST_REACH)
        hi = bisect_right(starts, s + _LIST_REACH)
        return any(abs(v - n) == 1 for v in numbers[lo:hi])

    def _covered(self, pattern: regex.Pattern[str] | None, reach: int, s: int, e: int) -> bool:
        """A match of ``pattern`` near ``[s, e)`` covers it."""
        if pattern is None:
            return False
        for m in pattern.finditer(self.text, max(0, s - reach), min(len(self.text), e + reach)):
            if m.start() <= s and e <= m.end():
                return True
        return False

    def _mention(self, kind: str, m: regex.Match[str], s: int, e: int) -> QuantityMention | None:
        g, text = self.g, self.text
        if kind == "half":
            found = self._with_context(ParsedNumber(g.half_value), s, e, from_words=False)
            # 半码 with no word of moving a rate before it (半码布) is no figure
            return None if found is not None and found.kind == _K.NUMBER else found
        if kind == "fpoint":  # a quarter point: percentage points
            value = g.lookup_ci(g.point_fractions, m.group("pfrac"))
            return self._qualify(
                self._finish(s, e, _K.PERCENTAGE_POINT, value, "percentage_point", s, e)  # type: ignore[arg-type]
            )
        if kind == "mword":
            value = g.lookup_ci(g.multiple_words, m.group())
            return self._qualify(self._finish(s, e, _K.MULTIPLE, value, None, s, e))  # type: ignore[arg-type]
        if kind == "en":
            words = [w for w in _WORD_SPLIT.split(text[s:e].lower()) if w]
            parsed = parse_english(words, g.english)
            return None if parsed is None else self._with_context(parsed, s, e, from_words=True)
        if ((e < len(text) and text[e] == ":") or (s and text[s - 1] == ":")) and self._clock(s, e):
            return None  # a time of day
        special = self._special(s, e)
        if special is not None:
            return special
        if e - s == 1 and not text[s].isascii() and self._lone_word(s, e):
            return None
        e = self._give_back_unit(s, e)
        if text[e - 1] in g.numeral_units:
            e = self._give_back_numeral_unit(s, e)
        raw = text[s:e].rstrip()
        parsed = _parse_run(raw, g)
        if parsed is None and e - s == 1:  # 近千家, 万倍: a magnitude alone is one of it
            unit = g.cjk.small_units.get(raw) or g.cjk.large_units.get(raw)
            parsed = ParsedNumber(Decimal(1).scaleb(int(Decimal(unit).log10()))) if unit else None
        if parsed is None or not self._acceptable_run(raw, parsed, s, e):
            return None
        mention = self._with_context(parsed, s, e, from_words=False)
        if (
            mention is not None
            and parsed.high is not None
            and parsed.value
            and mention.qualifier in (Qualifier.EXACT, Qualifier.APPROX)  # 超过三四个: more than 3
        ):
            high = mention.value * parsed.high / parsed.value  # 三四个月: the unit scales both ends
            mention = replace(mention, qualifier=Qualifier.RANGE, low=mention.value, high=high)
        return mention

    def _article(self, s: int, e: int) -> bool:
        """The numeral is an article (一 in 一个, 一场), not part of a larger number nor counted
        (只有一家)."""
        if self.text[s:e].strip() not in self.g.article_numerals:
            return False
        return self.g.article_counted_after.search(self.text, max(0, s - 6), s) is None

    def _weak_figure(self, s: int, e: int) -> bool:
        """A numeral that is a word alone (万, 千, 零) is a figure after a qualifier with a unit after
        it (近千家, 超万人, 接近零: zero needs none), or before a multiple (万倍, 百倍)."""
        g, text = self.g, self.text
        ch = text[s]
        tails = g.unit_leads.get(ch)
        if tails and any(text.startswith(tail, e) for tail in tails):
            return False  # 千米, 千克: a unit, with no number
        if ch not in g.cjk.small_units and ch not in g.cjk.large_units and ch not in g.cjk.zero_chars:
            return False
        m = self._suffix(e)
        if ch not in g.cjk.zero_chars and m is not None and m.group("mult"):
            return True
        if self._qualifier_prefix(s) is None:
            return False
        if ch in g.cjk.zero_chars:
            return m is None or not any(m.groupdict().values())
        return m is not None and any(
            m.group(k) for k in ("pct", "cur", "meas", "sdur", "dur", "cls", "hnoun")
        )

    def _clock(self, s: int, e: int) -> bool:
        """The run is part of a time of day (00:06, 17:38) with no ratio word before it."""
        g, text = self.g, self.text
        if g.time_of_day is None:
            return False
        for m in g.time_of_day.finditer(text, max(0, s - 6), min(len(text), e + 6)):
            if m.start() <= s and e <= m.end():
                return g.ratio_context.search(text, max(0, m.start() - _CLOCK_CONTEXT), m.start()) is None
        return False

    def _lone_word(self, s: int, e: int) -> bool:
        """A lone numeral character inside a word (一些, 统一): nothing a figure could follow."""
        text = self.text
        if text[s] in self.g.weak_standalone:
            return not self._weak_figure(s, e)
        before = text[s - 1] if s else ""
        after = text[e] if e < len(text) else ""
        if not (_is_han(before) or _is_han(after)):
            return False
        if self._mixed_whole(e):
            return False  # 三又三分之一: the whole part of a mixed fraction
        return (
            after not in self.g.suffix_first_chars and after not in _RANGE_FIRST and after not in "分之/:比"
        )

    def _mixed_whole(self, e: int) -> bool:
        """A joiner and a fraction follow the numeral ending at ``e`` (三又三分之一)."""
        mixed = self.g.mixed_fraction_next
        return mixed is not None and mixed.match(self.text, e) is not None

    def _special(self, s: int, e: int) -> QuantityMention | None:
        """Forms decided by what surrounds a run: 百分之五, 三分之二, 1/4, 20:1, 1 234 567."""
        g, text = self.g, self.text
        if s >= 3 and "之" in text[max(0, s - 3) : s]:
            for pm in g.pof_rx.finditer(text, max(0, s - 8), min(len(text), e + 8)):
                if pm.start("pofn") == s:
                    return self._percent_of(pm)
        after = text[e : e + 3]
        if self._special_after.isdisjoint(after):
            return None  # nothing after the run calls for a special form (the common case)
        if not g.core_triggers["fraction"].isdisjoint(after):
            fm = g.frac_rx.match(text, s)
            if fm is not None:
                den = fm.group("fden").replace(" ", "")
                if len(den) > 1 and all(c in g.percent_of for c in den):  # 百万分之五: parts per million
                    pm = g.pof_rx.match(text, s)
                    if pm is not None:
                        return self._percent_of(pm)
                return self._fraction_cjk(fm)
        if after[:1] in "/／" or after[1:2] in "/／":
            am = g.afrac_rx.match(text, s)
            if am is not None:
                return self._fraction_arabic(am)
        pw = g.power.match(text, e) if "^" in after else None
        if pw is not None:
            return self._power(s, e, pw)
        if not g.core_triggers["ratio"].isdisjoint(after[:2]):
            rm = g.ratio_rx.match(text, s)
            if rm is not None:
                return self._ratio(rm)
        if after[:1] in _SPACES and text[s:e].isdigit() and e - s <= 3:
            sm = g.spaced_rx.match(text, s)
            if sm is not None and sm.end() > e:
                value = parse_arabic(sm.group())
                if value is not None:
                    return self._with_context(ParsedNumber(value), s, sm.end(), from_words=False)
        return None

    def _give_back_unit(self, s: int, e: int) -> int:
        """兆瓦, 千米: the last numeral character starts the unit, so the run ends before it."""
        tails = self.g.unit_leads.get(self.text[e - 1])
        if tails and e - 1 > s and any(self.text.startswith(tail, e) for tail in tails):
            return e - 1
        return e

    def _give_back_numeral_unit(self, s: int, e: int) -> int:
        """三十两, 1234两, 两万两: 两 after a number is the tael, for 两 is never a units digit (32 is
        三十二, 22,000 两万二); the run ends before it. Not when 两 counts what follows (2024两会,
        3两个), in pairs (两两), nor in an approximation (一两个 one or two, 三两天 a couple of days)."""
        text, g = self.text, self.g
        before = text[e - 2] if e - 2 >= s else ""
        if not before or before in " \t" or before == text[e - 1] or before in g.cjk.decimal_marks:
            return e  # 两两 in pairs; 两百点两 is 200.2
        if e < len(text) and text[e] in g.numeral_unit_not_before:
            return e
        if self._has_unit_after(e):
            return e
        parsed = _parse_run(text[s:e], g)
        if parsed is not None and parsed.high is not None:
            return e
        return e - 1

    def _acceptable_run(self, raw: str, parsed: ParsedNumber, s: int, e: int) -> bool:
        """Reject ordinals and lone characters that are words, not numbers (一些, 四川 are caught earlier)."""
        body = raw.strip()
        if self._prefix(s, "ordinal", self.g.ordinal_prefix) is not None:
            return False
        if (
            e < len(self.text)
            and self.text[e].isascii()
            and self.text[e].isalpha()
            and self.g.ordinal_suffix.match(self.text, e)
        ):
            return False
        if len(body) == 1 and _is_han(body):
            if body in self.g.weak_standalone:
                return self._weak_figure(s, e)
            before = self.text[s - 1] if s else ""
            after = self.text[e] if e < len(self.text) else ""
            if not (_is_han(before) or _is_han(after)):
                return True
            nxt = _RANGE_NEXT.match(self.text, e)
            if nxt is not None and self.g.run_rx.match(self.text, nxt.end()):
                return True
            if self._mixed_whole(e):
                return True  # 三又三分之一: the whole part of a mixed fraction
            return self._has_unit_after(e)
        if parsed.high is not None:
            return self._has_unit_after(e)  # 三四个 counts; 十四五 (a five-year plan) names
        if parsed.positional and parsed.has_cjk and len(body) == 2:
            return self._has_unit_after(e)
        return True

    def _suffix(self, e: int) -> re.Match[str] | None:
        if e in self._suffix_cache:
            return self._suffix_cache[e]
        text, j = self.text, e
        while j < len(text) and text[j] in " \t":
            j += 1
        found = (
            self.g.suffix.match(text, e) if j < len(text) and text[j] in self.g.suffix_first_chars else None
        )
        self._suffix_cache[e] = found
        return found

    def _prefix(
        self, s: int, kind: str, pattern: regex.Pattern[str], span: int = 24
    ) -> regex.Match[str] | None:
        """A prefix word right before ``s`` (after spaces), found only when its last character fits."""
        text = self.text
        j = s - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        if j < 0 or text[j] not in self.g.prefix_chars[kind]:
            return None
        return pattern.search(text, max(0, s - span), s)

    def _qualifier_prefix(self, s: int) -> regex.Match[str] | None:
        """A qualifier word before ``s`` (约, 超过), unless the character before makes it another word
        (通过, 经过: not "over")."""
        g = self.g
        qm = self._prefix(s, "qualifier", g.qualifier_prefix)
        while qm is not None and qm.start() > 0:
            word = qm.group("qp").strip()
            before = g.qualifier_not_after_word.get(word.lower())
            if self.text[qm.start() - 1] not in g.qualifier_not_after.get(word, ()) and (
                before is None or not before.search(self.text, max(0, qm.start() - 24), qm.start())
            ):
                return qm
            # 扩大约两成: 大约 is no qualifier after 扩, but the 约 inside it is
            qm = g.qualifier_prefix.search(self.text, qm.start() + 1, s) if len(word) > 1 else None
        return qm

    def _currency(self, table: dict[str, str], surface: str) -> str | None:
        """The currency a surface names, preferring the text's language where it matters (¥)."""
        key = " ".join(surface.split())
        by_lang = self.g.currency_by_lang.get(key) or self.g.currency_by_lang.get(key.lower())
        if by_lang and self.lang in by_lang:
            return by_lang[self.lang]
        return self.g.lookup_ci(table, surface)  # type: ignore[return-value]

    def _clause_start(self, pos: int) -> int:
        """Where the clause holding ``pos`` begins (up to 30 characters back)."""
        lo, text, ends = max(0, pos - 30), self.text, self.g.clause_ends
        at = pos
        while at > lo and not (
            text[at - 1] in ends and not (text[at - 1] == "." and text[at - 2 : at - 1].isdigit())
        ):
            at -= 1  # a point after a digit (3.5) is a decimal point, no end
        return at

    def _has_unit_after(self, e: int) -> bool:
        if self.g.rate_step is not None and self.g.rate_step.match(self.text, e):
            return True  # 降息两码 (read as a step only after a word of moving a rate)
        m = self._suffix(e)
        if m is None:
            return False
        if m.group("cur") and m.group("cur") in self.g.digit_only_currency:
            return False  # 长三角: a numeral character (the caller's) before 角 is no amount
        return any(
            m.group(k)
            for k in ("pp", "bp", "pct", "mult", "tenth", "disc", "cur", "meas", "sdur", "dur", "cls")
        )

    # ----------------------------------------------------------- context
    def _with_context(
        self, parsed: ParsedNumber, s: int, e: int, *, from_words: bool
    ) -> QuantityMention | None:
        g, text = self.g, self.text
        value = parsed.value
        qualifier = parsed.qualifier
        start = s
        cur_prefix: str | None = None
        pm = self._prefix(s, "currency", g.currency_prefix, 12)
        if pm is not None and pm.start() < self._last_end:
            pm = None  # 10日元5: the word belongs to the figure before
        if pm is not None:
            surface = pm.group("cp")
            cur_prefix = self._currency(g.currency_prefix_units, surface)
            if cur_prefix is None and surface.endswith("$"):
                cur_prefix = _dollar_prefix(surface)
            start = pm.start()
        sm = self._suffix(e)
        end = e
        kind = _K.NUMBER
        unit: str | None = None
        scale: Decimal | None = parsed.scale
        generic = False
        if parsed.fraction:
            kind = _K.FRACTION
        if sm is not None:
            if sm.group("infix"):
                q = g.lookup_ci(g.qualifier_suffix_words, sm.group("infix").strip())
                qualifier = q or qualifier  # type: ignore[assignment]
                end = sm.end("infix")
            if sm.group("scale"):
                word = sm.group("scale")
                factor = g.lookup_ci(g.scales, word)
                if factor is None and (cur_prefix is not None or self._counted_word_after(sm.end("scale"))):
                    factor = g.currency_only_scales.get(word)
                if factor is None and word in g.measure_units:  # 1.8m tall: metres, not millions
                    name, unit_factor = g.measure_units[word]
                    mention = self._finish(
                        start if pm is None else s,
                        sm.end("scale"),
                        _K.MEASURE,
                        value * unit_factor,
                        name,
                        s,
                        e,
                        qualifier=qualifier,
                    )
                    return mention
                if factor is not None:
                    scale = factor  # type: ignore[assignment]
                    value = value * factor  # type: ignore[operator]
                    end = sm.end("scale")
            unit_factor = Decimal(1)
            before_unit = value
            kind, unit, value, end, unit_factor, generic = self._unit(sm, kind, value, end, cur_prefix, scale)
            if (
                kind in _HALF_UNITS
                and scale is None
                and before_unit
                and before_unit == before_unit.to_integral_value()
            ):
                hm = g.half_after_unit.match(text, end)
                if hm is not None:  # 三吨半, 两年半: and a half of the unit
                    value, end = value + value / before_unit * g.half_value, hm.end()
            if unit_factor != 1:
                scale = unit_factor if scale is None else scale * unit_factor
            if sm.group("sdur"):  # 两个多月
                qualifier = g.cjk.approx_infixes.get(g.split_durations[sm.group("sdur")][1], qualifier)
            if sm.group("qs"):
                q = g.lookup_ci(g.qualifier_suffix_words, sm.group("qs").strip())
                if q is not None and not (q == Qualifier.MORE_THAN and qualifier is not None):
                    qualifier = q  # type: ignore[assignment]
                    end = sm.end("qs")
        if kind == _K.NUMBER and cur_prefix is None and end < len(text) and text[end] in " \t([{<（":
            bm = g.bracketed_unit.match(text, end)
            if bm is not None and bm.group("open") + bm.group("close") in g.unit_brackets:  # 20 (kg)
                name, factor = g.lookup_ci(g.measure_units, bm.group("meas"))  # type: ignore[misc]
                kind, unit, value, end = _K.MEASURE, name, value * factor, bm.end()
        if cur_prefix is not None and kind == _K.COUNT and sm is not None and sm.group("enword"):
            kind, unit, end = _K.CURRENCY, cur_prefix, sm.start("enword")  # $800 rebates
            while end > e and text[end - 1] in " \t":
                end -= 1
        if cur_prefix is not None and kind == _K.NUMBER:
            kind, unit = _K.CURRENCY, cur_prefix
        elif cur_prefix is not None and kind == _K.CURRENCY and (generic or unit == cur_prefix):
            unit, generic = cur_prefix, False  # 新台币1.2万亿元: the named currency decides
        elif pm is not None:
            start = s  # 每美元140日圆: the word before is not this figure's currency
        nm = self._prefix(start, "negative", g.negative_prefix, 10)
        if nm is None and pm is not None and start <= pm.start():
            nm = g.negative_sign.search(text, max(0, start - 2), start)  # -$70.3bn
        if nm is not None and value > 0:
            value, start = -value, nm.start()
        qm = self._qualifier_prefix(start)
        if qm is not None and kind is not None:
            q = g.lookup_ci(g.qualifier_prefix_words, qm.group("qp").strip())
            if q is not None:
                if q != Qualifier.EXACT:
                    qualifier = q  # type: ignore[assignment]
                start = qm.start()
        if from_words and kind == _K.NUMBER and scale is None and not _word_number_ok(text[s:e]):
            return None
        if (
            kind == _K.COUNT
            and qm is None
            and sm is not None
            and sm.group("cls")
            and sm.group("cls") not in g.group_classifiers  # 一打 is twelve
            and self._article(s, e)
        ):
            return None  # 一个漫长的过程, 另一场危机: the indefinite article
        lone_fraction = (
            parsed.fraction and qm is None and " " not in text[s:e].strip() and "-" not in text[s:e]
        )
        if lone_fraction and not _OF_NEXT.match(text, e):
            return None  # "the quarter", "half" alone: not a fraction of anything
        if kind == _K.NUMBER and unit is None and g.rate_step is not None:
            step = g.rate_step.match(text, end)
            if step is not None and g.rate_step_after.search(text, max(0, start - 6), start):  # type: ignore[union-attr]
                kind, unit, end = _K.PERCENTAGE_POINT, "percentage_point", step.end()
                size = g.rate_steps[step.group()]
                hm = g.half_after_unit.match(text, end) if value == value.to_integral_value() else None
                if hm is not None:  # 3码半, 一厘半: and half a step
                    value, end = value + g.half_value, hm.end()
                value = value * size
        if kind == _K.NUMBER and unit is None and g.rate_level is not None:
            level = g.rate_level.match(text, end)
            clause = self._clause_start(start)
            if level is not None and g.rate_level_context.search(text, clause, start):  # type: ignore[union-attr]
                kind, unit, end = _K.PERCENT, "percent", level.end()
                value = value * g.rate_levels[level.group()]
        mention = self._finish(start, end, kind, value, unit, s, e, qualifier=qualifier, scale=scale)
        if generic or (pm is not None and start <= pm.start()):
            mention = replace(
                mention, generic_unit=generic, unit_before=pm is not None and start <= pm.start()
            )
        return mention

    def _unit(
        self,
        sm: re.Match[str],
        kind: QuantityKind,
        value: Decimal,
        end: int,
        cur_prefix: str | None,
        scale: Decimal | None,
    ) -> tuple[QuantityKind, str | None, Decimal, int, Decimal, bool]:
        """Kind, unit, value, end, the factor the unit applied, and whether the currency word is generic."""
        g = self.g
        one = Decimal(1)
        groups = sm.groupdict()
        group = next((k for k in _UNIT_GROUPS if groups[k]), None)
        if group is None:
            return kind, None, value, end, one, False
        surface = sm.group(group)
        stop = sm.end(group)
        if group == "pp":
            return _K.PERCENTAGE_POINT, "percentage_point", value, stop, one, False
        if group == "bp":
            return _K.BASIS_POINT, "basis_point", value, stop, one, False
        if group == "pct":
            return _K.PERCENT, "percent", value, stop, one, False
        if group == "pm":
            return _K.PERCENT, "percent", value.scaleb(-1), stop, one, False
        if group == "mult":
            return _K.MULTIPLE, None, value, stop, one, False
        if group == "tenth":
            extra = sm.group("tenthx")
            tenths = value.scaleb(1)
            if extra == "半":
                tenths += 5
            elif extra:
                digit = g.cjk.digits.get(extra)
                tenths += Decimal(digit if digit is not None else int(extra))
            return _K.PERCENT, "percent", tenths, sm.end("tenthx") if extra else stop, Decimal(10), False
        if group == "disc":
            paid = value if value >= 10 else value.scaleb(1)
            return _K.PERCENT, "percent", paid, stop, one, False
        if group == "amb":
            money, weight = g.lookup_ci(g.ambiguous_currency, surface)  # type: ignore[misc]
            if scale is not None or cur_prefix is not None:
                return _K.CURRENCY, money, value, stop, one, False
            return _K.MEASURE, weight, value, stop, one, False
        if group == "cur":
            if surface in g.digit_only_currency and not self.text[: sm.start(group)].rstrip()[-1:].isdigit():
                return kind, None, value, end, one, False  # 长三角, 三角形: no money after a numeral word
            code = self._currency(g.currency_suffix_units, surface)
            generic = " ".join(surface.split()) in g.generic_currency or surface.lower() in g.generic_currency
            return _K.CURRENCY, code, value, stop, one, generic
        if group == "smeas":
            if scale is None:
                return kind, None, value, end, one, False
            name, factor = g.lookup_ci(g.scaled_measures, surface)  # type: ignore[misc]
            return _K.MEASURE, name, value * factor, stop, one, False
        if group == "sdur":  # 七个半月: 7.5 months; 两个多月: qualified by the caller
            word, infix = g.split_durations[surface]
            name, factor = g.duration_units[word]
            if infix not in g.cjk.approx_infixes:  # 半
                value = value + g.half_value
            return _K.DURATION, name, value * factor, stop, one, False
        if group in ("meas", "dur"):
            table = g.measure_units if group == "meas" else g.duration_units
            name, factor = g.lookup_ci(table, surface)  # type: ignore[misc]
            return _K.MEASURE if group == "meas" else _K.DURATION, name, value * factor, stop, one, False
        if group == "cls":
            if surface in g.group_classifiers:  # 五十打 = 600
                return _K.COUNT, surface, value * g.group_classifiers[surface], stop, one, False
            cm = g.counted_currency.match(self.text, stop)
            if cm is not None:  # 20个比特币: coins counted with a classifier are an amount
                return (
                    _K.CURRENCY,
                    self._currency(g.currency_suffix_units, cm.group()),
                    value,
                    cm.end(),
                    one,
                    False,
                )
            noun = sm.group("noun") or ""  # only a noun the data knows (3家公司, not 两个强项)
            return _K.COUNT, surface + noun, value, sm.end("noun") if noun else stop, one, False
        if group == "hnoun":
            return _K.COUNT, surface, value, stop, one, False
        # an English word after the number: a counted noun, or not part of the quantity
        word = surface.lower()
        if word in g.count_nouns or (
            word.endswith("s")
            and len(word) > 3
            and word not in g.count_stopwords
            and word not in g.month_words
            and word not in g.english.words
        ):
            return _K.COUNT, word, value, stop, one, False
        return kind, None, value, end, one, False

    def _counted_word_after(self, pos: int) -> bool:
        """A unit, currency or plural noun follows ("1.2m barrels"): an abbreviated scale, not a unit."""
        m = _NEXT_WORD.match(self.text, pos)
        if m is None:
            return False
        word = m.group(1).lower()
        g = self.g
        return (
            word in g.count_nouns
            or word in g.currency_suffix_units
            or word in g.measure_units
            or (word.endswith("s") and len(word) > 3 and word not in g.count_stopwords)
        )

    # ----------------------------------------------------------- compound forms
    def _with_subunits(self, mention: QuantityMention) -> QuantityMention:
        """3美元50美分, 两美元又三美分, 五元三角二分, thirteen dollars and forty-five cents, 一块五."""
        g, text = self.g, self.text
        if mention.low is not None or mention.value != mention.value.to_integral_value():
            return mention
        value, end, last = mention.value, mention.end, None
        while True:
            m = g.subunit_tail.match(text, end)
            if m is None:
                break
            sub = g.lookup_ci(g.currency_subunits, m.group("sub"))
            number = self._number(m.group("num"))
            if (
                sub is None
                or number is None
                or sub[0] != mention.unit
                or (last is not None and sub[1] >= last)
            ):
                break
            value, end, last = value + number * sub[1], m.end(), sub[1]  # type: ignore[index]
        if last is None:  # 一块五: a lone digit after the currency word counts its tenths
            factor = g.bare_subunits.get(text[end - 1 : end])
            digit = text[end : end + 1]
            after = text[end + 1 : end + 2]
            if (
                factor is not None
                and digit
                and (digit.isdigit() or digit in g.han_digits)
                and not (
                    after.isdigit()
                    or after in g.han_digits
                    or after in g.cjk.small_units
                    or after in g.cjk.large_units
                )
            ):
                number = self._number(digit)
                if number is not None and 0 < number < 10:
                    value, end = value + number * factor, end + 1
        if end == mention.end:
            return mention
        return replace(mention, end=end, value=value, precision=_precision(value))

    def _number(self, raw: str) -> Decimal | None:
        """The value of a numeral run or of English number words."""
        parsed = _parse_run(raw, self.g)
        if parsed is None and raw.isascii():
            parsed = parse_english([w for w in _WORD_SPLIT.split(raw.lower()) if w], self.g.english)
        return None if parsed is None or parsed.high is not None else parsed.value

    def _power(self, s: int, e: int, m: regex.Match[str]) -> QuantityMention | None:
        """2^5, 1.1^23, -2.5^-1: the base's sign is kept outside the power."""
        base = parse_arabic(self.text[s:e].strip())
        exponent = parse_arabic(m.group("pexp"))
        if base is None or exponent is None or base == 0:
            return None
        if (m.group("psign").count("-") + m.group("psign").count("−")) % 2:
            exponent = -exponent
        try:
            value = (abs(base) ** exponent).normalize()
        except (InvalidOperation, ArithmeticError):
            return None
        value = -value if base < 0 else value
        return self._qualify(QuantityMention(s, m.end(), _K.NUMBER, value, core_start=s, core_end=m.end()))

    # ----------------------------------------------------------- special cores
    def _percent_of(self, m: regex.Match[str]) -> QuantityMention | None:
        s, e = m.span()
        body = m.group("pofn")
        parsed = parse_cjk(body, self.g.cjk)
        if parsed is None and body.strip() in self.g.cjk.small_units:
            parsed = ParsedNumber(Decimal(self.g.cjk.small_units[body.strip()]))
        if parsed is None:
            return None
        bases = [self.g.percent_of.get(c, "percent") for c in m.group("pof")]
        if bases == ["tenth"]:  # 十分之三 is a fraction, 3/10
            return self._qualify(
                self._finish(s, e, _K.FRACTION, _divide(parsed.value, Decimal(10)), None, s, e)
            )
        number = parsed.value
        sm = self._suffix(e)
        if sm is not None and sm.group("scale") and not sm.group("infix"):
            factor = self.g.lookup_ci(self.g.scales, sm.group("scale"))
            if factor is not None:  # 百分之15K
                number, e = number * factor, sm.end("scale")  # type: ignore[operator]
        places = sum(_DIVISOR_PLACES.get(b, 4) for b in bases)  # 百万分之五: 5 / 10^(2+4)
        value = number if places == 2 else number.scaleb(2 - places)
        start = s
        nm = self._prefix(s, "negative", self.g.negative_prefix, 10)
        if nm is not None:
            value, start = -value, nm.start()
        mention = replace(self._finish(start, e, _K.PERCENT, value, "percent", s, e), unit_before=True)
        if parsed.high is not None and parsed.value:  # 百分之三四: three or four percent
            high = value * parsed.high / parsed.value
            return replace(mention, qualifier=Qualifier.RANGE, low=min(value, high), high=max(value, high))
        return self._qualify(mention)

    def _fraction_cjk(self, m: regex.Match[str]) -> QuantityMention | None:
        s, e = m.span()
        value = _cjk_fraction(self.g, m)
        if value is None:
            return None
        return self._qualify(self._measured(self._finish(s, e, _K.FRACTION, value, None, s, e)))

    def _measured(self, mention: QuantityMention) -> QuantityMention:
        """A fraction of a unit (1/4 mile, 三分之二公里) is a measure or a duration; of a
        percentage point (四分之一个百分点), a number of points."""
        sm = self._suffix(mention.end)
        if sm is None or sm.group("scale") or sm.group("infix"):
            return mention
        for group, kind, unit in (
            ("pp", _K.PERCENTAGE_POINT, "percentage_point"),
            ("bp", _K.BASIS_POINT, "basis_point"),
        ):
            if sm.group(group):
                return replace(
                    mention, kind=kind, unit=unit, end=sm.end(group), precision=_precision(mention.value)
                )
        if sm.group("mult"):  # 三分之一倍
            return replace(mention, kind=_K.MULTIPLE, end=sm.end("mult"))
        if not (sm.group("meas") or sm.group("dur")):
            return mention
        group = "meas" if sm.group("meas") else "dur"
        table = self.g.measure_units if group == "meas" else self.g.duration_units
        name, factor = self.g.lookup_ci(table, sm.group(group))  # type: ignore[misc]
        kind = _K.MEASURE if group == "meas" else _K.DURATION
        return replace(mention, kind=kind, unit=name, value=mention.value * factor, end=sm.end(group))

    def _fraction_arabic(self, m: regex.Match[str]) -> QuantityMention | None:
        s, e = m.span()
        value = _arabic_fraction(m.group())
        if value is None:
            return None
        return self._qualify(self._measured(self._finish(s, e, _K.FRACTION, value, None, s, e)))

    def _ratio(self, m: regex.Match[str]) -> QuantityMention | None:
        s, e = m.span()
        raw = m.group()
        parts = _RATIO_SPLIT.split(raw, maxsplit=1)
        if len(parts) != 2:
            return None
        a, b = parse_arabic(parts[0]), parse_arabic(parts[1])
        if a is None or b is None or b == 0:
            return None
        context = self.g.ratio_context.search(self.text, max(0, s - _CLOCK_CONTEXT), s) is not None
        if not context and a != 1 and b != 1:
            return None
        return self._qualify(self._finish(s, e, _K.RATIO, _divide(a, b), None, s, e))

    def _qualify(self, mention: QuantityMention | None) -> QuantityMention | None:
        """Add a qualifier written before or after a special core (约三分之二, 百分之五左右)."""
        if mention is None:
            return None
        g = self.g
        start, end, qualifier = mention.start, mention.end, mention.qualifier
        qm = self._qualifier_prefix(start)
        if qm is not None:
            q = g.lookup_ci(g.qualifier_prefix_words, qm.group("qp").strip())
            if q is not None:
                start = qm.start()
                if q != Qualifier.EXACT:
                    qualifier = q  # type: ignore[assignment]
        sm = self._suffix(end)
        if sm is not None and sm.group("qs") and not any(sm.group(k) for k in ("cls", "cur", "meas", "dur")):
            q = g.lookup_ci(g.qualifier_suffix_words, sm.group("qs").strip())
            if q is not None:
                qualifier, end = q, sm.end("qs")  # type: ignore[assignment]
        return replace(mention, start=start, end=end, qualifier=qualifier)

    @staticmethod
    def _finish(
        start: int,
        end: int,
        kind: QuantityKind,
        value: Decimal,
        unit: str | None,
        core_start: int,
        core_end: int,
        *,
        qualifier: Qualifier | None = None,
        scale: Decimal | None = None,
    ) -> QuantityMention:
        return QuantityMention(
            start=start,
            end=end,
            kind=kind,
            value=value,
            unit=unit,
            qualifier=qualifier or Qualifier.EXACT,
            precision=_precision(value) if kind not in (_K.FRACTION, _K.RATIO) else None,
            scale=scale,
            core_start=core_start,
            core_end=core_end,
        )


def _divide(a: Decimal, b: Decimal) -> Decimal:
    try:
        q = (a / b).quantize(_FRACTION_PLACES).normalize()
    except (InvalidOperation, DivisionByZero):
        return Decimal(0)
    return q.quantize(Decimal(1)) if q == q.to_integral_value() else q


def _line_start(text: str, s: int) -> bool:
    """Only spaces stand between ``s`` and the start of its line."""
    i = s - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _dollar_prefix(surface: str) -> str:
    head = _DOLLAR_HEAD.sub("", surface).lower()
    return {"c": "CAD", "hk": "HKD", "us": "USD", "a": "AUD", "s": "SGD", "nt": "TWD", "mex": "MXN"}.get(
        head, "USD"
    )


def _word_number_ok(surface: str) -> bool:
    """A single small English number word stands alone only when it is not an article."""
    return surface.strip().lower() not in ("a", "an")


def _mixed(g: QuantityGrammar, text: str, a: QuantityMention, b: QuantityMention) -> QuantityMention | None:
    """三又三分之一, 五又四分之一个百分点, 2 1/4, 10 1/2 miles: a whole number and the fraction that
    follows it (with the fraction's unit, if it has one)."""
    if a.kind != _K.NUMBER or a.unit is not None or a.end > b.start or b.start - a.end > 3:
        return None
    per_unit = Decimal(1)
    if b.kind != _K.FRACTION:
        fraction = _fraction_value(g, text[b.core_start : b.core_end])
        if not fraction:
            return None
        per_unit = b.value / fraction  # 10 1/2 miles: the whole number is in miles too
    if a.value != a.value.to_integral_value() or not g.mixed_fraction.match(text, a.end, b.start):
        return None
    if b.start == a.end or (text[a.end : b.start].isspace() and not text[b.start].isdigit()):
        return None
    whole = a.value * per_unit
    value = whole - b.value if a.value < 0 else whole + b.value
    kind, unit, end = (a.kind if b.kind == _K.FRACTION else b.kind), b.unit, b.end
    percent = g.percent_after.match(text, b.end) if b.kind == _K.FRACTION else None
    if percent is not None:  # 4-1/4 percent
        kind, unit, end = _K.PERCENT, "percent", percent.end()
    return replace(a, end=end, value=value, precision=None, core_end=b.core_end, kind=kind, unit=unit)


def _fraction_value(g: QuantityGrammar, core: str) -> Decimal | None:
    """The value of a fraction written as ``core`` (1/2, 四分之一), or None when it is not one."""
    if "/" in core or "／" in core:
        return _arabic_fraction(core)
    m = g.frac_rx.fullmatch(core)
    return None if m is None else _cjk_fraction(g, m)


def _arabic_fraction(written: str) -> Decimal | None:
    """1/4, 3 / 4: the value of a fraction of Arabic numbers."""
    parts = _SLASH.split(written.strip(), maxsplit=1)
    if len(parts) != 2:
        return None
    num, den = parse_arabic(parts[0]), parse_arabic(parts[1])
    if num is None or den is None or den == 0:
        return None
    return _divide(num, den)


def _cjk_fraction(g: QuantityGrammar, m: regex.Match[str]) -> Decimal | None:
    """四分之三: the value of a match of ``frac_rx`` (denominator first)."""
    den = parse_cjk(m.group("fden"), g.cjk)
    num = parse_cjk(m.group("fnum"), g.cjk)
    if den is None or num is None or den.value == 0 or den.high is not None or num.high is not None:
        return None
    return _divide(num.value, den.value)


def _word_fraction(
    g: QuantityGrammar, text: str, a: QuantityMention, b: QuantityMention
) -> QuantityMention | None:
    """one in five, one out of three, 1 over 3."""
    if a.kind != _K.NUMBER or a.unit is not None or b.kind not in (_K.NUMBER, _K.COUNT) or b.value == 0:
        return None
    if (
        a.end > b.core_start
        or b.core_start - a.end > 20
        or not g.en_fraction_rx.fullmatch(text, a.end, b.core_start)
    ):
        return None
    fraction = _divide(a.value, b.value)
    return QuantityMention(
        a.start, b.end, _K.FRACTION, fraction, None, a.qualifier, core_start=a.core_start, core_end=b.core_end
    )


def _join_scaled(g: QuantityGrammar, text: str, items: list[QuantityMention]) -> list[QuantityMention]:
    """4 thousand 3 hundred and 21, 6 crore and two hundred: a scaled number and the smaller ones after it;
    3 million and a half: a fraction of its scale; two thirds of a million: a fraction of a scale."""
    out: list[QuantityMention] = []
    for b in items:
        a = out[-1] if out else None
        joined = _scale_fraction(g, text, a, b) if a is not None else None
        if joined is not None:
            out[-1] = joined
            continue
        if (
            a is not None
            and a.kind == _K.NUMBER
            and a.unit is None
            and b.kind in _SCALED_TAIL
            and a.scale is not None
            and a.low is None
            and b.low is None
            and a.qualifier == Qualifier.EXACT
            and b.qualifier == Qualifier.EXACT
            and 0 < b.value < a.scale
            and b.value == b.value.to_integral_value()
            and (b.scale is None or b.scale < a.scale)
            and (a.value / a.scale) == (a.value / a.scale).to_integral_value()
            and a.end < b.start
            and g.scaled_join.fullmatch(text, a.end, b.start)
            and _last_word(text, a.end) in g.scale_words
        ):
            value = a.value + b.value  # the unit, if any, is the last part's (3 hundred and 21 yuan)
            out[-1] = replace(
                b, start=a.start, value=value, precision=_precision(value), core_start=a.core_start
            )
            continue
        out.append(b)
    return out


def _scale_fraction(
    g: QuantityGrammar, text: str, a: QuantityMention, b: QuantityMention
) -> QuantityMention | None:
    """3 million and a half (3.5 million); two thirds of a million (666,667)."""
    if a.low is not None or b.low is not None or a.end >= b.start or b.start - a.end > 6:
        return None
    gap = text[a.end : b.start]
    if (
        a.kind == _K.NUMBER
        and b.kind == _K.FRACTION
        and a.scale is not None
        and 0 < b.value < 1
        and g.scaled_join.fullmatch(gap)
        and gap.strip()
        and _last_word(text, a.end) in g.scale_words
    ):
        value = a.value + b.value * a.scale
    elif (
        a.kind == _K.FRACTION
        and b.kind == _K.NUMBER
        and b.unit is None
        and g.fraction_of.fullmatch(gap)
        and _last_word(text, b.end) in g.scale_words
        and b.value in g.english.scales.values()
    ):
        value = a.value * b.value
    else:
        return None
    return QuantityMention(
        a.start, b.end, _K.NUMBER, value, None, a.qualifier, core_start=a.core_start, core_end=b.core_end
    )


def _last_word(text: str, end: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, end - 12), end)
    return m.group().lower() if m else ""


def _join_ranges(g: QuantityGrammar, text: str, items: list[QuantityMention]) -> list[QuantityMention]:
    """Join neighbours into ranges (30%至35%, 4.5-4.75%, between X and Y) and mixed fractions."""
    # mixed and word fractions first: a joined number may end or start a range (4-1/4 to 4-1/2 percent)
    wholes: list[QuantityMention] = []
    for b in items:
        whole = (_mixed(g, text, wholes[-1], b) or _word_fraction(g, text, wholes[-1], b)) if wholes else None
        if whole is not None:
            wholes[-1] = whole
        else:
            wholes.append(b)
    out: list[QuantityMention] = []
    i = 0
    while i < len(wholes):
        a = wholes[i]
        if i + 1 < len(wholes):
            merged = _range(g, text, a, wholes[i + 1])
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(a)
        i += 1
    return out


#: A range connector that is a dash, not a word (4.25%-4.5%).
_DASHES = regex.compile(r"[-–—~～]")


def _range(g: QuantityGrammar, text: str, a: QuantityMention, b: QuantityMention) -> QuantityMention | None:
    if a.end > b.start or b.start - a.end > 12 or a.qualifier not in (Qualifier.EXACT, Qualifier.APPROX):
        return None
    between = g.between_prefix.search(text, max(0, a.start - 10), a.start) is not None
    gap_ok = g.range_gap.match(text, a.end, b.start) is not None
    if between and not gap_ok:
        gap_ok = g.between_join.match(text, a.end, b.start) is not None
    if not gap_ok:
        return None
    if (
        not between
        and g.change_prefix.search(text, max(0, a.start - 8), a.start)
        and not _DASHES.search(text, a.end, b.start)
    ):
        return None  # from 4.3 to 4.4 percent is a change; from 4.25%-4.5% to … starts with a range
    if _RANGELESS & {a.kind, b.kind}:
        return None
    if (
        a.kind != _K.NUMBER
        and b.kind != _K.NUMBER
        and (a.kind != b.kind or (a.unit != b.unit and not b.generic_unit))
    ):
        return None
    if b.kind == _K.NUMBER and a.kind != _K.NUMBER and not a.unit_before:
        return None  # 0.4% to 7.12: the unit is not shared
    kind, unit = (b.kind, b.unit) if b.kind != _K.NUMBER else (a.kind, a.unit)
    if a.kind == b.kind == _K.CURRENCY and b.generic_unit:
        unit = a.unit
    low, high = a.value, b.value
    if a.scale is None and b.scale is not None:
        low = a.value * b.scale
    if b.kind == _K.NUMBER and a.kind != _K.NUMBER and b.scale is None and a.scale is not None:
        high = b.value * a.scale
    if not low < high:
        return None
    end = b.end
    close = g.between_close.match(text, end) if between else None
    if close is not None:
        end = close.end()
    start = a.start
    if between:
        start = g.between_prefix.search(text, max(0, a.start - 10), a.start).start()  # type: ignore[union-attr]
    precisions = [p for p in (a.precision, b.precision) if p is not None]
    return QuantityMention(
        start=start,
        end=end,
        kind=kind,
        value=low,
        unit=unit,
        qualifier=Qualifier.RANGE,
        low=low,
        high=high,
        # the finer end's: 3.75%至4% is 3.75 to 4.00 (a writer drops an end's zeros, not its digits)
        precision=min(precisions) if precisions else None,
        scale=b.scale,
        core_start=a.core_start,
        core_end=b.core_end,
    )


_RANGELESS = {_K.FRACTION, _K.RATIO}
_HALF_UNITS = frozenset({_K.MEASURE, _K.DURATION, _K.CURRENCY})
_SCALED_TAIL = frozenset({_K.NUMBER, _K.CURRENCY, _K.COUNT, _K.MEASURE})
#: Powers of ten of the divisor words of percent_of (rules/lang/zh/quantities.yaml).
_DIVISOR_PLACES = {"tenth": 1, "percent": 2, "permille": 3, "permyriad": 4}


def scan_quantities(
    g: QuantityGrammar,
    text: str,
    blocked: Intervals,
    lang: str = "zh",
    islands: list[tuple[int, int]] | None = None,
) -> list[QuantityMention]:
    """Every quantity in normalised ``text`` outside the ``blocked`` intervals, in text order.

    ``lang`` decides surfaces whose meaning depends on the language (¥ is CNY in
    Chinese text and JPY in English). ``islands`` are the text's stretches of Latin words
    (:func:`latin_islands`), when the caller has them already.
    """
    return _Scanner(g, text, blocked, lang, islands).run()
