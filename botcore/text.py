"""Small helpers to say facts in Chinese (lists, money, ranges) and to compare words by their
two-character pieces."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["CLAUSES", "CLAUSE_BREAKS", "FACT_PARTS", "SENTENCES", "SMALL_PARTS", "SUM_SAID", "cjk_pairs", "join",
           "money", "money_span", "pairs", "says", "span"]

#: Where a buyer's line parts into clauses: spaces and punctuation (「包邮吗 发顺丰吗」).
CLAUSE_BREAKS = re.compile(r"[\s,，。?？!！~～]+")
#: The clauses themselves, each where it stands (「鼠尾草有吗」 and 「包邮吗」).
CLAUSES = re.compile(r"[^\s,，。?？!！~～]+")
#: Where a fact the shop wrote parts into what it says of each thing (真空装走中通;锁鲜装只走顺丰冷链).
FACT_PARTS = re.compile(r"[;；。]")
#: And into its smallest parts, at commas too (全店满79减8,满149减20;只限北京、上海).
SMALL_PARTS = re.compile(r"[,，;；。]")
#: Where the shop's terms part into sentences (没拆封的7天内可以退。收到有破损…来回运费我们出).
SENTENCES = re.compile(r"[。；;！!？?\n]")
#: A sum of money written in the shop's words: 60元, 120块, 12.5元.
SUM_SAID = re.compile(r"\d+(?:\.\d+)?\s*(?:元|块(?!\s*\d))")  # (not 1块12V电池: pieces of what is named after)


def join(items: Iterable[str]) -> str:
    """黑色、白色、灰色"""
    return "、".join(items)


def money(value: float) -> str:
    """12 -> "12元", 12.5 -> "12.5元", 99.99 -> "99.99元"."""
    return f"{value:.2f}".rstrip("0").rstrip(".") + "元"


def money_span(low: float, high: float) -> str:
    """(99, 99) -> "99元", (129, 199) -> "129-199元"."""
    return money(low) if low == high else f"{span(low, high)}元"


def span(low: float, high: float, unit: str = "") -> str:
    """(2, 4) -> "2-4", (3, 3) -> "3", (45.7, 75.69999999999999) -> "45.7-75.7" (cents at most)."""
    lo, hi = (f"{value:.2f}".rstrip("0").rstrip(".") for value in (low, high))
    return f"{lo}{unit}" if lo == hi else f"{lo}-{hi}{unit}"


def says(text: str, name: str) -> bool:
    """Whether ``text`` says ``name``, case aside: a Latin one as a word of its own (M in
    「M码走中通」, not in 「走EMS」), any other anywhere."""
    if name.isascii():
        return re.search(rf"(?<![a-z]){re.escape(name.lower())}(?![a-z])", text.lower()) is not None
    return name.lower() in text.lower()


def pairs(text: str) -> set[str]:
    """Every two characters side by side in ``text``: 反向安装 -> 反向, 向安, 安装."""
    return {text[i:i + 2] for i in range(len(text) - 1)}


def cjk_pairs(text: str) -> set[str]:
    """The `pairs` of ``text`` that are two Chinese characters (not 3d, not 0套)."""
    return {pair for pair in pairs(text) if _CJK_PAIR.fullmatch(pair)}


_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
