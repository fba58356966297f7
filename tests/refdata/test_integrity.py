"""The bundled reference data: hashes, sources, addresses, release dates, units, CHANGELOG, loading.

When a test here fails after an edit under reference_data/, the data changed
without a new version. Rebuild the package with a version bump and say what
changed:

    factcheck refdata build reference_data/factcheck-core --bump patch --message "Corrected …"

(``minor`` when rows or tables were added, ``major`` when columns changed.)
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest

from factcheck.refdata import load_refdata
from factcheck.refdata.changelog import read as read_changelog
from factcheck.refdata.changelog import versions
from factcheck.refdata.checks import check_descriptor, unit_registry
from factcheck.refdata.model import Entity
from factcheck.refdata.package import bundled_package_dirs, load_package

PACKAGES = bundled_package_dirs()
REBUILD = "data changed without a version bump: run 'factcheck refdata build {} --bump PART --message …'"


def _descriptor(root: Path) -> dict:
    return json.loads((root / "datapackage.json").read_text(encoding="utf-8"))


def _observation_rows(root: Path) -> list[dict[str, str]]:
    rows = []
    for resource in _descriptor(root)["resources"]:
        if resource["name"] not in ("indicators", "entities", "sources"):
            with (root / resource["path"]).open(encoding="utf-8", newline="") as handle:
                rows += list(csv.DictReader(handle))
    return rows


def test_there_is_a_bundled_package() -> None:
    assert [p.name for p in PACKAGES] == ["factcheck-core"]


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_every_resource_hash_matches_its_file(root: Path) -> None:
    for resource in _descriptor(root)["resources"]:
        data = (root / resource["path"]).read_bytes()
        assert resource["hash"] == f"sha256:{hashlib.sha256(data).hexdigest()}", REBUILD.format(root)
        assert resource["bytes"] == len(data), REBUILD.format(root)


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_every_file_is_listed_and_the_descriptor_is_current(root: Path) -> None:
    check_descriptor(load_package(root))


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_every_source_id_resolves(root: Path) -> None:
    with (root / "sources.csv").open(encoding="utf-8", newline="") as handle:
        sources = {row["id"] for row in csv.DictReader(handle)}
    used = {row["source_id"] for row in _observation_rows(root)}
    assert used - sources == set()


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_every_observation_has_an_address_and_a_release_date(root: Path) -> None:
    for row in _observation_rows(root):
        assert row["url"].startswith(("https://", "http://")), row
        assert dt.date.fromisoformat(row["published"]) <= dt.datetime.now(dt.timezone.utc).date(), row


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_every_unit_parses_in_pint(root: Path) -> None:
    registry = unit_registry()
    pkg = load_package(root)
    for indicator in pkg.indicators.values():
        registry.parse_units(indicator.unit)
    assert {o.unit for o in pkg.observations} <= {i.unit for i in pkg.indicators.values()}


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_the_changelog_has_an_entry_for_the_current_version(root: Path) -> None:
    text = read_changelog(root)
    assert text is not None, f"{root}/CHANGELOG.md is missing"
    version = _descriptor(root)["version"]
    assert versions(text)[0] == version, f"the newest CHANGELOG entry of {root.name} must be {version}"


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_default_entities_exist_and_release_lags_are_plausible(root: Path) -> None:
    pkg = load_package(root)
    for indicator in pkg.indicators.values():
        assert indicator.default_entity is None or indicator.default_entity in pkg.entities
        assert indicator.release_lag_days is None or 0 <= indicator.release_lag_days <= 800, indicator.id


def _names(entity: Entity) -> tuple[str, str, str]:
    return entity.names.en, entity.names.zh_hans, entity.names.zh_hant


@pytest.mark.parametrize("root", PACKAGES, ids=lambda p: p.name)
def test_an_institution_named_after_a_country_belongs_to_it(root: Path) -> None:
    """台灣央行 and the Bank of Canada are Taiwan's and Canada's: an institution one of whose names
    contains exactly one country's name records that country."""
    pkg = load_package(root)
    countries = [e for e in pkg.entities.values() if e.kind == "country"]
    checked = 0
    for entity in pkg.entities.values():
        if entity.country is None:
            continue
        for written in _names(entity):
            named = {c.id for c in countries for name in _names(c) if name in written}
            if len(named) == 1:
                assert named == {entity.country}, (entity.id, written)
                checked += 1
    assert checked >= 10


def test_the_bundled_packages_load_with_every_row() -> None:
    refdata = load_refdata()
    assert [p.path for p in refdata.packages] == PACKAGES
    assert sum(len(p.observations) for p in refdata.packages) == sum(
        len(_observation_rows(p)) for p in PACKAGES
    )
    assert sum(len(rows) for rows in refdata.series.values()) == sum(
        len(p.observations) for p in refdata.packages
    )
    assert refdata.overrides == {} and refdata.replaced == {}
    for rows in refdata.series.values():
        assert rows == sorted(rows, key=lambda o: (o.start, o.end, o.published))
