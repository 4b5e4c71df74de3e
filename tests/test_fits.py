"""intents.fits: whether a line asks if one thing fits or works with another."""

from __future__ import annotations

import pytest

from intents.fits import FITS


@pytest.mark.parametrize(("text", "fits"), [
    ("x9pro用哪个滤网", True),
    ("放得下竿子不", True),
    ("苹果手机能用吗", True),
    ("滤芯和r系列通用吗", True),
    ("别的牌子的净水器能接吗", True),
    ("多少钱", False),
    ("竿子多长", False),
])
def test_a_fit_asked_is_recognised(text: str, fits: bool) -> None:
    assert (FITS.search(text) is not None) == fits
