"""Conversation state: what the engine remembers between a buyer's messages.

Frozen: `Engine.reply` returns a new `Conversation` with each reply; callers store it
(in memory for the CLI, SQLite or Redis for the server) and pass it back next time.

Each field is one of two kinds, said once here where it is declared:

- *heard*: what the buyer's own message told us (the product, height, weight, size,
  colour, what was asked, how many turns). It is kept even when nobody answers.
- *said*: what follows from the bot's answer (the bargaining round, what the bot asked
  for, today's greeting, the hand-off, the wordings used). It moves on only when the
  answer is sent.

`hear` applies the heard part of a change; `update` applies all of it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from botcore.errors import InputError

__all__ = ["AFTER_FAULT", "AFTER_ORDER", "HEARD", "RECENT_WORDINGS", "Conversation"]

#: What `Conversation.after_sale` holds: a fault told of goods the buyer has, an order of theirs not yet come.
AFTER_FAULT = "fault"
AFTER_ORDER = "order"

#: How many recent wordings a conversation remembers, to avoid repeating them.
RECENT_WORDINGS = 6


# Every field says which kind it is (a field without it fails at import, below).
_HEARD = {"heard": True}
_SAID = {"heard": False}


@dataclass(frozen=True)
class Conversation:
    product_id: str | None = field(default=None, metadata=_HEARD)
    # the product page the buyer was on (the webhook's item_id): while it stays the same, a
    # product the buyer named since (「大衣有驼色吗」 on the dress's page) stays the one talked of
    page_id: str | None = field(default=None, metadata=_HEARD)
    height: float | None = field(default=None, metadata=_HEARD)
    weight: float | None = field(default=None, metadata=_HEARD)
    age: float | None = field(default=None, metadata=_HEARD)  # the child's age, in years (宝宝3岁半)
    foot: float | None = field(default=None, metadata=_HEARD)  # a foot length, in cm (脚长19)
    # girths told, in cm (腰围68臀围92): 「那L会不会大」 next is judged by them
    bust: float | None = field(default=None, metadata=_HEARD)
    underbust: float | None = field(default=None, metadata=_HEARD)  # a bra's band (下胸围73)
    waist: float | None = field(default=None, metadata=_HEARD)
    hip: float | None = field(default=None, metadata=_HEARD)
    # a wrist, a finger, a head told (手腕14cm, 指围52): 「那32的会不会太大」 next is judged by it
    wrist: float | None = field(default=None, metadata=_HEARD)
    finger: float | None = field(default=None, metadata=_HEARD)
    head: float | None = field(default=None, metadata=_HEARD)
    size: str | None = field(default=None, metadata=_HEARD)
    colour: str | None = field(default=None, metadata=_HEARD)
    region: str | None = field(default=None, metadata=_HEARD)  # where the buyer said the parcel goes (新疆)
    quantity: int | None = field(default=None, metadata=_HEARD)  # how many the buyer said they want (要10盒)
    # what the last reply answered, the first leading: a follow-up (「那XL呢」) continues one of them
    last_intents: tuple[str, ...] = field(default=(), metadata=_HEARD)
    # what the last question asked within its intent ("price", "facts:保质期"), for 「那500g的呢」
    asked: str | None = field(default=None, metadata=_HEARD)
    # ... and what each other intent of that reply asked within itself, as intent:asked ("shipping:fee" beside
    # the price of 「两个多少钱 包邮吗」): 「那三个呢」 next goes on with both (`asked_of`)
    asked_also: tuple[str, ...] = field(default=(), metadata=_HEARD)
    # what the buyer told of an order they already have, kept for the rest of the talk: AFTER_FAULT (it broke,
    # 轮子吱吱响: a later 「要寄回去吗」 is of that fault), AFTER_ORDER (not sent yet: a later 「什么时候发」 is of it)
    after_sale: str | None = field(default=None, metadata=_HEARD)
    awaiting: str | None = field(default=None, metadata=_SAID)  # "measures": the bot asked for height, weight
    bargain_round: int = field(default=0, metadata=_SAID)
    # the one promotion the last answer told (双十二满减): 「到几号」 next asks how long that one lasts
    promotion: str | None = field(default=None, metadata=_SAID)
    # the promotions whose whole terms a haggle was last told (双十二S3直降、买手表送表带): the next haggle names
    # them as said, not the same long terms again
    terms_told: str | None = field(default=None, metadata=_SAID)
    # the price change promised at the end of bargaining (「便宜10元」), said again when the buyer
    # orders: pay after the price is changed, not before
    price_cut: str | None = field(default=None, metadata=_SAID)
    greeted_on: dt.date | None = field(default=None, metadata=_SAID)
    handed_off: bool = field(default=False, metadata=_SAID)
    turns: int = field(default=0, metadata=_HEARD)
    recent_wordings: tuple[str, ...] = field(default=(), metadata=_SAID)

    def asked_of(self, intent: str) -> str | None:
        """What ``intent`` last asked within itself: `asked` where it led the last reply, else its
        entry in `asked_also` (None where it answered nothing there)."""
        if self.last_intents[:1] == (intent,):
            return self.asked
        return next((told for name, _, told in (a.partition(":") for a in self.asked_also) if name == intent), None)

    def update(self, changes: Mapping[str, Any]) -> Conversation:
        """A copy with ``changes`` applied; an unknown field is a programming error."""
        _known(changes)
        return Conversation(**{**self.__dict__, **changes})  # dataclasses.replace, twice as fast

    def hear(self, changes: Mapping[str, Any]) -> Conversation:
        """A copy with only the heard part of ``changes`` applied: what the buyer told us,
        kept when the bot's answer is not sent."""
        _known(changes)
        return Conversation(**{**self.__dict__, **{k: v for k, v in changes.items() if k in HEARD}})

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types (a shallow copy: every field is a scalar or a tuple of str)."""
        data = {name: getattr(self, name) for name in _FIELD_ORDER}
        data["greeted_on"] = self.greeted_on.isoformat() if self.greeted_on else None
        data["recent_wordings"] = list(self.recent_wordings)
        data["last_intents"] = list(self.last_intents)
        data["asked_also"] = list(self.asked_also)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Conversation:
        values = {k: v for k, v in data.items() if k in _FIELDS}
        if values.get("greeted_on"):
            values["greeted_on"] = dt.date.fromisoformat(values["greeted_on"])
        values["recent_wordings"] = tuple(values.get("recent_wordings", ()))
        values["asked_also"] = tuple(values.get("asked_also", ()))
        older = data.get("last_intent")  # stored before a reply remembered all its intents
        values["last_intents"] = tuple(values.get("last_intents") or ((older,) if isinstance(older, str) else ()))
        return cls(**values)


def _known(changes: Mapping[str, Any]) -> None:
    unknown = changes.keys() - _FIELDS
    if unknown:
        raise InputError(f"Conversation has no field(s) {sorted(unknown)}")


_FIELD_ORDER = tuple(f.name for f in dataclasses.fields(Conversation))
_FIELDS = frozenset(_FIELD_ORDER)
#: The fields a buyer's message sets by itself (see the module docstring).
HEARD = frozenset(f.name for f in dataclasses.fields(Conversation) if f.metadata["heard"])
