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
from .extract import extract, prepare, to_quantity, to_time
from .models import Report, SourceInfo, Summary
from .options import CheckOptions

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
    doc = prepare(text, options.lang, options.as_of, today=today or dt.date.today())  # noqa: DTZ011
    found = extract(doc)
    quantities = [to_quantity(doc, q) for q in found.quantities]
    times = [to_time(doc, t) for t in found.times]
    annotations = [] if options.only == "claims" else annotate(doc, found, [], options)
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
    summary = Summary(quantities=len(quantities), times=len(times), annotations=len(annotations),
                      devices=dict(sorted(devices.items())))
    return Report(tool_version=__version__, source=source, quantities=quantities, times=times,
                  annotations=annotations, summary=summary)
