"""How many people a line says (一家三口, 三口之家, 我们4个人, 两大一小, 我俩), and the size of goods whose sizes
are counted in people (a tent in 2人 and 3-4人, a pot in 2-3人份, a sofa's 三人位) that holds them:
「一家三口买哪个合适」 of that tent is its 3-4人; 「5个人够住吗」 is past the largest, for a person to answer.

Pure: a line or a product in, numbers or a size out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from botcore.shop import Product
from botcore.stages.numbers import parse_numeral

__all__ = ["Fit", "fit_for", "holds_asked", "people_said", "sized_by_people"]

_N = r"\d{1,2}|[一二两三四五六七八九十]{1,2}"
#: A count of people said: 两大一小, 2个大人1个小孩, 一家三口, 三口之家, 4口人, 我们4个人, 五个大人, 3人 (not 人民币).
_COUNTED = re.compile(rf"(?P<big>{_N})\s*(?:个|位)?大人?\s*[,，和加带跟]?"
                      rf"\s*(?P<small>{_N})\s*个?(?:小孩|孩子|娃|宝宝|小)"
                      rf"|一家(?P<home>{_N})口|(?P<homes>{_N})口(?:之家|人)"
                      rf"|(?P<n>{_N})\s*(?:个|位)?\s*(?:大人|成人|人)(?!民|工|造|气|家|多)")
#: Whether goods hold so many, asked: 住得下吗, 够睡吗, 能坐吗, 够不够, 可以吗.
_HOLDS = re.compile(r"(?:住|睡|坐|用|吃|躺|装|挤)(?:得下|的下|得开|不下|够)|够(?:住|睡|坐|用|吃|不够|吗)"
                    r"|能(?:住|睡|坐|用)|可以吗|行吗|行不")
#: Two people said without a number: 我俩, 两口子, 情侣, 夫妻.
_TWO = re.compile(r"我俩|我们俩|咱俩|俩人|两口子|小两口|情侣|夫妻|老公和我|我和老公|我和我老公|我跟老公")
#: A size counted in people: 2人, 3-4人, 2~3人份, 三人位, 4人款 (a range's ends or one number).
_SIZE = re.compile(rf"(?P<low>{_N})(?:\s*(?:-|~|～|到|至)\s*(?P<high>{_N}))?\s*人(?:份|位|款|用|装|座|桌)?")


def _number(said: str) -> int | None:
    value = parse_numeral(said)
    return int(value) if value is not None and value.is_integer() and 0 < value < 100 else None


def people_said(text: str) -> int | None:
    """The one number of people ``text`` says (a family's 一家三口, 2大1小 as 3, 我俩 as 2); None where it says
    none or counts two groups differently."""
    counts: set[int] = set()
    for said in _COUNTED.finditer(text):
        if said["big"] is not None:
            big, small = _number(said["big"]), _number(said["small"])
            if big and small:
                counts.add(big + small)
        elif (n := _number(said["home"] or said["homes"] or said["n"])) is not None:
            counts.add(n)
    if not counts and _TWO.search(text):
        counts.add(2)
    return counts.pop() if len(counts) == 1 else None


def holds_asked(text: str) -> bool:
    """Whether ``text`` asks if goods hold a number of people (「4个人住得下吗」「5个人够不够」)."""
    return _HOLDS.search(text) is not None


def _span(size: str) -> tuple[int, int] | None:
    said = _SIZE.fullmatch(size.strip())
    if said is None or (low := _number(said["low"])) is None:
        return None
    high = _number(said["high"]) if said["high"] else low
    return (low, high) if high is not None and high >= low else None


def sized_by_people(product: Product) -> bool:
    """Whether every size of ``product`` (two at least) is a count of people: 2人 and 3-4人."""
    return len(product.sizes) >= 2 and all(_span(size) is not None for size in product.sizes)


@dataclass(frozen=True)
class Fit:
    """The size that holds so many people (None past the largest), and the largest size."""

    size: str | None
    largest: str


def fit_for(product: Product, people: int) -> Fit | None:
    """The smallest size of ``product`` that holds ``people`` (2人 holds one or two, 3-4人 three or four), or
    None as the size past the largest; None where its sizes are not counted in people."""
    if not sized_by_people(product):
        return None
    spans = sorted(((span, size) for size in product.sizes if (span := _span(size)) is not None),
                   key=lambda item: item[0][1])  # by the most each holds
    holding = [size for (_, most), size in spans if people <= most]
    return Fit(holding[0] if holding else None, spans[-1][1])
