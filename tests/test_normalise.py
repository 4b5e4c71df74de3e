from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest

from botcore.errors import InputError
from botcore.stages.normalise import _CONTROL, _FORMAT, MAX_CHARS, _t2s, normalise, readable


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("尺碼怎麼選", "尺码怎么选"),  # traditional -> simplified
        ("寄到廣州幾天", "寄到广州几天"),
        ("ＸＬ碼有嗎？", "xl码有吗?"),  # full-width -> half-width, lower-case
        ("亲 今天能发货不???", "亲 今天能发货不?"),  # repeated punctuation folded
        ("好的!!!!!~~~~", "好的!~"),
        ("/:^_^在吗/:074", "在吗"),  # 旺旺 emoticon codes
        ("[微笑]你好[抱拳]", "你好"),
        ("😂😂好的👍🏻", "好的"),
        ("  有\t货\n吗  ", "有 货 吗"),  # whitespace and control characters
        ("[姓名x]的订单", "[姓名x]的订单"),  # de-identification placeholders survive
    ],
)
def test_normalise(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


@pytest.mark.parametrize("raw", ["", "   ", "😂😂😂", "/:^_^ [微笑]", "\x00\x01\x7f", "???"])
def test_nothing_readable_is_empty(raw: str) -> None:
    assert normalise(raw).empty


def test_long_message_is_cut_and_says_so() -> None:
    result = normalise("有货吗" * 40_000)  # 120k characters
    assert result.truncated
    assert len(result.text) == MAX_CHARS
    assert not normalise("有货吗").truncated


def test_non_text_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="必须是文字"):
        normalise(b"\xff\xfe")  # type: ignore[arg-type]


@pytest.mark.skipif(unicodedata.unidata_version != "14.0.0", reason="the class is written for Unicode 14")
def test_control_class_matches_unicode_categories() -> None:
    separating, invisible = {"Cc", "Cs", "Zl", "Zp"}, {"Cf"}
    wrong = [
        hex(cp) for cp in range(sys.maxunicode + 1)
        if (unicodedata.category(chr(cp)) in separating) != bool(_CONTROL.fullmatch(chr(cp)))
        or (unicodedata.category(chr(cp)) in invisible) != bool(_FORMAT.fullmatch(chr(cp)))
    ]
    assert wrong == []


@pytest.mark.parametrize("hidden", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u00ad"])
def test_invisible_characters_inside_a_word_are_dropped(hidden: str) -> None:
    assert normalise(f"包{hidden}邮吗").text == "包邮吗"


def test_a_line_break_still_separates_words() -> None:
    assert normalise("包邮吗\n在吗").text == "包邮吗 在吗"


def _questions() -> list[str]:
    path = Path(__file__).parent / "data" / "buyer_questions.jsonl"
    return [json.loads(line)["text"] for line in path.read_text("utf-8").splitlines() if line.strip()]


TRADITIONAL = ["衣服乾了會縮水嗎", "這件有L碼嗎", "今天發貨嗎", "頭髮長的穿哪個", "能開發票嗎", "運費險有嗎"]


@pytest.mark.parametrize("raw", [*TRADITIONAL, *_questions()])
def test_skipping_opencc_never_leaves_a_traditional_character(raw: str) -> None:
    """OpenCC runs only on messages holding a character it changes; converting what
    normalise returned once more must change nothing."""
    text = normalise(raw).text
    assert _t2s().convert(text) == text


@pytest.mark.parametrize(("raw", "expected"), [("衣服乾了會縮水嗎", "衣服干了会缩水吗"), ("發貨", "发货")])
def test_traditional_messages_are_converted_whole(raw: str, expected: str) -> None:
    assert normalise(raw).text == expected


def test_readable_agrees_with_isalnum_for_every_character() -> None:
    chars = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000]
    assert [c for c in chars if readable(c) != c.isalnum()] == []


@pytest.mark.parametrize(("raw", "text"), [
    ("那7千6呢", "那7600呢"), ("八万八行不行", "88000行不行"), ("1万2能出吗", "12000能出吗"), ("两万块", "20000块"),
    ("3.5万", "3.5万"),  # a decimal: left as it is
    ("一千零五", "一千零五"), ("三千五百", "三千五百"),  # more digits after: left for the numbers stage
    ("千万别买错", "千万别买错"),  # no numeral before 千: by all means
])
def test_a_sum_said_in_thousands_as_buyers_bargain_is_read_in_digits(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("散光五百度能做吗", "散光500度能做吗"),  # not 五 and 百度: five hundred degrees
    ("三百五行吗", "350行吗"), ("两百", "200"), ("一百二十斤", "120斤"), ("四百五十五块", "455块"), ("一百零五", "105"),
    ("三千五百", "三千五百"), ("五百万", "五百万"),  # more after: left for the numbers stage
    ("百度一下", "百度一下"), ("几百块", "几百块"),  # no numeral before 百
])
def test_a_number_said_in_hundreds_is_read_in_digits(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("一匹办一级的多少钱", "一匹半一级的多少钱"), ("一个办小时能到吗", "一个半小时能到吗"), ("三点办到", "三点半到"),
    ("有没有一个办法", "有没有一个办法"), ("两个办公室用", "两个办公室用"), ("办理一下", "办理一下"),  # the word 办
])
def test_half_typed_as_its_homophone_after_a_number_is_read_as_half(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("一点五公斤的包邮吗", "1.5公斤的包邮吗"), ("手围十四点五 带哪个", "手围14.5 带哪个"), ("三点五斤", "3.5斤"),
    ("体重五十点五", "体重50.5"), ("十点五米", "10.5米"),
    ("下午三点五十到", "下午三点50到"), ("一点五分", "一点五分"), ("两点半发货", "两点半发货"),  # times: as said
    ("满金星的一点五呢", "满金星的一点五呢"),  # no unit after, no measure before: as said
    ("导向片是24*240的", "导向片是24x240的"), ("30×280", "30x280"),  # a times sign between numbers: x
    ("40乘60的", "40x60的"), ("那2米乘3米呢", "那2米x3米呢"), ("六十乘九十", "60x90"),  # 乘 between them too
    ("乘车几个小时", "乘车几个小时"),  # (not between numbers: the word itself)
    ("美码九码半穿哪个", "美码9.5码穿哪个"), ("平时穿42码半", "平时穿42.5码"), ("七号半", "7.5号"),  # a size and a half
    ("一个半码", "一个半码"),
])
def test_a_number_with_a_decimal_said_in_words_is_read_in_digits_before_a_unit_or_after_its_measure(
        raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("兄弟七一八零用哪个", "兄弟7180用哪个"), ("一零二零能用吗", "1020能用吗"), ("二零二六年生产的", "2026年生产的"),
    ("一二三", "一二三"), ("九九八十一", "九九八十一"),  # three without 零, or beside tens: words, left
])
def test_a_number_said_digit_by_digit_is_read_in_digits(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("能装副架驶吗", "能装副驾驶吗"), ("美装蛋要打湿吗", "美妆蛋要打湿吗"), ("豪华套装多少前", "豪华套装多少钱"),
    ("是蝶刹吗", "是碟刹吗"), ("能趟平吗", "能躺平吗"), ("滤芯多就换一次", "滤芯多久换一次"),
    ("差不多就行", "差不多就行"), ("保之期多久啊", "保质期多久啊"), ("粉成大不大", "粉尘大不大"),
    ("有半镑的吗", "有半磅的吗"), ("耶加酸步酸啊", "耶加酸不酸啊"), ("辣步辣", "辣不辣"), ("酸步酸步酸", "酸不酸不酸"),
    ("走的准部准", "走的准不准"), ("好布好用", "好不好用"), ("能垛骨头吗", "能剁骨头吗"), ("能折跌吗", "能折叠吗"),
    ("包由吗亲", "包邮吗亲"), ("这个包由什么做的", "这个包由什么做的"),  # 包由 asked alone, not 由 of what it is made
    ("能用煤汽罐吗", "能用煤气罐吗"),
    ("蒸多旧啊", "蒸多久啊"), ("这个旧不旧", "这个旧不旧"),  # 多久 typed 多旧 after a way of cooking, not 旧 alone
    ("xl的多钱", "xl的多少钱"),  # 多钱 after 的, short for 多少钱
    ("遥空版啥时候有货", "遥控版啥时候有货"), ("有没有大点的盖晚", "有没有大点的盖碗"),
    ("有木有巧克力色的", "有没有巧克力色的"),
    ("二年纪用哪个尺寸", "二年级用哪个尺寸"), ("多大年纪", "多大年纪"),  # 年纪 after a number: a school year
    ("一批半的还有吗", "一匹半的还有吗"), ("硒谷打出来有黑道", "硒鼓打出来有黑道"), ("有没有打腊", "有没有打蜡"),
    ("这个胎躁音大吗", "这个胎噪音大吗"), ("有背建吗", "有背键吗"),
    ("第一批货", "第一批货"),  # (a batch, left as typed)
    ("一步一个脚印", "一步一个脚印"), ("跑步步数", "跑步步数"), ("美装修", "美装修"),  # no typo: left as typed
    ("全部全是坏的", "全部全是坏的"), ("一部一部看", "一部一部看"),
])
def test_words_buyers_commonly_mistype_are_put_right(raw: str, text: str) -> None:
    assert normalise(raw).text == text


@pytest.mark.parametrize(("raw", "text"), [
    ("六十的呢", "60的呢"), ("三十五码", "35码"), ("二十四小时", "24小时"),
    ("双十二", "双十二"), ("十一点", "十一点"), ("第三十", "第三十"),  # a day's name, 十 alone, an ordinal
])
def test_a_number_said_in_tens_is_read_in_digits(raw: str, text: str) -> None:
    assert normalise(raw).text == text
