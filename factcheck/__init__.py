"""factcheck: fact-check and annotate economic and political commentary in Chinese and English.

    import factcheck
    report = factcheck.check(text)                 # a Report (pydantic model)
    quantities = factcheck.extract_quantities(text)
    times = factcheck.extract_times(text, as_of="2025-11-08")
"""

from ._version import __version__
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
    "extract_quantities",
    "extract_times",
]
