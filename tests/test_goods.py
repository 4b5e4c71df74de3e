"""The shop's goods a buyer asks a list of, by kind or by what a budget reaches."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from botcore.stages.entities import Entities
from intents.goods import (
    adults_asked,
    alias_kinds,
    budget_list,
    metres_as_count,
    of_category,
    of_kind,
    owning,
    price_list,
    sold_only_inside,
    unsold_kind,
    unsold_kind_of,
    within_budget,
)

_GOODS = [Product.model_validate({"id": pid, "name": name, "price": price, "colours": ["黑色"], "sizes": ["标准"]})
          for pid, name, price in (("a", "入门款", 1499), ("b", "标准款", 2499), ("c", "旗舰款", 5999))]


@pytest.mark.parametrize(("text", "names"), [
    ("3000以内的有吗", ["入门款", "标准款"]),
    ("有没有2000元以下的", ["入门款"]),
    ("预算不超过1000", []),  # a budget none reaches: none
    ("预算2500左右", ["标准款"]),  # near it: a fifth either way
    ("6000块左右的有吗", ["旗舰款"]),
    ("三千以内的有吗", ["入门款", "标准款"]),  # in words as well
    ("两千五左右的", ["标准款"]),
    ("3天以内能到吗", None),  # days, not money: no budget
    ("三天以内能到吗", None),
    ("这款多少钱", None),
])
def test_the_goods_a_budget_reaches(text: str, names: list[str] | None) -> None:
    found = within_budget(_GOODS, text)
    assert (None if found is None else [p.name for p in found]) == names


_GUITAR = Product.model_validate({"id": "g", "name": "民谣吉他", "price": 299, "colours": ["原木色"],
                                  "sizes": ["38寸", "40寸", "41寸"], "prices": {"40寸": 329, "41寸": 359}})


@pytest.mark.parametrize(("text", "listed"), [
    ("三百以内的吉他有吗", "民谣吉他 38寸 299元"),  # the one size the budget reaches
    ("340以内的有吗", "民谣吉他 38寸 299元、40寸 329元"),
    ("400以内的有吗", "民谣吉他 299-359元"),  # every size: the range
])
def test_the_goods_a_budget_reaches_are_told_by_the_variants_that_do(text: str, listed: str) -> None:
    assert budget_list([_GUITAR], text) == listed


_LAPTOP = Product.model_validate({
    "id": "tb", "name": "轻薄本", "price": 5299, "colours": ["i5", "i7"], "sizes": ["16G", "32G"],
    "prices": {"i5 16G": 5299, "i5 32G": 5999, "i7 16G": 5999, "i7 32G": 6999},
    "stock": {"i5": {"16G": 0, "32G": 5}, "i7": {"16G": 3, "32G": 2}}})


def test_a_budget_is_told_the_variants_left_named_by_what_moves_their_price() -> None:
    """6000以内: not the i5 16G sold out, and each named by its chip as well (i5 32G and i7 16G cost the same)."""
    assert budget_list([_LAPTOP], "6000以内的有吗") == "轻薄本 i5 32G 5999元、i7 16G 5999元"
    sold = Product.model_validate({"id": "s", "name": "旧款", "price": 999, "colours": ["黑色"], "sizes": ["标准"],
                                   "stock": {"黑色": {"标准": 0}}})
    assert within_budget([sold], "1000以内的有吗") == []  # none left: none that the budget reaches


_KINDS = [Product.model_validate({"id": pid, "name": name, "category": category, "price": 99,
                                  "colours": ["黑色"], "sizes": ["标准"]})
          for pid, name, category in (("e14", "ThinkPad E14商务笔记本", "笔记本"), ("air", "MacBook Air", "笔记本"),
                                      ("ram", "笔记本内存条", "配件"), ("bag", "笔记本内胆包", "配件"))]


@pytest.mark.parametrize(("text", "names"), [
    # a category named: its goods, not the 配件 whose names hold the word
    ("有哪些笔记本 都多少钱", ["ThinkPad E14商务笔记本", "MacBook Air"]),
    ("有什么内存条", ["笔记本内存条"]),  # no category of that name: by the names
    ("你们家有啥", ["ThinkPad E14商务笔记本", "MacBook Air", "笔记本内存条", "笔记本内胆包"]),
    ("那你们都卖啥", ["ThinkPad E14商务笔记本", "MacBook Air", "笔记本内存条", "笔记本内胆包"]),  # 那 names no kind
])
def test_the_goods_of_a_kind(text: str, names: list[str]) -> None:
    assert [p.name for p in of_kind(_KINDS, text)] == names


@pytest.mark.parametrize(("text", "ids"), [
    ("你们家有什么狗狗穿的衣服", ["hoodie", "coat"]),  # the use said inside the kind: 狗狗衣服
    ("有啥猫咪穿的衣服", ["sweater"]),
])
def test_the_goods_of_a_kind_said_with_what_they_are_for_inside_it(text: str, ids: list[str]) -> None:
    clothes = [Product.model_validate({"id": pid, "name": name, "category": category, "price": 39,
                                       "colours": ["灰色"], "sizes": ["M"]})
               for pid, name, category in (("hoodie", "加绒卫衣", "狗狗衣服"), ("sweater", "毛衣", "猫咪衣服"),
                                           ("coat", "四脚雨衣", "狗狗衣服"))]
    assert [p.id for p in of_kind(clothes, text)] == ids


@pytest.mark.parametrize(("text", "ids"), [
    ("你们家都有啥衣服 都多少钱", ["tee", "polo"]),  # clothes in general: those sized by the body, not the flag
    ("有什么卫衣", []),  # a kind of them the shop does not sell: none
])
def test_clothes_asked_in_general_are_the_goods_sized_by_the_body(text: str, ids: list[str]) -> None:
    chart = [{"size": "M", "height": [160, 170], "weight": [100, 120]}]
    goods = [Product.model_validate({"id": pid, "name": name, "price": 39, "colours": ["白色"], "sizes": ["M"],
                                     "size_chart": chart if worn else []})
             for pid, name, worn in (("tee", "纯棉定制T恤", True), ("flag", "定制班旗", False),
                                     ("polo", "团体polo衫", True))]
    assert [p.id for p in of_kind(goods, text)] == ids


_MEATS = [Product.model_validate({"id": pid, "name": name, "category": category, "aliases": aliases, "price": price,
                                  "colours": ["原味"], "sizes": ["500g"]})
          for pid, name, category, aliases, price in (("steak", "澳洲谷饲眼肉牛排", "牛排", ["眼肉"], 159),
                                                      ("shrimp", "厄瓜多尔白虾", "虾", ["白虾", "大虾"], 98))]


@pytest.mark.parametrize(("text", "thing"), [
    ("有没有牛腩", "牛腩"),
    ("你们家有卖猪肉吗", "猪肉"),
    ("在吗 有羊排吗", "羊排"),  # the clause that asks
    ("有鸡翅卖吗", "鸡翅"),
    ("你们卖猪蹄吗", "猪蹄"),  # 卖 alone asks it too
    ("卖不卖大虾", None),
    ("有没有眼肉", None),  # an alias: the shop has it
    ("有大虾吗", None),
    ("有牛排吗", None),  # its category
    ("有没有现货", None),  # no goods of its own: in hand or not
    ("有没有优惠", None),
    ("有没有大码", None),
    ("牛腩好吃吗", None),  # asks nothing of whether the shop has it
    ("有没有加厚的", None),  # what it is like, not a thing of its own
    ("有真空包装式的吗", "真空包装式"),  # a make of goods, said with 的: a kind the shop may not sell
    ("有原切型的吗", "原切型"),
    ("有没有便宜点", None),
    ("用几号针 你家有卖吗", None),  # whether it sells what was just named: no thing called 卖吗
    ("有卖吗", None),
    ("有实体店吗", None),  # where the shop is, not goods it lacks
    ("有没有门店", None),
])
def test_a_thing_asked_for_that_the_shop_does_not_sell(text: str, thing: str | None) -> None:
    assert unsold_kind(_MEATS, text) == thing


def test_a_make_said_with_de_that_a_fact_of_the_goods_speaks_of_is_theirs() -> None:
    """「有原切型的吗」 of a steak whose 切法 says 原切型: the shop has it (not 「店里没有」)."""
    cut = _MEATS[0].model_copy(update={"attributes": {"切法": "原切型,非合成"}})
    assert unsold_kind([cut, _MEATS[1]], "有原切型的吗") is None


def test_a_price_list_names_each_product_with_its_price() -> None:
    assert price_list(_MEATS) == "澳洲谷饲眼肉牛排 159元、厄瓜多尔白虾 98元"


def test_a_price_list_says_a_price_is_of_a_metre_where_the_goods_are_sold_so() -> None:
    """A curtain whose 计价方式 says 按米计价 is 39元/米, not 39元 a curtain; a floor 按平米 is 89元/平米."""
    goods = [Product.model_validate({"id": pid, "name": name, "price": price, "colours": ["白色"], "sizes": ["标准"],
                                     "attributes": facts})
             for pid, name, price, facts in (("curtain", "遮光窗帘", 39, {"计价方式": "按米计价,标价是每米布料的价格"}),
                                             ("floor", "实木地板", 89, {"计价": "标价是每平方米的价格"}),
                                             ("hooks", "挂钩", 6, {}))]
    assert price_list(goods) == "遮光窗帘 39元/米、实木地板 89元/平米、挂钩 6元"


@pytest.mark.parametrize(("text", "ids"), [("牛排怎么卖", ["steak"]), ("买虾和牛排", ["steak", "shrimp"]),
                                           ("有优惠吗", [])])
def test_the_products_of_a_category_named(text: str, ids: list[str]) -> None:
    assert [p.id for p in of_category(_MEATS, text)] == ids


def _unit(pid: str, category: str, *aliases: str) -> Product:
    return Product.model_validate({"id": pid, "name": f"{pid}空调", "category": category, "aliases": list(aliases),
                                   "price": 2399, "colours": ["白色"], "sizes": ["1.5匹"]})


_UNITS = [_unit("yunxiang", "壁挂式空调", "云享挂机", "一级能效挂机", "新款"),
          _unit("qingfeng", "壁挂式空调", "清风挂机", "三级能效挂机", "新款"),
          _unit("floor", "立式柜机", "柜机", "云享柜机", "客厅柜机")]


def test_a_word_the_aliases_of_several_products_end_in_is_a_kind_of_goods() -> None:
    """挂机 ends aliases of both wall units (the shorter kept of 挂机 and 效挂机, which hold the same two); 柜机 is
    one product's own alias and 新款 a style, neither a kind."""
    assert alias_kinds(_UNITS) == ("挂机",)


@pytest.mark.parametrize(("text", "ids"), [
    ("挂机都多少钱", ["yunxiang", "qingfeng"]),  # a kind their aliases end in
    ("立式柜机有货吗", ["floor"]),  # the category
    ("这个多少钱", []),
])
def test_the_products_of_a_kind_named_by_category_or_by_their_aliases(text: str, ids: list[str]) -> None:
    assert [p.id for p in of_category(_UNITS, text)] == ids


def test_a_robot_is_named_by_its_machine() -> None:
    """「一千块以内的扫地机有吗」: the 扫地机器人, not the parts sold beside them."""
    robots = [_unit("t5", "扫地机器人"), _unit("parts", "配件")]
    assert [p.id for p in of_category(robots, "一千块以内的扫地机有吗")] == ["t5"]


_TEES = [Product.model_validate({"id": pid, "name": name, "category": category, "price": 29, "colours": ["白色"],
                                 "sizes": sizes})
         for pid, name, category, sizes in (("kids", "儿童纯棉T恤", "儿童T恤", ["110", "130"]),
                                            ("tee", "纯棉圆领T恤", "T恤", ["M", "L"]),
                                            ("polo", "翻领POLO衫", "POLO衫", ["M", "L"]),
                                            ("family", "儿童亲子卫衣", "卫衣", ["宝宝110", "大人L"]))]


@pytest.mark.parametrize(("page", "text", "ids"), [
    ("kids", "大人的多少钱一件", ["tee"]),  # the adults' goods of the child's kind
    ("kids", "成人款有白色吗", ["tee"]),
    ("kids", "大人能穿吗", None),  # who may wear the page's own: asked of it
    ("kids", "多少钱一件", None),
    ("tee", "大人的多少钱", None),  # the page's goods are for adults already
    ("family", "大人的有L吗", None),  # sold in adults' sizes too: its own
])
def test_the_adults_goods_asked_on_a_childs_page(page: str, text: str, ids: list[str] | None) -> None:
    product = next(p for p in _TEES if p.id == page)
    found = adults_asked(_TEES, product, text)
    assert (None if found is None else [p.id for p in found]) == ids


_RAIL = Product.model_validate({"id": "rail", "name": "加厚铝合金静音轨道", "aliases": ["轨道"], "price": 25,
                                "colours": ["白色"], "sizes": ["单轨", "双轨"],
                                "attributes": {"安装": "顶装侧装都可以"}})


@pytest.mark.parametrize(("text", "thing"), [
    ("有电动轨道吗", "电动轨道"),  # nothing of the rail says 电动
    ("有没有伸缩轨道", "伸缩轨道"),
    ("有静音轨道吗", None),  # in its name
    ("有侧装轨道吗", None),  # a fact says it (侧装)
    ("有轨道吗", None),
    ("有白色的吗", None),
])
def test_a_kind_of_the_product_that_nothing_of_it_says_is_not_sold(text: str, thing: str | None) -> None:
    assert unsold_kind_of(_RAIL, text) == thing


_CURTAIN = Product.model_validate({"id": "curtain", "name": "遮光窗帘", "price": 89, "colours": ["燕麦"],
                                   "sizes": ["1.5倍褶", "2倍褶"],
                                   "attributes": {"计价方式": "按米计价,宽度几米就拍几件,不满整米的按0.5米进位"}})


@pytest.mark.parametrize(("text", "product", "count"), [
    ("拍6米多少钱", _CURTAIN, 6),
    ("买六米2倍褶的到手多少", _CURTAIN, 6),  # 六米 of the 2倍褶
    ("燕麦色要10米够不够", _CURTAIN, 10),
    ("我家轨道3米2", _CURTAIN, None),  # a length, not metres bought
    ("拍3.5米多少钱", _CURTAIN, None),  # part of a metre: the shop's own sum
    ("要6米的", _GOODS[0], None),  # goods not priced by the metre: no count
])
def test_whole_metres_wanted_of_goods_priced_by_the_metre_are_how_many(
        text: str, product: Product, count: int | None) -> None:
    assert metres_as_count(Entities(), product, text).quantity == count


_SAMPLER = Product.model_validate({"id": "sampler", "name": "五大名茶试喝装", "aliases": ["试喝装"], "price": 39,
                                   "colours": ["五款组合"], "sizes": ["40g"],
                                   "attributes": {"内含": "西湖龙井、洞庭碧螺春、福鼎白茶各1小袋,每袋8克"}})
_LONGJING = Product.model_validate({"id": "longjing", "name": "明前西湖龙井", "aliases": ["龙井"], "price": 468,
                                    "colours": ["特级"], "sizes": ["250g"]})


@pytest.mark.parametrize(("text", "told"), [
    ("碧螺春有单独卖的吗", ("碧螺春", "内含")),  # sold by none of the goods, named in the sampler's 内含
    ("白茶单卖吗", ("白茶", "内含")),
    ("龙井有单独卖的吗", None),  # the shop sells it: not this
    ("普洱有单独卖的吗", None),  # named nowhere: not this
    ("碧螺春好喝吗", None),  # asks nothing of selling it apart
])
def test_a_thing_sold_only_inside_a_product_is_found_by_its_fact(text: str, told: tuple[str, str] | None) -> None:
    found = sold_only_inside([_SAMPLER, _LONGJING], _SAMPLER, text)
    assert (found[:2] if found is not None else None) == told


@pytest.mark.parametrize(("lid", "told"), [
    ("吸管盖和直饮盖两个;吸管咬坏了可以单独买替换吸管,9.9元两根", None),  # its fact sells it apart: that fact
    ("吸管盖和直饮盖两个;吸管咬坏了不单独卖,要换整个盖子", ("吸管咬坏了", "杯盖")),  # (said not sold apart)
])
def test_a_part_a_fact_says_is_sold_apart_is_no_thing_sold_only_inside(lid: str, told: tuple[str, str] | None) -> None:
    cup = Product.model_validate({"id": "kids", "name": "儿童保温杯", "price": 129, "colours": ["蓝色"],
                                  "sizes": ["400ml"], "attributes": {"杯盖": lid}})
    found = sold_only_inside([cup], cup, "吸管咬坏了能单独买不")
    assert (found[:2] if found is not None else None) == told


def test_a_kind_the_shops_own_name_names_is_all_its_goods() -> None:
    """「你们家都卖啥书」 of a shop called 墨香书苑图书专营店: every book, not the one whose category is 童书."""
    books = [Product.model_validate({"id": pid, "name": name, "category": category, "price": 39, "colours": ["平装"],
                                     "sizes": ["1册"]})
             for pid, name, category in (("pic", "好习惯绘本", "童书"), ("math", "数学天天练", "教辅"),
                                         ("novel", "雪落长河", "文学"))]
    assert [p.id for p in of_kind(books, "你们家都卖啥书", "墨香书苑图书专营店")] == ["pic", "math", "novel"]
    assert [p.id for p in of_kind(books, "你们家都卖啥书")] == ["pic"]  # (no trade said: by the names)


@pytest.mark.parametrize(("sizes", "colours", "owner"), [
    (("7-8mm", "40cm"), ("7-8mm",), []),  # the necklace's own colour, though the studs' size too: no other
    (("S",), (), ["studs"]),  # a size the studs alone sell
])
def test_the_one_product_selling_a_variant_said_is_not_one_a_named_has_as_another_kind(
        sizes: tuple[str, ...], colours: tuple[str, ...], owner: list[str]) -> None:
    """「7到8 40的到手价多少」 on a necklace sold in 7-8mm (its colours) and 40cm, beside studs sized 7-8mm: the
    necklace alone, not the studs added to it."""
    necklace = Product.model_validate({"id": "necklace", "name": "珍珠项链", "price": 299,
                                       "colours": ["7-8mm", "8-9mm"], "sizes": ["40cm", "45cm"]})
    studs = Product.model_validate({"id": "studs", "name": "珍珠耳钉", "price": 129, "colours": ["白色"],
                                    "sizes": ["7-8mm", "S"]})
    said = Entities(sizes=sizes, colours=colours)
    assert [p.id for p in owning([necklace, studs], said, [necklace])] == owner

