"""invoice: whether the shop issues invoices, which kinds, and when."""

from __future__ import annotations

from botcore.text import join
from intents.base import Answer, Intent, Question

__all__ = ["Invoice"]


class Invoice(Intent):
    name = "invoice"
    rank = 50
    cases = {"available": ("kinds", "note"), "unavailable": ()}

    def answer(self, question: Question) -> Answer:
        invoice = question.shop.invoice
        if not invoice.available:
            return Answer("unavailable")
        return Answer("available", {"kinds": join(invoice.kinds), "note": invoice.note})
