"""The admin API: a shop owner reads and edits the shop, tries it, and goes back.

    GET    /api/shops/{id}                      the shop: data, revision, reply cases (ETag)
    PATCH  /api/shops/{id}                      replace sections: {"shipping": {...}, ...}
    PUT    /api/shops/{id}/replies/{key}        {"texts": [...]} ([] goes back to the default)
    PUT    /api/shops/{id}/examples/{intent}    {"examples": [...], "keywords": {"0.9": [...]}}
    PUT    /api/shops/{id}/products/{pid}       one product (added if new); DELETE removes it
    PUT    /api/shops/{id}/stock                {"product", "colour", "size", "count"}
    POST   /api/shops/{id}/stock.csv            a CSV file: all rows or none
    POST   /api/shops/{id}/import/qianniu       千牛 快捷短语 / 关键词回复 export (CSV, .xlsx); ?preview=1 saves nothing
    GET    /api/shops/{id}/revisions            who changed what, when
    GET    /api/shops/{id}/revisions/{n}        one revision with its YAML
    GET    /api/shops/{id}/diff?a=1&b=2         what changed between two revisions (YAML diff, and in words)
    POST   /api/shops/{id}/revisions/{n}/rollback
    POST   /api/shops/{id}/try                  {"messages": [...], "pending": {section: value}}
    GET    /api/shops/{id}/unanswered           grouped; POST .../unanswered/adopt scripts a group
    GET    /api/shops/{id}/conversations        对话记录: ?days=7&mode=&intent=&product=&replaced=1&q=&page=1&size=20
    GET    /api/shops/{id}/conversations/{cid}  one conversation's events, oldest first
    GET    /api/shops/{id}/stats?days=7         数据看板: totals, by day, by hour, top questions (days 1..90)
    GET    /api/shops/{id}/export               the shop file (YAML); PUT .../import replaces it
    GET    /api/shops/{id}/tests                批量测试: the tests and their run (ETag); PUT replaces them
    POST   /api/shops/{id}/tests/run            {"pending": {section: value}?}: the run, what an edit breaks
    POST   /api/shops/{id}/tests/from-conversation  {"conversation_id", "name"?}: a logged conversation as a test

Every change needs ``If-Match`` with the ETag last read (``"rev-12"``): a stale one gets
409 and changes nothing. Every edit is validated as the engine loads it; a rejected one
gets 422 with one problem per field (and CSV line), a stable code and what to fix.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, TypeVar

import anyio
from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse, Response

from admin.auth import authorise
from admin.cases import case_labels
from admin.logbook import Logbook
from admin.work import (
    KEEP_KEYWORDS,
    Change,
    Workbench,
    add_examples,
    add_keyword_rule,
    editor_name,
    etag,
    put_product,
    remove_product,
    revision_number,
    set_matching,
    set_replies,
    set_stock,
    set_tests,
    stock_change,
    tests_summary,
)
from botcore.shop.editing import from_yaml, patch
from botcore.shop.qianniu import read_qianniu
from botcore.shop.stockcsv import StockRow, stock_summary
from intents import INTENT_NAMES
from serving.httpapi import ApiError, decode_json, read_body
from serving.live import LiveShops
from serving.state import StateStore

__all__ = ["admin_router"]

T = TypeVar("T")

MAX_JSON = 2 * 1024 * 1024
MAX_CSV = 8 * 1024 * 1024


def admin_router(shops: LiveShops, store: StateStore, now: Callable[[], dt.datetime]) -> APIRouter:
    """The admin routes over ``shops`` (their revisions), ``store`` (the unanswered log, the
    conversation log) and ``now``, the shop's wall clock (try-it, the log's days)."""
    admin = Workbench(shops, store, now)
    logbook = Logbook(store, now)

    def guard(shop_id: str, request: Request) -> None:
        """Runs before every route, so nothing of a request is read before its token is checked
        (and which shops exist is told to no one without a token: an unknown shop is a 401/403)."""
        authorise(shop_id, request.headers.get("authorization"), admin.shops.admin_hashes)

    router = APIRouter(prefix="/api/shops/{shop_id}", tags=["admin"], dependencies=[Depends(guard)])

    async def run(work: Callable[..., T], *args: Any) -> T:
        return await anyio.to_thread.run_sync(work, *args)

    async def json_body(request: Request) -> Any:
        return decode_json(await read_body(request, MAX_JSON))

    def editor(request: Request) -> str:
        return editor_name(request.headers.get("x-xiaoer-editor"))

    def saved(result: dict[str, Any]) -> JSONResponse:
        return JSONResponse(result, headers={"ETag": etag(result["revision"])})

    async def edit(request: Request, shop_id: str, change: Change, summary: str = "") -> JSONResponse:
        return saved(await run(admin.save, shop_id, request.headers.get("if-match"),
                               editor(request), change, summary))

    @router.get("", summary="The shop, its revision and its reply cases")
    async def read_shop(shop_id: str) -> JSONResponse:
        number, body = await run(admin.overview, shop_id)
        return JSONResponse(body, headers={"ETag": etag(number)})

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
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):  # a typo never resets
            raise ApiError(422, "invalid_request",
                           "请求体要写 {\"texts\": [\"亲,...\"]}(话术的列表);写 {\"texts\": []} 才是恢复默认话术")
        return await edit(request, shop_id, set_replies(key, texts))

    @router.put("/examples/{intent}", summary="The shop's own example questions and keywords of an intent")
    async def put_examples(shop_id: str, intent: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        examples = body.get("examples") if isinstance(body, dict) else None
        if not isinstance(examples, list) or not all(isinstance(e, str) for e in examples):
            raise ApiError(422, "invalid_request",
                           "请求体要写 {\"examples\": [\"例句\", ...]};"
                           "关键词可以另写 \"keywords\": {\"0.9\": [\"词\"]}")
        return await edit(request, shop_id, set_matching(intent, examples, body.get("keywords", KEEP_KEYWORDS)))

    @router.put("/products/{product_id}", summary="One product (added when new)")
    async def save_product(shop_id: str, product_id: str, request: Request) -> JSONResponse:
        product = await json_body(request)
        if not isinstance(product, dict):
            raise ApiError(422, "invalid_request", "请求体要写一个商品 {id, name, price, colours, sizes, ...}")
        if product.get("id", product_id) != product_id:
            raise ApiError(422, "id_mismatch", f"请求体里的 id「{product['id']}」和地址里的「{product_id}」不一样:"
                                               "改商品 id 请先删掉旧商品再添加新的")
        return await edit(request, shop_id, put_product({**product, "id": product_id}))

    @router.delete("/products/{product_id}", summary="Remove a product")
    async def delete_product(shop_id: str, product_id: str, request: Request) -> JSONResponse:
        return await edit(request, shop_id, remove_product(product_id))

    @router.put("/stock", summary="Set the stock of one product, colour and size")
    async def put_stock(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        if not isinstance(body, dict):
            raise ApiError(422, "invalid_request", "请求体要写 {product, colour, size, count}")
        count = body.get("count")
        if not isinstance(count, int) or isinstance(count, bool):
            raise ApiError(422, "invalid_request", f"count 要写整数,现在是 {count!r}")
        row = StockRow(0, str(body.get("product", "")), str(body.get("colour", "")), str(body.get("size", "")), count)
        return await edit(request, shop_id, set_stock(row))  # summarised in words, by the product's name

    @router.post("/stock.csv", summary="Import stock from a CSV file (all rows or none)")
    async def post_stock_csv(shop_id: str, request: Request) -> JSONResponse:
        raw = await read_body(request, MAX_CSV)
        _, shop = await run(admin.overview, shop_id)
        summary = await run(stock_summary, shop["data"].get("products", []), raw)
        return await edit(request, shop_id, stock_change(raw), summary)

    @router.post("/import/qianniu", summary="Quick phrases and keyword replies from a 千牛 export (CSV or .xlsx)")
    async def import_qianniu(shop_id: str, request: Request, preview: bool = False) -> JSONResponse:
        """``?preview=1``: what would be added and the lines skipped, nothing saved; else (If-Match)
        the new ones appended as one revision, with the lines skipped."""
        raw = await read_body(request, MAX_CSV)
        found = await run(read_qianniu, raw)
        new = found.new_for((await run(admin.live, shop_id)).draft.data)
        if preview:
            return JSONResponse(new.preview())
        result = await run(admin.save, shop_id, request.headers.get("if-match"), editor(request),
                           lambda data: patch(data, found.new_for(data).sections(data)), f"从千牛导入 {new.counts()}")
        return saved({**result, "skipped": new.preview()["skipped"]})

    @router.get("/revisions", summary="Every revision, newest first")
    async def revisions(shop_id: str, limit: int = 100) -> dict[str, Any]:
        rows = await run(admin.shops.revisions.history, shop_id, max(1, min(limit, 1000)))
        return {"revisions": [r.info() for r in rows]}

    @router.get("/revisions/{number}", summary="One revision with its YAML")
    async def revision(shop_id: str, number: int) -> dict[str, Any]:
        found = await run(admin.shops.revisions.get, shop_id, revision_number(number))
        if found is None:
            raise ApiError(404, "unknown_revision", f"没有第 {number} 版")
        return {**found.info(), "text": found.text}

    @router.get("/diff", summary="What changed between two revisions (unified diff of the YAML)")
    async def diff(shop_id: str, a: int, b: int) -> dict[str, Any]:
        return await run(admin.diff, shop_id, a, b)

    @router.post("/revisions/{number}/rollback", summary="Go back to a revision (saved as a new revision)")
    async def rollback(shop_id: str, number: int, request: Request) -> JSONResponse:
        return await edit(request, shop_id, admin.back_to(shop_id, number), f"回到第 {number} 版")

    @router.post("/try", summary="Answer messages as the shop would, with an unsaved edit if given")
    async def try_it(shop_id: str, request: Request) -> dict[str, Any]:
        body = await json_body(request)
        if not isinstance(body, dict):
            raise ApiError(422, "invalid_request", "请求体要写 {\"messages\": [\"买家的话\"]}")
        return await run(admin.try_it, shop_id, body)

    @router.get("/tests", summary="The shop's own conversation tests (批量测试) and their run on the live shop")
    async def get_tests(shop_id: str) -> JSONResponse:
        number, body = await run(admin.tests, shop_id)
        return JSONResponse(body, headers={"ETag": etag(number)})

    @router.put("/tests", summary="Replace the shop's tests (saved as a revision)")
    async def put_tests(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        section = body.get("tests") if isinstance(body, dict) else None
        if not isinstance(section, dict):
            raise ApiError(422, "invalid_request", "请求体要写 {\"tests\": {\"now\": \"2026-12-01 10:00\", "
                                                   "\"conversations\": [{\"name\": ..., \"turns\": [...]}]}}")
        live = await run(admin.live, shop_id)
        return await edit(request, shop_id, set_tests(section), tests_summary(live.draft.data, section))

    @router.post("/tests/run", summary="Run the tests, on the live shop or with an unsaved edit (what it breaks)")
    async def post_tests_run(shop_id: str, request: Request) -> dict[str, Any]:
        raw = await read_body(request, MAX_JSON)
        body = decode_json(raw) if raw.strip() else {}
        if not isinstance(body, dict):
            raise ApiError(422, "invalid_request", "请求体要写 {} 或 {\"pending\": {部分名: 新内容}}")
        return await run(admin.run_tests, shop_id, body.get("pending"))

    @router.post("/tests/from-conversation", summary="Add a test made of a logged conversation (a revision)")
    async def tests_from_conversation(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        conversation_id = body.get("conversation_id") if isinstance(body, dict) else None
        if not isinstance(conversation_id, str) or not conversation_id.strip():
            raise ApiError(422, "invalid_request", "请求体要写 {\"conversation_id\": \"对话号\"},"
                                                   "可以另写 \"name\": \"测试的名字\"")
        name = body.get("name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise ApiError(422, "invalid_request", "name(测试的名字)要写文字,或者不写(用买家的第一句话)")
        change, test, summary = await run(admin.from_conversation, shop_id, conversation_id,
                                          name.strip() if name else None)
        result = await run(admin.save, shop_id, request.headers.get("if-match"), editor(request), change, summary)
        return saved({**result, "test": test})

    @router.get("/conversations", summary="The logged conversations, newest first (filters, pages)")
    async def conversations(shop_id: str, request: Request) -> dict[str, Any]:
        return await run(logbook.conversations, shop_id, dict(request.query_params))

    @router.get("/conversations/{conversation_id}", summary="One logged conversation's events, oldest first")
    async def conversation(shop_id: str, conversation_id: str) -> dict[str, Any]:
        return await run(logbook.conversation, shop_id, conversation_id)

    @router.get("/stats", summary="The dashboard's figures over the last days (1..90)")
    async def stats(shop_id: str, request: Request) -> dict[str, Any]:
        return await run(logbook.stats, shop_id, dict(request.query_params))

    @router.get("/unanswered", summary="Recent questions the bot did not answer, grouped")
    async def unanswered(shop_id: str) -> dict[str, Any]:
        return {"groups": await run(admin.unanswered, shop_id)}

    @router.post("/unanswered/adopt", summary="Script a group: as example questions of an intent, or a keyword rule")
    async def adopt(shop_id: str, request: Request) -> JSONResponse:
        body = await json_body(request)
        texts = body.get("texts") if isinstance(body, dict) else None
        if not isinstance(texts, list) or not texts or not all(isinstance(t, str) and t.strip() for t in texts):
            raise ApiError(422, "invalid_request", "texts 要写这一组买家的问题")
        if body.get("keyword_rule") is not None:
            rule = body["keyword_rule"]
            return await edit(request, shop_id, add_keyword_rule(rule), f"把 {len(texts)} 个问题做成关键词回复")
        intent = body.get("intent")
        if intent not in INTENT_NAMES:
            raise ApiError(422, "unknown_intent", f"intent 要写这些之一: {', '.join(INTENT_NAMES)}")
        if intent == (await run(admin.live, shop_id)).engine.fallback_intent:  # its examples change no answer
            raise ApiError(422, "other_hands_off",
                           f"「{case_labels().title(intent)}」不回答具体的问题:这类问题会被礼貌地岔开或转给同事,"
                           "加成它的例句,买家也得不到答案。请选这些问题真正在问的类别(例如「尺码」「发货」),"
                           "或者做成一条关键词回复,写上要回的话")
        return await edit(request, shop_id, add_examples(intent, [t.strip() for t in texts]),
                          f"把 {len(texts)} 个问题加为「{case_labels().title(intent)}」的例句")

    @router.get("/export", summary="The shop file (YAML), as the engine loads it")
    async def export(shop_id: str) -> Response:
        live = await run(admin.live, shop_id)
        return Response(live.draft.text, media_type="application/x-yaml; charset=utf-8",
                        headers={"ETag": etag(live.number),
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
