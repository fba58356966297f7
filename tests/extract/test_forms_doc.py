"""docs/supported-forms.md shows exactly the tested surfaces of the extraction corpora."""

from __future__ import annotations

from .forms_doc import current, generate


def test_supported_forms_match_the_corpora() -> None:
    assert current().strip() == generate().strip(), "regenerate with: python -m tests.extract.forms_doc"
