"""A bigger or a smaller one asked (「有没有大点的」「还有更小的吗」「有大一码的吗」): the product's sizes
past the one talked about, or past its smallest (largest) where none is, each with its price; or that
the one talked about is the largest (smallest) already. Only for sizes measured alike (`by_magnitude`):
a kit of 滤网2片装 and 边刷4只装 has no bigger one. Pure: a product, a line and the size in hand in, an
answer out.
"""

from __future__ import annotations

from botcore.shop import Product
from botcore.sizes import by_magnitude
from botcore.text import join, money
from intents.base import Answer
from intents.phrases import shared_regex

__all__ = ["CASES", "LARGER_ASKED", "other_size"]

#: A bigger or a smaller one asked: 有没有大点的, 还有更小的吗, 有大一码的吗, 大一点的有吗 (not 有大号的吗, a size);
#: 大 or 小 in its group a, b or c.
LARGER_ASKED = shared_regex("大点小点")

#: The cases answered here, with their placeholders.
CASES = {
    "larger": ("product", "sizes"),
    "smaller": ("product", "sizes"),
    "largest_already": ("product", "size"),
    "smallest_already": ("product", "size"),
}


def other_size(product: Product, text: str, current: str | None) -> Answer | None:
    """The sizes of ``product`` bigger (or smaller) than ``current``, the size in hand, as ``text`` asks;
    None where it asks neither or the product's sizes are not measured alike."""
    asked = LARGER_ASKED.search(text)
    ordered = by_magnitude(product.sizes) if asked is not None else None
    if asked is None or ordered is None:
        return None
    larger = (asked["a"] or asked["b"] or asked["c"]) == "大"
    if not larger:
        ordered = ordered[::-1]
    start = ordered.index(current) if current in ordered else 0
    past = ordered[start + 1:]
    if not past:
        return Answer("largest_already" if larger else "smallest_already",
                      {"product": product.name, "size": ordered[start]}, {"size": ordered[start]})
    listed = join(f"{size} {money(product.price_of(None, size))}{_sold_out(product, size)}" for size in past)
    return Answer("larger" if larger else "smaller", {"product": product.name, "sizes": listed})


def _sold_out(product: Product, size: str) -> str:
    """（暂时卖完了） where no colour of ``size`` is left, by the stock the shop gives; else nothing."""
    counts = [product.count(colour, size) for colour in product.colours]
    return "（暂时卖完了）" if counts and all(count == 0 for count in counts) else ""
