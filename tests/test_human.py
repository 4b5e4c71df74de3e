"""human: the buyer asks for a person, complains or is angry: always a hand-off."""

from __future__ import annotations

import datetime as dt

import pytest

from engine import Engine, Reply

NOW = dt.datetime(2026, 11, 25, 10, 0)


def _assert_handed_off(reply: Reply, case: str, reason: str) -> None:
    assert reply.intents == ("human",)
    assert reply.mode == "handoff"
    assert reply.parts[0].case == case
    assert reply.parts[0].template_id.startswith(f"human.{case}#")
    assert reply.text.strip() and reply.text == reply.parts[0].text
    assert {"type": "flag", "reason": reason} in reply.actions
    assert reply.conversation.handed_off


@pytest.mark.parametrize("text", ["客服说给我便宜十块 怎么没改价", "刚才客服答应送我袜子的", "上个客服说好的送小样呢",
                                  "之前客服说可以包邮"])
def test_what_another_agent_promised_goes_to_a_person_not_the_price_rules(engine: Engine, text: str) -> None:
    """The bot cannot know what was promised: it neither refuses nor repeats the fee rule."""
    _assert_handed_off(engine.reply(text, now=NOW), "request", "asked_for_human")


@pytest.mark.parametrize("text", ["多收的钱能退吗", "师傅乱收费", "师傅说铜管要180一米 标准不是90吗",
                                  "安装工非要收50块打孔费"])
def test_a_charge_disputed_goes_to_a_person_not_the_return_terms(engine: Engine, text: str) -> None:
    """A bill the buyer disputes is checked by a person, not answered with the 7 days' returns."""
    _assert_handed_off(engine.reply(text, now=NOW), "request", "asked_for_human")


@pytest.mark.parametrize(
    "text",
    [
        "转人工",
        "我要人工客服！",
        "叫个真人来",
        "我要轉人工",  # traditional
        "人工人工",
        "找你们领导来",
        "怎么不回啊",
        "帮我转下人工呗",
    ],
)
def test_asking_for_a_person_hands_off_with_a_flag(engine: Engine, text: str) -> None:
    _assert_handed_off(engine.reply(text, now=NOW), "request", "asked_for_human")


@pytest.mark.parametrize(
    "text",
    [
        "我要投诉你们",
        "我要投訴！",  # traditional, full-width
        "什么破服务，差评",
        "骗子店",
        "你们是黑店吧",
        "态度太差了",
        "再不处理我就去12315",
        "不给退我就打315",
        "买了三次都这样 太让人失望了",
        "我这个交易纠纷到底谁来管",
        "说好3到5天的 太慢了 再不发我就退款了",  # a threat over a delay, not the return terms
        "再不发货我就退款",
        "怎么这么麻烦 别家都能送到",  # worn out by the shop's ways, not a parcel to trace
        "别跟我说什么预售 我拍的时候根本没看到写预售",  # the shop's answer thrown back, not a stock question
        "吐了两次了 你们怎么负责",  # who answers for the harm done
        "为啥要等这么久啊 别家都是现货",  # worn out by a wait, not the stock or the date again
        "你们什么服务啊 打客服电话也没人接",  # the service thrown back
        "你们是不是想吞押金啊",  # the shop accused of keeping the buyer's money
        "是不是黑了我的定金",
        "上次在你家买的滴了一个星期了还有跳蚤 是不是假货啊",  # what was bought said to be fake
        "你们这是假货吧 溯源码扫不出来",  # the shop told it sells fakes, not the pitch of 正品
        "防伪码查不到 怎么回事",
        "名片收到了 电话号码印错了一位!!你们怎么搞的",  # the shop's work thrown back, not an order's number to change
        "搞什么啊",
        "壶盖跟壶身对不上 晃得厉害 你们卖的什么东西",  # the goods thrown back
        "这是什么破玩意",
        "你们这啥质量 煮饭天天糊底",  # the goods' quality thrown back, not the cooking time of 煮饭
        "这什么破质量啊",
    ],
)
def test_complaint_hands_off_with_an_apology_and_a_flag(engine: Engine, text: str) -> None:
    _assert_handed_off(engine.reply(text, now=NOW), "complaint", "complaint")


def test_a_return_asked_right_after_a_complaint_is_of_what_was_complained_of(engine: Engine) -> None:
    """「用了3天就不充电了 什么破玩意」 … 「怎么办 能换新吗」: for the person called in, not the no-reason terms."""
    first = engine.reply("买的裙子穿了一次就开线了 什么破玩意", item_id="dress-floral", now=NOW)
    then = engine.reply("怎么办 能换新吗", first.conversation, item_id="dress-floral", now=NOW)
    assert then.mode == "handoff" and then.parts[0].case.startswith("quality")
    assert "无理由" not in then.text + then.suggestion


def test_anger_overrides_a_question_in_the_same_message(engine: Engine) -> None:
    reply = engine.reply("有L码吗 你们态度太差了", item_id="dress-floral", now=NOW)
    _assert_handed_off(reply, "complaint", "complaint")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("你是机器人吗", "other"),
        ("质量问题能退吗", "returns"),
        ("做工怎么样", "product"),
        ("不发货能退款吗", "returns"),  # asked, not threatened
    ],
)
def test_near_misses_are_not_human(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == expected
    assert "human" not in reply.intents


@pytest.mark.parametrize(
    "text",
    [
        "垃圾袋一卷有多少只",  # the goods, not an insult
        "垃圾桶带盖子吗",
        "其他妈妈都说这个奶瓶好用吗",  # 其他妈妈, not a curse
        "暖气主管道能接吗",
        "扫垃圾干净吗",  # the rubbish a vacuum sweeps
        "扫地机器人垃圾盒多大",
        "牛肉干算垃圾食品吗",
        "鞋面是人工合成的吗",  # 人工合成 is a material, no request for a person
        "l3158能用不",  # a printer's model, not 315 (the consumers' day)
        "我的是L3150",
        "存钱罐会吞硬币吗",  # a thing that swallows, not money kept
        "黑色的定金多少",
    ],
)
def test_goods_and_words_that_contain_an_angry_word_are_not_handed_off(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert "human" not in reply.intents
    assert reply.mode != "handoff" or reply.intents[0] != "human"


@pytest.mark.parametrize("text", ["你是不是智障", "你是不是傻", "你有病吧", "白痴吗你"])
def test_an_insult_asked_as_a_question_goes_to_a_person(engine: Engine, text: str) -> None:
    assert engine.reply(text, now=NOW).intents == ("human",)


@pytest.mark.parametrize("text", ["这垃圾袋太垃圾了 一扯就破", "他妈的什么东西", "叫你们主管来", "什么垃圾质量",
                                  "垃圾", "人工"])
def test_the_angry_word_itself_still_hands_off(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "human"
    assert reply.mode == "handoff"



@pytest.mark.parametrize("text", ["我妈的手机是16pro 有黑色吗", "送我妈的 能开发票吗"])
def test_a_mother_spoken_of_is_no_curse(text: str) -> None:
    assert "human" not in Engine.from_file().reply(text).intents


@pytest.mark.parametrize("text", ["跑起来声音大吗 楼下会不会投诉", "怕被邻居投诉 静音吗", "双十二搞什么活动啊",
                                  "你们卖的是什么茶具"])
def test_a_neighbours_complaint_feared_is_no_complaint(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert "human" not in reply.intents and not reply.escalates
