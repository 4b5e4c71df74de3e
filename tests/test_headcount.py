"""headcount: how many people a line says, and the size of goods counted in people that holds them."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.headcount import fit_for, holds_asked, people_said, sized_by_people

TENT = Product.model_validate({"id": "tent", "name": "速开帐篷", "price": 399, "colours": ["沙漠黄"],
                               "sizes": ["2人", "3-4人"]})
POT = Product.model_validate({"id": "pot", "name": "鸳鸯锅", "price": 129, "colours": ["红色"],
                              "sizes": ["1-2人份", "3-4人份", "5-6人份"]})
SHIRT = Product.model_validate({"id": "shirt", "name": "衬衫", "price": 99, "colours": ["白色"], "sizes": ["M", "L"]})


@pytest.mark.parametrize(("text", "people"), [
    ("一家三口买哪个合适", 3),
    ("三口之家用哪个", 3),
    ("我们4个人住得下吗", 4),
    ("五个大人够不够", 5),
    ("两大一小", 3),
    ("2个大人1个小孩睡得下吗", 3),
    ("我俩露营用", 2),
    ("情侣用哪个", 2),
    ("3人的有货吗", 3),
    ("多少人民币", None),  # no people
    ("大人小孩都能用吗", None),  # no number
    ("3个人还是5个人", None),  # two counts: none
])
def test_the_number_of_people_a_line_says(text: str, people: int | None) -> None:
    assert people_said(text) == people


@pytest.mark.parametrize(("product", "people", "size"), [
    (TENT, 1, "2人"),
    (TENT, 2, "2人"),
    (TENT, 3, "3-4人"),
    (TENT, 4, "3-4人"),
    (TENT, 5, None),  # past the largest
    (POT, 2, "1-2人份"),
    (POT, 6, "5-6人份"),
])
def test_the_smallest_size_that_holds_them(product: Product, people: int, size: str | None) -> None:
    fit = fit_for(product, people)
    assert fit is not None
    assert fit.size == size
    assert fit.largest == product.sizes[-1]


def test_goods_not_counted_in_people_have_no_size_for_them() -> None:
    assert sized_by_people(TENT) and sized_by_people(POT)
    assert not sized_by_people(SHIRT)
    assert fit_for(SHIRT, 3) is None


@pytest.mark.parametrize(("text", "asked"), [
    ("4个人住得下吗", True),
    ("5个人够不够", True),
    ("三个人能睡吗", True),
    ("3个人的有货吗", False),
])
def test_whether_it_holds_them_is_asked(text: str, asked: bool) -> None:
    assert holds_asked(text) is asked
