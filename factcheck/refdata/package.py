"""Load and validate reference-data packages (Frictionless-style folders).

A package folder holds ``datapackage.json`` (name, version, resources with
hashes) and the resources it lists: ``indicators`` and ``entities`` (YAML),
``sources`` (CSV) and any number of observation tables (CSV). Every problem is
a :class:`~factcheck.errors.RefdataError` naming the file, the row (or line)
and the field. A resource whose bytes no longer match the descriptor's
``hash`` is an error: data changed without a version bump.

Several packages stack: later ones override earlier ones for the same
indicator, entity and period, and the merged view records which package each
row came from and which rows were replaced.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import RefdataError
from ..resources import reference_data_dir
from .model import Entity, Indicator, LocalizedWords, Observation, Source
from .periods import parse_period
from .tables import OBSERVATION_FIELDS, SOURCE_FIELDS, parse_definitions, parse_observations, parse_sources

__all__ = [
    "DESCRIPTOR",
    "OBSERVATION_FIELDS",
    "SOURCE_FIELDS",
    "RefData",
    "RefPackage",
    "bundled_package_dirs",
    "load_package",
    "load_refdata",
    "merge",
    "package_sha256",
    "read_descriptor",
]

DESCRIPTOR = "datapackage.json"
#: Resource names with a fixed role; every other resource is an observation table.
DEFINITION_RESOURCES = ("indicators", "entities", "sources")
REBUILD_HINT = "rebuild with 'factcheck refdata build {root} --bump patch|minor|major --message TEXT'"


@dataclass
class RefPackage:
    """One validated package."""

    path: Path
    name: str
    version: str
    sha256: str
    indicators: dict[str, Indicator]
    entities: dict[str, Entity]
    sources: dict[str, Source]
    observations: list[Observation]
    descriptor: dict[str, Any] = field(repr=False)

    @property
    def label(self) -> str:
        """``name@version``."""
        return f"{self.name}@{self.version}"


def read_descriptor(folder: str | Path) -> dict[str, Any]:
    """The parsed ``datapackage.json`` of ``folder``, with its required keys checked."""
    path = Path(folder) / DESCRIPTOR
    try:
        data = json.loads(path.read_bytes().decode("utf-8-sig"))
    except FileNotFoundError:
        raise RefdataError(path, "missing: a reference-data package needs a datapackage.json") from None
    except UnicodeDecodeError:
        raise RefdataError(path, "is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise RefdataError(path, f"invalid JSON: {exc.msg}", line=exc.lineno) from None
    if not isinstance(data, dict):
        raise RefdataError(path, "must be a JSON object")
    for key in ("name", "version", "resources"):
        if key not in data:
            raise RefdataError(path, "is required", field=key)
    for key in ("name", "version"):
        if not isinstance(data[key], str) or not data[key]:
            raise RefdataError(path, "must be a non-empty string", field=key)
    if not isinstance(data["resources"], list) or not data["resources"]:
        raise RefdataError(path, "must list at least one resource", field="resources")
    return data


def package_sha256(descriptor: dict[str, Any]) -> str:
    """sha256 of the canonical descriptor (sorted keys), which holds every resource's hash."""
    canonical = json.dumps(descriptor, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _resource_files(root: Path, descriptor: dict[str, Any]) -> dict[str, tuple[Path, bytes, str]]:
    """Resource name → (path, bytes, sha256), each checked against its ``bytes`` and ``hash``."""
    where = root / DESCRIPTOR
    out: dict[str, tuple[Path, bytes, str]] = {}
    for index, resource in enumerate(descriptor["resources"]):
        key = f"resources[{index}]"
        if not isinstance(resource, dict):
            raise RefdataError(where, "must be an object", field=key)
        name, rel = resource.get("name"), resource.get("path")
        if not isinstance(name, str) or not name:
            raise RefdataError(where, "each resource needs a name", field=f"{key}.name")
        if name in out:
            raise RefdataError(where, f"duplicate resource name {name!r}", field=f"{key}.name")
        if not isinstance(rel, str) or not rel:
            raise RefdataError(where, "each resource needs a path", field=f"{key}.path")
        pure = PurePosixPath(rel)
        if pure.is_absolute() or ".." in pure.parts:
            raise RefdataError(
                where, f"must be a relative path inside the package: {rel!r}", field=f"{key}.path"
            )
        path = root / pure
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise RefdataError(
                path, "missing: listed as a resource in datapackage.json but not found"
            ) from None
        except OSError as exc:
            raise RefdataError(path, f"cannot read: {exc.strerror or exc}") from None
        out[name] = (path, data, _check_integrity(root, path, resource, data))
    return out


def _text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RefdataError(path, f"is not UTF-8 (byte {exc.start})") from None


def _check_integrity(root: Path, path: Path, resource: dict[str, Any], data: bytes) -> str:
    """The sha256 of ``data``, after checking it against the resource's ``bytes`` and ``hash``."""
    size, digest = resource.get("bytes"), resource.get("hash")
    sha256 = hashlib.sha256(data).hexdigest()
    if size is not None and size != len(data):
        raise RefdataError(
            path,
            f"is {len(data)} bytes, datapackage.json says {size}: the data changed without a "
            f"version bump; {REBUILD_HINT.format(root=root)}",
            field="bytes",
        )
    if digest is None:
        return sha256
    algorithm, _, expected = str(digest).rpartition(":")
    algorithm = algorithm or "md5"  # Frictionless: a hash without a prefix is MD5
    if algorithm not in ("md5", "sha256"):
        raise RefdataError(
            root / DESCRIPTOR,
            f"unsupported hash {digest!r} for {path.name} (expected 'sha256:<hex>')",
            field="hash",
        )
    actual = sha256 if algorithm == "sha256" else hashlib.md5(data).hexdigest()
    if actual != expected.lower():
        raise RefdataError(
            path,
            f"{algorithm} is {actual[:12]}…, datapackage.json says {expected[:12]}…: the data "
            f"changed without a version bump; {REBUILD_HINT.format(root=root)}",
            field="hash",
        )
    return sha256


def load_package(folder: str | Path) -> RefPackage:
    """Load and validate the package in ``folder``."""
    root = Path(folder)
    if not root.is_dir():
        raise RefdataError(
            root, "not a folder (a reference-data package is a folder with a datapackage.json)"
        )
    return load_with_descriptor(root, read_descriptor(root))


def load_with_descriptor(root: Path, descriptor: dict[str, Any], *, use_cache: bool = True) -> RefPackage:
    """Validate the files of ``root`` as ``descriptor`` lists them.

    A package whose bytes were parsed before comes from the user cache (see
    :mod:`.cache`); the integrity checks against the descriptor run either way.
    """
    from . import cache

    name, version = str(descriptor["name"]), str(descriptor["version"])
    digest = package_sha256(descriptor)
    files = _resource_files(root, descriptor)
    for role in DEFINITION_RESOURCES:
        if role not in files:
            raise RefdataError(root / DESCRIPTOR, f"needs a resource named {role!r}", field="resources")
    key = cache.cache_key(f"{name}@{version}", [(n, f[2]) for n, f in files.items()]) if use_cache else None
    cached = cache.read(key)
    if cached is not None:
        indicators, entities, sources, rows = cached
        observations = [Observation(*row) for row in rows]
    else:
        indicators, entities, sources, observations = _parse(files, f"{name}@{version}")
        cache.write(key, (indicators, entities, sources, [astuple(o) for o in observations]))
    return RefPackage(root, name, version, digest, indicators, entities, sources, observations, descriptor)


def astuple(obs: Observation) -> tuple[Any, ...]:
    """The fields of ``obs`` in order (shallow, unlike :func:`dataclasses.astuple`)."""
    return tuple(getattr(obs, name) for name in _OBSERVATION_ATTRS)


_OBSERVATION_ATTRS = tuple(f.name for f in fields(Observation))


def _parse(
    files: dict[str, tuple[Path, bytes, str]], label: str
) -> tuple[dict[str, Indicator], dict[str, Entity], dict[str, Source], list[Observation]]:
    def text(role: str) -> tuple[Path, str]:
        path, data, _ = files[role]
        return path, _text(path, data)

    indicators: dict[str, Indicator] = parse_definitions(*text("indicators"), Indicator)
    entities: dict[str, Entity] = parse_definitions(*text("entities"), Entity)
    sources = parse_sources(*text("sources"))
    for ind in indicators.values():
        if ind.default_entity and ind.default_entity not in entities:
            raise RefdataError(
                files["indicators"][0],
                f"unknown entity {ind.default_entity!r}",
                item=ind.id,
                field="default_entity",
            )
        for name in ("discontinued_after", "first_period"):
            written = getattr(ind, name)
            if written is None:
                continue
            try:
                parse_period(written, ind.fiscal_year_start)
            except ValueError as err:
                raise RefdataError(files["indicators"][0], str(err), item=ind.id, field=name) from None
        for aim in ind.target_of:
            if aim not in indicators:
                raise RefdataError(
                    files["indicators"][0], f"unknown indicator {aim!r}", item=ind.id, field="target_of"
                )
        for whole in ind.part_of:
            if whole not in indicators:
                raise RefdataError(
                    files["indicators"][0], f"unknown indicator {whole!r}", item=ind.id, field="part_of"
                )
        if ind.never_above is not None and ind.never_above not in indicators:
            raise RefdataError(
                files["indicators"][0],
                f"unknown indicator {ind.never_above!r}",
                item=ind.id,
                field="never_above",
            )
    for ent in entities.values():
        if ent.country and ent.country not in entities:
            raise RefdataError(
                files["entities"][0], f"unknown entity {ent.country!r}", item=ent.id, field="country"
            )
    observations: list[Observation] = []
    seen: dict[tuple[str, str, str, str], str] = {}  # primary keys are unique across the tables
    for table in files:
        if table not in DEFINITION_RESOURCES:
            observations += parse_observations(
                *text(table), table, label, indicators, entities, sources, seen
            )
    return indicators, entities, sources, observations


@dataclass
class RefData:
    """Packages stacked in order: later packages override earlier ones key by key."""

    packages: list[RefPackage]
    indicators: dict[str, Indicator]
    entities: dict[str, Entity]
    sources: dict[str, Source]
    series: dict[tuple[str, str], list[Observation]]
    overrides: dict[str, int]  # package label → rows that replaced an earlier package's rows
    #: (indicator, entity, period) → (label of the replaced package, label of the replacing one)
    replaced: dict[tuple[str, str, str], tuple[str, str]] = field(default_factory=dict)

    def observations(self, indicator: str, entity: str) -> list[Observation]:
        """Rows of one series, by period start then release date."""
        return self.series.get((indicator, entity), [])


def _restated(earlier: Any, later: Any) -> Any:
    """A definition given again by a later package: its fields win, and the earlier package's
    aliases stay (a package that adds rows to a bundled series need not copy every alias)."""
    if earlier is None:
        return later
    kept = [name for name in ("aliases", "entity_aliases", "own_names") if name in type(later).model_fields]
    return later.model_copy(
        update={name: _joined(getattr(later, name), getattr(earlier, name)) for name in kept}
    )


def _joined(later: LocalizedWords, earlier: LocalizedWords) -> LocalizedWords:
    """``later``'s words, then ``earlier``'s not already there, per language."""
    scripts = ("en", "zh_hans", "zh_hant")
    return later.model_copy(
        update={s: list(dict.fromkeys([*getattr(later, s), *getattr(earlier, s)])) for s in scripts}
    )


def merge(packages: Sequence[RefPackage]) -> RefData:
    """Stack ``packages``: for a key present in several, the last package's rows win; a definition
    given again keeps the earlier aliases besides its own."""
    indicators: dict[str, Indicator] = {}
    entities: dict[str, Entity] = {}
    sources: dict[str, Source] = {}
    rows: dict[tuple[str, str, str], list[Observation]] = {}
    overrides: dict[str, int] = defaultdict(int)
    replaced: dict[tuple[str, str, str], tuple[str, str]] = {}
    for package in packages:
        for key, indicator in package.indicators.items():
            indicators[key] = _restated(indicators.get(key), indicator)
        for key, entity in package.entities.items():
            entities[key] = _restated(entities.get(key), entity)
        sources.update(package.sources)
        fresh: dict[tuple[str, str, str], list[Observation]] = defaultdict(list)
        for obs in package.observations:
            fresh[(obs.indicator, obs.entity, obs.period)].append(obs)
        for key, items in fresh.items():
            if key in rows:
                overrides[package.label] += len(items)
                replaced[key] = (rows[key][0].package, package.label)
            rows[key] = items
    series: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for (indicator, entity, _), items in rows.items():
        series[(indicator, entity)].extend(items)
    for items in series.values():
        items.sort(key=lambda o: (o.start, o.end, o.published))
    return RefData(list(packages), indicators, entities, sources, dict(series), dict(overrides), replaced)


def bundled_package_dirs() -> list[Path]:
    """The packages shipped with factcheck (each folder of ``reference_data/`` with a descriptor)."""
    root = reference_data_dir()
    return sorted(p for p in root.iterdir() if (p / DESCRIPTOR).is_file())


@lru_cache(maxsize=8)
def _load(dirs: tuple[Path, ...]) -> RefData:
    return merge([load_package(d) for d in dirs])


def load_refdata(extra: Sequence[str | Path] = ()) -> RefData:
    """The bundled packages followed by ``extra`` folders (later wins); loaded once per process."""
    dirs = tuple(bundled_package_dirs()) + tuple(Path(p).resolve() for p in extra)
    return _load(dirs)
