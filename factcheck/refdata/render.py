"""Plain-text views of reference data for ``factcheck refdata list`` and ``show``."""

from __future__ import annotations

import difflib
from collections import defaultdict
from decimal import Decimal

from ..errors import UsageError
from .model import Entity, Indicator, LocalizedWords, Observation
from .package import RefData

__all__ = ["find", "format_value", "list_text", "show_entity", "show_indicator"]

_SCALES = ((Decimal(10) ** 12, "trillion"), (Decimal(10) ** 9, "billion"), (Decimal(10) ** 6, "million"))


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    whole, _, frac = text.partition(".")
    sign = "-" if whole.startswith("-") else ""
    grouped = f"{int(whole.lstrip('-')):,}"
    return f"{sign}{grouped}{'.' + frac if frac else ''}"


def format_value(value: Decimal, unit: str) -> str:
    """``56.32%``, ``36.2 trillion USD``, ``159,540,000 person``: a value as a reader would write it."""
    if unit == "percent":
        return f"{_plain(value)}%"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_plain(value / scale)} {word} {unit}"
    return f"{_plain(value)} {unit}"


def _table(rows: list[list[str]], indent: str = "  ") -> list[str]:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    out = []
    for row in rows:
        cells = [cell.ljust(widths[i]) if i < len(row) - 1 else cell for i, cell in enumerate(row)]
        out.append((indent + "  ".join(cells)).rstrip())
    return out


def list_text(refdata: RefData) -> str:
    """The packages in load order with their counts and the rows each later package overrides."""
    rows = [["#", "package", "version", "sha256", "indicators", "entities", "sources", "observations"]]
    for n, pkg in enumerate(refdata.packages, 1):
        rows.append(
            [
                str(n),
                pkg.name,
                pkg.version,
                pkg.sha256[:12],
                str(len(pkg.indicators)),
                str(len(pkg.entities)),
                str(len(pkg.sources)),
                str(len(pkg.observations)),
            ]
        )
    lines = _table(rows, indent="")
    lines.append("")
    for n, pkg in enumerate(refdata.packages, 1):
        lines.append(f"{n}. {pkg.label}  {pkg.path}")
        replaced: dict[str, dict[tuple[str, str], list[str]]] = defaultdict(lambda: defaultdict(list))
        for (indicator, entity, period), (old, new) in refdata.replaced.items():
            if new == pkg.label:
                replaced[old][(indicator, entity)].append(period)
        for old, series in replaced.items():
            count = sum(len(p) for p in series.values())
            lines.append(f"   overrides {count} period(s) of {old}:")
            for (indicator, entity), periods in sorted(series.items()):
                lines.append(f"     {indicator} {entity}: {', '.join(periods)}")
    if len(refdata.packages) > 1:
        lines.append(
            "Later packages win: for an indicator, entity and period in several packages, only the "
            "last package's rows count."
        )
    return "\n".join(lines) + "\n"


def _aliases(words: LocalizedWords) -> list[str]:
    out = []
    for label, items in (("en", words.en), ("zh-Hans", words.zh_hans), ("zh-Hant", words.zh_hant)):
        if items:
            out.append(f"{label}: {', '.join(items)}")
    return out


def _header(ident: str, record: Indicator | Entity, extra: list[tuple[str, str]]) -> list[str]:
    names = record.names
    lines = [f"{ident} — {names.en}", f"  zh-Hans     {names.zh_hans}", f"  zh-Hant     {names.zh_hant}"]
    aliases = _aliases(record.aliases)
    for i, text in enumerate(aliases):
        lines.append(f"  {'aliases' if i == 0 else '':10s}  {text}")
    lines += [f"  {key:10s}  {value}" for key, value in extra if value]
    return lines


def _packages(rows: list[Observation]) -> str:
    return ", ".join(dict.fromkeys(o.package for o in rows))


def show_indicator(refdata: RefData, ident: str, entity: str | None = None, last: int | None = None) -> str:
    """Everything about one indicator, then its observations per entity."""
    ind = refdata.indicators[ident]
    lag = f"{ind.release_lag_days} days after the period ends" if ind.release_lag_days is not None else ""
    lines = _header(
        ident,
        ind,
        [
            (
                "unit",
                f"{ind.unit} · kind {ind.kind} · frequency {ind.frequency}"
                + (f" · fiscal year from month {ind.fiscal_year_start}" if ind.fiscal_year_start else ""),
            ),
            ("basis", ind.basis),
            ("definition", ind.definition),
            ("default", ind.default_entity or ""),
            ("after", "; ".join(_aliases(ind.entity_aliases))),
            ("own", "; ".join(_aliases(ind.own_names))),
            ("levels", "stock: a longer span's figure may be any moment's level" if ind.stock else ""),
            ("first out", lag),
        ],
    )
    series = {
        e: rows for (i, e), rows in sorted(refdata.series.items()) if i == ident and entity in (None, e)
    }
    if not series:
        lines.append(f"\nno observations{f' for {entity}' if entity else ''}")
    used: dict[str, None] = {}
    for ent, rows in series.items():
        name = refdata.entities[ent].names.en if ent in refdata.entities else ent
        shown = rows[-last:] if last else rows
        lines += [
            "",
            f"{ent} ({name}): {len(rows)} rows from {_packages(rows)}"
            + (f", the last {len(shown)} shown" if len(shown) < len(rows) else ""),
        ]
        table = [["period", "value", "published", "source", "note"]]
        for obs in shown:
            used[obs.source_id] = None
            note = obs.note if len(obs.note) <= 70 else obs.note[:69] + "…"
            table.append(
                [
                    obs.period,
                    format_value(obs.value, obs.unit),
                    obs.published.isoformat(),
                    obs.source_id,
                    note,
                ]
            )
        lines += _table(table)
    if used:
        lines += ["", "sources"]
        lines += _table(
            [
                [s, f"{refdata.sources[s].publisher}: {refdata.sources[s].dataset}", refdata.sources[s].url]
                for s in used
                if s in refdata.sources
            ]
        )
    return "\n".join(lines) + "\n"


def show_entity(refdata: RefData, ident: str) -> str:
    """Everything about one entity, then one line per indicator that has rows for it."""
    ent = refdata.entities[ident]
    lines = _header(ident, ent, [("kind", ent.kind)])
    table = [["indicator", "rows", "periods", "latest", "published"]]
    for (indicator, entity), rows in sorted(refdata.series.items()):
        if entity == ident:
            latest = rows[-1]
            span = rows[0].period if len(rows) == 1 else f"{rows[0].period} … {latest.period}"
            table.append(
                [
                    indicator,
                    str(len(rows)),
                    span,
                    format_value(latest.value, latest.unit),
                    latest.published.isoformat(),
                ]
            )
    defaults = [i.id for i in refdata.indicators.values() if i.default_entity == ident]
    if defaults:
        lines.append(f"  {'default of':10s}  {', '.join(defaults)}")
    lines += ["", *(_table(table) if len(table) > 1 else ["  no observations"])]
    return "\n".join(lines) + "\n"


def show_package(refdata: RefData, name: str) -> str | None:
    """A package's header and its series (indicator, entity, frequency, rows, first and last
    period, name), or None when no loaded package is called ``name`` (or ``name@version``)."""
    pkg = next((p for p in refdata.packages if name in (p.name, p.label)), None)
    if pkg is None:
        return None
    lines = [
        f"{pkg.label}  {pkg.path}",
        f"  sha256 {pkg.sha256}",
        f"  {len(pkg.indicators)} indicators, {len(pkg.entities)} entities, {len(pkg.sources)} sources, "
        f"{len(pkg.observations)} observations",
        "",
    ]
    series: dict[tuple[str, str], list[Observation]] = defaultdict(list)
    for obs in pkg.observations:
        series[(obs.indicator, obs.entity)].append(obs)
    rows = [["indicator", "entity", "frequency", "rows", "from", "to", "name"]]
    for (indicator, entity), found in sorted(series.items()):
        found.sort(key=lambda o: (o.start, o.published))
        record = refdata.indicators.get(indicator)
        rows.append(
            [
                indicator,
                entity,
                record.frequency if record else "",
                str(len(found)),
                found[0].period,
                found[-1].period,
                record.names.en if record else "",
            ]
        )
    lines += _table(rows)
    lines.append("")
    lines.append("'factcheck refdata show ID' shows an indicator's or an entity's rows.")
    return "\n".join(lines) + "\n"


def find(refdata: RefData, query: str) -> tuple[str, str]:
    """``("indicator" | "entity", id)`` for an id or an exact alias; a close-match hint otherwise."""
    if query in refdata.indicators:
        return "indicator", query
    if query in refdata.entities:
        return "entity", query
    folded = query.casefold()
    for kind, table in (("indicator", refdata.indicators), ("entity", refdata.entities)):
        for ident, record in table.items():
            names = [
                ident,
                record.names.en,
                record.names.zh_hans,
                record.names.zh_hant,
                *record.aliases.all(),
            ]
            if folded in (n.casefold() for n in names):
                return kind, ident
    close = difflib.get_close_matches(query, [*refdata.indicators, *refdata.entities], n=5, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else " (see 'factcheck refdata list')"
    raise UsageError(f"no indicator or entity {query!r}{hint}")
