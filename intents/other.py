"""other: chit-chat, ads, anything out of scope. Honest about being a bot; anything
it cannot place goes to a human."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["Other"]


class Other(Intent):
    name = "other"
    rank = 140
    fallback = True
    soft = True
    cases = {"bot": (), "praise": (), "off_topic": (), "unknown": ()}

    def answer(self, question: Question) -> Answer:
        if self.rules.topic(question.message.text, "bot"):
            return Answer("bot")
        if self.rules.topic(question.message.text, "praise"):  # 「哈哈哈好可爱」: thanked, not handed on
            return Answer("praise")
        if self.evidence(question.message):
            return Answer("off_topic")
        return Answer("unknown", handoff=True)
