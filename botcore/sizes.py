"""How size names are written, so that one size has one key however a shop or a buyer
spells it: 3XL = XXXL = 3L, 2XL = XXL, l = L, 42码 = 42, 均码 = free size.

A shop keeps its own spelling (``Product.sizes``); buyers' words and the shop's are
compared through `size_key`, defined once here.
"""

from __future__ import annotations

import re

__all__ = ["SIZE_CHOSEN", "UNIT_TAIL", "by_magnitude", "length_in_cm", "size_key", "size_shown", "variant_label",
           "weight_in_grams"]

#: A size to take asked, not how big each one is: 「买多大的」「我178 选多大的好」「多大合适」「我158 适合多大的吉他」
#: (not 「适合多大的孩子」: who it is for).
SIZE_CHOSEN = re.compile(r"(?:买|选|拍|挑|要|入|弹|穿|戴)(?:多大|几寸|多长)|多大(?:的)?(?:好|合适|比较好|比较合适)"
                         r"|适合(?:多大|几寸)(?!的?(?:孩子|宝宝|小孩|娃|儿童|年龄|岁|人|狗|猫|房间|面积|空间))")

#: A unit a size's name may end with, which buyers leave out (3万的 of 3万毫安, 500的 of 500ml).
UNIT_TAIL = re.compile(r"(毫安时?|mah|毫升|ml|克|g|瓦|w|英寸|寸)$")

# 3XL, 3L, XXXL and the Japanese-style 3L are one size; so are 2XL, XXL and 2L
_COUNTED = re.compile(r"(?P<n>[2-9])\s*(?P<x>x?)(?P<end>[sl])")
_REPEATED = re.compile(r"(?P<x>x{2,})(?P<end>[sl])")
_LENGTH = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?:cm|厘米|公分|厚)")
_FREE = {"均码", "freesize", "free", "f", "onesize"}
# a shoe size's system as buyers write it: 美码9 = US9, 英码8 = UK8, 欧码42 = 42
_SYSTEM_WORDS = (("美码", "us"), ("英码", "uk"), ("欧码", ""), ("eu", ""))


def size_key(name: str) -> str:
    """The one key of a size name: ``size_key("3XL") == size_key("xxxl") == size_key("3L")``.

    Letter sizes become upper case with every extra X counted (XXXL); a trailing 码 and
    spaces go; any other name (110, 42.5, 1.5kg) is kept as written, in upper case.
    """
    text = name.strip().lower().replace(" ", "")
    for word, system in _SYSTEM_WORDS:
        text = text.replace(word, system)
    if text in _FREE:
        return "均码"
    text = text.removesuffix("码")
    if (m := _LENGTH.fullmatch(text)) is not None:  # a size named by its length: 60cm, 60厘米, 60
        return m["n"]
    if (m := _COUNTED.fullmatch(text)) is not None:
        return "X" * int(m["n"]) + m["end"].upper()  # 3XL and 3L: three X in the long spelling
    if (m := _REPEATED.fullmatch(text)) is not None:
        return "X" * len(m["x"]) + m["end"].upper()
    return text.upper()


def length_in_cm(name: str) -> str | None:
    """The length a variant named by it says, as its number: 22 of 22cm, 22厘米, 22公分 and 22厚; None
    where it says none."""
    m = _LENGTH.fullmatch(name.strip().lower())
    return m["n"] if m is not None else None


def weight_in_grams(name: str) -> float | None:
    """The weight a size or a buyer's word says, in grams: 500 of 500g, 500克罐装, 一斤 and 1斤; 1000 of
    两斤, 1kg and 1公斤; 750 of 一斤半; None where it says none (L码, 30只装)."""
    m = _WEIGHT.fullmatch(name.strip().lower())
    if m is None:
        return None
    number = float(m["n"]) if m["n"][0].isdigit() else _SMALL_NUMBERS.get(m["n"])
    if number is None:
        return None
    return (number + (0.5 if m["half"] else 0.0)) * _GRAMS[m["unit"]]


_GRAMS = {"g": 1, "克": 1, "两": 50, "斤": 500, "kg": 1000, "公斤": 1000, "千克": 1000}
_SMALL_NUMBERS = {"半": 0.5, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
                  "十": 10}
_WEIGHT = re.compile(r"(?P<n>\d+(?:\.\d+)?|[半一二两三四五六七八九十])\s*(?P<unit>kg|g|公斤|千克|克|斤|两)(?P<half>半)?"
                     r"(?:装|罐装|瓶装|袋装|盒装|罐|瓶|袋|盒|的)?")


def size_shown(key: str) -> str:
    """A size key as a buyer reads it: XXXXXL as 5XL (more than two X are hard to count)."""
    m = _REPEATED.fullmatch(key.lower())
    return f"{len(m['x'])}X{m['end'].upper()}" if m is not None and len(m["x"]) > 2 else key


#: Sizes said with 码 after them: letters (L, 3XL) and numbers (42, 42.5, 110).
_CODED_SIZE = re.compile(r"x*[sml]|[2-9]x+[sml]|\d{2,3}(?:\.5)?")  # not 6L, a capacity


def variant_label(colour: str | None, size: str | None) -> str:
    """黑色 L码 / 黑色 / L码 / 均码 / 原味 500g / iPhone16."""
    size_text = "" if size is None else (f"{size}码" if _CODED_SIZE.fullmatch(size.lower()) else size)
    return " ".join(part for part in (colour, size_text) if part)


#: Letter sizes, smallest first (by `size_key`).
_LETTERS = ("XXS", "XS", "S", "M", "L", "XL", "XXL", "XXXL", "XXXXL", "XXXXXL")
#: Sizes named by a word of how big, smallest first: 小号, 中号, 大号, 特大号 (码 or 杯 alike).
_WORDS = ("迷你", "小", "中", "标准", "大", "加大", "特大", "超大")
_WORDED = re.compile(rf"(?P<word>{'|'.join(_WORDS)})(?:号|码|杯|款|份|瓶)")
#: A size named by its number and unit (120ml, 1.5米, 24寸, 110, 150x120cm: the first number alike).
_MEASURED = re.compile(r"(?P<n>\d+(?:\.\d+)?)(?:\s*[x×*]\s*(?P<by>\d+(?:\.\d+)?))?"
                       r"\s*(?P<unit>[a-z]*|[\u4e00-\u9fff]{0,2})")


def by_magnitude(sizes: tuple[str, ...] | list[str]) -> tuple[str, ...] | None:
    """``sizes`` from the smallest to the largest, where all are measured alike: letter sizes (S, M, XL),
    words of how big (小号, 中号, 大号), or numbers in one unit (120ml, 150ml; 110, 120; 1.5米床, 1.8米床;
    150x120cm by its area); None where they are not (滤网2片装 beside 边刷4只装) or there are fewer than two."""
    if len(sizes) < 2:
        return None
    keys = [size_key(size) for size in sizes]
    if all(key in _LETTERS for key in keys):
        return tuple(sorted(sizes, key=lambda size: _LETTERS.index(size_key(size))))
    words = [m["word"] if (m := _WORDED.fullmatch(size)) is not None else "" for size in sizes]
    if all(words):
        return tuple(size for _, size in sorted(zip(map(_WORDS.index, words), sizes, strict=True)))
    measured = [_MEASURED.fullmatch(size.strip().lower()) for size in sizes]
    if all(measured) and len({m["unit"] for m in measured if m is not None}) == 1 \
            and len({m["by"] is None for m in measured if m is not None}) == 1:
        def magnitude(found: re.Match[str]) -> float:
            return float(found["n"]) * (float(found["by"]) if found["by"] else 1.0)
        values = [magnitude(m) for m in measured if m is not None]
        if len(set(values)) == len(values):
            return tuple(size for _, size in sorted(zip(values, sizes, strict=True)))
    return None
