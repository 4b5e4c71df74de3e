"""Shared fixtures for engine-level tests.

- ``engine``: the bundled example shop (拾柒衣橱), built once per session, seeded rng.
- ``shop``: that example `Shop`.
- ``make_engine``: an Engine for the example shop with some sections changed, e.g.
  ``make_engine(shipping={"working_days": ["mon", "tue", "wed", "thu", "fri"]})``.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Mapping
from typing import Any

import pytest

from botcore.shop import Shop
from botcore.shop.shopfile import load_shop
from engine import Engine

MakeEngine = Callable[..., Engine]


def _merge(base: Any, changes: Mapping[str, Any]) -> dict[str, Any]:
    """``base`` (a dict) with ``changes`` applied; nested dicts are merged, anything else replaced."""
    merged = dict(base)
    for key, value in changes.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


@pytest.fixture(scope="session")
def shop() -> Shop:
    """The bundled example shop."""
    return load_shop()


@pytest.fixture(scope="session")
def engine(shop: Shop) -> Engine:
    """One engine for the example shop, shared by every test (it keeps no state between replies)."""
    return Engine(shop, rng=random.Random(0))


@pytest.fixture(scope="session")
def make_engine(shop: Shop) -> MakeEngine:
    """Build an Engine from the example shop with top-level sections changed.

    Each keyword names a section of the shop file (``shop``, ``settings``, ``shipping``,
    ``bargain``, ...); a dict value is merged into that section, any other value replaces
    it. The result is validated again, as a shop owner's file would be.
    """

    def build(**changes: Any) -> Engine:
        data = _merge(shop.model_dump(), changes)
        return Engine(Shop.model_validate(data), rng=random.Random(0))

    return build
