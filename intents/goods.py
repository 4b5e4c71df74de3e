"""The shop's goods a buyer asks a list of: 「你们家有什么跑鞋」「店里都卖啥」「有哪些包 都多少钱」
「3000以内的有吗」.

Stock lists them (with their prices) and bargaining prices them; both take the same goods
from here: the products of the kind the clause asking the list names (跑鞋, 箱子, 女款: in
their names, aliases or category), or all of them where it names no kind; or those a budget
said reaches; and the product a line names only by a variant it alone sells, beside another
named (「一盒笔记本加一盒黑笔」: the pens), and what each costs as the line names it, which
bargaining sums and shipping weighs against the free-shipping threshold. Pure: the shop's
products and the text in, products out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from botcore.shop import Product
from botcore.sizes import variant_label
from botcore.stages.entities import ONE_PIECE, Entities
from botcore.stages.numbers import COUNT_SAID, parse_numeral
from botcore.text import CLAUSE_BREAKS, join, money

__all__ = ["ADDED", "BOTH_ASKED", "LISTED", "LIST_ASKED", "OF_ITS_ORDERS", "SHOP_WIDE", "adults_asked", "alias_kinds",
           "budget_list", "categories", "compared_asked", "compared_told", "kind_asked", "metres_as_count",
           "of_category", "of_kind", "of_kinds", "other_goods_blanked", "other_kinds_said", "owning", "price_list",
           "priced_as_said", "priced_by_length", "priced_by_measure", "sold_only_inside", "unsold_kind",
           "unsold_kind_of", "within_budget"]

#: What is bought by a promotion or a service, asked of another thing, an invoice or a return
#: (「国补的可以开公司抬头吗」「双12买的能退吗」「用了国补还能开公司抬头吗」): said after its name.
OF_ITS_ORDERS = re.compile(r"(?:的(?:订单|单子|单|货|话)?|(?<=[用参领])(?:了|过)[^,，。?？!！]{1,8}?还)"
                           r"[^,，。?？!！]{0,4}?(?:开(?:票|发票|专票|公司|个人)|抬头"
                           r"|发票|专票|退货|退款|换货|能退|能换|可以退|可以换|保修)")

#: The shop's products asked for as a list: 「有什么跑鞋」「箱子都有哪些」「有没有女款的」「有几款」.
LIST_ASKED = re.compile(r"(有|卖)些?(什么|啥|哪些|哪几|几)(款|种|样|个)?|都有(哪些|啥|什么)|(有|卖)没有.{1,6}的"
                        r"|有.{1,6}款")
#: The shop as a whole, not the product on the page: 「你们家有什么跑鞋」.
SHOP_WIDE = re.compile(r"你们家|你家|你们店|店里|店铺|贵店|本店|你们(?:都|还|这)?(?:卖|有)(?:些)?(?:什么|啥|哪些)")
#: What is said around the kind of product asked for.
_AROUND_KIND = re.compile(r"^那?有(?!没有|什么|啥|哪|几)|^那么?|你们店|本店|你们家?|你家|贵店|店里|家里"
                          r"|有没有|有什么|些|有啥|有哪些|有哪几|有几|产品|东西|商品|宝贝|好物|货"
                          r"|都有|都卖|卖|什么|啥|哪些|哪几|款式|几款|款|种|样|的|吗|呢|啊|呀|哈|亲|[?？!！~～,，。\s]")


#: What the goods are for, said inside a kind (its 的 taken out with the words around it): 穿 of 狗狗穿(的)衣服,
#: 用 of 宝宝用(的)奶瓶.
_USE_INSIDE = re.compile(r"(?<=[\u4e00-\u9fff]{2})[穿用吃玩戴喝](?=[\u4e00-\u9fff]{2})")


def kind_asked(text: str) -> str:
    """The kind of product the clause asking the list names (大米 of 「大米有哪些」), or ""."""
    clause = next((c for c in CLAUSE_BREAKS.split(text) if LIST_ASKED.search(c)), text)
    return _AROUND_KIND.sub("", clause.lower())


def of_kind(products: Sequence[Product], text: str, trade: str = "") -> list[Product]:
    """The products of the kind the clause asking the list names (not 「都多少钱」 or 「在吗」
    beside it): of the category it names where one is, else of its name; all of them where it
    names none, or names the shop's whole trade (书 of a shop called 墨香书苑图书专营店, ``trade``
    its name); none where none is of that kind."""
    kind = kind_asked(text)
    # (狗狗衣服 of 「有什么狗狗穿的衣服」: the kind without the use said inside it)
    kinds = {kind, kind.removesuffix("子"), _USE_INSIDE.sub("", kind)} - {""}  # 箱子 of 拉杆箱
    if kind and kind in trade.lower():  # 「你们家都卖啥书」 of a bookshop: all its books, not the 童书 alone
        return list(products)

    def named(product: Product) -> bool:
        names = [product.name, product.category or "", *product.aliases]
        return any(_heads(k, name.lower()) for name in names if name for k in kinds) or any(
            len(alias) >= 2 and alias.lower() in kind for alias in product.aliases)

    if not kind:
        return list(products)
    # 「有哪些笔记本」 where 笔记本 is a category: the goods of it, not 笔记本内存条 of the 配件 named with it
    of_category = [p for p in products if (p.category or "").lower() in kinds]
    found = of_category or [p for p in products if named(p)]
    if not found and kind in _WEAR:  # 「你们家都有啥衣服」 of a shop of T恤 and polo衫: those sized by the body
        return [p for p in products if _worn(p)]
    return found


#: Clothes said in general, no kind of them named: 衣服, 衣裳, 服装.
_WEAR = frozenset({"衣服", "衣裳", "服装", "衣物"})


def _worn(product: Product) -> bool:
    """Whether ``product`` is clothing: its size chart goes by the body's height, weight or girths."""
    return any(row.height or row.weight or row.chest or row.waist for row in product.size_chart)


def of_category(products: Sequence[Product], text: str) -> list[Product]:
    """The products whose category the text names (四件套, 床: 「买床元旦前能到北京吗」), else a kind their
    aliases end in (挂机); none where it names neither."""
    text = text.lower()
    named = [p for p in products if p.category and any(said in text for said in _said_of(p.category.lower()))]
    if named or not any(alias.lower()[-2:] in text for p in products for alias in p.aliases):
        return named  # (every kind an alias ends in ends in an alias's last two characters: most lines say none)
    return of_kinds(products, [kind for kind in alias_kinds(products) if kind in text])


def _said_of(category: str) -> tuple[str, ...]:
    """A category as buyers say it: itself, and a 机器人 by its 机 (扫地机 of 扫地机器人)."""
    return (category, category.removesuffix("器人")) if category.endswith("机器人") else (category,)


def _heads(kind: str, name: str) -> bool:
    """Whether ``name`` is of ``kind``: it holds the word, not as what one more character at its end
    makes another thing of (手机 of 小米15手机 or 儿童 of 儿童运动套装, not 手机 of 手机壳, a case, nor 茶
    of 茶具)."""
    return any(not _ANOTHER_THING.fullmatch(name, m.end()) for m in re.finditer(re.escape(kind), name))


#: One character ending a name after the kind asked, making another thing of it (壳 of 手机壳), not
#: a style of the same (款, 装, 版, 型).
_ANOTHER_THING = re.compile(r"[\u4e00-\u9fff](?<![款装版型的])")


#: A budget said: 3000以内, 2000元以下, 不超过800, 预算1500左右 (group ``most``: up to it; ``about``: near it).
#: (in digits or words: 三百以内, 两千左右的)
_SUM = r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十][一二两三四五六七八九十百千万]*[十百千万][一二两三四五六七八九]?)"
_BUDGET = re.compile(rf"(?:预算|不超过|别超过|不要超过)\s*(?P<most>{_SUM})\s*(?:元|块)?(?P<about>左右|上下)?"
                     rf"|(?P<cap>{_SUM})\s*(?:元|块)?\s*(?:以内|以下|之内|内)"
                     rf"|(?P<near>{_SUM})\s*(?:元|块)?\s*(?:左右|上下)的")
#: How far from a budget said with 左右 a price may be: a fifth either way.
_NEAR = 0.2


def within_budget(products: Sequence[Product], text: str) -> list[Product] | None:
    """The products some variant of which a budget said reaches (「3000以内的有吗」: their cheapest
    price at most 3000; 「预算2000左右」 within a fifth of it either way), None where no budget is said."""
    budget = _budget(text)
    if budget is None:
        return None
    low, high = budget
    return [p for p in products if _in_budget(p, low, high)]


def _in_budget(product: Product, low: float, high: float) -> list[tuple[float, str]]:
    """The prices and names of ``product``'s variants that fit a budget and are not sold out (a 小新 16G
    at 4599元 with none left is no choice within 6000元), each named by its colour too where that moves
    its price (i5 16G+512G and i7 16G+512G)."""
    by_colour = product.priced_in_pairs or any(colour in product.prices for colour in product.colours)
    return sorted({(price, variant_label(colour, size) if by_colour else size)
                   for size in product.sizes for colour in product.colours
                   if low <= (price := product.price_of(colour, size)) <= high and product.count(colour, size) != 0})


def budget_list(products: Sequence[Product], text: str) -> str:
    """``products`` with their prices (`price_list`), each of which only some variants fit the budget
    said told by those (「三百以内的吉他有吗」 of one at 299-359元: 初弦民谣吉他 38寸 299元)."""
    budget = _budget(text)
    if budget is None:
        return price_list(products)
    low, high = budget

    def fitting(product: Product) -> str:
        within = _in_budget(product, low, high)
        span = product.price_range()
        every = all(product.count(c, z) != 0 for c in product.colours for z in product.sizes)
        if not within or (span[0] >= low and span[1] <= high and every) or len({p for p, _ in within}) > 2:
            return _priced(product)
        return f"{product.name} " + "、".join(f"{size} {money(price)}" for price, size in within)

    shown = join(fitting(p) for p in products[:LISTED])
    return shown + (f"等{len(products)}款" if len(products) > LISTED else "")


def _budget(text: str) -> tuple[float, float] | None:
    """The prices a budget said reaches, from the least to the most, None where none is said."""
    m = _BUDGET.search(text)
    if m is None:
        return None
    amount = parse_numeral(m["most"] or m["cap"] or m["near"])
    if amount is None:
        return None
    return (amount * (1 - _NEAR), amount * (1 + _NEAR)) if m["about"] or m["near"] else (0.0, amount)


#: Whether the shop has a thing, asked by its name alone: 「有没有牛腩」「有手镯吗」「有羽绒服卖吗」「有卖帽子吗」
#: 「你们卖卸妆油吗」.
_ASKED_FOR = re.compile(r"^(?:那|请问|你们|你们家|你家|店里|家里)*"
                        r"(?:(?:有没有|有无|有没|有)(?:卖|在卖)?|卖不卖|在卖|卖)的?"
                        r"(?:(?P<like>(?!卖)[\u4e00-\u9fff]{1,4}[式型])的|(?P<thing>(?!卖)[\u4e00-\u9fff]{2,6}?))(?:卖|在卖|卖的)?(?:吗|么|嘛|不|没|呢|啊|呀)?$")
#: Words of what is asked that are no goods of their own (现货, 大码, 新款, 优惠, 发票, 客服 ...), nor what
#: goods are like (「有没有加厚的」「便宜点」).
_NO_GOODS = re.compile(r"码|号|色|款|货|价|券|卷|票|费|险|链接|人|优惠|活动|折|包邮|赠|礼|库存|尺|颜|快递|物流|时间"
                       r"|问题|办法|地址|电话|图|视频|说明|评价|区别|保修|售后|质量|味道|口味|效果|规格|型号|其他|别的|这个|那个"
                       r"|什么|啥|哪|几|多少|些|的$|点$|一点|便宜|实惠|贵|好看|好用|正品|真的|假的|新的|旧的"
                       r"|实体店|门店|线下店|店面|专柜|工厂|仓库")  # (where the shop is: 有实体店吗)


def _asked_for(text: str) -> list[re.Match[str]]:
    """Each clause of ``text`` asking whether the shop has a thing (牛腩 of 「有没有牛腩」), or a make of one
    said with 的 (头戴式 of 「有头戴式的吗」; not 「有没有加厚的」, what it is like)."""
    return [found for clause in CLAUSE_BREAKS.split(text.lower())
            if (found := _ASKED_FOR.match(clause)) is not None and not _NO_GOODS.search(_thing(found))]


def _thing(found: re.Match[str]) -> str:
    """The thing a clause asks for: its name (牛腩), or the make said with 的 (头戴式 of 头戴式的)."""
    return found["thing"] or found["like"]


def _things_asked(text: str) -> list[str]:
    """The things the clauses of ``text`` ask whether the shop has (牛腩 of 「有没有牛腩」)."""
    return [_thing(found) for found in _asked_for(text)]


def unsold_kind(products: Sequence[Product], text: str) -> str | None:
    """The thing a clause asks whether the shop has (牛腩 of 「有没有牛腩」), where nothing the shop
    sells is called so (in a name, an alias, a category, a colour or a size, either way round); a make
    said with 的 (「有头戴式的吗」), where no fact of theirs says it either (「有折叠式的吗」 of a stroller whose
    facts say 折叠式 is theirs); None where the line asks no such thing or the shop has it."""
    asked = _asked_for(text)
    if not asked:
        return None
    words = [w.lower() for p in products for w in (p.name, p.category or "", *p.aliases, *p.colours, *p.sizes)
             if len(w) >= 2]
    said = " ".join(f"{p.selling_points or ''} {' '.join(p.attributes.values())}" for p in products).lower() \
        if any(found["like"] for found in asked) else ""
    return next((thing for found in asked if not any((thing := _thing(found)) in word or word in thing
                                                     for word in words)
                 and not (found["like"] and thing in said)), None)


def unsold_kind_of(product: Product, text: str) -> str | None:
    """The kind of ``product`` a clause asks whether the shop has, said with a word before its name
    that nothing of the product's own says (电动轨道 of 「有电动轨道吗」, where the rail is 加厚铝合金静音
    轨道 and no fact speaks of 电动): that kind, for a person, not the product's stock told as if
    it were it; None where the line asks no such thing or the product says the word."""
    asked = _things_asked(text)
    if not asked:  # (most lines ask no such thing: the product's words are gathered only for those that do)
        return None
    own = [w.lower() for w in (product.name, *product.aliases, product.category or "") if len(w) >= 2]
    said = " ".join((*own, *product.colours, *product.sizes, *product.attributes, *product.attributes.values(),
                     product.material or "", product.selling_points or "")).lower()
    return next((thing for thing in asked for name in own
                 if thing.endswith(name) and len(word := thing[:-len(name)]) >= 2 and word not in said), None)


#: A thing asked whether it is sold on its own: 「碧螺春有单独卖的吗」「碧螺春单卖吗」「茶刀能单独买吗」.
_SOLD_APART = re.compile(r"^(?:那|请问)?(?P<thing>[\u4e00-\u9fff]{2,6}?)(?:有|能|可以|可不可以|能不能)?"
                         r"(?:单独卖|单卖|单独买|单买|单独拍|分开卖|拆开卖)")


def sold_only_inside(products: Sequence[Product], product: Product, text: str) -> tuple[str, str, str] | None:
    """The thing a line asks whether the shop sells on its own (「碧螺春有单独卖的吗」), where none of the shop's
    goods is called so and a fact of ``product`` names it (内含: …洞庭碧螺春…各1小袋): the thing, and that fact;
    None otherwise (a thing the shop sells, or one nothing names)."""
    asked = _SOLD_APART.match(text.strip())
    if asked is None:
        return None
    thing = asked["thing"]
    names = [n.lower() for p in products for n in (p.name, *p.aliases, p.category or "") if len(n) >= 2]
    if any(thing in name or name in thing for name in names):
        return None
    found = next(((thing, key, value) for key, value in product.attributes.items() if thing in value.lower()), None)
    if found is not None and _SAYS_SOLD_APART.search(found[2]):
        return None  # 「吸管咬坏了能单独买不」 of a cup whose 杯盖 says 可以单独买替换吸管,9.9元两根: that fact
    return found


#: A fact saying a part is sold on its own: 可以单独买替换吸管, 滤芯另购, 配件单独拍 (not 不单独卖).
_SAYS_SOLD_APART = re.compile(r"(?<![不没])(?:可以|能|也能|也可以)?(?:单独|另外)(?:买|购买|卖|拍|加购|下单)|另购|单买")


#: How many products a list names before 「等N款」.
LISTED = 8


#: A product's own words that its price is of one measure of it, a length, an area or a weight (按米计价,
#: 标价是每米的价格, 每平方米; 按克计价, 标的985元是1克的价格): the measure each names.
_BY_MEASURE = re.compile(r"按(?P<by>米|平方米|平米|平方|延米|克)(?:计价|算|卖|计算|收费)"
                         r"|(?:标价|价格|售价|单价)(?:是|为|按)?每(?P<each>米|平方米|平米|克)"
                         r"|(?:是|为)(?:每|一|1)(?P<one>米|平方米|平米|克)的(?:价格|价钱|价)")


def priced_by_measure(product: Product) -> tuple[str, str, str] | None:
    """The product's fact that says its price is of a metre, a square metre or a gram (计价方式: 按米计价,
    标价是每米布料的价格…; 按克计价,链接标的985元是1克的价格), which also says how they are counted,
    and that measure (米, 平米 or 克); None where none does."""
    for key, value in product.attributes.items():
        if (found := _BY_MEASURE.search(value)) is not None:
            unit = found["by"] or found["each"] or found["one"]
            return key, value, "克" if unit == "克" else "米" if unit in ("米", "延米") else "平米"
    return None


#: Metres wanted of goods sold by the metre: 拍6米, 买六米, 要10米 (not 3米2, a length of 3.2 metres).
_METRES_WANTED = re.compile(r"(?:拍|买|要|订|定|做|来)\s*(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*(?:米|m)"
                            r"(?![\d一二三四五六七八九](?!倍))")  # (六米2倍褶: six metres of the 2倍褶)


def metres_as_count(entities: Entities, product: Product | None, text: str) -> Entities:
    """``entities`` with the whole metres wanted of goods priced by the metre (拍6米 of a curtain whose
    计价方式 says 宽度几米就拍几件) as how many: each metre is one bought. Part of a metre (拍3.5米) is
    left for the shop's own sum."""
    if product is None or entities.quantity or (found := priced_by_measure(product)) is None or found[2] != "米":
        return entities
    said = _METRES_WANTED.search(text)
    metres = parse_numeral(said["n"]) if said is not None else None
    if metres is None or metres < 1 or metres != int(metres):
        return entities
    return dataclasses.replace(entities, quantity=int(metres))


def priced_by_length(product: Product) -> tuple[str, str] | None:
    """`priced_by_measure`'s fact where the measure is a length or an area: the cloth is counted in metres."""
    found = priced_by_measure(product)
    return found[:2] if found is not None and found[2] != "克" else None


def _priced(product: Product) -> str:
    """A product and its price, of a metre, a square metre or a gram where its facts say the price is of
    one (雪尼尔遮光窗帘 39-69元/米: not 39-69元 a curtain)."""
    fact = priced_by_measure(product)
    return product.priced() if fact is None else f"{product.priced()}/{fact[2]}"


def price_list(products: Sequence[Product]) -> str:
    """The products with their prices, as the shop's price list says each (of a metre where a product is
    sold by the metre), the first `LISTED` of them."""
    shown = join(_priced(p) for p in products[:LISTED])
    return shown + (f"等{len(products)}款" if len(products) > LISTED else "")


def categories(products: Sequence[Product]) -> tuple[str, ...]:
    """The categories of ``products`` that name goods (two characters or more), each once."""
    return tuple(dict.fromkeys(p.category for p in products if p.category and len(p.category) >= 2))


def alias_kinds(products: Sequence[Product]) -> tuple[str, ...]:
    """Words two or more of ``products`` are called by at the end of an alias, naming no one of them
    (挂机 of 云享挂机 and 清风挂机, of a shop whose category for both is 壁挂式空调): the kinds of goods
    the owner wrote no category for, each once, the shorter where a longer one holds the same goods."""
    called: dict[str, set[str]] = {}
    for product in products:
        for alias in product.aliases:
            for length in (2, 3):
                tail = alias.lower()[-length:]
                if len(alias) > length and _KIND_WORD.fullmatch(tail):
                    called.setdefault(tail, set()).add(product.id)
    names = {n.lower() for p in products for n in (p.name, *p.aliases, p.category or "")}
    shared = {tail: ids for tail, ids in called.items() if len(ids) >= 2 and tail not in names}
    return tuple(tail for tail, ids in shared.items() if shared.get(tail[1:]) != ids)


#: A word naming a kind of goods at the end of an alias: Chinese characters, not begun by a style's (款 of 新款).
_KIND_WORD = re.compile(r"(?![的款装版型色号码])[\u4e00-\u9fff]{2,3}")


def of_kinds(products: Sequence[Product], kinds: Sequence[str]) -> list[Product]:
    """The products of any of ``kinds``: of that category, or called by an alias ending in it (`alias_kinds`)."""
    return [p for p in products if p.category in kinds or any(
        len(alias) > len(kind) and alias.lower().endswith(kind) for alias in p.aliases for kind in kinds)]


def other_kinds_said(kinds: Sequence[str], product: Product, text: str) -> list[str]:
    """The categories of the shop's goods (``kinds``, `categories`) other than ``product``'s that
    ``text`` says (镜框, where ``product`` is a lens): words naming those goods, not a fact of
    ``product`` (a lens's fact 镜框 says which frames it fits). A category inside ``product``'s own
    names or its variants' is its own (礼盒 of a liquor's 礼盒装)."""
    said = [kind for kind in kinds if kind in text]
    if not said:
        return []
    own = [n for n in (product.name, *product.aliases, product.category or "",
                       *product.names_of(*product.colours, *product.sizes)) if n]
    return [kind for kind in said if not any(kind in name for name in own) and not _had(product, kind, text)]


#: The adults' goods asked of, said as goods (「大人的多少钱」「成人款有吗」), not who may wear these (「大人能穿吗」).
_ADULTS_ASKED = re.compile(r"(?:大人|成人|成年人)(?:的|款|版|装|穿的|用的)")
#: Goods for children by their name or kind (儿童T恤, 童装, 婴儿床), and those for adults too (亲子装 is not).
_FOR_CHILDREN = re.compile(r"儿童|童装|童鞋|小童|中大童|宝宝|婴|幼儿|小孩|孩子")
_FOR_ADULTS = re.compile(r"大人|成人|成年")


def adults_asked(products: Sequence[Product], product: Product, text: str) -> list[Product] | None:
    """Where ``text`` asks of the adults' goods (「大人的多少钱一件」) and ``product`` is for children
    by its name or kind (儿童纯棉T恤), not also for adults: the shop's goods for adults of its
    kind (儿童T恤's T恤), else all its goods for adults. None where the line asks no such thing."""
    if _ADULTS_ASKED.search(text) is None:
        return None
    own = [product.name, *product.aliases, product.category or ""]
    if not any(_FOR_CHILDREN.search(name) for name in own) or any(
            _FOR_ADULTS.search(name) for name in (*own, *product.names_of(*product.colours, *product.sizes))):
        return None
    adults = [p for p in products if not any(_FOR_CHILDREN.search(n) for n in (p.name, p.category or ""))]
    kind = _FOR_CHILDREN.sub("", product.category or "")
    return [p for p in adults if kind and p.category == kind] or adults


def _had(product: Product, kind: str, text: str) -> bool:
    """Whether ``text`` asks whether ``product`` has ``kind`` with it (「套装带氦气吗」) where a fact of
    its own says so (是否含氦气): the product's fact, not the other goods (the shop's 氦气罐)."""
    with_it = rf"(?:[含带有配附]|有没有|带不带|含不含){re.escape(kind)}"
    return re.search(with_it, text) is not None and any(re.search(with_it, key) for key in product.attributes)


def other_goods_blanked(kinds: Sequence[str], product: Product, text: str) -> str:
    """``text`` with `other_kinds_said` blanked out, each by as many spaces."""
    for kind in other_kinds_said(kinds, product, text):
        text = text.replace(kind, " " * len(kind))
    return text


#: Another thing added in the line: 「41寸加一个支架」「笔记本和笔」「再来一盒」.
ADDED = re.compile(r"加|再来|再要|还要|和|跟|搭")

#: Conversation.asked after two products were compared side by side, followed by their ids:
#: 「哪个轻」 next asks a fact of both, 「两台一起买多少钱」 what both come to.
_COMPARED = "compared:"
#: Both of the two just compared, not one of them: 「哪个轻」「两台一起多少钱」「都买的话」.
BOTH_ASKED = re.compile(r"哪(个|款|台|种|一款|一个)|两(个|款|台|件|样|种|套|部|只|双|把)|俩|一起"
                        r"|都(买|要|拍)|各(一|买|要|拍|来)")


def compared_asked(first: Product, second: Product) -> str:
    """Conversation.asked after ``first`` and ``second`` were compared (`_COMPARED`)."""
    return f"{_COMPARED}{first.id},{second.id}"


def compared_told(asked: str | None) -> tuple[str, ...]:
    """The ids of the two products `compared_asked` remembered, or () after anything else."""
    if not asked or not asked.startswith(_COMPARED):
        return ()
    return tuple(asked.removeprefix(_COMPARED).split(","))


def owning(products: Sequence[Product], said: Entities, named: Sequence[Product]) -> list[Product]:
    """The one product, besides those ``named``, that alone sells a size or a colour the line
    names (唤醒版 of the controller beside 「双座底座」, 黑笔 of the gel pens beside 「一盒笔记本」), not by a
    count said (两个, an alias of another's 2只装; 一把, of another's 单把): none where no variant, or several
    products, say it; nor one whose variant is what a named one is called (礼盒 of 「这个礼盒到手多少钱」 on the
    圣诞限定香氛礼盒's page, not the perfume's 礼盒装)."""
    owners = {p.id: p for words, find in ((said.sizes, Product.find_size), (said.colours, Product.find_colour))
              # (a word a named one has as either kind is its own: 7到8 of a necklace sold in 7-8mm beside studs
              # sized 7-8mm)
              for word in words if not any(n.find_size(word) or n.find_colour(word) or _calls(n, word) for n in named)
              and not COUNT_SAID.fullmatch(word)
              and not ONE_PIECE.fullmatch(word)
              for p in products if p not in named and find(p, word) is not None
              and sum(1 for other in products if find(other, word) is not None) == 1}
    return list(owners.values()) if len(owners) == 1 else []


def _calls(product: Product, word: str) -> bool:
    """Whether ``word`` is in what ``product`` is called: its name or an alias (礼盒 of 圣诞限定香氛礼盒)."""
    return any(word in name.lower() for name in (product.name, *product.aliases))


def priced_as_said(product: Product, said: Entities | None, beside: str | None = None) -> tuple[str, float] | None:
    """A product's name and price, of one price or of the variant named in the line (长款钱包: its
    长款's; ``beside``: the size said with its name, 湿巾3包); None where the line leaves which price open."""
    low, high = product.price_range()
    if low == high:  # every variant costs the same
        return product.name, product.price
    colour, size = product.variant_named(said.colours, said.sizes) if said is not None else (None, None)
    size = beside or size
    if colour is None and size is None:
        return None
    prices = product.prices_of(colour, size)
    if len(prices) != 1:
        return None
    # (a variant its name already says is not said again: 延安洋槐蜜 500g, not 延安洋槐蜜 洋槐蜜 500g)
    return f"{product.name} {' '.join(n for n in (colour, size) if n and n.lower() not in product.name.lower())}", \
        prices.pop()
