"""Conversation state: what the engine remembers between a buyer's messages.

Frozen: `Engine.reply` returns a new `Conversation` with each reply; callers store it
(in memory for the CLI, SQLite or Redis for the server) and pass it back next time.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from botcore.errors import InputError

__all__ = ["Conversation"]

#: How many recent wordings a conversation remembers, to avoid repeating them.
RECENT_WORDINGS = 6


@dataclass(frozen=True)
class Conversation:
    product_id: str | None = None
    height: float | None = None
    weight: float | None = None
    size: str | None = None
    colour: str | None = None
    last_intent: str | None = None
    awaiting: str | None = None  # e.g. "measures": the bot asked for height and weight
    bargain_round: int = 0
    greeted_on: dt.date | None = None
    handed_off: bool = False
    turns: int = 0
    recent_wordings: tuple[str, ...] = ()

    def update(self, changes: Mapping[str, Any]) -> Conversation:
        """A copy with ``changes`` applied; an unknown field is a programming error."""
        unknown = changes.keys() - _FIELDS
        if unknown:
            raise InputError(f"Conversation has no field(s) {sorted(unknown)}")
        return Conversation(**{**self.__dict__, **changes})  # dataclasses.replace, twice as fast

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types (a shallow copy: every field is a scalar or a tuple of str)."""
        data = {name: getattr(self, name) for name in _FIELD_ORDER}
        data["greeted_on"] = self.greeted_on.isoformat() if self.greeted_on else None
        data["recent_wordings"] = list(self.recent_wordings)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conversation:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        if values.get("greeted_on"):
            values["greeted_on"] = dt.date.fromisoformat(values["greeted_on"])
        values["recent_wordings"] = tuple(values.get("recent_wordings", ()))
        return cls(**values)


_FIELD_ORDER = tuple(f.name for f in dataclasses.fields(Conversation))
_FIELDS = frozenset(_FIELD_ORDER)
