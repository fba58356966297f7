"""``factcheck refdata list|show|validate|build|import`` through the command's entry point."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.helpers import run_cli

from .conftest import FIXTURES, RATES, write_package

Capsys = pytest.CaptureFixture[str]


def test_list_shows_packages_in_load_order_and_their_overrides(
    capsys: Capsys, make_package: Callable[..., Path]
) -> None:
    first = make_package("first")
    second = make_package("second", files={"observations/rates.csv": RATES.replace("4.25", "4.2")})
    code, out, err = run_cli(capsys, "refdata", "list", "--refdata", str(first), "--refdata", str(second))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == [
        "#",
        "package",
        "version",
        "sha256",
        "indicators",
        "entities",
        "sources",
        "observations",
    ]
    assert [line.split()[1] for line in lines[1:4]] == ["factcheck-core", "first", "second"]
    assert lines[3].split()[4:] == ["2", "3", "1", "4"]
    assert "   overrides 4 period(s) of first@0.1.0:" in lines
    assert "     test_rate CHN: 2025-01" in lines and "     test_rate USA: 2025-01, 2025-02" in lines


def test_show_an_indicator(capsys: Capsys) -> None:
    code, out, _ = run_cli(capsys, "refdata", "show", "fed_funds_target_upper", "--last", "2")
    assert code == 0
    assert out.startswith("fed_funds_target_upper — ")
    assert "  unit        percent · kind percent · frequency event" in out
    assert "FED (" in out and "the last 2 shown" in out
    assert "  period      value  published   source" in out
    assert "\nsources\n" in out


def test_show_a_package_lists_its_series(capsys: Capsys, make_package: Callable[..., Path]) -> None:
    code, out, _ = run_cli(capsys, "refdata", "show", "factcheck-core")
    assert code == 0
    assert out.startswith("factcheck-core@")
    lines = out.splitlines()
    header = next(i for i, line in enumerate(lines) if line.split()[:2] == ["indicator", "entity"])
    series = [line.split()[:2] for line in lines[header + 1 :] if line.startswith("  ")]
    assert ["fed_funds_target_upper", "FED"] in series and ["cpi_inflation_yoy", "CHN"] in series
    code, out, err = run_cli(capsys, "refdata", "show", "factcheck-core", "--last", "2")
    assert (code, out) == (2, "") and "--entity and --last apply to an indicator" in err


def test_show_an_entity_by_alias(capsys: Capsys) -> None:
    code, out, _ = run_cli(capsys, "refdata", "show", "美國")
    assert code == 0
    assert out.startswith("USA — United States\n")
    assert "  indicator " in out and "us_total_public_debt" in out


def test_show_formats_values_for_reading(capsys: Capsys, make_package: Callable[..., Path]) -> None:
    code, out, _ = run_cli(capsys, "refdata", "show", "test_reserves", "--refdata", str(make_package()))
    assert code == 0
    assert "  2025-Q1  12.5 trillion USD  2025-06-30  test_src" in out


def test_show_an_unknown_id_suggests_close_ones(capsys: Capsys) -> None:
    code, out, err = run_cli(capsys, "refdata", "show", "cofer_usd_shar")
    assert (code, out) == (2, "")
    assert err.startswith(
        "factcheck: error: no indicator or entity 'cofer_usd_shar'; did you mean cofer_usd_share, "
    )


def test_validate_reports_each_package(capsys: Capsys, make_package: Callable[..., Path]) -> None:
    good = make_package("good")
    bad = make_package("bad")
    (bad / "CHANGELOG.md").unlink()
    code, out, err = run_cli(capsys, "refdata", "validate", str(good), str(bad))
    assert code == 2
    assert out.startswith("ok good@0.1.0 (sha256 ")
    assert (
        err == f"factcheck: error: {bad / 'CHANGELOG.md'}: missing: every package keeps a CHANGELOG with an "
        "entry per version (now 0.1.0)\n"
    )


def test_validate_the_bundled_package(capsys: Capsys) -> None:
    code, out, _ = run_cli(
        capsys,
        "refdata",
        "validate",
        "reference_data/factcheck-core",
        cwd=Path(__file__).resolve().parents[2],
    )
    assert code == 0 and out.startswith("ok factcheck-core@")


def test_build_and_bump(capsys: Capsys, tmp_path: Path) -> None:
    root = write_package(tmp_path / "stats")
    code, out, _ = run_cli(capsys, "refdata", "build", str(root))
    assert (
        code == 0
        and out.startswith("built stats 0.1.0 (sha256 ")
        and out.endswith("CHANGELOG entry 0.1.0 written\n")
    )
    path = root / "observations" / "rates.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",4.25,", ",4.3,"), encoding="utf-8")
    code, _, err = run_cli(capsys, "refdata", "build", str(root))
    assert code == 2 and "changed since version 0.1.0: give --bump" in err
    code, out, _ = run_cli(capsys, "refdata", "build", str(root), "--bump", "patch", "--message", "Fixed.")
    assert code == 0 and "0.1.0 → 0.1.1" in out and "changed: observations/rates.csv" in out


def test_import_wdi(capsys: Capsys, tmp_path: Path) -> None:
    code, out, err = run_cli(
        capsys,
        "refdata",
        "import",
        str(FIXTURES / "wdi_growth.csv"),
        "--format",
        "wdi",
        "--out",
        str(tmp_path / "wb"),
        "--indicator",
        "real_gdp_growth_annual",
        "--entity-map",
        "WLD=WLD",
    )
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        f"imported 10 rows into {tmp_path / 'wb'}/observations/real_gdp_growth_annual.csv (wb new, 0.1.0)",
        "skipped: 7 no entity",
        "codes without an entity (2): ABW, EAS; map them with --entity-map",
    ]


def test_import_sdmx_needs_a_source_and_a_date(capsys: Capsys, make_package: Callable[..., Path]) -> None:
    root = make_package()
    args = [
        "refdata",
        "import",
        str(FIXTURES / "sdmx20_labels.csv"),
        "--format",
        "sdmx",
        "--out",
        str(root),
        "--indicator",
        "test_rate",
        "--entity-map",
        "US=USA,CN=CHN",
    ]
    code, _, err = run_cli(capsys, *args)
    assert (
        code == 2
        and err
        == "factcheck: error: --source-id is required for SDMX: the publisher dataset the values come from\n"
    )
    code, _, err = run_cli(capsys, *args, "--source-id", "test_src", "--published", "2025-04-x")
    assert code == 2 and "not a date (YYYY-MM-DD): '2025-04-x'" in err
    code, out, _ = run_cli(
        capsys, *args, "--source-id", "test_src", "--published", "2025-04-10", "--table", "lab"
    )
    assert code == 0 and "(pkg 0.1.0 → 0.2.0)" in out


def test_a_malformed_entity_map_is_a_usage_error(capsys: Capsys, make_package: Callable[..., Path]) -> None:
    code, _, err = run_cli(
        capsys,
        "refdata",
        "import",
        str(FIXTURES / "sdmx20_labels.csv"),
        "--format",
        "sdmx",
        "--out",
        str(make_package()),
        "--indicator",
        "test_rate",
        "--entity-map",
        "US",
    )
    assert code == 2 and err == "factcheck: error: --entity-map 'US': expected KEY=VALUE\n"
