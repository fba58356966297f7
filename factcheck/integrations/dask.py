"""Check a Dask bag of paths (the ``factcheck[dask]`` extra).

    import dask.bag as db
    from factcheck.integrations.dask import check_bag

    bag = db.from_sequence(paths, npartitions=8)
    reports = check_bag(bag).compute()          # one JSON-ready report dict per path

Each partition reads its files and calls :func:`factcheck.check_many` once, so
rules and reference data are loaded once per worker process. Unreadable files
give ``{"path": ..., "error": ...}`` records instead of failing the whole job.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..options import CheckOptions

__all__ = ["check_bag", "check_partition"]


def check_partition(
    paths: Iterable[str], options: CheckOptions | None = None, max_bytes: int | None = None
) -> list[dict[str, Any]]:
    """Report records (``report.model_dump(mode="json")``) for one partition of paths."""
    from ..errors import FactcheckError
    from ..io import DEFAULT_MAX_BYTES, read_text
    from ..scale import check_text

    out: list[dict[str, Any]] = []
    for path in paths:
        try:
            loaded = read_text(path, max_bytes=max_bytes or DEFAULT_MAX_BYTES)
            report = check_text(str(path), loaded.text, options, encoding=loaded.encoding)
        except FactcheckError as exc:
            out.append({"path": str(path), "error": str(exc)})
            continue
        out.append(report.model_dump(mode="json", by_alias=True))
    return out


def check_bag(bag: Any, options: CheckOptions | None = None, max_bytes: int | None = None) -> Any:
    """A bag of report records for a ``dask.bag.Bag`` of file paths (lazy; call ``.compute()``)."""
    return bag.map_partitions(check_partition, options, max_bytes)
