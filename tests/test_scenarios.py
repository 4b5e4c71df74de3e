"""``xiaoer test``: conversation tests written by shop owners, run against the example
clothing shop (botcore/data/shops/clothing.yaml), through ``main`` as test_cli.py does."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from botcore.shop import example_shops
from engine import Engine
from xiaoer.cli import main
from xiaoer.scenarios import ScenarioError, load_scenarios, run

PROJECT = Path(__file__).resolve().parent.parent
CLOTHING = PROJECT / "botcore" / "data" / "shops" / "clothing.yaml"
CLOTHING_SCENARIOS = PROJECT / "tests" / "scenarios" / "clothing.yaml"

#: The clothing shop's facts these tests lean on: 雾霾蓝 M of dress-floral is sold out until
#: 2026-12-05, 雾霾蓝 L is in stock; free shipping from 99 yuan, else 8; cut-off 16:00.
SOLD_OUT: dict[str, Any] = {
    "name": "雾霾蓝M码",
    "turns": [
        {"say": "雾霾蓝M码有吗", "intent": "stock", "contains": ["12月5日"]},
        {"say": "那L呢", "intent": "stock", "contains": ["雾霾蓝", "L"], "not_contains": ["没货"]},
    ],
}


def write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def scenario_file(tmp_path: Path, *conversations: dict[str, Any], **top: Any) -> Path:
    data = {"now": "2026-12-01 10:00", "item": "dress-floral", **top, "conversations": list(conversations)}
    return write(tmp_path / "scenarios.yaml", data)


def xiaoer_test(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    status = main(["test", *args], stdout=out)
    return status, out.getvalue()


def as_json(path: Path, *args: str) -> dict[str, Any]:
    status, out = xiaoer_test(str(path), "--json", *args)
    report: dict[str, Any] = json.loads(out)
    assert status == (0 if report["passed"] else 1)
    return report


def shop_copy(tmp_path: Path, change: dict[str, dict[str, Any]], name: str = "shop.yaml") -> Path:
    data = yaml.safe_load(CLOTHING.read_text("utf-8"))
    for section, values in change.items():
        data[section].update(values)
    return write(tmp_path / name, data)


# --- the example shop's own scenarios ------------------------------------------------------


@pytest.mark.parametrize("shop", example_shops())
def test_every_example_shop_ships_its_conversation_suite_and_passes_it(shop: str) -> None:
    # written from each shop's file before the bot ran: sizing, stock, shipping and fees,
    # bargaining over turns, returns/invoice/payment, follow-ups, hand-offs, silence
    status, out = xiaoer_test(str(PROJECT / "tests" / "scenarios" / f"{shop}.yaml"))
    assert status == 0, out
    lines = out.splitlines()
    conversations = [line for line in lines if line.startswith(("✓", "✗"))]
    assert len(conversations) >= 40
    assert all(line.startswith("✓ ") for line in conversations), out
    assert re.fullmatch(rf"通过 {len(conversations)}/{len(conversations)} 段对话\(轮次 (\d+)/\1\)", lines[-1])


# --- passing, failing, carrying over ------------------------------------------------------


def test_a_passing_file_exits_0(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = scenario_file(tmp_path, SOLD_OUT, {"name": "包邮", "turns": [{"say": "包邮吗", "contains": ["99"]}]})
    status, out = xiaoer_test(str(path))
    assert status == 0, out
    assert out.splitlines() == [f"{path} · 拾柒衣橱", "✓ 雾霾蓝M码", "✓ 包邮", "通过 2/2 段对话(轮次 3/3)"]
    assert capsys.readouterr().err == ""


def test_a_wrong_expectation_fails_naming_the_turn_the_reply_and_what_was_missing(tmp_path: Path) -> None:
    wrong = {"name": "说反了", "turns": [
        {"say": "雾霾蓝M码有吗"},
        {"say": "那L呢", "intent": "sizing", "mode": "handoff", "contains": ["没货"], "contains_any": ["售罄", "缺货"],
         "not_contains": ["雾霾蓝"]},
    ]}
    status, out = xiaoer_test(str(scenario_file(tmp_path, SOLD_OUT, wrong)))
    assert status == 1
    lines = out.splitlines()
    assert "✓ 雾霾蓝M码" in lines and "✗ 说反了" in lines
    failing = lines[lines.index("✗ 说反了") + 1:]
    assert failing[0].split() == ["第", "2", "轮", "买家:", "那L呢"]  # the first turn passed: not shown
    assert failing[1].strip().startswith("小二: ") and "雾霾蓝" in failing[1]
    assert re.search(r"\[auto\] stock \d\.\d\d · stock/\w+ \[stock\.\w+#\d+\]", failing[2]), failing[2]
    assert [line.strip() for line in failing[3:8]] == [
        "✗ 意图应该是 sizing,机器人读成了 stock",
        "✗ 方式应该是 handoff(转人工),实际是 auto(自动回复)",
        "✗ 回复里没有「没货」",
        "✗ 回复里「售罄」「缺货」一个都没有",
        "✗ 回复里不该有「雾霾蓝」",
    ]
    assert lines[-1] == "通过 1/2 段对话(轮次 3/4)"


def test_follow_ups_carry_the_conversation(tmp_path: Path) -> None:
    path = scenario_file(tmp_path, {"name": "接着问", "turns": [
        {"say": "雾霾蓝M码有吗"}, {"say": "那L呢"}, {"say": "那黑色呢"}]})
    turns = as_json(path)["conversations"][0]["turns"]
    assert "12月5日" in turns[0]["text"]
    assert "雾霾蓝" in turns[1]["text"] and "L" in turns[1]["text"] and "没货" not in turns[1]["text"]
    assert "黑色" in turns[2]["text"] and "L" in turns[2]["text"]  # the size carried from 那L呢
    assert [t["intents"] for t in turns] == [["stock"]] * 3


def test_each_conversation_starts_afresh(tmp_path: Path) -> None:
    first = {"name": "报身高体重", "turns": [{"say": "160 100斤"}]}
    second = {"name": "只问码", "turns": [{"say": "穿什么码合适", "contains_any": ["身高", "体重"]}]}
    report = as_json(scenario_file(tmp_path, first, second))
    assert report["conversations"][1]["passed"], report["conversations"][1]  # 160/100 was not remembered


@pytest.mark.parametrize(("now", "expected"), [("2026-12-01 15:59", "今天"), ("2026-12-01 16:00", "明天")])
def test_the_conversation_time_is_the_shop_time(tmp_path: Path, now: str, expected: str) -> None:
    turn = {"say": "今天能发货吗", "contains": [expected]}
    path = scenario_file(tmp_path, {"name": "截单", "now": now, "turns": [turn]}, now="2026-12-05 18:00")
    assert as_json(path)["passed"]


def test_a_label_or_mode_list_passes_on_any(tmp_path: Path) -> None:
    path = scenario_file(tmp_path, {"name": "两个都行", "turns": [
        {"say": "雾霾蓝M码有吗", "intent": ["sizing", "stock"], "mode": ["auto", "suggest"]},
        {"say": "你们店开了几年了", "mode": ["suggest", "handoff"]},
    ]})
    assert as_json(path)["passed"]


def test_an_unsure_reply_is_checked_on_the_agents_draft(tmp_path: Path) -> None:
    # a shop that sends nothing by itself below a perfect score: "包邮吗" is drafted, not sent
    shop = shop_copy(tmp_path, {"settings": {"auto_threshold": 1.0}})
    path = scenario_file(tmp_path, {"name": "包邮", "turns": [{"say": "包邮吗", "mode": "suggest",
                                                               "contains": ["99"]}]})
    report = as_json(path, "--shop", str(shop))
    turn = report["conversations"][0]["turns"][0]
    assert report["passed"], turn
    assert "99" in turn["text"] and "99" not in turn["sent"]  # the buyer only got "let me check"


def test_runs_repeat(tmp_path: Path) -> None:
    path = CLOTHING_SCENARIOS
    assert as_json(path) == as_json(path)


# --- which shop ---------------------------------------------------------------------------


def test_shop_flag_overrides_the_files_shop(tmp_path: Path) -> None:
    dearer = shop_copy(tmp_path, {"shipping": {"free_shipping_over": 199}}, "dearer.yaml")
    path = scenario_file(tmp_path, {"name": "包邮", "turns": [{"say": "包邮吗", "contains": ["满99元"]}]},
                         shop="clothing")
    assert as_json(path)["passed"]
    report = as_json(path, "--shop", str(dearer))
    assert not report["passed"]
    assert "199" in report["conversations"][0]["turns"][0]["text"]


def test_the_files_shop_is_a_path_beside_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "shop").mkdir()
    shop_copy(tmp_path / "shop", {"shipping": {"free_shipping_over": 199}}, "mine.yaml")
    path = scenario_file(tmp_path, {"name": "包邮", "turns": [{"say": "包邮吗", "contains": ["199"]}]},
                         shop="shop/mine.yaml")
    monkeypatch.chdir(PROJECT)  # not where the scenario file is
    assert as_json(path)["passed"]


def test_a_bad_shop_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = yaml.safe_load(CLOTHING.read_text("utf-8"))
    data["shipping"]["free_shiping_over"] = data["shipping"].pop("free_shipping_over")
    shop = write(tmp_path / "bad_shop.yaml", data)
    status, out = xiaoer_test(str(scenario_file(tmp_path, SOLD_OUT)), "--shop", str(shop))
    assert (status, out) == (2, "")
    assert "shipping.free_shiping_over" in capsys.readouterr().err


# --- a scenario file that cannot run ------------------------------------------------------


def _turn(**expect: Any) -> dict[str, Any]:
    return {"name": "问库存", "turns": [{"say": "雾霾蓝M码有吗", **expect}]}


BAD_FILES: list[tuple[str, dict[str, Any], tuple[str, ...]]] = [
    ("unknown-key", {"conversations": [{**_turn(), "agents": "busy"}]},
     ("conversations[0]「问库存」.agents", "不认识这个字段")),
    ("unknown-key-in-a-turn", {"conversations": [_turn(contain=["有货"])]},
     ("conversations[0]「问库存」.turns[0].contain", "不认识这个字段")),
    ("unknown-product", {"item": "dress-florl", "conversations": [_turn()]},
     ("item", "dress-florl", "不是 拾柒衣橱 的商品编号", "dress-floral")),
    ("unknown-product-of-a-conversation", {"conversations": [{**_turn(), "item": "no-such-dress"}]},
     ("conversations[0]「问库存」.item", "no-such-dress", "dress-floral")),
    ("unknown-intent", {"conversations": [_turn(intent=["stock", "库存"])]},
     ("conversations[0]「问库存」.turns[0].intent", "不认识的意图标签 库存", "stock")),
    ("empty-intent-list", {"conversations": [_turn(intent=[])]},
     ("conversations[0]「问库存」.turns[0].intent", "至少写一个意图标签")),
    ("unknown-mode", {"conversations": [_turn(mode="silent")]},
     ("conversations[0]「问库存」.turns[0].mode", "auto", "suggest", "handoff", "'silent'")),
    ("bad-time", {"now": "下午三点", "conversations": [_turn()]},
     ("now", "下午三点", "2026-12-01 10:00")),
    ("bad-time-of-a-conversation", {"conversations": [{**_turn(), "now": "2026-13-01 10:00"}]},
     ("conversations[0]「问库存」.now", "2026-13-01 10:00", "看不懂")),
    ("date-without-time", {"conversations": [{**_turn(), "now": dt.date(2026, 12, 1)}]},
     ("conversations[0]「问库存」.now", "只写了日期", "几点")),
    ("empty-turns", {"conversations": [{"name": "没话", "turns": []}]},
     ("conversations[0]「没话」.turns", "至少写一轮")),
    ("no-conversations", {"conversations": []}, ("conversations", "至少写一段")),
    ("missing-say", {"conversations": [{"name": "漏了", "turns": [{"intent": "stock"}]}]},
     ("conversations[0]「漏了」.turns[0].say", "缺少这个必填字段")),
    ("empty-words", {"conversations": [_turn(contains=[""])]},
     ("conversations[0]「问库存」.turns[0].contains[0]", "不能为空")),
    ("no-time-anywhere", {"now": None, "conversations": [_turn()]},
     ("conversations[0]「问库存」.now", "没有时间")),
]


@pytest.mark.parametrize(("name", "data", "words"), BAD_FILES, ids=[name for name, _, _ in BAD_FILES])
def test_a_bad_scenario_file_exits_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: dict[str, Any], words: tuple[str, ...]
) -> None:
    data = {"now": "2026-12-01 10:00", **data}
    if data["now"] is None:
        del data["now"]
    path = write(tmp_path / "bad.yaml", data)
    status, out = xiaoer_test(str(path))
    assert (status, out) == (2, "")
    err = capsys.readouterr().err
    assert err.startswith(f"错误: 场景文件 {path} 有 1 处需要修改:"), err
    for word in words:
        assert word in err, (word, err)
    # an owner reads Chinese: no pydantic English, no traceback
    assert not re.search(r"Input should|Value error|validation error|Traceback|Field required", err), err


@pytest.mark.parametrize(("content", "words"), [
    ("now: '2026-12-01 10:00'\nconversations:\n  - name: a\n    turns: [say: x\n", ("不是有效的 YAML", "第 ")),
    ("- just\n- a list\n", ("最外层应该是 键: 值 的表",)),
    ("now: '2026-12-01 10:00'\nnow: '2026-12-02 10:00'\nconversations: []\n", ("写了两次",)),
])
def test_a_file_that_is_not_a_scenario_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, words: tuple[str, ...]
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    assert xiaoer_test(str(path)) == (2, "")
    err = capsys.readouterr().err
    assert str(path) in err
    for word in words:
        assert word in err, err


def test_a_missing_scenario_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert xiaoer_test(str(tmp_path / "none.yaml")) == (2, "")
    err = capsys.readouterr().err
    assert "none.yaml" in err and "找不到" in err


def test_every_problem_is_listed_at_once(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.yaml", {"now": "三点", "conversations": [
        {"name": "一", "turns": []}, {"name": "二", "turns": [{"say": "有货吗", "intent": "库存", "mode": "x"}]}]})
    with pytest.raises(ScenarioError) as info:
        load_scenarios(path)
    assert [field for field, _ in info.value.problems] == [
        "now", "conversations[0]「一」.turns", "conversations[1]「二」.turns[0].intent",
        "conversations[1]「二」.turns[0].mode"]
    assert info.value.code == "bad_scenario"


# --- JSON and the Python API --------------------------------------------------------------


def test_json_output_parses(tmp_path: Path) -> None:
    wrong = {"name": "说反了", "turns": [{"say": "那L呢", "contains": ["没货"]}]}
    report = as_json(scenario_file(tmp_path, SOLD_OUT, wrong))
    assert report["passed"] is False
    assert report["shop"] == "拾柒衣橱"
    assert (report["conversations_passed"], report["conversations_total"]) == (1, 2)
    assert (report["turns_passed"], report["turns_total"]) == (2, 3)
    assert [c["name"] for c in report["conversations"]] == ["雾霾蓝M码", "说反了"]
    turn = report["conversations"][0]["turns"][0]
    assert set(turn) == {"say", "passed", "failures", "text", "sent", "mode", "intents", "score", "cases",
                         "templates"}
    assert turn["cases"] == ["stock/sold_out_restock"] and turn["templates"][0].startswith("stock.sold_out_restock#")
    assert report["conversations"][1]["turns"][0]["failures"] == ["回复里没有「没货」"]


def test_run_prints_nothing_and_gives_frozen_results(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scenarios = load_scenarios(scenario_file(tmp_path, SOLD_OUT))
    report = run(scenarios, Engine.from_file(scenarios.shop_source()))
    assert capsys.readouterr() == ("", "")
    assert report.passed and len(report.turns) == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        report.turns[0].text = "改了"  # type: ignore[misc]


def test_run_refuses_a_product_of_another_shop_before_answering(tmp_path: Path) -> None:
    scenarios = load_scenarios(scenario_file(tmp_path, SOLD_OUT, item="run-shoe"))
    with pytest.raises(ScenarioError, match="run-shoe"):
        run(scenarios, Engine.from_file())


def test_the_exit_status_reaches_the_shell(tmp_path: Path) -> None:
    wrong = {"name": "说反了", "turns": [{"say": "那L呢", "contains": ["没货"]}]}
    result = subprocess.run(
        [sys.executable, "-m", "xiaoer.cli", "test", str(scenario_file(tmp_path, wrong))],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT, timeout=120, check=False,
    )
    assert result.returncode == 1, result.stderr
    assert "✗ 说反了" in result.stdout and result.stdout.rstrip().endswith("通过 0/1 段对话(轮次 0/1)")
