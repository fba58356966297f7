"""The data models of factcheck: the JSON contract of every report."""

from .annotation import Annotation, AnnotationKind, Level
from .base import FrozenModel, Number
from .claim import Attribution, Claim, Modality, Term
from .quantity import Qualifier, Quantity, QuantityKind
from .report import REPORT_SCHEMA, AsOfSource, RefdataInfo, Report, SourceInfo, Summary
from .span import Span
from .time import Granularity, TimeExpression
from .verdict import Reference, Verdict, VerdictStatus

__all__ = [
    "REPORT_SCHEMA",
    "Annotation",
    "AnnotationKind",
    "AsOfSource",
    "Attribution",
    "Claim",
    "FrozenModel",
    "Granularity",
    "Level",
    "Modality",
    "Number",
    "Qualifier",
    "Quantity",
    "QuantityKind",
    "RefdataInfo",
    "Reference",
    "Report",
    "SourceInfo",
    "Span",
    "Summary",
    "Term",
    "TimeExpression",
    "Verdict",
    "VerdictStatus",
]
