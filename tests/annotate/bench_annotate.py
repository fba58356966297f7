"""How much the annotate stage adds to check() on a long text (not collected by pytest).

    python -m tests.annotate.bench_annotate [MEGABYTES]

The text is the shared corpus articles repeated to the given size (default 5).
It prints the CPU time of check() with and without the annotate stage
(``CheckOptions(only="claims")`` skips it) and the share annotation adds.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import factcheck
from factcheck.options import CheckOptions

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"


def main(megabytes: float = 5.0) -> None:
    """Run the measurement and print it."""
    articles = "\n".join(p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt")))
    text = (articles + "\n") * (int(megabytes * 1e6) // len(articles.encode("utf-8")) + 1)
    factcheck.check(articles)  # load rules, grammars and reference data once
    start = time.process_time()
    factcheck.check(text, options=CheckOptions(only="claims"))
    without = time.process_time() - start
    start = time.process_time()
    report = factcheck.check(text)
    with_ = time.process_time() - start
    size = len(text.encode("utf-8")) / 1e6
    sys.stdout.write(
        f"{size:.1f} MB: check() {without:.1f}s without annotation, {with_:.1f}s with "
        f"(+{100 * (with_ - without) / without:.0f}%), {len(report.annotations)} annotations\n"
    )


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 5.0)
