"""greeting: the buyer opens the chat. Welcome once a day (with the current
promotion), a short "I'm here" after that."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["Greeting"]


class Greeting(Intent):
    name = "greeting"
    rank = 120
    soft = True
    opener = True
    cases = {
        "welcome": (),
        "welcome_promotion": ("promotion_name", "promotion"),
        "again": (),
    }

    def answer(self, question: Question) -> Answer:
        today = question.now.date()
        if question.conversation.greeted_on == today:
            return Answer("again")
        promotion = question.shop.promotion(today)
        remember = {"greeted_on": today}
        if promotion is None:
            return Answer("welcome", remember=remember)
        facts = {"promotion_name": promotion.name, "promotion": promotion.description}
        return Answer("welcome_promotion", facts, remember)
