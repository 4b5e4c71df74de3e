"""Stock from a CSV file (an ERP export, a sheet saved as CSV): one row per product,
colour and size, applied all or nothing.

Headers may be English or Chinese, as the common ERP and platform exports write them
(``product,colour,size,stock``; ``商家编码,颜色分类,尺码,可用库存``; ``货号,规格,数量``), or
one column of sale attributes (``销售属性``: ``颜色分类:黑色;尺码:L``) instead of colour and
size; the separator a comma or a tab, the encoding UTF-8 (with or without BOM) or GBK, as
Excel saves it in China. A product is named by its id or its exact name; a colour or size
by its name, an alias the shop gives it, or another spelling of the same size (3XL for
XXXL). Every bad line is reported with its line number, and one bad line rejects the
whole file.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from botcore.errors import EditRejected
from botcore.shop.model import LARGEST
from botcore.sizes import size_key

__all__ = ["CSV_UNREADABLE", "MAX_ROWS", "StockRow", "apply_stock", "decode_csv", "import_stock_csv", "read_stock_csv",
           "stock_summary"]

#: What a CSV line Python's csv module cannot read is told (its own message is English).
CSV_UNREADABLE = "这一行读不了:可能是引号没有配对,或某一格太长;请在 Excel 里另存为 CSV 再试"

MAX_ROWS = 50_000

_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "product": ("product", "product_id", "id", "sku", "商品", "商品id", "商品编码", "商家编码", "货号", "商品名称",
                "外部编码", "商品货号", "款号", "宝贝名称", "宝贝标题", "商品标题"),
    "colour": ("colour", "color", "颜色", "颜色分类", "口味", "款式", "花色"),
    "size": ("size", "尺码", "尺寸", "规格", "型号", "容量"),
    "stock": ("stock", "count", "quantity", "qty", "库存", "数量", "可售库存", "库存数量", "可用库存", "可用数",
              "实际库存", "现有库存", "库存量", "可售数量"),
}
# one column holding both, as platform exports write it: 颜色分类:黑色;尺码:L  or  黑色;L
_ATTRIBUTES = ("销售属性", "sku属性", "属性", "规格属性", "颜色尺码", "sku名称", "销售属性名称")
_PAIR = re.compile(r"[;；,，/|]")


_INTEGER = re.compile(r"-?[0-9]+")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－", "0123456789-")  # typed with a Chinese input method


@dataclass(frozen=True)
class StockRow:
    line: int
    product: str
    colour: str
    size: str
    count: int


def decode_csv(raw: bytes, name: str = "stock.csv") -> str:
    """A CSV file's text: UTF-8 (with or without BOM) or GBK, as Excel saves it on Chinese
    Windows; `EditRejected` (field ``name``) when it is neither."""
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise EditRejected([(name, "csv_encoding", "文件编码认不出来:请用 Excel「另存为 CSV UTF-8」后再上传")])


def _header(line: int, cells: list[str]) -> dict[str, int]:
    names = [cell.strip().lower() for cell in cells]
    found = {column: next((i for i, name in enumerate(names) if name in spellings), -1)
             for column, spellings in _COLUMNS.items()}
    attributes = next((i for i, name in enumerate(names) if name in _ATTRIBUTES), -1)
    if attributes >= 0 and found["colour"] < 0 and found["size"] < 0:
        found["colour"] = found["size"] = attributes  # split per row (`_split_attributes`)
    missing = [column for column, index in found.items() if index < 0]
    if missing:
        raise EditRejected([(f"stock.csv 第 {line} 行", "csv_bad_header",
                             f"表头缺少 {'、'.join(missing)} 列;第一行要写 商品编码,颜色,尺码,库存"
                             f"(或 product,colour,size,stock),现在是 {','.join(cells)}")])
    return found


def read_stock_csv(raw: bytes) -> list[StockRow]:
    """The rows of a stock CSV; `EditRejected` names every line that cannot be read."""
    rows, problems = _read(raw)
    if problems:
        raise EditRejected(_named(problems))
    return rows


def import_stock_csv(products: list[dict[str, Any]], raw: bytes) -> list[dict[str, Any]]:
    """``products`` with a CSV's stock applied; every problem of every line is reported at
    once (a bad count on one line, an unknown size on another), in line order."""
    rows, problems = _read(raw)
    products, unknown = _apply(products, rows)
    if problems or unknown:
        raise EditRejected(_named(sorted([*problems, *unknown], key=lambda p: p[0])))
    return products


_Problem = tuple[int, str, str]  # (line, code, message); line 0: a single update, not a CSV line


def _named(problems: list[_Problem]) -> list[tuple[str, str, str]]:
    return [(f"stock.csv 第 {line} 行" if line else "stock", code, message) for line, code, message in problems]


def _read(raw: bytes) -> tuple[list[StockRow], list[_Problem]]:
    text = decode_csv(raw)
    dialect = "excel-tab" if "\t" in text.partition("\n")[0] else "excel"
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        lines = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as e:
        raise EditRejected([(f"stock.csv 第 {reader.line_num} 行", "csv_malformed", CSV_UNREADABLE)]) from e
    if not lines:
        raise EditRejected([("stock.csv", "csv_empty",
                             "文件是空的:第一行写表头 商品编码,颜色,尺码,库存,下面每行一个颜色尺码")])
    if len(lines) > MAX_ROWS + 1:
        raise EditRejected([("stock.csv", "csv_too_long", f"一次最多导入 {MAX_ROWS} 行,请分几次上传")])
    columns = _header(*lines[0])
    rows: list[StockRow] = []
    problems: list[_Problem] = []
    for number, cells in lines[1:]:
        values = {name: cells[i].strip() if i < len(cells) else "" for name, i in columns.items()}
        if columns["colour"] == columns["size"]:
            values["colour"], values["size"] = _split_attributes(values["colour"])
        count = values["stock"].replace(",", "").translate(_FULL_WIDTH)
        if not _INTEGER.fullmatch(count):
            problems.append((number, "csv_bad_count", f"库存「{values['stock'][:20]}」不是整数,请写 0 或正整数"))
        elif len(count.lstrip("+-")) > len(str(LARGEST)):  # read before int(): 5,000 digits cannot be
            problems.append((number, "too_large", f"库存数太大了,最大只能写 {LARGEST}"))
        elif int(count) < 0:
            problems.append((number, "negative_stock", f"库存 {count} 是负数,请写 0 或正整数"))
        else:
            rows.append(StockRow(number, values["product"], values["colour"], values["size"], int(count)))
    return rows, problems


def _split_attributes(text: str) -> tuple[str, str]:
    """颜色分类:黑色;尺码:L -> (黑色, L); 黑色;L -> (黑色, L); a lone value is the colour."""
    parts = [part.split(":")[-1].split("：")[-1].strip() for part in _PAIR.split(text) if part.strip()]
    return (parts[0], parts[1]) if len(parts) >= 2 else (parts[0] if parts else "", "")


def _variant(names: list[str], aliases: Mapping[str, list[str]], said: str, sizes: bool) -> str | None:
    """The product's own name for a colour or size in a CSV: itself, an alias the shop
    gives it, or (sizes) another spelling of it."""
    if said in names:
        return said
    if not said and len(names) == 1:  # a product of one colour or one size needs none named
        return names[0]
    for name in names:
        if said in aliases.get(name, ()) or (sizes and size_key(name) == size_key(said)):
            return name
    return None


def apply_stock(products: list[dict[str, Any]], rows: list[StockRow]) -> list[dict[str, Any]]:
    """``products`` (shop data) with the rows' stock set; the other counts stay as they were.
    A row with line 0 is a single update (named ``stock`` in errors, not a CSV line)."""
    out, problems = _apply(products, rows)
    if problems:
        raise EditRejected(_named(problems))
    return out


def _apply(products: list[dict[str, Any]], rows: list[StockRow]) -> tuple[list[dict[str, Any]], list[_Problem]]:
    by_key = {p["id"]: p for p in products} | {p["name"]: p for p in products}
    out = [dict(p, stock={colour: dict(sizes) for colour, sizes in p.get("stock", {}).items()}) for p in products]
    index = {p["id"]: p for p in out}
    problems: list[_Problem] = []
    for row in rows:
        product = by_key.get(row.product)
        if product is None:
            problems.append((row.line, "csv_unknown_product",
                             f"没有商品「{row.product}」:请写店里商品的编码(id)或完整名称"))
            continue
        aliases = product.get("variant_aliases") or {}
        colour = _variant([str(c) for c in product["colours"]], aliases, row.colour, sizes=False)
        size = _variant([str(s) for s in product["sizes"]], aliases, row.size, sizes=True)
        if colour is None:
            problems.append((row.line, "csv_unknown_colour",
                             f"商品 {product['id']} 没有颜色「{row.colour}」;有: {'、'.join(product['colours'])}"))
        elif size is None:
            sizes = "、".join(map(str, product["sizes"]))
            problems.append((row.line, "csv_unknown_size", f"商品 {product['id']} 没有尺码「{row.size}」;有: {sizes}"))
        else:
            index[product["id"]]["stock"].setdefault(colour, {})[size] = row.count
    return out, problems


def stock_summary(products: list[dict[str, Any]], raw: bytes) -> str:
    """What a stock CSV changes, by product name and how many counts change, for the owner
    and the revision list: 导入库存:改了 3 个库存数(法式碎花长袖连衣裙 2 个、加绒连帽卫衣 1 个),
    其余 9 行和原来一样."""
    after = {p["id"]: p for p in import_stock_csv(products, raw)}
    changed: dict[str, int] = {}
    for product in products:
        old, new = product.get("stock") or {}, after[product["id"]].get("stock") or {}
        cells = {(colour, size) for table in (old, new) for colour, row in table.items() for size in row}
        n = sum(old.get(c, {}).get(z) != new.get(c, {}).get(z) for c, z in cells)
        if n:
            changed[product["name"]] = n
    rows = len(read_stock_csv(raw))
    same = rows - sum(changed.values())
    if not changed:
        return f"导入库存:{rows} 行都和原来一样,没有改动"
    shown = "、".join(f"{name} {n} 个" for name, n in list(changed.items())[:4])
    more = f" 等 {len(changed)} 个商品" if len(changed) > 4 else ""
    rest = f",其余 {same} 行和原来一样" if same > 0 else ""
    return f"导入库存:改了 {sum(changed.values())} 个库存数({shown}{more}){rest}"
