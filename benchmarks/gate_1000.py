"""Gate a generated repository of 1,000 articles and measure the command's per-file overhead.

    python benchmarks/gate_1000.py [--files 1000] [--jobs 2] [--keep DIR]

Articles are assembled from a fixed set of sentences written for this benchmark
(Chinese, Traditional and Simplified, or English; a mix of .txt and .md), so
every run checks the same texts. Steps, each timed as a separate process:

1. ``factcheck baseline articles`` (writes .factcheck-baseline.json);
2. one sentence with a new loaded phrase and figure appended to 10% of the articles;
3. ``factcheck gate articles --jobs N`` (exit 1 expected when the rules flag the additions);
4. the overhead: ``factcheck --version`` and ``factcheck check`` of one short file, and the
   in-process time of checking that file, whose difference is the start-up cost per invocation.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ZH = [
    "財政部上月公布的數據顯示，今年前十個月的赤字約為1.8兆美元。",
    "這種喪心病狂的舉債方式，絕對不可能長久持續下去。",
    "有專家指出，明年經濟增長率將回落至4.5%左右。",
    "出口在第三季度增長了6.2%，略高於市場預期。",
    "各方對此看法不一，討論仍在繼續。",
    "央行宣布降息25個基點，這是年內第二次降息。",
    "央行宣布降息25个基点，这是年内第二次降息。",
    "难道这一切都是巧合吗？",
    "失业率在九月份升至4.3%，为近三年来的最高水平。",
]
EN = [
    "The deficit reached 6.4% of GDP last year, according to the budget office.",
    "This reckless spending spree will end in disaster for everyone.",
    "Exports grew 2.1% over the year, slightly above expectations.",
    "Everyone knows the currency will collapse within ten years.",
    "Inflation eased to 2.9% in March.",
]
ADDED = {
    "zh": "官員喪心病狂地宣稱增長率將達到9.7%。",
    "en": "Officials recklessly claim growth will hit 9.7%.",
}


def _article(rng: random.Random) -> tuple[str, str]:
    zh = rng.random() < 0.6
    sentences = rng.sample(ZH if zh else EN, 4)
    joiner = "" if zh else " "
    paragraphs = [joiner.join(sentences[:2]), joiner.join(sentences[2:])]
    header = "2025年11月8日\n\n" if zh else "November 8, 2025\n\n"
    suffix = ".md" if rng.random() < 0.4 else ".txt"
    body = "\n\n".join(paragraphs) + "\n"
    return suffix, (f"# Commentary\n\n{header}{body}" if suffix == ".md" else header + body)


def _timed(args: list[str], cwd: Path) -> tuple[float, subprocess.CompletedProcess[str]]:
    start = time.perf_counter()
    done = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - start, done


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--jobs", default="2")
    parser.add_argument("--keep", metavar="DIR", help="build the repository in DIR and keep it")
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "factcheck")
    root = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    rng = random.Random(20251108)
    arts = root / "articles"
    for i in range(args.files):
        suffix, text = _article(rng)
        path = arts / f"{i % 20:02d}" / f"article{i:04d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    result: dict[str, object] = {
        "files": args.files,
        "jobs": args.jobs,
        "bytes": sum(p.stat().st_size for p in arts.rglob("*") if p.is_file()),
    }
    base_s, done = _timed([exe, "baseline", "articles", "--jobs", args.jobs, "--quiet"], root)
    assert done.returncode == 0, done.stderr
    result["baseline_seconds"] = round(base_s, 2)
    result["baseline_summary"] = done.stdout.strip().splitlines()[-1]
    changed = sorted(arts.rglob("article*"))[::10]
    for p in changed:
        text = p.read_text(encoding="utf-8")
        p.write_text(text + ADDED["zh" if "年" in text else "en"] + "\n", encoding="utf-8")
    gate_s, done = _timed([exe, "gate", "articles", "--jobs", args.jobs, "--format", "json"], root)
    assert done.returncode in (0, 1), done.stderr
    report = json.loads(done.stdout)
    result.update(
        gate_seconds=round(gate_s, 2),
        gate_exit=done.returncode,
        changed_files=len(changed),
        new_findings=len(report["new"]),
        unchanged=report["unchanged"],
        files_per_second=round(args.files / gate_s, 1),
    )
    one = changed[0]
    version_s = min(_timed([exe, "--version"], root)[0] for _ in range(3))
    check_s = min(_timed([exe, "check", str(one), "--format", "json"], root)[0] for _ in range(3))
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import factcheck

    text = one.read_text(encoding="utf-8")
    factcheck.check_many([(str(one), text)]).__next__()  # load rules and data once
    start = time.perf_counter()
    for _ in range(20):
        next(factcheck.check_many([(str(one), text)]))
    in_process = (time.perf_counter() - start) / 20
    result.update(
        version_seconds=round(version_s, 3),
        check_one_file_seconds=round(check_s, 3),
        in_process_per_file_seconds=round(in_process, 4),
        per_invocation_overhead_seconds=round(check_s - in_process, 3),
    )
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if not args.keep:
        shutil.rmtree(root)


if __name__ == "__main__":
    main()
