"""The webhook server through FastAPI's TestClient, on SQLite state, with a clock the
tests move by hand (bursts, hand-off silence, signature window, rate windows)."""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client.parser import text_string_to_metric_families
from servers import (
    SECRET,
    Clock,
    Webhook,
    agent_message,
    agent_status,
    buyer_message,
    check_main_flow,
    encode,
    error_of,
    release,
    shop_time,
    signed_headers,
    write_shop,
)
from support import xiaoer_lines

from server import create_app
from serving.settings import ServerSettings
from serving.signing import SIGNATURE_HEADER, TIMESTAMP_HEADER, sign
from serving.state import SQLiteStore

COMPLAINT = "衣服一洗就掉色,太差劲了,我要投诉你们"
MakeHook = Callable[..., Webhook]


@pytest.fixture
def clock() -> Clock:
    return Clock(shop_time(2026, 11, 20, 14, 0))


@pytest.fixture
def make_hook(tmp_path: Path, clock: Clock) -> Iterator[MakeHook]:
    """``make_hook(**settings)``: an app on its own SQLite file, entered in a TestClient."""
    files = itertools.count()
    with ExitStack() as stack:

        def make(*, raise_errors: bool = True, store: Any = None, **settings: Any) -> Webhook:
            settings.setdefault("webhook_secret", SECRET)
            settings.setdefault("state", f"sqlite:///{tmp_path}/state-{next(files)}.db")
            app = create_app(ServerSettings(**settings), clock=clock, store=store)
            client = stack.enter_context(TestClient(app, raise_server_exceptions=raise_errors))
            return Webhook(client, clock=clock)

        yield make


@pytest.fixture
def hook(make_hook: MakeHook) -> Webhook:
    return make_hook()


def stored(hook: Webhook, key: str, shop: str = "example") -> dict[str, Any] | None:
    return hook.client.app.state.service.store.load(shop, key)


# --------------------------------------------------------------------------- answering


def test_buyer_message_answered_automatically_when_no_agent_is_online(hook: Webhook) -> None:
    decision = hook.say("auto-1", "有L码吗")
    assert decision["mode"] == "auto"
    assert decision["conversation_id"] == "auto-1"
    assert decision["intents"] == ["stock"]
    assert decision["template_ids"][0].startswith("stock.size_colours#")
    assert decision["actions"] == []
    assert decision["score"] >= 0.7
    [text] = decision["replies"]
    assert "L" in text and all(colour in text for colour in ("米白色", "雾霾蓝", "黑色"))


def test_greeting_carries_the_shop_and_the_current_promotion(hook: Webhook) -> None:
    decision = hook.say("greet-1", "在吗")
    assert decision["mode"] == "auto"
    assert decision["intents"] == ["greeting"]
    assert decision["template_ids"][0].startswith("greeting.welcome_promotion#")
    [text] = decision["replies"]
    assert "双十二预热" in text and "满299减30" in text  # starts 2026-11-20 in the shop's calendar


def test_main_flow_on_sqlite(hook: Webhook, clock: Clock) -> None:
    check_main_flow(hook, clock.advance)


def test_agent_online_second_message_same_day_gets_suggestions(hook: Webhook, clock: Clock) -> None:
    assert hook.status("agent-1", "online") == {"ok": True, "agents": "online"}
    first = hook.say("sugg-1", "在吗")
    assert first["mode"] == "auto", first  # the buyer's first message today: first_of_day

    clock.advance(120)
    decision = hook.say("sugg-1", "L码有没有货,顺丰能发吗,可以开票不")
    assert decision["mode"] == "suggest", decision
    assert decision["replies"] == []
    assert decision["reason"] == "客服在线,只给建议回复"
    assert decision["intents"] == ["stock", "shipping", "invoice"]
    suggestions = decision["suggestions"]
    assert len(suggestions) == 3
    assert sorted(s["intent"] for s in suggestions) == ["invoice", "shipping", "stock"]
    scores = [s["score"] for s in suggestions]
    assert scores == sorted(scores, reverse=True) and all(0 < s <= 1 for s in scores)  # the likeliest first
    assert all(s["template_id"].startswith(s["intent"] + ".") for s in suggestions)
    text = {s["intent"]: s["text"] for s in suggestions}
    stock, shipping, invoice = text["stock"], text["shipping"], text["invoice"]
    assert "L" in stock and "米白色" in stock
    assert "顺丰" in shipping and "12" in shipping  # 顺丰 costs 12 元 more in the example shop
    assert "发票" in invoice


def test_suggestions_are_capped_at_three(hook: Webhook, clock: Clock) -> None:
    hook.status("agent-1", "online")
    hook.say("cap-1", "在吗")
    clock.advance(60)
    decision = hook.say("cap-1", "L码有没有货,顺丰能发吗,可以开票不,能便宜点吗,面料是什么")
    assert decision["mode"] == "suggest"
    assert 1 <= len(decision["suggestions"]) <= 3


def test_agent_status_changes_who_answers(hook: Webhook, clock: Clock) -> None:
    hook.say("who-1", "在吗")
    assert hook.status("agent-1", "online")["agents"] == "online"
    assert hook.status("agent-2", "busy")["agents"] == "online"
    clock.advance(60)
    assert hook.say("who-1", "有L码吗")["mode"] == "suggest"

    assert hook.status("agent-1", "offline")["agents"] == "busy"  # agent-2 is the most available
    clock.advance(60)
    assert hook.say("who-1", "有黑色的吗")["mode"] == "auto"

    assert hook.say("who-2", "有S码吗")["mode"] == "auto"  # another conversation, first today


def test_first_of_day_follows_the_shops_calendar(hook: Webhook, clock: Clock) -> None:
    hook.status("agent-1", "online")
    clock.now = shop_time(2026, 11, 20, 23, 50)
    assert hook.say("day-1", "在吗")["mode"] == "auto"
    clock.now = shop_time(2026, 11, 20, 23, 58)
    assert hook.say("day-1", "有L码吗")["mode"] == "suggest"
    clock.now = shop_time(2026, 11, 21, 0, 5)  # still 2026-11-20 in UTC
    assert hook.say("day-1", "有黑色的吗")["mode"] == "auto"


# --------------------------------------------------------------------------- hand-off


def test_complaint_hands_off_and_release_gives_the_bot_back(hook: Webhook, clock: Clock) -> None:
    hook.say("ho-1", "有L码吗")
    clock.advance(30)
    decision = hook.say("ho-1", COMPLAINT)
    assert decision["mode"] == "handoff"
    assert decision["intents"] == ["human"]
    assert decision["template_ids"][0].startswith("human.complaint#")
    assert {"type": "flag", "reason": "complaint"} in decision["actions"]
    [apology] = decision["replies"]
    assert "抱歉" in apology

    clock.advance(60)
    quiet = hook.say("ho-1", "有XL码吗")
    assert quiet["mode"] == "silent" and quiet["replies"] == []
    assert quiet["reason"] == "已转人工,机器人先不回复"
    clock.advance(600)
    assert hook.say("ho-1", "黑色还有吗")["mode"] == "silent"

    assert hook.ok(release("ho-1")) == {"ok": True, "released": "ho-1"}
    clock.advance(10)
    back = hook.say("ho-1", "有S码吗")
    assert back["mode"] == "auto"
    assert "S" in back["replies"][0]


def test_handoff_silence_expires(hook: Webhook, clock: Clock) -> None:
    assert hook.say("exp-1", COMPLAINT)["mode"] == "handoff"
    clock.advance(29 * 60)
    assert hook.say("exp-1", "有L码吗")["mode"] == "silent"
    clock.advance(2 * 60)  # 31 minutes after the hand-off; handoff_silence_minutes is 30
    decision = hook.say("exp-1", "有黑色的吗")
    assert decision["mode"] == "auto"
    assert "黑色" in decision["replies"][0]


def test_agent_message_during_handoff_extends_the_silence(hook: Webhook, clock: Clock) -> None:
    assert hook.say("ext-1", COMPLAINT)["mode"] == "handoff"
    clock.advance(20 * 60)
    assert hook.ok(agent_message("ext-1")) == {"ok": True}
    clock.advance(11 * 60)  # 31 minutes after the hand-off, 11 after the agent wrote
    assert hook.say("ext-1", "有L码吗")["mode"] == "silent"
    clock.advance(20 * 60)  # 31 minutes after the agent wrote
    assert hook.say("ext-1", "有黑色的吗")["mode"] == "auto"


def test_request_for_a_person_hands_off_even_when_agents_are_online(hook: Webhook, clock: Clock) -> None:
    hook.say("human-1", "在吗")
    hook.status("agent-1", "online")
    clock.advance(60)
    decision = hook.say("human-1", "我要找人工")
    assert decision["mode"] == "handoff"
    assert decision["replies"] == []  # the agent on duty answers, the bot sends nothing
    assert {"type": "flag", "reason": "asked_for_human"} in decision["actions"]
    clock.advance(60)
    assert hook.say("human-1", "有L码吗")["mode"] == "silent"


def test_order_change_gives_an_order_note(hook: Webhook, clock: Clock) -> None:
    hook.say("order-1", "有L码吗")
    clock.now = shop_time(2026, 11, 21, 0, 30)  # the shop's date is 21 November, UTC's still the 20th
    decision = hook.say("order-1", "拍错了,麻烦把尺码改成L")
    assert decision["mode"] == "handoff"
    assert decision["intents"] == ["order_change"]
    notes = [a for a in decision["actions"] if a["type"] == "order_note"]
    assert len(notes) == 1, decision["actions"]
    note = notes[0]
    assert note["by"] == "小柒"
    assert "L" in note["content"]
    assert note["date"] == "2026-11-21"
    [text] = decision["replies"]
    assert "L码" in text


def test_order_change_of_colour_and_size(hook: Webhook) -> None:
    decision = hook.say("order-2", "能不能帮我把订单换成黑色XL")
    [note] = [a for a in decision["actions"] if a["type"] == "order_note"]
    assert "黑色" in note["content"] and "XL" in note["content"]
    assert note["date"] == "2026-11-20"


# --------------------------------------------------------------------------- bursts


def test_burst_answered_once(hook: Webhook, clock: Clock) -> None:
    decisions = []
    for _ in range(3):
        decisions.append(hook.say("burst-1", "在吗"))
        clock.advance(1.5)
    assert [d["mode"] for d in decisions] == ["auto", "silent", "silent"]
    assert sum(len(d["replies"]) for d in decisions) == 1
    assert decisions[1]["reason"] == "连发的消息已经回复过了"


def test_burst_answers_a_new_size_and_everything_after_the_window(hook: Webhook, clock: Clock) -> None:
    modes = []
    for gap, text in [(0, "有L码吗"), (1, "有L码吗"), (1, "有XL码吗"), (1, "??"), (10, "有L码吗")]:
        clock.advance(gap)
        modes.append(hook.say("burst-2", text)["mode"])
    assert modes == ["auto", "silent", "auto", "silent", "auto"]


# --------------------------------------------------------------------------- signatures


def _bad_signature_request(case: str, hook: Webhook, event: dict[str, Any]) -> tuple[dict[str, str], bytes]:
    body = encode(event)
    now = hook.clock()
    good = signed_headers(SECRET, body, now)
    if case == "missing-headers":
        return {"Content-Type": "application/json"}, body
    if case == "missing-signature":
        return {TIMESTAMP_HEADER: good[TIMESTAMP_HEADER]}, body
    if case == "missing-timestamp":
        return {SIGNATURE_HEADER: good[SIGNATURE_HEADER]}, body
    if case == "wrong-secret":
        return signed_headers("another-shops-secret-0123", body, now), body
    if case == "tampered-body":
        return good, encode({**event, "text": "有S码吗"})
    if case == "too-old":
        return signed_headers(SECRET, body, now - 301), body
    if case == "too-far-in-the-future":
        return signed_headers(SECRET, body, now + 301), body
    if case == "timestamp-not-a-number":
        return signed_headers(SECRET, body, "yesterday"), body
    if case == "timestamp-nan":
        return signed_headers(SECRET, body, "nan"), body
    if case == "timestamp-infinite":
        return signed_headers(SECRET, body, "inf"), body
    if case == "other-timestamp":
        return {**good, TIMESTAMP_HEADER: f"{now - 1:.3f}"}, body
    if case == "bare-hex":
        return {**good, SIGNATURE_HEADER: good[SIGNATURE_HEADER].removeprefix("sha256=")}, body
    if case == "empty-signature":
        return {**good, SIGNATURE_HEADER: ""}, body
    raise AssertionError(case)


SIGNATURE_CASES = [
    "missing-headers", "missing-signature", "missing-timestamp", "wrong-secret", "tampered-body", "too-old",
    "too-far-in-the-future", "timestamp-not-a-number", "timestamp-nan", "timestamp-infinite", "other-timestamp",
    "bare-hex", "empty-signature",
]


@pytest.mark.parametrize("case", SIGNATURE_CASES)
def test_bad_signature_is_refused_and_not_processed(hook: Webhook, clock: Clock, case: str) -> None:
    hook.status("agent-1", "online")  # so only first_of_day makes the bot answer by itself
    event = buyer_message("sig-1", "在吗", item_id="dress-floral")
    for _ in range(2):
        headers, body = _bad_signature_request(case, hook, event)
        response = hook.client.post("/webhook/example", content=body, headers=headers)
        assert response.status_code == 401, response.text
        assert error_of(response)["code"] == "bad_signature"
        assert response.headers.get("X-Request-ID")
    assert stored(hook, "conv:sig-1") is None

    status_headers, status_body = _bad_signature_request(case, hook, agent_status("agent-1", "offline"))
    assert hook.client.post("/webhook/example", content=status_body, headers=status_headers).status_code == 401
    assert stored(hook, "agents")["agent-1"] == "online"  # beside the signatures of the statuses applied

    clock.advance(1)
    decision = hook.say("sig-1", "在吗")  # still the conversation's first message: welcomed, not a burst
    assert decision["mode"] == "auto", decision
    assert decision["template_ids"][0].startswith("greeting.welcome")


@pytest.mark.parametrize("skew", [-299, 299])
def test_timestamp_inside_the_window_is_accepted(hook: Webhook, clock: Clock, skew: float) -> None:
    response = hook.post(buyer_message("skew-1", "有L码吗"), timestamp=clock() + skew)
    assert response.status_code == 200, response.text


def test_signature_window_is_a_setting(make_hook: MakeHook, clock: Clock) -> None:
    hook = make_hook(signature_window_seconds=10)
    assert hook.post(buyer_message("w-1", "在吗"), timestamp=clock() - 11).status_code == 401
    assert hook.post(buyer_message("w-1", "在吗"), timestamp=clock() - 9).status_code == 200


# --------------------------------------------------------------------------- several shops


@pytest.fixture
def two_shops(make_hook: MakeHook, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Webhook, Webhook]:
    folder = tmp_path / "shops"
    folder.mkdir()
    write_shop(folder / "apricot.yaml", name="阿杏小铺")
    write_shop(folder / "bluebridge.yaml", name="蓝桥衣舍")
    (folder / "shops.yaml").write_text(
        "shops:\n"
        '  apricot: {file: apricot.yaml, secret: "apricot-secret-0123456789"}\n'
        "  bluebridge: {file: bluebridge.yaml, secret_env: BLUEBRIDGE_SECRET}\n",
        "utf-8",
    )
    monkeypatch.setenv("BLUEBRIDGE_SECRET", "bluebridge-secret-9876543210")
    base = make_hook(shops=str(folder / "shops.yaml"), webhook_secret=None)
    apricot = Webhook(base.client, secret="apricot-secret-0123456789", shop_id="apricot", clock=base.clock)
    bluebridge = Webhook(base.client, secret="bluebridge-secret-9876543210", shop_id="bluebridge", clock=base.clock)
    return apricot, bluebridge


def test_registry_serves_each_shop_with_its_own_facts(two_shops: tuple[Webhook, Webhook]) -> None:
    apricot, bluebridge = two_shops
    assert apricot.client.get("/healthz").json() == {"status": "ok", "shops": 2, "state": "ok"}
    a = apricot.say("same-id", "在吗")
    b = bluebridge.say("same-id", "在吗")
    assert a["mode"] == b["mode"] == "auto"  # the same conversation id, no burst across shops
    assert "阿杏小铺" in a["replies"][0] and "蓝桥衣舍" not in a["replies"][0]
    assert "蓝桥衣舍" in b["replies"][0] and "阿杏小铺" not in b["replies"][0]


def test_one_shops_signature_is_refused_on_another_shops_url(two_shops: tuple[Webhook, Webhook]) -> None:
    apricot, bluebridge = two_shops
    response = bluebridge.post(buyer_message("x-1", "在吗"), secret=apricot.secret)
    assert response.status_code == 401
    assert error_of(response)["code"] == "bad_signature"
    response = apricot.post(buyer_message("x-1", "在吗"), secret=bluebridge.secret)
    assert response.status_code == 401
    assert apricot.post(buyer_message("x-1", "在吗"), shop_id="example").status_code == 404


def test_same_conversation_id_keeps_separate_state_per_shop(two_shops: tuple[Webhook, Webhook], clock: Clock) -> None:
    apricot, bluebridge = two_shops
    assert apricot.say("shared", COMPLAINT)["mode"] == "handoff"
    clock.advance(30)
    assert bluebridge.say("shared", "有L码吗")["mode"] == "auto"
    clock.advance(30)
    assert apricot.say("shared", "有L码吗")["mode"] == "silent"

    assert apricot.status("agent-a", "online")["agents"] == "online"
    for shop in (apricot, bluebridge):
        shop.say("other", "有L码吗")
    clock.advance(60)
    assert apricot.say("other", "有黑色的吗")["mode"] == "suggest"  # apricot's agent is on duty
    assert bluebridge.say("other", "有黑色的吗")["mode"] == "auto"  # bluebridge has nobody online

    bluebridge.ok(release("shared"))  # releasing in one shop does not touch the other
    clock.advance(30)
    assert apricot.say("shared", "有S码吗")["mode"] == "silent"


# --------------------------------------------------------------------------- bad input


def _event(**changes: Any) -> bytes:
    event: dict[str, Any] = {"type": "buyer_message", "conversation_id": "bad-1", "buyer_id": "b-1", "text": "有L码吗"}
    for key, value in changes.items():
        if value is ...:
            del event[key]
        else:
            event[key] = value
    return json.dumps(event, ensure_ascii=False).encode()


BAD_INPUT: list[tuple[str, bytes, int, str | None]] = [
    ("malformed-json", b'{"type": "buyer_message", "text": ', 400, "malformed_json"),
    ("empty-body", b"", 400, "malformed_json"),
    ("invalid-utf8", b'{"type": "buyer_message", "conversation_id": "c", "buyer_id": "b", "text": "\xff\xfe"}',
     400, "invalid_utf8"),
    ("json-array", b'[{"type": "buyer_message", "conversation_id": "c", "buyer_id": "b", "text": "hi"}]', 422,
     "invalid_event"),
    ("json-string", b'"buyer_message"', 422, "invalid_event"),
    ("json-null", b"null", 422, "invalid_event"),
    ("text-number", _event(text=42), 422, "invalid_event"),
    ("text-null", _event(text=None), 422, "invalid_event"),
    ("text-list", _event(text=["有L码吗"]), 422, "invalid_event"),
    ("conversation-number", _event(conversation_id=7), 422, "invalid_event"),
    ("missing-text", _event(text=...), 422, "invalid_event"),
    ("missing-conversation", _event(conversation_id=...), 422, "invalid_event"),
    ("missing-buyer", _event(buyer_id=...), 422, "invalid_event"),
    ("missing-type", _event(type=...), 422, "unknown_event"),
    ("unknown-type", _event(type="buyer_typing"), 422, "unknown_event"),
    ("type-list", _event(type=["buyer_message"]), 422, "unknown_event"),
    ("empty-text", _event(text=""), 422, "empty_text"),
    ("whitespace-text", _event(text=" \n\t\u3000 "), 422, "empty_text"),
    ("text-too-long", _event(text="码" * 2001), 413, "text_too_long"),
    ("extra-key", _event(priority="high"), 422, "invalid_event"),
    ("conversation-with-slash", _event(conversation_id="a/b c"), 422, "invalid_event"),
    ("conversation-too-long", _event(conversation_id="c" * 129), 422, "invalid_event"),
    ("conversation-empty", _event(conversation_id=""), 422, "invalid_event"),
    ("order-not-strings", _event(order={"size": 3}), 422, "invalid_event"),
    ("agent-status-unknown", json.dumps(agent_status("a-1", "lunch")).encode(), 422, "invalid_event"),
    ("agent-status-missing-agent", b'{"type": "agent_status", "status": "online"}', 422, "invalid_event"),
    ("release-extra-key", json.dumps({**release("c-1"), "why": "done"}).encode(), 422, "invalid_event"),
    ("deeply-nested", b'{"type": "buyer_message", "x": ' + b"[" * 20000 + b"]" * 20000 + b"}", 400, None),
    ("huge-integer", b'{"type": "buyer_message", "conversation_id": "c", "buyer_id": "b", "text": "hi", "n": '
     + b"9" * 5000 + b"}", 400, None),
]


@pytest.mark.parametrize(("case", "body", "status", "code"), BAD_INPUT, ids=[c[0] for c in BAD_INPUT])
def test_bad_input_is_a_4xx_json_error_and_the_server_keeps_serving(
    make_hook: MakeHook, clock: Clock, case: str, body: bytes, status: int, code: str | None
) -> None:
    hook = make_hook(raise_errors=False)
    response = hook.post(b"", body=body, headers=signed_headers(SECRET, body, clock()))
    if code is None:  # any client error will do, as long as it is one
        assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
        error_of(response)
    else:
        assert (response.status_code, error_of(response)["code"]) == (status, code), response.text[:300]
    assert response.headers.get("X-Request-ID")
    after = hook.say("after-1", "有L码吗")
    assert after["mode"] == "auto"


def test_text_of_exactly_2000_characters_is_accepted(hook: Webhook) -> None:
    decision = hook.say("long-1", ("有L码吗" * 500)[:2000])
    assert decision["mode"] in ("auto", "suggest", "handoff", "silent")


def test_lone_surrogate_in_text_is_not_a_server_error(make_hook: MakeHook) -> None:
    hook = make_hook(raise_errors=False)
    body = b'{"type": "buyer_message", "conversation_id": "s-1", "buyer_id": "b", "text": "L\\ud800"}'
    response = hook.post(b"", body=body, headers=signed_headers(SECRET, body, hook.clock()))
    assert response.status_code in (200, 400, 422), response.text


def test_unknown_shop_is_404(hook: Webhook) -> None:
    response = hook.post(buyer_message("u-1", "在吗"), shop_id="nobody")
    assert response.status_code == 404
    assert error_of(response)["code"] == "unknown_shop"


def test_unknown_path_and_wrong_method_are_json_errors(hook: Webhook) -> None:
    missing = hook.client.get("/nothing-here")
    assert (missing.status_code, error_of(missing)["code"]) == (404, "not_found")
    wrong = hook.client.get("/webhook/example")
    assert (wrong.status_code, error_of(wrong)["code"]) == (405, "method_not_allowed")


def test_body_over_max_body_bytes_is_413(make_hook: MakeHook, clock: Clock) -> None:
    hook = make_hook(max_body_bytes=2048, raise_errors=False)
    body = encode(buyer_message("big-1", "码" * 1000))  # 1000 characters, over 3000 bytes
    assert len(body) > 2048
    response = hook.post(b"", body=body, headers=signed_headers(SECRET, body, clock()))
    assert (response.status_code, error_of(response)["code"]) == (413, "body_too_large")

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while streaming too
        for start in range(0, len(body), 512):
            yield body[start:start + 512]

    response = hook.client.post("/webhook/example", content=chunks(), headers=signed_headers(SECRET, body, clock()))
    assert (response.status_code, error_of(response)["code"]) == (413, "body_too_large")
    assert stored(hook, "conv:big-1") is None
    assert hook.say("big-2", "有L码吗")["mode"] == "auto"


# --------------------------------------------------------------------------- rate limits


def test_per_conversation_rate_limit(make_hook: MakeHook, clock: Clock, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "rate.db", clock=clock)
    hook = make_hook(rate_per_conversation=3, store=store)
    for text in ("有L码吗", "有黑色的吗", "有S码吗"):
        assert hook.say("rate-1", text)["mode"] == "auto"
        clock.advance(10)
    response = hook.post(buyer_message("rate-1", "有XL码吗"))
    assert response.status_code == 429
    assert error_of(response)["code"] == "rate_limited"
    assert hook.say("rate-2", "有XL码吗")["mode"] == "auto"  # other conversations are not limited
    clock.advance(60)
    assert hook.say("rate-1", "有XL码吗")["mode"] == "auto"  # a new minute


def test_per_shop_rate_limit(make_hook: MakeHook, clock: Clock, tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "rate.db", clock=clock)
    hook = make_hook(rate_per_shop=4, store=store)
    hook.status("agent-1", "busy")
    for n in range(3):
        hook.say(f"shop-rate-{n}", "有L码吗")
    for event in (buyer_message("shop-rate-9", "在吗"), agent_status("agent-1", "online"), release("shop-rate-0")):
        response = hook.post(event)
        assert response.status_code == 429, response.text
        assert error_of(response)["code"] == "rate_limited"
    assert stored(hook, "agents")["agent-1"] == "busy"
    clock.advance(60)
    assert hook.say("shop-rate-9", "在吗")["mode"] == "auto"


# --------------------------------------------------------------------------- operations


def test_healthz(hook: Webhook) -> None:
    response = hook.client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "shops": 1, "state": "ok"}  # how many, not which: anyone may ask


def _samples(text: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {(s.name, frozenset(s.labels.items())): s.value
            for family in text_string_to_metric_families(text) for s in family.samples}


def test_metrics(hook: Webhook, clock: Clock) -> None:
    before = hook.client.get("/metrics")
    assert before.status_code == 200
    assert before.headers["content-type"].startswith("text/plain")
    assert 'xiaoer_handoffs_total{shop="example"}' not in before.text

    hook.say("m-1", "有L码吗")
    clock.advance(30)
    hook.say("m-1", COMPLAINT)
    hook.post(buyer_message("m-1", "在吗"), secret="not-the-secret-at-all")
    samples = _samples(hook.client.get("/metrics").text)

    webhook = "/webhook/{shop_id}"
    assert samples[("xiaoer_requests_total", frozenset({("path", webhook), ("status", "200")}))] == 2
    assert samples[("xiaoer_requests_total", frozenset({("path", webhook), ("status", "401")}))] == 1
    assert samples[("xiaoer_request_seconds_count", frozenset({("path", webhook)}))] == 3
    assert ("xiaoer_request_seconds_bucket", frozenset({("path", webhook), ("le", "+Inf")})) in samples
    assert samples[("xiaoer_decisions_total",
                    frozenset({("shop", "example"), ("mode", "auto"), ("intent", "stock")}))] == 1
    assert samples[("xiaoer_decisions_total",
                    frozenset({("shop", "example"), ("mode", "handoff"), ("intent", "human")}))] == 1
    assert samples[("xiaoer_handoffs_total", frozenset({("shop", "example")}))] == 1


def test_request_id_is_echoed_or_generated(hook: Webhook) -> None:
    given = hook.post(buyer_message("rid-1", "在吗"), headers={"X-Request-ID": "shop-gw-42"})
    assert given.headers["X-Request-ID"] == "shop-gw-42"
    refused = hook.post(buyer_message("rid-1", "在吗"), secret="wrong-secret-0123456789",
                        headers={"X-Request-ID": "shop-gw-43"})
    assert refused.status_code == 401 and refused.headers["X-Request-ID"] == "shop-gw-43"
    generated = [hook.client.get("/healthz").headers["X-Request-ID"] for _ in range(2)]
    assert all(re.fullmatch(r"[0-9a-f]{16}", rid) for rid in generated)
    assert generated[0] != generated[1]


@pytest.fixture
def xiaoer_log(hook: Webhook) -> Iterator[list[str]]:
    with xiaoer_lines() as lines:
        yield lines


def test_logs_are_json_lines_with_request_id_and_masked_phone(hook: Webhook, xiaoer_log: list[str]) -> None:
    phone = "13812345678"
    hook.ok(buyer_message("log-1", f"我手机{phone},帮我看看L码有没有货", buyer=phone, item_id="dress-floral"),
            headers={"X-Request-ID": "log-req-1"})
    hook.ok(buyer_message("log-2", f"电话{phone}"), headers={"X-Request-ID": "log-req-2"})
    assert xiaoer_log
    records = [json.loads(line) for line in xiaoer_log]  # every line is one JSON object
    assert all(phone not in line for line in xiaoer_log), xiaoer_log
    decisions = [r for r in records if r["msg"] == "decision"]
    assert [d["request_id"] for d in decisions] == ["log-req-1", "log-req-2"]
    first = decisions[0]
    assert first["mode"] == "auto" and first["intents"] == ["stock"]
    assert "138****5678" in first["text"] and first["buyer"] == "138****5678"
    requests = [r for r in records if r["msg"] == "request"]
    assert {r["request_id"] for r in requests} == {"log-req-1", "log-req-2"}
    assert all(r["status"] == 200 and r["path"] == "/webhook/{shop_id}" for r in requests)


def test_openapi_lists_the_webhook(hook: Webhook) -> None:
    spec = hook.client.get("/openapi.json").json()
    assert "/webhook/{shop_id}" in spec["paths"]
    assert "post" in spec["paths"]["/webhook/{shop_id}"]
    assert "/healthz" in spec["paths"]


def test_signing_helper_matches_the_documented_scheme() -> None:
    body = b'{"a": 1}'
    assert signed_headers(SECRET, body, "1700000000")[SIGNATURE_HEADER] == sign(SECRET, "1700000000", body)
    assert sign(SECRET, "1700000000", body).startswith("sha256=")


def test_messages_the_bot_did_not_answer_do_not_move_the_bargaining_ladder(hook: Webhook, clock: Clock) -> None:
    assert hook.say("lad-1", COMPLAINT)["mode"] == "handoff"
    for _ in range(2):  # asked while a person has the conversation: the bot stays out of it
        clock.advance(60)
        assert hook.say("lad-1", "能便宜点吗")["mode"] == "silent"
    hook.ok(release("lad-1"))
    clock.advance(60)
    decision = hook.say("lad-1", "能便宜点吗")
    assert decision["template_ids"][0].startswith("bargain.hold")  # still the first round
    assert not any(a["type"] == "price_change" for a in decision["actions"])


def test_agent_message_silences_the_bot_without_a_handoff(hook: Webhook, clock: Clock) -> None:
    assert hook.say("agt-1", "有L码吗")["mode"] == "auto"
    assert hook.ok(agent_message("agt-1")) == {"ok": True}
    clock.advance(60)
    assert hook.say("agt-1", "那XL呢")["mode"] == "silent"


def _replay(hook: Webhook, clock: Clock, event: dict[str, Any]) -> Callable[[], dict[str, Any]]:
    """Send a signed event now; the returned function sends the very same request again."""
    body = encode(event)
    headers = signed_headers(SECRET, body, clock())

    def send() -> dict[str, Any]:
        response = hook.client.post("/webhook/example", content=body, headers=headers)
        assert response.status_code == 200, response.text
        return dict(response.json())
    return send


def test_a_replayed_request_gets_the_first_answer_and_changes_nothing(hook: Webhook, clock: Clock) -> None:
    send = _replay(hook, clock, buyer_message("rep-1", "能便宜点吗", item_id="dress-floral"))
    first = send()
    assert first["template_ids"][0].startswith("bargain.hold")
    record = stored(hook, "conv:rep-1")
    for _ in range(3):  # the very same signed request again, inside the signature window
        assert send() == first  # the reply a lost response carried is delivered again
    assert stored(hook, "conv:rep-1") == record  # and the bargaining did not move on
    clock.advance(30)
    assert hook.say("rep-1", "能便宜点吗")["template_ids"][0].startswith(("bargain.gift", "bargain.coupon"))


def test_a_platform_retry_with_the_same_message_id_gets_the_same_decision(hook: Webhook, clock: Clock) -> None:
    first = hook.say("mid-1", "有L码吗", message_id="m-77")
    assert first["mode"] == "auto" and first["replies"]
    clock.advance(2)
    assert hook.say("mid-1", "有L码吗", message_id="m-77") == first
    assert len(stored(hook, "conv:mid-1")["recent"]) == 1  # counted once


def test_a_replayed_agent_message_does_not_silence_the_bot_again(hook: Webhook, clock: Clock) -> None:
    send = _replay(hook, clock, agent_message("rp-2"))
    assert send() == {"ok": True}
    hook.ok(release("rp-2"))
    assert send() == {"ok": True}  # the same request again: already done, nothing changes
    assert hook.say("rp-2", "有L码吗")["mode"] == "auto"


def test_a_replayed_release_does_not_release_again(hook: Webhook, clock: Clock) -> None:
    send = _replay(hook, clock, release("rp-3"))
    assert send() == {"ok": True, "released": "rp-3"}
    clock.advance(1)
    hook.ok(agent_message("rp-3"))
    assert send() == {"ok": True, "released": "rp-3"}
    assert hook.say("rp-3", "有L码吗")["mode"] == "silent"  # the agent still has the conversation


def test_a_replayed_status_does_not_undo_a_newer_one(hook: Webhook, clock: Clock) -> None:
    send = _replay(hook, clock, agent_status("agent-9", "online"))
    assert send()["agents"] == "online"
    clock.advance(1)
    assert hook.ok(agent_status("agent-9", "offline"))["agents"] == "offline"
    assert send()["agents"] == "offline"
    assert stored(hook, "agents")["agent-9"] == "offline"


def test_conversation_rate_window_survives_agent_events(hook: Webhook, clock: Clock) -> None:
    hook.say("rw-1", "在吗")
    hook.ok(agent_message("rw-1"))
    hook.ok(release("rw-1"))
    record = hook.client.app.state.service.store.load("example", "conv:rw-1")
    assert len(record["recent"]) == 1


def test_a_method_not_allowed_names_every_method_of_the_path(hook: Webhook) -> None:
    response = hook.client.request("OPTIONS", "/api/shops/example")
    assert response.status_code == 405
    assert response.headers["Allow"] == "GET, PATCH"  # both routes of the path, not the first one's alone
    assert error_of(response)["code"] == "method_not_allowed"
