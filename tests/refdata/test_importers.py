"""SDMX-CSV 1.0/2.0 and World Bank WDI files become valid observation tables (fixtures only, no network)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest

from factcheck.errors import RefdataError, UsageError
from factcheck.refdata.checks import validate_package
from factcheck.refdata.importer import ImportOptions, import_file
from factcheck.refdata.sdmx import read_sdmx, sdmx_period
from factcheck.refdata.wdi import read_wdi

from .conftest import FIXTURES

PUBLISHED = dt.date(2025, 4, 10)


@pytest.mark.parametrize(
    ("sdmx", "ours"),
    [
        ("2025", "2025"),
        ("2025-A1", "2025"),
        ("2025-Q3", "2025-Q3"),
        ("2025-03", "2025-03"),
        ("2025-M03", "2025-03"),
        ("2025-S1", "2025-H1"),
        ("2025-S2", "2025-H2"),
        ("2025-W05", "2025-01-27/2025-02-03"),
        ("2026-W01", "2025-12-29/2026-01-05"),
        ("2025-03-07", "2025-03-07"),
        ("2024-D060", "2024-02-29"),
        (" 2025-Q1 ", "2025-Q1"),
    ],
)
def test_time_periods_map_to_our_periods(sdmx: str, ours: str) -> None:
    assert sdmx_period(sdmx) == ours


@pytest.mark.parametrize(
    "bad",
    [
        "2025-Q5",
        "2025-13",
        "2025-M13",
        "2025-W54",
        "2025-D400",
        "2025-01-01/P1M",
        "2025-01-01T00:00:00",
        "25",
        "",
    ],
)
def test_unsupported_time_periods_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        sdmx_period(bad)


def test_sdmx_csv_1_0() -> None:
    table = read_sdmx(FIXTURES / "sdmx10_rates.csv")
    assert (table.version, table.separator, table.structure) == ("1.0", ",", "TEST:WS_RATES(1.0)")
    assert table.dimensions == ["FREQ", "REF_AREA", "RATE_TYPE"]
    assert (len(table.records), table.skipped_missing) == (5, 1)
    first = table.records[0]
    assert (first.line, first.period, first.value, first.unit_mult) == (2, "2025-01", "4.5", 0)
    assert table.series_key(first) == "M.US.POLICY"


def test_sdmx_csv_2_0_with_semicolons() -> None:
    table = read_sdmx(FIXTURES / "sdmx20_reserves.csv")
    assert (table.version, table.separator, table.structure) == ("2.0", ";", "TEST:RESERVES(2.0.0)")
    assert table.dimensions == ["FREQ", "REF_AREA", "SERIES"]
    assert table.skipped_deleted == 1
    assert [(r.period, r.unit_mult) for r in table.records] == [
        ("2025-Q1", 12),
        ("2025-Q2", 12),
        ("2025-H1", 12),
        ("2025-01-27/2025-02-03", 12),
        ("2024", 9),
    ]


def test_sdmx_csv_2_0_with_labels() -> None:
    table = read_sdmx(FIXTURES / "sdmx20_labels.csv")
    assert table.dimensions == ["FREQ", "REF_AREA"]
    assert [(r.components["REF_AREA"], r.period, r.value) for r in table.records] == [
        ("US", "2025-03", "4.3"),
        ("CN", "2025-03", "3.0"),
    ]


def test_a_file_that_is_not_sdmx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("FREQ,REF_AREA\nM,US\n", encoding="utf-8")
    with pytest.raises(RefdataError, match="not SDMX-CSV") as info:
        read_sdmx(path)
    assert info.value.line == 1


def test_a_bad_time_period_is_located(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        "DATAFLOW,REF_AREA,TIME_PERIOD,OBS_VALUE\nA:B(1.0),US,2025,1\nA:B(1.0),US,2025-B1,2\n",
        encoding="utf-8",
    )
    with pytest.raises(RefdataError) as info:
        read_sdmx(path)
    assert (info.value.line, info.value.field) == (3, "TIME_PERIOD")


def test_wdi_layout() -> None:
    table = read_wdi(FIXTURES / "wdi_growth.csv")
    assert table.last_updated == dt.date(2025, 7, 1)
    assert len(table.records) == 2 + 5 + 4 + 2 + 4  # empty cells dropped
    world = [r for r in table.records if r.country_code == "WLD"]
    assert [(r.year, r.value, r.line) for r in world] == [
        ("2020", "-3.1", 10),
        ("2021", "6.1", 10),
        ("2022", "3.2", 10),
        ("2023", "2.7", 10),
    ]


def test_import_sdmx_into_an_existing_package_bumps_minor(make_package: Callable[..., Path]) -> None:
    root = make_package()
    options = ImportOptions(
        indicator="test_rate",
        source_id="test_src",
        entity_map={"US": "USA", "CN": "CHN"},
        select={"RATE_TYPE": "POLICY"},
        published=PUBLISHED,
        table="bis_rates",
    )
    result = import_file(FIXTURES / "sdmx10_rates.csv", "sdmx", root, options)
    assert (result.rows, result.table, result.unmapped) == (3, "bis_rates", ["XM"])
    assert result.skipped == {"missing value": 1, "not selected": 1, "no entity": 1}
    assert (result.build.previous, result.build.package.version) == ("0.1.0", "0.2.0")
    pkg = validate_package(root)
    rows = [o for o in pkg.observations if o.table == "bis_rates"]
    assert [(o.entity, o.period, o.value, o.published) for o in rows] == [
        ("USA", "2025-01", Decimal("4.5"), PUBLISHED),
        ("USA", "2025-02", Decimal("4.25"), PUBLISHED),
        ("CHN", "2025-01", Decimal("3.1"), PUBLISHED),
    ]
    assert rows[0].note == "SDMX TEST:WS_RATES(1.0) series M.US.POLICY; OBS_STATUS=A"
    assert rows[0].url == "https://example.org/data"
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert changelog.index("## 0.2.0") < changelog.index("## 0.1.0")
    assert "- Imported sdmx10_rates.csv (SDMX-CSV 1.0 TEST:WS_RATES(1.0))" in changelog
    assert not [p for p in root.parent.iterdir() if p.name.startswith(".pkg.import-")]


def test_unit_mult_is_applied(make_package: Callable[..., Path]) -> None:
    root = make_package()
    options = ImportOptions(
        indicator="test_reserves",
        source_id="test_src",
        entity_map={"G001": "WLD"},
        select={"FREQ": "Q"},
        published=PUBLISHED,
        table="reserves",
    )
    import_file(FIXTURES / "sdmx20_reserves.csv", "sdmx", root, options)
    rows = [o for o in validate_package(root).observations if o.table == "reserves"]
    assert [(o.period, o.value) for o in rows] == [
        ("2025-Q1", Decimal("12.5e12")),
        ("2025-Q2", Decimal("12.75e12")),
    ]


def test_several_series_for_one_entity_need_a_selection(make_package: Callable[..., Path]) -> None:
    root = make_package()
    options = ImportOptions(
        indicator="test_rate", source_id="test_src", entity_map={"US": "USA"}, published=PUBLISHED
    )
    with pytest.raises(RefdataError) as info:
        import_file(FIXTURES / "sdmx10_rates.csv", "sdmx", root, options)
    assert info.value.line == 4 and "narrow the rows with --select" in info.value.message
    assert validate_package(root).version == "0.1.0", "a failed import leaves the package as it was"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (ImportOptions(indicator="test_rate", source_id="test_src"), "--published DATE is required"),
        (ImportOptions(indicator="test_rate", published=PUBLISHED), "--source-id is required"),
        (
            ImportOptions(indicator="nope", source_id="test_src", published=PUBLISHED),
            "unknown indicator 'nope'",
        ),
        (
            ImportOptions(indicator="test_rate", source_id="test_src", published=PUBLISHED, unit="USD"),
            "differs from test_rate's unit percent",
        ),
        (
            ImportOptions(
                indicator="test_rate", source_id="test_src", published=PUBLISHED, select={"AREA": "US"}
            ),
            "has no column 'AREA'",
        ),
        (
            ImportOptions(
                indicator="test_rate", source_id="test_src", published=PUBLISHED, entity_map={"US": "ATL"}
            ),
            "unknown entity 'ATL'",
        ),
        (
            ImportOptions(
                indicator="test_rate", source_id="test_src", published=PUBLISHED, select={"FREQ": "A"}
            ),
            "no rows left to import",
        ),
        (
            ImportOptions(
                indicator="test_rate",
                source_id="test_src",
                published=PUBLISHED,
                table="rates",
                entity_map={"US": "USA"},
                select={"RATE_TYPE": "POLICY"},
            ),
            "already has a table 'rates'",
        ),
    ],
)
def test_import_mistakes_are_usage_errors(
    make_package: Callable[..., Path], options: ImportOptions, message: str
) -> None:
    with pytest.raises(UsageError, match=message.replace("(", r"\(").replace(")", r"\)")):
        import_file(FIXTURES / "sdmx10_rates.csv", "sdmx", make_package(), options)


def test_import_wdi_into_a_new_package(tmp_path: Path) -> None:
    out = tmp_path / "wb"
    options = ImportOptions(indicator="real_gdp_growth_annual", entity_map={"WLD": "WLD"})
    result = import_file(FIXTURES / "wdi_growth.csv", "wdi", out, options)
    assert result.build.previous is None and result.build.package.label == "wb@0.1.0"
    assert sorted(result.unmapped) == ["ABW", "EAS"], "unknown codes and unmapped aggregates are left out"
    pkg = validate_package(out)
    assert {o.published for o in pkg.observations} == {dt.date(2025, 7, 1)}
    assert sorted((o.entity, o.period, str(o.value)) for o in pkg.observations if o.entity == "CHN") == [
        ("CHN", "2020", "2.1"),
        ("CHN", "2022", "3.1"),
        ("CHN", "2023", "4.1"),
        ("CHN", "2024", "5.1"),
    ]
    assert len(pkg.observations) == 4 + 2 + 4
    assert set(pkg.indicators) == {"real_gdp_growth_annual"} and set(pkg.sources) == {"world_bank_wdi"}
    assert set(pkg.entities) == {"CHN", "USA", "WLD"}
    assert pkg.observations[0].note.startswith("WDI NY.GDP.MKTP.KD.ZG (GDP growth (annual %));")
    text = (out / "indicators.yaml").read_text(encoding="utf-8")
    assert text.startswith("# copied from the bundled reference data by 'factcheck refdata import'\n- id: ")
    assert (
        "### Added\n\n- Imported wdi_growth.csv (World Bank WDI NY.GDP.MKTP.KD.ZG)\n"
        "- `real_gdp_growth_annual`" in (out / "CHANGELOG.md").read_text(encoding="utf-8")
    )


def test_import_refuses_a_folder_that_is_not_a_package(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    with pytest.raises(UsageError, match="is not a reference-data package"):
        import_file(
            FIXTURES / "wdi_growth.csv", "wdi", tmp_path, ImportOptions(indicator="real_gdp_growth_annual")
        )
