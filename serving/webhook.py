"""The webhook's work, apart from HTTP: one verified event in, its answer out.

A buyer message is read by the shop's engine at its latest revision, `dispatch` says
who answers, and the conversation's record is updated under the store's lock; agents'
messages, statuses and releases update the records they concern. It runs in worker
threads (the store and the engine block) and raises domain errors (`botcore.errors`),
which the HTTP edge maps to statuses. Each buyer message and agent message handled is
written to the conversation log (`serving.history`) after its record is saved; a replay is
not written again, and a store that fails then loses that entry, not the answer.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from botcore.errors import Busy, InputError, RateLimited, StateConflict, StateUnavailable
from botcore.shop.calendar import shop_time
from engine import Engine, Reply
from serving.dispatch import SEEN_STATUSES, Record, Verdict, agents_state, dispatch
from serving.events import AgentMessage, AgentStatus, BuyerMessage, Decision, QuickPhraseOffer, Release, Suggestion
from serving.history import Keeping, record_agent, record_buyer
from serving.live import LiveShops
from serving.logs import json_log, log
from serving.metrics import Metrics
from serving.privacy import mask
from serving.revisions import open_revisions
from serving.settings import ServerSettings, shop_entries
from serving.state import StateStore
from serving.unanswered import KEEP, UNANSWERED

__all__ = ["Service"]


class Service:
    """Everything the routes share: the shops, the state store, the clock, metrics."""

    def __init__(self, settings: ServerSettings, store: StateStore, clock: Callable[[], float]) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.metrics = Metrics()
        self.keeping = Keeping(settings.history_days, settings.history_keep)  # the conversation log's
        self.revisions = open_revisions(store)
        self.shops = LiveShops(shop_entries(settings), self.revisions, clock)

    def shop_now(self) -> dt.datetime:
        return shop_time(dt.datetime.fromtimestamp(self.clock(), dt.timezone.utc))

    def handle(self, shop_id: str, event: Any, request_id: str, signature: str = "") -> dict[str, Any]:
        """Process one verified event (runs in a worker thread: the store and engine block).
        An update another worker changed meanwhile is done again, a few times at most."""
        limit = self.settings.rate_per_shop
        if self.store.hit(shop_id, "shop", 60) > limit:
            raise RateLimited(f"more than {limit} requests a minute for this shop")
        for _ in range(_ATTEMPTS):
            try:
                return self._handle(shop_id, event, request_id, signature)
            except StateConflict:
                continue
        raise Busy("this conversation is being updated by another request; send it again")

    def _handle(self, shop_id: str, event: Any, request_id: str, signature: str) -> dict[str, Any]:
        """Each event is processed once: a replayed signed request (the same signature) or a
        retried ``message_id`` gets the answer the first one got, and changes nothing."""
        if isinstance(event, AgentStatus):
            with self.store.update(shop_id, "agents") as box:
                statuses = dict(box.value or {})
                applied = list(statuses.pop(SEEN_STATUSES, []))
                if signature not in applied:  # a replayed old "online" must not undo a newer "offline"
                    statuses[event.agent_id] = event.status
                    applied = [*applied, signature][-SEEN_IDS:] if signature else applied
                box.value = {**statuses, SEEN_STATUSES: applied}
            return {"ok": True, "agents": agents_state(statuses)}
        key = f"conv:{event.conversation_id}"
        if isinstance(event, Release | AgentMessage):
            answer = {"ok": True, "released": event.conversation_id} if isinstance(event, Release) else {"ok": True}
            with self.store.update(shop_id, key) as box:
                record = Record.from_dict(box.value)
                if signature and signature in record.seen:  # replayed: done already
                    return answer
                # a release gives the conversation back; an agent's message keeps the bot quiet a while
                handoff_at = None if isinstance(event, Release) else self.clock()
                seen = (*record.seen, signature)[-SEEN_IDS:] if signature else record.seen
                box.value = replace(record, handoff_at=handoff_at, seen=seen).to_dict()
            if isinstance(event, AgentMessage):
                self._remember(request_id, shop_id, lambda: record_agent(self.store, shop_id, self.keeping, event,
                                                                         self.clock()))
            return answer
        return self._buyer_message(shop_id, self.shops.current(shop_id).engine, event, request_id, signature)

    def _buyer_message(self, shop_id: str, engine: Engine, event: BuyerMessage, request_id: str,
                       signature: str) -> dict[str, Any]:
        if not event.text.strip():
            raise InputError("text is empty: send the buyer's message text", "empty_text")
        limit = self.settings.rate_per_conversation
        agents = agents_state(self.store.load(shop_id, "agents") or {})
        message_key = event.message_id or signature
        with self.store.update(shop_id, f"conv:{event.conversation_id}") as box:
            now = self.clock()  # read under the lock: messages of one conversation stay in order
            shop_now = self.shop_now()
            record = Record.from_dict(box.value)
            if message_key and message_key in record.seen:  # a replay or a platform's retry
                return record.answered(message_key) or _duplicate(event.conversation_id)
            recent = tuple(t for t in record.recent if now - t < 60)
            if len(recent) >= limit:  # raising here leaves the record as it was
                raise RateLimited(f"more than {limit} messages a minute in this conversation")
            started = time.perf_counter()
            reply = engine.reply(event.text, record.conversation, item_id=event.item_id, now=shop_now,
                                 alternatives=3)
            took = (time.perf_counter() - started) * 1000  # ms
            verdict = dispatch(reply, record, agents, engine.shop.autoreply, now, shop_now.date())
            answer = self._decision(reply, verdict, event).model_dump()
            seen = (*record.seen, message_key)[-SEEN_IDS:] if message_key else record.seen
            answers = (*record.answers, (message_key, answer))[-KEPT_ANSWERS:] if message_key else record.answers
            box.value = replace(verdict.record, recent=(*recent, now), seen=seen, answers=answers).to_dict()
        self._remember(request_id, shop_id, lambda: record_buyer(self.store, shop_id, self.keeping, event, answer,
                                                                 reply, now, took))
        logged = log.isEnabledFor(logging.INFO)
        masked = mask(event.text) if logged or reply.mode != "auto" else ""
        if reply.mode != "auto":  # the owner sees it among the unanswered questions (the bot was unsure)
            self.store.append(shop_id, UNANSWERED, {"text": masked, "at": now, "mode": reply.mode}, KEEP)
        self.metrics.decision(shop_id, answer["mode"], reply.intent)
        if logged:  # no masking for a line nobody will see
            json_log(logging.INFO, "decision", request_id=request_id, shop=shop_id,
                     conversation=event.conversation_id, buyer=mask(event.buyer_id), text=masked,
                     mode=answer["mode"], intents=answer["intents"], score=answer["score"], reason=answer["reason"])
        return answer

    @staticmethod
    def _remember(request_id: str, shop_id: str, write: Callable[[], object]) -> None:
        """Write to the conversation log. The event is done (its record saved, a retry would be
        answered as a replay and never logged), so a store failing now loses this entry, not the
        answer: the failure is logged and the answer goes out."""
        try:
            write()
        except StateUnavailable as e:
            json_log(logging.WARNING, "history not written", request_id=request_id, shop=shop_id, error=str(e))

    @staticmethod
    def _decision(reply: Reply, verdict: Verdict, event: BuyerMessage) -> Decision:
        return Decision(
            mode=verdict.mode,
            replies=[reply.text] if verdict.send else [],
            suggestions=[Suggestion(text=p.text, intent=p.intent, score=score, template_id=p.template_id)
                         for p, score in reply.alternatives],
            quick_phrases=[QuickPhraseOffer(title=title, text=text) for title, text in reply.quick_phrases]
            if verdict.mode != "auto" else [],
            intents=list(reply.intents), score=reply.score,
            template_ids=[p.template_id for p in reply.parts],
            actions=[dict(a) for a in reply.actions] + (
                [{"type": "flag", "reason": "handoff"}] if verdict.mode == "handoff" and not reply.actions else []),
            reason=verdict.reason, conversation_id=event.conversation_id,
        )


#: How often an update is tried when other workers keep changing the same record.
_ATTEMPTS = 5
#: How many message ids (or signatures) a conversation remembers to drop replays.
SEEN_IDS = 50
#: How many of the latest decisions a conversation keeps, to answer a retry as it was answered.
KEPT_ANSWERS = 10


def _duplicate(conversation_id: str) -> dict[str, Any]:
    return Decision(mode="silent", replies=[], suggestions=[], intents=[], score=0.0, template_ids=[],
                    actions=[], reason="这条消息已经处理过了(重发或重放)", conversation_id=conversation_id).model_dump()
