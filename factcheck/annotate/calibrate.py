"""Measure each rule's precision on the labelled corpus and write it back as its base confidence.

The labelled corpus is ``<corpus>/<lang>/<device>.yaml``: ``positives`` (texts
that contain the device) and ``negatives`` (hard cases that look alike but do
not). A rule is measured on its own device's files in its languages. A text
counts as a hit when the rule fires on it with no context modifier changing
its score (the base is the confidence of a hit in neutral context; modifiers
are applied on top). Precision is shrunk towards the rule's prior
(research/rhetoric.md §e.1): ``base = (TP + α·prior) / (hits + α)``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..data import load_yaml, validate
from ..errors import RuleFileError
from ..models.rules import RulePack
from ..resources import rules_dir
from .confidence import shrunk_precision
from .engine import Engine
from .examples import Fired, fired

__all__ = ["ALPHA", "Measurement", "default_corpus", "labelled_files", "measure", "write_back"]

#: Weight of the prior in the shrinkage (research/rhetoric.md §e.1).
ALPHA = 10.0


@dataclass(frozen=True)
class Measurement:
    """A rule's measured precision on the labelled corpus."""

    rule_id: str
    hits: int
    true: int
    prior: float
    declared: float
    alpha: float
    corpus: tuple[str, ...]

    @property
    def precision(self) -> float:
        """Raw precision (the prior when the rule never fired)."""
        return self.true / self.hits if self.hits else self.prior

    @property
    def base(self) -> float:
        """Shrunk precision: the base confidence the rule should declare."""
        return shrunk_precision(self.true, self.hits, self.prior, self.alpha)

    @property
    def drift(self) -> float:
        """Declared base minus measured base."""
        return self.declared - self.base


def default_corpus() -> Path:
    """``tests/corpus/rhetoric`` of the checkout the rules come from."""
    return rules_dir().parent / "tests" / "corpus" / "rhetoric"


def labelled_files(corpus: Path, device: str, languages: Iterable[str]) -> list[Path]:
    """The labelled files of ``device`` in ``languages`` that exist."""
    return [p for lang in languages if (p := corpus / lang / f"{device}.yaml").is_file()]


def _texts(path: Path) -> list[tuple[str, bool]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    return [(item["text"], True) for item in data.get("positives", [])] + [
        (item["text"], False) for item in data.get("negatives", [])
    ]


def measure(
    eng: Engine, corpus: Path, alpha: float = ALPHA, rule_ids: Iterable[str] | None = None
) -> list[Measurement]:
    """Measure every rule (or those in ``rule_ids``) on ``corpus``."""
    wanted = set(rule_ids) if rule_ids is not None else None
    seen: dict[tuple[str, str], Fired] = {}
    out = []
    for rule in eng.ruleset.rules:
        if wanted is not None and rule.id not in wanted:
            continue
        hits = true = 0
        files = []
        for lang in rule.languages:
            for path in labelled_files(corpus, rule.device, [lang]):
                files.append(path)
                for text, positive in _texts(path):
                    key = (text, lang)
                    if key not in seen:
                        seen[key] = fired(eng, text, lang)
                    if rule.id in seen[key].bare:
                        hits += 1
                        true += positive
        names = tuple(_relative(p, rules_dir().parent) for p in files)
        conf = rule.spec.confidence
        out.append(Measurement(rule.id, hits, true, conf.prior, conf.base, alpha, names))
    return out


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def _block(m: Measurement, indent: str) -> str:
    corpus = ", ".join(m.corpus)
    return (
        f"confidence:\n{indent}  prior: {m.prior:g}\n{indent}  base: {m.base:.2f}\n"
        f"{indent}  calibration: {{precision: {m.precision:.2f}, hits: {m.hits}, correct: {m.true}, "
        f"alpha: {m.alpha:g}, corpus: [{corpus}]}}"
    )


def write_back(measurements: Iterable[Measurement], files: Iterable[Path]) -> list[Path]:
    """Rewrite the ``confidence`` block of each measured rule in ``files``; returns the files changed."""
    by_id = {m.rule_id: m for m in measurements}
    changed = []
    for path in files:
        doc = load_yaml(path, RuleFileError)
        source = path.read_text(encoding="utf-8")
        edits = []
        rules_node = _value(doc.root, "rules")
        for item in getattr(rules_node, "value", []):
            rule_id = _value(item, "id")
            m = by_id.get(getattr(rule_id, "value", None))
            key = _key(item, "confidence")
            if m is None or key is None:
                continue
            value = _value(item, "confidence")
            indent = " " * key.start_mark.column
            end = value.end_mark.index
            while end > key.start_mark.index and source[end - 1] in " \t\r\n":
                end -= 1
            edits.append((key.start_mark.index, end, _block(m, indent)))
        if not edits:
            continue
        for start, end, text in sorted(edits, reverse=True):
            source = source[:start] + text + source[end:]
        new = source if source.endswith("\n") else source + "\n"
        if new != path.read_text(encoding="utf-8"):
            path.write_text(new, encoding="utf-8")
            validate(load_yaml(path, RuleFileError), RulePack, RuleFileError)
            changed.append(path)
    return changed


def _key(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, _ in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == name:
                return k
    return None


def _value(node: yaml.Node | None, name: str) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == name:
                return v
    return None
