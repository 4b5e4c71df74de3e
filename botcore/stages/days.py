"""The days a buyer names, in one list: 今天, 明早, 后天, 周六, 下周四, 30号, 10.8.

Read by the entities (a day named carries a question on: 「那周六呢」「那8号呢」) and by
shipping, which works out which day it is. Patterns only; what a day means is the reader's.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["DATE", "DAY", "FIXED_DAY", "FIXED_DAYS", "NEAR_DAY", "PAST_DAY", "SALES_DAYS", "TODAY", "WEEKDAY",
           "WEEKDAY_NUMBER", "names_of_day"]

TODAY = re.compile(r"今天|今晚|今儿")
#: Tomorrow and the day after: 明天, 明早, 明晚, 后天.
NEAR_DAY = re.compile(r"明天|明早|明晚|后天")
#: A day before today an order was placed on: 昨天拍的, 前天下的单, 上周买的 (the days back in
#: group ``back``: 昨 1, 前 2, 大前 3; a week ago: 上周).
PAST_DAY = re.compile(r"(?:(?P<back>大前|前|昨)(?:天|晚|儿|日)|上个?(?:周|星期|礼拜)[一二三四五六日天末]?)"
                      r"(?=[^,，。?？!！]{0,6}?(?:拍|买|下单|下的单|付款|付的款|订))")
#: A day of the week (group 1: 一 ... 日, 天 or 末): 周六, 星期天, 礼拜一, 周末.
WEEKDAY = re.compile(r"(?:星期|周|礼拜)([一二三四五六日天末])")
#: A day of the week's character -> its number, Monday 0 (周末 is two days: not here).
WEEKDAY_NUMBER = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
#: A date (groups month, day, or m2, d2): 30号下午5点拍, 2月4号发吗, 十二月三十一日付款, 10.8发吗,
#: 那8号呢. A number of 号 said without paying, shipping or arriving (or a 呢 that asks on) is a
#: size: 37号, and so is one worn or of a sizing system (戴13号的, 港码13号 … 拍哪个); 1.8 before a bed
#: (1.8的床) is its width.
DATE = re.compile(r"(?:(?:(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})月)?"
                  r"(?<![码戴穿\d一二三四五六七八九十])(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})[号日]"
                  r"|(?<![\d.])(?P<m2>\d{1,2})[./](?P<d2>\d{1,2})(?![\d.])(?!\s*(?:m|米)?\s*的?\s*(?:床|被|褥|垫|席)))"
                  r"(?=[^,，。?？!！]{0,10}?(?:发|拍|付款|付|下单|买|到|收|来得及|赶得上|赶得及|赶上|赶趟)|\s*(?:的话)?呢)")
#: Days with a fixed date buyers want a parcel by (month, day): 元旦, 平安夜, 情人节 ...
#: The sales days among them are the shop's promotions' names too: 「双十二有活动吗」 asks of the
#: promotion, so they are no day named by themselves (`DAY`), only a day a parcel is to arrive by.
SALES_DAYS = {"双十一": (11, 11), "双11": (11, 11), "双十二": (12, 12), "双12": (12, 12)}
FIXED_DAYS = {"元旦": (1, 1), "平安夜": (12, 24), "圣诞": (12, 25), "情人节": (2, 14), "妇女节": (3, 8),
              "三八": (3, 8), "520": (5, 20), "教师节": (9, 10), **SALES_DAYS}
#: One of them, said with by (前, 之前) or on (当天): 元旦前, 圣诞节当天, 情人节那天.
FIXED_DAY = re.compile(rf"(?P<name>{'|'.join(FIXED_DAYS)})节?(?P<by>前|之前|以前)?(?:当天|那天)?")
#: Any day named: 「那周六呢」「那元旦前呢」 go on with a question of days (520 alone is a sum, not a day).
DAY = re.compile("|".join(f"(?:{p})" for p in (TODAY.pattern, NEAR_DAY.pattern, WEEKDAY.pattern, DATE.pattern,
                                              "|".join(name for name in FIXED_DAYS
                                                       if not name.isdigit() and name not in SALES_DAYS))))


def names_of_day(day: dt.date) -> list[str]:
    """How a shop's words may name ``day`` when it is one of the `FIXED_DAYS` (平安夜, 12月24日,
    12月24号); none on any other day."""
    names = [name for name, (month, date) in FIXED_DAYS.items() if (month, date) == (day.month, day.day)]
    return [*names, f"{day.month}月{day.day}日", f"{day.month}月{day.day}号"] if names else []
