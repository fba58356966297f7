"""``factcheck refdata``: list, show, validate, build and import reference-data packages.

factcheck refdata list [--refdata DIR]...
factcheck refdata show ID [--entity E] [--last N] [--refdata DIR]...
factcheck refdata validate DIR...                 exit 2 with the located error
factcheck refdata build DIR [--bump PART --message TEXT]
factcheck refdata import FILE --format sdmx|wdi --out DIR --indicator ID [...]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TextIO

from . import ExitStatus

__all__ = ["add_arguments", "run"]


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _pairs(values: list[str], flag: str) -> dict[str, str]:
    from ..errors import UsageError

    out: dict[str, str] = {}
    for value in values:
        for item in value.split(",") if flag == "--entity-map" else [value]:
            key, sep, target = item.partition("=")
            if not sep or not key.strip() or not target.strip():
                raise UsageError(f"{flag} {item!r}: expected KEY=VALUE")
            out[key.strip()] = target.strip()
    return out


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands of ``factcheck refdata``."""
    from ..refdata.build import BUMPS

    stack = argparse.ArgumentParser(add_help=False)
    stack.add_argument(
        "--refdata",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="an extra reference-data package, loaded after the bundled ones (repeatable)",
    )
    sub = parser.add_subparsers(
        dest="action", required=True, metavar="ACTION", help="what to do with the reference data"
    )
    sub.add_parser("list", parents=[stack], help="packages in load order: version, sha256, counts, overrides")
    p = sub.add_parser(
        "show",
        parents=[stack],
        help="a package (its series), an indicator or an entity (names, aliases, basis, observations)",
    )
    p.add_argument("ident", metavar="ID", help="a package name, an indicator or entity id, or an exact alias")
    p.add_argument("--entity", help="only this entity's observations of an indicator")
    p.add_argument("--last", type=int, metavar="N", help="only the last N rows of each series")
    p = sub.add_parser("validate", help="check packages: hashes, rows, units, CHANGELOG (exit 2 on an error)")
    p.add_argument("dirs", nargs="+", type=Path, metavar="DIR", help="package folders")
    p = sub.add_parser("build", help="recompute datapackage.json from the files; --bump starts a new version")
    p.add_argument("dir", type=Path, metavar="DIR", help="the package folder")
    p.add_argument("--bump", choices=BUMPS, help="major: layout, minor: new data, patch: corrections")
    p.add_argument("--message", metavar="TEXT", help="the CHANGELOG entry of the new version")
    p.add_argument(
        "--section",
        choices=("Added", "Corrected", "Changed"),
        help="CHANGELOG section (default from --bump: Changed, Added, Corrected)",
    )
    p = sub.add_parser("import", help="import SDMX-CSV or World Bank WDI CSV as a table of a package")
    p.add_argument("file", type=Path, metavar="FILE", help="the file to import")
    p.add_argument("--format", dest="fmt", required=True, choices=("sdmx", "wdi"), help="the file's layout")
    p.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="package folder (created when missing)"
    )
    p.add_argument(
        "--indicator", required=True, metavar="ID", help="indicator the values are observations of"
    )
    p.add_argument(
        "--entity-map",
        action="append",
        default=[],
        metavar="CODE=ID[,...]",
        help="map the file's area codes to entity ids (repeatable); aggregates are kept only if mapped",
    )
    p.add_argument(
        "--entity-column",
        metavar="COLUMN",
        help="column holding the area code (default: REF_AREA for SDMX, Country Code for WDI)",
    )
    p.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="COLUMN=VALUE",
        help="keep only rows with this value in this column (repeatable), e.g. FREQ=Q",
    )
    p.add_argument("--unit", help="the values' unit; must be the indicator's unit (default: the indicator's)")
    p.add_argument(
        "--source-id", metavar="ID", help="source id in sources.csv (default for WDI: world_bank_wdi)"
    )
    p.add_argument(
        "--published",
        type=_date,
        metavar="DATE",
        help="release date of the values (default for WDI: the file's Last Updated Date)",
    )
    p.add_argument("--url", help="the address the file was downloaded from (default: the source's URL)")
    p.add_argument("--table", metavar="NAME", help="name of the new table (default: the indicator id)")
    p.add_argument("--name", help="package name when creating a package (default: the folder name)")
    p.add_argument("--message", metavar="TEXT", help="the CHANGELOG entry (default: names the file)")


def run(args: argparse.Namespace, out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run the chosen ``refdata`` subcommand."""
    action = {"list": _list, "show": _show, "validate": _validate, "build": _build, "import": _import}
    return action[args.action](args, out or sys.stdout, err or sys.stderr)


def _list(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..refdata import load_refdata
    from ..refdata.render import list_text

    out.write(list_text(load_refdata(args.refdata)))
    return int(ExitStatus.CLEAN)


def _show(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..errors import UsageError
    from ..refdata import load_refdata
    from ..refdata.render import find, show_entity, show_indicator, show_package

    refdata = load_refdata(args.refdata)
    package = show_package(refdata, args.ident)
    if package is not None:
        if args.entity or args.last:
            raise UsageError("--entity and --last apply to an indicator")
        out.write(package)
        return int(ExitStatus.CLEAN)
    kind, ident = find(refdata, args.ident)
    if kind == "entity":
        if args.entity or args.last:
            raise UsageError("--entity and --last apply to an indicator")
        out.write(show_entity(refdata, ident))
    else:
        if args.entity and args.entity not in refdata.entities:
            raise UsageError(f"unknown entity {args.entity!r}")
        out.write(show_indicator(refdata, ident, args.entity, args.last))
    return int(ExitStatus.CLEAN)


def _validate(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..errors import RefdataError
    from ..refdata.checks import validate_package

    status = ExitStatus.CLEAN
    for folder in args.dirs:
        try:
            pkg = validate_package(folder)
        except RefdataError as exc:
            err.write(f"factcheck: error: {exc}\n")
            status = ExitStatus.USAGE_OR_INPUT_ERROR
            continue
        out.write(
            f"ok {pkg.label} (sha256 {pkg.sha256[:12]}): {len(pkg.indicators)} indicators, "
            f"{len(pkg.entities)} entities, {len(pkg.sources)} sources, {len(pkg.observations)} "
            f"observations in {folder}\n"
        )
    return int(status)


def _build(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..refdata.build import build

    result = build(args.dir, bump=args.bump, message=args.message, section=args.section)
    pkg = result.package
    step = f"{result.previous} → {pkg.version}" if result.previous not in (None, pkg.version) else pkg.version
    changed = f"; changed: {', '.join(result.changed)}" if result.changed and result.previous else ""
    entry = f"; CHANGELOG entry {pkg.version} written" if result.entry else ""
    out.write(f"built {pkg.name} {step} (sha256 {pkg.sha256[:12]}){changed}{entry}\n")
    return int(ExitStatus.CLEAN)


def _import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    from ..refdata.importer import ImportOptions, import_file

    options = ImportOptions(
        indicator=args.indicator,
        source_id=args.source_id,
        entity_map=_pairs(args.entity_map, "--entity-map"),
        entity_column=args.entity_column,
        select=_pairs(args.select, "--select"),
        unit=args.unit,
        published=args.published,
        url=args.url,
        table=args.table,
        name=args.name,
        message=args.message,
    )
    result = import_file(args.file, args.fmt, args.out, options)
    pkg = result.build.package
    step = f"{result.build.previous} → {pkg.version}" if result.build.previous else f"new, {pkg.version}"
    out.write(
        f"imported {result.rows} rows into {args.out}/observations/{result.table}.csv ({pkg.name} {step})\n"
    )
    if result.skipped:
        out.write(f"skipped: {', '.join(f'{n} {why}' for why, n in result.skipped.items())}\n")
    if result.unmapped:
        shown = ", ".join(result.unmapped[:12]) + (" …" if len(result.unmapped) > 12 else "")
        out.write(f"codes without an entity ({len(result.unmapped)}): {shown}; map them with --entity-map\n")
    return int(ExitStatus.CLEAN)
