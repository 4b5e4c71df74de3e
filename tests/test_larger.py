"""larger: a bigger or a smaller one asked, told by the sizes past the one in hand."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.larger import other_size

BOWL = Product.model_validate({
    "id": "bowl", "name": "青花盖碗", "price": 68, "colours": ["缠枝莲", "山水"], "sizes": ["150ml", "120ml", "200ml"],
    "prices": {"150ml": 78, "200ml": 88}, "stock": {"缠枝莲": {"200ml": 0}, "山水": {"200ml": 0}}})


@pytest.mark.parametrize(("text", "current", "case", "told"), [
    ("有没有大点的", None, "larger", "150ml 78元、200ml 88元（暂时卖完了）"),  # past the smallest, none in hand
    ("还有更大的吗", "150ml", "larger", "200ml 88元（暂时卖完了）"),  # past the one in hand
    ("有没有小一点的", "200ml", "smaller", "150ml 78元、120ml 68元"),
    ("大一点的有吗", "200ml", "largest_already", "200ml"),  # the largest already
    ("有小点的吗", "120ml", "smallest_already", "120ml"),
])
def test_a_bigger_or_smaller_one_is_the_sizes_past_the_one_in_hand(text: str, current: str | None, case: str,
                                                                   told: str) -> None:
    answer = other_size(BOWL, text, current)
    assert answer is not None and answer.case == case
    assert answer.facts.get("sizes", answer.facts.get("size")) == told


@pytest.mark.parametrize("text", ["有大号的吗", "大的多少钱", "有没有200ml的"])
def test_a_size_named_or_asked_of_is_no_bigger_one_asked(text: str) -> None:
    assert other_size(BOWL, text, None) is None


def test_sizes_not_measured_alike_have_no_bigger_one() -> None:
    kit = Product.model_validate({"id": "kit", "name": "配件套装", "price": 39, "colours": ["通用"],
                                  "sizes": ["滤网2片装", "边刷4只装"]})
    assert other_size(kit, "有没有大点的", None) is None
