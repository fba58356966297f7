"""Checks beyond loading: the descriptor is up to date, units parse in pint, the CHANGELOG names the version.

:func:`validate_package` runs them all (``factcheck refdata validate`` and
the integrity tests); each failure is one located
:class:`~factcheck.errors.RefdataError`.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from ..errors import RefdataError
from . import changelog
from .descriptor import describe, draft
from .package import DESCRIPTOR, RefPackage, load_package

__all__ = [
    "check_changelog",
    "check_descriptor",
    "check_units",
    "resource_path",
    "unit_registry",
    "validate_package",
]


def validate_package(folder: str | Path) -> RefPackage:
    """Load the package in ``folder`` and run every check; the first problem is raised."""
    package = load_package(folder)
    check_descriptor(package)
    check_units(package)
    check_changelog(package)
    return package


def _first_difference(stored: Any, expected: Any, where: str = "") -> str | None:
    if isinstance(stored, dict) and isinstance(expected, dict):
        for key in [*expected, *(k for k in stored if k not in expected)]:
            found = _first_difference(stored.get(key), expected.get(key), f"{where}.{key}" if where else key)
            if found:
                return found
        return None
    if isinstance(stored, list) and isinstance(expected, list):
        for index, (a, b) in enumerate(zip(stored, expected, strict=False)):
            found = _first_difference(a, b, f"{where}[{index}]")
            if found:
                return found
        return f"{where}[{min(len(stored), len(expected))}]" if len(stored) != len(expected) else None
    return None if stored == expected else where


def check_descriptor(package: RefPackage) -> None:
    """``datapackage.json`` is exactly what ``factcheck refdata build`` computes from the files."""
    hint = f"rebuild with 'factcheck refdata build {package.path}'"
    expected = describe(draft(package.path, package.descriptor), package)
    listed = {r.get("path") for r in package.descriptor["resources"]}
    for resource in expected["resources"]:
        if resource["path"] not in listed:
            raise RefdataError(
                package.path / DESCRIPTOR, f"{resource['path']} is not listed; {hint}", field="resources"
            )
    where = _first_difference(package.descriptor, expected)
    if where is not None:
        raise RefdataError(package.path / DESCRIPTOR, f"out of date with the files; {hint}", field=where)


@cache
def unit_registry() -> Any:
    """pint's default registry extended with ``rules/units/factcheck_units.txt``."""
    import pint

    from ..resources import rules_dir

    registry = pint.UnitRegistry()
    registry.load_definitions(str(rules_dir() / "units" / "factcheck_units.txt"))
    return registry


def check_units(package: RefPackage) -> None:
    """Every indicator's unit is a pint unit of factcheck's registry."""
    import pint

    from .tables import locate

    registry = unit_registry()
    path = package.path / resource_path(package, "indicators")
    for index, indicator in enumerate(package.indicators.values()):
        try:
            if not indicator.unit.strip():
                raise ValueError("is empty")
            registry.parse_units(indicator.unit)
        except (pint.errors.PintError, ValueError, AttributeError, TypeError) as exc:
            line, _ = locate(path, (index, "unit"))
            raise RefdataError(
                path,
                f"not a unit of factcheck's pint registry: {indicator.unit!r} ({exc})",
                line=line,
                item=indicator.id,
                field="unit",
            ) from None


def resource_path(package: RefPackage, name: str) -> str:
    """The path of the resource called ``name``, as the descriptor lists it."""
    return next(str(r["path"]) for r in package.descriptor["resources"] if r.get("name") == name)


def check_changelog(package: RefPackage) -> None:
    """``CHANGELOG.md`` has an entry for the package's version."""
    text = changelog.read(package.path)
    path = package.path / changelog.CHANGELOG
    if text is None:
        raise RefdataError(
            path,
            f"missing: every package keeps a CHANGELOG with an entry per version (now {package.version})",
        )
    if package.version not in changelog.versions(text):
        raise RefdataError(
            path, f"no entry for version {package.version} (a '## {package.version} (date)' heading)"
        )
