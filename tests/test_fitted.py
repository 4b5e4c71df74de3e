"""The part of a fact that gives one size to the thing the buyer names (intents/fitted.py)."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.fitted import part_for_thing, thing_unlisted

CARS = "205/55R16适配大众朗逸、速腾、卡罗拉、思域;215/55R17适配凯美瑞、雅阁;225/45R18适配奥迪A4L、思域运动版"
TYRE = Product.model_validate({
    "id": "tyre", "name": "浩悦4", "price": 599, "colours": ["门店安装"], "size_label": "规格",
    "sizes": ["205/55R16", "215/55R17", "225/45R18"],
    "variant_aliases": {"205/55R16": ["205 55 16"]},
    "attributes": {"适配车型": CARS, "噪音": "静音型"}})


@pytest.mark.parametrize(("text", "part"), [
    ("朗逸用哪个规格的", "205/55R16适配大众朗逸、速腾、卡罗拉、思域"),  # a car by the end of its name (大众朗逸)
    ("凯美瑞呢", "215/55R17适配凯美瑞、雅阁"),
    ("奥迪a4l买哪个", "225/45R18适配奥迪A4L、思域运动版"),  # in lower case, as lines are read
    ("思域用哪个", None),  # 思域 in two parts (思域运动版): a person says which
    ("比亚迪秦plus用什么规格", None),  # named in none
    ("用哪个规格", None),  # no thing named
    ("225/45R18的能装凯美瑞吗", None),  # a size named: its own part, not the one naming the car
    ("12伏跟20伏有啥区别", None),  # a number alone names no thing
])
def test_the_part_naming_the_thing_said_is_found(text: str, part: str | None) -> None:
    found = part_for_thing(TYRE, text)
    assert (found[1] if found else None) == part
    assert found is None or found[0] == "适配车型"


def test_a_fact_naming_no_size_in_two_parts_is_no_table() -> None:
    quiet = TYRE.model_copy(update={"attributes": {"噪音": "静音型;高速上也不吵"}})
    assert part_for_thing(quiet, "高速吵不吵") is None
    assert thing_unlisted(quiet, "比亚迪用什么规格") is None  # no table to match it against


@pytest.mark.parametrize(("text", "thing"), [
    ("比亚迪秦plus用什么规格", "比亚迪秦plus"),  # a thing the table does not name: for a person
    ("朗逸用哪个规格的", None),  # one it names
    ("用哪个规格", None),  # nothing named
    ("205 55 16的适合吗", None),  # a size named, not a thing
])
def test_a_thing_the_table_does_not_name_is_found(text: str, thing: str | None) -> None:
    assert thing_unlisted(TYRE, text) == thing
