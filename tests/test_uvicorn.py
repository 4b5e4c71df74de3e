"""Real ``xiaoer serve`` processes (uvicorn) on loopback: restarts, several workers,
Redis shared by two servers, graceful shutdown. Every wait is bounded; teardown kills
whatever a test started."""

from __future__ import annotations

import json
import signal
import socket
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import servers
from servers import (
    REQUEST_TIMEOUT,
    SECRET,
    STOP_TIMEOUT,
    RawResult,
    ServerProcess,
    Webhook,
    agent_status,
    buyer_message,
    clean_env,
    encode,
    parse_raw_response,
    raw_post,
    read_all,
    release,
    request_bytes,
    signed_headers,
    write_shop,
)

redis_server = servers.redis_server
redis_url = servers.redis_url
start_server = servers.start_server

StartServer = Callable[..., ServerProcess]
COMPLAINT = "衣服一洗就掉色,太差劲了,我要投诉你们"


def post_once(server: ServerProcess, event: Mapping[str, Any]) -> dict[str, Any]:
    """One signed event on a new connection (so any worker may take it)."""
    with httpx.Client(base_url=server.url, timeout=REQUEST_TIMEOUT) as client:
        return Webhook(client).ok(event)


def say(server: ServerProcess, conversation: str, text: str) -> dict[str, Any]:
    return post_once(server, buyer_message(conversation, text, item_id="dress-floral"))


def sqlite_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    return clean_env(XIAOER_WEBHOOK_SECRET=SECRET, XIAOER_STATE=f"sqlite:///{tmp_path}/state.db", **extra)


def test_restart_keeps_state(start_server: StartServer, tmp_path: Path) -> None:
    env = sqlite_env(tmp_path)
    first = start_server(env)
    assert say(first, "restart-1", "有L码吗")["mode"] == "auto"
    assert say(first, "restart-1", COMPLAINT)["mode"] == "handoff"
    started = time.monotonic()
    code = first.stop(timeout=STOP_TIMEOUT)
    assert code is not None, f"no exit within {STOP_TIMEOUT} s after SIGTERM"
    assert time.monotonic() - started < STOP_TIMEOUT

    second = start_server(env)
    decision = say(second, "restart-1", "有黑色的吗")
    assert decision["mode"] == "silent", decision  # the hand-off survived the restart
    assert say(second, "restart-2", "有L码吗")["mode"] == "auto"
    assert code == 0, f"xiaoer serve exited with {code} on SIGTERM:\n{first.log()[-3000:]}"
    assert second.stop() == 0


def test_two_workers_share_state(start_server: StartServer, tmp_path: Path) -> None:
    # agents decide (no first_of_day trigger), and no burst coalescing: every answer is deterministic
    shop = write_shop(tmp_path / "shop.yaml", replace={
        "  when: [busy, away, offline, first_of_day]\n": "  when: [busy, away, offline]\n",
        "  burst_seconds: 5\n": "  burst_seconds: 0\n",
    })
    server = start_server(sqlite_env(tmp_path, XIAOER_SHOP=str(shop)), workers=2)
    assert len(server.started_pids()) == 2, server.log()[-3000:]

    def modes(conversations: list[str], text: str) -> list[str]:
        with ThreadPoolExecutor(max_workers=6) as pool:
            return [d["mode"] for d in pool.map(lambda c: say(server, c, text), conversations)]

    assert post_once(server, agent_status("agent-1", "online")) == {"ok": True, "agents": "online"}
    assert modes([f"on-{n}" for n in range(20)], "有L码吗") == ["suggest"] * 20

    assert post_once(server, agent_status("agent-1", "offline"))["agents"] == "offline"
    assert modes([f"off-{n}" for n in range(20)], "有L码吗") == ["auto"] * 20

    assert say(server, "handed", COMPLAINT)["mode"] == "handoff"
    assert modes(["handed"] * 20, "有黑色的吗") == ["silent"] * 20

    assert post_once(server, release("handed")) == {"ok": True, "released": "handed"}
    # one after another: the bot answers again, whichever worker takes each message
    assert [say(server, "handed", text)["mode"] for text in ("有S码吗", "有M码吗", "有XL码吗")] == ["auto"] * 3
    assert server.stop() == 0, server.log()[-3000:]


def test_two_servers_share_a_handoff_through_redis(start_server: StartServer, redis_url: str) -> None:
    env = clean_env(XIAOER_WEBHOOK_SECRET=SECRET, XIAOER_STATE=redis_url)
    one = start_server(env, wait=False)
    two = start_server(env, wait=False)
    one.wait_ready()
    two.wait_ready()

    assert say(one, "redis-1", COMPLAINT)["mode"] == "handoff"
    assert say(two, "redis-1", "有L码吗")["mode"] == "silent"
    assert post_once(two, release("redis-1"))["released"] == "redis-1"
    assert say(one, "redis-1", "有黑色的吗")["mode"] == "auto"

    assert say(two, "redis-2", "有L码吗")["mode"] == "auto"  # first message today
    assert post_once(one, agent_status("agent-1", "online"))["agents"] == "online"
    assert say(two, "redis-2", "有黑色的吗")["mode"] == "suggest"  # server one's agent is seen by two


def test_graceful_shutdown_finishes_requests_in_flight(start_server: StartServer, tmp_path: Path) -> None:
    server = start_server(sqlite_env(tmp_path))
    port, path = server.port, "/webhook/example"

    # requests in flight: headers and half of each body sent, the rest only after SIGTERM
    slow: list[tuple[socket.socket, bytes]] = []
    fast: list[RawResult] = []
    stop = threading.Event()

    def keep_posting(worker: int) -> None:
        n = 0
        while not stop.is_set():
            body = encode(buyer_message(f"fast-{worker}-{n}", "有L码吗", item_id="dress-floral"))
            fast.append(raw_post(port, path, body, signed_headers(SECRET, body, time.time())))
            n += 1
            time.sleep(0.01)

    threads = [threading.Thread(target=keep_posting, args=(w,), daemon=True) for w in range(3)]
    try:
        for n in range(3):
            body = encode(buyer_message(f"slow-{n}", "有L码吗", item_id="dress-floral"))
            sock = socket.create_connection(("127.0.0.1", port), timeout=REQUEST_TIMEOUT)
            sock.sendall(request_bytes(port, path, body, signed_headers(SECRET, body, time.time())) + body[:20])
            slow.append((sock, body))
        for thread in threads:
            thread.start()
        time.sleep(0.5)

        server.proc.send_signal(signal.SIGTERM)
        time.sleep(0.5)
        answers = []
        for sock, body in slow:
            sock.sendall(body[20:])
            data, _ = read_all(sock)
            answers.append(parse_raw_response(data))
        code: int | None
        try:
            code = server.proc.wait(timeout=STOP_TIMEOUT)
        except Exception:
            code = None
    finally:
        stop.set()
        for thread in threads:
            thread.join(timeout=REQUEST_TIMEOUT + 5)
        for sock, _ in slow:
            sock.close()

    for answer in answers:
        assert answer.status == 200 and answer.complete, answer.raw[:500]
        assert json.loads(answer.body)["mode"] == "auto"
    assert not any(thread.is_alive() for thread in threads)
    answered = [r for r in fast if r.kind == "response"]
    assert answered, "no request was answered before the shutdown"
    bad = [r for r in answered if not (r.status == 200 and r.complete)]
    assert not bad, [r.raw[:300] for r in bad]
    assert all(r.kind in ("response", "refused", "closed") for r in fast)
    assert code is not None, f"no exit within {STOP_TIMEOUT} s after SIGTERM"
    assert code == 0, f"xiaoer serve exited with {code} on SIGTERM:\n{server.log()[-3000:]}"
