"""docs/devices.md lists exactly the devices and rules of the packs."""

from __future__ import annotations

from .devices_doc import current, generate


def test_catalogue_matches_the_packs() -> None:
    assert current().strip() == generate().strip(), "regenerate with: python -m tests.annotate.devices_doc"
