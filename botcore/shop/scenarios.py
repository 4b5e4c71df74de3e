"""Conversation tests as data: the shop file's ``tests:`` section and the body of a
``xiaoer test`` scenario file (which adds only ``shop:``). Run by `engine.scenarios`.

::

    now: "2026-12-01 10:00"      # shop time (Beijing time) for every conversation
    item: dress-floral           # optional: the product the buyer is looking at
    conversations:
      - name: 雾霾蓝M码            # required and unique: how results are told apart
        now: "2026-12-01 17:30"  # optional, instead of the section's
        item: null               # optional, instead of the section's (null: no product page)
        turns:
          - say: 雾霾蓝M码有吗
            intent: stock        # optional: a label or a list of labels, any of which counts
            mode: auto           # optional: auto | suggest | handoff, or a list of them (any counts)
            contains: [12月5日]   # optional: every one must be in the reply
            contains_any: [补货, 到货]  # optional: at least one must be
            not_contains: [现货]  # optional: none may be

Unknown keys are errors. What needs more than the section is checked by who knows it:
the products by the shop (`unknown_items`, in the shop model), the intent labels by the
engine when it compiles the shop (`unknown_intents`), and the time of every conversation
(`untimed`) by both. Problems name the conversation and the turn (`described`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PlainSerializer,
    SerializerFunctionWrapHandler,
    StringConstraints,
    ValidationInfo,
    field_validator,
    model_serializer,
)

from botcore.errors import InputError

__all__ = [
    "EXPECTED_MODES",
    "Dialogue",
    "Suite",
    "Text",
    "Turn",
    "described",
    "field_of",
    "intent_problem",
    "unknown_intents",
    "unknown_items",
    "untimed",
]

#: The modes a turn may expect: the engine's (engine/mode.py), ``silent`` being the server's.
ExpectedMode = Literal["auto", "suggest", "handoff"]
EXPECTED_MODES: tuple[ExpectedMode, ...] = ("auto", "suggest", "handoff")
#: Bounds, as for every value of a shop file.
MAX_CONVERSATIONS = 1000
MAX_TURNS = 50
MAX_TEXT = 500
MAX_WORDS = 20

UNTIMED = "没有时间;请在这段对话里或最上面写 now: \"2026-12-01 10:00\"(北京时间),每次运行才会一样"


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


def _written(moment: dt.datetime | None) -> str | None:
    """A time as an owner writes it: 2026-12-01 10:00 (seconds only when there are some)."""
    if moment is None:
        return None
    return moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M")


Text = Annotated[str, StringConstraints(min_length=1, max_length=MAX_TEXT), BeforeValidator(_as_text)]
Texts = Annotated[list[Text], Field(max_length=MAX_WORDS), BeforeValidator(_as_list)]
Time = Annotated[dt.datetime | None, BeforeValidator(_time), PlainSerializer(_written, when_used="json")]


def intent_problem(labels: Sequence[str], known: Collection[str]) -> str | None:
    """What is wrong with a turn's intent labels (``known``: the labels there are), or None."""
    if not labels:
        return "至少写一个意图标签,或者删掉 intent" + (f";可用: {', '.join(known)}" if known else "")
    unknown = [label for label in labels if label not in known]
    return f"不认识的意图标签 {'、'.join(unknown)};可用: {', '.join(known)}" if unknown else None


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Turn(_Strict):
    """One buyer message and what the reply to it must be."""

    say: Text
    intent: Annotated[list[str] | None, BeforeValidator(_as_list)] = None
    mode: list[ExpectedMode] | None = None
    contains: Texts = []
    contains_any: Texts = []
    not_contains: Texts = []

    @field_validator("intent")
    @classmethod
    def _labels(cls, labels: list[str] | None, info: ValidationInfo) -> list[str] | None:
        """An empty list is refused here; unknown labels where the intents are known: given
        as ``context={"intents": [...]}`` (a scenario file), else by the engine (a shop)."""
        known = (info.context or {}).get("intents", ())
        problem = intent_problem(labels, known) if labels is not None and (known or not labels) else None
        if problem:
            raise ValueError(problem)
        return labels

    @field_validator("mode", mode="before")
    @classmethod
    def _engine_modes(cls, value: Any) -> Any:
        modes = _as_list(value)
        if modes is not None and (not isinstance(modes, list) or not modes
                                  or any(mode not in EXPECTED_MODES for mode in modes)):
            raise ValueError("只能是 auto(自动回复)、suggest(推荐给客服)、handoff(转人工),"
                             f"或者几个写成列表 [suggest, handoff];现在写的是 {value!r}")
        return modes


class Dialogue(_Strict):
    """One conversation: a name, its time and product page, its turns."""

    name: Text
    now: Time = None
    item: str | None = None
    turns: Annotated[list[Turn], Field(max_length=MAX_TURNS)]

    @model_serializer(mode="wrap")
    def _keep_no_page(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """``item: null`` written is kept when defaults are left out: it means no product
        page, not the suite's."""
        data: dict[str, Any] = handler(self)
        if "item" in self.model_fields_set and "item" not in data:
            data = {key: data.get(key) for key in type(self).model_fields if key in data or key == "item"}
        return data

    @field_validator("turns")
    @classmethod
    def _some_turns(cls, turns: list[Turn]) -> list[Turn]:
        if not turns:
            raise ValueError("没有一轮对话;请至少写一轮 - say: 买家的话")
        return turns


class Suite(_Strict):
    """Conversations with a time and a product page each (or the suite's)."""

    now: Time = None
    item: str | None = None
    conversations: Annotated[list[Dialogue], Field(max_length=MAX_CONVERSATIONS)]

    @field_validator("conversations")
    @classmethod
    def _unique_names(cls, conversations: list[Dialogue]) -> list[Dialogue]:
        first: dict[str, int] = {}
        for n, dialogue in enumerate(conversations):
            if dialogue.name in first:
                raise ValueError(f"第 {first[dialogue.name] + 1} 段和第 {n + 1} 段对话都叫「{dialogue.name}」;"
                                 "每段对话的 name 要不一样,结果才分得清")
            first[dialogue.name] = n
        return conversations

    def item_for(self, dialogue: Dialogue) -> str | None:
        """The product page of a conversation: its own (even null), else the suite's."""
        return dialogue.item if "item" in dialogue.model_fields_set else self.item

    def now_for(self, dialogue: Dialogue) -> dt.datetime:
        """The time of a conversation (`untimed` says when there is none)."""
        moment = dialogue.now or self.now
        if moment is None:
            raise InputError(f"对话「{dialogue.name}」{UNTIMED}", "untimed")
        return moment


Loc = tuple[str | int, ...]


def untimed(suite: Suite) -> list[tuple[Loc, str]]:
    """The conversations without a time, neither their own nor the suite's."""
    return [(("conversations", n, "now"), UNTIMED)
            for n, d in enumerate(suite.conversations) if d.now is None and suite.now is None]


def unknown_items(suite: Suite, ids: Collection[str], shop_name: str) -> list[tuple[Loc, str]]:
    """Every product page named that is not one of the shop's products (``ids``)."""
    fix = f"不是 {shop_name} 的商品编号;请改成其中之一: {', '.join(ids)}"
    problems: list[tuple[Loc, str]] = []
    if suite.item is not None and suite.item not in ids:
        problems.append((("item",), f"{suite.item} {fix}"))
    problems += [(("conversations", n, "item"), f"{d.item} {fix}")
                 for n, d in enumerate(suite.conversations) if d.item is not None and d.item not in ids]
    return problems


def unknown_intents(suite: Suite, known: Collection[str]) -> list[tuple[Loc, str]]:
    """Every turn expecting an intent label that is not one of ``known``."""
    return [(("conversations", n, "turns", t, "intent"), problem)
            for n, d in enumerate(suite.conversations) for t, turn in enumerate(d.turns)
            if turn.intent is not None and (problem := intent_problem(turn.intent, known))]


def field_of(loc: Sequence[Any], root: str = "tests") -> str:
    """``tests.conversations[0].turns[1].intent``: a place in the shop's tests, as fields are named."""
    return root + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in loc)


def described(loc: Sequence[Any], suite: Suite | Any) -> str:
    """「对话「雾霾蓝M码」第 2 轮的 intent: 」 for a place in a suite (``loc`` from its
    ``conversations``; the suite as a model or as the data it was read from), so a problem
    names the conversation, the turn and the field; "" elsewhere in the suite."""
    if len(loc) < 2 or loc[0] != "conversations" or not isinstance(loc[1], int):
        return ""
    if isinstance(suite, Suite):
        names: list[Any] = [d.name for d in suite.conversations]
    else:
        conversations = suite.get("conversations") if isinstance(suite, dict) else None
        names = [d.get("name") if isinstance(d, dict) else None
                 for d in (conversations if isinstance(conversations, list) else ())]
    name = _as_text(names[loc[1]]) if loc[1] < len(names) else None
    said = f"对话「{name}」" if isinstance(name, str) and name else f"第 {loc[1] + 1} 段对话"
    rest = list(loc[2:])
    if len(rest) >= 2 and rest[0] == "turns" and isinstance(rest[1], int):
        said += f"第 {rest[1] + 1} 轮"
        rest = rest[2:]
    field = ".".join(str(part) if isinstance(part, str) else f"[{part}]" for part in rest).replace(".[", "[")
    return f"{said}的 {field}: " if field else f"{said}: "
