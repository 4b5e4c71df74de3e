"""What the regexes of ``intents/data`` share. A regex may name a class of words kept as data
elsewhere (`WORD_CLASSES`: ``<快递>`` is any spelling of any courier in ``botcore/data/couriers.yaml``,
``<地区>`` any province or city of ``botcore/data``) or a phrase several intents read alike, written
once in ``intents/data/phrases.yaml`` under its name (`PHRASES`: ``<天气闲聊>``); `expanded` writes
both out. Code reads a phrase by its name (`shared_regex`: ``shared_regex("东西送不送")`` finds the
thing 「变调夹送不送」 asks to be given, as its ``thing``). Here too the reading of ``intents/data``
files (`data_file`) and of their regexes (`checked`), so a broken one is a `ScriptError` naming the
file, at load.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from importlib import resources
from typing import Any

from botcore.errors import ScriptError
from botcore.places import courier_aliases, region_aliases
from botcore.yamltext import YAMLError, parse_yaml

__all__ = ["PHRASES", "WORD_CLASSES", "checked", "data_file", "expanded", "shared_regex"]


def _longest_first(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(words, key=lambda word: (-len(word), word)))


#: What a class name in a data file's regex stands for: any of these words, longest first.
WORD_CLASSES = {"<快递>": _longest_first(courier_aliases()), "<地区>": _longest_first(region_aliases())}


def data_file(name: str, what: str) -> tuple[Any, str]:
    """A data file of ``intents/data`` read, and where it is (``what`` it is, for the error)."""
    path = resources.files("intents") / "data" / name
    try:
        return parse_yaml(path.read_text("utf-8")) or {}, str(path)
    except (OSError, YAMLError) as e:
        raise ScriptError(f"{what} {path} 读不了:{e}") from e


def checked(pattern: str, source: str) -> re.Pattern[str]:
    """``pattern`` compiled; a `ScriptError` naming ``source`` and where it is broken, if it is."""
    try:
        return re.compile(pattern)
    except re.error as e:
        where = f"第 {e.pos + 1} 个字符附近" if e.pos is not None else "某处"
        raise ScriptError(f"{source}: 正则 {pattern!r} 写错了({where}:括号没配对、量词用错等);"
                          "不会写正则的话,请改用关键词") from e


def _load() -> dict[str, tuple[str, ...]]:
    data, path = data_file("phrases.yaml", "共用正则文件")
    if not isinstance(data, Mapping):
        raise ScriptError(f"{path}: 应该是 名字: [正则, ...] 的表")
    phrases = {}
    for name, items in data.items():
        if not isinstance(items, list) or not items:
            raise ScriptError(f"{path}: {name} 后面应该跟一个正则的列表")
        regexes = tuple(_with_classes(str(item)) for item in items)
        for regex in regexes:
            checked(regex, path)
        phrases[f"<{name}>"] = regexes
    return phrases


def _with_classes(pattern: str) -> str:
    """``pattern`` with each class name (`WORD_CLASSES`) written out as its words."""
    for name, words in WORD_CLASSES.items():
        pattern = pattern.replace(name, f"(?:{'|'.join(map(re.escape, words))})")
    return pattern


#: What a shared phrase's name in a data file's regex stands for: any of its regexes (their word
#: classes written out).
PHRASES = _load()


def expanded(pattern: str) -> str:
    """``pattern`` with each class name (`WORD_CLASSES`) written out as its words and each shared
    phrase (`PHRASES`) as its regexes."""
    pattern = _with_classes(pattern)
    for name, regexes in PHRASES.items():
        pattern = pattern.replace(name, f"(?:{'|'.join(f'(?:{r})' for r in regexes)})")
    return pattern


@cache
def shared_regex(name: str) -> re.Pattern[str]:
    """The shared phrase ``name`` (without its angle brackets) as one regex: any of its regexes."""
    return re.compile("|".join(f"(?:{regex})" for regex in PHRASES[f"<{name}>"]))
