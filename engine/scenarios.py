"""Conversation tests run against an engine: `run` answers every turn of a `Suite`
(botcore/shop/scenarios.py: a shop's ``tests:`` or a ``xiaoer test`` file) and checks each
reply; `Change` says which tests an edit broke or fixed, comparing two runs.

The text checked is what the buyer gets when the bot answers by itself (mode ``auto``:
`Reply.text`), otherwise the answer drafted for the agent on duty (`Reply.suggestion`),
since the buyer then only gets a "let me check". ``intent`` passes when one of its labels
is among the intents the reply answers.

Each conversation starts afresh and carries over from turn to turn as ``xiaoer chat``
does; its time is fixed for all its turns, and its wordings are picked by an engine
seeded the same way every time, so a run repeats: pure apart from the engine. The agents'
status (busy, away ...) is not the engine's business but the server's
(`serving.dispatch`), so it has no field here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from botcore.conversation import Conversation
from botcore.shop.scenarios import Dialogue, Suite, Turn
from engine.mode import Mode
from engine.pipeline import Engine
from engine.reply import Reply

__all__ = ["SEED", "Change", "ConversationResult", "Report", "TurnResult", "run"]

#: The seed every conversation's wordings are picked with.
SEED = 0
_MODE_NAMES = {"auto": "自动回复", "suggest": "推荐给客服", "handoff": "转人工", "silent": "不回复"}


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
    """A suite's run against a shop; a test is one conversation."""

    source: str
    shop: str
    conversations: tuple[ConversationResult, ...]
    auto_threshold: float  # the shop's, for showing a score just under it

    @property
    def passed(self) -> bool:
        return all(c.passed for c in self.conversations)

    @property
    def passing(self) -> tuple[str, ...]:
        """The names of the tests that pass."""
        return tuple(c.name for c in self.conversations if c.passed)

    @property
    def turns(self) -> tuple[TurnResult, ...]:
        return tuple(turn for c in self.conversations for turn in c.turns)

    def to_json(self) -> dict[str, Any]:
        turns = self.turns
        return {
            "file": self.source, "shop": self.shop, "passed": self.passed,
            "conversations_passed": len(self.passing), "conversations_total": len(self.conversations),
            "turns_passed": sum(t.passed for t in turns), "turns_total": len(turns),
            "conversations": [c.to_json() for c in self.conversations],
        }


@dataclass(frozen=True)
class Change:
    """What an edit did to the tests: the run after it, and the tests that went from
    passing to failing (``broke``) or back (``fixed``), by name, in the suite's order.
    A test the run before did not have is in neither."""

    after: Report
    broke: tuple[str, ...]
    fixed: tuple[str, ...]

    @classmethod
    def between(cls, before: Report, after: Report) -> Change:
        was = {c.name: c.passed for c in before.conversations}
        broke = tuple(c.name for c in after.conversations if not c.passed and was.get(c.name) is True)
        fixed = tuple(c.name for c in after.conversations if c.passed and was.get(c.name) is False)
        return cls(after, broke, fixed)

    @property
    def message(self) -> str:
        """「这次修改让 3 个测试从通过变成失败」, in Chinese, for the owner."""
        said = [f"{len(self.broke)} 个测试从通过变成失败"] if self.broke else []
        said += [f"{len(self.fixed)} 个测试从失败变成通过"] if self.fixed else []
        if said:
            return "这次修改让 " + ",".join(said)
        return f"这次修改没有改变哪个测试的结果(通过 {len(self.after.passing)}/{len(self.after.conversations)})"

    def to_json(self) -> dict[str, Any]:
        """``{"passed", "total", "broke", "fixed", "message"}``: the counts are of the run after."""
        return {"passed": len(self.after.passing), "total": len(self.after.conversations),
                "broke": list(self.broke), "fixed": list(self.fixed), "message": self.message}


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


def _converse(suite: Suite, dialogue: Dialogue, engine: Engine) -> ConversationResult:
    engine = engine.seeded(SEED)  # each conversation picks its wordings the same way, whatever runs before it
    conversation, now, item = Conversation(), suite.now_for(dialogue), suite.item_for(dialogue)
    results: list[TurnResult] = []
    for turn in dialogue.turns:
        reply = engine.reply(turn.say, conversation, item_id=item, now=now)
        conversation = reply.conversation
        results.append(_turn(turn, reply))
    return ConversationResult(dialogue.name, tuple(results))


def run(suite: Suite, engine: Engine, source: str = "") -> Report:
    """Run every conversation of ``suite`` against ``engine``'s shop; nothing printed.
    ``source`` names the suite in the report."""
    results = tuple(_converse(suite, dialogue, engine) for dialogue in suite.conversations)
    return Report(source, engine.shop.shop.name, results, engine.shop.settings.auto_threshold)
