"""Conversation tests from a file (``xiaoer test SCENARIOS.yaml``): read and checked here,
run by `engine.scenarios` (which also runs a shop's own ``tests:`` section, the same
format without ``shop:``).

A scenario file is the format of `botcore.shop.scenarios` (``now``, ``item``,
``conversations`` with their ``turns`` and checks), with one key more::

    shop: clothing               # optional: an example shop's name, or a path relative to this file

A file with a wrong field, a product the shop does not sell, an unknown intent, a time
that cannot be read or a conversation without turns is refused before anything runs
(`ScenarioError`, in Chinese, naming the conversation, the field and the fix).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError, field_validator

from botcore.errors import InputError
from botcore.shop import Shop, example_shops, parse_shop, read_shop_file
from botcore.shop.scenarios import Suite, Text, unknown_items, untimed
from botcore.shop.shopfile import problem_text
from botcore.yamltext import YAMLError, parse_yaml, yaml_problem
from engine import Engine
from engine.scenarios import Report
from engine.scenarios import run as run_suite
from intents import INTENT_NAMES

__all__ = ["ScenarioError", "Scenarios", "load_scenarios", "run", "shop_tests"]


class ScenarioError(InputError):
    """A scenario file that cannot be run; ``problems`` holds ``(field, message)`` pairs."""

    default_code = "bad_scenario"

    def __init__(self, source: str, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = list(problems)
        lines = [f"场景文件 {source} 有 {len(self.problems)} 处需要修改:"]
        lines += [f"  - {field}: {message}" for field, message in self.problems]
        super().__init__("\n".join(lines))


# --------------------------------------------------------------------------- the file


class ScenarioFile(Suite):
    """A suite, and the shop it is about."""

    shop: Text | None = None

    @field_validator("conversations")
    @classmethod
    def _some_conversations(cls, conversations: list[Any]) -> list[Any]:
        if not conversations:
            raise ValueError("没有一段对话;请在 conversations: 下面至少写一段(- name: ... turns: ...)")
        return conversations


@dataclass(frozen=True)
class Scenarios:
    """A scenario file, read and checked (apart from the products, which need the shop)."""

    path: Path
    file: ScenarioFile

    def shop_source(self, override: str | None = None) -> str | None:
        """What to load the shop from: ``override`` (``--shop``), else the file's ``shop``
        (an example's name, or a path relative to the scenario file), else None (the example)."""
        if override is not None or self.file.shop is None:
            return override
        beside = self.path.parent / self.file.shop
        return self.file.shop if self.file.shop in example_shops() and not beside.exists() else str(beside)


def _where(loc: Sequence[Any], data: Any) -> str:
    """``conversations[2]「退货」.turns[0].intent``: the conversation named by its name."""
    out, node = "", data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            if isinstance(node, dict) and out.startswith("conversations[") and isinstance(node.get("name"), str):
                out += f"「{node['name']}」"
        else:
            out += f".{part}" if out else str(part)
            node = node.get(part) if isinstance(node, dict) else None
    return out or "(整个文件)"


def load_scenarios(path: str | Path) -> Scenarios:
    """Read and check a scenario file; `ScenarioError` names each problem and its fix."""
    path = Path(path)
    try:
        data = parse_yaml(path.read_text("utf-8"))
    except FileNotFoundError as e:
        raise ScenarioError(str(path), [("(整个文件)", "找不到这个文件,请检查路径")]) from e
    except (OSError, UnicodeDecodeError) as e:
        raise ScenarioError(str(path), [("(整个文件)", "读不了这个文件,请确认它是 UTF-8 编码的文字文件")]) from e
    except YAMLError as e:
        where, _, said = yaml_problem(e).partition(":")
        raise ScenarioError(str(path), [(where, f"不是有效的 YAML:{said}")]) from e
    if not isinstance(data, dict):
        raise ScenarioError(str(path), [("(整个文件)", "最外层应该是 键: 值 的表(now:, conversations: ...)")])
    try:
        file = ScenarioFile.model_validate(data, context={"intents": INTENT_NAMES})
    except ValidationError as e:
        raise ScenarioError(str(path), [(_where(err["loc"], data), problem_text(err)) for err in e.errors()]) from e
    problems = untimed(file)
    if problems:
        raise ScenarioError(str(path), [(_where(loc, data), message) for loc, message in problems])
    return Scenarios(path, file)


def _check_items(scenarios: Scenarios, shop: Shop) -> None:
    """Every product id names one of the shop's products."""
    problems = unknown_items(scenarios.file, [p.id for p in shop.products], shop.shop.name)
    if problems:
        data = scenarios.file.model_dump()
        raise ScenarioError(str(scenarios.path), [(_where(loc, data), message) for loc, message in problems])


def run(scenarios: Scenarios, engine: Engine) -> Report:
    """Run every conversation of ``scenarios`` against ``engine``'s shop (nothing printed);
    `ScenarioError` before any turn runs if a product id is not the shop's."""
    _check_items(scenarios, engine.shop)
    return run_suite(scenarios.file, engine, str(scenarios.path))


def shop_tests(shop: str | None) -> Report:
    """Run a shop file's own ``tests:`` (``shop``: a path or an example's name; None: the
    example); `InputError` when it has none."""
    text, source = read_shop_file(shop)
    engine = Engine(parse_shop(text, source), source=source)  # checks the tests' intents too
    if engine.shop.tests is None or not engine.shop.tests.conversations:
        raise InputError(f"店铺文件 {source} 里没有测试:请在文件最后写 tests: (now:, conversations: ...,"
                         "写法和场景文件一样,只是不写 shop:),"
                         "或者给出场景文件: xiaoer test 场景文件.yaml --shop 店铺文件", "no_tests")
    return run_suite(engine.shop.tests, engine, source)
