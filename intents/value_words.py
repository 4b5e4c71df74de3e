"""A fact found by the buyer's own words in what it says, where no name or kind of fact was
asked: 「壶能放燃气灶上烧吗」 of a kettle whose 明火加热 says 「燃气灶和电磁炉都能直接加热」,
「前面有中缝吗」 of leggings whose 裆部 says 「前面没有中缝」.

The words of the question that name something (燃气灶, 中缝: not 可以, 这个, 正常, data in
``intents/data/plain_words.txt``) are looked for in each fact of the product: its attributes
(name and value) and each clause of its selling points, material and care text. A word
found in many of the product's facts says little of which one is asked (豆子 of a coffee
bean's every fact); the fact holding the most of the rest is the one, unless another holds
as much. Pure: a product and a message in, a fact out.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from botcore.shop import Product
from botcore.text import SUM_SAID
from intents.attributes import FREE_TEXT, asking_clauses, free_text_clauses

__all__ = ["Found", "found_in_asking", "found_in_values", "names_something", "of_variant", "said_in"]

#: A word found in more of the product's facts than this tells none of them apart.
MOST_FACTS = 2
#: The least length of a word that may name a fact (one character says too little alone).
SHORTEST = 2
#: A sure find: a word at least this long, found in this fact alone.
SURE_LENGTH = 3
#: How much more a word found in a fact's own name counts than one found in its value.
NAMED_BONUS = 1.5



@dataclass(frozen=True)
class Found:
    """The fact found (its name as the shop wrote it, its value), the words that found it,
    where the first of them stands, and whether one of them is long and found in it alone."""

    name: str
    value: str
    words: tuple[str, ...]
    at: tuple[int, int]
    sure: bool


@cache
def _plain_words() -> tuple[str, ...]:
    """The plain words, longest first (each taken out of a stretch before a shorter one inside it)."""
    text = (resources.files("intents") / "data" / "plain_words.txt").read_text("utf-8")
    words = {w for line in text.splitlines() if (w := line.strip()) and not w.startswith("#")}
    return tuple(sorted(words, key=len, reverse=True))


def _facts(product: Product, told: Mapping[str, str] | None) -> list[tuple[str, str, str]]:
    """(name, value, where to look: the name and the value) of every fact of ``product``, or of
    the facts ``told`` alone."""
    stated = product.attributes if told is None else told
    facts = [(key, value, f"{key} {value}".lower()) for key, value in stated.items()]
    if told is None:
        facts += [(FREE_TEXT, clause, clause.lower()) for clause in free_text_clauses(product)]
    return facts


#: Said around the words that name something, naming nothing themselves.
_PARTICLES = re.compile(r"[的了吗呢啊呀吧哈么嘛哦噢呗啦咯这那我你他它个]")
#: The longest stretch of the question looked for in a fact.
LONGEST = 6


def names_something(piece: str) -> bool:
    """Whether ``piece`` may name something: at least two characters are left once the plain
    words and particles are taken out (轮子, 加急; not 可以, 这个)."""
    rest = piece
    for w in _plain_words():
        rest = rest.replace(w, "")
    return len(_PARTICLES.sub("", rest)) >= SHORTEST


def _naming(text: str) -> list[tuple[str, int]]:
    """Every stretch of ``text`` that may name something (two to `LONGEST` Chinese
    characters, with at least two left once the plain words and particles are taken
    out: 没电了, 燃气灶, not 可以的), and where it starts."""
    found = []
    for run in re.finditer(r"[\u4e00-\u9fff]+", text):
        word = run.group()
        for i in range(len(word)):
            for j in range(i + SHORTEST, min(len(word), i + LONGEST) + 1):
                piece = word[i:j]
                if _PARTICLES.match(piece) or _PARTICLES.match(piece[-1]):
                    continue  # (的表面, 表面的: 表面 says it)
                if names_something(piece):
                    found.append((piece, run.start() + i))
    return found


#: A quality asked either way of one character (膻不膻, 辣不辣): that character names it.
_EITHER_WAY = re.compile(r"([\u4e00-\u9fff])不\1")


def _asked_either_way(text: str) -> list[tuple[str, int]]:
    """The one character asked either way in ``text`` (膻 of 膻不膻), and where it stands,
    unless the asking is plain (好不好, 行不行: `_plain_words`)."""
    return [(m.group(1), m.start()) for m in _EITHER_WAY.finditer(text) if m.group() not in _plain_words()]


#: A quality said by its one character doubled before 的 (鼓鼓的, 软软的, 黏黏的): that character names it; not a
#: word that is doubled by itself (宝宝, 妈妈, 刚刚, 看看).
_DOUBLED = re.compile(r"([^宝妈爸哥姐弟妹娃奶爷姥舅叔婶伯星猩刚常看试谢哈嗯好慢天亲稍多偏渐人个\W\d])\1(?=的)")


def _doubled(text: str) -> list[tuple[str, int]]:
    """The one character said doubled before 的 in ``text`` (鼓 of 袋子鼓鼓的), and where it stands."""
    return [(m.group(1), m.start()) for m in _DOUBLED.finditer(text) if "\u4e00" <= m.group(1) <= "\u9fff"]


#: Whether it can be done, asked with 得 or 不 inside the verb and its result (包得住, 放不下, 装得进), or with
#: 的 typed for 得 before a result no 的 of a name runs into (包的住, 装的进; not 床的上面).
_CAN_IT = re.compile(r"([\u4e00-\u9fff])(?:[得不]([住下进动开起上完透到掉满])|的([住进完透]))")


def _can_it(text: str) -> list[tuple[str, int]]:
    """The verb and its result said without the 得 or 不 between them (包住 of 包得住, 放下 of 放不下), as a
    fact says it (30厘米以内厚的床垫都能包住), and where it stands."""
    return [(m.group(1) + (m.group(2) or m.group(3)), m.start()) for m in _CAN_IT.finditer(text)
            if m.group(1) not in "得不的"]


def said_in(text: str, values: Sequence[str]) -> bool:
    """Whether something ``text`` names (螺丝 of 有螺丝吗) is said in one of ``values`` (a fact
    told already: 送挂钩、支架和膨胀螺丝)."""
    lowered = [value.lower() for value in values]
    return any(piece in value for piece, _ in _naming(text.lower()) for value in lowered)


def found_in_asking(product: Product, text: str, names: Sequence[str] = (), variant: str | None = None,
                    priced: bool = False) -> Found | None:
    """`found_in_values` of the clauses of ``text`` that ask, where it holds some that do not (「开业送的 能写落款吗」:
    落款 of the 贺卡 that says it, not 开业送 of the selling points beside), each located in the whole line; else of
    all of it."""
    asking = asking_clauses(text)
    told = text  # what is left once the clauses that ask are taken out
    for start, end in reversed(asking):
        told = told[:start] + told[end:]
    if asking and told.strip(" ,，。.?？!！~～;；"):  # (a clause that tells, beside those that ask)
        for start, end in asking:
            found = found_in_values(product, text[start:end], names, variant=variant, priced=priced)
            if found is not None:
                return dataclasses.replace(found, at=(start + found.at[0], start + found.at[1]))
    return found_in_values(product, text, names, variant=variant, priced=priced)


def found_in_values(product: Product, text: str, names: Sequence[str] = (),
                    told: Mapping[str, str] | None = None, variant: str | None = None,
                    priced: bool = False) -> Found | None:
    """The fact of ``product`` that the words of ``text`` say most of, or None where none
    says any or two say as much; ``names`` (the product's own) name the product, not a fact;
    ``told``: look among these facts alone (those just told), not the free text; ``variant``:
    the colour or size asked of, whose facts are those that name it or none of its kind;
    ``priced``: a cost is asked, so of two that say as much the one alone that puts a sum on
    something is the one (没有外机平台 in 安装 and in 安装收费's 高空作业费每台150元)."""
    for name in sorted((n for n in names if n), key=len, reverse=True):
        text = text.replace(name.lower(), " " * len(name))
    facts = [fact for fact in _facts(product, told) if of_variant(product, fact[2], variant)]
    holders = {}
    can_it = _can_it(text.lower())
    for piece, start in _naming(text.lower()) + _asked_either_way(text.lower()) + _doubled(text.lower()) + can_it:
        # (the thing a noun of 子 names only where no fact says the noun itself: 杆子 of 杆子直径28毫米, not of 单杆)
        found = [i for i, (_, _, look) in enumerate(facts) if _holds(look, piece) and not _by_head(piece, look)] \
            or [i for i, (_, _, look) in enumerate(facts) if _holds(look, piece)]
        if found:
            holders[piece] = (found, start)
    # the longest stretches found: 没电了, not also 没电 inside it
    longest = {p: v for p, v in holders.items() if not any(p != q and p in q for q in holders)}
    telling = {p: v for p, v in longest.items() if len(v[0]) <= MOST_FACTS}
    if not telling:
        return None
    score: dict[int, float] = {}
    for piece, (found, _) in telling.items():
        for i in found:  # (a word in the fact's own name says more than one in what it says: 掉叶 of 掉叶黄叶)
            named = piece in facts[i][0].lower()
            score[i] = score.get(i, 0.0) + _length(piece, facts[i][2]) / len(found) * (NAMED_BONUS if named else 1.0)
    # a noun of 子 found by its one character alone names no fact (帽子 of 连帽 asks nothing of 能拆吗),
    # only beside another word the fact says (称重 and 绳子 of 称重不含草绳)
    score = {i: v for i, v in score.items()
             if any(not _by_head(p, facts[i][2]) for p, (found, _) in telling.items() if i in found)}
    if not score:
        return None
    # a fact the shop wrote by name before a clause of its free text that says as much (开车 of
    # 适合场景: 开车、钓鱼, and of the details' 开车、钓鱼看得更清楚)
    ranked = sorted(score.items(), key=lambda item: (-item[1], facts[item[0]][0] == FREE_TEXT))
    tied = [i for i, v in ranked if v >= ranked[0][1]]
    by_sum = priced and len(tied) > 1 and len(summed := [i for i in tied if SUM_SAID.search(facts[i][1])]) == 1
    if by_sum:
        ranked = [(summed[0], ranked[0][1])]
    elif priced and not SUM_SAID.search(facts[ranked[0][0]][1]) \
            and len(summed := [i for i, _ in ranked if SUM_SAID.search(facts[i][1])]) == 1:
        # 「能切成异形的吗 加钱不」: of the selling points' 异形都能切 and 形状's 异形每单加10元, the one that
        # puts a sum on the thing asked, the cost being what is asked
        ranked = [(summed[0], ranked[0][1])]
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] \
            and (facts[ranked[0][0]][0] == FREE_TEXT) == (facts[ranked[1][0]][0] == FREE_TEXT):
        return None
    best = ranked[0][0]
    said = [(start, piece) for piece, (found, start) in telling.items() if best in found]
    first, piece = min(said)
    name, value, _ = facts[best]
    # a long word said that this fact alone holds, or two words that only it holds (显示 and 时间 of
    # 「能显示时间吗」 in 没有蓝牙和时间显示)
    # (the free text saying it too, beside the fact named for it, takes nothing from it: 混着拼 of 兼容 and
    # of the selling points' 和乐高城市系列尺寸一样能混着拼)
    named = facts[best][0] != FREE_TEXT
    alone = [p for _, p in said if (by_sum or [i for i in telling[p][0] if not (named and facts[i][0] == FREE_TEXT)]
                                    == [best]) and not _by_head(p, facts[best][2])]
    # (a verb and its result asked whole, 包得住 of 都能包住, is as sure as a long word)
    sure = any(_length(p, facts[best][2]) >= SURE_LENGTH or p in dict(can_it) for p in alone) or len(alone) >= 2
    return Found(name, value, tuple(p for _, p in sorted(said)), (first, first + len(piece)), sure)


def _holds(look: str, piece: str) -> bool:
    """Whether a fact (``look``) says ``piece``, or says it can or cannot be done: 剪断 or 剪得断 in
    液压钳剪不断, 撬开 in 撬不开, 洗掉 in 洗得掉 (a verb and its result, 不 or 得 between), or says
    the thing a word of 子 names (绳子 in 草绳, 盒子 in 礼盒)."""
    return piece in look or any(form in look for form in _able(piece)) or bool((head := _head(piece)) and head in look)


def _by_head(piece: str, look: str) -> bool:
    """Whether a fact (``look``) holds ``piece`` only as the thing a noun of 子 names (草绳 of 绳子)."""
    return piece not in look and not any(form in look for form in _able(piece))


def _head(piece: str) -> str:
    """The thing a noun of 子 names (绳 of 绳子), or nothing."""
    return piece[0] if len(piece) == 2 and piece[1] == "子" else ""


def _able(piece: str) -> tuple[str, ...]:
    """The forms of a verb and its result saying it can or cannot be done: 剪断 -> 剪不断, 剪得断."""
    if len(piece) == 3 and piece[1] in "不得":
        piece = piece[0] + piece[2]
    return (f"{piece[0]}不{piece[1]}", f"{piece[0]}得{piece[1]}") if len(piece) == 2 else ()


def _length(piece: str, look: str) -> int:
    """How long ``piece`` is as the fact says it: 剪断 as 剪不断 is three characters, 绳子 as 草绳 one."""
    if piece in look:
        return len(piece)
    return 1 if _by_head(piece, look) else 3


def of_variant(product: Product, look: str, variant: str | None) -> bool:
    """Whether a fact (``look``, lowered) may be told of ``variant``: it names that variant, or
    no other of its kind (「10000和20000毫安都能带上飞机」 says nothing of the 30000mAh one)."""
    if variant is None:
        return True
    kind = product.sizes if variant in product.sizes else product.colours
    if any(name.lower() in look for name in product.names_of(variant)):
        return True
    return not any(name.lower() in look for other in kind if other != variant for name in product.names_of(other))
