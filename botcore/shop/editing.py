"""Edits of a shop, checked in full before anything is served.

A shop is edited as its *data*: the JSON form of the validated `Shop`, without the
fields left at their defaults (`canonical`). An edit replaces whole top-level sections
(`patch`); `build` then validates the result as a shop file is validated, giving a
`Draft` (its data, its model and its YAML text, each made once) or `EditRejected` with
every problem. The templates and rules a draft holds are compiled one floor up, by the
engine (`engine.drafts.ready`), before anything is served.

The YAML of a revision (`to_yaml`) is what ``GET .../export`` gives and what
``xiaoer chat --shop`` loads: export, import and export again give the same text.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import yaml

from botcore.errors import EditRejected, ShopFileError, ShopValidationError
from botcore.shop.model import Shop
from botcore.shop.shopfile import parse_shop, validate_shop

__all__ = ["SECTIONS", "Draft", "build", "canonical", "changed_paths", "from_yaml", "patch", "summarise",
           "to_yaml"]

#: The top-level sections an edit may replace, with their names on the page.
SECTIONS: Mapping[str, str] = {
    "shop": "店铺信息", "settings": "回复门槛", "autoreply": "自动回复", "products": "商品",
    "shipping": "发货与运费", "bargain": "议价", "promotions": "活动", "returns": "退换货",
    "invoice": "发票", "payment": "付款方式", "replies": "话术", "matching": "例句和关键词",
    "keyword_rules": "关键词回复", "quick_phrases": "快捷短语", "tests": "批量测试",
}


@dataclass(frozen=True)
class Draft:
    """A shop whose file passed every check of the shop model: its data and its model."""

    data: dict[str, Any]
    shop: Shop

    @cached_property
    def text(self) -> str:
        """The shop file (YAML) of this draft, made on first use and kept."""
        return to_yaml(self.data)


def canonical(shop: Shop) -> dict[str, Any]:
    return shop.model_dump(mode="json", exclude_defaults=True)


def to_yaml(data: Mapping[str, Any]) -> str:
    return yaml.safe_dump(dict(data), allow_unicode=True, sort_keys=False, width=1000)


def build(data: Mapping[str, Any], source: str = "这次修改") -> Draft:
    """Validate shop data as the engine loads it; `EditRejected` lists every problem."""
    try:
        shop = validate_shop(dict(data), source)
    except ShopValidationError as e:
        raise _rejected(e) from e
    return Draft(canonical(shop), shop)


def from_yaml(text: str, source: str = "导入的文件") -> Draft:
    """A whole shop file, as the engine loads it."""
    try:
        shop = parse_shop(text, source)
    except ShopValidationError as e:
        raise _rejected(e) from e
    except ShopFileError as e:
        raise EditRejected([("(整个文件)", "invalid_yaml", str(e))]) from e
    return Draft(canonical(shop), shop)


def _rejected(e: ShopValidationError) -> EditRejected:
    return EditRejected([(field, code, message) for (field, message), code in zip(e.problems, e.codes, strict=True)])


def patch(data: Mapping[str, Any], changes: Mapping[str, Any]) -> dict[str, Any]:
    """``data`` with whole sections replaced; a section set to None goes back to its default."""
    unknown = [name for name in changes if name not in SECTIONS]
    if unknown:
        raise EditRejected([(name, "unknown_field", f"没有「{name}」这一部分;可以改的有: {', '.join(SECTIONS)}")
                            for name in unknown])
    out = copy.deepcopy(dict(data))
    for name, value in changes.items():
        if value is None:
            out.pop(name, None)
        else:
            out[name] = copy.deepcopy(value)
    return out


def changed_paths(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    """What an edit changed, one level below the sections (products by id, replies by key)."""
    paths: list[str] = []
    for section in dict.fromkeys([*old, *new]):
        before, after = old.get(section), new.get(section)
        before = type(after)() if before is None and isinstance(after, dict | list) else before
        after = type(before)() if after is None and isinstance(before, dict | list) else after
        if before == after:
            continue
        if section == "products" and isinstance(before, list) and isinstance(after, list):
            paths += [f"products.{pid}" for pid in _changed_items(before, after)]
        elif isinstance(before, dict) and isinstance(after, dict):
            paths += [f"{section}.{key}" for key in dict.fromkeys([*before, *after])
                      if before.get(key) != after.get(key)]
        else:
            paths.append(section)
    return paths


def _changed_items(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[str]:
    old = {item.get("id"): item for item in before}
    new = {item.get("id"): item for item in after}
    changed = [str(pid) for pid in dict.fromkeys([*old, *new]) if old.get(pid) != new.get(pid)]
    if not changed and [i.get("id") for i in before] != [i.get("id") for i in after]:
        return ["(顺序)"]
    return changed


def summarise(paths: list[str], limit: int = 4) -> str:
    """A short Chinese line for the revision list: 改了 话术 sizing.recommend、商品 dress-floral."""
    if not paths:
        return "没有改动"
    named = [f"{SECTIONS.get(p.partition('.')[0], p)} {p.partition('.')[2]}".strip() for p in paths[:limit]]
    more = f" 等 {len(paths)} 处" if len(paths) > limit else ""
    return "改了 " + "、".join(named) + more
