"""The project's own labelled buyer questions (tests/data/buyer_questions.jsonl, written
for this project) as a regression yardstick for the matchers' data."""

from __future__ import annotations

import random
from pathlib import Path

from engine import Engine
from xiaoer.evaluate import evaluate, read_examples

QUESTIONS = Path(__file__).parent / "data" / "buyer_questions.jsonl"


def test_own_questions_are_understood() -> None:
    report = evaluate(Engine.from_file(rng=random.Random(0)), read_examples(QUESTIONS))
    assert report.n >= 300
    mistakes = [m["text"] for m in report.to_json()["mistakes"]]
    assert report.accuracy >= 0.95, mistakes
    # a wrong confident answer is the worst outcome: auto replies must be right
    assert report.auto_precision >= 0.98, mistakes
    assert report.auto_coverage >= 0.75
