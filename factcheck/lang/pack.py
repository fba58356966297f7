"""Language packs: the per-language data under ``rules/lang/<code>/``, validated.

Each YAML file of a pack is one section (numerals, units, quantities, times,
segment, boilerplate, attribution). Code never compares language codes: it
reads fields of these models, and the extractor merges all packs into one grammar so that a
Chinese article quoting "$4.5 billion" is read correctly.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Annotated, Any, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from ..data import load_yaml, validate
from ..errors import RuleFileError
from ..models.quantity import Qualifier
from ..models.rules import AttributionSection
from ..resources import rules_dir

__all__ = [
    "BoilerplateSection",
    "ClaimsSection",
    "LanguagePack",
    "NumeralsSection",
    "QuantitiesSection",
    "SegmentSection",
    "ShareFrame",
    "TimePattern",
    "TimesSection",
    "UnitsSection",
    "load_pack",
    "load_packs",
]


def _check_regex(pattern: str) -> str:
    try:
        regex.compile(regex.sub(r"\{[A-Za-z_]\w*\}", "x", pattern))
    except regex.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return pattern


Regex = Annotated[str, AfterValidator(_check_regex)]


class _Section(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class NumeralsSection(_Section):
    """Numeral systems: Chinese digits and units, English number words."""

    script: Literal["han", "latin"] = Field(description="the writing system the pack's words are in")
    digits: dict[str, int] = Field(default_factory=dict)
    small_units: dict[str, int] = Field(default_factory=dict)
    large_units: dict[str, float] = Field(default_factory=dict)
    zero_chars: list[str] = Field(default_factory=list)
    decimal_marks: list[str] = Field(default_factory=list)
    negative_words: list[str] = Field(default_factory=list)
    #: Particles that may join a negative word to its number (负的0.5%).
    negative_links: list[str] = Field(default_factory=list)
    #: Signs that make a figure negative right before its currency word (-$70.3bn, −¥5万).
    negative_signs: list[str] = Field(default_factory=list)
    approx_infixes: dict[str, Qualifier] = Field(default_factory=dict)
    # Two digits side by side naming an approximate range (三四个 three or four, 十七八 17 or 18).
    approx_pairs: list[str] = Field(default_factory=list)
    weak_standalone: list[str] = Field(default_factory=list)
    not_numbers: list[Regex] = Field(default_factory=list)
    skip_spans: list[Regex] = Field(default_factory=list)
    list_marker: Regex | None = None
    # a paragraph opened by a number: numbered when a paragraph near it has the next or previous one
    numbered_paragraph: Regex | None = None
    # A count of one of these before a classifier is the indefinite article (一个, 一场), not a figure.
    article_numerals: list[str] = Field(default_factory=list)
    article_counted_after: list[str] = Field(default_factory=list)  # 只有一家: a count after these
    # A time of day (00:06, 17:38:05): not a figure, and not a ratio without a ratio word.
    time_of_day: Regex | None = None
    ordinal_prefixes: list[str] = Field(default_factory=list)
    ordinal_suffixes: list[str] = Field(default_factory=list)
    ones: dict[str, int] = Field(default_factory=dict)
    tens: dict[str, int] = Field(default_factory=dict)
    hundred: dict[str, int] = Field(default_factory=dict)
    scales: dict[str, float] = Field(default_factory=dict)
    abbreviated_scales: dict[str, float] = Field(default_factory=dict)
    currency_only_scales: dict[str, float] = Field(default_factory=dict)
    group_words: dict[str, int] = Field(default_factory=dict)
    fractions: dict[str, float] = Field(default_factory=dict)
    compound_ordinals: list[str] = Field(default_factory=list)
    joiners: list[str] = Field(default_factory=list)
    decimal_words: list[str] = Field(default_factory=list)
    article_one: list[str] = Field(default_factory=list)


UnitSpec = str | tuple[str, float]


class UnitsSection(_Section):
    """Currencies, measures, durations and counted nouns."""

    currency_prefix: dict[str, str] = Field(default_factory=dict)
    currency_suffix: dict[str, str] = Field(default_factory=dict)
    ambiguous_currency_suffix: dict[str, tuple[str, str]] = Field(default_factory=dict)
    generic_currency_suffix: list[str] = Field(default_factory=list)
    counted_currencies: list[str] = Field(default_factory=list)  # counted with a classifier: 20个比特币
    # currency words that are money only after Arabic digits (5角; 长三角 and 三角形 are no money)
    digit_only_currency: list[str] = Field(default_factory=list)
    # sub-unit word -> (currency, fraction of it), read after an amount (3美元50美分)
    currency_subunits: dict[str, tuple[str, float]] = Field(default_factory=dict)
    subunit_joiners: list[str] = Field(default_factory=list)  # between an amount and its sub-units (又, and)
    subunit_not_before: list[str] = Field(default_factory=list)  # a sub-unit word is none before these (分钟)
    # currency word -> the fraction a lone digit after it stands for (一块五)
    bare_subunits: dict[str, float] = Field(default_factory=dict)
    measures: dict[str, UnitSpec] = Field(default_factory=dict)
    # Measures that are another word before these characters (升 "rise": 从2.5升至3.1%).
    measure_not_before: dict[str, str] = Field(default_factory=dict)
    # A numeral character that is a measure after a number (两 the tael: 三十两), and the
    # characters after which it is not one (2024两会: 两 starts a word).
    numeral_units: dict[str, UnitSpec] = Field(default_factory=dict)
    numeral_unit_not_before: list[str] = Field(default_factory=list)
    unit_brackets: list[str] = Field(default_factory=list)  # bracket pairs a measure unit may sit in: 20 (kg)
    scaled_measures: dict[str, UnitSpec] = Field(default_factory=dict)
    durations: dict[str, UnitSpec] = Field(default_factory=dict)
    classifiers: list[str] = Field(default_factory=list)
    # Classifiers that are another word before these characters (只 "only": 1.8万亿只占GDP的6%).
    classifier_not_before: dict[str, str] = Field(default_factory=dict)
    group_classifiers: dict[str, int] = Field(default_factory=dict)
    count_nouns: list[str] = Field(default_factory=list)
    # Infixes between a duration's classifier and its unit word (七个半月, 两个多月): 半 adds half
    # the unit, the numerals' approx_infixes (多, 余) qualify the number.
    split_duration_infixes: list[str] = Field(default_factory=list)
    count_stopwords: list[str] = Field(default_factory=list)


class RangeBetween(_Section):
    """Words around a 'between X and Y' range."""

    open: list[str] = Field(default_factory=list)
    join: list[str] = Field(default_factory=list)
    close: list[str] = Field(default_factory=list)


class QuantitiesSection(_Section):
    """Markers of percents, points, multiples, fractions, ratios, ranges and qualifiers."""

    percent_suffix: list[str] = Field(default_factory=list)
    permille_suffix: list[str] = Field(default_factory=list)
    percent_of: dict[str, str] = Field(default_factory=dict)
    tenths_suffix: list[str] = Field(default_factory=list)
    discount_suffix: list[str] = Field(default_factory=list)
    discount_not_before: list[str] = Field(default_factory=list)
    percentage_point_suffix: list[str] = Field(default_factory=list)
    basis_point_suffix: list[str] = Field(default_factory=list)
    multiple_suffix: list[str] = Field(default_factory=list)
    multiple_words: dict[str, float] = Field(default_factory=dict)
    fraction_infix: list[str] = Field(default_factory=list)
    mixed_fraction_joiners: list[str] = Field(default_factory=list)
    half_words: dict[str, float] = Field(default_factory=dict)
    # a fraction of a point in words (a quarter point, half a percentage point): percentage points
    point_fractions: dict[str, float] = Field(default_factory=dict)
    point_fraction_units: list[str] = Field(default_factory=list)
    # steps a rate moves in, after a word of moving it (降息1码: 0.25 percentage point a step)
    rate_steps: dict[str, float] = Field(default_factory=dict)
    rate_step_after: list[str] = Field(default_factory=list)
    # a rate's level written in a unit of percent after a word of rates before it in the clause
    # (利率目标区间降至3.5至3.75厘, 孳息4.1厘: Hong Kong's 厘 is a percent as a level)
    rate_levels: dict[str, float] = Field(default_factory=dict)
    rate_level_context: list[str] = Field(default_factory=list)
    rate_level_not_before: list[str] = Field(default_factory=list)  # 厘米 is a centimetre
    half_after_unit: list[str] = Field(default_factory=list)  # after a unit, adds half of it (三吨半)
    half_after_unit_not_before: list[str] = Field(default_factory=list)  # ...unless a word goes on (半导体)
    power_signs: list[str] = Field(default_factory=list)  # between a base and its exponent (2^5)
    # between a fraction and a scale word (two thirds of a million)
    fraction_of: list[str] = Field(default_factory=list)
    ratio_infix: list[str] = Field(default_factory=list)
    ratio_context: list[str] = Field(default_factory=list)
    range_connectors: list[str] = Field(default_factory=list)
    range_between: RangeBetween = Field(default_factory=RangeBetween)
    change_markers: list[str] = Field(default_factory=list)
    #: Words before a change marker that make what follows a range after all (ranging from 3
    #: to 5 percent, anywhere from $2 to $4 billion).
    range_openers: list[str] = Field(default_factory=list)
    qualifier_prefix: dict[str, Qualifier] = Field(default_factory=dict)
    qualifier_suffix: dict[str, Qualifier] = Field(default_factory=dict)
    #: A suffix qualifier is none before one of these characters, the word going on as a verb
    #: (2,097亿美元多出约300亿: 多出 is "exceeds by").
    qualifier_suffix_not_before: dict[str, str] = Field(default_factory=dict)
    # a qualifier word is none after these characters, which make it another word (通过)
    qualifier_prefix_not_after: dict[str, list[str]] = Field(default_factory=dict)


class TimePattern(_Section):
    """One time-expression pattern and the resolver that turns its groups into dates."""

    name: str
    resolve: str
    regex: Regex
    anchor: list[str] = Field(default_factory=list)  # words one of which every match contains
    # the first of a list of periods sharing one word (去年上、下半年): its year, even a relative
    # one, is the year of the periods after it in the sentence
    listed: bool = False
    # whether its period is one a text reports figures for; a graduating class (2026届) is not, so
    # a later 全年 or 当年 does not count from it
    reported: bool = True

    @field_validator("resolve")
    @classmethod
    def _known_resolver(cls, value: str) -> str:
        from ..extract.timeresolve import RESOLVERS

        if value not in RESOLVERS:
            raise ValueError(f"unknown resolver {value!r}; known: {', '.join(sorted(RESOLVERS))}")
        return value


class Era(_Section):
    """A calendar era: a year written after one of its ``words`` (民国114年), or a bare year
    within ``bare_years`` (114年第3季), is that number plus ``offset`` in the common era."""

    words: list[str] = Field(min_length=1)
    offset: int
    bare_years: tuple[int, int] | None = None  # first and last bare year read in this era


class TimesSection(_Section):
    """Dates, periods, relative expressions, and document-date stamps."""

    fragments: dict[str, Regex] = Field(default_factory=dict)
    relative_words: dict[str, tuple[str, int]] = Field(default_factory=dict)
    #: Relative words matched only by a pattern of their own, with the context it requires
    #: (年内 not inside 旧年内地, 前值), not by the pattern of all relative words.
    relative_words_own_pattern: list[str] = Field(default_factory=list)
    year_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    #: Periods known by a name, the same in every text (疫情前, *pre-pandemic*): [first day, day
    #: after the last]; the pattern of resolver ``named_period`` writes them as ``{named_periods}``.
    named_periods: dict[str, tuple[dt.date, dt.date]] = Field(default_factory=dict)
    month_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    decade_parts: dict[str, tuple[int, int]] = Field(default_factory=dict)
    period_units: dict[str, str] = Field(default_factory=dict)
    past_markers: list[str] = Field(default_factory=list)
    future_markers: list[str] = Field(default_factory=list)
    within_suffixes: list[str] = Field(default_factory=list)
    range_connectors: list[str] = Field(default_factory=list)
    range_openers: list[str] = Field(default_factory=list)
    paired_connectors: list[str] = Field(default_factory=list)
    range_closers: list[str] = Field(default_factory=list)
    month_names: dict[str, int] = Field(default_factory=dict)
    ordinal_words: dict[str, int] = Field(default_factory=dict)
    decade_words: dict[str, int] = Field(default_factory=dict)
    weekdays: dict[str, int] = Field(default_factory=dict)
    #: Words before a weekday that move it by whole weeks (上周三 -1, next Monday +1).
    weekday_weeks: dict[str, int] = Field(default_factory=dict)
    century_words: dict[str, int] = Field(default_factory=dict)
    eras: list[Era] = Field(default_factory=list)
    priority: int = 0
    patterns: list[TimePattern] = Field(default_factory=list)
    header_lines: int = 12
    header_patterns: list[Regex] = Field(default_factory=list)
    # A labelled stamp (时间: 2025-11-08, Published 3 May 2024) may sit lower than an
    # unlabelled one, down to ``stamp_lines``; dates after an excluded label (加入时间,
    # Joined) are a profile's, not the document's.
    stamp_lines: int = 30
    #: With no stamp in the header, a labelled stamp in the last ``footer_lines`` lines dates the
    #: document (a Q&A answer's 编辑于 2025-10-23 21:47, a post's *Posted on* at its foot).
    footer_lines: int = 0
    stamp_labels: list[str] = Field(default_factory=list)
    excluded_labels: list[str] = Field(default_factory=list)
    section_stamps: list[Regex] = Field(default_factory=list)
    future_cues: list[str] = Field(default_factory=list)
    #: Phrases where a future cue does not look forward: 将 taking an object, as 把 does
    #: (12月10日将利率下调至3.5%-3.75% reports a cut made).
    future_cues_not: list[Regex] = Field(default_factory=list)
    #: Relative words that count from a period stated earlier in the same sentence, when there
    #: is one, rather than from the document date (2025财年…较上一财年, in 2024, up from the
    #: previous year).
    anaphoric_words: list[str] = Field(default_factory=list)
    #: Anaphoric words that are no time without a period stated before them in the sentence
    #: (全年 after 12月18日 is 2024; alone, in a January article, it may be either year).
    anaphoric_only: list[str] = Field(default_factory=list)
    #: Words of `anaphoric_across` that name no period when none was stated before them (当月 in a
    #: table's 出口当月同比（%）: "of a single month", not which one).
    anaphoric_across_only: list[str] = Field(default_factory=list)
    #: Anaphoric words that reach back past the sentence, to the last period stated in the text
    #: shortly before (9月出口增长8.3%。当月贸易顺差…: September), when their sentence states none.
    anaphoric_across: list[str] = Field(default_factory=list)
    #: Relative words that count from a period stated earlier in the sentence only when that
    #: period is no longer than their own unit (10月CPI上涨0.2%，上月为下降0.3%: September), and
    #: from the document date otherwise (2025年…上月: the month before the document's).
    anaphoric_same_unit: list[str] = Field(default_factory=list)
    #: Words a change reaches its end by (降至, *to*): a whole year a change starts from (从2022年
    #: 高峰…缩减至11月中旬) gives its year to no period after them.
    change_to_words: list[str] = Field(default_factory=list)
    #: Words right before a time that make it a comparison's base (比8月, *up from August*): an
    #: anaphoric word after it does not count from it.
    base_markers: list[str] = Field(default_factory=list)
    #: Words before a figure that make a time after it in its clause the base of a comparison
    #: (*compared with an 8.3 percent increase in September*): an anaphoric word later (*for the
    #: month*) does not count from it.
    base_figure_before: list[str] = Field(default_factory=list)
    #: Words for "at that time" shortly before a yearless time (当时美国7月CPI…, *back then, in
    #: July*): the time is in the year of the last time stated before, not the document's.
    then_words: list[str] = Field(default_factory=list)
    #: Words right after a time that make it a release date (去年10月公布的2025财年决算): no period
    #: a later anaphoric word (上一财年, 当月) counts from.
    release_after: list[str] = Field(default_factory=list)
    #: Words right before a span of "within N" that count it from an event, not from the document's
    #: date (疫情一来一个月内, *within a month of the outbreak* is written the other way round).
    event_before: list[str] = Field(default_factory=list)
    #: Patterns right after a time that make it the start of a record's span (2021年3月之后最低,
    #: *the lowest since March 2021*): its year is no year for the yearless times after it.
    record_since_after: list[Regex] = Field(default_factory=list)
    #: Patterns ending right before a time, or starting right after it, that make it the date of a
    #: peak (*the 9.1% peak reached in June of last year*, 去年6月9.1%的高点): an anaphoric word
    #: later (*the prior month*) does not count from it.
    peak_time_before: list[Regex] = Field(default_factory=list)
    peak_time_after: list[Regex] = Field(default_factory=list)
    #: Patterns ending right before a time that make it the base a figure's change is measured
    #: from (*rose 3.0% from June 2022*): its year is no year for the yearless times after it.
    figure_base_before: list[Regex] = Field(default_factory=list)
    #: Words right before a time that make it the start of a record's span written as a period
    #: (*the biggest drop since February 2020, when…*): no year and no period for the times after it.
    record_since_before: list[str] = Field(default_factory=list)
    #: Words right before a month's name that make it the latest such month before the document's
    #: own (*last September*, written in September, is a year before).
    month_before_words: list[str] = Field(default_factory=list)


class ShareFrame(_Section):
    """A share written around its figure and the names it stands for: in *the dollar accounted
    for 56.3% of allocated reserves*, ``before`` (ending at the figure) finds the part, ``after``
    (starting right after it) the whole, and ``names`` ({part} share of {whole}) are looked up
    among the indicator names."""

    before: Regex = ""
    after: Regex = ""
    names: list[str] = Field(min_length=1)

    @field_validator("names")
    @classmethod
    def _both_slots(cls, value: list[str]) -> list[str]:
        for name in value:
            if "{part}" not in name or "{whole}" not in name:
                raise ValueError(f"a share-frame name needs both {{part}} and {{whole}}: {name!r}")
        return value

    @model_validator(mode="after")
    def _both_groups(self) -> ShareFrame:
        groups = set(regex.compile(self.before).groupindex) | set(regex.compile(self.after).groupindex)
        if not {"part", "whole"} <= groups:
            raise ValueError("before and after together must capture the groups 'part' and 'whole'")
        return self


class ClaimsSection(_Section):
    """Cues that decide a claim's modality and how figures in a text relate."""

    forecast: list[str] = Field(default_factory=list)
    #: Words saying a figure is a revised value (修订后的57.08%, the revised $903.5 billion): they
    #: may stand between a comparison's base time and its figure.
    revised: list[str] = Field(default_factory=list)
    #: Words before a figure saying it is an estimate since revised (此前估计的1.3%, *the previously
    #: reported 1.3%*): it may be supported, never faulted.
    superseded: list[str] = Field(default_factory=list)
    #: Words right before a figure saying it is a revised estimate (上修至5.2%, *revised up to 5.2%*):
    #: the data may not keep that revision, so it may be supported, never faulted.
    revised_to: list[str] = Field(default_factory=list)
    #: A short insert of a reason (因低基期而): it too may stand between a base's time and its figure
    #: (低于第一季因低基期而高达18.3%的成长: the first quarter's 18.3%).
    reason_insert: Regex = ""
    #: A phrase narrowing what follows to a part of a group (在外国持有者中, *among foreign
    #: holders*): a share word after it, as after a word of `parts`, is a share within the part,
    #: not the share the name before it gives.
    among_frame: Regex = ""
    #: A comparison with an earlier estimate of the same period (较上月概估的7.64%, *from the
    #: advance estimate*): a change in points written with it is a revision, not a move between
    #: periods.
    revision_base: Regex = ""
    #: A span counted from an event the text does not date (疫情一来一个月内): a figure of its clause
    #: has no period to check, and takes none from an earlier clause.
    event_span: Regex = ""
    #: Words right after a time that restate the metric named before for that period (2024年这一
    #: 数字为134.9万亿元, *in 2024 the figure was*): the time dates that clause's figure only.
    restating_after_time: list[str] = Field(default_factory=list)
    #: Words right after a figure with no time of its own that point back to a figure given before
    #: (56.3%这个初值, *that 56.3% figure*): it restates that figure, and takes its period.
    restated_after: list[str] = Field(default_factory=list)
    #: Nouns of a change between a figure and the joining word of the name after it (a 20% slump
    #: in shipments to the US): the name is the figure's as if joined right after it.
    change_nouns_before_name: list[str] = Field(default_factory=list)
    #: Words right after a time naming the edge of its period (2022年三季度末, 年底): between a
    #: base's time and the base's own figure they change nothing (较2022年三季度末约11.51万亿美元).
    period_edge_after: list[str] = Field(default_factory=list)
    #: Words opening a clause right after the time a record is measured from (the fastest since
    #: March, *when* they grew 12.4%): the clause's figure is of that time.
    record_when: list[str] = Field(default_factory=list)
    #: Subjects one of a family of series is about (currencies: 美元, 欧元; *dollar*, *euro*): a clause
    #: opening with one, after a name holding another (美元储备份额…，欧元不到两成), is about the name
    #: with its subject swapped (欧元储备份额), or about nothing the data names.
    subject_words: list[str] = Field(default_factory=list)
    #: Conjunctions a clause may open with before its subject word (不过欧元也才20%左右, *while the
    #: euro's was 20%*).
    subject_openers: list[str] = Field(default_factory=list)
    #: A pattern for the words between a figure and a subject word written right after it (*about
    #: 20.5 percent for the euro*): the figure is about that subject, as a clause opening with it is.
    subject_after: Regex = ""
    #: Groups of people a measure may be taken of (年轻人, 女性; *young people*, *women*): a clause
    #: naming one before its figure, with a name carried from an earlier clause that does not, is
    #: about that group's measure (美国7月整体失业率才3.5%，年轻人大概在7%到8%), not the name's.
    group_words: list[str] = Field(default_factory=list)
    #: Words saying a figure is what actually was (实际, *actual*): in a clause after a target's
    #: name, the figure is no target (目标1200万，实际每年都完成了1250万以上).
    actual_words: list[str] = Field(default_factory=list)
    #: Words for "respectively" written right after a list of figures (*3.1% and 3.9%,
    #: respectively*; 3.1%、3.9%各有上下): each figure measures what the figure in its place of
    #: the sentence's earlier list measured.
    respectively_after: list[str] = Field(default_factory=list)
    #: Words for "when" ending a phrase that narrows a time to a moment of it, between the time and
    #: its figure (比2020年疫情最严重的时候的132%): the figure is that time's, as with 的 alone.
    time_refiners: list[str] = Field(default_factory=list)
    #: Words right after a whole year saying it is the base of a comparison (在上年低基数作用下,
    #: 因为去年基期低): that year is no figure's period.
    base_effect_after: list[str] = Field(default_factory=list)
    #: Words right before a goal word that make the goal what a figure is compared with (CPI与目标
    #: 差距较大, *short of the target*): the figure is no goal.
    goal_compared: list[str] = Field(default_factory=list)
    #: Words between a goal word and its value (目标为3%, *a target of 2%*), with quotes and colons.
    goal_value_gap: list[str] = Field(default_factory=list)
    #: Marks ending a question: a figure asked about (is the debt $37 trillion or $29 trillion?)
    #: is not stated, so it may be supported but never faulted.
    question_marks: list[str] = Field(default_factory=list)
    #: Words that make a clause of a question ask (会不会, 是否, *will*, *is*): a figure in an
    #: earlier clause with none of them, before a clause that asks, is a premise the question
    #: states (美国第4季GDP只有1.4%，比第3季的6.4%大幅减速，会不会影响出口？).
    question_words: list[str] = Field(default_factory=list)
    #: Words opening a clause that offers another answer (还是, *or*): the clause before asks too.
    question_alternatives: list[str] = Field(default_factory=list)
    #: A time whose text matches this holds a time of day (11/10 21:35): a stamp of when a reply
    #: was posted, never a figure's period.
    stamp_time: Regex = ""
    #: The start of a line that opens a reader's reply (推 user:, *reply by u/name*): an entity
    #: named in another reply before a figure may support it, never fault it.
    reply_line: Regex = ""
    #: An age band (25—29岁, *25-to-29-year-olds*) with its two ages in groups ``low`` and ``high``:
    #: written in a figure's clause, before it, and not in the series' own names, it makes the
    #: figure that of another group than the series' (16—24岁…14.9%，25—29岁为6.1%).
    age_band: Regex = ""
    #: Phrases holding a forecast word that are no forecast (the target range, 目标区间).
    forecast_not: list[str] = Field(default_factory=list)
    #: Phrases that set a released result against expectations (超预期, 低于预期): their forecast word
    #: makes the clause no forecast, though a figure right after them is the expectation.
    forecast_outcome: list[str] = Field(default_factory=list)
    #: Forecast words that may also mark an object (将 as 把): right before a name they are no
    #: forecast (美联储将联邦基金利率下调至4%).
    forecast_object_markers: list[str] = Field(default_factory=list)
    #: Words that make the figure itself an expectation or a goal, not a statistic: ending
    #: right before it (市场预期的2.8%, economists expected 2.8%) or starting right after it
    #: (2%的目标, a 2% target). Such a figure is never checked against released values.
    expectation_before: list[str] = Field(default_factory=list)
    expectation_after: list[str] = Field(default_factory=list)
    #: Words that may stand between an expectation word and its figure (市场预期为2.5%, 预期系2.5%,
    #: *expectations of 2.5%*).
    expectation_gap: list[str] = Field(default_factory=list)
    #: Among those, the words of a goal (目标, 控制在, target): a goal set for an indicator is
    #: checked against the target indicator set for it (`target_of`), an expectation never.
    goal_words: list[str] = Field(default_factory=list)
    hedge: list[str] = Field(default_factory=list)
    conditional: list[str] = Field(default_factory=list)
    #: Words after a figure, in its clause, that make it conditional (聯準會7/26升到5.5%的話: "if").
    conditional_after: list[str] = Field(default_factory=list)
    speech_verbs: list[str] = Field(default_factory=list)
    decrease: list[str] = Field(default_factory=list)
    increase: list[str] = Field(default_factory=list)
    #: Nouns of a change right after its figure (October's 1.1% drop, a 3% rise).
    decrease_after: list[str] = Field(default_factory=list)
    #: Bound words that, after a change word, name the level reached (fell below $700 billion,
    #: rose above 4%): the figure is a level, not the change's size.
    level_bounds: list[str] = Field(default_factory=list)
    #: Words for a level written right after a figure that a bound word and an article stand
    #: before (stayed below the 3% level, climbed past the $36 trillion mark, under the central
    #: bank's 2 percent alert level): the figure bounds the measure as *below 3%* does; it is
    #: no value of it, and no change.
    level_marks: list[str] = Field(default_factory=list)
    increase_after: list[str] = Field(default_factory=list)
    change_from: list[str] = Field(default_factory=list)
    change_to: list[str] = Field(default_factory=list)
    #: Phrases that end in a change word but say no change (made up 57.8%, ended up at 3%).
    change_not: list[str] = Field(default_factory=list)
    #: Words that make an amount after them in the clause, a few words later, an addition or a
    #: loss (新增就业岗位11.9万个, added 130,000 jobs, shed 32,000 jobs): a change, not a level.
    added: list[str] = Field(default_factory=list)
    #: Words that may stand between a change word and its figure (rose by just 50,000).
    change_adverbs: list[str] = Field(default_factory=list)
    #: Right after a figure, words that make it a difference from another value ($1.9 trillion
    #: below its peak); right before one, words that make it a sum of figures named with it
    #: (两者合计, a combined): neither is a value of a series.
    difference_after: list[str] = Field(default_factory=list)
    combined_before: list[str] = Field(default_factory=list)
    #: Total words before a figure (合计): a sum of parts, unless a series' name ends right
    #: before them (跨境人民币收付金额合计64.1万亿元 is that series' own total).
    total_before: list[str] = Field(default_factory=list)
    #: Words for several subjects at once (两国, both): a total after them is a sum of parts.
    several_subjects: list[str] = Field(default_factory=list)
    #: Words placing a figure given without a period in the past (此前, previously, had
    #: stood): it may be any recent value, never faulted against the latest one.
    past: list[str] = Field(default_factory=list)
    #: Words right after a figure that move on to a later level (*to 28 percent and back down to
    #: nearly 18 percent*, 升至28%后又回落至18%): the figure is a point passed, not the latest.
    past_after: list[str] = Field(default_factory=list)
    #: Words right after a figure, or after a list of figures, that make each a threshold named
    #: (连续跨越110万亿元、120万亿元台阶): no level of a series unless a bound word says how it stands.
    threshold_after: list[str] = Field(default_factory=list)
    #: Words before a figure in its clause that make it an average over its span (1至9月平均值为
    #: 5.3%, averaged 4.1% over the year): the mean of the span's periods, not the level at its end.
    average: list[str] = Field(default_factory=list)
    #: Words that may open a clause before a name without making it another topic (the
    #: unemployment rate, 其失业率): the clause still opens with the name.
    name_determiners: list[str] = Field(default_factory=list)
    #: Words referring back to what an earlier sentence measured (这一比例, the rate, it): with
    #: one, a name carried from that sentence may fault the figure, not only support it.
    anaphors: list[str] = Field(default_factory=list)
    #: Phrases opening a sentence that breaks the measure of the sentence before down by period
    #: (分季度看，一季度增长5.4%; *By quarter, …*): its figures refer back to that measure.
    breakdown_leads: list[str] = Field(default_factory=list)
    #: Words that may open a clause holding nothing but a time, set off after a figure's clause
    #: (…passed $38 trillion three weeks later, on October 21, …): the time is that figure's.
    time_aside_leads: list[str] = Field(default_factory=list)
    #: Words right before a figure that make it an earlier value of what the sentence reports,
    #: an earlier estimate or the period before (高于此前的1.3%; up from a previously reported 1.3%):
    #: its time is not the period another figure states, and it is not faulted as of that period.
    earlier_value_before: list[str] = Field(default_factory=list)
    #: Measures the reference data holds no series of (imports, 工业增加值): one written between
    #: a name and a figure means the figure is of that measure, not of the name before it.
    other_measures: list[str] = Field(default_factory=list)
    #: Words joining the figures of a list that share one change word (falling 0.3% in
    #: September and 0.4% in August; 分别增长5.4%和5.2%).
    list_joiners: list[str] = Field(default_factory=list)
    # what a change in points is measured from: the period before, or the same period a year before
    base_previous: list[str] = Field(default_factory=list)
    base_year_ago: list[str] = Field(default_factory=list)
    #: Right after a level, these make it the value of a period before the one that governs it
    #: ($1.82 trillion a year earlier; 4.2% a month earlier).
    value_year_earlier: list[str] = Field(default_factory=list)
    value_period_earlier: list[str] = Field(default_factory=list)
    #: A pattern for the words a level's noun may put between it and those words (*the $1.82
    #: trillion deficit a year earlier*).
    value_earlier_gap: Regex = ""
    #: Right before a level, words making it the value of the same period a year before the
    #: period that governs it (8月份…18.9%，去年同期为18.8%).
    value_year_earlier_before: list[str] = Field(default_factory=list)
    deficit: list[str] = Field(default_factory=list)
    #: Words for a surplus: a deficit word earlier in the sentence, with one of these after it,
    #: no longer makes a later figure of a balance a deficit.
    surplus: list[str] = Field(default_factory=list)
    current: list[str] = Field(default_factory=list)
    per_day: list[str] = Field(default_factory=list)
    #: Words right after a figure that make it a share of people answering or holding a view
    #: (约两成认为年内不降息, *30% of respondents*): no series' value.
    respondents_after: list[str] = Field(default_factory=list)
    clause_marks: list[str] = Field(default_factory=list)
    #: Marks (one or more characters) after which a later time no longer governs an earlier figure
    #: (a colon opens a new statement; a dash, an example).
    clause_breaks: list[str] = Field(default_factory=list)
    short_name_before: list[str] = Field(default_factory=list)
    short_name_after: list[str] = Field(default_factory=list)
    short_name_not_in: list[str] = Field(default_factory=list)
    span_days: dict[str, int] = Field(default_factory=dict)
    share: list[str] = Field(default_factory=list)
    share_after: list[str] = Field(default_factory=list)
    #: Joins a figure to the name right after it that says what it measures (40%的GDP,
    #: 48% of the world's population).
    name_after: list[str] = Field(default_factory=list)
    #: Describing words that may stand inside a name around a figure and are not part of it
    #: (平均27%的高关税 is 平均…关税).
    name_modifiers: list[str] = Field(default_factory=list)
    #: Words right before a figure that a name read around it writes in another form, as
    #: ``written: in the name`` (grew at a 1.4 percent annual rate: grew at an annual rate).
    around_articles: dict[str, str] = Field(default_factory=dict)
    #: An article right before a figure with a word right after it: the figure describes that word
    #: (no other currency offers a bond market as deep as the $29 trillion market), so a name of
    #: an earlier clause does not govern it, unless the word is in that name or only says what
    #: the figure is of the named measure (`attributive_same`: the $38 trillion mark).
    attributive_articles: list[str] = Field(default_factory=list)
    attributive_same: list[str] = Field(default_factory=list)
    comparison: list[str] = Field(default_factory=list)
    #: Words a comparison word is part of, where it compares nothing (比 in 占比, 比重).
    comparison_not_in: list[str] = Field(default_factory=list)
    #: Words that put a change from the period before at a yearly pace (*annualized*, 折年率): a
    #: sentence naming that base without one of these names no annualised series.
    annualising: list[str] = Field(default_factory=list)
    #: Names of a scenario or a projection (基本情境, 点阵图, *base case*, *median dot*): every figure of
    #: the sentence after one is an expectation, never checked against a release.
    forecast_frame: list[str] = Field(default_factory=list)
    #: Forecast words that end a clause of their own (市场普遍预计，…; 多家机构预期：…): the rest of
    #: the sentence is what is expected, so its figures are expectations, supported when they fit a
    #: release and never faulted.
    forecast_lead: list[str] = Field(default_factory=list)
    #: Words, besides ``comparison``, that set a figure against a level (*below*, *above*): a time
    #: written on to a figure after one (below July's 5.4%) dates that figure only.
    level_comparison: list[str] = Field(default_factory=list)
    #: Verbs of a central bank setting its rate (*cut*, 降息): a figure with no name after the
    #: bank and such a verb in its clause is the bank's rate.
    setter_verbs: list[str] = Field(default_factory=list)
    #: Words that open a clause going on from a central bank's setting (*…three times, to 3.5%*).
    setter_leads: list[str] = Field(default_factory=list)
    #: Words right before an aggregate's name that make it a role one member holds (*Japan is the
    #: largest foreign holder*, 日本是最大的外国持有者): the member, not the aggregate, is the subject.
    member_before: list[str] = Field(default_factory=list)
    #: The size of each of several moves of a rate (*four straight 75bp moves*, 连续第四次加息75个
    #: 基点): words right after a move in points (`each_move_after`), or a pattern ending right
    #: before it (`each_move_before`). Such a figure is neither one move nor a span's total; it
    #: may be supported, never faulted.
    each_move_after: list[str] = Field(default_factory=list)
    each_move_before: Regex = ""
    #: A pattern in a level's clause before it saying the level held over several periods
    #: (结束连续数月持平在5.2%的走势, *held at 5.2% for three straight months*): no one period's
    #: value; it may be supported, never faulted.
    held_run: Regex = ""
    #: A pattern for words dating a figure a span before or after a time the sentence does not give
    #: (*A decade earlier, Japan's holdings were below $1 trillion*; 一年下来上限到了4.5%): with no
    #: time of its own in its clause, the figure's period is unknown; it may be supported, never
    #: faulted.
    undated_span: Regex = ""
    #: Words in a table row's label that make its bare numbers rates in percent (*CPI y/y (Nov)*
    #: 2.7, *Unemployment rate* 4.2, CPI同比 0.2), when no bracket gives the unit.
    percent_label_words: list[str] = Field(default_factory=list)
    #: Words right after an aggregate's name that make it the scope of a rank one member holds
    #: (中国是全球唯一实现正增长的主要经济体, *the world's largest holder*): the member is the subject.
    member_after: list[str] = Field(default_factory=list)
    partner_before: list[str] = Field(default_factory=list)
    partner_after: list[str] = Field(default_factory=list)
    #: A pattern ending right before a country that makes it a trading partner, wherever the
    #: figure stands (*a goods surplus of $823 billion with the world*): not whose figure it is.
    partner_trade_before: Regex = ""
    owner_after: list[str] = Field(default_factory=list)
    partner_unnamed_before: list[str] = Field(default_factory=list)
    #: Words right before a change in points that make it a revision of an estimate (再上修0.57个
    #: 百分点, *revised up by 0.3 percentage point*): a difference between two estimates of one
    #: period, no change between periods.
    revision_words: list[str] = Field(default_factory=list)
    #: Words after one of `partner_unnamed_before` that name no partner (对外出口: exports abroad).
    partner_not: list[str] = Field(default_factory=list)
    parts: list[str] = Field(default_factory=list)
    #: Copulas of a clause that restates an earlier metric for another entity (美国为0.12美元).
    parallel_copula: list[str] = Field(default_factory=list)
    #: …or a possessive naming the same measure and a verb of reaching (China's holdings have
    #: fallen to $650 billion after Japan's Treasuries): both only in such a restating clause.
    parallel_possessives: list[str] = Field(default_factory=list)
    parallel_verbs: list[str] = Field(default_factory=list)
    # words opening a clause that goes on about what the clause before named (leaving it at, 使其)
    continuation_leads: list[str] = Field(default_factory=list)
    #: Words for the whole: a figure after one is not of the part named before it (总体, overall).
    whole: list[str] = Field(default_factory=list)
    #: Words naming the currency a change is worked out in, by currency code (in dollar terms,
    #: 以人民币计): a figure in a sentence with one is checked only against series in those terms.
    terms: dict[str, list[str]] = Field(default_factory=dict)
    #: By script (hans, hant, latin): the country a text in it, and in the pack's language, is
    #: about when it names none (a Simplified-Chinese report of 全国居民消费价格 is China's; an
    #: English report that writes a name in characters is not). A series the reference data
    #: holds for one other country only is then not assumed for an unnamed figure.
    home_entity: dict[str, str] = Field(default_factory=dict)
    #: Words for the writer's own country (我国): they name the script's home country, and no
    #: country in a script without one (我國 in a Taiwan paper is Taiwan, in some Hong Kong
    #: papers China).
    own_country_words: list[str] = Field(default_factory=list)
    #: Words saying a change is worked out at constant prices (按不变价格计算, in real terms):
    #: such a change is not one of an amount in money, whose series are at current prices.
    real_terms: list[str] = Field(default_factory=list)
    #: Words right before a metric's name saying it is measured at current prices (名义GDP增速,
    #: *nominal GDP growth*): the name is then no constant-price indicator's.
    nominal_words: list[str] = Field(default_factory=list)
    #: Words of trade that make a country after a partner word (对) a trading partner even
    #: outside a name: 对东盟、拉美等市场出口保持较快增长.
    partner_trade_words: list[str] = Field(default_factory=list)
    #: Words right after a time that make it a comparison's base (与6月持平, 与去年相比).
    comparison_after: list[str] = Field(default_factory=list)
    #: Words of a record right after a time (2021年2月以来最小增幅, 创今年新低): the time is the
    #: stretch the record is measured over, no figure's period.
    record_after: list[str] = Field(default_factory=list)
    #: A pattern matching right after a time that makes it the start of a record's span with words
    #: between (去年12月新统计口径实施以来新高): the time is no figure's period.
    record_span_after: Regex = ""
    #: A pattern matching right after a time that names a decision of that period and what came
    #: after it (12月降息后): a figure after it is the state after the decision, read at the period's end.
    after_event: Regex = ""
    #: Words of a record before a time, perhaps a word or two between, and then a word of
    #: ``record_since`` (*the smallest increase since February 2021*): as ``record_after``.
    record_before: list[str] = Field(default_factory=list)
    #: Words that open the stretch of a record (*since*).
    record_since: list[str] = Field(default_factory=list)
    #: Words that may stand inside an indicator's name and are left out when names are matched:
    #: the vintage of an estimate (GDP初值环比折年率 is GDP环比折年率).
    name_insert_words: list[str] = Field(default_factory=list)
    #: Adverbs a writer may put between a name and its word of change (GDP只成长4.7%, 出口仍增长):
    #: names are also matched without them there.
    name_adverbs: list[str] = Field(default_factory=list)
    #: The base of a change written between a name and its word of change (出口比上年增长,
    #: 进口较去年同期下降): names are also matched without it there. Bases that names hold
    #: themselves (CPI同比) are not listed.
    name_bases: list[str] = Field(default_factory=list)
    #: Groups of interchangeable words inside names, regional variants above all (外汇储备 and
    #: Taiwan's 外汇存底): every name holding one is also matched with each other of its group.
    name_variants: list[list[str]] = Field(default_factory=list)
    #: Words naming a change from the period before only right before a figure (台湾 月增, 月减:
    #: CPI月减0.1%); elsewhere their 月 may end a time (12月增长, 上月降息).
    previous_right_before: list[str] = Field(default_factory=list)
    #: A figure right after a negation (`negations`), optional fillers (`negation_fillers`: yet,
    #: 能) and a word of reaching a level (`reach_words`) is a level the text says was not
    #: reached (仍未回到2%, has not yet returned to 2%): it is not the series' value, and it is
    #: not checked.
    negations: list[str] = Field(default_factory=list)
    negation_fillers: list[str] = Field(default_factory=list)
    reach_words: list[str] = Field(default_factory=list)
    #: The anaphors (`anaphors`) that are pronouns, naming no measure of their own (it, 其): a name
    #: carried into a clause that refers back with one is as good as a name of the clause's own.
    pronouns: list[str] = Field(default_factory=list)
    #: Words for "respectively" between a list of times and a list of as many figures (10月、11月
    #: 分别下跌0.2%与0.5%): each figure takes the time in its place; after a list of as many
    #: figures, the metric in its place (CPI 2.4%、核心CPI 2.8%，都比2月的2.8%、3.1%下降).
    respectively: list[str] = Field(default_factory=list)
    #: Headers of a table's column of previous values (前值, *previous*): a figure in that column
    #: of a row dated by its own time is the value of the period before that time.
    previous_column: list[str] = Field(default_factory=list)
    #: Headers of a table's column of year-earlier values (去年同期, *year ago*): a figure there,
    #: in a row dated by its own time, is the value of the same period a year before.
    year_ago_column: list[str] = Field(default_factory=list)
    #: Headers of a table's column of forecasts (预期, *consensus*), and labels before one
    #: (预期：-0.2%): a figure there is what was expected, not a released value.
    forecast_column: list[str] = Field(default_factory=list)
    #: Headers of a table column of changes (*Change*, 增减): its cells are changes, not levels.
    change_column: list[str] = Field(default_factory=list)
    #: First-person words that, right before a time or a name, stand for the speaker's country,
    #: which the text does not name (我们8月CPI是2.36%): no country named before is the figure's.
    speaker_country_words: list[str] = Field(default_factory=list)
    #: Words for the writer's country that name it only right before a time or a metric's name
    #: (国内8月CPI, 国内二季度GDP; not 国内生产总值, a name of its own): the home country of the
    #: text's script, in a script with none an unnamed one (as `own_country_words`).
    own_country_before_name: list[str] = Field(default_factory=list)
    #: A word by which a speaker names their own institution (本行 in a central banker's words):
    #: wherever it stands, it is an institution the text does not name, and a metric named before
    #: it for another's series (聯準會…升了21碼，本行同期間只升了3碼半) does not bring that one along.
    speaker_institution: Regex = ""
    #: Words that open a relative clause set off by commas (*, which includes…,*): the clause is
    #: an aside about the name before it, and a measure it names does not take the figure after it.
    aside_openers: list[str] = Field(default_factory=list)
    #: Dashes that, in pairs, set off an aside (*X—which includes…—stood at*, 甲——乙——丙).
    aside_dashes: list[str] = Field(default_factory=list)
    #: Verbs that join a subject to the figure after it when the figure's last word follows it
    #: (服务贸易则有3395亿美元顺差, *services posted a $339.5 billion surplus*): the subject and that
    #: word together are a name.
    subject_links: list[str] = Field(default_factory=list)
    #: Words inside which no name begins (进出口: the 出口 in it names no exports).
    names_not_in: list[str] = Field(default_factory=list)
    #: Words for a peak right before a figure (较高峰时的近9万亿美元, *a peak of $9 trillion*): with
    #: no time in its clause, the figure is the series' value at a moment the text does not give.
    peak_words: list[str] = Field(default_factory=list)
    #: A bare number compared with a figure before it in its sentence shares its unit and
    #: magnitude (4.4 percent, down from 4.6; 失业率为5.2%，上月为5.3). Between the two, times left
    #: out: an optional basis word, a comma, a direction word (`unit_sharing_leads`), a connector
    #: and fillers; or a comma and a label (2.9 percent, core 3.1). A bare number after
    #: `change_from`, followed by `change_to` and a figure, shares that figure's unit (from 4.3
    #: to 4.4 percent).
    #: Pairs of title marks (《》): a measure named inside a title is the title's, not a figure's
    #: (联合23位委员提交了《关于…高校毕业生就业…的提案》).
    title_marks: list[str] = Field(default_factory=list)
    #: Figures listed after a goal in its sentence are goals too (预期目标为5%左右，城镇调查失业率
    #: 5.5%左右): one list mark and a name between, no time and none of these words of an outcome
    #: (实际, *actual*), the later figure approximate or a bound; a bracketed earlier value right
    #: after a goal (2%左右（去年为3%左右）) is that period's goal.
    goal_list_breaks: list[str] = Field(default_factory=list)
    unit_sharing_basis: list[str] = Field(default_factory=list)
    unit_sharing_leads: list[str] = Field(default_factory=list)
    unit_sharing_connectors: list[str] = Field(default_factory=list)
    unit_sharing_fillers: list[str] = Field(default_factory=list)
    unit_sharing_labels: list[str] = Field(default_factory=list)
    #: Demonstratives between a base's time and its figure (比4月中那个28%低很多): the figure is the
    #: value of that time, as with a 的 between them.
    base_demonstratives: list[str] = Field(default_factory=list)
    #: Words for the size of a fall (跌幅, 降幅) before a rate in its clause: the rate is a fall
    #: (跌幅较5月的34.5%明显收敛: -34.5%).
    decrease_size: list[str] = Field(default_factory=list)
    #: Words of releasing right after a day (统计局昨日公布, 19日发布): the day is when a figure of
    #: a monthly, quarterly or yearly series came out, not its period.
    release_words: list[str] = Field(default_factory=list)
    #: Words of releasing right before a day (*released Oct. 24*): the day is when a figure of a
    #: monthly, quarterly or yearly series came out, not its period.
    release_words_before: list[str] = Field(default_factory=list)
    #: Words that may stand between a time and a word of releasing (本月稍早公布).
    release_gap_words: list[str] = Field(default_factory=list)
    #: Words of sequence between two figures (*fell 0.3% in September after a 0.4% decline in
    #: August*): a time before one is the figure before it's, not the figure after it.
    sequence_words: list[str] = Field(default_factory=list)
    #: Ordinals of an event right after a time (今年最后一次议息会议, 今年第三次降息, the year's
    #: final meeting): the time only counts the events; it is not the period of a figure.
    event_ordinals_after: list[str] = Field(default_factory=list)
    #: Words in a change's clause saying it sums several moves (累计降息150个基点, a cumulative 75
    #: basis points): its period spans the times listed for them, or runs from the start a from-word
    #: gives to the document's date.
    cumulative_words: list[str] = Field(default_factory=list)
    #: Words right after a time that make it a start (去年9月起, 从2024年9月开始): a cumulative change
    #: runs from it to the document's date.
    start_words_after: list[str] = Field(default_factory=list)
    #: Words of beginning a change (began, 开始): a time before one, with a change from a figure to
    #: another after it, dates the start, not the level reached (three years ago, the Fed began
    #: raising rates from near zero to 5.25%).
    began_words: list[str] = Field(default_factory=list)
    #: Words of following another's move right before an entity (央行跟随联准会升息半码, the ECB cut
    #: rates following the Fed): the one followed is not the one whose figure it is.
    followed_words: list[str] = Field(default_factory=list)
    #: Words right before a time that open a span from it (自2022年3月启动紧缩以来): with a start word
    #: after the time, before a cumulative change, the change runs from it to the document's date.
    start_words_before: list[str] = Field(default_factory=list)
    #: Words before a time that only say when a period named before ended (fiscal 2025, which
    #: ended Sept. 30): that time dates no figure.
    period_end_before: list[str] = Field(default_factory=list)
    #: Shares written around their figure (X accounted for 56.3% of Y, X占Y的56.3%).
    share_frames: list[ShareFrame] = Field(default_factory=list)


class SegmentSection(_Section):
    """Sentence boundaries."""

    sentence_enders: list[str] = Field(default_factory=list)
    closers: list[str] = Field(default_factory=list)
    abbreviations: list[str] = Field(default_factory=list)
    #: Character classes (regex) that end a sentence when a space and more text follow them:
    #: an emoji in a social-media post (降至3.50%-3.75%🔥 这是…) stands where a full stop would.
    ender_classes: list[Regex] = Field(default_factory=list)
    #: Marks (regex) that may follow a sentence's end and belong to it: a footnote's number
    #: (*…in 2024.[1] In 2025…*, 。[2]).
    trailing_marks: list[Regex] = Field(default_factory=list)


class BoilerplateSection(_Section):
    """Page chrome: lines that are not the author's text."""

    line_patterns: list[Regex] = Field(default_factory=list)


_SECTIONS: dict[str, type[BaseModel]] = {
    "numerals": NumeralsSection,
    "units": UnitsSection,
    "quantities": QuantitiesSection,
    "times": TimesSection,
    "segment": SegmentSection,
    "boilerplate": BoilerplateSection,
    "claims": ClaimsSection,
    "attribution": AttributionSection,
}


class LanguagePack(BaseModel):
    """All data of one language."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    code: str
    numerals: NumeralsSection
    units: UnitsSection = Field(default_factory=UnitsSection)
    quantities: QuantitiesSection = Field(default_factory=QuantitiesSection)
    times: TimesSection = Field(default_factory=TimesSection)
    segment: SegmentSection = Field(default_factory=SegmentSection)
    boilerplate: BoilerplateSection = Field(default_factory=BoilerplateSection)
    claims: ClaimsSection = Field(default_factory=ClaimsSection)
    attribution: AttributionSection = Field(default_factory=AttributionSection)


def load_pack(directory: Path) -> LanguagePack:
    """Load and validate the language pack in ``directory`` (one YAML file per section)."""
    sections: dict[str, Any] = {"code": directory.name}
    for path in sorted(directory.glob("*.yaml")):
        model = _SECTIONS.get(path.stem)
        if model is None:
            raise RuleFileError(
                path, f"unknown section {path.stem!r}; expected one of {', '.join(_SECTIONS)}"
            )
        doc = load_yaml(path, RuleFileError)
        sections[path.stem] = validate(doc, model, RuleFileError)
    return LanguagePack(**sections)


@cache
def load_packs(root: Path | None = None) -> tuple[LanguagePack, ...]:
    """Load every language pack under ``rules/lang`` (sorted by code)."""
    base = (root or rules_dir()) / "lang"
    return tuple(load_pack(d) for d in sorted(base.iterdir()) if d.is_dir())
