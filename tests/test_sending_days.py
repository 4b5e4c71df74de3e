"""The days a product's own words let it leave (intents.sending_days)."""

from __future__ import annotations

import datetime as dt

import pytest

from botcore.shop import Shop
from intents.sending_days import own_cutoff, own_ship_date, sending_days, sends_on

THURSDAY = dt.date(2026, 12, 10)
MONDAY = dt.date(2026, 12, 14)


@pytest.mark.parametrize(("words", "days"), [
    ("只在周一到周四发货", {0, 1, 2, 3}),
    ("冬季活体只在周一到周四发货,周五到周日不发", {0, 1, 2, 3}),
    ("周五到周日不发货", {0, 1, 2, 3}),  # only the days it does not go on
    ("周一至周五发,当天16点前付款当天发", {0, 1, 2, 3, 4}),
    ("周末不发货", {0, 1, 2, 3, 4}),
    ("周二到周六才发", {1, 2, 3, 4, 5}),
    ("付款后48小时内发货", None),  # no weekday: every day the shop ships
    ("每周二、周五统一发货", None),  # weekdays named some other way: not read
    ("周五到周一不发", None),  # round the end of the week: not read
])
def test_the_weekdays_a_products_words_let_it_go_on(words: str, days: set[int] | None) -> None:
    assert sending_days(words) == (frozenset(days) if days is not None else None)


@pytest.mark.parametrize(("words", "weekday", "sent"), [
    ("16点前付款当天发", 5, True),  # no weekday named: any day
    ("只在周一到周四发货", 3, True),
    ("只在周一到周四发货", 4, False),
    ("每周二、周五统一发货", 1, False),  # not known: not promised
])
def test_whether_a_product_goes_on_a_weekday(words: str, weekday: int, sent: bool) -> None:
    assert sends_on(words, weekday) is sent


@pytest.mark.parametrize(("words", "cutoff"), [
    ("当天15点前下单可以当天送到", dt.time(15, 0)),
    ("下午4点半前付款当天发出", dt.time(16, 30)),
    ("16:30前拍下当天发", dt.time(16, 30)),
    ("付款后3到5天发货", None),
])
def test_a_products_own_cut_off(words: str, cutoff: dt.time | None) -> None:
    assert own_cutoff(words) == cutoff


@pytest.mark.parametrize(("now", "leaves"), [
    (dt.datetime.combine(THURSDAY, dt.time(14, 0)), THURSDAY),  # before its own 15点 on a day it goes on
    (dt.datetime.combine(THURSDAY, dt.time(15, 30)), MONDAY),  # after it, on its last day of the week
    (dt.datetime.combine(THURSDAY + dt.timedelta(days=2), dt.time(9, 0)), MONDAY),  # a Saturday
    (dt.datetime.combine(MONDAY, dt.time(9, 0)), MONDAY),
])
def test_the_day_an_order_paid_now_leaves_by_its_own_words(shop: Shop, now: dt.datetime, leaves: dt.date) -> None:
    words = "冬季活体只在周一到周四发货,周五到周日不发;周一到周四15点前付款当天发"
    assert own_ship_date(words, now, shop.shipping) == leaves


def test_no_day_of_its_own_where_its_words_name_no_weekday(shop: Shop) -> None:
    assert own_ship_date("16点前付款当天发", dt.datetime.combine(THURSDAY, dt.time(9, 0)), shop.shipping) is None


def test_the_shops_own_days_off_still_hold(shop: Shop) -> None:
    """The shop rests on its holidays: a day the words allow but the shop does not ship is passed."""
    resting = shop.shipping.model_copy(update={"holidays": [MONDAY]})
    now = dt.datetime.combine(THURSDAY, dt.time(18, 0))
    assert own_ship_date("只在周一到周四发货", now, resting) == MONDAY + dt.timedelta(days=1)
