"""The shop: one YAML file, validated by these models.

Every model forbids unknown keys, so a shop owner's typo (``colour`` for ``colours``)
is an error naming the field, not a setting silently ignored. Cross-field rules (a
stock entry for a colour the product does not have, a size chart with overlapping
ranges) are checked here too, so a shop that loads is a shop that can be served.
"""

from __future__ import annotations

import datetime as dt
import difflib
import functools
import math
import re
from collections.abc import Sequence
from itertools import pairwise
from typing import Annotated, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationInfo,
    field_validator,
    model_validator,
)

from botcore.places import COURIERS, REGIONS, courier_aliases, region_aliases
from botcore.platforms import PLATFORMS, Platform
from botcore.shop.scenarios import Suite, described, unknown_items, untimed
from botcore.sizes import UNIT_TAIL, length_in_cm, size_key, weight_in_grams
from botcore.text import money_span

#: A number a buyer says of a size by itself (50, 3.6; not 3, which may count): the size it starts.
_BARE_NUMBER = re.compile(r"\d{2,}|\d+\.\d+")
#: What goes on with a number (a digit, or a point and a digit): 50 does not start 500ml or 50.5.
_NUMBER_GOES_ON = re.compile(r"\d|\.\d")
#: The end of a style's name that says it is a style (春秋款, 冬季版, 礼盒装, 春秋的).
#: A count ending a variant's name (纯白5双, 原味3袋装): said apart from the colour it names.
_COUNT_END = re.compile(r"\d{1,3}(?:双|条|包|只|片|支|个|盒|袋)装?$")
_STYLE_END = re.compile(r"(款|式|版|装|的)$")
#: A width said by a buyer: 1.8, 1.8的, 2米的, 1米5, 1.5m.
_SAID_WIDTH = re.compile(r"(?P<whole>\d)(?:\.(?P<part>\d{1,2}))?\s*(?P<unit>米|m)?(?P<tenth>\d)?(?P<after>的|床|宽)?")
#: A size that begins with a width in metres: 1.8m床单款, 2.0米床笠款.
_SIZE_WIDTH = re.compile(r"(?P<value>\d(?:\.\d{1,2})?)\s*(?P<unit>m|米)(?![a-z\d])", re.IGNORECASE)

__all__ = [
    "BODY_MEASURES",
    "AutoReply",
    "Bargain",
    "BraChart",
    "BulkDeal",
    "CategoryBargain",
    "Coupon",
    "Courier",
    "Invalid",
    "Invoice",
    "KeywordRule",
    "MatchingData",
    "Payment",
    "Product",
    "ProductReturns",
    "Promotion",
    "QuickPhrase",
    "Restock",
    "Returns",
    "Settings",
    "Shipping",
    "Shop",
    "ShopInfo",
    "SizeRow",
]

Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class Invalid(ValueError):
    """A rule of the shop broken, with a stable ``code`` for programs (the admin API);
    ``where`` is the place below the model that raised it (``("tests", "item")``), when
    the rule reads more than that place."""

    def __init__(self, code: str, message: str, where: tuple[str | int, ...] = ()) -> None:
        super().__init__(message)
        self.code = code
        self.where = where


#: No number in a shop file is bigger than this (a price, a stock count, days, instalments).
LARGEST = 1_000_000_000


#: A number written as text: "3", "12.5" in quotes.
_QUOTED_NUMBER = re.compile(r"^\s*-?\d+(\.\d+)?\s*$")


#: A number of items written with its counting word: 3件, 2团, 5个.
_A_COUNT = re.compile(r"^\s*(\d+)\s*(?:件|个|团|条|套|包|双|份|盒|袋|瓶|罐|支|只|箱|本|张|片|对)"
                      r"\s*(?:以上|起|及以上)?\s*$")


#: A discount written in words: 95折, 9折, 8.5折 (written as the share paid: 0.95, 0.9, 0.85).
_DISCOUNT_WORD = re.compile(r"^\s*(\d{1,2}(?:\.\d)?)\s*折\s*$")


def _as_rate(tenths: str) -> str:
    """95 -> 0.95, 9 -> 0.9, 8.5 -> 0.85: what a discount in 折 pays, as a share."""
    return f"{float(tenths) / (100 if float(tenths) >= 10 else 10):g}"


#: Words before a size in a size's name (爸爸 of 爸爸XL): Chinese only, not 3 of 3XL.
_WORDS_BEFORE = re.compile(r"[\u4e00-\u9fff]+")


def _plain_number(value: object) -> object:
    """true/false or a quoted "3" is a slip of the owner's, not a number: say so rather than
    guess; infinity, nan and numbers past `LARGEST` are refused before anything computes with them."""
    if isinstance(value, bool):
        raise Invalid("wrong_type", f"应该是数字(现在写的是 {str(value).lower()}):不要写 true/false")
    if isinstance(value, str):  # "3" quoted, or 79元/米 and 无 with words: only the number
        fix = "不要加引号" if _QUOTED_NUMBER.match(value) else "只写数字,不要带单位或文字"
        if (tenths := _DISCOUNT_WORD.match(value)) is not None:  # 95折, 9折: a rate, written as the share paid
            fix = f"打折写成小数,{value.strip()}写 {_as_rate(tenths[1])}"
        raise Invalid("wrong_type", f"应该是数字(现在写的是 {value!r}):{fix}")
    if isinstance(value, float) and not math.isfinite(value):
        raise Invalid("not_finite", f"应该是一个普通的数(现在写的是 {value}),不能是无穷大或 nan")
    if isinstance(value, int | float) and abs(value) > LARGEST:
        raise Invalid("too_large", f"数太大了,最大只能写 {LARGEST}(现在是 {str(value)[:20]}…)")
    return value


Float = Annotated[float, BeforeValidator(_plain_number)]
Int = Annotated[int, BeforeValidator(_plain_number)]
NonNegative = Annotated[Float, Field(ge=0)]
Range = tuple[NonNegative, NonNegative]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)


def _check_range(value: Range | None, what: str) -> Range | None:
    if value is not None and value[0] > value[1]:
        raise Invalid("range_inverted",
                      f"{what}范围 {value[0]:g}-{value[1]:g} 写反了,应该小的在前,例如 [{value[1]:g}, {value[0]:g}]")
    return value


class ShopInfo(_Model):
    name: str = Field(min_length=1, max_length=40)
    platform: Literal["taobao", "tmall", "jd", "pinduoduo"] = "taobao"
    agent_nickname: str = Field(default="小二", min_length=1, max_length=20)
    # what the shop promises when asked "是正品吗" (empty: a person answers)
    authenticity: str = ""


class Settings(_Model):
    """Thresholds on a reply's score, the chance that its intent is right (engine/calibration.py).
    The default auto threshold is the one at which auto replies were 97 % right in
    cross-validation over the written library (tests/test_calibration.py keeps every shop at
    least that strict); on the labelled real lines, what it sends is right 98.6 % (Taobao)
    and 96.7 % (JD) of the time (benchmarks/real_lines.py)."""

    auto_threshold: Float = Field(default=0.8, ge=0, le=1)
    suggest_threshold: Float = Field(default=0.4, ge=0, le=1)
    show_stock_counts: bool = False
    low_stock_at: Int = Field(default=5, ge=0)

    @model_validator(mode="after")
    def _thresholds(self) -> Settings:
        if self.suggest_threshold > self.auto_threshold:
            raise Invalid(
                "threshold_order",
                f"suggest_threshold ({self.suggest_threshold}) 不能大于 auto_threshold "
                f"({self.auto_threshold}):建议回复的门槛应低于自动回复的门槛"
            )
        return self


#: The measures a size chart may place a buyer by: field, what it is called, its unit.
BODY_MEASURES: tuple[tuple[str, str, str], ...] = (
    ("height", "身高", "cm"),
    ("weight", "体重", "斤"),
    ("foot", "脚长", "cm"),
    ("chest", "胸围", "cm"),
    ("waist", "腰围", "cm"),
    ("hip", "臀围", "cm"),
    ("age", "年龄", "岁"),
    ("finger", "指围", "mm"),  # a ring's size: the finger's girth
    ("wrist", "腕围", "cm"),  # a bracelet's or a watch strap's
    ("head", "头围", "cm"),  # a hat's
)


_MEASURE_LABELS = {field: label for field, label, _ in BODY_MEASURES}


class SizeRow(_Model):
    """One row of a size chart: who it fits, by whichever measures the category uses
    (height cm and weight 斤 for adults and children, foot length cm for shoes, body
    girths cm, age in years for baby wear: 0.5 is six months, a finger's girth mm for
    rings, a wrist's cm for bracelets, a head's cm for hats), other names buyers use
    for the same size (a shoe's 美码 9 or 内长 265), and the garment's own measurements."""

    size: str = Field(min_length=1)
    names: list[Annotated[str, Field(min_length=1, max_length=20)]] = Field(default_factory=list)

    @field_validator("size", mode="before")
    @classmethod
    def _size_as_text(cls, value: object) -> object:
        return _as_text(value)

    @field_validator("names", mode="before")
    @classmethod
    def _names_as_text(cls, value: object) -> object:
        return [_as_text(v) for v in value] if isinstance(value, list) else value

    height: Range | None = None
    weight: Range | None = None
    foot: Range | None = None
    chest: Range | None = None
    waist: Range | None = None
    hip: Range | None = None
    age: Range | None = None
    finger: Range | None = None
    wrist: Range | None = None
    head: Range | None = None
    measurements: dict[str, NonNegative] = Field(default_factory=dict)

    @field_validator(*(field for field, _, _ in BODY_MEASURES))
    @classmethod
    def _range(cls, value: Range | None, info: ValidationInfo) -> Range | None:
        return _check_range(value, _MEASURE_LABELS[str(info.field_name)])

    def fits(self, field: str) -> Range | None:
        """This row's range for one of `BODY_MEASURES`."""
        value: Range | None = getattr(self, field)
        return value


class BraChart(_Model):
    """A bra's sizes as Chinese shops chart them, by two measures: the band by the girth under
    the bust (``bands``: 下胸围 73-77 拍 75), the cup by how much the bust is over it (``cups``:
    上下胸围差 15cm 是 C 杯). The size is the two together, 75C, as ``Product.sizes`` names it."""

    bands: dict[str, Range] = Field(min_length=1)
    cups: dict[str, Annotated[Float, Field(gt=0)]] = Field(min_length=1)

    @field_validator("bands", "cups", mode="before")
    @classmethod
    def _names_as_text(cls, value: object) -> object:
        return {str(_as_text(k)).upper(): v for k, v in value.items()} if isinstance(value, dict) else value

    @model_validator(mode="after")
    def _ascending(self) -> BraChart:
        for band, girth in self.bands.items():
            _check_range(girth, f"bra_chart.bands: {band} 的下胸围")
        for (band_a, a), (band_b, b) in pairwise(self.bands.items()):
            if b[0] < a[1] or b[1] <= a[1]:
                raise Invalid("bra_band_order",
                              f"bra_chart.bands: {band_b} 的下胸围 {b[0]:g}-{b[1]:g}cm 和前一个 {band_a} 的 "
                              f"{a[0]:g}-{a[1]:g}cm 重叠或更小了;要从小到大写,相邻两个最多在边界上相接")
        for (cup_a, less), (cup_b, more) in pairwise(self.cups.items()):
            if more <= less:
                raise Invalid("bra_cup_order",
                              f"bra_chart.cups: {cup_b} 杯的胸围差 {more:g}cm 不比前一个 {cup_a} 杯的 {less:g}cm 大;"
                              "要从小杯写到大杯,每个杯的胸围差都比前一个大")
        return self

    def band_of(self, underbust: float) -> str | None:
        """The band for a girth under the bust: the one whose range holds it, the larger of two it
        falls between; None below the first or above the last."""
        for band, (low, high) in self.bands.items():
            if underbust <= high:
                return band if underbust >= low or band != next(iter(self.bands)) else None
        return None

    def cup_of(self, difference: float) -> str | None:
        """The cup for how much the bust is over the girth under it: the nearest, the larger of two
        as near; None more than half a step outside the first or the last."""
        cups = list(self.cups.items())
        step = (cups[-1][1] - cups[0][1]) / (len(cups) - 1) if len(cups) > 1 else 2.5
        if not cups[0][1] - step / 2 <= difference <= cups[-1][1] + step / 2:
            return None
        return min(reversed(cups), key=lambda cup: abs(cup[1] - difference))[0]

    def cup_after(self, cup: str, steps: int) -> str | None:
        """The cup ``steps`` larger (smaller, below zero); None past either end."""
        names = list(self.cups)
        at = names.index(cup) + steps if cup in names else -1
        return names[at] if 0 <= at < len(names) else None


def _as_text(value: object) -> object:
    """Sizes are names: YAML reads 42, 110 or 42.5 as numbers; keep them as written."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)  # 612345678901 too, a platform's item id
    if isinstance(value, float):
        return f"{value:g}"
    return value


class Restock(_Model):
    """When a sold-out variant comes back; ``presale`` means it can be ordered now."""

    colour: str | None = None
    size: str | None = None
    date: dt.date
    presale: bool = False

    @field_validator("colour", "size", mode="before")
    @classmethod
    def _names_as_text(cls, value: object) -> object:
        return _as_text(value)  # size: 43 is the size 43, as in sizes


#: A product's own text saying what it takes no part in, the offers after it: 「不参加88VIP折扣、店铺满减」.
_OPTED_OUT = re.compile(r"(?:不参加|不参与|不享受|不享|不能用|不能使用|不可用|不可使用|不支持)([^。；;,，!！]+)")
#: Every offer at once: 任何活动, 所有优惠, 店铺活动.
_EVERY_OFFER = re.compile(r"(任何|所有|一切|全部|全店|店铺|店内)的?(活动|优惠|折扣)(和|及)?(优惠券|券)?")
#: What parts the offers listed.
_OFFER_LIST = re.compile(r"[、/和及与跟或]|以及")
#: Words of an offer's name that say what kind it is, not which (the 折扣 of 88VIP折扣, 专享 of 88VIP专享).
_OFFER_WORDS = re.compile(r"活动|优惠|折扣|专享|福利|任何|所有|其他|其它|的|双1[12]|双十[一二]|\s")


@functools.cache
def _offers_opted_out(text: str) -> tuple[str | None, ...]:
    """The offers a product's text says it takes no part in, each by the words that name which
    (None: every offer); read once per text, as promotions are filtered on every message."""
    return tuple(None if _EVERY_OFFER.fullmatch(item.strip()) else _OFFER_WORDS.sub("", item)
                 for said in _OPTED_OUT.finditer(text.lower()) for item in _OFFER_LIST.split(said[1]))


class ProductReturns(_Model):
    """A product's own return rule where it differs from the shop's (food once opened,
    underwear, custom-made): ``no_reason_days`` 0 means no return without a fault."""

    no_reason_days: Int | None = Field(default=None, ge=0)
    note: str = ""


#: What may join a colour and a size in the name of their price: 「25cm 1.8米」「黑色/XL」.
_PAIR_JOINS = frozenset(" /／、")


class Product(_Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,40}$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    # the platform's ids of this item (淘宝/京东的商品 ID), as the webhook's ``item_id`` may send them
    item_ids: list[Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{1,40}$")]] = Field(default_factory=list)
    category: str = ""
    price: Float = Field(gt=0)
    material: str = ""
    selling_points: str = ""
    care: str = ""
    # the product's named facts, answered one by one: {保质期: 12个月, 鞋底: 橡胶大底}
    attributes: dict[Annotated[str, Field(min_length=1, max_length=20)], Annotated[str, Field(min_length=1)]] = Field(
        default_factory=dict)
    colours: list[str] = Field(min_length=1)
    sizes: list[str] = Field(min_length=1)
    # what the two variant dimensions are called: 颜色/尺码 for clothes, 口味/规格 for snacks
    colour_label: str = Field(default="颜色", min_length=1, max_length=6)
    size_label: str = Field(default="尺码", min_length=1, max_length=6)
    # other names buyers use for a colour or a size: {雾霾蓝: [蓝色, 灰蓝], 1kg: [两斤装]}
    variant_aliases: dict[str, list[Annotated[str, Field(min_length=1, max_length=20)]]] = Field(
        default_factory=dict)
    # the price of a colour or a size where it differs from ``price``: {1kg: 55, 礼盒装: 99}, or
    # of one colour in one size, the two said with a space or a slash: {25cm 1.8米: 2499}
    prices: dict[str, Annotated[Float, Field(gt=0)]] = Field(default_factory=dict)
    fit: Literal["small", "regular", "large"] = "regular"
    fit_note: str = ""
    size_chart: list[SizeRow] = Field(default_factory=list)
    # a bra's sizes by 下胸围 and 上下胸围差: {bands: {75: [73, 77]}, cups: {A: 10, B: 12.5, C: 15}}
    bra_chart: BraChart | None = None
    stock: dict[str, dict[str, Annotated[Int, Field(ge=0)]]] = Field(default_factory=dict)
    restock: list[Restock] = Field(default_factory=list)
    # the couriers this product may go by, where it differs from the shop's (frozen food: 顺丰 only)
    couriers: list[str] = Field(default_factory=list)
    # bargaining for this product where it differs from the shop's: no haggling, a lower cap
    negotiable: bool | None = None
    max_discount: NonNegative | None = None
    returns: ProductReturns | None = None

    @field_validator("sizes", "item_ids", mode="before")
    @classmethod
    def _sizes_as_text(cls, value: object) -> object:
        # jeans sizes are written 25, 26 ..., shoes 42.5: YAML reads them as numbers
        return [_as_text(v) for v in value] if isinstance(value, list) else value

    @field_validator("stock", mode="before")
    @classmethod
    def _stock_keys_as_text(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        return {
            str(colour): {str(_as_text(size)): n for size, n in row.items()} if isinstance(row, dict) else row
            for colour, row in value.items()
        }

    @field_validator("variant_aliases", "prices", mode="before")
    @classmethod
    def _variant_keys_as_text(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        return {str(_as_text(k)): [_as_text(a) for a in v] if isinstance(v, list) else v for k, v in value.items()}

    @model_validator(mode="after")
    def _consistent(self) -> Product:
        for colour, row in self.stock.items():
            if colour not in self.colours:
                raise Invalid("unknown_colour", f"库存里的{self.colour_label}「{colour}」不在 colours"
                                                f"({_listed(self.colours)})里{self._meant(colour, 'colours')}")
            for size in row:
                if size not in self.sizes:
                    raise Invalid("unknown_size", f"库存里「{colour}」的{self.size_label}「{size}」不在 sizes"
                                                  f"({_listed(self.sizes)})里{self._meant(size, 'sizes')}")
        for item in self.restock:
            if item.colour is not None and item.colour not in self.colours:
                raise Invalid("unknown_colour", f"补货里的{self.colour_label}「{item.colour}」不在 colours"
                                                f"({_listed(self.colours)})里{self._meant(item.colour, 'colours')}")
            if item.size is not None and item.size not in self.sizes:
                raise Invalid("unknown_size", f"补货里的{self.size_label}「{item.size}」不在 sizes"
                                              f"({_listed(self.sizes)})里{self._meant(item.size, 'sizes')}")
        for what, names in (("variant_aliases", self.variant_aliases), ("prices", self.prices)):
            for name in names:
                if name not in self.colours and name not in self.sizes and (what != "prices" or not self._pair(name)):
                    raise Invalid("unknown_variant", f"{what} 里的「{name}」既不是 colours({_listed(self.colours)})"
                                                     f"也不是 sizes({_listed(self.sizes)})里的一项"
                                  + ("(一个颜色配一个尺码的价格,两个之间用空格或 / 隔开,如「"
                                     f"{self.colours[0]} {self.sizes[0]}」)" if what == "prices" else ""))
        for field_name, listed in (("sizes", self.sizes), ("colours", self.colours)):
            twice = next((name for i, name in enumerate(listed) if name in listed[:i]), None)
            if twice is not None:
                raise Invalid(f"duplicate_{field_name[:-1]}",
                              f"{field_name}({_listed(listed)})里「{twice}」写了两次,请删掉一个")
        keys = [size_key(s) for s in self.sizes]
        if len(set(keys)) < len(keys):
            raise Invalid("duplicate_size",
                          f"sizes({_listed(self.sizes)})里有两个写法不同的同一个{self.size_label}"
                          "(例如 3XL 和 XXXL),请只留一个")
        _check_chart(self.size_chart, self.sizes)
        if self.bra_chart is not None and not any(self.find_size(band + cup) for band in self.bra_chart.bands
                                                  for cup in self.bra_chart.cups):
            band, cup = next(iter(self.bra_chart.bands)), next(iter(self.bra_chart.cups))
            raise Invalid("bra_chart_sizes",
                          f"bra_chart 的下围和杯合起来(例如 {band}{cup})一个也不在 sizes({_listed(self.sizes)})里;"
                          "sizes 要写成下围加杯的样子,例如 75B")
        return self

    def find_size(self, name: str) -> str | None:
        """This product's size for a buyer's word: 3XL for xxxl, 42 for 42码 or 美码9 where
        the chart says so, 1kg for 两斤装 (a weight's other spelling); None if it has no such size."""
        key = size_key(name)
        for size in self.sizes:
            if size_key(size) == key or name in self.variant_aliases.get(size, ()):
                return size
        for row in self.size_chart:
            if any(size_key(other) == key for other in row.names):
                return row.size
        if (grams := weight_in_grams(name)) is not None and len(
                weighing := [s for s in self.sizes if weight_in_grams(s) == grams]) == 1:
            return weighing[0]  # 「一斤的」 of honey in 500g and 1000g
        packed = [s for s in self.sizes if len(s) > 1 and s.lower().removesuffix("装") == name.strip().lower()]
        if len(packed) == 1:
            return packed[0]  # 「100个」 of balloons in 50个装 and 100个装: the pack, not a hundred of them
        if _BARE_NUMBER.fullmatch(name):  # 「50的呢」 of hooks in 50枚盒装 and 100枚盒装: the one it starts
            starting = [s for s in self.sizes if s.startswith(name) and not _NUMBER_GOES_ON.match(s, len(name))]
            return starting[0] if len(starting) == 1 else None
        if (unitless := self._unitless(name)) is not None:
            return unitless  # 「3万的」 of a power bank whose 30000mAh is also called 3万毫安
        ending = self.sizes_ending(name) or self.sizes_starting(name)  # 「xxl有吗」 of a family set's 爸爸XXL;
        if len(ending) == 1:
            return ending[0]
        return self._by_stem(name, self.sizes) or self._two_names(name)  # 「1.8的」 of 1.5m and 1.8m

    def _two_names(self, name: str) -> str | None:
        """The size a word says by two of its names together (尼康z口 of a lens mount 尼康Z, called 尼康 and
        z口), the one whose names make it whole; else None."""
        said = name.lower().strip()
        found = []
        for size in self.sizes:
            names = [n.lower() for n in (size, *self.variant_aliases.get(size, ()))]
            if any(said.startswith(first) and said[len(first):] in names for first in names):
                found.append(size)
        return found[0] if len(found) == 1 else None

    def _unitless(self, name: str) -> str | None:
        """The size a number said with 的 and no unit names (3万的, 500的 of 3万毫安, 500ml), where
        one of the size's names is that number with a unit after it; else None."""
        said = name.lower().strip()
        if not said.endswith("的") or not any(ch.isdigit() or ch in "万千w" for ch in said):
            return None
        stem = said.removesuffix("的")
        found = {size for size in self.sizes for each in (size, *self.variant_aliases.get(size, ()))
                 if (tail := UNIT_TAIL.search(each.lower())) is not None and each.lower()[:tail.start()] == stem}
        return found.pop() if len(found) == 1 else None

    def sizes_starting(self, name: str) -> list[str]:
        """This product's sizes that begin with the width ``name`` says (1.8m床单款 and 1.8m床笠款 of
        「1.8的」, 2.0m床笠款 of 「2米的」, 1.5m of 「1米5」): each size that measures it, in the shop's words."""
        said = _SAID_WIDTH.fullmatch(name.strip().lower())
        if said is None or not (said["part"] or said["unit"] or said["after"]):
            return []  # (a bare 2 says no width)
        tenths = said["part"] or said["tenth"] or "0"
        value = float(f"{said['whole']}.{tenths}")
        return [size for size in self.sizes
                if (begins := _SIZE_WIDTH.match(size)) is not None and float(begins["value"]) == value]

    def sizes_ending(self, name: str) -> list[str]:
        """This product's sizes that are the size ``name`` said with words before it (爸爸XL and
        妈妈XL of XL): whose it is, in the shop's words."""
        named = [size for size in self.sizes if _WORDS_BEFORE.match(size)]  # (most sizes begin with no word)
        if not named:
            return []
        key = size_key(name)
        return [size for size in named if (own := size_key(size)) != key and own.endswith(key)
                and _WORDS_BEFORE.fullmatch(own[:-len(key)])]

    def names_of(self, *variants: str | None) -> list[str]:
        """Each variant's own name and the names the shop says it is also called (锁鲜装, 锁鲜)."""
        return [name for v in variants if v is not None for name in (v, *self.variant_aliases.get(v, ()))]

    def find_colour(self, name: str) -> str | None:
        """This product's colour for a buyer's word: itself, or a colour the shop says it is
        also called (蓝色 for 雾霾蓝); None if it has no such colour."""
        if name in self.colours:
            return name
        lowered = name.lower()  # (the buyer's 4000k of 4000K: the text is read in lower case)
        return next((c for c in self.colours if lowered == c.lower()
                     or lowered in (a.lower() for a in self.variant_aliases.get(c, ()))), None) \
            or self._by_length(name) or self._by_stem(name, self.colours) or self._by_hue(name)

    def _by_length(self, name: str) -> str | None:
        """The colour named by the length ``name`` says, where the shop sells lengths as colours (22cm of a
        mattress's thickness: 「22厚」「22厘米」「22」)."""
        said = length_in_cm(name) or name.strip()
        return next((c for c in self.colours if length_in_cm(c) == said), None)

    def _by_hue(self, name: str) -> str | None:
        """The one colour of this product named as a shade of the plain colour ``name`` (青色 or 青
        of 魔幻青, 蓝色 of 雾霾蓝, 黑 of 纯黑5双: its name ends with that hue, its count aside); None
        where not exactly one."""
        hue = name[:-1] if len(name) == 2 and name.endswith("色") else name
        if len(hue) != 1 or not "\u4e00" <= hue <= "\u9fff":
            return None
        found = [c for c in self.colours if len(c) > 1 and _COUNT_END.sub("", c).removesuffix("色").endswith(hue)]
        return found[0] if len(found) == 1 else None

    def _by_stem(self, name: str, variants: Sequence[str]) -> str | None:
        """The one of ``variants`` another product's style names by the same stem (春秋款 or 春秋的,
        said on the page of a quilt sold as 春秋被 and 冬被: 春秋被); None where not exactly one."""
        stem = _STYLE_END.sub("", name)
        if len(stem) < 2 or stem == name:
            return None
        found = {v for v in variants if v == stem or stem in self.variant_aliases.get(v, ())
                 or (v.startswith(stem) and len(v) - len(stem) == 1 and not v[-1].isdigit())}
        return found.pop() if len(found) == 1 else None

    def _meant(self, name: str, what: str) -> str:
        """For an owner's error: the colour or size ``name`` is another way of writing (m码 of M,
        10斤 of 10斤装 where it is its alias), as a hint to write it so; empty where none."""
        meant = self.find_size(name) if what == "sizes" else self.find_colour(name)
        return f";是不是「{meant}」?请照 {what} 里的写法写" if meant is not None and meant != name else ""

    def count(self, colour: str, size: str) -> int | None:
        """How many of one variant the shop has; None where its stock does not say."""
        row = self.stock.get(colour)
        return None if row is None else row.get(size)

    def uncounted(self) -> list[tuple[str, str]]:
        """The variants (colour, size) whose stock the shop's file does not give."""
        return [(c, s) for c in self.colours for s in self.sizes if self.count(c, s) is None]

    def colours_like(self, name: str) -> list[str]:
        """This product's colours a buyer's word may mean: itself or the colour it is an
        alias of, else, for a plain colour (蓝色, 黑的), the colours of that hue (雾霾蓝; 全黑,
        黑白); a shade (纯白, 天蓝) is not taken for another shade."""
        found = self.find_colour(name)
        if found is not None:
            return [found]
        base = name.removesuffix("色").removesuffix("的")
        hue = [c for c in self.colours if len(base) == 1 and base in c]
        # a short name of it, its first and last characters kept (白盆 of 白色陶瓷盆, another product's alias)
        short = [c for c in self.colours if len(base) >= 2 and len(c) > len(base) and c[0] == base[0]
                 and c[-1] == base[-1] and _in_order(base, c)]
        # the first words of its name (藏青 of 藏青加绒 and 藏青薄款): each that begins so
        begins = [c for c in self.colours if len(base) >= 2 and len(c) > len(base) and c.startswith(base)]
        return hue or (short if len(short) == 1 else []) or begins

    def variant_named(self, colours: Sequence[str], sizes: Sequence[str]) -> tuple[str | None, str | None]:
        """The first of the buyer's colour words and size words this product has (each may be
        None)."""
        colour = next(iter(self.variants_found(colours, "colour")), None)
        size = next(iter(self.variants_found(sizes, "size")), None)
        return colour, size

    def variants_found(self, words: Sequence[str], kind: Literal["colour", "size"]) -> tuple[str, ...]:
        """This product's colours (or sizes) the buyer's ``words`` name, each once, in order."""
        find = self.find_colour if kind == "colour" else self.find_size
        return tuple(dict.fromkeys(v for word in words if (v := find(word)) is not None))

    def opts_out(self, offer: str) -> bool:
        """Whether the product's own text says it takes no part in ``offer`` (a promotion's
        name, or 店铺券 for the shop's coupon): 「清仓款不参加88VIP折扣、店铺满减和店铺券」
        leaves out 88VIP专享 and 双12店铺满减."""
        wanted = _OFFER_WORDS.sub("", offer.lower())
        for text in (self.selling_points, *self.attributes.values()):
            for item in _offers_opted_out(text):
                if item is None:  # 「不参加任何活动」: none of them
                    return True
                if len(item) >= 2 and len(wanted) >= 2 and (item in wanted or wanted in item):
                    return True
                if item.endswith("券") and wanted.endswith("券"):  # (优惠券 of the shop's 店铺券)
                    return True
        return False

    def restock_of(self, colour: str | None, size: str | None, today: dt.date) -> Restock | None:
        """The coming restock of exactly what was asked (the first the shop lists): a restock
        of one colour's M says nothing of M in general (a product with one size or one colour
        has it named by itself). A date already past says nothing any more."""
        colour, size = self._the_only(colour, size)
        return next((item for item in self.restock
                     if item.date >= today and item.colour in (None, colour) and item.size in (None, size)), None)

    def restock_passed(self, colour: str | None, size: str | None, today: dt.date) -> Restock | None:
        """The last restock of exactly what was asked whose date has passed, with none to come:
        whether it came in is a person's to check (the stock counts may not say yet)."""
        colour, size = self._the_only(colour, size)
        past = [item for item in self.restock
                if item.date < today and item.colour in (None, colour) and item.size in (None, size)]
        return max(past, key=lambda item: item.date) if past else None

    def _the_only(self, colour: str | None, size: str | None) -> tuple[str | None, str | None]:
        """The colour and the size asked, each named by itself where the product has only one."""
        return (colour or (self.colours[0] if len(self.colours) == 1 else None),
                size or (self.sizes[0] if len(self.sizes) == 1 else None))

    def prices_of(self, colour: str | None = None, size: str | None = None) -> set[float]:
        """The prices of every variant of ``colour`` in ``size`` (either None: in any): one where they cost alike."""
        return {self.price_of(c, z) for c in ([colour] if colour else self.colours)
                for z in ([size] if size else self.sizes)}

    def price_of(self, colour: str | None = None, size: str | None = None) -> float:
        """The price of a variant: that colour in that size's own price, else a size's or a
        colour's own price where the shop gives one."""
        if colour is not None and size is not None:
            for key, price in self.prices.items():
                if self._pair(key) == (colour, size):
                    return price
        for name in (size, colour):
            if name is not None and name in self.prices:
                return self.prices[name]
        if (colour is None) != (size is None):  # 钢带 priced in each width alike (银色钢带 20mm, 22mm: 199): that
            half, named = (0, colour) if colour is not None else (1, size)
            priced = [price for key, price in self.prices.items()
                      if (pair := self._pair(key)) is not None and pair[half] == named]
            if len(set(priced)) == 1 and len(priced) == len(self.sizes if half == 0 else self.colours):
                return priced[0]
        return self.price

    @property
    def priced_in_pairs(self) -> bool:
        """Whether the shop prices some colour in some size on its own (25cm 1.8米)."""
        return any(self._pair(key) for key in self.prices)

    def _pair(self, key: str) -> tuple[str, str] | None:
        """The colour and the size a price's name joins with a space or a slash (25cm 1.8米), if it does."""
        for colour in self.colours:
            rest = key[len(colour):] if key.startswith(colour) else None
            if rest and rest[0] in _PAIR_JOINS and rest[1:].strip() in self.sizes:
                return colour, rest[1:].strip()
        return None

    def price_range(self) -> tuple[float, float]:
        """The cheapest and the dearest of its variants' prices (the same where all cost one)."""
        prices = (self.price, *self.prices.values())
        return min(prices), max(prices)

    def priced(self) -> str:
        """Its name and price as a list of the shop's goods says them: 云朵跑鞋 269元, 坚果礼盒 49-99元."""
        return f"{self.name} {money_span(*self.price_range())}"


def _in_order(short: str, name: str) -> bool:
    """Whether every character of ``short`` is in ``name``, in the same order."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def _did_you_mean(name: str, names: Sequence[str], otherwise: str) -> str:
    """For an owner's error: the nearest of ``names`` to ``name`` (是不是「毛线」?), else ``otherwise``."""
    near = difflib.get_close_matches(name, names, n=1, cutoff=0.6)
    return f"是不是「{near[0]}」?" if near else otherwise


def _listed(names: Sequence[str]) -> str:
    """Names as an owner reads them in a message: 京东、顺丰、EMS (not a Python list)."""
    return "、".join(names) or "空的"


def _check_chart(chart: list[SizeRow], sizes: list[str]) -> None:
    for row in chart:
        if row.size not in sizes:
            raise Invalid("unknown_size", f"尺码表里的「{row.size}」不在 sizes({_listed(sizes)})里")
    for field, label, unit in BODY_MEASURES:
        ranges = [(row.size, r) for row in chart if (r := row.fits(field))]
        for (size_a, a), (size_b, b) in pairwise(ranges):
            if b[0] < a[0] or b[1] < a[1]:
                raise Invalid(
                    "size_chart_order",
                    f"尺码表{label}: {size_b} 的范围 {b[0]:g}-{b[1]:g}{unit} 比前一码 {size_a} 的 "
                    f"{a[0]:g}-{a[1]:g}{unit} 还小;尺码表要从小码写到大码"
                )
            if b[0] < a[1]:
                raise Invalid(
                    "size_chart_overlap",
                    f"尺码表{label}: {size_a} ({a[0]:g}-{a[1]:g}{unit}) 和 {size_b} ({b[0]:g}-{b[1]:g}{unit}) "
                    f"重叠了;相邻两码最多在边界上相接"
                )


def _quoted_time(value: object) -> object:
    if isinstance(value, int):  # YAML 1.1 reads an unquoted 16:00 as the number 960
        raise Invalid("unquoted_time", f"时间要加引号,例如 \"16:00\"(没加引号时会被读成数字 {value})")
    return value


_COURIER_ALIASES = courier_aliases()
_REGION_ALIASES = region_aliases()


def _known_region(name: str) -> str:
    if name not in REGIONS:
        province = _REGION_ALIASES.get(name)
        if province is not None:  # 广东省, 杭州: the province's short name is what the file writes
            said = (f"「{name}」请写成「{province}」" if name.startswith(province)
                    else f"「{name}」在{province},请写「{province}」")
            raise Invalid("unknown_region", f"{said}:地区写省级简称,例如 浙江、新疆、内蒙古、香港")
        raise Invalid("unknown_region", f"不认识的地区「{name}」;请写省级简称,例如 浙江、新疆、内蒙古、香港")
    return name


def _known_courier(name: str) -> str:
    if name not in COURIERS:
        short = _COURIER_ALIASES.get(name.lower())
        if short is not None:  # 京东物流, 顺丰速运: the courier's short name is what the file writes
            raise Invalid("unknown_courier", f"「{name}」请写成「{short}」:快递写简称,可以写: {'、'.join(COURIERS)}")
        raise Invalid("unknown_courier", f"不认识的快递「{name}」;可以写: {'、'.join(COURIERS)}")
    return name


class Courier(_Model):
    """A courier the shop ships with: its extra fee (waived for an order of ``free_over`` or
    more: 满199发顺丰), the regions it serves (none listed: everywhere the shop delivers) and
    its own delivery days where they differ."""

    name: str
    surcharge: NonNegative = 0
    free_over: NonNegative | None = None
    regions: list[str] = Field(default_factory=list)
    days: Range | None = None

    @field_validator("name")
    @classmethod
    def _known(cls, name: str) -> str:
        return _known_courier(name)

    @field_validator("regions")
    @classmethod
    def _regions_known(cls, regions: list[str]) -> list[str]:
        return [_known_region(r) for r in regions]

    @field_validator("days")
    @classmethod
    def _days(cls, span: Range | None) -> Range | None:
        return _check_range(span, "这家快递的到货天数")

    def serves(self, region: str | None) -> bool:
        return not self.regions or region is None or region in self.regions


class SpecialRegions(_Model):
    """Hong Kong, Macau and Taiwan: whether the shop ships there, and how."""

    ships: bool = False
    fee: NonNegative = 0
    courier: str | None = None
    days: Range | None = None

    @field_validator("courier")
    @classmethod
    def _courier_known(cls, name: str | None) -> str | None:
        return None if name is None else _known_courier(name)

    @field_validator("days")
    @classmethod
    def _days(cls, span: Range | None) -> Range | None:
        return _check_range(span, "港澳台到货天数")


class Shipping(_Model):
    ship_from: str
    ship_from_city: str = ""
    cutoff: dt.time = dt.time(16, 0)
    # a different cut-off on some days: {sat: "12:00"}
    cutoffs: dict[Weekday, dt.time] = Field(default_factory=dict)
    working_days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS[:6]))
    # the shop's own days off; national holidays and their make-up working days (调休)
    # are followed by themselves while ``national_holidays`` is true
    holidays: list[dt.date] = Field(default_factory=list)
    national_holidays: bool = True
    default_courier: str
    couriers: list[Courier] = Field(min_length=1)
    base_fee: NonNegative = 0
    free_shipping_over: NonNegative | None  # 0: always free; null: never free; else the threshold
    # 满几件包邮 (2: any two items in one order ship free), instead of or beside the sum (满49元或3件)
    free_shipping_items: Int | None = None
    delivery_days: dict[str, Range] = Field(default_factory=dict)
    # the days to a province delivery_days does not list; unset, the file does not say, and no reply does
    default_delivery_days: Range | None = None
    remote_regions: list[str] = Field(default_factory=list)
    remote_surcharge: NonNegative = 0
    # true: remote regions pay no surcharge, normal fee rules; false: they take no free shipping, the base fee
    # and the surcharge (偏远地区不包邮); unset: the file does not say, so the surcharge is told as said, on top
    remote_free_shipping: bool | None = None
    # a surcharge of its own for some regions, over remote_surcharge: {新疆: 20, 西藏: 25}
    region_surcharge: dict[str, NonNegative] = Field(default_factory=dict)
    # regions the shop does not deliver to at all
    no_delivery_regions: list[str] = Field(default_factory=list)
    special_regions: SpecialRegions = Field(default_factory=SpecialRegions)

    @field_validator("cutoff", mode="before")
    @classmethod
    def _cutoff_quoted(cls, value: object) -> object:
        return _quoted_time(value)

    @field_validator("cutoffs", mode="before")
    @classmethod
    def _cutoffs_quoted(cls, value: object) -> object:
        return {k: _quoted_time(v) for k, v in value.items()} if isinstance(value, dict) else value

    @field_validator("region_surcharge")
    @classmethod
    def _surcharge_regions_known(cls, fees: dict[str, float]) -> dict[str, float]:
        for region in fees:
            _known_region(region)
        return fees

    @field_validator("free_shipping_over", mode="before")
    @classmethod
    def _a_sum_not_a_count(cls, value: object) -> object:
        if isinstance(value, str) and (count := _A_COUNT.match(value)) is not None:  # 3团, 2件: a count
            raise Invalid("wrong_type", f"free_shipping_over 写的是金额(元);「{value.strip()}」是件数,满几件包邮请写 "
                                        f"free_shipping_items: {count[1]};这里只写金额,不按金额包邮就写 null")
        return value

    @field_validator("free_shipping_items")
    @classmethod
    def _two_items_at_least(cls, count: int | None) -> int | None:
        if count is not None and count < 2:
            raise Invalid("out_of_range", f"满几件包邮至少写 2(现在写的是 {count});一件也包邮的话,"
                          "把 free_shipping_over 写成 0,这一行删掉")
        return count

    @field_validator("no_delivery_regions")
    @classmethod
    def _no_delivery_known(cls, regions: list[str]) -> list[str]:
        return [_known_region(r) for r in regions]

    def cutoff_on(self, day: dt.date) -> dt.time:
        """The cut-off time on this day: its weekday's own, else ``cutoff``."""
        return self.cutoffs.get(WEEKDAYS[day.weekday()], self.cutoff)

    def days_to(self, region: str | None, own: Range | None = None) -> Range | None:
        """The days a parcel takes to ``region`` once sent: its line of ``delivery_days``, else ``own`` (the
        courier's own days), else ``default_delivery_days``; None where the file says none of them."""
        return self.delivery_days.get(region or "", own or self.default_delivery_days)

    def delivers_to(self, region: str) -> bool:
        return region not in self.no_delivery_regions

    def ships_free(self, total: float, items: int = 1) -> bool:
        """Whether an order of ``items`` items coming to ``total`` ships free by the shop's rule
        (a remote region's own terms apart): it reaches the sum, or the count."""
        over, count = self.free_shipping_over, self.free_shipping_items
        return (over is not None and total >= over) or (count is not None and items >= count)

    def surcharge_for(self, region: str) -> float:
        """The extra fee for a region: its own, else the remote one if it is remote, else 0."""
        if region in self.region_surcharge:
            return self.region_surcharge[region]
        return self.remote_surcharge if region in self.remote_regions else 0

    @model_validator(mode="after")
    def _default_courier_listed(self) -> Shipping:
        names = [c.name for c in self.couriers]
        if self.default_courier not in names:
            raise Invalid("unknown_courier",
                          f"default_courier「{self.default_courier}」不在 couriers({_listed(names)})里")
        if not self.working_days:
            raise Invalid("empty_list", "working_days 不能为空,至少写一天发货日,例如 [mon, tue, wed, thu, fri]")
        if self.free_shipping_over == 0 and self.free_shipping_items is not None:
            raise Invalid("conflict", f"free_shipping_over 是 0(全部包邮),free_shipping_items"
                          f"(满{self.free_shipping_items}件包邮)就用不上了:删掉其中一个")
        return self

    @field_validator("ship_from")
    @classmethod
    def _ship_from_known(cls, region: str) -> str:
        return _known_region(region)

    @field_validator("delivery_days")
    @classmethod
    def _delivery_regions_known(cls, days: dict[str, Range]) -> dict[str, Range]:
        for region, span in days.items():
            _known_region(region)
            _check_range(span, f"{region}的到货天数")
        return days

    @field_validator("default_delivery_days")
    @classmethod
    def _default_days(cls, span: Range | None) -> Range | None:
        return _check_range(span, "默认到货天数")

    @field_validator("remote_regions")
    @classmethod
    def _remote_regions_known(cls, regions: list[str]) -> list[str]:
        for region in regions:
            _known_region(region)
        return regions

    def courier(self, name: str) -> Courier | None:
        return next((c for c in self.couriers if c.name == name), None)


class Coupon(_Model):
    """满 ``min_spend`` 减 ``amount``; a coupon without a threshold belongs in promotions."""

    amount: Float = Field(gt=0)
    min_spend: Float = Field(gt=0)


class BulkDeal(_Model):
    """Buy ``min_items`` or more in one order, pay ``rate`` of the price (0.9 = 9折)."""

    min_items: Int = Field(ge=2)
    rate: Float = Field(gt=0, lt=1)


class CategoryBargain(_Model):
    """Bargaining for a category where it differs from the shop's (left out: the shop's)."""

    negotiable: bool | None = None
    max_discount: NonNegative | None = None


class Bargain(_Model):
    """The bargaining ladder: round 1 holds the price, round 2 offers the gift or the
    coupon, round 3 is final (at most ``max_discount`` yuan off, 0 = none)."""

    negotiable: bool = True
    max_discount: NonNegative = 0
    gift: str | None = None
    coupon: Coupon | None = None
    bulk: BulkDeal | None = None
    # 价保: how many days after buying a price drop is refunded (0: none; left out: not stated)
    price_protection_days: Int | None = Field(default=None, ge=0, le=365)
    # a category's own terms: {内衣: {negotiable: false}, 清仓: {max_discount: 5}}
    categories: dict[str, CategoryBargain] = Field(default_factory=dict)

    @property
    def gift_given(self) -> str | None:
        """The gift as the thing given (送一支鞋油 is 一支鞋油), as the wordings tell it: they say 送 themselves."""
        return _GIVING.sub("", self.gift) or self.gift if self.gift is not None else None


#: Words that give, written before the gift itself: 送, 赠送, 下单送, 再送您.
_GIVING = re.compile(r"^(?:下单|拍下|购买|买就|买)?(?:就|即|再|还)?(?:免费)?(?:赠送|送|赠)(?![品货])(?:您|你)?"
                     r"(?:[:：]\s*)?")


#: Where a name in a promotion's terms starts: the start, or after a mark or a word that lists things.
_WORD_START = r"(?:^|(?<=[\s,，;；。、:：(（和及与跟]))"
#: Said right after a thing in a promotion's terms that leave it out: 「(1.74除外)」「特价款不参加」.
LEFT_OUT = r"[^,，。;；)）]{0,6}(除外|不参加|不参与|不享受|不包括|不能参加)"  # (468L是二级能效不参加)


class Promotion(_Model):
    """A dated promotion, for the whole shop or only some ``products`` (ids) or
    ``categories``."""

    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    start: dt.date | None = None
    end: dt.date | None = None
    products: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _dates_in_order(self) -> Promotion:
        if self.start and self.end and self.end < self.start:
            raise Invalid("date_order", f"活动「{self.name}」的结束日期 {self.end} 早于开始日期 {self.start},请对调")
        return self

    def active(self, today: dt.date) -> bool:
        return (self.start is None or self.start <= today) and (self.end is None or today <= self.end)

    def leaves_out(self, product: Product) -> bool:
        """Whether the terms name the product itself to leave it out (试喝装不参加满减 of the 试喝装), by its
        name or an alias of two characters or more, said whole (凉鞋 is not left out by 清仓凉鞋不参加)."""
        terms = self.description.lower()
        return any(len(name) >= 2 and re.search(_WORD_START + re.escape(name.lower()) + LEFT_OUT, terms) is not None
                   for name in (product.name, *product.aliases))

    def covers(self, product: Product | None) -> bool:
        """Whether the promotion holds for this product (None: the shop as a whole, which
        only a shop-wide promotion covers), unless the product's own text says it takes no
        part (清仓款不参加88VIP折扣、店铺满减和店铺券) or the terms leave it out by name (清仓凉鞋不参加)."""
        if product is not None and (product.opts_out(self.name) or self.leaves_out(product)):
            return False
        if not self.products and not self.categories:
            return True
        return product is not None and (product.id in self.products or product.category in self.categories)


class Returns(_Model):
    no_reason_days: Int = Field(ge=0)
    shipping_insurance: bool
    conditions: str = ""
    address_note: str = ""
    # a category's own rule: {生鲜: {no_reason_days: 0, note: 生鲜不支持无理由退货}}
    categories: dict[str, ProductReturns] = Field(default_factory=dict)


class Invoice(_Model):
    available: bool
    kinds: list[str] = Field(default_factory=list)
    note: str = ""

    @model_validator(mode="after")
    def _kinds_when_available(self) -> Invoice:
        if self.available and not self.kinds:
            raise Invalid("missing_field", "能开发票时请在 kinds 里写明发票种类,例如 [电子普通发票]")
        return self


class Payment(_Model):
    """How buyers may pay: every way is stated by the shop, none is assumed. A way left
    out is not stated: the bot says it will check and a person answers. Which ways a
    platform has at all is in botcore/data/platforms.yaml (花呗 on Taobao, 白条 on JD). The
    instalments offered likewise: ``[]`` says there are none, left out they are not stated."""

    alipay: bool | None = None
    wechat: bool | None = None
    huabei: bool | None = None
    baitiao: bool | None = None
    instalments: list[Int] | None = None
    credit_card: bool | None = None
    cash_on_delivery: bool | None = None
    note: str = ""


AutoReplyWhen = Literal["busy", "away", "offline", "first_of_day"]
_AGENTS_AWAY: tuple[AutoReplyWhen, ...] = ("busy", "away", "offline")


class AutoReply(_Model):
    """When the bot answers buyers by itself (like 千牛's auto-reply triggers).

    ``mode``: ``conditional`` answers when any of ``when`` holds, ``always`` answers
    every message it is sure of, ``never`` only suggests replies to agents.
    """

    mode: Literal["conditional", "always", "never"] = "conditional"
    when: list[AutoReplyWhen] = Field(default_factory=lambda: list(_AGENTS_AWAY))
    handoff_silence_minutes: Float = Field(default=30, ge=0)
    burst_seconds: Float = Field(default=5, ge=0, le=60)


class MatchingData(_Model):
    """A shop's own keywords (weight -> words) and example questions for one intent."""

    keywords: dict[float, Annotated[list[Annotated[str, Field(max_length=30)]], Field(max_length=500)]] = Field(
        default_factory=dict)
    examples: list[Annotated[str, Field(max_length=200)]] = Field(default_factory=list, max_length=5000)


class KeywordRule(_Model):
    """A keyword reply, like 千牛's 关键词回复: a message holding any of ``keywords`` (or,
    with ``match: all``, every one) gets ``reply``, before any intent is considered.
    Earlier rules win. ``intent`` is what the reply counts as in traces and metrics."""

    keywords: list[Annotated[str, Field(min_length=1, max_length=30)]] = Field(min_length=1)
    reply: str = Field(min_length=1, max_length=500)
    match: Literal["any", "all"] = "any"
    intent: str = "other"


class QuickPhrase(_Model):
    """An agent's quick phrase (快捷短语): offered beside the drafts in suggest mode when
    the buyer's question is one of ``intents`` (no intents: offered with every question)."""

    title: str = Field(min_length=1, max_length=20)
    text: str = Field(min_length=1, max_length=500)
    intents: list[str] = Field(default_factory=list)


class Shop(_Model):
    shop: ShopInfo
    settings: Settings = Field(default_factory=Settings)
    autoreply: AutoReply = Field(default_factory=AutoReply)
    products: list[Product] = Field(default_factory=list, max_length=20_000)
    shipping: Shipping
    bargain: Bargain = Field(default_factory=Bargain)
    promotions: list[Promotion] = Field(default_factory=list, max_length=200)
    returns: Returns
    invoice: Invoice
    payment: Payment
    replies: dict[str, Annotated[list[Annotated[str, Field(max_length=500)]], Field(max_length=20)]] = Field(
        default_factory=dict)
    # the shop's own wording per intent: {"sizing": {"keywords": {0.9: [...]}, "examples": [...]}}
    matching: dict[str, MatchingData] = Field(default_factory=dict)
    keyword_rules: list[KeywordRule] = Field(default_factory=list, max_length=1000)
    quick_phrases: list[QuickPhrase] = Field(default_factory=list, max_length=500)
    # the owner's conversation tests (botcore/shop/scenarios.py); the engine does not read them
    tests: Suite | None = None
    _index: tuple[list[Product] | None, dict[str, Product]] = PrivateAttr(default=(None, {}))

    @field_validator("products")
    @classmethod
    def _unique_products(cls, products: list[Product]) -> list[Product]:
        seen: set[str] = set()
        for product in products:
            if product.id in seen:
                raise Invalid("duplicate_id", f"商品 id「{product.id}」重复了,每个商品的 id 要不一样")
            seen.add(product.id)
        owners = {p.id: p for p in products}  # an item id names one product, and no other's id
        for product in products:
            for item_id in product.item_ids:
                owner = owners.setdefault(item_id, product)
                if owner is not product:
                    raise Invalid("duplicate_item_id", f"平台商品 ID「{item_id}」在「{product.name}」和"
                                                       f"「{owner.name}」里都有,一个 ID 只能对应一个商品")
        return products

    @model_validator(mode="after")
    def _promotions_name_products(self) -> Shop:
        couriers = [c.name for c in self.shipping.couriers]
        for product in self.products:
            for name in product.couriers:
                if name not in couriers:
                    raise Invalid("unknown_courier", f"商品「{product.id}」的快递「{name}」不在 shipping.couriers"
                                                     f"({_listed(couriers)})里,请先在 shipping.couriers 里加上")
        ids = [p.id for p in self.products]
        for i, promotion in enumerate(self.promotions):
            for j, product_id in enumerate(promotion.products):
                if product_id not in ids:
                    fix = _did_you_mean(product_id, ids, "请检查拼写")
                    raise Invalid("unknown_product",
                                  f"活动「{promotion.name}」里的商品 id「{product_id}」不在 products 里,{fix}",
                                  ("promotions", i, "products", j))
        kinds = list(dict.fromkeys(p.category for p in self.products if p.category))
        named: list[tuple[tuple[str | int, ...], str, str]] = [
            (("promotions", i, "categories", j), f"活动「{promotion.name}」的品类「{category}」", category)
            for i, promotion in enumerate(self.promotions) for j, category in enumerate(promotion.categories)]
        named += [(("bargain", "categories", category), f"讲价规则的品类「{category}」", category)
                  for category in self.bargain.categories]
        named += [(("returns", "categories", category), f"退换规则的品类「{category}」", category)
                  for category in self.returns.categories]
        for where, what, category in named:
            if category not in kinds:  # a typo here leaves the rule on no product, silently
                fix = _did_you_mean(category, kinds, f"商品的 category 有: {_listed(kinds)}")
                raise Invalid("unknown_category", f"{what}没有哪个商品是这个品类,这条规则用不到任何商品;{fix}", where)
        return self

    @model_validator(mode="after")
    def _tests_name_products(self) -> Shop:
        """Every test has a time and names only the shop's products (its intent labels are
        checked when the engine compiles the shop: the intents are not known here)."""
        if self.tests is not None:
            problems = untimed(self.tests) + unknown_items(self.tests, [p.id for p in self.products], self.shop.name)
            if problems:
                loc, message = problems[0]
                code = "untimed" if loc[-1] == "now" else "unknown_product"
                raise Invalid(code, described(loc, self.tests) + message, ("tests", *loc))
        return self

    @property
    def tmall(self) -> bool:
        return self.shop.platform == "tmall"

    @property
    def platform(self) -> Platform:
        """What the shop's platform lets a seller do and a buyer use."""
        return PLATFORMS[self.shop.platform]

    def product(self, product_id: str | None) -> Product | None:
        """The product with this id or platform item id (a dict lookup, whatever the number
        of products)."""
        if product_id is None:
            return None
        products, index = self._index
        if products is not self.products:  # built lazily; rebuilt if model_copy swapped the list
            index = {item_id: product for product in self.products for item_id in product.item_ids}
            index.update({product.id: product for product in self.products})
            self._index = (self.products, index)
        return index.get(product_id)

    def returns_for(self, product: Product | None) -> ProductReturns | None:
        """The return rule of its own a product follows: the product's, else its category's."""
        if product is None:
            return None
        return product.returns or self.returns.categories.get(product.category)

    def coupon_for(self, product: Product | None) -> Coupon | None:
        """The shop's coupon, unless the product's own text says it takes none (不能用店铺券)."""
        coupon = self.bargain.coupon
        return None if coupon is None or (product is not None and product.opts_out("店铺券")) else coupon

    def bargaining_for(self, product: Product | None) -> tuple[bool, float]:
        """Whether a product may be haggled over and by how much at most: the product's own
        terms, else its category's, else the shop's."""
        category = self.bargain.categories.get(product.category) if product is not None else None
        negotiable, cap = self.bargain.negotiable, self.bargain.max_discount
        for terms in (category, product):
            if terms is not None and terms.negotiable is not None:
                negotiable = terms.negotiable
            if terms is not None and terms.max_discount is not None:
                cap = terms.max_discount
        return negotiable, cap

    def promotions_on(self, today: dt.date, product: Product | None = None, *, every: bool = False) -> list[Promotion]:
        """The promotions running today that cover ``product`` (None: shop-wide ones only):
        those made for the product or its category first, then the shop-wide ones; ``every``:
        all running, whatever they cover, the shop-wide ones first."""
        if every:
            return sorted((p for p in self.promotions if p.active(today)),
                          key=lambda p: bool(p.products or p.categories))
        running = [p for p in self.promotions if p.active(today) and p.covers(product)]
        return sorted(running, key=lambda p: not (p.products or p.categories))

    def promotion(self, today: dt.date, product: Product | None = None) -> Promotion | None:
        """The first of `promotions_on`, or None."""
        return next(iter(self.promotions_on(today, product)), None)
