"""ranges: a fact found by a length the buyer says falling in a range the fact prices."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.ranges import fact_of_range, part_holding, size_for_days, size_for_people, size_of_length

CURTAIN = Product.model_validate({
    "id": "curtain", "name": "遮光窗帘", "price": 89, "colours": ["米白"], "sizes": ["2倍褶"],
    "attributes": {"高度": "标价含2.7米以内的高度;2.7米到3.2米每米宽补加高费20元;超过3.2米请联系客服报价",
                   "测量方法": "高度从轨道下沿量到想要的位置,落地款离地1到2厘米",
                   "轨道": "1.5-2米的轨道送安装码,没有价钱"}})


@pytest.mark.parametrize(("text", "fact"), [
    ("层高2米9 做落地的要加钱吗", "高度"),  # 2.9 in 2.7米到3.2米, which the fact prices
    ("高2.8米要加钱吗", "高度"),
    ("做290cm高的加钱吗", "高度"),
    ("高2米5要加钱吗", None),  # in no range priced
    ("轨道1.8米要加钱吗", None),  # a range no sum is put on
    ("要加钱吗", None),  # no length said
])
def test_a_length_said_finds_the_fact_pricing_the_range_it_falls_in(text: str, fact: str | None) -> None:
    found = fact_of_range(CURTAIN, text)
    assert (found[0] if found else None) == fact


AIRCON = Product.model_validate({
    "id": "ac", "name": "变频挂机", "price": 2799, "colours": ["白色"], "sizes": ["1.5匹"],
    "attributes": {"高空作业": "外机装在3楼及以上、需要出窗外作业的,收高空作业费100元",
                   "送货": "送货上楼,不收上楼费"}})


@pytest.mark.parametrize(("text", "fact"), [
    ("我家住6楼 外机要挂窗户外面 还要加啥钱", "高空作业"),  # 6 past the 3楼 it prices from
    ("住3层要加钱吗", "高空作业"),
    ("住2楼要加钱吗", None),  # below it
    ("3楼以上要加钱吗", None),  # a range said, no floor lived on
])
def test_a_floor_said_finds_the_fact_pricing_the_floors_from_one_up(text: str, fact: str | None) -> None:
    found = fact_of_range(AIRCON, text)
    assert (found[0] if found else None) == fact


COVER = Product.model_validate({
    "id": "cover", "name": "弹力沙发套", "price": 89, "colours": ["浅灰"], "sizes": ["单人位", "双人位", "三人位"],
    "variant_aliases": {"三人位": ["三人"]},
    "attributes": {"尺寸": "单人位适合沙发总长90到140cm;双人位适合145到185cm;三人位适合190到230cm",
                   "适用沙发": "适合一字型带扶手的沙发"}})


@pytest.mark.parametrize(("text", "size"), [
    ("总长2米1 拍几人位", "三人位"),  # 210cm in 190到230cm
    ("沙发160cm长买哪个", "双人位"),
    ("沙发1.9米的", "三人位"),  # on the edge: in it
    ("沙发3米的拍哪个", None),  # past every range
    ("沙发142cm", None),  # between two ranges
    ("拍几人位", None),  # no length said
])
def test_a_length_said_finds_the_one_size_whose_range_takes_it(text: str, size: str | None) -> None:
    found = size_of_length(COVER, tuple(COVER.attributes.items()), text)
    assert (found[0] if found else None) == size


COVER_MADE = Product.model_validate({
    "id": "made", "name": "定制沙发套", "price": 168, "colours": ["奶咖"], "sizes": ["单人位"],
    "attributes": {"计价方式": "按位计价;靠背高度超过100cm的每位加20元", "测量方法": "靠背量高度和宽度"}})


@pytest.mark.parametrize(("text", "fact"), [
    ("靠背特别高有1米1 要加钱吗", "计价方式"),  # 110cm past the 100cm the fact prices beyond
    ("靠背105cm加钱吗", "计价方式"),
    ("靠背95cm要加钱吗", None),  # short of it
])
def test_a_length_said_finds_the_fact_pricing_what_goes_past_a_length(text: str, fact: str | None) -> None:
    found = fact_of_range(COVER_MADE, text)
    assert (found[0] if found else None) == fact


LENSES = "1.56适合0-300度;1.60适合300-600度;1.67适合600-800度;1.74适合800度以上"


@pytest.mark.parametrize(("text", "part"), [
    ("那我老婆200度呢", "1.56适合0-300度"),
    ("我近视650度配哪个", "1.67适合600-800度"),
    ("950度的呢", "1.74适合800度以上"),  # past the last bound
    ("300度呢", None),  # on the boundary two parts take it: the whole table
    ("200呢", None),  # no unit said
    ("左眼200度右眼400度", None),  # two numbers: the whole table
    ("我妈两百度", "1.56适合0-300度"),  # a number said in words
])
def test_the_part_of_a_table_that_takes_the_number_said(text: str, part: str | None) -> None:
    assert part_holding(LENSES, text) == part


def test_a_fact_that_is_no_table_has_no_part_for_a_number() -> None:
    assert part_holding("近视最高1200度,散光最高600度", "200度呢") is None
    assert part_holding("散光200度以内不加价", "200度呢") is None  # one part: no table


CASE = Product.model_validate({
    "id": "case", "name": "拉杆箱", "price": 329, "colours": ["黑色"], "sizes": ["20寸", "24寸", "28寸"],
    "attributes": {"出行天数": "20寸适合3到5天短途出差,24寸适合7到10天,28寸适合半个月以上或出国留学"}})


@pytest.mark.parametrize(("text", "size"), [
    ("出差一个礼拜带多大的合适", "24寸"),
    ("出去玩四天带哪个", "20寸"),
    ("去留学一个月用哪个", "28寸"),  # past 半个月以上
    ("去半个月", "28寸"),
    ("出去六天", None),  # between the stretches given
    ("三天或者十天", None),  # two stretches said
])
def test_the_size_a_fact_gives_the_days_of_a_trip(text: str, size: str | None) -> None:
    found = size_for_days(CASE, tuple(CASE.attributes.items()), text)
    assert (found[0] if found else None) == size


GRILL = Product.model_validate({
    "id": "grill", "name": "带盖烤炉", "price": 399, "colours": ["黑色"], "sizes": ["47cm", "57cm"],
    "attributes": {"尺寸": "47cm烤网直径47cm;57cm烤网直径57cm", "适合人数": "47cm适合3到5人,57cm适合6到10人"}})


@pytest.mark.parametrize(("text", "size"), [
    ("一家五口 买哪个尺寸合适", "47cm"),
    ("我们8个人用哪个", "57cm"),
    ("两大一小", "47cm"),  # three
    ("二十个人", None),  # past the largest
    ("买哪个尺寸合适", None),  # no people said
])
def test_the_size_a_fact_gives_the_people_it_serves(text: str, size: str | None) -> None:
    found = size_for_people(GRILL, tuple(GRILL.attributes.items()), text)
    assert (found[0] if found else None) == size


@pytest.mark.parametrize(("value", "text", "part"), [
    ("一般45到50岁选100度,50到55岁选150度,55到60岁选200度,以实际试戴为准", "我妈58岁配多少度", "55到60岁选200度"),
    ("身高160-165cm,体重90-110斤选M;身高165-170cm,体重110-125斤选L", "我163cm", "身高160-165cm,体重90-110斤选M"),
    ("身高160-165cm,体重90-110斤选M,身高165-170cm,体重110-125斤选L", "我163cm", None),  # a row past its comma
])
def test_the_part_of_a_table_split_by_commas_says_a_number_of_its_own(value: str, text: str,
                                                                      part: str | None) -> None:
    assert part_holding(value, text) == part


@pytest.mark.parametrize(("text", "part"), [
    ("十八平的主卧用几匹", "1.5匹适合16到23平方"),  # a room's 平 of a table in 平方
    ("18个平方用多大的", "1.5匹适合16到23平方"),
    ("卧室12平米够吗", "大1匹适合10到15平方"),
    ("客厅30平用哪个", None),  # past the largest: the whole table
])
def test_a_unit_said_another_way_takes_its_part_of_a_table(text: str, part: str | None) -> None:
    assert part_holding("大1匹适合10到15平方,1.5匹适合16到23平方", text) == part
    assert part_holding("身高140到150厘米选S;身高150到160厘米选M", "孩子155公分") == "身高150到160厘米选M"


def test_the_part_of_a_table_split_by_commas_may_name_a_size_of_the_goods_instead() -> None:
    grades = "小号适合1-2年级,中号适合3-4年级,大号适合5-6年级"
    assert part_holding(grades, "二年级用哪个", ["小号", "中号", "大号"]) == "小号适合1-2年级"
    assert part_holding(grades, "二年级用哪个") is None  # (no sizes to name: the whole fact)
