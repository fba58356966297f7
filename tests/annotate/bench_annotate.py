"""How fast the annotate stage runs on a long text (not collected by pytest).

    python -m tests.annotate.bench_annotate [MEGABYTES] [RUNS]

The text is the shared corpus articles repeated to the given size (default 5).
It prints the CPU time of ``annotate`` alone per megabyte of text (the best of
RUNS, default 3), and the CPU time of ``check()`` with and without the
annotate stage (``CheckOptions(only="claims")`` skips it).
"""

from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

import factcheck
from factcheck.annotate import annotate
from factcheck.claims import check_claims
from factcheck.extract import extract, prepare
from factcheck.options import CheckOptions
from factcheck.refdata import load_refdata

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def main(megabytes: float = 5.0, runs: int = 3) -> None:
    """Run the measurement and print it."""
    articles = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    text = (articles + "\n") * (int(megabytes * 1e6) // len(articles.encode("utf-8")) + 1)
    size = len(text.encode("utf-8")) / 1e6
    factcheck.check(articles)  # load rules, grammars and reference data once
    doc = prepare(text, today=dt.date(2026, 1, 1))
    found = extract(doc)
    claims = check_claims(doc, found, load_refdata()).claims
    times = []
    for _ in range(runs):
        start = time.process_time()
        annotations = annotate(doc, found, claims, CheckOptions())
        times.append(time.process_time() - start)
    sys.stdout.write(
        f"{size:.1f} MB ({len(text) / 1e6:.2f} M characters): annotate {min(times) / size:.2f} s/MB "
        f"({min(times) * 1e6 / len(text):.2f} s per million characters, best of {runs}), "
        f"{len(annotations)} annotations\n"
    )
    start = time.process_time()
    factcheck.check(text, options=CheckOptions(only="claims"))
    without = time.process_time() - start
    start = time.process_time()
    factcheck.check(text)
    with_ = time.process_time() - start
    sys.stdout.write(
        f"check() {without:.1f}s without annotation, {with_:.1f}s with "
        f"(+{100 * (with_ - without) / without:.0f}%), {len(text) / with_ / 1e3:.0f}k characters/s\n"
    )


if __name__ == "__main__":
    args = sys.argv[1:]
    main(float(args[0]) if args else 5.0, int(args[1]) if len(args) > 1 else 3)
