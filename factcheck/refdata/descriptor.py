"""Compute a package's ``datapackage.json`` from its files (Frictionless Data Package v2 style).

The descriptor lists every resource with its ``bytes``, ``hash``
(``sha256:<hex>``) and a Table Schema: field types, ``required`` and ``enum``
constraints, the primary key ``(indicator, entity, period, published)`` of
observation tables and their foreign keys to ``indicators``, ``entities`` and
``sources``. Its top-level ``sources`` list is derived from ``sources.csv``.
Descriptive keys a maintainer wrote (``title``, ``description``,
``licenses``, ``homepage``, a resource's ``title`` …) are kept as they are.
"""

from __future__ import annotations

import hashlib
import re
from decimal import Decimal
from pathlib import Path
from types import UnionType
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel

from ..errors import RefdataError
from .model import Entity, Indicator
from .package import RefPackage

__all__ = ["PROFILE", "describe", "draft", "observation_schema", "resource_files"]

PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
#: The period grammar of :mod:`.periods` as a Table Schema (XML Schema) pattern.
_DAY = "[0-9]{4}-[0-9]{2}-[0-9]{2}"
PERIOD_SCHEMA_PATTERN = f"[0-9]{{4}}(-(Q[1-4]|H[12]|[0-9]{{2}}(-[0-9]{{2}})?))?|FY[0-9]{{4}}|{_DAY}/{_DAY}"
_NAME = re.compile(r"^[a-z0-9._-]+$")
_FORMATS = {
    ".csv": ("csv", "text/csv"),
    ".yaml": ("yaml", "application/yaml"),
    ".yml": ("yaml", "application/yaml"),
}
#: Top-level keys in the order they are written; other keys a maintainer added follow ``created``.
_HEAD = ("$schema", "name", "title", "description", "version", "created")
_TAIL = ("licenses", "contributors", "sources", "resources")


def _field(name: str, kind: str, description: str, **constraints: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"name": name, "type": kind, "description": description}
    if kind == "date":
        out["format"] = "default"
    if constraints:
        out["constraints"] = constraints
    return out


def _fk(column: str, resource: str) -> dict[str, Any]:
    return {"fields": [column], "reference": {"resource": resource, "fields": ["id"]}}


def _column_type(annotation: Any) -> tuple[str, dict[str, Any]]:
    """Table Schema type (and enum) of a pydantic field annotation."""
    origin, args = get_origin(annotation), get_args(annotation)
    if origin is Literal:
        return "string", {"enum": list(args)}
    if origin in (Union, UnionType):
        (inner,) = [a for a in args if a is not type(None)]
        return _column_type(inner)
    if origin is list:
        return "array", {}
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return "object", {}
    return {bool: "boolean", int: "integer", Decimal: "number", str: "string"}[annotation], {}


def model_fields(model: type[BaseModel]) -> list[dict[str, Any]]:
    """Table Schema fields of a record model: types, enums, required, bounds and patterns from the model."""
    out = []
    for name, info in model.model_fields.items():
        kind, constraints = _column_type(info.annotation)
        if info.is_required():
            constraints["required"] = True
        if name == "id":
            constraints["unique"] = True
        for meta in info.metadata:
            for attr, key in (("ge", "minimum"), ("le", "maximum"), ("pattern", "pattern")):
                if getattr(meta, attr, None) is not None:
                    value = getattr(meta, attr)
                    constraints[key] = value.strip("^$") if attr == "pattern" else value
        out.append(_field(info.alias or name, kind, info.description or "", **constraints))
    return out


def indicator_schema() -> dict[str, Any]:
    """Table Schema of ``indicators.yaml`` (a YAML list of records), from :class:`.Indicator`."""
    return {
        "fields": model_fields(Indicator),
        "primaryKey": ["id"],
        "foreignKeys": [_fk("default_entity", "entities")],
    }


def entity_schema() -> dict[str, Any]:
    """Table Schema of ``entities.yaml``, from :class:`.Entity`."""
    return {"fields": model_fields(Entity), "primaryKey": ["id"], "foreignKeys": [_fk("country", "entities")]}


def source_schema() -> dict[str, Any]:
    """Table Schema of ``sources.csv``."""
    return {
        "fields": [
            _field("id", "string", "identifier cited by observations", required=True, unique=True),
            _field("publisher", "string", "who publishes the dataset", required=True),
            _field("dataset", "string", "the dataset or release series", required=True),
            _field("url", "string", "the dataset's home page", required=True, pattern="https?://.+"),
            _field("license", "string", "the publisher's terms for the values"),
            _field("note", "string", "how the values were read"),
        ],
        "missingValues": [""],
        "primaryKey": ["id"],
    }


def observation_schema(units: list[str]) -> dict[str, Any]:
    """Table Schema of an observation table whose indicators use ``units``."""
    return {
        "fields": [
            _field("indicator", "string", "indicator id (indicators.yaml)", required=True),
            _field("entity", "string", "entity id (entities.yaml)", required=True),
            _field(
                "period",
                "string",
                "2025, 2025-Q3, 2025-H1, 2025-07, 2025-07-31, FY2025 or an interval "
                "YYYY-MM-DD/YYYY-MM-DD (end exclusive)",
                required=True,
                pattern=PERIOD_SCHEMA_PATTERN,
            ),
            _field("value", "number", "the value as published, before unit_mult", required=True),
            _field("unit", "string", "the indicator's unit", required=True, enum=units),
            _field("unit_mult", "integer", "power of ten: the value is value × 10^unit_mult (empty: 0)"),
            _field("published", "date", "release date of this vintage of the value", required=True),
            _field("source_id", "string", "source id (sources.csv)", required=True),
            _field(
                "url", "string", "the address the value was read from", required=True, pattern="https?://.+"
            ),
            _field("note", "string", "the publisher's wording, table and column, caveats"),
        ],
        "missingValues": [""],
        "primaryKey": ["indicator", "entity", "period", "published"],
        "foreignKeys": [
            _fk("indicator", "indicators"),
            _fk("entity", "entities"),
            _fk("source_id", "sources"),
        ],
    }


def resource_files(root: Path) -> list[tuple[str, str]]:
    """``(name, relative path)`` of the package's files: the definition files, then ``observations/*.csv``."""
    out = [("indicators", "indicators.yaml"), ("entities", "entities.yaml"), ("sources", "sources.csv")]
    for _, rel in out:
        if not (root / rel).is_file():
            raise RefdataError(
                root / rel, "missing: every package has indicators.yaml, entities.yaml and sources.csv"
            )
    tables = sorted((root / "observations").glob("*.csv"))
    if not tables:
        raise RefdataError(root / "observations", "no observation tables (observations/*.csv)")
    for path in tables:
        if not _NAME.match(path.stem):
            raise RefdataError(
                path, "a table's file name must use only a-z, 0-9, '.', '-' and '_' (it names the resource)"
            )
        out.append((path.stem, f"observations/{path.name}"))
    return out


def _resource(root: Path, name: str, rel: str, base: dict[str, Any] | None) -> dict[str, Any]:
    data = (root / rel).read_bytes()
    fmt, mediatype = _FORMATS[Path(rel).suffix]
    out: dict[str, Any] = {"name": name, "path": rel}
    for key, value in (base or {}).items():
        if key not in ("name", "path", "format", "mediatype", "encoding", "bytes", "hash", "schema"):
            out[key] = value  # title, description, sources … written by a maintainer
    out.update(
        format=fmt,
        mediatype=mediatype,
        encoding="utf-8",
        bytes=len(data),
        hash=f"sha256:{hashlib.sha256(data).hexdigest()}",
    )
    return out


def _ordered(descriptor: dict[str, Any]) -> dict[str, Any]:
    head = {k: descriptor[k] for k in _HEAD if k in descriptor}
    middle = {k: v for k, v in descriptor.items() if k not in _HEAD and k not in _TAIL}
    tail = {k: descriptor[k] for k in _TAIL if k in descriptor}
    return {**head, **middle, **tail}


def draft(root: Path, base: dict[str, Any]) -> dict[str, Any]:
    """``base`` with its resources recomputed from the files: enough to validate them, no schemas yet."""
    old = {r.get("name"): r for r in base.get("resources", []) if isinstance(r, dict)}
    resources = [_resource(root, name, rel, old.get(name)) for name, rel in resource_files(root)]
    return _ordered({**base, "$schema": PROFILE, "resources": resources})


def describe(draft_descriptor: dict[str, Any], package: RefPackage) -> dict[str, Any]:
    """``draft_descriptor`` completed with Table Schemas and the ``sources`` list of ``package``."""
    units = sorted({ind.unit for ind in package.indicators.values()})
    schemas = {"indicators": indicator_schema(), "entities": entity_schema(), "sources": source_schema()}
    resources = []
    for resource in draft_descriptor["resources"]:
        schema = schemas.get(resource["name"]) or observation_schema(units)
        resources.append({**resource, "schema": schema})
    sources = [
        {"id": s.id, "title": f"{s.publisher}: {s.dataset}", "path": s.url} for s in package.sources.values()
    ]
    return _ordered({**draft_descriptor, "sources": sources, "resources": resources})
