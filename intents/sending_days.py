"""The days a product's own words let it leave, held to the clock.

A product's file may say when it ships in words of its own: 只在周一到周四发货 (live plants kept
off the weekend roads), 周末不发货, 周五到周日不发, 下午4点半前付款当天发出. This module reads those
words (`sending_days`, `own_cutoff`) and finds the day an order paid now leaves by them
(`own_ship_date`), on the shop's working days. Pure: the words, the clock and the shop's
calendar in, a day out.
"""

from __future__ import annotations

import datetime as dt
import re

from botcore.shop import Shipping
from botcore.shop.calendar import is_working_day, next_working_day
from botcore.stages.days import WEEKDAY, WEEKDAY_NUMBER

__all__ = ["SAME_DAY", "own_cutoff", "own_ship_date", "sending_days", "sends_on"]

_WEEK = frozenset(range(7))
#: The weekend kept away from sending: 周末不发货, 周末休息, 周末及节假日不发.
_NO_WEEKEND = re.compile(r"(?:周|星期|礼拜)末(?:[和及、]?(?:法定)?节假日)?(?:不|休息|停|放假)")
#: The weekdays a product goes on, or does not (不), in its words: 只在周一到周四发货, 周一至周五发,
#: 周五到周日不发.
_SENDING_DAYS = re.compile(r"(?:周|星期|礼拜)(?P<first>[一二三四五六日天])(?:到|至|-|~)"
                           r"(?:周|星期|礼拜)?(?P<last>[一二三四五六日天])(?P<not>不)?(?:才)?"
                           r"(?:发货|发出|配送|送货|发|送)")
#: A product's own cut-off in its words, and what happens before it: 当天15点前下单可以当天送到,
#: 下午4点半前付款当天发出.
SAME_DAY = re.compile(r"(?P<pm>下午|晚上|傍晚)?(?<!\d)(?P<h>\d{1,2})(?:[:：](?P<m>\d{2})|点(?P<half>半)?)?点?之?前"
                      r"(?:下单|付款|拍下|拍|下的单)[^,，;；。]{0,6}?"
                      r"(?P<done>当天(?:就)?(?:能|可以)?(?:发货|发出|送到|送达|配送|发|送))")


def sending_days(ship_time: str) -> frozenset[int] | None:
    """The weekdays (0 Monday) ``ship_time`` lets the product leave on, where it names them in a way
    read here (周一到周四发货; 周五到周日不发; 周末不发货: Monday to Friday); None where it names no
    weekday, or names them some other way."""
    if WEEKDAY.search(ship_time) is None:
        return None
    days = None
    for said in _SENDING_DAYS.finditer(ship_time):
        first, last = WEEKDAY_NUMBER[said["first"]], WEEKDAY_NUMBER[said["last"]]
        if first > last:
            return None
        span = frozenset(range(first, last + 1))
        days = (days if days is not None else _WEEK) & (_WEEK - span if said["not"] else span)
    if days is None and _NO_WEEKEND.search(ship_time):
        days = frozenset(range(5))
    return days or None


def sends_on(ship_time: str, weekday: int) -> bool:
    """Whether ``ship_time`` lets the product go on ``weekday`` (0 Monday): every day where it names
    no weekday; the days it names where read (`sending_days`); where it names them some other way,
    not known, so not."""
    if WEEKDAY.search(ship_time) is None:
        return True
    days = sending_days(ship_time)
    return days is not None and weekday in days


def own_cutoff(ship_time: str) -> dt.time | None:
    """The hour ``ship_time`` says a same-day order must be paid by (下午4点半前付款当天发出: 16:30),
    None where it says none (or an hour that is no time of day)."""
    said = SAME_DAY.search(ship_time)
    if said is None:
        return None
    hour, minute = int(said["h"]), int(said["m"] or (30 if said["half"] else 0))
    if said["pm"] and hour < 12:
        hour += 12
    return dt.time(hour, minute) if hour < 24 and minute < 60 else None


def own_ship_date(ship_time: str, now: dt.datetime, shipping: Shipping) -> dt.date | None:
    """The day an order paid at ``now`` leaves where ``ship_time`` names the weekdays it goes on
    (today if the shop ships today, the words let it and their cut-off, else the shop's, is still
    ahead; else the next such working day); None where it names none read here."""
    days = sending_days(ship_time)
    if days is None:
        return None
    today = now.date()
    cutoff = own_cutoff(ship_time) or shipping.cutoff_on(today)
    if is_working_day(today, shipping) and today.weekday() in days and now.time() < cutoff:
        return today
    day = today
    for _ in range(3 * 7):  # a week of days off (a holiday) and the sending days after it
        day = next_working_day(day, shipping)
        if day.weekday() in days:
            return day
    return None
