"""Every rule describes itself and passes its own examples; every device is covered in zh and en."""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.annotate.engine import load_engine
from factcheck.annotate.examples import run_examples
from factcheck.models.rules import DEVICES

RULES = load_engine().ruleset.rules


@cache
def _results() -> dict[str, list[str]]:
    failures: dict[str, list[str]] = {r.id: [] for r in RULES}
    for result in run_examples(load_engine()):
        if not result.ok:
            verb = "did not fire on" if result.expect == "flag" else "fired on"
            failures[result.rule_id].append(f"[{result.lang}] {verb}: {result.text}")
    return failures


@pytest.mark.parametrize("rule_id", [r.id for r in RULES])
def test_rule_examples_pass(rule_id: str) -> None:
    assert not _results()[rule_id], "\n".join(_results()[rule_id])


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_describes_itself(rule) -> None:  # type: ignore[no-untyped-def]
    spec = rule.spec
    assert spec.provenance.source and spec.provenance.rationale, f"{rule.id}: provenance and rationale"
    assert rule.languages, f"{rule.id}: no language"
    for lang in rule.languages:
        assert spec.examples.flag.get(lang) and spec.examples.pass_.get(lang), (
            f"{rule.id}: examples for {lang}"
        )


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_device_has_rules_in_each_language(lang: str) -> None:
    covered = {r.device for r in RULES if lang in r.languages}
    assert covered == set(DEVICES), f"missing in {lang}: {sorted(set(DEVICES) - covered)}"


def test_rule_ids_name_their_device_and_language() -> None:
    for rule in RULES:
        device, *rest = rule.id.split(".")
        assert device == rule.device, rule.id
        assert set(rest) & set(rule.languages), f"{rule.id}: the id names none of {rule.languages}"
