"""Score Chinese dates and date periods of the peer specs on the cases our time model can express.

    python benchmarks/time_model_eval.py [--errors N]     (from the repository root)

The peer suites (``../shared/eval/specs/recognizers_date{,period}_zh.jsonl``) are
scored by ``../shared/eval/evaluate.py`` exactly as ``extraction.py`` scores
them, twice: on every case, and on the cases whose expected items map to
factcheck's time model (a Gregorian interval ``[start, end)`` with a
granularity of day, week, month, quarter, half, year, fiscal year, decade,
century or range).

A case maps when every expected item does. An item does not map when

* its text is in another calendar: the lunar calendar (农历, 正月, 初一, 大年,
  除夕, 腊月) or an era name before its year (康熙三年, 民国三年, 神龙元年);
* it names a week of a month, a weekend or a season (十月的第一周, 下周末,
  今年夏天): the model has calendar weeks, but none of these periods;
* its value is not a Gregorian date, week or interval: a weekend
  (2017-W13-WE), a season code, a time of day, an impossible date (2019-02-29, or 2月30日 which
  the spec resolves to 0001-01-01), or a date left unresolved (XXXX-XX-29)
  without resolved alternatives.

ISO weeks (下周 = 2017-W13) are compared as the interval Monday to Monday.
Range values are converted, not dropped. The spec ends a range at the *start*
of its last sub-period: "2016到2018" is (2016-01-01, 2018-01-01, P2Y). The
model's end is exclusive of the whole last period, 2019-01-01: the same range
written another way. For an item whose text joins two ends (到, 至, -, ~,
与…间) the expected end is moved on by one unit of the duration's designator
(Y, M, W, D) before comparing. "Next N days" (后1年, 未来两天) is not a joined
range and is compared as the spec gives it (the spec starts it tomorrow, the
model today).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
FILES = ("recognizers_date_zh.jsonl", "recognizers_dateperiod_zh.jsonl")

_OTHER_CALENDAR = re.compile(
    r"农历|阴历|正月|腊月|大年|除夕|初[一二三四五六七八九十]"
    r"|(?:民国|康熙|雍正|乾隆|嘉庆|道光|咸丰|同治|光绪|宣统|顺治|神龙|贞观|开元|天宝|洪武|永乐|万历|崇祯"
    r"|明治|大正|昭和|平成|令和)(?:元|[一二三四五六七八九十百\d]+)年"
)
_NO_GRANULARITY = re.compile(r"周末|第[一二三四五1-5]周|[春夏秋冬](?:天|季)")
_JOINED = re.compile(r"[到至~～\-–—]|[与和].*间")
_RANGE = re.compile(r"^\((?P<a>[^,]+),(?P<b>[^,]+),P(?P<n>\d+)(?P<u>[YMWD])\)$")
_ISO = re.compile(r"^\d{4}(?:-\d\d(?:-\d\d)?)?$")
_WEEK = re.compile(r"^(?P<y>\d{4})-W(?P<w>\d\d)$")
_NO_DATE = "0001-01-01"  # the spec's resolution of a date that does not exist (2月30日)


def _valid(value: str) -> bool:
    if not _ISO.match(value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def _add(day: dt.date, n: int, unit: str) -> dt.date:
    if unit == "D":
        return day + dt.timedelta(days=n)
    if unit == "W":
        return day + dt.timedelta(weeks=n)
    months = day.month - 1 + n * (12 if unit == "Y" else 1)
    return day.replace(year=day.year + months // 12, month=months % 12 + 1)


def map_item(item: dict) -> dict | None:
    """The expected item in the model's terms, or None when it does not map."""
    text = item["text"]
    if _OTHER_CALENDAR.search(text) or _NO_GRANULARITY.search(text):
        return None
    value = item.get("value")
    if value is None:
        return item  # span-only item
    m = _RANGE.match(value)
    if m:
        if not (_valid(m["a"]) and _valid(m["b"])):
            return None
        end = dt.date.fromisoformat(m["b"])
        if _JOINED.search(text):
            end = _add(end, 1, m["u"])
        return dict(item, value=f"{m['a']}/{end.isoformat()}", value_alternatives=[])
    if _valid(value):
        return item
    week = _WEEK.match(value)
    if week:  # 下周 = 2017-W13: the calendar week, Monday to Monday
        monday = dt.date.fromisocalendar(int(week["y"]), int(week["w"]), 1)
        return dict(item, value=f"{monday}/{monday + dt.timedelta(days=7)}", value_alternatives=[])
    alternatives = [a for a in item.get("value_alternatives") or [] if _valid(a) and a != _NO_DATE]
    if value.startswith("X") and alternatives:
        return dict(item, value_alternatives=alternatives)
    return None


def mapped_cases(path: Path) -> list[dict]:
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        items = [map_item(item) for item in case["expected"]]
        if all(item is not None for item in items):
            out.append(dict(case, expected=items))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--errors", type=int, default=0, help="print up to N failing mapped cases per file")
    args = parser.parse_args()
    sys.path[:0] = [str(EVAL), str(ROOT)]
    import evaluate  # the shared scorer
    import factcheck_adapter

    options = argparse.Namespace(
        lang=None, limit=0, no_kind_filter=False, strict_components=False, errors=args.errors
    )
    print(f"{'file':34s} {'cases':>6s} {'gold':>5s} {'P':>6s} {'R':>6s} {'F1':>6s} {'value':>6s}")
    with tempfile.TemporaryDirectory() as tmp:
        for name in FILES:
            path = EVAL / "specs" / name
            mapped = Path(tmp) / name.replace(".jsonl", "_mapped.jsonl")
            mapped.write_text(
                "".join(json.dumps(c, ensure_ascii=False) + "\n" for c in mapped_cases(path)),
                encoding="utf-8",
            )
            for label, source in (("all", path), ("maps to our model", mapped)):
                rep = evaluate.score_file(str(source), factcheck_adapter.extract, True, options)
                value = "-" if rep["value_acc"] is None else f"{rep['value_acc']:.3f}"
                print(
                    f"{name[12:-6] + ' ' + label:34s} {rep['cases']:6d} {rep['gold']:5d} {rep['P']:6.3f} "
                    f"{rep['R']:6.3f} {rep['F1']:6.3f} {value:>6s}"
                )
                if label != "all":
                    for fail in rep["failures"]:
                        print(f"    {fail['text']!r}\n      expected {fail['expected']}")
                        print(f"      got {fail['predicted']}")


if __name__ == "__main__":
    main()
