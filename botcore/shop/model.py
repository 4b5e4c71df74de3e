"""The shop: one YAML file, validated by these models.

Every model forbids unknown keys, so a shop owner's typo (``colour`` for ``colours``)
is an error naming the field, not a setting silently ignored. Cross-field rules (a
stock entry for a colour the product does not have, a size chart with overlapping
ranges) are checked here too, so a shop that loads is a shop that can be served.
"""

from __future__ import annotations

import datetime as dt
import math
from itertools import pairwise
from typing import Annotated, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from botcore.places import COURIERS, REGIONS

__all__ = [
    "AutoReply",
    "Bargain",
    "BulkDeal",
    "Coupon",
    "Courier",
    "Invalid",
    "Invoice",
    "KeywordRule",
    "MatchingData",
    "Payment",
    "Product",
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
    """A rule of the shop broken, with a stable ``code`` for programs (the admin API)."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


#: No number in a shop file is bigger than this (a price, a stock count, days, instalments).
LARGEST = 1_000_000_000


def _plain_number(value: object) -> object:
    """true/false or a quoted "3" is a slip of the owner's, not a number: say so rather than
    guess; infinity, nan and numbers past `LARGEST` are refused before anything computes with them."""
    if isinstance(value, bool | str):
        raise Invalid("wrong_type", f"应该是数字(现在写的是 {value!r}):不要加引号,也不要写 true/false")
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
                      f"{what}范围 {value[0]}-{value[1]} 写反了,应该小的在前,例如 [{value[1]}, {value[0]}]")
    return value


class ShopInfo(_Model):
    name: str = Field(min_length=1, max_length=40)
    platform: Literal["taobao", "tmall", "jd", "pinduoduo"] = "taobao"
    agent_nickname: str = Field(default="小二", min_length=1, max_length=20)
    # what the shop promises when asked "是正品吗" (empty: a person answers)
    authenticity: str = ""


class Settings(_Model):
    """Thresholds on a reply's score, the chance that its intent is right (engine/calibration.py):
    at 0.94, auto replies were 97 % right in cross-validation (tests/test_calibration.py)."""

    auto_threshold: Float = Field(default=0.94, ge=0, le=1)
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


class SizeRow(_Model):
    """One row of a size chart: who it fits (height cm, weight 斤) and its measurements."""

    size: str = Field(min_length=1)

    @field_validator("size", mode="before")
    @classmethod
    def _size_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value

    height: Range | None = None
    weight: Range | None = None
    measurements: dict[str, NonNegative] = Field(default_factory=dict)

    @field_validator("height")
    @classmethod
    def _height(cls, value: Range | None) -> Range | None:
        return _check_range(value, "身高")

    @field_validator("weight")
    @classmethod
    def _weight(cls, value: Range | None) -> Range | None:
        return _check_range(value, "体重")


class Restock(_Model):
    """When a sold-out variant comes back; ``presale`` means it can be ordered now."""

    colour: str | None = None
    size: str | None = None
    date: dt.date
    presale: bool = False


class Product(_Model):
    id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,40}$")
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    category: str = ""
    price: Float = Field(gt=0)
    material: str = ""
    selling_points: str = ""
    care: str = ""
    colours: list[str] = Field(min_length=1)
    sizes: list[str] = Field(min_length=1)
    fit: Literal["small", "regular", "large"] = "regular"
    fit_note: str = ""
    size_chart: list[SizeRow] = Field(default_factory=list)
    stock: dict[str, dict[str, Annotated[Int, Field(ge=0)]]] = Field(default_factory=dict)
    restock: list[Restock] = Field(default_factory=list)

    @field_validator("sizes", mode="before")
    @classmethod
    def _sizes_as_text(cls, value: object) -> object:
        # jeans sizes are written 25, 26 ...: YAML reads them as numbers
        return [str(v) for v in value] if isinstance(value, list) else value

    @field_validator("stock", mode="before")
    @classmethod
    def _stock_keys_as_text(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        return {
            str(colour): {str(size): n for size, n in row.items()} if isinstance(row, dict) else row
            for colour, row in value.items()
        }

    @model_validator(mode="after")
    def _consistent(self) -> Product:
        for colour, row in self.stock.items():
            if colour not in self.colours:
                raise Invalid("unknown_colour", f"库存里的颜色「{colour}」不在 colours {self.colours} 里")
            for size in row:
                if size not in self.sizes:
                    raise Invalid("unknown_size", f"库存里「{colour}」的尺码「{size}」不在 sizes {self.sizes} 里")
        for item in self.restock:
            if item.colour is not None and item.colour not in self.colours:
                raise Invalid("unknown_colour", f"补货里的颜色「{item.colour}」不在 colours {self.colours} 里")
            if item.size is not None and item.size not in self.sizes:
                raise Invalid("unknown_size", f"补货里的尺码「{item.size}」不在 sizes {self.sizes} 里")
        _check_chart(self.size_chart, self.sizes)
        return self


def _check_chart(chart: list[SizeRow], sizes: list[str]) -> None:
    for row in chart:
        if row.size not in sizes:
            raise Invalid("unknown_size", f"尺码表里的「{row.size}」不在 sizes {sizes} 里")
    for field, label in (("height", "身高"), ("weight", "体重")):
        ranges = [(row.size, getattr(row, field)) for row in chart if getattr(row, field)]
        for (size_a, a), (size_b, b) in pairwise(ranges):
            if b[0] < a[0] or b[1] < a[1]:
                raise Invalid(
                    "size_chart_order",
                    f"尺码表{label}: {size_b} 的范围 {b[0]}-{b[1]} 比前一码 {size_a} 的 "
                    f"{a[0]}-{a[1]} 还小;尺码表要从小码写到大码"
                )
            if b[0] < a[1]:
                raise Invalid(
                    "size_chart_overlap",
                    f"尺码表{label}: {size_a} ({a[0]}-{a[1]}) 和 {size_b} ({b[0]}-{b[1]}) "
                    f"重叠了;相邻两码最多在边界上相接"
                )


def _known_region(name: str) -> str:
    if name not in REGIONS:
        raise Invalid("unknown_region", f"不认识的地区「{name}」;请写省级简称,例如 浙江、新疆、内蒙古、香港")
    return name


def _known_courier(name: str) -> str:
    if name not in COURIERS:
        raise Invalid("unknown_courier", f"不认识的快递「{name}」;可以写: {'、'.join(COURIERS)}")
    return name


class Courier(_Model):
    name: str
    surcharge: NonNegative = 0

    @field_validator("name")
    @classmethod
    def _known(cls, name: str) -> str:
        return _known_courier(name)


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
    working_days: list[Weekday] = Field(default_factory=lambda: list(WEEKDAYS[:6]))
    holidays: list[dt.date] = Field(default_factory=list)
    default_courier: str
    couriers: list[Courier] = Field(min_length=1)
    base_fee: NonNegative = 0
    free_shipping_over: NonNegative | None  # 0: always free; null: never free; else the threshold
    delivery_days: dict[str, Range] = Field(default_factory=dict)
    default_delivery_days: Range = (2, 4)
    remote_regions: list[str] = Field(default_factory=list)
    remote_surcharge: NonNegative = 0
    remote_free_shipping: bool = False  # true: remote regions pay no surcharge, normal fee rules
    special_regions: SpecialRegions = Field(default_factory=SpecialRegions)

    @field_validator("cutoff", mode="before")
    @classmethod
    def _cutoff_quoted(cls, value: object) -> object:
        if isinstance(value, int):  # YAML 1.1 reads an unquoted 16:00 as the number 960
            raise Invalid("unquoted_time", "截单时间要加引号,例如 cutoff: \"16:00\"")
        return value

    @model_validator(mode="after")
    def _default_courier_listed(self) -> Shipping:
        names = [c.name for c in self.couriers]
        if self.default_courier not in names:
            raise Invalid("unknown_courier", f"default_courier「{self.default_courier}」不在 couriers {names} 里")
        if not self.working_days:
            raise Invalid("empty_list", "working_days 不能为空,至少写一天发货日,例如 [mon, tue, wed, thu, fri]")
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
    def _default_days(cls, span: Range) -> Range:
        return _check_range(span, "默认到货天数")  # type: ignore[return-value]

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


class Bargain(_Model):
    """The bargaining ladder: round 1 holds the price, round 2 offers the gift or the
    coupon, round 3 is final (at most ``max_discount`` yuan off, 0 = none)."""

    negotiable: bool = True
    max_discount: NonNegative = 0
    gift: str | None = None
    coupon: Coupon | None = None
    bulk: BulkDeal | None = None


class Promotion(_Model):
    name: str = Field(min_length=1)
    description: str = Field(min_length=1)
    start: dt.date | None = None
    end: dt.date | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Promotion:
        if self.start and self.end and self.end < self.start:
            raise Invalid("date_order", f"活动「{self.name}」的结束日期 {self.end} 早于开始日期 {self.start},请对调")
        return self

    def active(self, today: dt.date) -> bool:
        return (self.start is None or self.start <= today) and (self.end is None or today <= self.end)


class Returns(_Model):
    no_reason_days: Int = Field(ge=0)
    shipping_insurance: bool
    conditions: str = ""
    address_note: str = ""


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
    """How buyers may pay: every way is stated by the shop, none is assumed."""

    alipay: bool
    huabei: bool
    instalments: list[Int] = Field(default_factory=list)
    credit_card: bool
    cash_on_delivery: bool


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
    _index: tuple[list[Product] | None, dict[str, Product]] = PrivateAttr(default=(None, {}))

    @field_validator("products")
    @classmethod
    def _unique_products(cls, products: list[Product]) -> list[Product]:
        seen: set[str] = set()
        for product in products:
            if product.id in seen:
                raise Invalid("duplicate_id", f"商品 id「{product.id}」重复了,每个商品的 id 要不一样")
            seen.add(product.id)
        return products

    @property
    def tmall(self) -> bool:
        return self.shop.platform == "tmall"

    def product(self, product_id: str | None) -> Product | None:
        """The product with this id (a dict lookup, whatever the number of products)."""
        if product_id is None:
            return None
        products, index = self._index
        if products is not self.products:  # built lazily; rebuilt if model_copy swapped the list
            index = {product.id: product for product in self.products}
            self._index = (self.products, index)
        return index.get(product_id)

    def promotion(self, today: dt.date) -> Promotion | None:
        return next((p for p in self.promotions if p.active(today)), None)
