"""``factcheck check``: read texts, run the pipeline, print the reports in one of seven formats.

The options here are shared with ``gate`` and ``baseline``: :func:`add_input_arguments`
(what to read and how to check it) and :func:`add_output_arguments` (what to print).
Every option can also be set in a configuration file (see :mod:`factcheck.config`);
flags win.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from . import ExitStatus

__all__ = [
    "FORMATS",
    "Settings",
    "add_arguments",
    "add_input_arguments",
    "add_output_arguments",
    "check_options",
    "check_outcomes",
    "run",
    "settings_from",
    "write_atomic",
]

FORMATS = ("text", "json", "jsonl", "sarif", "github", "markdown", "html")
_LEVELS = ("info", "warning", "error")


def write_atomic(path: str, content: str) -> None:
    """Write ``content`` to ``path`` atomically (see :func:`factcheck.report.atomic.write_atomic`)."""
    from ..report.atomic import write_atomic as _write

    _write(path, content)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date (YYYY-MM-DD): {value!r}") from None


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value!r}")
    return number


def _jobs(value: str) -> int | str:
    return "auto" if value == "auto" else _positive_int(value)


def _confidence(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.0 <= number <= 1.0:
        raise argparse.ArgumentTypeError(f"must be between 0 and 1: {value!r}")
    return number


def _also(value: str) -> str:
    fmt, sep, path = value.partition("=")
    if not sep or fmt not in FORMATS or not path:
        raise argparse.ArgumentTypeError(
            f"expected FORMAT=PATH with FORMAT one of {', '.join(FORMATS)}: {value!r}"
        )
    return value


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """What to read and how to check it (shared by check, gate and baseline)."""
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files or folders to check (folders are searched recursively); '-' reads standard input",
    )
    read = parser.add_argument_group("input")
    read.add_argument(
        "--include",
        action="append",
        metavar="GLOB",
        help="in folders, check files matching GLOB (repeatable; default: *.txt *.text *.md "
        "*.markdown *.html *.htm)",
    )
    read.add_argument(
        "--exclude",
        action="append",
        metavar="GLOB",
        help="in folders, also skip paths matching GLOB (repeatable; always skipped: hidden "
        "folders, node_modules, __pycache__, *.egg-info, build, dist)",
    )
    read.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help="the name standard input is reported under; its suffix picks Markdown or HTML",
    )
    read.add_argument(
        "--encoding", metavar="NAME", help="decode input with this encoding instead of detecting it"
    )
    read.add_argument(
        "--max-bytes",
        type=_positive_int,
        metavar="N",
        help="refuse inputs larger than N bytes (default: 50 MiB)",
    )
    read.add_argument(
        "--config",
        metavar="FILE",
        help="read options from FILE instead of the nearest "
        "factcheck.toml, .factcheck.toml or pyproject.toml [tool.factcheck]",
    )
    read.add_argument("--no-config", action="store_true", help="ignore configuration files")
    how = parser.add_argument_group("checking")
    how.add_argument(
        "--as-of",
        type=_date,
        metavar="DATE",
        help="document date for relative times (default: the date in the text's header, else today)",
    )
    how.add_argument("--lang", choices=("zh", "en"), help="language of the text (default: detected)")
    how.add_argument("--rules", action="append", metavar="DIR", help="add a rule pack (repeatable)")
    how.add_argument(
        "--refdata",
        action="append",
        metavar="DIR",
        help="add a reference-data package (repeatable; later ones win)",
    )
    how.add_argument(
        "--disable",
        action="append",
        metavar="RULE_OR_DEVICE",
        help="switch off a rule id or a device (repeatable)",
    )
    how.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="check files in N processes ('auto': one per CPU; default: 1)",
    )


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """What to print and where (shared by check and gate)."""
    out = parser.add_argument_group("output")
    out.add_argument("-f", "--format", choices=FORMATS, help="output format (default: text)")
    out.add_argument(
        "-o", "--output", metavar="PATH", help="write the report to PATH (atomically) instead of stdout"
    )
    out.add_argument(
        "--also",
        action="append",
        type=_also,
        metavar="FORMAT=PATH",
        help="also write the report in FORMAT to PATH, from the same run (repeatable)",
    )
    out.add_argument(
        "--min-confidence", type=_confidence, metavar="X", help="show findings of confidence X or more"
    )
    out.add_argument("--level", choices=_LEVELS, help="show findings of this level or louder")
    out.add_argument(
        "--only", choices=("claims", "rhetoric"), help="show only claim findings or only rhetoric"
    )
    out.add_argument(
        "--include-supported",
        action="store_true",
        default=None,
        help="list supported claims in SARIF output too (text, JSON and HTML always show them)",
    )
    out.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        help="colour the text report (default: auto, honouring NO_COLOR, FORCE_COLOR and TERM=dumb)",
    )
    out.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        default=None,
        help="print findings only: no progress bar, headers or summaries",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Options of ``factcheck check``."""
    add_input_arguments(parser)
    add_output_arguments(parser)


@dataclass(frozen=True)
class Settings:
    """Command-line flags merged over the configuration file over the defaults."""

    paths: tuple[str, ...]
    values: dict[str, object] = field(default_factory=dict)
    config_path: Path | None = None

    def get(self, name: str, default: object = None) -> object:
        """The value of option ``name`` (flag, else file, else ``default``)."""
        value = self.values.get(name)
        return default if value is None else value


def settings_from(args: argparse.Namespace) -> Settings:
    """Merge ``args`` over the nearest configuration file."""
    from ..config import find_config, load_config
    from ..errors import UsageError

    values: dict[str, object] = {}
    config_path: Path | None = None
    if not getattr(args, "no_config", False):
        if getattr(args, "config", None):
            config_path = Path(args.config)
            if not config_path.is_file():
                raise UsageError(f"--config {args.config}: no such file")
        else:
            first = next((p for p in args.paths if p != "-"), ".")
            config_path = find_config(Path(first))
        if config_path is not None:
            values.update({k: v for k, v in load_config(config_path).model_dump().items() if v is not None})
    for name, value in vars(args).items():
        if value is not None and name not in ("paths", "config", "no_config"):
            values[name] = value
    return Settings(tuple(args.paths), values, config_path)


def check_options(settings: Settings):  # type: ignore[no-untyped-def]
    from ..errors import UsageError
    from ..options import CheckOptions

    dirs: dict[str, tuple[Path, ...]] = {}
    for flag in ("rules", "refdata"):
        items = tuple(Path(p) for p in settings.get(flag, ()))  # type: ignore[union-attr]
        for p in items:
            if not p.is_dir():
                raise UsageError(f"--{flag} {p}: no such folder")
        dirs[flag] = items
    as_of = settings.get("as_of")
    if isinstance(as_of, str):
        try:
            as_of = dt.date.fromisoformat(as_of)
        except ValueError:
            raise UsageError(f"as-of: not an ISO date (YYYY-MM-DD): {as_of!r}") from None
    return CheckOptions(
        lang=settings.get("lang"),
        as_of=as_of,
        refdata_dirs=dirs["refdata"],
        rule_dirs=dirs["rules"],
        disable=tuple(settings.get("disable", ())),  # type: ignore[arg-type]
    )


def check_outcomes(settings: Settings, err: TextIO, sink=None):  # type: ignore[no-untyped-def]
    """Discover, read and check every input; returns the outcomes in input order.

    ``sink``, when given, is called with each outcome as soon as it and all before it are done.
    """
    from ..inputs import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discover
    from ..io import DEFAULT_MAX_BYTES, read_text
    from ..report.terminal import progress
    from ..scale import Outcome, ReadSettings, Task, resolve_jobs, run_tasks

    include = tuple(settings.get("include") or DEFAULT_INCLUDE)  # type: ignore[arg-type]
    exclude = (*DEFAULT_EXCLUDE, *(settings.get("exclude") or ()))  # type: ignore[misc]
    files = discover(settings.paths, include, exclude)
    read = ReadSettings(
        int(settings.get("max_bytes", DEFAULT_MAX_BYTES)),  # type: ignore[call-overload]
        settings.get("encoding"),
    )  # type: ignore[arg-type]
    tasks = []
    outcomes: dict[int, Outcome] = {}
    for i, name in enumerate(files):
        if name == "-":
            shown = str(settings.get("stdin_filename", "<stdin>"))
            try:
                loaded = read_text("-", max_bytes=read.max_bytes, encoding=read.encoding)
            except Exception as exc:  # an InputError: reported with the others
                outcomes[i] = Outcome(shown, error=str(exc).replace("<stdin>", shown, 1))
                continue
            tasks.append((i, Task(shown, text=loaded.text, encoding=loaded.encoding)))
        else:
            tasks.append((i, Task(_display(name), source=name)))
    options = check_options(settings)
    quiet = bool(settings.get("quiet", False))
    next_out = 0
    with progress(len(tasks), err, enabled=not quiet) as step:
        done = run_tasks(
            [t for _, t in tasks],
            options,
            read,
            jobs=resolve_jobs(settings.get("jobs")),  # type: ignore[arg-type]
            on_done=lambda _o: step(),
        )
        for (i, _), outcome in zip(tasks, done, strict=True):
            outcomes[i] = outcome
            next_out = _drain(outcomes, next_out, sink)
    _drain(outcomes, next_out, sink)
    return [outcomes[i] for i in sorted(outcomes)]


def _drain(outcomes: dict, done: int, sink) -> int:  # type: ignore[no-untyped-def,type-arg]
    """Pass the outcomes from ``done`` on to ``sink`` while they are in order; the next to pass."""
    while sink is not None and done in outcomes:
        sink(outcomes[done])
        done += 1
    return done


def _display(name: str) -> str:
    """A path as shown and used in SARIF: relative to the working folder when inside it, with '/'."""
    import os

    path = os.path.normpath(name)
    if os.path.isabs(path):
        rel = os.path.relpath(path)
        if not rel.startswith(".."):
            path = rel
    return path.replace(os.sep, "/")


def _stream_jsonl(settings: Settings, outcome, stream: TextIO) -> None:  # type: ignore[no-untyped-def]
    """Write one report line as soon as it is ready (``--format jsonl`` to standard output)."""
    from ..report.emit import finding_filter
    from ..report.findings import select
    from ..report.jsonl_format import render_jsonl_line

    if outcome.report is not None:
        stream.write(render_jsonl_line(select(outcome.report, finding_filter(settings))))
        stream.flush()


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Check every input and print (or write) the reports."""
    from ..report.emit import emit_check

    settings = settings_from(args)
    err, stream = sys.stderr, out or sys.stdout
    if settings.get("format") == "jsonl" and not settings.get("output") and not settings.get("also"):
        outcomes = check_outcomes(settings, err, sink=lambda o: _stream_jsonl(settings, o, stream))
    else:
        outcomes = check_outcomes(settings, err)
        emit_check(settings, outcomes, stream)
    failed = [o for o in outcomes if o.error]
    for o in failed:
        err.write(f"factcheck: error: {o.error}\n")
    return int(ExitStatus.USAGE_OR_INPUT_ERROR if failed else ExitStatus.CLEAN)
