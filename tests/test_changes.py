"""Changes in words (admin/changes.py): what an edit of the example shop changed, said as a
shop owner would say it (a price, the free-shipping threshold, a wording, a product added
or removed, a stock count, a keyword reply, a setting back to its default, a field with no
name); every field of the shop model has a Chinese name; and through the admin API on a
real SQLite file, a save without a summary is summarised in these words and ``GET /diff``
gives them."""

from __future__ import annotations

import copy
import typing
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from servers import EXAMPLE_SHOP, SECRET, Clock, shop_time
from support import ADMIN_TOKEN, AdminClient

from admin.cases import case_labels
from admin.changes import LIMIT, describe, revision_words, shop_words
from admin.fields import field_names
from botcore.shop import Shop
from botcore.shop.editing import Draft, build, from_yaml
from server import create_app
from serving.settings import ServerSettings

Data = dict[str, Any]


@pytest.fixture(scope="module")
def example() -> Draft:
    return from_yaml(EXAMPLE_SHOP.read_text("utf-8"))


def words(example: Draft, edit: Callable[[Data], object]) -> list[str]:
    """What ``edit`` (in place, on a copy of the example's data) changes, in words."""
    data = copy.deepcopy(example.data)
    edit(data)
    return shop_words(example, build(data))


def dress(data: Data) -> Data:
    return next(p for p in data["products"] if p["id"] == "dress-floral")


GREETING = f"「{case_labels().title('greeting')}」"
WELCOME = case_labels().case("greeting", "welcome")


EDITS: list[tuple[str, Callable[[Data], object], list[str]]] = [
    ("price", lambda d: dress(d).update(price=119), ["把「法式碎花长袖连衣裙」的价格从 169 改成 119"]),
    ("free shipping", lambda d: d["shipping"].update(free_shipping_over=199), ["把满99包邮改成满199包邮"]),
    ("free shipping always", lambda d: d["shipping"].update(free_shipping_over=0), ["把满99包邮改成全场包邮"]),
    ("never free shipping", lambda d: d["shipping"].update(free_shipping_over=None), ["把满99包邮改成不包邮"]),
    ("free shipping by count", lambda d: d["shipping"].update(free_shipping_items=3), ["把不按件数包邮改成满3件包邮"]),
    ("stock", lambda d: dress(d)["stock"]["米白色"].update(S=0), ["库存:法式碎花长袖连衣裙 米白色 S 从 18 改成 0"]),
    ("a product added",
     lambda d: d["products"].append({"id": "scarf-wool", "name": "羊绒围巾", "price": 129, "colours": ["灰色"],
                                     "sizes": ["均码"]}),
     ["加了商品「羊绒围巾」"]),
    ("a product removed", lambda d: d.update(products=[p for p in d["products"] if p["id"] != "dress-knit"]),
     ["删了商品「修身针织长袖连衣裙」"]),
    ("a product renamed", lambda d: dress(d).update(name="碎花连衣裙"),
     ["把「碎花连衣裙」的商品名从「法式碎花长袖连衣裙」改成「碎花连衣裙」"]),
    ("the fit", lambda d: dress(d).update(fit="small"), ["把「法式碎花长袖连衣裙」的版型从 标准 改成 偏小"]),
    ("an attribute", lambda d: dress(d).update(attributes={"领型": "V领"}),
     ["把「法式碎花长袖连衣裙」的属性「领型」设成「V领」"]),
    ("a size chart range", lambda d: dress(d)["size_chart"][0].update(height=[148, 156]),
     ["把「法式碎花长袖连衣裙」的尺码表「S」的身高范围从 150-156 改成 148-156"]),
    ("wordings written", lambda d: d.update(replies={"greeting.welcome": ["你好呀", "欢迎光临"]}),
     [f"给{GREETING}写了 2 条自己的说法:{WELCOME}"]),
    ("a keyword rule added",
     lambda d: d["keyword_rules"].append({"keywords": ["驿站", "快递柜"], "reply": "可以放驿站哦"}),
     ["加了关键词回复「驿站、快递柜」"]),
    ("a keyword rule removed", lambda d: d.update(keyword_rules=[]), ["删了关键词回复「定制、刻字、改尺寸」"]),
    ("a keyword rule's reply", lambda d: d["keyword_rules"][0].update(reply="不接定制哦"),
     ["改了关键词回复「定制、刻字、改尺寸」"]),
    ("phrases added", lambda d: d["quick_phrases"].extend({"title": f"短语{n}", "text": f"内容{n}"} for n in range(12)),
     ["加了 12 条快捷短语"]),
    ("a threshold", lambda d: d.update(settings={"auto_threshold": 0.95}), ["把自动回复的把握门槛从 0.8 改成 0.95"]),
    ("a working day", lambda d: d["shipping"].update(working_days=["mon", "tue", "wed", "thu", "fri"]),
     ["发货日去掉了 周六"]),
    ("a region's days", lambda d: d["shipping"]["delivery_days"].update(新疆=[6, 9]),
     ["把到货天数「新疆」从 5-8 改成 6-9"]),
    ("a category's bargaining", lambda d: d["bargain"].update(categories={"卫衣": {"negotiable": False}}),
     ["把类目议价「卫衣」的可以议价设成 否"]),
    ("a promotion's end", lambda d: d["promotions"][0].update(end="2026-12-31"),
     ["把活动「双十二预热」的结束日期从 2026-12-12 改成 2026-12-31"]),
    ("an example question", lambda d: d["matching"]["sizing"]["examples"].append("我这样的穿啥"),
     [f"给「{case_labels().title('sizing')}」加了 1 个例句"]),
]


@pytest.mark.parametrize(("edit", "said"), [e[1:] for e in EDITS], ids=[e[0] for e in EDITS])
def test_an_edit_is_said_in_words(example: Draft, edit: Callable[[Data], object], said: list[str]) -> None:
    assert words(example, edit) == said


def test_changed_wordings_are_counted_and_a_default_put_back_says_what_it_was(example: Draft) -> None:
    mine = build({**example.data, "replies": {"greeting.welcome": ["你好呀", "欢迎光临", "在的"]},
                  "settings": {"auto_threshold": 0.95}})
    edited = build({**mine.data, "replies": {"greeting.welcome": ["你好呀!", "欢迎光临!", "在的"]}})
    assert shop_words(mine, edited) == [f"改了 2 条{GREETING}的说法:{WELCOME}"]
    fewer = build({**mine.data, "replies": {"greeting.welcome": ["在的"]}})
    assert shop_words(mine, fewer) == [f"删了 2 条{GREETING}的说法:{WELCOME}"]
    back = build({key: value for key, value in mine.data.items() if key not in ("replies", "settings")})
    assert shop_words(mine, back) == ["把自动回复的把握门槛从 0.95 改成 0.8",  # 0.8: the default, said as it is
                                      f"{GREETING}的说法恢复成默认:{WELCOME}"]


def test_many_stock_counts_of_one_product_are_one_line(example: Draft) -> None:
    def sold_out(data: Data) -> None:
        dress(data)["stock"] = {colour: dict.fromkeys(sizes, 0) for colour, sizes in dress(data)["stock"].items()}
    counts = [n for sizes in dress(example.data)["stock"].values() for n in sizes.values()]
    assert words(example, sold_out) == [f"库存:法式碎花长袖连衣裙 改了 {sum(n > 0 for n in counts)} 个颜色尺码的数量"]
    assert sum(n > 0 for n in counts) == 11


def test_the_list_is_capped_and_the_rest_counted(example: Draft) -> None:
    def prices(data: Data) -> None:
        for product in data["products"]:
            product["price"] += 1
        data["shipping"]["free_shipping_over"] = 199
    data = copy.deepcopy(example.data)
    prices(data)
    said = shop_words(example, build(data), limit=5)
    assert said[0] == "把「法式碎花长袖连衣裙」的价格从 169 改成 170"
    assert said[5:] == [f"还有 {len(example.data['products']) + 1 - 5} 处改动"]
    assert len(shop_words(example, build(data))) == min(len(example.data["products"]) + 1, LIMIT + 1)
    assert describe(example.data, example.data) == []


def test_a_field_without_a_name_is_said_by_its_path() -> None:
    old = {"shop": {"name": "拾柒衣橱", "slogan": "好看"}, "newsection": {"a": [1, 2]}, "flag": True}
    new = {"shop": {"name": "拾柒衣橱", "slogan": "更好看"}, "newsection": {"a": [1, 3], "b": {"c": 1}}}
    assert describe(old, new) == ["把 shop.slogan 从「好看」改成「更好看」", "newsection.a 加了 3",
                                  "newsection.a 去掉了 2", "把 newsection.b.c 设成 1", "去掉了 flag(原来是 是)"]


def test_a_revision_the_model_no_longer_takes_is_compared_as_written() -> None:
    old = "shop:\n  name: 拾柒衣橱\nshipping:\n  free_shipping_over: 99\n"  # no returns, invoice ...: not a shop now
    new = "shop:\n  name: 拾柒衣橱\nshipping:\n  free_shipping_over: 88\n"
    assert revision_words(old, new) == ["把满99包邮改成满88包邮"]


def model_paths(model: type[BaseModel], prefix: str = "") -> Iterator[tuple[str, Any]]:
    for name, info in model.model_fields.items():
        path = f"{prefix}{name}"
        yield path, info.annotation
        for inner in _models(info.annotation):
            yield from model_paths(inner, f"{path}.")


def _models(annotation: Any) -> list[type[BaseModel]]:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    return [m for arg in typing.get_args(annotation) for m in _models(arg)]


def _is_map(annotation: Any) -> bool:
    return typing.get_origin(annotation) is dict or any(_is_map(a) for a in typing.get_args(annotation)
                                                        if typing.get_origin(annotation) is typing.Union)


def test_every_field_of_the_shop_model_has_a_chinese_name() -> None:
    names = field_names()
    paths = dict(model_paths(Shop))
    missing = [path for path in paths if not names.known(path)]
    assert not missing, f"admin/fields.yaml 里没有这些字段的中文名: {missing}"
    assert all(not name.isascii() for name in names.names.values())
    stale = [path for path in names.names if path not in paths]
    assert not stale, f"admin/fields.yaml 里的这些字段店铺文件里没有: {stale}"
    assert names.maps == {path for path, annotation in paths.items() if _is_map(annotation)}
    assert names.ranges <= set(paths) and set(names.lists) <= set(paths) and set(names.values) <= set(paths)


# --------------------------------------------------------------------------- through the admin API


@pytest.fixture
def admin(tmp_path: Path) -> Iterator[AdminClient]:
    settings = ServerSettings(webhook_secret=SECRET, admin_token=ADMIN_TOKEN, state=f"sqlite:///{tmp_path}/state.db")
    app = create_app(settings, clock=Clock(shop_time(2026, 11, 20, 14, 0)))
    with TestClient(app, raise_server_exceptions=False) as client:
        yield AdminClient(client)


def test_a_save_without_a_summary_is_summed_up_in_words_and_the_diff_says_them(admin: AdminClient) -> None:
    shipping = admin.read()["data"]["shipping"]
    saved = admin.edit("PATCH", json={"shipping": {**shipping, "free_shipping_over": 199}})
    assert saved == {"revision": 2, "summary": "把满99包邮改成满199包邮", "changes": ["shipping.free_shipping_over"]}
    product = admin.read()["data"]["products"][0]
    saved = admin.edit("PUT", "/products/dress-floral", json={**product, "price": 119, "fit": "small"})
    price, fit = "把「法式碎花长袖连衣裙」的价格从 169 改成 119", "把「法式碎花长袖连衣裙」的版型从 标准 改成 偏小"
    assert saved["summary"] == f"{price};{fit}"
    assert admin.edit("POST", "/revisions/1/rollback")["summary"] == "回到第 1 版"  # a summary given is kept

    history = admin.get("/revisions")["revisions"]
    assert [(r["number"], r["summary"], r["changes"]) for r in history[:3]] == [
        (4, "回到第 1 版", ["products.dress-floral", "shipping.free_shipping_over"]),
        (3, saved["summary"], ["products.dress-floral"]),
        (2, "把满99包邮改成满199包邮", ["shipping.free_shipping_over"]),
    ]
    diff = admin.get("/diff", params={"a": 1, "b": 3})
    assert diff["words"] == [price, fit, "把满99包邮改成满199包邮"]
    assert diff["diff"][:2] == ["--- 第 1 版", "+++ 第 3 版"]  # the raw diff stays, behind the words
    assert admin.get("/diff", params={"a": 3, "b": 4})["words"] == [
        "把「法式碎花长袖连衣裙」的价格从 119 改成 169", "把「法式碎花长袖连衣裙」的版型从 偏小 改成 标准",
        "把满199包邮改成满99包邮"]
    assert admin.get("/diff", params={"a": 1, "b": 4})["words"] == []
