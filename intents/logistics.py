"""logistics: after paying, where is the parcel. The engine has no tracking data, so it
promises to look and hands off to an agent, who does."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["Logistics"]


#: Conversation.asked once the buyer spoke of an order already placed: 「什么时候发」 next is of it.
_ORDER = "order"


class Logistics(Intent):
    name = "logistics"
    rank = 30
    cases = {"check": ()}
    continued_by = {_ORDER: "when_sent"}  # 「昨天买的还没发货」 … 「什么时候发」: that order, not 「今天能发」

    def answer(self, question: Question) -> Answer:
        return Answer("check", {}, {"asked": _ORDER}, handoff=True, actions=({"type": "flag", "reason": "logistics"},))
