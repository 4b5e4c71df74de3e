"""stock: is a colour x size in stock, low, sold out (with what is in stock instead),
coming back (restock date or pre-sale). Exact counts only if the shop allows it."""

from __future__ import annotations

import datetime as dt

from botcore.shop import Product, Restock, Settings
from botcore.shop.calendar import month_day
from botcore.text import join
from intents.base import Answer, Evidence, Intent, Message, Question

__all__ = ["Stock", "variant_label"]


def variant_label(colour: str | None, size: str | None) -> str:
    """黑色 L码 / 黑色 / L码 / 均码."""
    size_text = "" if size is None else (size if size.endswith("码") else f"{size}码")
    return " ".join(part for part in (colour, size_text) if part)


def _count(product: Product, colour: str, size: str) -> int:
    return product.stock.get(colour, {}).get(size, 0)


def _restock(product: Product, colour: str | None, size: str | None, today: dt.date) -> Restock | None:
    """The coming restock of a variant (an unnamed colour or size matches any); a date
    already past says nothing any more."""
    for item in product.restock:
        if item.date < today:
            continue
        if colour is not None and item.colour not in (None, colour):
            continue
        if size is not None and item.size not in (None, size):
            continue
        return item
    return None


class Stock(Intent):
    name = "stock"
    rank = 80
    carries_over = ("sizes", "colours", "products")  # 「M码呢」 continues stock, not bargaining
    cases = {
        "in_stock": ("product", "variant"),
        "in_stock_count": ("product", "variant", "count"),
        "low_stock": ("product", "variant"),
        "low_stock_count": ("product", "variant", "count"),
        "sold_out": ("product", "variant", "alternatives"),
        "sold_out_restock": ("product", "variant", "restock_date", "alternatives"),
        "presale": ("product", "variant", "restock_date"),
        "sold_out_none": ("product", "variant"),
        "colour_sizes": ("product", "colour", "sizes"),
        "size_colours": ("product", "size", "colours"),
        "overview": ("product", "colours"),
        "all_sold_out": ("product",),
        "no_such_colour": ("product", "colour", "colours"),
        "no_such_size": ("product", "size", "sizes"),
        "which_product": (),
    }

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        e = message.entities
        if matched and (e.sizes or e.colours):
            return [Evidence("entity", variant_label(*(e.colours[:1] or [None]), *(e.sizes[:1] or [None])), 0.5)]
        return []

    def answer(self, question: Question) -> Answer:
        product = question.product
        if product is None:
            return Answer("which_product")
        entities, memory = question.message.entities, question.conversation
        today = question.now.date()
        colour = entities.colours[0] if entities.colours else None
        size = entities.sizes[0] if entities.sizes else None
        if colour is None and size is not None and memory.colour in product.colours:
            colour = memory.colour
        if size is None and colour is not None and memory.size in product.sizes:
            size = memory.size
        facts: dict[str, object] = {"product": product.name}
        if colour is not None and colour not in product.colours:
            return Answer("no_such_colour", facts | {"colour": colour, "colours": join(product.colours)})
        if size is not None and size not in product.sizes:
            return Answer("no_such_size", facts | {"size": variant_label(None, size), "sizes": join(product.sizes)})
        remember: dict[str, object] = {"colour": colour or memory.colour, "size": size or memory.size}
        if colour and size:
            return self._variant(product, colour, size, question.shop.settings, facts, remember, today)
        if colour:
            sizes = [s for s in product.sizes if _count(product, colour, s) > 0]
            if not sizes:
                return self._sold_out(product, colour, None, facts, remember, today)
            return Answer("colour_sizes", facts | {"colour": colour, "sizes": join(sizes)}, remember)
        if size:
            colours = [c for c in product.colours if _count(product, c, size) > 0]
            if not colours:
                return self._sold_out(product, None, size, facts, remember, today)
            facts |= {"size": variant_label(None, size), "colours": join(colours)}
            return Answer("size_colours", facts, remember)
        colours = [c for c in product.colours if any(_count(product, c, s) for s in product.sizes)]
        if not colours:
            return self._sold_out(product, None, None, facts, remember, today)
        return Answer("overview", facts | {"colours": join(colours)}, remember)

    def _variant(
        self, product: Product, colour: str, size: str, settings: Settings,
        facts: dict[str, object], remember: dict[str, object], today: dt.date,
    ) -> Answer:
        count = _count(product, colour, size)
        facts = facts | {"variant": variant_label(colour, size), "count": count}
        if count == 0:
            return self._sold_out(product, colour, size, facts, remember, today)
        low = count <= settings.low_stock_at
        case = "low_stock" if low else "in_stock"
        return Answer(f"{case}_count" if settings.show_stock_counts else case, facts, remember)

    def _sold_out(
        self, product: Product, colour: str | None, size: str | None,
        facts: dict[str, object], remember: dict[str, object], today: dt.date,
    ) -> Answer:
        facts = facts | {"variant": variant_label(colour, size) or product.name}
        restock = _restock(product, colour, size, today)
        if restock is not None and restock.presale:
            return Answer("presale", facts | {"restock_date": month_day(restock.date)}, remember)
        alternatives = [
            variant_label(c, s) for c in ([colour] if colour else product.colours)
            for s in product.sizes if _count(product, c, s) > 0
        ] + [
            variant_label(c, size) for c in product.colours
            if size and colour and c != colour and _count(product, c, size) > 0
        ]
        facts |= {"alternatives": join(alternatives[:4])}
        if restock is not None:
            return Answer("sold_out_restock", facts | {"restock_date": month_day(restock.date)}, remember)
        if not alternatives:
            return Answer("all_sold_out" if colour is None and size is None else "sold_out_none", facts, remember)
        return Answer("sold_out", facts, remember)
