"""The words a buyer points at the goods with, one list for every intent."""

from __future__ import annotations

import pytest

from intents.pointing import BEFORE_A_NAME, POINTING, points


@pytest.mark.parametrize(
    ("text", "pointing"),
    [
        ("这件包邮吗", True),
        ("那款有货吗", True),
        ("它能放冰箱吗", True),
        ("这么贵啊", False),  # 这 alone points only right before a name
        ("应该几天到", False),  # nor 该 inside 应该
        ("因此想问问", False),
    ],
)
def test_a_pointing_word_points_wherever_it_stands(text: str, pointing: bool) -> None:
    assert points(text) is pointing


def test_longer_words_are_tried_first() -> None:
    assert list(POINTING) == sorted(POINTING, key=len, reverse=True)
    assert "你家的" in POINTING and set(BEFORE_A_NAME) == {"这", "该", "此"}
