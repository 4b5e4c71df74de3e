"""What every intent shares: the `Intent` base class (what the policy needs to know of
an intent, said as class attributes), how evidence adds up to a hit, the question its case
logic reads and the answer it gives. The message a matcher reads and the hit it returns
are defined below the rules and the catalogue, in `intents.evidence`, and re-exported here.

A matcher is pure, like Starlette's ``Route.matches``: it reads a `Message` and says
how sure it is and why (`IntentHit`: score, evidence, what is missing). The policy
decides; the replies stage renders.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import ClassVar

from botcore.conversation import Conversation
from botcore.shop import Product, Shop
from intents.catalogue import Catalogue
from intents.evidence import Evidence, IntentHit, Message
from intents.rules import Rules

__all__ = [
    "Answer",
    "Ask",
    "Evidence",
    "Intent",
    "IntentHit",
    "Message",
    "Question",
    "Rules",
]

#: Each further piece of evidence adds this much, up to a score of 1.0.
CORROBORATION = 0.08


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
class Ask:
    """Something an intent asks the buyer for (see `Intent.awaited`): the entity kinds
    whose values answer it, and what the trace says when they come."""

    answered_by: tuple[str, ...]
    trace: str


@dataclass(frozen=True)
class Question:
    """Everything an intent's case logic may read to answer."""

    shop: Shop
    message: Message
    conversation: Conversation
    now: dt.datetime
    product: Product | None
    page: Product | None = None  # the product whose page the buyer is on (这个 of 「这个跟T5有啥区别」)

    def remembered(self, product: Product) -> tuple[str | None, str | None]:
        """The colour and the size talked of before, each where ``product`` has it (else None)."""
        memory = self.conversation
        return (memory.colour if memory.colour in product.colours else None,
                memory.size if memory.size in product.sizes else None)

    def asking(self, text: str) -> Question:
        """This question as if its line were ``text`` alone (one clause of it, a day blanked out), its
        entities kept."""
        return dataclasses.replace(self, message=dataclasses.replace(self.message, text=text))


@dataclass(frozen=True)
class Answer:
    """The case an intent chose and the facts its template needs.

    ``remember`` updates the conversation (field -> value); ``handoff`` asks for a human;
    ``draft``: the reply is only a draft for the person to check (a fact found by the buyer's
    words, not by its name), and the buyer is told someone will answer; ``actions`` are
    structured requests for the platform (e.g. an order note); ``also``: answers of the same
    intent to the other things the line asks (「包邮吗 几天到」: the fee, then the days), each
    rendered as a part of its own after this one.
    """

    case: str
    facts: Mapping[str, object] = field(default_factory=dict)
    remember: Mapping[str, object] = field(default_factory=dict)
    handoff: bool = False
    actions: tuple[Mapping[str, str], ...] = ()
    draft: bool = False
    also: tuple[Answer, ...] = ()


class Intent:
    """Base class: one subclass per label in its own module, rules beside it as data.

    What the policy, the engine and dispatch need to know about an intent is said here,
    once, as class attributes; they read these and name no intent:

    ``rank``          tie-break order: a lower rank wins a tie (an angry buyer beats a greeting)
    ``soft``          yields to a real question in the same message (greeting, thanks, chit-chat)
    ``opener``        opens a conversation (你好, 在吗): sent by itself only when it is about
                      all the message says, not when more follows that no rule understood
    ``escalates``     the buyer wants a person: handed off over any other question, even
                      with agents on duty; no keyword rule answers instead
    ``fallback``      the label of a message nothing else explains
    ``carries_over``  entity kinds with which a short follow-up (「那L呢」) continues this question
    ``before_buying`` a question asked before buying (stock, size, shipping, price ...): two
                      of them on their own words in one message are both answered
    ``carries_after`` more such kinds once this intent answered a given ``Conversation.asked``
                      (after 「1kg多少钱」, 「那500g的呢」 asks the price again); a key ending in
                      ":" stands for every ``asked`` that starts with it
    ``continued_by``  the words that go on with a given ``Conversation.asked`` (a prefix) in a
                      short message, named as topics of the intent's data file (a|b): after
                      「能发顺丰吗」, 「加多少钱」 asks that courier's cost, whatever else it says
    ``awaited``       what this intent may ask the buyer for: the value it remembers as
                      ``Conversation.awaiting``, and the entity kinds that answer it
    ``holding``       cases whose wording is itself what a buyer waiting for a person is told
                      (it states nothing of the shop's file): sent in place of the general
                      holding line, however sure the intent is (「算了 不买了」: an apology, not 「请稍等」)

    ``cases`` maps each case to the placeholders its templates may use; the replies
    library checks every wording against it at load.
    """

    name: ClassVar[str]
    rank: ClassVar[int]
    cases: ClassVar[Mapping[str, tuple[str, ...]]]
    soft: ClassVar[bool] = False
    opener: ClassVar[bool] = False
    escalates: ClassVar[bool] = False
    fallback: ClassVar[bool] = False
    carries_over: ClassVar[tuple[str, ...]] = ()
    carries_after: ClassVar[Mapping[str, tuple[str, ...]]] = {}
    continued_by: ClassVar[Mapping[str, str]] = {}
    before_buying: ClassVar[bool] = False
    awaited: ClassVar[Mapping[str, Ask]] = {}
    holding: ClassVar[frozenset[str]] = frozenset()

    def __init__(self) -> None:
        self.rules = Rules.load(self.name)
        #: Whether entities alone can make this intent fire (it overrides `signals`);
        #: the engine skips the others when the catalogue found nothing of theirs.
        self.reads_entities = type(self).signals is not Intent.signals
        #: Whether the product in question can make this intent fire (it overrides `about`).
        self.reads_product = type(self).about is not Intent.about

    @cached_property
    def _alone(self) -> Catalogue:
        return Catalogue((self.rules,))

    def evidence(self, message: Message) -> list[Evidence]:
        """Every keyword, pattern and the closest example of this intent alone (the
        engine asks all intents at once through `intents.catalogue.Catalogue`)."""
        return self._outside_exclusions(message.text, self._alone.find(message).get(self.name, []))

    def match(self, message: Message, found: list[Evidence] | None = None) -> IntentHit | None:
        """How sure this intent is. ``found`` is its keyword, pattern and example
        evidence when the engine has matched all intents at once
        (`intents.catalogue.Catalogue`)."""
        evidence = self.evidence(message) if found is None else self._outside_exclusions(message.text, list(found))
        evidence += self.signals(message, bool(evidence))
        if not evidence:  # the common case: nothing of this intent in the message
            return None
        hit = combine(self.name, evidence, self.missing(message))
        if hit is not None and self.soft:
            return _discount_unexplained(hit, message.text)
        return hit

    def _outside_exclusions(self, text: str, evidence: list[Evidence]) -> list[Evidence]:
        """The evidence an exclusion leaves: the rules found in clauses it does not touch
        (「有运费险吗 L码还有吗」 still asks for L); what was learned of the whole message stays
        only beside them."""
        if not evidence or not self.rules.excluded(text):
            return evidence
        barred = self.rules.barred(text)
        kept = [e for e in evidence if e.start >= 0 and not any(s < e.end and e.start < t for s, t in barred)]
        return [*kept, *(e for e in evidence if e.start < 0)] if kept else []

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        """Intent-specific evidence from entities (override where it helps)."""
        return []

    def refuses(self, text: str) -> bool:
        """Whether this intent's own rules say ``text`` is not of it (its ``exclude``): no
        follow-up of its last answer either."""
        return self.rules.excluded(text)

    def continues(self, asked: str, text: str) -> bool:
        """Whether ``text`` goes on with what this intent last answered (``asked``, its
        `Conversation.asked`) in the words `continued_by` names for it."""
        return any(asked.startswith(prefix) and self.rules.topic(text, *topics.split("|")) is not None
                   for prefix, topics in self.continued_by.items())

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """Evidence from what the shop states of the product in question (override where
        it helps): still pure, the product is data like the message."""
        return []

    def missing(self, message: Message) -> tuple[str, ...]:
        """What the question lacks to be answered in full (override where it helps)."""
        return ()

    def answer(self, question: Question) -> Answer:
        raise NotImplementedError
