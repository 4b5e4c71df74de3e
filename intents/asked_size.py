"""Which size a buyer asks of a product, including one it does not come in: a size
named as a size (L码, 42), an amount of a product sold by capacity or weight (2L of an air
fryer sold as 3.5L and 5.5L), a bare number near a product's numbered sizes (46 of shoes
that stop at 45), or a device model a phone case is not made for (小米14). The stock
intent answers that the product has it, or that it does not and what it has instead.
"""

from __future__ import annotations

import re

from botcore.shop import Product, SizeRow
from botcore.sizes import size_key
from botcore.stages.entities import Entities, device_models, model_number
from botcore.stages.numbers import COUNTERS, parse_numeral
from intents.evidence import Message

__all__ = ["asked_size", "chart_row", "counted_variant", "device_sizes", "first_after", "is_amount",
           "packs_of", "size_by_amount", "size_by_measure", "weight_bands"]

#: A bare number this far beyond a product's numbered sizes (36-45, 100-160) is still
#: asked as a size: 「有46的吗」 of a shoe that stops at 45.
NEAR_SIZES = 0.2

#: Where a buyer asks for a size to be had: 有, 有没有, 还有.
_HAVE = re.compile(r"有")

#: A size that is an amount (3.5L, 500g, 30只装, 两斤, 一斤半); `_BASE` gives litres as ml, 斤 as g.
_AMOUNT = re.compile(r"(?P<n>\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}|半)\s*"
                     r"(?P<unit>ml|毫升|l|升|kg|公斤|千克|g|克|斤|只|片|包|袋|支|瓶|枝|朵)(?P<half>半)?(?P<pack>装)?")
_BASE = {"ml": ("ml", 1), "毫升": ("ml", 1), "l": ("ml", 1000), "升": ("ml", 1000), "kg": ("g", 1000),
         "公斤": ("g", 1000), "千克": ("g", 1000), "g": ("g", 1), "克": ("g", 1), "斤": ("g", 500),
         "朵": ("枝", 1)}  # (a bouquet's 11朵 is its 11枝)


def asked_size(product: Product, message: Message) -> str | None:
    """The size the message asks of ``product``, as the product or the buyer names it (the
    product may not have it); None when no size is asked. Of two sizes named, the one after
    有 is asked (「我穿45的 有没有46」: 46)."""
    entities = message.entities
    named = [*entities.sizes, *(n for n in _numbered(product, message) if n not in entities.sizes)]
    if not named:
        named = _numbered_within(product, message)
    return (_measured(product, message.text) or first_after(message.text, _HAVE, named)
            or next((n for n in named if product.find_size(n) is not None), named[0] if named else None)
            or _missing_model(product, message.text) or _by_style_stem(product, message.text))


#: The words a style is named with after its point: 变速款, 复古式, 加长版.
_STYLE_ENDS = "款式版"


def _by_style_stem(product: Product, text: str) -> str | None:
    """The one size whose name or alias, a style with its kind (变速款, 加厚款), is said by its point alone
    (「蓝色的变速有吗」: 7速款, called 变速款); None where no such point is said or two are."""
    lowered = text.lower()
    found = {size for size in product.sizes for name in product.names_of(size)
             if len(name) >= 3 and name[-1] in _STYLE_ENDS and len(stem := name[:-1].lower()) >= 2 and stem in lowered}
    return found.pop() if len(found) == 1 else None


def first_after(text: str, words: re.Pattern[str], sizes: list[str]) -> str | None:
    """Of several ``sizes`` named, the first written after ``words`` (有, 平时穿), if any
    of them is: 「有42的吗 我平时穿41」 has 41 after 平时穿 and 42 after 有."""
    found = words.search(text)
    if found is None or len(sizes) < 2:
        return None
    lower = text.lower()
    after = [(at, size) for size in sizes if (at := lower.find(size.lower(), found.end())) >= 0]
    return min(after)[1] if after else None


def is_amount(size: str) -> bool:
    """Whether a size is an amount (2L, 500g, 30只装), said as it is, without 码."""
    return _AMOUNT.fullmatch(size.lower()) is not None


def _amount(text: str) -> tuple[float, str] | None:
    """An amount in its base unit: 「3.5L」 (3500, ml), 「30只装」 (30, 只), 「一斤半」 (750, g)."""
    m = _AMOUNT.search(text)
    if m is None:
        return None
    number = 0.5 if m["n"] == "半" else parse_numeral(m["n"])
    if number is None:
        return None
    unit, factor = _BASE.get(m["unit"], (m["unit"], 1))
    return (number + (0.5 if m["half"] else 0.0)) * factor, unit


def _sized(product: Product) -> dict[str, tuple[float, str]]:
    """The product's sizes that are amounts or begin with one (500g, 250g罐装, 80g小泡袋), each
    with its amount in its base unit."""
    return {size: amount for size in product.sizes
            if _AMOUNT.match(size.lower()) and (amount := _amount(size.lower()))}


def packs_of(product: Product, text: str) -> tuple[str, int] | None:
    """An amount asked that is two or more of one of the product's own sizes and no size
    itself (「两斤」 of tea in 250g and 500g: two 500g), as that size and how many."""
    sizes = _sized(product)
    asked = _amount(text)
    if not sizes or asked is None or any(amount == asked for amount in sizes.values()):
        return None
    fitting = [(amount[0], size) for size, amount in sizes.items()
               if amount[1] == asked[1] and amount[0] > 0 and asked[0] / amount[0] >= 2
               and (asked[0] / amount[0]).is_integer()]
    if not fitting:
        return None
    value, size = max(fitting)
    return size, int(asked[0] / value)


#: How many of something, by its counting word: 「3包」「两箱」「买四盒」.
_COUNTED = re.compile(rf"(?<!第)(?:\d+|[一二两三四五六七八九十]{{1,3}})\s*(?P<counter>{COUNTERS})(?!装|套)")
#: A variant named for how it is packed is short: 包装, 箱装, 礼盒, 单瓶, 整箱.
_PACKING_NAME = 4


def counted_variant(product: Product, text: str) -> tuple[str | None, str | None]:
    """The colour or the size that the counting word of a quantity names (「买两箱」 of a
    product in 包装 and 箱装: 箱装; 「3包」: 包装), where one variant name alone holds it;
    (colour, size), each None where none is named so."""
    counters = {m["counter"] for m in _COUNTED.finditer(text)}
    if len(counters) != 1:
        return None, None
    counter = counters.pop()
    one = {f"单{counter}", f"一{counter}", f"1{counter}"}  # 750ml单支, or its alias 一瓶: one, by the 支, the 瓶
    # (「10饼」: 单饼357g, not 整提7饼 nor 两支装 of 「三支」; 「3盆」 of 白色陶瓷盆 and 水泥灰盆: both hold 盆,
    # neither is packing)
    holding = [(name, kind) for kind, names in (("colour", product.colours), ("size", product.sizes))
               for name in names if (counter in name and not re.search(rf"[\d两二三四五六七八九十]\s*{counter}", name))
               or name in one or one & set(product.variant_aliases.get(name, ()))]  # (1筒 of 1筒 and 3筒: one 筒)
    named = [(name, kind) for name, kind in holding if len(name) <= _PACKING_NAME or f"单{counter}" in name
             or name in one or one & set(product.variant_aliases.get(name, ()))]
    if len(named) != 1 or len(holding) != 1:
        return None, None
    name, kind = named[0]
    return (name, None) if kind == "colour" else (None, name)


def size_by_amount(product: Product, text: str) -> str | None:
    """The product's own size the message names by its amount (「两斤的」: its 1kg), if any."""
    size = _measured(product, text)
    return size if size in product.sizes else None


def _measured(product: Product, text: str) -> str | None:
    """A size named by its amount, for a product whose sizes are all amounts: the product's
    own size when the amounts are equal (3.5升 is its 3.5L), else the buyer's words (「有2L
    的吗」: 2L, not the letter size XXL; 「半斤」 of a tea in 80g小泡袋 and 250g罐装: 250g罐装)."""
    sizes = _sized(product)
    if not sizes or len(sizes) < len(product.sizes):
        return None
    units = {unit for _, unit in sizes.values()}
    for m in _AMOUNT.finditer(text):
        asked = _amount(m[0])
        if asked is not None and asked[1] in units:
            return next((size for size, amount in sizes.items() if amount == asked), re.sub(r"(?<=\d)l$", "L", m[0]))
    return None


def _numbered(product: Product, message: Message) -> list[str]:
    """The bare numbers that may be sizes of a product whose sizes are numbers (shoes,
    kids' wear, reading glasses in 100度 to 400度): neither a body measure, nor money, nor a
    count, and near its sizes."""
    matched = [m for size in product.sizes if (m := _NUMBERED_SIZE.fullmatch(size_key(size)))]
    if not matched or len(matched) < len(product.sizes) or len({m["unit"] for m in matched}) > 1:
        # letter sizes, 标准版: a bare number is no size of them
        return _width_lacked(product, message) or _said_in_their_unit(product, message.text)
    numbers = [float(m["n"]) for m in matched]
    unit = matched[0]["unit"] or ""
    e = message.entities
    taken = {e.height, e.weight, e.quantity, e.days, *e.money}
    low, high = min(numbers), max(numbers)
    return [f"{n:g}{unit}" for n in e.numbers
            if n not in taken and low * (1 - NEAR_SIZES) <= n <= high * (1 + NEAR_SIZES)]


def _said_in_their_unit(product: Product, text: str) -> list[str]:
    """Numbers said in the one unit a product's sizes all count in, or with their label (「有没有68或者75配列的」
    of keyboards in 87键 and 104键: 68键, 75键), which may be none of them."""
    matched = [m for size in product.sizes if (m := _COUNTED_SIZE.fullmatch(size))]
    if not matched or len(matched) < len(product.sizes) or len({m["unit"] for m in matched}) > 1 \
            or re.fullmatch(COUNTERS, matched[0]["unit"]):
        return []  # (not a pack's count, 6支 of pens: 「要24支」 asks so many)
    unit = matched[0]["unit"]
    said = unit if not product.size_label else f"{re.escape(unit)}|{re.escape(product.size_label)}"
    return [f"{n}{unit}" for m in re.finditer(rf"(?<![\d.])(\d+)(?:{_OR}(\d+))?\s*(?:{said})", text)
            for n in (m[1], m[2]) if n]


#: A size counted in a unit of its own, not a length, a weight or a count: 87键, 3层, 4人.
_COUNTED_SIZE = re.compile(r"(?P<n>\d+)(?P<unit>(?![米寸码克斤升]|厘|毫|公)[\u4e00-\u9fff])")
#: Two numbers said as a choice: 68或者75, 68和75.
_OR = r"(?:或者|或是|或|和|跟|还是|、|/)"


#: A size that begins with a length, then the style of it: 1.2m床单款, 1.8米床笠款, 41寸原木色.
_LENGTH_FIRST = re.compile(r"(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>m|米|cm|厘米|寸)(?![a-z\d])")
_LENGTH_UNITS = {"米": "m", "厘米": "cm"}  # (one unit, however written)
#: A bare number this far from a product's lengths is still asked as one: 0.9 of beds 1.2m to 1.8m.
_NEAR_LENGTHS = 0.5


def _width_lacked(product: Product, message: Message) -> list[str]:
    """A length the product is not sold in, for one whose sizes all begin with a length in one unit
    (「宿舍床0.9的有吗」 of sets for 1.2m, 1.5m and 1.8m beds: 0.9m): said with that unit, or bare
    with a decimal point and near them; never one of its own lengths (1.8 names its 1.8m ones)."""
    matched = [m for size in product.sizes if (m := _LENGTH_FIRST.match(size.lower()))]
    if not matched or len(matched) < len(product.sizes) \
            or len({_LENGTH_UNITS.get(m["unit"], m["unit"]) for m in matched}) > 1:
        return []
    unit = _LENGTH_UNITS.get(matched[0]["unit"], matched[0]["unit"])
    own = {float(m["n"]) for m in matched}
    low, high = min(own), max(own)
    e = message.entities
    taken = {e.height, e.weight, e.quantity, e.days, *e.money}
    said = [float(m["n"]) for m in _LENGTH_FIRST.finditer(message.text.lower())
            if _LENGTH_UNITS.get(m["unit"], m["unit"]) == unit]
    near = [n for n in e.bare_numbers if not float(n).is_integer()
            and low * (1 - _NEAR_LENGTHS) <= n <= high * (1 + _NEAR_LENGTHS)]
    return [f"{n:g}{unit}" for n in dict.fromkeys([*said, *near]) if n not in own and n not in taken]


#: A size that is a number, with a unit all the product's sizes share or none: 42, 110, 100度.
_NUMBERED_SIZE = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?P<unit>度|号)?")


def _numbered_within(product: Product, message: Message) -> list[str]:
    """The one size whose name holds a bare number said (「24的」 of 48V20Ah and 48V24Ah:
    48V24Ah), where no other size holds it (48 is in both: none)."""
    e = message.entities
    taken = {e.height, e.weight, e.quantity, e.days, *e.money}
    models = device_models(message.text)
    found: list[str] = []
    for number in (n for n in e.bare_numbers if n not in taken):
        holding = [size for size in product.sizes
                   if f"{number:g}" in re.findall(r"\d+(?:\.\d+)?", size)
                   and not any(_other_maker(model, size) for model in models)]  # (苹果15 is no 小米15)
        if len(holding) == 1 and holding[0] not in found:
            found.append(holding[0])
    return found


def device_sizes(product: Product) -> list[str]:
    """The sizes of ``product`` that are phone models (iPhone16Pro, 华为Mate60): a case or a film sold by
    the phone it fits."""
    return [size for size in product.sizes if device_models(size.lower())]


#: A size that is a band of body weight: 2-3.5kg, 30~60公斤, 2.5kg以下, 60斤以上.
_WEIGHT_BAND = re.compile(r"\d+(?:\.\d+)?\s*(?:kg|公斤|千克|斤)?\s*(?:-|~|～|到|至)\s*"
                          r"\d+(?:\.\d+)?\s*(?:kg|公斤|千克|斤)"
                          r"|\d+(?:\.\d+)?\s*(?:kg|公斤|千克|斤)\s*(?:以下|以上|以内|内)")


def weight_bands(product: Product) -> bool:
    """Whether every size of ``product`` is a band of body weight (a wormer for 2-3.5kg and for 30-60kg):
    each is for one weight, and no other stands in for it."""
    return bool(product.sizes) and all(_WEIGHT_BAND.fullmatch(size.lower().replace(" ", "")) for size in product.sizes)


def _missing_model(product: Product, text: str) -> str | None:
    """A device model named (小米14) for a product whose sizes are models (a case for
    iPhone15, 华为Mate60) when none of them has its number: then it surely is none of them,
    however the shop spells its models (苹果15 may be its iPhone15: a number it has is never
    said to be missing)."""
    sizes = device_sizes(product)
    if not sizes:
        return None
    for model in device_models(text):
        same = [size for size in sizes if model_number(model) == model_number(size) and not _other_maker(model, size)]
        # (iphone16plus of a case made for iPhone16, 16Pro and 16ProMax: the 16 it is not)
        if not same or (product.find_size(model) is None and _kind_of(model) not in {_kind_of(s) for s in same}):
            return model
    return None


#: What follows a device model's number: Pro, Max, Plus, Ultra, mini (pm is Pro Max).
_KIND = re.compile(r"\d+\s*(?P<kind>[a-z+\s]*)$")


def _kind_of(model: str) -> str:
    """The kind of a device model after its number, spaces out: promax of iPhone 16 Pro Max, plus of
    iphone16plus, "" of 苹果16."""
    models = device_models(model.lower())
    found = _KIND.search(models[0] if models else model.lower())
    kind = found["kind"].replace(" ", "") if found is not None else ""
    return "promax" if kind == "pm" else kind


def _other_maker(model: str, size: str) -> bool:
    """Whether a device model said and a product's size of the same number are surely of two
    makers: both named by a maker in Chinese, and not the same one (苹果15 and 小米15; not 苹果15
    and iPhone15, which may be one phone)."""
    said, sold = _MAKER.match(model), _MAKER.match(size)
    return said is not None and sold is not None and said[0] != sold[0]


#: A device model's maker said in Chinese at its start (苹果 of 苹果15, 小米 of 小米15).
_MAKER = re.compile(r"[\u4e00-\u9fff]+(?=\s?\d|[a-z])")


def chart_row(chart: list[SizeRow], field: str, value: float) -> int | None:
    """Index of the chart row for ``value``: the row whose range holds it (on a boundary the
    larger one, unless a height is the other's very name: a child of 130cm wears the 130 of
    120-130 and 130-140), else, in a gap between two rows, the larger row; None outside the
    chart."""
    rows = [(index, row_range) for index, row in enumerate(chart) if (row_range := row.fits(field))]
    found = None
    for index, (low, high) in rows:
        if low <= value <= high:
            if found is not None and field == "height" and chart[found].size.partition("/")[0] == f"{value:g}":
                break  # (130 of 120-130 and 130-140: the size named by the height)
            found = index
    if found is None and rows and rows[0][1][0] <= value <= rows[-1][1][1]:  # a gap between two rows
        found = next(index for index, (low, _) in rows if low > value)
    return found


#: The body measures a chart may size by, as `Entities` holds them.
_CHARTED = ("height", "weight", "foot", "age")


def size_by_measure(product: Product, entities: Entities) -> str | None:
    """The size the product's chart gives the one body measure the buyer said, where the chart goes by
    that measure alone (35kg of a dog chew charted by weight: 30-60kg), as the chart reads it, no fit
    taken into account; None where the line says no such measure or several, or the chart goes by another
    or by more."""
    said = [(field, value) for field in _CHARTED if (value := getattr(entities, field)) is not None]
    charted = {field for row in product.size_chart for field in _CHARTED if row.fits(field) is not None}
    if len(said) != 1 or charted != {said[0][0]}:  # (a chart of height and weight sizes by both: not by one)
        return None
    row = chart_row(product.size_chart, *said[0])
    return product.size_chart[row].size if row is not None else None
