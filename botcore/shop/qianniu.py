"""Quick phrases and keyword replies from 千牛's exports: the 快捷短语 export and the
自动回复 关键词 settings, as a CSV file (UTF-8, UTF-8 with BOM, or GBK as Excel saves it on
Chinese Windows) or an Excel workbook (.xlsx, every sheet read).

Columns are found by their header, as the exports and the owners' own sheets name them:

    quick phrases   分组/分组名称/短语分组 (kept in the preview only: a shop's quick phrase has
                    no group), 快捷编码/编码/快捷键/标题/短语标题 (the title), and
                    快捷短语/短语/短语内容/内容/回复内容 (the text)
    keyword replies 关键词/关键字/触发关键词 (several in one cell, separated by , ， 、 ; ； /
                    or spaces) and 回复/回复内容/自动回复内容/答案

A sheet with a keyword column holds keyword replies, else one with a text column holds quick
phrases. A phrase without a title gets one made from its first words (without the 亲/您好 it
opens with); a title longer than a shop allows is shortened. A line that cannot become a
phrase or a rule (no text, a text or keyword past the shop's limits, the same as an earlier
line or as one the shop has) is skipped with its line number and why, in Chinese; blank
lines are passed over. Braces in the texts are kept as written (``{`` is saved as ``{{``,
since a shop's texts are templates). An old binary .xls workbook is refused with how to
save it as .xlsx or CSV.
"""

from __future__ import annotations

import csv
import io
import re
import warnings
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import openpyxl

from botcore.errors import EditRejected
from botcore.shop.stockcsv import CSV_UNREADABLE, decode_csv

__all__ = ["MAX_LINES", "KeywordReply", "Phrase", "QianniuFile", "Skipped", "read_qianniu"]

#: At most this many non-blank lines are read from a CSV file or from one sheet of a workbook.
MAX_LINES = 20_000

# the shop model's limits (botcore/shop/model.py: QuickPhrase, KeywordRule, Shop); tests/test_qianniu.py
# checks they are the model's
_TITLE_MAX = 20
_TEXT_MAX = 500
_KEYWORD_MAX = 30
_PHRASES_MAX = 500
_RULES_MAX = 1000

_FILE = "千牛文件"
_XLS = b"\xd0\xcf\x11\xe0"  # the OLE2 container of Excel 97-2003 workbooks
_XLSX = b"PK\x03\x04"  # a zip archive, as .xlsx is

# each column's header spellings, the preferred first
_GROUP = ("分组名称", "分组", "短语分组", "分组名")
_TITLE = ("短语标题", "标题", "快捷编码", "快捷键", "编码")
_TEXT = ("快捷短语", "短语内容", "内容", "回复内容", "短语")
_KEYWORDS = ("关键词", "触发关键词", "关键字")
_REPLY = ("回复内容", "自动回复内容", "回复", "答案")
_HEADER_LINES = 10  # a header may sit below a title line or two

_KEYWORD_SPLIT = re.compile(r"[,，、;；/|\s]+")
_SALUTATION = re.compile(r"^(?:亲爱的|亲亲|亲|您好|你好|在的|在呢)[,，!！~～。.、\s]*")
_CLAUSE = re.compile(r"[,，。!！?？;；~～\n]+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Skipped:
    """A line not imported: its number (as the spreadsheet shows it) and why, in Chinese;
    ``sheet`` names the sheet in a workbook of several."""

    line: int
    why: str
    sheet: str = ""

    def body(self) -> dict[str, Any]:
        return {"line": self.line, "why": self.why, **({"sheet": self.sheet} if self.sheet else {})}


@dataclass(frozen=True)
class Phrase:
    line: int
    title: str
    text: str
    group: str = ""
    sheet: str = ""


@dataclass(frozen=True)
class KeywordReply:
    line: int
    keywords: tuple[str, ...]
    reply: str
    sheet: str = ""


@dataclass(frozen=True)
class QianniuFile:
    """What a 千牛 file holds that a shop can take, and the lines skipped."""

    quick_phrases: tuple[Phrase, ...] = ()
    keyword_rules: tuple[KeywordReply, ...] = ()
    skipped: tuple[Skipped, ...] = ()

    def new_for(self, data: Mapping[str, Any]) -> QianniuFile:
        """What of it a shop (its data) has not got yet and has room for; the rest is skipped."""
        skipped = list(self.skipped)
        have = {_text_key(p.get("text", "")) for p in data.get("quick_phrases", [])}
        phrases: list[Phrase] = []
        room = _PHRASES_MAX - len(data.get("quick_phrases", []))
        for phrase in self.quick_phrases:
            if _text_key(phrase.text) in have:
                skipped.append(Skipped(phrase.line, "店里已经有这条快捷短语了", phrase.sheet))
            elif len(phrases) >= room:
                skipped.append(Skipped(phrase.line, f"一家店最多 {_PHRASES_MAX} 条快捷短语,已经满了,"
                                                    "这一行没有导入;请先删掉用不上的短语", phrase.sheet))
            else:
                phrases.append(phrase)
        rules_now = data.get("keyword_rules", [])
        known = {_keywords_key(r.get("keywords", ())): r.get("reply", "") for r in rules_now}
        rules: list[KeywordReply] = []
        room = _RULES_MAX - len(rules_now)
        for rule in self.keyword_rules:
            reply = known.get(_keywords_key(rule.keywords))
            if reply is not None:
                skipped.append(Skipped(rule.line, "店里已经有这条关键词回复了" if reply == rule.reply else
                                       f"店里已经有关键词「{'、'.join(rule.keywords)}」的回复了,"
                                       "买家问到时会用店里原来那条", rule.sheet))
            elif len(rules) >= room:
                skipped.append(Skipped(rule.line, f"一家店最多 {_RULES_MAX} 条关键词回复,已经满了,"
                                                  "这一行没有导入;请先删掉用不上的", rule.sheet))
            else:
                rules.append(rule)
        sheets = {sheet: n for n, sheet in enumerate(dict.fromkeys(s.sheet for s in skipped))}  # in the file's order
        skipped.sort(key=lambda s: (sheets[s.sheet], s.line))
        return QianniuFile(tuple(phrases), tuple(rules), tuple(skipped))

    def sections(self, data: Mapping[str, Any]) -> dict[str, list[dict[str, Any]]]:
        """The shop's ``quick_phrases`` and ``keyword_rules`` with these appended (only the
        sections that gain something)."""
        out: dict[str, list[dict[str, Any]]] = {}
        if self.quick_phrases:
            out["quick_phrases"] = [*data.get("quick_phrases", []),
                                    *({"title": p.title, "text": p.text} for p in self.quick_phrases)]
        if self.keyword_rules:
            out["keyword_rules"] = [*data.get("keyword_rules", []),
                                    *({"keywords": list(r.keywords), "reply": r.reply} for r in self.keyword_rules)]
        return out

    def counts(self) -> str:
        """「12 条快捷短语、3 条关键词回复」 (what there is of the two)."""
        parts = [f"{len(self.quick_phrases)} 条快捷短语" if self.quick_phrases else "",
                 f"{len(self.keyword_rules)} 条关键词回复" if self.keyword_rules else ""]
        return "、".join(part for part in parts if part)

    def preview(self) -> dict[str, Any]:
        """The admin API's preview: what would be added, the lines skipped, one line in words."""
        summary = f"从千牛文件里读到 {self.counts()}" if self.counts() else "千牛文件里没有可以导入的新短语或关键词回复"
        if self.skipped:
            summary += f";跳过 {len(self.skipped)} 行(原因见每一行)"
        return {
            "quick_phrases": [{"title": p.title, "text": p.text, "group": p.group} for p in self.quick_phrases],
            "keyword_rules": [{"keywords": list(r.keywords), "reply": r.reply} for r in self.keyword_rules],
            "skipped": [s.body() for s in self.skipped],
            "summary": summary,
        }


def read_qianniu(raw: bytes) -> QianniuFile:
    """The quick phrases and keyword replies of a 千牛 export (CSV or .xlsx); `EditRejected`
    when the file as a whole cannot be read (an old .xls, no header recognised, empty)."""
    if raw.startswith(_XLS):
        raise EditRejected([(_FILE, "old_excel", "这是旧版 Excel(.xls)文件,请在 Excel 里另存为 .xlsx 或 CSV 再导入")],
                           "没有导入")
    sheets = [(name, lines) for name, lines in (_workbook(raw) if raw.startswith(_XLSX) else [("", _csv_lines(raw))])
              if lines]
    if not sheets:
        raise EditRejected([(_FILE, "empty_file", "文件是空的:请从千牛导出快捷短语或关键词回复后再上传")], "没有导入")
    read = [_sheet(lines, name if len(sheets) > 1 else "") for name, lines in sheets]
    found = [sheet for sheet in read if sheet is not None]
    if not found:  # a workbook's other sheets (说明, 示例) may be anything
        headers = ";".join((f"工作表「{name}」的" if len(sheets) > 1 else "") + "表头是 "
                           + ",".join(cell for cell in lines[0][1] if cell) for name, lines in sheets)
        raise EditRejected([(_FILE, "qianniu_bad_header",
                             "认不出这是千牛的快捷短语还是关键词回复:快捷短语的表头要有「快捷短语」(或 短语内容)列,"
                             f"关键词回复要有「关键词」和「回复内容」两列;现在{headers}")], "没有导入")
    return QianniuFile(tuple(p for sheet in found for p in sheet.quick_phrases),
                       tuple(r for sheet in found for r in sheet.keyword_rules),
                       tuple(s for sheet in found for s in sheet.skipped))


_Lines = list[tuple[int, list[str]]]  # (line number, cells) of the non-blank lines


def _csv_lines(raw: bytes) -> _Lines:
    text = decode_csv(raw, _FILE)
    dialect = "excel-tab" if "\t" in text.partition("\n")[0] else "excel"
    reader = csv.reader(io.StringIO(text), dialect)
    lines: _Lines = []
    try:
        for number, row in enumerate(reader, start=1):  # a record's number is its row in Excel
            if any(cell.strip() for cell in row):
                lines.append((number, [_clean(cell) for cell in row]))
                _check_length(len(lines))
    except csv.Error as e:
        raise EditRejected([(f"{_FILE} 第 {reader.line_num} 行", "csv_malformed", CSV_UNREADABLE)],
                           "没有导入") from e
    return lines


def _workbook(raw: bytes) -> list[tuple[str, _Lines]]:
    # openpyxl warns about what it skips (styles, extensions): nothing the import reads
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            book = openpyxl.load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            try:
                return [(sheet.title, _sheet_lines(sheet.iter_rows(values_only=True))) for sheet in book.worksheets]
            finally:
                book.close()
        except EditRejected:
            raise
        except Exception as e:  # a damaged workbook fails in many ways (zip, XML, styles), all one to the owner
            raise EditRejected([(_FILE, "bad_excel", "这个 Excel 文件打不开(可能已损坏,或不是 .xlsx):"
                                 "请在 Excel 里打开后另存为 .xlsx 或 CSV 再导入")], "没有导入") from e


def _sheet_lines(rows: Iterable[tuple[object, ...]]) -> _Lines:
    lines: _Lines = []
    for number, row in enumerate(rows, start=1):
        cells = [_cell(value) for value in row]
        if any(cells):
            lines.append((number, cells))
            _check_length(len(lines))
    return lines


def _check_length(lines: int) -> None:
    if lines > MAX_LINES:
        raise EditRejected([(_FILE, "file_too_long", f"一次最多导入 {MAX_LINES} 行,请分几次上传")], "没有导入")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return _clean(str(value))


def _clean(cell: str) -> str:
    return cell.replace("\r\n", "\n").replace("\r", "\n").strip()


def _header_name(cell: str) -> str:
    """A header as written, without spaces, a required-field star, a note in brackets or a colon."""
    name = re.sub(r"[(（【\[].*?[)）】\]]", "", _SPACES.sub("", cell)).strip("*:：")
    return name.lower()


def _column(names: Sequence[str], spellings: Sequence[str], taken: Sequence[int] = ()) -> int:
    for spelling in spellings:
        for i, name in enumerate(names):
            if name == spelling and i not in taken:
                return i
    return -1


def _sheet(lines: _Lines, sheet: str) -> QianniuFile | None:
    """A sheet's phrases or rules, read below the first line that names the columns."""
    for at, (_, cells) in enumerate(lines[:_HEADER_LINES]):
        names = [_header_name(cell) for cell in cells]
        keywords = _column(names, _KEYWORDS)
        reply = _column(names, _REPLY, [keywords])
        if keywords >= 0 and reply >= 0:
            return _rules(lines[at + 1:], keywords, reply, sheet)
        text = _column(names, _TEXT)
        if text >= 0 and keywords < 0:
            title = _column(names, _TITLE, [text])
            group = _column(names, _GROUP, [text, title])
            return _phrases(lines[at + 1:], text, title, group, sheet)
    return None


def _at(cells: list[str], index: int) -> str:
    return cells[index] if 0 <= index < len(cells) else ""


def _phrases(lines: _Lines, text_at: int, title_at: int, group_at: int, sheet: str) -> QianniuFile:
    phrases: list[Phrase] = []
    skipped: list[Skipped] = []
    seen: dict[str, int] = {}
    for line, cells in lines:
        written = _at(cells, text_at)
        text = _escaped(written)
        if not written:
            skipped.append(Skipped(line, "这一行没有短语内容", sheet))
            continue
        if len(text) > _TEXT_MAX:
            skipped.append(Skipped(line, f"短语有 {len(text)} 个字,超过了 {_TEXT_MAX} 个字的上限;"
                                         "请删短或分成两条再导入", sheet))
            continue
        key = _text_key(text)
        if key in seen:
            skipped.append(Skipped(line, f"和第 {seen[key]} 行的短语一样", sheet))
            continue
        seen[key] = line
        title = _SPACES.sub(" ", _at(cells, title_at)) or _title(written)
        phrases.append(Phrase(line, _short(title), text, _SPACES.sub(" ", _at(cells, group_at)), sheet))
    return QianniuFile(quick_phrases=tuple(phrases), skipped=tuple(skipped))


def _rules(lines: _Lines, keywords_at: int, reply_at: int, sheet: str) -> QianniuFile:
    rules: list[KeywordReply] = []
    skipped: list[Skipped] = []
    seen: dict[frozenset[str], tuple[int, str]] = {}
    for line, cells in lines:
        keywords = tuple(dict.fromkeys(word for word in _KEYWORD_SPLIT.split(_at(cells, keywords_at)) if word))
        reply = _escaped(_at(cells, reply_at))
        why = _rule_problem(keywords, reply)
        if why:
            skipped.append(Skipped(line, why, sheet))
            continue
        key = _keywords_key(keywords)
        if key in seen:
            first, said = seen[key]
            skipped.append(Skipped(line, f"和第 {first} 行重复" if said == reply else
                                   f"关键词和第 {first} 行一样,买家问到时只会用第 {first} 行的回复", sheet))
            continue
        seen[key] = (line, reply)
        rules.append(KeywordReply(line, keywords, reply, sheet))
    return QianniuFile(keyword_rules=tuple(rules), skipped=tuple(skipped))


def _rule_problem(keywords: Sequence[str], reply: str) -> str:
    if not keywords:
        return "这一行没有关键词"
    if not reply:
        return "这一行没有回复内容"
    long = next((word for word in keywords if len(word) > _KEYWORD_MAX), None)
    if long is not None:
        return f"关键词「{long[:12]}…」有 {len(long)} 个字,超过了 {_KEYWORD_MAX} 个字的上限;关键词要短,几个字就好"
    unreadable = next((word for word in keywords if not any(ch.isalnum() for ch in word)), None)
    if unreadable is not None:
        return f"关键词「{unreadable}」只有符号或表情,买家的话里认不出来;请换成文字"
    if len(reply) > _TEXT_MAX:
        return f"回复有 {len(reply)} 个字,超过了 {_TEXT_MAX} 个字的上限;请删短再导入"
    return ""


def _title(text: str) -> str:
    """A title from a phrase's first words: 「亲,这款是现货,付款后48小时内发」 -> 这款是现货."""
    body = text
    while (opening := _SALUTATION.match(body)) and opening.end() < len(body):
        body = body[opening.end():]
    clauses = [clause.strip() for clause in _CLAUSE.split(body) if clause.strip()]
    if not clauses:
        return text
    title = clauses[0]
    if len(title) < 4 and len(clauses) > 1:  # 「好的,马上为您查」: one clause says too little
        title = f"{title},{clauses[1]}"
    return title


def _short(title: str) -> str:
    return title if len(title) <= _TITLE_MAX else title[:_TITLE_MAX - 1] + "…"


def _escaped(text: str) -> str:
    """A 千牛 text as a shop's template that shows it as written: braces doubled."""
    return text.replace("{", "{{").replace("}", "}}")


def _text_key(text: str) -> str:
    return _SPACES.sub("", str(text))


def _keywords_key(keywords: Iterable[str]) -> frozenset[str]:
    return frozenset(str(word).strip().lower() for word in keywords)

