"""批量测试 through the admin API (``/api/shops/{id}/tests``), on a real SQLite file with a
clock the tests move by hand, as tests/test_admin_api.py does: tests added as a revision,
a breaking edit named in the save's answer and in the run, a rollback fixing it, an
unsaved edit run against the tests without saving anything, a bad test refused naming
the conversation, the turn and the field, and a logged webhook conversation made a test.

The example shop's facts leaned on: free shipping from 99 yuan, else 8; 雾霾蓝 M of
dress-floral sold out until 2026-12-05."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import support
from servers import Clock, shop_time
from support import admin_error

#: A Friday afternoon, before the 16:00 cut-off.
START = shop_time(2026, 11, 20, 14, 0)
FREE_SHIPPING = {"name": "包邮门槛", "turns": [{"say": "包邮吗", "intent": "shipping", "contains": ["满99元"]}]}
SOLD_OUT = {"name": "雾霾蓝M码", "turns": [
    {"say": "雾霾蓝M码有吗", "intent": "stock", "contains": ["12月5日"]},
    {"say": "那L呢", "intent": "stock", "contains": ["雾霾蓝", "L"], "not_contains": ["没货"]},
]}
SUITE: dict[str, Any] = {"now": "2026-12-01 10:00", "item": "dress-floral", "conversations": [FREE_SHIPPING, SOLD_OUT]}
#: The suite as the shop keeps it: one word is a list of one.
KEPT: dict[str, Any] = {**SUITE, "conversations": [
    {**FREE_SHIPPING, "turns": [{**FREE_SHIPPING["turns"][0], "intent": ["shipping"]}]},
    {**SOLD_OUT, "turns": [{**turn, "intent": ["stock"]} for turn in SOLD_OUT["turns"]]},
]}
#: What an owner must never read: pydantic's English, internal ids, HTTP codes.
UNREADABLE = re.compile(r"Input should|Value error|validation error|Traceback|rev-\d|\b4\d\d\b")


class Served(support.Served):
    def run(self, body: Any = None) -> dict[str, Any]:
        response = self.admin.request("POST", "/tests/run", json={} if body is None else body)
        assert response.status_code == 200, response.text[:2000]
        result: dict[str, Any] = response.json()
        return result

    def dearer(self) -> dict[str, Any]:
        """The shipping section with free shipping from 199 yuan: the edit that breaks 包邮门槛."""
        shipping = self.admin.read()["data"]["shipping"]
        return {"shipping": {**shipping, "free_shipping_over": 199}}


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    with Served.on_sqlite(tmp_path / "state.db", Clock(START)) as served:
        yield served


def failing(report: dict[str, Any]) -> dict[str, list[str]]:
    """The failing tests of a report with their failures."""
    return {c["name"]: [f for turn in c["turns"] for f in turn["failures"]]
            for c in report["conversations"] if not c["passed"]}


def test_a_shop_without_tests_shows_none_and_its_saves_say_nothing_of_them(served: Served) -> None:
    response = served.admin.request("GET", "/tests")
    assert response.status_code == 200 and response.headers["etag"] == '"rev-1"'
    body = response.json()
    assert body["tests"] == {"conversations": []}
    assert (body["report"]["passed"], body["report"]["conversations_total"]) == (True, 0)
    assert body["message"].startswith("还没有测试")
    assert served.run() == {"report": body["report"], "broke": [], "fixed": [], "message": body["message"]}
    saved = served.admin.edit("PATCH", json=served.dearer())
    assert "tests" not in saved


def test_a_breaking_edit_names_the_test_it_broke_and_a_rollback_fixes_it(served: Served) -> None:
    added = served.admin.edit("PUT", "/tests", json={"tests": SUITE})
    assert (added["revision"], added["summary"]) == (2, "加了测试「包邮门槛」、加了测试「雾霾蓝M码」")
    assert added["tests"] == {"passed": 2, "total": 2, "broke": [], "fixed": [],
                              "message": "这次修改没有改变哪个测试的结果(通过 2/2)"}
    shown = served.admin.get("/tests")
    assert shown["tests"] == KEPT and shown["report"]["passed"] and shown["message"] == "2 个测试全部通过"

    broken = served.admin.edit("PATCH", json=served.dearer())
    assert broken["tests"] == {"passed": 1, "total": 2, "broke": ["包邮门槛"], "fixed": [],
                               "message": "这次修改让 1 个测试从通过变成失败"}
    run = served.run()
    assert (run["broke"], run["fixed"], run["message"]) == ([], [], "2 个测试里有 1 个没通过")
    assert "before" not in run
    assert failing(run["report"]) == {"包邮门槛": ["回复里没有「满99元」"]}
    assert "199" in run["report"]["conversations"][0]["turns"][0]["text"]
    assert "199" in served.hook.say("c-live", "包邮吗")["replies"][0]  # the same shop the buyers get

    back = served.admin.edit("POST", "/revisions/2/rollback")
    assert back["tests"] == {"passed": 2, "total": 2, "broke": [], "fixed": ["包邮门槛"],
                             "message": "这次修改让 1 个测试从失败变成通过"}
    assert served.run()["report"]["passed"] and served.admin.get("/tests")["message"] == "2 个测试全部通过"


def test_a_wording_the_test_checks_changed_breaks_it(served: Served) -> None:
    served.admin.edit("PUT", "/tests", json={"tests": SUITE})
    saved = served.admin.edit("PUT", "/replies/stock.sold_out_restock", json={"texts": ["这个颜色尺码暂时没货了亲"]})
    assert (saved["tests"]["broke"], saved["tests"]["passed"]) == (["雾霾蓝M码"], 1)


def test_a_pending_edit_is_run_against_the_tests_and_nothing_is_saved(served: Served) -> None:
    served.admin.edit("PUT", "/tests", json={"tests": SUITE})
    before = served.admin.snapshot()
    run = served.run({"pending": served.dearer()})
    assert (run["broke"], run["fixed"], run["message"]) == (["包邮门槛"], [], "这次修改让 1 个测试从通过变成失败")
    assert run["before"]["passed"] and run["before"]["file"] == "第 2 版"
    assert failing(run["report"]) == {"包邮门槛": ["回复里没有「满99元」"]}
    assert run["report"]["file"] == "还没保存的修改"
    assert served.admin.snapshot() == before
    assert served.admin.get("/tests")["report"]["passed"]  # the live shop still passes
    assert "满99元" in served.hook.say("c-live", "包邮吗")["replies"][0]


def test_a_pending_change_of_the_tests_runs_the_new_tests_on_the_live_shop(served: Served) -> None:
    served.admin.edit("PUT", "/tests", json={"tests": SUITE})
    wrong = copy.deepcopy(SUITE)
    wrong["conversations"][0]["turns"][0]["contains"] = ["满199元"]
    run = served.run({"pending": {"tests": wrong}})
    assert failing(run["report"]) == {"包邮门槛": ["回复里没有「满199元」"]}
    assert (run["broke"], run["fixed"]) == ([], [])  # the shop answers as before: it is the test that changed
    assert run["report"] == run["before"]


BAD_TESTS: list[tuple[str, Any, str, str, tuple[str, ...]]] = [
    ("unknown-intent", lambda t: t["conversations"][1]["turns"][1].update(intent="运费"),
     "tests.conversations[1].turns[1].intent", "unknown_intent", ("对话「雾霾蓝M码」第 2 轮", "运费", "stock")),
    ("unknown-product", lambda t: t["conversations"][0].update(item="dress-florl"),
     "tests.conversations[0].item", "unknown_product", ("对话「包邮门槛」", "dress-florl", "dress-floral")),
    ("unknown-key", lambda t: t["conversations"][0]["turns"][0].update(contain="99"),
     "tests.conversations[0].turns[0].contain", "unknown_field", ("对话「包邮门槛」第 1 轮", "不认识这个字段")),
    ("no-time", lambda t: t.pop("now"), "tests.conversations[0].now", "untimed", ("对话「包邮门槛」", "没有时间")),
]


@pytest.mark.parametrize(("name", "change", "field", "code", "words"), BAD_TESTS, ids=[b[0] for b in BAD_TESTS])
def test_a_bad_test_is_refused_naming_the_conversation_the_turn_and_the_field(
    served: Served, name: str, change: Any, field: str, code: str, words: tuple[str, ...]
) -> None:
    tests = copy.deepcopy(SUITE)
    change(tests)
    before = served.admin.snapshot()
    error = served.admin.reject("PUT", "/tests", json={"tests": tests})
    assert error["code"] == code
    [problem] = error["problems"]
    assert (problem["field"], problem["code"]) == (field, code)
    for word in words:
        assert word in problem["message"], (word, problem)
    assert not UNREADABLE.search(error["message"]), error
    assert served.admin.snapshot() == before
    pending = admin_error(served.admin.request("POST", "/tests/run", json={"pending": {"tests": tests}}), 422)
    assert pending["problems"][0]["field"] == field


def test_tests_put_with_no_conversations_are_removed(served: Served) -> None:
    served.admin.edit("PUT", "/tests", json={"tests": SUITE})
    assert "tests:" in served.admin.export()
    removed = served.admin.edit("PUT", "/tests", json={"tests": {"conversations": []}})
    assert removed["summary"] == "删了测试「包邮门槛」、删了测试「雾霾蓝M码」" and "tests" not in removed
    assert served.admin.get("/tests")["tests"] == {"conversations": []}
    assert "tests:" not in served.admin.export()


@pytest.mark.parametrize(("method", "path", "body"), [
    ("PUT", "/tests", {"conversations": []}),
    ("PUT", "/tests", {"tests": [FREE_SHIPPING]}),
    ("POST", "/tests/run", []),
    ("POST", "/tests/from-conversation", {"name": "x"}),
    ("POST", "/tests/from-conversation", {"conversation_id": "c1", "name": 5}),
])
def test_a_body_of_the_wrong_shape_is_refused_in_chinese(served: Served, method: str, path: str, body: Any) -> None:
    error = served.admin.reject(method, path, json=body)
    assert error["code"] == "invalid_request" and re.search(r"[\u4e00-\u9fff]", error["message"])


@pytest.mark.parametrize(("path", "body"), [("/tests", {"tests": SUITE}),
                                            ("/tests/from-conversation", {"conversation_id": "c1"})])
def test_a_change_of_the_tests_needs_if_match(served: Served, path: str, body: dict[str, Any]) -> None:
    served.hook.say("c1", "包邮吗")
    assert admin_error(served.admin.request("PUT" if path == "/tests" else "POST", path, json=body),
                       428)["code"] == "if_match_required"


# --------------------------------------------------------------------------- from the log


def test_a_logged_conversation_becomes_a_test_that_passes(served: Served) -> None:
    served.hook.say("c-log", "雾霾蓝M码有吗")
    served.clock.advance(30)
    served.hook.say("c-log", "那L呢")
    served.clock.advance(30)
    served.hook.say("c-log", "包邮吗")
    logged = served.admin.get("/conversations/c-log")["events"]
    added = served.admin.edit("POST", "/tests/from-conversation", json={"conversation_id": "c-log"})
    test = added["test"]
    assert (test["name"], test["now"], test["item"]) == ("雾霾蓝M码有吗", "2026-11-20 14:00", "dress-floral")
    assert [turn["say"] for turn in test["turns"]] == ["雾霾蓝M码有吗", "那L呢", "包邮吗"]
    assert [turn["intent"] for turn in test["turns"]] == [[e["intents"][0]] for e in logged] == [
        ["stock"], ["stock"], ["shipping"]]
    for turn, event in zip(test["turns"], logged, strict=True):
        facts = {str(v) for part in event["trace"]["parts"] for v in part["facts"].values()}
        assert 1 <= len(turn["contains"]) <= 3 and set(turn["contains"]) <= facts, (turn, event["trace"])
        assert all(word in event["replies"][0] for word in turn["contains"])
    assert "12月5日" in test["turns"][0]["contains"] or "2026-12-05" in test["turns"][0]["contains"]
    assert added["summary"] == "把一段对话记录加为测试「雾霾蓝M码有吗」"
    assert added["tests"] == {"passed": 1, "total": 1, "broke": [], "fixed": [],
                              "message": "这次修改没有改变哪个测试的结果(通过 1/1)"}
    assert served.admin.get("/tests")["tests"]["conversations"] == [test]

    again = served.admin.edit("POST", "/tests/from-conversation", json={"conversation_id": "c-log"})
    assert again["test"]["name"] == "雾霾蓝M码有吗(2)"
    named = served.admin.edit("POST", "/tests/from-conversation", json={"conversation_id": "c-log", "name": "断码"})
    assert named["test"]["name"] == "断码" and named["tests"]["total"] == 3
    taken = served.admin.reject("POST", "/tests/from-conversation", json={"conversation_id": "c-log", "name": "断码"})
    assert (taken["code"], taken["message"]) == ("duplicate_name", "已经有叫「断码」的测试了:请换个名字")


def test_a_test_from_the_log_says_what_was_logged_masked(served: Served) -> None:
    served.hook.say("c-phone", "我电话13812345678,包邮吗", item_id=None)
    test = served.admin.edit("POST", "/tests/from-conversation", json={"conversation_id": "c-phone"})["test"]
    assert "13812345678" not in str(test) and "13812345678" not in served.admin.export()
    assert test["item"] is None and test["turns"][0]["intent"] == ["shipping"]


def test_an_unknown_conversation_is_not_found_and_nothing_is_saved(served: Served) -> None:
    before = served.admin.snapshot()
    error = served.admin.reject("POST", "/tests/from-conversation", status=404, json={"conversation_id": "nope"})
    assert error["code"] == "unknown_conversation" and "没有找到" in error["message"]
    assert served.admin.snapshot() == before
