"""counted_fees: what so many characters cost by a product's own terms of lettering."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.counted_fees import characters_fee

PEN = "笔杆免费刻8个字以内(中英文都行),超过8个字每多一个字加2元,最多15个字"
CUP = "免费刻字,最多刻12个汉字或者24个字母数字,超过的部分每个字加1元,最多刻20个汉字"
SEAL = "含刻4个字以内的姓名,5到8个字另加10元;可以刻阴文或者阳文"


def product(terms: str) -> Product:
    return Product.model_validate({"id": "gift", "name": "刻字礼品", "price": 168, "colours": ["黑色"],
                                   "sizes": ["标准"], "attributes": {"重量": "约32克", "刻字": terms}})


@pytest.mark.parametrize(("terms", "text", "extra", "most"), [
    (PEN, "我想刻5个字", 0.0, 15),  # within the 8 included
    (PEN, "刻8个字要加钱吗", 0.0, 15),  # (the last one included)
    (PEN, "刻15个字要加钱吗", 14.0, 15),  # 7 past 8, at 2元 each
    (PEN, "刻十六个字行吗", None, 15),  # past the most
    (CUP, "我想刻15个字呢", 3.0, 20),  # 12 included, 1元 each past them (not the 12 read as the most)
    (SEAL, "名字5个字的 要加钱吗", 10.0, None),  # the band 5-8
    (SEAL, "三个字的名字", 0.0, None),
])
def test_characters_cost_what_the_terms_say(terms: str, text: str, extra: float | None, most: int | None) -> None:
    fee = characters_fee(product(terms), text)
    assert fee is not None
    assert (fee.key, fee.extra, fee.most) == ("刻字", extra, most)


@pytest.mark.parametrize(("terms", "text"), [
    (SEAL, "刻9个字多少钱"),  # past the band, and no price for each: the terms leave it open
    (PEN, "要24个字母"),  # letters, not characters
    (PEN, "能刻字吗"),  # no number
    ("下边框免费刻一行,20个字以内;想刻两行另加10元", "刻15个字要加钱吗"),  # priced by the line, not the character
])
def test_terms_that_leave_the_number_open_give_no_answer(terms: str, text: str) -> None:
    assert characters_fee(product(terms), text) is None
