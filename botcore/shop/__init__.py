"""The shop model: what a shop states (products, stock, shipping, bargaining ...), read
from its YAML file, validated on load, edited as data, and its calendar of working days.

    model       the pydantic models of a shop file (unknown keys are errors)
    shopfile    read and validate a shop file, errors in Chinese naming field and fix
    calendar    working days, cut-offs and ship dates from the shop's shipping rules
    editing     a shop as data: whole sections replaced, changes named, YAML text
    stockcsv    stock counts from a CSV export
    qianniu     quick phrases and keyword replies from 千牛's exports (CSV, .xlsx)
    scenarios   conversation tests as data: the ``tests:`` section, a ``xiaoer test`` file
"""

from __future__ import annotations

from botcore.shop.model import (
    BODY_MEASURES,
    AutoReply,
    Coupon,
    KeywordRule,
    Product,
    Promotion,
    QuickPhrase,
    Restock,
    Settings,
    Shipping,
    Shop,
    SizeRow,
)
from botcore.shop.shopfile import EXAMPLE_SHOP, example_shops, load_shop, parse_shop, read_shop_file

__all__ = [
    "BODY_MEASURES",
    "EXAMPLE_SHOP",
    "AutoReply",
    "Coupon",
    "KeywordRule",
    "Product",
    "Promotion",
    "QuickPhrase",
    "Restock",
    "Settings",
    "Shipping",
    "Shop",
    "SizeRow",
    "example_shops",
    "load_shop",
    "parse_shop",
    "read_shop_file",
]
