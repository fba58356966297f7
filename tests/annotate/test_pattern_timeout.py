"""A rule pack with a catastrophically backtracking pattern cannot hang a run."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import pytest

from factcheck.annotate.engine import load_engine
from factcheck.extract import extract, prepare
from factcheck.options import CheckOptions

PACK = r"""
schema: factcheck.rules/1
device: loaded_language
description: a pack with a pattern that backtracks exponentially on long runs of one letter
rules:
  - id: loaded_language.en.backtracking
    kind: pattern
    confidence: {prior: 0.5, base: 0.5}
    message: "{match}"
    patterns: {en: ['(?P<cue>(.*a){25}x)']}
    provenance: {source: test, rationale: proves the per-call time limit}
    examples:
      flag: {en: ["a x"]}
      pass: {en: ["b"]}
"""


def test_catastrophic_pattern_times_out_and_the_run_finishes(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "slow.yaml").write_text(PACK, encoding="utf-8")
    eng = load_engine([tmp_path])
    text = ("a" * 300 + "\n") * 20 + "This reckless plan is a shameful giveaway.\n"
    doc = prepare(text, "en")
    start = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="factcheck.annotate.kinds"):
        scored, timed_out = eng.run(doc, extract(doc), (), CheckOptions(lang="en", rule_dirs=(tmp_path,)))
    elapsed = time.perf_counter() - start
    assert timed_out == {"loaded_language.en.backtracking"}
    # unbounded, the pattern would run for hours; the bound is loose so a busy machine passes
    assert elapsed < 60, f"the run took {elapsed:.1f}s"
    assert any(s.hit.rule.id == "loaded_language.en.charged" for s in scored), "other rules still ran"
    assert "ran out of time" in caplog.text
