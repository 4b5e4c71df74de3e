"""logistics: after paying, where is the parcel. The engine has no tracking data, so it
promises to look and hands off to an agent, who does."""

from __future__ import annotations

import re

from botcore.conversation import AFTER_ORDER
from intents.base import Answer, Evidence, Intent, IntentHit, Message, Question

__all__ = ["Logistics"]


#: Conversation.asked once the buyer spoke of an order already placed: 「什么时候发」 next is of it.
_ORDER = "order"
#: When it arrives, asked: 「什么时候送到」「几号能到」.
_WHEN_ARRIVES = re.compile(r"(什么时候|啥时候|哪天|几号|多久)(能|可以|才)?(送到|到|送达|寄到)")
#: Words of an order already placed or a parcel on its way: 我的快递, 单号, 已经发了, 昨天拍的.
_PLACED = re.compile(r"我的|单号|包裹|已经|发了|发货了|买的|拍的|下的单|付了|付款了|物流|快递|订单|还没|怎么还|到哪")


class Logistics(Intent):
    name = "logistics"
    rank = 30
    cases = {"check": ()}
    continued_by = {_ORDER: "when_sent"}  # 「昨天买的还没发货」 … 「什么时候发」: that order, not 「今天能发」

    def match(self, message: Message, found: list[Evidence] | None = None) -> IntentHit | None:
        """As any intent's, but 「什么时候送到 上海」 with no order spoken of asks the days to a place
        before buying (shipping's), not where a parcel is."""
        if message.entities.regions and _WHEN_ARRIVES.search(message.text) and not _PLACED.search(message.text):
            return None
        return super().match(message, found)

    def answer(self, question: Question) -> Answer:
        # (a fault told before stays what the talk is of: 「死了三条」 … 「签收一个多小时了」 … 「是补发还是退款」)
        return Answer("check", {}, {"asked": _ORDER, "after_sale": question.conversation.after_sale or AFTER_ORDER},
                      handoff=True, actions=({"type": "flag", "reason": "logistics"},))
