"""other: chit-chat, ads, out of scope. Honest about being a bot; what it cannot place
goes to a human."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest

from botcore.conversation import Conversation
from botcore.shop import Shop
from engine import Engine
from intents import Question
from intents.other import Other

NOW = dt.datetime(2026, 11, 25, 10, 0)
BOT_WORDS = ("机器人", "智能客服", "自动回复", "小助手")


@pytest.mark.parametrize(
    "text",
    [
        "你是机器人吗",
        "是不是自动回复啊",
        "機器人吧你",  # traditional
        "你们是机器人回复的吧？",
        "你是真人吗？",
    ],
)
def test_asking_whether_it_is_a_bot_gets_an_honest_yes(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "other"
    assert reply.parts[0].case == "bot"
    assert reply.mode in ("auto", "suggest")
    assert any(word in reply.suggestion for word in BOT_WORDS), reply.suggestion


def test_asking_whether_it_is_a_bot_on_a_page_whose_fact_says_机器_is_still_that(
        make_engine: Callable[..., Engine]) -> None:
    """「你是机器人吗」 on a laptop's page whose 硬盘扩展 says 机器里有两个硬盘位: the honest yes, not that fact."""
    laptop = {"id": "tb", "name": "轻薄本", "price": 4999, "colours": ["灰色"], "sizes": ["16G"],
              "attributes": {"硬盘扩展": "机器里有两个M.2硬盘位,可以自己加一条固态"}}
    reply = make_engine(products=[laptop]).reply("你是机器人吗", item_id="tb", now=NOW)
    assert reply.parts[0].case == "bot" and "硬盘位" not in reply.text + reply.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "今天天气真好呀",
        "你们招兼职吗",
        "一件代发可以吗",
        "你多大了",
        "我想做你们代理",
        "加v聊～",
    ],
)
def test_chit_chat_and_ads_are_other_and_steer_back_to_the_shop(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "other"
    assert reply.parts[0].case == "off_topic"
    assert reply.mode in ("auto", "suggest", "handoff")  # how sure: the calibrated chance decides
    assert reply.actions == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("转人工", "human"),
        ("能开发票吗", "invoice"),
        ("这件是正品吗", "product"),
        ("几岁能玩", "product"),  # an age of whom the goods are for, not the agent's
        ("多大的孩子能穿", "product|sizing"),
        ("想送女朋友 S码够不够", "sizing|product|stock"),  # a friend the goods are for, not the agent's
        ("男朋友穿合适吗", "sizing|product"),
    ],
)
def test_near_misses_are_not_other(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] in expected.split("|") and "other" not in reply.intents


def test_a_shop_question_only_a_little_like_an_off_topic_example_goes_to_a_person(engine: Engine) -> None:
    reply = engine.reply("你们店在哪 能自提吗", item_id="dress-floral", now=NOW)  # not 「你们店招客服吗」
    assert reply.mode != "auto" and reply.parts[0].case != "off_topic"  # (where it ships from, for a person)


@pytest.mark.parametrize("text", ["啊吧啊吧", "qwe zxc", "嗯?那个那个"])
def test_message_nobody_recognises_is_handed_off_politely(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents == ("other",)
    assert reply.mode == "handoff"
    assert reply.text.strip()
    assert reply.conversation.handed_off


@pytest.mark.parametrize("text", ["😂😂😂", "/:^_^", "？？？"])
def test_message_with_nothing_readable_is_answered_and_handed_off(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents == ("other",)
    assert reply.mode == "handoff"
    assert reply.text.strip()


def test_other_unknown_case_hands_off_with_its_own_wording(engine: Engine, shop: Shop) -> None:
    message, _ = engine.read("那个那个")
    answer = Other().answer(Question(shop, message, Conversation(), NOW, None))
    assert answer.case == "unknown"
    assert answer.handoff
    wording = engine.library.choose("other.unknown", (), random.Random(0)).render({})
    assert wording.strip()


@pytest.mark.parametrize("text", ["哈哈哈好可爱", "颜值好高啊"])
def test_the_goods_praised_asking_nothing_are_thanked_not_handed_on(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert (reply.intents, reply.parts[0].case, reply.mode) == (("other",), "praise", "auto")


@pytest.mark.parametrize(("text", "intent"), [
    ("汕头今天冷不冷哈哈", "other"),  # the weather somewhere: chat, no warmth of the goods
    ("杭州明天下雨吗", "other"),
    ("你们那边最近降温了吗", "other"),
    ("南通下雪没", "other"),  # a city's weather: no delivery there asked
    ("南通能发吗", "shipping"),
    ("冬天穿冷不冷", "product"),  # the goods worn in the cold: their warmth
])
def test_the_weather_chatted_of_is_off_topic_not_a_fact_of_the_goods(engine: Engine, text: str, intent: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == intent
    if intent == "other":
        assert reply.parts[0].case == "off_topic" and reply.mode != "handoff"


@pytest.mark.parametrize(("text", "remark"), [
    ("今天好冷啊 杯子正好用得上哈哈", True),  # the weather remarked on, nothing asked: a word back, sent
    ("最近太热了", True),
    ("好冷啊 穿着一点都不暖和", False),  # a complaint of the goods: never a word about the weather
    ("太冷了 保温效果怎么样", False),  # a question beside it: that question
])
def test_the_weather_remarked_on_asking_nothing_gets_a_word_back(engine: Engine, text: str, remark: bool) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case == "remark") is remark
    assert not remark or (reply.intents, reply.mode) == (("other",), "auto")


@pytest.mark.parametrize("text", ["今天好冷啊 娃都冻感冒了", "最近太冷了 冻得我都发烧了"])
def test_the_weather_remarked_on_with_someone_unwell_gets_a_kind_word_not_a_laugh(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "remark_unwell" and reply.mode == "auto"
    assert "哈哈" not in reply.text and "好起来" in reply.text
