"""The admin API: a shop owner reads and edits the shop, tries it, and goes back.

    GET    /api/shops/{id}                      the shop: data, revision, reply cases (ETag)
    PATCH  /api/shops/{id}                      replace sections: {"shipping": {...}, ...}
    PUT    /api/shops/{id}/replies/{key}        {"texts": [...]} ([] goes back to the default)
    PUT    /api/shops/{id}/examples/{intent}    {"examples": [...], "keywords": {"0.9": [...]}}
    PUT    /api/shops/{id}/products/{pid}       one product (added if new); DELETE removes it
    PUT    /api/shops/{id}/stock                {"product", "colour", "size", "count"}
    POST   /api/shops/{id}/stock.csv            a CSV file: all rows or none
    GET    /api/shops/{id}/revisions            who changed what, when
    GET    /api/shops/{id}/revisions/{n}        one revision with its YAML
    GET    /api/shops/{id}/diff?a=1&b=2         what changed between two revisions
    POST   /api/shops/{id}/revisions/{n}/rollback
    POST   /api/shops/{id}/try                  {"messages": [...], "pending": {section: value}}
    GET    /api/shops/{id}/unanswered           grouped; POST .../unanswered/adopt scripts a group
    GET    /api/shops/{id}/export               the shop file (YAML); PUT .../import replaces it

Every change needs ``If-Match`` with the ETag last read (``"rev-12"``): a stale one gets
409 and changes nothing. Every edit is validated as the engine loads it; a rejected one
gets 422 with one problem per field (and CSV line), a stable code and what to fix.
"""

from __future__ import annotations

import contextlib
import difflib
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from admin.auth import authorise
from admin.cases import case_labels
from botcore.conversation import Conversation
from botcore.editing import SECTIONS, Draft, build, from_yaml, patch
from botcore.errors import EditRejected, StateConflict
from botcore.httpapi import ApiError, decode_json, read_body
from botcore.live import Live
from botcore.stockcsv import StockRow, apply_stock, read_stock_csv
from botcore.unanswered import UNANSWERED, group
from intents import INTENT_NAMES
from replies.library import COMMON_FIELDS

if TYPE_CHECKING:
    from server import Service

__all__ = ["admin_router", "editor_name"]

MAX_JSON = 2 * 1024 * 1024
MAX_CSV = 8 * 1024 * 1024
MAX_TRY_MESSAGES = 20


def _etag(number: int) -> str:
    return f'"rev-{number}"'


def _rejected(e: EditRejected) -> ApiError:
    problems = [{"field": field, "code": code, "message": message} for field, code, message in e.problems]
    first = problems[0]
    return ApiError(422, first["code"], f"没有保存:{first['field']} {first['message']}", problems)


class _Admin:
    """The routes' work, run in worker threads (the store and the engine block)."""

    def __init__(self, service: Service) -> None:
        self.service = service
        self.shops = service.shops

    def live(self, shop_id: str) -> Live:
        return self.shops.current(shop_id)

    def check_base(self, shop_id: str, if_match: str | None) -> int:
        """The revision an edit is based on, from If-Match; 428 without, 409 when stale."""
        head = self.live(shop_id).number
        if not if_match:
            raise ApiError(428, "if_match_required",
                           f"修改要带上 If-Match: {_etag(head)}(先读一次店铺,用返回的 ETag),以免覆盖别人的修改")
        if if_match.strip() == "*":
            return head
        if if_match.strip() != _etag(head):
            raise ApiError(409, "revision_conflict",
                           f"店铺已经被改过了(现在是第 {head} 版,你的修改基于 {if_match.strip()}):请刷新后再改")
        return head

    def save(self, shop_id: str, if_match: str | None, editor: str, change: Callable[[dict[str, Any]], Any],
             summary: str = "") -> dict[str, Any]:
        base = self.check_base(shop_id, if_match)
        data = self.live(shop_id).draft.data
        try:
            draft = build(change(data))
        except EditRejected as e:
            raise _rejected(e) from e
        if draft.data == data:  # nothing to save: no empty revision
            return {"revision": base, "summary": "没有改动", "changes": []}
        try:
            revision = self.shops.commit(shop_id, base, draft, editor, summary)
        except StateConflict as e:
            raise ApiError(409, "revision_conflict", f"店铺刚被别人改过了:{e};请刷新后再改") from e
        return {"revision": revision.number, "summary": revision.summary, "changes": list(revision.changes)}

    def pending(self, shop_id: str, changes: Any) -> Draft:
        live = self.live(shop_id)
        if not changes:
            return live.draft
        if not isinstance(changes, dict):
            raise ApiError(422, "invalid_request", "pending 应该是 {部分名: 新内容} 的表,例如 {\"replies\": {...}}")
        try:
            return build(patch(live.draft.data, changes), "还没保存的修改")
        except EditRejected as e:
            raise _rejected(e) from e

    def overview(self, shop_id: str) -> tuple[int, dict[str, Any]]:
        live = self.live(shop_id)
        engine = live.draft.engine
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
        }

    def try_it(self, shop_id: str, body: Mapping[str, Any]) -> dict[str, Any]:
        messages = body.get("messages")
        if isinstance(messages, str):
            messages = [messages]
        if (not isinstance(messages, list) or not messages or len(messages) > MAX_TRY_MESSAGES
                or not all(isinstance(m, str) and m.strip() for m in messages)):
            raise ApiError(422, "invalid_request", f"messages 要写 1 到 {MAX_TRY_MESSAGES} 句买家的话")
        draft = self.pending(shop_id, body.get("pending"))
        item_id = body.get("item_id") or None
        engine = draft.engine.seeded(0)  # a try-it is repeatable: the same wordings each time
        conversation = Conversation()
        now = self.service.shop_now()
        turns = []
        for text in messages:
            reply = engine.reply(text, conversation, item_id=item_id if isinstance(item_id, str) else None,
                                 now=now, alternatives=3)
            conversation = reply.conversation
            turns.append({"message": text, "text": reply.text, "suggestion": reply.suggestion, "mode": reply.mode,
                          "trace": reply.trace()})
        return {"pending": bool(body.get("pending")), "turns": turns}

    def unanswered(self, shop_id: str) -> list[dict[str, Any]]:
        kept = (self.service.store.load(shop_id, UNANSWERED) or {}).get("messages", [])
        return [{"text": g.text, "count": g.count, "latest": g.latest, "texts": list(g.texts),
                 "intent": g.intent, "score": round(g.score, 3)}
                for g in group(kept, self.live(shop_id).draft.engine)]


def editor_name(header: str | None) -> str:
    """Who saves, from ``X-Xiaoer-Editor``: percent-encoded UTF-8 (as the page sends it) or raw
    UTF-8 bytes (as curl sends them, which HTTP hands over as Latin-1); "店主" when absent."""
    raw = header or ""
    with contextlib.suppress(UnicodeError):  # not UTF-8 bytes: keep the characters as they came
        raw = raw.encode("latin-1").decode("utf-8")
    name = "".join(ch for ch in unquote(raw) if ch.isprintable()).strip()
    return name[:40] or "店主"


def _set_matching(intent: str, examples: list[str], keywords: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """The shop's own examples and keywords of ``intent``, replaced (empty: none)."""
    def change(data: dict[str, Any]) -> dict[str, Any]:
        matching = {**data.get("matching", {}), intent: {"examples": examples, "keywords": keywords or {}}}
        return patch(data, {"matching": {name: {k: v for k, v in entry.items() if v}
                                         for name, entry in matching.items()}})
    return change


def _add_examples(intent: str, texts: list[str]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        entry = data.get("matching", {}).get(intent, {})
        examples = list(dict.fromkeys([*entry.get("examples", []), *texts]))
        return _set_matching(intent, examples, entry.get("keywords"))(data)
    return change


def admin_router(service: Service) -> APIRouter:
    admin = _Admin(service)

    def guard(shop_id: str, request: Request) -> None:
        """Runs before every route, so nothing of a request is read before its token is checked."""
        if shop_id not in admin.shops:
            raise ApiError(404, "unknown_shop", f"这里没有店铺 {shop_id}")
        authorise(shop_id, request.headers.get("authorization"), admin.shops.admin_hashes)

    router = APIRouter(prefix="/api/shops/{shop_id}", tags=["admin"], dependencies=[Depends(guard)])

    async def run(request: Request, shop_id: str, work: Callable[..., Any], *args: Any) -> Any:
        return await anyio.to_thread.run_sync(work, *args)

    async def json_body(request: Request) -> Any:
        return decode_json(await read_body(request, MAX_JSON))

    def editor(request: Request) -> str:
        return editor_name(request.headers.get("x-xiaoer-editor"))

    def saved(result: dict[str, Any]) -> JSONResponse:
        return JSONResponse(result, headers={"ETag": _etag(result["revision"])})

    async def edit(request: Request, shop_id: str, change: Callable[[dict[str, Any]], Any], summary: str = "") -> Any:
        return saved(await run(request, shop_id, admin.save, shop_id, request.headers.get("if-match"),
                               editor(request), change, summary))

    @router.get("", summary="The shop, its revision and its reply cases")
    async def read_shop(shop_id: str, request: Request) -> JSONResponse:
        number, body = await run(request, shop_id, admin.overview, shop_id)
        return JSONResponse(body, headers={"ETag": _etag(number)})

    @router.patch("", summary="Replace whole sections of the shop")
    async def patch_shop(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        if not isinstance(body, dict) or not body:
            raise ApiError(422, "invalid_request", "请求体要写 {部分名: 新内容},例如 {\"bargain\": {...}}")
        return await edit(request, shop_id, lambda data: patch(data, body))

    @router.put("/replies/{key}", summary="The wordings of one intent.case ([] restores the defaults)")
    async def put_replies(shop_id: str, key: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        texts = body.get("texts") if isinstance(body, dict) else None
        if texts is not None and (not isinstance(texts, list) or not all(isinstance(t, str) for t in texts)):
            raise ApiError(422, "invalid_request", "texts 要写成话术的列表,例如 {\"texts\": [\"亲,...\"]}")

        def change(data: dict[str, Any]) -> dict[str, Any]:
            replies = {k: v for k, v in data.get("replies", {}).items() if k != key}
            if texts:
                replies[key] = texts
            return patch(data, {"replies": replies})
        return await edit(request, shop_id, change)

    @router.put("/examples/{intent}", summary="The shop's own example questions and keywords of an intent")
    async def put_examples(shop_id: str, intent: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        examples = body.get("examples", []) if isinstance(body, dict) else None
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise ApiError(422, "invalid_request", "examples 要写成例句的列表")
        return await edit(request, shop_id, _set_matching(intent, examples, body.get("keywords")))

    @router.put("/products/{product_id}", summary="One product (added when new)")
    async def put_product(shop_id: str, product_id: str, request: Request) -> JSONResponse:
        product = await json_body(request)
        if not isinstance(product, dict):
            raise ApiError(422, "invalid_request", "请求体要写一个商品 {id, name, price, colours, sizes, ...}")
        product = {**product, "id": product_id}

        def change(data: dict[str, Any]) -> dict[str, Any]:
            products = list(data.get("products", []))
            index = next((i for i, p in enumerate(products) if p["id"] == product_id), len(products))
            products[index:index + 1] = [product]
            return patch(data, {"products": products})
        return await edit(request, shop_id, change)

    @router.delete("/products/{product_id}", summary="Remove a product")
    async def delete_product(shop_id: str, product_id: str, request: Request) -> JSONResponse:
        def change(data: dict[str, Any]) -> dict[str, Any]:
            products = [p for p in data.get("products", []) if p["id"] != product_id]
            if len(products) == len(data.get("products", [])):
                raise EditRejected([(f"products.{product_id}", "unknown_product", f"没有商品 {product_id}")])
            return patch(data, {"products": products})
        return await edit(request, shop_id, change)

    @router.put("/stock", summary="Set the stock of one product, colour and size")
    async def put_stock(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        if not isinstance(body, dict):
            raise ApiError(422, "invalid_request", "请求体要写 {product, colour, size, count}")
        count = body.get("count")
        if not isinstance(count, int) or isinstance(count, bool):
            raise ApiError(422, "invalid_request", f"count 要写整数,现在是 {count!r}")
        row = StockRow(0, str(body.get("product", "")), str(body.get("colour", "")), str(body.get("size", "")), count)

        def change(data: dict[str, Any]) -> dict[str, Any]:
            return patch(data, {"products": apply_stock(data.get("products", []), [row])})
        return await edit(request, shop_id, change, f"库存 {row.product} {row.colour} {row.size} 改为 {count}")

    @router.post("/stock.csv", summary="Import stock from a CSV file (all rows or none)")
    async def post_stock_csv(shop_id: str, request: Request) -> JSONResponse:
        raw = await read_body(request, MAX_CSV)
        return await edit(request, shop_id, _stock_change(raw))

    @router.get("/revisions", summary="Every revision, newest first")
    async def revisions(shop_id: str, request: Request, limit: int = 100) -> dict[str, Any]:
        rows = await run(request, shop_id, admin.shops.revisions.history, shop_id, max(1, min(limit, 1000)))
        return {"revisions": [r.info() for r in rows]}

    @router.get("/revisions/{number}", summary="One revision with its YAML")
    async def revision(shop_id: str, number: int, request: Request) -> dict[str, Any]:
        found = await run(request, shop_id, admin.shops.revisions.get, shop_id, number)
        if found is None:
            raise ApiError(404, "unknown_revision", f"没有第 {number} 版")
        return {**found.info(), "text": found.text}

    @router.get("/diff", summary="What changed between two revisions (unified diff of the YAML)")
    async def diff(shop_id: str, a: int, b: int, request: Request) -> dict[str, Any]:
        def work() -> dict[str, Any]:
            old, new = admin.shops.revisions.get(shop_id, a), admin.shops.revisions.get(shop_id, b)
            if old is None or new is None:
                raise ApiError(404, "unknown_revision", f"没有第 {a if old is None else b} 版")
            lines = difflib.unified_diff(old.text.splitlines(), new.text.splitlines(), f"第 {a} 版", f"第 {b} 版",
                                         lineterm="", n=2)
            return {"a": a, "b": b, "diff": list(lines)}
        return await run(request, shop_id, work)

    @router.post("/revisions/{number}/rollback", summary="Go back to a revision (saved as a new revision)")
    async def rollback(shop_id: str, number: int, request: Request) -> JSONResponse:
        def change(data: dict[str, Any]) -> dict[str, Any]:
            old = admin.shops.revisions.get(shop_id, number)
            if old is None:
                raise ApiError(404, "unknown_revision", f"没有第 {number} 版")
            return from_yaml(old.text).data
        return await edit(request, shop_id, change, f"回到第 {number} 版")

    @router.post("/try", summary="Answer messages as the shop would, with an unsaved edit if given")
    async def try_it(shop_id: str, request: Request) -> dict[str, Any]:
        body = await json_body(request)
        if not isinstance(body, dict):
            raise ApiError(422, "invalid_request", "请求体要写 {\"messages\": [\"买家的话\"]}")
        return await run(request, shop_id, admin.try_it, shop_id, body)

    @router.get("/unanswered", summary="Recent questions the bot did not answer, grouped")
    async def unanswered(shop_id: str, request: Request) -> dict[str, Any]:
        return {"groups": await run(request, shop_id, admin.unanswered, shop_id)}

    @router.post("/unanswered/adopt", summary="Script a group: as example questions of an intent, or a keyword rule")
    async def adopt(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        texts = body.get("texts") if isinstance(body, dict) else None
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise ApiError(422, "invalid_request", "texts 要写这一组买家的问题")
        if body.get("keyword_rule") is not None:
            rule = body["keyword_rule"]
            return await edit(request, shop_id, lambda data: patch(data, {
                "keyword_rules": [*data.get("keyword_rules", []), rule]}), f"把 {len(texts)} 个问题做成关键词回复")
        intent = body.get("intent")
        if intent not in INTENT_NAMES:
            raise ApiError(422, "unknown_intent", f"intent 要写这些之一: {', '.join(INTENT_NAMES)}")
        return await edit(request, shop_id, _add_examples(intent, [t.strip() for t in texts]),
                          f"把 {len(texts)} 个问题加为 {intent} 的例句")

    @router.get("/export", summary="The shop file (YAML), as the engine loads it")
    async def export(shop_id: str, request: Request) -> Response:
        live = await run(request, shop_id, admin.live, shop_id)
        return Response(live.draft.text, media_type="application/x-yaml; charset=utf-8",
                        headers={"ETag": _etag(live.number),
                                 "Content-Disposition": f'attachment; filename="{shop_id}.yaml"'})

    @router.put("/import", summary="Replace the whole shop with a shop file (YAML)")
    async def import_shop(shop_id: str, request: Request) -> JSONResponse:
        raw = await read_body(request, MAX_JSON)
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            raise ApiError(400, "invalid_utf8", "文件不是 UTF-8 编码,请另存为 UTF-8 后再导入") from e
        return await edit(request, shop_id, lambda data: from_yaml(text).data, "导入店铺文件")

    return router


def _stock_change(raw: bytes) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def change(data: dict[str, Any]) -> dict[str, Any]:
        rows = read_stock_csv(raw)
        return patch(data, {"products": apply_stock(data.get("products", []), rows)})
    return change
