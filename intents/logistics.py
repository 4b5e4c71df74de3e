"""logistics: after paying, where is the parcel. The engine has no tracking data, so it
promises to look and hands off to an agent, who does."""

from __future__ import annotations

from intents.base import Answer, Intent, Question

__all__ = ["Logistics"]


class Logistics(Intent):
    name = "logistics"
    rank = 30
    cases = {"check": ()}

    def answer(self, question: Question) -> Answer:
        return Answer("check", handoff=True, actions=({"type": "flag", "reason": "logistics"},))
