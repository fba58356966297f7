"""Stage 6: rhetoric and unsupported-assertion annotations from the rule packs in ``rules/``.

    from factcheck.annotate import annotate
    annotations = annotate(doc, extraction, claims, options)

``attribution`` (who a statement is credited to) is shared with claim assembly.
"""

from .engine import annotate, load_engine

__all__ = ["annotate", "load_engine"]
