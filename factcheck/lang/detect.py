"""Detect the language and script of a text from its characters."""

from __future__ import annotations

import regex

__all__ = ["detect_lang", "detect_script"]

_HAN = regex.compile(r"\p{Han}")
_LATIN = regex.compile(r"[A-Za-z]")
_SAMPLE = 50000
#: Share of Han characters among letters above which a text is Chinese.
_ZH_SHARE = 0.1


def detect_lang(text: str) -> str:
    """``"zh"`` when Han characters make up a tenth or more of the letters, else ``"en"``."""
    sample = text[:_SAMPLE]
    han = len(_HAN.findall(sample))
    latin = len(_LATIN.findall(sample))
    if han == 0:
        return "en"
    return "zh" if han >= _ZH_SHARE * (han + latin / 5) else "en"


def detect_script(text: str, changed_by_t2s: int) -> str:
    """``"hant"`` when the Traditional → Simplified fold changed enough characters, else ``"hans"``
    (``"latin"`` for a text without Han characters)."""
    han = len(_HAN.findall(text[:20000]))
    if han == 0:
        return "latin"
    return "hant" if changed_by_t2s >= max(3, 0.03 * han) else "hans"
