"""Who answers a buyer message: the bot, the agent on duty (with suggestions), or
nobody yet. Pure: the engine's reply, the conversation's record, the agents' status
and the shop's auto-reply settings in; a verdict and the new record out.

Rules, in order:
1. After a hand-off the bot is silent until an agent releases the conversation or
   ``handoff_silence_minutes`` pass.
2. A burst (messages within ``burst_seconds`` of each other) is answered once: a
   message that asks nothing new (same intents, no new size/colour/product ...) is
   silent.
3. The bot answers by itself when the shop says so: ``always``, or ``conditional`` with
   one of its ``when`` triggers (agents busy/away/offline, the buyer's first message of
   the day). Otherwise agents are on duty and get suggestions.
4. When the bot answers: a sure reply is sent (auto); an unsure one gets the polite
   "let me check" and a hand-off; a complaint or a request for a person is handed off.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from botcore.conversation import Conversation
from botcore.shop import AutoReply
from engine import Mode, Reply

__all__ = ["SEEN_STATUSES", "AgentState", "Record", "Verdict", "agents_state", "dispatch"]

AgentState = Literal["online", "busy", "away", "offline"]
_STATES: tuple[AgentState, ...] = ("online", "busy", "away", "offline")  # the most available first
_RANK: dict[str, int] = {state: rank for rank, state in enumerate(_STATES)}


@dataclass(frozen=True)
class Record:
    """What the server keeps per conversation, besides the engine's `Conversation`."""

    conversation: Conversation = field(default_factory=Conversation)
    handoff_at: float | None = None
    last_buyer_at: float | None = None
    last_day: str | None = None
    burst: tuple[str, ...] = ()  # what the current burst has already answered
    recent: tuple[float, ...] = ()  # buyer messages in the last minute (rate limit)
    seen: tuple[str, ...] = ()  # message ids / signatures already processed (replays, retries)
    # the decisions given to the latest buyer messages, by message id or signature: a retry gets the same
    answers: tuple[tuple[str, dict[str, Any]], ...] = ()

    def answered(self, key: str) -> dict[str, Any] | None:
        """The decision given to the buyer message with this id or signature, if still kept."""
        return next((decision for seen, decision in self.answers if seen == key), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "conversation": self.conversation.to_dict(), "handoff_at": self.handoff_at,
            "last_buyer_at": self.last_buyer_at, "last_day": self.last_day, "burst": list(self.burst),
            "recent": list(self.recent), "seen": list(self.seen),
            "answers": [[key, decision] for key, decision in self.answers],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any] | None) -> Record:
        if not data:
            return cls()
        return cls(
            conversation=Conversation.from_dict(data.get("conversation") or {}),
            handoff_at=data.get("handoff_at"), last_buyer_at=data.get("last_buyer_at"),
            last_day=data.get("last_day"), burst=tuple(data.get("burst") or ()),
            recent=tuple(data.get("recent") or ()), seen=tuple(data.get("seen") or ()),
            answers=tuple((str(key), decision) for key, decision in data.get("answers") or ()),
        )


@dataclass(frozen=True)
class Verdict:
    mode: Mode
    send: bool  # whether reply.text goes to the buyer
    reason: str
    record: Record


#: In the shop's record of agents' statuses, the signatures of the status events already
#: applied (no agent id can be this: ids are letters, digits and ``_.:@-``).
SEEN_STATUSES = "#seen"


def agents_state(statuses: dict[str, Any]) -> AgentState:
    """The shop's state is its most available agent's (no agent known: offline)."""
    values = [status for agent, status in statuses.items() if agent != SEEN_STATUSES]
    if not values:
        return "offline"
    best = min(values, key=lambda s: _RANK.get(s, 3))
    return next((state for state in _STATES if state == best), "offline")


def _signature(reply: Reply) -> tuple[str, ...]:
    """What a message asks: its intents and the things it names. Nothing for "??"."""
    if any(p.template_id.startswith("fallback.empty") for p in reply.parts):
        return ()
    e = reply.entities
    named = [*e.sizes, *e.colours, *e.products, *e.regions, *e.couriers]
    named += [f"{k}={v:g}" for k, v in (("h", e.height), ("w", e.weight)) if v is not None]
    return tuple(sorted({*reply.intents, *named}))


def dispatch(
    reply: Reply, record: Record, agents: AgentState, autoreply: AutoReply, now: float, today: dt.date,
) -> Verdict:
    first_today = record.last_day != today.isoformat()
    in_burst = record.last_buyer_at is not None and now - record.last_buyer_at <= autoreply.burst_seconds
    answered = set(record.burst) if in_burst else set()
    signature = _signature(reply)
    # until the bot's answer is sent, only what the buyer told us is kept: the bargaining
    # round, today's greeting and the wordings used move on with a sent answer alone
    record = dataclasses.replace(
        record, conversation=reply.heard, last_buyer_at=now, last_day=today.isoformat(),
        burst=tuple(sorted(answered | set(signature))),
    )
    if record.handoff_at is not None:
        if now - record.handoff_at < autoreply.handoff_silence_minutes * 60:
            return Verdict("silent", False, "已转人工,机器人先不回复", record)
        record = dataclasses.replace(record, handoff_at=None)
    if in_burst and set(signature) <= answered:
        return Verdict("silent", False, "连发的消息已经回复过了", record)
    bot_answers = autoreply.mode == "always" or (
        autoreply.mode == "conditional"
        and (agents in autoreply.when or (first_today and "first_of_day" in autoreply.when))
    )
    sent = dataclasses.replace(record, conversation=reply.conversation)
    if not signature:  # only emoji or punctuation: invite a question, hand nothing off
        if bot_answers:
            return Verdict("auto", True, "消息里没有文字,请买家直接说问题", sent)
        return Verdict("suggest", False, "消息里没有文字", record)
    if reply.mode == "handoff" and (bot_answers or reply.escalates):
        handed = dataclasses.replace(sent if bot_answers else record, handoff_at=now)
        return Verdict("handoff", bot_answers, reply.reason, handed)
    if not bot_answers:
        return Verdict("suggest", False, f"客服{_LABEL[agents]},只给建议回复", record)
    if reply.mode == "auto":
        return Verdict("auto", True, reply.reason, sent)
    return Verdict("handoff", True, reply.reason, dataclasses.replace(sent, handoff_at=now))


_LABEL = {"online": "在线", "busy": "忙碌", "away": "离开", "offline": "离线"}
