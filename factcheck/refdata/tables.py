"""Parse the resources of a reference-data package into records, with located errors.

The fast path parses each file once (YAML with the C loader, CSV with
:mod:`csv`) and validates it; only when something is wrong is a YAML file
composed again to find the line of the offending node, so a valid package
pays nothing for error locations.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from ..errors import RefdataError
from ..models.time import Granularity
from .model import Entity, Indicator, Observation, Source
from .periods import parse_period

__all__ = [
    "OBSERVATION_FIELDS",
    "SOURCE_FIELDS",
    "locate",
    "parse_definitions",
    "parse_observations",
    "parse_sources",
]

#: Columns of an observation table, in order.
OBSERVATION_FIELDS = (
    "indicator",
    "entity",
    "period",
    "value",
    "unit",
    "unit_mult",
    "published",
    "source_id",
    "url",
    "note",
)
#: Columns of ``sources.csv``; the first four are required.
SOURCE_FIELDS = ("id", "publisher", "dataset", "url", "license", "note")

M = TypeVar("M", bound=BaseModel)


def _loader() -> type:
    """PyYAML's C loader when it was built with libyaml (imported here: a cached load needs no YAML)."""
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _yaml_error(path: Path, exc: Exception) -> RefdataError:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    problem = getattr(exc, "problem", None) or exc
    return RefdataError(path, f"invalid YAML: {problem}", line=mark.line + 1 if mark is not None else None)


def _locate(path: Path, text: str, data: Any, loc: tuple[Any, ...]) -> tuple[int | None, str | None]:
    """Line and item id of ``loc`` (composing the YAML again: only on the error path)."""
    import yaml

    from ..data import LocatedYaml

    doc = LocatedYaml(path, data, yaml.compose(text, Loader=_loader()))
    return doc.line_of(loc), doc.item_of(loc)


def locate(path: Path, loc: tuple[Any, ...]) -> tuple[int | None, str | None]:
    """Line and item id of ``loc`` (e.g. ``(3, "unit")``) in the YAML file ``path``."""
    import yaml

    text = path.read_text(encoding="utf-8-sig")
    return _locate(path, text, yaml.load(text, Loader=_loader()), loc)


def parse_definitions(path: Path, text: str, model: type[M]) -> dict[str, M]:
    """A YAML list of ``model`` records (indicators or entities) keyed by ``id``; ids must be unique."""
    import yaml

    try:
        data = yaml.load(text, Loader=_loader())
    except yaml.YAMLError as exc:
        raise _yaml_error(path, exc) from None
    if not isinstance(data, list):
        raise RefdataError(path, f"must be a YAML list of {model.__name__.lower()} records", line=1)
    out: dict[str, M] = {}
    for index, raw in enumerate(data):
        try:
            item = model.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            loc = (index, *first["loc"])
            line, item_id = _locate(path, text, data, loc)
            name = ".".join(str(part) for part in first["loc"] if not isinstance(part, int)) or None
            raise RefdataError(path, first["msg"], line=line, item=item_id, field=name) from None
        item_id = item.id  # type: ignore[attr-defined]
        if item_id in out:
            line, _ = _locate(path, text, data, (index, "id"))
            raise RefdataError(path, f"duplicate id {item_id!r}", line=line, item=item_id, field="id")
        out[item_id] = item
    return out


def _rows(path: Path, text: str, required: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, row) of a CSV file whose header has every ``required`` column; ragged rows are errors."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise RefdataError(path, f"is empty (expected a header: {','.join(required)})", line=1) from None
    except csv.Error as exc:
        raise RefdataError(path, f"invalid CSV: {exc}", line=1) from None
    missing = [name for name in required if name not in header]
    if missing:
        raise RefdataError(path, f"missing column(s): {', '.join(missing)}", line=1, field=missing[0])
    width = len(header)
    try:
        for cells in reader:
            if not cells:
                continue
            if len(cells) != width:
                raise RefdataError(
                    path, f"has {len(cells)} fields, the header has {width}", line=reader.line_num
                )
            yield reader.line_num, dict(zip(header, cells, strict=True))
    except csv.Error as exc:
        raise RefdataError(path, f"invalid CSV: {exc}", line=reader.line_num) from None


def _http(value: str) -> bool:
    return value.startswith(("http://", "https://")) and len(value) > 8


def parse_sources(path: Path, text: str) -> dict[str, Source]:
    """``sources.csv``: one row per publisher dataset, keyed by ``id``."""
    out: dict[str, Source] = {}
    for line, row in _rows(path, text, SOURCE_FIELDS[:4]):
        values = {k: v for k, v in row.items() if k in SOURCE_FIELDS}
        for name in SOURCE_FIELDS[:4]:
            if not values[name].strip():
                raise RefdataError(path, "is required", line=line, item=values["id"] or None, field=name)
        if not _http(values["url"]):
            raise RefdataError(path, "must be an http(s) address", line=line, item=values["id"], field="url")
        if values["id"] in out:
            raise RefdataError(path, f"duplicate source id {values['id']!r}", line=line, field="id")
        out[values["id"]] = Source.model_validate(values)
    return out


def parse_observations(
    path: Path,
    text: str,
    table: str,
    label: str,
    indicators: dict[str, Indicator],
    entities: dict[str, Entity],
    sources: dict[str, Source],
    seen: dict[tuple[str, str, str, str], str] | None = None,
) -> list[Observation]:
    """One observation table; every cell is checked and errors name the line and the column.

    ``seen`` maps the primary keys of the package's tables read so far to where they were
    (``file line N``): a key is unique across the whole package.
    """
    out: list[Observation] = []
    periods: dict[tuple[str, int | None], tuple[dt.date, dt.date, Granularity]] = {}
    dates: dict[str, dt.date] = {}
    seen = {} if seen is None else seen
    pool: dict[str, str] = {}
    share = pool.setdefault  # one object per distinct string: less memory, smaller cache entries
    for line, row in _rows(path, text, OBSERVATION_FIELDS):

        def fail(message: str, column: str, line: int = line) -> RefdataError:
            return RefdataError(path, message, line=line, field=column)

        indicator = indicators.get(row["indicator"])
        if indicator is None:
            raise fail(f"unknown indicator {row['indicator']!r} (not in indicators.yaml)", "indicator")
        if row["entity"] not in entities:
            raise fail(f"unknown entity {row['entity']!r} (not in entities.yaml)", "entity")
        if row["source_id"] not in sources:
            raise fail(f"unknown source {row['source_id']!r} (not in sources.csv)", "source_id")
        if row["unit"] != indicator.unit:
            raise fail(f"unit {row['unit']!r} differs from the indicator's {indicator.unit!r}", "unit")
        if not _http(row["url"]):
            raise fail("must be the http(s) address the value was read from", "url")
        key = (row["period"], indicator.fiscal_year_start)
        span = periods.get(key)
        if span is None:
            try:
                span = periods[key] = parse_period(*key)
            except ValueError as exc:
                raise fail(str(exc), "period") from None
        try:
            value = Decimal(row["value"])
            if not value.is_finite():
                raise InvalidOperation
        except InvalidOperation:
            raise fail(f"not a number: {row['value']!r}", "value") from None
        mult = row["unit_mult"].strip()
        if mult:
            if not mult.lstrip("-").isdigit():
                raise fail(f"not an integer power of ten: {mult!r}", "unit_mult")
            value = value.scaleb(int(mult))
        published = dates.get(row["published"])
        if published is None:
            try:
                if len(row["published"]) != 10:
                    raise ValueError
                published = dates[row["published"]] = dt.date.fromisoformat(row["published"])
            except ValueError:
                raise fail(f"not a date (YYYY-MM-DD): {row['published']!r}", "published") from None
        pk = (indicator.id, row["entity"], row["period"], row["published"])
        if pk in seen:
            raise fail(
                f"duplicate row: same indicator, entity, period and published as {seen[pk]}", "published"
            )
        seen[pk] = f"{path.name} line {line}"
        out.append(
            Observation(
                indicator=indicator.id,
                entity=share(row["entity"], row["entity"]),
                period=share(row["period"], row["period"]),
                start=span[0],
                end=span[1],
                granularity=span[2],
                value=value,
                unit=indicator.unit,
                published=published,
                source_id=share(row["source_id"], row["source_id"]),
                url=share(row["url"], row["url"]),
                note=share(row["note"], row["note"]),
                table=table,
                package=label,
                rounding=_rounding(value, row["value"], indicator),
            )
        )
    return out


def _rounding(value: Decimal, written: str, indicator: Indicator) -> Decimal | None:
    """The unit a value written with decimals was rounded to (134.9 trillion: 0.1 trillion).
    A whole number may be exact, and so is every value of a setting (a range's end, a target:
    4.5 is 4.50)."""
    if "." not in written or indicator.range_end is not None or indicator.target:
        return None
    return Decimal(1).scaleb(value.as_tuple().exponent)  # type: ignore[arg-type]
