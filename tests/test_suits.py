"""suits: whom a product is for by a measure told, and whether the measure lies past it."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.attributes import Facts
from intents.suits import measure_facts, past_range, whom_for


@pytest.mark.parametrize(("fact", "measures", "past"), [
    ("0到18公斤(36斤以内)", {"weight": 40}, True),  # 18公斤 is 36斤
    ("0到18公斤(36斤以内)", {"weight": 30}, False),
    ("1段0到6个月,2段6到12个月,3段1到3岁", {"age": 4}, True),  # past the last stage
    ("1段0到6个月,2段6到12个月,3段1到3岁", {"age": 0.67}, False),  # 8个月: the second stage
    ("3个月以上的幼犬和成犬都能吃", {"age": 2 / 12}, True),  # below the least
    ("14岁以上的青少年和成年人", {"age": 70}, False),  # open upward
    ("儿童、18岁以下不宜", {"age": 70}, False),  # whom it is not for sets no span
    ("不吃辣的大人和3岁以上的小朋友", {"age": 2}, True),  # 不吃辣 says who it is for, no 不宜
    ("40到105厘米", {"height": 100}, False),
    ("40到105厘米", {"height": 120}, True),
    ("需要补钙的成年人", {"age": 70}, False),  # no figure: nothing either way
    ("0到18公斤", {"height": 120}, False),  # no figure in the measure's units
])
def test_a_measure_past_the_spans_a_fact_states_is_told_apart(
        fact: str, measures: dict[str, float], past: bool) -> None:
    assert past_range(Facts((("适用", fact),)), measures) is past


def test_a_height_told_beside_a_load_asked_adds_the_height_the_product_suits() -> None:
    """「我185 180斤能骑吗」 of a bike: its 承重 for the 180斤, and its 适合身高 for the 185."""
    bike = Product.model_validate({"id": "bike", "name": "折叠车", "price": 1699, "colours": ["白色"],
                                   "sizes": ["20寸"], "attributes": {"适合身高": "155到185cm", "承重": "100公斤"}})
    asked = Facts((("承重", "100公斤"),))
    told = measure_facts(bike, {"height": 185.0, "weight": 180.0}, asked)
    assert told.stated == (("承重", "100公斤"), ("适合身高", "155到185cm"))
    assert measure_facts(bike, {"weight": 180.0}, asked) is asked  # no height told: the load alone


@pytest.mark.parametrize(("head", "past"), [(59.0, True), (56.0, False)])
def test_a_span_of_a_measure_stated_by_name_in_a_fact_of_another_name_says_whom_it_fits(
        head: float, past: bool) -> None:
    """网帽尺寸: 均码网帽,适合头围54到58厘米 says whom the wig fits by head girth, though its name is no 头围."""
    cap = Facts((("网帽尺寸", "均码网帽,适合头围54到58厘米,后面有调节扣"), ("发长", "约60厘米")))
    assert whom_for(cap, {"head": head}).stated == (cap.stated[0],)
    assert past_range(whom_for(cap, {"head": head}), {"head": head}) is past


@pytest.mark.parametrize(("wrist", "past", "past_in_mm"), [(16.0, False, False), (23.0, True, True),
                                                      (13.5, True, False)])
def test_a_wrist_told_is_weighed_by_the_span_a_fact_of_any_name_states(wrist: float, past: bool,
                                                                       past_in_mm: bool) -> None:
    """「手腕十六公分能戴吗」 of a watch whose 适合人群 was asked: its 表带调节 (适合腕围15到21厘米) is told
    too, and 23 or 13.5 lies past it; a span in millimetres (130到200mm) is read in centimetres."""
    watch = Product.model_validate({"id": "watch", "name": "潜水表", "price": 1299, "colours": ["黑盘"],
                                    "sizes": ["钢带"], "attributes": {"适合人群": "男士,手腕偏细的女生也能戴",
                                                                    "表带调节": "钢带可以调节,适合腕围15到21厘米"}})
    told = measure_facts(watch, {"wrist": wrist}, Facts((("适合人群", "男士,手腕偏细的女生也能戴"),)))
    assert dict(told.stated)["表带调节"].endswith("15到21厘米")
    assert past_range(whom_for(told, {"wrist": wrist}), {"wrist": wrist}) is past
    assert past_range(Facts((("表带", "适合腕围130到200mm"),)), {"wrist": wrist}) is past_in_mm
