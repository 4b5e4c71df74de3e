"""order_change: the bot cannot change an order; it notes the request for an agent."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from botcore.shop import Shop
from engine import Engine, Reply

NOW = dt.datetime(2026, 11, 25, 10, 0)


def _assert_own_handoff(reply: Reply, case: str) -> None:
    assert reply.intents[0] == "order_change"
    assert reply.mode == "handoff"
    assert reply.parts[0].case == case
    assert reply.parts[0].template_id.startswith(f"order_change.{case}#")
    assert reply.text.strip() and reply.text == reply.parts[0].text
    assert reply.conversation.handed_off


def _note(reply: Reply) -> dict[str, str]:
    notes = [dict(a) for a in reply.actions if a.get("type") == "order_note"]
    assert len(notes) == 1, reply.actions
    return notes[0]


@pytest.mark.parametrize(
    "text",
    [
        "帮我改成L码",
        "拍错了，要黑色的",
        "能改成M码吗？",
        "地址写错了能改吗",
        "收件人名字写错了",
        "帮我换个收货地址",
        "两单一起发可以吗",
        "幫我合併一下訂單",  # traditional
        "我不想要了，取消订单",
        "麻烦帮我备注一下",
        "我想改一下送货时间 周末才在家",
        "能推迟几天发货吗 我出差了",
    ],
)
def test_order_change_requests_are_recognised(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "order_change"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("不合适能换码吗", "returns"),
        ("什么时候发货", "shipping"),
        ("我的快递到哪了", "logistics"),
    ],
)
def test_near_misses_are_not_order_change(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == expected
    assert "order_change" not in reply.intents


@pytest.mark.parametrize(
    ("text", "wanted", "note"),
    [
        ("帮我改成L码", "L码", "买家要求改L码"),
        ("拍错了，要黑色的", "黑色", "买家要求改黑色"),
        ("帮我改成黑色L码", "黑色、L码", "买家要求改黑色、L码"),
        # the old size is not asked for again: the note says what it is changed from
        ("我刚拍了M 想换成L", "L码", "买家要求把M码改成L码"),
        ("拍了黑色想换成米白", "米白色", "买家要求把黑色改成米白色"),
        ("M码拍错了 改成L码", "L码", "买家要求把M码改成L码"),
        ("拍错码了 拍成S了 我是M", "M码", "买家要求把S码改成M码"),  # what the buyer is, not what was ordered
        ("把L换成XL", "XL码", "买家要求把L码改成XL码"),  # (the L inside XL is no L said again)
        ("拍了黑色想换成XL", "XL码", "买家要求改XL码"),  # a size for a colour: the black stays
    ],
)
def test_size_or_colour_change_leaves_an_order_note_and_hands_off(
    engine: Engine, shop: Shop, text: str, wanted: str, note: str
) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    _assert_own_handoff(reply, "change")
    assert reply.parts[0].facts["request"] == wanted
    assert wanted in reply.text
    assert _note(reply) == {
        "type": "order_note",
        "by": shop.shop.agent_nickname,
        "content": note,
        "date": "2026-11-25",
    }


def test_order_note_is_dated_from_the_clock_passed_in(engine: Engine) -> None:
    reply = engine.reply("帮我改成XL码", item_id="dress-floral", now=dt.datetime(2027, 1, 4, 21, 30))
    assert _note(reply)["date"] == "2027-01-04"
    assert _note(reply)["content"] == "买家要求改XL码"


def test_order_note_is_signed_with_the_shops_agent_nickname(shop: Shop) -> None:
    variant = shop.model_copy(update={"shop": shop.shop.model_copy(update={"agent_nickname": "阿琳"})})
    reply = Engine(variant, rng=random.Random(0)).reply("帮我改成M码", item_id="dress-floral", now=NOW)
    assert _note(reply)["by"] == "阿琳"


def test_change_request_is_not_also_answered_as_a_sizing_question(engine: Engine) -> None:
    reply = engine.reply("尺码拍错了，换成XL", item_id="dress-floral", now=NOW)
    assert reply.intents == ("order_change",)
    assert _note(reply)["content"] == "买家要求改XL码"


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("地址写错了能改吗", "address"),
        ("电话号码填错了", "phone"),  # the right number asked for, not an address
        ("手机号填错了能改吗", "phone"),
        ("地址和电话都写错了", "address"),  # (the address holds the number too)
        ("两单一起发可以吗", "merge"),
        ("帮我合并一下订单", "merge"),
        ("我不想要了，取消订单", "cancel"),
    ],
)
def test_address_merge_and_cancel_hand_off_with_a_flag(engine: Engine, text: str, case: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    _assert_own_handoff(reply, case)
    assert ("地址" in reply.suggestion + reply.text) == (case == "address")
    assert {"type": "flag", "reason": f"order_change:{case}"} in reply.actions
    assert not [a for a in reply.actions if a.get("type") == "order_note"]


def test_change_without_a_size_or_colour_hands_off_as_general(engine: Engine) -> None:
    reply = engine.reply("麻烦帮我备注一下", now=NOW)
    _assert_own_handoff(reply, "general")
    assert any(a.get("type") == "flag" for a in reply.actions)


@pytest.mark.parametrize("text", ["帮我改成L码", "地址写错了能改吗", "帮我合并一下订单"])
def test_the_bot_never_claims_the_order_is_already_changed(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "已经改好" not in reply.text
    assert "已修改" not in reply.text



def test_what_was_ordered_by_mistake_is_not_noted_as_wanted() -> None:
    engine = Engine.from_file("snacks")
    reply = engine.reply("拍错口味了 要麻辣的 拍成原味了", item_id="jerky", now=NOW)
    assert reply.parts[0].facts["request"] == "麻辣味"  # each colour once, as the shop names it; not 原味


def test_a_change_to_a_colour_the_product_lacks_says_what_it_comes_in(engine: Engine) -> None:
    reply = engine.reply("能改成紫色吗", item_id="dress-floral")
    part = reply.parts[0]
    assert (part.case, part.facts["request"]) == ("change_unknown", "紫色")
    assert reply.actions == ()  # no note of a change the product cannot make


@pytest.mark.parametrize(("text", "noted"), [
    ("拍错了 能改成藏青吗", "藏青色"),  # 藏青加绒 or 藏青薄款: the colour said, for the agent to ask
    ("能改成燕麦的吗", "燕麦加绒"),  # the one colour that begins so, as the shop names it
])
def test_a_change_to_the_first_words_of_a_colour_is_noted_not_refused(shop: Shop, text: str, noted: str) -> None:
    data = shop.model_dump()
    data["products"].append({"id": "hoodie", "name": "儿童连帽卫衣", "price": 89, "sizes": ["110", "120"],
                             "colours": ["藏青加绒", "藏青薄款", "燕麦加绒"]})
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    part = engine.reply(text, item_id="hoodie", now=NOW).parts[0]
    assert (part.case, part.facts["request"]) == ("change", noted)


def test_a_change_to_something_not_a_variant_notes_nothing_of_the_variant_before_it(engine: Engine) -> None:
    """「M码能换成那件大衣吗」: what it becomes is no size of the dress; M, said before 换成, is not noted as wanted."""
    reply = engine.reply("M码能换成那件大衣吗", item_id="dress-floral", now=NOW)
    assert not any(action.get("type") == "order_note" for action in reply.actions)
    assert engine.reply("M码能换成L码吗", item_id="dress-floral", now=NOW).parts[0].facts["request"] == "L码"


def test_a_note_not_left_asked_before_buying_changes_no_order(shop: Shop) -> None:
    data = shop.model_dump()
    data["products"].append({"id": "cup", "name": "刻字保温杯", "price": 69, "colours": ["白色"], "sizes": ["350ml"],
                             "attributes": {"字体": "宋体、楷体、手写体,不备注默认楷体"}})
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    reply = engine.reply("有啥字体 不备注的话默认啥", item_id="cup", now=NOW)
    assert "order_change" not in reply.intents and not reply.actions
    assert "默认楷体" in reply.suggestion


@pytest.mark.parametrize("text", ["要备注什么吗", "备注写啥"])
def test_what_to_write_in_the_note_asked_before_buying_changes_no_order(shop: Shop, text: str) -> None:
    """「要备注什么吗」 of mats cut to the car: the shop's fact of what to write, no order change flagged."""
    data = shop.model_dump()
    data["products"].append({"id": "mat", "name": "定制脚垫", "price": 398, "colours": ["黑色"], "sizes": ["单层"],
                             "attributes": {"定制说明": "拍下时请在备注里写清楚车型、年款和几座"}})
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="mat", now=NOW)
    assert "order_change" not in reply.intents and not reply.actions
    assert "车型、年款" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["度数备注里早就写了啊", "我备注写了的"])
def test_a_note_said_to_be_there_already_asks_no_change(engine: Engine, text: str) -> None:
    """「度数备注里早就写了啊」 after a complaint that the order has not gone: nothing to change, no change flagged."""
    reply = engine.reply(text, now=NOW)
    assert "order_change" not in reply.intents and "改" not in reply.text
    assert not any(action.get("reason") == "order_change" for action in reply.actions)


@pytest.mark.parametrize("text", ["名片上电话号码印错了", "刻的名字刻错了"])
def test_a_number_or_name_made_wrong_on_the_goods_is_no_order_to_change(engine: Engine, text: str) -> None:
    """「电话号码印错了」 of printed cards: the goods made wrong (a fault), not the order's phone number."""
    assert engine.reply(text, item_id="dress-floral", now=NOW).intents[0] == "returns"
