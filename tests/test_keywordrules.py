"""engine/keywordrules.py: the shop's keyword replies (千牛 关键词回复), any or all of their
keywords, the first rule in the shop's order winning, checked when the engine loads; and
the agents' quick phrases, offered by the question's intent."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import pytest

from botcore.errors import ScriptError
from botcore.shop import KeywordRule, QuickPhrase
from engine import Engine
from engine.keywordrules import KeywordRules, QuickPhrases
from intents import INTENT_NAMES

COMMON = {"shop_name": "拾柒衣橱", "agent": "小柒"}


def keyword_rules(*rules: dict[str, Any], source: str = "店铺文件") -> KeywordRules:
    return KeywordRules([KeywordRule(**rule) for rule in rules], INTENT_NAMES, source)


def quick_phrases(*phrases: dict[str, Any], source: str = "店铺文件") -> QuickPhrases:
    return QuickPhrases([QuickPhrase(**phrase) for phrase in phrases], INTENT_NAMES, source)


RULES = keyword_rules(
    {"keywords": ["定制", "刻字"], "reply": "亲，{shop_name}不接定制哦", "intent": "product"},
    {"keywords": ["礼盒", "包装"], "reply": "有礼盒的哦", "match": "all"},
    {"keywords": ["驿站"], "reply": "可以放驿站，{agent}帮您备注", "intent": "shipping"},
    {"keywords": ["包装"], "reply": "包装很用心的"},
    {"keywords": ["VIP"], "reply": "会员有95折"},
)


@pytest.mark.parametrize(
    ("text", "index", "found", "span"),
    [
        ("可以刻字吗", 0, ("刻字",), (2, 4)),
        ("能定制刻字吗", 0, ("定制", "刻字"), (1, 5)),  # every keyword found, in the order written
        ("有礼盒包装吗", 1, ("礼盒", "包装"), (1, 5)),  # match: all, and all are there
        ("包装好吗", 3, ("包装",), (0, 2)),  # rule 1 wants 礼盒 too: the next rule with 包装 answers
        ("放驿站的话可以刻字吗", 0, ("刻字",), (7, 9)),  # the earlier rule wins, wherever its word is
        ("我是vip", 4, ("vip",), (2, 5)),  # keywords ignore case
        ("我是VIP", 4, ("vip",), (2, 5)),
    ],
)
def test_the_first_rule_holding_the_messages_keywords_answers(text: str, index: int, found: tuple[str, ...],
                                                              span: tuple[int, int]) -> None:
    match = RULES.match(text)
    assert match is not None
    assert (match.index, match.found, (match.start, match.end)) == (index, found, span)
    assert match.intent == ["product", "other", "shipping", "other", "other"][index]
    assert match.template is RULES.template(index)


@pytest.mark.parametrize("text", ["有礼盒吗", "你好", "", "定 制"])
def test_no_rule_answers_a_message_without_its_keywords(text: str) -> None:
    assert RULES.match(text) is None


def test_a_rules_reply_is_a_template_with_the_common_placeholders() -> None:
    assert len(RULES) == 5
    assert RULES.template(0).render(COMMON) == "亲，拾柒衣橱不接定制哦"
    assert RULES.template(2).render(COMMON) == "可以放驿站，小柒帮您备注"
    assert RULES.template(2).id == "keyword_rules[2]"


def test_no_rules_match_nothing() -> None:
    empty = keyword_rules()
    assert len(empty) == 0
    assert empty.match("可以刻字吗") is None


@pytest.mark.parametrize(
    ("rule", "code", "field", "fragment"),
    [
        ({"keywords": ["礼盒"], "reply": "有的", "intent": "gift"}, "unknown_intent", "keyword_rules[1].intent",
         "没有「gift」这个意图"),
        ({"keywords": ["礼盒"], "reply": "有{size}的"}, "unknown_placeholder", "keyword_rules[1].reply",
         "用了未知的占位符 {size};这里可以用: {agent}、{shop_name}"),
        ({"keywords": ["礼盒"], "reply": "{agent.__class__}"}, "attribute_placeholder", "keyword_rules[1].reply",
         "{agent.__class__} 不允许"),
        ({"keywords": ["礼盒"], "reply": "{agent!r}"}, "attribute_placeholder", "keyword_rules[1].reply",
         "{agent!r} 不允许"),
        ({"keywords": ["礼盒"], "reply": "有{agent"}, "unbalanced_braces", "keyword_rules[1].reply", "大括号不成对"),
        ({"keywords": ["😀"], "reply": "有的"}, "empty_keyword", "keyword_rules[1].keywords", "关键词「😀」"),
    ],
    ids=["unknown intent", "unknown placeholder", "attribute", "conversion", "braces", "emoji keyword"],
)
def test_a_broken_rule_is_an_error_with_its_code_and_field(rule: dict[str, Any], code: str, field: str,
                                                           fragment: str) -> None:
    with pytest.raises(ScriptError) as caught:
        keyword_rules({"keywords": ["刻字"], "reply": "不接"}, rule, source="这次修改")
    assert (caught.value.code, caught.value.field) == (code, field)
    assert str(caught.value).startswith("这次修改 的 keyword_rules[1]")
    assert fragment in str(caught.value)


# --------------------------------------------------------------------------- quick phrases

PHRASES = quick_phrases(
    {"title": "问身高体重", "text": "亲，方便告诉{agent}身高体重吗", "intents": ["sizing"]},
    {"title": "稍等", "text": "稍等一下哦"},
    {"title": "查物流", "text": "{agent}这就查物流", "intents": ["logistics", "shipping"]},
    {"title": "发货时间", "text": "16点前付款当天发", "intents": ["shipping"]},
    {"title": "谢谢", "text": "谢谢亲的耐心"},
    {"title": "店铺", "text": "欢迎来到{shop_name}"},
)


@pytest.mark.parametrize(
    ("intents", "limit", "titles"),
    [
        (["sizing"], 5, ["问身高体重", "稍等", "谢谢", "店铺"]),
        (["shipping"], 5, ["查物流", "发货时间", "稍等", "谢谢", "店铺"]),
        (["stock", "shipping"], 5, ["查物流", "发货时间", "稍等", "谢谢", "店铺"]),
        (["shipping", "sizing"], 5, ["问身高体重", "查物流", "发货时间", "稍等", "谢谢"]),  # the shop's order
        (["shipping", "sizing"], 2, ["问身高体重", "查物流"]),
        (["greeting"], 5, ["稍等", "谢谢", "店铺"]),
        ([], 5, ["稍等", "谢谢", "店铺"]),
    ],
)
def test_phrases_for_the_questions_intents_come_first_then_the_general_ones(intents: Sequence[str], limit: int,
                                                                             titles: list[str]) -> None:
    assert [phrase.title for phrase, _ in PHRASES.offer(intents, limit)] == titles


def test_a_phrase_is_a_template_with_the_common_placeholders() -> None:
    offered = {phrase.title: template.render(COMMON) for phrase, template in PHRASES.offer(["sizing", "logistics"])}
    assert offered["问身高体重"] == "亲，方便告诉小柒身高体重吗"
    assert offered["查物流"] == "小柒这就查物流"


@pytest.mark.parametrize(
    ("phrase", "code", "field"),
    [({"title": "查", "text": "好的", "intents": ["sizing", "gift"]}, "unknown_intent", "quick_phrases[0].intents"),
     ({"title": "查", "text": "{price}元"}, "unknown_placeholder", "quick_phrases[0].text")],
)
def test_a_broken_phrase_is_an_error_with_its_code_and_field(phrase: dict[str, Any], code: str, field: str) -> None:
    with pytest.raises(ScriptError) as caught:
        quick_phrases(phrase)
    assert (caught.value.code, caught.value.field) == (code, field)
    assert str(caught.value).startswith("店铺文件 的 quick_phrases[0]")


# --------------------------------------------------------------------------- in the engine


def test_the_engine_answers_a_keyword_rule_on_the_normalised_message(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(keyword_rules=[{"keywords": ["刻字"], "reply": "亲，{shop_name}暂时不能刻字哦",
                                         "intent": "product"}])
    for text in ("可以刻字吗", "可以刻字嗎"):  # traditional characters are read as simplified first
        reply = engine.reply(text, item_id="dress-floral")
        assert (reply.mode, reply.text, reply.intents) == ("auto", "亲，拾柒衣橱暂时不能刻字哦", ("product",))
        assert reply.parts[0].template_id == "keyword_rules[0]"
        assert reply.trace()["evidence"] == ["rule:关键词回复#1「刻字」(1.00)"]
    complaint = engine.reply("刻字刻错了,太差劲了,我要投诉你们", item_id="dress-floral")
    assert (complaint.mode, complaint.intents) == ("handoff", ("human",))


@pytest.mark.parametrize(("keyword", "message"),
                         [("ＶＩＰ", "vip有折扣吗"), ("會員", "会员价多少"), ("Vip", "VIP有折扣吗")])
def test_a_keyword_is_read_as_messages_are(make_engine: Callable[..., Engine], keyword: str, message: str) -> None:
    engine = make_engine(keyword_rules=[{"keywords": [keyword], "reply": "会员价在详情页"}])
    reply = engine.reply(message)
    assert (reply.text, reply.parts[0].case) == ("会员价在详情页", "keyword_rule")


def test_a_rule_gives_way_to_the_pages_own_fact_that_says_its_keyword(make_engine: Callable[..., Engine]) -> None:
    """The shop's rule for 电动车 says it sells none; 「骑电动车能戴吗」 of a helmet whose fact says 不能当电动车
    头盔用 is answered by that fact, and 「有电动车吗」 by the rule."""
    helmet = {"id": "helmet", "name": "骑行头盔", "price": 129, "colours": ["黑色"], "sizes": ["M"],
              "attributes": {"安全标准": "符合运动头盔标准,只适合骑自行车,不能当电动车头盔用"}}
    engine = make_engine(products=[helmet], keyword_rules=[
        {"keywords": ["电动车"], "reply": "小店只卖自行车，没有电动车哦", "intent": "product"}])
    fact = engine.reply("骑电动车能戴吗", item_id="helmet")
    assert fact.parts[0].case == "facts" and "不能当电动车头盔用" in fact.text + fact.suggestion
    assert engine.reply("有电动车吗", item_id="helmet").parts[0].case == "keyword_rule"


def test_a_rule_answers_a_service_asked_of_its_keyword_that_the_pages_fact_names(
        make_engine: Callable[..., Engine]) -> None:
    """「能帮忙写个贺卡吗」 of a gift box whose 内含 has a 贺卡: the owner's rule of writing one, not what is inside."""
    box = {"id": "box", "name": "电动牙刷礼盒", "price": 399, "colours": ["白色"], "sizes": ["礼盒版"],
           "attributes": {"内含": "刷柄1支、刷头2个,装在品牌礼盒里,带礼品袋和贺卡"}}
    engine = make_engine(products=[box], keyword_rules=[
        {"keywords": ["贺卡"], "reply": "祝福语写在订单备注里，仓库帮您手写在贺卡上哦", "intent": "product"}])
    reply = engine.reply("能帮忙写个贺卡吗", item_id="box")
    assert reply.parts[0].case == "keyword_rule" and "订单备注" in reply.text


def test_a_rule_answers_where_the_pages_fact_that_says_its_keyword_is_not_sure(
        make_engine: Callable[..., Engine]) -> None:
    """A 配镜说明 that speaks of a 验光单 does not say whether the shop tests eyes: unsure of it, the bot
    gives the owner's rule for 验光."""
    frame = {"id": "frame", "name": "超轻方框眼镜", "price": 128, "colours": ["黑色"], "sizes": ["单镜框"],
             "attributes": {"配镜说明": "拍下后在订单备注里写清楚度数和瞳距,也可以把验光单拍照发给客服"}}
    engine = make_engine(products=[frame], keyword_rules=[
        {"keywords": ["验光"], "reply": "亲，我们是网店，不提供验光服务哦", "intent": "product"}])
    reply = engine.reply("你们能验光吗", item_id="frame")
    assert (reply.parts[0].case, reply.mode, reply.text) == ("keyword_rule", "auto", "亲，我们是网店，不提供验光服务哦")


def test_a_rule_answers_where_the_pages_fact_saying_its_keyword_would_only_be_drafted(
        make_engine: Callable[..., Engine]) -> None:
    """「直接寄给我爸的 别放价格单哈」 of a gift box whose 发货单 says 不放价格单, read too loosely to send: the
    owner's rule for 价格单 is sent, not the fact drafted for a person."""
    box = {"id": "box", "name": "双罐茶叶礼盒", "price": 398, "colours": ["红色"], "sizes": ["标准"],
           "attributes": {"发货单": "送礼的订单不放价格单和发货单,备注直接寄给收礼人也可以"}}
    engine = make_engine(products=[box], keyword_rules=[
        {"keywords": ["价格单"], "reply": "亲，送礼的订单我们不放价格单，直接寄给收礼人就行～", "intent": "product"}])
    reply = engine.reply("直接寄给我爸的 别放价格单哈", item_id="box")
    assert (reply.parts[0].case, reply.mode) == ("keyword_rule", "auto")


@pytest.mark.parametrize(("text", "case"), [
    ("能不能解速 25太慢了", "keyword_rule"),  # 太慢了 only learned of complaints: the speed, the owner's rule
    ("解速解了还是慢 我要投诉你们", "complaint"),  # a complaint said: a person
])
def test_a_rule_gives_way_to_a_person_only_where_one_is_asked_for_in_words(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    engine = make_engine(keyword_rules=[
        {"keywords": ["解速"], "reply": "亲，新国标车不提供解速服务哦", "intent": "product"}])
    assert engine.reply(text, item_id="dress-floral").parts[0].case == case
