"""Reply templates and the reply library: only plain placeholders, checked at load;
shop overrides replace the default wording; wordings vary within a conversation."""

from __future__ import annotations

import copy
import datetime as dt
import random
import re
from importlib import resources
from itertools import pairwise
from typing import Any

import pytest
import yaml

from botcore.errors import ScriptError, XiaoerError
from botcore.shop import Shop
from botcore.shop.shopfile import EXAMPLE_SHOP, parse_shop
from engine import Engine
from replies.library import COMMON_FIELDS, Library
from replies.templates import Template

ALLOWED = ("size", "colour", "count")
NOW = dt.datetime(2026, 11, 27, 10, 0)  # a Friday, before the cut-off

_BASE: dict[str, Any] = yaml.safe_load(EXAMPLE_SHOP.read_text("utf-8"))


def shop_with_replies(replies: dict[str, Any]) -> Shop:
    data = copy.deepcopy(_BASE)
    data["replies"] = replies
    return parse_shop(yaml.safe_dump(data, allow_unicode=True), "my_shop.yaml")


def compile_one(text: object, allowed: tuple[str, ...] = ALLOWED) -> Template:
    return Template.compile("stock.in_stock#1", text, allowed, "stock.yaml")


# --- Template.compile ------------------------------------------------------------------


def test_plain_placeholders_are_accepted() -> None:
    template = compile_one("亲，{colour} {size}码还有{count}件，{size}码很好卖")
    assert template.id == "stock.in_stock#1"
    assert template.fields == ("colour", "size", "count")  # in order, each once


def test_text_without_placeholders() -> None:
    template = compile_one("  好的亲～  ")
    assert template.fields == ()
    assert template.text == "好的亲～"
    assert template.render({}) == "好的亲～"


def test_escaped_braces_are_literal() -> None:
    template = compile_one("{{活动}} {size}码 {{ }}")
    assert template.fields == ("size",)
    assert template.render({"size": "L"}) == "{活动} L码 { }"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("{size.__class__}", "{size.__class__}"),
        ("{size.upper}", "{size.upper}"),
        ("{size[0]}", "{size[0]}"),
        ("{size!r}", "{size!r}"),
        ("{size!s}", "{size!s}"),
        ("{size:>99}", "{size:>99}"),
        ("{count:,}", "{count:,}"),
        ("{0}", "{0}"),
        ("{}", "{}"),
    ],
)
def test_anything_but_a_plain_name_is_rejected(text: str, shown: str) -> None:
    with pytest.raises(ScriptError) as info:
        compile_one(f"亲，{text}有货")
    message = str(info.value)
    assert "stock.yaml" in message
    assert "stock.in_stock 的第 1 条" in message
    assert shown in message
    assert "不允许" in message
    assert "{size}" in message  # what to write instead


def test_unknown_placeholder_names_template_and_lists_allowed() -> None:
    with pytest.raises(ScriptError) as info:
        compile_one("亲，{price}元")
    message = str(info.value)
    assert "stock.yaml" in message
    assert "stock.in_stock 的第 1 条" in message
    assert "{price}" in message
    assert "{colour}、{count}、{size}" in message


@pytest.mark.parametrize("text", ["", "   ", "\n\t", None, 42, ["有货"]])
def test_empty_or_non_text_template_is_rejected(text: object) -> None:
    with pytest.raises(ScriptError) as info:
        compile_one(text)
    assert "stock.in_stock 的第 1 条" in str(info.value)
    assert "空的" in str(info.value)


@pytest.mark.parametrize("text", ["亲，{size码有货", "亲，size}码有货", "{", "}", "{{size}"])
def test_unbalanced_braces_are_rejected(text: str) -> None:
    with pytest.raises(ScriptError) as info:
        compile_one(text)
    message = str(info.value)
    assert "stock.in_stock 的第 1 条" in message
    assert "大括号不成对" in message
    assert "expected" not in message and "string" not in message and "Single" not in message  # no Python English


def test_unbalanced_brace_message_shows_the_fix_as_written_in_yaml() -> None:
    with pytest.raises(ScriptError) as info:
        compile_one("亲，{size码有货")
    message = str(info.value)
    # The hint is shown to a shop owner: a placeholder is written {size}, a literal
    # brace {{ or }} — not the doubled-up escape of the Python source.
    assert "{size}" in message
    assert "{{size}}" not in message
    assert "{{{{" not in message and "}}}}" not in message


def test_script_error_is_a_xiaoer_error() -> None:
    with pytest.raises(XiaoerError):
        compile_one("{nope}")


# --- Template.render -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "shown"),
    [(12.0, "12"), (12, "12"), (12.5, "12.5"), (0.0, "0"), ("12.0", "12.0"), ("L", "L"), (True, "True")],
)
def test_render_formats_values(value: object, shown: str) -> None:
    assert compile_one("还有{count}件").render({"count": value}) == f"还有{shown}件"


def test_render_fills_every_placeholder_and_ignores_extra_facts() -> None:
    template = compile_one("{colour} {size}码还有{count}件")
    facts = {"colour": "黑色", "size": "L", "count": 3.0, "secret": "不会出现"}
    assert template.render(facts) == "黑色 L码还有3件"


@pytest.mark.parametrize(("text", "shown"), [
    ("亲，{region}是包邮的哦，发货后大概{days}天到～", "亲，新疆是包邮的哦～"),  # the clause and the comma before it
    ("发出后{days}天到；{region}也能发", "新疆也能发"),  # first: the clause and the stop after it
    ("{region}能发，{days}天到，{days}天内签收。", "新疆能发。"),  # each clause holding it
])
def test_render_leaves_out_the_clause_of_a_fact_the_file_does_not_give(text: str, shown: str) -> None:
    """A fact given as None is one nobody wrote: its clause goes, so no wording states it."""
    assert compile_one(text, ("region", "days")).render({"region": "新疆", "days": None}) == shown


def test_render_missing_fact_is_blank_not_an_error() -> None:
    assert compile_one("{colour}{size}码").render({"size": "M"}) == "M码"


@pytest.mark.parametrize(("model", "year", "said"), [
    ("特斯拉Model3", "2021款", "特斯拉Model3 2021款能用"),  # a name ending in a digit: a space before the year
    ("特斯拉ModelY", "2023款", "特斯拉ModelY 2023款能用"),
    ("丰田卡罗拉", "2020款", "丰田卡罗拉2020款能用"),  # a Chinese name: nothing between
    ("特斯拉Model3", "新款", "特斯拉Model3新款能用"),  # no number after it
])
def test_two_placeholders_back_to_back_do_not_run_a_name_into_a_number(model: str, year: str, said: str) -> None:
    template = compile_one("{model}{year}能用", ("model", "year"))
    assert template.render({"model": model, "year": year}) == said
    assert compile_one("{model}做的是{year}", ("model", "year")).render({"model": model, "year": year}) \
        == f"{model}做的是{year}"  # (apart, as written)


def test_render_does_not_reformat_braces_inside_facts() -> None:
    template = compile_one("您说的是{colour}吗")
    assert template.render({"colour": "{size.__class__}"}) == "您说的是{size.__class__}吗"


# --- Library ---------------------------------------------------------------------------


def test_library_choose_avoids_recent_wordings() -> None:
    templates = tuple(compile_one(f"第{n}种说法") for n in range(1, 4))
    templates = tuple(Template(f"x.y#{n}", t.text, t.fields) for n, t in enumerate(templates, 1))
    library = Library({"x.y": templates})
    chosen = library.choose("x.y", ("x.y#1", "x.y#3"), random.Random(0))
    assert chosen.id == "x.y#2"
    assert library.keys() == ["x.y"]


def test_common_fields_are_allowed_everywhere() -> None:
    assert set(COMMON_FIELDS) == {"shop_name", "agent"}


@pytest.fixture(scope="module")
def default_engine() -> Engine:
    return Engine.from_file(rng=random.Random(0), clock=lambda: NOW)


def test_every_default_wording_is_loaded(default_engine: Engine) -> None:
    keys = default_engine.library.keys()
    assert "invoice.available" in keys
    assert "fallback.handoff" in keys
    for intent in default_engine.intents:
        for case in intent.cases:
            assert f"{intent.name}.{case}" in keys


def test_shop_override_replaces_default_wording() -> None:
    wording = "{shop_name}可以开票，种类：{kinds}。{agent}提醒：{note}"
    engine = Engine(shop_with_replies({"invoice.available": [wording]}), rng=random.Random(0), clock=lambda: NOW)
    for _ in range(3):
        reply = engine.reply("买了能开发票吗")
        assert reply.intent == "invoice"
        assert reply.parts[0].template_id == "invoice.available#1"
        assert reply.text.startswith("拾柒衣橱可以开票，种类：电子普通发票、增值税专用发票。小柒提醒：")
        assert "确认收货后3个工作日内开出" in reply.text


def test_override_of_one_case_leaves_other_cases_alone() -> None:
    engine = Engine(shop_with_replies({"invoice.unavailable": ["本店不开票哦"]}), rng=random.Random(0))
    reply = engine.reply("买了能开发票吗", now=NOW)
    assert reply.parts[0].case == "available"
    assert "本店不开票" not in reply.text


def test_override_with_several_wordings() -> None:
    engine = Engine(shop_with_replies({"invoice.available": ["能开{kinds}", "可以开的～{kinds}"]}),
                    rng=random.Random(0), clock=lambda: NOW)
    texts = {engine.reply("买了能开发票吗").text for _ in range(8)}
    assert texts <= {"能开电子普通发票、增值税专用发票", "可以开的～电子普通发票、增值税专用发票"}


@pytest.mark.parametrize(
    ("replies", "words"),
    [
        ({"invoice.available": ["开票价{price}"]},
         ("invoice.available 的第 1 条", "{price}", "{kinds}", "{shop_name}")),
        ({"invoice.available": ["{shop_name.__class__}"]},
         ("invoice.available 的第 1 条", "{shop_name.__class__}", "不允许")),
        ({"invoice.available": ["没问题", "{kinds!r}"]}, ("invoice.available 的第 2 条", "{kinds!r}")),
        ({"invoice.nope": ["随便"]}, ("invoice.nope", "invoice.available")),
        ({"invoice": ["随便"]}, ("invoice", "invoice.available")),
        ({"invoice.available": []}, ("invoice.available", "至少")),
        ({"invoice.available": [" "]}, ("invoice.available 的第 1 条", "空的")),
        ({"invoice.available": ["开{kinds"]}, ("invoice.available 的第 1 条", "大括号")),
    ],
    ids=["unknown-placeholder", "attribute-access", "conversion", "unknown-case", "no-case", "empty-list",
         "blank-wording", "unbalanced"],
)
def test_bad_override_fails_when_the_engine_is_built(replies: dict[str, list[str]], words: tuple[str, ...]) -> None:
    shop = shop_with_replies(replies)  # the shop file itself is fine
    with pytest.raises(ScriptError) as info:
        Engine(shop, source="my_shop.yaml")
    message = str(info.value)
    assert "my_shop.yaml 的 replies" in message
    for word in words:
        assert word in message, f"{word!r} not in {message!r}"


# --- wording variation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "key"),
    [("买了能开发票吗", "invoice.available"), ("满多少包邮啊", "shipping.fee_threshold"),
     ("哈喽", "greeting.again")],
)
def test_same_question_does_not_repeat_the_previous_wording(default_engine: Engine, question: str, key: str) -> None:
    engine = Engine(default_engine.shop, rng=random.Random(0), clock=lambda: NOW)
    conversation = engine.reply("哈喽").conversation if key == "greeting.again" else None
    used: list[str] = []
    for _ in range(8):
        reply = engine.reply(question, conversation, item_id="dress-floral")
        conversation = reply.conversation
        assert f"{reply.parts[0].intent}.{reply.parts[0].case}" == key
        used.append(reply.parts[0].template_id)
    intent, _, case = key.partition(".")
    script = yaml.safe_load((resources.files("replies") / "scripts" / f"{intent}.yaml").read_text("utf-8"))
    wordings = len(script[case])
    assert wordings > 1
    # every wording is used before any repeats ...
    assert len(set(used[:wordings])) == wordings, used
    # ... and never the same wording twice in a row
    for previous, current in pairwise(used):
        assert previous != current, used


@pytest.mark.parametrize(("wording", "note", "said"), [
    ("规则：{note}质量问题随时联系我们", "拆封后不退", "规则：拆封后不退。质量问题随时联系我们"),  # closed
    ("规则：{note}质量问题随时联系我们", "拆封后不退。", "规则：拆封后不退。质量问题随时联系我们"),  # already
    ("规则：{note}哦", "拆封后不退", "规则：拆封后不退哦"),  # a particle ends it
    ("{product}用过之后", "", "用过之后"),  # not a sentence of the shop's: as it is
    ("规则：{note}，有问题联系我们", "拆封后不退。", "规则：拆封后不退，有问题联系我们"),  # a comma takes its stop
    ("规则：{note}，有问题联系我们", "拆封后不退", "规则：拆封后不退，有问题联系我们"),
    ("规则：{note}。", "拆封后不退。", "规则：拆封后不退。"),  # the wording's own stop, not two
])
def test_a_shops_sentence_the_wording_goes_on_from_is_closed(wording: str, note: str, said: str) -> None:
    template = Template.compile("x.y#1", wording, ("note", "product"), "test")
    assert template.render({"note": note, "product": ""}) == said


def test_no_default_wording_glues_a_name_to_a_number() -> None:
    """「{product}{price}」 renders 12+512 and 4699元 as 「12+5124699元」: a word goes between."""
    folder = resources.files("replies") / "scripts"
    glued = [f"{path.name}: {line.strip()}" for path in folder.iterdir() if path.name.endswith(".yaml")
             for line in path.read_text("utf-8").splitlines() if re.search(r"\{(product|size|colour)\}\{", line)]
    assert glued == []


def test_no_default_wording_says_a_payment_method_then_pays() -> None:
    """「可以用{methods}付款」 renders 货到付款 as 「可以用微信支付、货到付款付款」: a method is said on its own."""
    folder = resources.files("replies") / "scripts"
    doubled = [f"{path.name}: {line.strip()}" for path in folder.iterdir() if path.name.endswith(".yaml")
               for line in path.read_text("utf-8").splitlines() if re.search(r"\{methods?\}(付款|支付)", line)]
    assert doubled == []


def test_no_default_wording_says_a_promotions_kind_after_its_name() -> None:
    """「{promotion_name}满减」 renders 年货节满减 as 「年货节满减满减」: the name is said on its own."""
    folder = resources.files("replies") / "scripts"
    doubled = [f"{path.name}: {line.strip()}" for path in folder.iterdir() if path.name.endswith(".yaml")
               for line in path.read_text("utf-8").splitlines()
               if re.search(r"\{promotion_name\}(满减|活动|优惠)", line)]
    assert doubled == []
