"""Prose out of Markdown and HTML, with a map back to the original characters.

Markdown: front matter, fenced and indented code, HTML comments, link
definitions, rules and table delimiter rows are skipped; heading, quote, list
and table markers, emphasis, code spans, link targets and inline tags are
dropped while link and image texts stay. HTML: the text between tags, with
entities decoded, and nothing of script, style, code and similar elements.
Skipped lines keep their line break, so paragraphs stay apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import unescape
from html.parser import HTMLParser
from pathlib import PurePath

import regex

__all__ = ["Extracted", "extract_for", "extract_html", "extract_markdown", "markup_kind"]

_MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}


@dataclass(frozen=True)
class Extracted:
    """Prose read out of a marked-up text; ``origin[i]`` is the original offset of ``text[i]``."""

    text: str
    origin: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of the prose's ``[start, end)``."""
        if end <= start:
            at = (
                self.origin[start]
                if start < len(self.origin)
                else (self.origin[-1] + 1 if self.origin else 0)
            )
            return at, at
        return self.origin[start], self.origin[end - 1] + 1


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.chars: list[str] = []
        self.origin: list[int] = []

    def keep(self, start: int, end: int) -> None:
        self.chars.extend(self.source[start:end])
        self.origin.extend(range(start, end))

    def put(self, text: str, at: int) -> None:
        self.chars.extend(text)
        self.origin.extend([at] * len(text))

    def done(self) -> Extracted:
        return Extracted("".join(self.chars), tuple(self.origin))


# ---- Markdown -------------------------------------------------------------

_FENCE = regex.compile(r"^ {0,3}(`{3,}|~{3,})")
_BLOCK_PREFIX = regex.compile(
    r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?|\#{1,6}(?:[ \t]+|$))?"
)
_SKIP_LINE = regex.compile(
    r"^[ \t]*(?:\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?"  # table delimiter row
    r"|(?:[-*_][ \t]*){3,}"  # thematic break
    r"|\[[^\]]+\]:[ \t]+\S+.*"  # link reference definition
    r"|=+|-+)[ \t]*$"  # setext underline
)
_INLINE = regex.compile(
    r"(?P<code>(?<!`)(`+)(?!`).+?(?<!`)\2(?!`))"
    r"|(?P<image>!\[(?P<alt>[^\]]*)\]\([^)]*\))"
    r"|(?P<link>\[(?P<label>[^\]]+)\](?:\([^)]*\)|\[[^\]]*\]))"
    r"|(?P<auto><(?:https?://|mailto:)[^>]+>)"
    r"|(?P<tag></?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>)"
    r"|(?P<escape>\\[\\`*_{}\[\]()#+\-.!|~<>])"
    r"|(?P<emph>\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|~~)"
    r"|(?P<heading_close>[ \t]+\#+[ \t]*$)"
    r"|(?P<pipe>\|)"
)
_COMMENT = regex.compile(r"<!--.*?-->", regex.DOTALL)


def _inline(b: _Builder, start: int, end: int) -> None:
    pos = start
    for m in _INLINE.finditer(b.source, start, end):
        b.keep(pos, m.start())
        kind = m.lastgroup
        if kind == "image":
            b.keep(m.start("alt"), m.end("alt"))
        elif kind == "link":
            _inline(b, m.start("label"), m.end("label"))
        elif kind == "escape":
            b.keep(m.start() + 1, m.end())
        elif kind == "pipe":
            b.put(" ", m.start())
        pos = m.end()
    b.keep(pos, end)


def _line_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end without the line break, end with it) of every line."""
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append((pos, pos + len(body), pos + len(line)))
        pos += len(line)
    return out


_ITEM = regex.compile(r"^[ \t]*(?:>[ \t]?)*[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+")
_QUOTES = regex.compile(r"^[ \t]*((?:>[ \t]?)*)")


@dataclass
class _Line:
    start: int
    end: int
    after: int
    skip: bool
    content: int = 0
    heading: bool = False

    def prose(self, source: str) -> bool:
        return not self.skip and not self.heading and bool(source[self.start : self.end].strip())


def _plan(blanked: str) -> list[_Line]:
    """Which lines are skipped, where each kept line's content starts, and which are headings."""
    plan: list[_Line] = []
    fence: str | None = None
    first = _line_spans(blanked)[:1]
    front = bool(first) and blanked[first[0][0] : first[0][1]] == "---"
    previous_blank, in_list = True, False
    for i, (start, end, after) in enumerate(_line_spans(blanked)):
        body = blanked[start:end]
        skip = False
        if front:
            skip = True
            front = not (i > 0 and body in ("---", "..."))
        elif fence is not None:
            skip = True
            if regex.match(rf"^ {{0,3}}{regex.escape(fence[0])}{{{len(fence)},}}[ \t]*$", body):
                fence = None
        elif m := _FENCE.match(body):
            fence, skip = m.group(1), True
        elif body.strip() and (
            (previous_blank and not in_list and regex.match(r"^(?: {4}|\t)", body)) or _SKIP_LINE.match(body)
        ):
            skip = True
        line = _Line(start, end, after, skip)
        if not skip:
            prefix = _BLOCK_PREFIX.match(body)
            line.content = start + (prefix.end() if prefix else 0)
            line.heading = bool(prefix and "#" in prefix.group())
            if body.strip():
                in_list = bool(_ITEM.match(body)) or (in_list and (not previous_blank or body[:1] in " \t"))
        previous_blank = not body.strip() or skip
        plan.append(line)
    return plan


def _soft_break(source: str, line: _Line, following: _Line | None) -> bool:
    """A line break inside a paragraph (rendered as a space), not the end of a block."""
    if following is None or not line.prose(source) or not following.prose(source):
        return False
    body, after = source[line.start : line.end], source[following.start : following.end]
    if body.endswith(("  ", "\\")) or "|" in body or "|" in after or _ITEM.match(after):
        return False
    quotes = _QUOTES.match(body).group(1).count(">")  # type: ignore[union-attr]
    return quotes == _QUOTES.match(after).group(1).count(">")  # type: ignore[union-attr]


def extract_markdown(text: str) -> Extracted:
    """The prose of a Markdown text; the lines of a paragraph are joined as they render (a space,
    or nothing between two CJK characters)."""
    blanked = _COMMENT.sub(lambda m: regex.sub(r"[^\n]", " ", m.group()), text)
    b = _Builder(blanked)
    plan = _plan(blanked)
    for i, line in enumerate(plan):
        if not line.skip:
            _inline(b, line.content, line.end)
            if line.heading:
                b.put("\n", line.end)
        following = plan[i + 1] if i + 1 < len(plan) else None
        if following is not None and _soft_break(blanked, line, following):
            last, first = blanked[line.end - 1 : line.end], blanked[following.content : following.content + 1]
            if last.isascii() or first.isascii():  # between CJK characters a soft break renders as nothing
                b.put(" ", line.end)
        else:
            b.keep(line.end, line.after)
    return b.done()


# ---- HTML -----------------------------------------------------------------

_SKIPPED_ELEMENTS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "math",
    "code",
    "head",
    "iframe",
    "object",
}
_BLOCK_ELEMENTS = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    "title",
}


class _HtmlProse(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.b = _Builder(source)
        self.line_starts = [0] + [m.end() for m in regex.finditer(r"\n", source)]
        self.skipping: list[str] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_ELEMENTS and tag not in ("br", "hr"):
            self.skipping.append(tag)
        elif tag in _BLOCK_ELEMENTS and not self.skipping:
            self.b.put("\n", self._pos())

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_ELEMENTS and not self.skipping:
            self.b.put("\n", self._pos())

    def handle_endtag(self, tag: str) -> None:
        if self.skipping and tag == self.skipping[-1]:
            self.skipping.pop()
        elif tag in _BLOCK_ELEMENTS and not self.skipping:
            self.b.put("\n", self._pos())

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            start = self._pos()
            self.b.keep(start, start + len(data))

    def _reference(self, raw: str) -> None:
        if not self.skipping:
            self.b.put(unescape(raw), self._pos())

    def handle_entityref(self, name: str) -> None:
        self._reference(f"&{name};")

    def handle_charref(self, name: str) -> None:
        self._reference(f"&#{name};")


def extract_html(text: str) -> Extracted:
    """The prose of an HTML text."""
    parser = _HtmlProse(text)
    parser.feed(text)
    parser.close()
    return parser.b.done()


def markup_kind(path: str | None) -> str:
    """``markdown``, ``html`` or ``text``, by the file's suffix."""
    suffix = PurePath(path).suffix.lower() if path else ""
    if suffix in _MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in _HTML_SUFFIXES:
        return "html"
    return "text"


def extract_for(path: str | None, text: str) -> Extracted | None:
    """The prose of ``text`` by the suffix of ``path``; None for plain text."""
    kind = markup_kind(path)
    if kind == "markdown":
        return extract_markdown(text)
    if kind == "html":
        return extract_html(text)
    return None
