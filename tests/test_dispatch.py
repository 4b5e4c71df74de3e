"""dispatch(): who answers a buyer message, from real engine replies and hand-built records."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Sequence

import pytest

from botcore.conversation import Conversation
from botcore.shop import AutoReply
from engine import Engine, Reply
from serving.dispatch import Record, Verdict, agents_state, dispatch

TODAY = dt.date(2026, 11, 20)
SHOP_NOW = dt.datetime(2026, 11, 20, 14, 0)
NOW = 1_800_000_000.0  # the server's clock; only differences matter to dispatch
EXAMPLE = AutoReply(mode="conditional", when=["busy", "away", "offline", "first_of_day"],
                    handoff_silence_minutes=30, burst_seconds=5)

SURE = "有L码吗"  # the engine is sure: stock, L
UNSURE = "这件衣服咋样啊 还行不"  # vague: the engine only suggests (its chance is below auto_threshold)
COMPLAINT = "衣服一洗就掉色,太差劲了,我要投诉你们"


@pytest.fixture(scope="module")
def example_engine() -> Engine:
    return Engine.from_file(rng=random.Random(7))


def reply_to(engine: Engine, text: str, record: Record | None = None) -> Reply:
    conversation = record.conversation if record is not None else None
    return engine.reply(text, conversation, item_id="dress-floral", now=SHOP_NOW, alternatives=3)


def earlier_today() -> Record:
    """A conversation whose buyer wrote an hour ago, today."""
    return Record(last_buyer_at=NOW - 3600, last_day=TODAY.isoformat())


def yesterday() -> Record:
    return Record(last_buyer_at=NOW - 86_400, last_day=(TODAY - dt.timedelta(days=1)).isoformat())


AGENTS: dict[str, dict[str, str]] = {
    "online": {"a1": "online"},
    "busy": {"a1": "busy"},
    "away": {"a1": "away"},
    "offline": {"a1": "offline"},
    "no agents": {},
}

# (autoreply mode, agents, buyer's first message today?, expected mode for a sure reply)
MODE_TABLE: list[tuple[str, str, bool, str]] = [
    ("always", "online", True, "auto"),
    ("always", "online", False, "auto"),
    ("always", "busy", True, "auto"),
    ("always", "busy", False, "auto"),
    ("always", "away", True, "auto"),
    ("always", "away", False, "auto"),
    ("always", "offline", True, "auto"),
    ("always", "offline", False, "auto"),
    ("always", "no agents", True, "auto"),
    ("always", "no agents", False, "auto"),
    ("never", "online", True, "suggest"),
    ("never", "online", False, "suggest"),
    ("never", "busy", True, "suggest"),
    ("never", "busy", False, "suggest"),
    ("never", "away", True, "suggest"),
    ("never", "away", False, "suggest"),
    ("never", "offline", True, "suggest"),
    ("never", "offline", False, "suggest"),
    ("never", "no agents", True, "suggest"),
    ("never", "no agents", False, "suggest"),
    ("conditional", "online", True, "auto"),  # first_of_day trigger
    ("conditional", "online", False, "suggest"),  # an agent is on duty: suggestions only
    ("conditional", "busy", True, "auto"),
    ("conditional", "busy", False, "auto"),
    ("conditional", "away", True, "auto"),
    ("conditional", "away", False, "auto"),
    ("conditional", "offline", True, "auto"),
    ("conditional", "offline", False, "auto"),
    ("conditional", "no agents", True, "auto"),
    ("conditional", "no agents", False, "auto"),
]


@pytest.mark.parametrize(("mode", "agents", "first_of_day", "expected"), MODE_TABLE,
                         ids=[f"{m}-{a}-{'first' if f else 'again'}" for m, a, f, _ in MODE_TABLE])
def test_autoreply_mode_agents_and_first_of_day(
    example_engine: Engine, mode: str, agents: str, first_of_day: bool, expected: str
) -> None:
    record = yesterday() if first_of_day else earlier_today()
    reply = reply_to(example_engine, SURE, record)
    assert reply.mode == "auto", reply.trace()
    autoreply = EXAMPLE.model_copy(update={"mode": mode})

    verdict = dispatch(reply, record, agents_state(AGENTS[agents]), autoreply, NOW, TODAY)

    assert verdict.mode == expected, verdict.reason
    assert verdict.send is (expected == "auto")
    if expected == "auto":
        assert verdict.reason == reply.reason
        assert "米白色" in reply.text and "L" in reply.text  # what is sent: the shop's stock facts
    else:
        label = {"online": "在线", "busy": "忙碌", "away": "离开", "offline": "离线", "no agents": "离线"}[agents]
        assert verdict.reason == f"客服{label},只给建议回复"
    assert verdict.record.handoff_at is None
    assert verdict.record.last_day == TODAY.isoformat()
    assert verdict.record.last_buyer_at == NOW
    assert_kept(verdict, reply, record)


def test_a_new_conversation_counts_as_first_of_day(example_engine: Engine) -> None:
    reply = reply_to(example_engine, SURE)
    verdict = dispatch(reply, Record(), "online", EXAMPLE, NOW, TODAY)
    assert verdict.mode == "auto" and verdict.send


@pytest.mark.parametrize(
    ("when", "agents", "first_of_day", "expected"),
    [
        (["busy", "away", "offline"], "online", True, "suggest"),  # first_of_day is not a trigger here
        (["busy", "away", "offline"], "busy", False, "auto"),
        (["first_of_day"], "busy", False, "suggest"),
        (["first_of_day"], "offline", True, "auto"),
        (["offline"], "away", False, "suggest"),
        (["away"], "away", False, "auto"),
        ([], "offline", True, "suggest"),
    ],
)
def test_conditional_answers_only_on_its_triggers(
    example_engine: Engine, when: list[str], agents: str, first_of_day: bool, expected: str
) -> None:
    record = yesterday() if first_of_day else earlier_today()
    autoreply = AutoReply(mode="conditional", when=when)
    verdict = dispatch(reply_to(example_engine, SURE, record), record, agents, autoreply, NOW, TODAY)  # type: ignore[arg-type]
    assert verdict.mode == expected, verdict.reason


@pytest.mark.parametrize(
    ("mode", "agents", "expected", "send"),
    [
        ("always", "online", "handoff", True),
        ("conditional", "offline", "handoff", True),
        ("conditional", "online", "suggest", False),
        ("never", "offline", "suggest", False),
    ],
)
def test_unsure_reply_holds_and_hands_off_when_the_bot_answers(
    example_engine: Engine, mode: str, agents: str, expected: str, send: bool
) -> None:
    record = earlier_today()
    reply = reply_to(example_engine, UNSURE, record)
    assert reply.mode == "suggest", reply.trace()
    verdict = dispatch(reply, record, agents, EXAMPLE.model_copy(update={"mode": mode}), NOW, TODAY)  # type: ignore[arg-type]
    assert (verdict.mode, verdict.send) == (expected, send)
    assert verdict.record.handoff_at == (NOW if expected == "handoff" else None)
    if send:  # the buyer gets the polite "let me check", never a guess
        assert reply.text != reply.suggestion
        assert "M" not in reply.text


@pytest.mark.parametrize(
    ("mode", "agents", "send"),
    [
        ("always", "online", True),
        ("conditional", "offline", True),
        ("conditional", "online", False),  # the agent on duty takes it: nothing sent by the bot
        ("never", "offline", False),
    ],
)
def test_complaint_is_always_handed_off(example_engine: Engine, mode: str, agents: str, send: bool) -> None:
    record = earlier_today()
    reply = reply_to(example_engine, COMPLAINT, record)
    assert reply.intent == "human"
    assert {"type": "flag", "reason": "complaint"} in [dict(a) for a in reply.actions]
    verdict = dispatch(reply, record, agents, EXAMPLE.model_copy(update={"mode": mode}), NOW, TODAY)  # type: ignore[arg-type]
    assert verdict.mode == "handoff"
    assert verdict.send is send
    assert verdict.record.handoff_at == NOW


# --------------------------------------------------------------------------- hand-off silence


@pytest.mark.parametrize("mode", ["always", "conditional", "never"])
@pytest.mark.parametrize(
    ("minutes_ago", "silent"),
    [(0.5, True), (10, True), (29 + 59 / 60, True), (30 + 1 / 60, False), (120, False)],
)
def test_handoff_silence_then_expiry(
    example_engine: Engine, mode: str, minutes_ago: float, silent: bool
) -> None:
    handed_off_at = NOW - minutes_ago * 60
    record = dataclasses.replace(yesterday(), handoff_at=handed_off_at)
    reply = reply_to(example_engine, SURE, record)
    verdict = dispatch(reply, record, "offline", EXAMPLE.model_copy(update={"mode": mode}), NOW, TODAY)
    if silent:
        assert (verdict.mode, verdict.send) == ("silent", False)
        assert verdict.reason == "已转人工,机器人先不回复"
        assert verdict.record.handoff_at == handed_off_at  # the silence is not extended by the buyer
    else:
        assert verdict.mode == ("suggest" if mode == "never" else "auto")
        assert verdict.record.handoff_at is None
    # either way what the buyer said is kept for later
    assert_kept(verdict, reply, record)
    assert verdict.record.last_buyer_at == NOW


def test_zero_handoff_silence_never_silences(example_engine: Engine) -> None:
    record = dataclasses.replace(earlier_today(), handoff_at=NOW)
    autoreply = EXAMPLE.model_copy(update={"handoff_silence_minutes": 0})
    verdict = dispatch(reply_to(example_engine, SURE, record), record, "offline", autoreply, NOW, TODAY)
    assert verdict.mode == "auto"


def test_a_complaint_during_the_silence_stays_silent(example_engine: Engine) -> None:
    record = dataclasses.replace(earlier_today(), handoff_at=NOW - 60)
    verdict = dispatch(reply_to(example_engine, COMPLAINT, record), record, "offline", EXAMPLE, NOW, TODAY)
    assert verdict.mode == "silent"
    assert verdict.record.handoff_at == NOW - 60


# --------------------------------------------------------------------------- bursts


def run(engine: Engine, steps: Sequence[tuple[float, str]], *, agents: str = "offline",
        autoreply: AutoReply = EXAMPLE, record: Record | None = None) -> list[Verdict]:
    """Messages at ``NOW + offset`` seconds, each with the record the previous one left."""
    record = record or yesterday()
    verdicts = []
    for offset, text in steps:
        reply = reply_to(engine, text, record)
        verdict = dispatch(reply, record, agents, autoreply, NOW + offset, TODAY)  # type: ignore[arg-type]
        verdicts.append(verdict)
        record = verdict.record
    return verdicts


@pytest.mark.parametrize(
    ("steps", "modes"),
    [
        ([(0, SURE), (2, SURE)], ["auto", "silent"]),
        ([(0, SURE), (5, SURE)], ["auto", "silent"]),  # burst_seconds is inclusive
        ([(0, SURE), (6, SURE)], ["auto", "auto"]),  # after the window: answered again
        ([(0, SURE), (2, "有XL码吗")], ["auto", "auto"]),  # a new size inside the burst
        ([(0, SURE), (2, "有黑色的吗")], ["auto", "auto"]),  # a new colour inside the burst
        ([(0, SURE), (2, "??")], ["auto", "silent"]),  # asks nothing
        ([(0, SURE), (1, "？？？")], ["auto", "silent"]),
        ([(0, SURE), (4, SURE), (8, SURE)], ["auto", "silent", "silent"]),  # each within 5 s of the last
        ([(0, SURE), (2, "有黑色的吗"), (4, SURE), (5, "有黑色的吗")], ["auto", "auto", "silent", "silent"]),
        ([(0, SURE), (2, "有黑色的吗"), (20, SURE)], ["auto", "auto", "auto"]),
    ],
    ids=["same", "same-at-5s", "same-after-window", "new-size", "new-colour", "question-marks",
         "fullwidth-question-marks", "sliding", "burst-remembers-all", "new-burst"],
)
def test_burst(example_engine: Engine, steps: list[tuple[float, str]], modes: list[str]) -> None:
    verdicts = run(example_engine, steps)
    assert [v.mode for v in verdicts] == modes, [v.reason for v in verdicts]
    for verdict, mode in zip(verdicts, modes, strict=True):
        assert verdict.send is (mode == "auto")
        if mode == "silent":
            assert verdict.reason == "连发的消息已经回复过了"


def test_burst_record_keeps_what_was_answered(example_engine: Engine) -> None:
    first, second = run(example_engine, [(0, SURE), (2, "有黑色的吗")])
    assert "L" in first.record.burst and "stock" in first.record.burst
    assert {"L", "黑色", "stock"} <= set(second.record.burst)
    assert second.record.last_buyer_at == NOW + 2


def test_repeat_during_suggest_mode_is_silent_too(example_engine: Engine) -> None:
    verdicts = run(example_engine, [(0, SURE), (3, SURE)], agents="online", record=earlier_today())
    assert [v.mode for v in verdicts] == ["suggest", "silent"]


def test_burst_seconds_zero_answers_every_message(example_engine: Engine) -> None:
    verdicts = run(example_engine, [(0, SURE), (1, SURE)], autoreply=EXAMPLE.model_copy(update={"burst_seconds": 0}))
    assert [v.mode for v in verdicts] == ["auto", "auto"]


def test_question_marks_alone_do_not_silence_the_next_question(example_engine: Engine) -> None:
    """A buyer opening with "??" is invited to ask ("有什么想了解的可以直接打字问我"); the real
    question that follows must be answered, not swallowed by a hand-off silence."""
    opening, question = run(example_engine, [(0, "??"), (20, SURE)])
    assert opening.send
    assert question.mode == "auto", question.reason


# --------------------------------------------------------------------------- agents' state


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ({}, "offline"),
        ({"a": "online"}, "online"),
        ({"a": "offline", "b": "busy"}, "busy"),
        ({"a": "away", "b": "busy"}, "busy"),
        ({"a": "offline", "b": "away"}, "away"),
        ({"a": "away", "b": "online", "c": "offline"}, "online"),
        ({"a": "offline", "b": "offline"}, "offline"),
        ({"a": "lunch"}, "offline"),
        ({"a": "lunch", "b": "busy"}, "busy"),
    ],
)
def test_agents_state_is_the_most_available_agent(statuses: dict[str, str], expected: str) -> None:
    assert agents_state(statuses) == expected


def test_record_round_trips_through_a_dict(example_engine: Engine) -> None:
    reply = reply_to(example_engine, SURE)
    record = Record(reply.conversation, NOW - 5, NOW - 1, TODAY.isoformat(), ("L", "stock"))
    assert Record.from_dict(record.to_dict()) == record
    assert Record.from_dict(None) == Record()
    assert Record.from_dict({}) == Record(Conversation())


def assert_kept(verdict: Verdict, reply: Reply, record: Record) -> None:
    """A sent answer moves the whole conversation on; an unsent one keeps only what the
    buyer said (product, size, colour ...), not the wordings or the bargaining round."""
    if verdict.send:
        assert verdict.record.conversation == reply.conversation
        return
    kept = verdict.record.conversation
    assert (kept.product_id, kept.size, kept.colour, kept.last_intents) == (
        reply.conversation.product_id, reply.conversation.size, reply.conversation.colour,
        reply.conversation.last_intents)
    assert kept.recent_wordings == record.conversation.recent_wordings
    assert kept.bargain_round == record.conversation.bargain_round
