"""The parse cache: same records as a fresh parse, keyed by content, never inside a package folder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from factcheck.refdata import cache, load_package, tables
from factcheck.refdata.package import bundled_package_dirs

from .conftest import rehash


def _files(root: Path) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError("parsed although the cache holds this package")

    monkeypatch.setattr(tables, "parse_observations", fail)
    monkeypatch.setattr(tables, "parse_definitions", fail)


def test_a_cached_load_equals_a_fresh_one(
    make_package: Callable[..., Path], private_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_package()
    before = _files(root)
    fresh = load_package(root)
    assert len(list(private_cache.glob("*.pickle"))) == 1
    _no_parsing(monkeypatch)
    cached = load_package(root)
    assert cached.observations == fresh.observations
    assert (cached.indicators, cached.entities, cached.sources) == (
        fresh.indicators,
        fresh.entities,
        fresh.sources,
    )
    assert (cached.label, cached.sha256, cached.path) == (fresh.label, fresh.sha256, fresh.path)
    assert _files(root) == before, "nothing may be written into a package folder"


def test_the_bundled_package_round_trips_through_the_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    root = bundled_package_dirs()[0]
    fresh = load_package(root)
    _no_parsing(monkeypatch)
    assert load_package(root).observations == fresh.observations


def test_an_edited_file_misses_the_cache(make_package: Callable[..., Path], private_cache: Path) -> None:
    root = make_package()
    load_package(root)
    path = root / "observations" / "rates.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",4.25,", ",4.35,"), encoding="utf-8")
    rehash(root)
    assert str(load_package(root).observations[1].value) == "4.35"
    assert len(list(private_cache.glob("*.pickle"))) == 2


def test_a_damaged_entry_is_a_miss(make_package: Callable[..., Path], private_cache: Path) -> None:
    root = make_package()
    expected = load_package(root).observations
    for entry in private_cache.glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert load_package(root).observations == expected


def test_the_cache_can_be_turned_off(
    make_package: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "off"))
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    assert cache.cache_dir() is None
    load_package(make_package())
    assert not (tmp_path / "off").exists()


def test_an_unwritable_cache_only_costs_time(
    make_package: Callable[..., Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(blocker))
    assert load_package(make_package()).label == "pkg@0.1.0"


def test_old_entries_are_pruned(private_cache: Path) -> None:
    for n in range(cache.KEEP + 3):
        cache.write(f"{n:064x}", n)
    assert len(list(private_cache.glob("*.pickle"))) == cache.KEEP
    assert not list(private_cache.glob(".tmp-*"))


def test_the_default_folder_is_the_user_cache(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("FACTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    folder = cache.cache_dir()
    assert folder is not None and folder.name == "refdata" and folder.parent.name == "factcheck"
