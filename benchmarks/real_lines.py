"""Measure xiaoer on real buyer lines: the labelled Taobao sample in ../shared/corpus and
the JD lines labelled in tests/data/jddc_labels.jsonl (line numbers and labels only).

The texts are read from ../shared/corpus at run time and joined to their labels in
memory: nothing of the corpora is copied into the project. Prints, for the clear lines and
for all of them, accuracy, the right intent among the first three drafts, auto-reply
coverage and precision, per-label F1 and the reliability table; with ``--teach``, the
learning curve of teaching the shop half of the lines (every other one) and measuring the
clear lines of the other half, for Taobao and for JD; and the same curve for a learned
matcher that knows no written library (only the intents' own example questions and the
lines taught): how much the teaching itself carries.

    python benchmarks/real_lines.py [--shop SHOP] [--teach] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from botcore.shop import Shop, load_shop  # noqa: E402
from engine import Engine  # noqa: E402
from engine.learning import own_examples, read_all, shop_examples  # noqa: E402
from intents.learned import Learned  # noqa: E402
from xiaoer.evaluate import TEACH_STEPS, Example, Report, evaluate, learning_curve, taught  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
SETS = {
    "taobao": (CORPUS / "ecd-taobao-sample" / "labels.jsonl", CORPUS / "ecd-taobao-sample" / "buyer_utterances.txt"),
    "jd": (ROOT / "tests" / "data" / "jddc_labels.jsonl", CORPUS / "jddc2019-sample" / "buyer_utterances.txt"),
}


def joined(labels: Path, texts: Path, clear_only: bool) -> list[Example]:
    """The labelled lines with their text, read now from the corpus folder."""
    lines = texts.read_text("utf-8").splitlines()
    out = []
    for row in map(json.loads, labels.read_text("utf-8").splitlines()):
        if clear_only and not row["clear"]:
            continue
        intent = row["intent"]
        labels_of = (intent,) if isinstance(intent, str) else tuple(intent)
        out.append(Example(lines[row["line"] - 1], labels_of, row["line"]))
    return out


def summary(report: Report) -> dict[str, Any]:
    return {"n": report.n, "accuracy": round(report.accuracy, 3), "top3": round(report.top3, 3),
            "auto_coverage": round(report.auto_coverage, 3), "auto_precision": round(report.auto_precision, 3),
            "f1": {label: row["f1"] for label, row in report.per_label().items() if row["support"]},
            "reliability": report.reliability()}


def without_library(shop: Shop, test: list[Example], teach: list[Example]) -> list[tuple[int, Report]]:
    """`learning_curve`, with a learned matcher fitted on the intents' own example questions
    and the taught lines only, as if there were no written library."""
    curve = []
    for k in sorted({*(k for k in TEACH_STEPS if k < len(teach)), len(teach)}):
        engine = Engine(taught(shop, teach[:k]))
        engine.learned = Learned.fit_texts([intent.name for intent in engine.intents],
                                           own_examples(engine.intents) + shop_examples(engine.shop), read_all)
        curve.append((k, evaluate(engine, test)))
    return curve


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shop", help="shop file (default: the bundled example shop)")
    parser.add_argument("--teach", action="store_true", help="also the learning curve on the Taobao halves")
    parser.add_argument("--json", action="store_true", help="one JSON object")
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"{CORPUS} is not there: put ../shared beside the project", file=sys.stderr)
        return 2
    engine = Engine.from_file(args.shop)
    results: dict[str, Any] = {}
    for name, (labels, texts) in SETS.items():
        for clear in (True, False):
            results[f"{name} {'clear' if clear else 'all'}"] = summary(evaluate(engine, joined(labels, texts, clear)))
    if args.teach:
        for name, files in SETS.items():
            lines = joined(*files, clear_only=False)
            clear_lines = set(joined(*files, clear_only=True))
            teach, test = lines[0::2], [line for line in lines[1::2] if line in clear_lines]
            for label, curve in (("", learning_curve(load_shop(args.shop), test, teach)),
                                 (" without the library", without_library(load_shop(args.shop), test, teach))):
                results[f"teach {name}{label}"] = [{"taught": k, "accuracy": round(r.accuracy, 3),
                                                    "auto_coverage": round(r.auto_coverage, 3),
                                                    "auto_precision": round(r.auto_precision, 3)} for k, r in curve]
    if args.json:
        print(json.dumps(results, ensure_ascii=False, indent=2))
        return 0
    print(f"{'lines':<14}{'n':>5}{'accuracy':>10}{'top 3':>8}{'auto cov':>10}{'auto prec':>11}")
    for name, row in results.items():
        if name.startswith("teach"):
            continue
        print(f"{name:<14}{row['n']:>5}{row['accuracy']:>10.3f}{row['top3']:>8.3f}{row['auto_coverage']:>10.3f}"
              f"{row['auto_precision']:>11.3f}")
    for name in results:
        if name.startswith("teach"):
            print(f"\n{name}: taught -> accuracy on the other half (clear lines), auto coverage")
            for row in results[name]:
                print(f"  {row['taught']:>4} -> {row['accuracy']:.3f}  {row['auto_coverage']:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
