"""extract(): the couriers, regions, sizes, colours, products, quantities and money a
buyer message names. Messages are normalised first, as the engine does."""

from __future__ import annotations

import pytest

from botcore.places import REGION_GROUPS, REGIONS
from botcore.shop import Product, Promotion, Shop
from botcore.shop.shopfile import load_shop
from botcore.stages.entities import (
    Entities,
    colour_spellings,
    compounds_named,
    counted_as_size,
    device_models,
    extract,
    model_number,
    own_sizes_said,
    pieces_as_packs,
    product_names_kept,
    shop_vocabulary,
    sized_by_word,
    sizes_not_body,
    sizes_with_said,
    tastes_not_variants,
    two_styles_said,
    variants_before_names,
    variants_in_names,
)
from botcore.stages.normalise import normalise
from botcore.stages.vocabulary import Vocabulary

VOCABULARY: Vocabulary = shop_vocabulary(load_shop())


def entities(text: str, vocabulary: Vocabulary | None = VOCABULARY) -> Entities:
    return extract(normalise(text).text, vocabulary)


# --- couriers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "courier"),
    [
        ("能发顺丰吗", "顺丰"),
        ("可以走sf吗", "顺丰"),
        ("SF能到不", "顺丰"),
        ("顺风快递可以吗", "顺丰"),  # the common misspelling
        ("我这只能收邮政", "EMS"),
        ("发中国邮政", "EMS"),
        ("发ems吧", "EMS"),
        ("EMS多少钱", "EMS"),
        ("中通到我这很慢", "中通"),
        ("有没有京东快递", "京东"),
        ("发个极兔", "极兔"),
    ],
)
def test_courier(text: str, courier: str) -> None:
    assert entities(text).couriers == (courier,)


@pytest.mark.parametrize("text", ["systems are down", "sfx", "tems", "asfd", "emsx"])
def test_ascii_alias_inside_a_word_is_not_a_courier(text: str) -> None:
    assert entities(text).couriers == ()


def test_ascii_alias_next_to_chinese_or_space_is_a_courier() -> None:
    assert entities("走 sf 吧").couriers == ("顺丰",)
    assert entities("能发sf不").couriers == ("顺丰",)


def test_two_couriers_in_order_without_repeats() -> None:
    assert entities("顺丰还是中通 顺丰贵吗").couriers == ("顺丰", "中通")


# --- regions -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("发浙江几天到", "浙江"),
        ("浙江省能到吗", "浙江"),
        ("我在乌鲁木齐", "新疆"),
        ("寄吉林市要多久", "吉林"),
        ("吉林能发吗", "吉林"),
        ("长春几天", "吉林"),
        ("杭州明天能到吗", "浙江"),
        ("深圳包邮吗", "广东"),
        ("内蒙能发吗", "内蒙古"),
        ("呼和浩特运费多少", "内蒙古"),
        ("寄香港可以吗", "香港"),
        ("台北收得到吗", "台湾"),
        ("魔都发货快吗", "上海"),
        ("寄到浦东要几天", "上海"),  # a district of a city that is a province
        ("海淀包邮吗", "北京"),
        ("发广洲几天到", "广东"),  # 州 mistyped by its sound
        ("贵洲发货吗", "贵州"),
    ],
)
def test_region(text: str, region: str) -> None:
    assert entities(text).regions == (region,)


def test_city_and_its_province_count_once() -> None:
    assert entities("新疆乌鲁木齐").regions == ("新疆",)


def test_a_word_naming_regions_together_names_real_ones_and_they_know_it() -> None:
    assert all(set(members) <= set(REGIONS) for members in REGION_GROUPS.values())
    assert REGIONS["台湾"].groups == ("港澳台",) and "江浙沪" in REGIONS["上海"].groups


def test_no_region() -> None:
    assert entities("这条裙子好看吗").regions == ()
    assert entities("澳洲能发吗").regions == ()  # (a 洲 of its own, no mistyped 州)


# --- sizes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sizes"),
    [
        ("有xl吗", ("XL",)),
        ("XXL还有吗", ("XXL",)),
        ("xxl还有吗", ("XXL",)),
        ("2xl有吗", ("XXL",)),
        ("3XL有没有", ("XXXL",)),
        ("xs码", ("XS",)),
        ("拿L", ("L",)),
        ("l码", ("L",)),
        ("我要M的", ("M",)),
        ("s还是m", ("S", "M")),
        ("Ｍ码有吗", ("M",)),  # full-width letter
        ("38码有吗", ("38",)),
        ("27码的牛仔裤", ("27",)),
        ("是均码吗", ("均码",)),
        ("free size吗", ("均码",)),
        ("l码 l码", ("L",)),  # once
        ("70A有吗", ("70A",)),  # a bra's band and cup
        ("我穿80c", ("80C",)),
        ("m2件多少钱", ("M",)),  # a letter size, then how many
    ],
)
def test_sizes(text: str, sizes: tuple[str, ...]) -> None:
    assert entities(text).sizes == sizes


@pytest.mark.parametrize(
    "text",
    [
        "我1.68m",  # the m of metres
        "身高165cm",  # the m of cm
        "腰围70cm左右",
        "能发ems吗",  # the m and s inside a courier name
        "sms通知我",
        "xxxxxl",  # no such size spelled this way is taken apart
        "m2的有货吗",  # a model's letter before its number (m2, s5, l9, x9): no clothing size
        "l9是真4k吗",
        "s5和x9差在哪",
        "好的收到",
        "有货吗",
    ],
)
def test_no_size(text: str) -> None:
    assert entities(text).sizes == ()


def test_size_beside_metres() -> None:
    found = entities("1.65m 平时穿m")
    assert found.sizes == ("M",)
    assert found.height == 165.0


# --- colours -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "colours"),
    [
        ("黑色有吗", ("黑色",)),
        ("黑的还有吗", ("黑色",)),
        ("要黑款", ("黑色",)),
        ("米白还有吗", ("米白色",)),
        ("米白色好看", ("米白色",)),  # not 白色 inside 米白色
        ("雾霾蓝显白吗", ("雾霾蓝",)),
        ("牛油果绿", ("牛油果绿",)),
        ("浅粉有货吗", ("浅粉色",)),
        ("燕麦和驼色哪个好", ("燕麦色", "驼色")),
    ],
)
def test_shop_colours(text: str, colours: tuple[str, ...]) -> None:
    assert entities(text).colours == colours


@pytest.mark.parametrize(
    ("text", "colours"),
    [("有红色的吗", ("红色",)), ("出紫色吗", ("紫色",)), ("有没有橙色", ("橙色",)), ("粉色的有吗", ("粉色",))],
)
def test_generic_colours_when_the_shop_does_not_sell_them(text: str, colours: tuple[str, ...]) -> None:
    assert entities(text).colours == colours


def test_generic_colour_named_beside_a_shop_colour_is_kept() -> None:
    # The shop sells 黑色 but not 红色: the buyer asked about both, and the answer
    # must be able to say red does not exist rather than ignore it.
    assert set(entities("红色和黑色都有吗").colours) == {"红色", "黑色"}


def test_generic_colours_without_a_shop() -> None:
    assert entities("黑的有吗", None).colours == ("黑色",)
    assert entities("要卡其色", None).colours == ("卡其色",)


@pytest.mark.parametrize(("text", "colours", "sizes"), [
    ("黑M有吗", ("黑色",), ("M",)),  # one character of a colour right before a size
    ("蓝s还有没", ("蓝色",), ("S",)),
    ("白XL和红L", ("白色", "红色"), ("XL", "L")),
    ("蓝牙版M码", (), ("M",)),  # not before the size: no colour
])
def test_one_character_of_a_colour_before_a_size_is_that_colour(
        text: str, colours: tuple[str, ...], sizes: tuple[str, ...]) -> None:
    found = entities(text, None)
    assert (found.colours, found.sizes) == (colours, sizes)


def test_colour_spellings() -> None:
    assert colour_spellings("黑色") == ["黑色", "黑的", "黑款"]
    assert colour_spellings("米白色") == ["米白色", "米白的", "米白款", "米白"]
    assert colour_spellings("滋润型") == ["滋润型", "滋润的"]  # a style by its point: 滋润的啥时候有货
    assert colour_spellings("抗光幕") == ["抗光幕", "抗光的"]  # a screen's kind by its point: 100寸抗光的多少钱
    assert colour_spellings("原味") == ["原味"]  # too short to say by its point alone
    assert colour_spellings("水蜜桃味") == ["水蜜桃味", "水蜜桃的", "水蜜桃"]  # by its fruit: 水蜜桃4包的还有吗
    assert colour_spellings("超滋润型") == ["超滋润型", "超滋润的"]  # (超滋润 alone may ask a fact)
    assert colour_spellings("雾霾蓝") == ["雾霾蓝", "雾霾蓝的", "雾霾蓝款", "雾霾兰", "雾霾兰的", "雾霾兰款"]
    assert colour_spellings("蓝色") == ["蓝色", "蓝的", "蓝款", "兰色", "兰款"]  # (not 兰的, of 荷兰的)
    assert colour_spellings("玳瑁") == ["玳瑁", "玳瑁的", "玳瑁款"]  # (as another's 玳瑁色 is 玳瑁的 too)
    assert colour_spellings("色") == ["色"]
    # a colour and a style named together: without the kind, without the 色
    assert colour_spellings("雾霾蓝打孔款")[:3] == ["雾霾蓝打孔款", "雾霾蓝打孔的", "雾霾蓝打孔"]
    assert colour_spellings("浅灰色挂钩款") == ["浅灰色挂钩款", "浅灰色挂钩的", "浅灰色挂钩", "浅灰挂钩款", "浅灰挂钩"]


def test_no_colour() -> None:
    assert entities("尺码标准吗").colours == ()


# --- products ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("碎花裙还有吗", "dress-floral"),
        ("那条碎花的怎么样", "dress-floral"),
        ("法式碎花长袖连衣裙多少钱", "dress-floral"),  # the full name
        ("毛衣裙会起球吗", "dress-knit"),
        ("那件带帽子的厚吗", "hoodie-fleece"),
        ("面包服保暖吗", "down-short"),
        ("长款羽绒服有黑色吗", "down-long"),
        ("西装裤垂不垂", "pants-wide"),  # not the blazer called 西装
        ("小西装有杏色吗", "blazer-classic"),
        ("白T透不透", "tee-basic"),
        ("开衫是均码吗", "cardigan-soft"),
    ],
)
def test_product_by_alias(text: str, product: str) -> None:
    assert entities(text).products == (product,)


def test_two_products_in_order() -> None:
    assert entities("卫衣和阔腿裤一起买").products == ("hoodie-fleece", "pants-wide")


def test_a_product_is_named_short_without_its_kinds_last_character(shop: Shop) -> None:
    """德比 of 德比鞋 and 牛津 of 牛津鞋, both 正装皮鞋: 「德比跟牛津有啥区别」 names both; not a stem a fact speaks
    of (布洛克 of 布洛克鞋, whose 工艺 says 布洛克雕花), nor one two products share."""
    shoes = [Product.model_validate({"id": pid, "name": name, "category": "正装皮鞋", "price": 399,
                                     "colours": ["黑色"], "sizes": ["42"], "attributes": facts})
             for pid, name, facts in (("derby", "德比鞋", {}), ("oxford", "牛津鞋", {"工艺": "布洛克雕花"}),
                                      ("brogue", "布洛克鞋", {}))]
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": shoes}))
    assert entities("德比跟牛津有啥区别", vocabulary).products == ("derby", "oxford")
    assert entities("布洛克的多少钱", vocabulary).products == ()


def test_a_style_is_named_by_its_start_before_the_products_own_kind(shop: Shop) -> None:
    """「荔枝的呢」 of charcoal (category 木炭) sold as 机制炭 and 荔枝木炭: the 荔枝木炭."""
    charcoal = Product.model_validate({"id": "charcoal", "name": "果木机制炭", "category": "木炭", "price": 39,
                                       "colours": ["机制炭", "荔枝木炭"], "sizes": ["5斤装", "10斤装"]})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [charcoal]}))
    assert entities("荔枝的呢", vocabulary).colours == ("荔枝木炭",)


def test_what_buyers_do_with_goods_names_no_product_called_by_it(shop: Shop) -> None:
    """「晚上遛狗有反光吗」 in a shop selling a leash called 遛狗绳 beside another 牵引绳: 遛狗 is what the buyer does,
    no leash named; 遛狗绳 said whole still is."""
    leashes = [Product.model_validate({"id": pid, "name": name, "aliases": aliases, "category": "牵引绳", "price": 29,
                                       "colours": ["黑色"], "sizes": ["M"]})
               for pid, name, aliases in (("nylon", "加粗尼龙牵引绳", ["遛狗绳", "尼龙绳"]),
                                          ("auto", "自动伸缩牵引绳", ["伸缩绳"]))]
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": leashes}))
    assert entities("晚上遛狗有反光吗", vocabulary).products == ()
    assert entities("遛狗绳多长", vocabulary).products == ("nylon",)


def test_the_one_product_made_for_women_is_asked_for_as_a_womens_one(shop: Shop) -> None:
    """「有没有女款的」 among two men's watches and a women's one (星月女士石英表): that one; 男款 names none of
    the two men's ones."""
    watches = [Product.model_validate({"id": pid, "name": name, "price": 999, "colours": ["黑盘"], "sizes": ["钢带"]})
               for pid, name in (("diver", "深海男士机械表"), ("chrono", "商务计时男表"), ("lady", "星月女士石英表"))]
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": watches}))
    assert entities("有没有女款的 多少钱", vocabulary).products == ("lady",)
    assert entities("有男款的吗", vocabulary).products == ()


def test_a_products_name_with_de_that_spells_anothers_colour_names_both(shop: Shop) -> None:
    """「玫瑰的留香多久」 in a shop of a perfume called 玫瑰 and a gift box in 玫瑰款 and 雪松款: the perfume and
    the box's style, each page reading it as its own."""
    goods = [Product.model_validate({"id": "rose", "name": "晨露玫瑰淡香精", "aliases": ["玫瑰"], "price": 299,
                                     "colours": ["普通装"], "sizes": ["50ml"]}),
             Product.model_validate({"id": "box", "name": "圣诞香氛礼盒", "price": 599, "colours": ["玫瑰款", "雪松款"],
                                     "sizes": ["标准礼盒"]})]
    found = entities("玫瑰的留香多久", shop_vocabulary(shop.model_copy(update={"products": goods})))
    assert (found.products, found.colours) == (("rose",), ("玫瑰款",))


@pytest.mark.parametrize(("text", "sizes"), [
    ("两个款有啥区别", ("基础款", "豪华款")),  # both of the two styles, and no count of two
    ("这两种有什么不同", ("基础款", "豪华款")),
    ("这两个有啥区别", ()),  # no kind said: the two last compared, maybe products, not the page's styles
])
def test_how_two_styles_differ_asked_unnamed_names_both(text: str, sizes: tuple[str, ...]) -> None:
    chair = Product.model_validate({"id": "chair", "name": "宝宝餐椅", "price": 299,
                                    "colours": ["奶油白", "燕麦灰", "雾霾蓝"], "sizes": ["基础款", "豪华款"]})
    found = two_styles_said(entities(text), normalise(text).text, chair)
    assert found.sizes == sizes and (found.quantity is None or not sizes)


def test_where_the_product_names_stand_is_kept() -> None:
    entities = extract("纯棉t恤和大衣哪个保暖", VOCABULARY)
    assert entities.named == ((0, 4), (5, 7))
    assert entities.inside_a_name(0, 2) and not entities.inside_a_name(3, 6)  # 纯棉 in it; 恤和大 across
    assert "named" not in entities.names()  # positions, not something the buyer named


def test_no_product_without_a_shop_vocabulary() -> None:
    assert entities("碎花裙还有吗", None).products == ()


@pytest.mark.parametrize(("text", "found"), [
    ("床有几种尺寸", True),  # a one-character name opening a clause, its subject
    ("那床呢", True),
    ("好的 床多少钱", True),
    ("壳加膜", False),  # (no 床 said)
    ("起床了吗", False),  # inside a word: not the bed
    ("床上用品有吗", False),  # inside another's name
])
def test_a_one_character_name_opening_a_clause_names_the_product(text: str, found: bool) -> None:
    vocabulary = Vocabulary([("床上用品", "product", "bedding")], {"床": "bed"})
    assert any(hit.value == "bed" for hit in vocabulary.find(text)) is found


@pytest.mark.parametrize(("text", "product"), [
    ("框多少钱", "frame"),  # 框 of the alias 框子: the frame, opening the clause
    ("被子多大", "quilt"),  # the whole alias
    ("被压坏了", None),  # 被 of 被子 says too little alone: no quilt
])
def test_an_alias_in_zi_names_the_product_by_its_thing_alone(text: str, product: str | None) -> None:
    frame = Product(id="frame", name="拼图实木框", aliases=["框子"], price=69, colours=["黑色"], sizes=["1000片框"])
    quilt = Product(id="quilt", name="蚕丝被", aliases=["被子"], price=599, colours=["白色"], sizes=["1.8米"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [frame, quilt]}))
    assert entities(text, vocabulary).products == ((product,) if product else ())


def test_shop_vocabulary_size() -> None:
    assert VOCABULARY.size > 50
    assert Vocabulary([]).find("什么都没有") == []


# --- quantity, money and body measures -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quantity"),
    [("买两件有优惠吗", 2), ("拿3条", 3), ("要一件", 1), ("我要十件", 10), ("问一下", None),
     ("两辆多少钱", 2), ("买三顶", 3),  # bikes, hats
     ("一个班50套多少钱", 50),  # the class is whom they are for
     ("多少钱一瓶 买三瓶", 3), ("多少一个", None),  # 一瓶 after 多少钱: the price of each, no count
     ("刻10个字加多少钱", None), ("要两支 每支刻5个字", 2), ("24个字母", None),  # characters to engrave: no goods
     ("2号的要5轴 有吗", 5), ("买两轴多少钱", 2), ("三轴云台稳不稳", None),  # spools of line, not a gimbal's axes
     ("村里要装20盏100w的", 20)],  # lamps
)
def test_quantity(text: str, quantity: int | None) -> None:
    assert entities(text).quantity == quantity


@pytest.mark.parametrize(("text", "quantity"), [("2020单支买两支", 2), ("2020单买一下", None), ("2018的要3瓶", 3)])
def test_a_number_that_names_a_variant_is_no_count(text: str, quantity: int | None) -> None:
    wine = load_shop().model_dump()
    wine["products"][0].update(colours=["2018", "2020"], sizes=["单支", "整箱"], stock={}, restock=[],
                               size_chart=[], prices={})
    vocabulary = shop_vocabulary(Shop.model_validate(wine))
    assert entities(text, vocabulary).quantity == quantity  # the year a wine is named by, not how many


@pytest.mark.parametrize(
    ("text", "money"),
    [
        ("150块卖不卖", (150.0,)),
        ("便宜二十块吧", (20.0,)),
        ("¥139能拍吗", (139.0,)),
        ("100元行吗", (100.0,)),
        ("少5块钱", (5.0,)),
        ("能便宜点吗", ()),
    ],
)
def test_money(text: str, money: tuple[float, ...]) -> None:
    assert entities(text).money == money


def test_height_and_weight() -> None:
    found = entities("身高1米62 体重105斤 穿什么码")
    assert (found.height, found.weight) == (162.0, 105.0)
    assert found.measures_sure is True


@pytest.mark.parametrize(("text", "height", "weight"), [
    ("我孕前110斤 现在130斤 拍哪个码", None, 130.0),  # the weight now, not the one before
    ("身高160 以前100斤现在115斤", 160.0, 115.0),
    ("我以前是110斤", None, 110.0),  # the only weight said is the one there is
])
def test_the_body_said_as_it_was_before_gives_way_to_the_body_now(
        text: str, height: float | None, weight: float | None) -> None:
    found = entities(text)
    assert (found.height, found.weight) == (height, weight)


@pytest.mark.parametrize(("text", "quantity"), [
    ("我跟我妈一人一件 两件黑色XL", 2),  # each one's count beside the whole: the whole
    ("每人一件 一共5件", 5),
    ("一人一件", 1),  # said alone: that count
    ("我们班四十五个人 每人一件 多少钱一件", 45),  # so many people, each taking so many: people times each
    ("30个同学一人一套", 30), ("20位员工人手两个", 40),
    ("我们45个人 每人一件 一共要50件", 50),  # the whole said: that
    ("一个班52个人能优惠多少", 52), ("公司30个员工 多少钱一件", 30),  # a class or a company: one each
    ("我们一家3个人", None),  # a family is no order of goods for each
])
def test_a_count_each_person_takes_gives_way_to_the_whole(text: str, quantity: int | None) -> None:
    assert entities(text).quantity == quantity


def test_bare_numbers_are_a_guess() -> None:
    found = entities("165 110 什么码")
    assert (found.height, found.weight) == (165.0, 110.0)
    assert found.measures_sure is False


@pytest.mark.parametrize(("text", "bare"), [
    ("160可以吗", (160.0,)),  # after a price: an offer
    ("300包邮吗", (300.0,)),  # 包邮 is no count of packs
    ("8折行不", (8.0,)),
    ("我500度", ()),  # a measure: the glasses' strength, no sum
    ("孩子3岁", ()),
    ("要2件", ()),
])
def test_a_number_with_a_unit_after_it_is_not_bare(text: str, bare: tuple[float, ...]) -> None:
    assert entities(text).bare_numbers == bare


def test_names_lists_only_what_is_set() -> None:
    names = entities("黑色XL 寄杭州").names()
    assert names == {"sizes": ("XL",), "colours": ("黑色",), "regions": ("浙江",)}
    assert entities("嗯").names() == {}


@pytest.mark.parametrize(("text", "key", "value"), [("要一件", "quantity", 1), ("1天能到吗", "days", 1.0)])
def test_names_keeps_a_value_of_one(text: str, key: str, value: float) -> None:
    # 1 == True in Python: a quantity or day count of 1 must still show in traces
    assert entities(text).names().get(key) == value


def test_everything_in_one_message() -> None:
    found = entities("碎花裙黑的L码 买两件 发顺丰到乌鲁木齐 300块行吗")
    assert found.products == ("dress-floral",)
    assert found.colours == ("黑色",)
    assert found.sizes == ("L",)
    assert found.quantity == 2
    assert found.couriers == ("顺丰",)
    assert found.regions == ("新疆",)
    assert found.money == (300.0,)


# --- any shop: other measures, children, plus sizes, a size's other names -------------------


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("脚长25.8穿多大", {"foot": 25.8}),
        ("脚长245mm", {"foot": 24.5}),
        ("孩子120 45斤穿多大", {"height": 120.0, "weight": 45.0}),  # a child's height, a weight under 40 kg
        ("宝宝身高90 体重26斤", {"height": 90.0, "weight": 26.0}),
        ("宝宝8个月穿什么码", {"age": 0.67}),  # two decimals: months are small shares of a year
        ("3岁半", {"age": 3.5}),
        ("臀围92穿几码", {"hip": 92.0}),
        ("手指一圈53毫米 拍几号", {"finger": 53.0}),  # a finger's girth in mm, however written
        ("指围5.4厘米", {"finger": 54.0}),
        ("量了下周长54.5mm戴多大的", {"finger": 54.5}),
        ("手腕一圈15cm", {"wrist": 15.0}),
        ("腕围160mm", {"wrist": 16.0}),  # a wrist's and a head's in cm
        ("宝宝头围48", {"head": 48.0}),
        ("头维56 m码行吗", {"head": 56.0}),  # typed as it sounds
        ("手指粗 周长16厘米", {"finger": None}),  # 160 mm is no finger
    ],
)
def test_measures_beyond_adult_height_and_weight(text: str, names: dict[str, float | None]) -> None:
    found = entities(text)
    assert {k: getattr(found, k) for k in names} == names


@pytest.mark.parametrize("text", ["3XL有吗", "xxxl有吗", "有3l的吗", "3xl码"])
def test_a_plus_size_has_one_name_however_written(text: str) -> None:
    assert entities(text).sizes == ("XXXL",)


def test_a_size_named_by_another_system_stands_for_itself_until_a_product_reads_it() -> None:
    shoes = shop_vocabulary(load_shop("shoes"))
    assert entities("美码9.5穿哪个码", shoes).sizes == ("US9.5",)
    assert entities("43有吗", shoes).sizes == ("43",)  # a shoe size needs no 码


def test_a_long_variant_is_found_by_an_end_no_other_of_its_variants_holds() -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["大众途观L7座", "丰田汉兰达7座", "大众途观L5座"], size_chart=[], stock={}, restock=[],
                 colours=["单烟机", "烟灶套装天然气", "烟灶套装液化气"], prices={})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("途观L7座呢", vocabulary).sizes == ("大众途观L7座",)
    assert entities("液化气的有货没", vocabulary).colours == ("烟灶套装液化气",)
    assert "大众途观L7座" not in entities("7座的呢", vocabulary).sizes  # 7座 ends two of them


def test_a_length_in_cm_is_found_in_公分_and_厘米_as_buyers_write_it() -> None:
    shop = load_shop().model_dump()
    fish = {"id": "neon", "name": "红绿灯", "price": 22, "colours": ["1.5-2cm", "2.5-3cm"], "sizes": ["50条"],
            "variant_aliases": {"2.5-3cm": ["3cm"]}}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [fish]}))
    assert entities("3公分50条的有货吗", vocabulary).colours == ("3cm",)  # the alias, in 公分
    assert entities("1.5-2厘米的呢", vocabulary).colours == ("1.5-2cm",)


def test_a_clothes_size_spelt_like_the_shops_own_is_the_shops() -> None:
    """2L is XXL in clothes; of a lunch box sold in 1.6L双层 and 2.0L三层 (called 2L), the box."""
    shop = load_shop().model_dump()
    box = {"id": "box", "name": "保温饭盒", "price": 139, "colours": ["奶白色"], "sizes": ["1.6L双层", "2.0L三层"],
           "variant_aliases": {"2.0L三层": ["2L", "大号"]}}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [box]}))
    said = entities("买两个2L的多少钱", vocabulary)
    assert (said.sizes, said.quantity) == (("2L",), 2)
    assert entities("2XL有吗", vocabulary).sizes == ("XXL",)  # a clothes size the shop does not spell: as it is


@pytest.mark.parametrize(("text", "colours", "sizes"), [
    ("12厘米1米5的有吗", ("12cm",), ("1.5米",)),  # 厘米 is whole before the next length
    ("1.8米12厘米的有吗", ("12cm",), ("1.8米",)),  # and a length in metres with its point, before a number
    ("22厚的有吗", ("22cm",), ()),  # a thickness sold as a colour, by 厚
    ("那22的呢", ("22cm",), ()),  # or bare
    ("24一对多少钱", (), ("24kg",)),  # a weight in kg said bare
    ("要24袋", (), ()),  # a count of bags, no 24kg
])
def test_a_variant_named_by_its_length_or_weight_is_found_as_buyers_shorten_it(
        text: str, colours: tuple[str, ...], sizes: tuple[str, ...]) -> None:
    shop = load_shop().model_dump()
    mattress = {"id": "mattress", "name": "椰棕床垫", "price": 899, "colours": ["12cm", "22cm"],
                "sizes": ["1.5米", "1.8米"]}
    dumbbell = {"id": "dumbbell", "name": "可调哑铃", "price": 399, "colours": ["单只装"], "sizes": ["15kg", "24kg"]}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [mattress, dumbbell]}))
    said = entities(text, vocabulary)
    assert (said.colours, said.sizes) == (colours, sizes)


def test_an_amount_in_ml_or_g_is_found_in_words_as_buyers_say_it() -> None:
    shop = load_shop().model_dump()
    serum = {"id": "serum", "name": "精华", "price": 299, "colours": ["经典款"], "sizes": ["30ml", "50ml", "15g"]}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [serum]}))
    assert entities("那五十毫升的呢", vocabulary).sizes == ("50ml",)
    assert entities("十五克的有吗", vocabulary).sizes == ("15g",)


@pytest.mark.parametrize(("sizes", "text", "found"), [
    (["5L", "15L"], "买两桶15L的加一桶5L", ("15L", "5L")),  # capacities: 5L is the shop's 5L, not 5XL
    (["M", "L", "XL"], "有5L的吗", ("XXXXXL",)),  # clothes: 5L is read as 5XL, as buyers of clothes mean it
])
def test_a_size_of_a_number_and_l_is_a_capacity_where_the_products_sizes_are(shop: Shop, sizes: list[str],
                                                                             text: str, found: tuple[str, ...]) -> None:
    goods = Product.model_validate({"id": "g", "name": "乳胶漆", "price": 199, "colours": ["白色"], "sizes": sizes})
    assert entities(text, shop_vocabulary(shop.model_copy(update={"products": [goods]}))).sizes == found


@pytest.mark.parametrize(("text", "size"), [("那15升呢", "15L"), ("五升的呢", "5L"), ("十五升的多少钱", "15L"),
                                            ("1.5升的有吗", "1.5L")])
def test_a_volume_in_litres_is_found_by_sheng_as_buyers_say_it(text: str, size: str) -> None:
    shop = load_shop().model_dump()
    paint = {"id": "paint", "name": "乳胶漆", "price": 199, "colours": ["标准白"], "sizes": ["1.5L", "5L", "15L"]}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [paint]}))
    assert entities(text, vocabulary).sizes == (size,)


def test_a_length_in_whole_metres_or_inches_is_found_in_words_as_buyers_say_it() -> None:
    shop = load_shop().model_dump()
    leash = {"id": "leash", "name": "自动伸缩牵引绳", "price": 49, "colours": ["奶油白"], "sizes": ["3米", "5米"]}
    case = {"id": "case", "name": "拉杆箱", "price": 329, "colours": ["黑色"], "sizes": ["20寸", "24寸"]}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [leash, case]}))
    assert entities("白色五米的有货吗", vocabulary).sizes == ("5米",)
    assert entities("三米呢", vocabulary).sizes == ("3米",)
    assert entities("二十四寸的多重", vocabulary).sizes == ("24寸",)


def test_a_size_alias_written_with_a_times_sign_is_found_however_the_buyer_writes_it() -> None:
    shop = load_shop().model_dump()
    mat = {"id": "mat", "name": "丝圈门垫", "price": 19.9, "colours": ["咖啡色"], "sizes": ["40x60cm", "60x90cm"],
           "variant_aliases": {"40x60cm": ["40*60", "40乘60"], "60x90cm": ["60*90"]}}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [mat]}))
    for text in ("咖啡60*90要五个", "咖啡60x90要五个", "咖啡60×90要五个"):
        assert [Product.model_validate(mat).find_size(s) for s in entities(text, vocabulary).sizes] == ["60x90cm"]
    assert len(entities("40乘60的门垫", vocabulary).sizes) == 1  # one size, however many of its aliases spell it


def test_the_end_of_a_variant_that_is_another_products_own_variant_names_that_one() -> None:
    """白牡丹 said beside a white tea sold as 白牡丹 and a gift box in 大红袍加白牡丹: the tea's, not the box too."""
    shop = load_shop().model_dump()
    tea = {"id": "tea", "name": "福鼎白茶", "price": 128, "colours": ["白牡丹", "白毫银针"], "sizes": ["100g罐装"]}
    box = {"id": "box", "name": "双拼礼盒", "price": 398, "colours": ["龙井加大红袍", "大红袍加白牡丹"],
           "sizes": ["一盒"]}
    shop["products"] = [tea, box]
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("白牡丹多少钱", vocabulary).colours == ("白牡丹",)
    assert entities("龙井加大红袍的有吗", vocabulary).colours == ("龙井加大红袍",)


def test_a_sizes_one_character_alias_right_after_a_colour_names_both() -> None:
    """饼 of a tea's 300g茶饼, said after its variety (白牡丹饼, 银针饼, 银针 of 白毫银针): that variety in that
    size; alone, 饼 names nothing (it would be found inside 饼干)."""
    shop = load_shop().model_dump()
    tea = {"id": "tea", "name": "福鼎白茶", "price": 128, "colours": ["白毫银针", "白牡丹"],
           "sizes": ["100g罐装", "300g茶饼"], "variant_aliases": {"300g茶饼": ["茶饼", "饼"], "白毫银针": ["银针"]}}
    shop["products"] = [tea]
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    found = entities("白牡丹饼跟银针饼各多少钱", vocabulary)
    assert (found.colours, found.sizes) == (("白牡丹", "白毫银针"), ("300g茶饼",))
    assert entities("饼干有吗", vocabulary).sizes == ()


def test_a_colour_word_inside_another_name_of_the_goods_is_no_colour() -> None:
    """粉的 of 「易加粉的要5个」, a toner's 易加粉版 (alias 易加粉): that version, not the colour 粉色."""
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["标准版", "易加粉版"], size_chart=[], stock={}, restock=[], colours=["黑色"], prices={},
                 variant_aliases={"易加粉版": ["易加粉"]})
    found = entities("易加粉的要5个 有吗", shop_vocabulary(Shop.model_validate(shop)))
    assert (found.sizes, found.colours, found.quantity) == (("易加粉版",), (), 5)
    assert entities("有粉的吗", shop_vocabulary(Shop.model_validate(shop))).colours == ("粉色",)


@pytest.mark.parametrize(("text", "colours"), [
    ("明月的呢", ("明月标准", "明月防蓝光")),  # the start two of its colours share: both
    ("明月防蓝光多少", ("明月防蓝光",)),  # the whole name: that one
    ("依视路的呢", ()),  # the start of one alone: not read here
])
def test_a_start_several_colours_share_names_each_of_them(text: str, colours: tuple[str, ...]) -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(colours=["明月标准", "明月防蓝光", "依视路钻晶"], sizes=["1.60", "1.67"], size_chart=[], stock={},
                 restock=[], prices={})
    assert entities(text, shop_vocabulary(Shop.model_validate(shop))).colours == colours


def test_a_variant_is_found_by_its_start_before_the_word_of_its_kind() -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["纸盒装", "铁盒礼盒装"], size_chart=[], stock={}, restock=[],
                 colours=["透明软壳", "液态硅胶壳"], prices={})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("小米14有液态硅胶的吗", vocabulary).colours == ("液态硅胶壳",)
    assert entities("铁盒的多少钱", vocabulary).sizes == ("铁盒礼盒装",)
    assert entities("纸盒的呢", vocabulary).sizes == ("纸盒装",)
    dress.update(colours=["粗陶盆", "白色陶瓷盆", "黑色塑料盆"], sizes=["中盆", "大盆"])  # a pot by its material
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("粗陶的有吗", vocabulary).colours == ("粗陶盆",)
    assert entities("陶瓷的呢", vocabulary).colours == ("白色陶瓷盆",)  # (without the colour it begins with)
    assert entities("中盆塑料的 2盆包邮吗", vocabulary).colours == ("黑色塑料盆",)
    dress.update(colours=["不带卡", "64G卡", "128G卡"])  # a memory card by its size, as buyers write it
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("双录带128g的多少钱", vocabulary).colours == ("128G卡",)
    assert entities("那64g的呢", vocabulary).colours == ("64G卡",)
    assert entities("不带的呢", vocabulary).colours == ()  # (不带 is no card's name)


def test_an_alias_of_a_style_is_found_by_its_point_and_de() -> None:
    """7速款 also called 变速款: 「蓝色的变速的有吗」 asks of it."""
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["单速款", "7速款"], size_chart=[], stock={}, restock=[], prices={},
                 variant_aliases={"7速款": ["变速款"]})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("蓝色的变速的有吗", vocabulary).sizes == ("变速款",)


def test_an_alias_in_words_inside_a_bigger_number_in_words_is_not_said() -> None:
    """六斤 of 「我家猫十六斤」 (a cat's weight) is no 6斤装 called 六斤."""
    shop = load_shop().model_dump()
    litter = next(p for p in shop["products"] if p["id"] == "dress-floral")
    litter.update(sizes=["6斤装", "12斤装"], size_chart=[], stock={}, restock=[], prices={},
                  variant_aliases={"6斤装": ["六斤"], "12斤装": ["十二斤"]})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("我家猫十六斤 买哪个", vocabulary).sizes == ()
    assert entities("六斤的有吗", vocabulary).sizes == ("六斤",)
    cat = entities("我家猫十二斤 买哪个", vocabulary)  # the cat's weight, not the 12斤装 called 十二斤
    assert (cat.sizes, cat.weight) == ((), 12.0)
    assert entities("十二斤的有吗", vocabulary).sizes == ("十二斤",)


def test_a_colour_named_by_a_thing_and_its_hue_is_also_said_by_the_thing_and_se() -> None:
    shop = load_shop().model_dump()
    wig = next(p for p in shop["products"] if p["id"] == "dress-floral")
    wig.update(colours=["自然黑", "巧克力棕", "亚麻灰"], stock={}, restock=[], prices={}, variant_aliases={})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("有巧克力色的吗", vocabulary).colours == ("巧克力棕",)
    assert entities("亚麻色呢", vocabulary).colours == ("亚麻灰",)
    pens = next(p for p in shop["products"] if p["id"] == "dress-floral")
    pens.update(colours=["马卡龙色", "经典亮色"])
    assert entities("经典色的还有吗", shop_vocabulary(Shop.model_validate(shop))).colours == ("经典亮色",)
    pens.update(colours=["黑白", "深海蓝"])
    assert entities("深海兰43还有没", shop_vocabulary(Shop.model_validate(shop))).colours == ("深海蓝",)
    pens.update(colours=["小恐龙", "独角兽", "小熊猫"])
    assert entities("熊猫的什么时候有货", shop_vocabulary(Shop.model_validate(shop))).colours == ("小熊猫",)


def test_an_alias_written_with_de_is_also_found_without_it() -> None:
    """灯光版 also called 带灯的, 标准版 不带灯的: 「带灯跟不带灯差多少钱」 names both."""
    shop = load_shop().model_dump()
    blocks = next(p for p in shop["products"] if p["id"] == "dress-floral")
    blocks.update(colours=["标准版", "灯光版"], stock={}, restock=[], prices={},
                  variant_aliases={"灯光版": ["带灯的"], "标准版": ["不带灯的"]})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("带灯跟不带灯差多少钱", vocabulary).colours == ("带灯的", "不带灯的")
    assert entities("带灯吗", vocabulary).colours == ("带灯的",)


@pytest.mark.parametrize(("text", "sizes"), [
    ("那不带座的呢", ("标准款",)),  # what the other has, said with 不: the other of the two
    ("带座的多少钱", ("带座的",)),
    ("带不带座的", ()),  # whether it has one: neither named
])
def test_one_of_two_styles_said_by_what_the_other_has_with_bu_is_the_other(text: str, sizes: tuple[str, ...]) -> None:
    shop = load_shop().model_dump()
    scooter = next(p for p in shop["products"] if p["id"] == "dress-floral")
    scooter.update(sizes=["标准款", "座椅款"], size_chart=[], stock={}, restock=[], prices={},
                   variant_aliases={"座椅款": ["带座的"]})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities(text, vocabulary).sizes == sizes


def test_of_two_names_running_into_each_other_the_longer_is_said() -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["iPhone16", "iPhone16ProMax"], size_chart=[], stock={}, restock=[], prices={},
                 variant_aliases={"iPhone16": ["苹果16"], "iPhone16ProMax": ["16promax"]})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("有苹果16promax的吗", vocabulary).sizes == ("16promax",)
    assert entities("苹果16的呢", vocabulary).sizes == ("苹果16",)
    # a name ending in a number, inside a longer model's name the shop does not list: not that name
    assert entities("苹果16pro有吗", vocabulary).sizes == ()
    assert entities("苹果16 plus有吗", vocabulary).sizes == ()


def test_a_variant_of_a_year_is_found_by_its_last_two_digits() -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(colours=["2016年", "2022年"], sizes=["单饼357g", "整提7饼"], size_chart=[], stock={}, restock=[],
                 prices={})
    vocabulary = shop_vocabulary(Shop.model_validate(shop))
    assert entities("22年的两饼多少钱", vocabulary).colours == ("2022年",)
    assert entities("16年的呢", vocabulary).colours == ("2016年",)


def test_a_flavour_and_its_other_names_are_said_with_wei() -> None:
    """「虾仁味啥时候有」 of cans in 金枪鱼 and 金枪鱼虾仁 (also called 虾仁), sold by 口味: 金枪鱼虾仁."""
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress.update(colours=["金枪鱼", "金枪鱼虾仁"], colour_label="口味", variant_aliases={"金枪鱼虾仁": ["虾仁"]},
                 stock={}, restock=[])
    vocabulary = shop_vocabulary(Shop.model_validate(data))
    assert entities("虾仁味啥时候有", vocabulary).colours == ("金枪鱼虾仁",)


@pytest.mark.parametrize(("text", "sizes", "bare"), [
    ("有g4的吗 我手大", (), ()),  # a grip's G4: one letter and its number, a code, not the weight 4U
    ("有4的吗", ("4U",), (4.0,)),
    ("4u有吗", ("4U",), (4.0,)),  # (4 before its u: no unit that makes it a measure)
])
def test_a_number_after_one_letter_alone_is_a_code_not_a_size(text: str, sizes: tuple[str, ...],
                                                              bare: tuple[float, ...]) -> None:
    data = load_shop().model_dump()
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["4U", "3U"], size_chart=[], stock={}, restock=[])
    found = entities(text, shop_vocabulary(Shop.model_validate(data)))
    assert (found.sizes, found.bare_numbers) == (sizes, bare)


def test_a_size_named_by_its_length_is_found_bare() -> None:
    toys = load_shop().model_dump()
    dress = next(p for p in toys["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["30cm", "45cm", "60cm"], size_chart=[], stock={}, restock=[])
    vocabulary = shop_vocabulary(Shop.model_validate(toys))
    assert entities("60的呢", vocabulary).sizes == ("60cm",)


@pytest.mark.parametrize(
    ("sizes", "text", "size"),
    [
        (["5斤", "10斤"], "十斤的多少钱", "10斤"),  # a pack counted in words
        (["1对", "5对", "10对"], "五对多少钱", "5对"),  # pairs of fish counted in words: the size so named
        (["5斤装", "10斤装"], "两斤装有吗", None),  # no such pack: nothing made up
        (["1.5m床", "1.8m床"], "1.8的床买哪个", "1.8m床"),  # a bed by its width
        (["1.5m床", "1.8m床"], "家里一米八的床买哪个", "1.8m床"),  # ... said in words
        (["1.5米床", "1.8米床"], "那一米五的呢", "1.5米床"),
        (["1.8m床单款", "2.0m床单款"], "两米的床单款呢", "2.0m床单款"),
        (["2米宽", "4米宽"], "我家窗户2.4米宽要多少钱", None),  # 2.4米宽 holds no 4米宽
        (["1.5米", "2米"], "宽1.6高1.5 能做吗", None),  # a height told, not the size 1.5米
        (["130", "140"], "那就140吧 黑色140有吗", "140"),  # a size chosen and after a colour, not the body
        # a sold model's number inside another model's name is not it: 16 of 16pro, 20w of 120w
        (["15", "16"], "16pro的有吗", None),
        (["15", "16"], "有16plus的吗", None),
        (["15", "16"], "16 pro max有吗", None),
        (["15pro", "16"], "15pro max的有吗", None),
        (["20W", "65W"], "有120w的吗", None),
        (["15", "16"], "16的有吗", "16"),
        (["50", "100"], "双十一那个减50还有吗", None),  # 50元 off, not the size 50
        (["80抽6包", "80抽12包"], "12包的呢", "80抽12包"),  # a pack by the count at its end
        (["80抽6包", "80抽12包"], "十二包的呢", "80抽12包"),  # ... said in words
        (["一壶二杯", "一壶三杯"], "那三杯的呢", "一壶三杯"),  # a set by the cups it comes with
        (["一壶二杯", "一壶三杯"], "3杯的多少钱", "一壶三杯"),
        (["一壶二杯", "一壶三杯"], "两杯的有吗", "一壶二杯"),
        (["11枝", "19枝"], "19朵多少钱", "19枝"),  # a bouquet's count said by another counter of flowers
        (["11枝", "19枝"], "十九枝的呢", "19枝"),
        (["1瓶装", "3瓶装"], "单买一瓶包邮吗", "1瓶装"),  # a pack by its count without 装
        (["205/55R16", "235/50R18"], "那235的呢", "235/50R18"),  # a tyre by its width and 的
        (["205/55R16", "205/60R16"], "那205的呢", None),  # two as wide: neither
        (["1段", "2段", "3段"], "三段单罐还有吗", "3段"),  # a formula's stage said in words
        (["2匹", "3匹"], "两匹的多少钱", "2匹"),
        (["单罐", "6罐整箱"], "2段整箱有货没", "6罐整箱"),  # by the word beside its count
        (["罐装800g", "盒装400g"], "盒装的什么时候有货", "盒装400g"),  # ... or beside its amount
        (["5斤中果", "5斤大果", "10斤大果"], "大果有吗", None),  # a word two of them hold: neither
        (["20W", "65W"], "20w的多少钱", "20W"),
        # a bed's length and style as buyers write them
        (["1.8m床单款", "1.8m床笠款"], "1.8床笠有货吗", "1.8m床笠款"),
        (["1.8m床单款", "1.8m床笠款"], "1米8床单款多少钱", "1.8m床单款"),
        (["1.8m床笠款", "2.0m床笠款"], "2米的床笠呢", "2.0m床笠款"),
        (["1米5", "1米8"], "我家床是1米8x2米的 拍哪个", "1米8"),  # its width, then x and its length
        # a capacity with a point, its unit left to the other size named; a whole one is no size alone
        (["4.5L", "6L"], "4.5和6L有啥区别", "4.5L"),
        (["4.5L", "6L"], "买6个多少钱", None),
    ],
)
def test_packs_and_beds_are_named_the_way_buyers_say_them(sizes: list[str], text: str, size: str | None) -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=sizes, size_chart=[], stock={}, restock=[])
    found = entities(text, shop_vocabulary(Shop.model_validate(shop))).sizes
    assert (size in found) if size else not found


@pytest.mark.parametrize(
    ("text", "models", "numbers"),
    [
        ("有小米14的壳吗", ("小米14",), ["14"]),
        ("iphone 13 pro有吗", ("iphone13pro",), ["13"]),
        ("红米k70和mate60pro", ("红米k70", "mate60pro"), ["70", "60"]),
        ("有2件的吗", (), []),  # a count, no brand before it
        ("s码有吗", (), []),
    ],
)
def test_device_models_are_a_brand_then_a_number(text: str, models: tuple[str, ...], numbers: list[str]) -> None:
    assert device_models(text) == models
    assert [model_number(model) for model in models] == numbers


def test_a_device_model_written_with_spaces_is_the_shops_own_size() -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={
        "sizes": ["iPhone16", "iPhone16ProMax"], "variant_aliases": {"iPhone16": ["16"]}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    assert entities("iphone 16 pro max 黑色有货吗", vocabulary).sizes == ("iPhone16ProMax",)  # not the alias 16
    assert entities("16 有黑色吗", vocabulary).sizes == ("16",)


def test_a_pack_by_its_weight_is_also_said_bare() -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={"sizes": ["250g", "500g"]})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    assert entities("那250的呢", vocabulary).sizes == ("250g",)


@pytest.mark.parametrize(("sizes", "text", "found"), [
    # by the number of a number and its unit, and 的
    (["25km版", "40km版"], "那25的呢", ("25km版",)),
    (["36寸", "41寸"], "41的有黑色吗", ("41寸",)),
    (["25km版", "25km加强版"], "那25的呢", ()),  # two begin with 25: neither by the number alone
    (["25km版", "40km版"], "25号能到吗", ()),  # a day, not the size
    # by a Latin word inside it that no other holds
    (["无线WiFi版", "USB版"], "黑白wifi有货没", ("无线WiFi版",)),
    (["无线WiFi版", "USB版"], "usb的多少钱", ("USB版",)),
    (["WiFi标准版", "WiFi高配版"], "wifi的有吗", ()),  # in both: neither by it alone
])
def test_a_size_is_also_said_by_a_part_of_its_name_no_other_size_holds(
        sizes: list[str], text: str, found: tuple[str, ...]) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={"sizes": sizes, "variant_aliases": {}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    assert entities(text, vocabulary).sizes == found


@pytest.mark.parametrize("text", ["有2米4的吗", "2.4m的有吗", "2m4的呢", "２米４有吗"])
def test_a_length_in_metres_is_the_shops_size_however_written(text: str) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={"sizes": ["2.1米", "2.4米"]})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    assert entities(normalise(text).text, vocabulary).sizes == ("2.4米",)


@pytest.mark.parametrize(("sizes", "text", "found"), [
    (["1.5米", "2米", "3米"], "我家轨道2米4 要拍几米", ()),  # 2.4 metres: no size 2米
    (["1.5米", "2米", "3米"], "2米的有吗", ("2米",)),
    (["遮光85%", "遮光95%", "全遮光99%"], "遮光95和全遮光99有啥区别", ("遮光95%", "全遮光99%")),  # said without %
])
def test_a_size_is_read_as_buyers_write_it_and_not_inside_a_longer_length(
        sizes: list[str], text: str, found: tuple[str, ...]) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={"sizes": sizes, "variant_aliases": {}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    said = entities(normalise(text).text, vocabulary)
    assert said.sizes == found and said.weight is None


@pytest.mark.parametrize(("text", "found"), [
    ("那03有货吗", ("03经典正红",)),  # a shade by its code alone
    ("1n0适合黄皮吗", ("1N0自然白",)),
    ("要3支", ()),  # a count, no code
])
def test_a_shade_is_also_said_by_its_code(text: str, found: tuple[str, ...]) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={"colours": ["01豆沙奶茶", "03经典正红", "1N0自然白"],
                                                  "variant_aliases": {}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    assert entities(normalise(text).text, vocabulary).colours == found


@pytest.mark.parametrize(("text", "found"), [
    ("01呢", ("01豆沙奶茶", "01大地奶茶")),  # a lipstick's and a palette's: both, for the page to choose
    ("能换成01豆沙吗", ("01豆沙奶茶",)),  # going on with one's name: that one
])
def test_a_code_two_products_share_is_read_on_by_the_name_said_after_it(text: str, found: tuple[str, ...]) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    lipstick = shop.products[0].model_copy(update={"colours": ["01豆沙奶茶", "03经典正红"], "variant_aliases": {}})
    palette = shop.products[1].model_copy(update={"colours": ["01大地奶茶", "02蜜桃"], "variant_aliases": {}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [lipstick, palette]}))
    assert entities(normalise(text).text, vocabulary).colours == found


def test_a_count_that_is_a_size_of_the_product_is_that_size_not_how_many() -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    sizes = {"sizes": ["6棵装", "12棵装"], "variant_aliases": {"12棵装": ["12棵"]}}
    succulents = shop.products[0].model_copy(update=sizes)
    other = shop.products[1].model_copy(update={"sizes": ["单个", "三个装"], "variant_aliases": {"三个装": ["3个"]}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [succulents, other]}))
    said = entities("12棵多少钱", vocabulary)
    assert said.quantity == 12 and counted_as_size(said, succulents).quantity is None
    beside = entities("6棵装的要两份", vocabulary)
    assert counted_as_size(beside, succulents).quantity == 2  # a count beside the size still counts
    elsewhere = entities("我要买3个", vocabulary)  # 3个 is another product's size: here, three
    assert (counted_as_size(elsewhere, shop.products[2]).quantity, counted_as_size(elsewhere, shop.products[2]).sizes) \
        == (3, ())


def test_a_count_that_begins_a_variants_name_said_is_that_variant_not_how_many(shop: Shop) -> None:
    """「105套件的多少」 of a road bike whose 105版 is also called 105套件: no 105 bikes."""
    bike = Product.model_validate({"id": "bike", "name": "公路车", "price": 3999, "colours": ["Sora版", "105版"],
                                   "sizes": ["M"], "variant_aliases": {"105版": ["105套件"]}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [bike]}))
    said = entities("105套件的多少", vocabulary)
    assert said.quantity == 105 and counted_as_size(said, bike, "105套件的多少").quantity is None
    two = entities("105套件的要两套", vocabulary)
    assert counted_as_size(two, bike, "105套件的要两套").quantity == 2  # a count beside it still counts
    box = Product.model_validate({"id": "box", "name": "永生花礼盒", "price": 99, "colours": ["蓝色"],
                                  "sizes": ["单支款", "9朵款"]})  # 9朵 said alone, the start of 9朵款
    nine = entities("蓝色9朵的还有吗", shop_vocabulary(shop.model_copy(update={"products": [box]})))
    assert nine.quantity == 9 and counted_as_size(nine, box, "蓝色9朵的还有吗").quantity is None


@pytest.mark.parametrize(("text", "sizes"), [
    ("买两片多少钱", ("两片装",)),  # a pack written with its count in words, said without 装
    ("一片多少钱", ("单片装",)),  # 单 of 单片装: one
    ("2片的有货吗", ("两片装",)),
    ("单片和两片装差多少钱", ("单片装", "两片装")),
])
def test_a_pack_whose_count_is_written_in_words_is_found_by_its_count_as_said(shop: Shop, text: str,
                                                                             sizes: tuple[str, ...]) -> None:
    filters = Product.model_validate({"id": "filter", "name": "滤网", "price": 299, "colours": ["标准"],
                                      "sizes": ["单片装", "两片装"], "prices": {"两片装": 549}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [filters]}))
    said = counted_as_size(entities(text, vocabulary), filters, text)
    assert said.sizes == sizes


def test_a_count_beside_another_size_named_is_how_many_of_it(shop: Shop) -> None:
    """「单支的买两支多少钱」 of filters in 单支装 and 两支装: two of the 单支装; 两支 alone is the 两支装."""
    filters = Product.model_validate({"id": "ppc", "name": "复合滤芯", "price": 199, "colours": ["白色"],
                                      "sizes": ["单支装", "两支装"], "prices": {"两支装": 369}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [filters]}))
    for text in ("单支的买两支多少钱", "单支装买2支多少钱"):
        said = counted_as_size(entities(text, vocabulary), filters, text)
        assert (said.quantity, said.sizes) == (2, ("单支装",))
    assert counted_as_size(entities("两支的多少钱", vocabulary), filters, "两支的多少钱").quantity is None
    both = counted_as_size(entities("单支跟两支差多少钱", vocabulary), filters, "单支跟两支差多少钱")
    assert both.sizes == ("单支装", "两支装")  # no count bought: both packs named


@pytest.mark.parametrize(("text", "quantity", "sizes"), [
    ("小瓶的买三瓶多少钱", 3, ("60粒",)),  # another size named by its other name: three of it
    ("大瓶的买三瓶", 3, ("120粒",)),
    ("120粒的买三瓶装多少钱", None, ("120粒", "120粒x3瓶")),  # the pack named by its count and 装: that pack
])
def test_a_count_beside_a_size_named_by_another_name_is_how_many_of_it(
        shop: Shop, text: str, quantity: int | None, sizes: tuple[str, ...]) -> None:
    """Fish oil in 60粒 (called 小瓶), 120粒 (大瓶) and 120粒x3瓶: 「小瓶的买三瓶」 is three of the 60粒."""
    oil = Product.model_validate({"id": "oil", "name": "深海鱼油", "price": 129, "colours": ["标准装"],
                                  "sizes": ["60粒", "120粒", "120粒x3瓶"], "prices": {"120粒": 219, "120粒x3瓶": 599},
                                  "variant_aliases": {"60粒": ["小瓶"], "120粒": ["大瓶"], "120粒x3瓶": ["三瓶装"]}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [oil]}))
    said = counted_as_size(entities(text, vocabulary), oil, text)
    assert (said.quantity, tuple(oil.find_size(s) for s in said.sizes)) == (quantity, sizes)


def test_a_count_that_begins_a_measure_named_as_a_variant_is_still_how_many(shop: Shop) -> None:
    """「两个呢」 right after a price, on a disk whose 2TB is also called 两个t (two terabytes): two disks."""
    disk = Product.model_validate({"id": "ssd", "name": "固态硬盘", "price": 449, "colours": ["标准版"],
                                   "sizes": ["1TB", "2TB"], "variant_aliases": {"2TB": ["两个t"]}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [disk]}))
    assert counted_as_size(entities("两个呢", vocabulary), disk, "两个呢").quantity == 2


@pytest.mark.parametrize(("text", "quantity"), [
    ("要300个", 3),  # three packs of a hundred
    ("要250个多少钱", 3),  # two and a half: three packs bought
    ("要100个", 1),
    ("要3个", 3),  # fewer than a pack: three packs, as said
    ("要300盒", 300),  # another counting word: as said
])
def test_a_count_of_pieces_of_goods_sold_in_packs_of_them_is_the_packs(shop: Shop, text: str, quantity: int) -> None:
    """Wedding candy boxes sold by the hundred (100个空盒, 100个含糖): 「要300个」 is three of them."""
    boxes = Product.model_validate({"id": "boxes", "name": "喜糖盒(100个装)", "price": 59, "colours": ["中国红"],
                                    "sizes": ["100个空盒", "100个含糖"], "prices": {"100个含糖": 239}})
    said = entities(text, shop_vocabulary(shop.model_copy(update={"products": [boxes]})))
    assert pieces_as_packs(said, boxes, text).quantity == quantity


def test_a_size_read_as_another_products_is_the_one_in_views_own_where_it_sells_what_was_said(shop: Shop) -> None:
    """「1.67的多少钱」 on a lens sold in 1.60 and 1.67, beside a bundle sold in 1.67防蓝光: the lens's 1.67."""
    lens = Product.model_validate({"id": "lens", "name": "树脂镜片", "price": 169, "colours": ["普通膜"],
                                   "sizes": ["1.60", "1.67"]})
    bundle = Product.model_validate({"id": "bundle", "name": "配镜套餐", "price": 259, "colours": ["黑框"],
                                     "sizes": ["1.60防蓝光", "1.67防蓝光"]})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [lens, bundle]}))
    said = extract("1.67的多少钱", vocabulary)
    assert own_sizes_said(said, "1.67的多少钱", lens).sizes == ("1.67",)
    assert own_sizes_said(said, "1.67的多少钱", bundle) == said  # the bundle's page: its own, as read


_COVERS = Product.model_validate({
    "id": "covers", "name": "抱枕套", "price": 25, "colours": ["奶咖"],
    "sizes": ["45x45不含芯", "50x50不含芯", "45x45含芯", "50x50含芯"],
    "variant_aliases": {"45x45不含芯": ["45的"], "50x50不含芯": ["50的"]}})


@pytest.mark.parametrize(("text", "size"), [
    ("50的带芯有吗", "50x50含芯"),  # the owner's 50的 is the one without: the line asks the other
    ("50的含芯多少钱", "50x50含芯"),
    ("50的要芯的还有吗", "50x50含芯"),
    ("45的不带芯多少钱", "45x45不含芯"),  # without: the alias's own
    ("50的有吗", "50x50不含芯"),  # nothing said of the filling: the alias as the owner wrote it
])
def test_a_size_of_a_pair_with_and_without_a_thing_is_the_one_the_line_asks(shop: Shop, text: str, size: str) -> None:
    said = extract(text, shop_vocabulary(shop.model_copy(update={"products": [_COVERS]})))
    assert [_COVERS.find_size(z) for z in sizes_with_said(said, text, _COVERS).sizes] == [size]


@pytest.mark.parametrize(("text", "colours", "sizes"), [
    ("1.60防蓝光镜片多少钱", ("防蓝光",), ("1.60",)),  # the lens named right after: its colour and size
    ("这个框加1.67防蓝光的镜片", ("防蓝光",), ("1.67",)),
    ("1.60防蓝光多少钱", (), ("1.60防蓝光",)),  # no product named after it: the bundle's, as read
    ("1.60防蓝光套餐多少钱", (), ("1.60防蓝光",)),  # the bundle named: its own size
])
def test_another_products_size_said_before_a_product_named_is_the_named_ones_colour_and_size(
        shop: Shop, text: str, colours: tuple[str, ...], sizes: tuple[str, ...]) -> None:
    lens = Product.model_validate({"id": "lens", "name": "树脂镜片", "aliases": ["镜片"], "price": 169,
                                   "colours": ["普通膜", "防蓝光"], "sizes": ["1.60", "1.67"]})
    bundle = Product.model_validate({"id": "bundle", "name": "配镜套餐", "aliases": ["套餐"], "price": 259,
                                     "colours": ["黑框"], "sizes": ["1.60防蓝光", "1.67防蓝光"]})
    said = extract(text, shop_vocabulary(shop.model_copy(update={"products": [lens, bundle]})))
    named = [p for p in (lens, bundle) if p.id in said.products]
    read = variants_before_names(said, text, named)
    assert (read.colours, read.sizes) == (colours, sizes)


@pytest.mark.parametrize("text", ["48v20a的有货吗", "48V20AH的有货吗", "48伏20安的有吗", "48v 20a的呢"])
def test_a_battery_named_by_volts_and_amp_hours_is_read_as_buyers_write_it(shop: Shop, text: str) -> None:
    bike = Product.model_validate({"id": "bike", "name": "电动车", "price": 2299, "colours": ["白色"],
                                   "sizes": ["48V12Ah铅酸", "48V20Ah铅酸"]})
    said = extract(normalise(text).text, shop_vocabulary(shop.model_copy(update={"products": [bike]})))
    assert bike.variant_named(said.colours, said.sizes)[1] == "48V20Ah铅酸"


def test_a_size_named_for_what_it_goes_with_is_said_without_its_yong(shop: Shop) -> None:
    charger = Product.model_validate({"id": "charger", "name": "充电器", "price": 89, "colours": ["黑色"],
                                      "sizes": ["48V锂电用", "60V锂电用"]})
    said = extract(normalise("60v锂电的有货吗").text, shop_vocabulary(shop.model_copy(update={"products": [charger]})))
    assert charger.variant_named(said.colours, said.sizes)[1] == "60V锂电用"


@pytest.mark.parametrize(("text", "size"), [
    ("黑色锂电有货吗", "48V24Ah锂电"),  # its type after the spec, the only one of it
    ("铅酸的有吗", None),  # two of them are 铅酸: which is left open
])
def test_a_size_named_by_its_type_after_a_spec_is_that_one_where_only_it_is(shop: Shop, text: str,
                                                                          size: str | None) -> None:
    bike = Product.model_validate({"id": "bike", "name": "电动车", "price": 2299, "colours": ["黑色"],
                                   "sizes": ["48V12Ah铅酸", "48V20Ah铅酸", "48V24Ah锂电"]})
    said = extract(normalise(text).text, shop_vocabulary(shop.model_copy(update={"products": [bike]})))
    assert bike.variant_named(said.colours, said.sizes)[1] == size


def test_a_size_the_shop_names_like_a_height_is_the_size_not_the_buyers_height() -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    product = shop.products[0].model_copy(update={"sizes": ["1.5米", "1.8米"], "variant_aliases": {"1.8米": ["1米8"]}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [product]}))
    found = entities("床1米8多少", vocabulary)
    assert (found.height, "1.8米" in found.sizes) == (None, True)
    assert entities("1米8 150斤穿多大", VOCABULARY).height == 180  # a clothing shop names no such size


def test_a_weight_the_shop_names_as_a_variant_is_that_variant_not_the_buyers_weight() -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    quilt = shop.products[0].model_copy(update={"colours": ["4斤", "6斤"], "sizes": ["200x230"], "stock": {},
                                                "prices": {}, "restock": []})
    found = entities("6斤的200x230多少钱", shop_vocabulary(shop.model_copy(update={"products": [quilt]})))
    assert (found.weight, found.colours) == (None, ("6斤",))  # a quilt's weight, not the buyer's


@pytest.mark.parametrize(("text", "sizes"), [
    ("16寸的多少钱一条", ("205/55R16",)),  # the one size for a 16-inch rim
    ("17寸的有吗", ()),  # two sizes fit 17-inch rims: neither named
])
def test_a_tyre_is_named_by_the_rim_it_fits(text: str, sizes: tuple[str, ...]) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    tyre = shop.products[0].model_copy(update={"colours": ["黑色"], "sizes": ["205/55R16", "225/45R17", "215/55R17"],
                                               "stock": {}, "prices": {}, "restock": [], "variant_aliases": {}})
    assert entities(text, shop_vocabulary(shop.model_copy(update={"products": [tyre]}))).sizes == sizes


def test_a_bare_number_of_a_size_in_degrees_is_that_size() -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    goggles = shop.products[0].model_copy(update={"colours": ["黑色"], "sizes": ["平光", "300度", "400度"],
                                                  "stock": {}, "prices": {}, "restock": [], "variant_aliases": {}})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [goggles]}))
    assert entities("左眼300右眼400怎么选", vocabulary).sizes == ("300度", "400度")


@pytest.mark.parametrize(("text", "sizes"), [
    ("菜板多大的", ()),  # how big it is asked: no size 大的 named
    ("要大的", ("大的",)),
    ("大的多少钱", ("大的",)),
])
def test_a_size_named_by_how_big_it_is_is_not_found_in_how_big(text: str, sizes: tuple[str, ...]) -> None:
    shop = load_shop("electronics").model_copy(deep=True)
    board = shop.products[0].model_copy(update={"colours": ["原木色"], "sizes": ["中号", "大号"], "stock": {},
                                                "prices": {}, "restock": [], "variant_aliases": {"大号": ["大的"]}})
    assert entities(text, shop_vocabulary(shop.model_copy(update={"products": [board]}))).sizes == sizes


@pytest.mark.parametrize(("text", "regions", "colours"), [
    ("开封了呢", (), ()),  # opening the pack, not the city
    ("已开封还能退吗", (), ()),
    ("发开封几天到", ("河南",), ()),  # the city
    ("20平米的房间够吗", (), ()),  # an area, not 米色
    ("我家是两米的床 有床单款吗", (), ()),  # a length in numerals, not 米色
    ("一米八的床用哪个", (), ()),
    ("米的有吗", (), ("米色",)),
])
def test_words_that_only_look_like_a_place_or_a_colour(text: str, regions: tuple[str, ...],
                                                       colours: tuple[str, ...]) -> None:
    found = entities(text)
    assert (found.regions, found.colours) == (regions, colours)


@pytest.mark.parametrize(("text", "size"), [
    ("大的多少钱", "450ml"), ("小号呢", "350ml"), ("砖红大的呢", "450ml"), ("要大杯", "450ml"),
    ("太大了吗", None),  # 太大: how big, not which
    ("450ml的呢", "450ml"),  # a size named stays
    ("一个大的一个小的多少钱", "450ml 350ml"),  # both, in the order said
])
def test_big_or_small_of_a_product_in_two_sizes_is_the_larger_or_the_smaller(text: str, size: str | None) -> None:
    shop = load_shop().model_dump()
    dress = next(p for p in shop["products"] if p["id"] == "dress-floral")
    dress.update(sizes=["350ml", "450ml"], size_chart=[], stock={}, restock=[])
    product = Shop.model_validate(shop).product("dress-floral")
    found = sized_by_word(entities(text, shop_vocabulary(Shop.model_validate(shop))), normalise(text).text, product)
    assert found.sizes == (tuple(size.split()) if size else ())


def test_a_products_own_name_that_is_another_products_variant_is_no_colour_of_the_one_in_view() -> None:
    data = load_shop().model_dump()
    pants = {"id": "pull", "name": "成长拉拉裤", "aliases": ["拉拉裤"], "price": 139, "colours": ["包装", "箱装"],
             "sizes": ["L", "XXL"]}
    trial = {"id": "trial", "name": "试用装", "price": 9.9, "colours": ["纸尿裤", "拉拉裤"], "sizes": ["M"]}
    data["products"] = [*data["products"], pants, trial]
    shop = Shop.model_validate(data)
    text = normalise("拉拉裤XXL有吗").text
    found = entities("拉拉裤XXL有吗", shop_vocabulary(shop))
    assert "拉拉裤" in found.colours  # read alone: the trial pack's variant too
    kept = product_names_kept(found, text, shop.product("pull"))
    assert (kept.colours, kept.sizes, kept.products) == ((), ("XXL",), ("pull",))
    assert product_names_kept(found, text, shop.product("trial")).colours == ("拉拉裤",)  # its own variant


def test_a_phone_named_is_no_size_of_the_phone_though_its_case_is_sold_by_it(shop: Shop) -> None:
    """「小米15黑色有吗」 on the phone's page, where a case is sold by 适用机型 小米15: the phone, in black."""
    phone = Product.model_validate({"id": "mi15", "name": "小米15", "price": 4499, "colours": ["黑色"],
                                    "sizes": ["12+256"]})
    case = Product.model_validate({"id": "case", "name": "硅胶保护壳", "price": 49, "colours": ["黑色"],
                                   "sizes": ["小米15", "红米K80"]})
    with_both = shop.model_copy(update={"products": [phone, case]})
    text = normalise("小米15黑色有吗").text
    found = entities(text, shop_vocabulary(with_both))
    kept = product_names_kept(found, text, phone)
    assert (kept.colours, kept.sizes, kept.products) == (("黑色",), (), ("mi15",))
    assert product_names_kept(found, text, case).sizes == ("小米15",)  # the case's own 适用机型


def test_a_products_name_inside_another_products_variant_is_no_size_of_the_one_in_view(shop: Shop) -> None:
    """「凯美瑞有后备箱垫吗」 on the trunk mat's page, where the floor mats come in 全套加后备箱垫: the trunk mat."""
    mats = Product.model_validate({"id": "mats", "name": "皮革脚垫", "price": 398, "colours": ["黑色"],
                                   "sizes": ["前排两片", "全套加后备箱垫"]})
    trunk = Product.model_validate({"id": "trunk", "name": "TPE后备箱垫", "aliases": ["后备箱垫"], "price": 139,
                                    "colours": ["黑色"], "sizes": ["单层", "带翻边"]})
    with_both = shop.model_copy(update={"products": [mats, trunk]})
    for text, kept_sizes in [("凯美瑞有后备箱垫吗", ()), ("全套加后备箱垫有吗", ("全套加后备箱垫",))]:
        found = entities(text, shop_vocabulary(with_both))
        assert "全套加后备箱垫" in found.sizes, text  # read alone: the mats' variant
        assert product_names_kept(found, text, trunk).sizes == kept_sizes, text  # (said whole, it stays)
    found = entities("后备箱垫有吗", shop_vocabulary(with_both))
    assert product_names_kept(found, "后备箱垫有吗", mats).sizes == ("全套加后备箱垫",)  # the mats' own variant


def test_how_many_is_the_count_besides_a_size_named_by_a_count(shop: Shop) -> None:
    """「中辣十根的要5袋」 of a product sold in 5根装 and 10根装: five bags of the 十根, not ten."""
    product = shop.product("dress-floral")
    assert product is not None
    neck = product.model_copy(update={"sizes": ["5根装", "10根装"], "variant_aliases": {"10根装": ["十根"]},
                                      "stock": {}, "size_chart": [], "restock": []})
    vocabulary = shop_vocabulary(shop.model_copy(update={"products": [neck]}))
    assert entities("十根的要5袋", vocabulary).quantity == 5
    assert entities("要十根的", vocabulary).quantity == 10  # the only count: read as ever (the intent decides)


@pytest.mark.parametrize(("text", "named"), [
    ("国补后多少钱", ("家电国家补贴",)),  # what buyers call it for short
    ("政府补贴能用吗", ("家电国家补贴",)),
    ("以旧换新能抵多少", ("炒锅以旧换新",)),
    ("旧锅换新咋弄", ("炒锅以旧换新",)),  # the old one said by its kind
])
def test_a_promotion_is_named_by_what_buyers_call_its_kind_for_short(shop: Shop, text: str,
                                                                      named: tuple[str, ...]) -> None:
    subsidy = {"name": "家电国家补贴", "description": "按成交价立减15%,每件最多减500元。", "start": "2026-11-01",
               "end": "2026-12-31"}
    trade_in = {"name": "炒锅以旧换新", "description": "旧锅随新锅带走,新锅立减30元。"}
    with_subsidy = shop.model_copy(update={"promotions": [
        *shop.promotions, Promotion.model_validate(subsidy), Promotion.model_validate(trade_in)]})
    assert entities(text, shop_vocabulary(with_subsidy)).promotions == named


@pytest.mark.parametrize(("text", "named"), [
    ("发带送吗", ("套装送发带",)),  # the gift its name says it gives: 发 of 发带 is no shipping
    ("送发带吗", ("套装送发带",)),
    ("今天能发吗", ()),
    ("带发带吗", ()),  # the thing itself, nothing asked of giving: the goods' fact, not the promotion
    ("发带是什么颜色", ()),
])
def test_a_promotion_is_named_by_the_gift_its_name_says_it_gives(shop: Shop, text: str,
                                                                 named: tuple[str, ...]) -> None:
    gift = {"name": "套装送发带", "description": "拍套装送同色发带一条。", "start": "2026-12-01", "end": "2026-12-31"}
    with_gift = shop.model_copy(update={"promotions": [*shop.promotions, Promotion.model_validate(gift)]})
    assert entities(text, shop_vocabulary(with_gift)).promotions == named


@pytest.mark.parametrize(("text", "named"), [
    ("满多少送碗啊", ("满128送不锈钢嗦粉碗",)),  # 送 and the end of the gift's long name
    ("碗是什么材质", ()),  # nothing given asked
])
def test_a_promotion_is_named_by_giving_the_end_of_its_gifts_long_name(shop: Shop, text: str,
                                                                       named: tuple[str, ...]) -> None:
    bowl = {"name": "满128送不锈钢嗦粉碗", "description": "单笔实付满128元送一个不锈钢嗦粉碗。", "start": "2026-12-01",
            "end": "2026-12-31"}
    with_bowl = shop.model_copy(update={"promotions": [*shop.promotions, Promotion.model_validate(bowl)]})
    assert entities(text, shop_vocabulary(with_bowl)).promotions == named


@pytest.mark.parametrize(("text", "named"), [
    ("满多少送衣架", ("买洗衣液送小样",)),  # a gift its terms give, by its short name (晾衣架)
    ("送晾衣架吗", ("买洗衣液送小样",)),
    ("衣架是什么材质", ()),  # nothing asked of giving
    ("送完了吗", ()),  # 送完为止 gives nothing called 完为止
])
def test_a_promotion_is_named_by_a_gift_its_terms_give(shop: Shop, text: str, named: tuple[str, ...]) -> None:
    gift = {"name": "买洗衣液送小样", "description": "随单送凝珠体验装3颗;单笔满129元再送晾衣架10个,送完为止。",
            "start": "2026-12-01", "end": "2026-12-31"}
    with_gift = shop.model_copy(update={"promotions": [*shop.promotions, Promotion.model_validate(gift)]})
    assert entities(text, shop_vocabulary(with_gift)).promotions == named


@pytest.mark.parametrize(("text", "named"), [
    ("连衣裙和卫衣一起买多少钱", ()),  # the goods and 一起买: a sum, not the promotion named by its end
    ("连衣裙卫衣一起买还有吗", ("连衣裙卫衣一起买",)),  # its whole name
])
def test_the_end_of_a_promotions_name_beginning_with_one_of_the_goods_names_no_promotion(
        shop: Shop, text: str, named: tuple[str, ...]) -> None:
    together = {"name": "连衣裙卫衣一起买", "description": "连衣裙和卫衣同一单买,再减30元。", "start": "2026-12-01",
                "end": "2026-12-31"}
    with_it = shop.model_copy(update={"promotions": [*shop.promotions, Promotion.model_validate(together)]})
    assert entities(text, shop_vocabulary(with_it)).promotions == named


def test_two_bare_numbers_naming_a_products_sizes_are_sizes_where_its_chart_goes_by_no_body(shop: Shop) -> None:
    """「150和200哪个好」 of a bowl in 150ml and 200ml: two sizes compared, not a height and a weight."""
    bowl = Product.model_validate({"id": "bowl", "name": "盖碗", "price": 88, "colours": ["白瓷"],
                                   "sizes": ["150ml", "200ml"],
                                   "variant_aliases": {"150ml": ["150"], "200ml": ["200"]}})
    found = entities("150和200哪个好", shop_vocabulary(shop.model_copy(update={"products": [bowl]})))
    assert (found.height, found.weight) == (150, 200)  # read alone: a body, as 「150 90斤」 would be
    kept = sizes_not_body(found, bowl)
    assert (kept.height, kept.weight, kept.sizes) == (None, None, ("150ml", "200ml"))
    dress = shop.product("dress-floral")
    assert sizes_not_body(found, dress) is found  # a chart by height and weight: the body stays


def test_a_grade_named_大号_is_no_larger_size_of_a_product_in_two_weights() -> None:
    """大号 of prawns sold as 大号 and 特大号 (grades) in 2斤 and 4斤: the grade, not the 4斤."""
    prawns = Product.model_validate({"id": "prawn", "name": "白虾", "price": 79, "colours": ["大号", "特大号"],
                                     "sizes": ["2斤", "4斤"]})
    said = extract("大号多少钱")
    assert sized_by_word(said, "大号多少钱", prawns).sizes == ()
    mugs = prawns.model_copy(update={"colours": ["白色"], "sizes": ["350ml", "450ml"]})
    assert sized_by_word(said, "大号多少钱", mugs).sizes == ("450ml",)  # a size by word where no grade is called so


@pytest.mark.parametrize(("text", "sizes", "height"), [
    ("一套120一套160一共多少", ("120", "160"), None),  # counted as goods: the sizes
    ("120的两套多少钱", ("120",), None),
    ("孩子120 45斤穿多大", (), 120.0),  # the child's height, said with a weight
])
def test_a_bare_number_counted_as_goods_is_their_size_not_the_body(text: str, sizes: tuple[str, ...],
                                                                   height: float | None) -> None:
    kids = Product(id="kids", name="校服", price=128, colours=["藏青"], sizes=["110", "120", "130", "160"])
    said = entities(text, shop_vocabulary(load_shop().model_copy(update={"products": [kids]})))
    assert (said.sizes, said.height) == (sizes, height)


@pytest.mark.parametrize(("text", "weight"), [
    ("身高一米七 50的合适不", None),  # one of the shop's sizes, said with 的: that size
    ("身高一米七 50公斤", 100.0),  # a unit: the body
])
def test_a_bare_number_that_is_a_size_said_with_de_is_that_size_not_the_weight(text: str,
                                                                               weight: float | None) -> None:
    bike = Product(id="road", name="公路车", price=2399, colours=["白色"], sizes=["47", "50", "53"])
    said = entities(text, shop_vocabulary(load_shop().model_copy(update={"products": [bike]})))
    assert (said.height, said.weight) == (170.0, weight)


def test_a_day_spelt_as_a_size_the_shop_sells_is_that_size(shop: Shop) -> None:
    """5.4 of a shop selling a 5.4米 rod is that length; in a shop selling none, May 4th."""
    rod = Product.model_validate({"id": "rod", "name": "矶钓竿", "price": 259, "colours": ["硬调"],
                                  "sizes": ["4.5米", "5.4米"]})
    with_rod = shop.model_copy(update={"products": [*shop.products, rod]})
    assert entities("5.4呢", shop_vocabulary(with_rod)).day is None
    assert entities("5.4呢", shop_vocabulary(shop)).day == "5.4"


def test_a_product_is_named_by_the_start_of_its_short_name_and_de_that_no_other_holds() -> None:
    """「那幼猫的多少钱」 names 幼猫奶糕粮 (called 幼猫粮 for short) beside 成猫粮, another cat food; a start a
    variant's name holds (鸡肉 of the flavour 鸡肉味) names no product, nor one of goods of a kind the shop sells
    no other of (纯棉 of 纯棉T恤: a material asked, 「哪个是纯棉的」)."""
    adult = Product(id="adult", name="鲜肉无谷成猫粮", aliases=["成猫粮"], category="猫粮", price=89,
                    colours=["鸡肉味", "三文鱼味"], sizes=["1.5kg"])
    kitten = Product(id="kitten", name="幼猫奶糕粮", aliases=["幼猫粮"], category="猫粮", price=79, colours=["鸡肉味"],
                     sizes=["1.5kg"])
    tee = Product(id="tee", name="纯棉T恤", category="T恤", price=39, colours=["白色"], sizes=["M"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [adult, kitten, tee]}))
    assert entities("那幼猫的多少钱", vocabulary).products == ("kitten",)
    assert entities("成猫的有吗", vocabulary).products == ("adult",)
    assert entities("鲜肉的有吗", vocabulary).products == ()  # (the start of its full title: maybe how it is made)
    assert entities("鸡肉的有吗", vocabulary).products == ()
    assert entities("哪个是纯棉的", vocabulary).products == ()


def test_a_product_is_named_by_its_start_beside_goods_of_its_kind_and_a_mix_of_them() -> None:
    """「那膨润土的呢」 on the tofu litter's page names 膨润土猫砂 (called 膨润土砂): the litters' kinds differ but
    are all 猫砂, and the mixed litter called 豆腐膨润土混合 names both; 豆腐 starts that name, so 「豆腐的」 names
    neither."""
    litters = [Product(id=pid, name=name, aliases=aliases, category=kind, price=39, colours=["原味"], sizes=["6L"])
               for pid, name, aliases, kind in (("tofu", "豆腐猫砂", ["豆腐砂"], "豆腐猫砂"),
                                                ("bentonite", "膨润土猫砂", ["膨润土砂"], "膨润土猫砂"),
                                                ("mix", "混合猫砂", ["豆腐膨润土混合"], "混合猫砂"))]
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": litters}))
    assert entities("那膨润土的呢", vocabulary).products == ("bentonite",)
    assert entities("豆腐的呢", vocabulary).products == ()


def test_a_products_own_variant_of_its_name_takes_no_start_from_it() -> None:
    """「跟枣花的有啥区别」 names 黄河滩枣花蜜 (called 枣花蜜, and sold in the one 品种 枣花蜜) beside another honey."""
    jujube = Product(id="jujube", name="黄河滩枣花蜜", aliases=["枣花蜜"], category="蜂蜜", price=48,
                     colours=["枣花蜜"], sizes=["500g"])
    acacia = Product(id="acacia", name="延安洋槐蜜", aliases=["洋槐蜜"], category="蜂蜜", price=58,
                     colours=["洋槐蜜"], sizes=["500g"])
    rush = Product(id="rush", name="加急服务", aliases=["加急费"], category="服务", price=20, colours=["加急"],
                   sizes=["一单"])
    design = Product(id="design", name="设计服务", aliases=["设计费"], category="服务", price=50, colours=["标准"],
                     sizes=["一款"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [jujube, acacia, rush, design]}))
    assert entities("跟枣花的有啥区别", vocabulary).products == ("jujube",)
    assert entities("加急的话呢", vocabulary).products == ()  # (a start that is its variant's whole name: that variant)
    oil = Product(id="oil", name="北仓压榨一级花生油", aliases=["压榨花生油"], category="食用油", price=139,
                  colours=["压榨一级"], sizes=["5L"])
    corn = Product(id="corn", name="玉米油", aliases=["非转基因玉米油"], category="食用油", price=99, colours=["一级"],
                   sizes=["5L"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [oil, corn]}))
    assert entities("是压榨的还是浸出的", vocabulary).products == ()  # (压榨 of its 压榨一级: how it is made)


def test_the_start_of_a_short_name_asking_whether_goods_are_genuine_names_no_product() -> None:
    """原装 of 原装墨水, beside a toner of the same kind: 「是原装的吗」 asks whether it is genuine."""
    ink = Product(id="ink", name="003墨水", aliases=["原装墨水"], category="耗材", price=49, colours=["黑色"],
                  sizes=["70ml"])
    toner = Product(id="toner", name="136A硒鼓", aliases=["兼容硒鼓"], category="耗材", price=79, colours=["黑色"],
                    sizes=["单支装"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [ink, toner]}))
    assert entities("是原装的吗", vocabulary).products == ()
    assert entities("兼容的多少钱", vocabulary).products == ("toner",)


def test_a_spelling_of_a_variant_that_is_also_the_product_s_name_names_the_product() -> None:
    """批帛 of 配饰, sold in 披帛 and 发簪 and also called 披帛: 「那批帛多少钱」 on another page names it."""
    accessories = Product.model_validate({
        "id": "acc", "name": "汉服配饰", "aliases": ["披帛", "发簪"], "price": 39, "colours": ["披帛", "发簪"],
        "sizes": ["一件"], "variant_aliases": {"披帛": ["批帛"]}})
    skirt = Product(id="skirt", name="齐胸襦裙", category="汉服", price=239, colours=["青色"], sizes=["M"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [skirt, accessories]}))
    assert entities("那批帛多少钱", vocabulary).products == ("acc",)


_CABINET = Product(id="cabinet", name="圆柱立式柜机", aliases=["柜机"], category="空调", price=5299, colours=["白色"],
                   sizes=["2匹", "3匹"])
_BRACKET = Product(id="bracket", name="外机不锈钢支架", aliases=["支架", "空调支架"], category="配件", price=120,
                   colours=["304不锈钢"], sizes=["挂机用", "柜机用"])


@pytest.mark.parametrize(("text", "products", "sizes"), [
    ("柜机支架多少钱", ("bracket",), ("柜机用",)),  # the bracket for the 柜机: that one, not the 柜机 too
    ("柜机和支架一起多少钱", ("cabinet", "bracket"), ()),  # two things, joined
    ("柜机 支架多少钱", ("cabinet", "bracket"), ()),  # said apart
    ("支架柜机各一个", ("bracket", "cabinet"), ()),  # listed: the 柜机 says nothing of brackets
])
def test_a_product_named_right_before_another_says_which_of_the_second(
        text: str, products: tuple[str, ...], sizes: tuple[str, ...]) -> None:
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [_CABINET, _BRACKET]}))
    said = compounds_named(entities(text, vocabulary), normalise(text).text, [_CABINET, _BRACKET])
    assert (said.products, said.sizes) == (products, sizes)


@pytest.mark.parametrize(("text", "quantity"), [
    ("能便宜点吗 两个宝宝开销大", None),  # the buyer's two babies, not two strollers
    ("一箱要三个口味", 1),  # one box, of three flavours
    ("要两个 给两个宝宝", 2),
])
def test_a_count_of_people_or_flavours_is_no_quantity_of_goods(text: str, quantity: int | None) -> None:
    assert entities(text, VOCABULARY).quantity == quantity


def test_a_variant_of_one_piece_is_also_said_with_one() -> None:
    """单只 is also 一只: 「这个价是一只还是一对」 names both of a dumbbell sold 单只 or 一对."""
    dumbbell = Product(id="db", name="可调哑铃", price=699, colours=["单只", "一对"], sizes=["24kg"])
    vocabulary = shop_vocabulary(load_shop().model_copy(update={"products": [dumbbell]}))
    assert set(entities("这个价是一只还是一对啊", vocabulary).colours) == {"单只", "一对"}


_GIFT_TEA = Product.model_validate({
    "id": "tea", "name": "正山小种红茶礼盒", "aliases": ["红茶礼盒", "礼盒"], "price": 268,
    "colours": ["松烟香", "桂圆香"], "sizes": ["礼盒装250g", "简装250g"],
    "variant_aliases": {"礼盒装250g": ["礼盒装"], "简装250g": ["简装"]}})


@pytest.mark.parametrize(("text", "said", "sizes"), [
    ("松烟香的礼盒还有吗", (), ("礼盒装250g",)),  # 礼盒, the tea's alias, begins one size's name: that size
    ("礼盒的简装多少钱", ("简装250g",), ("简装250g",)),  # a size said already: kept, no other added
])
def test_a_variant_whose_name_the_products_name_said_begins_is_said(
        text: str, said: tuple[str, ...], sizes: tuple[str, ...]) -> None:
    assert variants_in_names(Entities(sizes=said), text, [_GIFT_TEA]).sizes == sizes


@pytest.mark.parametrize(("text", "colours"), [
    ("有烟熏味吗 我不喜欢那个味", ()),  # 烟熏 calls 松烟香, but 烟熏味 is a taste asked of
    ("烟熏的还有吗", ("松烟香",)),
])
def test_a_variant_said_right_before_wei_that_none_of_its_names_holds_is_a_taste(
        text: str, colours: tuple[str, ...]) -> None:
    tea = Product.model_validate({"id": "tea", "name": "正山小种", "price": 188, "colours": ["松烟香", "桂圆香"],
                                  "sizes": ["250g"], "variant_aliases": {"松烟香": ["烟熏"]}})
    said = Entities(colours=("松烟香",), variant_names=((text.index("烟熏"), text.index("烟熏") + 2),))
    assert tastes_not_variants(said, text, tea).colours == colours


def test_a_flavour_whose_name_holds_wei_is_still_the_variant() -> None:
    """「有草莓味的吗」 of 草莓味 (also called 草莓): that variant."""
    jam = Product.model_validate({"id": "jam", "name": "果酱", "price": 19, "colours": ["草莓味", "蓝莓味"],
                                  "sizes": ["200g"], "variant_aliases": {"草莓味": ["草莓"]}})
    said = Entities(colours=("草莓味",), variant_names=((1, 3),))
    assert tastes_not_variants(said, "有草莓味的吗", jam).colours == ("草莓味",)


def test_a_variant_named_for_its_kind_is_found_by_the_word_before_款_or_版() -> None:
    """「32燃气锅多少钱」 of woks in 燃气款 and 电磁炉款: the gas one, by 燃气 (the word before 款); of
    bikes in 单速款 and 7速款 called 变速款, 变速 is the 7速款, so 「单速跟变速差多少」 names both."""
    shop = load_shop().model_dump()
    wok = {"id": "wok", "name": "炒锅", "aliases": ["锅"], "price": 159, "colours": ["燃气款", "电磁炉款"],
           "sizes": ["30cm", "32cm"]}
    bike = {"id": "bike", "name": "折叠自行车", "price": 799, "colours": ["天空蓝"], "sizes": ["单速款", "7速款"],
            "variant_aliases": {"7速款": ["变速款"]}}
    vocabulary = shop_vocabulary(Shop.model_validate({**shop, "products": [wok, bike]}))
    assert entities("32燃气锅多少钱", vocabulary).colours == ("燃气款",)
    assert entities("电磁炉用的有吗", vocabulary).colours == ("电磁炉款",)
    assert set(entities("单速跟变速差多少", vocabulary).sizes) == {"单速款", "7速款"}
