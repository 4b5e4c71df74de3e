"""returns: no-reason days, shipping insurance, return postage, address, quality problems."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from support import assert_says

from botcore.conversation import Conversation
from botcore.shop import Shop
from engine import Engine, Reply

NOW = dt.datetime(2026, 11, 25, 10, 0)


def _engine(shop: Shop, **returns: object) -> Engine:
    variant = shop.model_copy(update={"returns": shop.returns.model_copy(update=returns)})
    return Engine(variant, rng=random.Random(0))


def _assert_own_handoff(reply: Reply, case: str) -> None:
    assert reply.mode == "handoff"
    assert reply.parts[0].case == case
    assert reply.parts[0].template_id.startswith(f"returns.{case}#")
    assert reply.text.strip() and reply.text == reply.parts[0].text


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("不合适能退吗", "policy_insured"),  # the example shop has 运费险
        ("支持七天无理由吗", "policy_insured"),  # the example shop has 运费险
        ("可以退換嗎？", "policy_insured"),  # the example shop has 运费险  # traditional, full-width
        ("能直接换吗", "policy_insured"),  # whether it may, not a request: 直接 asked of
        ("穿着不合适可以换个码不", "policy_insured"),  # the example shop has 运费险
        ("包退吗亲", "policy_insured"),  # the example shop has 运费险
        ("有运费险吗亲", "insurance"),
        ("退货运费谁出呀", "cost_insured"),
        ("退回去邮费谁承担", "cost_insured"),
        ("寄回的运费谁出", "cost_insured"),
        ("退货地址是哪里", "address"),
        ("寄回哪里啊", "address"),
        ("退货要自己寄吗", "address"),
        ("手机激活了还能退吗", "used"),
        ("质量问题能退吗", "quality"),
        ("收到有线头怎么处理", "quality"),
        ("衣服破了个洞怎么办", "quality"),
        ("收到了 袖子上抽丝了好几处", "quality"),  # snagged chiffon: a fault, not the no-reason terms
        ("有个地方开线了", "quality"),
        ("吃了拉肚子", "harm"),  # harm reported: a person follows up, not the no-reason terms nor a photo
        ("不小心弄脏了一点还能退不", "used"),  # harm the buyer did: the terms of used goods, no fault
        ("猫抓破了能退吗", "used"),
        ("收到袋子漏气了", "quality"),
        ("少发了一包", "quality"),
        ("一只耳机没声音了", "quality"),
        ("收到支撑腿是断的 怎么弄", "quality"),  # broken on arrival, said with 是…的: a fault, not the terms
        ("装了三天指纹就识别不了了 怎么回事", "quality"),  # stopped working days after fitting: a fault
        ("用了半年 出水越来越小了", "quality"),  # worse and worse since it came: a fault
        ("出水变小了", "quality"), ("用了一年水流很小", "quality"),  # gone weak
        ("收到鞋子开胶了", "quality"),
        ("收到刀尖就崩了一块 怎么回事", "quality"),  # chipped on arrival: a fault, not the no-reason terms
        ("收到的奶瓶漏奶 怎么回事啊", "quality"),  # leaking since it came, said with no 了: a fault, not the terms
        ("盖子拧紧了还是漏水 咋办", "quality"),
        ("收到喷头按不下去 喷不出来", "quality"),  # not working as it should since it came: a fault
        ("收到了一边不热", "quality"), ("插上电不发热", "quality"),  # a heater that does not warm: a fault
        ("昨天收到的 戴了一天慢了5分钟 咋回事", "quality"),  # a watch running off since it came: a fault
        ("用了你们的面霜脸上起疹子了", "harm"),
        ("宝宝用了过敏 起红点点", "harm"),
        ("穿了两天脚痒", "harm"),
        ("收到的牛肉干过期了", "quality"),  # a fault found on what came, said flatly
        ("柜子少了几个螺丝", "quality"),
        ("昨天收到的 车把怎么都装不上", "quality"),  # a part that will not fit on what came
        ("收到就开不了机", "quality"),
        ("收到了印的跟效果图不一样", "quality"),  # printed unlike the proof approved
        ("而且印的颜色跟效果图差好多", "quality"),
        ("床垫睡了三天不平", "quality"),
        ("耳机一个响一个不响", "quality"),
        ("我拍的黑色 你们发的白色", "quality"),  # the wrong item sent
        ("跑过一次能退吗", "used"),  # worn outside: the conditions, not a promise
        ("装了还能退吗", "used"),
        ("刻了字能退吗", "used"),
        ("能退吗 开过的", "used"),
        ("下过一次水了还能退不", "used"),  # washed: the conditions (没有下水洗过), not a yes
        ("就涂了一次而已 能退吗", "used"),
        ("挂了一天不想要了能退吗", "used"),  # a curtain or a screen hung up: used
        ("膜贴过了还能退吗", "used"),
        ("铺了两天 想退", "used"),
        ("没拆封能退吗", "policy_insured"),  # unopened: the policy as it is, not its conditions for opened goods
        ("还没穿过可以退吗", "policy_insured"),
        ("退货怎么寄", "address"),
        ("怎么退", "procedure"),  # how a return is done: the shop's words of sending back, not the policy again
        ("退货流程是什么", "procedure"),
        ("要怎么申请售后", "procedure"),
        ("尺码小了 能换大一码吗", "policy_insured"),  # an exchange asked, not sizing advice
        # an after-sale under way: its state is the order's, so a person looks it up (not the policy)
        ("退款什么时候到账啊", "in_progress"),
        ("我已经寄回去了 麻烦退下款", "in_progress"),
        ("为什么拒绝我的退款", "in_progress"),
        ("换货寄回去了 新的啥时候发", "in_progress"),
        ("我的退款呢", "in_progress"),
        ("申请了换货", "in_progress"),
        ("退货单号已经填好了", "in_progress"),
        ("换的货什么时候发出", "in_progress"),
        # a return asked for now, of what was bought: a person does it in the order
        ("我要退款", "request"),
        ("我要退款 不要了", "request"),  # done with it: a person, not the no-reason terms
        ("不想要了能退吗 应该还没发吧", "request"),  # an order placed, to be called off: a person
        ("不想要了 给我退了吧", "request"),
        ("我要换货", "request"),
        ("退钱", "request"),
        ("收不到我就退款", "request"),  # a refund threatened on an order under way: a person
        ("周日前到不了我就退款", "request"),
        ("退款吧", "request"),
        ("退货吧 不要了", "request"),  # a return asked for now, then why
        ("膜贴歪了要退", "request"),  # a return asked for, not whether it may be (能退吗): a person
        ("不喜欢要退货", "request"),
        # a thing that stopped working is a fault, not a question of what it can do
        ("吹风机用了两天就不出风了", "quality"),
        ("上周买的墙纸贴上去两卷颜色不一样", "quality"),  # pieces of one order unlike each other: no parcel asked
        ("充电宝充不进电", "quality"),
        ("手表戴了三天就断了", "quality"),
        ("精华收到是漏的", "quality"),  # it came leaking: a fault
        ("收到漏液了", "quality"),
        ("收到的时候盖子是开的", "quality"),
        ("收到的裤子线开了", "quality"),  # a seam come open, said either way round
        ("收到了 面板有条裂缝", "quality"),
        ("收到了 包上有道划痕", "quality"),  # (收到了 is no thanks here)
        ("开了一瓶喝着味道不对 能退吗", "quality"),  # a taste gone wrong: a fault, not its tasting notes
        ("衣服收到了有个洞", "quality"),
        ("床收到了床板是裂的", "quality"),
        ("收到茶叶受潮了", "quality"),
        ("猫吃了吐了", "harm"),
        ("收到好几个烂的", "quality"),
        # a fault said without 「收到」: what came or how it works
        ("空调装好了不制冷", "quality"),
        ("收到杯子字刻错了 怎么办", "quality"),  # made wrong to order: a fault, not the no-reason policy
        ("照片印错了", "quality"),
        ("收到杯子刻的字错了 怎么搞", "quality"),  # the words engraved wrong, said another way
        ("印的字不对", "quality"),
        ("我上周买的开机就蓝屏 怎么办", "quality"),  # a fault, over the order placed (not a parcel to trace)
        ("电脑老是自动关机", "quality"),
        ("买了一周 扫地的时候老是原地转圈", "quality"),
        ("钢笔漏墨 弄一手", "quality"),
        ("封面刮花了 少了几页", "quality"),
        ("螃蟹都是死的", "quality"),
        ("收到化冻了", "quality"),
        ("缺斤少两", "quality"),
        ("图片跟实物差太多", "quality"),
        ("视频拍了", "quality"),  # the proof of a fault, not an order placed
        ("宝宝用了屁股全红了", "quality"),
        ("收到叶子黄了好几片", "quality"),
        ("收到全化水了", "quality"),
        ("收到镜腿是歪的", "quality"),
        ("收到少了 称了只有2斤", "quality"),
        ("膜贴歪了能退吗", "used"),  # put on askew by the buyer: used, not a fault of what came
        ("收到的度数不对 能换吗", "quality"),
        ("收到了戴着头晕", "harm"),  # a symptom of wearing it: harm (收到了 no thanks)
        ("壳子发黄了 才用了两个月", "quality"),  # gone yellow in use: a fault inside its warranty
        ("新配的眼镜看着眼睛疼", "harm"),
        ("刚收到 有一瓶漏酒了", "quality"),
        ("用了一个月轮子掉了", "quality"),
        ("开了一瓶不好喝能退吗", "used"),  # opened by the buyer
        ("线剪开了还能退吗", "used"),  # yarn cut or wound by the buyer
        ("收到刀尖是弯的", "quality"),
        ("锅底生锈了", "quality"),
        ("刀崩口了", "quality"),
        ("收到涂层掉了", "quality"),
        ("收到缺了好几块", "quality"),
        ("买了两天就不动了", "quality"),
        ("用了一周锅底粘", "quality"),
        ("收到了一只胶裂开了", "quality"),
        ("垫子一直有股味散不掉", "quality"),
        ("跑带跑偏了", "quality"),
        ("衣服收到了 颜色和图片差很多", "quality"),
        ("车子骑了两天刹车有异响", "quality"),
        ("冰箱收到门上有个凹痕", "quality"),
        ("睡了几天中间塌了一块", "quality"),  # it sags, creaks or lifts since it came
        ("弹簧还一直响", "quality"),
        ("主驾驶那块有点翘起来了", "quality"),
        ("钢圈戳出来了", "quality"),
        ("收到有死蟹怎么办", "quality"),  # live goods dead on arrival
        ("上次买的剁椒长毛了", "quality"),  # food gone bad since it came
        ("我上周买的菩提收到有裂纹", "quality"),  # a crack found on what came, not where the parcel is
        ("上了牌还能退吗", "used"),
        ("撕了膜还能退吗", "used"),  # the film peeled: used, whatever the days
        ("剪了能退吗", "used"),  # cut, dyed or permed by the buyer: used
        ("烫过了还能退吗", "used"),
        ("开了猫不吃能退吗", "used"),  # 开了: opened by the buyer
        ("收到发现是二手的 包装拆过", "quality"),  # used before it came: a fault
        ("怎么是拆过的", "quality"),
    ],
)
def test_return_questions_are_recognised_with_the_right_case(engine: Engine, text: str, case: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "returns"
    assert reply.parts[0].case == case


@pytest.mark.parametrize("text", ["做错码了能重做吗", "能重做吗", "不合适能返工吗"])
def test_a_remake_asked_is_a_question_of_returns(engine: Engine, text: str) -> None:
    """Made-to-order goods are remade where the terms say so: the terms answer, not the stock."""
    assert engine.reply(text, now=NOW).intents[0] == "returns"


@pytest.mark.parametrize("text", ["重做的话运费谁出", "返修寄回来运费谁出", "换货邮费谁承担"])
def test_who_pays_a_remakes_or_a_returns_postage_is_said_by_its_own_words(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)  # not the order's fee (满99包邮)
    assert reply.intents[0] == "returns"
    assert any(e.kind == "pattern" and "运费" in e.detail for e in reply.evidence)


@pytest.mark.parametrize("text", ["睡久了会不会塌", "会不会一直响", "用久了会翘起来吗", "会不会有划痕",
                                  "味道会不会不对", "会不会有一股怪味", "羊奶粉会不会有股膻味", "用久了会不会越来越松",
                                  "水压低会不会出水变小"])
def test_sagging_or_creaking_feared_before_buying_is_no_fault(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "returns" not in reply.intents and not any(a.get("reason") == "quality_issue" for a in reply.actions)


@pytest.mark.parametrize(("text", "fault"), [
    ("昨天收到的车 刹车踩下去刹不住 怎么回事", True),  # brakes that do not hold: a fault, over the 刹车 fact
    ("刹车会不会刹不住", False),  # feared before buying: the fact
])
def test_brakes_that_do_not_hold_are_a_fault_not_the_brakes_fact(
        make_engine: Callable[..., Engine], text: str, fault: bool) -> None:
    stroller = {"id": "stroller", "name": "轻便婴儿推车", "price": 899, "colours": ["灰色"], "sizes": ["标准款"],
                "attributes": {"刹车": "后轮联动脚刹"}}
    reply = make_engine(products=[stroller]).reply(text, item_id="stroller", now=NOW)
    assert (reply.intents[0] == "returns") is fault
    assert any(a.get("reason") == "quality_issue" for a in reply.actions) is fault


@pytest.mark.parametrize("text", ["能换芯吗", "可以换电池吗", "换粮怎么换", "换季的时候穿合适吗", "多久要换一个",
                                  "能直接换吗 不混着喝行不行", "转奶要注意啥",
                                  "轴坏了能自己换吗", "灯坏了可以自己修吗", "抓烂了有芯子换吗"])
def test_a_part_it_takes_is_no_exchange(engine: Engine, text: str) -> None:
    assert "returns" not in engine.reply(text, item_id="dress-floral", now=NOW).intents


@pytest.mark.parametrize(("text", "case"), [
    ("7天无理由吗", "shop_none"),
    ("有运费险吗", "no_insurance_none"),  # none, said so, and why: nothing goes back unasked
])
def test_a_shop_without_returns_for_no_reason_says_its_own_conditions(make_engine: Callable[..., Engine],
                                                                     text: str, case: str) -> None:
    conditions = "生鲜不支持7天无理由退货;化冻变质的签收当天拍照联系客服。"
    engine = make_engine(returns={"no_reason_days": 0, "shipping_insurance": False, "conditions": conditions})
    reply = engine.reply(text, now=NOW)
    assert (reply.parts[0].case, reply.parts[0].facts["conditions"], reply.mode) == (case, conditions, "auto")
    assert conditions in reply.text and (case == "shop_none" or "没有运费险" in reply.text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("帮我改成L码", "order_change"),
        ("这件会缩水吗", "product"),
        ("什么时候发货", "shipping"),
        ("和图片一样吗", "product"),  # asked before buying
        ("跟图片差很多吗", "product"),
        ("是二手的吗", "product"),  # asked before buying
    ],
)
def test_near_misses_are_not_returns(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == expected
    assert "returns" not in reply.intents


def test_whether_a_state_of_the_goods_is_normal_is_what_their_words_say_of_it(
        make_engine: Callable[..., Engine]) -> None:
    """No fault said (鼓鼓的 of beans whose 包装 says 刚到有点鼓是正常排气): that fact, not the return terms."""
    beans = {"id": "beans", "name": "耶加雪菲咖啡豆", "price": 78, "colours": ["中烘"], "sizes": ["半磅"],
             "attributes": {"包装": "铝箔袋带单向排气阀,刚到有点鼓是正常排气", "保质期": "12个月"}}
    reply = make_engine(products=[beans]).reply("收到袋子鼓鼓的正常吗", item_id="beans", now=NOW)
    assert "returns" not in reply.intents
    assert_says(reply, "正常排气")
    leaking = make_engine(products=[beans]).reply("收到袋子漏气了正常吗", item_id="beans", now=NOW)
    assert (leaking.intents[0], leaking.mode) == ("returns", "handoff")  # a fault said: a person


@pytest.mark.parametrize("text", ["万一出了车祸 座椅能换新吗", "出了事故能换新的吗"])
def test_a_new_one_promised_after_an_accident_is_the_goods_own_promise_not_an_exchange(
        make_engine: Callable[..., Engine], text: str) -> None:
    seat = {"id": "seat", "name": "安全座椅", "price": 1599, "colours": ["灰色"], "sizes": ["标准版"],
            "attributes": {"事故换新": "购买一年内发生交通事故,凭事故认定书免费换一台新的"}}
    reply = make_engine(products=[seat]).reply(text, item_id="seat", now=NOW)
    assert reply.intents[0] == "product" and "returns" not in reply.intents
    assert_says(reply, "事故认定书")


def test_policy_states_the_days_and_the_conditions(engine: Engine, shop: Shop) -> None:
    reply = engine.reply("不喜欢可以退吗", now=NOW)
    part = reply.parts[0]
    assert part.case == "policy_insured"
    assert part.facts["days"] == 7
    assert "7天" in reply.text
    assert shop.returns.conditions in reply.text
    assert reply.mode == "auto"


def test_policy_days_follow_the_shop(shop: Shop) -> None:
    reply = _engine(shop, no_reason_days=15).reply("不喜欢可以退吗", now=NOW)
    assert "15天" in reply.text
    assert "7天" not in reply.text


def test_insurance_yes_when_the_shop_has_it(engine: Engine) -> None:
    reply = engine.reply("送运费险吗", now=NOW)
    assert reply.parts[0].case == "insurance"
    assert "运费险" in reply.text
    assert "7天" in reply.text


def test_insurance_no_when_the_shop_has_none(shop: Shop) -> None:
    reply = _engine(shop, shipping_insurance=False).reply("送运费险吗", now=NOW)
    assert reply.parts[0].case == "no_insurance"
    assert "7天" in reply.text
    assert reply.mode == "auto"


def test_return_postage_is_covered_by_insurance_when_there_is_insurance(engine: Engine) -> None:
    reply = engine.reply("退货的邮费谁付", now=NOW)
    assert reply.parts[0].case == "cost_insured"
    assert "运费险" in reply.text


def test_who_pays_the_postage_beside_a_return_asked_is_the_returns_alone(engine: Engine) -> None:
    reply = engine.reply("不喜欢能退吗 运费谁出", item_id="dress-floral", now=NOW)
    assert [p.intent for p in reply.parts] == ["returns"]  # no fee of sending it out beside it
    assert "运费险" in reply.text


def test_return_postage_is_the_buyers_without_insurance(shop: Shop) -> None:
    reply = _engine(shop, shipping_insurance=False).reply("退货的邮费谁付", now=NOW)
    assert reply.parts[0].case == "cost"
    assert "7天" in reply.text
    assert "运费险" not in reply.text


def test_address_gives_the_shops_note(engine: Engine, shop: Shop) -> None:
    reply = engine.reply("退货寄到哪个地址", now=NOW)
    assert reply.parts[0].case == "address"
    assert shop.returns.address_note in reply.text
    assert reply.mode == "auto"


def test_address_hands_off_when_the_shop_wrote_no_note(shop: Shop) -> None:
    reply = _engine(shop, address_note="").reply("退货地址发我一下", now=NOW)
    _assert_own_handoff(reply, "address_unknown")


def test_return_address_question_is_not_also_answered_as_shipping(engine: Engine) -> None:
    reply = engine.reply("退货寄到哪个地址", now=NOW)
    assert reply.intents == ("returns",)


@pytest.mark.parametrize("text", ["收到的衣服有污渍怎么办", "我买的羽绒服洗了一次就缩了 怎么办",  # 缩了: shrunk
                                  "收到全化了咋整",  # frozen food thawed on the way
                                  "昨天收到的发财树叶子掉光了",  # a live plant arrived bare
                                  "收到了 袖子那钻了好多毛出来",  # down working through the seams
                                  "收到颜色和图片不一样",
                                  "昨天收到的机器 蒸汽棒不出汽",  # a machine that gives nothing out
                                  "空调装好两天了 制热吹出来的是凉风",  # the wrong air, not 装好 of a used return
                                  "买了一个月跑带就打滑了 怎么回事"])  # a belt slipping, no question of its size
def test_quality_problem_hands_off_with_a_flag(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    _assert_own_handoff(reply, "quality")
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_a_fault_after_收到了_is_flagged_for_a_person_not_thanked_for(engine: Engine) -> None:
    reply = engine.reply("收到了线头好多", now=NOW)
    assert reply.intents == ("returns",) and reply.mode == "handoff"
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize(("text", "told"), [("收到灯罩碎了", True), ("收到了线头好多", False),
                                           ("收到漏了一半 盒子里全是味道", True),  # (a leak is damage too)
                                           ("桌子到了 桌腿磕掉一块漆", True)])  # (and a knock: not the 7-day terms)
def test_goods_come_damaged_are_told_the_products_fact_of_damage_not_its_warranty(
        shop: Shop, text: str, told: bool) -> None:
    data = shop.model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress["attributes"] = {"破损": "易碎品;收到如果有破损,请48小时内拍照联系客服,破损包赔", "保修": "灯体保修两年"}
    dress["returns"] = {"no_reason_days": 7, "note": "有质量问题保修期内免费换配件。"}
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="dress-floral", now=NOW)
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions
    assert ("48小时内拍照" in reply.text + reply.suggestion) is told  # (threads left: no breakage to photograph)


def test_a_bike_that_will_not_shift_is_a_fault_for_a_person_not_its_gears(engine: Engine) -> None:
    reply = engine.reply("变速调不好 一直掉链子", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("quality", "handoff")  # not 变速: 禧玛诺7速
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize("text", ["不合适能退吗", "有运费险吗", "退货运费谁出"])
def test_no_policy_hands_off_when_the_shop_gives_no_no_reason_days(shop: Shop, text: str) -> None:
    reply = _engine(shop, no_reason_days=0, conditions="").reply(text, now=NOW)
    _assert_own_handoff(reply, "no_policy")
    assert "0天" not in reply.text


# --- a product's own rule, and items already used --------------------------------------------


def _with_dress_returns(shop: Shop, **rule: object) -> Engine:
    data = shop.model_dump()
    for product in data["products"]:
        if product["id"] == "dress-floral":
            product["returns"] = rule
    return Engine(Shop.model_validate(data), rng=random.Random(0))


@pytest.mark.parametrize(("text", "case"), [("上过墨了还能退吗", "product_used"), ("没拆能退吗", "product_days")])
def test_a_product_used_as_its_own_terms_rule_out_is_told_those_terms_not_7_days(
        shop: Shop, text: str, case: str) -> None:
    engine = _with_dress_returns(shop, no_reason_days=7,
                                 note="没上过墨、包装齐全可以7天无理由退;已经上墨写过的不支持无理由退货。")
    part = engine.reply(text, item_id="dress-floral", now=NOW).parts[0]
    assert part.case == case  # 上过墨: its terms for one used, not 「收到后7天内可以无理由退换」 first


def test_a_case_of_a_return_asked_next_goes_on_with_the_return_terms_told_beside_a_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「激活了还能退吗」 answered by the phone's 激活 fact and the return terms beside it, then 「那没拆封的呢」:
    the terms for one unopened (7天无理由), never the 激活 fact again."""
    phone = {"id": "phone", "name": "手机", "category": "手机", "price": 7999, "colours": ["黑色"], "sizes": ["256G"],
             "attributes": {"激活": "激活后不支持7天无理由退货,只有质量问题才能退换"}}
    engine = make_engine(products=[phone], returns={"no_reason_days": 7, "categories": {"手机": {
        "no_reason_days": 7, "note": "手机激活后不退不换;没激活没拆封的7天内可以无理由退。"}}})
    # (the fact led the reply there, the terms beside it, each remembering what it told)
    told = Conversation(last_intents=("product", "returns"), asked="facts:激活", asked_also=("returns:policy",),
                        product_id="phone", page_id="phone", turns=1)
    then = engine.reply("那没拆封的呢", told, item_id="phone", now=NOW)
    assert then.intents == ("returns",) and "没激活没拆封的7天内可以无理由退" in then.text


def test_goods_never_taken_back_opened_are_told_their_own_rule_alone(shop: Shop) -> None:
    """Beans (0 days: 咖啡豆是食品,不支持7天无理由退货) in a shop whose terms let its machines back opened."""
    data = shop.model_dump()
    data["returns"]["conditions"] = "咖啡机没有通电使用过的可以退;拆了外箱检查外观可以退,用过的不支持无理由退货。"
    engine = _with_dress_returns(Shop.model_validate(data), no_reason_days=0, note="咖啡豆是食品,不支持7天无理由退货。")
    reply = engine.reply("拆了能退吗", item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.parts[0].facts["note"]) == ("product_none", "咖啡豆是食品,不支持7天无理由退货。")
    assert "可以退" not in reply.text


def test_a_used_state_its_own_rule_is_silent_on_is_told_with_the_shops_clauses_of_it(shop: Shop) -> None:
    conditions = "没拆封、塑封完好的签收7天内可以无理由退货;拆了塑封或者激活过的不支持无理由退货。"
    data = shop.model_dump()
    data["returns"]["conditions"] = conditions
    engine = _with_dress_returns(Shop.model_validate(data), no_reason_days=7, note="一旦激活就不支持7天无理由退换。")
    part = engine.reply("拆封了能退吗", item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "product_used"
    assert part.facts["note"] == ("一旦激活就不支持7天无理由退换；没拆封、塑封完好的签收7天内可以无理由退货；"
                                  "拆了塑封或者激活过的不支持无理由退货")


@pytest.mark.parametrize("text", ["拆开了还能退吗", "打开了能退吗", "拆封了能退吗", "喷了一下不喜欢能退吗"])
def test_opened_in_other_words_than_its_own_rule_is_told_by_that_rule_alone(shop: Shop, text: str) -> None:
    data = shop.model_dump()
    data["returns"]["conditions"] = "没用过、包装完好可以7天无理由退换;拆开外包装看过没用过的也可以退。"
    engine = _with_dress_returns(Shop.model_validate(data), no_reason_days=7,
                                 note="贴身用品,真空包装没拆封的7天无理由退换;拆封以后不支持无理由退换,质量问题除外。")
    part = engine.reply(text, item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "product_used"
    assert "也可以退" not in part.text  # the shop's kinder clause would promise what the product's own rule refuses


def test_a_product_without_no_reason_returns_says_so_for_that_product(shop: Shop) -> None:
    engine = _with_dress_returns(shop, no_reason_days=0, note="定制款,不影响使用的情况下不退不换。")
    reply = engine.reply("不喜欢能退吗", item_id="dress-floral", now=NOW)
    part = reply.parts[0]
    assert (part.case, part.facts["product"]) == ("product_none", "法式碎花长袖连衣裙")
    assert_says(reply, "无理由退换", "定制款")
    assert "7天" not in reply.text + reply.suggestion
    other = engine.reply("不喜欢能退吗", item_id="hoodie-fleece", now=NOW).parts[0]
    assert other.case == "policy_insured" and other.facts["days"] == 7  # the shop's rule for the rest


@pytest.mark.parametrize("text", ["穿过一次了还能退吗", "装上去了不想要了能退吗", "打了孔还能退吗",
                                  "刷过一次了还能退不", "充过电了能退吗"])  # (a toothbrush brushed with)
def test_a_used_item_gets_the_conditions_not_a_promise(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "used"
    assert "放心" not in reply.text + reply.suggestion


def test_a_categorys_own_rule_applies_to_its_products(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(returns={"categories": {"T恤": {"no_reason_days": 0, "note": "贴身衣物,拆封后不退换。"}}})
    tee = engine.reply("不喜欢能退吗", item_id="tee-basic", now=NOW).parts[0]
    assert (tee.case, tee.facts["note"]) == ("product_none", "贴身衣物,拆封后不退换。")
    dress = engine.reply("不喜欢能退吗", item_id="dress-floral", now=NOW).parts[0]
    assert dress.case == "policy_insured"
    insured = engine.reply("有运费险吗", item_id="tee-basic", now=NOW).parts[0]  # the order's, not a no
    assert (insured.case, insured.facts["note"]) == ("product_none_insured", "贴身衣物,拆封后不退换。")


@pytest.mark.parametrize("text", ["换原装屏要多少钱", "后盖碎了 换多少", "修好用什么快递寄回来", "今天能修好寄回吗",
                                  "是正品吗 会不会给我换成假的", "没电了咋换 要钱不"])  # (a swap feared: the promise)
def test_a_part_replaced_a_mended_one_sent_back_or_a_swap_feared_is_no_return(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "returns" not in reply.intents


def test_a_head_pain_after_drinking_is_harm_handed_on_not_the_pre_sale_answer(engine: Engine) -> None:
    reply = engine.reply("上次买的喝了头疼 是不是假酒啊", item_id="dress-floral", now=NOW)
    assert any(part.case == "harm" for part in reply.parts)
    assert reply.mode == "handoff" and {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize("text", ["戴着会头晕吗", "戴着头晕吗", "穿着会不会头疼", "用久了会不会发黄", "会变形吗",
                                  "会不会不出水", "会不会磕掉漆", "搬的时候怕碰掉漆",
                                  "冬天有暖气 桌子会不会裂开", "打出来会有横线吗", "会不会一梳就掉",
                                  "装完会不会漏水", "到了会不会软了", "收到会化吗", "印之前能先给我看看吗 怕印错",
                                  "担心刻错了", "喝了会头疼吗", "会不会一边不热", "插上电会不会不热",
                                  "会不会钻绒啊 跑毛吗", "会不会烫焦头发", "两只颜色深浅会不一样吗",
                                  "会掉色吗 洗几次就裂了吧"])  # (a guess, 吧: not what happened)
def test_a_symptom_feared_before_buying_is_no_fault_reported(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert not any(part.case == "quality" for part in reply.parts)


def test_an_after_sale_under_way_hands_off_without_the_policy(engine: Engine) -> None:
    reply = engine.reply("退回去的衣服你们签收了没有 钱呢", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("in_progress", "handoff")
    assert "无理由" not in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["质量好吗 不好能退吗", "质保多久 坏了包换吗", "万一坏了怎么办", "坏了是修还是换",
                                  "要是收到有虫子怎么办", "如果穿着不合适能换吗", "坏了上门修吗",
                                  "保修多久 电机坏了咋整", "收到怎么验机 验出问题咋办"])
def test_what_would_happen_asked_before_buying_is_the_policy_not_a_fault(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    part = next(p for p in reply.parts if p.intent == "returns")
    assert part.case.startswith("policy") and reply.actions == ()


def test_what_follows_a_fault_is_about_that_fault_not_the_policy(engine: Engine) -> None:
    conversation = engine.reply("裙子穿了一次就开线了", item_id="dress-floral", now=NOW).conversation
    for text in ("怎么办", "能换新吗"):  # in its own words, whatever else they might mean alone
        reply = engine.reply(text, conversation, item_id="dress-floral", now=NOW)
        assert (reply.intents, reply.parts[0].case, reply.mode) == (("returns",), "quality", "handoff")
        assert "无理由" not in reply.text + reply.suggestion
        conversation = reply.conversation


def test_a_refund_asked_for_goes_to_a_person_flagged(engine: Engine) -> None:
    reply = engine.reply("我要退款", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("request", "handoff")
    assert reply.actions == ({"type": "flag", "reason": "return_request"},)
    assert "无理由" not in reply.text + reply.suggestion


def test_another_product_named_after_a_return_question_gets_its_rule(engine: Engine) -> None:
    first = engine.reply("穿过一次了还能退吗", item_id="dress-floral", now=NOW)
    then = engine.reply("那卫衣呢", first.conversation, item_id="dress-floral", now=NOW)
    assert then.intents == ("returns",)


def test_what_follows_the_policy_is_of_that_return(engine: Engine) -> None:
    first = engine.reply("收到小了 能换大一码吗", item_id="dress-floral", now=NOW)
    cost = engine.reply("运费谁出", first.conversation, item_id="dress-floral", now=NOW)
    assert (cost.intents, cost.parts[0].case) == (("returns",), "cost_insured")
    when = engine.reply("换的话多久能发", cost.conversation, item_id="dress-floral", now=NOW)
    assert (when.intents, when.mode) == (("returns",), "handoff")  # the exchange's day is the order's: a person


def test_how_to_claim_right_after_the_policy_is_that_policy(make_engine: Callable[..., Engine]) -> None:
    own = {"生鲜": {"no_reason_days": 0, "note": "坏果签收24小时内拍照联系客服,按个数赔"}}
    engine = make_engine(returns={"categories": own},
                         products=[{"id": "navel", "name": "脐橙", "category": "生鲜", "price": 59, "colours": ["中果"],
                                    "sizes": ["5斤"]}])
    first = engine.reply("坏了包赔吗", item_id="navel", now=NOW)
    then = engine.reply("要怎么赔", first.conversation, item_id="navel", now=NOW)
    assert then.intents == ("returns",) and "24小时内拍照" in then.text


@pytest.mark.parametrize("then", ["我自己选错的呢", "自己拍错码的话呢"])
def test_a_mistake_of_ones_own_after_the_terms_asks_them_again(engine: Engine, then: str) -> None:
    """「不合适能退吗」 … 「我自己选错的呢」: the terms again (自己拍错码的…), not a change of the order."""
    first = engine.reply("不合适能退吗", item_id="dress-floral", now=NOW)
    assert engine.reply(then, first.conversation, item_id="dress-floral", now=NOW).intents == ("returns",)


@pytest.mark.parametrize("then", ["没拆封的呢", "那只在家试了呢", "没拆也没穿呢", "没上牌也没骑呢",
                                  "那没拆吊牌没穿过的呢", "就在家里客厅搭了一下没出门呢", "只在室内穿了一下",
                                  "没拆塑封呢"])
def test_not_opened_after_the_policy_for_used_goods_asks_the_policy_again(engine: Engine, then: str) -> None:
    first = engine.reply("拆开了能退吗", item_id="dress-floral", now=NOW)
    assert engine.reply(then, first.conversation, item_id="dress-floral", now=NOW).intents == ("returns",)


@pytest.mark.parametrize("then", ["拆开的那包呢", "用过的呢"])
def test_opened_after_the_policy_for_unopened_goods_asks_the_policy_again(engine: Engine, then: str) -> None:
    first = engine.reply("没拆的能退吗", item_id="dress-floral", now=NOW)
    assert engine.reply(then, first.conversation, item_id="dress-floral", now=NOW).intents == ("returns",)


@pytest.mark.parametrize("text", ["以旧换新怎么弄", "旧洗衣机也能换吗", "旧的坏了开不了机也能换吗", "旧锅换新咋弄",
                                  "旧电脑能换新吗 我的是戴尔的 坏了开不了机"])
def test_a_trade_in_asked_before_buying_is_no_return(engine: Engine, text: str) -> None:
    assert "returns" not in engine.reply(text, item_id="dress-floral", now=NOW).intents


@pytest.mark.parametrize("text", ["9成新的成色咋样 有磕碰吗", "二手的有没有划痕啊", "轮子会不会刮花木地板"])
def test_wear_asked_of_goods_before_buying_is_no_fault_reported(engine: Engine, text: str) -> None:
    assert "returns" not in engine.reply(text, item_id="dress-floral", now=NOW).intents


@pytest.mark.parametrize("text", ["会不会吃了软便", "用了会过敏吗", "穿了会不会起疹子",
                                  "宝宝最近有点便秘 喝哪款好", "孩子最近老是便秘 这个适合吗"])  # one to choose
def test_harm_feared_before_buying_is_no_fault_reported(engine: Engine, text: str) -> None:
    assert "returns" not in engine.reply(text, item_id="dress-floral", now=NOW).intents


@pytest.mark.parametrize("text", ["磕了有坑保修吗", "摔坏了保修吗", "座套坏了保吗", "颜色跟图片不一样算质量问题吗",
                                  "密封圈坏了单买多少钱", "面料破了保不保", "保修多久 睡塌了咋办"])
def test_whether_a_knock_is_covered_before_buying_is_no_fault_reported(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert {"type": "flag", "reason": "quality_issue"} not in reply.actions


def test_a_part_broken_since_it_came_is_a_fault_though_the_part_is_a_fact_of_the_goods(
        make_engine: Callable[..., Engine]) -> None:
    umbrella = {"id": "umb", "name": "三折伞", "price": 59, "colours": ["黑色"], "sizes": ["标准款"],
                "attributes": {"伞骨": "10根骨,玻璃纤维伞骨"}}
    reply = make_engine(products=[umbrella]).reply("你们这伞什么质量啊 买了第二天伞骨就断了", item_id="umb", now=NOW)
    assert reply.intents[0] == "returns" and {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_a_refund_asked_for_right_after_a_fault_is_a_refund_request(make_engine: Callable[..., Engine]) -> None:
    umbrella = {"id": "umb", "name": "三折伞", "price": 59, "colours": ["黑色"], "sizes": ["标准款"]}
    engine = make_engine(products=[umbrella])
    fault = engine.reply("买了第二天伞骨就断了", item_id="umb", now=NOW)
    then = engine.reply("我不要换 我要退款", fault.conversation, item_id="umb", now=NOW)
    assert then.parts[0].case == "request" and {"type": "flag", "reason": "return_request"} in then.actions


def test_whether_a_thing_would_count_as_a_fault_is_a_persons_to_say_with_the_terms_drafted(engine: Engine) -> None:
    reply = engine.reply("颜色跟图片不一样算质量问题吗", item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "returns" and reply.mode != "auto"
    assert {"type": "flag", "reason": "quality_issue"} not in reply.actions  # nothing came: no fault to follow


@pytest.mark.parametrize("text", ["吃了两天就软便了", "用了以后脸上起疹子", "收到吹了两次就不出热风了", "收到表不走了",
                                  "昨天收到轮子就掉了一个", "推车用了三天轮子就响 怎么回事",
                                  "我买的打印机打出来有横纹 怎么办", "收到颜色跟图片不一样 算质量问题吗",
                                  "宝宝这两天有点便秘 是不是奶粉上火啊", "喝了两天宝宝就胀气了",
                                  "用了一段时间了 有点上火", "喝了有点上火",  # (not the terms of goods used)
                                  "昨天收到的硒谷打出来全是黑道道", "收到的轮胎侧面有个鼓包 怎么搞",
                                  "买了俩月 左摇杆漂移了 咋整",  # (俩 of 两个)
                                  "煮饭天天糊底", "米饭老是夹生 怎么回事",  # (not 「会不会糊底」 before buying)
                                  "收到第一次用就把我头发烫焦了一片 怎么说", "收到的鞋两只颜色深浅不一样 怎么回事",
                                  "洗了几次就裂了",
                                  "睡了一个月就塌了 保修吗",  # (the warranty asked of one that came: a fault)
                                  "用了你家粉底脸上起红疹了 怎么办"])
def test_harm_reported_goes_to_a_person_flagged(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "returns" and reply.mode == "handoff"
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_return_postage_the_shop_put_a_sum_on_is_told(make_engine: Callable[..., Engine]) -> None:
    conditions = "收货7天内包装完好可以退换,来回物流运费由买家承担(床大约300元);定制款不退不换。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply("退货运费多少", now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("cost_stated", "来回物流运费由买家承担(床大约300元)")


@pytest.mark.parametrize(("text", "mode"), [("退回去运费要多少", "handoff"), ("退货运费谁出", "auto")])
def test_how_much_return_postage_comes_to_is_a_persons_where_the_terms_name_only_who_pays(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    """「退回去运费要多少」 of terms saying 退回运费由买家承担 and no sum: who pays, and a person says how much."""
    conditions = "没拆封的7天内可以无理由退货,退回运费由买家承担;拆封安装过的不退。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    reply = engine.reply(text, now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("cost_stated", mode) and "买家承担" in reply.text


def test_return_postage_the_terms_put_on_the_shop_after_faults_said_absent_is_told(
        make_engine: Callable[..., Engine]) -> None:
    """床垫没有污渍、没有破损…退货上门取件的运费由我们承担: faults said not to be there are conditions, not a
    sentence of faults; the shop pays, not the buyer as the plain rule would say."""
    conditions = ("没拆封的7天无理由退换;拆封后可以参加100晚试睡:床垫没有污渍、没有破损、标签都在,可以申请退货,"
                  "退货上门取件的运费由我们承担,每个订单只能试睡退货一次。")
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply("退的话运费谁出啊", item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "cost_stated" and "运费由我们承担" in part.facts["note"]


@pytest.mark.parametrize(("text", "case", "note"), [
    ("换码运费谁出", "cost_stated", "不合脚换码可以免费换一次，寄回运费我们出"),  # the swap's sentence, all of it
    ("退货运费谁出", "cost_insured", None),  # a return: the insurance, not the swap's 我们出
])
def test_return_postage_of_a_size_swap_is_told_of_the_swap_only(make_engine: Callable[..., Engine], text: str,
                                                                case: str, note: str | None) -> None:
    conditions = ("没下地穿过的支持7天无理由退换；不合脚换码可以免费换一次，寄回运费我们出；"
                  "质量问题一年内包修包换，来回运费我们承担")
    engine = make_engine(returns={"shipping_insurance": True, "conditions": conditions})
    part = engine.reply(text, item_id="dress-floral", now=NOW).parts[0]
    assert (part.case, part.facts.get("note")) == (case, note)


def test_return_postage_a_category_puts_on_the_buyer_overrides_the_shops_insurance(
        make_engine: Callable[..., Engine]) -> None:
    note = "连衣裙签收30天内可以退,退回的物流费由买家承担(一般15元);吊牌剪了不退。"
    engine = make_engine(returns={"shipping_insurance": True, "categories": {"连衣裙": {"note": note}}})
    part = engine.reply("睡了不舒服退货运费谁出", item_id="dress-floral", now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("cost_stated", "退回的物流费由买家承担(一般15元)")
    assert engine.reply("退货运费谁出", item_id="tee-basic", now=NOW).parts[0].case == "cost_insured"  # others: 运费险


@pytest.mark.parametrize(("text", "case"), [
    ("内裤能退吗", "excluded"),  # the terms rule it out: that first, not 「支持7天无理由」
    ("特价款可以退吗", "excluded"),
    ("不合适能退吗", "policy_terms"),  # nothing named that the terms rule out: the terms, led as terms
    ("没拆封的能退吗", "policy_terms"),  # 拆封 said not done
])
def test_what_the_terms_rule_out_is_said_first(make_engine: Callable[..., Engine], text: str, case: str) -> None:
    conditions = "收货7天内包装完好可以退换;内裤袜子不退不换,特价款也不支持退货,拆封后不退。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert part.case == case
    assert case != "excluded" or part.facts["note"] in ("内裤袜子不退不换", "特价款也不支持退货")


@pytest.mark.parametrize(("text", "note"), [("特价款能退吗", "特价款不退不换"), ("拆开了能退吗", "拆开了的包不能退")])
def test_what_the_terms_rule_out_is_told_though_an_allowing_sentence_names_it_undone(
        make_engine: Callable[..., Engine], text: str, note: str) -> None:
    conditions = "非特价款7天内没有拆开的可以退换;特价款不退不换;拆开了的包不能退。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("excluded", note)


# (定制 said alone meets the example shop's own keyword rule)
@pytest.mark.parametrize("text", ["订制的能退吗", "胡桃色定做的能退吗", "订做的可以退不"])
def test_made_to_order_in_any_of_its_words_is_what_the_terms_rule_out(make_engine: Callable[..., Engine],
                                                                      text: str) -> None:
    conditions = "签收7天内没有使用过的可以退;定制的颜色和规格不支持无理由退换。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("excluded", "定制的颜色和规格不支持无理由退换")


@pytest.mark.parametrize(("text", "note"), [
    ("磨成粉的能退吗", "按要求磨成粉的属于定制,不支持无理由退货"),  # the ruling in the next clause
    ("门上开孔了还能退吗", "门上已经为它开孔的,不支持无理由退货；质量问题除外"),  # (its 或者 left out; what it excepts)
])
def test_a_clause_that_begins_with_the_ruling_rules_out_the_one_before(
        make_engine: Callable[..., Engine], text: str, note: str) -> None:
    conditions = ("没拆封的7天内可以无理由退;按要求磨成粉的属于定制,不支持无理由退货。"
                  "已经装到门上用过的,或者门上已经为它开孔的,不支持无理由退货,质量问题除外。")
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("excluded", note)


def test_a_fact_ruling_out_another_change_is_no_ruling_of_a_return(make_engine: Callable[..., Engine]) -> None:
    """「红金礼盒拆了塑封还能退吗」: the set's 色号 fact says 不能换色号, which rules out no return; its own
    return terms say what happens once the wrap is off."""
    box = {"id": "box", "name": "圣诞礼盒", "price": 459, "colours": ["红金礼盒"], "sizes": ["标准装"],
           "attributes": {"色号": "礼盒里的色号是固定搭配,不能换色号"},
           "returns": {"no_reason_days": 7,
                       "note": "塑封未拆可以7天无理由退货;拆了塑封的礼盒不支持无理由退换,质量问题除外"}}
    engine = make_engine(products=[box], returns={"shipping_insurance": True, "conditions": "没拆封的7天内可以退"})
    reply = engine.reply("红金礼盒拆了塑封还能退吗", item_id="box", now=NOW)
    assert "拆了塑封的礼盒不支持无理由退换" in reply.text and "不能换色号" not in reply.text


@pytest.mark.parametrize(("text", "case"), [
    ("左手的能退吗", "excluded"),  # the product's own fact rules that way out
    ("定做的能退吗", "excluded"),
    ("能退吗", "policy"),  # nothing named: the shop's terms
])
def test_a_way_of_buying_a_products_own_fact_rules_out_is_told_that_ruling(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    guitar = {"id": "guitar", "name": "单板民谣吉他", "price": 899, "colours": ["原木色"], "sizes": ["41寸"],
              "attributes": {"左手琴": "左手款可以定做,不加钱,付款后15天发货,定做的左手琴不退不换"}}
    engine = make_engine(products=[guitar],
                         returns={"shipping_insurance": False, "conditions": "7天内没有划痕的可以退"})
    part = engine.reply(text, item_id="guitar", now=NOW).parts[0]
    # (the shop's own terms here rule nothing out: a plain yes, with them)
    assert part.case == case.removesuffix("_terms") and ("定做的左手琴不退不换" in part.text) is (case == "excluded")


@pytest.mark.parametrize(("text", "case"), [
    ("镜框试戴不合适能退吗", "policy_terms"),  # 镜框 is in a sentence that lets it back too: the terms, not a refusal
    ("特价的镜框能退吗", "excluded"),  # said with what rules it out
])
def test_a_thing_the_terms_let_back_in_one_sentence_and_not_in_another_is_told_the_terms(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    conditions = "单买的镜框签收7天内,没有装过镜片的可以无理由退换;特价的镜框不能退。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert part.case == case and "不能退" in part.text and (case == "excluded") != ("可以无理由退换" in part.text)


@pytest.mark.parametrize(("text", "case"), [
    ("镜框能退吗", "policy_terms"),  # ruled out only joined to another (…的镜框和定制镜片不退不换), let back alone
    ("镜框收到不喜欢能退吗", "policy_terms"),
    ("定制镜片能退吗", "excluded"),
])
def test_a_thing_ruled_out_joined_to_another_and_let_back_alone_is_told_the_terms(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    conditions = "单买的镜框、太阳镜收到7天内,没有划花的可以无理由退换;装了定制镜片的镜框和定制镜片不退不换。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions}, keyword_rules=[])
    part = engine.reply(text, now=NOW).parts[0]
    assert part.case == case and (case == "policy_terms") == ("单买的镜框" in part.text)


def test_a_return_without_a_reason_ruled_out_is_told_with_what_a_fault_still_gets(
        make_engine: Callable[..., Engine]) -> None:
    conditions = ("未激活、包装膜没拆的签收7天内可以无理由退货;已经激活的不支持无理由退货。"
                  "签收15天内出现性能故障,经售后检测确认后可以换新机。")
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply("激活了能退吗", now=NOW).parts[0]
    assert part.case == "excluded" and part.facts["note"] == (
        "已经激活的不支持无理由退货;签收15天内出现性能故障,经售后检测确认后可以换新机")
    assert "不能退换" not in part.text  # a fault still gets a new one


@pytest.mark.parametrize(("text", "excluded"), [
    ("没用过 就拉开看了看 能退吗", False),  # what the terms let back, said: the terms, not the use ruled out
    ("拉开钓过鱼了还能退吗", True),
])
def test_a_buyer_who_says_what_the_terms_let_back_is_told_the_terms(
        make_engine: Callable[..., Engine], text: str, excluded: bool) -> None:
    conditions = "签收7天内没用过、不影响二次销售的可以退换;竿子拉开钓过鱼、下过水的不支持无理由退。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert (part.case == "excluded") == excluded and "不支持无理由退" in part.text
    assert ("没用过、不影响二次销售的可以退换" in part.text) != excluded


@pytest.mark.parametrize(("follow_up", "case"), [
    ("没拆封的豆子呢", "policy_terms"),  # said not done, with what it was of
    ("没装的呢", "policy_terms"),
    ("门上开孔了呢", "excluded"),  # said done: what the terms say of it
    ("装好了不满意呢", "used"),  # not pleased once fitted: the terms of used goods, no thanks
    ("那要是尺寸做错了呢", "policy_terms"),  # a fault feared, asked of the terms: no fault reported
    ("那要是你们做错尺寸了呢", "policy_terms"),  # whose mistake, and of what, said
])
def test_a_state_asked_right_after_the_policy_goes_on_with_the_return(
        make_engine: Callable[..., Engine], follow_up: str, case: str) -> None:
    conditions = "没拆封、没安装的7天内可以无理由退;门上已经为它开孔的,不支持无理由退货。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    first = engine.reply("能七天无理由退吗", now=NOW)
    then = engine.reply(follow_up, first.conversation, now=NOW)
    assert (then.intents[0], then.parts[0].case) == ("returns", case)


@pytest.mark.parametrize("text", ["收到的豆子一股焦味 怎么办", "装完第二天就打不开门了 怎么回事",
                                  "收到的裤子起球了", "上次买的穿了一次就起球了",
                                  "用了一个星期左摇杆就漂了", "收到的书缺了好几页", "收到屏幕有一条竖线",
                                  "收到的鸭脖袋子胀起来了", "收到的壳磁吸不吸了", "收到了杯子碎了一个",
                                  "买的打印机打出来有横线 怎么办", "昨天收到的 一梳掉一大把毛 这是真发",
                                  "师傅装完内机一直滴水 墙都湿了", "收到虾都软了 没冰了",
                                  "收到的手表屏幕有一条线", "屏幕多了道竖线",  # (a line on the screen, said any way)
                                  "收到箱子压烂了 纸都皱了", "收到的纸皱了",  # (crushed on the way)
                                  "收到的四件套洗了一次掉色掉得厉害 盆里水都红了"])  # (fading past what is normal)
def test_a_smell_a_door_that_will_not_open_or_pilling_come_is_a_fault(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "returns" and reply.mode == "handoff"
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize(("text", "flagged"), [("你们做的尺寸不对", True), ("那要是你们做的尺寸不对呢", False)])
def test_goods_made_in_the_wrong_size_are_a_fault_and_if_so_asked_the_terms(engine: Engine, text: str,
                                                                          flagged: bool) -> None:
    """The shop's mistake in making or sending it is no sizing question; asked as a what-if, the terms."""
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "returns"
    assert ({"type": "flag", "reason": "quality_issue"} in reply.actions) == flagged


@pytest.mark.parametrize("text", ["收到的窗帘短了10公分", "颜色和图片差好多"])
def test_what_came_made_or_shown_wrong_is_a_fault_for_a_person(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "returns" and reply.mode == "handoff"
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_a_message_sent_by_mistake_is_no_fault() -> None:
    assert "returns" not in Engine.from_file(None).reply("不好意思发错了", now=NOW).intents  # their own message


def test_a_reaction_reported_is_told_what_the_shop_says_to_do(make_engine: Callable[..., Engine]) -> None:
    conditions = "没拆封的7天内可以退。吃了以后如果出现过敏等不适,请立即停用并及时就医,保留产品联系客服。"
    engine = make_engine(returns={"conditions": conditions})
    reply = engine.reply("吃了两天就软便了", item_id="dress-floral", now=NOW)
    part = reply.parts[0]
    assert (part.case, reply.mode) == ("quality_note", "handoff") and "立即停用并及时就医" in part.facts["note"]
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize(("conditions", "note"), [
    # the clause naming the reaction, not the no-reason terms before it in the sentence
    ("没拆封的7天无理由退换;拆封试用过的不退不换;用了过敏的,拍照片和医院诊断证明联系客服处理。",
     "用了过敏的，拍照片和医院诊断证明联系客服处理。"),
    # the cases a refusal excepts, what to do in brackets: those cases and what to do, no fragment ending in 除外
    ("拆开的属于贴身卫生用品,不退不换,质量问题或者宝宝用后过敏(拍照给客服看)除外。",
     "质量问题或者宝宝用后过敏：拍照给客服看。"),
])
def test_a_reaction_reported_is_told_the_clause_of_the_terms_for_it(make_engine: Callable[..., Engine],
                                                                     conditions: str, note: str) -> None:
    engine = make_engine(returns={"conditions": conditions})
    part = engine.reply("用了以后脸上起红疹了 怎么办", item_id="dress-floral", now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("quality_note", note)


@pytest.mark.parametrize(("conditions", "note"), [
    # the cases excepted right after the ruling are said with it, not left out of a plain 不退不换
    ("没拆的7天内可以退;拆开的纸尿裤属于贴身卫生用品,不退不换,质量问题或者宝宝用后过敏(拍照给客服看)除外。",
     "拆开的纸尿裤属于贴身卫生用品,不退不换；质量问题或者宝宝用后过敏：拍照给客服看"),
    ("没拆的7天内可以退;拆开的纸尿裤不退不换。", "拆开的纸尿裤不退不换"),  # (none excepted: the ruling alone)
])
def test_a_ruling_asked_of_is_said_with_the_cases_it_excepts(make_engine: Callable[..., Engine], conditions: str,
                                                             note: str) -> None:
    engine = make_engine(returns={"conditions": conditions})
    part = engine.reply("拆开的那包能退吗", item_id="dress-floral", now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("excluded", note)


@pytest.mark.parametrize(("text", "case"), [("弦剪了还能退吗", "used"), ("没剪弦能退吗", "policy"),
                                            ("不喜欢能退吗", "policy"), ("撕了膜还能退吗", "used")])
def test_what_the_terms_ask_not_done_said_done_gets_the_conditions(make_engine: Callable[..., Engine], text: str,
                                                                   case: str) -> None:
    conditions = "签收7天内,琴身没有磕碰划痕、琴弦没有剪断、保护膜没有撕的可以无理由退换。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    assert engine.reply(text, now=NOW).parts[0].case == case


@pytest.mark.parametrize("text", ["旧的坏了开不了机 还能以旧换新吗", "以旧换新能抵多少 我旧的是美的的 坏了"])
def test_a_fault_of_the_old_one_traded_in_is_no_fault_of_the_purchase(engine: Engine, text: str) -> None:
    """「旧的坏了开不了机 还能以旧换新吗」 asks the trade-in before buying: no quality flag."""
    reply = engine.reply(text, item_id="dress-floral")
    assert "returns" not in reply.intents
    assert not any(action.get("reason") == "quality_issue" for action in reply.actions)


def test_a_return_asked_after_what_happened_to_it_gets_no_fact_of_the_part_beside_it(shop: Shop) -> None:
    """「戴了三天屏幕划了一道 能退吗」: whether it can be returned, not the 屏幕 fact (屏幕划了 says what happened)."""
    products = [p.model_copy(update={"attributes": {"屏幕": "1.32英寸AMOLED"}}) if p.id == "dress-floral" else p
                for p in shop.products]
    engine = Engine(shop.model_copy(update={"products": products}), rng=random.Random(0))
    reply = engine.reply("戴了三天屏幕划了一道 能退吗", item_id="dress-floral", now=NOW)
    assert reply.intents == ("returns",)


def test_who_pays_a_return_is_what_the_shops_terms_say_before_the_insurance(shop: Shop) -> None:
    conditions = "没骑过、原箱在的7天无理由退货;不是质量问题退回的运费买家自己出,大件退回一般60到120元。"
    part = _engine(shop, shipping_insurance=True, conditions=conditions).reply("退货运费谁出", now=NOW).parts[0]
    assert part.case == "cost_stated" and "买家自己出,大件退回一般60到120元" in part.facts["note"]


@pytest.mark.parametrize(("text", "case"), [("退回去运费谁出", "cost_insured"),
                                          ("收到就漏液了 退回去运费谁出", "quality_note")])
def test_who_pays_for_a_fault_is_not_told_of_a_return_for_no_reason(shop: Shop, text: str, case: str) -> None:
    """The terms say the shop pays both ways for a fault: a buyer with none is told the 运费险, not 「来回运费我们出」;
    one with a fault, that."""
    conditions = "没拆封的签收7天内可以无理由退货。收到有破损、漏液这类质量问题,请拍照联系客服,来回运费我们出。"
    reply = _engine(shop, shipping_insurance=True, conditions=conditions).reply(text, now=NOW)
    part = next(p for p in reply.parts if p.intent == "returns")
    assert part.case == case and (case == "quality_note") == ("来回运费我们出" in f"{reply.text} {reply.suggestion}")


def test_who_pays_and_whether_there_is_insurance_asked_together_are_both_told(shop: Shop) -> None:
    engine = _engine(shop, shipping_insurance=False, conditions="签收7天内可以无理由退货,寄回运费买家出。")
    reply = engine.reply("退货运费谁出 有运费险吗", now=NOW)
    assert [p.case for p in reply.parts] == ["cost_stated", "no_insurance"]
    assert "寄回运费买家出" in reply.text and "没有运费险" in reply.text


@pytest.mark.parametrize(("terms", "told"), [
    # a product's rule of no-reason returns only: a fault is no matter of those terms
    ({"categories": {"T恤": {"no_reason_days": 7, "note": "没拆封的可以7天无理由退,拆了吊牌的不退。"}}}, None),
    # its rule says what a fault gets: that part, not the no-reason part before it
    ({"categories": {"T恤": {"no_reason_days": 0, "note": "特价款,不是质量问题的不退不换;"
                                                     "收到有破洞、开线这类质量问题,请3天内拍照联系客服。"}}},
     "收到有破洞、开线这类质量问题，请3天内拍照联系客服。"),
    # the shop's terms say it for every product
    ({"conditions": "没穿过的7天内可以退。收到破损的当天拍照给客服,给您补发或者退款。"},
     "收到破损的当天拍照给客服，给您补发或者退款。"),
])
def test_a_fault_on_arrival_is_told_what_the_terms_say_of_faults_never_the_no_reason_terms(
        make_engine: Callable[..., Engine], terms: dict[str, object], told: str | None) -> None:
    reply = make_engine(returns=terms).reply("收到的衣服破了个洞", item_id="tee-basic", now=NOW)
    part = reply.parts[0]
    assert reply.mode == "handoff" and {"type": "flag", "reason": "quality_issue"} in reply.actions
    assert (part.case, part.facts.get("note")) == (("quality_note", told) if told else ("quality", None))
    assert "无理由" not in reply.text + reply.suggestion


@pytest.mark.parametrize("then", ["运费谁出", "邮费谁承担"])
def test_what_follows_a_fault_reported_is_of_that_fault(make_engine: Callable[..., Engine], then: str) -> None:
    """「收到的衣服破了个洞」 … 「运费谁出」: the fault's terms again (运费我们出), not the shop's fee for an order."""
    engine = make_engine(returns={"conditions": "没穿过的7天内可以退。收到破损的当天拍照给客服,换新,运费我们出。"})
    first = engine.reply("收到的衣服破了个洞", item_id="tee-basic", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="tee-basic", now=NOW)
    assert reply.intents == ("returns",) and reply.parts[0].case == "quality_note"


@pytest.mark.parametrize(("text", "case"), [("能退吗", "product_terms"), ("没拆封的可以退吗", "product_terms"),
                                            ("拆了能退吗", "product_none")])
def test_a_rule_of_no_returns_that_lets_the_unopened_back_is_told_as_its_terms(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    """Earrings whose rule is 拆开密封袋后不退不换;没拆封的7天内可以退: not opened with 「不支持无理由退换」,
    which its own words contradict, unless it was opened."""
    rule = {"no_reason_days": 0, "note": "拆开密封袋后不退不换;没拆封的7天内可以退。"}
    engine = make_engine(returns={"categories": {"T恤": rule}})
    part = engine.reply(text, item_id="tee-basic", now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == (case, rule["note"])


@pytest.mark.parametrize(("text", "case"), [("收到三文鱼有点发黏 还能吃吗", "quality_note"),
                                            ("刚收到 颜色发暗 正常吗", "quality_note"),
                                            ("收到了 谢谢", None)])
def test_a_fault_named_by_the_products_own_rule_is_a_fault_on_arrival(make_engine: Callable[..., Engine], text: str,
                                                                       case: str | None) -> None:
    """「收到三文鱼有点发黏」 of salmon whose rule says 收到有异味、发黏…的,请签收后2小时内拍照联系客服: a fault, told
    those words (2 hours, not the shop's 24), for a person; 「收到了 谢谢」 is none."""
    salmon = {"id": "salmon", "name": "冰鲜三文鱼", "price": 168, "colours": ["中段"], "sizes": ["300g"],
              "returns": {"no_reason_days": 0, "note": "签收后不退不换;收到有异味、发黏、颜色发暗的,"
                                                       "请签收后2小时内拍照联系客服,核实后补发或退款。"}}
    reply = make_engine(products=[salmon]).reply(text, item_id="salmon", now=NOW)
    if case is None:
        assert "returns" not in reply.intents
        return
    part = next(p for p in reply.parts if p.intent == "returns")
    assert part.case == case and "2小时内" in str(part.facts["note"]) and reply.mode == "handoff"


def test_another_variant_asked_right_after_a_returns_answer_goes_on_with_returns(
        make_engine: Callable[..., Engine]) -> None:
    wallet = {"id": "wallet", "name": "长款钱包", "price": 199, "colours": ["黑色"], "sizes": ["标准款", "烫印定制款"],
              "variant_aliases": {"烫印定制款": ["定制款"]},
              "returns": {"no_reason_days": 7, "note": "标准款7天无理由退换;烫印定制款做好后不退不换,质量问题除外。"}}
    engine = make_engine(products=[wallet], keyword_rules=[])  # (the example shop's rule of 定制 apart)
    first = engine.reply("定制款不喜欢可以退吗", item_id="wallet", now=NOW)
    assert first.intents[0] == "returns"
    then = engine.reply("那标准款呢", first.conversation, item_id="wallet", now=NOW)
    assert then.intents[0] == "returns" and "标准款7天无理由退换" in then.text


@pytest.mark.parametrize(("text", "case"), [
    ("弹了几天有点划痕还能退吗", "excluded"),  # worn by the buyer's use, which the terms rule on
    ("收到就有划痕能退吗", "quality"),  # came so: a fault for a person
    ("弹了几天 拿到就有划痕的 能退吗", "quality"),  # (拿到就: came so, though played a few days since)
    ("用了两天就断了", "quality"),  # broke in use: the terms say nothing of it, a fault
])
def test_wear_from_the_buyers_own_use_that_the_terms_rule_on_is_told_those_terms(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    conditions = "7天内琴身没有划痕、没有剪弦的可以无理由退换;有划痕的不退不换;质量问题运费我们出。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    part = engine.reply(text, now=NOW).parts[0]
    assert part.case == case and ("有划痕的不退不换" in part.text) is (case == "excluded")


def test_the_shops_insurance_asked_after_a_fault_is_told(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(returns={"shipping_insurance": False, "conditions": "7天内没用过的可以退"})
    fault = engine.reply("收到就开不了机", now=NOW)
    assert fault.parts[0].case == "quality"
    insurance = engine.reply("有运费险吗", fault.conversation, now=NOW)
    assert insurance.parts[0].case == "no_insurance"


@pytest.mark.parametrize(("text", "says"), [("试睡退货运费谁出", "店铺承担一次退货运费"),
                                           ("退货运费谁出", "运费由买家承担")])
def test_who_pays_to_send_back_a_way_of_returning_the_product_names_is_its_own_terms(
        make_engine: Callable[..., Engine], text: str, says: str) -> None:
    """A latex mattress whose own terms say 100晚试睡…店铺承担一次退货运费: a 试睡 return's postage is the
    shop's; a plain return's is the buyer's, as the shop's terms say."""
    mattress = {"id": "latex", "name": "乳胶床垫", "price": 2999, "colours": ["白色"], "sizes": ["1.8x2m"],
                "returns": {"no_reason_days": 7,
                            "note": "支持100晚试睡(无污渍无破损,店铺承担一次退货运费);另外没拆压缩包装的7天无理由退。"}}
    engine = make_engine(products=[mattress], returns={
        "shipping_insurance": False, "conditions": "没拆包装的7天内可以退,退回的德邦运费由买家承担(大约150到300元)"})
    reply = engine.reply(text, item_id="latex", now=NOW)
    assert reply.parts[0].case == "cost_stated" and says in reply.text


def test_round_trip_postage_asked_of_a_return_for_no_reason_is_not_the_faults_terms(
        make_engine: Callable[..., Engine]) -> None:
    """「不喜欢能退吗 来回运费谁出」 where the terms say 质量问题我们承担来回运费 and the shop has 运费险: the
    insurance pays the way back; 来回 names no way of returning that the fault's sentence is of."""
    engine = make_engine(returns={"shipping_insurance": True, "no_reason_days": 7,
                                  "conditions": "没用过的7天内可以无理由退换;质量问题我们承担来回运费"})
    reply = engine.reply("不喜欢能退吗 来回运费谁出", now=NOW)
    assert reply.parts[0].case == "cost_insured" and "运费险" in reply.text and "质量问题" not in reply.text


# --- breakage in the post, asked of before buying -----------------------------------------------

_BREAKAGE = ("没有使用过的支持7天无理由退换;"
             "收到破损的包赔,但必须拍完整的开箱视频,签收24小时内联系客服,没有开箱视频的破损没办法赔。")


@pytest.mark.parametrize("text", ["碎了怎么赔", "万一摔碎了怎么办", "破损包赔吗"])
def test_breakage_asked_before_buying_is_told_the_terms_sentence_of_it(shop: Shop, text: str) -> None:
    reply = _engine(shop, conditions=_BREAKAGE).reply(text, now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("damage", "auto")
    assert "开箱视频" in reply.text and "24小时" in reply.text
    assert "7天无理由" not in reply.text  # (the sentence of breakage alone, not the no-reason terms)
    assert not reply.actions  # nothing has broken: no fault to follow up


@pytest.mark.parametrize("then", ["没拍视频呢", "有保价吗"])  # (保价 after breakage: the parcel's, not 价保)
def test_what_follows_the_terms_of_breakage_is_of_them(shop: Shop, then: str) -> None:
    engine = _engine(shop, conditions=_BREAKAGE)
    conversation = engine.reply("碎了怎么赔", now=NOW).conversation
    reply = engine.reply(then, conversation, now=NOW)
    assert reply.parts[0].case == "damage"
    assert "没有开箱视频的破损没办法赔" in reply.text


def test_breakage_the_terms_are_silent_on_goes_to_a_person(shop: Shop) -> None:
    reply = _engine(shop, conditions="吊牌完好、没有下水洗过的可以退换。").reply("碎了怎么赔", now=NOW)
    assert reply.mode == "handoff"
    assert "吊牌" not in reply.text


def test_breakage_reported_on_arrival_is_still_a_fault_for_a_person(shop: Shop) -> None:
    reply = _engine(shop, conditions=_BREAKAGE).reply("收到碎了怎么赔", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("quality_note", "handoff")
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize("text", ["拆了没划痕能退吗", "没有质量问题能退吗", "拆封了无磕碰可以退吗"])
def test_a_flaw_said_not_to_be_there_is_no_fault_reported(shop: Shop, text: str) -> None:
    reply = _engine(shop).reply(text, now=NOW)
    assert reply.intents == ("returns",) and reply.mode == "auto"
    assert reply.parts[0].case in ("used", "policy_insured", "policy") and not reply.actions


@pytest.mark.parametrize("text", ["收到的刀刃口有个缺口", "刚到手 刀刃有个豁口"])
def test_a_nick_in_the_blade_on_arrival_is_a_fault_for_a_person(shop: Shop, text: str) -> None:
    reply = _engine(shop).reply(text, now=NOW)
    assert reply.mode == "handoff" and {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_whether_the_old_one_is_sent_back_in_a_trade_in_is_no_return(shop: Shop) -> None:
    assert "returns" not in _engine(shop).reply("旧锅要寄回去吗", now=NOW).intents


_PIXELS = "不承诺无亮点;亮点加暗点合计不超过3个属于正常标准,超过3个可以换新"


@pytest.mark.parametrize(("text", "case", "mode"), [
    ("有亮点能换吗", "product_terms", "auto"),  # asked before buying: the product's own rule of it
    ("收到有个亮点能换吗", "quality_note", "handoff"),  # reported: that rule, and a person follows up
])
def test_a_fault_a_products_own_fact_is_named_by_is_told_that_fact(shop: Shop, text: str, case: str,
                                                                    mode: str) -> None:
    data = shop.model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress["attributes"] = {"坏点政策": _PIXELS, "保修": "整机3年保修"}
    dress["returns"] = {"no_reason_days": 7, "note": "未拆封支持7天无理由退货;质量问题15天内换新。"}
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.mode) == (case, mode)
    assert "超过3个可以换新" in reply.text + reply.suggestion


def test_pieces_missing_are_told_the_products_own_rule_of_missing_pieces(shop: Shop) -> None:
    """「收到拼完了少了两片 怎么搞」 of a puzzle whose 缺片 says 免费补寄: that, not the shop's 印刷错误…包退包换."""
    data = shop.model_dump()
    puzzle = next(p for p in data["products"] if p["id"] == "dress-floral")
    puzzle["attributes"] = {"缺片": "15天内拍照报缺片位置,免费补寄", "材质": "纸板"}
    data["returns"]["conditions"] = "拆封拼过的不支持无理由退换;印刷错误或破损包退包换"
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply("收到拼完了少了两片 怎么搞",
                                                                       item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("quality_note", "handoff") and "免费补寄" in reply.text


@pytest.mark.parametrize("text", ["收到了 死了3只 咋办", "到了有两只死的"])
def test_live_goods_come_dead_are_told_the_products_own_rule_of_it(shop: Shop, text: str) -> None:
    """死蟹包赔 of live crabs, not the shop's sentence of frozen goods that thawed."""
    data = shop.model_dump()
    crab = next(p for p in data["products"] if p["id"] == "dress-floral")
    crab["attributes"] = {"死蟹包赔": "签收后2小时内把死蟹和面单拍在同一张照片里,死几只赔几只", "规格": "4两"}
    data["returns"] = {"no_reason_days": 0, "shipping_insurance": False,
                       "conditions": "冻品收到时已经化冻或包装破损,签收当天拍照找客服,补发或退款。"}
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="dress-floral", now=NOW)
    assert reply.mode == "handoff" and "死几只赔几只" in reply.text + reply.suggestion
    assert "化冻" not in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["60升换新的话到手多少", "以旧换新能便宜多少", "坏了的也收吗",
                                  "我旧车是雅迪的 车架号磨没了还能换吗"])
def test_a_trade_in_asked_of_is_no_return_nor_fault(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "returns" not in reply.intents and not any(a.get("reason") == "quality_issue" for a in reply.actions)


@pytest.mark.parametrize("text", ["称了才1.3kg 缺斤少两", "收到分量不够啊"])
def test_goods_short_of_weight_are_told_the_part_of_the_terms_about_weight(engine: Engine, text: str) -> None:
    """One sentence of several rules (活蟹…；冻品…化冻…；觉得重量不够的…放在秤上拍视频): the part of weight."""
    terms = ("生鲜不支持无理由退换。活蟹2小时内拍照赔付；冻品化冻或包装破损当天拍照补发；"
             "觉得重量不够的，请放在秤上拍视频核实。")
    data = engine.shop.model_dump()
    data["returns"] = {"no_reason_days": 0, "shipping_insurance": False, "conditions": terms}
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="dress-floral", now=NOW)
    said = reply.text + reply.suggestion
    assert reply.mode == "handoff" and "放在秤上拍视频" in said and "化冻" not in said and "活蟹" not in said


@pytest.mark.parametrize("text", ["圈号买错了能换吗", "圈号不合适可以换吗"])
def test_a_size_bought_wrong_is_told_the_products_own_fact_of_changing_it(shop: Shop, text: str) -> None:
    data = shop.model_dump()
    ring = next(p for p in data["products"] if p["id"] == "dress-floral")
    ring.update(size_label="圈号", attributes={"改圈口": "收到后圈号不合适,可以寄回改一次圈号,收改圈工费30元"})
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "product_terms"
    assert_says(reply, "改一次圈号", "30元")


def test_a_fact_of_replacing_in_time_is_no_fact_of_a_size_bought_wrong(shop: Shop) -> None:
    """「滤芯拆了发现买错了能退吗」 of filters whose 更换周期 says 12个月换一次: their own return rule, not that."""
    data = shop.model_dump()
    filters = next(p for p in data["products"] if p["id"] == "dress-floral")
    filters.update(size_label="滤芯", attributes={"更换周期": "PPC复合滤芯12个月换一次,RO膜滤芯36个月换一次"},
                   returns={"no_reason_days": 7, "note": "没拆封的7天无理由退换;拆了包装膜的滤芯不退不换。"})
    reply = Engine(Shop.model_validate(data), rng=random.Random(0)).reply("滤芯拆了发现买错了能退吗",
                                                                         item_id="dress-floral", now=NOW)
    assert "拆了包装膜的滤芯不退不换" in reply.text + reply.suggestion and "12个月" not in reply.text


def test_goods_that_burst_are_a_fault_for_a_person(engine: Engine) -> None:
    reply = engine.reply("气球爆了好多个", now=NOW)
    assert reply.mode == "handoff" and {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_a_fault_reported_is_told_the_sentence_of_the_terms_that_names_it(make_engine: Callable[..., Engine]) -> None:
    """「我买的书缺页了」: 缺页…随时包换, not the sentence of breakage in transit before or after it."""
    conditions = ("塑封没拆的7天内可以退。缺页、倒装这类印刷质量问题随时包换。"
                  "运输压角、破损的,签收后3天内拍照联系客服处理。")
    engine = make_engine(returns={"conditions": conditions})
    reply = engine.reply("我买的书缺页了 第120页到135页都没有", item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "quality_note" and "随时包换" in reply.text + reply.suggestion


def test_a_fault_reported_is_not_told_what_the_terms_say_is_no_fault(make_engine: Callable[..., Engine]) -> None:
    """「叶子掉了一大半 盆也碎了」 of a plant: what is done of a broken pot (补发或退款), not 掉一两片叶子…不算
    质量问题 though it names the leaves: a person says what is no fault, having seen it."""
    conditions = ("活体植物不支持七天无理由退换;到货24小时内如有死苗、烂根或花盆破损,请拍照联系客服,核实后补发或退款;"
                  "叶子轻微压伤、掉一两片叶子不算质量问题")
    engine = make_engine(returns={"conditions": conditions})
    reply = engine.reply("叶子掉了一大半 盆也碎了", item_id="dress-floral", now=NOW)
    told = reply.text + reply.suggestion
    assert reply.mode == "handoff" and "补发或退款" in told and "不算质量问题" not in told


@pytest.mark.parametrize(("conditions", "text", "told"), [
    # 15天内质量问题可以换新, not 只有机器有质量问题才能退换 (a refusal, to a buyer with a wet floor)
    ("安装好以后不支持无理由退,只有机器有质量问题才能退换,15天内质量问题可以换新。",
     "前天装好的今天底下漏水了 地板都泡了", "15天内质量问题可以换新"),
    # a limit within so many days is what is done now: the exchange, before the warranty after it
    ("激活绑定的,15天内只有质量问题才能换新,1年内质量问题免费保修。", "收到的手表屏幕有一条线", "15天内质量问题能换新"),
])
def test_a_fault_reported_is_never_told_the_limit_of_the_terms(make_engine: Callable[..., Engine], conditions: str,
                                                                text: str, told: str) -> None:
    engine = make_engine(returns={"conditions": conditions})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    said = reply.text + reply.suggestion
    assert reply.parts[0].case == "quality_note" and told in said and "只有" not in said


def test_a_fault_reported_is_not_told_a_condition_that_says_a_fault_is_absent(
        make_engine: Callable[..., Engine]) -> None:
    """「睡了一个月就塌了」: not 床垫没有污渍、没有破损…可以申请退货 (破损 said absent, a condition of the trial)."""
    conditions = "拆封后可以参加100晚试睡:床垫没有污渍、没有破损、标签都在,可以申请退货,运费由我们承担。"
    engine = make_engine(returns={"conditions": conditions})
    reply = engine.reply("睡了一个月就塌了", item_id="dress-floral", now=NOW)
    assert reply.mode == "handoff" and "没有破损" not in reply.text + reply.suggestion


def test_a_thing_named_beside_a_fault_excepted_from_the_no_reason_terms_is_no_fault_named(
        make_engine: Callable[..., Engine]) -> None:
    """「收到的手表坏了」: 签收15天内有质量问题可以换新, never the refusal of activated watches
    that names 手表 and excepts 质量问题 in its next clause."""
    conditions = ("已经激活绑定的手表手环不支持7天无理由，有质量问题的除外。"
                  "签收15天内有质量问题可以换新，15天后按保修走。")
    engine = make_engine(returns={"conditions": conditions})
    reply = engine.reply("收到的手表坏了 屏幕不亮", now=NOW)
    assert reply.parts[0].case == "quality_note"
    assert reply.parts[0].facts["note"] == "签收15天内有质量问题可以换新，15天后按保修走。"


@pytest.mark.parametrize(("conditions", "case"), [
    ("分装瓶拆了封口膜或者喷过的,不退不换;没拆封的签收7天内可以无理由退。", "policy_terms"),
    ("签收7天内吊牌完好的可以退换。", "policy"),  # nothing ruled out: a plain yes
])
def test_terms_that_rule_some_goods_out_are_led_as_terms_not_a_plain_yes(
        make_engine: Callable[..., Engine], conditions: str, case: str) -> None:
    """「买了不喜欢味道能退吗」 of decants that go back only unopened: never 「亲放心 7天内可以无理由退换」 first."""
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    reply = engine.reply("买了不喜欢味道能退吗", now=NOW)
    assert [p.case for p in reply.parts] == [case]  # (味道 is why it might go back: no 香调 asked)
    assert conditions in reply.text and ("放心" in reply.text or "支持" in reply.text or "可以退换的" in reply.text) \
        is (case == "policy")


@pytest.mark.parametrize("follow_up", ["剪了一团的呢", "绕了两团的呢", "织过一点的呢"])
def test_a_state_said_of_some_of_the_goods_right_after_the_policy_goes_on_with_the_return(
        make_engine: Callable[..., Engine], follow_up: str) -> None:
    """「剪了一团的呢」 right after yarn's return terms: those terms (剪断的不退不换), not a hand-off with no draft."""
    conditions = "毛线没拆包装、没剪断、没织过的,7天内可以无理由退换;已经绕线、剪断或者织过的不退不换。"
    engine = make_engine(returns={"shipping_insurance": False, "conditions": conditions})
    first = engine.reply("买多了 没拆的能退吗", now=NOW)
    then = engine.reply(follow_up, first.conversation, now=NOW)
    assert then.intents[0] == "returns" and "剪断或者织过的不退不换" in then.text


@pytest.mark.parametrize("then", ["那怎么办啊", "怎么处理"])
def test_what_to_do_asked_right_after_damage_in_transit_is_told_the_fact_of_damage(
        make_engine: Callable[..., Engine], then: str) -> None:
    """「袋子破了漏了一地」 … 「那怎么办啊」: the rice's 破损 (24小时内拍外包装、破口和快递面单), not the shop's rule
    for insects and mould that a 「怎么办」 alone would find."""
    rice = {"id": "rice", "name": "稻花香大米", "price": 59, "colours": ["编织袋"], "sizes": ["10斤"],
            "attributes": {"破损": "运输中袋子破了漏米的,签收后24小时内拍外包装、破口和面单的照片给客服,补发或退款"}}
    conditions = "没拆封的可以7天无理由退;收到生虫、发霉的属于质量问题,签收3天内拍照联系客服,退款或补发。"
    engine = make_engine(products=[rice], returns={"shipping_insurance": False, "conditions": conditions})
    first = engine.reply("收到袋子破了漏了一地", item_id="rice", now=NOW)
    assert "24小时内" in first.text + first.suggestion
    reply = engine.reply(then, first.conversation, item_id="rice", now=NOW)
    told = reply.text + reply.suggestion
    assert reply.parts[0].intent == "returns" and "24小时内" in told and "生虫" not in told


def test_a_thing_the_terms_let_off_though_nothing_is_taken_back_unasked_is_told_that_clause(
        make_engine: Callable[..., Engine]) -> None:
    """「效果图不满意可以退吗」 of custom goods: the clause that lets the order off before the proof is
    confirmed leads, not 「店里不支持无理由退换」."""
    conditions = ("定制商品做好后不支持7天无理由退换;印错或者质量问题签收48小时内拍照联系客服,免费重做。"
                  "效果图确认之前可以随时取消全额退款。")
    engine = make_engine(returns={"no_reason_days": 0, "conditions": conditions})
    reply = engine.reply("效果图不满意可以退吗", item_id="dress-floral", now=NOW)
    part = next(p for p in reply.parts if p.intent == "returns")
    assert (part.case, part.facts["note"]) == ("let_back", "效果图确认之前可以随时取消全额退款")
    assert "不支持" not in part.text


#: A folding bike whose own fact says what is done when it comes bent in transit.
_BIKE = {"id": "bike", "name": "折叠自行车", "price": 899, "colours": ["白色"], "sizes": ["20寸"],
         "attributes": {"运输破损": "运输中压变形的挡泥板、车把,签收后48小时内拍照联系客服,免费补发配件"}}


@pytest.mark.parametrize("text", ["昨天收到的车 挡泥板压弯了 怎么搞", "车把好像有点歪 能换新的吗"])
def test_a_part_bent_or_askew_on_arrival_is_a_fault_told_the_products_rule_of_damage(
        make_engine: Callable[..., Engine], text: str) -> None:
    reply = make_engine(products=[_BIKE]).reply(text, item_id="bike", now=NOW)
    assert (reply.intents[0], reply.mode) == ("returns", "handoff")
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions
    assert "免费补发配件" in reply.text + reply.suggestion


def test_a_fault_said_not_to_be_there_is_no_fault(engine: Engine) -> None:
    """「又没坏 就是不喜欢」: no fault reported, no flag; the terms of returning for no reason."""
    reply = engine.reply("又没坏 就是不喜欢", item_id="dress-floral", now=NOW)
    assert {"type": "flag", "reason": "quality_issue"} not in reply.actions


def test_goods_not_those_ordered_are_not_told_the_clause_of_faults(make_engine: Callable[..., Engine]) -> None:
    """A case of the wrong model sent is the shop's mistake: the terms' 「拆封用过的只有质量问题才退换」 is
    no answer to it; a person follows up, flagged, and what the terms say of goods sent wrong is told."""
    terms = {"no_reason_days": 7,
             "conditions": "手机壳没装过手机可以7天无理由退换;数据线拆封用过的只有质量问题才退换。"}
    engine = make_engine(returns=terms)
    for text in ("我买的16pro的壳 发来的是16的 怎么回事啊", "怎么发成白色了"):
        reply = engine.reply(text, item_id="dress-floral", now=NOW)
        assert (reply.intents[0], reply.mode) == ("returns", "handoff") and reply.actions
        assert "质量问题才退换" not in reply.text + reply.suggestion
        after = engine.reply("给换吗 来回运费谁出", reply.conversation, item_id="dress-floral", now=NOW)
        assert "质量问题才退换" not in after.text + after.suggestion
    told = make_engine(returns={**terms, "conditions": terms["conditions"] + "发错货包换,来回运费我们出。"})
    reply = told.reply("发错货了 我要的是黑色", item_id="dress-floral", now=NOW)
    assert "发错货包换" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["壳坏了保修吗", "质保多久",
                                  "保修几年 坏了去哪修", "保修多久啊 坏了咋弄"])  # (where mended, what to do: before)
def test_a_warranty_asked_is_the_products_own_fact_not_the_return_terms(
        make_engine: Callable[..., Engine], text: str) -> None:
    charger = {"id": "charger", "name": "35W充电器", "price": 89, "colours": ["白色"], "sizes": ["35W"],
               "attributes": {"保修": "1年内有质量问题免费换新"}}
    case = {"id": "case", "name": "手机壳", "price": 49, "colours": ["黑色"], "sizes": ["iPhone16"]}
    engine = make_engine(products=[charger, case])
    reply = engine.reply(text, item_id="charger", now=NOW)
    assert "1年内有质量问题免费换新" in reply.text + reply.suggestion and "无理由" not in reply.text + reply.suggestion
    silent = engine.reply(text, item_id="case", now=NOW)  # no warranty stated: a person, not the return terms
    assert silent.mode == "handoff" and "无理由" not in silent.text + silent.suggestion


def test_a_fault_told_earlier_keeps_later_return_questions_with_a_person(engine: Engine) -> None:
    """「买了一个月 拉链坏了 怎么办」 … 「保修多久」 … 「要寄回去吗」: still that fault, for a person, never the
    seven days' terms for no reason a month after buying."""
    first = engine.reply("买了一个月 拉链坏了 怎么办", item_id="dress-floral", now=NOW)
    between = engine.reply("你们发什么快递", first.conversation, item_id="dress-floral", now=NOW)
    reply = engine.reply("要寄回去吗", between.conversation, item_id="dress-floral", now=NOW)
    assert reply.intents == ("returns",) and reply.mode == "handoff"
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions and "无理由" not in reply.text


@pytest.mark.parametrize("text", ["就吃了一点点 都不行吗", "真的一点都不行吗", "只穿了一下都不能吗"])
def test_pushing_back_on_the_return_terms_goes_on_with_them(engine: Engine, text: str) -> None:
    first = engine.reply("拆了能退吗", item_id="dress-floral", now=NOW)
    reply = engine.reply(text, first.conversation, item_id="dress-floral", now=NOW)
    assert reply.intents == ("returns",) and "bargain" not in [p.intent for p in reply.parts]


@pytest.mark.parametrize("text", ["你们家猫粮有问题吧 我猫吃了就吐", "你们家鱼到了死了三条 什么情况啊"])
def test_harm_or_death_on_arrival_is_a_fault_for_a_person_not_a_request_for_one(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents == ("returns",) and reply.mode == "handoff"
    assert {"type": "flag", "reason": "quality_issue"} in reply.actions


def test_a_parcel_asked_after_a_fault_keeps_the_talk_on_that_fault(engine: Engine) -> None:
    """「死了三条」 … 「签收一个多小时了 袋子还没拆」 … 「是补发还是退款」: still that fault, for a person."""
    conversation = None
    for text in ("收到碎了两个", "签收一个多小时了 快递盒还没拆", "是补发还是退款"):
        reply = engine.reply(text, conversation, item_id="dress-floral", now=NOW)
        conversation = reply.conversation
    assert reply.intents == ("returns",) and reply.mode == "handoff" and "无理由" not in reply.text


def test_leaves_dropped_said_after_the_verb_are_a_fault_not_a_haggle(engine: Engine) -> None:
    """「还掉了好多叶子 这个也算吗」 after a plant's rot was told: a fault for a person, never 「不讲价」."""
    reply = engine.reply("还掉了好多叶子 这个也算吗", now=NOW)
    assert reply.intents[0] == "returns" and {"type": "flag", "reason": "quality_issue"} in reply.actions


@pytest.mark.parametrize(("text", "told"), [
    ("用几年电池坏了能换吗", True),  # a part that may break, and a fact of what is done to it: that fact
    ("坏了能换吗", False),  # no part said: the terms
])
def test_a_part_said_to_break_is_told_the_products_fact_of_that_part(
        make_engine: Callable[..., Engine], text: str, told: bool) -> None:
    lamp = {"id": "lamp", "name": "太阳能路灯", "price": 229, "colours": ["白光"], "sizes": ["200W"],
            "attributes": {"电池更换": "电池可以拆下来单独换,过了质保可以在本店买替换电池", "保修": "整灯质保2年"}}
    reply = make_engine(products=[lamp]).reply(text, item_id="lamp", now=NOW)
    assert reply.intents == ("returns",) and ("拆下来单独换" in reply.text) is told


@pytest.mark.parametrize("text", ["我订了明天的蛋糕 现在想取消能退吗", "拍了还没发 可以取消吗"])
def test_an_order_placed_asked_to_be_cancelled_is_the_orders_not_the_return_terms(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "order_change" and reply.mode == "handoff" and "无理由" not in reply.text


def test_a_fault_after_some_days_of_use_asking_nothing_back_is_a_fault_not_the_terms_of_use(
        engine: Engine) -> None:
    """「记录仪用了三天就黑屏了 怎么回事」 where the terms keep back what was fitted: a fault told, for a person;
    「用了三天有划痕了还能退吗」 asks it back: those terms."""
    data = engine.shop.model_dump()
    data["returns"] = {**data["returns"], "conditions": "用过三天以上、有划痕的不支持无理由退换"}
    shop = Engine(Shop.model_validate(data), rng=random.Random(0))
    fault = shop.reply("用了三天就黑屏了 怎么回事", item_id="dress-floral", now=NOW)
    assert fault.parts[0].case.startswith("quality") and {"type": "flag", "reason": "quality_issue"} in fault.actions
    back = shop.reply("用了三天有划痕了还能退吗", item_id="dress-floral", now=NOW)
    assert "有划痕的不支持无理由退换" in back.text + back.suggestion


@pytest.mark.parametrize("text", ["送到要是蔫了咋办", "要是路上坏了怎么办", "万一寄到碎了能赔吗"])
def test_what_would_happen_if_the_goods_came_spoilt_is_the_return_terms_not_a_parcel(
        engine: Engine, text: str) -> None:
    """「送到要是蔫了咋办」 before buying: no parcel to trace and no same-day pitch, the terms of it."""
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "returns" and not {"logistics", "shipping"} & set(reply.intents)


@pytest.mark.parametrize("text", ["寄回来运费谁出", "包邮吗 寄回来运费谁出"])
def test_the_postage_back_asked_of_goods_with_a_fact_of_it_is_that_fact(
        make_engine: Callable[..., Engine], text: str) -> None:
    """「寄回来运费谁出」 of a rented dress whose 寄回运费 says 买家自己付: that, never 运费险 or the shop's terms."""
    dress = {"id": "dress", "name": "租赁婚纱", "price": 399, "colours": ["白色"], "sizes": ["M"],
             "attributes": {"寄回运费": "寄出包邮走顺丰,寄回运费买家自己付,大约20到30元"}}
    reply = make_engine(products=[dress], returns={"shipping_insurance": True}).reply(text, item_id="dress", now=NOW)
    assert "寄回运费买家自己付" in reply.text + reply.suggestion and "运费险" not in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["万一到了死了咋办", "要是收到烂了怎么算"])
def test_live_goods_dead_or_rotten_on_arrival_asked_before_buying_are_the_terms(engine: Engine, text: str) -> None:
    """What happens if a plant comes dead: the return terms (here the example shop's), not chit-chat."""
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "returns"


def test_goods_sent_back_for_a_service_the_shop_offers_are_no_return(make_engine: Callable[..., Engine]) -> None:
    """「以后钝了能寄回来磨吗」 of a knife whose 磨刀服务 says 终身免费磨刀: that service, not the return
    terms first."""
    knife = {"id": "knife", "name": "主厨刀", "price": 399, "colours": ["默认"], "sizes": ["8寸"],
             "attributes": {"磨刀服务": "终身免费磨刀,寄回来的运费买家出"}}
    reply = make_engine(products=[knife]).reply("以后钝了能寄回来磨吗", item_id="knife", now=NOW)
    assert reply.intents == ("product",) and "终身免费磨刀" in reply.text
