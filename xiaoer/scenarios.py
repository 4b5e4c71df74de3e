"""Conversation tests for a shop (``xiaoer test SCENARIOS.yaml``): buyer turns and what
the bot's replies must say, for shop owners and CI.

A scenario file (YAML; unknown keys are errors)::

    shop: clothing               # optional: an example shop's name, or a path relative to this file
    now: "2026-12-01 10:00"      # shop time (Beijing time) for every conversation
    item: dress-floral           # optional: the product the buyer is looking at
    conversations:
      - name: 雾霾蓝M码            # required, shown in failures
        now: "2026-12-01 17:30"  # optional, instead of the file's
        item: null               # optional, instead of the file's (null: no product page)
        turns:
          - say: 雾霾蓝M码有吗
            intent: stock        # optional: a label or a list of labels, any of which counts
            mode: auto           # optional: auto | suggest | handoff, or a list of them (any counts)
            contains: [12月5日]   # optional: every one must be in the reply
            contains_any: [补货, 到货]  # optional: at least one must be
            not_contains: [现货]  # optional: none may be

The text checked is what the buyer gets when the bot answers by itself (mode ``auto``:
`Reply.text`), otherwise the answer drafted for the agent on duty (`Reply.suggestion`),
since the buyer then only gets a "let me check". ``intent`` passes when one of its
labels is among the intents the reply answers.

Each conversation starts afresh and carries over from turn to turn as ``xiaoer chat``
does; its time is fixed for all its turns, and its wordings are picked by an engine
seeded the same way every time, so a run repeats. The agents' status (busy, away ...)
is not the engine's business but the server's (`serving.dispatch`), so it has no field
here. A file with a wrong field, a product the shop does not sell, an unknown intent, a
time that cannot be read or a conversation without turns is refused before anything
runs (`ScenarioError`, in Chinese, naming the conversation, the field and the fix).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, StringConstraints, ValidationError, field_validator

from botcore.conversation import Conversation
from botcore.errors import InputError
from botcore.shop import Shop, example_shops
from botcore.shop.shopfile import problem_text
from botcore.yamltext import YAMLError, parse_yaml
from engine import Engine, Mode, Reply
from intents import INTENT_NAMES

__all__ = ["ConversationResult", "Report", "ScenarioError", "Scenarios", "TurnResult", "load_scenarios", "run"]

#: The seed every conversation's wordings are picked with.
SEED = 0
#: The modes the engine decides (``silent`` is the server's, never the engine's).
ENGINE_MODES: tuple[Mode, ...] = ("auto", "suggest", "handoff")
_UNTIMED = "没有时间;请在这段对话里或文件最上面写 now: \"2026-12-01 10:00\"(北京时间),每次运行才会一样"
_MODE_NAMES = {"auto": "自动回复", "suggest": "推荐给客服", "handoff": "转人工", "silent": "不回复"}


class ScenarioError(InputError):
    """A scenario file that cannot be run; ``problems`` holds ``(field, message)`` pairs."""

    default_code = "bad_scenario"

    def __init__(self, source: str, problems: Sequence[tuple[str, str]]) -> None:
        self.problems = list(problems)
        lines = [f"场景文件 {source} 有 {len(self.problems)} 处需要修改:"]
        lines += [f"  - {field}: {message}" for field, message in self.problems]
        super().__init__("\n".join(lines))


# --------------------------------------------------------------------------- the file


def _as_text(value: Any) -> Any:
    """A number written bare (``say: 43``, ``contains: [19.9]``) is the words as typed."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        return str(value)
    return f"{value:g}" if isinstance(value, float) else value


def _as_list(value: Any) -> Any:
    """One word instead of a list of one."""
    return [value] if isinstance(value, (str, int, float)) and not isinstance(value, bool) else value


def _time(value: Any) -> Any:
    if value is None or isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        raise ValueError(f"只写了日期 {value},还要写几点,例如 \"{value} 10:00\"")
    if isinstance(value, str) and ":" in value:
        try:
            return dt.datetime.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"时间「{value}」看不懂,请写成 \"2026-12-01 10:00\" 这样的日期和时间(北京时间,加上引号)")


Text = Annotated[str, StringConstraints(min_length=1), BeforeValidator(_as_text)]
Texts = Annotated[list[Text], BeforeValidator(_as_list)]
Time = Annotated[dt.datetime | None, BeforeValidator(_time)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Turn(_Strict):
    """One buyer message and what the reply to it must be."""

    say: Text
    intent: Annotated[list[str] | None, BeforeValidator(_as_list)] = None
    mode: list[Mode] | None = None
    contains: Texts = []
    contains_any: Texts = []
    not_contains: Texts = []

    @field_validator("intent")
    @classmethod
    def _known_intents(cls, labels: list[str] | None) -> list[str] | None:
        if labels is not None and not labels:
            raise ValueError(f"至少写一个意图标签,或者删掉 intent;可用: {', '.join(INTENT_NAMES)}")
        unknown = [label for label in labels or () if label not in INTENT_NAMES]
        if unknown:
            raise ValueError(f"不认识的意图标签 {'、'.join(unknown)};可用: {', '.join(INTENT_NAMES)}")
        return labels

    @field_validator("mode", mode="before")
    @classmethod
    def _engine_modes(cls, value: Any) -> Any:
        modes = _as_list(value)
        if modes is not None and (not isinstance(modes, list) or not modes
                                  or any(mode not in ENGINE_MODES for mode in modes)):
            raise ValueError("只能是 auto(自动回复)、suggest(推荐给客服)、handoff(转人工),"
                             f"或者几个写成列表 [suggest, handoff];现在写的是 {value!r}")
        return modes


class Dialogue(_Strict):
    """One conversation: a name, its time and product page, its turns."""

    name: Text
    now: Time = None
    item: str | None = None
    turns: list[Turn]

    @field_validator("turns")
    @classmethod
    def _some_turns(cls, turns: list[Turn]) -> list[Turn]:
        if not turns:
            raise ValueError("没有一轮对话;请至少写一轮 - say: 买家的话")
        return turns


class ScenarioFile(_Strict):
    shop: Text | None = None
    now: Time = None
    item: str | None = None
    conversations: list[Dialogue]

    @field_validator("conversations")
    @classmethod
    def _some_conversations(cls, conversations: list[Dialogue]) -> list[Dialogue]:
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

    def item(self, dialogue: Dialogue) -> str | None:
        return dialogue.item if "item" in dialogue.model_fields_set else self.file.item

    def now(self, dialogue: Dialogue) -> dt.datetime:
        moment = dialogue.now or self.file.now
        assert moment is not None  # load_scenarios refuses a conversation without a time
        return moment


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
        mark = getattr(e, "problem_mark", None)
        where = f"第 {mark.line + 1} 行第 {mark.column + 1} 列" if mark else "某处"
        problem = str(getattr(e, "problem", ""))  # PyYAML's own are English: said in Chinese instead
        said = problem if re.search(r"[\u4e00-\u9fff]", problem) else "这里的写法读不懂"
        raise ScenarioError(str(path), [(where, f"不是有效的 YAML:{said};请检查缩进、冒号和括号,"
                                                 "文字里有冒号时用引号括起来")]) from e
    if not isinstance(data, dict):
        raise ScenarioError(str(path), [("(整个文件)", "最外层应该是 键: 值 的表(now:, conversations: ...)")])
    try:
        file = ScenarioFile.model_validate(data)
    except ValidationError as e:
        raise ScenarioError(str(path), [(_where(err["loc"], data), problem_text(err)) for err in e.errors()]) from e
    untimed = [(_where(("conversations", i, "now"), data), _UNTIMED)
               for i, dialogue in enumerate(file.conversations) if dialogue.now is None and file.now is None]
    if untimed:
        raise ScenarioError(str(path), untimed)
    return Scenarios(path, file)


def _check_items(scenarios: Scenarios, shop: Shop) -> None:
    """Every product id names one of the shop's products."""
    ids = ", ".join(p.id for p in shop.products)
    fix = f"不是 {shop.shop.name} 的商品编号;请改成其中之一: {ids}"
    problems = []
    if scenarios.file.item is not None and shop.product(scenarios.file.item) is None:
        problems.append(("item", f"{scenarios.file.item} {fix}"))
    for i, dialogue in enumerate(scenarios.file.conversations):
        if dialogue.item is not None and shop.product(dialogue.item) is None:
            problems.append((f"conversations[{i}]「{dialogue.name}」.item", f"{dialogue.item} {fix}"))
    if problems:
        raise ScenarioError(str(scenarios.path), problems)


# --------------------------------------------------------------------------- the run


@dataclass(frozen=True)
class TurnResult:
    """One turn: what the buyer said, what the bot did, and what was not as expected."""

    say: str
    failures: tuple[str, ...]
    text: str  # what was checked: the answer sent, or the agent's draft (see `drafted`)
    sent: str  # what the buyer got (a "let me check" when the bot only drafted)
    mode: Mode
    intents: tuple[str, ...]
    score: float
    cases: tuple[str, ...]  # intent/case of each part of the reply
    templates: tuple[str, ...]  # the wording of each part

    @property
    def passed(self) -> bool:
        return not self.failures

    @property
    def drafted(self) -> bool:
        return self.mode != "auto"

    def to_json(self) -> dict[str, Any]:
        return {"say": self.say, "passed": self.passed, "failures": list(self.failures), "text": self.text,
                "sent": self.sent, "mode": self.mode, "intents": list(self.intents), "score": round(self.score, 4),
                "cases": list(self.cases), "templates": list(self.templates)}


@dataclass(frozen=True)
class ConversationResult:
    name: str
    turns: tuple[TurnResult, ...]

    @property
    def passed(self) -> bool:
        return all(turn.passed for turn in self.turns)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "passed": self.passed, "turns": [turn.to_json() for turn in self.turns]}


@dataclass(frozen=True)
class Report:
    """A scenario file's run against a shop."""

    source: str
    shop: str
    conversations: tuple[ConversationResult, ...]
    auto_threshold: float  # the shop's, for showing a score just under it

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.conversations)

    @property
    def turns(self) -> tuple[TurnResult, ...]:
        return tuple(turn for c in self.conversations for turn in c.turns)

    def to_json(self) -> dict[str, Any]:
        turns = self.turns
        return {
            "file": self.source, "shop": self.shop, "passed": self.passed,
            "conversations_passed": sum(c.passed for c in self.conversations),
            "conversations_total": len(self.conversations),
            "turns_passed": sum(t.passed for t in turns), "turns_total": len(turns),
            "conversations": [c.to_json() for c in self.conversations],
        }


def _mode_name(mode: str) -> str:
    return f"{mode}({_MODE_NAMES.get(mode, mode)})"


def _failures(turn: Turn, reply: Reply, text: str) -> tuple[str, ...]:
    failed = []
    if turn.intent is not None and not set(turn.intent) & set(reply.intents):
        failed.append(f"意图应该是 {' 或 '.join(turn.intent)},机器人读成了 {'+'.join(reply.intents)}")
    if turn.mode is not None and reply.mode not in turn.mode:
        expected = " 或 ".join(_mode_name(mode) for mode in turn.mode)
        failed.append(f"方式应该是 {expected},实际是 {_mode_name(reply.mode)}")
    failed += [f"回复里没有「{word}」" for word in turn.contains if word not in text]
    if turn.contains_any and not any(word in text for word in turn.contains_any):
        failed.append(f"回复里「{'」「'.join(turn.contains_any)}」一个都没有")
    failed += [f"回复里不该有「{word}」" for word in turn.not_contains if word in text]
    return tuple(failed)


def _turn(turn: Turn, reply: Reply) -> TurnResult:
    text = reply.text if reply.mode == "auto" else reply.suggestion
    return TurnResult(
        say=turn.say, failures=_failures(turn, reply, text), text=text, sent=reply.text, mode=reply.mode,
        intents=reply.intents, score=reply.score, cases=tuple(f"{p.intent}/{p.case}" for p in reply.parts),
        templates=tuple(p.template_id for p in reply.parts),
    )


def _converse(scenarios: Scenarios, dialogue: Dialogue, engine: Engine) -> ConversationResult:
    engine = engine.seeded(SEED)  # each conversation picks its wordings the same way, whatever runs before it
    conversation, now, item, results = Conversation(), scenarios.now(dialogue), scenarios.item(dialogue), []
    for turn in dialogue.turns:
        reply = engine.reply(turn.say, conversation, item_id=item, now=now)
        conversation = reply.conversation
        results.append(_turn(turn, reply))
    return ConversationResult(dialogue.name, tuple(results))


def run(scenarios: Scenarios, engine: Engine) -> Report:
    """Run every conversation of ``scenarios`` against ``engine``'s shop (nothing printed);
    `ScenarioError` before any turn runs if a product id is not the shop's."""
    _check_items(scenarios, engine.shop)
    results = tuple(_converse(scenarios, dialogue, engine) for dialogue in scenarios.file.conversations)
    return Report(str(scenarios.path), engine.shop.shop.name, results, engine.shop.settings.auto_threshold)

