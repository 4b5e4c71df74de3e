"""xiaoer (店小二): a rule-based reply engine for the pre-sales chat of Chinese shops."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from botcore.conversation import Conversation
from botcore.errors import (
    InputError,
    ScriptError,
    ShopError,
    ShopFileError,
    ShopValidationError,
    XiaoerError,
)
from botcore.shop import Shop
from botcore.shopfile import load_shop, parse_shop

if TYPE_CHECKING:
    from botcore.engine import Engine, Part, Reply

__all__ = [
    "Conversation",
    "Engine",
    "InputError",
    "Part",
    "Reply",
    "ScriptError",
    "Shop",
    "ShopError",
    "ShopFileError",
    "ShopValidationError",
    "XiaoerError",
    "load_shop",
    "parse_shop",
]


def __getattr__(name: str) -> Any:
    # The engine imports intents/ and replies/, which import botcore's stages:
    # load it on first use so ``import intents`` alone never cycles back here.
    if name in ("Engine", "Part", "Reply"):
        from botcore import engine

        return getattr(engine, name)
    raise AttributeError(f"module 'botcore' has no attribute {name!r}")
