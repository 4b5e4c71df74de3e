"""A bra's size from its chart (`BraChart`): the band by the girth under the bust, the cup by
how much the bust is over it, or both from the size worn elsewhere (平时穿80C); the cup then
moved by the product's fit (罩杯偏小: one cup up). Pure: no I/O, no wording."""

from __future__ import annotations

import re
from dataclasses import dataclass

from botcore.shop import Product

__all__ = ["BraSize", "by_measures", "by_worn", "sizes_said", "worn_size"]

#: A bra size as buyers write it: 75C, 80d, 70AA is not one (the cup is one letter).
_WORN = re.compile(r"(?<![\da-z])(?P<band>\d{2,3})\s*(?P<cup>[a-h])(?![a-z])", re.IGNORECASE)


@dataclass(frozen=True)
class BraSize:
    """The size to take: ``size`` as the product names it (band and cup as read where it makes no such
    size, ``made`` false); ``chart`` what the measures or the size worn give before the fit moves the
    cup (``cup``); ``past_end`` where the fit would move it past the product's first or last cup."""

    size: str
    chart: str
    cup: str  # the chart's cup, before the fit moves it
    made: bool
    past_end: bool = False


def sizes_said(text: str) -> list[str]:
    """The bra sizes said, as written (「平时穿75C 或者80B」: 75C, 80B)."""
    return [m[0] for m in _WORN.finditer(text)]


def worn_size(text: str) -> tuple[str, str] | None:
    """The band and cup of a bra size said (「平时穿80C」: 80, C)."""
    m = _WORN.search(text)
    return (m["band"], m["cup"].upper()) if m is not None else None


def by_measures(product: Product, underbust: float, bust: float, steps: int) -> BraSize | None:
    """The size for 下胸围 ``underbust`` and 上胸围 ``bust``, ``steps`` cups moved for the fit; None
    where either is off the chart."""
    chart = product.bra_chart
    if chart is None:
        return None
    band, cup = chart.band_of(underbust), chart.cup_of(bust - underbust)
    if band is None or cup is None:
        return None
    return _moved(product, band, cup, steps)


def by_worn(product: Product, band: str, cup: str, steps: int) -> BraSize | None:
    """The size for one who wears ``band`` ``cup`` elsewhere, ``steps`` cups moved for the fit; None
    where the chart has no such band or cup."""
    chart = product.bra_chart
    if chart is None or band not in chart.bands or cup not in chart.cups:
        return None
    return _moved(product, band, cup, steps)


def _moved(product: Product, band: str, cup: str, steps: int) -> BraSize:
    assert product.bra_chart is not None
    chart_size = product.find_size(band + cup) or band + cup
    moved = product.bra_chart.cup_after(cup, steps)
    if moved is None:
        return BraSize(chart_size, chart_size, cup, product.find_size(chart_size) is not None, past_end=True)
    found = product.find_size(band + moved)
    return BraSize(found or band + moved, chart_size, cup, found is not None)
