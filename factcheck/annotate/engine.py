"""The annotate stage: run the rule packs over a document and build annotations.

    annotations = annotate(doc, extraction, claims, options)

Order: the matching kinds (lexicon, pattern, sequence, question) → exceptions →
context modifiers and confidence → repetition (over those findings) →
conditional rules (unsupported assertions, over findings, quantities and
attribution cues) → merging of one device's overlapping findings → the
public :class:`~factcheck.models.Annotation`\\ s, each with its evidence.
Rules are compiled once per set of rule folders and language.
"""

from __future__ import annotations

import fnmatch
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from threading import Lock

from ..collection import young_collections_deferred
from ..extract import Document, Extraction
from ..models.annotation import Annotation
from ..models.claim import Claim
from ..models.rules import RuleKind
from ..options import CheckOptions
from .attribution import Strength, find_attributions
from .claims import Evidence, open_quantities, supported_quantities, unsupported
from .context import DocContext, add_cue_sets, fold_marks
from .findings import Scored, to_annotations
from .kinds import Hit, Matchers
from .loader import Rule, RuleSet, load_rules
from .repetition import repeated
from .scoring import Modifier, Scorer, modifier_order
from .textmatch import Lexicon, fold_case

__all__ = ["Engine", "Scored", "annotate", "load_engine"]


@dataclass
class _Language:
    lexicon: Lexicon  # the literals of the rules and of the cue sets, found in one pass
    matchers: Matchers


@dataclass
class Engine:
    """Compiled rules; :meth:`run` annotates one document."""

    ruleset: RuleSet
    _langs: dict[str, _Language] = field(default_factory=dict)
    _orders: dict[str, tuple[Modifier, ...]] = field(default_factory=dict)
    _lock: Lock = field(default_factory=Lock)

    def _language(self, lang: str) -> _Language | None:
        if lang not in self.ruleset.cues:
            return None
        with self._lock:
            if lang not in self._langs:
                rules = [r for r in self.ruleset.rules if lang in r.languages]
                lexicon = Lexicon()
                matchers = Matchers(rules, lang, lexicon)
                add_cue_sets(lexicon, self.ruleset.cues[lang])
                lexicon.build()  # under the lock, so that no two threads compile it at once
                self._langs[lang] = _Language(lexicon, matchers)
            return self._langs[lang]

    def active(self, lang: str, disable: Iterable[str] = ()) -> list[Rule]:
        """Rules that apply to ``lang`` and are not switched off (by id, device or glob)."""
        off = tuple(disable)
        return [
            r
            for r in self.ruleset.rules
            if lang in r.languages and not any(fnmatch.fnmatchcase(r.id, p) or r.device == p for p in off)
        ]

    def _order(self, rule: Rule) -> tuple[Modifier, ...]:
        """The rule's modifiers in the order they are tried (worked out once per rule)."""
        order = self._orders.get(rule.id)
        if order is None:
            order = self._orders[rule.id] = modifier_order(rule, self.ruleset.modifiers)
        return order

    def run(
        self,
        doc: Document,
        found: Extraction,
        claims: Sequence[Claim] = (),
        options: CheckOptions | None = None,
    ) -> tuple[list[Scored], set[str]]:
        """Scored findings of every active rule (before merging) and the ids of rules that timed out."""
        options = options or CheckOptions()
        lang = doc.lang
        compiled = self._language(lang)
        rules = self.active(lang, options.disable)
        if compiled is None or not rules:
            return [], set()
        cue_file = self.ruleset.cues[lang]
        text = fold_marks(doc.norm.text, cue_file.structure.folds)
        folded = fold_case(text)
        literals = compiled.lexicon.spans(folded)
        ctx = DocContext(doc, cue_file, text, literals)
        timed_out: set[str] = set()
        raw = compiled.matchers.hits(ctx, literals, {r.id for r in rules}, timed_out)
        scorer = Scorer(ctx, lang, self.ruleset.modifiers, self._order)
        by_kind: dict[RuleKind, list[Rule]] = defaultdict(list)
        for rule in rules:
            by_kind[rule.kind].append(rule)
        scored: list[Scored] = []
        devices: dict[str, list[Hit]] = defaultdict(list)  # the hits of ``scored``, by device

        def add(new: list[Scored]) -> None:
            scored.extend(new)
            for s in new:
                devices[s.hit.rule.device].append(s.hit)

        for rule in rules:
            if rule.kind not in (RuleKind.REPETITION, RuleKind.CONDITIONAL):
                add(scorer.score_all(raw.get(rule.id, ())))
        for rule in by_kind[RuleKind.REPETITION]:
            add(scorer.score_all(repeated(rule, ctx, lang, devices)))
        if by_kind[RuleKind.CONDITIONAL]:
            add(self._conditional(by_kind[RuleKind.CONDITIONAL], ctx, scorer, found, claims, raw, devices))
        return scored, timed_out

    def _conditional(
        self,
        rules: list[Rule],
        ctx: DocContext,
        scorer: Scorer,
        found: Extraction,
        claims: Sequence[Claim],
        raw: dict[str, list[Hit]],
        devices: Mapping[str, list[Hit]],
    ) -> list[Scored]:
        cues = find_attributions(ctx.doc.norm.text)
        ev = Evidence.build(ctx, cues)
        quantity_sentences = {ctx.sentence_of(q.start) for q in found.quantities}
        ctx.sourced = {
            i
            for i in quantity_sentences
            if any(c.strength is Strength.STRONG for c in ev.by_sentence.get(i, ()))
        }
        quantities = open_quantities(ctx, found.quantities, supported_quantities(claims, ctx))
        out = []
        for rule in rules:
            hits = unsupported(rule, ctx, ev, quantities, raw.get(rule.id, ()), devices)
            out.extend(scorer.score_all(hits))
        return out


@cache
def _engine(dirs: tuple[Path, ...]) -> Engine:
    return Engine(load_rules(dirs))


def load_engine(rule_dirs: Iterable[Path] = ()) -> Engine:
    """The compiled engine of the bundled rules plus ``rule_dirs`` (built once per process)."""
    return _engine(tuple(Path(d).resolve() for d in rule_dirs))


def annotate(
    doc: Document, found: Extraction, claims: Sequence[Claim] = (), options: CheckOptions | None = None
) -> list[Annotation]:
    """Rhetoric and unsupported-assertion annotations of ``doc`` (spans into the original text).

    ``claims`` (possibly empty) are the assembled claims: an attributed or
    verified claim is not reported as unsupported. ``options`` supplies extra
    rule folders, rules or devices to switch off, and the confidence threshold.
    """
    options = options or CheckOptions()
    eng = load_engine(options.rule_dirs)
    with young_collections_deferred():  # as check() does; nested uses share the setting
        scored, _ = eng.run(doc, found, claims, options)
        annotations = to_annotations(doc, scored, eng.ruleset.modifiers.cap)
    return [a for a in annotations if a.confidence >= options.min_confidence]
