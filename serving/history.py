"""The conversation log: every buyer message the webhook handled and every agent message,
kept per shop in the state store (`StateStore.add_event`), and what the owner reads from
it: the conversations (filtered, paged), one conversation's events, and the dashboard's
figures (`stats`). Writing is `record_buyer` / `record_agent`; the rest is pure.

What is kept. A buyer event: when, the message id, the text, the platform's item id and
the product talked about, the decision (mode, replies, drafts, intents, score, reason,
wordings and cases used), the engine's trace and how long the engine took (ms). An agent
event: when, the agent, the text and how it compares with the drafts. Every text (the
buyer's, the agent's, replies, drafts, every string of the trace) goes through
`serving.privacy.mask` as the server's logs do (a text with nothing to mask is kept as it
was). An event is kept ``XIAOER_HISTORY_DAYS`` days (default 30) after it was written, and
a shop keeps at most ``XIAOER_HISTORY_KEEP`` events (default 50,000; the oldest go first).

Definitions (the README quotes them):

- *messages*: buyer messages handled (a replayed or retried message counts once), each
  with its decision's mode: *auto*, *suggest*, *handoff* or *silent*;
- *unanswered* = suggest + handoff; *auto_rate* = auto / messages; *handoff_rate* =
  handoff / messages;
- *drafts offered*: a buyer message whose decision carried drafts (suggestions) and was
  not *auto* (in auto mode the draft is the reply the bot already sent itself);
- *adoption*: the first agent message with text after a buyer message that offered drafts
  is compared with those drafts, both normalised (NFKC, lower case, only letters and digits
  kept: whitespace, punctuation and symbols such as ～ or emoji dropped). Equal to a draft:
  *adopted unchanged*; else rapidfuzz ``fuzz.ratio`` with the closest draft >= 60:
  *adopted edited*; else *replaced*. Every other agent message is *no_draft*;
- *adoption_rate* = (unchanged + edited) / (unchanged + edited + replaced);
- rates are in 0..1 (4 places), null when the denominator is 0. Days and hours are the
  shop's (Beijing) time; an event counts on the day and hour it happened (an agent's
  answer when the agent sent it).
"""

from __future__ import annotations

import datetime as dt
import gc
import json
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from typing import Any, ClassVar, Literal

from rapidfuzz import fuzz

from botcore.errors import NotFound
from engine import Reply
from serving.events import AgentMessage, BuyerMessage
from serving.privacy import mask, may_hold
from serving.state import StateStore

__all__ = [
    "HISTORY",
    "MODES",
    "AgentEvent",
    "BuyerEvent",
    "Draft",
    "Event",
    "Filters",
    "Keeping",
    "adoption",
    "conversation",
    "conversations",
    "load",
    "record_agent",
    "record_buyer",
    "since",
    "stats",
]

#: The state store's event log of the conversations.
HISTORY = "history"
#: The modes of a decision, in the order the figures list them.
MODES = ("auto", "suggest", "handoff", "silent")
#: An agent's text at least this similar (fuzz.ratio, 0-100) to a draft adopted it, edited.
EDITED = 60.0
#: How many of a conversation's latest events an agent message looks back through for its drafts.
LOOK_BACK = 10
#: How many top questions and slowest replies the figures list.
TOP = 10

Adoption = Literal["unchanged", "edited", "replaced", "no_draft"]


@dataclass(frozen=True)
class Keeping:
    """How long events are kept (days) and how many a shop keeps at most."""

    days: float = 30
    keep: int = 50_000

    @property
    def ttl(self) -> float:
        return self.days * 86_400


@dataclass(frozen=True)
class Draft:
    text: str
    intent: str
    score: float


@dataclass(frozen=True)
class BuyerEvent:
    kind: ClassVar[str] = "buyer"

    conversation_id: str
    at: float
    text: str
    mode: str
    message_id: str | None = None
    item_id: str | None = None
    product: str | None = None
    replies: tuple[str, ...] = ()
    drafts: tuple[Draft, ...] = ()
    intents: tuple[str, ...] = ()
    score: float = 0.0
    reason: str = ""
    template_ids: tuple[str, ...] = ()
    cases: tuple[str, ...] = ()
    # the trace as JSON text, parsed only when one conversation is shown: a month of events
    # is read for the figures, and parsing every trace made that four times slower
    trace_json: str = "{}"
    ms: float = 0.0

    @cached_property
    def trace(self) -> Mapping[str, Any]:
        parsed: Mapping[str, Any] = json.loads(self.trace_json)
        return parsed

    @property
    def offered(self) -> bool:
        """Whether drafts were offered to an agent (see the module's definitions)."""
        return self.mode != "auto" and bool(self.drafts)

    def to_dict(self) -> dict[str, Any]:
        """The event as the admin API gives it."""
        return self._fields(dict(self.trace))

    def stored(self) -> dict[str, Any]:
        """The event as the store keeps it: its trace as JSON text."""
        return self._fields(self.trace_json)

    def _fields(self, trace: object) -> dict[str, Any]:
        return {
            "kind": self.kind, "at": self.at, "message_id": self.message_id, "text": self.text,
            "item_id": self.item_id, "product": self.product, "mode": self.mode, "replies": list(self.replies),
            "drafts": [{"text": d.text, "intent": d.intent, "score": d.score} for d in self.drafts],
            "intents": list(self.intents), "score": self.score, "reason": self.reason,
            "template_ids": list(self.template_ids), "cases": list(self.cases), "trace": trace, "ms": self.ms,
        }


@dataclass(frozen=True)
class AgentEvent:
    kind: ClassVar[str] = "agent"

    conversation_id: str
    at: float
    agent_id: str
    text: str
    adopted: Adoption = "no_draft"
    draft: str | None = None  # the draft the text was compared with

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "at": self.at, "agent_id": self.agent_id, "text": self.text,
                "adopted": self.adopted, "draft": self.draft}

    def stored(self) -> dict[str, Any]:
        return self.to_dict()


Event = BuyerEvent | AgentEvent


def _event(data: Mapping[str, Any]) -> Event:
    """An event as stored (`stored` and its conversation id; a trace stored as a table is read too)."""
    if data.get("kind") == "agent":
        adopted = data.get("adopted")
        return AgentEvent(data["conversation_id"], data["at"], data.get("agent_id", ""), data.get("text", ""),
                          adopted if adopted in ("unchanged", "edited", "replaced") else "no_draft", data.get("draft"))
    return BuyerEvent(
        data["conversation_id"], data["at"], data.get("text", ""), data.get("mode", "silent"),
        message_id=data.get("message_id"), item_id=data.get("item_id"), product=data.get("product"),
        replies=tuple(data.get("replies") or ()),
        drafts=tuple(Draft(d["text"], d["intent"], d["score"]) for d in data.get("drafts") or ()),
        intents=tuple(data.get("intents") or ()), score=data.get("score", 0.0), reason=data.get("reason", ""),
        template_ids=tuple(data.get("template_ids") or ()), cases=tuple(data.get("cases") or ()),
        trace_json=_as_json(data.get("trace") or "{}"),
        ms=data.get("ms", 0.0),
    )


def _as_json(trace: object) -> str:
    return trace if isinstance(trace, str) else json.dumps(trace, ensure_ascii=False)


# --------------------------------------------------------------------------- writing


def _private(text: str) -> str:
    """``text`` masked; as it was when there is nothing to mask (mask also unifies the full-width
    forms, which would change the shop's own punctuation in replies and drafts)."""
    if not may_hold(text):  # most texts: no digit, no @, no address word
        return text
    masked = mask(text)
    return text if masked == unicodedata.normalize("NFKC", text) else masked


def _masked(value: Any) -> Any:
    """Every string inside ``value`` (the trace: dicts, lists, scalars) masked, and every number
    that reads as personal data (a phone number read as a number) replaced by its masked text."""
    if isinstance(value, str):
        return _private(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        if -1e6 < value < 1e6:  # a score, a size, a price: too short to be a phone or ID number
            return value
        shown = str(int(value)) if float(value).is_integer() else str(value)
        masked = mask(shown)
        return value if masked == shown else masked
    if isinstance(value, Mapping):
        return {key: _masked(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked(item) for item in value]
    return value


def _write(store: StateStore, shop_id: str, keeping: Keeping, event: Event) -> None:
    store.add_event(shop_id, HISTORY, event.conversation_id, event.at,
                    {"conversation_id": event.conversation_id, **event.stored()}, keeping.keep, keeping.ttl)


def record_buyer(store: StateStore, shop_id: str, keeping: Keeping, message: BuyerMessage,
                 answer: Mapping[str, Any], reply: Reply, at: float, ms: float) -> BuyerEvent:
    """Log a buyer message and its decision (``answer``, a `Decision` as a dict); ``ms``: the engine's time."""
    event = BuyerEvent(
        message.conversation_id, at, _private(message.text), answer["mode"], message_id=message.message_id,
        item_id=message.item_id, product=reply.heard.product_id,
        replies=tuple(_private(text) for text in answer["replies"]),
        drafts=tuple(Draft(_private(s["text"]), s["intent"], s["score"]) for s in answer["suggestions"]),
        intents=tuple(answer["intents"]), score=answer["score"], reason=_private(answer["reason"]),
        template_ids=tuple(answer["template_ids"]), cases=tuple(f"{p.intent}.{p.case}" for p in reply.parts),
        trace_json=json.dumps(_masked(reply.trace()), ensure_ascii=False), ms=round(ms, 2),
    )
    _write(store, shop_id, keeping, event)
    return event


def record_agent(store: StateStore, shop_id: str, keeping: Keeping, message: AgentMessage, at: float) -> AgentEvent:
    """Log an agent's message, compared with the drafts it may answer (see `adoption`)."""
    text = _private(message.text)
    drafts: tuple[str, ...] = ()
    if text.strip():
        latest = store.events(shop_id, HISTORY, 0.0, message.conversation_id, limit=LOOK_BACK)
        drafts = _awaiting([_event(data) for data in latest])
    adopted, draft = adoption(text, drafts)
    event = AgentEvent(message.conversation_id, at, message.agent_id, text, adopted, draft)
    _write(store, shop_id, keeping, event)
    return event


def _awaiting(events: Sequence[Event]) -> tuple[str, ...]:
    """The drafts an agent's next message answers: those of the latest buyer message, when it
    offered some and no agent has written since (a message without text does not count)."""
    for event in reversed(events):
        if isinstance(event, BuyerEvent):
            return tuple(d.text for d in event.drafts) if event.offered else ()
        if event.text.strip():
            return ()
    return ()


def _normalised(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if unicodedata.category(ch)[0] in "LNM")


def adoption(text: str, drafts: Sequence[str]) -> tuple[Adoption, str | None]:
    """How an agent's ``text`` compares with the ``drafts`` offered, and the draft compared with."""
    if not drafts:
        return "no_draft", None
    said = _normalised(text)
    forms = [_normalised(draft) for draft in drafts]
    for draft, form in zip(drafts, forms, strict=True):
        if form == said:
            return "unchanged", draft
    scores = [fuzz.ratio(said, form) for form in forms]
    best = max(range(len(drafts)), key=scores.__getitem__)
    return ("edited" if scores[best] >= EDITED else "replaced"), drafts[best]


# --------------------------------------------------------------------------- reading


def load(store: StateStore, shop_id: str, start: float, conversation_id: str | None = None) -> list[Event]:
    """The events kept since ``start`` (all of one conversation's when given), oldest first.
    A month of a busy shop is tens of thousands of small objects made at once, which sets off
    the cyclic garbage collector again and again (half the time of reading them): it waits
    until they are read. They hold no cycles."""
    with _collector_paused():
        return [_event(data) for data in store.events(shop_id, HISTORY, start, conversation_id)]


@contextmanager
def _collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def since(days: int, today: dt.date, tz: dt.tzinfo) -> float:
    """When the last ``days`` days (today included) began, in the shop's time zone."""
    return dt.datetime.combine(today - dt.timedelta(days=days - 1), dt.time(), tz).timestamp()


@dataclass(frozen=True)
class Filters:
    """What a listed conversation's buyer message must match (None: anything)."""

    mode: str | None = None
    intent: str | None = None
    product: str | None = None  # the product talked about or the platform's item id
    replaced: bool = False  # the agent replied with something other than the drafts
    q: str | None = None  # in the buyer's text or the bot's replies


def _folded(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold()


def _matches(event: BuyerEvent, answer: AgentEvent | None, filters: Filters) -> bool:
    query = _folded(filters.q) if filters.q else None
    return ((filters.mode is None or event.mode == filters.mode)
            and (filters.intent is None or filters.intent in event.intents)
            and (filters.product is None or filters.product in (event.product, event.item_id))
            and (not filters.replaced or (answer is not None and answer.adopted == "replaced"))
            and (query is None or any(query in _folded(text) for text in (event.text, *event.replies))))


def _answers(events: Sequence[Event]) -> dict[int, AgentEvent]:
    """The agent message compared with each buyer message's drafts, by the buyer message's index."""
    answers: dict[int, AgentEvent] = {}
    latest: int | None = None
    for index, event in enumerate(events):
        if isinstance(event, BuyerEvent):
            latest = index
        elif event.adopted != "no_draft" and latest is not None:
            answers.setdefault(latest, event)
    return answers


def _by_conversation(events: Iterable[Event]) -> dict[str, list[Event]]:
    grouped: dict[str, list[Event]] = {}
    for event in events:
        grouped.setdefault(event.conversation_id, []).append(event)
    return grouped


def conversations(events: Sequence[Event], filters: Filters, page: int = 1, size: int = 20) -> dict[str, Any]:
    """The conversations with a buyer message matching every filter, newest first, one page."""
    rows: list[dict[str, Any]] = []
    for conversation_id, items in _by_conversation(events).items():
        answers = _answers(items)
        if not any(_matches(e, answers.get(i), filters) for i, e in enumerate(items) if isinstance(e, BuyerEvent)):
            continue
        buyers = [e for e in items if isinstance(e, BuyerEvent)]
        modes = Counter(e.mode for e in buyers)
        rows.append({
            "conversation_id": conversation_id, "first_at": min(e.at for e in items),
            "last_at": max(e.at for e in items), "messages": len(buyers),
            "modes": {mode: modes[mode] for mode in MODES if modes[mode]},
            "intents": list(dict.fromkeys(intent for e in buyers for intent in e.intents)),
            "products": list(dict.fromkeys(e.product for e in buyers if e.product)),
            "last_text": buyers[-1].text,
            "replaced": any(isinstance(e, AgentEvent) and e.adopted == "replaced" for e in items),
            "handoff": modes["handoff"] > 0,
        })
    rows.sort(key=lambda row: (-row["last_at"], row["conversation_id"]))
    start = (page - 1) * size
    return {"total": len(rows), "page": page, "size": size, "conversations": rows[start:start + size]}


def conversation(events: Sequence[Event], conversation_id: str) -> dict[str, Any]:
    """One conversation's events, oldest first; `NotFound` when none is kept."""
    kept = [e.to_dict() for e in events if e.conversation_id == conversation_id]
    if not kept:
        raise NotFound(f"没有找到对话「{conversation_id}」的记录:请检查对话号;对话记录只保留最近一段时间,"
                       "更早的已经删掉了", "unknown_conversation")
    return {"conversation_id": conversation_id, "events": kept}


_COUNTS = ("messages", *MODES, "drafts_offered", "adopted_unchanged", "adopted_edited", "replaced")
_ADOPTED = {"unchanged": "adopted_unchanged", "edited": "adopted_edited", "replaced": "replaced"}


def _figures(counts: Counter[str]) -> dict[str, Any]:
    def rate(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    figures: dict[str, Any] = {name: counts[name] for name in _COUNTS}
    figures["unanswered"] = counts["suggest"] + counts["handoff"]
    adopted = counts["adopted_unchanged"] + counts["adopted_edited"]
    figures["auto_rate"] = rate(counts["auto"], counts["messages"])
    figures["adoption_rate"] = rate(adopted, adopted + counts["replaced"])
    figures["handoff_rate"] = rate(counts["handoff"], counts["messages"])
    return figures


def _counted(event: Event) -> list[str]:
    """The counts one event adds to."""
    if isinstance(event, AgentEvent):
        return [_ADOPTED[event.adopted]] if event.adopted in _ADOPTED else []
    return ["messages", event.mode, *(["drafts_offered"] if event.offered else [])]


def stats(events: Iterable[Event], days: int, today: dt.date, tz: dt.tzinfo) -> dict[str, Any]:
    """The dashboard's figures over the ``days`` days up to ``today`` (the shop's dates in ``tz``)."""
    first = today - dt.timedelta(days=days - 1)
    dates = [first + dt.timedelta(days=n) for n in range(days)]
    totals: Counter[str] = Counter()
    by_day: dict[dt.date, Counter[str]] = {date: Counter() for date in dates}
    by_hour: list[Counter[str]] = [Counter() for _ in range(24)]
    questions: dict[str, list[BuyerEvent]] = {}
    intents: Counter[str] = Counter()
    asked: list[BuyerEvent] = []
    for event in events:
        moment = dt.datetime.fromtimestamp(event.at, tz)
        if moment.date() not in by_day:
            continue
        for name in _counted(event):
            totals[name] += 1
            by_day[moment.date()][name] += 1
            by_hour[moment.hour][name] += 1
        if isinstance(event, BuyerEvent):
            asked.append(event)
            questions.setdefault(_normalised(event.text) or event.text, []).append(event)
            intents.update(event.intents)
    top = sorted(questions.values(), key=lambda same: (-len(same), -max(e.at for e in same)))[:TOP]
    slowest = sorted(asked, key=lambda e: (-e.ms, -e.at))[:TOP]
    return {
        "days": days, "from": first.isoformat(), "to": today.isoformat(), "totals": _figures(totals),
        "by_day": [{"date": date.isoformat(), **_figures(by_day[date])} for date in dates],
        "by_hour": [{"hour": hour, **_figures(counts)} for hour, counts in enumerate(by_hour)],
        "top_questions": [{"text": max(same, key=lambda e: e.at).text, "count": len(same),
                           "intent": Counter(e.intents[0] if e.intents else "other" for e in same).most_common(1)[0][0]}
                          for same in top],
        "top_intents": [{"intent": name, "count": count}
                        for name, count in sorted(intents.items(), key=lambda item: (-item[1], item[0]))],
        "slowest": [{"conversation_id": e.conversation_id, "text": e.text, "ms": e.ms, "at": e.at} for e in slowest],
    }
