"""Schemas of the rule files: rhetoric packs, context modifiers, cue sets and attribution cues.

    rules/rhetoric/<device>.yaml    RulePack: the rules of one device, in every language
    rules/modifiers.yaml            ModifiersFile: context modifiers (negation, hedge, quotes …)
    rules/cues/<lang>.yaml          CueFile: named cue sets and text structure of one language
    rules/lang/<lang>/attribution.yaml   AttributionSection (a language-pack section)

A rule belongs to one of a small closed set of kinds (:class:`RuleKind`); the
engine in ``factcheck.annotate`` implements each kind once. Lexicons are
written in Simplified Chinese or English; Traditional text matches them after
normalisation, so an entry that normalisation would change is rejected.
"""

from __future__ import annotations

from enum import Enum
from typing import Annotated, Any, Literal

import regex
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from .annotation import Level

__all__ = [
    "DEVICES",
    "AttributionSection",
    "Calibration",
    "ConditionalSpec",
    "ConfidenceSpec",
    "CueFile",
    "Direction",
    "Effect",
    "Examples",
    "ModifierKind",
    "ModifierSpec",
    "ModifiersFile",
    "NamedPattern",
    "PackDefaults",
    "Provenance",
    "RepetitionSpec",
    "RuleKind",
    "RulePack",
    "RuleSpec",
    "Scope",
    "SequenceSpec",
    "Structure",
    "check_regex",
    "compose",
]

#: The device ids of the taxonomy (research/rhetoric.md §a) plus the composite unsupported_assertion.
DEVICES: tuple[str, ...] = (
    "loaded_language",
    "name_calling",
    "casting_doubt",
    "absolute_certainty",
    "overgeneralization",
    "exaggeration",
    "appeal_to_fear",
    "rhetorical_question",
    "anonymous_authority",
    "appeal_to_popularity",
    "self_authority",
    "prediction_as_certainty",
    "hedge",
    "analogy",
    "false_dilemma",
    "causal_oversimplification",
    "thought_terminating_cliche",
    "flag_waving",
    "whataboutism",
    "repetition",
    "unsupported_assertion",
)

_SLOT = regex.compile(r"\{([A-Za-z_]\w*)\}")


def compose(pattern: str, fragments: dict[str, str]) -> str:
    """Replace ``{name}`` slots by ``(?:fragment)``; unknown slots raise ``KeyError``.

    Only declared names are replaced, so quantifiers such as ``{2,8}`` stay as written.
    """

    def repl(m: regex.Match[str]) -> str:
        return f"(?:{fragments[m.group(1)]})"

    return _SLOT.sub(repl, pattern)


def check_regex(pattern: str) -> str:
    """Validate a regular expression (``{name}`` slots are checked where they are filled in)."""
    try:
        regex.compile(_SLOT.sub("x", pattern))
    except regex.error as exc:
        raise ValueError(f"invalid regular expression: {exc}") from None
    return pattern


def _check_simplified(entries: list[str]) -> list[str]:
    from ..normalize.text import fold_width, to_simplified

    for entry in entries:
        folded, _ = fold_width(entry)
        simplified, _ = to_simplified(folded)
        if simplified != entry:
            raise ValueError(f"entry {entry!r} is not in normalised form: write it as {simplified!r}")
    return entries


Regex = Annotated[str, AfterValidator(check_regex)]
LangCode = Annotated[str, Field(pattern=r"^[a-z]{2,3}$")]
Cues = Annotated[list[Annotated[str, Field(min_length=1)]], AfterValidator(_check_simplified)]
RuleId = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+$")]
#: A logit adjustment, or ``"suppress"`` to drop the finding.
Effect = float | Literal["suppress"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class RuleKind(str, Enum):
    """The closed set of rule kinds the engine implements."""

    LEXICON = "lexicon"  # literal cues (Aho-Corasick)
    PATTERN = "pattern"  # regular expressions (regex module, with a timeout)
    SEQUENCE = "sequence"  # ordered cue pairs in one sentence: 要么…要么, either … or
    QUESTION = "question"  # a cue in a sentence that is a question
    REPETITION = "repetition"  # the same phrase or finding repeated within a window
    CONDITIONAL = "conditional"  # a check-worthy claim that needs an attribution in its evidence window


class Direction(str, Enum):
    """Where a modifier's cue must sit relative to the finding."""

    BACKWARD = "backward"
    FORWARD = "forward"
    EITHER = "either"


class Scope(str, Enum):
    """How far a modifier's cue reaches."""

    CLAUSE = "clause"
    SENTENCE = "sentence"


class ModifierKind(str, Enum):
    """The closed set of context-modifier kinds."""

    CUE = "cue"  # a named cue set near the finding
    QUESTION = "question"  # the sentence is a question
    QUOTE = "quote"  # reported speech (speech verb + quote, or a long quotation)
    TITLE = "title"  # inside a title mark (《…》)
    TURN = "turn"  # an interview or reader-comment turn
    HEADING = "heading"  # the sentence is a heading
    BOILERPLATE = "boilerplate"  # page chrome marked by the segmenter
    SOURCED = "sourced"  # the sentence has a figure and a strong attribution


class Calibration(_Model):
    """How the base confidence was measured."""

    precision: float = Field(ge=0.0, le=1.0, description="raw precision of the rule's hits")
    hits: int = Field(ge=0, description="labelled examples the rule fired on, without modifiers")
    correct: int = Field(ge=0, description="of which positives of the rule's device")
    alpha: float = Field(gt=0.0, description="prior weight of the shrinkage")
    corpus: list[str] = Field(description="the labelled files measured")


class ConfidenceSpec(_Model):
    """Prior and measured confidence of a rule."""

    prior: float = Field(ge=0.0, le=1.0, description="hand-set expected precision before measurement")
    base: float = Field(ge=0.0, le=1.0, description="shrunk measured precision, used at run time")
    calibration: Calibration | None = None


class Provenance(_Model):
    """Where a rule comes from and why it holds."""

    source: str = Field(min_length=1, description="taxonomy section, style guide or study")
    rationale: str | None = None
    link: str | None = None


class Examples(_Model):
    """Sentences the rule must flag and sentences it must pass, per language."""

    flag: dict[LangCode, list[str]] = Field(default_factory=dict)
    pass_: dict[LangCode, list[str]] = Field(default_factory=dict, alias="pass")


class SequenceSpec(_Model):
    """An ordered pair of cues in one sentence, with at most ``max_gap`` characters between them."""

    first: Cues
    then: Cues
    max_gap: int = Field(default=30, ge=0)


class RepetitionSpec(_Model):
    """What counts as repetition.

    ``of_devices``: the same finding (normalised text) of these devices, counted over the document;
    ``phrases``: the same phrase at the ``start`` or ``end`` of clauses, or the same ``whole``
    clause, in clauses spanning at most ``window`` characters of one paragraph.
    Occurrences from the ``min_count``-th on are flagged. Tokens are words, or single Han characters.
    """

    of_devices: list[str] = Field(default_factory=list)
    of_rules: list[str] = Field(default_factory=list, description="only findings of these rule ids (globs)")
    phrases: list[Literal["start", "end", "whole"]] = Field(default_factory=list)
    min_count: int = Field(default=3, ge=2)
    window: int = Field(default=300, ge=20, description="characters spanned by the counted clauses")
    min_tokens: dict[LangCode, int] = Field(default_factory=dict, description="shortest start/end phrase")
    max_tokens: int = Field(default=6, ge=1, description="longest start/end phrase")
    stop: dict[LangCode, Cues] = Field(default_factory=dict, description="phrases never counted")


class ConditionalSpec(_Model):
    """A check-worthy claim stated as fact with no attribution in its evidence window.

    The trigger is any of: quantities of ``quantity_kinds`` (counts from ``min_count``),
    the rule's ``cues``/``patterns``, or findings of ``devices`` in the sentence.
    """

    claim: str = Field(min_length=1, description="claim type named in messages (quantitative, causal …)")
    quantity_kinds: list[str] = Field(default_factory=list)
    min_count: float = 10
    exclude_units: list[str] = Field(
        default_factory=list, description="quantities in these units are no claim"
    )
    devices: list[str] = Field(default_factory=list)
    before: int = Field(default=2, ge=0, description="earlier sentences of the paragraph in the window")
    max_chars: int = Field(default=300, ge=0, description="characters of the window before the sentence")
    weak: float = Field(default=-0.7, description="logit when only a vague attribution is in the window")
    carried: Effect = Field(
        default=-1.5, description="effect when a strong attribution is in the window only"
    )


def _known_device(value: str | None) -> str | None:
    if value is not None and value not in DEVICES:
        raise ValueError(f"unknown device {value!r}; known: {', '.join(DEVICES)}")
    return value


def _modifier_map(value: Any) -> dict[str, Effect | None]:
    """Accept ``[name, {name: effect}, …]`` or ``{name: effect}``; ``None`` means the default effect."""
    if value is None:
        return {}
    if isinstance(value, dict):
        return dict(value)
    if not isinstance(value, list):
        raise ValueError("must be a list of modifier names or {name: effect} mappings")
    out: dict[str, Effect | None] = {}
    for item in value:
        if isinstance(item, str):
            out[item] = None
        elif isinstance(item, dict) and len(item) == 1:
            out.update(item)
        else:
            raise ValueError(f"{item!r}: expected a modifier name or a one-entry {{name: effect}} mapping")
    return out


class PackDefaults(_Model):
    """Values every rule of a pack inherits unless it sets its own."""

    level: Level = Level.WARNING
    modifiers: dict[str, Effect | None] = Field(default_factory=dict)

    @field_validator("modifiers", mode="before")
    @classmethod
    def _coerce(cls, value: Any) -> dict[str, Effect | None]:
        return _modifier_map(value)


class RuleSpec(_Model):
    """One rule: a matcher of a closed kind, its confidence, message, provenance and examples."""

    id: RuleId
    kind: RuleKind
    device: str | None = None
    languages: list[LangCode] = Field(default_factory=list, description="default: languages with data")
    level: Level | None = None
    confidence: ConfidenceSpec
    message: str = Field(min_length=1, description="may use {match}")
    cues: dict[LangCode, Cues] = Field(default_factory=dict)
    patterns: dict[LangCode, list[Regex]] = Field(default_factory=dict)
    sequences: dict[LangCode, list[SequenceSpec]] = Field(default_factory=dict)
    require_question: bool = Field(default=True, description="question kind: the sentence must end with ?")
    repetition: RepetitionSpec | None = None
    conditional: ConditionalSpec | None = None
    exceptions: dict[LangCode, list[Regex]] = Field(
        default_factory=dict, description="a match of one of these overlapping the hit cancels it"
    )
    modifiers: dict[str, Effect | None] = Field(default_factory=dict)
    provenance: Provenance
    examples: Examples

    @field_validator("modifiers", mode="before")
    @classmethod
    def _coerce(cls, value: Any) -> dict[str, Effect | None]:
        return _modifier_map(value)

    @field_validator("device")
    @classmethod
    def _known_device(cls, value: str | None) -> str | None:
        return _known_device(value)

    @field_validator("message")
    @classmethod
    def _placeholders(cls, value: str) -> str:
        unknown = {m.group(1) for m in _SLOT.finditer(value)} - {"match"}
        if unknown:
            raise ValueError(f"unknown placeholder(s) {sorted(unknown)}; only {{match}} is filled in")
        return value

    @model_validator(mode="after")
    def _kind_data(self) -> RuleSpec:
        need = {
            RuleKind.LEXICON: ("cues", self.cues),
            RuleKind.PATTERN: ("patterns", self.patterns),
            RuleKind.SEQUENCE: ("sequences", self.sequences),
            RuleKind.QUESTION: ("cues", self.cues or self.patterns),
            RuleKind.REPETITION: ("repetition", self.repetition),
            RuleKind.CONDITIONAL: ("conditional", self.conditional),
        }
        name, value = need[self.kind]
        if not value:
            raise ValueError(f"a {self.kind.value} rule needs '{name}'")
        return self

    def data_languages(self) -> list[str]:
        """Languages the rule has matcher data or examples for."""
        found = set(self.cues) | set(self.patterns) | set(self.sequences) | set(self.examples.flag)
        return sorted(found)


class RulePack(_Model):
    """A rule file: the rules of one device."""

    schema_: Literal["factcheck.rules/1"] = Field(alias="schema")
    device: str
    description: str = Field(min_length=1, description="definition of the device")
    defaults: PackDefaults = Field(default_factory=PackDefaults)
    rules: list[RuleSpec] = Field(min_length=1)

    @field_validator("device")
    @classmethod
    def _known_device(cls, value: str) -> str:
        return _known_device(value)  # type: ignore[return-value]

    @model_validator(mode="after")
    def _same_device(self) -> RulePack:
        for rule in self.rules:
            if rule.device not in (None, self.device):
                raise ValueError(f"rule {rule.id} has device {rule.device!r} in a {self.device!r} pack")
        return self


class ModifierSpec(_Model):
    """A context modifier: when it applies, and what it does to a finding's confidence."""

    kind: ModifierKind
    description: str = Field(min_length=1)
    effect: Effect
    default: bool = Field(default=False, description="applies to every rule unless the rule overrides it")
    cues: str | None = Field(default=None, description="cue kind: name of the cue set")
    pseudo: str | None = Field(default=None, description="cue kind: cue set of look-alikes that do not count")
    direction: Direction = Direction.BACKWARD
    scope: Scope = Scope.CLAUSE
    window: dict[LangCode, int] = Field(
        default_factory=dict, description="max characters between cue and hit"
    )
    turn: Literal["question", "answer", "comment"] | None = None
    quotes: Literal["reported", "any"] = Field(
        default="reported",
        description="quote kind: reported speech only, or any quotation (scare quotes too)",
    )

    @model_validator(mode="after")
    def _fields_of_kind(self) -> ModifierSpec:
        if self.kind is ModifierKind.CUE and not self.cues:
            raise ValueError("a cue modifier needs 'cues' (the name of a cue set)")
        if self.kind is ModifierKind.TURN and not self.turn:
            raise ValueError("a turn modifier needs 'turn' (question, answer or comment)")
        return self


class ModifiersFile(_Model):
    """``rules/modifiers.yaml``."""

    schema_: Literal["factcheck.modifiers/1"] = Field(alias="schema")
    floor: float = Field(default=0.2, ge=0.0, le=1.0, description="findings below this are dropped")
    cap: float = Field(default=0.95, gt=0.0, le=1.0, description="highest confidence after merging")
    modifiers: dict[str, ModifierSpec]


class Turns(_Model):
    """Line patterns that open interview and reader-comment turns."""

    question: list[Regex] = Field(default_factory=list)
    answer: list[Regex] = Field(default_factory=list)
    comment: list[Regex] = Field(default_factory=list)


class Structure(_Model):
    """Punctuation and layout of a language, as the engine sees it after normalisation."""

    @field_validator("folds")
    @classmethod
    def _one_for_one(cls, value: dict[str, str]) -> dict[str, str]:
        bad = [k for k, v in value.items() if len(k) != 1 or len(v) != 1]
        if bad:
            raise ValueError(f"folds must map one character to one character: {bad}")
        return value

    folds: dict[str, str] = Field(
        default_factory=dict, description="characters replaced one for one before matching (， → ,)"
    )
    clause_marks: str = Field(min_length=1, description="characters that end a clause")
    list_marks: str = Field(default="", description="enumeration commas (、): their items are list items")
    question_marks: str = Field(min_length=1)
    sentence_enders: str = Field(min_length=1, description="a line ending in none of these may be a heading")
    soft_enders: str = Field(default="", description="a sentence ending in one continues into the next")
    quote_pairs: list[tuple[str, str]] = Field(default_factory=list)
    title_pairs: list[tuple[str, str]] = Field(default_factory=list)
    reported_quote_chars: int = Field(default=12, description="a quotation this long is reported speech")
    speech_gap: int = Field(default=10, description="max characters between speech verb and quote")
    speech_marks: list[str] = Field(
        default_factory=lambda: [":", ","], description="what follows a speech verb"
    )
    heading_chars: int = Field(default=40, description="longest heading")
    heading_markers: list[Regex] = Field(
        default_factory=list, description="section numbering at a line start"
    )
    heading_breakers: str = Field(
        default="", description="characters a short unnumbered heading never contains"
    )
    turns: Turns = Field(default_factory=Turns)


class CueFile(_Model):
    """``rules/cues/<lang>.yaml``: named cue sets and the structure of one language."""

    schema_: Literal["factcheck.cues/1"] = Field(alias="schema")
    structure: Structure
    sets: dict[str, Cues]


class NamedPattern(_Model):
    """A named regular expression; ``{sources}``, ``{verbs}`` and ``{nouns}`` are filled in.

    A ``source`` group, when present, captures who is cited.
    """

    name: str = Field(min_length=1)
    regex: Regex
    anchor: Literal["sources", "verbs", "nouns"] | None = Field(
        default=None, description="only search near these words (every match contains one)"
    )
    reach: int = Field(default=40, ge=1, description="characters around an anchor a match can extend")


class AttributionSection(_Model):
    """Attribution cues of a language (a language-pack section, ``attribution.yaml``).

    Strong cues name a checkable source and suppress an unsupported assertion; weak
    cues point at an unnamed one (据悉, some say) and only lower its score. A
    captured source made only of ``vague`` words is weak.
    """

    sources: Cues = Field(default_factory=list, description="named publishers, outlets, institutions")
    verbs: Cues = Field(default_factory=list, description="reporting verbs")
    nouns: Cues = Field(default_factory=list, description="source nouns: report, data, survey …")
    weak: Cues = Field(default_factory=list, description="vague attributions (据悉, some say)")
    vague: Cues = Field(default_factory=list, description="words that name no one in particular (专家, some)")
    not_sources: Cues = Field(
        default_factory=list,
        description="discourse markers a captured source may start with (换句话说): no cue",
    )
    anaphora: Cues = Field(
        default_factory=list, description="references back to a source named earlier (数据显示, the report)"
    )
    strong_patterns: list[NamedPattern] = Field(default_factory=list)
    weak_patterns: list[NamedPattern] = Field(default_factory=list)
