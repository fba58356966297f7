"""rules/ and reference_data/ are found at run time and every data file validates."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pint
import pytest

from factcheck.lang import load_packs
from factcheck.resources import reference_data_dir, rules_dir

ROOT = Path(__file__).resolve().parents[2]


def test_data_folders_are_found() -> None:
    assert (rules_dir() / "lang").is_dir()
    assert reference_data_dir().is_dir()


def test_language_packs_validate() -> None:
    codes = [p.code for p in load_packs()]
    assert {"zh", "en"} <= set(codes)


def test_every_unit_name_parses_in_pint() -> None:
    registry = pint.UnitRegistry()
    registry.load_definitions(str(rules_dir() / "units" / "factcheck_units.txt"))
    for pack in load_packs():
        tables = [pack.units.measures, pack.units.durations, pack.units.scaled_measures]
        names = [v if isinstance(v, str) else v[0] for t in tables for v in t.values()]
        names += list(pack.units.currency_prefix.values()) + list(pack.units.currency_suffix.values())
        names += [v[1] for v in pack.units.ambiguous_currency_suffix.values()]
        for name in names:
            registry.parse_units(name)  # raises on an unknown unit


def _git_files(folder: str) -> set[str]:
    out = subprocess.run(["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True, check=True)
    return {line for line in out.stdout.splitlines() if line}


@pytest.mark.skipif(not (ROOT / ".git").exists(), reason="needs a git checkout")
def test_bundled_folders_hold_only_tracked_files() -> None:
    """The wheel copies rules/ and reference_data/ as they are on disk: no untracked junk."""
    for folder in ("rules", "reference_data"):
        on_disk = {str(p.relative_to(ROOT)) for p in (ROOT / folder).rglob("*") if p.is_file()}
        untracked = on_disk - _git_files(folder)
        assert not untracked, f"untracked files would ship in the wheel: {sorted(untracked)[:5]}"


def test_installed_wheel_ships_the_data() -> None:
    """In a regular (non-editable) install the wheel carries rules/ and reference_data/."""
    from importlib import metadata

    try:
        files = metadata.files("factcheck-econ") or []
    except metadata.PackageNotFoundError:
        pytest.skip("the distribution is not installed")
    names = {str(f) for f in files}
    if not any(n.startswith("factcheck/") and n.endswith(".py") for n in names):
        pytest.skip("editable install: the data is read from the checkout")
    assert any(n.startswith("factcheck/_bundled/rules/lang/zh/") for n in names)
    assert any(n.startswith("factcheck/_bundled/reference_data/") for n in names)


@pytest.mark.parametrize(
    ("frame", "complaint"),
    [
        ("{before: '(?P<part>x)', names: ['{part} share of {whole}']}", "'part' and 'whole'"),
        ("{before: '(?P<part>x)(?P<whole>y)', names: ['{part} share']}", "both {part} and {whole}"),
        ("{before: '(?P<part>x', names: ['{part} share of {whole}']}", "invalid regular expression"),
    ],
)
def test_a_bad_share_frame_names_file_and_field(tmp_path: Path, frame: str, complaint: str) -> None:
    from factcheck.errors import RuleFileError
    from factcheck.lang.pack import load_pack

    pack = tmp_path / "xx"
    pack.mkdir()
    (pack / "claims.yaml").write_text(f"share_frames:\n  - {frame}\n", encoding="utf-8")
    with pytest.raises(RuleFileError) as info:
        load_pack(pack)
    message = str(info.value)
    assert "claims.yaml" in message and "share_frames" in message and complaint in message
