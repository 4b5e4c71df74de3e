"""What every intent shares: the message a matcher reads, the hit it returns, the
rules compiled from its data file, and the answer its case logic gives.

A matcher is pure, like Starlette's ``Route.matches``: it reads a `Message` and says
how sure it is and why (`IntentHit`: score, evidence, what is missing). The policy
decides; the replies stage renders.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from botcore.conversation import Conversation
from botcore.entities import Entities
from botcore.shop import Product, Shop
from intents.rules import Rules, word_form

__all__ = [
    "Answer",
    "Evidence",
    "Intent",
    "IntentHit",
    "Message",
    "Question",
    "Rules",
]

EvidenceKind = Literal["keyword", "pattern", "example", "entity", "context", "rule"]

#: Below this similarity (0-100) an example question is no evidence at all.
FUZZY_CUTOFF = 62.0
#: A perfect example match is worth this much; keyword rules can say more.
FUZZY_WEIGHT = 0.9
#: Each further piece of evidence adds this much, up to a score of 1.0.
CORROBORATION = 0.08


@dataclass(frozen=True)
class Evidence:
    """One reason an intent fired: a keyword, a pattern, an example, an entity."""

    kind: EvidenceKind
    detail: str
    weight: float
    start: int = -1
    end: int = -1

    def __str__(self) -> str:
        return f"{self.kind}:{self.detail}({self.weight:.2f})"


@dataclass(frozen=True)
class IntentHit:
    intent: str
    score: float
    evidence: tuple[Evidence, ...]
    missing: tuple[str, ...] = ()

    def span(self) -> tuple[int, int] | None:
        """The stretch of text the located evidence covers."""
        spans = [(e.start, e.end) for e in self.evidence if e.start >= 0]
        if not spans:
            return None
        return min(s for s, _ in spans), max(e for _, e in spans)


@dataclass(frozen=True)
class Message:
    """What matchers read: the normalised text, its words and entities."""

    text: str
    tokens: tuple[str, ...]
    entities: Entities
    words: str = ""  # the word form for fuzzy scoring, see `intents.rules.word_form`

    @classmethod
    def of(cls, text: str, tokens: tuple[str, ...], entities: Entities) -> Message:
        return cls(text, tokens, entities, word_form(tokens))


def _same_words(a: Evidence, b: Evidence) -> bool:
    """Two reasons resting on the same words ("能换吗" and "换吗") count once."""
    if a.detail == b.detail:
        return True
    if a.start < 0 or b.start < 0:
        return False
    return a.start < b.end and b.start < a.end


def combine(intent: str, evidence: list[Evidence], missing: tuple[str, ...] = ()) -> IntentHit | None:
    """Score = the strongest evidence, plus a little for each distinct other reason."""
    if not evidence:
        return None
    ranked = sorted(evidence, key=lambda e: e.weight, reverse=True)
    counted = [ranked[0]]
    score = ranked[0].weight
    for item in ranked[1:]:
        if item.weight >= 0.5 and not any(_same_words(item, c) for c in counted):
            score += CORROBORATION
            counted.append(item)
    return IntentHit(intent, round(min(score, 1.0), 3), tuple(ranked), missing)


#: A greeting or a thanks inside a long message explains only part of it.
SOFT_UNEXPLAINED_CHARS = 8
SOFT_DISCOUNT = 0.6


def _discount_unexplained(hit: IntentHit, text: str) -> IntentHit:
    span = hit.span()
    if span is None or len(text) - (span[1] - span[0]) <= SOFT_UNEXPLAINED_CHARS:
        return hit
    return IntentHit(hit.intent, round(hit.score * SOFT_DISCOUNT, 3), hit.evidence, hit.missing)


@dataclass(frozen=True)
class Question:
    """Everything an intent's case logic may read to answer."""

    shop: Shop
    message: Message
    conversation: Conversation
    now: dt.datetime
    product: Product | None


@dataclass(frozen=True)
class Answer:
    """The case an intent chose and the facts its template needs.

    ``remember`` updates the conversation (field -> value); ``handoff`` asks for a human;
    ``actions`` are structured requests for the platform (e.g. an order note).
    """

    case: str
    facts: Mapping[str, object] = field(default_factory=dict)
    remember: Mapping[str, object] = field(default_factory=dict)
    handoff: bool = False
    actions: tuple[Mapping[str, str], ...] = ()


class Intent:
    """Base class: one subclass per label in its own module, rules beside it as data.

    ``cases`` maps each case to the placeholders its templates may use; the replies
    library checks every wording against it at load.
    """

    name: ClassVar[str]
    cases: ClassVar[Mapping[str, tuple[str, ...]]]
    soft: ClassVar[bool] = False  # greeting/thanks/other: yield to a real question

    def __init__(self) -> None:
        self.rules = Rules.load(self.name)
        #: Whether entities alone can make this intent fire (it overrides `signals`);
        #: the engine skips the others when the catalogue found nothing of theirs.
        self.reads_entities = type(self).signals is not Intent.signals

    def match(self, message: Message, found: list[Evidence] | None = None) -> IntentHit | None:
        """How sure this intent is. ``found`` is its keyword, pattern and example
        evidence when the engine has matched all intents at once
        (`intents.catalogue.Catalogue`)."""
        if found is None:
            evidence = self.rules.evidence(message)
        else:
            evidence = list(found)
            if evidence and self.rules.excluded(message.text):
                evidence = []
        evidence += self.signals(message, bool(evidence))
        if not evidence:  # the common case: nothing of this intent in the message
            return None
        hit = combine(self.name, evidence, self.missing(message))
        if hit is not None and self.soft:
            return _discount_unexplained(hit, message.text)
        return hit

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        """Intent-specific evidence from entities (override where it helps)."""
        return []

    def missing(self, message: Message) -> tuple[str, ...]:
        """What the question lacks to be answered in full (override where it helps)."""
        return ()

    def answer(self, question: Question) -> Answer:
        raise NotImplementedError
