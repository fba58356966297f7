"""A rule's declared base confidence is its measured precision on the labelled corpus.

``factcheck rules calibrate`` measures every rule on tests/corpus/rhetoric/<lang>/<device>.yaml
and writes the shrunk precision back (research/rhetoric.md §e.1). This test
re-measures and fails when a declared base has drifted more than 0.05 — after
a lexicon, exception or modifier change, run the command again.
"""

from __future__ import annotations

from functools import cache

import pytest

from factcheck.annotate.calibrate import ALPHA, Measurement, default_corpus, measure
from factcheck.annotate.engine import load_engine
from factcheck.cli.rules import TOLERANCE

RULES = load_engine().ruleset.rules


@cache
def _measured() -> dict[str, Measurement]:
    return {m.rule_id: m for m in measure(load_engine(), default_corpus(), ALPHA)}


@pytest.mark.parametrize("rule_id", [r.id for r in RULES])
def test_declared_base_is_measured_precision(rule_id: str) -> None:
    m = _measured()[rule_id]
    assert abs(m.drift) <= TOLERANCE, (
        f"{rule_id}: declared base {m.declared:.2f}, measured {m.base:.2f} "
        f"({m.true} of {m.hits} hits correct, prior {m.prior}); run `factcheck rules calibrate`"
    )


@pytest.mark.parametrize("rule_id", [r.id for r in RULES])
def test_calibration_record_matches_the_measurement(rule_id: str) -> None:
    record = load_engine().ruleset.by_id(rule_id).spec.confidence.calibration
    assert record is not None, f"{rule_id} was never calibrated"
    m = _measured()[rule_id]
    assert record.alpha == ALPHA
    assert set(record.corpus) == set(m.corpus), f"{rule_id}: measured on {m.corpus}, recorded {record.corpus}"


def test_every_rule_is_measured_on_its_own_device() -> None:
    for m in _measured().values():
        device = load_engine().ruleset.by_id(m.rule_id).device
        assert m.corpus and all(path.endswith(f"/{device}.yaml") for path in m.corpus), m.rule_id
