from __future__ import annotations

import pytest

from botcore.stages.numbers import find_measures, parse_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [("168", 168), ("1.68", 1.68), ("一百二十", 120), ("一百二", 120), ("一六八", 168),
     ("十五", 15), ("两", 2), ("九十", 90), ("八十九", 89), ("一千零五", 1005), ("abc", None)],
)
def test_parse_numeral(text: str, value: float | None) -> None:
    assert parse_numeral(text) == value


def _measures(text: str) -> dict[str, float]:
    return {m.kind: m.value for m in find_measures(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # heights in every spelling buyers use
        ("170", {"height": 170}),
        ("我要5提", {"quantity": 5}),  # a tea's 提 (seven cakes) counts like 件
        ("来两饼", {"quantity": 2}),
        ("买3本包邮吗", {"quantity": 3}),  # books and notebooks
        ("要两颗", {"quantity": 2}),
        ("买20团多少钱", {"quantity": 20}),  # yarn by the ball, flowers by the stem, drinks by the 扎
        ("来三组", {"quantity": 3}),
        ("要11枝", {"quantity": 11}),
        ("两扎", {"quantity": 2}),
        ("30人团购", {}),  # 团 of 团购 counts nothing
        ("170cm", {"height": 170}),
        ("168公分", {"height": 168}),
        ("1米7", {"height": 170}),
        ("1.65m", {"height": 165}),
        ("我车是1.5T的", {}),  # an engine's size, no height
        ("1.6L的车", {}),
        ("1.5升的有吗", {}),  # a volume, a horsepower: no height
        ("那俩呢", {"quantity": 2}),  # two, asked next
        ("他们俩呢", {}),
        ("1.5匹的", {}),
        ("1米75", {"height": 175}),
        ("一米七", {"height": 170}),
        ("一米七五", {"height": 175}),
        ("一米五八", {"height": 158}),
        ("一六八", {"height": 168}),
        ("1.68", {"height": 168}),
        ("1.68m", {"height": 168}),
        ("身高163", {"height": 163}),
        # weights: 斤 is canonical, kg doubles
        ("120斤", {"weight": 120}),
        ("一百二十斤", {"weight": 120}),
        ("体重一百二", {"weight": 120}),
        ("60kg", {"weight": 120}),
        ("60公斤", {"weight": 120}),
        ("体重55", {"weight": 110}),  # a bare 55 after 体重 can only be kg
        # both at once, with and without units
        ("我170cm 65kg", {"height": 170, "weight": 130}),
        ("168 110 什么码", {"height": 168, "weight": 110}),
        ("165 50", {"height": 165, "weight": 100}),
        ("一米六五,一百斤", {"height": 165, "weight": 100}),
        # waist in 尺, quantities, money, days
        ("2尺2", {"waist": 73.3}),
        ("腰围70", {"waist": 70}),
        ("胸围86", {"bust": 86}),
        ("下胸围72 上胸围86", {"underbust": 72, "bust": 86}),  # a bra's band (under the bust) is not the bust
        ("两件", {"quantity": 2}),
        ("3件", {"quantity": 3}),
        ("89元", {"money": 89}),
        ("八十九块", {"money": 89}),
        ("优惠5块", {"money": 5}),
        ("已经五天了", {"days": 5}),
        ("4岁半 105cm 穿110还是120", {"age": 4.5, "height": 105}),  # sizes chosen, not a weight
        ("孩子120 45斤", {"height": 120, "weight": 45}),
        ("宝宝5个月", {"age": 0.42}),
        ("怀孕5个月了能穿这个吗", {}),  # the months of a pregnancy: no child's age
        ("孕期七个月", {}),
        # a bed's width and length, not the body: 1.8的床, 1米8x2米的床垫, 宿舍床90宽
        ("1.8的床买哪个", {}),
        ("我床是1米8x2米 床垫35厘米厚", {}),
        ("能定做1.35x1.9的吗", {}),  # a width by a length, no bed named: the thing's size
        ("150*200的有吗", {}),
        ("1.5和1.8的被套一样大吗", {}),
        ("宿舍床90宽的用哪个", {}),
        ("我身高1米8 床够长吗", {"height": 180}),  # said of the body
        ("这条裤子90宽吗", {}),  # a side measured
        # ... but 高 after a child's number is the child's height: 「110高」 as kids' shops say it
        ("闺女5岁 110高 穿哪个码", {"age": 5, "height": 110}),
        ("宝宝四岁半 113高 买多大的", {"age": 4.5, "height": 113}),
        ("孩子128高55斤穿多大", {"height": 128, "weight": 55}),  # 高 between: the height before it, 斤 after
        ("柜子80高", {}),
        # ... or the side named before it: a window's width, a room's height
        ("窗户宽1米8 宽度咋量", {}),
        ("层高2米9 做落地的要加钱吗", {}),
        ("轨道长1.6的够吗", {}),
        ("我身高1米8", {"height": 180}),
        # 俩 bought, or 两俩 typed for 两辆: two; not two people
        ("买两俩16寸多少钱", {"quantity": 2}),
        ("要俩", {"quantity": 2}),
        ("我们俩都穿M", {}),
        # a metre of the goods priced or counted, not the buyer's height
        ("多钱一米", {}),
        ("一米几个滑轮", {}),
        ("孩子一米 穿多大", {"height": 100}),
        ("身高是一米", {"height": 100}),
        ("那3个月的小猫2斤呢", {"age": 0.25, "weight": 2}),  # a kitten weighs under an adult's least
        ("买2斤", {}),  # no young one named: goods, not a body
    ],
)
def test_find_measures(text: str, expected: dict[str, float]) -> None:
    assert _measures(text) == expected


def test_bare_numbers_are_marked_unsure() -> None:
    (height, weight) = find_measures("168 110")
    assert not height.sure and not weight.sure
    assert all(m.sure for m in find_measures("168cm 110斤"))


@pytest.mark.parametrize("text", ["第3天", "xxl", "订单号123456789", "买了40个",
                                  "这件是不是199", "一共150吧", "160是吧"])  # (a sum said back to be confirmed)
def test_numbers_that_are_not_body_measures(text: str) -> None:
    kinds = {m.kind for m in find_measures(text)}
    assert not kinds & {"height", "weight"}


def test_a_number_after_shi_bu_shi_is_still_the_body_before_more_words() -> None:
    assert [m.kind for m in find_measures("孩子是不是130的合适")] == ["height"]


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("买两块454的多少钱", "quantity", 2.0),  # pieces of the 454g: a size of two digits or more right after
    ("我要三块", "quantity", 3.0),  # a few pieces bought: the buying word before, nothing priced after
    ("买一块多少钱", "quantity", 1.0),
    ("三块钱", "money", 3.0),
    ("便宜两块", "money", 2.0),
    ("要三块吗", "money", 3.0),  # what it costs, asked
    ("买三块钱的", "money", 3.0),
])
def test_kuai_before_a_size_counts_pieces_and_elsewhere_is_money(text: str, kind: str, value: float) -> None:
    found = [(m.kind, m.value) for m in find_measures(text) if m.kind in ("money", "quantity")]
    assert found == [(kind, value)]
