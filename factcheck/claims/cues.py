"""Claim cues of all language packs, compiled once: modality words, change and sign words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from ..extract.grammar import alternation
from ..lang.pack import load_packs
from ..models.quantity import Qualifier
from .terms import OPTIONAL_PIECES

__all__ = ["ClaimCues", "ShareFrameRx", "claim_cues"]


@dataclass(frozen=True)
class ShareFrameRx:
    """A compiled share frame: ``before`` ends at the figure, ``after`` starts right after it."""

    before: regex.Pattern[str] | None
    after: regex.Pattern[str] | None
    names: tuple[str, ...]


@dataclass(frozen=True)
class ClaimCues:
    """Compiled cue patterns (normalised text, case-insensitive for Latin words)."""

    forecast: regex.Pattern[str]
    forecast_not: regex.Pattern[str]  # the target range: a forecast word that is no forecast here
    # 超预期, 低于预期: a result set against what was expected makes its clause no forecast, though a
    # figure right after it (低于预期的3.3%) is the expectation
    forecast_outcome: regex.Pattern[str]
    forecast_object_markers: frozenset[str]  # 将 (as 把): no forecast right before a name
    expectation_before: regex.Pattern[str]  # ends right before a figure: 市场预期的(2.8%), expected (2.8%)
    expectation_after: regex.Pattern[str]  # matches right after a figure: (2%)的目标, (a 2%) target
    goal: regex.Pattern[str]  # 目标, 控制在, target: an expectation word that states a goal
    goal_compared: regex.Pattern[str]  # ends right before a goal word a figure is compared with (与目标)
    goal_value_gap: regex.Pattern[str]  # all between a goal word and its value: “, 为, *of*
    hedge: regex.Pattern[str]
    conditional: regex.Pattern[str]
    conditional_after: regex.Pattern[str]  # after the figure in its clause: (升到5.5%)的话
    speech: regex.Pattern[str]
    decrease_before: regex.Pattern[str]  # ends right before a figure: 下降9.7%, fell 9.7%
    increase_before: regex.Pattern[str]  # ends right before a figure: 增长6%, rose 6%
    decrease_after: regex.Pattern[str]  # matches right after a figure: (a 1.1%) drop
    level_bound: regex.Pattern[str]  # opens a figure: below ($700 billion), 跌破: a level reached
    level_mark_before: regex.Pattern[str]  # ends right before a figure: stayed below the (3% level)
    level_mark_after: regex.Pattern[str]  # matches right after a figure: (below the 3%) level
    bound_words: dict[str, Qualifier]  # qualifier words of a bound, lower-cased: below → less than
    increase_after: regex.Pattern[str]  # matches right after a figure: (a 3%) rise
    change_not_before: regex.Pattern[str]  # ends right before a figure: made up (57.8%): no change
    added_before: regex.Pattern[str]  # a few words before an amount: 新增就业岗位(11.9万个), added (130,000)
    list_joiner: regex.Pattern[str]  # all that stands between two figures of a list: and, 和, 、
    list_joiner_words: frozenset[str]  # the list's joining words alone: and, 和, 、
    other_measures: regex.Pattern[str]  # imports, 工业增加值: measures without a series
    relative_aside: regex.Pattern[str]  # , which includes debt held by the public,
    aside_dash: regex.Pattern[str]  # — and — around an aside
    subject_link: regex.Pattern[str]  # ends right before a figure: (services) posted a, (服务贸易)则有
    names_not_in: regex.Pattern[str]  # words no name begins inside: 进出口 (出口 in it is no exports)
    other_measures_before: regex.Pattern[str]  # ends right before a name: 个人消费支出(季增年率)
    anaphors: regex.Pattern[str]  # 这一比例, the rate, it: a sentence referring back
    breakdown_lead: regex.Pattern[str]  # opens a sentence breaking the last measure down: 分季度看
    time_aside_lead: regex.Pattern[str]  # fullmatches a time-only clause's opening: , on (October 21)
    time_aside_word: regex.Pattern[str]  # a word that opens it (on), before the time or inside it
    earlier_value: regex.Pattern[str]  # ends right before a figure: 此前的, previously reported
    pronouns: regex.Pattern[str]  # it, 其: anaphors naming no measure
    magnitude: regex.Pattern[str]  # 万, 亿, million, bn: a bare amount written with a magnitude
    past: regex.Pattern[str]  # 此前, previously: an undated figure of some time before now
    past_after: regex.Pattern[str]  # matches right after a figure: (28%) and back down to (18%)
    threshold_after: regex.Pattern[str]  # matches right after a figure: (140万亿元)台阶
    difference_after: regex.Pattern[str]  # matches right after a figure: ($1.9 trillion) below
    combined_before: regex.Pattern[str]  # ends right before a figure: 两者合计(约1.9万亿美元)
    total_before: regex.Pattern[str]  # ends right before a figure: 合计 (a sum, unless after a name)
    several_subjects: regex.Pattern[str]  # 两国, 二者, both: a clause about several subjects
    change_from_before: regex.Pattern[str]
    change_to_before: regex.Pattern[str]
    change_to: regex.Pattern[str]  # anywhere: 至, to
    base_previous: regex.Pattern[str]  # 比上月, 环比, from the previous month
    previous_right_before: regex.Pattern[str]  # 月减(0.1%): from the previous month, right before
    average: regex.Pattern[str]  # 平均, averaged: a figure over a span is its periods' mean
    name_determiners: regex.Pattern[str]  # the text before a name is at most a determiner (the, 其)
    denied_before: regex.Pattern[str]  # 仍未回到(2%), has not yet returned to (2%): not reached
    base_year_ago: regex.Pattern[str]  # 同比, 比上年同期, from a year earlier
    value_year_earlier: regex.Pattern[str]  # matches right after a level: (1.82 trillion) a year earlier
    value_year_earlier_before: regex.Pattern[str]  # ends right before a level: 去年同期为(18.8%)
    value_period_earlier: regex.Pattern[str]  # matches right after a level: (4.2%) a month earlier
    deficit: regex.Pattern[str]
    surplus: regex.Pattern[str]
    current: regex.Pattern[str]
    per_day: regex.Pattern[str]
    respondents_after: regex.Pattern[str]  # (约两成)认为, (30%) of respondents: a share of people
    revised: regex.Pattern[str]  # 修订后, revised: a figure's revised value
    reason_insert: regex.Pattern[str]  # 因低基期而: a reason inserted before a figure
    among_frame: regex.Pattern[str]  # 在外国持有者中, among foreign holders: a part of a group follows
    revision_base: regex.Pattern[str]  # 较上月概估, from the advance estimate: a change is a revision
    event_span: regex.Pattern[str]  # 疫情一来一个月内: a span counted from an undated event
    restating_after_time: regex.Pattern[str]  # (2024年)这一数字为: the metric restated for that period
    restated_after: regex.Pattern[str]  # (56.3%)这个初值: a figure given before, restated
    name_after_change: regex.Pattern[str]  # (a 20%) slump in: a change noun, then a joining word
    period_edge_after: regex.Pattern[str]  # (2022年三季度)末: the edge of the period just named
    record_when: regex.Pattern[str]  # (since March), when they grew: a clause about that time
    since_before: regex.Pattern[str]  # ends right before a time: (the fastest) since (March)
    record_span_after: regex.Pattern[str]  # (去年12月)新统计口径实施以来新高: a record's start
    after_event: regex.Pattern[str]  # (12月)降息后: a figure after it is the state after the decision
    subject_word: regex.Pattern[str]  # 欧元, *the euro*: a subject a clause may open with instead of another
    subject_opener: regex.Pattern[str]  # 不过, *while the*: a conjunction before a clause's subject word
    group_word: regex.Pattern[str]  # 年轻人, *young people*: a group of people a measure is taken of
    subject_after: regex.Pattern[str]  # matches right after a figure: (20.5 percent) for the euro
    actual: regex.Pattern[str]  # 实际, *actual*: what was, not what was aimed at
    respectively_after: regex.Pattern[str]  # matches right after a list: (3.1% and 3.9%), respectively
    time_refined: regex.Pattern[str]  # fullmatches between a time and its figure: (2020年)疫情最严重的时候的
    base_effect_after: regex.Pattern[str]  # matches right after a year: (上年)低基数
    question_marks: frozenset[str]  # ends a question: a figure in it is asked about, not stated
    superseded: regex.Pattern[str]  # 此前估计的, *previously reported*: the figure was since revised
    revised_to: regex.Pattern[str]  # 上修至, *revised up to*: the figure is a revised estimate
    average_after: regex.Pattern[str]  # (均值), (average) right after a figure: it is an average
    question_word: regex.Pattern[str]  # a word of asking in a clause: 会不会, 是否, will
    question_alternative: regex.Pattern[str]  # opens a clause offering another answer: 还是, or
    # by a pack's language and a script: the country a text in them names when it names none
    home_entity: dict[tuple[str, str], str]
    # words after a number that qualify it (左右, *or so*), lower-cased, with what they make it
    qualifier_suffix: dict[str, Qualifier]
    own_country_words: frozenset[str]  # 我国: the home country of the text's script
    stamp_time: regex.Pattern[str]  # a time holding a time of day: a posting stamp
    age_band: regex.Pattern[str]  # 25—29岁: an age band, its ages in groups low and high
    reply_line: regex.Pattern[str]  # the start of a line opening a reader's reply (推 user:)
    clause_marks: frozenset[str]
    clause_breaks: frozenset[str]  # a time after one of these does not govern a figure before it
    span_days: regex.Pattern[str]  # 全年, a year: a span of days for per-day checks
    span_day_counts: dict[str, int]
    share: regex.Pattern[str]
    comparison_before: regex.Pattern[str]  # ends right before a name: 超过美国, than the US
    comparison_word: regex.Pattern[str]  # a comparison word anywhere (较, *than*)
    level_comparison: regex.Pattern[str]  # … or a word setting a figure against a level (*below*)
    annualising: regex.Pattern[str]  # a word putting a change at a yearly pace (*annualized*, 折年率)
    forecast_frame: regex.Pattern[str]  # a scenario's name: the whole sentence after it looks ahead
    forecast_lead: regex.Pattern[str]  # a forecast word ending its clause: what follows is expected
    setter_verbs: regex.Pattern[str]  # a central bank's verb of setting its rate: cut, 降息
    setter_lead: regex.Pattern[str]  # fullmatches a clause's words before a rate that go on: (, to) 3.5%
    member_before: regex.Pattern[str]  # ends right before an aggregate's name: the largest (foreign holder)
    member_after: regex.Pattern[str]  # matches right after an aggregate's name: (全球)唯一, *'s largest*
    percent_label: regex.Pattern[str]  # in a row label: y/y, 同比: its bare numbers are percent
    each_move_after: regex.Pattern[str]  # matches right after a move in points: (75bp) moves
    each_move_before: regex.Pattern[str]  # ends right before one: 连续第四次加息(75个基点)
    held_run: regex.Pattern[str]  # 连续数月持平在(5.2%): a level held over several periods
    undated_span: regex.Pattern[str]  # *A decade earlier*, 一年下来: a span from a time not given
    base_before: regex.Pattern[str]  # ends right before a comparison's base time: 比上月, than in 2024
    base_after: regex.Pattern[str]  # matches right after a comparison's base time: (与6月)持平
    record_after: regex.Pattern[str]  # matches right after a record's time: (2021年以来)最小增幅
    record_before: regex.Pattern[str]  # ends at or in a record's time: the smallest increase since (…)
    partner_before: regex.Pattern[str]  # ends right before a country that ends right before a metric: 对(华)
    owner_after: regex.Pattern[str]  # fullmatches between a figure and its own country: ($779bn) for (the UK)
    partner_after: regex.Pattern[str]  # starts right after a metric, before a country: (deficit) with
    partner_unnamed: regex.Pattern[str]  # ends right before a metric: 对东盟(出口)
    partner_phrase: regex.Pattern[str]  # a partner or a list of them and a trade word: 对东盟、非洲出口
    revision_before: regex.Pattern[str]  # ends right before a change in points: 再上修(0.57个百分点)
    list_joiner_word: regex.Pattern[str]  # one of `list_joiners`, anywhere: 、, 和, and
    clause_end_mark: regex.Pattern[str]  # a clause mark that is no list joiner: ，；
    partner_trade: regex.Pattern[str]  # matches right after a partner: (对东盟)、拉美等市场出口
    partner_trade_before: regex.Pattern[
        str
    ]  # ends right before a partner: surplus of $823 billion with (the world)
    share_after: regex.Pattern[str]  # matches right after a share: 8.1% of ...
    name_after: regex.Pattern[str]  # matches right after a figure, before what it measures: 40%的(GDP)
    name_modifier: regex.Pattern[str]  # a describing word inside a name around a figure: 27%的(高)关税
    around_articles: dict[str, str]  # grew at a (1.4%) annual rate: "an" in the name
    attributive_before: regex.Pattern[str]  # an article ending right before a figure (the $29 trillion…)
    attributive_word: regex.Pattern[str]  # the word right after it (…market)
    attributive_same: frozenset[str]  # words that name no other measure (the $38 trillion mark)
    parts: regex.Pattern[str]
    parallel_copula: regex.Pattern[str]  # 美国为(0.12美元): an entity's clause restating a metric
    parallel_lead: regex.Pattern[str]  # …or 's holdings have fallen to, 的持有量降至
    continuation_lead: regex.Pattern[str]  # leaving it (in a range of 3.75-4%): the clause goes on
    whole: regex.Pattern[str]  # 总体, overall: the figure is of the whole, not of a part named before
    short_name_before: frozenset[str]  # characters that may precede a one-character name (对美)
    short_name_after: frozenset[str]  # characters that may follow one (美债)
    short_name_not_in: regex.Pattern[str]  # words a one-character name is never in (华尔街)
    share_frames: tuple[ShareFrameRx, ...]  # X accounted for 56.3% of Y: the name "X share of Y"
    terms: tuple[tuple[str, regex.Pattern[str]], ...]  # (currency, words): in dollar terms, 以人民币计
    name_inserts: regex.Pattern[str]  # left out of a text before names are matched: 的, 按美元计
    name_adverb: regex.Pattern[str]  # an adverb right before a word of change: (GDP)只(成长)
    real_terms: regex.Pattern[str]  # 按不变价格计算, in real terms: a change at constant prices
    sequence: regex.Pattern[str]  # after, following: a time before it is the figure before it's
    event_ordinal: regex.Pattern[str]  # matches right after a time: (今年)最后一次: only counts events
    cumulative: regex.Pattern[str]  # 累计, a cumulative: a change summed over several moves
    start_after: regex.Pattern[str]  # matches right after a time: (去年9月)起: a start
    began: regex.Pattern[str]  # a word of beginning a change: began, 开始
    followed_before: regex.Pattern[str]  # ends right before an entity: (央行)跟随(联准会)
    start_word: regex.Pattern[str]  # anywhere: 以来, 起: a word making a time before it a start
    start_before: regex.Pattern[str]  # ends right before a time: 自(2022年3月): a span's start
    decrease_size: regex.Pattern[str]  # ends right before a rate: 跌幅(较5月的)34.5%: a fall's size
    peak_before: regex.Pattern[str]  # ends right before a figure: 高峰时的(近9万亿美元), a peak of
    base_demonstrative: regex.Pattern[str]  # between a base's time and its figure: 4月中那个(28%)
    name_adverb_words: frozenset[str]  # `name_adverbs` (仅, 只): may stand between them too: 2023年仅(1.28%)
    peak_after: regex.Pattern[str]  # right after a figure: (七成多)的高点
    respectively: regex.Pattern[str]  # 分别: a list of times and a list of figures in order
    previous_column: regex.Pattern[str]  # fullmatches a table header of previous values: 前值
    year_ago_column: regex.Pattern[str]  # fullmatches a table header of year-earlier values: 去年同期
    year_ago_change: regex.Pattern[str]  # ends right before a figure: 去年同期衰退(6.8%)
    previous_label: regex.Pattern[str]  # ends right before a figure labelled so: (previous: 3.75%, 前值：5.2%
    forecast_column: regex.Pattern[str]  # fullmatches a table header of forecasts: 预期, consensus
    change_column: regex.Pattern[str]  # fullmatches a table header of changes: Change, 增减
    forecast_label: regex.Pattern[str]  # ends right before a figure labelled so: (consensus: 3.1%
    speaker_country: regex.Pattern[str] | None  # 我们 (8月CPI): the speaker's country, unnamed
    speaker_institution: regex.Pattern[str]  # 本行: the speaker's own institution, unnamed
    own_country_before_name: regex.Pattern[str]  # 国内 (8月CPI): the writer's country
    release_before: regex.Pattern[str]  # ends right before a time: released (Oct. 24)
    release_after: regex.Pattern[str]  # matches right after a time: (昨日)公布(的): a release date
    nominal_before: regex.Pattern[str]  # ends right before a metric's name: 名义(GDP增速)
    period_end_before: regex.Pattern[str]  # ends right before a time: (fiscal 2025,) which ended (Sept. 30)
    unit_shared_after: regex.Pattern[str]  # fullmatches the gap: (4.4 percent), down from (4.6)
    unit_shared_before: regex.Pattern[str]  # fullmatches the gap: from (4.3) to (4.4 percent)
    change_from_right_before: regex.Pattern[str]  # ends right before a figure: from (4.3)
    title: regex.Pattern[str]  # a title between title marks: 《…》
    goal_list_gap: regex.Pattern[str]  # fullmatches the gap: (5%左右)，城镇调查失业率(5.5%左右)
    goal_restated_gap: regex.Pattern[str]  # fullmatches the gap, times left out: (2%左右)（去年为(3%)


def _words(name: str) -> list[str]:
    return [w for p in load_packs() for w in getattr(p.claims, name)]


def _bound_words() -> dict[str, Qualifier]:
    """The qualifier words of every pack that state a bound (below, climbed past, 超过), lower-cased."""
    bounds = (Qualifier.MORE_THAN, Qualifier.AT_LEAST, Qualifier.LESS_THAN, Qualifier.AT_MOST)
    return {
        word.lower(): q
        for p in load_packs()
        for word, q in p.quantities.qualifier_prefix.items()
        if q in bounds
    }


def _merged_terms() -> dict[str, list[str]]:
    merged: dict[str, list[str]] = {}
    for p in load_packs():
        for code, words in p.claims.terms.items():
            merged.setdefault(code, []).extend(words)
    return merged


def _unit_shared_after() -> regex.Pattern[str]:
    """The gap (times left out) between a figure and a later bare number that shares its unit:
    a basis word, a comma, a direction, a connector and fillers (, down from a revised); or a
    comma and a label (, core)."""

    def words(name: str) -> str:
        return alternation(_words(name), ignore_case=True)

    space = r"[ \t]*"
    return regex.compile(
        rf"{space}(?:(?:{words('unit_sharing_basis')}){space})?[,，;；]?{space}"
        rf"(?:(?:{words('unit_sharing_leads')})[ \t]+)?(?:{words('unit_sharing_connectors')}){space}"
        rf"(?:(?<![A-Za-z])(?:{words('unit_sharing_fillers')})(?![A-Za-z]){space})*"
        rf"|{space}[,，;；]{space}(?:{words('unit_sharing_labels')}){space}[:：]?{space}"
    )


def _comparison_words(name: str = "comparison") -> str:
    """An alternation of the words of ``name`` (comparison words, or bases such as 比去年), none
    matched where its start is inside a word of `comparison_not_in` (比 in 美元占比2024年第四季度降至
    57.8%, 比去年 in 美元储备占比去年四季度…: a share, no comparison with that period)."""
    not_in = _words("comparison_not_in")
    parts = []
    for word in sorted(set(_words(name)), key=lambda w: (-len(w), w)):
        behind = ahead = ""
        for whole in not_in:
            at = whole.find(word)
            if at > 0:
                behind += f"(?<!{regex.escape(whole[:at])})"
            elif at == 0 and len(whole) > len(word):
                ahead += f"(?!{regex.escape(whole[len(word) :])})"
            # the word begins with the end of the whole word (占比 + 比去年)
            behind += "".join(
                f"(?<!{regex.escape(whole[:k])})" for k in range(1, len(whole)) if word.startswith(whole[k:])
            )
        parts.append(f"{behind}(?i:{regex.escape(word)}){ahead}")
    return "|".join(parts) or "(?!)"


def _level_comparison() -> regex.Pattern[str]:
    """A comparison word, or a word setting a figure against a level, as a whole word."""
    words = alternation(_words("level_comparison"), ignore_case=True) or "(?!)"
    return regex.compile(rf"(?<![A-Za-z])(?:{_comparison_words()}|{words})(?![A-Za-z])")


@cache
def claim_cues() -> ClaimCues:
    """The cues of the bundled language packs."""

    def joined(name: str, tail: str = "", flags: int = 0) -> regex.Pattern[str]:
        """The patterns of the packs' field ``name``, any of them (each followed by ``tail``)."""
        found = [getattr(p.claims, name) for p in load_packs() if getattr(p.claims, name)]
        return regex.compile("|".join(f"(?:{r}){tail}" for r in found) or "(?!)", flags)

    def anywhere(name: str) -> regex.Pattern[str]:
        return regex.compile(alternation(_words(name), ignore_case=True))

    def word(name: str) -> regex.Pattern[str]:
        """One of the words anywhere, not inside a longer Latin word (never matches with none)."""
        words = alternation(_words(name), ignore_case=True) or "(?!)"
        return regex.compile(rf"(?<![A-Za-z])(?:{words})(?![A-Za-z])")

    earlier_gaps = [p.claims.value_earlier_gap for p in load_packs() if p.claims.value_earlier_gap]
    earlier_gap = rf"(?:{'|'.join(earlier_gaps)})?[ \t]*" if earlier_gaps else r"[ \t]*"
    not_partner = f"(?!{alternation(_words('partner_not'))})" if _words("partner_not") else ""
    adverbs = _words("change_adverbs")
    adverb = rf"(?:(?:{alternation(adverbs, ignore_case=True)})[ \t]+)?" if adverbs else ""

    def before(name: str, gap: str = rf"[ \t]*(?:了|by|of)?[ \t]*{adverb}") -> regex.Pattern[str]:
        words = _comparison_words() if name == "comparison" else alternation(_words(name), ignore_case=True)
        return regex.compile(rf"(?:{words}){gap}\Z")

    def after(name: str, gap: str = r"[ \t]*") -> regex.Pattern[str]:
        """Matches right after a figure: spaces, then one of the words (not a longer word)."""
        return regex.compile(rf"{gap}(?:{alternation(_words(name), ignore_case=True)})(?![A-Za-z])")

    # between a sum word and its amount: 约, 为, about
    before_amount = r"[ \t]*(?:约|達|达|为|為|of|about|roughly|nearly)?[ \t]*"

    previous_words = alternation(_words("previous_column"), ignore_case=True) or "(?!)"
    # a currency a clause is about (欧元, *the euro*), as a whole word
    subject = rf"(?P<subject>{alternation(_words('subject_words'), ignore_case=True) or '(?!)'})(?![A-Za-z])"
    aside_leads = rf"(?:{alternation(_words('time_aside_leads'), ignore_case=True) or '(?!)'})(?![A-Za-z])"
    terms_words = alternation([w for _, words in _merged_terms().items() for w in words], ignore_case=True)
    return ClaimCues(
        forecast=anywhere("forecast"),
        forecast_not=anywhere("forecast_not"),
        forecast_outcome=anywhere("forecast_outcome"),
        forecast_object_markers=frozenset(_words("forecast_object_markers")),
        real_terms=anywhere("real_terms"),
        sequence=anywhere("sequence_words"),
        event_ordinal=after("event_ordinals_after"),
        start_after=after("start_words_after"),
        began=word("began_words"),
        followed_before=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(_words('followed_words'), ignore_case=True) or '(?!)'})"
            r"(?:[ \t]+(?i:the))?[ \t]*\Z"
        ),
        start_word=word("start_words_after"),
        start_before=before("start_words_before", r"[ \t]*"),
        cumulative=word("cumulative_words"),
        # 上周五（19日）公布: a bracketed aside (the date again) may stand before the word; 7月15日，
        # 国家统计局公布: so may a publisher, after a comma
        release_after=after(
            "release_words",
            rf"[ \t]*(?:(?:[(（][^()（）\n]{{1,12}})?[)）][ \t]*)?"
            rf"(?:(?:[，,][ \t]*)?(?:{alternation(_words('release_gap_words'))})[ \t]*)?",
        ),
        respectively=anywhere("respectively"),
        previous_column=regex.compile(rf"(?:{alternation(_words('previous_column'), ignore_case=True)})"),
        # …or opening a bracket with no colon: 6.2%（前月5.4%）
        previous_label=regex.compile(
            rf"(?:{previous_words})(?:[ \t]*[:：][ \t]*|(?<=[(（][ \t]*(?:{previous_words}))[ \t]*)\Z"
        ),
        year_ago_column=regex.compile(
            rf"(?:{alternation(_words('year_ago_column'), ignore_case=True) or '(?!)'})"
        ),
        year_ago_change=regex.compile(
            rf"(?:{alternation(_words('year_ago_column'), ignore_case=True) or '(?!)'})[ \t]*"
            rf"(?:{alternation(_words('increase') + _words('decrease'), ignore_case=True)})"
            rf"[ \t]*(?:了)?[ \t]*{adverb}\Z"
        ),
        forecast_column=regex.compile(rf"(?:{alternation(_words('forecast_column'), ignore_case=True)})"),
        change_column=regex.compile(
            rf"(?:{alternation(_words('change_column'), ignore_case=True)})"
            if _words("change_column")
            else "(?!)"
        ),
        forecast_label=before("forecast_column", r"[ \t]*[:：][ \t]*"),
        speaker_country=(
            regex.compile(alternation(_words("speaker_country_words")))
            if _words("speaker_country_words")
            else None
        ),
        release_before=before("release_words_before", r"[ \t]*(?:on[ \t]+)?"),
        # (较2022年)高峰(近9万亿美元), (比8月)的高点(18.8%)
        peak_before=regex.compile(
            rf"(?:的|(?i:the)[ \t]+)?(?:{alternation(_words('peak_words'), ignore_case=True) or '(?!)'})"
            r"[ \t]*(?:时的|时|的|期的|of|at)?[ \t]*\Z"
        ),
        peak_after=after("peak_words", r"[ \t]*(?:的)?[ \t]*"),
        name_adverb_words=frozenset(_words("name_adverbs")),
        base_demonstrative=regex.compile(
            rf"[ \t]*(?:的[ \t]*)?(?:{alternation(_words('base_demonstratives')) or '(?!)'})[ \t]*"
        ),
        decrease_size=before("decrease_size", r"[^，,。；;%\n]{0,10}"),
        nominal_before=before("nominal_words", r"[ \t]*"),
        # a currency's terms inside a name, bare or in brackets: 出口按美元计同比, 出口（以美元计）同比;
        # and words of an estimate's vintage: GDP初值环比折年率
        name_inserts=regex.compile(
            OPTIONAL_PIECES
            + rf"|[(（][ \t]*(?:{terms_words})[ \t]*[)）]|(?:{terms_words})"
            + rf"|(?:{alternation(_words('name_insert_words'))})"
        ),
        # an adverb, or the base a change is taken against, between a name and its word of change:
        # GDP只成长, 出口仍增长, 出口比上年增长, 进口较去年同期下降
        name_adverb=regex.compile(
            rf"(?:{alternation(_words('name_adverbs') + _words('name_bases'))})"
            rf"(?=[ \t]*(?:{alternation(_words('increase') + _words('decrease'))}))"
        ),
        period_end_before=before("period_end_before", r"[ \t]*(?:on[ \t]+)?"),
        unit_shared_after=_unit_shared_after(),
        change_from_right_before=before("change_from", r"[ \t]*"),
        title=regex.compile(
            "|".join(
                f"{regex.escape(pair[0])}[^{regex.escape(pair)}\n]{{1,80}}{regex.escape(pair[1])}"
                for pair in _words("title_marks")
            )
            or "(?!)"
        ),
        goal_list_gap=regex.compile(
            rf"(?:[ \t]*[,，、;；][ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)"
            rf"(?:(?!{alternation(_words('goal_list_breaks'), ignore_case=True)})"
            r"[^,，、;；。.!?！？\d()（）\n]){1,40}"
        ),
        # 2%左右（去年为3%左右）: an opening bracket and a copula (times left out)
        goal_restated_gap=regex.compile(
            rf"[ \t]*[(（][ \t]*(?:(?:{alternation(_words('parallel_copula'), ignore_case=True)})[ \t]*)?"
        ),
        unit_shared_before=regex.compile(
            rf"[ \t]*(?:{alternation(_words('change_to'), ignore_case=True)})[ \t]*"
            rf"(?:(?:{alternation(_words('unit_sharing_fillers'), ignore_case=True)})[ \t]*)*"
        ),
        # 市场一致预期（约4%）: the expectation's figure may stand in brackets after the word
        expectation_before=before(
            "expectation_before",
            # the words between, or a bracket, then perhaps the figure's sign (EST. +3.1%)
            rf"[ \t]*(?:{alternation(_words('expectation_gap'), ignore_case=True) or '(?!)'}|[（(])?"
            r"[ \t]*[+＋]?",
        ),
        expectation_after=after("expectation_after", r"[ \t]*[”\"’」』]?[ \t]*"),  # “3%左右”的预期目标
        goal=anywhere("goal_words"),
        goal_compared=before("goal_compared", r"[ \t]*"),
        goal_value_gap=regex.compile(
            r"[ \t\"'“”「」『』:：]*"
            rf"(?:(?:{alternation(_words('goal_value_gap'), ignore_case=True)})[ \t\"'“”「」『』:：]*)*"
        ),
        hedge=anywhere("hedge"),
        conditional=word("conditional"),
        conditional_after=regex.compile(alternation(_words("conditional_after"), ignore_case=True) or "(?!)"),
        speech=anywhere("speech_verbs"),
        decrease_before=before("decrease"),
        increase_before=before("increase"),
        decrease_after=after("decrease_after"),
        level_bound=regex.compile(
            rf"(?:{alternation(_words('level_bounds'), ignore_case=True)})(?![A-Za-z])"
        ),
        increase_after=after("increase_after"),
        # a bound word, an article, perhaps a possessive (the central bank's), and the figure
        level_mark_before=regex.compile(
            rf"(?<![A-Za-z])(?P<bound>{alternation(sorted(_bound_words()), ignore_case=True) or '(?!)'})"
            rf"[ \t]+(?:{alternation(_words('attributive_articles'), ignore_case=True) or '(?!)'})[ \t]+"
            r"(?:(?:[A-Za-z.-]+[ \t]+){0,2}[A-Za-z.-]+['’]s[ \t]+)?\Z"
        ),
        level_mark_after=regex.compile(
            rf"[ \t]+(?:{alternation(_words('level_marks'), ignore_case=True) or '(?!)'})(?![A-Za-z])"
        ),
        bound_words=_bound_words(),
        change_not_before=before("change_not"),
        added_before=before("added", r"(?![A-Za-z])[^\d,.，。；;:：]{0,8}"),
        other_measures=anywhere("other_measures"),
        relative_aside=regex.compile(
            rf"[,，][ \t]*(?:{alternation(_words('aside_openers'), ignore_case=True)})"
            r"[^,，;；:：()（）\n]{1,160}?[,，]"
        ),
        # 2021—22 is a range, no dash of an aside
        aside_dash=regex.compile(rf"(?<!\d)[ \t]*(?:{alternation(_words('aside_dashes'))})[ \t]*(?!\d)"),
        other_measures_before=before("other_measures", r"[ \t]*(?:的|'s)?[ \t]*"),
        names_not_in=regex.compile(alternation(_words("names_not_in")) or "(?!)"),
        subject_link=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(_words('subject_links'), ignore_case=True) or '(?!)'})"
            r"(?:[ \t]+(?i:an?|the))?[ \t]*\Z"
        ),
        anaphors=anywhere("anaphors"),
        breakdown_lead=regex.compile(
            rf"[ \t]*(?:{alternation(_words('breakdown_leads'), ignore_case=True) or '(?!)'})(?![A-Za-z])"
        ),
        time_aside_lead=regex.compile(rf"[ \t]*[,，][ \t]*(?:{aside_leads}[ \t]*)?"),
        time_aside_word=regex.compile(aside_leads),
        earlier_value=before("earlier_value_before", r"[ \t]*(?:(?:a|an|the)[ \t]+)?"),
        pronouns=anywhere("pronouns"),
        past=anywhere("past"),
        past_after=after("past_after", r"[ \t]*[,，]?[ \t]*"),
        threshold_after=after("threshold_after"),
        average=anywhere("average"),
        average_after=regex.compile(
            rf"[ \t]*[(（][ \t]*(?:{alternation(_words('average'), ignore_case=True)})[ \t]*[)）]"
        ),
        name_determiners=regex.compile(
            rf"[ \t]*(?:(?:{alternation(_words('name_determiners'), ignore_case=True)})(?![A-Za-z])[ \t]*)?\Z"
        ),
        difference_after=after("difference_after"),
        combined_before=before("combined_before", before_amount),
        several_subjects=anywhere("several_subjects"),
        total_before=before("total_before", before_amount),
        magnitude=regex.compile(
            alternation([w for p in load_packs() for w in p.numerals.large_units], ignore_case=True)
        ),
        list_joiner_words=frozenset(_words("list_joiners")),
        list_joiner=regex.compile(
            rf"[\s,，、]*(?:(?:{alternation(_words('list_joiners'), ignore_case=True)})[\s,，、]*)?"
        ),
        change_from_before=anywhere("change_from"),
        change_to_before=before("change_to", r"[ \t]*\S{0,12}?的?[ \t]*"),
        change_to=anywhere("change_to"),
        base_previous=regex.compile(_comparison_words("base_previous")),
        denied_before=regex.compile(
            rf"(?:{alternation(_words('negations'), ignore_case=True)})"
            rf"[ \t]*(?:(?:{alternation(_words('negation_fillers'), ignore_case=True)})[ \t]*)*"
            rf"(?:{alternation(_words('reach_words'), ignore_case=True)})[ \t]*\Z"
        ),
        previous_right_before=before(
            "previous_right_before", r"[ \t]*(?:率|幅)?(?:则|也|亦|仍)?(?:为|為|達|达|了)?[ \t]*"
        ),
        base_year_ago=regex.compile(_comparison_words("base_year_ago")),
        value_year_earlier=after("value_year_earlier", earlier_gap),
        value_year_earlier_before=before("value_year_earlier_before", r"[ \t]*(?:约|约为|仅|只有)?[ \t]*"),
        value_period_earlier=after("value_period_earlier", earlier_gap),
        deficit=anywhere("deficit"),
        surplus=anywhere("surplus"),
        current=word("current"),
        per_day=anywhere("per_day"),
        respondents_after=after("respondents_after")
        if _words("respondents_after")
        else regex.compile("(?!)"),
        revised=anywhere("revised"),
        superseded=word("superseded"),
        revised_to=word("revised_to"),
        subject_word=regex.compile(rf"(?<![A-Za-z]){subject}"),
        subject_after=joined("subject_after", subject, regex.IGNORECASE),
        group_word=word("group_words"),
        actual=word("actual_words"),
        base_effect_after=after("base_effect_after"),
        time_refined=regex.compile(
            rf"[^\d%]*?(?:{alternation(_words('time_refiners')) or '(?!)'})[ \t]*"
            rf"(?:{alternation(_words('name_after')) or '(?!)'})[ \t]*"
        ),
        respectively_after=after("respectively_after", r"[ \t]*[,，]?[ \t]*"),
        subject_opener=regex.compile(
            rf"(?:(?:{alternation(_words('subject_openers'), ignore_case=True)})(?![A-Za-z])[ \t,，]*)+"
            if _words("subject_openers")
            else "(?!)"
        ),
        restating_after_time=after("restating_after_time", r"[ \t,，的]*"),
        restated_after=after("restated_after", r"[ \t]*"),
        period_edge_after=after("period_edge_after", r"[ \t]*"),
        record_when=after("record_when", r"[ \t]*[,，]?[ \t]*"),
        record_span_after=joined("record_span_after"),
        after_event=joined("after_event"),
        since_before=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(_words('record_since'), ignore_case=True) or '(?!)'})[ \t]+\Z"
        ),
        event_span=joined("event_span"),
        reason_insert=joined("reason_insert"),
        among_frame=joined("among_frame"),
        revision_base=joined("revision_base"),
        question_marks=frozenset(_words("question_marks")),
        question_word=word("question_words"),
        question_alternative=regex.compile(
            rf"[ \t]*(?:{alternation(_words('question_alternatives'), ignore_case=True) or '(?!)'})"
            r"(?![A-Za-z])"
        ),
        home_entity={(p.code, k): v for p in load_packs() for k, v in p.claims.home_entity.items()},
        qualifier_suffix={
            k.lower(): v for p in load_packs() for k, v in p.quantities.qualifier_suffix.items()
        },
        own_country_words=frozenset(_words("own_country_words")),
        stamp_time=joined("stamp_time"),
        age_band=joined("age_band"),
        own_country_before_name=regex.compile(alternation(_words("own_country_before_name")) or "(?!)"),
        speaker_institution=joined("speaker_institution"),
        reply_line=joined("reply_line", flags=regex.MULTILINE),
        clause_marks=frozenset(c for c in _words("clause_marks")),
        clause_breaks=frozenset(c for c in _words("clause_breaks")),
        span_days=regex.compile(
            alternation([w for p in load_packs() for w in p.claims.span_days], ignore_case=True)
        ),
        span_day_counts={w.lower(): n for p in load_packs() for w, n in p.claims.span_days.items()},
        share=anywhere("share"),
        comparison_before=before("comparison", r"[ \t]*(?:the)?[ \t]*"),
        comparison_word=regex.compile(_comparison_words()),
        level_comparison=_level_comparison(),
        annualising=anywhere("annualising"),
        forecast_frame=regex.compile(alternation(_words("forecast_frame"), ignore_case=True) or "(?!)"),
        forecast_lead=regex.compile(
            rf"(?:{alternation(_words('forecast_lead'), ignore_case=True) or '(?!)'})[ \t]*[，,：:]"
        ),
        setter_verbs=word("setter_verbs"),
        setter_lead=regex.compile(
            rf"[ \t]*(?:(?:{alternation(_words('setter_leads'), ignore_case=True) or '(?!)'})[ \t]*)?"
        ),
        member_before=before("member_before", r"[ \t]*(?:的)?[ \t]*"),
        member_after=after("member_after"),
        each_move_after=after("each_move_after"),
        undated_span=joined("undated_span", flags=regex.IGNORECASE),
        held_run=joined("held_run", flags=regex.IGNORECASE),
        each_move_before=joined("each_move_before", tail=r"\Z"),
        percent_label=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(_words('percent_label_words'), ignore_case=True) or '(?!)'})"
            r"(?![A-Za-z])"
        ),
        base_before=before("comparison", r"[ \t]*(?:(?:in|at|during)[ \t]+)?(?:the[ \t]+)?"),
        base_after=after("comparison_after"),
        record_after=after("record_after", r"[ \t]*(?:的)?[ \t]*"),
        record_before=regex.compile(
            rf"(?:{alternation(_words('record_before'), ignore_case=True) or '(?!)'})(?![A-Za-z])"
            r"(?:[ \t]+[A-Za-z-]+){0,2}?[ \t]+"
            rf"(?:{alternation(_words('record_since'), ignore_case=True) or '(?!)'})(?![A-Za-z])"
        ),
        partner_before=before("partner_before", ""),
        partner_trade_before=joined("partner_trade_before", r"\Z", regex.IGNORECASE),
        partner_trade=regex.compile(
            rf"[^，,；;。：:\n]{{0,12}}?(?:{alternation(_words('partner_trade_words'))})"
            if _words("partner_trade_words")
            else "(?!)"
        ),
        partner_unnamed=regex.compile(
            rf"(?:{alternation(_words('partner_unnamed_before'))}){not_partner}\p{{Han}}{{1,4}}"
            rf"(?:(?:{alternation(_words('list_joiners'))})\p{{Han}}{{1,4}}){{0,3}}\Z"
        ),
        list_joiner_word=anywhere("list_joiners"),
        revision_before=before("revision_words", r"[ \t]*(?:了|by)?[ \t]*"),
        clause_end_mark=regex.compile(
            "|".join(regex.escape(c) for c in _words("clause_marks") if c not in _words("list_joiners"))
            or "(?!)"
        ),
        partner_phrase=regex.compile(
            rf"(?:{alternation(_words('partner_unnamed_before'))}){not_partner}\p{{Han}}{{1,4}}?"
            rf"(?:(?:{alternation(_words('list_joiners'))})\p{{Han}}{{1,4}}?){{0,3}}"
            rf"(?:{alternation(_words('partner_trade_words'))})"
            if _words("partner_unnamed_before") and _words("partner_trade_words")
            else "(?!)"
        ),
        owner_after=regex.compile(
            rf"[ \t]*(?:{alternation(_words('owner_after'), ignore_case=True)})[ \t]+(?:the[ \t]+)?"
        ),
        partner_after=regex.compile(
            rf"[ \t]*(?:{alternation(_words('partner_after'), ignore_case=True)})[ \t]+(?:the[ \t]+)?"
        ),
        share_after=after("share_after"),
        name_after=regex.compile(rf"[ \t]*(?:{alternation(_words('name_after'), ignore_case=True)})[ \t]*"),
        name_after_change=regex.compile(
            rf"[ \t]+(?:{alternation(_words('change_nouns_before_name'), ignore_case=True) or '(?!)'})"
            rf"[ \t]+(?:{alternation(_words('name_after'), ignore_case=True)})[ \t]+"
        ),
        name_modifier=regex.compile(alternation(_words("name_modifiers"), ignore_case=True)),
        around_articles={k: v for p in load_packs() for k, v in p.claims.around_articles.items()},
        attributive_before=regex.compile(
            rf"(?<![A-Za-z])(?:{alternation(_words('attributive_articles'), ignore_case=True) or '(?!)'})"
            r"[ \t]+\Z"
        ),
        attributive_word=regex.compile(r"[ \t]+([a-z][a-z-]+)(?![A-Za-z])"),
        attributive_same=frozenset(w.lower() for w in _words("attributive_same")),
        parts=anywhere("parts"),
        whole=anywhere("whole"),
        parallel_copula=regex.compile(
            rf"[ \t]*(?:{alternation(_words('parallel_copula'), ignore_case=True)})[ \t]*"
        ),
        parallel_lead=regex.compile(
            rf"(?:[ \t]*(?:{alternation(_words('parallel_possessives'), ignore_case=True)}))?[ \t]*"
            rf"(?:{alternation(_words('parallel_copula') + _words('parallel_verbs'), ignore_case=True)})"
            r"[ \t]*"
        ),
        continuation_lead=after("continuation_leads"),
        short_name_before=frozenset(_words("short_name_before")),
        short_name_after=frozenset(_words("short_name_after")),
        short_name_not_in=regex.compile(alternation(_words("short_name_not_in"))),
        terms=tuple(
            (code, regex.compile(alternation(words, ignore_case=True)))
            for code, words in _merged_terms().items()
        ),
        share_frames=tuple(
            ShareFrameRx(
                regex.compile(rf"(?:{f.before})\Z", regex.IGNORECASE) if f.before else None,
                regex.compile(f.after, regex.IGNORECASE) if f.after else None,
                tuple(f.names),
            )
            for p in load_packs()
            for f in p.claims.share_frames
        ),
    )
