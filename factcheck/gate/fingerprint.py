"""Line-independent fingerprints of findings (fp/1).

    N(s)   = all whitespace removed from casefold(tw2s(NFKC(s)))
    fp     = sha256("factcheck-fp/1␟" + kind + "␟" + rule + "␟" + N(matched) + "␟" + N(sentence))[:16]
    anchor = sha256("factcheck-anchor/1␟" + kind + "␟" + rule + "␟" + N(matched))[:16]

Path, line, column, offsets, confidence, message and versions are left out, so
moving a paragraph, reflowing lines or converting between Traditional and
Simplified Chinese keeps a finding's fingerprint; changing the figure or the
sentence makes a new one. :func:`fingerprints` gives the same values for many
findings at once, folding all their strings in one width and one script
conversion instead of one per string.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import regex

from ..normalize.text import fold_width, to_simplified

__all__ = ["FINGERPRINT_VERSION", "anchor", "fingerprint", "fingerprints", "normalize_for_fingerprint"]

FINGERPRINT_VERSION = "fp/1"
_SEP = "\x1f"
_SPACE = regex.compile(r"\s+")


def normalize_for_fingerprint(text: str) -> str:
    """N(s): width- and script-folded, case-folded, without whitespace."""
    folded, _ = fold_width(text)
    simplified, _ = to_simplified(folded)
    return _SPACE.sub("", simplified.casefold())


def _normalize_all(texts: Sequence[str]) -> list[str]:
    """N(s) of every text, with one width and one script conversion of them all joined by ␟."""
    if any(_SEP in t for t in texts):
        return [normalize_for_fingerprint(t) for t in texts]
    joined = _SEP.join(texts)
    folded, _ = fold_width(joined)
    simplified, _ = to_simplified(folded)
    # case folding needs no context and ␟ is not whitespace, so both apply to the joined texts at once
    parts = _SPACE.sub("", simplified.casefold()).split(_SEP)
    if len(simplified) != len(joined) or len(parts) != len(texts):
        return [normalize_for_fingerprint(t) for t in texts]
    return parts


def _digest(*parts: str) -> str:
    return hashlib.sha256(_SEP.join(parts).encode("utf-8")).hexdigest()[:16]


def fingerprint(kind: str, rule: str, matched: str, sentence: str) -> str:
    """The fp/1 fingerprint of a finding."""
    return _digest(
        "factcheck-fp/1", kind, rule, normalize_for_fingerprint(matched), normalize_for_fingerprint(sentence)
    )


def fingerprints(findings: Sequence[tuple[str, str, str, str]]) -> list[str]:
    """:func:`fingerprint` of each ``(kind, rule, matched, sentence)``, every distinct string folded once."""
    distinct = list(dict.fromkeys(t for _, _, matched, sentence in findings for t in (matched, sentence)))
    normal = dict(zip(distinct, _normalize_all(distinct), strict=True))
    heads: dict[tuple[str, str], str] = {}  # the payload up to the matched words, per kind and rule
    out = []
    for kind, rule, matched, sentence in findings:
        head = heads.get((kind, rule))
        if head is None:
            head = heads[(kind, rule)] = _SEP.join(("factcheck-fp/1", kind, rule, ""))
        payload = head + normal[matched] + _SEP + normal[sentence]
        out.append(hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16])
    return out


def anchor(kind: str, rule: str, matched: str) -> str:
    """The fp/1 anchor: like the fingerprint but without the sentence (tier-2 matching)."""
    return _digest("factcheck-anchor/1", kind, rule, normalize_for_fingerprint(matched))
