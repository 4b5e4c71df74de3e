"""Stage 5: choose the intent(s) to answer and the mode, as Starlette's ``Router``
chooses a route: the matchers said how sure they are; the policy decides.

Rules, in order:
1. A buyer who is angry or asks for a person is handed off, whatever else they ask.
2. Greeting, thanks and chit-chat yield to a real question in the same message.
3. A short follow-up ("那L呢", "黑色的呢") with nothing of its own inherits the last
   question's intent; height/weight sent after the bot asked for them is sizing.
4. A second question in the same message (「有L码吗 包邮吗」) is answered too when it
   is sure on its own and rests on other words than the first.
5. Mode: auto at or above the shop's auto threshold, suggest between the two
   thresholds, handoff below (the engine does not guess).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from botcore.conversation import Conversation
from botcore.shop import Settings
from intents.base import Evidence, IntentHit, Message

__all__ = ["Decision", "Mode", "decide"]

Mode = Literal["auto", "suggest", "handoff"]

#: A second intent must be at least this sure to be answered in the same reply.
SECOND_INTENT_MIN = 0.75
#: A real question beats a greeting/thanks unless it is this much less sure.
SOFT_MARGIN = 0.2
#: Angry words hand off even when another intent scores higher.
HUMAN_OVERRIDE_MIN = 0.8
#: Intents whose question a short follow-up can continue.
# Which entities can continue which question: "M码呢" continues stock, not bargaining.
_CARRY_OVER: dict[str, tuple[str, ...]] = {
    "stock": ("sizes", "colours", "products"),
    "sizing": ("height", "weight", "sizes", "products"),
    "shipping": ("regions", "couriers"),
    "product": ("products", "colours"),
    "bargain": ("money", "quantity", "numbers"),  # "160可以吗" after bargaining is an offer
}
_FOLLOW_UP = re.compile(r"^(那|那么|还有|换成|要是).{0,10}$|^.{0,10}(呢|的话|怎么样)[?。!]*$")
_MAX_FOLLOW_UP = 14
_BARE_FOLLOW_UP = 6  # "M码", "黑色的": short enough to need no 那/呢


@dataclass(frozen=True)
class Decision:
    chosen: tuple[IntentHit, ...]
    mode: Mode
    reason: str
    ranked: tuple[IntentHit, ...] = ()  # every hit, best first (for suggestions and traces)
    rule: int | None = None  # the shop's keyword rule that answers instead of the intents

    @property
    def score(self) -> float:
        return self.chosen[0].score if self.chosen else 0.0

    @property
    def intents(self) -> tuple[str, ...]:
        return tuple(hit.intent for hit in self.chosen) or ("other",)


def _separate(hit: IntentHit, chosen: Sequence[IntentHit]) -> bool:
    """True when ``hit`` rests on words of its own, apart from every chosen intent."""
    span = hit.span()
    if span is None:
        return False
    for other in chosen:
        other_span = other.span()
        if other_span is not None and span[0] < other_span[1] and other_span[0] < span[1]:
            return False
    return True


def _context_hit(message: Message, conversation: Conversation) -> IntentHit | None:
    e = message.entities
    if conversation.awaiting == "measures" and (e.height is not None or e.weight is not None):
        return IntentHit("sizing", 0.9, (Evidence("context", "回答了身高体重", 0.9),))
    kinds = _CARRY_OVER.get(conversation.last_intent or "")
    if kinds is None or len(message.text) > _MAX_FOLLOW_UP:
        return None
    named = any(getattr(e, kind) not in (None, ()) for kind in kinds)
    if named and (_FOLLOW_UP.match(message.text) or len(message.text) <= _BARE_FOLLOW_UP):
        detail = f"接着上一句的{conversation.last_intent}问题"
        return IntentHit(conversation.last_intent, 0.8, (Evidence("context", detail, 0.8),))
    return None


def decide(
    hits: Sequence[IntentHit],
    message: Message,
    conversation: Conversation,
    settings: Settings,
    soft: frozenset[str],
    order: Sequence[str],
) -> Decision:
    """Pick the intents to answer and the mode. ``order`` breaks ties (earlier wins)."""
    rank = {name: i for i, name in enumerate(order)}
    ranked = sorted(hits, key=lambda h: (-h.score, rank.get(h.intent, len(rank))))
    strongest_real = max((h.score for h in ranked if h.intent not in soft), default=0.0)
    context = _context_hit(message, conversation)
    if context is not None and context.score > strongest_real:
        ranked = [context, *(h for h in ranked if h.intent != context.intent)]
        strongest_real = context.score
    strongest_soft = max((h.score for h in ranked if h.intent in soft), default=0.0)
    if strongest_real >= max(settings.suggest_threshold, strongest_soft - SOFT_MARGIN):
        ranked = [h for h in ranked if h.intent not in soft]
    if not ranked:
        return Decision((), "handoff", "没有任何规则或例句命中", tuple(ranked))
    human = next((h for h in ranked if h.intent == "human" and h.score >= HUMAN_OVERRIDE_MIN), None)
    if human is not None:
        return Decision((human,), "handoff", "买家要人工或情绪不满", tuple(ranked))
    primary = ranked[0]
    chosen = [primary]
    for hit in ranked[1:]:
        if len(chosen) == 3 or hit.score < SECOND_INTENT_MIN or hit.intent in soft:
            continue
        if _separate(hit, chosen):
            chosen.append(hit)
    if primary.score >= settings.auto_threshold:
        return Decision(tuple(chosen), "auto", f"把握 {primary.score:.2f} ≥ 自动回复门槛 {settings.auto_threshold}",
                        tuple(ranked))
    if primary.score >= settings.suggest_threshold:
        return Decision(tuple(chosen), "suggest", f"把握 {primary.score:.2f} 不到自动回复门槛,只给客服建议",
                        tuple(ranked))
    return Decision(tuple(chosen), "handoff", f"把握 {primary.score:.2f} 太低,交给人工", tuple(ranked))
