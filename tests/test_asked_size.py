"""Which size a buyer asks of a product, the product's own or one it does not come in."""

from __future__ import annotations

import pytest

from botcore.shop import Product, load_shop
from botcore.stages.entities import shop_vocabulary
from engine.learning import read
from intents.asked_size import asked_size, counted_variant, is_amount


@pytest.mark.parametrize(
    ("shop_name", "item", "text", "size"),
    [
        ("clothing", "dress-floral", "有M码吗", "M"),  # a size named as a size
        ("electronics", "air-fryer", "3.5升的有吗", "3.5L"),  # its own, in another unit
        ("electronics", "air-fryer", "有2l的吗", "2L"),  # an amount it lacks, not XXL
        ("snacks", "jerky", "有一斤的吗", "500g"),  # an amount in 斤 is its size of that weight
        ("snacks", "nuts", "一斤半的有吗", "750g"),
        ("snacks", "nuts", "两斤的有吗", "1kg"),
        ("shoes", "run-shoe-x", "有46的吗", "46"),  # a bare number near 36-45
        ("shoes", "run-shoe-x", "有2件的吗", None),  # a count, no size
        ("clothing", "dress-floral", "有46的吗", None),  # letter sizes: a bare number is none of them
        ("shoes", "run-shoe-pro", "我穿45的 有没有46", "46"),  # of two sizes, the one after 有
    ],
)
def test_the_size_asked(shop_name: str, item: str, text: str, size: str | None) -> None:
    shop = load_shop(shop_name)
    product = shop.product(item)
    assert product is not None
    assert asked_size(product, read(text, shop_vocabulary(shop))) == size


def test_an_amount_is_said_as_it_is() -> None:
    assert is_amount("2L") and is_amount("30只装") and not is_amount("XXL") and not is_amount("42")


@pytest.mark.parametrize(("text", "size"), [
    ("宿舍床0.9的有吗", "0.9m"),  # a bare length near the sizes' and none of them: one it lacks
    ("有0.9米的吗", "0.9m"),  # 米 is its m
    ("2米的有吗", "2m"),  # said with the unit: asked however far
    ("1.8的有吗", None),  # its own length is no length it lacks (the shop's words name its 1.8m ones)
    ("有2个的吗", None),  # a count, no length
])
def test_a_length_a_product_sized_by_lengths_lacks_is_the_size_asked(text: str, size: str | None) -> None:
    shop = load_shop()
    bedding = Product.model_validate({"id": "set", "name": "四件套", "price": 99, "colours": ["浅灰"],
                                      "sizes": ["1.2m床单款", "1.5m床单款", "1.8m床单款", "1.8m床笠款"]})
    assert asked_size(bedding, read(text, shop_vocabulary(shop))) == size


@pytest.mark.parametrize(("text", "size"), [
    ("24的有吗", "48V24Ah"),  # the one size whose name holds 24
    ("48的有吗", None),  # in both: no size said
])
def test_a_bare_number_held_by_one_size_name_is_that_size(text: str, size: str | None) -> None:
    shop = load_shop()
    bike = Product.model_validate({"id": "bike", "name": "电动车", "price": 2999, "colours": ["白色"],
                                   "sizes": ["48V20Ah", "48V24Ah"]})
    assert asked_size(bike, read(text, shop_vocabulary(shop))) == size


@pytest.mark.parametrize(("text", "size"), [
    ("有450度的吗", "450度"),  # beyond 100度-400度: one it lacks, said in their unit
    ("有300的吗", "300度"),  # its own, said without the unit
    ("有2000度的吗", None),  # far beyond: no size of this
])
def test_a_number_near_sizes_of_one_unit_is_a_size_in_that_unit(text: str, size: str | None) -> None:
    shop = load_shop()
    glasses = Product.model_validate({"id": "glasses", "name": "老花镜", "price": 59, "colours": ["黑色"],
                                      "sizes": ["100度", "200度", "300度", "400度"]})
    said = asked_size(glasses, read(text, shop_vocabulary(shop.model_copy(update={"products": [glasses]}))))
    assert said == size


@pytest.mark.parametrize(("text", "size"), [
    ("有没有68键的", "68键"),  # in their unit, far below them: one it lacks
    ("有没有68或者75配列的", "68键"),  # with their label, and the first of two said
    ("有104键的吗", "104键"),  # its own
    ("有没有5个的", None),  # another unit: none of theirs
])
def test_a_number_in_the_unit_or_with_the_label_of_sizes_counted_in_one_unit_is_a_size(
        text: str, size: str | None) -> None:
    shop = load_shop()
    keyboard = Product.model_validate({"id": "kb", "name": "机械键盘", "price": 299, "colours": ["红轴"],
                                       "sizes": ["87键", "104键"], "size_label": "配列"})
    said = asked_size(keyboard, read(text, shop_vocabulary(shop.model_copy(update={"products": [keyboard]}))))
    assert said == size


@pytest.mark.parametrize(("text", "size"), [("有99朵的吗", "99朵"), ("有19朵的吗", "19枝"), ("33枝的有吗", "33枝")])
def test_a_bouquet_asked_by_its_flowers_is_a_size_of_stems(text: str, size: str) -> None:
    shop = load_shop()
    roses = Product.model_validate({"id": "rose", "name": "玫瑰花束", "price": 99, "colours": ["红玫瑰"],
                                    "sizes": ["11枝", "19枝", "33枝"]})
    assert asked_size(roses, read(text, shop_vocabulary(shop.model_copy(update={"products": [roses]})))) == size


@pytest.mark.parametrize(("text", "size"), [
    ("有苹果15的壳吗", "苹果15"),  # another maker's 15: one it lacks, not its 小米15
    ("小米15的有吗", "小米15"),
])
def test_a_phone_of_another_maker_with_the_same_number_is_not_the_one_sold(text: str, size: str | None) -> None:
    shop = load_shop()
    case = Product.model_validate({"id": "case", "name": "硅胶保护壳", "price": 49, "colours": ["黑色"],
                                   "sizes": ["小米15", "红米K80"]})
    assert asked_size(case, read(text, shop_vocabulary(shop.model_copy(update={"products": [case]})))) == size


@pytest.mark.parametrize(("text", "size"), [
    ("iphone16plus有吗", "iphone16plus"),  # a 16 it is not made for: none of its 16s is a Plus
    ("iphone16e有吗", "iphone16e"),
    ("有16pm的吗", "16pm"),  # the shop's own name for its Pro Max: one it has
    ("iphone 16 pro max有吗", "iPhone16ProMax"),
    ("苹果16有吗", "苹果16"),
])
def test_a_phone_model_of_a_kind_the_case_is_not_made_for_is_one_it_lacks(text: str, size: str | None) -> None:
    shop = load_shop()
    case = Product.model_validate({"id": "case", "name": "磁吸手机壳", "price": 49, "colours": ["透明"],
                                   "sizes": ["iPhone15", "iPhone16", "iPhone16Pro", "iPhone16ProMax"],
                                   "variant_aliases": {"iPhone16ProMax": ["16pm"], "iPhone16": ["苹果16"]}})
    assert asked_size(case, read(text, shop_vocabulary(shop.model_copy(update={"products": [case]})))) == size


@pytest.mark.parametrize(("text", "size"), [
    ("蓝色的变速有吗", "7速款"),  # 变速, the point of its alias 变速款
    ("单速的还有吗", "单速款"),  # (单速的 is the size's own name with 的 too)
    ("单速跟变速差多少", "单速款"),  # two points said: the first, as of any two sizes (the reply compares both)
    ("蓝色有吗", None),
])
def test_a_style_said_by_its_point_alone_is_that_size(text: str, size: str | None) -> None:
    shop = load_shop()
    bike = Product.model_validate({"id": "bike", "name": "折叠自行车", "price": 799, "colours": ["天空蓝"],
                                   "sizes": ["单速款", "7速款"], "variant_aliases": {"7速款": ["变速款"]}})
    found = asked_size(bike, read(text, shop_vocabulary(shop.model_copy(update={"products": [bike]}))))
    assert (bike.find_size(found) if found else None) == size


@pytest.mark.parametrize(("colours", "text", "named"), [
    (["包装", "箱装"], "买两箱多少钱", ("箱装", None)),  # 箱 of the count is in 箱装 alone
    (["包装", "箱装"], "3包怎么卖", ("包装", None)),
    (["包装", "箱装"], "两箱三包多少钱", (None, None)),  # two counting words: no one variant
    (["单盒", "礼盒"], "两盒多少钱", (None, None)),  # both hold 盒
    (["白色", "黑色"], "买两件多少钱", (None, None)),  # no variant named for how it is packed
    (["包装", "箱装"], "第二箱半价吗", (None, None)),  # 第二箱 counts nothing
    (["单饼", "整提7饼"], "一次拿10饼能便宜吗", ("单饼", None)),  # cakes counted: single, not the pack of seven
    (["白色陶瓷盆", "水泥灰盆"], "要3盆呢", (None, None)),  # pots counted: which pot is not said
    (["单支装", "两支装"], "买三支多少钱", ("单支装", None)),  # toners counted: single, not the pack of two
    (["1筒", "3筒"], "两筒多少钱", ("1筒", None)),  # tubes counted: the one named one tube, not three
])
def test_a_variant_named_by_the_counting_word_of_a_quantity(colours: list[str], text: str,
                                                             named: tuple[str | None, str | None]) -> None:
    pack = Product.model_validate({"id": "pack", "name": "纸尿裤", "price": 129, "colours": colours,
                                   "sizes": ["S", "M"]})
    assert counted_variant(pack, text) == named
