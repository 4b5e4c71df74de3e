"""stock: is a colour x size in stock, low, sold out (with what is in stock instead),
coming back (restock date or pre-sale). Exact counts only if the shop allows it.

A buyer's size is fixed by their body, so a sold-out variant offers the same size in
other colours first. A restock date is only ever stated for the variant it belongs to.
The two dimensions are called what the shop calls them (颜色/尺码, 口味/规格).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from botcore.shop import Product, Restock, Settings, Shipping
from botcore.shop.calendar import month_day, working_day_from
from botcore.sizes import size_shown, variant_label
from botcore.stages.entities import device_models, names_a_colour
from botcore.text import CLAUSES, FACT_PARTS, SMALL_PARTS, join
from intents.asked_size import (
    asked_size,
    counted_variant,
    device_sizes,
    is_amount,
    packs_of,
    size_by_measure,
    weight_bands,
)
from intents.base import Answer, Evidence, Intent, Message, Question
from intents.goods import (
    LIST_ASKED,
    SHOP_WIDE,
    budget_list,
    kind_asked,
    of_category,
    of_kind,
    price_list,
    sold_only_inside,
    unsold_kind,
    unsold_kind_of,
    within_budget,
)
from intents.shipping import own_ship_time

__all__ = ["Stock"]


#: An amount wanted (「我要两斤」「买三斤」), not a pack of that amount asked for (「有2kg的吗」「3斤装的」).
_WANTS_AMOUNT = re.compile(r"(?:要|买|拍|来|订)\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*"
                           r"(?:斤|公斤|kg|千克|克|g|升|l|ml)(?![装的])")

#: What a pack counted in its size is counted in: 30只装, 6条装 (not 10kg or 3斤, weights).
_COUNTED = "(只|个|片|包|袋|支|条|粒|双|件|盒|瓶|罐|抽|卷|枚)"
#: Conversation.asked after a variant's stock was told: a quantity next asks for that many of it.
_COUNT_ASKED = "count"


@dataclass(frozen=True)
class _Asked:
    """What the buyer asked of a variant besides whether there is any: when it comes back
    (「什么时候补」: no restock date is said to be none yet), how many they want (「要两件」)."""

    restock: bool = False
    quantity: int | None = None
    #: the word the buyer counts them in (三件, 两套), 份 where none
    unit: str = "份"

    def beyond(self, counts: Iterable[int]) -> bool:
        """Whether several are wanted and none of ``counts`` (each way a colour or a size comes in) has as many."""
        return self.quantity is not None and self.quantity >= 2 and all(n < self.quantity for n in counts)


#: How many said with the word they are counted in: 三件, 两套, 5个.
_COUNTED_IN = re.compile(r"[\d一二两三四五六七八九十几]+\s*"
                         r"(?P<unit>件|套|个|条|双|盒|瓶|袋|包|支|只|台|把|本|张|箱|罐|份|卷|副|对)")


def _fact_naming(product: Product, word: str) -> tuple[str, str] | None:
    """The product's fact that names a variant it does not sell (北师大版 in 版本: 没有人教版、北师大版之分),
    by the word or its stem (北师大 of 北师大版); None where none does."""
    stem = word.removesuffix("的").removesuffix("版").removesuffix("款").removesuffix("色")
    return next(((key, value) for key, value in product.attributes.items()
                 if len(stem) >= 2 and stem.lower() in value.lower()), None)


#: The name of a product's fact of the colours it comes in (not 色差, 掉色).
_COLOURS_KEY = re.compile(r"颜色|配色|色号|花色|色系|可选色")


def _colour_kept_in_fact(product: Product, said: Sequence[str]) -> tuple[str, str, str] | None:
    """A colour said that is none of the product's variants, named in its own fact of colours (颜色,
    配色, 色号), or asked of one whose choices are no colours (成色, 内存) that has such a
    fact (the shop keeps its colours as words there): the colour, the fact's name and what it says."""
    kept = [(key, value) for key, value in product.attributes.items() if _COLOURS_KEY.search(key)]
    own = [word.lower() for word in said if product.find_colour(word) is not None]
    for colour in said:
        if len(colour) < 2 or product.find_colour(colour) is not None or product.find_size(colour) is not None:
            continue
        if any(word in colour.lower() for word in own):
            continue  # 「那03呢」 of a foundation whose 03自然色 is called 03, as a lipstick's 03烂番茄 is: its own
        named = [(key, value) for key, value in kept if colour.lower() in value.lower()]
        if named or (kept and not any(names_a_colour(choice) for choice in (*product.colours, *product.sizes))):
            return colour, *(named or kept)[0]
    return None


def _named_size(product: Product, size: str | None) -> str | None:
    """A product of one size (均码, 标准版) needs no size named beside its colour."""
    return size if len(product.sizes) > 1 else None


def _sizes_holding(product: Product, text: str) -> list[str]:
    """The product's sizes whose names hold a part the line says, of letters and a number
    (32G of i5/32G/1T and Ultra7/32G/1T; 512 of 512G): those it narrows to."""
    said = {token for token in re.findall(r"[a-z0-9]+", text.lower()) if any(c.isdigit() for c in token)}

    def holds(size: str) -> bool:
        parts = re.findall(r"[a-z0-9]+", size.lower())
        return any(part == token or (token.isdigit() and part.startswith(token) and part[len(token):].isalpha())
                   for part in parts for token in said)
    return [size for size in product.sizes if holds(size)] if said else []


#: A size's width in front of its style: 1.8m of 1.8m床单款.
_WIDTH = re.compile(r"\d+(?:\.\d+)?\s*(?:m|米|cm|厘米)")


def _of_style(product: Product, said: str) -> list[str]:
    """The product's sizes of a width and a style that are of the style said (床单款 of 1.5m床单款 and
    1.8m床单款, not of 1.8m床笠款)."""
    return [size for size in product.sizes
            if (width := _WIDTH.match(size)) is not None and size[width.end():].strip() == said]


def _options(product: Product) -> str | None:
    """What of ``product`` a buyer may choose: 「颜色和尺码」, only 「颜色」 of a chair in one size, and
    nothing (the clause offering them left out) of goods made one way."""
    said = [label for label, kinds in ((product.colour_label, product.colours), (product.size_label, product.sizes))
            if len(kinds) >= 2]
    return "和".join(said) or None


def _count(product: Product, colour: str, size: str) -> int:
    """How many there are, none where the shop does not say (never offered, never told as sold out)."""
    return product.count(colour, size) or 0


def _sold_out_sizes(product: Product, colour: str, today: dt.date) -> str:
    """The sizes of ``colour`` the shop's file counts none of, each with the day it comes back where the file
    gives one (正装3.5g（12月15日补货）); "" where none is sold out."""
    return join(f"{_named_size(product, size)}{_back_on(product, colour, size, today)}"
                for size in product.sizes if product.count(colour, size) == 0)


#: At most so many variants sold out are named beside the colours in stock (more: the colours alone).
_OUT_TOLD = 3


def _back_on(product: Product, colour: str, size: str, today: dt.date) -> str:
    """The day a variant sold out comes back, as said after its name (（12月15日补货）), where the file gives one."""
    restock = product.restock_of(colour, size, today)
    return f"（{month_day(restock.date)}补货）" if restock is not None and not restock.presale else ""


def _uncounted(product: Product, colour: str | None, size: str | None) -> bool:
    """Whether the stock of some of what was asked is not in the shop's file: then none
    left of the rest does not mean it is sold out."""
    return any(product.count(c, s) is None for c in ([colour] if colour else product.colours)
               for s in ([size] if size else product.sizes))


def _restocks_within(product: Product, colour: str | None, size: str | None, today: dt.date) -> list[Restock]:
    """The coming restocks of single variants inside what was asked (黑色 M inside "M码")."""
    return [item for item in product.restock if item.date >= today
            and (colour is None or item.colour == colour) and (size is None or item.size == size)]


#: Whether there is one: 「有…吗」「有没有」.
_IS_THERE = re.compile(r"有.{0,12}(吗|么|嘛|没)|有没有")
#: Whether something came in: 「到了没」「到货了吗」.
_ARRIVED = re.compile(r"到了(?:吗|没|么|嘛|没有)|到货了?(?:吗|没|么)")
#: Words of an order already placed: 「我的…到了没」 asks of the parcel.
_AN_ORDER = re.compile(r"我的|我买的|我拍的|订单|快递|包裹|物流|单号|寄")
#: A clause asking whether a variant named in it is there: 「鼠尾草有吗」「黑色还有没」.
_VARIANT_THERE = re.compile(r"(?:那|请问|亲)?(?P<said>[^有]{2,8}?)的?(?:还)?有(?:货|现货)?(?:吗|么|嘛|没|没有|不)")
#: Whether there is stock, asked in a clause of its own, naming nothing: 有现货吗, 还有货吗, 有没有货, 现货有吗.
_STOCK_ALONE = re.compile(r"(?:那|请问|亲)?(?:还)?(?:有(?:没有)?(?:现货|货)|(?:现货|货)(?:还)?有)"
                          r"(?:吗|么|嘛|没|没有|不)?[?？]*")
#: Whether there is a variant, asked of nothing else: 「有酒红吗」「还有XL的没」「那有黑色的么」.
_HAS_VARIANT = re.compile(r"^(?:那|请问|亲)?(?:还)?有(?:没有)?[^吗么嘛没呢?？\s]{1,6}?(?:的)?"
                          r"(?:吗|么|嘛|没|没有|不)[?？]?$")

#: What may stand around a variant said alone: wanting it, how many, particles (not 那…呢, a follow-up).
_AROUND_VARIANT = re.compile(r"^(?:要|来|拍|买|我要|就要|给我|我拍|我买|[一两二三四五六七八九十\d]+[^\d\s的吧哈啊呀]?)*"
                             r"(?:的|吧|哈|啊|呀|码|号|色|款)*$")


def _only_variant(message: Message) -> bool:
    """Whether the message names a size or colour and nothing else but wanting it."""
    rest = message.text.replace(" ", "").lower()
    for name in sorted((*message.entities.sizes, *message.entities.colours), key=len, reverse=True):
        rest = rest.replace(name.replace(" ", "").lower(), "", 1)
    return _AROUND_VARIANT.match(rest) is not None


def _others_with(question: Question, name: str, kind: str) -> str:
    """The shop's other products of the same kind (category) that come in the colour or
    size ``name`` (by their own names for it) and have some in stock, joined; empty when
    none does: a case for the buyer's phone, another dress in the colour asked (with its shade where it is
    called otherwise: 修身针织长袖连衣裙(酒红色) for 红色)."""
    product = question.product
    found = []
    for other in question.shop.products:
        if product is None or other is product or not other.category or other.category != product.category:
            continue
        variant = other.find_colour(name) if kind == "colour" else other.find_size(name)
        if variant is not None and any(count for colour, sizes in other.stock.items() for size, count in sizes.items()
                                       if (colour if kind == "colour" else size) == variant):
            found.append(other.name if variant.lower() == name.lower() else f"{other.name}({variant})")
    return join(found[:2])


#: Several variants asked together (米白色S和黑色M, 红的蓝的各一件), not 「平时穿41 有42吗」.
# 「白色42有吗 黑色呢」「粉色37 白色38有吗」「一双粉色37一双白色38」 too
_BOTH = re.compile(r"和|跟|与|、|各|都|以及|还有|[,，]|\s"
                   r"|(?P<one>一(?:双|件|个|条|套|盒|瓶|只|支|把|台|张|顶|副|包|袋|桶|罐|箱|块))\S{1,8}(?P=one)")


def _variants_asked(product: Product, colours: Sequence[str], sizes: Sequence[str]) -> list[tuple[str, str]]:
    """Two or more variants named in one message, as (colour, size): paired in the order said
    (米白色S和黑色M), one colour with each size (黑色的M和L), or each colour with one size;
    none when fewer than two are named."""
    found_colours = list(dict.fromkeys(c for name in colours if (c := _one_colour(product, name)) is not None))
    found_sizes = list(dict.fromkeys(s for name in sizes if (s := product.find_size(name)) is not None))
    if len(product.sizes) == 1 and not found_sizes:
        found_sizes = list(product.sizes)
    if len(product.colours) == 1 and not found_colours:
        found_colours = list(product.colours)
    if len(found_colours) >= 2 and len(found_sizes) == len(found_colours):
        return list(zip(found_colours, found_sizes, strict=True))
    if len(found_colours) == 1 and len(found_sizes) >= 2:
        return [(found_colours[0], size) for size in found_sizes]
    if len(found_sizes) == 1 and len(found_colours) >= 2:
        return [(colour, found_sizes[0]) for colour in found_colours]
    return []


def _one_colour(product: Product, name: str) -> str | None:
    """The product's colour a buyer's word means, when it means exactly one (白色 of 奶白色)."""
    likely = product.colours_like(name)
    return likely[0] if len(likely) == 1 else None


def _status(product: Product, colour: str, size: str, settings: Settings, today: dt.date) -> str:
    """One variant's stock in a few words: 黑色 M码有货, 米白色 S码只剩2件, 雾霾蓝 M码暂时没货(预计12月5日补货)."""
    label = variant_label(colour, _named_size(product, size))
    count = product.count(colour, size)
    if count is None:
        return f"{label}要帮您确认一下"
    if count == 0:
        restock = product.restock_of(colour, size, today)
        return f"{label}暂时没货" + (f"(预计{month_day(restock.date)}补货)" if restock is not None else "")
    if count <= settings.low_stock_at:
        return f"{label}只剩{count}件" if settings.show_stock_counts else f"{label}有货但不多了"
    return f"{label}有{count}件" if settings.show_stock_counts else f"{label}有货"


class Stock(Intent):
    name = "stock"
    rank = 80
    before_buying = True
    carries_over = ("sizes", "colours", "products")  # 「M码呢」 continues stock, not bargaining
    carries_after = {_COUNT_ASKED: ("quantity",)}  # 「50ml还有吗」 … 「我要4瓶」「3瓶呢」: as many of it
    # 「能先拍吗」「能换成黑色吗」「那啥时候能有」 after a variant's stock
    continued_by = {_COUNT_ASKED: "order_now|another|restock"}
    cases = {
        "in_stock": ("product", "variant"),
        "in_stock_count": ("product", "variant", "count"),
        "low_stock": ("product", "variant"),
        "low_stock_count": ("product", "variant", "count"),
        "not_enough": ("product", "variant", "wanted", "unit", "colour_label", "size_label", "options"),
        "not_enough_count": ("product", "variant", "count", "wanted", "unit", "colour_label", "size_label",
                             "options"),
        "enough": ("product", "variant", "wanted", "unit"),
        "enough_low": ("product", "variant", "wanted", "unit"),
        "enough_count": ("product", "variant", "count", "wanted", "unit"),
        "sold_out": ("product", "variant", "alternatives"),
        "sold_out_restock": ("product", "variant", "restock_date", "alternatives"),
        "sold_out_restock_only": ("product", "variant", "restock_date"),
        "sold_out_restock_passed": ("product", "variant", "restock_date"),
        "sold_out_restock_some": ("product", "variant", "restock_variant", "restock_date", "alternatives"),
        "sold_out_restock_each": ("product", "variant", "restocks", "alternatives"),
        "presale": ("product", "variant", "restock_date"),
        "sold_out_none": ("product", "variant"),
        "sold_out_final": ("product", "variant", "note", "alternatives"),
        "not_made": ("product", "variant", "note", "alternatives"),
        "sold_out_final_none": ("product", "variant", "note"),
        "uncounted": ("product", "variant"),
        "sold_out_no_date": ("product", "variant", "alternatives"),
        "colour_sizes": ("product", "colour", "sizes", "size_label"),
        "colour_sizes_low": ("product", "colour", "sizes", "size_label"),
        "colour_sizes_out": ("product", "colour", "sizes", "size_label", "out"),
        "size_colours": ("product", "size", "colours", "colour_label"),
        "overview": ("product", "colours", "colour_label", "size_label", "options"),
        "overview_out": ("product", "colours", "colour_label", "size_label", "options", "out"),
        "only_colour": ("product", "colour", "colour_label"),
        "all_sold_out": ("product",),
        "no_such_colour": ("product", "colour", "colours", "colour_label"),
        "no_such_colour_stated": ("product", "colour", "part", "note"),
        "colour_stated": ("product", "colour", "part", "note"),
        "no_such_colour_elsewhere": ("product", "colour", "colours", "colour_label", "others"),
        "no_such_size": ("product", "size", "sizes", "size_label"),
        "no_such_size_elsewhere": ("product", "size", "sizes", "size_label", "others"),
        "which_product": (),
        "not_sold": ("thing", "prices"),
        "not_sold_apart": ("product", "thing", "part", "note"),
        "when_stated": ("product", "thing", "part", "note"),
        "why_out": ("product", "part", "note"),
        "catalogue": ("prices",),
        "made_to_order": ("product", "ship_time"),
        "several": ("product", "statuses"),
    }

    def signals(self, message: Message, matched: bool) -> list[Evidence]:
        e = message.entities
        if not (e.sizes or e.colours):
            if e.quantity and _only_variant(message):  # 「我要5提」: that many wanted, are there as many
                return [Evidence("entity", f"要{e.quantity}份", 0.75)]
            return []
        label = variant_label(*(e.colours[:1] or [None]), *(e.sizes[:1] or [None]))
        if _HAS_VARIANT.match(message.text):  # 「有酒红吗」 even right after a price
            return [Evidence("entity", label, 0.9)]
        for clause in CLAUSES.finditer(message.text):  # 「鼠尾草有吗 包邮吗」: a clause of its own asks for it
            if (there := _VARIANT_THERE.fullmatch(clause[0])) is None:
                continue
            said_to = clause.start() + there.end("said")
            named = next(((a, b) for a, b in e.variant_names if clause.start() <= a and b <= said_to), None)
            if named is not None:  # (located where the variant is said: the clause's 有吗 is another reason)
                return [Evidence("entity", label, 0.9, *named)]
        clauses = list(CLAUSES.finditer(message.text))
        alone = next((c for c in clauses[1:] if _STOCK_ALONE.fullmatch(c[0].strip())), None)
        if alone is not None:
            # 「四两公蟹多少钱 有现货吗」: a clause of its own asks whether there is stock of the variant named before
            # it (located there: the other clause asks its own question)
            return [Evidence("entity", label, 0.9, alone.start(), alone.end())]
        if _only_variant(message):  # 「iphone16promax透明的」: the variant wanted, said alone (below a follow-up's 0.8)
            return [Evidence("entity", label, 0.75)]
        return [Evidence("entity", label, 0.5)] if matched else []

    def about(self, message: Message, product: Product) -> list[Evidence]:
        """「泡沫盾400到了没」 of a variant the shop restocks: whether the restock came in, not a parcel
        (「我的黑色M到了没」 still asks of an order); 「有苹果15的壳吗」 of a case sold by the phone it
        fits: whether there is one for that phone."""
        if _IS_THERE.search(message.text) and (models := device_models(message.text)) and device_sizes(product):
            return [Evidence("pattern", f"有{models[0]}的吗", 0.9)]
        arrived = _ARRIVED.search(message.text)
        if arrived is None or _AN_ORDER.search(message.text):
            return []
        colour, size = product.variant_named(message.entities.colours, message.entities.sizes)
        if (colour is None and size is None) or product.restock_of(colour, size, dt.date.min) is None:
            return []
        return [Evidence("pattern", f"{variant_label(colour, size)}补货到了没", 0.9, arrived.start(), arrived.end())]

    def answer(self, question: Question) -> Answer:
        product = question.product
        text = question.message.text
        goods = question.shop.products
        if product is not None and product.category:  # (on a phone's page, the phones: not its charger)
            goods = [p for p in goods if p.category == product.category]
        # (「三百以内的吉他有吗」 on a ukulele's page: the guitars, of the kind the line names)
        budgeted = of_category(question.shop.products, text) or goods
        if affordable := within_budget(budgeted, text):  # 「3000以内的有吗」: those it reaches, by the variants that do
            return Answer("catalogue", {"prices": budget_list(affordable, text)})
        if product is not None and (when := _when_stated(product, text)) is not None:
            # 「下册啥时候有」 of a workbook sold as 上册 whose 适用学期 says 下册…1月10日开始预售: that, not 「有货」
            return Answer("when_stated", {"product": product.name, "thing": when[0], "part": when[1], "note": when[2]})
        if product is not None and _WHY_OUT.search(text) and (why := _why_out(product)) is not None:
            # 「为啥没货了」 of boxers whose 季节 says 夏季款,冬天下架,明年3月1日补货: that, not the date alone
            return Answer("why_out", {"product": product.name, "part": why[0], "note": why[1]})
        if product is not None and (inside := sold_only_inside(question.shop.products, product, text)) is not None:
            # 「碧螺春有单独卖的吗」 on a sampler's page whose 内含 names it: not sold apart, not 「有货」
            return Answer("not_sold_apart", {"product": product.name, "thing": inside[0], "part": inside[1],
                                             "note": inside[2]})
        if (thing := unsold_kind(goods, text) if product is None else (
                unsold_kind_of(product, text) or _unsold_said_sold(goods, text))) is not None:
            # 「有没有牛腩」 of a shop that sells none, 「有电动轨道吗」 of a rail no word of which says 电动: said so,
            # with what it does sell, for a person to check
            return Answer("not_sold", {"thing": thing, "prices": price_list(goods)}, draft=True)
        if LIST_ASKED.search(text) and (product is None or SHOP_WIDE.search(text) or (
                kind_asked(text) and len(of_kind(question.shop.products, text)) >= 2)):
            # 「你们家有什么跑鞋」「箱子都有哪些」: the shop's own products of that kind (「大米有哪些」 on one rice's
            # page too, where the shop sells two)
            listed = _catalogue(question.shop.products, text, question.shop.shop.name)
            if listed is not None or product is None:
                return listed or Answer("which_product")
        other = _other_kind(question.shop.products, product, text)
        if other is not None:  # 「有折叠的吗」 on the X5's page, 「有自粘的吗」 on none: the shop's ones of that kind
            return other
        if product is None:
            return Answer("which_product")
        own = own_ship_time(product, text) if _IN_HAND.search(text) else None
        if own is not None and _MADE_AFTER.search(own[1]) and "现货" not in own[1]:
            # 「定制款是现货吗」 of one made after it is paid for: when it ships, not 「有货」
            return Answer("made_to_order", {"product": own[0], "ship_time": own[1]})
        entities, memory = question.message.entities, question.conversation
        if (worded := _colour_kept_in_fact(product, entities.colours)) is not None:
            # 「有蓝色吗」 of a used phone sold by 成色 whose 颜色 says 现货有午夜色、星光色和蓝色: that fact
            return Answer("colour_stated", {"product": product.name, "colour": worded[0], "part": worded[1],
                                            "note": worded[2]})
        today = question.now.date()
        together = _BOTH.search(question.message.text) is not None
        # (「一个蓝色一个绿色 都有货吧」 right after the 16寸 was talked of: each colour in that size)
        talked_size = (memory.size,) if memory.size in product.sizes and not entities.sizes else ()
        pairs = _variants_asked(product, entities.colours, entities.sizes or talked_size) if together else []
        if pairs:  # 「米白色S和黑色M有吗」: each one's stock, the sold-out ones said too
            statuses = join(_status(product, colour, size, question.shop.settings, today) for colour, size in pairs)
            return Answer("several", {"product": product.name, "statuses": statuses},
                          handoff=any(product.count(colour, size) is None for colour, size in pairs))
        # the first colour word this product has (中性光 of its 4000K, where the word is also another
        # product's 4000K中性光), else the first said
        said_colour = next((c for c in entities.colours if product.find_colour(c) is not None),
                           entities.colours[0] if entities.colours else None)
        said_size = asked_size(product, question.message)  # perhaps one it lacks: 46 of shoes up to 45, 2L, 小米14
        if said_colour is not None and product.find_colour(said_colour) is None and product.find_size(said_colour):
            # another product's colour is this one's size (北师大版 of a book sold by 科目 and 版本), the
            # colour its own (物理)
            said_size = said_size or said_colour
            said_colour = next((c for c in entities.colours if product.find_colour(c) is not None), None)
        if said_size is not None and product.find_size(said_size) is None and product.find_colour(said_size):
            # another product's size is this one's colour (人教版: a book's 版本), the size its own (三年级)
            said_colour = said_colour if said_colour and product.find_colour(said_colour) else said_size
            said_size = next((s for s in entities.sizes if product.find_size(s) is not None), None)
        if said_colour is not None and product.find_colour(said_colour) is None:
            # another product's 单瓶礼盒装 said as 「单瓶礼盒」 on the page of one in 礼盒装 and 500ml单瓶 (its 单瓶):
            # this one's size and colour, glued together
            glued = _glued(product, said_colour)
            if glued is not None:
                said_colour, said_size = glued  # (its size said in it over a count said as a size: 拿6瓶)
            elif (kept := _variant_by_fact(product, said_colour)) is not None:
                # 「要偏硬的1.8」 of a mattress whose 软硬度 says 20cm偏硬 (偏硬 another one's colour): its 20cm
                said_colour, said_size = (kept, said_size) if kept in product.colours else (None, said_size or kept)
        if said_colour is None and said_size is None and question.message.entities.quantity:
            # 「我要5饼 有那么多不」 of a 350g饼 also called 一饼: the variant its counting word names
            said_colour, said_size = counted_variant(product, question.message.text)
        if said_colour is None and said_size is None and (charted := size_by_measure(product, entities)) is not None:
            said_size = charted  # 「金毛35kg的有货么」 of a chew charted by the dog's weight: its 30-60kg
        if said_colour is None and said_size is None and memory.colour in product.colours:
            said_colour = memory.colour  # 「那现在能拍吗」: still the colour talked about
        if said_colour is None and said_size is None and memory.size in product.sizes:
            said_size = memory.size  # 「50ml多少钱」 … 「还有几瓶」: still the size talked about
        likely = product.colours_like(said_colour) if said_colour is not None else []
        colour = likely[0] if len(likely) == 1 else None  # several: answered for the size across colours
        size = product.find_size(said_size) if said_size is not None else None
        facts: dict[str, object] = {"product": product.name, "colour_label": product.colour_label,
                                    "size_label": product.size_label, "options": _options(product)}
        if colour is not None and _OTHER_COLOURS.search(question.message.text):
            # 「黑色以外还有别的颜色吗」: the colours it comes in besides, or that it has that one only
            besides = [c for c in product.colours if c != colour and any(_count(product, c, s) for s in product.sizes)]
            if len(product.colours) == 1:
                return Answer("only_colour", facts | {"colour": colour})
            if besides:
                return Answer("overview", facts | {"colours": join(besides)})
        if said_colour is not None and not likely:
            facts |= {"colour": said_colour, "colours": join(product.colours)}
            if (stated := _fact_naming(product, said_colour)) is not None:
                # 「有北师大版的吗」 of a 语文 book whose 版本 says 全国都用统编版,没有人教版、北师大版之分: that
                return Answer("no_such_colour_stated", facts | {"part": stated[0], "note": stated[1]})
            if others := _others_with(question, said_colour, "colour"):  # another of the shop's goods has it
                return Answer("no_such_colour_elsewhere", facts | {"others": others})
            return Answer("no_such_colour", facts)
        if said_size is not None and size is None and _WANTS_AMOUNT.search(question.message.text) \
                and (packs := packs_of(product, question.message.text)):
            said_size = size = packs[0]  # 「我要两斤」 of tea in 250g and 500g: two of the 500g
        styled = _of_style(product, said_size) if said_size is not None and size is None else []
        if styled and memory.size in product.sizes:
            # 「那床单款呢」 right after 雾霾蓝 1.8m床笠款: that width and colour in the style said
            same = [s for s in styled if _WIDTH.match(s)[0] == _WIDTH.match(memory.size)[0]]  # type: ignore[index]
            if len(same) == 1:
                size = said_size = same[0]
                colour = colour or (memory.colour if memory.colour in product.colours else None)
        if said_size is not None and size is None and (
                ending := product.sizes_ending(said_size) or product.sizes_starting(said_size) or styled):
            # 「xl有吗」 of a family set in 妈妈XL and 爸爸XL, 「1.8的」 of 1.8m床单款 and 1.8m床笠款: each of
            # them, not 「没有XL码」
            asked_of = [(c, s) for s in ending for c in ([colour] if colour else product.colours)]
            statuses = join(_status(product, c, s, question.shop.settings, today) for c, s in asked_of)
            return Answer("several", {"product": product.name, "statuses": statuses},
                          handoff=any(product.count(c, s) is None for c, s in asked_of))
        if said_size is not None and size is None:
            facts |= {"size": said_size if is_amount(said_size)  # 2L, not 2L码
                      else variant_label(None, size_shown(said_size)), "sizes": join(product.sizes)}
            if others := _others_with(question, said_size, "size"):  # 「有华为mate70的吗」 on the iPhone case
                return Answer("no_such_size_elsewhere", facts | {"others": others})
            return Answer("no_such_size", facts)
        if colour is None and size is not None and memory.colour in product.colours:
            colour = memory.colour
        if size is None and colour is not None and memory.size in product.sizes:
            size = memory.size
        if size is None and colour is not None and len(product.sizes) == 1:
            size = product.sizes[0]  # one size (均码, 标准版): the colour is the variant
        if colour is None and size is not None and len(product.colours) == 1:
            colour = product.colours[0]  # one colour: the size is the variant
        if colour is None and size is None and len(product.colours) == 1 and len(product.sizes) > 1:
            colour = product.colours[0]  # 「有货吗」 of tyres in one colour: its sizes in stock
        remember: dict[str, object] = {"colour": colour or memory.colour, "size": size or memory.size}
        quantity = question.message.entities.quantity
        if quantity is not None and size is not None and re.search(
                rf"(?<!\d){quantity}{_COUNTED}", " ".join([size, *product.variant_aliases.get(size, [])])):
            quantity = None  # 「30个」 names the 30只装, it asks no thirty of them (but 「要10袋」 of 10kg does)
        counted = _COUNTED_IN.search(question.message.text)
        asked = _Asked(self.rules.topic(question.message.text, "restock") is not None, quantity,
                       counted["unit"] if counted is not None and quantity is not None else "份")
        kind = _colours_called(product, question.message.text)
        if kind is not None and colour is not None and colour not in kind[1]:
            colour = None  # 「豆腐砂有10L的吗」 right after the 膨润土砂: the 豆腐砂 ones, not the one talked of
        if colour is None and size is not None and kind is not None:
            sold = [s for s in product.sizes if any(product.count(c, s) is not None for c in kind[1])]
            if sold and size not in sold:
                # 「豆腐砂有20kg的吗」 of a litter whose 豆腐砂 colours come in 6L and 10L only: not in that size
                return Answer("no_such_size", facts | {"product": kind[0], "size": size, "sizes": join(sold)},
                              remember)
        if colour and size:
            return self._variant(product, colour, size, question.shop.settings, facts, remember, today,
                                 question.shop.shipping, asked)
        held = _sizes_holding(product, question.message.text) if colour else []
        if colour and 2 <= len(held) < len(product.sizes):
            # 「灰色的32G有吗」 of i5/32G/1T and Ultra7/32G/1T: each of those in that colour, none else
            each = [self._variant(product, colour, s, question.shop.settings, facts, remember, today,
                                  question.shop.shipping, asked) for s in held]
            return dataclasses.replace(each[0], also=tuple(each[1:]))
        if colour:
            sizes = [s for s in product.sizes if _count(product, colour, s) > 0]
            if not sizes:
                return self._sold_out(product, colour, None, facts, remember, today, question.shop.shipping, asked)
            if asked.beyond(_count(product, colour, s) for s in sizes):
                # 「浅灰要12卷」 where no size of it has twelve: not enough, not only what it comes in
                return Answer("not_enough", facts | {"variant": colour, "wanted": asked.quantity, "unit": asked.unit},
                              remember)
            if all(_count(product, colour, s) <= question.shop.settings.low_stock_at for s in sizes):
                # 「蓝色还有没」 where one of each style is left: what it comes in, and that little is left
                return Answer("colour_sizes_low", facts | {"colour": colour, "sizes": join(sizes)}, remember)
            if out := _sold_out_sizes(product, colour, today):
                # 「烂番茄还有吗」 of a lipstick whose 正装 is sold out till 12-15 and whose 小样 is left: both said
                return Answer("colour_sizes_out", facts | {"colour": colour, "sizes": join(sizes), "out": out},
                              remember)
            return Answer("colour_sizes", facts | {"colour": colour, "sizes": join(sizes)}, remember)
        if size:
            colours = [c for c in (kind[1] if kind is not None else product.colours) if _count(product, c, size) > 0]
            if not colours:
                return self._sold_out(product, None, size, facts, remember, today, question.shop.shipping, asked)
            if asked.beyond(_count(product, c, size) for c in colours):
                # 「21555r17还有吗 我要换四条」 where no way of it has four: not enough, not only what it comes in
                return Answer("not_enough", facts | {"variant": variant_label(None, _named_size(product, size)),
                                                     "wanted": asked.quantity, "unit": asked.unit}, remember)
            # (those nearly gone said so: 「50毫升还有几瓶啊」 of 普通装 3 and 礼盒装 18: 普通装（剩得不多）、礼盒装)
            low = question.shop.settings.low_stock_at
            facts |= {"size": variant_label(None, size), "colours": join(
                f"{c}（剩得不多）" if _count(product, c, size) <= low and len(colours) > 1 else c for c in colours)}
            return Answer("size_colours", facts, remember)
        if len(product.colours) == 1 and len(product.sizes) == 1:
            return self._variant(product, product.colours[0], product.sizes[0], question.shop.settings, facts,
                                 remember, today, question.shop.shipping, asked)
        colours = [c for c in product.colours if any(_count(product, c, s) for s in product.sizes)]
        if not colours:
            return self._sold_out(product, None, None, facts, remember, today, question.shop.shipping, asked)
        sold_out = [f"{variant_label(c, _named_size(product, z))}{_back_on(product, c, z, today)}"
                    for c in colours for z in product.sizes if product.count(c, z) == 0]
        if sold_out and len(sold_out) <= _OUT_TOLD:
            # 「有货没」 of a foundation whose 02自然白 正装 is sold out till 12-12, its 小样 left: the shades, and that
            return Answer("overview_out", facts | {"colours": join(colours), "out": join(sold_out)}, remember)
        return Answer("overview", facts | {"colours": join(colours)}, remember)

    def _variant(
        self, product: Product, colour: str, size: str, settings: Settings,
        facts: dict[str, object], remember: dict[str, object], today: dt.date, shipping: Shipping,
        asked: _Asked = _Asked(),
    ) -> Answer:
        count = _count(product, colour, size)
        facts = facts | {"variant": variant_label(colour, _named_size(product, size)), "count": count}
        remember = remember | {"asked": _COUNT_ASKED}  # 「我要4瓶」「3瓶呢」 next: as many of this variant
        if count == 0:
            return self._sold_out(product, colour, size, facts, remember, today, shipping, asked)
        if asked.quantity is not None and asked.quantity > count:  # 「要两件」 of the last one: not enough
            facts |= {"wanted": asked.quantity, "unit": asked.unit}
            return Answer("not_enough_count" if settings.show_stock_counts else "not_enough", facts, remember)
        low = count <= settings.low_stock_at
        if asked.quantity is not None and asked.quantity >= 2:  # 「要两台」: as many as that are there
            facts |= {"wanted": asked.quantity, "unit": asked.unit}
            return Answer("enough_count" if settings.show_stock_counts else "enough_low" if low else "enough",
                          facts, remember)
        case = "low_stock" if low else "in_stock"
        return Answer(f"{case}_count" if settings.show_stock_counts else case, facts, remember)

    def _sold_out(
        self, product: Product, colour: str | None, size: str | None,
        facts: dict[str, object], remember: dict[str, object], today: dt.date, shipping: Shipping,
        asked: _Asked = _Asked(),
    ) -> Answer:
        """The sold-out variant, its restock or what is in stock instead."""
        facts = facts | {"variant": variant_label(colour, _named_size(product, size)) or product.name}
        remember = remember | {"asked": _COUNT_ASKED}  # 「能先拍吗」「换成黑色呢」 next: of this variant
        restock = product.restock_of(colour, size, today)
        if restock is not None and restock.presale:  # (it leaves on a day the shop ships: 12-20 a Sunday, the 21st)
            leaves = working_day_from(restock.date, shipping)
            return Answer("presale", facts | {"restock_date": month_day(leaves)}, remember)
        if _uncounted(product, colour, size):  # none said of some of it: not sold out, a person looks
            return Answer("uncounted", facts, remember, handoff=True)
        same_size = [variant_label(c, size) for c in product.colours
                     if size and colour and c != colour and _count(product, c, size) > 0]
        # (the sizes nearest the one asked first: 130 and 150 of a child's 140, not 90 and 100)
        near = sorted(product.sizes, key=lambda s: abs(product.sizes.index(s) - product.sizes.index(size))) \
            if size in product.sizes else product.sizes
        others = [variant_label(c, s) for c in ([colour] if colour else product.colours)
                  for s in near if _count(product, c, s) > 0]
        if size and (device_sizes(product) or weight_bands(product)):
            # (a case for the buyer's phone: another model's fits it not, only this one's colours; a wormer for a
            # 30-60kg dog: a smaller band's dose is no stand-in)
            others = []
        alternatives = same_size + others
        facts |= {"alternatives": join(alternatives[:4])}
        if restock is not None:
            case = "sold_out_restock" if alternatives else "sold_out_restock_only"
            return Answer(case, facts | {"restock_date": month_day(restock.date)}, remember)
        not_made = _not_made(product, colour, size) if restock is None else ""
        if not_made:  # 「小米14有猫咪的吗」 where 适用机型 says 星空猫咪…没有华为P70和小米14: not made, not sold out
            return Answer("not_made", facts | {"note": not_made}, remember)
        final = self._final(product) if restock is None else ""
        if final:  # 「啥时候补」 of a product whose text says 清仓款,卖完不再补货: that, never "no news yet"
            return Answer("sold_out_final" if alternatives else "sold_out_final_none", facts | {"note": final},
                          remember)
        passed = product.restock_passed(colour, size, today)
        if passed is not None and (colour is not None or size is not None):
            # 「奶白到货了吗」 the day after the date the file gives: due then, a person checks it came in
            return Answer("sold_out_restock_passed", facts | {"restock_date": month_day(passed.date)}, remember,
                          handoff=True)
        within = _restocks_within(product, colour, size, today)
        if within:
            first = min(item.date for item in within)
            soonest = [item for item in within if item.date == first]
            sold = [(c, z) for c in ([colour] if colour else product.colours)
                    for z in ([size] if size else product.sizes) if _count(product, c, z) == 0]
            if all(any(item.colour == c and item.size == z for item in soonest) for c, z in sold):
                # 「玫瑰金有吗」 where each of its sold-out sizes comes back on the same day: that day, for it all
                # (on pre-sale, every one: it can be ordered now)
                case = "presale" if all(item.presale for item in soonest) else \
                    "sold_out_restock" if alternatives else "sold_out_restock_only"
                return Answer(case, facts | {"restock_date": month_day(
                    working_day_from(first, shipping) if case == "presale" else first)}, remember)
            each = [next((item for item in sorted(within, key=lambda r: r.date)
                          if item.colour in (None, c) and item.size in (None, z)), None) for c, z in sold]
            if sold and all(each):
                # 「黑色的有吗」 where its 标准版 comes back 12月18日 and its 磨豆一体版 12月22日: each, on its day
                by_day: dict[dt.date, list[str]] = {}
                for (c, z), item in zip(sold, each, strict=True):
                    by_day.setdefault(item.date if item is not None else first, []).append(variant_label(c, z))
                return Answer("sold_out_restock_each", facts | {"restocks": "；".join(
                    f"{join(names)} {month_day(day)}" for day, names in sorted(by_day.items()))}, remember)
            return Answer("sold_out_restock_some", facts | {
                "restock_variant": join(variant_label(item.colour, item.size) for item in soonest),
                "restock_date": month_day(first),
            }, remember)
        if not alternatives:
            return Answer("all_sold_out" if colour is None and size is None else "sold_out_none", facts, remember)
        return Answer("sold_out_no_date" if asked.restock else "sold_out", facts, remember)

    def _final(self, product: Product) -> str:
        """What the product's own text says of no more to come (清仓款,卖完不再补货), or ""."""
        said = self.rules.topics["final"]
        for text in (product.selling_points, *product.attributes.values()):
            for sentence in FACT_PARTS.split(text):
                if said.search(sentence):
                    return sentence.strip(" ,，")
        return ""


def _variant_by_fact(product: Product, word: str) -> str | None:
    """The one variant of ``product`` a clause of its facts says ``word`` of (20cm偏硬 of 偏硬的: 20cm), where
    the word is none of its own variants' names."""
    word = word.lower().removesuffix("的")
    if len(word) < 2:
        return None
    for value in product.attributes.values():
        for clause in SMALL_PARTS.split(value.lower()):
            if word not in clause:
                continue
            named = [v for v in (*product.colours, *product.sizes)
                     if any(n.lower() in clause for n in product.names_of(v) if len(n) >= 2)]
            if len(named) == 1:
                return named[0]
    return None


def _not_made(product: Product, colour: str | None, size: str | None) -> str:
    """A clause of the product's facts saying the colour asked is not made in the size asked (适用机型:
    星空猫咪有…,没有华为P70和小米14; 复古油画花只有苹果16、16Pro; 46mm不出玫瑰金), or that the size comes only
    in other colours (包装: 25斤只有编织袋, of the 25斤 asked in 真空包装); "" where none does."""
    if colour is None or size is None:
        return ""
    colours = [n.lower() for n in product.names_of(colour) if len(n) >= 2]
    sizes = [n.lower() for n in product.names_of(size) if len(n) >= 2]
    others = [n.lower() for c in product.colours if c != colour for n in product.names_of(c) if len(n) >= 2]
    for value in product.attributes.values():
        for sentence in FACT_PARTS.split(value):
            said = sentence.lower()
            only = _ONLY.search(said)
            if only is not None and any(n in said[max(0, only.start() - 8):only.start()] for n in sizes):
                # (25斤只有编织袋, of the 25斤 in 真空包装: that size comes in the others alone)
                alone = SMALL_PARTS.split(said[only.end():])[0]
                if any(n in alone for n in others) and not any(n in alone for n in colours):
                    return sentence.strip(" ,，")
            if not any(n in said for n in colours):
                continue
            for lacking in _LACKING.finditer(said):
                after = said[lacking.end():lacking.end() + 16]
                before = said[max(0, lacking.start() - 12):lacking.start()]
                if any(n in after for n in sizes) or (any(n in before for n in sizes)
                                                      and any(n in after for n in colours)):
                    return sentence.strip(" ,，")  # (没有华为P70; 46mm不出玫瑰金: the size said first)
            if (only := _ONLY.search(said)) is not None and not any(n in said for n in sizes) \
                    and any(n in said[:only.start()] for n in colours):
                # (复古油画花只有苹果16、16Pro: what the colour comes in; not 只有…华为Mate70四个机型, which lists it)
                return sentence.strip(" ,，")
    return ""


#: What a fact says is not made: 没有华为P70, 不做小米14, 46mm不出玫瑰金; and what alone is: 只有苹果16、16Pro.
_LACKING = re.compile(r"没有|不做|没做|不出|没出|不生产")
_ONLY = re.compile(r"只有|仅有|只做|只出")


#: Colours asked for besides the one named: 「黑色以外还有别的颜色吗」「除了白色还有什么色」.
_OTHER_COLOURS = re.compile(r"除了.{0,10}(颜色|色)|(以外|之外|别的|其他|其它).{0,4}(颜色|色)")


#: Whether it is in hand, ready to send: 「是现货吗」「有现货吗」.
_IN_HAND = re.compile(r"现货")
#: A ship time that says the goods are made after the order: 「付款后按尺寸单独制作,15天内发货」.
_MADE_AFTER = re.compile(r"定制|制作|现做|订做|现织|现烤|现炒|生产|做好")

#: A kind of product asked for by a word of it: 「有折叠的吗」「有没有儿童款的」.
_KIND_ASKED = re.compile(r"^(?:那|请问)?有(?:没有)?(?P<kind>[\u4e00-\u9fff]{2,4}?)(?:款)?的?(?:吗|么|嘛|没|不)?[?？]*$")


def _other_kind(products: Sequence[Product], product: Product | None, text: str) -> Answer | None:
    """The shop's other products of a kind asked for that the one in view is not (「有折叠的吗」
    of a full-size e-bike where the shop sells a folding one), or of any product where none is
    in view (「有自粘的吗」 of 加厚PVC自粘墙纸), named with their prices."""
    m = _KIND_ASKED.match(text.lower())
    if m is None:
        return None
    kind = m["kind"]
    own = [product.name, product.category or "", *product.aliases, *product.colours, *product.sizes,
           *(a for aliases in product.variant_aliases.values() for a in aliases)] if product is not None else []
    if any(kind in name.lower() or name.lower() in kind for name in own if name):
        return None
    others = [p for p in products if p is not product
              and any(kind in name.lower() for name in (p.name, p.category or "", *p.aliases) if name)]
    return _catalogue(others, kind) if others else None


def _catalogue(products: Sequence[Product], text: str, trade: str = "") -> Answer | None:
    """The products of the kind asked (`intents.goods.of_kind`, ``trade`` the shop's name) with their
    prices; None where none is of that kind."""
    found = of_kind(products, text, trade)
    return _listed(found) if found else None


def _listed(found: Sequence[Product]) -> Answer:
    """The products with their prices, as the shop's price list says each (beside 「都多少钱」 that
    list says no more than this one)."""
    return Answer("catalogue", {"prices": price_list(found)})


def _glued(product: Product, word: str) -> tuple[str, str] | None:
    """This product's colour and size whose names (or aliases) ``word`` holds both of (单瓶礼盒装: 单瓶 of
    its 500ml单瓶, 礼盒装); None unless exactly one of each."""
    lowered = word.lower()
    colours = {c for c in product.colours for name in product.names_of(c) if len(name) >= 2 and name.lower() in lowered}
    sizes = {s for s in product.sizes for name in product.names_of(s) if len(name) >= 2 and name.lower() in lowered}
    return (colours.pop(), sizes.pop()) if len(colours) == 1 and len(sizes) == 1 else None


#: When a thing will be there, asked by its name first: 「下册啥时候有」「新版什么时候上」.
_WHEN_THERE = re.compile(r"^(?:那|请问)?(?P<thing>[\u4e00-\u9fff]{2,4}?)(?:的)?(?:啥时候|什么时候|几时|哪天|几号)"
                         r"(?:能)?(?:有|出|上|到货|上架|开卖|卖|发售)")


#: Why the goods are out, asked: 为啥没货了, 怎么下架了, 为什么一直缺货.
_WHY_OUT = re.compile(r"(?:为啥|为什么|为何|咋|怎么)(?:又|都|就|一直|老是?|总是?|突然)?"
                      r"(?:没货|没有货|缺货|断货|下架|卖完|售罄|卖光|不卖|停产)")
#: A fact that tells why or how long the goods are away: 冬天下架, 停产, 原料断货, 明年3月补货.
_AWAY_TOLD = re.compile(r"下架|停产|断货|缺货|没货|售罄|卖完|补货|限量")


def _why_out(product: Product) -> tuple[str, str] | None:
    """The one fact of ``product`` that tells why it is away (季节: 夏季款,冬天下架,明年3月1日补货); None where
    none or several do (then the stock and its dates are told as for any line of stock)."""
    telling = [(key, value) for key, value in product.attributes.items() if _AWAY_TOLD.search(value)]
    return telling[0] if len(telling) == 1 else None


def _unsold_said_sold(goods: Sequence[Product], text: str) -> str | None:
    """A thing asked to be bought with 卖 (「有踢脚线卖吗」) on a product's page, that none of the shop's goods
    is called and none of their facts or words speaks of: not sold here, for a person to check."""
    if "卖" not in text or (thing := unsold_kind(goods, text)) is None:
        return None
    said = " ".join(" ".join((p.material or "", p.selling_points or "", p.care or "", *p.attributes.values()))
                    for p in goods).lower()
    return None if thing in said else thing


def _when_stated(product: Product, text: str) -> tuple[str, str, str] | None:
    """The thing a line asks when it will be there (「下册啥时候有」), where it is none of the product's names
    or variants and one fact of the product speaks of it (适用学期: …下册…预计2027年1月10日开始预售): the
    thing, and that fact; None otherwise."""
    asked = _WHEN_THERE.match(text.strip())
    if asked is None:
        return None
    thing = asked["thing"]
    names = [n.lower() for n in (product.name, *product.aliases, *product.names_of(*product.colours, *product.sizes))]
    if any(thing in name or name in thing for name in names if len(name) >= 2):
        return None
    holding = [(key, value) for key, value in product.attributes.items() if thing in value]
    return (thing, *holding[0]) if len(holding) == 1 else None


def _colours_called(product: Product, text: str) -> tuple[str, list[str]] | None:
    """An alias of the product said in ``text`` that some of its colours' names hold but not all (豆腐砂 of
    原味豆腐砂 and 绿茶豆腐砂, beside 膨润土砂): that word and those colours; None where none is said so."""
    for alias in sorted((a for a in product.aliases if len(a) >= 2 and a.lower() in text), key=len, reverse=True):
        held = [c for c in product.colours if alias.lower() in c.lower()]
        if 0 < len(held) < len(product.colours):
            return alias, held
    return None

