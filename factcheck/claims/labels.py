"""Units written in a table's column label: 贸易顺差（亿美元）, Trade balance ($bn), CPI (%).

    from factcheck.claims.labels import label_unit, in_label_unit

    unit = label_unit("贸易顺差（亿美元）")   # LabelUnit(kind=currency, unit="USD", factor=1E+8)
    mention = in_label_unit(bare_number, unit)  # 982.4 → 98,240,000,000 USD

A bare number in a cell under such a label is a figure in that unit. The unit is read with
the quantity grammar itself (1亿美元, $1bn, 1%), so every unit and magnitude the extractor
knows is known here too.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

import regex

from ..extract import extract, prepare
from ..extract.quantities import QuantityMention
from ..models.quantity import QuantityKind

__all__ = ["LabelUnit", "in_label_unit", "label_unit"]

#: The last bracketed part of a label, at its end: 贸易顺差（亿美元）, Trade balance ($bn).
_BRACKETED = regex.compile(r"[(（]\s*([^()（）\n]{1,12}?)\s*[)）]\s*\Z")
#: A currency sign the number follows ($bn is $1bn).
_SIGN = regex.compile(r"\A(?:US\$|HK\$|NT\$|[$€£¥])")
_KINDS = frozenset({QuantityKind.CURRENCY, QuantityKind.COUNT, QuantityKind.MEASURE, QuantityKind.PERCENT})
#: Any fixed day: a unit has no period, and reading one must not depend on the clock.
_DAY = dt.date(2000, 1, 1)


@dataclass(frozen=True)
class LabelUnit:
    """The kind, unit and multiplier a label's bracket gives the bare numbers under it."""

    kind: QuantityKind
    unit: str | None
    factor: Decimal


def label_unit(label: str) -> LabelUnit | None:
    """The unit in the bracket that ends ``label`` (a normalised column header), if it is one."""
    found = _BRACKETED.search(label)
    if found is None:
        return None
    # （美元计，%）, (ages 16-24, %): the unit is the bracket's last part
    return _unit(regex.split(r"[,，;；]\s*", found.group(1))[-1])


@lru_cache(maxsize=256)
def _unit(written: str) -> LabelUnit | None:
    sign = _SIGN.match(written)
    words = written.split()
    candidates = [f"1{written}", f"1 {written}"]
    if sign is not None:
        candidates.append(f"{sign.group()}1{written[sign.end() :]}")  # $bn: $1bn
    if len(words) == 2:
        candidates.append(f"1 {words[1]} {words[0]}")  # USD bn: 1 bn USD
    for text in candidates:
        doc = prepare(text, as_of=_DAY)
        whole = [q for q in extract(doc).quantities if q.start == 0 and q.end == len(doc.norm.text)]
        if len(whole) == 1 and whole[0].kind in _KINDS and whole[0].low is None:
            q = whole[0]
            if q.kind == QuantityKind.COUNT and (q.unit or "").isascii():
                return None  # (thousands) is a magnitude, not a count of things called thousands
            return LabelUnit(q.kind, q.unit, q.value)
    return None


def in_label_unit(mention: QuantityMention, unit: LabelUnit) -> QuantityMention:
    """A bare number read in its column's unit (values, bounds and rounding scaled alike)."""

    def scaled(value: Decimal | None) -> Decimal | None:
        return None if value is None else value * unit.factor

    return replace(
        mention,
        kind=unit.kind,
        unit=unit.unit,
        value=mention.value * unit.factor,
        low=scaled(mention.low),
        high=scaled(mention.high),
        precision=scaled(mention.precision),
    )
