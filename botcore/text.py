"""Small helpers to say facts in Chinese: lists, money, ranges."""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["join", "money", "span"]


def join(items: Iterable[str]) -> str:
    """黑色、白色、灰色"""
    return "、".join(items)


def money(value: float) -> str:
    """12 -> "12元", 12.5 -> "12.5元", 99.99 -> "99.99元"."""
    return f"{value:.2f}".rstrip("0").rstrip(".") + "元"


def span(low: float, high: float, unit: str = "") -> str:
    """(2, 4) -> "2-4", (3, 3) -> "3"."""
    lo = int(low) if float(low).is_integer() else low
    hi = int(high) if float(high).is_integer() else high
    return f"{lo}{unit}" if lo == hi else f"{lo}-{hi}{unit}"
