"""批量测试 on the admin side: the shop's own conversation tests (its ``tests:`` section,
run by `engine.scenarios`) after an edit, before it (an unsaved one) and at every save.

A run is pure given the engine and the suite, so the reports of a revision are kept
(`Runs`, per shop, revision and suite): a save compares the new revision's run with the
base revision's, which the save before it, or the last look at the tests, already made.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from collections import OrderedDict
from collections.abc import Collection, Mapping, Sequence
from typing import Any

from botcore.errors import NotFound
from botcore.shop import Shop
from botcore.shop.calendar import SHOP_TIMEZONE
from botcore.shop.editing import Draft
from botcore.shop.scenarios import MAX_TEXT, Suite
from engine import Engine
from engine.scenarios import Change, Report, run
from serving.history import BuyerEvent, Event

__all__ = [
    "MAX_FACTS",
    "NO_TESTS",
    "Runs",
    "changed_tests",
    "logged_test",
    "same_but_tests",
    "standing",
    "suite_of",
]

#: The tests of a shop that has none, as ``GET /tests`` shows them.
NO_TESTS: Mapping[str, Any] = {"conversations": []}
#: The most facts of a logged reply a test made from it expects.
MAX_FACTS = 3


def suite_of(draft: Draft) -> Suite:
    """A shop's tests (none: an empty suite)."""
    return draft.shop.tests or Suite(conversations=[])


def same_but_tests(a: Draft, b: Draft) -> bool:
    """Whether two revisions differ in their tests only: then every test answers alike in both."""
    return {k: v for k, v in a.data.items() if k != "tests"} == {k: v for k, v in b.data.items() if k != "tests"}


def standing(report: Report) -> str:
    """How the tests stand, in a line: 「6 个测试全部通过」."""
    total, passed = len(report.conversations), len(report.passing)
    if not total:
        return "还没有测试:在批量测试里写买家的话和回复里必须有的字,或者把一段对话记录加为测试"
    if passed == total:
        return f"{total} 个测试全部通过"
    return f"{total} 个测试里有 {total - passed} 个没通过"


def _by_name(section: Any) -> dict[str, Any]:
    """The conversations of a tests section by name, however it is written (it is checked later)."""
    conversations = section.get("conversations") if isinstance(section, Mapping) else None
    if not isinstance(conversations, list):
        return {}
    return {str(c.get("name")): c for c in conversations if isinstance(c, Mapping)}


def changed_tests(old: Any, new: Any) -> str:
    """The revision summary of an edit of the tests: 「加了测试「包邮」、改了测试「退货」」."""
    before, after = _by_name(old), _by_name(new)
    said = [f"加了测试「{name}」" for name in after if name not in before]
    said += [f"改了测试「{name}」" for name in after if name in before and before[name] != after[name]]
    said += [f"删了测试「{name}」" for name in before if name not in after]
    if not said:
        return "改了批量测试的时间或商品" if (old or NO_TESTS) != (new or NO_TESTS) else "没有改动"
    return "、".join(said[:3]) + (f" 等 {len(said)} 处" if len(said) > 3 else "")


def _facts(event: BuyerEvent) -> list[str]:
    """The facts the logged reply stated (its trace's parts' facts) that it says word for word:
    the reply sent when the bot answered by itself, else the drafts the agent got."""
    said = "\n".join(event.replies if event.mode == "auto" else [d.text for d in event.drafts])
    parts = event.trace.get("parts") if isinstance(event.trace, Mapping) else None
    values = [str(value).strip() for part in parts if isinstance(part, Mapping)
              for value in (part.get("facts") or {}).values()] if isinstance(parts, list) else []
    return [value for value in dict.fromkeys(values) if value and value in said][:MAX_FACTS]


def logged_test(events: Sequence[Event], shop: Shop, name: str | None, taken: Collection[str]) -> dict[str, Any]:
    """A test made of a logged conversation (``events``, oldest first): its buyer messages as
    they were logged (masked), at the time of the first, on the product page it was on, each
    expecting the intent it was read as and the facts its reply stated. ``name`` (None: made
    of the first message, unlike the ``taken`` ones)."""
    if not events:
        raise NotFound("没有找到这段对话的记录:请检查对话号;对话记录只保留最近一段时间,更早的已经删掉了",
                       "unknown_conversation")
    buyers = [event for event in events if isinstance(event, BuyerEvent) and event.text.strip()]
    if not buyers:
        raise NotFound("这段对话的记录里没有买家说的话,做不成测试:请换一段有买家提问的对话", "no_buyer_messages")
    first = buyers[0]
    product = shop.product(first.item_id)
    turns = []
    for event in buyers:
        turn: dict[str, Any] = {"say": event.text.strip()[:MAX_TEXT]}
        if event.intents:
            turn["intent"] = [event.intents[0]]
        facts = _facts(event)
        if facts:
            turn["contains"] = facts
        turns.append(turn)
    if name is None:
        name = base = first.text.strip()[:20]
        number = 1
        while name in taken:
            number += 1
            name = f"{base}({number})"
    moment = dt.datetime.fromtimestamp(first.at, SHOP_TIMEZONE)
    return {"name": name, "now": moment.strftime("%Y-%m-%d %H:%M:%S" if moment.second else "%Y-%m-%d %H:%M"),
            "item": product.id if product is not None else None, "turns": turns}


class Runs:
    """Reports of suites run against a revision's engine, the latest ``keep`` kept, by
    shop, revision (its number and its text, which a store restarted empty may number
    again) and suite: a revision and its tests always answer alike."""

    def __init__(self, keep: int = 32) -> None:
        self._keep = keep
        self._reports: OrderedDict[tuple[str, int, str, str], Report] = OrderedDict()
        self._lock = threading.Lock()

    def report(self, shop_id: str, number: int, draft: Draft, engine: Engine, suite: Suite | None = None) -> Report:
        """``suite`` (the revision's own when None) run against ``engine``, the engine of
        revision ``number`` (``draft``) of the shop."""
        suite = suite_of(draft) if suite is None else suite
        text = suite.model_dump_json()
        key = (shop_id, number, hashlib.sha256(draft.text.encode("utf-8")).hexdigest(), text)
        with self._lock:
            if key in self._reports:
                self._reports.move_to_end(key)
                return self._reports[key]
        report = run(suite, engine, f"第 {number} 版")
        with self._lock:
            self._reports[key] = report
            while len(self._reports) > self._keep:
                self._reports.popitem(last=False)
        return report

    def change(self, shop_id: str, base: tuple[int, Draft, Engine], after: tuple[int, Draft, Engine]) -> Change:
        """What going from revision ``base`` to ``after`` (each its number, draft and engine)
        did to ``after``'s tests: both engines run them (the base one from the kept reports)."""
        number, draft, engine = after
        report = self.report(shop_id, number, draft, engine)
        if same_but_tests(base[1], draft):
            return Change.between(report, report)
        return Change.between(self.report(shop_id, *base, suite_of(draft)), report)
