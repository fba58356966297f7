"""Parse numerals into exact decimals: Arabic, Chinese (incl. financial and mixed), English words.

One algorithm per numeral system, parameterised by the language packs' tables:

* Chinese: sections split at the largest section unit (兆 > 亿 > 万, last
  occurrence), each section composed from digits × place units, with the
  colloquial shorthand 一万三 = 13000, 两千四百五 = 2450 and the zero
  placeholder 一千零五 = 1005. A run without place units is positional
  (二〇二五 = 2025, 五五 = 55).
* English words: the usual ones/tens/hundred/scale accumulation, with
  fractions (two thirds), dozens and "point" decimals.

Values are :class:`decimal.Decimal` so the precision the text stated survives
(1928萬 → 1.928E+7, whose exponent says "to the nearest 萬").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from ..models.quantity import Qualifier

__all__ = ["CjkTables", "EnglishTables", "ParsedNumber", "parse_arabic", "parse_cjk", "parse_english"]


@dataclass(frozen=True, slots=True)
class ParsedNumber:
    """A parsed numeral: its value, an infix qualifier (三百余万) and how it was written."""

    value: Decimal
    qualifier: Qualifier | None = None
    positional: bool = False  # digits without place units (二〇二五, 一九九一)
    has_cjk: bool = False
    digit_count: int = 0  # digit tokens used (for single-character checks)
    fraction: bool = False  # the value is a fraction word (two thirds)
    scale: Decimal | None = None  # trailing magnitude (the 万 of 10万), shared by a range's low end
    high: Decimal | None = None  # the upper end of an approximation (三四个, 十七八: value is the lower)


@dataclass(frozen=True)
class CjkTables:
    """Chinese numeral tables (from the numerals sections of the packs)."""

    digits: dict[str, int]
    small_units: dict[str, int]
    large_units: dict[str, Decimal]
    zero_chars: frozenset[str]
    decimal_marks: frozenset[str]
    negative_words: frozenset[str]
    approx_infixes: dict[str, Qualifier]
    # Two digits side by side that name an approximate range (三四 = three or four), as values.
    approx_pairs: frozenset[tuple[int, int]] = frozenset()


@dataclass(frozen=True)
class EnglishTables:
    """English number-word tables."""

    ones: dict[str, int]
    tens: dict[str, int]
    hundred: dict[str, int]
    scales: dict[str, Decimal]
    group_words: dict[str, int]
    fractions: dict[str, Decimal]
    compound_ordinals: frozenset[str]
    joiners: frozenset[str]
    decimal_words: frozenset[str]
    negative_words: frozenset[str]
    article_one: frozenset[str]
    words: frozenset[str] = field(init=False)
    cardinals: dict[str, Decimal] = field(init=False)  # words that count (five, hundred, thousand)

    def __post_init__(self) -> None:
        words = set(self.ones) | set(self.tens) | set(self.hundred) | set(self.scales)
        words |= set(self.group_words) | set(self.fractions)
        object.__setattr__(self, "words", frozenset(words))
        cardinals = {k: Decimal(v) for k, v in {**self.ones, **self.tens, **self.hundred}.items()}
        cardinals.update(self.scales)
        object.__setattr__(self, "cardinals", cardinals)


def parse_arabic(text: str) -> Decimal | None:
    """Parse ``1,234.5``, ``.5``, ``-3``, ``1.3e6`` into a Decimal."""
    cleaned = text.replace(",", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    cleaned = cleaned.replace("−", "-")
    if not cleaned or cleaned in "+-.":
        return None
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


# ---------------------------------------------------------------- Chinese

_Token = tuple[str, object]  # kind: d digit, n arabic, s small unit, L large unit, z zero, p point, q infix


def _tokenize_cjk(text: str, t: CjkTables) -> list[_Token] | None:
    tokens: list[_Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if (ch.isdigit() and ch.isascii()) or (ch == "." and i + 1 < n and text[i + 1].isdigit()):
            j = i
            while j < n and ((text[j].isdigit() and text[j].isascii()) or text[j] in ".,"):
                j += 1
            while j > i and text[j - 1] in ".,":
                j -= 1
            value = parse_arabic(text[i:j])
            if value is None:
                return None
            tokens.append(("n", value))
            i = j
            continue
        if ch in t.zero_chars:
            tokens.append(("z", 0))
        elif ch in t.digits:
            tokens.append(("d", t.digits[ch]))
        elif ch in t.small_units:
            tokens.append(("s", t.small_units[ch]))
        elif ch in t.large_units:
            tokens.append(("L", t.large_units[ch]))
        elif ch in t.decimal_marks:
            tokens.append(("p", None))
        elif ch in t.approx_infixes:
            tokens.append(("q", t.approx_infixes[ch]))
        elif ch.isspace():
            pass
        else:
            return None
        i += 1
    return tokens


def _section(tokens: list[_Token]) -> Decimal | None:
    """Value of a section without large units (place units 十百千 only)."""
    if not tokens:
        return Decimal(0)
    if all(k in "dz" for k, _ in tokens):  # positional digits: 二〇二五, 五五
        return Decimal("".join(str(v) for _, v in tokens))
    total = Decimal(0)
    cur: Decimal | None = None
    last_unit: int | None = None
    zero_seen = False
    cur_is_digit = False
    prev = ""
    for kind, val in tokens:
        if kind == "d":
            if prev in ("d", "n"):
                return None  # 三五百 is not a number, nor 3两 (a digit after an Arabic number)
            cur, cur_is_digit = Decimal(val), True  # type: ignore[arg-type]
        elif kind == "n":
            if prev in ("d", "n"):
                return None
            cur, cur_is_digit = val, False  # type: ignore[assignment]
        elif kind == "s":
            if prev == "s" and cur is None:
                return None  # 百十
            unit = val  # type: ignore[assignment]
            if last_unit is not None and unit >= last_unit:  # type: ignore[operator]
                return None  # 一百三百
            total += (cur if cur is not None else Decimal(1)) * unit  # type: ignore[operator]
            cur, last_unit, zero_seen = None, unit, False  # type: ignore[assignment]
        elif kind == "z":
            zero_seen = True
        prev = kind
    if cur is not None:
        if last_unit is not None and not zero_seen and cur_is_digit and prev == "d" and last_unit >= 10:
            total += cur * (last_unit // 10)  # 两千四百五: the 五 is 五十
        else:
            total += cur
    return total


def _integer(tokens: list[_Token]) -> Decimal | None:
    """Value of tokens that may contain large units, split at the largest (last occurrence)."""
    large = [(i, v) for i, (k, v) in enumerate(tokens) if k == "L"]
    if not large:
        return _section(tokens)
    top = max(v for _, v in large)  # type: ignore[type-var]
    idx = max(i for i, v in large if v == top)
    left, right = tokens[:idx], tokens[idx + 1 :]
    left_value = _integer(left) if left else Decimal(1)
    if left_value is None or (not left and idx == 0 and not right):
        return None
    if left_value == 0 and not left:
        left_value = Decimal(1)
    value = left_value * top  # type: ignore[operator]
    if right:
        kinds = [k for k, _ in right]
        if kinds == ["d"]:  # 一万三 = 13000
            value += Decimal(right[0][1]) * top / 10  # type: ignore[arg-type, operator]
        else:
            while right and right[0][0] == "z":  # 五亿零六: leading zeros are placeholders
                right = right[1:]
            right_value = _integer(right) if right else Decimal(0)
            if right_value is None:
                return None
            value += right_value
    return value


_CACHE_LIMIT = 4096
_cache: dict[tuple[str, int], ParsedNumber | None] = {}


def parse_cjk(text: str, t: CjkTables) -> ParsedNumber | None:
    """Parse a Chinese (or mixed Chinese/Arabic) numeral run; None when it is not a number.

    Short runs recur constantly (一, 两, 三十), so results are memoised per table set.
    """
    key = (text, id(t))
    if key in _cache:
        return _cache[key]
    result = _parse_cjk(text, t)
    if len(text) <= 8:
        if len(_cache) >= _CACHE_LIMIT:
            _cache.clear()
        _cache[key] = result
    return result


def _parse_cjk(text: str, t: CjkTables) -> ParsedNumber | None:
    negative = False
    body = text.strip()
    for word in t.negative_words:
        if body.startswith(word):
            negative, body = True, body[len(word) :].lstrip()
            break
    if body[:1] in "-−":
        negative, body = True, body[1:].lstrip()
    tokens = _tokenize_cjk(body, t)
    if not tokens:
        return None
    qualifier = next((v for k, v in tokens if k == "q"), None)
    tokens = [tok for tok in tokens if tok[0] != "q"]
    if not tokens:
        return None  # 多 alone: a qualifier, no number
    # 十, 十万, 千亿, 百万: a leading place unit stands for one of it; 万, 万万 alone are words
    if not any(k in "dnz" for k, _ in tokens) and (
        tokens[0][0] != "s" or (tokens[0][1] != 10 and len(tokens) == 1)
    ):
        return None
    has_cjk = any(k in "dzsLp" for k, _ in tokens) or bool(qualifier)
    pair = _approx_pair(tokens, t)
    if pair is not None:
        return _approximation(tokens, pair, negative, qualifier) if pair >= 0 else None
    positional = all(k in "dz" for k, _ in tokens) and len(tokens) > 1
    if ("p", None) in tokens:
        p = tokens.index(("p", None))
        whole, rest = tokens[:p], tokens[p + 1 :]
        frac_digits: list[str] = []
        j = 0
        while j < len(rest) and rest[j][0] in "dzn":
            kind, val = rest[j]
            if kind == "n":
                if not isinstance(val, Decimal) or val != val.to_integral_value():
                    return None
                frac_digits.append(str(rest[j][1]))
            else:
                frac_digits.append(str(val))
            j += 1
        if not frac_digits:
            return None
        trailing = rest[j:]
        if any(k != "L" for k, _ in trailing):
            return None
        int_value = _integer(whole) if whole else Decimal(0)
        if int_value is None:
            return None
        value = int_value + Decimal("0." + "".join(frac_digits))
        for _, unit in trailing:
            value *= unit  # type: ignore[operator]
    else:
        value = _integer(tokens)  # type: ignore[assignment]
        if value is None:
            return None
    digits = sum(1 for k, _ in tokens if k in "dnz")
    scale: Decimal | None = None
    for kind, unit in reversed(tokens):
        if kind != "L":
            break
        scale = unit if scale is None else scale * unit  # type: ignore[operator]
    return ParsedNumber(-value if negative else value, qualifier, positional, has_cjk, digits, scale=scale)


def _approx_pair(tokens: list[_Token], t: CjkTables) -> int | None:
    """Where two digits side by side make an approximation (三四个, 十七八), the first's index;
    -1 when the pair stands before a place unit (二三十, 三四万), a form not read.

    Only a pair alone between other tokens: 一二三 and 二〇二五 are positional numbers.
    """
    if not t.approx_pairs or ("p", None) in tokens:
        return None
    for i in range(len(tokens) - 1):
        (k1, v1), (k2, v2) = tokens[i], tokens[i + 1]
        if k1 == k2 == "d" and (v1, v2) in t.approx_pairs:
            if (i > 0 and tokens[i - 1][0] in "dzn") or (i + 2 < len(tokens) and tokens[i + 2][0] in "dzn"):
                return None
            return i if i + 2 == len(tokens) else -1
    return None


def _approximation(
    tokens: list[_Token], i: int, negative: bool, qualifier: Qualifier | None
) -> ParsedNumber | None:
    """十七八 = 17 to 18: the number with either digit of the pair; value is the lower, high the upper."""
    first = _integer(tokens[: i + 1] + tokens[i + 2 :])
    second = _integer(tokens[:i] + tokens[i + 1 :])
    if first is None or second is None or first == second:
        return None
    low, high = min(first, second), max(first, second)
    if negative:
        low, high = -high, -low
    return ParsedNumber(low, qualifier, False, True, len(tokens), high=high)


# ---------------------------------------------------------------- English


def _units_clash(words: list[str], i: int, t: EnglishTables) -> bool:
    """Two unit words in a row cannot be one number (three four, nineteen eighty, twenty thirty).

    A tens word may take one digit after it (twenty one), and a tens word before a
    compound ordinal starts a denominator (three twenty-fifths).
    """
    if i == 0:
        return False
    prev, w = words[i - 1], words[i]
    if prev in t.ones:
        if w in t.ones:
            return True
        nxt = words[i + 1] if i + 1 < len(words) else ""
        return w in t.tens and nxt not in t.compound_ordinals
    if prev in t.tens:
        if w in t.ones:
            before = words[i - 2] if i >= 2 else ""
            return t.ones[w] >= 10 or before in t.tens
        return w in t.tens
    return False


def _over_denominator(words: list[str], i: int, t: EnglishTables) -> ParsedNumber | None:
    """``one one-hundredth``, ``two one thousandths``, ``one one hundred fifth``: the words from
    ``i`` on name the denominator as an ordinal, the words before it the numerator."""
    last = words[-1]
    if last not in t.fractions or i >= len(words) - 1:
        return None
    numerator = parse_english(words[:i], t)
    cardinal = next((k for k, v in t.cardinals.items() if v == t.fractions[last]), None)
    denominator = None if cardinal is None else parse_english([*words[i:-1], cardinal], t)
    if numerator is None or numerator.fraction or denominator is None or not denominator.value:
        return None
    return ParsedNumber(numerator.value / denominator.value, None, False, False, len(words), fraction=True)


def parse_english(words: list[str], t: EnglishTables) -> ParsedNumber | None:
    """Parse lower-cased number words (``["two", "hundred", "and", "six"]``)."""
    negative = False
    while words and words[0] in t.negative_words:
        negative, words = True, words[1:]
    while words and words[-1] in t.joiners | t.decimal_words:
        words = words[:-1]
    if not words or not any(w in t.words for w in words):
        return None
    total = Decimal(0)  # completed scale groups
    current = Decimal(0)  # below the last scale
    segment = Decimal(0)  # value since the last "and" (a fraction's numerator)
    seen_number = False
    fraction_value: Decimal | None = None
    joined = False  # an "and" was seen: a fraction after it is added (two and three quarters)
    scale_and: Decimal | None = None  # "two million and three fifths": a fraction of that scale
    group = Decimal(0)  # the value the last scale word made (three lakh)
    i = 0
    while i < len(words):
        w = words[i]
        prev = words[i - 1] if i else ""
        if _units_clash(words, i, t):
            return _over_denominator(words, i, t)  # one one-hundredth; else three four is no number
        if w in t.article_one:
            current += 1
            segment = Decimal(1)
            seen_number = True
        elif w in t.ones:
            current += t.ones[w]
            segment += t.ones[w]
            seen_number = True
        elif w in t.tens:
            current += t.tens[w]
            segment += t.tens[w]
            seen_number = True
        elif w in t.hundred:
            current = (current or 1) * t.hundred[w]
            segment = (segment or 1) * t.hundred[w]
            seen_number = True
        elif w in t.group_words:
            # three hundred and two dozens: the group multiplies the words since the last "and"
            current += (segment or 1) * t.group_words[w] - segment
            segment = (segment or 1) * t.group_words[w]
            seen_number = True
        elif w in t.scales:
            if prev in t.scales and t.scales[w] > t.scales[prev] and current == 0:
                total += group * (t.scales[w] - 1)  # three lakh crore, a thousand million: scales multiply
                group *= t.scales[w]
            else:
                group = (current or 1) * t.scales[w]
                total += group
            current, segment = Decimal(0), Decimal(0)
            seen_number = True
        elif w in t.fractions:
            denominator = t.fractions[w]
            if w in t.compound_ordinals and prev in t.tens and (i < 2 or words[i - 2] not in t.joiners):
                denominator += t.tens[prev]  # one twenty-fifth: the tens word is the denominator's
                current -= t.tens[prev]
                segment -= t.tens[prev]
                if i < 2 or (total == 0 and current == 0 and segment == 0):
                    if not w.endswith("s"):
                        return None  # the twenty-fifth: an ordinal, not a figure
                    denominator -= t.tens[prev]  # twenty fifths: twenty of them
                    current += t.tens[prev]
                    segment += t.tens[prev]
            # one million two thousand three fifths: all of it; so with "and" when the part after it
            # is no proper fraction (one hundred and thirty fifths: 130/5, not 100 + 30/5)
            if (not joined or segment >= denominator) and (total or current):
                segment, current, total = total + current, total + current, Decimal(0)
            numerator = segment or Decimal(1)
            fraction = numerator / denominator
            current -= segment
            nxt = words[i + 1] if i + 1 < len(words) else ""
            after = words[i + 2] if i + 2 < len(words) else ""
            if nxt in t.scales or nxt in t.group_words:  # one and a half million: the scale takes it all
                current += fraction
            elif nxt in t.article_one and (after in t.scales or after in t.group_words):  # half a dozen
                current += fraction * (t.scales.get(after) or t.group_words[after])
                i += 2
            elif scale_and is not None:  # two million and three fifths: of a million
                current += fraction * scale_and
            else:
                fraction_value = (fraction_value or 0) + fraction
            segment = Decimal(0)
            seen_number = True
        elif w in t.joiners:
            segment = Decimal(0)
            joined = True
            if prev in t.scales:
                scale_and = t.scales[prev]
        elif w in t.decimal_words:
            rest = words[i + 1 :]
            n_digits = 0
            while n_digits < len(rest) and t.ones.get(rest[n_digits], 10) < 10:
                n_digits += 1
            scales = rest[n_digits:]
            if n_digits and all(x in t.scales for x in scales):  # two point five (billion)
                decimals = Decimal("0." + "".join(str(t.ones[x]) for x in rest[:n_digits]))
            else:  # nought point eleven
                sub, scales = parse_english(rest, t), []
                if sub is None or sub.fraction or sub.value != sub.value.to_integral_value():
                    return None
                decimals = Decimal("0." + str(int(sub.value)))
            current += decimals
            for x in scales:
                current *= t.scales[x]
            break
        else:
            return None
        i += 1
    if not seen_number:
        return None
    value = total + current + (fraction_value or 0)
    only_fraction = fraction_value is not None and total == 0 and current == 0
    return ParsedNumber(-value if negative else value, None, False, False, len(words), fraction=only_fraction)
