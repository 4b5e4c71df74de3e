"""logistics: after paying, where is the parcel; no tracking data, so hand off."""

from __future__ import annotations

import datetime as dt

import pytest

from engine import Engine

NOW = dt.datetime(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(
    "text",
    [
        "我的快递到哪了",
        "快遞到哪裡了？",  # traditional, full-width
        "物流怎么一直不动",
        "单号发我下呗",
        "等了五天还没收到",
        "怎么还没发货啊",
        "催一下快递哈亲",
        "显示签收了但我没收到",
        "买的衣服还没到呢",
        "包裹几天了还不动",
        # ordered already, then asking when it comes: their parcel, not a question before buying
        "我下单了 周五前能送到吗",
        "已经付款了 明天可以收到吗",
        "这个订单今天会送过来吗",
        # has it gone out yet: the parcel, not 「能发吗」
        "东西寄了吗",
        "发货没有啊 我等着用",
        "怎么还没送到家",
    ],
)
def test_where_is_my_parcel_is_logistics(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "logistics"
    assert reply.mode == "handoff"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("什么时候发货", "shipping"),
        ("几天能到上海", "shipping"),
        ("发什么快递", "shipping"),
        ("准备下单了 到成都要几天", "shipping"),  # not ordered yet
        ("打算下单了 能到吗", "shipping"),
        ("今天能发吗", "shipping"),
        ("发货没问题吧", "shipping"),
        ("现在能发了吗", "shipping"),  # whether it can go now (a pre-sale), not whether a parcel has
        ("可以发货了吗", "shipping"),
        ("今天下单什么时候送到 南京", "shipping"),  # an order still to be placed: when it would come
        ("什么时候送到 上海", "shipping"),  # a place, and no order spoken of: the days to it
        ("现在拍几号能到", "shipping"),
    ],
)
def test_pre_sales_delivery_questions_are_shipping_not_logistics(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == expected
    assert "logistics" not in reply.intents


@pytest.mark.parametrize("text", ["我的快递到哪了", "单号多少", "查下物流"])
def test_logistics_hands_off_with_a_flag_and_its_own_wording(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents == ("logistics",)
    assert reply.mode == "handoff"
    part = reply.parts[0]
    assert part.case == "check"
    assert part.template_id.startswith("logistics.check#")
    assert reply.text.strip() and reply.text == part.text
    assert {"type": "flag", "reason": "logistics"} in reply.actions
    assert reply.conversation.handed_off


def test_when_it_ships_asked_after_an_order_spoken_of_is_that_order() -> None:
    engine = Engine.from_file()
    first = engine.reply("昨天买的还没发货", item_id="dress-floral")
    then = engine.reply("什么时候发", first.conversation, item_id="dress-floral")
    assert (then.intents, then.mode) == (("logistics",), "handoff")  # not 「现在付款今天发」
    assert engine.reply("什么时候发", item_id="dress-floral").intents == ("shipping",)  # asked first: before buying


@pytest.mark.parametrize("then", ["都一个星期了", "已经3天了", "这都好几天了"])
def test_the_time_waited_said_after_an_order_spoken_of_is_that_order(engine: Engine, then: str) -> None:
    """「我上周五拍的怎么还没发货」 … 「都一个星期了」: the same order, for a person; not the return terms."""
    first = engine.reply("我上周五拍的怎么还没发货", item_id="dress-floral")
    reply = engine.reply(then, first.conversation, item_id="dress-floral")
    assert (reply.intents, reply.mode) == (("logistics",), "handoff")


@pytest.mark.parametrize("upset", ["什么破店 等了三天了 再不发我退款了", "转人工"])
def test_when_it_ships_asked_after_an_upset_line_of_an_order_is_still_that_order(upset: str) -> None:
    engine = Engine.from_file()
    first = engine.reply("我前天拍的怎么还没发货", item_id="dress-floral")
    angry = engine.reply(upset, first.conversation, item_id="dress-floral")
    assert angry.intents == ("human",) and angry.mode == "handoff"
    then = engine.reply("能不能今天发", angry.conversation, item_id="dress-floral")
    assert (then.intents, then.mode) == (("logistics",), "handoff")  # not 「16:00前付款今天就能发出」


@pytest.mark.parametrize("text", ["物流送到家门口吗", "能送上楼吗", "包送到家吗", "快递单上会显示价格吗",
                                  "送货上楼吗 我家6楼没电梯", "收到能开机验货再签收吗", "能先验货再签收吗",
                                  "是送到家还是要自己去物流点提", "要自己去提货吗", "送不送竿梢啊", "能去厂里自提不",
                                  "竿梢送不送"])
def test_how_it_is_delivered_asked_before_buying_is_no_parcel_to_trace(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "logistics" not in reply.intents and "订单号" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "case"), [
    ("今天能送到吗", "arrive_no"),  # paid now it leaves today, 2-4 days on the road
    ("那明天上午能送到吗", "arrive_no"),
    ("周日中午能送到吗", "arrive_maybe"),
])
def test_arriving_by_a_day_asked_before_buying_is_counted_not_traced(engine: Engine, text: str, case: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10))  # a Thursday
    assert reply.intents == ("shipping",) and reply.parts[0].case == case
    assert not any(action.get("reason") == "logistics" for action in reply.actions)


@pytest.mark.parametrize("text", ["下午3点到6点能送到吗", "送到郫都几点能到", "海淀能送到吗", "几点能送到"])
def test_whether_or_at_what_hour_it_could_come_with_no_order_spoken_of_is_no_parcel(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10))
    assert "logistics" not in reply.intents
    assert not any(action.get("reason") == "logistics" for action in reply.actions)


@pytest.mark.parametrize("text", ["昨天下单今天能送到吗", "我前天拍的 明天能送到吗", "我的花几点能到",
                                  "已经下单了 几点能送到"])
def test_arriving_by_a_day_of_an_order_placed_is_its_parcel(engine: Engine, text: str) -> None:
    assert engine.reply(text, item_id="dress-floral", now=dt.datetime(2026, 12, 3, 10)).intents == ("logistics",)


def test_a_part_the_buyer_lost_asked_to_be_bought_is_no_parcel_to_trace(engine: Engine) -> None:
    assert "logistics" not in engine.reply("接收器丢了能单买吗", item_id="dress-floral", now=NOW).intents
    assert "logistics" in engine.reply("快递丢了", item_id="dress-floral", now=NOW).intents


@pytest.mark.parametrize(("text", "logistics"), [
    ("上周买的记录仪今天开不了机了", False),  # when it was bought, told before its fault: no parcel asked
    ("前天收到的 屏幕碎了", False),
    ("上周买的还没到 盒子也破了", True),  # a parcel asked after too
    ("前天买的还没发货", True),
    ("我昨天订的花送到好几朵都蔫了", False),  # wilted on arrival: the goods' fault
    ("都过了一天了 还能赔吗", False),  # amends asked: the fault's, the day waited no parcel's
    ("等了三天了 还没到", True),
    ("都戴三天了还晕 你们是不是度数做错了", False),  # days worn, not days waited
    ("都三天了还没发", True),
    ("蟹不动了是不是死了", False),  # the goods that do not move, not a parcel
    ("物流不动了", True),
])
def test_when_it_was_bought_told_before_a_fault_asks_after_no_parcel(
        engine: Engine, text: str, logistics: bool) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert ("logistics" in reply.intents) is logistics
    assert any(a.get("reason") == "logistics" for a in reply.actions) is logistics
