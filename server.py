"""The webhook server: a chat platform (or a shop's middleware) posts events, xiaoer
answers with a decision. ``xiaoer serve`` runs it on uvicorn.

    POST /webhook/{shop_id}   signed events: buyer_message, agent_message, agent_status, release
    /api/shops/{shop_id}/...  the admin API (bearer token per shop), see `admin.api`
    GET  /admin/              the shop owner's page
    GET  /healthz             liveness and how many shops are served (not which: no token is asked);
                              "degraded" while the state store cannot be reached
    GET  /readyz              503 while the state store cannot be reached (for load balancers)
    GET  /metrics             Prometheus metrics
    GET  /docs                OpenAPI documentation

Each shop is served at its latest revision (`serving.live`): an edit made through any
worker is answered by every worker from the next message on.

Every error is a JSON body ``{"error": {"code": ..., "message": ...}}`` with a 4xx
status; nothing a caller sends produces a 500.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import time
import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

import anyio
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import TypeAdapter, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import compile_path

from admin import AdminPage, admin_router
from botcore.errors import StateUnavailable, XiaoerError
from botcore.shop.shopfile import problem_text
from serving.events import Decision, Event
from serving.httpapi import ERRORS, ApiError, decode_json, error_response, problem, read_body
from serving.logs import json_log, log
from serving.metrics import Metrics
from serving.settings import ServerSettings, load_settings, shop_entries
from serving.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, verify
from serving.state import StateStore, open_store
from serving.webhook import Service

__all__ = ["ApiError", "create_app"]

_VERBS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})
_EVENTS: TypeAdapter[Any] = TypeAdapter(Event)


def _parse_event(body: bytes) -> Any:
    data = decode_json(body)
    if not isinstance(data, dict):
        raise ApiError(422, "invalid_event", "事件要写成一个 JSON 对象 / the event must be a JSON object")
    if data.get("type") not in ("buyer_message", "agent_message", "agent_status", "release"):
        raise ApiError(422, "unknown_event",
                       f"不认识的事件类型 {data.get('type')!r},可以用 buyer_message、agent_message、agent_status、"
                       f"release / unknown event type {data.get('type')!r}: use buyer_message, agent_message, "
                       "agent_status or release")
    try:
        return _EVENTS.validate_python(data)
    except ValidationError as e:
        first = e.errors()[0]
        where = ".".join(str(p) for p in first["loc"][1:]) or "event"
        code = "text_too_long" if first["type"] == "string_too_long" and where == "text" else "invalid_event"
        status = 413 if code == "text_too_long" else 422
        raise ApiError(status, code, f"{where}: {problem_text(first)} / {first['msg']}") from e


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
            json_log(logging.INFO, "request", request_id=request_id, method=scope["method"], path=path,
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
        json_log(logging.INFO, "started", shops=service.shops.ids(), state=settings.state.split("@")[-1],
                  pid=os.getpid())
        yield
        json_log(logging.INFO, "stopped", pid=os.getpid())
        store.close()

    app = FastAPI(title="xiaoer 店小二 webhook", version="0.1.0", lifespan=lifespan, responses=ERRORS)
    app.state.service = service

    app.add_middleware(RequestContext, metrics=service.metrics)

    @app.exception_handler(ApiError)
    @app.exception_handler(XiaoerError)
    async def refused(request: Request, exc: Exception) -> JSONResponse:
        """Every error a request is refused with, the edge's own and the domain's, answered alike."""
        answer = exc if isinstance(exc, ApiError) else problem(exc) if isinstance(exc, XiaoerError) else None
        if answer is None:  # a domain error no request should reach
            return await unexpected(request, exc)
        return error_response(answer.status, answer.code, answer.message, answer.problems, answer.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {"type": "value_error", "msg": "invalid request", "loc": ()}
        where = ".".join(str(p) for p in first.get("loc", ()))
        return error_response(422, "invalid_request", f"{where}: {problem_text(first)}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        headers = exc.headers
        if exc.status_code == 405:  # every documented method of the path, not only the first route's
            path = request.url.path
            methods = {method for pattern, verbs in documented_paths() if pattern.fullmatch(path) for method in verbs}
            headers = {"Allow": ", ".join(sorted(methods))}
        return error_response(exc.status_code, code, str(exc.detail), headers=headers)

    @functools.lru_cache(maxsize=1)
    def documented_paths() -> list[tuple[re.Pattern[str], set[str]]]:
        """Each path of the OpenAPI schema as a pattern, with its methods."""
        return [(compile_path(path)[0], {verb.upper() for verb in operations if verb in _VERBS})
                for path, operations in app.openapi()["paths"].items()]

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> JSONResponse:
        request_id = getattr(request.state, "request_id", "")
        json_log(logging.ERROR, "unexpected error", request_id=request_id, error=repr(exc))
        return error_response(500, "internal_error", "something went wrong on our side; the request id is in the logs")

    @app.post("/webhook/{shop_id}", summary="Send one signed event",
              responses={200: {"model": Decision, "description": "the decision on a buyer message "
                                                                  "(other events answer {\"ok\": true})"}})
    async def webhook(shop_id: str, request: Request) -> JSONResponse:
        """Events: ``buyer_message`` (answered with a decision), ``agent_message``,
        ``agent_status`` and ``release``. Sign ``timestamp + "." + body`` with HMAC-SHA256
        and the shop's secret; send ``X-Xiaoer-Timestamp`` and ``X-Xiaoer-Signature: sha256=<hex>``."""
        if shop_id not in service.shops:
            raise ApiError(404, "unknown_shop", f"这里没有店铺 {shop_id!r} / no shop {shop_id!r} is served here")
        body = await read_body(request, settings.max_body_bytes)
        forged = verify(service.shops.secrets[shop_id], request.headers.get(TIMESTAMP_HEADER),
                         request.headers.get(SIGNATURE_HEADER), body, clock(), settings.signature_window_seconds)
        if forged is not None:
            raise ApiError(401, "bad_signature", forged)
        event = _parse_event(body)
        result = await anyio.to_thread.run_sync(service.handle, shop_id, event, request.state.request_id,
                                                request.headers.get(SIGNATURE_HEADER, ""))
        return JSONResponse(result)  # plain JSON types already: no jsonable_encoder walk

    async def store_reachable() -> bool:
        try:
            await anyio.to_thread.run_sync(service.store.ping)
        except StateUnavailable:
            return False
        return True

    @app.get("/healthz", summary="Liveness, and whether the state store can be reached")
    async def healthz() -> dict[str, Any]:
        reachable = await store_reachable()
        return {"status": "ok" if reachable else "degraded", "shops": len(service.shops.ids()),
                "state": "ok" if reachable else "unavailable"}

    @app.get("/readyz", summary="Ready to answer: 503 while the state store cannot be reached")
    async def readyz() -> JSONResponse:
        if await store_reachable():
            return JSONResponse({"status": "ok"})
        return error_response(503, "state_unavailable", "the state store cannot be reached; retry shortly",
                              headers={"Retry-After": "1"})

    @app.get("/metrics", summary="Prometheus metrics", response_class=Response)
    async def metrics() -> Response:
        body, content_type = service.metrics.render()
        return Response(body, media_type=content_type)

    # after the webhook: routes are tried in order, and the admin API's thirty would
    # otherwise be tried on every buyer message first
    app.include_router(admin_router(service.shops, service.store, service.shop_now))
    app.mount("/admin", AdminPage(), name="admin")
    return app
