"""Checking many texts: a pure per-text function, a batch API and a process pool.

:func:`check_many` is what scale-out engines call (Dask, Spark, Ray): it is a
plain function of picklable inputs, and the rules and reference data it needs
are loaded once per process by the stages' own caches. :func:`run_tasks` is the
command's engine: it reads and checks files in a pool of ``jobs`` processes and
yields the outcomes in input order, so the output never depends on scheduling.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass

from .errors import FactcheckError
from .inputs import extract_for, remap_report
from .io import DEFAULT_MAX_BYTES, read_text
from .models.report import Report
from .options import CheckOptions

__all__ = ["Outcome", "ReadSettings", "Task", "check_many", "check_text", "resolve_jobs", "run_tasks"]


def check_text(
    path: str | None, text: str, options: CheckOptions | None = None, *, encoding: str | None = None
) -> Report:
    """Check one text; Markdown and HTML (by ``path``'s suffix) are read for their prose,
    and every span points into ``text`` as given."""
    from . import pipeline

    opts = options or CheckOptions()
    extracted = extract_for(path, text)
    if extracted is None:
        return pipeline.run(text, opts, path=path, encoding=encoding)
    report = pipeline.run(extracted.text, opts, path=path, encoding=encoding)
    return remap_report(report, extracted, text)


def check_many(
    items: Iterable[tuple[str | None, str]], options: CheckOptions | None = None
) -> Iterator[Report]:
    """Reports for ``(path, text)`` pairs, in order. Pure and picklable: safe to map over partitions."""
    for path, text in items:
        yield check_text(path, text, options)


@dataclass(frozen=True)
class ReadSettings:
    """How files are read."""

    max_bytes: int = DEFAULT_MAX_BYTES
    encoding: str | None = None


@dataclass(frozen=True)
class Task:
    """One text to check: read from ``source`` unless ``text`` is given; reported as ``path``."""

    path: str
    source: str | None = None
    text: str | None = None
    encoding: str | None = None


@dataclass(frozen=True)
class Outcome:
    """A checked text, or the one-line reason it could not be checked."""

    path: str
    report: Report | None = None
    text: str | None = None
    error: str | None = None


def _run_one(task: Task, options: CheckOptions, read: ReadSettings) -> Outcome:
    try:
        if task.text is None:
            loaded = read_text(task.source or task.path, max_bytes=read.max_bytes, encoding=read.encoding)
            text, encoding = loaded.text, loaded.encoding
        else:
            text, encoding = task.text, task.encoding
        report = check_text(task.path, text, options, encoding=encoding)
    except FactcheckError as exc:
        return Outcome(task.path, error=str(exc))
    return Outcome(task.path, report=report, text=text)


_WORKER: tuple[CheckOptions, ReadSettings] | None = None


def _warm(options: CheckOptions) -> None:
    """Load the caches (language packs, rules, reference data) with a first tiny check."""
    with contextlib.suppress(FactcheckError):
        check_text(None, "2025年GDP增長5%。", options)


def _init_worker(options: CheckOptions, read: ReadSettings) -> None:
    global _WORKER
    _WORKER = (options, read)
    _warm(options)
    gc.freeze()  # a worker's loaded data never needs collecting: keep it out of every full collection


@contextlib.contextmanager
def _loaded_data_frozen(options: CheckOptions) -> Iterator[None]:
    """While the command checks its inputs, what is loaded (and everything before) is left out of
    full collections, which would otherwise walk it again and again; afterwards it is ordinary again."""
    _warm(options)
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _pooled(task: Task) -> Outcome:
    assert _WORKER is not None
    return _run_one(task, *_WORKER)


def resolve_jobs(jobs: int | str | None) -> int:
    """``auto`` → the number of CPUs; None → 1."""
    if jobs in (None, ""):
        return 1
    if jobs == "auto":
        return os.cpu_count() or 1
    return max(1, int(jobs))


def run_tasks(
    tasks: Sequence[Task],
    options: CheckOptions,
    read: ReadSettings | None = None,
    *,
    jobs: int = 1,
    on_done: Callable[[Outcome], None] | None = None,
) -> Iterator[Outcome]:
    """Check ``tasks`` with ``jobs`` processes; outcomes come back in task order."""
    settings = read or ReadSettings()
    if jobs <= 1 or len(tasks) <= 1:
        if not tasks:
            return
        with _loaded_data_frozen(options):
            for task in tasks:
                outcome = _run_one(task, options, settings)
                if on_done is not None:
                    on_done(outcome)
                yield outcome
        return
    workers = min(jobs, len(tasks))
    chunk = max(1, min(16, len(tasks) // (workers * 4)))
    with ProcessPoolExecutor(
        max_workers=workers, initializer=_init_worker, initargs=(options, settings)
    ) as pool:
        for outcome in pool.map(_pooled, tasks, chunksize=chunk):
            if on_done is not None:
                on_done(outcome)
            yield outcome
