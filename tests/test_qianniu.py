"""Import from 千牛 (botcore/shop/qianniu.py and ``POST /api/shops/{id}/import/qianniu``): real
files as 千牛 and Excel save them (a GBK CSV, a UTF-8 CSV with BOM, an .xlsx written with
openpyxl, a keyword-reply CSV), every line's fate asserted (titles, texts, keywords split,
skipped lines with their reasons), the old .xls refused; through the admin API on a real
SQLite file, a preview saves nothing and an import adds exactly the new ones, live for
the next buyer message."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from fastapi.testclient import TestClient
from servers import SECRET, Clock, Webhook, shop_time
from support import ADMIN_TOKEN, AdminClient, admin_error

from botcore.errors import EditRejected
from botcore.shop import KeywordRule, QuickPhrase, Shop
from botcore.shop.editing import build
from botcore.shop.qianniu import QianniuFile, read_qianniu
from botcore.shop.shopfile import load_shop
from server import create_app
from serving.settings import ServerSettings

# 千牛's 快捷短语 export, as Excel on Chinese Windows saves it (GBK): a group, a shortcut code, the text
PHRASES = (
    "分组名称,快捷编码,快捷短语\r\n"
    "售前,发货时间,亲，我们付款后48小时内发货哦～\r\n"
    "售前,,亲，您好，这款是现货，付款后马上安排发出\r\n"
    ",,\r\n"  # blank: passed over
    "售后,退换,\r\n"  # a title but no text
    "售前,发货时间2,亲，我们付款后48小时内发货哦～\r\n"  # the same text as line 2
    f"售前,长的,{'很长' * 260}\r\n"  # 520 characters
    "活动,,\"亲，满199减20，\r\n可以和店铺券一起用哦{惊喜}\"\r\n"  # a text over two lines (Excel's row 8), with braces
)


def skipped(found: QianniuFile) -> list[tuple[int, str]]:
    return [(s.line, s.why) for s in found.skipped]


def test_a_gbk_phrase_export_gives_titles_texts_and_groups_and_says_why_a_line_is_skipped() -> None:
    found = read_qianniu(PHRASES.encode("gbk"))
    assert [(p.line, p.title, p.text, p.group) for p in found.quick_phrases] == [
        (2, "发货时间", "亲，我们付款后48小时内发货哦～", "售前"),
        (3, "这款是现货", "亲，您好，这款是现货，付款后马上安排发出", "售前"),  # a title from its first words
        (8, "满199减20", "亲，满199减20，\n可以和店铺券一起用哦{{惊喜}}", "活动"),  # braces kept as written
    ]
    assert skipped(found) == [
        (5, "这一行没有短语内容"),
        (6, "和第 2 行的短语一样"),
        (7, "短语有 520 个字,超过了 500 个字的上限;请删短或分成两条再导入"),
    ]
    assert found.keyword_rules == ()
    assert found.preview()["summary"] == "从千牛文件里读到 3 条快捷短语;跳过 3 行(原因见每一行)"


@pytest.mark.parametrize(
    ("header", "title"),
    [("短语分组,短语标题,短语内容", "问尺码"), ("分组,标题,内容", "问尺码"), ("分组,快捷键,短语", "问尺码"),
     ("分组名称,编码,回复内容", "问尺码"), ("分组,内容", "方便说下身高体重吗"),
     ("快捷短语*(必填),分组名称", "方便说下身高体重吗")],
)
def test_the_columns_are_found_by_the_names_exports_give_them(header: str, title: str) -> None:
    said = "亲，方便说下身高体重吗？帮您选码"
    cells = [said if name in ("内容", "短语内容", "短语", "回复内容", "快捷短语*(必填)") else
             "问尺码" if name in ("短语标题", "标题", "快捷键", "编码") else "售前" for name in header.split(",")]
    [phrase] = read_qianniu(f"{header}\n{','.join(cells)}\n".encode("utf-8-sig")).quick_phrases
    assert (phrase.title, phrase.text) == (title, said)


def test_a_utf8_csv_with_bom_reads_the_same_as_gbk() -> None:
    assert read_qianniu(PHRASES.encode("utf-8-sig")) == read_qianniu(PHRASES.encode("gbk"))


def test_a_made_title_is_at_most_twenty_characters_and_a_long_one_is_shortened() -> None:
    text = ("快捷短语,标题\n"
            "亲亲，这一款连衣裙的面料是百分之百桑蚕丝所以请手洗并且阴干哦,\n"
            f"好的，马上为您查,{'超' * 30}\n")
    phrases = read_qianniu(text.encode()).quick_phrases
    assert [p.title for p in phrases] == ["这一款连衣裙的面料是百分之百桑蚕丝所以…", "超" * 19 + "…"]
    assert all(len(p.title) <= 20 for p in phrases)


def xlsx(*sheets: tuple[str, list[list[Any]]]) -> bytes:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for title, rows in sheets:
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_an_xlsx_workbook_is_read_sheet_by_sheet_below_its_title_line() -> None:
    raw = xlsx(
        ("说明", [["这个文件是千牛导出的"], ["请不要改表头"]]),  # no header it knows: passed over
        ("快捷短语", [["快捷短语导出 2026-11-30"], [], ["分组名称", "快捷编码", "快捷短语"],
                      ["售前", 1001, "亲，今天16点前付款当天发"], ["售前", None, None],
                      ["售后", "退货", "亲，7天无理由退换哦"]]),
        ("关键词", [["关键词", "回复内容"], ["发票、开票", "亲，可以开电子发票的，下单后联系客服"]]),
    )
    found = read_qianniu(raw)
    assert [(p.line, p.title, p.text, p.group) for p in found.quick_phrases] == [
        (4, "1001", "亲，今天16点前付款当天发", "售前"),  # a number in a cell is read as written
        (6, "退货", "亲，7天无理由退换哦", "售后"),
    ]
    assert [(r.line, r.keywords, r.reply) for r in found.keyword_rules] == [
        (2, ("发票", "开票"), "亲，可以开电子发票的，下单后联系客服")]
    assert found.preview()["skipped"] == [{"line": 5, "why": "这一行没有短语内容", "sheet": "快捷短语"}]


def zipped(files: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, text in files.items():
            archive.writestr(name, text)
    return out.getvalue()


RULES = (
    "关键词,回复内容\n"
    "包邮 运费,亲，全场满99包邮哦\n"
    "发票；开票/专票,\"亲，可以开电子普通发票和专票，{请留言}\"\n"
    "包邮，运费,亲，不包邮\n"  # the same keywords as line 2, another reply
    "定制、刻字,亲，店里暂不接定制哦\n"
    "驿站|快递柜,亲，可以放驿站\n"
    ",只有回复没有关键词\n"
    "尺码,\n"
    f"{'超长关键词' * 7},太长了\n"
    "😀,只有表情\n"
    "包邮 运费,亲，全场满99包邮哦\n"
)


def test_keyword_replies_split_their_keywords_and_skip_what_a_shop_cannot_take() -> None:
    found = read_qianniu(RULES.encode("utf-8"))
    assert [(r.line, r.keywords, r.reply) for r in found.keyword_rules] == [
        (2, ("包邮", "运费"), "亲，全场满99包邮哦"),
        (3, ("发票", "开票", "专票"), "亲，可以开电子普通发票和专票，{{请留言}}"),
        (5, ("定制", "刻字"), "亲，店里暂不接定制哦"),
        (6, ("驿站", "快递柜"), "亲，可以放驿站"),
    ]
    assert skipped(found) == [
        (4, "关键词和第 2 行一样,买家问到时只会用第 2 行的回复"),
        (7, "这一行没有关键词"),
        (8, "这一行没有回复内容"),
        (9, "关键词「超长关键词超长关键词超长…」有 35 个字,超过了 30 个字的上限;关键词要短,几个字就好"),
        (10, "关键词「😀」只有符号或表情,买家的话里认不出来;请换成文字"),
        (11, "和第 2 行重复"),
    ]
    assert found.preview()["summary"] == "从千牛文件里读到 4 条关键词回复;跳过 6 行(原因见每一行)"


def test_an_old_xls_workbook_is_refused_with_what_to_do() -> None:
    with pytest.raises(EditRejected) as caught:
        read_qianniu(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    assert caught.value.problems == [
        ("千牛文件", "old_excel", "这是旧版 Excel(.xls)文件,请在 Excel 里另存为 .xlsx 或 CSV 再导入")]


@pytest.mark.parametrize(
    ("raw", "code", "says"),
    [(b"", "empty_file", "文件是空的"), (b"\n,,\n", "empty_file", "文件是空的"),
     ("商品编码,颜色,尺码,库存\nA,黑,M,3\n".encode(), "qianniu_bad_header", "现在表头是 商品编码,颜色,尺码,库存"),
     (b"PK\x03\x04 not really a zip", "bad_excel", "这个 Excel 文件打不开"),
     (zipped({"word/document.xml": "<w/>"}), "bad_excel", "这个 Excel 文件打不开"),
     (zipped({"[Content_Types].xml": "<Types", "xl/workbook.xml": "<"}), "bad_excel", "这个 Excel 文件打不开"),
     (b"\xff\xfe\x00\xd8\x00\xd8", "csv_encoding", "文件编码认不出来")],
    ids=["empty", "blank lines", "a stock file", "a broken xlsx", "a .docx", "broken XML", "not text"],
)
def test_a_file_that_is_not_a_qianniu_export_is_refused_naming_what_it_is(raw: bytes, code: str, says: str) -> None:
    with pytest.raises(EditRejected) as caught:
        read_qianniu(raw)
    [(field, got, message)] = caught.value.problems
    assert (field, got) == ("千牛文件", code)
    assert says in message


def test_what_a_shop_has_already_is_skipped_and_the_rest_appended() -> None:
    data = build(load_shop().model_dump(mode="json", exclude_defaults=True)).data
    data["quick_phrases"].append({"title": "上新", "text": "亲，新款周五上架哦"})
    file = ("快捷短语,标题\n"
            "亲，新款周五 上架哦,新款\n"  # the shop's, but for a space
            "亲，稍等一下哦，{agent}马上帮您确认～,稍等\n"  # braces in 千牛 are text: not the shop's {agent}
            "亲，双十二全场包邮,活动\n")
    new = read_qianniu(file.encode()).new_for(data)
    waiting = "亲，稍等一下哦，{{agent}}马上帮您确认～"
    assert [(p.title, p.text) for p in new.quick_phrases] == [("稍等", waiting), ("活动", "亲，双十二全场包邮")]
    assert skipped(new) == [(2, "店里已经有这条快捷短语了")]
    sections = new.sections(data)
    assert sections == {"quick_phrases": [*data["quick_phrases"], {"title": "稍等", "text": waiting},
                                          {"title": "活动", "text": "亲，双十二全场包邮"}]}
    built = build({**data, **sections})
    assert built.shop.quick_phrases[-1] == QuickPhrase(title="活动", text="亲，双十二全场包邮")


def test_a_shop_full_of_phrases_takes_no_more() -> None:
    data = build(load_shop().model_dump(mode="json", exclude_defaults=True)).data
    data["quick_phrases"] = [{"title": f"第{n}条", "text": f"短语{n}"} for n in range(499)]
    new = read_qianniu("快捷短语\n新的一条\n再一条\n".encode()).new_for(data)
    assert [p.text for p in new.quick_phrases] == ["新的一条"]
    assert skipped(new) == [(3, "一家店最多 500 条快捷短语,已经满了,这一行没有导入;请先删掉用不上的短语")]


def test_the_limits_are_the_shop_models() -> None:
    """The reader skips exactly what the shop model would refuse."""
    QuickPhrase(title="标" * 20, text="字" * 500)
    KeywordRule(keywords=["词" * 30], reply="字" * 500)
    for bad in ({"title": "标" * 21, "text": "字"}, {"title": "标", "text": "字" * 501}):
        with pytest.raises(ValueError):
            QuickPhrase(**bad)
    for rule in ({"keywords": ["词" * 31], "reply": "字"}, {"keywords": ["词"], "reply": "字" * 501}):
        with pytest.raises(ValueError):
            KeywordRule(**rule)
    assert Shop.model_fields["quick_phrases"].metadata[0].max_length == 500
    assert Shop.model_fields["keyword_rules"].metadata[0].max_length == 1000


# --------------------------------------------------------------------------- through the admin API


@pytest.fixture
def app(tmp_path: Path) -> Iterator[tuple[AdminClient, Webhook]]:
    clock = Clock(shop_time(2026, 11, 20, 14, 0))
    settings = ServerSettings(webhook_secret=SECRET, admin_token=ADMIN_TOKEN, state=f"sqlite:///{tmp_path}/state.db")
    with TestClient(create_app(settings, clock=clock), raise_server_exceptions=False) as client:
        yield AdminClient(client), Webhook(client, clock=clock)


def post(admin: AdminClient, raw: bytes, preview: bool = False, if_match: str | None = None) -> Any:
    return admin.request("POST", "/import/qianniu", params={"preview": 1} if preview else None, content=raw,
                         if_match=if_match)


def test_a_preview_says_what_would_be_added_and_saves_nothing(app: tuple[AdminClient, Webhook]) -> None:
    admin, _ = app
    before = admin.snapshot()
    response = post(admin, PHRASES.encode("gbk"), preview=True)  # no If-Match needed: nothing is saved
    assert response.status_code == 200, response.text
    assert response.json() == {
        "quick_phrases": [
            {"title": "发货时间", "text": "亲，我们付款后48小时内发货哦～", "group": "售前"},
            {"title": "这款是现货", "text": "亲，您好，这款是现货，付款后马上安排发出", "group": "售前"},
            {"title": "满199减20", "text": "亲，满199减20，\n可以和店铺券一起用哦{{惊喜}}", "group": "活动"},
        ],
        "keyword_rules": [],
        "skipped": [{"line": 5, "why": "这一行没有短语内容"}, {"line": 6, "why": "和第 2 行的短语一样"},
                    {"line": 7, "why": "短语有 520 个字,超过了 500 个字的上限;请删短或分成两条再导入"}],
        "summary": "从千牛文件里读到 3 条快捷短语;跳过 3 行(原因见每一行)",
    }
    assert admin.snapshot() == before


def test_an_import_adds_exactly_the_new_ones_live_for_the_next_buyer(app: tuple[AdminClient, Webhook]) -> None:
    admin, hook = app
    phrases_before = admin.read()["data"]["quick_phrases"]
    assert "驿站" not in hook.say("q-0", "能放驿站吗")["replies"][0]

    saved = admin.edit("POST", "/import/qianniu", content=RULES.encode("utf-8"))
    assert saved["revision"] == 2
    assert saved["summary"] == "从千牛导入 4 条关键词回复"
    assert saved["changes"] == ["keyword_rules"]
    assert [s["line"] for s in saved["skipped"]] == [4, 7, 8, 9, 10, 11]
    data = admin.read()["data"]
    assert data["keyword_rules"][1:] == [
        {"keywords": ["包邮", "运费"], "reply": "亲，全场满99包邮哦"},
        {"keywords": ["发票", "开票", "专票"], "reply": "亲，可以开电子普通发票和专票，{{请留言}}"},
        {"keywords": ["定制", "刻字"], "reply": "亲，店里暂不接定制哦"},
        {"keywords": ["驿站", "快递柜"], "reply": "亲，可以放驿站"},
    ]
    assert data["quick_phrases"] == phrases_before
    decision = hook.say("q-1", "能放驿站吗")
    assert (decision["replies"], decision["template_ids"]) == (["亲，可以放驿站"], ["keyword_rules[4]"])
    assert hook.say("q-2", "能开专票吗")["replies"] == ["亲，可以开电子普通发票和专票，{请留言}"]  # shown as written
    assert admin.get("/revisions")["revisions"][0]["summary"] == "从千牛导入 4 条关键词回复"

    again = admin.edit("POST", "/import/qianniu", content=RULES.encode("utf-8"))  # the same file twice: nothing new
    assert (again["revision"], again["summary"], again["changes"]) == (2, "没有改动", [])
    assert {s["why"] for s in again["skipped"] if s["line"] in (2, 3, 5, 6)} == {"店里已经有这条关键词回复了"}
    assert admin.read()["data"]["keyword_rules"] == data["keyword_rules"]


def test_phrases_and_an_xlsx_import_together_with_a_stale_or_missing_revision_refused(
    app: tuple[AdminClient, Webhook]
) -> None:
    admin, _ = app
    raw = xlsx(("Sheet1", [["分组", "标题", "内容"], ["售前", "上新", "亲，新款周五上架哦"],
                           ["售前", "稍等", "亲，稍等一下哦，小二马上帮您确认～"]]))
    before = admin.snapshot()
    assert admin_error(post(admin, raw), 428)["code"] == "if_match_required"
    assert admin_error(post(admin, raw, if_match='"rev-9"'), 409)["code"] == "revision_conflict"
    assert admin.snapshot() == before

    saved = admin.edit("POST", "/import/qianniu", content=raw)
    assert (saved["revision"], saved["summary"], saved["skipped"]) == (2, "从千牛导入 2 条快捷短语", [])
    added = admin.read()["data"]["quick_phrases"][-2:]
    assert added == [{"title": "上新", "text": "亲，新款周五上架哦"},
                     {"title": "稍等", "text": "亲，稍等一下哦，小二马上帮您确认～"}]


def test_an_old_xls_through_the_api_is_refused_in_chinese_and_changes_nothing(app: tuple[AdminClient, Webhook]) -> None:
    admin, _ = app
    before = admin.snapshot()
    for preview in (True, False):
        error = admin_error(post(admin, b"\xd0\xcf\x11\xe0" + b"\x00" * 100, preview, admin.etag), 422)
        assert error["code"] == "old_excel"
        assert error["message"] == "没有导入:千牛文件 这是旧版 Excel(.xls)文件,请在 Excel 里另存为 .xlsx 或 CSV 再导入"
    assert admin.snapshot() == before
