"""returns: the return and exchange policy: no-reason days, shipping insurance, who
pays the return postage, where to send it, quality problems."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["Returns"]


class Returns(Intent):
    name = "returns"
    rank = 40
    cases = {
        "policy": ("days", "conditions"),
        "no_policy": (),
        "insurance": ("days",),
        "no_insurance": ("days",),
        "cost": ("days",),
        "cost_insured": ("days",),
        "address": ("address_note",),
        "address_unknown": (),
        "quality": (),
    }

    def answer(self, question: Question) -> Answer:
        policy = question.shop.returns
        facts = {"days": policy.no_reason_days, "conditions": policy.conditions,
                 "address_note": policy.address_note}
        topic = self.rules.topic(question.message.text, "quality", "address", "insurance", "cost")
        if topic == "quality":
            return Answer("quality", handoff=True, actions=({"type": "flag", "reason": "quality_issue"},))
        if topic == "address":
            if not policy.address_note:
                return Answer("address_unknown", handoff=True)
            return Answer("address", facts)
        if policy.no_reason_days == 0:
            return Answer("no_policy", handoff=True)
        if topic == "insurance":
            return Answer("insurance" if policy.shipping_insurance else "no_insurance", facts)
        if topic == "cost":
            return Answer("cost_insured" if policy.shipping_insurance else "cost", facts)
        return Answer("policy", facts)
