"""The quantity grammar: regular expressions and tables compiled from all language packs.

Everything language-specific comes from ``rules/lang/*/`` (numerals, units,
quantities). This module only merges the packs and composes named fragments
into a few compiled patterns:

``run_rx``    finds numeral runs (Arabic, Chinese, mixed); ``en_rx`` English
              number words; the special forms (百分之五, 三分之二, 1/4, 20:1,
              翻番) have patterns of their own tried where they can occur.
``suffix``    matched right after a core: infix qualifier, scale word, unit
              (percent, points, multiple, currency, measure, duration,
              classifier + noun), trailing qualifier.
``prefix``    searched right before a core: currency sign, qualifier word.

Each is compiled once per process.
"""

from __future__ import annotations

import math
import re
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

import regex

from ..lang.pack import LanguagePack, load_packs
from ..models.quantity import Qualifier
from .numerals import CjkTables, EnglishTables

__all__ = ["QuantityGrammar", "alternation", "decimal_of", "quantity_grammar"]


def _ends_in_one_of(items: list[str]) -> regex.Pattern[str]:
    """Text ending in one of ``items`` and blanks: a whole word (``ticked``) or a punctuation mark
    (``,``); single letters are left to ``qualifier_not_after``."""
    words = [w for w in items if len(w) > 1]
    marks = [w for w in items if len(w) == 1 and not w.isalnum()]
    parts = [rf"(?<![A-Za-z])(?:{alternation(words, ignore_case=True)})[ \t]+"] if words else []
    parts += [rf"[{regex.escape(''.join(marks))}][ \t]*"] if marks else []
    return regex.compile(rf"(?:{'|'.join(parts) or '(?!)'})\Z")


def decimal_of(value: float | int) -> Decimal:
    """A Decimal for a table value; powers of ten keep their exponent (1E+4), so precision survives."""
    if value >= 10:
        exp = math.log10(value)
        if abs(exp - round(exp)) < 1e-12:
            return Decimal(1).scaleb(round(exp))
    if value == int(value):
        return Decimal(int(value))
    return Decimal(str(value))


def _is_latin_word(s: str) -> bool:
    return any(c.isascii() and c.isalpha() for c in s)


def _escape(text: str, spaced: bool = False) -> str:
    if spaced:  # 个 百 分 点: spaces or tabs may separate the characters of a Han word
        return "".join(r"[ \t]*" + _escape(ch) if ch > "\u2e7f" else _escape(ch) for ch in text)
    return regex.escape(text).replace(r"\ ", r"\s+")


def alternation(
    items: Iterable[str],
    *,
    word_boundary: bool = True,
    ignore_case: bool = False,
    spaced: bool = False,
    digits_end: bool = False,
    not_before: Mapping[str, str] | None = None,
) -> str:
    """A regex alternation of literal ``items``, longest first; Latin words get letter boundaries.

    Items are grouped under their first character, keeping their order: items with
    different first characters never match at the same position, so the grouped
    alternation matches exactly what the flat one would, while the engine gives up
    on a position after one test per first character instead of one per item (the
    unit and qualifier lists have hundreds of items). With ``spaced``, the
    characters of a Han item may be spread out with spaces (个 百 分 点). With
    ``digits_end``, a digit right after a Latin item also means it is not that word
    (24703m212 holds no metre). ``not_before`` maps an item to the characters that make it
    another word when they follow it (升 is no litre in 升至).
    """
    ordered = sorted(set(items), key=lambda s: (-len(s), s))
    if not ordered:
        return "(?!)"
    groups: dict[str, list[tuple[bool, str]]] = {}
    for item in ordered:
        latin = word_boundary and _is_latin_word(item)
        before = latin and item[0].isascii() and item[0].isalnum()
        after = ""
        if latin and item[-1].isascii() and item[-1].isalnum():  # km2 in km212 is no unit: digits go on too
            after = r"(?![A-Za-z0-9])" if digits_end or item[-1].isdigit() else r"(?![A-Za-z])"
        if not_before and item in not_before:
            after += f"(?![{regex.escape(not_before[item])}])"
        key = item[0].lower() if ignore_case else item[0]
        groups.setdefault(key, []).append((before, _escape(item[1:], spaced and not latin) + after))
    branches = []
    for first, members in groups.items():
        head = _escape(first)
        if all(before for before, _ in members) or not any(before for before, _ in members):
            head = (r"(?<![A-Za-z])" if members[0][0] else "") + head
            tails = [rest for _, rest in members]
        else:
            tails = [(r"(?<![A-Za-z])" if before else "") + head + rest for before, rest in members]
            head = ""
        branches.append(head + (tails[0] if len(tails) == 1 else "(?:" + "|".join(tails) + ")"))
    body = "|".join(branches)
    return f"(?i:{body})" if ignore_case else f"(?:{body})"


def _merge(dicts: Iterable[Mapping[str, object]]) -> dict[str, object]:
    out: dict[str, object] = {}
    for d in dicts:
        out.update(d)
    return out


def _case_split(items: Iterable[str]) -> tuple[list[str], list[str]]:
    """Latin words match in any case when written in lower or mixed case (dollars, Swiss
    francs); codes and symbols written in capitals (USD, MW, GB) and one-letter symbols
    (g is a gram, G is not: 5G) match only as written."""
    lower, exact = [], []
    for item in items:
        letters = [c for c in item if c.isascii() and c.isalpha()]
        folds = (
            len(letters) > 1 and any(c.islower() for c in letters) and (item.islower() or len(letters) > 3)
        )
        (lower if folds else exact).append(item)
    return lower, exact


def _either_case(
    items: Iterable[str],
    spaced: bool = False,
    digits_end: bool = False,
    not_before: Mapping[str, str] | None = None,
) -> str:
    lower, exact = _case_split(items)
    return (
        "(?:"
        + alternation(lower, ignore_case=True, digits_end=digits_end, not_before=not_before)
        + "|"
        + alternation(exact, spaced=spaced, digits_end=digits_end, not_before=not_before)
        + ")"
    )


@dataclass(frozen=True)
class QuantityGrammar:
    """Compiled patterns and lookup tables for quantity extraction."""

    run_rx: regex.Pattern[str]
    en_rx: regex.Pattern[str]
    half_rx: regex.Pattern[str]
    point_fraction_rx: regex.Pattern[str] | None  # a quarter point, half a percentage point
    point_fractions: dict[str, Decimal]
    # 减息四分一厘 (Hong Kong): a fraction in Han characters right before its point word
    point_fraction_han_rx: regex.Pattern[str] | None
    point_fraction_han_words: tuple[str, ...]  # …its fractions, any of which the text must hold
    rate_step: regex.Pattern[str] | None  # 码 after a number, as a step of a rate (降息1码)
    rate_step_after: regex.Pattern[str] | None  # the word of moving a rate right before the number
    rate_steps: dict[str, Decimal]
    rate_level: regex.Pattern[str] | None  # 厘 after a number, as a rate's level in percent
    rate_level_context: regex.Pattern[str] | None  # a word of rates earlier in the clause
    clause_ends: str  # characters that end a clause or sentence (a rate's level needs its word in it)
    rate_levels: dict[str, Decimal]
    mword_rx: regex.Pattern[str]
    mword_han_rx: regex.Pattern[str]  # the multiple words without Latin letters (翻番), for the whole text
    frac_rx: regex.Pattern[str]
    afrac_rx: regex.Pattern[str]
    ratio_rx: regex.Pattern[str]
    pof_rx: regex.Pattern[str]
    spaced_rx: regex.Pattern[str]
    en_fraction_rx: regex.Pattern[str]
    core_triggers: dict[str, frozenset[str]]
    suffix: re.Pattern[str]  # the standard engine: several times faster on this long anchored pattern
    currency_prefix: regex.Pattern[str]
    qualifier_prefix: regex.Pattern[str]
    between_prefix: regex.Pattern[str]
    change_prefix: regex.Pattern[str]
    ordinal_prefix: regex.Pattern[str]
    ordinal_suffix: regex.Pattern[str]
    range_gap: regex.Pattern[str]
    between_join: regex.Pattern[str]
    between_close: regex.Pattern[str]
    ratio_context: regex.Pattern[str]
    not_numbers_han: regex.Pattern[str] | None
    not_numbers_digits: regex.Pattern[str] | None
    not_numbers_latin: regex.Pattern[str] | None
    not_numbers_chars: dict[str, frozenset[str]]
    skip_spans: tuple[regex.Pattern[str], ...]
    list_marker: regex.Pattern[str] | None
    prefix_chars: dict[str, frozenset[str]]
    suffix_first_chars: frozenset[str]
    mixed_fraction: regex.Pattern[str]
    # a joiner and a fraction after a whole number (三又三分之一): the whole number is a figure
    mixed_fraction_next: regex.Pattern[str] | None
    percent_after: regex.Pattern[str]  # right after a mixed fraction: (4-1/4) percent
    group_classifiers: dict[str, Decimal]
    cjk: CjkTables
    english: EnglishTables
    weak_standalone: frozenset[str]
    han_digits: frozenset[str]
    currency_prefix_units: dict[str, str]
    currency_suffix_units: dict[str, str]
    ambiguous_currency: dict[str, tuple[str, str]]
    measure_units: dict[str, tuple[str, Decimal]]
    duration_units: dict[str, tuple[str, Decimal]]
    scales: dict[str, Decimal]
    currency_only_scales: dict[str, Decimal]
    multiple_words: dict[str, Decimal]
    percent_of: dict[str, str]
    qualifier_prefix_words: dict[str, Qualifier]
    qualifier_suffix_words: dict[str, Qualifier]
    count_stopwords: frozenset[str]
    count_nouns: frozenset[str]
    classifier_words: frozenset[str]
    month_words: frozenset[str]
    unit_leads: dict[str, tuple[str, ...]]
    generic_currency: frozenset[str]
    scaled_measures: dict[str, tuple[str, Decimal]]
    qualifier_not_after: dict[str, frozenset[str]]  # 过 is no qualifier after 通, 经 (通过, 经过)
    qualifier_not_after_word: dict[str, regex.Pattern[str]]  # up to is no bound after ticked (ticked up to)
    numbered_paragraph: regex.Pattern[str] | None  # 13 银行业…: numbered when 12 or 14 opens a paragraph near
    article_counted_after: regex.Pattern[str]  # 只有一家: after these words 一 is a count
    article_numerals: frozenset[str]  # a count of one of these before a classifier is an article (一个)
    time_of_day: regex.Pattern[str] | None  # 17:38, not a figure
    split_durations: dict[str, tuple[str, str]]  # 个半月 -> (个月, 半): a duration split by an infix
    currency_by_lang: dict[str, dict[str, str]]
    negative_prefix: regex.Pattern[str]
    negative_sign: regex.Pattern[str]  # -$70.3bn: a sign right before a currency word
    half_value: Decimal
    subunit_tail: regex.Pattern[str]  # after an amount: [joiner] number sub-unit (又三美分, and 50 cents)
    scaled_join: regex.Pattern[str]  # between 4 thousand and 3 hundred, 3 hundred and 21
    scale_words: frozenset[str]  # number words that scale (hundred, thousand, crore), lower case
    fraction_of: regex.Pattern[str]  # between a fraction and the scale it takes (two thirds of a million)
    bracketed_unit: re.Pattern[str]  # a measure unit in brackets after a number: 20 (kg)
    counted_currency: regex.Pattern[str]  # a named currency right after a classifier (20个比特币)
    unit_brackets: frozenset[str]  # the bracket pairs that may hold it: "()", "[]"
    currency_subunits: dict[str, tuple[str, Decimal]]
    bare_subunits: dict[str, Decimal]
    half_after_unit: regex.Pattern[str]  # 半 right after a unit (三吨半)
    numeral_units: frozenset[str]  # numeral characters that are a measure after a number (两 the tael)
    digit_only_currency: frozenset[str]  # money only after Arabic digits (5角, not 长三角)
    numeral_unit_not_before: frozenset[str]  # ...unless they start a word (2024两会)
    power: regex.Pattern[str]  # ^5 after a base (2^5)

    def lookup_ci(self, table: Mapping[str, object], surface: str) -> object:
        """Look a matched surface up, case-insensitively for lower-case Latin entries."""
        key = " ".join(surface.split()) if " " in surface or "\t" in surface else surface
        if key in table:
            return table[key]
        return table.get(key.lower())


def _unit_table(packs: Sequence[LanguagePack], attr: str) -> dict[str, tuple[str, Decimal]]:
    out: dict[str, tuple[str, Decimal]] = {}
    for p in packs:
        for surface, spec in getattr(p.units, attr).items():
            if isinstance(spec, str):
                out[surface] = (spec, Decimal(1))
            else:
                out[surface] = (spec[0], decimal_of(spec[1]))
    return out


def build_quantity_grammar(packs: Sequence[LanguagePack]) -> QuantityGrammar:
    """Compose the quantity patterns from ``packs``."""
    num = [p.numerals for p in packs]
    qty = [p.quantities for p in packs]
    units = [p.units for p in packs]

    digits: dict[str, int] = _merge(n.digits for n in num)  # type: ignore[assignment]
    small: dict[str, int] = _merge(n.small_units for n in num)  # type: ignore[assignment]
    large = {k: decimal_of(v) for n in num for k, v in n.large_units.items()}
    zero = frozenset(c for n in num for c in n.zero_chars)
    points = [c for n in num for c in n.decimal_marks]
    infixes: dict[str, Qualifier] = _merge(n.approx_infixes for n in num)  # type: ignore[assignment]
    negatives_cjk = [w for n in num for w in n.negative_words if not _is_latin_word(w)]
    cjk = CjkTables(
        digits={**digits, **dict.fromkeys(zero, 0)},
        small_units=small,
        large_units=large,
        zero_chars=zero,
        decimal_marks=frozenset(points),
        negative_words=frozenset(negatives_cjk),
        approx_infixes=infixes,
        approx_pairs=frozenset(
            (digits[a], digits[b]) for n in num for a, b in n.approx_pairs if a in digits and b in digits
        ),
    )
    english = EnglishTables(
        ones=_merge(n.ones for n in num),  # type: ignore[arg-type]
        tens=_merge(n.tens for n in num),  # type: ignore[arg-type]
        hundred=_merge(n.hundred for n in num),  # type: ignore[arg-type]
        scales={k: decimal_of(v) for n in num for k, v in n.scales.items()},
        group_words=_merge(n.group_words for n in num),  # type: ignore[arg-type]
        fractions={k: decimal_of(v) for n in num for k, v in n.fractions.items()},
        compound_ordinals=frozenset(w for n in num for w in n.compound_ordinals),
        joiners=frozenset(w for n in num for w in n.joiners),
        decimal_words=frozenset(w for n in num for w in n.decimal_words),
        negative_words=frozenset(w for n in num for w in n.negative_words if _is_latin_word(w)),
        article_one=frozenset(w for n in num for w in n.article_one),
    )

    han_digit_chars = "".join(sorted(set(digits) | zero))
    small_chars = "".join(sorted(small))
    large_chars = "".join(sorted(large))
    cn_class = regex.escape(han_digit_chars + small_chars + large_chars)
    hundred_chars = "".join(c for c, v in small.items() if v == 100)
    pct_words = [
        w for q in qty for w in q.percentage_point_suffix + q.percent_suffix if not _is_latin_word(w)
    ]
    pct_tail = (
        "|".join(_escape(w[1:], spaced=True) for w in pct_words if w and w[0] in hundred_chars) or "(?!)"
    )
    point_alt = "|".join(regex.escape(p) for p in points) or "(?!)"
    infix_class = regex.escape("".join(infixes)) or "(?!)"

    # A dotted run with more than one dot (192.168.1.2, 2222.2222.22) is not a decimal.
    arabic = (
        # a number right after a Latin label and a dot (EP.214, No.3, v.2) is the label's
        r"(?<![A-Za-z]\.\d*)(?:(?<![\d.])\d{1,3}(?:,\d{3})+(?![\d])|\d+)(?:\.\d+(?!\.\d))?(?:[eE][-+]?\d{1,2}(?![\w]))?"
        r"|(?<![\d.A-Za-z])\.\d+"  # not EP.214, v.2
    )
    han_atom = (
        rf"(?:[{regex.escape(han_digit_chars)}]"
        rf"|[{regex.escape(large_chars)}](?!\s*分\s*之)"
        rf"|[{regex.escape(small_chars)}](?!\s*(?:{pct_tail}|分\s*之)))"
    )
    item = (
        rf"(?:{arabic}|{han_atom}|(?:{point_alt})(?=\s*(?:\d|[{regex.escape(han_digit_chars)}]))"
        rf"|[{infix_class}](?=[ \t]*[{regex.escape(small_chars + large_chars)}]))"
    )
    neg = "|".join(regex.escape(w) for w in negatives_cjk) or "(?!)"
    run = (
        # a negative word joins a Han numeral only when written next to it (转负 两岸 is no −2)
        rf"(?:(?:{neg})(?:[ \t]+(?=\.?\d))?|(?<![A-Za-z0-9.%)）\]\-−])(?<!\d[ \t])[-−](?=\.?\d))?"
        # a decimal word ends a word before it, never starts a figure (高点11042亿 is no .11042)
        rf"(?!(?<=\p{{Han}})(?:{point_alt})){item}"
        rf"(?:(?:(?<=\p{{Han}})[ \t]+|[ \t]+(?=[{regex.escape(small_chars + large_chars)}])|){item})*"
    )
    run_any = rf"(?:{arabic}|[{cn_class}])(?:[ \t]*(?:{arabic}|[{cn_class}]|(?:{point_alt})(?=\s*\S)))*"
    spaced = r"(?<![\p{Han}\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:\.\d+)?(?![\d.,]?\d)"

    en_words = sorted(english.words)
    art = alternation(english.article_one, ignore_case=True)
    en_word = alternation(en_words, ignore_case=True)
    en_neg = alternation(english.negative_words, ignore_case=True)
    en_ones = alternation([*english.ones, *english.tens], ignore_case=True)
    en_fraction = alternation(english.fractions, ignore_case=True)
    # "and" joins one number only after hundred or a scale (one hundred and six, two million
    # and three fifths) or before a fraction (two and a half, one and three quarters);
    # elsewhere it joins two numbers (between two and three percent).
    en_join = (
        rf"(?:{alternation(english.decimal_words, ignore_case=True)}"
        rf"|(?<=(?:{alternation([*english.hundred, *english.scales], ignore_case=True)})\s+)"
        rf"{alternation(english.joiners, ignore_case=True)}"
        rf"|{alternation(english.joiners, ignore_case=True)}"
        rf"(?=\s+(?:(?:{art}|{en_ones})(?:[\s-]+{en_ones})?[\s-]+)?{en_fraction}))"
    )
    # "a" stands for one only before hundred, a scale, a fraction or a group word (a third, a dozen).
    en_after_article = alternation(
        [*english.hundred, *english.scales, *english.fractions, *english.group_words], ignore_case=True
    )
    en_run = (
        rf"(?:{en_neg}\s+)?(?:{art}\s+(?={en_after_article}))?{en_word}"
        rf"(?:(?:\s*-\s*|\s+)(?:{en_join}\s+)?(?:{art}\s+(?={en_after_article}))?{en_word})*"
    )

    percent_of = {k: v for q in qty for k, v in q.percent_of.items()}
    frac_infix = (
        "|".join(
            r"\s*".join(regex.escape(c) for c in w)
            for q in qty
            for w in q.fraction_infix
            if not _is_latin_word(w) and w != "/"
        )
        or "(?!)"
    )
    frac_chars = "".join(sorted({c for w in (q.fraction_infix for q in qty) for s in w for c in s}))
    multiple_words = {k: decimal_of(v) for q in qty for k, v in q.multiple_words.items()}
    ratio_infix = alternation([w for q in qty for w in q.ratio_infix if not _is_latin_word(w)])
    del frac_chars

    half_words = {k: decimal_of(v) for q in qty for k, v in q.half_words.items()}
    point_fractions = {k: decimal_of(v) for q in qty for k, v in q.point_fractions.items()}
    point_fraction_units = [w for q in qty for w in q.point_fraction_units]
    han_point_fractions = [w for w in point_fractions if not w.isascii()]
    han_point_units = [w for w in point_fraction_units if not w.isascii()]
    point_fraction_units = [w for w in point_fraction_units if w.isascii()]
    rate_steps = {k: decimal_of(v) for q in qty for k, v in q.rate_steps.items()}
    rate_step_after = [w for q in qty for w in q.rate_step_after]
    rate_levels = {k: decimal_of(v) for q in qty for k, v in q.rate_levels.items()}
    rate_level_context = [w for q in qty for w in q.rate_level_context]
    not_before = "".join(regex.escape(c) for q in qty for c in q.rate_level_not_before)
    rate_level_after = f"(?![{not_before}])" if not_before else ""
    rate_level = regex.compile(rf"(?:{alternation(rate_levels)}){rate_level_after}") if rate_levels else None
    point_suffixes = [
        w for q in qty for w in q.percentage_point_suffix + q.basis_point_suffix if not _is_latin_word(w)
    ]
    # Cores: a numeral run is the common case and is scanned on its own; the rarer
    # forms are scanned separately (English words, 半, multiple words) or tried at a
    # run's position when the character after it calls for them (分之, /, :, 比).
    run_rx = regex.compile(rf"(?>{run})")
    en_rx = regex.compile(en_run)
    # 半个百分点, and 半码 / 半厘 (a rate step, read as one only after a word of moving a rate)
    half_rx = regex.compile(
        rf"(?:{alternation(half_words)})(?=[ \t]*(?:{alternation([*point_suffixes, *rate_steps])}))"
    )
    mword_rx = regex.compile(_either_case(multiple_words))
    frac_rx = regex.compile(
        rf"(?P<fden>(?:{neg})?[ \t]*(?>{run_any}))\s*(?:{frac_infix})\s*(?P<fnum>(?:{neg})?[ \t]*{run_any})"
    )
    afrac_rx = regex.compile(r"(?<![\d/.]|\d,)-?\d{1,4}\s*[/／]\s*\d{1,4}(?![\d/.,%])")
    ratio_rx = regex.compile(rf"(?<![\d:.])\d+(?:\.\d+)?\s*(?:{ratio_infix})\s*\d+(?:\.\d+)?(?![\d:])")
    pof_rx = regex.compile(
        rf"(?<![{regex.escape(han_digit_chars)}\d])(?P<pof>[{regex.escape(''.join(percent_of))}]{{1,4}})\s*分\s*之\s*"
        rf"(?P<pofn>{run_any})"
    )
    spaced_rx = regex.compile(spaced)
    word_fraction = [w for q in qty for w in q.fraction_infix if _is_latin_word(w)]
    en_fraction_rx = regex.compile(rf"[ \t]+(?:{alternation(word_fraction, ignore_case=True)})[ \t]+")
    mixed_joiners = [w for q in qty for w in q.mixed_fraction_joiners]
    core_triggers = {
        "fraction": frozenset(c for w in [w for q in qty for w in q.fraction_infix] for c in w[:1]),
        "ratio": frozenset(
            c for q in qty for w in q.ratio_infix for c in w[:1] if not c.isalpha() or not c.isascii()
        ),
    }

    # ------------------------------------------------------------ suffix
    scales = {k: decimal_of(v) for n in num for k, v in n.abbreviated_scales.items()}
    scales.update(english.scales)
    scales.update({k: decimal_of(v) for k, v in english.hundred.items()})  # 322 hundred
    scales.update({k: decimal_of(v) for k, v in english.group_words.items()})  # 3 dozens
    currency_only = {k: decimal_of(v) for n in num for k, v in n.currency_only_scales.items()}
    currency_suffix: dict[str, str] = _merge(u.currency_suffix for u in units)  # type: ignore[assignment]
    ambiguous = {k: v for u in units for k, v in u.ambiguous_currency_suffix.items()}
    measures = _unit_table(packs, "measures")
    numeral_units = _unit_table(packs, "numeral_units")
    measures.update(numeral_units)  # 三十两: read as a measure once the run gives 两 back
    measure_not_before: dict[str, str] = _merge(u.measure_not_before for u in units)  # type: ignore[assignment]
    scaled_measures = _unit_table(packs, "scaled_measures")
    durations = _unit_table(packs, "durations")
    group_classifiers = {k: decimal_of(v) for u in units for k, v in u.group_classifiers.items()}
    classifiers = [c for u in units for c in u.classifiers] + list(group_classifiers)
    count_nouns = [c for u in units for c in u.count_nouns]
    han_nouns = [c for c in count_nouns if not _is_latin_word(c)]
    classifier_not_before: dict[str, str] = _merge(u.classifier_not_before for u in units)  # type: ignore[assignment]
    classifier_alt = "|".join(
        regex.escape(c)
        + (f"(?![{regex.escape(classifier_not_before[c])}])" if c in classifier_not_before else "")
        for c in sorted(set(classifiers), key=len, reverse=True)
    )
    tenths = [w for q in qty for w in q.tenths_suffix]
    discount = [w for q in qty for w in q.discount_suffix]
    not_before = "".join(c for q in qty for c in q.discount_not_before)
    qual_suffix: dict[str, Qualifier] = _merge(q.qualifier_suffix for q in qty)  # type: ignore[assignment]
    qual_suffix_not_before: dict[str, str] = _merge(q.qualifier_suffix_not_before for q in qty)  # type: ignore[assignment]
    han_infix = [w for w, q in qual_suffix.items() if len(w) == 1 and not _is_latin_word(w)]
    # 七个半月, 两个多月: a duration word that starts with a classifier, split by an infix.
    split_durations = {
        word[0] + infix + word[1:]: (word, infix)
        for u in units
        for infix in u.split_duration_infixes
        for word in durations
        if len(word) > 1 and word[0] in classifiers
    }

    def words(attr: str) -> list[str]:
        return [w for q in qty for w in getattr(q, attr)]

    # Matched once per number, so speed counts: it uses nothing the standard engine lacks,
    # which runs it (and reads its groups) several times faster than regex does.
    suffix = re.compile(
        rf"(?P<infix>[ \t]*(?:{alternation(han_infix)}))?"
        rf"(?:[ \t]*(?P<scale>{_either_case(scales)}"
        rf"|{alternation(currency_only)}(?=[ \t]+[A-Za-z]{{3}}|[^\w]|$))(?![A-Za-z0-9]))?"
        rf"(?:-(?=[A-Za-z])|[ \t]*)(?:"
        rf"(?P<pp>{_either_case(words('percentage_point_suffix'), spaced=True)})"
        rf"|(?P<bp>{_either_case(words('basis_point_suffix'), spaced=True)})"
        rf"|(?P<pct>{_either_case(words('percent_suffix'), spaced=True)})"
        rf"|(?P<pm>{_either_case(words('permille_suffix'))})"
        rf"|(?P<mult>{_either_case(words('multiple_suffix'))})"
        rf"|(?P<tenth>{alternation(tenths)})(?P<tenthx>[{regex.escape(han_digit_chars)}\d](?![\d{cn_class}])|半)?"
        rf"|(?P<disc>{alternation(discount)})(?![{regex.escape(not_before)}])"
        rf"|(?P<cur>{_either_case(currency_suffix)})"
        rf"|(?P<amb>{_either_case(ambiguous)})"
        rf"|(?P<meas>{_either_case(measures, digits_end=True, not_before=measure_not_before)})"
        rf"|(?P<sdur>{alternation(split_durations) if split_durations else '(?!)'})"
        rf"|(?P<dur>{_either_case(durations)})"
        rf"|(?P<smeas>{_either_case(scaled_measures)})"
        rf"|(?P<hnoun>{alternation(han_nouns)})"
        rf"|(?P<cls>{classifier_alt})(?P<noun>{alternation(han_nouns)})?"
        rf"|(?P<enword>[A-Za-z][a-z]+(?:-[a-z]+)?)"
        rf")?"
        rf"(?P<qs>[ \t]*(?:{_either_case(qual_suffix, not_before=qual_suffix_not_before)}))?"
    )

    # ------------------------------------------------------------ prefix
    currency_prefix: dict[str, str] = _merge(u.currency_prefix for u in units)  # type: ignore[assignment]
    subunits = {k: v for u in units for k, v in u.currency_subunits.items()}
    brackets = sorted({b for u in units for b in u.unit_brackets})
    subunit_joiners = [w for u in units for w in u.subunit_joiners]
    not_sub = [c for u in units for c in u.subunit_not_before]
    qual_prefix: dict[str, Qualifier] = _merge(q.qualifier_prefix for q in qty)  # type: ignore[assignment]
    ordinal = [w for n in num for w in n.ordinal_prefixes]
    between_open = [w for q in qty for w in q.range_between.open]
    between_join = [w for q in qty for w in q.range_between.join]
    between_close = [w for q in qty for w in q.range_between.close]
    connectors = [
        w for q in qty for w in q.range_connectors if w not in between_join or not _is_latin_word(w)
    ]
    change = [w for q in qty for w in q.change_markers]
    range_openers = [w for q in qty for w in q.range_openers]
    ratio_ctx = [w for q in qty for w in q.ratio_context]
    not_numbers = [(p.code, pat) for p in packs for pat in p.numerals.not_numbers]
    latin_packs = {p.code for p in packs if p.numerals.script == "latin"}
    list_markers = [n.list_marker for n in num if n.list_marker]
    month_words = frozenset(k for p in packs for k in p.times.month_names)
    # Units whose first character is also a numeral unit (兆瓦, 千米, 千瓦时): the numeral run
    # must give that character back to the unit.
    leads: dict[str, list[str]] = {}
    for surface in list(measures) + list(currency_suffix):
        if len(surface) > 1 and (surface[0] in small or surface[0] in large):
            leads.setdefault(surface[0], []).append(surface[1:])

    return QuantityGrammar(
        run_rx=run_rx,
        en_rx=en_rx,
        half_rx=half_rx,
        point_fraction_rx=regex.compile(
            rf"(?<![A-Za-z-])(?P<pfrac>{alternation(point_fractions, ignore_case=True)})[ \t-]+"
            rf"(?:{alternation(point_fraction_units, ignore_case=True)})(?![A-Za-z])"
        )
        if point_fractions
        else None,
        point_fractions=point_fractions,
        point_fraction_han_rx=regex.compile(
            rf"(?P<pfrac>{alternation(han_point_fractions)})[ \t]*"
            rf"(?:{alternation(han_point_units)}){rate_level_after}"
        )
        if han_point_fractions and han_point_units
        else None,
        point_fraction_han_words=tuple(han_point_fractions),
        rate_step=regex.compile(alternation(rate_steps)) if rate_steps else None,
        rate_step_after=regex.compile(rf"(?:{alternation(rate_step_after)})[ \t]*\Z")
        if rate_step_after
        else None,
        rate_steps=rate_steps,
        rate_level=rate_level,
        clause_ends="".join(
            sorted({c for p in packs for c in (*p.claims.clause_marks, *p.segment.sentence_enders)} | {"\n"})
        ),
        rate_level_context=regex.compile(alternation(rate_level_context)) if rate_level_context else None,
        rate_levels=rate_levels,
        mword_rx=mword_rx,
        mword_han_rx=regex.compile(alternation(w for w in multiple_words if not _is_latin_word(w))),
        frac_rx=frac_rx,
        afrac_rx=afrac_rx,
        ratio_rx=ratio_rx,
        pof_rx=pof_rx,
        spaced_rx=spaced_rx,
        en_fraction_rx=en_fraction_rx,
        core_triggers=core_triggers,
        suffix=suffix,
        currency_prefix=regex.compile(
            rf"(?P<cp>(?i:(?<![A-Za-z.])(?:hk|us|u\.s\.?|nt|mex|c)\s?\$)|(?<![A-Za-z])[ACSR]\$"
            rf"|{_either_case(currency_prefix)})[ \t]*\Z"
        ),
        qualifier_prefix=regex.compile(rf"(?P<qp>{_either_case(qual_prefix)})[ \t]*(?:的)?\Z"),
        between_prefix=regex.compile(rf"(?:{_either_case(between_open)})[ \t]*\Z"),
        change_prefix=regex.compile(
            rf"(?<!(?:{_either_case(range_openers)})[ \t]+)(?<![A-Za-z])(?:{_either_case(change)})[ \t]*\Z"
        ),
        ordinal_prefix=regex.compile(rf"(?:{alternation(ordinal)})[ \t]*\Z"),
        ordinal_suffix=regex.compile(
            rf"(?:{'|'.join(regex.escape(x) for n in num for x in n.ordinal_suffixes) or '(?!)'})(?![A-Za-z])"
        ),
        range_gap=regex.compile(rf"[ \t]*(?:{_either_case(connectors)})[ \t]*\Z"),
        between_join=regex.compile(rf"[ \t]*(?:{_either_case(between_join)})[ \t]*\Z"),
        between_close=regex.compile(rf"[ \t]*(?:{alternation(between_close)})"),
        ratio_context=regex.compile(_either_case(ratio_ctx)),
        not_numbers_han=_union(
            [p for code, p in not_numbers if code not in latin_packs and not _has_digit(p)]
        ),
        not_numbers_digits=_union(
            [p for code, p in not_numbers if code not in latin_packs and _has_digit(p)]
        ),
        not_numbers_latin=_union([p for code, p in not_numbers if code in latin_packs]),
        # Scanned one by one: each keeps the engine's fast search for its literal (://, www., @),
        # which a union of them loses.
        skip_spans=tuple(regex.compile(p) for n in num for p in n.skip_spans),
        not_numbers_chars={
            "han": _literal_chars(
                [p for code, p in not_numbers if code not in latin_packs and not _has_digit(p)]
            ),
            "digits": _literal_chars(
                [p for code, p in not_numbers if code not in latin_packs and _has_digit(p)]
            ),
            "latin": _literal_chars([p for code, p in not_numbers if code in latin_packs]),
        },
        group_classifiers=group_classifiers,
        mixed_fraction=regex.compile(rf"[ \t]*(?:{alternation(mixed_joiners)})[ \t]*\Z|[ \t]+\Z"),
        mixed_fraction_next=(
            regex.compile(
                rf"[ \t]*(?:{alternation(mixed_joiners)})[ \t]*(?:{frac_rx.pattern}|{afrac_rx.pattern})"
            )
            if mixed_joiners
            else None
        ),
        percent_after=regex.compile(
            rf"[ \t]*(?:{_either_case(words('percent_suffix'), spaced=True)})(?![A-Za-z])"
        ),
        suffix_first_chars=_first_chars(
            [
                *words("percentage_point_suffix"),
                *words("basis_point_suffix"),
                *words("percent_suffix"),
                *words("permille_suffix"),
                *words("multiple_suffix"),
                *tenths,
                *discount,
                *ambiguous,
                *currency_suffix,
                *measures,
                *durations,
                *scaled_measures,
                *classifiers,
                *han_nouns,
                *qual_suffix,
                *scales,
                *currency_only,
                *(string.ascii_letters),
                "-",
            ]
        ),
        prefix_chars={
            "currency": _last_chars([*currency_prefix, "$"]),
            "qualifier": _last_chars([*qual_prefix, "的"]),
            "negative": _last_chars([w for n in num for w in (*n.negative_words, *n.negative_links)]),
            "ordinal": _last_chars(ordinal),
            "between": _last_chars(between_open),
            "change": _last_chars(change),
        },
        list_marker=regex.compile("|".join(f"(?:{p})" for p in list_markers), regex.MULTILINE)
        if list_markers
        else None,
        cjk=cjk,
        english=english,
        weak_standalone=frozenset(c for n in num for c in n.weak_standalone),
        han_digits=frozenset(han_digit_chars),
        currency_prefix_units=currency_prefix,
        currency_suffix_units=currency_suffix,
        ambiguous_currency=ambiguous,
        measure_units=measures,
        duration_units=durations,
        scales=scales,
        currency_only_scales=currency_only,
        multiple_words=multiple_words,
        percent_of=percent_of,
        qualifier_prefix_words=qual_prefix,
        qualifier_suffix_words=qual_suffix,
        count_stopwords=frozenset(w for u in units for w in u.count_stopwords),
        count_nouns=frozenset(w.lower() for w in count_nouns),
        classifier_words=frozenset(classifiers),
        month_words=month_words,
        unit_leads={k: tuple(sorted(v, key=len, reverse=True)) for k, v in leads.items()},
        numeral_units=frozenset(numeral_units),
        digit_only_currency=frozenset(w for u in units for w in u.digit_only_currency),
        numeral_unit_not_before=frozenset(c for u in units for c in u.numeral_unit_not_before),
        generic_currency=frozenset(w for u in units for w in u.generic_currency_suffix),
        scaled_measures=scaled_measures,
        qualifier_not_after={
            k: frozenset(c for q in qty for c in q.qualifier_prefix_not_after.get(k, ()) if len(c) == 1)
            for q in qty
            for k in q.qualifier_prefix_not_after
        },
        qualifier_not_after_word={
            k: _ends_in_one_of(v) for q in qty for k, v in q.qualifier_prefix_not_after.items() if v
        },
        numbered_paragraph=regex.compile(
            "|".join(f"(?:{n.numbered_paragraph})" for n in num if n.numbered_paragraph), regex.MULTILINE
        )
        if any(n.numbered_paragraph for n in num)
        else None,
        article_numerals=frozenset(w for n in num for w in n.article_numerals),
        article_counted_after=regex.compile(
            rf"(?:{alternation([w for n in num for w in n.article_counted_after])})[ \t]*\Z"
        ),
        time_of_day=_union(sorted({n.time_of_day for n in num if n.time_of_day})),
        split_durations=split_durations,
        currency_by_lang=_currency_by_lang(packs),
        negative_prefix=regex.compile(
            rf"(?:{alternation([w for n in num for w in n.negative_words], ignore_case=True)})"
            rf"(?:[ \t]*(?:{alternation([w for n in num for w in n.negative_links]) or '(?!)'}))?[ \t]*\Z"
        ),
        # a sign right before a currency word (-$70.3bn), not after a Latin word, a figure or a mark
        # that makes it a hyphen or a range's dash ($5-$10, COVID-19)
        negative_sign=regex.compile(
            rf"(?<![A-Za-z0-9_.,%)$])(?:{alternation([c for n in num for c in n.negative_signs])})\Z"
        ),
        half_value=next(iter(half_words.values()), Decimal("0.5")),
        subunit_tail=regex.compile(
            rf"[ \t]*(?:{_either_case(subunit_joiners)})?[ \t]*"
            rf"(?P<num>(?>{run})|{en_run})[ \t]*(?P<sub>{_either_case(subunits)})"
            + (rf"(?![{regex.escape(''.join(not_sub))}])" if not_sub else "")
        ),
        currency_subunits={k: (v[0], decimal_of(v[1])) for k, v in subunits.items()},
        scale_words=frozenset(w.lower() for w in [*english.scales, *english.hundred]),
        bracketed_unit=re.compile(
            rf"[ \t]*(?P<open>[{re.escape(''.join(b[0] for b in brackets))}])[ \t]*"
            rf"(?P<meas>{_either_case(measures, digits_end=True, not_before=measure_not_before)})[ \t]*"
            rf"(?P<close>[{re.escape(''.join(b[1] for b in brackets))}])"
            if brackets
            else "(?!)"
        ),
        unit_brackets=frozenset(brackets),
        counted_currency=regex.compile(alternation(w for u in units for w in u.counted_currencies)),
        fraction_of=regex.compile(
            rf"[ \t]+{alternation([w for q in qty for w in q.fraction_of], ignore_case=True)}[ \t]+"
        ),
        scaled_join=regex.compile(rf"[ \t]+(?:{alternation(english.joiners, ignore_case=True)}[ \t]+)?"),
        bare_subunits={k: decimal_of(v) for u in units for k, v in u.bare_subunits.items()},
        half_after_unit=regex.compile(
            rf"(?:{alternation(w for q in qty for w in q.half_after_unit)})"
            rf"(?![{regex.escape(''.join(c for q in qty for c in q.half_after_unit_not_before))}])"
            if any(q.half_after_unit for q in qty)
            else "(?!)"
        ),
        power=regex.compile(
            rf"[ \t]*(?:{alternation(w for q in qty for w in q.power_signs)})[ \t]*"
            r"(?P<psign>[-+−]*)(?P<pexp>\d+(?:\.\d+)?)(?![\d.])"
        ),
    )


def _has_digit(pattern: str) -> bool:
    """Whether a pattern can match Arabic digits (then it concerns Arabic numbers too)."""
    return "\\d" in pattern or any(c.isdigit() and c.isascii() for c in pattern)


def _union(patterns: Sequence[str]) -> regex.Pattern[str] | None:
    return regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None


def _literal_chars(patterns: Iterable[str]) -> frozenset[str]:
    """Characters a pattern could match literally (Han, letters, a few signs): a cheap pre-test.

    A word that is not a figure can only contain a number if the number's
    neighbour is one of these characters; otherwise the pattern is not tried.
    """
    out: set[str] = set(" -+(/&.[]#")
    for p in patterns:
        for ch in p:
            if not ch.isascii() or ch.isalpha():
                out.update({ch, ch.lower(), ch.upper()})
        out.update(chr(int(code, 16)) for code in _ESCAPED_CHAR.findall(p))  # \u20E3
    return frozenset(out)


#: A character written as an escape in a pattern (\u20E3).
_ESCAPED_CHAR = regex.compile(r"\\u([0-9A-Fa-f]{4})")


def _first_chars(words: Iterable[str]) -> frozenset[str]:
    """First characters of ``words`` in both cases: a cheap test before matching a suffix."""
    out: set[str] = set()
    for w in words:
        if w:
            out.update({w[0], w[0].lower(), w[0].upper()})
    return frozenset(out)


def _last_chars(words: Iterable[str]) -> frozenset[str]:
    """Last characters of ``words`` in both cases: a cheap test before searching for a prefix word."""
    out: set[str] = set()
    for w in words:
        if w:
            out.update({w[-1], w[-1].lower(), w[-1].upper()})
    return frozenset(out)


def _currency_by_lang(packs: Sequence[LanguagePack]) -> dict[str, dict[str, str]]:
    """surface → {language: currency} for surfaces whose currency depends on the language (¥)."""
    out: dict[str, dict[str, str]] = {}
    for p in packs:
        for table in (p.units.currency_prefix, p.units.currency_suffix):
            for surface, code in table.items():
                out.setdefault(surface, {})[p.code] = code
    return {k: v for k, v in out.items() if len(set(v.values())) > 1}


@cache
def quantity_grammar() -> QuantityGrammar:
    """The grammar built from the bundled language packs (compiled once)."""
    return build_quantity_grammar(load_packs())
