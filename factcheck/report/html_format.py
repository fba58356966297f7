"""One self-contained HTML page per run: each text with its findings highlighted in place.

Every finding becomes one or more ``<span class="hl" data-f="…">`` pieces of the
text (overlapping findings split the text at every boundary), coloured by kind.
Clicking a piece shows its findings' details; the kind boxes and the confidence
slider filter what is highlighted. The page needs no network: styles, script and
chart are inline.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from functools import cache
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

from .._version import __version__
from ..models.report import Report
from .findings import Finding
from .located import Located, Problem, display_path

__all__ = ["KINDS", "render_html"]

#: Finding kinds in legend order.
KINDS = ("claim", "inconsistency", "rhetoric", "unsupported_assertion")
_DATA = Path(__file__).with_name("data")


@cache
def _asset(name: str) -> str:
    return (_DATA / name).read_text(encoding="utf-8")


def _payload(fid: str, path: str, finding: Finding) -> dict[str, Any]:
    a = finding.annotation
    data: dict[str, Any] = {
        "id": fid,
        "path": path,
        "kind": a.kind.value,
        "label": finding.label,
        "rule": a.rule_id,
        "level": a.level.value,
        "confidence": a.confidence,
        "message": a.message,
        "text": a.span.text,
        "start": a.span.start,
        "end": a.span.end,
        "line": a.span.line,
        "column": a.span.column,
        "evidence": list(a.evidence),
    }
    claim = finding.claim
    if claim is not None and claim.verdict is not None:
        data["verdict"] = {"status": claim.verdict.status.value, "explanation": claim.verdict.explanation}
        if claim.verdict.reference is not None:
            data["reference"] = claim.verdict.reference.model_dump(mode="json")
    return data


def _highlighted(text: str, spans: Sequence[tuple[str, int, int]]) -> str:
    """``text`` escaped, with each piece covered by findings wrapped in a span naming them."""
    cuts = sorted({0, len(text), *(s for _, s, _ in spans), *(e for _, _, e in spans)})
    out: list[str] = []
    for lo, hi in pairwise(cuts):
        piece = escape(text[lo:hi], quote=False)
        ids = [fid for fid, s, e in spans if s <= lo and hi <= e]
        out.append(f'<span class="hl" data-f="{" ".join(ids)}">{piece}</span>' if ids else piece)
    return "".join(out)


def _bars(title: str, counter: Counter[str], colour: str) -> str:
    items = sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))
    if not items:
        return f'<div><h2>{escape(title)}</h2><p class="empty">none</p></div>'
    top = max(n for _, n in items)
    height = 22 * len(items) + 4
    rows = []
    for i, (name, n) in enumerate(items):
        y = 22 * i + 2
        width = max(2, round(220 * n / top))
        rows.append(
            f'<text x="170" y="{y + 14}" text-anchor="end">{escape(name)}</text>'
            f'<rect x="176" y="{y}" width="{width}" height="16" fill="{colour}"/>'
            f'<text x="{182 + width}" y="{y + 14}">{n}</text>'
        )
    return (
        f'<div><h2>{escape(title)}</h2><svg class="chart" role="img" aria-label="{escape(title)}" '
        f'width="440" height="{height}">{"".join(rows)}</svg></div>'
    )


def _document(
    index: int, report: Report, text: str, items: Sequence[Located], payload: list[dict[str, Any]]
) -> str:
    spans: list[tuple[str, int, int]] = []
    for n, item in enumerate(items):
        fid = f"f{index}-{n}"
        payload.append(_payload(fid, item.path, item.finding))
        spans.append((fid, item.finding.annotation.span.start, item.finding.annotation.span.end))
    src = report.source
    refdata = ", ".join(f"{r.name} {r.version}" for r in report.refdata) or "none loaded"
    meta = (
        f"language {src.lang}{'/' + src.script if src.script else ''} · document date {src.as_of} "
        f"({src.as_of_source.value}) · reference {refdata} · {len(items)} findings"
    )
    return (
        f'<article class="doc" id="doc-{index}"><h2>{escape(display_path(report))}</h2>'
        f'<p class="meta">{escape(meta)}</p><pre class="text">{_highlighted(text, spans)}</pre></article>'
    )


def render_html(
    documents: Sequence[tuple[Report, str, Sequence[Located]]],
    problems: Sequence[Problem] = (),
    *,
    title: str = "factcheck report",
) -> str:
    """The page for ``(report, original text, its located findings)`` triples."""
    payload: list[dict[str, Any]] = []
    articles = [_document(i, r, t, items, payload) for i, (r, t, items) in enumerate(documents)]
    kinds = Counter(f["kind"] for f in payload)
    verdicts = Counter(f["label"] for f in payload if f["kind"] == "claim")
    devices = Counter(f["label"] for f in payload if f["kind"] != "claim")
    boxes = "".join(
        f'<label><input type="checkbox" data-kind="{k}" checked><span class="swatch" '
        f'style="background: var(--{k})"></span>{k.replace("_", " ")} ({kinds.get(k, 0)})</label>'
        for k in KINDS
    )
    problem_list = "".join(f"<li><code>{escape(p.path)}</code>: {escape(p.message)}</li>" for p in problems)
    data = json.dumps(payload, ensure_ascii=False, sort_keys=True).replace("</", "<\\/")
    return "".join(
        [
            '<!DOCTYPE html>\n<html lang="mul"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(title)}</title><style>{_asset('report.css')}</style></head><body>",
            f"<header><h1>{escape(title)}</h1><p>{len(documents)} file{'s' if len(documents) != 1 else ''} · "
            f'<span id="shown-count">{len(payload)}</span> of {len(payload)} findings shown · '
            f"factcheck {escape(__version__)}</p></header>",
            '<section id="controls"><fieldset id="kind-filters"><legend hidden>kinds</legend>',
            f"{boxes}</fieldset><label>minimum confidence ",
            '<input type="range" id="min-conf" min="0" max="1" step="0.05" value="0"> ',
            '<output id="min-conf-value">0.00</output></label></section>',
            f'<section id="summary">{_bars("Verdicts", verdicts, "#1565c0")}',
            f"{_bars('Devices', devices, '#c2185b')}",
            f"{'<div><h2>Not checked</h2><ul>' + problem_list + '</ul></div>' if problems else ''}</section>",
            f"<main><div>{''.join(articles)}</div>",
            '<aside id="detail"><p class="empty">Click a highlighted passage for its details.</p>',
            "</aside></main>",
            f'<script type="application/json" id="findings-data">{data}</script>',
            f"<script>{_asset('report.js')}</script></body></html>\n",
        ]
    )
