"""Parse YAML with libyaml's C loader when PyYAML has it (several times faster at
start-up), the pure-Python safe loader otherwise. Both are safe loaders.

A key written twice in one mapping is an error: PyYAML would keep the last one and
silently drop the first, and a shop owner would never know why an edit vanished. A date
that does not exist (2026-02-30) or a number too long to read (5,000 digits) is an error
naming its line, never a traceback.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Any

import yaml
from yaml.constructor import ConstructorError

__all__ = ["YAMLError", "parse_yaml"]

YAMLError = yaml.YAMLError


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if not isinstance(key, Hashable):
                raise ConstructorError(None, None, "键只能是文字或数字,不能是列表或表(冒号前写了 [..] 或 {..})",
                                       key_node.start_mark)
            if key in seen:
                raise ConstructorError(
                    None, None, f"「{key}」写了两次(同一层里每个键只能出现一次,请合并或删掉一个)",
                    key_node.start_mark,
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping

    def construct_yaml_timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as e:
            raise ConstructorError(None, None, f"日期「{node.value}」不存在,请写成存在的日期,例如 2026-12-01",
                                   node.start_mark) from e

    def construct_yaml_int(self, node: yaml.ScalarNode) -> Any:
        try:
            return super().construct_yaml_int(node)
        except ValueError as e:
            raise ConstructorError(None, None, f"数字太长了({len(node.value)} 位),请写一个正常大小的数",
                                   node.start_mark) from e


_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _UniqueKeyLoader.construct_yaml_timestamp)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", _UniqueKeyLoader.construct_yaml_int)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a safe loader with one more check
