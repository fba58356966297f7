"""SARIF: valid against the OASIS schema, deterministic, regions in code points."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from factcheck.report.located import BaselineState, Located, Problem, locate
from factcheck.report.sarif_format import render_sarif

from .synthetic import ZH_MARKS, ZH_TEXT, Mark, build

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json"


def _sarif(**kwargs: object) -> dict:
    report = build(ZH_TEXT, ZH_MARKS)
    return json.loads(render_sarif(locate([report]), [report], **kwargs))  # type: ignore[arg-type]


@pytest.mark.skipif(not SCHEMA.exists(), reason="the OASIS schema lives in ../shared/schemas (as in CI)")
def test_validates_against_the_oasis_schema() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    report = build(ZH_TEXT, ZH_MARKS)
    items = locate([report])
    gated = [
        Located(i.path, i.finding, BaselineState.UNCHANGED if n % 2 else BaselineState.NEW)
        for n, i in enumerate(items)
    ]
    for log in (
        render_sarif(items, [report]),
        render_sarif(gated, [report], [Problem("bad.txt", "bad.txt: file is empty")]),
    ):
        jsonschema.validate(json.loads(log), schema)


def test_byte_identical_across_runs() -> None:
    first = render_sarif(locate([build(ZH_TEXT, ZH_MARKS)]), [build(ZH_TEXT, ZH_MARKS)])
    second = render_sarif(locate([build(ZH_TEXT, ZH_MARKS)]), [build(ZH_TEXT, ZH_MARKS)])
    assert first == second


def test_results_sorted_with_rules_indexed() -> None:
    run = _sarif()["runs"][0]
    keys = [
        (
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
            r["locations"][0]["physicalLocation"]["region"]["startColumn"],
        )
        for r in run["results"]
    ]
    assert keys == sorted(keys)
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rules == sorted(rules)
    for result in run["results"]:
        assert rules[result["ruleIndex"]] == result["ruleId"]
    assert run["columnKind"] == "unicodeCodePoints"


def test_region_counts_code_points_and_offsets() -> None:
    text = "Intro 𠀀 line.\nThe reckless plan 𠀀 failed.\n"
    run = json.loads(render_sarif(locate([r := build(text, [Mark("reckless")])]), [r]))["runs"][0]
    region = run["results"][0]["locations"][0]["physicalLocation"]["region"]
    start = text.index("reckless")
    assert (region["charOffset"], region["charLength"]) == (start, len("reckless"))
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (2, 5, 13)
    assert region["snippet"]["text"] == text[start : start + region["charLength"]]


def test_levels_confidence_and_fingerprints() -> None:
    run = _sarif()["runs"][0]
    by_rule = {r["ruleId"]: r for r in run["results"]}
    assert by_rule["claim.contradicted"]["level"] == "error"
    assert by_rule["rhetoric.anonymous_authority"]["level"] == "note"
    assert by_rule["rhetoric.loaded_language"]["properties"]["confidence"] == 0.8
    assert by_rule["claim.contradicted"]["properties"]["verdict"]["reference"]["period"] == "2025-09"
    assert all(len(r["partialFingerprints"]["factcheck/v1"]) == 16 for r in run["results"])


def test_supported_claims_are_left_out_unless_asked() -> None:
    report = build(
        ZH_TEXT, [Mark("36.2兆美元", kind="claim", rule="claim.supported", device=None, level="info")]
    )
    assert json.loads(render_sarif(locate([report]), [report]))["runs"][0]["results"] == []
    full = json.loads(render_sarif(locate([report]), [report], include_supported=True))
    assert len(full["runs"][0]["results"]) == 1


def test_gate_states_and_problems() -> None:
    report = build(ZH_TEXT, ZH_MARKS)
    items = [Located(i.path, i.finding, BaselineState.UNCHANGED) for i in locate([report])]
    run = json.loads(render_sarif(items, [report], [Problem("x.txt", "x.txt: no such file")]))["runs"][0]
    assert {r["baselineState"] for r in run["results"]} == {"unchanged"}
    assert all(r["suppressions"][0]["kind"] == "external" for r in run["results"])
    assert run["invocations"][0]["executionSuccessful"] is False
    assert run["invocations"][0]["toolExecutionNotifications"][0]["level"] == "error"


def test_rules_from_the_rule_packs_carry_their_measured_precision() -> None:
    pytest.importorskip("factcheck.annotate.loader", reason="the rule engine is not in this checkout")
    from factcheck.annotate.loader import load_rules

    rule = next(r for r in load_rules().rules if r.spec.confidence.calibration is not None)
    text = "A sentence for the rule."
    report = build(text, [Mark("sentence", rule=rule.id, device=rule.device)])
    driver = json.loads(render_sarif(locate([report]), [report]))["runs"][0]["tool"]["driver"]
    props = driver["rules"][0]["properties"]
    assert props["measuredPrecision"] == rule.spec.confidence.calibration.precision
    assert props["precision"] in ("very-high", "high", "medium", "low")
    assert "{match}" not in driver["rules"][0]["shortDescription"]["text"]


def test_cli_sarif_is_byte_identical_across_runs_and_job_counts(tmp_path: Path) -> None:
    from factcheck.cli import main

    examples = ROOT / "examples"
    first, second = tmp_path / "a.sarif", tmp_path / "b.sarif"
    assert main(["check", str(examples), "-f", "sarif", "-o", str(first), "--as-of", "2025-11-08"]) == 0
    assert (
        main(["check", str(examples), "-f", "sarif", "-o", str(second), "--as-of", "2025-11-08", "-j", "2"])
        == 0
    )
    assert first.read_bytes() == second.read_bytes()
    if SCHEMA.exists():
        jsonschema.validate(
            json.loads(first.read_text(encoding="utf-8")), json.loads(SCHEMA.read_text("utf-8"))
        )
