"""Garbage-collection settings while factcheck works on a text.

A check allocates many small objects that all live until the report is built;
collecting them every 700 allocations, and walking the whole heap every 70,000,
only costs time (about a fifth of a check on long texts). While any check runs
the thresholds are raised; the caller's come back when the last one ends,
whatever the threads.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["GC_THRESHOLDS", "young_collections_deferred"]

#: Collection thresholds while a check runs (each at least the caller's): the first generation
#: every 100,000 allocations, the older ones rarely, since a full collection walks everything
#: the process holds, and on a 5 MB text that is most of the time it would otherwise spend.
GC_THRESHOLDS = (100_000, 50, 100)

_lock = threading.Lock()
_depth = 0
_saved: tuple[int, int, int] | None = None


@contextmanager
def young_collections_deferred() -> Iterator[None]:
    """Raise the first-generation threshold for the duration (nested and threaded uses share it)."""
    global _depth, _saved
    with _lock:
        if _depth == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(*(max(mine, theirs) for mine, theirs in zip(GC_THRESHOLDS, _saved, strict=True)))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
