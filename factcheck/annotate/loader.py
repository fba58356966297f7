"""Load and check the rule files: rhetoric packs, modifiers and cue sets.

Every problem becomes a :class:`~factcheck.errors.RuleFileError` that names the
file, the line, the rule and the field (``rules/rhetoric/appeal_to_fear.yaml:12:
appeal_to_fear.zh.catastrophe: modifiers: unknown modifier 'negaton'``).
Schema errors come from pydantic through :func:`factcheck.data.validate`; the
checks that span files (unknown modifiers, duplicate ids, missing examples)
are made here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from ..data import LocatedYaml, load_yaml, validate
from ..errors import RuleFileError
from ..models.annotation import Level
from ..models.rules import DEVICES, CueFile, Effect, ModifiersFile, RuleKind, RulePack, RuleSpec
from ..resources import rules_dir

__all__ = ["Rule", "RuleSet", "load_rules", "pack_files"]


@dataclass(frozen=True)
class Rule:
    """A validated rule with everything it inherits from its pack and the modifier defaults."""

    spec: RuleSpec
    device: str
    level: Level
    languages: tuple[str, ...]
    effects: Mapping[str, Effect]
    path: Path
    line: int | None

    @property
    def id(self) -> str:
        """The rule id."""
        return self.spec.id

    @property
    def kind(self) -> RuleKind:
        """The rule kind."""
        return self.spec.kind

    @property
    def base(self) -> float:
        """The base confidence (measured precision)."""
        return self.spec.confidence.base


@dataclass(frozen=True)
class RuleSet:
    """All rules with the modifiers and cue sets they use."""

    rules: tuple[Rule, ...]
    modifiers: ModifiersFile
    cues: Mapping[str, CueFile]
    packs: Mapping[Path, RulePack] = field(default_factory=dict)

    def by_id(self, rule_id: str) -> Rule:
        """The rule with ``rule_id`` (``KeyError`` when there is none)."""
        for rule in self.rules:
            if rule.id == rule_id:
                return rule
        raise KeyError(rule_id)


def pack_files(dirs: Sequence[Path] = ()) -> list[Path]:
    """Rule files: the bundled ``rules/rhetoric/*.yaml``, then each extra folder's (or its ``rhetoric/``)."""
    folders = [rules_dir() / "rhetoric"]
    for d in dirs:
        d = Path(d)
        if not d.is_dir():
            raise RuleFileError(d, "not a folder of rule files")
        folders.append(d / "rhetoric" if (d / "rhetoric").is_dir() else d)
    return [p for folder in folders for p in sorted(folder.glob("*.yaml"))]


def _error(
    doc: LocatedYaml, loc: Sequence[str | int], message: str, field_name: str | None = None
) -> RuleFileError:
    return RuleFileError(doc.path, message, line=doc.line_of(loc), item=doc.item_of(loc), field=field_name)


def _resolve(doc: LocatedYaml, index: int, spec: RuleSpec, pack: RulePack, mods: ModifiersFile) -> Rule:
    loc: list[str | int] = ["rules", index]
    effects: dict[str, Effect] = {n: m.effect for n, m in mods.modifiers.items() if m.default}
    for source, where in (
        (pack.defaults.modifiers, ["defaults", "modifiers"]),
        (spec.modifiers, [*loc, "modifiers"]),
    ):
        for name, effect in source.items():
            if name not in mods.modifiers:
                known = ", ".join(sorted(mods.modifiers))
                raise _error(doc, where, f"unknown modifier {name!r}; known: {known}", "modifiers")
            effects[name] = mods.modifiers[name].effect if effect is None else effect
    languages = tuple(spec.languages or spec.data_languages())
    for lang in languages:
        for key, examples in (("flag", spec.examples.flag), ("pass", spec.examples.pass_)):
            if not examples.get(lang):
                raise _error(
                    doc,
                    [*loc, "examples"],
                    f"no '{key}' example for language {lang!r}",
                    f"examples.{key}.{lang}",
                )
    for name, devices in (
        ("conditional.devices", spec.conditional.devices if spec.conditional else []),
        ("repetition.of_devices", spec.repetition.of_devices if spec.repetition else []),
    ):
        for device in devices:
            if device not in DEVICES:
                raise _error(doc, [*loc, *name.split(".")], f"unknown device {device!r}", name)
    for lang, patterns in {**spec.patterns, **spec.exceptions}.items():
        for pattern in patterns:
            try:
                regex.compile(pattern)
            except regex.error as exc:
                raise _error(
                    doc, loc, f"invalid regular expression {pattern!r}: {exc}", f"patterns.{lang}"
                ) from None
    return Rule(
        spec=spec,
        device=pack.device,
        level=spec.level or pack.defaults.level,
        languages=languages,
        effects=effects,
        path=doc.path,
        line=doc.line_of(loc),
    )


def _load_cues(folder: Path) -> dict[str, CueFile]:
    out = {}
    for path in sorted(folder.glob("*.yaml")):
        out[path.stem] = validate(load_yaml(path, RuleFileError), CueFile, RuleFileError)
    return out


def _check_cue_names(mods: ModifiersFile, cues: Mapping[str, CueFile], path: Path) -> None:
    for name, spec in mods.modifiers.items():
        for set_name in filter(None, (spec.cues, spec.pseudo)):
            for lang, cue_file in cues.items():
                if set_name not in cue_file.sets:
                    raise RuleFileError(
                        path,
                        f"cue set {set_name!r} is missing from rules/cues/{lang}.yaml",
                        item=name,
                        field="cues",
                    )


def load_rules(dirs: Iterable[Path] = ()) -> RuleSet:
    """Load, validate and cross-check the bundled rules and those in ``dirs``."""
    return _load_rules(tuple(Path(d).resolve() for d in dirs))


@cache
def _load_rules(dirs: tuple[Path, ...]) -> RuleSet:
    base = rules_dir()
    mods_path = base / "modifiers.yaml"
    mods = validate(load_yaml(mods_path, RuleFileError), ModifiersFile, RuleFileError)
    cues = _load_cues(base / "cues")
    _check_cue_names(mods, cues, mods_path)
    rules: list[Rule] = []
    packs: dict[Path, RulePack] = {}
    seen: dict[str, Path] = {}
    for path in pack_files(dirs):
        doc = load_yaml(path, RuleFileError)
        pack = validate(doc, RulePack, RuleFileError)
        packs[path] = pack
        for index, spec in enumerate(pack.rules):
            if spec.id in seen:
                raise _error(
                    doc, ["rules", index, "id"], f"duplicate rule id (first defined in {seen[spec.id]})", "id"
                )
            seen[spec.id] = path
            rule = _resolve(doc, index, spec, pack, mods)
            missing = [lang for lang in rule.languages if lang not in cues]
            if missing:
                raise _error(
                    doc, ["rules", index, "languages"], f"no cue file for language(s) {missing}", "languages"
                )
            rules.append(rule)
    return RuleSet(rules=tuple(rules), modifiers=mods, cues=cues, packs=packs)
