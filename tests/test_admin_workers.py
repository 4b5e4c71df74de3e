"""An edit made through one server is answered by every other: real ``xiaoer serve``
processes (uvicorn) on one SQLite file and on one redis-server, and a server restarted on
the same state (the owner's edits stay; a changed shop file is imported once). Every wait
is bounded; teardown kills whatever a test started."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import servers
from servers import REQUEST_TIMEOUT, SECRET, ServerProcess, Webhook, clean_env, write_shop
from support import ADMIN_TOKEN, AdminClient

redis_server = servers.redis_server
redis_url = servers.redis_url
start_server = servers.start_server

StartServer = Callable[..., ServerProcess]
WORDING = "两台都知道:{size}有{colours}"
ANSWER = "两台都知道:L码有米白色、雾霾蓝、黑色"


def server_env(state: str, **extra: str) -> dict[str, str]:
    return clean_env(XIAOER_WEBHOOK_SECRET=SECRET, XIAOER_ADMIN_TOKEN=ADMIN_TOKEN, XIAOER_STATE=state, **extra)


def client(server: ServerProcess) -> httpx.Client:
    return httpx.Client(base_url=server.url, timeout=REQUEST_TIMEOUT)


def say(server: ServerProcess, conversation: str, text: str) -> dict[str, Any]:
    """A buyer message on a new connection, on dress-floral."""
    with client(server) as http:
        return Webhook(http).say(conversation, text)


def start_two(start_server: StartServer, env: dict[str, str]) -> tuple[ServerProcess, ServerProcess]:
    one, two = start_server(env, wait=False), start_server(env, wait=False)
    one.wait_ready()
    two.wait_ready()
    return one, two


def check_edits_cross_servers(one: ServerProcess, two: ServerProcess, prefix: str) -> None:
    with client(one) as http_one, client(two) as http_two:
        owner_one, owner_two = AdminClient(http_one, editor="one"), AdminClient(http_two, editor="two")
        assert owner_two.revision() == 1  # the shop file was imported once, by whichever started first
        assert say(two, f"{prefix}-1", "有L码吗")["replies"] != [ANSWER]

        saved = owner_one.edit("PUT", "/replies/stock.size_colours", json={"texts": [WORDING]})
        assert saved["revision"] == 2
        decision = say(two, f"{prefix}-2", "有L码吗")
        assert decision["replies"] == [ANSWER], decision
        assert decision["template_ids"] == ["stock.size_colours#1"]

        owner_two.read()
        stock = {"product": "dress-floral", "colour": "黑色", "size": "M", "count": 0}
        assert owner_two.edit("PUT", "/stock", json=stock)["revision"] == 3
        sold_out = say(one, f"{prefix}-3", "黑色M码还有吗")
        assert sold_out["template_ids"][0].startswith("stock.sold_out#"), sold_out
        assert "黑色 M码" in sold_out["replies"][0]

        stale = owner_one.reject("PUT", "/replies/thanks.thanks", 409, json={"texts": ["不客气"]})
        assert stale["code"] == "revision_conflict"  # server one's owner last read revision 2
        history = owner_one.get("/revisions")["revisions"]
        assert [(r["number"], r["author"]) for r in history] == [(3, "two"), (2, "one"), (1, "店铺文件")]
        assert owner_one.export() == owner_two.export()


def test_an_edit_on_one_server_is_answered_by_another_on_the_same_sqlite_file(start_server: StartServer,
                                                                              tmp_path: Path) -> None:
    one, two = start_two(start_server, server_env(f"sqlite:///{tmp_path}/state.db"))
    check_edits_cross_servers(one, two, "sqlite")
    assert one.stop() == 0 and two.stop() == 0


def test_an_edit_on_one_server_is_answered_by_another_on_the_same_redis(start_server: StartServer,
                                                                        redis_url: str) -> None:
    one, two = start_two(start_server, server_env(redis_url))
    check_edits_cross_servers(one, two, "redis")
    assert one.stop() == 0 and two.stop() == 0


def test_a_restart_keeps_the_owners_edits_and_a_changed_shop_file_is_imported_once(start_server: StartServer,
                                                                                   tmp_path: Path) -> None:
    shop = write_shop(tmp_path / "shop.yaml")
    env = server_env(f"sqlite:///{tmp_path}/state.db", XIAOER_SHOP=str(shop))

    first = start_server(env)
    with client(first) as http:
        AdminClient(http, editor="xiaoqi").edit("PUT", "/replies/stock.size_colours", json={"texts": [WORDING]})
    assert first.stop() == 0

    second = start_server(env)  # the same, unchanged shop file
    with client(second) as http:
        owner = AdminClient(http)
        history = owner.get("/revisions")["revisions"]
        assert [(r["number"], r["author"], r["from_file"]) for r in history] == [(2, "xiaoqi", False),
                                                                                 (1, "店铺文件", True)]
        assert history[1]["summary"] == "导入店铺文件 shop.yaml"
    assert say(second, "restart-1", "有L码吗")["replies"] == [ANSWER]
    assert second.stop() == 0

    write_shop(shop, name="拾捌衣橱")  # the owner changes the file itself
    third = start_server(env)
    with client(third) as http:
        owner = AdminClient(http)
        latest = owner.get("/revisions")["revisions"][0]
        assert (latest["number"], latest["author"], latest["from_file"]) == (3, "店铺文件", True)
        assert latest["changes"] == ["shop.name", "replies.stock.size_colours"]
        assert latest["summary"] == "导入店铺文件 shop.yaml:改了 店铺信息 name、话术 stock.size_colours"
        assert owner.read()["name"] == "拾捌衣橱"
    assert "拾捌衣橱" in say(third, "restart-2", "在吗")["replies"][0]
    assert third.stop() == 0

    fourth = start_server(env)  # the changed file is not imported a second time
    with client(fourth) as http:
        assert AdminClient(http).revision() == 3
    assert fourth.stop() == 0
