"""``build``: descriptors computed from the files, versions bumped with a CHANGELOG entry, atomic writes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.errors import RefdataError, UsageError
from factcheck.refdata.build import build, bump_version
from factcheck.refdata.changelog import versions
from factcheck.refdata.checks import validate_package

from .conftest import NOW, RATES, write_package

LATER = NOW + dt.timedelta(days=30)


def _descriptor(root: Path) -> dict:
    return json.loads((root / "datapackage.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("version", "part", "expected"),
    [
        ("0.1.0", "patch", "0.1.1"),
        ("0.1.9", "minor", "0.2.0"),
        ("1.4.2", "major", "2.0.0"),
        ("0.9.9", "patch", "0.9.10"),
    ],
)
def test_bump_version(version: str, part: str, expected: str) -> None:
    assert bump_version(version, part) == expected


@pytest.mark.parametrize(("version", "part"), [("1.0", "patch"), ("1.0.0", "micro"), ("v1.0.0", "minor")])
def test_bump_version_rejects_what_is_not_semver(version: str, part: str) -> None:
    with pytest.raises(UsageError):
        bump_version(version, part)


def test_a_first_build_writes_version_0_1_0_with_the_series_it_covers(tmp_path: Path) -> None:
    root = write_package(tmp_path / "My Stats")
    result = build(root, now=NOW)
    descriptor = _descriptor(root)
    assert (descriptor["name"], descriptor["version"], descriptor["created"]) == (
        "my-stats",
        "0.1.0",
        "2026-01-02T03:04:05Z",
    )
    assert descriptor["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert [r["name"] for r in descriptor["resources"]] == ["indicators", "entities", "sources", "rates"]
    assert result.previous is None and result.entry is not None
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert versions(changelog) == ["0.1.0"]
    assert "## 0.1.0 (2026-01-02)\n\n### Added\n" in changelog
    assert (
        "- `test_rate` (Test policy rate): CHN, USA; 2025-01 to 2025-02; 3 rows; sources test_src"
        in changelog
    )
    validate_package(root)


def test_the_descriptor_describes_the_tables(make_package: Callable[..., Path]) -> None:
    descriptor = _descriptor(make_package())
    rates = descriptor["resources"][3]
    assert {k: rates[k] for k in ("path", "format", "mediatype", "encoding")} == {
        "path": "observations/rates.csv",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
    }
    assert rates["hash"].startswith("sha256:") and len(rates["hash"]) == 71
    schema = rates["schema"]
    assert schema["primaryKey"] == ["indicator", "entity", "period", "published"]
    assert [fk["reference"]["resource"] for fk in schema["foreignKeys"]] == [
        "indicators",
        "entities",
        "sources",
    ]
    fields = {f["name"]: f for f in schema["fields"]}
    assert list(fields) == RATES.splitlines()[0].split(",")
    assert (fields["value"]["type"], fields["published"]["type"], fields["unit_mult"]["type"]) == (
        "number",
        "date",
        "integer",
    )
    assert fields["unit"]["constraints"]["enum"] == ["USD", "percent"]
    assert fields["url"]["constraints"] == {"required": True, "pattern": "https?://.+"}
    assert descriptor["sources"] == [
        {"id": "test_src", "title": "Test publisher: Test dataset", "path": "https://example.org/data"}
    ]
    indicators = {f["name"]: f for f in descriptor["resources"][0]["schema"]["fields"]}
    assert "percent" in indicators["kind"]["constraints"]["enum"]


def test_building_again_changes_nothing(make_package: Callable[..., Path]) -> None:
    root = make_package()
    before = {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}
    result = build(root, now=LATER)
    assert result.changed == [] and result.entry is None
    assert {p: p.read_bytes() for p in root.rglob("*") if p.is_file()} == before


def test_changed_data_needs_a_bump(make_package: Callable[..., Path]) -> None:
    root = make_package()
    path = root / "observations" / "rates.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",4.25,", ",4.3,"), encoding="utf-8")
    with pytest.raises(
        RefdataError, match=r"observations/rates.csv changed since version 0.1.0: give --bump"
    ):
        build(root, now=LATER)
    with pytest.raises(UsageError, match="--bump needs --message"):
        build(root, bump="patch", now=LATER)
    result = build(root, bump="patch", message="Corrected the February rate.", now=LATER)
    assert (result.previous, result.package.version, result.changed) == (
        "0.1.0",
        "0.1.1",
        ["observations/rates.csv"],
    )
    descriptor = _descriptor(root)
    assert (descriptor["version"], descriptor["created"]) == ("0.1.1", "2026-02-01T03:04:05Z")
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    assert versions(changelog) == ["0.1.1", "0.1.0"]
    assert "## 0.1.1 (2026-02-01)\n\n### Corrected\n\n- Corrected the February rate.\n" in changelog
    assert validate_package(root).observations[1].package == "pkg@0.1.1"


def test_a_new_table_is_a_minor_version_listing_its_series(make_package: Callable[..., Path]) -> None:
    root = make_package()
    more = (
        RATES.splitlines()[0]
        + "\ntest_rate,USA,2025-03,4.0,percent,0,2025-04-02,test_src,https://example.org/5,\n"
    )
    (root / "observations" / "march.csv").write_text(more, encoding="utf-8")
    build(root, bump="minor", message="March rates.", now=LATER)
    changelog = (root / "CHANGELOG.md").read_text(encoding="utf-8")
    entry = changelog.split("## 0.1.0")[0]
    assert (
        "## 0.2.0 (2026-02-01)\n\n### Added\n\n- March rates.\n"
        "- `test_rate` (Test policy rate): USA; 2025-03; 1 row" in entry
    )
    assert [r["name"] for r in _descriptor(root)["resources"]][-2:] == ["march", "rates"]


def test_a_section_can_be_chosen(make_package: Callable[..., Path]) -> None:
    root = make_package()
    build(root, bump="patch", message="Default entity for the reserves.", section="Changed", now=LATER)
    assert "### Changed\n\n- Default entity" in (root / "CHANGELOG.md").read_text(encoding="utf-8")


def test_invalid_data_is_not_built(make_package: Callable[..., Path]) -> None:
    root = make_package()
    before = (root / "datapackage.json").read_bytes(), (root / "CHANGELOG.md").read_bytes()
    with (root / "observations" / "rates.csv").open("a", encoding="utf-8") as handle:
        handle.write("test_rate,USA,2025-03,four,percent,0,2025-04-02,test_src,https://example.org/5,\n")
    with pytest.raises(RefdataError) as info:
        build(root, bump="minor", message="More.", now=LATER)
    assert (info.value.line, info.value.field) == (6, "value")
    assert ((root / "datapackage.json").read_bytes(), (root / "CHANGELOG.md").read_bytes()) == before
    assert not list(root.glob(".*.part"))


def test_maintainer_metadata_is_kept(make_package: Callable[..., Path]) -> None:
    root = make_package()
    descriptor = _descriptor(root)
    descriptor["title"] = "Test statistics"
    descriptor["licenses"] = [{"name": "CC-BY-4.0"}]
    descriptor["resources"][3]["title"] = "Policy rates"
    (root / "datapackage.json").write_text(json.dumps(descriptor), encoding="utf-8")
    build(root, bump="patch", message="Title and licence.", now=LATER)
    rebuilt = _descriptor(root)
    assert list(rebuilt)[:6] == ["$schema", "name", "title", "version", "created", "licenses"]
    assert rebuilt["resources"][3]["title"] == "Policy rates"


def test_a_bump_needs_an_existing_descriptor(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="build it once without --bump"):
        build(write_package(tmp_path / "new"), bump="minor", message="x")


def test_written_files_are_readable_by_everyone_or_keep_their_mode(tmp_path: Path) -> None:
    root = write_package(tmp_path / "modes")
    build(root, now=NOW)
    assert (root / "datapackage.json").stat().st_mode & 0o777 == 0o644
    (root / "CHANGELOG.md").chmod(0o664)
    build(root, bump="patch", message="Metadata.", now=LATER)
    assert (root / "CHANGELOG.md").stat().st_mode & 0o777 == 0o664


def test_the_definition_schemas_follow_the_models() -> None:
    from factcheck.refdata.descriptor import entity_schema, indicator_schema
    from factcheck.refdata.model import Entity, Indicator

    for schema, model in ((indicator_schema(), Indicator), (entity_schema(), Entity)):
        names = [f["name"] for f in schema["fields"]]
        assert names == [info.alias or name for name, info in model.model_fields.items()]
        assert all(f["description"] for f in schema["fields"]), "every model field needs a description"
    fields = {f["name"]: f for f in indicator_schema()["fields"]}
    assert fields["release_lag_days"] == {
        "name": "release_lag_days",
        "type": "integer",
        "description": fields["release_lag_days"]["description"],
        "constraints": {"minimum": 0},
    }
    assert fields["names"]["constraints"] == {"required": True} and fields["names"]["type"] == "object"
