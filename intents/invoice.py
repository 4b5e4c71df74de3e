"""invoice: whether the shop issues invoices, which kinds, and when. Asked for a kind
(专票, 纸质), the answer is about that kind: given only if the shop lists it."""

from __future__ import annotations

from botcore.text import join
from intents.base import Answer, Intent, Question

__all__ = ["Invoice"]

_ASKED = "invoice"  # Conversation.asked after an invoice answer


class Invoice(Intent):
    name = "invoice"
    rank = 50
    before_buying = True
    cases = {"available": ("kinds", "note"), "unavailable": (), "unavailable_note": ("note",),
             "kind_yes": ("kind", "note"), "kind_no": ("kind", "kinds"), "after_order": ()}
    # 「个人的」「电子的还是纸质的」「专票呢」 right after an invoice answer go on with it
    continued_by = {_ASKED: "follow"}

    def answer(self, question: Question) -> Answer:
        invoice = question.shop.invoice
        if self.rules.topic(question.message.text, "after"):  # 「发票开错了」「税号发你」: a person does it
            return Answer("after_order", handoff=True, actions=({"type": "flag", "reason": "invoice"},))
        said = {"asked": _ASKED}
        if not invoice.available:  # what the shop gives instead, where it says (订单截图作为购买凭证)
            return Answer("unavailable_note", {"note": invoice.note}, said) if invoice.note \
                else Answer("unavailable", remember=said)
        kinds = join(invoice.kinds)
        asked = [kind for kind in _KINDS if self.rules.topic(question.message.text, kind) is not None]
        if len(asked) == 1:  # (「电子的还是纸质的」 asks which there are: all of them)
            word = _KINDS[asked[0]]
            offered = next((kind for kind in invoice.kinds if word in kind), None)
            if offered is None:
                return Answer("kind_no", {"kind": _NAMES[asked[0]], "kinds": kinds}, said)
            return Answer("kind_yes", {"kind": offered, "note": invoice.note}, said)
        return Answer("available", {"kinds": kinds, "note": invoice.note}, said)


# a kind of invoice a buyer may ask for -> the word a shop's own kind holds, and its name
_KINDS = {"special": "专", "paper": "纸", "electronic": "电子"}
_NAMES = {"special": "增值税专用发票(专票)", "paper": "纸质发票", "electronic": "电子发票"}
