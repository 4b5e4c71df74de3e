"""greeting: the buyer opens the chat; welcome once a day (with the running promotion)."""

from __future__ import annotations

import datetime as dt

import pytest

from botcore.shop import Shop
from engine import Engine

IN_PROMOTION = dt.datetime(2026, 11, 25, 10, 0)  # 双十二预热 runs 2026-11-20..2026-12-12
NO_PROMOTION = dt.datetime(2026, 10, 14, 10, 0)  # no promotion is running


@pytest.mark.parametrize(
    "text",
    [
        "在吗",
        "亲在不在呀",
        "你好呀～",
        "老闆在嗎？",  # traditional, full-width question mark
        "有人吗？？",
        "哈喽",
        "早上好亲",
        "客服在不",
        "嗨",
        "掌柜的在么",
    ],
)
def test_opening_messages_are_greetings(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=IN_PROMOTION)
    assert reply.intents[0] == "greeting"
    assert reply.mode in ("auto", "suggest")  # sent, or drafted when the bot is less sure (scores are chances)


@pytest.mark.parametrize(("text", "asked"), [("你好请问带电子狗吗", "product"), ("你好 我想维修", "returns")])
def test_a_greeting_before_a_question_no_rule_knows_drafts_the_likeliest_question(
        engine: Engine, text: str, asked: str) -> None:
    reply = engine.reply(text, now=IN_PROMOTION, alternatives=3)
    assert reply.intents[0] == asked  # what follows the greeting is what the buyer came for ...
    assert reply.mode != "auto"  # ... a guess, so a person decides; a cheerful 「在的亲」 would miss it
    assert "greeting" in [part.intent for part, _ in reply.alternatives]  # the greeting is one of the drafts


def test_a_greeting_before_a_likely_question_is_drafted_not_handed_off(engine: Engine) -> None:
    reply = engine.reply("你好 我想维修", now=IN_PROMOTION)
    assert (reply.intents[0], reply.mode) == ("returns", "suggest")
    assert "打招呼之后还说了别的" in reply.reason


@pytest.mark.parametrize("text", ["你好，我想问一下", "在吗 老板", "亲 在吗 问个事",
                                  "晚上还有人吗", "kf在吗", "这么晚还有人吗"])  # when, and who: no question
def test_a_greeting_that_only_asks_leave_to_ask_is_sent(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=IN_PROMOTION)
    assert (reply.intents[0], reply.mode) == ("greeting", "auto")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("在吗 有L码吗", "stock"),
        ("你好，能开发票吗", "invoice"),
        ("现在还有货吗", "stock"),
    ],
)
def test_greeting_yields_to_a_real_question(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, now=IN_PROMOTION)
    assert reply.intents[0] == expected
    assert "greeting" not in reply.intents


def test_first_greeting_names_the_shop_and_the_running_promotion(engine: Engine, shop: Shop) -> None:
    reply = engine.reply("亲在吗", now=IN_PROMOTION)
    part = reply.parts[0]
    assert part.case == "welcome_promotion"
    assert part.facts["promotion_name"] == "双十二预热"
    assert shop.shop.name in reply.text
    assert "双十二预热" in reply.text
    assert "满299减30" in reply.text
    assert reply.text == reply.suggestion


def test_welcome_introduces_the_agent_by_nickname(engine: Engine, shop: Shop) -> None:
    for now in (IN_PROMOTION, NO_PROMOTION):
        reply = engine.reply("你好", now=now)
        assert shop.shop.agent_nickname in reply.text, reply.text


@pytest.mark.parametrize(
    ("now", "promotion"),
    [
        (dt.datetime(2026, 11, 20, 9, 0), "双十二预热"),  # first day
        (dt.datetime(2026, 12, 12, 22, 0), "双十二预热"),  # last day
        (dt.datetime(2026, 11, 5, 12, 0), "双十一狂欢"),
        (dt.datetime(2027, 1, 3, 12, 0), "元旦新年福利"),
    ],
)
def test_welcome_mentions_whichever_promotion_runs_that_day(engine: Engine, now: dt.datetime, promotion: str) -> None:
    reply = engine.reply("在吗", now=now)
    assert reply.parts[0].case == "welcome_promotion"
    assert reply.parts[0].facts["promotion_name"] == promotion
    assert promotion in reply.text


@pytest.mark.parametrize("now", [NO_PROMOTION, dt.datetime(2026, 12, 13, 10, 0)])
def test_welcome_without_a_promotion_names_the_shop_only(engine: Engine, shop: Shop, now: dt.datetime) -> None:
    reply = engine.reply("您好", now=now)
    assert reply.parts[0].case == "welcome"
    assert shop.shop.name in reply.text
    assert all(p.name not in reply.text for p in shop.promotions)
    assert reply.mode == "auto"


def test_first_greeting_remembers_the_day(engine: Engine) -> None:
    reply = engine.reply("在吗", now=IN_PROMOTION)
    assert reply.conversation.greeted_on == IN_PROMOTION.date()


def test_second_greeting_the_same_day_is_a_short_again(engine: Engine) -> None:
    first = engine.reply("在吗", now=IN_PROMOTION)
    second = engine.reply("亲 在不在", first.conversation, now=IN_PROMOTION.replace(hour=15))
    assert second.intents[0] == "greeting"
    assert second.parts[0].case == "again"
    assert "双十二预热" not in second.text
    assert second.text


def test_greeting_on_a_new_day_welcomes_again(engine: Engine) -> None:
    first = engine.reply("在吗", now=IN_PROMOTION)
    next_day = engine.reply("在吗", first.conversation, now=IN_PROMOTION + dt.timedelta(days=1))
    assert next_day.parts[0].case == "welcome_promotion"
