"""invoice: whether the shop issues invoices, which kinds, and when. Asked for a kind
(专票, 纸质), the answer is about that kind: given only if the shop lists it."""

from __future__ import annotations

from botcore.text import join
from intents.base import Answer, Intent, Question

__all__ = ["Invoice"]


class Invoice(Intent):
    name = "invoice"
    rank = 50
    before_buying = True
    cases = {"available": ("kinds", "note"), "unavailable": (), "kind_yes": ("kind", "note"),
             "kind_no": ("kind", "kinds"), "after_order": ()}

    def answer(self, question: Question) -> Answer:
        invoice = question.shop.invoice
        if self.rules.topic(question.message.text, "after"):  # 「发票开错了」「税号发你」: a person does it
            return Answer("after_order", handoff=True, actions=({"type": "flag", "reason": "invoice"},))
        if not invoice.available:
            return Answer("unavailable")
        kinds = join(invoice.kinds)
        asked = self.rules.topic(question.message.text, *_KINDS)
        if asked is not None:
            word = _KINDS[asked]
            offered = next((kind for kind in invoice.kinds if word in kind), None)
            if offered is None:
                return Answer("kind_no", {"kind": _NAMES[asked], "kinds": kinds})
            return Answer("kind_yes", {"kind": offered, "note": invoice.note})
        return Answer("available", {"kinds": kinds, "note": invoice.note})


# a kind of invoice a buyer may ask for -> the word a shop's own kind holds, and its name
_KINDS = {"special": "专", "paper": "纸"}
_NAMES = {"special": "增值税专用发票(专票)", "paper": "纸质发票"}
