"""Whom a product is for, by a measure told of the one it is for: 「孩子40斤能用吗」 of a car
seat stating 适用体重: 0到18公斤(36斤以内) is answered by that fact, and 40斤 lies past it.

The kinds of fact that say so are named here by the measure (an age, a weight, a height, as
`botcore.stages.entities.Entities` holds them: years, 斤, cm); the figures a fact states are
read in the measure's own units (18公斤 is 36斤, 6个月 half a year). Pure: a product, the
facts asked and the measures told in, facts or a yes/no out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping

from botcore.shop import Product
from intents.attributes import Facts, kinds_by_name

__all__ = ["MEASURES", "measure_facts", "past_range", "whom_for"]

#: The kinds of fact that say whom a product is for, by measure, the first stated answering.
_FOR_MEASURE = {"age": ("适用年龄", "适合人群"), "weight": ("适用体重", "承重"), "height": ("适用身高",),
                "head": ("头围",), "wrist": ("腕围",)}
#: The measures told of the one a product is for that say whom it suits.
MEASURES = tuple(_FOR_MEASURE)

#: Each measure's units in a fact, as a factor to the buyer's measure (years, 斤, cm).
_UNITS = {
    "age": {"岁": 1.0, "周岁": 1.0, "个月": 1 / 12},
    "weight": {"斤": 1.0, "公斤": 2.0, "千克": 2.0, "kg": 2.0},
    "height": {"厘米": 1.0, "公分": 1.0, "cm": 1.0},
    "head": {"厘米": 1.0, "公分": 1.0, "cm": 1.0},
    "wrist": {"厘米": 1.0, "公分": 1.0, "cm": 1.0, "毫米": 0.1, "mm": 0.1},
}

#: A figure or a span a fact states, with its unit and whether it is the least (14岁以上).
_FIGURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:(?:到|至|~|～|-|－|—)\s*(\d+(?:\.\d+)?))?\s*"
                     r"(周岁|岁|个月|公斤|千克|kg|斤|厘米|公分|cm|毫米|mm)(以上|及以上|起|以后|之后)?", re.IGNORECASE)
#: A clause of a fact, and a clause that says whom it is not for (18岁以下不宜), which sets no span.
_CLAUSE = re.compile(r"[^,，;；。]+")
_NOT_FOR = re.compile(r"不宜|不适|不建议|不推荐|不能|不可|不要|禁|慎|勿|别")  # (不吃辣的大人 says who it is for)


def measure_facts(product: Product, measures: Mapping[str, float], asked: Facts) -> Facts:
    """What ``asked`` asks of ``product``, or, where it states none of it and what it lacks is
    only whom the product is for, what it states of that by the ``measures`` told (age,
    weight, height), answering a 「能吃吗」「能用吗」 said with, or after, them: 3岁 gets the ages
    it is for (适用年龄: 3个月以上), else who may take it (适宜人群: 儿童不宜); 孩子40斤 its
    weights (适用体重: 18公斤以内), though 斤能用 names a load (承重)."""
    kinds = [name for measure in measures for name in _FOR_MEASURE.get(measure, ())]
    by_name = kinds_by_name()
    if asked.stated and not asked.missing:
        # 「我185 180斤能骑吗」 of a bike whose 承重 the 斤能骑 names: its 适合身高 for the 185 too
        # (「手腕十六公分能戴吗」 of a watch whose 表带调节 says 适合腕围15到21厘米: that span too)
        more = {key: value for measure in measures if measure != "weight"
                for name in _FOR_MEASURE.get(measure, ()) for key, value in product.attributes.items()
                if _tells(name, key, value) and key not in dict(asked.stated)}
        return dataclasses.replace(asked, stated=(*asked.stated, *more.items())) if more else asked
    if asked.stated or not set(asked.missing) <= set(kinds):
        return asked
    stated: dict[str, str] = {}
    for measure in measures:
        for name in _FOR_MEASURE.get(measure, ()):
            found = {key: value for key, value in product.attributes.items() if by_name[name].names(key)}
            if found:
                stated |= found
                break
    return Facts(tuple(stated.items())) if stated else asked


def whom_for(facts: Facts, measures: Mapping[str, float]) -> Facts:
    """The facts of ``facts`` that say whom the product is for by one of the ``measures`` told
    (适用体重 of 「我体重110公斤能骑吗」, which names the fact as it tells the weight), by their names or
    by a span they state of it (网帽尺寸: 均码网帽,适合头围54到58厘米, of 「我头围59」)."""
    names = [name for measure in measures for name in _FOR_MEASURE.get(measure, ())]
    return Facts(tuple((key, value) for key, value in facts.stated if any(_tells(n, key, value) for n in names)))


def _tells(kind: str, key: str, value: str) -> bool:
    """Whether the fact ``key``: ``value`` says whom the product fits by the measure of ``kind``: by its
    name (适用体重), or by a span it states of that measure (网帽尺寸: 均码网帽,适合头围54到58厘米)."""
    return kinds_by_name()[kind].names(key) or (kind in _SPAN_OF and _SPAN_OF[kind].search(value) is not None)


def _span_said(*names: str) -> re.Pattern[str]:
    """A span of a measure said by one of its ``names``: 头围54到58厘米, 腕围15到21厘米."""
    return re.compile(rf"(?:{'|'.join(names)})[^,，;；。]{{0,3}}?\d+(?:\.\d+)?\s*(?:到|至|~|～|-|－|—)\s*\d")


#: A span stated of a measure by its name, in a fact of another name: 适合头围54到58厘米.
_SPAN_OF = {"头围": _span_said("头围"), "腕围": _span_said("腕围", "手腕")}


def past_range(facts: Facts, measures: Mapping[str, float]) -> bool:
    """Whether a measure told lies outside the spans the ``facts`` state in its units: 40斤
    past 0到18公斤(36斤以内), 4岁 past 0到6个月 … 1到3岁, 2个月 below 3个月以上. A figure alone is
    the most it fits (36斤以内) unless said to be the least; a fact stating no figure in those
    units, or only whom it is not for, says nothing either way."""
    for measure, value in measures.items():
        units = _UNITS.get(measure, {})
        spans = [_span(float(low), high, up, units[unit.lower()])
                 for _, told in facts.stated for clause in _CLAUSE.findall(told) if not _NOT_FOR.search(clause)
                 for low, high, unit, up in _FIGURE.findall(clause) if unit.lower() in units]
        if spans and not min(low for low, _ in spans) <= value <= max(high for _, high in spans):
            return True
    return False


def _span(low: float, high: str, least: str, factor: float) -> tuple[float, float]:
    """A span in the buyer's units: 0到18公斤 is 0-36斤, 3个月以上 a quarter year up, 36斤 0-36斤."""
    if high:
        return low * factor, float(high) * factor
    if least:
        return low * factor, float("inf")
    return 0.0, low * factor
