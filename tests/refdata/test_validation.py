"""Every malformed package fails with one error naming the file, the line or row, and the field."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck.errors import RefdataError
from factcheck.refdata import load_package
from factcheck.refdata.build import build
from factcheck.refdata.checks import validate_package

from .conftest import RATES, rehash, write_package

HEADER = RATES.splitlines()[0]
GOOD_ROW = "test_rate,USA,2025-03,4.0,percent,0,2025-04-02,test_src,https://example.org/data/5,"


def _add_row(row: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        with (root / "observations/rates.csv").open("a", encoding="utf-8") as handle:
            handle.write(row + "\n")

    return edit


def _replace(rel: str, old: str, new: str) -> Callable[[Path], None]:
    def edit(root: Path) -> None:
        path = root / rel
        text = path.read_text(encoding="utf-8")
        assert old in text, f"the case's text to replace is not in {rel}"
        path.write_text(text.replace(old, new, 1), encoding="utf-8")

    return edit


def _cell(column: str, value: str) -> str:
    cells = GOOD_ROW.split(",")
    cells[HEADER.split(",").index(column)] = value
    return ",".join(cells)


@dataclass(frozen=True)
class Case:
    name: str
    edit: Callable[[Path], None]
    file: str
    line: int | None
    field: str | None
    message: str
    item: str | None = None
    rebuilt: bool = True  # the edit's hashes are written back, so the content check is what fails


# A valid row appended to observations/rates.csv lands on line 6.
CASES = [
    Case(
        "unknown indicator",
        _add_row(_cell("indicator", "test_nope")),
        "observations/rates.csv",
        6,
        "indicator",
        "unknown indicator 'test_nope'",
    ),
    Case(
        "unknown entity",
        _add_row(_cell("entity", "ATL")),
        "observations/rates.csv",
        6,
        "entity",
        "unknown entity 'ATL'",
    ),
    Case(
        "unknown source",
        _add_row(_cell("source_id", "nowhere")),
        "observations/rates.csv",
        6,
        "source_id",
        "unknown source 'nowhere'",
    ),
    Case(
        "bad period",
        _add_row(_cell("period", "2025-13")),
        "observations/rates.csv",
        6,
        "period",
        "month must be in 1..12",
    ),
    Case(
        "period not in the grammar",
        _add_row(_cell("period", "March 2025")),
        "observations/rates.csv",
        6,
        "period",
        "not a period: 'March 2025'",
    ),
    Case(
        "bad date",
        _add_row(_cell("published", "2025-02-30")),
        "observations/rates.csv",
        6,
        "published",
        "not a date (YYYY-MM-DD): '2025-02-30'",
    ),
    Case(
        "date in another format",
        _add_row(_cell("published", "20250402")),
        "observations/rates.csv",
        6,
        "published",
        "not a date",
    ),
    Case(
        "non-numeric value",
        _add_row(_cell("value", "4,0").replace("4,0", '"4,0"')),
        "observations/rates.csv",
        6,
        "value",
        "not a number: '4,0'",
    ),
    Case(
        "infinite value",
        _add_row(_cell("value", "Infinity")),
        "observations/rates.csv",
        6,
        "value",
        "not a number",
    ),
    Case(
        "bad unit_mult",
        _add_row(_cell("unit_mult", "k")),
        "observations/rates.csv",
        6,
        "unit_mult",
        "not an integer power of ten",
    ),
    Case(
        "unit mismatch",
        _add_row(_cell("unit", "USD")),
        "observations/rates.csv",
        6,
        "unit",
        "unit 'USD' differs from the indicator's 'percent'",
    ),
    Case(
        "url not http",
        _add_row(_cell("url", "ftp://example.org/x")),
        "observations/rates.csv",
        6,
        "url",
        "http(s) address",
    ),
    Case(
        "duplicate key",
        _add_row(RATES.splitlines()[1]),
        "observations/rates.csv",
        6,
        "published",
        "duplicate row: same indicator, entity, period and published as rates.csv line 2",
    ),
    Case(
        "ragged row",
        _add_row(GOOD_ROW + ",extra"),
        "observations/rates.csv",
        6,
        None,
        "has 11 fields, the header has 10",
    ),
    Case(
        "missing column",
        _replace("observations/rates.csv", ",url,note", ",note"),
        "observations/rates.csv",
        1,
        "url",
        "missing column(s): url",
    ),
    Case(
        "malformed YAML",
        _replace("indicators.yaml", "  kind: currency", "  kind: [currency"),
        "indicators.yaml",
        12,
        None,
        "invalid YAML",
    ),
    Case(
        "indicator kind not allowed",
        _replace("indicators.yaml", "kind: currency", "kind: money"),
        "indicators.yaml",
        11,
        "kind",
        "Input should be",
        item="test_reserves",
    ),
    Case(
        "indicator name missing",
        _replace("indicators.yaml", ", zh-Hant: 測試儲備", ""),
        "indicators.yaml",
        13,
        "names.zh-Hant",
        "Field required",
        item="test_reserves",
    ),
    Case(
        "duplicate indicator id",
        _replace("indicators.yaml", "id: test_reserves", "id: test_rate"),
        "indicators.yaml",
        9,
        "id",
        "duplicate id 'test_rate'",
        item="test_rate",
    ),
    Case(
        "unknown default entity",
        _replace("indicators.yaml", "default_entity: WLD", "default_entity: MARS"),
        "indicators.yaml",
        None,
        "default_entity",
        "unknown entity 'MARS'",
        item="test_reserves",
    ),
    Case(
        "unknown whole indicator",
        _replace("indicators.yaml", "  default_entity: WLD", "  default_entity: WLD\n  part_of: [test_gdp]"),
        "indicators.yaml",
        None,
        "part_of",
        "unknown indicator 'test_gdp'",
        item="test_reserves",
    ),
    Case(
        "discontinued after a period that is none",
        _replace(
            "indicators.yaml", "  default_entity: WLD", "  default_entity: WLD\n  discontinued_after: June"
        ),
        "indicators.yaml",
        None,
        "discontinued_after",
        "June",
        item="test_reserves",
    ),
    Case(
        "target of an unknown indicator",
        _replace("indicators.yaml", "  default_entity: WLD", "  default_entity: WLD\n  target_of: test_gdp"),
        "indicators.yaml",
        None,
        "target_of",
        "unknown indicator 'test_gdp'",
        item="test_reserves",
    ),
    Case(
        "unknown country of an entity",
        _replace("entities.yaml", "kind: aggregate", "kind: aggregate\n  country: MARS"),
        "entities.yaml",
        None,
        "country",
        "unknown entity 'MARS'",
        item="WLD",
    ),
    Case(
        "entity kind not allowed",
        _replace("entities.yaml", "kind: aggregate", "kind: planet"),
        "entities.yaml",
        8,
        "kind",
        "Input should be",
        item="WLD",
    ),
    Case(
        "source without url",
        _replace("sources.csv", ",https://example.org/data,", ",,"),
        "sources.csv",
        2,
        "url",
        "is required",
        item="test_src",
    ),
    Case(
        "bad JSON descriptor",
        _replace("datapackage.json", '"version"', '"version":,'),
        "datapackage.json",
        4,
        None,
        "invalid JSON",
        rebuilt=False,
    ),
    Case(
        "descriptor without version",
        _replace("datapackage.json", '"version": "0.1.0",', ""),
        "datapackage.json",
        None,
        "version",
        "is required",
        rebuilt=False,
    ),
    Case(
        "data changed without a version bump",
        _replace("observations/rates.csv", ",4.5,", ",4.6,"),
        "observations/rates.csv",
        None,
        "hash",
        "the data changed without a version bump; rebuild with 'factcheck refdata build",
        rebuilt=False,
    ),
    Case(
        "rows added without a version bump",
        _add_row(GOOD_ROW),
        "observations/rates.csv",
        None,
        "bytes",
        "the data changed without a version bump",
        rebuilt=False,
    ),
    Case(
        "resource outside the package",
        _replace("datapackage.json", '"path": "sources.csv"', '"path": "../sources.csv"'),
        "datapackage.json",
        None,
        "resources[2].path",
        "must be a relative path inside the package",
        rebuilt=False,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_a_bad_package_names_file_line_and_field(make_package: Callable[..., Path], case: Case) -> None:
    root = make_package()
    case.edit(root)
    if case.rebuilt:
        rehash(root)
    with pytest.raises(RefdataError) as info:
        load_package(root)
    err = info.value
    assert Path(err.path) == root / case.file
    assert (err.line, err.field, err.item) == (case.line, case.field, case.item)
    assert case.message in err.message
    where = f"{root / case.file}:{case.line}" if case.line else str(root / case.file)
    assert str(err).startswith(where + ": ")
    assert "\n" not in str(err)


def test_the_valid_package_loads(make_package: Callable[..., Path]) -> None:
    pkg = validate_package(make_package())
    assert pkg.label == "pkg@0.1.0"
    assert [o.value for o in pkg.observations][-1] == 12500000000000
    assert str(pkg.observations[2].value) == "3.1"  # an empty unit_mult means 0


def test_a_unit_pint_does_not_know_is_located(make_package: Callable[..., Path]) -> None:
    root = make_package(
        files={
            "indicators.yaml": INDICATOR_WITH_UNIT.format(unit="zorkmid"),
            "observations/rates.csv": RATES.splitlines()[0] + "\n"
            "test_rate,USA,2025-01,1,zorkmid,0,2025-02-03,test_src,https://example.org/x,\n",
        }
    )
    with pytest.raises(RefdataError) as info:
        validate_package(root)
    assert (Path(info.value.path).name, info.value.line, info.value.item, info.value.field) == (
        "indicators.yaml",
        2,
        "test_rate",
        "unit",
    )


INDICATOR_WITH_UNIT = """\
- id: test_rate
  unit: {unit}
  kind: percent
  frequency: monthly
  names: {{en: Rate, zh-Hans: 利率, zh-Hant: 利率}}
"""


def test_a_changelog_without_the_version_fails(make_package: Callable[..., Path]) -> None:
    root = make_package()
    (root / "CHANGELOG.md").write_text("# Changelog\n\n## 0.0.9 (2025-01-01)\n\n- old\n", encoding="utf-8")
    with pytest.raises(RefdataError, match=r"CHANGELOG.md: no entry for version 0.1.0"):
        validate_package(root)


def test_an_unlisted_table_makes_the_descriptor_out_of_date(make_package: Callable[..., Path]) -> None:
    root = make_package()
    (root / "observations" / "more.csv").write_text(RATES, encoding="utf-8")
    with pytest.raises(RefdataError) as info:
        validate_package(root)
    assert info.value.field == "resources"
    assert "observations/more.csv is not listed" in info.value.message
    assert "factcheck refdata build" in info.value.message


def test_a_descriptor_edited_by_hand_is_out_of_date(make_package: Callable[..., Path]) -> None:
    root = make_package()
    descriptor = json.loads((root / "datapackage.json").read_text(encoding="utf-8"))
    descriptor["resources"][3]["schema"]["primaryKey"] = ["indicator"]
    (root / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    with pytest.raises(RefdataError) as info:
        validate_package(root)
    assert info.value.field == "resources[3].schema.primaryKey[1]"


def test_a_row_repeated_in_another_table_is_a_duplicate(tmp_path: Path) -> None:
    root = write_package(
        tmp_path / "pkg", {"observations/zz_more.csv": HEADER + "\n" + RATES.splitlines()[2] + "\n"}
    )
    with pytest.raises(RefdataError) as info:
        build(root)
    assert (Path(info.value.path).name, info.value.line, info.value.field) == ("zz_more.csv", 2, "published")
    assert info.value.message.endswith("as rates.csv line 3")
    assert not (root / "datapackage.json").exists()
