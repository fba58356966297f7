"""The only module that knows the order of the stages.

    load → normalize → segment → extract → assemble claims → check → annotate → report

Each stage is a pure function of its inputs and the options; the clock is read
only here, to fill in "today" when neither the caller nor the text gives a date.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import Counter

from ._version import __version__
from .annotate import annotate
from .claims import check_claims
from .collection import young_collections_deferred
from .extract import extract, prepare, to_quantity, to_time
from .models import Annotation, RefdataInfo, Report, SourceInfo, Summary
from .options import CheckOptions
from .refdata import RefData, load_refdata

__all__ = ["run"]


def run(
    text: str,
    options: CheckOptions,
    *,
    path: str | None = None,
    encoding: str | None = None,
    today: dt.date | None = None,
) -> Report:
    """Check ``text`` and build its report."""
    with young_collections_deferred():
        return _run(text, options, path=path, encoding=encoding, today=today)


def _run(
    text: str, options: CheckOptions, *, path: str | None, encoding: str | None, today: dt.date | None
) -> Report:
    doc = prepare(text, options.lang, options.as_of, today=today or dt.date.today())  # noqa: DTZ011
    found = extract(doc)
    quantities = [to_quantity(doc, q) for q in found.quantities]
    times = [to_time(doc, t) for t in found.times]
    refdata = load_refdata(options.refdata_dirs)
    checked = check_claims(doc, found, refdata, quantities, times)
    claims = checked.claims
    annotations = (
        [] if options.only == "rhetoric" else [a for a in checked.annotations if _enabled(a, options)]
    )
    if options.only != "claims":
        annotations += annotate(doc, found, claims, options)
        annotations.sort(key=lambda a: (a.span.start, a.span.end, a.rule_id))
    source = SourceInfo(
        path=path,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        lang=doc.lang,
        script=doc.script,
        as_of=doc.as_of,
        as_of_source=doc.as_of_source,
        encoding=encoding,
        chars=len(text),
    )
    devices = Counter(a.device or a.kind.value for a in annotations)
    verdicts = Counter(c.verdict.status.value for c in claims if c.verdict is not None)
    summary = Summary(
        quantities=len(quantities),
        times=len(times),
        claims=len(claims),
        verdicts=dict(sorted(verdicts.items())),
        annotations=len(annotations),
        devices=dict(sorted(devices.items())),
    )
    return Report(
        tool_version=__version__,
        refdata=refdata_info(refdata),
        source=source,
        quantities=quantities,
        times=times,
        claims=claims,
        annotations=annotations,
        summary=summary,
    )


def _enabled(annotation: Annotation, options: CheckOptions) -> bool:
    """A claim or inconsistency finding survives ``--disable`` and ``--min-confidence``."""
    rule = annotation.rule_id
    off = set(options.disable)
    if rule in off or rule.split(".")[0] in off:
        return False
    return annotation.confidence >= options.min_confidence


def refdata_info(refdata: RefData) -> list[RefdataInfo]:
    """The packages a report's verdicts were checked against."""
    return [
        RefdataInfo(
            name=p.name, version=p.version, sha256=p.sha256, overrides=refdata.overrides.get(p.label, 0)
        )
        for p in refdata.packages
    ]
