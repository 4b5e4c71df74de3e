"""The state stores: one behaviour suite run on SQLiteStore and on RedisStore (a real
redis-server), plus the server's main flow on Redis."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import servers
from fastapi.testclient import TestClient
from servers import SECRET, Clock, RedisServer, Webhook, check_main_flow, shop_time

from botcore.errors import SettingsError, StateConflict
from server import create_app
from serving.settings import ServerSettings
from serving.state import _TRIM_EVERY, RedisStore, SQLiteStore, StateStore, open_store

redis_server = servers.redis_server
redis_url = servers.redis_url

BIG_WINDOW = 30 * 86_400.0  # a rate window no test run crosses


@dataclass
class Kit:
    """How to make a store of one kind, and how to let time pass for it."""

    kind: str
    make: Callable[..., StateStore]  # make(ttl=...) -> a new store on the same backing data
    wait: Callable[[float], None]  # let this many seconds pass (clock or real sleep)


@pytest.fixture(params=["sqlite", "redis"])
def kit(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Kit]:
    opened: list[StateStore] = []
    if request.param == "sqlite":
        clock = Clock(shop_time(2026, 11, 20, 14, 0))

        def make_sqlite(ttl: float = 3600) -> StateStore:
            store = SQLiteStore(tmp_path / "state.db", ttl=ttl, clock=clock)
            opened.append(store)
            return store

        yield Kit("sqlite", make_sqlite, clock.advance)
    else:
        url = request.getfixturevalue("redis_url")

        def make_redis(ttl: float = 3600) -> StateStore:
            store = RedisStore(url, ttl=ttl)
            opened.append(store)
            return store

        yield Kit("redis", make_redis, time.sleep)
    for store in opened:
        store.close()


def test_update_then_load_round_trip(kit: Kit) -> None:
    store = kit.make()
    assert store.load("shop-a", "conv:1") is None
    value = {"handoff_at": 1.5, "burst": ["L", "stock"], "text": "碎花裙", "nested": {"n": 3, "none": None}}
    with store.update("shop-a", "conv:1") as box:
        assert box.value is None
        box.value = value
    assert store.load("shop-a", "conv:1") == value
    with store.update("shop-a", "conv:1") as box:
        assert box.value == value
        box.value = {**box.value, "handoff_at": None}
    assert store.load("shop-a", "conv:1") == {**value, "handoff_at": None}
    assert kit.make().load("shop-a", "conv:1") == {**value, "handoff_at": None}  # another connection sees it


def test_setting_none_deletes(kit: Kit) -> None:
    store = kit.make()
    with store.update("shop-a", "conv:del") as box:
        box.value = {"n": 1}
    with store.update("shop-a", "conv:del") as box:
        box.value = None
    assert store.load("shop-a", "conv:del") is None
    with store.update("shop-a", "conv:never") as box:  # reading a missing key writes nothing
        assert box.value is None
    assert store.load("shop-a", "conv:never") is None


def test_an_error_inside_update_changes_nothing(kit: Kit) -> None:
    store = kit.make()
    with store.update("shop-a", "conv:err") as box:
        box.value = {"n": 1}
    with pytest.raises(RuntimeError), store.update("shop-a", "conv:err") as box:
        box.value = {"n": 2}
        raise RuntimeError("the engine failed")
    assert store.load("shop-a", "conv:err") == {"n": 1}
    with store.update("shop-a", "conv:err") as box:  # and the key is not left locked
        box.value = {"n": 3}
    assert store.load("shop-a", "conv:err") == {"n": 3}


def test_records_expire_after_ttl_without_a_write(kit: Kit) -> None:
    store = kit.make(ttl=1)
    with store.update("shop-a", "conv:ttl") as box:
        box.value = {"n": 1}
    with store.update("shop-a", "conv:renewed") as box:
        box.value = {"n": 1}
    assert store.load("shop-a", "conv:ttl") == {"n": 1}
    kit.wait(0.6)
    with store.update("shop-a", "conv:renewed") as box:  # a write starts the ttl again
        box.value = {"n": 2}
    kit.wait(0.6)
    assert store.load("shop-a", "conv:ttl") is None
    with store.update("shop-a", "conv:ttl") as box:
        assert box.value is None  # an expired record is gone for updates too
    assert store.load("shop-a", "conv:renewed") == {"n": 2}
    kit.wait(0.7)
    assert store.load("shop-a", "conv:renewed") is None


def test_hits_count_per_window(kit: Kit) -> None:
    store = kit.make()
    assert [store.hit("shop-a", "conv:1", BIG_WINDOW) for _ in range(3)] == [1, 2, 3]
    assert store.hit("shop-a", "conv:2", BIG_WINDOW) == 1
    assert store.hit("shop-a", "shop", BIG_WINDOW) == 1
    assert store.load("shop-a", "conv:1") is None  # counting does not touch the record

    assert store.hit("shop-a", "short", 1) == 1
    kit.wait(1.05)
    assert store.hit("shop-a", "short", 1) == 1  # a new window starts again from one


def test_keys_are_namespaced_by_shop(kit: Kit) -> None:
    store = kit.make()
    with store.update("shop-a", "conv:same") as box:
        box.value = {"shop": "a"}
    assert store.load("shop-b", "conv:same") is None
    with store.update("shop-b", "conv:same") as box:
        assert box.value is None
        box.value = {"shop": "b"}
    assert store.load("shop-a", "conv:same") == {"shop": "a"}
    assert store.load("shop-b", "conv:same") == {"shop": "b"}
    with store.update("shop-b", "conv:same") as box:
        box.value = None
    assert store.load("shop-a", "conv:same") == {"shop": "a"}

    assert store.hit("shop-a", "shop", BIG_WINDOW) == 1
    assert store.hit("shop-a", "shop", BIG_WINDOW) == 2
    assert store.hit("shop-b", "shop", BIG_WINDOW) == 1


@pytest.mark.parametrize("shared", [True, False], ids=["one-store", "store-per-thread"])
def test_concurrent_updates_lose_nothing(kit: Kit, shared: bool) -> None:
    threads, rounds = 6, 30
    common = kit.make()
    stores = [common if shared else kit.make() for _ in range(threads)]
    errors: list[BaseException] = []
    start = threading.Barrier(threads, timeout=10)

    def work(store: StateStore) -> None:
        try:
            start.wait()
            for _ in range(rounds):
                while True:  # as the server does: a conflicting update is done again
                    try:
                        with store.update("shop-a", "counter") as box:
                            current: Any = box.value or {"n": 0}
                            box.value = {"n": current["n"] + 1}
                        break
                    except StateConflict:
                        continue
                store.hit("shop-a", "hits", BIG_WINDOW)
        except BaseException as e:
            errors.append(e)

    workers = [threading.Thread(target=work, args=(store,)) for store in stores]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=60)
    assert not any(worker.is_alive() for worker in workers), "an update hung"
    assert errors == []
    assert common.load("shop-a", "counter") == {"n": threads * rounds}
    assert common.hit("shop-a", "hits", BIG_WINDOW) == threads * rounds + 1


def test_open_store_picks_the_backend(tmp_path: Path, redis_server: RedisServer) -> None:
    for url in (f"sqlite:///{tmp_path}/a.db", str(tmp_path / "b.db")):
        store = open_store(url)
        assert isinstance(store, SQLiteStore)
        store.close()
    store = open_store(redis_server.url(0))
    assert isinstance(store, RedisStore)
    store.close()
    with pytest.raises(SettingsError, match="不认识的状态存储"):
        open_store("postgres://localhost/x")


# --------------------------------------------------------------------------- the server on Redis


def test_server_main_flow_on_redis(redis_url: str) -> None:
    clock = Clock(shop_time(2026, 11, 20, 14, 0))
    settings = ServerSettings(webhook_secret=SECRET, state=redis_url)
    with TestClient(create_app(settings, clock=clock)) as client:
        hook = Webhook(client, clock=clock)
        check_main_flow(hook, clock.advance)
        stored = client.app.state.service.store.load("example", "conv:flow-1")
        assert stored is not None and stored["handoff_at"] is None

    # a second app on the same Redis (another host) sees the same conversations and agents
    with (
        TestClient(create_app(settings, clock=clock)) as first,
        TestClient(create_app(settings, clock=clock)) as second,
    ):
        one, two = Webhook(first, clock=clock), Webhook(second, clock=clock)
        assert one.say("flow-2", "衣服一洗就掉色,太差劲了,我要投诉你们")["mode"] == "handoff"
        clock.advance(30)
        assert two.say("flow-2", "有L码吗")["mode"] == "silent"
        two.status("agent-1", "online")
        one.say("flow-3", "有L码吗")
        clock.advance(30)
        assert one.say("flow-3", "有黑色的吗")["mode"] == "suggest"


# --------------------------------------------------------------------------- logs (append / recent)


def test_a_log_gives_the_newest_first_and_keeps_only_the_newest(kit: Kit) -> None:
    store = kit.make()
    for n in range(450):
        store.append("shop-a", "unanswered", {"text": f"问题{n}", "n": n}, keep=100)
        store.append("shop-b", "unanswered", {"text": f"别家{n}"}, keep=100)
    newest = store.recent("shop-a", "unanswered", limit=100)
    assert [item["n"] for item in newest] == list(range(449, 349, -1))
    assert store.recent("shop-a", "unanswered", limit=3) == [{"text": "问题449", "n": 449},
                                                            {"text": "问题448", "n": 448},
                                                            {"text": "问题447", "n": 447}]
    assert all(item["text"].startswith("别家") for item in store.recent("shop-b", "unanswered", limit=100))
    assert kit.make().recent("shop-a", "unanswered", limit=1) == [{"text": "问题449", "n": 449}]  # shared
    assert store.recent("shop-a", "other-log", limit=10) == []
    if isinstance(store, SQLiteStore):  # the oldest rows are gone (trimmed every _TRIM_EVERY appends)
        (rows,) = store.connection().execute("SELECT count(*) FROM logs WHERE shop = 'shop-a'").fetchone()
        assert 100 <= rows < 100 + _TRIM_EVERY


def test_a_log_expires_after_the_ttl(kit: Kit) -> None:
    store = kit.make(ttl=1)
    store.append("shop-a", "unanswered", {"text": "有礼盒吗"}, keep=10)
    assert store.recent("shop-a", "unanswered", limit=10) == [{"text": "有礼盒吗"}]
    kit.wait(1.2)
    assert store.recent("shop-a", "unanswered", limit=10) == []
