"""The shop's time, working days, cut-off times and how to say a date to a buyer.

Working days follow China's national holidays and their make-up working days (调休)
from the chinese-calendar package unless the shop turns that off; the shop adds only its
own days off. For a year the package has no data for yet, the shop's weekdays alone
count (`national_calendar_gaps` names such years, and ``xiaoer check`` says so).

Time is always passed in (the engine's injectable clock), never read here, except by
`shop_clock`, the default clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

import chinese_calendar

from botcore.shop.model import WEEKDAYS, Shipping

__all__ = [
    "NATIONAL_HOLIDAYS",
    "SHOP_TIMEZONE",
    "Clock",
    "DaysOff",
    "calendar_known",
    "date_span",
    "day_label",
    "days_off",
    "fixed_holiday",
    "holiday_name",
    "is_working_day",
    "month_day",
    "national_calendar_gaps",
    "national_holiday_starts",
    "next_working_day",
    "ship_date",
    "shop_clock",
    "shop_time",
    "weekday_name",
    "working_day_from",
]

_HOLIDAY_NAMES = {
    "New Year's Day": "元旦", "Spring Festival": "春节", "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节", "Dragon Boat Festival": "端午节", "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节", "Anti-Fascist 70th Day": "纪念日",
}

#: The national holidays by the names buyers and `holiday_name` use.
NATIONAL_HOLIDAYS = tuple(dict.fromkeys(v for v in _HOLIDAY_NAMES.values() if v != "纪念日"))


#: Statutory holidays on fixed dates of the solar year: days off whatever the year's
#: arrangement (the lunar holidays and the make-up working days come with the data).
_FIXED_HOLIDAYS = {(1, 1): "元旦", (5, 1): "劳动节", (5, 2): "劳动节", (10, 1): "国庆节", (10, 2): "国庆节",
                   (10, 3): "国庆节"}


def fixed_holiday(name: str, today: dt.date) -> dt.date | None:
    """The next day, from ``today`` on, of a holiday on a fixed date of the solar year
    (元旦 is 1 January whatever the year's arrangement); None for any other holiday."""
    for offset in range(367):
        day = today + dt.timedelta(days=offset)
        if _FIXED_HOLIDAYS.get((day.month, day.day)) == name:
            return day
    return None


@lru_cache(maxsize=4096)
def _national(day: dt.date) -> tuple[Literal["holiday", "makeup", "ordinary", "unknown"], str]:
    """What the national calendar says of a day: a statutory holiday (and its name), a
    make-up working day on a weekend, an ordinary day, or unknown (no data for its year;
    a holiday on a fixed date, such as 1 January, is one all the same)."""
    try:
        on_holiday, name = chinese_calendar.get_holiday_detail(day)
    except NotImplementedError:  # the package has no data for this year yet
        fixed = _FIXED_HOLIDAYS.get((day.month, day.day))
        return ("holiday", fixed) if fixed else ("unknown", "")
    if on_holiday and name is not None:
        return "holiday", _HOLIDAY_NAMES.get(str(name), "法定节假日")
    if not on_holiday and day.weekday() >= 5:
        return "makeup", ""
    return "ordinary", ""


def national_holiday_starts(name: str, today: dt.date) -> dt.date | None:
    """The first day, after ``today``, of the coming national holiday called ``name`` (中秋节 of
    2026 from 25 September), by the national calendar; None where it is on today, or where the
    calendar has no data that far yet."""
    for offset in range(1, 400):
        day = today + dt.timedelta(days=offset)
        kind, said = _national(day)
        if kind == "unknown":
            return None
        if kind == "holiday" and said == name:
            return None if _national(day - dt.timedelta(days=1)) == ("holiday", name) else day
    return None


def holiday_name(day: dt.date, shipping: Shipping) -> str | None:
    """国庆节 for a national holiday the shop follows, 店休 for its own day off, else None."""
    if day in shipping.holidays:
        return "店休"
    if shipping.national_holidays:
        kind, name = _national(day)
        if kind == "holiday":
            return name
    return None


@dataclass(frozen=True)
class DaysOff:
    """The next stretch the shop does not ship: ``first`` to ``last`` (weekends and its
    own days off next to a holiday included); ``known`` is False when the national
    calendar has no data yet for the days searched, so the dates are None."""

    name: str
    known: bool
    first: dt.date | None = None
    last: dt.date | None = None


def days_off(today: dt.date, shipping: Shipping, name: str | None = None, within: int = 400) -> DaysOff | None:
    """The next days off named ``name`` (a national holiday, or 店休 for the shop's own),
    or of any name when None, from ``today`` on; None when there are none within
    ``within`` days (or the shop does not follow the national holidays and names none)."""
    for offset in range(within + 1):
        day = today + dt.timedelta(days=offset)
        found = holiday_name(day, shipping)
        if found is not None and found != "店休" and not _year_known(day.year):
            if name is None or found == name:  # 1 January is off, but the stretch around it is not fixed yet
                return DaysOff(found, False)
            found = None
        if found is not None and (name is None or found == name):
            first = last = day
            while not is_working_day(first - dt.timedelta(days=1), shipping) and first > today:
                first -= dt.timedelta(days=1)
            while not is_working_day(last + dt.timedelta(days=1), shipping):
                last += dt.timedelta(days=1)
            if not (calendar_known(first, shipping) and calendar_known(last + dt.timedelta(days=1), shipping)):
                return DaysOff(found, False)  # the shop's 1 January, but 2 January is not known yet
            return DaysOff(found, True, first, last)
        if shipping.national_holidays and _national(day)[0] == "unknown" and name != "店休":
            return DaysOff(name or "节假日", False)
    return None


def _year_known(year: int) -> bool:
    return _national(dt.date(year, 6, 1))[0] != "unknown"


def calendar_known(day: dt.date, shipping: Shipping) -> bool:
    """Whether it is known if ``day`` ships: the national calendar has its year, or the shop
    does not follow it."""
    return not shipping.national_holidays or _year_known(day.year)


def national_calendar_gaps(today: dt.date, days: int = 60) -> tuple[int, ...]:
    """Years within ``days`` of ``today`` the national calendar has no data for yet."""
    years = {(today + dt.timedelta(days=n)).year for n in range(days + 1)}
    return tuple(sorted(y for y in years if not _year_known(y)))

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
    """A day the shop ships: not its own day off, not a national holiday (while it follows
    them), and one of its working weekdays or a national make-up working day."""
    if day in shipping.holidays:
        return False
    if shipping.national_holidays:
        kind, _ = _national(day)
        if kind == "holiday":
            return False
        if kind == "makeup":
            return True
    return WEEKDAYS[day.weekday()] in shipping.working_days


def next_working_day(day: dt.date, shipping: Shipping) -> dt.date:
    """The first working day strictly after ``day`` (a year ahead at most)."""
    for offset in range(1, 367):
        candidate = day + dt.timedelta(days=offset)
        if is_working_day(candidate, shipping):
            return candidate
    raise ValueError("no working day within a year")  # unreachable: working_days is non-empty


def working_day_from(day: dt.date, shipping: Shipping) -> dt.date:
    """``day`` where the shop ships on it, else the next day it does (a pre-sale due on a Sunday
    leaves on Monday)."""
    return day if is_working_day(day, shipping) else next_working_day(day, shipping)


def ship_date(now: dt.datetime, shipping: Shipping) -> dt.date:
    """The day an order paid at ``now`` leaves: today before the cut-off on a working
    day, otherwise the next working day."""
    today = now.date()
    if is_working_day(today, shipping) and now.time() < shipping.cutoff_on(today):
        return today
    return next_working_day(today, shipping)


def month_day(day: dt.date) -> str:
    """12月5日"""
    return f"{day.month}月{day.day}日"


def date_span(first: dt.date, last: dt.date) -> str:
    """1月1日, or 1月1日至1月3日"""
    return month_day(first) if first == last else f"{month_day(first)}至{month_day(last)}"


def weekday_name(day: dt.date) -> str:
    """周五"""
    return f"周{_WEEKDAY_NAMES[day.weekday()]}"


def day_label(day: dt.date, today: dt.date) -> str:
    """今天 / 明天 / 后天 / 周五(11月27日)."""
    delta = (day - today).days
    weekday = weekday_name(day)
    date = month_day(day)
    if delta == 0:
        return "今天"
    if delta == 1:
        return f"明天({weekday})"
    if delta == 2:
        return f"后天({weekday})"
    return f"{weekday}({date})"
