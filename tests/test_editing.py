"""botcore/shop/editing.py: a shop as edits see it (its data, defaults left out), whole sections
replaced by `patch`, every edit validated as a shop file is (`build`), what changed
(`changed_paths`, `summarise`) and the YAML that export gives and import reads. Templates
and rules are checked one floor up: tests/test_drafts.py."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from botcore.errors import EditRejected
from botcore.shop.editing import SECTIONS, build, canonical, changed_paths, from_yaml, patch, summarise, to_yaml
from botcore.shop.shopfile import load_shop, parse_shop

Data = dict[str, Any]


@pytest.fixture(scope="module")
def data() -> Data:
    """The example shop as data."""
    return canonical(load_shop())


def product(data: Data, product_id: str) -> Data:
    return next(p for p in data["products"] if p["id"] == product_id)


# --------------------------------------------------------------------------- canonical data and YAML


def test_canonical_data_leaves_out_what_is_at_its_default(data: Data) -> None:
    assert "settings" not in data  # thresholds 0.7 / 0.4, no stock counts, low stock at 5: all defaults
    assert "cutoff" not in data["shipping"] and "working_days" not in data["shipping"]  # 16:00, mon-sat
    assert "fit" not in product(data, "dress-floral")  # regular
    assert product(data, "dress-knit")["fit"] == "small"
    assert data["shipping"]["couriers"][:2] == [{"name": "中通"}, {"name": "圆通"}]  # surcharge 0 left out
    assert data["shop"] == {"name": "拾柒衣橱", "agent_nickname": "小柒", "authenticity": data["shop"]["authenticity"]}


def test_yaml_of_the_shop_loads_back_to_the_same_data_and_text(data: Data) -> None:
    text = to_yaml(data)
    draft = from_yaml(text)
    assert draft.data == data
    assert draft.text == text
    assert canonical(parse_shop(text, "exported.yaml")) == data
    assert build(data).text == text


def test_yaml_keeps_what_yaml_would_otherwise_change(data: Data) -> None:
    text = to_yaml(data)
    assert "  - '25'\n" in text  # jeans sizes stay text, not numbers
    assert "    '0.9':\n" in text  # a keyword weight is a key
    assert "  start: '2026-11-20'\n" in text  # dates as dates
    assert product(from_yaml(text).data, "jeans-straight")["sizes"][0] == "25"


@pytest.mark.parametrize(
    "changes",
    [
        {"replies": {"stock.sold_out": ["亲,{variant}卖完了: 还有{alternatives}", "满{{99}}包邮"]}},
        {"shipping": {"ship_from": "广东", "default_courier": "顺丰", "couriers": [{"name": "顺丰", "surcharge": 0.5}],
                      "free_shipping_over": None, "cutoff": "09:05", "holidays": ["2026-12-31"]}},
        {"matching": {"stock": {"keywords": {"0.85": ["还能拍吗"], "1": ["有货没"]}, "examples": ["yes: 有吗"]}}},
        {"keyword_rules": [{"keywords": ["#刻字", "- 定制"], "reply": "'不接'定制", "match": "all"}]},
        {"promotions": [{"name": "年货节", "description": "全场 8 折: 不叠加", "start": "2027-01-10"}]},
    ],
    ids=["braces and colons", "shipping", "keyword weights", "yaml characters", "promotion"],
)
def test_an_edited_shop_round_trips_through_yaml(data: Data, changes: Data) -> None:
    draft = build(patch(data, changes))
    again = from_yaml(draft.text)
    assert again.data == draft.data
    assert again.text == draft.text
    assert from_yaml(again.text).text == draft.text


def test_build_returns_the_shop_with_the_edit_and_its_text_made_once(data: Data) -> None:
    draft = build(patch(data, {"replies": {"thanks.thanks": ["不客气,{agent}随时在"]}}))
    assert draft.shop.replies == {"thanks.thanks": ["不客气,{agent}随时在"]}
    assert draft.data["replies"] == {"thanks.thanks": ["不客气,{agent}随时在"]}
    assert draft.text is draft.text  # dumped once, not on every read
    assert from_yaml(draft.text).data == draft.data


# --------------------------------------------------------------------------- patch


def test_patch_replaces_whole_sections_and_leaves_its_input_alone(data: Data) -> None:
    before = copy.deepcopy(data)
    bargain = {"negotiable": False}
    out = patch(data, {"bargain": bargain})
    assert out["bargain"] == {"negotiable": False}  # the gift, coupon and bulk deal went with the section
    assert data == before
    bargain["negotiable"] = True
    out["products"][0]["name"] = "改掉"
    assert out["bargain"] == {"negotiable": False}
    assert data == before


def test_patch_with_none_takes_a_section_back_to_its_default(data: Data) -> None:
    out = patch(data, {"keyword_rules": None, "settings": None})
    assert "keyword_rules" not in out and "settings" not in out
    assert build(out).shop.keyword_rules == []


def test_patch_rejects_every_unknown_section(data: Data) -> None:
    with pytest.raises(EditRejected) as caught:
        patch(data, {"nonsense": 1, "shipping": {}, "colours": []})
    assert [(field, code) for field, code, _ in caught.value.problems] == [("nonsense", "unknown_field"),
                                                                             ("colours", "unknown_field")]
    assert "没有「nonsense」这一部分;可以改的有: shop, settings, autoreply" in str(caught.value)


def test_the_sections_an_edit_may_replace_are_the_shop_files_top_level(data: Data) -> None:
    assert set(data) <= set(SECTIONS)
    assert SECTIONS["replies"] == "话术" and SECTIONS["matching"] == "例句和关键词"


# --------------------------------------------------------------------------- build rejects with every problem


@pytest.mark.parametrize(
    ("changes", "problems"),
    [
        ({"returns": {"no_reason_days": -1, "shipping_insurance": "maybe"}},
         [("returns.no_reason_days", "out_of_range"), ("returns.shipping_insurance", "wrong_type")]),
        ({"shop": {"name": "拾柒衣橱", "colour": "红"}}, [("shop.colour", "unknown_field")]),
        ({"settings": {"auto_threshold": 1.5}}, [("settings.auto_threshold", "out_of_range")]),
    ],
    ids=["two problems", "unknown field", "threshold"],
)
def test_build_rejects_an_edit_with_every_problem_and_its_code(data: Data, changes: Data,
                                                               problems: list[tuple[str, str]]) -> None:
    with pytest.raises(EditRejected) as caught:
        build(patch(data, changes), "这次修改")
    assert [(field, code) for field, code, _ in caught.value.problems] == problems
    assert all(message for _, _, message in caught.value.problems)


@pytest.mark.parametrize(
    ("text", "field", "code"),
    [("shop: [unclosed\n", "(整个文件)", "invalid_yaml"),
     ("shop: {name: a}\nshop: {name: b}\n", "(整个文件)", "invalid_yaml"),  # a key twice
     ("42\n", "(整个文件)", "invalid_yaml"),
     ("shop: {name: 新店}\n", "shipping", "missing_field")],
)
def test_from_yaml_rejects_a_broken_file(text: str, field: str, code: str) -> None:
    with pytest.raises(EditRejected) as caught:
        from_yaml(text)
    assert caught.value.problems[0][:2] == (field, code)


# --------------------------------------------------------------------------- what changed


def _restock(data: Data) -> Data:
    products = copy.deepcopy(data["products"])
    products[0]["stock"]["黑色"]["M"] = 0
    return {"products": products}


def _reordered(data: Data) -> Data:
    return {"products": [*data["products"][1:], data["products"][0]]}


CHANGES: list[Any] = [
    pytest.param(lambda data: {"replies": {"sizing.recommend": ["推荐{size}"]}}, ["replies.sizing.recommend"],
                 id="a reply"),
    pytest.param(_restock, ["products.dress-floral"], id="a product's stock"),
    pytest.param(lambda data: {"products": [*data["products"], {**data["products"][0], "id": "dress-2"}]},
                 ["products.dress-2"], id="a product added"),
    pytest.param(lambda data: {"products": [p for p in data["products"] if p["id"] != "tee-basic"]},
                 ["products.tee-basic"], id="a product removed"),
    pytest.param(_reordered, ["products.(顺序)"], id="products reordered"),
    pytest.param(lambda data: {"shipping": {**data["shipping"], "cutoff": "17:00", "base_fee": 10}},
                 ["shipping.base_fee", "shipping.cutoff"], id="two shipping fields"),
    pytest.param(lambda data: {"promotions": data["promotions"][:1]}, ["promotions"], id="a list section"),
    pytest.param(lambda data: {"keyword_rules": None}, ["keyword_rules"], id="a section removed"),
    pytest.param(lambda data: {"settings": {"show_stock_counts": True}}, ["settings.show_stock_counts"],
                 id="a section added"),
    pytest.param(lambda data: {"bargain": data["bargain"]}, [], id="nothing"),
]


@pytest.mark.parametrize(("change", "paths"), CHANGES)
def test_changed_paths_name_what_an_edit_changed(data: Data, change: Callable[[Data], Data], paths: list[str]) -> None:
    assert changed_paths(data, patch(data, change(data))) == paths


@pytest.mark.parametrize(
    ("paths", "summary"),
    [
        ([], "没有改动"),
        (["replies.sizing.recommend", "products.dress-floral"], "改了 话术 sizing.recommend、商品 dress-floral"),
        (["keyword_rules"], "改了 关键词回复"),
        (["products.(顺序)"], "改了 商品 (顺序)"),
        (["shipping.cutoff", "shipping.base_fee", "bargain.gift", "promotions", "replies.thanks.thanks",
          "quick_phrases"], "改了 发货与运费 cutoff、发货与运费 base_fee、议价 gift、活动 等 6 处"),
    ],
)
def test_summarise_says_what_changed_in_a_short_line(paths: list[str], summary: str) -> None:
    assert summarise(paths) == summary
