"""Normalise text for matching, keeping a map back to the original.

Two folds, in this order:

1. **Compatibility folding** (NFKC, code point by code point): full-width digits
   and signs become ASCII (１２％ → 12%, ：→ :), the ideographic space a space.
   The full-width comma stays: in Chinese it separates clauses, not thousands.
   NFKC runs first because OpenCC leaves full-width signs alone.
2. **Traditional → Simplified** with OpenCC's ``tw2s`` conversion (Taiwan
   standard to Simplified, *characters only*). Character conversion keeps the
   text's length, so offsets map one to one, and it keeps Taiwan *vocabulary*
   as written (通膨, 聯準會 → 联准会, 川普): lexicons list those regional
   variants explicitly. The phrase-level ``tw2sp`` would rewrite words into
   mainland vocabulary (軟體 → 软件), change lengths, and hide which variant
   the author used; ``tw2s`` also handles Taiwan variant characters (著 → 着)
   that plain ``t2s`` leaves alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from .offsets import OffsetMap, Piece

__all__ = ["NormalizedText", "fold_width", "normalize", "to_simplified"]

_OPENCC_CONFIG = "tw2s"


@dataclass(frozen=True)
class NormalizedText:
    """A text prepared for matching, with the map back to the original."""

    original: str
    text: str
    offsets: OffsetMap
    changed_script: int  # characters the Traditional → Simplified step changed (in a leading sample)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of :attr:`text` to the original text."""
        if self.offsets.is_identity:
            return start, end
        return self.offsets.start(start), self.offsets.end(end)


@cache
def _fold_char(ch: str) -> str:
    return unicodedata.normalize("NFKC", ch)


#: Kept as written: the full-width comma is a clause mark in Chinese, never a thousands
#: separator, so folding it to "," would turn "增长5，300家企业" into 5,300. Enclosed
#: numbers (① ⑴ ⒈ ❶ ➀ ㉑ ㊱ ㊀) number the points of a list or mark a note, never a figure;
#: NFKC would turn them into plain digits.
_KEEP = frozenset(
    "，"
    + "".join(chr(cp) for cp in range(0x2460, 0x2500))
    + "".join(chr(cp) for cp in range(0x2776, 0x2794))
    + "".join(chr(cp) for cp in range(0x3251, 0x3260))
    + "".join(chr(cp) for cp in range(0x3280, 0x328A))
    + "".join(chr(cp) for cp in range(0x32B1, 0x32C0))
)
#: ...except between full-width digits (１２３，４５６), where it is a thousands separator.
#: (The comma comes first in the pattern so the engine can search for it directly.)
_FULLWIDTH_THOUSANDS = re.compile("，(?<=[０-９]，)(?=[０-９]{3}(?![０-９]))")


@cache
def _bmp_folds() -> tuple[dict[str, str], re.Pattern[str]]:
    """NFKC of every Basic Multilingual Plane character that changes, and a pattern
    matching them (the stdlib ``re`` scans such a large class far faster than ``regex``)."""
    folds: dict[str, str] = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF or chr(cp) in _KEEP:
            continue
        ch = chr(cp)
        folded = unicodedata.normalize("NFKC", ch)
        if folded != ch:
            folds[ch] = folded
    return folds, re.compile("[" + re.escape("".join(folds)) + "]|[\U00010000-\U0010ffff]")


def fold_width(text: str) -> tuple[str, OffsetMap]:
    """NFKC-fold ``text`` one code point at a time; return the folded text and its offset map."""
    if text.isascii() or unicodedata.is_normalized("NFKC", text.replace("，", ",")):
        return text, OffsetMap()
    folds, pattern = _bmp_folds()
    text = _FULLWIDTH_THOUSANDS.sub(",", text)  # same length: offsets are unchanged
    parts: list[str] = []
    pieces: list[Piece] = []
    src = dst = 0
    for m in pattern.finditer(text):
        s = m.start()
        ch = m.group()
        rep = folds.get(ch) or _fold_char(ch)
        if rep == ch:
            continue
        parts.append(text[src:s])
        dst += s - src
        parts.append(rep)
        if len(rep) != 1:
            pieces.append(Piece(dst, dst + len(rep), s, s + 1))
        dst += len(rep)
        src = s + 1
    if not parts:
        return text, OffsetMap()
    parts.append(text[src:])
    return "".join(parts), OffsetMap(tuple(pieces))


@cache
def _converter():  # type: ignore[no-untyped-def]
    import opencc

    return opencc.OpenCC(_OPENCC_CONFIG)


def to_simplified(text: str) -> tuple[str, OffsetMap]:
    """Convert Traditional characters to Simplified; return the text and its offset map."""
    if text.isascii():
        return text, OffsetMap()
    out = _converter().convert(text)
    if len(out) == len(text):
        return out, OffsetMap()
    return _rebuild(text)


def _rebuild(text: str) -> tuple[str, OffsetMap]:
    """Convert line by line; where a line changed length, character by character (rare)."""
    conv = _converter()
    out: list[str] = []
    pieces: list[Piece] = []
    dst = 0
    for line_start, line in _lines_with_offsets(text):
        conv_line = conv.convert(line)
        if len(conv_line) == len(line):
            out.append(conv_line)
            dst += len(conv_line)
            continue
        for i, ch in enumerate(line):
            c = conv.convert(ch) or ch  # OpenCC drops NUL; keep it as written, as ASCII text does
            out.append(c)
            if len(c) != 1:
                pieces.append(Piece(dst, dst + len(c), line_start + i, line_start + i + 1))
            dst += len(c)
    return "".join(out), OffsetMap(tuple(pieces))


def _lines_with_offsets(text: str):  # type: ignore[no-untyped-def]
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line
        pos += len(line)


_SCRIPT_SAMPLE = 20000


def normalize(text: str) -> NormalizedText:
    """Fold width and script of ``text`` for matching; offsets map back to ``text``."""
    folded, width_map = fold_width(text)
    simplified, script_map = to_simplified(folded)
    sample = min(len(folded), len(simplified), _SCRIPT_SAMPLE)
    changed = sum(1 for a, b in zip(folded[:sample], simplified[:sample], strict=True) if a != b)
    return NormalizedText(text, simplified, width_map.then(script_map), changed)
