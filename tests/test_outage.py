"""serving/state.py under outages, against a real redis-server stopped, frozen and started
again, and a real SQLite file locked by another program: the webhook and the admin API
answer 503 ``state_unavailable`` with ``Retry-After`` (the admin API in Chinese), /healthz
says degraded and /readyz 503, nothing is half-written, and service comes back by itself,
also from a Redis that comes back empty (the shop file is imported again)."""

from __future__ import annotations

import os
import signal
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
import servers
from fastapi.testclient import TestClient
from servers import SECRET, Clock, RedisServer, Webhook, buyer_message, error_of, shop_time
from support import ADMIN_TOKEN

from server import create_app
from serving.settings import ServerSettings

redis_server = servers.redis_server  # makes sure redis-server is installed (or skips, unless required)


@pytest.fixture
def own_redis(tmp_path: Path, redis_server: RedisServer) -> Iterator[RedisServer]:
    """A redis-server of this test's own, to stop and start (the shared one stays up)."""
    server = servers.start_redis(tmp_path)
    yield server
    if server.proc.poll() is None:
        os.kill(server.proc.pid, signal.SIGCONT)
    servers.stop_redis(server)


def _client(state: str, clock: Clock) -> TestClient:
    settings = ServerSettings(webhook_secret=SECRET, admin_token=ADMIN_TOKEN, state=state)
    return TestClient(create_app(settings, clock=clock))


def _unavailable(response: object) -> None:
    assert response.status_code == 503, response.text  # type: ignore[attr-defined]
    assert error_of(response)["code"] == "state_unavailable"  # type: ignore[arg-type]
    assert response.headers["Retry-After"] == "1"  # type: ignore[attr-defined]


def test_a_stopped_redis_is_answered_honestly_and_one_back_empty_is_served_again(
    own_redis: RedisServer, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    clock = Clock(shop_time(2026, 11, 20, 14, 0))
    with _client(own_redis.url(0), clock) as client:
        hook = Webhook(client, clock=clock)
        assert hook.say("out-1", "有L码吗")["mode"] == "auto"
        assert client.get("/readyz").status_code == 200

        servers.stop_redis(own_redis)
        _unavailable(hook.post(buyer_message("out-1", "包邮吗")))
        assert client.get("/healthz").json() == {"status": "degraded", "shops": 1, "state": "unavailable"}
        _unavailable(client.get("/readyz"))
        admin = client.get("/api/shops/example", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"})
        _unavailable(admin)
        assert "状态存储暂时不可用" in error_of(admin)["message"]

        back = servers.start_redis(tmp_path, own_redis.port)  # back, and empty (no persistence)
        request.addfinalizer(lambda: servers.stop_redis(back))
        clock.advance(5)
        again = hook.say("out-1", "包邮吗")  # the shop file is imported again, the buyer answered
        assert again["mode"] == "auto" and again["intents"] == ["shipping"]
        assert client.get("/healthz").json()["status"] == "ok"
        assert client.get("/api/shops/example", headers={"Authorization": f"Bearer {ADMIN_TOKEN}"}).json()[
            "revision"] == 1


def test_a_frozen_redis_is_a_503_within_a_bounded_time(own_redis: RedisServer) -> None:
    clock = Clock(shop_time(2026, 11, 20, 14, 0))
    with _client(own_redis.url(0), clock) as client:
        hook = Webhook(client, clock=clock)
        assert hook.say("frz-1", "有L码吗")["mode"] == "auto"
        os.kill(own_redis.proc.pid, signal.SIGSTOP)  # up, but answering nothing
        try:
            _unavailable(hook.post(buyer_message("frz-1", "包邮吗")))  # after about a second, not five
        finally:
            os.kill(own_redis.proc.pid, signal.SIGCONT)
        clock.advance(5)
        assert hook.say("frz-1", "包邮吗")["mode"] == "auto"  # and back by itself


def test_a_locked_sqlite_file_is_a_503_and_nothing_is_half_written(tmp_path: Path) -> None:
    clock = Clock(shop_time(2026, 11, 20, 14, 0))
    path = tmp_path / "state.db"
    with _client(f"sqlite:///{path}", clock) as client:
        hook = Webhook(client, clock=clock)
        assert hook.say("lck-1", "有L码吗")["mode"] == "auto"
        before = client.app.state.service.store.load("example", "conv:lck-1")  # type: ignore[attr-defined]
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN EXCLUSIVE")  # another program holds the file
        try:
            clock.advance(5)
            _unavailable(hook.post(buyer_message("lck-1", "包邮吗")))
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert client.app.state.service.store.load("example", "conv:lck-1") == before  # type: ignore[attr-defined]
        assert hook.say("lck-1", "包邮吗")["intents"] == ["shipping"]
