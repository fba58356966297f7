"""The public surface is exactly ``factcheck.__all__`` and every name resolves."""

from __future__ import annotations

from types import ModuleType

import factcheck


def test_every_public_name_resolves() -> None:
    for name in factcheck.__all__:
        assert getattr(factcheck, name) is not None, name


def test_public_api_is_exactly_all() -> None:
    for name in factcheck.__all__:
        getattr(factcheck, name)
    public = {
        n for n, v in vars(factcheck).items() if not n.startswith("_") and not isinstance(v, ModuleType)
    }
    public |= {n for n in factcheck.__all__ if n.startswith("__")}
    assert public == set(factcheck.__all__)


def test_all_is_sorted() -> None:
    assert list(factcheck.__all__) == sorted(factcheck.__all__)
