"""The admin API's work, apart from HTTP: If-Match checks, validated saves, try-it,
unanswered groups. It runs in worker threads (the store and the engine block), is given
only what it uses (the live shops, the state store, the shop's clock) and raises domain
errors (`botcore.errors`), which the HTTP edge maps to statuses."""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import unquote

from admin.batch import NO_TESTS, Runs, changed_tests, logged_test, standing, suite_of
from admin.cases import case_labels
from admin.changes import change_summary, revision_words
from admin.fields import field_names
from botcore.conversation import Conversation
from botcore.errors import EditConflict, EditRejected, InputError, NotFound, RevisionRequired, StateConflict
from botcore.shop import Shop
from botcore.shop.calendar import holiday_name, is_working_day, shop_time, weekday_name
from botcore.shop.editing import SECTIONS, build, from_yaml, patch
from botcore.shop.stockcsv import StockRow, apply_stock, import_stock_csv
from engine import Engine
from engine.drafts import ready
from engine.scenarios import Change as TestChange
from engine.scenarios import run as run_tests
from intents import INTENT_NAMES
from replies.library import COMMON_FIELDS
from serving import history
from serving.live import Live, LiveShops
from serving.state import StateStore
from serving.unanswered import KEEP, UNANSWERED, group

__all__ = [
    "KEEP_KEYWORDS",
    "MAX_TRY_MESSAGES",
    "Change",
    "Workbench",
    "add_examples",
    "add_keyword_rule",
    "add_test",
    "editor_name",
    "etag",
    "put_product",
    "remove_product",
    "revision_number",
    "set_matching",
    "set_replies",
    "set_stock",
    "set_tests",
    "stock_change",
    "tests_summary",
]

MAX_TRY_MESSAGES = 20

Change = Callable[[dict[str, Any]], dict[str, Any]]  # shop data in, the edited shop data out


def etag(number: int) -> str:
    return f'"rev-{number}"'


class Workbench:
    """The routes' work, run in worker threads (the store and the engine block)."""

    def __init__(self, shops: LiveShops, store: StateStore, now: Callable[[], dt.datetime]) -> None:
        self.shops = shops
        self.store = store
        self.now = now  # the shop's wall clock
        self.runs = Runs()  # the tests' reports of recent revisions (批量测试)

    def live(self, shop_id: str) -> Live:
        return self.shops.current(shop_id)

    def check_base(self, shop_id: str, if_match: str | None) -> Live:
        """The shop an edit is based on, from If-Match; 428 without, 409 when stale."""
        live = self.live(shop_id)
        if not if_match:
            raise RevisionRequired(
                f"修改要带上 If-Match: {etag(live.number)}(先读一次店铺,用返回的 ETag),以免覆盖别人的修改")
        tags = [tag.strip().removeprefix("W/") for tag in if_match.split(",")]  # a proxy may weaken the ETag
        if "*" in tags or etag(live.number) in tags:
            return live
        raise EditConflict(f"店铺已经被改过了(现在是第 {live.number} 版,你的修改基于 {if_match.strip()}):请刷新后再改")

    def save(self, shop_id: str, if_match: str | None, editor: str, change: Change,
             summary: str = "") -> dict[str, Any]:
        base = self.check_base(shop_id, if_match)
        draft = build(change(base.draft.data))
        if draft.data == base.draft.data:  # nothing to save: no empty revision
            return {"revision": base.number, "summary": "没有改动", "changes": []}
        engine = ready(draft)
        summary = summary or change_summary(base.draft, draft)  # none given: the changes in words
        try:
            revision = self.shops.commit(shop_id, base, draft, engine, editor, summary)
        except StateConflict as e:
            raise EditConflict("店铺刚被别人改过了,你的修改没有保存:请刷新后再改") from e
        saved = {"revision": revision.number, "summary": revision.summary, "changes": list(revision.changes)}
        if draft.shop.tests is not None and draft.shop.tests.conversations:  # what the edit did to them
            effect = self.runs.change(shop_id, (base.number, base.draft, base.engine),
                                      (revision.number, draft, engine))
            saved["tests"] = effect.to_json()
        return saved

    def pending(self, shop_id: str, changes: Any) -> Engine:
        """The engine of the shop with an unsaved edit (the live one without)."""
        live = self.live(shop_id)
        if not changes:
            return live.engine
        if not isinstance(changes, dict):
            raise InputError("pending 应该是 {部分名: 新内容} 的表,例如 {\"replies\": {...}}")
        source = "还没保存的修改"
        try:
            return ready(build(patch(live.draft.data, changes), source), source)
        except EditRejected as e:
            raise EditRejected(e.problems, "还没保存的修改有问题,试不了") from e

    def tests(self, shop_id: str) -> tuple[int, dict[str, Any]]:
        """The shop's tests (批量测试) and their run on the live shop."""
        live = self.live(shop_id)
        report = self.runs.report(shop_id, live.number, live.draft, live.engine)
        return live.number, {"tests": live.draft.data.get("tests", dict(NO_TESTS)), "report": report.to_json(),
                             "message": standing(report)}

    def run_tests(self, shop_id: str, pending: Any) -> dict[str, Any]:
        """The tests run on the live shop, or on it with an unsaved edit (``pending``, which
        may change the tests too): then also the live run of the same tests, and what the
        edit would break and fix."""
        live = self.live(shop_id)
        if not pending:
            report = self.runs.report(shop_id, live.number, live.draft, live.engine)
            return {"report": report.to_json(), "broke": [], "fixed": [], "message": standing(report)}
        engine = self.pending(shop_id, pending)
        suite = engine.shop.tests or suite_of(live.draft)
        before = self.runs.report(shop_id, live.number, live.draft, live.engine, suite)
        only_tests = isinstance(pending, dict) and set(pending) <= {"tests"}  # the answers stay the same
        after = before if only_tests else run_tests(suite, engine, "还没保存的修改")
        change = TestChange.between(before, after)
        return {"report": after.to_json(), "before": before.to_json(), "broke": list(change.broke),
                "fixed": list(change.fixed), "message": change.message}

    def from_conversation(self, shop_id: str, conversation_id: str,
                          name: str | None) -> tuple[Change, dict[str, Any], str]:
        """A test made of a logged conversation (`admin.batch.logged_test`): the change adding
        it, the test and the revision's summary."""
        live = self.live(shop_id)
        taken = [dialogue.name for dialogue in suite_of(live.draft).conversations]
        if name is not None and name in taken:
            raise InputError(f"已经有叫「{name}」的测试了:请换个名字", "duplicate_name")
        test = logged_test(history.load(self.store, shop_id, 0.0, conversation_id), live.draft.shop, name, taken)
        return add_test(test), test, f"把一段对话记录加为测试「{test['name']}」"

    def overview(self, shop_id: str) -> tuple[int, dict[str, Any]]:
        live = self.live(shop_id)
        engine = live.engine
        labels = case_labels()
        intents = []
        for name in (*(intent.name for intent in engine.intents), "fallback"):
            cases = engine.library.cases(name)
            intents.append({
                "intent": name, "title": labels.title(name),
                "cases": [{"key": f"{name}.{case}", "case": case, "title": labels.case(name, case),
                           "placeholders": [{"name": f, "title": labels.placeholder(f)}
                                            for f in (*COMMON_FIELDS, *fields)],
                           "defaults": [t.text for t in engine.library.defaults(f"{name}.{case}")],
                           "custom": live.draft.data.get("replies", {}).get(f"{name}.{case}")}
                          for case, fields in cases.items()],
            })
        return live.number, {
            "shop_id": shop_id, "revision": live.number, "name": live.draft.shop.shop.name,
            "sections": dict(SECTIONS), "intent_names": list(INTENT_NAMES), "data": live.draft.data,
            "full": live.draft.shop.model_dump(mode="json"),  # every default filled in, for forms
            "intents": intents,
            "labels": {"evidence": dict(labels.evidence), "modes": dict(labels.modes),
                       "fields": dict(field_names().names)},
        }

    def try_it(self, shop_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        """Answer ``messages`` as one conversation, at ``now`` (shop time; absent: the clock),
        with the unsaved edit ``pending`` if given. Each turn says which cases answered and,
        with an edit, whether its reply differs from what the saved shop says."""
        messages = body.get("messages")
        if isinstance(messages, str):
            messages = [messages]
        if (not isinstance(messages, list) or not messages or len(messages) > MAX_TRY_MESSAGES
                or not all(isinstance(m, str) and m.strip() for m in messages)):
            raise InputError(f"messages 要写 1 到 {MAX_TRY_MESSAGES} 句买家的话")
        item = body.get("item_id")
        item_id = item if isinstance(item, str) and item else None
        now = try_time(body.get("now")) or self.now()
        engine = self.pending(shop_id, body.get("pending")).seeded(0)  # repeatable: the same wordings each time
        saved = self.live(shop_id).engine.seeded(0) if body.get("pending") else None
        labels = case_labels()
        conversation = saved_conversation = Conversation()
        turns = []
        for text in messages:
            reply = engine.reply(text, conversation, item_id=item_id, now=now, alternatives=3)
            conversation = reply.conversation
            used_pending = False
            if saved is not None:
                before = saved.reply(text, saved_conversation, item_id=item_id, now=now, alternatives=3)
                saved_conversation = before.conversation
                used_pending = (before.text, before.suggestion, before.mode) != (reply.text, reply.suggestion,
                                                                                  reply.mode)
            turns.append({"message": text, "text": reply.text, "suggestion": reply.suggestion, "mode": reply.mode,
                          "used_pending": used_pending,
                          "cases": [{"key": f"{p.intent}.{p.case}", "title": labels.case(p.intent, p.case)}
                                    for p in reply.parts],
                          "trace": reply.trace()})
        return {"pending": bool(body.get("pending")), **moment(engine.shop, now, item_id), "turns": turns}

    def diff(self, shop_id: str, a: int, b: int) -> dict[str, Any]:
        """What changed from revision ``a`` to ``b``: a unified diff of their YAML, and in words."""
        old = self.shops.revisions.get(shop_id, revision_number(a))
        new = self.shops.revisions.get(shop_id, revision_number(b))
        if old is None or new is None:
            raise NotFound(f"没有第 {a if old is None else b} 版", "unknown_revision")
        lines = difflib.unified_diff(old.text.splitlines(), new.text.splitlines(), f"第 {a} 版", f"第 {b} 版",
                                     lineterm="", n=2)
        return {"a": a, "b": b, "diff": list(lines), "words": revision_words(old.text, new.text)}

    def back_to(self, shop_id: str, number: int) -> Change:
        """The change that restores revision ``number`` exactly (saved as a new revision)."""
        def change(data: dict[str, Any]) -> dict[str, Any]:
            old = self.shops.revisions.get(shop_id, revision_number(number))
            if old is None:
                raise NotFound(f"没有第 {number} 版", "unknown_revision")
            return from_yaml(old.text).data
        return change

    def unanswered(self, shop_id: str) -> list[dict[str, Any]]:
        kept = self.store.recent(shop_id, UNANSWERED, KEEP)
        return [{"text": g.text, "count": g.count, "latest": g.latest, "texts": list(g.texts),
                 "intent": g.intent, "score": round(g.score, 3)}
                for g in group(kept, self.live(shop_id).engine)]


def try_time(value: Any) -> dt.datetime | None:
    """The shop time a try-it pretends: "2026-12-01 15:30" (or the browser's 2026-12-01T15:30)."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and ":" in value:  # a date alone is not a time; read as the scenarios read theirs
        with contextlib.suppress(ValueError):
            return shop_time(dt.datetime.fromisoformat(value.strip()))
    raise InputError(f"试一试的时间「{str(value)[:40]}」看不懂:请写成 2026-12-01 15:30(北京时间)", "invalid_time")


def moment(shop: Shop, now: dt.datetime, item_id: str | None) -> dict[str, Any]:
    """What applies at ``now``: the weekday, the promotion running, today's cut-off or the day off."""
    today = now.date()
    promotion = shop.promotion(today, shop.product(item_id))
    working = is_working_day(today, shop.shipping)
    return {
        "now": now.strftime("%Y-%m-%d %H:%M"), "weekday": weekday_name(today),
        "promotion": promotion.name if promotion is not None else None,
        "cutoff": shop.shipping.cutoff_on(today).strftime("%H:%M") if working else None,
        "day_off": None if working else holiday_name(today, shop.shipping) or "不发货的日子",
    }


def set_tests(section: Mapping[str, Any]) -> Change:
    """The shop's tests replaced (none: the section goes); the summary says which changed."""
    def change(data: dict[str, Any]) -> dict[str, Any]:
        return patch(data, {"tests": dict(section) if section.get("conversations") else None})
    return change


def add_test(test: Mapping[str, Any]) -> Change:
    """One more test (a conversation) at the end of the shop's tests."""
    def change(data: dict[str, Any]) -> dict[str, Any]:
        tests = dict(data.get("tests") or NO_TESTS)
        return patch(data, {"tests": {**tests, "conversations": [*tests["conversations"], dict(test)]}})
    return change


def tests_summary(data: Mapping[str, Any], section: Mapping[str, Any]) -> str:
    """What `set_tests` changes, as the revision's summary: 「加了测试「包邮」」."""
    return changed_tests(data.get("tests"), section if section.get("conversations") else None)


def editor_name(header: str | None) -> str:
    """Who saves, from ``X-Xiaoer-Editor``: percent-encoded UTF-8 (as the page sends it) or raw
    UTF-8 bytes (as curl sends them, which HTTP hands over as Latin-1); "店主" when absent."""
    raw = header or ""
    with contextlib.suppress(UnicodeError):  # not UTF-8 bytes: keep the characters as they came
        raw = raw.encode("latin-1").decode("utf-8")
    name = "".join(ch for ch in unquote(raw) if ch.isprintable()).strip()
    return name[:40] or "店主"


#: `set_matching` keeps the intent's keywords as they are.
KEEP_KEYWORDS = object()


def revision_number(number: int) -> int:
    """A revision number as asked for; one no shop can have is a 404, not a database error."""
    if not 1 <= number <= 2**62:
        raise NotFound(f"没有第 {number} 版:版本从 1 开始编号", "unknown_revision")
    return number


def set_matching(intent: str, examples: list[str], keywords: Any) -> Change:
    """The shop's own examples of ``intent`` replaced, and its keywords (`KEEP_KEYWORDS`: unchanged)."""
    def change(data: dict[str, Any]) -> dict[str, Any]:
        current = data.get("matching", {}).get(intent, {})
        keywords_now = current.get("keywords", {}) if keywords is KEEP_KEYWORDS else keywords or {}
        matching = {**data.get("matching", {}), intent: {"examples": examples, "keywords": keywords_now}}
        return patch(data, {"matching": {name: {k: v for k, v in entry.items() if v}
                                         for name, entry in matching.items()}})
    return change


def add_examples(intent: str, texts: list[str]) -> Change:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        entry = data.get("matching", {}).get(intent, {})
        examples = list(dict.fromkeys([*entry.get("examples", []), *texts]))
        return set_matching(intent, examples, KEEP_KEYWORDS)(data)
    return change


def set_replies(key: str, texts: list[str]) -> Change:
    """The wordings of ``intent.case``; none: back to the bundled ones."""
    def change(data: dict[str, Any]) -> dict[str, Any]:
        replies = {k: v for k, v in data.get("replies", {}).items() if k != key}
        if texts:
            replies[key] = texts
        return patch(data, {"replies": replies})
    return change


def put_product(product: dict[str, Any]) -> Change:
    """The product with ``product["id"]`` replaced where it is, or added at the end."""
    def change(data: dict[str, Any]) -> dict[str, Any]:
        products = list(data.get("products", []))
        index = next((i for i, p in enumerate(products) if p["id"] == product["id"]), len(products))
        products[index:index + 1] = [product]
        return patch(data, {"products": products})
    return change


def remove_product(product_id: str) -> Change:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        products = [p for p in data.get("products", []) if p["id"] != product_id]
        if len(products) == len(data.get("products", [])):
            raise EditRejected([(f"products.{product_id}", "unknown_product", f"没有商品 {product_id}")])
        return patch(data, {"products": products})
    return change


def set_stock(row: StockRow) -> Change:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        return patch(data, {"products": apply_stock(data.get("products", []), [row])})
    return change


def add_keyword_rule(rule: Any) -> Change:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        return patch(data, {"keyword_rules": [*data.get("keyword_rules", []), rule]})
    return change


def stock_change(raw: bytes) -> Change:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        return patch(data, {"products": import_stock_csv(data.get("products", []), raw)})
    return change
