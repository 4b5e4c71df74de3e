"""What a product's fact charges for so many characters beyond what it includes.

Custom goods price their lettering in their own words: 笔杆免费刻8个字以内,超过8个字每多一个字加2元,最多15个字;
含刻4个字以内的姓名,5到8个字另加10元. `characters_fee` reads such terms for the number of characters a
buyer says (「刻15个字要加钱吗」「名字5个字的」) and works out what they cost: nothing, so much more, or
past the most the terms allow. Terms it cannot read for that number give no answer: a person does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from botcore.shop import Product
from botcore.stages.numbers import parse_numeral

__all__ = ["CharactersFee", "characters_fee"]

#: Characters said counted: 15个字, 五个字, 8个汉字 (not 24个字母: letters go by other terms).
_SAID = re.compile(r"(\d+|[一二两三四五六七八九十]+)个(?:汉)?字(?!母)")
#: How many a fact includes: 免费刻8个字以内, 含刻4个字以内, 免费刻字,最多刻12个汉字.
_INCLUDED = re.compile(r"(?:免费|含|包含)[^;；。\d]{0,8}?(\d+)个(?:汉)?字")
#: What each one past them costs: 每多一个字加2元, 超过的部分每个字加1元.
_EACH = re.compile(r"每(?:多)?(?:一|1)?个?(?:汉)?字(?:加|另加|加收|收)?(\d+(?:\.\d+)?)(?:元|块)")
#: What a band of them costs: 5到8个字另加10元.
_BAND = re.compile(r"(\d+)(?:到|至|-|~)(\d+)个(?:汉)?字的?(?:另|再)?(?:加|收|加收)(\d+(?:\.\d+)?)(?:元|块)")
#: The most there may be: 最多15个字, 最多刻20个汉字.
_MOST = re.compile(r"最多(?:能|可以)?(?:刻|印|绣|写)?(\d+)个(?:汉)?字")


@dataclass(frozen=True)
class CharactersFee:
    """What ``count`` characters cost by the fact ``key`` (its words: ``terms``)."""

    key: str
    terms: str
    count: int
    extra: float | None  # what more they cost, 0 where included; None where past ``most``
    most: int | None = None


def characters_fee(product: Product, text: str) -> CharactersFee | None:
    """The cost of the characters ``text`` counts, by the product's fact that prices them; None where
    none is counted, no fact prices characters, or its terms leave that number open."""
    said = _SAID.search(text)
    count = parse_numeral(said[1]) if said is not None else None
    if not count:
        return None
    for key, value in product.attributes.items():
        included = _INCLUDED.search(value)
        if included is None or not (_EACH.search(value) or _BAND.search(value)):
            continue
        free = int(included[1])
        mosts = [int(m[1]) for m in _MOST.finditer(value) if int(m[1]) > free]
        most = max(mosts) if mosts else None
        past = CharactersFee(key, value, int(count), None, most)  # (extra None: past the most, a person says)
        if count <= free:
            return replace(past, extra=0.0)
        if most is not None and count > most:
            return past
        band = next((float(m[3]) for m in _BAND.finditer(value) if int(m[1]) <= count <= int(m[2])), None)
        if band is not None:
            return replace(past, extra=band)
        if (each := _EACH.search(value)) is not None:
            return replace(past, extra=round((count - free) * float(each[1]), 2))
        return None
    return None
