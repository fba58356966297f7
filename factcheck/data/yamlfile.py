"""Read YAML keeping line numbers, and validate it with pydantic into located errors.

A validation error names the file, the line of the offending node, the item
(the ``id`` of the enclosing list entry, when it has one) and the dotted field:
``rules/rhetoric/absolutes.yaml:23: absolutes.never_always: confidence.base: must be ≤ 1``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from ..errors import DataFileError

__all__ = ["LocatedYaml", "load_yaml", "validate"]

M = TypeVar("M", bound=BaseModel)

try:  # the C loader is much faster when PyYAML was built with libyaml
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


@dataclass(frozen=True)
class LocatedYaml:
    """A parsed YAML document plus its node tree, for locating errors."""

    path: Path
    data: Any
    root: yaml.Node | None

    def line_of(self, loc: Sequence[str | int]) -> int | None:
        """1-based line of the deepest node that exists along ``loc``."""
        node = self.root
        line = node.start_mark.line + 1 if node is not None else None
        for key in loc:
            child = _child(node, key)
            if child is None:
                break
            node = child
            line = node.start_mark.line + 1
        return line

    def item_of(self, loc: Sequence[str | int]) -> str | None:
        """The ``id`` of the innermost mapping along ``loc`` that has one."""
        data = self.data
        found: str | None = None
        for key in loc:
            try:
                data = data[key]
            except (KeyError, IndexError, TypeError):
                break
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                found = data["id"]
        return found


def _child(node: yaml.Node | None, key: str | int) -> yaml.Node | None:
    if isinstance(node, yaml.MappingNode):
        for k, v in node.value:
            if isinstance(k, yaml.ScalarNode) and k.value == str(key):
                return v
    elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
        return node.value[key]
    return None


def load_yaml(path: str | Path, error: type[DataFileError] = DataFileError) -> LocatedYaml:
    """Parse a YAML file; syntax errors become ``error`` with the line."""
    p = Path(path)
    try:
        source = p.read_text(encoding="utf-8")
    except OSError as exc:
        raise error(p, f"cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise error(p, "is not UTF-8") from None
    try:
        root = yaml.compose(source, Loader=_Loader)
        data = yaml.load(source, Loader=_Loader) if root is not None else None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark is not None else None
        raise error(p, f"invalid YAML: {exc.problem or exc}", line=line) from None
    except yaml.YAMLError as exc:
        raise error(p, f"invalid YAML: {exc}") from None
    return LocatedYaml(p, data, root)


def validate(
    doc: LocatedYaml,
    model: type[M],
    error: type[DataFileError] = DataFileError,
    *,
    context: dict[str, Any] | None = None,
) -> M:
    """Validate ``doc.data`` with ``model``; the first error is raised, located."""
    try:
        return model.model_validate(doc.data, context=context)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        field = ".".join(str(part) for part in loc if not isinstance(part, int)) or None
        raise error(
            doc.path,
            first["msg"],
            line=doc.line_of(loc),
            item=doc.item_of(loc),
            field=field,
        ) from None
