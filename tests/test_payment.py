"""payment: how to pay, 花呗 instalments, cards, cash on delivery, price changes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

import pytest
from support import assert_says

from botcore.conversation import Conversation
from botcore.shop import Shop, load_shop
from engine import Engine, Reply

NOW = dt.datetime(2026, 11, 25, 10, 0)


def _engine(shop: Shop, **payment: object) -> Engine:
    variant = shop.model_copy(update={"payment": shop.payment.model_copy(update=payment)})
    return Engine(variant, rng=random.Random(0))


def _tmall(shop: Shop) -> Engine:
    variant = shop.model_copy(update={"shop": shop.shop.model_copy(update={"platform": "tmall"})})
    return Engine(variant, rng=random.Random(0))


def _assert_own_handoff(reply: Reply, case: str) -> None:
    """The case hands off with its own wording (sent when the bot is sure, else drafted)."""
    assert reply.mode == "handoff"
    assert reply.parts[0].case == case
    assert reply.parts[0].template_id.startswith(f"payment.{case}#")
    assert reply.suggestion.strip() and reply.suggestion == reply.parts[0].text


@pytest.mark.parametrize(
    ("text", "case"),
    [
        ("支持花呗吗", "huabei"),
        ("花唄能分期嗎？", "huabei"),  # traditional, full-width
        ("可以分期付款不", "huabei"),
        ("能分12期吗", "huabei"),  # a number of instalments asked: the ones the shop takes
        ("能分几期", "huabei"),
        ("能用信用卡吗亲", "credit_card"),
        ("货到付款可以吗", "no_cod"),
        ("能到付不", "no_cod"),
        ("怎么付款呀", "methods"),
        ("帮我改下价", "price_change"),
        ("改好价了吗", "price_change"),
        ("已经拍下了，麻烦改一下价格", "price_change"),
        ("付款一直失败", "failed"),
        ("付不了款怎么办啊", "failed"),
    ],
)
def test_payment_questions_are_recognised_with_the_right_case(engine: Engine, text: str, case: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "payment"
    assert reply.parts[0].case == case


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("包邮吗", "shipping"),
        ("能便宜点吗", "bargain"),
        ("付款后多久发货", "shipping"),
    ],
)
def test_near_misses_are_not_payment(engine: Engine, text: str, expected: str) -> None:
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == expected
    assert "payment" not in reply.intents


def test_huabei_lists_the_instalment_options(engine: Engine) -> None:
    reply = engine.reply("可以花呗分期吗", now=NOW)
    assert reply.parts[0].case == "huabei"
    assert reply.parts[0].facts["instalments"] == "3期、6期、12期"
    assert "3期、6期、12期" in reply.text
    assert reply.mode == "auto"


def test_huabei_without_instalments_says_no_instalments(shop: Shop) -> None:
    reply = _engine(shop, instalments=[]).reply("支持花呗分期吗", now=NOW)
    assert reply.parts[0].case == "huabei_no_instalments"
    assert "期、" not in reply.text


def test_instalments_asked_of_a_shop_that_offers_none_say_so_whatever_its_note_says_of_huabei(shop: Shop) -> None:
    engine = _engine(shop, huabei=True, instalments=[], note="支持支付宝、花呗和信用卡付款")
    first = engine.reply("能用花呗吗", now=NOW)
    then = engine.reply("分期呢", first.conversation, now=NOW)
    assert then.parts[0].case == "huabei_no_instalments"


@pytest.mark.parametrize(("text", "field", "method"), [
    ("花呗分期可以吗 能分几期", "huabei", "花呗"),
    ("能花呗分期吗", "huabei", "花呗"),
    ("白条能分几期", "baitiao", "白条"),
])
def test_instalments_the_file_does_not_list_are_left_to_a_person(
        shop: Shop, text: str, field: str, method: str) -> None:
    # 花呗 yes, and no instalments key at all: not "none", a person tells the periods
    platform = "jd" if field == "baitiao" else shop.shop.platform
    variant = shop.model_copy(update={
        "shop": shop.shop.model_copy(update={"platform": platform}),
        "payment": shop.payment.model_copy(update={field: True, "instalments": None, "note": ""})})
    reply = Engine(variant, rng=random.Random(0)).reply(text, now=NOW)
    assert reply.parts[0].case == "instalments_unstated"
    assert reply.mode == "handoff"
    assert method in reply.parts[0].text
    assert "不支持分期" not in reply.text and "没有开通" not in reply.text and "期、" not in reply.text


@pytest.mark.parametrize(("text", "note", "case"), [
    ("用花呗可以吗", "花呗分期以淘宝结算页为准。", "huabei_yes_note"),  # what the note says of it, no 「不能分期」
    ("能花呗分期吗", "花呗分期以淘宝结算页为准。", "huabei_yes_note"),
    ("用花呗可以吗", None, "method_ok"),  # no instalments listed, none asked: 花呗 yes, nothing said of them
    ("能花呗分期吗", None, "huabei_no_instalments"),
])
def test_huabei_with_no_instalments_listed_says_only_what_the_file_says(
        shop: Shop, text: str, note: str | None, case: str) -> None:
    reply = _engine(shop, instalments=[], note=note).reply(text, now=NOW)
    assert reply.parts[0].case == case
    assert ("不支持分期" in reply.text or "没有开通" in reply.text) == (case == "huabei_no_instalments")
    assert (note or "") in reply.text


@pytest.mark.parametrize(("text", "each"), [
    ("分12期每个月多少", "169元，每期约14.08元"),  # the dress's one price over twelve
    ("分3期一个月还多少", "169元，每期约56.33元"),
])
def test_what_each_instalment_comes_to_is_the_price_over_their_number(engine: Engine, text: str, each: str) -> None:
    part = engine.reply(text, item_id="dress-floral", now=NOW).parts[0]
    assert (part.case, part.facts["each"]) == ("per_instalment", f"法式碎花长袖连衣裙 {each}")


def test_instalments_the_shop_does_not_offer_are_not_worked_out(engine: Engine) -> None:
    part = engine.reply("分24期每个月多少", item_id="dress-floral", now=NOW).parts[0]
    assert part.case != "per_instalment"  # 24期 is not among 3, 6, 12


def test_no_huabei_offers_the_other_methods(shop: Shop) -> None:
    reply = _engine(shop, huabei=False).reply("能用花呗吗", now=NOW)
    assert reply.parts[0].case == "no_huabei"
    assert reply.parts[0].facts["methods"] == "支付宝、信用卡"
    assert "支付宝、信用卡" in reply.text


def test_credit_card_accepted_or_refused_as_the_shop_says(engine: Engine, shop: Shop) -> None:
    assert engine.reply("信用卡能付吗", now=NOW).parts[0].case == "credit_card"
    refused = _engine(shop, credit_card=False).reply("信用卡能付吗", now=NOW)
    assert refused.parts[0].case == "no_credit_card"
    assert refused.parts[0].facts["methods"] == "支付宝、花呗"


def test_cash_on_delivery_refused_lists_the_methods_the_shop_takes(engine: Engine) -> None:
    reply = engine.reply("货到付款行不行", now=NOW)
    part = reply.parts[0]
    assert part.case == "no_cod"
    assert part.facts["methods"] == "支付宝、花呗、信用卡"
    assert "支付宝、花呗、信用卡" in reply.text
    assert "货到付款" not in str(part.facts["methods"])
    assert reply.mode == "auto"


def test_cash_on_delivery_accepted_when_the_shop_allows_it(shop: Shop) -> None:
    reply = _engine(shop, cash_on_delivery=True).reply("货到付款行不行", now=NOW)
    assert reply.parts[0].case == "cod"
    assert reply.mode == "auto"


def test_methods_lists_what_the_shop_takes(engine: Engine) -> None:
    reply = engine.reply("你们怎么支付", now=NOW)
    assert reply.parts[0].case == "methods"
    assert "支付宝、花呗、信用卡" in reply.text


def test_price_change_on_taobao_hands_off_with_a_flag(engine: Engine) -> None:
    reply = engine.reply("麻烦帮我改个价", now=NOW)
    _assert_own_handoff(reply, "price_change")
    assert {"type": "flag", "reason": "price_change"} in reply.actions


def test_price_change_on_tmall_says_prices_cannot_be_changed(shop: Shop) -> None:
    reply = _tmall(shop).reply("麻烦帮我改个价", now=NOW)
    assert reply.parts[0].case == "price_change_tmall"
    assert reply.mode in ("auto", "suggest")
    assert reply.actions == ()
    assert "天猫" in reply.suggestion


@pytest.mark.parametrize("text", ["付款一直失败", "我付了怎么显示未付款", "钱扣了订单还是待付款"])
def test_failed_payment_hands_off(engine: Engine, text: str) -> None:
    reply = engine.reply(text, now=NOW)
    _assert_own_handoff(reply, "failed")


# --- any shop: what is not stated, and the platform's ways of paying -------------------------


def test_a_way_of_paying_the_shop_has_not_stated_goes_to_a_person(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(payment={"huabei": None})  # left out of the file
    reply = engine.reply("能用花呗吗", now=NOW)
    assert (reply.parts[0].case, reply.mode) == ("not_stated", "handoff")


@pytest.mark.parametrize(
    ("message", "case", "says"),
    [
        ("能白条分期吗", "instalments_note", ["京东白条", "24期", "免息活动以京东结算页显示的为准"]),  # and its note
        ("花呗能用吗", "not_on_platform", ["京东", "花呗", "微信支付"]),
        ("支付宝可以付吗", "not_on_platform", ["支付宝", "京东白条"]),
        ("能微信付吗", "method_ok", ["微信支付"]),
    ],
)
def test_a_jd_shop_speaks_of_jds_ways_of_paying(message: str, case: str, says: list[str]) -> None:
    engine = Engine(load_shop("shoes"), rng=random.Random(0))
    reply = engine.reply(message, item_id="run-shoe-x", now=NOW)
    assert reply.parts[0].case == case
    assert_says(reply, *says)


@pytest.mark.parametrize(("instalments", "case", "mode"), [
    ([3, 6, 12], "instalments", "auto"),  # the shop's periods, by 拼多多's own word: never 「用不了花呗」
    ([], "method_no", "auto"),
    (None, "not_stated", "handoff"),  # the file says nothing of them: a person
])
def test_instalments_asked_on_a_platform_with_no_baitiao_or_huabei_are_the_shops_own(
        make_engine: Callable[..., Engine], instalments: list[int] | None, case: str, mode: str) -> None:
    engine = make_engine(shop={"platform": "pinduoduo"}, payment={"huabei": False, "instalments": instalments})
    reply = engine.reply("可以分期不", now=NOW)
    assert (reply.parts[0].case, reply.mode) == (case, mode)
    assert "花呗" not in reply.text + reply.suggestion
    assert case != "instalments" or "3期、6期、12期" in reply.text


@pytest.mark.parametrize(("text", "way"), [("可以找人代付吗", "代付"), ("信用卡有手续费吗", "手续费"),
                                           ("定金可以退吗", "定金"), ("尾款啥时候付", "尾款"),
                                           ("免息吗", "免息"), ("12期免息吗", "免息"), ("分期有利息吗", "利息"),
                                           ("能走公账吗", "公账")])  # a company paying by transfer
def test_a_term_of_paying_the_file_is_silent_on_goes_to_a_person_not_the_list_of_ways(
    engine: Engine, text: str, way: str,
) -> None:
    reply = engine.reply(text, now=NOW)
    assert (reply.parts[0].case, reply.parts[0].facts["method"], reply.mode) == ("not_stated", way, "handoff")


@pytest.mark.parametrize("text", ["24期有没有", "12期吗"])
def test_a_number_of_instalments_asked_is_the_instalments(text: str) -> None:
    engine = Engine(load_shop("electronics"), rng=random.Random(0))
    reply = engine.reply(text, now=NOW)
    assert reply.intents[0] == "payment" and reply.parts[0].case.removesuffix("_note") in ("instalments", "huabei",
                                                                                         "not_stated")


def test_placed_and_not_paid_goes_to_a_person_or_to_the_price_change_promised() -> None:
    engine = Engine.from_file()
    alone = engine.reply("我拍了没付款", now=NOW)
    assert (alone.parts[0].case, alone.mode) == ("unpaid", "handoff")
    assert "支付宝" not in alone.suggestion  # not the ways to pay
    promised = dataclasses.replace(Conversation(), price_cut="5元", bargain_round=3)
    after = engine.reply("拍了还没付款", promised, now=NOW)
    assert (after.intents[0], after.parts[0].case) == ("payment", "price_change")


def test_interest_free_where_the_shops_note_speaks_of_it_is_the_note(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(payment={"huabei": True, "instalments": [3, 6, 12], "note": "花呗3期和6期免息,12期有手续费"})
    for text in ("分期免息吗", "花呗免息吗"):  # (免息 said in the note, whatever words are around it)
        part = engine.reply(text, now=NOW).parts[0]
        assert part.case in ("note", "huabei_note") and part.facts["note"] == "花呗3期和6期免息,12期有手续费"


@pytest.mark.parametrize(("text", "case"), [
    ("白条能分几期 免息吗", "instalments_note"),  # the counts, and what the note says of 免息
    ("白条免息吗", "instalments_note"),
    ("白条分期有手续费吗", "not_stated"),  # the note is silent on 手续费: a person, not the counts alone
])
def test_what_instalments_cost_asked_with_the_way_tells_the_counts_and_the_note(
        make_engine: Callable[..., Engine], text: str, case: str) -> None:
    note = "12月白条买手表12期免息,配件不参加。"
    engine = make_engine(shop={"platform": "jd"},
                         payment={"baitiao": True, "instalments": [3, 6, 12, 24], "note": note})
    part = engine.reply(text, now=NOW).parts[0]
    assert part.case == case
    if case == "instalments_note":
        assert part.facts["instalments"] == "3期、6期、12期、24期" and part.facts["note"] == note


def test_how_many_instalments_asked_next_is_of_the_way_just_told() -> None:
    engine = Engine.from_file()
    first = engine.reply("可以花呗吗")
    then = engine.reply("几期", first.conversation)
    assert (then.intents, then.parts[0].case) == (("payment",), "huabei")
    assert "3期" in then.parts[0].text


def test_a_price_change_asked_after_a_haggle_that_promised_none_promises_none(engine: Engine) -> None:
    first = engine.reply("能便宜点吗", item_id="dress-floral", now=NOW)
    assert first.conversation.bargain_round == 1 and not first.conversation.price_cut
    then = engine.reply("拍了 改下价", first.conversation, item_id="dress-floral", now=NOW)
    assert (then.parts[0].case, then.mode) == ("price_change_unagreed", "handoff")
    assert "先别付款" not in then.text + then.suggestion


def test_an_instalment_count_asked_after_the_note_told_it_is_the_note_again(
        make_engine: Callable[..., Engine]) -> None:
    note = "花呗3期和6期免息,12期有手续费"
    engine = make_engine(payment={"huabei": True, "instalments": [3, 6, 12], "note": note})
    first = engine.reply("免息吗", now=NOW)
    part = engine.reply("12期呢", first.conversation, now=NOW).parts[0]
    assert (part.case, part.facts["note"]) == ("note", note)


def test_huabei_instalments_come_with_what_the_shops_note_says_of_them(make_engine: Callable[..., Engine]) -> None:
    engine = make_engine(payment={"huabei": True, "instalments": [3], "note": "花呗分期只有满300元才能选。"})
    part = engine.reply("花呗能分期吗", now=NOW).parts[0]
    assert (part.case, part.facts["instalments"]) == ("huabei_note", "3期") and "满300元" in part.text


@pytest.mark.parametrize(("text", "cases"), [
    ("能用花呗分期吗 信用卡能付不", ["huabei", "credit_card"]),  # each way of paying named, in turn
    ("可以货到付款吗 花呗呢", ["no_cod", "huabei"]),
    ("花呗可以吗", ["huabei"]),
])
def test_each_way_of_paying_a_line_asks_of_is_answered(shop: Shop, text: str, cases: list[str]) -> None:
    reply = _engine(shop, credit_card=True).reply(text)
    assert [part.case for part in reply.parts if part.intent == "payment"] == cases


@pytest.mark.parametrize(("note", "case"), [
    ("跨境订单的支付人要和订购人(身份证实名)是同一个人", "note"),  # the note says who pays: it
    ("", "not_stated"),  # nothing said of who pays: a person, not 「支持支付宝」
])
def test_paid_by_someone_else_is_what_the_note_says_of_who_pays(
        make_engine: Callable[..., Engine], note: str, case: str) -> None:
    reply = make_engine(payment={"note": note}).reply("用我老公支付宝付可以不", now=NOW)
    assert reply.parts[0].case == case
    assert (note in reply.text) if note else reply.mode == "handoff"


@pytest.mark.parametrize(("text", "mode"), [("定金多少啊", None), ("尾款什么时候付", None),
                                            ("定金能退吗", "handoff")])
def test_a_deposit_asked_of_a_presale_is_told_from_its_promotions_terms(make_engine: Callable[..., Engine],
                                                                         text: str, mode: str | None) -> None:
    """「定金多少啊」 of a pre-sale whose promotion says 付定金100元抵200元…12月12日付尾款: those words
    (a refund they do not speak of: a person says)."""
    promotions = [{"name": "羽绒服双12预售", "products": ["down-long"], "start": "2026-12-01", "end": "2026-12-12",
                   "description": "12月1日到10日付定金100元抵200元,12月12日当天付尾款;12月14日起发货。"}]
    reply = make_engine(promotions=promotions).reply(text, item_id="down-long", now=dt.datetime(2026, 12, 3, 10))
    part = next(p for p in reply.parts if p.intent == "payment")
    told = "12月1日到10日付定金100元抵200元,12月12日当天付尾款。"
    assert (part.case, part.facts["deposit_terms"]) == ("deposit", told)
    assert mode is None or reply.mode == mode


_PRESALE_FACTS = {"定金": "先付定金50元,付尾款时定金可以抵80元",
                  "尾款": "尾款在12月12日0点到12月14日24点之间付,过了时间没付尾款的话定金不退"}


@pytest.mark.parametrize(("text", "told", "mode"), [
    ("尾款啥时候付", ["12月12日0点到12月14日24点"], "auto"),
    ("要是忘了付尾款定金能退吗", ["定金不退", "抵80元"], None),  # both facts; the refund is in them
])
def test_a_deposit_asked_of_a_product_whose_own_facts_say_it_is_told_them(
        make_engine: Callable[..., Engine], text: str, told: list[str], mode: str | None) -> None:
    """The product's own 定金 / 尾款 facts, before a shop-wide promotion's words of a balance (双十二 …
    预售款付尾款时也能用): 「尾款啥时候付」 was told the promotion's sentence, which says no day."""
    promotions = [{"name": "双十二", "start": "2026-12-01", "end": "2026-12-12",
                   "description": "全店满300减30;预售款付尾款时也能用"}]
    engine = make_engine(promotions=promotions,
                         products=[{"id": "ruqun", "name": "齐胸襦裙", "price": 598, "colours": ["朱红"],
                                    "sizes": ["M"], "attributes": _PRESALE_FACTS}])
    reply = engine.reply(text, item_id="ruqun", now=dt.datetime(2026, 12, 7, 11))
    part = next(p for p in reply.parts if p.intent == "payment")
    assert part.case == "deposit_own" and all(fact in f"{reply.text} {reply.suggestion}" for fact in told)
    assert "满300减30" not in f"{reply.text} {reply.suggestion}"
    assert mode is None or reply.mode == mode


def test_instalments_asked_after_a_note_that_speaks_of_none_are_the_instalments(
        make_engine: Callable[..., Engine]) -> None:
    """「能分期吗 分几期」 right after 「定金能用花呗吗」 was told the note (定金和尾款都可以用花呗付): 3期、6期,
    not the note again."""
    engine = make_engine(payment={"note": "定金和尾款都可以用花呗付。", "huabei": True, "instalments": [3, 6]})
    first = engine.reply("定金能用花呗吗", item_id="down-long", now=dt.datetime(2026, 12, 7, 11))
    reply = engine.reply("能分期吗 分几期", first.conversation, item_id="down-long", now=dt.datetime(2026, 12, 7, 11))
    assert "3期" in reply.text and "6期" in reply.text


def test_a_way_of_paying_a_deposit_is_that_way_not_the_deposits_terms(make_engine: Callable[..., Engine]) -> None:
    """「定金能用花呗吗」: the note says 定金和尾款都可以用花呗付."""
    promotions = [{"name": "双十二", "start": "2026-12-01", "end": "2026-12-12",
                   "description": "全店满300减30;预售款付尾款时也能用"}]
    engine = make_engine(promotions=promotions, payment={"note": "定金和尾款都可以用花呗付。"})
    reply = engine.reply("定金能用花呗吗", item_id="down-long", now=dt.datetime(2026, 12, 7, 11))
    assert "定金和尾款都可以用花呗付" in reply.text and "满300减30" not in reply.text


@pytest.mark.parametrize(("now", "case"), [(dt.datetime(2026, 12, 11, 10), "deposit_closed"),
                                           (dt.datetime(2026, 12, 5, 10), "deposit")])
def test_a_deposit_asked_after_its_days_is_told_they_are_over(make_engine: Callable[..., Engine],
                                                              now: dt.datetime, case: str) -> None:
    """「还能付定金吗」 on 12-11 of 「12月1日到10日付定金」: no, it closed on 12月10日; on 12-05, the terms."""
    promotions = [{"name": "羽绒服双12预售", "products": ["down-long"], "start": "2026-12-01", "end": "2026-12-12",
                   "description": "12月1日到10日付定金100元抵200元,12月12日当天付尾款;12月14日起发货。"}]
    reply = make_engine(promotions=promotions).reply("还能付定金吗", item_id="down-long", now=now)
    part = next(p for p in reply.parts if p.intent == "payment")
    assert part.case == case
    assert case != "deposit_closed" or part.facts["end"] == "12月10日"


@pytest.mark.parametrize(("note", "sent"), [
    ("3期、6期免息,手续费我们出;12期要自己出手续费。", False),  # who pays, not how much: a person adds the sum
    ("3期、6期免息;12期手续费每期0.6%,买家自付。", True),
])
def test_the_sum_of_an_instalment_fee_asked_is_told_only_where_the_note_gives_it(
        shop: Shop, note: str, sent: bool) -> None:
    engine = _engine(shop, note=note)
    first = engine.reply("能分期吗", now=NOW)
    reply = engine.reply("12期手续费多少", first.conversation, now=NOW)
    assert reply.intents == ("payment",) and "12期" in reply.text + reply.suggestion
    assert (reply.mode == "auto") is sent


@pytest.mark.parametrize("text", ["能做银行卡那么大的吗", "有没有跟身份证一样大的", "信用卡大小的有吗"])
def test_a_card_named_as_a_measure_is_no_question_of_paying(engine: Engine, text: str) -> None:
    """「能做银行卡那么大的吗」 asks the goods' size, not whether a bank card pays."""
    assert "payment" not in engine.reply(text, item_id="dress-floral", now=NOW).intents


def test_a_transfer_asked_beside_an_invoice_is_answered_beside_it(engine: Engine) -> None:
    """「能开专票吗 要走公账」: the invoice told, and the transfer the file is silent on left to a person."""
    reply = engine.reply("能开专票吗 要走公账", now=NOW)
    assert reply.intents == ("invoice", "payment") and reply.mode == "handoff"
    assert any(part.case == "not_stated" and part.facts["method"] == "公账" for part in reply.parts)
