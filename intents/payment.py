"""payment: how to pay (Alipay, 花呗 instalments, cards, cash on delivery) and
price changes before paying (none on Tmall; an agent does it on Taobao)."""

from __future__ import annotations

from botcore.text import join
from intents.base import Answer, Intent, Question

__all__ = ["Payment"]


class Payment(Intent):
    name = "payment"
    rank = 60
    cases = {
        "huabei": ("instalments",),
        "huabei_no_instalments": (),
        "no_huabei": ("methods",),
        "credit_card": (),
        "no_credit_card": ("methods",),
        "cod": (),
        "no_cod": ("methods",),
        "price_change": (),
        "price_change_tmall": (),
        "failed": (),
        "methods": ("methods",),
    }

    def answer(self, question: Question) -> Answer:
        pay = question.shop.payment
        methods = join(
            name for name, ok in (("支付宝", pay.alipay), ("花呗", pay.huabei),
                                  ("信用卡", pay.credit_card), ("货到付款", pay.cash_on_delivery)) if ok
        )
        facts = {"methods": methods}
        topic = self.rules.topic(question.message.text, "failed", "price_change", "cod", "huabei", "credit_card")
        if topic == "failed":
            return Answer("failed", handoff=True)
        if topic == "price_change":
            if question.shop.tmall:
                return Answer("price_change_tmall")
            return Answer("price_change", handoff=True, actions=({"type": "flag", "reason": "price_change"},))
        if topic == "cod":
            return Answer("cod" if pay.cash_on_delivery else "no_cod", facts)
        if topic == "huabei":
            if not pay.huabei:
                return Answer("no_huabei", facts)
            if pay.instalments:
                return Answer("huabei", {"instalments": join(f"{n}期" for n in pay.instalments)})
            return Answer("huabei_no_instalments")
        if topic == "credit_card":
            return Answer("credit_card" if pay.credit_card else "no_credit_card", facts)
        return Answer("methods", facts)
