"""How sure a decision is, as the chance that its intent is right.

A decision's first hit has a score (its strongest evidence, damped by the policy), the
learned matcher gives its intent a probability p (and its square: the chance bends with
it, a band of 0.5-0.6 was right 60 % of the time without it), it is or is not the learned matcher's
own first choice, a keyword or pattern does or does not support it, and two or more
rules (keywords, patterns, entities, example questions) do or do not agree. The learned
matcher is more or less sure of anything at all (its margin: its first probability less its
second, and its square), and the answer leads the best intent it does not answer by some
amount (its lead). Some intents are right more often than others at the same evidence (a
thanks is rarely mistaken, a request to change an order often is), so each intent adds its
own term; a fact the shop states of the goods, asked in the buyer's words, is evidence of its
own (「复音多少」 of a piano's 复音数, where the learned matcher reads 多少 as a price). The chance
that the intent is right is a logistic function of these (`Facts`), fitted by cross-validation
over the written example library with whole topics held out, as a real buyer's line is often
worded unlike any the library has, and over written conversations with shops of many kinds,
where the goods on the page have facts to ask (``python benchmarks/calibrate.py``
writes ``engine/data/calibration.yaml`` with the weights, the reliability table it measured
and the lowest threshold that keeps auto replies 97 % right). A handful of numbers, read
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

__all__ = ["FEATURES", "RULE_KINDS", "Calibration", "Facts", "calibration", "facts_of"]

#: The kinds of evidence that are rules (as against what was learned or the conversation);
#: a fact the shop states, asked in the buyer's words, counts as the shop's own keyword.
RULE_KINDS = frozenset({"keyword", "pattern", "entity", "example", "attribute"})

#: What the chance is computed from, in the order of `Calibration.weights` (each intent
#: adds its own term besides, `Calibration.intents`).
FEATURES = ("bias", "score", "p", "agree", "score*p", "rule", "log p", "corroborated", "margin", "lead", "score²",
            "margin²", "p²", "fact")


@dataclass(frozen=True)
class Facts:
    """What the chance of one decision is computed from."""

    intent: str  # what the reply answers first
    score: float  # its first hit's score
    p: float  # the learned probability of what the reply answers (all its intents)
    agree: bool  # the learned matcher's first choice is among them
    rule: bool  # a keyword, pattern or shop fact supports the first hit
    corroborated: bool  # two or more different rules support it
    margin: float  # the learned matcher's first probability less its second
    lead: float  # p less the learned probability of the best intent the reply does not answer
    fact: float = 0.0  # how plainly the line asks a fact the shop states of the goods (its evidence's weight)

    def inputs(self) -> tuple[float, ...]:
        """The values of `FEATURES`."""
        sure = self.margin if self.agree else 0.0  # sure of the answer, not of another intent
        return (1.0, self.score, self.p, float(self.agree), self.score * self.p, float(self.rule),
                math.log(max(self.p, 1e-4)), float(self.corroborated), sure, self.lead, self.score ** 2,
                sure ** 2, self.p ** 2, self.fact)


def facts_of(chosen: Sequence[IntentHit], learned: Mapping[str, float]) -> Facts:
    """The facts of a decision from its chosen hits (the first leading) and the learned
    probabilities."""
    primary = chosen[0]
    answered = {hit.intent for hit in chosen}
    p = min(1.0, sum(learned.get(intent, 0.0) for intent in answered))
    first, second = [*sorted(learned.values(), reverse=True), 0.0, 0.0][:2]
    rival = max((q for intent, q in learned.items() if intent not in answered), default=0.0)
    return Facts(
        intent=primary.intent,
        score=primary.score,
        p=p,
        agree=bool(learned) and max(learned, key=learned.__getitem__) in answered,
        rule=any(e.kind in ("keyword", "pattern", "attribute") for e in primary.evidence),
        corroborated=len({e.detail for e in primary.evidence if e.kind in RULE_KINDS}) >= 2,
        margin=first - second,
        lead=p - rival,
        fact=max((e.weight for e in primary.evidence if e.kind == "attribute"), default=0.0),
    )


@dataclass(frozen=True)
class Calibration:
    weights: tuple[float, ...]  # one for each of `FEATURES`
    intents: Mapping[str, float]  # each intent's own term (an intent not named adds nothing)
    auto_threshold: float  # the lowest chance from which auto replies to lines held out were 97 % right
    data: dict[str, Any]  # what calibrate.py recorded: reliability, coverage, the library's digest

    def chance(self, facts: Facts) -> float:
        z = sum(map(operator.mul, self.weights, facts.inputs())) + self.intents.get(facts.intent, 0.0)
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)

    @classmethod
    def load(cls) -> Calibration:
        path = resources.files("engine") / "data" / "calibration.yaml"
        try:
            data = parse_yaml(path.read_text("utf-8"))
            weights = tuple(float(data["weights"][name]) for name in FEATURES)
            intents = {str(name): float(w) for name, w in data["intents"].items()}
            return cls(weights, intents, float(data["auto_threshold"]), data)
        except (OSError, YAMLError, KeyError, TypeError, ValueError, AttributeError) as e:
            raise ScriptError(f"{path} 读不了或缺少权重({', '.join(FEATURES)},以及各意图的 intents):{e};"
                              "请运行 python benchmarks/calibrate.py 重新生成") from e


@lru_cache(maxsize=1)
def calibration() -> Calibration:
    """The bundled calibration, read once per process."""
    return Calibration.load()
