"""counts_said: how many of each product or variant the buyer says.

「一件长款两件面包服」 is one and two; 「两个一起」 of two things named is one of each; 「一张90桌加两
把椅子」 counts two variants; 「蜜桔大果10斤加脐橙中果10斤」 gives each product the variants said in its
own part of the line. Pure functions of the text and the products named in it.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Sequence

from botcore.shop import Product
from botcore.stages.entities import Entities
from botcore.stages.normalise import times_as_x
from botcore.stages.numbers import COUNTERS, parse_numeral
from intents.goods import ADDED

__all__ = ["counts_of", "said_apart", "said_given", "sizes_beside", "variant_counts"]


#: How many of a product are said right before its name (两件长款, 一件面包服) or right after it (巴旦木两袋).
_COUNT_BEFORE = re.compile(rf"([一二两三四五六七八九十\d]+)\s*(?:{COUNTERS})\s*的?\s*$")
_COUNT_AFTER = re.compile(rf"\s*的?\s*([一二两三四五六七八九十\d]+)\s*(?:{COUNTERS})(?!装|套)")
#: A weight said right after a name (洋槐蜜一斤, 枣花蜜2斤): the size of that weight, where it sells one.
_WEIGHT_AFTER = re.compile(r"\s*的?\s*(?:\d+(?:\.\d+)?|[半一二两三四五六七八九十])\s*(?:kg|g|公斤|千克|克|斤|两)半?")


#: The things named, all of them, counted as they go together: 「两个一起」「三样一起」「俩一起」.
_ALL_TOGETHER = re.compile(r"(?P<n>[两二三四2-4]|俩)(?:个|样|件)?(?:一起|一块)")


def counts_of(products: Sequence[Product], text: str, named: Sequence[tuple[int, int]]) -> list[int] | None:
    """How many of each of ``products`` the buyer says (「一件长款两件面包服」: 1, 2), where a count
    is said with each of their names; else None."""
    both = _ALL_TOGETHER.search(text)
    if both is not None and (2 if both["n"] == "俩" else parse_numeral(both["n"])) == len(products):
        return [1] * len(products)  # 「壳加膜两个一起多少钱」: the two of them, one of each
    spans = _spans_of(products, text, named)
    # 「灯串5米两个加一包红色气球」: a count said past a variant's name beside the product's (5米两个, 一包红色)
    counts = _counts_at(text, [_with_variants(p, text, at) for p, at in zip(products, spans, strict=True)]) \
        or (None if _begins_a_name(products, text, spans) else _counts_at(text, spans))
    if counts is None:
        return None
    # 「湿巾3包」 of wipes sold in 1包 and 3包: the 3包 size, one of it, not three of the 1包
    return [1 if size is not None else count
            for size, count in zip(sizes_beside(products, text, named), counts, strict=True)]


def _with_variants(product: Product, text: str, at: tuple[int, int] | None) -> tuple[int, int] | None:
    """Where ``product`` is named, with the names of its variants said right before or after its own
    (红色气球, 灯串5米): a count is said beyond them."""
    if at is None:
        return None
    names = sorted({n.lower() for v in (*product.colours, *product.sizes) for n in product.names_of(v) if n},
                   key=len, reverse=True)
    start, end = at
    while (after := next((n for n in names if text.startswith(n, end)), None)) is not None:
        end += len(after)
    while (before := next((n for n in names if text.endswith(n, 0, start)), None)) is not None:
        start -= len(before)
    return start, end


def _begins_a_name(products: Sequence[Product], text: str, spans: Sequence[tuple[int, int] | None]) -> bool:
    """Whether a count said right after a product's name only begins the name of one of its variants
    (两瓶 of 「酱香两瓶礼盒」, a 两瓶礼盒 of the 酱香): no count, where 3包 of 「湿巾3包」 names the 3包 whole."""
    for product, at in zip(products, spans, strict=True):
        said = _COUNT_AFTER.match(text, at[1]) if at is not None else None
        if said is not None and any(len(n) > len(said[0].strip()) and text.startswith(n, said.start())
                                    for v in (*product.colours, *product.sizes) for n in product.names_of(v)):
            return True
    return False


def said_given(product: Product, text: str, named: Sequence[tuple[int, int]]) -> bool:
    """Whether ``product`` is named as what comes with the one asked of (送奶嘴不, 带奶嘴吗, 配充电头吗),
    not as another to buy."""
    at = _spans_of([product], text, named)[0]
    return at is not None and _GIVEN_BEFORE.search(text, 0, at[0]) is not None


#: Said right before a thing, that it comes with what is bought: 送, 赠, 带, 配, 含, 附.
_GIVEN_BEFORE = re.compile(r"(?:送|赠|带|配|含|附|附赠|赠送)(?:个|一个|只|一只|的)?$")


def _spans_of(products: Sequence[Product], text: str, named: Sequence[tuple[int, int]]) -> list[tuple[int, int] | None]:
    """Where each of ``products`` is named in ``text``: by its name or an alias, else by the name of
    a variant of its own that none of the others has, outside their names (25c of 「25c两条再加一对锁踏」
    on a tyre's page: the tyre's 700x25c); None where neither is said."""
    names = [{n.lower() for n in (p.name, *p.aliases)} for p in products]
    spans = [next(((a, b) for a, b in named if text[a:b] in each), None) for each in names]
    for i, product in enumerate(products):
        if spans[i] is not None:
            continue
        others = [p for p in products if p is not product]
        own = {n.lower() for v in (*product.colours, *product.sizes) for n in product.names_of(v) if len(n) >= 2
               and not any(p.find_size(n) or p.find_colour(n) for p in others)}
        found = [(m.start(), m.start() + len(n)) for n in own for m in re.finditer(re.escape(n), text)
                 if not any(a < m.start() + len(n) and m.start() < b for a, b in named)]
        spans[i] = min(found, key=lambda at: (at[0], -at[1])) if found else None
    return spans


def said_apart(products: Sequence[Product], text: str, named: Sequence[tuple[int, int]],
                said: Entities) -> Entities | list[Entities]:
    """``said`` for each of ``products``, with the variants said in its own part of the line: the
    line cut at the first joining word between two names (「蜜桔大果10斤加脐橙中果10斤」: 大果 10斤 of
    the 蜜桔, 中果 10斤 of the 脐橙; 「双肩包加一个长款钱包」: 长款 of the 钱包); ``said`` itself where not
    every one is named by its name."""
    spans = _spans_of(products, text, named)
    unnamed = [i for i, span in enumerate(spans) if span is None]
    if len(products) < 2 or len(unnamed) > 1:
        return said
    ordered = sorted(span for span in spans if span is not None)
    if unnamed:
        # 「24一对加一个弹力带五件套」 on the dumbbell's page: what is said before the first name and the word
        # joining it, of the page's goods unnamed (24kg 一对装), the rest of the goods named
        first = _JOINED_LAST.search(text, 0, ordered[0][0])
        if first is None or not text[:first.start()].strip():
            return said
        spans[unnamed[0]] = (0, 0)
        ordered = [(0, 0), *ordered]
    cuts = [0]
    for (_, end), (start, _) in itertools.pairwise(ordered):
        joined = _JOINED.search(text, end, start)
        cuts.append(joined.end() if joined is not None else start)
    cuts.append(len(text))
    parts = {span: (cuts[i], cuts[i + 1]) for i, span in enumerate(ordered)}
    apart = []
    for product, span in zip(products, spans, strict=True):
        low, high = parts[span] if span is not None else (0, len(text))

        def in_part(variants: Sequence[str], part: str = text[low:high], product: Product = product,
                    low: int = low, high: int = high) -> tuple[str, ...]:
            # (by any of its names, or by a word the shop's names of variants were found at: 24 of 24kg)
            return tuple(v for v in variants if any(times_as_x(n.lower()) in part for n in product.names_of(v)) or any(
                low <= a and b <= high and v in (product.find_size(text[a:b]), product.find_colour(text[a:b]))
                for a, b in said.variant_names))
        apart.append(dataclasses.replace(said, colours=in_part(said.colours), sizes=in_part(said.sizes)))
    # 「15pro黑色壳加膜」: a size said of one that another also comes in, none said of that one: the same
    # (iPhone15Pro of the film too)
    for i, (product, own) in enumerate(zip(products, apart, strict=True)):
        shared = {z for other in apart if other is not own for w in other.sizes if (z := product.find_size(w))}
        if not own.sizes and len(shared) == 1:
            apart[i] = dataclasses.replace(own, sizes=tuple(shared))
    return apart


#: What joins two things asked together: 加, 和, 跟, 还有, a comma or a space.
_JOINED = re.compile(r"再加|加上|加|和|跟|与|还有|[、,，;；\s]+")
#: The last joining word before a name, with what lies between it and the name (「加一个」 of 「24一对加一个弹力带」).
_JOINED_LAST = re.compile(r"(?:再加|加上|加|和|跟|与|还有)(?!.*(?:再加|加上|加|和|跟|与|还有))")


def sizes_beside(products: Sequence[Product], text: str, named: Sequence[tuple[int, int]]) -> list[str | None]:
    """The size of each of ``products`` said right after or before its name, where what is said
    there as a count or a weight is one of its sizes (湿巾3包 of wipes in 1包 and 3包: 3包; 洋槐蜜一斤 of
    honey in 500g and 1000g: 500g)."""
    sizes: list[str | None] = []
    for product, at in zip(products, _spans_of(products, text, named), strict=True):
        said = (_COUNT_AFTER.match(text, at[1]) or _WEIGHT_AFTER.match(text, at[1])
                or _COUNT_BEFORE.search(text, 0, at[0])) if at is not None else None
        sizes.append(product.find_size(said.group().strip(" 的")) if said is not None else None)
    return sizes


def variant_counts(product: Product, variants: Sequence[str], text: str,
                    spans: Sequence[tuple[int, int]]) -> list[int] | None:
    """How many of each of a product's ``variants`` the buyer says (「一张90桌加两把椅子」: 1, 2)."""
    def names(a: int, b: int, variant: str) -> bool:
        return variant in (product.find_size(text[a:b]), product.find_colour(text[a:b]))

    def with_other_half(a: int, b: int) -> tuple[int, int]:  # 「小号带盆3盆」: the count after 带盆
        return a, next((d for c, d in spans if c == b), b)
    return _counts_at(text, [next((with_other_half(a, b) for a, b in spans if names(a, b, v)), None)
                             for v in variants])


def _counts_at(text: str, spans: Sequence[tuple[int, int] | None]) -> list[int] | None:
    """The count said with each name at ``spans``, all before them or all after them
    (「面霜一瓶 防晒两瓶」), as the first name said with one shows; a name said with none
    counts one where the names are joined by 加/和 (「一斤的加两个半斤的」: 1, 2); None where
    one has none otherwise, or none has one."""
    if any(at is None for at in spans):
        return None
    placed = [at for at in spans if at is not None]

    def before(at: tuple[int, int]) -> int | None:
        said = _COUNT_BEFORE.search(text, 0, at[0])
        return _whole(said[1]) if said else None

    def after(at: tuple[int, int]) -> int | None:
        said = _COUNT_AFTER.match(text, at[1])
        return _whole(said[1]) if said else None
    # the first name said with a count sets where the counts are said: after it where it has one there
    first = next(((before(at), after(at)) for at in placed if before(at) or after(at)), None)
    if first is None:
        return None
    read = after if first[1] and not first[0] else before
    counts = [read(at) for at in placed]
    if None in counts and not ADDED.search(text, placed[0][1], placed[-1][0]):
        return None
    return [count or 1 for count in counts]


def _whole(numeral: str) -> int | None:
    """A count as said (两, 3), where it is one of one or more."""
    count = parse_numeral(numeral)
    return int(count) if count is not None and count >= 1 else None
