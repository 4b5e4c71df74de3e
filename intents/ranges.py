"""A fact found by a length the buyer says falling in a range the fact prices: 「层高2米9 做落地的要加钱吗」 of
a curtain whose 高度 says 2.7米到3.2米每米宽补加高费20元; or by a floor the buyer lives on, past the one a
fact prices from: 「我家住6楼 还要加啥钱」 of 高空作业: 外机装在3楼及以上…收高空作业费100元; or past a length a
fact prices beyond: 「靠背特别高有1米1 要加钱吗」 of 靠背高度超过100cm的每位加20元. And the size
a length falls in, where a fact gives each size its range: 「总长2米1 拍几人位」 of 三人位适合沙发总长190到230cm;
a trip's days, where a fact gives each size its days: 「出差一个礼拜带多大的」 of 24寸适合7到10天; the people
it serves, where a fact gives each size its head count: 「一家五口 买哪个尺寸合适」 of 47cm适合3到5人;
and the part of a fact's table that takes a number said in its unit: 「那我老婆200度呢」 of 度数范围:
1.56适合0-300度;1.60适合300-600度…, its 1.56适合0-300度.

The buyer's length (2米9, 2.9米, 290cm) is looked for in each clause of the product's facts that states a
range of metres (2.7米到3.2米, 2.7-3.2米) and puts a sum on it (20元): the fact holding the one clause that
takes it. Pure: a product and a message in, a fact out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from botcore.shop import Product
from botcore.stages.numbers import parse_numeral
from botcore.text import FACT_PARTS, SMALL_PARTS, SUM_SAID
from intents.headcount import people_said

__all__ = ["fact_of_range", "part_holding", "size_for_days", "size_for_people", "size_of_length"]

#: A length the buyer says, in metres: 2米9, 2.9米, 3m, 290cm, 290公分.
_SAID = re.compile(r"(?<![\d.])(?P<m>\d(?:\.\d{1,2})?)\s*(?:米|m)(?P<tenth>\d)?(?![\d.])"
                   r"|(?<![\d.])(?P<cm>\d{2,3})\s*(?:cm|厘米|公分)", re.IGNORECASE)
#: A range of metres a fact states: 2.7米到3.2米, 2.7-3.2米, 2.7至3.2m.
_RANGE = re.compile(r"(?P<low>\d+(?:\.\d+)?)\s*(?:米|m)?\s*(?:到|至|-|~|～|－)\s*(?P<high>\d+(?:\.\d+)?)\s*(?:米|m)",
                    re.IGNORECASE)


#: A range of lengths a fact gives a size: 190到230cm, 1.9-2.3米 (the unit said at its end, or at each end).
_SPAN = re.compile(r"(?P<low>\d+(?:\.\d+)?)\s*(?:cm|厘米|公分|米|m)?\s*(?:到|至|-|~|～|－)\s*(?P<high>\d+(?:\.\d+)?)"
                   r"\s*(?P<unit>cm|厘米|公分|米|m)", re.IGNORECASE)


#: A length a fact prices past: 超过100cm, 高于1.2米, 大于90厘米.
_OVER = re.compile(r"(?:超过|超出|大于|高于|长于|宽于)\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<unit>cm|厘米|公分|米|m)",
                   re.IGNORECASE)


#: The floor a buyer lives on: 6楼, 住7层 (not 3楼以上, a range said).
_FLOOR_SAID = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:楼|层)(?!\s*(?:及|以上|起|往上))")
#: The floor a fact prices from: 3楼及以上, 2楼起, 4层以上.
_FLOORS_FROM = re.compile(r"(?<![\d.])(\d{1,2})\s*(?:楼|层)\s*(?:及以上|以上|起|往上)")


def _metres(text: str) -> list[float]:
    """The lengths ``text`` says, in metres."""
    found = []
    for said in _SAID.finditer(text):
        if said["cm"]:
            found.append(int(said["cm"]) / 100)
        else:
            found.append(float(said["m"]) + (int(said["tenth"]) / 10 if said["tenth"] and "." not in said["m"] else 0))
    return found


def _in_metres(number: str, unit: str) -> float:
    """A length a fact states, in metres (100cm, 1.2米)."""
    return float(number) / (1 if unit.lower() in ("米", "m") else 100)


def fact_of_range(product: Product, text: str) -> tuple[str, str] | None:
    """The fact of ``product`` one clause of which prices a range of metres that a length the line
    says falls in, where exactly one does; else None."""
    said = _metres(text)
    floors = [int(m[1]) for m in _FLOOR_SAID.finditer(text)]
    if not said and not floors:
        return None
    holding = {(key, value) for key, value in product.attributes.items()
               for clause in FACT_PARTS.split(value) if SUM_SAID.search(clause)
               for span in _RANGE.finditer(clause)
               if any(float(span["low"]) <= length <= float(span["high"]) for length in said)}
    holding |= {(key, value) for key, value in product.attributes.items()
                for clause in FACT_PARTS.split(value) if SUM_SAID.search(clause)
                for above in _FLOORS_FROM.finditer(clause) if any(floor >= int(above[1]) for floor in floors)}
    holding |= {(key, value) for key, value in product.attributes.items()  # (靠背高度超过100cm的每位加20元: 1米1)
                for clause in SMALL_PARTS.split(value) if SUM_SAID.search(clause)
                for over in _OVER.finditer(clause)
                if any(length > _in_metres(over["n"], over["unit"]) for length in said)}
    return holding.pop() if len(holding) == 1 else None


def size_of_length(product: Product, facts: tuple[tuple[str, str], ...], text: str) -> tuple[str, str] | None:
    """The one size of ``product`` whose clause of ``facts`` gives a range of lengths the one length the
    line says falls in, and that clause (三人位, 三人位适合沙发总长190到230cm of 「总长2米1」); None where
    the line says no length or several, or not exactly one size takes it."""
    said = _metres(text)
    return _one_size_taking(product, facts, said[0], _lengths_given) if len(said) == 1 else None


def _lengths_given(clause: str) -> list[tuple[float, float]]:
    """The ranges of lengths ``clause`` gives, in metres (190到230cm: 1.9 to 2.3)."""
    return [(_in_metres(span["low"], span["unit"]), _in_metres(span["high"], span["unit"]))
            for span in _SPAN.finditer(clause)]


def _one_size_taking(product: Product, facts: tuple[tuple[str, str], ...], said: float,
                     given: Callable[[str], list[tuple[float, float]]]) -> tuple[str, str] | None:
    """The one size of ``product`` named alone in a clause of ``facts`` one of whose ranges (``given``) takes
    ``said``, and that clause; None where none or several do."""
    taking = []
    for _, value in facts:
        for clause in SMALL_PARTS.split(value):
            sizes = {size for size in product.sizes if any(n.lower() in clause.lower() for n in product.names_of(size))}
            if len(sizes) == 1 and any(low <= said <= high for low, high in given(clause)):
                taking.append((sizes.pop(), clause.strip()))
    return taking[0] if len(taking) == 1 else None


#: A stretch of days the buyer says: 5天, 一个礼拜, 两周, 半个月, 一个月 (in days).
_DAYS_SAID = re.compile(r"(?P<n>\d+|[一二两三四五六七八九十]+)\s*(?P<unit>天|晚|个?(?:礼拜|星期)|周|个?月)"
                        r"|(?P<half>半)个?月")
#: The days a clause gives a size: 3到5天, 7-10天, 半个月以上, 15天以上.
_DAYS_GIVEN = re.compile(r"(?P<low>\d+)\s*(?:天)?\s*(?:-|~|～|到|至|－)\s*(?P<high>\d+)\s*天"
                         r"|(?:(?P<from>\d+)\s*天|(?P<half>半)个?月|(?P<months>\d+|一)个?月)\s*(?:及|或)?以上")
_IN_DAYS = {"天": 1, "晚": 1, "礼拜": 7, "星期": 7, "周": 7, "月": 30}


def _days(text: str) -> list[float]:
    """The stretches of days ``text`` says, in days."""
    found = []
    for said in _DAYS_SAID.finditer(text):
        if said["half"]:
            found.append(15.0)
        elif (n := parse_numeral(said["n"])) is not None:
            found.append(n * _IN_DAYS[said["unit"].removeprefix("个")])
    return found


def size_for_days(product: Product, facts: tuple[tuple[str, str], ...], text: str) -> tuple[str, str] | None:
    """The one size of ``product`` whose clause of ``facts`` gives a stretch of days the one the line says
    falls in, and that clause (24寸, 24寸适合7到10天 of 「出差一个礼拜带多大的合适」); None otherwise."""
    said = _days(text)
    return _one_size_taking(product, facts, said[0], _days_given) if len(said) == 1 else None


def _days_given(clause: str) -> list[tuple[float, float]]:
    """The stretches of days ``clause`` gives (3到5天; 半个月以上: 15 on)."""
    found = []
    for given in _DAYS_GIVEN.finditer(clause):
        low = float(given["low"] or given["from"] or (15 if given["half"] else 0))
        if given["months"]:
            low = 30 * (parse_numeral(given["months"]) or 1)
        found.append((low, float(given["high"]) if given["high"] else float("inf")))
    return found


#: The people a clause gives a size: 3到5人, 6-10人, 10人以上.
_PEOPLE_GIVEN = re.compile(r"(?P<low>\d+)\s*(?:个?人)?\s*(?:-|~|～|到|至|－)\s*(?P<high>\d+)\s*个?人"
                           r"|(?P<from>\d+)\s*个?人\s*(?:及|或)?以上")


def size_for_people(product: Product, facts: tuple[tuple[str, str], ...], text: str) -> tuple[str, str] | None:
    """The one size of ``product`` whose clause of ``facts`` gives a head count the people the line says fall in,
    and that clause (47cm, 47cm适合3到5人 of 「一家五口 买哪个尺寸合适」); None otherwise."""
    people = people_said(text)
    return _one_size_taking(product, facts, float(people), _people_given) if people is not None else None


def _people_given(clause: str) -> list[tuple[float, float]]:
    """The head counts ``clause`` gives (3到5人; 10人以上: 10 on)."""
    return [(float(given["low"] or given["from"]), float(given["high"]) if given["high"] else float("inf"))
            for given in _PEOPLE_GIVEN.finditer(clause)]


#: The units a fact's table may range over: 度 of lenses, cm, kg, 斤, 岁, 寸, W, a room's 平方.
_TABLE_UNITS = r"度|cm|厘米|公分|mm|毫米|kg|公斤|斤|岁|个月|年级|寸|w|瓦|人|平方米|平方|平米|平|㎡"
#: Units said two ways, each by the one its table is compared in (十八平 of 16到23平方).
_SAME_UNIT = {"厘米": "cm", "公分": "cm", "毫米": "mm", "公斤": "kg", "瓦": "w",
              "平方米": "平方", "平米": "平方", "平": "平方", "㎡": "平方"}
#: A number said with one of them: 200度, 650度, 35斤, 十六斤.
_NUMBER_IN = re.compile(rf"(?<![\d.一二两三四五六七八九十百])(\d+(?:\.\d+)?|[一二两三四五六七八九十百]+)"
                        rf"\s*个?({_TABLE_UNITS})", re.IGNORECASE)
#: What a part of a table takes: 0-300度, 300到600度; 800度以上; 100度以内.
_TAKES = re.compile(rf"(?P<low>\d+(?:\.\d+)?)\s*(?P<u1>{_TABLE_UNITS})?\s*(?:-|~|～|到|至|－)\s*(?P<high>\d+(?:\.\d+)?)"
                    rf"\s*(?P<unit>{_TABLE_UNITS})|(?P<from>\d+(?:\.\d+)?)\s*(?P<u2>{_TABLE_UNITS})\s*(?:及|或)?以上"
                    rf"|(?P<to>\d+(?:\.\d+)?)\s*(?P<u3>{_TABLE_UNITS})\s*(?:以内|以下|之内)", re.IGNORECASE)


def _one_unit(unit: str) -> str:
    """``unit`` as its table is compared in (平米 as 平方, 公分 as cm)."""
    return _SAME_UNIT.get(unit.lower(), unit.lower())


def _takes(part: str, number: float, unit: str) -> bool | None:
    """Whether ``part`` takes ``number`` of ``unit``; None where it ranges over none of that unit."""
    spans = [m for m in _TAKES.finditer(part) if _one_unit(m["unit"] or m["u2"] or m["u3"]) == unit]
    if not spans:
        return None
    return any((m["low"] is not None and float(m["low"]) <= number <= float(m["high"]))
               or (m["from"] is not None and number >= float(m["from"]))
               or (m["to"] is not None and number <= float(m["to"])) for m in spans)


def part_holding(value: str, text: str, names: Sequence[str] = ()) -> str | None:
    """The one part of ``value`` (a table of parts, each ranging over a unit: 1.56适合0-300度;1.60适合300-600度)
    that takes the number ``text`` says in that unit (200度: 1.56适合0-300度); None where the value is no such
    table, the line says no such number, or none or several parts take it. ``names``: the goods' own sizes,
    each of which a part may say instead of a number of its own (小号适合1-2年级,中号适合3-4年级)."""
    said = [(number, m[2].lower()) for m in _NUMBER_IN.finditer(text) if (number := parse_numeral(m[1])) is not None]
    if len(said) != 1:
        return None
    number, unit = said[0][0], _one_unit(said[0][1])
    for splitter in (FACT_PARTS, SMALL_PARTS):
        # (parts by commas only where each ranged one says a number of its own beside the range: 55到60岁选200度,
        # not 身高160-165cm of 身高160-165cm,体重90-110斤选M, whose row goes on past the comma)
        parts = [part.strip() for part in splitter.split(value) if part.strip()]
        ranged = [part for part in parts if _takes(part, number, unit) is not None]
        if splitter is SMALL_PARTS and not all(re.search(r"\d", _TAKES.sub("", part))
                                               or any(name in part for name in names) for part in ranged):
            return None
        taking = [part for part in ranged if _takes(part, number, unit)]
        if len(ranged) >= 2:
            return taking[0] if len(taking) == 1 else None
    return None
