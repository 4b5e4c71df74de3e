"""Read a shop file (YAML) into a validated `Shop`, with errors a shop owner can act on."""

from __future__ import annotations

import difflib
import re
import typing
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from botcore.errors import ShopFileError, ShopValidationError
from botcore.shop.model import Invalid, Shop
from botcore.shop.scenarios import described
from botcore.yamltext import YAMLError, own_problem, parse_yaml, yaml_problem

__all__ = [
    "EXAMPLE_SHOP",
    "example_shops",
    "load_shop",
    "parse_shop",
    "problem_text",
    "read_shop_file",
    "validate_shop",
]

_SHOPS = resources.files("botcore") / "data" / "shops"
#: The bundled example shop, used when no shop file is given.
EXAMPLE_SHOP = _SHOPS / "clothing.yaml"


def example_shops() -> tuple[str, ...]:
    """The names of the example shops shipped with xiaoer (``xiaoer chat --shop shoes``)."""
    return tuple(sorted(entry.name.removesuffix(".yaml") for entry in _SHOPS.iterdir()
                        if entry.name.endswith(".yaml")))


def _is_example(path: str | Path) -> bool:
    return isinstance(path, str) and path in example_shops() and not Path(path).exists()

_MESSAGES = {
    "missing": "缺少这个必填字段,请补上",
    "extra_forbidden": "不认识这个字段(是不是拼错了?),请删掉或改成正确的字段名",
    "int_parsing": "应该是整数",
    "int_from_float": "应该是整数,不能带小数",
    "float_parsing": "应该是数字",
    "bool_parsing": "应该是 true 或 false",
    "string_type": "应该是文字",
    "list_type": "应该是列表,例如 [a, b]",
    "dict_type": "应该是 键: 值 的表",
    "model_type": "应该是 键: 值 的表",
    "model_attributes_type": "应该是 键: 值 的表",
    "time_parsing": "应该是时间,例如 16:00",
    "date_from_datetime_parsing": "应该是日期,例如 2026-12-01",
    "date_parsing": "应该是日期,例如 2026-12-01",
    "literal_error": "只能是这些值之一: {expected}",  # expected as pydantic lists them: 'a', 'b' or 'c' (see below)
    "greater_than_equal": "不能小于 {ge}",
    "greater_than": "必须大于 {gt}",
    "less_than_equal": "不能大于 {le}",
    "less_than": "必须小于 {lt}",
    "too_short": "至少要有 {min_length} 项",
    "string_too_short": "不能为空",
    "string_too_long": "太长了,最多 {max_length} 个字",
    "too_long": "太多了,最多 {max_length} 项",
    "finite_number": "应该是一个普通的数,不能是无穷大或 nan",
    "int_parsing_size": "数字太长了,请写一个正常大小的数",
    "int_type": "应该是整数",
    "float_type": "应该是数字",
    "bool_type": "应该是 true 或 false",
    "time_type": "应该是时间,例如 16:00",
    "date_type": "应该是日期,例如 2026-12-01",
    "datetime_parsing": "应该是日期和时间,例如 2026-12-01 10:00",
    "dict_keys_type": "键的写法不对",
    "union_tag_invalid": "写法不对,请对照示例店铺文件",
    "string_pattern_mismatch": "格式不对,只能用字母、数字、- 和 _",
    "tuple_type": "应该是 [最小, 最大] 两个数",
}


def _field(loc: tuple[Any, ...], counted: bool = False) -> str:
    """A field's path as programs map it (keyword_rules[2].keywords[1]), or ``counted`` as an owner
    counts its list items, from one (keyword_rules 第 3 项的 keywords 第 2 项)."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f" 第 {part + 1} 项" if counted else f"[{part}]"
        elif part in ("function-after", "function-before") or str(part).startswith("function-"):
            continue
        elif counted and out.endswith("项"):
            out += f"的 {part}"
        else:
            out += f".{part}" if out else str(part)
    return out or "(整个文件)"


#: A field name that reads as a piece of text (质量问题除外。): a comma split a value in { }.
_LIKE_TEXT = re.compile(r"[。，！？；、]|[\u4e00-\u9fff]{6,}")

def _place(loc: tuple[Any, ...], data: Mapping[str, Any]) -> str:
    """Where a problem is, as an owner finds it in the file: 第 2 个商品「puer」的 id, not products[1].id."""
    parts = [part for part in loc if not str(part).startswith("function-")]
    if len(parts) >= 2 and parts[0] == "products" and isinstance(parts[1], int):
        products = data.get("products")
        item = products[parts[1]] if isinstance(products, list) and 0 <= parts[1] < len(products) else None
        name = (item.get("id") or item.get("name")) if isinstance(item, dict) else None
        head = f"第 {parts[1] + 1} 个商品" + (f"「{name}」" if isinstance(name, str) and name else "")
        return f"{head}的 {_field(tuple(parts[2:]), counted=True)}" if parts[2:] else head
    if parts[:1] == ["tests"]:  # (a test's conversation and turn are named in the message: 对话「包邮门槛」的 item)
        return _field(tuple(parts))
    return "店铺文件" if not parts else _field(tuple(parts), counted=True)


#: What an owner is told of a mistake no message above names (never pydantic's English).
_UNNAMED = "这个值写得不对,请对照示例店铺文件(xiaoer 自带的 clothing.yaml)里同一个字段的写法"


def problem_text(error: Mapping[str, Any]) -> str:
    """What one of pydantic's errors means, in Chinese, with the value written (never English)."""
    kind = error["type"]
    ctx = dict(error.get("ctx", {}))
    if kind == "literal_error":  # 'taobao', 'tmall' or 'jd' -> taobao、tmall、jd (no English "or")
        allowed = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        ctx["expected"] = "、".join(allowed) + ("(mon 是周一、tue 周二 … sun 周日)" if "mon" in allowed else "")
    if kind == "value_error":
        text = str(ctx.get("error", _UNNAMED))
    else:
        template = _MESSAGES.get(kind, _UNNAMED)
        try:
            text = template.format(**ctx)
        except (KeyError, IndexError):
            text = template
    if kind == "extra_forbidden" and (near := near_field(tuple(error["loc"]))):
        text = f"不认识这个字段,是不是拼错了?可能想写 {near},请改成正确的字段名或删掉"
    if kind == "extra_forbidden" and _LIKE_TEXT.search(str(error["loc"][-1] if error["loc"] else "")):
        text += ";如果它是上一项文字的一部分:文字里有英文逗号或冒号时,请给整段文字加上引号"
    if kind not in ("missing", "extra_forbidden", "value_error") and "input" in error:
        given = repr(error["input"])
        text += f"(现在写的是 {given[:60] + '…' if len(given) > 60 else given})"
    if kind == "string_type" and isinstance(error.get("input"), int | float):  # keywords: [26000]
        text += f",请加上引号写成文字,例如 \"{error['input']}\""
    return text


def near_field(loc: tuple[Any, ...]) -> str | None:
    """The field at ``loc``'s place most like the unknown name written there (price_protection:
    price_protection_days), where one is."""
    *path, name = [part for part in loc if not str(part).startswith("function-")] or [""]
    model: type[BaseModel] | None = Shop
    for part in path:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if model is not None else None
        model = _model_in(field.annotation) if field is not None else None
    if model is None:
        return None
    close = difflib.get_close_matches(str(name), list(model.model_fields), n=1, cutoff=0.6)
    return close[0] if close else None


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model a field holds, itself or in a list or an optional one."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    return next((found for arg in typing.get_args(annotation) if (found := _model_in(arg)) is not None), None)


_CODES = {
    "missing": "missing_field",
    "extra_forbidden": "unknown_field",
    "literal_error": "not_allowed",
    "greater_than_equal": "out_of_range",
    "greater_than": "out_of_range",
    "less_than_equal": "out_of_range",
    "less_than": "out_of_range",
    "too_short": "too_short",
    "string_too_short": "empty_text",
    "string_too_long": "too_long",
    "too_long": "too_long",
    "finite_number": "not_finite",
    "int_parsing_size": "too_large",
    "string_pattern_mismatch": "bad_format",
}


def _code(error: Mapping[str, Any]) -> str:
    """A stable code for programs: the shop rule's own, else one per kind of mistake."""
    cause = error.get("ctx", {}).get("error")
    if isinstance(cause, Invalid):
        return cause.code
    code = _CODES.get(error["type"], "wrong_type" if error["type"].endswith(("_type", "_parsing")) else "invalid_value")
    if code == "out_of_range" and "stock" in error["loc"]:
        return "negative_stock"
    return code


def _loc(error: Mapping[str, Any]) -> tuple[Any, ...]:
    """Where a problem is: pydantic's place, and below it the place a shop rule names."""
    cause = error.get("ctx", {}).get("error")
    return (*error["loc"], *cause.where) if isinstance(cause, Invalid) else tuple(error["loc"])


def _in_tests(error: Mapping[str, Any], data: Mapping[str, Any]) -> str:
    """A problem in a test names its conversation and turn (a shop rule's message does already)."""
    loc = [part for part in error["loc"] if not str(part).startswith("function-")]
    if loc[:1] != ["tests"] or isinstance(error.get("ctx", {}).get("error"), Invalid):
        return ""
    return described(loc[1:], data.get("tests"))


def parse_shop(text: str, source: str = "<shop>") -> Shop:
    """Validate a shop given as YAML text; ``source`` names it in error messages."""
    try:
        data = parse_yaml(text)
    except YAMLError as e:  # (a check of our own, a date that does not exist, is no slip of YAML's)
        said = "有一处需要修改" if own_problem(e) else "不是有效的 YAML"
        raise ShopFileError(f"店铺文件 {source} {said},{yaml_problem(e, text)}。") from e
    if not isinstance(data, dict):
        raise ShopFileError(
            f"店铺文件 {source} 的最外层应该是 键: 值 的表(shop:, shipping:, products: ...),"
            f"现在是{'空的' if data is None else ' ' + type(data).__name__}。"
        )
    return validate_shop(data, source)


def validate_shop(data: dict[str, Any], source: str = "<shop>") -> Shop:
    """Validate a shop given as data (YAML read, or JSON from the admin API)."""
    try:
        return Shop.model_validate(data)
    except ValidationError as e:
        errors = e.errors()
        problems = [(_field(_loc(err)), _in_tests(err, data) + problem_text(err)) for err in errors]
        raise ShopValidationError(source, problems, [_code(err) for err in errors],
                                  [_place(_loc(err), data) for err in errors]) from e


def read_shop_file(path: str | Path | None = None) -> tuple[str, str]:
    """A shop file's text and the name it goes by in messages and history. With no path,
    the bundled example shop; with an example's name (``shoes``), that example shop."""
    if path is None or _is_example(path):
        example = EXAMPLE_SHOP if path is None else _SHOPS / f"{path}.yaml"
        return example.read_text("utf-8"), example.name
    path = Path(path)
    try:
        return path.read_text("utf-8"), str(path)
    except FileNotFoundError as e:
        names = "、".join(example_shops())
        raise ShopFileError(f"找不到店铺文件 {path},请检查路径;也可以写自带示例店铺的名字: {names}。") from e
    except UnicodeDecodeError as e:
        raise ShopFileError(f"店铺文件 {path} 不是 UTF-8 编码,请用 UTF-8 另存后再试。") from e
    except OSError as e:
        raise ShopFileError(f"读不了店铺文件 {path}:{e.strerror}。") from e


def load_shop(path: str | Path | None = None) -> Shop:
    """Load a shop file (see `read_shop_file` for what ``path`` may be)."""
    return parse_shop(*read_shop_file(path))
