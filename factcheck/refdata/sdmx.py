"""Read SDMX-CSV files (the format IMF, BIS, OECD, ECB and Eurostat publish) into flat records.

Both layouts are recognised from the first header cell:

* **1.0** (SDMX 2.1): ``DATAFLOW`` (``AGENCY:ID(VERSION)``), the dimensions,
  ``TIME_PERIOD``, ``OBS_VALUE``, then attributes such as ``UNIT_MULT``.
* **2.0** (SDMX 3.0): ``STRUCTURE`` (optionally ``STRUCTURE[;]``),
  ``STRUCTURE_ID``, optionally ``STRUCTURE_NAME``, ``ACTION``, optionally
  ``SERIES_KEY``/``OBS_KEY``, then the components.

The column separator is the character after ``DATAFLOW`` or ``STRUCTURE``
(comma, semicolon or tab). Headers and codes written as ``ID: Label``
(``labels=both``) are reduced to their ids. Rows with ``ACTION`` ``D``
(delete) and empty or ``NaN`` values are skipped and counted.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RefdataError

__all__ = ["SdmxRecord", "SdmxTable", "read_sdmx", "sdmx_period"]

#: Columns that describe the file rather than the observation.
STRUCTURAL = ("DATAFLOW", "STRUCTURE", "STRUCTURE_ID", "STRUCTURE_NAME", "ACTION", "SERIES_KEY", "OBS_KEY")
_PERIODS = (
    (re.compile(r"(\d{4})(?:-A1)?"), lambda m: m[1]),
    (re.compile(r"(\d{4})-Q([1-4])"), lambda m: f"{m[1]}-Q{m[2]}"),
    (re.compile(r"(\d{4})-S([12])"), lambda m: f"{m[1]}-H{m[2]}"),
    (re.compile(r"(\d{4})-M?(0[1-9]|1[0-2])"), lambda m: f"{m[1]}-{m[2]}"),
    (re.compile(r"(\d{4})-W(\d{2})"), lambda m: _week(int(m[1]), int(m[2]))),
    (re.compile(r"(\d{4})-(\d{2})-(\d{2})"), lambda m: dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()),
    (re.compile(r"(\d{4})-D(\d{3})"), lambda m: _day_of_year(int(m[1]), int(m[2]))),
)


def _week(year: int, week: int) -> str:
    start = dt.date.fromisocalendar(year, week, 1)
    return f"{start.isoformat()}/{(start + dt.timedelta(days=7)).isoformat()}"


def _day_of_year(year: int, day: int) -> str:
    date = dt.date(year, 1, 1) + dt.timedelta(days=day - 1)
    if date.year != year or day < 1:
        raise ValueError(f"day {day} is not in {year}")
    return date.isoformat()


def sdmx_period(text: str) -> str:
    """An SDMX ``TIME_PERIOD`` as a period of ours (``2025-S1`` → ``2025-H1``, a week → an interval)."""
    value = text.strip()
    for pattern, convert in _PERIODS:
        match = pattern.fullmatch(value)
        if match:
            return convert(match)
    raise ValueError(
        f"unsupported TIME_PERIOD {text!r} (expected 2025, 2025-A1, 2025-S1, 2025-Q3, 2025-03, 2025-M03, "
        "2025-W05, 2025-D045 or 2025-03-07)"
    )


@dataclass(frozen=True)
class SdmxRecord:
    """One observation: the line it came from, every component by id, and the mapped period."""

    line: int
    period: str
    value: str
    unit_mult: int
    components: dict[str, str]


@dataclass
class SdmxTable:
    """A parsed SDMX-CSV file."""

    version: str  # "1.0" or "2.0"
    separator: str
    structure: str  # the DATAFLOW or STRUCTURE_ID value of the first row
    dimensions: list[str]  # component columns before TIME_PERIOD, in order
    records: list[SdmxRecord] = field(default_factory=list)
    skipped_deleted: int = 0
    skipped_missing: int = 0

    def series_key(self, record: SdmxRecord) -> str:
        """The dotted series key (``M.US.…``) of ``record``."""
        return ".".join(record.components.get(d, "") for d in self.dimensions)


def _layout(path: Path, first_line: str) -> tuple[str, str]:
    match = re.match(r"(DATAFLOW|STRUCTURE)(\[.\])?([,;\t|])", first_line)
    if match is None:
        raise RefdataError(
            path, "not SDMX-CSV: the first column must be DATAFLOW (1.0) or STRUCTURE (2.0)", line=1
        )
    return ("1.0" if match[1] == "DATAFLOW" else "2.0"), match[3]


def _id(cell: str) -> str:
    return cell.split(": ", 1)[0].strip()


def read_sdmx(path: str | Path) -> SdmxTable:
    """Parse the SDMX-CSV file ``path``; problems name the line and the column."""
    file = Path(path)
    text = file.read_bytes().decode("utf-8-sig")
    version, separator = _layout(file, text.split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    header = [_id(re.sub(r"\[.\]$", "", cell)) for cell in next(reader)]
    labelled = any(": " in cell for cell in text.split("\n", 1)[0].split(separator))
    for required in ("TIME_PERIOD", "OBS_VALUE", "STRUCTURE_ID" if version == "2.0" else "DATAFLOW"):
        if required not in header:
            raise RefdataError(file, f"missing column {required}", line=1, field=required)
    first_component = max(i for i, name in enumerate(header) if name in STRUCTURAL or i == 0) + 1
    dimensions = header[first_component : header.index("TIME_PERIOD")]
    table = SdmxTable(version, separator, "", dimensions)
    for cells in reader:
        if not cells or cells == [""]:
            continue
        line = reader.line_num
        if len(cells) != len(header):
            raise RefdataError(file, f"has {len(cells)} fields, the header has {len(header)}", line=line)
        row = dict(zip(header, cells, strict=True))
        if labelled:
            row = {k: v if k in ("OBS_VALUE", "TIME_PERIOD") else _id(v) for k, v in row.items()}
        table.structure = table.structure or row.get("STRUCTURE_ID") or row.get("DATAFLOW", "")
        if row.get("ACTION", "I").strip().upper() == "D":
            table.skipped_deleted += 1
            continue
        value = row["OBS_VALUE"].strip()
        if value in ("", "NaN", "NA", "nan"):
            table.skipped_missing += 1
            continue
        try:
            period = sdmx_period(row["TIME_PERIOD"])
        except ValueError as exc:
            raise RefdataError(file, str(exc), line=line, field="TIME_PERIOD") from None
        mult = row.get("UNIT_MULT", "").strip() or "0"
        if not mult.lstrip("-").isdigit():
            raise RefdataError(file, f"not an integer power of ten: {mult!r}", line=line, field="UNIT_MULT")
        components = {k: v for k, v in row.items() if k not in STRUCTURAL}
        table.records.append(SdmxRecord(line, period, value, int(mult), components))
    return table
