"""``factcheck rules``: list, show, validate, test and calibrate the rule packs.

    factcheck rules list [--device D] [--lang L]
    factcheck rules show RULE_ID
    factcheck rules validate
    factcheck rules test [RULE_ID ...]          exit 1 when an example fails
    factcheck rules calibrate [--check]          measure precision, write it back as the base

Every subcommand takes ``--rules DIR`` (repeatable) for extra rule packs.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TextIO

from . import ExitStatus

__all__ = ["add_arguments", "run"]

#: Largest allowed difference between a declared base and the measured one.
TOLERANCE = 0.05


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Subcommands of ``factcheck rules``."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--rules",
        action="append",
        type=Path,
        default=[],
        metavar="DIR",
        help="an extra folder of rule packs (repeatable)",
    )
    sub = parser.add_subparsers(
        dest="action", required=True, metavar="ACTION", help="what to do with the rules"
    )
    p = sub.add_parser("list", parents=[common], help="one line per rule")
    p.add_argument("--device", help="only rules of this device")
    p.add_argument("--lang", help="only rules of this language")
    p = sub.add_parser("show", parents=[common], help="everything about one rule")
    p.add_argument("rule_id", metavar="RULE_ID")
    sub.add_parser(
        "validate", parents=[common], help="check every rule file; errors name file, line, rule, field"
    )
    p = sub.add_parser("test", parents=[common], help="run every rule's flag/pass examples")
    p.add_argument("rule_ids", nargs="*", metavar="RULE_ID", help="only these rules")
    p = sub.add_parser(
        "calibrate",
        parents=[common],
        help="measure each rule's precision on the labelled corpus and write it back as its base",
    )
    p.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        help="labelled corpus (default: tests/corpus/rhetoric of the checkout)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help=f"only report; exit 1 when a declared base is more than {TOLERANCE} off",
    )
    p.add_argument("rule_ids", nargs="*", metavar="RULE_ID", help="only these rules")


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run the chosen ``rules`` subcommand."""
    from ..annotate.engine import load_engine

    stream = out or sys.stdout
    eng = load_engine(args.rules)
    action = {"list": _list, "show": _show, "validate": _validate, "test": _test, "calibrate": _calibrate}
    return action[args.action](eng, args, stream)


def _list(eng, args: argparse.Namespace, out: TextIO) -> int:  # type: ignore[no-untyped-def]
    for rule in eng.ruleset.rules:
        if (args.device and rule.device != args.device) or (args.lang and args.lang not in rule.languages):
            continue
        out.write(
            f"{rule.id:48s} {rule.kind.value:11s} {','.join(rule.languages):6s} "
            f"{rule.level.value:7s} {rule.base:.2f}\n"
        )
    return int(ExitStatus.CLEAN)


def _show(eng, args: argparse.Namespace, out: TextIO) -> int:  # type: ignore[no-untyped-def]
    from ..errors import UsageError

    try:
        rule = eng.ruleset.by_id(args.rule_id)
    except KeyError:
        raise UsageError(f"no rule {args.rule_id!r} (see 'factcheck rules list')") from None
    spec = rule.spec
    conf = spec.confidence
    lines = [
        f"id:          {rule.id}",
        f"file:        {rule.path}:{rule.line}",
        f"device:      {rule.device}",
        f"kind:        {rule.kind.value}",
        f"languages:   {', '.join(rule.languages)}",
        f"level:       {rule.level.value}",
        f"confidence:  base {conf.base:.2f} (prior {conf.prior:.2f})",
    ]
    if conf.calibration:
        c = conf.calibration
        lines.append(
            f"calibration: precision {c.precision:.2f} on {c.hits} hits ({c.correct} correct), "
            f"alpha {c.alpha:g}"
        )
    lines.append(f"message:     {spec.message}")
    for lang in rule.languages:
        if spec.cues.get(lang):
            lines.append(
                f"cues[{lang}]:    {len(spec.cues[lang])}: {', '.join(spec.cues[lang][:12])}"
                + (" …" if len(spec.cues[lang]) > 12 else "")
            )
        for pattern in spec.patterns.get(lang, []):
            lines.append(f"pattern[{lang}]: {pattern}")
    effects = ", ".join(f"{n} {e}" for n, e in rule.effects.items())
    lines.append(f"modifiers:   {effects}")
    lines.append(f"provenance:  {spec.provenance.source}")
    if spec.provenance.rationale:
        lines.append(f"rationale:   {spec.provenance.rationale}")
    for lang in rule.languages:
        for text in spec.examples.flag.get(lang, []):
            lines.append(f"flags[{lang}]:   {text}")
        for text in spec.examples.pass_.get(lang, []):
            lines.append(f"passes[{lang}]:  {text}")
    out.write("\n".join(lines) + "\n")
    return int(ExitStatus.CLEAN)


def _validate(eng, args: argparse.Namespace, out: TextIO) -> int:  # type: ignore[no-untyped-def]
    rules = eng.ruleset.rules
    files = {r.path for r in rules}
    out.write(
        f"ok: {len(rules)} rules in {len(files)} files, "
        f"{len(eng.ruleset.modifiers.modifiers)} modifiers, cue sets for {', '.join(eng.ruleset.cues)}\n"
    )
    return int(ExitStatus.CLEAN)


def _test(eng, args: argparse.Namespace, out: TextIO) -> int:  # type: ignore[no-untyped-def]
    from ..annotate.examples import run_examples

    results = run_examples(eng, args.rule_ids or None)
    failed = [r for r in results if not r.ok]
    for r in failed:
        verb = "did not fire on" if r.expect == "flag" else "fired on"
        out.write(f"FAIL {r.rule_id} [{r.lang}] {verb}: {r.text}\n")
    rules = len({r.rule_id for r in results})
    out.write(f"{len(results) - len(failed)} of {len(results)} examples of {rules} rules pass\n")
    return int(ExitStatus.FINDINGS if failed else ExitStatus.CLEAN)


def _calibrate(eng, args: argparse.Namespace, out: TextIO) -> int:  # type: ignore[no-untyped-def]
    from ..annotate.calibrate import default_corpus, measure, write_back
    from ..errors import UsageError

    corpus = args.corpus or default_corpus()
    if not corpus.is_dir():
        raise UsageError(f"labelled corpus not found: {corpus} (use --corpus DIR)")
    measurements = measure(eng, corpus, rule_ids=args.rule_ids or None)
    drifting = 0
    for m in measurements:
        flag = abs(m.drift) > TOLERANCE
        drifting += flag
        out.write(
            f"{m.rule_id:48s} hits {m.hits:3d} true {m.true:3d} precision {m.precision:.2f} "
            f"base {m.base:.2f} declared {m.declared:.2f}{'  DRIFT' if flag else ''}\n"
        )
    if args.check:
        return int(ExitStatus.FINDINGS if drifting else ExitStatus.CLEAN)
    changed = write_back(measurements, sorted({r.path for r in eng.ruleset.rules}))
    for path in changed:
        out.write(f"updated {path}\n")
    return int(ExitStatus.CLEAN)
