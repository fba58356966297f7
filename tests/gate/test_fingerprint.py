"""fp/1 fingerprints: the batch function gives the one-at-a-time values."""

from __future__ import annotations

from factcheck.gate.fingerprint import fingerprint, fingerprints

FINDINGS = [
    ("rhetoric", "appeal_to_fear.zh.catastrophe", "定時炸彈", "房地產泡沫就是一顆定時炸彈，"),
    ("rhetoric", "hedge.en.modal", "Might", "Prices  Might\nrise…"),
    ("unsupported_assertion", "unsupported_assertion.zh.record", "６０萬億元", "債務已超過６０萬億元。"),
    ("rhetoric", "appeal_to_fear.zh.catastrophe", "定时炸弹", "房地产泡沫就是一颗定时炸弹，"),
    ("rhetoric", "odd.en.case", "ΟΔΟΣ  Straße", "Η ΟΔΟΣ\u2028ἈΘΉΝΑΣ\t Straße \n"),
    ("rhetoric", "odd.en.separator", "a\x1fb", "a\x1fb c"),
]


def test_batch_equals_one_at_a_time() -> None:
    assert fingerprints(FINDINGS) == [fingerprint(*f) for f in FINDINGS]
    assert fingerprints(FINDINGS[:5]) == [fingerprint(*f) for f in FINDINGS[:5]]
    assert fingerprints([]) == []


def test_script_change_keeps_the_fingerprint() -> None:
    assert fingerprints(FINDINGS)[0] == fingerprints(FINDINGS)[3]
