"""thanks: the buyer closes: thanks, ok, "I've ordered", "I'll think about it", or gives up
("算了不买了"), which a person hears of."""

from __future__ import annotations

from botcore.shop.calendar import day_label, ship_date
from intents.base import Answer, Intent, Question

__all__ = ["Thanks"]


class Thanks(Intent):
    name = "thanks"
    rank = 130
    soft = True
    cases = {"thanks": (), "bought": ("ship_day",), "bought_price_cut": ("discount",), "thinking": (), "leaving": ()}

    def answer(self, question: Question) -> Answer:
        if self.rules.topic(question.message.text, "leaving"):  # 「算了不买了」: not a thanks; a person may keep them
            return Answer("leaving", handoff=True, actions=({"type": "flag", "reason": "buyer_leaving"},))
        topic = self.rules.topic(question.message.text, "bought", "thinking")
        if topic == "bought" and question.conversation.price_cut:  # a price change promised: pay after it
            return Answer("bought_price_cut", {"discount": question.conversation.price_cut})
        if topic == "bought":
            day = ship_date(question.now, question.shop.shipping)
            return Answer("bought", {"ship_day": day_label(day, question.now.date())})
        return Answer(topic or "thanks")
