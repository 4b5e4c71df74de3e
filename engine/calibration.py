"""How sure a decision is, as the chance that its intent is right.

A decision's first hit has a score (its strongest evidence, damped by the policy), the
learned matcher gives its intent a probability p, it is or is not the learned matcher's
own first choice, a keyword or pattern does or does not support it, and two or more
rules (keywords, patterns, entities, example questions) do or do not agree. The chance that
the intent is right is a logistic function of these, fitted by cross-validation over the
written example library (``python benchmarks/calibrate.py`` writes
``engine/data/calibration.yaml`` with the weights, the reliability table it measured
and the auto threshold that keeps auto replies 97 % right). A handful of numbers, read
here; tests/test_calibration.py checks they were fitted on today's library.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from botcore.errors import ScriptError
from botcore.yamltext import YAMLError, parse_yaml
from intents import IntentHit

__all__ = ["FEATURES", "RULE_KINDS", "Calibration", "calibration", "facts_of"]

#: The kinds of evidence that are rules (as against what was learned or the conversation);
#: a fact the shop states, asked in the buyer's words, counts as the shop's own keyword.
RULE_KINDS = frozenset({"keyword", "pattern", "entity", "example", "attribute"})

#: What the chance is computed from, in the order of `Calibration.weights`.
FEATURES = ("bias", "score", "p", "agree", "score*p", "rule", "log p", "corroborated")


def inputs(score: float, p: float, agree: bool, rule: bool, corroborated: bool) -> tuple[float, ...]:
    """The values of `FEATURES` for one decision."""
    return (1.0, score, p, float(agree), score * p, float(rule), math.log(max(p, 1e-4)), float(corroborated))


def facts_of(chosen: Sequence[IntentHit], learned: Mapping[str, float]) -> tuple[float, float, bool, bool, bool]:
    """What the chance of a decision is computed from, its chosen hits (the first leading)
    and the learned probabilities: (score, p, agree, rule, corroborated). ``p`` is the
    learned probability of what the reply answers (all its intents), ``agree`` whether the
    learned matcher's first choice is among them."""
    primary = chosen[0]
    answered = {hit.intent for hit in chosen}
    p = min(1.0, sum(learned.get(intent, 0.0) for intent in answered))
    agree = bool(learned) and max(learned, key=learned.__getitem__) in answered
    rule = any(e.kind in ("keyword", "pattern", "attribute") for e in primary.evidence)
    corroborated = len({e.detail for e in primary.evidence if e.kind in RULE_KINDS}) >= 2
    return primary.score, p, agree, rule, corroborated


@dataclass(frozen=True)
class Calibration:
    weights: tuple[float, ...]
    auto_threshold: float  # the lowest chance at which auto replies were 97 % right in cross-validation
    data: dict[str, Any]  # what calibrate.py recorded: reliability, coverage, the library's digest

    def chance(self, score: float, p: float, agree: bool, rule: bool, corroborated: bool) -> float:
        z = sum(map(operator.mul, self.weights, inputs(score, p, agree, rule, corroborated)))
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)

    @classmethod
    def load(cls) -> Calibration:
        path = resources.files("engine") / "data" / "calibration.yaml"
        try:
            data = parse_yaml(path.read_text("utf-8"))
            weights = tuple(float(data["weights"][name]) for name in FEATURES)
            return cls(weights, float(data["auto_threshold"]), data)
        except (OSError, YAMLError, KeyError, TypeError, ValueError) as e:
            raise ScriptError(f"{path} 读不了或缺少权重({', '.join(FEATURES)}):{e};"
                              "请运行 python benchmarks/calibrate.py 重新生成") from e


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The bundled calibration, read once per process."""
    return Calibration.load()
