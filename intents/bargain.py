"""bargain: the buyer asks for a lower price, a coupon, a gift, free shipping as a
favour, a bulk price, or what promotions there are.

The shop's policy is a ladder over the conversation: the first ask holds the price
(and shows the current promotion that covers the product), the second "asks the
manager" and offers the gift or coupon (a shop with neither goes straight to the last
step), the last is final, never beyond ``bargain.max_discount`` or the product's own cap;
a product marked not negotiable holds at every step. How the final discount is given is
the platform's habit (botcore/data/platforms.yaml): a price change before payment on
Taobao, a coupon on JD, none by hand on Tmall. "多少钱" is answered with the price of the
item or of the variant named.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Sequence

from botcore.places import REGIONS, names_a_region, names_where, which_city
from botcore.shop import Product, Promotion, Shop
from botcore.shop.calendar import month_day, working_day_from
from botcore.sizes import variant_label
from botcore.stages.days import SALES_DAYS, names_of_day
from botcore.stages.entities import Entities
from botcore.stages.numbers import CONFIRMING, COUNTERS, parse_numeral
from botcore.text import CLAUSE_BREAKS, FACT_PARTS, SMALL_PARTS, SUM_SAID, cjk_pairs, join, money, span
from intents.asked_size import counted_variant, packs_of, size_by_amount
from intents.attributes import FACTS_ASKED, Facts, read_facts, told_of
from intents.base import Answer, Evidence, Intent, IntentHit, Message, Question
from intents.counted_fees import CharactersFee, characters_fee
from intents.counts_said import (
    counts_of,
    said_apart,
    said_given,
    sizes_beside,
    variant_counts,
)
from intents.goods import (
    ADDED,
    BOTH_ASKED,
    LIST_ASKED,
    OF_ITS_ORDERS,
    categories,
    compared_told,
    of_category,
    of_kind,
    other_goods_blanked,
    owning,
    priced_by_measure,
)
from intents.named_days import day_named, fixed_day_named
from intents.phrases import shared_regex
from intents.pointing import POINTING
from intents.promotion_terms import (
    BUY_GET,
    SECOND_HALF,
    count_rate,
    coupon_apart,
    coupon_on_top,
    coupon_said,
    cut_and_spend_off,
    cut_for_count,
    cut_of,
    cuts_price,
    cutting_price,
    gift_for_count,
    gift_for_spend,
    gives_for,
    leaves_out,
    names_left_out,
    off_of_one,
    on_condition,
    own_cut,
    paid_of,
    promotion_facts,
    said_of_stacking,
    says_left_out,
    second_half,
    share_and_short_spend,
    share_off,
    the_cut,
    threshold_and_cut,
)
from intents.shipping import fee_rule, sent_to_region
from intents.totals import (
    TOGETHER,
    bought_together,
    coupon_facts,
    listed_sum,
    priced_variants,
    rate_named,
    shop_prices,
    summed_answer,
    times,
    together_told,
    variant_prices,
)
from intents.value_words import names_something, said_in

__all__ = ["Bargain"]

def _several(product: Product, words: Sequence[str], find: Callable[[str], str | None],
             alike: bool = False, beside: tuple[str | None, str | None] = (None, None)) -> list[str]:
    """The variants ``words`` name (sizes or colours), when two or more of them have prices
    of their own that differ (or, ``alike``, whatever their prices), with the colour and the
    size named ``beside`` them, else with each of the other half (T系列 and X系列: 2支装 39, 59)."""
    found = list(dict.fromkeys(v for w in words if (v := find(w)) is not None))
    prices = {_over(product, v, *beside) for v in found}
    return found if len(found) >= 2 and (alike or len(prices) >= 2) else []


def _over(product: Product, name: str, colour: str | None, size: str | None) -> tuple[float, ...]:
    """A variant's prices with the other half named, else with each of the other half in turn."""
    if name in product.sizes:
        colours: list[str | None] = [colour] if colour in product.colours else [*product.colours] or [None]
        return tuple(product.price_of(c, name) for c in colours)
    sizes: list[str | None] = [size] if size in product.sizes else [*product.sizes] or [None]
    return tuple(product.price_of(name, z) for z in sizes)


def _gaps_by_style(product: Product, sizes: Sequence[str]) -> dict[str, str] | None:
    """The dearer and the cheaper of two sizes and the gap in each style (单条贵90元、四条装贵360元),
    where the one is dearer in every style by gaps that differ; None otherwise."""
    if len(sizes) != 2:
        return None
    gaps = {c: round(product.price_of(c, sizes[1]) - product.price_of(c, sizes[0]), 2) for c in product.colours}
    if len(set(gaps.values())) < 2 or not (all(g > 0 for g in gaps.values()) or all(g < 0 for g in gaps.values())):
        return None
    cheaper, dearer = sizes if next(iter(gaps.values())) > 0 else reversed(sizes)
    return {"dearer": dearer, "cheaper": cheaper, "gaps": join(f"{c}贵{money(abs(g))}" for c, g in gaps.items())}


def _gap_between(product: Product, several: Sequence[str], colour: str | None,
                 size: str | None, text: str = "") -> tuple[tuple[str, float], tuple[str, float]] | None:
    """The two variants a price gap is asked between, cheaper first, with their prices: the
    two named; else the one named and the only other of its kind (大号 of 大号 and 小号; of a
    colour and a size named, the kind of the one asked dearer: 「按键款 灰色的贵吗」, the colours);
    else the only two of the kind the price goes by. None where they cost the same."""
    names = list(several)
    if not names:
        dearer = _DEARER.search(text)
        by_colour = colour is not None and (size is None or (  # 「灰色的贵吗」 of the 按键款: 枪灰 against
            dearer is not None and product.find_colour(dearer["said"]) == colour))  # the other colour in it
        if size is not None or colour is not None:  # 「大号贵多少」: the one named and the other of its kind
            kind = product.colours if by_colour else product.sizes
        else:  # 「两个差多少钱」: the two of the kind the price goes by
            kinds = [k for k in (product.sizes, product.colours) if any(n in product.prices for n in k)]
            if len(kinds) != 1 or product.priced_in_pairs:
                return None
            kind = kinds[0]
        names = list(kind)
    if len(names) != 2:
        return None
    other_half = product.sizes if all(n in product.colours for n in names) and size is None else (
        product.colours if all(n in product.sizes for n in names) and colour is None else [])
    if product.priced_in_pairs and len(other_half) > 1 and len({
            _beside(product, names[1], *_half(product, o)) - _beside(product, names[0], *_half(product, o))
            for o in other_half}) > 1:
        return None  # 「特大号和大号差多少钱」 of prawns priced by 规格 and 重量: the gap differs by weight, unnamed
    priced = sorted(((n, _beside(product, n, colour, size)) for n in names), key=lambda pair: pair[1])
    return (priced[0], priced[1]) if priced[0][1] != priced[1][1] else None


def _half(product: Product, name: str) -> tuple[str | None, str | None]:
    """A variant's name as the (colour, size) it is half of."""
    return (name, None) if name in product.colours else (None, name)


#: The variant asked to cost more: 「灰色的贵吗」.
_DEARER = re.compile(r"(?P<said>[^\s,，。?？!！]{1,6}?)的贵")


def _beside(product: Product, name: str, colour: str | None, size: str | None) -> float:
    """The price of one of several variants named, with the other half named beside them:
    「T系列2支装和4支装」 of heads priced by series and pack prices each pack of T系列's."""
    if name in product.sizes:
        return product.price_of(colour if colour not in product.sizes else None, name)
    return product.price_of(name, size if size not in product.colours else None)


#: Words for one occasion (新年 is 元旦's, 过年 the spring festival's): a promotion named by one
#: is asked by any.
_SAME_OCCASION = (frozenset({"元旦", "新年", "跨年"}), frozenset({"春节", "过年", "年货", "新春"}),
                  frozenset({"双十二", "双12"}), frozenset({"双十一", "双11"}), frozenset({"618", "年中"}))


#: A gift named: 「送线吗」 asks whether the cable comes with it.
_GIFT_NAMED = re.compile(r"送(?P<what>[^\s,，。吗么嘛不呗]{1,4})(吗|么|嘛|不|呗)")
#: Delivery asked in the words of giving: 「北京也送吗」「上海能送不」 (a place said beside it).
_DELIVERED_ASKED = re.compile(r"送(吗|么|嘛|不|没|啊|呀)")
#: What so many come to asked, with or without 钱: 「两个一起买多少」「买三件怎么算」.
_HOW_MUCH_SAID = re.compile(r"多少|怎么算|咋算|什么价|啥价|几块|几钱")


#: Whether something is given asked after naming it: 「抱枕送吗」「两个抱枕送不送」.
_GIVEN_AFTER = re.compile(r"(?P<what>[^\s,，。]{2,8}?)(是|也)?送(的)?(吗|么|嘛|不|呗)")


def _given_in(shop: Shop, what: str, gives: str) -> bool:
    """Whether the promotions' terms ``gives`` give ``what``, by that word or by another name of
    the goods it names (「送枕头吗」 of 冬被送枕芯, where the shop sells 枕芯 called 枕头 too), said after
    送 or 赠 (「送笔吗」 is not given by 买笔记本电脑送无线鼠标)."""
    def given(word: str) -> bool:
        return re.search(rf"[送赠][^,，;；。]{{0,12}}?{re.escape(word)}", gives) is not None

    if given(what):
        return True
    called = [p for p in shop.products if what in (p.name, *p.aliases, p.category)]
    return any(len(name) >= 2 and given(name) for p in called for name in (p.name, *p.aliases, p.category))


def _own_cuts(question: Question, together: Sequence[Product], beside: Sequence[str | None] = (),
              counts: Sequence[int] = ()) -> list[tuple[Promotion, float] | None]:
    """Each of the goods summed ``together``, the cut of a promotion its own takes off it today (帐篷每件立减50,
    加购双肩包立减30 where the goods it is bought with are among them, 4把及以上每把立减30 of so many ``counts``
    of it), with the size said ``beside`` it."""
    sizes = beside or [None] * len(together)
    return [own_cut(question.shop, question.now.date(), p, size, together, count)
            for p, size, count in zip(together, sizes, counts or [1] * len(together), strict=True)]


def _gift_for_variant(running: list[Promotion], product: Product, entities: Entities) -> Answer | None:
    """Whether a variant said comes with a gift running, where the promotion gives it for buying
    variants by name (买冬被或加厚冬被送枕芯): 春秋被 does not, 加厚的 does."""
    said = [v for v in (*map(product.find_colour, entities.colours), *map(product.find_size, entities.sizes))
            if v is not None]
    for promotion in running if said else ():
        given = gives_for(promotion, product, said)  # (None of terms that give nothing, 送 or 赠, for one)
        if given is not None:
            told = {"promotion_name": promotion.name, "variant": join(said), "promotion": promotion.description}
            return Answer("gift_variant_in" if given else "gift_variant_out", told,
                          {"asked": "promo", "promotion": promotion.name})
    return None


def _gift_named_before(text: str, gift: str | None) -> bool:
    """Whether the line asks whether the shop's ``gift`` is given, naming it before 送 (两个抱枕送吗
    of 两个同色抱枕)."""
    said = _GIVEN_AFTER.search(text)
    return bool(gift) and said is not None and bool(cjk_pairs(said["what"]) & cjk_pairs(gift or ""))


#: A promotion's mechanic said (买二送一, 买3送1): the deal for many, not a gift asked of.
_BUY_N_GET = re.compile(r"买[\d一二两三四五六七八九十]+[^\s,，。]{0,3}送[\d一二两三四五六七八九十]")
#: What is given asked of, not asked for (「送啥」「送什么」「送东西吗」「有赠品吗」, 「买二送一」).
_GIFT_ASKED = re.compile(r"送(点|些)?(啥|什么|哪些|的是|东西|小东西|礼物)|赠品|有(什么|啥)?(赠|送)|"
                         + _BUY_N_GET.pattern)
#: Whether any promotion runs, asked (「双十二有活动吗 能叠加券不」): the promotions and their terms, which say
#: whether they go together, not that alone of one never named.
_WHAT_RUNS = re.compile(r"有(什么|啥|哪些|没有|没)?(活动|优惠)(?!券)|(活动|优惠)有(吗|么|嘛|没有|哪些|什么|啥)")
#: A promotion to come asked of (「什么时候有活动」「以后会有活动吗」), not one now (「有活动吗」) or a coupon.
_LATER_ASKED = re.compile(r"(什么时候|啥时候|几时|哪天|几号|会有|以后|之后|后面|下次|下个|下周|下星期|下礼拜|还会"
                          r"|过几天|过两天|过段时间).{0,6}(活动|大促|促销|优惠|满减|折扣)")
#: A promotion's clause of what something handed in takes off: 旧电饭煲抵50元, 旧机最高抵800.
_OFFSET_TOLD = re.compile(r"抵(扣)?\s*\d+|抵\s*[一二三四五六七八九十百]+\s*(元|块)")
#: Whether a coupon can be used on this (「这个能用券吗」「能用优惠券不」).
_COUPON_USABLE = re.compile(r"(能|可以|可不可以|能不能)(用|使用)(那个|这个|那张|这张)?(满\d+减\d+的?)?"
                            r"(店铺)?(优惠)?(券|劵)|(券|劵)(能|可以)(用|使用)"
                            r"|用(了|完)?(优惠)?(券|劵)(后|以后|之后)?(多少|是多少|到手)|(券|劵)后(多少|价)"
                            r"|用(优惠)?(券|劵)(的话)?(呢|吗)")
#: Conversation.asked after the price protection was told: 「多少天内」 next is of it.
_PROTECT_ASKED = "protect"
#: Whether a promotion named still runs: 「精华买赠还有吗」「双十二还在吗」.
_STILL_ON = re.compile(r"还(有|在|能用|能参加|参加|算)(吗|么|不|没|嘛)")
#: The goods, not a promotion, asked of: 「精华买赠的还有货吗」.
_GOODS_ASKED = re.compile(r"货|库存|码|色|现货")


#: How far ahead a promotion to come is told when none runs now.
_COMING_DAYS = 45


def _coming(shop: Shop, product: Product | None, today: dt.date) -> Promotion | None:
    """The soonest promotion to start within `_COMING_DAYS` that covers the product."""
    ahead = [p for p in shop.promotions if p.start is not None and today < p.start <= today + dt.timedelta(_COMING_DAYS)
             and p.covers(product)]
    return min(ahead, key=lambda p: p.start or today, default=None)


def _of_day(shop: Shop, text: str, product: Product | None, today: dt.date,
            running: list[Promotion]) -> tuple[Promotion, bool, list[Promotion]] | None:
    """The promotion that makes a later day the buyer names differ from today, whether
    it ends before then, and the promotions running on that day: 「明天买会便宜吗」 on the eve of one
    is told it starts then, 「周日买还有优惠吗」 where the one running ends on Saturday that it ends."""
    named = day_named(text, today) or fixed_day_named(text, today)
    if named is None or named.date <= today:
        return None
    said = text[named.start:named.end]
    if product is not None and (product.find_size(said) is not None or any(
            size.startswith(said) and not size[len(said):len(said) + 1].isdigit() for size in product.sizes)):
        return None  # 「3.6的拍两根多少钱」 of a rod in 3.6米: a length, not 3月6日
    then = shop.promotions_on(named.date, product)
    starting = next((p for p in then if p not in running), None)
    if starting is not None:
        return starting, False, then
    ending = next((p for p in running if p not in then), None)
    return None if ending is None else (ending, True, then)


def _by_terms(shop: Shop, text: str, named: Sequence[tuple[int, int]] = ()) -> Promotion | None:
    """The promotion whose terms the buyer quotes (第二件半价, 满299减30): four characters of the
    message in a row found in its description, none of them of goods ``named`` (空气炸锅 of
    「…加个空气炸锅一共多少」 is no quote of 空气炸锅和电水壶不参加)."""
    text = "".join("\0" if any(a <= i < b for a, b in named) else ch for i, ch in enumerate(text))
    windows = {w for i in range(len(text) - 3) if "\0" not in (w := text[i:i + 4])}
    return next((p for p in shop.promotions if any(w in p.description for w in windows)), None)


def _by_latin_word(shop: Shop, text: str, product: Product | None, today: dt.date) -> Promotion | None:
    """The one promotion, running or to come, whose name or terms hold a word of Latin letters
    and digits the buyer says (88vip of 88VIP会员在此基础上再享95折, plus of PLUS会员): whom it
    is for, named as the platform names them."""
    words = {w.lower() for w in re.findall(r"[a-z0-9]*[a-z][a-z0-9]*", text.lower()) if len(w) >= 3}
    found = [p for p in shop.promotions if (p.end is None or p.end >= today) and p.covers(product)
             and any(w in (p.name + p.description).lower() for w in words)]
    return found[0] if len(found) == 1 else None


#: Terms said as they are written (满200减25): the promotion whose terms are those numbers.
_TERMS_SAID = re.compile(r"满(\d+)(?:元|块)?减(\d+)(?!\d)")
#: Kinds of promotion a buyer names (满减, 直降, 第二件半价 …, or its terms), and what a promotion of that kind says.
_PROMOTION_KINDS = re.compile(rf"满减|直降|立减|半价|第二件|秒杀|买赠|打折|折扣|清仓|{_TERMS_SAID.pattern}")
_KIND_TERMS = {"满减": r"满\d+(?:\.\d+)?(?:元|块)?减", "直降": r"直降|立减", "立减": r"直降|立减",
               "半价": r"半价", "第二件": r"第二件", "秒杀": r"秒杀", "买赠": r"送|赠",
               "打折": r"\d(?:\.\d)?折", "折扣": r"\d(?:\.\d)?折"}
#: Words of a line that name no promotion of their own (every promotion is an 活动).
_NO_NAME = frozenset({"活动", "优惠", "促销", "店铺", "全店", "还有", "今天", "明天", "最后", "一天", "结束"})


def _of_kind(shop: Shop, text: str, product: Product | None, today: dt.date) -> Promotion | None:
    """The promotion a buyer calls by its kind (满减 of 全店满99减15), by its terms (满200减25)
    or by a word of its name (清仓 of 帐篷冬季清仓): of several, one that covers the product, then one running, then
    the latest over, then the soonest to come."""
    kinds = [_KIND_TERMS[k] for k in _KIND_TERMS if k in text]
    kinds += [rf"满{least}(?:元|块)?减{off}(?!\d)" for least, off in _TERMS_SAID.findall(text)]
    words = {text[i:i + 2] for i in range(len(text) - 1)} - _NO_NAME

    def called(p: Promotion) -> bool:
        return any(re.search(k, p.description) or re.search(k, p.name) for k in kinds) or any(
            w in p.name for w in words if not w.isascii())

    found = [p for p in shop.promotions if called(p)]
    return min(found, key=lambda p: (not p.covers(product), not p.active(today),
                                     -(p.end or today).toordinal() if (p.end or today) < today
                                     else (p.start or today).toordinal()), default=None)


def _of_occasion(shop: Shop, occasions: list[str], product: Product | None, today: dt.date) -> Promotion | None:
    """The shop's promotion named after an occasion the buyer names (元旦 of 元旦囤货): of
    several (双十二大家电立减, 厨房小家电双十二), the one that covers the product, then one
    running, then one to come."""
    return min(_named_after(shop, occasions), key=lambda p: (not p.covers(product), not p.active(today),
                                                            p.end is not None and p.end < today), default=None)


def _sales_day(occasions: list[str], today: dt.date) -> dt.date | None:
    """The day of a sales day named (双十二: 12月12日), where it is still to come within the season
    (`_SEASON` days): the buyer waits for it."""
    for occasion in occasions:
        if (month_and_day := SALES_DAYS.get(occasion)) is not None:
            day = dt.date(today.year, *month_and_day)
            if today < day <= today + dt.timedelta(days=_SEASON):
                return day
    return None


def _named_after(shop: Shop, occasions: list[str]) -> list[Promotion]:
    """The shop's promotions named after an occasion the buyer names, by any of its words (元旦 of
    新年囤货)."""
    said = {word for occasion in occasions for group in _SAME_OCCASION if occasion in group for word in group}
    return [p for p in shop.promotions if any(word in p.name for word in {*occasions, *said})]


def _variant(product: Product, message: Message) -> tuple[str | None, str | None]:
    """The colour and the size the message names of ``product`` (a size by its weight too:
    两斤 is its 1kg)."""
    colour, size = product.variant_named(message.entities.colours, message.entities.sizes)
    size = size or size_by_amount(product, message.text)
    if colour is None or size is None:  # 「两箱M多少钱」 of 包装 and 箱装: 箱装 M
        by_counter = counted_variant(product, message.text)
        colour, size = colour or by_counter[0], size or by_counter[1]
    return colour, size


def _gift_reached(question: Question, answer: Answer, says_promotions: bool) -> Answer | None:
    """A gift a promotion running gives for buying as many as a sum was told of (「两袋呢」 at 红枣同一规格
    拍两袋,送一袋250g一级红枣: 90元, and that), where the answer does not name it already (its wording
    ``says_promotions`` it names)."""
    quantity = answer.facts.get("quantity")
    if not answer.case.startswith("price_total") or not isinstance(quantity, int) or question.product is None:
        return None
    named = str(answer.facts.get("promotion_name", "")) if says_promotions else ""
    product = question.product
    # (the variant priced, said now or before: 1000g of one whose 买二送一 says 1000g装不参加 reaches none)
    priced = [v for v in (*_variant(product, question.message), *question.remembered(product)) if v is not None]
    given = [p for p in question.shop.promotions_on(question.now.date(), product)
             if gift_for_count(p, quantity) and p.name not in named and not leaves_out(p, product, priced)]
    return Answer("gift_reached", promotion_facts(given)) if given else None


def _in_packs(question: Question, answer: Answer) -> Answer | None:
    """A count of single pieces priced (「买20个5w的多少钱」 of bulbs sold 单个 and 10个装) that whole packs
    of the product make up: what those packs come to, beside it (2份10个装 110元), where they cost less."""
    product, quantity = question.product, question.message.entities.quantity or 0
    # (「买十袋有优惠吗」 of noodles sold 单袋 and 10袋整箱: the deals, and the box beside them)
    if product is None or quantity < 2 or not (answer.case.startswith("price_total") or answer.case in _DEALS_TOLD):
        return None
    colour, size = _variant(product, question.message)
    if size is None or _PACK.search(size):
        return None
    packs = [(n, pack) for pack in product.sizes if (m := _PACK.search(pack)) is not None
             and (n := int(m["n"] or m["m"])) >= 2 and quantity % n == 0]
    if not packs:
        return None
    each, pack = max(packs)
    total = product.price_of(colour, pack) * (quantity // each)
    if total >= product.price_of(colour, size) * quantity:
        return None
    return Answer("in_packs", {"packs": quantity // each, "pack": variant_label(colour, pack),
                               "pack_total": money(round(total, 2))})


#: A pack of so many pieces: 10个装, 6瓶装, 12支装.
_PACK = re.compile(rf"(?P<n>\d+)\s*(?:{COUNTERS})(?:装|整箱|一箱|/箱)|(?:整箱|一箱)(?P<m>\d+)\s*(?:{COUNTERS})")
#: What tells the deals for buying more: 「买十袋有优惠吗」.
_DEALS_TOLD = frozenset({"bulk", "promotions", "promotions_coupon", "promotions_bulk"})


def _named_or_told(product: Product, question: Question) -> tuple[str | None, str | None]:
    """The variant the message names (`_variant`), what it leaves out the one the conversation
    last spoke of (「25kg的多少钱」 … 「10袋呢」: 袋 names the 编织袋装, 25kg is remembered)."""
    colour, size = _variant(product, question.message)
    told_colour, told_size = question.remembered(product)
    return colour or told_colour, size or told_size


def _short_of(question: Question, answer: Answer) -> Answer | None:
    """What a price for a count of one variant leaves unsaid where the shop has fewer of it
    (「要3条 一共多少」 of the 金色40cm with 2 left): how many there are; and a price of one
    variant named that is sold out (「24kg多少钱」): that, with its restock where the shop gives
    one; None otherwise."""
    product, wanted = question.product, answer.facts.get("quantity")
    if not isinstance(wanted, int) and answer.case.startswith("price") and product is not None \
            and _variant(product, question.message) != (None, None):
        wanted = 1
    if product is None or not isinstance(wanted, int) or wanted < 1 or not product.stock:
        return None
    colour, size = _named_or_told(product, question)
    colour = colour if colour is not None or len(product.colours) != 1 else product.colours[0]
    size = size if size is not None or len(product.sizes) != 1 else product.sizes[0]
    count = product.stock.get(colour or "", {}).get(size or "")
    if count is None or count >= wanted:
        return None
    variant = " ".join(n for n in (colour, size if len(product.sizes) > 1 else None) if n)  # (not its one 标准装)
    if count == 0:
        back = product.restock_of(colour, size, question.now.date())
        if back is not None and back.presale:  # sold before it comes: bought now, sent from that day
            leaves = working_day_from(back.date, question.shop.shipping)
            return Answer("stock_presale", {"variant": variant, "restock_date": month_day(leaves)})
        if back is not None:
            return Answer("stock_none_restock", {"variant": variant, "restock_date": month_day(back.date)})
        return Answer("stock_none", {"variant": variant})
    return Answer("stock_short", {"variant": variant, "count": count, "wanted": wanted})


def _price_of(product: Product, message: Message) -> dict[str, object]:
    """The product (or the variant named) and its price, each variant's where they differ."""
    colour, size = _variant(product, message)
    named = [n for n in (size, colour) if n is not None]
    if named or not product.prices:
        return {"product": " ".join(named) or product.name, "price": money(product.price_of(colour, size))}
    return {"product": product.name, "price": variant_prices(product)}


#: A gift the shop writes as given on a condition: 拍满99元送, 满2件送, 买两件以上送.
_GIFT_ON_CONDITION = re.compile(r"满\s*\d|满[一二两三四五六七八九十百]|\d+\s*元|以上|起送|才送")


def _with_gift(answer: Answer, shop: Shop) -> Answer:
    """``answer``, and the gift the shop gives where it writes one and no part tells it yet."""
    if not shop.bargain.gift or any(part.case.startswith("gift") for part in answer.also):
        return answer
    return dataclasses.replace(answer, also=(*answer.also, Answer("gift_also", {"gift": shop.bargain.gift_given})))


def _with_nets(priced: Sequence[tuple[str, float, float | None]]) -> str:
    """Each variant's price, and what it comes to where a cut of its own takes some off (标准版 1599元到手1399元)."""
    return join(f"{name} {money(p)}" + (f"到手{money(p - off)}" if off is not None and off < p else "")
                for name, p, off in priced)


def _price_now(product: Product, message: Message, running: Sequence[Promotion],
               spent: bool = False) -> dict[str, object]:
    """`_price_of`, with what it comes to where a promotion running cuts it (直降200: 1599元到手1399元); ``spent``,
    a plain 满X减Y one reaches counted too (直降200 and 满1000减100: 1599元到手1299元)."""
    told = _price_of(product, message)
    colour, size = _variant(product, message)
    named = [n for n in (size, colour) if n is not None]

    def off(of: Sequence[str], price: float) -> float | None:
        return off_of_one(list(running), product, of, price) if spent else cut_of(list(running), product, of)

    if named or not product.prices:
        price = product.price_of(colour, size)
        taken = off(named, price)
        return told | ({"price": f"{money(price)}到手{money(price - taken)}"} if taken is not None and taken < price
                       else {})
    priced = [(name, p, off(of, p)) for name, p, of in priced_variants(product)]
    return told | ({"price": _with_nets(priced)} if any(taken is not None for _, _, taken in priced) else {})


def _sized_prices(products: Sequence[Product], said: Sequence[str]) -> str:
    """Each of ``products`` that has a size ``said`` (1.5的: 1.5m床单款, 1.5m床笠款), with its price
    (a range where its colours differ), or "" where none has one."""
    told = []
    for product in products:
        for word in said:
            for size in dict.fromkeys(s for s in [product.find_size(word), *product.sizes_starting(word)] if s):
                prices = sorted({product.price_of(c, size) for c in product.colours})
                shown = money(prices[0]) if len(prices) == 1 else f"{prices[0]:g}-{money(prices[-1])}"
                told.append(f"{product.name} {size} {shown}")
    return join(dict.fromkeys(told))


#: An order for a company, a school or a group (「公司要30盒」「单位采购」「年会用」), and how many of it a
#: person prices where the shop writes no rate for many.
_FOR_AN_ORGANISATION = re.compile(r"公司|单位|企业|团购|采购|年会|员工|学校|班级|工厂|门店")
_MANY_FOR_A_PERSON = 10
#: The buyer says they buy many: 「买的多」「一个班」「量大」.
_MANY = re.compile(r"买的多|买得多|买很多|多买|量大|量多|一个班|全班|整个班|公司|单位|团购|批量"
                   r"|\d+\s*个?(?:人|学生|同学|孩子|员工)")


#: Pointing at the page's goods, before another is added: 「这个框加镜片」「这副加1.67的镜片」.
_THIS = re.compile("|".join(re.escape(w) for w in POINTING if w.startswith("这")))


#: Bought with the goods of the page: 「买x5一起拍能便宜吗」 on the screen's page.
_WITH_THE_PAGE = re.compile(r"一起|一块|同时|搭配|配套|加购|顺便")
#: The other goods joined to the page's right before their name: 「加个…」「和你们家的…」「再配一个…」.
_JOINED_TO_PAGE = re.compile(r"((^|再|买个|买一个|[\s,，])(加|加上|和|跟|配|搭)|再(来|要|拿|买))"
                             r"(一)?(个|台|把|套|件|双|只|盒|包|袋|瓶|支|本|箱|条|张|份|罐)?(你们家|你家|店里|你们)?的?$")


def _own_gift(promotion: Promotion, product: Product, named: Sequence[str]) -> bool:
    """Whether ``promotion`` is the product's own (it names it) and gives something rather than cuts
    the price, for the variant ``named`` too where its terms give it for variants by name
    (拍五座全套脚垫送后备箱垫: of 五座全套, not 前排)."""
    return product.id in promotion.products and not cuts_price(promotion) \
        and gives_for(promotion, product, named) is not False


def _variant_told(question: Question, product: Product) -> bool:
    """Whether a whole variant of ``product`` was named before (its colour and its size), one whose
    price is its own (双Type-C 2m of cables priced by both), or the half that alone sets the price
    (40寸 of a guitar priced by its size whatever its colour)."""
    colour, size = question.remembered(product)
    if colour is not None and size is not None:
        return colour in product.prices or size in product.prices or f"{colour} {size}" in product.prices
    by_size, by_colour = (any(n in product.prices for n in names) for names in (product.sizes, product.colours))
    return (size is not None and size in product.prices and not by_colour and not product.priced_in_pairs) or (
        colour is not None and colour in product.prices and not by_size and not product.priced_in_pairs)


#: The other goods alone, or two of them, asked of: 「电饭煲两个一共多少」「只要电饭煲」.
_OTHER_ALONE = re.compile(r"只要|就要|单买|光买|[两二三四五六七八九十]\s*[个台把套件双只盒]")


#: A sum offered, asked to be taken (「两件70行不行」「140能给吗」「60卖不卖」).
_OFFER = re.compile(r"(?<![\d.])(?P<sum>\d+(?:\.\d+)?)\s*(?:块钱|块|元)?\s*(?:包邮)?\s*(?:的话)?\s*"
                    r"(?:行不行|行吗|行不|行么|可以吗|可以不|可以么|可不可以|好不好|好吗|成吗|成不|卖不卖|卖吗|能卖吗|能卖不|"
                    r"可以卖吗|能给吗|能给不|给不给|可以给吗|出不出|能出吗|出不|出吗|出么|能出不|拿不拿|走不走|走吗|走不)")


#: A bare sum said back to be confirmed, ending the line (「这件是不是199」「89是吧」).
_SUM_CONFIRMED = re.compile(r"(?:是不是|就是)\s*(?P<sum>\d+(?:\.\d+)?)\s*(?:啊|呀|呢|吧|哈)?[?？]*$"
                            rf"|(?<![\d.])(?P<back>\d+(?:\.\d+)?)\s*(?:{CONFIRMING})[?？]*$")


def _sum_confirmed(product: Product, text: str, said: Entities) -> re.Match[str] | None:
    """The bare sum the line says back to be confirmed, where it could be what the goods in view
    come to (「这件是不是199」 of a dress at 169元), not one of their sizes (「这双是不是42」 of shoes
    in 42) nor far from their price."""
    found = _SUM_CONFIRMED.search(text)
    if found is None or product.find_size(number := found["sum"] or found["back"]) is not None:
        return None
    low, high = product.price_range()
    pieces = max(said.quantity or 1, 1)
    return found if 0.2 * low * pieces <= float(number) <= 1.5 * high * pieces else None


def _offered(product: Product | None, text: str, said: Entities) -> float | None:
    """What the line offers for one of the goods in view, where it offers a sum below what they cost
    (「两件70行不行」 of one at 79元: 35), not a size (140能给吗 of a 140 size) or the buyer's height
    (170可以吗); else None."""
    if product is None or said.height is not None or said.weight is not None:
        return None
    offer = _OFFER.search(text)
    if offer is None or product.find_size(offer["sum"]) is not None:
        return None
    low, high = product.price_range()
    pieces = max(said.quantity or 1, 1)
    total = float(offer["sum"])
    return round(total / pieces, 2) if 0.2 * low * pieces <= total < high * pieces else None


def _count_in_view(question: Question) -> int:
    """How many the line asks of (「两件能用吗」), else how many the buyer said they want (「买两个2L的多少钱」
    before 「还能用券不」) where the line names no other variant (「十斤装用券到手多少」 after 「两袋三斤的」:
    one), else one."""
    said = question.message.entities
    if said.quantity:
        return max(1, said.quantity)
    return max(1, question.conversation.quantity or 1) if not said.sizes and not said.colours else 1


def _price_in_view(question: Question, product: Product) -> tuple[float, list[str]] | None:
    """One of the variant in view (named, else the only price it has): its price and the names of the variant;
    None where its price is not one or more are asked."""
    colour, size = _named_or_told(product, question)
    prices = product.prices_of(colour, size)
    if len(prices) != 1 or (question.message.entities.quantity or 1) > 1:
        return None
    return prices.pop(), [n for n in (size, colour) if n is not None]


def _cut_of_one(question: Question, product: Product, price: float,
                named: Sequence[str]) -> tuple[float, Promotion] | None:
    """What the promotion running for the variant ``named`` at ``price`` takes off one, and that promotion;
    None where nothing cuts it."""
    running = question.shop.promotions_on(question.now.date(), product)
    off, by = cut_of(running, product, named), the_cut(running)
    if off is None and (both := cut_and_spend_off(running, product, named, price)) is not None \
            and price - both[1] < both[2]:  # (its own 直降100 beside the shop's 满1000减100 it does not reach)
        off, by = both[1], both[0]
    if off is None or by is None or not 0 < off < price:
        return None
    return off, by


def _each_short(question: Question, product: Product) -> Answer | None:
    """「能参加满减吗」 of goods priced by their variants, none of which reaches by itself the plain 满X减Y running
    for them (24寸 859元, 26寸 899元, 整车满1500减100): each price and how far one falls short (601-641元); None
    where one reaches it, a cut of their own runs, or the terms are not a plain 满X减Y."""
    running = question.shop.promotions_on(question.now.date(), product)
    spend, by = threshold_and_cut(running), the_cut(running)
    low, high = product.price_range()
    if spend is None or by is None or high >= spend[0] or cut_of(running, product, []) is not None:
        return None
    prices = join(f"{name} {money(price)}" for name, price, _ in priced_variants(product)) if low < high \
        else money(low)
    least = spend[0]
    return Answer("price_net_short", {"product": product.name, "price": prices, **promotion_facts([by]),
                                      "threshold": money(least), "short": span(least - high, least - low, "元")})


def _page_beside(question: Question, other: Product) -> Product | None:
    """The page's product, where the line names another and, in a clause of its own, a variant
    of the page's (「80奶白一个 80镜柜一个 一共多少」 on the cabinet's page: 80 奶白 is the cabinet's),
    or the page's kind of goods outside the other's name (「镜框加1.67防蓝光镜片一共多少钱」 on a frame's page; as
    buyers call it, 「一条裤子加一件bra」 on a 瑜伽裤's), or a word pointing at it before the other is added
    (「这个框加镜片」)."""
    page, text, said = question.page, question.message.text, question.message.entities
    if page is None and (talked := question.shop.product(question.conversation.product_id or "")) is not None \
            and talked is not other and said.named and _TOTAL.search(text) and not _OTHER_ALONE.search(text) \
            and _JOINED_TO_PAGE.search(text[:min(a for a, _ in said.named)]):
        return talked  # 「再加个泳帽 一共多少钱」 on no page, the trunks talked about: the trunks and the cap
    if page is None or page is other:
        return None
    spans = said.named
    kind, others = (page.category or "").lower(), (other.category or "").lower()
    called = [kind, f"{kind[-1]}子"] if len(kind) >= 2 and kind[-1] != "子" and not others.endswith(kind[-1]) \
        else [kind]  # (瑜伽裤 called 裤子, beside a bra)
    if len(kind) >= 2 and kind not in others and any(not any(a <= m.start() < b for a, b in spans)
                                                     for word in called for m in re.finditer(re.escape(word), text)):
        return page
    for clause in _CLAUSE.finditer(text):
        if any(clause.start() < b and a < clause.end() for a, b in spans):
            continue
        words = clause.group()
        if page.variant_named([c for c in said.colours if c in words],
                              [z for z in said.sizes if z in words]) != (None, None):
            return page
    plus = ADDED.search(text)
    if plus is not None and spans and plus.start() < min(a for a, _ in spans) and any(
            m.start() < plus.start() for m in _THIS.finditer(text)):
        return page  # 「这个框加镜片一共多少钱」 on a frame's page: this one, and the lens
    before = text[:min(a for a, _ in spans)] if spans else ""
    own = [w.lower() for w in (*said.sizes, *said.colours)
           if other.find_size(w) is not None or other.find_colour(w) is not None] + ["的"]
    while (last := next((n for n in own if before.endswith(n)), None)) is not None:
        before = before.removesuffix(last)  # (「再加一包b5横线本子」: b5 横线 the other's own, before its name)
    priced_before = question.conversation.asked in ("price", _NET_TOLD) and question.conversation.product_id == page.id
    if _JOINED_TO_PAGE.search(before) and (_TOTAL.search(text) or priced_before) and not _OTHER_ALONE.search(text):
        # 「加个空气炸锅一共多少」「和你们家的电饭煲能一起买吗 一共多少」 on the kettle's page: the kettle and the other
        # (「268够满减吗」 … 「加个发簪呢」: the two, right after the page's own price)
        return page
    # 「买一把41寸加一个支架多少钱」 on a guitar's page: a size of the page's, not the other's, said with 加 before
    # the other's name (other guitars in 41寸 too, 支架 in none)
    if plus is not None and spans and plus.start() < min(a for a, _ in spans) and any(
            page.find_size(z) is not None and other.find_size(z) is None and z in text[:plus.start()]
            for z in said.sizes):
        return page
    return None


def _chosen_before(question: Question, together: Sequence[Product]) -> tuple[int | None, Entities] | None:
    """How many of the page's product, and which, the buyer chose before (「黑色0.5要3盒」; 「1.2米原木色多少钱」:
    which alone), where this line adds another to it (「再加一包本子」「那桌子加4把椅子」) and says neither
    again: what the sum counts of it (None: as many as this line says)."""
    memory, said, text = question.conversation, question.message.entities, question.message.text
    page = together[0] if together else None
    if page is None or page is not question.page or memory.product_id != page.id \
            or not (memory.quantity or memory.colour in page.colours or memory.size in page.sizes) \
            or (_ADDED_AGAIN.search(text) is None and (memory.quantity or ADDED.search(text) is None)) \
            or page.variant_named(said.colours, said.sizes) != (None, None):
        return None
    return memory.quantity, Entities(colours=(memory.colour,) if memory.colour in page.colours else (),
                                     sizes=(memory.size,) if memory.size in page.sizes else ())


#: Another thing added to what was chosen: 「再加一包」「再来个」「还要一个」.
_ADDED_AGAIN = re.compile(r"再(加|来|要|拿|买)|还要")


def _named_as_variants(text: str, said: Entities, products: list[Product]) -> tuple[list[Product], Entities]:
    """``products`` without one named as the variant of the one named right after it (「k80的壳子」:
    the case for the K80, not the phone), and ``said`` with that variant: what the sum prices."""
    owners = {(a, b): next((p for p in products if text[a:b] in {n.lower() for n in (p.name, *p.aliases)}), None)
              for a, b in said.named}
    dropped, sizes = set(), list(said.sizes)
    for (a, b), named in owners.items():
        after = next((owner for (c, _), owner in owners.items() if c == b or (c == b + 1 and text[b] == "的")), None)
        size = after.find_size(text[a:b]) if after is not None and named is not None and after is not named else None
        if size is not None and named is not None:
            dropped.add(named.id)
            sizes.append(size)
    if not dropped:
        return products, said
    return [p for p in products if p.id not in dropped], dataclasses.replace(said, sizes=tuple(sizes))


#: A clause of a line: 「80奶白一个」 of 「80奶白一个 80镜柜一个 一共多少」.
_CLAUSE = re.compile(r"[^\s,，。;；!！?？]+")


#: The whole pack a fact prices (整提价: 一提7饼,整提9折): its unit, asked by 一提, 整提 or 两提.
_WHOLE_PACK = re.compile(r"整(?P<unit>提|箱|件)")
#: A product's own fact of its price for many (批量价, 阶梯价, 团购价, 整提价), with a sum in it.
_BULK_KEY = re.compile(r"批量|阶梯|批发|多件|团购|量大|" + _WHOLE_PACK.pattern)


def _whole_pack_asked(key: str, text: str) -> bool:
    """Whether ``text`` asks of the whole pack a fact named ``key`` prices (「买一提有优惠吗」 of 整提价)."""
    pack = _WHOLE_PACK.search(key)
    return pack is not None and re.search(rf"(?:[一两二三四五六七八九十\d]|整|按)\s*{pack['unit']}", text) is not None


def _bulk_stated(product: Product) -> tuple[str, str] | None:
    """The product's own fact giving its price for buying many (批量价: 10到29件每件39元 ..., or 团购价:
    20盒以上每盒按85折,50盒以上每盒按8折), or saying a person prices so many (企业定制: 20盒以上算团购,…
    价格和交期要找人工客服单独谈)."""
    return next(((key, value) for key, value in product.attributes.items()
                 if _BULK_KEY.search(key) and (SUM_SAID.search(value) or _RATE_TIER.search(value))), None) or next(
        ((key, value) for key, value in product.attributes.items()
         if _BULK_KEY.search(value) and _COUNT_ALONE.search(value) and _PERSON_PRICES.search(value)), None)


#: A tier of a product's own price for many: 「4袋以上每袋200元」「10到49件每件29元」; and one a person prices
#: (「50袋以上联系客服报价」).
#: The count may be said in words (两箱及以上每箱149元); a count and a sum alone (整箱24罐159元) is a pack's
#: price, no tier: a tier says a span, 以上/起, or the price each.
_TIER = re.compile(rf"(?<![\d.])(?P<low>\d+|[两二三四五六七八九十]+)\s*(?:(?:到|至|-|~|～)\s*(?P<high>\d+)\s*)?"
                   rf"(?P<unit>{COUNTERS})(?P<more>(?:及|或)?(?:以上|起))?"
                   rf"[^\d;；,，。()（）便宜减少降让优]{{0,4}}?(?P<per>每(?:{COUNTERS})|一(?:{COUNTERS})|单价)?\s*"
                   rf"(?P<each>\d+(?:\.\d+)?)\s*元(?P<after>一(?:{COUNTERS})|/(?:{COUNTERS}))?")
#: What a deposit, a coupon or points take off (「定金能抵多少」「积分能抵多少钱」): a deal's, not an old one's.
_OFFSET_OF_DEAL = re.compile(r"定金|订金|券|劵|积分|红包|金币|购物金|满\d|余额|礼品卡")
#: A tier of a rate off for many: 「50盒以上每盒按8折」「20件起85折」 (the rate of the variant's own price).
_RATE_TIER = re.compile(rf"(?<![\d.])(?P<low>\d+)\s*(?P<unit>{COUNTERS})(?:及|或)?(?:以上|起)"
                        rf"[^\d;；,，。]{{0,6}}?(?P<rate>\d(?:\.\d)?|[1-9]\d)\s*折")
#: (not 「50包以上每包便宜3元」: a cut, no price)
_TIER_ASKED = re.compile(rf"(?P<low>\d+)\s*(?P<unit>{COUNTERS})(?:及|或)?以上[^;；。]*?"
                         rf"(?:(?:联系|咨询|找|问)客服|报价|另议)")


def _tier_of(note: str, quantity: int, product: Product, colour: str | None,
             size: str | None) -> tuple[float | None, str] | None:
    """What one of ``quantity`` costs by the product's own tiers (``note``, its 批发价): the price
    each and the unit (None as the price where a person prices that many); None where the
    tiers do not say it plainly: none reaches so many, they are of another variant, or the one
    asked pays more by their terms (3XL每件另加3元)."""
    names = {v: {n.lower() for n in product.names_of(v)} for v in (*product.sizes, *product.colours)}
    asked = {v for v in (colour, size) if v is not None}
    best: tuple[int, float | None, str] | None = None
    of: set[str] = set()  # the variants the tiers said so far are of (25kg一次拍4袋以上…,拍10袋以上…)
    at_least: re.Match[str] | None = None  # a count said alone, the prices of each variant after it
    for clause in re.split(r"[;；,，。\n]", note.lower()):
        named = {v for v, said in names.items()  # (5kg is not named in 25kg)
                 if any(re.search(rf"(?<![\da-z.]){re.escape(n)}(?![\da-z])", clause) for n in said)}
        if named & asked and re.search(r"另加|加收|多收|贵", clause):
            return None
        found = next((tier for tier in _TIER.finditer(clause)
                      if tier["high"] or tier["more"] or tier["per"] or tier["after"]), None) \
            or _TIER_ASKED.search(clause)
        rated = _RATE_TIER.search(clause) if found is None else None
        if rated is not None and (price := _one_price_of(product, colour, size)) is not None:
            # (50盒以上每盒按8折 of the 四宝礼盒 asked, 198元: 158.4元 each)
            low, tenths = int(rated["low"]), float(rated["rate"])
            if low <= quantity and (best is None or low > best[0]):
                best = (low, round(price * tenths / (100 if tenths >= 10 else 10), 2), rated["unit"])
            continue
        if found is None and "元" not in clause and (alone := _COUNT_ALONE.search(clause)) is not None:
            at_least = alone  # 公司采购10箱及以上,70g每箱92元,80g每箱110元: 10箱 for each price after it
            continue
        each_said = _EACH_PRICE.search(clause) if found is None and at_least is not None else None
        by_a_person = found is None and at_least is not None and _PERSON_PRICES.search(clause) is not None
        if found is None and each_said is None and not by_a_person:
            continue
        of = named or of
        if of and not (of & asked):
            continue
        each: float | None
        if found is None and at_least is not None:  # (20盒以上算团购,…价格要找人工客服单独谈: a person's)
            low, high, unit = int(at_least["low"]), None, at_least["unit"]
            each = float(each_said["each"]) if each_said is not None else None
        else:
            assert found is not None
            low, high, unit = int(parse_numeral(found["low"]) or 0), found.groupdict().get("high"), found["unit"]
            each = float(found["each"]) if found.groupdict().get("each") else None
        if low <= quantity and (high is None or quantity <= int(high)) and (best is None or low > best[0]):
            best = (low, each, unit)
    if best is None or (of and not asked and len(names) > 1 and not (of >= set(names))):
        return None
    return best[1], best[2]


def _one_price_of(product: Product, colour: str | None, size: str | None) -> float | None:
    """The price of the variant asked, where what was named (or the one of its kind there is) makes it one."""
    colour = colour or (product.colours[0] if len(product.colours) == 1 else None)
    size = size or (product.sizes[0] if len(product.sizes) == 1 else None)
    if colour is None or size is None:
        return None
    return product.price_of(colour, size)


def _left_open_in(note: str, product: Product, colour: str | None, size: str | None) -> bool:
    """Whether the tiers of a price for many (``note``) go by a kind of variant the buyer left open
    (70g每箱92元,80g每箱110元 of 「15箱多少钱」, no weight said): they are told as written."""
    said = note.lower()
    def names(variants: Sequence[str]) -> bool:
        return any(n.lower() in said for n in product.names_of(*variants))
    return (colour is None and len(product.colours) > 1 and names(product.colours)) or (
        size is None and len(product.sizes) > 1 and names(product.sizes))


#: A count said alone as the least of a price for many (10箱及以上, 20件起), its prices in the clauses after it;
#: and such a price (70g每箱92元, 每件35元).
_COUNT_ALONE = re.compile(rf"(?<![\d.])(?P<low>\d+)\s*(?P<unit>{COUNTERS})(?:及|或)?(?:以上|起)")
#: A person prices it: 找人工客服单独谈, 联系客服报价, 另议.
_PERSON_PRICES = re.compile(r"(?:联系|咨询|找|问)(?:人工)?客服|人工客服|报价|另议|单独谈|详谈|面议")
_EACH_PRICE = re.compile(rf"(?:每(?:{COUNTERS})|单价)\s*(?P<each>\d+(?:\.\d+)?)\s*元")


def _below_tiers(note: str, quantity: int) -> bool:
    """Whether ``quantity`` is short of every tier the product's own price for many states (3 of
    团购价: 30本以上每本22元): its plain price, not those tiers."""
    lows = [int(parse_numeral(found["low"]) or 0) for found in _AT_LEAST.finditer(note)]
    return bool(lows) and 0 < quantity < min(lows)


#: The fewest a price for many asks: 30本以上, 10件起, 4袋及以上 (the low end of 10到49件 too).
_AT_LEAST = re.compile(rf"(?<![\d.])(?P<low>\d+|[两二三四五六七八九十]+)\s*(?:(?:到|至|-|~|～)\s*\d+\s*)?(?:{COUNTERS})"
                       rf"(?:及|或)?(?:以上|起)?")


#: A fact that puts a price on something beside the tiers: 另收制版费50元, 后背加印每件加8元.
_FEE_SAID = re.compile(r"(?:收|加|另|多)[^,，;；。]{0,8}?\d+(?:\.\d+)?\s*元"
                       r"|\d+(?:\.\d+)?\s*元[^,，;；。]{0,4}?(?:费|另算)")


def _theirs(question: Question, product: Product, fact: str, unit: str) -> bool:
    """Whether the count asked is the tiers' own to work out: said in their unit (「两个大人」 is no 2件; 「45个人
    每人一件」 is 45件), with no fee another fact puts beside them that the buyer touched (「绣logo」 where 刺绣
    costs a 制版费)."""
    text = question.message.text
    charged = [value for key, value in product.attributes.items() if key != fact and _FEE_SAID.search(value)]
    touched = said_in(text, charged) or any(
        word in value.lower() for word in re.findall(r"[a-z]{3,}", text.lower()) for value in charged)
    return bool(re.search(rf"[\d一二两三四五六七八九十百千]\s*{unit}", text)) and not touched


def _on_top(question: Question, product: Product, named: Sequence[str], total: float) -> list[Promotion]:
    """The promotions running that move the price of ``total`` on top of the tiers (not one that leaves the
    variant out, nor a 满X减Y the ``total`` falls short of)."""
    return [p for p in cutting_price(question.shop.promotions_on(question.now.date(), product), total)
            if not any(says_left_out(p.description, n) for n in named)]


def _by_tiers(question: Question, product: Product, stated: tuple[str, str], quantity: int) -> Answer | None:
    """「买4袋50斤的多少钱」 of rice whose 批发价 says 25kg一次拍4袋以上每袋200元: 800元 by its own tiers, not the
    shop's rate for buying many; a person prices what its tiers leave to one (50袋以上联系客服报价); a
    promotion on top of them is told with the sum, by its terms (「45个人 每人一件」 of 30件以上每件23元 while 满500减50
    runs: 1035元, and the 满减's terms)."""
    colour, size = _named_or_told(product, question)
    tiered = _tier_of(stated[1], quantity, product, colour, size)
    if tiered is None:
        return None
    each, unit = tiered
    told = {"product": product.name, "name": stated[0], "note": stated[1]}
    if each is None:
        return Answer("bulk_stated", told, {"asked": "price"}, handoff=True)
    on_top = _on_top(question, product, [n for v in (colour, size) for n in product.names_of(v)], each * quantity)
    if not _theirs(question, product, stated[0], unit) or len(on_top) > 1:
        return Answer("bulk_stated", told, {"asked": "price"})  # the tiers as written
    total = told | {"quantity": quantity, "unit": unit, "each": money(each), "total": money(each * quantity)}
    if on_top:
        return Answer("bulk_stated_total_terms", total | promotion_facts(on_top), {"asked": "price"})
    return Answer("bulk_stated_total", total, {"asked": "price"})


#: Where a coupon or a deal is claimed, asked (「优惠券在哪领」「券在哪里拿」): the page, which the file does not say.
_CLAIM_WHERE = re.compile(r"(在哪|哪里|哪儿|什么地方)(领|拿|抢|找)|(领|抢)(券|劵)?的?(地方|入口)")


def _net_of_spend(question: Question, running: list[Promotion], price: float) -> float | None:
    """What one item of ``price`` comes to after the plain 满X减Y running that it reaches by itself,
    and the shop's coupon on top where its terms say they go together; None where it reaches none."""
    spend = threshold_and_cut(running, price)
    if spend is None or price < spend[0]:
        return None
    coupon = coupon_on_top(question.shop.coupon_for(question.product), running, price - spend[1])
    return round(price - spend[1] - (coupon.amount if coupon is not None else 0), 2)


def _gift_stated(product: Product | None, text: str) -> tuple[str, str] | None:
    """The product's own facts a gift question names as the shop writes them (配件, 赠品): what
    comes with it, in the shop's words."""
    if product is None:
        return None
    facts = read_facts(product, text, weak=False)
    named = tuple((name, value) for name, value in facts.stated if len(name) >= 2 and name.lower() in text)
    thing = _thing_given(text)
    own = [product.name, *product.aliases]  # (「送簪子吗」 that names the hairpin itself asks it free, not what comes)
    if thing in _NOT_GIVEN:
        thing = ""  # (「有送的吗」: 的 names nothing given)
    core = thing.removesuffix("子") if len(thing) == 2 else thing  # (杆子: 杆)
    if not named and len(core) == 1:  # 「送锁吗」 of a bike whose 车锁 says 不送锁, 「送杆子吗」 of a lamp's 灯杆
        named = tuple((key, value) for key, value in product.attributes.items() if key.endswith(core))[:1]
    if not named and thing and thing not in _NOT_GIVEN and not any(thing in name or name in thing for name in own) \
            and (told := told_of(product, thing, asides=False)):
        named = (told,)  # 「买衣服送簪子吗」 of a skirt whose 配饰 says 图中的发簪是拍摄道具; 「送醋吗」: 附赠4包蟹醋
    if not named and _GIFT_ASKED.search(text):  # 「送点啥」 of a phone whose 赠品 says what comes: that
        named = tuple((key, value) for key, value in product.attributes.items() if "赠" in key)[:1]
    if named and _GIFT_ASKED.search(text):  # 「送啥东西 有琴包吗」: all that comes with it, the bag among it
        held = tuple((key, value) for key, value in product.attributes.items()
                     if _HELD_KEY.search(key) and (key, value) not in named)
        named = (*held, *named)
    return (product.name, Facts(named).text) if named else None


#: A fact of all that comes with the goods: 内含, 包装清单, 配件, 赠品.
_HELD_KEY = re.compile(r"内含|清单|包含|配件|赠")


def _gift_of_variant(product: Product | None, question: Question) -> tuple[str, str] | None:
    """Of a variant named in a gift question, or the one talked of, the part of the product's gift fact told
    of it, where that fact tells its variants in turn (赠品: 2.0L三层款送一个保温便当袋,1.6L双层款不送); None
    otherwise."""
    if product is None:
        return None
    colour, size = _named_or_told(product, question)
    gifts = Facts(tuple((key, value) for key, value in product.attributes.items() if "赠" in key))
    told = gifts.of_variant(product, colour, size)
    return (product.name, told.text) if told.stated and told.stated != gifts.stated else None


def _gift_again(question: Question) -> Question | None:
    """Another of the shop's goods said alone right after a thing was asked to come with the page's (「送雨罩吗」 …
    「那杯架呢」): the question as 「送杯架吗」 of the page's goods; None where the line says more."""
    again = _THING_AGAIN.match(question.message.text)
    names = [question.message.text[a:b] for a, b in question.message.entities.named]
    if again is None or question.page is None or names != [again["thing"]]:
        return None
    return dataclasses.replace(question.asking(f"送{again['thing']}吗"), product=question.page)


def _sold_apart(question: Question, page: Product | None) -> tuple[str, Product] | None:
    """The thing asked to be given (「送挂绳吗」) where it is another of the shop's goods by its name or an
    alias, which the page's own facts do not speak of and the shop does not give (「再送个变调夹呗」 where its gift
    is a capo): the word and those goods; None otherwise."""
    asked = _thing_given(question.message.text)
    thing = asked.lower()
    if page is None or len(thing) < 2 or thing in _NOT_GIVEN or told_of(page, thing) is not None \
            or thing in (question.shop.bargain.gift or "").lower():
        return None
    others = [p for p in question.shop.products
              if p is not page and thing in (n.lower() for n in (p.name, *p.aliases))]
    return (asked, others[0]) if len(others) == 1 else None


def _in_the_box(product: Product | None, text: str) -> tuple[str, str] | None:
    """Of a thing asked to be given (「送墨水吗」), the product's fact of what comes with it that lists it
    (内含: …随机一套4色原装003墨水…), told as the shop writes it; None where none lists it."""
    asked = _thing_given(text)
    if product is None or len(asked) < 2 or asked in _NOT_GIVEN:
        return None
    told = told_of(product, asked)
    return (product.name, Facts((told,)).text) if told is not None and _CONTENTS_KEY.search(told[0]) else None


def _contents_for(product: Product | None, text: str) -> tuple[str, str] | None:
    """Of a thing asked to come with the product that none of its facts names (「送头饰吗」 of a set whose
    内含 says 袄子和马面裙两件,不含发饰): its fact of what the set holds, for a person to check against."""
    thing = _thing_given(text)
    if product is None or len(thing) < 2 or set(thing) & _NOT_GIVEN or _GIFT_WORDS.search(thing):
        return None
    held = tuple((key, value) for key, value in product.attributes.items() if _CONTENTS_KEY.search(key))[:1]
    return (product.name, Facts(held).text) if held else None


#: A product's fact of what the set holds: 内含, 包含, 包装清单, 套装内容.
_CONTENTS_KEY = re.compile(r"内含|包含|清单|套装内容|组成")
#: Words of a gift as such, not of a thing of the goods: 小样, 赠品, 礼物.
_GIFT_WORDS = re.compile(r"小样|赠品|礼物|礼品|东西|福利|优惠|红包|券")


#: What 送 takes that is no gift (「送货吗」「送到吗」「送人」), or names nothing (「有送的吗」).
_NOT_GIVEN = frozenset("货到达人礼的了啥")


#: The thing asked to come with it: 「送簪子吗」「送个开瓶器不」「送hdmi线吗」.
#: (「送不送琴凳啊」: asked either way, to the end of the line)
_GIFT_THING = re.compile(r"送(?P<whether>不送)?(?:个|一个|条|一条|双|只|把|副)?"
                         r"(?P<thing>(?:[a-z0-9]{2,8})?[\u4e00-\u9fff]{1,4}?)"
                         r"(?(whether)(?:吗|么|嘛|呢|啊|呀|哈)?[?？]*$|(?:吗|么|嘛|不|没|呗))")
#: ... or named first, the whole line asking it: 「变调夹送不送」「调音器送吗」 (intents/data/phrases.yaml).
_THING_THEN_GIFT = shared_regex("东西送不送")


def _thing_given(text: str) -> str:
    """The thing asked to come with the goods, said after 送 or before it (「送调音器吗」「调音器送吗」), else ""."""
    asked = _GIFT_THING.search(text) or _THING_THEN_GIFT.match(text)
    return asked["thing"] if asked is not None else ""


def _shared_off(running: list[Promotion], product: Product, named: Sequence[str], price: float,
                facts: dict[str, object]) -> Answer | None:
    """What ``price`` comes to after the one promotion running that takes a share of it (国家补贴 15%, up
    to a cap), with its terms; None where none does, or its terms leave the variant ``named`` out
    (468L是二级能效不参加)."""
    share = share_off(running, price)
    if share is None or share >= price or any(leaves_out(p, product, named) for p in running if cuts_price(p)):
        return None
    return Answer("price_share_off", facts | promotion_facts([p for p in running if cuts_price(p)]) | {
        "price": money(price), "net": money(round(price - share, 2))})


def _one_price(product: Product) -> bool:
    """Whether every variant of ``product`` costs the same."""
    low, high = product.price_range()
    return low == high


def _asked_discounts(amounts: tuple[float, ...], product: Product | None) -> tuple[float, ...]:
    """What the buyer asks off: "便宜5块" is 5 off; "165能卖吗" on a 169 item is 4 off."""
    asked = []
    for amount in amounts:
        if product is not None and product.price / 2 < amount < product.price:
            asked.append(round(product.price - amount, 2))
        elif 0 < amount <= (product.price / 2 if product is not None else amount):
            asked.append(amount)
    return tuple(asked)


# an ask for less, not for the price itself
#: How much dearer one variant is (「大号贵多少」): their prices, not a haggle.
_PRICE_GAP = re.compile(r"贵(?:多少|几块|几元|了多少)|差多少钱"
                        r"|(?:跟|和|比)[^,，。?？]{1,10}查(?:多少|几块)"  # 「一匹半的跟大一匹查多少钱」: 差 typed 查
                        r"|(?<=[\u4e00-\u9fffa-z0-9])的贵(?:吗|么|嘛|不|一些吗|点吗)"  # 「灰色的贵吗」
                        r"|(?<!尺寸)(?<!大小)(?<!重量)(?:差|相差)(?:多少|几块)[吗呢啊呀?？]*$")  # 「24和28差多少」
_DISCOUNT = re.compile(r"便宜|优惠|(?<!小)折(?!叠)|减|少点|少一点|少些|少算|少收|让|砍|抹(?!茶)|低|降|贵|底价|实在价")
#: A cheaper one asked for (「有没有便宜点的」「有便宜一点的款吗」), not less for this one.
_CHEAPER_ONE = re.compile(r"有(没有)?(更|再)?便宜(一)?(点|些)的|便宜(一)?(点|些)的(款|型号|型|有吗|有没有|吗)")
#: Which costs least (or most) asked: 「最便宜的多少」「哪个最实惠」.
_CHEAPEST = re.compile(r"最(便宜|贵|实惠)")
#: Whether, or how much, a promotion makes it cheaper, asked (便宜吗, 能减多少): not a request for less.
_CHEAPER_ASKED = re.compile(r"(能|可以|会)?(便宜|优惠|减|降)(多少|几块|几元|吗|么|嘛|不)")
#: Answers that work out a sum with the deals running (what it comes to, how far it falls short).
_WORKED_OUT = ("price_net", "price_total", "price_share_off")
#: A charge asked of something beside the goods: 「外环外送要加钱吗」「上门要收费吗」.
_CHARGE_ASKED = re.compile(r"加钱|收费|要钱|另收|加收|多少钱")


#: A cut said of goods by name in a promotion's terms: 「X3 Pro另外直降300元」.
_NAMED_CUT = re.compile(r"(?P<name>[a-z\d\u4e00-\u9fff][a-z\d\u4e00-\u9fff ]{0,15}?)(?:另外|再|还|额外)?"
                        r"(?:直降|立减|直减)\d+")


def _cut_by_name(running: Sequence[Promotion], product: Product) -> bool:
    """Whether a shop-wide promotion's terms cut ``product`` by its own name among terms of more
    (全店满3000减200;X3 Pro另外直降300元), a cut the sums do not read."""
    names = [name.lower() for name in (product.name, *product.aliases) if len(name) >= 2]
    return any(name in m["name"] for p in running if not p.products
               for m in _NAMED_CUT.finditer(p.description.lower()) for name in names)

#: `Bargain._price`'s answers that take a cut off what one costs (and the coupon after it).
_CUT_TAKEN = ("price_net_told", "price_net_told_coupon")
#: A promotion's words of a deposit paid now and a balance later: 定金, 尾款, 订金.
_DEPOSIT_TERMS = re.compile(r"定金|尾款|订金")


def _own_deposit(product: Product) -> tuple[str, str] | None:
    """The product's own facts of a deposit paid now and a balance later (定金, 尾款), their names and
    words joined; None where it has none."""
    terms = [(key, value) for key, value in product.attributes.items() if _DEPOSIT_TERMS.search(key)]
    return ("、".join(k for k, _ in terms), "；".join(v for _, v in terms)) if terms else None


#: `Bargain._price`'s answers that work out what one comes to with the deals (or how far it falls short).
_NET_WORKED_OUT = (*_CUT_TAKEN, "price_net_short", "price_net_short_coupon")
#: What it comes to, asked: 「减完多少」「到手多少」「到手价」.
_NET_ASKED = re.compile(r"(到手|减完|减后|折后|券后|优惠后|实付)(价|价格)?(是)?(多少|几)|到手价")
#: How a claim is made, asked: 怎么申请, 在哪里弄.
_HOW_TO_APPLY = re.compile(r"(?:怎么|如何|咋|在哪|哪里|去哪)(?:里)?(?:申请|弄|操作|办理|提交|找)")
#: Whether the goods bought are enough for a promotion, asked: 够吗, 能减吗, 减得了, 268够满减吗, 全套能用满减吗.
_REACHES = (r"够(?:满减|减|满)?(?:吗|么|不够|了吗|不)|能减(?:吗|么|不)|减得了|能满减|满减够"
            r"|(?:能|可以)(?:用|参加|享受)满减")
#: The price after the deals asked (到手价): the price and the promotion running, not the price alone.
_NET = re.compile(r"到手|活动价|折后|券后|减完|实付|优惠后|减了以后|(直降|立减|直减|降|减)\d*(元|块)?(以)?后|"
                  + _REACHES)
#: Whether what is bought reaches a promotion asked: 「我买一套平装够吗」「这个能减吗」.
_REACH_ASKED = re.compile(_REACHES + r"|能参加满减")
#: A promotion that prices several bought together (两个只要799元, 套装价): what one costs it leaves alone.
_SET_PRICE = re.compile(r"只要|仅需|只需|套装价|组合价|一起拍.{0,8}\d+元")
#: Two things meant, one of each: 「两条都要」「两本一起买」「各一个」 (not two of one).
_BOTH = re.compile(r"都要|都买|一起|各")
#: The price alone asked, of nothing named: 「多钱」「那多少钱呢」「价格呢」「那到手多少」.
_PRICE_ALONE = re.compile(r"^(?:亲)?(?:那|那么)?(?:这个|这款|它)?(?:多少钱|多钱|啥价|什么价|怎么卖|价格|价钱|多少"
                          r"|(?:到手|减完|券后|优惠后)(?:价|价格)?(?:是)?(?:多少钱?|几钱)?)(?:呢|啊|呀|哈)?[?？]*$")
def _price_alone(text: str) -> bool:
    """Whether a clause of ``text`` asks the price and nothing else (「多少钱 包邮吗」: 多少钱)."""
    return any(_PRICE_ALONE.match(clause) for clause in CLAUSE_BREAKS.split(text) if clause)


#: A follow-up naming one thing and no more: 「不带盆的呢」「灰的呢」「那大号呢」.
_ONLY_THIS = re.compile(r"^(那|那么)?[^\s,，。?？!！]{1,8}?(的(呢|咧)?|呢|咧)[?？]*$")
#: A count of the thing just priced, said first and alone: 「两盒呢 有满减吗」「买三个的话 有优惠吗」.
_COUNT_AGAIN = re.compile(rf"^(那|那么)?(买|拍|要)?[\d两二三四五六七八九十]+\s*(?:{COUNTERS})(的话)?(呢|咧)?"
                          r"[\s,，。?？!！]")
#: Conversation.asked after what a price comes to was told (到手): 「那一级半斤呢」 next asks the same of it.
_NET_TOLD = "net"
#: Conversation.asked after the rate for many was told of a count asked what it comes to (两个一起买多少):
#: 「三人位的」 next asks what so many of that one come to.
_COUNT_TOLD = "count"
#: Conversation.asked after a price was told, plain or what it comes to, or of so many.
_PRICE_ASKED = ("price", _NET_TOLD, _COUNT_TOLD)
#: Conversation.asked after whether a thing comes with the goods was told: 「那杯架呢」 next asks it of another.
_GIFT_TOLD = "gift"
#: The answers of whether a thing comes with the goods (not the haggle's gift, nor a promotion's).
#: A gift begged on top, not asked whether it comes: 「送个刷头呗」「多送两个」「送了我就拍」.
_GIFT_BEGGED = re.compile(r"(?:多|再|额外|另外)送|送(?:我|个|点|一个|两个|几个)[^吗么嘛?？]{0,6}(?:呗|吧|嘛)"
                          r"|送了?(?:我)?就(?:拍|买|下单)")
#: What a haggle says of the promotions' terms told to the buyer just before, in place of them again.
TERMS_TOLD = "活动内容跟刚才说的一样"
#: The haggle's answers that hold the price with the terms of what runs (not a sum worked out by them, nor a
#: gift said of one variant by their words).
_HELD_WITH_TERMS = frozenset({"hold_promotion", "hold_price_promotion", "hold_bulk_promotion", "fixed_promotion",
                              "fixed_promotion_coupon", "fixed_product_promotion", "fixed_product_promotion_coupon",
                              "tmall_promotion", "tmall_promotion_coupon", "promotions", "promotions_coupon",
                              "promotions_coupon_apart"})
_GIFT_CASES = frozenset({"gift_stated", "gift_sold_apart", "no_gift", "no_gift_coupon"})
#: Another thing said alone after one was asked to come with the goods: 「那杯架呢」「杯架呢」「那杯架」.
_THING_AGAIN = re.compile(r"^(?:那|还有)?(?P<thing>[^\s,，。?？!！那]{2,8}?)(?:呢|咧)?[?？]*$")


#: Each one's price asked of goods named together: 「A和B都多少钱」「分别什么价」 (not 「各一个多少钱」, one of each).
_EACH_ASKED = re.compile(r"(?:都|各|分别)(?:是)?(?:多少钱|多钱|多少|什么价|啥价|怎么卖)")
#: A total asked (一共多少钱): of the number the buyer said they want, if said before.
_TOTAL = re.compile(r"一共|总共|合计|总价|加起来|算下来|到手|一起(买|拍|要|下单)?的?(多少|什么价|啥价|怎么算)")
#: How much comes off asked: 「能少多少」「便宜多少」「优惠多少」「能省多少」.
_OFF_ASKED = re.compile(r"(少|便宜|优惠|省|减)(多少|几块|几元)")
#: One of each asked: 「各一个」「一个15一个16」「都要」.
_PIECE = "[个件袋盒瓶只双条套份把支罐包根台本张盆株桶箱卷]"
_ONE = f"一{_PIECE}"
_EACH_ONE = re.compile(rf"各(?:拍|买|要|来|下单)?(一|1|来)?{_PIECE}|{_ONE}.+{_ONE}|都要")
#: How many days back a promotion that ended explains a price that rose since.
_JUST_ENDED = 7
#: How far ahead a day named is one the buyer waits for (双12 in December, not next year's).
_SEASON = 60
#: Buying now, not an order already placed: 「我现在买」「今天拍」「现在下单的话」.
_BUYING_NOW = re.compile(r"(?:现在|今天|这会|马上|先)(?:就)?(?:买|拍|下单|入手)")
#: Whether two variants cost the same, asked: 价格一样吗, 一个价吗, 同价吗.
_SAME_ASKED = re.compile(r"(价格|价钱|价)\s*(一样|相同|不一样|有区别)|一个价|同价|一样(的)?价|一样贵")


def _characters_told(product: Product, fee: CharactersFee) -> Answer:
    """What so many characters cost by the product's fact of lettering: nothing, so much more, or
    past the most it takes (a person looks)."""
    told = {"product": product.name, "part": fee.key, "note": fee.terms, "characters": fee.count}
    if fee.extra is None:
        return Answer("characters_past", told | {"most": fee.most}, handoff=True)
    if not fee.extra:
        return Answer("characters_free", told)
    return Answer("characters_extra", told | {"extra": money(fee.extra)})


def _named_for(promotion: Promotion, product: Product) -> bool:
    """Whether ``promotion`` is named for ``product``: its name holds the product's name or one of its
    aliases (纱帘加购价 of 雪花纱白纱帘, called 纱帘)."""
    return any(len(name) >= 2 and name in promotion.name for name in (product.name, *product.aliases))


def _compared_gap(compared: Sequence[Product], entities: Entities) -> Answer | None:
    """What two products just compared cost apart, each in the variant the line names (99新 128G of both
    phones), or at their own prices where none is named; None where one of them lacks it."""
    priced = []
    for product in compared:
        colour = next((c for said in entities.colours if (c := product.find_colour(said)) is not None), None)
        size = next((z for said in entities.sizes if (z := product.find_size(said)) is not None), None)
        if (entities.colours and colour is None) or (entities.sizes and size is None):
            return None
        priced.append((product.price_of(colour, size), product.name, variant_label(colour, size)))
    (low, cheaper, _), (high, dearer, _) = sorted(priced)
    if low == high:
        return Answer("prices_same", {"product": "这两款", "names": join(p.name for p in compared),
                                      "price": money(low)}, {"asked": "price"})
    prices = join(f"{name} {label} {money(price)}".replace("  ", " ") for price, name, label in sorted(priced))
    return Answer("prices_gap", {"product": "这两款", "prices": prices, "dearer": dearer, "cheaper": cheaper,
                                 "gap": money(high - low)}, {"asked": "price"})


def _priced_part(product: Product, text: str) -> tuple[str, str] | None:
    """A part, refill or add-on of the product the buyer names by one of its facts' names,
    whose value states a price (笔芯: 20支装12.9元), or a fact of how it is priced named
    (金价, 工费): that fact; or the clause of a fact of charges (辅材收费) that starts with the
    thing named and prices it (铜管超出3米的部分每米70元)."""
    text = text.lower()
    own = "".join((product.name, *product.aliases)).lower()
    return next(((key, value) for key, value in product.attributes.items()
                 if len(key) >= 2 and key.lower() in text and (SUM_SAID.search(value) or _OF_PRICE.search(key))),
                None) or next(((key, value) for key, value in product.attributes.items()
                               if _OF_PRICE.search(key) and SUM_SAID.search(value)
                               and len(head := key.lower()[:2]) == 2 and head in text),
                              None) or next(  # 「滤芯…换一次多少钱」: 滤芯更换价格, by the part it starts with
        ((key, clause) for key, value in product.attributes.items() if _OF_PRICE.search(key)
         for clause in FACT_PARTS.split(value) if SUM_SAID.search(clause)
         and any(pair in text and pair not in own for pair in cjk_pairs(clause.lower()[:4]))),
        None) or _priced_in_passing(product, text)  # 「铜管要5米 多多少钱」 of 辅材收费: 铜管超出3米的部分每米70元


#: Characters of a line that ask or point, not name a thing: of 「换个轮子多少钱」 only 轮子 names one.
_NOT_A_THING = re.compile(r"[这那个多少钱价吗么呢的一几啥换买要]")


def _priced_in_passing(product: Product, text: str) -> tuple[str, str] | None:
    """The part of any fact that names the thing asked and puts a price on it, right there or in
    the part after it (保修: …不保,可以付费换轮子,25元一个 of 「换个轮子多少钱」: 可以付费换轮子,25元一个)."""
    own = "".join((product.name, *product.aliases)).lower()
    asked = [pair for pair in cjk_pairs(text) if not _NOT_A_THING.search(pair) and pair not in own
             and names_something(pair)]  # (可以 of 「可以照图做吗 多少钱」 names nothing)
    # a code that is none of its variants (A4 of a flyer sold in A5, whose 尺寸 says A4价格是A5的两倍): the
    # part that prices it, by a sum or by how it stands to the price marked
    variants = " ".join(product.names_of(*product.colours, *product.sizes)).lower()
    codes = [code for code in _CODE.findall(text) if code not in own and code not in variants]
    for key, value in product.attributes.items():
        if _BULK_KEY.search(key):
            continue  # (「80件 左胸印logo 多少钱」 of 阶梯价: …100件以上每件39元(含左胸一个位置印logo): its tiers')
        parts = [part.strip() for part in SMALL_PARTS.split(value)]
        for part in parts:
            if any(code in part.lower() for code in codes) and (SUM_SAID.search(part) or _PRICE_STANDS.search(part)):
                return key, part
        for i, part in enumerate(parts):
            if any(pair in part.lower() for pair in asked):
                if SUM_SAID.search(part) and i > 0 and _CHARGED_ON.match(part):
                    return key, f"{parts[i - 1]}，{part}"  # (…需要出窗外作业的,收高空作业费150元: on that case)
                if SUM_SAID.search(part):
                    return key, part
                if i + 1 < len(parts) and SUM_SAID.search(parts[i + 1]) and not cjk_pairs(parts[i + 1]) & set(asked):
                    return key, f"{part}，{parts[i + 1]}"
    return None


#: A code a buyer names a thing by: a4, a5, pvc2, 3d.
_CODE = re.compile(r"(?<![a-z\d])(?:[a-z]+\d+[a-z]*|\d+[a-z]+)(?![a-z\d])")
#: How a part of a fact prices a thing against the price marked: 价格是A5的两倍, 加价, 贵一倍.
_PRICE_STANDS = re.compile(r"价格|价钱|倍|加价|贵")


#: A part of a fact that charges on the case the part before it says: 收高空作业费150元, 另收50元.
_CHARGED_ON = re.compile(r"(?:要|需要|需)?(?:另|再|额外)?(?:收|加收|付|另付|补)")


#: Bought along with other goods, said by the buyer or in a fact: 一起买, 一起拍, 搭配, 加购.
_BOUGHT_WITH = re.compile(r"一起|一块|搭配|加购|同时(?:买|拍|购买)")
#: Characters of such a line that name no goods: 和 of 「和壳一起买便宜点吗」, and asking a price or a cut.
_NO_GOODS = re.compile(r"[和跟与同起块便宜点优惠能可以少吗么呢不有没拍价钱多这那个一的啥买要]")


def _priced_with_goods(product: Product, text: str) -> tuple[str, str] | None:
    """The product's fact pricing it bought along with other goods the buyer names (壳 of 「和壳一起买便宜点吗」,
    加购价: 和任意手机壳一起拍,高清膜加购价9.9元), or None."""
    named = [ch for ch in _BOUGHT_WITH.sub("", text)
             if "\u4e00" <= ch <= "\u9fff" and not _NO_GOODS.match(ch) and ch not in COUNTERS]
    own = "".join((product.name, *product.aliases)).lower()
    # (the goods it is bought with are named before the word that joins them: 和任意手机壳一起拍)
    return next(((key, value) for key, value in product.attributes.items()
                 if (joined := _BOUGHT_WITH.search(value)) is not None and SUM_SAID.search(value)
                 and any(ch in value[:joined.start()] and ch not in own for ch in named)), None)


#: A price on top of the product's own, said in a fact: 加50元, 加收20元, 另收, 另加, 上浮.
_ON_TOP = re.compile(r"(?<!满)加(?:收|价)?\s*\d|另(?:收|加)|上浮|多收")


def _costs_more_for(product: Product, text: str) -> tuple[str, str] | None:
    """A way of buying the buyer names beside a variant, whose fact says it costs more (左手 of
    「左手41寸多少钱」, 左手琴: 左手款可以定做,加50元): the part saying so."""
    named = [name.lower() for name in product.names_of(*product.colours, *product.sizes)]
    # (of the clause asking the price: 「19朵红玫瑰多少钱 今天能送到吗」 names no 送到 whose 加急 costs more)
    priced = " ".join(c for c in CLAUSE_BREAKS.split(text) if _PRICE_IN_CLAUSE.search(c)) or text
    found = _priced_in_passing(product, _without(priced.lower(), named))
    return found if found is not None and _ON_TOP.search(found[1]) else None


#: A clause asking a price.
_PRICE_IN_CLAUSE = re.compile(r"多少|价|钱")


#: Whether it costs more, asked (on a day, for a service): 加价吗, 要加钱吗, 会涨价吗.
_MORE_ASKED = re.compile(r"加价|加钱|涨价|另收|加收")
#: A fact saying it costs more on some terms: 24日25日送达每束加价30元, 另收20元, 上浮50%.
_COSTS_MORE = re.compile(r"加价|加收|另收|上浮|涨价|另加\d")


def _surcharge_stated(product: Product) -> tuple[str, str] | None:
    """The product's one fact of what costs more (节日价格: 24日25日送达每束加价30元), if it has
    one: what 「加价吗」 asks."""
    stated = [(key, value) for key, value in product.attributes.items() if _COSTS_MORE.search(value)]
    return stated[0] if len(stated) == 1 else None


def _without_conditions(question: Question) -> tuple[Question, list[Promotion]] | None:
    """``question`` asked of the shop without the promotions running for the product that cut on a
    condition (预订平安夜送达的立减15元), and those, where some others run beside them; else None."""
    running = question.shop.promotions_on(question.now.date(), question.product)
    conditional = [p for p in running if on_condition(p)]
    if not conditional or len(conditional) == len(running):
        return None
    others = [p for p in question.shop.promotions if p not in conditional]
    return dataclasses.replace(question, shop=question.shop.model_copy(update={"promotions": others})), conditional


def _todays_price(product: Product, today: dt.date) -> tuple[str, str] | None:
    """The product's own fact of its price on a day of a fixed date that is today (节日价格: 平安夜和圣诞节
    每束加价30%, on 12月24日), by the day's name or its date; None on any other day."""
    names = names_of_day(today)
    return _occasion_price(product, names) if names else None


def _occasion_price(product: Product, occasions: Sequence[str]) -> tuple[str, str] | None:
    """The product's own fact of its price on an occasion the buyer names (节日价格: 情人节…花束价格
    会上调,以当时页面价格为准), where one names it with a price."""
    return next(((key, value) for key, value in product.attributes.items()
                 if any(o in f"{key}{value}" for o in occasions) and _PRICE_SAID.search(f"{key}{value}")), None)


#: A fact that speaks of a price: 价格, 加价, 涨价, 上调, 多少钱.
_PRICE_SAID = re.compile(r"价|涨|上调|下调|多少钱|贵")


#: A promotion's terms letting its pieces differ: 可以不同颜色不同尺码, 颜色可以不同, 可混拍, 任选.
_MIXED = re.compile(r"不同(的)?(颜色|色|尺码|码|款式|款|口味|规格|型号)|可(以)?混|混拍|任选|随意搭配|自由搭配|随便搭"
                    r"|(颜色|尺码|款式|口味|规格|型号)(也|都)?(可以|能)不(同|一样)")
#: Or not: 限同款, 同色同码, 不可混拍, 规格要一样.
_NOT_MIXED = re.compile(r"(?<!不)(同款|同色|同码|同规格|同口味|同一款)|(不|不可|不能)(以)?混"  # (not 不同色)
                        r"|(颜色|尺码|款式|口味|规格|型号)(要|必须|得|需要)(一样|相同)")
#: What of the pieces may differ, asked: 颜色, 规格, 尺码.
_OF_A_KIND = re.compile(r"颜色|尺码|款式|口味|规格|型号")
#: The clauses of a fact, a remark in brackets one of its own: 「50件起每件28元(尺码颜色可以混搭)」.
_FACT_CLAUSES = re.compile(r"[,，;；。()（）]")
#: A fact's own words that the pieces may not differ: 不能混, 不可以混搭, 不混拍.
_NO_MIXING = re.compile(r"(不|不可|不能|不支持)(以)?(混|任选|随意搭配|自由搭配)")


def _mixing(running: Sequence[Promotion], product: Product | None, text: str = "") -> Answer:
    """Whether the pieces of a promotion running may differ (「一条黑色一条灰色可以吗」), as the terms
    of the first that speak of it say (可以不同颜色不同尺码; 限同款), the clause naming what the line asks of
    first (「不同规格可以吗」 of 颜色可以不同,规格要一样: 规格要一样), else the product's own fact that
    does (批量价: …尺码颜色可以混搭, 「尺码可以混着拍吗」 of a class's T-shirts); a person where none does."""
    asked = _OF_A_KIND.search(text)
    for promotion in running:
        clauses = SMALL_PARTS.split(promotion.description)
        if asked is not None:
            clauses.sort(key=lambda clause: asked[0] not in clause)
        for clause in clauses:
            facts = {"promotion_name": promotion.name, "terms": clause.strip()}
            if _NOT_MIXED.search(clause):
                return Answer("mix_no", facts)
            if _MIXED.search(clause):
                return Answer("mix_yes", facts)
    # (a fact says it only in so many words: 同款10件起 of a bulk price counts the design, it bars no colour)
    for name, said in product.attributes.items() if product is not None else ():
        for clause in _FACT_CLAUSES.split(said):
            if "混" in clause or _MIXED.search(clause):
                barred = _NO_MIXING.search(clause) is not None
                return Answer("mix_stated_no" if barred else "mix_stated_yes", {"part": name, "terms": clause.strip()})
    return Answer("mix_unknown", handoff=True)


#: A clause of a promotion's terms naming the only places it holds in: 只限北京、上海, 仅限江浙沪.
_ONLY_IN = re.compile(r"(只|仅)(限|在|支持|针对|适用于?)")


def _promotion_where(promotion: Promotion, region: str, text: str) -> Answer | None:
    """Whether ``promotion`` holds where the buyer is (``region``, said in ``text``), where a clause
    of its terms names the only places it does (只限北京、上海、广州、深圳、杭州): that clause, there
    or not (成都, 宁波 of 浙江); which city, asked, where the line names only a province one of whose
    cities the clause names (浙江 of 杭州); None where no clause names the only places."""
    only = next((clause.strip() for clause in SMALL_PARTS.split(promotion.description)
                 if _ONLY_IN.search(clause) and names_a_region(clause)), None)
    if only is None:
        return None
    place = REGIONS[region]
    said = next((city for city in place.cities if city in text), None)
    facts = {"promotion_name": promotion.name, "region": said or region, "places": only,
             "promotion": promotion.description}
    remember = {"asked": "promo"}  # (「那杭州呢」 next: the same question of another place)
    if names_where(only, region, text):
        return Answer("promotion_there", facts, remember)
    if which_city(only, region, text):
        return Answer("promotion_places", facts, remember)  # 「我在浙江」 of one for 杭州 alone: which city
    return Answer("promotion_not_there", facts, remember)


_UNITS = "只|个|件|副|对|双|套|支|瓶|盒|条|片|块|包"
#: Whether the price is of one or of a pair asked: 「是一对的价格吗」「价格是单只的吗」「这个价是一副还是一只」.
_PRICED_BY_ASKED = re.compile(rf"(是|就是|指|算)(一|单|每|1)({_UNITS})(的)?(价格?|价钱|钱)?"
                              r"(吗|么|嘛|呢|还是|不|[?？]|$)")
#: A product's own words of what its price is of: 「标价是单只的价格」「价格为一副(两只)」.
_PRICED_BY = re.compile(rf"(标价|价格|售价|价钱|单价)(是|为|指|按)?(一|单|每)({_UNITS})")


def _priced_by(product: Product) -> tuple[str, str] | None:
    """The product's fact that says what its price is of (规格说明: 标价是单只的价格,一副两只请拍2件)."""
    return next(((key, value) for key, value in product.attributes.items() if _PRICED_BY.search(value)), None)


#: A length or an area the buyer says: 宽3米, 2米4, 9米布, 150cm宽, 3平方.
_LENGTH_SAID = re.compile(r"\d+(?:\.\d+)?\s*(?:米|m\b|cm|厘米|公分|平方|平米)|\d\s*米\s*\d")


def _priced_by_measure(product: Product, question: Question) -> tuple[str, str, str] | None:
    """Of goods priced by the metre (计价方式: 按米计价,标价是每米的价格…), a price asked with no variant
    named, or by the gram (按克计价,链接标的985元是1克的价格), any price asked: the fact of how it is priced,
    and the measure its price is of (「56圈口的多少钱」 of a bangle is no 985元, the price of one gram of it)."""
    found = priced_by_measure(product)
    entities = question.message.entities
    # (「2倍褶的拍3.5米多少钱」「2倍褶的话一共多少钱」: part of a metre, or a total, beside a variant named and no
    # count of them, is the shop's sum too)
    measured = (_LENGTH_SAID.search(question.message.text) is not None
                or _TOTAL.search(question.message.text) is not None) and not entities.quantity
    if found is None or (found[2] != "克" and (entities.sizes or entities.colours) and not measured):
        return None
    return found


#: A product's own words that its price moves by the day or the market: 金价每天上午10点调整, 价格随行情浮动.
_PRICE_MOVES = re.compile(r"价[^,，;；。]{0,12}(每天|每日|实时|随时|随|按)[^,，;；。]{0,16}"
                          r"(调整|浮动|变动|波动|更新|调价)")
#: Whether the price moved or will move asked: 「今天金价涨了没」「明天拍会不会便宜」「过几天会降吗」.
_MOVE_ASKED = re.compile(r"(涨|跌|降)(价)?了?(没|吗|么|不)|(明天|后天|过几天|过两天|以后|之后|晚点|下周|等几天|等等)"
                         r"(再)?(拍|买|下单)?的?(话)?.{0,4}(会不会|会|能不能|能)?(更)?(便宜|降|涨|贵|跌)")


def _price_moves(product: Product, text: str) -> tuple[str, str] | None:
    """The product's fact of how its price moves (计价方式: …金价每天上午10点调整…), where the line asks
    whether it moved or will (「今天金价涨了没 明天拍会不会便宜」): that, not a haggle."""
    if not _MOVE_ASKED.search(text):
        return None
    return next(((key, value) for key, value in product.attributes.items() if _PRICE_MOVES.search(value)), None)


#: A product's own fact named for a deal of its own: 第二个半价, 买一送一, 加购价, 批量价.
_OWN_DEAL = re.compile(r"半价|第[二2][件个]|买[一二两三\d]送[一二两\d]|加购价|满减|立减|直降|特惠|优惠|折扣"
                       r"|抵扣|抵用|返现|" + _BULK_KEY.pattern)
#: Of those, a deal for a second of it (not 加购价, a price beside other goods, nor the tiers of 批量价, which
#: a count reaching them is priced by).
_OWN_DEAL_FOR_MORE = re.compile(r"半价|第[二2][件个]|买[一二两三\d]送[一二两\d]")


#: Whether the one in view takes part in a 满减 (「平装的能参加满减吗」「这个能用满减吗」).
_JOINS_ASKED = re.compile(r"(?:能|可以|可不可以|能不能)?(?:参加|参与|享受|用|减)(?:满减|活动)"
                          r"|满减(?:能|可以)?(?:用|参加|减)")


def _one_short(question: Question, product: Product, running: list[Promotion]) -> Answer | None:
    """One of the variant in view (named, else the one talked of), where a plain 满X减Y runs that its price falls
    short of: how far short, and the shop's coupon where the price reaches it; None where its price is not one,
    it reaches the threshold, or no such promotion runs."""
    colour, size = _named_or_told(product, question)
    prices = product.prices_of(colour, size)
    spend = threshold_and_cut(running, min(prices)) if len(prices) == 1 else None
    if spend is None or (price := prices.pop()) >= spend[0]:
        return None
    named = variant_label(colour, size) if colour or size else product.name
    told = {"product": product.name, "variant": named, "price": money(price), "short": money(spend[0] - price),
            **promotion_facts([p for p in running if cuts_price(p)])}
    coupon = question.shop.coupon_for(product)
    if coupon is not None and price >= coupon.min_spend:
        return Answer("price_short_coupon", told | coupon_facts(coupon) | {"net": money(price - coupon.amount)})
    return Answer("price_short", told)


#: A fall in price paid back, asked by name: 退差价, 补差价, 价保, 保价.
_DROP_REFUNDED = re.compile(r"[退补赔]差价|价保|保价|价格保护")
#: Waiting to buy, said: 要不要等, 等等再买, 再等, 等到双12.
_WAITING = re.compile(r"要不要等|等等|再等|等到|等(?:双1|双十|618|活动)|值得等")


def _wait_or_not(shop: Shop, product: Product | None, today: dt.date, occasions: list[str]) -> Answer:
    """Whether to wait for a lower price (「双十二会不会更便宜 要不要等等」): the promotion running now
    that cuts the price (the one named after the occasion said, else the first to end), till when,
    and the days of price protection that cover a fall after buying; the protection alone where
    nothing runs with an end; a person where the file says neither."""
    days = shop.bargain.price_protection_days
    named_after = _named_after(shop, occasions)
    said = {"asked": _PROTECT_ASKED}
    coming = min((p for p in named_after if p.start is not None and p.start > today and p.covers(product)),
                 key=lambda p: p.start or today, default=None)
    if coming is not None and coming.start is not None:
        # 「双12有活动吗 要不要等」 with 双12跨境狂欢 on 12月12日 alone: that day and its terms (and the days of
        # price protection, as the file states them), not only what runs now
        told = {"promotion_name": coming.name, "start": month_day(coming.start), "promotion": coming.description}
        return Answer("wait_coming_protected", told | {"days": days}, said) if days \
            else Answer("wait_coming", told, said)
    running = min((p for p in shop.promotions_on(today, product) if p.end is not None and cuts_price(p)),
                  key=lambda p: (p not in named_after, p.end), default=None)
    if running is not None:
        named = {"promotion_name": running.name, "end": month_day(running.end or today)}
        return Answer("wait_covered", named | {"days": days}, said) if days else Answer("wait_running", named, said)
    if days:
        return Answer("price_protection", {"days": days}, said)
    return Answer("price_protection_unknown", {}, said, handoff=True)


#: The name of a product's fact of trading in the old one (以旧换新, 旧机回收, 折旧).
_TRADE_IN_FACT = re.compile(r"以旧换新|旧换新|旧机|回收|折旧")


def _trade_in_stated(product: Product | None) -> Answer | None:
    """The product's own fact of trading in the old one, by its name (以旧换新: 任何品牌的旧空气炸锅都能换),
    told as the shop writes it (a fact talked of next); None where it has none."""
    if product is None:
        return None
    own = next(((key, value) for key, value in product.attributes.items() if _TRADE_IN_FACT.search(key)), None)
    if own is None:
        return None
    return Answer("promotion_own", {"product": product.name, "part": own[0], "note": own[1]},
                  {"asked": f"{FACTS_ASKED}{own[0]}"})


def _own_deal(product: Product, kind: re.Pattern[str] = _OWN_DEAL) -> tuple[str, str] | None:
    """The product's own fact of a deal of its own (第二个半价: 同一个订单买两个手机壳,第二个半价), by its name."""
    return next(((key, value) for key, value in product.attributes.items() if kind.search(key)), None)


def _own_promotion_fact(product: Product, text: str, promotions: Sequence[Promotion]) -> tuple[str, str] | None:
    """The product's own fact of a promotion the buyer names by the fact's name, a word the
    promotion's name or terms use too (国补: 每个版本售价都超过6000元,不能用国家补贴)."""
    lowered = text.lower()
    if _HOW_TO_CLAIM.search(lowered):  # 「国补怎么领」: how to claim it, which the promotion's terms say
        return None
    # (充电 of 充电宝 names the product, not its 充电 fact; 睡篮 of the variant 推车加睡篮, or its 带睡篮, one
    # the buyer asks the price of)
    lowered = _without(lowered, [n.lower() for n in (product.name, *product.aliases,
                                                     *product.names_of(*product.colours, *product.sizes))])
    variants = {v.lower() for v in (*product.colours, *product.sizes)}
    # (a promotion's 推车加睡篮款不参加 speaks of the variant, not of the 睡篮 fact)
    terms = [_without(p.name + "," + p.description, product.names_of(*product.colours, *product.sizes))
             for p in promotions]
    return next(((key, value) for key, value in product.attributes.items()
                 if len(key) >= 2 and key.lower() in lowered and key.lower() not in variants  # (防蓝光 of lenses
                 and any(key in said for said in terms)), None)  # in 防蓝光: a variant)


def _without(text: str, names: Sequence[str]) -> str:
    """``text`` with each of ``names`` (the longest first) taken out."""
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, " ")
    return text


#: How to claim or join a promotion, asked: 怎么领, 咋领, 如何申请, 怎么参加.
_HOW_TO_CLAIM = re.compile(r"(怎么|咋|如何|怎样)(领|申请|参加|参与|报名|办|弄|操作)")


def _total_of_said(question: Question) -> bool:
    """Whether the message asks what it all comes to (一共多少), naming no number, after the buyer
    said they want two or more (「黑色墨水要6瓶」 … 「一共多少」)."""
    return _TOTAL.search(question.message.text) is not None and (question.conversation.quantity or 0) >= 2 \
        and not question.message.entities.quantity


def _names_itself(product: Product, text: str) -> bool:
    """Whether ``text`` names the product by a word of its name or an alias (打印机 of 喷墨打印机)."""
    return any(piece in text for name in (product.name, *product.aliases) for piece in cjk_pairs(name))


def _priced_told(product: Product, asked: str) -> tuple[str, str] | None:
    """The one fact told just before (``asked``: the facts named then) whose value puts a price on
    a part or refill (墨水: 黑色一瓶39元): what a price asked next, naming nothing, is of."""
    if not asked.startswith(FACTS_ASKED):
        return None
    priced = [(name, product.attributes[name]) for name in asked.removeprefix(FACTS_ASKED).split("、")
              if name in product.attributes and SUM_SAID.search(product.attributes[name])
              and not _OF_DELIVERY.search(name)]  # (配送方式: 新疆、西藏加10元运费 prices no part)
    return priced[0] if len(priced) == 1 else None


#: Conversation.asked after a part's price was told (with the fact's name: part:安装): 「角阀呢」 next asks
#: another part's, 「那合肥呢」 the same part's elsewhere.
_PART_TOLD = "part"
#: A fact's name that says how the goods travel: its sums are fees, not a part's price.
_OF_DELIVERY = re.compile(r"配送|运费|邮费|快递|发货|物流")
#: A fact's name that says how the product is priced: 金价, 工费, 计价方式.
_OF_PRICE = re.compile(r"价|费")


#: A request for less said in any way (「能不能再少」「给个实惠价」「最低多少」): without one, a line read
#: as bargaining is no haggle to hold the price against.
_HAGGLED = re.compile(_DISCOUNT.pattern + r"|(?<!多)少|实惠|最低|最少|卖|价|亏|成本|划算|给个|送|赠|包邮")
#: Asking which deals there are (有优惠吗, 优惠券, 满减), not for less: no `_DISCOUNT` in it counts.
_DEALS_ASKED = re.compile(r"有(?:没有)?(?:什么|啥)?(?:优惠|折扣|直降|立减|降价)(?:券|活动)?|优惠券|优惠活动|折扣活动"
                          r"|打折活动|满减")


#: A bare 多少 right after a variant's name, ending its clause (「2016多少」; not 多少度, 有多少).
_BARE_HOW_MUCH = re.compile(rf"(?:的|年|款)?(?:呢)?\s*(?:[一二两三四五六七八九十\d]+\s*(?:{COUNTERS})\s*)?"
                            r"(?:分别|各|各是|都是)?多少[吗呢啊呀]?(?=$|[\s,，。?？!！~～])")
# (「裸根两棵多少」: with a count; 「30ml和50ml分别多少」: each one's)


#: The answers that tell what deals the shop has: the running promotions, the coupon.
_DEALS_TOLD = frozenset({"promotions", "promotions_coupon", "promotions_coupon_apart", "coupon_only"})


class Bargain(Intent):
    name = "bargain"
    rank = 100
    before_buying = True
    carries_over = ("money", "quantity", "bare_numbers")  # 「160可以吗」 after bargaining is an offer
    # 「那500g的呢」「那卫衣呢」 after 「1kg多少钱」; 「明天还有吗」 after 「有活动吗」
    carries_after = {"price": ("sizes", "colours", "products", "quantity", "weight"),
                     _NET_TOLD: ("sizes", "colours", "products", "quantity", "weight"), "promo": ("day", "regions"),
                     _COUNT_TOLD: ("sizes", "colours", "products"),
                     # 「手机加一个耳机一共多少」 … 「黑色256的」「再加件打底衫呢」
                     TOGETHER: ("sizes", "colours", "products"),
                     _GIFT_TOLD: ("products",)}  # 「送雨罩吗」 … 「那杯架呢」
    # 「明天还有吗」 after the promotions, 「多少天内」「那上周拍的呢」 after the price protection,
    # 「两斤呢」 after a price
    continued_by = {"promo": "still_on|usable|how_to_join|until|occasion_next|starts|applies|old_one",
                    _PART_TOLD: "part_next",
                    _PROTECT_ASKED: "how_long|bought_on", "price": "more_of_it", _NET_TOLD: "more_of_it|still_on",
                    TOGETHER: "chosen"}  # 「竿子加轮子一起多少」 … 「5.4米硬调加3000型」: those, as chosen
    cases = {
        "hold": (),
        "part_price": ("product", "part", "note"),
        "service_unknown": ("product", "service"),
        "priced_by": ("product", "part", "note"),
        "priced_by_prices": ("product", "part", "note", "prices"),
        "price_moves": ("product", "part", "note"),
        "promotion_there": ("promotion_name", "region", "places", "promotion"),
        "promotion_includes": ("promotion_name", "included", "promotion"),
        "promotion_not_there": ("promotion_name", "region", "places"),
        "promotion_places": ("promotion_name", "places"),
        "mix_yes": ("promotion_name", "terms"),
        "mix_no": ("promotion_name", "terms"),
        "mix_stated_yes": ("part", "terms"),
        "mix_stated_no": ("part", "terms"),
        "mix_unknown": (),
        "characters_free": ("product", "part", "note", "characters"),
        "characters_extra": ("product", "part", "note", "characters", "extra"),
        "characters_past": ("product", "part", "note", "characters", "most"),
        "promotion_own": ("product", "part", "note"),
        "unclear": (),
        "hold_promotion": ("promotion_name", "promotion"),
        "hold_bulk": ("min_items", "rate"),
        "hold_bulk_promotion": ("min_items", "rate", "promotion_name", "promotion"),
        "hold_price": ("product", "price"),
        "hold_price_promotion": ("product", "price", "promotion_name", "promotion"),
        "gift": ("gift",),
        "stacking": ("note",),
        "products_total": ("prices", "total"),
        "products_total_each_short": ("products", "product", "totals", "promotion_name", "promotion", "short"),
        "products_total_each_off": ("products", "product", "totals", "promotion_name", "net"),
        "products_total_each": ("products", "product", "totals"),
        "products_total_each_cut": ("products", "product", "totals", "promotion_name"),
        "products_total_each_terms": ("products", "product", "totals", "promotion_name", "promotion"),
        "products_total_off": ("prices", "total", "net", "promotion_name"),
        "products_total_cut": ("prices", "total", "net", "promotion_name"),
        "products_total_off_coupon": ("prices", "total", "net", "amount", "min_spend"),
        "products_total_count_cut": ("prices", "total", "net", "promotion_name"),
        "products_total_count_cut_coupon": ("prices", "total", "net", "promotion_name", "amount", "min_spend"),
        "products_total_bulk": ("prices", "min_items", "rate", "total"),
        "products_total_rate": ("prices", "total", "promotion_name", "rate", "net"),
        "prices_total_off_each": ("product", "prices", "total", "promotion_name", "promotion"),
        "products_total_terms": ("prices", "total", "promotion_name", "promotion"),
        "stacking_unknown": (),
        "gift_stated": ("product", "facts"),
        "gift_sold_apart": ("thing", "priced"),
        "coupon": ("amount", "min_spend"),
        "gift_coupon": ("gift", "amount", "min_spend"),
        "final": ("discount",),
        "final_coupon": ("discount",),
        "price": ("product", "price"),
        "price_total": ("product", "price", "quantity", "total"),
        "price_total_coupon": ("product", "price", "quantity", "total", "amount", "min_spend", "net"),
        "price_promotion": ("product", "price", "promotion_name", "promotion"),
        "price_total_terms": ("product", "price", "quantity", "total", "promotion_name", "promotion"),
        "price_total_free": ("product", "price", "quantity", "paid_for", "net", "promotion_name", "promotion"),
        "price_total_free_coupon": ("product", "price", "quantity", "paid_for", "net", "promotion_name", "promotion",
                                    "min_spend", "amount"),
        "price_promotion_later": ("product", "price", "promotion_name", "promotion", "start"),
        "price_promotion_later_net": ("product", "price", "promotion_name", "promotion", "start", "net_then"),
        "price_promotion_until": ("product", "price", "promotion_name", "promotion", "end"),
        "price_net": ("product", "price", "promotion_name", "promotion"),
        "price_net_told": ("product", "price", "promotion_name", "promotion", "net"),
        "price_share_off": ("product", "price", "promotion_name", "promotion", "net"),
        "price_share_off_short": ("product", "price", "promotion_name", "promotion", "net", "spend_name", "threshold",
                                  "short"),
        "price_net_short": ("product", "price", "promotion_name", "promotion", "threshold", "short"),
        "price_net_short_coupon": ("product", "price", "promotion_name", "promotion", "threshold", "short", "amount",
                                   "min_spend", "net"),
        "price_net_told_coupon": ("product", "price", "promotion_name", "promotion", "net", "amount", "min_spend"),
        "promotion_offset": ("promotion_name", "clause"),
        "in_packs": ("packs", "pack", "pack_total"),
        "price_net_told_coupon_unknown": ("product", "price", "promotion_name", "promotion", "net", "amount",
                                          "min_spend"),
        "price_total_bulk": ("product", "price", "quantity", "rate", "total"),
        "price_total_bulk_terms": ("product", "price", "quantity", "rate", "total", "promotion_name", "promotion"),
        "price_total_halved_bulk": ("product", "price", "quantity", "total", "promotion_name", "net", "rate",
                                    "bulk_total"),
        "price_total_short": ("product", "price", "quantity", "total", "promotion_name", "promotion", "short"),
        "price_total_short_coupon": ("product", "price", "quantity", "total", "promotion_name", "promotion", "short",
                                     "amount", "min_spend", "net"),
        "price_total_off": ("product", "price", "quantity", "total", "promotion_name", "promotion", "net"),
        "price_total_off_coupon": ("product", "price", "quantity", "total", "promotion_name", "promotion", "net",
                                   "amount", "min_spend"),
        "prices": ("product", "prices"),
        "prices_gap": ("product", "prices", "dearer", "cheaper", "gap"),
        "prices_gap_each": ("product", "prices", "dearer", "cheaper", "gaps"),
        "prices_gap_net": ("product", "prices", "dearer", "cheaper", "gap", "promotion_name", "net", "net_gap"),
        "prices_same": ("product", "names", "price"),
        "prices_total": ("product", "quantity", "totals"),
        "prices_total_off": ("product", "quantity", "totals", "promotion_name", "promotion"),
        "prices_promotion": ("product", "prices", "promotion_name", "promotion"),
        "prices_terms": ("product", "prices", "promotion_name", "promotion"),
        "promotion_excluded": ("promotion_name", "excluded", "promotion"),
        "prices_total_bulk": ("product", "quantity", "totals", "min_items", "rate"),
        "shop_prices": ("prices",),
        "which_product": (),
        "final_none": (),
        "fixed": (),
        "fixed_promotion": ("promotion_name", "promotion"),
        "fixed_coupon": ("amount", "min_spend"),
        "fixed_promotion_coupon": ("promotion_name", "promotion", "amount", "min_spend"),
        "fixed_product": ("product",),
        "fixed_product_promotion": ("product", "promotion_name", "promotion"),
        "fixed_product_coupon": ("product", "amount", "min_spend"),
        "fixed_product_promotion_coupon": ("product", "promotion_name", "promotion", "amount", "min_spend"),
        "tmall": (),
        "tmall_promotion": ("promotion_name", "promotion"),
        "tmall_coupon": ("amount", "min_spend"),
        "tmall_promotion_coupon": ("promotion_name", "promotion", "amount", "min_spend"),
        "bulk": ("min_items", "rate"),
        "bulk_stated": ("product", "name", "note"),
        "bulk_stated_total": ("product", "name", "note", "quantity", "unit", "each", "total"),
        "bulk_stated_total_terms": ("product", "name", "note", "quantity", "unit", "each", "total", "promotion_name",
                                    "promotion"),
        "bulk_promotion": ("min_items", "rate", "promotion_name", "promotion"),
        "no_bulk": (),
        "no_bulk_coupon": ("amount", "min_spend"),
        "no_bulk_gift": ("promotion_name", "promotion"),
        "no_bulk_gift_coupon": ("promotion_name", "promotion", "amount", "min_spend"),
        "stock_short": ("variant", "count", "wanted"),
        "stock_none": ("variant",),
        "stock_none_restock": ("variant", "restock_date"),
        "stock_presale": ("variant", "restock_date"),
        "promotion_until": ("promotion_name", "promotion", "end"),
        "promotion_over": ("promotion_name", "end"),
        "promotion_later": ("promotion_name", "start", "promotion"),
        "promotion_later_coupon": ("promotion_name", "start", "promotion", "amount", "min_spend"),
        "promotion_not_for": ("promotion_name", "product"),
        "promotion_not_for_others": ("promotion_name", "product", "running", "promotion"),
        "no_gift": (),
        "gift_variant_in": ("promotion_name", "variant", "promotion"),
        "gift_variant_out": ("promotion_name", "variant", "promotion"),
        "no_gift_coupon": ("amount", "min_spend"),
        "promotions": ("promotion_name", "promotion"),
        "promotions_coupon": ("promotion_name", "promotion", "amount", "min_spend"),
        "promotions_coupon_apart": ("promotion_name", "promotion", "amount", "min_spend"),
        "coupon_only": ("amount", "min_spend"),
        "no_promotions": (),
        "no_later_promotions": (),
        "price_promotions": ("product", "price", "promotion_name", "promotion"),
        "price_promotions_coupon": ("product", "price", "promotion_name", "promotion", "amount", "min_spend"),
        "price_promotions_coupon_apart": ("product", "price", "promotion_name", "promotion", "amount", "min_spend"),
        "price_coupon_only": ("product", "price", "amount", "min_spend"),
        "price_net_coupon": ("product", "price", "amount", "min_spend", "net"),
        "prices_net_coupon": ("product", "prices", "amount", "min_spend"),
        "prices_net_told": ("product", "prices", "promotion_name"),
        "prices_net_told_coupon": ("product", "prices", "promotion_name", "amount", "min_spend"),
        "price_no_promotions": ("product", "price"),
        "free_shipping": ("threshold", "base_fee"),
        "free_shipping_always": (),
        "free_shipping_no": ("base_fee",),
        "gift_also": ("gift",),
        "gift_reached": ("promotion_name", "promotion"),
        "fixed_product_bulk": ("product", "min_items", "rate"),
        "fixed_bulk": ("min_items", "rate"),
        "coupon_fits": ("product", "price", "amount", "min_spend"),
        "coupon_short": ("product", "price", "amount", "min_spend", "short"),
        "coupon_short_net": ("product", "price", "promotion_name", "promotion", "net", "amount", "min_spend", "short"),
        "offer_met_net": ("product", "price", "promotion_name", "promotion", "net", "offer"),
        "price_protection": ("days",),
        "price_protection_over": ("days", "bought", "since"),
        "price_protection_short": ("days", "day", "until"),
        "price_rose": ("promotion_name", "end"),
        "price_rose_unknown": (),
        "price_protection_within": ("days", "bought", "since"),
        "price_protection_order": ("days",),
        "no_price_protection": (),
        "price_protection_unknown": (),
        "wait_covered": ("promotion_name", "end", "days"),
        "wait_coming": ("promotion_name", "start", "promotion"),
        "wait_coming_protected": ("promotion_name", "start", "promotion", "days"),
        "wait_running": ("promotion_name", "end"),
        "price_short": ("product", "variant", "price", "short", "promotion_name", "promotion"),
        "price_short_coupon": ("product", "variant", "price", "short", "promotion_name", "promotion", "amount",
                               "min_spend", "net"),
        "review_reward_no": ("platform",),
        "review_reward_unknown": (),
        "trade_in_unknown": (),
        "subsidy_unknown": (),
    }

    def refuses(self, text: str) -> bool:
        """Its own rules' ``exclude``, and a place said with 送 asked (「北京也送吗」 after the
        promotions): whether it is delivered there, not a gift."""
        return (_DELIVERED_ASKED.search(text) is not None and names_a_region(text)) or super().refuses(text)

    def answer(self, question: Question) -> Answer:
        if question.conversation.asked == _GIFT_TOLD and (again := _gift_again(question)) is not None:
            question = again  # 「那杯架呢」 after 「送雨罩吗」: 「送杯架吗」, of the page's goods
        answer = self._answer(question)
        if answer.case in _GIFT_CASES and "asked" not in answer.remember:
            answer = dataclasses.replace(answer, remember={**answer.remember, "asked": _GIFT_TOLD})
        many = question.message.entities.quantity or 0
        if many >= _MANY_FOR_A_PERSON and _FOR_AN_ORGANISATION.search(question.message.text) \
                and question.shop.bargain.bulk is None and not answer.handoff \
                and (question.product is None or _bulk_stated(question.product) is None):
            # 「公司要30盒 能便宜多少」 of a shop that writes no rate for many: what runs, drafted for a person to price
            answer = dataclasses.replace(answer, draft=True)
        if answer.case.startswith(("promotions", "coupon_only")) and _CLAIM_WHERE.search(question.message.text):
            return dataclasses.replace(answer, draft=True)  # 「优惠券在哪领」: where, the file does not say: a person
        if ((answer.case in _DEALS_TOLD and not answer.also) or answer.case == "promotion_not_for") \
                and (deal := question.shop.bargain.bulk) is not None \
                and not self.rules.topic(question.message.text, "gift"):
            # 「有优惠吗」 of a shop with a rate for more (满20件95折): that deal too, beside the coupon or the
            # promotions (not beside a promotion named or to come, nor to a gift asked)
            bulk = Answer("bulk", {"min_items": deal.min_items, "rate": rate_named(deal.rate)})
            answer = dataclasses.replace(answer, also=(*answer.also, bulk))
        product = question.product
        own = _own_deal(product) if product is not None else None
        wanted = question.message.entities.quantity or 0
        if own is not None and _BULK_KEY.search(own[0]) and _below_tiers(own[1], wanted):
            own = None  # 「能便宜点吗 买两袋」 of a food whose 批量价 starts at 10袋: not for two
        if product is not None and own is not None and (
                answer.case in _DEALS_TOLD or answer.case.startswith(("no_promotions", "no_bulk"))):
            # 「买两个有优惠吗」 of a phone case whose 第二个半价 says 同一个订单买两个…第二个半价: that first, then
            # what the whole shop runs (and never 「目前没有活动」 or 「没有多件优惠」 beside it)
            shop_wide = () if answer.case.startswith("no_") else (dataclasses.replace(answer, also=()), *answer.also)
            answer = Answer("promotion_own", {"product": product.name, "part": own[0], "note": own[1]},
                            answer.remember, also=shop_wide)
        elif product is not None and answer.case.startswith("price_total") \
                and (more := _own_deal(product, _OWN_DEAL_FOR_MORE)) is not None:
            # 「两个多少钱」 of it: the sum of its listed prices, and its own deal for more, which the shop works out
            answer = dataclasses.replace(answer, also=(*answer.also, Answer(
                "promotion_own", {"product": product.name, "part": more[0], "note": more[1]})))
        if product is not None and answer.case.startswith("price") and not self.rules.topics["occasion"].search(
                question.message.text) and (today := _todays_price(product, question.now.date())) is not None:
            # 「19朵现在多少钱」 on 12月24日 of roses whose 节日价格 says 平安夜和圣诞节每束加价30%: the price, and that
            answer = dataclasses.replace(answer, also=(*answer.also, Answer(
                "promotion_own", {"product": product.name, "part": today[0], "note": today[1]})))
        if answer.case == "price_net" and (apart := _without_conditions(question)) is not None:
            # 「33朵到手多少」 while 满199减20 runs beside 预订平安夜送达的立减15元: worked out by the one every
            # order takes, the other told beside it
            worked, beside = apart
            net = self._answer(worked)
            if net.case != "price_net":
                answer = dataclasses.replace(net, also=(*net.also, *(Answer("promotion_own", {
                    "product": product.name if product else "", "part": p.name, "note": p.description})
                    for p in beside)))
        if answer.case.startswith("price") and not answer.case.startswith("price_protection") \
                and (gift := self._gift_asked_apart(question)) is not None:
            answer = dataclasses.replace(answer, also=(*answer.also, gift))  # 「整提多少钱 送茶刀吗」: both
        short = _short_of(question, answer)
        if short is None:
            short = _in_packs(question, answer)
        if short is None:  # (a gift is told beside a sum whose wording names no promotion)
            short = _gift_reached(question, answer, "promotion_name" in self.cases.get(answer.case, ()))
        told = str(answer.facts.get("promotion_name", ""))
        if told and "、" not in told and "promotion" not in answer.remember:
            # (a sum worked out by 笔记本第二件半价: 「能和优惠券一起用吗」「到几号」 next ask of that one)
            answer = dataclasses.replace(answer, remember={**answer.remember, "promotion": told})
        haggled = _DISCOUNT.search(question.message.text) or _GIFT_BEGGED.search(question.message.text)
        if told and answer.case in _HELD_WITH_TERMS and haggled and self.rules.topic(question.message.text,
                                                                                   "promo") is None:
            # 「能便宜点吗」 … 「那送点东西呗」 … 「别家才卖799」: the terms of what runs told once, then named as said
            # (a question of the terms themselves, 「坏了的也收吗」 after 以旧换新, is told them whole)
            facts = {**answer.facts, "promotion": TERMS_TOLD} if question.conversation.terms_told == told \
                else answer.facts
            answer = dataclasses.replace(answer, facts=facts, remember={**answer.remember, "terms_told": told})
        return dataclasses.replace(answer, also=(*answer.also, short)) if short is not None else answer

    def _gift_asked_apart(self, question: Question) -> Answer | None:
        """What comes with the goods, asked in a clause of its own after their price (「熟茶整提多少钱 送茶刀吗」),
        where the product's own facts say (赠品: 拍整提送一把茶刀): that clause's answer; None where no clause
        after the first asks it, or the answer is no gift the file states."""
        clauses = [c for c in CLAUSE_BREAKS.split(question.message.text) if c]
        asked = next((c for c in clauses[1:] if self.rules.topic(c, "gift") and not self.rules.topic(c, "price")), None)
        if asked is None or question.product is None:
            return None
        told = self._answer(question.asking(asked))
        return told if told.case == "gift_stated" else None

    def _answer(self, question: Question) -> Answer:
        shop, text = question.shop, question.message.text
        entities = question.message.entities
        product = question.product
        today = question.now.date()
        # (nothing in view: every promotion running, those for some goods with what they are for)
        running = shop.promotions_on(today, product, every=product is None)
        page = question.page
        if product is not None and page is not None and page is not product and product.id in entities.products \
                and _WITH_THE_PAGE.search(text):
            # 「买x5一起拍能便宜吗」 on the screen's page: what runs for either, the screen's own 加购立减 first
            running = list({id(p): p for p in (*shop.promotions_on(today, page), *running)}.values())
        promo = promotion_facts(running, shop if product is None else None)
        coupon = coupon_facts(shop.coupon_for(product))  # what lowers the price besides: the shop's coupon
        if product is not None and (fee := characters_fee(product, text)) is not None:
            return _characters_told(product, fee)  # 「刻15个字要加钱吗」 of 8个字以内免费,每多一个字加2元
        if product is not None and (moves := _price_moves(product, text)) is not None:
            # (what it is today or will be tomorrow the file does not say: a person tells it)
            return Answer("price_moves", {"product": product.name, "part": moves[0], "note": moves[1]}, draft=True)
        told_promotion = next((p for p in shop.promotions if p.name == question.conversation.promotion), None)
        if self.rules.topic(text, "claimed") is not None and (claimed := told_promotion or next(iter(
                shop.promotions_on(today, product)), None)) is not None:
            # 「江苏领的 寄到上海我妈家能用吗」 after 国补怎么领: the terms of the one claimed, for a person to confirm
            return Answer("promotions", {"promotion_name": claimed.name, "promotion": claimed.description},
                          {"asked": "promo", "promotion": claimed.name}, draft=True)
        if entities.regions and question.conversation.asked == "promo" and told_promotion is not None \
                and (where := _promotion_where(told_promotion, entities.regions[0], text)) is not None:
            return where  # 「以旧换新怎么弄」 … 「我在成都」 of one 只限北京、上海…: not there
        deal = shop.bargain.bulk
        if deal is not None and entities.quantity is None and len(entities.products) >= deal.min_items \
                and _DISCOUNT.search(text):
            # 「婚纱旗袍秀禾服我都要 一起租能打折吗」 at 满3件9折: so many things named reach the rate for them
            return Answer("bulk", {"min_items": deal.min_items, "rate": rate_named(deal.rate)})
        if self.rules.topic(text, "mix") is not None:  # 「一条黑色一条灰色可以吗」 of 第二件半价: its terms say
            return _mixing(shop.promotions_on(today, product, every=product is None), product, text)
        if product is not None and _PRICED_BY_ASKED.search(text) and (by := _priced_by(product)) is not None:
            # 「是一对的价格吗」 of dumbbells whose 规格说明 says 标价是单只的价格,一副两只请拍2件: that
            # (「那24kg的呢」 next: its price)
            return Answer("priced_by", {"product": product.name, "part": by[0], "note": by[1]}, {"asked": "price"})
        if product is not None and self.rules.topic(text, "price") is not None \
                and (by_measure := _priced_by_measure(product, question)) is not None:
            # 「多少钱」 of a curtain sold by the metre of cloth: how it is priced; 「宽3米的要多少钱」 drafted (how
            # many metres a width takes is the shop's sum to make, not one made here)
            # (with what each costs: 「多少钱一米」 asks the price, the fact says how it is counted)
            several = len({product.price_of(c, z) for c in product.colours for z in product.sizes}) > 1
            # (a promotion named for these goods, 纱帘加购价 of the sheer, is told beside how they are priced)
            named_for = [Answer("promotions", {"promotion_name": p.name, "promotion": p.description})
                         for p in running if _named_for(p, product)]
            return Answer("priced_by_prices", {"product": product.name, "part": by_measure[0], "note": by_measure[1],
                                               "prices": variant_prices(product) if several
                                               else f"{money(product.price)}/{by_measure[2]}"},
                          {"asked": "price"}, draft=bool(_LENGTH_SAID.search(text) or _TOTAL.search(text)),
                          also=tuple(named_for[:1]))
        topic = self.rules.topic(text, "protect", "bulk", "promo", "price", "free_shipping", "gift")
        if topic in (None, "protect", "promo") and self.rules.topic(text, "wait") \
                and not (topic == "protect" and _DROP_REFUNDED.search(text) and not _WAITING.search(text)):
            # (「过几天降价了能退差价吗」 asks the price protection, not whether to wait: no 要不要等 said)
            return _wait_or_not(shop, product, today, self.rules.topics["occasion"].findall(text))
        if topic == "promo" and product is not None and (entities.quantity or 1) == 1 and _JOINS_ASKED.search(text) \
                and (short := _one_short(question, product, shop.promotions_on(today, product))) is not None:
            return short  # 「平装的能参加满减吗」 of a 99元 set at 每满100减50: 1元 short, the coupon it reaches
        if topic in ("bulk", "price", "free_shipping", None) and _offered(product, text, entities) is not None:
            # 「两件70行不行」 of one at 79元: a sum offered for them, haggled over, not their price
            return self._haggled(question, None, promo, coupon, _CHEAPEST.sub("", _DEALS_ASKED.sub("", text)))
        if topic is None and product is not None and self.about(question.message, product):
            topic = "price"  # 「生普2016多少」: a variant's bare 多少
        occasions = self.rules.topics["occasion"].findall(text)
        if product is not None and occasions and topic != "protect" \
                and _of_occasion(shop, occasions, product, today) is None \
                and (on_occasion := _occasion_price(product, occasions)) is not None:
            # 「情人节也是这个价吗」 of roses whose 节日价格 says 情人节…花束价格会上调: that, not 「已经很实在了」
            return Answer("promotion_own", {"product": product.name, "part": on_occasion[0], "note": on_occasion[1]})
        if self.rules.topic(text, "rose") and topic != "protect":
            # 「昨天还便宜200 今天怎么就涨了」 the day after 双12: the promotion that ended, not 「已经很实在了」
            ended = [p for p in shop.promotions if p.covers(product) and p.end is not None
                     and today - dt.timedelta(days=_JUST_ENDED) <= p.end < today and cuts_price(p)]
            if not ended:
                return Answer("price_rose_unknown", handoff=True)
            ended_on = max(p.end for p in ended if p.end is not None)
            return Answer("price_rose", {"promotion_name": join(p.name for p in ended), "end": month_day(ended_on)})
        gift_asked = (_GIFT_ASKED.search(text) or _GIFT_NAMED.search(text)) is not None or _gift_named_before(
            text, shop.bargain.gift)  # 「两个抱枕送吗」 of a shop giving 两个同色抱枕
        if topic == "bulk" and gift_asked and not _BUY_N_GET.search(text):
            topic = "gift"  # 「买多点送啥」: what is given, not the rate for many
        if (topic == "gift" or gift_asked) and product is not None and (for_variant := _gift_for_variant(
                running, product, entities)) is not None:
            return for_variant  # 「春秋被也送吗」 of 买冬被或加厚冬被送枕芯: not that one
        if (topic in ("gift", "bulk") or gift_asked) and "送" in text and product is not None \
                and (entities.quantity or 0) >= 1:
            # 「买两箱能送吗」 of boxes at 115元 while 满128元送一个嗦粉碗 runs: 230元 reaches it, that gift
            colour, size = counted_variant(product, text)
            spent = product.price_of(colour, size) * (entities.quantity or 0)
            if reached := [p for p in running if gift_for_spend(p, spent)]:
                return Answer("gift_reached", promotion_facts(reached))
        if self.rules.topic(text, "old_one"):
            trade_in = next((p for p in running if "旧" in p.name + p.description), None)
            if trade_in is None and (stated := _trade_in_stated(product)) is not None:
                return stated  # 「旧的炸锅能以旧换新吗 别的牌子也收吗」 of one whose 以旧换新 says 任何品牌都能换
            if trade_in is None:  # 「我旧的是兄弟的激光机能抵多少」, no trade-in written: a person, no haggle refused
                return Answer("unclear", handoff=True)
            # 「旧机要我自己拆下来吗」 right after the trade-in was told, or 「旧车能抵钱吗」: its terms (旧机要能通电
            # 运转…不用自己拆; 旧电动车折价300元)
            told_terms = self._promotions(promotion_facts([trade_in]), {})
            return dataclasses.replace(told_terms, remember={**told_terms.remember, "asked": "promo"})
        if question.conversation.asked == "promo" and self.rules.topic(text, "applies") and running:
            # 「1.74也能升级吗」 right after a promotion whose terms leave it out (1.74除外): it does not
            asked_of = [*entities.sizes, *entities.colours, *(name for pid in entities.products
                                                              if (other := shop.product(pid)) is not None
                                                              for name in (other.name, *other.aliases))]
            left_out = next(((p, w) for p in running for w in asked_of if says_left_out(p.description, w)), None)
            if left_out is not None:
                return Answer("promotion_excluded", {"promotion_name": left_out[0].name, "excluded": left_out[1],
                                                     "promotion": left_out[0].description}, {"asked": "promo"})
            in_view = told_promotion if told_promotion in running else running[0] if len(running) == 1 else None
            named_in = next((w for w in asked_of if product is not None and in_view is not None
                             and any(re.search(r"(?<![a-z\d])" + re.escape(said.lower()) + r"(?![a-z\d])",
                                               in_view.description.lower()) for said in product.names_of(w))), None)
            if named_in is not None and in_view is not None and product is not None:
                # 「2kg的参加吗」 right after 第二件半价, whose terms say 2kg瓶装…拍2瓶: it does
                included = product.find_size(named_in) or product.find_colour(named_in) or named_in
                return Answer("promotion_includes", {"promotion_name": in_view.name, "included": included,
                                                     "promotion": in_view.description}, {"asked": "promo"})
            if asked_of:  # 「2019的也参加吗」 where the terms leave nothing out: the terms, which say what goes
                its_terms = self._promotions(promo, coupon)
                return dataclasses.replace(its_terms, remember={**its_terms.remember, "asked": "promo"})
            if in_view is not None and sum(pair in in_view.description for pair in cjk_pairs(text)) >= 2:
                # 「坏了的也收吗」 right after 以旧换新, whose terms say 坏了也收: that one's terms
                return Answer("promotions", promotion_facts([in_view]), {"asked": "promo"})
            if in_view is not None:  # 「别的牌子的也行吗」 of 旧座椅不限品牌: its terms, drafted for a person to say
                return Answer("promotions", promotion_facts([in_view]), {"asked": "promo"}, draft=True)
        named = next((p for p in shop.promotions if p.name in entities.promotions), None)
        if named is None and topic == "promo":
            named = _by_latin_word(shop, text, product, today)  # 「88vip有折扣吗」: the one whose terms say 88VIP
        occasions = self.rules.topics["occasion"].findall(text)
        by_occasion = named is None and (named := _of_occasion(shop, occasions, product, today)) is not None
        # (「双十二有啥活动」 of a promotion called 双十二: asked by the occasion as much as by its name)
        by_occasion = by_occasion or (named is not None and any(o.lower() in named.name.lower() for o in occasions))
        if named is None and topic == "promo" and not by_occasion and not self.rules.topic(text, "after_it") \
                and (sales_date := _sales_day(occasions, today)) is not None \
                and (coming := [p for p in shop.promotions_on(sales_date, product) if p.start and p.start > today]):
            # 「双十二有活动吗」 on 12月8日 with 鱼油第二件半价 from 12月10日 to 12日, none named after it: those
            # running that still run then, and each to come by then with its start
            still = [p for p in running if p in shop.promotions_on(sales_date, product)]
            answer = self._promotions(promotion_facts(still), coupon)
            later_ones = tuple(Answer("promotion_later", {"promotion_name": p.name, "promotion": p.description,
                                                          "start": month_day(p.start or today)}) for p in coming)
            return dataclasses.replace(answer, also=later_ones)
        if named is None and question.conversation.asked == "promo":  # 「第二件半价怎么算」 after the promotions
            named = _by_terms(shop, text, entities.named)
        if named is None and (self.rules.topic(text, "until") is not None or _STILL_ON.search(text)) \
                and (self.rules.topic(text, "promo") is not None or _PROMOTION_KINDS.search(text)):
            # 「满减今天最后一天吗」「清仓活动还有吗」: the one called by its kind or a word of its name, until when
            named = _of_kind(shop, text, product, today)
        # 「明天还有吗」 right after the promotions were told: until when the one running lasts, or
        # when the next one starts
        # (「明天还有吗」 after 「到手多少」 too: the price told was that promotion's)
        still_on = self.rules.topic(text, "still_on") is not None
        later = topic is None and (
            (question.conversation.asked == "promo" and (entities.day is not None or still_on))
            or (question.conversation.asked == _NET_TOLD and still_on))
        # 「明天还有活动吗」 asked outright: the same, for the day named (not the promotions of today)
        later = later or (topic == "promo" and entities.day not in (None, "今天", "今晚", "今儿")
                          and not entities.promotions)
        until = later or self.rules.topic(text, "until") is not None or (
            (bool(entities.promotions) or named is not None) and _STILL_ON.search(text) is not None)
        # (「精华买赠还有吗」「满299减30还有吗」: until when)
        if self.rules.topic(text, "after_it") is not None:
            # 「双十二过了还有活动吗」: the first to start once the one named (else those running) ends; none
            # written, a person says what comes
            ends = [p.end for p in ([named] if named is not None else running) if p.end is not None]
            after = max(ends, default=today)
            next_ones = sorted((p for p in shop.promotions if p.start is not None and p.start > after
                                and (product is None or p.covers(product))), key=lambda p: p.start or after)
            if not next_ones:
                return Answer("no_later_promotions", remember={"asked": "promo"}, handoff=True)
            named = next_ones[0]
        # 「元旦有活动吗」 … 「几号开始」: the promotion to come, from when
        starts = question.conversation.asked == "promo" and self.rules.topic(text, "starts") is not None
        if named is None and (until or starts):
            coming = sorted((p for p in shop.promotions if p.start is not None and p.start > today
                             and (product is None or p.covers(product))), key=lambda p: p.start or today)
            if starts and coming:
                named = coming[0]
            else:  # the one told just before, else the first running
                last = next((p for p in running if p.name == question.conversation.promotion), None)
                named = last or next(iter(running), None) or (coming[0] if later and coming else None)
        if named is None and topic in (None, "price") and (topic or _HAGGLED.search(text)) \
                and (shifted := _of_day(shop, text, product, today, running)) is not None:
            named, until, on_day = shifted
            if topic == "price" and product is not None:  # 「明天买多少钱」: the price, and what changes by then
                price_then = _price_now(product, question.message, running) | {
                    "promotion_name": named.name, "promotion": named.description}
                if until:  # (it ends before the day named: it has an end)
                    return Answer("price_promotion_until", price_then | {"end": month_day(named.end or today)},
                                  {"asked": "promo"})
                then = _price_now(product, question.message, on_day, spent=True)
                if then["price"] not in (price_then["price"], _price_of(product, question.message)["price"]):
                    # 「12号拍到手多少」 where 满1000减100 starts then beside its own 直降200: one then
                    return Answer("price_promotion_later_net", price_then | {
                        "start": month_day(named.start or today), "net_then": then["price"]}, {"asked": "promo"})
                return Answer("price_promotion_later", price_then | {"start": month_day(named.start or today)},
                              {"asked": "promo"})
        # 「四人位多少钱 双十二有优惠吗」: the price and the promotions running, below (not the one named alone)
        unnamed = self.rules.topics["promo"].sub("", self.rules.topics["occasion"].sub("", text))
        priced_too = product is not None and named in running and not until and self.rules.topic(
            unnamed, "price") is not None
        if self.rules.topic(text, "stack") and (promo or coupon) and (named is None or named in running) \
                and not (_WHAT_RUNS.search(text) and question.conversation.asked != "promo"):
            # 「满减能叠加优惠券吗」「国补和直降能一起用吗」: what the terms say of going together (国家补贴按直降后的
            # 价格再算); where they say nothing, a person knows
            # (the one named first; none named, the one the last answer told alone: 「能和优惠券一起用吗」 of the
            # 第二件半价 just worked out is not answered by the 满减's 「可以和店铺券一起用」)
            just_told = told_promotion if named is None and told_promotion in running \
                and not _PROMOTION_KINDS.search(text) else None
            stacked = [just_told] if just_told is not None else sorted(running, key=lambda p: p is not named)
            terms = said_of_stacking(stacked, text)
            return Answer("stacking", {"note": terms}) if terms else Answer("stacking_unknown", handoff=True)
        if _GIFT_BEGGED.search(text) is None and (boxed := _in_the_box(product, text)) is not None:
            # 「送墨水吗」 of a printer whose 内含 lists 随机一套4色原装003墨水: that, not its 墨水 fact of yields
            return Answer("gift_stated", {"product": boxed[0], "facts": boxed[1]})
        if product is not None and (own := _own_promotion_fact(
                product, other_goods_blanked(categories(shop.products), product, text), shop.promotions)) is not None:
            # 「能用国补吗」 of a phone whose 国补 fact says what it comes to with it: that, not the terms alone
            # (「国补加直降到手多少」: what it comes to, where the fact states no sum, a person works out)
            return Answer("promotion_own", {"product": product.name, "part": own[0], "note": own[1]},
                          draft=_NET_ASKED.search(text) is not None and _NET.search(own[1]) is None)
        # 「双12有什么活动」 on the last night of 双12预热, 双12狂欢 from tomorrow: that one to come too
        to_come = [p for p in _named_after(shop, self.rules.topics["occasion"].findall(text))
                   if p.start is not None and p.start > today and p.covers(product)] if by_occasion else []
        if by_occasion and named in running and (len(running) > 1 or to_come) and not until \
                and topic != "protect" and not priced_too and not self.rules.topic(text, "stack"):
            # 「双12有啥活动」 while 小新双12直降 and 配件满减 both run: every one that runs for it, the one named first
            answer = self._promotions(promotion_facts([named, *(p for p in running if p is not named)]), coupon)
            soonest = min(to_come, key=lambda p: p.start or today, default=None)
            also = (Answer("promotion_later", {"promotion_name": soonest.name, "promotion": soonest.description,
                                               "start": month_day(soonest.start or today)}),) if soonest else ()
            return dataclasses.replace(answer, remember={**answer.remember, "asked": "promo"}, also=also)
        if by_occasion and named in running and to_come and self.rules.topic(text, "starts") is not None:
            # 「双十二活动是明天开始吗」 on the last day of 双十二预热: the 双十二狂欢 to come, from when, and
            # until when the one running lasts
            soonest = min(to_come, key=lambda p: p.start or today)
            to_start = Answer("promotion_later", {"promotion_name": soonest.name, "promotion": soonest.description,
                                                  "start": month_day(soonest.start or today)}, {"asked": "promo"})
            now_on = self._promotion(named, today, product, True, coupon, running)
            return dataclasses.replace(to_start, also=(now_on,) if now_on.case == "promotion_until" else ())
        if named is not None and product is not None and not named.covers(product) and shop.bargain.gift \
                and self.rules.topic(text, "gift") and cjk_pairs(text) & cjk_pairs(shop.bargain.gift):
            # 「那送个表带总行吧」 on a watch the 机械表送表带 leaves out, of a shop that gives 一根替换表带 to one who
            # haggles: that gift, not the promotion it has no part in
            named = None
        if named is not None and topic != "protect" and not priced_too:  # 「跑鞋狂欢周到哪天结束」: that promotion
            # (「双12买的现在降价了」 names it as when it was bought: the price protection, below)
            about = self._promotion(named, today, product, until, coupon, running)
            # (「明天还有吗」「到几号」 next: of this one)
            return dataclasses.replace(about, remember={**about.remember, "asked": "promo", "promotion": named.name})
        if question.conversation.asked == "promo" and self.rules.topic(text, "offset") and (offset := next(
                ((p, clause) for p in running for clause in SMALL_PARTS.split(p.description)
                 if _OFFSET_TOLD.search(clause)), None)) is not None:
            # 「能抵多少」 right after 以旧换新 was told: its clause of what the old one takes off, not a haggle
            return Answer("promotion_offset", {"promotion_name": offset[0].name, "clause": offset[1]},
                          {"asked": "promo"})
        if question.conversation.asked == "promo" and self.rules.topic(text, "how_to_join") and promo:
            # 「怎么参加」 right after the promotions: their terms say how (下单自动减, 备注囤货)
            answer = self._promotions(promo, coupon)
            return dataclasses.replace(answer, remember={**answer.remember, "asked": "promo"})
        if self.rules.topic(text, "trade_in") and not any(
                "旧" in f"{p.name}{p.description}" for p in shop.promotions_on(today, product, every=True)):
            if (stated := _trade_in_stated(product)) is not None:
                return stated  # 「能以旧换新吗」 of goods whose own fact says how (旧机估价后再补贴30元): that fact
            if not (product is not None and any("旧" in f"{k}{v}" for k, v in product.attributes.items())):
                return Answer("trade_in_unknown", handoff=True)  # 「有以旧换新吗」 of a shop that writes none
        if question.conversation.asked != "promo" and self.rules.topic(text, "offset") \
                and not _OFFSET_OF_DEAL.search(text) and not any(
                    "旧" in f"{p.name}{p.description}" for p in shop.promotions_on(today, product, every=True)):
            # 「大概能抵多少钱」 after the old phone was named: what an old one takes off, its fact or a person's quote
            return _trade_in_stated(product) or Answer("trade_in_unknown", handoff=True)
        if self.rules.topic(text, "subsidy") and not any(self.rules.topic(said, "subsidy") for said in (
                *(f"{p.name}{p.description}" for p in shop.promotions_on(today, product, every=True)),
                *(f"{k}{v}" for k, v in (product.attributes.items() if product is not None else ())))):
            return Answer("subsidy_unknown", handoff=True)  # 「有国家补贴吗」 of a shop that writes none of it
        if self.rules.topic(text, "review_reward"):  # 「好评返现吗」: the platform's rule; one owed, a person
            if shop.platform.review_rewards or self.rules.topic(text, "reward_owed"):
                return Answer("review_reward_unknown", handoff=True)
            return Answer("review_reward_no", {"platform": shop.platform.name})
        if topic is None and question.conversation.asked == _PROTECT_ASKED and self.rules.topic(
                text, "how_long", "bought_on"):
            topic = "protect"  # 「买了降价能退差价吗」 … 「多少天内」「11月10号买的那单呢」: still the price protection
        if topic == "protect":
            days = shop.bargain.price_protection_days
            said = {"asked": _PROTECT_ASKED}
            if days is None:  # not stated: a person answers, whatever the platform allows
                return Answer("price_protection_unknown", {}, said, handoff=True)
            bought = day_named(text, today)
            if bought is not None and bought.date == today:  # 「我12号买的 今天降价了」: the day bought, not today
                blanked = text[:bought.start] + " " * (bought.end - bought.start) + text[bought.end:]
                bought = day_named(blanked, today) or bought
            if days and bought is not None and bought.date < today and not bought.vague:  # 「我12月10号买的」: counted
                counted = {"days": days, "bought": month_day(bought.date), "since": (today - bought.date).days}
                if (today - bought.date).days > days:
                    return Answer("price_protection_over", counted, said)
                return Answer("price_protection_within", counted, said, handoff=True)  # the order's price: a person
            if days and bought is not None and bought.date < today:
                # 「我上周买的 现在能保价吗」: an order placed some days back, not one day: a person counts and checks
                return Answer("price_protection_order", {"days": days}, said, handoff=True)
            sale_day = fixed_day_named(text, today) or (bought if bought is not None and bought.date > today else None)
            if days and sale_day is not None and days < (sale_day.date - today).days <= _SEASON \
                    and _BUYING_NOW.search(text):
                # 「我现在买 双12降价了能保价吗」 with 7 days of it: 双12 is past them (12月10日), not a yes
                return Answer("price_protection_short", {"days": days, "day": sale_day.said,
                                                         "until": month_day(today + dt.timedelta(days=days))}, said)
            if days and _HOW_TO_APPLY.search(text):  # 「怎么申请价保」: the days, and how, which the file does not say
                return Answer("price_protection", {"days": days}, said, handoff=True)
            return Answer("price_protection", {"days": days}, said) if days else Answer("no_price_protection", {}, said)
        packs = packs_of(product, text) if product is not None else None  # 「两斤呢」 of tea in 500g: two of them
        # (「两盒呢 有满减吗」: so many of it again, its deals asked beside: what they come to with them)
        again = (topic is None or (topic == "bulk" and _ONLY_THIS.match(text) is not None)
                 or (topic in ("promo", "bulk") and _COUNT_AGAIN.match(text) is not None)) \
            and question.conversation.asked in (*_PRICE_ASKED, "promo") and bool(
            entities.sizes or entities.colours or entities.products or entities.quantity or packs)  # 「那500g的呢」
        variant = product is not None and (any(product.find_size(s) for s in entities.sizes)  # 六条装 is a size
                                           or size_by_amount(product, text) is not None  # 两斤: its 1kg
                                           or counted_variant(product, text) != (None, None)  # 两箱: 箱装
                                           # 黑色 of ink whose 四色套装 costs more: priced by the colour named
                                           or (any(product.find_colour(c) for c in entities.colours)
                                               and any(c in product.prices for c in product.colours)))
        memory = question.conversation
        # 「多少钱 有优惠券吗」 asks the price and the deals, 「最便宜的多少」 which costs least: not for less
        # (a product's name says nothing of a haggle: 减 of 减震垫)
        plain = _CHEAPEST.sub("", _DEALS_ASKED.sub("", entities.unnamed(text, variants=True)))
        if (again or (topic == "price" and memory.asked in (*_PRICE_ASKED, "promo"))) and (entities.quantity or packs) \
                and product is not None and not _DISCOUNT.search(plain) and (
                memory.size in product.sizes or memory.colour in product.colours or packs):
            variant = True  # 「大号多少钱」 … 「两个呢」「买四个多少钱」: the one just priced, counted
        if product is not None and (_total_of_said(question) or (entities.quantity and _TOTAL.search(text))) and (
                memory.size in product.sizes or memory.colour in product.colours):
            # 「黑色墨水要6瓶」 … 「一共多少」: the six of the colour said; 「桃蛋单头多钱」 … 「拍5个一共多少」
            variant = True
        if product is not None and entities.quantity and self.rules.topic(text, "price") \
                and not _DISCOUNT.search(plain) and _variant_told(question, product):
            variant = True  # 「那双c的2米呢」 (whatever answered it) … 「要两根多少钱」: so many of that one
        # (「两件长款多少钱」: a count with 多少钱 asks what they come to, not only the rate for buying more)
        asks_price = topic == "price" or again or ((variant or (topic == "bulk" and bool(entities.quantity)))
                                                   and self.rules.topic(text, "price") is not None)
        if variant and (entities.quantity or 0) >= 2 and topic is None and _ONLY_THIS.match(text) \
                and not _DISCOUNT.search(plain):
            asks_price = True  # 「买两瓶50g呢」 after 「能便宜点吗」: what so many of it come to, with what runs
        together = [p for pid in entities.products if (p := shop.product(pid)) is not None
                    and not said_given(p, text, entities.named)]  # (「送奶嘴不」: whether it comes with it)
        told_together = together_told(memory.asked or "") if (memory.asked or "").startswith(TOGETHER) else []
        compared = [p for pid in compared_told(memory.asked) if (p := shop.product(pid)) is not None]
        if len(compared) == 2 and not entities.products and _PRICE_GAP.search(text) \
                and (between := _compared_gap(compared, entities)) is not None:
            return between  # 「99新128的差多少钱」 right after the 13 and the 14 Pro were compared: the two, so chosen
        if len(together) == 2 and _PRICE_GAP.search(text) \
                and (between := _compared_gap(together, entities)) is not None:
            return between  # 「经典款和十五年差多少钱」: what the two named cost apart, not together
        if not together and len(compared) == 2 and BOTH_ASKED.search(text) and (
                self.rules.topic(text, "price") or _TOTAL.search(text)):
            together = compared  # 「两台一起买多少钱」 right after the two were compared: one of each
        if together and told_together and ADDED.search(text):
            # 「裙子加阔腿裤一起多少钱」 … 「再加件打底衫呢」: those summed before, and this one
            # (「那加两个马甲呢」 after one vest summed: the two now said)
            summed = [(p, n) for pid, n in told_together if (p := shop.product(pid)) is not None and p not in together]
            everything = [*(p for p, _ in summed), *together]
            added = counts_of(together, text, entities.named) or [1] * len(together)
            return bought_together(everything, running, shop.bargain.bulk,
                                    [*(n for _, n in summed), *added], entities, shop.bargain.coupon,
                                    own_cuts=_own_cuts(question, everything))
        if together and (ADDED.search(text) or len(together) >= 2):
            # 「唤醒版加一个双座底座」「平板拖布2块装一个 滤网一个 边刷一个」: the product whose variant is named too
            together = [*owning(shop.products, entities, together), *together]
        if not together and product is not None and product == question.page and (_TOTAL.search(text) or ADDED.search(
                text)) and (owner := owning(shop.products, entities, [product])):
            together = [product, *owner]  # 「配1.67一共多少钱」 on a frame's page: 1.67 is the lens's alone, with it
        if len(together) == 1 and (page := _page_beside(question, together[0])) is not None:
            together = [page, *together]  # 「80奶白一个 80镜柜一个」 on the cabinet's page: the cabinet too
        together, as_said = _named_as_variants(text, entities, together)
        counts = counts_of(together, text, entities.named) if len(together) >= 2 else None
        if counts is None and len(together) == 2 and entities.quantity \
                and counts_of(together[1:], text, entities.named) == [entities.quantity]:
            # 「1.8的四件套加两对枕套」 on a set's page: one set, called by its size and kind, and the only count
            # said, two pairs, of the other
            counts = [1, entities.quantity]
        each_said = said_apart(together, text, entities.named, as_said)
        if (before := _chosen_before(question, together)) is not None:
            # 「黑色0.5要3盒」 … 「再加一包b5本子 一共多少」: the three boxes of black chosen, and the notebook
            counts = [before[0] or (counts[0] if counts else 1), *(counts[1:] if counts else [1] * (len(together) - 1))]
            each_said = [before[1], *(each_said[1:] if isinstance(each_said, list)
                                      else [each_said] * (len(together) - 1))]
        if compared and together == compared and entities.quantity == 2:
            counts = [1, 1]  # (「两台」 of the two compared: one of each)
        if not together and topic in (None, "price") and (entities.colours or entities.sizes) and told_together:
            # 「手机加一个耳机一共多少」 … 「黑色256的」: the same products, with the variant now named
            kept = [(shop.product(pid), n) for pid, n in told_together]
            named_again = [p for p, _ in kept if p is not None]
            return bought_together(named_again, running, shop.bargain.bulk, [n for p, n in kept if p is not None],
                                    entities, shop.bargain.coupon, own_cuts=_own_cuts(question, named_again))
        if not together and told_together and not (entities.colours or entities.sizes or entities.quantity) \
                and (_NET.search(text) or _TOTAL.search(text)):
            # 「一个2人帐篷加两把椅子多少钱」 … 「满减完多少」: what those come to, not the page's goods alone
            kept = [(shop.product(pid), n) for pid, n in told_together]
            those = [p for p, _ in kept if p is not None]
            chosen = dataclasses.replace(entities, sizes=tuple(filter(None, [memory.size])),
                                         colours=tuple(filter(None, [memory.colour])))  # (the 2人 of that tent)
            return bought_together(those, running, shop.bargain.bulk, [n for p, n in kept if p is not None],
                                   chosen, shop.bargain.coupon, own_cuts=_own_cuts(question, those))
        added_on = memory.asked in ("price", _NET_TOLD) and ADDED.search(text) is not None  # 「加个发簪呢」
        if len(together) >= 2 and _EACH_ASKED.search(text) and not _TOTAL.search(text) and counts is None \
                and not entities.quantity and not (entities.sizes or entities.colours):
            return shop_prices(together)  # 「云享挂机和清风挂机都多少钱」: what each costs, not both together
        if len(together) >= 2 and (self.rules.topic(text, "price") or _TOTAL.search(text) or added_on) \
                and not _DISCOUNT.search(plain) and ((entities.quantity or 0) <= 1 or counts is not None):
            # 「面霜和精华一起买多少钱」「一件长款两件面包服多少钱」: what they come to
            beside = sizes_beside(together, text, entities.named)
            # (what runs for any of them: 文胸第二件半价 of 「一个套装加两件文胸」 asked on the set's page)
            of_any = list({id(p): p for one in together for p in shop.promotions_on(today, one)}.values())
            return bought_together(together, of_any, shop.bargain.bulk, counts or (), each_said, shop.bargain.coupon,
                                    beside, _own_cuts(question, together, beside, counts or ()),
                                    shop.promotions_on(question.now.date()))
        usable_next = question.conversation.asked == "promo" and self.rules.topic(text, "usable") is not None
        apart = bool(promo) and coupon_apart(str(promo.get("promotion", "")))
        if coupon and product is not None and promo and not apart and (
                (topic == "promo" and _COUPON_USABLE.search(text)) or usable_next) \
                and (short := self._coupon_short_after_cut(question, product, coupon)) is not None:
            return short  # 「能用那个满800减30的券吗」 of a 899元 jacket 直降100: 799元, 1元 short of it
        if coupon and product is not None and (not promo or (apart and variant)) and (
                (topic == "promo" and _COUPON_USABLE.search(text)) or usable_next):
            # (with a promotion: its terms; one the coupon does not go with, the coupon instead, of the variant named)
            # 「这个能用券吗」, or 「两件能用吗」 right after the coupon was told: whether this reaches it
            fits = self._coupon_fits(question, product, coupon)
            if fits is not None:
                return fits
        if topic is None and self.rules.topic(text, "deals_for") and not _DISCOUNT.search(plain):
            topic = "promo"  # 「老顾客有优惠不」「新人有啥福利」
        deals = self._promotions(promo, coupon) if self.rules.topic(text, "promo") else None
        # (「公司做工作服 80件 左胸印logo 多少钱」 of one priced by its own tiers: so many, by the tiers, below)
        tiered = product is not None and (entities.quantity or 0) >= 2 and _bulk_stated(product) is not None
        part = _priced_part(product, text) if asks_price and product is not None and not variant \
            and not tiered else None
        part_told = (memory.asked or "").startswith(_PART_TOLD) and self.rules.topic(text, "part_next") is not None
        if part is None and product is not None and part_told:
            part = _priced_in_passing(product, text)  # 「打孔多少钱一个」 … 「角阀呢」: that part's own clause
        if part is None and product is not None and part_told and entities.regions \
                and (key := (memory.asked or "").partition(":")[2]) in product.attributes:
            # 「南京能帮装吗 多少钱」 told 杭州、上海、苏州、南京的门店安装费80元 … 「那合肥呢」: the whole fact of that
            # part, which says what it is elsewhere (其他城市自己找修车店装)
            part = (key, product.attributes[key])
        if part is None and product is not None and _BOUGHT_WITH.search(text):
            # 「和壳一起买便宜点吗」 of a film whose 加购价 says 和任意手机壳一起拍,高清膜加购价9.9元: that
            part = _priced_with_goods(product, text)
        if part is None and product is not None and _MORE_ASKED.search(text):
            part = _surcharge_stated(product)  # 「圣诞节当天送加价吗」: its 节日价格 says by how much
        if part is None and asks_price and product is not None and not variant and not entities.products \
                and _variant(product, question.message) == (None, None) and not _names_itself(product, text) \
                and not ((entities.quantity or 0) >= 2 and _bulk_stated(product) is not None):
            # 「黑色多少钱一瓶」 right after the 墨水 fact (「200条多少钱一条」 after 制版费 asks its 批量价, below)
            part = _priced_told(product, memory.asked or "")
        if part is None and asks_price and product is not None and variant \
                and (dearer := _costs_more_for(product, text)) is not None:
            # 「左手41寸多少钱」 of a guitar whose 左手琴 says 左手款可以定做,加50元: the size's price, and that
            its_price = self._price(question, product, promo, deals)
            return dataclasses.replace(its_price, also=(*its_price.also, Answer(
                "part_price", {"product": product.name, "part": dearer[0], "note": dearer[1]})))
        if part is None and asks_price and product is not None and not variant \
                and (service := self.rules.topics["service"].search(text)) is not None:
            # 「移机多少钱」 of an air conditioner whose file prices no moving: not its own price; a person says
            return Answer("service_unknown", {"product": product.name, "service": service[0]}, handoff=True)
        if part is not None and len(entities.products) >= 2 and part[0].lower() not in text:
            part = None  # 「婚纱旗袍秀禾服我都要 一起租能打折吗」: the goods together, not 婚纱押金 said in passing
        if part is not None and product is not None:  # 「笔芯多少钱」 of a pen whose file prices its refills
            told_part = Answer("part_price", {"product": product.name, "part": part[0], "note": part[1]},
                               {"asked": f"{_PART_TOLD}:{part[0]}"})
            clauses = [c for c in CLAUSE_BREAKS.split(text) if c]
            # (the clause naming the part; where none does, a later one asking a charge: 「11朵多少钱 外环外送要加钱吗」
            # of 配送范围, not 「移机多少钱 搬家了」)
            at = next((i for i, c in enumerate(clauses) if part[0].lower()[:2] in c), None)
            if at is None:
                at = next((i for i in range(len(clauses) - 1, 0, -1) if _CHARGE_ASKED.search(clauses[i])), 0)
            rest = " ".join(clauses[:at])
            if rest and self.rules.topic(rest, "price") and not _DISCOUNT.search(rest):
                # 「预售的多少钱啊 定价多少」 of a book whose 定价 says 69元: its own price asked first, then
                # that (「滤芯多久换一次 换一次多少钱」 asks the filter's alone)
                its_price = self._price(question, product, promo, deals)
                return dataclasses.replace(its_price, also=(*its_price.also, told_part))
            return told_part
        if _CHEAPER_ONE.search(text) and topic in (None, "price"):
            # 「有没有便宜点的山地车」: a cheaper one asked for, not less for this one: what each costs
            if product is None:
                return shop_prices(shop.products)
            if len({product.price_of(c, s) for c in product.colours for s in product.sizes}) > 1:
                return Answer("prices", {"product": product.name, "prices": variant_prices(product)},
                              {"asked": "price"})
            cheaper = [p for p in shop.products if p.category and p.category == product.category
                       and min(p.price_of(c, s) for c in p.colours for s in p.sizes) < product.price]
            if cheaper:  # of one price: the shop's cheaper ones of its kind
                return shop_prices(cheaper)
        if asks_price and product is None and not _DISCOUNT.search(plain):  # 「男款多少钱」 with no page open
            # (「有哪些包 都多少钱」: the goods of the kind asked; 「四件套有1.5的吗多少钱」: those of the category
            # named, in the size named, each that has it)
            goods = (LIST_ASKED.search(text) and of_kind(shop.products, text)) or of_category(shop.products, text) \
                or shop.products
            sized = _sized_prices(goods, entities.sizes)
            return Answer("shop_prices", {"prices": sized}, {"asked": "price"}) if sized else shop_prices(goods)
        stated_bulk = _bulk_stated(product) if product is not None else None
        pieces = entities.quantity or 0
        if stated_bulk is not None and product is not None and len(sizes_said := _several(
                product, entities.sizes, product.find_size, alike=True)) >= 2 and (of_each := variant_counts(
                product, sizes_said, text, entities.variant_names)) is not None:
            pieces = sum(of_each)  # 「110的10件 130的10件 一共多少钱」 of one priced by tiers of pieces: twenty
        if stated_bulk is not None and product is not None and pieces >= 2 \
                and (asks_price or topic == "bulk") \
                and (by_tiers := _by_tiers(question, product, stated_bulk, pieces)) is not None:
            return by_tiers
        if stated_bulk is not None and product is not None and ((
                ((entities.quantity or 0) >= 2 or topic == "bulk")
                and (not variant or _left_open_in(stated_bulk[1], product, *_named_or_told(product, question)))
                and not _below_tiers(stated_bulk[1], entities.quantity or 0)) or _BULK_KEY.search(text)
                or _whole_pack_asked(stated_bulk[0], text)):
            # 「印50件多少钱」 of a product whose own 批量价 gives its price for so many: those, as written (and
            # 「班里要买40本人教五年级的 团购多少钱」, its 团购价 asked by name, whatever variant); a person
            # where they leave so many to one (「公司要买50盒 能便宜点吗」 of 20盒以上…找人工客服单独谈)
            tier = _tier_of(stated_bulk[1], entities.quantity or 0, product, *_named_or_told(product, question))
            return Answer("bulk_stated", {"product": product.name, "name": stated_bulk[0], "note": stated_bulk[1]},
                          {"asked": "price"}, handoff=tier is not None and tier[0] is None)
        # 「两个一起多少」 of the one product talked of, none other named or summed before: two of it
        of_it_alone = not together and not told_together and not compared and not entities.products
        asks_price = asks_price or (of_it_alone and (entities.quantity or 0) >= 2 and _TOTAL.search(text) is not None)
        # 「买两瓶能少多少」: what so many come to after what runs takes off, not the promotions alone
        off_asked = of_it_alone and (entities.quantity or 0) >= 2 and _OFF_ASKED.search(text) is not None
        asks_price = asks_price or off_asked
        if asks_price and product is not None and not variant and (entities.quantity or 0) >= 2 \
                and not _one_price(product) and (off_asked or not _DISCOUNT.search(plain)) \
                and not _PRICE_GAP.search(text) \
                and (of_it_alone or not _BOTH.search(text)) and len(entities.sizes) + len(entities.colours) < 2 \
                and (of_it_alone or not (entities.quantity == 2 and _TOTAL.search(text))) and (each := self._counted(
                    question, product.name, [(name, p) for name, p, _ in priced_variants(product)],
                    entities.quantity or 0, running)) is not None:
            # 「买3个呢」 of 39元 and 49元 ones (and 「三人位的」 next, of 「两个一起多少」: two of that one)
            return dataclasses.replace(each, remember={"asked": _COUNT_TOLD if _TOTAL.search(text) else "price"})
        # (「两条一起买多少钱 能便宜不」: what two come to, the deal for two being what comes off)
        total_asked = (entities.quantity or 0) >= 2 and _TOTAL.search(text) is not None
        if asks_price and product is not None and (not _DISCOUNT.search(plain) or _PRICE_GAP.search(text)
                                                   or _NET.search(text) or total_asked) \
                and (variant or (entities.quantity or 0) < 2 or _one_price(product) or _PRICE_GAP.search(text)):
            # 「两件M码多少钱」, 「拍两盒多少钱」 of a product of one price too: what two come to (「两个差多少钱」:
            # the gap between the two, no count)
            return self._price(question, product, promo, deals)
        if topic == "bulk" or ((entities.quantity or 0) >= 2 and not variant and not (topic == "gift" and gift_asked)):
            deal = shop.bargain.bulk
            if product is not None and _DISCOUNT.search(plain) and shop.bargain.negotiable \
                    and not shop.bargaining_for(product)[0]:
                # 「礼盒能少点吗 买两盒」 of a product that is never haggled over: it is not, and what more buy
                if deal is not None:
                    return Answer("fixed_product_bulk", {"product": product.name, "min_items": deal.min_items,
                                                         "rate": rate_named(deal.rate)})
                refused = Answer("fixed_product", {"product": product.name})
                return self._priced_first(question, product, refused, refused, promo)  # (and what two come to)
            if deal is None and product is not None and (_one_price(product) or _variant_told(question, product)) \
                    and not _DISCOUNT.search(text) and (entities.quantity or 0) >= 2:
                # 「那我买两个呢」「两瓶一起拍怎么算」 of one price (or of the size priced before) and no rate for
                # more: what they come to
                return self._price(question, product, promo, deals)
            if deal is None:  # no deal for more items: the running promotion, else the coupon, lowers the bill
                if promo and not any(cuts_price(p) for p in running):
                    # 「买3套能便宜吗」 while only a gift runs (下单送后备箱垫): nothing off for more, and the gift
                    return Answer("no_bulk_gift_coupon" if coupon else "no_bulk_gift", promo | coupon)
                if promo and product is not None and (entities.quantity or 0) >= 2:
                    # 「买两副有优惠不」 of one price while 满300减30 runs: what two come to, and how far from it
                    # (「能便宜点吗 买两袋」 with 5kg talked of, of a food sold in bags of three sizes: the same)
                    if _one_price(product):
                        return self._price(question, product, promo, deals)
                    if (total := self._total(question, product, promo, deals)) is not None:
                        return total
                if promo:
                    return self._promotions(promo, coupon)
                # (「能便宜点吗 便宜点我就买两套」: no rate for more, and the gift the shop gives)
                return _with_gift(Answer("no_bulk_coupon", coupon) if coupon else Answer("no_bulk"), shop)
            bulk = {"min_items": deal.min_items, "rate": rate_named(deal.rate)}
            if promo and 0 < (entities.quantity or 0) < deal.min_items:
                # 「两袋一起多少钱」 at 满3件9折: the promotion, not a rate the count misses; of one priced by its
                # versions (「两个城堡多少钱」): what two of each come to, or each price and the terms
                if product is not None and not _one_price(product) and self.rules.topic(text, "price") is not None:
                    return self._price(question, product, promo, deals)
                if product is not None and (total := self._total(question, product, promo, deals)) is not None:
                    return total  # 「能便宜点吗 买两袋」 with 5kg talked of: what two come to with the deals
                return self._promotions(promo, coupon)
            # 「买两双怎么算」 during 第二件8折: the promotion is the answer as much as the bulk rate (「两个一起买
            # 多少」 … 「三人位的」 next: that one's price)
            how_much = {"asked": _COUNT_TOLD} if _HOW_MUCH_SAID.search(text) and entities.quantity else {}
            return Answer("bulk_promotion", bulk | promo, how_much) if promo else Answer("bulk", bulk, how_much)
        if topic == "promo" and product is not None and promo and _REACH_ASKED.search(text):
            # 「满100减50 我买一套平装够吗」「268够满减吗」: what that one comes to, or how far it falls short
            net = self._price(question, product, promo)
            if net.case in _NET_WORKED_OUT:
                return net
            if (short := _each_short(question, product)) is not None:
                return short
        if topic == "promo":
            answer = deals or self._promotions(promo, coupon)
            priced = self.rules.topic(self.rules.topics["promo"].sub("", text), "price") or _NET_ASKED.search(text)
            # (not 「满多少钱能用」; 「双12能减吗 减完多少」 asks what it comes to)
            # (「多少钱 双十二便宜吗」「双12能减多少」 ask what the promotion takes off, not for less)
            if product is not None and priced and not _DISCOUNT.search(
                    _NET_ASKED.sub("", _CHEAPER_ASKED.sub("", plain))):
                if promo and (_NET.search(text) or (entities.quantity or 0) >= 2):
                    # 「满减后多少钱」「买2个多少钱 有满减吗」: what it comes to, where that can be told
                    net = self._price(question, product, promo)
                    if net.case in (*_NET_WORKED_OUT, "price_total_off", "price_total_off_coupon", "price_total_short"):
                        return net
                    if _NET.search(text) and not entities.quantity \
                            and (each_net := self._net_of_each(question, product, promo)) is not None:
                        return each_net  # 「用券到手多少」 of one priced by its size, none named: each one's
                shop_coupon = shop.coupon_for(product)
                if not any(cuts_price(p) for p in running) and _NET.search(text) and shop_coupon is not None:
                    # 「用券的话到手多少」 with no promotion running that takes anything off every buyer's price (none,
                    # or one for 88VIP members): the price less the shop's coupon it reaches
                    colour, size = _variant(product, question.message)
                    price = product.price_of(colour, size)
                    if (colour or size or not product.prices) and price >= shop_coupon.min_spend:
                        return Answer("price_net_coupon", {**_price_of(product, question.message), **coupon,
                                                           "net": money(price - shop_coupon.amount)},
                                      {"asked": "price"})
                    styles = priced_variants(product)
                    if not (colour or size) and all(p >= shop_coupon.min_spend for _, p, _ in styles):
                        # 「用券的话到手多少」 of one priced by its size, none named: what each comes to
                        return Answer("prices_net_coupon", {"product": product.name, **coupon, "prices": join(
                            f"{name} {money(p)}到手{money(round(p - shop_coupon.amount, 2))}"
                            for name, p, _ in styles)}, {"asked": "price"})
                # 「多少钱 有优惠券吗」: the price first, then what lowers it
                return Answer(f"price_{answer.case}", {**answer.facts, **_price_of(product, question.message)},
                              {"asked": "price"})
            soonest = _coming(shop, product, today) if not promo and _LATER_ASKED.search(text) else None
            if soonest is not None and soonest.start is not None:
                # 「什么时候有活动」 with none running now: the next one, its date and terms, and the coupon
                told: dict[str, object] = {"promotion_name": soonest.name, "start": month_day(soonest.start),
                                           "promotion": soonest.description, **coupon}
                return Answer("promotion_later_coupon" if coupon else "promotion_later", told, {"asked": "promo"})
            more = shop.bargain.bulk
            if answer.case == "no_promotions" and more is not None:  # 「打几折」 with no promotion: the deal for more
                return Answer("bulk", {"min_items": more.min_items, "rate": rate_named(more.rate)}, answer.remember)
            return answer
        if topic == "free_shipping":
            case, facts = fee_rule(shop.shipping)
            return Answer({"fee_free": "free_shipping_always", "fee_paid": "free_shipping_no",
                           "fee_threshold": "free_shipping"}[case], facts)
        gives = str(promo.get("promotion", ""))
        named_gift = _GIFT_NAMED.search(text)
        given = named_gift is not None and _given_in(shop, named_gift["what"], gives)
        # (「送灯泡吗」 while 买吸顶灯送灯泡 runs: that promotion, not the lamp's 光源 that says 灯泡 too)
        # (「送什么配件」 where 配件 is also the kind of other goods the shop sells: the page's own 配件)
        # (「再便宜点呗 送个滤芯也行啊」: a haggle, the gift begged instead of less; not what comes with it)
        # (「送个刷头呗 送了我就拍」: one more begged on top, the buyer's price for ordering; not what comes with it)
        begged = topic == "gift" and (_DISCOUNT.search(plain) is not None or _GIFT_BEGGED.search(plain) is not None)
        asks_given = topic == "gift" and not given and not begged
        # (「小号也送吗」 of a box whose 赠品 says 2.0L三层款送一个保温便当袋,1.6L双层款不送: the 1.6L's part)
        with_it = (_gift_of_variant(product or question.page, question)
                   or _gift_stated(product or question.page, text)) if asks_given else None
        if with_it is not None:  # 「送什么配件」 of a product whose 配件 says what comes with it: that, not a haggle
            # (「送啥东西」: what its own promotion running gives too, 送一个夹式调音器)
            whose = product or question.page
            giving = [p for p in running if whose is not None and _own_gift(p, whose, ())] \
                if _GIFT_ASKED.search(text) else []
            extra = "".join(f"；{p.name}：{p.description}" for p in giving)
            return Answer("gift_stated", {"product": with_it[0], "facts": with_it[1].rstrip("。") + extra})
        held = _contents_for(product or question.page, text) if asks_given else None
        if held is not None:  # 「送头饰吗」: what the set holds, for a person to say whether it is in it
            return Answer("gift_stated", {"product": held[0], "facts": held[1]}, draft=True)
        if topic == "gift" and product is not None and shop.bargain.gift and any(
                len(name) >= 2 and name in shop.bargain.gift and name in text
                for name in (product.name, *product.aliases)):
            # 「再送个变调夹呗」 where the shop's gift is a capo it also sells: that gift, not the capo's price
            # (not 「送小样吗」 on a 面霜's page, the gift a 面霜5g小样: the page's product is not asked of)
            return Answer("gift", {"gift": shop.bargain.gift_given})
        elsewhere = _sold_apart(question, question.page) if asks_given else None
        if elsewhere is not None:
            # 「送挂绳吗」 on a phone case's page, of a lanyard the shop sells as goods of its own: that it is
            # bought apart, at its price (and what every order is given, where the shop gives something)
            sold = Answer("gift_sold_apart", {"thing": elsewhere[0], "priced": elsewhere[1].priced()})
            return dataclasses.replace(sold, also=(Answer("gift_also", {"gift": shop.bargain.gift_given}),)) \
                if shop.bargain.gift else sold
        promotion_gives = any(w in gives for w in ("送", "赠"))
        if topic == "gift" and promotion_gives and (
                question.conversation.bargain_round == 0 or not shop.bargain.gift) and (
                _GIFT_ASKED.search(text) or given):
            # 「买50ml送啥」「送线吗」 while a promotion that gives it runs: the promotion, before any haggling
            # (and after it, where the shop gives no gift of its own: 「满多少送小样」 is told the 满额赠)
            # (「送枕头吗」 of 买床垫送乳胶枕 among three running: that one, not all of them and the coupon)
            givers = [p for p in running
                      if named_gift is not None and _given_in(shop, named_gift["what"], p.description)]
            deals = self._promotions(promotion_facts(givers), {}) if given and givers \
                else self._promotions(promo, coupon)
            # (「送的是啥口味」 asks of the promotion's gift, not for another; 「送枕头吗」 of the pillows a promotion
            # gives: that, not the shop's own gift promised beside it)
            if shop.bargain.gift and (shop.platform.price_cut == "none" or not shop.bargain.negotiable) \
                    and "送的" not in text and not given:
                # 「送点啥不」 of a shop that never haggles and gives every order its gift: that too
                return dataclasses.replace(deals, also=(*deals.also, Answer("gift_also", {
                    "gift": shop.bargain.gift_given})))
            return deals
        if topic == "gift" and (shop.platform.price_cut == "none" or not shop.bargain.gift
                                or not shop.bargain.negotiable):
            # a gift asked where the price never moves, or of a shop that gives none: the gift itself is
            # answered (as 「买多件」 without a bulk deal), not the price
            if shop.bargain.gift:  # (a shop that never haggles still gives what it says it gives)
                return Answer("gift", {"gift": shop.bargain.gift_given})
            if promotion_gives:  # 「满多少送小样」 while 满额赠 runs: what it gives, never 「没有赠品」
                return self._promotions(promo, coupon)
            return Answer("no_gift_coupon", coupon) if coupon else Answer("no_gift")
        return self._haggled(question, topic, promo, coupon, plain)

    def _haggled(self, question: Question, topic: str | None, promo: dict[str, object], coupon: dict[str, object],
                 plain: str) -> Answer:
        """A request for less (「能便宜点吗」, 「两件70行不行」): what lowers the price where it never
        moves by hand (Tmall) or the product is not haggled over, else the next step of the haggle."""
        shop, product = question.shop, question.product
        text, entities = question.message.text, question.message.entities
        # 「一个班45个人 能优惠多少」「礼盒能便宜点吗 买10盒」 where the price does not move: the rate for many
        deal = shop.bargain.bulk
        many = deal is not None and (_MANY.search(text) or (entities.quantity or 0) >= deal.min_items)
        rate = {"min_items": deal.min_items, "rate": rate_named(deal.rate)} if deal is not None and many else None
        negotiable, _ = shop.bargaining_for(product)
        if shop.platform.price_cut == "none" or not negotiable:
            met, coupon, short = self._fixed_held_to_the_cut(question, product, coupon)
            if met is not None:
                return met
            answer = self._fixed(question, product, promo, coupon, rate)
            answer = dataclasses.replace(answer, also=(*answer.also, short)) if short is not None else answer
            # (a shop that never haggles and writes a gift every order gets gives it all the same: 「老板便宜点呗」 is
            # told 不讲价 and 下单送车锁和打气筒; not one given on a condition, 分类盘一套(拍满99元送))
            every_order = not _GIFT_ON_CONDITION.search(shop.bargain.gift or "")
            return _with_gift(answer, shop) if not shop.bargain.negotiable and every_order else answer
        asks_less = bool(_HAGGLED.search(plain) or entities.money or entities.numbers)
        if topic is None and (_TOTAL.search(text) or not asks_less):
            # 「补贴多少」, 「一份母蟹一份公蟹 一共多少」 read as bargaining: asks for no less, refused nothing
            return Answer("unclear", handoff=True)
        round_ = question.conversation.bargain_round + 1
        if topic == "gift" and round_ > 2 and shop.bargain.gift:  # 「送小样吗」 late in the haggle: the gift itself
            return Answer("gift_also", {"gift": shop.bargain.gift_given}, {"bargain_round": round_})
        if topic == "gift":
            round_ = max(round_, 2)
        # "便宜5块" names money; "165能卖吗" is a plain number that only the price explains
        offer = _offered(product, text, entities)  # (「两件70行不行」: 35 each)
        asked = _asked_discounts((offer,) if offer is not None else entities.money or entities.numbers, product)
        if coupon and product is not None and (terms := shop.coupon_for(product)) is not None \
                and product.price_range()[1] * _count_in_view(question) * 2 < terms.min_spend:
            # 「80行不」 of a 99元 sharpening: no 满399减20 offered as a step of the haggle, that wants the order more
            # than doubled (a 169元 dress is offered 满199减10 all the same, a little more reaching it; so are two
            # bottles said before; where the price never moves, the coupon is told as what lowers it, whatever it is)
            coupon = {}
        answer = self._ladder(shop, product, round_, promo, coupon, asked)
        if answer.case in ("hold", "hold_promotion") and rate is not None and offer is None and not entities.money:
            # 「我要30卷 能便宜点吗」 where 10 or more take the rate for many: not 「已经很实在了」, that rate
            # (「两件300行不行」 names its own price: the haggle's step)
            return Answer(answer.case.replace("hold", "hold_bulk"), {**answer.facts, **rate}, answer.remember)
        if answer.case in ("hold", "hold_promotion") and product is not None \
                and self.rules.topic(_DISCOUNT.sub("", text), "price") is not None:
            # 「10kg多少钱 能便宜点不」: the price asked too, then the hold (「拍两袋呢」 next is two of it)
            held = {**answer.facts, **_price_of(product, question.message)}
            return Answer(answer.case.replace("hold", "hold_price"), held, {**answer.remember, "asked": "price"})
        return answer

    def match(self, message: Message, found: list[Evidence] | None = None) -> IntentHit | None:
        """As any intent's, but 「送新疆吗」 asks whether it goes there (shipping), not for a gift,
        unless prices or deals are asked beside it (or whether one claimed may be used there)."""
        if sent_to_region(message) is not None and self.rules.topic(
                message.text, "price", "promo", "bulk", "protect", "claimed") is None:
            return None
        return super().match(message, found)

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """「生普2016多少」 of a tea sold by 类型 and 年份: one of the product's variants named (with the
        product's own name after it or not: 「双层花篮多少」), or the product itself (「花篮多少」), then
        a bare 多少 ending the clause, asks its price, as 「L码多少」 does with a unit said."""
        text = message.text
        if (fee := characters_fee(product, text)) is not None:  # 「我想刻15个字呢」 of a fact that prices them
            return [Evidence("attribute", f"{fee.key}:{fee.count}个字", 0.95)]
        if _offered(product, text, message.entities) is not None and (offer := _OFFER.search(text)) is not None:
            return [Evidence("pattern", f"出价{offer['sum']}", 0.9, offer.start(), offer.end())]  # 「两条280可以吗」
        if (confirmed := _sum_confirmed(product, text, message.entities)) is not None:
            return [Evidence("pattern", f"核对价钱{confirmed[0]}", 0.9, confirmed.start(), confirmed.end())]
        if "多少" not in text:
            return []  # (every message with a product in view comes here: the cheap test first)
        own = sorted({name.lower() for name in (product.name, *product.aliases) if len(name) >= 2}, key=len,
                     reverse=True)
        for name in [*sorted(product.names_of(*product.colours, *product.sizes), key=len, reverse=True), *own]:
            for said in re.finditer(re.escape(name.lower()), text):
                end = said.end()
                end += next((len(word) for word in own if text.startswith(word, end)), 0)
                if (how_much := _BARE_HOW_MUCH.match(text, end)) is not None:
                    return [Evidence("pattern", f"{text[said.start():end]}多少", 0.9, said.start(), how_much.end())]
        return []

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        """One of the shop's promotions named (跑鞋狂欢周) is asked about: 「精华买赠还有吗」 asks
        whether it still runs, over 还有吗's stock, unless the goods are asked (还有货吗)."""
        named = message.entities.promotions
        if not named:
            return []
        if _GOODS_ASKED.search(message.text):
            return [Evidence("attribute", named[0], 0.9)]  # a fact the shop states, like its goods
        if OF_ITS_ORDERS.search(message.text):  # 「国补的可以开公司抬头吗」: the invoice of its orders, for the rest
            return [Evidence("entity", named[0], 0.6)]
        return [Evidence("attribute", named[0], 1.0, 0, len(message.text))]  # what the whole message asks of

    def _promotion(self, promotion: Promotion, today: dt.date, product: Product | None, until: bool,
                   coupon: dict[str, object], running: list[Promotion]) -> Answer:
        """A promotion asked about by name or by its end: not running yet, over, not for
        this product, until when, or what it is."""
        name: dict[str, object] = {"promotion_name": promotion.name}
        if product is not None and not promotion.covers(product) and (
                promotion.active(today) or (promotion.start is not None and promotion.start > today)):
            # 「坚果也是第二件半价吗」, 「双十二iphone16有活动吗」 of one for another phone: not that one (coming
            # or running), but what does run for it (满199减20)
            running = [p for p in running if p is not promotion]  # (those running for it: none that leaves it out)
            if running:
                others = promotion_facts(running)
                return Answer("promotion_not_for_others", {"promotion_name": promotion.name, "product": product.name,
                                                           "running": others["promotion_name"],
                                                           "promotion": others["promotion"]})
            # (and what it does take: the shop's coupon, and below the rate for buying many)
            also = (Answer("coupon_only", coupon),) if coupon else ()
            return Answer("promotion_not_for", name | {"product": product.name}, also=also)
        if not promotion.active(today):
            if promotion.start is not None and promotion.start > today:
                return Answer("promotion_later", name | {"start": month_day(promotion.start),
                                                         "promotion": promotion.description})
            ended = promotion.end or today  # not active and not yet begun: it has ended
            return Answer("promotion_over", name | {"end": month_day(ended)})
        promo: dict[str, object] = name | {"promotion": promotion.description}
        if promotion.end is not None and until:  # (its last day today: said so)
            end = month_day(promotion.end)
            return Answer("promotion_until", promo | {"end": f"今天({end})" if promotion.end == today else end})
        return self._promotions(promo, coupon)

    def _priced_first(self, question: Question, product: Product | None, answer: Answer, plain: Answer,
                      promo: dict[str, object]) -> Answer:
        """「多少钱 能便宜点吗」 where the price never moves by hand: the price asked, then ``answer`` (no
        haggling, and what lowers the price instead: the promotions are told there, not twice).
        「能便宜点吗 买两袋」: ``plain`` (no haggling, said without the deals), then what that many come
        to with the deals taken off, as 「两袋多少钱」 is told."""
        if product is None:
            return answer
        if self.rules.topic(question.message.text, "price") is None:
            if (question.message.entities.quantity or 0) < 2:
                return answer
            if (total := self._total(question, product, promo)) is None:
                return answer
            return dataclasses.replace(plain, also=(dataclasses.replace(total, remember={}, also=()), *total.also))
        price = self._price(question, product, {})
        if price.case not in ("price", "prices"):
            return answer
        return dataclasses.replace(price, remember={}, also=(*price.also, answer))

    def _total(self, question: Question, product: Product, promo: dict[str, object],
               deals: Answer | None = None) -> Answer | None:
        """What the count said comes to with the deals taken off (`_price`), where it can be worked
        out and sent as it is; None where it is only prices, terms or a draft for a person."""
        total = self._price(question, product, promo, deals)
        if total.case.startswith("price_total") and not (total.draft or total.handoff):
            return total
        return None

    def _net_of_each(self, question: Question, product: Product, promo: dict[str, object]) -> Answer | None:
        """What each variant priced apart comes to after the promotion that cuts it by itself (and the
        shop's coupon on top), where none is named and each works out the same way (R6 600G 1999元到手1749元、
        800G 2399元到手2149元); None where one does not."""
        colour, size = _variant(product, question.message)
        styles = priced_variants(product)
        if colour or size or len(styles) < 2:
            return None
        nets = []
        for label, _, names in styles:
            said = dataclasses.replace(question.message.entities,
                                       colours=tuple(n for n in names if n in product.colours),
                                       sizes=tuple(n for n in names if n in product.sizes))
            one = self._price(dataclasses.replace(question, message=dataclasses.replace(
                question.message, entities=said)), product, promo)
            nets.append((label, one))
        cases = {one.case for _, one in nets}
        if len(cases) != 1 or not cases <= {"price_net_told", "price_net_told_coupon"}:
            return None
        first = nets[0][1]
        prices = join(f"{label} {one.facts['price']}到手{one.facts['net']}" for label, one in nets)
        terms = {k: first.facts[k] for k in ("promotion_name", "amount", "min_spend") if k in first.facts}
        return Answer(first.case.replace("price_", "prices_", 1), {"product": product.name, "prices": prices} | terms,
                      {"asked": "price"})

    def _price(self, question: Question, product: Product, promo: dict[str, object],
               deals: Answer | None = None) -> Answer:
        """`_priced`, drafted for a person where it works out a sum while a promotion's terms cut this
        product by its name in a way not taken off (双12 全店满3000减200;X3 Pro另外直降300元: its 到手价)."""
        answer = self._priced(question, product, promo, deals)
        if answer.case.startswith(_WORKED_OUT) and answer.case not in _CUT_TAKEN and not answer.draft \
                and _cut_by_name(question.shop.promotions_on(question.now.date(), product), product):
            return dataclasses.replace(answer, draft=True)
        return answer

    def _priced(self, question: Question, product: Product, promo: dict[str, object],
                deals: Answer | None = None) -> Answer:
        """The price of the variant named (of each, where several are), else of the product
        (each variant's own where they differ), with the promotion that covers it. For two
        or more of a variant, what they come to, where no promotion makes it a guess. The
        ``deals`` asked beside the price (「M码多少钱 有券吗」) follow it."""
        entities = question.message.entities
        colour, size = _variant(product, question.message)
        memory = question.conversation
        packs = packs_of(product, question.message.text)
        # 「一共多少钱」 after 「要10盒」: the number said before, of the one then chosen (「十斤装到手多少」 after
        # 「两袋三斤的多少钱」 names another: one of it)
        before = question.remembered(product)
        chosen_before = colour in (None, before[0]) or before[0] is None
        chosen_before = chosen_before and (size in (None, before[1]) or before[1] is None)
        quantity = entities.quantity or (memory.quantity or 0 if chosen_before and (
            _TOTAL.search(question.message.text) or memory.asked == _COUNT_TOLD) else 0)
        if size is None and packs is not None:  # 「两斤多少钱」 of tea in 500g: two 500g
            size, quantity = packs
            colour = colour or question.remembered(product)[0]
        if colour is None and size is None and ((memory.asked in (*_PRICE_ASKED, "promo") and entities.quantity)
                                                # 「6XL多少钱」 … (「有啥活动」) … 「活动减完多少」
                                                or (memory.asked in (*_PRICE_ASKED, "promo") and _NET_ASKED.search(
                                                    question.message.text))
                                                or _total_of_said(question)
                                                # 「桃蛋单头多钱」 … 「今天能发不」 … 「拍5个一共多少」: of it
                                                or (entities.quantity and _TOTAL.search(question.message.text))):
            # 「大号多少钱」 … 「两个呢」: two of the one just priced; 「黑色要6瓶」 … 「一共多少」: those six
            colour, size = question.remembered(product)
        by_size, by_colour = (any(n in product.prices for n in names) for names in (product.sizes, product.colours))
        if colour is None and size is None and entities.quantity and _variant_told(question, product):
            # 「那双c的2米呢」 (whatever answered it) … 「要两根多少钱」: so many of the one variant named
            colour, size = question.remembered(product)
        if colour is None and size is None and (_price_alone(question.message.text)
                                                or _NET_ASKED.search(question.message.text)) and (
                (by_size and memory.size in product.sizes) or (by_colour and memory.colour in product.colours)):
            # 「朗逸2020款的有吗」 … 「多钱」 of mats priced by the car: the 朗逸's, not every car's (「钛带多少钱」 …
            # 「能便宜点不」 … 「那到手多少」: the 钛带's; 「10kg便宜点呗」 … 「用券的话到手多少」: the 10kg's)
            colour, size = question.remembered(product)
        if memory.asked in _PRICE_ASKED and (colour is None) != (size is None) \
                and _ONLY_THIS.match(question.message.text):
            # 「中号带盆多钱」 … 「不带盆的呢」: the other half as before (中号 不带盆), not every size without a pot
            told_colour, told_size = question.remembered(product)
            colour, size = colour or told_colour, size or told_size
        told_colour, told_size = question.remembered(product)
        paired = product.priced_in_pairs  # (each colour of each size its own price: either half goes by the other)
        if (colour is None) != (size is None) and not _PRICE_GAP.search(question.message.text) and (
                (size is None and (by_size or paired) and told_size)
                or (colour is None and (by_colour or paired) and told_colour)):
            # 「205 55 16有吗」 … 「四条多少钱」 of tyres priced by the size: the four of the size said before
            colour, size = colour or told_colour, size or told_size
        if (colour is None) != (size is None) and (colour or size) in (told_colour, told_size) and (
                quantity or _NET_ASKED.search(question.message.text)):
            # 「整箱M多少钱」 … 「买两箱到手多少」: 整箱 said again, M still meant
            colour, size = colour or told_colour, size or told_size
        if quantity and quantity == product.price_of(colour, size):
            quantity = 0  # 「全套168 减完多少」: its price said back, not 168 of it
        named = [n for n in (size, colour) if n is not None]
        gap = bool(product.prices) and _PRICE_GAP.search(question.message.text) is not None  # 「大号贵多少」
        item = " ".join(named) if named and not gap else product.name
        facts = {"product": item, **promo}
        # 「到手多少」, or 「那一级半斤呢」 right after one: what it comes to (remembered for the next)
        net_asked = _NET.search(question.message.text) is not None or (
            memory.asked == _NET_TOLD and _ONLY_THIS.match(question.message.text) is not None)
        remember = {"asked": _NET_TOLD if net_asked else "price"}
        several = _several(product, entities.sizes, product.find_size, beside=(colour, size)) or _several(
            product, entities.colours, product.find_colour, beside=(colour, size))
        # (a promotion whose terms leave the variant named out, 整箱不参加 of 整箱, does not price it)
        running = [p for p in question.shop.promotions_on(question.now.date(), product)
                   if not (named and leaves_out(p, product, named))]
        if several and (_TOTAL.search(question.message.text) or _EACH_ONE.search(question.message.text)) \
                and all(len(set(_over(product, n, colour, size))) == 1 for n in several):
            pairs_priced = False  # 「4.5和5.4各一根一共多少」 of lengths each of one price: one of each, summed below
        else:
            pairs_priced = product.priced_in_pairs
        if several and pairs_priced and colour is None and all(n in product.sizes for n in several):
            # 「4.5和6升差多少钱」 where each style of a size has its own price: every pair of those sizes (and
            # the gap where it is the same in every style: 「1米和2米差多少钱」 of cables in two plugs, 10元)
            every = join(f"{variant_label(c, s)} {money(product.price_of(c, s))}" for s in several
                         for c in product.colours)
            if gap and (two := _gap_between(product, several, None, None, question.message.text)) is not None:
                (cheaper, low), (dearer, high) = two
                return Answer("prices_gap", facts | {"product": product.name, "prices": every, "dearer": dearer,
                                                     "cheaper": cheaper, "gap": money(round(high - low, 2))}, remember)
            if gap and (by_style := _gaps_by_style(product, several)) is not None:
                # 「205和215差多少钱」 of tyres sold 单条 and 四条装: the gap of each (单条贵90元、四条装贵360元)
                return Answer("prices_gap_each", facts | {"product": product.name, "prices": every} | by_style,
                              remember)
            return Answer("prices", facts | {"product": product.name, "prices": every}, remember)
        if several and pairs_priced and size is None and all(n in product.colours for n in several):
            # 「T系列和X系列多少钱」 where each pack of a series has its own price: every pair of those series
            return Answer("prices", facts | {"product": product.name, "prices": join(
                f"{variant_label(c, s)} {money(product.price_of(c, s))}" for c in several for s in product.sizes)},
                remember)
        alike = _several(product, entities.sizes, product.find_size, alike=True, beside=(colour, size)) or _several(
            product, entities.colours, product.find_colour, alike=True, beside=(colour, size))
        prices_of = {p for n in alike for p in _over(product, n, colour, size)}
        if len(alike) >= 2 and len(prices_of) == 1 and (_PRICE_GAP.search(question.message.text)
                                                       or _SAME_ASKED.search(question.message.text)):
            # 「75B跟75C差多少钱」「L和XL价格一样吗」 of sizes of one price: the same, and what it is
            return Answer("prices_same", facts | {"product": product.name, "names": join(alike),
                                                  "price": money(prices_of.pop())}, remember)
        if gap and (two := _gap_between(product, several, colour, size, question.message.text)) is not None:
            # 「1匹跟1.5匹差多少钱」「大号贵多少」, 「两个差多少钱」 of a product in two: the two, and the gap
            (cheaper, low), (dearer, high) = two
            told = facts | {"product": product.name, "prices": join(f"{name} {money(p)}" for name, p in two),
                            "dearer": dearer, "cheaper": cheaper, "gap": money(round(high - low, 2))}
            offs = [cut_of(running, product, [name]) or 0.0 for name, _ in two]
            if any(offs) and offs[0] != offs[1] and (net_gap := round(high - offs[1] - low + offs[0], 2)) > 0:
                # 「带灯跟不带灯差多少钱」 while 灯光版直降20 runs: the list prices, and what is left between them
                nets_told = join(f"{name}到手{money(p - off)}" for (name, p), off in zip(two, offs, strict=True) if off)
                cuts_now = [p for p in running if cuts_price(p)] or running
                return Answer("prices_gap_net", told | promotion_facts(cuts_now) | {
                    "net": nets_told, "net_gap": money(net_gap)}, remember)
            return Answer("prices_gap", told, remember)
        # 「7寸8寸10寸各一个多少钱」「一个15一个16promax」「一件M一件L 一共多少」: what one of each comes to
        each_one = several or _several(product, entities.sizes, product.find_size, alike=True) or _several(
            product, entities.colours, product.find_colour, alike=True)
        # (「一张90桌加两把椅子」: as many of each as said, which asks what they come to)
        counts = variant_counts(product, each_one, question.message.text, entities.variant_names) \
            if each_one else None
        asked_total = each_one and (_TOTAL.search(question.message.text) or _EACH_ONE.search(question.message.text)
                                    or (counts and sum(counts) > len(counts)))
        counts = counts or [1] * len(each_one)  # (one of each, where no count is said)
        items = [(times(name, n), _beside(product, name, colour, size) * n)
                 for name, n in zip(each_one, counts, strict=True)]
        set_price = any(_SET_PRICE.search(p.description) for p in running)
        if asked_total and not set_price and (  # (a 满X减Y in tiers, 满199减20,满299减40: the tier they reach)
                threshold_and_cut(running, sum(price for _, price in items))
                or not any(cuts_price(p) for p in running)):
            summed = summed_answer(items, running, question.shop.bargain.bulk, sum(counts),
                                   question.shop.bargain.coupon)
            if summed is not None:
                return dataclasses.replace(summed, remember=remember)
        if asked_total and (cutting := the_cut(running)) is not None:
            # 「标准版两个nfc版一个 多少钱」 while 每个直降30元 runs: each one after its cut, and what they come to
            cuts = [cut_of(running, product, [name]) for name in each_one]
            deal = question.shop.bargain.bulk
            if all(cut is not None for cut in cuts) and (deal is None or sum(counts) < deal.min_items):
                nets = [(_beside(product, name, colour, size) - (cut or 0)) * n
                        for name, n, cut in zip(each_one, counts, cuts, strict=True)]
                return Answer("prices_total_off_each", facts | promotion_facts([cutting]) | {
                    "product": product.name, "total": money(round(sum(nets), 2)), "prices": join(
                        f"{times(name, n)} 到手{money(round(net, 2))}"
                        for name, n, net in zip(each_one, counts, nets, strict=True))}, remember)
        units = {_beside(product, name, colour, size) for name in each_one}
        bulk_reached = (deal := question.shop.bargain.bulk) is not None and sum(counts) >= deal.min_items
        halved = second_half(running, [min(units)] * sum(counts)) if asked_total and len(units) == 1 else None
        if halved is not None and halved[0] > 0 and not set_price and not bulk_reached:
            # 「01和22各一支多少钱」 at 口红第二支半价, of one price: half of the second off (and the 满X减Y
            # it still reaches)
            total = sum(price for _, price in items)
            halving = [p for p in running if SECOND_HALF.search(p.name + p.description) or p is halved[1]]
            return Answer("products_total_off", facts | listed_sum(items) | promotion_facts(halving) | {
                "net": money(round(total - halved[0], 2))}, remember)
        if asked_total and not set_price and (moving := cutting_price(running, sum(price for _, price in items))):
            # 「一斤的加两个半斤的多少钱」「一套加厚一套薄的多少钱」 while 第二件半价 and 满199减20 run: what they
            # come to as priced, and the terms that decide what is paid
            return Answer("products_total_terms", facts | listed_sum(items) | promotion_facts(moving), remember)
        if several:  # 「250g和500g分别多少钱」: each one named
            named_prices = join(f"{name} {money(_beside(product, name, colour, size))}" for name in several)
            if promo and _TOTAL.search(question.message.text) and any(
                    cuts_price(p) or _SET_PRICE.search(p.description) for p in running):
                # 「20寸和24寸一起买多少钱」 while 两个只要799元 runs: each price, and the terms that decide the sum
                return Answer("prices_promotion", facts | {"product": product.name, "prices": named_prices},
                              remember)
            return Answer("prices", facts | {"product": product.name, "prices": named_prices}, remember)
        alike = list(dict.fromkeys(c for w in entities.colours if (c := product.find_colour(w)) is not None))
        if len(alike) >= 2 and size is not None:  # 「麻辣和五香各一斤多少钱」: flavours of one price, said together
            return Answer("price", facts | {"product": f"{'、'.join(alike)} {size}",
                                            "price": money(product.price_of(alike[0], size))}, remember)
        if len(alike) >= 2 and len(product.sizes) > 1 and any(s in product.prices for s in product.sizes):
            return Answer("prices", facts | {"product": "、".join(alike), "prices": join(  # 「麻辣和五香多少钱」
                f"{s} {money(product.price_of(alike[0], s))}" for s in product.sizes)}, remember)
        if named and not gap and size is None and len(product.sizes) > 1 and not product.priced_in_pairs \
                and any(s in product.prices for s in product.sizes):
            # 「大果多少」 where the price goes by the size (5斤, 10斤): each size's, not the first's alone
            each = [(s, product.price_of(colour, s)) for s in product.sizes]
            if quantity >= 2 and (counted := self._counted(question, item, each, quantity, running)) is not None:
                return dataclasses.replace(counted, remember=remember)  # 「买3包多少钱」: what 3 of each come to
            return Answer("prices", facts | {"prices": join(f"{s} {money(p)}" for s, p in each)}, remember)
        if product.priced_in_pairs and not gap and (colour is None) != (size is None):
            # 「1.8的多少钱」 where each thickness of 1.8米 has its own price: each of them, not one
            other_half = product.colours if size is not None else product.sizes
            pairs = [(c, size) for c in product.colours] if size is not None else [(colour, s) for s in product.sizes]
            by_pair = {pair: product.price_of(*pair) for pair in pairs}
            if len(set(by_pair.values())) > 1 and quantity >= 2 and (counted := self._counted(
                    question, item, list(zip(other_half, by_pair.values(), strict=True)), quantity,
                    running)) is not None:
                return dataclasses.replace(counted, remember=remember)  # 「买3包多少钱」 of 包装: 3 of each size
            if len(set(by_pair.values())) > 1:
                # 「46mm多少钱」 while 46mm直降200元 runs: what each comes to after its own cut; (「一箱到手多少」
                # during 满1000减100 that each reaches, with the coupon that goes with it: each net)
                alone = promo and the_cut(running) is not None  # (beside a 满减 too: the terms, below)
                own_off = {pair: cut_of(running, product, [n for n in pair if n]) if alone else None
                           for pair in by_pair}
                after = {pair: round(price - off, 2) if (off := own_off[pair]) is not None and off < price
                         else _net_of_spend(question, running, price) if net_asked else None
                         for pair, price in by_pair.items()}
                listed = join(f"{variant_label(c, s)} {money(price)}" + (f"到手{money(net)}" if (net := after[c, s])
                                                                          else "") for (c, s), price in by_pair.items())
                if any(off is not None for off in own_off.values()):
                    return Answer("prices", facts | {"prices": listed}, remember)
                if any(after.values()):  # what each comes to, and the terms that take it off
                    return Answer("prices_terms", facts | promotion_facts([p for p in running if cuts_price(p)]) | {
                        "prices": listed}, remember)
                if promo and (moving := cutting_price([p for p in question.shop.promotions_on(question.now.date(),
                                                                                              product)
                                                       if not names_left_out(p, product, named)],
                                                      max(by_pair.values()))):
                    # 「1.8的多少钱」 while 25cm款直降100 and 满2000减200 both run: each price, and the terms (of
                    # each pair: 25cm款直降 is of the 25cm 1.8 listed, whatever it says of the 1.8 asked)
                    return Answer("prices_terms", facts | promotion_facts(moving) | {"prices": listed}, remember)
                # (「50条的有活动没 小的50条多少」: each price, and the deals asked of beside it)
                return Answer("prices", facts | {"prices": listed}, remember, also=(deals,) if deals else ())
        if (named and not gap) or not product.prices:  # a gap asked: every variant's price
            price = product.price_of(colour, size)
            deal = question.shop.bargain.bulk
            spend_off = threshold_and_cut(running, price * max(quantity, 1)) if promo else None
            # a sum or a price after a cut names the promotion that cuts it, not one beside it (子母箱套装价)
            cut_by = facts | promotion_facts([p for p in running if cuts_price(p)])
            if quantity >= 2 and spend_off is not None and (deal is None or quantity < deal.min_items):
                # 「拍两盒多少钱」 during 满1000减100 (and no bulk rate for that many): the sum, and the cut
                threshold, cut = spend_off
                total = price * quantity
                told = cut_by | {"price": money(price), "quantity": quantity, "total": money(total)}
                if total < threshold:
                    short = told | {"short": money(threshold - total)}
                    if (coupon := question.shop.coupon_for(product)) is not None and total >= coupon.min_spend:
                        # 「买六米的到手多少」 short of 满800减80, past the shop's 满300减20 coupon: that comes off
                        return Answer("price_total_short_coupon", short | coupon_facts(coupon) | {
                            "net": money(total - coupon.amount)}, remember)
                    return Answer("price_total_short", short, remember)
                if (coupon := coupon_on_top(question.shop.coupon_for(product), running, total - cut)) is not None:
                    # 「可以和店铺券一起用」: the coupon comes off too, where what is left still reaches it
                    return Answer("price_total_off_coupon", told | coupon_facts(coupon) | {
                        "net": money(total - cut - coupon.amount)}, remember)
                return Answer("price_total_off", told | {"net": money(total - cut)}, remember)
            bulk_only = spend_off is not None and price * quantity < spend_off[0]  # the promotion not reached
            gifts_only = not any(cuts_price(p) for p in running)
            # what they come to depends on the promotion: its terms (one that only gives a gift, 满300送摇杯,
            # takes nothing off: the sum below)
            if quantity >= 2 and promo and not bulk_only and not gifts_only:
                # 「买两台165多少钱」 while 直降200 runs, 「拍两袋多少钱」 at 第二件半价: what they come to, where the
                # terms are that plain (and no rate for buying more goes with them); else the terms
                each_off = cut_of(running, product, named)
                off = each_off * quantity if each_off is not None and each_off < price else None
                by_count = cut_for_count(running, price, quantity) if off is None else None
                if by_count is not None:  # 「两只多少钱」 at 枕头任意两只一起拍立减20元: 318 − 20
                    off, cut_by = by_count[1], facts | promotion_facts([by_count[0]])
                halved = second_half(running, [price] * quantity) if off is None else None
                if halved is not None:  # 「拍两饼多少钱」 at 第二饼半价, and the 满299减30 that what is left reaches
                    off, also = halved
                    cut_by = facts | promotion_facts([p for p in running if SECOND_HALF.search(p.name + p.description)
                                                       or p is also])
                rated = count_rate(running, quantity, price * quantity) if off is None and halved is None else None
                if rated is not None:  # 「买两个2L的多少钱」 at 任选两件及以上打9折: 338元 at 9折
                    off, cut_by = round(price * quantity * (1 - rated[1]), 2), facts | promotion_facts([rated[0]])
                paid = paid_of(running, price, quantity) if off is None and halved is None else None
                if paid is not None and (deal is None or quantity < deal.min_items):
                    # 「买三瓶多少钱」 at 拍两瓶送一瓶: three for the price of two (and the 满减 that reaches)
                    told = facts | promotion_facts([p for p in running if BUY_GET.search(p.description)
                                                     or p is paid[2]]) | {
                        "price": money(price), "quantity": quantity, "paid_for": paid[0], "net": money(paid[1])}
                    if paid[2] is not None and (
                            coupon := coupon_on_top(question.shop.coupon_for(product), running, paid[1])) is not None:
                        return Answer("price_total_free_coupon", told | coupon_facts(coupon) | {
                            "net": money(paid[1] - coupon.amount)}, remember)
                    return Answer("price_total_free", told, remember)
                if off is not None and (deal is None or quantity < deal.min_items):
                    told = cut_by | {"price": money(price), "quantity": quantity, "total": money(price * quantity)}
                    net = round(price * quantity - off, 2)
                    if ((halved is not None and halved[1] is not None) or rated is not None) and (
                            coupon := coupon_on_top(question.shop.coupon_for(product), running, net)) is not None:
                        return Answer("price_total_off_coupon", told | coupon_facts(coupon) | {
                            "net": money(net - coupon.amount)}, remember)
                    return Answer("price_total_off", told | {"net": money(net)}, remember)
                if halved is not None and deal is not None:
                    # 「买两套呢」 at 第二套半价 beside the shop's 2件95折: what each comes to, the system settles which
                    return Answer("price_total_halved_bulk", cut_by | {
                        "price": money(price), "quantity": quantity, "total": money(price * quantity),
                        "net": money(round(price * quantity - halved[0], 2)), "rate": rate_named(deal.rate),
                        "bulk_total": money(round(price * quantity * deal.rate, 2))}, remember)
                moving = cutting_price(running, price * quantity)
                if deal is not None and quantity >= deal.min_items and moving:
                    # 「寿眉拍三盒多少」 at 3件95折 while 满299减30 runs: the rate's sum, and the terms that may
                    # take more off (whether the two go together is the shop's rule, not said here)
                    return Answer("price_total_bulk_terms", facts | promotion_facts(moving) | {
                        "price": money(price), "quantity": quantity, "rate": rate_named(deal.rate),
                        "total": money(round(price * quantity * deal.rate, 2))}, remember)
                # 「两台k80 512多少钱」 while terms run that this count does not settle (国补 限一台): the sum
                # as priced, and the terms that may take some off
                return Answer("price_total_terms", facts | promotion_facts(moving or running) | {
                    "price": money(price), "quantity": quantity, "total": money(price * quantity)}, remember)
            if quantity >= 2:  # 「两袋500g的多少钱」: the sum, with the bulk rate if it holds (「三个呢」 at 满3件9折
                # while 满200减20 runs and three come to 177元: the bulk rate, the promotion out of reach)
                if deal is not None and quantity >= deal.min_items:
                    return Answer("price_total_bulk", facts | {
                        "price": money(price), "quantity": quantity, "rate": rate_named(deal.rate),
                        "total": money(round(price * quantity * deal.rate, 2))}, remember)
                told = facts | {"price": money(price), "quantity": quantity, "total": money(price * quantity)}
                coupon = question.shop.coupon_for(product)
                if coupon is not None and price * quantity >= coupon.min_spend and (gifts_only or not promo):
                    # 「买两个多少钱」 whose sum reaches the shop's coupon (nothing running takes any off): less it
                    return Answer("price_total_coupon", told | coupon_facts(coupon) | {
                        "net": money(round(price * quantity - coupon.amount, 2))}, remember)
                return Answer("price_total", told, remember)
            if net_asked and (own := _own_deposit(product)) is not None:
                # 「到手多少钱」 of a pre-sale whose own facts take a deposit off a balance paid later (定金: 先付30元,
                # 付尾款时抵50元; 尾款: 12月15日到17日付): those terms, for a person to work out with what runs then
                return Answer("promotion_own", {"product": product.name, "part": own[0], "note": own[1]},
                              remember, draft=True)
            if promo and gifts_only and net_asked:
                # 「到手多少」 while what runs gives gifts or is for members only: the price, and what runs beside it
                # (less the shop's coupon where the price reaches it: nothing running takes any off first)
                coupon = question.shop.coupon_for(product)
                if coupon is not None and price >= coupon.min_spend:
                    return Answer("price_net_coupon", facts | coupon_facts(coupon) | {
                        "price": money(price), "net": money(round(price - coupon.amount, 2))}, remember)
                return Answer("price_promotions", facts | {"price": money(price)}, remember)
            if promo and net_asked and (deposit := next(
                    (p for p in running if product.id in p.products and _DEPOSIT_TERMS.search(p.description)),
                    None)) is not None:
                # 「到手多少」 of a pre-sale whose own promotion takes its deposit off (定金50抵80, 尾款12月12日至14日
                # 付): the terms, for a person to work out with what else runs on the day the balance is paid
                return Answer("promotion_own", {"product": product.name, "part": deposit.name,
                                                "note": deposit.description}, remember, draft=True)
            if promo and net_asked:  # 「到手价多少」: the price and what the promotion takes
                off = cut_of(running, product, named)
                # (its own 立减100 and the shop's 满1500减80 both running: both, before the spend-off alone)
                both = cut_and_spend_off(running, product, named, price) if off is None else None
                if off is None and both is None and (spend := threshold_and_cut(running, price)) is not None \
                        and price >= spend[0]:
                    off = spend[1]  # 「满减后多少」 of one that reaches a plain 满800减50 by itself
                if both is not None and price - both[1] < both[2]:
                    # 「4.5米到手多少」 while its 立减30 and the shop's 满299减30 both run: the cut, alone reached
                    off, cut_by = both[1], facts | promotion_facts([both[0]])
                elif both is not None:
                    off = both[1] + both[3]  # 「标准版300到手多少」: 立减300, then 满2000减200 that the rest reaches
                if off is not None and off < price:  # 「直降100」 of this product: what it comes to
                    if (coupon := coupon_on_top(question.shop.coupon_for(product), running, price - off)) is not None:
                        return Answer("price_net_told_coupon", cut_by | coupon_facts(coupon) | {
                            "price": money(price), "net": money(price - off - coupon.amount)}, remember)
                    shop_coupon = question.shop.coupon_for(product)
                    if shop_coupon is not None and coupon_said(question.message.text) \
                            and price - off >= shop_coupon.min_spend \
                            and not coupon_apart(" ".join(p.description for p in running)):
                        # 「6L用券到手多少」 while 直降30 runs, whose terms say nothing of the coupon: what the cut
                        # leaves, and whether the coupon goes on top a person says
                        return Answer("price_net_told_coupon_unknown", cut_by | coupon_facts(shop_coupon) | {
                            "price": money(price), "net": money(price - off)}, remember, draft=True)
                    return Answer("price_net_told", cut_by | {"price": money(price), "net": money(price - off)},
                                  remember)
                spend = threshold_and_cut(running, price)
                if off is None and spend is not None and price < spend[0] and cut_of(running, product, named) is None:
                    # 「买一条到手多少」 of a 239元 item during 满300减40: nothing comes off one; how far it is
                    short = cut_by | {"price": money(price), "threshold": money(spend[0]),
                                      "short": money(spend[0] - price)}
                    coupon = question.shop.coupon_for(product)
                    if coupon is not None and price >= coupon.min_spend:
                        # (the shop's coupon it reaches comes off all the same: 169元, 满150减10 → 159元)
                        return Answer("price_net_short_coupon", short | coupon_facts(coupon) | {
                            "net": money(price - coupon.amount)}, remember)
                    return Answer("price_net_short", short, remember)
                if off is None and (beside_share := share_and_short_spend(running, price)) is not None:
                    # 「国补加满减到手多少」 of 2199元 while 国补 15% and 满3000减200 both run: the one it reaches
                    sharing, taken, spending, (least, _) = beside_share
                    return Answer("price_share_off_short", facts | promotion_facts([sharing]) | {
                        "price": money(price), "net": money(round(price - taken, 2)), "spend_name": spending.name,
                        "threshold": money(least), "short": money(round(least - price, 2))}, remember)
                if off is None and (shared := _shared_off(running, product, named, price, facts)) is not None:
                    return dataclasses.replace(shared, remember=remember)  # 「16G的用国补到手多少」 beside 以旧换新
                if deals is None:
                    return Answer("price_net", facts | {"price": money(price)}, remember)
            if deals is not None:
                return Answer(f"price_{deals.case}", {**deals.facts, **facts, "price": money(price)}, remember)
            off = cut_of(running, product, named) if promo else None
            if promo and off is None and (shared := _shared_off(running, product, named, price, facts)) is not None:
                return dataclasses.replace(shared, remember=remember)  # 「12+256多少钱」 while 国补 takes 15%, to 500元
            beside = cut_and_spend_off(running, product, named, price) if off is None and promo else None
            if beside is not None and price - beside[1] < beside[2]:
                # 「500的多少钱」 while its 立减10元 and the shop's 满99减10 both run: the cut, which alone is reached
                off, cut_by = beside[1], facts | promotion_facts([beside[0]])
            if off is not None and off < price:  # 「多少钱」 while 直降200 runs for it: what it comes to now
                return Answer("price_net_told", cut_by | {"price": money(price), "net": money(price - off)}, remember)
            moves_it = cutting_price(running, price)
            if promo and (moving := [p for p in running if (p in moves_it and not leaves_out(p, product, named))
                                     or _own_gift(p, product, named)]) and any(p in moves_it for p in moving):
                # 「6L多少钱」 while 直降30 and 国家补贴 both run for it: its price and the terms that decide the rest
                # (and its own gift running beside them: 拍五座全套送后备箱垫, of 五座全套)
                return Answer("price_promotions", facts | promotion_facts(moving) | {"price": money(price)}, remember)
            left_out = [p for p in question.shop.promotions_on(question.now.date(), product)
                        if cuts_price(p) and named and leaves_out(p, product, named)] \
                if _DEALS_ASKED.search(question.message.text) else []
            # 「带睡篮的多少钱 有直降吗」 of the variant the 直降 leaves out: its price, and that it is left out
            beside_it = (Answer("promotion_excluded", {
                "promotion_name": left_out[0].name, "excluded": " ".join(named),
                "promotion": left_out[0].description}),) if left_out and named else ()
            giving = [p for p in running if named and gives_for(p, product, named)] if promo else []
            if giving and not beside_it:  # 「3段整箱多少钱」 while 拍6罐整箱加送一罐 runs: its price, and that gift
                beside_it = (Answer("gift_variant_in", {"promotion_name": giving[0].name, "variant": " ".join(named),
                                                        "promotion": giving[0].description}),)
            return Answer("price", facts | {"price": money(price)}, remember, also=beside_it)
        if promo and net_asked and quantity < 2 \
                and (each_net := self._net_of_each(question, product, promo)) is not None:
            return each_net  # 「到手多少钱」 of one priced by size, 满500减50 and the coupon together: each's
        if promo and (not gap or net_asked):
            # 「多少钱」「到手价多少」 of a product priced by variant while 直降100 runs: each one's, and what it comes
            # to where the cut is its own (全能基站版直降500元: that one's alone)
            priced = [(name, p, cut_of(running, product, named)) for name, p, named in priced_variants(product)]
            share_by = the_cut(running)
            if all(off is None for _, _, off in priced) and share_off(running, product.price) is not None \
                    and share_by is not None:
                # 「国补后多少钱」 while 国家补贴 takes 15% up to 500元: what each comes to, with its terms (not of a
                # variant they leave out: Ultra7/32G/1T配置不参加国补)
                after_share = join(f"{name} {money(p)}" + ("" if leaves_out(share_by, product, named) else
                                                           f"到手{money(round(p - (share_off(running, p) or 0), 2))}")
                                   for name, p, named in priced_variants(product))
                return Answer("prices_terms", facts | promotion_facts(cutting_price(running, product.price)) | {
                    "prices": after_share}, remember)
            if any(off is not None for _, _, off in priced):
                return Answer("prices", facts | {"prices": _with_nets(priced)}, remember)
        if quantity >= 2 and (counted := self._counted(question, product.name, [
                (name, p) for name, p, _ in priced_variants(product)], quantity, running)) is not None:
            return dataclasses.replace(counted, remember=remember)  # 「一个班50套多少钱」: 50 of each price
        if promo and not gap and (moving := cutting_price(running, product.price_range()[0])):
            # (so many while promotions move the prices: each price, and the terms that decide the sum)
            return Answer("prices_terms", facts | promotion_facts(moving) | {"prices": variant_prices(product)},
                          remember)
        return Answer("prices", facts | {"prices": variant_prices(product)}, remember)

    def _counted(self, question: Question, item: str, each: Sequence[tuple[str, float]], quantity: int,
                 running: Sequence[Promotion]) -> Answer | None:
        """``quantity`` of a variant whose price goes by its other half (``each`` size's, or each
        colour's), that half not named: what that many come to at each price, with the rate for
        buying more where it holds; where a plain 满X减Y runs, what each comes to after it (and after
        the shop's coupon, where the terms say it goes with it and what is left reaches it), and so
        where 第二件半价 runs; None where a promotion of other terms runs, or beside the rate (its
        terms decide the sum)."""
        deal = question.shop.bargain.bulk
        rate = deal.rate if deal is not None and quantity >= deal.min_items else 1.0
        by_price: dict[float, list[str]] = {}
        for size, price in each:
            by_price.setdefault(price, []).append(size)
        if any(cuts_price(p) for p in running):
            if rate < 1.0:
                return None
            coupon = question.shop.coupon_for(question.product)
            worked, cut = [], False
            for price, sizes in by_price.items():
                total = price * quantity
                taken = None  # the shop's coupon on top, said where it is taken (「再用满150减10的券」)
                if (spend_off := threshold_and_cut(list(running), total)) is not None:
                    net = total - spend_off[1] if total >= spend_off[0] else total
                    if net < total and (taken := coupon_on_top(coupon, running, net)) is not None:
                        net -= taken.amount
                elif (halved := second_half(list(running), [price] * quantity)) is not None:
                    net = total - halved[0]  # 「两盆多少」 at 第二盆半价, the pot not said: each pot's two
                elif (by_count := cut_for_count(list(running), price, quantity)) is not None:
                    net = total - by_count[1]  # 「四条多少钱」 at 买4条及以上立减120元, the size not said: each size's
                elif (paid := paid_of(list(running), price, quantity)) is not None:
                    net = paid[1]  # 「买三瓶多少钱」 at 买二送一, the size not said: two of each size paid
                    if paid[2] is not None and (taken := coupon_on_top(coupon, running, net)) is not None:
                        net -= taken.amount
                else:
                    return None
                coupon_said = f"再用满{money(taken.min_spend)}减{money(taken.amount)}的券" if taken is not None else ""
                cut = cut or net < total
                worked.append(f"{'/'.join(sizes)} {money(price)},{quantity}份{money(total)}"
                              + (f",减完{coupon_said}{money(round(net, 2))}" if net < total else ""))
            # (the terms that moved a sum: not a plain 满199减20 even the dearest falls short of; where it moved
            # none, 「两盒多少钱」 of 250g and 500g mangoes, each below it: the sums alone)
            if not cut:
                return Answer("prices_total", {"product": item, "quantity": quantity, "totals": join(worked)})
            return Answer("prices_total_off", {"product": item, "quantity": quantity, "totals": join(worked)}
                          | promotion_facts(cutting_price(list(running), max(by_price) * quantity)))
        totals = join(f"{'/'.join(sizes)} {money(price)},{quantity}份{money(round(price * quantity * rate, 2))}"
                      for price, sizes in by_price.items())
        told = {"product": item, "quantity": quantity, "totals": totals}
        if deal is not None and rate < 1.0:
            return Answer("prices_total_bulk", told | {"min_items": deal.min_items, "rate": rate_named(deal.rate)})
        return Answer("prices_total", told)

    def _ladder(
        self, shop: Shop, product: Product | None, round_: int, promo: dict[str, object],
        coupon: dict[str, object], asked: tuple[float, ...],
    ) -> Answer:
        policy = shop.bargain
        remember = {"bargain_round": round_}
        if round_ == 1:
            return Answer("hold_promotion" if promo else "hold", promo, remember)
        if round_ == 2 and (policy.gift or coupon):
            if policy.gift and coupon:
                return Answer("gift_coupon", {"gift": policy.gift_given, **coupon}, remember)
            if policy.gift:
                return Answer("gift", {"gift": policy.gift_given}, remember)
            return Answer("coupon", coupon, remember)
        _, cap = shop.bargaining_for(product)
        if cap <= 0:
            return Answer("final_none", remember=remember)
        discount = min((cap, *asked))
        if shop.platform.price_cut == "coupon":  # JD: no price change by hand; a coupon instead
            return Answer("final_coupon", {"discount": money(discount)}, remember,
                          actions=({"type": "coupon", "discount": f"{discount:g}"},))
        return Answer("final", {"discount": money(discount)}, remember | {"price_cut": money(discount)},
                      actions=({"type": "price_change", "discount": f"{discount:g}"},))

    def _coupon_fits(self, question: Question, product: Product, coupon: dict[str, object]) -> Answer | None:
        """Whether the product (the variant named or talked about), bought alone, reaches the
        coupon's minimum spend, and by how much it falls short; None where its price is not one."""
        coupon_terms = question.shop.coupon_for(product)
        colour, size = _named_or_told(product, question)
        if coupon_terms is None:
            return None
        if product.prices and colour is None and size is None:  # priced by variant and none named
            prices = sorted((product.price_of(c, s), s) for c in product.colours for s in product.sizes)
            if prices[-1][0] < coupon_terms.min_spend:  # even the dearest does not reach it alone
                dearest, which = prices[-1]
                return Answer("coupon_short", {"product": f"{product.name}最贵的{which}", "price": money(dearest),
                                               **coupon, "short": money(round(coupon_terms.min_spend - dearest, 2))})
            return None  # some reach it, some do not: the coupon's terms alone
        # 「两件能用吗」, or 「还能用券不」 right after 「买两个2L的多少钱」: what that many come to, once a
        # promotion for buying so many takes its part off (任选两件及以上打9折)
        count = _count_in_view(question)
        price = product.price_of(colour, size) * count
        label = " ".join(n for n in (size, colour) if n) or product.name
        running = question.shop.promotions_on(question.now.date(), product) if count > 1 else []
        if (rated := count_rate(running, count, price)) is not None:
            price, label = price * rated[1], f"{label}{rated[0].name}减过后"
        elif (cut := cut_for_count(running, price / count, count)) is not None:
            price, label = price - cut[1], f"{label}{cut[0].name}减过后"
        facts = {"product": f"{count}件{label}" if count > 1 else label, "price": money(round(price, 2)), **coupon}
        if price >= coupon_terms.min_spend:
            return Answer("coupon_fits", facts)
        return Answer("coupon_short", facts | {"short": money(round(coupon_terms.min_spend - price, 2))})

    def _coupon_short_after_cut(self, question: Question, product: Product,
                                coupon: dict[str, object]) -> Answer | None:
        """One of the variant in view (named, else the only price it has) short of the shop's coupon's minimum
        spend, at its price or once a promotion running for it cuts it: what it comes to and how far short; None
        where it reaches it, nothing cuts it or its price is not one."""
        coupon_terms = question.shop.coupon_for(product)
        one = _price_in_view(question, product)
        if coupon_terms is None or one is None:
            return None
        if _count_in_view(question) > 1:  # (two said before: what they come to)
            return self._coupon_fits(question, product, coupon)
        price, named = one
        if price < coupon_terms.min_spend:  # (short before anything runs: shorter still after any cut)
            return self._coupon_fits(question, product, coupon)
        cut = _cut_of_one(question, product, price, named)
        if cut is None or price - cut[0] >= coupon_terms.min_spend:
            return None
        off, by = cut
        return Answer("coupon_short_net", {
            "product": product.name, "price": money(price), "net": money(round(price - off, 2)),
            **promotion_facts([by]), **coupon, "short": money(round(coupon_terms.min_spend - price + off, 2))})

    def _fixed(self, question: Question, product: Product | None, promo: dict[str, object],
               coupon: dict[str, object], rate: dict[str, object] | None) -> Answer:
        """A haggle where the price does not move (on Tmall, or of goods not haggled over): no, and what
        lowers the price instead, the promotions and the coupon (「多少钱 能便宜点吗」: the price first)."""
        shop = question.shop
        if shop.platform.price_cut == "none":  # no price change by hand
            case = "tmall" + ("_promotion" if promo else "") + ("_coupon" if coupon else "")
            answer = self._priced_first(question, product, Answer(case, promo | coupon), Answer("tmall"), promo)
            if rate is not None and not any("bulk" in a.case for a in answer.also):
                # 「学校要买100盒 能便宜点吗」: the rate for many too, which needs no change by hand
                answer = dataclasses.replace(answer, also=(*answer.also, Answer("bulk", rate)))
            return answer
        # a product's or its category's own mark is said of that product, not of the shop
        if product is not None and shop.bargain.negotiable:  # the shop haggles, this product does not
            if rate is not None:
                return Answer("fixed_product_bulk", {"product": product.name} | rate)
            # (「6-12岁的多少钱 能便宜点不」: its price first)
            return self._priced_first(question, product, Answer(
                "fixed_product" + ("_promotion" if promo else "") + ("_coupon" if coupon else ""),
                {"product": product.name} | promo | coupon), Answer("fixed_product", {"product": product.name}),
                promo)
        if rate is not None:
            return Answer("fixed_bulk", rate)
        # 「能便宜点吗」 where nothing is haggled over: no, and what lowers the price instead (as on Tmall)
        return self._priced_first(question, product, Answer(
            "fixed" + ("_promotion" if promo else "") + ("_coupon" if coupon else ""), promo | coupon),
            Answer("fixed"), promo)

    def _fixed_held_to_the_cut(self, question: Question, product: Product | None,
                               coupon: dict[str, object]) -> tuple[Answer | None, dict[str, object], Answer | None]:
        """A haggle where the price does not move, held to what a promotion running brings one of the variant in
        view to: an answer where the sum offered is already reached (「800卖不卖」 of 899元 直降100: 到手799元);
        else the coupon to name beside the deals, none where one no longer reaches it once cut (满800减30: the
        haggle would call it usable), and what one comes to short of it, to say after."""
        if product is None or (one := _price_in_view(question, product)) is None \
                or (cut := _cut_of_one(question, product, *one)) is None:
            return None, coupon, None
        (price, _), (off, by) = one, cut
        offer = _offered(product, question.message.text, question.message.entities)
        if offer is not None and price - off <= offer:
            return Answer("offer_met_net", {"product": product.name, "price": money(price),
                                            "net": money(round(price - off, 2)), **promotion_facts([by]),
                                            "offer": money(offer)}), coupon, None
        short = self._coupon_short_after_cut(question, product, coupon) if coupon else None
        if short is not None and short.case == "coupon_short_net":
            return None, {}, short
        return None, coupon, None

    def _promotions(self, promo: dict[str, object], coupon: dict[str, object]) -> Answer:
        # 「明天还有吗」「到几号」 next asks how long it lasts (the one told, where it is one)
        told = str(promo.get("promotion_name", ""))
        remember: dict[str, object] = {"asked": "promo", "promotion": told if told and "、" not in told else None}
        if promo and coupon:  # (terms that keep the coupon apart, 「不能和店铺券一起用」: said so, not 「另外还有」)
            apart = coupon_apart(str(promo.get("promotion", "")))
            return Answer("promotions_coupon_apart" if apart else "promotions_coupon", promo | coupon, remember)
        if promo:
            return Answer("promotions", promo, remember)
        if coupon:
            return Answer("coupon_only", coupon, remember)
        return Answer("no_promotions", remember=remember)
