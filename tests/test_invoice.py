"""invoice: whether the shop issues invoices, which kinds, and when."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pytest

from botcore.shop import Shop
from engine import Engine

NOW = dt.datetime(2026, 11, 25, 10, 0)


def _engine(shop: Shop, **invoice: object) -> Engine:
    variant = shop.model_copy(update={"invoice": shop.invoice.model_copy(update=invoice)})
    return Engine(variant, rng=random.Random(0))


@pytest.mark.parametrize(
    "text",
    [
        "能开发票吗",
        "可以开票不亲",
        "發票怎麼開？",  # traditional, full-width
        "要开专票的",
        "开个普票哈",
        "发票抬头写我们公司可以吗",
        "税号我发你了",
        "有收据吗",
        "发票啥时候给我呀",
        "开发票要加钱吗",
    ],
)
def test_invoice_questions_are_recognised(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "invoice"
    assert reply.parts[0].intent == "invoice"  # answered, or drafted for the agent when less sure


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("什么时候发货", "shipping"),
        ("发货了吗", "logistics"),
        ("收到货了谢谢", "thanks"),
        ("开车戴可以吗", "product"),  # 开 of driving, no 票 said
        ("开机要多久", "product"),
    ],
)
def test_near_misses_are_not_invoice(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == expected
    assert "invoice" not in reply.intents


@pytest.mark.parametrize("text", ["能帮我撬开吗", "能帮忙切开吗", "拆开看看行吗",
                                  "女生喝可以吗"])  # (可以 alone shared with 「可以开发票吗」: no example near it)
def test_a_thing_opened_or_parted_is_no_invoice(engine: Engine, text: str) -> None:
    assert "invoice" not in engine.reply(text, now=NOW).intents  # 开 of prising a tea cake open, no 票 said


def test_available_lists_the_kinds_and_the_shops_note(engine: Engine, shop: Shop) -> None:
    reply = engine.reply("能开发票吗", now=NOW)
    part = reply.parts[0]
    assert part.case == "available"
    assert part.facts["kinds"] == "电子普通发票、增值税专用发票"
    assert "电子普通发票、增值税专用发票" in reply.text
    assert shop.invoice.note in reply.text
    assert reply.text == reply.suggestion
    assert reply.actions == ()


def test_available_with_one_kind_names_only_that_kind(shop: Shop) -> None:
    engine = _engine(shop, kinds=["电子普通发票"], note="")
    reply = engine.reply("可以开发票吗", now=NOW)
    assert reply.parts[0].case == "available"
    assert "电子普通发票" in reply.text
    assert "专用发票" not in reply.text


@pytest.mark.parametrize(("text", "case"), [
    ("国补的可以开公司抬头吗", "note_asked"),  # 国补 is in one clause of the note: that clause, not 「可以开」
    ("能开公司抬头吗", "available"),  # nothing but invoices asked: the kinds and the whole note
    ("能开发票吗 国补订单要报销", "available"),  # whether any at all, the purpose beside: the kinds and the whole note
])
def test_a_clause_of_the_note_that_speaks_of_what_is_asked_is_told(shop: Shop, text: str, case: str) -> None:
    note = "签收后在订单详情里下载;国补订单按要求只开个人抬头的发票"
    part = _engine(shop, note=note).reply(text, now=NOW).parts[0]
    assert part.case == case and "只开个人抬头" in part.text
    assert case == "available" or "可以开" not in part.text


@pytest.mark.parametrize(("text", "case"), [
    ("能开专票吗 上牌要用", "kind_yes"),  # the kind asked, and its purpose beside: that it is given, and the clause
    ("国补的能开专票吗", "note_asked"),  # a clause saying what is given of the kind asked: that clause, no 「能开」
])
def test_a_kind_asked_with_what_it_is_for_is_told_given_and_the_clause_of_it(shop: Shop, text: str, case: str) -> None:
    note = "签收后在订单详情里下载,上牌可以用;国补订单只能开电子普通发票,开不了专票"
    engine = _engine(shop, note=note, kinds=["电子普通发票", "增值税专用发票"])
    part = engine.reply(text, now=NOW).parts[0]
    assert part.case == case
    assert ("上牌可以用" in part.text) is (case == "kind_yes")
    assert ("增值税专用发票" in part.text) is (case == "kind_yes")


def test_unavailable_when_the_shop_issues_no_invoices(shop: Shop) -> None:
    engine = _engine(shop, available=False, note="")
    reply = engine.reply("能开发票吗", now=NOW)
    assert reply.intents[0] == "invoice"
    assert reply.parts[0].case == "unavailable"
    assert "电子普通发票" not in reply.text
    assert "增值税" not in reply.text
    assert reply.mode == "auto"


def test_unavailable_says_what_the_shop_gives_instead_where_it_says(shop: Shop) -> None:
    engine = _engine(shop, available=False, note="可以提供电子订单截图和海关清关记录作为购买凭证")
    part = engine.reply("能开发票吗 公司报销用", now=NOW).parts[0]
    assert part.case == "unavailable_note" and "电子订单截图和海关清关记录" in part.text


@pytest.mark.parametrize("text", ["不用开发票", "发票就不用了", "不需要发票哈"])
def test_saying_no_invoice_is_wanted_is_not_answered_with_the_invoice_rules(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert "invoice" not in reply.intents


def test_no_invoice_asked_beside_a_bargain_leaves_the_bargain(engine: Engine) -> None:
    reply = engine.reply("不开发票能便宜点吗", item_id="dress-floral", now=NOW)
    assert reply.intents == ("bargain",)


@pytest.mark.parametrize("text", ["发票怎么还没收到", "发票抬头填错了 能重开吗", "税号发你 91330100XXXX",
                                  "发票抬头写公司 税号91440101MA5CXXXX", "已经下单了 发票开了吗",
                                  "抬头是杭州某某科技有限公司"])
def test_an_invoice_matter_after_the_order_goes_to_a_person(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("after_order", "handoff")
    assert {"type": "flag", "reason": "invoice"} in reply.actions


def test_a_promotion_called_for_short_finds_its_clause_of_the_note_and_asks_nothing_of_its_terms(
        shop: Shop) -> None:
    """「国补的能开公司抬头的发票不」 of a note saying 国家补贴订单只能开个人抬头的普通发票, on the page of a
    product whose own fact is called 国补: that clause, and not the fact's terms beside it."""
    note = "专票需要提供公司名称和税号;国家补贴订单只能开个人抬头的普通发票"
    first = shop.products[0]
    subsidised = first.model_copy(update={"attributes": {**first.attributes, "国补": "参加国家补贴,立减15%"}})
    engine = _engine(shop.model_copy(update={"products": [subsidised, *shop.products[1:]]}), note=note)
    reply = engine.reply("国补的能开公司抬头的发票不", item_id=first.id, now=NOW)
    assert [(p.intent, p.case) for p in reply.parts] == [("invoice", "note_asked")]
    assert "只能开个人抬头" in reply.text and "专票" not in reply.text and "15%" not in reply.text


def test_an_invoice_asked_of_an_order_without_a_promotion_is_not_that_promotion_s_clause(shop: Shop) -> None:
    """「那不用国补能开专票不」: the 专票 asked, for an order without 国补; neither the note's clause of 国补
    nor the product's 国补 fact beside it."""
    note = "专票在订单页申请,填公司名称和税号;国补订单只能开个人抬头的发票"
    first = shop.products[0]
    subsidised = first.model_copy(update={"attributes": {**first.attributes, "国补": "参加国家补贴,立减15%"}})
    engine = _engine(shop.model_copy(update={"products": [subsidised, *shop.products[1:]]}), note=note,
                     kinds=["电子普通发票", "增值税专用发票"])
    reply = engine.reply("那不用国补能开专票不", item_id=first.id, now=NOW)
    assert [(p.intent, p.case) for p in reply.parts] == [("invoice", "kind_yes")]
    assert "增值税专用发票" in reply.text and "15%" not in reply.text


@pytest.mark.parametrize(("then", "case"), [
    ("个人的", "available"),  # the title it is for: how to choose it, as the note says
    ("公司抬头", "available"),
    ("电子的还是纸质的", "available"),  # which there are: all of them
    ("纸质的呢", "kind_no"),
    ("专票呢", "kind_yes"),
    ("需要提供什么", "note_asked"),  # what to give: the sentence of the note that says it
    ("要提供啥", "note_asked"),
    ("还要一个盖章的清单", "available"),  # a list of the goods with it: the note says, not a parcel's list
])
def test_a_short_follow_up_after_an_invoice_answer_goes_on_with_it(shop: Shop, then: str, case: str) -> None:
    engine = _engine(shop, kinds=["电子普通发票", "增值税专用发票"])
    first = engine.reply("能开发票吗", now=NOW)
    reply = engine.reply(then, first.conversation, now=NOW)
    assert (reply.intents[0], reply.parts[0].case) == ("invoice", case)


@pytest.mark.parametrize("then", ["公司买10件有优惠吗", "单位采购能便宜点不", "公司要20件多少钱"])
def test_what_a_companys_order_costs_right_after_an_invoice_answer_is_a_question_of_its_own(
        shop: Shop, then: str) -> None:
    engine = _engine(shop, kinds=["电子普通发票", "增值税专用发票"])
    first = engine.reply("能开专票吗", now=NOW)
    assert engine.reply(then, first.conversation, now=NOW).intents[0] == "bargain"


@pytest.mark.parametrize("text", ["抬头写公司可以吧", "抬头写公司名行吗"])
def test_whether_a_title_may_be_written_is_asked_before_buying(engine: Engine, text: str) -> None:
    """「抬头写公司可以吧」 asks whether it may: the shop's answer, not an order's details for a person."""
    assert engine.reply(text, now=NOW).parts[0].case == "available"


@pytest.mark.parametrize(
    ("attributes", "text", "says"),
    [
        ({"发票": "跨境商品不能开发票"}, "能开发票吗", "跨境商品不能开发票"),  # a fact named for invoices
        ({"发票": "跨境商品不能开发票"}, "能开专票吗", "跨境商品不能开发票"),
        ({"版本": "海外版,英文标签,不能开发票,不支持7天无理由"}, "可以开票不", "不能开发票"),  # refused in passing
    ],
)
def test_a_products_own_word_on_invoices_is_said_before_the_shops(
        make_engine: Callable[..., Engine], attributes: dict[str, str], text: str, says: str) -> None:
    formula = {"id": "formula", "name": "海外版奶粉", "price": 239, "colours": ["1段"], "sizes": ["900g"],
               "attributes": attributes}
    invoice = {"available": True, "kinds": ["电子普通发票", "增值税专用发票"]}
    part = make_engine(products=[formula], invoice=invoice).reply(text, item_id="formula", now=NOW).parts[0]
    assert part.case == "product_own" and says in part.text and "增值税专用发票" not in part.text


def test_a_fact_that_only_grants_invoices_in_passing_leaves_the_shops_answer(
        make_engine: Callable[..., Engine]) -> None:
    formula = {"id": "formula", "name": "国行奶粉", "price": 239, "colours": ["1段"], "sizes": ["900g"],
               "attributes": {"版本": "国行版,中文标签,能开发票"}}
    part = make_engine(products=[formula]).reply("能开发票吗", item_id="formula", now=NOW).parts[0]
    assert part.case == "available"


@pytest.mark.parametrize("text", ["国补的可以开公司抬头吗", "用了国补还能开公司抬头吗"])
def test_an_invoice_asked_of_a_subsidy_running_is_the_invoice_of_its_orders(
        make_engine: Callable[..., Engine], text: str) -> None:
    """With 国家补贴 running, the line asks the invoice of its orders (the note's clause), not the subsidy."""
    engine = make_engine(promotions=[{"name": "国家补贴", "description": "一级能效立减15%"}],
                         invoice={"note": "签收后在订单详情里下载;国补订单按要求只开个人抬头的发票"})
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "invoice" and "只开个人抬头" in reply.text
