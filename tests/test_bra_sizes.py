"""bra_sizes: a bra's size from its chart, the band by 下胸围 and the cup by 上下胸围差, moved for the fit."""

from __future__ import annotations

import pytest

from botcore.shop import Product
from intents.bra_sizes import by_measures, by_worn, sizes_said, worn_size

CHART = {"bands": {70: [68, 72], 75: [73, 77], 80: [78, 82]}, "cups": {"A": 10, "B": 12.5, "C": 15}}


def _bra(sizes: tuple[str, ...] = ("70A", "70B", "75A", "75B", "75C", "80B", "80C")) -> Product:
    return Product.model_validate({"id": "bra", "name": "无钢圈文胸", "price": 89, "colours": ["肤色"],
                                   "sizes": list(sizes), "bra_chart": CHART})


@pytest.mark.parametrize(("underbust", "band"), [
    (68, "70"), (72, "70"), (72.5, "75"),  # between two bands: the larger
    (77, "75"), (82, "80"), (67, None), (83, None),  # off the chart at either end
])
def test_the_band_holds_the_underbust_and_between_two_is_the_larger(underbust: float, band: str | None) -> None:
    assert _bra().bra_chart is not None and _bra().bra_chart.band_of(underbust) == band


@pytest.mark.parametrize(("difference", "cup"), [
    (10, "A"), (11.25, "B"),  # as near A as B: the larger
    (11, "A"), (14, "C"), (8.75, "A"), (8.5, None), (16.25, "C"), (16.5, None),  # half a step past either end
])
def test_the_cup_is_the_nearest_difference(difference: float, cup: str | None) -> None:
    assert _bra().bra_chart is not None and _bra().bra_chart.cup_of(difference) == cup


def test_a_size_by_the_measures_and_by_the_size_worn_moves_the_cup_for_the_fit() -> None:
    bra = _bra()
    plain = by_measures(bra, 73, 88, 0)
    assert plain is not None and (plain.size, plain.chart, plain.cup, plain.made) == ("75C", "75C", "C", True)
    up = by_measures(bra, 73, 85.5, 1)  # 75B by the chart, one cup up for a bra that runs small
    assert up is not None and (up.size, up.chart, up.made) == ("75C", "75B", True)
    past = by_worn(bra, "75", "C", 1)  # no D cup
    assert past is not None and (past.past_end, past.cup) == (True, "C")
    unmade = by_measures(bra, 78, 88, 0)  # 80A: charted, not made
    assert unmade is not None and (unmade.size, unmade.made) == ("80A", False)
    assert by_worn(bra, "85", "B", 0) is None  # a band the chart has not


def test_a_bra_size_said_is_read_as_written() -> None:
    assert sizes_said("平时穿75c 或者80B") == ["75c", "80B"]
    assert worn_size("平时穿75c的") == ("75", "C")
    assert worn_size("要L码") is None
