"""factcheck: fact-check and annotate economic and political commentary in Chinese and English.

    import factcheck
    report = factcheck.check(text)                 # a Report (pydantic model)
    quantities = factcheck.extract_quantities(text)
    times = factcheck.extract_times(text, as_of="2025-11-08")

Public names are loaded on first use, so ``import factcheck`` (and the command's
start-up) stays fast.
"""

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from ._version import __version__

__all__ = [
    "Annotation",
    "Claim",
    "DataFileError",
    "FactcheckError",
    "Granularity",
    "InputError",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "RefdataError",
    "Report",
    "RuleFileError",
    "Span",
    "TimeExpression",
    "UsageError",
    "Verdict",
    "VerdictStatus",
    "__version__",
    "check",
    "check_many",
    "extract_quantities",
    "extract_times",
]

_LAZY = {
    "check": "factcheck.api",
    "check_many": "factcheck.scale",
    "extract_quantities": "factcheck.api",
    "extract_times": "factcheck.api",
    "DataFileError": "factcheck.errors",
    "FactcheckError": "factcheck.errors",
    "InputError": "factcheck.errors",
    "RefdataError": "factcheck.errors",
    "RuleFileError": "factcheck.errors",
    "UsageError": "factcheck.errors",
    "Annotation": "factcheck.models",
    "Claim": "factcheck.models",
    "Granularity": "factcheck.models",
    "Qualifier": "factcheck.models",
    "Quantity": "factcheck.models",
    "QuantityKind": "factcheck.models",
    "Report": "factcheck.models",
    "Span": "factcheck.models",
    "TimeExpression": "factcheck.models",
    "Verdict": "factcheck.models",
    "VerdictStatus": "factcheck.models",
}

if _TYPE_CHECKING:  # pragma: no cover
    from .api import check, extract_quantities, extract_times
    from .errors import DataFileError, FactcheckError, InputError, RefdataError, RuleFileError, UsageError
    from .models import (
        Annotation,
        Claim,
        Granularity,
        Qualifier,
        Quantity,
        QuantityKind,
        Report,
        Span,
        TimeExpression,
        Verdict,
        VerdictStatus,
    )
    from .scale import check_many


def __getattr__(name: str) -> _Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    value = getattr(_importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
