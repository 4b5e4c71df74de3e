"""Stock from a CSV file (an ERP export, a sheet saved as CSV): one row per product,
colour and size, applied all or nothing.

Headers may be English or Chinese (``product,colour,size,stock`` or ``商品编码,颜色,尺码,库存``),
the separator a comma or a tab, the encoding UTF-8 (with or without BOM) or GBK, as Excel
saves it in China. A product is named by its id or its exact name. Every bad line is
reported with its line number, and one bad line rejects the whole file.
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

__all__ = ["MAX_ROWS", "StockRow", "apply_stock", "import_stock_csv", "read_stock_csv"]

MAX_ROWS = 50_000

_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "product": ("product", "product_id", "id", "sku", "商品", "商品id", "商品编码", "商家编码", "货号", "商品名称"),
    "colour": ("colour", "color", "颜色", "颜色分类"),
    "size": ("size", "尺码", "尺寸"),
    "stock": ("stock", "count", "quantity", "qty", "库存", "数量", "可售库存", "库存数量"),
}


_INTEGER = re.compile(r"-?[0-9]+")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９－", "0123456789-")  # typed with a Chinese input method


@dataclass(frozen=True)
class StockRow:
    line: int
    product: str
    colour: str
    size: str
    count: int


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise EditRejected([("stock.csv", "csv_encoding", "文件编码认不出来:请用 Excel「另存为 CSV UTF-8」后再上传")])


def _header(line: int, cells: list[str]) -> dict[str, int]:
    names = [cell.strip().lower() for cell in cells]
    found = {column: next((i for i, name in enumerate(names) if name in spellings), -1)
             for column, spellings in _COLUMNS.items()}
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
    text = _decode(raw)
    dialect = "excel-tab" if "\t" in text.partition("\n")[0] else "excel"
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        lines = [(reader.line_num, row) for row in reader if any(cell.strip() for cell in row)]
    except csv.Error as e:
        raise EditRejected([(f"stock.csv 第 {reader.line_num} 行", "csv_malformed",
                             f"这一行读不了({e}),请检查引号")]) from e
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
        elif row.colour not in product["colours"]:
            problems.append((row.line, "csv_unknown_colour",
                             f"商品 {product['id']} 没有颜色「{row.colour}」;有: {'、'.join(product['colours'])}"))
        elif row.size not in product["sizes"]:
            problems.append((row.line, "csv_unknown_size",
                             f"商品 {product['id']} 没有尺码「{row.size}」;有: {'、'.join(product['sizes'])}"))
        else:
            index[product["id"]]["stock"].setdefault(row.colour, {})[row.size] = row.count
    return out, problems
