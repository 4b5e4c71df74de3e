"""A shop's own conversation tests (its ``tests:`` section, 批量测试): the runner of the
engine floor (engine/scenarios.py) on the example clothing shop, a bad test refused when
the shop is loaded or an edit is checked (in Chinese, naming the conversation, the turn
and the field), and ``xiaoer test --shop FILE`` running the shop's own tests.

The clothing shop's facts these tests lean on: free shipping from 99 yuan, else 8; cut-off
16:00; 雾霾蓝 M of dress-floral sold out until 2026-12-05, 雾霾蓝 L in stock; dress-floral
costs 169."""

from __future__ import annotations

import copy
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from admin.batch import Runs
from botcore.errors import EditRejected, ScriptError, ShopValidationError
from botcore.shop.editing import build, canonical, from_yaml, to_yaml
from botcore.shop.scenarios import Suite
from botcore.shop.shopfile import load_shop
from engine import Engine
from engine.drafts import ready
from engine.scenarios import Change, run
from xiaoer.cli import main

PROJECT = Path(__file__).resolve().parent.parent
CLOTHING = PROJECT / "botcore" / "data" / "shops" / "clothing.yaml"

FREE_SHIPPING = {"name": "包邮门槛", "turns": [{"say": "包邮吗", "intent": "shipping", "contains": ["满99元"]}]}
SOLD_OUT = {"name": "雾霾蓝M码", "turns": [
    {"say": "雾霾蓝M码有吗", "intent": "stock", "contains": ["12月5日"]},
    {"say": "那L呢", "intent": "stock", "contains": ["雾霾蓝", "L"], "not_contains": ["没货"]},
]}
SUITE: dict[str, Any] = {"now": "2026-12-01 10:00", "item": "dress-floral", "conversations": [FREE_SHIPPING, SOLD_OUT]}
#: What pydantic says in English: never shown to an owner.
ENGLISH = re.compile(r"Input should|Value error|validation error|Traceback|Field required")


def clothing(tests: dict[str, Any] | None = SUITE, **sections: Any) -> dict[str, Any]:
    """The example shop's data with these tests (and sections changed)."""
    data: dict[str, Any] = yaml.safe_load(CLOTHING.read_text("utf-8"))
    for name, values in sections.items():
        data[name] = {**data[name], **values}
    if tests is not None:
        data["tests"] = copy.deepcopy(tests)
    return data


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine.from_file()


def one(turn: dict[str, Any], **conversation: Any) -> Suite:
    return Suite.model_validate({"now": "2026-12-01 10:00", "item": "dress-floral",
                                 "conversations": [{"name": "一轮", "turns": [turn], **conversation}]})


# --------------------------------------------------------------------------- the runner

RUNS: list[tuple[str, dict[str, Any], dict[str, Any], list[str]]] = [
    ("contains", {"say": "包邮吗", "contains": ["99", "8元"]}, {"item": "tee-basic"}, []),  # (59元: short of 99)
    ("contains-missing", {"say": "包邮吗", "contains": ["199"]}, {}, ["回复里没有「199」"]),
    ("contains-any", {"say": "包邮吗", "contains_any": ["满199", "满99"]}, {}, []),
    ("contains-any-none", {"say": "包邮吗", "contains_any": ["顺丰", "闪送"]}, {},
     ["回复里「顺丰」「闪送」一个都没有"]),
    ("not-contains", {"say": "包邮吗", "not_contains": ["99"]}, {}, ["回复里不该有「99」"]),
    ("intent", {"say": "包邮吗", "intent": "shipping"}, {}, []),
    ("intent-any-of", {"say": "包邮吗", "intent": ["sizing", "stock"]}, {},
     ["意图应该是 sizing 或 stock,机器人读成了 shipping"]),
    ("mode", {"say": "包邮吗", "mode": "auto"}, {}, []),
    ("mode-any-of", {"say": "包邮吗", "mode": ["suggest", "handoff"]}, {},
     ["方式应该是 suggest(推荐给客服) 或 handoff(转人工),实际是 auto(自动回复)"]),
    ("every-failure", {"say": "包邮吗", "intent": "stock", "contains": ["199"], "not_contains": ["8元"]},
     {"item": "tee-basic"},
     ["意图应该是 stock,机器人读成了 shipping", "回复里没有「199」", "回复里不该有「8元」"]),
    ("before-the-cutoff", {"say": "今天能发货吗", "contains": ["今天"]}, {"now": "2026-12-01 15:59"}, []),
    ("after-the-cutoff", {"say": "今天能发货吗", "contains": ["明天"], "not_contains": ["今天就"]},
     {"now": "2026-12-01 16:00"}, []),
    ("the-product-page", {"say": "这件多少钱", "contains": ["169"]}, {}, []),
    ("no-product-page", {"say": "这件多少钱", "not_contains": ["169"]}, {"item": None}, []),
    ("a-number-said-bare", {"say": 99, "intent": ["shipping", "bargain", "other", "sizing"]}, {}, []),
]


@pytest.mark.parametrize(("name", "turn", "conversation", "failures"), RUNS, ids=[r[0] for r in RUNS])
def test_each_expectation_of_a_turn_passes_or_fails_with_its_chinese_reason(
    engine: Engine, name: str, turn: dict[str, Any], conversation: dict[str, Any], failures: list[str]
) -> None:
    report = run(one(turn, **conversation), engine, "表")
    [result] = report.turns
    assert list(result.failures) == failures, result.to_json()
    assert report.passed is (not failures)
    assert report.passing == (() if failures else ("一轮",))


def test_a_conversation_carries_over_and_its_report_has_the_json_shape_of_xiaoer_test(engine: Engine) -> None:
    report = run(Suite.model_validate(SUITE), engine, "第 1 版")
    body = report.to_json()
    assert (body["file"], body["shop"], body["passed"]) == ("第 1 版", "拾柒衣橱", True)
    assert (body["conversations_passed"], body["conversations_total"], body["turns_passed"],
            body["turns_total"]) == (2, 2, 3, 3)
    second = body["conversations"][1]["turns"][1]  # 那L呢: the colour carried from the turn before
    assert "雾霾蓝" in second["text"] and second["intents"] == ["stock"]
    assert set(second) == {"say", "passed", "failures", "text", "sent", "mode", "intents", "score", "cases",
                           "templates"}


def test_a_run_repeats_whatever_ran_before(engine: Engine) -> None:
    suite = Suite.model_validate(SUITE)
    first = run(suite, engine).to_json()
    engine.reply("你好")  # the engine's own generator moved on
    assert run(suite, engine).to_json() == first


CHANGES: list[tuple[str, list[bool], list[bool], list[str], list[str], str]] = [
    ("nothing", [True, True], [True, True], [], [], "这次修改没有改变哪个测试的结果(通过 2/2)"),
    ("broke-one", [True, True], [False, True], ["A"], [], "这次修改让 1 个测试从通过变成失败"),
    ("fixed-two", [False, False], [True, True], [], ["A", "B"], "这次修改让 2 个测试从失败变成通过"),
    ("both", [True, False], [False, True], ["A"], ["B"],
     "这次修改让 1 个测试从通过变成失败,1 个测试从失败变成通过"),
    ("still-failing", [False, True], [False, True], [], [], "这次修改没有改变哪个测试的结果(通过 1/2)"),
]


@pytest.mark.parametrize(("name", "before", "after", "broke", "fixed", "message"), CHANGES,
                         ids=[c[0] for c in CHANGES])
def test_a_change_names_the_tests_it_broke_and_fixed(
    engine: Engine, name: str, before: list[bool], after: list[bool], broke: list[str], fixed: list[str],
    message: str,
) -> None:
    def suite(passing: list[bool]) -> Suite:
        return Suite.model_validate({"now": "2026-12-01 10:00", "item": "dress-floral", "conversations": [
            {"name": name, "turns": [{"say": "包邮吗", "contains": ["99" if ok else "199"]}]}
            for name, ok in zip("AB", passing, strict=True)]})
    change = Change.between(run(suite(before), engine), run(suite(after), engine))
    assert (list(change.broke), list(change.fixed), change.message) == (broke, fixed, message)
    assert change.to_json() == {"passed": sum(after), "total": 2, "broke": broke, "fixed": fixed, "message": message}


def test_a_test_new_in_the_run_after_is_neither_broken_nor_fixed(engine: Engine) -> None:
    before = run(Suite.model_validate({**SUITE, "conversations": [FREE_SHIPPING]}), engine)
    failing = {"name": "新的", "turns": [{"say": "包邮吗", "contains": ["199"]}]}
    after = run(Suite.model_validate({**SUITE, "conversations": [FREE_SHIPPING, failing]}), engine)
    assert (Change.between(before, after).broke, Change.between(before, after).fixed) == ((), ())


def test_a_revisions_report_is_kept_and_not_run_again(engine: Engine) -> None:
    runs = Runs(keep=2)
    draft = build(clothing())
    first = runs.report("s", 1, draft, engine)
    assert runs.report("s", 1, draft, engine) is first
    other = Suite.model_validate({**SUITE, "conversations": [FREE_SHIPPING]})
    assert runs.report("s", 1, draft, engine, other) is not first  # another suite is another run
    runs.report("s", 2, draft, engine)
    assert runs.report("s", 1, draft, engine) is not first  # the oldest of three went


# --------------------------------------------------------------------------- the section


def test_the_engine_answers_alike_with_or_without_tests() -> None:
    with_tests, without = Engine(build(clothing()).shop), Engine(build(clothing(None)).shop)
    for text in ("包邮吗", "雾霾蓝M码有吗", "你好"):
        a = with_tests.seeded(0).reply(text, item_id="dress-floral")
        b = without.seeded(0).reply(text, item_id="dress-floral")
        assert (a.text, a.mode, a.intents) == (b.text, b.mode, b.intents)


def test_the_section_survives_its_own_yaml_as_the_owner_wrote_it() -> None:
    tests = {"now": "2026-12-01 10:00", "item": "dress-floral", "conversations": [
        FREE_SHIPPING, {"name": "不在商品页", "item": None, "now": "2026-12-02 09:30",
                        "turns": [{"say": 99, "mode": "auto", "contains": 8}]}]}
    draft = build(clothing(tests))
    assert draft.data["tests"]["now"] == "2026-12-01 10:00"
    assert draft.data["tests"]["conversations"][1] == {
        "name": "不在商品页", "now": "2026-12-02 09:30", "item": None,
        "turns": [{"say": "99", "mode": ["auto"], "contains": ["8"]}]}
    again = from_yaml(to_yaml(draft.data))
    assert again.data == draft.data and canonical(again.shop) == draft.data
    suite = again.shop.tests
    assert suite is not None
    assert [suite.item_for(d) for d in suite.conversations] == ["dress-floral", None]


def _problems(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    with pytest.raises(EditRejected) as info:
        ready(build(data))
    return info.value.problems


def _tests_with(change: Any) -> dict[str, Any]:
    tests = copy.deepcopy(SUITE)
    change(tests)
    return tests


BAD_TESTS: list[tuple[str, Any, str, str, tuple[str, ...]]] = [
    ("unknown-intent", lambda t: t["conversations"][1]["turns"][1].update(intent=["stock", "库存"]),
     "tests.conversations[1].turns[1].intent", "unknown_intent",
     ("对话「雾霾蓝M码」第 2 轮的 intent", "不认识的意图标签 库存", "stock")),
    ("unknown-product-of-a-conversation", lambda t: t["conversations"][1].update(item="dress-florl"),
     "tests.conversations[1].item", "unknown_product",
     ("对话「雾霾蓝M码」的 item", "dress-florl 不是 拾柒衣橱 的商品编号", "dress-floral")),
    ("unknown-product-of-the-suite", lambda t: t.update(item="no-such-dress"),
     "tests.item", "unknown_product", ("no-such-dress", "dress-floral")),
    ("unknown-key", lambda t: t["conversations"][0]["turns"][0].update(contain=["99"]),
     "tests.conversations[0].turns[0].contain", "unknown_field",
     ("对话「包邮门槛」第 1 轮的 contain", "不认识这个字段")),
    ("unknown-mode", lambda t: t["conversations"][0]["turns"][0].update(mode="silent"),
     "tests.conversations[0].turns[0].mode", "invalid_value",
     ("对话「包邮门槛」第 1 轮的 mode", "auto", "suggest", "handoff", "'silent'")),
    ("empty-intent-list", lambda t: t["conversations"][0]["turns"][0].update(intent=[]),
     "tests.conversations[0].turns[0].intent", "invalid_value", ("对话「包邮门槛」第 1 轮", "至少写一个意图标签")),
    ("no-time", lambda t: t.pop("now"), "tests.conversations[0].now", "untimed",
     ("对话「包邮门槛」的 now", "没有时间", "2026-12-01 10:00")),
    ("bad-time", lambda t: t.update(now="下午三点"), "tests.now", "invalid_value", ("下午三点", "看不懂")),
    ("no-turns", lambda t: t["conversations"][1].update(turns=[]), "tests.conversations[1].turns",
     "invalid_value", ("对话「雾霾蓝M码」的 turns", "至少写一轮")),
    ("empty-words", lambda t: t["conversations"][0]["turns"][0].update(say=""),
     "tests.conversations[0].turns[0].say", "empty_text", ("对话「包邮门槛」第 1 轮的 say", "不能为空")),
    ("same-name-twice", lambda t: t["conversations"][1].update(name="包邮门槛"), "tests.conversations",
     "invalid_value", ("第 1 段和第 2 段对话都叫「包邮门槛」",)),
    ("too-many-turns", lambda t: t["conversations"][0].update(turns=[{"say": "包邮吗"}] * 51),
     "tests.conversations[0].turns", "too_long", ("对话「包邮门槛」的 turns", "最多 50 项")),
]


@pytest.mark.parametrize(("name", "change", "field", "code", "words"), BAD_TESTS, ids=[b[0] for b in BAD_TESTS])
def test_a_bad_test_is_refused_when_the_shop_is_checked_naming_conversation_turn_and_field(
    name: str, change: Any, field: str, code: str, words: tuple[str, ...]
) -> None:
    [(where, got_code, message)] = _problems(clothing(_tests_with(change)))
    assert (where, got_code) == (field, code), message
    for word in words:
        assert word in message, (word, message)
    assert not ENGLISH.search(message), message


def test_a_shop_file_with_a_bad_test_does_not_load(tmp_path: Path) -> None:
    path = write(tmp_path / "shop.yaml", clothing(_tests_with(lambda t: t["conversations"][0].update(item="x"))))
    with pytest.raises(ShopValidationError, match=r"tests\.conversations\[0\]\.item: 对话「包邮门槛」的 item: x 不是"):
        load_shop(path)
    intents = write(tmp_path / "intents.yaml", clothing(_tests_with(
        lambda t: t["conversations"][0]["turns"][0].update(intent="运费"))))
    with pytest.raises(ScriptError, match="对话「包邮门槛」第 1 轮的 intent: 不认识的意图标签 运费") as info:
        Engine.from_file(intents)
    assert info.value.field == "tests.conversations[0].turns[0].intent"


# --------------------------------------------------------------------------- xiaoer test --shop


def xiaoer(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    return main(list(args), stdout=out), out.getvalue()


def test_xiaoer_test_runs_the_shops_own_tests(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "shop.yaml", clothing())
    status, out = xiaoer("test", "--shop", str(path))
    assert (status, out.splitlines()) == (0, [f"{path} · 拾柒衣橱", "✓ 包邮门槛", "✓ 雾霾蓝M码",
                                              "通过 2/2 段对话(轮次 3/3)"])
    assert capsys.readouterr().err == ""
    status, out = xiaoer("test", "--shop", str(path), "--json")
    report = json.loads(out)
    assert (status, report["file"], report["passed"], report["conversations_total"]) == (0, str(path), True, 2)


def test_xiaoer_test_fails_when_the_shop_no_longer_says_what_its_tests_expect(tmp_path: Path) -> None:
    path = write(tmp_path / "shop.yaml", clothing(shipping={"free_shipping_over": 199}))
    status, out = xiaoer("test", "--shop", str(path))
    lines = out.splitlines()
    assert status == 1
    assert "✗ 包邮门槛" in lines and "✓ 雾霾蓝M码" in lines
    assert "        ✗ 回复里没有「满99元」" in lines
    assert lines[-1] == "通过 1/2 段对话(轮次 2/3)"


@pytest.mark.parametrize(("tests", "words"), [
    (None, ("没有测试", "tests:")),
    (_tests_with(lambda t: t["conversations"][0]["turns"][0].update(intent="运费")),
     ("tests", "对话「包邮门槛」第 1 轮的 intent", "运费")),
    (_tests_with(lambda t: t["conversations"][0].update(turns=[])), ("tests.conversations[0].turns", "至少写一轮")),
])
def test_xiaoer_test_of_a_shop_without_good_tests_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], tests: dict[str, Any] | None, words: tuple[str, ...]
) -> None:
    path = write(tmp_path / "shop.yaml", clothing(tests))
    assert xiaoer("test", "--shop", str(path)) == (2, "")
    err = capsys.readouterr().err
    assert err.startswith("错误: ") and str(path) in err, err
    for word in words:
        assert word in err, (word, err)
    if tests is not None:  # `xiaoer check` refuses the same shop file
        assert xiaoer("check", str(path)) == (2, "")


def test_the_help_says_how_to_run_a_shops_own_tests(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["test", "--help"])
    assert "店铺文件自己的 tests: 部分" in " ".join(capsys.readouterr().out.split())


def test_the_exit_status_of_a_shops_tests_reaches_the_shell(tmp_path: Path) -> None:
    path = write(tmp_path / "shop.yaml", clothing(shipping={"free_shipping_over": 199}))
    result = subprocess.run([sys.executable, "-m", "xiaoer.cli", "test", "--shop", str(path)], capture_output=True,
                            text=True, encoding="utf-8", cwd=PROJECT, timeout=120, check=False)
    assert result.returncode == 1, result.stderr
    assert "✗ 包邮门槛" in result.stdout
