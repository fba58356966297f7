"""Speed and memory of factcheck: extraction throughput, check() throughput, start-up time.

    python benchmarks/bench.py [PATHS...] [--min-bytes N] [--json OUT]

PATHS are text files (default: the bundled examples, or ../shared/corpus when it
exists beside the repository). They are joined and repeated until the text is
at least --min-bytes characters (default 5,000,000). Reported:

* extraction: characters per second of one extraction pass (normalise, find
  times, find quantities), i.e. what ``extract_quantities`` + ``extract_times``
  on the same text cost together (they share the pass), by the wall clock and
  by the CPU time of the process (one core: the figure other processes on a
  busy machine do not disturb);
* check: characters per second of ``factcheck.check`` (claims, verdicts and
  rhetoric included);
* annotation share: how much the rhetoric annotation adds to ``check()``, as the
  CPU time of ``check()`` with and without it (``only="claims"``) on the same text,
  best of --runs, each measured in a fresh process so that neither run inherits the
  other's heap;
* start-up: wall time of ``python -c "import factcheck"`` and ``factcheck --version``
  (best of 5, in fresh processes);
* peak memory (max RSS) of the process after the runs.

Timings are wall-clock on one core; run on an idle machine for stable figures.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCES = [ROOT.parent / "shared" / "corpus", ROOT / "examples"]


def _inputs(paths: list[str]) -> list[Path]:
    if paths:
        return [Path(p) for p in paths]
    for folder in DEFAULT_SOURCES:
        files = sorted(folder.glob("*.txt"))
        if files:
            return files
    raise SystemExit("no input texts found; pass file paths")


def _text(files: list[Path], min_chars: int) -> str:
    base = "\n\n".join(f.read_text(encoding="utf-8") for f in files)
    repeats = max(1, -(-min_chars // (len(base) + 2)))
    return "\n\n".join([base] * repeats)


def _startup(command: list[str], runs: int = 5) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(command, check=True, capture_output=True)
        best = min(best, time.perf_counter() - start)
    return best


def _extraction(text: str, runs: int) -> tuple[float, float]:
    """Median wall-clock and CPU seconds of one extraction pass."""
    from factcheck.extract import extract, prepare

    wall, cpu = [], []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        extract(prepare(text))
        wall.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return statistics.median(wall), statistics.median(cpu)


def _check(text: str) -> float:
    import factcheck

    start = time.perf_counter()
    factcheck.check(text)
    return time.perf_counter() - start


_SHARE_PROBE = """
import sys, time
import factcheck
from factcheck.options import CheckOptions
text = open(sys.argv[1], encoding="utf-8").read()
options = CheckOptions(only="claims") if sys.argv[2] == "claims" else CheckOptions()
factcheck.check("预热 warm-up 3.5%", options=options)
start = time.process_time()
factcheck.check(text, options=options)
print(time.process_time() - start)
"""


def _annotation_share(text: str, runs: int) -> tuple[float, float]:
    """CPU seconds of check() without and with annotation (best of ``runs``, fresh processes)."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.txt"
        path.write_text(text, encoding="utf-8")
        best = {"claims": float("inf"), "all": float("inf")}
        for _ in range(runs):
            for mode in best:
                out = subprocess.run(
                    [sys.executable, "-c", _SHARE_PROBE, str(path), mode],
                    check=True,
                    capture_output=True,
                    text=True,
                ).stdout
                best[mode] = min(best[mode], float(out.strip().splitlines()[-1]))
    return best["claims"], best["all"]


def main() -> None:
    """Run the benchmark and print (and optionally save) the figures."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--min-bytes", type=int, default=5_000_000, help="minimum text size in characters")
    parser.add_argument("--runs", type=int, default=3, help="extraction runs (median reported)")
    parser.add_argument("--skip-check", action="store_true", help="do not time check()")
    parser.add_argument("--json", help="also write the figures to this file")
    args = parser.parse_args()

    files = _inputs(args.paths)
    text = _text(files, args.min_bytes)
    import factcheck
    from factcheck.extract import extract, prepare

    extract(prepare("预热 warm-up 3.5%"))  # load rules and compile patterns outside the timing
    results: dict[str, object] = {"inputs": [str(f) for f in files], "characters": len(text)}
    seconds, cpu_seconds = _extraction(text, args.runs)
    results["extraction_seconds"] = round(seconds, 3)
    results["extraction_chars_per_second"] = round(len(text) / seconds)
    results["extraction_cpu_seconds"] = round(cpu_seconds, 3)
    results["extraction_chars_per_cpu_second"] = round(len(text) / cpu_seconds)
    if not args.skip_check:
        factcheck.check("预热 warm-up 3.5%")
        seconds = _check(text)
        results["check_seconds"] = round(seconds, 3)
        results["check_chars_per_second"] = round(len(text) / seconds)
        without, with_annotation = _annotation_share(text, args.runs)
        results["check_without_annotation_cpu_seconds"] = round(without, 3)
        results["check_with_annotation_cpu_seconds"] = round(with_annotation, 3)
        results["annotation_adds_percent"] = round(100 * (with_annotation / without - 1), 1)
    exe = Path(sys.executable)
    results["import_seconds"] = round(_startup([str(exe), "-c", "import factcheck"]), 3)
    cli = exe.with_name("factcheck")
    command = [str(cli), "--version"] if cli.exists() else [str(exe), "-m", "factcheck", "--version"]
    results["cli_version_seconds"] = round(_startup(command), 3)
    results["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    results["cpu_count"] = os.cpu_count()
    for key, value in results.items():
        if key != "inputs":
            print(f"{key:30s} {value:,}" if isinstance(value, (int, float)) else f"{key:30s} {value}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
