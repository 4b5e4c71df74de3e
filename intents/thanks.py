"""thanks: the buyer closes: thanks, ok, "I've ordered", "I'll think about it", or gives up
("算了不买了"), which a person hears of."""

from __future__ import annotations

import datetime as dt
import re

from botcore.shop.calendar import day_label, ship_date
from intents.base import Answer, Intent, Question
from intents.shipping import own_ship_time

__all__ = ["Thanks"]


#: 「算了」 said alone: after a refused haggle, the buyer gives up.
_NEVER_MIND = re.compile(r"^(那|那就|哎|唉)?算了(吧|啦|呗)?[啊呀哈~!。.…\s]*$")


class Thanks(Intent):
    name = "thanks"
    rank = 130
    soft = True
    cases = {"thanks": (), "ack": (), "bought": ("ship_day",), "bought_own": ("product", "ship_time"),
             "bought_price_cut": ("discount",), "thinking": (), "leaving": ()}
    holding = frozenset({"leaving"})  # (the apology and a person, whatever the confidence)

    def answer(self, question: Question) -> Answer:
        haggled = question.conversation.bargain_round > 0 and _NEVER_MIND.match(question.message.text) is not None
        if self.rules.topic(question.message.text, "leaving") or haggled:
            # 「算了不买了」, or 「算了」 after a price was refused: not a thanks; a person may keep them
            return Answer("leaving", handoff=True, actions=({"type": "flag", "reason": "buyer_leaving"},))
        topic = self.rules.topic(question.message.text, "bought", "thinking", "ack")
        if topic == "ack":  # 「好吧」 after news it did not want, 「好的」 after an answer: taken, not thanked for
            return Answer("ack")
        if topic == "bought" and question.conversation.price_cut:  # a price change promised: pay after it
            return Answer("bought_price_cut", {"discount": question.conversation.price_cut})
        if topic == "bought":
            today = question.now.date()
            presale = _presale_date(question)  # 「橙色42有吗」(预售) … 「拍了」: it leaves on its own date
            own = own_ship_time(question.product) if presale is None else None
            if own is not None:  # a sofa made or packed in its own time (现货付款后3天内发货): not 「今天发出」
                return Answer("bought_own", {"product": own[0], "ship_time": own[1]})
            day = presale or ship_date(question.now, question.shop.shipping)
            return Answer("bought", {"ship_day": day_label(day, today)})
        return Answer(topic or "thanks")


def _presale_date(question: Question) -> dt.date | None:
    """The pre-sale date of the variant talked about, when none of it is in stock and it can
    be ordered now (a restock with presale); None otherwise."""
    product = question.product
    if product is None:
        return None
    colour, size = question.remembered(product)
    colours = [colour] if colour else product.colours
    sizes = [size] if size else product.sizes
    if any(product.stock.get(c, {}).get(s, 0) > 0 for c in colours for s in sizes):
        return None
    restock = product.restock_of(colour, size, question.now.date())
    return restock.date if restock is not None and restock.presale else None
