"""The shop file: the example loads, and every kind of mistake a shop owner makes is
reported with the field, the value and how to fix it (in Chinese)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from botcore.errors import ShopError, ShopFileError, ShopValidationError, XiaoerError
from botcore.shop import Product, Promotion, Shop
from botcore.shop.shopfile import EXAMPLE_SHOP, load_shop, parse_shop, validate_shop

EXAMPLE_TEXT = EXAMPLE_SHOP.read_text("utf-8")

Change = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def shop() -> Shop:
    return load_shop()


def mutated(change: Change) -> str:
    """The example shop as YAML text, with one thing changed."""
    data = yaml.safe_load(EXAMPLE_TEXT)
    change(data)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def problems_of(change: Change, source: str = "bad_shop.yaml") -> ShopValidationError:
    with pytest.raises(ShopValidationError) as info:
        parse_shop(mutated(change), source)
    return info.value


def product(data: dict[str, Any], product_id: str) -> dict[str, Any]:
    return next(p for p in data["products"] if p["id"] == product_id)


# --- the example shop ------------------------------------------------------------------


def test_example_shop_loads_without_a_path(shop: Shop) -> None:
    assert shop.shop.name == "拾柒衣橱"
    assert shop.shop.agent_nickname == "小柒"
    assert len(shop.products) >= 12


def test_example_shop_loads_from_its_path() -> None:
    from_path = load_shop(str(EXAMPLE_SHOP))
    assert from_path == load_shop()


def test_every_example_product_is_complete(shop: Shop) -> None:
    for item in shop.products:
        assert item.aliases, f"{item.id} has no aliases"
        assert item.colours, f"{item.id} has no colours"
        assert item.sizes, f"{item.id} has no sizes"
        assert item.size_chart, f"{item.id} has no size chart"
        assert {row.size for row in item.size_chart} <= set(item.sizes)
        assert set(item.stock) <= set(item.colours)
        assert item.price > 0


def test_example_product_ids_are_unique(shop: Shop) -> None:
    ids = [p.id for p in shop.products]
    assert len(ids) == len(set(ids))


def test_example_lookups(shop: Shop) -> None:
    floral = shop.product("dress-floral")
    assert floral is not None
    assert floral.name == "法式碎花长袖连衣裙"
    assert "碎花裙" in floral.aliases
    assert floral.stock["雾霾蓝"]["M"] == 0
    assert shop.product("no-such-thing") is None
    assert shop.product(None) is None


def test_numeric_jeans_sizes_are_read_as_text(shop: Shop) -> None:
    jeans = shop.product("jeans-straight")
    assert jeans is not None
    assert jeans.sizes[0] == "25"
    assert all(isinstance(s, str) for s in jeans.sizes)
    assert jeans.stock["浅蓝色"]["27"] == 30


@pytest.mark.parametrize(("sizes", "said", "found"), [
    (["50枚盒装", "100枚盒装"], "50", "50枚盒装"),  # a number said alone: the size it starts
    (["3.6米", "4.5米"], "3.6", "3.6米"),
    (["50ml", "500ml"], "50", "50ml"),  # (50 does not start 500ml)
    (["3XL", "4XL"], "3", None),  # one digit may count, not name a size
    (["50枚", "50枚x2"], "50", None),  # two it starts: neither
])
def test_a_number_said_alone_is_the_one_size_it_starts(sizes: list[str], said: str, found: str | None) -> None:
    product = Product.model_validate({"id": "p", "name": "商品", "price": 9, "colours": ["白色"], "sizes": sizes})
    assert product.find_size(said) == found


def test_example_shipping(shop: Shop) -> None:
    shipping = shop.shipping
    assert shipping.cutoff == dt.time(16, 0)
    assert shipping.default_courier == "中通"
    assert shipping.courier("顺丰") is not None
    assert shipping.courier("顺丰").surcharge == 12  # type: ignore[union-attr]
    assert shipping.courier("德邦") is None
    assert "sun" not in shipping.working_days
    assert dt.date(2027, 1, 1) in shipping.holidays


def test_active_promotion(shop: Shop) -> None:
    promotion = shop.promotion(dt.date(2026, 11, 27))
    assert promotion is not None
    assert promotion.name == "双十二预热"
    assert shop.promotion(dt.date(2026, 12, 20)) is None


def test_shop_is_frozen(shop: Shop) -> None:
    with pytest.raises(pydantic.ValidationError):
        shop.shop.name = "别的店"  # type: ignore[misc]


def test_round_trip_through_dump_is_still_valid() -> None:
    assert parse_shop(mutated(lambda d: None)) == load_shop()


def test_copy_on_disk_loads(tmp_path: Path) -> None:
    path = tmp_path / "my_shop.yaml"
    path.write_text(EXAMPLE_TEXT, encoding="utf-8")
    assert load_shop(path).shop.name == "拾柒衣橱"


# --- validation errors: one mistake, one clear message --------------------------------

_UNKNOWN = "不认识这个字段"
_MISSING = "缺少这个必填字段"


def _rename(mapping: dict[str, Any], old: str, new: str) -> None:
    mapping[new] = mapping.pop(old)


def _add_courier(d: dict[str, Any]) -> None:
    d["shipping"]["couriers"].append({"name": "闪送", "surcharge": 0})


CASES: list[tuple[str, Change, str, tuple[str, ...]]] = [
    # id, change, field path the problem names, words the message must contain
    ("top-level typo", lambda d: _rename(d, "settings", "setting"), "setting", (_UNKNOWN, "拼错")),
    ("nested typo in a product", lambda d: _rename(d["products"][0], "colours", "colour"),
     "products[0].colour", (_UNKNOWN,)),
    ("nested typo in a courier", lambda d: _rename(d["shipping"]["couriers"][0], "surcharge", "surchage"),
     "shipping.couriers[0].surchage", (_UNKNOWN,)),
    ("nested typo in a size chart row", lambda d: _rename(d["products"][2]["size_chart"][1], "height", "hieght"),
     "products[2].size_chart[1].hieght", (_UNKNOWN,)),
    ("missing shop name", lambda d: d["shop"].pop("name"), "shop.name", (_MISSING, "补上")),
    ("missing shipping section", lambda d: d.pop("shipping"), "shipping", (_MISSING,)),
    ("missing product colours", lambda d: d["products"][3].pop("colours"), "products[3].colours", (_MISSING,)),
    ("price is text", lambda d: d["products"][0].__setitem__("price", "很便宜"),
     "products[0].price", ("应该是数字", "很便宜")),
    ("flag is not a bool", lambda d: d["settings"].__setitem__("show_stock_counts", "看情况"),
     "settings.show_stock_counts", ("true 或 false", "看情况")),
    ("colours is not a list", lambda d: d["products"][0].__setitem__("colours", "黑色"),
     "products[0].colours", ("应该是列表", "黑色")),
    ("price must be positive", lambda d: d["products"][4].__setitem__("price", 0),
     "products[4].price", ("必须大于 0",)),
    ("negative stock", lambda d: product(d, "dress-knit")["stock"]["黑色"].__setitem__("M", -3),
     "products[1].stock.黑色.M", ("不能小于 0", "-3")),
    ("unknown platform", lambda d: d["shop"].__setitem__("platform", "amazon"),
     "shop.platform", ("taobao", "amazon")),
    ("bad product id", lambda d: d["products"][0].__setitem__("id", "碎花 裙"),
     "products[0].id", ("字母", "碎花 裙")),
    ("unknown weekday", lambda d: d["shipping"].__setitem__("working_days", ["monday"]),
     "shipping.working_days[0]", ("mon", "monday")),
    ("unknown courier", _add_courier, "shipping.couriers[5].name", ("不认识的快递", "闪送", "顺丰", "中通")),
    ("a courier by its full name", lambda d: d["shipping"]["couriers"][1].__setitem__("name", "京东物流"),
     "shipping.couriers[1].name", ("「京东物流」请写成「京东」",)),
    ("a province by its full name", lambda d: d["shipping"].__setitem__("remote_regions", ["新疆维吾尔自治区"]),
     "shipping.remote_regions", ("请写成「新疆」",)),
    ("a city for a province", lambda d: d["shipping"].__setitem__("ship_from", "杭州"),
     "shipping.ship_from", ("「杭州」在浙江", "请写「浙江」")),
    ("inverted height range",
     lambda d: d["products"][0]["size_chart"][0].__setitem__("height", [156, 150]),
     "products[0].size_chart[0].height", ("写反了", "156", "150")),
    ("inverted weight range",
     lambda d: d["products"][0]["size_chart"][2].__setitem__("weight", [122, 108]),
     "products[0].size_chart[2].weight", ("写反了", "体重")),
    ("unquoted cutoff read as minutes", lambda d: d["shipping"].__setitem__("cutoff", 960),
     "shipping.cutoff", ("引号", '"16:00"')),
    # facts a reply would state must be written down, never assumed
    ("free shipping rule not stated", lambda d: d["shipping"].pop("free_shipping_over"),
     "shipping.free_shipping_over", (_MISSING,)),
    ("invoice policy not stated", lambda d: d.pop("invoice"), "invoice", (_MISSING,)),
    ("free shipping by a count written as a sum", lambda d: d["shipping"].__setitem__("free_shipping_over", "3团"),
     "shipping.free_shipping_over", ("是件数", "free_shipping_items: 3", "null")),
    ("promotion of a misspelt product id", lambda d: d["promotions"][0].__setitem__("products", ["dress-flora"]),
     "promotions[0].products[0]", ("dress-flora", "是不是「dress-floral」")),
    ("promotion of a category no product has", lambda d: d["promotions"][0].__setitem__("categories", ["羽绒"]),
     "promotions[0].categories[0]", ("「羽绒」没有哪个商品是这个品类", "是不是「羽绒服」")),
    ("return rule of a category no product has",
     lambda d: d["returns"].__setitem__("categories", {"内衣": {"no_reason_days": 0}}),
     "returns.categories.内衣", ("没有哪个商品是这个品类", "T恤")),
    ("free shipping from one item", lambda d: d["shipping"].__setitem__("free_shipping_items", 1),
     "shipping.free_shipping_items", ("至少写 2", "free_shipping_over 写成 0")),
    ("free shipping by count beside free for all",
     lambda d: d["shipping"].update(free_shipping_over=0, free_shipping_items=3), "shipping",
     ("全部包邮", "满3件包邮", "删掉")),
    ("return days not stated", lambda d: d["returns"].pop("no_reason_days"), "returns.no_reason_days", (_MISSING,)),
    ("invoice without kinds", lambda d: d["invoice"].__setitem__("kinds", []), "invoice", ("发票种类",)),
    ("coupon without a threshold", lambda d: d["bargain"]["coupon"].__setitem__("min_spend", 0),
     "bargain.coupon.min_spend", ("必须大于 0",)),
    ("promotion ends before it starts",
     lambda d: d["promotions"][0].update(start="2026-12-12", end="2026-11-20"), "promotions[0]", ("早于",)),
    ("delivery days inverted", lambda d: d["shipping"]["delivery_days"].__setitem__("浙江", [5, 2]),
     "shipping.delivery_days", ("写反了", "浙江")),
    ("special-region courier unknown", lambda d: d["shipping"]["special_regions"].__setitem__("courier", "闪送"),
     "shipping.special_regions.courier", ("不认识的快递", "闪送")),
    # numbers, lengths and counts are bounded: nothing infinite, huge or endless is saved
    ("infinite price", lambda d: d["products"][0].__setitem__("price", float("inf")),
     "products[0].price", ("不能是无穷大",)),
    ("stock of 10^4000", lambda d: product(d, "dress-knit")["stock"]["黑色"].__setitem__("M", 10**4000),
     "products[1].stock.黑色.M", ("数太大了", "1000000000")),
    ("instalments of 10^12", lambda d: d["payment"].__setitem__("instalments", [3, 10**12]),
     "payment.instalments[1]", ("数太大了",)),
    ("a 100,000-character wording", lambda d: d.__setitem__("replies", {"thanks.thanks": ["好" * 100_000]}),
     "replies.thanks.thanks[0]", ("太长了", "500")),
    ("10,000 keyword rules",
     lambda d: d.__setitem__("keyword_rules", [{"keywords": [f"词{i}"], "reply": "好的"} for i in range(10_000)]),
     "keyword_rules", ("太多了", "1000")),
    # any shop: the new fields name their mistakes too
    ("a variant price for a size the product lacks",
     lambda d: d["products"][0].__setitem__("prices", {"XXL": 199}), "products[0]", ("prices", "XXL", "sizes")),
    ("a pair price of a colour the product lacks",
     lambda d: d["products"][0].__setitem__("prices", {"红色 M": 199}), "products[0]", ("红色 M", "空格或 /")),
    ("an alias for a colour the product lacks",
     lambda d: d["products"][0].__setitem__("variant_aliases", {"红色": ["大红"]}), "products[0]", ("红色",)),
    ("one size written twice", lambda d: d["products"][0].__setitem__("sizes", ["S", "M", "L", "XL", "XXL", "2XL"]),
     "products[0]", ("同一个尺码",)),
    ("an inverted foot range", lambda d: d["products"][0]["size_chart"][0].__setitem__("foot", [26, 25]),
     "products[0].size_chart[0].foot", ("脚长", "写反了")),
    ("a promotion for a product that does not exist",
     lambda d: d["promotions"][0].__setitem__("products", ["no-such-dress"]), "promotions[0].products[0]",
     ("no-such-dress",)),
    ("a no-delivery region misspelt", lambda d: d["shipping"].__setitem__("no_delivery_regions", ["西臧"]),
     "shipping.no_delivery_regions", ("西臧", "省级简称")),
    ("a product courier the shop does not use",
     lambda d: d["products"][0].__setitem__("couriers", ["德邦"]), "(整个文件)", ("德邦", "shipping.couriers")),
    ("a weekday cut-off without quotes", lambda d: d["shipping"].__setitem__("cutoffs", {"sat": 720}),
     "shipping.cutoffs", ("引号",)),
    ("a courier region misspelt", lambda d: d["shipping"]["couriers"][0].__setitem__("regions", ["广洲"]),
     "shipping.couriers[0].regions", ("广洲",)),
    ("bra bands that overlap", lambda d: d["products"][0].__setitem__("bra_chart", {
        "bands": {70: [68, 73], 75: [72, 77]}, "cups": {"A": 10}}), "products[0].bra_chart", ("重叠", "75", "70")),
    ("bra cups not growing", lambda d: d["products"][0].__setitem__("bra_chart", {
        "bands": {70: [68, 72]}, "cups": {"B": 12.5, "A": 10}}), "products[0].bra_chart", ("A 杯", "从小杯")),
    ("a bra chart none of whose sizes is sold", lambda d: d["products"][0].__setitem__("bra_chart", {
        "bands": {70: [68, 72]}, "cups": {"A": 10}}), "products[0]", ("70A", "sizes")),
    ("an example question of 1,000 characters",
     lambda d: d["matching"]["sizing"]["examples"].append("码" * 1000), "matching.sizing.examples[2]", ("太长了",)),
]


@pytest.mark.parametrize(
    ("line", "fragment"),
    [("  holidays: [2026-02-30]", "日期「2026-02-30」不存在"), ("  holidays: [2026-13-45]", "日期「2026-13-45」不存在"),
     ("  holidays: [2027-02-29]", "日期「2027-02-29」不存在"), ("  base_fee: " + "9" * 5000, "数字太长了(5000 位)")],
    ids=["30 February", "month 13", "29 February 2027", "5,000 digits"],
)
def test_a_date_that_does_not_exist_or_a_number_too_long_names_its_line(line: str, fragment: str) -> None:
    text = "shop: {name: 店}\nshipping:\n" + line + "\n"
    with pytest.raises(ShopFileError) as caught:
        parse_shop(text, "bad.yaml")
    message = str(caught.value)
    assert fragment in message and "第 3 行" in message
    assert not re.search(r"out of range|must be|Exceeds|limit", message)  # Chinese only, no English fragments


@pytest.mark.parametrize("cutoff", ["25:00", "16:61", "明天"])
def test_an_impossible_time_is_refused_in_chinese(cutoff: str) -> None:
    error = problems_of(lambda d: d["shipping"].__setitem__("cutoff", cutoff))
    [(field, message)] = error.problems
    assert field == "shipping.cutoff" and message.startswith("应该是时间,例如 16:00")


@pytest.mark.parametrize(("change", "field", "words"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_one_mistake_names_field_and_problem(change: Change, field: str, words: tuple[str, ...]) -> None:
    error = problems_of(change)
    fields = [f for f, _ in error.problems]
    assert field in fields, error.problems
    message = dict(error.problems)[field]
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"
    text = str(error)
    assert "bad_shop.yaml" in text
    assert message in text
    assert "需要修改" in text
    if field.startswith("products["):  # said as the owner finds it: 第 1 个商品「dress-floral」的 price
        assert "products[" not in text and "个商品「" in text


def test_typo_reports_both_unknown_and_missing_field() -> None:
    error = problems_of(lambda d: _rename(d["products"][0], "colours", "colour"))
    assert dict(error.problems) == {
        "products[0].colours": "缺少这个必填字段,请补上",
        "products[0].colour": "不认识这个字段,是不是拼错了?可能想写 colours,请改成正确的字段名或删掉",
    }
    assert f"有 {len(error.problems)} 处需要修改" in str(error)


@pytest.mark.parametrize(("change", "place", "message"), [
    # a name close to a field of that place is suggested
    (lambda d: d["bargain"].update(price_protection=7), "bargain.price_protection", "可能想写 price_protection_days"),
    # a number where text is wanted: quote it; the item counted from one, as the owner counts
    (lambda d: d["keyword_rules"][0]["keywords"].append(26000), "keyword_rules 第 1 项的 keywords 第 4 项",
     '请加上引号写成文字,例如 "26000"'),
    # a unit written with a number: only the number (not "do not quote it", which was not done)
    (lambda d: d["products"][0].update(price="169元/件"), "第 1 个商品「dress-floral」的 price",
     "只写数字,不要带单位或文字"),
    (lambda d: d["products"][0].update(price="169"), "第 1 个商品「dress-floral」的 price", "不要加引号"),
    # a discount in words: the share paid
    (lambda d: d["bargain"]["bulk"].update(rate="95折"), "bargain.bulk.rate", "打折写成小数,95折写 0.95"),
    (lambda d: d["bargain"]["bulk"].update(rate="8.5折"), "bargain.bulk.rate", "8.5折写 0.85"),
    # the same size written twice is not two spellings of one
    (lambda d: d["products"][0]["sizes"].append("M"), "第 1 个商品「dress-floral」", "「M」写了两次,请删掉一个"),
    (lambda d: d["products"][0]["colours"].append("黑色"), "第 1 个商品「dress-floral」", "「黑色」写了两次"),
    # a variant written another way than the product lists it: which one it is
    (lambda d: d["products"][0]["restock"][0].update(size="m码"), "第 1 个商品「dress-floral」",
     "是不是「M」?请照 sizes 里的写法写"),
])
def test_a_mistake_says_the_fix_for_what_was_written(change: Change, place: str, message: str) -> None:
    text = str(problems_of(change))
    assert f"  - {place}: " in text and message in text


def test_a_date_that_does_not_exist_is_a_value_to_mend_not_bad_yaml() -> None:
    text = EXAMPLE_SHOP.read_text("utf-8").replace("date: 2026-12-05", "date: 2026-12-32", 1)
    with pytest.raises(ShopFileError) as caught:
        parse_shop(text, "a.yaml")
    assert "不是有效的 YAML" not in str(caught.value)
    assert "有一处需要修改" in str(caught.value) and "日期「2026-12-32」不存在" in str(caught.value)


def test_several_mistakes_are_all_reported() -> None:
    def change(d: dict[str, Any]) -> None:
        d["shop"].pop("name")
        d["products"][0]["price"] = -5
        d["shipping"]["base_fee"] = "八块"

    error = problems_of(change)
    fields = [f for f, _ in error.problems]
    assert {"shop.name", "products[0].price", "shipping.base_fee"} <= set(fields)
    assert "有 3 处需要修改" in str(error)


def _problem_text(error: ShopValidationError) -> str:
    return "\n".join(f"{f}: {m}" for f, m in error.problems)


def test_stock_for_a_colour_the_product_lacks() -> None:
    error = problems_of(lambda d: d["products"][0]["stock"].__setitem__("红色", {"S": 1}))
    (field, message), = error.problems
    assert field.startswith("products[0]")
    assert "红色" in message and "库存" in message
    assert "colours" in message and "米白色" in message  # what it may be instead


def test_stock_for_a_size_the_product_lacks() -> None:
    error = problems_of(lambda d: d["products"][0]["stock"]["黑色"].__setitem__("XXL", 4))
    (field, message), = error.problems
    assert field.startswith("products[0]")
    assert "XXL" in message and "黑色" in message
    assert "sizes" in message and "S、M、L、XL" in message  # the sizes as an owner reads them, not a Python list


def test_restock_for_a_colour_the_product_lacks() -> None:
    error = problems_of(lambda d: d["products"][0]["restock"][0].__setitem__("colour", "紫色"))
    (field, message), = error.problems
    assert field.startswith("products[0]")
    assert "补货" in message and "紫色" in message


def test_size_chart_with_overlapping_ranges() -> None:
    error = problems_of(lambda d: d["products"][0]["size_chart"][1].__setitem__("height", [154, 161]))
    (field, message), = error.problems
    assert field.startswith("products[0]")
    assert "重叠" in message
    assert "S" in message and "M" in message and "154" in message
    assert "身高" in message


def test_size_chart_written_large_to_small() -> None:
    def change(d: dict[str, Any]) -> None:
        d["products"][0]["size_chart"].reverse()

    error = problems_of(change)
    assert "从小码写到大码" in _problem_text(error)


def test_size_chart_row_for_a_size_not_sold() -> None:
    def change(d: dict[str, Any]) -> None:
        d["products"][0]["size_chart"][3]["size"] = "XXXL"

    error = problems_of(change)
    assert "XXXL" in _problem_text(error)
    assert "尺码表" in _problem_text(error)


def test_default_courier_not_among_couriers() -> None:
    error = problems_of(lambda d: d["shipping"].__setitem__("default_courier", "申通"))
    (field, message), = error.problems
    assert field.startswith("shipping")
    assert "default_courier" in message and "申通" in message
    assert "中通" in message  # the couriers it could be


@pytest.mark.parametrize(
    ("change", "region"),
    [
        (lambda d: d["shipping"]["delivery_days"].__setitem__("火星", [1, 2]), "火星"),
        (lambda d: d["shipping"].__setitem__("remote_regions", ["新疆", "西伯利亚"]), "西伯利亚"),
    ],
    ids=["delivery_days", "remote_regions"],
)
def test_unknown_region(change: Change, region: str) -> None:
    error = problems_of(change)
    (field, message), = error.problems
    assert field.startswith("shipping")
    assert f"不认识的地区「{region}」" in message
    assert "省级简称" in message and "浙江" in message  # how to write it instead


def test_unquoted_cutoff_in_the_real_text_is_the_time_written() -> None:
    text = EXAMPLE_TEXT.replace('cutoff: "16:00"', "cutoff: 16:00")
    assert text != EXAMPLE_TEXT
    assert parse_shop(text, "shop.yaml").shipping.cutoff == dt.time(16, 0)  # not 960, YAML 1.1's base 60


def test_a_ratio_written_unquoted_is_the_text_written() -> None:
    text = EXAMPLE_TEXT.replace("    fit: regular\n", "    fit: regular\n    attributes: {纯废水比: 3:1}\n", 1)
    assert text != EXAMPLE_TEXT
    assert parse_shop(text, "shop.yaml").products[0].attributes == {"纯废水比": "3:1"}  # not 181


def test_duplicate_product_id_points_at_products() -> None:
    def change(d: dict[str, Any]) -> None:
        twin = dict(d["products"][0])
        d["products"].append(twin)

    error = problems_of(change)
    (field, message), = error.problems
    assert "dress-floral" in message and "重复" in message
    # where to look: the products list, not "the whole file"
    assert field.startswith("products"), field


def test_suggest_threshold_above_auto_threshold() -> None:
    error = problems_of(lambda d: d["settings"].update(suggest_threshold=0.8, auto_threshold=0.6))
    (field, message), = error.problems
    assert field == "settings"
    assert "suggest_threshold" in message and "auto_threshold" in message
    assert "0.8" in message and "0.6" in message


def test_threshold_out_of_range() -> None:
    error = problems_of(lambda d: d["settings"].__setitem__("auto_threshold", 1.5))
    assert dict(error.problems)["settings.auto_threshold"].startswith("不能大于 1")


def test_empty_working_days() -> None:
    error = problems_of(lambda d: d["shipping"].__setitem__("working_days", []))
    (field, message), = error.problems
    assert field.startswith("shipping")
    assert "working_days" in message and "不能为空" in message
    assert "mon" in message  # an example of what to write


def test_validation_error_keeps_pydantic_cause_and_hierarchy() -> None:
    error = problems_of(lambda d: d["shop"].pop("name"), source="x.yaml")
    assert isinstance(error, ShopError) and isinstance(error, XiaoerError)
    assert isinstance(error.__cause__, pydantic.ValidationError)
    assert error.path == "x.yaml"


# --- file-level errors -----------------------------------------------------------------


def test_yaml_syntax_error_names_the_line() -> None:
    text = "shop:\n  name: 小店\nshipping:\n  ship_from: 浙江\n  default_courier: 中通: 顺丰\n"
    with pytest.raises(ShopFileError) as info:
        parse_shop(text, "broken.yaml")
    message = str(info.value)
    assert "broken.yaml" in message
    assert "第 5 行" in message
    assert "YAML" in message
    assert "引号" in message  # the fix for a colon inside text
    assert isinstance(info.value.__cause__, yaml.YAMLError)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("shop:\n\tname: 小店\n", "Tab"),  # a tab for indenting
        ("shop:\n  name: [小店\n", "右括号 ]"),  # a list left open
        ("shop:\n  name: 小店\n   agent: 小二\n", "对不齐"),  # indented deeper than its neighbours
    ],
)
def test_the_usual_yaml_slips_are_said_in_chinese(text: str, said: str) -> None:
    with pytest.raises(ShopFileError) as info:
        parse_shop(text, "broken.yaml")
    message = str(info.value)
    assert said in message and "第 " in message
    assert not re.search(r"[A-Za-z]{4,}", message.replace("broken.yaml", "").replace("YAML", ""))  # no English


def test_a_comma_inside_braces_is_hinted_at_when_text_reads_as_a_field() -> None:
    data = yaml.safe_load(EXAMPLE_TEXT)
    data["returns"]["categories"] = yaml.safe_load("{T恤: {no_reason_days: 0, note: 贴身衣物拆封不退, 质量问题除外。}}")
    with pytest.raises(ShopValidationError) as info:
        validate_shop(data, "shop.yaml")
    assert "引号" in str(info.value)


def test_yaml_syntax_error_in_a_file_names_the_line(tmp_path: Path) -> None:
    lines = EXAMPLE_TEXT.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("  agent_nickname:"))
    lines[index] = "  agent_nickname: [小柒"
    path = tmp_path / "shop.yaml"
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(ShopFileError) as info:
        load_shop(path)
    message = str(info.value)
    assert str(path) in message
    assert "行" in message and "列" in message


@pytest.mark.parametrize(("text", "kind"),
                         [("- shop\n- shipping\n", "list"), ("就一句话\n", "str"), ("", "现在是空的")])
def test_top_level_must_be_a_mapping(text: str, kind: str) -> None:
    with pytest.raises(ShopFileError) as info:
        parse_shop(text, "odd.yaml")
    message = str(info.value)
    assert "odd.yaml" in message
    assert "最外层" in message and "shop:" in message
    assert kind in message


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "shop.yaml"
    with pytest.raises(ShopFileError) as info:
        load_shop(path)
    assert "找不到" in str(info.value)
    assert str(path) in str(info.value)
    assert isinstance(info.value.__cause__, FileNotFoundError)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(ShopFileError) as info:
        load_shop(tmp_path)
    assert str(tmp_path) in str(info.value)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "gbk_shop.yaml"
    path.write_bytes(EXAMPLE_TEXT.encode("gbk", errors="replace"))
    with pytest.raises(ShopFileError) as info:
        load_shop(path)
    message = str(info.value)
    assert "UTF-8" in message
    assert str(path) in message
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


def test_file_errors_are_shop_errors(tmp_path: Path) -> None:
    with pytest.raises(ShopError):
        load_shop(tmp_path / "missing.yaml")
    assert not issubclass(ShopFileError, ShopValidationError)


def test_a_name_written_as_a_number_with_a_leading_zero_is_kept_as_written() -> None:
    """色号 01, 02 written bare in a list: 「01」, not 1 (nor 010 as the octal 8)."""
    lines = EXAMPLE_TEXT.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("    colours:"))
    indent = lines[index][:len(lines[index]) - len(lines[index].lstrip())]
    product = parse_shop("\n".join(lines), "example.yaml").products[0]
    lines[index] = f"{indent}colours: [{', '.join(product.colours)}]"
    lines.insert(index + 1, f"{indent}variant_aliases: {{{product.colours[0]}: [01, 010]}}")
    shop = parse_shop("\n".join(lines), "zeros.yaml")
    assert shop.products[0].variant_aliases[product.colours[0]] == ["01", "010"]
    assert shop.products[0].price == product.price  # (other numbers as before)


def test_key_written_twice_names_the_key_and_line() -> None:
    lines = EXAMPLE_TEXT.splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("  agent_nickname:"))
    lines.insert(index + 1, "  name: 另一个店名")
    with pytest.raises(ShopFileError) as info:
        parse_shop("\n".join(lines), "twice.yaml")
    message = str(info.value)
    assert "twice.yaml" in message
    assert f"第 {index + 2} 行" in message
    assert "「name」" in message and "两次" in message


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda d: d["settings"].__setitem__("auto_threshold", True), "settings.auto_threshold"),
        (lambda d: d["products"][0]["stock"]["黑色"].__setitem__("M", "3"), "products[0].stock.黑色.M"),
        (lambda d: d["products"][0].__setitem__("price", "169"), "products[0].price"),
        (lambda d: d["shipping"].__setitem__("base_fee", False), "shipping.base_fee"),
    ],
    ids=["true threshold", "quoted stock", "quoted price", "false fee"],
)
def test_true_false_or_a_quoted_number_is_not_taken_for_a_number(change: Change, field: str) -> None:
    error = problems_of(change)
    assert dict(zip([f for f, _ in error.problems], error.codes, strict=True))[field] == "wrong_type"
    assert "应该是数字" in dict(error.problems)[field]


@pytest.mark.parametrize("text", ["{[1]: x}", "? {a: 1}\n: x\n", "shop:\n  ? [name]\n  : 店\n"],
                         ids=["list key", "table key", "nested list key"])
def test_a_list_or_table_as_a_key_is_refused_not_a_crash(text: str) -> None:
    """Found by benchmarks/fuzz.py: PyYAML builds such keys, and they cannot be a table's keys."""
    with pytest.raises(ShopFileError, match="键只能是文字或数字"):
        parse_shop(text, "fuzzed.yaml")


# --- the platform's item ids -------------------------------------------------------------


def _with_item_ids(floral: list[Any], jeans: list[Any] | None = None) -> Change:
    def change(data: dict[str, Any]) -> None:
        product(data, "dress-floral")["item_ids"] = floral
        if jeans is not None:
            product(data, "jeans-straight")["item_ids"] = jeans
    return change


def test_a_product_is_found_by_the_platforms_item_id_written_as_a_number() -> None:
    shop = parse_shop(mutated(_with_item_ids([612345678901, "JD100012"])), "shop.yaml")
    floral = shop.product("dress-floral")
    assert floral is not None and floral.item_ids == ["612345678901", "JD100012"]
    assert shop.product("612345678901") is floral and shop.product("JD100012") is floral
    assert shop.product("612345678902") is None


@pytest.mark.parametrize(
    ("change", "names"),
    [(_with_item_ids(["612345678901"], ["612345678901"]), ["612345678901", "法式碎花长袖连衣裙", "直筒牛仔裤"]),
     (_with_item_ids(["jeans-straight"]), ["jeans-straight", "法式碎花长袖连衣裙"])],
    ids=["two products", "another product's id"],
)
def test_an_item_id_names_one_product_only(change: Change, names: list[str]) -> None:
    text = _problem_text(problems_of(change))
    assert "一个 ID 只能对应一个商品" in text
    for name in names:
        assert name in text


def test_a_price_of_one_colour_in_one_size_is_that_variants(shop: Shop) -> None:
    dress = shop.product("dress-floral")
    assert dress is not None
    colour, size = dress.colours[0], dress.sizes[-1]
    prices = {size: 189, f"{colour} {size}": 199, f"{colour}/{dress.sizes[0]}": 179}
    paired = dress.model_copy(update={"prices": prices})
    assert paired.price_of(colour, size) == 199  # the pair's own, before the size's
    assert paired.price_of(dress.colours[1], size) == 189  # another colour in that size: the size's
    assert paired.price_of(colour, dress.sizes[0]) == 179  # joined with a slash
    assert paired.priced_in_pairs and not dress.priced_in_pairs
    assert paired.price_range() == (min(179, dress.price), max(199, dress.price))


def test_a_colour_priced_alike_in_each_size_has_that_price(shop: Shop) -> None:
    """银色钢带 priced 199 in 20mm and in 22mm: 钢带 alone costs 199, not the base price."""
    product = shop.product("dress-floral")
    assert product is not None
    strap = product.model_copy(update={"price": 99, "colours": ["黑色", "银色"], "sizes": ["20mm", "22mm"],
                                       "prices": {"银色 20mm": 199, "银色 22mm": 199, "黑色 22mm": 129}})
    assert strap.price_of("银色") == 199
    assert strap.price_of("黑色") == 99  # 99 in 20mm, 129 in 22mm: which, the size says


@pytest.mark.parametrize(("said", "offer", "out"), [
    ("清仓款不参加88VIP折扣、店铺满减和店铺券", "88VIP专享", True),  # 88VIP of 88VIP折扣
    ("清仓款不参加88VIP折扣、店铺满减和店铺券", "双12店铺满减", True),
    ("清仓款不参加88VIP折扣、店铺满减和店铺券", "店铺券", True),
    ("清仓款不参加88VIP折扣、店铺满减和店铺券", "天猫跨店满减", False),  # not named: it takes part
    ("特价款不能用优惠券", "店铺券", True),
    ("不参加任何活动", "双十二预热", True),  # every one of them
    ("面料柔软,不起球", "双十二预热", False),
])
def test_a_product_opts_out_of_the_offers_its_own_text_names(said: str, offer: str, out: bool) -> None:
    product = Product(id="jacket", name="清仓棉服", price=199, colours=["黑色"], sizes=["L"], attributes={"活动": said})
    assert product.opts_out(offer) is out


def test_a_promotion_and_the_coupon_leave_out_a_product_that_opts_out(shop: Shop) -> None:
    dress = shop.product("dress-floral")
    assert dress is not None
    clearance = dress.model_copy(update={"selling_points": "清仓款,不参加双十二预热,不能用店铺券。"})
    today = dt.date(2026, 12, 3)
    assert [p.name for p in shop.promotions_on(today, dress)] == ["双十二预热"]
    assert shop.promotions_on(today, clearance) == [] and shop.coupon_for(clearance) is None
    assert shop.coupon_for(dress) == shop.bargain.coupon


@pytest.mark.parametrize(("said", "sizes"), [
    ("1.8的", ["1.8m床单款", "1.8m床笠款"]),
    ("2米的", ["2.0m床单款"]),  # 2米 is 2.0m
    ("1米5", ["1.5m床单款"]),
    ("1.5m", ["1.5m床单款"]),
    ("2", []),  # a bare number says no width
    ("1.2的", []),
])
def test_a_width_said_the_buyers_way_finds_the_sizes_that_begin_with_it(said: str, sizes: list[str]) -> None:
    sheet = Product(id="sheet", name="四件套", price=299, colours=["奶白"],
                    sizes=["1.5m床单款", "1.8m床单款", "1.8m床笠款", "2.0m床单款"])
    assert sheet.sizes_starting(said) == sizes
    assert sheet.find_size(said) == (sizes[0] if len(sizes) == 1 else None)


@pytest.mark.parametrize(("said", "size"), [("3万的", "30000mAh"), ("2w的", "20000mAh"), ("500的", None),
                                            ("3万", None)])  # (without 的: a sum of money as likely)
def test_a_size_said_by_its_number_and_de_without_its_unit_is_found(said: str, size: str | None) -> None:
    bank = Product(id="bank", name="充电宝", price=99, colours=["白色"], sizes=["20000mAh", "30000mAh"],
                   variant_aliases={"20000mAh": ["2w毫安"], "30000mAh": ["3万毫安"]})
    assert bank.find_size(said) == size


@pytest.mark.parametrize(("said", "size"), [("尼康z口", "尼康Z"), ("索尼e口", "索尼E"), ("尼康e口", None)])
def test_a_size_said_by_two_of_its_names_together_is_that_size(said: str, size: str | None) -> None:
    lens = Product(id="lens", name="28-75镜头", price=4999, colours=["全新"], sizes=["索尼E", "尼康Z"],
                   variant_aliases={"索尼E": ["索尼", "e口"], "尼康Z": ["尼康", "z口"]})
    assert lens.find_size(said) == size


@pytest.mark.parametrize(("colours", "said", "colour"), [
    (["日蚀灰", "魔幻青"], "青色", "魔幻青"),  # a shade named for the plain colour it ends with
    (["日蚀灰", "魔幻青"], "灰", "日蚀灰"),
    (["雾霾蓝色", "奶白色"], "蓝色", "雾霾蓝色"),
    (["天空蓝", "海军蓝", "白色"], "蓝色", None),  # two shades of it: which one, the buyer says
    (["日蚀灰", "魔幻青"], "红色", None),
])
def test_a_plain_colour_said_is_the_one_shade_of_it(colours: list[str], said: str, colour: str | None) -> None:
    laptop = Product(id="laptop", name="游戏本", price=8999, colours=colours, sizes=["16G+1T"])
    assert laptop.find_colour(said) == colour


@pytest.mark.parametrize(("said", "size"), [("100个", "100个装"), ("50个", "50个装"), ("100个装", "100个装"),
                                            ("200个", None)])
def test_a_pack_said_without_its_zhuang_is_that_pack(said: str, size: str | None) -> None:
    balloons = Product(id="balloons", name="气球", price=19.9, colours=["大红"], sizes=["50个装", "100个装"])
    assert balloons.find_size(said) == size


@pytest.mark.parametrize(("aliases", "covered"), [(["清仓凉鞋"], False), (["凉鞋"], True)])
def test_a_promotion_whose_terms_leave_a_product_out_by_name_does_not_cover_it(aliases: list[str],
                                                                                covered: bool) -> None:
    """「全店任选2双及以上打95折;清仓凉鞋不参加」 of sandals also called 清仓凉鞋: not theirs to offer."""
    sandals = Product(id="sandals", name="儿童包头凉鞋", aliases=aliases, price=59, colours=["粉色"], sizes=["26"])
    deal = Promotion(name="满2双95折", description="全店任选2双及以上打95折;清仓凉鞋不参加")
    assert deal.covers(sandals) is covered
