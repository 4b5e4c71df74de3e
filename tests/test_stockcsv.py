"""botcore/shop/stockcsv.py: stock from a CSV file as Excel or an ERP saves it (English or
Chinese headers, comma or tab, UTF-8 with or without BOM, or GBK), every bad line named
by its line number, and applied to the shop's products all or nothing."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from botcore.errors import EditRejected
from botcore.shop.editing import canonical
from botcore.shop.shopfile import load_shop
from botcore.shop.stockcsv import MAX_ROWS, StockRow, apply_stock, import_stock_csv, read_stock_csv, stock_summary


def rows(raw: bytes | str) -> list[tuple[int, str, str, str, int]]:
    data = raw.encode() if isinstance(raw, str) else raw
    return [(r.line, r.product, r.colour, r.size, r.count) for r in read_stock_csv(data)]


def problems(raw: bytes | str) -> list[tuple[str, str, str]]:
    with pytest.raises(EditRejected) as caught:
        read_stock_csv(raw.encode() if isinstance(raw, str) else raw)
    return caught.value.problems


def fields(raw: bytes | str) -> list[tuple[str, str]]:
    return [(field, code) for field, code, _ in problems(raw)]


# --------------------------------------------------------------------------- reading


@pytest.mark.parametrize(
    "header",
    ["product,colour,size,stock", "product_id,color,size,count", "id,colour,尺寸,quantity", "sku,颜色,尺码,qty",
     "商品编码,颜色,尺码,库存", "商家编码,颜色分类,尺寸,可售库存", "货号,颜色,尺码,数量", "商品id,颜色,尺码,库存数量",
     " Product , COLOUR ,Size, Stock "],
)
def test_headers_may_be_english_or_chinese(header: str) -> None:
    assert rows(f"{header}\ndress-floral,黑色,M,5\n") == [(2, "dress-floral", "黑色", "M", 5)]


def test_columns_are_found_by_their_header_in_any_order_and_extra_ones_are_ignored() -> None:
    text = "库存,备注,尺码,颜色,商品名称\n5,新到,M,黑色,法式碎花长袖连衣裙\n"
    assert rows(text) == [(2, "法式碎花长袖连衣裙", "黑色", "M", 5)]


SAMPLE = "商品编码,颜色,尺码,库存\r\ndress-floral,雾霾蓝,M,12\r\ndress-floral,黑色,XL,0\r\n"
EXPECTED = [(2, "dress-floral", "雾霾蓝", "M", 12), (3, "dress-floral", "黑色", "XL", 0)]


@pytest.mark.parametrize(
    "raw",
    [SAMPLE.encode("utf-8"), SAMPLE.encode("utf-8-sig"), SAMPLE.encode("gbk"), SAMPLE.encode("gb18030"),
     SAMPLE.replace(",", "\t").encode("utf-8"), SAMPLE.replace(",", "\t").encode("gbk"),
     SAMPLE.replace("\r\n", "\n").encode("utf-8-sig")],
    ids=["utf-8", "utf-8 with BOM", "GBK", "GB18030", "tab-separated", "tab-separated GBK", "LF line ends"],
)
def test_excel_encodings_and_separators_read_the_same(raw: bytes) -> None:
    assert rows(raw) == EXPECTED


def test_a_file_in_no_known_encoding_is_rejected() -> None:
    assert problems(SAMPLE.encode("utf-16")) == [
        ("stock.csv", "csv_encoding", "文件编码认不出来:请用 Excel「另存为 CSV UTF-8」后再上传")]


def test_line_numbers_count_blank_lines() -> None:
    text = "product,colour,size,stock\n\ndress-floral,黑色,M,5\n\n,,,\n\ndress-floral,黑色,L,6\n"
    assert rows(text) == [(3, "dress-floral", "黑色", "M", 5), (7, "dress-floral", "黑色", "L", 6)]
    assert rows("\n\n" + text) == [(5, "dress-floral", "黑色", "M", 5), (9, "dress-floral", "黑色", "L", 6)]
    assert fields("product,colour,size,stock\n\n\ndress-floral,黑色,M,x\n") == [("stock.csv 第 4 行", "csv_bad_count")]


@pytest.mark.parametrize(
    ("cell", "count"),
    [("0", 0), ("7", 7), (" 7 ", 7), ("007", 7), ('"1,200"', 1200), ('"12,345"', 12345)],
)
def test_counts_may_have_thousands_separators_and_spaces(cell: str, count: int) -> None:
    assert rows(f"product,colour,size,stock\ndress-floral,黑色,M,{cell}\n")[0][4] == count


def test_a_thousands_separator_in_a_tab_separated_file_needs_no_quotes() -> None:
    assert rows("product\tcolour\tsize\tstock\ndress-floral\t黑色\tM\t1,200\n")[0][4] == 1200


@pytest.mark.parametrize(
    ("cell", "code", "message"),
    [("", "csv_bad_count", "库存「」不是整数,请写 0 或正整数"),
     ("x", "csv_bad_count", "库存「x」不是整数,请写 0 或正整数"),
     ("1.5", "csv_bad_count", "库存「1.5」不是整数,请写 0 或正整数"),
     ("三", "csv_bad_count", "库存「三」不是整数,请写 0 或正整数"),
     ("+3", "csv_bad_count", "库存「+3」不是整数,请写 0 或正整数"),
     ("-1", "negative_stock", "库存 -1 是负数,请写 0 或正整数"),
     ('"-1,000"', "negative_stock", "库存 -1000 是负数,请写 0 或正整数"),
     ("--5", "csv_bad_count", "库存「--5」不是整数,请写 0 或正整数"),
     ("²", "csv_bad_count", "库存「²」不是整数,请写 0 或正整数"),
     ("①", "csv_bad_count", "库存「①」不是整数,请写 0 或正整数")],
    ids=["empty", "letter", "decimal", "chinese numeral", "plus sign", "negative", "negative thousands",
         "two minus signs", "superscript two", "circled one"],
)
def test_a_bad_count_is_reported_with_its_line(cell: str, code: str, message: str) -> None:
    assert problems(f"product,colour,size,stock\ndress-floral,黑色,M,{cell}\n") == [
        ("stock.csv 第 2 行", code, message)]


def test_every_bad_line_is_reported_at_once() -> None:
    text = "product,colour,size,stock\ndress-floral,黑色,M,x\ndress-floral,黑色,L,3\ndress-floral,黑色,S,-2\n"
    assert fields(text) == [("stock.csv 第 2 行", "csv_bad_count"), ("stock.csv 第 4 行", "negative_stock")]


def test_a_missing_column_is_named() -> None:
    [(field, code, message)] = problems("商品编码,颜色\ndress-floral,黑色\n")
    assert (field, code) == ("stock.csv 第 1 行", "csv_bad_header")
    assert message.startswith("表头缺少 size、stock 列;第一行要写 商品编码,颜色,尺码,库存")
    assert message.endswith("现在是 商品编码,颜色")


def test_a_header_after_blank_lines_is_named_by_its_own_line() -> None:
    assert fields("\n\nproduct,colour,size\ndress-floral,黑色,M\n") == [("stock.csv 第 3 行", "csv_bad_header")]


@pytest.mark.parametrize("raw", [b"", b"\n\n", b" , ,\n\r\n"], ids=["empty", "blank lines", "empty cells"])
def test_an_empty_file_is_rejected(raw: bytes) -> None:
    assert fields(raw) == [("stock.csv", "csv_empty")]


def test_a_header_alone_has_no_rows() -> None:
    assert rows("product,colour,size,stock\n") == []


def test_an_unreadable_line_is_named() -> None:
    huge = "x" * 200_000  # longer than any cell the csv module reads
    assert fields(f'product,colour,size,stock\ndress-floral,黑色,M,1\ndress-floral,"{huge}",M,5\n') == [
        ("stock.csv 第 3 行", "csv_malformed")]
    with pytest.raises(EditRejected) as info:
        read_stock_csv(f'product,colour,size,stock\ndress-floral,"{huge}",M,5\n'.encode())
    [(_, _, message)] = info.value.problems
    assert "引号" in message and "field" not in message  # Chinese, not the csv module's English


def test_a_file_longer_than_the_limit_is_rejected() -> None:
    text = "product,colour,size,stock\n" + "dress-floral,黑色,M,1\n" * (MAX_ROWS + 1)
    assert fields(text) == [("stock.csv", "csv_too_long")]
    assert len(rows("product,colour,size,stock\n" + "dress-floral,黑色,M,1\n" * MAX_ROWS)) == MAX_ROWS


# --------------------------------------------------------------------------- applying


@pytest.fixture(scope="module")
def products() -> list[dict[str, Any]]:
    return canonical(load_shop())["products"]


def stock_of(products: list[dict[str, Any]], product_id: str) -> dict[str, dict[str, int]]:
    return next(p for p in products if p["id"] == product_id)["stock"]


def test_apply_sets_the_rows_counts_and_keeps_the_others(products: list[dict[str, Any]]) -> None:
    before = copy.deepcopy(products)
    out = apply_stock(products, [StockRow(2, "dress-floral", "黑色", "M", 0),
                                 StockRow(3, "修身针织长袖连衣裙", "酒红色", "S", 40),  # by its exact name
                                 StockRow(4, "dress-floral", "黑色", "M", 9)])  # the later row wins
    assert stock_of(out, "dress-floral")["黑色"] == {"S": 22, "M": 9, "L": 28, "XL": 3}
    assert stock_of(out, "dress-floral")["米白色"] == {"S": 18, "M": 32, "L": 26, "XL": 11}
    assert stock_of(out, "dress-knit")["酒红色"] == {"S": 40, "M": 19, "L": 15, "XL": 10}
    assert [p["id"] for p in out] == [p["id"] for p in products]
    assert products == before  # the shop's data is not touched


def test_apply_gives_a_colour_without_counts_its_first(products: list[dict[str, Any]]) -> None:
    bare = [{**products[0], "stock": {}}]
    assert apply_stock(bare, [StockRow(2, "dress-floral", "雾霾蓝", "S", 4)])[0]["stock"] == {"雾霾蓝": {"S": 4}}


def test_apply_names_every_row_it_cannot_place(products: list[dict[str, Any]]) -> None:
    with pytest.raises(EditRejected) as caught:
        apply_stock(products, [StockRow(2, "dress-floral", "黑色", "M", 1),
                               StockRow(3, "no-such-dress", "黑色", "M", 1),
                               StockRow(4, "dress-floral", "紫色", "M", 1),
                               StockRow(5, "dress-floral", "黑色", "XXXL", 1),
                               StockRow(6, "法式碎花", "黑色", "M", 1)])  # a name must be whole
    assert caught.value.problems == [
        ("stock.csv 第 3 行", "csv_unknown_product", "没有商品「no-such-dress」:请写店里商品的编码(id)或完整名称"),
        ("stock.csv 第 4 行", "csv_unknown_colour", "商品 dress-floral 没有颜色「紫色」;有: 米白色、雾霾蓝、黑色"),
        ("stock.csv 第 5 行", "csv_unknown_size", "商品 dress-floral 没有尺码「XXXL」;有: S、M、L、XL"),
        ("stock.csv 第 6 行", "csv_unknown_product", "没有商品「法式碎花」:请写店里商品的编码(id)或完整名称"),
    ]


def test_a_single_update_is_named_stock_not_a_csv_line(products: list[dict[str, Any]]) -> None:
    with pytest.raises(EditRejected) as caught:
        apply_stock(products, [StockRow(0, "dress-floral", "紫色", "M", 1)])
    assert [(field, code) for field, code, _ in caught.value.problems] == [("stock", "csv_unknown_colour")]


def test_an_import_reports_every_kind_of_problem_at_once_in_line_order() -> None:
    products = canonical(load_shop())["products"]
    raw = "商品编码,颜色,尺码,库存\ndress-floral,黑色,XXL,3\ndress-floral,黑色,M,很多\nnope,黑色,M,1\n".encode()
    with pytest.raises(EditRejected) as info:
        import_stock_csv(products, raw)
    assert [(field, code) for field, code, _ in info.value.problems] == [
        ("stock.csv 第 2 行", "csv_unknown_size"),
        ("stock.csv 第 3 行", "csv_bad_count"),
        ("stock.csv 第 4 行", "csv_unknown_product"),
    ]


def test_an_import_sets_the_counts_it_names() -> None:
    products = canonical(load_shop())["products"]
    after = import_stock_csv(products, "product,colour,size,stock\ndress-floral,黑色,M,0\n".encode())
    assert after[0]["stock"]["黑色"]["M"] == 0
    assert products[0]["stock"]["黑色"]["M"] == 35  # the input is not changed in place


@pytest.mark.parametrize(
    ("header", "row"),
    [
        ("商家编码,颜色分类,尺码,可用库存", "dress-floral,雾霾蓝,XL,7"),
        ("货号,规格,颜色,实际库存", "dress-floral,XL,雾霾蓝,7"),
        ("外部编码,销售属性,库存量", "dress-floral,雾霾蓝;XL,7"),
        ("商品编码,SKU属性,可售数量", "dress-floral,颜色分类：雾霾蓝；尺码：XL,7"),
    ],
)
def test_common_export_headers_and_a_sale_attributes_column_are_read(header: str, row: str) -> None:
    products = [p.model_dump() for p in load_shop().products]
    out = import_stock_csv(products, f"{header}\n{row}\n".encode())
    dress = next(p for p in out if p["id"] == "dress-floral")
    assert dress["stock"]["雾霾蓝"]["XL"] == 7


def test_a_size_spelled_another_way_and_a_colour_alias_are_the_products_own() -> None:
    products = [p.model_dump() for p in load_shop().products]
    dress = next(p for p in products if p["id"] == "dress-floral")
    dress["variant_aliases"] = {"雾霾蓝": ["蓝色"]}
    out = import_stock_csv(products, "商品编码,颜色,尺码,库存\ndress-floral,蓝色,xl码,3\n".encode())
    assert next(p for p in out if p["id"] == "dress-floral")["stock"]["雾霾蓝"]["XL"] == 3


def test_the_summary_names_products_by_name_with_how_many_counts_changed() -> None:
    products = [p.model_dump() for p in load_shop().products]
    dress = next(p for p in products if p["id"] == "dress-floral")
    same = dress["stock"]["黑色"]["L"]
    raw = (f"商品编码,颜色,尺码,库存\ndress-floral,黑色,S,1\ndress-floral,黑色,M,2\ndress-floral,黑色,L,{same}\n"
           "hoodie-fleece,灰色,L,3\n").encode()
    assert stock_summary(products, raw) == ("导入库存:改了 3 个库存数(法式碎花长袖连衣裙 2 个、加绒连帽卫衣 1 个),"
                                            "其余 1 行和原来一样")
    unchanged = f"商品编码,颜色,尺码,库存\ndress-floral,黑色,L,{same}\n".encode()
    assert stock_summary(products, unchanged) == "导入库存:1 行都和原来一样,没有改动"
