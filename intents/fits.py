"""Whether a line asks if one thing fits or works with another: 「x9pro用哪个滤网」「放得下竿子不」
「苹果手机能用吗」. The engine keeps the page's product where the other thing named is one its
facts speak of (the filter's 兼容 names the X9 Pro); the product question then tells those facts.
One pattern, read by both.
"""

from __future__ import annotations

import re

__all__ = ["FITS"]

FITS = re.compile(r"能用|可以用|能不能用|适配|适用|兼容|通用|能装|装得上|装得下|装的下|能放|放得下|放的下|塞得下"
                  r"|能套|套得上|能接|接得上|能连|能配|用哪|配哪|配几|配多少|配什么|配啥")
