"""The day a buyer names, as a date: 今天, 明天, 后天, the coming 周六, 下周四, 30号拍, 2月4号,
昨天拍的, 元旦前. The patterns are botcore's (`botcore.stages.days`); what day they mean on
a given day is worked out here, once, for every intent that asks (when it ships, what a
promotion is on that day).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from botcore.shop.calendar import day_label, month_day
from botcore.stages.days import DATE, FIXED_DAY, FIXED_DAYS, NEAR_DAY, PAST_DAY, TODAY, WEEKDAY, WEEKDAY_NUMBER
from botcore.stages.numbers import parse_numeral

__all__ = ["NamedDay", "day_after", "day_named", "fixed_day_named", "surely_before_spring_festival"]

#: Said of an order already placed, right after the day: 拍的, 买了, 下的单.
_PAST = re.compile(r"[^,，。?？!！]{0,8}?(?:(?:拍|买|付款|下单|付)(?:的(?!话)|了)|下的单|付的款)")
#: 「30号拍的」 is an order of last month's 30th if that is at most this many days ago (on the
#: 3rd), else a day to come in this month (on the 28th: 「30号拍的话」). (A month taken as 30 days.)
_RECENT, _LAST_MONTH_DAYS = 10, 30
# "周末" is answered for Sunday, the day a shop that works Saturdays may still rest.
_WEEKDAY_INDEX = {**WEEKDAY_NUMBER, "末": 6}


class NamedDay(NamedTuple):
    """A day named: the date, how to say it to the buyer, and where the words stand."""

    date: dt.date
    said: str
    start: int
    end: int
    vague: bool = False  # 「上周买的」: some day of last week, its date a guess not to count from


def day_after(text: str, named: NamedDay, today: dt.date) -> NamedDay | None:
    """The day named in ``text`` after the day ``named`` (「周四拍周五能到吗」: 周五), where it stands in ``text``."""
    rest = text[named.end:]
    later = day_named(rest, today) or fixed_day_named(rest, today)
    return None if later is None else later._replace(start=later.start + named.end, end=later.end + named.end)


#: The Spring Festival falls on 21 January at the earliest, whatever the year (the lunar calendar).
_SPRING_FESTIVAL_EARLIEST = (1, 21)


def surely_before_spring_festival(today: dt.date) -> NamedDay:
    """The last day that is before the coming Spring Festival in any year (20 January), said as
    春节前: a parcel there by then is there before it, whatever the year's calendar says."""
    month, day = _SPRING_FESTIVAL_EARLIEST
    year = today.year if today < dt.date(today.year, 2, 20) else today.year + 1
    return NamedDay(dt.date(year, month, day) - dt.timedelta(days=1), "春节前", 0, 0)


def fixed_day_named(text: str, today: dt.date) -> NamedDay | None:
    """A day of a fixed date named (元旦前, 情人节当天), its next coming, as `day_named` says
    days: 元旦前 is 12月31日, the last day before it."""
    m = FIXED_DAY.search(text)
    if m is None:
        return None
    month, day = FIXED_DAYS[m["name"]]
    on = dt.date(today.year, month, day)
    if on < today:
        on = dt.date(today.year + 1, month, day)
    asked = on - dt.timedelta(days=1) if m["by"] else on
    return NamedDay(asked, f"{m['name']}{'前' if m['by'] else ''}({month_day(asked)})", m.start(), m.end())


def day_named(text: str, today: dt.date) -> NamedDay | None:
    """The day a question about shipping names, and how to say it: 今天, 明天, 后天, the
    coming 周六 (周末: Sunday), or a date paid or shipped on (「30号下午5点拍」「2月4号发吗」;
    a number of 号 not said with paying, shipping or arriving is a size, 37号), with where it is
    said (start, end)."""
    if m := PAST_DAY.search(text):  # 「昨天拍的 什么时候发」: an order already placed
        if m["back"]:
            back = {"昨": 1, "前": 2, "大前": 3}[m["back"]]
        elif m[0][-1] in _WEEKDAY_INDEX:  # 「上周三买的」: that day of last week
            back = today.weekday() + 7 - _WEEKDAY_INDEX[m[0][-1]]
        else:  # 「上周买的」: some day 1 to 13 days back, no day to count from
            return NamedDay(today - dt.timedelta(days=7), "上周", m.start(), m.end(), vague=True)
        asked = today - dt.timedelta(days=back)
        said = {1: "昨天", 2: "前天"}.get(back) or day_label(asked, today)
        return NamedDay(asked, said, m.start(), m.end())
    if m := TODAY.search(text):
        return NamedDay(today, "今天", m.start(), m.end())
    if m := NEAR_DAY.search(text):
        asked = today + dt.timedelta(days=2 if m[0] == "后天" else 1)
        return NamedDay(asked, day_label(asked, today), m.start(), m.end())
    if m := WEEKDAY.search(text):
        index = _WEEKDAY_INDEX[m.group(1)]
        if text[max(0, m.start() - 1):m.start()] == "下":  # 下周四: next week's, not this one's
            asked = today + dt.timedelta(days=7 - today.weekday() + index)
            return NamedDay(asked, day_label(asked, today), m.start() - 1, m.end())
        asked = today + dt.timedelta(days=(index - today.weekday()) % 7)
        return NamedDay(asked, f"周{'日' if asked.weekday() == 6 else m.group(1)}", m.start(), m.end())
    if m := DATE.search(text):
        day = parse_numeral(m["day"] or m["d2"])
        month_said = m["month"] or m["m2"]
        month = parse_numeral(month_said) if month_said else None
        if day is None or not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
            return None
        year, mon = today.year, int(month) if month is not None else today.month
        past = _PAST.match(text, m.end()) is not None  # 「30号拍的」: an order already placed
        if month is None and day < today.day and not past:  # 「5号」 on the 20th: next month's
            year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
        elif month is None and day > today.day and past and today.day + _LAST_MONTH_DAYS - day <= _RECENT:
            year, mon = (year - 1, 12) if mon == 1 else (year, mon - 1)  # 「30号拍的」 on the 3rd: last month's
        elif month is not None and (mon, day) < (today.month, today.day) and today.month - mon > 1:
            year += 1  # 「1月5号」 in December: next year's
        try:
            asked = dt.date(year, mon, int(day))
        except ValueError:  # 2月30号
            return None
        return NamedDay(asked, day_label(asked, today), m.start(), m.end())
    return None
