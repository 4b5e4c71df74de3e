"""promotion_terms: what a promotion's terms take off a price.

A promotion is written by the owner in their own words (满199减20, 满2件打9折, 第二件半价,
买二送一, 直降30, 会员专享 …). These functions read those words: whether they move the price every
buyer pays, the threshold and cut of a 满减 (its tiers too), a straight cut, a rate for buying so
many, a second piece at half, whether a promotion goes with the shop's coupon, and what a sum
comes to after them. Pure functions of the shop's data; the bargain intent decides what to say.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Sequence

from botcore.shop import Coupon, Product, Promotion, Shop
from botcore.shop.model import LEFT_OUT
from botcore.stages.numbers import COUNTERS, parse_numeral
from botcore.text import SMALL_PARTS, join

__all__ = [
    "BUY_GET",
    "LEFT_OUT",
    "SECOND_HALF",
    "count_rate",
    "coupon_apart",
    "coupon_on_top",
    "coupon_said",
    "cut_and_spend_off",
    "cut_beside_spend",
    "cut_for_count",
    "cut_of",
    "cut_with",
    "cuts_price",
    "cutting_price",
    "each_cut_for_count",
    "gift_for_count",
    "gift_for_spend",
    "gives_for",
    "leaves_out",
    "names_left_out",
    "off_of_one",
    "on_condition",
    "own_cut",
    "paid_of",
    "promotion_facts",
    "said_of_stacking",
    "says_left_out",
    "second_half",
    "set_cut",
    "share_and_short_spend",
    "share_off",
    "spend_name",
    "the_cut",
    "threshold_and_cut",
    "with_another",
]


#: Punctuation a promotion's description may end with; another is joined after it as is.
_ENDS = frozenset("。.!！;；~～")


def promotion_facts(running: list[Promotion], scoped: Shop | None = None) -> dict[str, object]:
    """What the templates say of the promotions running (the product's own first, then the
    shop-wide ones): their names and descriptions, all of them; with ``scoped`` (the shop, where
    no product is in view), a promotion for some goods says which (仅限毛线：…)."""
    if not running:
        return {}
    described = "".join(_scope(p, scoped) + (p.description if p.description[-1:] in _ENDS else p.description + "；")
                        for p in running).rstrip("；")
    return {"promotion_name": join(p.name for p in running), "promotion": described}


def _scope(promotion: Promotion, shop: Shop | None) -> str:
    """What a promotion for some goods is for (仅限毛线、新手粗线围巾材料包：), where ``shop`` is given."""
    if shop is None or not (promotion.products or promotion.categories):
        return ""
    names = [*promotion.categories, *(p.name for pid in promotion.products if (p := shop.product(pid)) is not None)]
    return f"仅限{join(names)}：" if names else ""


def own_cut(shop: Shop, today: dt.date, product: Product, size: str | None,
            together: Sequence[Product] = (), count: int = 1) -> tuple[Promotion, float] | None:
    """The promotion made for ``product`` (by name or category) that takes a plain sum off each one
    today (帐篷睡袋每件下单立减50元), or off one bought along with goods it names that are ``together``
    with it (`cut_with`), or off each where ``count`` of it reach so many (`each_cut_for_count`), and that
    sum; None where none or several of its own move its price."""
    own = [p for p in shop.promotions_on(today, product) if (p.products or p.categories) and cuts_price(p)]
    off = (cut_of(own, product, [size] if size else []) or cut_with(own[0], product, together)
           or each_cut_for_count(own[0], count)) if len(own) == 1 else None
    return (own[0], off) if off else None




def set_cut(running: Sequence[Promotion], products: Sequence[Product], total: float) -> tuple[Promotion, float] | None:
    """The promotion that takes a sum off once where the goods its terms name are bought together
    (矶钓竿加任意一个纺车轮同时拍下立减30元, of a rod and a reel summed), or prices them so together
    (拍E5咖啡机加G3磨豆机套餐只要2299元), with what it takes off ``total``; None where none does, or its
    terms move the price otherwise (满, 折, 第二件) or cut the one added (`cut_with`)."""
    for promotion in running:
        terms = promotion.description.lower()
        cuts = list(_STRAIGHT_CUT.finditer(terms))
        priced = list(_SET_PRICE.finditer(terms))
        along = re.search(_ALONG_WITH, terms)
        said = (cuts or priced)[0] if len(cuts) + len(priced) == 1 else None
        # (what comes after the sum is given with it: 再送500g咖啡豆一袋 is no count to buy)
        if said is None or along is None or re.search(r"满\d|折|第二", terms) \
                or re.search(_BUT_ALONG_WITH, terms[:said.start()]) or not all(promotion.covers(p) for p in products):
            continue
        before = terms[:along.start()]
        named = [p for p in products if any(len(n) >= 2 and n.lower() in before
                                            for n in (p.name, *p.aliases, p.category))]
        if len(named) >= 2 and len(named) == len(products) and not re.search(r"加购|换购", terms):
            off = float(cuts[0][1]) if cuts else total - float(priced[0][1])
            return (promotion, off) if 0 < off < total else None
    return None


#: A price for goods bought together: 套餐只要2299元, 一起拍仅需199元, 组合价899元.
_SET_PRICE = re.compile(r"(?:只要|仅需|仅要|特价|套餐价|组合价|一起只要)\s*(\d+(?:\.\d+)?)\s*元")


def cut_with(promotion: Promotion, product: Product, together: Sequence[Product]) -> float | None:
    """What ``promotion`` takes off ``product`` where its one condition is buying it along with
    goods it names and ``together`` holds them (买任意一个行李箱同时加购双肩包,双肩包立减30元, of a
    backpack summed with a 行李箱): 30; None otherwise, and of the 行李箱 itself."""
    terms = promotion.description.lower()
    cuts = list(_STRAIGHT_CUT.finditer(terms))
    along = re.search(_ALONG_WITH, terms)
    if len(cuts) != 1 or along is None or re.search(rf"满\d|折|第二|{_BUT_ALONG_WITH}", terms):
        return None
    own = [name.lower() for name in (product.name, *product.aliases, product.category) if len(name) >= 2]
    others = [name.lower() for other in together if other.id != product.id
              for name in (other.name, *other.aliases, other.category) if len(name) >= 2 and name.lower() not in own]
    # (this product is what is added, named after 同时加购; what it is bought with, another one's goods, by
    # its name or the kind its name ends with: 滑板车 of 三轮滑板车, in 「买任意滑板车」)
    added = any(name in terms[along.start():] for name in own)
    return float(cuts[0][1]) if added and any(
        name in terms or (len(name) > 3 and name[-3:] in terms[:along.start()]) for name in others) else None


_SPEND_OFF = re.compile(r"满(\d+)元?减(\d+)")
#: A rate for buying so many (满2件打9折,满3件打8折; 两件95折).
_COUNT_TIER = re.compile(r"(?:满|买|拍)?([\d一二两三四五六七八九十]+)件(?:及以上|以上)?(?:打|享|可享)?"
                         r"(\d+(?:\.\d+)?)折")


def cutting_price(running: list[Promotion], total: float) -> list[Promotion]:
    """The promotions running that move the price of ``total``: not a plain 满X减Y it falls short of."""
    return [p for p in running if cuts_price(p)
            and not ((spend := threshold_and_cut([p], total)) is not None and total < spend[0])]


def count_rate(running: list[Promotion], pieces: int, total: float) -> tuple[Promotion, float] | None:
    """The one promotion running that moves the price of ``total`` (a 满2000减200 it does not
    reach moves nothing), where its terms are rates for buying so many (满2件打9折,满3件打8折)
    and nothing else that moves it: the rate for ``pieces``, the highest tier reached; None
    where none is, or other terms go with it."""
    moving = cutting_price(running, total)
    cutting = moving[0] if len(moving) == 1 else None
    terms = _COUPON_TERMS.sub("", cutting.description) if cutting is not None else ""  # (「可以和满199减20的券一起用」)
    if cutting is None or re.search(r"满\d+元|减|降|第二件|半价|送", terms):
        return None
    tiers = [(int(count), float(rate) / (10 if float(rate) < 10 else 100)) for m in _COUNT_TIER.finditer(
        terms) if (count := parse_numeral(m[1])) is not None for rate in [m[2]]]
    reached = [(count, rate) for count, rate in tiers if count <= pieces]
    return (cutting, max(reached)[1]) if reached else None

#: Said right after terms, that they are a coupon's: 满299减20的券.
_A_COUPON = re.compile(r"的?(店铺)?(优惠)?券")
#: A coupon's own terms named in a promotion's (可以和店铺满5000减100的券一起用): not the promotion's.
_COUPON_TERMS = re.compile(r"满\d+(?:\.\d+)?元?减\d+(?:\.\d+)?元?" + _A_COUPON.pattern)


def the_cut(running: list[Promotion]) -> Promotion | None:
    """The one promotion running that moves the price (one that only gives a gift, 满199送小样,
    takes nothing off beside it); None where none or several do."""
    cutting = [p for p in running if cuts_price(p)]
    return cutting[0] if len(cutting) == 1 else None


def _plain_terms(running: list[Promotion], terms: re.Pattern[str], more: str) -> tuple[float, ...] | None:
    """The numbers of the one promotion running that moves the price (one that only gives a gift,
    满199送小样, takes nothing off beside it), where its description says ``terms`` once and
    nothing of ``more`` (other terms that move the price); None otherwise."""
    cutting = the_cut(running)
    if cutting is None:
        return None
    # (「可以和店铺满299减20的券一起用」 names the coupon, not a second cut; 「88VIP会员再享95折」 is for some only)
    description = _for_every_buyer(cutting.description)
    found = [m for m in terms.finditer(description) if not _A_COUPON.match(description, m.end())]
    if len(found) != 1 or re.search(more, _COUPON_TERMS.sub("", description)):
        return None
    return tuple(float(n) for n in found[0].groups())


def _for_every_buyer(terms: str) -> str:
    """A promotion's terms less the sentences for some buyers only (88VIP会员在此基础上再享95折),
    and less the clauses of whether another goes with it (不能和每满200减30同时用): what every buyer gets."""
    return "；".join(_WITH_ANOTHER.sub("", part) for part in re.split(r"[;；。]", terms)
                    if part and not _FOR_SOME.search(part))


#: A clause of whether another promotion goes with this one: 不能和每满200减30同时用, 可与满减叠加.
_WITH_ANOTHER = re.compile(r"(?:不能|不可以?|不|可以|可|能)(?:和|与|跟|同)[^,，;；。]*?(?:同时|一起|叠加|同享|共用)"
                           r"(?:使用|用|享受|参加|参与)?")


def spend_name(running: list[Promotion]) -> str:
    """The name of the one promotion running that moves the price (the 满X减Y of `threshold_and_cut`)."""
    cutting = the_cut(running)
    return cutting.name if cutting is not None else "满减"


def threshold_and_cut(running: list[Promotion], total: float | None = None) -> tuple[float, float] | None:
    """The threshold and the cut of the one promotion running, where it is a plain 满X减Y once per
    order; where it has tiers (满399减40、满699减80) and ``total`` is given, the highest tier ``total``
    reaches (else the lowest, which it falls short of); a 每满X减Y with no cap, its cut as many times as
    ``total`` holds X; None where its terms say more (折, 第二件, a cap, several promotions)."""
    found = _plain_terms(running, _SPEND_OFF, _MORE_THAN_SPEND_OFF)
    if found:
        return found[0], found[1]
    every = _plain_terms(running, _EVERY_SPEND_OFF, _MORE_THAN_EVERY_SPEND_OFF)
    if every:  # 每满100减50: as many times as ``total`` holds the threshold (once, where no total is given)
        return every[0], every[1] * max(1, int((total or 0) // every[0]))
    cutting = the_cut(running)
    description = _for_every_buyer(cutting.description) if cutting is not None else ""
    if total is None or cutting is None or re.search(_MORE_THAN_SPEND_OFF, _COUPON_TERMS.sub("", description)):
        return None
    tiers = sorted((float(m[1]), float(m[2])) for m in _SPEND_OFF.finditer(description)
                   if not _A_COUPON.match(description, m.end()))
    if len(tiers) < 2 or any(b[1] <= a[1] for a, b in itertools.pairwise(tiers)):
        return None  # (tiers whose cuts do not grow with what is spent: not read as tiers)
    return max((t for t in tiers if total >= t[0]), default=tiers[0])


#: Terms beside a 满X减Y that move the price in other ways.
_MORE_THAN_SPEND_OFF = r"每满|折|第二|买.送|[\d两二三四五六七八九十]\s*件"  # (not 配件)
#: A cut for every so much spent, with no cap (每满100减50, 上不封顶 or nothing said of a cap), and what else
#: would move the price beside it (a cap: 最多减200, 封顶).
_EVERY_SPEND_OFF = re.compile(r"每满(\d+)元?减(\d+)")
_MORE_THAN_EVERY_SPEND_OFF = r"折|第二|买.送|[\d两二三四五六七八九十]\s*件|最多|最高|(?<!不)封顶"


_STRAIGHT_CUT = re.compile(r"(?:直降|立减|直减)(\d+)(?![\d.]|\s*%)")  # (not 立减15%: a share, `_SHARE_OFF`)
#: Terms that put a condition on a cut: how many are bought (拍两箱及以上立减10元), what with (买床
#:同时加购床头柜), who buys (学生认证, 新人, 前100名) or when it arrives (预订24日送达的).
_ALONG_WITH = (r"同时|加购|搭配|同一订单|同一个订单|同一单|一个订单里|同单|一起(?:买|拍|下单|购买)|一块(?:买|拍)"
               r"|组合(?:购买|买|拍)|套餐")
_BUT_ALONG_WITH = (r"(?<![A-Za-z\d])[两二三四五六七八九十\d]\s*[箱件个份盒袋瓶套台只双条张把顶支包罐桶斤](?!式|装)"
                   r"|认证|会员|新人|新客|首单|前[一二三四五六七八九十百\d]+[名位单件个]"
                   r"|预订|预定|(?:送达|到货|配送|收货)的")  # (on the day it arrives: 预订24日送达的鲜花立减20元)
_CUT_ON_CONDITION = f"{_ALONG_WITH}|{_BUT_ALONG_WITH}"


def _straight_cut(running: list[Promotion]) -> float | None:
    """What the one promotion running takes off each item, where its terms are a plain 直降N
    or 立减N and nothing more that moves the price (no 满, 折, 第二件 beside it)."""
    found = _plain_terms(running, _STRAIGHT_CUT, rf"满\d|折|第二|每[两二三四五六七八九十\d]|{_CUT_ON_CONDITION}")
    return found[0] if found else None


#: A cut said right after a variant's name in a promotion's terms: 600G直降200, 全能基站版直降500.
_ITS_CUT = r"(?![a-z\d])[^,，;；。]{0,6}?(?:直降|立减|直减)(\d+)(?![\d.]|\s*%)"


def _cut_of_variant(running: list[Promotion], product: Product, named: Sequence[str]) -> float | None:
    """What the one promotion running takes off the variant named, where its terms cut each
    variant by name (600G直降200元到手1499元,800G直降300元): that variant's cut."""
    cutting = the_cut(running)
    if cutting is None or not named or re.search(rf"满\d|折|第二|{_CUT_ON_CONDITION}", cutting.description):
        return None
    for name in named:
        for said in product.names_of(name):
            found = re.search(re.escape(said) + _ITS_CUT, cutting.description, re.IGNORECASE)
            if found is not None:
                return float(found[1])
    return None


def cut_of(running: list[Promotion], product: Product, named: Sequence[str]) -> float | None:
    """What the one promotion running takes off each of the variant ``named``: its own cut where
    the terms cut it by name (600G直降200元); none where they leave it out (XL除外) or cut
    other variants by name only (全能基站版直降500元); else a plain cut of every one (直降200)."""
    cutting = the_cut(running)
    if cutting is not None and names_left_out(cutting, product, named):
        return None  # (「普通装单瓶直降50元;整箱和礼盒装不参加」: 礼盒装单瓶 is a 单瓶, and left out all the same)
    own = _cut_of_variant(running, product, named)
    if own is not None:
        return own
    if cutting is None or leaves_out(cutting, product, named):
        return None
    return _straight_cut(running)


def off_of_one(running: list[Promotion], product: Product, named: Sequence[str], price: float) -> float | None:
    """What the promotions running take off one of the variant ``named`` at ``price``: its own cut (直降200);
    else its own cut and a plain 满X减Y beside it, both where what the cut leaves still reaches X (1599元, 直降200
    and 满1000减100: 300), the cut alone where it does not; else a plain 满X减Y ``price`` reaches by itself;
    None where nothing comes off one."""
    off = cut_of(running, product, named)
    if off is not None:
        return off
    both = cut_and_spend_off(running, product, named, price)
    if both is not None and price - both[1] < both[2]:
        return both[1]
    if both is not None:  # (none where the terms say the two do not go together: a person says which counts)
        return None if any(_apart(p, running) for p in running) else both[1] + both[3]
    spend = threshold_and_cut(running, price)
    return spend[1] if spend is not None and price >= spend[0] else None


def names_left_out(promotion: Promotion, product: Product, named: Sequence[str]) -> bool:
    """Whether ``promotion``'s terms name the variant ``named`` to leave it out (XL除外, 整箱不参加), not by a
    word that begins another of its variants' names there (四驱 of 四驱双电 in 双驱单电和四驱摇摆款不参加)."""
    terms = promotion.description.lower()
    others = [o.lower() for v in (*product.sizes, *product.colours) if v not in named for o in product.names_of(v)]
    return any(not any(len(o) > len(s) and terms.startswith(o, m.start()) for o in others)
               for v in named for s in product.names_of(v) for m in _left_out(s).finditer(terms))


def says_left_out(terms: str, word: str) -> bool:
    """Whether ``terms`` name ``word`` to leave it out (XL除外, 单条不参加); L is not named by XL除外."""
    return _left_out(word).search(terms.lower()) is not None


def _left_out(word: str) -> re.Pattern[str]:
    """``word`` named to be left out (XL除外), not inside a longer code (L of XL)."""
    return re.compile(r"(?<![a-z\d])" + re.escape(word.lower()) + LEFT_OUT)


def leaves_out(promotion: Promotion, product: Product, named: Sequence[str]) -> bool:
    """Whether ``promotion``'s terms leave the variant ``named`` out (`names_left_out`) or cut variants by
    name, this one not among them (全能版直降500元, asked of 标准版)."""
    terms = promotion.description.lower()
    said = [s.lower() for v in (*product.sizes, *product.colours) for s in product.names_of(v) if len(s) >= 2]
    asked = {s.lower() for v in named for s in product.names_of(v)}
    return names_left_out(promotion, product, named) or (
        any(re.search(re.escape(s) + _ITS_CUT, terms) for s in said)
        and not any(re.search(re.escape(s) + _LISTED + _ITS_CUT, terms) for s in asked))


#: Other names listed after a variant's, before the cut said of them all (RTX4060和4060Ti显卡下单立减100元: 4060's too).
_LISTED = r"(?![a-z\d])(?:[和、及与跟/][^,，;；。]{1,12}?)?"


#: What buying earns a gift, in the terms: 「买冬被或加厚冬被送一只中枕枕芯」 (the words between 买 and 送).
_BOUGHT_FOR_GIFT = re.compile(r"(?:买|拍|购买|下单)(?P<bought>[^,，。;；]{1,24}?)"
                              r"(?:[,，]?(?:加|再|就|即|都|可|均))?(?:送|赠)")  # (拍6罐整箱,加送一罐)


#: A gift for buying so many, in the terms: 「同一规格拍两袋,送一袋250g一级红枣」「买3件送收纳袋」.
_COUNT_FOR_GIFT = re.compile(rf"(?:买|拍|购买|满)(?P<n>[\d一二两三四五六七八九十]+)(?:{COUNTERS})"
                             rf"[^。;；]{{0,16}}?(?:送|赠)")


def gift_for_count(promotion: Promotion, count: int) -> bool:
    """Whether ``promotion`` gives a gift, nothing off the price, for buying so many that ``count``
    reaches (拍两袋,送一袋250g一级红枣 of two bags: yes; of one: no)."""
    found = _COUNT_FOR_GIFT.search(promotion.description)
    least = parse_numeral(found["n"]) if found is not None else None
    return least is not None and count >= least and not cuts_price(promotion)


def gift_for_spend(promotion: Promotion, spent: float) -> bool:
    """Whether ``promotion`` gives a gift, nothing off the price, for a spend that ``spent`` reaches
    (单笔实付满128元送一个嗦粉碗 of 230元: yes; of 115元: no)."""
    found = _SPEND_FOR_GIFT.search(promotion.description)
    return found is not None and spent >= float(found["n"]) and not cuts_price(promotion)


#: A gift for a spend: 满128元送, 实付满99送.
_SPEND_FOR_GIFT = re.compile(r"满\s*(?P<n>\d+(?:\.\d+)?)\s*元?\s*(?:就)?(?:送|赠)")


def gives_for(promotion: Promotion, product: Product, named: Sequence[str]) -> bool | None:
    """Whether ``promotion``'s gift comes with the variant ``named``, where its terms give it for
    buying variants by name (买冬被或加厚冬被送枕芯: yes of 加厚冬被, no of 春秋被); None where they
    name no variant of the product to buy (买二送一, 满299送小样)."""
    bought = [found["bought"] for found in _BOUGHT_FOR_GIFT.finditer(promotion.description.lower())]
    names = [s.lower() for v in (*product.sizes, *product.colours) for s in product.names_of(v) if len(s) >= 2]
    if not any(_names(b, name) for b in bought for name in names):
        return None
    return any(_names(b, said.lower()) for b in bought for v in named for said in product.names_of(v))


def _names(terms: str, name: str) -> bool:
    """Whether ``terms`` say the variant ``name``, a number in it whole (5l is not said by 买15l送工具)."""
    return re.search(("(?<![\\d.])" if name[:1].isdigit() else "") + re.escape(name), terms) is not None


#: A share of the price taken off up to a cap: 「按成交价立减15%,每件最多减500元」(国家补贴).
_SHARE_OFF = re.compile(r"(?:(?:立减|减|补贴|优惠|直降)\s*(?P<share>\d+(?:\.\d+)?)\s*%"
                        r"|(?P<share_first>\d+(?:\.\d+)?)\s*%\s*(?:的)?(?:补贴|立减|优惠|减免))"  # (按成交价的15%补贴)
                        r"[^。；;]*?(?:最多|最高|上限|封顶)(?:可)?(?:减|补贴|补|优惠)?\s*(?P<cap>\d+(?:\.\d+)?)\s*元")


def share_off(running: list[Promotion], price: float) -> float | None:
    """What the one promotion running takes off ``price`` where its terms take a share of it up to
    a cap (国家补贴 立减15%,最多减500元: 500 of 4499, 300 of 2000); None where its terms say more."""
    cutting = the_cut(running)
    terms = cutting.description if cutting is not None else ""
    found = _SHARE_OFF.search(terms)
    if found is None or len(_SHARE_OFF.findall(terms)) != 1 \
            or re.search(r"满\d|第二|直降\d|立减\d+元", _SHARE_OFF.sub("", terms)):
        return None
    return round(min(price * float(found["share"] or found["share_first"]) / 100, float(found["cap"])), 2)


def share_and_short_spend(running: list[Promotion], price: float
                           ) -> tuple[Promotion, float, Promotion, tuple[float, float]] | None:
    """Where two promotions move ``price``, a share up to a cap (国家补贴15%,最高2000元) and a plain
    满X减Y that ``price`` falls short of: the share's promotion, what it takes off, the 满X减Y's and
    its (X, Y); None otherwise (one that both reach is for their terms to sum)."""
    cutting = [p for p in running if cuts_price(p)]
    if len(cutting) != 2:
        return None
    for sharing, spending in (cutting, cutting[::-1]):
        taken, spend = share_off([sharing], price), threshold_and_cut([spending], price)
        if taken is not None and taken < price and spend is not None and price < spend[0]:
            return sharing, taken, spending, spend
    return None


def cut_and_spend_off(running: list[Promotion], product: Product, named: Sequence[str],
                       price: float) -> tuple[Promotion, float, float, float] | None:
    """Where two promotions move the price, a plain cut (每个立减10元) of ``price`` and a plain
    满X减Y: the cut's promotion, what it takes off, X and Y. Whether one item after the cut
    still reaches X is for the caller: the cut alone where it does not (the 满X减Y takes nothing
    off one, whether or not the two go together), both where it does (it counts what is paid)."""
    cutting = [p for p in running if cuts_price(p)]
    if len(cutting) != 2:
        return None
    for plain, other in (cutting, cutting[::-1]):
        off, spend = cut_of([plain], product, named), threshold_and_cut([other])
        if off is not None and off < price and spend is not None:
            return plain, off, spend[0], spend[1]
    return None


#: Terms taking half off every second one: 第二件半价, 第二件5折, 第二饼半价.
SECOND_HALF = re.compile(rf"第二(?:{COUNTERS})(?:半价|5折|五折)")


def second_half(running: list[Promotion], prices: Sequence[float]) -> tuple[float, Promotion | None] | None:
    """What 第二件半价, the one promotion running that cuts the price but a plain 满X减Y beside it,
    takes off items of ``prices``, all of one price (half of every second one) or two (half of the
    cheaper: 价格低的那件半价); and that 满X减Y where what is left still reaches X (its Y comes off
    too), else None. None where other terms go with it, or more items than two differ in price
    (which are paired, the terms may not say)."""
    if len(set(prices)) > 1 and len(prices) != 2:
        return None
    half = round(sum(sorted(prices, reverse=True)[1::2]) / 2, 2)
    cutting = cut_beside_spend(running)
    if cutting is None or not SECOND_HALF.search(cutting.name + cutting.description) \
            or re.search(r"满\d|直降|立减|直减|第三件|(?<!5)折(?!扣)",
                         _STACKING.sub("", SECOND_HALF.sub("", cutting.description))):
        # (named 羽绒服第二件半价, its terms may say 价格低的那件半价; 可以和满199减20一起用 says they go
        # together, no term of its own)
        return None
    reached = _spend_reached(running, cutting, sum(prices) - half)
    return (half + reached[1], reached[0]) if reached else (half, None)


def cut_beside_spend(running: list[Promotion]) -> Promotion | None:
    """The one promotion running that moves the price, but a plain 满X减Y (of tiers too) beside it (第二件半价 or
    买二送一 beside 满299减30); None where none or several do."""
    spends = [p for p in running if threshold_and_cut([p], 0) is not None]  # (tiers too: 满199减20,满399减50)
    return the_cut([p for p in running if p not in spends]) if len(spends) == 1 else the_cut(running)


def _spend_reached(running: list[Promotion], cutting: Promotion, left: float) -> tuple[Promotion, float] | None:
    """The plain 满X减Y running beside ``cutting`` that what is ``left`` after it still reaches, and
    its Y; None where none does, or ``cutting``'s terms say it goes with no other."""
    if _goes_alone(cutting):
        return None
    return next(((p, spend[1]) for p in running if p is not cutting
                 and (spend := threshold_and_cut([p], left)) is not None and left >= spend[0]), None)


#: Terms giving more of the goods themselves for some bought: 买二送一, 拍2瓶送1瓶同款 (not 买2瓶送1个摇杯).
BUY_GET = re.compile(rf"(?:买|拍)(?P<n>[\d一二两三四五六七八九十]+)(?P<unit>{COUNTERS})?"
                      rf"送(?P<m>[\d一二两三四五六七八九十]+)(?P<also>{COUNTERS})?(?=$|[,，。;；!！(（]|同款|同规格|一样)")


def paid_of(running: list[Promotion], price: float, quantity: int) -> tuple[int, float, Promotion | None] | None:
    """How many of ``quantity`` are paid for at 买N送M, the one promotion running that moves the
    price but a plain 满X减Y beside it, where its terms are that alone and ``quantity`` is whole sets
    of N + M (3 at 买二送一 pay 2); what they come to at ``price``, less that 满X减Y's Y where what is
    paid reaches X; and that 满X减Y, else None. None otherwise (two bought at 买二送一 come with a
    third: the terms tell it)."""
    cutting = cut_beside_spend(running)
    terms = BUY_GET.search(_for_every_buyer(cutting.description)) if cutting is not None else None
    if cutting is None or terms is None or (terms["unit"] and terms["also"] and terms["unit"] != terms["also"]) \
            or re.search(r"满\d|直降|立减|直减|折|第二|半价|券", BUY_GET.sub("", cutting.description)):
        return None
    bought, given = parse_numeral(terms["n"]), parse_numeral(terms["m"])
    if not bought or not given or quantity % int(bought + given):
        return None
    paid = quantity // int(bought + given) * int(bought)
    if (reached := _spend_reached(running, cutting, price * paid)) is not None:
        return paid, round(price * paid - reached[1], 2), reached[0]  # 「要六瓶多少钱」 beside 满299减30: 356 − 30
    return paid, round(price * paid, 2), None


#: A clause of a promotion's terms saying it goes with no other (「参加第二件半价的不再参加满减」
#: 「不与其他优惠同享」), as against one of the coupon alone (「不能和优惠券一起用」).
_ALONE = re.compile(r"[^。；;,，]*(?:不再|不|无法|不能|不可)(?:参加|参与|享受|叠加|同享|与|和|跟)[^。；;,，]*")


def _apart(promotion: Promotion, running: Sequence[Promotion]) -> bool:
    """Whether ``promotion``'s terms say it goes with no other, or not with one of ``running`` named
    (不能和年终好价一起用)."""
    return _goes_alone(promotion) or any(other.name in m.group() for m in _ALONE.finditer(promotion.description)
                                         for other in running if other is not promotion)


def _goes_alone(promotion: Promotion) -> bool:
    """Whether ``promotion``'s terms say it does not go together with the shop's other promotions."""
    return any(re.search(r"满\d*减|其[他它]|活动|优惠", re.sub(r"(?:优惠|店铺)?券", "", m.group()))
               for m in _ALONE.finditer(promotion.description))


#: A cut for buying so many together: 「任意两只一起拍立减20元」「拍3件减15元」.
_COUNT_CUT = re.compile(rf"([两二三四五六七八九十\d]+)\s*(?:{COUNTERS})(及以上|以上|或以上|起)?[^,，。;；\d]{{0,6}}?"
                        r"(?:立减|直降|直减|减)\s*(\d+(?:\.\d+)?)\s*元")


#: A cut of each one where so many are bought: 一次拍4把及以上,每把立减30元; 满3件每件减20元.
_EACH_CUT = re.compile(rf"([两二三四五六七八九十\d]+)\s*({COUNTERS})(?:及|或)?以上[^;；。]{{0,8}}?每\2?\s*"
                       r"(?:立减|直降|直减|减|便宜)\s*(\d+(?:\.\d+)?)\s*元")


def each_cut_for_count(promotion: Promotion, count: int) -> float | None:
    """What ``promotion`` takes off each one where its one condition is buying so many (一次拍4把及以上,
    每把立减30元) and ``count`` reach them; None where they do not, or its terms say no such cut alone."""
    found = _EACH_CUT.findall(promotion.description)
    if len(found) != 1 or re.search(r"满\d+元|折|第二", promotion.description):
        return None
    least = parse_numeral(found[0][0])
    return float(found[0][2]) if least is not None and count >= least else None


def cut_for_count(running: list[Promotion], price: float, quantity: int) -> tuple[Promotion, float] | None:
    """The one promotion running whose terms take a sum off buying ``quantity`` together (任意两只一起拍
    立减20元 of two; 买2条立减40元,买4条及以上立减120元 of four: the highest tier reached), and that sum;
    None where another running promotion's 满X减Y would also be reached (which goes with which, the
    terms decide) or the terms say more (a coupon they go with aside)."""
    found = []
    for promotion in running:
        terms = _COUPON_TERMS.sub("", promotion.description)
        tiers = [(n, float(cut)) for said, more, cut in _COUNT_CUT.findall(terms)
                 if (n := parse_numeral(said)) is not None and (n == quantity or (more and n <= quantity))]
        if tiers and not re.search(r"满\d|折|第二|每", terms):
            found.append((promotion, max(tiers)[1]))
    if len(found) != 1:
        return None
    promotion, cut = found[0]
    spends = [spend for p in running if p is not promotion and (spend := threshold_and_cut([p])) is not None]
    if any(price * quantity - cut >= threshold for threshold, _ in spends):
        return None
    return promotion, cut
#: A promotion's terms that change what is paid (满减, 折, 半价, 直降, 买二送一 or 拍两瓶送一瓶 of the
#: goods themselves), not only give a gift (满399送小样); not inside a word of the goods or of the gift's
#: terms (减震垫, 降噪耳机, 可折叠, 赠品不折现).
_CUTS_PRICE = re.compile(r"减(?!震|肥|脂|压|速|重|少|负)|(?<!不)(?<!对)折(?!现|叠|射|痕|弯)|半价|降(?!噪|温|落)"
                         r"|特价|秒杀|第二件|优惠价|券|补贴"
                         r"|(?:买|拍)[\d一二两三四五六七八九十]+[^\s,，。;；]{0,3}送[\d一二两三四五六七八九十]")
#: Who a cut is for where not every buyer gets it: 会员, 入会, 新人, 首单, 学生认证, 生日当月, 以旧换新.
_FOR_SOME = re.compile(r"会员|入会|新人|新客|首单|认证|粉丝|老客|回头客|学生|教师|军人|vip|生日|以旧换新|旧机",
                       re.IGNORECASE)
#: The shop's coupon named in a promotion's terms to say it goes with it (可以和店铺30元券叠加): no cut of
#: the promotion.
_WITH_COUPON = re.compile(r"(?:可以|可|能|也能|也可以)?(?:和|与|跟|同)?(?:店铺|本店)?(?:\d+元)?(?:优惠|无门槛)?券"
                          r"(?:一起用|一起使用|同时使用|叠加|同享|通用)")


def on_condition(promotion: Promotion) -> bool:
    """Whether ``promotion`` cuts the price on a condition an order of any day need not meet: what is
    bought with it, how many, who buys, when it arrives (预订平安夜送达的玫瑰立减15元)."""
    return cuts_price(promotion) and re.search(_CUT_ON_CONDITION, promotion.description) is not None


def with_another(promotion: Promotion) -> bool:
    """Whether ``promotion`` cuts the price of what it covers on the condition of another thing bought with
    it (买任意滑板车同时加购护具套装,护具立减20元), not of how many or who buys."""
    return cuts_price(promotion) and re.search(_ALONG_WITH, promotion.description) is not None


def cuts_price(promotion: Promotion) -> bool:
    """Whether ``promotion`` moves the price every buyer pays: a clause of its terms takes
    something off, not only giving a gift (满399送小样), naming the shop's coupon that goes with
    it (可以和店铺券一起用) or cutting for some buyers only (会员专享: 入会送20元无门槛券)."""
    if _FOR_SOME.search(promotion.name):
        return False
    return any(_CUTS_PRICE.search(_WITH_COUPON.sub("", clause)) and not _FOR_SOME.search(clause)
               and not _ADDED_ON.search(clause) for clause in SMALL_PARTS.split(promotion.description))


#: A clause pricing something added to the order (加购后备箱垫半价, 加10元换购): of that thing, not what the goods cost.
_ADDED_ON = re.compile(r"加购|换购|加价购")


#: What a promotion's terms say of going together with others: 「可以和店铺优惠券一起用」「不与其他优惠同享」.
_STACKING = re.compile(r"[^。；;,，]*(叠加|同享|一起用|同时用|共用|一起使用|同时使用|后的价格再算|的基础上再"
                       r"|(?:议过价|议价|砍过价|讲过价|改过价)[^。；;,，]*(?:不再参加|不参加|不能参加|不参与|不享受))"
                       r"[^。；;,，]*")  # (国家补贴按直降后的价格再算: it goes on top; 已经议过价的订单不再参加满减)
#: A clause of haggled orders (已经议过价的订单不再参加满减), and a line that asks of haggling (满减跟砍价能一起用吗).
_HAGGLED_CLAUSE = re.compile(r"议过价|议价|砍过价|讲过价|改过价")
_HAGGLE_ASKED = re.compile(r"砍价|议价|讲价|还价|便宜点|少点|改价")
_NOT_TOGETHER = re.compile(r"不|无法|没法|除外")


def coupon_on_top(coupon: Coupon | None, running: Sequence[Promotion], left: float) -> Coupon | None:
    """The shop's ``coupon``, where it comes off too after the promotions ``running``: their terms
    say it goes with them (可以和店铺券一起用) and what is ``left`` after them still reaches it."""
    return coupon if coupon is not None and _stacks_with_coupon(running) and left >= coupon.min_spend else None


def _stacks_with_coupon(running: Sequence[Promotion]) -> bool:
    """Whether a running promotion's terms say it goes together with the shop's coupon
    (「可以和店铺券一起用」; not 「不能和优惠券同享」)."""
    return any("券" in m.group() and not _NOT_TOGETHER.search(m.group())
               for p in running for m in _STACKING.finditer(p.description))


def coupon_apart(terms: str) -> bool:
    """Whether promotion terms say they do not go with the shop's coupon (「不能和店铺券一起用」)."""
    return any("券" in m.group() and _NOT_TOGETHER.search(m.group()) for m in _STACKING.finditer(terms))


#: The shop's coupon in a buyer's words: 券, and 券 typed as 卷 after a word only a coupon follows
#: (优惠卷, 10元的卷; not 一卷 of a roll).
_COUPON_SAID = re.compile(r"券|劵|(?:优惠|店铺|满减|无门槛|红包|代金|购物|消费|全品)卷|\d+元的?卷")


def coupon_said(text: str) -> bool:
    """Whether the buyer speaks of a coupon (优惠券, or the 优惠卷 typed as often)."""
    return _COUPON_SAID.search(text) is not None


def said_of_stacking(running: Sequence[Promotion], asked: str = "") -> str:
    """The clause of the running promotions' terms saying whether they go together with others;
    one that speaks of the shop's coupon alone answers only a question of the coupon (「能和满减
    一起用吗」 of 第二件半价 is not answered by the 满减's 「可以和店铺券一起用」), and a question of the
    coupon only one that speaks of it or of every other offer (「优惠券跟半价能一起用吗」 is not
    answered by 「不和3件9折一起用」)."""
    coupon_asked = coupon_said(asked)
    kinds_asked = _offer_kinds(asked)

    def answers(clause: str, promotion: Promotion) -> bool:
        if _HAGGLED_CLAUSE.search(clause) and not _HAGGLE_ASKED.search(asked):
            return False  # (已经议过价的订单不再参加满减 answers a question of haggling only)
        # every other offer asked of is one the clause names (「满减能跟国补一起用吗」 is not answered by the
        # 国补's 「国补不能和PLUS会员价一起用」 but by the 满减's 「可以和国家补贴一起用」)
        own = _offer_kinds(promotion.name + promotion.description.replace(clause, ""))
        if not kinds_asked - own <= _offer_kinds(clause) and not _EVERY_OFFER.search(clause):
            return False
        if coupon_asked:
            return "券" in clause or _EVERY_OFFER.search(clause) is not None
        beside = _BESIDE_COUPON.search(re.sub(r"(店铺|优惠)?券", "", clause))
        return not asked or "券" not in clause or beside is not None

    return next((m.group().strip() for p in running for m in _STACKING.finditer(p.description)
                 if answers(m.group(), p)), "")


#: The kinds of offer a line or a promotion's terms name: a cut for so much spent, a state subsidy,
#: a member's price, a coupon, a discount, a straight cut, a second one cheaper.
_OFFER_KINDS = {
    "spend": re.compile(r"满减|满\d+减|每满"),
    "subsidy": re.compile(r"国补|国家补贴|政府补贴"),
    "member": re.compile(r"会员|plus|vip|88vip", re.IGNORECASE),
    "coupon": _COUPON_SAID,
    "discount": re.compile(r"[\d一二三四五六七八九]\.?\d?折"),
    "cut": re.compile(r"直降|立减"),
    "second": re.compile(r"第二件|第2件|半价"),
}


def _offer_kinds(text: str) -> frozenset[str]:
    """The kinds of offer ``text`` names (`_OFFER_KINDS`)."""
    return frozenset(kind for kind, said in _OFFER_KINDS.items() if said.search(text))


#: A stacking clause of every other offer: 不与其他优惠同享, 可以和所有活动叠加.
_EVERY_OFFER = re.compile(r"(其他|其它|任何|所有|别的)(优惠|活动)|全部优惠")


#: Another offer a stacking clause names beside the coupon (可以和店铺券、店铺满减叠加: 满减).
_BESIDE_COUPON = re.compile(r"满减|满\d+减|折扣|\d折|活动|会员|vip|立减|直降|国补|补贴", re.IGNORECASE)
