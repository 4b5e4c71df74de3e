"""What the engine gives back for one buyer message: the `Reply`, made of one `Part`
per intent answered, with everything a person needs to see why (`Reply.trace`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from botcore.conversation import Conversation
from botcore.stages.entities import Entities
from engine.mode import Mode
from intents import Evidence, IntentHit

__all__ = ["Part", "Reply"]


@dataclass(frozen=True)
class Part:
    """One intent's share of a reply: which case and wording, with the facts used."""

    intent: str
    case: str
    template_id: str
    text: str
    facts: Mapping[str, object]


@dataclass(frozen=True)
class Reply:
    """What the engine decided for one buyer message.

    ``text`` is what the buyer would see now: the answer in auto mode, a polite
    "let me check" in suggest and handoff modes. ``suggestion`` is the drafted
    answer for the agent on duty.

    Two conversations come back: ``conversation`` is what to remember when the reply
    is sent, ``heard`` what to remember when it is not (only what the buyer told us,
    see `botcore.conversation`). ``escalates``: the buyer asked for a person or is
    upset, so a person takes over even from agents on duty.
    """

    text: str
    mode: Mode
    intents: tuple[str, ...]
    score: float
    parts: tuple[Part, ...]
    suggestion: str
    evidence: tuple[Evidence, ...]
    candidates: tuple[IntentHit, ...]
    actions: tuple[Mapping[str, str], ...]
    reason: str
    normalised: str
    entities: Entities
    conversation: Conversation = field(repr=False)
    heard: Conversation = field(repr=False)
    escalates: bool = False
    alternatives: tuple[tuple[Part, float], ...] = ()
    quick_phrases: tuple[tuple[str, str], ...] = ()  # (title, text) for the agent, in suggest mode

    @property
    def intent(self) -> str:
        return self.intents[0]

    def trace(self) -> dict[str, Any]:
        """Everything a person needs to see why this reply was given."""
        return {
            "mode": self.mode,
            "intents": list(self.intents),
            "score": self.score,
            "reason": self.reason,
            "parts": [
                {"intent": p.intent, "case": p.case, "template": p.template_id,
                 "facts": {k: str(v) for k, v in p.facts.items()}}
                for p in self.parts
            ],
            "evidence": [str(e) for e in self.evidence],
            "candidates": [{"intent": h.intent, "score": h.score, "missing": list(h.missing)}
                           for h in self.candidates],
            "entities": dict(self.entities.names().items()),
            "actions": [dict(a) for a in self.actions],
            "quick_phrases": [{"title": title, "text": text} for title, text in self.quick_phrases],
            "normalised": self.normalised,
        }
