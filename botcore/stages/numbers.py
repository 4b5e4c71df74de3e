"""Read the numbers buyers type: 170, 1米7, 一米七五, 一六八, 1.68, 120斤, 一百二,
60kg, 2尺2, 两件, 八十九块.

`parse_numeral` turns one spelling into a number; `find_measures` scans a normalised
message and returns every measure it recognises, with its span and how sure it is
(an explicit unit or keyword is sure; a bare number is a guess from its range).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

__all__ = ["CHILD", "CONFIRMING", "COUNTERS", "COUNT_SAID", "Measure", "MeasureKind", "find_measures", "parse_numeral"]

MeasureKind = Literal["height", "weight", "foot", "waist", "bust", "underbust", "hip", "age", "finger", "wrist",
                      "head", "quantity", "money", "days"]

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
           "六": 6, "七": 7, "八": 8, "九": 9}
_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10000}
_CN = "零〇一二两三四五六七八九十百千万"
_NUM = rf"(?:\d+(?:\.\d+)?|[{_CN}]+)"
_CM_PER_CHI = 100 / 3  # 1 尺 = 33.3 cm


def parse_numeral(text: str) -> float | None:
    """Parse "168", "1.68", "一百二十", "一百二" (=120), "一六八" (=168), "十五", "两".

    Returns None when the text is not a number.
    """
    if not text:
        return None
    if text[0].isdigit():
        try:
            return float(text)
        except ValueError:
            return None
    if any(ch not in _CN for ch in text):
        return None
    if not any(ch in _UNITS for ch in text):  # 一六八: digit by digit
        value = 0
        for ch in text:
            value = value * 10 + _DIGITS[ch]
        return float(value)
    total, current, last_unit = 0, 0, 1
    for ch in text:
        if ch in _DIGITS:
            current = _DIGITS[ch]
            if current == 0:  # 一千零五: after 零 the digit is a plain unit
                last_unit = 10
        else:
            unit = _UNITS[ch]
            total += (current or 1) * unit
            current, last_unit = 0, unit
    if current:  # 一百二 = 120: a trailing digit counts one unit below the last
        total += current * (last_unit // 10 if last_unit >= 10 else 1)
    return float(total)


@dataclass(frozen=True)
class Measure:
    """One measure found in a message. ``value`` is in cm (a finger's girth in mm), 斤,
    years (age), yuan, items or days."""

    kind: MeasureKind
    value: float
    start: int
    end: int
    text: str
    sure: bool = True


def _n(text: str) -> float:
    value = parse_numeral(text)
    return value if value is not None else 0.0


def _height_metres(m: re.Match[str]) -> float:
    metres = _n(m["m"])
    rest = m["cm"] or ""
    if not rest:
        return metres * 100
    cm = _n(rest)
    return metres * 100 + (cm * 10 if len(rest) == 1 else cm)


def _foot_cm(m: re.Match[str]) -> float:
    """脚长 in cm: 24.5, 24.5cm; 245 or 245mm is millimetres."""
    value = _n(m["v"])
    return value / 10 if (m["unit"] or "").lower() in ("mm", "毫米") or value > 40 else value


def _girth(unit: str, mm_above: float) -> Callable[[re.Match[str]], float]:
    """A girth in ``unit`` (mm or cm) whatever unit the buyer wrote it in: 5.3厘米 is 53 mm,
    150mm is 15 cm; a number without a unit is in mm above ``mm_above``, else in cm."""
    def read(m: re.Match[str]) -> float:
        value, said = _n(m["v"]), (m["unit"] or "").lower()
        in_mm = said in ("mm", "毫米") or (not said and value > mm_above)
        if unit == "mm":
            return value if in_mm else value * 10
        return value / 10 if in_mm else value
    return read


def _age_years(m: re.Match[str]) -> float:
    value = _n(m["v"])
    return round(value / 12, 2) if m["unit"] in ("个月", "月") else value


def _chi(m: re.Match[str]) -> float:
    return (_n(m["a"]) + (_n(m["b"]) / 10 if m["b"] else 0)) * _CM_PER_CHI


_LENGTHS = "mm|毫米|cm|厘米|公分"
_AROUND = rf"(?:的?一圈)?[^\d{_CN}]{{0,6}}?"  # 手指一圈, 手腕的一圈是, 头围大概: up to the number
#: The counting words of a quantity (三件, 3根, 两箱), as a regex alternation.
COUNTERS = ("件|个|条|套|包|双|份|盒|单|袋|瓶|罐|支|只|箱|桶|根|张|副|台|把|卷|对|片|提|饼|听|板|串|束|辆|顶|部"
             "|本|册|颗|粒|枚|盆|株|棵|团(?!购)|组|捆|扎|枝|朵|盏|筒|轴(?!云台|稳定|防抖)")
#: How many, said with its counting word: 两台, 3件, 两个 (an owner may call a variant so: a count all the same).
COUNT_SAID = re.compile(rf"[\d一二两三四五六七八九十几]+\s*(?:{COUNTERS})")

# (kind, pattern, how to read the match). Order matters: earlier rules claim their
# span first, so "1米7" is a height before "7" could be read as anything else.
_RULES: list[tuple[MeasureKind, re.Pattern[str], object]] = [
    ("foot", re.compile(
        rf"(?:脚长|脚掌长|脚的长度|脚)\s*(?:是|有|大概|约)?\s*(?P<v>{_NUM})\s*(?P<unit>cm|厘米|公分|mm|毫米)?"),
     _foot_cm),
    ("age", re.compile(r"刚出生|新生儿|刚生的|刚满月"), lambda m: 0.0 if "满月" not in m.group() else 0.08),
    ("age", re.compile(rf"(?P<v>{_NUM})\s*(?P<unit>岁半|岁|周岁|个月|月大)"),
     lambda m: _age_years(m) + (0.5 if m["unit"] == "岁半" else 0)),
    # a ring, a bracelet, a hat: the girth of a finger (mm), a wrist or a head (cm)
    ("finger", re.compile(rf"(?:手指|指围|手寸|指圈|圈口){_AROUND}(?P<v>{_NUM})\s*(?P<unit>{_LENGTHS})?"),
     _girth("mm", 15)),
    ("finger", re.compile(rf"(?:周长|一圈)\s*(?:是|有|大概|约)?\s*(?P<v>{_NUM})\s*(?P<unit>{_LENGTHS})"),
     _girth("mm", 15)),
    ("wrist", re.compile(rf"(?:手腕|腕围|手围){_AROUND}(?P<v>{_NUM})\s*(?P<unit>{_LENGTHS})?"), _girth("cm", 30)),
    ("head", re.compile(rf"(?:头[围维]|头的?周长|脑袋){_AROUND}(?P<v>{_NUM})\s*(?P<unit>{_LENGTHS})?"),
     _girth("cm", 90)),
    # a girth named by its word first: 腰围85cm is a waist, not a height
    ("waist", re.compile(rf"腰围?\s*(?:是|有)?\s*(?P<v>{_NUM})"), lambda m: _n(m["v"])),
    # a bra's band, under the bust (下胸围72 上胸围86): not the bust, and not a bare number left to be a weight
    ("underbust", re.compile(rf"下胸?围\s*(?:是|有)?\s*(?P<v>{_NUM})"), lambda m: _n(m["v"])),
    ("bust", re.compile(rf"(?:上围|胸围?)\s*(?:是|有)?\s*(?P<v>{_NUM})"), lambda m: _n(m["v"])),
    ("hip", re.compile(rf"臀围?\s*(?:是|有)?\s*(?P<v>{_NUM})"), lambda m: _n(m["v"])),
    ("height", re.compile(rf"(?P<m>[1一])米(?P<cm>[0-9]{{1,2}}|[{_CN[:-4]}]{{1,2}})?"),
     _height_metres),
    # (not 1.5T, 1.6L: an engine's size, a model's name; nor 1.5升, 1.5匹, 1.8倍: a measure of another kind)
    ("height", re.compile(r"(?<![\d.])(?P<v>1\.[4-9]\d?)"
                          r"(?:\s*(?:m|米)(?![a-z])|(?![\d.a-z]|\s*[升寸斤元块倍折万千匹级度吨个件层档]))",
                          re.IGNORECASE),
     lambda m: float(m["v"]) * 100),
    ("height", re.compile(rf"(?P<v>{_NUM})\s*(?:cm|公分|厘米)"), lambda m: _n(m["v"])),
    # (not 「128高55斤」: the weight said after 高, the height before it)
    ("height", re.compile(rf"(?:身高|个子|高)\s*(?:是|有)?\s*(?P<v>{_NUM})(?![\d.]|\s*(?:斤|kg|公斤|千克))"),
     lambda m: _n(m["v"])),
    ("weight", re.compile(rf"(?P<v>{_NUM})\s*(?:kg|公斤|千克)"), lambda m: _n(m["v"]) * 2),
    ("weight", re.compile(rf"(?P<v>{_NUM})\s*斤(?P<half>半)?"), lambda m: _n(m["v"]) + (0.5 if m["half"] else 0)),
    ("weight", re.compile(rf"(?:体重|重)\s*(?:是|有)?\s*(?P<v>{_NUM})"),
     lambda m: _n(m["v"]) * (2 if _n(m["v"]) < 70 else 1)),
    ("waist", re.compile(rf"(?P<a>[0-9{_CN[:-4]}])尺(?P<b>[0-9]|[{_CN[:-4]}])?"), _chi),
    # (not 两块 of 「买两块454的」: pieces of the 454g, a number of two digits or more right after it; nor 三块 of
    # 「我要三块」「买一块多少钱」: a few pieces bought, said after the buying word with nothing priced after)
    ("quantity", re.compile(r"(?<=[要买拍来拿订])\s*(?P<v>[1-9]|[一二两三四五六七八九十]{1,2})\s*块(?!钱)"
                            r"(?=\s*(?:$|[,，。!！~～ ]|吧|的|多少|就))"), lambda m: _n(m["v"])),
    ("money", re.compile(rf"(?P<v>{_NUM})\s*(?:元|块钱|块(?!\d{{2}})|rmb)"), lambda m: _n(m["v"])),
    ("quantity", re.compile(rf"(?P<v>{_NUM})\s*块(?=\d{{2}})"), lambda m: _n(m["v"])),
    ("money", re.compile(rf"[¥$]\s*(?P<v>{_NUM})"), lambda m: _n(m["v"])),
    ("days", re.compile(rf"(?P<v>{_NUM})\s*(?:天|日)"), lambda m: _n(m["v"])),
    # not 第二件, not a pack's name (六条装, 十件套)
    ("quantity", re.compile(rf"(?<!第)(?P<v>{_NUM})\s*(?:{COUNTERS})(?!装|套)(?<!包(?=邮))"),  # not 110包邮
     lambda m: _n(m["v"])),
    # 俩 bought (买俩, 要俩), asked next (那俩呢) or 两俩 typed for 两辆: two (not 咱俩, 他们俩)
    ("quantity", re.compile(r"(?<=[买要拍来订])俩|两俩|^那俩(?=呢|的话|[?？]*$)"), lambda m: 2.0),
]

_PLAUSIBLE: dict[MeasureKind, tuple[float, float]] = {
    # children and babies too: a 50 cm newborn, a 7斤 baby; bare numbers keep adult ranges below
    "height": (45, 210), "weight": (3, 400), "foot": (9, 33), "age": (0, 100),  # reading glasses: 60岁
    "waist": (20, 150), "bust": (20, 160), "underbust": (40, 140), "hip": (30, 160),  # a child's or a pet's girth too
    "finger": (30, 90), "wrist": (8, 30), "head": (30, 70),
    "money": (0, 1_000_000), "days": (0, 365), "quantity": (1, 100_000),
}

#: A young animal or a baby named, whose weight may lie under the adults' least (小猫2斤, 新生儿5斤), and that least.
_SMALL_BODY = re.compile(r"小猫|小狗|幼猫|幼犬|猫咪|奶猫|奶狗|仓鼠|兔子|新生儿|婴儿|早产")
_SMALL_BODY_LEAST = 0.5

# Bare numbers (no unit): "168 110 什么码". Only read as a body measure from range.
# A number said with 码 or 号 after it is a size (120码 of kids' wear), not the body.
_BARE = re.compile(rf"(?<![\d.a-z])(?P<v>\d{{2,3}}(?:\.\d)?|[{_CN}]{{2,5}})(?![\d.a-z])(?!\s*[码号])")
_BARE_HEIGHT = (140, 199)
# a child's height: "孩子120 45斤", or any bare number once the weight is said with its unit
_BARE_HEIGHT_CHILD = (50, 139)
#: Words for the child a measure is of (孩子120 is a height, not a size).
CHILD = re.compile(r"孩子|宝宝|儿子|女儿|小孩|儿童|娃|闺女|小朋友|男孩|女孩|baby")
_BARE_WEIGHT_JIN = (70, 260)
_BARE_WEIGHT_KG = (35, 69)


#: A number said as the size chosen, not a measure of the body: after 穿/拍/选/要 or 还是, before 还是.
_CHOICE_BEFORE = re.compile(r"(穿|拍|选|买|要|还是|或者|那就|就要|就拍)\s*$")
_CHOICE_AFTER = re.compile(r"\s*(还是|或者)")
#: A number said back as a sum to be confirmed, ending the line, not a measure of the body: 「这件是不是199」
#: 「一共150吧」「89是吧」 (「是不是130的合适」 still asks of a height).
#: The words asking a thing said back to be confirmed: 对吧, 是吧, 没错吧.
CONFIRMING = "对吧|是吧|没错吧|对不对|对吗|对么|对嘛|是吗|是嘛"
_SUM_BEFORE = re.compile(r"(是不是|一共|总共|合计)\s*$")
_SUM_ENDS = re.compile(r"\s*(块钱|块|元)?\s*(啊|呀|呢|吧|哈)?[?？]*$")
_SUM_AFTER = re.compile(rf"\s*(块钱|块|元)?\s*({CONFIRMING})[?？]*$")


def _overlaps(start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    return any(start < b and a < end for a, b in taken)


def _bare_measures(text: str, taken: list[tuple[int, int]], found: list[Measure]) -> None:
    has = {m.kind for m in found}
    child = "weight" in has or CHILD.search(text) is not None
    for match in _BARE.finditer(text):
        if _overlaps(match.start(), match.end(), taken):
            continue
        if _CHOICE_BEFORE.search(text, 0, match.start()) or _CHOICE_AFTER.match(text, match.end()):
            continue  # 「穿110还是120」「拍130吗」: a size chosen, not the body
        if (_SUM_BEFORE.search(text, 0, match.start()) and _SUM_ENDS.match(text, match.end())) \
                or _SUM_AFTER.match(text, match.end()):
            continue  # 「这件是不是199」「89是吧」: a sum said back, not the body
        value = parse_numeral(match["v"])
        if value is None:
            continue
        kind: MeasureKind | None = None
        if "height" not in has and (_BARE_HEIGHT[0] <= value <= _BARE_HEIGHT[1] or (
                child and _BARE_HEIGHT_CHILD[0] <= value <= _BARE_HEIGHT_CHILD[1])):
            kind = "height"
        elif "weight" not in has and _BARE_WEIGHT_JIN[0] <= value <= _BARE_WEIGHT_JIN[1]:
            kind = "weight"
        elif "weight" not in has and "height" in has and (
            _BARE_WEIGHT_KG[0] <= value <= _BARE_WEIGHT_KG[1]
        ):
            kind, value = "weight", value * 2
        if kind is None:
            continue
        has.add(kind)
        found.append(Measure(kind, value, match.start(), match.end(), match.group(), sure=False))


_ANY_NUMBER = re.compile(rf"[\d{_CN}俩]|刚出生|新生儿|刚生|满月")  # a newborn's age has no digit; 俩 is two

#: A bed or its bedding named: 「1.8的床」「1米8的床」「1.5和1.8的被套」「床90宽」 are the bed's width.
_BED = re.compile(r"床|被套|被罩|被子|褥|凉席|[三四六]件套")
#: Said just before a measure that is the body's all the same: 「我身高1米8 床够长吗」.
_OF_THE_BODY = re.compile(r"(身高|个子|我|人|体重)\s*(是|有)?\s*$")
#: A number said with the side it measures after it (90宽, 200长, 35厚): a thing's size, not the body.
_SIDE_AFTER = re.compile(r"\s*(公分|厘米|cm)?\s*的?\s*[宽长高厚深]")
#: ... or before it (窗户宽1米8, 层高2米9, 轨道长1.6): a thing's side, never the buyer's height.
_SIDE_BEFORE = re.compile(r"(?<!身)(宽|长|深|厚|层高|窗高|门高|宽度|长度|深度)\s*(是|有|大概|约|差不多)?\s*$")


def _of_a_bed(text: str, measure: Measure) -> bool:
    """Whether a height or weight read in a message naming a bed is the bed's width or length
    (1.8, 1米8, a bare 90) rather than the buyer's: not said of the body (身高1米8)."""
    return measure.kind in ("height", "weight") and (not measure.sure or measure.kind == "height") \
        and _OF_THE_BODY.search(text, 0, measure.start) is None


#: Said right before or after 一米 that it is a metre of the goods priced or counted (多钱一米, 每米,
#: 一米多少钱, 一米几个), not a height.
_PER_METRE_BEFORE = re.compile(r"(多钱|多少钱?|几块钱?|价格?|单价|每|按)\s*$")
_PER_METRE_AFTER = re.compile(r"\s*(多少|多钱|几|的价|价|算|要|起)")


def find_measures(text: str) -> tuple[Measure, ...]:
    """Every measure in a normalised message, in order of appearance."""
    if _ANY_NUMBER.search(text) is None:  # most questions have no number at all
        return ()
    found: list[Measure] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern, read in _RULES:
        for match in pattern.finditer(text):
            if _overlaps(match.start(), match.end(), taken):
                continue
            if kind == "height" and match.group() in ("1米", "一米") and (
                    _PER_METRE_BEFORE.search(text, 0, match.start()) or _PER_METRE_AFTER.match(text, match.end())):
                continue  # 「多钱一米」「一米多少钱」「一米几个滑轮」: a metre of the goods, not the buyer's height
            value = read(match)  # type: ignore[operator]
            low, high = _PLAUSIBLE[kind]
            if kind == "weight" and _SMALL_BODY.search(text):
                low = _SMALL_BODY_LEAST  # 「3个月的小猫2斤」: a kitten weighs so little
            if not low <= value <= high:
                continue
            taken.append((match.start(), match.end()))
            # (an age in months is a small share of a year: 3个月 is 0.25, not 0.2)
            found.append(Measure(kind, round(value, 2 if kind == "age" else 1), match.start(), match.end(),
                                 match.group()))
    # the months of a pregnancy (怀孕5个月, 孕期七个月) are no child's age, nor a count of anything
    found = [m for m in found if not (m.kind == "age" and _PREGNANT.search(text, max(0, m.start - 3), m.start))]
    _bare_measures(text, taken, found)
    bed = _BED.search(text) is not None
    child = CHILD.search(text) is not None or any(m.kind == "age" for m in found)
    found = [m for m in found if not (m.kind in ("height", "weight") and not m.sure and (side := _SIDE_AFTER.match(
        text, m.end)) and not (child and m.kind == "height" and side.group().endswith("高")))  # 「闺女5岁 110高」
             and not (bed and _of_a_bed(text, m))
             and not (m.kind == "height" and _SIDE_BEFORE.search(text, 0, m.start))]
    # a width by a length (1.35x1.9, 180*200): a thing's size, not the body's
    sides = [pair.span() for pair in _BY.finditer(text)]
    found = [m for m in found if not (m.kind in ("height", "weight") and any(a <= m.start < b for a, b in sides))]
    return tuple(sorted(found, key=lambda m: m.start))


_PREGNANT = re.compile(r"(?:孕|孕了|孕期|怀了|孕已经)$")
#: Two sides of a thing, one by the other: 1.35x1.9, 1.8米×2米, 180*200cm.
_BY = re.compile(r"\d+(?:\.\d+)?\s*(?:m|米|cm|厘米)?\s*[x×*＊]\s*\d+(?:\.\d+)?\s*(?:m|米|cm|厘米)?", re.IGNORECASE)
