"""Known traps do not fire on the real articles in ../shared/corpus (research/rhetoric.md §g.6).

The articles are not copied here: each trap is a short locator pattern over the
normalised text, plus the device that must stay silent in the sentence it finds.
cases.yaml holds self-written versions of every trap, including those the
shared articles do not contain (numeric 相當於, 100% as a statistic, interview
questions, 恐慌).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import regex

import factcheck
from factcheck.extract import prepare

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"

TRAPS = [
    (r"并非突然崩溃", "appeal_to_fear", "negated fear"),
    (r"如同留言栏已经讨论", "analogy", "discourse 如同 (as discussed in the comments)"),
    (r"如同博客在\d{4}年讨论", "analogy", "discourse 如同 (as the blog discussed)"),
    (r"并不如同核聚变", "analogy", "negated analogy"),
]


def _articles() -> list[Path]:
    return sorted(CORPUS.glob("*.txt")) if CORPUS.is_dir() else []


@pytest.mark.skipif(not _articles(), reason="the shared corpus is not next to the repository")
@pytest.mark.parametrize("pattern,device,trap", TRAPS, ids=[t[2] for t in TRAPS])
def test_trap_stays_silent(pattern: str, device: str, trap: str) -> None:
    located = 0
    for path in _articles():
        text = path.read_text(encoding="utf-8")
        doc = prepare(text)
        spans = []
        for m in regex.finditer(pattern, doc.norm.text):
            sentence = next(s for s in doc.sentences if s.start <= m.start() < s.end)
            spans.append(doc.norm.orig_span(sentence.start, sentence.end))
        if not spans:
            continue
        located += len(spans)
        report = factcheck.check(text)
        for start, end in spans:
            hits = [a for a in report.annotations if a.device == device and start <= a.span.start < end]
            assert not hits, f"{trap}: {[(a.span.text, a.rule_id) for a in hits]}"
    assert located, f"locator {pattern!r} found nothing in the shared corpus"
