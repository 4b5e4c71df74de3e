"""product: questions about the item itself, answered only from its own fields."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest
from support import assert_says, last_reply

from botcore.shop import Product, Promotion, Shop, load_shop
from botcore.stages.normalise import normalise
from engine import Engine, Reply
from intents import by_name
from intents.attributes import Facts, read_facts

NOW = dt.datetime(2026, 11, 25, 10, 0)


def _engine_with_products(shop: Shop, products: list[Product]) -> Engine:
    return Engine(shop.model_copy(update={"products": products}), rng=random.Random(0))


def _dress(shop: Shop, update: dict[str, object]) -> Product:
    """The example shop's floral dress with the fields ``update`` names changed: a product of another
    kind, for a fact read from its own words."""
    product = shop.product("dress-floral")
    assert product is not None
    return product.model_copy(update=update)


#: The case of a fact asked, by the mode it goes out in: told, or told with the measure said past it, for a person.
_FACTS_CASE = {"auto": "facts", "handoff": "facts_past"}


def _bare(shop: Shop, **blank: object) -> Engine:
    """The example shop with the floral dress stripped of some fields."""
    products = [p.model_copy(update=blank) if p.id == "dress-floral" else p for p in shop.products]
    return _engine_with_products(shop, products)


@pytest.mark.parametrize(
    ("text", "item_id", "case"),
    [
        ("这件什么面料的", "dress-floral", "material"),
        ("啥材质呀", "hoodie-fleece", "material"),
        ("成分是什么？", "sweater-cable", "material"),
        ("卫衣是纯棉的吗", "hoodie-fleece", "material"),  # 纯棉 and 棉的 overlap: one asking, told by the material
        ("能机洗吗", "dress-knit", "care"),
        ("會不會縮水", "hoodie-fleece", "unknown"),  # traditional; its care text says nothing of shrinking
        ("是正品吗亲", "dress-floral", "authentic"),
        ("图片跟实物有色差吗", "dress-floral", "colour"),
        ("质量怎么样啊", "dress-floral", "details"),
        ("厚不厚呀", "hoodie-fleece", "facts"),  # its selling points speak of the fleece lining
        ("会起球吗", "sweater-cable", "unknown"),  # nothing written of pilling: not the material list instead
        ("跟针织裙有什么区别", "dress-floral", "compared"),  # no fact in common but what each is made of
        ("腰带怎么把扣子拆下来", "dress-floral", "unknown"),  # how to use it: nothing written, asked of a colleague
        ("有包装没有", "dress-floral", "unknown"),  # what comes with it, not whether it is in stock
        ("带盒子不", "dress-floral", "unknown"),
    ],
)
def test_product_questions_are_recognised_with_the_right_case(
    engine: Engine, text: str, item_id: str, case: str
) -> None:
    reply = engine.reply(text, item_id=item_id, now=NOW)
    assert reply.intents[0] == "product"
    assert reply.parts[0].case == case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("有M码吗", "stock"),
        ("160 100斤穿什么码", "sizing"),
        ("能便宜点吗", "bargain"),
        ("怎么安排发货", "shipping"),  # 安排 is not 安装
        ("满299减30是真的吗", "bargain"),  # whether a deal is true, not whether the goods are genuine
        ("吊牌剪了还能退吗", "returns"),  # the tag's state in a return, not whether it is genuine
        ("吊牌没拆能退吗", "returns"),
        ("拆了吊牌能退吗", "returns"),
        ("优惠券还能用吗", "bargain"),  # whether the coupon may be used, not whether something fits
    ],
)
def test_near_misses_are_not_product(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == expected
    assert "product" not in reply.intents


@pytest.mark.parametrize("item_id", ["dress-floral", "hoodie-fleece", "coat-wool"])
def test_material_comes_from_the_product_in_focus(engine: Engine, shop: Shop, item_id: str) -> None:
    product = shop.product(item_id)
    assert product is not None
    reply = engine.reply("这款什么面料", item_id=item_id, now=NOW)
    part = reply.parts[0]
    assert part.case == "material"
    assert part.facts["product"] == product.name
    assert product.material in reply.suggestion  # sent, or drafted for the agent when less sure
    assert product.name in reply.suggestion
    assert reply.mode in ("auto", "suggest")


def test_care_comes_from_the_product_in_focus(engine: Engine, shop: Shop) -> None:
    product = shop.product("sweater-cable")
    assert product is not None
    reply = engine.reply("这个怎么洗", item_id="sweater-cable", now=NOW)
    assert reply.parts[0].case == "care"
    assert product.care in reply.suggestion


@pytest.mark.parametrize("text", ["怎么养", "这个咋养啊"])
def test_how_to_keep_a_plant_is_its_care(shop: Shop, text: str) -> None:
    care = "放在室内明亮散射光的地方,盆土表面干了再浇透"
    pothos = Product.model_validate({"id": "pothos", "name": "绿萝盆栽", "price": 25, "colours": ["白瓷盆"],
                                     "sizes": ["中号"], "care": care})
    reply = _engine_with_products(shop, [pothos]).reply(text, item_id="pothos", now=NOW)
    assert (reply.parts[0].case, reply.parts[0].facts["care"]) == ("care", care)
    assert "洗涤" not in reply.suggestion  # a plant is not washed


def test_details_give_material_and_selling_points(engine: Engine, shop: Shop) -> None:
    product = shop.product("hoodie-fleece")
    assert product is not None
    reply = engine.reply("质量好不好", item_id="hoodie-fleece", now=NOW)
    assert reply.parts[0].case == "details"
    assert product.material in reply.text
    assert product.selling_points in reply.text


def test_product_named_in_the_message_beats_the_page_being_viewed(engine: Engine, shop: Shop) -> None:
    product = shop.product("sweater-cable")
    assert product is not None
    reply = engine.reply("麻花毛衣什么材质", item_id="dress-floral", now=NOW)
    assert reply.parts[0].facts["product"] == product.name
    assert product.material in reply.text


@pytest.mark.parametrize("text", ["什么钢的", "这个钢材是什么", "什么材质", "棉含量多少"])
def test_the_steel_asked_is_the_material(engine: Engine, shop: Shop, text: str) -> None:
    product = shop.product("dress-floral")
    assert product is not None and product.material
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert product.material in (reply.text + (reply.suggestion or ""))


@pytest.mark.parametrize(("text", "fake"), [
    ("元旦送花吗 放不放假", False), ("请假了明天再拍", False), ("暑假发货吗", False),  # 假 of a day off
    ("是假花吗", True), ("会不会是假的", True),
    ("这个是a货吗", True), ("有没有注胶", True)])  # (jade's grades: whether it is genuine)
def test_a_holiday_is_no_fake(text: str, fake: bool) -> None:
    """假 of 放假, 请假, 暑假 asks nothing of whether the goods are genuine."""
    assert (by_name()["product"].rules.topic(text, "authentic") is not None) is fake


@pytest.mark.parametrize(("text", "mode"), [("度数650能做吗", "handoff"), ("度数500能做吗", "auto")])
def test_a_number_past_the_limit_a_fact_sets_goes_to_a_person_with_the_fact(
        shop: Shop, text: str, mode: str) -> None:
    """镜片: 近视600度以内 (no 度数 fact, the limit told in another): 650 past it, a person; 500 within it, told."""
    engine = _bare(shop, attributes={"镜片": "含1.56非球面镜片,按验光单加工,近视600度以内", "材质": "TR90"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == _FACTS_CASE[mode]
    assert "600度以内" in reply.text and reply.mode == mode


@pytest.mark.parametrize(("text", "mode"), [
    ("东北零下二十度穿冷不冷", "handoff"),  # colder than the fact says: a person, with the fact
    ("零下15度穿冷不冷", "handoff"),
    ("零下三度冷吗", "auto"),  # within it: told
    ("零下十几度 够不够暖和", "handoff"),  # some way past ten
    ("北方冬天穿冷不冷", "auto"),  # no degrees said: the fact
])
def test_a_cold_past_the_one_a_fact_says_goes_to_a_person_with_the_fact(shop: Shop, text: str, mode: str) -> None:
    engine = _bare(shop, attributes={"保暖": "内里加绒,零下五度左右穿没问题", "材质": "牛皮"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == _FACTS_CASE[mode]
    assert "零下五度" in reply.text and reply.mode == mode


@pytest.mark.parametrize(("then", "mode"), [("超过2小时发现的呢", "handoff"), ("1小时内发现的呢", "auto")])
def test_a_time_said_past_the_limit_a_fact_told_sets_goes_to_a_person_with_the_fact(
        make_engine: Callable[..., Engine], then: str, mode: str) -> None:
    """破损: 签收后2小时内拍照: 「超过2小时发现的呢」 next is past it by its own number, a person; within it, told."""
    crabs = {**_CRABS, "attributes": {"破损": "死蟹包赔,签收后2小时内拍照联系客服"}}
    engine = make_engine(products=[crabs])
    first = engine.reply("死蟹包赔吗", item_id="crabs")
    reply = engine.reply(then, first.conversation, item_id="crabs")
    assert reply.parts[0].case == _FACTS_CASE[mode]
    assert "2小时内" in reply.text and reply.mode == mode


@pytest.mark.parametrize(("text", "mode"), [
    ("能做近视的吗 我400度", "auto"),  # the 近视 limit, 600: within it (not 散光's 200)
    ("能做近视的吗 我七百度", "handoff"),
    ("散光300度能做吗", "handoff"),  # the 散光 limit, 200: past it
])
def test_a_number_said_alone_is_held_to_the_limit_its_words_name(shop: Shop, text: str, mode: str) -> None:
    """度数范围: 定制近视款可以做600度以内、散光200度以内: the line names no fact, the 度 it says asks this
    one; held to the limit whose part shares its words."""
    engine = _bare(shop, attributes={"度数范围": "定制近视款可以做600度以内、散光200度以内", "材质": "TR90"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == _FACTS_CASE[mode]
    assert "600度以内" in reply.text + reply.suggestion and reply.mode == mode


@pytest.mark.parametrize(("sizes", "text"), [
    (["3两", "4两"], "3两是一只3两还是一共3两啊"),
    (["40-50只/斤", "30-40只/斤"], "30-40是啥意思"),  # by the numbers its name begins with
])
def test_what_a_variant_means_is_told_by_the_fact_explaining_them(shop: Shop, sizes: list[str], text: str) -> None:
    explained = "3两指单只毛重约150克;40-50只/斤就是去冰后一斤40到50只"
    engine = _bare(shop, sizes=sizes, size_chart=[], stock={}, restock=[], prices={},
                   attributes={"规格说明": explained, "产地": "阳澄湖"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "product" and "规格说明" in reply.parts[0].facts["facts"]


def test_an_allergy_beside_a_fact_that_names_its_subject_is_still_asked(shop: Shop) -> None:
    """「牛奶蛋白过敏能喝这个吗」 of a formula whose 营养成分 says 乳铁蛋白 and no 过敏原: the allergy is not stated."""
    formula = _dress(shop, {"attributes": {"营养成分": "添加乳铁蛋白和HMO", "保质期": "24个月"}})
    facts = read_facts(formula, "宝宝牛奶蛋白过敏能喝这个吗")
    assert "过敏原" in facts.missing


@pytest.mark.parametrize(("text", "mode"), [("有没有离焦镜片 防控近视的", "handoff"), ("有没有非球面镜片", "auto"),
                                             ("有几个镜片", "auto")])  # 几个 is no kind: how many, asked
def test_a_kind_said_before_a_facts_name_that_it_says_nothing_of_is_drafted(shop: Shop, text: str, mode: str) -> None:
    """镜片: 含1.56非球面镜片: 「有没有离焦镜片」 asks a kind of lens it says nothing of, a person answers."""
    engine = _bare(shop, attributes={"镜片": "含1.56非球面镜片,按验光单加工", "材质": "TR90"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "facts" and reply.mode == mode


def test_the_start_of_variants_names_with_de_asks_no_fact_that_says_it(shop: Shop) -> None:
    """「明月的呢」 of lenses in 明月标准 and 明月防蓝光 whose 防伪 says 明月和依视路镜片都附防伪卡: the variants."""
    lenses = _dress(shop, {"colours": ["明月标准", "明月防蓝光"], "stock": {}, "restock": [], "prices": {},
                           "attributes": {"防伪": "明月和依视路镜片都附防伪卡"}})
    assert read_facts(lenses, "明月的呢").stated == ()


def test_a_fact_of_a_time_is_not_named_by_its_first_character(shop: Shop) -> None:
    """「送花吗」 of a bouquet whose 花期 says how long it lasts: 花 names no 花期 (as 胶 names 胶水)."""
    rose = _dress(shop, {"attributes": {"花期": "能开5到7天", "贺卡": "免费送贺卡"}})
    assert read_facts(rose, "元旦送花吗").stated == ()


@pytest.mark.parametrize(("text", "authentic"), [
    ("是正宗的吗", True), ("是正宗西湖龙井吗 不会是外地的吧", True), ("正不正宗", True),
    ("正宗做法是什么", False),  # a way of making it, not whether the goods are genuine
    ("你们是厂家吗 还是代理", True),  # who makes them: the shop's own promise says
    ("保真吗 别是高仿吧", True),
    ("是你们自己种的还是花市拿的货", True), ("自家做的吗", True), ("你们从哪进的货", True),  # where the goods come from
    ("自己种的话好养吗", False),  # growing it oneself: a question of care
    ("是真人发吗 会不会混了化纤", True), ("有没有掺假", True),  # mixed with something lesser
    ("你们是自己苗圃的吗", True), ("是苗圃直发的吗 还是倒手的", True),
    ("这酒是不是兑水的", True), ("有没有掺水", True), ("兑了水吗", True),  # watered down
    ("要兑水吗 兑多少", False), ("需要兑水吗", False),  # thinned before use: a fact of the goods (稀释)
])
def test_whether_the_goods_are_genuine_is_asked_by_zhengzong_too(text: str, authentic: bool) -> None:
    assert (by_name()["product"].rules.topic(text, "authentic") is not None) is authentic


def test_authenticity_is_answered_with_the_shops_own_promise(engine: Engine, shop: Shop) -> None:
    viewed = engine.reply("是正品吗", item_id="dress-floral", now=NOW)
    assert viewed.parts[0].case == "authentic"
    assert viewed.parts[0].facts["statement"] == shop.shop.authenticity
    assert shop.shop.authenticity in viewed.text
    unknown = engine.reply("是正品吗", now=NOW)
    assert unknown.parts[0].case == "authentic"
    assert unknown.parts[0].facts["product"] == "这款"
    for text in ("是不是抄的", "正版吗", "是京东自营吗", "你们是自营的吗"):  # originality, whose store: the promise
        assert engine.reply(text, item_id="dress-floral", now=NOW).parts[0].case == "authentic"
    claim = engine.reply("面料是真丝是真的吗", item_id="dress-floral", now=NOW).parts[0]
    assert claim.case != "authentic"  # a stated fact said back to be checked: the fact, not the shop's promise


def test_authenticity_asked_of_the_thing_beside_a_fact_is_the_promise_and_the_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「这个沉水吗 是真的小叶紫檀吗」: the 密度 fact, and the shop's promise, the thing's name said (not dropped)."""
    beads = {"id": "beads", "name": "小叶紫檀手串", "price": 238, "colours": ["原色"], "sizes": ["12mm"],
             "attributes": {"密度": "高密度,入水即沉,可以自己做沉水测试"}}
    reply = make_engine(products=[beads], shop={"authenticity": "都附检测证书,假一赔三"}).reply(
        "这个沉水吗 是真的小叶紫檀吗", item_id="beads", now=NOW)
    assert reply.parts[0].case == "authentic_facts" and "入水即沉" in reply.text and "假一赔三" in reply.text


def test_authenticity_asked_beside_a_report_the_file_is_silent_on_leaves_the_report_to_a_person(
        engine: Engine, shop: Shop) -> None:
    for text in ("是正品吗 有质检报告没", "是正品吗 不会掉毛吧"):  # (a worry, asked with 不会…吧, asks too)
        both = engine.reply(text, item_id="dress-floral", now=NOW)
        assert (both.parts[0].case, both.mode) == ("authentic", "handoff") and shop.shop.authenticity in both.text
    assert engine.reply("是正品吗", item_id="dress-floral", now=NOW).mode == "auto"


def test_authenticity_asked_beside_a_report_the_promise_speaks_of_is_answered_by_it(
        make_engine: Callable[..., Engine]) -> None:
    promise = "按国标生产,每件有含绒量检测报告"
    reply = make_engine(shop={"authenticity": promise}).reply("是正品吗 有检测报告吗", item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("authentic", "auto") and "检测报告" in reply.text


@pytest.mark.parametrize(("promise", "mode"), [
    ("品牌授权专卖店,机身有唯一序列号,可在官网查验,假一赔十", "auto"),  # says how to tell: answered
    ("品牌授权专卖店,假一赔十", "handoff"),  # says nothing of it: a person
])
def test_how_to_tell_genuine_goods_asked_beside_them_is_answered_by_a_promise_that_says_how(
        make_engine: Callable[..., Engine], promise: str, mode: str) -> None:
    reply = make_engine(shop={"authenticity": promise}).reply("是正品吗 怎么查真假", item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("authentic", mode) and promise in reply.text + reply.suggestion


def test_a_report_the_promise_speaks_of_asked_alone_is_the_promise_beside_the_fact_its_word_names(
        make_engine: Callable[..., Engine]) -> None:
    """「有检测报告吗」 of a fact 安全等级 (GB31701 A类) that says nothing of a report: the shop's promise
    面料都有检测报告 too."""
    engine = make_engine(shop={"authenticity": "自家工厂生产,面料都有检测报告"},
                         products=[{"id": "set", "name": "秋衣秋裤套装", "price": 59, "colours": ["白色"],
                                    "sizes": ["110"], "attributes": {"安全等级": "GB31701 A类,婴幼儿可穿"}}])
    reply = engine.reply("有检测报告吗", item_id="set", now=NOW)
    assert reply.parts[0].case == "authentic_facts" and reply.mode == "auto"
    assert "面料都有检测报告" in reply.text and "A类" in reply.text


@pytest.mark.parametrize(("promise", "mode"), [
    ("自有工厂品牌,所有箱子都是平湖自家工厂生产,支持验货", "auto"),  # says where they are made: all is answered
    ("正品保证,假一赔十", "handoff"),  # says nothing of where: a person
])
def test_authenticity_asked_beside_where_it_is_made_is_answered_by_a_promise_that_says_where(
        make_engine: Callable[..., Engine], promise: str, mode: str) -> None:
    reply = make_engine(shop={"authenticity": promise}).reply("是正品吗 哪里生产的", item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("authentic", mode) and promise in f"{reply.text} {reply.suggestion}"


def test_authenticity_is_never_promised_when_the_shop_has_not(shop: Shop) -> None:
    silent_shop = shop.model_copy(update={"shop": shop.shop.model_copy(update={"authenticity": ""})})
    reply = Engine(silent_shop, rng=random.Random(0)).reply("是正品吗", item_id="dress-floral", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("unknown", "handoff")
    assert "正品" not in reply.text


def test_colour_difference_is_explained(engine: Engine) -> None:
    reply = engine.reply("有色差吗", item_id="hoodie-fleece", now=NOW)
    assert reply.parts[0].case == "colour"
    assert "加绒连帽卫衣" in reply.text
    assert "色差" in reply.text
    assert reply.mode == "auto"


@pytest.mark.parametrize("text", ["这件什么面料的", "质量怎么样", "怎么洗呀"])
def test_which_product_when_no_item_is_in_focus(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "product"
    assert reply.parts[0].case == "which_product"


def test_a_budget_said_with_no_item_in_view_lists_the_goods_it_reaches_dearest_first() -> None:
    engine = Engine.from_file("electronics")
    part = engine.reply("预算400以内 送长辈 推荐哪个", now=NOW).parts[0]
    assert part.case == "within_budget"
    listed = str(part.facts["prices"])
    assert "小米" not in listed and "1999" not in listed and "999元" not in listed  # the vacuum, the heater: over it
    named = sorted((p for p in engine.shop.products if p.name in listed), key=lambda p: listed.index(p.name))
    prices = [p.price_range()[0] for p in named]
    assert len(named) >= 3 and prices == sorted(prices, reverse=True)  # 399, 329, 269 … the dearest first


@pytest.mark.parametrize("text", ["哪个泡水喝最好", "推荐哪款", "哪种比较好"])
def test_which_is_best_with_no_item_in_view_lists_the_goods_for_a_person_to_recommend(engine: Engine,
                                                                                      text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("recommend", "handoff")  # not 「哪件宝贝」
    assert "法式碎花长袖连衣裙 169元" in reply.parts[0].text


def test_single_product_shop_needs_no_which_product(shop: Shop) -> None:
    only = [p for p in shop.products if p.id == "hoodie-fleece"]
    reply = _engine_with_products(shop, only).reply("什么面料的", now=NOW)
    assert reply.parts[0].case == "material"
    assert only[0].material in reply.text


@pytest.mark.parametrize(
    ("text", "blank"),
    [
        ("质量怎么样", {"material": "", "selling_points": ""}),
        ("什么面料的", {"material": ""}),
        ("怎么洗", {"care": ""}),
    ],
)
def test_unknown_hands_off_when_the_product_lacks_the_fact(shop: Shop, text: str, blank: dict[str, str]) -> None:
    reply = _bare(shop, **blank).reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "product"
    assert reply.parts[0].case == "unknown"
    assert reply.mode == "handoff"
    assert reply.parts[0].template_id.startswith("product.unknown#")
    assert reply.suggestion.strip() and reply.suggestion == reply.parts[0].text


# --- named facts, one by one; silence is said, not filled with a neighbouring fact ----------


@pytest.mark.parametrize(
    ("text", "case", "says", "missing"),
    [
        ("哪里产的", "facts", "产地：广州", ""),
        ("鞋底防滑吗", "unknown", "", "鞋底、防滑"),
        ("会不会起球", "facts", "起球：轻微", ""),
        ("产地是哪 防水吗", "facts_partly", "产地：广州", "防水"),
    ],
)
def test_named_attributes_are_answered_and_unstated_ones_handed_on(
    shop: Shop, text: str, case: str, says: str, missing: str
) -> None:
    engine = _bare(shop, attributes={"产地": "广州", "起球": "轻微,穿久了袖口会有一点"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    part = reply.parts[0]
    assert (reply.intents[0], part.case) == ("product", case)
    assert says in reply.suggestion
    assert part.facts.get("missing", "") == missing
    assert (reply.mode == "handoff") == bool(missing)
    if missing:
        assert "聚酯纤维" not in reply.suggestion  # never the material list in place of the missing fact


@pytest.mark.parametrize(
    ("attributes", "text", "fact"),
    [
        ({"能不能躺": "靠背能放倒到135度"}, "这个能躺吗", "能不能躺"),  # a key asked as a question: its point
        ({"是否含铅": "送检铅镉溶出量合格"}, "有没有铅啊", "是否含铅"),  # 含铅's point 铅, asked 有没有
        ({"工艺": "碎花是手工印的"}, "是碎花的吗", "工艺"),  # a word of its own name (法式碎花…) said to be it
        ({"是否含被芯": "不含被芯"}, "带被芯吗", "是否含被芯"),  # the last two characters of its point
        ({"能不能放A4/iPad": "能放11寸iPad"}, "能装ipad吗", "能不能放A4/iPad"),  # a part of it
        ({"单果大小": "一个约150克"}, "一个多大个", "单果大小"),  # a buyer's word for its kind (大小)
        ({"保存方法": "收到是硬的,常温放软了再吃"}, "要不要放软", "保存方法"),  # the buyer's word in its value
        # 快充 is of the kind 接口 is, but the fact that speaks of it is told under 兼容
        ({"接口": "两个C口加一个A口", "兼容": "华为超级快充最高22.5W"}, "华为能快充吗", "兼容"),
        ({"续航": "低亮档约40小时", "充电": "大约4小时充满"}, "充满电能亮多久", "续航"),  # the kind's own name
        ({"尺寸": "长210cm,深度95cm,坐高42cm"}, "沙发深度多少", "尺寸"),
        ({"气味": "无香精,有淡淡的原料味"}, "有香味吗", "气味"),
        ({"防水": "IPX4,浴室可用"}, "浴室能用吗", "防水"),
        ({"功率": "1600W", "尺寸": "30x30cm"}, "功率多大", "功率"),  # 多大 of the power, not the size
        ({"能效等级": "新一级能效"}, "几级能效", "能效等级"),
        ({"适用面积": "1.5匹适合15到22平米"}, "卧室15平够用吗", "适用面积"),
        ({"适用面积": "40cm适合8到12平", "尺寸": "直径40cm厚8cm"}, "卧室12平多大合适", "适用面积"),  # not 多大's 尺寸
        ({"纸张": "100克道林纸,中性笔不透,钢笔轻微透"}, "钢笔写会透吗", "纸张"),  # ink through paper, not a dress
        ({"高度": "低处10cm高处12cm"}, "枕头多高", "高度"),
        ({"是否加盐": "不加盐"}, "咸不咸", "是否加盐"),
        ({"纸张": "100g道林纸"}, "纸多厚", "纸张"),
        ({"张数": "60张"}, "几张纸", "张数"),
        ({"速干": "写完约3秒干"}, "写完多久干", "速干"),
        ({"书写长度": "约600米"}, "一支能写多久", "书写长度"),
        ({"死包赔": "签收2小时内拍视频,按死的重量赔"}, "死了包赔吗", "死包赔"),
        ({"死蟹包赔": "签收后2小时内拍照,死一只赔一只", "配送方式": "东北要2到3天,路上时间长存活率会低一些"},
         "死了怎么办", "死蟹包赔"),  # what is paid for a dead one, not a clause on how many live
        ({"规格": "每只约4到6两"}, "一只几两", "规格"),
        ({"片数": "M码62片"}, "一包多少片", "片数"),
        ({"养护": "土干透再浇透"}, "好养吗", "养护"),
        ({"结晶": "冬天容易结晶,结成乳白色颗粒是正常的"}, "怎么白白的一坨", "结晶"),  # honey gone white
        ({"杂质": "只过滤一遍,偶尔有蜂蜡颗粒"}, "里面有渣渣 正常吗", "杂质"),
        ({"胸垫": "自带胸垫,可拆卸,有小钢托"}, "有钢圈吗", "胸垫"),
        ({"长发": "及腰长发盘起来也能装进去"}, "头发很长到腰 能塞进去吗", "长发"),  # 发 of hair, not shipping
        ({"抗氯": "面料抗氯,正常洗护不容易褪色"}, "会掉色吗", "抗氯"),  # a fact of another name that speaks of it
        ({"安装": "免费安装;到货后预约,师傅24小时内联系,48小时内上门"}, "师傅啥时候来装", "安装"),  # when: told in it
        ({"食用方法": "切一小块直接嚼"}, "巢蜜咋吃啊", "食用方法"),
        ({"内含": "主机、遥控器、电源适配器、说明书"}, "包装里有hdmi线吗", "内含"),  # what comes in the box
        ({"承重": "最大载重150公斤,可以带一个人"}, "能带人吗", "承重"),  # a second rider: what it carries
        ({"刺绣": "左胸logo可以改成电脑刺绣,每件加8元"}, "能绣花吗", "刺绣"),
        ({"花期": "插瓶能看7到10天"}, "能开几天", "花期"),
        ({"花期": "一般能开5到7天"}, "能活多久", "花期"),  # a bouquet's life is how long it flowers
        ({"安装": "免费标准安装,含3米铜管", "送装时间": "周末和节假日也正常送货安装"}, "周末能装吗", "送装时间"),
        ({"安装": "免费标准安装", "预约安装": "周末也能装,只能约哪一天,不能约几点"}, "能约周六装吗", "预约安装"),
        ({"保修": "店铺质保6个月,摔碰进水不保", "产地": "国行"}, "摔碎了保吗", "保修"),  # 保吗: whether it is covered
        ({"官方保修": "苹果官方保修已经过期"}, "官方还有保吗", "官方保修"),
        ({"保修": "车架质保3年,其他零件保修1年", "产地": "河北"}, "车架包修多久啊", "保修"),  # 包修 typed for 保修
        ({"保修": "整机保修1年", "产地": "河北"}, "保休几年", "保修"),  # 保休 too
        ({"无线连接": "支持WiFi,只能连2.4G", "尺寸": "375×347×179mm"}, "能连wifi吗", "无线连接"),
        ({"寿命": "正常佩戴可以戴半年到一年", "产地": "许昌"}, "一顶能戴多久", "寿命"),  # how long it lasts
        ({"是否素食": "不是素食,汤底有猪骨", "产地": "柳州"}, "吃素的能吃吗", "是否素食"),
        ({"是否清真": "不是清真食品", "产地": "柳州"}, "回民能吃不", "是否清真"),
        ({"气味": "外面套了密封袋,快递路上不会有味道", "产地": "柳州"}, "邻居会闻到吗", "气味"),
        ({"每箱片数": "每箱2片共2.25平米,约85公斤", "承重": "约150公斤"}, "一箱多重", "每箱片数"),  # a weight told in
        # passing after another measure, not the load it bears
        ({"无线连接": "支持2.4G无线网络,装App配网", "尺寸": "375×347×179mm"}, "能连手机吗", "无线连接"),
        ({"过敏测试": "第一次先在耳后涂一点,24小时没有发红再上脸"}, "会过敏吗", "过敏测试"),
        ({"安装": "免费标准安装", "预约安装": "周末也能装,只能约哪一天,不能约几点"}, "能指定下午来吗", "预约安装"),
        ({"寿命": "多年生,养得好能养好几年"}, "这个能活多久", "寿命"),
        ({"宠物": "汁液对猫狗有轻微毒性"}, "家里有猫能放吗", "宠物"),
        ({"上火": "好吸收不上火"}, "会上火吗", "上火"),
        ({"冲调方法": "45度左右温水"}, "水多少度", "冲调方法"),
        ({"适配年份": "朗逸2018到2025款"}, "我是21款朗逸能用吗", "适配年份"),
        ({"防伪": "罐底有溯源码"}, "怎么查真假", "防伪"),
        ({"包装": "纸箱打包,没有贺卡"}, "能写字吗", "包装"),  # the value whose part says the kind's name; all of it,
        ({"包装": "卷起来发货,不折叠;打开有卷痕,平铺2到3天恢复"}, "是折起来寄的吗", "包装"),  # as 不折叠 alone
        # says nothing
        ({"包装": "纸箱打包,附一张贺卡可以写祝福"}, "能写字吗", "贺卡"),  # a part saying more: that part
        ({"防冻": "冬天发北方加保温棉"}, "冬天发过来会冻死吗", "防冻"),
        ({"内含": "被套一个、床单一条、枕套两个"}, "一套几条", "内含"),
        ({"笔芯": "可以换芯,笔芯单独有卖"}, "能换芯吗", "笔芯"),  # a bare yes-or-no asking a phrase of its value
        ({"笔芯": "可以换芯,笔芯单独有卖"}, "这个笔可以换芯不", "笔芯"),
        ({"替换芯": "平板款可以单独买替换芯,中号12.9元"}, "抓烂了有芯子换吗", "替换芯"),  # its end, called 芯子
        ({"新手推荐": "新手建议选超轻或者轻"}, "新手用哪个", "新手推荐"),  # named for whom it recommends
        ({"适合人数": "120ml适合1到2人,180ml适合2到3人"}, "两个人喝选多大的壶", "适合人数"),  # how many drink
        ({"定制": "不支持刻字"}, "能刻字吗", "刻字"),  # (定制 a kind of its own: told as what it says, 刻字)
        ({"内含": "2支干红、1个开瓶器、2个水晶红酒杯"}, "有杯子吗", "内含"),  # 杯子 said, 杯 written
        ({"内含": "2支干红、1个开瓶器、2个水晶红酒杯"}, "开瓶器呢", "内含"),
        ({"封口": "螺旋盖,不用开瓶器"}, "要开瓶器吗", "封口"),
        ({"产地": "法国波尔多,有海关报关单"}, "有报关单吗", "产地"),
        ({"含糖量": "干型,每升少于4克"}, "甜不甜啊", "含糖量"),
        ({"克重": "约12到14克"}, "多重", "克重"),
        ({"能否调节": "活口,男款16到22号可调"}, "男款能调多大", "能否调节"),
        ({"登机": "20寸符合国内登机箱要求"}, "20寸能带上飞机吗", "登机"),
        ({"重量": "约3.9公斤"}, "铝框的重吗", "重量"),
        ({"适用炉灶": "燃气灶能用,平底款电磁炉也能用"}, "电磁炉能用吗", "适用炉灶"),  # the phrase before 能用
        ({"遥控距离": "约80米"}, "遥控多远", "遥控距离"),  # its head, and a measure asked
        ({"填充物": "PP棉"}, "里面填的啥", "填充物"),
        ({"内含": "切片刀、斩骨刀、水果刀"}, "几把刀", "内含"),
        ({"产地": "山东济南章丘"}, "章丘产的吗", "产地"),
        ({"防滑": "双面防滑纹理"}, "滑不滑", "防滑"),
        ({"功率": "2900瓦", "防风": "自带防风罩"}, "火力多大", "功率"),
        ({"功率": "2900瓦", "防风": "自带防风罩,三四级风能用"}, "风大能用吗", "防风"),
        ({"内含": "帐篷、天幕、桌子、2把椅子", "发货": "分2到3个包裹"}, "套装里都有啥", "内含"),
        ({"遮挡人数": "3x4米下面坐4到6个人", "重量": "2.4公斤"}, "下面能坐几个人", "遮挡人数"),
        ({"搭建": "需要两个人,大约15分钟"}, "一个人能搭吗", "搭建"),
        ({"能不能换": "套装里的东西不能换款", "发货": "分2到3个包裹"}, "椅子能换成桌子吗", "能不能换"),  # 能…换…吗
        ({"以旧换新": "旧电动牙刷抵30元", "保修": "2年"}, "旧牙刷是飞利浦的能换吗", "以旧换新"),
        ({"过敏原": "和花生在同一条生产线", "适合人群": "3岁以上"}, "对花生过敏能吃吗", "过敏原"),  # not who may
        ({"续航": "充满电每天两次用30天", "充电方式": "磁吸"}, "充满能用几天", "续航"),
        ({"咸淡": "奶油味有一点点甜,原味淡淡的咸"}, "甜不甜 会不会很咸", "咸淡"),  # 甜 told in it too
        ({"更换周期": "建议三个月换一次", "材质": "杜邦软毛"}, "多久换一次", "更换周期"),
        ({"保质期": "8个月", "生产日期": "11月生产"}, "保值期多久", "保质期"),  # a homophone typed
        ({"开口": "机器开口,手一捏就开", "个头": "一斤90颗"}, "好剥吗", "开口"),
        ({"能放下什么": "13寸笔记本能放,14寸放不下", "重量": "600克"}, "14寸笔记本能放吗", "能放下什么"),
        ({"能放下什么": "A4和iPad放不下", "重量": "600克"}, "能放a4吗", "能放下什么"),
        ({"支持游戏": "原神能玩;王者荣耀不支持手柄", "续航": "12小时"}, "王者荣耀能玩吗", "支持游戏"),  # 能玩: weak
        ({"燃烧时长": "200g约40小时", "黑烟": "不冒黑烟"}, "这个蜡烛能烧多久", "燃烧时长"),
        ({"健康监测": "心率、血氧都有", "续航": "14天"}, "能测血氧吗", "健康监测"),
        ({"续航": "14天", "充电": "磁吸"}, "续杭多久", "续航"),  # a homophone typed
        # no fact of how long it lasts: the one that says it (可以玩40分钟), not how long it takes to charge
        ({"电池": "内置锂电池,充满约2小时,可以玩40分钟", "材质": "ABS"}, "充一次能玩多久", "电池"),
        ({"兼容": "可以和乐高颗粒混拼", "颗粒数": "1152颗"}, "跟乐高的能混着拼不", "兼容"),
        # no fact of its smell: the one that says it has none
        ({"材质": "加厚PP树脂,无异味", "尺寸": "50x40cm"}, "这个盆子味道大不大", "材质"),
        ({"防外溅": "带踏板,猫砂基本不带出来", "材质": "PP"}, "会不会带砂出来啊", "防外溅"),
        ({"钻绒": "防钻绒面料加双层胆布,正常不会跑绒", "充绒量": "150克"}, "跑毛吗", "钻绒"),
        ({"烫染": "可以烫可以染", "材质": "100%真人发"}, "这个能染色吗", "烫染"),  # dyed by the buyer: no 掉色
        ({"佩戴方式": "2个BB夹固定", "材质": "高温丝"}, "怎么戴 会不会掉啊", "佩戴方式"),
        ({"导航": "激光雷达导航加结构光避障,能识别袜子、电线", "噪音": "60分贝"}, "地上的电线袜子会不会卷进去", "导航"),
        # a model of one letter and a digit, in one fact alone: that fact, not the one saying the part's name
        ({"兼容": "只适用X20 Pro,T5和S1不通用", "更换周期": "滤网3到6个月换一次"}, "t5能用这个滤网吗", "兼容"),
        ({"食用方法": "热水泡5分钟或微波30秒", "辣度": "中辣"}, "怎么加热 能微波吗", "食用方法"),
        ({"音箱": "没有内置音箱", "接口": "HDMI"}, "有音响吗", "音箱"),
        ({"壁挂": "支持VESA 100x100", "支架": "升降130毫米"}, "能挂墙上吗", "壁挂"),
        ({"储存方式": "冷藏,不能冷冻", "辣度": "微辣"}, "可以冻起来吗", "储存方式"),
        ({"适配": "22mm的配Watch 5 Pro;手环8装不上", "安装": "快拆"}, "手环8能用这个表带吗", "适配"),  # a fit
        ({"续航": "20Ah约70公里", "充电": "约6到8小时"}, "这车能跑多远", "续航"),
        ({"以旧换新": "支持以旧换新,上门回收旧机"}, "以旧换新怎么弄", "以旧换新"),  # a trade-in, not a return
        ({"尺寸": "宽59.5深56.5高85厘米"}, "宽60深58 放得下吗", "尺寸"),  # its size, for the buyer to compare
        ({"续航": "20Ah约70公里", "充电": "约6到8小时"}, "充满电要多久", "充电"),  # not how far it runs
        ({"手柄直径": "33毫米"}, "手柄多粗", "手柄直径"),
        ({"最大承重": "120公斤"}, "我200斤能用吗", "最大承重"),  # a body weight said with 能用: what it bears
        ({"能否改圈": "可以免费改一次手寸"}, "戴大了能改吗", "能否改圈"),  # resized, not an order changed
        ({"长度": "40cm是锁骨位置"}, "链子多长", "长度"),
        ({"环保等级": "板材E0级,有甲醛检测报告"}, "甲醛超标吗 家里有小孩", "环保等级"),
        ({"环保等级": "板材E0级,有甲醛检测报告"}, "是e0级吗", "环保等级"),
        ({"防猫抓": "科技布款防猫抓"}, "我家养猫 会不会被抓坏", "防猫抓"),
        ({"功效": "淡化痘印、提亮暗沉"}, "能美白吗", "功效"),
        ({"用法": "洁面后取3到4滴"}, "要用多少滴", "用法"),
        ({"充电": "标配65W充电器"}, "充电器多大功率", "充电"),  # the charger's power: its fact, nothing missing
        ({"会不会泛白": "不泛白,抹开后是透明的"}, "会不会假白", "会不会泛白"),
        ({"冲马桶": "豆腐砂可以倒马桶冲掉"}, "能冲厕所吗", "冲马桶"),
        ({"显卡": "集成显卡,没有独立显卡"}, "有独显吗", "显卡"),
        ({"摄像头": "红外摄像头,支持刷脸解锁"}, "能刷脸开机不", "摄像头"),
        ({"接口": "1个HDMI,1个RJ45网线口"}, "有网口吗", "接口"),
        ({"续航": "办公约6小时;打游戏请插电使用"}, "打游戏能撑多久", "续航"),
        ({"包装": "拆成零件装一个纸箱,箱子约80x40x20厘米"}, "箱子多大 我家电梯小", "包装"),  # the box's, not its own
        ({"口感": "回甘快,不苦不涩", "储存方式": "不要和有味道的东西放一起"}, "喝起来什么味道的", "口感"),  # not a
        ({"口感": "回甘快,不苦不涩"}, "这茶苦不苦", "口感"),                               # value saying 味道
        ({"采摘时间": "2023年春茶"}, "白茶是哪年的", "采摘时间"),
        ({"冲泡方法": "3克配150毫升水,能泡12泡"}, "能泡几泡", "冲泡方法"),
        ({"净含量": "每饼357克"}, "一饼多重", "净含量"),
        ({"遮光率": "98%以上,白天基本全黑"}, "能全黑吗 我白天要睡觉", "遮光率"),
        ({"褶皱倍数": "按2倍褶皱加工"}, "要几倍褶", "褶皱倍数"),
        ({"测量方法": "宽量轨道长两边各加15厘米"}, "怎么量尺寸啊", "测量方法"),
        ({"食用方法": "每天2次,每次1粒,饭后吞服", "净含量": "60粒"}, "一天吃几粒", "食用方法"),  # not how many in it
        ({"食用方法": "每天2次,每次1粒,饭后吞服"}, "饭前还是饭后吃", "食用方法"),
        ({"成分含量": "每粒DHA 240毫克"}, "一粒含多少dha", "成分含量"),
        ({"适用年龄": "出生后15天到3岁"}, "宝宝多大可以吃", "适用年龄"),
        ({"不适宜人群": "早产儿请先问医生"}, "早产儿能吃吗", "不适宜人群"),  # the phrase before 能吃
        ({"适配车型": "带ISOFIX接口的车都能装", "侧撞保护": "两侧有保护块"}, "我的车是15年的朗逸 能装吗", "适配车型"),
        ({"琴弦": "磷铜钢弦,不是尼龙弦"}, "钢弦还是尼龙弦", "琴弦"),
        ({"调音": "新琴前一周容易跑音是正常的"}, "新琴老跑音正常吗", "调音"),
        ({"电压": "只支持220V,日本110V不能用"}, "出国能用吗 去日本", "电压"),
        # 能用吗 names 兼容 only weakly: the fact holding the buyer's own words (货车, 24V) is the one asked
        ({"兼容": "苹果华为小米快充都支持", "电压": "12V和24V车都能用,货车也可以"}, "货车24v能用吗", "电压"),
        ({"兼容": "苹果华为小米快充都支持", "电压": "12V和24V车都能用,货车也可以"}, "华为能用吗", "兼容"),
        ({"温度": "150到230℃五档"}, "多少度", "温度"),
        ({"干发时间": "长发厚发5到6分钟"}, "吹干头发要多久", "干发时间"),
        ({"前中后调": "梨和柑橘 / 栀子花 / 白麝香"}, "前调中调后调分别是啥", "前中后调"),
        ({"男女款": "中性香,男生女生都可以用"}, "男生用可以吗", "男女款"),
        ({"冬天变硬": "冬天偏硬,焐热几分钟就软"}, "冬天会不会变硬", "冬天变硬"),  # its two words said apart
        ({"软硬度": "150斤以上腰不好的建议20cm"}, "我老公180斤腰不好 睡哪款好", "软硬度"),
        ({"回弹时间": "拆开2小时能睡"}, "拆开多久能睡", "回弹时间"),
        ({"违禁成分": "不含兴奋剂和激素"}, "有没有激素 会不会影响尿检", "违禁成分"),
        ({"密封": "拧紧倒过来摇不漏"}, "会漏吗", "密封"),
        ({"容量": "600毫升", "耐温": "可以装热水,别装开水"}, "能装热水吗", "耐温"),  # what goes in, not how much
        ({"透气": "不闷,没有塑料感"}, "会不会很热 有塑料感吗", "透气"),
        ({"表带长度": "钢带适合手腕围15到20厘米"}, "手腕16厘米能戴吗", "表带长度"),  # a watch with no chart
        ({"夜光": "指针刻度有夜光,亮3到4小时"}, "晚上能看清时间吗", "夜光"),
        ({"表径": "表径41毫米,表壳厚12毫米"}, "表盘多大", "表径"),
        ({"上链": "自动上链,放久停了拧表冠20圈"}, "不戴会停吗", "上链"),
        ({"一套几条": "两条装,黑色加灰色各一条"}, "裤子是两条吗", "一套几条"),
        ({"防磁": "日常防磁,别放在手机音箱上", "放A4": "能放A4和iPad"}, "会被手机磁化吗", "防磁"),  # 手机 asks no room
        ({"香调": "木质清新调", "适合场合": "上班约会,味道不冲"}, "这个是什么味道的", "香调"),  # a scent's 味道
        ({"浓度": "EDP浓香水", "产地": "香精法国进口"}, "是edp吗", "浓度"),
        # what connects to a phone is its App where the shop states one, the doors it fits its 兼容
        ({"App": "只有WiFi版能连手机App", "兼容": "适配国标入户防盗门"}, "能连手机吗", "App"),
        ({"App": "只支持2.4G WiFi", "兼容": "适配国标入户防盗门"}, "5g的wifi能连吗", "App"),
        ({"兼容": "苹果安卓手机都能连"}, "能连苹果手机吗", "兼容"),  # no App: the same words ask 兼容
        ({"酸度": "偏酸的豆子", "产地": "埃塞俄比亚"}, "这个豆子酸不酸", "酸度"),
        # opened, how long it keeps: the fact of it opened and its time, not the sealed pack's 保质期
        ({"保质期": "未开封18个月", "储存方式": "开盖后拧紧,最好3个月内吃完"}, "开了能放多久", "储存方式"),
        # a sellers' own headings for kinds buyers ask in their words
        ({"破损包赔": "运输摔破的包赔,拍照补发", "包装": "气泡袋加纸箱"}, "碎了怎么办", "破损包赔"),
        ({"包装": "气泡袋加纸箱,摔不碎"}, "路上会碎吗", "包装"),  # no 破损 fact: the same words ask 包装
        ({"毛重": "5L一桶约4.8公斤"}, "5L多重", "毛重"),
        ({"加工日期": "10天以内碾的"}, "几号碾的", "加工日期"),
        ({"发热": "温热正常,不烫手"}, "会不会发烫", "发热"),
        ({"罩杯": "适合A到C杯", "肩带": "可调节"}, "c杯可以吗", "罩杯"),
        ({"适合人数": "6寸适合2到4个人", "尺寸": "直径15厘米"}, "够几个人吃", "适合人数"),
        ({"适合人数": "4.5L适合2到4口人"}, "一家三口买哪个", "适合人数"),
        ({"适合人数": "6寸适合2到4人,8寸适合5到8人", "口味": "草莓夹心"}, "10个人够吃吗", "适合人数"),
        ({"甜度": "糖放得少,甜度适中", "适合人数": "6寸2到4个人"}, "甜不甜 家里老人吃", "甜度"),  # 老人吃: who
        ({"是否含酒": "不含酒", "产地": "上海"}, "有没有酒", "是否含酒"),
        ({"最大载重": "120公斤", "重量": "14.5公斤"}, "最多载多重", "最大载重"),  # 载多重 holds 多重: the load
        ({"起订量": "10件起做,不满10件不接", "工期": "3到5天"}, "最少做几件", "起订量"),
        ({"观看距离": "55寸2.3到3米,65寸2.7到3.5米", "产地": "广东"}, "客厅4米 看几寸的", "观看距离"),
        ({"个数": "5斤中果大约10个,大果8个", "产地": "赣州"}, "5斤大概几个", "个数"),  # how many, not how heavy
        ({"适合度数": "1.60适合300到600度", "产地": "丹阳"}, "600度配哪个", "适合度数"),  # a lens's, not a liquor's
        ({"可躺角度": "反向最大躺角160度", "产地": "宁波"}, "能躺平吗", "可躺角度"),
        ({"折叠": "单手一键收车", "重量": "5.8公斤"}, "单手能收车吗", "折叠"),
        ({"纸张": "A4、A5,不能打A3", "产地": "珠海"}, "能打a3吗", "纸张"),  # (read normalised: lower case)
        ({"月打印量": "建议每月2000页以内", "产地": "珠海"}, "每个月打1000张够吗", "月打印量"),
        ({"酒精度": "52度", "产地": "宜宾"}, "度数高吗", "酒精度"),
        ({"酒精度": "13.5%vol", "储存": "横着放,12到18度避光"}, "多少度", "酒精度"),  # not the 18度 it is kept at
        # a technical word of Latin letters, in one fact alone
        ({"音质": "支持LDAC和AAC", "续航": "单次8小时"}, "能用ldac吗", "音质"),
        ({"防水": "IP55防水,能淋雨", "续航": "单次8小时,ip不影响"}, "是ip55吗", "防水"),
        # no shelf life stated, but a fact that says how long it keeps: that, not a selling point's 保鲜
        ({"储存方式": "放阴凉通风的地方,能放半个月左右", "产地": "赣州"}, "能放多久", "储存方式"),
        # whether it comes with a thing: the fact of what is in the box, not the one named by the thing
        ({"内含": "钢笔一支、一瓶黑色墨水、一个上墨器", "墨水": "可以用墨囊也可以吸瓶装墨水"}, "带墨水吗", "内含"),
        ({"包装清单": "主机、充电器、说明书", "充电器": "5V2A,不支持快充"}, "带不带充电器", "包装清单"),
        ({"个数": "8斤约12个", "果径": "75到80毫米"}, "一盒多少个", "个数"),
        ({"个数": "一盒8只", "规格重量": "公蟹每只4两以上"}, "一盒几只", "个数"),  # not how heavy each one is
        ({"个数": "大虾一斤30到40只", "净含量": "一盒2斤"}, "大虾一斤多少只", "个数"),
        ({"个数": "一盒3条", "净含量": "每条约30克"}, "一盒几条", "个数"),
        ({"冲泡方法": "撬5到8克放盖碗", "净含量": "每饼357克"}, "一泡放多少克", "冲泡方法"),  # how much a brew takes
        ({"单卖": "文胸和内裤不单卖,只卖整套", "内裤尺码": "75B配M码"}, "能单买文胸吗", "单卖"),  # one of a set alone
        ({"撬茶": "可以免费帮撬成散茶", "净含量": "每饼357克"}, "能帮我撬开吗", "撬茶"),
        ({"套装内含": "文胸一件加三角内裤一条", "颜色": "香槟色"}, "套装里有内裤吗", "套装内含"),  # not stock
        ({"适合脸型": "圆脸方脸都能戴", "材质": "TR90"}, "圆脸戴好看吗", "适合脸型"),  # not the selling points
        ({"腰型": "中腰", "透气": "精梳棉透气"}, "高腰还是低腰", "腰型"),
        ({"蒸煮方法": "水开后蒸15到18分钟", "储存": "冷藏"}, "蒸多久啊", "蒸煮方法"),  # how long it steams, not ships
        ({"透光": "白色偏薄会透", "透气": "精梳棉透气"}, "白色会透吗", "透光"),  # see-through, not breathable
        ({"保质期": "未开封3年,开封后60天内用完", "产地": "日本"}, "开封能用多久", "保质期"),
        ({"效期": "现货效期到2027年8月", "产地": "澳洲"}, "不会是临期货吧", "效期"),  # 效期 is its shelf life
        ({"安全等级": "符合GB 24429国家标准", "重量": "260克"}, "有国标吗", "安全等级"),
        ({"屏幕": "14.2英寸 2.8K 触控屏", "重量": "1.31kg"}, "这个是触屏吗", "屏幕"),
        ({"上盆": "收到后晾根1到2天,再用颗粒土上盆", "浇水": "干透浇透"}, "收到咋弄", "上盆"),  # not a thanks
        # a bare phrase in two facts' values: the one saying it has it, not a mention in brackets
        ({"整机尺寸": "宽123厘米(不含底座)", "安装": "包装里带底座,自己装上就能用"}, "底座带吗", "安装"),
        ({"防水": "没做防水处理,雪天不建议穿", "产地": "温州"}, "下雪天能穿吗", "防水"),
        # no fact of the word's kind (耐温), but one says the word: that one, before the free text
        ({"清洗": "炸篮可以拆下来放洗碗机", "产地": "广东"}, "能放洗碗机吗", "清洗"),
        ({"第一次使用": "先空烧10分钟,有点味道是正常的"}, "第一次用有味道正常吗", "第一次使用"),
        ({"保质期": "未开封12个月", "储存方式": "开袋后封好拉链,阴凉处保存", "赏味期": "开袋后一个月内喝完"},
         "开了袋能放多久", "赏味期"),
        ({"保质期": "18个月", "储存方式": "开桶后拧紧盖子,最好半年内用完"}, "开桶能放多久", "储存方式"),
        ({"试睡": "签收30天内可以退;拆开后不能再压缩", "回弹": "拆开后24到72小时完全回弹"}, "拆开多久能睡", "回弹"),
        ({"打孔费": "需要另外穿墙打孔的每个50元", "安装": "免费安装,含挂架"}, "打孔要钱不", "打孔费"),  # its point
        ({"适用人数": "60升适合2-3人", "尺寸": "长690mm"}, "家里三口人用多大的", "适用人数"),  # not its size
        ({"加热时间": "60升约50分钟", "保修": "整机8年"}, "60升多久能烧热", "加热时间"),
        ({"风量": "23立方米/分钟", "尺寸": "宽895mm"}, "吸力多大", "风量"),
        # whom it is not for keeps its name: 孕妇 told under 孕妇 would read as a yes
        ({"不适宜人群": "孕妇、乳母、18岁以下的儿童", "适宜人群": "成年人"}, "我老婆怀孕了能吃吗", "不适宜人群"),
        ({"承重": "能当凳子坐,承重150公斤"}, "能坐人吗", "承重"),
        ({"节数": "3.6米4节,4.5米5节", "重量": "约128克"}, "竿子几节的", "节数"),  # how many of 节
        ({"号数": "1号到5号混装", "个数": "一盒50个"}, "都是几号的", "号数"),
        ({"粒数": "一瓶100粒", "食用方法": "每天2次,每次1粒"}, "一天吃几粒", "食用方法"),  # a dose, not the bottle's
        ({"粒数": "一瓶100粒", "食用方法": "每天2次,每次1粒"}, "一瓶几粒", "粒数"),
        ({"安装方式": "冷热进水口中心距15厘米", "水压要求": "进水水压0.1MPa以上"}, "进水口距离多少", "安装方式"),
        ({"配竿": "28调配1.0号到1.5号主线", "拉力": "1.0号约2.8公斤"}, "这个线配哪个竿", "配竿"),  # around 哪个
        ({"恒温": "默认38度,旋钮能在20到50度之间调"}, "能调温度吗 最高多少度", "恒温"),  # no liquor's 酒精度
        ({"冲水方式": "虹吸式,一次用水4.8升", "断电冲水": "停电了按旋钮手动冲一次"}, "一次冲水用多少水",
         "冲水方式"),  # named by its head; 断电冲水 only ends with it
        ({"净含量": "每袋400克", "保质期": "18个月"}, "一袋多重", "净含量"),  # a food's weight: what one holds
        ({"重量": "单包约2.5公斤"}, "一包多重", "重量"),
        ({"插座": "不用电,不需要插座", "水压要求": "对水压没有要求"}, "要插电吗", "插座"),
        ({"断电冲水": "停电了按旋钮也能手动冲一次", "冲水方式": "虹吸式"}, "停电了还能冲吗", "断电冲水"),
        ({"国家补贴": "按到手价再减15%,最多2000元"}, "国补能减多少", "国家补贴"),
        ({"插座": "离地35到50厘米要有插座", "尺寸": "高480毫米"}, "后面要留插座吗 多高", "插座"),  # its height
        # the things an installation needs are not what the goods are made of
        ({"安装": "含挂架,混水阀另付", "材质": "搪瓷内胆"}, "装的时候要另外买材料吗", "安装"),
        ({"限购": "每个ID限购2盒", "净含量": "每盒6包"}, "能拍几盒", "限购"),  # how many may be bought
        ({"每人限购": "每人2件", "产地": "杭州"}, "最多能买几个", "每人限购"),
        ({"容量": "茶壶约180毫升,品茗杯约50毫升", "产地": "汝州"}, "杯子多大", "容量"),  # a cup's size: what it holds
        ({"耐温": "能倒开水,不能放燃气灶上干烧", "产地": "汝州"}, "茶壶能直接放火上烧吗", "耐温"),
        ({"适用炉具": "燃气灶、电磁炉通用", "产地": "永康"}, "电磁炉能用吗", "适用炉具"),
        ({"效果": "平均能延缓约50%的近视增长", "产地": "丹阳"}, "离焦镜真的有用吗", "效果"),  # whether it works
        ({"网络": "只有WiFi版,不支持5G和通话", "重量": "约500克"}, "平板支持5g吗", "网络"),
        ({"变速": "禧玛诺7速", "重量": "约16公斤"}, "几速的", "变速"),
        ({"只数": "一只大约4到6两,2斤装4到5只", "产地": "舟山"}, "鱿鱼几只一斤", "只数"),  # how many to a 斤
        ({"开放状态": "发货时每枝开3到5朵,其余是花苞", "花期": "能开2到3个月"}, "发货是开花的吗", "开放状态"),
        ({"盆径": "小号盆口直径15厘米", "高度": "连盆高40厘米"}, "盆多大", "盆径"),  # the pot's, by the pot asked of
        # of two facts saying the thing, the one named for what follows it (口): not the cable given
        ({"赠品": "送一根1.5米HDMI线", "接口": "两个HDMI,一个USB"}, "几个hdmi口", "接口"),
        ({"年份": "2026年春茶", "产地": "杭州"}, "是今年的新茶吗 别给我陈茶", "年份"),  # how new: its year
        ({"用法用量": "每个月喂一次,一次一粒", "保质期": "3年"}, "一个月吃一次就行？", "用法用量"),  # 每个月: no number
        # a length said that one fact says word for word: that fact (the picture at that distance)
        ({"投射比": "1.2:1", "投影尺寸": "2.7米约100寸,3.3米约120寸"}, "那3.3米呢", "投影尺寸"),
        ({"尺寸": "适合1.5米和1.8米的床", "材质": "全棉"}, "1.8m的床能用吗", "尺寸"),
        # the part, then its own measure a few words on; no 调节 of the armrests that says 调
        ({"座高": "座面离地46到55厘米", "调节": "4D扶手前后左右上下都能调"}, "座椅最低能调到多高", "座高"),
        ({"座高": "座面离地46到55厘米", "尺寸": "宽66深60厘米"}, "座椅多高", "座高"),
        ({"车重": "16寸约11.5公斤", "适用年龄": "3到10岁"}, "16寸的多重", "车重"),  # a bike's weight is its 车重
        ({"车重": "约2.6公斤", "适用年龄": "3到10岁"}, "滑板车几岁能玩", "适用年龄"),  # 车几: no weight asked
        ({"鞋底": "TPR软底", "适用年龄": "8个月到3岁"}, "这个几个月能穿啊", "适用年龄"),  # a baby's months
        ({"展开尺寸": "240x210x150cm", "收纳尺寸": "95x20x20cm"}, "收起来多大", "收纳尺寸"),  # by its head
        ({"尺寸": "标准款展开4.5x3米,适合4-6人", "重量": "约1.6kg"}, "我们6个人用选哪个", "尺寸"),  # how many it fits
        ({"主要成分": "烟酰胺(10%)、传明酸", "适合肤质": "烟酰胺浓度比较高,敏感肌先试用"}, "烟酰胺浓度多少啊",
         "主要成分"),  # the fact telling the share, not one saying the word 浓度
        ({"主要成分": "微囊视黄醇(0.1%)、角鲨烷", "产地": "上海"}, "a醇浓度多少", "主要成分"),
        ({"主要成分": "神经酰胺、角鲨烷", "孕妇可用": "可以用,不含视黄醇、香精和酒精"}, "有没有香精", "孕妇可用"),
        ({"包装": "每100张装一个透明名片盒", "起订量": "100张起印,一款100张一盒"}, "名片有盒子装吗", "包装"),  # packing
        ({"文件格式": "发AI、PDF或者300dpi以上的高清图", "设计费": "原创设计另收80元"}, "我自己有做好的图 jpg可以吗",
         "文件格式"),  # the buyer's own file: what it must be
        ({"排版": "免费排版,把文字和图片发给客服", "起订量": "100张起印"}, "我没有设计图 你们能帮做吗", "排版"),
        ({"校稿": "先发电子稿给您确认,确认了才印", "制作周期": "确认后3天印好"}, "印之前能先给我看看吗 怕印错",
         "校稿"),  # the proof shown before it is made
        ({"效果图": "下单后2小时内出效果图", "起订量": "10条起做"}, "能先出图看看吗", "效果图"),
        ({"线色": "24种线色可选,默认金色线", "字体": "12种字体"}, "线的颜色有几种", "线色"),  # the thread's colour
        ({"线色": "24种线色可选,默认金色线", "字体": "12种字体"}, "默认啥颜色的线", "线色"),
        ({"男孩女孩": "藏青色男孩买得多,粉色女孩买得多", "产地": "湖州"}, "男孩穿哪个颜色好", "男孩女孩"),  # a pair
        ({"大人小孩": "大人小孩都能用", "产地": "义乌"}, "大人能用吗", "大人小孩"),
        ({"续航": "标准模式最长180分钟", "吸力": "8000Pa"}, "续行多久啊", "续航"),  # 续航 typed 续行
        ({"宠物毛发": "主刷是橡胶胶刷,猫毛狗毛不缠刷", "吸力": "8000Pa"}, "会缠毛吗", "宠物毛发"),  # pet hair
        ({"展开尺寸": "240x210x150cm", "收纳尺寸": "95x20x20cm"}, "展开多大", "展开尺寸"),
        ({"展开尺寸": "240x210x150cm", "搭建时间": "一个人1分钟打开"}, "搭起来多大", "展开尺寸"),  # measured once up
        ({"宽度": "身宽约4到5厘米", "产地": "舟山"}, "带鱼多宽", "宽度"),  # a measure asked by its own word
        ({"做法": "水开后蒸15分钟", "产地": "兴化"}, "蒸多久", "做法"),
        ({"做法": "白灼,水开后煮2分钟", "产地": "舟山"}, "咋做好吃", "做法"),
        ({"做法": "不用放油,中小火每面煎1分钟左右", "产地": "澳洲"}, "和牛怎么煎", "做法"),  # cooked as the buyer says
        ({"兑换方式": "扫卡背面二维码预约", "有效期": "一年"}, "礼品卡怎么用", "兑换方式"),
        ({"承重": "骑行者体重100公斤以内", "重量": "约9.8公斤"}, "体重110公斤能骑吗", "承重"),
        ({"承重": "载重150kg", "重量": "约10.5kg"}, "露营车能拉多重", "承重"),  # what it carries, not what it weighs
        ({"承重": "单杆承重大约10公斤", "内含": "一根杆子、两个支架"}, "一根能挂多重的", "承重"),  # not the box
        ({"承重": "坐人最多承重50公斤", "包装": "纸箱加泡沫"}, "大人坐会不会压坏", "承重"),  # sat on, not in transit
        ({"尺寸": "34x76厘米,单条约130克", "产地": "高阳"}, "多重啊", "尺寸"),  # its weight told beside its size
        ({"包装": "外面隐私包装", "产地": "汕头"}, "快递上会写是内衣吗 怕被家里人看到", "包装"),  # what the parcel says
        ({"小零件": "含小零件,3岁以下不能玩", "缺件补发": "缺件48小时内免费补发"}, "宝宝会不会吞下去", "小零件"),
        ({"礼品袋": "单瓶装每瓶送一个礼袋,整箱不送", "产地": "贵州"}, "整箱的有袋子吗", "礼品袋"),  # a bag with it
        ({"换电池": "保修期内免费换,过了收30元", "表径": "28mm"}, "没电了咋换 要钱不", "换电池"),  # its battery
        ({"适合季节": "秋冬最合适,夏天少喷一下也可以", "留香时间": "6到8小时"}, "冬天喷合适吗", "适合季节"),  # a season
        ({"小零件": "含小零件,3岁以下不能玩", "缺件补发": "缺件48小时内免费补发"}, "要是缺零件咋办啊", "缺件补发"),
        ({"更换周期": "建议1到2个月换一个", "用法": "先泡水再挤干"}, "多久要换一个", "更换周期"),  # not an exchange
        ({"舒适温度": "加厚款舒适0℃", "重量": "1.8kg"}, "睡袋零度能用吗", "舒适温度"),
        ({"烫印": "可以烫印2到3个英文字母,加20元", "尺寸": "长30cm"}, "能烫字吗", "烫印"),  # 刻字, 烫字, 烫印 alike
        ({"针号": "棒针用4.0到4.5mm", "缸号": "同一订单同色号配同一缸"}, "用几号针织", "针号"),
        ({"用量": "围巾4到5团", "缸号": "同一订单同色号配同一缸"}, "织一条围巾大概要几团", "用量"),
        ({"醒酒": "建议醒酒30分钟左右", "产区": "宁夏"}, "要醒多久", "醒酒"),
        ({"口感": "生茶有苦底、回甘快", "产地": "勐海"}, "生茶会不会很苦 我胃不太好", "口感"),  # a taste feared
        ({"年份": "2019年春料,存了7年", "产地": "福鼎"}, "这饼放了几年了", "年份"),  # how long it has been kept
        ({"适合人数": "1.2米坐4人,1.4米坐4到6人", "尺寸": "长120宽75"}, "能坐几个人", "适合人数"),  # seats, of a table
        ({"尺寸": "单组:宽80深35高200cm", "材质": "白蜡木"}, "双组宽多少", "尺寸"),  # a measure asked by its word first
        ({"包装尺寸": "三人位包装约220x100x90cm", "送货上楼": "有电梯的免费送到家里"}, "能进电梯吗", "包装尺寸"),
        ({"软包面料": "科技布,不能拆洗,湿布擦就行", "承重": "150公斤"}, "软包的那个布能拆下来洗吗", "软包面料"),
        ({"续航": "连续阴雨天能亮2到3天", "防水等级": "IP65"}, "连续下雨能亮几天啊", "续航"),  # days of rain, not 防水
        ({"安装": "地插插进泥土里;水泥地插不进去", "电池容量": "1200mAh"}, "水泥地能装吗", "安装"),  # put up, not held
        ({"自重": "3.6米约98克,4.5米约142克", "调性": "28调"}, "3米6的多重啊", "自重"),  # a rod's weight is its 自重
        ({"实际功率": "300W是标称功率,实际亮度约80W", "续航": "2到3天"}, "300w是真的300瓦吗 感觉虚标", "实际功率"),
        ({"亮灯时间": "天黑自动亮,天亮自动灭", "防水等级": "IP65"}, "白天会不会亮 要手动开关吗", "亮灯时间"),
        ({"成色": "95新,原厂线条未抛光", "表径": "40mm"}, "这个水鬼几层新 有没有抛过光", "成色"),  # used goods' grade
        ({"换粮": "建议用7天换粮法", "保质期": "18个月"}, "之前吃的别的牌子 直接换会不会拉稀", "换粮"),
        ({"灯杆": "不含灯杆,建议杆高3到6米", "安装": "能装在直径50到80mm的杆子上"}, "带杆子吗", "灯杆"),  # 杆子: 杆
        ({"照明面积": "100W约照亮80平方米", "功率": "100W"}, "院子100来平", "照明面积"),
        ({"送货上楼": "德邦物流送货入户", "保修": "3年"}, "是送到家还是要自己去物流点提", "送货上楼"),
        ({"安装": "免费上门安装(送装一体)", "容量": "洗涤容量10公斤"}, "送货当天能装吗", "安装"),  # installed, not held
        ({"容量": "洗涤容量10公斤", "安装": "免费上门安装"}, "能装10公斤吗", "容量"),
        ({"叠放": "可以叠放在L10滚筒上面;洗烘一体机上面不能叠", "噪音": "60分贝"}, "能叠在洗衣机上面吗", "叠放"),
        ({"拼接": "两个同款同色的能拉链拼成双人睡袋", "重量": "1.8kg"}, "两个能拼一起吗", "拼接"),
        # how many of a unit, asked by the unit alone: the one fact that counts it
        ({"规格": "每包80抽,一抽20x15厘米", "成分": "纯水99%"}, "一包多少抽", "规格"),
        ({"包装": "一盒十二颗独立包装", "产地": "福建"}, "一盒几颗啊", "包装"),
        ({"计价方式": "按米计价,挂机用每米80元", "材质": "纯铜管"}, "不够长咋算", "计价方式"),  # how it is charged
        ({"耐磨": "耐磨指数320,一般能用5到6万公里", "噪音": "静音型"}, "能跑多少公里", "耐磨"),  # a tyre's mileage
        ({"抗氯": "普通面料不抗氯,更适合海边", "面料": "锦纶"}, "这个能穿去游泳馆吗 怕氯水", "抗氯"),  # a pool's water
        ({"筒高": "中筒,到脚踝上面约12cm", "厚度": "中厚"}, "袜子多高的 到哪", "筒高"),  # its one height, by its end
        ({"材质": "面料抗氯,泳池可以穿", "版型": "偏小"}, "能下泳池吗", "材质"),  # (by what another fact says)
        # fruit: how ripe it comes, its seeds, when picked (not 食用方法, 开口 or 年份 beside them)
        ({"成熟度": "发货时是硬果,放3到5天变软再吃", "食用方法": "变软就能吃了"}, "收到是软的还是硬的", "成熟度"),
        ({"成熟度": "发货时是硬果,和苹果放一起熟得更快", "食用方法": "对半切开挖着吃"}, "怎么催熟快点", "成熟度"),
        ({"开口": "皮薄好剥", "甜度": "糖度13度左右,化渣,籽少"}, "籽多不多", "甜度"),
        ({"采摘": "当天现摘现发,不是冷库货", "产地": "江西赣州"}, "是今年新摘的吗", "采摘"),
        ({"打蜡": "不打蜡不泡保鲜剂", "产地": "江西赣州"}, "有没有打蜡啊", "打蜡"),
        # (not where a fact of that kind is named for it: 打印页数, not 打印效果 counting 张 by the way)
        ({"打印页数": "约2000页", "打印效果": "新鼓前几张可能有底灰,打5张左右就正常"}, "这个能打多少张", "打印页数"),
        # a fact named by its name's end beside one named by that word alone: the one saying more of the question
        ({"床垫": "不含床垫", "适用床垫": "床垫不要超过30cm厚,太重气压杆顶不起来"}, "我床垫30公分厚能用吗", "适用床垫"),
        ({"床垫": "不含床垫", "适用床垫": "1.5米床配150x200cm床垫"}, "1.5的配多大床垫", "适用床垫"),
        ({"床垫": "不含床垫", "适用床垫": "床垫厚度建议20到28cm"}, "含床垫吗", "床垫"),
        # a thing said after a word of washing: what the goods wash, not how they are washed
        ({"安全等级": "食品用A类洗涤剂,可以直接洗水果蔬菜", "保质期": "3年"}, "能洗水果吗", "安全等级"),
        ({"适用衣物": "宝宝衣服和内衣都能洗", "保质期": "3年"}, "能洗宝宝衣服吗", "适用衣物"),
        # ... nor what follows a washing machine, which asks how it is washed (not the 适用年龄's 可以)
        ({"适用年龄": "3个月以上就可以抓着玩", "洗涤": "可以手洗,不要机洗"}, "丢洗衣机可以不", "洗涤"),
        ({"适用年龄": "3个月以上就可以抓着玩", "洗涤": "可以手洗,不要机洗"}, "洗衣机洗可以吗", "洗涤"),
        ({"避震": "后轮弹簧避震,适合城市平路", "重量": "5.8kg"}, "减震好不好 我们小区路不平", "避震"),
        ({"开本": "16开,约25x28cm", "页数": "32页"}, "书多大的", "开本"),  # a book's size is its 开本
        ({"安全等级": "通过3C认证,大豆油墨印刷", "页数": "32页"}, "安全吗", "安全等级"),  # safe: its certificate
        ({"缺片": "15天内拍照报缺片位置,免费补寄", "材质": "纸板"}, "万一少片了能补吗", "缺片"),  # pieces missing
        ({"伸缩长度": "伸缩60-110厘米", "承重": "10公斤"}, "能伸多长", "伸缩长度"),  # a measure by its own word
        ({"内含": "保湿水150ml+保湿乳100ml", "保质期": "3年"}, "水是多少ml的", "内含"),  # so much of a thing in it
        ({"配比": "豆腐砂和膨润土大约7比3", "净含量": "6L"}, "豆腐跟膨润土几比几啊", "配比"),  # how it is mixed
        ({"净含量": "每袋约2.5公斤", "气味": "淡淡的绿茶香"}, "香味重不重", "气味"),  # a scent's strength, no weight
        ({"适用年龄": "2到5岁,家长读给孩子听", "页数": "32页"}, "我家娃两岁半能看吗", "适用年龄"),  # an age, to read
        ({"定制范围": "宽0.9米到2.2米都能做", "厚度": "20cm"}, "能定做1.35x1.9的吗", "定制范围"),  # 定做 is 定制
        ({"佩戴时长": "果冻胶能戴1到3天", "胶水": "默认送果冻胶"}, "能戴多久", "佩戴时长"),  # by what is done
        ({"拼装时间": "大约6到8小时", "成品尺寸": "拼好长38厘米"}, "拼好要多久啊", "拼装时间"),
        ({"版次": "2026年3月第1版,10月第4次印刷", "页数": "216页"}, "这书是第几版", "版次"),  # a book's edition
        ({"版次": "2026年3月第1版,10月第4次印刷", "页数": "216页"}, "第几次印刷的", "版次"),
        ({"酒精度": "53%vol", "香型": "酱香型"}, "几度", "酒精度"),  # asked alone: its strength
        ({"购买须知": "未满18周岁不卖酒", "香型": "酱香型"}, "我16岁能买吗", "购买须知"),  # whom it is sold to
        ({"购买须知": "未满18周岁不卖酒", "香型": "酱香型"}, "未成年能买吗", "购买须知"),
        ({"包活": "到货死亡2小时内拍开箱视频,死几条补发几条", "规格": "2到3厘米"}, "能活吗", "包活"),  # live goods
        ({"胶水": "默认送果冻胶一版", "佩戴时长": "1到3天"}, "送胶吗", "胶水"),  # a thing by its first character
        ({"辅材收费": "角阀每个25元,打孔每个50元", "保修": "整机3年"}, "辅材咋算", "辅材收费"),  # how it is charged
        # a name of two words, each said with a small word inside it (送前拍照: 送之前, 拍个照)
        ({"送前拍照": "送出前会拍实物照片发给您确认", "贺卡": "免费"}, "送之前能拍个照给我看看吗", "送前拍照"),
        ({"胶水": "默认送果冻胶一版", "佩戴时长": "1到3天"}, "送的是什么胶", "胶水"),
        ({"适用车型": "225/65R17适合本田CR-V", "产地": "青岛"}, "crv用哪个", "适用车型"),  # its hyphen aside
        # a number naming a thing used with the goods, said in one fact alone (84 of 84消毒液)
        ({"安全提示": "不能和84消毒液混用", "保质期": "3年"}, "能跟84一起用吗", "安全提示"),
        ({"安全提示": "不能和84消毒液混用", "保质期": "3年"}, "84能混用吗", "安全提示"),
        ({"用量": "机洗倒40克左右;手洗一盆加10克", "保质期": "3年"}, "一次倒多少", "用量"),  # how much goes in
        ({"用量": "一颗洗一桶衣服,约8到10件", "保质期": "2年"}, "一颗洗多少衣服", "用量"),
        # a game's: how many play it, how long a round lasts
        ({"适合人数": "2到6人", "适用年龄": "8岁以上"}, "几个人玩", "适合人数"),
        ({"适合人数": "6到18人", "适用年龄": "12岁以上"}, "15个人能玩吗", "适合人数"),
        ({"游戏时长": "一局大概1到2小时", "适合人数": "2到6人"}, "一局要玩多久", "游戏时长"),
        ({"安全": "超过65度自动断电", "材质": "短毛绒"}, "开久了会不会着火啊", "安全"),
        ({"续航": "低档能用25分钟", "充电": "Type-C,3小时充满"}, "冲一次电用多久", "续航"),  # 冲 for 充
        ({"配件": "送琴包、调音器、拨片3个", "材质": "椴木合板"}, "送的东西都有啥", "配件"),
        ({"光照": "喜欢散射光,每天至少4小时", "产地": "云南"}, "我家没阳台放屋里能活吗", "光照"),  # the light, indoors
        # how many of a unit, with the thing counted after it: the one fact counting that thing
        ({"内含": "黑子181颗、白子180颗、2个棋罐", "尺寸": "棋盘44x47cm"}, "一共多少颗子", "内含"),
        ({"规格": "一副54张牌", "尺寸": "57x88mm"}, "几张牌", "规格"),
        # 能装 names 安装 only weakly: the fact holding the buyer's own words (货车) is the one asked
        ({"安装": "3M胶贴在前挡风玻璃上", "兼容": "12V和24V的车都能用,货车也可以"}, "大货车能装吗", "兼容"),
        ({"安装": "3M胶贴在前挡风玻璃上", "兼容": "12V和24V的车都能用,货车也可以"}, "自己能装吗", "安装"),
        # what the buyer lacks, said with 没 of a fact named with 无
        ({"无耳洞": "耳针款,没有耳洞戴不了", "过敏": "不含镍"}, "没耳洞能带吗", "无耳洞"),
        # what a thing is kept against, said by one of its kind (可乐 is a fizzy drink, 煤气灶 a flame)
        ({"碳酸饮料": "不建议装,会把盖子顶开", "保温": "6小时"}, "能装可乐吗", "碳酸饮料"),
        ({"明火加热": "不能放燃气灶上加热", "保温": "24小时"}, "能直接放煤气灶上烧吗", "明火加热"),
        ({"气味": "水性漆基本没有味道", "材质": "榉木"}, "有油漆味吗 宝宝爱啃", "气味"),
        ({"走时误差": "日差-10到+25秒", "机芯": "自动机械"}, "走的准不准", "走时误差"),
        ({"动力储存": "满链约40小时", "机芯": "自动机械"}, "满链能走多久", "动力储存"),
        ({"耐寒": "低于10度容易掉叶", "浇水": "土干透再浇"}, "冬天会不会冻死", "耐寒"),  # a plant's cold
        # how long a necklace is: its 链长 (链长选择, named for choosing it), not its pendant's 尺寸
        ({"链长选择": "40cm贴锁骨,45cm落在锁骨下方", "吊坠尺寸": "直径12mm"}, "项链多长的", "链长选择"),
        ({"到货状态": "礼盒配陶瓷盆已经组好,到了直接摆", "浇水": "7到10天一次"}, "到了还要自己弄吗", "到货状态"),
        # a watch's case, asked by its dial or its thickness: the one fact giving both
        ({"表壳尺寸": "直径42mm,厚度11mm", "机芯": "石英"}, "表盘多大", "表壳尺寸"),
        ({"表壳尺寸": "直径42mm,厚度11mm", "机芯": "石英"}, "厚不厚", "表壳尺寸"),
        # how to measure for a size, asked in the buyer's words: the fact named for measuring it
        ({"量圈方法": "用细线绕手指一圈量周长", "重量": "约2克"}, "不知道自己戴几号 怎么量啊", "量圈方法"),
        # how much to buy for so many people, in the unit it is sold by: its 用量
        ({"用量": "5斤够3到5个人烤一次", "产地": "广西"}, "8个人烤一次要买几斤", "用量"),
        ({"用量": "5斤够3到5个人烤一次", "产地": "广西"}, "一袋够几个人烤", "用量"),
        ({"重量": "160ml大约190克", "材质": "高硼硅玻璃"}, "玻璃的会不会很重", "重量"),  # a weight worried of
        ({"适用年龄": "6个月以上", "材质": "PPSU"}, "几个月宝宝能用", "适用年龄"),
        # the fish it is for: its 适合鱼种, not a clause of the selling points that names the fish too
        ({"适合鱼种": "28调适合鲫鱼,37调适合鲤鱼草鱼", "收节长度": "1.15米"}, "主要钓鲫鱼 买哪个调好", "适合鱼种"),
        ({"反光": "胸前和背后都有反光条", "材质": "尼龙"}, "晚上遛狗有反光吗", "反光"),  # seen at night
        ({"裁剪": "可以自己用剪刀剪,剪了不散边", "厚度": "约1.2cm"}, "能剪吗", "裁剪"),  # cut down at home
        # how it lights, and whether it may burn indoors (a balcony, a tent): their facts
        ({"点火": "建议用点火块或者喷枪,大约15分钟烧透", "烟": "烧透以后基本无烟"}, "好点着吗", "点火"),
        ({"能不能室内用": "只能在室外通风的地方用", "烟": "烧透以后基本无烟"}, "阳台上能烤吗", "能不能室内用"),
        # carrying someone on the back of a bike: its 后座, where the shop states one, before the load it bears
        ({"后座": "可以带一个12岁以下儿童", "载重": "骑手最大载重100公斤"}, "后面能带小孩不", "后座"),
        ({"后座": "没有后座,不能带人", "载重": "骑手最大载重90公斤"}, "能带人吗", "后座"),
        ({"载重": "骑手最大载重100公斤", "续航": "约55公里"}, "能带人吗", "载重"),
    ],
)
def test_an_attribute_of_any_name_is_found_from_the_buyers_words(
    shop: Shop, attributes: dict[str, str], text: str, fact: str
) -> None:
    stated = dict(read_facts(_dress(shop, {"attributes": attributes}), text).stated)
    assert fact in stated
    assert len(stated) == 1  # and no neighbouring fact beside it


@pytest.mark.parametrize("mileage", ["耐磨指数320,一般能用5到6万公里", "比较耐磨,一般能开6万公里左右"])
def test_a_tyres_mileage_is_told_by_the_fact_that_says_it_not_asked_as_a_range(shop: Shop, mileage: str) -> None:
    """「耐磨吗 能跑多少公里」 of a tyre whose 耐磨 says 一般能开6万公里: that, nothing of a 续航 left to a person."""
    facts = read_facts(_dress(shop, {"attributes": {"耐磨": mileage, "噪音": "静音型"}}), "耐磨吗 能跑多少公里")
    assert (dict(facts.stated), facts.missing) == ({"耐磨": mileage}, ())


@pytest.mark.parametrize(("fact", "mode"), [("不是防爆胎,原车是防爆胎的请先问客服", "handoff"), ("不是防爆胎", "auto")])
def test_a_fact_that_sends_the_buyer_to_the_agents_is_theirs_to_tell(
        make_engine: Callable[..., Engine], fact: str, mode: str) -> None:
    """「是防爆胎吗」 of 防爆: 不是防爆胎,原车是防爆胎的请先问客服: drafted for the agent it names, not sent telling the
    buyer (already talking to the shop) to ask the shop."""
    tyre = {"id": "tyre", "name": "浩悦4", "price": 599, "colours": ["门店安装"], "sizes": ["205/55R16"],
            "attributes": {"防爆": fact, "噪音": "静音型"}}
    reply = make_engine(products=[tyre]).reply("是防爆胎吗 我宝马原车是防爆的", item_id="tyre",
                                               now=dt.datetime(2026, 12, 8, 10))
    assert reply.mode == mode and fact in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["外机多大尺寸", "外机多大尺寸 我阳台放得下不"])
def test_a_fact_of_one_side_of_a_thing_does_not_answer_the_other_side(
        shop: Shop, make_engine: Callable[..., Engine], text: str) -> None:
    """「外机多大尺寸」 of an air conditioner whose 内机尺寸 says 内机宽82厘米: not that, the 外机's size for a person
    (also where 「多大尺寸」, a clause read alone, would find it)."""
    unit = {"id": "ac", "name": "变频挂机", "price": 2299, "colours": ["白色"], "sizes": ["大1匹", "1.5匹"],
            "attributes": {"内机尺寸": "大1匹内机宽82厘米,1.5匹内机宽90厘米", "噪音": "室内机最低18分贝"}}
    reply = make_engine(products=[unit]).reply(text, item_id="ac", now=dt.datetime(2026, 12, 8, 10))
    assert "82厘米" not in reply.text + reply.suggestion and reply.mode == "handoff"
    indoor = _dress(shop, {"attributes": {"内机尺寸": "内机宽82厘米"}})
    assert read_facts(indoor, "外机多大尺寸").missing == ("外机尺寸",)
    assert dict(read_facts(indoor, "内机多大尺寸").stated)  # (its own side: told)


@pytest.mark.parametrize(("text", "stated"), [
    ("我的车能装吗", ["适用车型", "安装"]),  # which cars it fits (by the shop's own name for it), and how
    ("哪些车型能用", ["适用车型"]),
    ("冰丝能装不", ["安装"]),  # its own name, 冰丝, said: no more of 座椅加热 (冰丝比较薄) than of any fact
])
def test_whether_it_goes_in_a_car_is_its_list_of_cars_and_its_own_name_points_at_no_fact(
        shop: Shop, text: str, stated: list[str]) -> None:
    cushion = _dress(shop, {"name": "冰丝凉垫汽车座垫", "aliases": ["冰丝"], "attributes": {
        "适用车型": "半包通用款,95%的5座轿车和SUV都能装", "安装": "不用拆座椅,绑带挂好就行",
        "座椅加热": "带座椅加热的车都能用,冰丝比较薄,热量能透过来"}})
    assert [key for key, _ in read_facts(cushion, text).stated] == stated


@pytest.mark.parametrize("size", ["长32厘米、高18厘米,整盒连袋约1.1公斤", "长60厘米,重约2.5公斤"])
def test_a_weight_told_beside_the_size_answers_both_and_leaves_nothing_for_a_person(shop: Shop, size: str) -> None:
    box = _dress(shop, {"attributes": {"尺寸": size, "产地": "杭州"}})
    facts = read_facts(box, "盒子多大 重不重")
    assert ([key for key, _ in facts.stated], facts.missing) == (["尺寸"], ())  # no 「重量我核实一下」


@pytest.mark.parametrize(("text", "stated"), [
    ("1.8米的床能用吗", ["尺寸"]),  # a length one fact says word for word
    ("手指一圈53毫米 拍几号", []),  # the buyer's own, to take a size by: the chart's (sizing), no fact's
])
def test_a_length_said_is_the_fact_saying_it_unless_a_size_is_taken_by_it(shop: Shop, text: str,
                                                                          stated: list[str]) -> None:
    ring = _dress(shop, {"attributes": {"圈号": "周长53毫米戴13号", "尺寸": "适合1.8米的床"}})
    assert [key for key, _ in read_facts(ring, text).stated] == stated


@pytest.mark.parametrize(("text", "stated", "missing"), [
    ("能洗球鞋不", {}, ("能洗球鞋",)),  # what it washes, which nothing says: not its care text
    ("能洗羽绒服吗", {}, ("能洗羽绒服",)),
    ("能洗宝宝衣服吗", {"适用衣物": "宝宝衣服和内衣可以用婴儿程序洗"}, ()),  # a fact naming the thing: that
    ("怎么清洗", {"洗涤": "每月用筒自洁程序清洁一次内筒"}, ()),  # how it is cleaned: its care
])
def test_what_goods_whose_work_is_washing_wash_is_no_care_of_their_own(
        text: str, stated: dict[str, str], missing: tuple[str, ...]) -> None:
    washer = Product.model_validate({"id": "washer", "name": "10公斤变频滚筒洗衣机", "price": 2599,
                                     "colours": ["白色"], "sizes": ["10公斤"], "care": "每月用筒自洁程序清洁一次内筒",
                                     "attributes": {"适用衣物": "宝宝衣服和内衣可以用婴儿程序洗"}})
    facts = read_facts(washer, text)
    assert (dict(facts.stated), facts.missing) == (stated, missing)


@pytest.mark.parametrize(("text", "sent"), [
    ("刺绣会不会掉线啊", False),  # the fact named says nothing of 掉线: drafted for a person
    ("刺绣是机器绣的吗", True),
    ("刺绣会有色差吗", True),  # it says 每件绣线颜色会有一点点差别
    ("刺绣会不会坏", False),  # harm in general, which it says nothing of
])
def test_whether_a_thing_named_will_do_what_its_fact_never_says_is_drafted(
        shop: Shop, text: str, sent: bool) -> None:
    dress = _dress(shop, {"attributes": {"刺绣": "胸前和裙摆是机器重工刺绣,每件绣线颜色会有一点点色差"}})
    reply = _engine_with_products(shop, [dress]).reply(text, item_id=dress.id, now=NOW)
    assert "机器重工刺绣" in f"{reply.text} {reply.suggestion}" and (reply.mode == "auto") is sent


def test_whether_it_comes_to_harm_is_told_by_a_fact_of_its_kind_that_says_it_bears_it(shop: Shop) -> None:
    """「放门外淋雨会坏不」 of a mat whose 防水 says 不怕水,室外门口也能放: that, sent."""
    mat = _dress(shop, {"care": "", "attributes": {"防水": "PVC材质不怕水,室外门口也能放"}})
    reply = _engine_with_products(shop, [mat]).reply("放门外淋雨会坏不", item_id=mat.id, now=NOW)
    assert reply.mode == "auto"
    assert_says(reply, "不怕水")


def test_whether_the_shop_sells_a_thing_a_fact_of_the_page_names_is_not_that_fact(shop: Shop) -> None:
    """「你们卖卸妆油吗」 on a lipstick's page whose 卸妆 says 建议用卸妆油: whether the shop sells it, drafted as
    not found with what it sells, not how to take the lipstick off."""
    lipstick = _dress(shop, {"attributes": {"卸妆": "建议用卸妆油或唇部专用卸妆液"}})
    reply = _engine_with_products(shop, [lipstick]).reply("你们卖卸妆油吗", item_id=lipstick.id, now=NOW)
    part = reply.parts[0]
    assert (part.case, part.facts["thing"]) == ("not_sold", "卸妆油") and reply.mode != "auto"


def test_a_thing_asked_to_come_with_it_is_the_box_not_a_fact_that_uses_it(shop: Shop) -> None:
    """「带刷子吗」 of a palette whose 内含 says 附带一支双头眼影刷 (刷子 by its 刷): that, not 飞粉, whose words
    say 用刷子蘸完."""
    palette = _dress(shop, {"attributes": {"内含": "9色眼影,附带一支双头眼影刷",
                                           "飞粉": "哑光色有一点点飞粉,用刷子蘸完轻轻弹一下就好"}})
    reply = _engine_with_products(shop, [palette]).reply("带刷子吗", item_id=palette.id, now=NOW)
    assert "双头眼影刷" in reply.text and "飞粉" not in reply.text


@pytest.mark.parametrize(("text", "sent"), [("孔雀鱼能一起养吗", True), ("斗鱼能一起养吗", False)])
def test_a_thing_a_fact_of_living_together_does_not_name_is_drafted(shop: Shop, text: str, sent: bool) -> None:
    """A 混养 that names 孔雀鱼 answers 「孔雀鱼能一起养吗」; of 斗鱼 it says nothing: a person, with it drafted."""
    fish = _dress(shop, {"attributes": {"混养": "可以和孔雀鱼、斑马鱼混养;不能和神仙鱼混养"}})
    reply = _engine_with_products(shop, [fish]).reply(text, item_id=fish.id, now=NOW)
    assert reply.parts[0].case == "facts" and (reply.mode == "handoff") is not sent
    assert "孔雀鱼、斑马鱼" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "sent"), [("鼻托能调吗", True), ("镜腿能调松紧吗", False)])
def test_a_fact_of_one_part_asked_of_another_part_is_drafted(shop: Shop, text: str, sent: bool) -> None:
    """鼻托: 一体式鼻托,不能调节 answers 「鼻托能调吗」; of the 镜腿 it says nothing: a person, with it drafted."""
    frame = _dress(shop, {"attributes": {"鼻托": "一体式鼻托,不能调节", "重量": "约12克"}})
    reply = _engine_with_products(shop, [frame]).reply(text, item_id=frame.id, now=NOW)
    assert reply.parts[0].case == "facts" and (reply.mode == "handoff") is not sent
    assert "不能调节" in reply.text + reply.suggestion


def test_a_case_told_first_and_a_word_asked_after_it_that_one_fact_says_draft_that_fact(shop: Shop) -> None:
    """「我头发很少很短 能夹住不」: 头发 told, 夹住 asked; 固定方式 says 头发太少太短夹不住 (夹住 as 夹不住)."""
    topper = _dress(shop, {"attributes": {"固定方式": "四个BB夹夹在自己的头发上,头发太少太短夹不住的不建议"},
                           "selling_points": "头顶发量少的遮一下", "care": ""})
    reply = _engine_with_products(shop, [topper]).reply("我头发很少很短 能夹住不", item_id=topper.id, now=NOW)
    assert reply.intents == ("product",) and "夹不住" in reply.text + reply.suggestion


def test_a_car_model_none_of_the_facts_names_is_drafted_for_a_person(shop: Shop) -> None:
    """适配车型 names the cars tested (朗逸, Model Y …): 「那理想L7呢」 next, which none names, is a person's
    to confirm, with the fact drafted."""
    fits = {"适配车型": "带ISOFIX接口的轿车和SUV基本都能装;大众朗逸、特斯拉Model Y实测能装"}
    seat = _dress(shop, {"attributes": fits, "care": ""})
    engine = _engine_with_products(shop, [seat])
    first = engine.reply("朗逸适配车型里有吗", item_id=seat.id, now=NOW)
    assert first.mode != "handoff" and "实测能装" in first.text + first.suggestion
    then = engine.reply("那理想L7呢", first.conversation, item_id=seat.id, now=NOW)
    assert then.mode == "handoff" and "实测能装" in then.suggestion


def test_a_thing_asked_to_come_with_it_that_the_box_does_not_name_is_told_the_box(shop: Shop) -> None:
    """「带滤材吗」 of a filter whose 内含 lists 滤棉、生化棉、陶瓷环 and whose 保修 says 滤材是耗材不保修: what is
    in the box first, not the warranty alone."""
    unit = _dress(shop, {"attributes": {"内含": "过滤器主机、白色滤棉2片、生化棉1片、陶瓷环一包",
                                        "保修": "电机保修1年;滤材是耗材不保修"}})
    stated = read_facts(unit, "带滤材吗").stated
    assert stated[0][0] == "内含"
    # a fact that says it is given or not (轮胎: 不送打气筒) answers 「送打气筒不」 itself
    bike = _dress(shop, {"attributes": {"内含": "车身、车把、前车篮", "轮胎": "充气轮胎,不送打气筒"}})
    assert read_facts(bike, "送打气筒不").stated == (("轮胎", "充气轮胎,不送打气筒"),)


@pytest.mark.parametrize("text", ["特斯拉modely能装不", "model y能装吗", "特斯拉Model Y能装吗"])
def test_a_latin_name_said_without_its_spaces_is_the_fact_that_names_it(shop: Shop, text: str) -> None:
    """The buyer's modely is the fact's Model Y: 适配车型, not only how it is put in."""
    attributes = {"安装方式": "ISOFIX加支撑腿", "适配车型": "后排地板下是储物格的车(比如特斯拉Model Y)请先发车型确认"}
    stated = read_facts(_dress(shop, {"attributes": attributes}), normalise(text).text).stated
    assert "适配车型" in dict(stated)


@pytest.mark.parametrize(("text", "facts"), [
    ("能放多久 开了要放冰箱吗", ["保质期", "储存方式"]),  # how long it keeps, and the fact of it opened
    ("开了能放多久", ["储存方式"]),  # how long it keeps opened: that fact alone
    ("能放多久", ["保质期"]),
])
def test_how_long_it_keeps_and_it_opened_are_each_asked_in_their_clause(
        shop: Shop, text: str, facts: list[str]) -> None:
    attributes = {"保质期": "18个月", "储存方式": "密封避光,开封后放冰箱冷藏,一个月内喝完"}
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": attributes}), text).stated] == facts


@pytest.mark.parametrize(("attributes", "text", "missing"), [
    ({"净含量": "每袋335克"}, "一袋多少卡路里", "热量"),  # what 多少 asks is the calories, which no fact says
    ({"保修": "座椅保修2年"}, "座椅有使用年限吗 能用几年", "使用年限"),  # how many years of use: no warranty
])
def test_a_kind_asked_right_after_a_word_asking_how_many_is_missing_where_no_fact_says_it(
        shop: Shop, attributes: dict[str, str], text: str, missing: str) -> None:
    assert missing in read_facts(_dress(shop, {"attributes": attributes, "care": ""}), text).missing


def test_a_fact_named_for_the_kind_answers_its_word_before_a_clause_of_the_selling_points(shop: Shop) -> None:
    """登机 (能不能带进客舱以航空公司规定为准) answers 「能带上飞机吗」, not the selling points' 带上飞机都方便."""
    boarding = {"登机": "折叠后符合多数航空公司随身行李尺寸,能不能带进客舱以航空公司规定为准"}
    stroller = _dress(shop, {"attributes": boarding, "selling_points": "一秒折叠,出门旅行带上飞机都方便", "care": ""})
    assert [key for key, _ in read_facts(stroller, "这个能带上飞机吗").stated] == ["登机"]
    assert "航空公司规定" in dict(read_facts(stroller, "这个能带上飞机吗").stated)["登机"]


@pytest.mark.parametrize(("attributes", "care", "told"), [
    ({"耐温": "可以直接倒开水"}, "可以放洗碗机,不能进微波炉", ("耐温", "可以放洗碗机,不能进微波炉")),  # the care text
    ({"耐温": "可以直接倒开水", "使用": "不能进微波炉加热"}, "", ("使用", "不能进微波炉加热")),
    ({"耐温": "能进微波炉,不能干烧"}, "不能进微波炉", ("耐温", "能进微波炉,不能干烧")),  # its kind's says it
])
def test_a_long_word_of_a_kind_is_told_by_the_fact_that_says_it_not_a_neighbour_of_its_kind(
        shop: Shop, attributes: dict[str, str], care: str, told: tuple[str, str]) -> None:
    bowl = _dress(shop, {"attributes": attributes, "care": care})
    assert read_facts(bowl, "能进微波炉吗").stated == (told,)  # not 「可以直接倒开水」, which reads as a yes


@pytest.mark.parametrize(("attributes", "text"), [
    ({"耐温": "可以直接倒开水,不能放在明火上烧"}, "能用洗碗机洗吗"),
    ({"耐温": "耐温-20到120度"}, "可以放微波炉吗"),
    ({"食用方法": "蒸10分钟即可"}, "能用微波炉热吗"),
])
def test_a_thing_no_fact_speaks_of_is_not_answered_by_a_fact_of_its_kind(
        shop: Shop, attributes: dict[str, str], text: str) -> None:
    """A 耐温 that says only 可以直接倒开水 does not say whether the cup goes in the dishwasher: a person checks."""
    facts = read_facts(_dress(shop, {"attributes": attributes, "care": ""}), text)
    assert facts.stated == () and facts.missing != ()


@pytest.mark.parametrize("text", ["度数写在哪里啊", "度数怎么告诉你们"])
def test_where_to_write_what_the_order_needs_is_the_fact_that_says_the_order_note(shop: Shop, text: str) -> None:
    """「度数写在哪里」: the 配镜说明 saying 在订单备注里写清楚度数, first; not only the 度数范围 its noun names."""
    frame = {"度数范围": "配1.56的适合600度以内", "配镜说明": "拍下后在订单备注里写清楚左右眼的度数和瞳距"}
    stated = [key for key, _ in read_facts(_dress(shop, {"attributes": frame, "care": ""}), text).stated]
    assert stated[0] == "配镜说明"


def test_the_one_that_comes_with_it_asked_of_is_the_box_not_the_fact_of_the_kind(shop: Shop) -> None:
    """「送的硒鼓能打多少张」 of a printer: the starter toner its 内含 lists (约700页), not its 硒鼓 fact of refills."""
    printer = {"硒鼓": "用惠普136A硒鼓,本店兼容136A可以通用", "内含": "打印机主机、随机启动型硒鼓(约700页)、电源线"}
    facts = read_facts(_dress(shop, {"attributes": printer, "care": ""}), "送的硒鼓能打多少张")
    assert [key for key, _ in facts.stated] == ["内含"]
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": printer, "care": ""}), "硒鼓用哪个型号").stated] \
        == ["硒鼓"]


def test_whether_a_thing_must_be_bought_apart_is_told_what_comes_with_it(shop: Shop) -> None:
    """「降压线要另外买吗」 of a dash cam: its 包含, which says the 套装版 adds one, beside the 降压线's own fact."""
    cam = {"降压线": "接保险盒取电,低于11.8V自动断电", "安装": "接降压线要进保险盒,建议到门店装",
           "包含": "主机、后摄像头、点烟器车充;降压线套装版另加一根降压线"}
    stated = [key for key, _ in read_facts(_dress(shop, {"attributes": cam, "care": ""}), "降压线要另外买吗").stated]
    assert "包含" in stated and "安装" not in stated


def test_how_many_boxes_a_room_needs_is_the_fact_of_how_much_to_buy_first(shop: Shop) -> None:
    """「阳台8平米要几箱」 of tiles: 用量 (房间面积除以1.92,再加5%损耗) first, before a 防滑 that names 阳台."""
    tiles = {"用量": "房间面积除以1.92,再加5%左右损耗", "防滑": "哑光面,厨房阳台也能铺",
             "每箱片数": "每箱3片共1.92平米"}
    stated = [key for key, _ in read_facts(_dress(shop, {"attributes": tiles, "care": ""}), "阳台8平米要几箱").stated]
    assert stated[0] == "用量"


@pytest.mark.parametrize(("text", "told"), [
    ("gps要钱吗", ["防盗"]),  # the one that prices it
    ("gps保修吗", ["保修"]),
])
def test_a_technical_word_in_several_facts_asked_what_it_costs_is_the_fact_that_prices_it(
        shop: Shop, text: str, told: list[str]) -> None:
    bike = {"防盗": "GPS定位,车被挪动手机会收到提醒,首年GPS服务免费,第二年起每年48元",
            "保修": "车架5年,电机3年,GPS模块1年"}
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": bike, "care": ""}), text).stated] == told


@pytest.mark.parametrize(("text", "told"), [
    ("带盆吗", ["尺寸", "发货方式"]), ("带不带盆", ["尺寸", "发货方式"]), ("送盆吗", ["尺寸", "发货方式"]),
    ("送土吗", ["发货方式"]),  # 带原土
    ("送货吗", []), ("带人吗", []),  # no thing by itself
    ("送货上门吗", []),  # 送货 names no thing
])
def test_a_thing_asked_to_come_with_it_by_one_character_is_told_the_facts_that_say_it(
        shop: Shop, text: str, told: list[str]) -> None:
    """「带盆吗」 of succulents: the facts saying 不带花盆 (盆 said, 花盆 written), whatever their names."""
    pots = {"尺寸": "每棵直径3到6cm,装在育苗杯里,不带花盆", "发货方式": "裸根带原土装在育苗杯里发,不带花盆",
            "光照": "每天晒4小时"}
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": pots, "care": ""}), text).stated] == told


@pytest.mark.parametrize(("text", "told"), [
    ("带变速线没", ["包装内含"]),  # 不含变速线: a thing of a few characters in the box
    ("气压打多少合适", ["胎压"]), ("防扎不", ["防刺"]),  # a bike tyre's words, the file's own names
    ("带内胎吗 防扎不", ["内胎", "防刺"]),
])
def test_a_bike_parts_facts_are_found_by_the_buyers_words(shop: Shop, text: str, told: list[str]) -> None:
    tyre = {"内胎": "不含内胎,需要另外买", "胎压": "700x25c建议85-110psi",
            "防刺": "胎面下有芳纶防刺层,钉子扎还是会破",
            "包装内含": "右指拨1个、后拨1个、飞轮1个、链条1条,不含变速线和前拨"}
    parts = _dress(shop, {"attributes": tyre, "care": "", "aliases": ["变速套件", "变速"]})  # (变速 of 变速线)
    assert [key for key, _ in read_facts(parts, text).stated] == told


@pytest.mark.parametrize(("text", "told"), [
    ("自己能换吗", ["怎么换"]), ("好换吗", ["怎么换"]), ("怎么换", ["怎么换"]),  # fitting a new one yourself
])
def test_how_a_part_used_up_is_changed_is_its_fact_of_changing_it(shop: Shop, text: str, told: list[str]) -> None:
    filters = {"更换周期": "PPC复合滤芯12个月换一次", "怎么换": "旋转卡扣式,拧下来装新的就行,不用工具"}
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": filters, "care": ""}), text).stated] == told


@pytest.mark.parametrize(("attributes", "text", "told"), [
    ({"产地": "德国工厂生产", "保质期": "18个月,2026年9月以后生产的"}, "几月产的", ["保质期"]),  # not 产地
    ({"保质期": "未开封18个月", "生产日期": "2026年10月以后生产的"}, "不会是临期的吧", ["保质期", "生产日期"]),
    ({"保质期": "未开封18个月"}, "不会是临期的吧", ["保质期"]),
])
def test_when_it_was_made_is_told_by_a_date_said_of_it_and_near_its_end_by_both(
        shop: Shop, attributes: dict[str, str], text: str, told: list[str]) -> None:
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": attributes, "care": ""}), text).stated] == told


@pytest.mark.parametrize(("text", "told"), [
    ("四个月吃哪个", ["适用年龄"]),  # an age said with what it eats: the ages the food is for
    ("孩子5岁能睡吗", ["适用年龄"]),  # or sleeps on
    ("泰迪四个月吃哪个", ["适用年龄", "适用品种"]),  # and the breed beside it, not the breed alone
])
def test_an_age_said_with_what_to_feed_asks_the_ages_it_is_for(shop: Shop, text: str, told: list[str]) -> None:
    food = {"适用年龄": "幼犬粮适合断奶后到10个月;成犬粮适合10个月以上", "适用品种": "全犬种通用"}
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": food, "care": ""}), text).stated] == told


@pytest.mark.parametrize(("text", "told"), [
    ("一天喂多少", ["食用方法"]),  # how much a day, said in how it is fed (每天不超过10克)
    ("狗狗也能吃吗", ["适用年龄"]),  # which animals, said in its ages (猫狗都可以吃)
    ("冻干一天喂多少 狗狗也能吃吗", ["食用方法", "适用年龄"]),
])
def test_how_much_to_feed_and_which_animals_are_told_by_the_facts_that_say_them(
        shop: Shop, text: str, told: list[str]) -> None:
    treats = {"食用方法": "当零食每天不超过10克,也可以泡温水5分钟", "适用年龄": "3个月以上的猫狗都可以吃"}
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": treats, "care": ""}), text).stated] == told


def test_how_one_of_two_variants_differs_is_the_facts_telling_them_apart(make_engine: Callable[..., Engine]) -> None:
    """「幼猫的配方有啥不一样」 of a cat food in 幼猫粮 and 成猫粮: what tells the one from the other."""
    food = {"id": "food", "name": "全价猫粮", "price": 109, "colours": ["幼猫粮", "成猫粮"], "sizes": ["1.5kg"],
            "variant_aliases": {"幼猫粮": ["幼猫", "幼猫的"]}, "selling_points": "无谷配方,鲜鸡肉排第一位",
            "attributes": {"配料": "鲜鸡肉、三文鱼(幼猫粮另加羊奶粉和DHA)", "产地": "山东",
                           "营养成分": "幼猫粮粗蛋白不低于42%;成猫粮粗蛋白不低于38%"}}
    reply = make_engine(products=[food]).reply("幼猫的配方有啥不一样", item_id="food")
    said = reply.text + reply.suggestion
    assert "羊奶粉和DHA" in said and "42%" in said and "山东" not in said and "鲜鸡肉排第一位" not in said


@pytest.mark.parametrize(("text", "told"), [
    ("驱虫片一次吃几片", ["用量"]),  # how many are taken: the dose, not the packs of 4 and 12
    ("狗子15公斤 一天几袋", ["用量"]),  # a day's sachets, not a size for the dog's weight
    ("一盒几片", ["规格"]),  # how many come in one: the packs
    ("多久喂一次", ["使用频率"]), ("几个月用一次", ["使用频率"]), ("也是一个月一次吗", ["使用频率"]),
])
def test_a_dose_and_how_often_are_told_by_their_facts_not_the_packs(
        shop: Shop, text: str, told: list[str]) -> None:
    tablets = _dress(shop, {"care": "", "size_label": "规格", "sizes": ["1板4片", "3板12片"],
                            "size_chart": [], "stock": {}, "restock": [], "prices": {},
                            "attributes": {"用量": "每4公斤体重吃1片", "使用频率": "成年猫每3个月吃一次"}})
    assert [key for key, _ in read_facts(tablets, text).stated] == told


@pytest.mark.parametrize(("text", "told"), [
    ("小样一支几毫升", ["单支容量"]), ("一支多少ml", ["单支容量"]),  # a volume: the fact stating it, never the packs
    ("一盒有几支", ["规格"]),  # how many: the packs
])
def test_a_volume_asked_of_goods_sold_by_count_is_the_fact_stating_it(shop: Shop, text: str, told: list[str]) -> None:
    samples = _dress(shop, {"care": "", "size_label": "规格", "sizes": ["5支装", "10支装"], "size_chart": [],
                            "stock": {}, "restock": [], "prices": {}, "attributes": {"单支容量": "每支2ml"}})
    assert [key for key, _ in read_facts(samples, text).stated] == told


@pytest.mark.parametrize(("text", "said"), [
    ("玫瑰的留香多久", ["6到8小时"]),  # the perfume called 玫瑰, not the gift box's 玫瑰款 nor the page's own
    ("跟那个玫瑰的比哪个留香久", ["4到6小时", "6到8小时"]),  # the page's and the one it is set beside
])
def test_a_product_named_with_de_is_that_product_though_another_has_a_style_so_called(
    make_engine: Callable[..., Engine], text: str, said: list[str]
) -> None:
    rose = {"id": "rose", "name": "晨露玫瑰淡香精", "aliases": ["玫瑰"], "price": 299, "colours": ["普通装"],
            "sizes": ["50ml"], "attributes": {"留香时间": "大约6到8小时"}}
    cedar = {"id": "cedar", "name": "雪松淡香水", "price": 329, "colours": ["经典款"], "sizes": ["50ml"],
             "attributes": {"留香时间": "大约4到6小时"}}
    box = {"id": "box", "name": "圣诞香氛礼盒", "price": 599, "colours": ["玫瑰款", "雪松款"], "sizes": ["标准礼盒"]}
    reply = make_engine(products=[rose, cedar, box]).reply(text, item_id="cedar")
    assert reply.mode == "auto"
    for each in said:
        assert_says(reply, each)
    assert len(said) == 2 or "4到6小时" not in reply.text


def test_a_variant_named_after_a_fact_asks_it_of_that_variant_not_a_word_running_on_from_its_name(
    make_engine: Callable[..., Engine],
) -> None:
    """「锂电的能跑多远」 … 「那铅酸的呢」: the 续航 again, of the lead-acid one; not 酸的 asking a sourness."""
    bike = {"id": "bike", "name": "电动自行车", "price": 2199, "colours": ["星空灰"],
            "sizes": ["48V13Ah锂电", "48V20Ah铅酸"],
            "variant_aliases": {"48V13Ah锂电": ["锂电"], "48V20Ah铅酸": ["铅酸"]},
            "attributes": {"续航": "锂电版约55公里,铅酸版约65公里", "载重": "最大载重100公斤"}}
    engine = make_engine(products=[bike])
    first = engine.reply("锂电的能跑多远", item_id="bike")
    then = engine.reply("那铅酸的呢", first.conversation, item_id="bike")
    assert (then.mode, then.parts[0].case) == ("auto", "facts")
    assert_says(then, "65公里")


def test_the_goods_own_kind_in_a_facts_words_finds_no_fact(shop: Shop) -> None:
    """「奶瓶能放微波炉里热奶吗」 of a bottle (category 奶瓶) whose 更换周期 says 奶瓶建议6个月左右换一个: not that
    fact, which says nothing of a microwave; a person says."""
    bottle = _dress(shop, {"care": "", "category": "奶瓶", "attributes": {
        "耐温": "耐温180度,可以沸水煮", "更换周期": "奶瓶建议6个月左右换一个"}})
    reply = _engine_with_products(shop, [bottle]).reply("奶瓶能放微波炉里热奶吗", item_id=bottle.id, now=NOW)
    assert reply.mode == "handoff" and "6个月" not in f"{reply.text} {reply.suggestion}"


@pytest.mark.parametrize(("text", "told", "untold"), [
    ("有没有续航一百公里的车", "约100公里", "约55公里"),  # the page's says another range: the one other that says it
    ("有没有续航55公里的", "约55公里", "约100公里"),  # the page's own says it
    ("有没有续航200公里的", "约55公里", "约100公里"),  # none says it: the page's own, as it was
])
def test_goods_asked_for_by_a_measure_the_page_does_not_state_are_the_one_other_stating_it(
        make_engine: Callable[..., Engine], text: str, told: str, untold: str) -> None:
    bikes = [{"id": pid, "name": name, "price": 2199, "colours": ["灰色"], "sizes": ["标准版"],
              "attributes": {"续航": reach, "载重": "最大载重100公斤"}}
             for pid, name, reach in (("s3", "S3通勤电动车", "约55公里"), ("k1", "K1长续航电动车", "约100公里"))]
    reply = make_engine(products=bikes).reply(text, item_id="s3")
    assert reply.mode == "auto"
    assert_says(reply, told)
    assert untold not in reply.text


def test_whether_a_cat_scratches_it_is_told_by_a_fact_of_another_name_saying_so(shop: Shop) -> None:
    """「家里养了两只猫 会不会被抓烂」 of a cover whose 宠物 says 对猫抓有一定耐受: that, not a fact the file lacks."""
    cover = _dress(shop, {"care": "", "attributes": {"宠物": "雪尼尔绒对猫抓有一定耐受,但不是防猫抓面料"}})
    assert [key for key, _ in read_facts(cover, "家里养了两只猫 会不会被抓烂").stated] == ["宠物"]


@pytest.mark.parametrize("text", ["那我老公两百斤呢 睡软的会不会塌", "体重大的睡哪种好"])
def test_whether_it_sags_under_a_heavy_sleeper_is_its_firmness(shop: Shop, text: str) -> None:
    mattress = _dress(shop, {"care": "", "attributes": {"软硬度": "偏软适合体重轻的,偏硬适合腰不好和体重大的"}})
    assert [key for key, _ in read_facts(mattress, text).stated] == ["软硬度"]


def test_how_it_is_changed_said_loosely_asks_nothing_where_no_fact_says_it(shop: Shop) -> None:
    """「怎么换」 of a dress with no fact of changing parts: too general to be asked (an exchange, likely)."""
    assert read_facts(_dress(shop, {"attributes": {"面料": "棉"}, "care": ""}), "怎么换").missing == ()


@pytest.mark.parametrize(("attributes", "text"), [
    ({"电池容量": "100W配20000毫安锂电池"}, "电池能用几年"),  # how many years: the warranty's words
    ({"电池容量": "100W配20000毫安锂电池"}, "电池保修多久"),
])
def test_a_facts_head_asked_a_kind_it_is_not_is_not_that_fact(
        shop: Shop, attributes: dict[str, str], text: str) -> None:
    """电池容量 is named by 电池, but 「电池能用几年」 asks how long the battery lasts, which it does not say."""
    facts = read_facts(_dress(shop, {"attributes": attributes, "care": ""}), text)
    assert "电池容量" not in dict(facts.stated) and facts.missing != ()


@pytest.mark.parametrize(("attributes", "text"), [
    ({"电池容量": "100W配20000毫安锂电池"}, "电池多大"),
    ({"遥控距离": "约80米"}, "遥控多远"),
])
def test_a_facts_head_asked_a_bare_measure_is_that_fact(shop: Shop, attributes: dict[str, str], text: str) -> None:
    assert [key for key, _ in read_facts(_dress(shop, {"attributes": attributes, "care": ""}), text).stated] == [
        next(iter(attributes))]


@pytest.mark.parametrize(("text", "missing"), [("能装在楼道里吗", True), ("能装在瓷砖墙上吗", False)])
def test_a_place_to_install_is_answered_only_by_a_fact_that_names_it(shop: Shop, text: str, missing: bool) -> None:
    """The installation terms say nothing of a 楼道: that part is a person's to check; they do name 瓷砖墙."""
    unit = _dress(shop, {"attributes": {"安装": "免费标准安装,含1个墙孔(混凝土或瓷砖墙另收80元)"}, "care": ""})
    assert (read_facts(unit, text).missing != ()) is missing


def test_a_variants_own_name_is_not_read_as_a_fact_asked(shop: Shop) -> None:
    product = shop.product("dress-floral")
    assert product is not None
    product = product.model_copy(update={"attributes": {"电池": "2000毫安"}, "sizes": ["单电池", "双电池"],
                                         "stock": {}, "size_chart": [], "restock": []})
    assert not read_facts(product, "双电池的多少钱").asked
    assert read_facts(product, "电池多大容量").stated


@pytest.mark.parametrize(
    ("text", "asks_packaging"),
    [
        ("这个礼盒啥时候发货", False),  # the end of the product's name after 这个: the product itself
        ("这个礼盒包装好看吗", True),  # 包装 is still asked
        ("有礼盒吗", True),  # no pointing word: the packaging is asked
    ],
)
def test_the_product_pointed_at_by_the_end_of_its_name_asks_no_fact(
    shop: Shop, text: str, asks_packaging: bool
) -> None:
    product = shop.product("dress-floral")
    assert product is not None
    product = product.model_copy(update={"name": "新春团圆酒礼盒", "aliases": [],
                                         "attributes": {"包装": "红色礼盒配手提袋"}})
    assert (("包装", "红色礼盒配手提袋") in read_facts(product, text).stated) is asks_packaging


@pytest.mark.parametrize(
    ("attributes", "text", "evidence"),
    [
        ({"酒精度": "13.5%vol"}, "多少度", True),  # a general word asked alone asks the stated fact
        ({"酒精度": "13.5%vol"}, "这个多少度啊", True),
        ({"兼容": "苹果安卓都能用"}, "能用吗", True),
        ({"兼容": "苹果安卓都能用"}, "优惠券能用吗", False),  # the coupon is asked, not the product
        ({"兼容": "苹果安卓都能用"}, "到付能用吗", False),
    ],
)
def test_a_general_word_is_evidence_only_when_it_is_all_that_is_asked(
    shop: Shop, attributes: dict[str, str], text: str, evidence: bool
) -> None:
    product = shop.product("dress-floral")
    assert product is not None
    product = product.model_copy(update={"attributes": attributes})
    assert bool(read_facts(product, text, weak=False).stated) is evidence


def test_how_long_it_keeps_once_opened_is_the_storage_not_only_the_shelf_life() -> None:
    snacks = Engine(load_shop("snacks"), rng=random.Random(0))
    reply = snacks.reply("开袋后能放多久", item_id="jerky", now=NOW)
    assert reply.intents == ("product",)
    assert "三天内吃完" in str(reply.parts[0].facts["facts"])


@pytest.mark.parametrize(
    ("shop_name", "item", "message", "facts"),
    [
        ("clothing", "dress-floral", "有几种颜色", "颜色：米白色、雾霾蓝、黑色"),
        ("snacks", "jerky", "在吗 牛肉干有几种口味", "口味：原味、麻辣味、五香味"),  # named as the shop names them
    ],
)
def test_how_many_colours_or_flavours_lists_those_it_comes_in(shop_name: str, item: str, message: str,
                                                              facts: str) -> None:
    reply = Engine(load_shop(shop_name), rng=random.Random(0)).reply(message, item_id=item, now=NOW)
    assert reply.intents == ("product",)
    assert reply.parts[0].facts["facts"] == facts


def test_the_buyers_own_word_is_looked_for_first_in_every_text(engine: Engine) -> None:
    # 「会缩水吗」: the care text's 以免缩水, not a selling point that speaks of 变形 (of the same kind)
    reply = engine.reply("会缩水吗", item_id="tee-basic", now=NOW)
    assert "以免缩水" in str(reply.parts[0].facts["facts"])


def test_a_word_that_is_the_products_own_alias_asks_no_fact(shop: Shop) -> None:
    """A gift box called 礼盒 by the shop: 「金骏眉礼盒有吗」 names it and asks no packaging."""
    product = shop.product("dress-floral")
    assert product is not None
    product = product.model_copy(update={"name": "武夷红茶礼盒", "aliases": ["礼盒"],
                                         "attributes": {"包装": "木纹纸礼盒加手提袋"}})
    assert not read_facts(product, "金骏眉礼盒有吗").asked
    assert read_facts(product, "礼盒包装好看吗").stated  # 包装 is still asked


@pytest.mark.parametrize(("attributes", "text", "says"), [
    # the stated fact is located where it was asked, so it is a question of its own
    ({"甜度": "糖度13度左右,甜中带酸"}, "甜吗 能便宜点不", ("糖度13度",)),
    # 送人 names the gift fact too, but its clause asks nothing: where the fact is asked is 能挂红绸带吗
    ({"开业送礼": "可以免费挂红绸带和手写贺卡"}, "开业送人 M码多少钱 能挂红绸带吗", ("红绸带", "169元")),
])
def test_a_fact_asked_beside_another_question_is_answered_too(shop: Shop, attributes: dict[str, str], text: str,
                                                             says: tuple[str, ...]) -> None:
    data = shop.model_dump()
    for product in data["products"]:
        if product["id"] == "dress-floral":
            product["attributes"] = attributes
    reply = Engine(Shop.model_validate(data)).reply(text, item_id="dress-floral")
    assert set(reply.intents) == {"bargain", "product"}
    assert all(said in reply.suggestion for said in says)



@pytest.mark.parametrize(("attributes", "text", "fact"), [
    ({"适饮温度": "6到8度,冰镇后喝", "酒精度": "7%vol"}, "要冰着喝吗", "适饮温度"),  # how cold, not how strong
    ({"原料": "高粱、小麦、水", "香型": "酱香型"}, "是纯粮食酒吗", "原料"),
    ({"包装内含": "只有充电器1个,不带数据线", "兼容": "PD协议"}, "充电器带线吗", "包装内含"),
])
def test_a_kind_asked_in_buyers_words_of_drink_and_chargers_is_its_fact(
        shop: Shop, attributes: dict[str, str], text: str, fact: str) -> None:
    assert list(dict(read_facts(_dress(shop, {"attributes": attributes}), text).stated)) == [fact]


@pytest.mark.parametrize(("attributes", "text", "fact"), [
    ({"续航": "单块电池最长约34分钟", "重量": "249克"}, "一块电池能飞多久", "续航"),
    ({"抗风": "最大能抗5级风", "图传距离": "10公里"}, "我们海边风大 能飞不", "抗风"),
    ({"实名登记": "120米以下飞不需要执照", "重量": "720克"}, "要考证吗", "实名登记"),
    ({"适用体重": "宝宝体重22公斤以内都可以坐", "重量": "车身净重5.9公斤"}, "最多坐到多少斤啊", "适用体重"),
    ({"可躺角度": "靠背95°到175°无级调节", "重量": "5.9公斤"}, "能躺平吗 多少度", "可躺角度"),  # an angle, no heat
    ({"车宽": "车宽76厘米,门框80厘米以上都能推过去", "重量": "9.8公斤"}, "我家门78宽 能推进去吗", "车宽"),
    ({"适用年龄": "出生到4岁", "重量": "9.8公斤"}, "能用到几个月", "适用年龄"),
    ({"材质": "防泼水尼龙面料,只防泼水,不能泡水", "尺寸": "30x20厘米"}, "防水吗", "材质"),  # said in the material
    ({"炸机维修": "寄回售后检测,检测后报价自费维修", "重量": "249克"}, "修一下大概多少钱", "炸机维修"),
    ({"速度": "1到12公里每小时", "承重": "120公斤"}, "最快能跑多快", "速度"),
    ({"噪音": "约55分贝", "承重": "跑起来更稳,承重120公斤"}, "跑起来楼下会不会听到啊", "噪音"),
    ({"占地": "展开约1.6米x0.75米", "尺寸": "170x80x30厘米"}, "放客厅要占多大地方", "占地"),
    ({"刻字": "最多刻8个汉字,刻字另加15元", "笔尖粗细": "EF尖约0.38mm"}, "最多刻几个字", "刻字"),
    ({"混养": "可以和斑马鱼、红绿灯混养", "水温": "22到28度"}, "能跟斑马鱼一起养不", "混养"),
    ({"水温": "22到26度,冬天一定要用加热棒", "混养": "可以和孔雀鱼混养"}, "要不要加热棒啊", "水温"),
    ({"容纳": "40cm缸20条以内", "尺寸": "40x25x30厘米"}, "能养几条鱼", "容纳"),
    ({"重量范围": "单只从2.5公斤调到24公斤", "材质": "钢片外包软胶"}, "最轻能调到几公斤", "重量范围"),
])
def test_a_kind_asked_in_buyers_words_of_drones_and_strollers_is_its_fact(
        shop: Shop, attributes: dict[str, str], text: str, fact: str) -> None:
    facts = read_facts(_dress(shop, {"attributes": attributes}), text)
    assert list(dict(facts.stated)) == [fact] and not facts.missing


def test_an_amount_asked_is_told_by_sizes_that_are_amounts(shop: Shop) -> None:
    product = shop.product("dress-floral")
    assert product is not None
    cream = product.model_copy(update={"sizes": ["50g"], "stock": {}, "size_chart": [], "restock": []})
    assert dict(read_facts(cream, "多少克").stated) == {"净含量": "50g"}
    assert not read_facts(product, "多少克").stated  # S, M, L say no amount


def test_a_fact_in_the_selling_points_is_found_whatever_its_letter_case(shop: Shop) -> None:
    sunscreen = _dress(shop, {"selling_points": "SPF50+ PA++++,质地清透"})
    assert "SPF50+" in dict(read_facts(sunscreen, "spf多少").stated).get("防晒", "")


def test_a_thing_asked_to_come_with_it_stays_on_the_page_though_another_product_is_named() -> None:
    """「带枕芯吗」 on a pillowcase's page asks what it comes with (its 内含), though the shop
    sells a 枕芯; 「枕芯多少钱」 asks of that product."""
    shop = load_shop("clothing").model_copy(deep=True)
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"内含": "枕套一对,不带枕芯"}
    data["products"][1]["aliases"] = [*data["products"][1]["aliases"], "枕芯"]
    engine = Engine(Shop.model_validate(data))
    page = data["products"][0]["id"]
    reply = engine.reply("带枕芯吗", item_id=page)
    assert reply.parts[0].case == "facts" and "不带枕芯" in reply.suggestion
    priced = engine.reply("枕芯多少钱", item_id=page)
    assert data["products"][0]["name"] not in priced.suggestion


def test_a_thing_asked_to_be_had_that_the_page_lists_as_coming_with_it_keeps_the_talk_on_the_page(
        make_engine: Callable[..., Engine]) -> None:
    """「有礼袋吗」 on a gift box whose 内含 lists 手提礼袋一个 asks what comes with it, though the shop sells
    gift bags: the box's contents are told, and 「红色的有么」 next is still of the box; on a bottle sold
    without one it asks of the bags."""
    box = {"id": "box", "name": "双支皮盒礼盒", "price": 328, "colours": ["黑色皮盒", "红色皮盒"], "sizes": ["双支装"],
           "attributes": {"内含": "干红两支、海马刀开瓶器、手提礼袋一个"}}
    bottle = {"id": "bottle", "name": "干红单支", "price": 128, "colours": ["标准"], "sizes": ["750ml"],
              "attributes": {"包装": "单支不带礼袋,需要可以另拍礼袋"}}
    bag = {"id": "bag", "name": "红酒礼袋", "aliases": ["礼袋"], "price": 5, "colours": ["红色", "黑色"],
           "sizes": ["单支装"]}
    engine = make_engine(products=[box, bottle, bag])
    reply = engine.reply("送领导的 有礼袋吗", item_id="box")
    assert reply.parts[0].case == "facts" and "手提礼袋一个" in reply.text + reply.suggestion
    after = engine.reply("红色的有么", reply.conversation, item_id="box")
    assert "红色皮盒" in after.text + after.suggestion
    assert "红酒礼袋" in engine.reply("有礼袋吗", item_id="bottle").text


@pytest.mark.parametrize(("text", "fact"), [("防蓝光的会发黄吗", True), ("防蓝光有吗", False), ("防蓝光到了吗", False)])
def test_a_fact_named_as_a_variant_is_asked_by_its_name(shop: Shop, text: str, fact: bool) -> None:
    lens = _dress(shop, {"colours": ["普通膜", "防蓝光"], "attributes": {"防蓝光": "看白墙有一点点偏黄"}})
    assert bool(read_facts(lens, text).stated) == fact  # 有吗 asks the goods, not the fact


def test_a_follow_up_naming_another_facts_name_asks_that_fact(shop: Shop) -> None:
    engine = _bare(shop, attributes={"适用年龄": "9个月到12岁", "反向安装": "不能反向安装,只能正向"})
    first = engine.reply("适合几岁", item_id="dress-floral", now=NOW)
    then = engine.reply("那能反向吗", first.conversation, item_id="dress-floral", now=NOW)
    assert "只能正向" in then.suggestion and "12岁" not in then.suggestion  # not the ages again


def test_a_weight_asked_is_no_load_a_fact_named_for_it_carries(shop: Shop) -> None:
    """「椅子本身多重」 of a chair whose 承重 says 约150公斤: not that (a load, not its weight), though a length asked
    is told by the one fact named for it (「袜子多高的」: 筒高)."""
    chair = _dress(shop, {"attributes": {"承重": "约150公斤", "材质": "网布"}})
    assert "承重" not in dict(read_facts(chair, "椅子本身多重").stated)


def test_a_follow_up_a_clause_of_the_goods_own_words_speaks_of_asks_that_clause(shop: Shop) -> None:
    """「能戴着洗澡吗」 (不能碰水) … 「那喷香水呢」: the care clause of 先化妆喷香水再戴, not the water again."""
    engine = _bare(shop, care="不能碰水,洗澡游泳前摘下;不要接触香水和化妆品,先化妆喷香水再戴",
                   attributes={"证书": "每条都带鉴定证书"})
    first = engine.reply("能戴着洗澡吗", item_id="dress-floral", now=NOW)
    then = engine.reply("那喷香水呢", first.conversation, item_id="dress-floral", now=NOW)
    said = then.text + then.suggestion
    assert "先化妆喷香水再戴" in said and "洗澡游泳前摘下" not in said


def test_a_count_asked_of_a_fact_that_counts_in_its_measure_is_told(shop: Shop) -> None:
    ink = _dress(shop, {"attributes": {"墨水": "黑色一瓶39元,约打4500页"}})
    facts = read_facts(ink, "一瓶墨水能打多少张")
    assert dict(facts.stated) == {"墨水": "黑色一瓶39元,约打4500页"} and not facts.missing  # 页数 told in 页


@pytest.mark.parametrize("text", ["暖和吗 有暖气的屋子会不会热", "厚吗 暖气房热不热"])
def test_a_kind_asked_that_a_fact_told_speaks_of_in_the_buyers_word_is_not_missing(shop: Shop, text: str) -> None:
    thick = _dress(shop, {"attributes": {"厚度": "220克加厚,适合冬天,暖气房里可能会偏热"}})
    facts = read_facts(thick, text)
    assert dict(facts.stated) == {"厚度": "220克加厚,适合冬天,暖气房里可能会偏热"} and not facts.missing


@pytest.mark.parametrize(("text", "facts"), [
    ("是黑心棉吗 能水洗吗", {"填充物", "能水洗吗"}),  # each clause its own fact: 黑心棉 says 填充物 alone
    ("配件齐全吗 有螺丝吗", {"配件"}),  # 螺丝 is in the 配件 told: no second fact for it
])
def test_each_question_of_a_line_gets_its_own_fact(shop: Shop, text: str, facts: set[str]) -> None:
    attributes = {"填充物": "新疆一级长绒棉,不是黑心棉", "能水洗吗": "不能水洗,会结块",
                  "配件": "送挂钩、支架和膨胀螺丝", "安装": "墙上打孔装,配了膨胀螺丝"}
    engine = _bare(shop, attributes=attributes)
    part = engine.reply(text, item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "facts" and {name for name in attributes if f"{name.removesuffix('吗')}：" in part.text} \
        == {name for name in facts}


def test_a_choice_asked_beside_a_fact_that_names_its_subject_gets_its_own_fact(shop: Shop) -> None:
    """「金线是印的还是织的 会掉色吗」: 掉色 names 金线 too, but 印 or 织 only 面料 says."""
    attributes = {"面料": "织金面料,金线是织进去的不是印上去的", "掉色": "金线和底布都不掉色"}
    engine = _bare(shop, attributes=attributes)
    part = engine.reply("这个金线是印的还是织的 会掉色吗", item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "facts" and "金线是织进去的" in part.text and "都不掉色" in part.text


def test_a_fact_named_with_another_products_name_stays_on_the_page() -> None:
    """「含床垫吗」 on a bed's page asks its 是否含床垫, though 床垫 names the shop's mattress."""
    shop = load_shop("clothing").model_copy(deep=True)
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"是否含腰带": "不含腰带"}
    data["products"][1]["aliases"] = [*data["products"][1]["aliases"], "腰带"]
    engine = Engine(Shop.model_validate(data))
    reply = engine.reply("含腰带吗", item_id=data["products"][0]["id"])
    assert reply.parts[0].case == "facts" and "不含腰带" in reply.suggestion
    assert "含腰带：不含腰带" in reply.suggestion  # the fact's point, not 「是否含腰带」


@pytest.mark.parametrize(("text", "of_page"), [("含腰带吗", True), ("腰带多少钱", False)])
def test_the_price_of_a_thing_the_page_says_is_sold_apart_is_that_things(text: str, of_page: bool) -> None:
    """「腰带多少钱」 on a dress's page whose 腰带 says 不含腰带,可以另拍本店的腰带: the belt's price, not the
    dress's; 「含腰带吗」 still asks the dress's fact."""
    data = load_shop("clothing").model_dump()
    data["products"][0]["attributes"] = {"腰带": "不含腰带,可以另拍本店的腰带"}
    data["products"][1]["aliases"] = [*data["products"][1]["aliases"], "腰带"]
    reply = Engine(Shop.model_validate(data)).reply(text, item_id=data["products"][0]["id"])
    assert reply.conversation.product_id == data["products"][0 if of_page else 1]["id"]


@pytest.mark.parametrize(("text", "of_page"), [("电池多少钱", False), ("电池能单独买吗 多少钱", False),
                                              ("电池能用多久", True), ("电池是什么电池", True)])
def test_the_price_of_goods_sold_apart_named_by_a_fact_that_prices_nothing_is_those_goods(text: str,
                                                                                         of_page: bool) -> None:
    """「电池多少钱」 on a ride-on car's page whose 电池 says 2块12V7AH电池 (pieces, no sum): the battery sold as
    电池; what the battery is or lasts stays the car's fact."""
    data = load_shop("clothing").model_dump()
    data["products"][0]["attributes"] = {"电池": "双驱是1块12V7AH电池,四驱是2块12V7AH电池"}
    data["products"][1]["aliases"] = [*data["products"][1]["aliases"], "电池"]
    reply = Engine(Shop.model_validate(data)).reply(text, item_id=data["products"][0]["id"])
    assert reply.conversation.product_id == data["products"][0 if of_page else 1]["id"]


@pytest.mark.parametrize("text", ["含被芯吗", "包含被芯吗", "四件套里有被芯吗", "里面有没有被芯"])
def test_what_comes_with_the_product_named_by_another_products_name_is_its_own_fact(text: str) -> None:
    shop = load_shop("clothing").model_copy(deep=True)
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"内含": "被套、床单、两只枕套,不含被芯"}
    data["products"][1]["aliases"] = [*data["products"][1]["aliases"], "被芯"]
    reply = Engine(Shop.model_validate(data)).reply(text, item_id=data["products"][0]["id"])
    assert reply.conversation.product_id == data["products"][0]["id"] and "不含被芯" in reply.suggestion


def test_the_material_of_a_part_is_not_the_products_own_material(shop: Shop) -> None:
    """「拉链五金是什么材质的」: the 五金's material, which the file does not state; not the bag's 材质."""
    bag = _dress(shop, {"attributes": {"材质": "加厚帆布"}})
    facts = read_facts(bag, "拉链五金是什么材质的")
    assert "材质" not in dict(facts.stated) and "五金" in facts.missing
    assert dict(read_facts(bag, "什么材质的").stated)["材质"] == "加厚帆布"
    # nor a fact whose words happen to hold the part (一个拉链暗袋 says nothing of what the zip is made of)
    inside = bag.model_copy(update={"attributes": {"材质": "加厚帆布", "内部结构": "两个插袋、一个拉链暗袋"}})
    assert not read_facts(inside, "拉链五金是什么材质的").stated
    assert dict(read_facts(inside, "有拉链吗").stated) == {"内部结构": "两个插袋、一个拉链暗袋"}


def test_a_kind_of_hair_asked_is_the_material(shop: Shop) -> None:
    """「刷毛是动物毛还是人造毛啊」 of brushes: the 刷毛材质 fact, a kind of hair being a material."""
    brush = _dress(shop, {"attributes": {"刷毛材质": "散粉刷是山羊毛,粉底刷是进口纤维毛", "保修": "掉毛30天包换"}})
    assert "刷毛材质" in dict(read_facts(brush, "刷毛是动物毛还是人造毛啊").stated)


def test_a_number_said_after_a_table_of_facts_is_told_its_part(make_engine: Callable[..., Engine]) -> None:
    """「我近视650度配哪个折射率」 then 「那我老婆二百度呢」 of lenses whose 度数范围 is a table: 1.67, then 1.56 (not
    the 散光 fact, which also says 200度)."""
    lens = {"id": "lens", "name": "非球面镜片", "price": 199, "colours": ["透明"], "sizes": ["1.56", "1.67"],
            "attributes": {"度数范围": "1.56适合0-300度;1.60适合300-600度;1.67适合600-800度",
                           "散光": "散光200度以内不加价;散光200-400度每副加30元"}}
    engine = make_engine(products=[lens])
    first = engine.reply("我近视650度配哪个折射率", item_id="lens", now=NOW)
    assert "1.67适合600-800度" in first.text and "1.56适合" not in first.text
    then = engine.reply("那我老婆二百度呢", first.conversation, item_id="lens", now=NOW)
    assert "1.56适合0-300度" in then.text and "散光" not in then.text


@pytest.mark.parametrize("text", ["度数在哪里填", "度数怎么备注", "度数写在哪"])
def test_where_the_buyer_writes_something_is_the_fact_that_says_so(shop: Shop, text: str) -> None:
    """「度数在哪里填」: 验光单's 拍下后在订单备注里写度数, not 度数范围 by its name."""
    lens = _dress(shop, {"attributes": {"度数范围": "1.56适合0-300度;1.60适合300-600度",
                                        "验光单": "拍下后在订单备注里写度数和瞳距,或者把验光单照片发给客服"}})
    engine = Engine(shop.model_copy(update={"products": [lens]}), rng=random.Random(0))
    part = engine.reply(text, item_id=lens.id, now=NOW).parts[0]
    assert part.case == "facts" and "订单备注" in str(part.facts["facts"]) and "1.56" not in str(part.facts["facts"])


def test_whether_it_suits_an_age_said_before_is_the_ages_it_is_for(shop: Shop) -> None:
    """「我家狗2个月大」 … 「能吃吗」: the food's 适用年龄, asked of the age said."""
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"适用年龄": "3个月以上的幼犬和成犬都能吃"}
    data["products"][0]["size_chart"] = []
    engine = Engine(Shop.model_validate(data))
    item = data["products"][0]["id"]
    first = engine.reply("我家狗2个月大", item_id=item)
    assert "3个月以上" in first.suggestion
    then = engine.reply("能吃吗", first.conversation, item_id=item)
    assert then.parts[0].case == "facts_past" and "3个月以上" in then.suggestion  # 2个月: under it



def test_an_age_said_with_能用吗_is_whom_it_is_for_not_a_fact_of_that_general_word(shop: Shop) -> None:
    """「孩子10岁能用吗」 of a toothbrush: its 适合人群, not its 刷头适配 (能用吗 is also a word of 兼容)."""
    engine = _bare(shop, attributes={"刷头适配": "用T系列刷头", "适合人群": "12岁以上都能用"}, size_chart=[])
    reply = engine.reply("孩子10岁能用吗", item_id="dress-floral", now=NOW)
    assert "12岁以上" in reply.suggestion and "T系列" not in reply.suggestion


@pytest.mark.parametrize(("text", "fact", "value", "past"), [
    ("孩子30斤能用吗", "适用体重", "18公斤", False),  # (斤能用 is a load's word: the weights it is for answer it)
    ("孩子40斤能用吗", "适用体重", "18公斤", True),  # past 18公斤: a person says what fits instead
    ("宝宝100cm能用吗", "适用身高", "105厘米", False),
    ("孩子5岁了能用吗", "适用年龄", "4岁", True),
])
def test_whether_it_suits_a_childs_measure_is_whom_it_is_for_by_that_measure(
        shop: Shop, text: str, fact: str, value: str, past: bool) -> None:
    """A car seat: 「孩子40斤能用吗」 is answered by the weights it is for, not the ages or a missing load."""
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"适用年龄": "0到4岁", "适用体重": "0到18公斤", "适用身高": "40到105厘米"}
    data["products"][0]["size_chart"] = []
    engine = Engine(Shop.model_validate(data))
    reply = engine.reply(text, item_id=data["products"][0]["id"])
    assert reply.parts[0].case in ("facts", "facts_past", "dimensions")
    told = [kind for kind in ("适用年龄", "适用体重", "适用身高") if kind in reply.suggestion]
    assert value in reply.suggestion and told == [fact]
    assert (reply.mode == "handoff") == past


@pytest.mark.parametrize(("then", "told", "not_told"), [
    ("展开呢", "展开尺寸", "折叠尺寸"),  # the fact of its kind the word names
    ("那跑带呢", "跑带尺寸", "折叠尺寸"),
    ("重量呢", "净重", "展开尺寸"),  # another kind: found by its own words
])
def test_a_word_said_on_after_a_fact_is_the_fact_of_its_kind_it_names(
        make_engine: Callable[..., Engine], then: str, told: str, not_told: str) -> None:
    """「折叠后多大啊」 told 折叠尺寸, then 「展开呢」: 展开尺寸, not 折叠尺寸 again."""
    treadmill = {"id": "run", "name": "折叠跑步机", "price": 1999, "colours": ["黑色"], "sizes": ["T6"],
                 "attributes": {"展开尺寸": "长160宽73高125厘米", "折叠尺寸": "长80宽73高135厘米",
                                "跑带尺寸": "宽48厘米长125厘米", "净重": "58公斤"}}
    engine = make_engine(products=[treadmill])
    first = engine.reply("折叠后多大啊", item_id="run", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="run", now=NOW)
    assert told in reply.suggestion and not_told not in reply.suggestion


def test_how_much_a_day_is_told_by_the_way_to_eat_it_that_says_an_amount_a_day(
        make_engine: Callable[..., Engine]) -> None:
    """「一天吃多少合适」 of goji whose 食用方法 says 每天一小把(10到20克): that, not a person's to look up."""
    goji = {"id": "goji", "name": "宁夏枸杞", "price": 39, "colours": ["头茬"], "sizes": ["250g"],
            "attributes": {"食用方法": "可以直接嚼着吃,也可以泡水、煲汤,每天一小把(10到20克)就够", "产地": "宁夏中宁"}}
    reply = make_engine(products=[goji]).reply("一天吃多少合适", item_id="goji", now=NOW)
    assert reply.intents[0] == "product" and "10到20克" in reply.suggestion


@pytest.mark.parametrize(("then", "past"), [("那我老公250斤呢", True), ("那我儿子150斤呢", False)])
def test_a_weight_said_right_after_a_load_was_told_is_weighed_against_it(
        make_engine: Callable[..., Engine], then: str, past: bool) -> None:
    """「我200斤能用吗」 of a treadmill (最大承重: 120kg), then 「那我老公250斤呢」: 125kg is past it, a person says."""
    treadmill = {"id": "run", "name": "折叠跑步机", "price": 1999, "colours": ["黑色"], "sizes": ["T6"],
                 "attributes": {"最大承重": "120kg", "电机": "2.5匹"}}
    engine = make_engine(products=[treadmill])
    first = engine.reply("我200斤能用这个跑步机吗", item_id="run", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="run", now=NOW)
    assert "120kg" in reply.suggestion and (reply.mode == "handoff") == past


@pytest.mark.parametrize(("attributes", "text", "stated", "missing"), [
    ({"耐温": "炸篮可以放进洗碗机"}, "能放洗碗机吗", "耐温", ()),  # 能放 asks of the dishwasher, not the shelf life
    ({"是否含床垫": "不含床垫"}, "包含床垫吗", "是否含床垫", ()),  # 包含 is part of asking that fact
])
def test_a_word_that_asks_of_another_fact_asks_no_fact_of_its_own(shop: Shop, attributes: dict[str, str], text: str,
                                                                  stated: str, missing: tuple[str, ...]) -> None:
    facts = read_facts(_dress(shop, {"attributes": attributes}), text)
    assert stated in dict(facts.stated) and facts.missing == missing


def test_how_many_are_left_is_no_question_of_what_one_holds(shop: Shop) -> None:
    assert not read_facts(_dress(shop, {"attributes": {"净含量": "一包10片"}}), "还有几包").asked


def test_a_word_of_a_kind_names_the_fact_named_by_another_of_its_words_sharing_its_point(shop: Shop) -> None:
    """「功率多大 费电不」 of a blanket stating 功率 and 耗电 (both words of 功率): 费电 is 耗电, by its 电."""
    blanket = _dress(shop, {"attributes": {"功率": "约100W", "耗电": "一晚上大约0.5度电"}})
    assert dict(read_facts(blanket, "功率多大 费电不").stated) == {"功率": "约100W", "耗电": "一晚上大约0.5度电"}
    assert dict(read_facts(blanket, "功率多大").stated) == {"功率": "约100W"}


def test_what_was_done_with_it_told_to_ask_for_a_return_asks_no_fact(shop: Shop) -> None:
    robot = _dress(shop, {"attributes": {"App": "用洁途App,支持米家", "吸力": "8000Pa"}})
    assert not read_facts(robot, "连了app用过一次还能退吗").asked
    assert dict(read_facts(robot, "连app要钱吗").stated) == {"App": "用洁途App,支持米家"}


@pytest.mark.parametrize("text", ["这个是双控的吗", "亲 这个是双控的吗", "亲 是双控的吗"])
def test_what_it_is_said_to_be_after_qin_and_a_space_is_the_fact_that_says_it(shop: Shop, text: str) -> None:
    blanket = _dress(shop, {"name": "双人双控电热毯", "attributes": {"控制": "双控,两个控制器", "电压": "220V"}})
    assert dict(read_facts(blanket, text).stated) == {"控制": "双控,两个控制器"}


def test_a_temperature_asks_no_degree_of_lenses(shop: Shop) -> None:
    coat = _dress(shop, {"attributes": {"保暖": "零下30度左右都能穿", "充绒量": "150克"}})
    facts = read_facts(coat, "哈尔滨零下二十多度能穿吗")
    assert (dict(facts.stated), facts.missing) == ({"保暖": "零下30度左右都能穿"}, ())
    assert read_facts(_dress(shop, {"attributes": {"材质": "树脂"}}), "600度能戴吗").missing == ("度数",)


def test_how_many_to_buy_is_no_question_of_what_one_holds(shop: Shop) -> None:
    """「杯子可以单独买几个吗」 of a tea set whose 内含 counts its cups: whether cups are sold alone, which
    the file does not say (a person checks), not the set's contents."""
    tea_set = _dress(shop, {"attributes": {"内含": "茶壶1个+品茗杯4个"}})
    facts = read_facts(tea_set, "杯子可以单独买几个吗")
    assert (facts.stated, facts.missing) == ((), ("单卖",))
    assert "内含" in dict(read_facts(tea_set, "一套几个杯子").stated)


def test_a_gift_the_product_states_is_told_as_its_fact_not_haggled_over(shop: Shop) -> None:
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"送不送腰带": "每件都送一条同色腰带"}
    engine = Engine(Shop.model_validate(data))
    reply = engine.reply("送腰带不", item_id=data["products"][0]["id"])
    # (the fact itself, or bargain's gift told from it: 「送泳帽吗」 of 内含…送同款儿童泳帽一顶)
    assert reply.parts[0].case in ("facts", "gift_stated") and "同色腰带" in reply.text + reply.suggestion


def test_a_gift_asked_that_the_fact_of_what_comes_with_it_gives_is_told_by_itself(shop: Shop) -> None:
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"内含": "泳衣一件,送同款儿童泳帽一顶"}
    reply = Engine(Shop.model_validate(data)).reply("送泳帽吗", item_id=data["products"][0]["id"])
    assert (reply.parts[0].case, reply.mode) == ("gift_stated", "auto") and "泳帽一顶" in reply.text


def test_whether_it_is_what_the_start_of_its_own_name_says_asks_that_fact(shop: Shop) -> None:
    """「是实木的吗」 on the page of 实木象棋, in a shop that sells another 棋 (实木的 names it for short): its
    material, not an unknown."""
    data = shop.model_dump()
    chess = {"id": "xiangqi", "name": "实木象棋套装", "aliases": ["实木象棋"], "category": "棋", "price": 79,
             "colours": ["原木色"], "sizes": ["5.0cm"], "material": "棋子是缅甸花梨木,整块木头车出来的"}
    data["products"] = [chess, chess | {"id": "weiqi", "name": "云子围棋套装", "aliases": ["围棋"],
                                        "material": "云子"}]
    reply = Engine(Shop.model_validate(data)).reply("是实木的吗", item_id="xiangqi")
    assert reply.parts[0].case == "material" and "花梨木" in reply.suggestion


def test_the_things_that_come_with_it_asked_by_a_kind_other_goods_share_are_the_pages_own(shop: Shop) -> None:
    """「送什么配件」 on a ukulele's page, in a shop that also sells capos and strings as 配件: what comes
    with the ukulele, not the shop's haggling gift."""
    data = shop.model_dump()
    data["products"][0]["attributes"] = {"配件": "送加厚琴包、调音器、拨片3个"}
    capo = {"id": "capo", "name": "变调夹", "category": "配件", "price": 29, "colours": ["黑色"], "sizes": ["均码"]}
    data["products"] += [capo, capo | {"id": "strings", "name": "碳素琴弦"}]
    data["bargain"] |= {"negotiable": False, "gift": "拨片3个"}
    reply = Engine(Shop.model_validate(data)).reply("送什么配件", item_id=data["products"][0]["id"])
    assert (reply.parts[0].case, reply.mode) == ("gift_stated", "auto") and "加厚琴包" in reply.text


@pytest.mark.parametrize(("attributes", "text"), [
    ({"发货": "现货,48小时内发"}, "有现货吗"),  # asks of the order, whatever the fact says
    ({"产地": "北京"}, "那北京呢"),  # a place asked after, not the origin
    ({"产地": "北京"}, "顺丰呢"),
    ({"飘浮时间": "打普通空气不会飘,贴墙上能保持5到7天"}, "会不会爆"),  # 会不会 is the asking, not a phrase 不会
    # a word of Latin letters or digits inside a longer one: 4g (a network's) of 64g, e1 (a board's) of iphone15
    ({"内存卡": "支持64G到256G的卡"}, "那64g的呢"),
    ({"环保": "E1级板材"}, "iphone15能用吗"),
    ({"内含": "黑子181颗、白子180颗、2个棋罐"}, "几个人玩"),  # not a count of the 棋罐
])
def test_a_bare_phrase_of_the_order_or_a_place_asks_no_fact(shop: Shop, attributes: dict[str, str], text: str) -> None:
    assert not read_facts(_dress(shop, {"attributes": attributes}), text).stated


@pytest.mark.parametrize(("value", "size", "told"), [
    ("S:长64cm;M:长66cm;L:长68cm", "M", "M:长66cm"),  # each variant named before a colon
    ("S长64cm,M长66cm,L长68cm", "L", "L长68cm"),  # a list whose every part starts with a variant
    ("S长64cm,其余加2cm", "S", "S长64cm,其余加2cm"),  # not told variant by variant: all of it
    ("S长64cm,M长66cm,袖长都是58cm", "M", "M长66cm；袖长都是58cm"),  # and what is said of them all
    ("S长64cm,M长66cm,袖子偏长", "M", "S长64cm,M长66cm,袖子偏长"),  # a part of no variant: all of it
])
def test_a_fact_told_variant_by_variant_is_told_of_the_variant_asked(shop: Shop, value: str, size: str,
                                                                     told: str) -> None:
    product = shop.product("dress-floral")
    assert product is not None and size in product.sizes
    facts = read_facts(product.model_copy(update={"attributes": {"衣长": value}}), "衣长多少")
    assert facts.of_variant(product, None, size).stated == (("衣长", told),)


def _case_engine() -> Engine:
    case = {"id": "case", "name": "PC拉杆箱", "price": 299, "colours": ["黑色"], "sizes": ["20寸", "24寸"],
            "attributes": {"尺寸": "20寸36×23×55厘米(含轮子);24寸42×26×66厘米",
                           "重量": "20寸约2.8公斤,24寸约3.6公斤", "保修": "箱体保修3年,轮子保修1年"}}
    shop = load_shop().model_copy(update={"products": [Product.model_validate(case)]})
    return Engine(shop, rng=random.Random(0))


@pytest.mark.parametrize(("text", "told", "not_told"), [
    ("动物奶油的怕热吗 有啥区别", "动物奶油是安佳淡奶油,怕热", "植物奶油"),  # one named: its part
    ("动物奶油和植物奶油有啥区别", "动物奶油是安佳淡奶油,怕热;植物奶油偏甜,不容易化", None),  # both: all of it
])
def test_a_fact_told_variant_by_variant_is_told_of_each_variant_named(text: str, told: str,
                                                                       not_told: str | None) -> None:
    cake = {"id": "cake", "name": "鲜果蛋糕", "price": 168, "colours": ["动物奶油", "植物奶油"], "sizes": ["6寸"],
            "attributes": {"奶油区别": "动物奶油是安佳淡奶油,怕热;植物奶油偏甜,不容易化"}}
    shop = load_shop().model_copy(update={"products": [Product.model_validate(cake)]})
    reply = Engine(shop, rng=random.Random(0)).reply(text, item_id="cake")
    said = reply.text + reply.suggestion
    assert told in said and (not_told is None or not_told not in said)


@pytest.mark.parametrize(("first", "then", "told", "not_told"), [
    ("20寸多大尺寸", "24寸呢", "24寸42×26×66厘米", "20寸36"),  # the same fact, of the size named next
    ("保修吗", "多久", "箱体保修3年", "含轮子"),  # how long, right after it: the same fact
    ("保修吗", "不会弄怎么办", "箱体保修3年", "含轮子"),  # what if they cannot: the same fact again
    ("20寸多重", "24寸呢", "24寸约3.6公斤", "2.8"),
    ("保修多久", "轮子呢", "轮子保修1年", "含轮子"),  # the facts just told, not a fact whose words hold 轮子
    ("20寸多重", "24寸的也一样吗", "24寸约3.6公斤", "2.8"),  # 也: the same question, not its stock
])
def test_a_bare_follow_up_after_facts_asks_the_same_facts(first: str, then: str, told: str, not_told: str) -> None:
    engine = _case_engine()
    reply = engine.reply(first, item_id="case")
    reply = engine.reply(then, reply.conversation, item_id="case")
    assert told in reply.suggestion and not_told not in reply.suggestion


@pytest.mark.parametrize(("attributes", "text", "stated"), [
    ({"鞋底": "橡胶大底,厚约3厘米"}, "鞋底多厚", "鞋底"),  # 多厚 asked of the sole, which answers it
    ({"USB": "侧面有USB接口"}, "usb口怎么用", "USB"),  # not 食用方法 (the text as normalised)
    ({"防滑": "人字纹大底,湿地防滑"}, "鞋底防滑吗 下雨天", "防滑"),  # 下雨天 asks nothing: no 防水
    ({"片数": "一盒两片"}, "一盒几片", "片数"),  # 一盒几 overlaps 几片, told: no 净含量 beside it
    ({"包装": "纸箱加气泡膜,防漏防压"}, "会漏吗 怎么包装的", "包装"),  # 防漏 told: no 密封 to check
])
def test_a_word_asked_of_the_fact_named_or_in_a_clause_asking_nothing_is_not_a_missing_fact(
        shop: Shop, attributes: dict[str, str], text: str, stated: str) -> None:
    facts = read_facts(_dress(shop, {"attributes": attributes}), text)
    assert stated in dict(facts.stated) and facts.missing == ()


def test_a_word_asked_in_a_clause_of_its_own_after_a_fact_told_is_a_missing_fact(shop: Shop) -> None:
    """「下雨天能用吗 防水不」: 防水 asked by the 不 after it, no fact saying it: left to a person, not dropped."""
    drill = _dress(shop, {"attributes": {"电池兼容": "只通用同电压的电池,能用别的品牌吗:不能"}})
    assert "防水" in read_facts(drill, "下雨天能用吗 防水不").missing


@pytest.mark.parametrize("text", ["12支都有哪些刷子啊", "里面有什么刷", "都有哪几种刷子"])
def test_which_things_it_holds_is_the_fact_that_lists_them(shop: Shop, text: str) -> None:
    """「12支都有哪些刷子啊」 of a set whose 内含 lists 散粉刷、腮红刷: that fact, not the stock of the 12支."""
    brushes = _dress(shop, {"attributes": {"内含": "散粉刷、腮红刷、眉刷、唇刷;送PU刷包", "刷毛材质": "山羊毛"}})
    assert "内含" in dict(read_facts(brushes, text).stated)


def test_a_bare_phrase_told_only_in_the_selling_points_is_answered_by_that_clause(shop: Shop) -> None:
    folding = _dress(shop, {"attributes": {}, "selling_points": "对折收纳后可以推到床底;减震护膝"})
    assert read_facts(folding, "能放床底吗").stated == (("详情", "对折收纳后可以推到床底"),)


def test_what_is_inside_asked_is_the_fact_of_what_the_box_holds(shop: Shop) -> None:
    box = _dress(shop, {"attributes": {"内含": "男士中筒袜5双,黑灰藏青各色", "包装": "礼盒配手提袋"}})
    assert dict(read_facts(box, "里面是什么袜子").stated) == {"内含": "男士中筒袜5双,黑灰藏青各色"}


def test_the_least_order_asked_in_a_line_of_custom_printing_is_told(shop: Shop) -> None:
    umbrellas = _dress(shop, {"attributes": {"起订量": "100把起订,同款同色算一起",
                                             "阶梯价": "100到299把25元一把,300把以上22元一把"}})  # (its 把 too)
    assert dict(read_facts(umbrellas, "我们公司想定制一批伞印logo 最少要多少把").stated) == {
        "起订量": "100把起订,同款同色算一起"}


@pytest.mark.parametrize(("text", "limited"), [("能买5袋吗", True), ("要三袋可以吗", True), ("买两袋可以吗", False)])
def test_more_than_one_buyer_may_take_asked_is_told_the_limit(shop: Shop, text: str, limited: bool) -> None:
    """「能买5袋吗」 of beans whose 限购 says 每个ID限购2袋: that fact; two, within it, ask nothing of it."""
    beans = _dress(shop, {"attributes": {"限购": "每个ID限购2袋", "烘焙度": "浅烘"}})
    assert ("限购" in dict(read_facts(beans, text).stated)) is limited


@pytest.mark.parametrize("text", ["豆子新鲜不 啥时候烘的", "新不新鲜", "哪天烘的"])
def test_how_fresh_roasted_goods_are_is_their_roasting_date(shop: Shop, text: str) -> None:
    beans = _dress(shop, {"attributes": {"烘焙日期": "发货前3天内烘焙,包装上印烘焙日期", "产地": "埃塞俄比亚"}})
    assert "烘焙日期" in dict(read_facts(beans, text).stated)


@pytest.mark.parametrize("text", ["500g面粉放多少", "一次放几克"])
def test_how_much_to_put_in_is_the_fact_of_the_amount_used(shop: Shop, text: str) -> None:
    yeast = _dress(shop, {"attributes": {"用量": "每500克面粉用5克酵母", "保质期": "24个月"}})
    assert "用量" in dict(read_facts(yeast, text).stated)


def test_a_fact_named_by_its_kind_is_not_given_up_for_a_care_clause_sharing_the_verb(make_engine: Callable[
        ..., Engine]) -> None:
    umbrella = {"id": "umb", "name": "三折伞", "price": 59, "colours": ["黑色"], "sizes": ["标准款"],
                "care": "用完撑开晾干再收起来,不要暴晒", "attributes": {"收起长度": "约30cm,通勤包都能放进去"}}
    reply = make_engine(products=[umbrella]).reply("收起来多长 能放包里不", item_id="umb", now=NOW)
    assert "约30cm" in f"{reply.text} {reply.suggestion}" and "晾干" not in f"{reply.text} {reply.suggestion}"


def test_a_place_it_is_used_at_is_told_by_the_fact_naming_the_place_before_a_caution_in_the_care_text(
        shop: Shop) -> None:
    suit = _dress(shop, {"attributes": {"适合场景": "泳池、海边、温泉都能穿"}, "care": "不要泡温泉太久"})
    assert read_facts(suit, "泡温泉可以穿不").stated == (("适合场景", "泳池、海边、温泉都能穿"),)


@pytest.mark.parametrize("seed", range(4))
def test_the_promise_and_the_fact_told_together_are_two_sentences(shop: Shop, seed: int) -> None:
    """A promise written with no stop (不是原装官方配件) before a fact: a stop between, in every wording."""
    promised = shop.model_copy(update={"shop": shop.shop.model_copy(update={"authenticity": "不是原装官方配件"})})
    products = [p.model_copy(update={"attributes": {"防伪": "吊牌上有防伪码"}}) if p.id == "dress-floral" else p
                for p in shop.products]
    engine = Engine(promised.model_copy(update={"products": products}), rng=random.Random(seed))
    reply = engine.reply("是正品吗 怎么验真假", item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "authentic_facts" and "不是原装官方配件。" in reply.text


def test_how_to_tell_it_is_real_is_the_shops_promise_and_looking_fake_is_no_question_of_it(
        make_engine: Callable[..., Engine]) -> None:
    promise = "真发款都是100%真人发,可以用打火机烧一根验证"
    wig = {"id": "wig", "name": "长卷发头套", "price": 199, "colours": ["自然黑"], "sizes": ["标准码"],
           "attributes": {"材质": "日本进口高温丝,哑光处理,不反光"}}
    engine = make_engine(products=[wig], shop={"authenticity": promise})
    told = engine.reply("怎么验证", item_id="wig", now=NOW)
    assert told.parts[0].case == "authentic" and "打火机" in told.text + told.suggestion
    looks = engine.reply("会不会反光 看着假不假", item_id="wig", now=NOW)
    assert [p.case for p in looks.parts] == ["facts"] and "不反光" in looks.text and "打火机" not in looks.text


def test_genuine_and_how_to_tell_asked_together_get_the_promise_and_the_fact(shop: Shop) -> None:
    engine = _bare(shop, attributes={"防伪": "吊牌上有防伪码,扫码可查"})
    part = engine.reply("是正品吗 怎么验真假", item_id="dress-floral", now=NOW).parts[0]
    assert (part.case, part.facts["statement"]) == ("authentic_facts", shop.shop.authenticity)
    assert "扫码可查" in str(part.facts["facts"])


def test_a_fact_said_not_done_asks_no_fact(shop: Shop) -> None:
    engraved = _dress(shop, {"attributes": {"刻字": "可以刻字,刻字后不退不换"}})
    assert not read_facts(engraved, "没刻字能换吗").stated  # (a return asked, of one not engraved)
    assert not read_facts(engraved, "不刻字的光杯今天能发吗").stated  # the one without it
    assert read_facts(engraved, "能刻字吗").stated
    assert read_facts(engraved, "不刻字可以吗").stated and read_facts(engraved, "刻字不会掉吧").stated


@pytest.mark.parametrize(("text", "asked"), [
    ("400坑距的呢", False),  # the 400mm one, named by its label
    ("坑距400的多少钱", False),
    ("坑距多少", True),
    ("我家坑距350能装吗", True),  # no size of it: the fact
])
def test_the_name_the_sizes_go_by_said_with_one_of_them_names_that_variant(text: str, asked: bool) -> None:
    toilet = Product.model_validate({
        "id": "toilet", "name": "智能马桶", "price": 2999, "colours": ["标准版"], "sizes": ["300mm", "400mm"],
        "size_label": "坑距", "variant_aliases": {"300mm": ["300"], "400mm": ["400"]},
        "attributes": {"坑距": "300的适合300到350,400的适合400到450"}})
    assert bool(read_facts(toilet, text).stated) == asked


def test_a_fact_named_by_a_word_and_the_products_kind_is_asked_by_that_word(shop: Shop) -> None:
    toilet = _dress(shop, {"category": "马桶", "attributes": {"旧马桶": "带走旧马桶收30元清运费"}})
    assert dict(read_facts(toilet, "旧的能拉走吗 要钱不").stated) == {"旧马桶": "带走旧马桶收30元清运费"}
    assert not read_facts(toilet, "新的几天到").stated


def test_answering_the_phone_asks_nothing_of_power(shop: Shop) -> None:
    toilet = _dress(shop, {"attributes": {"插座": "不用电,不需要插座"}})
    assert not read_facts(toilet, "能接电话吗").stated and not read_facts(toilet, "能接电话吗").missing
    assert read_facts(toilet, "要接电吗").stated


@pytest.mark.parametrize(("text", "stated"), [
    ("能过门槛吗 我家门槛2.5公分", {"越障"}),  # not 地毯, another word of that kind, unsaid
    ("地毯能扫吗", {"地毯"}),
    ("门槛和地毯都行吗", {"越障", "地毯"}),
])
def test_a_fact_named_by_another_word_of_the_kind_asked_is_told_only_when_that_word_is_said(
        shop: Shop, text: str, stated: set[str]) -> None:
    robot = _dress(shop, {"attributes": {"越障": "最高2.2厘米,更高的要加斜坡",
                                         "地毯": "能认出地毯自动加大吸力"}})
    assert set(dict(read_facts(robot, text).stated)) == stated


@pytest.mark.parametrize(("text", "stated"), [
    ("这个本子洇不洇 我用钢笔", {"纸张", "洇墨"}),  # 洇 is said: the fact named by it too, not 纸张 alone
    ("纸多厚", {"纸张"}),  # nothing of 洇墨 said
    ("多少克的纸", {"纸张"}),  # the paper's weight, not an amount the product comes in
])
def test_a_fact_named_by_a_word_of_the_kind_is_told_where_the_buyer_says_a_character_of_its_name(
        shop: Shop, text: str, stated: set[str]) -> None:
    notebook = _dress(shop, {"attributes": {"纸张": "80g道林纸,米黄色护眼纸",
                                            "洇墨": "中性笔写不洇不透;钢笔会轻微透到背面"}})
    assert set(dict(read_facts(notebook, text).stated)) == stated


@pytest.mark.parametrize(("text", "stated"), [
    ("左手能用吗", {"左右手"}),  # one of the pair the name says; 能用吗 asks no 兼容 beside a fact named
    ("右手的能用吗", {"左右手"}),
    ("我的竿子能用吗", {"兼容"}),  # nothing named: 能用吗 asks whether it fits
])
def test_a_fact_named_by_a_pair_is_asked_by_either_of_the_two(shop: Shop, text: str, stated: set[str]) -> None:
    reel = _dress(shop, {"attributes": {"左右手": "左右手都能用,摇臂可以换边",
                                        "兼容": "2000型配3.6米矶竿"}})
    assert set(dict(read_facts(reel, text).stated)) == stated


@pytest.mark.parametrize("text", ["一盒几根", "一盒几支", "每盒数量多少"])
def test_how_many_in_a_box_is_told_by_a_fact_of_the_count(shop: Shop, text: str) -> None:
    refills = _dress(shop, {"attributes": {"数量": "一盒20支,同一颜色", "芯长": "约12.9厘米"}})
    assert dict(read_facts(refills, text).stated) == {"数量": "一盒20支,同一颜色"}


def test_writing_asked_of_a_pen_is_no_card_and_no_fault_feared_is_reported(shop: Shop) -> None:
    """写字 is a word of 贺卡 (「能写字吗」 of a gift); of a pen with no card it asks nothing of one, and
    「会不会断墨」 before buying is no fault to photograph."""
    products = [p.model_copy(update={"selling_points": "速干墨水,写完3秒就干,左手写字也不蹭手",
                                     "attributes": {"写字长度": "一支笔芯大约能写500米"}})
                if p.id == "dress-floral" else p for p in shop.products]
    reply = _engine_with_products(shop, products).reply("写字会不会断墨 能写多久", item_id="dress-floral", now=NOW)
    assert reply.intents == ("product",) and not reply.actions
    assert "500米" in reply.text and "贺卡" not in reply.text
    # 断墨, which the file does not say, is left to a person beside the length it does say
    assert (reply.parts[0].case, reply.mode) == ("facts_partly", "handoff")


@pytest.mark.parametrize("text", ["能装多少米", "3000型能装多少米"])
def test_how_many_metres_it_holds_is_its_capacity_not_a_price_in_slang(shop: Shop, text: str) -> None:
    """多少米 is slang for a price (礼盒装多少米); 能装多少米 of a fishing reel asks how much line it takes."""
    products = [p.model_copy(update={"attributes": {"容线量": "3000型能绕3号线150米", "速比": "5.2比1"}})
                if p.id == "dress-floral" else p for p in shop.products]
    reply = _engine_with_products(shop, products).reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents == ("product",)
    assert "150米" in reply.text + reply.suggestion and "元" not in reply.text + reply.suggestion


def test_the_goods_called_by_their_own_word_with_zi_name_no_fact_ending_in_it(shop: Shop) -> None:
    """「这个车子质量好不好」 of a 滑板车: the scooter itself, not its 刹车 (芯子 of a scratcher still its 替换芯)."""
    scooter = _dress(shop, {"name": "折叠滑板车", "attributes": {"刹车": "后轮脚踩刹车"}})
    assert not read_facts(scooter, "这个车子质量好不好 会不会散架").stated
    board = _dress(shop, {"name": "猫抓板", "attributes": {"替换芯": "中号替换芯12.9元"}})
    assert dict(read_facts(board, "有芯子换吗").stated) == {"替换芯": "中号替换芯12.9元"}


@pytest.mark.parametrize("text", ["这橡胶有毒没 狗子天天啃的", "有毒吗"])
def test_whether_it_is_harmful_is_what_its_material_says_where_no_fact_speaks_of_it(shop: Shop, text: str) -> None:
    """「这橡胶有毒没」 of a chew whose material says 不含双酚A,有检测报告: those clauses, not its 味道 fact."""
    chew = _dress(shop, {"material": "天然橡胶加尼龙,不含双酚A,有检测报告", "attributes": {"味道": "加了香味,不能吃"}})
    assert dict(read_facts(chew, text).stated) == {"材质": "不含双酚A，有检测报告"}


def test_how_much_a_cup_holds_is_its_capacity_not_a_price(shop: Shop) -> None:
    """「杯子多大 一杯能装多少」: 每只杯子60ml, no price list beside it (装多少 of 礼盒装多少 is a price)."""
    products = [p.model_copy(update={"attributes": {"容量": "玻璃壶300ml,每只杯子60ml"}})
                if p.id == "dress-floral" else p for p in shop.products]
    reply = _engine_with_products(shop, products).reply("杯子多大 一杯能装多少", item_id="dress-floral", now=NOW)
    assert reply.intents == ("product",) and "60ml" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "said"), [
    ("能回微信吗", "不能在手表上回复消息"),  # a message answered on the watch, not a way to pay
    ("能接电话吗", "只能来电提醒"),
])
def test_messages_and_calls_on_a_watch_are_told_by_its_facts(shop: Shop, text: str, said: str) -> None:
    watch = _dress(shop, {"attributes": {
        "兼容": "支持安卓和iOS;iPhone连接时不能在手表上回复消息,只能看通知", "通话": "不支持蓝牙通话,只能来电提醒"}})
    assert said in read_facts(watch, text).text


def test_which_of_the_pages_own_sizes_for_the_buyers_device_is_no_comparison_of_two_products(shop: Shop) -> None:
    strap = Product.model_validate({"id": "strap", "name": "替换表带", "price": 199, "size_label": "宽度",
                                    "colours": ["黑色"], "sizes": ["20mm", "22mm"],
                                    "attributes": {"兼容": "20mm适配GT4 42mm;22mm适配GT4 46mm"}})
    watch = Product.model_validate({"id": "gt4", "name": "GT4手表", "aliases": ["gt4"], "price": 1288,
                                    "colours": ["黑色"], "sizes": ["42mm", "46mm"],
                                    "attributes": {"兼容": "支持安卓8.0及以上和iOS 13及以上的手机"}})
    reply = _engine_with_products(shop, [strap, watch]).reply("我是gt4 46的 买哪个宽度", item_id="strap", now=NOW)
    said = reply.text + reply.suggestion
    assert reply.parts[0].case == "facts" and "22mm适配GT4 46mm" in said and "安卓" not in said


@pytest.mark.parametrize(("text", "stated"), [
    ("封面什么颜色", {"数量": "一包5本,同一种内页,封面颜色随机"}),  # the cover's, not the pages it comes in
    ("有什么颜色", {"内页": "横线、方格"}),  # of the whole: the variants, under the shop's label
])
def test_a_kind_asked_of_a_part_a_fact_names_is_told_by_that_fact(shop: Shop, text: str,
                                                                   stated: dict[str, str]) -> None:
    notebook = _dress(shop, {"colour_label": "内页", "colours": ["横线", "方格"],
                             "attributes": {"数量": "一包5本,同一种内页,封面颜色随机"}})
    assert dict(read_facts(notebook, text).stated) == stated


@pytest.mark.parametrize(("text", "stated"), [
    ("24寸的是什么面板", {"面板类型"}),  # 类型 read past, as 方式 and 时间 are
    ("孔距多少", {"壁挂"}),  # the mounting holes' spacing: a word of 壁挂, not a price
    ("以后钝了你们给磨吗", {"磨刀服务"}),  # a knife's sharpening service
    ("放办公室没太阳 能养吗", {"光照"}),  # no sun: the light it needs, not the 批量价 for offices
    ("七件套都有啥刀", {"套装包含"}),  # what a set holds
    ("dp线能跑2k240吗", {"带宽"}),  # a resolution and its refresh rate, said in one fact
    ("卧室墙面大概40平要几卷", {"用量"}),  # how many rolls an area takes (a fact called as a dose is)
    ("我买了8卷墙纸 胶要买几套", {"用量"}),
    ("你们能上门贴吗 我在嘉兴", {"上门施工"}),  # fitting at home, the city said
    ("能擦洗吗 小孩会乱画", {"防水"}),  # wiped clean: what the shop says of water
    ("涂层的有毒吗 对身体有没有害", {"涂层"}),  # a non-stick coating's safety
    ("孩子能戴吗", {"适用人群"}),  # whom goggles are for
    ("几根骨啊", {"伞骨"}),  # an umbrella's ribs, not a count of the goods (个数)
])
def test_facts_of_kinds_of_goods_are_found_by_the_words_buyers_use(shop: Shop, text: str, stated: set[str]) -> None:
    facts = {"伞骨": "6根骨", "适用人群": "成人和12岁以上", "涂层": "PTFE不粘涂层,不含PFOA",
             "用量": "一卷实际能贴约4.5平方米", "上门施工": "只有嘉兴、杭州能预约上门", "防水": "不能用湿布用力擦",
             "面板类型": "VA面板,24英寸是平面屏", "壁挂": "支持VESA 75x75mm", "接口": "HDMI1.4 x1加VGA x1",
             "磨刀服务": "终身免费磨刀", "光照": "喜欢明亮的散射光", "批量价": "办公室批量采购10盆以上9折",
             "套装包含": "主厨刀、中式菜刀、多用刀、水果刀加刀座", "带宽": "DP1.4线支持2K 240Hz和4K 144Hz"}
    goods = _dress(shop, {"attributes": facts})
    assert set(dict(read_facts(goods, text).stated)) == stated


@pytest.mark.parametrize(("text", "told"), [
    ("短裤是松紧腰吗", False),  # the fit note speaks of the skirt alone: nothing of the shorts, a person says
    ("短裙是松紧腰吗", True),
])
def test_a_fact_told_wholly_of_another_variant_says_nothing_of_the_one_asked(shop: Shop, text: str,
                                                                          told: bool) -> None:
    uniform = Product.model_validate({
        "id": "summer", "name": "夏季校服", "price": 98, "colours": ["男款短裤", "女款短裙"], "sizes": ["120", "130"],
        "variant_aliases": {"男款短裤": ["短裤"], "女款短裙": ["短裙"]},
        "attributes": {"腰围": "短裙腰是松紧的,偏瘦偏胖都能穿"}})
    reply = _engine_with_products(shop, [uniform]).reply(text, item_id="summer", now=NOW)
    assert ("松紧" in reply.text) is told
    assert (reply.mode == "auto") is told


@pytest.mark.parametrize("text", ["混合装里都有啥口味", "混合装是什么口味"])
def test_a_fact_named_by_the_variant_asked_is_all_of_it_though_it_names_others(shop: Shop, text: str) -> None:
    """混合装: 耶加雪菲、曼特宁三种各若干片 begins with another flavour's name, but is named by the 混合装 asked."""
    drip = Product.model_validate({
        "id": "drip", "name": "挂耳咖啡", "price": 39, "colours": ["耶加雪菲", "曼特宁", "混合装"], "sizes": ["10片装"],
        "colour_label": "口味",
        "attributes": {"混合装": "耶加雪菲、曼特宁、哥伦比亚三种各若干片", "水温": "90到93度"}})
    reply = _engine_with_products(shop, [drip]).reply(text, item_id="drip", now=NOW)
    assert "哥伦比亚" in f"{reply.text} {reply.suggestion}" and reply.parts[0].case == "facts"


@pytest.mark.parametrize(("text", "fact"), [
    ("华为手机能连吗", "华为小米"),  # the kind whose fact holds the buyer's other words (华为, 手机)
    ("能连手机吗", "声浪App"),  # nothing else said: the kind written first for the words, the App
])
def test_a_word_of_two_kinds_is_answered_by_the_fact_holding_more_of_the_line(shop: Shop, text: str,
                                                                             fact: str) -> None:
    buds = Product.model_validate({
        "id": "x3", "name": "降噪耳机", "price": 199, "colours": ["黑色"], "sizes": ["标准版"],
        "attributes": {"兼容": "苹果、安卓手机都能连，华为小米OPPO都可以", "App": "有声浪App，可以调EQ和升级固件"}})
    reply = _engine_with_products(shop, [buds]).reply(text, item_id="x3", now=NOW)
    assert reply.parts[0].case == "facts" and fact in reply.text


@pytest.mark.parametrize("text", ["下雨天能穿吗", "防水吗", "怕水吗"])
def test_rain_asked_is_told_by_the_care_text_that_speaks_of_it(shop: Shop, text: str) -> None:
    """Leather soles whose care says 真皮底不耐水，雨天别穿: that, not 「我请同事确认」."""
    shoes = _dress(shop, {"care": "真皮底不耐水，雨天别穿，可以钉一层橡胶掌", "attributes": {"鞋跟": "约2.5cm"}})
    stated = dict(read_facts(shoes, text).stated)
    assert any("雨天别穿" in value for value in stated.values())


@pytest.mark.parametrize(("text", "facts"), [
    ("单眼皮适合哪个长度啊", ["适合人群", "长度说明"]),  # whom it names, in the fact that gives their length, first
])
def test_a_measure_asked_for_someone_a_fact_names_is_that_facts_measure_beside_the_measures_own(
        shop: Shop, text: str, facts: list[str]) -> None:
    lashes = _dress(shop, {"attributes": {"适合人群": "新手、单眼皮内双都能戴,单眼皮建议选8mm或10mm",
                                          "长度说明": "8mm最自然,10mm日常通勤,12mm适合拍照"}})
    reply = _engine_with_products(shop, [lashes]).reply(text, item_id=lashes.id, now=NOW)
    assert [name for name in lashes.attributes if lashes.attributes[name] in reply.text] == facts
    assert reply.mode == "auto"


@pytest.mark.parametrize("text", ["要兑水吗 兑多少", "需要加水吗", "加多少水"])
def test_thinning_asked_in_buyers_words_is_the_fact_of_it(shop: Shop, text: str) -> None:
    """Paint whose 稀释 says 可以加清水稀释,加水不超过10%: 兑水 and 加水 ask it."""
    paint = _dress(shop, {"attributes": {"稀释": "可以加清水稀释,加水不超过10%", "光泽": "哑光"}})
    assert dict(read_facts(paint, text).stated) == {"稀释": "可以加清水稀释,加水不超过10%"}


@pytest.mark.parametrize(("text", "fact"), [
    ("底漆要刷几遍", "用量"), ("刷一遍够不够", "用量"), ("要涂几层", "用量"),  # told inside another fact
])
def test_how_many_coats_asked_is_the_fact_that_says_so(shop: Shop, text: str, fact: str) -> None:
    """A primer whose 用量 says 刷一遍就够: 刷几遍 and 涂几层 ask that, not something to check."""
    primer = _dress(shop, {"attributes": {"用量": "刷一遍就够,5L大约刷60到70平方米", "干燥时间": "表干30分钟"}})
    assert [key for key, _ in read_facts(primer, text).stated] == [fact]


@pytest.mark.parametrize(("text", "mode"), [
    ("头发到锁骨用多大的", "auto"), ("锁骨发用哪个", "auto"),  # which size suits: the clause naming it
    ("锁骨那里会烫到吗", "handoff"),  # the same word, no size asked: still a draft of that fact
])
def test_which_size_suits_the_buyers_words_is_the_fact_naming_the_size(shop: Shop, text: str, mode: str) -> None:
    """A curler sold in 28mm, 32mm and 38mm whose 管径选择 says 32mm适合锁骨到胸口的中长发: 头发到锁骨用多大的 is
    answered by that fact, sent; the buyer's word found in it is short, but the fact names the size that suits it."""
    curler = _dress(shop, {"sizes": ["28mm", "32mm", "38mm"], "attributes": {
        "管径选择": "28mm适合齐肩发卷小卷;32mm适合锁骨到胸口的中长发,卷自然大波浪", "温度": "140度到210度"}})
    reply = _engine_with_products(shop, [curler]).reply(text, item_id=curler.id, now=NOW)
    assert reply.mode == mode and "32mm适合锁骨到胸口" in reply.suggestion


@pytest.mark.parametrize(("attributes", "mode"), [
    ({"自动断电": "60分钟不操作自动断电", "温度": "140度到210度"}, "auto"),  # the safety it has, told
    ({"温度": "140度到210度"}, "handoff"),  # nothing said of its safety: a person
])
def test_a_fire_feared_when_left_on_is_told_by_the_automatic_cut_off(
        shop: Shop, attributes: dict[str, str], mode: str) -> None:
    """「忘了关会不会着火」 of a curler whose 自动断电 says 60分钟不操作自动断电: that fact, sent (着火 is a word of
    安全, which a cut-off tells), not a draft for the worry after the fact."""
    curler = _dress(shop, {"attributes": attributes})
    reply = _engine_with_products(shop, [curler]).reply("忘了关会不会着火", item_id=curler.id, now=NOW)
    assert reply.mode == mode and ("60分钟不操作自动断电" in reply.suggestion) is (mode == "auto")


@pytest.mark.parametrize("text", ["能蹚水吗", "能淌水吗", "能涉水吗", "过小溪会不会进水"])
def test_wading_asks_whether_it_is_waterproof(shop: Shop, text: str) -> None:
    boots = _dress(shop, {"attributes": {"防水": "GORE-TEX防水膜,可以蹚过没过鞋面的浅溪", "重量": "单只约520克"}})
    assert [key for key, _ in read_facts(boots, text).stated] == ["防水"]


@pytest.mark.parametrize(("text", "missing"), [
    ("点着会不会冒黑烟", ()),  # lit: when it smokes, not how it lights
    ("好点着吗", ("点火",)), ("点不着怎么办", ("点火",)),  # how it lights: asked, not stated
])
def test_lighting_said_as_a_condition_asks_nothing_of_it(shop: Shop, text: str, missing: tuple[str, ...]) -> None:
    candle = _dress(shop, {"attributes": {"黑烟": "烛芯太长会冒黑烟,点之前剪到5毫米", "香味浓度": "中等偏淡"}})
    assert read_facts(candle, text).missing == missing


def test_a_kind_asked_in_a_clause_of_its_own_stays_asked_beside_a_fact_another_clause_finds(shop: Shop) -> None:
    """「吃多久能见效 能降血脂吗」 of fish oil whose 保健功能 says 辅助降血脂 and nothing of how soon: that fact, and
    功效 left to a person, not the one fact sent as if it answered both."""
    oil = _dress(shop, {"attributes": {"保健功能": "辅助降血脂", "食用方法": "每日2次,每次1粒"}})
    reply = _engine_with_products(shop, [oil]).reply("吃多久能见效 能降血脂吗", item_id=oil.id, now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("facts_partly", "handoff") and "辅助降血脂" in reply.suggestion
    assert "功效" in reply.parts[0].facts["missing"]


@pytest.mark.parametrize(("area", "text", "case"), [
    ("适合8-12平方,对着人吹的局部取暖", "20平客厅用这个够吗", "facts_past"),  # larger than it warms: a person
    ("适合8-12平方,对着人吹的局部取暖", "10平卧室够吗", "facts"),
    ("11片适合15-20平方,13片适合20-25平方", "22平够吗", "facts"),  # within the larger one's
    ("11片适合15-20平方,13片适合20-25平方", "30个平方够吗", "facts_past"),
])
def test_a_room_larger_than_the_area_a_fact_gives_goes_to_a_person_with_the_fact(
        shop: Shop, area: str, text: str, case: str) -> None:
    heater = _dress(shop, {"attributes": {"适用面积": area, "功率": "2000W"}})
    reply = _engine_with_products(shop, [heater]).reply(text, item_id=heater.id, now=NOW)
    assert (reply.parts[0].case, reply.mode == "handoff") == (case, case == "facts_past") and "平方" in reply.suggestion


def test_a_room_said_asks_the_light_only_of_goods_that_state_it(shop: Shop) -> None:
    """「放卧室睡觉吵不吵」 of a heater whose 噪音 says 适合卧室: the noise, not also a 光照 the shop is silent on (a
    room is asked of a plant's light only where the plant's facts state one)."""
    heater = _dress(shop, {"attributes": {"噪音": "静音,适合卧室", "功率": "2200W"}})
    assert read_facts(heater, "放卧室睡觉吵不吵") == Facts((("噪音", "静音,适合卧室"),), (), (5, 8))


@pytest.mark.parametrize(("text", "fact"), [
    ("能放卫生间洗澡用吗", "防水"), ("洗手间能用吗", "防水"),  # 浴室 said another way: the fact saying 浴室
    ("能放厨房用吗", None),  # another place: 浴室可用 says nothing of it
])
def test_a_place_is_spoken_of_by_a_fact_saying_it_another_way(shop: Shop, text: str, fact: str | None) -> None:
    """A fan heater whose 防水 says 可以放浴室用 and whose selling points say 浴室可用."""
    heater = _dress(shop, {"selling_points": "3秒速热，浴室可用", "attributes": {
        "防水": "IPX4防水，可以放浴室用，不要直接淋水", "功率": "2000W"}})
    reply = _engine_with_products(shop, [heater]).reply(text, item_id=heater.id, now=NOW)
    if fact is None:
        assert reply.mode == "handoff" and "浴室" not in reply.suggestion
    else:
        assert reply.mode == "auto" and f"{fact}：IPX4防水，可以放浴室用" in reply.text


def test_a_fact_named_as_a_variant_is_called_is_told_whole_not_that_variants_part(shop: Shop) -> None:
    """「支持无线充电吗」 of earphones whose 无线充版 is also called 无线充, the name of the fact that tells both
    versions: all of it, 标准版不支持 too (not 无线充版支持Qi无线充电 alone)."""
    buds = Product.model_validate({
        "id": "x3", "name": "降噪耳机", "price": 199, "colours": ["黑色"], "sizes": ["标准版", "无线充版"],
        "variant_aliases": {"无线充版": ["无线充"]},
        "attributes": {"无线充": "无线充版支持Qi无线充电，标准版不支持无线充", "续航": "单次6小时"}})
    reply = _engine_with_products(shop, [buds]).reply("支持无线充电吗", item_id="x3", now=NOW)
    assert reply.parts[0].case == "facts" and "标准版不支持" in reply.text and reply.mode == "auto"


@pytest.mark.parametrize(("text", "fact"), [
    ("包安装吗 我不会装", "安装指导"),  # whether someone comes to fit it: the fact that says so
    ("能上门安装吗", "安装指导"),
    ("怎么安装", "安装方式"),  # how it is fitted: not the service
])
def test_whether_the_shop_fits_it_is_the_fact_that_says_whether_someone_comes(shop: Shop, text: str,
                                                                               fact: str) -> None:
    seat = Product.model_validate({
        "id": "seat", "name": "安全座椅", "price": 1599, "colours": ["灰色"], "sizes": ["标准版"],
        "attributes": {"安装方式": "ISOFIX接口加支撑腿固定", "安装指导": "不提供上门安装,装不好可以找客服视频指导"}})
    reply = _engine_with_products(shop, [seat]).reply(text, item_id="seat", now=NOW)
    told = f"{reply.text} {reply.suggestion}"
    assert seat.attributes[fact] in told
    assert all(value not in told for key, value in seat.attributes.items() if key != fact)


@pytest.mark.parametrize(("text", "fact"), [
    ("要充电吗", "续航"),  # whether it must be charged: the fact that says 不用充电, not the port
    ("需不需要充电", "续航"),
    ("充电口是啥", "充电"),  # the port asked: its own fact
])
def test_whether_something_must_be_done_is_the_fact_that_says_so(shop: Shop, text: str, fact: str) -> None:
    pad = Product.model_validate({
        "id": "pad", "name": "伸缩手柄", "price": 129, "colours": ["黑色"], "sizes": ["Type-C版"],
        "attributes": {"续航": "不用充电,由手机供电", "充电": "底部有Type-C口,可以边玩边给手机充电"}})
    reply = _engine_with_products(shop, [pad]).reply(text, item_id="pad", now=NOW)
    assert pad.attributes[fact] in reply.text and reply.mode == "auto"
    assert all(value not in reply.text for key, value in pad.attributes.items() if key != fact)


@pytest.mark.parametrize(("text", "mode"), [
    ("煮饭声音大不大", "handoff"),  # 煮饭时间 named by its head; the time says nothing of the noise: drafted
    ("煮饭糊底吗", "handoff"),
    ("煮饭要多久", "auto"),  # a measure of it asked: the time
    ("煮饭时间多长", "auto"),
])
def test_a_fact_named_by_its_head_is_drafted_where_something_else_is_asked_of_it(shop: Shop, text: str,
                                                                                mode: str) -> None:
    cooker = Product.model_validate({
        "id": "rc", "name": "电饭煲", "price": 499, "colours": ["白色"], "sizes": ["4L"],
        "attributes": {"煮饭时间": "精华煮约45分钟,快速煮约28分钟", "内胆": "不粘涂层"}})
    reply = _engine_with_products(shop, [cooker]).reply(text, item_id="rc", now=NOW)
    assert reply.parts[0].case == "facts" and reply.mode == mode


@pytest.mark.parametrize(("text", "missing"), [
    ("能连小爱音箱吗", ()),  # 小爱's speaker, which the App fact names (小爱同学): not the goods' own 音箱
    ("App能连 自带音箱吗", ("音箱",)),  # the goods' own speaker, which no fact speaks of
])
def test_a_kind_said_as_part_of_a_thing_a_fact_names_is_not_asked_of_the_goods(shop: Shop, text: str,
                                                                               missing: tuple[str, ...]) -> None:
    purifier = _dress(shop, {"attributes": {"App": "可以连净享App,也支持小爱同学语音控制", "噪音": "睡眠模式22分贝"}})
    asked = read_facts(purifier, text)
    assert set(dict(asked.stated)) == {"App"} and asked.missing == missing


@pytest.mark.parametrize(("text", "fact"), [("能坐两个孩子吗", "座位"), ("开得快不快", "速度"), ("跑的快吗", "速度")])
def test_seats_and_speed_asked_in_buyers_words_are_the_facts_of_them(shop: Shop, text: str, fact: str) -> None:
    car = _dress(shop, {"attributes": {"座位": "单人座,带安全带", "速度": "每小时2到5公里", "电池": "12V7AH"}})
    assert set(dict(read_facts(car, text).stated)) == {fact}


@pytest.mark.parametrize("text", ["能重复戴吗", "可以重复用吗"])
def test_a_name_of_how_it_is_used_is_said_by_the_verb_of_its_use(shop: Shop, text: str) -> None:
    """重复使用 of 「能重复戴吗」: the use said by what is done with the goods, not 使用 itself."""
    lashes = _dress(shop, {"attributes": {"重复使用": "簇状睫毛建议一次性使用", "胶水": "不含胶水"}})
    assert set(dict(read_facts(lashes, text).stated)) == {"重复使用"}


def test_a_name_of_four_is_said_by_its_first_and_last(shop: Shop) -> None:
    """「宝宝八个月 反装还是正装」: 反向安装 and 正向安装, as buyers shorten them."""
    seat = _dress(shop, {"attributes": {"反向安装": "15个月以下必须反向坐", "正向安装": "满15个月才可以正向安装",
                                        "安装方式": "ISOFIX接口"}})
    assert set(dict(read_facts(seat, "宝宝八个月 反装还是正装").stated)) == {"反向安装", "正向安装"}


@pytest.mark.parametrize("text", ["木门能装这款吗", "我家木门能装吗"])
def test_a_thing_said_before_whether_it_can_be_fitted_is_the_fact_that_says_it_of_that_thing(
        shop: Shop, text: str) -> None:
    """「木门能装这款吗」: 适用门's 木门、玻璃门不能装, not the fitting and its fees that 能装 names."""
    lock = Product.model_validate({
        "id": "lock", "name": "猫眼锁", "price": 2599, "colours": ["黑色"], "sizes": ["标准锁体"],
        "attributes": {"安装": "包上门安装,48小时内预约", "安装费": "标准安装免费;开孔加收100元",
                       "适用门": "防盗门、铜门都能装,木门、玻璃门不能装"}})
    reply = _engine_with_products(shop, [lock]).reply(text, item_id="lock", now=NOW)
    assert "木门、玻璃门不能装" in reply.text and "开孔" not in reply.text


@pytest.mark.parametrize(("text", "mode"), [("周日师傅能上门装吗", "handoff"), ("师傅能上门装吗", "auto")])
def test_a_day_asked_of_fitting_no_fact_times_goes_to_a_person(shop: Shop, text: str, mode: str) -> None:
    """「周日师傅能上门装吗」: the fitting told says no day of it (预约上门时间): drafted for a person, not sent."""
    lock = Product.model_validate({
        "id": "lock", "name": "人脸锁", "price": 2599, "colours": ["黑色"], "sizes": ["标准锁体"],
        "attributes": {"安装": "包上门安装,下单后48小时内师傅电话预约上门时间"}})
    reply = _engine_with_products(shop, [lock]).reply(text, item_id="lock", now=NOW)
    assert reply.mode == mode and "预约上门时间" in f"{reply.text} {reply.suggestion}"


def test_whether_it_comes_with_what_the_shop_also_sells_is_its_own_fact(shop: Shop) -> None:
    """「套装带氦气吗」 right after its price, in a shop that also sells 氦气罐: the set's 是否含氦气."""
    room = Product.model_validate({"id": "room", "name": "婚房布置套装", "aliases": ["套装"], "price": 59,
                                   "colours": ["中式红"], "sizes": ["基础款", "豪华款"], "prices": {"豪华款": 129},
                                   "attributes": {"是否含氦气": "套装不含氦气,想让气球飘起来要另外拍氦气罐"}})
    helium = Product.model_validate({"id": "helium", "name": "氦气罐", "aliases": ["氦气"], "category": "氦气",
                                     "price": 99, "colours": ["标准"], "sizes": ["50球"]})
    engine = _engine_with_products(shop, [room, helium])
    priced = engine.reply("两套豪华款多少钱", item_id="room", now=NOW)
    reply = engine.reply("套装带氦气吗", priced.conversation, item_id="room", now=NOW)
    assert reply.intents == ("product",) and "套装不含氦气" in reply.text


@pytest.mark.parametrize(("text", "stated"), [
    ("一盒多少粒", {"规格": "10粒装"}),  # 一盒 names the 10粒装, whose own name holds the count asked
    ("一粒多少克", {"净含量": "每粒5.5克咖啡粉"}),  # the weight of one: the fact
])
def test_how_many_a_variant_holds_is_told_by_its_own_name_where_it_says_so(shop: Shop, text: str,
                                                                          stated: dict[str, str]) -> None:
    capsules = Product.model_validate({
        "id": "capsules", "name": "咖啡胶囊", "price": 39, "size_label": "规格", "colours": ["经典意式"],
        "sizes": ["10粒装", "50粒装"], "variant_aliases": {"10粒装": ["一盒"], "50粒装": ["五盒"]},
        "attributes": {"净含量": "每粒5.5克咖啡粉"}})
    assert dict(read_facts(capsules, text).stated) == stated


def test_how_much_a_variant_holds_is_the_fact_its_label_names_where_the_product_states_one() -> None:
    """A washer-dryer sold by 容量 whose 容量 says how much each size washes and dries: 「10公斤的烘干能烘几公斤」
    is told that fact (烘干7公斤), not the size's own name, 10公斤."""
    combo = Product.model_validate({
        "id": "combo", "name": "洗烘一体机", "price": 3299, "size_label": "容量", "colours": ["星空灰"],
        "sizes": ["10公斤", "12公斤"],
        "attributes": {"容量": "10公斤款洗涤10公斤、烘干7公斤;12公斤款洗涤12公斤、烘干8公斤"}})
    assert dict(read_facts(combo, "10公斤的烘干能烘几公斤").stated) == {"容量": combo.attributes["容量"]}


@pytest.mark.parametrize(("text", "stated"), [
    ("要30个可以吗", {"起订量": "50个起订,之后按50个装拍"}),  # fewer than it is made for: the least it takes
    ("要60个可以吗", {}),  # enough: nothing of the least
    ("能只买20个吗 人不多", {"起订量": "50个起订,之后按50个装拍"}),  # may I, said before the count
    ("只要20个可以吗", {"起订量": "50个起订,之后按50个装拍"}),
    ("能买60个吗", {}),
])
def test_fewer_than_the_least_order_asked_is_told_that_least(shop: Shop, text: str, stated: dict[str, str]) -> None:
    boxes = Product.model_validate({"id": "boxes", "name": "喜糖盒", "price": 68, "colours": ["中式红"],
                                    "sizes": ["50个装"], "attributes": {"起订量": "50个起订,之后按50个装拍"}})
    assert dict(read_facts(boxes, text).stated) == stated


@pytest.mark.parametrize(("text", "stated"), [
    ("新疆发吗", set()),  # sending to a place: shipping's, not the material that names it
    ("西藏能寄不", set()),
    ("新疆长绒棉的吗", {"材质"}),  # the material asked by its words
])
def test_a_place_sent_to_asks_no_fact_whose_value_names_the_place(text: str, stated: set[str]) -> None:
    towel = Product.model_validate({"id": "towel", "name": "浴巾", "price": 89, "colours": ["白色"],
                                    "sizes": ["70x140"], "material": "100%新疆长绒棉,西藏牦牛绒边"})
    assert {name for name, _ in read_facts(towel, text).stated} == stated


@pytest.mark.parametrize(("text", "stated"), [
    ("是pc的吗", {"材质"}),  # a material by its Latin name
    ("是pc的还是abs的", {"材质"}),  # two of them, either or: the material, not the abs's own
    ("拉链五金是什么材质", set()),  # of another thing: not the case's
])
def test_a_material_asked_by_its_latin_name_is_the_material(text: str, stated: set[str]) -> None:
    case = Product.model_validate({"id": "case", "name": "行李箱", "price": 399, "colours": ["黑色"],
                                   "sizes": ["20寸"], "material": "100%PC箱体,内衬是涤纶布"})
    assert {name for name, _ in read_facts(case, text).stated} == stated


def test_a_fear_for_the_goods_on_the_way_is_told_their_packing_not_the_ship_day(shop: Shop) -> None:
    products = [p.model_copy(update={"attributes": {**p.attributes, "包装": "每支竿子配竿袋和PVC硬管,防压"}})
                if p.id == "dress-floral" else p for p in shop.products]
    reply = _engine_with_products(shop, products).reply("发货会不会压断", item_id="dress-floral", now=NOW)
    assert reply.intents == ("product",)
    assert "PVC硬管" in reply.text + reply.suggestion and "今天" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "stated"), [
    ("刻字的话多久能发货", {"发货时间"}),  # what the question supposes (刻字的话) is not asked
    ("刻字的话要加钱吗", {"刻字字数"}),    # unless nothing else is
    ("刻字字数多少", {"刻字字数"}),
    ("字数多少", {"刻字字数"}),
])
def test_a_condition_and_a_measure_of_another_fact_ask_nothing_of_their_own(shop: Shop, text: str,
                                                                           stated: set[str]) -> None:
    cup = _dress(shop, {"attributes": {"刻字字数": "一面最多12个字,两面加5元",
                                       "发货时间": "刻字款确认稿后3天内发货"}})
    assert set(dict(read_facts(cup, text).stated)) == stated


@pytest.mark.parametrize(("attributes", "text", "stated"), [
    ({"网络": "5G全网通,双卡双待"}, "双卡双待吗", "网络"),  # a bare 「X吗」 of a phrase the value says
    ({"网络": "移动联通电信广电都能用"}, "广电卡能用吗", "网络"),  # 广电卡: 广电
    ({"钢圈": "细软钢圈,包了软胶套不硌"}, "硌不硌", "钢圈"),  # 「A不A」 of what a value says
    ({"网络": "5G全网通,双卡双待"}, "卡不卡", None),  # 「A不A」 needs the value to say 不A: not 双卡
    ({"包装": "隐私发货,面单上只写服饰"}, "快递盒上会写内衣吗", "包装"),
    ({"能效": "一级能效,一天耗电约0.9度"}, "耗电量咋样 一天几度电", "能效"),
    ({"配件": "送眼镜盒和眼镜布", "产地": "丹阳"}, "这个套餐都包含啥", "配件"),  # what comes, with no 内含 written
    # 度电 is electricity used: not a temperature beside it (「温度」 of 56℃高温自清洁), nor a grade that says no
    # 度 of it (APF 5.30), which a person answers
    ({"能效等级": "新一级能效,APF 5.30", "温度": "56℃高温自清洁"}, "一晚上要多少度电", None),
    ({"能效等级": "新一级能效,一晚上约2度电", "温度": "56℃高温自清洁"}, "一晚上要多少度电", "能效等级"),
    ({"防水": "IP68,日常溅水没问题"}, "掉水里会坏吗", "防水"),
    ({"发货": "现货48小时内发货,价格便宜"}, "便宜吗", None),  # of the price, whatever a value says
    ({"屏幕": "14英寸OLED,120Hz刷新率"}, "刷新率多少", "屏幕"),  # 「X多少」 of a phrase the value says
    ({"接口": "2个雷电4,1个USB-A,1个HDMI"}, "有几个usb", "接口"),  # a Latin name, counted
    ({"接口": "2个雷电4,1个USB-A,1个HDMI"}, "有hdmi吗", "接口"),
    ({"接口": "2个雷电4,1个USB-A,1个HDMI"}, "usb口有几个", "接口"),
    ({"说明": "满99元免运费"}, "运费多少", None),  # of the order, whatever a value says
    # a key asking whether someone can is named by who (孕妇), not by what anyone can do (能用)
    ({"孕妇能用吗": "孕期可以用"}, "小孩能用吗", None),
    ({"孕妇能用吗": "孕期可以用"}, "男生能用吗", None),
    ({"孕妇能用吗": "孕期可以用"}, "孕妇可以用吗", "孕妇能用吗"),
    ({"宽脚能穿吗": "楦头偏宽,宽脚可以"}, "宽脚能穿吗", "宽脚能穿吗"),
    ({"宽脚能穿吗": "楦头偏宽,宽脚可以"}, "小孩能穿吗", None),
    ({"兼容": "Windows、Mac、iPad都能用"}, "ipad能用吗", "兼容"),  # a Latin name before 能用, not a bag's 容纳
    ({"兼容": "Windows、Mac、iPad都能用"}, "支持ipad吗", "兼容"),
])
def test_a_bare_question_of_a_phrase_a_value_says(shop: Shop, attributes: dict[str, str], text: str,
                                                   stated: str | None) -> None:
    facts = read_facts(_dress(shop, {"attributes": attributes}), text)
    assert [name for name, _ in facts.stated] == ([stated] if stated else [])


def test_a_phrase_said_to_be_is_found_in_the_selling_points(shop: Shop) -> None:
    washer = _dress(shop, {"attributes": {}, "selling_points": "10公斤大容量,直驱变频电机安静省电"})
    assert read_facts(washer, "是变频的吗").stated == (("详情", "10公斤大容量,直驱变频电机安静省电"),)
    assert not read_facts(washer.model_copy(update={"selling_points": "肉类都能放"}), "能放吗").stated  # too general


@pytest.mark.parametrize(("field", "text", "told"), [
    ("selling_points", "沙发坐着硬还是软", "坐感软中带弹"),  # a clause of the free text, by the kind's words
    ("material", "是什么质地的", "清透水状质地"),  # the material's text says how it feels too
])
def test_a_kind_of_fact_is_found_in_the_free_text(shop: Shop, field: str, text: str, told: str) -> None:
    said = {"selling_points": "坐深60厘米,坐感软中带弹不塌陷", "material": "清透水状质地,玻璃滴管瓶"}[field]
    plain = _dress(shop, {"attributes": {}, "selling_points": "", "material": "", "care": "",
                          "fit_note": "", field: said})
    assert any(told in value for _, value in read_facts(plain, text).stated)


@pytest.mark.parametrize(("text", "authentic"), [
    ("会不会假白", False), ("是假发吗", False), ("假期发货吗", False), ("是假的吗", True), ("假一赔几", True),
    ("怎么查真假", True), ("你们是旗舰店吗", True),  # the shop's own promise answers them
])
def test_fake_is_asked_by_its_own_words_not_by_any_jia(engine: Engine, text: str, authentic: bool) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert (reply.parts[0].case in ("authentic", "authentic_facts")) == authentic


def test_a_fact_whose_name_is_cut_to_a_word_of_another_kind_is_not_that_kind(shop: Shop) -> None:
    """发货时间 cut to 发货 is no 隐私发货 (a word of 包装): 「包装是什么样的」 is not told the ship time."""
    sofa = _dress(shop, {"attributes": {"发货时间": "现货付款后3天内发货"}})
    facts = read_facts(sofa, "包装是什么样的")
    assert (facts.stated, facts.missing) == ((), ("包装",))


@pytest.mark.parametrize(("text", "told"), [
    ("沙发是什么材质的", True), ("这个沙发什么材质", True), ("沙发的面料是什么", True),
    ("沙发腿是什么材质的", False),  # a part's: not the sofa's own material
])
def test_the_material_of_a_part_is_not_the_products_own(shop: Shop, text: str, told: bool) -> None:
    sofa = _dress(shop, {"name": "布艺沙发", "aliases": ["沙发"], "attributes": {},
                         "material": "框架松木,面料科技布"})
    facts = read_facts(sofa, text)
    assert bool(facts.stated) == told and bool(facts.missing) != told


def test_a_kind_word_inside_another_products_name_asks_nothing(shop: Shop) -> None:
    sheer = _dress(shop, {"attributes": {"透光": "白天透光,晚上能看到影子"}})
    text = "纱帘和遮光帘一起买有优惠吗"
    assert read_facts(sheer, text).stated  # (read alone, 遮光 would ask its 透光)
    assert not read_facts(sheer, text, named=((3, 6),)).stated  # 遮光 of the shop's 遮光帘: nothing asked


def test_a_kind_word_naming_the_product_itself_asks_nothing(shop: Shop) -> None:
    product = shop.product("dress-floral")
    assert product is not None
    rolled = product.model_copy(update={"name": "压缩卷包床垫", "aliases": ["压缩床垫"], "attributes": {
        "厚度": "20厘米", "气味": "压缩包装刚打开会有一点海绵味"}})
    assert read_facts(rolled, "压缩的床垫多厚").stated == (("厚度", "20厘米"),)  # 压缩的床垫 is the product


@pytest.mark.parametrize(("attributes", "text", "stated"), [
    ({"防晒指数": "SPF50+"}, "防嗮指数多少", "防晒指数"),  # a typo in the name: its last word still names it
    ({"用量": "每天5克", "冲调方法": "温水冲服"}, "一天几克", "用量"),  # (喷量 is a kind of its own, not 用量)
    ({"保质期": "24个月,现在发的是10月生产的批次"}, "现在发的是啥时候生产的", "生产日期"),  # the part saying it
])
def test_a_fact_named_in_part(shop: Shop, attributes: dict[str, str], text: str, stated: str) -> None:
    assert stated in dict(read_facts(_dress(shop, {"attributes": attributes}), text).stated)


def test_a_name_said_that_the_pages_own_name_holds_keeps_the_page(make_engine: Callable[..., Engine]) -> None:
    calcium = {"id": "calcium", "name": "碳酸钙维生素D3片", "price": 99, "colours": ["原味"], "sizes": ["60片"],
               "attributes": {"食用方法": "每天1片,可以嚼碎也可以吞"}}
    drops = {"id": "drops", "name": "婴幼儿D3滴剂", "aliases": ["维生素D"], "price": 89, "colours": ["原味"],
             "sizes": ["10ml"], "attributes": {"食用方法": "每天1滴,滴进宝宝嘴里"}}
    engine = make_engine(products=[calcium, drops])
    first = engine.reply("含维生素D吗", item_id="calcium")
    assert first.conversation.product_id == "calcium"  # its own 维生素D3, not the drops named 维生素D
    then = engine.reply("是嚼的还是吞的", first.conversation, item_id="calcium")
    assert "嚼碎" in then.text + then.suggestion


def test_a_kind_a_fact_told_already_speaks_of_is_not_missing(shop: Shop) -> None:
    powder = _dress(shop, {"attributes": {"冲调方法": "一勺加250毫升常温水,不要用开水冲"}})
    facts = read_facts(powder, "怎么冲 用热水可以吗")
    assert [name for name, _ in facts.stated] == ["冲调方法"] and facts.missing == ()  # 开水: it speaks of heat


@pytest.mark.parametrize("text", ["有几公斤的", "多重啊"])
def test_a_kind_the_variants_are_named_after_is_told_by_them(shop: Shop, text: str) -> None:
    """Dumbbells sold by their 重量 (15kg, 24kg) with no fact of it: the weights they come in, not the
    selling points' 2.5公斤一档."""
    dumbbell = _dress(shop, {"size_label": "重量", "sizes": ["15kg", "24kg"], "selling_points": "换重量2.5公斤一档",
                             "attributes": {"底座": "换重量时放在底座上"}})
    assert read_facts(dumbbell, text).stated == (("重量", "15kg、24kg"),)


@pytest.mark.parametrize(("text", "told"), [
    ("女生新手拿几公斤的合适", "适用人群"),  # which suits, of someone the fact names: that fact
    ("有几公斤的", "重量"),  # which there are: the weights
])
def test_which_variant_suits_someone_is_the_fact_that_says_whom_each_suits(shop: Shop, text: str, told: str) -> None:
    dumbbell = _dress(shop, {"size_label": "重量", "sizes": ["15kg", "24kg"], "selling_points": "换重量2.5公斤一档",
                             "attributes": {"适用人群": "15kg款适合女生和入门,24kg款适合大部分男生"}})
    assert [name for name, _ in read_facts(dumbbell, text).stated] == [told]


def test_the_variants_own_kind_asked_is_no_fact_to_check(shop: Shop) -> None:
    mattress = _dress(shop, {"colour_label": "厚度", "attributes": {"软硬度": "侧睡多的建议25cm"}})
    facts = read_facts(mattress, "我平时侧睡 选哪个厚度")
    assert [name for name, _ in facts.stated] == ["软硬度"] and facts.missing == ()  # its 厚度 are its variants


def test_which_looks_better_is_a_matter_of_taste_for_a_person(engine: Engine) -> None:
    reply = engine.reply("黑色和米白哪个好看", item_id="dress-floral")
    assert (reply.parts[0].case, reply.mode) == ("unknown", "handoff")  # not the material and selling points


@pytest.mark.parametrize("then", ["超出的怎么算钱", "超出部分怎么收费", "那超出的话咋算"])
def test_what_goes_past_an_included_amount_asked_next_is_the_fact_that_prices_it(
        make_engine: Callable[..., Engine], then: str) -> None:
    """「超出的怎么算钱」 after 安装 and 铜管 were told: the one saying 超出的部分每米80元, never a haggle."""
    aircon = {"id": "ac", "name": "变频挂机", "price": 2799, "colours": ["白色"], "sizes": ["1.5匹"],
              "attributes": {"安装": "免费基础安装,包含3米铜管和1个过墙孔",
                             "铜管": "免费安装含3米铜管,超出的部分每米80元"}}
    engine = make_engine(products=[aircon])
    first = engine.reply("免费安装送几米铜管", item_id="ac")
    then_reply = engine.reply(then, first.conversation, item_id="ac")
    assert then_reply.intents == ("product",) and "每米80元" in then_reply.text and "过墙孔" not in then_reply.text


@pytest.mark.parametrize("then", ["要加钱吗 多少", "要钱不", "免费吗"])
def test_what_a_service_told_of_costs_asked_next_is_that_fact_again(make_engine: Callable[..., Engine],
                                                                    then: str) -> None:
    mattress = {"id": "mattress", "name": "床垫", "price": 1999, "colours": ["白色"], "sizes": ["1.8米"],
                "attributes": {"送货上楼": "默认送到楼下;有电梯免费,没电梯每层加收15元"}}
    engine = make_engine(products=[mattress])
    first = engine.reply("能送上楼吗", item_id="mattress")
    then = engine.reply(then, first.conversation, item_id="mattress")
    assert then.intents == ("product",) and "每层加收15元" in then.text + then.suggestion
    price = engine.reply("多少钱", first.conversation, item_id="mattress")  # the price asked is still the price
    assert price.intents == ("bargain",)


@pytest.mark.parametrize(("sizes", "said"), [(["1.5m床单款", "1.8m床单款"], "规格：1.5m床单款、1.8m床单款"),
                                            (["S", "M"], "尺码：S、M")])  # letter sizes too, by the shop's label
def test_the_sizes_asked_as_specifications_are_listed(shop: Shop, sizes: list[str], said: str) -> None:
    label = {"size_label": "规格"} if sizes[0].endswith("款") else {}
    stock = {"米白色": {size: 5 for size in sizes}}
    engine = _bare(shop, sizes=sizes, stock=stock, restock=[], prices={}, **label)
    reply = engine.reply("有哪些规格", item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "facts" and said in reply.suggestion


@pytest.mark.parametrize("text", ["什么颜色的", "有什么颜色", "有哪些颜色"])
def test_the_colours_asked_in_any_words_are_listed(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert "米白色、雾霾蓝、黑色" in reply.text + reply.suggestion


def test_a_variant_of_the_page_that_is_another_products_alias_keeps_the_page(
        make_engine: Callable[..., Engine]) -> None:
    watch = {"id": "watch", "name": "机械男表", "price": 1899, "colours": ["黑盘", "蓝盘"], "sizes": ["钢带", "皮带"],
             "stock": {"黑盘": {"钢带": 5, "皮带": 5}, "蓝盘": {"钢带": 0, "皮带": 8}}}
    strap = {"id": "strap", "name": "真皮替换表带", "aliases": ["皮带", "表带"], "price": 199, "colours": ["棕色"],
             "sizes": ["20mm"]}
    reply = make_engine(products=[watch, strap]).reply("蓝盘皮带有吗", item_id="watch")
    assert reply.conversation.product_id == "watch" and reply.parts[0].case in ("in_stock", "in_stock_count")


@pytest.mark.parametrize("text", ["标准版跟无线充版有啥区别", "无线充版和标准版哪里不一样", "无线充版比标准版多了啥"])
def test_how_two_variants_differ_is_the_facts_that_speak_of_them(shop: Shop, text: str) -> None:
    engine = _bare(shop, sizes=["标准版", "无线充版"], stock={"米白色": {"标准版": 5, "无线充版": 5}},
                   restock=[], prices={}, attributes={"无线充电": "只有无线充版支持Qi无线充,标准版只能插线充",
                                                      "续航": "单次8小时", "内存": "标准版32G,无线充版64G"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    part = reply.parts[0]
    assert (part.intent, part.case) == ("product", "facts")
    assert "标准版只能插线充" in reply.suggestion and "无线充版64G" in reply.suggestion  # both sides of each
    assert "8小时" not in reply.suggestion  # a fact of neither
    assert "价格" not in reply.suggestion  # (of one price: nothing of it)


def test_two_variants_told_apart_are_told_their_prices_first_where_they_differ(shop: Shop) -> None:
    """「磷铜跟黄铜有啥区别」 of strings whose material speaks of both: 38元 and 32元, then that."""
    engine = _bare(shop, colours=["民谣磷铜", "民谣黄铜"], sizes=["轻"], prices={"民谣磷铜": 38, "民谣黄铜": 32},
                   stock={"民谣磷铜": {"轻": 5}, "民谣黄铜": {"轻": 5}}, restock=[],
                   variant_aliases={"民谣磷铜": ["磷铜"], "民谣黄铜": ["黄铜"]},
                   material="民谣弦是磷铜或80/20黄铜缠绕,芯线是六角高碳钢", attributes={})
    reply = engine.reply("磷铜跟黄铜有啥区别", item_id="dress-floral", now=NOW)
    said = reply.text + reply.suggestion
    assert reply.parts[0].intent == "product" and "民谣磷铜 38元、民谣黄铜 32元" in said and "高碳钢" in said


def test_which_to_choose_is_the_fact_named_choosing_alone(shop: Shop) -> None:
    """「头顶稀疏的话选哪个规格」 of hair patches whose 选择 says which for how much thinning: that, not the sizes."""
    choosing = "稀疏面积小于10x12厘米选小号,大一点的选大号"
    patch = _dress(shop, {"sizes": ["小号", "大号"], "stock": {}, "restock": [], "size_chart": [],
                          "attributes": {"选择": choosing, "材质": "真人发"}})
    assert dict(read_facts(patch, "头顶稀疏的话选哪个规格").stated) == {"选择": choosing}


@pytest.mark.parametrize(("text", "told", "not_told"), [
    ("我近视650度 选哪个镜片好", "500到800度建议1.67", "万新"),  # which to choose: the fact of choosing
    ("镜片怎么选", "500到800度建议1.67", "万新"),
    ("镜片是什么牌子的", "万新", "建议1.67"),  # no choice asked: the lens itself
])
def test_which_to_choose_is_the_fact_named_for_choosing(make_engine: Callable[..., Engine], text: str, told: str,
                                                        not_told: str) -> None:
    frame = {"id": "frame", "name": "近视眼镜", "price": 99, "colours": ["黑色"], "sizes": ["1.56镜片", "1.67镜片"],
             "prices": {"1.67镜片": 369},
             "attributes": {"镜片": "万新非球面树脂镜片,带加硬膜", "度数": "近视0到800度都能配",
                            "镜片怎么选": "300度以内选1.56就够;500到800度建议1.67,边缘更薄"}}
    reply = make_engine(products=[frame]).reply(text, item_id="frame", now=NOW)
    said = reply.text if reply.mode == "auto" else reply.suggestion
    assert reply.parts[0].intent == "product" and told in said and not_told not in said


@pytest.mark.parametrize(("attributes", "text", "told"), [
    ({"加热时间": "常温饭菜20到30分钟", "电压": "220V"}, "热一次要多久", "20到30分钟"),  # how long it takes, done once
    ({"养护": "每天换水,一般能开5到7天", "配送范围": "只做杭州同城"}, "花能放几天啊", "5到7天"),  # how long it keeps
    ({"刃角": "双面开刃,每边15度,左右手都能用", "重量": "约190克"}, "左撇子能用不", "左右手都能用"),
    ({"能不能砍骨头": "不能砍骨头,刃口薄", "重量": "约190克"}, "这刀能剁排骨吗", "不能砍骨头"),
    ({"加字": "可以免费加文字,最多10个字", "重量": "约30克"}, "能加名字吗 要加钱不", "免费加文字"),
    ({"阻力": "15磅约7公斤,25磅约11公斤", "尺寸": "长208厘米"}, "大概多大劲", "15磅约7公斤"),  # not 多大 of 尺寸
    ({"NFC": "能刷公交卡,苹果手机开通不了", "续航": "7天"}, "能刷公交卡吗", "苹果手机开通不了"),
    ({"饵重": "适合5-15克的饵", "重量": "约118克"}, "能抛多重的饵", "5-15克"),  # not 多重 of 重量
    # 会结晶 is no more than 结晶: 是否结晶, not a 冬季配送 that says 可能会结晶
    ({"是否结晶": "一般不结晶", "冬季配送": "北方冬天路上可能会结晶"}, "会结晶不", "一般不结晶"),
    # 包得住 of 都能包住: the verb and its result asked with 得 between
    ({"尺寸": "裙边高35厘米,30厘米以内的床垫都能包住", "防水": "TPU防水膜"}, "我床垫28公分厚 这个包得住不", "都能包住"),
    ({"尺寸": "裙边高35厘米,30厘米以内的床垫都能包住", "防水": "TPU防水膜"}, "我床垫28公分厚 包的住吗", "都能包住"),
    # 软还是硬 of a fact named 硬度: all it says, not the clause of it that says 软硬
    ({"硬度": "中等偏软,软硬适中;喜欢睡硬的建议选椰棕床垫", "厚度": "22厘米"}, "这个软还是硬啊 我腰不太好", "中等偏软"),
    # another thing named by its measure (46 of 46mm), in one fact alone
    ({"适配": "20mm适配41mm的表;22mm适配46mm的表", "长度": "均码"}, "46的表用哪个宽度", "22mm适配46mm"),
])
def test_a_fact_asked_in_buyers_words_is_the_fact_that_says_it(make_engine: Callable[..., Engine],
                                                                  attributes: dict[str, str], text: str,
                                                                  told: str) -> None:
    goods = {"id": "goods", "name": "商品", "price": 99, "colours": ["默认"], "sizes": ["标准"],
             "attributes": attributes}
    reply = make_engine(products=[goods]).reply(text, item_id="goods", now=NOW)
    said = reply.text if reply.mode == "auto" else reply.suggestion
    assert reply.parts[0].intent == "product" and told in said


@pytest.mark.parametrize(("then", "told"), [
    ("那玻璃壳有华为的吗", "华为没有这款"),  # a question of its own, after the product's name: its fact
    ("玻璃壳有华为的吗", "华为没有这款"),
    ("那玻璃壳能吸吗", "内置磁圈"),  # the same again, of the other
])
def test_a_bare_question_after_another_products_name_is_its_own(make_engine: Callable[..., Engine], then: str,
                                                                 told: str) -> None:
    soft = {"id": "soft", "name": "定制软壳", "price": 29.9, "colours": ["透明"], "sizes": ["iPhone16"],
            "attributes": {"是否支持磁吸": "软壳不带磁圈,不能吸磁吸支架"}}
    glass = {"id": "glass", "name": "磁吸玻璃壳", "aliases": ["玻璃壳"], "price": 45, "colours": ["透明"],
             "sizes": ["iPhone16"],
             "attributes": {"是否支持磁吸": "支持,内置磁圈", "兼容机型": "只做iPhone,华为没有这款"}}
    engine = make_engine(products=[soft, glass])
    first = engine.reply("这个能吸磁吸支架吗", item_id="soft", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="soft", now=NOW)
    said = reply.text if reply.mode == "auto" else reply.suggestion
    assert reply.parts[0].intent == "product" and told in said


def test_a_variant_said_by_another_name_of_it_asks_no_fact_whose_words_name_it(
        make_engine: Callable[..., Engine]) -> None:
    """「大马士革20的400行不」: an offer for the 大马士革 one, not a question of 硬度, whose words name that steel."""
    knife = {"id": "knife", "name": "主厨刀", "price": 199, "colours": ["VG10大马士革钢", "5Cr15MoV不锈钢"],
             "sizes": ["20cm"], "prices": {"VG10大马士革钢": 459}, "variant_aliases": {"VG10大马士革钢": ["大马士革"]},
             "attributes": {"硬度": "VG10大马士革钢约60-61HRC,5Cr15MoV约56-58HRC"}}
    reply = make_engine(products=[knife]).reply("大马士革20的400行不 行我就拍了", item_id="knife", now=NOW)
    assert reply.intents == ("bargain",) and "HRC" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "told", "not_told"), [
    ("调音器送吗", "电子调音器", "发货前调好音"),  # the thing named first, then 送: what comes with it
    ("变调夹送不送", "店里单独卖", "发货前调好音"),
    ("送调音器吗", "电子调音器", "发货前调好音"),
])
def test_a_thing_asked_to_come_with_it_named_before_or_after_送_is_the_fact_of_what_comes(
        make_engine: Callable[..., Engine], text: str, told: str, not_told: str) -> None:
    guitar = {"id": "guitar", "name": "民谣吉他", "price": 299, "colours": ["原木色"], "sizes": ["40寸"],
              "attributes": {"赠品": "买琴送新手礼包:琴包、背带、拨片、电子调音器",
                             "调音": "发货前调好音,用调音器再调一下", "变调夹": "不带变调夹,店里单独卖,19元一个"}}
    reply = make_engine(products=[guitar]).reply(text, item_id="guitar", now=NOW)
    said = reply.text if reply.mode == "auto" else reply.suggestion
    assert "logistics" not in reply.intents and told in said and not_told not in said


def test_how_two_variants_differ_asked_beside_the_price_is_both(make_engine: Callable[..., Engine]) -> None:
    """「大马士革跟5cr15有啥区别啊 差多少钱」: the prices, and the fact that tells the two steels apart."""
    knife = {"id": "knife", "name": "主厨刀", "price": 199, "colours": ["VG10大马士革钢", "5Cr15MoV不锈钢"],
             "sizes": ["20cm"], "prices": {"VG10大马士革钢": 459},
             "variant_aliases": {"VG10大马士革钢": ["大马士革"], "5Cr15MoV不锈钢": ["5cr15"]},
             "attributes": {"硬度": "VG10大马士革钢约60-61HRC,5Cr15MoV约56-58HRC", "重量": "约190克"}}
    reply = make_engine(products=[knife]).reply("大马士革跟5cr15有啥区别啊 差多少钱", item_id="knife", now=NOW)
    assert reply.intents == ("bargain", "product")
    assert all(word in reply.text for word in ("459元", "199元", "60-61HRC", "56-58HRC"))
    assert "190克" not in reply.text


@pytest.mark.parametrize(("text", "mode"), [
    ("跟苹果官方的magsafe壳比有啥区别", "handoff"),  # goods the shop does not sell: no fact compares them
    ("支持magsafe吗", "auto"),
])
def test_a_difference_asked_against_goods_the_shop_does_not_sell_is_for_a_person(shop: Shop, text: str,
                                                                                 mode: str) -> None:
    case = Product.model_validate({"id": "case", "name": "磁吸手机壳", "price": 59, "colours": ["透明"],
                                   "sizes": ["iPhone16"], "attributes": {"磁吸": "内置N52磁环,支持MagSafe磁吸充电"}})
    reply = _engine_with_products(shop, [case]).reply(text, item_id="case", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("facts", mode) and "N52" in f"{reply.text} {reply.suggestion}"


def test_how_two_variants_differ_is_a_clause_of_the_free_text_where_no_fact_speaks_of_them(shop: Shop) -> None:
    engine = _bare(shop, colours=["生茶", "熟茶"], sizes=["2020年"], restock=[], prices={},
                   stock={"生茶": {"2020年": 5}, "熟茶": {"2020年": 5}}, attributes={"产地": "云南勐海"},
                   selling_points="一饼357克,棉纸包装;生茶香气高、回甘快,熟茶醇厚顺滑不刺激肠胃。")
    reply = engine.reply("生茶和熟茶有啥区别", item_id="dress-floral", now=NOW)
    assert (reply.parts[0].intent, reply.parts[0].case) == ("product", "facts")
    said = f"{reply.text} {reply.suggestion}"
    assert "熟茶醇厚顺滑" in said and "357克" not in said  # the clause of both, not the whole text


def test_how_two_variants_differ_is_told_too_by_the_free_texts_clauses_that_between_them_tell_each(
        shop: Shop) -> None:
    engine = _bare(shop, colours=["底盘加热款", "IH款"], sizes=["4L"], restock=[], prices={},
                   variant_aliases={"底盘加热款": ["普通款", "普通的"], "IH款": ["IH", "IH的"]},
                   stock={"底盘加热款": {"4L": 5}, "IH款": {"4L": 5}}, attributes={"功率": "底盘加热款760W;IH款1200W"},
                   selling_points="IH款是电磁立体加热,米饭更香;普通款是底盘加热,性价比高;都支持24小时预约。")
    reply = engine.reply("ih和普通的有啥区别", item_id="dress-floral", now=NOW)
    said = f"{reply.text} {reply.suggestion}"
    assert "电磁立体加热" in said and "性价比高" in said and "IH款1200W" in said  # the clause of each, and the fact
    assert "24小时预约" not in said  # a clause of neither


@pytest.mark.parametrize(("text", "intent"), [("侧撞保护有吗", None), ("拉链坏了", "returns")])
def test_a_fact_asked_with_有吗_is_no_stock_question_beside_it(shop: Shop, text: str, intent: str | None) -> None:
    engine = _bare(shop, attributes={"侧撞保护": "两侧有可拆的侧撞保护块", "拉链": "YKK拉链"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "stock" not in reply.intents  # 有吗 of the fact asks whether it has it, not the goods in stock
    assert intent is None or intent in reply.intents  # (坏了 says something happened: a fault beside it)


@pytest.mark.parametrize(("text", "page"), [("lite能用吗", True), ("这个保护套lite能用吗", True),
                                            ("别的牌子的lite能接吗", True), ("lite多少钱", False)])
def test_another_product_asked_to_fit_an_accessory_whose_facts_name_it_keeps_the_page(
        make_engine: Callable[..., Engine], text: str, page: bool) -> None:
    case = {"id": "case", "name": "耳机保护套", "aliases": ["保护套"], "price": 39, "colours": ["白色"],
            "sizes": ["均码"], "attributes": {"适配": "只适配Pro的充电盒,Lite用不了"}}
    lite = {"id": "lite", "name": "Lite半入耳耳机", "aliases": ["lite"], "price": 129, "colours": ["白色"],
            "sizes": ["标准版"]}
    reply = make_engine(products=[case, lite]).reply(text, item_id="case", now=NOW)
    assert (reply.conversation.product_id == "case") == page  # 能用吗 asks of the case; 多少钱 of the Lite


@pytest.mark.parametrize(("page", "text", "fact"), [
    ("tarp", "天幕带杆子吗", "天幕杆"),  # its own name, then 杆 of the fact's name
    ("tarp", "天幕多少钱", None),  # nothing of the rest of it: the price
    ("stove", "能在帐篷里用吗 冬天太冷了", "帐篷内使用"),  # another product's name, a fact of the stove's
    ("stove", "帐篷有货吗", None),  # the tent's stock
])
def test_a_fact_named_by_a_products_name_and_more_is_asked_by_them(
        make_engine: Callable[..., Engine], page: str, text: str, fact: str | None) -> None:
    tarp = {"id": "tarp", "name": "蝶形遮阳天幕", "aliases": ["天幕"], "price": 189, "colours": ["黑色"],
            "sizes": ["3x4米"], "attributes": {"天幕杆": "标配两根2.3米铁杆", "搭建": "需要两个人"}}
    stove = {"id": "stove", "name": "户外卡式炉", "aliases": ["卡式炉"], "price": 159, "colours": ["黑色"],
             "sizes": ["标准款"], "attributes": {"帐篷内使用": "不能在帐篷里用,会一氧化碳中毒", "功率": "2900瓦"}}
    tent = {"id": "tent", "name": "速开帐篷", "aliases": ["帐篷"], "price": 299, "colours": ["军绿"], "sizes": ["2人"]}
    reply = make_engine(products=[tarp, stove, tent]).reply(text, item_id=page, now=NOW)
    facts = [part.facts.get("facts", "") for part in reply.parts if part.intent == "product"]
    assert (fact is not None and reply.conversation.product_id == page) or fact is None
    assert any(f"{fact}：" in told for told in facts) if fact else not any("：" in told for told in facts)


@pytest.mark.parametrize(("text", "mode", "says"), [
    # no fact named, but one says the buyer's own words: sent where a long word is its own
    ("这个能放燃气灶上热吗", "auto", "燃气灶和电磁炉都能直接加热"),
    # ... and drafted for a person where only a short one is
    ("这个没电了怎么办", "handoff", "没电了用充电宝临时供电"),
])
def test_a_fact_found_by_the_buyers_words_in_its_value_is_told(shop: Shop, text: str, mode: str, says: str) -> None:
    engine = _bare(shop, attributes={"明火加热": "平底的,燃气灶和电磁炉都能直接加热",
                                     "应急": "没电了用充电宝临时供电", "产地": "广州"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert (reply.intents[0], reply.parts[0].case, reply.mode) == ("product", "facts", mode)
    assert says in reply.suggestion
    assert (says in reply.text) == (mode == "auto")  # a draft is for the person: the buyer is told they will answer


@pytest.mark.parametrize(("text", "intent"), [("会起球吗", "product"), ("起球了吗", "product"),
                                              ("穿了一次就起球了", "returns")])
def test_a_facts_word_said_as_happened_is_a_fault_not_a_question_of_it(shop: Shop, text: str, intent: str) -> None:
    engine = _bare(shop, attributes={"起球": "做了抗起球处理,正常穿不起球"})
    assert engine.reply(text, item_id="dress-floral", now=NOW).intents[0] == intent


@pytest.mark.parametrize(("statement", "text", "said"), [
    ("原厂正品国行,全国联保", "是国行吗", "国行"),
    ("自家蜂场摇的蜜,不掺糖浆;每批都送第三方检测,有检测报告", "有没有检测报告", "有检测报告"),  # (of 安全等级)
])
def test_a_kind_the_product_does_not_state_but_the_shops_promise_does_is_that_promise(
        shop: Shop, statement: str, text: str, said: str) -> None:
    promise = shop.model_copy(update={"shop": shop.shop.model_copy(update={"authenticity": statement})})
    engine = _bare(promise, attributes={"产地": "广州"})
    part = engine.reply(text, item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "authentic" and said in part.text


def test_a_fact_a_running_promotion_speaks_of_is_told_with_it(shop: Shop) -> None:
    promotions = [{"name": "圣诞印号码", "description": "50件以上背后免费印名字或号码。", "start": "2026-12-20",
                   "end": "2026-12-25"}]
    engine = _bare(shop.model_copy(update={"promotions": [Promotion.model_validate(p) for p in promotions]}),
                   attributes={"名字号码": "背后印名字或号码每件加5元"})
    during = engine.reply("名字号码加钱吗", item_id="dress-floral", now=dt.datetime(2026, 12, 21, 10)).parts[0]
    assert (during.case, during.facts["promotion_name"]) == ("facts_promotion", "圣诞印号码")
    after = engine.reply("名字号码加钱吗", item_id="dress-floral", now=dt.datetime(2026, 12, 27, 10)).parts[0]
    assert after.case == "facts"  # over: the fact alone


def test_a_promotion_that_only_names_a_fact_in_passing_is_not_told_with_it(shop: Shop) -> None:
    """A subsidy whose terms say 收货和安装地址要在领资格的省份内 changes nothing of the installation fact."""
    promotions = [{"name": "国家补贴", "description": "付款时立减15%;收货和安装地址要在领资格的省份内"}]
    engine = _bare(shop.model_copy(update={"promotions": [Promotion.model_validate(p) for p in promotions]}),
                   attributes={"安装": "免费标准安装,含3米铜管"})
    part = engine.reply("包安装吗", item_id="dress-floral", now=NOW).parts[0]
    assert part.case == "facts" and "国家补贴" not in part.text


def test_a_cost_asked_of_a_length_is_the_fact_pricing_its_range(shop: Shop) -> None:
    """「层高2米9 做落地的要加钱吗」: the 高度 that prices 2.7米到3.2米, not the 测量方法 that says 落地."""
    engine = _bare(shop, attributes={"高度": "2.7米以内同价;2.7米到3.2米每米宽补加高费20元",
                                     "测量方法": "高度从轨道下沿量起,落地款离地1到2厘米"})
    reply = engine.reply("层高2米9 做落地的要加钱吗", item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "product" and "补加高费20元" in reply.text + reply.suggestion
    assert "离地1到2厘米" not in reply.text + reply.suggestion


def test_a_question_the_fact_just_told_speaks_of_is_drafted_with_it(shop: Shop) -> None:
    engine = _bare(shop, attributes={"加绒": "这款不加绒,冬天里面可以穿一条薄秋裤", "厚度": "中厚,冬天春天都能穿",
                                     "产地": "广州"})
    first = engine.reply("加绒吗", item_id="dress-floral", now=NOW)
    then = engine.reply("冬天穿冷吗", first.conversation, item_id="dress-floral", now=NOW)
    assert then.parts[0].case == "facts" and "薄秋裤" in then.suggestion
    assert then.mode == "handoff" and "薄秋裤" not in then.text  # a draft for the person


@pytest.mark.parametrize(("text", "says"), [
    ("真皮的还是pu的", "PU款是超纤PU"),  # which of its 材质: the material it states, of both
    ("钢带还是皮带好", None),  # which would be better: advice, a person's
])
def test_which_of_two_variants_it_is_asks_the_kind_they_are_sold_by(shop: Shop, text: str, says: str | None) -> None:
    engine = _bare(shop, sizes=["头层牛皮款", "PU款"], colours=["黑色"], size_label="材质", size_chart=[],
                   stock={}, restock=[], material="头层牛皮款是整张头层牛皮;PU款是超纤PU",
                   variant_aliases={"头层牛皮款": ["真皮"], "PU款": ["pu"]})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert (says is not None and says in reply.suggestion and "头层牛皮" in reply.suggestion) or says is None


def test_a_fact_named_as_a_question_keeps_its_question_word_when_told() -> None:
    assert Facts((("能放下什么", "iPad能放"), ("磨脚吗", "不磨"))).text == "能放下什么：iPad能放；磨脚：不磨"


def test_a_kinds_word_read_across_two_words_asks_nothing(shop: Shop) -> None:
    """「ro膜能滤掉水垢吗」 holds 掉水 across 滤掉 and 水垢: no question of 防水."""
    filters = _dress(shop, {"attributes": {"防水": "滤芯拧一下就能换", "产地": "广东"}})
    assert "防水" not in dict(read_facts(filters, "ro膜能滤掉水垢吗").stated)
    assert "防水" in dict(read_facts(filters, "手机掉水里了怎么办").stated)


def test_whether_a_coupon_may_be_used_asks_no_fit_of_the_product(shop: Shop) -> None:
    """「那券还能用吗」 of car mats whose 适配 names the cars they fit: the coupon, not the fit."""
    engine = _bare(shop, attributes={"适配": "朗逸2018到2025款"})
    reply = engine.reply("那券还能用吗", item_id="dress-floral", now=NOW)
    assert "product" not in reply.intents
    assert "product" in engine.reply("朗逸能用吗", item_id="dress-floral", now=NOW).intents


def test_a_fact_asked_after_what_happened_is_still_asked(shop: Shop) -> None:
    """「旧的坏了开不了机 还能以旧换新吗」: the trade-in is asked after what was said of the old one."""
    engine = _bare(shop, attributes={"以旧换新": "旧的不能开机也可以抵50元", "保修": "主机保修2年"})
    reply = engine.reply("旧的坏了开不了机 还能以旧换新吗", item_id="dress-floral", now=NOW)
    assert "product" in reply.intents and "抵50元" in reply.suggestion
    assert "product" not in engine.reply("穿了一次就起球了", item_id="dress-floral", now=NOW).intents


_X9 = {"id": "x9", "name": "X9电动牙刷", "aliases": ["x9"], "price": 399, "colours": ["黑色"], "sizes": ["标准版"],
       "attributes": {"续航": "能用90天", "充电方式": "Type-C", "防水等级": "IPX7", "保修": "3年"}}
_T5 = {"id": "t5", "name": "T5电动牙刷", "aliases": ["t5"], "price": 199, "colours": ["白色"], "sizes": ["标准版"],
       "attributes": {"续航": "能用60天", "充电方式": "磁吸座", "防水等级": "IPX7", "刷头": "T系列"}}
_HEADS = {"id": "heads", "name": "替换刷头", "aliases": ["刷头"], "price": 39, "colours": ["白色"],
          "sizes": ["2支装"], "attributes": {"适配": "T5"}}


def test_two_products_compared_are_told_the_facts_that_differ_most(make_engine: Callable[..., Engine]) -> None:
    """Of more facts that differ than are told, those that say much the same in other words go."""
    def honey(pid: str, name: str, facts: dict[str, str]) -> dict[str, object]:
        return {"id": pid, "name": name, "aliases": [name], "price": 59, "colours": ["玻璃瓶"], "sizes": ["500g"],
                "attributes": facts}
    jujube = honey("jujube", "枣花蜜", {
        "产地": "河南灵宝枣园", "采收时间": "2026年6月采收", "配料": "100%枣花蜂蜜,不加糖浆",
        "储存方式": "常温避光保存,不要放冰箱", "结晶": "冬天容易结晶,乳白色颗粒", "食用方法": "温水冲开喝"})
    acacia = honey("acacia", "槐花蜜", {
        "产地": "河南卢氏县", "采收时间": "2026年5月采收", "配料": "100%槐花蜂蜜,不加糖浆",
        "储存方式": "常温避光保存,不用放冰箱", "结晶": "最不容易结晶的", "食用方法": "温水冲开喝,也可以抹面包"})
    part = make_engine(products=[jujube, acacia]).reply("枣花蜜跟槐花蜜有啥区别", item_id="jujube", now=NOW).parts[0]
    told = str(part.facts["facts"])
    assert part.case == "compared" and "最不容易结晶" in told and "河南卢氏县" in told and "5月" in told
    assert "抹面包" not in told and told.count("【") == 4  # 食用方法: the one says all the other does, and more


def test_two_models_compared_are_told_the_short_specs_whose_numbers_differ_first(
        make_engine: Callable[..., Engine]) -> None:
    """3种模式 and 5种模式 say the same words around their numbers, yet set the two apart more than long terms do."""
    def brush(pid: str, modes: str, days: str, charging: str, box: str, cover: str, volts: str) -> dict[str, object]:
        return {"id": pid, "name": f"{pid.upper()}电动牙刷", "aliases": [pid], "price": 199, "colours": ["白色"],
                "sizes": ["标准版"], "attributes": {"模式": modes, "续航": days, "充电方式": charging, "内含": box,
                                                   "保修": cover, "电压": volts}}
    x3 = brush("x3", "3种模式:清洁、美白、敏感", "充满约30天", "无线感应底座,插墙上插座,不是Type-C,充满约12小时",
               "单支装含主机1支、刷头1支、底座1个;情侣装是主机2支、刷头2支", "主机1年只换不修,刷头和底座不保修",
               "底座只支持220V,出国要转换插头")
    x5 = brush("x5", "5种模式:清洁、美白、抛光、按摩、敏感", "充满约60天",
               "磁吸充电座,Type-C接口,充电头自备,充满约4小时", "标准版含主机1支、刷头2支、充电座1个;礼盒版另加旅行盒",
               "主机2年只换不修,人为摔坏除外", "5V输入,全球通用")
    part = make_engine(products=[x3, x5]).reply("x3和x5有啥区别", item_id="x5", now=NOW).parts[0]
    told = str(part.facts["facts"])
    assert part.case == "compared" and "【模式】" in told and "【续航】" in told


@pytest.mark.parametrize(("text", "item"), [
    ("x9和t5有啥区别", "x9"),  # two named
    ("这个跟t5有什么不同", "x9"),  # one named, and the page's (这个)
    ("t5和x9差在哪", None),  # no page: both named
])
def test_two_products_compared_are_told_side_by_side(make_engine: Callable[..., Engine], text: str,
                                                      item: str | None) -> None:
    engine = make_engine(products=[_X9, _T5, _HEADS])
    reply = engine.reply(text, item_id=item, now=NOW)
    part = reply.parts[0]
    assert (part.case, reply.mode) == ("compared", "auto")
    assert "399元" in part.facts["prices"] and "199元" in part.facts["prices"]  # type: ignore[operator]
    facts = str(part.facts["facts"])
    assert "能用90天" in facts and "能用60天" in facts and "磁吸座" in facts
    assert "IPX7" not in facts  # the same in both: no difference
    assert "3年" not in facts and "T系列" not in facts  # stated of one only: nothing to compare


@pytest.mark.parametrize(("turns", "item"), [
    (["x9和t5哪个续航长"], None),  # both named, which of them
    (["这个跟t5比续航怎么样"], "x9"),  # the page's and one named
    (["x9和t5有啥区别", "哪个续航长"], "x9"),  # right after they were compared
])
def test_a_fact_asked_of_two_products_is_each_ones(make_engine: Callable[..., Engine], turns: list[str],
                                                   item: str | None) -> None:
    engine = make_engine(products=[_X9, _T5, _HEADS])
    conversation = None
    for text in turns:
        reply = engine.reply(text, item_id=item, conversation=conversation, now=NOW)
        conversation = reply.conversation
    part = reply.parts[0]
    assert part.case == "compared_facts"
    assert "能用90天" in part.text and "能用60天" in part.text and "磁吸座" not in part.text


def test_a_fact_asked_of_one_product_named_on_anothers_page_is_its_own(make_engine: Callable[..., Engine]) -> None:
    """「t5续航多久」 on the x9's page asks the t5's alone."""
    engine = make_engine(products=[_X9, _T5, _HEADS])
    part = engine.reply("t5续航多久", item_id="x9", now=NOW).parts[0]
    assert part.case != "compared_facts" and "能用60天" in part.text and "能用90天" not in part.text


@pytest.mark.parametrize("text", ["两个一起买多少钱", "一起买多少钱", "都买的话一共多少"])
def test_both_products_just_compared_are_summed(make_engine: Callable[..., Engine], text: str) -> None:
    """「两个一起买多少钱」 right after x9 and t5 were compared: one of each, 399 + 199."""
    engine = make_engine(products=[_X9, _T5, _HEADS])
    first = engine.reply("x9和t5有啥区别", item_id="x9", now=NOW)
    reply = engine.reply(text, item_id="x9", conversation=first.conversation, now=NOW)
    assert "bargain" in reply.intents and "598元" in reply.text


_SHIRTS = [{"id": pid, "name": name, "aliases": aliases, "category": category, "price": price, "material": material,
            "colours": ["白色"], "sizes": ["M"], "attributes": {"印花": printing}}
           for pid, name, aliases, category, price, material, printing in (
               ("dry", "速干运动T恤", ["冰丝t恤"], "T恤", 35, "聚酯纤维100%", "热升华"),
               ("cotton", "纯棉圆领T恤", ["纯棉t恤"], "T恤", 29, "精梳棉100%", "数码直喷"),
               ("polo", "纯棉POLO衫", ["纯棉polo", "冰丝polo"], "POLO衫", 49, "棉60%", "刺绣"))]


@pytest.mark.parametrize(("text", "item", "pair"), [
    ("冰丝的跟纯棉的有啥区别", "dry", ("dry", "cotton")),  # 冰丝 and 纯棉 begin the polo's names too: the page's kind
    ("这个和纯棉的有什么不同", "dry", ("dry", "cotton")),
    ("冰丝跟纯棉有啥区别", "dry", ("dry", "cotton")),  # no 的: 有啥 is the question, not the second one's name
    ("纯棉的和冰丝的有啥区别", "polo", ("polo", "polo")),  # both begin the polo's own names: no two
])
def test_two_products_said_by_the_start_of_their_names_are_compared(
        make_engine: Callable[..., Engine], text: str, item: str, pair: tuple[str, str]) -> None:
    """「冰丝的跟纯棉的有啥区别」: the two T-shirts side by side, what each is made of first, not this one's
    material alone."""
    engine = make_engine(products=_SHIRTS)
    part = engine.reply(text, item_id=item, now=NOW).parts[0]
    if pair[0] == pair[1]:
        assert part.case != "compared"
        return
    assert part.case == "compared"
    assert "聚酯纤维100%" in part.text and "精梳棉100%" in part.text and "35元" in part.text and "29元" in part.text
    assert "棉60%" not in part.text


def test_two_products_with_no_fact_in_common_get_their_prices_and_a_person(
        make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(products=[_X9, _T5, _HEADS])
    reply = engine.reply("刷头和x9有啥区别", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("compared_prices", "handoff")
    assert "39元" in reply.suggestion and "399元" in reply.suggestion


@pytest.mark.parametrize(("text", "item"), [
    ("x9和t5有啥区别", "x9"),
    ("这个跟t5有啥区别", "x9"),  # the page's own fact, the other named
    ("这个跟x9有啥区别", "t5"),  # the other's fact, asked on the page of the one it names
])
def test_a_fact_the_shop_wrote_of_the_difference_is_told_as_written(make_engine: Callable[..., Engine],
                                                                      text: str, item: str) -> None:
    x9 = {**_X9, "attributes": {**_X9["attributes"], "和T5的区别": "X9多了压力感应和App"}}  # type: ignore[dict-item]
    engine = make_engine(products=[x9, _T5])
    part = engine.reply(text, item_id=item, now=NOW).parts[0]
    assert part.case == "facts" and "压力感应" in part.text and "能用60天" not in part.text


_ROBOT = {"id": "robot", "name": "X9 Pro扫地机器人", "aliases": ["x9pro", "X9 Pro", "x9"], "price": 2499,
          "colours": ["黑色"], "sizes": ["标准版", "全能版"], "attributes": {"WiFi": "只支持2.4G"}}
_FILTER = {"id": "filter", "name": "原装滤网", "aliases": ["滤网"], "price": 39, "colours": ["X9 Pro款", "S5款"],
           "sizes": ["2片装"], "attributes": {"兼容": "X9 Pro款配X9 Pro全部版本,S5款配S5;两款不通用"}}


@pytest.mark.parametrize(("text", "fact"), [
    ("x9pro用哪个滤网", "兼容"),  # the machine named on the filter's page: the filter's fact that names it
    ("x9pro能用吗", "兼容"),  # (X9 Pro written with a space in the fact)
])
def test_a_machine_named_on_its_accessorys_page_asks_the_accessorys_fit(
        make_engine: Callable[..., Engine], text: str, fact: str) -> None:
    engine = make_engine(products=[_ROBOT, _FILTER])
    reply = engine.reply(text, item_id="filter", now=NOW)
    assert reply.conversation.product_id == "filter"
    assert reply.parts[0].case == "facts" and fact in reply.suggestion and "2.4G" not in reply.suggestion


@pytest.mark.parametrize(("text", "told"), [
    ("28调配几号主线", "配主线1.5号以内"),  # the line named, on the rod's page: the rod's fact naming it
    ("能用券吗", None),  # a coupon, no fit
])
def test_a_fit_naming_another_product_asks_the_pages_fact_that_names_it(
        make_engine: Callable[..., Engine], text: str, told: str | None) -> None:
    rod = {"id": "rod", "name": "台钓竿", "aliases": ["竿子"], "price": 168, "colours": ["28调", "19调"],
           "sizes": ["3.6米"], "attributes": {"拉力": "28调建议配主线1.5号以内,最大负荷约3公斤"}}
    line = {"id": "line", "name": "尼龙主线", "aliases": ["主线", "鱼线"], "price": 12, "colours": ["荧光黄"],
            "sizes": ["1.0号", "1.5号"]}
    engine = make_engine(products=[rod, line])
    reply = engine.reply(text, item_id="rod", now=NOW)
    assert ("product" in reply.intents) == (told is not None)
    assert told is None or (reply.conversation.product_id == "rod" and told in reply.suggestion)


def test_a_fit_asked_beside_a_fact_gets_the_fact_naming_the_other_thing_too(make_engine: Callable[..., Engine]) -> None:
    rod = {"id": "rod", "name": "台钓竿", "aliases": ["竿子", "鱼竿"], "price": 168, "colours": ["28调"],
           "sizes": ["3.6米"], "attributes": {"配送方式": "竿筒1.25米算超长件"}}
    box = {"id": "box", "name": "台钓箱", "price": 299, "colours": ["白色"], "sizes": ["26升"],
           "attributes": {"保温": "放两个冰袋能保冷12小时", "放竿": "箱子里放不下鱼竿,竿子要另外装竿包"}}
    engine = make_engine(products=[rod, box])
    reply = engine.reply("能保温吗 放得下竿子不", item_id="box", now=NOW)
    assert reply.conversation.product_id == "box"  # the rod is what the box holds, not the product asked of
    assert "保冷12小时" in reply.suggestion and "放不下鱼竿" in reply.suggestion and "超长件" not in reply.suggestion


_PROJECTOR = {"id": "h1", "name": "H1投影仪", "price": 2999, "colours": ["白色"], "sizes": ["标准版"],
              "attributes": {"投射比": "1.2:1,投100寸画面离墙约2.66米", "分辨率": "1080P物理分辨率,支持4K片源",
                             "吊装": "能吊装,吊架另买;上门吊装安装费100元", "亮度": "800流明",
                             "侧投": "支持侧投,左右40度以内自动校正"}}


@pytest.mark.parametrize(("text", "fact"), [
    ("在吗 100寸要离墙多远", "投射比"),  # how far for a picture: not 安装 (墙)
    ("3米能投多大", "投射比"),
    ("是真4k吗", "分辨率"),
    ("能吊顶装吗", "吊装"),
    ("白天能看吗", "亮度"),
    ("侧着放能投吗", "侧投"),
])
def test_a_projectors_facts_are_asked_as_buyers_ask_them(make_engine: Callable[..., Engine], text: str,
                                                          fact: str) -> None:
    engine = make_engine(products=[_PROJECTOR])
    part = engine.reply(text, item_id="h1", now=NOW).parts[0]
    assert part.case == "facts" and str(part.facts["facts"]).startswith(fact)


@pytest.mark.parametrize(("key", "text"), [
    ("天冷天热", "东北冬天寄过去会不会冻坏"),  # how the shop names it: as the kind 防冻
    ("冬季发货", "要加保温棉吗"),
    ("冬季配送", "怕冻吗"),
])
def test_a_fact_of_sending_in_the_cold_answers_whether_it_freezes(make_engine: Callable[..., Engine], key: str,
                                                                  text: str) -> None:
    nuts = {"id": "nuts", "name": "坚果礼盒", "price": 99, "colours": ["原味"], "sizes": ["750g"],
            "attributes": {key: "不怕冻,北方收到后回温半小时再拆,寒冷地区加保温棉5元"}}
    reply = make_engine(products=[nuts]).reply(text, item_id="nuts", now=NOW)
    assert "product" in reply.intents and "回温半小时" in reply.suggestion


def test_a_count_said_in_a_facts_name_asks_no_fact(make_engine: Callable[..., Engine]) -> None:
    pothos = {"id": "pothos", "name": "绿萝", "price": 19.9, "colours": ["小号", "中号"], "sizes": ["带盆", "不带盆"],
              "attributes": {"盆": "带盆款配白色塑料盆"}, "stock": {"小号": {"带盆": 9, "不带盆": 9},
                                                          "中号": {"带盆": 9, "不带盆": 3}}}
    reply = make_engine(products=[pothos]).reply("中号不带盆要5盆", item_id="pothos", now=NOW)
    assert "product" not in reply.intents  # 5盆 is how many, not the fact named 盆
    assert reply.parts[0].case.startswith("not_enough")


@pytest.mark.parametrize(("attributes", "text", "told"), [
    ({"避障": "摄像头画面不上传,可以在App里关掉"}, "摄像头会不会偷拍 隐私安全吗", "画面不上传"),  # no 包装 to check
    ({"摆放": "有挂钩能挂墙", "尺寸": "30x23厘米"}, "多大 能挂墙吗", "能挂墙"),  # no 安装 to check
])
def test_a_general_word_of_an_unstated_kind_sends_no_check_beside_the_answer(
        make_engine: Callable[..., Engine], attributes: dict[str, str], text: str, told: str) -> None:
    thing = {"id": "thing", "name": "好物", "price": 99, "colours": ["白色"], "sizes": ["标准"],
             "attributes": attributes}
    reply = make_engine(products=[thing]).reply(text, item_id="thing", now=NOW)
    assert reply.parts[0].case == "facts" and told in reply.suggestion


@pytest.mark.parametrize("text", ["旧投影仪能抵多少 坏的收吗", "旧的能收吗"])
def test_a_trade_in_asked_by_what_the_old_one_fetches_is_its_fact(make_engine: Callable[..., Engine],
                                                                   text: str) -> None:
    projector = {**_PROJECTOR, "attributes": {"以旧换新": "任意品牌旧投影仪能抵200元,坏的也能抵"}}
    reply = make_engine(products=[projector]).reply(text, item_id="h1", now=NOW)
    assert reply.parts[0].intent == "product" and "能抵200元" in reply.suggestion


@pytest.mark.parametrize("text", ["小户型60平 买这个够吗", "我家200平 一次扫得完吗"])
def test_a_home_told_by_its_size_asks_the_area_it_suits(make_engine: Callable[..., Engine], text: str) -> None:
    robot = {"id": "robot", "name": "扫地机", "price": 1299, "colours": ["白色"], "sizes": ["标准版"],
             "attributes": {"适用面积": "建议150平以内一次扫完"}}
    reply = make_engine(products=[robot]).reply(text, item_id="robot", now=NOW)
    assert reply.parts[0].intent == "product" and "150平以内" in reply.suggestion


@pytest.mark.parametrize(("text", "told", "not_told"), [
    ("多久浇一次水", "浇透", "散射光"),  # watering, not the light beside it
    ("要晒太阳吗", "散射光", "浇透"),
])
def test_watering_and_light_stated_apart_are_asked_apart(make_engine: Callable[..., Engine], text: str, told: str,
                                                        not_told: str) -> None:
    pothos = {"id": "pothos", "name": "绿萝", "price": 19.9, "colours": ["小号"], "sizes": ["带盆"],
              "attributes": {"浇水": "盆土干了再浇透", "光照": "放在有散射光的地方"}}
    reply = make_engine(products=[pothos]).reply(text, item_id="pothos", now=NOW)
    assert told in reply.suggestion and not_told not in reply.suggestion


def test_a_clause_another_fact_told_already_says_is_said_once(make_engine: Callable[..., Engine]) -> None:
    reply = make_engine(products=[_PROJECTOR]).reply("能吊顶装吗 上门装不", item_id="h1", now=NOW)
    assert "能吊装" in reply.suggestion and reply.suggestion.count("安装费100元") == 1


def test_the_colour_against_the_pictures_is_the_shops_own_word_where_it_gives_one(
        make_engine: Callable[..., Engine]) -> None:
    plants = {"id": "plants", "name": "多肉组合", "price": 29.9, "colours": ["混搭"], "sizes": ["9棵"],
              "attributes": {"颜色": "图片是晒足太阳的状态,刚到会偏绿"}}
    engine = make_engine(products=[plants])
    assert "刚到会偏绿" in engine.reply("为啥图片上那么红 收到是绿的吗", item_id="plants", now=NOW).suggestion
    plain = make_engine(products=[{**plants, "attributes": {}}])
    assert plain.reply("有色差吗", item_id="plants", now=NOW).parts[0].case == "colour"  # no such fact: the usual
    # a fact of another name whose words speak of 色差 (dye lots of yarn): that, not the usual
    yarn = make_engine(products=[{**plants, "attributes": {"缸号": "不同缸号会有轻微色差,一件的线请一次拍够"}}])
    reply = yarn.reply("会不会有色差啊", item_id="plants", now=NOW)
    assert "一次拍够" in f"{reply.text} {reply.suggestion}" and reply.parts[0].case != "colour"
    # a fact that says the goods differ from the pictures (a handmade pot's 窑变): that, not the usual
    pot = make_engine(products=[{**plants, "attributes": {"窑变": "每把都不一样,实物和图片的火痕一定会有差别"}}])
    reply = pot.reply("实物和图片一样吗", item_id="plants", now=NOW)
    assert "火痕一定会有差别" in f"{reply.text} {reply.suggestion}" and reply.parts[0].case != "colour"
    # a fact that says the colour differs from one making to the next (wallpaper's 批次): that, not the usual
    paper = make_engine(products=[{**plants, "attributes": {"批次": "每次生产颜色会有细微差别,同一房间用同一批次"}}])
    reply = paper.reply("补货的跟现在的是一批吗 会不会有色差", item_id="plants", now=NOW)
    assert "同一房间用同一批次" in f"{reply.text} {reply.suggestion}" and reply.parts[0].case != "colour"


def test_a_longer_phrase_another_fact_says_outweighs_the_kind_word_inside_it(shop: Shop) -> None:
    """「用旧眼镜的度数行不行」: 度数 names 度数范围, but 验光单 says 旧眼镜的度数 itself."""
    engine = _bare(shop, attributes={"度数范围": "近视0-1200度,远视0-600度",
                                     "验光单": "要近半年的验光单;旧眼镜的度数不能直接当处方用"})
    reply = engine.reply("用旧眼镜的度数行不行", item_id="dress-floral")
    said = f"{reply.text} {reply.suggestion}"  # sent, or drafted for the agent
    assert "不能直接当处方用" in said and "0-1200" not in said


@pytest.mark.parametrize("text", ["枕套是拉链的吗", "枕套有拉链吗"])
def test_a_fact_whose_name_the_buyer_said_outweighs_a_clause_of_another_part(shop: Shop, text: str) -> None:
    """「枕套是拉链的吗」: 套是拉链 is said in 被套是拉链开口 too, but the buyer named the 枕套."""
    engine = _bare(shop, selling_points="40支长绒棉;被套是拉链开口,四角有系带",
                   attributes={"枕套开口": "信封式开口,没有拉链"})
    said = " ".join((reply := engine.reply(text, item_id="dress-floral")).text.split()) + reply.suggestion
    assert "信封式开口" in said and "被套是拉链" not in said


@pytest.mark.parametrize(("text", "intents"), [
    ("气罐能寄吗", ("product",)),  # the part's fact says how it goes: that, not the product's ship day
    ("气罐可以寄吗", ("product",)),
    ("能寄吗", ("shipping",)),  # the product itself: its ship day
])
def test_whether_a_part_can_be_sent_is_its_fact_where_that_says_how_it_goes(
        shop: Shop, text: str, intents: tuple[str, ...]) -> None:
    engine = _bare(shop, attributes={"气罐": "不含气罐;丁烷气罐是易燃易爆品,快递不能寄,请在当地超市买"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents == intents
    assert ("快递不能寄" in reply.text + reply.suggestion) is (intents == ("product",))


def test_which_of_two_sizes_for_a_use_is_told_by_the_fact_that_speaks_of_both(shop: Shop) -> None:
    engine = _bare(shop, sizes=["150ml", "200ml"], restock=[], prices={}, size_chart=[],
                   variant_aliases={"150ml": ["150"], "200ml": ["200"]},
                   stock={"米白色": {"150ml": 5, "200ml": 5}},
                   attributes={"容量": "150ml适合一个人用,200ml适合两三个人", "产地": "景德镇"})
    reply = engine.reply("150和200选哪个", item_id="dress-floral", now=NOW)
    said = f"{reply.text} {reply.suggestion}"
    assert "150ml适合一个人用" in said and "景德镇" not in said


def test_mixing_asked_is_told_by_the_fact_that_says_it_not_taken_for_installing(shop: Shop) -> None:
    engine = _bare(shop, attributes={"只数": "一盒8只,同一个公母,不能混装", "安装": "不用安装"})
    reply = engine.reply("能公母混装吗", item_id="dress-floral", now=NOW)
    said = f"{reply.text} {reply.suggestion}"
    assert "不能混装" in said and "不用安装" not in said  # 混装吗 is no 装吗


def test_how_long_asked_of_a_fact_that_says_a_time_is_told_not_also_checked(shop: Shop) -> None:
    pen = _dress(shop, {"attributes": {"点读笔": "点读版送一支,充电一次能用约6小时"}})
    facts = read_facts(pen, "点读笔充一次电能用多久")
    assert facts.stated == (("点读笔", "点读版送一支,充电一次能用约6小时"),) and facts.missing == ()  # no 续航 to check


_POWER_BANK = {"id": "bank", "name": "快充充电宝", "price": 99, "colours": ["白色"],
               "sizes": ["10000mAh", "20000mAh", "30000mAh"], "size_label": "容量",
               "variant_aliases": {"20000mAh": ["20000毫安", "2万毫安"], "30000mAh": ["3万毫安"]},
               "selling_points": "22.5W快充;全系3C认证,10000和20000毫安都能带上飞机。",
               "attributes": {"登机": "10000mAh和20000mAh都在100Wh以内,可以随身带上飞机;"
                                      "30000mAh超过100Wh,要提前找航空公司批准才能带"}}


@pytest.mark.parametrize(("text", "says", "never"), [
    ("30000mAh能带上飞机吗", "航空公司批准", "都能带上飞机"),  # the clause names the others only: not of it
    ("3万毫安的能带上飞机吗", "航空公司批准", "都能带上飞机"),
])
def test_a_fact_naming_only_the_other_variants_is_not_told_of_the_one_asked(
        make_engine: Callable[..., Engine], text: str, says: str, never: str) -> None:
    reply = make_engine(products=[_POWER_BANK]).reply(text, item_id="bank")
    said = reply.text + reply.suggestion
    assert reply.intents[0] == "product" and says in said and never not in said


_QUILT = {"id": "quilt", "name": "长绒棉花被", "price": 299, "colours": ["白色"], "sizes": ["春秋被", "冬被"],
          "selling_points": "新疆长绒棉,不钻绒。",
          "attributes": {"重量": "春秋被3斤,冬被7斤", "适合温度": "冬被适合0到15度,北方有暖气的房间盖春秋被就够了",
                         "成分": "100%棉,无荧光剂无甲醛", "褶皱": "水洗工艺本来就有自然褶皱,不是质量问题"}}


@pytest.mark.parametrize(("text", "fact", "mode"), [
    ("几斤的", "重量", "auto"),  # 斤 of a quilt: its weight, not the buyer's
    ("收到是皱皱的吗", "褶皱", "auto"),
    ("北方有暖气盖哪个", "适合温度", "auto"),  # a long phrase its fact alone says, though 暖 is a warmth word
    ("有甲醛吗", "成分", "auto"),
])
def test_a_fact_is_found_by_the_buyers_everyday_words(make_engine: Callable[..., Engine], text: str, fact: str,
                                                      mode: str) -> None:
    reply = make_engine(products=[_QUILT]).reply(text, item_id="quilt")
    part = reply.parts[0]
    assert (part.intent, part.case) == ("product", "facts") and f"{fact}：" in str(part.facts["facts"])
    assert reply.mode == mode


def test_a_kind_the_shop_did_not_write_is_drafted_from_the_fact_that_says_its_word(
        make_engine: Callable[..., Engine]) -> None:
    """「湿巾有酒精吗」: a 含酒 the shop did not write, but its 成分 says 无酒精: that, for a person to send."""
    wipes = {"id": "wipes", "name": "婴儿手口湿巾", "price": 19.9, "colours": ["白色"], "sizes": ["80抽"],
             "attributes": {"成分": "99.9%纯水,无酒精无香精"}}
    reply = make_engine(products=[wipes]).reply("湿巾有酒精吗", item_id="wipes")
    part = reply.parts[0]
    assert (part.case, reply.mode) == ("facts", "handoff") and "无酒精" in reply.suggestion


def test_warmth_asked_by_a_long_word_only_one_fact_says_is_that_fact(make_engine: Callable[..., Engine]) -> None:
    """「暖气房穿会不会热」 asks a 透气 the shop did not write, but its 厚度 alone says 暖气房: that fact."""
    pyjamas = {"id": "pj", "name": "珊瑚绒家居服", "price": 129, "colours": ["灰色"], "sizes": ["L"],
               "attributes": {"厚度": "加厚款,适合冬天穿,暖气房里可能会偏热", "面料": "珊瑚绒"}}
    reply = make_engine(products=[pyjamas]).reply("暖气房穿会不会热", item_id="pj")
    assert reply.parts[0].case == "facts" and "暖气房里可能会偏热" in reply.text + reply.suggestion


def test_fading_asked_of_a_care_text_that_says_it_in_its_own_word_is_that_clause(
        make_engine: Callable[..., Engine]) -> None:
    """「洗了会掉色不」 of a skirt whose care text says 第一次洗可能有轻微浮色: that clause, sent."""
    skirt = {"id": "skirt", "name": "印花襦裙", "price": 239, "colours": ["青色"], "sizes": ["M"],
             "care": "建议冷水手洗,不要机洗甩干;印花面料第一次洗可能有轻微浮色属正常。"}
    reply = make_engine(products=[skirt]).reply("洗了会掉色不", item_id="skirt")
    assert reply.mode == "auto" and "第一次洗可能有轻微浮色" in reply.text and "甩干" not in reply.text


@pytest.mark.parametrize("text", ["母蟹现在黄满了吗", "公蟹肥不肥", "膏满吗"])
def test_how_full_of_roe_a_crab_is_asks_the_goods_never_their_stock(
        make_engine: Callable[..., Engine], text: str) -> None:
    crab = {"id": "crab", "name": "大闸蟹", "price": 238, "colours": ["6只装", "8只装"], "sizes": ["3两", "4两"]}
    reply = make_engine(products=[crab]).reply(text, item_id="crab")
    assert reply.intents[0] == "product" and reply.mode != "auto"


_CRABS = {"id": "crabs", "name": "大闸蟹公蟹", "price": 268, "colour_label": "数量", "size_label": "规格",
          "colours": ["6只装", "8只装"], "sizes": ["4两", "5两"],
          "attributes": {"破损": "死蟹包赔,签收后2小时内拍照联系客服,死一只赔一只"}}


@pytest.mark.parametrize(("text", "told", "mode"), [
    ("一盒几只", "6只装、8只装", "auto"),  # the variants that count it, not 死一只赔一只
    ("这个有几只", "6只装、8只装", "auto"),
    ("家里4个人吃 买几只合适", None, "handoff"),  # how many to buy: a person, never the sizes listed
])
def test_how_many_come_or_to_buy_is_the_variants_that_count_them_or_a_person(
        make_engine: Callable[..., Engine], text: str, told: str | None, mode: str) -> None:
    reply = make_engine(products=[_CRABS]).reply(text, item_id="crabs")
    assert reply.intents[0] == "product" and reply.mode == mode and "赔" not in reply.text + reply.suggestion
    assert told is None or told in reply.text
    assert told is not None or "4两" not in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "told"), [
    ("3匹要用380的电吗", "220V"),  # the power it takes, never the 3匹's stock
    ("客厅40平 3匹够不够", "32到45平米"),  # the room it cools, of the 3匹
])
def test_a_fact_asked_of_a_variant_named_is_that_fact_not_the_variant_s_stock(
        make_engine: Callable[..., Engine], text: str, told: str) -> None:
    cabinet = {"id": "ac", "name": "圆柱柜机", "price": 5299, "colours": ["白色"], "size_label": "匹数",
               "sizes": ["2匹", "3匹"], "stock": {"白色": {"2匹": 30, "3匹": 3}},
               "attributes": {"电压": "220V,3匹建议用单独的20A以上的线路",
                              "适用面积": "2匹适合22到32平米,3匹适合32到45平米"}}
    reply = make_engine(products=[cabinet]).reply(text, item_id="ac")
    assert reply.intents[0] == "product" and told in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "told"), [
    ("送客户的 盒子里有价格单吗", "礼盒里不放价格单"),  # the one fact that says it, not a 内含 silent of it
    ("盒子里有蟹八件吗", "另送蟹八件一套"),
])
def test_a_thing_asked_in_the_box_is_told_by_the_fact_that_speaks_of_it(
        make_engine: Callable[..., Engine], text: str, told: str) -> None:
    box = {"id": "box", "name": "对蟹礼盒", "price": 398, "colours": ["4对8只"], "sizes": ["经典款"],
           "attributes": {"内含": "公蟹4两、母蟹3两;另送蟹八件一套、姜茶4包",
                          "包装": "手提礼盒加泡沫箱,礼盒里不放价格单"}}
    reply = make_engine(products=[box]).reply(text, item_id="box")
    assert reply.intents[0] == "product" and told in reply.text + reply.suggestion


_VOUCHER = {"id": "voucher", "name": "大闸蟹提货券", "price": 398, "colour_label": "面值",
            "colours": ["398型", "598型"], "sizes": ["单张"], "variant_aliases": {"398型": ["398的"]},
            "prices": {"598型": 598},
            "attributes": {"内含": "398型换4对8只经典款礼盒;598型换4对8只尊享款礼盒",
                           "提货时间": "9月25日到12月31日之间都能提货,过期作废不退款",
                           "使用方法": "刮开券背面密码,扫码填地址预约", "提货范围": "新疆、西藏送不到"}}


@pytest.mark.parametrize(("text", "told"), [
    ("什么时候到期", "12月31日之间都能提货"),  # how long it may be used: its 提货时间, not how to use it
    ("能用到几号", "12月31日之间都能提货"),
    ("398的换几只蟹", "398型换4对8只"),  # what a voucher is exchanged for: what it holds
    ("新疆的朋友能提货吗", "新疆、西藏送不到"),  # a place named: the one fact that names it, not 提货时间
])
def test_how_long_a_voucher_lasts_and_what_it_is_exchanged_for_are_its_facts(
        make_engine: Callable[..., Engine], text: str, told: str) -> None:
    reply = make_engine(products=[_VOUCHER]).reply(text, item_id="voucher")
    assert "product" in reply.intents and told in reply.text + reply.suggestion


def test_what_living_high_up_costs_asked_in_the_buyer_s_words_drafts_the_fact_pricing_it(
        make_engine: Callable[..., Engine]) -> None:
    """「我家住6楼 外机要挂窗户外面 还要加啥钱」: 高空作业 (3楼及以上…收100元), for the agent."""
    aircon = {"id": "ac", "name": "变频挂机", "price": 2799, "colours": ["白色"], "sizes": ["1.5匹"],
              "attributes": {"高空作业": "外机装在3楼及以上、需要出窗外作业的,收高空作业费100元",
                             "送货": "送货上楼,不收上楼费"}}
    reply = make_engine(products=[aircon]).reply("我家住6楼 外机要挂窗户外面 还要加啥钱", item_id="ac")
    assert reply.intents[0] == "product" and "收高空作业费100元" in reply.suggestion


def test_a_word_of_the_shop_s_promise_asked_of_goods_silent_of_it_drafts_the_promise(
        make_engine: Callable[..., Engine]) -> None:
    """「花新鲜么 是不是隔夜的」 of roses stating nothing of it, in a shop whose promise says 不卖隔夜的花: the
    promise, for the agent to send (it speaks of the shop, not of this bunch)."""
    roses = {"id": "roses", "name": "玫瑰花束", "price": 169, "colours": ["红玫瑰"], "sizes": ["11枝"]}
    engine = make_engine(products=[roses], shop={"authenticity": "斗南基地直采A级花,每天空运,现做现送,不卖隔夜的花。"})
    reply = engine.reply("花新鲜么 是不是隔夜的", item_id="roses")
    assert reply.mode != "auto" and "不卖隔夜的花" in reply.suggestion


@pytest.mark.parametrize("text", ["要是花没货了会给我换别的吗", "红玫瑰会换成粉的吗"])
def test_what_the_shop_swaps_when_short_is_its_fact_never_an_order_changed(
        make_engine: Callable[..., Engine], text: str) -> None:
    roses = {"id": "roses", "name": "玫瑰花束", "price": 169, "colours": ["红玫瑰", "粉玫瑰"], "sizes": ["11枝"],
             "attributes": {"花材替换": "配花缺货时会换成同色系的花材,替换前先拍照问您;主花玫瑰不会换颜色"}}
    reply = make_engine(products=[roses]).reply(text, item_id="roses")
    assert reply.intents[0] == "product" and "主花玫瑰不会换颜色" in reply.text + reply.suggestion
    assert not any(action.get("type") == "order_note" for action in reply.actions)


@pytest.mark.parametrize(("text", "stated"), [
    ("要是裂了保修吗", ["开裂", "保修"]),  # what comes apart, said as it happens: its fact, beside the warranty
    ("面板会不会裂", ["开裂"]),
    ("有裂吗", ["开裂"]),
    ("胶开了怎么办", ["开胶"]),
    ("保修多久", ["保修"]),
])
def test_a_thing_coming_apart_said_as_it_happens_names_the_fact_of_it(shop: Shop, text: str,
                                                                       stated: list[str]) -> None:
    guitar = _dress(shop, {"attributes": {"开裂": "干燥导致开裂属于保存问题,不在保修范围", "开胶": "开胶一年内免费修",
                                          "保修": "质量问题一年免费修"}})
    assert [name for name, _ in read_facts(guitar, text).stated] == stated


def test_a_fact_named_in_two_halves_with_a_word_between_is_asked(shop: Shop) -> None:
    """「寄回来运费谁出」: 寄回运费, its halves said apart in one clause that asks (谁)."""
    dress = _dress(shop, {"attributes": {"寄回运费": "寄回运费买家自己付,大约20到30元", "押金": "押金1000元"}})
    assert [name for name, _ in read_facts(dress, "寄回来运费谁出").stated] == ["寄回运费"]


def test_how_many_people_it_serves_is_told_by_a_fact_of_another_name_that_says_it(
        make_engine: Callable[..., Engine]) -> None:
    """「150cc的够几个人喝啊」 of a teapot whose 容量 says 150cc适合1到2人: that clause, sent."""
    pot = {"id": "pot", "name": "西施壶", "price": 880, "colours": ["朱泥"], "size_label": "容量",
           "sizes": ["150cc", "300cc"], "prices": {"300cc": 1280},
           "attributes": {"容量": "150cc适合1到2人,300cc适合4到5人", "泥料": "原矿朱泥"}}
    reply = make_engine(products=[pot]).reply("150cc的够几个人喝啊", item_id="pot")
    assert reply.intents[0] == "product" and "150cc适合1到2人" in reply.text + reply.suggestion


_DOWN_COAT = {"id": "down", "name": "短款羽绒服", "price": 459, "colours": ["黑色"], "sizes": ["M", "L"],
              "size_chart": [{"size": "M", "height": [156, 161]}, {"size": "L", "height": [161, 166]}],
              "attributes": {"厚度": "90%白鸭绒,江浙沪冬天穿足够"}}


@pytest.mark.parametrize(("text", "mode"), [
    ("零下十度能穿吗", "handoff"),  # the fact names no temperature: whether it holds there, a person says
    ("哈尔滨穿冷不冷", "handoff"),
    ("哈尔滨零下二十度扛得住吗", "handoff"),
    ("冬天穿冷不冷", "auto"),
])
def test_warmth_asked_by_a_temperature_or_a_cold_place_is_the_warmth_not_the_fit(
        make_engine: Callable[..., Engine], text: str, mode: str) -> None:
    """「零下十度能穿吗」 of a coat: how warm it is (its 厚度), never the size to pick; a temperature or
    a cold place its fact does not name is drafted for the agent, not sent."""
    reply = make_engine(products=[_DOWN_COAT]).reply(text, item_id="down")
    assert reply.intents[0] == "product" and "江浙沪冬天穿足够" in reply.suggestion and reply.mode == mode


def test_a_temperature_its_fact_names_is_answered_by_itself(make_engine: Callable[..., Engine]) -> None:
    """「零下二十度能用吗」 of a flask whose 适用温度 says -20℃~100℃: sent as written."""
    flask = {"id": "flask", "name": "户外保温壶", "price": 89, "colours": ["黑色"], "sizes": ["1L"],
             "attributes": {"保温": "适用温度-20℃~100℃,12小时保温"}}
    reply = make_engine(products=[flask]).reply("零下二十度保温怎么样", item_id="flask")
    assert reply.mode == "auto" and "-20℃" in reply.text


def test_a_word_of_authenticity_inside_a_longer_phrase_a_fact_says_is_that_fact(
        make_engine: Callable[..., Engine]) -> None:
    """「能加原装墨盒吗」 of refill ink whose 适用 says 不建议加进原装墨盒: that fact, not whether it is genuine."""
    ink = {"id": "ink", "name": "补充墨水", "aliases": ["墨水"], "price": 29, "colours": ["黑色"], "sizes": ["100ml"],
           "attributes": {"适用": "适合给兼容墨盒加墨;不建议加进原装墨盒,加墨后打印头堵塞不保修"}}
    reply = make_engine(products=[ink]).reply("这个墨水能加原装墨盒吗", item_id="ink")
    assert reply.parts[0].case == "facts" and "不建议加进原装墨盒" in reply.text + reply.suggestion
    assert make_engine(products=[ink]).reply("是原装的吗", item_id="ink").parts[0].case.startswith("authentic")


@pytest.mark.parametrize(("text", "also"), [("会不会是临期的啊", True), ("保质期多久", False)])
def test_a_kind_named_by_a_word_another_fact_says_as_written_tells_that_fact_too(
        make_engine: Callable[..., Engine], text: str, also: bool) -> None:
    """临期 names 保质期, which does not say it; 生产日期 says 不发临期粮: both, not 18个月 alone."""
    food = {"id": "food", "name": "全价猫粮", "price": 89, "colours": ["鸡肉味"], "sizes": ["1.5kg"],
            "attributes": {"保质期": "未开封18个月", "生产日期": "现在发的是10月的批次,不发临期粮"}}
    reply = make_engine(products=[food]).reply(text, item_id="food")
    said = reply.text + reply.suggestion
    assert "未开封18个月" in said and ("不发临期粮" in said) is also


def test_how_many_packs_a_case_holds_is_its_count_asked_beside_the_price(make_engine: Callable[..., Engine]) -> None:
    diaper = {"id": "diaper", "name": "纸尿裤", "price": 89, "colours": ["M"], "sizes": ["单包", "整箱"],
              "prices": {"整箱": 339}, "attributes": {"片数": "M码每包60片,整箱是4包"}}
    reply = make_engine(products=[diaper], promotions=[]).reply("整箱多少钱 一箱几包", item_id="diaper")
    assert reply.intents == ("bargain", "product")
    assert bargain_of(reply) == "339元" and "整箱是4包" in reply.text


def bargain_of(reply: Reply) -> str:
    return str(next(p for p in reply.parts if p.intent == "bargain").facts["price"])


def test_a_fact_told_then_asked_of_another_variant_is_the_fact_that_says_it_of_that_one(
        make_engine: Callable[..., Engine]) -> None:
    """「2万毫安能带上飞机吗」 told 随身: 「3万的呢」 is the fact that speaks of the 30000mAh one."""
    bank = _POWER_BANK | {"selling_points": "22.5W快充。",
                          "attributes": {"随身": "10000mAh和20000mAh都能带上飞机",
                                         "超大容量": "30000mAh超过100Wh,带上飞机要航空公司批准"}}
    engine = make_engine(products=[bank])
    first = engine.reply("2万毫安能带上飞机吗", item_id="bank")
    assert "都能带上飞机" in first.text
    then = engine.reply("3万的呢", first.conversation, item_id="bank")
    assert then.intents[0] == "product" and "航空公司批准" in then.text + then.suggestion


@pytest.mark.parametrize("text", ["能拍两份吗", "可以多拍几份吗", "能买2个不"])
def test_whether_more_than_one_may_be_bought_is_the_products_limit(make_engine: Callable[..., Engine],
                                                                   text: str) -> None:
    trial = {"id": "trial", "name": "猫粮试吃装", "price": 9.9, "colours": ["鸡肉味"], "sizes": ["100g"],
             "attributes": {"限购": "每个账号限购1份,拍多了只发1份"}}
    reply = make_engine(products=[trial]).reply(text, item_id="trial")
    assert any(p.intent == "product" and "限购1份" in str(p.facts.get("facts")) for p in reply.parts)


@pytest.mark.parametrize(("text", "intents"), [("鞋垫能换吗", ("product",)), ("鞋垫可以更换吗", ("product",)),
                                               ("不合适能换吗", ("returns",))])
def test_whether_a_part_the_facts_name_can_be_changed_is_no_exchange(make_engine: Callable[..., Engine], text: str,
                                                                     intents: tuple[str, ...]) -> None:
    """「鞋垫能换吗」 of boots whose 鞋垫 says 能换自己的矫形鞋垫: that fact alone, not the returns terms too."""
    boots = {"id": "boots", "name": "防水登山鞋", "price": 459, "colours": ["棕色"], "sizes": ["42", "43"],
             "attributes": {"鞋垫": "可以拿出来,能换自己的矫形鞋垫"}}
    reply = make_engine(products=[boots]).reply(text, item_id="boots", now=dt.datetime(2026, 12, 3, 14))
    assert reply.intents == intents


@pytest.mark.parametrize(("text", "told"), [
    ("孩子五岁用哪个容量", "400ml适合3到6岁"),  # which one, by the age told: the ages each is for
    ("宝宝七个月能坐吗", "6个月到6岁"),  # sat on, like used or worn
])
def test_an_age_told_with_which_one_or_whether_it_is_sat_on_is_told_the_ages_it_is_for(
        shop: Shop, text: str, told: str) -> None:
    cup = Product.model_validate({"id": "cup", "name": "儿童吸管保温杯", "price": 89, "colours": ["恐龙绿"],
                                  "sizes": ["400ml", "600ml"], "size_label": "容量",
                                  "attributes": {"适用年龄": "6个月到6岁;400ml适合3到6岁,600ml适合6岁以上"}})
    engine = _engine_with_products(shop, [cup])
    reply = engine.reply(text, item_id=cup.id, now=dt.datetime(2026, 12, 3, 14))
    assert told in reply.text + reply.suggestion


def test_a_weight_said_after_the_ages_were_told_is_told_the_weights(shop: Shop) -> None:
    """「宝宝七个月能坐吗」 is told 适用年龄; 「那四十斤呢」 next is its 适用体重 (60斤), not the ages again, and
    「那七十斤呢」 lies past it, for a person."""
    chair = Product.model_validate({"id": "chair", "name": "宝宝餐椅", "price": 299, "colours": ["白色"],
                                    "sizes": ["标准款"], "attributes": {"适用年龄": "6个月到6岁",
                                                                      "适用体重": "承重30kg以内(60斤)"}})
    engine = _engine_with_products(shop, [chair])
    now = dt.datetime(2026, 12, 3, 14)
    first = engine.reply("宝宝七个月能坐吗", item_id="chair", now=now)
    then = engine.reply("那四十斤呢", first.conversation, item_id="chair", now=now)
    assert "60斤" in then.text and then.mode == "auto"
    past = engine.reply("那七十斤呢", first.conversation, item_id="chair", now=now)
    assert "60斤" in past.text + past.suggestion and past.mode == "handoff"


def test_where_it_may_be_put_is_no_shelf_life(shop: Shop) -> None:
    """「能放暖气旁边不」 of an orchid: where it may stand (its care: 不要放暖气片旁边), not 花期's 能开2到3个月
    read as how long it keeps."""
    orchid = _dress(shop, {"care": "放明亮散射光处,不要放暖气片旁边",
                           "attributes": {"花期": "室内15到25度能开2到3个月"}})
    engine = _engine_with_products(shop, [orchid])
    reply = engine.reply("能放暖气旁边不", item_id=orchid.id, now=dt.datetime(2026, 12, 3, 14))
    assert "暖气片" in reply.text + reply.suggestion and "花期" not in reply.text + reply.suggestion


def test_a_day_said_after_facts_asks_no_other_fact(shop: Shop) -> None:
    """「死了怎么办」 … 「那周五拍呢」: when a Friday's order is sent, not the fact of dead crabs again."""
    crab = Product.model_validate({"id": "crab", "name": "阳澄湖大闸蟹", "price": 398, "colours": ["4公4母"],
                                   "sizes": ["8只礼盒"], "attributes": {
                                       "死蟹包赔": "签收后2小时内拍照,死一只赔一只",
                                       "发货时间": "只在周一到周四发货;周五周六周日拍的下周一发"}})
    engine = _engine_with_products(shop, [crab])
    first = engine.reply("死了怎么办", item_id="crab", now=NOW)
    assert "死一只赔一只" in first.text + first.suggestion
    then = engine.reply("那周五拍呢", first.conversation, item_id="crab", now=NOW)
    assert "死一只赔一只" not in then.text + then.suggestion


def test_a_load_asked_of_a_fact_named_otherwise_is_told_by_the_fact_that_says_it(
        make_engine: Callable[..., Engine]) -> None:
    """「多重的人能用」 asks the 承重; the shop wrote it under 适用体重, every model's."""
    treadmill = {"id": "run", "name": "家用跑步机", "price": 1599, "colours": ["黑色"], "sizes": ["T1", "T3"],
                 "attributes": {"适用体重": "T1最大承重100公斤;T3最大承重120公斤", "重量": "T1净重48公斤"}}
    reply = make_engine(products=[treadmill]).reply("多重的人能用啊", item_id="run", now=NOW)
    assert "100公斤" in reply.text and "120公斤" in reply.text and "48公斤" not in reply.text


_INSTALLED = {"id": "run", "name": "家用跑步机", "price": 1599, "colours": ["黑色"], "sizes": ["T1"],
              "attributes": {"安装": ("北京、上海、成都市区免费上门安装;其他城市可以付费安装150元;"
                                     "县城以下不提供上门安装"),
                             "送货上楼": "京东物流送货到家,有电梯免费送上楼;没电梯的1楼免费,2楼起每层加收30元"}}


@pytest.mark.parametrize(("turns", "told", "not_told"), [
    (["北京能装吗"], "北京、上海、成都市区免费上门安装", "150元"),  # the part for 北京 (and of no place)
    (["能安装吗", "我在河北廊坊呢"], "其他城市可以付费安装150元", "北京"),  # none names 廊坊: the others' part
    (["能安装吗", "我在成都呢"], "成都市区免费上门安装", "150元"),
    (["能安装吗", "我在四川呢"], "150元", "不会出现"),  # a province of whose cities one is named: all of it
    (["北京能装吗", "免费吗"], "免费上门安装", "每层加收30元"),  # 免费 of the 安装 just told, not of 送货上楼
])
def test_a_fact_told_place_by_place_is_told_for_the_place_asked(make_engine: Callable[..., Engine],
                                                                turns: list[str], told: str, not_told: str) -> None:
    reply = last_reply(make_engine(products=[_INSTALLED]), turns, "run", NOW)
    part = next(p for p in reply.parts if p.intent == "product")
    assert told in part.text and not_told not in part.text and "县城以下不提供上门安装" in part.text


@pytest.mark.parametrize(("turns", "told"), [
    (["杭州能上门安装吗 收不收费"], "杭州市区可以预约师傅免费上门"),  # a city the 安装 names, not 产地's 杭州
    (["杭州能上门安装吗", "那我在嘉兴呢"], "其他城市不提供上门安装"),  # the others' part of it, for 嘉兴
    (["上海可以派师傅来装吗"], "其他城市不提供上门安装"),  # 派师傅来装: the 安装
])
def test_installation_asked_with_a_city_is_the_installation_not_the_fact_of_where_it_is_made(
        make_engine: Callable[..., Engine], turns: list[str], told: str) -> None:
    """Curtains made in 杭州 (产地: 浙江杭州余杭), fitted for free only in 杭州市区."""
    curtain = {"id": "curtain", "name": "遮光窗帘", "price": 89, "colours": ["米白"], "sizes": ["1.5倍褶"],
               "attributes": {"安装": "杭州市区可以预约师傅免费上门测量和安装;其他城市不提供上门安装,发挂钩和安装说明",
                              "产地": "浙江杭州余杭"}}
    reply = last_reply(make_engine(products=[curtain]), turns, "curtain", NOW)
    part = next(p for p in reply.parts if p.intent == "product")
    assert told in part.text and "余杭" not in part.text


def test_a_word_of_the_fact_just_told_goes_on_with_it(make_engine: Callable[..., Engine]) -> None:
    """「北京能装吗」 told the 安装, then 「免费吗」: the 安装 says 免费 too; not the 送货上楼 beside it."""
    treadmill = {"id": "run", "name": "家用静音跑步机", "price": 1599, "colours": ["黑色"], "sizes": ["T1"],
                 "attributes": {
                     "送货上楼": "京东物流送货到家,有电梯免费送上楼;没电梯的1楼免费,2楼起每层加收30元搬运费,"
                             "现场付给送货师傅",
                     "安装": "北京、上海、广州、深圳、杭州、南京、成都、武汉市区免费上门安装;其他城市可以付费安装150元;"
                             "县城以下和偏远地区不提供上门安装,箱里有工具和安装视频,自己装大约30分钟"}}
    engine = make_engine(products=[treadmill])
    first = engine.reply("北京能装吗", item_id="run", now=NOW)
    then = engine.reply("免费吗", first.conversation, item_id="run", now=NOW)
    assert "免费上门安装" in then.suggestion and "搬运费" not in then.suggestion


def test_how_many_can_sit_is_the_seats_not_the_load(make_engine: Callable[..., Engine]) -> None:
    sofa = {"id": "sofa", "name": "科技布沙发", "price": 2699, "colours": ["奶白"], "sizes": ["双人位", "三人位"],
            "attributes": {"人数": "双人位坐2个人,三人位坐3个人", "承重": "每个座位承重150公斤"}}
    reply = make_engine(products=[sofa]).reply("三人位能坐几个人", item_id="sofa", now=NOW)
    assert "坐3个人" in f"{reply.text} {reply.suggestion}" and "150公斤" not in f"{reply.text} {reply.suggestion}"


@pytest.mark.parametrize("text", ["我家6楼没电梯 送上去要加钱吗", "楼梯房要加钱吗"])
def test_no_lift_said_asks_the_carrying_up_terms(make_engine: Callable[..., Engine], text: str) -> None:
    sofa = {"id": "sofa", "name": "转角沙发", "price": 4999, "colours": ["灰色"], "sizes": ["L型"],
            "attributes": {"送货上楼": "电梯房免费送上楼;没电梯的从2楼起每层每件加收30元",
                           "发货时间": "下单后定制20天"}}
    reply = make_engine(products=[sofa]).reply(text, item_id="sofa", now=NOW)
    said = f"{reply.text} {reply.suggestion}"
    assert "每层每件加收30元" in said and "定制20天" not in said


@pytest.mark.parametrize("text", ["20号多少克 多少钱", "20号多重 多少钱"])
def test_a_weight_asked_before_the_price_is_answered_beside_it(make_engine: Callable[..., Engine], text: str) -> None:
    """「多少克 多少钱」 asks the weight (多少克) and the price: 克 is no size said before 多少钱."""
    ring = {"id": "ring", "name": "足金戒指", "price": 2240, "colours": ["足金"], "sizes": ["18号", "20号"],
            "prices": {"20号": 2340}, "attributes": {"克重": "18号约3.4克,20号约3.55克"}}
    reply = make_engine(products=[ring], promotions=[]).reply(text, item_id="ring")
    assert reply.intents == ("bargain", "product")
    assert bargain_of(reply) == "2340元" and "20号约3.55克" in reply.text


@pytest.mark.parametrize(("attributes", "case", "said"), [
    ({"实拍": "想看某个款的实物可以找客服要手机实拍"}, "facts", "找客服要手机实拍"),  # the shop's fact of photos
    ({"佩戴时长": "果冻胶1到3天"}, "unknown", None),  # none: a person sends them, no 色差 line
])
def test_the_real_goods_asked_to_be_seen_is_the_fact_of_photos_or_a_person(shop: Shop, attributes: dict[str, str],
                                                                           case: str, said: str | None) -> None:
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    reply = engine.reply("可以看实物吗", item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == case and "色差" not in reply.text + reply.suggestion
    assert said is None or said in reply.text


def test_goods_named_by_a_word_of_washing_are_no_fact_of_washing(shop: Shop) -> None:
    """洗涤剂 in a dish soap's 安全等级 names the goods: 「怎么机洗」 finds no fact of washing in it."""
    stated = read_facts(_dress(shop, {"attributes": {"安全等级": "食品用A类洗涤剂"}, "care": ""}), "能机洗吗").stated
    assert not any("洗涤剂" in value for _, value in stated)


def test_a_follow_up_the_fact_just_told_speaks_of_goes_on_with_that_fact(shop: Shop) -> None:
    """「一次倒多少」 (用量) … 「手洗呢」: 用量's 手洗一盆加10克, not 适用方式, a fact of washing by hand."""
    attributes = {"用量": "机洗倒40克左右;手洗一盆加10克", "适用方式": "机洗手洗都可以"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    first = engine.reply("一次倒多少", item_id="dress-floral", now=NOW)
    reply = engine.reply("手洗呢", first.conversation, item_id="dress-floral", now=NOW)
    assert "10克" in reply.text + reply.suggestion and "都可以" not in reply.text + reply.suggestion


@pytest.mark.parametrize("then", ["不满意能改不", "可以修改吗", "如果不喜欢能重做吗"])
def test_whether_it_can_be_changed_right_after_a_fact_of_it_goes_on_with_that_fact(shop: Shop, then: str) -> None:
    """「设计稿多久能出」 … 「不满意能改不」: the 设计稿 told says 可以免费改3次; no order to change."""
    attributes = {"设计稿": "付款后2小时内出设计稿;设计稿可以免费改3次", "起订量": "100张起印"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    first = engine.reply("设计稿多久能出", item_id="dress-floral", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "product" and "免费改3次" in reply.text + reply.suggestion


@pytest.mark.parametrize("then", ["死了咋赔 运费赔不", "要是放缸里第二天才死的呢"])
def test_what_a_fact_just_told_promises_asked_next_is_that_fact(shop: Shop, then: str) -> None:
    """「包活吗」 … 「死了咋赔 运费赔不」: the 包活 told again (运费不赔), not the shop's fee; a case put to it (放缸里
    第二天才死) is of it too, not the 过水方法 that also says 缸."""
    attributes = {"包活": "签收后2小时内发死鱼照片,死几条赔几条,运费不赔;已经放进鱼缸以后死的不包",
                  "过水方法": "把袋子泡在缸里20分钟对温再放鱼", "配送方式": "只发顺丰,每单运费20元"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    first = engine.reply("包活吗", item_id="dress-floral", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "product" and "运费不赔" in reply.text + reply.suggestion
    assert "20分钟" not in reply.text + reply.suggestion


def test_a_follow_up_of_the_fact_just_told_still_asks_what_no_fact_states(shop: Shop) -> None:
    """「20寸的有辅助轮吗」 … 「那能单独买一对辅助轮吗」: the 辅助轮 again, and whether it is sold apart (单卖),
    which no fact says, for a person; not the 辅助轮 sent again as if it answered."""
    attributes = {"辅助轮": "12到18寸标配一对辅助轮,可以拆;20寸不配辅助轮"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    first = engine.reply("20寸的有辅助轮吗", item_id="dress-floral", now=NOW)
    reply = engine.reply("那能单独买一对辅助轮装上吗", first.conversation, item_id="dress-floral", now=NOW)
    assert reply.parts[0].case == "facts_partly" and reply.mode == "handoff"


@pytest.mark.parametrize(("text", "intent"), [
    ("气门嘴要钱吗", "product"),  # 气门嘴, said in 安装 alone: that fact, not the returns
    ("买了送气门嘴吗", "bargain"),  # a gift asked, of which the fact says nothing
])
def test_a_long_word_of_the_buyers_said_in_one_fact_alone_asks_that_fact(shop: Shop, text: str,
                                                                         intent: str) -> None:
    attributes = {"安装": "合作门店免费安装,含动平衡;气门嘴换新10元一个", "产地": "青岛"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == intent
    assert intent != "product" or "气门嘴换新10元一个" in reply.text + reply.suggestion
    _, decision = engine.read(text, item_id="dress-floral")  # the evidence is the shop's own words
    said = [e.detail for hit in decision.ranked or decision.chosen if hit.intent == "product" for e in hit.evidence]
    assert ("商品资料里的原话:安装" in said) is (intent == "product")


@pytest.mark.parametrize(("text", "told"), [("是真花吗", True), ("是真叶子吗", False)])
def test_the_real_thing_asked_is_the_fact_that_denies_the_fake_one(shop: Shop, text: str, told: bool) -> None:
    """「是真花吗」 of a preserved rose whose 材质 says 不是假花: that fact (真叶子: nothing says 假叶子)."""
    engine = _engine_with_products(shop, [_dress(shop, {"material": "进口玫瑰做的永生花,经过脱水保色处理,不是假花"})])
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert ("不是假花" in reply.text + reply.suggestion) is told


@pytest.mark.parametrize(("text", "asked"), [
    ("我家7楼 没有外机平台 要加钱吗", True),  # the case told, then what it costs: the fact that prices it
    ("我家7楼 没有外机平台", False),  # only told, asking nothing: that fact drafted for the agent, never sent
])
def test_a_case_told_and_then_its_cost_asked_is_the_fact_that_prices_that_case(
        shop: Shop, text: str, asked: bool) -> None:
    attributes = {"高空作业费": "3楼及以上没有空调平台要吊绳作业的每台收150元;有外机平台的不收", "产地": "中山"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "150元" in reply.suggestion and (asked or reply.mode != "auto")


@pytest.mark.parametrize(("text", "drafted"), [
    ("我车是竖条的出风口", True),  # the buyer's case told, which one fact alone speaks of: that fact, drafted
    ("我车是新买的", False),  # nothing any fact holds
])
def test_a_case_told_asking_nothing_drafts_the_fact_that_speaks_of_it(shop: Shop, text: str, drafted: bool) -> None:
    attributes = {"安装": "出风口款卡在圆形或横条的出风口上,竖条出风口用盒子里送的加长夹", "产地": "深圳"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert ("加长夹" in reply.suggestion) is drafted and reply.mode != "auto"


@pytest.mark.parametrize("text", ["宝宝5个月吃几段", "2岁喝哪段"])
def test_which_stage_asked_with_an_age_is_the_fact_of_the_ages(shop: Shop, text: str) -> None:
    """Formula sold by 段位: the age told and 吃几段 ask its 适用年龄, not a fact nobody wrote."""
    attributes = {"适用年龄": "1段适合0-6个月;2段适合6-12个月;3段适合12-36个月", "产地": "爱尔兰"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "1段适合0-6个月" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "past"), [("5岁能玩吗", True), ("10岁能玩吗", False)])
def test_an_age_below_the_span_of_a_fact_found_by_its_own_words_goes_to_a_person(shop: Shop, text: str,
                                                                                 past: bool) -> None:
    """适用年龄: 8岁以上;含小零件,3岁以下儿童禁止玩耍: 5 is below the 8 it is for, whatever the 3 says."""
    attributes = {"适用年龄": "8岁以上;含小零件,3岁以下儿童禁止玩耍", "颗粒数": "1288颗"}
    engine = _engine_with_products(shop, [_dress(shop, {"attributes": attributes})])
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert "8岁以上" in reply.text + reply.suggestion and (reply.mode == "handoff") is past


def test_a_follow_up_goes_on_with_the_fact_told_before_a_word_of_it_said_in_passing(
        make_engine: Callable[..., Engine]) -> None:
    """「能砍骨头吗」 (砍骨) … 「那斩切的呢 排骨能砍吗」: the same fact, sent, not drafted for the word 排骨 alone."""
    knife = {"id": "knife", "name": "中式菜刀", "price": 99, "colours": ["不锈钢"], "sizes": ["切片刀", "斩切刀"],
             "variant_aliases": {"斩切刀": ["斩切的"]},
             "attributes": {"砍骨": "斩切刀可以斩鸡鸭骨、排骨这类小骨头,大骨头请用砍骨刀", "开刃": "出厂已经开好刃"}}
    engine = make_engine(products=[knife])
    first = engine.reply("在吗 这个菜刀能砍骨头吗", item_id="knife", now=NOW)
    reply = engine.reply("那斩切的呢 排骨能砍吗", first.conversation, item_id="knife", now=NOW)
    assert reply.mode == "auto" and "排骨这类小骨头" in reply.text


@pytest.mark.parametrize(("text", "authentic"), [("会不会很假啊", False), ("戴着显假吗", False), ("是假的吗", True)])
def test_looking_false_is_no_question_of_counterfeits(engine: Engine, text: str, authentic: bool) -> None:
    """「会不会很假啊」 of a wig asks whether it looks natural; 「是假的吗」 whether it is genuine."""
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert any(p.case.startswith("authentic") for p in reply.parts) is authentic


@pytest.mark.parametrize("then", ["5.4的", "5.4呢"])
def test_a_bare_size_after_a_fact_told_size_by_size_is_that_sizes_part(make_engine: Callable[..., Engine],
                                                                      then: str) -> None:
    """「收起来多长」 (收缩长度 of each length) … 「5.4的」: 5.4米118厘米, not its stock, nor May 4th."""
    rod = {"id": "rod", "name": "矶钓竿", "price": 259, "colours": ["硬调"], "sizes": ["4.5米", "5.4米"],
           "attributes": {"收缩长度": "4.5米收起来112厘米,5.4米118厘米", "产地": "威海"}}
    engine = make_engine(products=[rod])
    first = engine.reply("收起来多长", item_id="rod", now=NOW)
    reply = engine.reply(then, first.conversation, item_id="rod", now=NOW)
    assert reply.parts[0].case == "facts" and "5.4米118厘米" in reply.text and "112厘米" not in reply.text


@pytest.mark.parametrize(("text", "case"), [
    ("分装瓶是玻璃的吗", "material"),  # what it is made of, though 分装 names the fact 分装方式
    ("分装方式是什么", "facts"),
    ("分装瓶是什么牌子的吗", "facts"),  # (牌子 is said in no material: the fact named)
])
def test_what_a_thing_is_made_of_is_told_from_its_material(make_engine: Callable[..., Engine], text: str,
                                                           case: str) -> None:
    decant = {"id": "decant", "name": "旷野香水分装", "price": 42, "colour_label": "瓶型",
              "colours": ["喷瓶", "点涂试管"], "size_label": "容量", "sizes": ["2ml", "5ml"],
              "material": "分装瓶为玻璃瓶，喷瓶是按压式细雾喷头",
              "attributes": {"分装方式": "专柜正装原瓶用一次性针管抽取,分装瓶贴香名标签,外面缠封口膜",
                             "批次码": "分装瓶上没有批次码,原瓶的批次码可以拍照发您"}}
    part = make_engine(products=[decant]).reply(text, item_id="decant").parts[0]
    assert part.case == case and ("玻璃瓶" in part.text) is (case == "material")


def test_the_pages_own_product_named_beside_another_after_with_stays_the_one_asked_of(
        make_engine: Callable[..., Engine]) -> None:
    """「跟美丽奴合股织毛衣要几团马海」 on the mohair's page: the mohair's 用量, the merino what it is held with."""
    mohair = {"id": "mohair", "name": "幼马海毛线", "aliases": ["马海"], "price": 22, "colours": ["白色"],
              "sizes": ["单团"], "attributes": {"用量": "和美丽奴合股织一件毛衣约4到5团"}}
    merino = {"id": "merino", "name": "美丽奴羊毛线", "aliases": ["美丽奴"], "price": 16.8, "colours": ["白色"],
              "sizes": ["单团"], "attributes": {"用量": "成人毛衣约8到10团"}}
    reply = make_engine(products=[mohair, merino]).reply("跟美丽奴合股织毛衣要几团马海", item_id="mohair")
    assert "4到5团" in f"{reply.text}{reply.suggestion}" and "8到10团" not in f"{reply.text}{reply.suggestion}"
    assert reply.conversation.product_id == "mohair"


def test_a_word_that_is_the_pages_variant_and_another_products_alias_is_the_variant(
        make_engine: Callable[..., Engine]) -> None:
    """「英国梨多少钱」 on a mini's page sold in 英国梨与小苍兰, where a decant is called 英国梨 too: the mini's."""
    mini = {"id": "mini", "name": "Q版香水9ml", "price": 129, "colours": ["鼠尾草与海盐", "英国梨与小苍兰"],
            "sizes": ["9ml"], "variant_aliases": {"鼠尾草与海盐": ["鼠尾草"], "英国梨与小苍兰": ["英国梨"]}}
    decant = {"id": "pear", "name": "英国梨香水分装", "aliases": ["英国梨"], "price": 12, "colours": ["喷瓶"],
              "sizes": ["2ml", "5ml"], "prices": {"2ml": 12, "5ml": 35}}
    engine = make_engine(products=[mini, decant])
    for text in ("和英国梨各一个多少钱", "英国梨多少钱"):
        reply = engine.reply(text, item_id="mini")
        assert "129元" in reply.text and "12元" not in reply.text and "35元" not in reply.text, text


@pytest.mark.parametrize("text", ["我儿子8岁能拼吗", "孩子6岁能搭吗"])
def test_an_age_asked_with_how_the_toy_is_used_is_told_its_ages(make_engine: Callable[..., Engine], text: str) -> None:
    """「我儿子8岁能拼吗」 of a brick set: its 适用年龄, not a size to choose with nothing to draft."""
    bricks = {"id": "bricks", "name": "机械组跑车积木", "price": 399, "colours": ["蓝色"], "sizes": ["1:14"],
              "attributes": {"适用年龄": "建议10岁以上,适合大孩子和成人拼"}}
    reply = make_engine(products=[bricks]).reply(text, item_id="bricks")
    assert reply.parts[0].intent == "product" and "建议10岁以上" in f"{reply.text}{reply.suggestion}"


@pytest.mark.parametrize("text", ["华为账号退了吗", "有没有激活锁", "id锁退了没"])
def test_the_last_owners_account_asked_of_a_used_phone_is_told_its_account_lock_fact(
        make_engine: Callable[..., Engine], text: str) -> None:
    phone = {"id": "phone", "name": "二手华为Mate60Pro", "aliases": ["华为"], "price": 3299, "colours": ["雅川青"],
             "sizes": ["12+256G"], "attributes": {"账号锁": "华为账号已退出,无激活锁,收到直接登录自己的账号"}}
    reply = make_engine(products=[phone]).reply(text, item_id="phone")
    assert reply.parts[0].intent == "product" and "无激活锁" in f"{reply.text}{reply.suggestion}"


@pytest.mark.parametrize("text", ["要是拼的时候缺件了咋办", "缺件怎么办", "少了零件能补吗"])
def test_pieces_missing_from_a_kit_are_told_its_own_rule_of_sending_them(
        make_engine: Callable[..., Engine], text: str) -> None:
    """「要是拼的时候缺件了咋办」 of a brick set: its 补件 (拍照…48小时内免费补寄), not 7天无理由."""
    bricks = {"id": "bricks", "name": "城堡积木", "price": 299, "colours": ["粉色"], "sizes": ["标准版"],
              "attributes": {"补件": "缺件少件请拍照发给客服,48小时内免费补寄"}}
    reply = make_engine(products=[bricks]).reply(text, item_id="bricks")
    assert reply.parts[0].intent == "product" and "48小时内免费补寄" in f"{reply.text}{reply.suggestion}"


@pytest.mark.parametrize(("text", "facts"), [
    ("多久能充满", ["充满大约2.5小时"]),
    ("多久能冲满 能玩多久", ["充满大约2.5小时", "大约25分钟"]),  # (冲满 as buyers spell it) both asked: both told
])
def test_how_long_a_charge_takes_is_told_from_its_charging_fact(make_engine: Callable[..., Engine], text: str,
                                                                facts: list[str]) -> None:
    car = {"id": "car", "name": "遥控越野车", "price": 129, "colours": ["红色"], "sizes": ["单电池版"],
           "attributes": {"充电": "带USB充电线,充满大约2.5小时", "续航": "一块电池充满能玩大约25分钟"}}
    reply = make_engine(products=[car]).reply(text, item_id="car")
    said = f"{reply.text}{reply.suggestion}"
    assert reply.parts[0].intent == "product" and all(fact in said for fact in facts)


@pytest.mark.parametrize(("text", "told"), [("小米是新的吗", True), ("是今年的吗", True), ("有陈米吗", True)])
def test_this_years_harvest_asked_of_grain_is_told_its_own_fact(make_engine: Callable[..., Engine], text: str,
                                                                told: bool) -> None:
    millet = {"id": "millet", "name": "东北黄小米", "aliases": ["小米"], "price": 29, "colours": ["黄小米"],
              "sizes": ["5斤"], "attributes": {"新米": "2026年9月收获的新小米"}}
    reply = make_engine(products=[millet]).reply(text, item_id="millet")
    assert ("2026年9月收获" in f"{reply.text}{reply.suggestion}") is told


def test_whether_it_is_new_asked_of_goods_stating_no_harvest_asks_nothing_of_one() -> None:
    """(是新的吗 of a dress: a weak word of 新米, no kind asked that its file lacks)"""
    reply = Engine(load_shop(None), rng=random.Random(0)).reply("是新的吗", item_id="dress-floral")
    assert "新米" not in f"{reply.text}{reply.suggestion}"


@pytest.mark.parametrize("text", ["煮饭水放多少", "熬粥放多少水", "加多少水合适"])
def test_how_much_water_to_cook_with_is_told_from_how_it_is_eaten(make_engine: Callable[..., Engine],
                                                                  text: str) -> None:
    rice = {"id": "rice", "name": "稻花香大米", "price": 59, "colours": ["真空包装"], "sizes": ["5斤"],
            "selling_points": "东北黑土地种植,软糯香甜",
            "attributes": {"食用方法": "米和水大概1比1.2,新米水可以少放一点;泡20分钟再煮更香"}}
    reply = make_engine(products=[rice]).reply(text, item_id="rice")
    assert "1比1.2" in f"{reply.text}{reply.suggestion}"



@pytest.mark.parametrize("text", ["多少钱", "56圈口的多少钱"])
def test_goods_priced_by_the_gram_are_told_so_with_any_price_asked(make_engine: Callable[..., Engine],
                                                                  text: str) -> None:
    """A bangle listed at the price of one gram of it: any price asked, a size named or not, is told that
    price per gram and the fact of how it is priced, never 「56是985元」."""
    bangle = {"id": "bangle", "name": "古法手镯", "price": 985, "colours": ["足金"], "sizes": ["54", "56", "58"],
              "attributes": {"计价方式": "按克计价,链接标的985元是1克的价格;客服按实际克重改价后再付款"}}
    reply = make_engine(products=[bangle]).reply(text, item_id="bangle", now=dt.datetime(2026, 12, 7, 11))
    part = next(p for p in reply.parts if p.intent == "bargain")
    assert (part.case, part.facts["prices"]) == ("priced_by_prices", "985元/克")
    assert_says(reply, "985元/克", "按实际克重改价")


@pytest.mark.parametrize(("product", "text", "case", "fragment"), [
    ({"id": "bangle", "name": "古法手镯", "price": 985, "colours": ["光面"], "sizes": ["54", "56", "58"],
      "fit_note": "圈口是手镯内径。量手腕最细处一圈对照尺码表;手骨大的亲选大一号",
      "size_chart": [{"size": "54", "wrist": [14, 15]}, {"size": "56", "wrist": [15, 16]},
                     {"size": "58", "wrist": [16, 17]}]},
     "我手腕15.5cm戴多大", "recommend_by", "56"),  # the chart by the wrist
    ({"id": "bangle", "name": "银手链", "price": 168, "colours": ["银色"], "sizes": ["均码"],
      "fit_note": "长度15厘米加3厘米延长链,手腕14到17厘米都能戴"},
     "手腕16能戴吗", "dimensions", "手腕14到17厘米都能戴"),  # no chart: the fit note
])
def test_a_wrist_said_is_sized_by_the_chart_not_told_a_clause_of_the_fit_note(
        make_engine: Callable[..., Engine], product: dict[str, object], text: str, case: str, fragment: str) -> None:
    reply = make_engine(products=[product]).reply(text, item_id="bangle", now=dt.datetime(2026, 12, 7, 11))
    assert (reply.intents[0], reply.parts[0].case) == ("sizing", case)
    assert_says(reply, fragment)


def test_a_short_word_one_fact_alone_holds_is_a_draft_of_that_fact(make_engine: Callable[..., Engine]) -> None:
    """「截图可以不」 of a photo mug whose 文件要求 says 不要截图: that fact for the agent, not the return terms
    (可以不 read as 可以退吗)."""
    mug = {"id": "mug", "name": "照片马克杯", "price": 39, "colours": ["白色"], "sizes": ["350ml"],
           "attributes": {"文件要求": "请发原图,不要截图和朋友圈压缩过的图", "效果图": "付款后2小时出效果图"}}
    reply = make_engine(products=[mug], returns={"no_reason_days": 0, "conditions": "定制商品做好后不退不换"}).reply(
        "截图可以不", item_id="mug", now=dt.datetime(2026, 12, 9, 15))
    assert reply.intents[0] == "product" and reply.mode != "auto"
    assert "不要截图" in reply.suggestion


@pytest.mark.parametrize("text", ["印出来颜色准吗", "会不会偏色"])
def test_whether_the_colour_is_true_asks_the_colour_difference(make_engine: Callable[..., Engine], text: str) -> None:
    tee = {"id": "tee", "name": "定制T恤", "price": 39, "colours": ["白色", "黑色"], "sizes": ["M"],
           "attributes": {"色差": "和手机屏幕看到的会有一点色差,深色衣服上印的颜色会比图片暗一点"}}
    reply = make_engine(products=[tee]).reply(text, item_id="tee", now=dt.datetime(2026, 12, 9, 10))
    assert reply.intents[0] == "product"
    assert_says(reply, "深色衣服上印的颜色会比图片暗一点")


def test_a_line_of_two_questions_the_whole_of_which_finds_no_fact_is_read_a_question_at_a_time(
        make_engine: Callable[..., Engine]) -> None:
    """「全屏」, a word of the film's own name, asks its 覆盖范围 only as a question of its own: in
    「这个膜是全屏的吗 会不会顶壳」 the first question, read alone, still does."""
    film = {"id": "film", "name": "iPhone全屏高清钢化膜(2片装)", "price": 29, "colours": ["高清", "防窥"],
            "sizes": ["iPhone15", "iPhone16", "iPhone16Pro"],
            "attributes": {"覆盖范围": "全屏覆盖,黑边做到屏幕边缘;为了不和手机壳顶边,四周各留约0.5mm,不是3D曲面膜",
                           "兼容": "和本店磁吸手机壳一起用不顶膜,大部分正规品牌手机壳也不会顶"}}
    reply = make_engine(products=[film], promotions=[]).reply("这个膜是全屏的吗 会不会顶壳", item_id="film")
    assert reply.parts[0].case == "facts" and "全屏覆盖" in reply.text + reply.suggestion


def test_a_fact_named_for_a_mishap_is_told_when_asked_whether_it_is_covered(shop: Shop) -> None:
    """「飞丢了管不管」 of a care plan whose 飞丢 says 飞丢不在随心换范围内: that fact (管不管 asks), not a lost
    parcel."""
    data = shop.model_dump()
    for product in data["products"]:
        if product["id"] == "dress-floral":
            product["attributes"] = {"飞丢": "飞丢不在随心换范围内", "服务内容": "一年内最多换新2次"}
    reply = Engine(Shop.model_validate(data)).reply("飞丢了管不管", item_id="dress-floral")
    assert reply.intents == ("product",) and "飞丢不在随心换范围内" in reply.text + reply.suggestion


@pytest.mark.parametrize("text", ["钙磷比多少", "蛋白含量是多少"])
def test_a_ratio_or_a_content_asked_is_a_fact_of_the_goods_never_a_price(engine: Engine, text: str) -> None:
    reply = engine.reply(text, item_id="dress-floral")
    assert reply.intents == ("product",) and "议价" not in reply.text + reply.suggestion


def test_a_part_named_by_a_variants_word_is_told_the_clause_that_speaks_of_it(shop: Shop) -> None:
    """「睡篮能用到几个月」 of a stroller sold with or without a 睡篮: the ages (出生到4岁, the seat's) and the
    clause of another fact that says the 睡篮's own (0到6个月), not its weight in 公斤."""
    data = shop.model_dump()
    for product in data["products"]:
        if product["id"] == "dress-floral":
            product.update(sizes=["单车", "睡篮套装"], size_chart=[], stock={}, restock=[], prices={},
                           attributes={"适用年龄": "出生0个月到4岁", "适用体重": "座椅承重25公斤以内;睡篮适合0到6个月",
                                       "重量": "车身9.8公斤,睡篮2.1公斤"})
    reply = Engine(Shop.model_validate(data)).reply("睡篮能用到几个月", item_id="dress-floral")
    said = reply.text + reply.suggestion
    assert "睡篮适合0到6个月" in said and "出生0个月到4岁" in said and "2.1公斤" not in said


def test_a_promise_naming_a_thing_does_not_say_how_long_it_lasts(make_engine: Callable[..., Engine]) -> None:
    """「保修多久」 of goods stating no 保修, the shop promising 带合格证和保修卡: a person says how long, the
    promise is no answer (「是正品吗」 still is)."""
    engine = make_engine(shop={"authenticity": "所有器材都是厂家直发的正品,带合格证和保修卡"})
    reply = engine.reply("保修多久", item_id="dress-floral")
    assert reply.mode == "handoff" and "保修卡" not in reply.text
    assert "正品" in engine.reply("是正品吗", item_id="dress-floral").text


_LINE = {"id": "line", "name": "台钓主线", "price": 16, "colours": ["透明色"], "sizes": ["1.0号"],
         "attributes": {"长度": "每轴50米", "主副线搭配": "钓鲫鱼主线0.8号到1.0号配子线0.4号到0.6号"}}
_POT = {"id": "pot", "name": "紫砂壶", "price": 380, "colours": ["紫泥", "朱泥"], "sizes": ["180ml"],
        "attributes": {"用明火": "不能直接放在燃气灶或电陶炉上烧",
                       "适合泡什么茶": "紫泥适合普洱、乌龙、红茶;朱泥适合单丛、岩茶这类香气高的茶"}}


@pytest.mark.parametrize(("goods", "first", "then", "told", "not_told"), [
    # a question of its own before a trailing 呢: the line's own (主副线搭配), not 长度 again
    (_LINE, "一轴多少米", "钓鲫鱼主线用几号 子线呢", "0.4号到0.6号", "50米"),
    # which of two of its own variants: the fact telling them apart, not 明火 again
    (_POT, "能直接放电陶炉上煮茶吗", "那泡普洱用紫泥还是朱泥", "紫泥适合普洱", "燃气灶"),
])
def test_a_question_of_its_own_right_after_a_fact_told_is_no_follow_up_of_it(
        goods: dict[str, object], first: str, then: str, told: str, not_told: str) -> None:
    shop = load_shop().model_copy(update={"products": [Product.model_validate(goods)]})
    engine = Engine(shop, rng=random.Random(0))
    before = engine.reply(first, item_id=str(goods["id"]))
    reply = engine.reply(then, before.conversation, item_id=str(goods["id"]))
    said = reply.text + reply.suggestion
    assert told in said and not_told not in said


@pytest.mark.parametrize(("text", "says"), [
    ("是真羽毛吗", ["天然火鸡毛"]),
    ("羽毛是真羽毛吗 会掉色不", ["天然火鸡毛", "不掉色"]),  # beside a fact that names the feathers too
])
def test_whether_a_thing_is_what_it_seems_is_what_its_material_says_of_it(text: str, says: list[str]) -> None:
    teaser = {"id": "teaser", "name": "逗猫棒", "price": 15.9, "colours": ["羽毛款", "小鱼款"], "sizes": ["单杆"],
              "variant_aliases": {"羽毛款": ["羽毛"]}, "material": "杆子是碳素钢丝,羽毛是天然火鸡毛,铃铛是不锈钢",
              "attributes": {"安全": "羽毛经过高温消毒,不掉色"}}
    shop = load_shop().model_copy(update={"products": [Product.model_validate(teaser)]})
    reply = Engine(shop, rng=random.Random(0)).reply(text, item_id="teaser")
    said = reply.text + reply.suggestion
    assert reply.intents[0] == "product" and all(fact in said for fact in says) and "碳素钢丝" not in said




@pytest.mark.parametrize(("attributes", "stated", "missing"), [
    # a clause of its own after a fact told, a space between: asked apart, and left for a person where unstated
    ({"页数": "平装416页"}, {"页数": "平装416页"}, ("字号",)),
    ({"页数": "平装416页", "纸张": "胶版纸,五号字,字不小"}, {"页数": "平装416页", "纸张": "胶版纸,五号字,字不小"}, ()),
])
def test_a_second_question_after_a_space_is_asked_apart_not_of_the_fact_told(
        shop: Shop, attributes: dict[str, str], stated: dict[str, str], missing: tuple[str, ...]) -> None:
    facts = read_facts(_dress(shop, {"attributes": attributes}), "多少页 字大不大")
    assert (dict(facts.stated), facts.missing) == (stated, missing)


@pytest.mark.parametrize("text", ["味道大不大", "有没有甲醛啊 味道大不大", "味道重吗"])
def test_how_strong_a_smell_is_asked_of_is_its_smell_not_a_foods_taste(text: str) -> None:
    """A crib's 味道大不大 asks its smell (气味), which its file does not state: said so, not called 口味."""
    crib = Product.model_validate({"id": "crib", "name": "实木婴儿床", "price": 1299, "colours": ["原木色"],
                                   "sizes": ["120x60"], "attributes": {"环保": "水性漆,甲醛检测报告在详情页"}})
    assert "气味" in read_facts(crib, text).missing and "口味" not in read_facts(crib, text).missing


def test_an_additive_asked_of_that_no_fact_names_is_not_answered_by_the_ingredient_list() -> None:
    """「有防腐剂吗」 of a cream whose 主要成分 lists what it holds and nothing of preservatives: a person says."""
    cream = Product.model_validate({"id": "cream", "name": "修护面霜", "price": 299, "colours": ["标准装"],
                                    "sizes": ["50g"], "attributes": {"主要成分": "神经酰胺、角鲨烷、尿囊素"}})
    facts = read_facts(cream, "有防腐剂吗")
    assert facts.stated == () and facts.missing == ("防腐剂",)


def test_a_cost_asked_of_a_thing_two_facts_speak_of_is_told_by_the_one_pricing_it(shop: Shop) -> None:
    """「能切成异形的吗 加钱不」: selling points say 异形都能切, 形状 says 异形每单加10元: the cost asked, that one."""
    sticker = _dress(shop, {"selling_points": "圆形、方形、异形都能切,先出设计稿确认再印刷",
                            "attributes": {"形状": "圆形、方形免费;异形(按图案轮廓切)每单加10元"}})
    reply = _engine_with_products(shop, [sticker]).reply("能切成异形的吗 加钱不", item_id="dress-floral", now=NOW)
    assert "每单加10元" in reply.text + reply.suggestion


@pytest.mark.parametrize(("text", "sent"), [("A醇浓度多少 会刺激吗", False), ("A醇浓度多少", True),
                                            ("能放多久 会过期吗", True)])  # 过期: the 保质期 told is of it
def test_a_worry_asked_in_a_clause_of_its_own_that_the_fact_says_nothing_of_is_drafted(
        shop: Shop, text: str, sent: bool) -> None:
    """主要成分's 视黄醇(0.1%) says how much, nothing of whether it stings: 「会刺激吗」 beside it is a person's."""
    cream = _dress(shop, {"attributes": {"主要成分": "微囊视黄醇(0.1%)、角鲨烷", "保质期": "没开封3年"},
                          "aliases": ["A醇眼霜"]})
    reply = _engine_with_products(shop, [cream]).reply(text, item_id="dress-floral", now=NOW)
    assert (reply.parts[0].intent, reply.parts[0].case) == ("product", "facts") and (reply.mode != "handoff") is sent


@pytest.mark.parametrize("then", ["那我下午5点拍呢", "那晚上8点以后付款呢"])
def test_a_time_to_buy_said_right_after_a_fact_asks_the_ship_day_not_the_fact_again(shop: Shop, then: str) -> None:
    """「下雨天也发吗」 told 采摘时间, then 「那我下午5点拍呢」: when it goes if paid then, not the picking again."""
    fruit = _dress(shop, {"attributes": {"采摘时间": "每天早上现摘,当天下午装箱发出;下雨天不摘果"}})
    engine = _engine_with_products(shop, [fruit])
    first = engine.reply("下雨天也发吗", item_id="dress-floral", now=NOW)
    assert first.intents[0] == "product"
    assert engine.reply(then, first.conversation, item_id="dress-floral", now=NOW).intents[0] == "shipping"


@pytest.mark.parametrize(("text", "intent"), [
    ("我上周五拍的 效果图到现在都没发我", "logistics"),  # of an order placed: a person, not when proofs are sent
    ("效果图多久发", "product"),
])
def test_something_of_an_order_placed_not_come_is_the_orders_not_the_fact(
        make_engine: Callable[..., Engine], text: str, intent: str) -> None:
    towel = {"id": "towel", "name": "刺绣浴巾", "price": 89, "colours": ["白色"], "sizes": ["70x140"],
             "attributes": {"效果图": "下单付款后24小时内发效果图,确认了才开始绣"}}
    reply = make_engine(products=[towel], promotions=[]).reply(text, item_id="towel", now=NOW)
    assert reply.intents[0] == intent
    assert (reply.mode == "handoff") == (intent == "logistics")


def test_an_engines_size_said_is_told_the_fact_naming_it(make_engine: Callable[..., Engine]) -> None:
    """「我车是1.5T的 选几升的」 of an oil change sold by 升数: the fact naming 1.5T, and no height of 150cm."""
    oil = {"id": "oil", "name": "机油保养套餐", "price": 299, "colours": ["5W-30"], "sizes": ["4升", "5升"],
           "size_label": "升数", "attributes": {"适用排量": "4升装适合1.5T及以下;5升装适合2.0T", "有效期": "180天"}}
    reply = make_engine(products=[oil], promotions=[]).reply("我车是1.5T的 选几升的", item_id="oil", now=NOW)
    assert "4升装适合1.5T" in reply.text + reply.suggestion


def test_a_visit_asked_is_not_told_a_clause_of_the_work_done(make_engine: Callable[..., Engine]) -> None:
    """「能上门保养吗」 of a service whose selling points say 换完机油在京东订单里能看到施工记录: nothing of a visit."""
    oil = {"id": "oil", "name": "机油小保养套餐", "price": 299, "colours": ["5W-30"], "sizes": ["4升"],
           "selling_points": "全国合作门店可做;换完机油在京东订单里能看到施工记录", "attributes": {"有效期": "180天"}}
    reply = make_engine(products=[oil], promotions=[]).reply("能上门保养吗", item_id="oil", now=NOW)
    assert reply.mode != "auto" and "施工记录" not in reply.text + reply.suggestion


def test_where_it_is_made_is_not_told_by_an_imported_part_of_its_material(shop: Shop) -> None:
    """「哪里生产的」 of a diaper whose material says 日本进口高分子吸水树脂 and whose file names no 产地: a person
    says, never the material under the name 产地."""
    material = "表层是无纺布,芯体是绒毛浆加日本进口高分子吸水树脂"
    engine = _engine_with_products(shop, [_dress(shop, {"material": material, "selling_points": "", "attributes": {}})])
    reply = engine.reply("哪里生产的", item_id="dress-floral", now=NOW)
    assert reply.mode == "handoff" and "芯体" not in reply.text + reply.suggestion


def test_the_product_pointed_at_by_the_last_character_of_its_name_asks_no_fact_of_that_word(shop: Shop) -> None:
    """「这个头多大 多重」 of a charger also called 充电头: its size and its weight, not a 头围 the file lacks."""
    charger = Product.model_validate({
        "id": "dress-floral", "name": "65W氮化镓充电器", "aliases": ["充电头"], "price": 129, "colours": ["白色"],
        "sizes": ["单头", "套装"], "variant_aliases": {"单头": ["单个头", "只要头"]},
        "attributes": {"尺寸": "约48x48x30mm", "重量": "约110克"}})
    reply = _engine_with_products(shop, [charger]).reply("这个头多大 多重", item_id="dress-floral", now=NOW)
    assert "48x48x30mm" in reply.text and "110克" in reply.text and reply.mode == "auto"


@pytest.mark.parametrize("text", ["我黄一白 粉底用哪个号", "冷白皮用那个号"])
def test_which_shade_asked_by_its_number_is_the_shops_own_advice_of_shades(shop: Shop, text: str) -> None:
    """「用哪个号」 of a foundation whose 色号推荐 says which shade suits whom (号 of its 00号 naming no product)."""
    foundation = Product.model_validate({
        "id": "dress-floral", "name": "持妆粉底液", "aliases": ["粉底"], "price": 139, "colour_label": "色号",
        "colours": ["00冷白", "02自然白"], "sizes": ["正装"],
        "variant_aliases": {"00冷白": ["00号"], "02自然白": ["02号"]},
        "attributes": {"色号推荐": "冷白皮选00冷白;黄一白选02自然白", "保质期": "开封后12个月"}})
    reply = _engine_with_products(shop, [foundation]).reply(text, item_id="dress-floral", now=NOW)
    assert reply.intents[0] == "product" and "黄一白选02自然白" in reply.suggestion


def test_the_colours_of_a_set_sold_in_one_are_the_shades_its_contents_list(shop: Shop) -> None:
    """「试色装是哪几个色」 of a sampler sold as one 五色装, whose 内含 lists the five shades: those."""
    sampler = Product.model_validate({
        "id": "dress-floral", "name": "口红小样试色装", "price": 39, "colour_label": "款式", "colours": ["五色装"],
        "sizes": ["5支x1g"], "attributes": {"内含": "01正红、02豆沙、03烂番茄各一支", "保质期": "3年"}})
    reply = _engine_with_products(shop, [sampler]).reply("试色装是哪几个色", item_id="dress-floral", now=NOW)
    assert "01正红、02豆沙、03烂番茄" in reply.text


@pytest.mark.parametrize("text", ["苹果15能用这根吗", "iphone15能用吗"])
def test_a_phone_asked_by_its_brand_in_chinese_is_found_where_the_fact_spells_it_in_latin(
        shop: Shop, text: str) -> None:
    """「苹果15能用这根吗」 of a Lightning cable whose 兼容 says iPhone15/16是Type-C口用不了这根: that, never the
    shop's authenticity text about 苹果线."""
    cable = Product.model_validate({
        "id": "dress-floral", "name": "MFi认证苹果快充数据线", "aliases": ["苹果线"], "price": 39, "colours": ["白色"],
        "sizes": ["1米"], "attributes": {"兼容": "iPhone5到iPhone14全系列;iPhone15/16是Type-C口用不了这根",
                                         "长度": "1米"}})
    reply = _engine_with_products(shop, [cable]).reply(text, item_id="dress-floral", now=NOW)
    assert "iPhone15/16是Type-C口用不了这根" in reply.text + reply.suggestion


def test_a_difference_asked_with_one_fact_of_it_is_the_whole_difference_and_that_fact_of_each(shop: Shop) -> None:
    """「这个跟硬壳有啥区别 哪个更防水」: the prices, what else differs, and both 防水."""
    facts = {"内胆": "可拆抓绒内胆", "重量": "约1.3kg", "帽子": "可拆", "防风": "防风", "袖口": "魔术贴",
             "防水指数": "静水压10000mm"}
    jacket = Product.model_validate({"id": "dress-floral", "name": "三合一冲锋衣", "price": 899, "colours": ["黑色"],
                                     "sizes": ["L"], "attributes": facts})
    shell = Product.model_validate({"id": "shell", "name": "PRO硬壳冲锋衣", "aliases": ["硬壳"], "price": 1599,
                                    "colours": ["黑色"], "sizes": ["L"],
                                    "attributes": {**facts, "内胆": "没有内胆", "重量": "约480克",
                                                   "防水指数": "静水压20000mm"}})
    reply = _engine_with_products(shop, [jacket, shell]).reply("这个跟硬壳有啥区别 哪个更防水", item_id="dress-floral",
                                                               now=NOW)
    assert all(said in reply.text for said in ("899元", "1599元", "约480克", "静水压10000mm", "静水压20000mm"))


@pytest.mark.parametrize(("platform", "name", "text", "cases"), [
    # a seller's shop on JD, asked beside the promise: the promise, then that it is no 京东自营 (its name says 专营店)
    ("jd", "暖冬取暖电器专营店", "是正品吗 你们是京东自营吗", ["authentic", "not_own_store"]),
    ("jd", "暖冬取暖电器专营店", "你们是京东自营吗", ["not_own_store", "authentic"]),  # alone: name, then promise
    ("jd", "暖冬京东自营旗舰店", "是自营店吗", ["own_store", "authentic"]),  # its name says 自营
    ("taobao", "暖冬取暖小店", "是正品吗", ["authentic"]),  # no 自营 asked
])
def test_whether_the_shop_is_the_platforms_own_is_told_by_its_name(
        make_engine: Callable[..., Engine], platform: str, name: str, text: str, cases: list[str]) -> None:
    engine = make_engine(shop={"platform": platform, "name": name, "authenticity": "品牌授权正品,支持验货"})
    reply = engine.reply(text, item_id="dress-floral", now=NOW)
    assert [part.case for part in reply.parts] == cases and "品牌授权正品" in reply.suggestion
    assert (name in reply.suggestion) is (cases != ["authentic"])
