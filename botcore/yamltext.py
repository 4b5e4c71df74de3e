"""Parse YAML with libyaml's C loader when PyYAML has it (several times faster at
start-up), the pure-Python safe loader otherwise. Both are safe loaders.

A number written with a leading zero (色号 01, 货号 007) is kept as the text written, not
read as 1 (YAML would even read 010 as the octal 8); so is one written with colons (a time
16:00, a ratio 3:1), which YAML 1.1 would read in base 60 (960, 181).

A key written twice in one mapping is an error: PyYAML would keep the last one and
silently drop the first, and a shop owner would never know why an edit vanished. A date
that does not exist (2026-02-30) or a number too long to read (5,000 digits) is an error
naming its line, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from typing import Any

import yaml
from yaml.constructor import ConstructorError

__all__ = ["YAMLError", "own_problem", "parse_yaml", "yaml_problem"]

YAMLError = yaml.YAMLError


#: A plain number written with a leading zero (01, 007): a name, kept as written.
_LEADING_ZERO = re.compile(r"0[0-9_]+")


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
        if _LEADING_ZERO.fullmatch(node.value) or ":" in node.value:
            # 色号 01, 货号 007: as written, not 1 (nor 010 read as the octal 8); 16:00, 3:1 not 960, 181
            return node.value
        try:
            return super().construct_yaml_int(node)
        except ValueError as e:
            raise ConstructorError(None, None, f"数字太长了({len(node.value)} 位),请写一个正常大小的数",
                                   node.start_mark) from e

    def construct_yaml_float(self, node: yaml.ScalarNode) -> Any:
        if ":" in node.value:  # 1:30.5, base 60 to YAML 1.1: as written
            return node.value
        return super().construct_yaml_float(node)


_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:timestamp", _UniqueKeyLoader.construct_yaml_timestamp)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:int", _UniqueKeyLoader.construct_yaml_int)
_UniqueKeyLoader.add_constructor("tag:yaml.org,2002:float", _UniqueKeyLoader.construct_yaml_float)


def parse_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_UniqueKeyLoader)  # a safe loader with one more check


#: PyYAML's own problems (English) as an owner is told them: the usual slips in a hand-edited file.
_PROBLEMS = (
    ("found a tab character", "这一行用了 Tab 键缩进,YAML 只认空格,请把 Tab 换成空格"),
    ("did not find expected ',' or ']'", "方括号 [ ] 里的列表没写完整:少了逗号或右括号 ],或文字里有逗号没加引号"),
    ("did not find expected ',' or '}'", "花括号 { } 里没写完整:少了逗号或右括号 },或文字里有逗号没加引号"),
    ("mapping values are not allowed", "这一行的缩进和上一行对不齐,或文字里多了一个冒号(文字里有冒号时请用引号括起来)"),
    ("found character that cannot start any token",
     "这里有个字符不能放在开头(Tab、@、` 等):缩进请用空格,文字请加上引号"),
    ("could not find expected ':'", "这一行少了冒号(键: 值)"),
    ("did not find expected key", "这一行的缩进和上下几行对不齐"),
    ("expected <block end>", "这一行的缩进和上下几行对不齐"),
    ("did not find expected '-' indicator", "列表里这一项的缩进和上面的 - 对不齐"),
    ("found unexpected end of stream", "文件在引号或括号还没结束时就完了,请检查是不是少了右引号或右括号"),
    ("found unknown escape character", "双引号里有反斜杠 \\,请改用单引号或去掉反斜杠"),
    ("found character '@' that cannot start any token", "@ 不能放在开头,请给这段文字加上引号"),
    ("found character '`' that cannot start any token", "` 不能放在开头,请给这段文字加上引号"),
    ("found undefined alias", "* 开头的文字会被当成引用,请给这段文字加上引号"),
    ("found duplicate anchor", "& 开头的文字会被当成标记,请给这段文字加上引号"),
    ("while scanning a quoted scalar", "引号没有配对,请检查是不是少了右引号"),
)


def own_problem(error: YAMLError) -> bool:
    """Whether ``error`` is a check of this module's own (a key written twice, a date that does not
    exist), said in Chinese already: a value to mend, not a slip of YAML's."""
    return any("\u4e00" <= ch <= "\u9fff" for ch in str(getattr(error, "problem", "") or ""))


def yaml_problem(error: YAMLError, text: str = "") -> str:
    """Where a YAML ``text`` cannot be read, and why, in Chinese: 第 3 行第 5 列:这一行用了 Tab 键
    缩进… (PyYAML says it in English; a check of this module's own says it in Chinese already)."""
    mark = getattr(error, "problem_mark", None)
    where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
    problem = str(getattr(error, "problem", "") or "")
    context = str(getattr(error, "context", "") or "")
    if own_problem(error):
        return f"{where}:{problem}"
    lines = text.splitlines()
    if mark is not None and mark.line < len(lines) and "\t" in lines[mark.line][:mark.column + 1]:
        problem = "found a tab character"  # libyaml names the tab only as a character it cannot read
    said = next((text for english, text in _PROBLEMS if english in problem or english in context),
                "这里的写法读不懂,请检查缩进、冒号和括号,文字里有冒号或逗号时用引号括起来")
    return f"{where}:{said}"
