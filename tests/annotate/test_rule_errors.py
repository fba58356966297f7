"""A broken rule file is reported with file, line, rule and field (never a traceback)."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck.annotate.loader import load_rules
from factcheck.errors import RuleFileError

GOOD = """\
schema: factcheck.rules/1
device: hedge
description: test pack
rules:
  - id: hedge.zh.test_pack
    kind: lexicon
    confidence: {prior: 0.5, base: 0.5}
    message: "hedge '{match}'"
    cues: {zh: [大概吧]}
    provenance: {source: test, rationale: test}
    examples:
      flag: {zh: ["大概吧，明年会好。"]}
      pass: {zh: ["明年会好。"]}
"""

BROKEN = [
    (
        "confidence: {prior: 0.5, base: 0.5}",
        "confidence: {prior: 0.5, base: 1.5}",
        7,
        "rules.confidence.base",
    ),
    ("cues: {zh: [大概吧]}", "cues: {zh: [大概吧]}\n    modifiers: [negaton]", 10, "modifiers"),
    ("cues: {zh: [大概吧]}", "cues: {zh: [大概會吧]}", 9, "rules.cues.zh"),
    ('      pass: {zh: ["明年会好。"]}', "      pass: {}", 11, "examples.pass.zh"),
    ("id: hedge.zh.test_pack", "id: hedge.zh.modal", 5, "id"),
    ("kind: lexicon", "kind: lexicon\n    patterns: {zh: ['(unclosed']}", 8, "rules.patterns.zh"),
    ("kind: lexicon", "kind: pattern", 5, "rules"),
]


def _pack(tmp_path: Path, text: str) -> Path:
    (tmp_path / "pack.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_a_good_pack_loads(tmp_path: Path) -> None:
    rules = load_rules([_pack(tmp_path, GOOD)])
    assert rules.by_id("hedge.zh.test_pack").languages == ("zh",)


@pytest.mark.parametrize("old,new,line,field", BROKEN, ids=[b[3] for b in BROKEN])
def test_error_names_file_line_rule_and_field(
    tmp_path: Path, old: str, new: str, line: int, field: str
) -> None:
    path = _pack(tmp_path, GOOD.replace(old, new))
    with pytest.raises(RuleFileError) as info:
        load_rules([path])
    error = info.value
    message = str(error)
    assert message.startswith(f"{tmp_path / 'pack.yaml'}:"), message
    assert error.line is not None and abs(error.line - line) <= 1, message
    assert field in (error.field or ""), message
    assert error.item in ("hedge.zh.test_pack", "hedge.zh.modal"), message


def test_invalid_yaml_names_the_line(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match=r"pack\.yaml:\d+: invalid YAML"):
        load_rules([_pack(tmp_path, GOOD + "  - id: [unclosed\n")])


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError, match="not a folder"):
        load_rules([tmp_path / "nowhere"])
