"""human: the buyer asks for a person, complains or is angry. Always a hand-off."""

from __future__ import annotations

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
        return Answer("complaint" if complaint else "request", handoff=True, actions=(action,))
