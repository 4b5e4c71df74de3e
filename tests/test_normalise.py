from __future__ import annotations

import sys
import unicodedata

import pytest

from botcore.errors import InputError
from botcore.normalise import _CONTROL, MAX_CHARS, normalise


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
    wanted = {"Cc", "Cf", "Cs", "Zl", "Zp"}
    wrong = [
        hex(cp) for cp in range(sys.maxunicode + 1)
        if (unicodedata.category(chr(cp)) in wanted) != bool(_CONTROL.fullmatch(chr(cp)))
    ]
    assert wrong == []
