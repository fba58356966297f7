"""What each rule id means, for SARIF ``rules[]``, the HTML legend and Markdown.

Claim and inconsistency rules are described in ``data/finding_rules.yaml``;
rhetoric rules describe themselves in their rule packs. A rule's precision is
its measured precision: the raw precision of its calibration on the labelled
corpus (``confidence.calibration.precision``), else its declared base.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from ..models.annotation import Annotation

__all__ = ["RuleInfo", "describe", "describe_annotation", "precision_label", "register_source"]

_DATA = Path(__file__).with_name("data") / "finding_rules.yaml"


@dataclass(frozen=True)
class RuleInfo:
    """A rule as tools show it."""

    id: str
    name: str
    short: str
    full: str
    level: str
    precision: float | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)


#: Functions mapping a rule id to its :class:`RuleInfo` (or None), asked in order.
_SOURCES: list[Callable[[str], RuleInfo | None]] = []


def register_source(source: Callable[[str], RuleInfo | None]) -> None:
    """Add a provider of rule descriptions (rule packs register theirs)."""
    if source not in _SOURCES:
        _SOURCES.append(source)
        describe.cache_clear()


@cache
def _finding_rules() -> Mapping[str, Mapping[str, str]]:
    loaded = yaml.safe_load(_DATA.read_text(encoding="utf-8"))
    return loaded if isinstance(loaded, dict) else {}


def _camel(rule_id: str) -> str:
    tail = rule_id.replace("-", ".").replace("_", ".").split(".")
    return "".join(part[:1].upper() + part[1:] for part in tail if part)


def precision_label(value: float | None) -> str | None:
    """SARIF's precision bucket for a measured precision."""
    if value is None:
        return None
    if value >= 0.95:
        return "very-high"
    if value >= 0.85:
        return "high"
    if value >= 0.65:
        return "medium"
    return "low"


def _rule_pack_info(rule_id: str) -> RuleInfo | None:
    """A rhetoric rule as its pack describes it, with its measured precision."""
    try:
        from ..annotate.loader import load_rules
    except ImportError:  # an installation without the rule engine describes rules from their findings
        return None
    try:
        rule = load_rules().by_id(rule_id)
    except KeyError:
        return None
    spec = rule.spec
    measured = spec.confidence.calibration.precision if spec.confidence.calibration else spec.confidence.base
    short = spec.message.replace("'{match}'", "…").replace("{match}", "…")
    full = spec.provenance.rationale or spec.provenance.source
    return RuleInfo(
        rule_id,
        _camel(rule_id),
        short,
        full,
        rule.level.value,
        measured,
        tags=tuple(t for t in ("rhetoric", rule.device) if t),
    )


_SOURCES.append(_rule_pack_info)


@cache
def describe(rule_id: str, kind: str, device: str | None, level: str, message: str) -> RuleInfo:
    """The description of ``rule_id``, from a registered source, the data file, or the finding itself."""
    for source in _SOURCES:
        info = source(rule_id)
        if info is not None:
            return info
    data = _finding_rules().get(rule_id) or _finding_rules().get(kind)
    tags = tuple(t for t in (kind, device) if t)
    if data is not None:
        return RuleInfo(rule_id, data["name"], data["short"], data["full"], data["level"], tags=tags)
    subject = (device or kind).replace("_", " ")
    return RuleInfo(
        rule_id, _camel(rule_id), f"{subject[:1].upper()}{subject[1:]}.", message, level, tags=tags
    )


def describe_annotation(annotation: Annotation) -> RuleInfo:
    """:func:`describe` for the rule that produced ``annotation``."""
    return describe(
        annotation.rule_id,
        annotation.kind.value,
        annotation.device,
        annotation.level.value,
        annotation.message,
    )
