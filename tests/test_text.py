"""botcore.text: sums and spans as replies say them."""

from __future__ import annotations

import pytest

from botcore.text import SUM_SAID, money, money_span, span


@pytest.mark.parametrize(("value", "said"), [(12, "12元"), (12.5, "12.5元"), (99.99, "99.99元"), (45.7 + 30, "75.7元")])
def test_a_sum_is_said_in_yuan_to_the_cent_at_most(value: float, said: str) -> None:
    assert money(value) == said


@pytest.mark.parametrize(("low", "high", "said"), [
    (2, 4, "2-4"),
    (3, 3, "3"),
    (0.1, 0.1 + 0.2, "0.1-0.3"),  # 0.30000000000000004: a float sum's tail is no part of what is said
    (45.7, 75.69999999999999, "45.7-75.7"),
])
def test_a_span_is_said_to_the_cent_at_most(low: float, high: float, said: str) -> None:
    assert span(low, high) == said


def test_a_span_of_sums_is_said_in_yuan_once() -> None:
    assert (money_span(129, 199), money_span(99, 99)) == ("129-199元", "99元")


@pytest.mark.parametrize(("text", "sum_said"), [("25元一个", True), ("120块", True), ("5块钱", True),
                                                ("2块12V7AH电池", False)])  # pieces of what is named after
def test_a_sum_written_in_the_shops_words(text: str, sum_said: bool) -> None:
    assert (SUM_SAID.search(text) is not None) is sum_said
