"""The engine end to end: one buyer message in, one `Reply` out."""

from __future__ import annotations

import copy
import datetime as dt
import json
import random
from collections.abc import Callable
from importlib import resources
from typing import Any

import pytest
import yaml

from botcore.conversation import RECENT_WORDINGS, Conversation
from botcore.errors import InputError, ScriptError
from botcore.shop import Shop
from botcore.shop.shopfile import EXAMPLE_SHOP, load_shop, parse_shop
from engine import Engine, Part, Reply
from intents.base import Answer
from intents.shipping import ShippingQuestion

FRIDAY_MORNING = dt.datetime(2026, 11, 27, 10, 0)  # a shipping day, before the 16:00 cut-off
FRIDAY_EVENING = dt.datetime(2026, 11, 27, 18, 30)  # after the cut-off; Saturday ships too
_BASE: dict[str, Any] = yaml.safe_load(EXAMPLE_SHOP.read_text("utf-8"))


def wordings(key: str) -> list[str]:
    """The default wordings of ``intent.case`` as written in replies/scripts."""
    intent, _, case = key.partition(".")
    script = yaml.safe_load((resources.files("replies") / "scripts" / f"{intent}.yaml").read_text("utf-8"))
    return list(script[case])


def rendered(key: str, **facts: str) -> set[str]:
    defaults = {"shop_name": "拾柒衣橱", "agent": "小柒"}
    return {w.format(**defaults, **facts) for w in wordings(key)}


def changed_shop(change: Callable[[dict[str, Any]], None]) -> Shop:
    data = copy.deepcopy(_BASE)
    change(data)
    return parse_shop(yaml.safe_dump(data, allow_unicode=True), "test_shop.yaml")


@pytest.fixture(scope="module")
def shop() -> Shop:
    return load_shop()


@pytest.fixture
def engine(shop: Shop) -> Engine:
    return Engine(shop, rng=random.Random(0), clock=lambda: FRIDAY_MORNING)


def part(reply: Reply, intent: str) -> Part:
    return next(p for p in reply.parts if p.intent == intent)


# --- several questions in one message ----------------------------------------------------


def test_two_questions_get_one_reply_with_two_parts(engine: Engine) -> None:
    reply = engine.reply("有L码吗 包邮不", item_id="dress-floral")
    assert reply.mode == "auto"
    assert reply.intents == ("stock", "shipping")
    stock, shipping = reply.parts
    assert (stock.intent, stock.case) == ("stock", "size_colours")
    assert stock.facts["size"] == "L码"
    assert (shipping.intent, shipping.case) == ("shipping", "fee_item_free")  # L of the dress: 169元, over 99元
    assert shipping.facts["threshold"] == "99元"
    assert reply.text == f"{stock.text}\n{shipping.text}"
    assert "99元" in reply.text and "L" in reply.text


def test_the_day_it_comes_asked_beside_stock_is_answered_too(engine: Engine) -> None:
    """「有L码吗 今天下单几号能到北京」: stock, and the day it comes there."""
    reply = engine.reply("有L码吗 今天下单几号能到北京", item_id="dress-floral", now=dt.datetime(2026, 12, 1, 10))
    assert set(reply.intents) == {"stock", "shipping"}
    assert any(p.intent == "shipping" and p.facts.get("region") == "北京" for p in reply.parts)


def test_a_part_of_a_fact_another_intent_told_whole_is_not_said_again() -> None:
    """「二十五公斤的哈士奇能用吗」 of a leash whose 适用体重 sizing tells whole: the product's part of it for 25公斤
    (5米款适合30公斤以下的狗) is not said after it."""
    leash = {"id": "leash", "name": "自动伸缩牵引绳", "price": 49, "colours": ["黑色"], "sizes": ["3米", "5米"],
             "attributes": {"适用体重": "3米款适合15公斤以下的狗,5米款适合30公斤以下的狗"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[leash])), rng=random.Random(0))
    reply = engine.reply("二十五公斤的哈士奇能用吗", item_id="leash", now=dt.datetime(2026, 12, 3, 14))
    assert reply.mode == "auto" and reply.text.count("5米款适合30公斤以下的狗") == 1


def test_a_fact_two_intents_answer_is_said_once(engine: Engine) -> None:
    """A pre-sale's date is stock's and shipping's answer both: the reply says it once, and
    both intents stay in the reply's parts."""
    reply = engine.reply("牛油果绿L码什么时候发货 有货吗", item_id="hoodie-fleece", now=dt.datetime(2026, 12, 1, 10))
    assert sorted(reply.intents) == ["shipping", "stock"] and len(reply.parts) == 2
    assert reply.suggestion.count("12月10日") == 1
    assert reply.suggestion == reply.parts[0].text


def test_greeting_yields_to_a_real_question(engine: Engine) -> None:
    reply = engine.reply("你好 今天能发货吗", item_id="dress-floral")
    assert reply.intents == ("shipping",)
    assert [p.intent for p in reply.parts] == ["shipping"]
    assert reply.parts[0].case == "ship_today"
    assert "今天" in reply.text
    assert reply.conversation.greeted_on is None  # it did not greet


def test_thanks_yields_to_a_real_question(engine: Engine) -> None:
    reply = engine.reply("好的谢谢 那发圆通可以吗", item_id="dress-floral")
    assert reply.intents == ("shipping",)
    assert reply.parts[0].case == "courier_ok"
    assert "圆通" in reply.suggestion


# --- what the engine remembers ------------------------------------------------------------


def test_short_follow_up_keeps_the_colour(engine: Engine) -> None:
    first = engine.reply("雾霾蓝还有吗", item_id="dress-floral")
    assert first.parts[0].case == "colour_sizes_out"  # (its M sold out, said beside)
    assert first.conversation.colour == "雾霾蓝"
    second = engine.reply("那L呢", first.conversation, item_id="dress-floral")
    assert second.intents == ("stock",)
    assert second.mode == "auto"
    assert second.parts[0].case == "in_stock"
    assert second.parts[0].facts["variant"] == "雾霾蓝 L码"
    assert any(e.kind == "context" for e in second.evidence)


def test_two_colours_compared_leave_neither_as_the_one_talked_of(engine: Engine) -> None:
    """「雾霾蓝跟黑色哪个好看」 chooses neither: a colour told before is not kept for the next question."""
    first = engine.reply("雾霾蓝还有吗", item_id="dress-floral")
    second = engine.reply("雾霾蓝跟黑色哪个好看", first.conversation, item_id="dress-floral")
    assert second.conversation.colour is None
    third = engine.reply("那M码呢", second.conversation, item_id="dress-floral")
    assert "雾霾蓝" not in third.text


def test_follow_up_about_a_sold_out_variant(engine: Engine) -> None:
    first = engine.reply("雾霾蓝的有吗", item_id="dress-floral")
    second = engine.reply("那M码呢", first.conversation, item_id="dress-floral")
    assert second.parts[0].case == "sold_out_restock"
    assert second.parts[0].facts["restock_date"] == "12月5日"
    assert "12月5日" in second.text


def test_short_follow_up_keeps_the_size(engine: Engine) -> None:
    first = engine.reply("请问有M码吗", item_id="dress-floral")
    assert first.parts[0].case == "size_colours"
    second = engine.reply("黑的呢", first.conversation, item_id="dress-floral")
    assert second.intents == ("stock",)
    assert second.parts[0].facts["variant"] == "黑色 M码"


def test_measures_after_the_bot_asked_for_them_are_sizing(engine: Engine) -> None:
    first = engine.reply("这条裙子我该穿多大码", item_id="dress-floral")
    assert first.intents == ("sizing",)
    assert first.conversation.awaiting == "measures"
    second = engine.reply("163 112斤", first.conversation, item_id="dress-floral")
    assert second.intents == ("sizing",)
    assert second.parts[0].facts["size"] == "L"  # 161-166cm and 108-122斤 are both L
    assert "L" in second.text


def test_product_in_focus_from_item_id(engine: Engine) -> None:
    reply = engine.reply("现在有货吗", item_id="hoodie-fleece")
    assert reply.parts[0].facts["product"] == "加绒连帽卫衣"
    assert reply.conversation.product_id == "hoodie-fleece"


def test_product_in_focus_from_an_alias_in_the_message(engine: Engine) -> None:
    reply = engine.reply("那件带帽子的有灰色吗")
    assert reply.parts[0].case == "colour_sizes"
    assert reply.parts[0].facts["product"] == "加绒连帽卫衣"
    assert reply.conversation.product_id == "hoodie-fleece"


def test_product_named_in_the_message_beats_the_page(engine: Engine) -> None:
    reply = engine.reply("面包服有黑色吗", item_id="dress-floral")
    assert reply.parts[0].facts["product"] == "短款白鸭绒羽绒服"
    assert reply.conversation.product_id == "down-short"


def test_a_product_named_stays_in_focus_while_the_buyer_is_on_the_same_page(engine: Engine) -> None:
    named = engine.reply("大衣有驼色吗", item_id="dress-floral")
    size = engine.reply("M码呢", named.conversation, item_id="dress-floral")
    assert (size.parts[0].facts["variant"], size.conversation.product_id) == ("驼色 M码", "coat-wool")
    price = engine.reply("多少钱", size.conversation, item_id="dress-floral")
    assert price.parts[0].facts["price"] == "899元"
    elsewhere = engine.reply("多少钱", price.conversation, item_id="hoodie-fleece")  # another page opened
    assert elsewhere.conversation.product_id == "hoodie-fleece"


@pytest.mark.parametrize("text", ["能和大衣一起穿吗", "跟开衫搭配着穿好看吗", "大衣配这个好看吗",  # (the page: 这个)
                                  "大衣xl配这个好看吗",  # (its model or size said after it)
                                  "现在下单送开衫吗",  # a gift asked with the page's: not a page of its own
                                  "我的是开衫 配这条好看吗", "我家的是卫衣 搭得起来吗",  # the buyer's own, not a buy
                                  "我旧的是卫衣 搭得起来吗", "我以前的是大衣 配这条行吗",
                                  "我旧的是优衣库卫衣 搭得起来吗"])  # (its maker said before it)
def test_a_product_named_as_what_goes_with_the_page_leaves_the_talk_on_the_page(engine: Engine, text: str) -> None:
    first = engine.reply(text, item_id="dress-floral")
    then = engine.reply("多少钱", first.conversation, item_id="dress-floral")
    assert then.conversation.product_id == "dress-floral" and "169元" in f"{then.text} {then.suggestion}"
    assert first.intents[0] != "shipping"  # (送 of a gift: not a delivery)


@pytest.mark.parametrize("text", ["这个跟大衣有啥区别", "这款和大衣比哪个好", "跟大衣那个有啥区别"])
def test_the_page_compared_with_another_product_stays_the_one_talked_about(engine: Engine, text: str) -> None:
    first = engine.reply(text, item_id="dress-floral")
    then = engine.reply("多少钱", first.conversation, item_id="dress-floral")
    assert then.conversation.product_id == "dress-floral" and "169元" in f"{then.text} {then.suggestion}"


_GUITARS = [
    {"id": "plywood", "name": "M1云杉合板吉他", "aliases": ["合板吉他"], "price": 299, "colours": ["原木色"],
     "sizes": ["41寸"], "attributes": {"面板": "云杉合板(不是单板),合板不容易开裂"}},
    {"id": "solid", "name": "S2云杉单板吉他", "aliases": ["单板"], "price": 899, "colours": ["原木色"],
     "sizes": ["41寸"], "attributes": {"面板": "AA级云杉单板"}},
]


@pytest.mark.parametrize("text", ["这个是单板还是合板", "是单板吗", "面板是单板吗", "这把是不是单板"])
def test_another_products_name_asked_as_what_the_page_is_leaves_the_talk_on_the_page(shop: Shop, text: str) -> None:
    """单板 is the dearer guitar's name, but 「这个是单板吗」 on the plywood one's page asks what this one is:
    its own 面板, and the next line still of it."""
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": _GUITARS}), rng=random.Random(0))
    first = engine.reply(text, item_id="plywood")
    assert first.parts[0].facts["product"] == "M1云杉合板吉他" and "不是单板" in f"{first.text} {first.suggestion}"
    then = engine.reply("多少钱", first.conversation, item_id="plywood")
    assert then.conversation.product_id == "plywood" and "299元" in f"{then.text} {then.suggestion}"
    named = engine.reply("单板多少钱", item_id="plywood")  # named as what is asked of: the other one
    assert named.conversation.product_id == "solid"


_BRUSHES = [
    {"id": "x5", "name": "X5声波电动牙刷", "aliases": ["x5"], "category": "电动牙刷", "price": 199,
     "colours": ["白色"], "sizes": ["标准版"]},
    {"id": "k1", "name": "K1儿童电动牙刷", "aliases": ["k1", "儿童牙刷"], "category": "电动牙刷", "price": 79,
     "colours": ["绿色"], "sizes": ["标准版"]},
    {"id": "heads", "name": "A系列替换刷头", "aliases": ["刷头"], "category": "刷头", "price": 39,
     "colours": ["清洁型"], "sizes": ["2支装"], "attributes": {"兼容": "适用X5;不适用K1儿童牙刷"}},
    {"id": "kids-heads", "name": "K系列儿童替换刷头", "aliases": ["儿童刷头"], "category": "刷头", "price": 29,
     "colours": ["软毛"], "sizes": ["2支装"], "attributes": {"兼容": "只适用K1儿童电动牙刷,不能装在X5上"}},
]


@pytest.mark.parametrize(("page", "product"), [("k1", "kids-heads"), ("x5", "heads")])
def test_goods_named_by_a_word_of_another_that_does_not_fit_the_page_are_the_ones_that_do(
        shop: Shop, page: str, product: str) -> None:
    """「刷头多少钱」 on the kids' brush's page: 刷头 is the adults' heads' alias, whose 兼容 says 不适用K1儿童牙刷;
    the kids' heads, made for the K1, are the ones asked of (on the X5's page, the adults' heads as named)."""
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": _BRUSHES, "promotions": []}),
                    rng=random.Random(0))
    assert engine.reply("刷头多少钱", item_id=page).conversation.product_id == product


@pytest.mark.parametrize("text", ["面板是什么木头的 单板吗", "面板是单板吗"])
def test_another_products_name_asked_of_a_part_the_pages_material_names_is_of_the_page(shop: Shop, text: str) -> None:
    """「面板是什么木头的 单板吗」「面板是单板吗」 on the plywood guitar's page, whose file tells its wood in 材质 alone
    (面板是云杉合板…): this one's 材质, not the solid one's (单板 its alias)."""
    plywood = {**_GUITARS[0], "attributes": {}, "material": "面板是云杉合板,背侧板是椴木合板"}
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": [plywood, _GUITARS[1]]}),
                    rng=random.Random(0))
    reply = engine.reply(text, item_id="plywood")
    assert reply.conversation.product_id == "plywood" and "云杉合板" in f"{reply.text} {reply.suggestion}"
    assert "AA级" not in f"{reply.text} {reply.suggestion}"


def test_the_pages_own_product_named_after_another_was_talked_of_is_the_page(shop: Shop) -> None:
    """「再加个雨罩包邮不」 then 「两个杯架多少钱」 on the cup holder's page: two holders, not the rain cover."""
    holder = {"id": "holder", "name": "推车杯架", "aliases": ["杯架"], "price": 19.9, "colours": ["黑色"],
              "sizes": ["单个"]}
    cover = {"id": "cover", "name": "推车雨罩", "aliases": ["雨罩"], "price": 39, "colours": ["透明"],
             "sizes": ["通用"]}
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": [holder, cover], "promotions": []}),
                    rng=random.Random(0))
    first = engine.reply("再加个雨罩包邮不", item_id="holder")
    then = engine.reply("两个杯架多少钱", first.conversation, item_id="holder")
    assert then.conversation.product_id == "holder" and "37.81元" in then.text  # 39.8 at the 95折 for two


_AQUARIUM = [
    {"id": "food", "name": "小颗粒鱼食", "aliases": ["鱼食"], "category": "鱼食", "price": 19, "colours": ["原味"],
     "sizes": ["100克"], "attributes": {"适用": "孔雀鱼、灯鱼等小型热带鱼,也可以喂观赏虾"},
     "returns": {"no_reason_days": 7, "note": "没拆封的鱼食7天无理由退"}},
    {"id": "shrimp", "name": "樱桃虾", "aliases": ["红樱桃"], "category": "观赏虾", "price": 3, "colours": ["红色"],
     "sizes": ["1只"], "returns": {"no_reason_days": 0, "note": "活体不支持无理由退货"}},
]


@pytest.mark.parametrize("text", ["樱桃虾能吃吗", "红樱桃爱吃不", "樱桃虾能吃这个吗"])
def test_another_product_named_as_what_eats_the_pages_leaves_the_talk_on_the_page(shop: Shop, text: str) -> None:
    """The shop also sells the shrimp, but 「樱桃虾能吃吗」 on the fish food's page asks whether the shrimp eat the
    food: the food's fact that names the shrimp's kind, and the next line still of the food."""
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": _AQUARIUM}), rng=random.Random(0))
    first = engine.reply(text, item_id="food")
    assert first.conversation.product_id == "food" and "也可以喂观赏虾" in f"{first.text} {first.suggestion}"
    then = engine.reply("没拆封能退吗", first.conversation, item_id="food")
    assert "7天无理由" in f"{then.text} {then.suggestion}" and "活体" not in f"{then.text} {then.suggestion}"
    named = engine.reply("樱桃虾多少钱", item_id="food")  # named as what is asked of: the shrimp
    assert named.conversation.product_id == "shrimp"


_HANFU = [
    {"id": "set", "name": "宋制褙子三件套", "aliases": ["褙子"], "category": "汉服", "price": 268, "colours": ["月白"],
     "sizes": ["M"], "attributes": {"内含": "褙子、吊带、百迭裙三件,图上的发簪是拍摄道具,不包含,发簪店里有单独卖"}},
    {"id": "pin", "name": "流苏步摇发簪", "aliases": ["发簪"], "category": "配饰", "price": 39, "colours": ["金色"],
     "sizes": ["单支"]},
]


@pytest.mark.parametrize("text", ["图上的发簪送吗", "发簪送吗", "模特戴的发簪包含吗"])
def test_another_product_asked_to_come_with_the_pages_leaves_the_talk_on_the_page(text: str) -> None:
    """「图上的发簪送吗」 on the set's page asks whether the hairpin in its pictures comes with it: the set's 内含,
    not the hairpin's page."""
    engine = Engine(changed_shop(lambda data: data.update(products=_HANFU)), rng=random.Random(0))
    reply = engine.reply(text, item_id="set", now=dt.datetime(2026, 12, 8, 20))
    assert reply.conversation.product_id == "set" and "拍摄道具" in f"{reply.text} {reply.suggestion}"


@pytest.mark.parametrize("text", ["图上那个袄子送吗", "模特穿的袄子有吗"])
def test_a_thing_in_the_pictures_asked_to_come_with_it_asks_what_the_set_holds(text: str) -> None:
    """A thing no product is called, seen in the pictures: the set's 内含, which says whether it comes."""
    skirt = {**_HANFU[0], "attributes": {"内含": "单条马面裙,不含上衣;图上的袄子、发饰都是拍摄搭配,不包含"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[skirt, _HANFU[1]])), rng=random.Random(0))
    reply = engine.reply(text, item_id="set", now=dt.datetime(2026, 12, 8, 20))
    assert reply.intents[0] == "product" and reply.score >= 0.6 and "拍摄搭配" in f"{reply.text} {reply.suggestion}"


def test_the_pages_product_named_beside_another_is_the_one_talked_of() -> None:
    """「宝宝喝牛奶粉老便秘 想换羊奶粉」 on the goat formula's page: its 转奶方法, and the talk stays on it."""
    cow = {"id": "cow", "name": "金装牛奶粉", "aliases": ["牛奶粉"], "price": 298, "colours": ["800g"],
           "sizes": ["1段"], "attributes": {"转奶方法": "牛奶粉之间转奶3到5天"}}
    goat = {"id": "goat", "name": "纯羊乳奶粉", "aliases": ["羊奶粉"], "price": 358, "colours": ["800g"],
            "sizes": ["1段"], "attributes": {"转奶方法": "牛奶粉转羊奶粉要7到10天慢慢转"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[cow, goat])), rng=random.Random(0))
    reply = engine.reply("宝宝喝牛奶粉老便秘 想换羊奶粉 怎么转奶", item_id="goat", now=dt.datetime(2026, 12, 8, 20))
    assert reply.conversation.product_id == "goat" and "7到10天" in f"{reply.text} {reply.suggestion}"


_SHAWL = [
    {"id": "shawl", "name": "印花雪纺披帛", "aliases": ["披帛"], "category": "配饰", "price": 35, "colours": ["樱粉"],
     "sizes": ["2.5米", "3米"], "attributes": {"搭配": "褙子和齐胸襦裙都能搭,齐胸建议拍3米的"}},
    {"id": "dress", "name": "唐制齐胸襦裙", "aliases": ["齐胸"], "category": "汉服", "price": 598, "colours": ["朱红"],
     "sizes": ["M"]},
]


def test_another_product_the_pages_goes_with_leaves_the_talk_on_the_page() -> None:
    """「配齐胸的话买哪个长度」 on the shawl's page asks the shawl's length for the dress it goes with: the talk
    stays on the shawl (whose 搭配 says 齐胸建议拍3米), not on the dress's lengths."""
    engine = Engine(changed_shop(lambda data: data.update(products=_SHAWL)), rng=random.Random(0))
    for text in ("配齐胸的话买哪个长度", "搭齐胸穿选多长的"):
        reply = engine.reply(text, item_id="shawl", now=dt.datetime(2026, 12, 7, 13))
        assert reply.conversation.product_id == "shawl"


def test_another_product_named_in_a_case_the_pages_facts_speak_of_leaves_the_talk_on_the_page() -> None:
    """「还没装轨道 宽度咋量」 on a curtain's page whose 测量方法 says 还没装轨道的,窗框两边各加15到20厘米: the
    curtain's way of measuring, not the track the shop also sells."""
    curtain = {"id": "curtain", "name": "棉麻窗帘", "price": 59, "colours": ["米白"], "sizes": ["2倍褶"],
               "attributes": {"测量方法": "宽度按轨道长度量;还没装轨道的,窗框两边各加15到20厘米"}}
    track = {"id": "track", "name": "静音轨道", "aliases": ["轨道"], "price": 28, "colours": ["白色"],
             "sizes": ["单轨"], "attributes": {"安装": "杭州可以上门安装,每个窗户80元"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[curtain, track])), rng=random.Random(0))
    reply = engine.reply("还没装轨道 窗户宽1米8 宽度咋量啊", item_id="curtain", now=dt.datetime(2026, 12, 7, 13))
    assert reply.conversation.product_id == "curtain"
    assert "窗框两边各加15到20厘米" in reply.text + reply.suggestion and "80元" not in reply.text + reply.suggestion


_FRAMES = [{"id": f"frame{i}", "name": f"眼镜架{i}号", "category": "镜框", "price": 200 + i, "colours": ["黑色"],
            "sizes": ["52码"], "returns": {"no_reason_days": 7, "note": "单买的镜框收到7天内可以退"}} for i in (1, 2)]
_LENS = {"id": "lens", "name": "树脂镜片", "aliases": ["镜片"], "category": "镜片", "price": 199,
         "colours": ["普通膜"], "sizes": ["1.60", "1.67"],
         "attributes": {"镜框": "可以配本店任意一款镜框", "尺寸": "镜框宽度不限"},
         "returns": {"no_reason_days": 0, "note": "镜片按度数定制,不退不换"}}


@pytest.mark.parametrize(("text", "item", "product"), [
    ("那镜框能退吗", "lens", None),  # the frames, two of them: no one product (not the lens)
    ("那镜框能退吗", "frame1", "frame1"),  # a frame's page: that one
    ("镜框宽度有要求吗", "lens", "lens"),  # (镜框宽度 is in the lens's own facts: the lens's)
    ("镜片能退吗", "frame1", "lens"),  # the one product of that kind
])
def test_goods_named_by_their_category_are_the_ones_talked_of(text: str, item: str, product: str | None) -> None:
    engine = Engine(changed_shop(lambda data: data.update(products=[*_FRAMES, _LENS])), rng=random.Random(0))
    reply = engine.reply(text, item_id=item, now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == product or (product is None and reply.conversation.product_id != "lens")
    if product is None:
        assert "不退不换" not in f"{reply.text} {reply.suggestion}"


@pytest.mark.parametrize(("text", "product"), [
    ("滤芯多久换一次", "purifier"),  # the page's 滤芯寿命 says it: its own filters, not which of those sold
    ("滤芯多少钱", None),  # a price: of the filters sold, two of them
])
def test_goods_named_by_a_kind_the_pages_fact_is_named_for_are_the_pages(text: str, product: str | None) -> None:
    purifier = {"id": "purifier", "name": "净水器", "category": "净水器", "price": 1999, "colours": ["白色"],
                "sizes": ["800G"], "attributes": {"滤芯寿命": "PPC滤芯12个月换一次,RO膜36个月换一次"}}
    filters = [{"id": f"filter{i}", "name": f"{i}号滤芯", "category": "滤芯", "price": 199 * i,
                "colours": ["白色"], "sizes": ["单支"]} for i in (1, 2)]
    engine = Engine(changed_shop(lambda data: data.update(products=[purifier, *filters])), rng=random.Random(0))
    reply = engine.reply(text, item_id="purifier", now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == product or (product is None and "12个月" not in reply.text)
    assert ("12个月换一次" in reply.text) is (product is not None)


def test_goods_of_a_kind_said_to_come_with_the_one_in_view_are_its_own() -> None:
    """「送啥配件 有琴包吗」 on a guitar's page, beside strings sold as 配件: what comes with the guitar."""
    guitar = {"id": "guitar", "name": "面单民谣吉他", "category": "吉他", "price": 899, "colours": ["原木色"],
              "sizes": ["41寸"], "attributes": {"赠品": "送加厚琴包、变调夹、拨片3个"}}
    strings = {"id": "strings", "name": "吉他套弦", "category": "配件", "price": 39, "colours": ["标准"],
               "sizes": ["一套"]}
    engine = Engine(changed_shop(lambda data: data.update(products=[guitar, strings])), rng=random.Random(0))
    reply = engine.reply("送啥配件 有琴包吗", item_id="guitar", now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id != "strings" and "加厚琴包" in reply.text and reply.mode == "auto"


@pytest.mark.parametrize(("text", "product"), [
    ("能配贝亲的奶瓶吗", "teat"),  # what the teat goes on (its 兼容): the teat's, not which of the bottles sold
    ("奶瓶多少钱", None),  # a price: of the bottles sold, two of them
])
def test_goods_of_a_kind_said_as_what_the_one_in_view_fits_are_its_fact(text: str, product: str | None) -> None:
    teat = {"id": "teat", "name": "宽口径奶嘴", "category": "奶嘴", "price": 49, "colours": ["两只装"], "sizes": ["M"],
            "attributes": {"兼容": "适配本店奶瓶,也能装贝亲第三代宽口径奶瓶;标准口径奶瓶装不上"}}
    bottles = [{"id": f"bottle{i}", "name": name, "category": "奶瓶", "price": 99, "colours": ["白色"],
                "sizes": ["240ml"]} for i, name in ((1, "PPSU奶瓶"), (2, "玻璃奶瓶"))]
    engine = Engine(changed_shop(lambda data: data.update(products=[teat, *bottles])), rng=random.Random(0))
    reply = engine.reply(text, item_id="teat", now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == product or (product is None and reply.conversation.product_id != "teat")
    assert ("贝亲第三代" in reply.text) is (product is not None)


@pytest.mark.parametrize(("item", "text", "told"), [
    ("toner", "88a的硒鼓能用吗", "88A"),  # the drums its 适用机型 names: what it goes in, not which drum sold
    ("cartridge", "带硒鼓架吗", "不含硒鼓架"),  # its own fact named for the kind and more: that fact
])
def test_goods_of_a_kind_the_pages_facts_name_are_the_pages_fact(item: str, text: str, told: str) -> None:
    toner = {"id": "toner", "name": "通用碳粉", "category": "碳粉", "price": 15, "colours": ["黑色"],
             "sizes": ["100克"], "attributes": {"适用机型": "惠普12A/88A/35A硒鼓,佳能2900/303硒鼓"}}
    cartridge = {"id": "cartridge", "name": "兄弟粉盒", "category": "粉盒", "price": 29, "colours": ["黑色"],
                 "sizes": ["TN2312"], "attributes": {"硒鼓架": "粉盒不含硒鼓架(DR2350),原机的硒鼓架可以继续用"}}
    drums = [{"id": f"drum{i}", "name": f"{i}号硒鼓", "category": "硒鼓", "price": 39 * i, "colours": ["黑色"],
              "sizes": ["单支装"]} for i in (1, 2)]
    engine = Engine(changed_shop(lambda data: data.update(products=[toner, cartridge, *drums])), rng=random.Random(0))
    reply = engine.reply(text, item_id=item, now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == item and told in reply.text and reply.mode == "auto"


@pytest.mark.parametrize(("note", "told"), [("想要长镜可以加拍店里的替换镜片长镜款", "25元"), ("标配短镜", "89元")])
def test_a_size_only_another_product_has_that_the_pages_words_send_to_is_that_products(note: str, told: str) -> None:
    """「长镜多少钱」 on a helmet's page whose 镜片 says 想要长镜…可以加拍替换镜片长镜款: the visor's 25元, not the
    helmet's 89元; where the page's words name no such thing, the page's own (a person sees it lacks the size)."""
    helmet = {"id": "helmet", "name": "四季头盔", "category": "头盔", "price": 89, "colours": ["白色"],
              "sizes": ["M", "L"], "attributes": {"镜片": note}}
    visor = {"id": "visor", "name": "替换镜片", "category": "配件", "price": 20, "colours": ["茶色"],
             "sizes": ["短镜", "长镜"], "prices": {"长镜": 25}}
    engine = Engine(changed_shop(lambda data: data.update(products=[helmet, visor])), rng=random.Random(0))
    reply = engine.reply("长镜多少钱", item_id="helmet", now=dt.datetime(2026, 12, 3, 14))
    assert told in reply.text + reply.suggestion


def test_another_product_asked_in_the_box_of_the_one_in_view_is_what_its_box_holds() -> None:
    """「盒子里有充电头吗」 on a phone's page, in a shop selling chargers called 充电头: the phone's 包装内含."""
    phone = {"id": "phone", "name": "手机", "category": "手机", "price": 7999, "colours": ["黑色"], "sizes": ["256G"],
             "attributes": {"包装内含": "手机、充电线、说明书;不含充电器,需要另购充电头"}}
    charger = {"id": "charger", "name": "快充充电器", "aliases": ["充电头"], "category": "充电器", "price": 59,
               "colours": ["白色"], "sizes": ["20W"]}
    engine = Engine(changed_shop(lambda data: data.update(products=[phone, charger])), rng=random.Random(0))
    reply = engine.reply("盒子里有充电头吗", item_id="phone", now=dt.datetime(2026, 12, 3, 14))
    assert reply.intents[0] == "product" and "不含充电器" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["35w的多少 苹果16pro能用吗", "苹果16pro能用吗"])
def test_a_device_the_shop_sells_asked_to_work_with_the_one_in_view_is_no_purchase(text: str) -> None:
    """「35w的多少 苹果16pro能用吗」 on a charger's page: the 35W's price and whether it suits the phone (兼容机型),
    never the phone's price added to it nor the phone's own facts."""
    phone = {"id": "phone", "name": "Apple iPhone 16 Pro", "aliases": ["苹果16pro"], "category": "手机", "price": 8499,
             "colours": ["黑色"], "sizes": ["256G"], "attributes": {"保修": "官方联保一年"}}
    charger = {"id": "charger", "name": "快充充电器", "category": "充电器", "price": 59, "colours": ["白色"],
               "sizes": ["20W", "35W"], "prices": {"35W": 99}, "attributes": {"兼容机型": "20W和35W适合iPhone16全系列"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[phone, charger])), rng=random.Random(0))
    reply = engine.reply(text, item_id="charger", now=dt.datetime(2026, 12, 3, 14))
    said = reply.text + reply.suggestion
    assert "适合iPhone16全系列" in said and "8499" not in said and "官方联保" not in said


def test_another_product_named_before_a_fact_of_the_one_in_view_asks_that_fact() -> None:
    """「送领导的 有礼盒包装吗」 on a teapot's page with a 包装 fact, in a shop selling gift boxes called 礼盒: the
    pot's own packing, not the gift box."""
    pot = {"id": "pot", "name": "西施壶", "category": "紫砂壶", "price": 880, "colours": ["朱泥"], "sizes": ["200cc"],
           "attributes": {"包装": "送锦盒礼盒、手提袋和壶套"}}
    box = {"id": "box", "name": "锦盒礼盒套装", "aliases": ["礼盒"], "category": "礼盒", "price": 59,
           "colours": ["红色"], "sizes": ["一壶四杯"], "attributes": {"包装": "含手提袋,可以加印贺卡"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[pot, box])), rng=random.Random(0))
    reply = engine.reply("送领导的 有礼盒包装吗", item_id="pot", now=dt.datetime(2026, 12, 3, 14))
    assert "送锦盒礼盒" in reply.text + reply.suggestion and "加印贺卡" not in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["刷头坏了也保吗", "刷头坏了保修吗"])
def test_another_product_named_in_a_fact_of_the_one_in_view_asked_is_of_that_fact(text: str) -> None:
    """「刷头坏了也保吗」 on a toothbrush's page whose 保修 says 刷头是耗材: the brush's warranty of its heads,
    not the heads sold apart (no 保修 of their own; their return note's 破损请拍照 is no answer)."""
    brush = {"id": "brush", "name": "声波电动牙刷", "category": "电动牙刷", "price": 399, "colours": ["白色"],
             "sizes": ["标准版"], "attributes": {"保修": "刷柄两年质保,质量问题免费换新;刷头是耗材,不在质保范围内"}}
    heads = {"id": "heads", "name": "替换刷头", "aliases": ["刷头"], "category": "刷头", "price": 39,
             "colours": ["白色"], "sizes": ["2支装"], "attributes": {"更换周期": "建议3个月换一次"},
             "returns": {"no_reason_days": 7, "note": "拆封的不退,收到有破损请拍照找客服。"}}
    engine = Engine(changed_shop(lambda data: data.update(products=[brush, heads])), rng=random.Random(0))
    reply = engine.reply(text, item_id="brush", now=dt.datetime(2026, 12, 3, 14))
    assert reply.intents[0] == "product" and "刷头是耗材" in reply.text + reply.suggestion
    assert "拍照" not in reply.text + reply.suggestion


_DRONES = [{"id": "mini", "name": "云隼Mini 2航拍无人机", "aliases": ["mini 2"], "category": "无人机", "price": 1999,
            "colours": ["深空灰"], "sizes": ["标准版"], "attributes": {"续航": "标准电池单块最长约34分钟"}},
           {"id": "air", "name": "云隼Air 3航拍无人机", "aliases": ["air 3"], "category": "无人机", "price": 4999,
            "colours": ["深空灰"], "sizes": ["标准版"]},
           {"id": "battery-mini", "name": "Mini 2智能飞行电池", "category": "电池", "price": 329, "colours": ["灰色"],
            "sizes": ["标准电池"], "attributes": {"续航": "装Mini 2最长约34分钟"}},
           {"id": "battery-air", "name": "Air 3智能飞行电池", "category": "电池", "price": 799, "colours": ["灰色"],
            "sizes": ["单块装"], "attributes": {"续航": "装Air 3最长约46分钟"}}]


@pytest.mark.parametrize(("item", "product"), [("mini", "battery-mini"), ("air", "battery-air")])
def test_of_several_goods_of_a_kind_named_the_one_made_for_the_page_is_asked_of(item: str, product: str) -> None:
    """「一块电池能飞多久」 on a drone's page, the shop selling a battery for each drone: that drone's battery,
    not 「您问的是哪一款」."""
    engine = Engine(changed_shop(lambda data: data.update(products=_DRONES)), rng=random.Random(0))
    reply = engine.reply("一块电池能飞多久", item_id=item, now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == product and "分钟" in reply.text + reply.suggestion


_PURIFIERS = [{"id": "a5", "name": "净享A5空气净化器", "aliases": ["A5"], "category": "空气净化器", "price": 1299,
               "colours": ["白色"], "sizes": ["标准版"]},
              {"id": "a55", "name": "净享A55空气净化器", "aliases": ["A55"], "category": "空气净化器", "price": 1999,
               "colours": ["白色"], "sizes": ["标准版"]},
              {"id": "filter-a5", "name": "A5原装复合滤芯", "aliases": ["A5滤芯"], "category": "滤芯", "price": 299,
               "colours": ["白色"], "sizes": ["单片装"]},
              {"id": "filter-a55", "name": "A55原装除醛滤芯", "category": "滤芯", "price": 599,
               "colours": ["白色"], "sizes": ["单片装"]}]


@pytest.mark.parametrize(("item", "product", "price"), [("a5", "filter-a5", "299"), ("a55", "filter-a55", "599")])
def test_a_part_is_made_for_the_page_its_two_character_model_names(item: str, product: str, price: str) -> None:
    """「滤芯多少钱」 on the A5's page, the shop selling a filter for the A5 and one for the A55: the A5's (its
    model, two characters, named in the filter's name), not the A55's, whose name holds A5 only within A55."""
    engine = Engine(changed_shop(lambda data: data.update(products=_PURIFIERS)), rng=random.Random(0))
    reply = engine.reply("滤芯多少钱", item_id=item, now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == product and price in reply.text + reply.suggestion


def test_a_fact_only_the_page_states_is_of_the_page_after_another_product_was_asked_of() -> None:
    """On the Mini 2's page, 「一块电池能飞多久」 (of its battery) then 「海边风大能飞不」: the drone's 抗风, which
    the battery does not state, not 「哪一款」 nor a hand-off."""
    drones = [{**_DRONES[0], "attributes": {**_DRONES[0]["attributes"], "抗风": "最大能抗5级风"}}, *_DRONES[1:]]
    engine = Engine(changed_shop(lambda data: data.update(products=drones)), rng=random.Random(0))
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("一块电池能飞多久", item_id="mini", now=now)
    assert first.conversation.product_id == "battery-mini"
    reply = engine.reply("我们海边风大 能飞不", first.conversation, item_id="mini", now=now)
    assert reply.conversation.product_id == "mini" and "5级风" in reply.text + reply.suggestion


_TEES = [{"id": "kids", "name": "儿童纯棉T恤", "aliases": ["小孩的"], "category": "儿童T恤", "price": 25,
          "colours": ["白色"], "sizes": ["110", "130"]},
         {"id": "tee", "name": "纯棉圆领T恤", "category": "T恤", "price": 29, "colours": ["白色"], "sizes": ["M"]},
         {"id": "polo", "name": "翻领POLO衫", "category": "POLO衫", "price": 49, "colours": ["白色"], "sizes": ["M"]}]


def test_the_adults_goods_asked_on_a_childs_page_are_not_the_pages() -> None:
    """「大人的多少钱一件」 on the children's T-shirt: the adults' T-shirt's price, not the page's 25元."""
    engine = Engine(changed_shop(lambda data: data.update(products=_TEES)), rng=random.Random(0))
    reply = engine.reply("大人的多少钱一件", item_id="kids", now=dt.datetime(2026, 12, 3, 14))
    assert reply.conversation.product_id == "tee" and "29元" in f"{reply.text} {reply.suggestion}"
    assert "25元" not in f"{reply.text} {reply.suggestion}"
    own = engine.reply("多少钱一件", item_id="kids", now=dt.datetime(2026, 12, 3, 14))
    assert "25元" in f"{own.text} {own.suggestion}"


def test_another_products_name_written_in_the_pages_facts_with_what_follows_is_the_pages(shop: Shop) -> None:
    data = shop.model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress["attributes"] = {"尺寸": "衣长105cm,大衣口袋深15cm"}  # 大衣 is another product's name
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    reply = engine.reply("大衣口袋多深", item_id="dress-floral")
    assert reply.conversation.product_id == "dress-floral"  # the dress's own pocket, not the coat


def test_a_follow_up_naming_another_product_by_the_start_of_its_name_goes_on_of_that_one(shop: Shop) -> None:
    """「要插电吗」 of the 连体马桶, then 「那智能的呢」: the 智能马桶's (not the 智能镜柜, another kind)."""
    products = [
        {"id": "toilet", "name": "连体马桶", "category": "马桶", "price": 1299, "colours": ["白色"],
         "sizes": ["300mm"], "attributes": {"插座": "不用电,不需要插座"}},
        {"id": "smart", "name": "S7一体机", "aliases": ["智能马桶"], "category": "马桶", "price": 2999,
         "colours": ["白色"], "sizes": ["300mm"], "attributes": {"插座": "要用电,后面要留10A插座"}},
        {"id": "mirror", "name": "除雾镜柜", "aliases": ["智能镜柜"], "category": "镜柜", "price": 1599,
         "colours": ["奶白"], "sizes": ["80cm"], "attributes": {"插座": "要接电"}},
    ]
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": products}))
    first = engine.reply("要插电吗", item_id="toilet")
    then = engine.reply("那智能的呢", first.conversation, item_id="toilet")
    assert then.conversation.product_id == "smart" and "10A插座" in then.suggestion


def test_a_follow_up_naming_another_product_by_a_word_inside_its_name_goes_on_of_that_one(shop: Shop) -> None:
    """「电磁炉能用吗」 of an iron wok whose fact points to the stainless one, then 「那不锈钢那个呢」: the
    stainless wok (of its kind), not the pressure cooker whose name says 不锈钢 too, nor the iron wok again."""
    products = [
        {"id": "iron", "name": "精铁炒锅", "category": "炒锅", "price": 139, "colours": ["原色"], "sizes": ["32cm"],
         "attributes": {"适用炉灶": "圆底,电磁炉用不了,请选我们的不锈钢复合底炒锅"}},
        {"id": "steel", "name": "316不锈钢复合底炒锅", "category": "炒锅", "price": 329, "colours": ["本色"],
         "sizes": ["32cm"], "attributes": {"适用炉灶": "平底,电磁炉、燃气灶都能用"}},
        {"id": "cooker", "name": "304不锈钢压力锅", "category": "压力锅", "price": 299, "colours": ["本色"],
         "sizes": ["4L"]},
    ]
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": products}), rng=random.Random(0))
    first = engine.reply("电磁炉能用吗", item_id="iron")
    then = engine.reply("那不锈钢那个呢", first.conversation, item_id="iron")
    assert then.conversation.product_id == "steel"


def test_a_follow_up_naming_a_word_of_the_products_own_facts_stays_with_it(shop: Shop) -> None:
    """「情人节也是这个价吗」 of roses whose 节日价格 says 平安夜和圣诞不涨价, then 「那平安夜呢」: still the roses'
    fact, though another product's name begins with 平安夜."""
    products = [
        {"id": "roses", "name": "经典玫瑰花束", "price": 199, "colours": ["红色"], "sizes": ["11朵"],
         "attributes": {"节日价格": "情人节涨价30%;平安夜和圣诞不涨价"}},
        {"id": "eve", "name": "平安夜限定花束", "price": 299, "colours": ["红色"], "sizes": ["一束"],
         "attributes": {"配送时段": "只在12月24日晚上送"}},
    ]
    engine = Engine(Shop.model_validate({**shop.model_dump(), "products": products}), rng=random.Random(0))
    first = engine.reply("情人节也是这个价吗", item_id="roses")
    then = engine.reply("那平安夜呢", first.conversation, item_id="roses")
    assert then.conversation.product_id == "roses" and "不涨价" in f"{then.text} {then.suggestion}"


def test_a_variant_only_the_page_has_brings_the_talk_back_to_the_page(engine: Engine) -> None:
    """「大衣有驼色吗」 on the dress's page, then 「雾霾蓝M有吗」: the coat has no 雾霾蓝, the dress does."""
    named = engine.reply("大衣有驼色吗", item_id="dress-floral")
    back = engine.reply("雾霾蓝M有吗", named.conversation, item_id="dress-floral")
    assert back.conversation.product_id == "dress-floral"
    assert back.parts[0].facts["product"] == "法式碎花长袖连衣裙"
    still = engine.reply("黑色M有吗", named.conversation, item_id="dress-floral")  # both have 黑色: the coat
    assert still.conversation.product_id == "coat-wool"


def test_product_in_focus_from_the_conversation(engine: Engine) -> None:
    first = engine.reply("针织裙有黑色吗")
    assert first.conversation.product_id == "dress-knit"
    second = engine.reply("那L码呢", first.conversation)
    assert second.parts[0].facts["product"] == "修身针织长袖连衣裙"
    assert second.parts[0].facts["variant"] == "黑色 L码"
    assert second.parts[0].case == "low_stock"  # 4 left, low_stock_at is 5
    third = engine.reply("平时要怎么洗呢", second.conversation)
    assert third.intents == ("product",)
    assert third.parts[0].facts["product"] == "修身针织长袖连衣裙"


def test_no_product_in_focus_asks_which(engine: Engine) -> None:
    reply = engine.reply("现在有货吗")
    assert reply.parts[0].case == "which_product"
    assert reply.conversation.product_id is None


def test_only_product_of_a_one_product_shop_is_in_focus() -> None:
    shop = changed_shop(lambda d: d.__setitem__("products", d["products"][:1]))
    engine = Engine(shop, rng=random.Random(0), clock=lambda: FRIDAY_MORNING)
    reply = engine.reply("现在有货吗")
    assert reply.parts[0].facts["product"] == "法式碎花长袖连衣裙"


def test_greeting_once_a_day(engine: Engine) -> None:
    first = engine.reply("你好呀亲")
    assert first.intents == ("greeting",)
    assert first.parts[0].case == "welcome_promotion"  # 双十二预热 runs 11-20 .. 12-12
    assert "双十二预热" in first.text
    assert first.conversation.greeted_on == dt.date(2026, 11, 27)
    second = engine.reply("你好呀亲", first.conversation)
    assert second.parts[0].case == "again"
    assert second.text in rendered("greeting.again")
    next_day = engine.reply("你好呀亲", second.conversation, now=dt.datetime(2026, 11, 28, 9, 0))
    assert next_day.parts[0].case in ("welcome", "welcome_promotion")
    assert next_day.conversation.greeted_on == dt.date(2026, 11, 28)


def test_greeting_without_a_promotion_is_a_plain_welcome(engine: Engine) -> None:
    reply = engine.reply("你好呀亲", now=dt.datetime(2026, 12, 20, 9, 0))
    assert reply.parts[0].case == "welcome"
    assert reply.text in rendered("greeting.welcome")


# --- hand-off and low confidence ----------------------------------------------------------


def test_asking_for_a_person_hands_off_with_the_bots_own_words(engine: Engine) -> None:
    reply = engine.reply("帮我转人工客服", item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.intents == ("human",)
    assert reply.parts[0].case == "request"
    assert reply.text == reply.suggestion
    assert reply.text in rendered("human.request")
    assert reply.actions == ({"type": "flag", "reason": "asked_for_human"},)
    assert reply.conversation.handed_off is True


def test_complaint_hands_off_and_flags_the_complaint(engine: Engine) -> None:
    reply = engine.reply("衣服收到就开线了 质量太差 我要投诉你们", item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.intents == ("human",)
    assert reply.parts[0].case == "complaint"
    assert reply.text in rendered("human.complaint")
    assert {"type": "flag", "reason": "complaint"} in [dict(a) for a in reply.actions]


def test_anger_wins_over_another_question(engine: Engine) -> None:
    reply = engine.reply("有L码吗 你们客服怎么这么慢 我要投诉", item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.intents == ("human",)


def _strict_engine(auto: float, suggest: float) -> Engine:
    shop = changed_shop(lambda d: d["settings"].update(auto_threshold=auto, suggest_threshold=suggest))
    return Engine(shop, rng=random.Random(0), clock=lambda: FRIDAY_MORNING)


def test_unsure_answer_is_only_a_suggestion() -> None:
    engine = _strict_engine(auto=0.99, suggest=0.4)
    reply = engine.reply("大约几天能到手", item_id="dress-floral")
    assert reply.intents == ("shipping",)
    assert 0.4 <= reply.score < 0.99
    assert reply.mode == "suggest"
    assert reply.text in rendered("fallback.check")  # the buyer is asked to wait
    assert reply.suggestion != reply.text
    assert "2-4" in reply.suggestion  # the draft for the agent holds the answer
    assert reply.suggestion == reply.parts[0].text


def test_very_unsure_answer_is_handed_off_with_a_draft() -> None:
    engine = _strict_engine(auto=0.995, suggest=0.99)
    reply = engine.reply("大约几天能到手", item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.text in rendered("fallback.handoff")
    assert "2-4" in reply.suggestion


def test_confident_answer_is_sent_as_is(engine: Engine) -> None:
    reply = engine.reply("几天能收到", item_id="dress-floral")
    assert reply.mode == "auto"
    assert reply.score >= 0.7
    assert reply.text == reply.suggestion
    assert "2-4" in reply.text


@pytest.mark.parametrize("text", ["asdfgh", "qwerty zxcv", "。。。。", "123456789"])
def test_nonsense_is_handed_off(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.intents == ("other",)
    assert reply.conversation.handed_off is True
    assert reply.text in (rendered("fallback.handoff") | rendered("fallback.empty") | rendered("other.unknown")
                          | rendered("fallback.wait"))  # (nothing to check: the buyer is asked to wait)


# --- bad input never crashes --------------------------------------------------------------

BAD_INPUTS = {
    "empty": "",
    "spaces": "   \t  ",
    "newlines": "\n\n\r\n",
    "100 KB of letters": "x" * 100_000,
    "100 KB of Chinese": "有没有货" * 25_000,
    "emoji only": "😂👍🏻🔥🙏",
    "wangwang codes only": "/:^_^/:074[微笑]",
    "control characters": "\x00\x01\x07\x1b[31m\x7f",
    "zero-width": "\u200b\u200d\ufeff",
    "sql injection": "'; DROP TABLE orders; --",
    "html injection": "<script>alert('店小二')</script><img src=x onerror=alert(1)>",
    "template braces": "{shop_name.__class__} {0} {{}}",
    "lone surrogate": "\ud800",
    "surrogate inside text": "有L码吗\udfff",
    "right-to-left mark": "\u202e有货吗",
    "very long word": "黑" * 600,
}


@pytest.mark.parametrize("text", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
def test_bad_input_gets_a_reply(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert isinstance(reply, Reply)
    assert reply.mode in ("auto", "suggest", "handoff")
    assert isinstance(reply.text, str) and reply.text.strip()
    assert len(reply.text) < 500
    assert "<script>" not in reply.text
    assert "__class__" not in reply.text
    json.dumps(reply.trace(), ensure_ascii=False)
    assert reply.conversation.turns == 1


@pytest.mark.parametrize("text", ["", "   ", "😂👍🏻", "\x00\x01\x7f"])
def test_nothing_readable_is_handed_off(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.intents == ("other",)
    assert reply.text in rendered("fallback.empty")


@pytest.mark.parametrize("value", [None, 42, 3.5, "有货吗".encode(), ["有货吗"], {"text": "有货吗"}])
def test_non_text_is_an_input_error(engine: Engine, value: object) -> None:
    with pytest.raises(InputError) as info:
        engine.reply(value)  # type: ignore[arg-type]
    message = str(info.value)
    assert "str" in message and "文字" in message
    assert type(value).__name__ in message


# --- conversation state --------------------------------------------------------------------


def test_conversation_round_trip_through_json(engine: Engine) -> None:
    conversation = None
    for text in ("你好呀亲", "雾霾蓝还有吗", "那L呢", "这件我穿什么码"):
        conversation = engine.reply(text, conversation, item_id="dress-floral").conversation
    assert conversation is not None
    assert conversation.greeted_on is not None and conversation.recent_wordings
    data = json.loads(json.dumps(conversation.to_dict(), ensure_ascii=False))
    restored = Conversation.from_dict(data)
    assert restored == conversation
    assert isinstance(restored.recent_wordings, tuple)
    assert isinstance(restored.greeted_on, dt.date)


def test_conversation_from_dict_ignores_unknown_keys_and_fills_defaults() -> None:
    restored = Conversation.from_dict({"product_id": "dress-floral", "future_field": 1})
    assert restored == Conversation(product_id="dress-floral")
    assert Conversation.from_dict(Conversation().to_dict()) == Conversation()


def test_restored_conversation_continues_the_same_way(shop: Shop) -> None:
    texts = ("雾霾蓝还有吗", "那L呢", "那M呢")
    a = Engine(shop, rng=random.Random(5), clock=lambda: FRIDAY_MORNING)
    b = Engine(shop, rng=random.Random(5), clock=lambda: FRIDAY_MORNING)
    conv_a = conv_b = None
    for text in texts:
        reply_a = a.reply(text, conv_a, item_id="dress-floral")
        reply_b = b.reply(text, conv_b, item_id="dress-floral")
        assert reply_a.text == reply_b.text
        conv_a = reply_a.conversation
        conv_b = Conversation.from_dict(json.loads(json.dumps(reply_b.conversation.to_dict())))


def test_conversation_update_rejects_unknown_fields() -> None:
    with pytest.raises(InputError):
        Conversation().update({"colour_typo": "黑色"})


def test_recent_wordings_are_bounded(engine: Engine) -> None:
    conversation = None
    for _ in range(RECENT_WORDINGS + 4):
        conversation = engine.reply("满多少包邮", conversation).conversation
    assert conversation is not None
    assert len(conversation.recent_wordings) == RECENT_WORDINGS
    assert conversation.turns == RECENT_WORDINGS + 4


def test_reply_does_not_change_the_conversation_passed_in(engine: Engine) -> None:
    before = Conversation(product_id="dress-floral", colour="黑色")
    engine.reply("那L呢", before)
    assert before == Conversation(product_id="dress-floral", colour="黑色")


# --- determinism ---------------------------------------------------------------------------

_SCRIPT = ("老板在不在", "碎花裙有黑色M吗", "那XL呢", "寄到乌鲁木齐几天", "能便宜点吗", "好的谢谢")


def _run(engine: Engine, now: dt.datetime | None = None) -> list[tuple[str, str]]:
    conversation = None
    out = []
    for text in _SCRIPT:
        reply = engine.reply(text, conversation, now=now)
        conversation = reply.conversation
        out.append((reply.text, "|".join(p.template_id for p in reply.parts)))
    return out


def test_same_rng_and_clock_give_the_same_conversation(shop: Shop) -> None:
    first = _run(Engine(shop, rng=random.Random(11), clock=lambda: FRIDAY_MORNING))
    second = _run(Engine(shop, rng=random.Random(11), clock=lambda: FRIDAY_MORNING))
    assert first == second


def test_now_argument_overrides_the_clock(shop: Shop) -> None:
    by_clock = _run(Engine(shop, rng=random.Random(2), clock=lambda: FRIDAY_MORNING))
    by_now = _run(Engine(shop, rng=random.Random(2), clock=lambda: FRIDAY_EVENING), now=FRIDAY_MORNING)
    assert by_clock == by_now


@pytest.mark.parametrize(
    ("now", "case", "day"),
    [
        (dt.datetime(2026, 11, 27, 15, 59), "ship_today", "今天"),
        (dt.datetime(2026, 11, 27, 16, 0), "ship_later", "明天(周六)"),
        (dt.datetime(2026, 11, 28, 18, 0), "ship_later", "后天(周一)"),  # Saturday evening, Sunday off
        (dt.datetime(2027, 2, 4, 17, 0), "ship_unknown", "周六(2月13日)"),  # 春节: 2027's days off not published
        (dt.datetime(2026, 11, 29, 10, 0), "ship_later", "明天(周一)"),  # Sunday
        (dt.datetime(2026, 12, 31, 17, 0), "ship_unknown", "后天(周六)"),  # 元旦, then 2027 unpublished
    ],
)
def test_injected_clock_decides_the_ship_day(shop: Shop, now: dt.datetime, case: str, day: str) -> None:
    engine = Engine(shop, rng=random.Random(0), clock=lambda: now)
    reply = engine.reply("今天能发货吗", item_id="dress-floral")
    assert reply.parts[0].case == case
    assert reply.parts[0].facts["ship_day"] == day
    assert day in reply.text


# --- trace ---------------------------------------------------------------------------------


def test_trace_explains_the_reply(engine: Engine) -> None:
    reply = engine.reply("有L码吗 包邮不", item_id="dress-floral")
    trace = reply.trace()
    assert trace["mode"] == "auto"
    assert trace["intents"] == ["stock", "shipping"]
    assert trace["score"] == reply.score and 0 < trace["score"] <= 1
    assert [p["template"] for p in trace["parts"]] == [p.template_id for p in reply.parts]
    assert trace["parts"][0]["template"].startswith("stock.size_colours#")
    assert trace["parts"][0]["intent"] == "stock" and trace["parts"][0]["case"] == "size_colours"
    assert trace["parts"][1]["facts"]["threshold"] == "99元"
    assert trace["evidence"] and all(isinstance(e, str) for e in trace["evidence"])
    assert any(e.startswith("keyword:") for e in trace["evidence"])
    assert trace["entities"]["sizes"] == ("L",)
    assert trace["reason"]
    assert trace["normalised"] == "有l码吗 包邮不"
    json.dumps(trace, ensure_ascii=False)  # serialisable for logs


def test_trace_of_a_hand_off(engine: Engine) -> None:
    trace = engine.reply("转人工").trace()
    assert trace["mode"] == "handoff"
    assert trace["intents"] == ["human"]
    assert trace["actions"] == [{"type": "flag", "reason": "asked_for_human"}]
    assert trace["parts"][0]["template"].startswith("human.request#")


def test_trace_of_nonsense(engine: Engine) -> None:
    trace = engine.reply("asdfgh").trace()
    assert trace["mode"] == "handoff"
    assert trace["intents"] == ["other"]  # sure it is nothing the shop answers, so a person looks
    assert trace["parts"][0]["template"].startswith(("fallback.handoff#", "other.unknown#"))
    assert all(e.startswith("learned:") for e in trace["evidence"])  # no rule fired


def test_read_does_not_answer(engine: Engine) -> None:
    message, decision = engine.read("寄到乌鲁木齐要几天")
    assert decision.intents[0] == "shipping"
    assert message.entities.regions == ("新疆",)


def test_how_sure_a_choice_is_leaves_out_what_an_intents_own_rules_refuse(shop: Shop) -> None:
    """「灯泡坏了能自己换吗」 is learned as an exchange, which the returns rules refuse: not weighed against the
    lamp's own fact that answers it."""
    lamp = shop.products[0].model_copy(update={"attributes": {"灯泡": "E27螺口,坏了可以自己换任何E27灯泡"}})
    engine = Engine(shop.model_copy(update={"products": [lamp, *shop.products[1:]]}), rng=random.Random(0))
    _, decision = engine.read("灯泡坏了能自己换吗", item_id=lamp.id)
    assert decision.intents[0] == "product" and decision.learned is not None and "returns" not in decision.learned
    _, exchange = engine.read("收到坏了能换吗", item_id=lamp.id)
    assert exchange.learned is not None and exchange.learned.get("returns", 0.0) > 0.5


def test_shop_matching_teaches_the_bot_the_shops_own_wording() -> None:
    data = load_shop().model_dump()
    data["matching"] = {"sizing": {"keywords": {0.9: ["囧号"]}, "examples": ["这件我能套进去吗"]}}
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    assert engine.reply("囧号咋弄", item_id="dress-floral").intents == ("sizing",)
    reply = engine.reply("这件我能套进去不", item_id="dress-floral")
    assert reply.intent == "sizing"
    assert "example:这件我能套进去吗" in " ".join(reply.trace()["evidence"])
    # the example shop itself does not know that word
    assert Engine.from_file().reply("囧号咋弄").intent != "sizing"


def test_shop_matching_for_an_unknown_intent_fails_at_load() -> None:
    data = load_shop().model_dump()
    data["matching"] = {"sizzing": {"examples": ["穿什么码"]}}
    with pytest.raises(ScriptError, match="没有 sizzing 这个意图"):
        Engine(Shop.model_validate(data), source="my_shop.yaml")


def test_a_cut_message_says_so_in_the_trace() -> None:
    reply = Engine.from_file(rng=random.Random(0)).reply("有L码吗" + "啊" * 600, item_id="dress-floral")
    assert "只读了前 500 个字" in reply.trace()["reason"]


@pytest.mark.parametrize(
    ("message", "intents"),
    [
        ("黑色L码有货吗 包邮不", {"stock", "shipping"}),
        ("170穿多大 今天能发吗", {"sizing", "shipping"}),
        ("能便宜点吗 发什么快递", {"bargain", "shipping"}),
        ("165 100斤 黑色有吗", {"stock", "sizing"}),  # a body told beside the stock: sized too
    ],
)
def test_a_second_question_on_its_own_words_is_answered_too(engine: Engine, message: str, intents: set[str]) -> None:
    # the learned matcher reads the whole line and finds the second question unlikely;
    # its own keyword, on words of its own, is what answers it
    reply = engine.reply(message, item_id="dress-floral", now=dt.datetime(2026, 12, 1, 10, 0))
    assert set(reply.intents) == intents
    assert len(reply.parts) == 2


@pytest.mark.parametrize("message", ["是的 我取消订单了，不过货已经发出了", "我是退货要取件单号有用吗",
                                     "京东白条可以用吗", "我家老大140老二100 各买一件多少钱"])
def test_an_after_sales_line_or_a_weak_word_gains_no_stray_second_answer(engine: Engine, message: str) -> None:
    reply = engine.reply(message, now=dt.datetime(2026, 12, 1, 10, 0))
    assert len(reply.intents) == 1, reply.trace()


def test_the_product_page_may_be_named_by_the_platforms_item_id(shop: Shop) -> None:
    products = [p.model_copy(update={"item_ids": ["612345678901"]}) if p.id == "jeans-straight" else p
                for p in shop.products]
    engine = Engine(shop.model_copy(update={"products": products}), rng=random.Random(0))
    reply = engine.reply("27码有货吗", item_id="612345678901", now=FRIDAY_MORNING)
    assert reply.conversation.product_id == "jeans-straight"
    assert "27" in reply.text and reply.intents == ("stock",)


@pytest.mark.parametrize(
    ("text", "intent", "fact", "value"),
    [
        ("加绒卫衣还有L码吗", "stock", "colours", "灰色、奶白色、藏青色"),  # 加绒 names the hoodie, asks nothing of it
        ("纯棉t恤多少钱", "bargain", "price", "59元"),  # not the T-shirt's cotton
        ("羊毛大衣有黑色吗", "stock", "sizes", "S、M、L、XL"),  # not the coat's wool
    ],
)
def test_words_inside_a_products_name_ask_nothing(engine: Engine, text: str, intent: str, fact: str,
                                                  value: str) -> None:
    reply = engine.reply(text, now=dt.datetime(2026, 11, 25, 10, 0))
    assert reply.intents == (intent,)
    assert reply.parts[0].facts[fact] == value


def test_a_product_named_like_a_request_is_not_that_request(shop: Shop) -> None:
    data = shop.model_dump()
    data["products"][0] = {**data["products"][0], "name": "儿童退热贴", "aliases": ["退热贴"]}
    selling = Engine(Shop.model_validate(data), rng=random.Random(0))
    assert "returns" not in selling.reply("退热贴怎么用").intents  # 退 of 退热贴 asks for no refund
    assert Engine(shop, rng=random.Random(0)).reply("退热贴怎么用").intents[0] == "returns"  # a shop without it


@pytest.mark.parametrize(
    ("text", "intents"),
    [
        ("你好 有运费险吗 L码还有吗", {"stock", "returns"}),  # stock's exclusion (有运费险) touches only the first
        ("有运费险吗", {"returns"}),
        ("质量怎么样 会不会起球 可以退吗", {"product", "returns"}),
    ],
)
def test_each_question_of_a_line_is_read_in_its_own_clause(engine: Engine, text: str, intents: set[str]) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert set(reply.intents) == intents
    assert all(p.case != "quality" for p in reply.parts)  # asked before buying: no fault apology


def test_a_fault_in_an_intents_code_hands_the_buyer_to_a_person(
        engine: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    """A bug in one intent (here, its answer raising) loses no message: the buyer gets the
    hand-off wording, the agent sees the reply flagged, and the log names the intent."""

    def broken(self: object, question: object) -> None:
        raise IndexError("list index out of range")

    monkeypatch.setattr(ShippingQuestion, "answer", broken)
    with caplog.at_level("ERROR", logger="xiaoer.engine"):
        reply = engine.reply("包邮吗", item_id="dress-floral")
    assert reply.mode == "handoff"
    assert reply.intents == ("shipping",)
    assert reply.text in rendered("fallback.handoff")
    assert "intent shipping failed" in caplog.text and "IndexError" in caplog.text


def test_a_case_no_wording_covers_hands_the_buyer_to_a_person(
        engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ShippingQuestion, "answer", lambda self, question: Answer("no_such_case"))
    reply = engine.reply("包邮吗", item_id="dress-floral")
    assert (reply.mode, reply.text in rendered("fallback.handoff")) == ("handoff", True)


def test_a_fault_flagged_for_a_person_gets_no_product_facts_beside_it(engine: Engine) -> None:
    reply = engine.reply("衣服收到了有个洞 面料是什么", item_id="dress-floral")
    assert reply.mode == "handoff" and "quality_issue" in {a.get("reason") for a in reply.actions}
    assert all(part.intent != "product" for part in reply.parts)  # not 「面料：…」 beside the apology


def test_whether_a_variant_is_there_asked_after_the_price_is_a_stock_question_alone(engine: Engine) -> None:
    price = engine.reply("多少钱", item_id="dress-floral")
    there = engine.reply("黑色有吗", price.conversation, item_id="dress-floral")
    assert there.intents == ("stock",)  # not the price list again beside it
    then = engine.reply("黑色的呢", price.conversation, item_id="dress-floral")
    assert then.intents[0] == "bargain"  # a bare follow-up still goes on with the price


def test_an_intent_that_answered_second_and_now_leads_goes_on_with_what_it_asked(shop: Shop) -> None:
    """「黑龙江能发吗 会不会冻坏」 is answered by where the orchid goes (shipping) and its 冬季配送 (product);
    「要加多少钱」 next goes on with that fact's 12元, though shipping led the last reply."""
    orchid = {"id": "orchid", "name": "蝴蝶兰", "price": 128, "colours": ["粉色"], "sizes": ["三株"],
              "attributes": {"冬季配送": "黑龙江、吉林、辽宁、内蒙古、新疆冬天天冷,只发顺丰并加保温棉,要补顺丰差价12元",
                             "耐寒": "最低温度不能低于12度"}}
    data = shop.model_dump()
    data["products"].append(orchid)
    engine = Engine(Shop.model_validate(data), rng=random.Random(0))
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("黑龙江能发吗 会不会冻坏", item_id="orchid", now=now)
    assert [p.intent for p in first.parts] == ["shipping", "product"]
    then = engine.reply("要加多少钱", first.conversation, item_id="orchid", now=now)
    assert then.mode == "auto" and "12元" in then.text
