"""SARIF 2.1.0, built by hand (ecosystem.md §8.5) and deterministic.

Regions count Unicode code points (``columnKind: unicodeCodePoints``) and carry
both line/column and character offsets into the original file. Results are
sorted by (uri, line, column, rule, fingerprint); nothing varies between runs.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .._version import __version__
from ..models.report import Report
from ..models.span import Span
from .findings import is_problem
from .located import Located, Problem
from .rule_catalog import RuleInfo, describe_annotation, precision_label

__all__ = ["SARIF_SCHEMA_URI", "region", "render_sarif"]

SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVELS = {"info": "note", "warning": "warning", "error": "error"}
_SEVERITY = {"info": "recommendation", "warning": "warning", "error": "error"}


def region(span: Span) -> dict[str, Any]:
    """A SARIF region for ``span`` (end column exclusive, 1-based, code points)."""
    lines = span.text.split("\n")
    end_line = span.line + len(lines) - 1
    end_column = span.column + len(span.text) if len(lines) == 1 else len(lines[-1]) + 1
    return {
        "startLine": span.line,
        "startColumn": span.column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": span.start,
        "charLength": span.end - span.start,
        "snippet": {"text": span.text},
    }


def _rule(info: RuleInfo) -> dict[str, Any]:
    props: dict[str, Any] = {
        "tags": list(info.tags),
        "problem.severity": _SEVERITY.get(info.level, "warning"),
    }
    label = precision_label(info.precision)
    if label is not None:
        props["precision"] = label
        props["measuredPrecision"] = info.precision
    return {
        "id": info.id,
        "name": info.name,
        "shortDescription": {"text": info.short},
        "fullDescription": {"text": info.full},
        "help": {"text": f"{info.short} {info.full}"},
        "defaultConfiguration": {"level": _LEVELS.get(info.level, "warning")},
        "properties": props,
    }


def _properties(item: Located) -> dict[str, Any]:
    a = item.finding.annotation
    props: dict[str, Any] = {"confidence": a.confidence, "kind": a.kind.value}
    if a.device:
        props["device"] = a.device
    if a.evidence:
        props["evidence"] = list(a.evidence)
    claim = item.finding.claim
    if claim is not None and claim.verdict is not None:
        props["verdict"] = claim.verdict.model_dump(mode="json")
    return props


def _result(item: Located, index: int) -> dict[str, Any]:
    a = item.finding.annotation
    result: dict[str, Any] = {
        "ruleId": a.rule_id,
        "ruleIndex": index,
        "level": _LEVELS[a.level.value],
        "message": {"text": a.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": item.path, "uriBaseId": "%SRCROOT%"},
                    "region": region(a.span),
                }
            }
        ],
        "partialFingerprints": {"factcheck/v1": a.fingerprint},
        "properties": _properties(item),
    }
    if a.related:
        result["relatedLocations"] = [
            {
                "id": i,
                "physicalLocation": {
                    "artifactLocation": {"uri": item.path, "uriBaseId": "%SRCROOT%"},
                    "region": region(s),
                },
            }
            for i, s in enumerate(a.related)
        ]
    if item.state is not None:
        result["baselineState"] = item.state.value
        if item.state.value == "unchanged":
            result["suppressions"] = [
                {"kind": "external", "status": "accepted", "justification": "in baseline"}
            ]
    return result


def _key(item: Located) -> tuple[str, int, int, str, str]:
    a = item.finding.annotation
    return (item.path, a.span.line, a.span.column, a.rule_id, a.fingerprint)


def _refdata(reports: Sequence[Report]) -> list[dict[str, str]]:
    seen = {(r.name, r.version, r.sha256) for rep in reports for r in rep.refdata}
    return [{"name": n, "version": v, "sha256": h} for n, v, h in sorted(seen)]


def render_sarif(
    items: Sequence[Located],
    reports: Sequence[Report] = (),
    problems: Sequence[Problem] = (),
    *,
    include_supported: bool = False,
) -> str:
    """One SARIF log with one run for ``items`` (found in ``reports``)."""
    chosen = sorted((i for i in items if include_supported or is_problem(i.finding.annotation)), key=_key)
    infos: dict[str, RuleInfo] = {}
    for item in chosen:
        infos.setdefault(item.finding.annotation.rule_id, describe_annotation(item.finding.annotation))
    rule_ids = sorted(infos)
    index = {rid: i for i, rid in enumerate(rule_ids)}
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "factcheck",
                "semanticVersion": __version__,
                "informationUri": "https://pypi.org/project/factcheck-econ/",
                "rules": [_rule(infos[rid]) for rid in rule_ids],
            }
        },
        "automationDetails": {"id": "factcheck/"},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "the repository root"}}},
        "invocations": [
            {
                "executionSuccessful": not problems,
                "toolExecutionNotifications": [
                    {
                        "level": "error",
                        "message": {"text": p.message},
                        "locations": [
                            {
                                "physicalLocation": {
                                    "artifactLocation": {"uri": p.path, "uriBaseId": "%SRCROOT%"}
                                }
                            }
                        ],
                    }
                    for p in sorted(problems, key=lambda p: (p.path, p.message))
                ],
            }
        ],
        "results": [_result(i, index[i.finding.annotation.rule_id]) for i in chosen],
        "properties": {"refdata": _refdata(reports)},
    }
    log = {"$schema": SARIF_SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(log, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
