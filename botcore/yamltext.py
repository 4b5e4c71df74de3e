"""Parse YAML with libyaml's C loader when PyYAML has it (several times faster at
start-up), the pure-Python safe loader otherwise. Both are safe loaders.

A key written twice in one mapping is an error: PyYAML would keep the last one and
silently drop the first, and a shop owner would never know why an edit vanished.
"""

from __future__ import annotations

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
            if key in seen:
                raise ConstructorError(
                    None, None, f"「{key}」写了两次(同一层里每个键只能出现一次,请合并或删掉一个)",
                    key_node.start_mark,
                )
            seen.add(key)
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        return mapping


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a safe loader with one more check
