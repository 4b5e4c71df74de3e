"""order_change: change the address, phone, colour or size, merge or cancel. The bot
cannot change an order itself: it notes the request in the order-note format
(name + content + date) and hands it to an agent."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["OrderChange"]


class OrderChange(Intent):
    name = "order_change"
    rank = 20
    cases = {"address": (), "change": ("request",), "merge": (), "cancel": (), "general": ()}

    def answer(self, question: Question) -> Answer:
        entities = question.message.entities
        topic = self.rules.topic(question.message.text, "address", "merge", "cancel", "change")
        wanted = [*entities.colours, *(f"{s}码" for s in entities.sizes)]
        if topic == "change" and wanted:
            request = "、".join(wanted)
            note = {
                "type": "order_note",
                "by": question.shop.shop.agent_nickname,
                "content": f"买家要求改{request}",
                "date": question.now.date().isoformat(),
            }
            return Answer("change", {"request": request}, handoff=True, actions=(note,))
        case = topic if topic in ("address", "merge", "cancel") else "general"
        return Answer(case, handoff=True, actions=({"type": "flag", "reason": f"order_change:{case}"},))
