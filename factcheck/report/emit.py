"""Pick the renderer for ``--format`` and write to standard output or ``--output`` (atomically)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any, Protocol, TextIO

from ..models.annotation import Level
from .findings import FindingFilter, is_problem, select
from .located import BaselineState, Located, Problem, locate

__all__ = ["OptionSource", "also_outputs", "emit_check", "emit_gate", "finding_filter", "write_output"]


class OptionSource(Protocol):
    """Anything with ``get(name, default)``: the command's merged settings."""

    def get(self, name: str, default: object = None) -> object: ...


def finding_filter(settings: OptionSource) -> FindingFilter:
    """The thresholds the settings ask for."""
    level = settings.get("level")
    return FindingFilter(
        min_confidence=float(settings.get("min_confidence", 0.0)),  # type: ignore[arg-type]
        level=Level(level) if level else None,
        only=settings.get("only"),  # type: ignore[arg-type]
    )


def _color(settings: OptionSource, stream: TextIO) -> bool:
    from .terminal import use_color

    if settings.get("output"):
        return settings.get("color") == "always"
    return use_color(str(settings.get("color", "auto")), stream)


def write_output(settings: OptionSource, content: str, stream: TextIO) -> None:
    """``content`` to ``--output`` (atomically) or to ``stream``."""
    target = settings.get("output")
    if target:
        from .atomic import write_atomic

        write_atomic(str(target), content)
    else:
        stream.write(content)
        stream.flush()


def _problems(outcomes: Sequence[Any]) -> list[Problem]:
    return [Problem(o.path, o.error) for o in outcomes if o.error]


class _Also:
    """The settings with ``format`` and ``output`` replaced (for ``--also FORMAT=PATH``)."""

    def __init__(self, settings: OptionSource, fmt: str, output: str) -> None:
        self._settings, self._values = settings, {"format": fmt, "output": output, "color": "never"}

    def get(self, name: str, default: object = None) -> object:
        return self._values[name] if name in self._values else self._settings.get(name, default)


def also_outputs(settings: OptionSource) -> list[OptionSource]:
    """One settings view per ``--also FORMAT=PATH``."""
    views: list[OptionSource] = []
    for item in settings.get("also", ()) or ():  # type: ignore[union-attr]
        fmt, _, path = str(item).partition("=")
        views.append(_Also(settings, fmt, path))
    return views


def emit_check(settings: OptionSource, outcomes: Sequence[Any], stream: TextIO | None = None) -> None:
    """Render a check run's outcomes (``factcheck.scale.Outcome``) in the chosen format (and ``--also``)."""
    for view in also_outputs(settings):
        _emit_check(view, outcomes, stream)
    _emit_check(settings, outcomes, stream)


def _emit_check(settings: OptionSource, outcomes: Sequence[Any], stream: TextIO | None = None) -> None:
    stream = stream or sys.stdout
    fmt = settings.get("format", "text")
    keep = finding_filter(settings)
    good = [o for o in outcomes if o.report is not None]
    reports = [o.report for o in good]
    supported = bool(settings.get("include_supported", False))
    if fmt == "text":
        from .text_format import render_text

        content = render_text(
            [(o.report, o.text) for o in good],
            color=_color(settings, stream),
            keep=keep,
            quiet=bool(settings.get("quiet", False)),
        )
    elif fmt == "json":
        from .json_format import render_json

        content = render_json([select(r, keep) for r in reports]) if reports else ""
    elif fmt == "jsonl":
        from .jsonl_format import render_jsonl_line

        content = "".join(render_jsonl_line(select(r, keep)) for r in reports)
    elif fmt == "sarif":
        from .sarif_format import render_sarif

        content = render_sarif(
            locate(reports, keep), reports, _problems(outcomes), include_supported=supported
        )
    elif fmt == "github":
        from .github_format import render_github

        content = render_github(locate(reports, keep))
    elif fmt == "markdown":
        from .markdown_format import render_markdown

        content = render_markdown(locate(reports, keep), _problems(outcomes), files=len(outcomes))
    else:
        from .html_format import render_html

        content = render_html(
            [(o.report, o.text, locate([o.report], keep)) for o in good], _problems(outcomes)
        )
    write_output(settings, content, stream)


def emit_gate(
    settings: OptionSource,
    result: Any,
    failing: Sequence[Located],
    outcomes: Sequence[Any],
    stream: TextIO | None = None,
) -> None:
    """Render the gate's result (a ``factcheck.gate.match.GateResult``) in the chosen formats."""
    for view in also_outputs(settings):
        _emit_gate(view, result, failing, outcomes, stream)
    _emit_gate(settings, result, failing, outcomes, stream)


def _emit_gate(
    settings: OptionSource,
    result: Any,
    failing: Sequence[Located],
    outcomes: Sequence[Any],
    stream: TextIO | None = None,
) -> None:
    stream = stream or sys.stdout
    fmt = settings.get("format", "text")
    reports = [o.report for o in outcomes if o.report is not None]
    shown = [
        i
        for i in result.located
        if i.state is not BaselineState.UNCHANGED and is_problem(i.finding.annotation)
    ]
    if fmt == "text":
        from .gate_format import render_gate_text

        content = render_gate_text(
            result,
            failing,
            {o.path: o.text for o in outcomes if o.text is not None},
            color=_color(settings, stream),
            quiet=bool(settings.get("quiet", False)),
        )
    elif fmt in ("json", "jsonl"):
        from .gate_format import render_gate_json

        content = render_gate_json(result, failing)
        if fmt == "jsonl":
            import json

            content = "".join(
                json.dumps(item, ensure_ascii=False, separators=(",", ":")) + "\n"
                for item in json.loads(content)["new"]
            )
    elif fmt == "sarif":
        from .sarif_format import render_sarif

        content = render_sarif(shown, reports, _problems(outcomes))
    elif fmt == "github":
        from .github_format import render_github

        content = render_github(failing)
    elif fmt == "markdown":
        from .markdown_format import render_markdown

        content = render_markdown(
            list(failing) + [i for i in result.located if i.state is not BaselineState.NEW],
            _problems(outcomes),
            files=len(outcomes),
            gate=True,
            absent=len(result.absent),
        )
    else:
        from .html_format import render_html

        by_path: dict[str, list[Located]] = {}
        for item in failing:
            by_path.setdefault(item.path, []).append(item)
        content = render_html(
            [(o.report, o.text, by_path.get(o.path, [])) for o in outcomes if o.report is not None],
            _problems(outcomes),
            title="factcheck gate: new findings",
        )
    write_output(settings, content, stream)
