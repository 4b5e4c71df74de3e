"""named_days: the day a buyer names, as a date on a given day (Thursday 2026-12-31 here)."""

from __future__ import annotations

import datetime as dt

import pytest

from intents.named_days import NamedDay, day_after, day_named, fixed_day_named

TODAY = dt.date(2026, 12, 31)  # a Thursday


@pytest.mark.parametrize(("text", "date", "said"), [
    ("今天能发吗", dt.date(2026, 12, 31), "今天"),
    ("明天买多少钱", dt.date(2027, 1, 1), "明天(周五)"),
    ("后天能到吗", dt.date(2027, 1, 2), "后天(周六)"),
    ("周六发货吗", dt.date(2027, 1, 2), "周六"),
    ("周四拍", dt.date(2026, 12, 31), "周四"),  # the coming one: today
    ("下周一能到吗", dt.date(2027, 1, 4), "周一(1月4日)"),
    ("5号拍的话", dt.date(2027, 1, 5), "周二(1月5日)"),  # a day before today's: next month's
    ("30号拍的", dt.date(2026, 12, 30), "周三(12月30日)"),  # an order placed: not next month's
    ("昨天拍的什么时候发", dt.date(2026, 12, 30), "昨天"),
    ("2月4号发吗", dt.date(2027, 2, 4), "周四(2月4日)"),
])
def test_a_day_named_is_a_date(text: str, date: dt.date, said: str) -> None:
    named = day_named(text, TODAY)
    assert named is not None and (named.date, named.said) == (date, said)


@pytest.mark.parametrize(("text", "today", "date"), [
    ("30号拍的还没发", dt.date(2026, 12, 3), dt.date(2026, 11, 30)),  # three days ago: last month's
    ("30号拍的几号到", dt.date(2026, 12, 28), dt.date(2026, 12, 30)),  # four weeks back is no order asked of
    ("5号拍的话几号到", dt.date(2026, 12, 3), dt.date(2026, 12, 5)),  # 拍的话: to pay, not paid
])
def test_a_date_paid_on_is_the_recent_past_or_to_come(text: str, today: dt.date, date: dt.date) -> None:
    named = day_named(text, today)
    assert named is not None and named.date == date


@pytest.mark.parametrize("text", ["37号有吗", "2月30号发吗", "能便宜点吗"])
def test_no_day_is_named_by_a_size_an_impossible_date_or_nothing(text: str) -> None:
    assert day_named(text, TODAY) is None


def test_a_fixed_day_is_its_next_coming_and_before_it_the_day_before() -> None:
    assert fixed_day_named("圣诞节能到吗", TODAY) == NamedDay(dt.date(2027, 12, 25), "圣诞(12月25日)", 0, 3)
    before = fixed_day_named("元旦前能到吗", TODAY)
    assert before is not None and (before.date, before.said) == (dt.date(2026, 12, 31), "元旦前(12月31日)")
    sales_day = fixed_day_named("双12之前能到吗", TODAY)  # a sales day is a day of a fixed date too
    assert sales_day is not None and (sales_day.date, sales_day.said) == (dt.date(2027, 12, 11), "双12前(12月11日)")


def test_the_day_after_another_is_found_where_it_stands() -> None:
    text = "周五拍周六能到吗"
    first = day_named(text, TODAY)
    assert first is not None
    later = day_after(text, first, TODAY)
    assert later is not None and later.date == dt.date(2027, 1, 2) and text[later.start:later.end] == "周六"
