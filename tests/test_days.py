"""botcore/stages/days.py: the days a buyer names, one list for the entities and shipping."""

from __future__ import annotations

import datetime as dt

import pytest

from botcore.stages.days import DATE, DAY, names_of_day
from botcore.stages.entities import extract


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("明天呢", "明天"),
        ("那明早呢", "明早"),
        ("周六发吗", "周六"),
        ("礼拜天能到吗", "礼拜天"),
        ("那8号呢", "8号"),
        ("30号下午5点拍", "30号"),
        ("10.8发吗", "10.8"),
        ("十二月三十一日付款", "十二月三十一日"),
    ],
)
def test_a_day_named_is_an_entity(text: str, day: str) -> None:
    assert extract(text).day == day


@pytest.mark.parametrize("text", ["37号有吗", "我穿38号", "M码还有吗", "版本1.8", "我平时戴港码13号的 这个拍哪个",
                                  "平时穿13号 拍哪个"])
def test_a_number_of_hao_that_is_a_size_is_no_day(text: str) -> None:
    assert DATE.search(text) is None and DAY.search(text) is None


@pytest.mark.parametrize(("day", "names"), [
    (dt.date(2026, 12, 24), ["平安夜", "12月24日", "12月24号"]),
    (dt.date(2027, 2, 14), ["情人节", "2月14日", "2月14号"]),
    (dt.date(2026, 12, 23), []),  # a day of no name: nothing
])
def test_the_names_a_shops_words_give_a_day_of_a_fixed_date(day: dt.date, names: list[str]) -> None:
    assert names_of_day(day) == names
