"""The conversation log (serving/history.py): the adoption rule, the listing's filters and
pages, the dashboard's figures on a known sequence (days and hours in Beijing time), the
store's event log on a real SQLite file and a real redis-server (order, retention, cap),
and through the app: signed webhook events in, ``/conversations`` and ``/stats`` out, with
replays logged once, texts masked, and a log that cannot be written not failing the answer."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import servers
import support
from fastapi.testclient import TestClient
from servers import SECRET, Clock, Webhook, agent_message, buyer_message, shop_time
from support import ADMIN_TOKEN, AdminClient, admin_error, xiaoer_lines

from botcore.errors import NotFound, SettingsError
from botcore.shop.calendar import SHOP_TIMEZONE
from server import create_app
from serving.history import (
    HISTORY,
    AgentEvent,
    BuyerEvent,
    Draft,
    Event,
    Filters,
    adoption,
    conversation,
    conversations,
    since,
    stats,
)
from serving.settings import ServerSettings, load_settings
from serving.state import _TRIM_EVERY, RedisStore, SQLiteStore, StateStore

redis_server = servers.redis_server
redis_url = servers.redis_url

COMPLAINT = "衣服一洗就掉色,太差劲了,我要投诉你们"


def at(day: int, hour: int, minute: int = 0, second: int = 0) -> float:
    """A moment of November 2026 in the shop's time (Beijing)."""
    return shop_time(2026, 11, day, hour, minute, second)


def buyer(conversation_id: str, when: float, text: str, mode: str, intents: tuple[str, ...], *, ms: float = 1.0,
          drafts: tuple[str, ...] = (), replies: tuple[str, ...] = (), product: str | None = "dress-floral",
          item_id: str | None = None) -> BuyerEvent:
    return BuyerEvent(conversation_id, when, text, mode, item_id=item_id, product=product, replies=replies,
                      drafts=tuple(Draft(d, intents[0], 0.9) for d in drafts), intents=intents, ms=ms)


def agent(conversation_id: str, when: float, text: str, adopted: Any = "no_draft") -> AgentEvent:
    return AgentEvent(conversation_id, when, "agent-1", text, adopted, None if adopted == "no_draft" else "草稿")


# --------------------------------------------------------------------------- the adoption rule

SHIPPING_DRAFTS = ("亲，满99元就包邮哦，不满的话运费8元～", "订单满99元就包邮呢")


@pytest.mark.parametrize(("text", "adopted", "draft"), [
    ("亲 满99元就包邮哦!不满的话运费8元~", "unchanged", SHIPPING_DRAFTS[0]),  # only spaces and punctuation differ
    ("订单满99元就包邮呢。", "unchanged", SHIPPING_DRAFTS[1]),
    ("满99包邮哦，不满的话运费是8元", "edited", SHIPPING_DRAFTS[0]),  # words changed, the closest draft
    ("订单满99元包邮的", "edited", SHIPPING_DRAFTS[1]),
    ("您好，请问您的订单号是多少", "replaced", SHIPPING_DRAFTS[1]),
])
def test_an_agents_text_is_compared_with_the_closest_draft(text: str, adopted: str, draft: str) -> None:
    assert adoption(text, SHIPPING_DRAFTS) == (adopted, draft)


def test_without_drafts_nothing_is_adopted() -> None:
    assert adoption("亲，满99元就包邮哦", ()) == ("no_draft", None)
    assert adoption("L码有货", ["l码有货～"]) == ("unchanged", "l码有货～")  # letters compared in lower case


# --------------------------------------------------------------------------- a known sequence

#: Today is 2026-11-30 (Beijing); seven days go back to 2026-11-24.
TODAY = dt.date(2026, 11, 30)
SEQUENCE: list[Event] = [
    buyer("c1", at(23, 23, 59), "包邮吗", "auto", ("shipping",), replies=("亲，满99元包邮哦",)),  # a day too old
    buyer("c1", at(24, 0, 0), "包邮吗", "auto", ("shipping",), ms=2.0, replies=("亲，满99元包邮哦",)),
    buyer("c1", at(24, 23, 59, 59), "有黑色的吗", "suggest", ("stock",), ms=9.5, drafts=("亲，黑色有货～",)),
    agent("c1", at(25, 0, 0, 10), "亲，黑色有货", "unchanged"),
    buyer("c2", at(30, 15, 0), "我要投诉", "handoff", ("human",), drafts=("非常抱歉",), product=None),
    agent("c2", at(30, 15, 1), "订单号发我一下", "replaced"),
    buyer("c2", at(30, 15, 2), "在吗", "silent", ("greeting",), ms=0.5, drafts=("亲，在的",), product=None),
    agent("c2", at(30, 15, 3), "亲 我在的", "edited"),
    buyer("c3", at(30, 8, 0), "包 邮 吗？", "auto", ("shipping",), ms=30.0, product=None, item_id="9876"),
    agent("c3", at(30, 8, 1), "好的", "no_draft"),
]


def figures(messages: int = 0, auto: int = 0, suggest: int = 0, handoff: int = 0, silent: int = 0, drafts: int = 0,
            unchanged: int = 0, edited: int = 0, replaced: int = 0) -> dict[str, Any]:
    def rate(part: int, whole: int) -> float | None:
        return round(part / whole, 4) if whole else None

    return {"messages": messages, "auto": auto, "suggest": suggest, "handoff": handoff, "silent": silent,
            "drafts_offered": drafts, "adopted_unchanged": unchanged, "adopted_edited": edited, "replaced": replaced,
            "unanswered": suggest + handoff, "auto_rate": rate(auto, messages),
            "adoption_rate": rate(unchanged + edited, unchanged + edited + replaced),
            "handoff_rate": rate(handoff, messages)}


def test_stats_count_each_day_and_hour_in_beijing_time() -> None:
    result = stats(SEQUENCE, 7, TODAY, SHOP_TIMEZONE)
    assert (result["days"], result["from"], result["to"]) == (7, "2026-11-24", "2026-11-30")
    assert result["totals"] == figures(5, auto=2, suggest=1, handoff=1, silent=1, drafts=3, unchanged=1, edited=1,
                                       replaced=1)
    assert result["totals"]["auto_rate"] == 0.4 and result["totals"]["adoption_rate"] == 0.6667
    days = {row.pop("date"): row for row in result["by_day"]}
    assert list(days) == [f"2026-11-{d}" for d in range(24, 31)]
    assert days["2026-11-24"] == figures(2, auto=1, suggest=1, drafts=1)  # 00:00:00 and 23:59:59 Beijing
    assert days["2026-11-25"] == figures(unchanged=1)  # the agent answered after midnight
    assert days["2026-11-25"]["auto_rate"] is None and days["2026-11-25"]["adoption_rate"] == 1.0
    assert all(days[f"2026-11-{d}"] == figures() for d in range(26, 30))
    assert days["2026-11-30"] == figures(3, auto=1, handoff=1, silent=1, drafts=2, edited=1, replaced=1)
    hours = {row.pop("hour"): row for row in result["by_hour"]}
    assert list(hours) == list(range(24))
    assert hours[0] == figures(1, auto=1, unchanged=1)
    assert hours[8] == figures(1, auto=1)
    assert hours[15] == figures(2, handoff=1, silent=1, drafts=2, edited=1, replaced=1)
    assert hours[23] == figures(1, suggest=1, drafts=1)
    assert sum(row["messages"] for row in hours.values()) == 5
    # the same question in other spacing and punctuation is one question, shown as last asked
    assert result["top_questions"] == [
        {"text": "包 邮 吗？", "count": 2, "intent": "shipping"},
        {"text": "在吗", "count": 1, "intent": "greeting"},
        {"text": "我要投诉", "count": 1, "intent": "human"},
        {"text": "有黑色的吗", "count": 1, "intent": "stock"},
    ]
    assert result["top_intents"] == [{"intent": "shipping", "count": 2}, {"intent": "greeting", "count": 1},
                                     {"intent": "human", "count": 1}, {"intent": "stock", "count": 1}]
    assert [(row["conversation_id"], row["text"], row["ms"]) for row in result["slowest"]] == [
        ("c3", "包 邮 吗？", 30.0), ("c1", "有黑色的吗", 9.5), ("c1", "包邮吗", 2.0), ("c2", "我要投诉", 1.0),
        ("c2", "在吗", 0.5)]


def test_stats_of_one_day_and_of_nothing() -> None:
    one = stats(SEQUENCE, 1, TODAY, SHOP_TIMEZONE)
    assert (one["from"], one["to"], len(one["by_day"])) == ("2026-11-30", "2026-11-30", 1)
    assert one["totals"]["messages"] == 3
    empty = stats([], 7, TODAY, SHOP_TIMEZONE)
    assert empty["totals"] == figures() and empty["top_questions"] == [] and empty["slowest"] == []
    assert since(7, TODAY, SHOP_TIMEZONE) == at(24, 0)


def listed(result: dict[str, Any]) -> list[str]:
    return [row["conversation_id"] for row in result["conversations"]]


def test_conversations_newest_first_with_what_happened() -> None:
    result = conversations(SEQUENCE, Filters())
    assert (result["total"], result["page"], result["size"]) == (3, 1, 20)
    assert listed(result) == ["c2", "c3", "c1"]  # by their latest event
    assert result["conversations"][0] == {
        "conversation_id": "c2", "first_at": at(30, 15, 0), "last_at": at(30, 15, 3), "messages": 2,
        "modes": {"handoff": 1, "silent": 1}, "intents": ["human", "greeting"], "products": [],
        "last_text": "在吗", "replaced": True, "handoff": True,
    }
    c1 = result["conversations"][2]
    assert (c1["messages"], c1["modes"], c1["intents"], c1["products"]) == (
        3, {"auto": 2, "suggest": 1}, ["shipping", "stock"], ["dress-floral"])
    assert (c1["last_text"], c1["replaced"], c1["handoff"]) == ("有黑色的吗", False, False)
    assert c1["last_at"] == at(25, 0, 0, 10)


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(mode="suggest"), ["c1"]),
    (Filters(mode="auto"), ["c3", "c1"]),
    (Filters(intent="shipping"), ["c3", "c1"]),
    (Filters(intent="human"), ["c2"]),
    (Filters(product="dress-floral"), ["c1"]),
    (Filters(product="9876"), ["c3"]),  # the platform's item id finds it too
    (Filters(replaced=True), ["c2"]),
    (Filters(q="黑色"), ["c1"]),
    (Filters(q="99元"), ["c1"]),  # in the bot's reply
    (Filters(q="包邮"), ["c1"]),  # 「包 邮 吗？」 does not hold it
    (Filters(mode="auto", intent="stock"), []),  # one message must match every filter
    (Filters(mode="suggest", intent="stock", product="dress-floral"), ["c1"]),
    (Filters(replaced=True, mode="silent"), []),  # the agent replaced the hand-off's drafts, not the silent one's
    (Filters(mode="silent", intent="greeting"), ["c2"]),
])
def test_conversation_filters(filters: Filters, expected: list[str]) -> None:
    assert listed(conversations(SEQUENCE, filters)) == expected


def test_conversation_pages() -> None:
    second = conversations(SEQUENCE, Filters(), page=2, size=2)
    assert (second["total"], second["page"], second["size"], listed(second)) == (3, 2, 2, ["c1"])
    assert listed(conversations(SEQUENCE, Filters(), page=2, size=1)) == ["c3"]
    assert conversations(SEQUENCE, Filters(), page=3, size=2)["conversations"] == []


def test_one_conversation_oldest_first_or_not_found() -> None:
    shown = conversation([e for e in SEQUENCE if e.conversation_id == "c2"], "c2")
    assert shown["conversation_id"] == "c2"
    assert [(e["kind"], e["text"]) for e in shown["events"]] == [
        ("buyer", "我要投诉"), ("agent", "订单号发我一下"), ("buyer", "在吗"), ("agent", "亲 我在的")]
    assert set(shown["events"][0]) == {"kind", "at", "message_id", "text", "item_id", "product", "mode", "replies",
                                       "drafts", "intents", "score", "reason", "template_ids", "cases", "trace", "ms"}
    assert shown["events"][1] == {"kind": "agent", "at": at(30, 15, 1), "agent_id": "agent-1",
                                  "text": "订单号发我一下", "adopted": "replaced", "draft": "草稿"}
    with pytest.raises(NotFound, match="没有找到对话「c9」的记录") as raised:
        conversation(SEQUENCE, "c9")
    assert raised.value.code == "unknown_conversation"


# --------------------------------------------------------------------------- the store's event log


@dataclass
class Kit:
    kind: str
    make: Callable[[], StateStore]
    wait: Callable[[float], None]  # let this many seconds pass for the store


@pytest.fixture(params=["sqlite", "redis"])
def kit(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Kit]:
    opened: list[StateStore] = []
    if request.param == "sqlite":
        clock = Clock(at(20, 14))

        def make_sqlite() -> StateStore:
            opened.append(SQLiteStore(tmp_path / "state.db", ttl=3600, clock=clock))
            return opened[-1]

        yield Kit("sqlite", make_sqlite, clock.advance)
    else:
        url = request.getfixturevalue("redis_url")

        def make_redis() -> StateStore:
            opened.append(RedisStore(url, ttl=3600))
            return opened[-1]

        yield Kit("redis", make_redis, time.sleep)
    for store in opened:
        store.close()


def texts(items: list[dict[str, Any]]) -> list[str]:
    return [item["text"] for item in items]


def test_events_come_in_time_order_by_time_and_by_conversation(kit: Kit) -> None:
    store = kit.make()
    for n, (conversation_id, minute) in enumerate([("a", 1), ("b", 2), ("a", 3), ("a", 3), ("b", 5)]):
        store.add_event("shop-a", HISTORY, conversation_id, at(20, 14, minute), {"text": f"第{n}句"}, 100, 86_400)
    store.add_event("shop-b", HISTORY, "a", at(20, 14, 4), {"text": "别家的"}, 100, 86_400)
    assert texts(store.events("shop-a", HISTORY, 0.0)) == ["第0句", "第1句", "第2句", "第3句", "第4句"]
    assert texts(store.events("shop-a", HISTORY, at(20, 14, 3))) == ["第2句", "第3句", "第4句"]  # same time: as written
    assert texts(store.events("shop-a", HISTORY, 0.0, "a")) == ["第0句", "第2句", "第3句"]
    assert texts(store.events("shop-a", HISTORY, 0.0, "a", limit=2)) == ["第2句", "第3句"]  # the newest two, in order
    assert texts(store.events("shop-a", HISTORY, 0.0, "nobody")) == []
    assert texts(kit.make().events("shop-b", HISTORY, 0.0)) == ["别家的"]  # another connection, another shop
    assert store.events("shop-a", "other-log", 0.0) == []


def test_events_are_kept_their_own_time_apart_from_the_state(kit: Kit) -> None:
    store = kit.make()  # records are kept an hour (the store's ttl); these events two seconds
    store.add_event("shop-a", HISTORY, "a", at(20, 14), {"text": "很快忘掉"}, 100, 1.5)
    store.add_event("shop-a", HISTORY, "a", at(20, 14, 1), {"text": "记一天"}, 100, 86_400)
    with store.update("shop-a", "conv:a") as box:
        box.value = {"n": 1}
    assert texts(store.events("shop-a", HISTORY, 0.0)) == ["很快忘掉", "记一天"]
    kit.wait(2)
    assert texts(store.events("shop-a", HISTORY, 0.0)) == ["记一天"]
    assert texts(store.events("shop-a", HISTORY, 0.0, "a")) == ["记一天"]
    assert store.load("shop-a", "conv:a") == {"n": 1}


def test_a_shop_keeps_at_most_keep_events(kit: Kit) -> None:
    store = kit.make()
    for n in range(25):  # three of an old conversation, then 22 of a new one
        conversation_id = "old" if n < 3 else "new"
        store.add_event("shop-a", HISTORY, conversation_id, at(20, 14, n), {"text": f"第{n}句"}, 5, 86_400)
    store.add_event("shop-b", HISTORY, "x", at(20, 14), {"text": "别家的"}, 5, 86_400)
    kept = texts(store.events("shop-a", HISTORY, 0.0))
    assert kept[-5:] == [f"第{n}句" for n in range(20, 25)]
    if kit.kind == "redis":  # trimmed at every write
        assert len(kept) == 5
    else:  # trimmed every _TRIM_EVERY writes of a process: never more than that beyond the cap
        assert 5 <= len(kept) < 5 + _TRIM_EVERY
        assert isinstance(store, SQLiteStore)
        (rows,) = store.connection().execute("SELECT count(*) FROM events WHERE shop = 'shop-a'").fetchone()
        assert rows == len(kept)
    assert store.events("shop-a", HISTORY, 0.0, "old") == []  # a conversation's own read drops them too
    assert texts(store.events("shop-b", HISTORY, 0.0)) == ["别家的"]


# --------------------------------------------------------------------------- settings


def test_the_log_settings_and_their_bounds(monkeypatch: pytest.MonkeyPatch) -> None:
    defaults = ServerSettings()
    assert (defaults.history_days, defaults.history_keep) == (30, 50_000)
    monkeypatch.setenv("XIAOER_HISTORY_DAYS", "7")
    monkeypatch.setenv("XIAOER_HISTORY_KEEP", "1000")
    assert (load_settings().history_days, load_settings().history_keep) == (7, 1000)
    monkeypatch.setenv("XIAOER_HISTORY_DAYS", "0")
    with pytest.raises(SettingsError, match="设置 XIAOER_HISTORY_DAYS 不对"):
        load_settings()
    monkeypatch.setenv("XIAOER_HISTORY_DAYS", "30")
    monkeypatch.setenv("XIAOER_HISTORY_KEEP", "0")
    with pytest.raises(SettingsError, match="设置 XIAOER_HISTORY_KEEP 不对"):
        load_settings()


# --------------------------------------------------------------------------- through the app


@dataclass
class Served(support.Served):
    path: Path

    def agent(self, conversation_id: str, text: str, **options: Any) -> dict[str, Any]:
        return self.hook.ok(agent_message(conversation_id, text=text), **options)


@contextlib.contextmanager
def serve(path: Path, clock: Clock, **settings: Any) -> Iterator[Served]:
    settings = {"webhook_secret": SECRET, "admin_token": ADMIN_TOKEN, **settings}
    store = SQLiteStore(path, ttl=72 * 3600, clock=clock)  # the app's clock for expiry too
    with TestClient(create_app(ServerSettings(**settings), clock=clock, store=store)) as client:
        yield Served(client, AdminClient(client), Webhook(client, clock=clock), clock, path)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with serve(tmp_path / "state.db", Clock(at(19, 23, 50))) as app:
        yield app


def conversation_ids(served: Served, query: str) -> list[str]:
    return listed(served.admin.get(f"/conversations?{query}"))


def test_a_day_of_webhook_events_gives_the_exact_log_and_figures(served: Served) -> None:
    hook, clock = served.hook, served.clock
    hook.status("agent-1", "online")  # agents on duty: the bot answers a buyer's first message of the day only
    clock.advance(30)
    assert hook.say("c1", "有L码吗", message_id="m1")["mode"] == "auto"
    clock.advance(30)
    asked = hook.say("c1", "有黑色的吗", message_id="m2")
    assert asked["mode"] == "suggest"
    draft = asked["suggestions"][0]["text"]
    clock.advance(30)
    served.agent("c1", " ".join(draft.replace("，", ",").replace("～", "")))  # sent as drafted: unchanged
    served.agent("c1", "还有别的需要吗")  # a second agent message answers no draft

    clock.now = at(20, 0, 10)  # past midnight in Beijing
    assert hook.say("c2", "有L码吗")["mode"] == "auto"
    clock.advance(30)
    shipping = hook.say("c2", "包邮吗")
    assert shipping["mode"] == "suggest"
    replay_at = clock()
    again = hook.post(buyer_message("c2", "包邮吗", item_id="dress-floral"), timestamp=replay_at)
    assert again.json() == shipping  # the same signed request again: the same answer, not logged twice
    edited = shipping["suggestions"][0]["text"][:-4] + "的"
    clock.advance(30)
    served.agent("c2", edited)
    clock.advance(30)
    assert hook.say("c3", COMPLAINT)["mode"] == "handoff"
    clock.advance(30)
    replaced = agent_message("c3", text="亲，麻烦把订单号发我一下")
    stamp = clock()
    assert hook.ok(replaced, timestamp=stamp) == {"ok": True}
    assert hook.ok(replaced, timestamp=stamp) == {"ok": True}  # replayed: logged once
    clock.advance(30)
    assert hook.say("c3", "在吗")["mode"] == "silent"

    listing = served.admin.get("/conversations?days=7")
    assert (listing["total"], listed(listing)) == (3, ["c3", "c2", "c1"])
    c3, c2, c1 = listing["conversations"]
    assert c3 == {"conversation_id": "c3", "first_at": at(20, 0, 11, 30), "last_at": at(20, 0, 12, 30),
                  "messages": 2, "modes": {"handoff": 1, "silent": 1}, "intents": ["human", "greeting"],
                  "products": ["dress-floral"], "last_text": "在吗", "replaced": True, "handoff": True}
    assert (c2["messages"], c2["modes"], c2["intents"], c2["replaced"]) == (
        2, {"auto": 1, "suggest": 1}, ["stock", "shipping"], False)
    assert (c1["messages"], c1["modes"], c1["last_text"], c1["handoff"]) == (
        2, {"auto": 1, "suggest": 1}, "有黑色的吗", False)
    assert conversation_ids(served, "days=1") == ["c3", "c2"]  # today (Beijing) only
    assert conversation_ids(served, "mode=suggest") == ["c2", "c1"]
    assert conversation_ids(served, "replaced=1") == ["c3"]
    assert conversation_ids(served, "intent=shipping") == ["c2"]
    assert conversation_ids(served, "q=投诉") == ["c3"]
    assert conversation_ids(served, "product=dress-floral&mode=handoff") == ["c3"]
    second = served.admin.get("/conversations?size=1&page=2")
    assert (second["total"], second["page"], second["size"], listed(second)) == (3, 2, 1, ["c2"])

    c1_events = served.admin.get("/conversations/c1")["events"]
    assert [(e["kind"], e.get("mode"), e.get("adopted")) for e in c1_events] == [
        ("buyer", "auto", None), ("buyer", "suggest", None), ("agent", None, "unchanged"), ("agent", None, "no_draft")]
    first, black, sent, more = c1_events
    assert (first["message_id"], first["item_id"], first["product"]) == ("m1", "dress-floral", "dress-floral")
    assert first["replies"] and "米白色" in first["replies"][0] and first["cases"] == ["stock.size_colours"]
    assert first["template_ids"][0].startswith("stock.size_colours#") and first["intents"] == ["stock"]
    assert first["trace"]["parts"][0]["case"] == "size_colours" and first["trace"]["mode"] == "auto"
    assert first["ms"] > 0 and first["at"] == at(19, 23, 50, 30)
    assert black["replies"] == [] and black["drafts"][0] == {k: asked["suggestions"][0][k]
                                                             for k in ("text", "intent", "score")}
    assert black["reason"] == asked["reason"] and black["score"] == asked["score"]
    assert (sent["draft"], sent["agent_id"], more["draft"]) == (draft, "agent-1", None)
    c2_agent = served.admin.get("/conversations/c2")["events"][-1]
    assert (c2_agent["text"], c2_agent["adopted"], c2_agent["draft"]) == (
        edited, "edited", shipping["suggestions"][0]["text"])
    assert len(served.admin.get("/conversations/c2")["events"]) == 3  # the replay is not there
    c3_events = served.admin.get("/conversations/c3")["events"]
    assert [(e["kind"], e.get("adopted")) for e in c3_events] == [("buyer", None), ("agent", "replaced"),
                                                                  ("buyer", None)]

    result = served.admin.get("/stats?days=7")
    assert (result["from"], result["to"]) == ("2026-11-14", "2026-11-20")
    assert result["totals"] == figures(6, auto=2, suggest=2, handoff=1, silent=1, drafts=4, unchanged=1, edited=1,
                                       replaced=1)
    days = {row.pop("date"): row for row in result["by_day"]}
    assert days["2026-11-19"] == figures(2, auto=1, suggest=1, drafts=1, unchanged=1)
    assert days["2026-11-20"] == figures(4, auto=1, suggest=1, handoff=1, silent=1, drafts=3, edited=1, replaced=1)
    hours = {row.pop("hour"): row for row in result["by_hour"]}
    assert hours[23] == days["2026-11-19"] and hours[0] == days["2026-11-20"]
    assert result["top_questions"][0] == {"text": "有L码吗", "count": 2, "intent": "stock"}
    assert result["top_intents"] == [{"intent": "stock", "count": 3}, {"intent": "greeting", "count": 1},
                                     {"intent": "human", "count": 1}, {"intent": "shipping", "count": 1}]
    assert len(result["slowest"]) == 6 and all(row["ms"] > 0 for row in result["slowest"])
    # the figures equal a count made from the log itself
    logged = [e for cid in ("c1", "c2", "c3") for e in served.admin.get(f"/conversations/{cid}")["events"]]
    assert result["totals"]["messages"] == sum(e["kind"] == "buyer" for e in logged)
    assert result["totals"]["auto"] == sum(e.get("mode") == "auto" for e in logged)


def test_personal_data_is_masked_and_the_shops_punctuation_kept(served: Served) -> None:
    phone = "13812345678"
    served.clock.advance(30)
    served.hook.say("p1", f"我电话{phone},有L码吗")
    served.clock.advance(30)
    served.agent("p1", f"好的,已记下{phone}")
    shown = served.admin.get("/conversations/p1")
    assert phone not in json.dumps(shown, ensure_ascii=False)
    asked, answered = shown["events"]
    assert asked["text"] == "我电话138****5678,有L码吗"
    assert "138****5678" in asked["trace"]["normalised"]
    assert asked["trace"]["entities"]["numbers"] == ["138****5678"]  # read as a number, masked all the same
    assert answered["text"] == "好的,已记下138****5678"
    assert "，" in asked["replies"][0]  # nothing to mask there: the shop's full-width comma stays


def test_an_agent_message_after_an_auto_reply_answers_no_draft(served: Served) -> None:
    served.clock.advance(30)
    answer = served.hook.say("n1", "有L码吗")
    assert answer["mode"] == "auto" and answer["suggestions"]  # the draft is the reply already sent
    served.agent("n1", answer["replies"][0])
    assert served.admin.get("/conversations/n1")["events"][-1]["adopted"] == "no_draft"
    assert served.admin.get("/stats")["totals"]["drafts_offered"] == 0


def test_events_go_beyond_history_keep_and_after_history_days(tmp_path: Path) -> None:
    clock = Clock(at(19, 10))
    with serve(tmp_path / "state.db", clock, history_days=1, history_keep=3) as served:
        for n in range(22):
            clock.advance(30)
            served.hook.say(f"k{n}", "包邮吗")
        # trimmed to the newest 3 at the 21st write (every _TRIM_EVERY writes), one written since
        assert conversation_ids(served, "") == ["k21", "k20", "k19", "k18"]
        clock.advance(86_400 - 45)
        assert conversation_ids(served, "") == ["k21", "k20"]  # the others were written over a day ago
        clock.advance(60)
        assert conversation_ids(served, "") == []
        admin_error(served.admin.request("GET", "/conversations/k21"), 404)


@pytest.fixture
def xiaoer_log() -> Iterator[list[str]]:
    with xiaoer_lines() as lines:
        yield lines


def test_a_log_that_cannot_be_written_does_not_fail_the_answer(served: Served, xiaoer_log: list[str]) -> None:
    served.clock.advance(30)
    served.hook.say("o1", "有L码吗")
    other = sqlite3.connect(served.path, isolation_level=None)  # the log's table gone: every write fails
    other.execute("DROP TABLE events")
    other.close()
    served.clock.advance(30)
    answer = served.hook.say("o1", "包邮吗")
    assert answer["mode"] == "auto" and answer["intents"] == ["shipping"]
    assert served.agent("o1", "好的") == {"ok": True}
    warnings = [json.loads(line) for line in xiaoer_log if '"history not written"' in line]
    assert len(warnings) == 2 and all(w["level"] == "warning" and w["shop"] == "example" for w in warnings)
    assert "状态存储暂时不可用" in warnings[0]["error"]
    failed = admin_error(served.admin.request("GET", "/conversations"), 503)  # reading it says so, in Chinese
    assert failed["code"] == "state_unavailable" and "状态存储暂时不可用" in failed["message"]


@pytest.mark.parametrize(("path", "words"), [
    ("/stats?days=0", ["days", "1 到 90", "「0」"]),
    ("/stats?days=91", ["days", "「91」"]),
    ("/stats?days=七", ["days", "「七」"]),
    ("/stats?day=7", ["不认识的查询条件「day」", "days"]),
    ("/conversations?days=100", ["days", "1 到 90"]),
    ("/conversations?mode=bot", ["mode", "auto(自动回复)", "「bot」"]),
    ("/conversations?intent=size", ["intent", "sizing(尺码推荐)", "「size」"]),
    ("/conversations?replaced=yes", ["replaced", "「yes」"]),
    ("/conversations?size=500", ["size", "1 到 100", "「500」"]),
    ("/conversations?page=0", ["page", "「0」"]),
    ("/conversations?q=" + "长" * 101, ["q", "最多 100 个字"]),
])
def test_a_wrong_query_is_refused_in_chinese(served: Served, path: str, words: list[str]) -> None:
    error = admin_error(served.admin.request("GET", path), 422)
    assert all(word in error["message"] for word in words), error


def test_an_unknown_conversation_is_not_found_in_chinese(served: Served) -> None:
    error = admin_error(served.admin.request("GET", "/conversations/nobody"), 404)
    assert error["code"] == "unknown_conversation" and "没有找到对话「nobody」的记录" in error["message"]
    assert served.client.get("/api/shops/example/stats").status_code == 401  # the admin token is needed


def test_the_log_on_redis(redis_url: str) -> None:
    clock = Clock(at(20, 14))
    settings = ServerSettings(webhook_secret=SECRET, admin_token=ADMIN_TOKEN, state=redis_url)
    with TestClient(create_app(settings, clock=clock)) as client:
        hook, admin = Webhook(client, clock=clock), AdminClient(client)
        hook.status("agent-1", "online")
        clock.advance(30)
        hook.say("r1", "有L码吗")
        clock.advance(30)
        draft = hook.say("r1", "包邮吗")["suggestions"][0]["text"]
        clock.advance(30)
        hook.ok(agent_message("r1", text=draft))
        events = admin.get("/conversations/r1")["events"]
        assert [(e["kind"], e.get("mode"), e.get("adopted")) for e in events] == [
            ("buyer", "auto", None), ("buyer", "suggest", None), ("agent", None, "unchanged")]
        totals = admin.get("/stats?days=1")["totals"]
        assert (totals["messages"], totals["auto"], totals["suggest"], totals["adopted_unchanged"]) == (2, 1, 1, 1)
        assert listed(admin.get("/conversations?mode=suggest")) == ["r1"]
