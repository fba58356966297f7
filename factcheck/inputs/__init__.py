"""Inputs: finding the files to check, and reading prose out of Markdown and HTML.

Markup is skipped but every span still points into the original file: the
extractors return the prose with a map from each of its characters back to
the original, and :func:`remap_report` moves a report's spans through it.
"""

from .discover import DEFAULT_EXCLUDE, DEFAULT_INCLUDE, discover
from .markup import Extracted, extract_for, extract_html, extract_markdown, markup_kind
from .remap import remap_report

__all__ = [
    "DEFAULT_EXCLUDE",
    "DEFAULT_INCLUDE",
    "Extracted",
    "discover",
    "extract_for",
    "extract_html",
    "extract_markdown",
    "markup_kind",
    "remap_report",
]
