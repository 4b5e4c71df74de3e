"""Personal data is masked before anything is logged; everything else is left alone."""

from __future__ import annotations

import pytest

from serving.privacy import mask


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("电话13812345678", "电话138****5678"),
        ("打我 138 1234 5678 或 +86-139-8765-4321", "打我 138****5678 或 139****4321"),
        ("手机１３８１２３４５６７８", "手机138****5678"),  # full-width digits are digits too
        ("身份证110101199003078888", "身份证[身份证号]"),
        ("邮箱 buyer.li@example.com 发我", "邮箱 [邮箱] 发我"),
        ("座机 010-12345678", "座机 [电话]"),
        ("寄到建国路88号", "[地址]"),  # the address takes what leads up to it
        ("我家在幸福小区3栋", "[地址]"),
    ],
)
def test_personal_data_is_masked(raw: str, expected: str) -> None:
    assert mask(raw) == expected


@pytest.mark.parametrize(
    "raw",
    ["能便宜点吗", "170穿多大", "一米六 九十五斤穿哪个码", "订单号 2611231234 什么时候发", "发顺丰要加10元吗"],
)
def test_questions_without_personal_data_stay_as_they_are(raw: str) -> None:
    assert mask(raw) == raw
