"""The repetition kind: the same loaded phrase or slogan, again and again.

Two sources, both configured in the rule (research/rhetoric.md §a.20):

* **findings**: the same words found by rules of ``of_devices`` (a loaded word,
  a label, a fear phrase), counted over the whole document;
* **phrases**: the same phrase at the ``start`` or ``end`` of clauses, or the
  same ``whole`` clause, within ``window`` characters of one paragraph
  (降息，降息，还是降息; Cut the tax. Cut the tax on fuel.).

Occurrences from the ``min_count``-th on are flagged. Tokens are words, or
single Han characters, so one counting rule serves every language.
"""

from __future__ import annotations

import fnmatch
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import groupby

import regex

from .context import DocContext
from .kinds import Hit
from .loader import Rule
from .textmatch import fold_case

__all__ = ["repeated"]

_TOKEN = regex.compile(r"\p{Han}|[^\W\p{Han}_]+(?:['’-][^\W\p{Han}_]+)*")


def _of_findings(rule: Rule, device_hits: Mapping[str, Sequence[Hit]]) -> list[Hit]:
    spec = rule.spec.repetition
    assert spec is not None
    groups: dict[str, dict[int, Hit]] = defaultdict(dict)
    counted: dict[str, bool] = {}  # rule id → whether ``of_rules`` lets its findings count
    folded: dict[str, str] = {}  # the words found, case-folded once each
    for device in spec.of_devices:
        for h in device_hits.get(device, ()):
            rule_id = h.rule.id
            if rule_id not in counted:
                counted[rule_id] = not spec.of_rules or any(
                    fnmatch.fnmatchcase(rule_id, g) for g in spec.of_rules
                )
            if not counted[rule_id]:
                continue
            key = folded.get(h.matched)
            if key is None:
                key = folded[h.matched] = fold_case(h.matched)
            groups[key].setdefault(h.start, h)
    out = []
    for key, by_start in groups.items():
        ordered = [by_start[s] for s in sorted(by_start)]
        for n, h in enumerate(ordered[spec.min_count - 1 :], start=spec.min_count):
            out.append(
                Hit(rule, h.start, h.end, (h.start, h.end), h.matched, notes=(f"occurrence {n} of {key!r}",))
            )
    return out


def _clause_spans(ctx: DocContext) -> tuple[list[int], list[int], list[int]]:
    """Starts, ends and paragraphs of every clause of two or more characters outside page chrome."""
    text, sentences, starts = ctx.text, ctx.sentences, ctx.starts
    out: tuple[list[int], list[int], list[int]] = ([], [], [])
    if not sentences:
        return out
    add_start, add_end, add_paragraph = (column.append for column in out)
    prev = -1
    i, last = 0, len(sentences) - 1  # the sentence of ``start``, found by walking forward
    for mark in [*ctx.clause_marks, len(text)]:
        start, end = prev + 1, mark
        prev = mark
        if end - start < 2:
            continue
        if text[start].isspace() or text[end - 1].isspace():
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end - start < 2:
                continue
        while i < last and starts[i + 1] <= start:
            i += 1
        sent = sentences[i]
        if not sent.boilerplate:
            add_start(start)
            add_end(end)
            add_paragraph(sent.paragraph)
    return out


def _in_list(ctx: DocContext, start: int, end: int) -> bool:
    """Whether a clause is an item of an enumeration (next to a list mark such as 、)."""
    marks = ctx.structure.list_marks
    if not marks:
        return False
    text = ctx.text
    before = text[start - 1] if start > 0 else None
    after = text[end] if end < len(text) else None
    return (before is not None and before in marks) or (after is not None and after in marks)


def _by_paragraph(paragraphs: list[int]) -> Iterable[Sequence[int]]:
    """Indices of the clauses of each paragraph."""
    if paragraphs == sorted(paragraphs):  # the usual case: each paragraph's clauses are one run
        return [list(run) for _, run in groupby(range(len(paragraphs)), paragraphs.__getitem__)]
    members: dict[int, list[int]] = defaultdict(list)
    for n, paragraph in enumerate(paragraphs):
        members[paragraph].append(n)
    return members.values()


def _candidates(
    ctx: DocContext,
    clauses: tuple[list[int], list[int], list[int]],
    positions: Sequence[str],
    count: int,
    window: int,
) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of the clauses whose first or last two characters recur ``count``
    times within ``window`` in a paragraph.

    A necessary condition for a repeated start, end or whole-clause phrase, and cheap to test.
    """
    text = ctx.text
    starts, ends, paragraphs = clauses
    lowered = text.lower()
    # a slice of the lowered text is the lowered slice unless a letter lowers to two or by context (Σ)
    exact = len(lowered) == len(text) and "Σ" not in text
    source = lowered if exact else text
    sides = []
    if "start" in positions or "whole" in positions:
        sides.append([source[s : s + 2] for s in starts])
    if "end" in positions or "whole" in positions:
        sides.append([source[e - 2 : e] for e in ends])
    if not exact:
        sides = [[key.lower() for key in keys] for keys in sides]
    chosen: set[int] = set()
    for members in _by_paragraph(paragraphs):
        for keys in sides:
            # a key shared by ``count`` clauses leaves at least ``count - 1`` repeats
            if len(members) - len(set(map(keys.__getitem__, members))) < count - 1:
                continue
            same_key: dict[str, list[int]] = defaultdict(list)
            for n in members:
                same_key[keys[n]].append(n)
            for same in same_key.values():
                for k in range(count - 1, len(same)):
                    first, last = same[k - count + 1], same[k]
                    if ends[last] - starts[first] <= window:
                        chosen.update(same[k - count + 1 : k + 1])
    return [(starts[n], ends[n], paragraphs[n]) for n in sorted(chosen)]


def _keys(
    text: str, tokens: list[tuple[int, int]], positions: Sequence[str], lo: int, hi: int
) -> Iterator[tuple[str, tuple[int, int]]]:
    """Phrases a clause offers for counting: its start, its end, or the whole clause."""
    spans: list[tuple[int, int]] = []
    if "whole" in positions and len(tokens) >= lo:
        spans.append((tokens[0][0], tokens[-1][1]))
    for k in range(lo, min(hi, len(tokens) - 1) + 1):
        if "start" in positions:
            spans.append((tokens[0][0], tokens[k - 1][1]))
        if "end" in positions:
            spans.append((tokens[-k][0], tokens[-1][1]))
    seen = set()
    for s, e in spans:
        key = text[s:e].lower()
        if key not in seen:
            seen.add(key)
            yield key, (s, e)


def _of_phrases(rule: Rule, ctx: DocContext, lang: str) -> list[Hit]:
    spec = rule.spec.repetition
    assert spec is not None
    lo = spec.min_tokens.get(lang, 2)
    stop = {s.lower() for s in spec.stop.get(lang, [])}
    clauses = _candidates(ctx, _clause_spans(ctx), spec.phrases, spec.min_count, spec.window)
    found: dict[tuple[int, str], list[tuple[int, int]]] = defaultdict(list)
    whole_only = [p for p in spec.phrases if p == "whole"]
    for start, end, paragraph in clauses:
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(ctx.text, start, end)]
        if not tokens:
            continue
        # items of an enumeration (行为监管、功能监管) share endings by nature: only identical items count
        positions = whole_only if _in_list(ctx, start, end) else spec.phrases
        for phrase, span in _keys(ctx.text, tokens, positions, lo, spec.max_tokens):
            if phrase not in stop:
                found[(paragraph, phrase)].append(span)
    out: dict[tuple[int, int], Hit] = {}
    for (_, phrase), spans in found.items():
        for n in range(spec.min_count - 1, len(spans)):
            first = spans[n - spec.min_count + 1]
            s, e = spans[n]
            if e - first[0] > spec.window:
                continue
            if (s, e) not in out:
                out[(s, e)] = Hit(
                    rule, s, e, (s, e), ctx.text[s:e], notes=(f"occurrence {n + 1} of {phrase!r}",)
                )
    return list(out.values())


def repeated(rule: Rule, ctx: DocContext, lang: str, device_hits: Mapping[str, Sequence[Hit]]) -> list[Hit]:
    """Hits of a repetition rule."""
    spec = rule.spec.repetition
    assert spec is not None
    hits = _of_findings(rule, device_hits) if spec.of_devices else []
    if spec.phrases:
        hits.extend(_of_phrases(rule, ctx, lang))
    return hits
