"""docs/cli.md lists exactly the options the parsers have."""

from __future__ import annotations

from .reference import current, generate


def test_reference_matches_the_parsers() -> None:
    assert current().strip() == generate().strip(), "regenerate with: python -m tests.cli.reference"


def test_every_option_can_be_set_in_a_configuration_file() -> None:
    from factcheck.cli import _parser
    from factcheck.config import FileConfig

    fields = set(FileConfig.model_fields)
    for name in ("check", "baseline", "gate"):
        parser, _ = _parser(name)
        for action in parser._actions:
            if action.option_strings and action.dest not in ("help", "version", "config", "no_config"):
                assert action.dest in fields, f"{name} {action.option_strings[-1]} has no configuration key"
