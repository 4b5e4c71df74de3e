"""The webhook server: a chat platform (or a shop's middleware) posts events, xiaoer
answers with a decision. ``xiaoer serve`` runs it on uvicorn.

    POST /webhook/{shop_id}   signed events: buyer_message, agent_message, agent_status, release
    /api/shops/{shop_id}/...  the admin API (bearer token per shop), see `admin.api`
    GET  /admin/              the shop owner's page
    GET  /healthz             liveness and the shops served
    GET  /metrics             Prometheus metrics
    GET  /docs                OpenAPI documentation

Each shop is served at its latest revision (`botcore.live`): an edit made through any
worker is answered by every worker from the next message on.

Every error is a JSON body ``{"error": {"code": ..., "message": ...}}`` with a 4xx
status; nothing a caller sends produces a 500.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import replace
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from admin import AdminPage, admin_router
from botcore.dispatch import Record, agents_state, dispatch
from botcore.engine import Engine, shop_time
from botcore.errors import StateConflict
from botcore.events import (
    AgentMessage,
    AgentStatus,
    BuyerMessage,
    Decision,
    Event,
    QuickPhraseOffer,
    Release,
    Suggestion,
)
from botcore.httpapi import ApiError, decode_json, error_response, read_body
from botcore.live import LiveShops
from botcore.metrics import Metrics
from botcore.privacy import mask
from botcore.revisions import open_revisions
from botcore.settings import ServerSettings, load_settings, shop_entries
from botcore.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from botcore.state import StateStore, open_store
from botcore.unanswered import KEEP, UNANSWERED

__all__ = ["ApiError", "create_app"]

log = logging.getLogger("xiaoer")
_EVENTS: TypeAdapter[Any] = TypeAdapter(Event)


def _json_log(level: int, message: str, **fields: Any) -> None:
    if log.isEnabledFor(level):
        record = {"ts": dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds"),
                  "level": logging.getLevelName(level).lower(), "msg": message, **fields}
        log.log(level, json.dumps(record, ensure_ascii=False, default=str))


class Service:
    """Everything the routes share: the shops, the state store, the clock, metrics."""

    def __init__(self, settings: ServerSettings, store: StateStore, clock: Callable[[], float]) -> None:
        self.settings = settings
        self.store = store
        self.clock = clock
        self.metrics = Metrics()
        self.revisions = open_revisions(store)
        self.shops = LiveShops(shop_entries(settings), self.revisions, clock)

    def shop_now(self) -> dt.datetime:
        return shop_time(dt.datetime.fromtimestamp(self.clock(), dt.timezone.utc))

    def handle(self, shop_id: str, event: Any, request_id: str, signature: str = "") -> dict[str, Any]:
        """Process one verified event (runs in a worker thread: the store and engine block).
        An update another worker changed meanwhile is done again, a few times at most."""
        limit = self.settings.rate_per_shop
        if self.store.hit(shop_id, "shop", 60) > limit:
            raise ApiError(429, "rate_limited", f"more than {limit} requests a minute for this shop")
        for _ in range(_ATTEMPTS):
            try:
                return self._handle(shop_id, event, request_id, signature)
            except StateConflict:
                continue
        raise ApiError(503, "busy", "this conversation is being updated by another request; send it again")

    def _handle(self, shop_id: str, event: Any, request_id: str, signature: str) -> dict[str, Any]:
        if isinstance(event, AgentStatus):
            with self.store.update(shop_id, "agents") as box:
                box.value = {**(box.value or {}), event.agent_id: event.status}
            return {"ok": True, "agents": agents_state(box.value)}
        key = f"conv:{event.conversation_id}"
        if isinstance(event, Release):
            with self.store.update(shop_id, key) as box:
                box.value = replace(Record.from_dict(box.value), handoff_at=None).to_dict()
            return {"ok": True, "released": event.conversation_id}
        if isinstance(event, AgentMessage):  # a person is answering: the bot keeps quiet for a while
            with self.store.update(shop_id, key) as box:
                box.value = replace(Record.from_dict(box.value), handoff_at=self.clock()).to_dict()
            return {"ok": True}
        return self._buyer_message(shop_id, self.shops.current(shop_id).draft.engine, event, request_id, signature)

    def _buyer_message(self, shop_id: str, engine: Engine, event: BuyerMessage, request_id: str,
                       signature: str) -> dict[str, Any]:
        if not event.text.strip():
            raise ApiError(422, "empty_text", "text is empty: send the buyer's message text")
        limit = self.settings.rate_per_conversation
        agents = agents_state(self.store.load(shop_id, "agents") or {})
        message_key = event.message_id or signature
        with self.store.update(shop_id, f"conv:{event.conversation_id}") as box:
            now = self.clock()  # read under the lock: messages of one conversation stay in order
            shop_now = self.shop_now()
            record = Record.from_dict(box.value)
            if message_key and message_key in record.seen:  # a replay or a platform's retry
                return _duplicate(event.conversation_id)
            recent = tuple(t for t in record.recent if now - t < 60)
            if len(recent) >= limit:  # raising here leaves the record as it was
                raise ApiError(429, "rate_limited", f"more than {limit} messages a minute in this conversation")
            reply = engine.reply(event.text, record.conversation, item_id=event.item_id, now=shop_now,
                                         alternatives=3)
            verdict = dispatch(reply, record, agents, engine.shop.autoreply, now, shop_now.date())
            seen = (*record.seen, message_key)[-_SEEN:] if message_key else record.seen
            box.value = replace(verdict.record, recent=(*recent, now), seen=seen).to_dict()
        decision = Decision(
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
        logged = log.isEnabledFor(logging.INFO)
        masked = mask(event.text) if logged or reply.mode != "auto" else ""
        if reply.mode != "auto":  # the owner sees it among the unanswered questions
            self.store.append(shop_id, UNANSWERED, {"text": masked, "at": now, "mode": reply.mode}, KEEP)
        self.metrics.decision(shop_id, decision.mode, reply.intent)
        if logged:  # no masking for a line nobody will see
            _json_log(logging.INFO, "decision", request_id=request_id, shop=shop_id,
                      conversation=event.conversation_id, buyer=mask(event.buyer_id), text=masked,
                      mode=decision.mode, intents=decision.intents, score=decision.score, reason=decision.reason)
        return decision.model_dump()


#: How often an update is tried when other workers keep changing the same record.
_ATTEMPTS = 5
#: How many message ids (or signatures) a conversation remembers to drop replays.
_SEEN = 50


def _duplicate(conversation_id: str) -> dict[str, Any]:
    return Decision(mode="silent", replies=[], suggestions=[], intents=[], score=0.0, template_ids=[],
                    actions=[], reason="这条消息已经处理过了(重发或重放)", conversation_id=conversation_id).model_dump()


def _parse_event(body: bytes) -> Any:
    data = decode_json(body)
    if not isinstance(data, dict):
        raise ApiError(422, "invalid_event", "the event must be a JSON object")
    if data.get("type") not in ("buyer_message", "agent_message", "agent_status", "release"):
        raise ApiError(422, "unknown_event",
                       f"unknown event type {data.get('type')!r}: use buyer_message, agent_message, "
                       "agent_status or release")
    try:
        return _EVENTS.validate_python(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"][1:]) or "event"
        code = "text_too_long" if first["type"] == "string_too_long" and where == "text" else "invalid_event"
        status = 413 if code == "text_too_long" else 422
        raise ApiError(status, code, f"{where}: {first['msg']}") from e


class RequestContext:
    """Pure ASGI middleware: a request id on every request and response, the latency
    metrics and one access-log line (much cheaper than ``@app.middleware("http")``)."""

    def __init__(self, app: Any, metrics: Metrics) -> None:
        self.app = app
        self.metrics = metrics

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        given = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")[:64]
        request_id = given or uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", request_id.encode("latin-1"))]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            elapsed = time.perf_counter() - started
            path = getattr(scope.get("route"), "path", "unmatched")
            self.metrics.request(path, status, elapsed)
            _json_log(logging.INFO, "request", request_id=request_id, method=scope["method"], path=path,
                      status=status, ms=round(elapsed * 1000, 2))


def create_app(settings: ServerSettings | None = None, *, clock: Callable[[], float] = time.time,
               store: StateStore | None = None) -> FastAPI:
    """The ASGI app (``uvicorn --factory server:create_app``)."""
    settings = settings or load_settings()
    if not log.handlers:  # each uvicorn worker is a fresh process: JSON lines to stderr
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        log.addHandler(handler)
        log.setLevel(settings.log_level.upper())
        log.propagate = False
    for shop_id, entry in shop_entries(settings).items():  # fail on a missing secret before touching state
        entry.resolved_secret(shop_id)
    store = store or open_store(settings.state, ttl=settings.state_ttl_hours * 3600)
    service = Service(settings, store, clock)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _json_log(logging.INFO, "started", shops=service.shops.ids(), state=settings.state.split("@")[-1],
                  pid=os.getpid())
        yield
        _json_log(logging.INFO, "stopped", pid=os.getpid())
        store.close()

    app = FastAPI(title="xiaoer 店小二 webhook", version="0.1.0", lifespan=lifespan)
    app.state.service = service

    app.add_middleware(RequestContext, metrics=service.metrics)

    @app.exception_handler(ApiError)
    async def api_error(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc.status, exc.code, exc.message, exc.problems)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"msg": "invalid request", "loc": ()}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(422, "invalid_request", f"{where}: {first.get('msg')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return error_response(exc.status_code, code, str(exc.detail))

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", "")
        _json_log(logging.ERROR, "unexpected error", request_id=request_id, error=repr(exc))
        return error_response(500, "internal_error", "something went wrong on our side; the request id is in the logs")

    @app.post("/webhook/{shop_id}", summary="Send one signed event",
              responses={200: {"model": Decision, "description": "the decision on a buyer message "
                                                                  "(other events answer {\"ok\": true})"}})
    async def webhook(shop_id: str, request: Request) -> JSONResponse:
        """Events: ``buyer_message`` (answered with a decision), ``agent_message``,
        ``agent_status`` and ``release``. Sign ``timestamp + "." + body`` with HMAC-SHA256
        and the shop's secret; send ``X-Xiaoer-Timestamp`` and ``X-Xiaoer-Signature: sha256=<hex>``."""
        if shop_id not in service.shops:
            raise ApiError(404, "unknown_shop", f"no shop {shop_id!r} is served here")
        body = await read_body(request, settings.max_body_bytes)
        problem = verify(service.shops.secrets[shop_id], request.headers.get(TIMESTAMP_HEADER),
                         request.headers.get(SIGNATURE_HEADER), body, clock(), settings.signature_window_seconds)
        if problem is not None:
            raise ApiError(401, "bad_signature", problem)
        event = _parse_event(body)
        result = await anyio.to_thread.run_sync(service.handle, shop_id, event, request.state.request_id,
                                                request.headers.get(SIGNATURE_HEADER, ""))
        return JSONResponse(result)  # plain JSON types already: no jsonable_encoder walk

    @app.get("/healthz", summary="Liveness")
    async def healthz() -> dict[str, Any]:
        return {"status": "ok", "shops": service.shops.ids()}

    @app.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics() -> Response:
        body, content_type = service.metrics.render()
        return Response(body, media_type=content_type)

    # after the webhook: routes are tried in order, and the admin API's thirty would
    # otherwise be tried on every buyer message first
    app.include_router(admin_router(service))
    app.mount("/admin", AdminPage(), name="admin")
    return app
