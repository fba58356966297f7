"""Garbage-collection settings while factcheck works on a text.

A check allocates many small objects that all live until the report is built;
collecting the youngest generation every 700 allocations only costs time (about
a quarter of a check on long texts). While any check runs, the first-generation
threshold is raised; the caller's thresholds come back when the last one ends,
whatever the threads.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["GC_THRESHOLD", "young_collections_deferred"]

#: First-generation threshold while a check runs.
GC_THRESHOLD = 100_000

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
            gc.set_threshold(max(_saved[0], GC_THRESHOLD), *_saved[1:])
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _saved is not None:
                gc.set_threshold(*_saved)
                _saved = None
