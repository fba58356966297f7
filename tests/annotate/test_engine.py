"""The annotate stage: spans, fingerprints, evidence, merging, options and claims."""

from __future__ import annotations

from pathlib import Path

import factcheck
from factcheck.annotate.confidence import combine, shrunk_precision, with_logit
from factcheck.annotate.engine import annotate
from factcheck.extract import extract, prepare
from factcheck.gate.fingerprint import fingerprint
from factcheck.models import Attribution, Claim, Level
from factcheck.options import CheckOptions

TEXT = "房地產泡沫就是一顆定時炸彈，整個金融體系必將崩潰。據悉，中國地方政府的隱性債務已超過６０萬億元。"


def test_spans_point_into_the_original_text() -> None:
    report = factcheck.check(TEXT)
    assert report.annotations
    for a in report.annotations:
        assert TEXT[a.span.start : a.span.end] == a.span.text
        assert 0.0 < a.confidence <= 1.0
    assert {"定時炸彈", "崩潰"} <= {a.span.text for a in report.annotations if a.device == "appeal_to_fear"}


def test_fingerprints_are_fp1_of_the_rule_match_and_sentence() -> None:
    report = factcheck.check(TEXT)
    doc = prepare(TEXT)
    sentences = [doc.norm.orig_span(s.start, s.end) for s in doc.sentences]
    for a in report.annotations:
        start, end = next((s, e) for s, e in sentences if s <= a.span.start < e)
        assert a.fingerprint == fingerprint(a.kind.value, a.rule_id, a.span.text, TEXT[start:end])


def test_fingerprints_survive_a_script_change() -> None:
    simplified = factcheck.check("房地产泡沫就是一颗定时炸弹。")
    traditional = factcheck.check("房地產泡沫就是一顆定時炸彈。")
    assert [a.fingerprint for a in simplified.annotations] == [a.fingerprint for a in traditional.annotations]


def test_evidence_explains_the_confidence() -> None:
    report = factcheck.check("美元可能即将崩溃。", lang="zh")
    fear = next(a for a in report.annotations if a.device == "appeal_to_fear")
    assert fear.evidence[0].startswith("base ")
    assert any(e.startswith("hedge ") for e in fear.evidence), fear.evidence


def test_levels_and_summary() -> None:
    report = factcheck.check(TEXT)
    hedges = factcheck.check("美元可能贬值。", lang="zh").annotations
    assert all(a.level is Level.INFO for a in hedges if a.device == "hedge")
    assert report.summary.annotations == len(report.annotations)
    assert sum(report.summary.devices.values()) == len(report.annotations)


def test_disable_by_device_rule_and_glob() -> None:
    devices = {a.device for a in factcheck.check(TEXT).annotations}
    assert "appeal_to_fear" in devices
    for off in ("appeal_to_fear", "appeal_to_fear.zh.catastrophe", "appeal_to_fear.*"):
        report = factcheck.check(TEXT, options=CheckOptions(disable=(off,)))
        assert "appeal_to_fear" not in {a.device for a in report.annotations}, off


def test_min_confidence_and_only() -> None:
    report = factcheck.check(TEXT, options=CheckOptions(min_confidence=0.9))
    assert all(a.confidence >= 0.9 for a in report.annotations)
    assert not factcheck.check(TEXT, options=CheckOptions(only="claims")).annotations


def test_extra_rule_folder(tmp_path: Path) -> None:
    (tmp_path / "extra.yaml").write_text(
        "schema: factcheck.rules/1\ndevice: loaded_language\ndescription: house style\nrules:\n"
        "  - id: loaded_language.zh.house_style\n    kind: lexicon\n    confidence: {prior: 0.5, base: 0.5}\n"
        "    message: \"'{match}'\"\n    cues: {zh: [割肉喂鹰]}\n"
        "    provenance: {source: house style, rationale: test}\n"
        "    examples: {flag: {zh: [割肉喂鹰。]}, pass: {zh: [喂鹰。]}}\n",
        encoding="utf-8",
    )
    text = "这无异于割肉喂鹰。"
    plain = {a.rule_id for a in factcheck.check(text).annotations}
    extra = {
        a.rule_id for a in factcheck.check(text, options=CheckOptions(rule_dirs=(tmp_path,))).annotations
    }
    assert "loaded_language.zh.house_style" in extra - plain


def test_an_attributed_claim_is_not_unsupported() -> None:
    text = "中国地方政府的隐性债务已超过60万亿元。"
    doc = prepare(text, "zh")
    found = extract(doc)
    assert any(a.device == "unsupported_assertion" for a in annotate(doc, found))
    q = factcheck.extract_quantities(text, lang="zh")[0]
    sentence = doc.span(doc.sentences[0].start, doc.sentences[0].end)
    claim = Claim(
        id="c1",
        span=sentence,
        quantity=q,
        attribution=Attribution(span=q.span, source="财政部", strength="strong"),
    )
    assert not any(a.device == "unsupported_assertion" for a in annotate(doc, found, [claim]))


def test_confidence_formula() -> None:
    assert abs(shrunk_precision(9, 10, 0.5, 10) - 0.7) < 1e-9
    assert with_logit(0.7, 0) == 0.7 and with_logit(0.7, -1.0) < 0.7 < with_logit(0.7, 1.0)
    assert abs(combine([("a", "x", 0.6), ("b", "y", 0.5)], 0.95) - 0.8) < 1e-9  # noisy-OR
    assert combine([("a", "x", 0.6), ("b", "x", 0.5)], 0.95) == 0.6  # same words: not independent
    assert combine([("a", "x", 0.6), ("a", "y", 0.5)], 0.95) == 0.6  # one rule counts once
    assert combine([("a", "x", 0.9), ("b", "y", 0.9)], 0.95) == 0.95  # capped
