"""The conversation log and the dashboard of the admin API, apart from HTTP: the query read
and checked (every refusal in Chinese, naming the field, the value and the fix), the events
read from the state store; `serving.history` lists, shows and counts them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from admin.cases import case_labels
from botcore.errors import InputError
from botcore.shop.calendar import SHOP_TIMEZONE
from intents import INTENT_NAMES
from serving import history
from serving.state import StateStore

__all__ = ["MAX_DAYS", "Logbook"]

#: The most days the log and the figures look back (the log keeps fewer by default).
MAX_DAYS = 90
#: The most conversations a page lists, and the longest search text.
MAX_SIZE = 100
MAX_QUERY = 100

_LISTING = ("days", "mode", "intent", "product", "replaced", "q", "page", "size")
_MODES = "auto(自动回复)、suggest(给客服建议)、handoff(转人工)或 silent(不回复)"


class Logbook:
    """The log's routes' work, run in worker threads (the store blocks)."""

    def __init__(self, store: StateStore, now: Callable[[], dt.datetime]) -> None:
        self.store = store
        self.now = now  # the shop's wall clock

    def _today(self) -> dt.date:
        now = self.now()
        return (now.astimezone(SHOP_TIMEZONE) if now.tzinfo else now).date()

    def conversations(self, shop_id: str, query: Mapping[str, str]) -> dict[str, Any]:
        """``GET /conversations``: the conversations of the last ``days`` days, newest first."""
        _known(query, _LISTING)
        days = _whole(query, "days", 7, 1, MAX_DAYS, "看最近几天的记录")
        page = _whole(query, "page", 1, 1, 1_000_000, "第几页")
        size = _whole(query, "size", 20, 1, MAX_SIZE, "每页几个对话")
        mode = query.get("mode") or None
        if mode is not None and mode not in history.MODES:
            raise InputError(f"mode 要写 {_MODES},现在是「{mode}」")
        intent = query.get("intent") or None
        if intent is not None and intent not in INTENT_NAMES:
            labels = case_labels()
            known = "、".join(f"{name}({labels.title(name)})" for name in INTENT_NAMES)
            raise InputError(f"intent 要写问题的种类之一:{known};现在是「{intent}」", "unknown_intent")
        q = (query.get("q") or "").strip() or None
        if q is not None and len(q) > MAX_QUERY:
            raise InputError(f"q(要搜索的文字)最多 {MAX_QUERY} 个字,现在是 {len(q)} 个字:请搜短一点")
        filters = history.Filters(mode=mode, intent=intent, product=(query.get("product") or "").strip() or None,
                                  replaced=_flag(query, "replaced"), q=q)
        today = self._today()
        events = history.load(self.store, shop_id, history.since(days, today, SHOP_TIMEZONE))
        return history.conversations(events, filters, page, size)

    def conversation(self, shop_id: str, conversation_id: str) -> dict[str, Any]:
        """``GET /conversations/{id}``: every event kept of one conversation, oldest first."""
        return history.conversation(history.load(self.store, shop_id, 0.0, conversation_id), conversation_id)

    def stats(self, shop_id: str, query: Mapping[str, str]) -> dict[str, Any]:
        """``GET /stats``: the dashboard's figures over the last ``days`` days."""
        _known(query, ("days",))
        days = _whole(query, "days", 7, 1, MAX_DAYS, "看最近几天的数据")
        today = self._today()
        events = history.load(self.store, shop_id, history.since(days, today, SHOP_TIMEZONE))
        return history.stats(events, days, today, SHOP_TIMEZONE)


def _known(query: Mapping[str, str], names: tuple[str, ...]) -> None:
    unknown = [name for name in query if name not in names]
    if unknown:
        raise InputError(f"不认识的查询条件「{unknown[0]}」:可以用的有 {', '.join(names)}")


def _whole(query: Mapping[str, str], name: str, default: int, least: int, most: int, meaning: str) -> int:
    raw = query.get(name)
    if raw is None or raw == "":
        return default
    digits = raw.strip()
    value = int(digits) if digits.isascii() and digits.isdigit() and len(digits) <= 9 else None
    if value is None or not least <= value <= most:
        raise InputError(f"{name}({meaning})要写 {least} 到 {most} 之间的整数,现在是「{raw}」")
    return value


def _flag(query: Mapping[str, str], name: str) -> bool:
    raw = (query.get(name) or "0").strip().lower()
    if raw not in ("0", "1", "true", "false"):
        raise InputError(f"{name} 要写 1(只看客服没有用建议回复、自己另写的对话)或 0,现在是「{query.get(name)}」")
    return raw in ("1", "true")
