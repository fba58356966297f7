"""Read World Bank World Development Indicators CSV files (the wide, one-column-per-year layout).

The API download ``API_<INDICATOR>_DS2_en_csv_v2_<n>.csv`` starts with four
preamble lines (``"Data Source","World Development Indicators",``, a blank,
``"Last Updated Date","YYYY-MM-DD",``, a blank), then the header
``"Country Name","Country Code","Indicator Name","Indicator Code","1960",…``
with a trailing comma. The bulk ``WDICSV.csv`` has the same columns without
the preamble. Years are melted into one record per non-empty cell.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import RefdataError

__all__ = ["WdiRecord", "WdiTable", "read_wdi"]

ID_COLUMNS = ("Country Name", "Country Code", "Indicator Name", "Indicator Code")


@dataclass(frozen=True)
class WdiRecord:
    """One non-empty cell: the line it came from, the country and indicator, the year and the value."""

    line: int
    country_name: str
    country_code: str
    indicator_name: str
    indicator_code: str
    year: str
    value: str


@dataclass
class WdiTable:
    """A parsed WDI file."""

    last_updated: dt.date | None
    records: list[WdiRecord] = field(default_factory=list)


def read_wdi(path: str | Path) -> WdiTable:
    """Parse the WDI CSV file ``path``; problems name the line and the column."""
    file = Path(path)
    reader = csv.reader(io.StringIO(file.read_bytes().decode("utf-8-sig"), newline=""))
    last_updated: dt.date | None = None
    header: list[str] | None = None
    for cells in reader:
        first = cells[0].strip() if cells else ""
        if first == "Last Updated Date" and len(cells) > 1:
            try:
                last_updated = dt.date.fromisoformat(cells[1].strip())
            except ValueError:
                raise RefdataError(
                    file,
                    f"not a date (YYYY-MM-DD): {cells[1]!r}",
                    line=reader.line_num,
                    field="Last Updated Date",
                ) from None
        elif first == "Country Name":
            header = [c.strip() for c in cells]
            break
        elif first not in ("", "Data Source"):
            raise RefdataError(
                file,
                f"not a WDI file: expected the preamble or a 'Country Name' header, found {first!r}",
                line=reader.line_num,
            )
    if header is None:
        raise RefdataError(
            file, "not a WDI file: no 'Country Name,Country Code,Indicator Name,Indicator Code' header"
        )
    missing = [c for c in ID_COLUMNS if c not in header]
    if missing:
        raise RefdataError(
            file, f"missing column(s): {', '.join(missing)}", line=reader.line_num, field=missing[0]
        )
    index = {name: header.index(name) for name in ID_COLUMNS}
    years = [(i, name) for i, name in enumerate(header) if len(name) == 4 and name.isdigit()]
    if not years:
        raise RefdataError(file, "no year columns (1960, 1961, …) in the header", line=reader.line_num)
    table = WdiTable(last_updated)
    for cells in reader:
        if not any(c.strip() for c in cells):
            continue
        line = reader.line_num
        if len(cells) < len(header) - (1 if header[-1] == "" else 0):
            raise RefdataError(file, f"has {len(cells)} fields, the header has {len(header)}", line=line)
        ids = {name: cells[i].strip() for name, i in index.items()}
        for i, year in years:
            value = cells[i].strip()
            if value:
                table.records.append(
                    WdiRecord(
                        line,
                        ids["Country Name"],
                        ids["Country Code"],
                        ids["Indicator Name"],
                        ids["Indicator Code"],
                        year,
                        value,
                    )
                )
    return table
