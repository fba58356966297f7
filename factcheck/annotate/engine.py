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
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from threading import Lock

from ..extract import Document, Extraction
from ..gate.fingerprint import fingerprints
from ..models.annotation import Annotation, AnnotationKind
from ..models.claim import Claim
from ..models.rules import ModifierSpec, RuleKind
from ..options import CheckOptions
from .attribution import Strength, find_attributions
from .claims import Evidence, supported_quantities, unsupported
from .confidence import combine, with_logit
from .context import DocContext, cue_lexicon, fold_marks
from .kinds import Hit, Matchers
from .loader import Rule, RuleSet, load_rules
from .repetition import repeated
from .textmatch import Lexicon, fold_case

__all__ = ["Engine", "Scored", "annotate", "load_engine"]

_UA = "unsupported_assertion"


@dataclass(slots=True)
class Scored:
    """A hit with its confidence and the evidence for it."""

    hit: Hit
    confidence: float
    applied: tuple[tuple[str, float], ...]  # the modifiers that changed the base, with their effects
    modified: bool  # a modifier or the kind's own evidence changed the base

    @property
    def evidence(self) -> list[str]:
        """How the confidence was reached, in words."""
        rule = self.hit.rule
        return [
            f"base {rule.base:.2f} ({rule.id})",
            *self.hit.notes,
            *(f"{name} {effect:+.1f}" for name, effect in self.applied),
        ]


@dataclass
class _Language:
    matchers: Matchers
    cues: Lexicon


@dataclass
class Engine:
    """Compiled rules; :meth:`run` annotates one document."""

    ruleset: RuleSet
    _langs: dict[str, _Language] = field(default_factory=dict)
    _mods: dict[str, tuple[tuple[str, str | None, ModifierSpec, float | None], ...]] = field(
        default_factory=dict
    )
    _lock: Lock = field(default_factory=Lock)

    def _language(self, lang: str) -> _Language | None:
        if lang not in self.ruleset.cues:
            return None
        with self._lock:
            if lang not in self._langs:
                rules = [r for r in self.ruleset.rules if lang in r.languages]
                self._langs[lang] = _Language(Matchers(rules, lang), cue_lexicon(self.ruleset.cues[lang]))
            return self._langs[lang]

    def active(self, lang: str, disable: Iterable[str] = ()) -> list[Rule]:
        """Rules that apply to ``lang`` and are not switched off (by id, device or glob)."""
        off = tuple(disable)
        return [
            r
            for r in self.ruleset.rules
            if lang in r.languages and not any(fnmatch.fnmatchcase(r.id, p) or r.device == p for p in off)
        ]

    def _modifiers(self, rule: Rule) -> tuple[tuple[str, str | None, ModifierSpec, float | None], ...]:
        """The rule's modifiers: name, sentence fact (or None), spec, effect (None = suppress).

        Suppressors come first, so a suppressed hit costs the fewest checks.
        """
        found = self._mods.get(rule.id)
        if found is None:
            specs = self.ruleset.modifiers.modifiers
            items = [
                (n, DocContext.fact_of(specs[n]), specs[n], None if e == "suppress" else float(e))
                for n, e in rule.effects.items()
            ]
            items = [item for item in items if item[3] != 0.0]
            found = tuple(sorted(items, key=lambda item: (item[3] is not None, item[1] is None)))
            self._mods[rule.id] = found
        return found

    def score(self, hit: Hit, ctx: DocContext, lang: str) -> Scored | None:
        """Apply the rule's modifiers to ``hit``; None when one suppresses it or it falls below the floor."""
        rule = hit.rule
        start, end = hit.anchor
        scope = ctx.scope(start, end)
        delta = hit.logit
        applied: list[tuple[str, float]] = []
        i = scope[0]
        for name, fact, spec, effect in self._modifiers(rule):
            if not (
                ctx.has_fact(i, fact) if fact is not None else ctx.applies(spec, start, end, scope, lang)
            ):
                continue
            if effect is None:
                return None
            delta += effect
            applied.append((name, effect))
        conf = with_logit(rule.base, delta)
        if conf < self.ruleset.modifiers.floor:
            return None
        return Scored(hit, conf, tuple(applied), modified=delta != 0)

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
        ctx = DocContext(doc, cue_file, compiled.cues, text, folded)
        timed_out: set[str] = set()
        raw = compiled.matchers.hits(ctx, folded, {r.id for r in rules}, timed_out)
        by_kind: dict[RuleKind, list[Rule]] = defaultdict(list)
        for rule in rules:
            by_kind[rule.kind].append(rule)
        scored: list[Scored] = []
        for rule in rules:
            if rule.kind in (RuleKind.REPETITION, RuleKind.CONDITIONAL):
                continue
            scored.extend(filter(None, (self.score(h, ctx, lang) for h in raw.get(rule.id, ()))))
        for rule in by_kind[RuleKind.REPETITION]:
            scored.extend(
                filter(
                    None, (self.score(h, ctx, lang) for h in repeated(rule, ctx, lang, _by_device(scored)))
                )
            )
        if by_kind[RuleKind.CONDITIONAL]:
            scored.extend(
                self._conditional(by_kind[RuleKind.CONDITIONAL], ctx, lang, found, claims, raw, scored)
            )
        return scored, timed_out

    def _conditional(
        self,
        rules: list[Rule],
        ctx: DocContext,
        lang: str,
        found: Extraction,
        claims: Sequence[Claim],
        raw: dict[str, list[Hit]],
        scored: list[Scored],
    ) -> list[Scored]:
        cues = find_attributions(ctx.doc.norm.text)
        ev = Evidence.build(ctx, cues)
        quantity_sentences = {ctx.sentence_of(q.start) for q in found.quantities}
        ctx.sourced = {
            i
            for i in quantity_sentences
            if any(c.strength is Strength.STRONG for c in ev.by_sentence.get(i, ()))
        }
        devices = _by_device(scored)
        supported = supported_quantities(claims, ctx)
        out = []
        for rule in rules:
            hits = unsupported(rule, ctx, ev, found.quantities, raw.get(rule.id, ()), devices, supported)
            out.extend(filter(None, (self.score(h, ctx, lang) for h in hits)))
        return out


def _by_device(scored: Iterable[Scored]) -> dict[str, list[Hit]]:
    out: dict[str, list[Hit]] = defaultdict(list)
    for s in scored:
        out[s.hit.rule.device].append(s.hit)
    return out


@cache
def _engine(dirs: tuple[Path, ...]) -> Engine:
    return Engine(load_rules(dirs))


def load_engine(rule_dirs: Iterable[Path] = ()) -> Engine:
    """The compiled engine of the bundled rules plus ``rule_dirs`` (built once per process)."""
    return _engine(tuple(Path(d).resolve() for d in rule_dirs))


def _merge(doc: Document, scored: list[Scored], cap: float) -> list[Annotation]:
    by_device: dict[str, list[Scored]] = defaultdict(list)
    for s in scored:
        by_device[s.hit.rule.device].append(s)
    clusters: list[tuple[str, list[Scored]]] = []
    for device, items in by_device.items():
        items.sort(key=lambda s: (s.hit.start, -s.hit.end))
        cluster: list[Scored] = []
        end = -1
        for s in items:
            if cluster and s.hit.start >= end:
                clusters.append((device, cluster))
                cluster, end = [], -1
            cluster.append(s)
            end = max(end, s.hit.end)
        if cluster:
            clusters.append((device, cluster))
    return _annotations(doc, clusters, cap)


def _annotations(doc: Document, clusters: list[tuple[str, list[Scored]]], cap: float) -> list[Annotation]:
    starts = [x.start for x in doc.sentences]
    original = doc.original
    orig_span = doc.norm.orig_span
    parts = []
    for device, cluster in clusters:
        best = max(cluster, key=lambda s: s.confidence)
        start = min(s.hit.start for s in cluster)
        end = max(s.hit.end for s in cluster)
        sentence = doc.sentences[max(0, bisect_right(starts, best.hit.start) - 1)]
        sentence_text = original[slice(*orig_span(sentence.start, sentence.end))]
        matched = original[slice(*orig_span(*best.hit.anchor))]
        span = doc.span(start, end)
        kind = AnnotationKind.UNSUPPORTED_ASSERTION if device == _UA else AnnotationKind.RHETORIC
        parts.append((device, cluster, best, span, kind, matched, sentence_text))
    prints = fingerprints([(k.value, b.hit.rule.id, sp.text, st) for _, _, b, sp, k, _, st in parts])
    out = []
    for (device, cluster, best, span, kind, matched, _), fp in zip(parts, prints, strict=True):
        conf = combine([(s.hit.rule.id, s.hit.matched.lower(), s.confidence) for s in cluster], cap)
        evidence = list(best.evidence)
        evidence += [f"merged {o.hit.rule.id} {o.confidence:.2f}" for o in cluster if o is not best]
        if len(cluster) > 1:
            evidence.append(f"combined {conf:.2f}")
        rule = best.hit.rule
        out.append(
            Annotation.model_construct(
                kind=kind,
                device=device,
                rule_id=rule.id,
                span=span,
                confidence=round(conf, 3),
                level=rule.level,
                message=rule.spec.message.replace("{match}", matched),
                fingerprint=fp,
                evidence=evidence,
                related=[],
            )
        )
    out.sort(key=lambda a: (a.span.start, a.span.end, a.device or ""))
    return out


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
    scored, _ = eng.run(doc, found, claims, options)
    annotations = _merge(doc, scored, eng.ruleset.modifiers.cap)
    return [a for a in annotations if a.confidence >= options.min_confidence]
