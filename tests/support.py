"""Small assertions shared by the intent tests, a client for the admin API, and an app
served in-process with both of its doors (`Served`)."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import pytest
from fastapi.testclient import TestClient
from servers import SECRET, Clock, Webhook

from engine import Engine, Part, Reply
from server import create_app
from serving.settings import ServerSettings

S = TypeVar("S", bound="Served")


def part_of(reply: Reply, intent: str) -> Part:
    """The part of a reply that answers ``intent``; fails with the whole trace when none."""
    for part in reply.parts:
        if part.intent == intent:
            return part
    pytest.fail(f"no {intent} answer in the reply: {reply.trace()}")


def last_reply(engine: Engine, turns: Sequence[str], item_id: str, now: dt.datetime) -> Reply:
    """The reply to the last of ``turns``, said one after another in one conversation on ``item_id``'s page."""
    conversation = None
    for text in turns:
        reply = engine.reply(text, conversation, item_id=item_id, now=now)
        conversation = reply.conversation
    return reply


def assert_says(reply: Reply, *fragments: str) -> None:
    """The answer holds every fragment: the reply sent in auto mode, else the draft the agent
    on duty gets (how often the bot is sure enough to send by itself is measured over the
    whole question set, in test_evaluate.py)."""
    answer = reply.text if reply.mode == "auto" else reply.suggestion
    missing = [f for f in fragments if f not in answer]
    assert not missing, f"{missing} not in {answer!r}: {reply.trace()}"


# --------------------------------------------------------------------------- the admin API

#: The admin token the admin API tests give the example shop (XIAOER_ADMIN_TOKEN).
ADMIN_TOKEN = "admin-token-0123456789abcdef"


def admin_error(response: Any, status: int) -> dict[str, Any]:
    """The ``{"code", "message"[, "problems"]}`` of an admin API error with this status."""
    assert response.status_code == status, f"{response.status_code} instead of {status}: {response.text[:2000]}"
    body = response.json()
    assert set(body) == {"error"}, body
    assert {"code", "message"} <= set(body["error"]) <= {"code", "message", "problems"}, body
    return body["error"]


class AdminClient:
    """One shop's admin API (``/api/shops/{shop_id}``) through a ``TestClient`` or an
    ``httpx.Client`` (same API). ``edit`` sends the ETag last read as If-Match (reading
    the shop first when there is none), expects 200 and keeps the new ETag."""

    def __init__(self, client: Any, shop_id: str = "example", token: str = ADMIN_TOKEN,
                 editor: str | None = None) -> None:
        self.client = client
        self.shop_id = shop_id
        self.token = token
        self.editor = editor
        self.etag: str | None = None

    def request(self, method: str, path: str = "", *, if_match: str | None = None,
                headers: Mapping[str, Any] | None = None, **options: Any) -> Any:
        sent: dict[str, Any] = {"Authorization": f"Bearer {self.token}"}
        if self.editor:
            sent["X-Xiaoer-Editor"] = self.editor
        if if_match:
            sent["If-Match"] = if_match
        sent.update(headers or {})
        return self.client.request(method, f"/api/shops/{self.shop_id}{path}", headers=sent, **options)

    def get(self, path: str = "", **options: Any) -> Any:
        response = self.request("GET", path, **options)
        assert response.status_code == 200, response.text[:2000]
        if "etag" in response.headers:
            self.etag = response.headers["etag"]
        return response.json()

    def read(self) -> dict[str, Any]:
        """The shop (data, revision, cases); remembers its ETag."""
        return self.get()

    def edit(self, method: str, path: str = "", **options: Any) -> dict[str, Any]:
        """A change based on the ETag last read; the saved revision's ``{revision, summary, changes}``."""
        if self.etag is None:
            self.read()
        response = self.request(method, path, if_match=self.etag, **options)
        assert response.status_code == 200, response.text[:2000]
        assert response.headers["etag"] == f'"rev-{response.json()["revision"]}"'
        self.etag = response.headers["etag"]
        return response.json()

    def reject(self, method: str, path: str = "", status: int = 422, **options: Any) -> dict[str, Any]:
        """A change that must fail with ``status``; its error."""
        if self.etag is None:
            self.read()
        return admin_error(self.request(method, path, if_match=self.etag, **options), status)

    def export(self) -> str:
        response = self.request("GET", "/export")
        assert response.status_code == 200, response.text[:2000]
        return response.text

    def revision(self) -> int:
        return int(self.read()["revision"])

    def snapshot(self) -> tuple[int, str]:
        """The latest revision and the exported shop file: what "nothing changed" compares."""
        return self.revision(), self.export()


@dataclass
class Served:
    """One app on its own SQLite file: its admin API, its webhook and its clock."""

    client: TestClient
    admin: AdminClient
    hook: Webhook
    clock: Clock

    @classmethod
    @contextmanager
    def on_sqlite(cls: type[S], path: Path, clock: Clock) -> Iterator[S]:
        """The example shop's app on the SQLite file ``path`` (server errors answered as
        responses, not raised), with its admin API and webhook."""
        settings = ServerSettings(webhook_secret=SECRET, admin_token=ADMIN_TOKEN, state=f"sqlite:///{path}")
        with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as client:
            yield cls(client, AdminClient(client), Webhook(client, clock=clock), clock)


@contextmanager
def xiaoer_lines() -> Iterator[list[str]]:
    """The lines the server logs meanwhile (the "xiaoer" logger does not propagate: this
    listens on it directly, at INFO)."""
    lines: list[str] = []

    class Lines(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            lines.append(record.getMessage())

    logger = logging.getLogger("xiaoer")
    handler, level = Lines(logging.DEBUG), logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        yield lines
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
