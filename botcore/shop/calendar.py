"""The shop's time, working days, cut-off times and how to say a date to a buyer.

Time is always passed in (the engine's injectable clock), never read here, except by
`shop_clock`, the default clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from botcore.shop.model import WEEKDAYS, Shipping

__all__ = [
    "SHOP_TIMEZONE",
    "Clock",
    "day_label",
    "is_working_day",
    "month_day",
    "next_working_day",
    "ship_date",
    "shop_clock",
    "shop_time",
]

#: Shops keep China's time (UTC+8 all year, no daylight saving).
SHOP_TIMEZONE = dt.timezone(dt.timedelta(hours=8), "CST")

#: A clock gives the shop's wall-clock time (naive, in `SHOP_TIMEZONE`).
Clock = Callable[[], dt.datetime]


def shop_clock() -> dt.datetime:
    """Now, on the shop's wall clock."""
    return dt.datetime.now(SHOP_TIMEZONE).replace(tzinfo=None)


def shop_time(moment: dt.datetime) -> dt.datetime:
    """The shop's wall-clock time: an aware time is converted, a naive one is taken as is."""
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(SHOP_TIMEZONE).replace(tzinfo=None)

_WEEKDAY_NAMES = "一二三四五六日"


def is_working_day(day: dt.date, shipping: Shipping) -> bool:
    return WEEKDAYS[day.weekday()] in shipping.working_days and day not in shipping.holidays


def next_working_day(day: dt.date, shipping: Shipping) -> dt.date:
    """The first working day strictly after ``day`` (a year ahead at most)."""
    for offset in range(1, 367):
        candidate = day + dt.timedelta(days=offset)
        if is_working_day(candidate, shipping):
            return candidate
    raise ValueError("no working day within a year")  # unreachable: working_days is non-empty


def ship_date(now: dt.datetime, shipping: Shipping) -> dt.date:
    """The day an order paid at ``now`` leaves: today before the cut-off on a working
    day, otherwise the next working day."""
    today = now.date()
    if is_working_day(today, shipping) and now.time() < shipping.cutoff:
        return today
    return next_working_day(today, shipping)


def month_day(day: dt.date) -> str:
    """12月5日"""
    return f"{day.month}月{day.day}日"


def day_label(day: dt.date, today: dt.date) -> str:
    """今天 / 明天 / 后天 / 周五(11月27日)."""
    delta = (day - today).days
    weekday = f"周{_WEEKDAY_NAMES[day.weekday()]}"
    date = month_day(day)
    if delta == 0:
        return "今天"
    if delta == 1:
        return f"明天({weekday})"
    if delta == 2:
        return f"后天({weekday})"
    return f"{weekday}({date})"
