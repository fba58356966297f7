"""Import official statistics (SDMX-CSV, World Bank WDI CSV) as an observation table of a package.

The rows of one series of the file become ``observations/<table>.csv``. Codes
are mapped to entities (``--entity-map US=USA``); a code that is already an
entity id of kind ``country`` maps to itself, and aggregates (``WLD``,
``EAS`` …) are kept only when mapped. The indicator, the entities and the
source must be defined in the target package or in the bundled packages (their
definitions are then copied, so the package stays self-contained). A new
package starts at 0.1.0; adding a table to an existing one bumps MINOR. The
package is built and validated in a temporary copy and only then moved into
place.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import shutil
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import RefdataError, UsageError
from .build import BuildResult, build, package_name, write_atomic
from .model import Indicator, Source
from .package import DESCRIPTOR, RefPackage, load_package, load_refdata
from .tables import OBSERVATION_FIELDS, SOURCE_FIELDS

__all__ = ["FORMATS", "ImportOptions", "ImportResult", "import_file"]

FORMATS = ("sdmx", "wdi")


@dataclass(frozen=True)
class ImportOptions:
    """How to turn a file's rows into observations."""

    indicator: str
    source_id: str | None = None  # default for wdi: world_bank_wdi
    entity_map: dict[str, str] = field(default_factory=dict)
    entity_column: str | None = None  # default: REF_AREA (sdmx), Country Code (wdi)
    select: dict[str, str] = field(default_factory=dict)
    unit: str | None = None
    published: dt.date | None = None
    url: str | None = None
    table: str | None = None
    name: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class ImportResult:
    """What an import wrote and what it left out."""

    build: BuildResult
    table: str
    rows: int
    skipped: dict[str, int]
    unmapped: list[str]


@dataclass(frozen=True)
class _Raw:
    line: int
    code: str
    period: str
    value: str
    unit_mult: int
    note: str


def _selected(components: dict[str, str], select: dict[str, str]) -> bool:
    return all(components.get(k) == v for k, v in select.items())


def _check_select(path: Path, columns: list[str], options: ImportOptions) -> None:
    for key in options.select:
        if key not in columns:
            raise UsageError(
                f"--select {key}=…: {path.name} has no column {key!r} (columns: {', '.join(columns)})"
            )


def _sdmx(path: Path, options: ImportOptions) -> tuple[list[_Raw], dict[str, int], dt.date | None, str]:
    from .sdmx import read_sdmx

    table = read_sdmx(path)
    column = options.entity_column or "REF_AREA"
    columns = sorted({k for r in table.records for k in r.components})
    if table.records and column not in columns:
        raise UsageError(f"{path.name} has no column {column!r}: name the entity column with --entity-column")
    _check_select(path, columns, options)
    raws, skipped = (
        [],
        {"deleted": table.skipped_deleted, "missing value": table.skipped_missing, "not selected": 0},
    )
    for rec in table.records:
        if not _selected(rec.components, options.select):
            skipped["not selected"] += 1
            continue
        after = list(rec.components)[list(rec.components).index("OBS_VALUE") + 1 :]
        attributes = "".join(
            f"; {k}={rec.components[k]}" for k in after if rec.components[k] and k != "UNIT_MULT"
        )
        note = f"SDMX {table.structure} series {table.series_key(rec)}{attributes}"
        raws.append(_Raw(rec.line, rec.components[column], rec.period, rec.value, rec.unit_mult, note))
    return raws, skipped, None, f"SDMX-CSV {table.version} {table.structure}"


def _wdi(path: Path, options: ImportOptions) -> tuple[list[_Raw], dict[str, int], dt.date | None, str]:
    from .wdi import ID_COLUMNS, read_wdi

    table = read_wdi(path)
    column = options.entity_column or "Country Code"
    if column not in ID_COLUMNS:
        raise UsageError(f"--entity-column for WDI is one of: {', '.join(ID_COLUMNS)}")
    _check_select(path, list(ID_COLUMNS), options)
    raws, skipped, codes = [], {"not selected": 0}, set()
    for rec in table.records:
        ids = dict(
            zip(
                ID_COLUMNS,
                (rec.country_name, rec.country_code, rec.indicator_name, rec.indicator_code),
                strict=True,
            )
        )
        if not _selected(ids, options.select):
            skipped["not selected"] += 1
            continue
        codes.add(rec.indicator_code)
        note = f"WDI {rec.indicator_code} ({rec.indicator_name}); {rec.country_name}"
        raws.append(_Raw(rec.line, ids[column], rec.year, rec.value, 0, note))
    if len(codes) > 1:
        raise UsageError(
            f"{path.name} holds several indicators ({', '.join(sorted(codes))}): choose one with "
            "--select 'Indicator Code=CODE'"
        )
    return raws, skipped, table.last_updated, f"World Bank WDI {', '.join(codes)}".strip()


class _Definitions:
    """Definitions from the target package first, then from the bundled packages."""

    def __init__(self, existing: RefPackage | None) -> None:
        bundled = load_refdata()
        self.existing = existing
        self.indicators = {**bundled.indicators, **(existing.indicators if existing else {})}
        self.entities = {**bundled.entities, **(existing.entities if existing else {})}
        self.sources = {**bundled.sources, **(existing.sources if existing else {})}

    def missing(self, kind: str, ids: list[str]) -> list[Any]:
        """Definitions among ``ids`` that the target package does not have yet."""
        have = getattr(self.existing, kind) if self.existing else {}
        table = getattr(self, kind)
        return [table[i] for i in dict.fromkeys(ids) if i not in have]


def _entities(
    raws: list[_Raw], options: ImportOptions, defs: _Definitions
) -> tuple[dict[str, str], list[str]]:
    for code, target in options.entity_map.items():
        if target not in defs.entities:
            raise UsageError(
                f"--entity-map {code}={target}: unknown entity {target!r} (define it in entities.yaml "
                "of the target package first)"
            )
    mapping, unmapped = {}, []
    for code in dict.fromkeys(r.code for r in raws):
        if code in options.entity_map:
            mapping[code] = options.entity_map[code]
        elif code in defs.entities and defs.entities[code].kind == "country":
            mapping[code] = code
        else:
            unmapped.append(code)
    return mapping, unmapped


def _rows(
    raws: list[_Raw],
    mapping: dict[str, str],
    indicator: Indicator,
    published: dt.date,
    source: Source,
    url: str,
    path: Path,
) -> list[list[str]]:
    out: list[list[str]] = []
    seen: dict[tuple[str, str], int] = {}
    for raw in raws:
        entity = mapping.get(raw.code)
        if entity is None:
            continue
        if (entity, raw.period) in seen:
            raise RefdataError(
                path,
                f"a second value for {entity} {raw.period} (first at line "
                f"{seen[(entity, raw.period)]}): narrow the rows with --select COLUMN=VALUE",
                line=raw.line,
            )
        seen[(entity, raw.period)] = raw.line
        out.append(
            [
                indicator.id,
                entity,
                raw.period,
                raw.value,
                indicator.unit,
                str(raw.unit_mult),
                published.isoformat(),
                source.id,
                url,
                raw.note,
            ]
        )
    return out


def _yaml_block(records: list[Any], origin: str) -> str:
    import yaml

    data = [r.model_dump(by_alias=True, exclude_defaults=True, mode="json") for r in records]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
    return f"# copied from {origin} by 'factcheck refdata import'\n{body}"


def _append(path: Path, text: str) -> None:
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    write_atomic(path, f"{old}{'' if not old or old.endswith(chr(10)) else chr(10)}{text}")


def _csv_text(rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def _write_definitions(
    work: Path, defs: _Definitions, indicator: Indicator, entities: list[str], source: Source
) -> None:
    origin = "the bundled reference data"
    if indicators := defs.missing("indicators", [indicator.id]):
        _append(work / "indicators.yaml", _yaml_block(indicators, origin))
    wanted = [*entities, *([indicator.default_entity] if indicator.default_entity else [])]
    if entity_defs := defs.missing("entities", wanted):
        _append(work / "entities.yaml", _yaml_block(entity_defs, origin))
    if defs.missing("sources", [source.id]):
        path = work / "sources.csv"
        header = list(SOURCE_FIELDS)
        if path.exists():
            header = next(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"))), header)
        values = source.model_dump()
        lines = ([] if path.exists() else [header]) + [[values.get(h, "") for h in header]]
        _append(path, _csv_text(lines))


def import_file(path: str | Path, fmt: str, out: str | Path, options: ImportOptions) -> ImportResult:
    """Import ``path`` (``sdmx`` or ``wdi``) into the package folder ``out`` (created when missing)."""
    file, target = Path(path), Path(out)
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r} (expected {' or '.join(FORMATS)})")
    if not file.is_file():
        raise UsageError(f"{file}: no such file")
    existing = load_package(target) if (target / DESCRIPTOR).is_file() else None
    if existing is None and target.exists() and any(target.iterdir()):
        raise UsageError(
            f"{target} exists and is not a reference-data package (no {DESCRIPTOR}); choose an empty "
            "or new folder"
        )
    defs = _Definitions(existing)
    indicator = defs.indicators.get(options.indicator)
    if indicator is None:
        raise UsageError(
            f"unknown indicator {options.indicator!r}: define it in {target / 'indicators.yaml'} "
            "first (see docs/reference-data/importing.md)"
        )
    if options.unit and options.unit != indicator.unit:
        raise UsageError(
            f"--unit {options.unit} differs from {indicator.id}'s unit {indicator.unit}: import "
            "values in the indicator's unit"
        )
    source_id = options.source_id or ("world_bank_wdi" if fmt == "wdi" else None)
    if source_id is None:
        raise UsageError("--source-id is required for SDMX: the publisher dataset the values come from")
    source = defs.sources.get(source_id)
    if source is None:
        raise UsageError(f"unknown source {source_id!r}: add a row to {target / 'sources.csv'} first")
    raws, skipped, last_updated, origin = (_sdmx if fmt == "sdmx" else _wdi)(file, options)
    published = options.published or last_updated
    if published is None:
        raise UsageError("--published DATE is required: the release date of these values")
    mapping, unmapped = _entities(raws, options, defs)
    rows = _rows(raws, mapping, indicator, published, source, options.url or source.url, file)
    skipped["no entity"] = sum(1 for r in raws if r.code not in mapping)
    if not rows:
        raise UsageError(
            f"no rows left to import from {file.name} (skipped: "
            f"{', '.join(f'{n} {k}' for k, n in skipped.items() if n)}); map codes with --entity-map"
        )
    table = options.table or indicator.id
    if existing and any(r.get("name") == table for r in existing.descriptor["resources"]):
        raise UsageError(f"{target} already has a table {table!r}: choose another name with --table")
    message = options.message or f"Imported {file.name} ({origin})"
    result = _write(
        target,
        existing,
        defs,
        indicator,
        sorted(set(mapping.values())),
        source,
        table,
        rows,
        message,
        options.name,
    )
    return ImportResult(result, table, len(rows), {k: n for k, n in skipped.items() if n}, unmapped)


def _write(
    target: Path,
    existing: RefPackage | None,
    defs: _Definitions,
    indicator: Indicator,
    entities: list[str],
    source: Source,
    table: str,
    rows: list[list[str]],
    message: str,
    name: str | None,
) -> BuildResult:
    target.parent.mkdir(parents=True, exist_ok=True)
    work = target.parent / f".{target.name}.import-{uuid.uuid4().hex[:12]}"
    try:
        if existing:
            shutil.copytree(target, work)
        else:
            work.mkdir()
        (work / "observations").mkdir(exist_ok=True)
        _write_definitions(work, defs, indicator, entities, source)
        write_atomic(work / "observations" / f"{table}.csv", _csv_text([list(OBSERVATION_FIELDS), *rows]))
        if existing:
            done = build(work, bump="minor", message=message)
            _move_changed(work, target)
        else:
            done = build(work, message=message, name=name or package_name(target))
            if target.exists():
                target.rmdir()
            os.replace(work, target)
        return BuildResult(load_package(target), done.previous, done.changed, done.entry)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _move_changed(work: Path, target: Path) -> None:
    """Move every file that differs from ``target`` into it, the descriptor last."""
    files = sorted((p for p in work.rglob("*") if p.is_file()), key=lambda p: p.name == DESCRIPTOR)
    for path in files:
        dest = target / path.relative_to(work)
        if not dest.exists() or dest.read_bytes() != path.read_bytes():
            dest.parent.mkdir(parents=True, exist_ok=True)
            os.replace(path, dest)
