"""totals: what products or variants bought together come to.

A price asked of several things at once (「滤网加边刷多少」「两件一起多少钱」「一件长款两件面包服」) is
each item's price and their sum, at the shop's rate for buying so many where one holds, after a
满减 they reach, with the shop's coupon on top where the terms let it; with no product in view,
the shop's products priced from the cheapest variant to the dearest.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from botcore.shop import Coupon, Product, Promotion
from botcore.shop.model import BulkDeal
from botcore.sizes import variant_label
from botcore.stages.entities import Entities
from botcore.text import join, money, money_span
from intents.base import Answer
from intents.goods import priced_as_said
from intents.promotion_terms import (
    count_rate,
    coupon_on_top,
    cut_beside_spend,
    cut_for_count,
    cuts_price,
    cutting_price,
    promotion_facts,
    second_half,
    set_cut,
    spend_name,
    threshold_and_cut,
    with_another,
)

__all__ = [
    "TOGETHER",
    "bought_together",
    "coupon_facts",
    "listed_sum",
    "priced_variants",
    "rate_named",
    "shop_prices",
    "summed_answer",
    "times",
    "together_told",
    "variant_prices",
]


def rate_named(rate: float) -> str:
    """0.95 -> 95折, 0.9 -> 9折."""
    tenths = round(rate * 100)
    return f"{tenths // 10}折" if tenths % 10 == 0 else f"{tenths}折"


def coupon_facts(coupon: Coupon | None) -> dict[str, object]:
    return {"amount": money(coupon.amount), "min_spend": money(coupon.min_spend)} if coupon else {}


def variant_prices(product: Product) -> str:
    """Each variant's price (`priced_variants`)."""
    return join(f"{label} {money(price)}" for label, price, _ in priced_variants(product))


def _variants_said(product: Product, said: Entities | None) -> list[tuple[str, float, list[str]]]:
    """`priced_variants` holding the colour or the size ``said`` of ``product`` (1.67 of a lens in 普通膜 and
    防蓝光: 普通膜 1.67 and 防蓝光 1.67), or all of them where none is said or none holds it."""
    colour, size = product.variant_named(said.colours, said.sizes) if said is not None else (None, None)
    named = [n for n in (colour, size) if n is not None]
    held = [v for v in priced_variants(product) if named and all(n in v[2] for n in named)]
    return held or priced_variants(product)


def priced_variants(product: Product) -> list[tuple[str, float, list[str]]]:
    """Each variant as a price tells it, its price and the names naming it: each colour in each
    size where the shop prices some pairs on their own (25cm 1.8米), else each size where the
    sizes' prices differ, else each colour."""
    if product.priced_in_pairs:
        return [(variant_label(c, s), product.price_of(c, s), [c, s]) for c in product.colours for s in product.sizes]
    by_size = any(size in product.prices for size in product.sizes)
    return [(name, product.price_of(size=name) if by_size else product.price_of(colour=name), [name])
            for name in (product.sizes if by_size else product.colours)]


#: Up to how many products a price asked with none in view lists; more, and the buyer is asked which.
LISTED_PRICES = 8


def shop_prices(products: Sequence[Product]) -> Answer:
    """A price asked with no product in view: each product's (from the cheapest variant to the
    dearest), where the shop has few; else which one the buyer means."""
    if not products or len(products) > LISTED_PRICES:
        return Answer("which_product")
    return Answer("shop_prices", {"prices": join(p.priced() for p in products)}, {"asked": "price"})


def bought_together(products: Sequence[Product], running: list[Promotion], bulk: BulkDeal | None,
                     counts: Sequence[int] = (), said: Entities | Sequence[Entities] | None = None,
                     coupon: Coupon | None = None, beside: Sequence[str | None] = (),
                     own_cuts: Sequence[tuple[Promotion, float] | None] = (),
                     shop_wide: Sequence[Promotion] = ()) -> Answer:
    """Two or more products asked the price of together (``counts`` of each, where said): each
    one's and what they come to (and to after a plain 满X减Y they reach), where each has one
    price, or one for the variant ``said`` of it (双肩包加一个长款钱包; one ``said`` for each where each
    is named with its own, 蜜桔大果10斤加脐橙中果10斤) or ``beside`` its name (湿巾3包); else each one's
    prices. Where a promotion of a product's own cuts it (``own_cuts``, 帐篷每件立减50), what they come
    to after it (`_summed_after_cuts`)."""
    counts = counts or [1] * len(products)
    answer = _summed_together(products, running, bulk, counts, said, coupon, beside, own_cuts, shop_wide)
    if "asked" in answer.remember:
        return answer
    # (「再加件打底衫呢」 next adds one to them)
    return dataclasses.replace(answer, remember={**answer.remember, "asked": _together_asked(
        [(p.id, n) for p, n in zip(products, counts, strict=True)])})


def _summed_together(products: Sequence[Product], running: list[Promotion], bulk: BulkDeal | None,
                     counts: Sequence[int], said: Entities | Sequence[Entities] | None, coupon: Coupon | None,
                     beside: Sequence[str | None], own_cuts: Sequence[tuple[Promotion, float] | None],
                     shop_wide: Sequence[Promotion]) -> Answer:
    each = list(said) if isinstance(said, Sequence) else [said] * len(products)
    priced = [priced_as_said(p, of_it, size) for p, of_it, size in zip(
        products, each, beside or [None] * len(products), strict=True)]
    # (what runs for one of them only, 加绒裤第二件半价 of 加绒裤加羽绒服, is no term of what both come to)
    covering = [p for p in running if all(p.covers(x) for x in products)]
    if any(price is None for price in priced):
        return _totals_by_variant(products, priced, counts, covering, bulk, each, own_cuts) or shop_prices(products)
    items = [(times(name, n), price * n)
             for (name, price), n in zip([p for p in priced if p is not None], counts, strict=True)]
    if own_cuts and any(own_cuts):
        return _summed_after_cuts(items, counts, own_cuts, shop_wide, bulk)
    of_set = set_cut(covering, products, sum(price for _, price in items))
    if of_set is not None and not any(cuts_price(p) for p in covering if p is not of_set[0]) and set(counts) == {1} \
            and not (bulk is not None and sum(counts) >= bulk.min_items):  # (one of each: one set)
        # 「5.4米硬调加3000型」 at 矶钓竿加任意一个纺车轮同时拍下立减30元, nothing else moving the price: the
        # sum, less that once
        total = sum(price for _, price in items)
        return Answer("products_total_cut", listed_sum(items) | {"promotion_name": of_set[0].name,
                                                                 "net": money(round(total - of_set[1], 2))})
    cutting = cut_beside_spend(running)
    if sum(counts) == 2 and cutting is not None and all(cutting.covers(p) for p in products) \
            and (halved := second_half(running, [price for _, price in items])) is not None:
        # 「加绒裤和打底衫一起多少钱」 at 加绒裤、打底衫第二件半价: the cheaper one at half (and the 满减 reached)
        total = sum(price for _, price in items)
        names = "、".join(p.name for p in (cutting, halved[1]) if p is not None)
        return Answer("products_total_off", listed_sum(items) | {"net": money(round(total - halved[0], 2)),
                                                             "promotion_name": names})
    if cutting is not None and (halved_some := _halved_of_some(items, products, counts, cutting, running)):
        return halved_some
    summed = summed_answer(items, covering, bulk, sum(counts), coupon)
    if summed is not None and summed.case == "products_total" and (along := [
            p for p in running if p not in covering and with_another(p) and any(p.covers(x) for x in products)]):
        # 「一台滑板车加一套护具一共多少」 at 买任意滑板车同时加购护具套装,护具立减20元: a cut of one of them on the
        # condition of the other bought with it: the sum as priced, and those terms
        return Answer("products_total_terms", listed_sum(items) | promotion_facts(along))
    if summed is None:  # a rate for so many and a promotion both hold: the sum, and the terms that decide it
        total = sum(price for _, price in items)
        moving = cutting_price(covering, total)
        return Answer("products_total_terms", listed_sum(items) | promotion_facts(moving)) if moving \
            else Answer("products_total", listed_sum(items))
    return summed


def _halved_of_some(items: Sequence[tuple[str, float]], products: Sequence[Product], counts: Sequence[int],
                    cutting: Promotion, running: list[Promotion]) -> Answer | None:
    """What goods come to where a 第二件半价 of some of them runs and two or more of those are bought
    (一个套装加两件文胸 at 文胸第二件半价: every second bra at half), then less the shop's plain 满X减Y
    that what is left reaches; None where it covers them all (`second_half` pairs them), none is
    bought twice, or other terms move the price."""
    if all(cutting.covers(p) for p in products):
        return None
    halves = [second_half([cutting], [price / n] * n) if n >= 2 and cutting.covers(p) else None
              for p, (_, price), n in zip(products, items, counts, strict=True)]
    others = [p for p in running if p is not cutting]
    spending = threshold_and_cut(others, 0) is not None
    if not any(halves) or (any(cuts_price(p) for p in others) and not spending):
        return None
    net = sum(price for _, price in items) - sum(h[0] for h in halves if h is not None)
    named = [cutting.name]
    spend = threshold_and_cut(others, net) if spending else None
    if spend is not None and net >= spend[0]:
        net -= spend[1]
        named.append(spend_name(others))
    return Answer("products_total_cut", listed_sum(items) | {"promotion_name": join(named),
                                                          "net": money(round(net, 2))})


def _totals_by_variant(products: Sequence[Product], priced: Sequence[tuple[str, float] | None], counts: Sequence[int],
                       running: list[Promotion], bulk: BulkDeal | None, said: Sequence[Entities | None] = (),
                       own_cuts: Sequence[tuple[Promotion, float] | None] = ()) -> Answer | None:
    """What products asked together come to, for each variant of the one whose price the line
    leaves open (手机加一个耳机: 8+256G 4598元, 12+512G 5198元; variants of one sum told together,
    XL-4XL 228元; of those holding the part of it ``said``, 1.67 of a lens in 普通膜 and 防蓝光),
    or from the cheapest to the dearest where several are open or the sums many; where no rate for
    many holds and nothing running could change the sum (a plain 满X减Y none of them reaches may
    run), else with the terms of what runs (products_total_each_terms: where some choices reach a
    满X减Y and some do not, too); else None. A product's own
    cut (``own_cuts``, 加购双肩包立减30元) is taken off it, and said (products_total_each_cut)."""
    open_ = [i for i, price in enumerate(priced) if price is None]
    if not open_ or (bulk is not None and sum(counts) >= bulk.min_items):
        return None
    cut = [c[1] if c is not None else 0.0 for c in own_cuts] or [0.0] * len(products)
    cutting = list(dict.fromkeys(c[0].name for c in own_cuts if c is not None))
    running = [p for p in running if p.name not in cutting]
    of_each = list(said) or [None] * len(products)
    rest = sum((told[1] - cut[i]) * n for i, (told, n) in enumerate(zip(priced, counts, strict=True))
               if told is not None)
    variants = {i: [(label, price - cut[i], of) for label, price, of in _variants_said(products[i], of_each[i])]
                for i in open_}
    ranges = [(min(prices), max(prices)) for i in open_ for prices in [[price for _, price, _ in variants[i]]]]
    highest = rest + sum(high * counts[i] for i, (_, high) in zip(open_, ranges, strict=True))
    spend = threshold_and_cut(running, highest) if any(cuts_price(p) for p in running) else None
    moving = any(cuts_price(p) for p in running) and (spend is None or highest >= spend[0])
    names = [times(said[0] if said is not None else p.name, n)
             for p, said, n in zip(products, priced, counts, strict=True)]
    lowest = rest + sum(low * counts[i] for i, (low, _) in zip(open_, ranges, strict=True))
    least = threshold_and_cut(running, lowest) if moving and spend is not None else None
    if moving and spend is not None and (least is None or lowest < least[0] or len(running) > 1):
        least = None  # (some choices reach the 满减 and some do not, or more than one thing runs: the sums, and the
        # terms that decide what each comes to, below)
    by_total: dict[float, list[str]] = {}
    if len(open_) == 1:
        for label, price, _ in variants[open_[0]]:
            by_total.setdefault(round(price * counts[open_[0]] + rest, 2), []).append(label)
    # (many, or several open: from the cheapest to the dearest)
    each = join(f"{'/'.join(labels)} {money(total)}" for total, labels in by_total.items()) \
        if 1 <= len(by_total) <= 3 else money_span(lowest, highest)
    told = {"products": "+".join(names), "product": "、".join(products[i].name for i in open_), "totals": each}
    if least is not None and spend is not None:  # (盖碗、公道杯 and 品茗杯 whichever chosen, all over 满299减30)
        def after(total: float) -> float:
            return round(total - (threshold_and_cut(running, total) or (0, 0.0))[1], 2)
        nets = join(f"{'/'.join(labels)} {money(after(total))}" for total, labels in by_total.items()) \
            if 1 <= len(by_total) <= 3 else money_span(after(lowest), after(highest))
        return Answer("products_total_each_off", told | {"promotion_name": spend_name(running), "net": nets})
    if cutting:  # (what runs beside it, a 满X减Y none reaches, is left to the terms the cut names)
        return Answer("products_total_each_cut", told | {"promotion_name": join(cutting)})
    if moving:  # (镜框加镜片一起拍立减30: the sums as listed, and the terms that decide them)
        return Answer("products_total_each_terms", told | promotion_facts(cutting_price(running, highest)))
    if spend is not None:  # (满299减30 running, which even the dearest falls short of: how far)
        return Answer("products_total_each_short", told | promotion_facts([p for p in running if cuts_price(p)]) | {
            "short": money(spend[0] - highest)})
    return Answer("products_total_each", told)  # (what was summed is remembered by `bought_together`)


def _summed_after_cuts(items: Sequence[tuple[str, float]], counts: Sequence[int],
                       cuts: Sequence[tuple[Promotion, float] | None], shop_wide: Sequence[Promotion],
                       bulk: BulkDeal | None) -> Answer:
    """Items of which some are cut by a promotion of their own: what they come to after the cuts,
    and after the shop's plain 满X减Y where what is paid reaches it; the sum and every promotion's
    terms where more moves the price (a rate for buying so many, other terms shop-wide)."""
    total = sum(price for _, price in items)
    net = total - sum(cut[1] * n for cut, n in zip(cuts, counts, strict=True) if cut is not None)
    named: list[Promotion] = []
    for cut in cuts:
        if cut is not None and not any(p is cut[0] for p in named):
            named.append(cut[0])
    moving = [p for p in shop_wide if cuts_price(p)]
    spend = threshold_and_cut(list(moving), net) if moving else None
    if (moving and spend is None) or (bulk is not None and sum(counts) >= bulk.min_items):
        return Answer("products_total_terms", listed_sum(items) | promotion_facts([*named, *moving]))
    if spend is not None and net >= spend[0]:
        net -= spend[1]
        named.append(moving[0])
    return Answer("products_total_cut", listed_sum(items) | {"promotion_name": join(p.name for p in named),
                                                          "net": money(round(net, 2))})


def times(name: str, count: int) -> str:
    """An item as a sum lists it: 拖布, or 拖布×2."""
    return name if count == 1 else f"{name}×{count}"


def listed_sum(items: Sequence[tuple[str, float]]) -> dict[str, object]:
    """Items and what they come to, as a sum tells them: 滤网 39元、边刷 29元, 68元."""
    return {"prices": join(f"{name} {money(price)}" for name, price in items),
            "total": money(sum(price for _, price in items))}


def summed_answer(items: Sequence[tuple[str, float]], running: list[Promotion], bulk: BulkDeal | None,
            pieces: int | None = None, coupon: Coupon | None = None) -> Answer | None:
    """Each item's price and what they come to: at the shop's rate for buying that many
    (``pieces``, else one of each item), where it holds, and after a plain 满X减Y they reach
    (and the shop's ``coupon``, where the terms say it goes with it and what is left reaches
    it); None where a rate and a promotion both would (which goes with which, the file does
    not say)."""
    total = sum(price for _, price in items)
    told = listed_sum(items)
    count = pieces or len(items)
    bulk_reached = bulk is not None and count >= bulk.min_items
    by_count = count_rate(running, count, total)
    if by_count is not None and not bulk_reached:
        # 「拖布一个 滤网一个」 while 满2件打9折,满3件打8折 runs: the rate for so many
        promotion, rate = by_count
        return Answer("products_total_rate", told | {"promotion_name": promotion.name, "rate": rate_named(rate),
                                                     "net": money(round(total * rate, 2))})
    by_cut = cut_for_count(running, total / count, count) if by_count is None and count >= 2 else None
    if by_cut is not None and not bulk_reached:
        # 「洋槐蜜一斤 枣花蜜一斤 一起拍多少」 while 任选2瓶立减10元 runs: the sum less that, and the shop's
        # coupon where the terms say it goes on top and what is left reaches it
        promotion, cut = by_cut
        net = round(total - cut, 2)
        told = told | {"promotion_name": promotion.name, "net": money(net)}
        if (on_top := coupon_on_top(coupon, running, net)) is not None:
            return Answer("products_total_count_cut_coupon", told | coupon_facts(on_top) | {
                "net": money(round(net - on_top.amount, 2))})
        return Answer("products_total_count_cut", told)
    if bulk is not None and bulk_reached:
        if cutting_price(running, total):  # (a 满2000减100 that 158元 falls short of moves nothing beside the rate)
            return None
        return Answer("products_total_bulk", told | {"min_items": bulk.min_items, "rate": rate_named(bulk.rate),
                                                     "total": money(round(total * bulk.rate, 2))})
    spend_off = threshold_and_cut(running, total)
    if spend_off is not None and total >= spend_off[0]:
        net = total - spend_off[1]
        if (coupon := coupon_on_top(coupon, running, net)) is not None:
            return Answer("products_total_off_coupon", told | coupon_facts(coupon) | {
                "net": money(round(net - coupon.amount, 2))})
        return Answer("products_total_off", told | {"net": money(net), "promotion_name": spend_name(running)})
    if moving := cutting_price(running, total):  # (镜框加镜片一起拍立减30: the sum as listed, and the terms)
        return Answer("products_total_terms", told | promotion_facts(moving))
    return Answer("products_total", told)
#: Conversation.asked after products summed for each variant of one left open (手机加一个耳机: 8+256G 4598元,
#: 12+512G 5198元), followed by each product's id and count: 「黑色256的」 next names the variant meant.
TOGETHER = "together:"


def _together_asked(items: Sequence[tuple[str, int]]) -> str:
    """Conversation.asked after products summed for each variant: `TOGETHER` and each (id, count)."""
    return TOGETHER + ",".join(f"{pid}:{n}" for pid, n in items)


def together_told(asked: str) -> list[tuple[str, int]]:
    """The (id, count) pairs `_together_asked` wrote."""
    return [(pid, int(n)) for pid, _, n in (item.rpartition(":") for item in asked.removeprefix(TOGETHER).split(","))]
