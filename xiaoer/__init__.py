"""xiaoer (店小二): a rule-based reply engine for the pre-sales chat of Chinese shops.

The front door: the ``xiaoer`` command (`xiaoer.cli`), its eval (`xiaoer.evaluate`) and
the Python API below. This package stands beside the floors and may import any of
them; nothing imports it.

    from xiaoer import Engine
    engine = Engine.from_file()                     # or Engine.from_file("my_shop.yaml")
    reply = engine.reply("黑色L码有货吗", item_id="dress-floral")
"""

from __future__ import annotations

from botcore.conversation import Conversation
from botcore.errors import (
    InputError,
    ScriptError,
    ShopError,
    ShopFileError,
    ShopValidationError,
    XiaoerError,
)
from botcore.shop import Shop, load_shop, parse_shop
from engine import Engine, Mode, Part, Reply

__all__ = [
    "Conversation",
    "Engine",
    "InputError",
    "Mode",
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
