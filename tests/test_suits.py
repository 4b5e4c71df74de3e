"""suits: whom a product is for by a measure told, and whether the measure lies past it."""

from __future__ import annotations

import pytest

from intents.attributes import Facts
from intents.suits import past_range


@pytest.mark.parametrize(("fact", "measures", "past"), [
    ("0到18公斤(36斤以内)", {"weight": 40}, True),  # 18公斤 is 36斤
    ("0到18公斤(36斤以内)", {"weight": 30}, False),
    ("1段0到6个月,2段6到12个月,3段1到3岁", {"age": 4}, True),  # past the last stage
    ("1段0到6个月,2段6到12个月,3段1到3岁", {"age": 0.67}, False),  # 8个月: the second stage
    ("3个月以上的幼犬和成犬都能吃", {"age": 2 / 12}, True),  # below the least
    ("14岁以上的青少年和成年人", {"age": 70}, False),  # open upward
    ("儿童、18岁以下不宜", {"age": 70}, False),  # whom it is not for sets no span
    ("40到105厘米", {"height": 100}, False),
    ("40到105厘米", {"height": 120}, True),
    ("需要补钙的成年人", {"age": 70}, False),  # no figure: nothing either way
    ("0到18公斤", {"height": 120}, False),  # no figure in the measure's units
])
def test_a_measure_past_the_spans_a_fact_states_is_told_apart(
        fact: str, measures: dict[str, float], past: bool) -> None:
    assert past_range(Facts((("适用", fact),)), measures) is past
