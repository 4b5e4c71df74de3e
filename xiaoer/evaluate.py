"""Measure intent accuracy on labelled buyer messages (``xiaoer eval``).

Each line of the data file is ``{"text": "...", "intent": "sizing"}`` or
``{"text": "...", "intent": ["shipping", "bargain"]}``; any listed label counts as
right. The engine's first intent is its prediction; its first three candidates are
what an agent on duty gets as drafts (``top3``). `reliability` bins the score to show
how often a reply at that score is right; `learning_curve` teaches a shop some of the
lines as its own examples and measures again.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from botcore.errors import InputError
from botcore.shop import Shop
from botcore.shop.model import MatchingData
from engine import Engine
from intents import INTENT_NAMES

__all__ = ["Example", "Report", "evaluate", "learning_curve", "read_examples", "taught"]

#: The score bins of the reliability table.
BINS = (0.0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0001)


@dataclass(frozen=True)
class Example:
    text: str
    labels: tuple[str, ...]
    line: int


@dataclass(frozen=True)
class Outcome:
    example: Example
    predicted: str
    score: float
    auto: bool
    candidates: tuple[str, ...] = ()  # the first three drafts an agent would get

    @property
    def correct(self) -> bool:
        return self.predicted in self.example.labels

    @property
    def gold(self) -> str:
        """The gold label this prediction is judged against."""
        return self.predicted if self.correct else self.example.labels[0]


def read_examples(path: str | Path) -> list[Example]:
    """Read a JSONL file; a bad line is an `InputError` naming the line and the fix."""
    examples = []
    try:
        lines = Path(path).read_text("utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"读不了评测文件 {path}:{e}") from e
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as e:
            raise InputError(f"{path} 第 {number} 行不是有效的 JSON:{e.msg}") from e
        text, labels = data.get("text") if isinstance(data, dict) else None, None
        if isinstance(data, dict):
            raw = data.get("intent")
            labels = (raw,) if isinstance(raw, str) else tuple(raw) if isinstance(raw, list) else None
        if not isinstance(text, str) or not labels:
            raise InputError(f"{path} 第 {number} 行要有 \"text\"(文字)和 \"intent\"(标签或标签列表)")
        unknown = [label for label in labels if label not in INTENT_NAMES]
        if unknown:
            raise InputError(f"{path} 第 {number} 行的标签 {unknown} 不认识;可用: {', '.join(INTENT_NAMES)}")
        examples.append(Example(text, labels, number))
    return examples


@dataclass(frozen=True)
class Report:
    outcomes: tuple[Outcome, ...]

    @property
    def n(self) -> int:
        return len(self.outcomes)

    @property
    def accuracy(self) -> float:
        return sum(o.correct for o in self.outcomes) / self.n if self.n else 0.0

    def per_label(self) -> dict[str, dict[str, float]]:
        predicted = Counter(o.predicted for o in self.outcomes)
        gold = Counter(o.gold for o in self.outcomes)
        right = Counter(o.predicted for o in self.outcomes if o.correct)
        table = {}
        for label in INTENT_NAMES:
            p = right[label] / predicted[label] if predicted[label] else 0.0
            r = right[label] / gold[label] if gold[label] else 0.0
            f1 = 2 * p * r / (p + r) if p + r else 0.0
            table[label] = {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f1, 3),
                            "support": gold[label]}
        return table

    def confusion(self) -> dict[str, dict[str, int]]:
        matrix: dict[str, dict[str, int]] = defaultdict(dict)
        for o in self.outcomes:
            row = matrix[o.gold]
            row[o.predicted] = row.get(o.predicted, 0) + 1
        return {label: dict(matrix[label]) for label in INTENT_NAMES if label in matrix}

    @property
    def top3(self) -> float:
        """How often the right intent is among the first three candidates."""
        hits = sum(any(c in o.example.labels for c in (o.candidates or (o.predicted,))) for o in self.outcomes)
        return hits / self.n if self.n else 0.0

    def reliability(self) -> list[dict[str, float]]:
        """Per score bin: how many replies, and how many of them had the right intent."""
        rows = []
        for low, high in pairwise(BINS):
            inside = [o for o in self.outcomes if low <= o.score < high]
            if inside:
                rows.append({"from": low, "to": min(high, 1.0), "n": len(inside),
                             "right": round(sum(o.correct for o in inside) / len(inside), 3)})
        return rows

    @property
    def auto_coverage(self) -> float:
        return sum(o.auto for o in self.outcomes) / self.n if self.n else 0.0

    @property
    def auto_precision(self) -> float:
        auto = [o for o in self.outcomes if o.auto]
        return sum(o.correct for o in auto) / len(auto) if auto else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "accuracy": round(self.accuracy, 4),
            "n": self.n,
            "per_label": self.per_label(),
            "auto_coverage": round(self.auto_coverage, 4),
            "auto_precision": round(self.auto_precision, 4),
            "top3": round(self.top3, 4),
            "reliability": self.reliability(),
            "confusion": self.confusion(),
            "mistakes": [
                {"line": o.example.line, "text": o.example.text, "expected": list(o.example.labels),
                 "predicted": o.predicted, "score": o.score}
                for o in self.outcomes if not o.correct
            ],
        }

    def to_text(self, show_mistakes: bool = False) -> str:
        lines = [f"{'label':<13}{'precision':>10}{'recall':>8}{'f1':>7}{'n':>5}"]
        for label, row in self.per_label().items():
            if row["support"] or row["precision"]:
                lines.append(f"{label:<13}{row['precision']:>10.3f}{row['recall']:>8.3f}"
                             f"{row['f1']:>7.3f}{row['support']:>5}")
        lines += ["", "confusion (row = expected, column = predicted):"]
        for gold, counts in self.confusion().items():
            cells = ", ".join(f"{pred} {count}" for pred, count in sorted(counts.items(), key=lambda kv: -kv[1]))
            lines.append(f"  {gold:<13}{cells}")
        if show_mistakes:
            lines += ["", "mistakes:"]
            lines += [f"  line {o.example.line}: {o.example.text!r} expected {'/'.join(o.example.labels)}, "
                      f"got {o.predicted} ({o.score:.2f})" for o in self.outcomes if not o.correct]
        lines += ["", "score         n   right"]
        lines += [f"{row['from']:.2f}-{row['to']:.2f} {row['n']:>5} {row['right']:>7.3f}" for row in self.reliability()]
        lines += [
            "",
            f"right intent among the top 3 drafts: {self.top3:.3f}",
            f"auto-reply coverage: {self.auto_coverage:.3f}  precision: {self.auto_precision:.3f}",
            f"accuracy: {self.accuracy:.3f} (n={self.n})",
        ]
        return "\n".join(lines)


def evaluate(engine: Engine, examples: Iterable[Example]) -> Report:
    outcomes = []
    for example in examples:
        _, decision = engine.read(example.text)
        candidates = tuple(hit.intent for hit in (decision.ranked or decision.chosen))[:3]
        outcomes.append(Outcome(example, decision.intents[0], decision.score, decision.mode == "auto", candidates))
    return Report(tuple(outcomes))


def taught(shop: Shop, lines: Iterable[Example]) -> Shop:
    """``shop`` with ``lines`` added to its own example questions, each under its first label
    (as 未回答 -> 加为例句 adds them)."""
    matching = {name: data.model_copy(deep=True) for name, data in shop.matching.items()}
    for line in lines:
        entry = matching.setdefault(line.labels[0], MatchingData())
        if line.text not in entry.examples:
            entry.examples.append(line.text)
    return shop.model_copy(update={"matching": matching})


#: How many teaching lines `learning_curve` adds at each step (then all of them).
TEACH_STEPS = (0, 25, 50, 100)


def learning_curve(shop: Shop, test: Sequence[Example], teach: Sequence[Example],
                   steps: Sequence[int] = TEACH_STEPS) -> list[tuple[int, Report]]:
    """Accuracy and auto coverage on ``test`` after teaching the shop the first k ``teach`` lines."""
    sizes = sorted({*(k for k in steps if k < len(teach)), len(teach)})
    return [(k, evaluate(Engine(taught(shop, teach[:k]), source=f"教了 {k} 句"), test)) for k in sizes]
