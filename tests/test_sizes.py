"""How a size's weight is read, however a shop or a buyer spells it (botcore/sizes.py)."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from botcore.sizes import by_magnitude, length_in_cm, weight_in_grams


@pytest.mark.parametrize(("name", "grams"), [
    ("500g", 500), ("500克罐装", 500), ("一斤", 500), ("1斤", 500), ("一斤装", 500),
    ("两斤", 1000), ("1kg", 1000), ("1公斤", 1000), ("一斤半", 750), ("半斤", 250), ("2两", 100),
    ("L码", None), ("30只装", None), ("1.5m", None),
])
def test_a_weight_is_read_in_grams_as_shops_and_buyers_write_it(name: str, grams: float | None) -> None:
    assert weight_in_grams(name) == grams


@pytest.mark.parametrize(("said", "size"), [("一斤", "500g"), ("两斤的", "1000g"), ("1kg", "1000g"),
                                            ("三斤", None)])  # (no 1500g: no size of that weight)
def test_a_weight_said_another_way_is_the_size_of_that_weight(said: str, size: str | None) -> None:
    honey = Product.model_validate({"id": "honey", "name": "洋槐蜜", "price": 58, "colours": ["洋槐蜜"],
                                    "sizes": ["500g", "1000g"]})
    assert honey.find_size(said) == size


@pytest.mark.parametrize(("name", "number"), [("22cm", "22"), ("22厘米", "22"), ("22公分", "22"), ("22厚", "22"),
                                              ("1.5米", None), ("22", None)])
def test_a_length_in_cm_is_read_as_its_number_however_it_is_spelt(name: str, number: str | None) -> None:
    assert length_in_cm(name) == number


@pytest.mark.parametrize(("sizes", "ordered"), [
    (["L", "S", "M"], ("S", "M", "L")),  # letter sizes
    (["3XL", "M", "2XL"], ("M", "2XL", "3XL")),
    (["特大号", "标准号"], ("标准号", "特大号")),  # words of how big
    (["200ml", "120ml", "150ml"], ("120ml", "150ml", "200ml")),  # one unit
    (["1.8米床", "1.5米床"], ("1.5米床", "1.8米床")),
    (["180x150cm", "150x120cm"], ("150x120cm", "180x150cm")),  # by area
    (["110", "130", "120"], ("110", "120", "130")),
    (["滤网2片装", "边刷4只装"], None),  # parts of a kit: no bigger one
    (["一壶四杯", "十件套"], None),
    (["120ml", "1L"], None),  # two units
    (["均码"], None),  # one size
])
def test_sizes_measured_alike_are_put_smallest_first(sizes: list[str], ordered: tuple[str, ...] | None) -> None:
    assert by_magnitude(sizes) == ordered
