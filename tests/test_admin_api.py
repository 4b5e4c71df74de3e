"""The admin API (``/api/shops/{id}``) through FastAPI's TestClient, on a real SQLite file,
with a clock the tests move by hand: who may use it, every kind of edit live for the next
buyer message through the signed webhook, edits rejected with nothing changed, revisions
and If-Match, try-it with an unsaved edit, the unanswered questions, export and import.

Shared helpers are at the top; ``AdminClient`` (tests/support.py) keeps the ETag."""

from __future__ import annotations

import hashlib
import itertools
import os
import re
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import support
from fastapi.testclient import TestClient
from servers import SECRET, Clock, shop_time, write_shop
from support import ADMIN_TOKEN, AdminClient, admin_error

from admin.cases import case_labels
from botcore.shop.editing import from_yaml
from botcore.shop.shopfile import load_shop
from engine.policy import CONTEXT_CHANCE
from server import create_app
from serving.settings import ServerSettings, load_settings, shop_entries

#: A Friday, two hours before the 16:00 cut-off, during the shop's 双十二预热 promotion.
START = shop_time(2026, 11, 20, 14, 0)
COMPLAINT = "衣服一洗就掉色,太差劲了,我要投诉你们"
A_SHIP = ["A版:{cutoff}前付款{ship_day}发{courier}"]
B_SHIP = ["B版:{cutoff}前付款{ship_day}发{courier}"]


@dataclass
class Served(support.Served):
    """One app on its own SQLite file, asked as a buyer would ask it."""

    _conversations: Iterator[int] = field(default_factory=itertools.count)

    def ask(self, text: str, item_id: str | None = "dress-floral") -> dict[str, Any]:
        """A buyer's first message in a new conversation: the decision as the shop is now."""
        self.clock.advance(1)
        return self.hook.say(f"ask-{next(self._conversations)}", text, item_id=item_id)

    def case(self, key: str) -> dict[str, Any]:
        """One reply case of the shop overview (defaults, custom wordings, placeholders)."""
        intent = key.partition(".")[0]
        [found] = [c for i in self.admin.read()["intents"] if i["intent"] == intent for c in i["cases"]
                   if c["key"] == key]
        return found


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with Served.on_sqlite(tmp_path / "state.db", Clock(START)) as served:
        yield served


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def dress(data: dict[str, Any], **changes: Any) -> dict[str, Any]:
    """The example's dress-floral (products[0]) as shop data, with some fields changed."""
    product = next(p for p in data["products"] if p["id"] == "dress-floral")
    return {**product, **changes}


# --------------------------------------------------------------------------- who may use it

QIQI_TOKEN = "qiqi-admin-token-0123456789"
LANLAN_TOKEN = "lanlan-admin-token-9876543210"


@pytest.fixture(scope="module")
def three_shops(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """qiqi (token in QIQI_ADMIN_TOKEN), lanlan (token's SHA-256 in the shops file) and
    plain (no admin token at all), served by one app."""
    folder = tmp_path_factory.mktemp("shops")
    for name in ("qiqi", "lanlan", "plain"):
        write_shop(folder / f"{name}.yaml", name=f"{name}的店")
    (folder / "shops.yaml").write_text(
        "shops:\n"
        "  qiqi: {file: qiqi.yaml, secret_env: QIQI_SECRET, admin_token_env: QIQI_ADMIN_TOKEN}\n"
        "  lanlan: {file: lanlan.yaml, secret: lanlan-secret-0123456789,"
        f" admin_token_sha256: {sha256(LANLAN_TOKEN)}}}\n"
        "  plain: {file: plain.yaml, secret: plain-secret-0123456789}\n", "utf-8")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("QIQI_SECRET", "qiqi-secret-0123456789")
        env.setenv("QIQI_ADMIN_TOKEN", QIQI_TOKEN)
        settings = ServerSettings(shops=str(folder / "shops.yaml"), state=f"sqlite:///{folder}/state.db")
        with TestClient(create_app(settings, clock=Clock(START)), raise_server_exceptions=False) as client:
            yield client


@pytest.mark.parametrize(
    ("shop", "authorization", "status", "code"),
    [
        ("qiqi", None, 401, "missing_token"),
        ("qiqi", "Bearer ", 401, "missing_token"),
        ("qiqi", f"Basic {QIQI_TOKEN}", 401, "missing_token"),
        ("qiqi", "Bearer not-the-token-0123456789", 401, "bad_token"),
        ("qiqi", f"Bearer {LANLAN_TOKEN}", 403, "wrong_shop"),
        ("qiqi", f"Bearer {QIQI_TOKEN}", 200, None),
        ("qiqi", f"bearer {QIQI_TOKEN}", 200, None),
        ("lanlan", None, 401, "missing_token"),
        ("lanlan", f"Bearer {sha256(LANLAN_TOKEN)}", 401, "bad_token"),  # the hash is not the token
        ("lanlan", f"Bearer {QIQI_TOKEN}", 403, "wrong_shop"),
        ("lanlan", f"Bearer {LANLAN_TOKEN}", 200, None),
        ("plain", f"Bearer {QIQI_TOKEN}", 403, "wrong_shop"),
        ("plain", "Bearer some-token-0123456789", 401, "admin_disabled"),
    ],
)
def test_only_the_shops_own_token_opens_its_admin_api(
    three_shops: TestClient, shop: str, authorization: str | None, status: int, code: str | None
) -> None:
    headers = {"Authorization": authorization} if authorization is not None else {}
    response = three_shops.get(f"/api/shops/{shop}", headers=headers)
    if code is None:
        assert response.status_code == 200, response.text
        assert response.json()["name"] == f"{shop}的店"
        assert response.headers["etag"] == '"rev-1"'
        return
    error = admin_error(response, status)
    assert error["code"] == code
    if code == "wrong_shop":
        assert error["message"] == f"这个令牌不能管理店铺 {shop}"
    elif code == "admin_disabled":
        assert "XIAOER_ADMIN_TOKEN" in error["message"] and "admin_token_env" in error["message"]
    else:
        assert "令牌" in error["message"]


@pytest.mark.parametrize(("method", "path"), [("PATCH", ""), ("PUT", "/replies/thanks.thanks"),
                                              ("POST", "/revisions/1/rollback"), ("PUT", "/import"),
                                              ("GET", "/export"), ("GET", "/revisions"), ("POST", "/try")])
def test_another_shops_token_can_neither_read_nor_change_a_shop(three_shops: TestClient, method: str,
                                                                path: str) -> None:
    lanlan = AdminClient(three_shops, "lanlan", LANLAN_TOKEN)
    before = lanlan.snapshot()
    intruder = AdminClient(three_shops, "lanlan", QIQI_TOKEN)
    response = intruder.request(method, path, if_match='"rev-1"', json={"texts": ["改掉"]})
    assert admin_error(response, 403)["code"] == "wrong_shop"
    assert lanlan.snapshot() == before


BODY_ROUTES = [("PATCH", ""), ("PUT", "/replies/stock.size_colours"), ("PUT", "/examples/sizing"),
               ("PUT", "/products/dress-floral"), ("PUT", "/stock"), ("POST", "/try"), ("POST", "/unanswered/adopt")]


@pytest.mark.parametrize("body", [b'{"texts": ["oops"', b"[1]"], ids=["not json", "wrong shape"])
def test_a_request_without_a_token_is_401_whatever_its_body(three_shops: TestClient, body: bytes) -> None:
    answers = {f"{method} {path}": three_shops.request(method, f"/api/shops/qiqi{path}", content=body, headers={
        "If-Match": '"rev-1"', "Content-Type": "application/json"}) for method, path in BODY_ROUTES}
    assert {route: (r.status_code, r.json()["error"]["code"]) for route, r in answers.items()} == {
        route: (401, "missing_token") for route in answers}


def test_tokens_are_kept_only_as_their_sha256(three_shops: TestClient) -> None:
    shops = three_shops.app.state.service.shops
    assert shops.admin_hashes == {"qiqi": sha256(QIQI_TOKEN), "lanlan": sha256(LANLAN_TOKEN), "plain": None}
    kept = repr(vars(shops)) + repr(shop_entries(three_shops.app.state.service.settings))
    assert QIQI_TOKEN not in kept and LANLAN_TOKEN not in kept


def test_an_unknown_shop_is_refused_like_another_shop_so_no_one_learns_which_shops_exist(
        three_shops: TestClient) -> None:
    response = three_shops.get("/api/shops/nobody", headers={"Authorization": f"Bearer {QIQI_TOKEN}"})
    assert admin_error(response, 403) == {"code": "wrong_shop", "message": "这个令牌不能管理店铺 nobody"}
    response = three_shops.get("/api/shops/nobody", headers={"Authorization": "Bearer guessing-0123456789"})
    assert admin_error(response, 401)["code"] in ("bad_token", "admin_disabled")
    assert three_shops.get("/api/shops/nobody").status_code == 401


def test_the_example_shop_takes_its_token_from_XIAOER_ADMIN_TOKEN(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [n for n in os.environ if n.startswith("XIAOER_")]:
        monkeypatch.delenv(name)
    token = "from-the-environment-0123456789"
    monkeypatch.setenv("XIAOER_ADMIN_TOKEN", token)
    monkeypatch.setenv("XIAOER_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("XIAOER_STATE", f"sqlite:///{tmp_path}/state.db")
    settings = load_settings()
    [entry] = shop_entries(settings).values()
    assert entry.admin_token_sha256 == sha256(token)
    with TestClient(create_app(settings, clock=Clock(START))) as client:
        assert client.app.state.service.shops.admin_hashes == {"example": sha256(token)}
        assert token not in repr(vars(client.app.state.service.shops))
        assert AdminClient(client, token=token).read()["name"] == "拾柒衣橱"
        wrong = AdminClient(client, token=ADMIN_TOKEN).request("GET")
        assert admin_error(wrong, 401)["code"] == "bad_token"


# --------------------------------------------------------------------------- reading the shop


def test_the_shop_overview_has_its_revision_data_and_every_reply_case(served: Served) -> None:
    response = served.admin.request("GET")
    assert response.headers["etag"] == '"rev-1"'
    shop = response.json()
    assert (shop["shop_id"], shop["revision"], shop["name"]) == ("example", 1, "拾柒衣橱")
    assert shop["sections"]["replies"] == "话术" and shop["sections"]["keyword_rules"] == "关键词回复"
    assert shop["data"]["shipping"]["ship_from"] == "浙江"
    assert "cutoff" not in shop["data"]["shipping"]  # 16:00 is the default: the data leaves it out
    assert [p["id"] for p in shop["data"]["products"]][:2] == ["dress-floral", "dress-knit"]
    case = served.case("stock.size_colours")
    assert [p["name"] for p in case["placeholders"]] == [
        "shop_name", "agent", "product", "size", "colours", "colour_label"]
    assert case["defaults"] == ["亲，{size}目前有货的{colour_label}：{colours}～",
                                "{product}的{size}现在有{colours}哦，喜欢哪个{colour_label}呢？"]
    assert case["custom"] is None


# --------------------------------------------------------------------------- every edit is live

REPLY_EDITS = [
    ("stock.size_colours", "掌柜说:{size}有{colours}", "有L码吗", "掌柜说:L码有米白色、雾霾蓝、黑色"),
    ("shipping.ship_today", "{cutoff}前拍,{ship_day}走{courier}", "今天能发吗", "16:00前拍,今天走中通"),
    ("bargain.hold_promotion", "不还价哦,{promotion_name}进行中", "能便宜点吗", "不还价哦,双十二预热进行中"),
    ("invoice.available", "{shop_name}开{kinds}", "能开发票吗", "拾柒衣橱开电子普通发票、增值税专用发票"),
]


@pytest.mark.parametrize(("key", "wording", "question", "answer"), REPLY_EDITS, ids=[e[0] for e in REPLY_EDITS])
def test_a_reply_wording_is_live_for_the_next_buyer_and_an_empty_list_restores_the_default(
    served: Served, key: str, wording: str, question: str, answer: str
) -> None:
    assert served.ask(question)["replies"] != [answer]

    saved = served.admin.edit("PUT", f"/replies/{key}", json={"texts": [wording]})
    labels, (intent, _, case) = case_labels(), key.partition(".")
    title, when = f"「{labels.title(intent)}」", f":{labels.case(intent, case)}"  # the summary says it in words
    assert saved == {"revision": 2, "summary": f"给{title}写了 1 条自己的说法{when}", "changes": [f"replies.{key}"]}
    decision = served.ask(question)
    assert decision["mode"] == "auto", decision
    assert decision["replies"] == [answer]
    assert decision["template_ids"] == [f"{key}#1"]
    assert served.case(key)["custom"] == [wording]

    restored = served.admin.edit("PUT", f"/replies/{key}", json={"texts": []})
    assert restored == {"revision": 3, "summary": f"{title}的说法恢复成默认{when}", "changes": [f"replies.{key}"]}
    again = served.ask(question)
    number = int(again["template_ids"][0].removeprefix(f"{key}#"))
    assert 1 <= number <= len(served.case(key)["defaults"])
    assert again["replies"] != [answer]
    assert served.case(key)["custom"] is None
    assert "replies" not in served.admin.read()["data"]


def test_a_keyword_rule_answers_before_the_intents_but_a_complaint_still_hands_off(served: Served) -> None:
    assert served.ask("能放驿站吗")["intents"] == ["logistics"]  # read as a tracking question before
    rule = {"keywords": ["驿站", "快递柜"], "reply": "亲，可以备注放驿站或快递柜哦～{agent}", "intent": "shipping"}
    saved = served.admin.edit("PATCH", json={"keyword_rules": [rule]})
    assert saved == {"revision": 2, "summary": "改了关键词回复「驿站、快递柜」", "changes": ["keyword_rules"]}

    for text in ("能放驿站吗", "有L码吗 放快递柜"):  # the rule wins over the stock question too
        decision = served.ask(text)
        assert decision["mode"] == "auto", decision
        assert decision["replies"] == ["亲，可以备注放驿站或快递柜哦～小柒"]
        assert (decision["intents"], decision["template_ids"]) == (["shipping"], ["keyword_rules[0]"])
        assert decision["reason"] == "本店关键词回复第 1 条"

    complaint = served.ask("放驿站的" + COMPLAINT)
    assert complaint["mode"] == "handoff", complaint
    assert complaint["intents"] == ["human"]
    assert {"type": "flag", "reason": "complaint"} in complaint["actions"]
    assert "keyword_rules[0]" not in complaint["template_ids"]


def test_an_example_question_teaches_the_bot_a_question_it_missed(served: Served) -> None:
    missed = served.ask("梨形身材适合吗")
    assert missed["mode"] == "handoff"  # unsure: handed to a person, at most a guess for the agent

    sizing = served.admin.read()["data"]["matching"]["sizing"]
    examples = [*sizing["examples"], "梨形身材适合吗"]
    saved = served.admin.edit("PUT", "/examples/sizing", json={"examples": examples, "keywords": sizing["keywords"]})
    assert saved == {"revision": 2, "summary": f"给「{case_labels().title('sizing')}」加了 1 个例句",
                     "changes": ["matching.sizing"]}
    assert served.admin.read()["data"]["matching"]["sizing"] == {
        "keywords": {"0.9": ["尺码推荐", "帮我选个码"]},
        "examples": ["我这身材穿哪个合适", "微胖穿哪件好看", "梨形身材适合吗"],
    }

    answered = served.ask("梨形身材适合吗")
    assert (answered["mode"], answered["intents"]) == ("auto", ["sizing"])
    number = int(answered["template_ids"][0].removeprefix("sizing.need_measures#"))
    wording = served.case("sizing.need_measures")["defaults"][number - 1]
    assert answered["replies"] == [wording.format(product="法式碎花长袖连衣裙")]  # it asks for height and weight


def test_quick_phrases_are_offered_beside_a_suggestion(served: Served) -> None:
    phrases = [{"title": "量尺码", "text": "亲，{agent}帮您对照尺码表～", "intents": ["sizing"]},
               {"title": "查物流", "text": "{agent}这就查物流", "intents": ["logistics"]},
               {"title": "稍等", "text": "稍等哦亲"}]
    assert served.admin.edit("PATCH", json={"quick_phrases": phrases})["changes"] == ["quick_phrases"]
    served.hook.status("agent-1", "online")
    assert served.hook.say("qp-1", "在吗")["mode"] == "auto"  # the buyer's first message today
    served.clock.advance(60)

    decision = served.hook.say("qp-1", "160穿多大")
    assert decision["mode"] == "suggest", decision
    assert decision["replies"] == []
    assert decision["suggestions"][0]["intent"] == "sizing"
    assert decision["quick_phrases"] == [{"title": "量尺码", "text": "亲，小柒帮您对照尺码表～"},
                                         {"title": "稍等", "text": "稍等哦亲"}]


SCARF = {"name": "羊绒围巾", "aliases": ["围巾"], "category": "配饰", "price": 129.0, "colours": ["灰色", "驼色"],
         "sizes": ["均码"], "stock": {"灰色": {"均码": 12}, "驼色": {"均码": 0}}}


def _answer(decision: dict[str, Any]) -> str:
    """The answer: sent when the bot is sure, drafted for the agent otherwise."""
    return str(decision["replies"][0] if decision["mode"] == "auto" else decision["suggestions"][0]["text"])


def test_a_product_put_is_answered_from_its_facts_and_a_deleted_one_is_gone(served: Served) -> None:
    assert served.ask("围巾有驼色吗", item_id=None)["template_ids"][0].startswith("stock.which_product#")

    saved = served.admin.edit("PUT", "/products/scarf-wool", json=SCARF)
    assert saved == {"revision": 2, "summary": "加了商品「羊绒围巾」", "changes": ["products.scarf-wool"]}
    assert served.admin.read()["data"]["products"][-1] == {"id": "scarf-wool", **SCARF}
    sold_out = served.ask("围巾有驼色吗", item_id=None)
    assert sold_out["template_ids"][0].startswith("stock.sold_out"), sold_out
    assert "驼色" in _answer(sold_out)
    in_stock = served.ask("围巾有灰色吗", item_id=None)
    assert in_stock["template_ids"][0].startswith("stock.in_stock#"), in_stock  # one size: the colour is the variant
    assert "灰色" in _answer(in_stock)

    restocked = {**SCARF, "stock": {"灰色": {"均码": 12}, "驼色": {"均码": 30}}}
    assert served.admin.edit("PUT", "/products/scarf-wool", json=restocked)["changes"] == ["products.scarf-wool"]
    assert served.ask("围巾有驼色吗", item_id=None)["template_ids"][0].startswith("stock.in_stock#")
    assert [p["id"] for p in served.admin.read()["data"]["products"]].count("scarf-wool") == 1

    deleted = served.admin.edit("DELETE", "/products/scarf-wool")
    assert deleted == {"revision": 4, "summary": "删了商品「羊绒围巾」", "changes": ["products.scarf-wool"]}
    assert "scarf-wool" not in [p["id"] for p in served.admin.read()["data"]["products"]]
    assert served.ask("围巾有驼色吗", item_id=None)["template_ids"][0].startswith("stock.which_product#")
    again = served.admin.reject("DELETE", "/products/scarf-wool")
    assert (again["code"], again["problems"][0]["field"]) == ("unknown_product", "products.scarf-wool")


@pytest.mark.parametrize("product", ["dress-floral", "法式碎花长袖连衣裙"], ids=["by id", "by name"])
def test_a_stock_count_set_to_zero_is_answered_as_sold_out(served: Served, product: str) -> None:
    before = served.ask("黑色M码还有吗")
    assert before["template_ids"][0].startswith("stock.in_stock#")

    saved = served.admin.edit("PUT", "/stock", json={"product": product, "colour": "黑色", "size": "M", "count": 0})
    assert saved == {"revision": 2, "summary": "库存:法式碎花长袖连衣裙 黑色 M 从 35 改成 0",
                     "changes": ["products.dress-floral"]}
    stock = dress(served.admin.read()["data"])["stock"]
    assert stock["黑色"] == {"S": 22, "M": 0, "L": 28, "XL": 3}
    assert stock["米白色"] == {"S": 18, "M": 32, "L": 26, "XL": 11}

    after = served.ask("黑色M码还有吗")
    assert after["mode"] == "auto"
    assert after["template_ids"][0].startswith("stock.sold_out#"), after
    assert "黑色 M码" in after["replies"][0] and "米白色 M码" in after["replies"][0]  # and what is left


CSV_FILES = {
    "utf-8": "product,colour,size,stock\ndress-floral,雾霾蓝,L,0\n法式碎花长袖连衣裙,雾霾蓝,M,\"1,200\"\n".encode(),
    "utf-8 with BOM": "\ufeff商品编码,颜色,尺码,库存\r\ndress-floral,雾霾蓝,L,0\r\ndress-floral,雾霾蓝,M,1200\r\n"
                      .encode(),
    "GBK": "商家编码,颜色分类,尺寸,可售库存\r\ndress-floral,雾霾蓝,L,0\r\n法式碎花长袖连衣裙,雾霾蓝,M,\"1,200\"\r\n"
           .encode("gbk"),
    "tab-separated": "商品编码\t颜色\t尺码\t库存\ndress-floral\t雾霾蓝\tL\t0\ndress-floral\t雾霾蓝\tM\t1,200\n"
                     .encode(),
    "columns in another order": "库存,尺码,颜色,商品名称\n0,L,雾霾蓝,法式碎花长袖连衣裙\n1200,M,雾霾蓝,dress-floral\n"
                                .encode("gbk"),
    # an ERP export: 可用库存, and colour and size in one 销售属性 column
    "ERP export": ("商家编码,销售属性,可用库存\n"
                   "dress-floral,颜色分类:雾霾蓝;尺码:L,0\ndress-floral,颜色分类:雾霾蓝;尺码:M,1200\n").encode(),
}


@pytest.mark.parametrize("raw", CSV_FILES.values(), ids=CSV_FILES.keys())
def test_a_stock_csv_is_applied_and_answered(served: Served, raw: bytes) -> None:
    saved = served.admin.edit("POST", "/stock.csv", content=raw, headers={"Content-Type": "text/csv"})
    assert saved == {"revision": 2, "summary": "导入库存:改了 2 个库存数(法式碎花长袖连衣裙 2 个)",
                     "changes": ["products.dress-floral"]}
    stock = dress(served.admin.read()["data"])["stock"]
    assert stock["雾霾蓝"] == {"S": 14, "M": 1200, "L": 0, "XL": 10}
    assert stock["黑色"] == {"S": 22, "M": 35, "L": 28, "XL": 3}

    decision = served.ask("雾霾蓝L码还有吗")
    assert decision["template_ids"][0].startswith("stock.sold_out#"), decision
    assert "雾霾蓝 L码" in decision["replies"][0]


def _shipping(data: dict[str, Any]) -> dict[str, Any]:
    return {**data["shipping"], "cutoff": "18:30", "default_courier": "顺丰"}


SECTION_EDITS = [
    pytest.param("shipping", _shipping, "今天能发吗", "shipping.ship_today#", ["18:30"], id="shipping cut-off"),
    pytest.param("shipping", _shipping, "发什么快递", "shipping.courier_default#", ["发顺丰"], id="shipping courier"),
    pytest.param("bargain", lambda data: {"negotiable": False}, "能便宜点吗", "bargain.fixed", [], id="bargain"),
    pytest.param("bargain", lambda data: {**data["bargain"], "gift": "一条真丝发带"}, "能便宜点吗 送点什么吧",
                 "bargain.gift", ["一条真丝发带"], id="bargain gift"),
    pytest.param("promotions", lambda data: [{"name": "店庆", "description": "全店满200减40", "start": "2026-11-18",
                                              "end": "2026-11-30"}], "在吗", "greeting.welcome_promotion#",
                 ["店庆", "全店满200减40"], id="promotions"),
    pytest.param("settings", lambda data: {**data.get("settings", {}), "show_stock_counts": True}, "黑色XL还有吗",
                 "stock.low_stock_count#", ["3件"], id="settings"),
    pytest.param("shop", lambda data: {**data["shop"], "name": "拾捌衣橱", "agent_nickname": "小捌"}, "你好",
                 "greeting.", ["拾捌衣橱"], id="shop"),
]


@pytest.mark.parametrize(("section", "change", "question", "template", "fragments"), SECTION_EDITS)
def test_a_section_replaced_by_patch_is_live(served: Served, section: str, change: Callable[[dict], Any],
                                             question: str, template: str, fragments: list[str]) -> None:
    value = change(served.admin.read()["data"])
    saved = served.admin.edit("PATCH", json={section: value})
    assert saved["revision"] == 2
    assert saved["changes"] and all(path.split(".")[0] == section for path in saved["changes"])
    decision = served.ask(question)
    assert decision["mode"] == "auto", decision
    assert decision["template_ids"][0].startswith(template), decision
    assert all(fragment in decision["replies"][0] for fragment in fragments), decision["replies"]


def test_autoreply_never_leaves_every_answer_to_the_agents(served: Served) -> None:
    assert served.ask("有L码吗")["mode"] == "auto"
    saved = served.admin.edit("PATCH", json={"autoreply": {"mode": "never"}})
    assert saved["changes"] == ["autoreply.when", "autoreply.mode"]  # a section is replaced whole
    decision = served.ask("有L码吗")
    assert decision["mode"] == "suggest", decision
    assert decision["replies"] == []
    assert "米白色" in decision["suggestions"][0]["text"]
    served.admin.edit("PATCH", json={"autoreply": {"mode": "always"}})
    assert served.ask("有L码吗")["mode"] == "auto"


# --------------------------------------------------------------------------- rejected edits change nothing


def _chart(*rows: tuple[str, list[float]]) -> list[dict[str, Any]]:
    return [{"size": size, "height": height} for size, height in rows]


def _put_dress(**changes: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: {"json": dress(data, **changes)}


def _csv(text: str) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: {"content": text.encode()}


def _body(value: Any) -> Callable[[dict[str, Any]], dict[str, Any]]:
    return lambda data: {"json": value}


INVALID_EDITS = [
    pytest.param("PUT", "/replies/stock.size_colours", _body({"texts": ["亲，{price}有货"]}), "unknown_placeholder",
                 "replies.stock.size_colours[0]", ["{price}", "未知的占位符", "{colours}"], id="unknown placeholder"),
    pytest.param("PUT", "/replies/stock.size_colours", _body({"texts": ["{x.__class__}"]}), "attribute_placeholder",
                 "replies.stock.size_colours[0]", ["{x.__class__}", "不允许"], id="attribute placeholder"),
    pytest.param("PUT", "/replies/stock.size_colours", _body({"texts": ["亲，有的", "  "]}), "empty_template",
                 "replies.stock.size_colours[1]", ["话术 stock.size_colours 的第 2 条 是空的"], id="empty template"),
    pytest.param("PUT", "/replies/stock.no_such_case", _body({"texts": ["亲"]}), "unknown_reply_key",
                 "replies.stock.no_such_case", ["没有 stock.no_such_case 这个话术位置"], id="unknown reply case"),
    pytest.param("PUT", "/products/dress-floral", _put_dress(size_chart=_chart(("S", [150, 158]), ("M", [156, 161]))),
                 "size_chart_overlap", "products[0]", ["尺码表身高", "S (150-158cm)", "M (156-161cm)", "重叠"],
                 id="size chart overlap"),
    pytest.param("PUT", "/products/dress-floral", _put_dress(size_chart=_chart(("S", [156, 150]))), "range_inverted",
                 "products[0].size_chart[0].height", ["身高范围", "写反了"], id="size chart inverted"),
    pytest.param("PUT", "/products/dress-floral",
                 _put_dress(stock={"黑色": {"S": -3, "M": 35, "L": 28, "XL": 3}}), "negative_stock",
                 "products[0].stock.黑色.S", ["不能小于 0", "-3"], id="negative stock in a product"),
    pytest.param("PUT", "/stock", _body({"product": "dress-floral", "colour": "黑色", "size": "M", "count": -1}),
                 "negative_stock", "products[0].stock.黑色.M", ["-1"], id="negative stock"),
    pytest.param("PUT", "/stock", _body({"product": "dress-floral", "colour": "紫色", "size": "M", "count": 1}),
                 "csv_unknown_colour", "stock", ["没有颜色「紫色」"], id="stock of an unknown colour"),
    pytest.param("POST", "/stock.csv",
                 _csv("product,colour,size,stock\ndress-floral,黑色,S,5\ndress-floral,黑色,M,-2\n"),
                 "negative_stock", "stock.csv 第 3 行", ["库存 -2 是负数"], id="negative stock in a CSV"),
    pytest.param("POST", "/stock.csv", _csv("商品编码,颜色,尺码,库存\nno-such-dress,黑色,M,3\n"), "csv_unknown_product",
                 "stock.csv 第 2 行", ["没有商品「no-such-dress」"], id="CSV unknown product"),
    pytest.param("POST", "/stock.csv", _csv("商品编码,颜色,尺码,库存\ndress-floral,黑色,XXXL,3\n"), "csv_unknown_size",
                 "stock.csv 第 2 行", ["没有尺码「XXXL」", "S、M、L、XL"], id="CSV unknown size"),
    pytest.param("POST", "/stock.csv", _csv("商品编码,颜色,尺码,库存\ndress-floral,紫色,M,3\n"), "csv_unknown_colour",
                 "stock.csv 第 2 行", ["没有颜色「紫色」", "米白色、雾霾蓝、黑色"], id="CSV unknown colour"),
    pytest.param("POST", "/stock.csv", _csv("商品编码,颜色,尺码\ndress-floral,紫色,M\n"), "csv_bad_header",
                 "stock.csv 第 1 行", ["表头缺少 stock 列"], id="CSV without a stock column"),
    pytest.param("PATCH", "", _body({"nonsense": {}}), "unknown_field", "nonsense", ["没有「nonsense」这一部分"],
                 id="unknown section"),
    pytest.param("PUT", "/examples/no_such_intent", _body({"examples": ["这个能洗吗"]}), "unknown_intent",
                 "matching.no_such_intent", ["没有 no_such_intent 这个意图"], id="examples of an unknown intent"),
    pytest.param("PATCH", "", _body({"keyword_rules": [{"keywords": ["礼盒"], "reply": "有的", "intent": "gift"}]}),
                 "unknown_intent", "keyword_rules[0].intent", ["没有「gift」这个意图"], id="keyword rule intent"),
    pytest.param("PATCH", "", _body({"keyword_rules": [{"keywords": ["礼盒"], "reply": "有的{size}"}]}),
                 "unknown_placeholder", "keyword_rules[0].reply", ["{size}"], id="keyword rule placeholder"),
    pytest.param("PATCH", "", _body({"quick_phrases": [{"title": "查", "text": "好的", "intents": ["gift"]}]}),
                 "unknown_intent", "quick_phrases[0].intents", ["没有「gift」这个意图"], id="quick phrase intent"),
    pytest.param("PATCH", "", _body({"settings": {"auto_threshold": 0.3, "suggest_threshold": 0.5}}),
                 "threshold_order", "settings", ["suggest_threshold (0.5) 不能大于 auto_threshold (0.3)"],
                 id="thresholds"),
    pytest.param("PATCH", "", lambda data: {"json": {"shipping": {**data["shipping"], "default_courier": "飞鸽"}}},
                 "unknown_courier", "shipping", ["default_courier「飞鸽」"], id="unknown courier"),
    pytest.param("PATCH", "", _body({"promotions": [{"name": "店庆", "description": "满减", "start": "2026-12-01",
                                                     "end": "2026-11-01"}]}),
                 "date_order", "promotions[0]", ["结束日期 2026-11-01 早于开始日期 2026-12-01"], id="promotion dates"),
]


@pytest.mark.parametrize(("method", "path", "body", "code", "where", "fragments"), INVALID_EDITS)
def test_an_invalid_edit_is_422_with_its_code_and_field_and_nothing_changes(
    served: Served, method: str, path: str, body: Callable[[dict[str, Any]], dict[str, Any]], code: str, where: str,
    fragments: list[str],
) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject(method, path, **body(served.admin.read()["data"]))
    assert error["code"] == code
    assert error["problems"][0]["field"] == where and error["problems"][0]["code"] == code
    assert error["message"].startswith(f"没有保存:{where} ")
    missing = [fragment for fragment in fragments if fragment not in error["message"]]
    assert not missing, error["message"]
    assert served.admin.snapshot() == before


@pytest.mark.parametrize(
    ("method", "path"),
    [("PATCH", ""), ("PUT", "/replies/stock.size_colours"), ("PUT", "/examples/sizing"),
     ("PUT", "/products/dress-floral"), ("PUT", "/stock"), ("POST", "/try"), ("POST", "/unanswered/adopt")],
)
def test_a_body_that_is_not_json_is_400_and_changes_nothing(served: Served, method: str, path: str) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject(method, path, 400, content=b'{"texts": ["oops"', headers={"Content-Type":
                                                                                           "application/json"})
    assert error["code"] == "malformed_json"
    assert "not valid JSON" in error["message"]
    assert served.admin.snapshot() == before


@pytest.mark.parametrize(
    ("method", "path", "body", "fragment"),
    [("PUT", "/replies/stock.size_colours", {"texts": "亲，有的"}, "话术的列表"),
     ("PUT", "/stock", {"product": "dress-floral", "colour": "黑色", "size": "M", "count": "3"}, "count 要写整数"),
     ("PUT", "/stock", {"product": "dress-floral", "colour": "黑色", "size": "M", "count": True}, "count 要写整数"),
     ("PATCH", "", {}, "请求体要写 {部分名: 新内容}"),
     ("PUT", "/products/dress-floral", ["dress-floral"], "请求体要写一个商品")],
    ids=["texts not a list", "count as text", "count as true", "empty patch", "product not a table"],
)
def test_a_request_of_the_wrong_shape_is_invalid_request(served: Served, method: str, path: str, body: Any,
                                                         fragment: str) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject(method, path, json=body)
    assert error["code"] == "invalid_request"
    assert fragment in error["message"]
    assert served.admin.snapshot() == before


def _good_rows(data: dict[str, Any], n: int) -> list[str]:
    every = [(p["id"], colour, size) for p in data["products"] for colour in p["colours"] for size in p["sizes"]]
    return [f"{pid},{colour},{size},{i % 40}" for i, (pid, colour, size) in zip(range(n), itertools.cycle(every))]


@pytest.mark.parametrize(
    ("bad", "code", "fragment"),
    [("dress-floral,紫色,M,3", "csv_unknown_colour", "「紫色」"),
     ("dress-floral,黑色,XXXL,3", "csv_unknown_size", "「XXXL」"),
     ("no-such-dress,黑色,M,3", "csv_unknown_product", "「no-such-dress」"),
     ("dress-floral,黑色,M,-4", "negative_stock", "-4"),
     ("dress-floral,黑色,M,三件", "csv_bad_count", "「三件」")],
    ids=["unknown colour", "unknown size", "unknown product", "negative", "not a number"],
)
def test_one_bad_line_among_a_thousand_rejects_the_whole_csv(served: Served, bad: str, code: str,
                                                              fragment: str) -> None:
    good = _good_rows(served.admin.read()["data"], 1000)
    # header on line 1, good rows on lines 2-601, a blank line 602, the bad one on 603
    text = "product,colour,size,stock\n" + "\n".join([*good[:600], "", bad, *good[600:]]) + "\n"
    before = served.admin.snapshot()
    error = served.admin.reject("POST", "/stock.csv", content=text.encode())
    assert error["code"] == code
    assert [(p["field"], p["code"]) for p in error["problems"]] == [("stock.csv 第 603 行", code)]
    assert fragment in error["problems"][0]["message"]
    assert served.admin.snapshot() == before

    saved = served.admin.edit("POST", "/stock.csv", content=text.replace(bad + "\n", "").encode())
    assert saved["revision"] == 2
    last = [row for row in good if row.startswith("dress-floral,米白色,S,")][-1]  # the last row of a variant wins
    assert dress(served.admin.read()["data"])["stock"]["米白色"]["S"] == int(last.rsplit(",", 1)[1])


def test_a_count_that_is_not_a_number_is_a_bad_count_not_a_server_error(served: Served) -> None:
    before = served.admin.snapshot()
    for count in ("--5", "²", "①"):  # str.isdigit() says yes to these, int() says no
        response = served.admin.request("POST", "/stock.csv", if_match=served.admin.etag,
                                        content=f"product,colour,size,stock\ndress-floral,黑色,M,{count}\n".encode())
        error = admin_error(response, 422)
        assert (error["code"], error["problems"][0]["field"]) == ("csv_bad_count", "stock.csv 第 2 行"), count
    assert served.admin.snapshot() == before


# --------------------------------------------------------------------------- revisions


def test_revisions_list_who_changed_what_and_one_revision_has_its_yaml(served: Served) -> None:
    owner = AdminClient(served.client, editor="xiaoqi")
    owner.edit("PUT", "/replies/shipping.ship_today", json={"texts": A_SHIP})
    owner.edit("PUT", "/stock", json={"product": "dress-floral", "colour": "黑色", "size": "M", "count": 0})
    served.clock.advance(90)
    AdminClient(served.client).edit("PUT", "/replies/shipping.ship_today",
                                    json={"texts": B_SHIP})

    revisions = served.admin.get("/revisions")["revisions"]
    title, case = case_labels().title("shipping"), case_labels().case("shipping", "ship_today")
    assert [(r["number"], r["author"], r["summary"], r["changes"], r["from_file"]) for r in revisions] == [
        (4, "店主", f"改了 1 条「{title}」的说法:{case}", ["replies.shipping.ship_today"], False),
        (3, "xiaoqi", "库存:法式碎花长袖连衣裙 黑色 M 从 35 改成 0", ["products.dress-floral"], False),
        (2, "xiaoqi", f"给「{title}」写了 1 条自己的说法:{case}", ["replies.shipping.ship_today"], False),
        (1, "店铺文件", "导入店铺文件 clothing.yaml", ["(整个店铺)"], True),
    ]
    assert [r["at"] for r in revisions] == [START + 90, START, START, START]
    assert [r["number"] for r in served.admin.get("/revisions", params={"limit": 2})["revisions"]] == [4, 3]

    second = served.admin.get("/revisions/2")
    assert {k: v for k, v in second.items() if k != "text"} == revisions[2]
    assert from_yaml(second["text"]).data["replies"] == {
        "shipping.ship_today": A_SHIP}
    assert admin_error(served.admin.request("GET", "/revisions/9"), 404)["code"] == "unknown_revision"


@pytest.mark.parametrize("header", ["小柒".encode(), "%E5%B0%8F%E6%9F%92"], ids=["utf-8 bytes", "percent-encoded"])
def test_the_editor_may_give_a_chinese_name(served: Served, header: bytes | str) -> None:
    served.admin.read()
    response = served.admin.request("PUT", "/replies/thanks.thanks", if_match=served.admin.etag,
                                    headers={"X-Xiaoer-Editor": header}, json={"texts": ["不客气哦亲"]})
    assert response.status_code == 200, response.text
    assert served.admin.get("/revisions")["revisions"][0]["author"] == "小柒"


def test_a_diff_shows_the_changed_wording(served: Served) -> None:
    served.admin.edit("PUT", "/replies/shipping.ship_today", json={"texts": A_SHIP})
    served.admin.edit("PUT", "/replies/shipping.ship_today", json={"texts": B_SHIP})

    diff = served.admin.get("/diff", params={"a": 2, "b": 3})
    assert (diff["a"], diff["b"]) == (2, 3)
    assert diff["diff"][:2] == ["--- 第 2 版", "+++ 第 3 版"]
    changed = [line for line in diff["diff"][2:] if line[:1] in "+-" and not line.startswith("@@")]
    assert changed == ["-  - A版:{cutoff}前付款{ship_day}发{courier}", "+  - B版:{cutoff}前付款{ship_day}发{courier}"]
    assert served.admin.get("/diff", params={"a": 3, "b": 3})["diff"] == []
    assert admin_error(served.admin.request("GET", "/diff", params={"a": 1, "b": 7}), 404)["message"] == "没有第 7 版"


def test_rollback_restores_the_exact_replies_as_a_new_revision(served: Served) -> None:
    first = served.admin.export()
    served.admin.edit("PUT", "/replies/shipping.ship_today", json={"texts": A_SHIP})
    served.admin.edit("PUT", "/replies/stock.size_colours", json={"texts": ["A版:{size}有{colours}"]})
    served.admin.edit("PUT", "/replies/shipping.ship_today", json={"texts": ["B版:{cutoff}前{ship_day}发", "B2"]})
    served.admin.edit("PUT", "/replies/stock.size_colours", json={"texts": []})
    assert served.ask("今天能发吗")["template_ids"][0].startswith("shipping.ship_today#")

    back = served.admin.edit("POST", "/revisions/3/rollback")
    assert back == {"revision": 6, "summary": "回到第 3 版",
                    "changes": ["replies.shipping.ship_today", "replies.stock.size_colours"]}
    assert served.admin.export() == served.admin.get("/revisions/3")["text"]
    assert served.admin.read()["data"]["replies"] == {"shipping.ship_today": A_SHIP,
                                                      "stock.size_colours": ["A版:{size}有{colours}"]}
    assert served.ask("今天能发吗")["replies"] == ["A版:16:00前付款今天发中通"]
    assert served.ask("有L码吗")["replies"] == ["A版:L码有米白色、雾霾蓝、黑色"]
    assert [r["number"] for r in served.admin.get("/revisions")["revisions"]] == [6, 5, 4, 3, 2, 1]

    assert served.admin.edit("POST", "/revisions/1/rollback")["revision"] == 7
    assert served.admin.export() == first
    assert admin_error(served.admin.request("POST", "/revisions/99/rollback", if_match='"rev-7"'), 404)["code"] \
        == "unknown_revision"
    assert served.admin.revision() == 7


def test_a_change_without_if_match_is_428_and_with_a_stale_one_409(served: Served) -> None:
    before = served.admin.snapshot()
    body = {"texts": ["不客气哦亲"]}
    missing = admin_error(served.admin.request("PUT", "/replies/thanks.thanks", json=body), 428)
    assert missing["code"] == "if_match_required"
    assert 'If-Match: "rev-1"' in missing["message"]
    stale = admin_error(served.admin.request("PUT", "/replies/thanks.thanks", if_match='"rev-0"', json=body), 409)
    assert stale["code"] == "revision_conflict"
    assert "第 1 版" in stale["message"]
    assert served.admin.snapshot() == before


def test_two_owners_editing_at_once_the_second_gets_409_and_is_not_saved(served: Served) -> None:
    first, second = AdminClient(served.client, editor="first"), AdminClient(served.client, editor="second")
    first.read()
    second.read()
    assert first.etag == second.etag == '"rev-1"'

    first.edit("PUT", "/replies/thanks.thanks", json={"texts": ["第一位的话术"]})
    error = second.reject("PUT", "/replies/thanks.thanks", 409, json={"texts": ["第二位的话术"]})
    assert error["code"] == "revision_conflict"
    text = served.admin.export()
    assert "第一位的话术" in text and "第二位的话术" not in text
    assert [r["author"] for r in served.admin.get("/revisions")["revisions"]] == ["first", "店铺文件"]

    second.read()  # after reading again, the second owner saves on top of the first
    assert second.edit("PUT", "/replies/thanks.thanks", json={"texts": ["第二位的话术"]})["revision"] == 3


def test_simultaneous_saves_on_one_revision_save_exactly_one(served: Served) -> None:
    writers = 4
    start = threading.Barrier(writers, timeout=30)
    statuses: list[int] = []

    def save(n: int) -> None:
        start.wait()
        response = AdminClient(served.client, editor=f"w{n}").request(
            "PUT", "/replies/thanks.thanks", if_match='"rev-1"', json={"texts": [f"第{n}位的话术"]})
        statuses.append(response.status_code)

    threads = [threading.Thread(target=save, args=(n,)) for n in range(writers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert sorted(statuses) == [200] + [409] * (writers - 1)
    assert served.admin.revision() == 2


# --------------------------------------------------------------------------- try it


def test_try_shows_a_pending_edit_while_the_saved_shop_still_answers_the_old_way(served: Served) -> None:
    pending = {"replies": {"sizing.recommend": ["掌柜推荐{size}码,{height}{weight}正合适"]}}
    response = served.admin.request("POST", "/try", json={"messages": ["160穿多大", "100斤"], "item_id": "dress-floral",
                                                         "pending": pending})
    assert response.status_code == 200, response.text
    tried = response.json()
    assert tried["pending"] is True
    first, follow_up = tried["turns"]
    assert first["message"] == "160穿多大"
    assert first["trace"]["parts"][0]["case"] == "need_weight"
    assert follow_up["message"] == "100斤"
    assert follow_up["mode"] == "auto"
    assert follow_up["text"] == "掌柜推荐M码,160cm 100斤正合适"  # (a measure run into a number: a space between)
    trace = follow_up["trace"]
    assert (trace["intents"], trace["score"]) == (["sizing"], CONTEXT_CHANCE)
    assert trace["evidence"] == ["context:回答了身高体重(0.90)"]  # the follow-up leans on the first message
    [part] = trace["parts"]
    assert (part["intent"], part["case"], part["template"]) == ("sizing", "recommend", "sizing.recommend#1")
    assert part["facts"]["size"] == "M"
    assert (part["facts"]["height"], part["facts"]["weight"]) == ("160cm", "100斤")

    saved = served.admin.request("POST", "/try", json={"messages": ["160穿多大", "100斤"], "item_id": "dress-floral"})
    old = saved.json()["turns"][1]
    assert saved.json()["pending"] is False
    assert old["trace"]["parts"][0]["case"] == "recommend"
    assert "掌柜推荐" not in old["text"] and "M" in old["text"]

    served.hook.say("try-1", "160穿多大")
    served.clock.advance(20)
    live = served.hook.say("try-1", "100斤")
    assert live["template_ids"][0].startswith("sizing.recommend#")
    assert "掌柜推荐" not in live["replies"][0]
    assert served.admin.revision() == 1


def test_try_answers_one_message_with_a_pending_keyword_rule(served: Served) -> None:
    rule = {"keywords": ["礼盒"], "reply": "亲，{shop_name}每件都配礼盒哦～", "intent": "product"}
    body = {"messages": "有礼盒包装吗", "pending": {"keyword_rules": [rule]}}  # one message may be a plain string
    response = served.admin.request("POST", "/try", json=body)
    [turn] = response.json()["turns"]
    assert (turn["text"], turn["mode"]) == ("亲，拾柒衣橱每件都配礼盒哦～", "auto")
    assert turn["trace"]["parts"] == [{"intent": "product", "case": "keyword_rule", "template": "keyword_rules[0]",
                                       "facts": {"keywords": "礼盒"}}]
    assert turn["trace"]["evidence"] == ["rule:关键词回复#1「礼盒」(1.00)"]
    assert served.ask("有礼盒包装吗")["mode"] == "handoff"  # nothing was saved
    assert served.admin.revision() == 1


def test_try_gives_the_same_wording_every_time(served: Served) -> None:
    body = {"messages": ["在吗", "有L码吗", "能便宜点吗"], "item_id": "dress-floral"}
    answers = [[t["text"] for t in served.admin.request("POST", "/try", json=body).json()["turns"]] for _ in range(3)]
    assert answers[0] == answers[1] == answers[2]


@pytest.mark.parametrize(
    ("now", "said", "promotion", "cutoff", "day_off", "ships"),
    [("2026-12-01 15:30", ("2026-12-01 15:30", "周二"), "双十二预热", "16:00", None, "今天"),
     ("2026-12-01T17:05", ("2026-12-01 17:05", "周二"), "双十二预热", "16:00", None, "明天"),
     ("2027-01-01 10:00", ("2027-01-01 10:00", "周五"), "元旦新年福利", None, "店休", "明天"),
     ("2026-12-20 10:00", ("2026-12-20 10:00", "周日"), None, None, "不发货的日子", "明天")],
    ids=["before the cut-off", "a browser's datetime-local", "the shop's day off", "a Sunday"],
)
def test_try_pretends_a_time_and_says_what_applies_then(
        served: Served, now: str, said: tuple[str, str], promotion: str | None, cutoff: str | None,
        day_off: str | None, ships: str) -> None:
    tried = served.admin.request("POST", "/try", json={"messages": ["今天能发货吗"], "now": now}).json()
    assert (tried["now"], tried["weekday"]) == said
    assert (tried["promotion"], tried["cutoff"], tried["day_off"]) == (promotion, cutoff, day_off)
    [turn] = tried["turns"]
    reply = turn["text"] if turn["mode"] == "auto" else turn["suggestion"]
    assert ships in reply, reply  # the ship day follows the pretended time, not the clock


def test_try_says_which_case_answered_and_whether_the_unsaved_edit_was_used(served: Served) -> None:
    pending = {"replies": {"stock.in_stock": ["有货哒,{variant}还有,放心拍"]}}
    body = {"messages": ["你好", "黑色M码有货吗"], "item_id": "dress-floral", "pending": pending,
            "now": "2026-12-01 10:00"}
    greeting, stock = served.admin.request("POST", "/try", json=body).json()["turns"]
    assert greeting["used_pending"] is False  # the edit is about stock: the greeting is what the saved shop says
    assert greeting["cases"] == [{"key": "greeting.welcome_promotion", "title": "买家当天第一次打招呼,欢迎并介绍活动"}]
    assert stock["used_pending"] is True
    assert stock["text"] == "有货哒,黑色 M码还有,放心拍"
    assert [c["key"] for c in stock["cases"]] == ["stock.in_stock"]
    saved = served.admin.request("POST", "/try", json={**body, "pending": None}).json()
    assert [t["used_pending"] for t in saved["turns"]] == [False, False]


def test_try_refuses_a_time_it_cannot_read(served: Served) -> None:
    error = admin_error(served.admin.request("POST", "/try", json={"messages": ["你好"], "now": "下周二"}), 422)
    assert error["code"] == "invalid_time"
    assert "2026-12-01 15:30" in error["message"] and "下周二" in error["message"]


@pytest.mark.parametrize(
    ("body", "code", "fragment"),
    [({"messages": []}, "invalid_request", "messages 要写 1 到 20 句"),
     ({"messages": ["你好"] * 21}, "invalid_request", "messages 要写 1 到 20 句"),
     ({"messages": ["你好", "  "]}, "invalid_request", "messages 要写 1 到 20 句"),
     ({"messages": ["你好"], "pending": ["replies"]}, "invalid_request", "pending 应该是"),
     ({"messages": ["你好"], "pending": {"replies": {"greeting.welcome": ["{nope}"]}}}, "unknown_placeholder",
      "{nope}"),
     ({"messages": ["你好"], "pending": {"bogus": {}}}, "unknown_field", "没有「bogus」这一部分")],
    ids=["no message", "too many", "a blank one", "pending not a table", "pending placeholder", "pending section"],
)
def test_try_rejects_what_it_cannot_answer(served: Served, body: dict[str, Any], code: str, fragment: str) -> None:
    error = admin_error(served.admin.request("POST", "/try", json=body), 422)
    assert error["code"] == code
    assert fragment in error["message"]
    assert served.admin.revision() == 1


# --------------------------------------------------------------------------- unanswered questions


def _unanswered(served: Served) -> list[dict[str, Any]]:
    return served.admin.get("/unanswered")["groups"]


def _send(served: Served, texts: list[str]) -> list[float]:
    """Each text from a new buyer, ten seconds apart; when each was sent."""
    times = []
    for text in texts:
        served.clock.advance(10)
        times.append(served.clock())
        served.hook.say(f"unanswered-{served.clock():.0f}", text)
    return times


def test_unanswered_questions_are_grouped_with_counts_and_latest_time(served: Served) -> None:
    times = _send(served, ["梨形身材适合吗", "能写贺卡吗", "有L码吗", "我梨形身材适合吗", "可以帮我写个贺卡吗",
                           "贺卡能写吗", "梨形身材适合吗", "能放驿站吗"])
    groups = _unanswered(served)
    assert [(g["text"], g["count"], g["latest"], g["texts"]) for g in groups] == [
        ("梨形身材适合吗", 3, times[6], ["梨形身材适合吗", "我梨形身材适合吗"]),
        ("贺卡能写吗", 3, times[5], ["贺卡能写吗", "可以帮我写个贺卡吗", "能写贺卡吗"]),
        ("能放驿站吗", 1, times[7], ["能放驿站吗"]),
    ]  # the biggest first; 有L码吗 was answered and is not there
    assert [g["intent"] for g in groups] == ["sizing", "order_change", "logistics"]  # the engine's best guesses
    assert all(0 < g["score"] <= 1 for g in groups)


def test_a_group_adopted_as_examples_is_answered_and_leaves_the_list(served: Served) -> None:
    _send(served, ["梨形身材适合吗", "能写贺卡吗", "我梨形身材适合吗", "梨形身材适合吗"])
    [pear] = [g for g in _unanswered(served) if g["text"] == "梨形身材适合吗"]

    saved = served.admin.edit("POST", "/unanswered/adopt", json={"texts": pear["texts"], "intent": "sizing"})
    assert saved == {"revision": 2, "summary": "把 2 个问题加为「尺码推荐」的例句", "changes": ["matching.sizing"]}
    sizing = served.admin.read()["data"]["matching"]["sizing"]
    assert sizing["examples"] == ["我这身材穿哪个合适", "微胖穿哪件好看", "梨形身材适合吗", "我梨形身材适合吗"]
    assert sizing["keywords"] == {"0.9": ["尺码推荐", "帮我选个码"]}  # the shop's keywords are kept
    assert [g["text"] for g in _unanswered(served)] == ["能写贺卡吗"]
    for text in pear["texts"]:
        decision = served.ask(text)
        assert (decision["mode"], decision["intents"]) == ("auto", ["sizing"]), decision


def test_a_group_adopted_as_a_keyword_rule_is_answered_and_leaves_the_list(served: Served) -> None:
    _send(served, ["能写贺卡吗", "梨形身材适合吗", "可以帮我写个贺卡吗", "贺卡能写吗"])
    [gift_box] = [g for g in _unanswered(served) if g["text"] == "贺卡能写吗"]
    rule = {"keywords": ["贺卡"], "reply": "亲，{shop_name}可以免费帮您写贺卡哦～", "intent": "product"}

    saved = served.admin.edit("POST", "/unanswered/adopt", json={"texts": gift_box["texts"], "keyword_rule": rule})
    assert saved == {"revision": 2, "summary": "把 3 个问题做成关键词回复", "changes": ["keyword_rules"]}
    assert served.admin.read()["data"]["keyword_rules"][-1] == {**rule, "keywords": ["贺卡"]}
    assert [g["text"] for g in _unanswered(served)] == ["梨形身材适合吗"]
    decision = served.ask("贺卡可以写吗")
    assert decision["replies"] == ["亲，拾柒衣橱可以免费帮您写贺卡哦～"]
    assert decision["template_ids"] == ["keyword_rules[1]"]  # after the example shop's own rule


@pytest.mark.parametrize(
    ("body", "code"),
    [({"texts": [], "intent": "sizing"}, "invalid_request"),
     ({"texts": ["梨形身材适合吗"], "intent": "fashion"}, "unknown_intent"),
     ({"texts": ["梨形身材适合吗"], "keyword_rule": {"keywords": ["梨形"], "reply": "{size}"}}, "unknown_placeholder")],
    ids=["no texts", "unknown intent", "bad rule"],
)
def test_an_adoption_that_cannot_be_served_changes_nothing(served: Served, body: dict[str, Any], code: str) -> None:
    before = served.admin.snapshot()
    assert served.admin.reject("POST", "/unanswered/adopt", json=body)["code"] == code
    assert served.admin.snapshot() == before


def test_adopting_questions_as_chit_chat_is_refused_with_what_to_do_instead(served: Served) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject("POST", "/unanswered/adopt", json={"texts": ["能写贺卡吗"], "intent": "other"})
    assert error["code"] == "other_hands_off"
    assert "闲聊" in error["message"] and "关键词回复" in error["message"] and "other" not in error["message"]
    assert served.admin.snapshot() == before


def test_a_question_handed_off_by_its_case_is_among_the_unanswered(served: Served) -> None:
    # read as a tracking question (score 0.9), and tracking is always handed to a person
    decision = served.ask("能放驿站吗")
    assert (decision["mode"], decision["intents"]) == ("handoff", ["logistics"])
    assert [g["text"] for g in _unanswered(served)] == ["能放驿站吗"]


# --------------------------------------------------------------------------- export and import


def test_an_exported_shop_imports_back_identical(served: Served, tmp_path: Path) -> None:
    served.admin.edit("PUT", "/replies/stock.size_colours", json={"texts": ["{size}有{colours}哦"]})
    served.admin.edit("PUT", "/stock", json={"product": "dress-floral", "colour": "黑色", "size": "M", "count": 0})
    response = served.admin.request("GET", "/export")
    assert response.headers["content-type"] == "application/x-yaml; charset=utf-8"
    assert response.headers["content-disposition"] == 'attachment; filename="example.yaml"'
    assert response.headers["etag"] == '"rev-3"'
    exported = response.text
    assert exported == served.admin.get("/revisions/3")["text"]

    imported = served.admin.edit("PUT", "/import", content=exported.encode())
    assert imported == {"revision": 3, "summary": "没有改动", "changes": []}  # the same shop: no empty revision
    assert served.admin.export() == exported
    assert [r["number"] for r in served.admin.get("/revisions")["revisions"]] == [3, 2, 1]

    path = tmp_path / "exported.yaml"  # and it is a shop file the engine (xiaoer chat --shop) loads
    path.write_text(exported, "utf-8")
    shop = load_shop(path)
    assert shop.replies == {"stock.size_colours": ["{size}有{colours}哦"]}
    assert shop.product("dress-floral").stock["黑色"]["M"] == 0


def test_an_imported_file_with_a_bom_is_read_as_utf8(served: Served) -> None:
    exported = served.admin.export()
    changed = exported.replace("name: 拾柒衣橱", "name: 拾捌衣橱", 1)
    saved = served.admin.edit("PUT", "/import", content=b"\xef\xbb\xbf" + changed.encode())
    assert saved == {"revision": 2, "summary": "导入店铺文件", "changes": ["shop.name"]}
    assert served.admin.export() == changed
    assert "拾捌衣橱" in served.ask("在吗")["replies"][0]


_SHIPPING = "shop: {name: 店}\nshipping:\n".encode()
_BLACK_M = {"product": "dress-floral", "colour": "黑色", "size": "M"}
_CSV_BLACK_M = "商品编码,颜色,尺码,库存\ndress-floral,黑色,M,".encode()


@pytest.mark.parametrize(
    ("raw", "status", "code", "fragment"),
    [(b"shop: [unclosed\n", 422, "invalid_yaml", "不是有效的 YAML,第 2 行第 1 列"),
     (b"- just\n- a list\n", 422, "invalid_yaml", "最外层应该是 键: 值 的表"),
     ("shop:\n  name: 新店\n".encode(), 422, "missing_field", "shipping 缺少这个必填字段"),
     ("shop:\n  name: 新店\n".encode("gbk"), 400, "invalid_utf8", "不是 UTF-8 编码"),
     (_SHIPPING + b"  holidays: [2026-02-30]\n", 422, "invalid_yaml", "日期「2026-02-30」不存在"),
     (_SHIPPING + b"  base_fee: " + b"9" * 5000 + b"\n", 422, "invalid_yaml", "数字太长了")],
    ids=["not yaml", "not a table", "sections missing", "not utf-8", "no such date", "5,000 digits"],
)
def test_a_broken_import_changes_nothing(served: Served, raw: bytes, status: int, code: str, fragment: str) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject("PUT", "/import", status, content=raw)
    assert error["code"] == code
    assert fragment in error["message"]
    assert served.admin.snapshot() == before


@pytest.mark.parametrize(
    ("method", "path", "options", "code"),
    [("PATCH", "", {"content": b'{"autoreply": {"burst_seconds": Infinity}}'}, "not_finite"),
     ("PUT", "/stock", {"json": {**_BLACK_M, "count": 10**12}}, "too_large"),
     ("POST", "/stock.csv", {"content": _CSV_BLACK_M + b"9" * 5000}, "too_large"),
     ("PUT", "/replies/thanks.thanks", {"json": {"texts": ["好" * 100_000]}}, "too_long")],
    ids=["infinite seconds", "a trillion in stock", "5,000-digit stock", "100,000-character wording"],
)
def test_a_number_or_text_out_of_bounds_is_refused_and_changes_nothing(
    served: Served, method: str, path: str, options: dict[str, Any], code: str
) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject(method, path, **options)
    assert error["code"] == code, error
    assert not re.search(r"Input should|Infinity|Exceeds", error["message"])  # said in Chinese
    assert served.admin.snapshot() == before
    assert served.admin.read()["revision"] == 1  # and the shop can still be read


def test_an_import_of_a_changed_file_is_a_new_revision(served: Served) -> None:
    text = served.admin.export().replace("  ship_from_city: 杭州\n", "  ship_from_city: 杭州\n  cutoff: '17:30'\n", 1)
    saved = served.admin.edit("PUT", "/import", content=text.encode())
    assert saved == {"revision": 2, "summary": "导入店铺文件", "changes": ["shipping.cutoff"]}
    assert served.admin.read()["data"]["shipping"]["cutoff"] == "17:30:00"
    assert "17:30" in served.ask("今天能发吗")["replies"][0]


@pytest.mark.parametrize("body", [{"text": ["打错了字段名"]}, {}, [], {"texts": None}],
                         ids=["typo", "empty", "list", "null"])
def test_a_replies_body_without_texts_changes_nothing_instead_of_restoring_the_default(served: Served,
                                                                                      body: Any) -> None:
    served.admin.edit("PUT", "/replies/stock.size_colours", json={"texts": ["{size}有{colours}哦"]})
    before = served.admin.snapshot()
    error = served.admin.reject("PUT", "/replies/stock.size_colours", json=body)
    assert error["code"] == "invalid_request"
    assert "恢复默认" in error["message"]
    assert served.admin.snapshot() == before


def test_examples_sent_without_keywords_keep_the_keywords(served: Served) -> None:
    served.admin.edit("PUT", "/examples/sizing", json={"examples": ["胯大选哪个"], "keywords": {"0.9": ["选个码"]}})
    served.admin.edit("PUT", "/examples/sizing", json={"examples": ["胯大选哪个", "腿粗穿哪码"]})
    assert served.admin.read()["data"]["matching"]["sizing"] == {
        "examples": ["胯大选哪个", "腿粗穿哪码"], "keywords": {"0.9": ["选个码"]}}
    error = served.admin.reject("PUT", "/examples/sizing", json={"exmples": ["打错了"]})
    assert error["code"] == "invalid_request"


@pytest.mark.parametrize("tag", ['W/"rev-1"', '"rev-0", "rev-1"', " * "])
def test_if_match_takes_a_weak_etag_or_a_list(served: Served, tag: str) -> None:
    response = served.admin.request("PUT", "/replies/stock.size_colours", json={"texts": ["{size}有{colours}哦"]},
                                    headers={"If-Match": tag})
    assert response.status_code == 200, response.text
    assert response.json()["revision"] == 2


@pytest.mark.parametrize("path", ["/revisions/99999999999999999999999", "/revisions/0", "/revisions/-3",
                                  "/diff?a=1&b=99999999999999999999999"])
def test_a_revision_no_shop_can_have_is_404_not_a_server_error(served: Served, path: str) -> None:
    response = served.admin.request("GET", path)
    assert admin_error(response, 404)["code"] == "unknown_revision"


def test_a_product_body_naming_another_id_is_refused(served: Served) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject("PUT", "/products/dress-floral", json={"id": "dress-new", "name": "新裙子"})
    assert error["code"] == "id_mismatch"
    assert "dress-new" in error["message"] and "dress-floral" in error["message"]
    assert served.admin.snapshot() == before
