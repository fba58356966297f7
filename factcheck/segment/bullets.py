"""Bulleted lists: the marks that open a bulleted line, and the line that leads a list."""

from __future__ import annotations

__all__ = ["BULLETS", "bullet_lead"]

#: Marks opening a bulleted line.
BULLETS = ("▸", "•", "·", "・", "●", "◆", "■", "▪", "►", "➢", "- ", "* ", "– ")
_INDENT = " \t\u3000"


def bullet_lead(text: str, pos: int) -> str | None:
    """The line that leads the bulleted list holding ``pos`` (下半年，我们预计： / - 出口…), when the
    line of ``pos`` opens with a bullet and the nearest line before it that is neither blank nor
    bulleted ends in a colon; else None."""
    start = text.rfind("\n", 0, pos) + 1
    if not text[start:pos].lstrip(_INDENT).startswith(BULLETS):
        return None
    while start > 0:
        end = start - 1
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(_INDENT)
        if not line or line.startswith(BULLETS):
            continue
        return line if line.endswith(("：", ":")) else None
    return None
