"""Stage 3: the facts a message names: body measures, size, colour, product, courier,
region, money, quantity.

Pure: text and the shop's vocabulary in, a frozen `Entities` out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources

from botcore.shop import Product, Shop
from botcore.sizes import UNIT_TAIL, size_key
from botcore.stages.days import DAY
from botcore.stages.numbers import CHILD, COUNTERS, Measure, find_measures, parse_numeral
from botcore.stages.vocabulary import WORLD, Hit, VocabKind, Vocabulary
from botcore.text import cjk_pairs

__all__ = ["BODY_FIELDS", "ONE_PIECE", "Entities", "colour_spellings", "compounds_named", "counted_as_size",
           "device_models", "devices_fitted", "extract", "model_number",
           "names_a_colour", "own_sizes_said", "page_variants_kept", "pieces_as_packs", "product_names_kept",
           "promotions_in_full",
           "shop_vocabulary", "size_name_spellings", "sized_by_word", "sizes_not_body", "sizes_with_said",
           "tastes_not_variants", "two_styles_said", "units_of_pieces", "variants_before_names",
           "variants_in_names"]

_SIZE = re.compile(
    # a letter size, not a model's letter before its number (m2, s5, l9, x9), unless the number counts (m2件)
    r"(?<![a-z0-9.])(?P<s>x{0,4}l|x{0,2}s|[2-6]x?l|[2-3]x?s|m)(?![a-z])(?!\d+(?!\d)(?!\s*[件个条套双只盒袋份]))"
    r"|(?<![\d.])(?P<n>\d{2})\s*码|(?P<free>均码|free\s?size)"
    r"|(?<![\d.])(?P<bra>(?:6[05]|7[05]|8[05]|9[05]|1[01][05])[a-g])(?![a-z])"  # a bra's band and cup: 75B
)
_METRE_SIZE = re.compile(r"(?P<n>\d\.\d)(?:m|米)床?")
#: A size named by a length and a style (1.8m床笠款, 1.5米床单款, 2.0m床笠).
_METRE_STYLE = re.compile(r"(?P<n>\d(?:\.\d)?)(?:m|米)(?P<style>[\u4e00-\u9fff]{2,4}?)(?P<kind>款|式)?")
#: A size named by a number and its unit (25km版, 36寸, 2000mah, 40公里版).
_NUMBERED = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*[a-z\u4e00-\u9fff]{1,3}")
_TYRE = re.compile(r"(?P<width>\d{3})/\d{2}\s*Z?R(?P<rim>\d{2})", re.IGNORECASE)  # 205/55R16: a tyre for a 16-inch rim
_AMOUNT_SIZE = re.compile(r"(?P<n>\d{2,4})(?:g|克|ml|毫升|度|kg|公斤)")
_COUNTED_END = re.compile(r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3})"
                          r"(?P<unit>包|盒|袋|瓶|片|支|罐|提|箱|条|只|个|卷|杯)$")
_COUNTED_SIZE = re.compile(r"(?P<n>\d{1,2}|单|[一两二三四五六七八九十]{1,2})"
                           r"(?P<unit>(?:斤|只|片|条|包|盒|瓶|袋|个|支|枝|朵|罐|双|件|对|筒|箱"
                           r"|卷|粒|颗|米|寸|段|匹)(?:装|套)?)")
#: Counters buyers use for one another of the same goods: 19朵 of a bouquet sold as 19枝.
_COUNTED_ALIKE = {"枝": ("朵", "支"), "支": ("枝",), "朵": ("枝", "支")}
_DIGITS = "零一二三四五六七八九"
#: What a shop calls variants that are flavours.
_FLAVOUR_LABELS = frozenset({"口味", "味道", "风味"})
#: A pack's amount in ml or g (50ml, 30g), and how buyers say its unit in words.
_IN_ML_OR_G = re.compile(r"(?P<n>\d{1,2})(?P<unit>ml|g)")
_UNIT_SAID = {"ml": ("毫升", "ml"), "g": ("克", "g")}
#: A volume in litres (5L, 1.5L), which buyers say with 升.
_IN_LITRES = re.compile(r"(?P<n>\d{1,2}(?:\.\d)?)\s*l")


def _in_words(n: int) -> list[str]:
    """10 -> [十]; 2 -> [二, 两]; 24 -> [二十四] (1 to 99)."""
    tens, ones = divmod(n, 10)
    word = (("" if tens == 1 else _DIGITS[tens]) + "十" if tens else "") + (_DIGITS[ones] if ones else "")
    return [word, "两"] if n == 2 else [word]


def _count_spellings(n: str) -> tuple[str, ...]:
    """A pack's count as buyers say it: 2 -> 2, 二, 两; 两 -> 2, 二, 两; 单 (单片装) -> 单, 1, 一."""
    count = 1 if n == "单" else parse_numeral(n)
    if count is None or count != int(count) or not 0 < count < 100:
        return (n,)
    return tuple(dict.fromkeys((n, str(int(count)), *_in_words(int(count)))))


def _counted(end: re.Match[str]) -> tuple[str, ...]:
    """A count ending a variant's name as buyers say it, in digits or in words: 三杯 -> 3杯, 三杯."""
    n = parse_numeral(end["n"])
    if n is None or n != int(n) or not 0 < n < 100:
        return (end.group(),)
    return tuple(dict.fromkeys(f"{said}{end['unit']}" for said in (str(int(n)), *_in_words(int(n)))))


_CM_SIZE = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?:cm|厘米|公分)")
#: A capacity with a point in it, said bare too where the unit is left to the other size named
#: (「4.5和6L有啥区别」: 4.5L); a whole number alone (6) may be a count, and is not.
_POINT_LITRES = re.compile(r"(?P<n>\d+\.\d+)\s*(?:l|升)")
_PLAIN_NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")
#: A unit after a number, which makes it a measure or a count, not a sum (折 and 块 are sums; 包邮 no unit).
_UNIT_AFTER = re.compile(rf"\s*(?:度|周?岁|cm|厘米|mm|毫米|公分|公斤|kg|斤|两|g|克|码|号|个?月|天|日|米|m\b|寸"
                         rf"|ml|毫升|升|平|匹|w\b|瓦|v\b|伏|mah|小时|分钟|年|级|期|层|%|(?:{COUNTERS})(?!邮))",
                         re.IGNORECASE)
_LETTER_SIZE = re.compile(r"x*s|m|x*l|[2-6]x?[ls]")
# a number is a size only on its own: not 130 in "130斤", not 30 in "30元"
_NOT_A_SIZE_AFTER = re.compile(r"\s*(斤|公斤|kg|cm|厘米|公分|米|元|块|件|个|天|号|岁|%|\.\d"
                               r"|袋|包|盒|瓶|罐|箱|桶|支|条|套|份|台|张)")  # (「要10袋」 of a 10kg bag: ten bags)

#: A price asked just before a count of one: 「多少钱一瓶」 asks the price of each, it buys no one.
_PRICE_OF = re.compile(r"(?:多少钱|多钱|多少|啥价|什么价|价格|价钱)\s*$")
#: Characters counted (10个字 to engrave, 24个字母): never how many goods, whatever else is said.
_CHARACTERS = re.compile(r"(?:汉)?字|字母|字符")
#: Who or what a count is of, not goods: 一个班, 一个人, 一家, 一个月, 两个宝宝, 三个口味; 10个字 to engrave.
_NOT_GOODS = re.compile(r"班|人|学校|家|宿舍|公司|部门|团队|月|星期|礼拜|孩子|宝宝|娃|口味|味道|颜色|"
                        + _CHARACTERS.pattern)


def _word_list(name: str) -> tuple[str, ...]:
    """The words of a list in botcore/data, one a line, ``#`` lines being comments."""
    text = (resources.files("botcore") / "data" / name).read_text("utf-8")
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


_GENERIC_COLOURS = _word_list("colours.txt")


def names_a_colour(text: str) -> bool:
    """Whether ``text`` holds a colour word buyers use (黑色, 银色 of 星光银色)."""
    return any(colour in text for colour in _GENERIC_COLOURS)


def _promotion_shorts() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """What buyers call a kind of promotion for short (国补 for 国家补贴), from botcore/data."""
    return tuple((long.strip(), tuple(w.strip() for w in shorts.split(",") if w.strip()))
                 for long, _, shorts in (line.partition(":") for line in _word_list("promotion_short.txt")))


_PROMOTION_SHORTS = _promotion_shorts()


def promotions_in_full(text: str) -> str:
    """``text`` with the promotions buyers call for short written out (国补 → 国家补贴), to be found
    in the shop's own words."""
    for long, shorts in _PROMOTION_SHORTS:
        if long in text:
            continue
        short = next((w for w in sorted(shorts, key=len, reverse=True) if w in text), None)
        if short is not None:
            text = text.replace(short, long)
    return text


def _device_model() -> re.Pattern[str]:
    words = _word_list("device_brands.txt")
    brands = "|".join(re.escape(w).replace(r"\ ", r"\s?") for w in sorted(words, key=len, reverse=True))
    suffix = r"(?:\s?(?:pro\+?|max|plus|ultra|mini|se|pm|[sex]))*"  # 15 pro max, 14 ultra, 13s
    return re.compile(rf"(?<![a-z])(?:(?:{brands})\s?)+(?P<number>\d{{1,3}}){suffix}(?![a-z\d])")


#: A device model buyers name (小米14, iphone 13 pro, mate60): brand words, then a number.
_DEVICE_MODEL = _device_model()


def device_models(text: str) -> tuple[str, ...]:
    """The device models a (normalised, lower-case) text names, as written: 小米14, iphone13pro."""
    return tuple(dict.fromkeys(match[0].replace(" ", "") for match in _DEVICE_MODEL.finditer(text)))


def model_number(model: str) -> str:
    """The number of a device model: 14 of 小米14, 60 of 华为mate60pro."""
    match = _DEVICE_MODEL.search(model.lower())
    return match["number"] if match is not None else ""


def colour_spellings(colour: str) -> list[str]:
    """How buyers write a colour: 黑色 -> 黑色, 黑的, 黑款; 米白色 -> 米白; 玳瑁 -> 玳瑁的, 玳瑁款; 深海蓝 -> 深海兰;
    a style named with its kind (滋润型, 铁罐装, 麻辣味) also by its point and 的: 滋润的, 铁罐的, 麻辣的, and a long
    one or a flavour of three characters by its point alone (水蜜桃 of 水蜜桃味); a colour and a style named together
    (雾霾蓝打孔款, 浅灰色挂钩款) also without the kind or the 色: 雾霾蓝打孔, 浅灰挂钩."""
    spellings = [colour]
    base = colour[:-1] if colour.endswith("色") and len(colour) > 1 else colour
    if base != colour:
        spellings += [f"{base}的", f"{base}款"]
        if len(base) >= 2:
            spellings.append(base)
    elif len(colour) >= 2 and colour[-1] not in _STYLE_KINDS:
        spellings += [f"{colour}的", f"{colour}款"]  # 玳瑁的 of 玳瑁 (as of another's 玳瑁色)
    elif len(colour) >= 3 and colour[-1] in _STYLE_KINDS:
        spellings.append(f"{colour[:-1]}的")
        if len(colour) >= 5 or (len(colour) == 4 and colour[-1] == "味"):  # a flavour by its fruit: 水蜜桃
            spellings.append(colour[:-1])
    if len(colour) >= 5 and "色" in colour[1:-2]:  # (not 米白色, nor 深色款)
        plain = colour.replace("色", "", 1)
        spellings += [plain, plain[:-1]] if plain[-1] in _STYLE_KINDS else [plain]
    # (蓝 as buyers often write it, 兰: 深海兰 of 深海蓝, 兰色 of 蓝色; not 兰的 alone, of 荷兰的)
    return spellings + [said.replace("蓝", "兰") for said in spellings if "蓝" in said and said != "蓝的"]


#: The hues a colour's name may end in after the thing it is the colour of (巧克力棕, 亚麻灰, 酒红).
_HUES = frozenset("红橙黄绿青蓝紫粉白黑灰棕褐咖金银")
#: The words of how deep or bright a colour is, said between its thing and 色 (经典亮色, 复古深色).
_SHADES = frozenset("亮深浅暗淡艳")
#: A variant of one piece: 单只, 单个, 单支.
ONE_PIECE = re.compile(r"单(?:只|个|支|瓶|件|条|双|盒|包|袋|套|把|副)")
#: The last character of a style named with its kind: 型 of 滋润型, 装 of 铁罐装, 款 of 标准款.
_STYLE_KINDS = "型装款味版幕"


GENERIC_COLOURS = Vocabulary(
    (spelling, "colour", colour)
    for colour in _GENERIC_COLOURS
    for spelling in colour_spellings(colour)
)


def _product_stems(shop: Shop) -> list[tuple[str, str]]:
    """Each product by a name or alias less the last character of its category it ends with (德比 of 德比鞋, a
    正装皮鞋; 牛津 of 牛津鞋), as buyers call it short, where no other product's names or variants hold that
    stem and no fact of the shop's speaks of it (not 净水 of 净水器, whose facts speak of 净水流量), nor a thing
    buyers do with goods (遛狗 of 遛狗绳)."""
    facts = " ".join(" ".join((p.selling_points or "", *p.attributes.values())) for p in shop.products).lower()
    stems = [(name[:-1].lower(), product.id) for product in shop.products if product.category
             for name in (product.name, *product.aliases) if len(name) >= 3 and name[-1] == product.category[-1]]
    return [(stem, product_id) for stem, product_id in dict(stems).items()
            if {pid for s, pid in stems if s == stem} == {product_id}
            and _CJK_STEM.fullmatch(stem) and stem not in facts and stem not in _ACTIVITIES  # (遛狗 of 遛狗绳)
            and not any(stem in n.lower() for p in shop.products if p.id != product_id
                        for n in (p.name, *p.aliases, *p.colours, *p.sizes))]


_CJK_STEM = re.compile(r"[\u4e00-\u9fff]{2,4}")


def _products_for_whom(shop: Shop) -> list[tuple[str, str]]:
    """The one product made for women or for men (星月女士石英表, alias 女表), by the words buyers
    ask for such a one with (女款, 女士款, 女士的 ...), where no other product's names and no variant say
    it is for them: 「有没有女款的」 on a men's watch's page asks of the women's watch."""
    found = []
    for whom, said in _FOR_WHOM:
        made = {p.id for p in shop.products for n in (p.name, *p.aliases) if whom.search(n)}
        if len(made) == 1 and not any(whom.search(v) for p in shop.products for v in (*p.colours, *p.sizes)):
            found += [(word, next(iter(made))) for word in said]
    return found


#: Who goods are made for, as their names say (女士, 女表 ...), and how buyers ask for such goods.
_FOR_WHOM = (
    (re.compile(r"女(?:士|式|款|表|生|性|鞋|包|装)"), ("女款", "女士款", "女式", "女生款", "女士的", "女款的")),
    (re.compile(r"男(?:士|式|款|表|生|性|鞋|包|装)"), ("男款", "男士款", "男式", "男生款", "男士的", "男款的")),
)


def shop_vocabulary(shop: Shop) -> Vocabulary:
    """The shop's own names: products (name and aliases), the colours it sells, its sizes
    that are not letters (jeans' 25 ... 30, shoes' 42.5, kids' 110, 均码, 500g), other names
    of a size on its chart (美码 9) and the aliases it gives a colour or a size (两斤装 for 1kg);
    letter sizes have their pattern."""
    entries: list[tuple[str, VocabKind, str]] = []
    entries += [(promotion.name, "promotion", promotion.name) for promotion in shop.promotions
                if len(promotion.name) >= 2]
    # and by the end of its name that says what it is (第二件半价 of 挂耳第二件半价, 年末直降 of F1年末直降),
    # where no other promotion's name holds it
    # (not an end that begins with one of the goods: 座套一起买 of 脚垫座套一起买 is 「脚垫和座套一起买多少钱」, a sum)
    names = [promotion.name for promotion in shop.promotions]
    goods = [n.lower() for p in shop.products for n in (p.name, *p.aliases) if len(n) >= 2]
    entries += [(name[i:], "promotion", name) for name in names for i in range(1, len(name) - _SHORTEST_PROMOTION + 1)
                if sum(name[i:] in other for other in names) == 1
                and not any(name[i:].lower().startswith(n) for n in goods)]
    # and by the start of its name, before a word that only says it is a promotion (88VIP of 88VIP专享,
    # 店铺会员 of 店铺会员福利), where no other promotion's name holds it
    # (and without the shop's own word before it: 会员 of 店铺会员福利, 「加入会员有啥好处」)
    # and by the gift its name says it gives (发带 of 套装送发带), where no other promotion's name holds it:
    # 「发带送吗」 asks of that promotion
    entries += [(m["gift"], "promotion", name) for name in names if (m := _GIVES.search(name)) is not None
                and sum(m["gift"] in other for other in names) == 1]
    # (and by 送 and the end of that gift's name, 送碗 of 满128送不锈钢嗦粉碗: 「满多少送碗啊」)
    entries += [(f"送{end}", "promotion", name) for name in names if (m := _GIVES_ANY.search(name)) is not None
                for end in {m["gift"][-1:], m["gift"][-2:]} if sum(end in other for other in names) == 1]
    # and by a gift its terms give (衣架 of 「单笔满129元再送晾衣架10个」), where no other promotion's terms say it:
    # 「满多少送衣架」 asks of that promotion (a line that asks nothing of giving asks of the goods)
    gifts = [(gift, promotion.name) for promotion in shop.promotions for gift in _gifts_in(promotion.description)]
    entries += [(gift, "promotion_gift", name) for gift, name in gifts
                if sum(gift in other.description for other in shop.promotions) == 1]
    entries += [(said, "promotion", name) for name in names if (m := _PROMOTION_END.search(name)) is not None
                for said in {name[:m.start()], _SHOPS_OWN.sub("", name[:m.start()])}
                if len(said) >= 2 and sum(said in other for other in names) == 1]
    # and by what buyers call its kind for short (国补 of 国家补贴), where one promotion's name holds it
    entries += [(short, "promotion", name) for long, shorts in _PROMOTION_SHORTS for name in names
                if long in name and sum(long in other for other in names) == 1 for short in shorts]
    # a product by the start of its name or an alias and 的 (幼猫的 of 幼猫奶糕粮 beside 成猫粮), where no other
    # product's names and no variant's name holds that start: 「那幼猫的多少钱」
    entries += [(f"{head}的", "product", product_id) for head, product_id in _product_heads(shop)]
    entries += [(stem, "product", product_id) for stem, product_id in _product_stems(shop)]
    entries += [(word, "product", product_id) for word, product_id in _products_for_whom(shop)]
    # each product's variants as the other products name theirs (a part of one that is another's whole name
    # names that other)
    others = {p.id: {n.lower() for q in shop.products if q.id != p.id
                     for v in (*q.colours, *q.sizes) for n in q.names_of(v)} for p in shop.products}
    spelt_colours = {p.id: {s.lower() for q in shop.products if q.id != p.id for c in q.colours
                            for s in colour_spellings(c)} for p in shop.products}
    for product in shop.products:
        # a one-character alias (线, 壳) would be found inside other words (无线): matched only beside a
        # word joining it to another thing (「壳加膜」)
        entries += [(name, "product", product.id) for name in (product.name, *product.aliases) if len(name) >= 2]
        # (and with 的 where that is how another's colour is written: 玫瑰的 of the perfume 玫瑰 beside a gift box's
        # 玫瑰款 names both, each page reading it as its own)
        entries += [(f"{name}的", "product", product.id) for name in (product.name, *product.aliases)
                    if len(name) >= 2 and f"{name}的".lower() in spelt_colours[product.id]]
        # a variant that is also one of the product's own names (披帛 of 配饰 sold in 披帛, 发簪 and 革带) names
        # the product by its other spellings too (批帛, 腰带)
        own = {n.lower() for n in (product.name, *product.aliases)}
        entries += [(name, "product", product.id) for v in (*product.colours, *product.sizes) if v.lower() in own
                    for name in product.names_of(v) if len(name) >= 2 and name.lower() not in own]
        entries += [(s, "colour", c) for c in product.colours for s in colour_spellings(c)]
        # a flavour, and its other names, said with 味 (虾仁味 of 金枪鱼虾仁, also called 虾仁)
        if product.colour_label in _FLAVOUR_LABELS:
            entries += [(f"{n}味", "colour", c) for c in product.colours for n in product.names_of(c)
                        if len(n) >= 2 and not n.endswith("味")]
        # (and 5L of a product whose sizes are capacities, 5L beside 15L with no S, M or XL: a capacity, not 5XL)
        capacities = not any(_LETTER_SIZE.fullmatch(z.lower()) and not _IN_LITRES.fullmatch(z.lower())
                             for z in product.sizes) and sum(bool(_IN_LITRES.fullmatch(z.lower()))
                                                             for z in product.sizes) >= 2
        entries += [(size.lower(), "size", size) for size in product.sizes
                    if not _LETTER_SIZE.fullmatch(size.lower()) or capacities]
        # a variant of one piece named 单只 is also said 一只: 「这个价是一只还是一对」 names 单只 and 一对
        entries += [(f"一{name[1:]}", "colour", name) for name in product.colours if ONE_PIECE.fullmatch(name)]
        entries += [(f"一{name[1:]}", "size", name) for name in product.sizes if ONE_PIECE.fullmatch(name)]
        # a style named with its kind also by its point and 的: 遥控的 for 遥控款
        entries += [(f"{size[:-1]}的", "size", size) for size in product.sizes
                    if len(size) >= 3 and size[-1] in _STYLE_KINDS and not size[-2].isdigit()]
        # a size named by its length is also said bare: 60 for 60cm (`size_key` makes them one),
        # 1.8 for a 1.8m bed; a pack counted in digits is also said in words: 十斤 for 10斤
        entries += [(m["n"], "size", size) for size in product.sizes if (m := _CM_SIZE.fullmatch(size.lower()))]
        # (a colour so named too, where the shop sells its thicknesses as colours: 22 and 22厚 for a mattress's 22cm)
        entries += [(m["n"], "colour", colour) for colour in product.colours
                    if (m := _CM_SIZE.fullmatch(colour.lower()))]
        shares: tuple[tuple[VocabKind, list[str]], ...] = (("size", product.sizes), ("colour", product.colours))
        entries += [(f"{m['n']}厚", kind_of, name) for kind_of, names in shares
                    for name in names if (m := _CM_SIZE.fullmatch(name.lower()))]
        entries += [(m["n"], "size", size) for size in product.sizes if (m := _METRE_SIZE.fullmatch(size.lower()))]
        entries += [(m["n"], "size", size) for size in product.sizes
                    if (m := _POINT_LITRES.fullmatch(size.lower()))]
        # and as buyers write a length in metres: 2米4, 2m4, 2.4m for 2.4米
        entries += [(spelling, "size", size) for size in product.sizes if (m := _METRE_SIZE.fullmatch(size.lower()))
                    for spelling in _metre_spellings(m["n"])]
        # a length and a style as buyers write them: 1.8床笠, 1米8床笠款, 1.8的床笠 for 1.8m床笠款
        entries += [(spelling, "size", size) for size in product.sizes
                    if (m := _METRE_STYLE.fullmatch(size.lower())) for spelling in _metre_style_spellings(m)]
        # and by the length alone (1.8的, 1米8, 2米的), as said: each product reads it its own way, the
        # size of that width, or all of them where it has several (1.8m床单款 and 1.8m床笠款)
        styled = [m for size in product.sizes if (m := _METRE_STYLE.fullmatch(size.lower())) is not None]
        widths = [m["n"] for m in styled]
        # and by the style alone, with its kind (床单款 of 1.5m床单款 and 1.8m床单款), as said
        entries += [(style, "size", style)
                    for style in dict.fromkeys(m["style"] + m["kind"] for m in styled if m["kind"])]
        entries += [(spelling, "size", spelling)
                    for spelling in dict.fromkeys(s for width in widths for s in _metre_lengths(width))]
        # a size named by a number and its unit is also said by the number and 的: 25的 for 25km版 (「那25的呢」),
        # where no other of its sizes begins with that number
        numbered = [(m["n"], size) for size in product.sizes if (m := _NUMBERED.fullmatch(size.lower()))]
        entries += [(f"{n}的", "size", size) for n, size in numbered
                    if sum(bool(re.match(rf"{re.escape(n)}(?![\d.])", other)) for other in product.sizes) == 1]
        # a tyre by the rim it fits: 16寸 for 205/55R16 (「16寸的多少钱」), where no other of its sizes fits it
        rims = [(m["rim"], size) for size in product.sizes if (m := _TYRE.search(size)) is not None]
        entries += [(f"{rim}{inch}", "size", size) for rim, size in rims if sum(r == rim for r, _ in rims) == 1
                    for inch in ("寸", "英寸")]
        # and by its width and 的: 235的 for 235/50R18 (「那235的呢」), where no other of its sizes is as wide
        treads = [(m["width"], size) for size in product.sizes if (m := _TYRE.search(size)) is not None]
        entries += [(f"{width}的", "size", size) for width, size in treads if sum(w == width for w, _ in treads) == 1]
        # a pack by its weight or volume is also said bare: 250 for 250g (「那250的呢」)
        entries += [(m["n"], "size", size) for size in product.sizes if (m := _AMOUNT_SIZE.fullmatch(size.lower()))]
        # (and a pack by its count without 装: 一瓶 of 1瓶装 beside 3瓶装, 「单买一瓶包邮吗」)
        entries += [(spelling + unit, "size", size) for size in product.sizes
                    if (m := _COUNTED_SIZE.fullmatch(size)) for spelling in _count_spellings(m["n"])
                    for unit in {m["unit"], m["unit"].removesuffix("装"), *_COUNTED_ALIKE.get(m["unit"], ())}
                    if spelling + unit not in product.names_of(size)]  # (not again where the shop calls it so)
        # and an amount in words with its unit as said: 五十毫升 for 50ml, 三十克 for 30g
        entries += [(spelling + unit, "size", size) for size in product.sizes
                    if (m := _IN_ML_OR_G.fullmatch(size.lower())) and int(m["n"]) < 100
                    for spelling in _in_words(int(m["n"])) for unit in _UNIT_SAID[m["unit"]]]
        # and a volume in litres by 升, as buyers say it: 5升 and 五升 for 5L, 1.5升 for 1.5L
        entries += [(spelling + "升", "size", size) for size in product.sizes
                    if (m := _IN_LITRES.fullmatch(size.lower()))
                    for spelling in (m["n"], *(_in_words(int(m["n"])) if m["n"].isdigit() and int(m["n"]) < 100
                                              else ()))]
        # a pack named by its count at the end (80抽12包: 12包, 一壶三杯: 三杯 or 3杯), where no other size
        # ends the same
        ends = [(_counted(m), size) for size in product.sizes
                if (m := _COUNTED_END.search(size)) is not None and m.start() > 0]
        entries += [(said, "size", size) for end, size in ends if sum(e == end for e, _ in ends) == 1
                    for said in end]
        # a long variant named by its end alone where no other of the product's variants holds it (液化气 of
        # 烟灶套装液化气, 途观L7座 of 大众途观L7座)
        # (not where the end is another product's own variant: 白牡丹 of a gift box's 大红袍加白牡丹 beside the
        # white tea's 白牡丹)
        entries += [(tail, "size", name) for tail, name in _own_tails(product.sizes) if tail not in others[product.id]]
        entries += [(tail, "colour", name) for tail, name in _own_tails(product.colours)
                    if tail not in others[product.id]]
        # and by its start, before the word that only says its kind (液态硅胶 of 液态硅胶壳)
        entries += [(head, "size", name) for head, name in _own_heads(product.sizes, product.variant_aliases)
                    if head not in others[product.id]]
        entries += [(head, "colour", name) for head, name in _own_heads(product.colours, product.variant_aliases,
                                                                        (product.category or "").lower())
                    if head not in others[product.id]]
        # a colour named by a thing and its hue (巧克力棕, 亚麻灰) also by the thing and 色, as buyers say it
        # (巧克力色), where no other of its colours begins with the thing
        # (and a thing, a shade's word and 色 by the thing and 色: 经典色 of 经典亮色)
        entries += [(f"{thing}色", "colour", colour) for colour in product.colours
                    if (thing := colour[:-1] if colour[-1] in _HUES and "色" not in colour
                        else colour[:-2] if len(colour) >= 4 and colour[-1] == "色" and colour[-2] in _SHADES else "")
                    and len(thing) >= 2 and sum(other.startswith(thing) for other in product.colours) == 1
                    and f"{thing}色" not in others[product.id]]
        # a colour named by a little thing (小熊猫, 小恐龙) also by the thing alone, where no other holds it
        entries += [(colour[1:], "colour", colour) for colour in product.colours
                    if len(colour) >= 3 and colour[0] == "小"
                    and sum(colour[1:] in other for other in product.colours) == 1
                    and colour[1:] not in others[product.id]]
        # and by the word beside its amount or count (整箱 of 6罐整箱 beside 单罐, 盒装 of 盒装400g)
        entries += [(word, kind_of, name) for kind_of, names in shares for word, name in _words_beside_amounts(names)
                    if word not in others[product.id]]
        # and by a start two or more of them share (明月 of 明月标准 and 明月防蓝光): each of those
        entries += [(head, "colour", name) for head, name in _shared_heads(product.colours)
                    if head not in others[product.id]]
        # and by a Latin word inside it that no other of its kind holds (wifi of 无线WiFi版, beside USB版)
        entries += [(word, "size", name) for word, name in _own_latin_words(product.sizes)]
        entries += [(word, "colour", name) for word, name in _own_latin_words(product.colours)]
        # a shade named by its code before its name (03经典正红, 1N0自然白) also by the code alone (「那03有货吗」),
        # where no other of its colours begins with it
        codes = [(m["code"].lower(), name) for name in product.colours if (m := _CODED.match(name)) is not None]
        entries += [(code, "colour", name) for code, name in codes if sum(c == code for c, _ in codes) == 1]
        # a variant named by a share (遮光95%) also without its sign, as buyers write it: 「遮光95和全遮光有啥区别」
        entries += [(name[:-1].lower(), kind, name) for kind, names in shares
                    for name in names if len(name) >= 4 and name[-1] in "%％" and name[-2].isdigit()]
        # a size named for what it goes with (60V锂电用, a charger's) also without the 用: 「60v锂电的有货吗」
        entries += [(size[:-1].lower(), "size", size) for size in product.sizes if len(size) >= 4 and size[-1] == "用"]
        # a battery named by its volts and amp-hours (48V20Ah铅酸) as buyers write it: 48v20a, 48v20安, 48伏20安
        entries += [(spelling, "size", size) for size in product.sizes if (m := _BATTERY.match(size.lower()))
                    for spelling in _battery_spellings(m["v"], m["ah"])]
        # other names and aliases stand for themselves: each product reads them its own way
        # (`Product.find_size`, `Product.find_colour`), so one product's 蓝色 is not another's
        entries += [(spelling, "size", name) for row in product.size_chart for name in row.names
                    for spelling in size_name_spellings(name)]
        for name, aliases in product.variant_aliases.items():
            kind: VocabKind = "colour" if name in product.colours else "size"
            entries += [(alias.lower(), kind, alias) for alias in aliases if len(alias) >= 2]
            # an alias of a style with its kind also by its point and 的: 变速的 for 变速款 (7速款's alias)
            entries += [(f"{alias[:-1]}的".lower(), kind, alias) for alias in aliases
                        if len(alias) >= 3 and alias[-1] in _STYLE_KINDS and not alias[-2].isdigit()]
            # and an alias written with 的 also without it, as buyers compare them: 「带灯跟不带灯差多少」
            entries += [(alias[:-1].lower(), kind, alias) for alias in aliases
                        if len(alias) >= 3 and alias[-1] == "的" and alias[:-1].lower() not in others[product.id]]
        # one of two styles said by what the other has, 不 before it (不带座的 of a scooter in 标准款 and 座椅款,
        # 带座的 the latter's alias): the other one
        for kind_of, names in shares:
            if len(names) == 2:
                entries += [(f"不{said}".lower(), kind_of, other) for name, other in (names, names[::-1])
                            for said in (name, *product.variant_aliases.get(name, ())) if said[0] in _HAS]
        # a length in cm as buyers also write it, in 公分 or 厘米: 3公分 for 3cm, 2.5-3公分 for 2.5-3cm
        for kind_of, names in shares:
            entries += [(said.lower().replace("cm", unit), kind_of, said) for name in names
                        for said in (name, *product.variant_aliases.get(name, ())) if "cm" in said.lower()
                        for unit in ("公分", "厘米")]
        # a size's one-character alias said right after a colour (饼 of 300g茶饼: 「白牡丹饼」「银针饼有货吗」):
        # both, the colour and the size (alone, 饼 would be found inside other words)
        one_char = [(alias.lower(), size) for size in product.sizes
                    for alias in product.variant_aliases.get(size, ()) if len(alias) == 1]
        for alias, size in one_char:
            for colour in product.colours:
                for spelling in {s.lower() for s in (*colour_spellings(colour),
                                                     *product.variant_aliases.get(colour, ())) if len(s) >= 2}:
                    entries += [(f"{spelling}{alias}", "colour", colour), (f"{spelling}{alias}", "size", size)]
        # a size said by its number and 的, its unit left out (3万的 of 3万毫安): that size
        for size in product.sizes:
            for each in (size, *product.variant_aliases.get(size, ())):
                tail = UNIT_TAIL.search(each.lower())
                bare = f"{each.lower()[:tail.start()]}的" if tail is not None else ""
                if bare and product.find_size(bare) == size:
                    entries.append((bare, "size", size))
    called = [(alias, product.id) for product in shop.products for alias in _one_character_names(product)]
    return Vocabulary(entries, {a: pid for a, pid in called if sum(a == b for b, _ in called) == 1})


def _one_character_names(product: Product) -> list[str]:
    """The product's aliases of one character (线, 壳), and the thing an alias in 子 names (框 of 框子: 「框多少钱」),
    found as a clause's subject or joined to another thing; not a character that says little alone (被 of 被子)."""
    return list(dict.fromkeys([*(a for a in product.aliases if len(a) == 1),
                               *(a[0] for a in product.aliases if len(a) == 2 and a[1] == "子"
                                 and a[0] not in _SAYS_LITTLE_ALONE)]))


#: Characters that, less the 子 of an alias, say too little or too much else to name goods: 被 (被压坏了), 样, 日.
_SAYS_LITTLE_ALONE = frozenset("被样孩日法面儿个这那些句份点")


def _product_heads(shop: Shop) -> list[tuple[str, str]]:
    """The starts (two characters or more, short of the whole) of the aliases of each product
    the shop sells another of its kind beside (幼猫奶糕粮 beside 成猫粮, both 猫粮: what tells them apart),
    that no other product's names and no variant's name holds (but its own variant called as it is, 枣花蜜 of
    黄河滩枣花蜜 called 枣花蜜, takes no 枣花 from it), with the product's id."""
    names = {p.id: [n.lower() for n in (p.name, *p.aliases)] for p in shop.products}
    variants = {p.id: [v.lower() for v in (*p.colours, *p.sizes, *(a for aliases in p.variant_aliases.values()
                                                                     for a in aliases))] for p in shop.products}
    # (of a kind, by the kind's last two characters: 豆腐猫砂 beside 膨润土猫砂, both 猫砂)
    kinds = [p.category[-2:] for p in shop.products if p.category]
    paired = {p.id for p in shop.products if p.category and kinds.count(p.category[-2:]) > 1}
    # (of the short names the owner gave it, not of its full title, whose first words may say how it is cut:
    # 修身 of 修身针织长袖连衣裙)
    heads = {(alias[:i], p.id) for p in shop.products if p.id in paired for alias in map(str.lower, p.aliases)
             for i in range(2, len(alias)) if not alias[:i].isascii()}
    # (a start another's name holds inside, 膨润土 of a mixed litter called 豆腐膨润土混合, still names this one: the
    # mix names both; not one another's name starts with)
    return sorted((head, product_id) for head, product_id in heads
                  if not any(n.startswith(head) or (head in n and not _inside_a_mix(n))
                             for other, own in names.items() if other != product_id for n in own)
                  and not any(head in v for other, own in variants.items() for v in own
                              if other != product_id or v not in names[product_id] or v == head)
                  and head not in _WHETHER_GENUINE and head not in _ACTIVITIES)


#: A name that says it mixes other things (豆腐膨润土混合, 双拼): the things it names are other goods' too.
_MIXED = re.compile(r"混合|拼配|混装|双拼|组合")


def _inside_a_mix(name: str) -> bool:
    """Whether ``name`` says it mixes things, so a word inside it may name other goods."""
    return _MIXED.search(name) is not None


#: Starts of an alias that ask whether the goods are genuine, not which (原装 of 原装墨水: 「是原装的吗」).
_WHETHER_GENUINE = frozenset({"原装", "正品", "正版", "官方", "国行", "原厂", "全新", "正宗"})
#: What buyers say they do with goods (遛狗, 钓鱼, 泡茶): the start of an alias so called (遛狗绳) names no goods.
_ACTIVITIES = frozenset(_word_list("activities.txt"))


def _own_tails(names: Sequence[str]) -> list[tuple[str, str]]:
    """The ends (three characters or more, not cut inside a number or a Latin word, but a year
    is said by its last two digits: 22年 of 2022年) of each of ``names`` that no other of them
    holds: what a buyer may call that one by."""
    lowered = [name.lower() for name in names]
    tails = [(name[i:], original) for name, original in zip(lowered, names, strict=True)
             if len(name) >= 5 or _YEAR.match(name)
             for i in range(1, len(name) - 2)
             if (not (name[i - 1].isascii() and name[i - 1].isalnum() and name[i].isascii() and name[i].isalnum())
                 or (i == 2 and _YEAR.match(name)))
             and sum(name[i:] in other for other in lowered) == 1]
    # and two characters after a spec in digits and letters (锂电 of 48V24Ah锂电, beside 48V20Ah铅酸)
    return tails + [(name[-2:], original) for name, original in zip(lowered, names, strict=True)
                    if len(name) >= 5 and name[-2:] in cjk_pairs(name[-2:])
                    and name[-3].isascii() and name[-3].isalnum() and sum(name[-2:] in other for other in lowered) == 1]


#: A colour a variant's name begins with: 白色 of 白色陶瓷盆.
_COLOUR_FIRST = re.compile(r"^[\u4e00-\u9fff]{1,2}色")
#: The words ending a variant's name that only say what kind of thing or pack it is (液态硅胶壳, 铁盒礼盒装,
#: 燃气款, 加长版, the card of 128G卡: 「128g的」).
_KIND_ENDS = re.compile(r"(?:礼盒装|礼盒|盒装|袋装|罐装|瓶装|箱装|套装|壳|盆|款|版"
                        r"|\d{1,3}(?:双|条|包|只|片|支|个|盒|袋)装?|(?<=\d[gt])卡|(?<=\d[gt]b)卡)$")  # (粗陶 of 粗陶盆)


def _own_heads(names: Sequence[str], aliases: Mapping[str, Sequence[str]], kind: str = "") -> list[tuple[str, str]]:
    """The start of each of ``names``, or of one of its ``aliases``, before a word ending it that only
    says its kind or its count (液态硅胶 of 液态硅胶壳, 铁盒 of 铁盒礼盒装, 纯白 of 纯白5双, 燃气 of 燃气款),
    two characters or more and not a number alone, where no other of them holds it in its name or its
    aliases (变速 of 7速款 called 变速款 stands beside 单速 of 单速款): what buyers call it for short."""
    spelt = {name: [said.lower() for said in (name, *aliases.get(name, ()))] for name in names}
    heads = [(said[:m.start()], name) for name, saids in spelt.items() for said in saids
             if (m := _KIND_ENDS.search(said)) is not None and m.start() >= 2]
    # (and before the product's own kind it ends with: 荔枝 of 荔枝木炭, a 木炭)
    heads += [(said.removesuffix(kind), name) for name, saids in spelt.items() for said in saids
              if len(kind) >= 2 and said.endswith(kind) and len(said) - len(kind) >= 2]
    # (and without the colour it begins with: 陶瓷 of 白色陶瓷盆)
    heads += [(head[colour.end():], name) for head, name in heads
              if (colour := _COLOUR_FIRST.match(head)) is not None and len(head) - colour.end() >= 2]
    return list(dict.fromkeys(
        (head, name) for head, name in heads if not re.fullmatch(r"[\d.]+", head)
        and [other for other, saids in spelt.items() if any(head in said for said in saids)] == [name]))


#: A variant's name of a word and an amount or count beside it, either side: 6罐整箱, 盒装400g, 10斤大果.
_WORD_AND_AMOUNT = re.compile(r"\d+(?:\.\d+)?[\u4e00-\u9fff]?(?P<after>[\u4e00-\u9fff]{2,4})"
                              r"|(?P<before>[\u4e00-\u9fff]{2,4})\d+(?:\.\d+)?(?:[a-z]{1,2}|[\u4e00-\u9fff])?")


def _words_beside_amounts(names: Sequence[str]) -> list[tuple[str, str]]:
    """The word each of ``names`` says beside its amount or count (整箱 of 6罐整箱, 盒装 of 盒装400g), where no
    other of them holds it: what buyers call that one by (「整箱有货没」)."""
    lowered = [name.lower() for name in names]
    words = [((m["after"] or m["before"]), name) for name, low in zip(names, lowered, strict=True)
             if (m := _WORD_AND_AMOUNT.fullmatch(low)) is not None]
    return [(word, name) for word, name in words if sum(word in other for other in lowered) == 1]


def _shared_heads(names: Sequence[str]) -> list[tuple[str, str]]:
    """The longest start of two characters or more that two or more of ``names`` share, each going on
    for two characters or more after it (明月 of 明月标准 and 明月防蓝光), and each of those names."""
    lowered = {name: name.lower() for name in names}
    groups: dict[str, list[str]] = {}
    for low in lowered.values():
        for end in range(2, len(low) - 1):
            head = low[:end]
            if not _CJK_HEAD.fullmatch(head):
                break
            group = [n for n, other in lowered.items() if other.startswith(head) and len(other) - end >= 2]
            if len(group) >= 2:
                groups[head] = group
    longest = {head: group for head, group in groups.items()
               if not any(other != head and other.startswith(head) and groups[other] == group for other in groups)}
    return [(head, name) for head, group in longest.items() for name in group]


#: A start of a name in Chinese characters alone.
_CJK_HEAD = re.compile(r"[\u4e00-\u9fff]+")


def _own_latin_words(names: Sequence[str]) -> list[tuple[str, str]]:
    """The Latin words (three letters or more) inside each of ``names`` beside other characters
    that no other of them holds: wifi of 无线WiFi版 (not pro of Pro alone, which is all of it)."""
    lowered = [name.lower() for name in names]
    return [(word, original) for name, original in zip(lowered, names, strict=True)
            for word in dict.fromkeys(re.findall(r"[a-z]{3,}", name))
            if word != name and sum(word in other for other in lowered) == 1]


#: A name that begins with a year (2022年, 2016年秋茶): buyers say it by its last two digits.
_YEAR = re.compile(r"(?:19|20)\d\d年")


_SYSTEMS = {"us": ("美码", "us"), "uk": ("英码", "uk"), "eu": ("欧码", "eu")}
#: The end of a promotion's name that says only that it is one (专享, 福利, 活动).
_PROMOTION_END = re.compile(r"(专享|福利|活动|优惠|特惠|专属|权益|大促)$")
#: The shop's own word a promotion's name may start with (店铺会员福利, 全店满减): says nothing of which.
_SHOPS_OWN = re.compile(r"^(店铺|本店|全店|小店|官方|旗舰店|天猫|京东|淘宝)")
#: The fewest characters of the end of a promotion's name that still name it.
_SHORTEST_PROMOTION = 4
#: A gift in a promotion's terms: 晾衣架 of 再送晾衣架10个, 收纳袋 of 买3件送收纳袋.
_GIFT_IN_TERMS = re.compile(r"(?:送|赠)(?![完到达给货出])(?:一|1)?(?:个|只|条|瓶|包|盒|套|份|张)?"
                            r"(?P<gift>[\u4e00-\u9fff]{2,4}?)"
                            r"(?=[\d一二两三四五六七八九十]|[,，。;；、!！]|$)")


def _gifts_in(terms: str) -> list[str]:
    """The gifts a promotion's terms give, each also by its last two characters where it is
    longer (衣架 of 晾衣架): buyers say the short name."""
    gifts = [m["gift"] for m in _GIFT_IN_TERMS.finditer(terms)]
    return list(dict.fromkeys([*gifts, *(g[-2:] for g in gifts if len(g) == 3)]))


def _gift_not_asked(hit: Hit, text: str) -> bool:
    """Whether a promotion found by the gift its name gives (灯泡 of 买吸顶灯送灯泡) is said in a line
    that asks nothing of giving (「带灯泡吗」「五头要配几个灯泡」): the goods, not the promotion."""
    gift = _GIVES.search(hit.value)
    return gift is not None and hit.text == gift["gift"] and not _GIVING.search(text)


#: Words of giving: 送, 赠.
_GIVING = re.compile(r"送|赠")
#: What a promotion's name says it gives, at its end: 发带 of 套装送发带, 灯泡 of 买吸顶灯送灯泡.
_GIVES = re.compile(r"(?:送|赠)(?P<gift>[\u4e00-\u9fff]{2,4})$")
#: The same, of a gift of any length: 不锈钢嗦粉碗 of 满128送不锈钢嗦粉碗 (its end names it, 碗).
_GIVES_ANY = re.compile(r"(?:送|赠)(?P<gift>[\u4e00-\u9fff]{1,8})$")


#: A battery's volts and amp-hours at the start of a size's name: 48V20Ah of 48V20Ah铅酸.
_BATTERY = re.compile(r"(?P<v>\d+)v(?P<ah>\d+(?:\.\d+)?)ah")


def _battery_spellings(volts: str, amp_hours: str) -> list[str]:
    """How buyers write a battery of ``volts`` and ``amp_hours``: 48v20a, 48v20ah, 48v20安, 48伏20安."""
    return [f"{volts}v{amp_hours}a", f"{volts}v{amp_hours}ah", f"{volts}v{amp_hours}安", f"{volts}伏{amp_hours}安",
            f"{volts}v {amp_hours}a", f"{volts}v {amp_hours}ah"]


def size_name_spellings(name: str) -> list[str]:
    """How buyers write another name of a size: US8.5 -> us8.5, us 8.5, 美码8.5."""
    lower = name.lower().replace(" ", "")
    for system, words in _SYSTEMS.items():
        if lower.startswith(system) and len(lower) > len(system):
            rest = lower[len(system):]
            return [f"{word}{rest}" for word in words] + [f"{system} {rest}"]
    return [lower]


#: The body measures `Entities` holds, by their fields' names.
BODY_FIELDS = ("height", "weight", "foot", "waist", "bust", "underbust", "hip", "age", "finger", "wrist", "head")


@dataclass(frozen=True)
class Entities:
    """What a message names. Body measures (`BODY_FIELDS`) are in cm and 斤."""

    height: float | None = None
    weight: float | None = None
    foot: float | None = None  # foot length, cm
    waist: float | None = None
    bust: float | None = None
    underbust: float | None = None  # under the bust, cm: a bra's band (下胸围73)
    hip: float | None = None
    age: float | None = None  # years: 0.5 is six months
    finger: float | None = None  # a finger's girth, mm (rings)
    wrist: float | None = None  # cm
    head: float | None = None  # cm
    measures_sure: bool = True
    sizes: tuple[str, ...] = ()
    colours: tuple[str, ...] = ()
    products: tuple[str, ...] = ()
    promotions: tuple[str, ...] = ()  # the shop's promotions named (跑鞋狂欢周)
    couriers: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    money: tuple[float, ...] = ()
    quantity: int | None = None
    days: float | None = None
    day: str | None = None  # a day named (今天, 明天, 周六): 「那周六呢」 goes on with a question of days
    numbers: tuple[float, ...] = ()  # every plain number, whatever it measures
    bare_numbers: tuple[float, ...] = ()  # those with no unit after them: 「160可以吗」, not 500度, 3岁, 2斤
    #: Where the shop's product names stand in the text ([start, end) each): words inside
    #: them name the goods (纯棉 in 纯棉T恤, 垃圾 in 垃圾袋) and ask nothing.
    named: tuple[tuple[int, int], ...] = ()
    #: Where the shop's own names of variants stand (大电池, 双瓶礼盒, 蓝牙 of a 双模 mouse): a keyword
    #: inside one (电池, 礼盒) or that is one (蓝牙) names the variant and asks nothing.
    variant_names: tuple[tuple[int, int], ...] = ()

    def names(self) -> dict[str, object]:
        """The entities that are set, for traces."""
        return {
            k: v for k, v in self.__dict__.items()
            if k not in ("measures_sure", "named", "variant_names", "bare_numbers") and v is not None and v != ()
        }

    def unnamed(self, text: str, *, variants: bool = False) -> str:
        """``text`` with the product names found in it blanked out (each character a private-use
        one, so places keep their numbers): 英国 in a shop's 英国梨 is no country to ship to; with
        ``variants``, the variant names too (贵 of a sofa's 贵妃位 is no haggle)."""
        for start, end in (*self.named, *(self.variant_names if variants else ())):
            text = text[:start] + _BLANK * (end - start) + text[end:]
        return text

    def inside_a_name(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies within one of the product names or variant names found
        (大电池 holds 电池; 蓝牙 of a 双模 mouse called 蓝牙 is one)."""
        return any(low <= start and end <= high for low, high in (*self.named, *self.variant_names))


#: What stands for a character of a product's name blanked out (`Entities.unnamed`): no pattern reads it.
_BLANK = "\ue000"

#: What a message that names nothing names: one value, shared.
_NOTHING = Entities()


#: What every size `_SIZE` reads holds: a Latin letter, a digit or 均 (均码).
_SIZE_SAID = re.compile(r"[\da-z均]")


def _sizes(text: str, named: Sequence[tuple[int, int]] = ()) -> tuple[str, ...]:
    """The sizes a line says in the usual spellings (XL, 3XL, 75B, 均码), but not as part of a
    size of the shop's ``named`` there (XXL of 爸爸XXL; 2L, which is XXL in clothes, of a lunch box's
    2.0L三层 called 2L: the shop's own reading)."""
    if not _SIZE_SAID.search(text):  # (most lines: _SIZE's lookarounds at every character cost more)
        return ()
    found: list[str] = []
    for match in _SIZE.finditer(text):
        if any(start <= match.start() and match.end() <= end for start, end in named):
            continue
        if match["s"]:
            size = size_key(match["s"])
        elif match["bra"]:
            size = match["bra"].upper()
        elif match["n"]:
            size = match["n"]
        else:
            size = "均码"
        if size not in found:
            found.append(size)
    return tuple(found)


#: Latin letters right after a number, naming a longer model (16pro, 15plus), unless they are a unit (120cm).
_MODEL_AFTER = re.compile(r"[a-z]")
_UNIT_LETTERS = re.compile(r"(?:cm|mm|ml|kg|g|m|l)(?![a-z])|[x×*]\s*\d")  # (x2 of 1米8x2米: a bed's other side)
#: What makes a model's name a longer one's, said after a space: 15pro max, 14 ultra.
_LONGER_MODEL = re.compile(r"\s(?:max|plus|mini|ultra|pro)(?![a-z])")


#: A count of goods said right before a bare number, or after it: 「一套120」「120的两套」.
_COUNTED_BEFORE = re.compile(rf"[一两二三四五六七八九十\d]+\s*(?:{COUNTERS})\s*")
_COUNTED_AFTER = re.compile(rf"\s*的?\s*[一两二三四五六七八九十\d]+\s*(?:{COUNTERS})")
#: A count each person takes (一人一件, 每人两个): where the whole is said too, the whole is the count.
_EACH_PERSON = re.compile(r"(?:一人|每人|一个人|每个人|人手)$")
#: So many people of a class, a company or a team, said as those the goods are for: 「一个班52个人」「公司30个员工」.
_GROUP_OF_PEOPLE = re.compile(r"(?:班|公司|单位|团队|部门|年级|社团|球队)(?:里|上|一共|总共|有|共)?"
                              r"\s*(?P<people>\d{1,4})\s*(?:个|位|名)?\s*(?:人|同学|学生|员工|队员)")
#: So many people, each taking so many: 「45个人 每人一件」「30个同学一人一套」「20位员工人手两个」.
_PEOPLE_EACH = re.compile(r"(?P<people>\d{1,4})\s*(?:个|位|名)?\s*(?:人|同学|学生|员工|小朋友|孩子|队员)"
                          r"[^。?？!！\d]{0,4}?(?:一人|每人|一个人|每个人|人手)\s*(?P<each>\d|[一两二三四五])\s*"
                          r"(?:件|套|个|份|只|条|顶|双|本|盒|瓶|支|把|张)")
#: What the body was before (孕前110斤 现在130斤): another of its kind said after it is the body now.
_ONCE = re.compile(r"(?:孕前|怀孕前|产前|生之前|生前|以前|之前|原来|原先|本来)\s*(?:是|有|都)?\s*$")


#: A sum of money said right before a number: 减50, 便宜20, 满200.
_MONEY_BEFORE = re.compile(r"(?:减|降|便宜|优惠|省|返|满|少)了?$")


#: The first character of a size named by how big it is (大的, 长款): after 多 it asks how big (多大的).
_MEASURED = frozenset("大小长短高矮宽窄厚薄重轻")
#: A size that is a weight: 12斤, 十二斤, 5kg.
_WEIGHED = re.compile(r"(?:斤|公斤|kg)$")
#: One who is weighed, said right before a weight: 我家猫, 宝宝, 体重.
_A_BEING_BEFORE = re.compile(r"(?:猫|狗|猫咪|狗狗|宝宝|孩子|娃|我|体重|老公|老婆|儿子|女儿|闺女|小孩|它|他|她)"
                             r"\s*(?:有|是|大概|差不多|才|快|都)?\s*$")
#: The characters of a number said in words: 六斤 after one of them is part of a bigger number (十六斤).
_NUMERAL_WORDS = frozenset("零一二两三四五六七八九十百千")


def _runs_into_a_model(text: str, end: int) -> bool:
    """Whether a number ending at ``end`` runs into a longer model's name: letters after it that are no
    unit (16pro, 15plus; not 120cm), or a model's word after a space (15pro max, 14 ultra)."""
    return (_MODEL_AFTER.match(text, end) is not None and not _UNIT_LETTERS.match(text, end)) \
        or _LONGER_MODEL.match(text, end) is not None


#: What a style's name says it has, said first: 带座的, 含糖, 配灯, 加绒, 附赠, 有盖.
_HAS = frozenset("带含配加附有")


#: One Latin letter standing alone right before where a number starts: g of g4, x of x7 (not e of iphone15).
_LETTER_CODE = re.compile(r"(?<![a-z])[a-z]$")


def _stands_alone(text: str, hit: Hit) -> bool:
    """An ASCII alias ("sf", "ems") must not sit inside a longer ASCII word, and a number
    (a size like 30) not inside a longer number or before a unit; a name starting with a
    number (4米宽) not after another digit or a point (2.4米宽 is no 4米宽), and a length in
    metres not before a digit (2米 of 2米4; 12厘米 of 「12厘米1米5」 and 6.3米 of 「6.3米28调」 are whole)."""
    before = text[hit.start - 1] if hit.start else " "
    after = text[hit.end] if hit.end < len(text) else " "
    if hit.text[0].isdigit() and _LETTER_CODE.search(text, 0, hit.start):
        return False  # 4 of 「有g4的吗」: a code of one letter and its number (a grip's G4), not the size 4U
    if not hit.text.isascii():
        if hit.text[0] == "不" and before == hit.text[1:2]:
            return False  # 「带不带座的」 asks whether it has one: no 不带座的 named
        if hit.text[0] in _NUMERAL_WORDS and before in _NUMERAL_WORDS:
            return False  # 六斤 of 「十六斤」: a bigger number's, in words
        if hit.kind == "size" and _WEIGHED.search(hit.text) and _A_BEING_BEFORE.search(text, 0, hit.start):
            return False  # 「我家猫十二斤 买哪个号」: the cat's weight, not another product's 12斤装
        if before == "多" and hit.kind == "size" and hit.text[0] in _MEASURED:
            return False  # 「菜板多大的」 asks its size, it names no size 大的
        # (2米 of 「2米4」 is 2.4 metres, no size 2米)
        return not (hit.text[0].isdigit() and (before.isdigit() or before == ".")) \
            and not (hit.text[0].isdigit() and hit.text[-1] == "米" and hit.text[-2:] not in ("厘米", "毫米")
                     and "." not in hit.text and after.isdigit()) \
            and not (hit.text[-1].isdigit() and _runs_into_a_model(text, hit.end))  # 苹果16 of 苹果16pro
    if before == "高" and hit.text.replace(".", "", 1).isdigit():
        return False  # 「宽1.6高1.5」: a height told, not the size 1.5米
    if hit.text.isdigit():  # (16 of 16pro, 16plus: another model's name, not the size 16; 120cm is 120)
        if _MONEY_BEFORE.search(text, 0, hit.start):
            return False  # 「那个减50还有吗」: 50元 off, not a size 50
        return not before.isdigit() and not after.isdigit() and not _NOT_A_SIZE_AFTER.match(text, hit.end) \
            and not _runs_into_a_model(text, hit.end)
    if hit.text[0].isdigit() and (before.isdigit() or before == "."):
        return False  # 20w of 120w: a bigger number's
    return not (before.isascii() and before.isalpha()) and not (after.isascii() and after.isalpha()) \
        and not (hit.text[-1].isalnum() and _LONGER_MODEL.match(text, hit.end))  # 15pro of 15pro max


def _codes_read_on(text: str, hits: list[Hit]) -> list[Hit]:
    """``hits``, where a shade's code names several shades (01 of 01豆沙奶茶 and 01大地奶茶) and the
    buyer goes on with one's name (「01豆沙」), that one alone."""
    coded = [h for h in hits if h.kind == "colour" and h.text.isascii() and h.value.lower().startswith(h.text)
             and len(h.value) > len(h.text)]
    dropped = []
    for span in {(h.start, h.end) for h in coded}:
        shades = [h for h in coded if (h.start, h.end) == span]
        going_on = [h for h in shades if h.value[len(h.text)] == text[span[1]:span[1] + 1]]
        if going_on and len(shades) > len(going_on):
            dropped += [h for h in shades if h not in going_on]
    return [h for h in hits if h not in dropped] if dropped else hits


def _spaced_models(text: str, vocabulary: Vocabulary, hits: list[Hit]) -> list[Hit]:
    """``hits``, with a device model written with spaces (iphone 16 pro max) found as the shop
    writes it (iPhone16ProMax) in place of the shorter names inside it (16)."""
    spaced = []
    for match in _DEVICE_MODEL.finditer(text):
        joined = match[0].replace(" ", "")
        if joined != match[0]:
            spaced += [Hit(h.kind, h.value, match.start(), match.end(), match[0]) for h in vocabulary.find(joined)
                       if h.start == 0 and h.end == len(joined)]
    if not spaced:
        return hits
    kept = [h for h in hits if not any(s.start < h.end and h.start < s.end for s in spaced)]
    return sorted([*kept, *spaced], key=lambda h: h.start)


def _metre_lengths(number: str) -> set[str]:
    """1.8 -> 1.8, 1.8米, 1.8m, 1.8的, 1米8, 1米8的, 一米八, 一米八的 (2.0 -> 2米, 2米的, 两米 too): a length in
    metres as said."""
    lengths = {number, f"{number}米", f"{number}m", f"{number}的"}
    if "." in number:
        whole, _, tenth = number.partition(".")
        lengths |= {f"{whole}米{tenth}", f"{whole}米{tenth}的"} if tenth != "0" else {f"{whole}米", f"{whole}米的"}
    return lengths | {f"{said}{end}" for said in _metre_words(number) for end in ("", "的")}


def _metre_words(number: str) -> list[str]:
    """1.8 -> 一米八; 2.0 -> 二米, 两米; 2.4 -> 二米四, 两米四: a length of whole metres and a tenth, in words
    (none for more than nine metres or a finer length)."""
    whole, _, tenth = number.partition(".")
    if not (whole.isdigit() and 0 < int(whole) < 10 and (tenth == "" or (len(tenth) == 1 and tenth.isdigit()))):
        return []
    return [f"{said}米{_DIGITS[int(tenth)] if tenth not in ('', '0') else ''}" for said in _in_words(int(whole))]


def _metre_style_spellings(m: re.Match[str]) -> list[str]:
    """1.8m床笠款 -> 1.8床笠, 1.8床笠款, 1米8床笠, 1.8米床笠, 1.8的床笠 ... (2.0m床笠 -> 2米床笠 too)."""
    styles = {m["style"], m["style"] + (m["kind"] or "")}
    return sorted(f"{length}{style}" for length in _metre_lengths(m["n"]) for style in styles)


#: A shade's code before its name: 03 of 03经典正红, 1N0 of 1N0自然白 (two characters or more, a digit in them,
#: a name of two characters or more after them).
_CODED = re.compile(r"(?P<code>(?=[0-9a-z]*\d)[0-9a-z]{2,5})(?=[\u4e00-\u9fff]{2})", re.IGNORECASE)


def _metre_spellings(number: str) -> list[str]:
    """2.4 -> 2米4, 2m4, 2.4m, 2.4米, 二米四, 两米四."""
    whole, _, tenth = number.partition(".")
    return [f"{whole}米{tenth}", f"{whole}m{tenth}", f"{number}m", f"{number}米", *_metre_words(number)]


#: A city's name that is also a word: 开封 is opening a pack (开封了, 开封后, 已开封), not the city.
_OPENED = frozenset({"开封"})
_NOT_A_PLACE = re.compile(r"(?<=开封)(了|后|过|的话|以后|之后|就|还|能|可以|会)")


def _unique(values: list[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


#: One character of a colour right before a letter size or a size number: 「黑M」「蓝S」「白XL」「红38」.
_SHORT_COLOUR = re.compile(r"(?P<c>[黑白红蓝绿黄紫粉灰棕橙青])(?=(?:x{0,4}l|x{0,2}s|[2-6]x?l|m|\d{2,3})(?![a-z\d]))")


def _colours(text: str, shop_hits: list[Hit], named: Sequence[Hit] = ()) -> list[str]:
    """The shop's colours, plus colours it does not sell ("有红色吗"), in text order;
    a generic word inside a shop colour (白色 in 米白色) or another of its names (``named``: 粉的 of
    易加粉的, a toner's 易加粉版) is not a second colour. One character of a colour said right before
    a size (「黑M有吗」) is that colour (黑色)."""
    generic = [
        g for g in GENERIC_COLOURS.find(text)
        if not any(g.start < s.end and s.start < g.end for s in (*shop_hits, *named))
    ]
    said = [*shop_hits, *named, *generic]
    generic += [Hit("colour", m["c"] + "色", m.start(), m.end(), m[0]) for m in _SHORT_COLOUR.finditer(text)
                if not any(h.start <= m.start() < h.end for h in said) and m["c"] + "色" in _GENERIC_COLOURS]
    found = sorted([*shop_hits, *generic], key=lambda h: h.start)
    # 1.8米的, 2米色, 两米的床, 20平米: 米 after a number or 平 is a length or an area, not the colour 米色
    return [h.value for h in found if not (h.text.startswith("米") and h.start
                                           and (text[h.start - 1].isdigit() or text[h.start - 1] in _METRES_AFTER))]


#: What 米 right after it is a length or an area of: a numeral (两米, 一米八) or 平 (平米).
_METRES_AFTER = frozenset("平一二两三四五六七八九十半")


def extract(text: str, shop_vocabulary: Vocabulary | None = None) -> Entities:
    """Entities of a normalised message; ``shop_vocabulary`` adds the shop's own names."""
    hits = [h for h in WORLD.find(text) if _stands_alone(text, h)]
    shop_hits = _codes_read_on(text, [h for h in shop_vocabulary.find(text) if _stands_alone(text, h)]) \
        if shop_vocabulary else []
    if shop_vocabulary and " " in text:
        shop_hits = _spaced_models(text, shop_vocabulary, shop_hits)
    measures = find_measures(text)
    sizes = _sizes(text, [(h.start, h.end) for h in shop_hits if h.kind == "size"])
    colours = _colours(text, [h for h in shop_hits if h.kind == "colour"],
                       [h for h in shop_hits if h.kind in ("size", "product")])
    day = DAY.search(text)
    plain = list(_PLAIN_NUMBER.finditer(text))
    if not (hits or shop_hits or measures or sizes or colours or day or plain):
        return _NOTHING  # most messages name nothing at all
    # (a colour the shop names by the child it is for, 女孩 of 女款裙装: 「女孩130穿多大」 is her height)
    coloured = {h.end for h in shop_hits if h.kind == "colour" and not CHILD.fullmatch(h.text)}
    if coloured:  # 「藏青140有吗」: a bare number right after the shop's colour is its size, not the body
        measures = tuple(m for m in measures if m.sure or m.start not in coloured)
    # 「一套120一套160」「120的一套」: a bare number counted as goods is the size of them, not the body
    counted = {m.end() for m in _COUNTED_BEFORE.finditer(text)}
    measures = tuple(m for m in measures if m.sure or m.kind not in ("height", "weight")
                     or (m.start not in counted and not _COUNTED_AFTER.match(text, m.end)))
    named_sizes = [(h.start, h.end) for h in shop_hits if h.kind in ("size", "colour") and not h.text.isdigit()]
    if named_sizes:  # 1米8 of a 1.8米 bed, 两斤 of a 两斤装 bag, 6斤 of a quilt in 4斤 and 6斤: the variant named,
        # not the buyer's height or weight
        measures = tuple(m for m in measures if m.kind not in ("height", "weight")
                         or not any(start <= m.start and m.end <= end for start, end in named_sizes))
    # 「身高一米七 50的合适不」 of a bike in 47, 50 and 53: a bare number that is one of the shop's sizes, said with
    # 的 after it, is that size, not 50kg
    sized = {(h.start, h.end) for h in shop_hits if h.kind == "size" and h.text.isdigit()}
    measures = tuple(m for m in measures if m.sure or m.kind not in ("height", "weight")
                     or (m.start, m.end) not in sized or not text.startswith("的", m.end))
    body_said = [m for m in measures if m.kind in ("height", "weight")]
    if len(body_said) > 1:  # 「我孕前110斤 现在130斤」: the weight now, not the one before
        measures = tuple(m for m in measures if m not in body_said
                         or not _ONCE.search(text, max(0, m.start - 6), m.start)
                         or not any(n.kind == m.kind and n.start > m.start for n in body_said))
    first: dict[str, Measure] = {}
    for measure in measures:
        first.setdefault(measure.kind, measure)
    height, weight, quantity, days = (first.get(kind) for kind in ("height", "weight", "quantity", "days"))
    # 「中辣十根的要5袋」: how many is 5袋, not 十根, the shop's name of a size, where another count is said;
    # 「一个班50套」: 50, not the one class they are for
    # 「2020单支买两支」: 2020 is the year a wine is named by, not how many
    numbered = {h.start for h in shop_hits if h.kind in ("size", "colour") and h.text.isdigit()}
    quantity = next((m for m in measures if m.kind == "quantity"
                     and not any(start <= m.start and m.end <= end for start, end in named_sizes)
                     and m.start not in numbered and not _NOT_GOODS.match(text, m.end)
                     and not _EACH_PERSON.search(text, max(0, m.start - 4), m.start)  # 「一人一件 两件黑色」: 2
                     and not (m.value == 1 and _PRICE_OF.search(text, 0, m.start))),  # 「多少钱一瓶 买三瓶」: 3
                    None if quantity is not None and (
                        quantity.start in numbered or _NOT_GOODS.match(text, quantity.end)
                        or (quantity.value == 1 and _PRICE_OF.search(text, 0, quantity.start))) else quantity)

    how_many = quantity.value if quantity is not None else None
    if (each := _PEOPLE_EACH.search(text)) is not None \
            and (quantity is None or each.start() <= quantity.start < each.end()):
        # 「我们班45个人 每人一件」: 45件, the people times what each takes (not 「…一共要50件」: the whole said)
        people, per = parse_numeral(each["people"]), parse_numeral(each["each"])
        how_many = people * per if people and per else how_many
    elif quantity is None and (group := _GROUP_OF_PEOPLE.search(text)) is not None:
        how_many = parse_numeral(group["people"])  # 「一个班52个人能优惠多少」: one for each of them

    def value(kind: str) -> float | None:
        return first[kind].value if kind in first else None

    # a bare number that is the buyer's height or weight (孩子120 45斤) is not also a size
    # named; a pack named by its weight (十斤装, 1.5kg) still is
    body = [m for m in (height, weight) if m is not None and (m.sure or (height and weight))]
    shop_sizes = [h.value for h in shop_hits if h.kind == "size"
                  and not (h.text.isdigit() and any(h.start < m.end and m.start < h.end for m in body))]
    return Entities(
        height=height.value if height else None,
        weight=weight.value if weight else None,
        waist=value("waist"), bust=value("bust"), underbust=value("underbust"), foot=value("foot"),
        hip=value("hip"), age=value("age"),
        finger=value("finger"), wrist=value("wrist"), head=value("head"),
        measures_sure=all(m.sure for m in (height, weight) if m is not None),
        sizes=_unique([*sizes, *shop_sizes]),
        colours=_unique(colours),
        products=_unique([h.value for h in shop_hits if h.kind == "product"]),
        named=tuple(dict.fromkeys((h.start, h.end) for h in shop_hits if h.kind == "product")),
        variant_names=tuple(dict.fromkeys((h.start, h.end) for h in shop_hits
                                          if h.kind in ("size", "colour") and h.end - h.start >= 2)),
        promotions=_unique([h.value for h in shop_hits if (h.kind == "promotion" and not _gift_not_asked(h, text))
                            or (h.kind == "promotion_gift" and _GIVING.search(text))]),
        couriers=_unique([h.value for h in hits if h.kind == "courier"]),
        regions=_unique([h.value for h in hits if h.kind == "region" and not _NOT_A_PLACE.match(text, h.end)
                         and not (h.text in _OPENED and text[h.start - 1:h.start] in ("已", "没", "未", "拆"))]),
        money=tuple(m.value for m in measures if m.kind == "money"),
        quantity=int(how_many) if how_many else None,
        days=days.value if days else None,
        # (a day spelt as a size the shop sells is that size: 5.4 of a 5.4米 rod, not May 4th)
        day=day[0] if day and not any(
            h.kind == "size" and h.start < day.end() and day.start() < h.end for h in shop_hits) else None,
        numbers=tuple(float(m[0]) for m in plain),
        bare_numbers=tuple(float(m[0]) for m in plain if not _UNIT_AFTER.match(text, m.end())
                           and not _LETTER_CODE.search(text, 0, m.start())),  # (not 4 of g4: a code)
    )


#: A count said right after buying: 买两支, 拍3个, 要两个.
_BOUGHT_SO_MANY = re.compile(r"[买拍要来订]\s*(?:\d+|[一二两三四五六七八九十]{1,3})")
#: After such a count, a pack named by it: 瓶装 of 买三瓶装.
_PACK_AFTER = re.compile(r"\s*[\u4e00-\u9fff]?装")


def counted_as_size(entities: Entities, product: Product | None, text: str = "") -> Entities:
    """``entities`` with no quantity where its number is a size of ``product`` that the buyer
    named (12棵 of its 12棵装, 10包 of its 10包装), or begins a variant's name (105套 of
    105套件, a bike's groupset; 9朵 of 9朵款, said without the rest, but not 两个 of 两个t, two
    terabytes): the variant, not how many;
    and with no size where a count is another product's size (3个 of a 三个装 elsewhere): how
    many, not a size."""
    if not entities.quantity or product is None:
        return entities
    counts = tuple(said for said in entities.sizes if _count_of(said) == entities.quantity)  # 12棵, not 10kg
    begins = len(f"{entities.quantity:g}") + 1  # (9朵 of 9朵款: the start of the name, said alone, 「蓝色9朵的还有吗」)

    def opens(name: str) -> bool:
        return _count_of(name[:begins]) == entities.quantity and not name[begins:begins + 1].isascii()

    bought = _BOUGHT_SO_MANY.search(text)
    if counts and bought is not None and not _PACK_AFTER.match(text, bought.end()) \
            and any(s not in counts for s in entities.sizes):
        # 「单支的买两支多少钱」 of 单支装 and 两支装, 「小瓶的买三瓶」 of 小瓶 (60粒) and 120粒x3瓶: another size
        # named, and three of it (not 「120粒的买三瓶装」: the pack named)
        return dataclasses.replace(entities, sizes=tuple(s for s in entities.sizes if s not in counts))
    # (another size named, two of it; 两个t of 2TB: two, a measure after)
    other = any(not any(opens(n) for n in product.names_of(size)) for s in entities.sizes
                if (size := product.find_size(s)) is not None)
    names = product.names_of(*product.colours, *product.sizes)
    if any(product.find_size(said) is not None for said in counts) or (
            not other and any(opens(name) and name[:begins].lower() in text for name in names)):
        return dataclasses.replace(entities, quantity=None)
    if counts:
        return dataclasses.replace(entities, sizes=tuple(s for s in entities.sizes if s not in counts))
    return entities


#: A product's own words that one unit a buyer counts in is so many of what it is priced by:
#: 「标价是单只的价格,一副两只请拍2件」「一对是2个」.
_UNIT_OF_PIECES = re.compile(r"一(?P<unit>[副对双套组])(?:是|为|=|有|共|就是)?(?P<n>[两二三四五六2-6])"
                             r"(?:只|个|件|支|片|条)")
#: ... said where the price is of one piece: 标价是单只的价格, 按只卖, 请拍2件.
_PRICED_PER_PIECE = re.compile(r"单(?:只|个|件|支|片|条)的?(?:价格|价钱|价)"
                               r"|(?:价格|价钱|标价|单价)(?:是|为)?(?:一|1)(?:只|个|件|支|片|条)"
                               r"|按(?:只|个|支|片|条)(?:卖|算|计价|售)|(?:请|要|需要|得)拍\s*[2两二3三4四]\s*(?:件|份|个|只)")
#: A count said in such a unit: 「买一副」「两对」「3双」.
_UNITS_SAID = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十])\s*(?P<unit>[副对双套组])")


def units_of_pieces(entities: Entities, product: Product | None, text: str) -> Entities:
    """``entities`` with a count said in a unit whose pieces ``product``'s facts number (「一副20kg的」
    of a dumbbell priced 单只, 一副两只: 2), as that many pieces."""
    if product is None or not entities.quantity:
        return entities
    said = _UNITS_SAID.search(text)
    # (only where the same words say the price is of one piece: 标价是单只的价格; 拍一对是两只 of earrings sold by
    # the pair says what comes, not how it is priced)
    stated = next((m for value in product.attributes.values() if _PRICED_PER_PIECE.search(value)
                   for m in _UNIT_OF_PIECES.finditer(value)), None)
    if said is None or stated is None or said["unit"] != stated["unit"] \
            or parse_numeral(said["n"]) != entities.quantity:
        return entities
    pieces = parse_numeral(stated["n"])
    if pieces and any(_count_of(name) == pieces for name in (*product.sizes, *product.colours)):
        return entities  # sold as a pack of so many (六只装, 内含: 一套6只): 「两套」 is two packs
    if f"一{stated['unit']}" in product.name:
        return entities  # sold by the unit its name says (全棉枕套一对): 「两对」 is two of it

    return dataclasses.replace(entities, quantity=int(entities.quantity * pieces)) if pieces else entities


#: A pack's count of pieces at the start of a variant's name (100个空盒) or in the product's (喜糖盒(100个装)).
_PACK_OPENS = re.compile(rf"^(?P<n>\d{{2,4}})(?P<unit>{COUNTERS})")
_PACK_NAMED = re.compile(rf"(?P<n>\d{{2,4}})(?P<unit>{COUNTERS})装")
#: A count said with its counting word: 300个, 三百个.
_PIECES_SAID = re.compile(rf"(?P<n>[\d一二两三四五六七八九十百千]+)\s*(?P<unit>{COUNTERS})")


def pieces_as_packs(entities: Entities, product: Product | None, text: str) -> Entities:
    """``entities`` with a count of pieces said of goods sold in packs of so many of them (「要300个」 of
    喜糖盒(100个装), whose sizes are 100个空盒 and 100个含糖) as the packs that make it up (3), a part of a
    pack being a whole one; a count below one pack (3个) is left as said."""
    if product is None or not entities.quantity:
        return entities
    said = next((m for m in _PIECES_SAID.finditer(text) if parse_numeral(m["n"]) == entities.quantity), None)
    opening = [_PACK_OPENS.match(name) for name in product.sizes]  # (every size, or the product's name)
    packs = {(int(m["n"]), m["unit"]) for m in opening if m is not None} if all(opening) else set()
    if len(packs) != 1:
        packs = {(int(m["n"]), m["unit"]) for m in _PACK_NAMED.finditer(product.name)}
    if said is None or len(packs) != 1:
        return entities
    (pieces, unit), = packs
    if said["unit"] != unit or entities.quantity < pieces:
        return entities
    return dataclasses.replace(entities, quantity=-(-entities.quantity // pieces))


def sizes_not_body(entities: Entities, product: Product | None) -> Entities:
    """``entities`` with the bare numbers read as a height and a weight (「150和200哪个好」) as the
    sizes of ``product`` they name instead, where its chart goes by no body measure (a bowl in
    150ml and 200ml): what the buyer compares, not who they are."""
    if product is None or entities.height is None or entities.weight is None or entities.measures_sure:
        return entities
    if any(row.height or row.weight for row in product.size_chart):
        return entities
    named = [product.find_size(f"{n:g}") for n in (entities.height, entities.weight)]
    if any(size is None for size in named):
        return entities
    return dataclasses.replace(entities, height=None, weight=None,
                               sizes=_unique([*entities.sizes, *(s for s in named if s is not None)]))


def sized_by_word(entities: Entities, text: str, product: Product | None) -> Entities:
    """``entities`` with the size 大的/小的 (大号, 小杯 ...) names, of a ``product`` sold in two
    sizes measured in numbers (350ml, 450ml): the larger or the smaller, where no size is named."""
    if product is None or entities.sizes or len(product.sizes) != 2:
        return entities
    said = list(_BY_WORD.finditer(text))
    numbers = [float(m[0]) if (m := _SIZE_NUMBER.search(size)) else None for size in product.sizes]
    if not said or None in numbers or numbers[0] == numbers[1]:
        return entities
    if any(word.group() in name for word in said for name in product.names_of(*product.colours)):
        return entities  # 大号 of prawns sold as 大号 and 特大号 in 2斤 and 4斤: its own grade, not the 4斤
    smaller, larger = sorted(product.sizes, key=lambda size: numbers[product.sizes.index(size)] or 0.0)
    # (「一个大的一个小的多少钱」: both, in the order said)
    sizes = tuple(dict.fromkeys(larger if word["which"] == "大" else smaller for word in said))
    return dataclasses.replace(entities, sizes=sizes)


def own_sizes_said(entities: Entities, text: str, product: Product | None) -> Entities:
    """``entities`` with a size read as another product's (1.67防蓝光, a bundle's, for 「1.67的多少钱」)
    read as ``product``'s own where what was said is one of its sizes (the lens's 1.67)."""
    if product is None or not entities.sizes or all(product.find_size(z) is not None for z in entities.sizes):
        return entities
    said = [word for start, end in entities.variant_names if (word := text[start:end].removesuffix("的"))]
    own = {word: found for word in said if (found := product.find_size(word)) is not None}

    def read(size: str) -> str:  # (唤醒版, another product's size said beside it, stays)
        if product.find_size(size) is not None:
            return size
        return next((found for word, found in own.items() if size.lower().startswith(word.lower())), size)

    sizes = tuple(dict.fromkeys(read(z) for z in entities.sizes))
    return entities if sizes == entities.sizes else dataclasses.replace(entities, sizes=sizes)


#: A variant's name ending in whether it comes with a thing (50x50含芯, 50x50不含芯, 带灯款, 不带灯款).
_WITH_END = re.compile(r"(?P<no>不|无|没|免)?(?P<with>含|带|配|加|有)"
                       r"(?P<thing>[\u4e00-\u9fff]{1,2})(?P<kind>款|版|装)?$")


def _said_with(text: str, thing: str) -> bool | None:
    """Whether ``text`` asks for ``thing`` with (带芯, 含芯, 有芯, 要芯) or without it (不带芯, 没芯,
    无芯, 不要芯); None where it says neither."""
    said = re.search(rf"(?P<no>不|没|无|免|不要|没有)?(?P<with>含|带|有|要|加|配)?{re.escape(thing)}", text)
    if said is None or not (said["no"] or said["with"]):
        return None
    return not said["no"]


def sizes_with_said(entities: Entities, text: str, product: Product | None) -> Entities:
    """``entities`` with a size read as the one of ``product``'s pair that comes with a thing or
    without it, as the line says: 「50的带芯有吗」 of pillow covers in 50x50不含芯 and 50x50含芯 (whose
    alias 50的 the owner gave the one without) is the 含芯 one."""
    if product is None or not entities.sizes:
        return entities
    pairs: dict[tuple[str, str, str], dict[bool, str]] = {}
    for size in product.sizes:
        if (m := _WITH_END.search(size)) is not None and m.start() > 0:
            pairs.setdefault((size[:m.start()], m["thing"], m["kind"] or ""), {})[not m["no"]] = size
    pairs = {key: both for key, both in pairs.items() if len(both) == 2}
    if not pairs:
        return entities

    def read(size: str) -> str:
        own = product.find_size(size)
        for (_, thing, _), both in pairs.items():
            if own in both.values() and (wanted := _said_with(text, thing)) is not None:
                return both[wanted]
        return size

    sizes = tuple(dict.fromkeys(read(z) for z in entities.sizes))
    return entities if sizes == entities.sizes else dataclasses.replace(entities, sizes=sizes)


def product_names_kept(entities: Entities, text: str, product: Product | None,
                       named: Sequence[Product] = ()) -> Entities:
    """``entities`` without a colour or a size that is only another product's variant said as a
    product's own name (拉拉裤 of a trial pack sold in 纸尿裤 and 拉拉裤, said on the 拉拉裤's page;
    小米15 of a phone case sold by 适用机型, said on the phone's page): the product named, not a
    variant the one in view does not have; unless the product so called has it itself (平踏 of pedals
    called 平踏 too and sold in 平踏 and SPD锁踏: that one of them)."""
    if product is None or not (entities.colours or entities.sizes) or not entities.named:
        return entities
    names = {text[start:end].lower() for start, end in entities.named}
    lowered = text.lower()

    def a_name(variant: str) -> bool:  # said only as a product's name, whole or inside the variant's
        low = variant.lower()
        return low in names or (low not in lowered and any(name in low for name in names))

    def its_own(variant: str) -> bool:  # the product called by this word comes in it
        return any(variant.lower() in {n.lower() for n in (p.name, *p.aliases)}
                   and (p.find_colour(variant) or p.find_size(variant)) for p in named)
    colours = tuple(c for c in entities.colours
                    if not a_name(c) or product.find_colour(c) is not None or its_own(c))
    sizes = tuple(z for z in entities.sizes if not a_name(z) or product.find_size(z) is not None or its_own(z))
    if (colours, sizes) == (entities.colours, entities.sizes):
        return entities
    return dataclasses.replace(entities, colours=colours, sizes=sizes)


def compounds_named(entities: Entities, text: str, products: Sequence[Product]) -> Entities:
    """``entities`` where a product's name said right before another's, nothing between (柜机 of
    「柜机支架多少钱」), says which of the second is meant (the bracket for the 柜机), not the first
    product too, where the second's variants or facts speak of it (柜机用; not 滤网 of 「滤网边刷拖布各一个」,
    three things listed); a variant of the second whose name holds the word is the one named."""
    if len(entities.named) < 2:
        return entities

    def whose(word: str) -> Product | None:
        return next((p for p in products if word in {n.lower() for n in (p.name, *p.aliases)}), None)

    spans = sorted(entities.named)
    said = [whose(text[a:b].lower()) for a, b in spans]
    dropped: set[str] = set()
    sizes, colours, kept = list(entities.sizes), list(entities.colours), list(spans)
    for i in range(len(spans) - 1):
        first, head = said[i], said[i + 1]
        if spans[i][1] != spans[i + 1][0] or first is None or head is None or first.id == head.id \
                or sum(p is not None and p.id == first.id for p in said) > 1:
            continue
        word = text[slice(*spans[i])].lower()
        if not any(word in said_of.lower() for said_of in (*head.sizes, *head.colours, *head.attributes.values())):
            continue
        dropped.add(first.id)
        kept.remove(spans[i])
        sizes += [z for z in head.sizes if word in z.lower() and z not in sizes]
        colours += [c for c in head.colours if word in c.lower() and c not in colours]
    if not dropped:
        return entities
    return dataclasses.replace(entities, products=tuple(pid for pid in entities.products if pid not in dropped),
                               named=tuple(kept), sizes=tuple(sizes), colours=tuple(colours))


def devices_fitted(entities: Entities, text: str, product: Product | None, named: Sequence[Product]) -> Entities:
    """``entities`` without another product ``named`` as what ``product`` is to work with (苹果16pro of
    「35w的多少 苹果16pro能用吗」 on a charger's page): a device asked of, not goods bought beside it."""
    if product is None or not entities.products:
        return entities
    fitted = {text[a:b].lower() for a, b in entities.named if _FITTED.match(text, b)}
    dropped = {other.id for other in named if other.id != product.id
               and fitted & {n.lower() for n in (other.name, *other.aliases)}}
    if not dropped:
        return entities
    return dataclasses.replace(entities, products=tuple(pid for pid in entities.products if pid not in dropped),
                               named=tuple((a, b) for a, b in entities.named if text[a:b].lower() not in fitted))


#: Said right after a device named, that the goods are to work with it: 能用吗, 可以用, 适用吗, 能充吗.
_FITTED = re.compile(r"\s*(?:的话)?\s*(?:能用|可以用|能不能用|用得了|能充|可以充|适用|适配|兼容)")


def page_variants_kept(entities: Entities, text: str, product: Product | None,
                       named: Sequence[Product]) -> Entities:
    """``entities`` without another product ``named`` by a word that is a variant of the one in view
    (英国梨 of a mini sold in 英国梨与小苍兰, said on its page, where a decant is called 英国梨 too): the
    variant it has, not that product."""
    if product is None or not entities.named:
        return entities
    own = {word for start, end in entities.named
           if product.find_colour(word := text[start:end].lower()) or product.find_size(word)}
    dropped = {other.id for other in named if other.id != product.id
               and any(name.lower() in own for name in (other.name, *other.aliases))}
    if not dropped:
        return entities
    return dataclasses.replace(entities, products=tuple(pid for pid in entities.products if pid not in dropped),
                               named=tuple((a, b) for a, b in entities.named if text[a:b].lower() not in own))


def variants_in_names(entities: Entities, text: str, products: Sequence[Product]) -> Entities:
    """``entities`` with a variant of a product named said inside the name it was called by
    (防蓝光 of a lens called 防蓝光镜片 too, sold in 普通膜 and 防蓝光), or the one variant of its kind
    whose name that name begins (礼盒 of a tea called 红茶礼盒 too, sold in 礼盒装250g and 简装250g):
    the buyer said that one."""
    colours, sizes = list(entities.colours), list(entities.sizes)
    for product in products:
        called = [name.lower() for name in (product.name, *product.aliases) if name.lower() in text]
        for variant, kept in [*((c, colours) for c in product.colours), *((z, sizes) for z in product.sizes)]:
            if variant not in kept and any(len(n) >= 2 and n.lower() in name and n.lower() != name
                                           for n in product.names_of(variant) for name in called):
                kept.append(variant)
        for variants, kept in ((product.colours, colours), (product.sizes, sizes)):
            begun = [v for v in variants if any(len(name) >= 2 and n.lower().startswith(name) and n.lower() != name
                                                for n in product.names_of(v) for name in called)]
            if len(begun) == 1 and not any(v in kept for v in variants):
                kept.append(begun[0])
    if (tuple(colours), tuple(sizes)) == (entities.colours, entities.sizes):
        return entities
    return dataclasses.replace(entities, colours=tuple(colours), sizes=tuple(sizes))


def tastes_not_variants(entities: Entities, text: str, product: Product | None) -> Entities:
    """``entities`` without a variant of ``product`` said by a word right before 味 that none of the
    variant's names holds (「有烟熏味吗 我不喜欢那个味」 of a tea whose 松烟香 is also called 烟熏: a taste
    asked of, not that one; 「有草莓味的吗」 of 草莓味 is still the variant)."""
    if product is None or not entities.variant_names:
        return entities
    colours, sizes, spans = list(entities.colours), list(entities.sizes), list(entities.variant_names)
    for start, end in entities.variant_names:
        word = text[start:end]
        variant = product.find_colour(word) or product.find_size(word)
        if text[end:end + 1] != "味" or variant is None or any("味" in n for n in product.names_of(variant)):
            continue
        colours = [c for c in colours if product.find_colour(c) != variant]
        sizes = [z for z in sizes if product.find_size(z) != variant]
        spans.remove((start, end))
    if len(spans) == len(entities.variant_names):
        return entities
    return dataclasses.replace(entities, colours=tuple(colours), sizes=tuple(sizes), variant_names=tuple(spans))


def two_styles_said(entities: Entities, text: str, product: Product | None) -> Entities:
    """``entities`` with both variants of ``product`` where it comes in two of a kind and the line asks
    how the two differ without naming them (「两个款有啥区别」 of a chair in 基础款 and 豪华款): both, and
    no count of two goods."""
    if product is None or entities.sizes or entities.colours or not _TWO_APART.search(text):
        return entities
    if len(product.sizes) == 2:
        return dataclasses.replace(entities, sizes=tuple(product.sizes), quantity=None)
    if len(product.colours) == 2:
        return dataclasses.replace(entities, colours=tuple(product.colours), quantity=None)
    return entities


#: How two of a kind differ, said without naming them: 两个款有啥区别, 这两种有什么不同, 俩版本区别大吗.
#: (a kind word said: 「这两个有啥区别」 after two products compared asks of those, not of the page's styles)
_TWO_APART = re.compile(r"(?:两|俩|2)(?:个)?(?:款|版|版本|型号|规格|种)(?:的)?(?:有)?(?:啥|什么|哪些)?"
                        r"(?:区别|不同|差别|不一样)")


def variants_before_names(entities: Entities, text: str, products: Sequence[Product]) -> Entities:
    """``entities`` with another product's size said right before a product named read as the
    named one's colour and size, where it is those two written together (1.60防蓝光 of a bundle,
    said in 「1.60防蓝光镜片」 of a lens sold in 防蓝光 and 1.60: the lens's)."""
    colours, sizes = list(entities.colours), list(entities.sizes)
    for start, end in entities.variant_names:
        word = text[start:end].lower()
        gap = end + 1 if text[end:end + 1] in ("的", " ") else end
        for product in products:
            if product.find_size(word) is not None or not any(
                    len(name) >= 2 and text.startswith(name.lower(), gap) for name in (product.name, *product.aliases)):
                continue
            split = _written_together(product, word)
            if split is not None:
                sizes = [z for z in sizes if z.lower() != word]
                colours, sizes = _with(colours, split[0]), _with(sizes, split[1])
                break
    if (tuple(colours), tuple(sizes)) == (entities.colours, entities.sizes):
        return entities
    return dataclasses.replace(entities, colours=tuple(colours), sizes=tuple(sizes))


def _written_together(product: Product, word: str) -> tuple[str, str] | None:
    """``product``'s colour and size that ``word`` writes together, either first (防蓝光1.60,
    1.60防蓝光 of 防蓝光 and 1.60), else None."""
    for colour in product.colours:
        at = word.find(colour.lower())
        if at < 0 or not colour:
            continue
        rest = (word[:at] + word[at + len(colour):]).strip(" 的")
        size = product.find_size(rest) if rest else None
        if size is not None:
            return colour, size
    return None


def _with(values: list[str], value: str) -> list[str]:
    return values if value in values else [*values, value]


#: A size named by which of two it is: 大的, 小号, 大杯, 小一点的 (not 大一号: one up from another).
_BY_WORD = re.compile(r"(?<![多太好很])(?P<which>[大小])(?:的|号|杯|瓶|盒|包|袋|罐|款|一点的|点的)(?![大小])")
_SIZE_NUMBER = re.compile(r"\d+(?:\.\d+)?")


_A_COUNT = re.compile(rf"(?P<n>[\d一二两三四五六七八九十百]+)\s*(?:{COUNTERS})装?")


def _count_of(said: str) -> float | None:
    """The number of a size said as a count (12棵, 十二棵, 3个装, 单支装, the 12包 of 80抽12包), else None (10kg,
    XL)."""
    m = _A_COUNT.fullmatch(said) or _A_COUNT.fullmatch(end.group() if (end := _COUNTED_END.search(said)) else "")
    if m is None and said.startswith("单") and _A_COUNT.fullmatch(f"1{said[1:]}"):
        return 1.0  # 单支装: one
    return parse_numeral(m["n"]) if m else None
