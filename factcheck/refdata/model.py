"""The records of a reference-data package: indicators, entities, sources, observations."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..models.time import Granularity

__all__ = [
    "ENTITY_KINDS",
    "FREQUENCIES",
    "INDICATOR_KINDS",
    "Entity",
    "Indicator",
    "LocalizedNames",
    "LocalizedWords",
    "Observation",
    "Source",
]

IndicatorKind = Literal["percent", "currency", "count", "rate_change_bp", "index", "ratio", "measure"]
Frequency = Literal[
    "daily", "weekly", "event", "monthly", "quarterly", "annual", "fiscal_year", "academic_year"
]
EntityKind = Literal["country", "aggregate", "region", "organisation", "central_bank", "company", "index"]
#: The allowed values, in the order the documentation lists them.
INDICATOR_KINDS: tuple[str, ...] = IndicatorKind.__args__  # type: ignore[attr-defined]
FREQUENCIES: tuple[str, ...] = Frequency.__args__  # type: ignore[attr-defined]
ENTITY_KINDS: tuple[str, ...] = EntityKind.__args__  # type: ignore[attr-defined]


class _Record(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class LocalizedNames(_Record):
    """A name in English, Simplified and Traditional Chinese."""

    en: str
    zh_hans: str = Field(alias="zh-Hans")
    zh_hant: str = Field(alias="zh-Hant")


class LocalizedWords(_Record):
    """Alternative names per language and script."""

    en: list[str] = Field(default_factory=list)
    zh_hans: list[str] = Field(default_factory=list, alias="zh-Hans")
    zh_hant: list[str] = Field(default_factory=list, alias="zh-Hant")

    def all(self) -> list[str]:
        """Every alias, all languages."""
        return [*self.en, *self.zh_hans, *self.zh_hant]


class Indicator(_Record):
    """What is measured: unit, frequency and basis flags, names and aliases."""

    id: str = Field(pattern=r"^[a-z0-9_]+$", description="identifier: lowercase letters, digits and _")
    unit: str = Field(description="pint unit of every value (with rules/units/factcheck_units.txt)")
    kind: IndicatorKind = Field(
        description="percent, currency, count, rate_change_bp, index, ratio or measure"
    )
    frequency: Frequency = Field(
        description="daily, weekly, event, monthly, quarterly, annual, fiscal_year or academic_year"
    )
    basis: str = Field(
        default="", description="what exactly is measured: coverage, adjustment, vintage notes"
    )
    fiscal_year_start: int | None = Field(
        default=None, ge=1, le=12, description="first month of the fiscal year of FY periods (default 10)"
    )
    names: LocalizedNames = Field(description="the name in en, zh-Hans and zh-Hant")
    aliases: LocalizedWords = Field(
        default_factory=LocalizedWords, description="other names: lists under en, zh-Hans and zh-Hant"
    )
    entity_aliases: LocalizedWords = Field(
        default_factory=LocalizedWords,
        description="names that mean this indicator only after a name of its own entity in the same "
        "clause (美联储维持高利率, the Fed kept its key rate): lists under en, zh-Hans and zh-Hant",
    )
    own_names: LocalizedWords = Field(
        default_factory=LocalizedWords,
        description="names only the default entity's statisticians use (城镇调查失业率 is China's): a "
        "figure named by one is that entity's unless its clause names another, whichever country "
        "the text named last; lists under en, zh-Hans and zh-Hant",
    )
    definition: str = Field(default="", description="one-sentence definition")
    default_entity: str | None = Field(default=None, description="entity assumed when the text names none")
    release_lag_days: int | None = Field(
        default=None, ge=0, description="typical days from the end of a period to its first release"
    )
    estimate_interval_days: int | None = Field(
        default=None,
        gt=0,
        description="typical days between successive estimates of a period (BEA's advance, second and "
        "third GDP estimates): a figure near the last estimate the data has, in a text dated after the "
        "next one was due and which the data lacks, is not faulted",
    )
    revision_size: Decimal | None = Field(
        default=None,
        ge=0,
        description="the most a later revision moves a value, in the indicator's unit (the US "
        "unemployment rate: 0.1 point at a seasonal revision), from the publisher's account of its "
        "revisions: a figure further than this from the only, later, row of its period is judged "
        "against it; without it, a figure within 5% of that row is not judged",
    )
    change: bool = Field(
        default=False, description="values are changes (growth rates: 出口增长6%), not levels (失业率5%)"
    )
    target: bool = Field(
        default=False,
        description="values are announced targets: a text stating one reports a fact, not a forecast",
    )
    fixed_entity: bool = Field(
        default=False,
        description="the indicator names its own entity (the dollar's share of world reserves is a world "
        "figure): countries named near a figure do not change it",
    )
    stock: bool = Field(
        default=False,
        description="values are levels at a moment (people employed, debt outstanding), not flows over "
        "the period: a figure for a longer span may be the level at any moment of it",
    )
    terms: str | None = Field(
        default=None,
        pattern=r"^[A-Z]{3}$",
        description="the currency a rate of change is worked out in (exports growth in dollar or in "
        "yuan terms): a text that names the other currency's terms is not this indicator's figure",
    )
    discontinued_after: str | None = Field(
        default=None,
        description="the last period the publisher released before stopping the series (2023-06): a "
        "figure for a later period can have no value, so one matching an earlier period fits that "
        "period; without it, a period after the last row is one the reference data does not have yet",
    )
    first_period: str | None = Field(
        default=None,
        description="the first period the publisher released the series for (2023-12): a figure for "
        "an earlier period can have no value of it, so a reading of the text's words as this series "
        "gives way to another reading of them (the older youth unemployment rate including students)",
    )
    change_base: Literal["year_ago", "previous"] | None = Field(
        default=None,
        description="what a change value is measured from: the same period a year earlier (year_ago: "
        "同比, year on year) or the period before (previous: 环比, quarter on quarter); a figure whose "
        "clause names the other base is not this indicator's",
    )
    annualised: bool = Field(
        default=False,
        description="values are changes from the period before at a yearly pace (US GDP's annualised "
        "quarterly growth): a figure whose sentence names the period before as its base without a "
        "word of annualising (quarter on quarter, 环比) is not this indicator's",
    )
    constant_prices: bool = Field(
        default=False,
        description="values are changes at constant prices (real GDP growth): a figure named as a "
        "nominal one (名义GDP增速, nominal GDP growth) is not this indicator's",
    )
    range_end: Literal["low", "high"] | None = Field(
        default=None,
        description="the values are one end of a range (the lower or upper bound of a target range): "
        "a range in a text is checked end for end, its low end against 'low', its high end against 'high'",
    )
    target_of: list[str] = Field(
        default_factory=list,
        description="for an indicator of announced targets, the indicators whose values it sets a "
        "goal for (one name, or a list when one measure has several series: China's GDP growth "
        "target is a goal for growth by year and so far this year): a figure written as a goal "
        "for one of them (控制在5.5%左右, 5%左右的目标) is checked against the target",
    )

    @field_validator("target_of", mode="before")
    @classmethod
    def _one_or_more(cls, value: object) -> object:
        """One indicator may be written without a list."""
        return [value] if isinstance(value, str) else [] if value is None else value

    part_of: list[str] = Field(
        default_factory=list,
        description="indicators of the whole this one is a part of (exports to the US: all exports); "
        "a figure written after a word for the whole (总体, overall) that would take this indicator "
        "from an earlier name takes these instead",
    )
    previous_period_quoted: bool = Field(
        default=False,
        description="values are changes from a year before, and the change from the period before is "
        "quoted as often (consumer prices month on month, China's GDP quarter on quarter): a rise or "
        "fall with no word of a year before, far below every value and of the same sign, may be that "
        "change and is not judged",
    )
    never_above: str | None = Field(
        default=None,
        description="an indicator whose value, for the same entity and period, this one's never exceeds "
        "(debt held by the public to GDP: the gross debt ratio): a figure the other series' value "
        "contradicts by being below it is above this one's too, so this reading does not shield it",
    )


class Entity(_Record):
    """Who or what a figure is about: a country, aggregate, organisation, company or index."""

    id: str = Field(
        pattern=r"^[A-Za-z0-9_.-]+$",
        description="ISO 3166-1 alpha-3 for countries, a short upper-case id otherwise",
    )
    kind: EntityKind = Field(
        description="country, aggregate, region (a part of a country), organisation, central_bank, company "
        "or index"
    )
    names: LocalizedNames = Field(description="the name in en, zh-Hans and zh-Hant")
    aliases: LocalizedWords = Field(
        default_factory=LocalizedWords, description="other names: lists under en, zh-Hans and zh-Hant"
    )
    country: str | None = Field(
        default=None,
        description="the country (or currency area) an organisation belongs to (the Fed: USA): a text "
        "naming the organisation has named that country's context",
    )


class Source(_Record):
    """A publisher's dataset."""

    id: str = Field(pattern=r"^[A-Za-z0-9_.-]+$")
    publisher: str
    dataset: str
    url: str
    license: str = ""
    note: str = ""


@dataclass(frozen=True, slots=True)
class Observation:
    """One value of an indicator for an entity and period, as released on ``published``."""

    indicator: str
    entity: str
    period: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    value: Decimal  # in ``unit``, unit_mult applied
    unit: str
    published: dt.date
    source_id: str
    url: str
    note: str
    table: str
    package: str  # name@version
    #: The unit the value was rounded to when it was written with decimals (134.9 trillion:
    #: 0.1 trillion); None for a whole number, which may be exact (a policy rate of 4).
    rounding: Decimal | None = None
