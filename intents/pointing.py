"""The words a buyer points at the goods with (这个, 那款, 它), data in
``intents/data/pointing.yaml``, read here once for every intent that asks whether a
message points at the product: a product called by the end of its name (「这个礼盒」), a
general word asked alone (「这款多少度的」), a fee asked of this item (「这件包邮吗」).
"""

from __future__ import annotations

import re
from importlib import resources

from botcore.errors import ScriptError
from botcore.yamltext import YAMLError, parse_yaml

__all__ = ["BEFORE_A_NAME", "POINTING", "points"]


def _load() -> tuple[tuple[str, ...], tuple[str, ...]]:
    path = resources.files("intents") / "data" / "pointing.yaml"
    try:
        data = parse_yaml(path.read_text("utf-8"))
        words, before = (tuple(sorted(map(str, data[key]), key=len, reverse=True))
                         for key in ("words", "before_a_name"))
    except (OSError, YAMLError, KeyError, TypeError) as e:
        raise ScriptError(f"{path} 读不了或缺少 words / before_a_name:{e}") from e
    return words, before


#: Pointing words that point wherever they stand (longest first).
#: ``BEFORE_A_NAME``: those that point only right before a name (这礼盒, 该款).
POINTING, BEFORE_A_NAME = _load()
_ANYWHERE = re.compile("|".join(map(re.escape, POINTING)))


def points(text: str) -> bool:
    """Whether ``text`` points at the goods anywhere (「这件包邮吗」; not 「这么贵」)."""
    return _ANYWHERE.search(text) is not None
