"""The matcher data (intents/data/*.yaml) compiles once, and a broken entry fails at
load with a message naming the file and the entry, never on a buyer's message."""

from __future__ import annotations

import pytest

from botcore.errors import ScriptError
from botcore.stages.entities import Entities
from botcore.stages.tokenise import tokenise
from intents import INTENT_NAMES, load_intents
from intents.base import Evidence, Message, Rules
from intents.catalogue import Catalogue

PRODUCT_LABELS = ("greeting", "bargain", "sizing", "shipping", "stock", "product", "payment", "returns", "invoice",
                  "order_change", "logistics", "human", "thanks", "other")


def _message(text: str) -> Message:
    return Message.of(text, tokenise(text), Entities())


def _evidence(rules: Rules, message: Message) -> list[Evidence]:
    """What these rules alone find in the message (an intent's own `Intent.evidence`)."""
    if rules.excluded(message.text):
        return []
    return Catalogue((rules,)).find(message).get(rules.intent, [])


def test_every_label_has_one_matcher_in_tie_break_order() -> None:
    names = [intent.name for intent in load_intents()]
    assert names == list(INTENT_NAMES)
    assert len(set(names)) == len(names)
    assert set(PRODUCT_LABELS) <= set(names)  # the labels of shared/PRODUCT.md, every one matched
    assert names[0] == "human"  # an angry buyer wins a tie


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"keywords": {0.9: ["包邮"]}, "colour": []}, "不认识的字段 ['colour']"),
        ({"keywords": ["包邮"]}, "keywords 应该是 权重: [词, ...] 的表"),
        ({"keywords": {"heavy": ["包邮"]}}, "权重 'heavy' 不是数字"),
        ({"keywords": {1.5: ["包邮"]}}, "要在 0 到 1 之间"),
        ({"patterns": {0.9: ["(包邮"]}}, "正则 '(包邮' 写错了"),
        ({"keywords": {0.9: ["  "]}}, "空的关键词"),
        ({"topics": ["fee"]}, "topics 应该是"),
    ],
)
def test_broken_rules_fail_at_load_naming_the_file(data: dict[str, object], message: str) -> None:
    with pytest.raises(ScriptError, match=r"shipping\.yaml") as error:
        Rules.compile("shipping", data, "intents/data/shipping.yaml")
    assert message in str(error.value)


def test_rules_report_each_reason_with_its_place_in_the_text() -> None:
    rules = Rules.compile(
        "shipping",
        {"keywords": {0.9: ["包邮"]}, "patterns": {0.8: ["到.{1,4}几天"]}, "examples": ["寄到北京要几天"]},
        "test",
    )
    found = {e.kind: e for e in _evidence(rules, _message("包邮吗 寄到上海要几天"))}
    assert found["keyword"].detail == "包邮"
    assert (found["keyword"].start, found["keyword"].end) == (0, 2)
    assert found["pattern"].weight == 0.8
    assert found["example"].detail == "寄到北京要几天"
    assert 0 < found["example"].weight <= 0.9


@pytest.mark.parametrize("text", ["能走安能吗", "发壹米滴答", "走j&t", "用顺风"])
def test_a_word_class_in_a_pattern_stands_for_every_spelling_in_its_data(text: str) -> None:
    rules = Rules.compile("shipping", {"patterns": {0.9: ["(发|走|用)<快递>"]}, "exclude": ["<快递>.{0,2}多少钱"],
                                       "topics": {"courier": ["<快递>"]}}, "test")
    (found,) = _evidence(rules, _message(text))
    assert found.detail == "(发|走|用)<快递>"  # the trace shows the pattern as written
    assert rules.topic(text) == "courier"
    assert rules.excluded(text + "多少钱")
    assert _evidence(rules, _message("走快点")) == []


@pytest.mark.parametrize(("text", "weather"), [("南通下雪没", True), ("杭州明天下雨吗", True), ("你们那边冷不冷", True),
                                             ("冬天穿冷不冷", False), ("能寄到南通吗", False)])
def test_a_shared_phrase_is_written_once_and_read_by_each_intent_naming_it(text: str, weather: bool) -> None:
    rules = Rules.compile("shipping", {"keywords": {0.6: ["寄"]}, "patterns": {0.9: ["<天气闲聊>"]},
                                       "exclude": ["<天气闲聊>"]}, "test")
    assert rules.excluded(text) is weather
    assert [e.detail for e in _evidence(Rules.compile("other", {"patterns": {0.9: ["<天气闲聊>"]}}, "test"),
                                        _message(text))] == (["<天气闲聊>"] if weather else [])


def test_exclude_silences_an_intent() -> None:
    rules = Rules.compile("shipping", {"keywords": {0.9: ["多久到"]}, "exclude": ["多久到货"]}, "test")
    assert _evidence(rules, _message("多久到"))
    assert _evidence(rules, _message("多久到货")) == []


def test_same_words_count_once() -> None:
    (returns,) = [i for i in load_intents() if i.name == "returns"]
    hit = returns.match(_message("能换吗"))
    assert hit is not None
    # "能换吗" and its tail "换吗" are one reason, not two
    assert hit.score == 0.9


def test_a_keyword_inside_another_intents_longer_one_is_not_said() -> None:
    change = Rules.compile("order_change", {"keywords": {0.9: ["改尺码"]}}, "test")
    sizing = Rules.compile("sizing", {"keywords": {0.9: ["尺码"]}}, "test")
    catalogue = Catalogue((change, sizing))
    assert sorted(catalogue.find(_message("付款了能改尺码吗"))) == ["order_change"]  # 尺码 of 改尺码
    assert sorted(catalogue.find(_message("改尺码 尺码表发我"))) == ["order_change", "sizing"]  # said again alone
