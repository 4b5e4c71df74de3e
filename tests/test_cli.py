"""The ``xiaoer`` command: check, eval and chat, called through ``main`` and once as a
real process."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from botcore.shop.shopfile import EXAMPLE_SHOP, load_shop
from intents import INTENT_NAMES
from xiaoer.cli import main

PROJECT = Path(__file__).resolve().parent.parent
EXAMPLE_PATH = PROJECT / "botcore" / "data" / "shops" / "clothing.yaml"

#: Labelled messages written for these tests (several labels, one with two labels).
LABELLED: list[tuple[str, str | list[str]]] = [
    ("请问这条裙子有黑色M码吗", "stock"),
    ("米白的还有没有货", "stock"),
    ("我一米六二 一百斤 拿哪个码", "sizing"),
    ("平时穿S 这款要拍大一码吗", "sizing"),
    ("下午付款今天能寄出吗", "shipping"),
    ("寄到成都要几天", "shipping"),
    ("可以发顺丰吗", "shipping"),
    ("再便宜一点呗", "bargain"),
    ("能开个公司抬头的发票不", "invoice"),
    ("可以用花呗分期吗", "payment"),
    ("不合适能退货吗", "returns"),
    ("我的包裹到哪了", "logistics"),
    ("地址写错了帮我改一下", "order_change"),
    ("叫你们人工出来", "human"),
    ("哈喽 有人在吗", "greeting"),
    ("好的谢谢啦", "thanks"),
    ("这个面料是纯棉的吗", "product"),
    ("包邮吗 能便宜点不", ["shipping", "bargain"]),
]


def write_jsonl(path: Path, rows: list[tuple[str, str | list[str]]]) -> Path:
    path.write_text(
        "\n".join(json.dumps({"text": text, "intent": label}, ensure_ascii=False) for text, label in rows) + "\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def labelled(tmp_path: Path) -> Path:
    return write_jsonl(tmp_path / "labelled.jsonl", LABELLED)


# --- check ---------------------------------------------------------------------------------


def test_check_example_shop(capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    assert main(["check", str(EXAMPLE_PATH)], stdout=out) == 0
    assert "拾柒衣橱" in out.getvalue()
    assert f"{len(load_shop().products)} 个商品" in out.getvalue()
    assert "5 家快递" in out.getvalue()
    assert capsys.readouterr().err == ""


def test_check_takes_the_shop_as_the_other_commands_do() -> None:
    """「xiaoer check --shop 店铺.yaml」 as chat and test take it; with no shop, a line saying how to name one."""
    out = io.StringIO()
    assert main(["check", "--shop", str(EXAMPLE_PATH)], stdout=out) == 0
    assert "拾柒衣橱" in out.getvalue()
    none = io.StringIO()
    assert main(["check"], stdout=none) == 2
    assert "xiaoer check" in none.getvalue() and "Traceback" not in none.getvalue()


def test_check_prints_to_the_current_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    # main() called with no stdout must write to sys.stdout as it is at call time
    # (so capsys, contextlib.redirect_stdout and friends see it).
    assert main(["check", str(EXAMPLE_PATH)]) == 0
    assert "拾柒衣橱" in capsys.readouterr().out


def test_check_bundled_path_is_the_example() -> None:
    assert EXAMPLE_PATH.read_text("utf-8") == EXAMPLE_SHOP.read_text("utf-8")


def _bad_shop(tmp_path: Path) -> Path:
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    data["products"][0]["colour"] = data["products"][0].pop("colours")
    path = tmp_path / "bad_shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_check_bad_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _bad_shop(tmp_path)
    assert main(["check", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith("错误:")
    assert str(path) in err
    assert "第 1 个商品「dress-floral」的 colour:" in err and "不认识这个字段" in err  # where the owner finds it
    assert "第 1 个商品「dress-floral」的 colours:" in err and "缺少" in err


def test_check_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "nope.yaml"
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "找不到" in err and str(path) in err


def test_check_bad_reply_override(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    data["replies"] = {"invoice.available": ["开票{price}"]}
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "invoice.available 的第 1 条" in err and "{price}" in err
    assert str(path) in err


def test_check_names_the_variants_whose_stock_is_not_written(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    dress = next(p for p in data["products"] if p["id"] == "dress-floral")
    del dress["stock"]["黑色"]
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path)], stdout=out) == 0  # a notice, not an error: the shop still loads
    assert "「法式碎花长袖连衣裙」的 stock 没写 黑色 S码、黑色 M码、黑色 L码、黑色 XL码的库存" in out.getvalue()
    assert "卖完了请写 0" in out.getvalue()
    assert "stock 没写" not in _checked(EXAMPLE_PATH)


def test_check_names_ways_of_paying_the_platform_does_not_have(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    data["shop"]["platform"] = "jd"
    data["payment"]["huabei"] = True
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    assert "京东上没有 payment.alipay、payment.huabei 这种付款方式" in _checked(path)
    assert "付款方式" not in _checked(EXAMPLE_PATH)


def test_check_says_what_a_file_giving_no_default_days_on_the_road_means(tmp_path: Path) -> None:
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    del data["shipping"]["default_delivery_days"]
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    said = _checked(path)
    assert "没写 shipping.default_delivery_days" in said and "黑龙江以外" in said and "转给客服确认" in said
    assert "default_delivery_days" not in _checked(EXAMPLE_PATH)


def test_check_names_a_keyword_buyers_say_meaning_two_things(tmp_path: Path) -> None:
    """A rule for 保价 (shipping insurance) also answers 「双十二过了降价能保价吗」, asked of a price that fell:
    check says so, with the way to keep it to one meaning."""
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    data["keyword_rules"] = [{"keywords": ["顺丰"], "reply": "可以发顺丰,补12元", "intent": "shipping"},
                             {"keywords": ["保价"], "reply": "全程保价发出,保价费店里出", "intent": "shipping"}]
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    said = _checked(path)
    assert "关键词回复第 2 条的关键词「保价」" in said and "降价" in said and "match 改成 all" in said
    assert "关键词回复第 1 条" not in said and "关键词回复第" not in _checked(EXAMPLE_PATH)


def _checked(path: Path) -> str:
    out = io.StringIO()
    main(["check", str(path)], stdout=out)
    return out.getvalue()


def test_check_counts_reply_overrides(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = yaml.safe_load(EXAMPLE_PATH.read_text("utf-8"))
    data["replies"] = {"invoice.available": ["能开{kinds}"], "thanks.thanks": ["不客气～"]}
    path = tmp_path / "shop.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    out = io.StringIO()
    assert main(["check", str(path)], stdout=out) == 0
    assert "2 处自定义" in out.getvalue()
    assert capsys.readouterr().err == ""


# --- eval ----------------------------------------------------------------------------------

_ACCURACY_LINE = re.compile(r"^accuracy: \d\.\d{3} \(n=\d+\)$")


def test_eval_text_report(labelled: Path) -> None:
    out = io.StringIO()
    assert main(["eval", str(labelled)], stdout=out) == 0
    lines = out.getvalue().rstrip("\n").splitlines()
    assert lines[0].split() == ["label", "precision", "recall", "f1", "n"]
    table = lines[1:lines.index("")]  # the per-label table ends at the first blank line
    per_label = {line.split()[0]: line.split() for line in table}
    assert set(per_label) <= set(INTENT_NAMES)
    assert {"stock", "sizing", "shipping", "bargain", "human"} <= set(per_label)
    for row in per_label.values():
        assert len(row) == 5
        assert all(re.fullmatch(r"\d\.\d{3}", cell) for cell in row[1:4])
    assert "confusion (row = expected, column = predicted):" in lines
    assert any(line.startswith("auto-reply coverage: ") and "precision: " in line for line in lines)
    assert _ACCURACY_LINE.match(lines[-1]), lines[-1]
    assert lines[-1].endswith(f"(n={len(LABELLED)})")


def test_eval_multi_label_counts_either_label(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "multi.jsonl", [("包邮吗 能便宜点不", ["bargain", "shipping"])])
    out = io.StringIO()
    assert main(["eval", str(path), "--json"], stdout=out) == 0
    report = json.loads(out.getvalue())
    assert report["accuracy"] == 1.0
    assert report["n"] == 1


def test_eval_json_report(labelled: Path) -> None:
    out = io.StringIO()
    assert main(["eval", str(labelled), "--json"], stdout=out) == 0
    report = json.loads(out.getvalue())
    assert {"accuracy", "n", "per_label", "auto_coverage", "auto_precision", "confusion"} <= set(report)
    assert report["n"] == len(LABELLED)
    assert 0.0 <= report["accuracy"] <= 1.0
    assert 0.0 <= report["auto_coverage"] <= 1.0
    assert 0.0 <= report["auto_precision"] <= 1.0
    assert set(report["per_label"]) == set(INTENT_NAMES)
    for row in report["per_label"].values():
        assert set(row) == {"precision", "recall", "f1", "support"}
    assert sum(row["support"] for row in report["per_label"].values()) == len(LABELLED)
    assert sum(sum(row.values()) for row in report["confusion"].values()) == len(LABELLED)
    assert set(report["confusion"]) <= set(INTENT_NAMES)


def test_eval_mistakes_are_listed(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "wrong.jsonl", [("能开发票吗 要专票", "payment"), ("满多少包邮", "shipping")])
    out = io.StringIO()
    assert main(["eval", str(path), "--mistakes"], stdout=out) == 0
    text = out.getvalue()
    assert "mistakes:" in text
    assert "line 1:" in text and "expected payment" in text
    assert "line 2:" not in text
    assert _ACCURACY_LINE.match(text.rstrip("\n").splitlines()[-1])
    assert "accuracy: 0.500 (n=2)" in text


@pytest.mark.parametrize(
    ("content", "line", "words"),
    [
        ('{"text": "有货吗", "intent": "stock"}\n{"text": "包邮吗", "intent": \n', 2, ("不是有效的 JSON",)),
        ('{"text": "有货吗", "intent": "stock"}\n\n这不是JSON\n', 3, ("不是有效的 JSON",)),
        ('{"text": "有货吗"}\n', 1, ('"intent"',)),
        ('{"intent": "stock"}\n', 1, ('"text"',)),
        ('["有货吗", "stock"]\n', 1, ('"text"',)),
        ('{"text": "有货吗", "intent": "库存"}\n', 1, ("库存", "stock")),
        ('{"text": "有货吗", "intent": []}\n', 1, ('"intent"',)),
    ],
    ids=["truncated-json", "not-json-after-blank", "no-intent", "no-text", "not-an-object", "unknown-label",
         "empty-labels"],
)
def test_eval_bad_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, line: int, words: tuple[str, ...]
) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(content, encoding="utf-8")
    out = io.StringIO()
    assert main(["eval", str(path)], stdout=out) == 2
    assert out.getvalue() == ""
    err = capsys.readouterr().err
    assert err.startswith("错误:")
    assert str(path) in err
    assert f"第 {line} 行" in err
    for word in words:
        assert word in err


def test_eval_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["eval", str(tmp_path / "none.jsonl")]) == 2
    assert "none.jsonl" in capsys.readouterr().err


# --- chat ----------------------------------------------------------------------------------


def chat(lines: str, *args: str) -> str:
    out = io.StringIO()
    assert main(["chat", *args], stdin=io.StringIO(lines), stdout=out) == 0
    return out.getvalue()


def test_chat_answers_with_its_trace() -> None:
    text = chat("今天能发货吗\n", "--item", "dress-floral", "--now", "2026-11-27 15:59")
    lines = text.splitlines()
    assert "拾柒衣橱" in lines[0]
    reply = next(line for line in lines if line.startswith("小二> "))
    assert "今天" in reply
    assert "[auto]" in text
    assert "shipping" in text
    assert "shipping/ship_today [shipping.ship_today#" in text
    assert "evidence:" in text


def test_chat_after_the_cut_off_says_tomorrow() -> None:
    text = chat("今天能发货吗\n", "--item", "dress-floral", "--now", "2026-11-27 16:30")
    reply = next(line for line in text.splitlines() if line.startswith("小二> "))
    assert "明天" in reply
    assert "ship_later" in text


def test_chat_quiet_prints_replies_only() -> None:
    text = chat("今天能发货吗\n", "--item", "dress-floral", "--now", "2026-11-27 15:59", "--quiet")
    assert "今天" in text
    assert "[auto]" not in text and "evidence" not in text


def test_chat_keeps_the_conversation() -> None:
    text = chat("雾霾蓝还有吗\n\n那L呢\n", "--item", "dress-floral", "--now", "2026-11-27 10:00", "--quiet")
    replies = [line for line in text.splitlines() if line.startswith("小二> ")]
    assert len(replies) == 2  # the blank line is skipped
    assert "雾霾蓝" in replies[1] and "L" in replies[1]


def test_chat_shows_suggestion_and_actions_on_hand_off() -> None:
    text = chat("我要投诉 质量太差了\n", "--now", "2026-11-27 10:00")
    assert "[handoff]" in text
    assert "actions:" in text and '"complaint"' in text


def test_chat_unknown_item() -> None:
    with pytest.raises(SystemExit) as info:
        main(["chat", "--item", "no-such-dress"], stdin=io.StringIO(""), stdout=io.StringIO())
    assert "no-such-dress" in str(info.value.code)
    assert "dress-floral" in str(info.value.code)  # lists what it could be


def test_chat_bad_now() -> None:
    with pytest.raises(SystemExit) as info:
        main(["chat", "--now", "下午三点"], stdin=io.StringIO(""), stdout=io.StringIO())
    assert "下午三点" in str(info.value.code)
    assert "2026-11-27 15:59" in str(info.value.code)


def test_chat_with_a_bad_shop(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _bad_shop(tmp_path)
    assert main(["chat", "--shop", str(path)], stdin=io.StringIO("你好\n"), stdout=io.StringIO()) == 2
    assert "第 1 个商品「dress-floral」的 colour:" in capsys.readouterr().err


# --- arguments and the real command --------------------------------------------------------


def test_no_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main([])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "用法: xiaoer" in err and "缺少参数" in err  # argparse's own words in Chinese too


def test_help_lists_the_commands_as_a_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "xiaoer.cli", "--help"],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr
    for command in ("chat", "eval", "check", "serve", "token"):
        assert re.search(rf"^\s+{command}\s", result.stdout, re.MULTILINE), result.stdout
    assert "用法: xiaoer" in result.stdout
    assert not re.search(r"\b(usage|options|show this help)\b", result.stdout)


def test_check_as_a_process(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "xiaoer.cli", "check", str(_bad_shop(tmp_path))],
        capture_output=True, text=True, encoding="utf-8", cwd=PROJECT, timeout=120, check=False,
    )
    assert result.returncode == 2
    assert "第 1 个商品「dress-floral」的 colour:" in result.stderr
    assert result.stdout == ""


def test_serve_refuses_bad_settings_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("XIAOER_WEBHOOK_SECRET", raising=False)
    monkeypatch.setenv("XIAOER_STATE", "unused")  # `serve` writes flags to the environment: undone after
    assert main(["serve", "--state", f"sqlite:///{tmp_path}/s.db"]) == 2
    assert "webhook 密钥" in capsys.readouterr().err
    assert not (tmp_path / "s.db").exists()  # nothing created before the settings are right
    monkeypatch.setenv("XIAOER_WEBHOOK_SECRET", "a-long-enough-secret-123")
    assert main(["serve", "--state", "postgres://localhost/x"]) == 2
    assert "不认识的状态存储" in capsys.readouterr().err
    monkeypatch.setenv("XIAOER_STATE_TTL_HOURS", "soon")
    assert main(["serve"]) == 2
    assert "XIAOER_STATE_TTL_HOURS" in capsys.readouterr().err


def test_token_prints_a_new_token_and_the_hash_the_server_keeps() -> None:
    first, second = io.StringIO(), io.StringIO()
    assert main(["token"], stdout=first) == 0
    main(["token"], stdout=second)
    token = re.search(r"只显示这一次\): (\S+)", first.getvalue()).group(1)  # type: ignore[union-attr]
    digest = re.search(r"admin_token_sha256: ([0-9a-f]{64})", first.getvalue()).group(1)  # type: ignore[union-attr]
    assert len(token) >= 24
    assert digest == hashlib.sha256(token.encode()).hexdigest()
    assert f"XIAOER_ADMIN_TOKEN={token}" in first.getvalue()
    assert token not in second.getvalue()  # a new one every time


def test_eval_reports_the_top_three_and_the_reliability_table(labelled: Path) -> None:
    out = io.StringIO()
    assert main(["eval", str(labelled), "--json"], stdout=out) == 0
    report = json.loads(out.getvalue())
    assert report["accuracy"] <= report["top3"] <= 1.0
    assert sum(row["n"] for row in report["reliability"]) == len(LABELLED)
    assert all(0.0 <= row["right"] <= 1.0 and row["from"] < row["to"] for row in report["reliability"])


def test_eval_teach_draws_a_learning_curve(tmp_path: Path) -> None:
    test = write_jsonl(tmp_path / "test.jsonl", [("这个能走对公账户吗", "payment"), ("对公转账行不行", "payment")])
    teach = write_jsonl(tmp_path / "teach.jsonl", [("可以对公转账吗", "payment"), ("公司账户付款行吗", "payment"),
                                                   ("走对公可以吗", "payment")])
    out = io.StringIO()
    assert main(["eval", str(test), "--teach", str(teach), "--json"], stdout=out) == 0
    curve = json.loads(out.getvalue())
    assert [row["taught"] for row in curve] == [0, 3]  # 25, 50 and 100 are more than there is to teach
    assert curve[-1]["accuracy"] >= curve[0]["accuracy"]
    assert curve[-1]["n"] == 2


def test_explain_shows_words_entities_what_was_learned_and_the_decision() -> None:
    out = io.StringIO()
    assert main(["explain", "拍五袋多少"], stdout=out) == 0
    text = out.getvalue()
    assert "词: 拍 / 五 / 袋 / 多少" in text
    assert "quantity=5" in text
    assert re.search(r"bargain\s+0\.\d\d\s+.*<数>", text)  # the features that carried it, shaped
    assert re.search(r"决定: bargain\s+把握 0\.\d\d", text)


def test_explain_with_the_item_in_view_shows_the_reply_from_its_stock() -> None:
    out = io.StringIO()
    assert main(["explain", "L码还有吗", "--item", "dress-floral"], stdout=out) == 0
    text = out.getvalue()
    assert "在看的商品: dress-floral" in text
    # the example shop's floral dress has L in 米白色, 雾霾蓝 and 黑色
    assert re.search(r"回复: .*L码.*米白色、雾霾蓝、黑色.*stock/size_colours", text)


def test_explain_names_the_items_there_are_for_an_unknown_one() -> None:
    with pytest.raises(SystemExit, match="不是这个店的商品;可用: dress-floral"):
        main(["explain", "有货吗", "--item", "no-such-dress"], stdout=io.StringIO())


@pytest.mark.parametrize(("old", "new", "fragment"), [
    ("    - 2027-02-12", "    - 2027-02-30", "日期「2027-02-30」不存在"),
    ("  base_fee: 8", "  base_fee: " + "9" * 5000, "数字太长了"),
    ("  base_fee: 8", "  base_fee: .inf", "不能是无穷大"),
])
def test_check_explains_an_impossible_value_without_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, fragment: str
) -> None:
    path = tmp_path / "shop.yaml"
    text = EXAMPLE_PATH.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert fragment in err
    assert "Traceback" not in err



@pytest.mark.parametrize(("argv", "said"), [
    (["check", "--item", "x"], "不认识的参数: --item"),
    (["serve", "--port", "abc"], "要写一个整数"),
    (["nope"], "没有 'nope' 这个命令"),
])
def test_a_mistyped_command_is_told_in_chinese(argv: list[str], said: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert said in err and "错误" in err and "error" not in err
