"""human: the buyer asks for a person, complains or is angry. Always a hand-off."""

from __future__ import annotations

from botcore.conversation import AFTER_FAULT
from intents.base import Answer, Intent, Question

__all__ = ["Human"]


class Human(Intent):
    name = "human"
    rank = 10
    escalates = True
    cases = {"request": (), "complaint": ()}

    def answer(self, question: Question) -> Answer:
        complaint = self.rules.topic(question.message.text, "complaint") is not None
        action = {"type": "flag", "reason": "complaint" if complaint else "asked_for_human"}
        # (a complaint is of goods or an order the buyer has: 「怎么办 能换新吗」 next is of it, for the person
        # called in, not the terms for no reason)
        remember: dict[str, object] = {"after_sale": AFTER_FAULT} \
            if complaint and question.conversation.after_sale is None else {}
        return Answer("complaint" if complaint else "request", remember=remember, handoff=True, actions=(action,))
