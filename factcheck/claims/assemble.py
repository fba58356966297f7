"""Assemble claims: each figure with its metric, entity, period, attribution and modality.

Everything here works on normalised offsets and the mentions the extractors
found. A figure's *clause* runs between clause marks (，；：() …) inside its
sentence; what governs the figure is looked for first in its clause, then in
its sentence, then in the two sentences before it in the same paragraph
(attribution and entity carry over in news writing: 根據財政部數據…。截至目前，赤字已達…).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cached_property, partial
from itertools import pairwise

import regex

from ..extract import Document, Extraction
from ..extract.grammar import quantity_grammar
from ..extract.numerals import parse_cjk
from ..extract.quantities import Intervals, QuantityMention
from ..extract.timeresolve import add_months
from ..extract.times import TimeMention, time_grammar
from ..models.claim import Modality
from ..models.quantity import Qualifier, QuantityKind
from ..models.time import Granularity
from ..refdata import Indicator, RefData
from ..segment import Sentence, bullet_lead
from ..verdicts.tolerance import BOUND_QUALIFIERS, rounding_unit
from ..verdicts.verdict import SPAN_CHANGE_KINDS
from .cues import ClaimCues, claim_cues
from .labels import LabelUnit, in_label_unit, label_unit
from .terms import TermMention, fold, term_index
from .units import conversion_factor

__all__ = ["Draft", "assemble"]

K = QuantityKind
#: Times listed together (9月、10月; in September and October): the longest a time before another
#: may be, and the most characters between them.
LISTED_TIME_REACH = 40
LISTED_TIME_GAP = 8
#: How many of the names before the searched stretch the last-country scan looks at, latest first.
LAST_NAMED_TAIL = 64
#: The last word of a name (deficit of *goods deficit*, 逆差 of 货物贸易逆差), which a later
#: clause may leave out of a sibling name (…, total goods and services $60.2B).
_HEAD_WORD = regex.compile(r"[A-Za-z]{3,}\Z|\p{Han}{2}\Z")
_HAN = regex.compile(r"\p{Han}")
_LETTER = regex.compile(r"\p{L}")
#: The word right after a figure that may end a name written around it (顺差, *surplus*).
_WORD_AFTER = regex.compile(r"[ \t]*([A-Za-z]{3,}(?![A-Za-z])|\p{Han}{2})")
_SPACES = regex.compile(r"[ \t\u3000]+")
_SPACE_MARKS = frozenset(" \t\u3000")
#: Kinds that are never claims on their own.
_NOT_CLAIMS = {K.DURATION}
#: Kinds whose unit a bare number beside a figure may share (4.4 percent, down from 4.6).
_SHARING_KINDS = frozenset({K.PERCENT, K.CURRENCY, K.PERCENTAGE_POINT, K.BASIS_POINT, K.MEASURE})
#: Kinds whose unit a bare number with a magnitude of its own never shares: 5.5% and more than
#: 12 million (new jobs) is no 12 million percent.
_RATE_KINDS = frozenset({K.PERCENT, K.PERCENTAGE_POINT, K.BASIS_POINT})
#: A time written with a number (10月, 二季度, 2025 Q2), not a relative word (本月, 去年同期).
_NUMBERED = regex.compile(r"[0-9〇零一二三四五六七八九十]")
#: The granularity of a time that names one period of a series of each frequency.
_GRANULARITY_OF = {
    "monthly": Granularity.MONTH,
    "quarterly": Granularity.QUARTER,
    "annual": Granularity.YEAR,
}
#: The most characters a comparison word (*than*, 比) may stand before the word of expecting that
#: ends a lead-in to a colon (*faster than the pessimists expected:*) and make it a result.
LEAD_COMPARISON_REACH = 30
#: Days of a leap year: a span from the start of a year no longer than this is a year to date.
_YEAR_DAYS = 366
#: Parts of one year a table row may name without the year its column header gives.
_ROW_PARTS_OF_YEAR = frozenset({Granularity.MONTH, Granularity.QUARTER, Granularity.HALF, Granularity.RANGE})
#: Characters before a country in a later clause that still make it the clause's subject (美国…,
#: while the US…): see `_before_own_figure`.
SUBJECT_LEAD = 12
#: The most characters a bracket before a figure may hold and still be an aside in its clause
#: (出口（美元计）同比增长约5%).
LABEL_ASIDE_CHARS = 10
#: Characters between a whole indicator name and an elliptical one after it that make the
#: latter part of the former's phrase (出口同比增长 is no elliptical name after 出口).
ELLIPSIS_GAP = 2
#: How far back (characters) the country named last before a figure is searched for in text
#: with no figure (see `_last_country_before`).
LAST_COUNTRY_REACH = 400
#: How far back (in sentences of the same paragraph) context may carry over.
_CARRY = 2
#: Most lines of a list between a figure's line and the label line that opens the list.
LIST_LABEL_REACH = 24
#: Entity kinds that are the subject of the figures next to them (organisations are usually sources).
SUBJECT_KINDS = frozenset({"country", "aggregate", "region", "economy"})
#: Subjects that pair with their own figures in a list (美國的9.1%與歐元區的8.6%).
_PAIRED_KINDS = frozenset({"country", "aggregate", "economy"})
#: The unit of a table row whose label names a rate (*CPI y/y*, *Unemployment rate*, CPI同比).
PERCENT_LABEL = LabelUnit(K.PERCENT, "percent", Decimal(1))
#: …and of such a row's cell in a column of changes: the rate's move, in percentage points.
POINTS_LABEL = LabelUnit(K.PERCENTAGE_POINT, "percentage_point", Decimal(1))
#: How far before a forecast word a phrase holding it that is no forecast may start (than expected).
FORECAST_NOT_REACH = 12
#: How far before a metric's name an age band may stand and still qualify it (二十至二十四岁人口的).
AGE_BAND_REACH = 8
#: How far after a name its own figure may start (美國的9.1%).
NAME_FIGURE_GAP = 4
#: Entities whose own figures are the rates they set: named in a figure's clause, a metric of an
#: earlier clause they have no series of is not the figure's.
SETTER_KINDS = frozenset({"central_bank"})
#: Kinds of figure that state a rate or a move of one.
_RATE_KINDS = frozenset({K.PERCENT, K.PERCENTAGE_POINT, K.BASIS_POINT})
#: Weight of a central bank's own rate read from a setting verb, with no name of the rate.
SETTER_RATE = 0.85
#: How often a text must name a country for it to be the whole text's subject.
SUBJECT_MENTIONS = 3
#: Periods that are only the context of a finer period in the same clause (in 2025).
_CONTEXT_PERIODS = frozenset({Granularity.YEAR, Granularity.FISCAL_YEAR, Granularity.DECADE})
#: Periods a record word right after names as the record's own time, not its scope: 去年4月份最高到了
#: 6.1% is April's figure (unlike 今年最高, 9月以来最低, whose span the record is the extreme of).
_RECORD_OWN_PERIODS = frozenset({Granularity.DAY, Granularity.WEEK, Granularity.MONTH, Granularity.QUARTER})
#: …and so does a span of days no longer than a quarter (年初高位6.8%: early in the year).
RECORD_OWN_DAYS = 92
#: Dashes that set off an aside (— the fastest rise since…).
_DASHES = frozenset("—–")
#: Frequencies whose periods are days: a day before a word of releasing may be their period.
_DAY_PERIODS = frozenset({"daily", "event"})
#: Frequencies whose periods no single month can be.
_COARSER_THAN_MONTHS = frozenset({"quarterly", "annual", "fiscal_year", "academic_year"})
#: Found in a time that names its year (2024年9月, 去年, last year).
_WRITTEN_YEAR = regex.compile(r"\d{4}|年|[Yy]ear")
#: A bracket still open at the end of the text searched.
_OPEN_BRACKET = regex.compile(r"[(（][^)）]*\Z")
#: Brackets left empty once the times in them are taken out (前值（）).
_EMPTY_BRACKETS = regex.compile(r"[（(][ \t]*[）)]")
#: A line that only rules a table (-----, ═════, |---|---|).
_RULE_LINE = regex.compile(r"[ \t]*[-=_─━═|+:]{3,}[-=_─━═|+: \t]*")
#: Most characters between a measure named right before a figure and the figure (the rate near 4%).
SUBJECT_GAP = 8
#: Most characters between a subject word (a currency) and the figure it is about when the word
#: does not open the clause (第二名的歐元也才20%左右; the euro at about 20%).
SUBJECT_WORD_GAP = 6
#: Most characters between a figure's clause and a time set off after it (, on October 21,).
TIME_ASIDE_REACH = 12
#: How far before a partner the trade word of `partner_trade_before` may start.
PARTNER_TRADE_REACH = 64
#: How far before a metric a partner word and the short names it opens may start (对东盟、欧盟出口).
PARTNER_LIST_REACH = 20
#: Between a figure and a time that says what record it is (18.9%的年内高点), and between a figure
#: and a time alone in brackets after it (5.0%(6月)).
_RECORD_GAP = regex.compile(r"\s*(?:的\s*)?")
_OPENING_GAP = regex.compile(r"[(（][ \t]*")
#: …and after a space (3.0% (August: 3.4%)).
_SPACED_OPENING = regex.compile(r"[ \t]*[(（][ \t]*")
#: Between a time and the figure it labels (2026年Q1：57.1%, *Q1: 57.1%*).
_LABEL_COLON = regex.compile(r"[ \t]*[:：][ \t]*")
#: Score of a name carried over from an earlier sentence.
CARRIED = 0.75
#: The score of a metric's name that holds a country other than the figure's (美国失业率…中国5.3%).
SHARED_NAME = 0.9
#: Score of the home country of the text's script, taken for a figure whose text names none.
HOME_ASSUMED = 0.8
#: Characters a word of following (`followed_words`) may stand before the entity it follows.
FOLLOWED_GAP = 8
#: How far into a time its record word (*since*) may reach: the time's own text may begin with it.
RECORD_SINCE_INSIDE = 6
#: …of a name carried from an earlier sentence into a clause that refers back to it (it, 这一比例).
REFERRED_BACK = 0.85
#: Score of the measure of the sentence before, in a sentence that opens by breaking it down by
#: period (分季度看，一季度增长5.4%): as plain as a name in the figure's clause.
BROKEN_DOWN = 0.95
#: Weight of a metric a listed figure takes from the figure in its place of an earlier list of
#: its sentence (核心CPI同比3.0%，8月分别为2.9%、3.1%).
CARRIED_IN_SENTENCE = 0.95
#: Characters before a figure searched for the change word that makes it a change.
CHANGE_WORD_REACH = 24
#: Most characters between a figure and a time right after it that dates it (from 58% in 2022,
#: 4.5% in Q4, 5.0% for 2025).
FROM_TIME_GAP = 3
#: Characters, besides times and the names of bases, that may join a change naming no base to the
#: change of its series naming one (*rose 0.3% in May, and it was up 2.4% from a year earlier*).
SIBLING_GAP = 20
#: Score of a name in the header of a table column, for the figures in its cells.
HEADER_NAME = 0.9
#: Kinds of figure whose rise or fall is a difference of a series' values.
_AMOUNT_KINDS = frozenset({K.CURRENCY, K.COUNT, K.MEASURE, K.NUMBER})
#: How far before a figure a denial of reaching it may start (has not yet returned to 2%).
DENIED_REACH = 32
#: How long a bracket after a figure may be for a time in it to be the figure's.
BRACKET_REACH = 30
#: How far after 分别 the first of its figures may stand (分别下跌0.2%与0.5%).
RESPECTIVE_REACH = 8
#: Most characters of a sentence's opening clause that names the base of its figures (从环比看，).
BASE_LEAD_CHARS = 8
#: How far a list of times opening a sentence may stand before its 分别 (7月和8月受毕业季影响，
#: 失业率分别升至5.2%和5.3%).
RESPECTIVE_LEAD_REACH = 24
#: At most this many characters (times left out) may open the clause of 分别 before it for its
#: figures to take the metrics of a list before (8月分别为, 都比2月的); more (英镑、日元的份额分别约为)
#: name the list's own subjects.
RESPECTIVE_LEAD = 3
#: Kinds of amounts, which an addition word (新增, added) makes changes.
_AMOUNT_KINDS = frozenset({K.COUNT, K.CURRENCY, K.NUMBER})
#: An opening clause with at most this many characters besides a country's name sets the scene
#: (In Switzerland, 在瑞士): the figures after it are that country's.
SCENE_WORDS_CHARS = 4
#: Characters before a figure a share frame's part and verb may take (the dollar accounted for).
FRAME_REACH = 64
#: Characters before a figure searched for a per-day word (每天新增近50亿美元).
PER_DAY_REACH = 8
#: Periods shorter than a year: no yearly target is set for one.
_PARTS_OF_YEAR = frozenset({Granularity.DAY, Granularity.MONTH, Granularity.QUARTER, Granularity.HALF})
# months in one period of a granularity a text counts back by (上月, 上季度)
_PERIOD_MONTHS = {Granularity.MONTH: 1, Granularity.QUARTER: 3}
#: Characters on each side of a figure searched for a name it sits inside.
AROUND_CHARS = 10
LATIN_REACH_FACTOR = 3
#: Score of a name that means its indicator only after the indicator's own entity (美联储…高利率):
#: below a name in the figure's own clause (OWN_CLAUSE), so implausible figures stay unverifiable.
AFTER_OWN_ENTITY = 0.9
#: Score of a series of changes named by a level's name and a change word after it (国内生产总值
#: 1401879亿元，比上年增长5.0%): as a name after the figure's entity, below its own clause's.
LEVEL_THEN_CHANGE = 0.9
#: A clause whose words before its figure are at most this long, and name nothing, goes on with
#: the clause before it (", to 4-4.25%").
CONTINUATION_CHARS = 8
#: At most this many characters besides its time make a clause that only says when (*most
#: recently in December*).
CONTINUATION_WORDS_CHARS = 16
#: Entity score when the entity named in the context is also the one the series expects.
NAMED_AND_EXPECTED = 0.9
_BRACKETS = regex.compile(r"[()（）]")
#: Between a list of figures and the list of times it pairs with: a short word at most (in, for).
_SHORT_WORD_GAP = regex.compile(r"[ \t]*(?:[A-Za-z]{1,6}[ \t]+)?")


#: How far back the first name of a list, written without the ending it shares with the second
#: (*Headline and core CPI*), is looked for.
ELIDED_REACH = 12
#: …and how many such names may open the list.
ELIDED_MOST = 3


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _item_char(ch: str, joiners: frozenset[str]) -> bool:
    """A character that may stand inside a list's item: no space, punctuation or one-character
    list joiner (`list_joiners`: 和, 与)."""
    return bool(ch.strip()) and not unicodedata.category(ch).startswith("P") and ch not in joiners


def _tail_start(name: str, i: int) -> bool:
    """``name[i:]`` may be the ending a list's first name shares: from a word's start (core |CPI)
    or from any Han character (核心|CPI, 核|心CPI)."""
    if _latin(name[i]) and _latin(name[i - 1]):
        return False
    return bool(name[i:].strip())


@dataclass
class Draft:
    """A claim before checking (normalised offsets)."""

    index: int
    mention: QuantityMention
    sentence: Sentence
    clause: tuple[int, int]
    value: Decimal
    low: Decimal | None
    high: Decimal | None
    time: TimeMention | None = None
    current: bool = False
    metric: TermMention | None = None
    metric_score: float = 0.0
    entity_id: str | None = None
    entity_term: TermMention | None = None
    entity_score: float = 0.0
    attribution: object | None = None  # an AttributionCue
    modality: Modality = Modality.ASSERTION
    deficit: bool = False
    change_of: tuple[int, int] | None = None
    candidates: list[str] = field(default_factory=list)  # indicator ids named near the figure
    alternatives: list[TermMention] = field(default_factory=list)  # series sharing the metric's name
    is_change: bool = False  # a rate after a change word (增长6%): a change, not a level
    direction_stated: bool = False  # a word or a sign says which way it moved (fell, 增长, +, −)
    added_only: bool = False  # a change only by a word of adding (新增1200万人): see _target_level
    reached: bool = False  # a word of reaching stands right before it (达到1160万人, rose to)
    level_bounded: bool = False  # a bound on a level (fell below 3%, below the 3% level): no change
    averaged: bool = False  # a word of averaging stands before it in its clause (平均值为5.3%)
    ends: tuple[Draft, Draft] | None = None  # the from-to pair this change is the difference of
    expectation: bool = False  # the figure is itself an expectation or a goal (市场预期的2.8%, a 2% target)
    expectation_word: str = ""  # the words that made it an expectation or a goal
    goal_worded: bool = False  # its clause calls it a goal (1100万以上的新增就业目标, 控制在5.5%左右)
    no_series_value: bool = False  # a rate per day, a difference or a sum (每天…50亿美元, below its peak)
    denied: str = ""  # words saying the figure was not reached (仍未回到2%, has not returned to 2%)
    listed_after: Draft | None = None  # the figure before whose change word it shares (…and 0.4% in August)
    carried: bool = False  # the metric's name is in an earlier sentence
    past: bool = False  # placed in the past without a period (此前, previously, from X): not "now"
    # the end of a change from a dated start (由4月中旬的28%回落至17.8%): reached after that start
    reached_after: dt.date | None = None
    earlier_value: bool = False  # an earlier value of what the sentence reports (高于此前的1.3%)
    from_shared: bool = False  # a from-end whose time precedes its from-word (今年…从3%下修到2%)
    averaged_apart: bool = False  # an average whose clause names no period (两个季度平均下来1%多)
    year_ago_said: bool = False  # its clause says the change is from a year before (同比, year on year)
    annualising_said: bool = False  # its clause says the change is at a yearly pace (annualized, 按年率)
    # a reading overlapping the one kept that the data has no series of for the entity (核心CPI of
    # 核心CPI年增 for China): the figure may be of it, so the reading kept may not fault it
    dropped_reading: str | None = None
    refers_back: bool = False  # the figure's sentence refers back before it (这一比例, the rate, it)
    entity_assumed: bool = False  # the entity is the text's subject, not named near the figure
    # whether the text turned to another country before the figure, asked only of a verdict that
    # would fault it (see _turned_away): the entity is then assumed too
    turned_away: Callable[[], bool] | None = None
    earlier: str | None = None  # "year" or "period": a level a year or a period before its time's
    after_event: bool = False  # its time names a decision the figure came after (12月降息后): read at its end
    assumed_unit: bool = False  # a bare amount given the unit of its metric (赤字3万亿)
    each_move: bool = False  # the size of each of several moves (four straight 75bp moves)
    held_run: bool = False  # a level held over several periods (连续数月持平在5.2%)
    undated_span: bool = False  # dated a span from a time not given (A decade earlier, 一年下来)
    factor: Decimal = Decimal(1)  # value, low and high are in the metric's unit: the text's × factor
    surface: str = ""  # the figure as written in the original text
    precision: Decimal | None = None  # the unit the figure was rounded to (see verdicts.tolerance)
    # what a change in points is measured from: "previous" period, "year_ago", a "stated" period, or
    # an earlier estimate of its own period ("revision")
    base: str | None = None
    base_period: tuple[dt.date, dt.date] | None = None
    # …written as a part of a period, no whole one (较年初, from early 2023): a moment somewhere in it
    base_vague: bool = False
    base_named: str | None = None  # the base its clause names for a rate of change (see _base_fit)
    # naming no base, it shares its paragraph with a figure of its series named as a change from a
    # year before (see _Assembler.year_ago_beside): it may be a change from the month before
    year_ago_beside: bool = False
    cumulative: bool = False  # a change in points summed over several moves (累计降息150个基点)


def unit_fits(mention: QuantityMention, indicator: Indicator) -> bool:
    """Whether a figure of this kind and unit can be a value of the indicator."""
    unit = indicator.unit
    if mention.kind == K.PERCENT:
        return unit == "percent"
    if mention.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT):  # 降息100个基点: a change of a rate's level
        return unit == "percent" and not indicator.change
    if mention.kind == K.CURRENCY:  # the same currency, or its sub-unit (0.12美元 against US cents)
        if mention.unit is None or mention.unit.split("_")[0] != unit.split("_")[0]:
            return False  # another currency: that would take an FX row (and pint need not load)
        return unit == mention.unit or conversion_factor(mention.unit, unit) is not None
    if mention.kind in (K.COUNT, K.NUMBER):
        return unit in ("person", "count")
    if mention.kind == K.MEASURE and mention.unit is not None:
        # a currency code (USD, USD_cent) is no measure's unit
        return not unit[:3].isupper() and conversion_factor(mention.unit, unit) is not None
    return False


#: A comma between a digit and three more (2,097亿美元): part of a number, no clause mark.
_THOUSANDS_COMMA = regex.compile(r"(?<=\d),\d{3}(?!\d)")

#: Signs written before a figure that say which way it moved.
_SIGNS = frozenset("+-\u2212\uff0b\uff0d")

#: Between two cells of a table row written in plain text: a tab, a bar (指标 | 最新值), or two
#: spaces or more.
#: A table's first cell holding its label, ending in a bracket, and the first figure right after it.
_LABEL_THEN_FIGURE = regex.compile(r"(?P<label>[^\n]*?[)）])(?=[-+−]?\d[\d.,]*%?\Z)")
#: Cells part at a tab, a bar, two spaces, or one space between a percentage (or a closing
#: bracket after one) and a number (18.8%　17.1%, 2.4%（Q4）　5.4%（Q1）: a Chinese table typed
#: with one full-width space, a space once normalised).
_CELL_GAP = regex.compile(
    r"\t+|[ \t\u3000]*\|[ \t\u3000]*|[ \u3000]{2,}|(?<=\d%|\d%?[)）])[ \u3000](?=[-+−]?\d)"
)
#: At most two Han characters: a modifier of a name (整体出口, 全国CPI).
_SHORT_MODIFIER = regex.compile(r"\p{Han}{0,2}")
#: A plain number and a count are figures of the same kind of thing (12.59 million, 83,000 jobs).
_PLAIN_OR_COUNTED = frozenset({K.NUMBER, K.COUNT})


#: Characters of words that may stand between a time and a 的 before its own figure (全年平均的).
_JOINED_WORDS = 8
#: …and of words narrowing the time to a moment of it, ending in a word for "when" (疫情最严重的时候的).
_REFINED_WORDS = 14


class _Window:
    """Mentions sorted by start, with range queries."""

    def __init__(self, items: list, key=lambda x: x.start) -> None:  # type: ignore[no-untyped-def]
        self.items = items
        self.starts = [key(x) for x in items]

    def between(self, start: int, end: int) -> list:  # type: ignore[type-arg]
        return self.items[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


class _Assembler:
    def __init__(self, doc: Document, found: Extraction, refdata: RefData, attributions: list) -> None:  # type: ignore[type-arg]
        self.doc, self.text, self.refdata = doc, doc.norm.text, refdata
        self.cues: ClaimCues = claim_cues()
        self.sentences = list(doc.sentences)
        self._labels: dict[int, Sentence | None] = {}  # a list line's label line, by sentence index
        self.sentence_starts = [s.start for s in self.sentences]
        self.times = _Window(list(found.times))
        self.figures = _Window(sorted(found.quantities, key=lambda q: q.start))
        self.term_index = term_index(refdata)
        # a pack's home country is that of texts in its language only (not of an English report
        # that writes a minister's name in characters)
        self.home: str | None = self.cues.home_entity.get((doc.lang, doc.script))
        terms = []
        for a, b in self._windows(found):  # names matter only near figures
            terms += [
                TermMention(t.start + a, t.end + a, t.kind, t.id, t.surface)
                for t in self.term_index.find(
                    self.text[a:b],
                    self.cues.short_name_before,
                    self.cues.short_name_after,
                    self.cues.short_name_not_in,
                    self.cues.name_inserts,
                    self._times_inside_words(a, b),
                )
            ]
        elliptical = self._elliptical_names(terms)
        if elliptical:
            terms = sorted(terms + elliptical, key=lambda t: (t.start, -(t.end - t.start)))
        terms = self._outside_figures(terms)
        titles = Intervals([m.span() for m in self.cues.title.finditer(self.text)])
        # 《关于…高校毕业生就业…的提案》 names a work, not what a figure measures
        terms = [t for t in terms if t.kind == "entity" or not titles.contains(t.start, t.end)]
        # 进出口同比增长4%: 出口 begun inside 进出口 (total trade) is no name of exports
        inside = [m.span() for m in self.cues.names_not_in.finditer(self.text)]
        if inside:
            terms = [t for t in terms if not any(a < t.start < b for a, b in inside)]
        self.indicators = _Window([t for t in terms if t.kind == "indicator"])
        named, own_unknown = self._entity_names(terms)
        home_named = self._home_before_name()
        if self.home is not None:
            named = sorted(named + home_named, key=lambda t: t.start)
        else:
            own_unknown = own_unknown + home_named
        self.entities = _Window(named)
        # 央行跟随联准会升息半码: the names a word of following stands right before (not whose figures)
        self._followed = {
            t.start
            for t in named
            if self.cues.followed_before.search(self.text, max(0, t.start - FOLLOWED_GAP), t.start)
        }
        self.own_unknown = _Window(sorted(own_unknown + self._speakers_country(), key=lambda t: t.start))
        self.qualified = _Window([t for t in terms if t.kind == "qualified"])
        self.attributions = _Window(sorted(attributions, key=lambda a: a.start))
        self._asides: dict[int, list[tuple[int, int]]] = {}
        self._all_asides: dict[int, list[tuple[int, int]]] = {}
        self._headers: dict[int, tuple[int, int] | None] = {}  # see _column_header
        self._bases: dict[int, bool] = {}  # by a time's start: whether it is a comparison's base
        self._aliases: dict[str, str] = {}  # see _alias_text
        self._folded: dict[str, tuple[str, ...]] = {}  # see _folded_aliases
        # names meaning an indicator only after its entity, read after the country named last
        # before them (see _after_own_entity): (start, indicator)
        self._by_last_country: set[tuple[int, str]] = set()
        self._subject_found: str | None = None  # see _subject ("" when there is none)
        self._first_named_at: dict[str, int] | None = None  # see _first_named
        self._first_foreign_at: int | None = None  # where a country not the home one is first named
        self._home_assumed_at: int | None = None  # where the latest figure given the unnamed home country is
        self._previous: Draft | None = None  # the last figure drafted (a list may share its change word)
        self._named_previous: Draft | None = None  # …and the last one given a metric
        # the last figure drafted with each indicator as its metric or a reading of it, for its entity
        self._by_metric: dict[str, Draft] = {}
        self._sentence_drafts: list[Draft] = []  # the figures drafted so far in the current sentence
        self._respective: dict[int, tuple[regex.Match[str], list[QuantityMention]] | None] = {}
        # indicators some target series is set for (失业率 has its 5.5%左右 target)
        self._targeted_ids = {i for ind in refdata.indicators.values() if ind.target for i in ind.target_of}
        self._current: Draft | None = None
        self.series_entities: dict[str, set[str]] = {}
        for indicator, entity in refdata.series:
            self.series_entities.setdefault(indicator, set()).add(entity)

    def _elliptical_names(self, terms: list[TermMention]) -> list[TermMention]:
        """Names written without the first words another name of their sentence begins with, in a
        sentence of several figures (稀土精炼产量92%、开采量62%), where no whole indicator name overlaps
        them or ends right before them."""
        found: list[TermMention] = []
        by_sentence: dict[int, int] = {}
        for q in self.figures.items:
            i = self.sentence_of(q.start)
            by_sentence[i] = by_sentence.get(i, 0) + 1
        indicators = _Window(sorted((t for t in terms if t.kind == "indicator"), key=lambda t: t.start))
        for i, count in by_sentence.items():
            if count < 2:
                continue
            sentence = self.sentences[i]
            names = indicators.between(sentence.start, sentence.end)
            for t in self.term_index.elliptical(self.text, sentence.start, sentence.end, names):
                near = indicators.between(max(0, t.start - 40), t.end)
                if any(u.start < t.end and t.start < u.end + ELLIPSIS_GAP for u in near):
                    continue  # part of a whole name, or right after one (进口同比增长)
                found.append(t)
        return found

    def _entity_names(self, terms: list[TermMention]) -> tuple[list[TermMention], list[TermMention]]:
        """The entity names among ``terms`` (sorted by start), and the words for the writer's own
        country that name none: 我国, 央行 name the home country of the text's script or its
        institution, and in a script with no home country an unknown one, the writer's (國內方面,
        我們央行 in a Taiwan paper); after another name (沙特央行) they are part of that name."""
        own_words = self.cues.own_country_words
        named_ends = {t.end for t in terms if t.kind == "entity" and t.surface not in own_words}
        own_terms = [
            t for t in terms if t.kind == "entity" and t.surface in own_words and t.start not in named_ends
        ]
        home_terms = [t for t in own_terms if self._of_home(t.id)]
        named = sorted(
            [t for t in terms if t.kind == "entity" and t.surface not in own_words] + home_terms,
            key=lambda t: t.start,
        )
        return named, [t for t in own_terms if t not in home_terms]

    def _times_inside_words(self, a: int, b: int) -> list[tuple[int, int]]:
        """The pieces of ``text[a:b]`` (offsets from ``a``) names are also matched without: times
        written inside a word, right after a letter and right before a Han character (CPI8月同比,
        GDP二季度增长, 出口前三季度增长), and adverbs right after a letter and before a word of change
        (`name_adverbs`: GDP只成长, 出口仍增长) or bases of a change (出口比上年增长)."""
        text = self.text
        pieces = [
            (t.start - a, t.end - a)
            for t in self.times.between(a, b)
            if a < t.start
            and t.end < b
            and text[t.start - 1].isalpha()
            and text[t.end].isalpha()
            and not text[t.end].isascii()
        ]
        pieces += [
            (m.start() - a, m.end() - a)
            for m in self.cues.name_adverb.finditer(text, a, b)
            if m.start() > a and text[m.start() - 1].isalpha()
        ]
        merged: list[tuple[int, int]] = []
        for lo, hi in sorted(pieces):  # a time inside a base (较去年同期) is one piece with it
            if merged and lo <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(hi, merged[-1][1]))
            else:
                merged.append((lo, hi))
        return merged

    def _of_home(self, entity: str) -> bool:
        """``entity`` is the home country of the text's script, or one of its institutions."""
        return self.home is not None and (
            entity == self.home or self.refdata.entities[entity].country == self.home
        )

    def _before_a_name(self, pos: int) -> bool:
        """A time or a metric's name starts at ``pos``, perhaps after a joining word (`name_after`:
        的): what a word right before ``pos`` qualifies."""
        joined = self.cues.name_after.match(self.text, pos)
        if joined is not None:
            pos = joined.end()
        named = self.times.between(pos, pos + 1) or self.indicators.between(pos, pos + 1)
        return any(t.start == pos for t in named)

    def _home_before_name(self) -> list[TermMention]:
        """国内8月CPI, 国内二季度GDP: a word for the writer's country (`own_country_before_name`)
        right before a time or a metric's name, not inside a name of its own (国内生产总值): the home
        country of the text's script, or, in a script with none, an unnamed one."""
        found = []
        for m in self.cues.own_country_before_name.finditer(self.text):
            inside = any(
                n.start <= m.start() and n.end > m.end()
                for n in self.indicators.between(max(0, m.start() - 16), m.end())
            )
            if not inside and self._before_a_name(m.end()):
                found.append(TermMention(m.start(), m.end(), "entity", self.home or "", m.group()))
        return found

    def _own_institution(self, draft: Draft) -> list[TermMention]:
        """聯準會…升了21碼，本行同期間只升了3碼半: a word for the speaker's own institution
        (`speaker_institution`) in the figure's clause, before it and after its metric's name: the
        figure is that institution's, which the text does not name. Elsewhere (本行预期… in a bank's
        note) it says nothing of which country later figures are about."""
        lo = max(draft.clause[0], draft.metric.end if draft.metric is not None else 0)
        return [
            TermMention(m.start(), m.end(), "entity", "", m.group())
            for m in self.cues.speaker_institution.finditer(self.text, lo, draft.mention.start)
        ]

    def _speakers_country(self) -> list[TermMention]:
        """我们8月CPI是2.36%: a first-person word (`speaker_country_words`) right before a time or
        a name (a 的 between) is the speaker's country, which the text does not name (an official
        quoted in any script may speak for any country): no country named before it is the
        figure's."""
        pattern = self.cues.speaker_country
        if pattern is None:
            return []
        return [
            TermMention(m.start(), m.end(), "entity", "", m.group())
            for m in pattern.finditer(self.text)
            if self._before_a_name(m.end())
        ]

    def _outside_figures(self, terms: list[TermMention]) -> list[TermMention]:
        """Entity names not written inside a figure: the US of US$328.5 billion is the currency's
        (a count's noun, 130,000 jobs, may still name its metric)."""
        kept = []
        for t in terms:
            if t.kind != "entity":
                kept.append(t)
                continue
            near = self.figures.between(max(0, t.start - 40), t.end)
            if not any(q.start <= t.start and t.end <= q.end for q in near):
                kept.append(t)
        return kept

    def _windows(self, found: Extraction) -> list[tuple[int, int]]:
        """The stretches of text a figure may take names from: its sentence and the ones before it
        that :meth:`context` reaches, merged."""
        spans: list[tuple[int, int]] = []
        for m in found.quantities:
            context = self.context(self.sentence_of(m.start))
            start, end = context[-1].start, context[0].end
            if spans and start <= spans[-1][1]:
                spans[-1] = (spans[-1][0], max(spans[-1][1], end))
            else:
                spans.append((start, end))
        return spans

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.sentence_starts, pos) - 1)

    def clause_of(self, sentence: Sentence, start: int, end: int) -> tuple[int, int]:
        marks, text = self.cues.clause_marks, self.text
        a = start
        while a > sentence.start:
            if text[a - 1] in marks and not _THOUSANDS_COMMA.match(text, a - 1):
                opener = self._time_aside(a)
                if opener is None:
                    break
                a = opener  # 聯儲局本周三（10日）減息: a bracketed date is an aside in the clause
            elif text[a - 1] in _SPACE_MARKS and self._han_spaced(a - 1):
                break
            a -= 1
        b = end
        while b < sentence.end and (text[b] not in marks or _THOUSANDS_COMMA.match(text, b)):
            if text[b] in _SPACE_MARKS and self._han_spaced(b):
                break
            b += 1
        return a, b

    def _han_spaced(self, at: int) -> bool:
        """The space at ``at`` stands between two Han characters: in Han text, a clause mark (forum
        posts write none: 美債總額就破38兆了 上個財年光淨利息就付了9707億美元)."""
        text = self.text
        lo = at
        while lo > 0 and text[lo - 1] in _SPACE_MARKS:
            lo -= 1
        hi = at + 1
        while hi < len(text) and text[hi] in _SPACE_MARKS:
            hi += 1
        return lo > 0 and hi < len(text) and bool(_HAN.match(text, lo - 1)) and bool(_HAN.match(text, hi))

    def _time_aside(self, close_end: int) -> int | None:
        """Where a bracket that closes at ``close_end`` opens, when all it holds is a time."""
        if self.text[close_end - 1] not in "）)":
            return None
        for t in self.times.between(max(0, close_end - 16), close_end):
            if t.end == close_end - 1 and t.start >= 1 and self.text[t.start - 1] in "（(":
                return t.start - 1
        return None

    def _time_aside_after(self, draft: Draft, times: list[TimeMention]) -> TimeMention | None:
        """A time set off by a comma right after the figure's clause, alone in its clause and opened by
        one of `time_aside_leads` (before the time or inside it), with no figure after it in the
        sentence: the figure's own time (…passed $38 trillion three weeks later, on October 21,
        according to the Treasury)."""
        end = draft.clause[1]
        for t in times:
            if t.start < end or t.start - end > TIME_ASIDE_REACH:
                continue
            lead = self.cues.time_aside_lead.match(self.text, end, t.start)
            if lead is None or lead.end() != t.start:
                return None
            opening = end + len(self.text[end : t.start]) - len(self.text[end : t.start].lstrip(" \t,，"))
            if self.cues.time_aside_word.match(self.text, opening) is None:
                return None  # 回落至8.3%，5月，又创新高: a time alone opens the next clause
            rest = self.text[t.end : draft.sentence.end].lstrip(" \t")
            if rest[:1] in _DASHES or rest[:2] == "- ":
                return t  # …, on October 21 - the fastest rise since…: a dash opens an aside
            if rest[:1] and (
                rest[:1] not in self.cues.clause_marks or rest[:1] in self.cues.list_joiner_words
            ):
                return None  # 回落至8.3%後，5月、6月又連續創高: a list of times opens the next clause
            if self.figures.between(t.end, draft.sentence.end):
                return None
            return t
        return None

    def _over_label(self, draft: Draft) -> tuple[int, int]:
        """The figure's clause, widened back over a short bracketed label that ends it on the left
        (我们预计7月出口（美元计）同比增长约5%: 预计 stands before the label)."""
        lo, hi = draft.clause
        opener = self._label_aside(lo) if lo > draft.sentence.start else None
        if opener is None:
            return lo, hi
        return self.clause_of(draft.sentence, opener, opener)[0], hi

    def _label_aside(self, close_end: int) -> int | None:
        """Where a bracket that closes at ``close_end`` opens, when it holds a few words and no
        figure, time or clause mark (（美元计）, (Fed))."""
        if self.text[close_end - 1] not in "）)":
            return None
        opener = max(self.text.rfind("（", 0, close_end - 1), self.text.rfind("(", 0, close_end - 1))
        if opener < 0 or close_end - 1 - opener > LABEL_ASIDE_CHARS:
            return None
        inside = self.text[opener + 1 : close_end - 1]
        if (
            not _LETTER.search(inside)  # (%) heads a table's column of figures
            or any(mark in inside for mark in self.cues.clause_marks)
            or self.figures.between(opener, close_end)
            or self.times.between(opener, close_end)
        ):
            return None
        return opener

    def context(self, index: int) -> list[Sentence]:
        """The sentence and up to _CARRY earlier sentences of its paragraph (nearest first), and
        the label line of a list the sentence is a line of (:meth:`_list_label`)."""
        sentence = self.sentences[index]
        out = [sentence]
        for j in range(index - 1, max(-1, index - 1 - _CARRY), -1):
            if self.sentences[j].paragraph != sentence.paragraph or self.sentences[j].boilerplate:
                break
            out.append(self.sentences[j])
        label = self._list_label(index)
        if label is not None and label.start < out[-1].start:
            out.append(label)
        return out

    def _list_label(self, index: int) -> Sentence | None:
        """2023年各季度GDP同比增速： / 一季度 4.5% / 二季度 6.8%: the line ending in a colon that opens
        the list of whole lines sentence ``index`` is one of, in its paragraph or right before it."""
        cached = self._labels.get(index)
        if cached is not None or index in self._labels:
            return cached
        found: Sentence | None = None
        paragraphs = 0
        j = index
        while j > 0 and index - j < LIST_LABEL_REACH and self._whole_line(self.sentences[j]):
            before = self.sentences[j - 1]
            if before.paragraph != self.sentences[j].paragraph:
                paragraphs += 1
            if paragraphs > 1 or before.boilerplate or not self._ends_line(before):
                break
            if self.text[before.start : before.end].rstrip().endswith((":", "：")):
                found = before  # the label may follow other sentences of its line (…。给大家列一下：)
                break
            if not self._whole_line(before):
                break
            j -= 1
        self._labels[index] = found
        return found

    def _ends_line(self, sentence: Sentence) -> bool:
        """Nothing follows the sentence on its line."""
        line_end = self.text.find("\n", sentence.end)
        return not self.text[sentence.end : line_end if line_end >= 0 else len(self.text)].strip()

    def _whole_line(self, sentence: Sentence) -> bool:
        """The sentence is a line of its own."""
        text = self.text
        line_start = text.rfind("\n", 0, sentence.start) + 1
        line_end = text.find("\n", sentence.end)
        if line_end < 0:
            line_end = len(text)
        return not text[line_start : sentence.start].strip() and not text[sentence.end : line_end].strip()

    # ------------------------------------------------------------ governing mentions
    def _parens(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Bracketed asides of a sentence, ``[open, close]`` (normalised offsets)."""
        cached = self._asides.get(sentence.start)
        if cached is not None:
            return cached
        spans: list[tuple[int, int]] = []
        stack: list[int] = []
        for m in _BRACKETS.finditer(self.text, sentence.start, sentence.end):
            if m.group() in "(（":
                stack.append(m.start())
            elif stack:
                spans.append((stack.pop(), m.start()))
        self._asides[sentence.start] = spans
        return spans

    def _asides_of(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Every aside of a sentence: bracketed, between a pair of dashes (*X—which includes
        …—stood at*), or a relative clause set off by commas (*X, which includes …, stood at*)."""
        cached = self._all_asides.get(sentence.start)
        if cached is not None:
            return cached
        spans = list(self._parens(sentence))
        dashes = [m.span() for m in self.cues.aside_dash.finditer(self.text, sentence.start, sentence.end)]
        spans += [(a[0], b[1] - 1) for a, b in zip(dashes[::2], dashes[1::2], strict=False)]
        spans += [
            (m.start(), m.end() - 1)
            for m in self.cues.relative_aside.finditer(self.text, sentence.start, sentence.end)
        ]
        self._all_asides[sentence.start] = spans
        return spans

    def _in_other_aside(self, a: int, b: int, draft: Draft, keep: int) -> bool:
        """``[a, b)`` lies in an aside of the figure's sentence that holds neither the figure nor
        the position ``keep`` (a name the aside describes)."""
        pos = draft.mention.start
        return any(
            x < a and b <= y and not x < pos <= y and not x < keep <= y
            for x, y in self._asides_of(draft.sentence)
        )

    def _nearest(
        self,
        items: list,
        clause: tuple[int, int],
        pos: int,
        sentence: Sentence,  # type: ignore[type-arg]
        earlier: list[Sentence],
        prefer=None,
    ) -> tuple[object | None, float]:  # type: ignore[no-untyped-def]
        """Preference: clause before, clause after, sentence before, sentence after, earlier sentences.

        Within a tier the items ``prefer`` accepts come first. Outside its clause a figure
        does not take a name from a bracketed aside it is not in.
        """
        if not items:
            return None, 0.0
        in_sentence = [x for x in items if sentence.start <= x.start < sentence.end]
        asides = [(a, b) for a, b in self._parens(sentence) if not a < pos <= b]
        outside = [x for x in in_sentence if not any(a < x.start and x.end <= b for a, b in asides)]
        ranked = [
            # a name ending inside the clause, before the figure (新开发银行(NDB)累计贷款 straddles the aside)
            ([x for x in in_sentence if clause[0] < x.end <= pos], 1.0, True),
            ([x for x in in_sentence if pos <= x.start < clause[1]], 0.95, False),
            ([x for x in outside if x.end <= clause[0] and x.end <= pos], 0.9, True),
            ([x for x in outside if x.start >= clause[1]], 0.85, False),
        ]
        # the label line of a list (GDP同比增速： / 一季度 4.5%) names its lines' figures as a table's
        # header names its column's
        label = self._list_label(self.sentence_of(sentence.start))
        ranked += [
            ([x for x in items if s.start <= x.start < s.end], HEADER_NAME if s is label else CARRIED, True)
            for s in earlier
        ]
        for group, score, last in ranked:
            if prefer is not None and any(prefer(x) for x in group):
                group = [x for x in group if prefer(x)]
            if group:
                return (group[-1] if last else group[0]), score
        return None, 0.0

    def _metric(self, draft: Draft, earlier: list[Sentence]) -> None:
        respective = self._respective_metric(draft)
        if respective is not None:
            # CPI同比3.0%，核心CPI同比3.0%，8月分别为2.9%、3.1%: each listed figure measures what
            # the figure in its place of the sentence's earlier list measured
            draft.metric, draft.metric_score, draft.alternatives = respective
            draft.candidates = [respective[0].id]
            return
        lo = earlier[-1].start if earlier else draft.sentence.start
        terms = self.indicators.between(lo, draft.sentence.end)
        fitting = [
            t
            for t in terms
            if self._fits(draft, self.refdata.indicators[t.id])
            and not self._bilateral(t)
            and not self._later_clause_own(draft, t)
        ]
        if any(draft.clause[0] <= t.start < draft.mention.start and self._bilateral(t) for t in terms):
            fitting = []  # 对东盟出口增长三成: the clause's own metric is bilateral; no other one governs
        partner = self._own_partner(draft, terms)
        if partner is not None:
            # 对美出口下降20%，对东盟、非洲、拉美出口则分别增长约13%、26%和7%: trade with partners
            # named in the figure's stretch of the sentence is not a name's before it, and a name
            # of one partner in the list (非洲出口) takes only the figure in its place in the list
            fitting = [
                t
                for t in fitting
                if t.start >= partner.start()
                and (t.start >= partner.end() or self._in_partner_place(draft, partner, t))
            ]
        fitting = [t for t in fitting if not self._measure_between(t, draft)]
        listed = self._respective_names(draft)
        # 对非洲出口累计增长: the name of the whole (出口累计增长) written across a part's name
        # (对非洲出口) is the part's
        fitting = [
            t
            for t in fitting
            if not any(
                u is not t
                and u.start < t.end
                and t.start < u.end
                and t.id in self.refdata.indicators[u.id].part_of
                for u in fitting
            )
        ]
        if listed == []:  # Headline and …, where the first word reads as no name: its figure has none
            draft.candidates = sorted({t.id for t in terms})
            return
        if listed is not None:
            # CPI and core CPI rose 2.7% and 3.1%, respectively; 美元、欧元、人民币的占比分别为…: a
            # list of names before the list of figures gives each figure the name in its place
            fitting = [t for t in listed if self._fits(draft, self.refdata.indicators[t.id])]
        draft.candidates = sorted({t.id for t in terms})
        term, score = self._named_after(draft, fitting) or self._nearest(
            fitting, draft.clause, draft.mention.core_start, draft.sentence, earlier
        )
        if term is not None and draft.clause[0] <= term.start and term.end <= draft.mention.start:
            # Real GDP grew at a 1.4 percent annual rate: a longer name read around the figure
            # that takes in the one before it
            around, around_score, around_all = self._around_figure(draft)
            if around is not None and around.start <= term.start < term.end <= draft.mention.start:
                term, score, fitting = around, around_score, around_all
        own_subject = False  # the figure's clause names a subject of its own (a central bank)
        if term is not None and draft.sentence.start <= term.start and term.end <= draft.clause[0]:
            # 金砖国家占全球人口约40%，经济总量占全球GDP的37%: a name the figure's own clause gives
            # after the sentence's entity comes before one from an earlier clause
            own = [q for q in self._after_own_entity(draft, terms) if q.id != term.id]
            if own:
                term, score, fitting = own[0], AFTER_OWN_ENTITY, own
            elif (headless := self._without_head(draft, term)) is not None:
                term, score, fitting = headless, score, [headless]
            elif (split := self._split_name(draft, term)) is not None:
                term, score, fitting = split, score, [split]
            elif any(q.id != term.id for q in self.qualified.between(draft.clause[0], draft.mention.start)):
                term = None  # 财政收入5.235万亿美元，支出7.01万亿美元: the clause names another measure
            elif self._new_setter(draft, term):
                term = None  # 核心CPI年增3.0%，聯準會10月底降到3.75%至4%: the Fed's own rate
                own_subject = True
        carried = term is not None and term.start < draft.sentence.start
        if term is None or carried:
            # a name of the figure's own sentence, found less directly, comes before one carried over
            # from an earlier sentence (the labor force was…; US non-farm payrolls rose…)
            own, own_score, own_fitting = self._own_sentence_metric(draft, terms)
            if own is not None and own_subject and own.start < draft.clause[0]:
                own = None  # …economy grew at a 3.8% rate, and the Fed's cut to 4%-4.25%: not past the Fed
            if own is not None:
                term, score, fitting = own, own_score, own_fitting or fitting
            elif carried and self._names_other(draft, term):
                term = None  # Unemployment ticked up to 4.3%: not the inflation of the sentence before
        row_start = self.text.rfind("\n", 0, draft.mention.start) + 1
        cell = self._column_header(draft.mention.start) if term is None or term.start < row_start else None
        if cell is not None:
            # 月份  出口同比（美元计） / 7月  7.2%: a table's column header names what its cells measure
            named = [
                t
                for t in self.indicators.between(cell[0], cell[1])
                if cell[0] <= t.start
                and t.end <= cell[1]
                and self._fits(draft, self.refdata.indicators[t.id])
            ]
            if named:
                term, score, fitting = named[-1], HEADER_NAME, named
        broken_down = self.cues.breakdown_lead.match(self.text, draft.sentence.start, draft.mention.start)
        refers_back = bool(
            self.cues.anaphors.search(self.text, draft.clause[0], draft.mention.start) or broken_down
        )
        if term is None and refers_back:
            # 这一比例在2022年为58.5%, it was 58% in 2022: the metric of the figure before, however it
            # was named (approximately, by a share frame), unless the clause names another subject
            term, score, fitting = self._referred_back(draft, past_unnamed=bool(broken_down))
            if term is not None and self._names_other(draft, term):
                term = None
            elif term is not None and broken_down:
                score = max(score, BROKEN_DOWN)
        elif broken_down and term is not None and term.start < draft.sentence.start:
            # 全年GDP增长5.2%。分季度看，一季度增长4.5%: the lead says the sentence breaks down the
            # measure of the sentence before
            score = max(score, BROKEN_DOWN)
        if (
            term is None
            and draft.mention.kind == K.NUMBER
            and draft.mention.unit is None
            and not draft.no_series_value
            and self.cues.magnitude.search(self.text, draft.mention.core_start, draft.mention.core_end)
        ):
            # 赤字略低于3万亿: a bare amount with a magnitude takes the unit of a metric named in its
            # own clause (a bare 311, a vote count, does not)
            loose = [
                t
                for t in terms
                if self.refdata.indicators[t.id].kind in ("currency", "count")
                and not (t.end <= draft.clause[0] or t.start >= draft.clause[1])
            ]
            term, score = self._nearest(loose, draft.clause, draft.mention.core_start, draft.sentence, [])
            fitting = loose  # one name, several series (财政赤字: the fiscal year's, or so far)
            draft.assumed_unit = term is not None
        if (
            term is not None
            and not (listed and term in listed)  # the other names between are the list's own
            and (self._measure_between(term, draft) or self._measure_after(term, draft))
        ):
            term = None  # found less directly (approximately, after its entity): still not past imports
        if term is not None and term.end <= draft.clause[0] and self._describes_other(draft, term):
            term = None  # …reserves total $13 trillion, and no market is as deep as the $29 trillion market
        if (
            term is not None
            and term.kind == "indicator"
            and term.start >= draft.mention.end
            # …near 4 percent and the economy growing: a name after, not joined to the figure (of, 的)
            and not self._joined_after(draft, term)
            and any(
                q.id != term.id and draft.mention.start - q.end <= SUBJECT_GAP
                for q in self.qualified.between(draft.clause[0], draft.mention.start)
            )
        ):
            # with the unemployment rate near 4 percent and the economy growing at 2.8 percent: a
            # measure named before the figure (whose country is not said) is its own, not one after it
            term = None
        if term is not None and term.end <= draft.clause[0]:
            swapped = self._swapped_subject(draft, term)
            if swapped is not term:
                term = swapped
                fitting = [swapped] if swapped is not None else []
        if term is None:
            term, score, fitting = self._level_then_change(draft)
        if term is None:
            term, score, fitting = self._setters_rate(draft)
        if term is not None:
            draft.metric, draft.metric_score = term, score  # type: ignore[assignment]
            draft.entity_assumed = (term.start, term.id) in self._by_last_country  # type: ignore[attr-defined]
            label = self._list_label(self.sentence_of(draft.sentence.start))
            # a list's label line names its lines' figures outright, as a table's header does
            draft.carried = term.start < draft.sentence.start and not (
                label is not None and label.start <= term.start < label.end
            )
            draft.refers_back = draft.carried and refers_back
            pronoun = self.cues.pronouns.search(self.text, draft.clause[0], draft.mention.start)
            if draft.refers_back and pronoun is not None:
                # It was $36.2 trillion: a pronoun says the clause carries a name (*the gap*, which
                # names a measure of its own, does not). After other words of its sentence it may
                # mean one of them (Joblessness among the young remains the sore spot: it hit
                # 18.9%): the carried name may then support the figure, never fault it.
                draft.metric_score = max(score, REFERRED_BACK)
                draft.refers_back = not self._words_before(draft.sentence.start, pronoun.start())
            # one name, several series (联邦基金利率: the lower and upper bound of the target range),
            # or overlapping names (对美出口同比: exports to the US, or exports year on year)
            draft.alternatives = [t for t in fitting if t.start < term.end and term.start < t.end]  # type: ignore[attr-defined]
            draft.alternatives += self._other_clauses_names(draft, term, terms)  # type: ignore[arg-type]
            self._whole(draft)

    def _other_clauses_names(
        self, draft: Draft, term: TermMention, terms: list[TermMention]
    ) -> list[TermMention]:
        """1月CPI涨6.4%，核心CPI涨5.6%，虽然比去年6月份9.1%的峰值已回落: a figure whose clause names
        nothing, read under the nearest name of an earlier clause, may as well be of another name of
        the sentence's earlier clauses that one of the two is a variety of (the headline rate's
        peak, not core's): each is a reading."""
        if not (draft.sentence.start <= term.start and term.end <= draft.clause[0]):
            return []
        if any(draft.clause[0] <= t.start < draft.mention.start for t in terms):
            return []
        seen = {t.id for t in draft.alternatives} | {term.id}
        out: list[TermMention] = []
        for t in terms:
            if (
                t.id not in seen
                and draft.sentence.start <= t.start
                and t.end <= draft.clause[0]
                # 季度GDP inside 季度GDP同比 is a shorter reading of the same words, not another name
                and not (t.start < term.end and term.start < t.end)
                and self._fits(draft, self.refdata.indicators[t.id])
                and not self._bilateral(t)
                and (self._name_inside(t.id, term.surface) or self._name_inside(term.id, t.surface))
            ):
                seen.add(t.id)
                out.append(t)
        if out and not draft.alternatives:
            out.insert(0, term)
        return out

    def _name_inside(self, indicator_id: str, surface: str) -> bool:
        """A name of the indicator is written inside ``surface`` (CPI inside 核心CPI): the surface
        names a variety of what the indicator measures."""
        written = fold(surface)
        return any(name != written and name in written for name in self._folded_aliases(indicator_id))

    def _folded_aliases(self, indicator_id: str) -> tuple[str, ...]:
        """The indicator's aliases of more than one character, folded (computed once per indicator)."""
        found = self._folded.get(indicator_id)
        if found is None:
            aliases = self.refdata.indicators[indicator_id].aliases.all()
            found = self._folded[indicator_id] = tuple(fold(a) for a in aliases if len(a) > 1)
        return found

    def _without_head(self, draft: Draft, earlier: TermMention) -> TermMention | None:
        """The goods deficit was $85.9B, total goods and services $60.2B: the figure's clause
        writes, before it, another indicator's name without the last word it shares with the name
        of an earlier clause (deficit). The words of the clause with that word added are that name."""
        head = _HEAD_WORD.search(earlier.surface)
        lead = self.text[draft.clause[0] : draft.mention.start].rstrip(" \t:：")
        if (
            head is None
            or not lead.strip()
            or any(
                q.start >= draft.clause[0] for q in self.figures.between(draft.clause[0], draft.mention.start)
            )
        ):
            return None
        return self._name_ending(draft, earlier, lead, head.group())

    def _split_name(self, draft: Draft, earlier: TermMention) -> TermMention | None:
        """服务贸易则有3395亿美元顺差, *services posted a $339.5 billion surplus*: the figure's clause
        writes another indicator's name around the figure, its subject before a linking verb
        (`subject_links`) and its last word right after the figure."""
        m = draft.mention
        link = self.cues.subject_link.search(self.text, draft.clause[0], m.start)
        after = _WORD_AFTER.match(self.text, m.end, draft.clause[1])
        if link is None or after is None:
            return None
        lead = self.text[draft.clause[0] : link.start()].rstrip()
        if not lead.strip() or self.figures.between(draft.clause[0], link.start()):
            return None
        return self._name_ending(draft, earlier, lead, after.group(1))

    def _name_ending(self, draft: Draft, earlier: TermMention, lead: str, word: str) -> TermMention | None:
        """The longest name of another indicator than ``earlier`` that ``lead`` (the figure's clause
        up to some point) ends with once ``word`` is put after it, fitting the figure; at the place
        of its part in ``lead``."""
        joined = lead + (" " if word.isascii() else "") + word
        found = [
            t
            for t in self.term_index.find(
                joined,
                self.cues.short_name_before,
                self.cues.short_name_after,
                self.cues.short_name_not_in,
                self.cues.name_inserts,
            )
            if t.kind == "indicator"
            and t.end == len(joined)
            and t.start < len(lead)
            and t.id != earlier.id
            and self._fits(draft, self.refdata.indicators[t.id])
        ]
        if not found:
            return None
        best = min(found, key=lambda t: t.start)  # the longest name
        a, b = draft.clause[0] + best.start, draft.clause[0] + len(lead)
        return TermMention(a, b, "indicator", best.id, self.text[a:b])

    def _setters_rate(self, draft: Draft) -> tuple[TermMention | None, float, list[TermMention]]:
        """*The Federal Reserve cut three times last fall, to 3.5–3.75 percent*: a figure with no
        name, in a sentence where a central bank (`SETTER_KINDS`) sets (`setter_verbs`) before it,
        is the rate the bank sets: the series of the figure's kind that only that bank has."""
        lo, hi = draft.sentence.start, draft.mention.start
        banks = [e for e in self.entities.between(lo, hi) if self.refdata.entities[e.id].kind in SETTER_KINDS]
        if not banks:
            return None, 0.0, []
        bank = banks[-1]
        # the verb in the figure's own clause, or in the bank's clause when the figure's clause only
        # goes on from it (, to 3.5–3.75 percent); nothing between but words: no other figure, no
        # name of another measure (联储局减息 港银最优惠利率下调12.5点子)
        lead = self.text[max(bank.end, draft.clause[0]) : hi]
        continued = self.cues.setter_lead.fullmatch(lead) is not None
        if not (
            self.cues.setter_verbs.search(self.text, max(bank.end, draft.clause[0]), hi)
            or (continued and self.cues.setter_verbs.search(self.text, bank.end, hi))
        ):
            return None, 0.0, []
        own = [
            TermMention(bank.start, bank.end, "indicator", i, bank.surface)
            for i, entities in sorted(self.series_entities.items())
            if entities == {bank.id} and self._fits(draft, self.refdata.indicators[i])
        ]
        own_ids = {t.id for t in own}
        if (
            not own
            or any(q.start >= bank.end and q.kind in _RATE_KINDS for q in self.figures.between(bank.end, hi))
            or self.cues.other_measures.search(self.text, bank.end, hi)
            or any(q.id not in own_ids for q in self.qualified.between(bank.end, hi))
            or any(q.id not in own_ids for q in self.indicators.between(bank.end, hi))
        ):
            return None, 0.0, []
        return own[0], SETTER_RATE, own

    def _level_then_change(self, draft: Draft) -> tuple[TermMention | None, float, list[TermMention]]:
        """国内生产总值1401879亿元，按不变价格计算，比上年增长5.0%: a change after a level of the
        same sentence, with no name of its own, is the change of what the level's name names:
        the name and the change word (国内生产总值 + 增长) make the name of a series of changes."""
        prev, m = self._previous, draft.mention
        if not draft.is_change or prev is None or prev.metric is None or prev.is_change:
            return None, 0.0, []
        if prev.sentence is not draft.sentence or prev.metric.start < draft.sentence.start:
            return None, 0.0, []
        if self.figures.between(prev.mention.end, m.start):
            return None, 0.0, []  # another figure between: it is that one's
        named = self._change_named(draft, prev.metric, prev.mention.end)
        return (named[0], LEVEL_THEN_CHANGE, named) if named else (None, 0.0, [])

    def _change_named(self, draft: Draft, level: TermMention, lo: int) -> list[TermMention]:
        """The series of changes named by a level's name and the change word before the figure
        (国内生产总值 + 增长, *GDP* + *grew*), each a reading, at the level name's place; the change
        word is looked for from ``lo``."""
        m = draft.mention
        lo = max(lo, m.start - CHANGE_WORD_REACH)
        word = None
        for cue in (self.cues.increase_before, self.cues.decrease_before):
            found = cue.search(self.text, lo, m.start)
            if found is not None:
                word = found.group().strip()
                break
        if not word:
            return []
        surface = level.surface
        spaced = surface[-1:].isascii() and surface[-1:].isalnum() and word[:1].isascii()
        name = f"{surface} {word}" if spaced else surface + word  # GDP grew, 国内生产总值增长
        found_terms = [
            t
            for t in self.term_index.find(name)
            if t.kind == "indicator"
            and t.start == 0
            and t.end > len(level.surface)
            and self._fits(draft, self.refdata.indicators[t.id])
        ]
        if not found_terms:
            return []
        longest = max(t.end - t.start for t in found_terms)
        ids = sorted({t.id for t in found_terms if t.end - t.start == longest})
        return [TermMention(level.start, level.end, "indicator", i, level.surface) for i in ids]

    def _referred_back(
        self, draft: Draft, past_unnamed: bool = False
    ) -> tuple[TermMention | None, float, list[TermMention]]:
        """The metric of the figure drafted before, in the figure's sentence or the one before it
        in the same paragraph, when it fits this figure. With ``past_unnamed``, of the last figure
        given one (…同比增长5.5%，比一季度加快1.0个百分点。分季度看，一季度增长4.5%: the growth's, not
        the unnamed points')."""
        prev = self._previous
        if past_unnamed and (prev is None or prev.metric is None):
            prev = self._named_previous
        if prev is None or prev.metric is None or prev.sentence.paragraph != draft.sentence.paragraph:
            return None, 0.0, []
        if self.sentence_of(draft.sentence.start) - self.sentence_of(prev.sentence.start) > 1:
            return None, 0.0, []
        readings = [
            t
            for t in (prev.alternatives or [prev.metric])
            if self._fits(draft, self.refdata.indicators[t.id])
        ]
        if not readings:
            return None, 0.0, []
        return readings[0], CARRIED, readings

    def _named_after(self, draft: Draft, fitting: list[TermMention]) -> tuple[TermMention, float] | None:
        """*92% of refined output and 62% of mined supply*, 40%的GDP: a name joined right after the
        figure (`name_after`) says what it measures, before any name written earlier."""
        at = self._joined_name_start(draft, draft.clause[1])
        if at is None:
            return None
        after = [t for t in fitting if t.start == at]
        return (after[0], 1.0) if after else None

    def _joined_name_start(self, draft: Draft, limit: int) -> int | None:
        """Where a name joined right after the figure would start: after a joining word
        (`name_after`: 的, *of*) and an aggregate's name (62% of global rare-earth mining)."""
        joined = self.cues.name_after.match(self.text, draft.mention.end, limit)
        if joined is None or joined.end() == draft.mention.end:
            # a 20% slump in shipments to the US: a change's noun between the figure and the joining word
            joined = self.cues.name_after_change.match(self.text, draft.mention.end, limit)
        if joined is None or joined.end() == draft.mention.end:
            return None
        at = joined.end()
        for e in self.entities.between(at, at + 1):
            if e.start == at and e.end <= limit and self.refdata.entities[e.id].kind == "aggregate":
                at = e.end
                while at < limit and self.text[at] in " \t":
                    at += 1
        return at

    def _measure_between(self, term: TermMention, draft: Draft) -> bool:
        """*Exports rose 8.3% and imports 7.4%*: a measure the reference data has no series of
        (`other_measures`) written between a name and the figure after it takes the figure."""
        # 个人消费支出季增年率为1.4%: a measure joined right before the name makes it that measure's
        joined = self.cues.other_measures_before.search(self.text, max(0, term.start - 12), term.start)
        if joined is not None and not self._inside_a_term(joined.start(), joined.end()):
            return True
        lo, hi = term.end, draft.mention.start
        if term.start >= draft.mention.end:
            # while gasoline fell 2.5% and core CPI rose 3.3%: a measure written before the figure
            # in its clause is its subject, whatever name comes after it, unless that name is joined
            # to the figure (实质薪资在9.1%的物价涨幅面前: the 9.1% is the price rise's)
            if self._joined_after(draft, term):
                return False
            return any(
                m.group().lower() not in self._alias_text(term.id) and not self._inside_a_term(*m.span())
                for m in self.cues.other_measures.finditer(self.text, draft.clause[0], draft.mention.start)
            )
        if lo >= hi:
            return False
        # …headline inflation stood at 3.4% and core at 3.9%: a word naming another indicator
        # (after its entity, 核心, core) between the name and the figure takes the figure
        if any(
            q.id != term.id
            and q.start >= lo
            and q.end <= hi
            and self._fits(draft, self.refdata.indicators[q.id])  # not the balance sheet for a rate
            and not self._in_other_aside(q.start, q.end, draft, term.start)
            for q in self.qualified.between(lo, hi)
        ):
            return True
        for m in self.cues.age_band.finditer(self.text, lo, hi):
            if not self._names_ages(term.id, m):
                return True  # 16—24岁劳动力失业率12月为14.9%，25—29岁为6.1%: another age group's
        # 美国二十至二十四岁人口的失业率: a band right before the name makes it that group's rate
        # (a band may end inside a name matched without its numbers: 25—59岁人口调查失业率)
        for m in self.cues.age_band.finditer(self.text, draft.clause[0], term.end):
            if (
                m.start() >= term.start
                or m.end() < term.start - AGE_BAND_REACH
                or self._names_ages(term.id, m)
            ):
                continue
            if not self._inside_a_term(m.start(), m.end()):
                return True
        for m in self.cues.other_measures.finditer(self.text, lo, hi):
            a, b = m.span()
            if m.group().lower() in self._alias_text(term.id) and not (
                self.cues.parts.search(self.text, lo, a) or self.cues.among_frame.search(self.text, lo, a)
            ):
                # …exports so far this year rose 5.4%. In yuan terms, exports grew 6.2%; but a share
                # of a part (外国持有的比例约30%，其中官方部门的占比降到44.2%) is no share of the whole
                continue
            if self._in_other_aside(a, b, draft, term.start):
                continue  # total public debt, which includes debt held by the public, stood at…
            if not self._inside_a_term(a, b):
                return True
        return False

    def _describes_other(self, draft: Draft, term: TermMention) -> bool:
        """The amount, after an article, describes the word after it (`attributive_articles`: the
        $29 trillion market), which is neither in ``term``'s names nor a word that only says what
        the figure is of the named measure (`attributive_same`: the $38 trillion mark)."""
        m = draft.mention
        if m.kind not in (K.CURRENCY, K.COUNT):
            return False  # a rate's word after it is mostly its own (the 3.0% first print)
        if not self.cues.attributive_before.search(self.text, max(draft.clause[0], m.start - 8), m.start):
            return False
        word = self.cues.attributive_word.match(self.text, m.end)
        if word is None:
            return False
        noun = word.group(1).lower()
        return noun not in self.cues.attributive_same and noun not in self._alias_text(term.id)

    def _names_ages(self, indicator_id: str, band: regex.Match[str]) -> bool:
        """A name of the indicator holds both ages of ``band`` (16—24岁 in 16—24岁劳动力失业率;
        十六至二十四岁 as 16—24岁)."""
        ages = {_age(band.group("low")), _age(band.group("high"))}
        return any(
            ages <= set(regex.findall(r"\d+", name))
            for name in self.refdata.indicators[indicator_id].aliases.all()
        )

    def _measure_after(self, term: TermMention, draft: Draft) -> bool:
        """*More than $110,000 per person*: a measure with no series (`other_measures`) written
        right after the figure makes it that measure's, not the one named before it."""
        end = draft.mention.end
        while end < len(self.text) and self.text[end] in " \t":
            end += 1
        m = self.cues.other_measures.match(self.text, end, min(len(self.text), end + 32))
        if m is None or m.group().lower() in self._alias_text(term.id):
            return False
        after = m.end()
        return after >= len(self.text) or not self.text[after].isalnum() or not self.text[after].isascii()

    def _inside_a_level_name(self, a: int, b: int) -> bool:
        """``[a, b)`` is part of the name of an indicator that is no target."""
        return any(
            n.start <= a and b <= n.end and not self.refdata.indicators[n.id].target
            for n in self.indicators.between(max(0, a - 16), a + 1)
        )

    def _inside_a_term(self, a: int, b: int) -> bool:
        """``[a, b)`` is part of an indicator's name (进口 in 进出口总额)."""
        return any(
            n.start <= a and b <= n.end
            for window in (self.indicators, self.qualified)
            for n in window.between(max(0, a - 16), a + 1)
        )

    def _alias_text(self, indicator: str) -> str:
        """Every name of ``indicator``, lower-cased and joined (computed once per indicator)."""
        found = self._aliases.get(indicator)
        if found is None:
            ind = self.refdata.indicators[indicator]
            names = [ind.names.en, ind.names.zh_hans, ind.names.zh_hant, *ind.aliases.all()]
            found = self._aliases[indicator] = "\n".join(n.lower() for n in names)
        return found

    def _joined_after(self, draft: Draft, term: TermMention) -> bool:
        """``term`` follows the figure with nothing but spaces or a joining word (`name_after`: 的,
        *of*, *in*) between: 2 million bachelor's degrees, 1.2万亿美元的贸易顺差."""
        if not self.text[draft.mention.end : term.start].strip():
            return True
        return self._joined_name_start(draft, term.start) == term.start

    def _later_clause_own(self, draft: Draft, term: TermMention) -> bool:
        """A name in a later clause of the sentence that has a figure of its own is that
        figure's (a deficit of $1.78 trillion…, and net interest payments topped $1 trillion), as
        is one a comparison word follows there (对美国出口甚至超过对中国大陆), or in a clause a
        conjunction opens (`subject_openers`: *, and we think…core inflation*); so is a name after the
        figure in its own clause with a figure after it (the goods gap
        widened to $1.24 trillion while the services surplus grew to $339.5 billion)."""
        if term.start >= draft.mention.end and term.start < draft.clause[1]:
            if _LABEL_COLON.match(self.text, term.end):
                return True  # 美国9月CPI：+2.4% | 核心CPI：+3.3%: a label of the figure after it
            if self._joined_after(draft, term):
                return False  # 92% of rare earth refining and 62% of mining: the name is the 92%'s
            return any(q.start >= term.end for q in self.figures.between(term.end, draft.clause[1]))
        if term.start < draft.clause[1] or term.start >= draft.sentence.end:
            return False
        lo, hi = self.clause_of(draft.sentence, term.start, term.end)
        if self.cues.comparison_word.search(self.text, term.end, hi) is not None:
            return True  # 年增將近35%，對美國出口甚至超過對中國大陸: the later clause compares its own
        if self.cues.subject_opener.match(self.text, _skip_spaces(self.text, lo), term.start) is not None:
            return True  # …to 4.75 to 5 percent in March, and we think…until core inflation: a new statement
        return any(q.start != draft.mention.start for q in self.figures.between(lo, hi))

    def _own_sentence_metric(
        self, draft: Draft, terms: list[TermMention]
    ) -> tuple[TermMention | None, float, list[TermMention]]:
        """A metric named in the figure's own sentence other than by an exact name before it: a
        name around the figure, a name written approximately, a name that means the indicator
        after its own entity, or a clause restating an earlier metric for a new entity."""
        term, score, around_all = self._around_figure(draft)
        if term is not None:
            return term, score, around_all
        term, score, readings = self._share_frame(draft)
        if term is not None:
            return term, score, readings
        # a name written approximately in the figure's sentence up to its clause's end
        # (labour force, non-farm payrolls), weighed like an exact name there
        near = [
            (t, similarity * (0.95 if t.start >= draft.clause[0] else 0.9))
            for t, similarity in self.term_index.approximate(self.text, draft.sentence.start, draft.clause[1])
            if self._fits(draft, self.refdata.indicators[t.id]) and not self._bilateral(t)
        ]
        # one written in the figure's own clause first; then a word meaning an indicator after its
        # entity in that clause (经济总量占全球GDP的37% after 金砖国家…人口约40%); then one written
        # approximately in an earlier clause
        before = self.qualified.between(draft.clause[0], draft.mention.start)
        earlier = [n for n in near if not any(q.id != n[0].id for q in before)]  # not past 支出, spending
        for group in ([n for n in near if n[0].start >= draft.clause[0]], None, earlier):
            if group is None:
                qualified = self._after_own_entity(draft, terms) or self._parallel(draft)
                if qualified:
                    return qualified[0], AFTER_OWN_ENTITY, qualified
                continue
            if group:
                term, score = max(group, key=lambda ts: ts[1])
                # every series the same words name equally well is a reading (exports in RMB or
                # in dollar terms): a later word (in dollar terms) may choose among them
                readings = [t for t, s in group if (t.start, t.end) == (term.start, term.end) and s == score]
                draft.candidates = sorted({*draft.candidates, *(t.id for t in readings)})
                return term, score, readings
        return None, 0.0, []

    def _new_setter(self, draft: Draft, earlier: TermMention) -> bool:
        """The figure's clause names, before it, a central bank with no series of the metric named
        in an earlier clause: the figure is a rate the bank sets, not that metric."""
        return any(
            self.refdata.entities[e.id].kind in SETTER_KINDS
            and not self._has_series(earlier.id, e.id)
            and not self._compared(e)
            for e in self.entities.between(draft.clause[0], draft.mention.start)
        )

    def _swapped_subject(self, draft: Draft, term: TermMention) -> TermMention | None:
        """美元储备份额…仍接近六成，欧元不到两成: a clause opening with another subject word
        (`subject_words`: a currency) than the one inside the name it takes from before it is about
        the name with its subject swapped (欧元储备份额), or about nothing the data names; so is one
        naming a group of people (`group_words`) the name does not. ``term`` itself when the clause
        names no other subject."""
        lo, text = draft.clause[0], self.text
        # …the jobless rate for 16- to 24-year-olds, excluding students, jumped to: the group may be
        # named in a clause between the name and the figure
        group = self.cues.group_word.search(
            text, min(lo, max(term.end, draft.sentence.start)), draft.mention.start
        )
        if group is not None and self.cues.group_word.search(term.surface) is None:
            return None  # 整体失业率才3.5%，年轻人大概在7%到8%: the group's rate, not the whole's
        while lo < draft.mention.start and text[lo] in " \t\u3000":
            lo += 1
        opener = self.cues.subject_opener.match(text, lo, draft.mention.start)
        if opener is not None:  # 不过欧元也才20%左右: a conjunction, then the clause's subject
            lo = opener.end()
        said = (
            self.cues.subject_word.match(text, lo, draft.mention.start)
            or self._subject_right_before(draft, lo)
            or self.cues.subject_after.match(text, draft.mention.end, draft.clause[1])
        )  # …compared with about 20.5 percent for the euro: written right after the figure
        if said is None:
            return term
        subject = said.group("subject")
        inside = [m.group() for m in self.cues.subject_word.finditer(term.surface)]
        if not inside or subject.lower() in (w.lower() for w in inside):
            return term
        swapped = term.surface.replace(inside[0], subject, 1)
        whole = [
            t
            for t in self.term_index.find(swapped)
            if t.kind == "indicator" and t.start == 0 and t.end == len(swapped)
        ]
        if not whole:
            return None
        return TermMention(term.start, term.end, "indicator", whole[0].id, term.surface)

    def _subject_right_before(self, draft: Draft, lo: int) -> regex.Match[str] | None:
        """A subject word a few words before the figure, later in its clause than its opening
        (但你看第二名的歐元也才20%左右): the last one, when no other figure stands between."""
        found = None
        for m in self.cues.subject_word.finditer(self.text, lo, draft.mention.start):
            found = m
        if found is None or draft.mention.start - found.end() > SUBJECT_WORD_GAP:
            return None
        between = self.text[found.end() : draft.mention.start]
        if any(c.isdigit() for c in between):
            return None
        lo, hi = max(0, found.start() - 4), found.end() + 4
        for _, words in self.cues.terms:  # 以人民币计年增6.2%: the currency a figure is counted in
            if any(
                m.start() <= found.start() and found.end() <= m.end()
                for m in words.finditer(self.text, lo, hi)
            ):
                return None
        return found

    def _names_other(self, draft: Draft, carried: TermMention) -> bool:
        """The figure's sentence names, before it, what some other indicator measures (a word
        like unemployment or 利率 that names one only after its entity), or (up to the end of the
        figure's clause) a country, an aggregate or a central bank with no series of the carried
        indicator: the figure is about another subject
        (外国投资者持有约31%的美国公众持有债务 after a sentence on the dollar's reserve share; the Bank
        of Canada cut to 2.25% after a sentence on China's exports)."""
        hi = draft.clause[1]
        start = draft.sentence.start
        if any(q.id != carried.id for q in self.qualified.between(start, draft.mention.start)):
            return True  # …the jobless rate rose to 4.3% in August, up from 4.2% in July
        named = self.entities.between(draft.sentence.start, draft.mention.start) + self.entities.between(
            draft.mention.start, hi
        )
        return any(
            (
                self.refdata.entities[e.id].kind in SUBJECT_KINDS
                # a central bank setting its rate (the St. Louis Fed's series names only a source)
                or (
                    self.refdata.entities[e.id].kind in SETTER_KINDS
                    and self.cues.setter_verbs.search(self.text, e.end, max(e.end, draft.mention.start))
                    is not None
                )
            )
            and not self._has_series(carried.id, e.id)
            and not self._compared(e)
            for e in named
        )

    def _whole(self, draft: Draft) -> None:
        """出口对美下降9.7%，但总体仍增长6%: after a word for the whole, a figure that takes a part's
        name from before its clause is a figure of the whole (the indicators the part is part of)."""
        metric = draft.metric
        if metric is None or metric.end > draft.clause[0]:
            return
        if not self.cues.whole.search(self.text, draft.clause[0], draft.mention.start):
            return
        parts = draft.alternatives or [metric]
        wholes = dict.fromkeys(w for t in parts for w in self.refdata.indicators[t.id].part_of)
        fitting = [
            TermMention(metric.start, metric.end, "indicator", w, metric.surface)
            for w in wholes
            if self._fits(draft, self.refdata.indicators[w])
        ]
        if fitting:
            draft.metric, draft.alternatives = fitting[0], fitting

    def _after_own_entity(self, draft: Draft, names: list[TermMention]) -> list[TermMention]:
        """美联储维持高利率(4.5-4.75%), 金砖国家覆盖全球约40%的GDP: a name that means an indicator
        only after the indicator's own entity, the entity in the figure's clause before it, the name
        there too or joined right after the figure (的, of), and not inside another indicator's
        name; the last such name, once per indicator it means, as an indicator name."""
        found: list[TermMention] = []
        lo = draft.clause[0]
        if lo > draft.sentence.start and (
            self.text[lo - 1] in "(（"  # 高利率(4.5-4.75%): the clause before the bracket
            or self._continues(lo, draft.mention.start, names)  # the Fed cut rates…, to 4-4.25%
        ):
            lo = self.clause_of(draft.sentence, lo - 1, lo - 1)[0]
            # …three times in 2025, most recently in December, to 3.5-3.75%: a clause that only
            # says when goes on with the clause before it too
            while lo > draft.sentence.start and self._only_when(
                lo, self._clause_end(draft.sentence, lo), names
            ):
                lo = self.clause_of(draft.sentence, lo - 1, lo - 1)[0]
        joined = self.cues.name_after.match(self.text, draft.mention.end, draft.clause[1])
        after = joined.end() if joined is not None and joined.end() > draft.mention.end else None
        for q in self.qualified.between(lo, draft.clause[1]):
            if not (
                q.end <= draft.mention.start
                or q.start == after  # 40%的GDP, 48% of the population
                or draft.mention.start <= q.start < draft.mention.end  # 130,000 jobs: the count's own noun
            ):
                continue
            if q.end > draft.clause[1] or any(
                n.start <= q.start and q.end <= n.end and n.end - n.start > q.end - q.start for n in names
            ):
                continue  # 房贷利率 is not 利率
            if any(
                m.start() <= q.start and q.end <= m.end()
                for m in self.cues.other_measures.finditer(self.text, max(0, q.start - 8), q.end + 8)
            ):
                continue  # 港银最优惠利率: a measure with no series, not the policy rate
            if not self._fits(draft, self.refdata.indicators[q.id]):
                continue
            own = self.series_entities.get(q.id, set())
            before = min(q.start, draft.mention.start)
            named = [e for e in self.entities.between(lo, before) if e.end <= before]
            if (
                not named
                and q.start >= draft.clause[0]
                and self.cues.name_determiners.match(self.text, draft.clause[0], q.start)
            ):
                # a clause opening with the name goes on with the topic named earlier in the
                # sentence (金砖国家占全球人口约40%，经济总量占全球GDP的37%)
                named = [e for e in self.entities.between(draft.sentence.start, before) if e.end <= before]
            first_own = next((e for e in named if e.id in own), None)
            if first_own is None and not named and self._own_entity_implied(draft, own, before):
                found.append(q)  # 联邦赤字1.775万亿美元；财政收入5.235万亿美元: the deficit names the US
                continue
            if (
                first_own is None
                and not self.entities.between(draft.sentence.start, draft.clause[1])
                and self._last_country_before(q.start) in own
            ):
                # (WASHINGTON…) The unemployment rate dipped to 4.4%: the country the text turned to
                # last, named in no sentence of the figure; it may support the figure, not fault it.
                # Named before the semicolon that ends the sentence before, it is this sentence's
                # own (美國11月消費物價指數按年升2.7%；核心通脹按年升4.1%).
                if not self._named_before_semicolon(draft, own):
                    self._by_last_country.add((q.start, q.id))
                found.append(q)
                continue
            if first_own is None or any(
                e.start > first_own.start
                and e.id not in own
                and self.refdata.entities[e.id].kind == "country"
                for e in named
            ):  # 金砖国家中中国占GDP的70%: a country between names the figure's subject
                continue
            found.append(q)
        return _last_name(found)

    def _own_entity_implied(self, draft: Draft, own: set[str], before: int) -> bool:
        """An indicator named earlier in the sentence (or before its semicolon) is one of ``own``'s
        by default (联邦赤字 is the US deficit): its name stands for the entity."""
        before_semicolon = self._semicolon_before(draft.sentence)
        lo = (before_semicolon or draft.sentence).start
        return any(
            self.refdata.indicators[t.id].default_entity in own
            for t in self.indicators.between(lo, before)
            if t.end <= before
        )

    def _clause_end(self, sentence: Sentence, start: int) -> int:
        return self.clause_of(sentence, start, start)[1]

    def _only_when(self, start: int, end: int, names: list[TermMention]) -> bool:
        """The clause ``[start, end)`` holds a time and, besides it, a few words at most, and no
        figure or name (most recently in December, 上月)."""
        times = [t for t in self.times.between(start, end) if t.end <= end]
        if not times or self.figures.between(start, end) or self.entities.between(start, end):
            return False
        if any(start <= n.start < end for n in names):
            return False
        rest = _text_without(self.text, times, start, end).strip(" \t,，")
        return len(rest) <= CONTINUATION_WORDS_CHARS

    def _continues(self, start: int, figure: int, names: list[TermMention]) -> bool:
        """The clause up to its figure is a few words, or opens with a word that refers back
        (leaving it, 使其), with no entity or indicator name in it (", to 4-4.25%", "，至4%-4.25%",
        ", leaving it in a range of 3.75% to 4%"): it goes on with the clause before it."""
        lead = self.text[start:figure].strip()
        return (
            (
                len(lead) <= CONTINUATION_CHARS
                or self.cues.continuation_lead.match(self.text, start, figure) is not None
            )
            and not self.entities.between(start, figure)
            and not any(start <= n.start < figure for n in names)
        )

    def _parallel(self, draft: Draft) -> list[TermMention]:
        """工业电价(约0.04美元/千瓦时，美国为0.12美元): a clause that is only an entity, a copula
        (`parallel_copula`) and the figure restates the metric of an earlier clause of the sentence
        for that entity: a name there that means an indicator after the entity's own name counts.
        So does one with a possessive of the same measure and a verb of reaching between them
        (Japan held $1.13 trillion of Treasuries, and China's holdings have fallen to $760 billion)."""
        lo = draft.clause[0]
        joiner = self.cues.list_joiner.match(self.text, lo, draft.mention.start)  # …, and China's
        lo = joiner.end() if joiner is not None else lo
        subject = next((e for e in self.entities.between(lo, draft.mention.start) if e.start == lo), None)
        if subject is None:
            return []
        copula = self.cues.parallel_lead.match(self.text, subject.end, draft.mention.start)
        if copula is None or copula.end() != draft.mention.start:
            return []
        return _last_name(
            [
                q
                for q in self.qualified.between(draft.sentence.start, draft.clause[0])
                if q.end <= draft.clause[0]
                and subject.id in self.series_entities.get(q.id, ())
                and self._fits(draft, self.refdata.indicators[q.id])
            ]
        )

    def _fits(self, draft: Draft, indicator: Indicator) -> bool:
        """The figure can be a value of the indicator: unit, and change against level. A rate of
        change over a span written before it (四年至今增加40%) fits a series of amounts or
        counts too: it is worked out from the series' values at the span's two ends. A figure
        per day is no series' value."""
        if draft.no_series_value:
            return False
        if draft.is_change and draft.mention.kind == K.PERCENT and not indicator.change:
            return indicator.kind in SPAN_CHANGE_KINDS and self._span_before(draft)
        if draft.mention.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT) and indicator.change:
            # 比二季度回落0.4个百分点: a rate of change moves in points from a base the text names;
            # with none (拉动经济增长1.2个百分点) the points are a contribution, not a move
            return indicator.unit == "percent" and draft.base is not None
        return unit_fits(draft.mention, indicator)

    def _span_before(self, draft: Draft) -> bool:
        """A span of time is written before the figure in its sentence (从2019年到2023年, 四年至今)."""
        return any(
            t.granularity == Granularity.RANGE and t.end <= draft.mention.start
            for t in self.times.between(draft.sentence.start, draft.mention.start)
        )

    def _around_figure(self, draft: Draft) -> tuple[TermMention | None, float, list[TermMention]]:
        """全球超过300万亿美元的债务, 援助乌克兰的610亿美元法案, 冻结俄罗斯3000亿美元资产: a name
        the figure sits inside (全球…债务, 援助乌克兰…法案), read with the figure, a 的 next to it and a
        describing word after it (`name_modifiers`: 平均27%的高关税) taken out. The name must span the gap.
        With the name, every indicator it names (出口…增长: exports in dollar and in renminbi terms)."""
        m = draft.mention
        # Latin words are longer than Han ones: a name of a few words reaches further
        latin = self.text[max(0, m.start - 2) : m.start].isascii()
        reach = AROUND_CHARS * (LATIN_REACH_FACTOR if latin else 1)
        before = self.text[max(draft.clause[0], m.start - reach) : m.start]
        offset = m.start - len(before)  # where the name's first part is written
        if self.text.startswith("的", m.end):
            rest = m.end + 1
        elif before.endswith("的"):  # 援助乌克兰的610亿美元法案: 援助乌克兰…法案
            before, rest = before[:-1], m.end
        else:  # 冻结俄罗斯3000亿美元资产: 冻结俄罗斯…资产
            rest = m.end
        after = self.text[rest : min(draft.clause[1], rest + reach)]
        if not before or not after:
            return None, 0.0, []
        # 平均27%的高关税: a describing word after the figure (高, 巨额) is not part of the name
        modifier = self.cues.name_modifier.match(after)
        afters = [after] + ([after[modifier.end() :]] if modifier is not None else [])
        befores = [before]
        last_word = before.rstrip().rsplit(" ", 1)[-1]
        if before.endswith(" ") and last_word.lower() in self.cues.around_articles:
            # grew at a 1.4 percent annual rate: the name says "at an annual rate"
            swapped = before.rstrip()[: -len(last_word)] + self.cues.around_articles[last_word.lower()] + " "
            befores.append(swapped)
        spanning = [
            (t, joined, len(b))
            for b in befores
            for joined in (b + (a.lstrip(" ") if b.endswith(" ") else a) for a in afters if a)
            for t in self.term_index.spanning(joined, len(b))
            if self._fits(draft, self.refdata.indicators[t.id])
        ]
        if not spanning:
            return None, 0.0, []
        best, joined, _ = max(spanning, key=lambda tj: tj[0].end - tj[0].start)
        # report the name's first part (before the figure) as where it is written
        named = [
            TermMention(min(offset + t.start, m.start), m.start, "indicator", t.id, j[t.start : t.end])
            for t, j, _ in spanning
            if j == joined and (t.start, t.end) == (best.start, best.end)
        ]
        first = next(t for t in named if t.id == best.id)
        return first, 0.95, list(dict.fromkeys(named))

    def _share_frame(self, draft: Draft) -> tuple[TermMention | None, float, list[TermMention]]:
        """*The dollar accounted for 56.3% of allocated reserves*, 美元占全球外汇储备的56.3%: a
        share whose part and whole are written around its figure (`share_frames`) is named by
        the names its frame makes of them (dollar share of allocated reserves), exactly or
        approximately; a name found must take in words of both the part and the whole. Every
        series the name means equally well is a reading (federal debt to GDP: gross, or held by
        the public)."""
        m = draft.mention
        if m.kind != K.PERCENT or draft.is_change:
            return None, 0.0, []
        text, (lo, hi) = self.text, draft.clause
        for frame in self.cues.share_frames:
            found: list[regex.Match[str]] = []
            if frame.before is not None:
                before = frame.before.search(text, max(lo, m.start - FRAME_REACH), m.start)
                if before is None:
                    continue
                found.append(before)
            if frame.after is not None:
                after = frame.after.match(text, m.end, hi)
                if after is None:
                    continue
                found.append(after)
            slots = {
                g: f.span(g)
                for f in found
                for g in ("part", "whole")
                if g in f.re.groupindex and f.start(g) >= 0
            }
            if len(slots) < 2:
                continue
            words = {g: text[a:b].strip() for g, (a, b) in slots.items()}
            for template in frame.names:
                name, where = _compose(template, words)
                best, similarity = self._frame_name(draft, name, where)
                if best:
                    a, b = min(x for x, _ in slots.values()), max(y for _, y in slots.values())
                    readings = [TermMention(a, b, "indicator", t.id, text[a:b]) for t in best]
                    draft.candidates = sorted({*draft.candidates, *(t.id for t in readings)})
                    return readings[0], 0.95 * similarity, readings
        return None, 0.0, []

    def _frame_name(
        self, draft: Draft, name: str, where: dict[str, tuple[int, int]]
    ) -> tuple[list[TermMention], float]:
        """The indicator names in ``name`` (made by a share frame) that take in both its slots, the
        best of them (the longest exact one, else the closest), once per indicator it means."""

        def spans_both(t: TermMention) -> bool:
            return all(t.start < end and start < t.end for start, end in where.values())

        def fits(t: TermMention) -> bool:
            return (
                t.kind == "indicator" and spans_both(t) and self._fits(draft, self.refdata.indicators[t.id])
            )

        exact = [t for t in self.term_index.find(name) if fits(t)]
        if exact:
            longest = max(t.end - t.start for t in exact)
            return _once_each([t for t in exact if t.end - t.start == longest]), 1.0
        near = [
            (t, similarity) for t, similarity in self.term_index.approximate(name, 0, len(name)) if fits(t)
        ]
        if not near:
            return [], 0.0
        best = max(similarity for _, similarity in near)
        return _once_each([t for t, similarity in near if similarity == best]), best

    def _bilateral(self, metric: TermMention) -> bool:
        """美国对华贸易逆差, the trade deficit with China: a partner country attached to a metric
        whose own name has none (the total is not the bilateral figure)."""
        text, cues = self.text, self.cues
        unnamed = cues.partner_unnamed.search(text, max(0, metric.start - PARTNER_LIST_REACH), metric.start)
        if unnamed is not None and not any(
            t.start <= unnamed.start() < t.end
            for t in self.indicators.between(unnamed.start() - 8, metric.start)
        ):  # 对东盟出口 (but in 对美出口同比 the partner belongs to the name 对美出口)
            return True
        names = self.indicators.between(max(0, metric.start - 12), metric.end)
        for country in self.entities.between(max(0, metric.start - 12), metric.end + 24):
            if self.refdata.entities[country.id].kind not in SUBJECT_KINDS:
                continue
            if any(n.start <= country.start and country.end <= n.end for n in names):
                continue  # the partner belongs to another name (对美出口 in 对美出口同比)
            if country.end <= metric.start and not text[country.end : metric.start].strip("的 "):
                if cues.partner_before.search(text, max(0, self._list_start(country) - 3), country.start):
                    return True  # 对华出口; 對中國大陸及香港出口: the partner word opens the list
            elif country.start >= metric.end:
                m = cues.partner_after.match(text, metric.end, country.start)
                if m is not None and m.end() == country.start:
                    return True
        return False

    def _own_partner(self, draft: Draft, terms: list[TermMention]) -> regex.Match[str] | None:
        """Trade with a partner, or a list of them, named (对东盟、非洲出口) between the figure and
        the last clause mark before it that cannot join a list (a comma or 、 can, a semicolon or a
        colon cannot), outside any indicator's name (not 对美出口 in 对美出口同比): the first such
        phrase of that stretch."""
        text, marks, joiner = self.text, self.cues.clause_marks, self.cues.list_joiner
        lo = draft.mention.start
        while lo > draft.sentence.start and not (
            text[lo - 1] in marks
            and not joiner.fullmatch(text, lo - 1, lo)
            and not _THOUSANDS_COMMA.match(text, lo - 1)
        ):
            lo -= 1
        for m in self.cues.partner_phrase.finditer(text, lo, draft.mention.start):
            if not any(t.start <= m.start() < t.end for t in terms):
                return m
        return None

    def _in_partner_place(self, draft: Draft, partner: regex.Match[str], term: TermMention) -> bool:
        """``term`` names one partner of the list in ``partner`` (非洲出口 in 对东盟、非洲出口分别增长
        约13%与26%): the figures after the list go to its partners in turn, so the name takes the
        figure in its own place, and none when the two lists differ in length."""
        text = self.text
        places = len(self.cues.list_joiner_word.findall(text, partner.start(), partner.end())) + 1
        if places == 1:
            return True
        listed: list[QuantityMention] = []
        for q in self.figures.between(partner.end(), draft.sentence.end):
            if listed and self.cues.clause_end_mark.search(text, listed[-1].end, q.start):
                break
            listed.append(q)
        own = len(self.cues.list_joiner_word.findall(text, partner.start(), term.start))
        at = next((i for i, q in enumerate(listed) if q.start == draft.mention.start), None)
        return len(listed) == places and at == own

    def _in_appositive(self, term: TermMention, terms: list[TermMention], draft: Draft) -> bool:
        """``term`` stands, before the figure's clause, in an aside set off by clause marks right
        after another country or group (*China, Taiwan's old growth engine, is…*; *China, which buys
        Taiwan's chips, …*) that holds no figure and is more than a list of names."""
        if term.end > draft.clause[0] or term.start < draft.sentence.start:
            return False
        text, mark = self.text, self.cues.clause_end_mark  # a clause mark, not a list's 、
        opened = max((m.start() for m in mark.finditer(text, draft.sentence.start, term.start)), default=-1)
        closing = mark.search(text, term.end, draft.clause[0])
        if opened < 0 or closing is None:
            return False
        close = closing.start()
        if self.figures.between(opened, close):
            return False
        head = [
            t
            for t in terms
            if t.end <= opened
            and not text[t.end : opened].strip()
            and self.refdata.entities[t.id].kind in SUBJECT_KINDS
        ]
        if not head:
            return False
        rest = text[opened + 1 : close]
        for t in sorted((t for t in terms if opened < t.start and t.end <= close), key=lambda t: -t.start):
            rest = rest[: t.start - opened - 1] + rest[t.end - opened - 1 :]
        return bool(self.cues.list_joiner_word.sub("", rest).strip())

    def _list_start(self, entity: TermMention) -> int:
        """Where the list of names that ends with ``entity`` begins (中國大陸及香港, 东盟、欧盟)."""
        start = entity.start
        while True:
            listed = [
                e
                for e in self.entities.between(max(0, start - 12), start)
                if e.end <= start and self.cues.list_joiner.fullmatch(self.text, e.end, start)
            ]
            if not listed or listed[-1].start >= start:
                return start
            start = listed[-1].start

    def _rival(
        self, draft: Draft, own: set[str], terms: list[TermMention], where: tuple
    ) -> TermMention | None:  # type: ignore[type-arg]
        """A named entity of the same kind as a fixed-entity series' own, but another one."""
        kinds = {self.refdata.entities[e].kind for e in own if e in self.refdata.entities}
        same_kind = [
            t for t in terms if self.refdata.entities[t.id].kind in kinds and not self._inside_a_name(t)
        ]
        term, score = self._nearest(same_kind, *where)
        if term is None or term.id in own or score < 0.85:  # type: ignore[attr-defined]
            return self._scene_country(draft, own)
        return term  # type: ignore[return-value]

    def _scene_country(self, draft: Draft, own: set[str]) -> TermMention | None:
        """*In Switzerland, the central bank holds about 39% of its reserves in euros*: a country
        named before an aggregate's figure, in its clause or in an opening clause that is little
        more than the country's name (In Switzerland, 在瑞士), makes it that country's figure,
        not the aggregate's."""
        if any(self.refdata.entities[e].kind != "aggregate" for e in own if e in self.refdata.entities):
            return None
        for e in reversed(self.entities.between(draft.sentence.start, draft.mention.start)):
            if self.refdata.entities[e.id].kind != "country" or e.id in own:
                continue
            if self._inside_a_name(e) or self._compared(e):
                continue
            lo, hi = self.clause_of(draft.sentence, e.start, e.end)
            rest = (self.text[lo : e.start] + self.text[e.end : hi]).strip(" \t,，、")
            if (lo, hi) == draft.clause or len(rest) <= SCENE_WORDS_CHARS:
                return e
        return None

    def _inside_a_name(self, entity: TermMention) -> bool:
        """The entity is written inside an indicator's name (全球 in 全球人口), or names the country
        of a currency written right after it (the *US dollar*'s share): part of that name."""
        after = self.text[entity.end : entity.end + 2]
        gap = len(after) - len(after.lstrip(" \t"))
        if self.cues.subject_word.match(self.text, entity.end + gap):
            return True
        return any(
            n.start <= entity.start and entity.end <= n.end and n.end - n.start > entity.end - entity.start
            for window in (self.indicators, self.qualified)
            for n in window.between(max(0, entity.start - 16), entity.start + 1)
        )

    def _partner(self, term: TermMention) -> bool:
        """A trading partner: the name follows a partner word inside a name (对美出口, 与美贸易), or
        sits inside the name of an indicator the data never has for it as the subject (*exports to
        the United States*: the US is where the exports go)."""
        if self.cues.partner_before.search(self.text, max(0, term.start - 2), term.start):
            # 对美出口, 对东盟、拉美等市场出口: inside a name, or before a word of trade in the clause
            return self._inside_a_name(term) or bool(self.cues.partner_trade.match(self.text, term.end))
        if self.cues.partner_trade_before.search(
            self.text, max(0, term.start - PARTNER_TRADE_REACH), term.start
        ):
            return True  # a goods surplus of $823 billion with the world
        listed = [
            e
            for e in self.entities.between(max(0, term.start - 12), term.start)
            if e.end < term.start and self.cues.list_joiner.fullmatch(self.text, e.end, term.start)
        ]
        if listed and self._partner(listed[-1]):  # 对东盟、拉美等市场: a list of partners
            return True
        return any(
            n.start <= term.start
            and term.end <= n.end
            and n.end - n.start > term.end - term.start
            and not self._has_series(n.id, term.id)
            and self.series_entities.get(n.id)
            for n in self.indicators.between(max(0, term.start - 24), term.start + 1)
        )

    def _own_named(self, draft: Draft, terms: list[TermMention]) -> str | None:
        """The default entity of the figure's metric, when the metric is named by one of its
        `own_names` (城镇调查失业率: China's) and neither the figure's clause names another country
        before the figure nor its sentence a region (全市…，年末城镇调查失业率: the city's); else None."""
        metric = draft.metric
        if metric is None or (fold(metric.surface), metric.id) not in self.term_index.own_names:
            return None
        default = self.refdata.indicators[metric.id].default_entity
        if default is None or any(
            (
                draft.clause[0] <= t.start
                and self.refdata.entities[t.id].kind in SUBJECT_KINDS
                and self._entity_country(t.id) != default
            )
            or self.refdata.entities[t.id].kind == "region"
            for t in terms
            if draft.sentence.start <= t.start < draft.mention.start
        ):
            return None
        return default

    def _unpaired(self, draft: Draft, names: list[TermMention]) -> list[TermMention]:
        """*U.S. 3.0% vs. Canada 1.9%*, 美国3.0%，加拿大1.9%: of the countries (or groups of them,
        歐元區) named in the figure's clause before it, one with a figure of the same kind between it
        and this figure has its own; when another stands right before this figure with none between,
        that one is this figure's."""
        m = draft.mention
        lo = draft.clause[0]

        def paired(t: TermMention) -> bool:
            return any(
                f.kind == m.kind and t.end <= f.start and f.end <= m.start
                for f in self.figures.between(t.end, m.start)
            )

        before = [
            t
            for t in names
            if lo <= t.start
            and t.end <= m.start
            and (
                self.refdata.entities[t.id].kind == "country"
                # 美國的9.1%與歐元區的8.6%: a group of countries right before a figure (not 62% of
                # global rare-earth mining and 92%: a word of a name)
                or (self.refdata.entities[t.id].kind in _PAIRED_KINDS and self._right_before_figure(t))
            )
        ]
        taken = [t for t in before if paired(t)]
        if not taken or len(taken) == len(before):
            return names
        # Japan held $1.277 trillion of US government debt and China about $1.06 trillion: of the
        # countries left, the one nearest the figure
        nearest = max((t for t in before if t not in taken), key=lambda t: t.start)
        return [t for t in names if t not in before or t is nearest]

    def _right_before_figure(self, term: TermMention) -> bool:
        """Only spaces and a joining word (的) stand between the name and the next figure."""
        after = self.figures.between(term.end, term.end + NAME_FIGURE_GAP)
        if not after:
            return False
        gap = self.text[term.end : after[0].start].strip()
        return not gap or bool(self.cues.name_after.fullmatch(gap))

    def _compared(self, term: TermMention) -> bool:
        """The name follows a comparison word (超过美国水平, than the US)."""
        return bool(self.cues.comparison_before.search(self.text, max(0, term.start - 6), term.start))

    def _has_series(self, indicator: str, entity: str) -> bool:
        return (indicator, entity) in self.refdata.series

    def _column_entity(self, draft: Draft) -> bool:
        """| 指标 | 美国 | 中国 |: a figure in a table column whose header is the name of a country
        (or aggregate), and nothing else, is that one's, as a header's metric is its column's."""
        cell = self._column_header(draft.mention.start)
        if cell is None:
            return False
        header = self.text[cell[0] : cell[1]]
        found = [
            TermMention(t.start + cell[0], t.end + cell[0], t.kind, t.id, t.surface)
            for t in self.term_index.find(header)
            if t.kind == "entity" and self.refdata.entities[t.id].kind in SUBJECT_KINDS
        ]
        if len(found) != 1 or found[0].surface != header.strip():
            return False
        term = found[0]
        draft.entity_id, draft.entity_term, draft.entity_score = term.id, term, HEADER_NAME
        if draft.metric is not None:
            self._keep_readings_of(draft, term.id)
        return True

    def _inner_readings(self, draft: Draft) -> None:
        """核心CPI年增2.6%: a reading whose name begins inside another reading's (CPI年增 inside
        核心CPI) is the wider series the other narrows; with the narrower one's series at hand for
        the entity it is no reading of the figure."""
        readings = draft.alternatives
        if len(readings) < 2 or draft.entity_id is None:
            return
        inner = [
            b
            for b in readings
            if any(
                a.start < b.start < a.end
                and self._has_series(a.id, draft.entity_id)
                # China's exports / exports so far this year: a name that a country opens is no narrower
                and not self.entities.between(a.start, b.start)
                for a in readings
                if a is not b
            )
        ]
        if inner:
            draft.alternatives = [t for t in readings if t not in inner]
            if draft.metric in inner:
                draft.metric = draft.alternatives[0]

    def _keep_readings_of(self, draft: Draft, entity: str) -> None:
        """Keep the readings the data has a series of for ``entity``; one dropped that begins
        before and overlaps a reading kept (核心CPI of 核心CPI年增 for Taiwan, which has no core
        series) is what the figure is about: the reading kept neither supports nor faults it."""
        kept = [t for t in draft.alternatives if self._has_series(t.id, entity)]
        for t in draft.alternatives:
            if t not in kept and any(t.start < k.start < t.end for k in kept):
                draft.dropped_reading = self.refdata.indicators[t.id].names.en
        draft.alternatives = kept or [draft.metric]  # type: ignore[list-item]
        draft.metric = draft.alternatives[0]

    def _entity(self, draft: Draft, earlier: list[Sentence]) -> None:
        """Whose figure it is: the nearest named country or aggregate, or other entity with a series
        of the metric; else the metric's default (or only) entity. Organisations without a series
        of the metric named near a figure are usually its source, not its subject."""
        if self._column_entity(draft):
            return
        lo = earlier[-1].start if earlier else draft.sentence.start
        own = self.own_unknown.between(draft.sentence.start, draft.mention.start) + self._own_institution(
            draft
        )
        if own:  # 國內方面，8月CPI年增0.6% in a Taiwan paper: the writer's country, not one named before
            lo = own[-1].end
            earlier = []
        # a region (全市, 本省) is the subject of its own sentence only: a city's bulletin names the
        # city in every sentence about it, and the national figures it quotes in others are China's
        terms = [
            t
            for t in self.entities.between(lo, draft.sentence.end)
            if (t.start >= draft.sentence.start or self.refdata.entities[t.id].kind != "region")
            and t.start not in self._followed  # the one followed is not the one that moves
        ]
        in_name: list[TermMention] = []
        if draft.metric is not None:  # an entity name inside the metric's name is part of the metric
            lo_c, hi_c = draft.clause
            names = [draft.metric] + [
                q
                for q in self.qualified.between(lo_c, hi_c) + self.indicators.between(lo_c, hi_c)
                if q.id == draft.metric.id  # 经济总量占全球GDP: 全球 is in another name of the metric
            ]
            in_name = [t for t in terms if any(n.start <= t.start and t.end <= n.end for n in names)]
            terms = [t for t in terms if t not in in_name]
            named_ids = {t.id for t in in_name}
            if any(
                draft.metric.end <= t.start < draft.mention.start
                and t.id not in named_ids
                and self.refdata.entities[t.id].kind in SUBJECT_KINDS
                for t in terms
            ):
                # 美国失业率7月3.5% 中国整体5.3% 青年21.3%: another country named after the name, before
                # the figure, ends the name's own country's hold on the figures after it, and the name
                # is no longer wholly theirs
                in_name = []
                draft.metric_score = min(draft.metric_score, SHARED_NAME)
        # the other side of a comparison owns only the figures of its own clause, and a trade
        # partner (对美出口) only its own metric's: never another figure's, even in its clause
        # (shipments to the United States fell 20 percent and exports to Africa grew 26 percent)
        # …nor is the partner of the figure's clause (or one inside its metric's name) its subject
        # where it is named as a topic (结构上最亮眼的是非洲：9月对非洲出口同比暴增56.4%)
        partners = {t.id for t in terms if draft.clause[0] <= t.start < draft.clause[1] and self._partner(t)}
        readings = [t.id for t in draft.alternatives] or ([draft.metric.id] if draft.metric else [])
        partners |= {t.id for t in in_name if not any(self._has_series(i, t.id) for i in readings)}
        terms = [
            t
            for t in terms
            if not self._partner(t)
            and t.id not in partners
            and (draft.clause[0] <= t.start < draft.clause[1] or not self._compared(t))
        ]
        # Japan remains the largest foreign holder: an aggregate named as a member's role, beside a
        # member of its own kind, is not the subject
        in_name = [t for t in in_name if not self._member_role(t, terms)]
        terms = [t for t in terms if not self._member_role(t, terms)]
        # …比上半年的5.3%略有放缓，但仍稳居全球主要经济体前列: a group named in a later clause is
        # what the figure is set against, not whose it is
        terms = [
            t
            for t in terms
            if not (t.start >= draft.clause[1] and self.refdata.entities[t.id].kind == "aggregate")
        ]
        # 去年国内生产总值比上年增长5.2%，美国去年增长2.5%左右: a country named in a later clause
        # before that clause's own figure is that figure's
        terms = [
            t
            for t in terms
            if not (
                t.start >= draft.clause[1]
                and self.refdata.entities[t.id].kind in SUBJECT_KINDS
                and self._before_own_figure(draft, t)
            )
        ]
        # China, Taiwan's old growth engine, is slowing: its GDP rose 4.8%: a country inside an aside
        # that follows the sentence's subject describes the subject, and is not whose the figure is
        terms = [t for t in terms if not self._in_appositive(t, terms, draft)]
        where = (draft.clause, draft.mention.core_start, draft.sentence, earlier)
        if draft.metric is None:  # prefer an entity of a series named nearby (for the wrong-currency check)
            term, score = self._nearest(
                terms, *where, prefer=lambda t: any(self._has_series(i, t.id) for i in draft.candidates)
            )
            if term is not None:
                draft.entity_id, draft.entity_term, draft.entity_score = term.id, term, score  # type: ignore[attr-defined]
            return
        own_named = self._own_named(draft, terms)
        if own_named is not None:
            # 7月全国城镇调查失业率升至5.8% after a clause on Mexico: a name only China uses
            draft.entity_id, draft.entity_score = own_named, 1.0
            named = [t for t in terms if t.id == own_named and t.start < draft.mention.start]
            draft.entity_term = named[-1] if named else None
            return
        ids = [t.id for t in draft.alternatives] or [draft.metric.id]
        if all(self.refdata.indicators[i].fixed_entity for i in ids):
            # the metric names its own entity (the dollar's share of world reserves is a world figure)
            own = {e for i in ids for e in self.series_entities.get(i, ())}
            named_here = any(
                t.id in own and draft.clause[0] <= t.start < draft.mention.start for t in terms
            ) or any(t.id in own for t in in_name)
            # 金砖国家覆盖全球约40%的GDP: the series' own entity named in the clause, or in the name
            # the figure sits inside (冻结俄罗斯…资产)
            rival = None if named_here else self._rival(draft, own, terms, where)
            if rival is not None:  # 中国人民银行降息: another central bank than the series' own
                draft.entity_id, draft.entity_term, draft.entity_score = rival.id, rival, 1.0
                return
            if not named_here and (
                (
                    all(
                        self.refdata.entities[e].kind in ("aggregate", *SETTER_KINDS)
                        for e in own
                        if e in self.refdata.entities
                    )
                    and self.own_unknown.between(draft.sentence.start, draft.mention.start)
                )
                or self._own_institution(draft)
            ):
                # 央行官员表示，外汇存底中美元资产的比重维持在八成以上 in a Taiwan paper: the writer's
                # own central bank's reserves, not the world's (and not a country the data names);
                # 央行跟隨聯準會升息半碼: its own move, not the Fed's;
                # 聯準會…升了21碼，本行同期間只升了3碼半: the speaker's own institution's move
                return
            if len(own) == 1:
                draft.entity_id, draft.entity_score = own.pop(), 1.0
                named = [t for t in terms if t.id == draft.entity_id]
                draft.entity_term = named[-1] if named else None
                return

        def has_series(t: TermMention) -> bool:
            return any(self._has_series(i, t.id) for i in ids)

        here = [t for t in terms if t.start >= draft.sentence.start]
        eligible = [t for t in here if self.refdata.entities[t.id].kind in SUBJECT_KINDS or has_series(t)]
        if not any(self.refdata.entities[t.id].kind in SUBJECT_KINDS for t in here):
            # 央行认为，9月CPI同比下降0.3%: a country's institution, in a sentence naming no country,
            # speaks of its country's figure
            eligible += self._institutions_countries(here, has_series)
        # foreign holdings of Treasuries: an entity inside the metric's name that has a series of it
        # is the figure's, before one carried from an earlier sentence
        eligible += [t for t in in_name if has_series(t)]
        eligible += [t for t in terms if t.start < draft.sentence.start and has_series(t)]
        eligible.sort(key=lambda t: t.start)
        eligible = self._unpaired(draft, eligible)
        term, score = self._owner_after(draft, terms), 1.0
        if term is None:
            term, score = self._nearest(eligible, *where, prefer=has_series)
        if term is not None and term.start < draft.sentence.start:
            term = self._same_indicator_owner(draft, term, lo, has_series)
        indicator = self.refdata.indicators[draft.metric.id]
        expected = {e for i in ids for e in self.series_entities.get(i, ())}
        if term is not None:
            if term.id == indicator.default_entity or expected == {term.id}:  # type: ignore[attr-defined]
                score = max(score, NAMED_AND_EXPECTED)  # named nearby and the series' own entity
            elif term.id == self.home and self.home in expected:  # type: ignore[attr-defined]
                # 国家统计局19日发布数据…。分季度看，…二季度增长5.2%: the home country carried from an
                # earlier sentence is no less the figure's than the home country assumed
                score = max(score, HOME_ASSUMED)
            draft.entity_id, draft.entity_term, draft.entity_score = term.id, term, score  # type: ignore[attr-defined]
            if term.start < draft.sentence.start:  # type: ignore[attr-defined]
                # 美國方面…。國內經濟金融情勢 / 核心CPI年增率為1.67%: carried past another country
                draft.turned_away = partial(self._turned_away, draft, term.id, term.start)  # type: ignore[attr-defined]
            self._keep_readings_of(draft, term.id)  # type: ignore[attr-defined]
            return
        if not any(t.id in expected for t in in_name) and any(
            self.refdata.entities[t.id].kind in SUBJECT_KINDS and t.id not in expected for t in terms
        ):
            return  # 国家统计局…核心CPI上涨1.2%: a country named nearby with no series of it; not the default
        if own:
            return  # the writer's own country, which the data may not hold (not even as a default)
        if indicator.default_entity:
            draft.entity_id, draft.entity_score = indicator.default_entity, 0.85
            draft.turned_away = partial(self._turned_away, draft, indicator.default_entity)
            return
        if len(expected) == 1 and self._may_assume(next(iter(expected)), draft):
            draft.entity_id, draft.entity_score = next(iter(expected)), 0.8
            draft.turned_away = partial(self._turned_away, draft, draft.entity_id)
            # 核心CPI仅0.3% in a Simplified-Chinese report that named the US sections before: the one
            # country with the series, not the text's own nor named in the figure's paragraph, may
            # support the figure, not fault it
            home = self.home or self._subject()
            if (
                home is not None
                and home != draft.entity_id
                and self._last_named(draft.mention.start)[2] < self._paragraph_start(draft.sentence)
            ):
                draft.entity_assumed = True
            return
        if (
            self.home is not None
            and self.home in expected
            and (
                not self._other_country_before(draft)
                or self._last_country_before(draft.mention.start) == self.home
            )
        ):
            # 9月份全国居民消费价格同比下降0.3%: a Simplified-Chinese report naming no other country,
            # or naming its own last (…我补充一下国内数据。8月CPI同比上涨0.6%)
            draft.entity_id, draft.entity_score = self.home, HOME_ASSUMED
            self._home_assumed_at = draft.mention.start
            return
        subject = self._subject()
        if subject is not None and subject in expected:
            # an English report on China that names it in the lead and not in every sentence
            draft.entity_id, draft.entity_score = subject, 0.75
            draft.entity_assumed = True
            return
        named, last, _ = self._last_named(draft.mention.start)
        if named and last is not None and last in expected:
            # (a Fed press conference) consumer prices were up 2.9% over the year to September: the
            # country the text named last, itself or by an organisation of it; it may support the
            # figure, not fault it
            draft.entity_id, draft.entity_score = last, 0.75
            draft.entity_assumed = True
            return

    def _turned_away(self, draft: Draft, entity: str, named_at: int | None = None) -> bool:
        """The country the text named last before the figure is not ``entity``'s (國內…核心CPI年增率
        為1.67%, or a paragraph on Japan), or ``entity`` was named at ``named_at`` in another
        reader's reply (推 a: 美國3.5%對岸5.3% / 推 b: 6月CPI 0%): the entity assumed for the figure
        may support it, not fault it. The home country of the text's script (a Simplified-Chinese
        report's China) is its figures' own however the text turned."""
        if named_at is not None and self._reply_between(named_at, draft.mention.start):
            return True
        if entity == self.home:
            return False
        named, last, _ = self._last_named(draft.mention.start)
        return named and last != self._entity_country(entity)

    def _reply_between(self, a: int, b: int) -> bool:
        """A reader's reply opens a line between ``a`` and ``b`` (`reply_line`)."""
        starts = self._reply_starts
        i = bisect_right(starts, a)
        return i < len(starts) and starts[i] <= b

    @cached_property
    def _reply_starts(self) -> list[int]:
        return [m.start() for m in self.cues.reply_line.finditer(self.text)]

    def _before_own_figure(self, draft: Draft, term: TermMention) -> bool:
        """``term``, in a later clause of the figure's sentence, opens that clause as its subject
        (at most SUBJECT_LEAD characters after its start: 美国, *while the US*) before a figure of it."""
        sentence = draft.sentence
        if not sentence.start <= term.start < sentence.end:
            return False
        lo, hi = self.clause_of(sentence, term.start, term.end)
        return term.start - lo <= SUBJECT_LEAD and bool(self.figures.between(term.end, hi))

    def _owner_after(self, draft: Draft, terms: list[TermMention]) -> TermMention | None:
        """The country or aggregate joined right after the figure by `owner_after` (about $779
        billion for the United Kingdom), which says whose figure it is."""
        end = draft.mention.end
        for t in terms:
            if t.start < end:
                continue
            if (
                self.refdata.entities[t.id].kind in SUBJECT_KINDS
                and self.cues.owner_after.fullmatch(self.text, end, t.start) is not None
            ):
                return t
            break
        return None

    def _member_role(self, term: TermMention, terms: list[TermMention]) -> bool:
        """``term`` is an aggregate written as a role (`member_before`: the largest foreign holder;
        `member_after`: 全球唯一…的主要经济体) and ``terms`` name a country before it on its line."""
        if self.refdata.entities[term.id].kind != "aggregate":
            return False
        if (
            self.cues.member_before.search(self.text, max(0, term.start - 16), term.start) is None
            and self.cues.member_after.match(self.text, term.end) is None
        ):
            return False
        line_start = self.text.rfind("\n", 0, term.start) + 1
        return any(
            t.end <= term.start and t.start >= line_start and self.refdata.entities[t.id].kind == "country"
            for t in terms
        )

    def _institutions_countries(self, terms: list[TermMention], has_series) -> list[TermMention]:  # type: ignore[no-untyped-def]
        """The countries of the institutions among ``terms`` (the Fed: USA), where the metric has a
        series of that country, at the institution's place."""
        found = []
        for t in terms:
            country = self.refdata.entities[t.id].country
            if country is not None and not has_series(t):
                as_country = TermMention(t.start, t.end, "entity", country, t.surface)
                if has_series(as_country):
                    found.append(as_country)
        return found

    def _other_country_before(self, draft: Draft) -> bool:
        """The text names, before the figure, a country other than its script's home, or an
        organisation of one (the Fed)."""
        if self._first_foreign_at is None:
            self._first_foreign_at = min(
                (
                    at
                    for country, at in self._first_named().items()
                    if country != self.home and self.refdata.entities[country].kind in SUBJECT_KINDS
                ),
                default=len(self.text),
            )
        return self._first_foreign_at < draft.mention.start

    def _subject(self) -> str | None:
        """The country the whole text is about: named at least SUBJECT_MENTIONS times and at
        least twice as often as any other country or aggregate (computed once). A trading
        partner (对美出口) is where a figure goes, not whose it is: it does not count."""
        if self._subject_found is None:
            counts: dict[str, int] = {}
            for t in self.entities.items:
                if self.refdata.entities[t.id].kind in SUBJECT_KINDS and not self._partner(t):
                    counts[t.id] = counts.get(t.id, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            top = ranked[0] if ranked else ("", 0)
            second = ranked[1][1] if len(ranked) > 1 else 0
            self._subject_found = top[0] if top[1] >= SUBJECT_MENTIONS and top[1] >= 2 * second else ""
        return self._subject_found or None

    def _may_assume(self, only: str, draft: Draft) -> bool:
        """Whether an unnamed figure may be the one entity the reference data has its metric for:
        unless the text's script has a home country (`home_entity`: a Simplified-Chinese report is
        China's) that is another, and the text has not named the entity (or one of its
        organisations, the Fed) before the figure. China's core CPI is no US figure. A text in a
        script with no home country stands in its subject's place (`_subject`)."""
        home = self.home or self._subject()  # an English report on China is China's too
        if home is None or home == only:
            return True
        if self._first_named().get(only, len(self.text)) >= draft.mention.start:
            return False
        # 楼上讲了美国，我补充一下国内数据。…核心CPI只有0.3%: the country named last before the figure
        # is another (or the writer's own, unnamed): the figure is no more the only entity's;
        # …同期美国GDP大约27万亿美元。…去年CPI全年上涨0.2%…核心CPI全年只有0.7%: nor is it when a figure
        # since that name was the home country's, though the text did not name it
        _, last, at = self._last_named(draft.mention.start)
        return last == only and not (self._home_assumed_at is not None and at < self._home_assumed_at)

    @cached_property
    def _paragraph_starts(self) -> dict[int, int]:
        """Where each paragraph begins, by its number: the start of its first sentence."""
        starts: dict[int, int] = {}
        for sentence in self.sentences:
            starts.setdefault(sentence.paragraph, sentence.start)
        return starts

    def _paragraph_start(self, sentence: Sentence) -> int:
        """Where the paragraph of ``sentence`` begins."""
        return self._paragraph_starts[sentence.paragraph]

    def _last_country_before(self, pos: int) -> str | None:
        """The country named last before ``pos``, itself or by an organisation of it; None when
        that is the writer's own, unnamed country (國內數據 in a Taiwan text) or none is named."""
        return self._last_named(pos)[1]

    def _last_named(self, pos: int) -> tuple[bool, str | None, int]:
        """Whether a country is named before ``pos``, which (None: the writer's own, unnamed) and
        where; see :meth:`_last_country_before`.

        Names are looked up near figures only; the stretch of up to LAST_COUNTRY_REACH
        characters before ``pos`` is searched whole (楼上讲了美国，我补充一下国内数据: a paragraph
        with no figure)."""
        lo = max(0, pos - LAST_COUNTRY_REACH)
        # the latest names before the stretch are enough: the scan stops at the first that names one
        named = self.entities.between(0, lo)[-LAST_NAMED_TAIL:] + self._unnamed(
            self.own_unknown.between(0, lo)[-LAST_NAMED_TAIL:]
        )
        found = self.term_index.find(
            self.text[lo:pos],
            self.cues.short_name_before,
            self.cues.short_name_after,
            self.cues.short_name_not_in,
            self.cues.name_inserts,
        )
        # the US of US$328.5 billion is the currency's
        shifted = self._outside_figures(
            [
                TermMention(t.start + lo, t.end + lo, t.kind, t.id, t.surface)
                for t in found
                if t.kind == "entity"
            ]
        )
        countries, own_unknown = self._entity_names(shifted)
        named += countries + self._unnamed(own_unknown)
        named += self._unnamed(self.own_unknown.between(lo, pos))  # 我们 (8月CPI): the speaker's country
        # a one-character name (美 of 美中關稅戰, 对美, 美债) is part of a word about two countries
        # or a trade, no country the text turns to
        # …nor one named as the other side of a comparison (远超美国程度), which the text does not turn to
        ordered = sorted(
            (t for t in named if len(t.surface) > 1 and not (t.id and self._compared(t))),
            key=lambda t: t.start,
            reverse=True,
        )
        i = 0
        while i < len(ordered):
            # countries written together (美中關稅戰, 中美, US-China) name no one of them
            group = [ordered[i]]
            while i + 1 < len(ordered) and 0 <= group[-1].start - ordered[i + 1].end <= 1:
                i += 1
                group.append(ordered[i])
            i += 1
            if any(not t.id for t in group):
                return True, None, group[0].start  # the writer's own country, unnamed
            countries = {c for t in group if (c := self._country_of(t)) is not None}
            if len(countries) == 1:
                return True, countries.pop(), group[0].start
        return False, None, -1

    @staticmethod
    def _unnamed(terms: list[TermMention]) -> list[TermMention]:
        """``terms`` (words for the writer's own country) as naming no entity: 國內方面 in a Taiwan
        paper is an alias of China's in the data, but names no country there."""
        return [TermMention(t.start, t.end, "entity", "", t.surface) for t in terms]

    def _country_of(self, term: TermMention) -> str | None:
        """The country an entity name stands for (an organisation's), unless it is a trading partner."""
        country = self._entity_country(term.id)
        return None if country is None or self._partner(term) else country

    def _same_indicator_owner(
        self, draft: Draft, term: TermMention, lo: int, has_series: Callable[[TermMention], bool]
    ) -> TermMention:
        """The entity carried from an earlier sentence, or else that of the last figure (of the
        window) read as the same indicator, when that figure's entity was named, holds a series of
        the metric, and no figure read as another indicator came after it (…今年第一季经济成长率为
        5.37%，主要是美国对等关税上路前…。回顾去年，全年经济成长率为4.59%: Taiwan's, whose rate was
        last given, not the United States named in an aside)."""
        readings = _readings(draft)
        found = [self._by_metric[r] for r in readings if r in self._by_metric]
        if not found:
            return term
        before = max(found, key=lambda d: d.mention.start)
        owner = before.entity_term
        latest = self._named_previous
        if (
            owner is None
            or owner.id == term.id
            or before.sentence.start < lo
            or not has_series(owner)
            or (latest is not None and latest is not before and not readings & _readings(latest))
        ):
            return term
        return owner

    def _entity_country(self, entity: str) -> str | None:
        """The country an entity is or belongs to (the Fed's: the United States)."""
        found = self.refdata.entities[entity]
        return entity if found.kind == "country" else found.country

    def _first_named(self) -> dict[str, int]:
        """Where the text first names each country, itself or by one of its organisations
        (found once: every figure asks)."""
        if self._first_named_at is None:
            found: dict[str, int] = {}
            for t in self.entities.items:
                entity = self.refdata.entities[t.id]
                for country in {t.id, entity.country}:
                    if country is not None and country not in found:
                        found[country] = t.start
            self._first_named_at = found
        return self._first_named_at

    def _time(self, draft: Draft, earlier: list[Sentence]) -> None:
        if self.cues.event_span.search(self.text, draft.clause[0], draft.mention.start):
            return  # 疫情一来一个月内减息150个基点: counted from an event the text does not date
        lo = earlier[-1].start if earlier else draft.sentence.start
        times = [
            t
            for t in self.times.between(lo, draft.sentence.end)
            if not self._broken_off(draft, t)
            and (not self._base(t) or self._own_base(draft, t))
            and not self.cues.period_end_before.search(self.text, max(lo, t.start - 16), t.start)
            and not self.cues.stamp_time.search(self.text, t.start, t.end)
            and not self._release_date(draft, t)
            and not self._bracketed_after_other(draft, t)
            and not self._describes_other_record(draft, t)
            and not (t.end <= draft.clause[0] and self._listed_time(draft, t))
            and not self._other_cells_time(draft, t)
            # 2024年这一数字为134.9万亿元，也就是说，一年之间经济总量增加了约5.3万亿元: a time
            # restating the metric for another period dates the figure it restates only
            and not (
                t.end <= draft.clause[0]
                and self.cues.restating_after_time.match(self.text, t.end)
                and any(
                    f.end <= draft.mention.start for f in self.figures.between(t.end, draft.mention.start)
                )
            )
            # …今年第三次降息，累计降息75个基点: a sum of the counted events is the period's; a day
            # before the ordinal is the event's own (12月10日第三次降息，区间降至3.50%—3.75%)
            and (
                draft.cumulative
                or t.granularity == Granularity.DAY
                or not self.cues.event_ordinal.match(self.text, t.end)
            )
        ]
        # …slightly below July's 5.4%, while core inflation slowed to 4.0%; 比1月的6.4%和12月的6.5%都慢，
        # 但核心CPI仍有5.5%: a time bound to a figure of an earlier clause dates that figure only
        unbound = [t for t in times if not self._bound_to_earlier(draft, t)]
        if len(unbound) < len(times) and any(t.start >= draft.sentence.start for t in unbound):
            times = unbound
        # the last word for now before the figure
        current = max(
            self.cues.current.finditer(self.text, draft.clause[0], draft.mention.start),
            key=lambda found: found.start(),
            default=None,
        )
        if current is not None:
            # …peaked near $9 trillion in the spring of 2022 and have since drifted down to $8.3
            # trillion: a time before the word for now is the earlier figure's
            # (the word itself may be a time, *Today that number is about 12.8 million*: the day of
            # the document is no period of a monthly count, which is then the latest)
            in_clause = [t for t in times if current.end() <= t.start and t.end <= draft.mention.start]
            # …now shows the rate at 4.4 percent by the end of this year: a time right after the
            # figure, no other figure between, dates it, whatever the clause says before it
            dated_after = not in_clause and any(
                draft.mention.end <= t.start
                and t.end <= draft.clause[1]
                and not self.figures.between(draft.mention.end, t.start)
                for t in times
            )
            draft.current = not dated_after
            if not in_clause and not dated_after:
                return
        if draft.metric is not None and draft.metric_score > CARRIED and not draft.carried:
            # a sentence naming its metric starts afresh: an earlier date was another figure's; but
            # the clause before a semicolon is the same sentence (9月失业率为5.2%；…青年失业率为15.2%)
            # …its first time, the period it is about (7月CPI上涨2.7%，与6月持平；核心CPI上涨3.1%)
            prev = self._semicolon_before(draft.sentence) if earlier else None
            to_date = self._to_date_before(draft, earlier[0], times) if prev is None and earlier else None
            earlier = [prev] if prev is not None else [earlier[0]] if to_date is not None else []
            if to_date is not None:
                # For the first 10 months of the year, exports grew 5.3 percent. The cumulative trade
                # surplus reached $875.1 billion: a sum its sentence does not date is over the span
                # from the start of the year the sentence before reports
                times = [t for t in times if t is to_date or t.start >= draft.sentence.start]
            elif prev is not None:
                first = next(
                    (
                        t
                        for t in times
                        if prev.start <= t.start < prev.end
                        and not self.cues.release_after.match(self.text, t.end)
                    ),
                    None,
                )
                times = [t for t in times if t is first or not prev.start <= t.start < prev.end]
        began = [t for t in times if self._began_before_from(draft, t)]
        if began:
            draft.past = True  # reached after the start the time dates, before now
        started = [t for t in times if t not in began and self._earlier_from_end(draft, t)]
        if started:
            draft.reached_after = started[-1].begin
        times = [
            t
            for t in times
            if t not in began
            and t not in started
            and not self._from_figure_between(draft, t)
            and not self._after_sequence_word(draft, t)
        ]
        in_clause = [
            t
            for t in times
            if draft.clause[0] <= t.start
            and t.end <= draft.clause[1]
            # from 58% in 2022 to 56.3%: a date before a change word belongs to the figure before it,
            # and so does one before a word of sequence (fell 0.3% in September after a 0.4% decline
            # in August)
            and not (t.end <= draft.mention.start and self._dates_figure_before(t, draft))
            and not self._spaced_off(draft, t)
        ]
        aside = self._time_aside_after(draft, times)
        if aside is not None and not any(t.start >= draft.mention.end for t in in_clause):
            in_clause.append(aside)  # …passed $38 trillion three weeks later, on October 21, …
        bracketed = self._bracketed_time(draft, times)
        if bracketed is not None:  # 整体CPI则年增2.7%（7月）: a time in brackets right after the figure
            # is its own, before a column's (a table's cell -0.2% (Nov) under 4.9% (Q3))
            draft.time = bracketed
            self._earlier_value(draft)
            return
        labelled = next(
            (
                t
                for t in self.times.between(draft.sentence.start, draft.mention.start)
                if _LABEL_COLON.fullmatch(self.text, t.end, draft.mention.start)
            ),
            None,
        )
        if labelled is not None:  # 2026年Q1：57.1%｜2025年Q4：56.4%: a time that labels the figure
            draft.time = labelled
            return
        column = self._column_time(draft)
        if column is not None:  # 指标  6月/二季度  5月/一季度 over GDP当季同比(%)  5.2  5.4: its column's
            draft.time = column
            return
        listed = self._respective_time(draft) or self._paired_times(draft)
        if listed is not None:  # 10月、11月分别下跌0.2%与0.5%: the second time is the second figure's
            draft.time = listed
            return
        # 7月的小幅抬升主要是毕业季效应——今年高校毕业生达到1158万人: a time before a break (——, ：, ；)
        # that stands before the figure is not its own when a time after the break is
        cut_off = [
            t
            for t in in_clause
            if t.end <= draft.mention.start
            and any(mark in self.text[t.end : draft.mention.start] for mark in self.cues.clause_breaks)
        ]
        if cut_off and len(cut_off) < len(in_clause):
            in_clause = [t for t in in_clause if t not in cut_off]
        # GDP grew 4.5% in Q4 and 5.0% for 2025: a time written right after the figure before, with
        # only a list's joiner after it, is that figure's when this one has a time of its own after it
        if len(in_clause) > 1 and any(t.start >= draft.mention.end for t in in_clause):
            in_clause = [t for t in in_clause if not self._listed_figure_time(draft, t)] or in_clause
        # second-quarter GDP grew 3.8% in 2025: a year that holds a finer period of the clause is context
        # (a span of months is not: 9月出口优于预期　前三季出口年增6.1%), unless another figure stands
        # between that period and this one (the surplus for 2024 reached $992 billion — … — after
        # exports rose 10.7% in December: December is the 10.7%'s)
        in_clause = [
            t
            for t in in_clause
            if t.granularity not in _CONTEXT_PERIODS
            or not any(
                o is not t
                and t.begin <= o.begin
                and o.until <= t.until
                and o.until - o.begin < t.until - t.begin
                and not self._figure_between(draft, o)
                for o in in_clause
            )
        ]
        # 美國8月CPI 2.5%沒錯 6月還3.0%: a time after the figure that stands nearer the next figure
        # of the clause is that figure's (when the clause has another time)
        if len(in_clause) > 1:
            in_clause = [t for t in in_clause if not self._next_figure_time(draft, t, in_clause)] or in_clause
        # …reached $992 billion — call it a trillion dollars — after exports rose 10.7% in December:
        # a time after a later figure is that figure's, when the clause has another
        own_earlier = self._earlier_words_after(draft)
        if len(in_clause) > 1 or own_earlier:
            # …and one the figure's own words date (58.4% a year earlier and 64.2% a decade ago):
            # never a later figure's time, even with no other in the clause
            in_clause = [
                t for t in in_clause if not (t.start >= draft.mention.end and self._figure_between(draft, t))
            ] or ([] if own_earlier else in_clause)
        if in_clause:  # the nearest in the clause, on either side (56.3% in the second quarter of 2025)
            # …after a 34.5% collapse in May: a change's noun after the figure is part of its phrase
            noun = self.cues.decrease_after.match(
                self.text, draft.mention.end
            ) or self.cues.increase_after.match(self.text, draft.mention.end)
            phrase = replace(draft.mention, end=noun.end()) if noun is not None else draft.mention
            draft.time = min(
                in_clause, key=lambda t: (self._distance(t, phrase), t.start > draft.mention.start)
            )
            self._earlier_value(draft)
            return
        # a time in a later clause is that clause's (prices rose 2.9%, and GDP grew 3.8% in the second
        # quarter): only times before the figure's clause, or in it, govern it
        # …nor one that dates the figure a change starts from (from nearly $9 trillion in spring
        # 2022 to about $6.6 trillion now: no time of the 6.6's own)
        governing = [
            t
            for t in times
            if t.start < draft.clause[1]
            and not self._dates_earlier_clause(t, draft)
            and not self._dates_from_figure(t, draft)
            and not (t.start >= draft.mention.end and self._figure_between(draft, t) and own_earlier)
        ]
        time, _ = self._nearest(governing, draft.clause, draft.mention.core_start, draft.sentence, earlier)
        draft.time = time  # type: ignore[assignment]
        self._earlier_value(draft)

    def _other_cells_time(self, draft: Draft, time: TimeMention) -> bool:
        """| 9月出口年增率 | 8.3% | 8月7.2% |: a time in a later cell of the figure's table row that
        holds a figure of its own dates that figure, not this one."""
        text = self.text
        if time.start < draft.mention.end or "\n" in text[draft.mention.end : time.start]:
            return False
        if _CELL_GAP.search(text, draft.mention.end, time.start) is None:
            return False
        gap = _CELL_GAP.search(text, time.end)
        cell_end = gap.start() if gap is not None else len(text)
        line_end = text.find("\n", time.end)
        cell_end = min(cell_end, line_end if line_end >= 0 else len(text))
        return any(q.end <= cell_end for q in self.figures.between(time.end, cell_end))

    def _to_date_before(self, draft: Draft, before: Sentence, times: list[TimeMention]) -> TimeMention | None:
        """The span from the start of a year (前10个月, *the first 10 months of the year*) that
        ``before`` reports first, when the figure's own sentence has no time and calls it a sum
        (`cumulative_words`: 累计, *cumulative*) before it."""
        if any(
            draft.sentence.start <= t.start < draft.clause[1] for t in times
        ) or not self.cues.cumulative.search(self.text, draft.sentence.start, draft.mention.start):
            return None
        first = next((t for t in times if before.start <= t.start < before.end), None)
        if (
            first is None
            or first.granularity != Granularity.RANGE
            or (first.begin.month, first.begin.day) != (1, 1)
            or (first.until - first.begin).days > _YEAR_DAYS
        ):
            return None
        return first

    def _cumulative(self, draft: Draft) -> None:
        """美联储9月、10月各降息25个基点，累计50个基点; 从2024年9月…算起，已累计降息150个基点: a
        change in points its clause calls cumulative sums several moves. Its period spans the times
        listed with its own (9月、10月), or runs from a start a from-word gives to the document's
        date."""
        time = draft.time
        if not draft.cumulative or time is None:
            return
        listed = self._listed_with(time)
        if len(listed) > 1:
            first, last = listed[0], listed[-1]
            draft.time = TimeMention(
                first.start,
                last.end,
                first.begin,
                last.until,
                Granularity.RANGE,
                first.relative,
                first.anchor,
            )
        elif (
            self.cues.change_from_before.search(self.text, max(0, time.start - 2), time.start)
            or self.cues.start_after.match(self.text, time.end)
            # 自2022年3月启动本轮紧缩以来，累计加息525个基点: a start word later, before the figure
            or (
                self.cues.start_before.search(self.text, max(0, time.start - 4), time.start)
                and self.cues.start_word.search(self.text, time.end, draft.mention.start)
            )
            # since March 2022 (to the document date): the moves of the document's own day count
            or (
                time.relative
                and time.granularity == Granularity.RANGE
                and time.until == self.doc.anchors.at(time.start)
            )
        ):
            until = self.doc.anchors.at(time.start) + dt.timedelta(days=1)
            if until > time.until:
                draft.time = TimeMention(
                    time.start, time.end, time.begin, until, Granularity.RANGE, time.relative, time.anchor
                )

    def _listed_with(self, time: TimeMention) -> list[TimeMention]:
        """``time`` and the times of its granularity listed with it (9月、10月; September and October)."""
        listed = [time]
        joiner = self.cues.list_joiner
        for step in (-1, 1):
            while True:
                edge = listed[0] if step < 0 else listed[-1]
                near = (
                    self.times.between(max(0, edge.start - LISTED_TIME_REACH), edge.start)
                    if step < 0
                    else self.times.between(edge.end, edge.end + LISTED_TIME_GAP)
                )
                near = [t for t in near if t.granularity == time.granularity and t is not edge]
                if not near:
                    break
                other = near[-1] if step < 0 else near[0]
                a, b = (other.end, edge.start) if step < 0 else (edge.end, other.start)
                if a >= b or joiner.fullmatch(self.text, a, b) is None:
                    break
                listed = [other, *listed] if step < 0 else [*listed, other]
        return listed

    def _spaced_off(self, draft: Draft, time: TimeMention) -> bool:
        """聯準會去年就降了100個基點 今年到現在都沒動, 美國3月CPI 年增2.4% 2月是2.8%: in Han text a
        space is a clause mark (forum posts write none); a time after the figure across one opens
        another clause."""
        m = draft.mention
        if time.start < m.end or not _HAN.search(self.text, draft.clause[0], m.start):
            return False
        spaces = _SPACES.match(self.text, m.end)  # the time's span may begin with them
        return spaces is not None and time.start <= spaces.end() < time.end

    def _words_before(self, a: int, b: int) -> bool:
        """``text[a:b]`` holds words other than times and clause marks (今年6月，这一数字…: none)."""
        marks = self.cues.clause_marks
        return any(c not in marks and not c.isspace() for c in self._without_times(a, b))

    def _earlier_words_after(self, draft: Draft) -> bool:
        """Words for a year or a period before stand right after the level (*58.4% a year earlier*)."""
        m = draft.mention
        if draft.is_change or m.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT):
            return False
        return bool(
            self.cues.value_year_earlier.match(self.text, m.end, draft.clause[1])
            or self.cues.value_period_earlier.match(self.text, m.end, draft.clause[1])
        )

    def _figure_between(self, draft: Draft, time: TimeMention) -> bool:
        """Another figure stands between ``time`` and the figure."""
        m = draft.mention
        lo, hi = (m.end, time.start) if time.start >= m.end else (time.end, m.start)
        return any(lo <= q.start and q.end <= hi for q in self.figures.between(lo, hi))

    def _respective_run(self, draft: Draft) -> tuple[regex.Match[str], list[QuantityMention]] | None:
        """The word for "respectively" (`respectively`: 分别) before the figure in its sentence, and
        the list of figures right after it that holds the figure (found once per figure: its
        metric and its time both ask)."""
        m = draft.mention
        if m.start not in self._respective:
            self._respective[m.start] = self._find_respective_run(draft)
        return self._respective[m.start]

    def _find_respective_run(self, draft: Draft) -> tuple[regex.Match[str], list[QuantityMention]] | None:
        m = draft.mention
        cue = None
        for found in self.cues.respectively.finditer(self.text, draft.sentence.start, m.start):
            cue = found
        if cue is None:
            return self._run_before_respectively(draft)
        figures = [f for f in self.figures.between(cue.end(), draft.sentence.end) if f.start >= cue.end()]
        run: list[QuantityMention] = []
        for f in figures:
            if run and not self.cues.list_joiner.fullmatch(self.text, run[-1].end, f.start):
                break
            if not run and (f.start - cue.end() > RESPECTIVE_REACH or self._broken(cue.end(), f.start)):
                break
            run.append(f)
        return (cue, run) if len(run) >= 2 and m in run else None

    def _run_before_respectively(self, draft: Draft) -> tuple[regex.Match[str], list[QuantityMention]] | None:
        """The list of figures holding the figure, with a word for "respectively" right after it
        (`respectively_after`: *3.1% and 3.9%, respectively*; 比1月的3.1%、3.9%各有上下)."""
        m = draft.mention
        if self.cues.respectively_after.search(self.text, m.end, draft.sentence.end) is None:
            return None  # no such word after the figure in its sentence: the common case, cheaply
        run = self._figure_list(
            draft, lambda a, b: self.cues.list_joiner.fullmatch(self.text, a, b) is not None
        )
        if not run:
            return None
        after = run[-1].end
        dated = [
            t for t in self.times.between(after, draft.sentence.end) if not self.text[after : t.start].strip()
        ]
        if dated:  # 2.7% and 3.1% in July, respectively: the list's time between
            after = dated[0].end
        cue = self.cues.respectively_after.match(self.text, after, draft.sentence.end)
        return (cue, run) if cue is not None and len(run) >= 2 else None

    def _respective_metric(self, draft: Draft) -> tuple[TermMention, float, list[TermMention]] | None:
        """The metric of the figure in the same place of the list of figures the sentence gave
        before "respectively", when the respective list names none of its own and the earlier
        list has as many figures, each with a metric of its own clause."""
        found = self._respective_run(draft)
        if found is None:
            return None
        cue, run = found
        lead = min(cue.start(), run[0].start)  # the cue before the list, or the list before the cue
        lo = self.text.rfind("\n", 0, lead) + 1
        if self.indicators.between(max(lo, lead - RESPECTIVE_REACH), run[-1].end):
            return None  # 一季度和二季度GDP分别增长…: the list names its measure
        opening = self.clause_of(draft.sentence, lead, lead + 1)[0]
        if len(self._without_times(opening, lead).strip()) > RESPECTIVE_LEAD:
            return None  # 英镑、日元的份额分别约为4.7%和5.8%: the list names its own subjects
        earlier = [d for d in self._sentence_drafts if d.mention.end <= lead][-len(run) :]
        if len(earlier) != len(run) or any(
            d.metric is None
            or d.metric.start < d.sentence.start
            or not self._fits(draft, self.refdata.indicators[d.metric.id])
            for d in earlier
        ):
            return None
        source = earlier[run.index(draft.mention)]
        return (
            source.metric,
            source.metric_score * CARRIED_IN_SENTENCE,
            source.alternatives or [source.metric],
        )  # type: ignore[return-value]

    def _respective_names(self, draft: Draft) -> list[TermMention] | None:
        """The names in the figure's place of a list of as many names, joined by list joiners,
        before a list of figures with a word for "respectively" (*CPI and core CPI rose 2.7% and
        3.1%, respectively*). A first name written without the words it shares with the next
        (*Headline and core CPI*, 整体和核心CPI) is read with them; one that reads as no name
        gives its figure none (an empty list)."""
        found = self._respective_run(draft)
        if found is None:
            return None
        cue, run = found
        lead = min(cue.start(), run[0].start)
        names = [t for t in self.indicators.between(draft.sentence.start, lead) if t.end <= lead]
        spans = sorted({(t.start, t.end) for t in names})
        spans = [a for a in spans if not any(b != a and b[0] <= a[0] and a[1] <= b[1] for b in spans)]
        if not spans or self._figure_between_at(spans[-1][1], lead):
            return None
        chain = spans[-1:]
        for span in reversed(spans[:-1]):
            if len(chain) == len(run) or not self._joined(span[1], chain[0][0]):
                break
            chain.insert(0, span)
        place = run.index(draft.mention)
        missing = len(run) - len(chain)
        if missing == 0:
            return [t for t in names if (t.start, t.end) == chain[place]]
        if missing > ELIDED_MOST:
            return None
        if place >= missing:
            return [t for t in names if (t.start, t.end) == chain[place - missing]]
        read = self._elided_names(chain[0], missing)
        return None if read is None else read[place]

    def _joined(self, end: int, start: int) -> bool:
        """Only a list joiner (and, 和, 、) stands between ``end`` and ``start``: a comma alone
        ends a clause as often as it joins a list."""
        gap = self.text[end:start]
        return (
            bool(gap.strip(" \t,，")) and self.cues.list_joiner.fullmatch(self.text, end, start) is not None
        )

    def _figure_between_at(self, start: int, end: int) -> bool:
        """A figure stands wholly inside ``[start, end)``."""
        return any(start <= f.start and f.end <= end for f in self.figures.between(start, end))

    def _elided_names(self, second: tuple[int, int], count: int) -> list[list[TermMention]] | None:
        """*Headline and core CPI*, 整体和核心CPI, 美元、欧元、人民币在全球外汇储备中的占比: the
        ``count`` words before the name at ``second``, each after a list joiner, read with an
        ending they share with that name (*headline CPI*, 美元在全球外汇储备中的占比); a word that
        reads as no name gives no name. None when the words are not joined as a list."""
        text = self.text
        surface = text[second[0] : second[1]]
        tails = [surface[i:].lstrip() for i in range(1, len(surface)) if _tail_start(surface, i)]
        read: list[list[TermMention]] = []
        after = second[0]
        for _ in range(count):
            end = None  # where the joiner before the name after begins
            for pos in range(after - 1, max(-1, after - ELIDED_REACH), -1):
                if self._joined(pos, after):
                    end = pos
                elif end is not None:
                    break
            if end is None:
                return None
            names: list[TermMention] = []
            for length in range(1, ELIDED_REACH):
                start = end - length
                if start < 0 or not _item_char(text[start], self.cues.list_joiner_words):
                    break
                if start > 0 and _latin(text[start]) and _latin(text[start - 1]):
                    continue  # not from inside a word
                word = text[start:end]
                for tail in tails:
                    whole = f"{word} {tail}" if _latin(word[-1]) and _latin(tail[0]) else word + tail
                    names = [
                        TermMention(start, end, t.kind, t.id, whole)
                        for t in self.term_index.find(whole)
                        if t.start == 0 and t.end == len(whole)
                    ]
                    if names:
                        break
                if names:
                    break
            read.insert(0, names)
            after = self._item_start(end)
        return read

    def _item_start(self, end: int) -> int:
        """The start of the list item that ends at ``end`` (after the joiner before it)."""
        pos, joiners = end, self.cues.list_joiner_words
        while pos > 0 and pos > end - ELIDED_REACH and _item_char(self.text[pos - 1], joiners):
            pos -= 1
        return pos

    def _respective_time(self, draft: Draft) -> TimeMention | None:
        """A list of times, a word for "respectively" (`respectively`: 分别) and a list of as many
        figures: each figure takes the time in its place."""
        found = self._respective_run(draft)
        if found is None:
            return None
        cue, run = found
        m = draft.mention
        if cue.start() >= run[-1].end:
            # 3.1% and 3.9%, respectively, in January: a time right after the word dates the list
            after = self.times.between(cue.end(), cue.end() + RESPECTIVE_LEAD)
            gap = self.text[cue.end() : after[0].start] if after else None
            return after[0] if gap is not None and not gap.strip(" \t,，") else None
        times: list[TimeMention] = []
        for t in reversed(self.times.between(draft.sentence.start, cue.start())):
            if times:
                edge = times[0].start
                if t.end > edge or not self.cues.list_joiner.fullmatch(self.text, t.end, edge):
                    break
            elif t.end > cue.start() or not (
                self._names_only(t.end, cue.start()) or self._leads_to(t, cue.start(), draft)
            ):
                break
            times.insert(0, t)
        if len(times) == 1 and len(run) > 1 and times[0].whole_periods:
            # 2月至5月分别为-0.7%、-0.1%、-0.1%、-0.1%: a span of as many periods as figures
            times = _periods_of(times[0], len(run))
        if len(run) != len(times):
            return None
        return times[run.index(m)]

    def _paired_times(self, draft: Draft) -> TimeMention | None:
        """*5.4% and 5.2% in Q1 and Q2*: a list of figures followed, a short word at most between,
        by a list of as many times: each figure takes the time in its place."""
        run = self._figure_list(draft, self._joined)
        if len(run) < 2:
            return None
        later = [t for t in self.times.between(run[-1].end, draft.sentence.end) if t.start >= run[-1].end]
        if not later or _SHORT_WORD_GAP.fullmatch(self.text, run[-1].end, later[0].start) is None:
            return None
        times = [later[0]]
        for t in later[1:]:
            if len(times) == len(run) or not self._joined(times[-1].end, t.start):
                break
            times.append(t)
        if len(times) != len(run) or (
            len(later) > len(times) and self._joined(times[-1].end, later[len(times)].start)
        ):
            return None
        return times[run.index(draft.mention)]

    def _figure_list(self, draft: Draft, joined: Callable[[int, int], bool]) -> list[QuantityMention]:
        """The figures of the sentence listed with the figure, each joined to the next as ``joined``
        says of the text between them (the figure alone if none is; empty if it is not one of the
        sentence's figures)."""
        figures = self.figures.between(draft.sentence.start, draft.sentence.end)
        if draft.mention not in figures:
            return []
        first = last = figures.index(draft.mention)
        while first > 0 and joined(figures[first - 1].end, figures[first].start):
            first -= 1
        while last + 1 < len(figures) and joined(figures[last].end, figures[last + 1].start):
            last += 1
        return figures[first : last + 1]

    def _leads_to(self, time: TimeMention, b: int, draft: Draft) -> bool:
        """``time`` opens the sentence's first clause (or one after lead-ins with no figure or time),
        after a short name at most, and only words
        (a span of time among them) stand between it and ``b`` (7月和8月受毕业季影响，失业率分别升至
        5.2%和5.3%; 美国GDP在一季度和二季度连续两个季度为负，分别是…): the list of times the
        sentence is about."""
        first = time.start  # where the list of times ending with ``time`` begins (its 、 parts no clauses)
        for t in reversed(self.times.between(draft.sentence.start, time.start)):
            if t.end > first or not self.cues.list_joiner.fullmatch(self.text, t.end, first):
                break
            first = t.start
        lo = self.clause_of(draft.sentence, first, time.end)[0]
        start = draft.sentence.start
        return (
            # the first clause, or one after lead-ins with neither figure nor time (从更长的时间轴看，)
            (lo == start or not (self.figures.between(start, lo) or self.times.between(start, lo)))
            and (
                first - lo <= RESPECTIVE_LEAD
                or (first - lo <= RESPECTIVE_REACH and not self.figures.between(lo, first))
            )
            and b - time.end <= RESPECTIVE_LEAD_REACH
            and all(f.kind == K.DURATION for f in self.figures.between(time.end, b))
            and not self.times.between(time.end, b)
        )

    def _names_only(self, a: int, b: int) -> bool:
        """``[a, b)`` is a short stretch with no clause mark and no figure: nothing, or the
        name of what the listed figures measure (一季度和二季度GDP分别增长5.4%和5.2%)."""
        if b - a > RESPECTIVE_REACH or self._broken(a, b):
            return False
        return not any(a <= f.start < b for f in self.figures.between(a, b))

    def _broken(self, a: int, b: int) -> bool:
        """A clause mark stands in ``[a, b)``."""
        return any(ch in self.cues.clause_marks for ch in self.text[a:b])

    def _dates_figure_before(self, time: TimeMention, draft: Draft) -> bool:
        """A time before a change word or a word of sequence that comes before the figure dates the
        figure written between them (由9月份下降0.3%转为上涨0.2%: 9月份 is the -0.3%'s), unless
        another time stands between it and that figure (10月份…由9月份下降0.3%: 10月份 is not)."""
        to_word = self.cues.change_to.search(self.text, time.end, draft.mention.start)
        m = to_word or self.cues.sequence.search(self.text, time.end, draft.mention.start)
        if m is None:
            return False
        between = [
            f
            for f in self.figures.between(time.end, m.start())
            if f.end <= m.start() and not self._in_name(f)
        ]
        if not between:
            before = [f for f in self.figures.between(draft.clause[0], time.start) if f.end <= time.start]
            if to_word is None:
                return bool(before)  # fell 0.3% in September, after a 0.4% decline in August
            # from 58% in 2022 to 56.3%: the figure a change starts from, right before the time;
            # with none (失业率在4月达到6.1%后回落至8月的5.3%; …cut to 4.00%-4.25% and October's to
            # 3.75%-4.00%) the time is the figure's own
            if not before or len(self.text[before[-1].end : time.start].strip()) > FROM_TIME_GAP:
                return False
            lo = max(draft.clause[0], before[-1].start - CHANGE_WORD_REACH)
            return bool(self.cues.change_from_before.search(self.text, lo, before[-1].start))
        return not self.times.between(time.end, between[0].start)

    def _in_name(self, figure: QuantityMention) -> bool:
        """The figure is written inside an indicator's name (the 16—24 of 16—24岁的失业率)."""
        return any(
            t.start <= figure.start and figure.end <= t.end
            for t in self.indicators.between(figure.start, figure.end)
        )

    def _dates_from_figure(self, time: TimeMention, draft: Draft) -> bool:
        """``time`` stands in the figure's clause right after a figure a change starts from (a
        from-word before it), with the change's to-word between it and this figure: it dates the
        from-figure (from nearly $9 trillion in spring 2022 to about $6.6 trillion now)."""
        if not (draft.clause[0] <= time.start and time.end <= draft.mention.start):
            return False
        before = [f for f in self.figures.between(draft.clause[0], time.start) if f.end <= time.start]
        if not before or self.cues.change_to.search(self.text, time.end, draft.mention.start) is None:
            return False
        lo = max(draft.clause[0], before[-1].start - CHANGE_WORD_REACH)
        return bool(self.cues.change_from_before.search(self.text, lo, before[-1].start))

    def _dates_earlier_clause(self, time: TimeMention, draft: Draft) -> bool:
        """继上年达到134.9万亿元之后，又迈上140万亿元: a time of the figure's sentence, in an earlier
        clause, that dates a figure written before a word of sequence (`sequence_words`: 之后), or
        that follows the figure a change starts from, is that figure's, not one after it."""
        # …the clause before a semicolon is the same sentence (…from $903.5 billion in 2024; the goods
        # gap alone was $1.24 trillion)
        prev = self._semicolon_before(draft.sentence)
        lo = prev.start if prev is not None else draft.sentence.start
        if time.start < lo or time.end > draft.clause[0]:
            return False
        # …unchanged from $903.5 billion in 2024, as the goods gap widened to $1.24 trillion: a time
        # right after the figure a change starts from dates that figure
        before = [f for f in self.figures.between(lo, time.start) if f.end <= time.start]
        if before:
            reach = max(lo, before[-1].start - CHANGE_WORD_REACH)
            if self._written_after(before[-1], time) and self.cues.change_from_before.search(
                self.text, reach, before[-1].start
            ):
                return True
            # rose 7% in July, after 8.6% in June, and the surplus was $84.65 billion: a time right
            # after a figure a word of sequence leads (after, following) dates that figure
            led = self.cues.sequence.search(self.text, max(lo, before[-1].start - 12), before[-1].start)
            if (
                led is not None
                and not self.text[led.end() : before[-1].start].strip()
                and self._written_after(before[-1], time)
            ):
                return True
        if time.start < draft.sentence.start:
            return False  # a word of sequence counts within the figure's own sentence only
        found = self.cues.sequence.search(self.text, time.end, draft.mention.start)
        if found is None:
            return False
        return any(f.end <= found.start() for f in self.figures.between(time.end, found.start()))

    def _bound_to_earlier(self, draft: Draft, time: TimeMention) -> bool:
        """``time`` is written on to a figure a comparison is made with (below July's 5.4%,
        比1月的6.4%和12月的6.5%), or right after the second of two figures listed each with its own
        time (5.5% for the year and 6.6% in December alone), in a clause of the sentence before the
        figure's."""
        if time.end > draft.clause[0] or time.start < draft.sentence.start:
            return False
        before = [f for f in self.figures.between(draft.sentence.start, time.start) if f.end <= time.start]
        if len(before) > 1 and self._written_after(before[-1], time):
            # 5.5% for the year and 6.6% in December alone, even as shipments fell 20%: the second
            # of two figures listed each with its own time holds December
            first, second = before[-2], before[-1]
            own = [t for t in self.times.between(first.end, second.start) if t.end <= second.start]
            if own and self.cues.list_joiner.fullmatch(self.text, own[-1].end, second.start):
                return True
        bound = next(iter(self.figures.between(time.end, draft.clause[0])), None)
        if bound is None or bound.start < time.end or bound.end > draft.clause[0]:
            return False
        gap = self.text[time.end : bound.start]
        if gap.strip() and self.cues.name_after.fullmatch(gap) is None:
            return False
        listed = [
            f for f in self.figures.between(bound.start, draft.mention.start) if f.end <= draft.mention.start
        ]
        ends = [f.end for f in listed]
        starts = [f.start for f in listed[1:]] + [draft.mention.start]
        if all(
            a < b and self.cues.list_joiner.fullmatch(self.text, a, b)
            for a, b in zip(ends, starts, strict=True)
        ):
            return False  # 都比2月的2.8%、3.1%下降: the figures listed with the bound one share its time
        lo = self.clause_of(draft.sentence, time.start, time.end)[0]
        return self.cues.level_comparison.search(self.text, lo, time.start) is not None

    def _column_time(self, draft: Draft) -> TimeMention | None:
        """The time in the header cell of the table column the figure stands in, when its row names
        none of its own; of several (6月/二季度), the one of the metric's frequency. Only a time
        written out counts (本月（10月）: October)."""
        cell = self._column_header(draft.mention.start)
        if cell is None or any(
            f.end <= cell[1] and not _OPEN_BRACKET.search(self.text, cell[0], f.start)
            for f in self.figures.between(*cell)
        ):
            return None  # 日本　1兆2,662億美元（4月：1兆2,768億）above: a row of figures, no header
        # a relative header (本月, 去年同期) is read as before: by the words for earlier values
        in_cell = [
            t
            for t in self.times.between(*cell)
            if t.end <= cell[1] and _NUMBERED.search(self.text, t.start, t.end) is not None
        ]
        if not in_cell:
            return None
        row_start = self.text.rfind("\n", 0, draft.mention.start) + 1
        in_row = self.times.between(row_start, draft.mention.start)
        own = [t for t in in_row if _NUMBERED.search(self.text, t.start, t.end) is not None]
        if own:
            # 城镇调查失业率（10月）  5.1%: the row's own time; 四季度GDP同比 | 5.4% under a column
            # headed 2024年: a part of a year the row names without one is in the column's year
            return self._in_header_year(own[-1], in_cell)
        # 年底外汇储备 | 3.2万亿美元 under 2024年: the end of the column's year
        parts = [t for t in in_row if t.granularity in (Granularity.RANGE, Granularity.HALF)]
        moved = self._in_header_year(parts[-1], in_cell) if parts else None
        if moved is not None:
            return moved
        frequency = self.refdata.indicators[draft.metric.id].frequency if draft.metric else None
        wanted = _GRANULARITY_OF.get(frequency or "")
        return next((t for t in in_cell if t.granularity == wanted), in_cell[0])

    @staticmethod
    def _in_header_year(row_time: TimeMention, in_cell: list[TimeMention]) -> TimeMention | None:
        """A row's time without a year (四季度, 10月), moved into the one year its column header
        names; None when the row's time has a year of its own or the header names no one year."""
        years = [t for t in in_cell if t.granularity == Granularity.YEAR]
        if (
            not row_time.relative
            or len(years) != 1
            or row_time.granularity not in _ROW_PARTS_OF_YEAR
            or row_time.begin.year != (row_time.until - dt.timedelta(days=1)).year
            or row_time.begin.day != 1
            or row_time.until.day != 1
        ):
            return None
        shift = years[0].begin.year - row_time.begin.year
        return replace(
            row_time,
            begin=row_time.begin.replace(year=row_time.begin.year + shift),
            until=row_time.until.replace(year=row_time.until.year + shift),
            relative=False,
            anchor=None,
        )

    def _after_sequence_word(self, draft: Draft, time: TimeMention) -> bool:
        """…leaving the target range at 3.50% to 3.75% after three cuts in September, October and
        December: a time after the figure and a word of sequence (`sequence_words`) is the earlier
        event's, not the figure's period."""
        if time.start < draft.mention.end:
            return False
        return self.cues.sequence.search(self.text, draft.mention.end, time.start) is not None

    def _named_before_semicolon(self, draft: Draft, own: set[str]) -> bool:
        """One of ``own`` is named in the sentence before the figure's, which ended with a semicolon."""
        before = self._semicolon_before(draft.sentence)
        return before is not None and any(
            self._entity_country(e.id) in own or e.id in own
            for e in self.entities.between(before.start, before.end)
        )

    def _semicolon_before(self, sentence: Sentence) -> Sentence | None:
        """The sentence before ``sentence``, when it ended with a semicolon (a clause of the same
        sentence, cut off only by the segmenter)."""
        ended = sentence.start - 1
        while ended >= 0 and self.text[ended].isspace():
            ended -= 1
        if ended < 0 or self.text[ended] not in ";；":
            return None
        return self.sentences[self.sentence_of(ended)]

    def _release_date(self, draft: Draft, time: TimeMention) -> bool:
        """统计局昨日公布的…失业率, *September CPI (released Oct. 24)*: a day right after or right
        before a word of releasing (`release_words`, `release_words_before`) is when
        the figure came out, not its period, for a series of months, quarters or years (a day is
        the period of a rate decision or of the debt on that day). So is a month counted from the
        document date (一季度GDP月底才公布, 上月公布的)."""
        if (
            time.granularity == Granularity.MONTH
            and self.text[time.start : time.end].lower() in time_grammar().tables.relative_words
        ):
            # 一季度GDP月底才公布, 上月公布的: a month counted from the document date (not 7月公布出来是
            # 23%, the July figure's release)
            return self.cues.release_after.match(self.text, time.end) is not None
        if (
            time.granularity == Granularity.MONTH
            and draft.metric is not None
            and self.refdata.indicators[draft.metric.id].frequency in _COARSER_THAN_MONTHS
        ):
            # 把去年经济成长率由5月时公布的4.84%上修: a month is no period of a yearly series; before a
            # word of releasing it is when the figure came out
            return self.cues.release_after.match(self.text, time.end) is not None
        if time.granularity != Granularity.DAY or draft.metric is None:
            return False
        if self.refdata.indicators[draft.metric.id].frequency in _DAY_PERIODS:
            return False
        return (
            self.cues.release_after.match(self.text, time.end) is not None
            or self.cues.release_before.search(self.text, max(0, time.start - 16), time.start) is not None
        )

    def _from_figure_between(self, draft: Draft, time: TimeMention) -> bool:
        """*shrunk to $6.6 trillion from a peak of $9 trillion in 2022*: a time after a later figure
        that a change starts from (`change_from`) dates that figure, not this one."""
        if time.start < draft.mention.end:
            return False
        return any(
            self.cues.change_from_before.search(
                self.text, max(draft.mention.end, q.start - CHANGE_WORD_REACH), q.start
            )
            for q in self.figures.between(draft.mention.end, time.start)
        )

    def _began_before_from(self, draft: Draft, time: TimeMention) -> bool:
        """*Three years ago, the Fed began raising rates from near zero to 5.25%*: a time before a
        word of beginning (`began_words`) a change from a figure to this one dates the start, not
        the level reached."""
        if time.end > draft.mention.start or time.start < draft.sentence.start:
            return False
        # in the figure's own clause (not 3月，美联储开启了加息周期，当时把利率从0—0.25%上调至0.25%—0.5%)
        began = self.cues.began.search(self.text, max(time.end, draft.clause[0]), draft.mention.start)
        if began is None:
            return False
        return any(
            q.end <= draft.mention.start
            and self.cues.change_from_before.search(
                self.text, max(began.end(), q.start - CHANGE_WORD_REACH), q.start
            )
            for q in self.figures.between(began.end(), draft.mention.start)
        )

    def _earlier_from_end(self, draft: Draft, time: TimeMention) -> bool:
        """从6月的2.9%跳到3.1%, *rose from 2.9% in June to 3.1%*: a time written with the start of
        a change (between its from-word and its figure, or right after the figure) is that
        figure's, not the change's end's."""
        if time.end > draft.mention.start:
            return False
        text = self.text
        if self.cues.change_from_right_before.search(text, max(0, time.start - 8), time.start):
            start = self.figures.between(time.end, draft.mention.start)
            if start and self._base_value_gap(text[time.end : start[0].start].strip()):
                return True
            first = start[0].start if start else draft.mention.start
            if self.cues.change_to_before.search(text, time.end, first) and not self.cues.start_after.match(
                text, time.end
            ):  # (not 从年中开始降息，降到4.75%: the start of a span)
                # 从8月的高点回落至17.7%，但仍比去年同期的17.6%: the peak it fell from is August's,
                # not the 17.7%'s nor the later figures'
                return True
        before = [q for q in self.figures.between(max(0, time.start - 40), time.start) if q.end <= time.start]
        if not before or text[before[-1].end : time.start].strip():
            return False
        start = before[-1].start
        return self.cues.change_from_right_before.search(text, max(0, start - 8), start) is not None

    def _bracketed_time(self, draft: Draft, times: list[TimeMention]) -> TimeMention | None:
        """The one time in a short bracket right after the figure that holds no other figure:
        2.7%（7月）, 4.3% (August), 345.7万亿美元（IIF，截至2025年三季度末）."""
        m = draft.mention
        gap = len(self.text[m.end : m.end + 2]) - len(self.text[m.end : m.end + 2].lstrip())
        for a, b in self._parens(draft.sentence):
            if a != m.end + gap or b - a > BRACKET_REACH or self.figures.between(a, b):
                continue
            inside = [t for t in times if a < t.start and t.end <= b]
            return inside[0] if len(inside) == 1 else None
        return None

    def _earlier_value(self, draft: Draft) -> None:
        """*down from $1.82 trillion a year earlier*: a level followed by words for a year (or a
        period) before is the value of that earlier period, not of the time that governs it."""
        m = draft.mention
        if draft.time is None or m.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT):
            return
        if draft.is_change:
            if self._year_ago_change(draft):
                draft.earlier = "year"
            return
        if self.cues.value_year_earlier_before.search(self.text, max(draft.clause[0], m.start - 12), m.start):
            # 8月份…为18.9%，去年同期为18.8%: the year-ago value of the sentence's period; of which
            # one, when the sentence states several (8月份…，7月份…，去年同期), is not said
            stated = {
                (t.begin, t.until)
                for t in self.times.between(draft.sentence.start, m.start)
                if t.end <= m.start and not self._base(t) and not self._release_date(draft, t)
            }
            if len(stated) == 1:
                draft.earlier = "year"
            else:
                _some_earlier_value(draft)
            return
        if draft.time.start > m.start:
            return  # a time written after the figure is its own (…a year earlier, in 2024)
        if self.cues.value_year_earlier.match(self.text, m.end, draft.clause[1]):
            draft.earlier = "year"
        elif self.cues.value_period_earlier.match(self.text, m.end, draft.clause[1]):
            draft.earlier = "period"
        else:
            return
        # fell to 56.32% in the second quarter, down from 57.79% in Q1 and nearly 59% a year
        # earlier: a year before the period the change ends in, not before its other start's
        start = self._from_figure_dated(draft.time)
        if start is not None:
            main = [
                t
                for t in self.times.between(draft.sentence.start, start)
                if t.end <= start and not self._base(t)
            ]
            if main:
                draft.time = main[-1]

    def _from_figure_dated(self, time: TimeMention) -> int | None:
        """Where the from-word stands of a change's start that ``time`` is written right after
        (*down from 57.79% in Q1*), or None."""
        text = self.text
        before = [q for q in self.figures.between(max(0, time.start - 40), time.start) if q.end <= time.start]
        if not before or not self._base_value_gap(self._without_times(before[-1].end, time.end).strip()):
            return None
        found = self.cues.change_from_right_before.search(
            text, max(0, before[-1].start - 12), before[-1].start
        )
        return found.start() if found is not None else None

    def _year_ago_change(self, draft: Draft) -> bool:
        """第一季GDP年增18.3%，去年同期衰退6.8%: the words for the same period a year before, then
        the change word, with no comparison word before them (比去年同期下降 is a base), date the
        change a year before the period that governs it."""
        lo = draft.clause[0]
        found = self.cues.year_ago_change.search(
            self.text, max(lo, draft.mention.start - 16), draft.mention.start
        )
        return found is not None and not self.cues.comparison_before.search(
            self.text, max(lo, found.start() - 12), found.start()
        )

    def _previous_column(self, draft: Draft) -> None:
        """A figure in a table's column of previous values (a header `previous_column`: 前值), or
        labelled one (*(previous: 3.75%-4.00%)*, 前值：5.2%), in a row dated by its own time
        before the figure (城镇调查失业率（10月）  5.1%  5.2%), is the value of the period before
        that time; in a row with no time of its own, some earlier value, not the latest. Cells
        are parted by two spaces or a tab, and the header is the first line of the block of rows."""
        m = draft.mention
        if draft.earlier or draft.is_change:
            return
        row_start = self.text.rfind("\n", 0, m.start) + 1
        cell = self._header_text(m.start)
        labelled = self.cues.previous_label.search(self.text, max(row_start, m.start - 16), m.start)
        year_ago = labelled is None and cell is not None and self.cues.year_ago_column.fullmatch(cell)
        dated = False  # the header names the column's time besides its word (前值（9月）)
        if (
            labelled is None
            and not year_ago
            and (cell is None or not self.cues.previous_column.fullmatch(cell))
        ):
            words = self._header_words(m.start)
            if words is None or words == cell or not self.cues.previous_column.fullmatch(words):
                return  # neither in a column of previous values nor labelled one (previous: 3.75%)
            dated = True
        if labelled is not None and draft.time is not None and draft.time.start >= labelled.start():
            return  # the label is the time (前值：0.0%): already the period before the one stated
        if (
            draft.time is not None
            and draft.time.start >= m.end
            and self.text[m.end : draft.time.start].strip() in ("(", "（")
        ):
            return  # 4.4% (Dec): the cell's own time in brackets, already the period before
        if dated and self._header_time_taken(draft, row_start):
            return
        if draft.time is not None and row_start <= draft.time.start < m.start:
            draft.time = self._row_time(row_start, m.start) or draft.time
            draft.earlier = "year" if year_ago else "period"
        else:
            _some_earlier_value(draft)

    def _year_ago_lead(self, draft: Draft) -> None:
        """去年同期，三季度GDP同比增长4.9%: a sentence opening with a clause that only says "a year
        before" (`year_ago_column`) gives its rates and levels the period a year before their time's.
        A change in points there (比二季度回落1.4个百分点) is between periods the sentence does not
        date: it keeps no time."""
        if draft.earlier or draft.time is None:
            return
        start = draft.sentence.start
        lead_end = self.clause_of(draft.sentence, start, start)[1]
        if (
            lead_end > draft.clause[0]
            or self.text[lead_end : lead_end + 1] not in ("，", ",")
            or self.figures.between(start, lead_end)
            or _WRITTEN_YEAR.search(self.text, draft.time.start, draft.time.end)  # 一年前，也就是2024年9月
        ):
            return
        if self.cues.year_ago_column.fullmatch(self.text[start:lead_end].strip(" \t，,:：")):
            if draft.mention.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT):
                draft.time = None
            else:
                draft.earlier = "year"

    def _header_time_taken(self, draft: Draft, row_start: int) -> bool:
        """A column of previous values whose header names its time (前值（9月）) dates its cells by
        that time: its own, or the row's running total through it (1—10月出口累计同比 under
        前值（9月）: January to September)."""
        cell = self._column_header(draft.mention.start)
        time = draft.time
        if cell is None or time is None:
            return False
        own = [t for t in self.times.between(*cell) if t.end <= cell[1]]
        if not own:
            return False
        if time in own:
            return True
        header = own[-1]
        if not row_start <= time.start < draft.mention.start:
            return False
        if (
            time.begin.month == 1
            and time.begin.day == 1
            and time.begin < header.begin
            and header.until < time.until
        ):
            draft.time = replace(time, until=header.until)  # a running total through the header's month
            return True
        if header.until == time.begin and header.granularity == time.granularity:
            draft.time = header  # the period before the row's, as the header names it
            return True
        return False

    def _split_run_cells(self, row: list[tuple[int, int]], missing: int) -> list[tuple[int, int]]:
        """A row with fewer cells than its header, where a cell runs into the next one with a single
        space (中国GDP年增率（2025年第四季） 4.5%, -0.1%(3月) 0.1%(6月)): split before each figure that
        follows one space inside a cell, up to the cells missing."""
        out: list[tuple[int, int]] = []
        for a, b in row:
            for f in self.figures.between(a, b):
                if missing and a < f.start < b and f.end <= b and self.text[f.start - 1] in " \u3000":
                    out.append((a, f.start - 1))
                    a, missing = f.start, missing - 1
            out.append((a, b))
        return out

    def _row_time(self, row_start: int, start: int) -> TimeMention | None:
        """The time of a table row's first (latest) figure, for a figure at ``start`` further on:
        the last time before that figure (CPI同比（Q3）  4.9%  7.9%), or one right after it in its
        cell (| 4.8% (Jun) | 5.3% (May) | 5.9% |: June, not the previous value's May)."""
        figures = [f for f in self.figures.between(row_start, start) if f.end <= start]
        if not figures:
            return None
        first = figures[0]
        before = self.times.between(row_start, first.start)
        if before:
            return before[-1]
        stop = figures[1].start if len(figures) > 1 else start
        return next(iter(self.times.between(first.end, stop)), None)

    def _column_header(self, start: int) -> tuple[int, int] | None:
        """Where the header cell of the table column a figure at ``start`` stands in is, when it
        stands in a row of a table (cells parted by two spaces or a tab). A header with one cell
        fewer than the row has none over the first column (*      Month-over-month   Year-over-year*)."""
        if start in self._headers:  # asked for a figure's metric, base and column of previous values
            return self._headers[start]
        self._headers[start] = found = self._find_column_header(start)
        return found

    def _table_row(self, start: int) -> tuple[int, int] | None:
        """The line a figure at ``start`` stands in, when it is a table row (it has cells)."""
        text = self.text
        row_start = text.rfind("\n", 0, start) + 1
        row_end = text.find("\n", start)
        row_end = len(text) if row_end < 0 else row_end
        if _CELL_GAP.search(text, row_start, row_end) is None:
            return None
        return row_start, row_end

    def _header_and_row(self, start: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]] | None:
        """The cells of the header of the table a figure at ``start`` stands in, and of its row."""
        line = self._table_row(start)
        header = self._table_header(line[0]) if line is not None else None
        if line is None or header is None:
            return None
        return _cells(self.text, *header), _cells(self.text, *line)

    def _find_column_header(self, start: int) -> tuple[int, int] | None:
        found = self._header_and_row(start)
        if found is None:
            return None
        cells, row = found
        if len(row) < len(cells):
            row = self._split_run_cells(row, len(cells) - len(row))
        unlabelled = len(row) - len(cells)  # 1: no header over the first column
        if unlabelled not in (0, 1) or len(cells) < 2:
            return None
        at = next((i for i, (a, b) in enumerate(row) if a <= start < b), -1)
        if at <= 0:
            return None  # the first cell labels its row (and forum posts aligned by spaces are no table)
        column = at - unlabelled
        return cells[column] if 0 <= column < len(cells) else None

    def _shared_unit(self, m: QuantityMention, sentence: Sentence) -> LabelUnit | None:
        """4.4 percent in December, down from (4.6) in November; from (4.3) to 4.4 percent: the
        unit and magnitude a bare number shares with the figure it is compared with in its
        sentence (see `unit_sharing_connectors`). After a change (fell 0.5% from 104.2) *from*
        names a level: no unit is shared then."""
        text = self.text
        before = [q for q in self.figures.between(sentence.start, m.start) if q.end <= m.start]
        if before and before[-1].kind in _SHARING_KINDS and self._may_share(before[-1], m):
            figure = before[-1]
            gap = self._without_times(figure.end, m.start)
            if self.cues.unit_shared_after.fullmatch(gap) and not (
                self.cues.change_from_before.search(gap) and self._is_change_amount(figure)
            ):
                return self._unit_of(figure, m)
        after = self.figures.between(m.end, sentence.end)
        if (
            after
            and after[0].kind in _SHARING_KINDS
            and self._may_share(after[0], m)
            and self.cues.change_from_right_before.search(text, max(sentence.start, m.start - 8), m.start)
            and self.cues.unit_shared_before.fullmatch(self._without_times(m.end, after[0].start))
        ):
            return self._unit_of(after[0], m)
        return None

    @staticmethod
    def _may_share(figure: QuantityMention, bare: QuantityMention) -> bool:
        """A bare number with a magnitude of its own (12 million) takes no rate's unit from the
        figure next to it: 5.5% and more than 12 million (new jobs) is no 12 million percent."""
        return bare.scale is None or figure.kind not in _RATE_KINDS

    def _is_change_amount(self, figure: QuantityMention) -> bool:
        """The figure is the size of a change (fell 0.5%, rose 1.2%), a word of change right before it."""
        lo = max(0, figure.start - 24)
        return bool(
            self.cues.increase_before.search(self.text, lo, figure.start)
            or self.cues.decrease_before.search(self.text, lo, figure.start)
        )

    @staticmethod
    def _unit_of(figure: QuantityMention, bare: QuantityMention) -> LabelUnit:
        """The figure's unit, with its magnitude unless the bare number has one of its own."""
        factor = figure.scale if figure.scale is not None and bare.scale is None else Decimal(1)
        return LabelUnit(figure.kind, figure.unit, factor)

    def _without_times(self, start: int, end: int) -> str:
        """The text between two offsets with the time expressions in it left out."""
        return _text_without(self.text, self.times.between(start, end), start, end)

    def _header_text(self, start: int) -> str | None:
        """The text of the header cell over a figure at ``start`` (see :meth:`_column_header`)."""
        cell = self._column_header(start)
        return None if cell is None else self.text[cell[0] : cell[1]]

    def _row_label(self, start: int) -> str | None:
        """The first cell of the table row a figure at ``start`` stands in, after that cell."""
        row = self._table_row(start)
        if row is None:
            return None
        cells = _cells(self.text, *row)
        if len(cells) < 2 or start < cells[1][0]:
            return None
        return self.text[cells[0][0] : cells[0][1]]

    def _table_header(self, row_start: int) -> tuple[int, int] | None:
        """The first line of the block of table rows (lines with cells) the row at ``row_start``
        belongs to, when it is another line."""
        text, start = self.text, row_start
        top = row_start  # the first line with cells: a rule line (-----) between lines is skipped
        while start > 0:
            above = text.rfind("\n", 0, start - 1) + 1
            if _RULE_LINE.fullmatch(text, above, start - 1):
                start = above
                continue
            if _CELL_GAP.search(text, above, start - 1) is None:
                break
            start = top = above
        if top == row_start:
            return None
        end = text.find("\n", top)
        return top, end

    def _base(self, time: TimeMention) -> bool:
        """A time a figure is compared with (比上月下降0.1个百分点, higher than in 2024) is the
        comparison's base, not the figure's own period; so is one inside the words for a base
        (from the previous month, 上年同期). Decided once per time: every figure near it asks."""
        known = self._bases.get(time.start)
        if known is None:
            known = self._bases[time.start] = self._is_base(time)
        return known

    def _opens_undated_span(self, draft: Draft) -> bool:
        """The figure's sentence, or a clause of it before the figure, opens with words dating it a
        span before or after a time not given (`undated_span`: *A decade earlier,*, 一年下来)."""
        text, start = self.text, draft.mention.start
        if self.cues.undated_span.search(text, draft.sentence.start, start) is None:
            return False
        opens = [draft.sentence.start] + [
            i + 1 for i in range(draft.sentence.start, start) if text[i] in self.cues.clause_marks
        ]
        return any(self.cues.undated_span.match(text, _skip_spaces(text, at), start) for at in opens)

    def _since_start(self, draft: Draft) -> None:
        """*taken 175bp off since September 2024, when the range stood at…*: a period written as a
        record's start before a when-clause is read as that period (the when-clause's figures are
        of it); any other figure it dates runs from its start to the document date."""
        t = draft.time
        if (
            t is None
            or t.granularity == Granularity.RANGE
            or self.cues.since_before.search(self.text, max(0, t.start - 10), t.start) is None
            or self.cues.record_when.match(self.text, t.end) is None
            or draft.mention.start > t.end
        ):
            return
        anchor = self.doc.anchors.at(t.start)
        if t.begin < anchor:
            draft.time = replace(t, until=anchor, granularity=Granularity.RANGE, relative=True)

    def _own_base(self, draft: Draft, time: TimeMention) -> bool:
        """较一季度的57.79%, 较上一财年的1.817万亿美元: the base's own figure, written right after
        the base's time (a 的 between, or a word of revision: 比2024年修订后的9035亿美元), has that
        time as its period; so has one the time is the subject of (上月为下降0.3%), also with the
        name of what it measures between (不如7月整体出口年增7.2%的水准). So has each figure of a
        list that begins with such a figure (都比2月的2.8%、3.1%下降)."""
        start = draft.mention.start
        if time.end > start:
            return False
        listed = [f for f in self.figures.between(time.end, start) if f.end <= start]
        if listed and all(
            a.end < b and self.cues.list_joiner.fullmatch(self.text, a.end, b)
            for a, b in zip(listed, [f.start for f in listed[1:]] + [start], strict=True)
        ):
            start = listed[0].start
        edge = self.cues.period_edge_after.match(self.text, time.end, start)
        between = self.cues.reason_insert.sub(
            "", self.cues.revised.sub("", self.text[edge.end() if edge else time.end : start])
        ).strip()
        if self._base_value_gap(between) or self._joined_to_figure(time.end, start):
            return True
        if between in self.cues.name_adverb_words:
            return True  # 远高于2023年仅1.28%的表现: an adverb between the base's time and its figure
        when = self.cues.record_when.match(self.text, time.end, start)
        if when is not None and not any(
            mark in self.text[when.end() : start] for mark in self.cues.clause_marks
        ):
            return True  # the fastest since March, when they grew 12.4%: the when-clause is March's
        unnamed = self._without_names(time.end, start).strip()
        if unnamed != between and _SHORT_MODIFIER.fullmatch(unnamed):
            return True  # 7月(整体)出口年增7.2%: the time, a name of what it measures, the figure
        if self.cues.peak_before.fullmatch(between) is not None:
            return True  # 较2022年高峰近9万亿美元: the base's peak
        # 上月为下降0.3%, 比5月的年减34.5%: a copula or a 的, then perhaps the change's word
        changes = (self.cues.decrease_before, self.cues.increase_before)
        for lead in (self.cues.parallel_copula, self.cues.name_after):
            found = lead.match(between)
            if found is None or found.end() == 0:
                continue
            rest = between[found.end() :]
            if lead is self.cues.name_after and self.cues.peak_after.match(rest) is not None:
                continue  # 比去年6月的峰值回落了6个百分点: a fall from the base's peak, not its figure
            if rest == "" or any(_word_ends(c, rest) for c in changes):
                return True
        return False

    def _base_value_gap(self, gap: str) -> bool:
        """``gap`` (stripped) may stand between a base's time and the base's own figure: nothing, a 的
        (较一季度的57.79%), a demonstrative (比4月中那个28%), a peak word (由4月中旬高峰的28%, from
        its April peak of 28%) or an opening bracket (较上月（-0.4%）)."""
        return (
            gap in ("", "(", "（")
            or self.cues.name_after.fullmatch(gap) is not None
            or self.cues.base_demonstrative.fullmatch(gap) is not None
            or self.cues.peak_before.fullmatch(gap) is not None
        )

    def _without_names(self, a: int, b: int) -> str:
        """The text of ``[a, b)`` with the names of indicators in it left out."""
        return _text_without(self.text, self.indicators.between(max(0, a - 24), b), a, b)

    def _is_base(self, time: TimeMention) -> bool:
        if self.cues.base_before.search(self.text, max(0, time.start - 20), time.start) is not None:
            return True
        if self._from_time(time, after_figure=True):
            return True  # rose 1.3% from May: the month a change is measured from
        if self.cues.base_after.match(self.text, time.end) is not None:
            return True  # 与6月持平
        if time.granularity == Granularity.YEAR and self.cues.base_effect_after.match(self.text, time.end):
            return True  # 在上年低基数作用下: the year whose level is the base
        if (
            self.cues.record_after.match(self.text, time.end) is not None
            and time.granularity not in _RECORD_OWN_PERIODS
            # 由年初高位6.8%回落: a part of a year no longer than a quarter names a moment, not a span
            and not (
                time.granularity == Granularity.RANGE and (time.until - time.begin).days <= RECORD_OWN_DAYS
            )
        ) or self.cues.record_span_after.match(self.text, time.end) is not None:
            return True  # 为2021年2月以来最小增幅, 创今年新低, 创去年12月新口径实施以来新高
        record = self.cues.record_before.search(
            self.text, max(0, time.start - 40), min(time.end, time.start + RECORD_SINCE_INSIDE)
        )
        if record is not None and record.end() >= time.start - 1:
            return True  # the smallest increase since February 2021 (since before the time, or in it)
        own = next(iter(self.figures.between(time.end, time.end + 16)), None)
        if (
            own is not None
            and self._joined_to_figure(time.end, own.start)
            and self.cues.base_after.match(self.text, own.end) is not None
        ):
            # 与2024年的134.9万亿元相比, 与2023年全年平均的5.2%持平: the base with its own figure
            return True
        before = [t for t in self.times.between(max(0, time.start - 24), time.start) if t.end == time.start]
        if before and self._base(before[-1]):
            return True  # 与2023年全年平均的5.2%持平: a time written on to a base's time
        lo, hi = max(0, time.start - 24), min(len(self.text), time.end + 8)
        return any(
            m.start() < time.end and time.start < m.end()
            for cue in (self.cues.base_previous, self.cues.base_year_ago)
            for m in cue.finditer(self.text, lo, hi)
        )

    def _joined_to_figure(self, a: int, b: int) -> bool:
        """``text[a:b]``, between a time and a figure, joins them: a 的 (`name_after`), perhaps after
        a few words of the same clause (全年平均的)."""
        if self.cues.name_after.fullmatch(self.text, a, b) is not None:
            return True
        if any(ch in self.cues.clause_marks for ch in self.text[a:b]):
            return False
        if b - a <= _REFINED_WORDS and self.cues.time_refined.fullmatch(self.text, a, b) is not None:
            return True  # 比2020年疫情最严重的时候的132%: words narrowing the time, then 的
        if b - a > _JOINED_WORDS:
            return False
        if self.cues.value_year_earlier_before.search(self.text, max(0, a - 8), b) is not None:
            return False  # 去年同期的5.0%: the year-earlier value of the period that governs it
        return any(self.cues.name_after.fullmatch(self.text, i, b) is not None for i in range(a + 1, b))

    def _broken_off(self, draft: Draft, time: TimeMention) -> bool:
        """A time after a colon, a semicolon or a dash that follows the figure (法案通过众议院一事：回顾
        今年3月; 跨越130万亿元、140万亿元两个台阶——2024年GDP为134.9万亿元)."""
        if time.start < draft.mention.end:
            return False
        between = self.text[draft.mention.end : time.start]
        return any(mark in between for mark in self.cues.clause_breaks)

    def _next_figure_time(self, draft: Draft, time: TimeMention, in_clause: list[TimeMention]) -> bool:
        """The time stands after the figure, nearer the next figure of the clause, which has no
        time after it (*fell 0.3% in September after a 0.4% decline in August* dates each figure
        by the time after it)."""
        if time.start < draft.mention.end:
            return False
        following = self.figures.between(time.end, draft.clause[1])
        return (
            bool(following)
            and self._distance(time, following[0]) < self._distance(time, draft.mention)
            and not any(t.start >= following[0].end for t in in_clause)
        )

    @staticmethod
    def _distance(time: TimeMention, mention: QuantityMention) -> int:
        return mention.start - time.end if time.end <= mention.start else time.start - mention.end

    def _attribution(self, draft: Draft, earlier: list[Sentence]) -> None:
        sentence = draft.sentence
        here = self.attributions.between(sentence.start, sentence.end)
        strong = [a for a in here if a.strength.value == "strong"]
        if strong or here:
            pick = strong or here
            draft.attribution = min(pick, key=lambda a: abs(a.start - draft.mention.start))
            return
        for s in earlier[1:]:
            strong = [a for a in self.attributions.between(s.start, s.end) if a.strength.value == "strong"]
            if strong:
                draft.attribution = strong[-1]
                return

    def _describes_other_record(self, draft: Draft, time: TimeMention) -> bool:
        """比8月18.9%的年内高点回落了2个百分点: a time between another figure (and 的) and a record
        word says what record that figure is, no period of the figures after it."""
        if self.cues.record_after.match(self.text, time.end) is None:
            return False
        return self._other_figure_ends_before(draft, time.start, _RECORD_GAP)

    def _other_figure_ends_before(self, draft: Draft, pos: int, gap: regex.Pattern[str]) -> bool:
        """A figure other than the draft's ends before ``pos`` with only ``gap`` between."""
        return any(
            f.start != draft.mention.start and f.end <= pos and gap.fullmatch(self.text, f.end, pos)
            for f in self.figures.between(max(0, pos - 40), pos)
        )

    def _bracketed_after_other(self, draft: Draft, time: TimeMention) -> bool:
        """| 5.0%(6月) | 5.2%(均值) |: a time alone in brackets right after another figure is that
        figure's own, no period of the figures around it (not 2%左右（去年为3%左右）, whose bracket
        holds a figure of its time, which it dates alone)."""
        text = self.text
        if text[time.end : time.end + 2].lstrip(" \t")[:1] in (")", "）"):
            return self._other_figure_ends_before(draft, time.start, _OPENING_GAP)
        # 中國　1兆784億美元（4月：1兆961億）: a bracket opened right after another figure, holding a
        # time and that figure's earlier value, is an aside; its time dates nothing outside it
        line_start = text.rfind("\n", 0, time.start) + 1
        opening = max(text.rfind("(", line_start, time.start), text.rfind("（", line_start, time.start))
        if opening < 0 or any(ch in ")）" for ch in text[opening : time.start]):
            return False
        line_end = text.find("\n", time.end)
        line_end = len(text) if line_end < 0 else line_end
        closing = min(
            (i for i in (text.find(")", time.end, line_end), text.find("）", time.end, line_end)) if i >= 0),
            default=-1,
        )
        # (grew 3.0% (August: 3.4%): nor the figure it follows), nor does a time labelling the
        # figure after it in brackets (rose 6.5% in September (August: 5.2%)) or starting an event
        return (
            closing >= 0
            and not opening < draft.mention.start < closing
            and (
                self._other_figure_ends_before(draft, opening + 1, _SPACED_OPENING)
                or _LABEL_COLON.match(text, time.end) is not None
                # 6月青年失业率：21.3%（7月起暂停公布）: nor a time an event in the bracket starts at
                or self.cues.start_after.match(text, time.end) is not None
            )
        )

    def _change_cell(self, start: int) -> bool:
        """The figure at ``start`` stands in a table column of changes (a header `change_column`)."""
        header = self._header_words(start)
        return header is not None and self.cues.change_column.fullmatch(header) is not None

    def _forecast_cell(self, draft: Draft) -> str | None:
        """The header word of a table's column of forecasts or goals the figure stands in (a header
        `forecast_column`, a time aside: 预期, 2025年目标, *consensus*), or the label it has
        (*consensus: 3.1%*, 预期：-0.2%); None when it has neither."""
        start = draft.mention.start
        row_start = self.text.rfind("\n", 0, start) + 1
        label = self.cues.forecast_label.search(self.text, max(row_start, start - 16), start)
        if label is not None:
            return label.group()
        header = self._header_words(start)
        if header is not None and self.cues.forecast_column.fullmatch(header):
            return header
        # 預測（2024年）  央行  主計總處（2月） over 經濟成長率  3.22%  3.43%: a table whose corner
        # cell is a word of forecasts holds forecasts in every column
        corner = self._corner_words(start) if header is not None else None
        return corner if corner is not None and self.cues.forecast_column.fullmatch(corner) else None

    def _corner_words(self, start: int) -> str | None:
        """The first cell of the header of the table a figure at ``start`` stands in, over the
        column of row labels, without its times."""
        found = self._header_and_row(start)
        if found is None:
            return None
        cells, row = found
        if len(cells) != len(row) or len(cells) < 2:
            return None
        return _EMPTY_BRACKETS.sub("", self._without_times(*cells[0])).strip()

    def _header_words(self, start: int) -> str | None:
        """The header cell over a figure at ``start`` without its times (2025年目标: 目标, 前值（9月）:
        前值)."""
        cell = self._column_header(start)
        return None if cell is None else _EMPTY_BRACKETS.sub("", self._without_times(*cell)).strip()

    def _modality(self, draft: Draft) -> None:
        cues, text = self.cues, self.text
        header = self._forecast_cell(draft)
        if header is not None:
            draft.modality = Modality.FORECAST
            draft.expectation = True  # what was expected of the release, not a released value
            goal = self.cues.goal.search(header)
            if goal is not None:  # | 2024年目标 | …3%左右: the target set for the row's indicator
                draft.expectation_word = goal.group()
                self._to_target(draft)
            return
        before = text[draft.sentence.start : draft.mention.start]
        if _inside_quote(text, draft.sentence, draft.mention.start) and cues.speech.search(before):
            # “CPI想回到1%以上，恐怕要等到明年下半年”: a forecast quoted is a forecast still
            draft.modality = (
                Modality.FORECAST if self._forecast(draft.clause, draft.mention.start) else Modality.QUOTED
            )
        elif cues.conditional.search(before) or cues.conditional_after.search(
            text, draft.mention.end, draft.clause[1]
        ):
            draft.modality = Modality.CONDITIONAL
        elif any(
            # …fell 0.1% in May: a hedge word that is part of a time (May) hedges nothing
            not any(
                t.start <= m.start() and m.end() <= t.end
                for t in self.times.between(max(0, m.start() - 24), m.end())
            )
            for m in cues.hedge.finditer(text, self._hedge_scope(draft), draft.clause[1])
        ):
            draft.modality = Modality.HEDGED
        elif self.cues.forecast_frame.search(text, draft.sentence.start, draft.mention.start):
            # 我的基本情境是…，利率落在3%到3.25%; the median dot shows…, up from 4.6% in the September
            # projections: a scenario or a projection, all of it, whatever period it names
            draft.modality = Modality.FORECAST
            draft.expectation = True
        elif self._forecast_lead(draft) or self._forecast(self._over_label(draft), draft.mention.start):
            draft.modality = Modality.FORECAST
            goal = self.cues.goal.search(text, draft.clause[0], draft.mention.start)
            if goal is not None and not self.figures.between(goal.end(), draft.mention.start):
                # The target was an urban unemployment rate of around 5.5 percent: a goal word
                # earlier in the clause makes the figure the target set for the indicator
                draft.expectation_word = goal.group()
                before = draft.metric
                self._target_of(draft)
                if draft.metric is not before:
                    draft.expectation = True
        if (
            self._expectation(draft)
            or self._goal_listed(draft)
            or self._goal_lead(draft)
            or self._listed_after_expectation(draft)
        ):
            draft.expectation = True
            draft.modality = Modality.FORECAST
            self._to_target(draft)

    def _hedge_scope(self, draft: Draft) -> int:
        """Where the words that may hedge a figure start: its clause, or the earlier clause of its
        sentence whose name it takes (美联储年内可能降息两次，每次25个基点: the cut of 25 points is
        the one that may come)."""
        named = draft.metric
        if named is None or not draft.sentence.start <= named.start < draft.clause[0]:
            return draft.clause[0]
        return min(draft.clause[0], self.clause_of(draft.sentence, named.start, named.end)[0])

    def _listed_after_expectation(self, draft: Draft) -> bool:
        """市场原本预期系2.5%或者2.6%, *expectations of 2.5% or 2.6%*: a figure listed right after an
        expected figure is expected too."""
        prev = self._previous
        if prev is None or not prev.expectation or prev.sentence is not draft.sentence:
            return False
        gap = self.text[prev.mention.end : draft.mention.start]
        # a joining word or mark, not a table's cell gap (5.5%左右  5.2%(3月))
        return (
            bool(gap.strip())
            and _CELL_GAP.search(gap) is None
            and self.cues.list_joiner.fullmatch(gap) is not None
        )

    def _to_target(self, draft: Draft) -> None:
        """A goal's figure is read under the target indicator among its readings, or the one set
        for its indicator (:meth:`_target_of`)."""
        targets = [t for t in draft.alternatives if self.refdata.indicators[t.id].target]
        if targets and draft.metric is not None and not self.refdata.indicators[draft.metric.id].target:
            draft.metric = targets[0]
        elif draft.metric is not None and not self.refdata.indicators[draft.metric.id].target:
            self._target_of(draft)

    def _goal_listed(self, draft: Draft) -> bool:
        """预期目标为5%左右，城镇调查失业率5.5%左右; 2%左右（去年为3%左右）: a figure listed right
        after a goal of its sentence (`goal_list_breaks`), or of the clause before its semicolon, is
        a goal too, taking its goal word."""
        prev = self._previous
        # 主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右: a list the segmenter cut at
        # its semicolons
        if (
            prev is not None
            and prev.sentence is not draft.sentence
            and prev.sentence is not self._semicolon_before(draft.sentence)
        ):
            prev = None
        if prev is None or not prev.expectation or not self.cues.goal.search(prev.expectation_word):
            return False
        start, end = prev.mention.end, draft.mention.start
        listed = (
            draft.mention.qualifier != Qualifier.EXACT
            and not self.times.between(start, end)
            and self.cues.goal_list_gap.fullmatch(self.text, start, end) is not None
        )
        if not listed and self.cues.goal_restated_gap.fullmatch(self._without_times(start, end)) is None:
            return False
        draft.expectation_word = prev.expectation_word
        return True

    def _goal_lead(self, draft: Draft) -> bool:
        """主要预期目标：/ ▸ 国内生产总值增长5%左右； / ▸ 居民消费价格涨幅3%左右；: a figure on a bulleted
        line under a line that ends in a colon and names a goal is a goal, taking its goal word."""
        line = bullet_lead(self.text, draft.mention.start)
        goal = None if line is None else self.cues.goal.search(line)
        if goal is None:
            return False
        draft.expectation_word = goal.group()
        return True

    def _measured_not_target(self, draft: Draft) -> None:
        """城镇调查失业率目标为5.5%左右，去年全年平均值为5.1%，12月为5.1%: a figure that takes a target's
        name from an earlier clause, is no goal itself (no goal word in its clause) and is an average
        or a value of a part of a year, which no yearly target is, or is called what actually was
        (`actual_words`: 实际, *actual*), is a value of the series the target is set for
        (`target_of`), or of none the data has. A year's figure stays a target (…a step down from the
        3% of 2024)."""
        metric = draft.metric
        if metric is None or draft.expectation or metric.end > draft.clause[0]:
            return
        indicator = self.refdata.indicators[metric.id]
        lo, hi = draft.clause
        if not indicator.target or self.cues.goal.search(self.text, lo, hi):
            return
        part = draft.time is not None and draft.time.granularity in _PARTS_OF_YEAR
        actual = self.cues.actual.search(self.text, lo, draft.mention.start) is not None
        if not part and not actual and not self.cues.average.search(self.text, lo, draft.mention.start):
            return
        measured = [
            i for i in indicator.target_of if draft.entity_id is None or self._has_series(i, draft.entity_id)
        ]
        if measured:
            _read_as(draft, metric, measured[0])
        elif actual:  # 目标1200万，实际每年都完成了1250万以上: what was done, which the data does not hold
            draft.metric, draft.alternatives = None, []

    def _target_of(self, draft: Draft) -> None:
        """城镇调查失业率控制在5.5%左右: a goal (not an expectation: `goal_words`) written for an
        indicator is the figure of the target indicator set for it (`target_of`), when the data
        has one for the figure's entity."""
        metric = draft.metric
        if metric is None or not self.cues.goal.search(draft.expectation_word):
            return
        readings = _readings(draft)
        for ind in self.refdata.indicators.values():
            if not readings.intersection(ind.target_of):
                continue
            if draft.entity_id is not None and not self._has_series(ind.id, draft.entity_id):
                continue
            _read_as(draft, metric, ind.id)
            return

    def _expectation(self, draft: Draft) -> bool:
        """A word of expecting or aiming right before the figure (市场预期的2.8%, economists
        expected 2.8%) or right after it (2%的目标, a 2% target), outside a phrase that is no
        forecast (the target range)."""
        m, text = draft.mention, self.text
        lo, hi = draft.clause
        if lo > draft.sentence.start and text[lo - 1] in "（(":
            lo = draft.sentence.start  # 市场一致预期（约4%）: the word before the bracket
        # …the official ceiling of around 5.5%; 市场事前估计的7.1%左右, whose 估计的 the figure's
        # qualifier took: right before the figure, or before its number
        found = self.cues.expectation_before.search(
            text, max(lo, m.start - 24), m.start
        ) or self.cues.expectation_before.search(text, max(lo, m.start - 24), m.core_start)
        after = self.cues.expectation_after.match(text, m.end, hi)
        if (
            found is not None
            and after is not None
            and self.cues.goal.search(after.group())
            and not self.cues.goal.search(found.group())
        ):
            found = None  # 距离3%左右的目标: the goal word after the figure says what it is
        if found is None:
            found = after
            if found is not None and m.qualifier in BOUND_QUALIFIERS and m.core_start > m.start:
                # 仍低于5.5%左右的年度控制目标: the bound word compares the rate with the goal, which
                # is the figure as its own words qualify it
                suffix = text[m.core_end : m.end].lower()
                own = [q for word, q in self.cues.qualifier_suffix.items() if word in suffix]
                draft.mention = replace(m, qualifier=own[0] if own else Qualifier.EXACT)
        if (
            found is None
            and lo > draft.sentence.start
            and text[lo - 1] in ":："
            and not self.figures.between(draft.sentence.start, lo)
        ):
            # 主要预期目标是：国内生产总值增长5%左右: the list's lead-in before its colon
            found = self.cues.expectation_before.search(text, max(draft.sentence.start, lo - 25), lo - 1)
            if found is not None and (
                any(
                    o.start() <= found.start() and found.end() <= o.end()
                    for o in self.cues.forecast_outcome.finditer(text, max(0, found.start() - 4), found.end())
                )
                or self.cues.comparison_word.search(
                    text, max(draft.sentence.start, found.start() - LEAD_COMPARISON_REACH), found.start()
                )
            ):
                # 经济韧性超预期：GDP增长4.9%, *inflation has fallen faster than the pessimists
                # expected: consumer prices were up 3.1%*: the lead-in sets the result against what
                # was expected
                found = None
        if found is None or self._inside_a_level_name(found.start(), found.end()):
            return False
        draft.expectation_word = found.group()
        if found is after and self._targeted(draft):
            return True  # 失业率…低于5.5%左右的目标上限: the ceiling set as the rate's goal
        # …the target range; grew faster than expected at 4.8%: a phrase the word is part of
        return not any(
            n.start() < found.end() and found.start() < n.end()
            for n in self.cues.forecast_not.finditer(
                text, max(draft.sentence.start, found.start() - FORECAST_NOT_REACH), min(hi, found.end() + 12)
            )
        )

    def _targeted(self, draft: Draft) -> bool:
        """The data has a target series set for one of the figure's readings (a policy rate has none:
        its 目标上限 is the top of the range it sets, no goal)."""
        return not self._targeted_ids.isdisjoint(_readings(draft))

    def _forecast_lead(self, draft: Draft) -> bool:
        """An earlier clause of the sentence that ends on a forecast word and holds no figure
        (`forecast_lead`: 市场普遍预计，二季度GDP增长5.1%左右，上半年约为5.2%): the figures after it
        are what is expected. A clause that sets a release against expectations (低于市场预期，) leads
        nothing."""
        text, start = self.text, draft.sentence.start
        for lead in self.cues.forecast_lead.finditer(text, start, draft.clause[0]):
            lo = self.clause_of(draft.sentence, lead.start(), lead.start())[0]
            if not self.figures.between(lo, lead.start()) and not self.cues.forecast_outcome.search(
                text, lo, lead.end()
            ):
                return True
        return False

    def _forecast(self, clause: tuple[int, int], figure: int | None = None) -> bool:
        """A forecast word in the clause, not inside a phrase that is no forecast (`forecast_not`:
        the target range), nor, for a word that may mark an object (`forecast_object_markers`),
        right before a name: 美联储将联邦基金利率下调至4% uses 将 as 把 (it takes the rate as its
        object), not as "will"; 预计美联储降息 is a forecast."""
        lo, hi = clause
        text = self.text
        excluded = [
            m.span()
            for cue in (self.cues.forecast_not, self.cues.forecast_outcome)
            for m in cue.finditer(text, lo, hi)
        ]
        for m in self.cues.forecast.finditer(text, lo, hi):
            if any(a <= m.start() and m.end() <= b for a, b in excluded):
                continue
            if self._inside_a_level_name(m.start(), m.end()):
                continue  # 联邦基金利率目标上限: 目标 names the rate, it aims at nothing
            if self._another_figures_goal(m.start(), m.end()):
                continue  # 核心CPI還有3.2% 根本還沒到2%目標: the goal is the 2%'s
            if (
                self.cues.goal.fullmatch(m.group())
                and self.cues.goal_compared.search(text, max(lo, m.start() - 24), m.start())
                and not (figure is not None and self.cues.goal_value_gap.fullmatch(text, m.end(), figure))
            ):
                # CPI与目标差距较大——全年仅上涨0.2%: the goal is what the figure falls short of (与目标
                # “5.5%左右”相比: unless the figure is the goal's value, written right after it)
                continue
            if m.group() not in self.cues.forecast_object_markers:
                return True
            after = m.end()
            while after < hi and text[after] in " \t":
                after += 1
            if any(
                t.start == after
                for window in (self.indicators, self.entities, self.qualified)
                for t in window.between(after, after + 1)
            ):
                continue
            return True
        return False

    def _another_figures_goal(self, start: int, end: int) -> bool:
        """The word at ``[start, end)`` is in the expectation words right after a figure of the
        current sentence other than the current one (2%目標, a 2% target)."""
        current = self._current
        for q in self.figures.between(max(0, start - 24), start):
            if current is not None and q.start == current.mention.start:
                continue
            found = self.cues.expectation_after.match(self.text, q.end, end + 8)
            if found is not None and found.start() <= start and end <= found.end():
                return True
        return False

    def _convert(self, draft: Draft) -> None:
        """A measure or an amount in another unit than its indicator's, in the indicator's unit
        (GWh → kWh, dollars → cents)."""
        m = draft.mention
        if draft.metric is None or m.kind not in (K.MEASURE, K.CURRENCY) or m.unit is None:
            return
        factor = conversion_factor(m.unit, self.refdata.indicators[draft.metric.id].unit)
        if factor is None or factor == 1:
            return
        draft.factor = factor
        draft.value *= factor
        draft.low = None if draft.low is None else draft.low * factor
        draft.high = None if draft.high is None else draft.high * factor
        draft.precision = None if draft.precision is None else draft.precision * factor

    def _change_word(self, draft: Draft) -> None:
        m = draft.mention
        lo = max(draft.clause[0], m.start - CHANGE_WORD_REACH)
        moved = bool(
            self._change_before(self.cues.decrease_before, lo, m.start)
            or self._change_before(self.cues.increase_before, lo, m.start)
            or self.cues.decrease_after.match(self.text, m.end, draft.clause[1])
            or self.cues.increase_after.match(self.text, m.end, draft.clause[1])
        )
        added = (
            not moved and m.kind in _AMOUNT_KINDS and self._change_before(self.cues.added_before, lo, m.start)
        )
        draft.is_change = (moved or added) and not self.cues.change_not_before.search(self.text, lo, m.start)
        draft.direction_stated = moved or m.value < 0 or self.text[m.start : m.start + 1] in _SIGNS
        draft.added_only = draft.is_change and added
        if draft.is_change and draft.level_bounded:
            draft.is_change = False  # fell below $700 billion: the level reached
        if not draft.is_change:
            draft.listed_after = self._listed_after()
            draft.is_change = draft.listed_after is not None
            # rose 0.3% in September and 0.4% in August: the shared word says which way both moved
            draft.direction_stated |= draft.listed_after is not None and draft.listed_after.direction_stated

    def _target_level(self, draft: Draft) -> None:
        """A target counted in additions (城镇新增就业1200万人以上的目标) is the target's level: its
        word of adding names what is counted, not a change of the target."""
        if draft.added_only and draft.metric is not None and self.refdata.indicators[draft.metric.id].target:
            draft.is_change = draft.added_only = False

    def _change_before(self, cue: regex.Pattern[str], lo: int, hi: int) -> bool:
        """A change word before a figure, not inside the name of a level (城镇新增就业目标1200万人
        is the target, not a change of it; GDP增长5% names a change and is one)."""
        found = cue.search(self.text, lo, hi)
        return found is not None and not any(
            t.start <= found.start() < t.end and not self.refdata.indicators[t.id].change
            for t in self.indicators.between(max(0, found.start() - 24), found.start() + 1)
        )

    def _listed_after(self) -> Draft | None:
        """*falling 0.3% in September and 0.4% in August*, 分别增长5.4%和5.2%: the figure before, when
        it is a change of the same kind in the same sentence and only a list joiner (and times)
        stands between: the two share its change word."""
        prev, draft = self._previous, self._current
        if prev is None or draft is None or not prev.is_change or prev.sentence is not draft.sentence:
            return None
        if prev.mention.kind != draft.mention.kind or prev.mention.unit != draft.mention.unit:
            return None
        lo, hi = prev.mention.end, draft.mention.start
        pieces, at = [], lo
        for t in self.times.between(lo, hi):
            if t.end <= hi:
                pieces.append(self.text[at : t.start])
                at = t.end
        pieces.append(self.text[at:hi])
        return prev if self.cues.list_joiner.fullmatch(" ".join(pieces)) else None

    def _terms(self, draft: Draft) -> None:
        """以人民币计，全年出口增长6.1%, *in dollar terms*: a figure whose clause (or, failing that,
        its sentence before it) names the currency a change is worked out in takes only readings in
        those terms; a metric with none is dropped."""
        if draft.metric is None or not self.cues.terms:
            return
        lo, hi = draft.clause
        # an aside with a figure of its own, not this one, names that figure's terms ((人民币计6.1%)，
        # 12月当月增长6.6%: the dollar terms named before the aside); one with none labels the
        # figure after it (前11个月出口（人民币计）增长6.2%)
        asides = [
            (a, b)
            for a, b in self._parens(draft.sentence)
            if not a < draft.mention.start < b and self.figures.between(a, b)
        ]
        code = (
            self._terms_right_after(draft, hi, asides)
            or self._terms_named(lo, hi, asides)
            or self._sentence_terms(draft.sentence.start, draft.mention.start, asides)
        )
        if code is None:
            return
        self._keep_readings(draft, lambda ind: ind.terms in (None, code))

    def _terms_right_after(self, draft: Draft, hi: int, asides: Sequence[tuple[int, int]]) -> str | None:
        """*5.9 per cent in dollar terms and 7.2 per cent in yuan terms*: the terms named after the
        figure, before the next figure and the next clause mark, are the figure's (a clause naming
        two has one for each figure)."""
        stop = next((f.start for f in self.figures.between(draft.mention.end, hi)), hi)
        marks = self.cues.clause_marks
        end = next((i for i in range(draft.mention.end, stop) if self.text[i] in marks), stop)
        return self._terms_named(draft.mention.end, end, asides) if end > draft.mention.end else None

    def _real_terms(self, draft: Draft) -> None:
        """前三季度国内生产总值…，按不变价格计算，同比增长5.2%: a change worked out at constant prices
        is no change of an amount of money (its series are at current prices); the metric is
        dropped. So is a constant-price series named as nominal (名义GDP增速)."""
        if draft.metric is None or draft.mention.kind != K.PERCENT:
            return
        indicator = self.refdata.indicators[draft.metric.id]
        if indicator.constant_prices and self.cues.nominal_before.search(
            self.text, max(0, draft.metric.start - 16), draft.metric.start
        ):  # 名义GDP增速仅3.9%: growth at current prices is no real growth
            draft.metric, draft.alternatives = None, []
            return
        if indicator.change or indicator.kind != "currency":
            return
        lo, hi = draft.clause
        if self.cues.real_terms.search(self.text, lo, hi) or self.cues.real_terms.search(
            self.text, draft.sentence.start, draft.mention.start
        ):
            # …but the level's name and the change word name its real growth (国内生产总值…增长)
            named = self._change_named(draft, draft.metric, draft.metric.end)
            draft.metric, draft.alternatives = (named[0], named) if named else (None, [])

    def _base_fit(self, draft: Draft) -> None:
        """核心CPI环比上涨0.3%, *up 0.3% from the previous month*: a change whose clause names its
        base takes only readings measured from that base (`change_base`); a metric with none
        is dropped."""
        if draft.metric is None or draft.mention.kind not in (K.PERCENT, K.PERCENTAGE_POINT, K.BASIS_POINT):
            return
        readings = draft.alternatives or [draft.metric]
        if all(self.refdata.indicators[t.id].change_base is None for t in readings):
            return
        if draft.mention.kind != K.PERCENT:
            # 从环比看，三季度GDP增长0.9%，比二季度加快0.4个百分点: the points are a change of the rate
            # the sentence's lead measures from its base; their own base (比二季度) is another matter
            led = self._base_led(draft)
            if led is not None:
                self._keep_readings(draft, lambda ind: ind.change_base in (None, led))
            return
        base = self._base_named(draft) or self._base_carried(draft) or self._base_led(draft)
        draft.base_named = base
        if base is not None:
            self._keep_readings(draft, lambda ind: ind.change_base in (None, base))
        if base == "previous":
            self._not_annualised(draft)

    def _not_annualised(self, draft: Draft) -> None:
        """US GDP grew 0.8% quarter on quarter: a change from the period before, with no word of
        annualising in its sentence, is not at a yearly pace."""
        if draft.metric is not None and not self.cues.annualising.search(
            self.text, draft.sentence.start, draft.clause[1]
        ):
            self._keep_readings(draft, lambda ind: not ind.annualised)

    def _base_carried(self, draft: Draft) -> str | None:
        """Real GDP grew at a 4.4% annualised rate in Q3, but Q4 showed just 1.4%: a figure that
        takes its name from an earlier figure of its sentence takes the base named for that one."""
        metric = draft.metric
        if metric is None or metric.end > draft.clause[0]:
            return None
        last = self._sentence_drafts[-1] if self._sentence_drafts else None
        if (
            last is not None
            and last.sentence is draft.sentence
            and last.base_named is not None
            and self.cues.comparison_word.search(self.text, last.mention.end, draft.mention.start)
        ):
            # 季增率僅0.8%，較首季的2.2%大幅放緩: the value compared with is measured as the figure
            # compared is
            return last.base_named
        for earlier in reversed(self._sentence_drafts):
            if earlier.sentence is not draft.sentence:
                break
            if earlier.metric is not None and (earlier.metric.start, earlier.metric.end) == (
                metric.start,
                metric.end,
            ):
                return earlier.base_named
        return None

    def _base_led(self, draft: Draft) -> str | None:
        """从环比看，三季度国内生产总值增长0.9%: a base named in the sentence's opening clause, which
        holds no figure, is that of the sentence's figures."""
        start = draft.sentence.start
        lead_end = self.clause_of(draft.sentence, start, start)[1]
        reach = BASE_LEAD_CHARS * (LATIN_REACH_FACTOR if self.text[start:lead_end].isascii() else 1)
        if (
            lead_end > draft.clause[0]
            or lead_end - start > reach
            or self.text[lead_end : lead_end + 1] not in ("，", ",")
            or self.figures.between(start, lead_end)
        ):
            return None
        for base, cue in (("year_ago", self.cues.base_year_ago), ("previous", self.cues.base_previous)):
            if cue.search(self.text, start, lead_end):
                return base
        return None

    def _keep_readings(self, draft: Draft, fits: Callable[[Indicator], bool]) -> None:
        """Keep the metric's readings whose indicator ``fits``; with none left, drop the metric."""
        fitting = [t for t in draft.alternatives or [draft.metric] if fits(self.refdata.indicators[t.id])]
        if fitting:
            draft.metric, draft.alternatives = fitting[0], fitting
        else:
            draft.metric, draft.alternatives = None, []

    def _base_named(self, draft: Draft) -> str | None:
        """The base the figure's clause names for it, between the figures on either side: the
        nearest cue before the figure, else the first after it. A cue that is only a time (上月 in
        上月CPI上涨3%) names no base. In a table, the header of the figure's column may name it."""
        lo, hi = draft.clause
        at = draft.mention.start
        header = self._header_text(at)
        if header is not None:  # a table's column of month-over-month changes
            for base, cue in (("year_ago", self.cues.base_year_ago), ("previous", self.cues.base_previous)):
                if cue.search(header):
                    return base
        right = self.cues.previous_right_before.search(self.text, max(lo, at - CHANGE_WORD_REACH), at)
        if right is not None and not any(
            t.start <= right.start() < t.end for t in self.times.between(max(0, right.start() - 12), at)
        ):
            return "previous"  # CPI月减0.1%; not 12月增长 nor 上月降息, whose 月 ends a time
        figure_before = -1  # where the figure before this one in the clause ends
        for q in self.figures.between(lo, hi):
            if q.kind == K.DURATION:
                continue  # 环比涨幅已连续三个月达到0.4%: a span of time is no other figure's
            if q.end <= at:
                lo = figure_before = max(lo, q.end)
            elif q.start >= draft.mention.end:
                hi = min(hi, q.start)
        found: list[tuple[int, int, str]] = []
        for base, cue in (("year_ago", self.cues.base_year_ago), ("previous", self.cues.base_previous)):
            for m in cue.finditer(self.text, lo, hi):
                times = self.times.between(m.start(), m.end())
                if any(t.start == m.start() and t.end == m.end() for t in times):
                    continue
                found.append((m.start(), m.end(), base))
        before = [f for f in found if f[1] <= at]
        after = [f for f in found if f[0] >= draft.mention.end]
        nearest_end = max(before)[1] if before else -1
        for _start, end, base in before:  # 环比(下降)2%: only a change word between
            gap = self.text[end:at].strip()
            if end == nearest_end and gap and self._base_value_gap(gap):
                # 降幅较上月的-0.5%收窄: the figure is the base's value, measured as the figure it is
                # compared with (CPI环比上涨0.1%，较上月的-0.5%回升: month on month too)
                compared = [d for d in self._sentence_drafts if d.sentence is draft.sentence]
                return self._base_named(compared[-1]) if compared else None
            if not gap or any(
                (w := cue.search(self.text, end, at)) is not None and not self.text[end : w.start()].strip()
                for cue in (self.cues.increase_before, self.cues.decrease_before)
            ):
                return base
        for start, _end, base in after:  # 0.3% from the previous month
            if not self.text[draft.mention.end : start].strip():
                return base
        # 2.4% from a year earlier in May and 0.1%: a cue written right after the figure before is
        # that figure's
        if figure_before >= 0:
            before = [f for f in before if self.text[figure_before : f[0]].strip()]
        if before:
            return max(before)[2]
        return min(after)[2] if after else None

    def _sentence_terms(self, lo: int, hi: int, asides: Sequence[tuple[int, int]]) -> str | None:
        """The one currency whose terms the sentence names before the figure; None when it names
        two (全年出口（美元计）增长5.5%，人民币计增长6.1%，12月单月出口同比增长6.6%: each is its own
        clause's, and they leave the later figure's terms open)."""
        codes = {code for _, code in self._terms_found(lo, hi, asides)}
        return next(iter(codes)) if len(codes) == 1 else None

    def _terms_named(self, lo: int, hi: int, asides: Sequence[tuple[int, int]] = ()) -> str | None:
        """The currency whose terms the text names in ``[lo, hi)`` outside ``asides``, the last one
        named."""
        found = self._terms_found(lo, hi, asides)
        return max(found)[1] if found else None

    def _terms_found(self, lo: int, hi: int, asides: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
        """Where the text names a currency's terms in ``[lo, hi)`` outside ``asides``, with the code."""
        return [
            (m.start(), code)
            for code, words in self.cues.terms
            for m in words.finditer(self.text, lo, hi)
            if not any(a < m.start() < b for a, b in asides)
        ]

    def _no_series_value(self, draft: Draft) -> None:
        """相当于每天新增近50亿美元, $5 billion a day: a per-day word a few characters before the
        figure in its clause, or right after it. Also *$1.9 trillion below its peak* and 两者合计约
        1.9万亿美元: a difference or a sum is, like a rate per day, no series' value."""
        m, (lo, hi) = draft.mention, draft.clause
        cues = self.cues
        draft.no_series_value = bool(
            cues.per_day.search(self.text, max(lo, m.start - PER_DAY_REACH), m.start)
            or cues.per_day.match(self.text, m.end, hi)
            or cues.per_day.match(self.text, m.end + 1, hi)
            or cues.difference_after.match(self.text, m.end, hi)
            or cues.respondents_after.match(self.text, m.end, hi)  # 约两成认为年内不降息
            or self._combined(draft)
            or self._undated_peak(draft)
            or self._threshold(draft)
            # 较概估值7.64%再上修0.57个百分点: a revision between two estimates of one period
            or (
                m.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT)
                and cues.revision_before.search(self.text, max(lo, m.start - 12), m.start) is not None
            )
        )

    def _threshold(self, draft: Draft) -> bool:
        """连续跨越110万亿元、120万亿元、130万亿元台阶: a figure, or a list of them, that a threshold
        word follows (`threshold_after`) names thresholds passed at some time, no level, unless the
        figure's own bound word says how the level stands (突破3万亿美元大关)."""
        m = draft.mention
        if m.qualifier != Qualifier.EXACT or not self.cues.threshold_after.search(
            self.text, m.end, draft.sentence.end
        ):
            return False  # no threshold word anywhere after it: no list to walk
        at = m.end
        for q in self.figures.between(m.end, draft.sentence.end):
            if q.start < at:
                continue
            if not self.cues.list_joiner.fullmatch(self.text, at, q.start):
                break
            at = q.end
        return self.cues.threshold_after.match(self.text, at, draft.sentence.end) is not None

    def _listed_figure_time(self, draft: Draft, time: TimeMention) -> bool:
        """``time`` stands right after the figure before this one (4.5% in Q4), a joining word at
        most between, and only a list's joiner stands between it and this figure (and 5.0%)."""
        if time.end > draft.mention.start:
            return False
        before = [f for f in self.figures.between(draft.clause[0], time.start) if f.end <= time.start]
        if not (before and self._written_after(before[-1], time)):
            return False
        text, start = self.text, draft.mention.start
        if not text[time.end : start].strip():
            return False
        if self.cues.list_joiner.fullmatch(text, time.end, start) is not None:
            return True
        # $971B in FY2025 vs $882B in FY2024: a comparison word alone sets the two figures side by side
        gap = text[time.end : start]
        lo, hi = time.end + len(gap) - len(gap.lstrip(" \t,，")), start - (len(gap) - len(gap.rstrip()))
        if lo < hi and self.cues.comparison_word.fullmatch(text, lo, hi) is not None:
            return True
        # …crossed $37 trillion in mid-August and stood at $37.64 trillion: a joiner and a verb
        joiner = self.cues.list_joiner.match(text, time.end, start)
        return (
            joiner is not None
            and bool(text[time.end : joiner.end()].strip(" \t,，、"))
            and self.cues.parallel_lead.fullmatch(text, joiner.end(), start) is not None
        )

    def _written_after(self, figure: QuantityMention, time: TimeMention) -> bool:
        """``time`` is written right after ``figure``, within FROM_TIME_GAP characters and no clause
        mark (from 58% in 2022, 4.5% in Q4)."""
        gap = self.text[figure.end : time.start]
        return len(gap.strip()) <= FROM_TIME_GAP and not any(ch in self.cues.clause_marks for ch in gap)

    def _listed_time(self, draft: Draft, time: TimeMention) -> bool:
        """The time is one of a list of times, after the sentence's own time, that dates a figure of
        a series in its own clause (8月CPI年增5.3%，6月与7月都是5.4%): the list is that figure's, not
        a later clause's (…，核心CPI年增4.0%: August, not July). A sum over the listed times
        (累计降息75个基点) is theirs."""
        if draft.cumulative:
            return False
        times = self.times.between(draft.sentence.start, draft.mention.start)
        at = next((i for i, t in enumerate(times) if t is time), None)
        if at is None:
            return False
        first = last = at
        while first > 0 and self._joins_times(times[first - 1], times[first]):
            first -= 1
        while last + 1 < len(times) and self._joins_times(times[last], times[last + 1]):
            last += 1
        if first == last or first == 0:
            return False  # not listed; or the sentence's own times (去年9月、10月和12月连续三次减息)
        end = times[last].end
        clause_end = self.clause_of(draft.sentence, times[first].start, end)[1]
        return clause_end <= draft.mention.start and any(
            end <= d.mention.start < clause_end and d.metric is not None for d in self._sentence_drafts
        )

    def _joins_times(self, a: TimeMention, b: TimeMention) -> bool:
        """Only a list's joiner stands between times ``a`` and ``b`` (6月与7月, 9月、10月和12月)."""
        gap = self.text[a.end : b.start]
        return a.end <= b.start and bool(gap.strip()) and self.cues.list_joiner.fullmatch(gap) is not None

    def _before_named(self, draft: Draft) -> None:
        """统计局公布7月CPI…；失业率为5.3%，比上月的5.2%…: a period counted one unit back from the
        document date (上月, 上季度) that lands on the period the sentence has just given another
        figure of the same series is the period before that one, as the release counts it."""
        t = draft.time
        months = _PERIOD_MONTHS.get(t.granularity) if t is not None else None
        if t is None or months is None or not t.relative or t.anchor is None or draft.metric is None:
            return
        words = self.text[t.start : t.end]
        if words.lower() not in time_grammar().tables.anaphoric_same_unit:
            return  # only the words counting one unit back (上月, 上季度); not 当季, 去年 or a bare month
        # the first month of the anchor's period, one period back
        anchored = add_months(dt.date(t.anchor.year, (t.anchor.month - 1) // months * months + 1, 1), -months)
        if t.begin != anchored:
            return  # not the period right before the document's (本月, 前年)
        same = [
            d
            for d in self._sentence_drafts
            if d.sentence is draft.sentence
            and d.mention.end <= t.start
            and d.metric is not None
            and d.metric.id == draft.metric.id
        ]
        # …核心CPI同比上涨4.6%，上月为4.0%, *a surplus of $103.22 billion, up from $96.18 billion the
        # previous month*: a figure of the series before it with no time is the latest release too
        if not any(
            d.time is None
            or (
                d.time.end <= t.start
                and (d.time.begin, d.time.until) == (t.begin, t.until)
                and self.text[d.time.start : d.time.end] != words
            )
            for d in same
        ):
            return
        draft.time = replace(t, begin=add_months(t.begin, -months), until=t.begin)

    def _moved_on(self, draft: Draft) -> None:
        """青年失业率在7月曾高达16.2%，毕业季后已回落至14.6%: a level a word of reaching leads to,
        dated only by a time of an earlier clause that places a figure of the same series and
        entity there in the past (`past`: 曾, 一度, *once*), is where the series went after that
        period; when, the text does not say. It is read as some recent value: supported by one,
        never faulted."""
        t, m = draft.time, draft.mention
        if t is None or draft.metric is None or draft.is_change or t.end > draft.clause[0]:
            return
        if t.start < draft.sentence.start:
            return
        lo = draft.clause[0]
        if not self.cues.change_to_before.search(self.text, max(lo, m.start - 14), m.start):
            return
        if any(
            d.sentence is draft.sentence
            and d.time is t
            and d.mention.end <= lo
            and d.metric is not None
            and d.metric.id == draft.metric.id
            and d.entity_id == draft.entity_id
            and not d.is_change
            and self.cues.past.search(self.text, d.clause[0], d.mention.start)
            for d in self._sentence_drafts
        ):
            _some_earlier_value(draft)

    def restatements(self, drafts: list[Draft]) -> None:
        """很多人拿着56.3%这个初值…, *that 56.3% figure*: a figure with no time of its own, pointing
        back to one given before, restates the last earlier figure of its series it rounds from,
        and takes that figure's period."""
        for i, draft in enumerate(drafts):
            if (
                draft.time is not None
                or draft.metric is None
                or draft.precision is None
                or not self.cues.restated_after.match(self.text, draft.mention.end)
            ):
                continue
            draft.time = next(
                (
                    e.time
                    for e in reversed(drafts[:i])
                    if e.time is not None
                    and e.metric is not None
                    and e.metric.id == draft.metric.id
                    and e.entity_id == draft.entity_id
                    and e.is_change == draft.is_change
                    and abs(e.value - draft.value) * 2 <= draft.precision
                ),
                None,
            )

    def _undated_peak(self, draft: Draft) -> bool:
        """较高峰时的近9万亿美元, 比过去七成多的高点: a peak's value with no time of its own in its
        clause is the series' value at a moment the text does not give."""
        m, (lo, hi) = draft.mention, draft.clause
        if not (
            self.cues.peak_before.search(self.text, max(lo, m.start - PER_DAY_REACH), m.start)
            or self.cues.peak_after.match(self.text, m.end, hi)
        ):
            return False
        # a time after the figure is the peak's own unless it is written on to another figure (从
        # 高峰时的1.3万亿美元一路降到今年3月的7654亿美元: March is the low's month)
        return not any(
            t.start < m.start or not self._time_of_next_figure(t, hi)
            for t in self.times.between(lo, min(hi, m.end + PER_DAY_REACH))
        )

    def _time_of_next_figure(self, time: TimeMention, hi: int) -> bool:
        """The figure after ``time`` in its clause is written on to it (今年3月的7654亿美元)."""
        after = next(iter(self.figures.between(time.end, hi)), None)
        return after is not None and self._joined_to_figure(time.end, after.start)

    def _combined(self, draft: Draft) -> bool:
        """两者合计约1.9万亿美元: a sum word before the figure; a total word (合计) too, unless a
        series' name ends right before it and the clause names no several subjects (两国, or
        two entities): 跨境人民币收付金额合计64.1万亿元 is that series' total."""
        m, lo = draft.mention, draft.clause[0]
        reach = max(lo, m.start - CHANGE_WORD_REACH)
        if self.cues.combined_before.search(self.text, reach, m.start):
            return True
        found = self.cues.total_before.search(self.text, reach, m.start)
        if found is None:
            return False
        several = len({t.id for t in self.entities.between(lo, found.start())}) > 1 or bool(
            self.cues.several_subjects.search(self.text, lo, found.start())
        )
        before = self.indicators.between(max(lo, found.start() - 40), found.start())
        # 中日两国持有的美债合计: a sum over several holders
        return several or not any(t.end == found.start() for t in before)

    def _change_base(self, draft: Draft) -> None:
        """What a change in points is measured from, as its clause says: 同比 / from a year
        earlier, 环比 / from the previous month, or a date after a comparison word (比二季度).
        A rise or fall of an amount takes a year before (比一年前减少, down from a year earlier) or
        the date (较2022年4月已缩水逾2.3万亿美元)."""
        lo, hi = draft.clause
        draft.year_ago_said = self.cues.base_year_ago.search(self.text, lo, hi) is not None
        draft.annualising_said = self.cues.annualising.search(self.text, lo, hi) is not None
        if draft.is_change and draft.mention.kind in _AMOUNT_KINDS:
            stated = [t for t in self.times.between(lo, draft.mention.start) if self._base(t)]
            year_ago = self.cues.base_year_ago.search(self.text, lo, hi)
            if year_ago is not None and all(
                year_ago.start() <= t.start and t.end <= year_ago.end() for t in stated
            ):
                draft.base = "year_ago"  # 比一年前减少约8万人, down 83,000 from a year earlier
            elif stated:  # 较去年12月增加5000人: the month named, not a year before
                draft.base, draft.base_period = "stated", (stated[-1].begin, stated[-1].until)
                draft.base_vague = (
                    stated[-1].granularity == Granularity.RANGE and not stated[-1].whole_periods
                )
            return
        if draft.mention.kind not in (K.PERCENTAGE_POINT, K.BASIS_POINT):
            return
        stated = [t for t in self.times.between(lo, hi) if self._base(t)]
        year_ago = self.cues.base_year_ago.search(self.text, lo, hi)
        if year_ago is not None and any(t.start < year_ago.end() < t.end for t in stated):
            year_ago = None  # 比去年6月的峰值回落: the month named, not a year before
        if self.cues.revision_base.search(self.text, lo, hi):
            draft.base = "revision"  # 较上月概估的7.64%再上调0.57个百分点: from an earlier estimate
        elif year_ago is not None:
            draft.base = "year_ago"
        elif self.cues.base_previous.search(self.text, lo, hi):
            draft.base = "previous"
        elif stated:
            draft.base, draft.base_period = "stated", (stated[0].begin, stated[0].until)

    def _sign(self, draft: Draft) -> None:
        m = draft.mention
        listed = draft.listed_after
        if (
            (m.kind in (K.PERCENT, K.PERCENTAGE_POINT) or draft.is_change)
            and m.value > 0
            # fell below 3%: the level reached is no fall of 3%
            and not draft.level_bounded
            and (
                self.cues.decrease_before.search(
                    self.text, max(draft.clause[0], m.start - CHANGE_WORD_REACH), m.start
                )
                or self.cues.decrease_after.match(self.text, m.end, draft.clause[1])
                or (listed is not None and listed.value < 0 < listed.mention.value)
                # 跌幅较5月的34.5%明显收敛: the size of a fall
                or (
                    m.kind == K.PERCENT
                    and self.cues.decrease_size.search(self.text, draft.clause[0], m.start)
                )
            )
        ):
            draft.value = -draft.value
            draft.direction_stated = True
            if draft.low is not None and draft.high is not None:
                draft.low, draft.high = -draft.high, -draft.low
        lo = draft.clause[0]
        if draft.metric is not None and draft.sentence.start <= draft.metric.start < lo:
            lo = draft.metric.start  # The goods deficit, however, widened to $1.24 trillion
        after = m.end + len(self.text[m.end : m.end + 3]) - len(self.text[m.end : m.end + 3].lstrip(" \t"))
        if (
            self.cues.deficit.search(self.text, lo, m.start)
            # the $1.695 trillion shortfall, 1.8万亿美元赤字: a deficit word right after the figure
            or self.cues.deficit.match(self.text, after, draft.clause[1])
            # The $1.8 Trillion Question: Reading the FY2025 Federal Deficit: the name read after
            # the figure is a deficit's
            # 列一下最近几个财年的赤字： / 2023财年：1.38万亿美元: so is a name carried from an earlier
            # sentence, unless the figure's clause names a surplus
            or (
                draft.metric is not None
                and (
                    draft.metric.start >= m.end
                    or (
                        draft.metric.start < draft.sentence.start
                        and not self.cues.surplus.search(self.text, draft.clause[0], m.start)
                    )
                )
                and self.cues.deficit.search(self.text, draft.metric.start, draft.metric.end)
            )
        ):
            draft.deficit = True
        else:
            # 商品贸易逆差高达1.24万亿美元，计及服务则为9015亿美元: a deficit named earlier in the
            # sentence, with no surplus named after it, is what a later figure of a balance is too
            named = list(self.cues.deficit.finditer(self.text, draft.sentence.start, lo))
            if named and not self.cues.surplus.search(self.text, named[-1].end(), m.start):
                draft.deficit = True

    def _level_mark(self, m: QuantityMention, sentence: Sentence) -> Qualifier | None:  # type: ignore[type-arg]
        """*Stayed below the 3% level*, *climbed past the $36 trillion mark*: a bound word and an
        article before a figure with no qualifier of its own, and a word for a level after it
        (`level_marks`), make the figure a bound on the measure, as *below 3%* is."""
        if m.qualifier != Qualifier.EXACT or not self.cues.level_mark_after.match(self.text, m.end):
            return None
        before = self.cues.level_mark_before.search(self.text, max(sentence.start, m.start - 60), m.start)
        if before is None:
            return None
        return self.cues.bound_words.get(" ".join(before.group("bound").lower().split()))

    def draft(self, index: int, m: QuantityMention) -> Draft | None:
        if m.kind in _NOT_CLAIMS:
            return None
        si = self.sentence_of(m.start)
        sentence = self.sentences[si]
        if sentence.boilerplate:
            return None
        if m.kind == K.NUMBER and m.unit is None:
            # 贸易顺差（亿美元） / 7月  982.4: a bare number in a table takes its column label's unit
            label = self._header_text(m.start)
            unit = label_unit(label) if label is not None else None
            if unit is None:  # CPI同比（%） | 0.2 | -0.3: or its row's label
                label = self._row_label(m.start)
                unit = label_unit(label) if label is not None else None
                if unit is None and label is not None and self.cues.percent_label.search(label):
                    unit = PERCENT_LABEL  # CPI y/y (Nov)  2.7  2.6: a rate's row, in percent
            if unit is not None and unit.kind == K.PERCENT and self._change_cell(m.start):
                unit = POINTS_LABEL  # 出口同比  -1.1  8.3  -9.4 under 变动: a rate's change, in points
            if unit is not None:
                m = in_label_unit(m, unit)
        shared = m.kind == K.NUMBER and m.unit is None and self._shared_unit(m, sentence)
        if shared:
            m = in_label_unit(m, shared)
        marked = self._level_mark(m, sentence)
        if marked is not None:
            m = replace(m, qualifier=marked)  # stayed below the 3% level: below 3%
        draft = Draft(index, m, sentence, self.clause_of(sentence, m.start, m.end), m.value, m.low, m.high)
        draft.level_bounded = (
            marked is not None or self.cues.level_bound.match(self.text, m.start, m.end) is not None
        )
        draft.assumed_unit = bool(shared)
        self._current = draft
        s, e = self.doc.norm.orig_span(m.start, m.end)
        draft.surface = self.doc.original[s:e]
        # a bound (超过130%) is a threshold as written, rates are given to the digit they state
        # (60% is not 55–65%), points move in exact steps (25个基点); amounts and counts may be
        # rounded to their trailing zeros (1160万)
        exact = m.qualifier in BOUND_QUALIFIERS or m.kind in (K.PERCENT, K.PERCENTAGE_POINT, K.BASIS_POINT)
        draft.precision = m.precision if exact else rounding_unit(m.value, m.precision, draft.surface)
        earlier = self.context(si)[1:]
        self._change_word(draft)
        if self._change_cell(m.start):
            draft.is_change = True  # | FY2024 | FY2025 | Change | … +$89 bn: a change, not a level
        self._no_series_value(draft)
        self._change_base(draft)
        self._metric(draft, earlier)
        self._target_level(draft)
        self._base_fit(draft)
        self._entity(draft, earlier)
        if draft.metric is not None and draft.entity_term is not None:
            for reading in _readings(draft):
                self._by_metric[reading] = draft
        self._inner_readings(draft)
        self._terms(draft)
        self._real_terms(draft)
        self._convert(draft)
        lo = draft.clause[0]
        if lo > draft.sentence.start and self.text[lo - 1] in self.cues.list_joiner_words:
            # 累计加息11次、共525个基点: a clause joined on by a list's mark shares its sum word
            lo = self.clause_of(draft.sentence, lo - 1, lo - 1)[0]
        draft.cumulative = m.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT) and bool(
            self.cues.cumulative.search(self.text, lo, draft.clause[1])
        )
        self._time(draft, earlier)
        self._since_start(draft)
        self._before_named(draft)
        self._moved_on(draft)
        # four straight 75bp moves; 连续第四次加息75个基点 (but 累计加息11次共525个基点 is a sum)
        draft.each_move = m.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT) and bool(
            self.cues.each_move_after.match(self.text, m.end)
            or (
                not draft.cumulative
                and self.cues.each_move_before.search(self.text, draft.clause[0], m.start)
            )
        )
        # 结束连续数月持平在5.2%的走势, held at 5.2% for three straight months: several periods' level
        draft.held_run = bool(
            self.cues.held_run.search(self.text, draft.clause[0], m.start)
            or self.cues.held_run.match(self.text, _skip_spaces(self.text, m.end), draft.clause[1])
        )
        # A decade earlier, Japan's holdings were below $1 trillion: earlier than a time not given here
        draft.undated_span = self._opens_undated_span(draft) and (
            draft.time is None or not draft.clause[0] <= draft.time.start < draft.clause[1]
        )
        self._cumulative(draft)
        self._previous_column(draft)
        self._year_ago_lead(draft)
        self._attribution(draft, earlier)
        self._modality(draft)
        self._measured_not_target(draft)
        self._sign(draft)
        lo = draft.clause[0]
        draft.reached = bool(self.cues.change_to_before.search(self.text, max(lo, m.start - 14), m.start))
        draft.averaged = bool(
            self.cues.average.search(self.text, lo, m.start)
            or self.cues.average_after.match(self.text, m.end)  # | 5.2%(均值) |: a table cell's note
        )
        # 二季度3.0%，一季度-0.5%，两个季度平均下来1%多: an average its clause names no period of,
        # by a word of averaging that is no part of the series' name (平均有效关税率)
        named = draft.metric
        draft.averaged_apart = (
            draft.averaged
            and draft.time is not None
            and draft.time.end <= draft.clause[0]
            and bool(self.figures.between(draft.time.end, draft.clause[0]))  # the time dates another figure
            and any(
                named is None
                or not ((named.start <= a.start() and a.end() <= named.end) or a.end() == named.start)
                for a in self.cues.average.finditer(self.text, lo, m.start)
            )
        )
        if not draft.averaged and draft.is_change and m.kind in (K.PERCENTAGE_POINT, K.BASIS_POINT):
            # 上半年平均为5.3%，比一季度下降0.2个百分点: a move in points right after an average of
            # its series, in the same sentence, is a move of that average, not of a month's value
            before = [d for d in self._sentence_drafts if d.sentence is draft.sentence and d is not draft]
            draft.averaged = bool(
                before
                and before[-1].averaged
                and before[-1].metric is not None
                and draft.metric is not None
                and before[-1].metric.id == draft.metric.id
            )
        denied = self.cues.denied_before.search(self.text, max(lo, m.start - DENIED_REACH), m.start)
        draft.denied = denied.group().strip() if denied is not None else ""
        after = (
            self.cues.after_event.match(self.text, draft.time.end)
            if draft.time is not None and draft.time.end <= m.start
            else None
        )
        # …but 降息25个基点后: the figure inside the words is the decision's own size
        draft.after_event = after is not None and after.end() <= m.start
        from_word = self.cues.change_from_before.search(self.text, max(lo, m.start - 14), m.start)
        if from_word is None:
            # down from a record-ish $99.05 billion: a few words describing the start may stand between
            from_word = self.cues.change_from_before.search(
                self.text, max(lo, m.start - CHANGE_WORD_REACH), m.start
            )
            if from_word is not None and (
                self._broken(from_word.end(), m.start)
                or self.figures.between(from_word.end(), m.start)
                # revised up from an initial 1.1%: an earlier estimate of the same period
                or self.cues.revised.search(self.text, max(lo, from_word.start() - 14), from_word.start())
            ):
                from_word = None
        if (
            from_word is not None
            and self.times.between(from_word.end(), m.start)
            and self.cues.change_to.search(self.text, from_word.end(), m.start)
        ):
            # 6月核心CPI同比从5月的5.3%降至4.6%: the figure after the to-word is where the change
            # ended, its start dated by a time of its own (without one, 由3.3%跌到3.1% may
            # not end in the period the sentence names)
            from_word = None
        draft.earlier_value = bool(
            self.cues.earlier_value.search(
                self.text, max(draft.clause[0], draft.mention.start - 24), draft.mention.start
            )
        )
        draft.past = bool(
            draft.past  # set before: see _some_earlier_value
            or self.cues.past.search(self.text, draft.sentence.start, draft.mention.start)
            or from_word
            # to 28 percent and back down to nearly 18 percent: a point passed on the way
            or self._passed_on_the_way(draft)
        )
        draft.goal_worded = self.cues.goal.search(self.text, *draft.clause) is not None
        # 今年…从3%下修到2%, rose from 4.5% to 4.6% in November: the from-end takes the time the
        # change shares, written before its from-word or after the figure it ends at
        draft.from_shared = (
            from_word is not None
            and draft.time is not None
            and (
                draft.time.end <= from_word.start()
                or (draft.time.start >= m.end and bool(self.figures.between(m.end, draft.time.start)))
            )
        )
        self._previous = draft
        if draft.metric is not None:
            self._named_previous = draft
        if self._sentence_drafts and self._sentence_drafts[-1].sentence is not draft.sentence:
            self._sentence_drafts = []
        self._sentence_drafts.append(draft)
        return draft

    def _passed_on_the_way(self, draft: Draft) -> bool:
        """Words after the figure move on to a later level in its sentence (`past_after`: *to 28
        percent and back down to nearly 18 percent*, 升至28%后又回落至18%)."""
        moved = self.cues.past_after.match(self.text, draft.mention.end, draft.sentence.end)
        return moved is not None and bool(self.figures.between(moved.end(), draft.sentence.end))

    def changes(self, drafts: list[Draft]) -> None:
        """从X降至Y: link the two figures of a from-to change (an aside between them is skipped).

        The second figure governs nothing of its own in 降至当前的1299万人: it takes the
        metric, entity and attribution of the first where its own are weaker.
        """
        cues, text = self.cues, self.text
        for i, a in enumerate(drafts):
            if not cues.change_from_before.search(
                text, max(a.sentence.start, a.mention.start - 14), a.mention.start
            ):
                continue
            for j, b in enumerate(drafts[i + 1 : i + 4], start=i + 1):
                if b.sentence is not a.sentence:
                    break
                if b.mention.kind != a.mention.kind or b.mention.unit != a.mention.unit or b.change_of:
                    continue
                if (
                    a.metric is not None
                    and b.metric is not None
                    and (a.metric.id, a.metric.surface) != (b.metric.id, b.metric.surface)
                    and max(a.mention.end, b.clause[0]) <= b.metric.start < b.mention.start
                ):
                    break  # …from $903.5 billion, as the goods gap widened to: another measure's own
                if self._new_statement_between(a.mention.end, b.mention.start):
                    break  # …from 5.3 per cent in August, but the jobless rate for…jumped to 18.9
                if cues.change_to_before.search(text, a.mention.end, b.mention.start):
                    b.change_of = (a.index, b.index)
                    _inherit(a, b)
                    if j + 1 < len(drafts):
                        self._difference_of(a, b, drafts[j + 1])
                break

    def _new_statement_between(self, a: int, b: int) -> bool:
        """A clause opening with a conjunction (`subject_openers`: *but*, 但) starts in ``[a, b)``."""
        text = self.text
        return any(
            text[i] in self.cues.clause_marks
            and self.cues.subject_opener.match(text, _skip_spaces(text, i + 1), b)
            for i in range(a, b)
        )

    def period_bases(self, drafts: list[Draft]) -> None:
        """*CPI rose 0.1% in May from April*, 5月CPI比4月上涨0.1%: a rate of change naming no base
        but a period it is compared with is measured from the period before its own when that is
        the one named, from a year before when the same period a year earlier is, and from a
        period no series is measured from otherwise (比2019年同期, *from 2019 levels*)."""
        for d in drafts:
            if d.metric is None or d.base_named is not None or d.time is None or d.mention.kind != K.PERCENT:
                continue
            readings = d.alternatives or [d.metric]
            if all(self.refdata.indicators[t.id].change_base is None for t in readings):
                continue
            lo, hi = d.clause
            stated = [
                t
                for t in self.times.between(lo, hi)
                if t is not d.time
                # 由9月份下降0.3%转为上涨0.2%: a period with a figure of its own before this one
                and not any(f.start >= t.end for f in self.figures.between(t.end, d.mention.start))
                and (
                    (d.is_change and (self._base(t) or self._from_time(t)))
                    # …and 0.1% from April: a figure with a from-period after it is a change
                    or (t.start >= d.mention.end and self._from_time(t))
                )
            ]
            if not stated:
                continue
            base = _period_base((d.time.begin, d.time.until), (stated[-1].begin, stated[-1].until))
            d.base_named = base
            self._keep_readings(d, lambda ind, base=base: ind.change_base in (None, base))
            if base == "previous":
                self._not_annualised(d)

    def _from_time(self, time: TimeMention, *, after_figure: bool = False) -> bool:
        """A change's from-word stands right before ``time`` (*rose 0.1% in May from April*); with
        ``after_figure``, right after a figure, times at most between (not 由2022年3月开始加息: the
        start of a span)."""
        found = self.cues.change_from_before.search(self.text, max(0, time.start - 8), time.start)
        if found is None or self.text[found.end() : time.start].strip():
            return False
        if not after_figure:
            return True
        figure = next(
            (
                f
                for f in reversed(self.figures.between(max(0, found.start() - 40), found.start()))
                if f.end <= found.start()
            ),
            None,
        )
        return figure is not None and not self._without_times(figure.end, found.start()).strip()

    def year_ago_beside(self, drafts: list[Draft]) -> None:
        """*The CPI rose 0.3% last month… Compared with a year ago, the CPI climbed 2.7%*: a change
        naming no base, in a paragraph that names the year-before base for another figure of its
        series over the same period (or over none, beside one dated from the document date), is
        flagged: the writer tells the two measures apart, and this may be the other."""
        named = [
            d
            for d in drafts
            if d.metric is not None and d.base_named == "year_ago" and d.mention.kind == K.PERCENT
        ]
        for d in drafts:
            if d.metric is None or d.base_named is not None or d.mention.kind != K.PERCENT:
                continue
            d.year_ago_beside = any(
                n.sentence.paragraph == d.sentence.paragraph
                and n.metric.id == d.metric.id  # type: ignore[union-attr]
                and _same_period(n.time, d.time)
                for n in named
            )

    def sibling_bases(self, drafts: list[Draft]) -> None:
        """*US CPI rose 0.3% in May and 2.4% from a year earlier*: a change naming no base, followed
        closely by a change of its series over the same period that names one, is measured from the
        other base (0.3% is the monthly change, not the 12-month rate). One with a period of its
        own (…, and 2.3% in April) is the same measure of another period; one after the named
        change (同比增长5.5%，好于预期的4.6%) takes its base."""
        bases = {"year_ago": "previous", "previous": "year_ago"}
        for a, b in pairwise(drafts):
            other = bases.get(b.base_named)  # type: ignore[arg-type]
            if (
                other is None
                or a.base_named is not None
                or not b.is_change
                or a.sentence is not b.sentence
                or a.mention.kind != K.PERCENT
                or b.mention.kind != K.PERCENT
                or a.metric is None
                or b.metric is None
                or (a.metric.id, a.metric.start) != (b.metric.id, b.metric.start)
                or a.time is None
                or b.time is None
                or (a.time.begin, a.time.until) != (b.time.begin, b.time.until)
                or a.earlier != b.earlier  # 去年同期衰退6.8%: a year before, no measure of the same period
            ):
                continue
            lo, hi = a.mention.end, b.mention.start
            named = [
                m.span()
                for cue in (self.cues.base_year_ago, self.cues.base_previous)
                for m in cue.finditer(self.text, lo, hi)
            ]
            if any(
                # 同比, 比去年同期: a base's name, or the comparison word leading it, compares nothing
                not any(s <= m.start() <= e or 0 <= s - m.end() <= 1 for s, e in named)
                for cue in (
                    self.cues.comparison_word,
                    self.cues.change_from_before,
                    self.cues.change_to_before,
                )
                for m in cue.finditer(self.text, lo, hi)
            ):
                continue  # 2.4% in May, down from 3.3%: a comparison, not a second measure
            joined = hi - lo - sum(e - s for s, e in named)
            joined -= sum(
                t.end - t.start for t in self.times.between(lo, hi) if lo <= t.start and t.end <= hi
            )
            if joined <= SIBLING_GAP:
                a.base_named = other
                self._keep_readings(a, lambda ind, other=other: ind.change_base in (None, other))

    def from_after(self, drafts: list[Draft]) -> None:
        """*Outlays reached $971 billion last year, up from $882 billion in fiscal 2024*: a figure
        dated by a word counting from the document date, with a from-figure of its series right
        after it dated by a period of its own that covers most of that time, is of the period after
        the from-figure's (the fiscal year after, not the one calendar 2024 mostly is)."""
        for a, b in pairwise(drafts):
            t, own = a.time, b.time
            if (
                t is None
                or own is None
                or not t.relative
                or own.relative
                or own.start < b.mention.end
                or b.sentence is not a.sentence
                or a.metric is None
                or b.metric is None
                or a.metric.id != b.metric.id
                or not self.cues.change_from_before.search(
                    self.text, max(a.mention.end, b.mention.start - 14), b.mention.start
                )
            ):
                continue
            shared = (min(t.until, own.until) - max(t.begin, own.begin)).days
            if shared * 2 > (t.until - t.begin).days and own.begin.day == own.until.day == 1:
                months = (own.until.year - own.begin.year) * 12 + own.until.month - own.begin.month
                a.time = replace(
                    t, begin=own.until, until=add_months(own.until, months), granularity=own.granularity
                )

    def stated_ends(self, drafts: list[Draft]) -> None:
        """8月升至18.8%，6月时只有13.2%，两个月内暴增5.6个百分点: a move in points naming no base of
        its own, right after two levels of its series for two periods in its sentence, is the move
        between them (see _difference_of)."""
        for a, b, c in zip(drafts, drafts[1:], drafts[2:], strict=False):
            if (
                c.ends is not None
                or c.mention.kind not in (K.PERCENTAGE_POINT, K.BASIS_POINT)
                or c.base is not None
                or not (a.sentence is b.sentence is c.sentence)
                or a.is_change
                or b.is_change
                or a.mention.kind != K.PERCENT
                or b.mention.kind != K.PERCENT
                or a.time is None
                or b.time is None
                or a.time.granularity != b.time.granularity
                or a.time.begin == b.time.begin
                or any(d.metric is None for d in (a, b, c))
                or len({d.metric.id for d in (a, b, c)}) != 1  # type: ignore[union-attr]
            ):
                continue
            if c.time is not None and c.time not in (a.time, b.time) and c.time.start < b.mention.end:
                continue  # a time of its own before the levels' last
            older, newer = (a, b) if a.time.begin < b.time.begin else (b, a)
            c.ends = (older, newer)

    def _difference_of(self, a: Draft, b: Draft, c: Draft) -> None:
        """*fell from 12.69 million to 12.59 million, a drop of about 108,000*, 从…约7.68万亿美元降至…
        约6.89万亿美元，一年缩水近8000亿美元: a change of the same metric right after a from-to pair, in
        its sentence and with no time of its own after the pair, is the pair's difference."""
        if c.sentence is not b.sentence or not c.is_change:
            return
        if c.mention.kind != b.mention.kind and {c.mention.kind, b.mention.kind} != _PLAIN_OR_COUNTED:
            return  # 12.59 million … a drop of about 83,000 jobs: a count of the same thing
        if c.metric is None or b.metric is None or c.metric.id != b.metric.id:
            return
        if c.time is not None and c.time is not b.time and c.time.start > b.mention.end:
            return  # a time of its own after the pair
        c.ends = (a, b)


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of the table line ``text[start:end]``: stretches parted as `_CELL_GAP` says.
    A first cell whose label ends in a bracket with a figure written right after it (核心CPI年增率
    （9月）3.3%, in a line with other cells) is two: the label and the figure."""
    out, at = [], start
    for gap in [*_CELL_GAP.finditer(text, start, end), None]:
        stop = end if gap is None else gap.start()
        if text[at:stop].strip():
            lead = len(text[at:stop]) - len(text[at:stop].lstrip())
            out.append((at + lead, at + len(text[at:stop].rstrip())))
        if gap is not None:
            at = gap.end()
    if len(out) > 1:
        joined = _LABEL_THEN_FIGURE.match(text, *out[0])
        if joined is not None:
            out[:1] = [(out[0][0], joined.end("label")), (joined.end("label"), out[0][1])]
    return out


def _once_each(terms: list[TermMention]) -> list[TermMention]:
    """The first of ``terms`` for each indicator they mean."""
    first: dict[str, TermMention] = {}
    for term in terms:
        first.setdefault(term.id, term)
    return list(first.values())


def _compose(template: str, words: dict[str, str]) -> tuple[str, dict[str, tuple[int, int]]]:
    """A share frame's name (``{part} share of {whole}``) with its words, and where each slot is."""
    out, where = "", {}
    for piece in regex.split(r"(\{part\}|\{whole\})", template):
        slot = piece[1:-1] if piece in ("{part}", "{whole}") else None
        value = words[slot] if slot is not None else piece
        if slot is not None:
            where[slot] = (len(out), len(out) + len(value))
        out += value
    return out, where


def _last_name(found: list[TermMention]) -> list[TermMention]:
    """The last of several qualified names, once per indicator it means, as indicator names."""
    if not found:
        return []
    last = found[-1]
    return [
        TermMention(q.start, q.end, "indicator", q.id, q.surface)
        for q in found
        if (q.start, q.end) == (last.start, last.end)
    ]


def _age(written: str) -> str:
    """An age as Arabic digits (二十四: 24)."""
    if written.isdigit():
        return written
    parsed = parse_cjk(written, quantity_grammar().cjk)
    return str(int(parsed.value)) if parsed is not None else written


def _readings(draft: Draft) -> set[str]:
    """The indicators a drafted figure is read as: its metric and the other readings of its name."""
    return {t.id for t in draft.alternatives} | ({draft.metric.id} if draft.metric is not None else set())


def _some_earlier_value(draft: Draft) -> None:
    """The figure is some value before the latest, of a period the text does not say (a table's
    previous value in a row with no time, an unsaid 同期): it has no time, and is read as past."""
    draft.time, draft.past = None, True


def _read_as(draft: Draft, name: TermMention, indicator: str) -> None:
    """The figure's metric is ``indicator`` alone, under ``name`` (a target and the series it is
    set for)."""
    term = replace(name, kind="indicator", id=indicator)
    draft.metric, draft.alternatives = term, [term]


def _word_ends(cue: regex.Pattern[str], rest: str) -> bool:
    """``rest`` is a word of ``cue`` (a pattern anchored at the end), perhaps after a one- or
    two-character prefix of comparison (年减, 同比下降)."""
    found = cue.search(rest)
    return found is not None and found.start() <= 2


def _same_period(named: TimeMention | None, unnamed: TimeMention | None) -> bool:
    """The named figure's period is the unnamed one's, or the named one is undated and the unnamed
    one's counts from the document date (last month)."""
    if named is None:
        return unnamed is None or unnamed.relative
    return unnamed is not None and (named.begin, named.until) == (unnamed.begin, unnamed.until)


def _period_base(own: tuple[dt.date, dt.date], compared: tuple[dt.date, dt.date]) -> str:
    """How a change over ``own`` is measured when it is compared with the period ``compared``:
    "previous" (the period right before, as long), "year_ago" (the same period a year before, or
    the whole year before a part of a year), else "stated"."""
    (begin, until), (base_begin, base_until) = own, compared
    if (
        base_until == begin
        and (base_until - base_begin).days * 12 // 10
        >= (until - begin).days
        >= (base_until - base_begin).days * 10 // 12
    ):
        return "previous"
    if (base_begin, base_until) == (_year_before(begin), _year_before(until)):
        return "year_ago"
    if (base_begin, base_until) == (
        dt.date(begin.year - 1, 1, 1),
        dt.date(begin.year, 1, 1),
    ) and until <= dt.date(begin.year + 1, 1, 1):
        return "year_ago"  # 5月CPI比去年上涨2.4%, *in May compared with last year*: the same month
    return "stated"


def _year_before(day: dt.date) -> dt.date:
    return (
        day.replace(year=day.year - 1)
        if (day.month, day.day) != (2, 29)
        else day.replace(year=day.year - 1, day=28)
    )


def _inherit(a: Draft, b: Draft) -> None:
    if a.metric is not None and a.metric_score > b.metric_score:
        b.metric, b.metric_score, b.alternatives = a.metric, a.metric_score, a.alternatives
    if a.entity_id is not None and a.entity_score > b.entity_score:
        b.entity_id, b.entity_term, b.entity_score = a.entity_id, a.entity_term, a.entity_score
    if b.attribution is None:
        b.attribution = a.attribution


def _text_without(text: str, mentions: list, start: int, end: int) -> str:  # type: ignore[type-arg]
    """``text[start:end]`` with the mentions (sorted by start) that lie wholly inside it left out."""
    pieces, at = [], start
    for t in mentions:
        if t.start < at or t.end > end:
            continue
        pieces.append(text[at : t.start])
        at = t.end
    pieces.append(text[at:end])
    return "".join(pieces)


def _inside_quote(text: str, sentence: Sentence, pos: int) -> bool:
    """The position lies inside a long quotation (short quotes are emphasis, not speech)."""
    opening = max(text.rfind(q, sentence.start, pos) for q in '“「『"')
    if opening < 0:
        return False
    closing = min(
        (i for i in (text.find(q, opening + 1, sentence.end) for q in '”」』"') if i >= 0),
        default=sentence.end,
    )
    return pos < closing and closing - opening >= 12


def assemble(doc: Document, found: Extraction, refdata: RefData, attributions: list) -> list[Draft]:  # type: ignore[type-arg]
    """Drafts for every figure that can be a claim, in text order."""
    assembler = _Assembler(doc, found, refdata, attributions)
    drafts = [d for i, m in enumerate(found.quantities) if (d := assembler.draft(i, m)) is not None]
    assembler.restatements(drafts)
    assembler.period_bases(drafts)
    assembler.sibling_bases(drafts)
    assembler.year_ago_beside(drafts)
    assembler.from_after(drafts)
    assembler.changes(drafts)
    assembler.stated_ends(drafts)
    return drafts


def _skip_spaces(text: str, pos: int) -> int:
    """The first position at or after ``pos`` that holds no space or tab."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    return pos


def _periods_of(span: TimeMention, count: int) -> list[TimeMention]:
    """The ``count`` periods of equal length that make up ``span`` (2月至5月 in four: the months;
    前两个季度 in two: the quarters), each at the span's place in the text; none when the span
    does not split so."""
    begin, until = span.begin, span.until
    if begin.day != 1 or until.day != 1:
        return []
    months = (until.year - begin.year) * 12 + until.month - begin.month
    for granularity, step in (*_PERIOD_MONTHS.items(), (Granularity.YEAR, 12)):
        if months == step * count and (begin.month - 1) % step == 0:
            return [
                replace(
                    span,
                    begin=add_months(begin, step * i),
                    until=add_months(begin, step * (i + 1)),
                    granularity=granularity,
                    whole_periods=False,
                )
                for i in range(count)
            ]
    return []
