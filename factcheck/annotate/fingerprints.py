"""Fingerprints of many findings at once.

The fp/1 fingerprint (``factcheck.gate.fingerprint``) folds the matched words
and the sentence — NFKC, Traditional → Simplified, case, whitespace — and
hashes them with the rule. Folding text one finding at a time costs a
converter call per string; here every distinct string of a document is folded
in one call, then hashed with the same formula. ``tests/annotate`` checks that
the result equals :func:`factcheck.gate.fingerprint.fingerprint`.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import regex

from ..gate.fingerprint import normalize_for_fingerprint
from ..normalize.text import fold_width, to_simplified

__all__ = ["fingerprints"]

_SEP = "\x1f"
_SPACE = regex.compile(r"\s+")


def _fold_all(texts: Sequence[str]) -> list[str]:
    """``normalize_for_fingerprint`` of every text, with one width and one script conversion."""
    if any(_SEP in t for t in texts):
        return [normalize_for_fingerprint(t) for t in texts]
    joined = _SEP.join(texts)
    folded, _ = fold_width(joined)
    simplified, _ = to_simplified(folded)
    parts = simplified.split(_SEP)
    if len(simplified) != len(joined) or len(parts) != len(texts):
        return [normalize_for_fingerprint(t) for t in texts]
    return [_SPACE.sub("", p.casefold()) for p in parts]


def fingerprints(items: Sequence[tuple[str, str, str, str]]) -> list[str]:
    """fp/1 fingerprints of ``(kind, rule id, matched text, sentence text)`` tuples (original text)."""
    distinct = sorted({t for _, _, m, s in items for t in (m, s)})
    folded = dict(zip(distinct, _fold_all(distinct), strict=True))
    out = []
    for kind, rule, matched, sentence in items:
        payload = "\x1f".join(("factcheck-fp/1", kind, rule, folded[matched], folded[sentence]))
        out.append(hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16])
    return out
