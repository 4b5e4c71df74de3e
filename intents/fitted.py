"""The part of a fact that gives one size to the thing the buyer names: 「朗逸用哪个规格的」 of a tyre whose
适配车型 says 205/55R16适配大众朗逸、速腾、卡罗拉;215/55R17适配凯美瑞、雅阁 is its 205/55R16 part; 「凯美瑞呢」
next, its 215/55R17 part.

A fact is such a table where each of its parts (split at 「;」「。」) names one of the product's sizes, and two
or more do. The thing named is a run of the line's characters (two or more) that one part holds and no other
does, outside the sizes' own names (大众朗逸's 朗逸). A thing named that no part names (「比亚迪秦plus用什么规格」)
is for a person to match. Pure: a product and a message in, a fact's name and part out.
"""

from __future__ import annotations

import re

from botcore.shop import Product
from botcore.text import FACT_PARTS

__all__ = ["part_for_thing", "thing_unlisted"]

#: The fewest characters of the line that name a thing in a part: 朗逸, 速腾.
_SHORTEST = 2
#: The most: 奔驰GLA级.
_LONGEST = 8


def part_for_thing(product: Product, text: str) -> tuple[str, str] | None:
    """The one fact, and its one part, that gives a size to a thing the line names that no other part of it
    names; None where no fact is such a table, or the line names no such thing or one in several parts."""
    spellings = [n.lower() for v in (*product.sizes, *product.colours) for n in product.names_of(v)
                 if len(n) >= 2 or n.isascii()]
    lowered = text.lower()
    if any(name in lowered for name in spellings):
        return None  # (a variant named, 「切片刀能剁鸡骨头吗」: its own part, not one naming 鸡骨)
    found = []
    for key, value in product.attributes.items():
        sized = _sized_parts(product, value)
        if len(sized) < 2:
            continue
        # (a part's words less the variants' names: 205/55R16 is no thing a car is called by)
        plain = [_blank(part.lower(), spellings) for part in sized]
        holding = [part for i, part in enumerate(sized) if _names_own(lowered, plain, i)]
        if len(holding) == 1:
            found.append((key, holding[0]))
    return found[0] if len(found) == 1 else None


#: The words of a line that ask which size (用什么规格, 哪个尺寸合适), not the thing it is for.
_ASKING = re.compile(r"我的?|家|车|是|用|买|拍|选|配|装|适合|合适|能|可以|什么|啥|哪款|哪种|哪一?个|规格|尺寸"
                     r"|型号|大小|多大|的|呢|吗|啊|呀|亲|请问|那|这个|这款|[\s,，.。?？!！~～]")


def thing_unlisted(product: Product, text: str) -> str | None:
    """The thing a line asking which size names (比亚迪秦plus of 「比亚迪秦plus用什么规格」), where the product has
    a table giving its sizes to things and no part of it names this one; None otherwise."""
    if not any(len(_sized_parts(product, value)) >= 2 for value in product.attributes.values()):
        return None
    thing = _ASKING.sub("", text.lower())
    if len(thing) < _SHORTEST or part_for_thing(product, text) is not None \
            or any(n.lower() in text.lower() for v in (*product.sizes, *product.colours) for n in product.names_of(v)):
        return None
    return thing


def _sized_parts(product: Product, value: str) -> list[str]:
    """The parts of ``value`` each naming one of the product's sizes."""
    names = [[n.lower() for n in product.names_of(size) if len(n) >= 2 or n.isascii()] for size in product.sizes]
    return [part.strip() for part in FACT_PARTS.split(value) if part.strip()
            and sum(any(n in part.lower() for n in spelt) for spelt in names) == 1]


def _blank(part: str, spelt: list[str]) -> str:
    """``part`` with each of a size's names in it blanked out."""
    for name in sorted(spelt, key=len, reverse=True):
        part = part.replace(name, " " * len(name))
    return part


def _names_own(text: str, parts: list[str], i: int) -> bool:
    """Whether ``text`` holds a run of characters that part ``i`` holds and no other part does."""
    for length in range(min(_LONGEST, len(text)), _SHORTEST - 1, -1):
        for start in range(len(text) - length + 1):
            run = text[start:start + length]
            if run.strip() != run or not all(c.isalnum() for c in run) or run.isdigit():
                continue  # (not a number alone: 20 of 「二十伏」 beside 20V裸机1.6kg)
            if run in parts[i] and not any(run in other for j, other in enumerate(parts) if j != i):
                return True
    return False
