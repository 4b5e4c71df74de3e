"""thanks: the buyer closes the chat: thanks / ok, "I've ordered", "I'll think about it"."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from engine import Engine

WEDNESDAY_MORNING = dt.datetime(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("谢谢亲", "thanks"),
        ("好的谢谢哈", "thanks"),
        ("謝謝！", "thanks"),  # traditional, full-width
        ("多谢啦～", "thanks"),
        ("好滴", "thanks"),
        ("嗯嗯", "ack"),  # a yes, not thanks: no 「不客气」
        ("哦", "ack"),
        ("好吧", "ack"),
        ("那好吧", "ack"),
        ("拜拜", "thanks"),
        ("辛苦啦", "thanks"),
        ("知道了哈", "ack"),
        ("好的 知道了", "ack"),  # two of them together: still a yes
        ("嗯嗯,明白了", "ack"),
        ("行吧 那就这样吧", "ack"),  # a yes to what was said, closing: taken, not thanked for
        ("拍了拍了", "bought"),
        ("我已经下单了", "bought"),
        ("付好了", "bought"),
        ("已付款了哈", "bought"),
        ("付款了", "bought"),
        ("我再考虑一下", "thinking"),
        ("我再看看吧", "thinking"),
        ("先逛逛", "thinking"),
        ("好的 谢谢亲 我量好尺寸再来", "thinking"),  # off to measure: a goodbye for now, not how to measure
        ("我问问老公再来拍", "thinking"),
    ],
)
def test_closing_messages_are_thanks_with_the_right_case(engine: Engine, text: str, case: str) -> None:
    reply = engine.reply(text, now=WEDNESDAY_MORNING)
    assert reply.intents[0] == "thanks"
    assert reply.parts[0].case == case
    assert reply.mode in ("auto", "suggest")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("谢谢，什么时候发货呀", "shipping"),
        ("好的，那帮我改成M码", "order_change"),
        ("好的 有运费险吗", "returns"),
        ("配好的眼镜看不清楚", "returns"),  # 好的 of a thing made, said of a fault: no yes
        ("收到了 太小了穿不上", "returns"),  # the goods received, and what is wrong with them: no thanks
        ("收到了 瓶子碎了", "returns"),
    ],
)
def test_thanks_yields_to_a_real_question(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, now=WEDNESDAY_MORNING)
    assert reply.intents[0] == expected
    assert "thanks" not in reply.intents


@pytest.mark.parametrize("text", ["好的再发两盒吗", "嗯嗯 能多送几个吗"])
def test_a_yes_then_a_question_is_no_thanks(engine: Engine, text: str) -> None:
    """A yes said before a question the bot cannot place is not answered with 「不客气」."""
    reply = engine.reply(text, now=WEDNESDAY_MORNING)
    assert "thanks" not in reply.intents and reply.mode != "auto"


@pytest.mark.parametrize(
    ("now", "ship_day"),
    [
        (dt.datetime(2026, 11, 25, 10, 0), "今天"),  # Wednesday before the 16:00 cut-off
        (dt.datetime(2026, 11, 25, 17, 30), "明天(周四)"),  # Wednesday after the cut-off
        (dt.datetime(2026, 11, 28, 18, 0), "后天(周一)"),  # Saturday evening; Sunday is off
        (dt.datetime(2026, 11, 29, 9, 0), "明天(周一)"),  # Sunday
        (dt.datetime(2026, 12, 31, 20, 0), "后天(周六)"),  # 2027-01-01 is a holiday
    ],
)
def test_bought_tells_the_day_the_order_ships(engine: Engine, now: dt.datetime, ship_day: str) -> None:
    reply = engine.reply("拍下了哈", now=now)
    part = reply.parts[0]
    assert part.case == "bought"
    assert part.facts["ship_day"] == ship_day
    assert ship_day in part.text  # the answer, sent or drafted for the agent


def test_plain_thanks_says_you_are_welcome_without_shipping_talk(engine: Engine) -> None:
    reply = engine.reply("谢谢哈", now=WEDNESDAY_MORNING)
    assert reply.parts[0].case == "thanks"
    assert reply.parts[0].facts == {}
    assert reply.text == reply.suggestion
    assert reply.actions == ()


def test_ordering_after_a_price_change_was_promised_says_to_wait_before_paying(engine: Engine) -> None:
    now = dt.datetime(2026, 12, 20, 10, 0)  # no promotion running
    conversation = None
    for text in ["老板便宜点", "便宜20呗", "15呢"]:
        reply = engine.reply(text, conversation, item_id="blazer-classic", now=now)
        conversation = reply.conversation
    assert reply.parts[0].case == "final" and reply.conversation.price_cut == "10元"
    ordered = engine.reply("行 拍了", conversation, item_id="blazer-classic", now=now)
    part = ordered.parts[0]
    assert (part.case, part.facts["discount"]) == ("bought_price_cut", "10元")
    assert "先别付款" in part.text or "再付款" in part.text


def test_ordering_without_a_price_change_says_the_ship_day(engine: Engine) -> None:
    reply = engine.reply("拍了", item_id="blazer-classic", now=dt.datetime(2026, 11, 25, 10, 0))
    assert reply.parts[0].case == "bought"


@pytest.mark.parametrize("text", ["算了不买了", "那算了", "不行我去别家了", "那就不要了",
                                  "算了太贵了 不买了", "算了 太贵了", "有点贵 算了",  # over the price too
                                  "算了 太麻烦了", "太麻烦了 算了", "那不做了",  # or the trouble of it
                                  "算了 去京东买了", "我去拼多多买了",  # or for another platform
                                  "算了 我再看看别家", "我再比比别家",  # or another shop
                                  "算了不买了 别家便宜", "算了 不买你们家的了",  # whatever reason is said after
                                  "算了 别家更便宜 不买了", "太贵了 拼多多才6块 算了不买了",  # or before
                                  "别家更便宜 不买了", "拼多多才6块 算了"])
def test_a_buyer_giving_up_gets_no_youre_welcome_and_a_person_hears_of_it(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=WEDNESDAY_MORNING)
    assert (reply.intents[0], reply.parts[0].case, reply.mode) == ("thanks", "leaving", "handoff")
    assert reply.actions == ({"type": "flag", "reason": "buyer_leaving"},)
    assert "客气" not in reply.text + reply.suggestion
    assert not any(word in reply.text for word in ("确认", "核实", "查清楚"))  # nothing to check: only to wait
    assert any(word in reply.text for word in ("抱歉", "添麻烦"))  # the apology itself, however sure, not 「请稍等」


@pytest.mark.parametrize("text", ["便宜点就买 不然不买了", "别家才6块 能便宜点吗", "不包邮就不买了"])
def test_a_price_with_a_condition_or_a_question_still_haggles(engine: Engine, text: str) -> None:
    """「便宜点就买 不然不买了」 names a price to be met: a haggle answered, not a buyer leaving."""
    reply = engine.reply(text, now=WEDNESDAY_MORNING)
    assert reply.intents[0] == "bargain" and reply.actions == ()


def test_ordering_a_presale_variant_says_its_own_ship_date(engine: Engine) -> None:
    first = engine.reply("牛油果绿L有吗", item_id="hoodie-fleece", now=WEDNESDAY_MORNING)
    then = engine.reply("那我先拍了", first.conversation, item_id="hoodie-fleece", now=WEDNESDAY_MORNING)
    part = then.parts[0]
    assert part.case == "bought" and "今天" not in part.facts["ship_day"]


def test_never_mind_after_a_refused_haggle_is_giving_up(engine: Engine) -> None:
    first = engine.reply("能便宜吗", item_id="dress-floral", now=WEDNESDAY_MORNING)
    then = engine.reply("算了", first.conversation, item_id="dress-floral", now=WEDNESDAY_MORNING)
    assert then.parts[0].case == "leaving"
    assert engine.reply("算了", now=WEDNESDAY_MORNING).parts[0].case == "thanks"  # alone, a plain never mind


@pytest.mark.parametrize("text", ["太贵了", "太贵了 便宜点吧", "太贵了不买了吗"])
def test_the_price_said_dear_without_giving_up_is_still_a_haggle(engine: Engine, text: str) -> None:
    assert engine.reply(text, item_id="dress-floral", now=WEDNESDAY_MORNING).intents[0] == "bargain"


def test_ordering_a_product_with_its_own_ship_time_says_that_time(make_engine: Callable[..., Engine]) -> None:
    sofa = {"id": "sofa", "name": "布艺沙发", "price": 2999, "colours": ["灰色"], "sizes": ["三人位"],
            "attributes": {"发货时间": "现货付款后3天内发货"}}
    reply = make_engine(products=[sofa]).reply("好的 那我拍了", item_id="sofa", now=WEDNESDAY_MORNING)
    part = reply.parts[0]
    assert (part.case, part.facts["ship_time"]) == ("bought_own", "现货付款后3天内发货")
    assert "今天" not in reply.text


@pytest.mark.parametrize("text", ["测完再拍是吧", "先领券再拍对吧", "拍了再备注是吗"])
def test_a_line_that_asks_to_be_told_yes_is_no_thanks(engine: Engine, text: str) -> None:
    """「测完再拍是吧」 asks whether that is the way: a person or the answer, never 「不客气」."""
    reply = engine.reply(text, now=WEDNESDAY_MORNING)
    assert "thanks" not in reply.intents
